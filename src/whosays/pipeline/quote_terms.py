"""Quote regions read with the parse: a speech verb right before a quote, and a writer's
parenthetical aside around one (``whosays_quotes`` decides with them what is speech).
"""

from __future__ import annotations

from spacy.tokens import Doc

from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import CueLexicon
from whosays.pipeline.quote_marks import (
    END_PUNCT,
    SINGLE_CLOSE,
    QuoteRegion,
    mark_view,
    paragraph_of,
)

__all__ = ["cue_right_before", "in_writers_aside"]


def cue_right_before(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> tuple[int, int] | None:
    """A speech verb right before a quoted sentence, no punctuation between (``a man
    yelled “Stay there!”``, ``Roe replied “Not a chance.”``): it reports the quote even when the
    parse makes the quote the sentence's root."""
    text = mark_view(doc_text(doc))
    inner = text[region.start + 1 : region.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")
    if not inner[:1].isupper() or inner[-1:] not in END_PUNCT:
        return None
    span = doc.char_span(max(0, region.start - 30), region.start, alignment_mode="contract")
    words = [t for t in (span if span is not None else ()) if not t.is_space]
    if not words or text[words[-1].idx + len(words[-1].text) : region.start].strip():
        return None
    verb = words[-1]
    if verb.pos_ not in ("VERB", "AUX") or not lexicon.is_cue_verb(verb.lemma_):
        return None
    return verb.idx, verb.idx + len(verb.text)


def in_writers_aside(doc: Doc, region: QuoteRegion, position: int) -> bool:
    """Whether ``region`` sits in parentheses of its paragraph that leave out ``position``
    (the cue) and hold a finite verb: a sentence of the writer's own, whose terms the cue
    outside does not report (``(a “total sham”)`` may be the speaker's words)."""
    text = mark_view(doc_text(doc))
    para_start, para_end = paragraph_of(text, region.start, region.end)
    opening = text.rfind("(", para_start, region.start)
    closing = text.find(")", region.end, para_end)
    if opening < 0 or closing < 0 or opening < position < closing:
        return False
    if ")" in text[opening : region.start] or "(" in text[region.end : closing]:
        return False
    aside = doc.char_span(opening + 1, closing, alignment_mode="contract")
    return aside is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in aside)
