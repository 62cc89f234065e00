"""Time expressions: scores per sub-corpus from cached parses, for auditing single rules.

Parses each document once (spaCy model + ``whosays_paragraphs``) and keeps the parses
in a cache folder, so that later runs only rerun ``whosays_timex``: a rule change is
measured in seconds. Scores TE3 train's TimeBank and AQUAINT folders apart and
MEANTIME beside them, with the same scorer as ``whosays eval``; ``--errors`` also
prints the error lines of ``tempeval_errors.py`` for the chosen groups.

    python benchmarks/tempeval_audit.py --tempeval ../shared/data/tempeval3 \
        --meantime ../shared/data/meantime --cache /tmp/whosays-timex-cache

Only the train split of TempEval-3 is read (platinum is the test split: never tune on it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from tempeval_errors import error_lines

from whosays.eval.meantime import read_meantime
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
    nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    add_whosays_stages(nlp, ())
    digest = hashlib.sha1((model + "".join(d.text for d in documents)).encode("utf-8")).hexdigest()[
        :16
    ]
    path = cache / f"{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(d.text for d in documents))
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
    args = parser.parse_args()
    disable_rules(set(args.disable))
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
