"""Time expressions: scores per sub-corpus from cached parses, for auditing single rules.

Parses each document once (spaCy model + ``whosays_paragraphs``) and keeps the parses
in a cache folder, so that later runs only rerun ``whosays_timex``: a rule change is
measured in seconds. Scores TE3 train's TimeBank and AQUAINT folders apart and
MEANTIME beside them, with the same scorer as ``whosays eval``; ``--errors`` also
prints the error lines of ``tempeval_errors.py`` for the chosen groups.

    python benchmarks/tempeval_audit.py --tempeval ../shared/data/tempeval3 \
        --meantime ../shared/data/meantime --cache /tmp/whosays-timex-cache

Only the train split of TempEval-3 is read (platinum is the test split: never tune on it).

``--polnear DIR`` lists whosays's expressions on the PolNeAR train articles instead
(no time gold there: the list is for reading). Each article is resolved against its
publication date from ``DIR/metadata.tsv``; one tab-separated line per expression:
article, reference date, start, text, type, value, the grammar rule that found it and
the text around it. ``--sample N --seed S`` keeps N articles drawn at random;
``--save FILE.jsonl`` writes every expression as one JSON object a line, and ``--diff
OLD.jsonl`` prints only the expressions whose type or value differ from that saved run
(``-`` an expression no longer found, ``+`` a new one, ``~`` old -> new), then a count.
This is how a rule's changes are read: save before the change, diff after.

    python benchmarks/tempeval_audit.py --polnear ../shared/data/polnear \
        --cache /tmp/whosays-timex-cache --save /tmp/before.jsonl
    python benchmarks/tempeval_audit.py --polnear ../shared/data/polnear \
        --cache /tmp/whosays-timex-cache --diff /tmp/before.jsonl
    python benchmarks/tempeval_audit.py --polnear ../shared/data/polnear --sample 20 --seed 1

Only the train split of PolNeAR is read (never dev or test here).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from tempeval_errors import error_lines

from whosays.eval.meantime import read_meantime
from whosays.eval.polnear import load_split
from whosays.eval.tempeval import (
    Counts,
    GoldTimex,
    Scores,
    TimexDocument,
    read_tempeval,
    score_document,
)
from whosays.nlp import DEFAULT_MODEL, add_whosays_stages


def group_of(document_path: Path) -> str:
    """The sub-corpus a TE3 train file belongs to: its folder under ``train``."""
    return document_path.parent.name


def tempeval_groups(data: Path) -> dict[str, list[TimexDocument]]:
    """TE3 train documents by sub-folder (TimeBank, AQUAINT, testpipeline)."""
    documents = read_tempeval(data, "train")
    paths = {path.stem: group_of(path) for path in (data / "train").rglob("*.tml")}
    groups: dict[str, list[TimexDocument]] = {}
    for document in documents:
        groups.setdefault(paths[document.name], []).append(document)
    return groups


def parsed_docs(documents: list[TimexDocument], model: str, cache: Path) -> list[Doc]:
    """The parses of ``documents``, read from ``cache`` or made and stored there."""
    return parsed_texts([d.text for d in documents], model, cache)


def parsed_texts(texts: list[str], model: str, cache: Path) -> list[Doc]:
    """The parses of ``texts``, read from ``cache`` or made and stored there."""
    nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    add_whosays_stages(nlp, ())
    digest = hashlib.sha1((model + "".join(texts)).encode("utf-8")).hexdigest()[:16]
    path = cache / f"{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(path)
    return docs


def tag(docs: Iterable[Doc], documents: list[TimexDocument]) -> list[list[GoldTimex]]:
    """Run ``whosays_timex`` alone on each parse with the document's reference date."""
    from whosays.pipeline.timex import TimexTagger

    stage = TimexTagger()
    found: list[list[GoldTimex]] = []
    for doc, document in zip(docs, documents, strict=True):
        reference = document.reference_date
        doc._.whosays_reference_date = reference[:10] if reference else None
        doc._.whosays_reference_from = "metadata" if reference else None
        doc = stage(doc)
        timexes = [
            GoldTimex(t["start"], t["end"], t["type"], t["value"]) for t in doc._.whosays_timexes
        ]
        found.append(
            [t for t in timexes if not any(t.start < e and t.end > s for s, e in document.unscored)]
        )
    return found


