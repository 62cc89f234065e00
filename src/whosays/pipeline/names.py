"""Names for ``whosays_coref``: the name words of a mention and when two names agree.

A person's name loses its honorifics and title words ("Minister Jane Roe" -> "Jane
Roe"); an organisation's or a group's key is its words without determiners. Two
person names agree on the surname and the first name (or one is a suffix of the
other); two organisation names agree exactly or as an acronym of the other.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.mention_lexicons import HONORIFIC_GENDER, PRONOUNS, RELATIVE, Lexicons

__all__ = [
    "bare_word",
    "group_key",
    "name_tokens",
    "org_key",
    "org_tokens",
    "same_org",
    "same_person",
    "short_org_names",
    "titled_name",
    "turn_label",
    "widened_person",
]

# Headline verbs the NER folds into a name ("Obama Says").
SPEECH_WORDS = frozenset({"says", "said", "tells", "told", "adds", "writes", "warns", "urges"})


def bare_word(token: Token) -> str:
    """A token lower-case without a final dot, as honorifics are listed ("Mr." -> "mr")."""
    return token.lower_.rstrip(".")


# A sentence's first word the NER runs into the name after it: a preposition or
# subordinator, an adverb, a conjunction, a gerund.
NOT_NAME_TAGS = frozenset({"IN", "RB", "CC", "VBG"})


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
        or bare_word(tokens[0]) in HONORIFIC_GENDER
        or tokens[0].lower_ in lexicons.title_vocabulary
        or tokens[0].tag_ in NOT_NAME_TAGS  # "Without Bloomberg", "Asserting Clinton"
    ):
        gender = HONORIFIC_GENDER.get(bare_word(tokens[0]), gender)
        tokens = tokens[1:]
    if tokens and (tokens[0].pos_ == "DET" or bare_word(tokens[0]) in HONORIFIC_GENDER):
        return [], gender
    if any(t.lower_ in PRONOUNS or t.lower_ in RELATIVE for t in tokens):
        return [], gender  # never a name: "He" or "Who" the NER took for a person
    while tokens and (
        tokens[-1].lower_ in SPEECH_WORDS
        or not (tokens[-1].is_alpha or tokens[-1].text[:1].isupper())
    ):
        tokens = tokens[:-1]
    return tokens, gender


def org_tokens(span: Span | list[Token]) -> list[Token]:
    """The words of an organisation name, without determiners, punctuation and possessives."""
    return [t for t in span if not (t.pos_ == "DET" or t.is_punct or t.tag_ == "POS")]


def org_key(span: Span | list[Token]) -> tuple[str, ...]:
    """Lower-case words of an organisation name, without determiners and possessives."""
    return tuple(t.lower_ for t in org_tokens(span))


def group_key(span: Span) -> tuple[str, ...]:
    """Lower-case words of a group mention, without determiners and punctuation."""
    return tuple(t.lower_ for t in span if t.pos_ != "DET" and not t.is_punct)


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


def titled_name(ent: Span, lexicons: Lexicons) -> Span | None:
    """The name closing an entity the NER ran over a title ("Kazakh President
    Kassym-Jomart Tokayev" tagged ORG): the proper nouns after its last role word, up to
    a line break; None when there is no role word or the rest is not a name."""
    tokens = []
    for token in ent:
        if token.is_space or "\n" in token.text:
            break  # "Kazakh President Tokayev\n\nBEIJING": a headline over the dateline
        tokens.append(token)
    roles = [i for i, t in enumerate(tokens) if t.lower_ in lexicons.roles]
    name = tokens[roles[-1] + 1 :] if roles else []
    if not name or not all(t.pos_ == "PROPN" or _word_hyphen(t) for t in name):
        return None
    if name[-1].lower_ in lexicons.org_generic | lexicons.org_specific:
        return None  # "President Hotel Group"
    return ent.doc[name[0].i : name[-1].i + 1]


def _word_hyphen(token: Token) -> bool:
    """A hyphen inside a name the tokenizer split ("Kassym" "-" "Jomart")."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not token.whitespace_


def short_org_names(ents: list[Span]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The first word of each organisation name of two words or more ("Brackwell" of
    "Brackwell Water"), when it is a name of its own that no person name holds and no
    other organisation name opens with, and not met alone before the full name
    ("Google ... Google Plus": two things): alone, tagged PERSON or ORG, it is the short
    name of that organisation. Maps the short key to the full one."""
    firsts: dict[str, set[tuple[str, ...]]] = {}
    alone: set[str] = set()
    for ent in ents:
        tokens = org_tokens(ent)
        if len(tokens) == 1 and tokens[0].lower_ not in firsts:
            alone.add(tokens[0].lower_)
        elif ent.label_ == "ORG" and 1 < len(ent) == len(tokens) and _own_name(tokens):
            firsts.setdefault(tokens[0].lower_, set()).add(org_key(tokens))
    names = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    return {
        (word,): keys.pop()
        for word, keys in firsts.items()
        if len(keys) == 1 and word not in names | alone
    }


# First words shared by unrelated names: "United" is not "United Airlines".
NAME_OPENERS = frozenset(
    {"new", "national", "united", "american", "first", "general", "royal", "federal",
     "democratic", "republican", "international", "world", "global", "north", "south",
     "east", "west", "central", "state", "saint", "st", "great", "british", "european",
     "senate", "house", "congress", "white", "supreme", "city", "county"}
)  # fmt: skip


def _own_name(tokens: list[Token]) -> bool:
    """Whether an organisation name is proper nouns only (not a headline: "Obama
    Administration To Expand Program") whose first word is a name by itself
    ("Brackwell" of "Brackwell Water"), not an opener many names share ("United")."""
    first = tokens[0]
    return (
        all(t.pos_ == "PROPN" for t in tokens)
        and first.text.istitle()
        and first.lower_ not in NAME_OPENERS
    )


def turn_label(token: Token) -> bool:
    """Whether ``token`` is a speaker label in capitals opening a transcript line
    (``LOPEZ: That's simply false.``)."""
    doc, index = token.doc, token.i
    if not (token.text.isupper() and len(token) > 1) or index + 1 >= len(doc):
        return False
    before = doc[index - 1] if index > 0 else None
    opens_line = before is None or "\n" in before.text + before.whitespace_
    return opens_line and doc[index + 1].text == ":"


def widened_person(ent: Span, lexicons: Lexicons) -> Span:
    """A PERSON entity with the first names the NER left out after a split abbreviation
    (``Sgt. Ana Diaz``: the NER tags only ``Diaz``): capitalised proper-noun compounds of
    the name, untagged, whole words (not ``Sen.``) and no title word."""
    doc, start = ent.doc, ent.start
    while start > 0:
        before = doc[start - 1]
        if before.pos_ != "PROPN" or before.dep_ != "compound" or before.ent_type_:
            break
        if not (ent.start <= before.head.i < ent.end and before.is_alpha and before.is_title):
            break
        if before.lower_ in lexicons.title_vocabulary or bare_word(before) in HONORIFIC_GENDER:
            break
        # not "Senators" or a headline's "Nominates" unless a known first name ("Luis")
        if before.lower_.endswith("s") and before.lower_ not in lexicons.first_names:
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label)
