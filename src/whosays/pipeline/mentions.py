"""Speaker mentions for ``whosays_coref``: what kind of resolution a mention needs.

A mention is a pronoun, a relative pronoun, a name, a document (with the author the
text gives it), a group, a coordination of speakers, a title, an organisation noun, an
anonymous source or unknown; :func:`classify_mention` sorts it. The word lists live in
:mod:`whosays.pipeline.mention_lexicons`, names in :mod:`whosays.pipeline.names`, titles
in :mod:`whosays.pipeline.titles`; clusters and focus in
:mod:`whosays.pipeline.clusters`, speaker resolution in :mod:`whosays.pipeline.coref`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from whosays.pipeline.mention_lexicons import (
    HONORIFIC_GENDER,
    INDEFINITE,
    PRONOUNS,
    RELATIVE,
    Lexicons,
)
from whosays.pipeline.names import bare_word

__all__ = [
    "MentionKind",
    "classify_mention",
    "document_author",
    "national_side",
    "without_determiner",
]

ENTITY_LABELS = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
)
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
AUTHOR_PREPOSITIONS = frozenset({"from", "by", "of"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True)
class MentionKind:
    """What a speaker mention is, before it is resolved.

    ``kind`` is one of ``pronoun``, ``anonymous``, ``name``, ``document``, ``group``,
    ``coordination`` ("Trump and Clinton"), ``relative`` ("who": ``head`` is the noun the
    clause hangs on), ``title``, ``orgnoun``, ``unknown``.
    ``head`` is its head token; ``author`` a document's author span, if the text gives one.
    ``role`` marks an anonymous mention that is only an indefinite role ("a judge", "an
    official"): it stays anonymous unless the article names that person later.
    """

    kind: str
    head: Token
    author: Span | None = None
    role: bool = False


def _anonymous(span: Span, lexicons: Lexicons, has_person: bool) -> bool:
    text = span.text.lower()
    if lexicons.anonymous_mention.search(text):
        return True
    if has_person:
        return False
    doc = span.doc
    end = span.sent.end if doc.has_annotation("SENT_START") else len(doc)
    rest = doc[span.start : end].text.lower()
    return lexicons.anonymous_sentence.search(rest) is not None


# Participles whose agent holds or read a document, not wrote it ("seen by Reuters").
READER_VERBS = frozenset(
    {"obtain", "see", "review", "read", "examine", "acquire", "receive", "view", "analyze",
     "analyse", "seize", "get", "inspect", "study", "leak", "verify", "authenticate"}
)  # fmt: skip


def document_author(head: Token) -> Span | None:
    """Who a document noun says wrote it: "Hamas's statement", "a Hamas statement",
    "a statement from the ministry", "a report published by the audit office"."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "poss":
            return doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("compound", "amod") and child.i < head.i and child.ent_type_:
            return doc[child.left_edge.i : child.i + 1]
    for child in head.rights:
        if child.dep_ == "acl":  # "a report published by the audit office"
            if child.lemma_.lower() in READER_VERBS:
                continue  # "invoices reviewed by the Ledger": the Ledger read them
            child = next((c for c in child.children if c.dep_ == "agent"), child)
        if child.dep_ in ("prep", "agent") and child.lower_ in AUTHOR_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return None


def _coordinated(head: Token, span: Span, lexicons: Lexicons) -> bool:
    """Whether a mention joins several speakers ("Roe and Lind"), not titles of one."""
    if not any(c.dep_ == "cc" for c in head.children):
        return False
    for child in head.children:
        if child.dep_ != "conj" or child.i >= span.end or child.pos_ not in NOMINAL:
            continue
        if not (head.lower_ in lexicons.roles and child.lower_ in lexicons.roles):
            return True
    return False


def _names_document(token: Token, lexicons: Lexicons) -> bool:
    return token.lower_ in lexicons.documents or token.lemma_.lower() in lexicons.documents


def _all_documents(head: Token, lexicons: Lexicons) -> bool:
    """Whether the head and every noun joined to it name documents."""
    nouns = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in NOMINAL]
    return all(_names_document(t, lexicons) for t in nouns)


# "A group of senators", "a chorus of Republicans", "a handful of aides": a group.
COLLECTIVE_NOUNS = frozenset(
    {"group", "chorus", "handful", "number", "majority", "minority", "dozens", "hundreds"}
)


