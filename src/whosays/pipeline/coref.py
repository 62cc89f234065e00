"""whosays_coref: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_coref", default_config=DEFAULT_CONFIG)
def make_coref(nlp: Language, name: str) -> SpeakerResolver:
    """Create the whosays_coref component."""
    return SpeakerResolver(name)


class SpeakerResolver:
    """Placeholder for the whosays_coref stage."""

    def __init__(self, name: str = "whosays_coref") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
