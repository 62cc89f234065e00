"""Speaker mentions for ``whosays_coref``: the word lists, names, titles and mention kinds.

The lexicons live in ``whosays/data`` as TSV files with a documented header
(``titles.tsv``, ``groups.tsv``, ``anonymous.tsv``, ``documents.tsv``,
``organizations.tsv``, ``first_names.tsv``), so extending them is a data change.
Everything here works on one mention or one name at a time; clusters and focus live in
:mod:`whosays.pipeline.clusters`, speaker resolution in :mod:`whosays.pipeline.coref`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from whosays.errors import ModelError
from whosays.pipeline.lexicon import data_rows, data_text

__all__ = [
    "HONORIFIC_GENDER",
    "INDEFINITE",
    "PRONOUNS",
    "Lexicons",
    "MentionKind",
    "TokenArrays",
    "classify_mention",
    "document_author",
    "load_lexicons",
    "name_tokens",
    "org_key",
    "person_titles",
    "same_org",
    "same_person",
    "span_head",
    "title_text",
    "title_words",
    "without_determiner",
]

# Honorific (lower-case, no final dot) -> gender it shows, or None.
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": None,
    "dr": None,
    "prof": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "rev": None,
    "madam": "f",
    "monsieur": "m",
    "mme": "f",
}

# Pronoun -> (number, gender): number "sg"/"pl"/"first", gender "m"/"f"/"n"/None.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "he": ("sg", "m"),
    "him": ("sg", "m"),
    "his": ("sg", "m"),
    "himself": ("sg", "m"),
    "she": ("sg", "f"),
    "her": ("sg", "f"),
    "hers": ("sg", "f"),
    "herself": ("sg", "f"),
    "it": ("sg", "n"),
    "its": ("sg", "n"),
    "they": ("pl", None),
    "them": ("pl", None),
    "their": ("pl", None),
    "i": ("first", None),
    "we": ("first", None),
    "our": ("first", None),
    "my": ("first", None),
}

# Headline verbs the NER folds into a name ("Obama Says").
SPEECH_WORDS = frozenset({"says", "said", "tells", "told", "adds", "writes", "warns", "urges"})
ENTITY_LABELS = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
)
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})
AUTHOR_PREPOSITIONS = frozenset({"from", "by", "of"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})
# Words that end a title phrase after its head ("a candidate with one message").
TITLE_STOP_WORDS = frozenset({"who", "which", "that", "whose", "with", "since", "after", "when"})
MAX_TITLE_TAIL = 8
TITLE_STOP_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})


@dataclass(frozen=True)
class Lexicons:
    """The word lists of ``whosays/data`` (all lower-case).

    ``first_names`` maps a first name to the gender it shows: the weakest gender hint.
    """

    roles: frozenset[str]
    ranks: frozenset[str]
    domains: frozenset[str]
    gendered: dict[str, str]
    group_plurals: frozenset[str]
    group_singulars: frozenset[str]
    anonymous_mention: re.Pattern[str]
    anonymous_sentence: re.Pattern[str]
    documents: frozenset[str]
    org_generic: frozenset[str]
    org_specific: frozenset[str]
    title_vocabulary: frozenset[str]
    first_names: dict[str, str]


def _rows(file: str, columns: int) -> list[list[str]]:
    rows = []
    for number, line in data_rows(data_text(file)):
        fields = [field.strip().lower() for field in line.split("\t")]
        if len(fields) != columns or not all(fields):
            raise ModelError(f"{file}: malformed row {number}: {line!r}")
        rows.append(fields)
    return rows


def _phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """The packaged lexicons (cached); a malformed file raises :class:`ModelError`."""
    titles = _rows("titles.tsv", 3)
    groups = _rows("groups.tsv", 2)
    anonymous = _rows("anonymous.tsv", 2)
    organizations = _rows("organizations.tsv", 2)
    for word, kind, gender in titles:
        if kind not in ("role", "rank", "domain") or gender not in ("m", "f", "-"):
            raise ModelError(f"titles.tsv: bad kind or gender for {word!r}")
    return Lexicons(
        roles=frozenset(w for w, kind, _ in titles if kind == "role"),
        ranks=frozenset(w for w, kind, _ in titles if kind == "rank"),
        domains=frozenset(w for w, kind, _ in titles if kind == "domain"),
        gendered={w: g for w, _, g in titles if g != "-"},
        group_plurals=frozenset(p for p, _ in groups),
        group_singulars=frozenset(s for p, s in groups if s != p),
        anonymous_mention=_phrases_pattern([p for p, s in anonymous if s == "mention"]),
        anonymous_sentence=_phrases_pattern([p for p, s in anonymous if s == "sentence"]),
        documents=frozenset(row[0] for row in _rows("documents.tsv", 1)),
        org_generic=frozenset(n for n, g in organizations if g == "yes"),
        org_specific=frozenset(n for n, g in organizations if g != "yes"),
        title_vocabulary=frozenset(row[0] for row in titles),
        first_names={name: gender for name, gender in _rows("first_names.tsv", 2)},
    )


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".")


def name_tokens(span: Span, lexicons: Lexicons) -> tuple[list[Token], str | None]:
    """The name words of a person mention and the gender its honorific shows.

    Drops determiners, punctuation, a possessive ``'s``, leading honorifics
    ("Ms.", "Mr") and leading title words ("Minister Jane Roe" -> "Jane Roe").
    """
    tokens = [t for t in span if not (t.is_punct or t.tag_ == "POS" or t.lower_ in ("'s", "’s"))]
    gender: str | None = None
    # A title word is kept when it is the whole name ("Mr. King", "Ms. Chancellor").
    while len(tokens) > 1 and (
        tokens[0].pos_ == "DET"
        or _bare(tokens[0]) in HONORIFIC_GENDER
        or tokens[0].lower_ in lexicons.title_vocabulary
    ):
        gender = HONORIFIC_GENDER.get(_bare(tokens[0]), gender)
        tokens = tokens[1:]
    if tokens and (tokens[0].pos_ == "DET" or _bare(tokens[0]) in HONORIFIC_GENDER):
        return [], gender
    if any(t.lower_ in PRONOUNS or t.lower_ in RELATIVE for t in tokens):
        return [], gender  # never a name: "He" or "Who" the NER took for a person
    while tokens and (
        tokens[-1].lower_ in SPEECH_WORDS
        or not (tokens[-1].is_alpha or tokens[-1].text[:1].isupper())
    ):
        tokens = tokens[:-1]
    return tokens, gender


def title_words(tokens: list[Token] | Span) -> frozenset[str]:
    """Lower-case words of a title, without determiners, possessors and punctuation."""
    return frozenset(
        t.lower_
        for t in tokens
        if not (t.is_punct or t.pos_ == "DET" or t.dep_ in ("poss", "case") or t.tag_ == "POS")
    )


def title_text(tokens: list[Token], lexicons: Lexicons) -> str:
    """A title as stored: lexicon words lower-case, the rest as the article writes them."""
    words = list(tokens)
    while words and (
        words[0].is_punct or words[0].is_space or words[0].pos_ == "DET" or words[0].tag_ == "PRP$"
    ):
        words = words[1:]
    while words and (
        words[-1].is_punct or words[-1].is_space or words[-1].pos_ in ("ADP", "CCONJ")
    ):
        words = words[:-1]
    known = lexicons.title_vocabulary
    parts = []
    preposition = next((t.i for t in words if t.pos_ == "ADP"), words[-1].i + 1 if words else 0)
    for token in words:
        # Lexicon words lower-case before any preposition ("director at the Center for
        # Media"), except acronyms such as "CEO" and "MP".
        lower = token.lower_ in known and token.i < preposition
        lower = lower and not (token.text.isupper() and len(token) > 1)
        parts.append((token.lower_ if lower else token.text) + token.whitespace_)
    return " ".join("".join(parts).split())


def _premodifier(name: list[Token], lexicons: Lexicons) -> list[Token]:
    head = span_head(name)
    doc = head.doc
    tokens = [doc[i] for i in range(head.left_edge.i, name[0].i)]
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        # A dateline or a paragraph break is never part of a title ("14 May 2025\n\n").
        if token.is_punct or token.is_space or token.dep_ in TITLE_STOP_DEPS:
            tokens = tokens[index + 1 :]
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL") or token.like_num:
            tokens = tokens[index + 1 :]
            break
    roles = [index for index, t in enumerate(tokens) if t.lower_ in lexicons.roles]
    return tokens[: roles[-1] + 1] if roles else []


def _phrase_until_comma(head: Token, stop: int) -> list[Token]:
    """A title phrase from its head's left edge up to a comma, a clause or a conjunction.

    A prepositional phrase cut short by a conjunction or the length limit is dropped
    ("assistant director of Russian and European studies" -> "assistant director").
    """
    doc = head.doc
    end = head.i + 1
    while end < stop and end <= head.right_edge.i:
        token = doc[end]
        if token.is_punct or token.dep_ in TITLE_STOP_DEPS or token.lower_ in TITLE_STOP_WORDS:
            break
        end += 1
    cut_short = end > head.i + MAX_TITLE_TAIL or (
        end < stop and end <= head.right_edge.i and doc[end].dep_ in ("cc", "conj")
    )
    end = min(end, head.i + MAX_TITLE_TAIL)
    if cut_short:
        end = next((t.i for t in doc[head.i + 1 : end] if t.pos_ == "ADP"), end)
    return [doc[i] for i in range(head.left_edge.i, end)]


def span_head(tokens: list[Token]) -> Token:
    """The token of ``tokens`` whose syntactic head lies outside them (the last if none)."""
    inside = range(tokens[0].i, tokens[-1].i + 1)
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _appositive(name: list[Token], lexicons: Lexicons) -> list[Token]:
    head = span_head(name)
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.lower_ in lexicons.roles:
            return _phrase_until_comma(child, len(child.doc))
    parent = head.head
    if head.dep_ == "appos" and parent.i < head.i and parent.lower_ in lexicons.roles:
        return _phrase_until_comma(parent, name[0].i)
    if head.dep_ in ("nsubj", "nsubjpass") and parent.lemma_ == "be":
        for child in parent.children:
            if child.dep_ == "attr" and child.lower_ in lexicons.roles:
                return _phrase_until_comma(child, len(child.doc))
    return []


def person_titles(name: list[Token], lexicons: Lexicons) -> list[list[Token]]:
    """Title phrases the text gives a person's name: pre-modifier, appositive or copula."""
    found = [_premodifier(name, lexicons), _appositive(name, lexicons)]
    return [tokens for tokens in found if tokens]


