"""The cue verb's clause for whosays_sources: what kind of verb and phrase a token is.

Predicates on the parse around a cue verb, shared by :mod:`whosays.pipeline.sources`:
passives and perfects, conditions (``if``), time and occasion phrases that say when and
where the words were said (not what), headlines, ``was quoted as saying``, shared
objects of joined verbs, the lemma spellings the lemmatiser slips on, and the vague
complement of an agentless passive.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import AttributionData
from whosays.pipeline.occasion import OCCASION_WORDS
from whosays.pipeline.source_clauses import OBJECT_DEPS
from whosays.pipeline.source_spans import (
    make_attribution,
    on_weekday,
    passive_cue,
    trim_content,
    verb_cue,
)
from whosays.pipeline.source_subjects import EXPLETIVES, SUBJECTS

__all__ = [
    "adverb_after_cue",
    "after_leading_day",
    "completed_cue",
    "completed_verb",
    "dates_it",
    "is_condition",
    "is_headline",
    "is_imperative",
    "is_occasion",
    "is_passive",
    "is_perfect",
    "is_quoted_as",
    "is_time_phrase",
    "lemma_candidates",
    "noun_cue_verb",
    "quoted_as_cue",
    "settle_cue",
    "shared_objects",
    "vague_complement",
    "with_colon",
]


def vague_complement(verb: Token, rule: str) -> AttributionData | None:
    """``X is considered Y``, ``X seems to Y``: subject and complement, sourced by nobody."""
    doc = verb.doc
    complements = [c for c in verb.rights if c.dep_ in OBJECT_DEPS and not dates_it(c)]
    if not complements or (rule == "vague-verb" and all(_is_place(c) for c in complements)):
        return None  # "Trump appeared at the debate", "appearing on Fox News": no hedge
    end = complements[-1].right_edge.i + 1
    start = complements[0].left_edge.i
    cue = passive_cue(verb)
    first = complements[0]
    if rule == "vague-passive" and first.i == verb.i + 1 and _passive_preposition(first):
        cue = doc[cue.start : first.i + 1]  # "is widely regarded as", "was accused of"
        start = first.i + 1
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ not in EXPLETIVES:
        start = subject.left_edge.i
    content = trim_content(doc, start, end)
    if content is None:
        return None
    return make_attribution("vague", content, cue, None, rule)


# Where someone appeared ("appeared at the debate", "on Fox News", "before reporters").
PLACE_PREPOSITIONS = frozenset({"at", "on", "in", "before", "alongside"})


def _is_place(complement: Token) -> bool:
    """A preposition that says where someone appeared (``at the debate``, ``on Fox News``,
    ``before reporters``), not how something seems (``seemed like a smart move``)."""
    return complement.dep_ == "prep" and complement.lower_ in PLACE_PREPOSITIONS


# Prepositions that complete a passive cue: "is regarded as", "was criticized for",
# "is accused of", "was charged with", "was asked about", "was attributed to".
PASSIVE_PREPOSITIONS = frozenset({"as", "for", "of", "with", "about", "to"})


def _passive_preposition(token: Token) -> bool:
    """Whether ``token`` is a preposition that joins an agentless passive cue to what is
    said of its subject (``seen as a conservative icon``), its object in the content."""
    return (
        token.dep_ == "prep"
        and token.lower_ in PASSIVE_PREPOSITIONS
        and any(c.dep_ in ("pobj", "pcomp") for c in token.children)
    )


def is_imperative(verb: Token) -> bool:
    """``Ask the steelworkers whether they feel the benefit``: a bare verb opening its
    sentence with no subject tells the reader to do it; nobody said anything."""
    sentence = [t for t in verb.sent if not (t.is_punct or t.is_space)]
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and bool(sentence)
        and sentence[0].i == verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    )


def settle_cue(doc: Doc, attribution: AttributionData, keeps: Callable[[Token], bool]) -> None:
    """The cue's final span, once the attributions are settled (so no other span moves):
    :func:`completed_cue`, :func:`adverb_after_cue`, :func:`noun_cue_verb`."""
    completed_cue(doc, attribution, keeps)
    adverb_after_cue(doc, attribution)
    noun_cue_verb(doc, attribution)


def completed_cue(doc: Doc, attribution: AttributionData, keeps: Callable[[Token], bool]) -> None:
    """``went on to say``, ``responded by saying``: the cue keeps the verb its infinitive
    or ``by`` participle completes (:func:`completed_verb`; an infinitive's only where
    ``keeps`` says so: not ``refused`` of ``refused to say``, a cue verb of its own). Done
    once the attributions are settled, so that it moves no other span."""
    cue = attribution.get("cue")
    span = doc.char_span(cue[0], cue[1]) if cue else None
    head = completed_verb(span) if span is not None else None
    if cue is None or span is None or head is None:
        return
    if span.root.dep_ == "pcomp" or keeps(head):  # "responded by saying": one act
        attribution["cue"] = [doc[verb_cue(head).start].idx, cue[1]]


def adverb_after_cue(doc: Doc, attribution: AttributionData) -> None:
    """``argued insistently``, ``replied evenly``, ``said explicitly``: an adverb of the cue
    verb right after it joins the cue, as the ones before it do (not ``so``: ``said so`` is
    what was said). Set once the attributions are settled, so no other span moves."""
    cue, content = attribution.get("cue"), attribution["content"]
    span = doc.char_span(cue[0], cue[1]) if cue else None
    if cue is None or span is None or span.end >= len(doc) or span[-1].i != span.root.i:
        return
    after = doc[span.end]
    if after.dep_ != "advmod" or after.pos_ != "ADV" or after.head.i != span.root.i:
        return
    if after.lower_ != "so" and not content[0] <= after.idx < content[1]:
        attribution["cue"] = [cue[0], after.idx + len(after)]


def noun_cue_verb(doc: Doc, attribution: AttributionData) -> None:
    """``makes no mention of``, ``has given a spirited defense of``, ``avoided
    direct criticism of``: a cue noun that is the object of a verb takes the verb into its
    cue (PolNeAR: 12 such cues of 15 on train quarter 3). Set once the attributions are
    settled, so no other span moves."""
    cue = attribution.get("cue")
    span = doc.char_span(cue[0], cue[1]) if cue else None
    if cue is None or span is None or attribution.get("rule") != "noun":
        return
    noun, source = span[0], attribution.get("source")
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > noun.i:
        return
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and source and subject.left_edge.idx == source[0]:
        # its subject speaks: not "won the endorsement of the governor" (the governor does)
        attribution["cue"] = [doc[verb_cue(verb).start].idx, cue[1]]


def completed_verb(cue: Span) -> Token | None:
    """The verb a cue completes: ``went on`` for ``to say`` (``went on to say``, ``is trying
    to show``; an adverbial infinitive only right after it, ``labors anew to persuade``,
    not ``took his daughter there to explain``; ``were`` for ``were quick to condemn``),
    and ``responded`` for ``saying`` right after ``responded by`` (not ``followed him by
    echoing``: an object between)."""
    verb, head = cue.root, cue.root.head
    infinitive = cue[0].lower_ == "to" and head.pos_ == "VERB" and head.i < verb.i
    if infinitive and (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _next_to(head, cue[0]))):
        return head  # an adverbial infinitive only right after it: "went on to name"
    if cue[0].lower_ == "to" and verb.dep_ == "xcomp" and _copular_adjective(head, verb):
        return head.head  # "are quick to point out", "are slightly more likely to say"
    if verb.dep_ != "pcomp" or head.lower_ != "by" or head.head.pos_ != "VERB":
        return None
    done = head.head
    particles = [c.i for c in done.rights if c.dep_ == "prt"]
    return done if head.i == max([done.i, *particles]) + 1 else None


def _copular_adjective(adjective: Token, verb: Token) -> bool:
    """``quick`` in ``were quick to condemn``: an adjective after ``be`` that ``verb``
    completes."""
    return (
        adjective.pos_ == "ADJ"
        and adjective.dep_ == "acomp"
        and adjective.head.lemma_ == "be"
        and adjective.i < verb.i
    )


def _next_to(head: Token, to: Token) -> bool:
    """Whether only ``head``'s particles and adverbs stand between it and ``to``."""
    between = head.doc[head.i + 1 : to.i]
    return all(t.head.i == head.i and t.dep_ in ("prt", "advmod") for t in between)


