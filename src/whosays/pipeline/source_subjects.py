"""Who the source of a cue is, on the parse: subjects, passive agents, owners of participles.

Used by ``whosays_sources``. PolNeAR's conventions: the source is the whole noun phrase
of the subject (a name the parser cut is completed), ``by`` stays outside a passive
agent, and a participle or infinitive reports for the clause subject that owns it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.mention_lexicons import load_lexicons
from whosays.pipeline.source_spans import last_word, subtree_span, trim_content

__all__ = [
    "EXPLETIVES",
    "SUBJECTS",
    "by_source",
    "passive_agent",
    "passive_subject",
    "subject_of",
    "third_person",
    "whole_name",
]

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
EXPLETIVES = frozenset({"it", "there"})
FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acomp"})
# Titles written with a period that the parse may cut a name at ("Army Capt. Christian Pardo").
NAME_ABBREVIATIONS = frozenset(
    {"capt", "lt", "sgt", "gen", "col", "maj", "adm", "cmdr", "cpl", "pvt", "gov", "sen", "rep"}
    | {"dr", "prof", "rev"}
)


def passive_subject(verb: Token) -> Span | None:
    """``The plan was opposed by 64 percent``: the passive subject is the content."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES:
        return None
    return trim_content(verb.doc, subject.left_edge.i, subject.right_edge.i + 1)


def whole_name(source: Span) -> Span:
    """A source after its verb with the rest of the name the parse left out of it.

    ``said Army Capt. Christian Pardo`` (the parse's subject ``Army Capt``), ``mused Blaze
    co-host Stu Burguiere`` (``Blaze co``): the run of names, hyphens without a space and
    abbreviation periods that follows.
    """
    doc = source.doc
    end = source.end
    if doc[end - 1].pos_ not in ("PROPN", "NOUN", "ADP"):
        return source  # "Marcia Smith, …, Teck said"; "It May Surprise You" (a headline)
    while end < len(doc) and _continues_name(doc[end]):
        end += 1
    while doc[end - 1].text == "-":
        end -= 1
    return doc[source.start : end]


def _continues_name(token: Token) -> bool:
    """Whether ``token`` goes on with the name before it (``Capt.``, ``co-host``, ``Pardo``)."""
    before = token.doc[token.i - 1]
    joined = not before.whitespace_
    if token.text == ".":
        return joined and before.lower_ in NAME_ABBREVIATIONS
    if token.text == "-":
        return joined
    if joined and before.text == "-":
        return token.pos_ in ("NOUN", "PROPN")
    name = token.pos_ == "PROPN" or (token.is_alpha and token.is_title)
    return name and token.ent_type_ not in ("DATE", "TIME")


def by_source(noun: Token, cue: Span, content: Span) -> Span | None:
    """``a statement by the senator that …``, ``an admission from Warren that …``."""
    for child in noun.rights:
        if child.lower_ not in ("by", "from") or child.dep_ != "prep":
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and not (content.start <= objects[0].i < content.end):
            return subtree_span(objects[0])
    return None


def subject_of(verb: Token) -> Span | None:
    """The subject of ``verb``, or of the clause it depends on (``…, saying``)."""
    if _fronted_passive_participle(verb):
        return None  # "Asked whether …, he said": he was asked; who asked is not said
    reduced = _reduced_relative_subject(verb)
    if reduced is not None:
        return reduced
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subject = _nearest_subject(current)
        if subject is not None and _patient_of_reported_clause(subject, verb):
            current = current.head if current.head.pos_ == "VERB" else current.head.head
            continue
        if subject is not None:
            if subject.lower_ in EXPLETIVES and not _refers(subject):
                return None
            return subtree_span(subject)
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            return None
        if _is_subject_participle(current) or _document_participle(current):
            return _participle_owner(current)
        if _infinitive_of_object(current) or _free_participle_on_object(current):
            current = current.head.head  # "has no evidence to suggest": the clause subject
            continue
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _reduced_relative_subject(verb: Token) -> Span | None:
    """``Documents obtained through a records request show that …``: the parse makes the
    participle the root (``Documents obtained``) and hangs the cue on it; the source is
    the subject with its participle phrase, up to the cue."""
    head = verb.head
    if verb.dep_ != "dep" or head.i >= verb.i or head.tag_ not in ("VBN", "VBD"):
        return None
    if head.dep_ != "ROOT":
        return None
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children):
        return None  # "The documents were obtained …", "began calling …": a main clause
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if not subjects:
        return None
    doc = verb.doc
    start, end = subjects[0].left_edge.i, verb.i
    if any(t.is_punct for t in doc[start:end]):
        return None  # a reduced relative runs to the cue without a comma
    return doc[start : last_word(doc, end, spaces=True)]


