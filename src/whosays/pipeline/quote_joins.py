"""Joining quotes into attributions: quotes around an attribution, quote paragraphs, and
a sentence that runs on after its attribution.

Works on the quote regions ``whosays_quotes`` kept, paragraph by paragraph, with the
parse when the pipeline has one (see docs/direct-quotes.md for the decisions).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import CueLexicon, word_set
from whosays.pipeline.quote_marks import (
    DOUBLE_CLOSE,
    DOUBLE_MARKS,
    DOUBLE_OPEN,
    END_PUNCT,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    WORD,
    QuoteRegion,
    double_mark_role,
    mark_view,
    paragraph_of,
)

__all__ = [
    "SHORT_ATTRIBUTION_CHARS",
    "cue_verbs",
    "has_subject",
    "join_closing_quote",
    "join_elided",
    "join_listed",
    "join_paragraphs",
    "merge_around_attribution",
    "run_on_after_attribution",
    "sentence_bounds",
    "sentence_stop",
    "unite_overlapping",
]

SHORT_ATTRIBUTION_CHARS = 60
QUESTION_VERBS = word_set("ask wonder demand inquire enquire press query continue add")
_SHORT_INTRODUCTION_CHARS = 25  # "She added," between two quotes
_ATTRIBUTION_TAIL_CHARS = 150  # "Roe said at a rally on Sunday, hours before the vote."
_ELLIPSIS_GAP = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")  # ". . ." or "…" between two quotes
_SHORT_PARTIAL_WORDS = 6  # QuoteFinder's default max_partial_words
_LONG_TAIL_CHARS = 300  # ... a longer one when the parse reads it as one sentence


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The sentences around ``[start, end)``, cut at paragraph breaks."""
    para_start, para_end = paragraph_of(doc_text(doc), start, end)
    span = doc.char_span(start, end, alignment_mode="expand")
    if not doc.has_annotation("SENT_START") or span is None or len(span) == 0:
        return para_start, para_end
    # ``''We`` (the quote found on the ``"`` of its mark view) starts inside the mark's
    # token, which the parser may leave closing the sentence before: the word's sentence
    starts_inside = span[0].idx < start and len(span) > 1
    first, last = (span[1] if starts_inside else span[0]).sent, span[-1].sent
    start, end = max(first.start_char, para_start), min(last.end_char, para_end)
    return start, _before_next_opening(mark_view(doc_text(doc)), start, end)


def _before_next_opening(view: str, start: int, end: int) -> int:
    """``end`` moved before a mark that opens the next sentence's quote: the parse may end a
    sentence on it (``… of the Pacific. ''You'd have to …,'' he said``, the ``''`` read as
    ``␣"`` hanging on the sentence before)."""
    stop = len(view[start:end].rstrip()) + start
    if stop - 1 > start and view[stop - 1] == '"':
        opening = view[stop - 2] == " " or double_mark_role(view, stop - 1) == "open"
        if opening and view[start : stop - 1].strip():
            return len(view[start : stop - 1].rstrip()) + start
    return end


def sentence_stop(text: str, end: int) -> int:
    """Where the words of a sentence ending at ``end`` stop: trailing space and end
    punctuation left out (PolNeAR's contents leave the final period out)."""
    return len(text[:end].rstrip().rstrip(END_PUNCT).rstrip())


