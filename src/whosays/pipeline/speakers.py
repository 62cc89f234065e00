"""whosays_speakers: the cue and the speaker MENTION of every attribution that lacks them.

For each attribution the stage looks around its content, in the same sentence
and paragraph (and the next or previous short sentence), for a cue: a speech
verb from the cue lexicon (``said``, ``told``, ``insisted``...), ``according to``,
a colon after a name (``Trump: "…"``) or a dash byline (``"…" — Jane Roe``).
The ``source`` is the mention the cue points to, exactly as written: the cue
verb's subject with its appositive (``Jane Roe, the defence minister,`` as
PolNeAR annotates Sources), the name after an inverted cue (``said Jane Roe``),
a document (``the statement read``), the object of ``according to``.

A quote with no cue of its own that follows another attribution in the same or
the previous paragraph continues that speaker: it gets the previous ``source``
and ``rule`` ``"continuation"``. Names and pronouns are NOT resolved here; that
is ``whosays_coref``'s job, reading ``source``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import AttributionData, attributions, char_span, register_extensions
from whosays.pipeline.lexicon import CueLexicon, load_cue_lexicon, word_set
from whosays.pipeline.quote_joins import sentence_bounds
from whosays.pipeline.quote_marks import line_bounds

DEFAULT_CONFIG: dict[str, object] = {"max_attribution_tokens": 25}

CueAndSource = tuple[Span, Span | None]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = word_set("he she him her i me you")
GROUP_PRONOUNS = word_set("they them we us")
DOCUMENT_NOUNS = word_set(
    "statement letter report memo document email release tweet post filing complaint "
    "lawsuit ad advertisement website article book study poll survey transcript note "
    "message video editorial column op-ed brief ruling order indictment bill analysis"
)
INVERTED_CUE_WORDS = word_set("said says stated continued added wrote asked")  # "Said Roe:"
CARRIED_TEXTS = word_set("sign placard banner card")
ANONYMOUS_NOUNS = word_set("source sources insider insiders person people")
ANONYMOUS_MARKERS = ("familiar with", "anonymity", "not authorized", "declined to be named")
GROUP_NOUNS = word_set(
    "officials critics aides democrats republicans supporters voters analysts experts "
    "lawmakers members residents protesters leaders advocates activists observers "
    "economists officers investigators prosecutors authorities witnesses staffers "
    "advisers advisors"
)
ORG_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})
SPEAKER_LABELS = ORG_LABELS | {"PERSON"}
NOT_SPEAKER_LABELS = frozenset({"TIME", "DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "npadvmod", "poss"})
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep"})
_BYLINE = re.compile(r"^\s*[—–―-]+\s*(?P<name>[^\n!?]{2,80}?)\s*[.,]?\s*$")
_COLON_SPEAKER = re.compile(r"(?P<name>[^\n.!?:\"“”]{2,60}?)\s*:\s*$")


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
        paragraphs = line_bounds(doc.text)
        previous: AttributionData | None = None
        for attribution in sorted(attributions(doc), key=lambda a: a["content"][0]):
            if attribution.get("source") is None:
                self._attribute(doc, attribution)
            no_attribution = attribution.get("cue") is None
            if no_attribution and attribution.get("source") is None and previous is not None:
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
            blocked = quoted_parts(doc.text, start, end, span.start_char if span else start)
            found = None if span is None else (span, source_of(span[0], blocked))
        if found is None:
            return
        cue, source = found
        attribution["cue"] = [cue.start_char, cue.end_char]
        if source is not None:
            attribution["source"] = [source.start_char, source.end_char]
            attribution["source_type"] = source_type(source, self.lexicon)

    def _first_cue(self, doc: Doc, start: int, end: int) -> CueAndSource | None:
        """The first rule's cue that names a speaker, else the first cue found at all."""
        rules: tuple[Callable[[], CueAndSource | None], ...] = (
            lambda: comma_introducer(doc, start),
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

    def attribution_after(self, doc: Doc, start: int, end: int) -> tuple[Span, Span] | None:
        """``“…,” remembered Roy Verley`` / ``“…,” Bozell answers``: the clause right after
        a quote ending in a comma (or ? !) is its attribution, whatever its verb."""
        text = doc.text
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
            or self._every.is_cue_verb(t.lemma_)
        ]
        if not verbs:
            return None
        verb = verbs[0]
        mention = _subject_mention(verb, [(start, end)]) or inverted_mention(verb, [(start, end)])
        if mention is None or not mention.start_char >= end:
            names = [t for t in span if t.i != verb.i and t.pos_ in ("PROPN", "PRON")]
            mention = _mention(names[0], [(start, end)]) if names else None
        if mention is None or not span.start_char <= mention.start_char < span.end_char + 80:
            return None
        return doc[verb.i : verb.i + 1], mention

    def _introduced_before(self, doc: Doc, attribution: AttributionData) -> None:
        """A quote standing alone after a sentence about its speaker ("Carson said he was
        facing scrutiny." then the quote): that sentence's subject speaks."""
        start = attribution["content"][0]
        tokens = [t for t in doc[: start_token(doc, start)] if not t.is_space]
        if not tokens or not doc.has_annotation("DEP"):
            return
        sentence = tokens[-1].sent
        if '"' in sentence.text or "”" in sentence.text or "“" in sentence.text:
            return  # that sentence has its own quote and speaker
        subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"]
        mention = _mention(subjects[0], [(start, attribution["content"][1])]) if subjects else None
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
        before = doc.text[:start].rstrip()
        if not before.endswith(":") or doc.text[len(before) : start].count("\n") == 0:
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
        candidates = [t for t in tokens if self._is_cue(t)]
        if not candidates:
            return None
        best = min(candidates, key=lambda t: _distance(t, start, end))
        return best.doc[best.i : best.i + 1]

    def _is_cue(self, token: Token) -> bool:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            return token.doc[token.i + 1].lower_ == "to"
        return token.pos_ in ("VERB", "AUX") and self.lexicon.is_cue_verb(token.lemma_)


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
    if "\n" not in doc.text[sentence.start_char + len(sentence.text.rstrip()) : start]:
        return None
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or not lexicon.is_cue_verb(root.lemma_):
        return None
    for child in root.children:
        if child.dep_ in ("xcomp", "dobj") and child.i > root.i:
            return child
    return None


