"""Full PolNeAR scoring: exact and overlap P/R/F1 per role, on hand-made gold."""

from __future__ import annotations

import pytest

from whosays.eval.attribution import (
    PredictedAttribution,
    RoleScores,
    Score,
    gold_spans,
    match_exact,
    match_overlap,
    score_attributions,
)
from whosays.eval.polnear import GoldAttribution, PolnearDoc

TEXT = "Smith said the plan failed. Jones said taxes rose, and Lee agreed."
#       0    5    10   15   20   25   30   35   40   45   50   55   60


def _find(part: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(part, start + 1)
    return start, start + len(part)


def gold(source: str | None, cue: str, content: str, occurrence: int = 1) -> GoldAttribution:
    return GoldAttribution(
        id="E",
        kind="Attribution" if source else "Attribution-no-source",
        source=(_find(source),) if source else (),
        cue=(_find(cue, occurrence),),
        content=(_find(content),),
    )


DOC = PolnearDoc(
    name="doc",
    text=TEXT,
    annotator="a",
    attributions=(
        gold("Smith", "said", "the plan failed"),
        gold("Jones", "said", "taxes rose", occurrence=2),
    ),
)


def predicted(
    source: str | None, cue: str, content: str, occurrence: int = 1
) -> PredictedAttribution:
    return PredictedAttribution(
        source=_find(source) if source else None,
        cue=_find(cue, occurrence),
        content=_find(content),
    )


# (predictions, role, exact (matched, n_pred, n_gold), overlap (matched, n_pred, n_gold))
CASES = [
    # perfect
    (
        [
            predicted("Smith", "said", "the plan failed"),
            predicted("Jones", "said", "taxes rose", 2),
        ],
        "content",
        (2, 2, 2),
        (2, 2, 2),
    ),
    # content one word short: not exact, but overlapping
    ([predicted("Smith", "said", "the plan")], "content", (0, 1, 2), (1, 1, 2)),
    ([predicted("Smith", "said", "the plan")], "source", (1, 1, 2), (1, 1, 2)),
    # a span with surrounding whitespace counts as its trimmed self
    ([PredictedAttribution(source=(0, 6), cue=None, content=None)], "source", (1, 1, 2), (1, 1, 2)),
    # a prediction without a source adds nothing to the source counts
    ([predicted(None, "said", "the plan failed")], "source", (0, 0, 2), (0, 0, 2)),
    # a spurious attribution is a false positive in every role
    ([predicted("Lee", "agreed", "Lee agreed")], "cue", (0, 1, 2), (0, 1, 2)),
    # two predictions overlapping one gold span: only one pairs
    (
        [predicted("Smith", "said", "the plan"), predicted("Smith", "said", "plan failed")],
        "content",
        (0, 2, 2),
        (1, 2, 2),
    ),
    # the same predicted span twice counts once
    (
        [
            predicted("Smith", "said", "the plan failed"),
            predicted("Smith", "said", "the plan failed"),
        ],
        "content",
        (1, 1, 2),
        (1, 1, 2),
    ),
]


@pytest.mark.parametrize(("preds", "role", "exact", "overlap"), CASES)
def test_role_scores(
    preds: list[PredictedAttribution],
    role: str,
    exact: tuple[int, int, int],
    overlap: tuple[int, int, int],
) -> None:
    scores = score_attributions([DOC], [preds])
    assert scores.exact[role] == Score(*exact)
    assert scores.overlap[role] == Score(*overlap)


def test_shared_source_counts_once() -> None:
    shared = GoldAttribution(
        "E", "Attribution", (_find("Smith"),), (_find("said"),), (_find("the plan failed"),)
    )
    again = GoldAttribution(
        "F", "Attribution", (_find("Smith"),), (_find("said", 2),), (_find("taxes rose"),)
    )
    doc = PolnearDoc("d", TEXT, "a", (shared, again))
    assert gold_spans(doc, "source") == [(_find("Smith"),)]
    assert len(gold_spans(doc, "cue")) == 2


def test_discontinuous_gold_is_its_hull_for_exact_and_its_fragments_for_overlap() -> None:
    fragments = (_find("Smith"), _find("taxes rose"))
    hull = (fragments[0][0], fragments[1][1])
    assert match_exact([fragments], [hull]) == 1
    assert match_exact([fragments], [fragments[0]]) == 0
    # "said the plan failed" lies between the fragments: no shared token
    assert match_overlap(TEXT, [fragments], [_find("said the plan failed")]) == 0
    assert match_overlap(TEXT, [fragments], [_find("taxes")]) == 1


# (matched, n_pred, n_gold) -> (p, r, f1)
FIGURES = [
    ((1, 2, 4), (0.5, 0.25, 1 / 3)),
    ((0, 0, 3), (0.0, 0.0, 0.0)),
    ((3, 3, 3), (1.0, 1.0, 1.0)),
]


@pytest.mark.parametrize(("counts", "expected"), FIGURES)
def test_score_figures(counts: tuple[int, int, int], expected: tuple[float, float, float]) -> None:
    score = Score(*counts)
    assert (score.p, score.r, score.f1) == pytest.approx(expected)


def test_json_shape() -> None:
    scores = score_attributions([DOC], [[predicted("Smith", "said", "the plan failed")]])
    data = scores.to_dict()
    assert set(data) == {"source", "cue", "content"}
    assert set(data["content"]) == {"exact", "overlap"}
    assert data["content"]["exact"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert isinstance(scores, RoleScores)


def test_documents_and_predictions_must_pair_up() -> None:
    with pytest.raises(ValueError):
        score_attributions([DOC, DOC], [[]])
