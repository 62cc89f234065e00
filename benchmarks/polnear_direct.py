"""PolNeAR, quotes with quote marks: precision, recall, F1 and speaker accuracy.

The same score as ``whosays eval polnear`` (see :mod:`whosays.eval.polnear`), plus the
number of predictions and matches per rule so an error analysis can start from it.
Tune on train/dev; report test.

    python benchmarks/polnear_direct.py ../shared/data/polnear --split dev [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from whosays.eval.polnear import (
    DIRECT_STAGES,
    PredictedQuote,
    doc_quotes,
    has_quote_mark,
    load_split,
    match_pairs,
    score_direct,
)
from whosays.nlp import DEFAULT_MODEL, load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args()

    docs = load_split(args.data, args.split)[: args.limit]
    nlp = load_pipeline(args.model, stages=DIRECT_STAGES)
    started = time.perf_counter()
    predictions: list[list[PredictedQuote]] = []
    predicted_by_rule: Counter[str] = Counter()
    matched_by_rule: Counter[str] = Counter()
    for gold_doc, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        quotes = doc_quotes(doc)
        predictions.append(quotes)
        rules = {tuple(a["content"]): a.get("rule", "?") for a in doc._.whosays_attributions}
        predicted_by_rule.update(rules[q.content] for q in quotes)
        gold = [a for a in gold_doc.attributions if a.content and has_quote_mark(gold_doc, a)]
        matched_by_rule.update(rules[q.content] for _, q in match_pairs(gold, quotes))
    seconds = time.perf_counter() - started
    scores = score_direct(docs, predictions)
    print(json.dumps({"split": args.split, "articles": len(docs), "direct": scores.to_dict()}))
    print(f"{seconds:.1f} s for {len(docs)} articles")
    for rule, count in predicted_by_rule.most_common():
        print(f"  {rule:<14} predicted {count:4d}  matched {matched_by_rule[rule]:4d}")


if __name__ == "__main__":
    main()