def disable_rules(names: set[str]) -> None:
    """Leave the rules named in ``names`` out of the grammar (to measure what each adds)."""
    from whosays.timexnorm import finder

    finder.RULES = tuple(rule for rule in finder.RULES if rule.name not in names)


def rule_tally(
    document: TimexDocument, found: list[GoldTimex], tally: dict[str, list[int]]
) -> None:
    """Add, per rule, [found, exact span, relaxed match, right value] for one document."""
    from whosays.timexnorm import find_expressions

    rules = {(e.start, e.end): e.rule.name for e in find_expressions(document.text)}
    exact = {(g.start, g.end) for g in document.timexes}
    used: set[int] = set()
    for timex in found:
        counts = tally.setdefault(rules.get((timex.start, timex.end), "?"), [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += (timex.start, timex.end) in exact
        for index, gold in enumerate(document.timexes):
            if index not in used and gold.end > timex.start and gold.start < timex.end:
                used.add(index)
                counts[2] += 1
                counts[3] += (gold.value or "").upper() == (timex.value or "").upper()
                break


def score_group(
    name: str,
    documents: list[TimexDocument],
    model: str,
    cache: Path,
    errors: bool,
    by_rule: bool = False,
) -> dict[str, object]:
    """The scores of one group; its error lines printed when ``errors``."""
    total = Counts()
    tally: dict[str, list[int]] = {}
    tagged = tag(parsed_docs(documents, model, cache), documents)
    for document, found in zip(documents, tagged, strict=True):
        total.add(score_document(document.timexes, found))
        if errors:
            for line in error_lines(document, found):
                print(f"{name}\t{line}")
        if by_rule:
            rule_tally(document, found, tally)
    for rule, counts in sorted(tally.items()):
        print(f"RULE\t{name}\t{rule}\t" + "\t".join(map(str, counts)))
    figures = Scores(total).as_dict()
    return {
        "strict": figures["strict"]["f1"],  # type: ignore[index]
        "relaxed": figures["relaxed"]["f1"],  # type: ignore[index]
        "value": figures["value_f1"],
        "gold": figures["gold"],
        "system": figures["system"],
        "counts": [total.strict, total.relaxed, total.value],
    }


def polnear_dates(data: Path) -> dict[str, str]:
    """Article name -> publication date (``YYYY-MM-DD``) from PolNeAR's ``metadata.tsv``."""
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: row["publication_date"] for row in rows}


def polnear_expressions(
    data: Path, model: str, cache: Path, sample: int | None = None, seed: int = 0
) -> list[dict[str, object]]:
    """whosays's expressions on the PolNeAR train articles (all, or ``sample`` of them)."""
    from whosays.pipeline.timex import TimexTagger
    from whosays.timexnorm import find_expressions

    articles = load_split(data, "train")
    dates = polnear_dates(data)
    docs = parsed_texts([a.text for a in articles], model, cache)
    pairs = list(zip(articles, docs, strict=True))
    if sample is not None:
        pairs = sorted(
            random.Random(seed).sample(pairs, min(sample, len(pairs))), key=lambda p: p[0].name
        )
    stage = TimexTagger()
    rows: list[dict[str, object]] = []
    for article, doc in pairs:
        reference = dates.get(article.name) or None
        doc._.whosays_reference_date = reference
        doc._.whosays_reference_from = "metadata" if reference else None
        doc = stage(doc)
        rules = {(e.start, e.end): e.rule.name for e in find_expressions(doc.text)}
        for t in doc._.whosays_timexes:
            start, end = t["start"], t["end"]
            context = doc.text[max(0, start - 70) : end + 40].replace("\n", " ")
            rows.append(
                {
                    "article": article.name,
                    "reference": reference,
                    "start": start,
                    "end": end,
                    "text": doc.text[start:end],
                    "type": t["type"],
                    "value": t["value"],
                    "rule": rules.get((start, end), "?"),
                    "context": context,
                }
            )
    return rows


def polnear_line(row: dict[str, object], mark: str = "") -> str:
    """One expression as a tab-separated line (``mark``: the diff's ``-``, ``+`` or ``~``)."""
    fields = [row["article"], row["reference"], row["start"], repr(row["text"])]
    fields += [row["type"], row["value"], row["rule"], repr(row["context"])]
    return (f"{mark}\t" if mark else "") + "\t".join(str(f) for f in fields)


def polnear_diff(rows: list[dict[str, object]], old_path: Path) -> None:
    """Print the expressions whose type or value differ from the run saved in ``old_path``."""
    old = {}
    with old_path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            old[(row["article"], row["start"], row["end"])] = row
    articles = {row["article"] for row in rows}
    old = {key: row for key, row in old.items() if key[0] in articles}
    new = {(row["article"], row["start"], row["end"]): row for row in rows}
    counts = {"-": 0, "+": 0, "~": 0}
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if after is None and before is not None:
            mark, row = "-", before
        elif before is None and after is not None:
            mark, row = "+", after
        elif before is not None and after is not None:
            if (before["type"], before["value"]) == (after["type"], after["value"]):
                continue
            mark = "~"
            row = {**after, "value": f"{before['type']} {before['value']} -> {after['value']}"}
        else:
            continue
        counts[mark] += 1
        print(polnear_line(row, mark))
    print(json.dumps({"changed": counts["~"], "removed": counts["-"], "added": counts["+"]}))


def polnear_main(args: argparse.Namespace) -> None:
    """The ``--polnear`` listing: all expressions, a sample, or the diff against a saved run."""
    rows = polnear_expressions(args.polnear, args.model, args.cache, args.sample, args.seed)
    if args.save:
        with args.save.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")
    if args.diff:
        polnear_diff(rows, args.diff)
    elif not args.save:
        for row in rows:
            print(polnear_line(row))


def main() -> None:
    """Parse arguments and print one JSON line per group."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tempeval", type=Path, help="TempEval-3 folder (train split only)")
    parser.add_argument("--meantime", type=Path, help="MEANTIME folder")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/whosays-timex-cache"))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--errors", action="store_true", help="print the error lines too")
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="print per rule: found, exact span, relaxed match, right value",
    )
    parser.add_argument(
        "--disable", nargs="*", default=[], help="rule names to leave out of the grammar"
    )
    parser.add_argument(
        "--polnear", type=Path, help="PolNeAR folder: list the expressions on train articles"
    )
    parser.add_argument("--sample", type=int, help="with --polnear: N articles drawn at random")
    parser.add_argument("--seed", type=int, default=0, help="with --sample: the random seed")
    parser.add_argument("--save", type=Path, help="with --polnear: write the expressions (JSONL)")
    parser.add_argument(
        "--diff", type=Path, help="with --polnear: only the expressions changed since this JSONL"
    )
    args = parser.parse_args()
    disable_rules(set(args.disable))
    if args.polnear:
        polnear_main(args)
        return
    groups: dict[str, list[TimexDocument]] = {}
    if args.tempeval:
        groups.update(tempeval_groups(args.tempeval))
    if args.meantime:
        groups["MEANTIME"] = read_meantime(args.meantime)
    for name, documents in groups.items():
        figures = score_group(name, documents, args.model, args.cache, args.errors, args.by_rule)
        print(json.dumps({"group": name, **figures}))


if __name__ == "__main__":
    main()
