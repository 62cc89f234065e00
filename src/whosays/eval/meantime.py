"""MEANTIME (NewsReader CAT XML) reader for the time-expression evaluation.

Tokens (``<token t_id sentence>``) are joined into text (one sentence a line, no space
before closing punctuation); each ``<TIMEX3>`` markable spans its token anchors. The
document's ``CREATION_TIME`` TIMEX3 is the reference date and is left unscored.
MEANTIME annotates only the first sentences of each article (title, date line and
about four more), so the text stops after the last sentence holding any markable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from whosays.errors import EvaluationDataError
from whosays.eval.tempeval import (
    GoldTimex,
    Scores,
    TimexDocument,
    pipeline_tagger,
    run,
    with_progress,
)

_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "n't", "'", "''"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``"})


def read_cat(path: Path) -> TimexDocument:
    """Read one MEANTIME CAT XML document."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationDataError(f"{path}: not well-formed XML ({exc})") from exc
    text, offsets = _join_tokens(root, _last_annotated_sentence(root))
    reference: str | None = None
    timexes: list[GoldTimex] = []
    unscored: list[tuple[int, int]] = []
    for markable in root.iter("TIMEX3"):
        found = [offsets.get(a.get("t_id", "")) for a in markable.iter("token_anchor")]
        anchors = [a for a in found if a is not None]
        if markable.get("functionInDocument") == "CREATION_TIME":
            reference = _iso_date(markable.get("value"))
            if anchors:
                unscored.append((min(a[0] for a in anchors), max(a[1] for a in anchors)))
            continue
        if anchors:
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            timexes.append(GoldTimex(start, end, markable.get("type", ""), markable.get("value")))
    timexes.sort(key=lambda t: t.start)
    return TimexDocument(path.stem, text, reference, tuple(timexes), tuple(unscored))


def _iso_date(value: str | None) -> str | None:
    # A few documents write their creation date day-first: "03-02-2009".
    if value and re.fullmatch(r"\d\d-\d\d-\d{4}", value):
        day, month, year = value.split("-")
        return f"{year}-{month}-{day}"
    return value


def _last_annotated_sentence(root: ET.Element) -> int:
    sentences = {token.get("t_id"): int(token.get("sentence", 0)) for token in root.iter("token")}
    markables = root.find("Markables")
    anchored = [
        sentences.get(anchor.get("t_id"), 0)
        for anchor in (markables.iter("token_anchor") if markables is not None else ())
    ]
    return max(anchored, default=max(sentences.values(), default=0))


def _join_tokens(
    root: ET.Element, last_sentence: int
) -> tuple[str, dict[str, tuple[int, int] | None]]:
    pieces: list[str] = []
    length = 0
    offsets: dict[str, tuple[int, int] | None] = {}
    sentence: str | None = None
    previous = ""
    for token in root.iter("token"):
        if int(token.get("sentence", 0)) > last_sentence:
            break
        word = token.text or ""
        separator = ""
        if sentence is not None and token.get("sentence") != sentence:
            separator = "\n"
        elif pieces and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            separator = " "
        sentence = token.get("sentence")
        pieces.append(separator + word)
        length += len(separator)
        offsets[token.get("t_id", "")] = (length, length + len(word))
        length += len(word)
        previous = word
    return "".join(pieces), offsets


def read_meantime(data: Path) -> list[TimexDocument]:
    """The English MEANTIME documents under ``data`` (its ``intra-doc_annotation`` folder)."""
    folder = data / "intra-doc_annotation"
    if not folder.is_dir():
        folder = data
    paths = sorted(folder.rglob("*.xml"))
    if not paths:
        raise EvaluationDataError(f"{data}: no MEANTIME .xml files found")
    return [read_cat(path) for path in paths]


def evaluate_meantime(data: Path, model: str, progress: bool = True) -> Scores:
    """Score the ``whosays_timex`` stage on the English MEANTIME documents under ``data``."""
    documents = read_meantime(data)
    wrap = with_progress(documents, "MEANTIME") if progress else None
    return run(documents, pipeline_tagger(model), wrap)