def join_paragraphs(
    doc: Doc,
    regions: list[QuoteRegion],
    paragraphs: list[tuple[int, int]],  # lines: a paragraph may be a single line
    whole_paragraphs: bool,
    lexicon: CueLexicon | None = None,
) -> list[QuoteRegion]:
    """One attribution for a quote that runs over several paragraphs.

    A paragraph that opens a quote without closing it joins the next paragraph's
    quote (the reopening convention). With ``whole_paragraphs``, a paragraph that
    is one plain quote and nothing else also joins the quote ending the previous
    paragraph, as PolNeAR annotates such runs as one attribution; the cue is then
    the one in the short attribution after the first quote (``“A,” she said. ¶ “B.”``).
    """
    text = mark_view(doc_text(doc))
    starts = {start: index for index, (start, _) in enumerate(paragraphs)}
    joined: list[QuoteRegion] = []
    for region in regions:
        index = starts.get(region.start)
        previous = joined[-1] if joined else None
        if (
            index
            and previous is not None
            and region.kind == "direct"
            and (
                previous.kind == "direct"
                # was not “prepared for the … ¶ “It has now …”: reopened, no cue of its own
                or (previous.continued and _unattributed(doc, region, lexicon))
                or _mixed_before_paragraph(text, previous, paragraphs[index - 1][1])
            )
        ):
            before_end = paragraphs[index - 1][1]
            follows = paragraphs[index - 1][0] <= previous.end <= before_end
            whole = (
                region.rule == "marks"
                and not region.continued
                and region.end >= paragraphs[index][1] - 1
            )
            ends = whole_paragraphs and whole and _ends_paragraph(doc, previous, before_end)
            if follows and (previous.continued or ends):
                if ends and previous.cue is None and lexicon is not None:
                    previous.cue = _cue_between(doc, previous.end, before_end, lexicon)
                previous.end, previous.continued = region.end, region.continued
                previous.rule = "paragraphs"
                continue
        joined.append(region)
    return joined


def _unattributed(doc: Doc, region: QuoteRegion, lexicon: CueLexicon | None) -> bool:
    """Whether ``region`` is a plain quote with no attribution of its own after it."""
    if region.rule != "marks" or region.cue is not None or lexicon is None:
        return False
    return not _attributed_after(doc, region, lexicon)


