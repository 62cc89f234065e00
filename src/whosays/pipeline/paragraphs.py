"""whosays_paragraphs: a line break always ends a sentence.

Runs before the parser. Headlines, datelines and bylines carry no final full stop, so
the parser would otherwise join them to the next paragraph's first sentence, and an
attribution found there would start in the headline. Marking the token after a line
break as a sentence start makes the parser respect the paragraph structure.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_paragraphs", default_config=DEFAULT_CONFIG)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaker:
    """Create the whosays_paragraphs component."""
    return ParagraphBreaker(name)


class ParagraphBreaker:
    """Set ``is_sent_start`` on the first token after each line break."""

    def __init__(self, name: str = "whosays_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or "\n" in token.text
                continue
            if after_break and token.i > 0:
                token.is_sent_start = True
            after_break = "\n" in token.whitespace_
        return doc
