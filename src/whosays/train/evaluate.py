"""Score a trained attribution model on PolNeAR with the project's scorers.

Only the learned component runs (on a blank pipeline: the model parses the text
itself), so the figures are the model's and its linking's alone. Role scores come
from :mod:`whosays.eval.attribution`, the direct-quote score from
:mod:`whosays.eval.polnear`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from rich.table import Table
from spacy.language import Language

from whosays.eval.attribution import PredictedAttribution, RoleScores, score_attributions
from whosays.eval.polnear import DirectScores, PolnearDoc, doc_quotes, load_split, score_direct
from whosays.pipeline.doc import attributions
from whosays.pipeline.learned import use_learned_attributions

__all__ = ["LearnedScores", "evaluate_learned", "learned_pipeline", "scores_table"]


@dataclass(frozen=True)
class LearnedScores:
    """Per-role exact/overlap scores and the direct-quote score of one split."""

    roles: RoleScores
    direct: DirectScores

    def to_dict(self) -> dict[str, Any]:
        """``{"direct": {...}, "source": ..., "cue": ..., "content": ...}``."""
        return {"direct": self.direct.to_dict(), **self.roles.to_dict()}


def learned_pipeline(attribution_model: str | Path) -> Language:
    """A blank English pipeline holding only ``whosays_learned_attributions``."""
    return use_learned_attributions(spacy.blank("en"), attribution_model)


def _pair(value: list[int] | None) -> tuple[int, int] | None:
    return None if value is None else (value[0], value[1])


def evaluate_learned(
    data: str | Path,
    split: str,
    attribution_model: str | Path,
    *,
    progress: Callable[[Iterable[PolnearDoc]], Iterable[PolnearDoc]] | None = None,
) -> LearnedScores:
    """Run the learned component over ``split`` of PolNeAR at ``data`` and score it."""
    docs = load_split(data, split)
    nlp = learned_pipeline(attribution_model)
    ordered: Iterable[PolnearDoc] = docs if progress is None else progress(docs)
    predicted, quotes = [], []
    for doc in nlp.pipe(d.text for d in ordered):
        predicted.append(
            [
                PredictedAttribution(
                    _pair(a.get("source")),
                    _pair(a.get("cue")),
                    _pair(a.get("content")),
                    kind=a.get("kind", "indirect"),
                    rule=a.get("rule", ""),
                )
                for a in attributions(doc)
            ]
        )
        quotes.append(doc_quotes(doc))
    return LearnedScores(score_attributions(docs, predicted), score_direct(docs, quotes))


def scores_table(title: str, scores: LearnedScores) -> Table:
    """A table of exact and overlap P/R/F1 per role, then the direct-quote line."""
    table = Table(title=title)
    for column in (
        "role",
        "exact P",
        "exact R",
        "exact F1",
        "overlap P",
        "overlap R",
        "overlap F1",
    ):
        table.add_column(column, justify="right")
    for role, values in scores.roles.to_dict().items():
        exact, overlap = values["exact"], values["overlap"]
        table.add_row(
            role,
            *(f"{exact[k]:.3f}" for k in ("p", "r", "f1")),
            *(f"{overlap[k]:.3f}" for k in ("p", "r", "f1")),
        )
    direct = scores.direct.to_dict()
    table.add_row("direct", *(f"{direct[k]:.3f}" for k in ("p", "r", "f1")), "", "", "")
    return table
