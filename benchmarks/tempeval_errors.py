"""Time expressions: list the value and type errors of ``whosays_timex`` on a TempEval-3 split.

For tuning the rules on the train split (never on platinum, the test split): every
relaxed match whose value or type differs from the gold one, as tab-separated lines
(document, reference date, gold span, system span, gold/system type, gold value,
system value, context), then the gold expressions missed and the system ones
unmatched.

    python benchmarks/tempeval_errors.py --data ../shared/data/tempeval3 --split train
"""

from __future__ import annotations

import argparse
from pathlib import Path

from whosays.eval.tempeval import GoldTimex, TimexDocument, evaluate, pipeline_tagger, read_tempeval
from whosays.nlp import DEFAULT_MODEL


def _context(document: TimexDocument, timex: GoldTimex, size: int = 50) -> str:
    return repr(document.text[max(0, timex.start - size) : timex.end + size].replace("\n", " "))


def _span(document: TimexDocument, timex: GoldTimex) -> str:
    return repr(document.text[timex.start : timex.end])


def error_lines(document: TimexDocument, found: list[GoldTimex]) -> list[str]:
    """Tab-separated lines for one document: wrong values or types, misses, extras."""
    lines: list[str] = []
    used: set[int] = set()
    for gold in document.timexes:
        match = next(
            (
                index
                for index, timex in enumerate(found)
                if index not in used and timex.end > gold.start and timex.start < gold.end
            ),
            None,
        )
        if match is None:
            lines.append(
                f"MISSED\t{document.name}\t{_span(document, gold)}\t{gold.type}\t{gold.value}"
            )
            continue
        used.add(match)
        system = found[match]
        if (gold.value or "").upper() != (system.value or "").upper() or gold.type != system.type:
            lines.append(
                "\t".join(
                    (
                        document.name,
                        document.reference_date or "",
                        _span(document, gold),
                        _span(document, system),
                        f"{gold.type}/{system.type}",
                        str(gold.value),
                        str(system.value),
                        _context(document, gold),
                    )
                )
            )
    for index, system in enumerate(found):
        if index not in used:
            lines.append(
                f"EXTRA\t{document.name}\t{_span(document, system)}\t{system.type}\t{system.value}"
            )
    return lines


def main() -> None:
    """Parse arguments and print the error lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="TempEval-3 folder")
    parser.add_argument("--split", default="train", help="split folder (tune on train only)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to parse with")
    args = parser.parse_args()
    documents = read_tempeval(args.data, args.split)
    for document, found, _ in evaluate(documents, pipeline_tagger(args.model)):
        for line in error_lines(document, found):
            print(line)


if __name__ == "__main__":
    main()
