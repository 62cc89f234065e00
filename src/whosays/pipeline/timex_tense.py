"""The tense of the clause a time expression sits in, for whosays_timex.

:func:`clause_tense` reads the parse around an expression: the verb that governs it and
its auxiliaries (:func:`verb_tense`), the words just before it ("until", "since", "ahead
of", "by"), events on the calendar it names ("the November election", "Tuesday's
primary"), schedules told in the present ("the trial begins Monday"), infinitives under
a past verb, conditions and refusals ("would not say Tuesday"). The tense decides
whether "on Tuesday" is the past or the coming Tuesday.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import char_span, doc_text
from whosays.timexnorm.lexicon import WEEKDAYS
from whosays.timexnorm.patterns import MONTH

__all__ = ["clause_tense", "governing_verb", "verb_tense"]

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
# "ahead of Tuesday's primary", "investors await Friday's jobs report", "bracing for
# Sunday's vote": a day still to come.
_AHEAD_LEAD = re.compile(
    r"\b(?:ahead\s+of|awaits?|awaiting|await(?:ed)?\s+for|brac(?:e|es|ing)\s+for"
    r"|look(?:s|ing)?\s+ahead\s+to)\s+$",
    re.I,
)
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
_MONTH = re.compile(MONTH, re.IGNORECASE)


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
        # still does ("if the levy passes in November, the district will").
        tense = _event_tense(event)
        if tense == "scheduled" and _verb_clause_tense(doc, span, start, verb) == "future":
            return "future"
        return tense
    if doc_text(doc)[end : end + 2] in {"'s", "’s"}:
        # "Wednesday's ruling" names a day already reported, but "ahead of Tuesday's
        # primary" one to come (not so the clause's own future: "Monday's decision will
        # reverberate").
        if _AHEAD_LEAD.search(doc_text(doc)[max(0, start - 24) : start]):
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
    if verb is not None and (verb.lower_.startswith(_SCHEDULING) or _set_for(span, verb)):
        return "future"
    tense = None if verb is None else verb_tense(verb)
    if tense == "future" and verb is not None and _weekday_told_after(span, verb):
        return "past"
    if tense == "present" and verb is not None and _in_a_future_time_clause(verb):
        return "future"
    if tense == "present" and verb is not None and _condition(verb):
        return "future"  # "may close the plant if the union rejects the offer in November"
    if tense == "present" and verb is not None and _present_event(span, verb):
        return "future"
    if tense == "present" and verb is not None and _scheduled_present(verb):
        return "future"
    if tense != "past" and _DEADLINE_LEAD.search(doc_text(doc)[max(0, start - 9) : start]):
        return "future"  # "pay down the loan by February"; "by May, prices had fallen" is past
    return tense


_POLL_WORDS = frozenset({"polls", "poll", "voting", "registration", "nominations"})
_TAKES_EFFECT = re.compile(
    r"(?:takes?\s+effect|(?:goes|go|comes|come)\s+into\s+(?:effect|force))\b", re.I
)


def _set_for(span: Span, verb: Token) -> bool:
    """ "set sentencing for June 16", "sets a vote for Tuesday": a date set for an event is
    ahead of the report, whatever the tense ("set a record on Tuesday" is not)."""
    before = doc_text(span.doc)[max(0, span.start_char - 60) : span.start_char]
    if _SET_FOR.search(before):
        return True  # the parse often hangs "for" from an earlier verb
    root = span.root
    return (
        verb.lower_ in {"set", "sets", "setting"}
        and root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.i == verb.i
    )


_SET_FOR = re.compile(
    r"\b(?:set|sets|setting|call|calls|called|calling|book|booked|reschedul\w*|postpon\w*)"
    r"\s+(?:[\w'’-]+\s+){0,4}?for\s+\Z",
    re.I,
)


# Not "close", "end": market reports tell the past in the present ("Stocks close higher
# Friday"); "open" is a schedule ("the memorial opens to the public on Monday").
# Nor "appear" ("Christie appears to be fully ...") or "head" ("who heads the panel").
_SCHEDULED_VERBS = (
    "meet", "begin", "start", "resume", "vote", "arriv", "leav", "visit", "travel", "expir",
    "return", "fly", "open", "reopen", "go",
)  # fmt: skip
_SCHEDULED_NOUNS = (
    "deadline", "vote", "meeting", "hearing", "trial", "election", "summit", "talks",
    "ceremony", "funeral", "conference", "launch", "opening", "release", "session",
)  # fmt: skip


# Past verbs whose infinitive is still ahead when told: "urged them to vote Tuesday",
# "planned to leave Lagos on Thursday" (AQUAINT's gold).
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
    """A weekday in a present clause about an event: "Ohio holds its runoff on
    Tuesday", "when the union meets for its congress on Saturday", "bracing for a
    clash at the hearing Thursday night" (not "her win in the runoff Tuesday,
    it stands", a past event the clause looks back on: the verb must hold the event)."""
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
    5 p.m. Friday", "he is due in court on Friday", "the law takes effect in November"."""
    if verb.lower_.startswith(_SCHEDULED_VERBS):
        return True
    if any(child.dep_ == "acomp" and child.lower_ == "due" for child in verb.children):
        return True
    if _TAKES_EFFECT.search(doc_text(verb.doc)[verb.idx : verb.idx + 30]):
        return True  # "the law takes effect in November", "goes into effect on Jan. 1"
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if verb.lower_.startswith("clos") and any(s.lower_ in _POLL_WORDS for s in subjects):
        return True  # "polls close at 2000 GMT on Sunday" (not "stocks close higher Friday")
    return verb.lower_ in {"is", "are"} and any(
        subject.lower_.startswith(_SCHEDULED_NOUNS + _EVENT_NOUNS) for subject in subjects
    )  # "the next contests are on Saturday"


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
    ``"scheduled"``. An event the clause looks toward ("the candidate for the Nov. 8
    election said") or a past in a hypothesis ("asked how trade would fare if she won the
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
        return head.head.tag_ == "VBD"  # "officials were quick to send sympathies Monday"
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