def is_condition(verb: Token) -> bool:
    """A cue verb in an ``if`` / ``unless`` clause states a condition, not what was said."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    )


def dates_it(complement: Token) -> bool:
    """``The rules were first agreed in 2019``: a preposition with a date says when it
    happened, not what was said of it (``was described as``, ``is credited with``)."""
    return complement.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in complement.children
    )


def with_colon(cue: Span) -> Span:
    """``cue`` and the colon right after it (PolNeAR's cue: ``said:``, ``responded:``)."""
    doc = cue.doc
    if cue.end < len(doc) and doc[cue.end].text == ":":
        return doc[cue.start : cue.end + 1]
    return cue


def is_time_phrase(token: Token) -> bool:
    """``on Monday`` (``night``…) on the verb: the day of the speech act in news style.

    Not ``in March`` or ``on May 3``, which as often date what was announced.
    """
    return token.dep_ == "prep" and on_weekday(token, day_parts=True)


def is_occasion(token: Token) -> bool:
    """``at a press briefing``, ``in an interview``: where the words were said."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return (
        token.dep_ == "prep"
        and token.lower_ in ("at", "in", "during")
        and bool(objects)
        and objects[0].lemma_.lower() in OCCASION_WORDS
    )


def after_leading_day(verb: Token, clause: Token) -> int:
    """Where a reported clause starts: after ``on Sunday`` right after the cue verb, which the
    parse hangs on the clause (``said on Sunday it would review``): the day of the speech
    act, as ``is_time_phrase`` keeps it off an object's content."""
    start = clause.left_edge.i
    lead = next((c for c in clause.lefts if c.left_edge.i == start), None)
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS), None)
    if (
        lead is None
        or start != verb.i + 1
        or not is_time_phrase(lead)
        or subject is None
        or subject.i < lead.i
    ):
        return start
    return lead.right_edge.i + 1


