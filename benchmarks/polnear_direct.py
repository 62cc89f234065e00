"""PolNeAR, quotes with quote marks: precision, recall, F1 and speaker accuracy.

The same score as ``whosays eval polnear`` (see :mod:`whosays.eval.polnear`), plus the
number of predictions and matches per rule so an error analysis can start from it.
Tune on train/dev; report test.

    python benchmarks/polnear_direct.py ../shared/data/polnear --split dev [--limit N]
    python benchmarks/polnear_direct.py ../shared/data/polnear --split train --every 4 --offset 2 \
        --cache /tmp/polnear-parses --errors

``--publisher NAME`` keeps one publisher's articles (``nyt``, ``wash-post``, ...).
``--every K --offset I`` keeps the articles whose index (sorted by name) modulo K is I:
tune rules on one such subset, check them on another. ``--cache DIR`` stores the model's
parses (DocBin, outside the repository: it holds the texts) so a rerun applies only the
whosays quote and speaker stages. ``--errors`` lists every false positive and miss with
its sentence, for error analysis. ``--two-apostrophes`` also scores quotes marked ``''``:
PolNeAR's 120 NYT train articles write every quote that way, so the reported score
(which counts ``"``, ``“`` and ``”`` only, as the data README does) never sees them;
with the option they are about a fifth of train's quotes. ``--straighten`` instead
rewrites each ``''`` as one ``"`` (gold offsets moved), so NYT train reads as test's NYT
articles do, and the usual score counts them.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from whosays.eval.polnear import (
    DIRECT_STAGES,
    GoldAttribution,
    PolnearDoc,
    PredictedQuote,
    doc_quotes,
    has_quote_mark,
    load_split,
    match_pairs,
    overlap,
    score_direct,
    speaker_right,
)
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.pipeline.quote_marks import two_character_marks


def parse(nlp: Language, docs: Sequence[PolnearDoc], cache: Path | None, key: str) -> list[Doc]:
    """Run the whole pipeline, or only the whosays stages over cached model parses."""
    if cache is None:
        return list(nlp.pipe(d.text for d in docs))
    path = cache / f"{key}.spacy"
    if path.is_file():
        parsed = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(disable=list(DIRECT_STAGES)):
            parsed = list(nlp.pipe(d.text for d in docs))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed).to_disk(path)
    stages = [nlp.get_pipe(name) for name in DIRECT_STAGES]
    for doc in parsed:
        for stage in stages:
            stage(doc)
    return parsed


def straightened(doc: PolnearDoc) -> PolnearDoc:
    """``doc`` with each two-character double mark written as one ``"`` and the gold
    offsets moved to match: NYT train as test's NYT articles write it."""
    spans = two_character_marks(doc.text)
    if not spans:
        return doc
    parts, dropped, previous = [], [], 0
    for start, end in spans:
        parts += [doc.text[previous:start], '"']
        dropped.append(start + 1)  # the second character of the mark is gone
        previous = end
    parts.append(doc.text[previous:])

    def moved(offset: int) -> int:
        return offset - bisect.bisect_right(dropped, offset - 1)

    def fragments(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((moved(s), moved(e)) for s, e in spans)

    gold = tuple(
        dataclasses.replace(
            a, source=fragments(a.source), cue=fragments(a.cue), content=fragments(a.content)
        )
        for a in doc.attributions
    )
    return dataclasses.replace(doc, text="".join(parts), attributions=gold)


def context(text: str, start: int, end: int, width: int = 80) -> str:
    """``[start, end)`` in its surroundings, the span in brackets, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[[{text[start:end]}]]{right}")


def doc_errors(
    gold_doc: PolnearDoc,
    gold: Sequence[GoldAttribution],
    quotes: Sequence[PredictedQuote],
    rules: dict[tuple[int, int], str],
) -> list[str]:
    """One line per false positive, miss and wrong speaker of an article."""
    text = gold_doc.text
    pairs = match_pairs(gold, quotes)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {q.content for _, q in pairs}
    lines = []
    for q in quotes:
        if q.content not in matched_pred:
            near = [g for g in gold if overlap(q.content, g.content)]
            kind = "FP"
            if near:
                kind = "FP-dup" if any(id(g) in matched_gold for g in near) else "FP-short"
            lines.append(f"{kind} {rules[q.content]} {gold_doc.name}: {context(text, *q.content)}")
            for g in near:
                lines.append(f"    gold: {text[g.content[0][0] : g.content[-1][1]][:300]!r}")
    for g in gold:
        if id(g) not in matched_gold:
            part = any(overlap(q.content, g.content) for q in quotes)
            kind = "MISS-part" if part else "MISS"
            start, end = g.content[0][0], g.content[-1][1]
            cue = " ".join(text[s:e] for s, e in g.cue) or "-"
            lines.append(f"{kind} cue={cue!r} {gold_doc.name}: {context(text, start, end)}")
    for g, q in pairs:
        if not speaker_right(g, q):
            said = text[slice(*q.source)] if q.source else "-"
            wanted = " ".join(text[s:e] for s, e in g.source) or "-"
            rule = rules[q.content]
            lines.append(f"SPEAKER {rule} {said!r} -> {wanted!r} {gold_doc.name}")
            lines.append(f"    {context(text, *q.content)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--every", type=int, default=1, help="keep every K-th article ...")
    parser.add_argument("--offset", type=int, default=0, help="... from index I (I < K)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for model parses")
    parser.add_argument(
        "--publisher", default=None, help="only articles whose name starts with this (nyt, ...)"
    )
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument(
        "--two-apostrophes", action="store_true", help="also score quotes marked ''"
    )
    parser.add_argument(
        "--straighten", action="store_true", help="rewrite '' marks as \" before scoring"
    )
    args = parser.parse_args()

    docs = load_split(args.data, args.split)[args.offset :: args.every][: args.limit]
    key = f"{args.model}-{args.split}-{args.every}-{args.offset}-{args.limit}"
    if args.publisher:
        docs = [d for d in docs if d.name.startswith(f"{args.publisher}_")]
        key += f"-{args.publisher}"
    if args.straighten:
        docs = [straightened(d) for d in docs]
        key += "-straight"
    nlp = load_pipeline(args.model, stages=DIRECT_STAGES)
    started = time.perf_counter()
    predictions: list[list[PredictedQuote]] = []
    predicted_by_rule: Counter[str] = Counter()
    matched_by_rule: Counter[str] = Counter()
    speaker_by_rule: Counter[str] = Counter()
    errors: list[str] = []
    for gold_doc, doc in zip(docs, parse(nlp, docs, args.cache, key), strict=True):
        quotes = doc_quotes(doc, two_apostrophes=args.two_apostrophes)
        predictions.append(quotes)
        rules = {tuple(a["content"]): a.get("rule", "?") for a in doc._.whosays_attributions}
        predicted_by_rule.update(rules[q.content] for q in quotes)
        gold = [
            a
            for a in gold_doc.attributions
            if a.content and has_quote_mark(gold_doc, a, two_apostrophes=args.two_apostrophes)
        ]
        pairs = match_pairs(gold, quotes)
        matched_by_rule.update(rules[q.content] for _, q in pairs)
        speaker_by_rule.update(rules[q.content] for g, q in pairs if speaker_right(g, q))
        if args.errors:
            errors += doc_errors(gold_doc, gold, quotes, rules)
    seconds = time.perf_counter() - started
    scores = score_direct(docs, predictions, two_apostrophes=args.two_apostrophes)
    subset = {"every": args.every, "offset": args.offset} if args.every > 1 else {}
    marks = {"two_apostrophes": True} if args.two_apostrophes else {}
    report = {
        "split": args.split,
        **subset,
        **marks,
        "articles": len(docs),
        "direct": scores.to_dict(),
    }
    print(json.dumps(report))
    print(f"{seconds:.1f} s for {len(docs)} articles")
    for rule, count in predicted_by_rule.most_common():
        matched, right = matched_by_rule[rule], speaker_by_rule[rule]
        print(f"  {rule:<14} predicted {count:4d}  matched {matched:4d}  speaker right {right:4d}")
    for line in errors:
        print(line)


if __name__ == "__main__":
    main()
