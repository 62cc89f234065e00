"""TempEval-3 evaluation of time expressions: a TimeML reader and the standard measures.

Strict span match (exact offsets), relaxed span match (any overlap, one to one) and
value F1 as TempEval-3 computes attribute F1: a system TIMEX3 counts when it
relaxed-matches a gold one and has the same value. The document creation time
(``functionInDocument="CREATION_TIME"``) is the reference date and is not scored.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whosays.errors import EvaluationDataError


@dataclass(frozen=True)
class GoldTimex:
    """A time expression of an evaluation document, or one the system found."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True)
class TimexDocument:
    """One evaluation document: text, creation date, gold timexes and spans left unscored."""

    name: str
    text: str
    reference_date: str | None
    timexes: tuple[GoldTimex, ...]
    unscored: tuple[tuple[int, int], ...] = ()


@dataclass
class Counts:
    """Match counts summed over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        """Add another document's counts to these."""
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Scores:
    """The TempEval-3 measures for one run."""

    counts: Counts
    errors: tuple[str, ...] = field(default=())

    def prf(self, matched: int) -> dict[str, float]:
        """Precision, recall and F1 of ``matched`` against the system and gold counts."""
        precision = matched / self.counts.system if self.counts.system else 0.0
        recall = matched / self.counts.gold if self.counts.gold else 0.0
        total = precision + recall
        f1 = 2 * precision * recall / total if total else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}

    def as_dict(self) -> dict[str, object]:
        """The ``--json`` form: strict, relaxed, value F1 and the supporting figures."""
        relaxed = self.counts.relaxed
        return {
            "strict": self.prf(self.counts.strict),
            "relaxed": self.prf(relaxed),
            "value_f1": self.prf(self.counts.value)["f1"],
            "value_accuracy": round(self.counts.value / relaxed, 4) if relaxed else 0.0,
            "type_f1": self.prf(self.counts.type)["f1"],
            "gold": self.counts.gold,
            "system": self.counts.system,
        }


