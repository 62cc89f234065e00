"""How often a train sample shaped like PolNeAR test scores below a given direct precision.

Test and dev hold 12 articles per publisher. This script scores every train article's
direct quotes once (the same score as ``whosays eval polnear``), then draws ``--draws``
samples of 12 train articles per publisher and reports the quantiles of their precision
and recall and the share of draws below ``--below``: whether a test figure lies within
what a sample of its size would give, or beyond it.

    python benchmarks/polnear_resample.py ../shared/data/polnear --below 0.923 [--cache DIR]

``--cache DIR`` keeps the model's parses of train (as ``polnear_direct.py`` does).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from polnear_direct import parse

from whosays.eval.polnear import (
    DIRECT_STAGES,
    doc_quotes,
    has_quote_mark,
    load_split,
    match_pairs,
)
from whosays.nlp import DEFAULT_MODEL, load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--below", type=float, default=0.95, help="precision to compare")
    parser.add_argument("--draws", type=int, default=10_000)
    parser.add_argument("--per-publisher", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=None, help="folder for model parses")
    args = parser.parse_args()

    nlp = load_pipeline(DEFAULT_MODEL, stages=DIRECT_STAGES)
    counts: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # matched, pred, gold
    for offset in range(4):  # the quarters polnear_direct.py caches
        docs = load_split(args.data, "train")[offset::4]
        key = f"{DEFAULT_MODEL}-train-4-{offset}-None"
        for gold_doc, doc in zip(docs, parse(nlp, docs, args.cache, key), strict=True):
            quotes = doc_quotes(doc)
            gold = [a for a in gold_doc.attributions if a.content and has_quote_mark(gold_doc, a)]
            matched = len(match_pairs(gold, quotes))
            counts[gold_doc.name.split("_")[0]].append((matched, len(quotes), len(gold)))

    rng = random.Random(args.seed)
    precisions, recalls = [], []
    for _ in range(args.draws):
        sample = [row for rows in counts.values() for row in rng.sample(rows, args.per_publisher)]
        matched = sum(r[0] for r in sample)
        precisions.append(matched / max(1, sum(r[1] for r in sample)))
        recalls.append(matched / max(1, sum(r[2] for r in sample)))
    precisions.sort()
    recalls.sort()
    quantiles = (0.01, 0.05, 0.5, 0.95)
    report = {
        "train_articles": sum(len(rows) for rows in counts.values()),
        "draws": args.draws,
        "per_publisher": args.per_publisher,
        "precision_quantiles": {q: round(precisions[int(q * args.draws)], 4) for q in quantiles},
        "recall_quantiles": {q: round(recalls[int(q * args.draws)], 4) for q in quantiles},
        "share_below": round(sum(p < args.below for p in precisions) / args.draws, 4),
        "below": args.below,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
