"""What particular cue verbs and nouns take as content, for whosays_sources.

* verbs whose content is only a topic (``spoke about X``), whose noun object is who was
  addressed (``told MSNBC``), or whose object after a preposition is content all the same
  (``referred to X``); prepositions that start a circumstance (``spoke at the rally``);
* objects that report nothing: audiences (``the press``), the anonymity formula (``asked
  not to be named``), ``nothing`` / ``something``; answers that do (``said yes``);
* verbs outside the cue lexicon that report a poll's figure with a share as subject
  (``56 percent would vote for Clinton``);
* cue nouns (``Trump's claim that …``, ``criticism of …``) and the nouns someone receives
  from the one who gives them (``won the endorsement of X``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.addressees import names_a_thing
from whosays.pipeline.doc import AttributionData
from whosays.pipeline.source_spans import make_attribution, subtree_span, trim_content, verb_cue
from whosays.pipeline.source_subjects import by_source, passive_agent, subject_of

__all__ = [
    "ADDRESSEE_VERBS",
    "ANONYMITY_TERMS",
    "ANONYMITY_VERBS",
    "ANSWERS",
    "AUDIENCE_NOUNS",
    "CIRCUMSTANCE_PREPOSITIONS",
    "GIVEN_NOUNS",
    "NON_CONTENT_OBJECTS",
    "NOUN_PREPOSITIONS",
    "RECEIVING_VERBS",
    "SHARE_VERBS",
    "SHARE_WORDS",
    "TOPIC_AFTER",
    "TOPIC_PREPOSITIONS",
    "TOPIC_VERBS",
    "for_clause",
    "has_share_subject",
    "indirect_question",
    "is_addressee",
    "is_anonymity_formula",
    "is_answer",
    "is_audience",
    "made_clear",
    "noun_cue",
    "only_time",
    "scare_quoted",
    "stance_object",
]

NOUN_PREPOSITIONS = frozenset({"of", "for", "about"})
# Cue nouns whose "of" object is who gives them ("the endorsement of the senator"), not
# what they are about ("her opinion of him").
GIVEN_NOUNS = frozenset({"endorsement", "backing", "praise"})
# Verbs whose subject receives what a cue noun's "of" object gives ("won the endorsement of").
RECEIVING_VERBS = frozenset(
    {"have", "win", "get", "receive", "snag", "earn", "secure", "gain", "land", "collect"}
)
# Prepositions that start a circumstance ("spoke at the rally"), not reported content.
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"at", "from", "with", "in", "by", "during", "after", "since"}
)


# Verbs whose content is only the topic an "about" / "of" phrase names ("spoke about the
# assault"); their other objects are circumstances ("Speaking Sunday on ABC's This Week",
# "spoke to the radio station without giving a name").
TOPIC_VERBS = frozenset({"speak"})
TOPIC_PREPOSITIONS = frozenset({"about", "of"})
# Clause-only verbs whose object after this preposition is content all the same
# ("Murphy referred to the recent spate of killings").
TOPIC_AFTER = {
    "refer": frozenset({"to"}),
    "agree": frozenset({"with", "on"}),
    "admit": frozenset({"to"}),
    "hint": frozenset({"at"}),
}
# Verbs whose "if" / "whether" clause is the question asked ("asked them if …"), which
# the parse hangs on them as an adverbial clause.
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "query"})
QUESTION_MARKS = frozenset({"if", "whether"})

# Verbs whose noun object is who was addressed ("told MSNBC", "told Congress").
ADDRESSEE_VERBS = frozenset({"tell"})


# Verbs outside the cue lexicon that report a poll's figure when their subject is a share
# of those asked ("56 percent would vote for Clinton"); with any other subject they are
# mostly actions ("voted to repeal").
SHARE_VERBS = frozenset({"vote"})
SHARE_WORDS = frozenset({"percent", "%", "percentage", "majority", "plurality"})


# "argued in favor of X", "testified in support of the bill": a phrase that says which
# side the speaker takes; its "of" object is the content and the phrase joins the cue.
STANCE_NOUNS = frozenset({"favor", "favour", "support", "defense", "defence"})


ANSWERS = frozenset({"yes", "no"})
# One-word objects that report nothing ("said nothing", "did something").
NON_CONTENT_OBJECTS = frozenset(
    {"nothing", "anything", "something", "everything", "much", "little"}
)
# Who words are said to ("spoke to the press"): an audience, not reported content.
AUDIENCE_NOUNS = frozenset(
    {"press", "reporters", "media", "journalists", "newspaper", "audience", "crowd", "crowds"}
)
# "asked not to be named / identified": the anonymity formula of a source, not a statement.
ANONYMITY_VERBS = frozenset({"name", "identify", "quote"})
# "declined to give her name": withholding a name is the same formula.
_WITHHOLDING_VERBS = frozenset({"give", "provide", "disclose", "reveal", "use"})
# "speaking on condition of anonymity", "spoke on background": the terms of the talk.
ANONYMITY_TERMS = frozenset({"anonymity", "background"})


REASON_MARKS = frozenset({"because", "since", "as"})


def is_anonymity_formula(content: Span) -> bool:
    """Whether ``content`` is "(not) to be named", "to be quoted by name", "to give
    her name", "(the) condition of anonymity", "background" and the like; the reason after
    it does not count ("not to be identified because the talks were private")."""
    reason = next((t.i for t in content if t.dep_ == "mark" and t.lower_ in REASON_MARKS), None)
    if reason is not None and reason > content.start:
        content = content.doc[content.start : reason]
    if len(content) > 6:
        return False
    lemmas = {t.lemma_.lower() for t in content}
    if "be" in lemmas and lemmas & ANONYMITY_VERBS:
        return True
    if lemmas & _WITHHOLDING_VERBS and lemmas & {"name", "identity"}:
        return True
    words = {t.lower_ for t in content}
    return content.root.lower_ in ANONYMITY_TERMS | {"condition"} and bool(words & ANONYMITY_TERMS)


def is_addressee(token: Token) -> bool:
    """A noun object naming who was told: a name or a pronoun, not a clause or infinitive."""
    if token.dep_ not in ("dobj", "dative"):
        return False
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")


def is_audience(content: Span) -> bool:
    """Whether ``content`` only names who the words were addressed to ("the press"), with
    perhaps a relative clause of its own ("asked the crowd, which roared back “No!”")."""
    root = content.root
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    end = content.end
    if clause is not None and clause.left_edge.tag_ in ("WDT", "WP"):
        end = clause.left_edge.i  # not "remind the audience he was …", a clause misread
    return root.lower_ in AUDIENCE_NOUNS and end - content.start <= 3


def has_share_subject(verb: Token) -> bool:
    """``56 percent would vote for Clinton``, ``a majority voted against it``: the subject
    of ``verb`` is a share of those asked."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in SHARE_WORDS or subject.like_num