def classify_mention(span: Span, lexicons: Lexicons, has_person: bool) -> MentionKind:
    """Sort a speaker mention into the kind of resolution it needs.

    ``has_person`` says whether the mention holds a person's name the article uses.
    """
    head = span.root
    if head.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT":
        # "Documents obtained through a request" (show …): the parse's root is the
        # participle; the mention is its subject noun
        subjects = [
            c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and span.start <= c.i
        ]
        head = subjects[0] if subjects else head
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        return MentionKind("pronoun", words[0])
    if len(words) == 1 and words[0].lower_ in RELATIVE and words[0].head.dep_ == "relcl":
        return MentionKind("relative", words[0].head.head)
    if _coordinated(head, span, lexicons):
        unnamed = not has_person and not any(t.pos_ == "PROPN" for t in words)
        if unnamed and _anonymous(span, lexicons, has_person):
            return MentionKind("anonymous", head)  # "two current and one former employee"
        if _all_documents(head, lexicons):
            return MentionKind("document", head, document_author(head))  # "emails and texts"
        return MentionKind("coordination", head)
    if words and bare_word(words[0]) in HONORIFIC_GENDER and words[0].pos_ == "PROPN":
        return MentionKind("name", head)
    if _anonymous(span, lexicons, has_person):
        return MentionKind("anonymous", head)
    if has_person:
        return MentionKind("name", head)
    if _one_of_people(head, lexicons):
        return MentionKind("anonymous", head)  # "one of the employees", "one of them"
    lower, lemma = head.lower_, head.lemma_.lower()
    if national_side(head) or lower == "sides":
        return MentionKind("group", head)  # "the Kazakh side", "the two sides said"
    if head.ent_type_ in ENTITY_LABELS and lower not in lexicons.roles:
        return MentionKind("name", head)
    if _names_document(head, lexicons):
        return MentionKind("document", head, document_author(head))
    plural = head.tag_ in ("NNS", "NNPS")
    group_of = lower in COLLECTIVE_NOUNS and any(c.lower_ == "of" for c in head.rights)
    if (
        group_of
        or lower in lexicons.group_plurals
        or (plural and lemma in lexicons.roles | lexicons.org_generic)
    ):
        return MentionKind("group", head)
    if lower in lexicons.group_singulars:
        if (words[0].lower_ if words else "") in INDEFINITE:
            return MentionKind("anonymous", head, role=lower in lexicons.roles)
        return MentionKind("title" if lower in lexicons.roles else "group", head)
    if lower in lexicons.roles:
        return MentionKind("title", head)
    acronym = head.text.isupper() and head.is_alpha and len(head) > 1
    org_noun = lower in lexicons.org_generic or lower in lexicons.org_specific
    if org_noun and not head.ent_type_ and len(words) == 1:
        return MentionKind("orgnoun", head)  # "Ministry rejects claims …": a headline's noun
    if head.ent_type_ in NAME_ENTS or head.pos_ == "PROPN" or acronym:
        return MentionKind("name", head)
    if lower in lexicons.org_generic or lower in lexicons.org_specific:
        return MentionKind("orgnoun", head)
    return MentionKind("unknown", head)


# A party to talks named by its nation ("the Kazakh side", "the Chinese side").
SIDE_NOUNS = frozenset({"side"})
NATION_LABELS = frozenset({"NORP", "GPE", "ORG"})


def national_side(head: Token) -> bool:
    """``The Kazakh side``, ``the Chinese side``: a nation's delegation, an unnamed group
    (the NER often tags the adjective ORG, which names no organisation)."""
    return head.lower_ in SIDE_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in NATION_LABELS for c in head.lefts
    )


def _one_of_people(head: Token, lexicons: Lexicons) -> bool:
    """``One of the residents``, ``one of them``: one unnamed member of people the
    article mentions (not ``one of the reports``, ``one of her first moves``)."""
    if head.lower_ != "one":
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in ("them", "those", "us"):
                return True
            people = lexicons.roles | lexicons.group_singulars
            return noun.lower_ in lexicons.group_plurals or noun.lemma_.lower() in people
    return False


def without_determiner(span: Span) -> str:
    """A mention's text without a leading determiner ("the statement" -> "statement")."""
    tokens = list(span)
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