def is_headline(sent: Span) -> bool:
    """A title-case sentence: every word of four letters or more starts with a capital."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def shared_objects(verb: Token) -> list[Token]:
    """``derided and insulted the professional left``: a verb with no object of its own
    shares the objects of the verb it is joined to right after it."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return []
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if joined is None or joined.i > verb.i + 4:
        return []
    return [c for c in joined.rights if c.dep_ in OBJECT_DEPS and c.dep_ != "ccomp"]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_perfect(verb: Token) -> bool:
    """``He's said he …``, ``who's argued for years that …``: ``'s`` is ``has`` before a
    participle that takes a clause (the parse reads a passive ``is said``)."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        contracted
        and subject is not None
        and subject.lower_ not in EXPLETIVES
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def lemma_candidates(verb: Token) -> list[str]:
    """The lemma, then the word itself less an inflection (``hopes``, ``hoping`` -> ``hope``)."""
    word = verb.lower_
    candidates = [verb.lemma_.lower(), word]
    for suffix, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            candidates.append(word[: -len(suffix)] + replacement)
    return candidates


def is_quoted_as(verb: Token) -> bool:
    """``quoted`` in ``X was quoted as saying …`` (the cue verb is ``saying``)."""
    return verb.lemma_.lower() == "quote" and any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children
    )


def quoted_as_cue(verb: Token) -> Span | None:
    """The cue span ``quoted as saying`` when ``verb`` is its ``saying``."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "as":
        return None
    quoted = preposition.head
    if quoted.lemma_.lower() != "quote":
        return None
    return verb.doc[quoted.i : verb.i + 1]
