"""Throughput of ``whosays analyze``'s article path against bare ``nlp.pipe``, same model, same run.

Reads the PolNeAR texts of a split (default: test), runs bare spaCy ``nlp.pipe`` with the
model alone, then :func:`whosays.api.analyze_inputs` (model + every whosays stage +
conversion to records), alternating ``--repeats`` times, and prints articles per second
of each run, the medians, their ratio, and the
process's peak resident memory after each phase (``resource.getrusage``; the peak only
grows, so the second figure covers both).

    python benchmarks/throughput.py ../shared/data/polnear --split test [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from statistics import median

import spacy

from whosays.api import analyze_inputs
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.records import ArticleInput


def peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed(run: Callable[[], int]) -> tuple[int, float]:
    started = time.perf_counter()
    count = run()
    return count, time.perf_counter() - started


def read_texts(data: Path, split: str) -> list[tuple[str, str]]:
    files = sorted((data / split / "text").glob("*.txt"))
    if not files:
        raise SystemExit(f"{data / split / 'text'}: no .txt files")
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--repeats", type=int, default=3, help="Alternating timed runs of each; medians reported."
    )
    args = parser.parse_args()

    texts = read_texts(args.data, args.split)
    inputs = [ArticleInput(text=text, origin=name) for name, text in texts]
    bare = spacy.load(args.model)
    whosays_nlp = load_pipeline(args.model)
    # Warm both up on one article so loading and first-call costs stay out of the timing.
    list(bare.pipe([texts[0][1]]))
    list(analyze_inputs(inputs[:1], nlp=whosays_nlp))

    bare_rates: list[float] = []
    whosays_rates: list[float] = []
    bare_peak = 0.0
    for _ in range(args.repeats):
        # Alternate the two so that a noisy spell on a shared machine hits both.
        bare_n, bare_s = timed(
            lambda: sum(1 for _ in bare.pipe((t for _, t in texts), batch_size=args.batch_size))
        )
        bare_rates.append(bare_n / bare_s)
        bare_peak = bare_peak or peak_rss_mib()
        whosays_n, whosays_s = timed(
            lambda: sum(
                1 for _ in analyze_inputs(inputs, nlp=whosays_nlp, batch_size=args.batch_size)
            )
        )
        whosays_rates.append(whosays_n / whosays_s)
    bare_rate, whosays_rate = median(bare_rates), median(whosays_rates)
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "split": args.split,
        "articles": len(texts),
        "characters": sum(len(t) for _, t in texts),
        "model": args.model,
        "whosays_stages": [name for name in whosays_nlp.pipe_names if name.startswith("whosays")],
        "repeats": args.repeats,
        "bare_articles_per_s": [round(r, 2) for r in bare_rates],
        "whosays_articles_per_s": [round(r, 2) for r in whosays_rates],
        "median_bare_articles_per_s": round(bare_rate, 2),
        "median_whosays_articles_per_s": round(whosays_rate, 2),
        "ratio_whosays_to_bare": round(whosays_rate / bare_rate, 3),
        "peak_rss_mib_after_bare": round(bare_peak, 1),
        "peak_rss_mib_after_whosays": round(peak_rss_mib(), 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
