"""whosays_paragraphs: a line break always ends a sentence, and only a stop ends one inside a line.

Runs before the parser. Headlines, datelines and bylines carry no final full stop, so
the parser would otherwise join them to the next paragraph's first sentence, and an
attribution found there would start in the headline. Marking the token after a line
break as a sentence start makes the parser respect the paragraph structure.

Inside a line, the small parser also starts sentences where no sentence can end
("14 | May 2025", "Transport | Minister Elena Varga said"), which cuts a title off its
speaker. A token may therefore start a sentence within a line only after a full stop,
question or exclamation mark or ellipsis (or a closing quote or bracket after one), and
never at a quote mark glued to the word before it (`fight." | Next`) nor at a lower-case
word after a quotation closing on ``?`` or ``!`` (`yes!" | as they passed`); the parser
still decides whether it does.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DEFAULT_CONFIG: dict[str, object] = {}

SENTENCE_FINAL = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "'", "''", "”", "’", ")", "]", "»"})
# Tags of words that carry a sentence on after a quotation: "as", "and", "at", "to", "when".
RUN_ON_TAGS = frozenset({"IN", "CC", "TO", "WRB"})


@Language.factory("whosays_paragraphs", default_config=DEFAULT_CONFIG)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    """Create the whosays_paragraphs component."""
    return ParagraphBreaker(name)


def ends_sentence(token: Token) -> bool:
    """Whether a sentence may end with ``token``: a stop, or closers right after one."""
    doc = token.doc
    i = token.i
    while i > 0 and (doc[i].text in CLOSERS or doc[i].is_space):
        i -= 1
    return doc[i].text[-1:] in SENTENCE_FINAL


def closes_previous(token: Token) -> bool:
    """Whether ``token`` is a quote mark or bracket glued to the word before it."""
    return token.text in CLOSERS and not token.nbor(-1).whitespace_


def continues_after_quote(token: Token) -> bool:
    """Whether a lower-case conjunction or preposition follows a quotation closing on
    ``?`` or ``!``: the sentence runs on (``chanted "Reform no, retire yes!" as they
    passed``); an attribution after it (``“You winning?” she said``) is left to the
    parser, whose split there the quote stage reads as the quoted sentence's end."""
    before = token.nbor(-1)
    return (
        token.text[:1].islower()
        and token.tag_ in RUN_ON_TAGS
        and before.text in CLOSERS
        and before.i > 0
        and before.nbor(-1).text[-1:] in ("!", "?")
    )


class ParagraphBreaker:
    """Start a sentence after each line break; forbid one inside a line after no stop."""

    def __init__(self, name: str = "whosays_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or "\n" in token.text
                continue
            if token.i > 0:
                if after_break:
                    token.is_sent_start = True
                elif (
                    not ends_sentence(token.nbor(-1))
                    or closes_previous(token)
                    or continues_after_quote(token)
                ):
                    token.is_sent_start = False
            after_break = "\n" in token.whitespace_
        return doc