def subjects_nearest_first(
    verb: Token, deps: frozenset[str] = SUBJECTS, skip_tags: frozenset[str] = frozenset()
) -> list[Token]:
    """The verb's subjects, the one nearest before it first: a dateline or a place the
    parse also makes a subject (``BEIJING, June 3 (Xinhua) -- spokesperson Wang Lei said``,
    ``…, OH, …, Gov. John Kasich said``) stands further off than the speaker."""
    subjects = [c for c in verb.children if c.dep_ in deps and c.tag_ not in skip_tags]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        nearest = before[-1]
        subjects = [nearest] + [c for c in subjects if c.i != nearest.i]
    return subjects


def _nearest_subject(verb: Token) -> Token | None:
    subjects = subjects_nearest_first(verb)
    return subjects[0] if subjects else None


def _patient_of_reported_clause(subject: Token, verb: Token) -> bool:
    """``rejected reports that a convoy had been turned back, calling them lies``: the
    comma-set participle hangs on a passive inside a reported clause; a passive subject
    undergoes the act and does not speak, so the speaker is the subject of the clause above."""
    clause = subject.head
    return (
        subject.dep_ == "nsubjpass"
        and clause is not verb
        and clause.dep_ in ("acl", "ccomp")
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
    )


def _is_subject_participle(verb: Token) -> bool:
    """``Local parents pushing to halt the merger say …``: an ``-ing`` participle after
    the subject noun of a clause (after an object, ``a super PAC backing X``, PolNeAR
    seldom annotates it)."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.i < verb.i
        and head.dep_ in ("nsubj", "nsubjpass")
    )


# What a document finds, shows or suggests by itself ("a poll showing", "data suggesting").
FINDING_VERBS = frozenset(
    {"show", "indicate", "suggest", "reveal", "find", "confirm", "conclude", "estimate"}
)


def _document_participle(verb: Token) -> bool:
    """``released a poll showing Clinton ahead``, ``figures showing that …``: an ``-ing``
    participle of a finding verb on a document noun anywhere in the clause; the document is
    the source (as PolNeAR has it for ``showing``: 16 of 16 on train)."""
    head = verb.head
    documents = load_lexicons().documents
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in FINDING_VERBS
        and head.i < verb.i
        and head.pos_ == "NOUN"
        and (head.lower_ in documents or head.lemma_ in documents)
    )


def _participle_owner(verb: Token) -> Span | None:
    """The subject noun phrase up to its participle: ``Republican activists``."""
    head = verb.head
    doc = verb.doc
    start, end = subtree_span(head).start, verb.left_edge.i
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _infinitive_of_object(verb: Token) -> bool:
    """``X has no plans to endorse``, ``made a decision to back``: an infinitive on an object."""
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)
        and verb.head.dep_ in ("dobj", "attr")
        and verb.head.head.pos_ in ("VERB", "AUX")
    )


def _fronted_passive_participle(verb: Token) -> bool:
    """``Asked whether …, he said``, ``Pressed on the deal, she said``: a past participle
    opening the sentence before the clause it modifies; its subject is who was asked."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.left_edge.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _free_participle_on_object(verb: Token) -> bool:
    """``unveiled her plan on Wednesday, promising to plant trees``: an ``-ing`` participle
    set off by a comma that the parse hung on the object; it tells what the subject did."""
    doc = verb.doc
    start = verb.left_edge.i
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and start > 0
        and doc[start - 1].text == ","
        and verb.head.dep_ == "dobj"
        and verb.head.i < verb.i
        and verb.head.head.pos_ == "VERB"
    )


def third_person(source: Span | None) -> bool:
    """Whether ``source`` names someone other than the writer or reader (not I, we, you)."""
    return source is not None and source.root.lower_ not in FIRST_SECOND_PERSON


def _refers(subject: Token) -> bool:
    """Whether ``it`` names something (``It also offers paid leave``, the company).

    ``It`` is a placeholder only before a passive or a copula (``it is said that``,
    ``it is clear that``); as the active subject of a cue verb it is the source.
    """
    return subject.lower_ == "it" and subject.dep_ == "nsubj" and subject.head.pos_ == "VERB"


def passive_agent(verb: Token) -> Span | None:
    """The object of a passive verb's ``by`` agent (``rejected by 64 percent``), ``by`` left out."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return subtree_span(objects[0])
    return None
