"""Titles for ``whosays_coref``: the title phrases a text gives a person, and their words.

A title comes before the name ("Defence Minister Jane Roe"), in apposition to it ("Jane
Roe, the defence minister,") or after a copula ("Roe is the defence minister"); it runs
up to a comma, a clause or a conjunction. It is stored with lexicon words lower-case and
the rest as the article writes it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.mention_lexicons import Lexicons
from whosays.pipeline.names import bare_word
from whosays.pipeline.tokens import span_head

__all__ = [
    "person_titles",
    "title_text",
    "title_word",
    "title_words",
    "unaliased",
    "weak_title",
]

# Words that end a title phrase after its head ("a candidate with one message").
TITLE_STOP_WORDS = frozenset({"who", "which", "that", "whose", "with", "since", "after", "when"})
MAX_TITLE_TAIL = 8
TITLE_STOP_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})
# Honorifics that only address a person are no title ("Mrs Justice Marsh": "justice").
ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "mx", "madam", "monsieur", "mme"})
# Honorifics that are titles before a name, kept as written ("Dr. Ana Ruiz": "Dr.").
ACADEMIC_TITLES = frozenset({"dr"})
# Family relations: a person's title where the article gives one ("her daughter, Clare
# Ellory,", "9/11 widow Terry Strada"), but no role of the lexicon, so that "the daughter
# said" or "his wife said" is not resolved by title (PolNeAR dev: "the nominee's eldest
# daughter" went to the nominee, "She" to a "wife" named elsewhere).
FAMILY_TITLES = frozenset(
    {"daughter", "son", "widow", "widower", "brother", "sister", "mother", "father", "wife",
     "husband", "grandson", "granddaughter"}
)  # fmt: skip
# Titles abbreviated before a name ("Sen. Ted Cruz", "Lt. Gov. Dan Patrick"): read and
# stored as the word, so that "the senator" later finds Cruz.
ABBREVIATED_TITLES = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
    "adm.": "admiral", "maj.": "major", "cmdr.": "commander", "atty.": "attorney",
    "prof.": "professor", "supt.": "superintendent", "amb.": "ambassador",
}  # fmt: skip


def title_word(token: Token) -> str:
    """The lower-case word of a title token, an abbreviation written out ("Sen." -> senator).

    The tokenizer sometimes splits the full stop off ("Lt", "."): the bare form counts too.
    """
    lower = token.lower_
    return ABBREVIATED_TITLES.get(lower) or ABBREVIATED_TITLES.get(f"{lower}.", lower)


def _abbreviation_stop(token: Token) -> bool:
    """A full stop the tokenizer split off an abbreviated title ("Lt" "." "Gov.")."""
    if token.text != "." or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return not before.whitespace_ and f"{before.lower_}." in ABBREVIATED_TITLES


def _word_hyphen(token: Token) -> bool:
    """A hyphen inside a word the tokenizer split ("Director" "-" "General")."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


# A title whose head word is one of these is also the role it names: "Justice Eleanor
# Marsh", "Mrs Justice Marsh" and "Chief Justice Roe" are judges ("a High Court judge
# said ... Justice Eleanor Marsh said", "The judge said").
TITLE_ALIASES = {"justice": "judge"}


def title_words(tokens: list[Token] | Span) -> frozenset[str]:
    """Lower-case words of a title, without determiners, possessors and punctuation."""
    words = [
        title_word(t)
        for t in tokens
        if not (t.is_punct or t.pos_ == "DET" or t.dep_ in ("poss", "case") or t.tag_ == "POS")
    ]
    alias = TITLE_ALIASES.get(title_word(span_head(list(tokens)))) if words else None
    return frozenset([*words, alias] if alias else words)


def unaliased(words: frozenset[str]) -> frozenset[str]:
    """Title words without those an alias stands for ("justice" of "Justice Eleanor
    Marsh", which is also "judge"): the words a shorter title mention must hold."""
    return words - {word for word, alias in TITLE_ALIASES.items() if alias in words}


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
        if _abbreviation_stop(token):
            parts.append(token.whitespace_)  # "Lt" "." is written out as "lieutenant"
            continue
        # Lexicon words lower-case before any preposition ("director at the Center for
        # Media"), except acronyms such as "CEO" and "MP".
        word = title_word(token)
        lower = word in known and token.i < preposition
        lower = lower and not (token.text.isupper() and len(token) > 1)
        # A rank word opens no name: "Former Pennsylvania governor" is "former ...".
        named = word not in lexicons.ranks and _opens_proper_name(token, words, known)
        lower = lower and not named
        parts.append((word if lower else token.text) + token.whitespace_)
    return " ".join("".join(parts).split())


def _opens_proper_name(token: Token, title: list[Token], known: frozenset[str]) -> bool:
    """Whether a capitalised lexicon word opens a proper name with the capitalised title
    word after it, which is no lexicon word ("High Court judge", not "high Court judge")."""
    if token.i + 1 > title[-1].i or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    after = token.doc[token.i + 1]
    return after.pos_ == "PROPN" and after.text.istitle() and title_word(after) not in known


