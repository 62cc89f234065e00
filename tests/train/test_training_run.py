"""A few training steps on the tiny PolNeAR fixture give a model the pipeline can load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from whosays.cli.main import cli
from whosays.errors import ModelError
from whosays.nlp import load_pipeline
from whosays.pipeline.learned import COMPONENT, RULE_STAGES, load_attribution_model

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "polnear_tiny"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("attribution-model")
    args = [
        "train",
        "polnear",
        "--data",
        str(FIXTURE),
        "--output",
        str(output),
        "--max-steps",
        "3",
        "--eval-frequency",
        "1",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return output


@pytest.mark.model
def test_training_writes_corpus_config_and_model(trained: Path) -> None:
    for name in (
        "corpus/train.spacy",
        "corpus/dev.spacy",
        "config.cfg",
        "model-best",
        "model-last",
    ):
        assert (trained / name).exists(), name
    labels = spacy.load(trained / "model-best").get_pipe("attribution_ner").labels
    assert set(labels) == {"SOURCE", "CUE", "CONTENT"}


@pytest.mark.model
def test_pipeline_with_attribution_model_swaps_the_rule_stages(trained: Path) -> None:
    nlp = load_pipeline(attribution_model=str(trained))
    assert COMPONENT in nlp.pipe_names
    assert not set(RULE_STAGES) & set(nlp.pipe_names)
    doc = nlp("Mayor Ann Lee said the pier would open.")
    assert all(a["rule"] == "learned" for a in doc._.whosays_attributions)


@pytest.mark.model
def test_default_pipeline_stays_rule_based() -> None:
    nlp = load_pipeline()
    assert COMPONENT not in nlp.pipe_names
    assert set(RULE_STAGES) <= set(nlp.pipe_names)


def test_a_folder_without_a_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        load_attribution_model(str(tmp_path))


@pytest.mark.model
def test_eval_polnear_scores_every_role_of_the_trained_model(trained: Path) -> None:
    args = ["eval", "polnear", "--data", str(FIXTURE), "--split", "dev", "--json"]
    result = CliRunner().invoke(cli, [*args, "--attribution-model", str(trained)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"direct", "source", "cue", "content"}
    assert scores["direct"]["n_gold"] == 1
    assert set(scores["content"]) == {"exact", "overlap"}