def _cue_between(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> tuple[int, int] | None:
    """The first cue verb in ``[start, end)``, as a character span."""
    if not doc.has_annotation("LEMMA"):
        return None
    cues = cue_verbs(doc, start, end, lexicon)
    return (cues[0].idx, cues[0].idx + len(cues[0].text)) if cues else None


def cue_verbs(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return [
        t
        for t in (span if span is not None else ())
        if t.pos_ in ("VERB", "AUX") and lexicon.is_cue_verb(t.lemma_)
    ]


def _mixed_before_paragraph(text: str, region: QuoteRegion, paragraph_end: int) -> bool:
    """``leaders “who understand …,” Roe said. ¶ “B.”``: a mixed quote ending in ``,”`` with
    only a short attribution (≤ ``_SHORT_INTRODUCTION_CHARS`` + 5 characters) after it in its
    paragraph is continued by a quote paragraph as a direct one is."""
    tail = text[region.end : paragraph_end].strip()
    ending = text[region.start : region.end - 1].rstrip()[-1:]
    if ending in END_PUNCT and not tail:
        # "… now said Ortiz had “the chance and the duty to mend the league.”"
        # ends its paragraph: continued as a whole quote is; not a short phrase ("to “shut up.”")
        opening = max(text.rfind(mark, region.start, region.end - 1) for mark in DOUBLE_OPEN + '"')
        return len(WORD.findall(text, opening + 1, region.end)) > _SHORT_PARTIAL_WORDS
    return ending == "," and len(tail) <= _SHORT_INTRODUCTION_CHARS + 5


def _ends_paragraph(doc: Doc, region: QuoteRegion, paragraph_end: int) -> bool:
    """Whether only an attribution ("she said.") follows the quote in its paragraph
    (not one introducing the next paragraph: "She went on to say:"): at most
    ``_ATTRIBUTION_TAIL_CHARS`` characters, or ``_LONG_TAIL_CHARS`` in one parsed sentence
    (``Roe said during the visit to Lisbon, …, ahead of the launch of her St. Clair
    restaurant.``)."""
    tail = mark_view(doc_text(doc))[region.end : paragraph_end].strip()
    if tail.endswith(":") or len(tail) > _LONG_TAIL_CHARS:
        return False
    return len(tail) <= _ATTRIBUTION_TAIL_CHARS or _one_sentence(doc, region.end, paragraph_end)


def _one_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether the parse starts no sentence inside ``[start, end)`` after its first word."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    words = [t for t in span if not t.is_space]
    return all(not t.is_sent_start for t in words[1:])


def unite_overlapping(regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """One region for quotes whose spans overlap (several partial quotes in one clause)."""
    united: list[QuoteRegion] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if united and region.start < united[-1].end:
            last = united[-1]
            last.end = max(last.end, region.end)
            if region.kind == "mixed":
                last.kind, last.rule, last.cue = "mixed", "mixed", last.cue or region.cue
        else:
            united.append(region)
    return united


_SENTENCE_GAP = re.compile(r"[.!?]?[ \t]+")


def join_closing_quote(doc: Doc, regions: list[QuoteRegion], para_end: int) -> list[QuoteRegion]:
    """A partial quote's sentence followed by a whole quoted sentence that ends the
    paragraph with no attribution of its own (``Roe said the plan was “crooked.” “The
    answer is no.”``): the quote goes on with the same speaker's words, one attribution
    (PolNeAR's content runs over both). Not after a sentence that opens with a quote of
    its own (``“A,” said Roe, who noted that it “worked.” “B.”``): B resumes that quote."""
    text = mark_view(doc_text(doc))
    joined: list[QuoteRegion] = []
    for region in regions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == "mixed"
            and region.kind == "direct"
            and region.rule == "marks"
            and _SENTENCE_GAP.fullmatch(text, last.end, region.start)
            and text[region.start + 1 : region.start + 2].isupper()
            and not text[region.end : para_end].strip()
            and not _quote_before(text, sentence_bounds(doc, last.start, last.end)[0], last)
        ):
            last.end, last.continued = region.end, region.continued
            continue
        joined.append(region)
    return joined


def _quote_before(text: str, sent_start: int, region: QuoteRegion) -> bool:
    """Whether a double mark stands in ``region``'s sentence before its quote."""
    opening = min(
        (i for i in (text.find(m, region.start, region.end) for m in DOUBLE_MARKS) if i >= 0),
        default=region.start,
    )
    return any(m in text[sent_start:opening] for m in DOUBLE_MARKS)


def join_elided(text: str, regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """One region for quotes only an ellipsis apart (``“A?” . . . “B?” . . . “C?”``): one
    passage with words left out, not several quotations."""
    joined: list[QuoteRegion] = []
    for region in regions:
        if joined and _ELLIPSIS_GAP.fullmatch(text, joined[-1].end, region.start):
            joined[-1].end = region.end
        else:
            joined.append(region)
    return joined


_LISTED_GAP_CHARS = 40  # “A” and his team “B”: a few words, no clause


def join_listed(doc: Doc, regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """One region for quotes only a conjunction or a few verbless words apart inside one
    sentence (``“A” and “B.”``, ``“A,” “B” and “C”``, ``“A” and his team “B”``): one
    quoted passage with its pieces listed or coordinated, as PolNeAR annotates it (one
    content from the first opening mark to the last closing mark), not several quotations.

    The first quote must end on its closing mark without ending its sentence and the
    second open on its mark (or both be partial quotes of one complement, ``calling it
    “reckless” that the board “has no budget”``); any verb between them (``“A” and said
    “B”``, ``“A,” the crowd chanted “B”``) starts a clause of its own, so the quotes stay
    apart."""
    if not doc.has_annotation("POS"):
        return regions
    text = mark_view(doc_text(doc))
    closing, opening = DOUBLE_CLOSE + SINGLE_CLOSE + '"', DOUBLE_OPEN + SINGLE_OPEN + '"'
    joined: list[QuoteRegion] = []
    for region in regions:
        last = joined[-1] if joined else None
        if last is not None and _listed(doc, text, last, region, closing, opening):
            last.end, last.continued = region.end, region.continued
            if region.kind == "mixed" and last.kind != "mixed":
                last.kind, last.rule = "mixed", "mixed"
            last.cue = last.cue or region.cue
        else:
            joined.append(region)
    return joined


def _listed(
    doc: Doc, text: str, first: QuoteRegion, second: QuoteRegion, closing: str, opening: str
) -> bool:
    gap = text[first.end : second.start]
    if len(gap) > _LISTED_GAP_CHARS or re.search(r"[\n.;:!?…—–(]", gap) or gap.count(",") > 1:
        return False
    if text[first.end - 1 : first.end] not in closing:
        return False
    if text[first.start : first.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")[-1:] in END_PUNCT:
        return False  # “A.” “B.”: two sentences
    # calling it “reckless” that the board “has no budget”: two mixed parts of one complement
    # the parse cut apart, the second starting on an unquoted word
    both_mixed = first.kind == second.kind == "mixed"
    if text[second.start] not in opening and not both_mixed:
        return False
    span = doc.char_span(first.end, second.start, alignment_mode="contract")
    return not any(t.pos_ in ("VERB", "AUX") for t in (span if span is not None else ()))


def merge_around_attribution(
    doc: Doc, regions: list[QuoteRegion], max_gap: int, lexicon: CueLexicon
) -> list[QuoteRegion]:
    """Join ``"A," she said, "B"`` into one region spanning both quotes, cue set."""
    merged: list[QuoteRegion] = []
    for region in regions:
        cue = _joining_cue(doc, merged[-1], region, max_gap, lexicon) if merged else None
        if cue is not None:
            last = merged[-1]
            merged[-1] = QuoteRegion(
                last.start,
                region.end,
                rule="merged",
                kind=last.kind,
                cue=last.cue or (cue if cue[1] > cue[0] else None),
                continued=region.continued,
            )
        else:
            merged.append(region)
    return merged


def _joining_cue(
    doc: Doc, first: QuoteRegion, second: QuoteRegion, max_gap: int, lexicon: CueLexicon
) -> tuple[int, int] | None:
    """The cue between two quotes that form one attribution (``(0, 0)``: no parse)."""
    text = mark_view(doc_text(doc))
    opening: int | None = second.start
    if second.kind != "direct":
        # “A,” Trump said “B.” / “A,” he said of X, “B.”: B, under the cue between the two
        # (the comma before B left out, or a longer attribution), resumes A
        opening = _resumed_opening(text, first, second) if first.kind == "direct" else None
    if opening is None or first.rule == "unclosed":
        return None
    gap = text[first.end : opening]
    if not gap.strip() or len(gap) > max_gap or "\n" in gap:
        return None
    # A nested quote may close with the outer one: ``…people,’” Merkley said.``
    ending = text[first.start : first.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")[-1:]
    if ending.isalnum() and first.kind == "direct" and re.match(r"[ \t]+[a-zA-Z]", gap):
        ending = ","  # "“A battle of niches” Grubbs said. “B”": the comma left out
    if ending.isalnum() and first.kind == "mixed" and _short_closing_attribution(gap):
        ending = ","  # "Roe “felt …” about it, Doe said. “B.”": the reported clause ends there
    if ending not in ",?!.…" or ("mixed" in (first.kind, second.kind) and ending != ","):
        return None  # a partial quote joins only a quote its sentence runs on into
    if ending not in ",?!" and len(gap.strip()) > SHORT_ATTRIBUTION_CHARS:
        # after a full stop only a short "she said." joins the two; after "?" or "!"
        # the attribution follows as after a comma ("“Who?” asked Roe, pointing …")
        return None
    if not doc.has_annotation("LEMMA"):
        return (0, 0)
    cues = cue_verbs(doc, first.end, opening, lexicon)
    if second.kind != "direct" and (
        len(cues) != 1 or second.cue != (cues[0].idx, cues[0].idx + len(cues[0].text))
    ):
        return None  # B resumes A only under the one cue that reports A
    introduces = gap.rstrip()[-1:] in ",:"
    if ending == "," and first.kind == "direct" and gap.strip() == "and,":
        return (0, 0)  # telling the crowd, “A,” and, “B”: one speaker's two quotes
    if not cues and _bare_attribution(first, gap, ending):
        if _attributed_after(doc, second, lexicon):
            return None
        # "“A,” remembered Roe, the spokesman. “B.”": a verb the lexicon lacks is the cue
        verbs = _finite_verbs(doc, first.end, second.start)
        return (verbs[0].idx, verbs[0].idx + len(verbs[0].text)) if verbs else (0, 0)
    if ending == "?" and introduces and _answers(cues[0] if cues else None):
        return None  # "‘What do you mean?’ They said, ‘We …’": the answer, someone else's
    word = WORD.search(text, opening + 1, opening + 4)
    resumes = ending == "," and word is not None and word.group()[0].islower()
    if not cues or any(_starts_attribution(t, introduces, resumes) for t in cues[1:]):
        # "…,” Hale said, adding later, “…” / "…,” Ruiz said. Okafor replied, “…”:
        # a second cue introducing the second quote, a second attribution ("…,” Clark
        # said, noting he would back anyone. “…”: the participle has its own content)
        return None
    if _attributed_after(doc, second, lexicon):
        return None  # "…,” she said. “…,” she said.: the second quote has its own cue
    if ending != "," and introduces and len(gap.strip()) <= _SHORT_INTRODUCTION_CHARS:
        before = cue_verbs(
            doc, sentence_bounds(doc, first.start, first.end)[0], first.start, lexicon
        )
        if before:  # Roe said, “A.” She added, “B.”: Roe's cue introduces both
            return (before[-1].idx, before[-1].idx + len(before[-1].text))
    return (cues[0].idx, cues[0].idx + len(cues[0].text))


def _resumed_opening(text: str, first: QuoteRegion, second: QuoteRegion) -> int | None:
    """The opening mark of a mixed ``second`` whose cue stands between it and ``first``
    and whose quote opens with a capital letter (a quoted sentence, not a phrase)."""
    if second.cue is None or not first.end <= second.cue[0] < second.cue[1] <= second.end:
        return None
    openings = [text.find(mark, second.cue[1], second.end) for mark in DOUBLE_OPEN + '"']
    opening = min((i for i in openings if i >= 0), default=-1)
    if opening < 0 or not text[opening + 1 : opening + 2].isupper():
        return None
    return opening


_RUN_ON_GAP = re.compile(rf"[ \t]*([^\"“”\n.!?;:]{{1,{SHORT_ATTRIBUTION_CHARS}}}?),[ \t]+(?=[a-z])")
_NOT_RUN_ON_WORDS = word_set(
    "who whom whose which where when while and but or as according though although"
)


def run_on_after_attribution(
    doc: Doc, regions: list[QuoteRegion], lexicon: CueLexicon
) -> list[QuoteRegion]:
    """``“It's just poor timing,” she said, that both teams …``: a quote whose sentence runs on,
    unquoted, after a short attribution takes the rest of the sentence (PolNeAR's content),
    with any quote inside it."""
    result: list[QuoteRegion] = []
    for region in regions:
        if result and region.start < result[-1].end:
            result[-1].end = max(result[-1].end, region.end)
            continue
        found = _run_on(doc, region, lexicon)
        if found is not None:
            end, cue = found
            region = QuoteRegion(
                region.start, end, "run_on", region.kind, region.cue or cue, region.continued
            )
        result.append(region)
    return result


def _run_on(
    doc: Doc, region: QuoteRegion, lexicon: CueLexicon
) -> tuple[int, tuple[int, int]] | None:
    """The end of the run-on sentence after ``region`` and the cue of its attribution."""
    text = mark_view(doc_text(doc))
    if region.kind != "direct" or not doc.has_annotation("LEMMA"):
        return None
    if text[region.start : region.end - 1].rstrip()[-1:] != ",":
        return None
    gap = _RUN_ON_GAP.match(text, region.end)
    word = WORD.match(text, gap.end()) if gap else None
    if gap is None or word is None:
        return None
    first = doc.char_span(word.start(), word.end(), alignment_mode="expand")
    if first is None or not _continues_sentence(first[0]):
        return None  # "…,” said Roe, who …" / "…,” Roe said, adding …": not the quote's sentence
    cues = cue_verbs(doc, region.end, gap.end(1), lexicon)
    if not cues:
        return None
    end = sentence_stop(text, sentence_bounds(doc, gap.end(), word.end())[1])
    if end <= word.end() or any(has_subject(t) for t in cue_verbs(doc, gap.end(), end, lexicon)):
        return None  # "…,” Ryan said, though he said, “…”: a second attribution
    return end, (cues[0].idx, cues[0].idx + len(cues[0].text))


def _continues_sentence(token: Token) -> bool:
    """Whether an unquoted word after an attribution carries on the quoted sentence: its
    verb (``would use``) or a ``that`` clause, not an adjunct, a participle or a relative."""
    if token.lower_ in _NOT_RUN_ON_WORDS or token.lower_.endswith("ing"):
        return False
    return token.lower_ == "that" or token.pos_ in ("VERB", "AUX")


def _bare_attribution(first: QuoteRegion, gap: str, ending: str) -> bool:
    """Whether a one-sentence gap after a direct quote ending in a comma (or ``?`` ``!``)
    reads as its attribution: ``“A,” remembered Roe, the spokesman. “B.”``."""
    tail = gap.strip()
    return (
        first.kind == "direct"
        and ending in ",?!"
        and len(tail) <= _ATTRIBUTION_TAIL_CHARS
        and tail[-1:] == "."
        and re.search(r"[.!?]\s", tail) is None
        and tail[:1].isalpha()
    )


def _short_closing_attribution(gap: str) -> bool:
    """Whether ``gap`` is ``, Doe said.``: a comma, then a short attribution (at most
    ``_SHORT_INTRODUCTION_CHARS`` + 5 characters) that ends the sentence."""
    tail = gap.strip()
    return tail[:1] == "," and tail[-1:] == "." and len(tail) <= _SHORT_INTRODUCTION_CHARS + 5


def _finite_verbs(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return [t for t in (span if span is not None else ()) if t.tag_ in ("VBD", "VBZ", "VBP")]


def _starts_attribution(cue: Token, introduces: bool, resumes: bool = False) -> bool:
    """Whether a later cue between two quotes starts an attribution of its own (not a
    participle without a ``that`` clause before a second quote that goes on with the first
    one's sentence: ``“A,” Roe wrote, explaining why she ran, “but B”``)."""
    if cue.tag_ == "VBG":
        if resumes and cue.lemma_ != "add" and all(t.lower_ != "that" for t in cue.subtree):
            return False
        return introduces or cue.lemma_ == "add"  # "adding" announces more speech
    return introduces and has_subject(cue)


def _answers(cue: Token | None) -> bool:
    """Whether a cue with its own subject before it, after a question and before a second
    quote, reports the answer (``Mills then writes back``), not more of the question."""
    if cue is None or cue.lemma_ in QUESTION_VERBS:
        return False
    return any(t.dep_ == "nsubj" and t.i < cue.i for t in cue.children)


def has_subject(verb: Token) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children)


def _attributed_after(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> bool:
    """Whether a quote ending in a comma (or ? ! …) is followed by its own cue (``“B,” she
    said``, ``“B?” he asked``)."""
    text = mark_view(doc_text(doc))
    if text[region.start : region.end - 1].rstrip().rstrip(SINGLE_CLOSE + "'")[-1:] not in ",?!…":
        return False
    if text[region.end : region.end + 1].isupper():
        return False  # “… so do voters!”After his rally …: a lost space, a new sentence
    _, para_end = paragraph_of(text, region.start, region.end)
    stop = re.search(r"[.!?\"“”]", text[region.end : para_end])
    end = para_end if stop is None else region.end + stop.start()
    return bool(cue_verbs(doc, region.end, end, lexicon))
