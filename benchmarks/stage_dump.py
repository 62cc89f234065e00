"""Every whosays stage's output on a PolNeAR split, one JSON line per article, for diffing.

A refactor or a change meant to touch one case should leave every other output as it
was. The evaluation scripts cannot show that: their caches hold documents after some
whosays stages, and their scores hide changes that cancel out. This script caches only
the model's parse (with ``whosays_paragraphs``, which runs before the parser), runs every
later whosays stage on it, and writes each ``Doc._.whosays_*`` value per article:

    python benchmarks/stage_dump.py ../shared/data/polnear --split dev --cache /tmp/c --out a.jsonl
    # change the code, then
    python benchmarks/stage_dump.py ../shared/data/polnear --split dev --cache /tmp/c --out b.jsonl
    cmp a.jsonl b.jsonl

``--quarter K`` keeps the articles whose index in name order is K modulo 4, as the other
PolNeAR scripts do. The cache (DocBin files outside the repository: they hold the texts)
depends only on the model, so it stays valid across changes to any whosays stage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from whosays.eval.polnear import load_split
from whosays.nlp import DEFAULT_MODEL, STAGES, load_pipeline


def stage_outputs(doc: Doc) -> dict[str, Any]:
    """The ``whosays_*`` extension values of ``doc``, by extension name."""
    return {
        str(key[1]): value
        for key, value in doc.user_data.items()
        if isinstance(key, tuple) and len(key) == 4 and str(key[1]).startswith("whosays_")
    }


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data", type=Path, help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--quarter", type=int, choices=range(4), default=None)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--cache", type=Path, required=True, help="folder for the parses")
    parser.add_argument("--out", type=Path, required=True, help="JSON lines file to write")
    args = parser.parse_args()

    docs = load_split(args.data, args.split)
    if args.quarter is not None:
        docs = [doc for index, doc in enumerate(docs) if index % 4 == args.quarter]
    nlp = load_pipeline(args.model)
    later = list(STAGES)  # whosays_paragraphs is not among them: it runs before the parser
    model_name = args.model.replace("/", "_")
    path = args.cache / f"parse-{model_name}-{args.split}-{args.quarter}.spacy"
    if path.is_file():
        parsed = list(DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(disable=later):
            parsed = list(nlp.pipe(doc.text for doc in docs))
        args.cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed, store_user_data=True).to_disk(path)
    stages = [nlp.get_pipe(name) for name in later]
    with args.out.open("w", encoding="utf-8") as out:
        for gold, doc in zip(docs, parsed, strict=True):
            for stage in stages:
                doc = stage(doc)
            row = {"article": gold.name, "outputs": stage_outputs(doc)}
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(parsed)} articles -> {args.out}")


if __name__ == "__main__":
    main()
