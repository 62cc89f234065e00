"""whosays_speakers: the cue and the speaker MENTION of every attribution that lacks them.

For each attribution the stage looks around its content, in the same sentence
and paragraph (and the next or previous short sentence), for a cue: a speech
verb from the cue lexicon (``said``, ``told``, ``insisted``...), ``according to``,
a colon after a name (``Trump: "…"``) or a dash byline (``"…" — Jane Roe``).
Quote marks are read in ``quote_marks.mark_view``, as the quote stage reads them: two
apostrophes and TeX marks (``''…''``, ````…''``) count as ``"``.
The ``source`` is the mention the cue points to, exactly as written: the cue
verb's subject with its appositive (``Jane Roe, the defence minister,`` as
PolNeAR annotates Sources), the name after an inverted cue (``said Jane Roe``),
a document (``the statement read``), the object of ``according to``.

A quote with no cue inside a sentence whose named subject governs it (``Ted Roe
welcomed “…”``, ``the Sierra Club is “confident …”``) is that subject's (``rule``
``"subject"``). A quote with no cue of its own that follows another attribution in the same or
the previous paragraph continues that speaker: it gets the previous ``source``
and ``rule`` ``"continuation"``. Names and pronouns are NOT resolved here; that
is ``whosays_coref``'s job, reading ``source``.

The patterns that need no speech verb (bylines, ``Name:`` labels, ``in X's words``,
a clause opening the quote with a comma or colon) are in ``speaker_cues``; the mention
a cue points to and its type in ``speaker_mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.addressees import verb_phrase_length
from whosays.pipeline.doc import (
    AttributionData,
    attributions,
    char_span,
    doc_text,
    register_extensions,
)
from whosays.pipeline.lexicon import CueLexicon, load_cue_lexicon
from whosays.pipeline.quote_joins import sentence_bounds
from whosays.pipeline.quote_marks import (
    DOUBLE_MARKS,
    line_bounds,
    mark_view,
    paragraph_of,
    whole_marks,
)
from whosays.pipeline.speaker_cues import (
    TIME_CLAUSE_WORDS,
    colon_introducer,
    comma_introducer,
    in_words_of,
    punctuation_cue,
)
from whosays.pipeline.speaker_mentions import (
    SPEAKER_LABELS,
    SUBJECT_DEPS,
    inverted_mention,
    mention_of,
    same_paragraph,
    source_of,
    source_type,
    subject_mention,
)

DEFAULT_CONFIG: dict[str, object] = {"max_attribution_tokens": 25}

CueAndSource = tuple[Span, Span | None]

WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


@Language.factory("whosays_speakers", default_config=DEFAULT_CONFIG)
def make_speakers(nlp: Language, name: str, max_attribution_tokens: int) -> SpeakerFinder:
    """Create the whosays_speakers component."""
    return SpeakerFinder(name, max_attribution_tokens=max_attribution_tokens)


class SpeakerFinder:
    """Fill ``cue``, ``source`` and ``source_type`` of attributions that lack them."""

    def __init__(
        self,
        name: str = "whosays_speakers",
        *,
        max_attribution_tokens: int = 25,
        lexicon: CueLexicon | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.max_attribution_tokens = max_attribution_tokens
        self.lexicon = lexicon or load_cue_lexicon()
        self._every = load_cue_lexicon(("direct", "indirect", "both"))

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = line_bounds(doc_text(doc))
        previous: AttributionData | None = None
        for attribution in sorted(attributions(doc), key=lambda a: a["content"][0]):
            if attribution.get("source") is None:
                self._attribute(doc, attribution)
                self._own_sentence_first(doc, attribution)
            no_attribution = attribution.get("cue") is None
            if no_attribution and attribution.get("source") is None:
                self._sentence_subject(doc, attribution)
            after_words = not _opens_line(doc_text(doc), attribution["content"][0])
            if no_attribution and attribution.get("source") is None and after_words:
                self._introduced_before(doc, attribution)  # its paragraph's sentence first
            opens = _opens_sentence(doc, attribution["content"][0])
            if no_attribution and attribution.get("source") is None and previous and opens:
                continue_speaker(attribution, previous, paragraphs)
                _antecedent_for_relative(doc, attribution)
            if no_attribution and attribution.get("source") is None:
                self._introduced_before(doc, attribution)
            if attribution.get("source") is not None:
                previous = attribution
        return doc

    def _attribute(self, doc: Doc, attribution: AttributionData) -> None:
        start, end = attribution["content"]
        cue_pair = attribution.get("cue")
        if cue_pair is None:
            found = self._first_cue(doc, start, end)
        else:
            span = char_span(doc, cue_pair)
            blocked = quoted_parts(doc_text(doc), start, end, span.start_char if span else start)
            found = None if span is None else (span, source_of(span[0], blocked))
        if found is None:
            return
        found = self._reporting_participle(found, [(start, end)]) or found
        cue, source = found
        attribution["cue"] = [cue.start_char, cue.end_char]
        if source is not None:
            attribution["source"] = [source.start_char, source.end_char]
            attribution["source_type"] = source_type(source, self.lexicon)

    def _first_cue(self, doc: Doc, start: int, end: int) -> CueAndSource | None:
        """The first rule's cue that names a speaker, else the first cue found at all."""
        rules: tuple[Callable[[], CueAndSource | None], ...] = (
            lambda: in_words_of(doc, start),
            lambda: comma_introducer(doc, start),
            lambda: self._colon_before_earlier_cue(doc, start, end),
            lambda: self.find_cue(doc, start, end),
            lambda: self.introduced_by_colon(doc, start),
            lambda: colon_introducer(doc, start),
            lambda: self.attribution_after(doc, start, end),
        )
        fallback = None
        for rule in rules:
            found = rule()
            if found is not None and found[1] is not None:
                return found
            fallback = fallback or found
        return fallback

    def _colon_before_earlier_cue(self, doc: Doc, start: int, end: int) -> CueAndSource | None:
        """``he struggles to articulate it. At a news conference, the questioners were
        hostile: “…”``: a clause ending in a colon right before the quote introduces it
        rather than a cue verb of an earlier sentence."""
        colon = colon_introducer(doc, start)
        found = self.find_cue(doc, start, end)
        if colon is None or colon[1] is None or found is None:
            return None
        return colon if found[0].end_char <= colon[0].sent.start_char else None

    def find_cue(self, doc: Doc, start: int, end: int) -> tuple[Span, Span | None] | None:
        """The cue of the content ``[start, end)`` and the speaker mention it points to."""
        marked = punctuation_cue(doc, start, end)
        if marked is not None:
            return marked
        for window in attribution_windows(doc, start, end):
            tokens = [t for t in window if not start <= t.idx < end]
            if len(tokens) > self.max_attribution_tokens:
                tokens = _nearest(tokens, start, end, self.max_attribution_tokens)
            cue = self._nearest_cue(tokens, start, end)
            if cue is not None:
                cue = _according_to_instead(cue, start, end)
                width = 2 if cue[0].lower_ == "according" else 1
                return doc[cue.start : cue.start + width], source_of(cue[0], [(start, end)])
        return None

    def _reporting_participle(
        self, found: CueAndSource, blocked: list[tuple[int, int]]
    ) -> CueAndSource | None:
        """``…, telling students on Monday that she thinks the new library is “a fine idea.”``:
        a cue whose subject is a pronoun right after a speech participle reports that
        participle's words; the participle's owner speaks."""
        cue, source = found[0][0], found[1]
        if source is None or len(source) != 1 or source[0].pos_ != "PRON" or cue.i < source.start:
            return None
        pronoun = source[0]
        for token in reversed(list(cue.doc[cue.sent.start : pronoun.i])):
            if (token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG") or token.tag_ in WH_TAGS:
                return None  # another clause ("an op-ed in which she called for “…”")
            if token.tag_ == "VBG" and self._is_cue(token):
                owner = subject_mention(token, blocked)
                if owner is None or owner.root.pos_ == "PRON" or owner.start > token.i:
                    return None
                return cue.doc[token.i : token.i + 1], owner
        return None

    def attribution_after(self, doc: Doc, start: int, end: int) -> tuple[Span, Span] | None:
        """``“…,” remembered Roy Verley`` / ``“…,” Bozell answers``: the clause right after
        a quote ending in a comma (or ? !) is its attribution, whatever its verb."""
        text = mark_view(doc_text(doc))
        if text[start:end].rstrip()[-2:-1] not in (",", "?", "!"):
            return None
        clause = re.match(r"[^.,;:!?\"“”\n]{1,60}", text[end:])
        span = (
            None
            if clause is None
            else doc.char_span(end, end + clause.end(), alignment_mode="contract")
        )
        if span is None:
            return None
        verbs = [
            t
            for t in span
            if (t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP"))
            or _bare_participle_root(t)
            or self._every.is_cue_verb(t.lemma_)
        ]
        if not verbs:
            return None
        verb = verbs[0]
        mention = subject_mention(verb, [(start, end)]) or inverted_mention(verb, [(start, end)])
        if mention is None or not mention.start_char >= end:
            names = [t for t in span if t.i != verb.i and t.pos_ in ("PROPN", "PRON")]
            mention = mention_of(names[0], [(start, end)]) if names else None
        if mention is None or not span.start_char <= mention.start_char < span.end_char + 80:
            return None
        return doc[verb.i : verb.i + 1], mention

    def _sentence_subject(self, doc: Doc, attribution: AttributionData) -> None:
        """``The plan, Roe argued at length, was “dead on arrival”``, ``the group is “confident
        that …”``: a quote with no cue inside a sentence whose subject (before the quote) is
        a person or organisation is that subject's."""
        start, end = attribution["content"]
        first = start_token(doc, start)
        if first >= len(doc) or not doc.has_annotation("DEP"):
            return
        root = _governing_verb(doc[first], start, end)
        if root is None:
            return  # the quote is the sentence (or its main clause)
        mention = subject_mention(root, [(start, end)])
        if mention is None or mention.end_char > start or not same_paragraph(mention, root):
            return
        if source_type(mention, self.lexicon) not in ("person", "organization"):
            return
        if not _named(mention):
            return  # "The storm was “the worst in a century”"
        attribution["source"] = [mention.start_char, mention.end_char]
        attribution["source_type"] = source_type(mention, self.lexicon)
        attribution["rule"] = "subject"

    def _own_sentence_first(self, doc: Doc, attribution: AttributionData) -> None:
        """``Dan Backer … has egged on supporters with pep talks like “…” ¶ Trump has also
        announced …, telling voters``: a cue found only in the next or previous sentence
        gives way to the named subject governing the quote in its own sentence."""
        cue = attribution.get("cue")
        if cue is None or attribution.get("rule") not in ("marks", "mixed"):
            return
        start, end = attribution["content"]
        sent_start, sent_end = sentence_bounds(doc, start, end)
        if sent_start <= cue[0] < sent_end:
            return
        trial: AttributionData = {"content": [start, end], "source": None}
        self._sentence_subject(doc, trial)
        if trial.get("source") is not None:
            attribution["source"] = trial["source"]
            attribution["source_type"] = trial.get("source_type")
            attribution["cue"] = None
            attribution["rule"] = "subject"

    def _introduced_before(self, doc: Doc, attribution: AttributionData) -> None:
        """A quote standing alone after a sentence about its speaker ("Carson said he was
        facing scrutiny." then the quote): that sentence's subject speaks."""
        start = attribution["content"][0]
        tokens = [t for t in doc[: start_token(doc, start)] if not t.is_space]
        if not tokens or not doc.has_annotation("DEP"):
            return
        sentence = tokens[-1].sent
        if any(mark in DOUBLE_MARKS for mark in _marks_of(sentence)):
            return  # that sentence has its own quote and speaker
        subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"]
        mention = (
            mention_of(subjects[0], [(start, attribution["content"][1])]) if subjects else None
        )
        if mention is None or source_type(mention, self.lexicon) not in ("person", "organization"):
            return
        attribution["source"] = [mention.start_char, mention.end_char]
        attribution["source_type"] = source_type(mention, self.lexicon)
        attribution["rule"] = "preceding"
        reported = _reported_before(sentence, start, self.lexicon)
        if reported is not None:
            attribution["content"] = [reported.left_edge.idx, attribution["content"][1]]
            attribution["cue"] = [reported.head.idx, reported.head.idx + len(reported.head)]

    def introduced_by_colon(self, doc: Doc, start: int) -> tuple[Span, Span | None] | None:
        """``Caddell continued:`` as the previous paragraph, then the quote paragraph."""
        before = doc_text(doc)[:start].rstrip()
        if not before.endswith(":") or doc_text(doc)[len(before) : start].count("\n") == 0:
            return None
        para_start = before.rfind("\n") + 1
        span = doc.char_span(para_start, len(before), alignment_mode="contract")
        if span is None:
            return None
        cue = self._nearest_cue(list(span), len(before), len(before))
        if cue is None:
            return None
        return cue, source_of(cue[0], [(start, start + 1)])

    def _nearest_cue(self, tokens: list[Token], start: int, end: int) -> Span | None:
        # A cue after the quote that opens a time clause reports something else: "Lopez
        # saying, “That is just good business,” when Novak criticised her" is Lopez's.
        candidates = [
            t for t in tokens if self._is_cue(t) and not (t.idx >= end and _time_clause(t))
        ]
        if not candidates:
            return None
        best = min(candidates, key=lambda t: _distance(t, start, end))
        return best.doc[best.i : best.i + 1]

    def _is_cue(self, token: Token) -> bool:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            return token.doc[token.i + 1].lower_ == "to"
        if token.pos_ in ("VERB", "AUX") and self.lexicon.is_cue_verb(token.lemma_):
            return True
        return verb_phrase_length(token, self.lexicon) > 0  # "as Vulture put it, “…”"


def _time_clause(verb: Token) -> bool:
    """Whether a verb heads a clause opened by ``when``, ``while``, ``because``…"""
    return any(c.lower_ in TIME_CLAUSE_WORDS and c.i < verb.i for c in verb.children)


def _bare_participle_root(token: Token) -> bool:
    """``“Sit down,” Trump barked and …``: a root verb the tagger reads as a participle
    (no auxiliary) is a past tense."""
    return (
        token.pos_ == "VERB"
        and token.tag_ == "VBN"
        and token.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _named(mention: Span) -> bool:
    """A name, a named group or a personal pronoun, not any noun phrase."""
    root = mention.root
    if root.pos_ in ("PROPN", "PRON"):
        return True
    return any(entity.label_ in SPEAKER_LABELS for entity in mention.ents)


def _governing_verb(token: Token, start: int, end: int) -> Token | None:
    """The nearest verb outside ``[start, end)`` above the quote's first token; none when
    the quote is an adverbial or relative clause (``Roe lost his barn when “a storm …”``)."""
    while start <= token.idx < end:
        if token.head.i == token.i or token.dep_ in ("advcl", "relcl", "acl"):
            return None
        token = token.head
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _according_to_instead(cue: Span, start: int, end: int) -> Span:
    """``“…,” Walker said, according to an AP account``: PolNeAR attributes the quote to
    the account the article cites, the ``according to`` of the cue's sentence."""
    for token in cue.sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
            and not start <= token.idx < end
        ):
            return token.doc[token.i : token.i + 1]
    return cue


def _reported_before(sentence: Span, start: int, lexicon: CueLexicon) -> Token | None:
    """``Roe announced the closure of the plant. ¶ “We have to cut spending.”``: the previous
    paragraph's last sentence reports with a cue verb at its root; PolNeAR's content runs
    from that verb's object (or open clause) over the quote paragraph."""
    doc = sentence.doc
    if "\n" not in doc_text(doc)[sentence.start_char + len(sentence.text.rstrip()) : start]:
        return None
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or not lexicon.is_cue_verb(root.lemma_):
        return None
    for child in root.children:
        if child.dep_ in ("xcomp", "dobj") and child.i > root.i:
            return child
    return None


def start_token(doc: Doc, position: int) -> int:
    """Index of the first token starting at or after character ``position``."""
    for token in doc:
        if token.idx >= position:
            return token.i
    return len(doc)


def _distance(token: Token, start: int, end: int) -> int:
    if token.idx >= end:
        return token.idx - end
    return (start - token.idx) + 1  # after-quote cues win ties: "…," she said


def _nearest(tokens: list[Token], start: int, end: int, limit: int) -> list[Token]:
    return sorted(tokens, key=lambda t: _distance(t, start, end))[:limit]


def attribution_windows(doc: Doc, start: int, end: int) -> list[Span]:
    """Where to look for a cue: the content's sentences, then the next and previous ones."""
    sent_start, sent_end = sentence_bounds(doc, start, end)
    windows = [doc.char_span(sent_start, sent_end, alignment_mode="expand")]
    para_start, para_end = paragraph_of(doc_text(doc), start, end)
    if sent_end < para_end:
        after = sentence_bounds(doc, sent_end, min(sent_end + 1, para_end))
        windows.append(doc.char_span(sent_end, after[1], alignment_mode="expand"))
    if sent_start > para_start:
        before = sentence_bounds(doc, max(sent_start - 2, para_start), sent_start - 1)
        windows.append(doc.char_span(before[0], sent_start, alignment_mode="expand"))
    return [w for w in windows if w is not None and len(w) > 0]


def quoted_parts(text: str, start: int, end: int, cue_at: int) -> list[tuple[int, int]]:
    """The content's quoted parts around a cue inside it (``"A," she said, "B"``)."""
    if not start <= cue_at < end:
        return [(start, end)]
    view = mark_view(text)  # ''A,'' she said, ''B'' as "A," she said, "B"
    closing = max(view.rfind(mark, start, cue_at) for mark in '"”')
    opening = min((i for i in (view.find(m, cue_at, end) for m in '"“') if i >= 0), default=end)
    first = whole_marks(text, start, closing + 1) if closing >= 0 else (start, start)
    return [first, (whole_marks(text, opening, end)[0], end)]


def _marks_of(sentence: Span) -> str:
    """The sentence's text in the mark view (``''`` read as ``"``)."""
    return mark_view(doc_text(sentence.doc))[sentence.start_char : sentence.end_char]


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether a quote opens its sentence: a quote inside the writer's sentence (``Under
    state rules, a permit lapses when an owner “…”``) continues nobody."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return True
    before = doc_text(doc)[token[0].sent.start_char : start]
    return not before.strip(" \n\t\"'“”‘’—–-(")


def continue_speaker(
    attribution: AttributionData,
    previous: AttributionData,
    paragraphs: list[tuple[int, int]],
) -> None:
    """Give a cue-less quote the previous speaker when it follows in the next paragraph."""
    here = _paragraph_index(paragraphs, attribution["content"][0])
    there = _paragraph_index(paragraphs, previous["content"][1] - 1)
    if here - there > 1 or previous.get("source") is None:
        return
    attribution["source"] = list(previous["source"] or [])
    attribution["source_type"] = previous.get("source_type")
    attribution["rule"] = "continuation"


def _antecedent_for_relative(doc: Doc, attribution: AttributionData) -> None:
    """A continued speaker is named by the noun a relative ``who`` modifies, not ``who``."""
    source = attribution.get("source")
    span = None if source is None else char_span(doc, source)
    if span is None or len(span) != 1 or span[0].head.dep_ != "relcl":
        return
    clause = span[0].head
    mention = mention_of(clause.head, [], stop=clause)
    if mention is not None:
        attribution["source"] = [mention.start_char, mention.end_char]


def _opens_line(text: str, position: int) -> bool:
    """Whether only blanks stand before ``position`` on its line."""
    return not text[text.rfind("\n", 0, position) + 1 : position].strip()


def _paragraph_index(paragraphs: list[tuple[int, int]], position: int) -> int:
    for index, (start, end) in enumerate(paragraphs):
        if start <= position < end or position < start:
            return index
    return len(paragraphs)
