"""Time expressions: TempEval-3 / MEANTIME scores and the per-article cost of the stage.

Scores ``whosays_timex`` with the same code as ``whosays eval tempeval`` and
``whosays eval meantime``, then times the rule grammar alone (find + resolve, no
spaCy) and the parse + stage, per article, on the same documents.

    python benchmarks/tempeval.py --tempeval ../shared/data/tempeval3 --split platinum \
        --meantime ../shared/data/meantime
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from whosays.eval.meantime import read_meantime
from whosays.eval.tempeval import TimexDocument, pipeline_tagger, read_tempeval, run
from whosays.nlp import DEFAULT_MODEL, add_whosays_stages
from whosays.timexnorm import find_expressions


def grammar_ms_per_article(documents: list[TimexDocument], repeats: int = 3) -> float:
    """Milliseconds per article for finding and resolving expressions (no parse)."""
    started = time.perf_counter()
    for _ in range(repeats):
        for document in documents:
            for expression in find_expressions(document.text):
                expression.resolve(document.reference_date, "past")
    return (time.perf_counter() - started) * 1000 / repeats / len(documents)


def stage_ms_per_article(documents: list[TimexDocument], model: str) -> tuple[float, float]:
    """Milliseconds per article for the parse alone and for the parse plus whosays_timex."""
    nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    texts = [document.text for document in documents]
    started = time.perf_counter()
    parsed = list(nlp.pipe(texts))
    parse = time.perf_counter() - started
    stage = add_whosays_stages(nlp, ("whosays_timex",)).get_pipe("whosays_timex")
    started = time.perf_counter()
    for doc in parsed:
        stage(doc)
    timex = time.perf_counter() - started
    return parse * 1000 / len(texts), timex * 1000 / len(texts)


def report(name: str, documents: list[TimexDocument], model: str) -> None:
    """Print the scores and timings for one data set."""
    scores = run(documents, pipeline_tagger(model)).as_dict()
    parse_ms, stage_ms = stage_ms_per_article(documents, model)
    print(f"{name}: {len(documents)} documents, {sum(len(d.text) for d in documents)} chars")
    print("  scores " + json.dumps(scores))
    print(f"  grammar only (find + resolve): {grammar_ms_per_article(documents):.2f} ms/article")
    print(f"  parse: {parse_ms:.1f} ms/article; whosays_timex stage: {stage_ms:.2f} ms/article")


def main() -> None:
    """Parse arguments and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tempeval", type=Path, help="TempEval-3 folder")
    parser.add_argument("--split", default="platinum", help="TempEval-3 split folder")
    parser.add_argument("--meantime", type=Path, help="MEANTIME folder")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    if args.tempeval:
        report(f"TempEval-3 {args.split}", read_tempeval(args.tempeval, args.split), args.model)
    if args.meantime:
        report("MEANTIME", read_meantime(args.meantime), args.model)


if __name__ == "__main__":
    main()