@dataclass(frozen=True)
class MentionKind:
    """What a speaker mention is, before it is resolved.

    ``kind`` is one of ``pronoun``, ``anonymous``, ``name``, ``document``, ``group``,
    ``coordination`` ("Trump and Clinton"), ``relative`` ("who": ``head`` is the noun the
    clause hangs on), ``title``, ``orgnoun``, ``unknown``.
    ``head`` is its head token; ``author`` a document's author span, if the text gives one.
    """

    kind: str
    head: Token
    author: Span | None = None


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


def classify_mention(span: Span, lexicons: Lexicons, has_person: bool) -> MentionKind:
    """Sort a speaker mention into the kind of resolution it needs.

    ``has_person`` says whether the mention holds a person's name the article uses.
    """
    head = span.root
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        return MentionKind("pronoun", words[0])
    if len(words) == 1 and words[0].lower_ in RELATIVE and words[0].head.dep_ == "relcl":
        return MentionKind("relative", words[0].head.head)
    if _coordinated(head, span, lexicons):
        return MentionKind("coordination", head)
    if words and _bare(words[0]) in HONORIFIC_GENDER and words[0].pos_ == "PROPN":
        return MentionKind("name", head)
    if _anonymous(span, lexicons, has_person):
        return MentionKind("anonymous", head)
    if has_person:
        return MentionKind("name", head)
    lower, lemma = head.lower_, head.lemma_.lower()
    if head.ent_type_ in ENTITY_LABELS and lower not in lexicons.roles:
        return MentionKind("name", head)
    if lower in lexicons.documents or lemma in lexicons.documents:
        return MentionKind("document", head, document_author(head))
    plural = head.tag_ in ("NNS", "NNPS")
    group_of = lower == "group" and any(c.lower_ == "of" for c in head.rights)
    if (
        group_of
        or lower in lexicons.group_plurals
        or (plural and lemma in lexicons.roles | lexicons.org_generic)
    ):
        return MentionKind("group", head)
    if lower in lexicons.group_singulars:
        if (words[0].lower_ if words else "") in INDEFINITE:
            return MentionKind("anonymous", head)
        return MentionKind("title" if lower in lexicons.roles else "group", head)
    if lower in lexicons.roles:
        return MentionKind("title", head)
    acronym = head.text.isupper() and head.is_alpha and len(head) > 1
    if head.ent_type_ in NAME_ENTS or head.pos_ == "PROPN" or acronym:
        return MentionKind("name", head)
    if lower in lexicons.org_generic or lower in lexicons.org_specific:
        return MentionKind("orgnoun", head)
    return MentionKind("unknown", head)


