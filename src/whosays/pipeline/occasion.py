"""whosays_occasion: when and on what occasion each attribution's words were said.

For every attribution with a cue, the time is the time expression that dates the
speech act ("said on Tuesday", "told reporters Monday", "in an interview in May
2019", "in a letter marking the tenth anniversary of ..."): one attached to the cue
verb in the parse, or failing that the nearest one in the cue's clause, never one
inside the quoted content. The occasion is the noun phrase of an occasion word
("an interview", "a speech", "a press conference") tied to the cue the same way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import (
    AttributionData,
    TimexData,
    attributions,
    char_span,
    doc_list,
    doc_text,
)
from whosays.pipeline.quote_marks import DOUBLE_MARKS, mark_view
from whosays.pipeline.source_spans import quotation_regions, within_any

DEFAULT_CONFIG: dict[str, object] = {"max_distance": 12}

OCCASION_WORDS = frozenset(
    {
        "interview", "speech", "statement", "letter", "conference", "briefing", "address",
        "remarks", "tweet", "post", "op-ed", "column", "podcast", "hearing", "testimony",
        "rally", "debate", "release", "email", "e-mail", "message", "video", "sermon",
        "communique", "announcement", "memo", "essay", "article", "editorial",
        "appearance", "session", "summit", "meeting", "call", "lecture", "ceremony",
        "match", "game", "vigil", "protest", "note", "presentation", "readout",
        "webcast",
    }
)  # fmt: skip
# Prepositions that tie an occasion or a time to the speech act.
_LINKS = frozenset({"in", "at", "during", "on", "to", "via", "through", "after", "before"})
# Clause boundaries a path from a time to the cue may not cross.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl"})
_DATED_TYPES = frozenset({"DATE", "TIME"})
_DESCRIBED_SPEAKERS = frozenset({"person", "group", "anonymous"})
_SPEAKING = (
    "speak", "talk", "address", "writ", "answer", "respond", "testif", "appear", "ask", "press",
)  # fmt: skip


@Language.factory("whosays_occasion", default_config=DEFAULT_CONFIG)
def make_occasion(nlp: Language, name: str, max_distance: int) -> OccasionFinder:
    """Create the whosays_occasion component."""
    return OccasionFinder(name, max_distance=max_distance)


class OccasionFinder:
    """Set ``time`` (timex index) and ``occasion`` (text) on each attribution."""

    def __init__(self, name: str = "whosays_occasion", *, max_distance: int = 12) -> None:
        self.name = name
        self.max_distance = max_distance

    def __call__(self, doc: Doc) -> Doc:
        timexes: list[TimexData] = doc_list(doc, "whosays_timexes")
        quoted = quotation_regions(doc_text(doc))
        for attribution in attributions(doc):
            cue = _cue_token(doc, attribution)
            if cue is None:
                attribution.setdefault("time", None)
                attribution.setdefault("occasion", None)
                continue
            content = quoted_ranges(doc_text(doc), _content_range(attribution), cue)
            speaker = _speaker_range(attribution)
            time = self.speech_time(doc, cue, content, timexes, quoted, speaker)
            attribution["time"] = time if time is not None else _time_referred_to(cue, timexes)
            occasion = self.occasion(doc, cue, content)
            attribution["occasion"] = occasion or _scene_occasion(doc, cue, attribution)
        return doc

    def speech_time(
        self,
        doc: Doc,
        cue: Token,
        content: list[range],
        timexes: list[TimexData],
        quoted: list[tuple[int, int]] | None = None,
        speaker: range | None = None,
    ) -> int | None:
        """The index of the timex dating the speech act of ``cue``, or ``None``.

        A time inside the content counts only when the parse hangs it on the cue itself
        and it is outside quote marks: ``had promised the first flight "within weeks" in
        the summer of 2024``, whose content runs to the end of the sentence. A time that
        modifies a noun of ``speaker``, the mention of a person or group, describes the
        speaker (``two current and one former employee``, ``Murphy, now a consultant``),
        not the speech; a document's (``a 2019 report found``) dates what it says.
        """
        sentence = cue.sent
        best: tuple[int, int] | None = None
        for index, timex in enumerate(timexes):
            if timex["type"] not in _DATED_TYPES or not _in_sentence(timex, sentence):
                continue
            span = char_span(doc, (timex["start"], timex["end"]))
            if span is None:
                continue
            if speaker is not None and _describes(span, speaker):
                continue
            if _inside(timex["start"], content) or _inside(timex["end"] - 1, content):
                own = [timex["start"], timex["end"]]
                if not _adjunct_of(span.root, cue) or within_any(own, quoted or []):
                    continue
            rank = self._time_rank(span, cue)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, index)
        return None if best is None else best[1]

    def _time_rank(self, span: Span, cue: Token) -> int | None:
        distance = min(abs(token.i - cue.i) for token in span)
        if attached_to(span.root, cue):
            return distance
        if distance <= self.max_distance and not _crosses_clause(span, cue):
            return 100 + distance
        return None

    def occasion(self, doc: Doc, cue: Token, content: list[range]) -> str | None:
        """The occasion noun phrase ("an interview") tied to ``cue``, or ``None``."""
        best: tuple[int, Token] | None = None
        for token in cue.sent:
            if not _is_occasion_word(token):
                continue
            if token.pos_ not in {"NOUN", "PROPN"} or _inside(token.idx, content):
                continue
            clause = _clause_of(token)
            same = clause.i == _clause_of(cue).i or _frames_speech(clause, cue)
            linked = _introduced_by_link(token) and same
            if not attached_to(token, cue) and not linked:
                continue
            distance = abs(token.i - cue.i)
            if distance <= self.max_distance and (best is None or distance < best[0]):
                best = (distance, token)
        return None if best is None else occasion_phrase(best[1])


# Events several people speak at: "At Tuesday's hearing, senators pressed Carl Benning.
# Benning said …" was said at the hearing. Not one speaker's own occasion ("At a rally,
# Roe attacked Lind. Lind said …": Lind was not at Roe's rally) nor a document.
SCENE_WORDS = frozenset({"hearing", "meeting", "summit", "session", "debate", "trial", "inquest"})
_SCENE_LINKS = frozenset({"at", "during"})


def _scene_occasion(doc: Doc, cue: Token, attribution: AttributionData) -> str | None:
    """The occasion a sentence's fronted scene sets for the next sentence's speaker.

    Only in the sentence just before the cue's, in the same paragraph, when it opens
    with ``At``/``During`` + an event several people speak at (``At Tuesday's hearing,
    …``) and mentions the speaker (the speaker's entity has a mention there).
    """
    sentence = cue.sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if "\n" in doc_text(doc)[previous.start_char : sentence.start_char]:
        return None
    root = previous.root
    scene = next(
        (
            t
            for t in previous
            if t.i < root.i
            and t.lower_ in SCENE_WORDS
            and _introduced_by_link(t)
            and t.head.lower_ in _SCENE_LINKS
            and t.head.head.i == root.i
        ),
        None,
    )
    if scene is None or not _speaker_mentioned(doc, attribution, previous):
        return None
    return occasion_phrase(scene)


def _speaker_mentioned(doc: Doc, attribution: AttributionData, sentence: Span) -> bool:
    speaker = attribution.get("speaker")
    entity = None if speaker is None else speaker.get("entity")
    if entity is None:
        return False
    for data in doc_list(doc, "whosays_entities"):
        if data.get("id") == entity:
            spans = data.get("mentions") or []
            return any(sentence.start_char <= m[0] < sentence.end_char for m in spans)
    return False


def _adjunct_of(token: Token, cue: Token) -> bool:
    """Whether ``token`` (a time expression's root) dates the cue itself (``promised … in
    the summer of 2024``, ``said Tuesday``), not a noun of its object (``reported a rise in
    third-quarter profit``)."""
    head = token.head
    if token.dep_ in ("npadvmod", "advmod"):
        return head.i == cue.i
    return token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i == cue.i


def _time_referred_to(cue: Token, timexes: list[TimexData]) -> int | None:
    """``… in an interview in the autumn of 2015. "…," she told the magazine at the
    time.``: ``at the time`` on the cue refers to the last date of the sentence before."""
    phrase = [t for t in cue.children if t.dep_ == "prep" and t.lower_ == "at"]
    if not any(" ".join(w.lower_ for w in p.subtree) == "at the time" for p in phrase):
        return None
    sentence = cue.sent
    if sentence.start == 0:
        return None
    previous = cue.doc[sentence.start - 1].sent
    dated = [
        index
        for index, timex in enumerate(timexes)
        if timex["type"] in _DATED_TYPES and _in_sentence(timex, previous)
    ]
    return dated[-1] if dated else None


def attached_to(token: Token, cue: Token, max_steps: int = 6) -> bool:
    """Whether ``token`` hangs from ``cue`` in the parse without crossing into a clause.

    A clause of speaking that frames the cue ("Speaking to reporters on Friday, she
    said") is part of the same speech act and may be crossed.
    """
    for _ in range(max_steps):
        if token.i == cue.i:
            return True
        if token.head.i == token.i:
            return False
        if token.dep_ in _CLAUSE_DEPS and not _frames_speech(token, cue):
            return False
        token = token.head
    return token.i == cue.i


def _frames_speech(verb: Token, cue: Token) -> bool:
    return verb.dep_ == "advcl" and verb.head.i == cue.i and verb.lower_.startswith(_SPEAKING)


def occasion_phrase(noun: Token) -> str:
    """The determiner, modifiers and compounds of ``noun`` up to the noun ("a press conference").

    An occasion word that is a compound of another ("a conference call", "a video
    message") gives the whole phrase, not its first word ("a conference").
    """
    head = noun.head
    if noun.dep_ == "compound" and head.i > noun.i and _is_occasion_word(head):
        return occasion_phrase(head)
    left = [
        child for child in noun.lefts if child.dep_ in {"det", "amod", "compound", "nmod", "poss"}
    ]
    start = min([child.left_edge.i for child in left] + [noun.i])
    phrase = noun.doc[start : noun.i + 1].text
    if noun.dep_ == "compound" and not any(child.dep_ == "det" for child in left):
        # "an interview broadcast on Sunday": the article sits on the mis-parsed head.
        article = [child for child in noun.head.lefts if child.dep_ == "det"]
        if article and article[0].i < noun.i:
            phrase = f"{article[0].text} {phrase}"
    return phrase


def _is_occasion_word(token: Token) -> bool:
    return token.lower_ in OCCASION_WORDS or token.lemma_.lower() in OCCASION_WORDS


def _introduced_by_link(token: Token) -> bool:
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in _LINKS


def _clause_of(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (``which had demanded …``: ``demanded``)."""
    for _ in range(12):
        if token.dep_ in _CLAUSE_DEPS or token.head.i == token.i:
            return token
        token = token.head
    return token


def _crosses_clause(span: Span, cue: Token) -> bool:
    token = span.root
    for _ in range(8):
        if token.i == cue.i or token.head.i == token.i:
            return False
        if token.dep_ in _CLAUSE_DEPS and token.head.i != cue.i:
            return True
        token = token.head
    return False


def _cue_token(doc: Doc, attribution: AttributionData) -> Token | None:
    cue = attribution.get("cue")
    if not cue:
        return None
    span = char_span(doc, cue)
    if span is None or len(span) == 0:
        return None
    # "had promised": the main verb, which the time and occasion hang on, not "had"
    verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
    return verbs[0] if verbs else span.root


def _speaker_range(attribution: AttributionData) -> range | None:
    """The characters of the source mention when the speaker is a person or a group."""
    source = attribution.get("source")
    speaker = attribution.get("speaker")
    kind = speaker["type"] if speaker is not None else attribution.get("source_type")
    if source is None or kind not in _DESCRIBED_SPEAKERS:
        return None
    return range(source[0], source[1])


def _describes(timex: Span, mention: range) -> bool:
    """Whether a time expression modifies a noun of the speaker's mention."""
    root = timex.root
    if timex.start_char not in mention:
        return False
    if root.pos_ == "ADJ":  # "two current and one former employee": the parse's subject
        return True
    head = root.head
    if head.i == root.i or head.idx not in mention:
        return False
    return head.pos_ in ("NOUN", "PROPN", "NUM") or root.dep_ in ("amod", "appos")


def _content_range(attribution: AttributionData) -> range:
    content = attribution.get("content") or [0, 0]
    return range(int(content[0]), int(content[1]))


def quoted_ranges(text: str, content: range, cue: Token) -> list[range]:
    """The character ranges of ``content`` that are the quoted words, not the attribution.

    A quote split around its attribution (``"A," she said on Tuesday. "B"``) has one
    content span over both parts; the words between the mark closing the first part
    and the mark opening the second are the attribution's, so its time and occasion
    are found there.
    """
    if cue.idx not in content:
        return [content]
    view = mark_view(text)
    closing = max(view.rfind(mark, content.start, cue.idx) for mark in DOUBLE_MARKS)
    if closing < 0:
        return [content]
    opening = min(
        (found for mark in DOUBLE_MARKS if (found := view.find(mark, cue.idx, content.stop)) >= 0),
        default=content.stop,
    )
    return [range(content.start, closing + 1), range(opening, content.stop)]


def _inside(offset: int, ranges: list[range]) -> bool:
    return any(offset in part for part in ranges)


def _in_sentence(timex: TimexData, sentence: Span) -> bool:
    return sentence.start_char <= timex["start"] and timex["end"] <= sentence.end_char