def _premodifier(name: list[Token], lexicons: Lexicons) -> list[Token]:
    head = span_head(name)
    doc = head.doc
    tokens = [doc[i] for i in range(head.left_edge.i, name[0].i)]
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        # A dateline or a paragraph break is never part of a title ("14 May 2025\n\n").
        if _abbreviation_stop(token) or _word_hyphen(token):
            continue
        if token.is_punct or token.is_space or token.dep_ in TITLE_STOP_DEPS:
            tokens = tokens[index + 1 :]
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL") or token.like_num:
            tokens = tokens[index + 1 :]
            break
    roles = [index for index, t in enumerate(tokens) if _role(t, lexicons)]
    academic = [t for t in tokens[-1:] if bare_word(t) in ACADEMIC_TITLES]
    if not roles:  # "Dr. Ana Ruiz"; "WHO Director-General Dr. Amara Osei" keeps the role
        return academic or _detached_abbreviation(name[0], lexicons)
    # "Secretary of State Gloria Neal", "Minister of Finance Ali Reza": the office too
    office = _of_office(tokens[roles[-1] + 1 :])
    title = tokens if office else tokens[: roles[-1] + 1]
    # "her husband Republican Senate front-runner Paul Carter": the role after it.
    family = [i for i in roles[:-1] if title[i].lower_ in FAMILY_TITLES]
    title = title[family[-1] + 1 :] if family else title
    # "Mrs Justice Eleanor Marsh" is "justice": a form of address is no title, but "Dr."
    # is (as the article writes it).
    while len(title) > 1 and bare_word(title[0]) in ADDRESS_FORMS:
        title = title[1:]
    return title


def weak_title(text: str) -> bool:
    """Whether a stored title is one any other title beats (or none): an academic title
    ("Dr.") or a family relation ("wife" of "Senator Mary Lind, his wife": "senator")."""
    words = text.lower().split()
    if not words:
        return True
    academic = len(words) == 1 and words[0].rstrip(".") in ACADEMIC_TITLES
    return academic or words[-1] in FAMILY_TITLES


def _role(token: Token, lexicons: Lexicons) -> bool:
    """A role word that heads a title, or a family relation ("her daughter, Clare Ellory")."""
    return title_word(token) in lexicons.roles or token.lower_ in FAMILY_TITLES


def _appositive_role(token: Token, lexicons: Lexicons) -> bool:
    """A role word, or a family relation the appositive relates to someone ("her daughter",
    "Reagan's daughter", "son of HP's co-founder"), not a description ("the first working
    mother to serve as first lady", a headline's "Benghazi Victim Mother")."""
    if title_word(token) in lexicons.roles:
        return True
    related = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children
    )
    return token.lower_ in FAMILY_TITLES and related


def _of_office(rest: list[Token]) -> bool:
    """``of State``, ``of Foreign Affairs``: capitalised words after ``of`` that name the
    office of the title word before them."""
    if len(rest) < 2 or rest[0].lower_ != "of":
        return False
    return all(t.pos_ == "PROPN" and t.text.istitle() for t in rest[1:])


def _detached_abbreviation(first: Token, lexicons: Lexicons) -> list[Token]:
    """``Sgt. Ana Diaz said``: an abbreviated title with its full stop split off, right
    before the name, that the parse hung on the verb instead of the name."""
    if first.i < 2 or not _abbreviation_stop(first.doc[first.i - 1]):
        return []
    title = first.doc[first.i - 2]
    return [title] if title_word(title) in lexicons.roles else []


def _phrase_until_comma(head: Token, stop: int) -> list[Token]:
    """A title phrase from its head's left edge up to a comma, a clause or a conjunction.

    A prepositional phrase cut short by a conjunction or the length limit is dropped
    ("assistant director of Nordic and Baltic history" -> "assistant director").
    """
    doc = head.doc
    end = head.i + 1
    while end < stop and end <= head.right_edge.i:
        token = doc[end]
        # The apostrophe of a plural possessive is a word of the title ("the dockers' union").
        punct = token.is_punct and token.tag_ != "POS" and not _word_hyphen(token)
        if punct or token.dep_ in TITLE_STOP_DEPS or token.lower_ in TITLE_STOP_WORDS:
            break
        end += 1
    cut_short = end > head.i + MAX_TITLE_TAIL or (
        end < stop and end <= head.right_edge.i and doc[end].dep_ in ("cc", "conj")
    )
    end = min(end, head.i + MAX_TITLE_TAIL)
    if cut_short:
        end = next((t.i for t in doc[head.i + 1 : end] if t.pos_ == "ADP"), end)
    return [doc[i] for i in range(head.left_edge.i, end)]


def _appositive(name: list[Token], lexicons: Lexicons) -> list[Token]:
    head = span_head(name)
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _appositive_role(child, lexicons):
            return _phrase_until_comma(child, len(child.doc))
    parent = head.head
    if head.dep_ == "appos" and parent.i < head.i and _appositive_role(parent, lexicons):
        after = parent.doc[parent.i + 1]
        if parent.lower_ in FAMILY_TITLES and after.text != "," and after.lower_ != "of":
            # "her husband Republican Senate front-runner Paul Carter": the rest
            # is the name's own pre-modifier title
            return [parent.doc[i] for i in range(parent.left_edge.i, parent.i + 1)]
        return _phrase_until_comma(parent, name[0].i)
    if head.dep_ in ("nsubj", "nsubjpass") and parent.lemma_ == "be":
        for child in parent.children:
            if child.dep_ == "attr" and child.lower_ in lexicons.roles:
                return _phrase_until_comma(child, len(child.doc))
    return []


def person_titles(name: list[Token], lexicons: Lexicons) -> list[list[Token]]:
    """Title phrases the text gives a person's name: pre-modifier, appositive or copula."""
    found = [_premodifier(name, lexicons), _appositive(name, lexicons)]
    found = [tokens for tokens in found if tokens]
    # A weak title first, so that the other, recorded after it, is the one given.
    return sorted(found, key=lambda tokens: not weak_title(" ".join(t.text for t in tokens)))
