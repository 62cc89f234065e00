"""whosays_timex: find time expressions and normalise them to TIMEX3 values.

Expressions come from the rule grammar in :mod:`whosays.timexnorm`; this stage adds
what needs the parse: the tense of the clause each expression sits in (so "on
Tuesday" is the past or the coming Tuesday), the article's reference date inferred
from its own dates when none was given, and anniversaries of dates the article gives
("founded in March 2001 ... its tenth anniversary" -> ``2011-03``).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import TimexData, char_span, doc_text, register_extensions
from whosays.timexnorm import Expression, anniversary_value, find_expressions, infer_reference_date
from whosays.timexnorm import calendar as cal
from whosays.timexnorm.lexicon import WEEKDAYS
from whosays.timexnorm.patterns import MONTH

DEFAULT_CONFIG: dict[str, object] = {"infer_reference": True, "anniversaries": True}

# "could" is left out: it is as often the past of "can" ("could not be located
# Wednesday") as a conditional, so it says nothing about direction.
_FUTURE_AUX = frozenset(
    {
        "will",
        "shall",
        "'ll",
        "wo",
        "going",
        "would",
        "might",
        "may",
        "should",
        "can",
        "must",
    }
)
# Words just before an expression that point it forward ("until Tuesday", "as soon as May",
# "a dividend payable Dec. 1", "effective Feb. 1"); "up until" looks back.
_FUTURE_LEAD = re.compile(
    r"(?:(?<!\bup\s)\buntil|\btill|\bas\s+(?:soon|early)\s+as|\bpayable|\beffective"
    r"|\bcome)\s+(?:next\s+)?$",  # "the favorite to win the election come November"
    re.I,
)
# "since October", "since their Oct. 13 debate", "since announcing in October that he
# would not run": always behind.
_SINCE_LEAD = re.compile(
    r"\bsince\s+(?:\w+ing\s+(?:in|on)\s+|(?:the|their|his|her|its|our)\s+)?$", re.I
)
_AHEAD_LEAD = re.compile(r"\bahead\s+of\s+$", re.I)
# "by February" is a deadline ahead unless the clause is in the past, and so is "toward
# November" ("she is marching toward November"; "sales slowed toward the end of March").
_DEADLINE_LEAD = re.compile(r"\b(?:by|towards?)\s+$", re.I)
# Verbs that put what they govern ahead of the report ("scheduled a meeting Thursday").
# Matched on the word's start: the evaluation pipeline runs without the lemmatizer.
_SCHEDULING = ("schedul", "plan", "expect", "slate", "due", "intend")
# With "have", these look back ("may have been"); "will have" is a future perfect.
_EPISTEMIC_MODALS = frozenset({"may", "might", "must", "could", "should", "would"})
_PERFECT_AUX = frozenset({"has", "have", "'ve"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp"})
_ANNIVERSARY = re.compile(
    r"(?<!\w)(?:the|its|his|her|their)\s+(?P<ordinal>\w+?)(?:-year)?\s+anniversary(?:\s+of\s+"
    r"(?P<what>[^,.;:()]{3,80}))?",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
# What "its tenth anniversary" (no "of X") counts from: a founding the text dates.
_FOUNDING = re.compile(
    r"\b(?:founded|established|launched|created|opened|formed|born|incorporated|inaugurated)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(MONTH, re.IGNORECASE)


@Language.factory("whosays_timex", default_config=DEFAULT_CONFIG)
def make_timex(nlp: Language, name: str, infer_reference: bool, anniversaries: bool) -> TimexTagger:
    """Create the whosays_timex component."""
    return TimexTagger(name, infer_reference=infer_reference, anniversaries=anniversaries)


class TimexTagger:
    """Write ``doc._.whosays_timexes``: TIMEX3 type and value of every time expression."""

    def __init__(
        self,
        name: str = "whosays_timex",
        *,
        infer_reference: bool = True,
        anniversaries: bool = True,
    ) -> None:
        register_extensions()
        self.name = name
        self.infer_reference = infer_reference
        self.anniversaries = anniversaries

    def __call__(self, doc: Doc) -> Doc:
        expressions = [e for e in find_expressions(doc_text(doc)) if not _ends_a_name(doc, e)]
        tenses = [clause_tense(doc, e.start, e.end) for e in expressions]
        reference = given = doc._.whosays_reference_date
        if reference is None and self.infer_reference:
            reference = self._infer_reference(doc, expressions, tenses)
        timexes: list[TimexData] = []
        story = StoryDates(reference)
        for expression, tense in zip(expressions, tenses, strict=True):
            day_only = expression.rule.name in DAY_ANCHOR_RULES or _names_a_day(expression)
            window = EARLIER_WINDOW if expression.rule.name == "ago" else ANCHOR_WINDOW
            anchor = last_date_before(timexes, expression.start, day_only, window)
            kind, value = expression.resolve(reference, tense, anchor)
            value = story.value(expression, kind, value, tense)
            timexes.append(
                {"start": expression.start, "end": expression.end, "type": kind, "value": value}
            )
        timexes = join_day_before_a_date(doc_text(doc), timexes)
        if self.anniversaries:
            timexes.extend(find_anniversaries(doc_text(doc), timexes, given))
            timexes.sort(key=lambda t: t["start"])
        doc._.whosays_timexes = timexes
        return doc

    @staticmethod
    def _infer_reference(
        doc: Doc, expressions: list[Expression], tenses: list[str | None]
    ) -> str | None:
        dated = [(e.resolve(None, t)[1], t) for e, t in zip(expressions, tenses, strict=True)]
        inferred = infer_reference_date(dated)
        if inferred is not None:
            doc._.whosays_reference_date = inferred
            doc._.whosays_reference_from = "inferred"
        return inferred


_DEICTIC_WORDS = frozenset({"now", "today", "tonight", "tomorrow", "yesterday"})


def _ends_a_name(doc: Doc, expression: Expression) -> bool:
    """``Refugee Rights Now``, ``USA Today``: a capitalised deictic word closing a name."""
    span = doc.char_span(expression.start, expression.end)
    if span is None or len(span) != 1 or span[0].lower_ not in _DEICTIC_WORDS:
        return False
    word = span[0]
    if not word.text[0].isupper() or word.is_sent_start or word.i == 0:
        return False
    before = doc[word.i - 1]
    return before.pos_ == "PROPN" and before.text[0].isupper() and bool(before.whitespace_)


# How far back "that day" or "the following month" looks for the date it counts from.
ANCHOR_WINDOW = 1500
# How far back "two years earlier" looks: about a paragraph; further back, the date the
# story is at has usually moved on ("January 2013 ... [two paragraphs] ... Thirteen years
# earlier, she had voted for the war" counts from the debate, not from 2013).
EARLIER_WINDOW = 800
_CALENDAR_VALUE = re.compile(r"\d{4}-\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# Rules whose anchor must be a day: they count from the last day the text gave.
DAY_ANCHOR_RULES = frozenset(
    {"part_of_day", "anaphoric_part", "clock", "the_day", "ordinal_day", "anaphoric_weekday"}
)


_DAY_SIGNAL = re.compile(r"\s+(?P<signal>before|after)\s+\Z", re.IGNORECASE)
_THE_DAY = re.compile(r"(?:the\s+)?day\Z", re.IGNORECASE)


def join_day_before_a_date(text: str, timexes: list[TimexData]) -> list[TimexData]:
    """ "The day before last Tuesday's hearing", "the day after Oct. 12": one expression,
    the day before or after the date that follows, not a day counted from the last date
    the text gave (TimeML tags it whole, as "the day before yesterday")."""
    joined: list[TimexData] = []
    index = 0
    while index < len(timexes):
        timex = timexes[index]
        after = timexes[index + 1] if index + 1 < len(timexes) else None
        signal = _DAY_SIGNAL.match(text[timex["end"] : after["start"]]) if after else None
        value = (after["value"] or "") if after and signal else ""
        day = cal.parse_iso_date(value) if _DAY_VALUE.match(value) else None
        if (
            after is not None
            and signal is not None
            and day is not None
            and after["type"] == "DATE"
            and _THE_DAY.match(text[timex["start"] : timex["end"]])
        ):
            shift = -1 if signal["signal"].lower() == "before" else 1
            value = cal.day_value(day + dt.timedelta(days=shift))
            joined.append(
                {"start": timex["start"], "end": after["end"], "type": "DATE", "value": value}
            )
            index += 2
            continue
        joined.append(timex)
        index += 1
    return joined


# A day of a month named with its year, then again without it: the same day. "the attack
# on a U.S. facility in Benghazi on Sept. 11, 2012 ... the September 11th attack" (written
# in 2015) is 2012-09-11, not the last September 11 before the reference.
_DATED_DAY_RULES = frozenset({"month_day_year", "day_month_year"})
_UNDATED_DAY_RULES = frozenset({"month_day", "day_month"})
_RELATIVE_BEFORE = re.compile(r"(?:last|next|this|coming|past)\s+\Z", re.IGNORECASE)
# A passage set in an earlier year: a sentence that opens with its year, written out, or
# two years or more ago, and a comma ("In 2008, Obama's campaign began airing ads in
# mid-September", "On March 2, 2015, ... On March 25", "Eight years ago, Obama had won 11
# contests in February"; not "Last year," or "In October,": "Last year, he suggested ...
# In February, he said" is this February). The months and days named after it without a
# year, in a past clause or none, up to the end of the paragraph, are that year's.
_FRAME_RULES = frozenset({"year", "month_year", "month_day_year", "day_month_year"})
_FRAME_START = re.compile(
    r"(?:\A|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:and|but|back|then|so|even),?\s+)?"
    r"(?:(?:back\s+)?in|during|by|on)?\s*\Z",
    re.IGNORECASE,
)
_FRAME_END = re.compile(r"\s*,")
_FRAME_VALUE = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?")
_FRAMED_RULES = frozenset({"month", "month_day", "day_month"})


class StoryDates:
    """What the article has dated so far, for days and months it names without a year.

    A day of a month named with its year, then again without it, is the same day
    (``same_day``); a month or day named in a passage set in an earlier year ("In 2012,
    ...") is that year's (``story_year``).
    """

    def __init__(self, reference: str | None) -> None:
        self.reference = reference or ""
        self.reference_year = int(reference[:4]) if reference and reference[:4].isdigit() else None
        self.dated_days: dict[str, str] = {}
        self.frame: tuple[int, int] | None = None  # (year, offset where its paragraph ends)

    def value(
        self, expression: Expression, kind: str, value: str | None, tense: str | None
    ) -> str | None:
        """``value`` of ``expression``, or the year the text gave it before."""
        value = self.same_day(expression, value)
        value = self.story_year(expression, kind, value, tense)
        self._update_frame(expression, kind, value)
        return value

    def same_day(self, expression: Expression, value: str | None) -> str | None:
        """``value``, or the dated day of the same month and day the text named before."""
        if value is None or not _DAY_VALUE.fullmatch(value):
            return value
        name = expression.rule.name
        if name in _DATED_DAY_RULES:
            self.dated_days[value[5:]] = value
            return value
        text = expression.match.string
        if (
            name in _UNDATED_DAY_RULES
            and value[5:] in self.dated_days
            and not _RELATIVE_BEFORE.search(text, max(0, expression.start - 12), expression.start)
        ):
            return self.dated_days[value[5:]]
        return value

    def story_year(
        self, expression: Expression, kind: str, value: str | None, tense: str | None
    ) -> str | None:
        """``value`` moved into the year of the passage, when it is set in an earlier one."""
        frame = self.frame
        if (
            frame is None
            or expression.start >= frame[1]
            or value is None
            or expression.rule.name not in _FRAMED_RULES
            # an event resolved behind the reference ("won 11 victories in February") too
            or not (tense in {"past", None} or (tense == "scheduled" and value < self.reference))
            or (expression.match.groupdict().get("rel") or "")
            or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value)
            or _RELATIVE_BEFORE.search(
                expression.match.string, max(0, expression.start - 12), expression.start
            )
        ):
            return value
        moved = f"{frame[0]:04d}{value[4:]}"
        return moved if cal.valid_day(frame[0], int(value[5:7]), int(value[8:] or 1)) else value

    def _update_frame(self, expression: Expression, kind: str, value: str | None) -> None:
        """Open a passage at a sentence that starts with an earlier year; end it at any
        other year or a reference to the present."""
        text = expression.match.string
        dated = _FRAME_VALUE.fullmatch(value or "") if kind in {"DATE", "TIME"} else None
        if (
            dated is not None
            and self.reference_year is not None
            and (
                (expression.rule.name in _FRAME_RULES and int(dated[1]) < self.reference_year)
                or (expression.rule.name == "ago" and int(dated[1]) < self.reference_year - 1)
            )
            and len(value or "") <= 10
            and _FRAME_START.search(text, max(0, expression.start - 40), expression.start)
            and _FRAME_END.match(text, expression.end)
        ):
            end = text.find("\n", expression.end)
            self.frame = (int(dated[1]), len(text) if end < 0 else end)
            return
        if self.frame is None or kind not in {"DATE", "TIME"}:
            return
        year = (value or "")[:4]
        if year != f"{self.frame[0]:04d}" and (
            year.isdigit() or value in {"PRESENT_REF", "FUTURE_REF"}
        ):
            self.frame = None


def _names_a_day(expression: Expression) -> bool:
    """ "that day", "the next day", "the day after": an anaphoric day needs a day to count from."""
    if expression.rule.name != "anaphoric":
        return False
    groups = expression.match.groupdict()
    return (groups.get("unit") or groups.get("unit2") or "").lower() == "day"


def last_date_before(
    timexes: list[TimexData], start: int, day_only: bool = False, window: int = ANCHOR_WINDOW
) -> str | None:
    """The value of the last DATE or TIME with a month or day before ``start`` (within
    ``ANCHOR_WINDOW`` characters): what "that day" or "the following month" refer to.
    With ``day_only``, the last one with a day: a part of the day or a clock time needs
    one, and a month named since ("said Tuesday its sales in February rose ... in
    morning trading") does not replace it."""
    pattern = _DAY_VALUE if day_only else _CALENDAR_VALUE
    for timex in reversed(timexes):
        if timex["end"] <= start - window:
            return None
        value = timex["value"] or ""
        if timex["type"] in {"DATE", "TIME"} and pattern.match(value):
            return value
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause the characters ``start:end`` of ``doc`` sit in.

    ``"past"``, ``"present"``, ``"future"``, or ``None`` without a parse or a verb.
    """
    if not doc.has_annotation("DEP"):
        return None
    span = char_span(doc, (start, end))
    if span is None:
        return None
    verb = governing_verb(span.root)
    if verb is not None and _past_perfect(verb):
        return "past"  # "until Thursday they had not called", "had been due to expire Friday"
    if _FUTURE_LEAD.search(doc_text(doc)[max(0, start - 16) : start]):
        return "future"
    if _SINCE_LEAD.search(doc_text(doc)[max(0, start - 30) : start]):
        return "past"
    event = _scheduled_event(span)
    if event is not None:
        # "the November election", "November's election", "the convention in July": a
        # month naming an event on the calendar follows its clause's past or future, and
        # with neither is the coming one within about eight months ("the October debate"
        # said in November is last year's). A clause that points forward on its own
        # still does ("if a Republican is elected president in November, he will").
        tense = _event_tense(event)
        if tense == "scheduled" and _verb_clause_tense(doc, span, start, verb) == "future":
            return "future"
        return tense
    if doc_text(doc)[end : end + 2] in {"'s", "’s"}:
        # "Wednesday's ruling" names a day already reported, but "ahead of Tuesday's
        # primary" one to come (not so the clause's own future: "Monday's decision will
        # reverberate").
        if _AHEAD_LEAD.search(doc_text(doc)[max(0, start - 12) : start]):
            return "future"
        # An event in a present or future clause is still to come: "who badly needs a
        # win in Tuesday's primary", "she's hoping Saturday's caucuses will set her up".
        # Only an event the verb governs (at most through a preposition): "the results
        # of Tuesday's primaries are in" reports one gone.
        event = _event_head(span)
        parent = None if event is None else _verb_of(event)
        if parent is not None and verb_tense(parent) in {"present", "future"}:
            return "future"
        return "past"
    if _names_a_thing(span):
        return None  # "a June agreement", "the Oct. 23 slaying": no clause tense to follow
    return _verb_clause_tense(doc, span, start, verb)


def _verb_clause_tense(doc: Doc, span: Span, start: int, verb: Token | None) -> str | None:
    """The tense of the clause of ``span`` from its verb (``governing_verb``) and the words
    around it."""
    before = _verb_just_before(doc, span.start)
    if before is not None and before.tag_ == "VBD":
        return "past"  # "said on Tuesday": the small model often attaches it further on
    if verb is not None and verb.lower_.startswith(_SCHEDULING):
        return "future"
    tense = None if verb is None else verb_tense(verb)
    if tense == "future" and verb is not None and _weekday_told_after(span, verb):
        return "past"
    if tense == "present" and verb is not None and _in_a_future_time_clause(verb):
        return "future"
    if tense == "present" and verb is not None and _condition(verb):
        return "future"  # "could lose Congress if Trump is at the top of the ticket in November"
    if tense == "present" and verb is not None and _present_event(span, verb):
        return "future"
    if tense == "present" and verb is not None and _scheduled_present(verb):
        return "future"
    if tense != "past" and _DEADLINE_LEAD.search(doc_text(doc)[max(0, start - 9) : start]):
        return "future"  # "pay down the loan by February"; "by May, prices had fallen" is past
    return tense


# Not "open", "close", "end": market reports tell the past in the present ("Stocks close
# higher Friday").
# Nor "appear" ("Christie appears to be fully ...") or "head" ("who heads the panel").
_SCHEDULED_VERBS = (
    "meet", "begin", "start", "resume", "vote", "arriv", "leav", "visit", "travel", "expir",
    "return", "fly",
)  # fmt: skip
_SCHEDULED_NOUNS = (
    "deadline", "vote", "meeting", "hearing", "trial", "election", "summit", "talks",
    "ceremony", "funeral", "conference", "launch", "opening", "release", "session",
)  # fmt: skip


# Past verbs whose infinitive is still ahead when told: "urged them to vote Tuesday",
# "planned to leave Nairobi on Thursday" (AQUAINT's gold).
_AHEAD_OF_PAST = ("urg", "ask", "told", "tell", "encourag", "invit", "plan", "hop", "want")


def _weekday_told_after(span: Span, verb: Token) -> bool:
    """A weekday in a to-infinitive under a past verb: "was set to receive an endorsement
    on Friday", "forced Schultz to resign Sunday", "prepared to speak on Tuesday". A
    weekday is within the week, so what was to happen then has mostly happened by the
    time it is told in the past."""
    if not any(token.lower_ in WEEKDAYS for token in span) or verb.dep_ != "xcomp":
        return False
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    head = verb.head
    past = head.tag_ == "VBD" or any(
        child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in head.children
    )
    return past and not head.lower_.startswith(_AHEAD_OF_PAST)


def _in_a_future_time_clause(verb: Token) -> bool:
    """A present in an adverbial clause of a future one is future: "will begin this week,
    as Yellen speaks on Wednesday and testifies on Thursday", "when he arrives Monday,
    he will ..."."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else verb
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return False
    parent = governing_verb(clause.head)
    return parent is not None and verb_tense(parent) == "future"


def _condition(verb: Token) -> bool:
    """A present in an "if" clause: a condition still to be met ("if he is the nominee in
    November")."""
    return any(child.dep_ == "mark" and child.lower_ == "if" for child in verb.children)


def _present_event(span: Span, verb: Token) -> bool:
    """A weekday in a present clause about an event: "Wisconsin holds its primary on
    Tuesday", "when the party gathers for its convention on Saturday", "girding for a
    fight at the debate Thursday night" (not "his victory in the primary Tuesday,
    it remains", a past event the clause looks back on: the verb must hold the event)."""
    if not any(token.lower_ in WEEKDAYS for token in span) or verb.tag_ == "VBG":
        return False  # not "he is holding a rally on Thursday", told of the day as it goes
    if verb.lower_ in {"hold", "holds"}:
        return True
    nouns = [child for child in verb.children if child.dep_ in {"dobj", "attr"}]
    for prep in (child for child in verb.children if child.dep_ == "prep"):
        nouns.extend(child for child in prep.children if child.dep_ == "pobj")
    return any(noun.lower_.startswith(_EVENT_NOUNS) for noun in nouns)


def _scheduled_present(verb: Token) -> bool:
    """A present tense that tells a schedule: "the trial begins Monday", "the deadline is
    5 p.m. Friday"."""
    if verb.lower_.startswith(_SCHEDULED_VERBS):
        return True
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    return verb.lower_ in {"is", "are"} and any(
        subject.lower_.startswith(_SCHEDULED_NOUNS) for subject in subjects
    )


# Events set on the calendar that a month or season names ("the November election").
_EVENT_NOUNS = (
    "election", "ballot", "matchup", "match-up", "contest", "primar", "caucus", "convention",
    "vote", "voting", "summit", "showdown", "runoff", "run-off", "referendum", "debate",
    "final", "game", "match", "meeting", "hearing", "trial", "rally", "ceremony", "funeral",
    "session", "conference", "festival", "parade", "launch",
)  # fmt: skip


# Words of winning an election that a month after "in" dates: "to win in November", "a
# victory in November", "electing a Democrat in November", "electability in November".
_CONTEST_WORDS = frozenset(
    {"win", "wins", "winning", "won", "victory", "victories", "elect", "elects", "electing",
     "elected", "electability", "defeat", "defeats", "defeating"}
)  # fmt: skip
# Prepositions that put the event ahead of the clause: "the nominee for the Nov. 8
# election later said", "vowed to stay in the race until the convention in July".
_TOWARD_EVENT = frozenset({"for", "until", "till", "toward", "towards"})


def _scheduled_event(span: Span) -> Token | None:
    """The event noun a month or season names, if any: "a November matchup", "November's
    election", "the convention in July", "the election on Nov. 8" (also when the parse
    hangs "in July" from the verb), or a word of winning ("to win in November"); not
    weekdays: "Tuesday's primary" has its own rule."""
    if any(token.lower_ in WEEKDAYS for token in span) or not _MONTH.search(span.text):
        return None  # "the year-end news conference" is no date on the calendar
    event = _event_head(span)
    if event is not None:
        return event
    root = span.root
    prep = root.head
    if (
        root.dep_ == "pobj"
        and prep.lower_ in {"in", "on"}
        and prep.head.lower_ in _CONTEST_WORDS
        and prep.head.i != prep.i
    ):
        return prep.head
    if span.start < 2 or span.doc[span.start - 1].lower_ not in {"in", "on"}:
        return None
    before = span.doc[span.start - 2]
    if before.lower_ in _CONTEST_WORDS or (
        before.pos_ in {"NOUN", "PROPN"} and before.lower_.startswith(_EVENT_NOUNS)
    ):
        return before
    return None


def _event_tense(event: Token) -> str:
    """The tense for a date naming ``event``: its clause's past or future, else
    ``"scheduled"``. An event the clause looks toward ("the nominee for the Nov. 8
    election said") or a past in a hypothesis ("asked how ties would fare if he won the
    election on Nov. 8") is only scheduled."""
    if event.dep_ == "pobj" and event.head.lower_ in _TOWARD_EVENT:
        return "scheduled"
    parent = governing_verb(event)
    tense = None if parent is None else verb_tense(parent)
    if tense == "past" and parent is not None and _hypothetical(parent):
        return "scheduled"
    return tense if tense in {"past", "future"} else "scheduled"


def _hypothetical(verb: Token) -> bool:
    """A past in an "if" clause under "would", "could" or "might": "if he won ... would"."""
    if not any(child.dep_ == "mark" and child.lower_ == "if" for child in verb.children):
        return False
    head = verb.head
    return head.i != verb.i and any(
        child.dep_ == "aux" and child.lower_.replace("’", "'") in {"would", "could", "might", "'d"}
        for child in head.children
    )


def _event_head(span: Span) -> Token | None:
    """The event noun the date in ``span`` modifies, if any."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"in", "on"} and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in {"compound", "nmod", "amod", "poss"}:
        return None
    if head.i == root.i or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return head if head.lower_.startswith(_EVENT_NOUNS) else None


def _verb_of(noun: Token) -> Token | None:
    """The verb ``noun`` is an argument of, directly or through one preposition."""
    node = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    head = node.head
    return head if head.i != node.i and head.pos_ in {"VERB", "AUX"} else None


def _names_a_thing(span: Span) -> bool:
    """Whether a date modifies a noun ("a June agreement"); weekdays stay with the clause
    ("the Tuesday vote will decide")."""
    root = span.root
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and root.head.pos_ in {"NOUN", "PROPN"}
        and not any(token.lower_ in WEEKDAYS for token in span)
    )


def _past_perfect(verb: Token, max_steps: int = 3) -> bool:
    """Whether ``verb`` or a verb it hangs from (an xcomp chain) takes "had"."""
    for _ in range(max_steps):
        if any(
            child.dep_ in {"aux", "auxpass"} and child.lower_ == "had" for child in verb.children
        ):
            return True
        if verb.dep_ not in {"xcomp", "acomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_just_before(doc: Doc, index: int) -> Token | None:
    for token in reversed(doc[max(0, index - 3) : index]):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.pos_ not in {"ADP", "DET", "ADV", "PUNCT"}:
            return None
    return None


def governing_verb(token: Token, max_steps: int = 8) -> Token | None:
    """The nearest verb at or above ``token`` in the parse, or ``None``."""
    for _ in range(max_steps):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb: Token) -> str | None:
    """The tense a verb and its auxiliaries express."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    # "he’ll", "they’ve": typographic apostrophes are as common in news as straight ones.
    words = {aux.lower_.replace("’", "'") for aux in auxiliaries}
    if "have" in words and words & _EPISTEMIC_MODALS and (verb.tag_ == "VBN" or "been" in words):
        return "past"  # a modal perfect looks back: "may have been responsible on Wednesday"
    if words & {"would", "wo"} and _refused_to_tell(verb):
        return "past"  # "wouldn't say Tuesday how", "would not comment on Friday": a report
    if words & _FUTURE_AUX or (
        verb.tag_ == "VB"
        and "to" in words
        and (
            (verb.dep_ == "xcomp" and not _done_in_the_past(verb))
            or (verb.dep_ == "ccomp" and not _told_in_the_past(verb))
        )
    ):
        # A to-infinitive points forward; one with its own subject ("expects sales to
        # rise") only from a present ("agreed to allow Trump to use the file in late
        # November" is told after the fact).
        return "future"
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if words & _PERFECT_AUX and (verb.tag_ == "VBN" or "been" in words):
        return "past"  # "has closed", "have been searching since the Oct. 23 attack"
    if verb.tag_ in {"VBZ", "VBP"} or any(aux.tag_ in {"VBZ", "VBP"} for aux in auxiliaries):
        return "present"
    if (verb.dep_ not in _CLAUSE_DEPS or _absolute_participle(verb)) and verb.head.i != verb.i:
        parent = governing_verb(verb.head)
        return None if parent is None or parent.i == verb.i else verb_tense(parent)
    return None


# Verbs of telling: "would not" before them reports a refusal, not a future.
_TELLING_VERBS = (
    "say", "comment", "elaborat", "discuss", "confirm", "disclos", "specif", "answer",
    "reveal", "identif", "speculat", "detail", "explain", "divulg", "name", "describe",
    "address", "respond",
)  # fmt: skip


def _refused_to_tell(verb: Token) -> bool:
    """ "would not say", "wouldn't comment": a refusal already made."""
    return verb.lower_.startswith(_TELLING_VERBS) and any(
        child.dep_ == "neg" for child in verb.children
    )


def _absolute_participle(verb: Token) -> bool:
    """A participle after "with" has no tense of its own: "flights would leave from March
    30, with the third departing from August 6" is as future as the clause it hangs from."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with"


# Past verbs whose infinitive tells what was done then ("declined to assail him on
# Sunday", "sought to appeal to voters on Tuesday"), unlike "planned to leave on Thursday".
_DONE_VERBS = (
    "declin", "struggl", "sought", "tried", "managed", "failed", "refused", "began",
    "started", "continued", "rushed", "hastened", "hesitated", "moved", "became", "seemed",
    "appeared", "proved", "happened",
)  # fmt: skip


def _done_in_the_past(verb: Token) -> bool:
    """Whether an infinitive hangs from a past verb that tells it happened (or not) then."""
    head = verb.head
    if head.tag_ == "JJ" and head.lower_ in {"quick", "slow"}:
        return head.head.tag_ == "VBD"  # "leaders were quick to offer condolences Monday"
    return head.tag_ == "VBD" and head.lower_.startswith(_DONE_VERBS)


def _told_in_the_past(verb: Token, max_steps: int = 4) -> bool:
    """Whether the finite verb above a chain of infinitives is in the past ("agreed to
    allow Trump to use")."""
    for _ in range(max_steps):
        if verb.tag_ != "VB" or verb.dep_ not in {"xcomp", "ccomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.tag_ == "VBD" or any(
        child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in verb.children
    )


def find_anniversaries(
    text: str, timexes: list[TimexData], reference: str | None = None
) -> list[TimexData]:
    """Timexes for "the tenth anniversary of X" where the article gives X's date.

    An anniversary more than a year after the ``reference`` date (ISO) is a wrong base
    date, not a prediction, and is left out.
    """
    latest = int(reference[:4]) + 1 if reference and reference[:4].isdigit() else None
    found: list[TimexData] = []
    for match in _ANNIVERSARY.finditer(text):
        base = _anniversary_base(text, match, timexes)
        if base is None:
            continue
        value = anniversary_value(match["ordinal"], base)
        if value is not None and (latest is None or int(value[:4]) <= latest):
            end = match.start("what") - len(" of ") if match["what"] else match.end()
            found.append({"start": match.start(), "end": end, "type": "DATE", "value": value})
    return found


def _anniversary_base(text: str, match: re.Match[str], timexes: list[TimexData]) -> str | None:
    what = _stems(match["what"] or "")
    best: tuple[int, str] | None = None
    for timex in timexes:
        value = timex["value"] or ""
        if (
            timex["type"] != "DATE"
            or not re.match(r"\d{4}", value)
            or timex["start"] >= match.start()
        ):
            continue
        sentence = _sentence_around(text, timex["start"])
        # "On its tenth anniversary" names no event: it counts from the founding
        founding = len(_FOUNDING.findall(sentence))
        score = len(what & _stems(sentence)) if match["what"] else founding
        if score and (best is None or score > best[0]):
            best = (score, value)
    return None if best is None else best[1]


def _sentence_around(text: str, offset: int) -> str:
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset), 0)
    end = text.find(". ", offset)
    return text[start : len(text) if end < 0 else end]


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _CONTENT_WORD.findall(text.lower())} - {"which", "there", "their"}