class TokenArrays:
    """Token attributes of a Doc as arrays, for article-wide scans without Token objects."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        names: list[int | str] = ["LOWER", "POS", "DEP", "ENT_TYPE", "SENT_START"]
        self.columns = dict(zip(names, doc.to_array(names).T, strict=True))
        self.parsed = doc.has_annotation("SENT_START")

    def sentence_numbers(self) -> list[int]:
        """The sentence number of each token (all 0 without sentence boundaries)."""
        if not self.parsed or not len(self.doc):
            return [0] * len(self.doc)
        starts = self.columns["SENT_START"] == 1
        starts[0] = False
        return [int(n) for n in numpy.cumsum(starts)]

    def find(
        self,
        words: Iterable[str] | None,
        *,
        pos: str = "",
        dep: str = "",
        no_entity: bool = False,
    ) -> list[int]:
        """Indices of tokens whose lower form is in ``words`` (any if None), POS and DEP."""
        strings = self.doc.vocab.strings
        mask = numpy.ones(len(self.doc), dtype=bool)
        if words is not None:
            wanted = numpy.array([strings.add(w) for w in words], dtype=numpy.uint64)
            mask &= numpy.isin(self.columns["LOWER"], wanted)
        if pos:
            mask &= self.columns["POS"] == POS_IDS[pos]
        if dep:
            mask &= self.columns["DEP"] == strings.add(dep)
        if no_entity:
            mask &= self.columns["ENT_TYPE"] == 0
        return [int(i) for i in numpy.flatnonzero(mask)]


def org_key(span: Span | list[Token]) -> tuple[str, ...]:
    """Lower-case words of an organisation name, without determiners and possessives."""
    return tuple(t.lower_ for t in span if not (t.pos_ == "DET" or t.is_punct or t.tag_ == "POS"))


def same_person(known: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether two full names name one person: same surname and first name or a suffix.

    "Jane Roe" / "Jane A. Roe" / "Roe" agree; "John Smith" and "Mary Smith" do not.
    """
    if not known or not key or known[-1] != key[-1]:
        return False
    if len(known) == 1 or len(key) == 1:
        return True
    shorter, longer = sorted((known, key), key=len)
    return shorter[0] == longer[0] or longer[-len(shorter) :] == shorter


def same_org(known: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether two organisation names agree, exactly or as an acronym of the other."""
    if not known or not key:
        return False
    if known == key:
        return True
    for short, long in ((known, key), (key, known)):
        if len(short) == 1 and len(long) > 1:
            initials = "".join(w[0] for w in long if w not in ("of", "the", "and", "for"))
            if short[0].replace(".", "") == initials:
                return True
    return False


def without_determiner(span: Span) -> str:
    """A mention's text without a leading determiner ("the statement" -> "statement")."""
    tokens = list(span)
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