def comma_introducer(doc: Doc, start: int) -> tuple[Span, Span] | None:
    """``Hillary shot back, “…”``: a verb (with its particle) right before the comma that
    opens the quote introduces it, whatever the verb; its subject speaks."""
    before = doc.text[:start].rstrip()
    if not before.endswith(",") or not doc.has_annotation("DEP"):
        return None
    comma = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if comma is None or len(comma) == 0 or comma[0].i < 2:
        return None
    last = doc[comma[0].i - 1]
    verb = last.head if last.dep_ in ("prt", "advmod") and last.head.i == last.i - 1 else last
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    mention = _subject_mention(verb, [(start, start + 1)])
    if mention is None or not _same_paragraph(mention, verb) or mention.end_char > verb.idx:
        return None
    return doc[verb.i : last.i + 1], mention


def colon_introducer(doc: Doc, start: int) -> tuple[Span, Span | None] | None:
    """``He returned to his familiar lines: “…”``: a clause ending in a colon right before
    the quote introduces it even without a speech verb; its verb's subject speaks."""
    before = doc.text[:start].rstrip()
    if not before.endswith(":") or not doc.has_annotation("DEP"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or len(colon) == 0:
        return None
    if colon[0].i == 0:
        return None
    # The highest verb reached from the word before the colon without crossing it.
    token, verb = doc[colon[0].i - 1], None
    while True:
        if token.pos_ in ("VERB", "AUX"):
            verb = token
        if token.head.i == token.i or token.head.i > colon[0].i:
            break
        token = token.head
    if verb is None:
        return None
    mention = _subject_mention(verb, [(start, start + 1)])
    if mention is None or not _same_paragraph(mention, colon[0]):
        return None
    return doc[verb.i : colon[0].i + 1], mention  # PolNeAR: the cue runs to the colon


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
    para_start, para_end = _paragraph_containing(doc.text, start, end)
    if sent_end < para_end:
        after = sentence_bounds(doc, sent_end, min(sent_end + 1, para_end))
        windows.append(doc.char_span(sent_end, after[1], alignment_mode="expand"))
    if sent_start > para_start:
        before = sentence_bounds(doc, max(sent_start - 2, para_start), sent_start - 1)
        windows.append(doc.char_span(before[0], sent_start, alignment_mode="expand"))
    return [w for w in windows if w is not None and len(w) > 0]


def _paragraph_containing(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def punctuation_cue(doc: Doc, start: int, end: int) -> tuple[Span, Span | None] | None:
    """A dash byline after the quote or a ``Name:`` before it (no cue word)."""
    para_start, para_end = _paragraph_containing(doc.text, start, end)
    byline = _BYLINE.match(doc.text[end:para_end])
    if byline is not None and len(byline["name"].split()) <= 8:
        dash = doc.char_span(end, end + byline.start("name"), alignment_mode="expand")
        name = doc.char_span(
            end + byline.start("name"), end + byline.end("name"), alignment_mode="expand"
        )
        if dash is not None and name is not None:
            return dash[0:1] if len(dash) else dash, name
    if not doc.text[end:para_end].strip():
        signed = _signature_line(doc, para_end)
        if signed is not None:
            return signed
    colon = _COLON_SPEAKER.search(doc.text[para_start:start])
    if colon is not None and len(colon["name"].split()) <= 5:
        name_start = para_start + colon.start("name")
        name = doc.char_span(name_start, para_start + colon.end("name"), alignment_mode="expand")
        colon_at = doc.text.rfind(":", name_start, start)
        cue = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        said = name is not None and len(name) > 1 and name[0].lower_ in INVERTED_CUE_WORDS
        if name is not None and not _has_verb(name) and cue is not None and not said:
            return cue, name
    return None


def _signature_line(doc: Doc, after: int) -> tuple[Span, Span] | None:
    """``“…” ¶ -President Obama, tweeting after the speech.``: a dash line signs the quote."""
    line = re.match(r"\s*\n\s*(?P<line>[^\n]*)", doc.text[after:])
    if line is None:
        return None
    start = after + line.start("line")
    byline = _BYLINE.match(line["line"].split(",")[0])
    if byline is None or len(byline["name"].split()) > 6:
        return None
    dash = doc.char_span(start, start + byline.start("name"), alignment_mode="expand")
    name = doc.char_span(
        start + byline.start("name"), start + byline.end("name"), alignment_mode="expand"
    )
    if dash is None or name is None or len(dash) == 0:
        return None
    return dash[0:1], name


def _has_verb(span: Span) -> bool:
    # A capitalised word before a colon is a name even when tagged as a verb ("Trump:").
    return any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in span)


def quoted_parts(text: str, start: int, end: int, cue_at: int) -> list[tuple[int, int]]:
    """The content's quoted parts around a cue inside it (``"A," she said, "B"``)."""
    if not start <= cue_at < end:
        return [(start, end)]
    closing = max(text.rfind(mark, start, cue_at) for mark in '"”')
    opening = min((i for i in (text.find(m, cue_at, end) for m in '"“') if i >= 0), default=end)
    return [(start, closing + 1 if closing >= 0 else start), (opening, end)]


def source_of(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """The speaker mention a cue token points to, kept outside the ``blocked`` spans."""
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        objects = [t for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"]
        return _mention(objects[0], blocked) if objects else None
    mention = _subject_mention(cue, blocked)
    if mention is not None and not _same_paragraph(mention, cue):
        mention = None  # a parse running over a headline or a dateline
    # "63 percent said": a poll's share of respondents speaks; a date or a number does not.
    if mention is None or mention.root.ent_type_ in NOT_SPEAKER_LABELS - {"PERCENT"}:
        mention = inverted_mention(cue, blocked) or nearby_mention(cue, blocked)
    if mention is not None and mention.start == cue.i and len(mention) > 1:
        mention = mention[1:]  # "Said Roe:" parsed as one noun phrase
    return mention


def _same_paragraph(mention: Span, cue: Token) -> bool:
    start, end = _paragraph_containing(cue.doc.text, cue.idx, cue.idx + 1)
    return start <= mention.start_char and mention.end_char <= end


def inverted_mention(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """``…,” said the 46-year-old.``: the noun phrase right after a cue that follows a quote."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or not doc[cue.i - 1].is_punct:
        return None
    for chunk in cue.sent.noun_chunks:
        if chunk.start == cue.i + 1 and not _inside(chunk.start_char, blocked):
            return _mention(chunk.root, blocked)
    return None


def _subject_mention(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    verb = cue
    for _ in range(5):  # "began by saying": saying -> by -> began -> (conj) appeared
        subjects = _subjects(verb)
        relative = bool(subjects) and (
            subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ == "that"
        )
        if verb.dep_ == "relcl" and relative and subjects[0].lower_ == "who":
            # "Lynch, who told Congress: “…”": PolNeAR marks the relative pronoun, which
            # whosays_coref resolves to the noun it modifies.
            return _mention(subjects[0], blocked)
        if _object_participle(verb, subjects):
            verb = verb.head.head  # "His office put out a statement saying …": the office
            continue
        clause = _clause_participle(verb, subjects)
        if clause is not None:
            verb = clause
            continue
        if verb.dep_ in ("relcl", "acl") and (relative or not subjects):
            return _mention(verb.head, blocked, stop=verb)
        if subjects:
            return _mention(subjects[0], blocked)
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, the one nearest before it first: a dateline or a place the
    parse also makes a subject (``LONDON (Reuters) - Donald Trump said``, ``…, OH, …, Gov.
    John Kasich said``) stands further off than the speaker."""
    subjects = [t for t in verb.children if t.dep_ in SUBJECT_DEPS]
    before = [t for t in subjects if t.i < verb.i]
    if len(before) > 1:
        nearest = before[-1]
        subjects = [nearest] + [t for t in subjects if t.i != nearest.i]
    return subjects


def _clause_participle(verb: Token, subjects: list[Token]) -> Token | None:
    """``clashed with the board, at one point calling the mayor a "liar"``: a participle
    the parse hangs on the noun of an adjunct (``at one point``) or, after a comma, on an
    object (``rejected the notion …, saying``) reports for the clause's verb, not the noun."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or subjects or head.i == verb.i:
        return None
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        above = head.head.head
        if above.pos_ in ("VERB", "AUX") and above.i < verb.i:
            return above
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if after_comma and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _object_participle(verb: Token, subjects: list[Token]) -> bool:
    """``put out a statement saying``, ``carrying signs saying``: a participle on the object
    of a verb reports for that verb's subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and not subjects
        and head.dep_ == "dobj"
        and head.head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in DOCUMENT_NOUNS | CARRIED_TEXTS
    )


def nearby_mention(cue: Token, blocked: list[tuple[int, int]], reach: int = 8) -> Span | None:
    """The closest name or pronoun chunk to the cue in its sentence (``said Rep. Jane Roe``)."""
    chunks = [
        chunk
        for chunk in cue.sent.noun_chunks
        if not _inside(chunk.start_char, blocked)
        and (chunk.root.pos_ in ("PROPN", "PRON") or chunk.root.ent_type_ in SPEAKER_LABELS)
        and chunk.root.ent_type_ not in NOT_SPEAKER_LABELS
        and chunk.root.tag_ not in ("WDT", "WP")
        and chunk.root.dep_ not in OBJECT_DEPS  # "told CNN", "said on Fox News"
    ]
    near = [c for c in chunks if min(abs(c.start - cue.i), abs(c.end - 1 - cue.i)) <= reach]
    if not near:
        return None
    return min(near, key=lambda c: (min(abs(c.start - cue.i), abs(c.end - 1 - cue.i)), c.start))


def _mention(head: Token, blocked: list[tuple[int, int]], stop: Token | None = None) -> Span | None:
    doc = head.doc
    first, last = head.left_edge.i, head.right_edge.i
    if stop is not None:
        last = min(last, stop.left_edge.i - 1)
    tokens = [t for t in doc[first : last + 1] if not _inside(t.idx, blocked)]
    tokens = [t for t in tokens if _same_side(t, head, blocked)]
    tokens = _after_dateline(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes(tokens):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def _closes(tokens: list[Token]) -> bool:
    """Whether the last token closes a parenthesis the mention opens (``Roe (D-Mass.)``)."""
    text = "".join(t.text_with_ws for t in tokens)
    return tokens[-1].text == ")" and text.count("(") >= text.count(")")


_DATELINE = re.compile(r"[A-Z][A-Z.,' ]+(?:,[ A-Za-z.]+)?(?:\s*\([^()]{1,30}\))?\s*[—–-]\s*$")


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """``LONDON (Reuters) - Jane Roe``: a mention the parse runs over the dateline starts
    after its dash."""
    for index, token in enumerate(tokens):
        if token.text in ("-", "—", "–", "--") and index + 1 < len(tokens):
            before = "".join(t.text_with_ws for t in tokens[: index + 1])
            if _DATELINE.fullmatch(before.strip()):
                return tokens[index + 1 :]
    return tokens


def _inside(position: int, blocked: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in blocked)


def _same_side(token: Token, head: Token, blocked: list[tuple[int, int]]) -> bool:
    """No blocked span lies between the token and the mention's head."""
    low, high = sorted((token.idx, head.idx))
    return not any(low < start and end <= high + 1 for start, end in blocked)


def source_type(mention: Span, lexicon: CueLexicon) -> str:
    """A best guess at what kind of speaker a mention names."""
    root = mention.root
    lower = mention.text.lower()
    if root.pos_ == "PRON" or root.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return _pronoun_type(root.lower_)
    if any(marker in lower for marker in ANONYMOUS_MARKERS) or root.lower_ in ANONYMOUS_NOUNS:
        return "anonymous"
    if root.lemma_.lower() in DOCUMENT_NOUNS or lexicon.is_cue_noun(root.lemma_):
        return "document"
    entity = _entity_label(mention)
    if entity == "PERSON":
        return "person"
    if entity in ORG_LABELS:
        return "organization"
    if root.lower_ in GROUP_NOUNS or (root.tag_ == "NNS" and root.pos_ == "NOUN"):
        return "group"
    if root.pos_ in ("PROPN", "NOUN"):
        return "person"
    return "unknown"


def _pronoun_type(word: str) -> str:
    if word in PERSON_PRONOUNS:
        return "person"
    return "group" if word in GROUP_PRONOUNS else "unknown"


def _entity_label(mention: Span) -> str | None:
    for entity in mention.ents:
        if entity.root == mention.root or entity.start <= mention.root.i < entity.end:
            return str(entity.label_)
    return mention.ents[0].label_ if mention.ents else None


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
    mention = _mention(clause.head, [], stop=clause)
    if mention is not None:
        attribution["source"] = [mention.start_char, mention.end_char]


def _paragraph_index(paragraphs: list[tuple[int, int]], position: int) -> int:
    for index, (start, end) in enumerate(paragraphs):
        if start <= position < end or position < start:
            return index
    return len(paragraphs)
