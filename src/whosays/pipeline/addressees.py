"""Who words are said to, between a verb and the quotation it introduces.

``She asked the crowd, “…”``, ``told reporters on Monday, “…”``, ``said in a statement,
“…”``: the words after the verb are its addressee and adjuncts, so the quotation after the
comma is the verb's complement, whole speech rather than words inside a clause. Used by
``whosays_quotes`` (is a quote whole?) and ``whosays_speakers`` (which verb introduces it).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["addressed_verb", "adjuncts_only", "is_audience_word"]

# How many words may stand between the verb and the comma (``asked the crowd outside
# the ministry,``), and the dependencies they may hang by.
MAX_ADDRESSEE_WORDS = 8
ADDRESSEE_DEPS = frozenset(
    {"dobj", "dative", "prep", "pobj", "det", "amod", "compound", "poss", "case",
     "nummod", "npadvmod", "advmod", "prt", "nmod"}
)  # fmt: skip
# People gathered to hear someone: any verb turned to them introduces speech.
AUDIENCE_WORDS = frozenset(
    {"crowd", "audience", "reporter", "journalist", "press", "supporter", "rally",
     "delegate", "congregation", "camera", "protester", "worker", "voter"}
)  # fmt: skip


def is_audience_word(token: Token) -> bool:
    """Whether a noun names an audience ("the crowd", "reporters")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in AUDIENCE_WORDS


def hangs_on(token: Token, verb: Token) -> bool:
    """Whether ``token`` is part of the verb's addressee or of an adjunct phrase (object,
    dative, preposition, time noun and their modifiers), not of a clause of its own."""
    while token.i != verb.i:
        if token.dep_ not in ADDRESSEE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def adjuncts_only(words: list[Token], verb: Token) -> bool:
    """Whether the words after ``verb`` are few and all its addressee or adjuncts."""
    after = [t for t in words if t.i > verb.i]
    return len(after) <= MAX_ADDRESSEE_WORDS and all(hangs_on(t, verb) for t in after)


def addressed_verb(last: Token) -> Token | None:
    """The verb an audience noun right before a comma is said to ("turned to the crowd,")."""
    if not is_audience_word(last):
        return None
    verb = last
    while verb.pos_ != "VERB" and verb.dep_ in ADDRESSEE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and hangs_on(last, verb) else None
