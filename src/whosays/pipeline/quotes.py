"""whosays_quotes: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_quotes", default_config=DEFAULT_CONFIG)
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Create the whosays_quotes component."""
    return QuoteFinder(name)


class QuoteFinder:
    """Placeholder for the whosays_quotes stage."""

    def __init__(self, name: str = "whosays_quotes") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
