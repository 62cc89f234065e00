"""Whole-article golden files: the example articles analysed end to end on the real model.

Regenerate after a deliberate change with ``WHOSAYS_UPDATE_GOLDEN=1 pytest tests/golden``
and review the diff: every changed quote, speaker and date must be an improvement.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from spacy.language import Language

from whosays.api import analyze_inputs
from whosays.ingest import iter_inputs
from whosays.outputs.json import validation_errors

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent.parent / "examples"
CASES = {
    # golden file name -> (example input, --published argument)
    "harbour-dispute": ("harbour-dispute.txt", None),
    "clinic-report": ("clinic-report.html", None),
    "wire-rail-link": ("wire.jsonl", None),
    "harbour-dispute-published": ("harbour-dispute.txt", "2025-05-15"),
}


def analysed(nlp: Language, name: str) -> dict[str, object]:
    path, published = CASES[name]
    sources = [s for s in iter_inputs([str(EXAMPLES / path)], published=published)]
    article = next(analyze_inputs([sources[0]], nlp=nlp))  # type: ignore[list-item]
    return article.to_dict()


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_article(nlp: Language, name: str) -> None:
    data = analysed(nlp, name)
    assert validation_errors(data) == []
    golden = HERE / f"{name}.json"
    if os.environ.get("WHOSAYS_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    expected = json.loads(golden.read_text("utf-8"))
    assert data == expected
