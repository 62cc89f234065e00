"""whosays_quotes: direct (and partly quoted, "mixed") quotations found from quote marks.

Works on characters of ``doc.text`` paragraph by paragraph (a paragraph is a run
of non-empty lines; the marks are paired in ``quote_marks``; two apostrophes and TeX
marks are read as ``"`` through ``mark_view``, offsets unchanged), then uses sentences and
the dependency parse, when the pipeline has them, to tell speech from scare quotes
and titles; ``quote_widening`` widens a partial quote to the sentence that reports it,
and ``quote_joins`` joins the kept quotes into attributions.

Decisions, aligned with the PolNeAR annotation the project scores against:

* ``content`` includes the quote marks: ``“It works,” she said`` -> ``“It works,”``.
* ``"A," she said, "B"`` is ONE attribution whose content runs from A's opening
  mark to B's closing mark (PolNeAR annotates one discontinuous content).
* A partial quote governed by a cue (``called the plan "a disaster"``) is a
  ``mixed`` attribution whose content is the cue's complement (``the plan "a
  disaster"``); its ``cue`` is set here.
* A paragraph that opens a quote without closing it, followed by a paragraph that
  reopens one, is a continued quote: each paragraph's part is its own attribution
  (``rule`` ``"continued"``) so the speaker stage can carry the speaker over.
* Short quotes (at most ``max_scare_words`` words) that no cue governs, and
  Title-Case quotes without end punctuation (titles, headings), are not speech.
* Single marks count only outside double-quoted text (nested quotes stay inside
  their outer quote) and never where they are apostrophes (``don't``, ``Jones'``).
* An unpaired mark never raises: an opening mark unclosed at the end of its
  paragraph quotes to the paragraph's end only when it looks like speech.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.addressees import NAMING_VERBS, ends_in_cue, is_audience_word, names_a_thing
from whosays.pipeline.doc import AttributionData, attributions, doc_text, register_extensions
from whosays.pipeline.lexicon import CueLexicon, load_cue_lexicon, word_set
from whosays.pipeline.quote_as_clause import as_clause_report
from whosays.pipeline.quote_joins import (
    SHORT_ATTRIBUTION_CHARS,
    join_closing_quote,
    join_elided,
    join_listed,
    join_paragraphs,
    merge_around_attribution,
    run_on_after_attribution,
    sentence_bounds,
    sentence_stop,
    unite_overlapping,
)
from whosays.pipeline.quote_marks import (
    DOUBLE_CLOSE,
    DOUBLE_MARKS,
    DOUBLE_OPEN,
    END_PUNCT,
    SINGLE_CLOSE,
    WORD,
    QuoteRegion,
    double_mark_role,
    line_bounds,
    looks_like_title,
    mark_view,
    markup_element_at,
    opens_quote,
    pair_double_marks,
    pair_single_marks,
    paragraph_bounds,
    strip_transcript_label,
    whole_marks,
)
from whosays.pipeline.quote_terms import (
    cited_work,
    closing_attribution,
    cue_right_before,
    in_writers_aside,
)
from whosays.pipeline.quote_widening import (
    according_to_sentence,
    cue_adjuncts,
    interrupted_sentence,
    reported_rest,
    runs_on_to_attribution,
    whole_sentence,
)
from whosays.pipeline.source_clauses import joined_second_report, misplaced_that_clause

DEFAULT_CONFIG: dict[str, object] = {
    "max_scare_words": 3,
    "max_partial_words": 6,
    "merge_gap_chars": 250,
    "join_quote_paragraphs": True,
}

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "oprd", "attr", "dep", "pobj", "prep", "npadvmod"}
)
# Dependencies a reported clause climbs through to reach an outer speech verb.
OUTER_CLIMB_DEPS = frozenset({"ccomp", "xcomp", "conj", "relcl", "advcl", "pcomp", "pobj", "prep"})
# ... and through the nouns and adjectives of that clause (``said it was the same as the
# senator referring to herself as “…”``, ``reported that X had closed a clinic that was known
# as the “…”``, ``said Perez was right to urge leaders “…”``), unless a relative clause on the
# way names its own speaker (``a bill, which he called “…”``).
NOUN_CLIMB_DEPS = frozenset(
    {"acl", "nsubj", "nsubjpass", "dobj", "attr", "agent", "appos", "acomp"}
)
# Indirect-speech cues whose subject is rarely the one who chose the quoted words.
NOT_GOVERNING_VERBS = word_set(
    "see show find indicate signal list reference point support back plan seek request press "
    "promote champion pressure judge identify illustrate talk speak discuss decline refuse "
    "remember project float credit attribute"
)
# A parenthesis with a year right after a quote: a poster, book or film cited by date.
_DATED_CITATION = re.compile(r"[ \t]*\([^()\n]{0,60}\b(?:1[89]|20)\d\d\)")
# A translation or gloss of the words before it: ``“Si vis pacem,” Latin for “…”``.
_GLOSS_BEFORE = re.compile(
    r"(?:\b(?:Latin|Greek|Spanish|French|German|Italian|Portuguese|Russian|Arabic|Hebrew|"
    r"Yiddish|Persian|Farsi|Turkish|Chinese|Mandarin|Japanese|Korean|Hindi|Urdu|Dutch|"
    r"Polish|Ukrainian|Swahili|Tagalog) for|\bwhich (?:means|translates (?:to|as))|"
    r"\btranslated as),?[ \t]*$"
)
# ``title``, then a colon right before the quote: ``a new title for his resume: “…”`` (not
# ``a new nickname: “…”``, someone's words).
_TITLE_BEFORE = re.compile(r"\btitles?\b[^.:!?\"“”\n]{0,40}:[ \t]*$")
# A byline right after a quote, then a colon or a link: ``“Gallery to close,” by Times' Jane
# Roe: “…”`` — the quote is the headline of an article, not speech (not ``“We will win,”
# by Roe;`` in a list of remarks).
_BYLINE_NAME = r"(?:[A-Z][\w.'’&-]*|of|and|&)"
_TITLE_BYLINE = re.compile(
    rf",?[ \t]+by[ \t]+(?:the[ \t]+)?{_BYLINE_NAME}(?:[ \t]+{_BYLINE_NAME}){{0,7}}"
    r"[ \t]*(?=:|https?://)"
)

# A link right after a quote: ``“The club will close at the end of December …”
# http://nyti.ms/…`` reprints the opening of a linked article in a digest, not speech. Not
# a tweet's own short link (``Trump tweeted: “…” https://t.co/…``): the tweet is speech.
_LINK_AFTER = re.compile(r"[ \t]*https?://(?!t\.co/)")
# A letter's citation of the article it answers, in parentheses: ``I stand with Romney
# (“Romney blasts Trump as a fraud,” USATODAY.com, Thursday).`` — a headline, not speech.
_HEADLINE_CITATION = re.compile(
    r"[ \t]*[A-Z][\w.&'’ -]{1,40},[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z.]*"
    r"[ \t]+\d{1,2})[^()\n]{0,20}\)"
)


# A crowd's chant right before or after the quote: ``chanting “Dump Trump.”``, ``chants of
# “Ted! Ted!”``, ``the chant “Lock her up!”``, ``cries of “Bitch!”``, ``“BERNIE!” chants``.
# Short and Title Case as they are, these are words said, and PolNeAR annotates them all.
_CHANT_BEFORE = re.compile(
    r"\b(?:(?P<verb>chant(?:s|ed|ing)?)(?:[ \t]+(?:of|to))?|(?P<noun>cries|shouts)[ \t]+of)"
    r"[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)
_CHANT_AFTER = re.compile(r"[ \t]+(?P<noun>chants?)\b", re.IGNORECASE)


# A possessed speech-act noun and its that-clause right before the quote: ``Trump's claim
# that Obama “founded ISIS”``, ``her assertion that she "never sent" …``. The possessor said
# it; PolNeAR annotates every one in train and dev (21 of 21).
_CLAIM_NOUNS = (
    "claims?|assertions?|statements?|promises?|pledges?|warnings?|accusations?|suggestions?|"
    "insistence|arguments?|contention|charges?|allegations?|vows?|predictions?|"
    "declarations?|boasts?|complaints?|remarks?|comments?|assurances?|admission"
)
_POSSESSED_CLAIM = re.compile(
    rf"(?:[’']s|\b(?:his|her|their|its))[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?P<cue>{_CLAIM_NOUNS})"
    r"[ \t]+(?P<that>that)\b[^.!?;:\"“”\n]*$",
    re.IGNORECASE,
)


def _possessed_claim(doc: Doc, region: QuoteRegion) -> QuoteRegion | None:
    """The that-clause of a possessed speech-act noun holding the quote, as a mixed
    attribution (its content the clause, its cue the noun)."""
    text = mark_view(doc_text(doc))
    sent_start = sentence_bounds(doc, region.start, region.end)[0]
    match = _POSSESSED_CLAIM.search(text, max(sent_start, region.start - 200), region.start)
    if match is None:
        return None
    that = doc.char_span(match.start("that"), match.end("that"))
    if that is None or that[0].dep_ != "mark":
        return None
    clause = that[0].head
    end = clause.right_edge.idx + len(clause.right_edge.text)
    while end > region.end and text[end - 1] in ",;:.":
        end -= 1
    cue = (match.start("cue"), match.end("cue"))
    return QuoteRegion(match.start("that"), max(end, region.end), "claim", "mixed", cue)


def _chant_cue(text: str, region: QuoteRegion) -> tuple[int, int] | None:
    """The chant word right before or after a quote, if one is there."""
    before = _CHANT_BEFORE.search(text, max(0, region.start - 30), region.start)
    if before is not None:
        group = "verb" if before.group("verb") else "noun"
        return before.start(group), before.end(group)
    after = _CHANT_AFTER.match(text, region.end)
    return None if after is None else (after.start("noun"), after.end("noun"))


def _chant_sentence(doc: Doc, region: QuoteRegion, cue: tuple[int, int]) -> QuoteRegion:
    """A chant's attribution: its clause or sentence (PolNeAR often gives the chant to a
    frame around it: ``supporters were shown chanting “…”``, ``…, according to X``), cut
    short of any other quote in the sentence: after the comma that follows a quote before
    it (``When those voting “yes” won, delegates erupted in chants of “no.”``), at the
    chant's end when a quote follows (``To chants of “Marco!,” he said it was “…”``)."""
    text = mark_view(doc_text(doc))
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    if sent_end <= region.end + 1 and re.match(r"[ \t]+[a-z]", text[region.end : sent_end + 2]):
        sent_end = sentence_bounds(doc, region.end + 1, region.end + 2)[1]  # “Bobby!” at a …
    stop = sentence_stop(text, sent_end)
    start = sent_start + len(text[sent_start:stop]) - len(text[sent_start:stop].lstrip())
    last_mark = max((text.rfind(m, start, region.start) for m in DOUBLE_MARKS), default=-1)
    if last_mark >= 0:
        comma = text.find(", ", last_mark, region.start)
        start = region.start if comma < 0 else comma + 2
    if any(m in text[region.end : stop] for m in DOUBLE_MARKS):
        stop = region.end
    return QuoteRegion(min(start, region.start), max(stop, region.end), rule="chant", cue=cue)


