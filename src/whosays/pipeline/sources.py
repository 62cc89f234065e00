"""whosays_sources: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_sources", default_config=DEFAULT_CONFIG)
def make_sources(nlp: Language, name: str) -> SourceFinder:
    """Create the whosays_sources component."""
    return SourceFinder(name)


class SourceFinder:
    """Placeholder for the whosays_sources stage."""

    def __init__(self, name: str = "whosays_sources") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
