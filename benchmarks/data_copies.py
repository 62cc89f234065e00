"""Lines of the repository that repeat text of the evaluation data (which must never be copied in).

The rules forbid copying any of ``../shared/data`` into the repository: tests and docs use
texts the project writes. This script reads the evaluation texts (PolNeAR articles,
TempEval-3 TimeML with the tags removed, MEANTIME tokens), normalises spaces and quote
marks, and reports each line of the given files (default: every tracked ``.py``, ``.md``,
``.json``, ``.jsonl``, ``.txt`` and ``.tsv`` file) that shares a run of ``--width``
characters with them. Generic phrases (``speaking on condition of anonymity``) show up at
small widths; a whole copied sentence shows up at any width.

    python benchmarks/data_copies.py ../shared/data [--width 45] [FILE ...]

Exit status 1 when a line is reported, so it can gate a commit.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".py", ".md", ".json", ".jsonl", ".txt", ".tsv")
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]+>")
_TOKEN = re.compile(r"<token[^>]*>([^<]*)</token>")


def normalise(text: str) -> str:
    """One space for any run of white space, one straight mark for any quote mark."""
    text = _SPACE.sub(" ", text).replace("''", '"').replace("``", '"')
    table: dict[str, str | int | None] = {"“": '"', "”": '"', "‘": "'", "’": "'"}
    return text.translate(str.maketrans(table))


def evaluation_texts(data: Path) -> Iterator[str]:
    """The running text of every evaluation document under ``data``."""
    for path in sorted(data.glob("polnear/*/text/*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted(data.glob("tempeval3/**/*.tml")):
        yield _TAG.sub("", path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted(data.glob("meantime/**/*.xml")):
        yield " ".join(_TOKEN.findall(path.read_text(encoding="utf-8", errors="replace")))


def tracked_files(root: Path) -> list[Path]:
    """The repository's tracked files of the checked kinds (this script excluded)."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True
    ).stdout.split()
    me = Path(__file__).resolve()
    files = [root / name for name in listed if name.endswith(SUFFIXES)]
    return [f for f in files if f.resolve() != me]


def copied_lines(path: Path, corpus: str, width: int) -> Iterator[tuple[int, str]]:
    """(line number, copied run) for each line of ``path`` that repeats the corpus."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = normalise(line)
        for start in range(0, len(text) - width + 1, 3):
            run = text[start : start + width]
            if run in corpus:
                yield number, run
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holds polnear/ ...)")
    parser.add_argument("files", nargs="*", type=Path, help="files to check (default: tracked)")
    parser.add_argument("--width", type=int, default=45, help="characters in a copied run")
    args = parser.parse_args()
    if not (args.data / "polnear").is_dir():
        parser.error(f"{args.data}: no polnear/ folder here; pass the shared data folder")
    corpus = "\n".join(normalise(t) for t in evaluation_texts(args.data))
    root = Path(__file__).resolve().parent.parent
    found = 0
    for path in args.files or tracked_files(root):
        for number, run in copied_lines(path, corpus, args.width):
            print(f"{path}:{number}: {run!r}")
            found += 1
    print(f"{found} line(s) repeat {args.width} characters of the evaluation data", file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
