"""A partial quote in a sentence opened by an ``as`` clause that reports it.

``As Nora Platt has pointed out, that's the “very model” of waste.``: the
``as`` clause is the attribution and the main clause after its comma the reported
words, quote included. Used by ``whosays_quotes`` for a partial quote no cue governs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosays.pipeline.addressees import verb_phrase_length
from whosays.pipeline.lexicon import CueLexicon
from whosays.pipeline.quote_marks import DOUBLE_CLOSE, SINGLE_CLOSE, QuoteRegion

__all__ = ["as_clause_report"]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def as_clause_report(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> QuoteRegion | None:
    """The main clause holding ``region``, as a mixed quote whose cue is the speech verb of
    an ``as`` clause before it (``As Ryan said,``, ``as he puts it,``), or None."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(region.start, region.end, alignment_mode="contract")
    words = [t for t in (span if span is not None else ()) if not t.is_punct]
    if not words:
        return None
    root = doc[words[0].i : words[-1].i + 1].root
    while root.head.i != root.i:
        root = root.head
    cue = _as_cue(root, words[0], lexicon)
    if cue is None:
        return None
    comma = cue.right_edge.i + (doc[cue.right_edge.i].text != ",")  # the parse may hang it
    if comma >= words[0].i or doc[comma].text != ",":
        return None
    first = comma + 1
    last = root.right_edge.i
    while last > first and doc[last].is_punct and doc[last].idx >= region.end:
        if doc[last].text[:1] in DOUBLE_CLOSE + SINGLE_CLOSE + "\"'":
            break
        last -= 1
    start = min(doc[first].idx, region.start)
    end = max(doc[last].idx + len(doc[last]), region.end)
    return QuoteRegion(start, end, rule="mixed", kind="mixed", cue=(cue.idx, cue.idx + len(cue)))


def _as_cue(root: Token, first_word: Token, lexicon: CueLexicon) -> Token | None:
    """The speech verb of an ``as`` clause with a subject, hung on ``root`` before the
    quote's first word."""
    for verb in root.children:
        if verb.dep_ != "advcl" or verb.i >= first_word.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        children = list(verb.children)
        opened = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children)
        spoken = lexicon.is_cue_verb(verb.lemma_) or verb_phrase_length(verb, lexicon) > 0
        if opened and spoken and any(c.dep_ in SUBJECTS for c in children):
            return verb
    return None