_TAG = re.compile(r"<(/?)(\w+)([^>]*?)/?>|[^<]+", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> TimexDocument:
    """Read a TimeML ``.tml`` file: the text inside ``<TEXT>`` and its TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    if body is None:
        raise EvaluationDataError(f"{path}: no <TEXT> element; is this a TimeML file?")
    dct = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    reference = _attributes(dct.group(0)).get("value") if dct else None
    text, timexes = _strip_tags(body.group(1))
    return TimexDocument(path.stem, text, reference, tuple(timexes))


def _attributes(tag: str) -> dict[str, str]:
    return dict(_ATTRIBUTE.findall(tag))


def _strip_tags(markup: str) -> tuple[str, list[GoldTimex]]:
    pieces: list[str] = []
    length = 0
    opened: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    for match in _TAG.finditer(markup):
        if match.group(2) is None:
            piece = html.unescape(match.group(0))
            pieces.append(piece)
            length += len(piece)
        elif match.group(2) == "TIMEX3" and not match.group(1):
            opened = (length, _attributes(match.group(3)))
        elif match.group(2) == "TIMEX3" and opened is not None:
            start, attributes = opened
            if attributes.get("functionInDocument") != "CREATION_TIME":
                timexes.append(
                    GoldTimex(start, length, attributes.get("type", ""), attributes.get("value"))
                )
            opened = None
    return "".join(pieces), timexes


def read_tempeval(data: Path, split: str) -> list[TimexDocument]:
    """Every ``.tml`` document of ``split`` (a folder under ``data``, searched recursively)."""
    folder = data / split
    if not folder.is_dir():
        raise EvaluationDataError(f"{folder}: no such split folder (expected {data}/<split>/)")
    paths = sorted(folder.rglob("*.tml"))
    if not paths:
        raise EvaluationDataError(f"{folder}: no .tml files")
    return [read_timeml(path) for path in paths]


def score_document(gold: Iterable[GoldTimex], system: Iterable[GoldTimex]) -> Counts:
    """Strict, relaxed, value and type matches of ``system`` against ``gold`` timexes."""
    gold_list, system_list = list(gold), list(system)
    counts = Counts(gold=len(gold_list), system=len(system_list))
    exact = {(t.start, t.end) for t in gold_list}
    counts.strict = sum((t.start, t.end) in exact for t in system_list)
    used: set[int] = set()
    for expected in gold_list:
        for index, found in enumerate(system_list):
            if index in used or found.end <= expected.start or found.start >= expected.end:
                continue
            used.add(index)
            counts.relaxed += 1
            counts.value += _same_value(expected.value, found.value)
            counts.type += expected.type == found.type
            break
    return counts


def _same_value(expected: str | None, found: str | None) -> bool:
    return (expected or "").strip().upper() == (found or "").strip().upper()


# A tagger takes (text, reference date) and returns the timexes it finds.
Tagger = Callable[[str, str | None], list[GoldTimex]]


def evaluate(
    documents: Iterable[TimexDocument], tagger: Tagger
) -> Iterator[tuple[TimexDocument, list[GoldTimex], Counts]]:
    """Tag each document and yield it with the system timexes and their counts."""
    for document in documents:
        found = [
            timex
            for timex in tagger(document.text, document.reference_date)
            if not any(timex.start < end and timex.end > start for start, end in document.unscored)
        ]
        yield document, found, score_document(document.timexes, found)


def pipeline_tagger(model: str) -> Tagger:
    """A tagger running the spaCy model named ``model`` plus ``whosays_timex``."""
    import spacy

    from whosays.errors import ModelError
    from whosays.nlp import add_whosays_stages

    try:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {model!r} is not installed") from exc
    add_whosays_stages(nlp, ("whosays_timex",))

    def tag(text: str, reference_date: str | None) -> list[GoldTimex]:
        doc = nlp.make_doc(text)
        doc._.whosays_reference_date = reference_date[:10] if reference_date else None
        doc._.whosays_reference_from = "metadata" if reference_date else None
        doc = nlp(doc)
        return [
            GoldTimex(t["start"], t["end"], t["type"], t["value"]) for t in doc._.whosays_timexes
        ]

    return tag


def run(
    documents: list[TimexDocument],
    tagger: Tagger,
    progress: Callable[[Iterable[TimexDocument]], Iterable[TimexDocument]] | None = None,
) -> Scores:
    """Score ``tagger`` on ``documents`` (optionally wrapped in a ``progress`` iterator)."""
    total = Counts()
    docs: Iterable[TimexDocument] = progress(documents) if progress else documents
    for _, _, counts in evaluate(docs, tagger):
        total.add(counts)
    return Scores(total)


def with_progress(
    documents: list[TimexDocument], description: str
) -> Callable[[Iterable[TimexDocument]], Iterable[TimexDocument]] | None:
    """A rich progress-bar wrapper on stderr when it is a terminal, else ``None``."""
    import sys

    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import track

    def wrap(items: Iterable[TimexDocument]) -> Iterable[TimexDocument]:
        return track(
            items, description=description, total=len(documents), console=Console(stderr=True)
        )

    return wrap


def evaluate_tempeval(data: Path, split: str, model: str, progress: bool = True) -> Scores:
    """Score the ``whosays_timex`` stage on the TempEval-3 ``split`` under ``data``."""
    documents = read_tempeval(data, split)
    wrap = with_progress(documents, f"TempEval-3 {split}") if progress else None
    return run(documents, pipeline_tagger(model), wrap)


def format_scores(title: str, scores: Scores) -> str:
    """A few plain lines with the measures, for the terminal."""
    figures = scores.as_dict()
    lines = [f"{title}: {figures['gold']} gold, {figures['system']} found"]
    for name in ("strict", "relaxed"):
        prf = figures[name]
        assert isinstance(prf, dict)
        lines.append(f"  {name:<8} P {prf['p']:.3f}  R {prf['r']:.3f}  F1 {prf['f1']:.3f}")
    lines.append(
        f"  value    F1 {figures['value_f1']:.3f}  (accuracy {figures['value_accuracy']:.3f})"
    )
    lines.append(f"  type     F1 {figures['type_f1']:.3f}")
    return "\n".join(lines)
