"""whosays_timex: placeholder stage (being written); passes the Doc through unchanged."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import register_extensions

DEFAULT_CONFIG: dict[str, object] = {}


@Language.factory("whosays_timex", default_config=DEFAULT_CONFIG)
def make_timex(nlp: Language, name: str) -> TimexTagger:
    """Create the whosays_timex component."""
    return TimexTagger(name)


class TimexTagger:
    """Placeholder for the whosays_timex stage."""

    def __init__(self, name: str = "whosays_timex") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
