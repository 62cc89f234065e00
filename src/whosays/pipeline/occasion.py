"""whosays_occasion: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_occasion", default_config=DEFAULT_CONFIG)
def make_occasion(nlp: Language, name: str) -> OccasionFinder:
    """Create the whosays_occasion component."""
    return OccasionFinder(name)


class OccasionFinder:
    """Placeholder for the whosays_occasion stage."""

    def __init__(self, name: str = "whosays_occasion") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