@Language.factory("whosays_quotes", default_config=DEFAULT_CONFIG)
def make_quotes(
    nlp: Language,
    name: str,
    max_scare_words: int,
    max_partial_words: int,
    merge_gap_chars: int,
    join_quote_paragraphs: bool,
) -> QuoteFinder:
    """Create the whosays_quotes component."""
    return QuoteFinder(
        name,
        max_scare_words=max_scare_words,
        max_partial_words=max_partial_words,
        merge_gap_chars=merge_gap_chars,
        join_quote_paragraphs=join_quote_paragraphs,
    )


class QuoteFinder:
    """Find quotations and append them to ``doc._.whosays_attributions``."""

    def __init__(
        self,
        name: str = "whosays_quotes",
        *,
        max_scare_words: int = 3,
        max_partial_words: int = 6,
        merge_gap_chars: int = 250,
        join_quote_paragraphs: bool = True,
        lexicon: CueLexicon | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.max_scare_words = max_scare_words
        self.max_partial_words = max_partial_words
        self.merge_gap_chars = merge_gap_chars
        self.join_quote_paragraphs = join_quote_paragraphs
        self.lexicon = lexicon or load_cue_lexicon()
        # A partial quote inside reported speech or thought ("believes in journalism
        # that “takes sides”") is a mixed attribution: any cue, indirect ones too.
        every = load_cue_lexicon(("direct", "indirect", "both"))
        self.governing_lexicon = CueLexicon(
            self.lexicon.verbs | (every.verbs - NOT_GOVERNING_VERBS), every.nouns, every.phrases
        )
        # A long partial quote is speech anyway: any cue of the lexicon reports it.
        self.every_lexicon = CueLexicon(
            self.lexicon.verbs | every.verbs, every.nouns, every.phrases
        )

    def __call__(self, doc: Doc) -> Doc:
        found = attributions(doc)
        for region in self.find(doc):
            found.append(self._attribution(doc, region))
        return doc

    def find(self, doc: Doc) -> list[QuoteRegion]:
        """The speech quotations of ``doc``, in text order."""
        regions: list[QuoteRegion] = []
        text = mark_view(doc_text(doc))  # ''…'' and ``…'' read as "…"
        paragraphs = paragraph_bounds(text)
        for index, (start, end) in enumerate(paragraphs):
            next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            reopens = next_start is not None and opens_quote(text, next_start)
            regions.extend(self._paragraph_quotes(doc, start, end, reopens))
        # a line that opens with ''We starts on the " of its view, as its quote does
        lines = [(s + (text[s] == " " != doc_text(doc)[s]), e) for s, e in line_bounds(text)]
        joined = join_paragraphs(doc, regions, lines, self.join_quote_paragraphs, self.lexicon)
        for region in joined:  # the whole of a two-character mark: offsets of doc.text
            region.start, region.end = whole_marks(doc_text(doc), region.start, region.end)
        return joined

    def _paragraph_quotes(self, doc: Doc, start: int, end: int, reopens: bool) -> list[QuoteRegion]:
        text = mark_view(doc_text(doc))
        regions = pair_double_marks(text, start, end, reopens)
        regions = [strip_transcript_label(text, r) for r in regions]
        regions += pair_single_marks(text, start, end, regions)
        regions.sort(key=lambda r: r.start)
        kept = [r for r in (self._classify(doc, r) for r in regions) if r is not None]
        kept = join_listed(doc, join_elided(text, unite_overlapping(kept)))
        kept = merge_around_attribution(doc, kept, self.merge_gap_chars, self.lexicon)
        kept = run_on_after_attribution(doc, kept, self.lexicon)
        return join_closing_quote(doc, kept, end)

    def _classify(self, doc: Doc, region: QuoteRegion) -> QuoteRegion | None:
        kept = self._classify_quote(doc, region)
        if kept is not None or region.rule != "marks":
            return kept
        chant = _chant_cue(mark_view(doc_text(doc)), region)
        if chant is not None:  # chanting “Dump Trump.”, chants of “USA!”: a crowd's words
            return _chant_sentence(doc, region, chant)
        return None

    def _classify_quote(self, doc: Doc, region: QuoteRegion) -> QuoteRegion | None:
        text = mark_view(doc_text(doc))
        inner = text[region.start + 1 : region.end - 1]
        words = WORD.findall(inner)
        if not words:
            return None
        if region.rule == "transcript":
            return region
        if (
            text[region.start - 1 : region.start] == "("
            and text[region.end : region.end + 1] == ")"
        ):
            return None  # from 1 (“I will vote for Roe”) to 5 (…): an example, not speech
        if _DATED_CITATION.match(text, region.end):
            return None  # “Yes to the ban” (2009), “Backfire” (Wiley, 2003): a cited title
        if _GLOSS_BEFORE.search(text, max(0, region.start - 40), region.start):
            return None  # “Si vis pacem,” Latin for “if you want peace …”: a translation
        if len(words) <= self.max_partial_words and _TITLE_BEFORE.search(
            text, max(0, region.start - 60), region.start
        ):
            return None  # "a new title to his resume: “song anthropologist.”": a title
        if _TITLE_BYLINE.match(text, region.end) and not is_partial(doc, region, self.lexicon):
            return None  # “Gallery to close,” by Times' Jane Roe: the headline of an article
        element = markup_element_at(text, region.start)
        if element == "tweet":
            return None  # <tweet …>“@roe: “…”” – @trump<tweet/>: an embed's text, not reported
        if _LINK_AFTER.match(text, region.end) and element is None:
            return None  # “The club will close …” http://nyti.ms/1: a linked article's text
        if text[region.start - 1 : region.start] == "(" and _HEADLINE_CITATION.match(
            text, region.end
        ):
            return None  # (“Romney blasts Trump,” USATODAY.com, Thursday): a cited headline
        if cited_work(doc, region, self.lexicon):
            return None  # his book, “An American Son.”; “Billions,” on Showtime, is …: a title
        if region.rule == "unclosed" and len(words) <= self.max_scare_words:
            return None
        interrupted = interrupted_sentence(doc, region, self.lexicon)
        if interrupted is not None:
            return interrupted
        partial = is_partial(doc, region, self.lexicon)
        if region.rule == "unclosed" and partial:
            return None  # an odd mark inside running text: too unsure to quote
        found = _cue_and_complement(doc, region, self.governing_lexicon) if partial else None
        if found is None and partial and len(words) > self.max_partial_words:
            found = _cue_and_complement(doc, region, self.every_lexicon)
        if found is None and partial and region.rule == "marks":
            claim = _possessed_claim(doc, region)
            if claim is not None:  # Trump's claim that Obama “founded ISIS”: Trump's words
                return claim
            closed = closing_attribution(doc, region, self.lexicon)
            if closed is not None:  # She would be … "no matter what," one reader commented.
                return closed
            according = according_to_sentence(doc, region)
            if according is not None:
                return according
            as_clause = as_clause_report(doc, region, self.lexicon)
            if as_clause is not None:  # As Ryan said, that's the “textbook definition” …
                return as_clause
        if (
            looks_like_title(inner, words, partial)
            and (found is None or found[0].lemma_.lower() not in NAMING_VERBS or _convened(*found))
            and not (found is not None and self._reports_clause(doc, region, *found))
        ):
            return None
        short = len(words) <= self.max_scare_words
        if found is not None and short and in_writers_aside(doc, region, found[0].idx):
            return None  # "… (there were 2,000 emails, including “top secret”) …": the writer's
        if found is not None:
            mixed = _as_mixed(doc, region, *found)
            mixed.continued = region.continued  # reopened in the next paragraph
            cue = found[0].lemma_.lower()
            # not in a relative clause ("an editorial that accuses X of “…” and …")
            reports = found[0].dep_ != "relcl" and cue not in NAMING_VERBS
            if reports and self.governing_lexicon.is_cue_verb(cue):
                mixed.end = reported_rest(doc, mixed, self.lexicon)
            mixed.end = cue_adjuncts(doc, mixed, found[0])
            return mixed
        if partial and len(words) <= self.max_partial_words:
            adjacent = cue_right_before(doc, region, self.lexicon)
            if adjacent is None or region.rule != "marks":
                return None
            # "a man yelled “Stay there!”": a short quoted sentence the parse makes the root
            return QuoteRegion(region.start, region.end, rule="adjacent", cue=adjacent)
        if partial and region.rule == "marks":
            return whole_sentence(doc, region, self.every_lexicon) or region
        if region.rule == "marks":
            region.end = runs_on_to_attribution(doc, region, self.lexicon)
        return region

    def _reports_clause(self, doc: Doc, region: QuoteRegion, cue: Token, complement: Token) -> bool:
        """Whether a speech verb reports a clause that holds the quote and words before it
        (``adding that the judge was “Mexican.”``, ``the ''Today'' show, NBC announced``):
        a Title-Case quote there is part of the reported speech, not a bare title.

        Not a show named as the venue (``said on “New Day.”``), nor a quote in an adverbial
        clause the parse hung on the reported one (``Sitting down with “The X Show,” she
        …``), nor one with another quotation between it and its cue (the cue reports that).
        """
        if complement.dep_ != "ccomp" or cue.pos_ != "VERB" or cue.dep_ in ("conj", "xcomp"):
            return False  # not "… and concluded", "updated to note": a second or intended cue
        if not self.lexicon.is_cue_verb(cue.lemma_) or complement.left_edge.idx >= region.start:
            return False
        text = mark_view(doc_text(doc))
        if cue.idx > region.end:  # "X is joining the ''Today'' show, NBC announced"
            sent_start = sentence_bounds(doc, region.start, region.end)[0]
            opening = text[sent_start : complement.left_edge.idx].strip(" \t\n(")
            if opening:
                return False  # "she was not surprised that …, aides said": not all reported
        between = (
            text[region.end : cue.idx] if cue.idx > region.end else text[cue.idx : region.start]
        )
        if any(mark in between for mark in DOUBLE_MARKS):
            return False
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        if not words:
            return False
        token: Token = doc[words[0].i : words[-1].i + 1].root
        while token.i != complement.i and token.head.i != token.i:
            if token.dep_ == "advcl":
                return False
            if token.dep_ == "pobj" and token.head.lower_ == "on":
                return False  # "an interview aired on “New Day”": the venue
            token = token.head
        return token.i == complement.i

    def _attribution(self, doc: Doc, region: QuoteRegion) -> AttributionData:
        confidence = {"marks": 0.9, "merged": 0.9, "mixed": 0.75}.get(region.rule, 0.7)
        return AttributionData(
            kind=region.kind,
            content=[region.start, region.end],
            cue=None if region.cue is None else list(region.cue),
            source=None,
            confidence=confidence,
            rule=region.rule,
        )


def is_partial(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> bool:
    """Whether the quote sits inside running text rather than standing as a sentence.

    A quote is whole when nothing precedes it in its sentence, or only an
    introduction ending in a colon, dash or ``said,``.
    """
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    text = mark_view(doc_text(doc))
    before = text[sent_start : region.start].strip()
    if not before:
        runs_on = _runs_on(text[region.start : region.end], text[region.end : sent_end])
        return runs_on and not _cue_verb_follows(doc, region.end, lexicon)
    if before[-1] in ":—–―(…" or before.endswith("..."):
        return False
    if before[-1] != ",":
        return True
    if _resumes_quote(before) and _verb_before(doc, region.start):
        return False  # “A,” he told the host, “B.” (not “A,” and the drama, “B,”: a list)
    if any(before.lower().startswith(phrase) for phrase in lexicon.phrases):
        return False  # "According to the letter, “…”"
    if text[region.start + 1 : region.start + 2].islower() and _names_after_noun(doc, region):
        return True  # "around the loaded term, “fiscal cliff,” which …": a term, not speech
    sentence = text[region.start + 1 : region.start + 2].isupper()
    return not ends_in_cue(doc, region.start, lexicon, sentence)


def _names_after_noun(doc: Doc, region: QuoteRegion) -> bool:
    """Whether the word before the comma ending ``before`` is the noun of a prepositional
    phrase with a determiner (``around the charged term,``): the quote names it."""
    span = doc.char_span(max(0, region.start - 40), region.start, alignment_mode="contract")
    words = [t for t in (span if span is not None else ()) if not t.is_punct and not t.is_space]
    return (
        bool(words)
        and words[-1].dep_ == "pobj"
        and any(t.dep_ == "det" for t in words[-1].children)
    )


def _convened(cue: Token, complement: Token) -> bool:
    """``was called by the party to adopt the “Expulsion Initiative.”``: a passive naming
    verb with its agent and a verb clause under it calls a vote or meeting (convenes); it
    gives no name, so the title in the clause is no one's words."""
    return complement.pos_ in ("VERB", "AUX") and any(t.dep_ == "agent" for t in cue.children)


def _cue_verb_follows(doc: Doc, end: int, lexicon: CueLexicon) -> bool:
    """Whether a cue verb is the first word after ``end`` (``“…” said Roe``: the quote's
    comma left out before its inverted attribution)."""
    span = doc.char_span(end, min(len(doc_text(doc)), end + 30), alignment_mode="contract")
    words = [t for t in (span if span is not None else ()) if not t.is_space]
    return bool(words) and words[0].pos_ in ("VERB", "AUX") and lexicon.is_cue_verb(words[0].lemma_)


def _runs_on(quote: str, after: str) -> bool:
    """Whether the sentence runs on after a quote that opens it, the quote lacking end
    punctuation: ``“Top secret” is the highest level``, ``“We are horrified” by it, he said``."""
    inner = quote[1:-1].rstrip().rstrip(SINGLE_CLOSE + "'")  # a nested quote closing with it
    return inner[-1:] not in END_PUNCT + ",;:—–-" and re.match(r"\s*[a-z]", after) is not None


def _resumes_quote(before: str) -> bool:
    """Whether ``before`` ends in a quote interrupted by a short attribution (``“A,” she
    said, referring to X,``): the next quote resumes it rather than sitting in a clause."""
    closing = max(before.rfind(mark) for mark in DOUBLE_CLOSE + '"')
    if closing < 1 or before[closing - 1] != ",":
        return False
    tail = before[closing + 1 :]
    return len(tail) <= SHORT_ATTRIBUTION_CHARS and not any(m in tail for m in DOUBLE_OPEN + '"')


def _verb_before(doc: Doc, position: int) -> bool:
    """Whether a verb sits between ``position`` and the closing mark before it."""
    text = mark_view(doc_text(doc))
    closing = max(text.rfind(mark, 0, position) for mark in DOUBLE_CLOSE + '"')
    span = doc.char_span(closing + 1, position, alignment_mode="contract")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


def governing_cue(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> Token | None:
    """The cue verb whose complement holds the quote, if the parse shows one."""
    found = _cue_and_complement(doc, region, lexicon)
    return None if found is None else found[0]


def _cue_and_complement(
    doc: Doc, region: QuoteRegion, lexicon: CueLexicon
) -> tuple[Token, Token] | None:
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    # Quote marks often hang on the sentence's verb: start from the words inside.
    child: Token = doc[words[0].i : words[-1].i + 1].root
    while child.head.i != child.i:
        head = child.head
        if child.dep_ == "relcl" and is_audience_word(head):
            return None  # "asked the crowd, which roared back “No!”": the crowd's words
        if (
            not span.start <= head.i < span.end
            and lexicon.is_cue_verb(head.lemma_)
            and (head.pos_ in ("VERB", "AUX") or any(t.dep_ == "poss" for t in head.children))
        ):
            # a noun of a cue verb ("hope", "call") is passed, but not one with a possessor
            # ("Trump's claim that …"): the possessor said it, not an outer speaker
            if names_a_thing(head):
                child = head  # "an account called “Hypo-Cruz”": a name, not speech
                continue
            if head.pos_ in ("VERB", "AUX") and child.dep_ in COMPLEMENT_DEPS:
                return _outermost_report(head, child, lexicon)
            clause = _that_clause_before(head, child)
            if head.pos_ == "VERB" and clause is not None:
                # "He added that he could get by … but it was a “great luxury”": the parse
                # joined the that-clause's second half to the verb; the report runs on
                return head, clause
            if head.pos_ == "VERB" and child.dep_ in SUBJECT_DEPS:
                # In a cue's subject ("X “…” and the thing called Y", "the phrase “…”
                # resonated, she said"): that cue does not report it, an outer cue may.
                child = head
                continue
            return None
        child = head
    return None


def _that_clause_before(cue: Token, child: Token) -> Token | None:
    """The cue's ``that`` clause right before ``child``, a clause the parse conjoined to
    the cue itself (``added that A but it was B``): ``child`` opens with a pronoun or
    ``there`` as subject, no ``that`` of its own, and only a conjunction between them."""
    if child.dep_ != "conj" or child.i < cue.i:
        return None
    clauses = [
        t
        for t in cue.rights
        if t.dep_ == "ccomp" and t.i < child.i and any(m.lower_ == "that" for m in t.lefts)
    ]
    if not clauses or clauses[-1].left_edge.i != cue.i + 1:
        return None  # not "said, per a translator, that …" (whole_sentence takes it)
    if any(t.dep_ == "mark" for t in child.lefts):
        return None
    subjects = [t for t in child.lefts if t.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or subjects[0].pos_ != "PRON":
        return None  # "said that A, and the crowd “roared.”": a new subject, the writer's
    between = cue.doc[clauses[-1].right_edge.i + 1 : child.left_edge.i]
    if len(between) > 2 or not any(t.dep_ == "cc" for t in between):
        return None
    return clauses[-1]


def _outermost_report(cue: Token, complement: Token, lexicon: CueLexicon) -> tuple[Token, Token]:
    """``Clinton says she knows that “…”``: the reported clause is the outer speech
    verb's complement (PolNeAR's content), not the inner verb's."""
    child = cue
    # passed a relative clause with a speaker of its own ("which he called"), or the cue is a
    # conjoined participle ("stating there was a benefit to … and chiding the press for “…”")
    named = cue.dep_ == "conj" and cue.tag_ == "VBG"
    while child.head.i != child.i and child.dep_ in OUTER_CLIMB_DEPS | NOUN_CLIMB_DEPS:
        if child.i == cue.i and _second_report(cue, lexicon):
            break  # "said the bridge was safe and added that it would “reopen”": added's own
        named = named or (child.dep_ == "relcl" and _own_subject(child))
        if named and child.dep_ in NOUN_CLIMB_DEPS:
            break  # "backs a bill, which he called “…”": the relative clause's speaker's words
        head = child.head
        reports = head.pos_ in ("VERB", "AUX") and child.dep_ in ("ccomp", "xcomp")
        if reports and lexicon.is_cue_verb(head.lemma_) and head.lemma_ not in NAMING_VERBS:
            cue, complement = head, child
        child = head
    return cue, complement


def _own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject that is not a relative pronoun (``which he called``)."""
    return any(
        t.dep_ == "nsubj" and t.tag_ not in ("WDT", "WP") and t.lower_ != "that"
        for t in verb.children
    )


def _second_report(cue: Token, lexicon: CueLexicon) -> bool:
    """A speech verb the parse joined to the clause another speech verb reports."""
    return (
        cue.pos_ == "VERB" and lexicon.is_cue_verb(cue.lemma_.lower()) and joined_second_report(cue)
    )


def _as_mixed(doc: Doc, region: QuoteRegion, cue: Token, complement: Token) -> QuoteRegion:
    span = complement_span(doc, region, cue, complement)
    start, end = min(span.start_char, region.start), max(span.end_char, region.end)
    return QuoteRegion(
        start, end, rule="mixed", kind="mixed", cue=(cue.idx, cue.idx + len(cue.text))
    )


SKIP_BEFORE_COMPLEMENT = frozenset({"advmod", "npadvmod", "prt", "punct", "dative"})


def complement_span(doc: Doc, region: QuoteRegion, cue: Token, complement: Token) -> Span:
    """The tokens the cue reports: the complement holding the quote, with its siblings
    on the cue's right for ``called [the plan] ["a disaster"]``."""
    misplaced = misplaced_that_clause(cue)
    clause_only = misplaced is not None and _holds(misplaced, region)
    if clause_only and misplaced is not None:
        complement = misplaced  # "told reporters after the meeting that …": the clause only
    parts = [complement]
    if not clause_only and complement.dep_ not in ("ccomp", "xcomp") and complement.i > cue.i:
        parts = [
            t
            for t in cue.rights
            if t.dep_ not in SKIP_BEFORE_COMPLEMENT | {"cc", "conj"} and t.i <= complement.i
        ] or parts
        # "called X “Y” and someone who had “Z”": a noun the parse conjoins to the cue is
        # a second object of it, not a clause of its own
        parts += [
            t
            for t in cue.rights
            if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN", "PRON") and t.i > complement.i
        ][:1]
    first = min(t.left_edge.i for t in parts)
    last = max(t.right_edge.i for t in parts)
    view = mark_view(doc_text(doc))
    subject = _orphaned_subject(cue, complement)
    if subject is not None and not clause_only:
        first = min(first, subject.left_edge.i)
    opening = _opening_clause(cue, complement)
    if opening is not None and not clause_only:
        first = min(first, opening.left_edge.i)
    while last > first and doc[last].is_punct and doc[last].idx >= region.end:
        mark = doc[last].text[:1] in DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
        if mark and not _opens_next_quote(view, doc[last].idx):
            break
        last -= 1
    return doc[first : last + 1]


def _opens_next_quote(view: str, position: int) -> bool:
    """Whether the mark at ``position`` of the mark view opens the next quote: the parse may
    hang a sentence's opening ``''`` (read ``␣"``) or ``"`` on the sentence before it, whose
    clause must not run into the next quote (``… of the Pacific. ''You'd have to …,'' he said``).
    """
    if view[position : position + 2] == ' "':
        return True
    return view[position] == '"' and double_mark_role(view, position) == "open"


CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _orphaned_subject(cue: Token, complement: Token) -> Token | None:
    """``argued the pipeline, which …, “wouldn't go 10 feet”``, ``saying any information
    received … was “compromised”``: the parse hangs the reported clause's subject on the cue
    (as its object or a clause of its own) and leaves the clause holding the quote without
    one; the words between them are that clause's subject, and PolNeAR's content holds them."""
    if complement.dep_ != "ccomp" or complement.i < cue.i:
        return None
    if any(t.dep_ in CLAUSE_SUBJECT_DEPS for t in complement.children):
        return None
    return _right_before(cue, complement, ("dobj", "ccomp"))


def _right_before(
    cue: Token, complement: Token, deps: tuple[str, ...] | None = None
) -> Token | None:
    """The last of the cue's dependents (of ``deps``, when given) between the cue and the
    reported clause, when only punctuation separates it from that clause."""
    between = [
        t
        for t in cue.children
        if cue.i < t.i < complement.i
        and (deps is None or t.dep_ in deps)
        and t.right_edge.i < complement.left_edge.i
    ]
    if not between:
        return None
    gap = cue.doc[between[-1].right_edge.i + 1 : complement.left_edge.i]
    if any(not t.is_punct and not t.is_space for t in gap):
        return None
    return between[-1]


def _opening_clause(cue: Token, complement: Token) -> Token | None:
    """``says no matter what the council decides on parking, “her view will not …”``: a
    clause with a subject of its own that the parse hangs on the cue between it and a reported
    clause with no ``that`` opens that clause (PolNeAR's content holds it)."""
    if complement.dep_ != "ccomp" or complement.i < cue.i:
        return None
    if any(t.dep_ == "mark" for t in complement.children):
        return None  # "said after he met the mayor that …": the "that" opens the report
    clause = _right_before(cue, complement)
    if (
        clause is None
        or clause.dep_ not in ("advcl", "advmod")
        or not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
            for t in clause.subtree
        )
    ):
        return None
    return clause


def _holds(clause: Token, region: QuoteRegion) -> bool:
    """Whether the words of ``clause``'s subtree start before the quote and reach into it."""
    first, last = clause.left_edge, clause.right_edge
    return first.idx <= region.start < last.idx + len(last.text)
