"""The PolNeAR loader and direct-quote scorer, on a tiny brat fixture the project wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from whosays.cli.main import cli
from whosays.errors import EvaluationDataError
from whosays.eval.polnear import (
    GoldAttribution,
    PolnearDoc,
    PredictedQuote,
    has_quote_mark,
    holds_quote_mark,
    load_split,
    overlap,
    parse_ann,
    score_direct,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "polnear"


@pytest.fixture(scope="module")
def docs() -> list[PolnearDoc]:
    return load_split(FIXTURE, "dev")


def find(text: str, part: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return start, start + len(part)


def test_load_split_sorted_with_first_annotator(docs: list[PolnearDoc]) -> None:
    assert [(d.name, d.annotator) for d in docs] == [("storm", "aa01"), ("town-hall", "aa01")]


def test_annotator_can_be_chosen() -> None:
    (doc,) = load_split(FIXTURE, "dev", annotator="zz99")
    assert (doc.name, len(doc.attributions)) == ("town-hall", 1)


def test_gold_roles_are_fragment_lists(docs: list[PolnearDoc]) -> None:
    town = docs[1]
    first = town.attributions[0]
    assert [town.text[s:e] for s, e in first.content] == [
        "“The bridge will be built,”",
        "“We have the money.”",
    ]
    assert [town.text[s:e] for s, e in first.source] == ["Mayor Ann Lee"]
    assert [town.text[s:e] for s, e in first.cue] == ["said"]


def test_quote_mark_attributions(docs: list[PolnearDoc]) -> None:
    marked = [(d.name, a.id) for d in docs for a in d.attributions if has_quote_mark(d, a)]
    assert marked == [("storm", "E1"), ("town-hall", "E1"), ("town-hall", "E2")]


@pytest.mark.parametrize(
    ("ann", "expected"),
    [
        (
            "T1\tContent 0 4;6 9\tab\nT2\tCue 4 5\tx\nE1\tAttribution:T2 Content:T1 Cue:T2",
            GoldAttribution("E1", "Attribution", (), ((4, 5),), ((0, 4), (6, 9))),
        ),
        (
            "T1\tContent 0 4\ta\nT2\tContent 8 9\tb\nT3\tCue 5 6\tc\n"
            "E1\tAttribution-no-source:T3 Content:T1 Content2:T2 Cue:T3",
            GoldAttribution("E1", "Attribution-no-source", (), ((5, 6),), ((0, 4), (8, 9))),
        ),
        (
            "T1\tContent 0 4\tline one\nline two of the same text\nT2\tSource 5 6\ts\n"
            "#1\tAnnotatorNotes T1\tnote\nE1\tAttribution:T1 Content:T1 Source:T2",
            GoldAttribution("E1", "Attribution", ((5, 6),), (), ((0, 4),)),
        ),
    ],
)
def test_parse_ann(ann: str, expected: GoldAttribution) -> None:
    assert parse_ann(ann) == (expected,)


def test_event_naming_an_unknown_span_is_an_error() -> None:
    with pytest.raises(EvaluationDataError, match="E1"):
        parse_ann("E1\tAttribution:T9 Content:T9")


@pytest.mark.parametrize(
    ("span", "fragments", "expected"),
    [((0, 10), ((2, 4), (8, 12)), 4), ((5, 6), ((0, 5),), 0), ((0, 3), (), 0)],
)
def test_overlap(
    span: tuple[int, int], fragments: tuple[tuple[int, int], ...], expected: int
) -> None:
    assert overlap(span, fragments) == expected


def perfect_predictions(docs: list[PolnearDoc]) -> list[list[PredictedQuote]]:
    predictions = []
    for doc in docs:
        predicted = []
        for a in doc.attributions:
            if has_quote_mark(doc, a):
                content = (a.content[0][0], a.content[-1][1])
                predicted.append(PredictedQuote(content, a.source[0] if a.source else None))
        predictions.append(predicted)
    return predictions


def test_perfect_predictions_score_one(docs: list[PolnearDoc]) -> None:
    scores = score_direct(docs, perfect_predictions(docs))
    assert scores.to_dict() == {
        "p": 1.0,
        "r": 1.0,
        "f1": 1.0,
        "speaker_accuracy": 1.0,
        "n_gold": 3,
        "n_pred": 3,
    }


def test_half_of_gold_content_is_enough_and_less_is_not(docs: list[PolnearDoc]) -> None:
    storm = docs[0]
    quote = find(storm.text, "“Stay home tonight,”")
    half = (quote[0], quote[0] + (quote[1] - quote[0] + 1) // 2)
    short = (quote[0], half[1] - 2)
    speaker = find(storm.text, "the governor")
    assert score_direct([storm], [[PredictedQuote(half, speaker)]]).r == 1.0
    assert score_direct([storm], [[PredictedQuote(short, speaker)]]).r == 0.0


def test_pairs_are_one_to_one_and_speaker_is_scored(docs: list[PolnearDoc]) -> None:
    town = docs[1]
    first = find(town.text, "“The bridge will be built,” Mayor Ann Lee said. “We have the money.”")
    wrong_speaker = find(town.text, "Critics")
    predicted = [PredictedQuote(first, wrong_speaker), PredictedQuote(first, None)]
    scores = score_direct([town], [predicted])
    assert (scores.n_pred, scores.p, scores.r, scores.speaker_accuracy) == (2, 0.5, 0.5, 0.0)


@pytest.mark.parametrize(
    ("text", "plain", "with_two"),
    [
        ("“Go,” she said", True, True),
        ('"Go," she said', True, True),
        ("''Go,'' she said", False, True),
        ("the Joneses' house and Bob's car", False, False),
        ("no marks at all", False, False),
    ],
)
def test_two_apostrophes_count_only_when_asked(text: str, plain: bool, with_two: bool) -> None:
    assert holds_quote_mark(text) is plain
    assert holds_quote_mark(text, two_apostrophes=True) is with_two


def test_two_apostrophe_gold_is_scored_only_when_asked() -> None:
    text = "''We will win,'' Mr. Lee said."
    content = find(text, "''We will win,''")
    gold = GoldAttribution("E1", "Attribution", (find(text, "Mr. Lee"),), (), (content,))
    doc = PolnearDoc("nyt", text, "aa01", (gold,))
    predicted = [[PredictedQuote(content, find(text, "Mr. Lee"))]]
    assert score_direct([doc], [[]]).n_gold == 0
    scores = score_direct([doc], predicted, two_apostrophes=True)
    assert (scores.n_gold, scores.p, scores.r) == (1, 1.0, 1.0)


def test_no_predictions(docs: list[PolnearDoc]) -> None:
    scores = score_direct(docs, [[], []])
    assert (scores.p, scores.r, scores.f1, scores.n_gold) == (0.0, 0.0, 0.0, 3)


@pytest.mark.parametrize(
    ("path", "split", "message"),
    [
        (FIXTURE / "missing", "dev", "not a directory"),
        (FIXTURE, "test", "not a directory"),
        (FIXTURE, "validation", "unknown PolNeAR split"),
    ],
)
def test_wrong_layout_is_a_clear_error(path: Path, split: str, message: str) -> None:
    with pytest.raises(EvaluationDataError, match=message):
        load_split(path, split)


def test_empty_split_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    with pytest.raises(EvaluationDataError, match="no annotated"):
        load_split(tmp_path, "dev")


def test_cli_wrong_path_exits_with_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["eval", "polnear", "--data", str(tmp_path), "--split", "dev", "--json"]
    )
    assert result.exit_code == EvaluationDataError.exit_code
    assert "not a directory" in result.output


@pytest.mark.model
def test_cli_json_on_fixture() -> None:
    result = CliRunner().invoke(
        cli, ["eval", "polnear", "--data", str(FIXTURE), "--split", "dev", "--json"]
    )
    assert result.exit_code == 0, result.output
    direct = json.loads(result.stdout)["direct"]
    assert set(direct) == {"p", "r", "f1", "speaker_accuracy", "n_gold", "n_pred"}
    assert direct["n_gold"] == 3
    assert direct["r"] == 1.0


@pytest.mark.model
def test_cli_table_on_fixture() -> None:
    result = CliRunner().invoke(cli, ["eval", "polnear", "--data", str(FIXTURE), "--split", "dev"])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy" in result.stdout