def is_answer(token: Token) -> bool:
    """``yes`` / ``no`` as what a verb says (``72 percent said yes``), and ``so`` right
    after it standing for what was said before (``after 55 percent said so in December``,
    ``Cruz apparently thinks so``; not ``so that``: a conjunction)."""
    if token.dep_ in ("intj", "dobj") and token.lower_ in ANSWERS:
        return True
    return (
        token.lower_ == "so"
        and token.dep_ == "advmod"
        and token.i == token.head.i + 1
        and token.n_lefts + token.n_rights == 0
    )


def noun_cue(noun: Token) -> AttributionData | None:
    """``Trump's claim that …``, ``criticism of …``: the clause or object a cue noun takes."""
    doc = noun.doc
    clause = next(
        (c for c in noun.rights if c.dep_ in ("acl", "ccomp") and not _reduced_relative(c)), None
    )
    cue_end = noun.i + 1
    if clause is not None:
        content = trim_content(doc, clause.left_edge.i, clause.right_edge.i + 1)
    elif noun.dep_ == "attr" and not any(c.dep_ == "poss" for c in noun.children):
        return None  # "net zero is a luxury belief for people who …": a description
    else:
        preposition = next(
            (c for c in noun.rights if c.i == noun.i + 1 and c.lower_ in NOUN_PREPOSITIONS), None
        )
        objects = [c for c in preposition.children if c.dep_ == "pobj"] if preposition else []
        if not objects:
            return None
        content = trim_content(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)
        cue_end = noun.i + 2
        received = _received_from(noun, preposition, objects[0])
        if received is not None:
            return received
    if content is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = subtree_span(owner) if owner is not None else None
    if source is None:
        source = by_source(noun, doc[noun.i : cue_end], content)
    if source is None and noun.dep_ == "dobj":
        source = subject_of(noun.head)
    return make_attribution(None, content, doc[noun.i : cue_end], source, "noun")


def _reduced_relative(clause: Token) -> bool:
    """``a statement posted on social media``, ``a letter sent to members``: a bare past
    participle describes the noun (where, how it went out); it is not what was said."""
    return clause.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children
    )


