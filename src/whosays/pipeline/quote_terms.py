"""Quote regions read with the parse where it fails them: a speech verb right before a
quote, a short attribution closing a partial quote, and a writer's parenthetical aside
around one (``whosays_quotes`` decides with them what is speech and what reports it).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import CueLexicon, word_set
from whosays.pipeline.quote_joins import cue_verbs, sentence_bounds
from whosays.pipeline.quote_marks import (
    DOUBLE_MARKS,
    END_PUNCT,
    SINGLE_CLOSE,
    WORD,
    QuoteRegion,
    looks_like_title,
    mark_view,
    paragraph_of,
)

__all__ = ["cited_work", "closing_attribution", "cue_right_before", "in_writers_aside"]

_NOT_ATTRIBUTION_WORDS = word_set(
    "when while as after before because if since until though although once which who"
    " whom whose that where and but or so"
)


# Nouns for someone's wording: a quote set off after them is what was said, not a title.
_WORDING_NOUNS = word_set(
    "word line phrase slogan motto chant refrain mantra catchphrase saying question answer"
    " reply response plea promise vow warning"
)


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


def closing_attribution(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> QuoteRegion | None:
    """``She would be a better coach “no matter what,” one reader commented.``: a partial
    quote ending in ``,`` that a short attribution (a noun phrase and a cue verb, at most
    six words) closes reports its sentence up to the quote, even where the parse hangs
    the cue inside the quote."""
    text = mark_view(doc_text(doc))
    inner = text[region.start + 1 : region.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")
    if inner[-1:] != ",":
        return None
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    tail = text[region.end : sent_end].strip()
    if not tail.endswith(".") or not text[sent_start : region.start].strip():
        return None
    span = doc.char_span(region.end, sent_end, alignment_mode="contract")
    words = [t for t in (span if span is not None else ()) if not t.is_punct and not t.is_space]
    if not 2 <= len(words) <= 6 or any(t.text[:1] in DOUBLE_MARKS for t in span or ()):
        return None
    if words[0].lower_ in _NOT_ATTRIBUTION_WORDS:
        return None  # "…,” when it posted on Jan. 27.": a clause of the sentence, no attribution
    verbs = [t for t in words if t.pos_ == "VERB" and lexicon.is_cue_verb(t.lemma_)]
    if len(verbs) != 1 or verbs[0].i == words[0].i or verbs[0].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    cue = verbs[0]
    return QuoteRegion(
        sent_start, region.end, rule="mixed", kind="mixed", cue=(cue.idx, cue.idx + len(cue))
    )


# A noun for a creative work, then a comma, right before a Title-Case quote: ``in his 2012
# book, “An American Son.”``, ``One of her favourite films, “The Quiet Harbour,” by …``.
_WORK_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|autobiography|biography|film|movie|documentary|series|sitcom|"
    r"show|song|album|play|musical|poem|essay|opera|(?:recent|favou?rite|summer|good) read)"
    r"s?,[ \t]*$"
)
# What follows a Title-Case quote that opens its sentence as a noun (a title), not as a
# remark: a relative clause, a byline, a channel, a publishing detail (``“Opening Belle,”
# which will be in bookstores …``, ``“Billions,” on Showtime, is …``). Not a pronoun or a
# speaker: ``“Denver,” he answered``, ``“Absolutely,” the senator said``.
_TITLE_RUNS_ON = re.compile(
    r",?[ \t]+(?:which|whose|by|on|published|written|directed|starring|airing)\b"
)
# ... or an appositive noun with a relative clause or a word for a work (``“Hawaii Five-0,”
# the procedural that CBS revived``); after two words at least, as a one-word remark may be
# followed by its speaker and a relative clause (``“Never,” the man that ran it said``).
_TITLE_APPOSITIVE = re.compile(
    r",?[ \t]+(?:an?|the)[ \t][^,.;:!?\n]{0,40}?"
    r"(?:\b(?:that|which|whose)|[ \t](?:series|show|film|movie|novel|book|play))\b"
)


def cited_work(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> bool:
    """Whether a Title-Case quote is the title of a book, show or film, not speech: after a
    word for a work (``his 2012 book, “An American Son.”``), opening its sentence as a noun
    (``“Billions,” on Showtime, is …``), or set off as a name with the sentence's comma or
    stop inside its marks (see :func:`_set_off_title`)."""
    text = mark_view(doc_text(doc))
    inner = text[region.start + 1 : region.end - 1]
    words = WORD.findall(inner)
    if words and looks_like_title(inner, words):
        if _WORK_BEFORE.search(text, max(0, region.start - 40), region.start):
            return True
        if not text[sentence_bounds(doc, region.start, region.end)[0] : region.start].strip():
            if _TITLE_RUNS_ON.match(text, region.end):
                return True
            if len(words) > 1 and _TITLE_APPOSITIVE.match(text, region.end):
                return True
    return _set_off_title(doc, region, lexicon, text)


def _set_off_title(doc: Doc, region: QuoteRegion, lexicon: CueLexicon, text: str) -> bool:
    """Whether a Title-Case quote carrying the sentence's comma or full stop inside its marks
    (the American style: ``his book, “An American Son.”``) is set off as a name: after a noun
    and a comma (``In her memoir, “Salt and Stone,” released in 2011``) or opening a
    sentence that runs on with no cue verb (``“Billions,” on Showtime, is a drama``). It is the
    title of a book, show or film, not speech (``“Absolutely,” she said`` has its cue).
    ``text`` is the mark view of the Doc's text."""
    inner = text[region.start + 1 : region.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")
    words = WORD.findall(inner)
    if inner[-1:] not in ",." or not words or not looks_like_title(inner, words):
        return False
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    before = text[sent_start : region.start].rstrip()
    if not before:
        runs_on = re.match(r"\s*[a-z]", text[region.end : sent_end]) is not None
        return inner[-1] == "," and runs_on and not cue_verbs(doc, region.end, sent_end, lexicon)
    if before[-1:] != ",":
        return False
    span = doc.char_span(
        max(sent_start, region.start - 60), region.start, alignment_mode="contract"
    )
    named = [t for t in (span if span is not None else ()) if not t.is_punct and not t.is_space]
    if not named or named[-1].pos_ != "NOUN":
        return False
    # a speech noun ("said in a statement, “…”", "added the words, “…”") introduces words
    lemma = named[-1].lemma_.lower()
    return not lexicon.is_cue_noun(lemma) and lemma not in _WORDING_NOUNS
