"""whosays_speakers: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_speakers", default_config=DEFAULT_CONFIG)
def make_speakers(nlp: Language, name: str) -> SpeakerFinder:
    """Create the whosays_speakers component."""
    return SpeakerFinder(name)


class SpeakerFinder:
    """Placeholder for the whosays_speakers stage."""

    def __init__(self, name: str = "whosays_speakers") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