def _received_from(noun: Token, preposition: Token | None, giver: Token) -> AttributionData | None:
    """``Mr. Cruz won the endorsement of Bob Vander Plaats``, ``the bill has the backing of
    many Democrats``: the ``of`` object of a cue noun someone receives gave it (the source);
    who receives it is what it is about (the content)."""
    verb = noun.head
    if (
        preposition is None
        or preposition.lower_ != "of"
        or noun.lemma_.lower() not in GIVEN_NOUNS
        or noun.dep_ != "dobj"
        or verb.lemma_.lower() not in RECEIVING_VERBS
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    doc = noun.doc
    content = trim_content(doc, subject.left_edge.i, subject.right_edge.i + 1)
    if content is None:
        return None
    source = subtree_span(giver)
    return make_attribution(None, content, doc[noun.i : noun.i + 2], source, "noun")


def stance_object(objects: list[Token]) -> Token | None:
    """``argued in favor of Norway's joining``, ``spoke out in support of the bill``: the
    object of ``of`` when a cue verb's first object is ``in favor of`` (``in support of``,
    ``in defense of``)."""
    first = objects[0] if objects else None
    if first is None or first.dep_ != "prep" or first.lower_ != "in":
        return None
    noun = next((c for c in first.children if c.dep_ == "pobj" and c.i == first.i + 1), None)
    if noun is None or noun.lemma_.lower() not in STANCE_NOUNS:
        return None
    of = next((c for c in noun.rights if c.lower_ == "of" and c.i == noun.i + 1), None)
    if of is None:
        return None
    return next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None)


def indirect_question(verb: Token, lemma: str) -> Token | None:
    """``asked the students if they were serious``, ``Asked if he was ever bullied, …``: the
    ``if`` / ``whether`` clause right after a question verb (or after whom it asked) is the
    question, not a condition (``asked for help if the storm got worse``)."""
    if lemma not in QUESTION_VERBS:
        return None
    asked = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    follows = asked[-1].right_edge.i + 1 if asked else verb.i + 1
    for clause in verb.rights:
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in QUESTION_MARKS]
        if clause.dep_ == "advcl" and marks and clause.left_edge.i == follows:
            return clause
    return None


def for_clause(verb: Token) -> Token | None:
    """``called for all bidders to set out their plans``: the ``for … to`` clause right
    after a cue verb, which the parse hangs on it as an adverbial clause marked ``for``; its
    words after ``for`` are what was called for (``for`` joins the cue, as in ``called for
    talks``)."""
    for clause in verb.rights:
        first = clause.left_edge
        if clause.dep_ == "advcl" and first.i == verb.i + 1 and first.lower_ == "for":
            return clause if first.dep_ == "mark" else None
    return None


def made_clear(verb: Token) -> AttributionData | None:
    """``She also made clear that she has no plans to retire``, ``made it clear that
    …``: ``make`` with ``clear`` states its that-clause; the cue runs to ``clear``, the
    subject of ``make`` is the source. (``made the case that``, ``made the point that``
    were tried too and left out: dev fell.)"""
    clear = next(
        (c for c in verb.rights if c.lower_ == "clear" and c.dep_ in ("acomp", "oprd", "ccomp")),
        None,
    )
    if clear is None:
        return None
    doc = verb.doc
    that = next(
        (t for t in doc[clear.i + 1 : clear.i + 5] if t.lower_ == "that" and t.head.i > t.i),
        None,
    )
    content = trim_content(doc, that.i, that.head.right_edge.i + 1) if that else None
    if that is None or content is None:
        return None
    end = that.i
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    cue = doc[verb_cue(verb).start : end]
    return make_attribution(None, content, cue, subject_of(verb), "made-clear")


def only_time(span: Span) -> bool:
    """Whether ``span`` is only a time phrase (``shortly before midnight``, ``on Tuesday``)."""
    words = [t for t in span if not t.is_punct]
    timed = [t for t in words if t.ent_type_ in ("DATE", "TIME")]
    return bool(timed) and all(t in timed or t.pos_ in ("ADP", "ADV") for t in words)


def scare_quoted(verb: Token) -> bool:
    """``the so-called “experts”``, ``a firm called “Clearwater”``: a naming participle
    right before a quotation (or spelled ``so-called``) names a thing, nobody's words; not
    when someone gives the name (``called “reckless” by the senator``)."""
    if verb.lemma_.lower() == "describe" or not names_a_thing(verb):
        return False
    doc = verb.doc
    so_called = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "so"
    quoted = verb.i + 1 < len(doc) and doc[verb.i + 1].is_quote
    return (so_called or quoted) and passive_agent(verb) is None
