"""PolNeAR (brat standoff) loader and the direct-quotation score.

Layout read by :func:`load_split` (the data is never shipped; pass its path)::

    <data>/<split>/text/<article>.txt
    <data>/<split>/attributions/<article>_<annotator>.ann

A few articles were annotated by several annotators. :func:`load_split` uses
the file of the lexicographically first annotator id (``4b22`` before ``ef2d``)
unless ``annotator`` names one; an article without an ``.ann`` file has no
gold attributions and is skipped.

Each ``.ann`` file holds text-bound lines ``T<n>\\t<Label> <start> <end>[;<start> <end>]\\t<text>``
(labels ``Source``, ``Cue``, ``Content``, ``Attribution``, ...) and event lines
``E<n>\\tAttribution:T.. Content:T.. Cue:T.. Source:T..`` (``Attribution-no-source``
events have no Source; ``Content2`` is a second content span). Gold
attributions keep every role as a list of ``(start, end)`` fragments.

The direct score (:func:`score_direct`) covers gold attributions whose content
holds a double quote mark (``"``, ``“``, ``”``). A predicted quote and a gold one
match when their overlap covers at least half of the gold content's characters;
pairs are made one to one, greedily by largest overlap. Precision is matched /
predicted, recall is matched / gold, and speaker accuracy is the share of matched
pairs whose predicted speaker mention overlaps a gold Source fragment (a gold
attribution without a Source counts as right only when no speaker is predicted).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from whosays.errors import EvaluationDataError
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.pipeline.doc import attributions

__all__ = [
    "DirectScores",
    "GoldAttribution",
    "PolnearDoc",
    "PredictedQuote",
    "TextBound",
    "doc_quotes",
    "evaluate_polnear",
    "has_quote_mark",
    "holds_quote_mark",
    "load_split",
    "match_pairs",
    "overlap",
    "parse_ann",
    "score_direct",
]

SPLITS = ("train", "dev", "test")
QUOTE_MARKS = frozenset('"“”')
Fragments = tuple[tuple[int, int], ...]

_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[^_]+)\.ann$")
_FRAGMENT = re.compile(r"(\d+) (\d+)")


@dataclass(frozen=True)
class TextBound:
    """A brat text-bound annotation: ``T12\\tSource 10 22\\tthe minister``."""

    id: str
    label: str
    fragments: Fragments


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution event, each role as a tuple of ``(start, end)`` fragments."""

    id: str
    kind: str
    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class PolnearDoc:
    """One annotated article: its text, which annotator's file, and the gold attributions."""

    name: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class PredictedQuote:
    """A predicted direct quotation: its content span and speaker mention span (or None)."""

    content: tuple[int, int]
    source: tuple[int, int] | None


@dataclass(frozen=True)
class DirectScores:
    """Precision, recall, F1 and speaker accuracy on quotes with quote marks."""

    p: float
    r: float
    f1: float
    speaker_accuracy: float
    n_gold: int
    n_pred: int

    def to_dict(self) -> dict[str, Any]:
        """The scores as the ``direct`` object of ``whosays eval polnear --json``."""
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
        }


def parse_fragments(field: str) -> Fragments:
    """``"10 22;30 41"`` -> ``((10, 22), (30, 41))``."""
    return tuple((int(s), int(e)) for s, e in _FRAGMENT.findall(field))


def parse_ann(content: str, origin: str = "<ann>") -> tuple[GoldAttribution, ...]:
    """Parse a brat ``.ann`` file's text into gold attributions (text order of content)."""
    bounds: dict[str, TextBound] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in content.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue  # the continuation of a multi-line annotation text
        if fields[0].startswith("T"):
            label, _, offsets = fields[1].partition(" ")
            bounds[fields[0]] = TextBound(fields[0], label, parse_fragments(offsets))
        elif fields[0].startswith("E"):
            events.append((fields[0], _event_roles(fields[1])))
    return tuple(_to_attribution(eid, roles, bounds, origin) for eid, roles in events)


def _event_roles(field: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for argument in field.split():
        role, _, ref = argument.partition(":")
        roles.setdefault(role.rstrip("0123456789"), []).append(ref)
    return roles


def _to_attribution(
    eid: str, roles: dict[str, list[str]], bounds: dict[str, TextBound], origin: str
) -> GoldAttribution:
    kind = "Attribution-no-source" if "Attribution-no-source" in roles else "Attribution"

    def fragments(role: str) -> Fragments:
        try:
            found = [bounds[ref].fragments for ref in roles.get(role, [])]
        except KeyError as exc:
            raise EvaluationDataError(f"{origin}: event {eid} names unknown {exc}") from exc
        return tuple(sorted(f for group in found for f in group))

    return GoldAttribution(eid, kind, fragments("Source"), fragments("Cue"), fragments("Content"))


def _split_dirs(path: Path, split: str) -> tuple[Path, Path]:
    if split not in SPLITS:
        raise EvaluationDataError(f"unknown PolNeAR split {split!r} (use one of {SPLITS})")
    text_dir, ann_dir = path / split / "text", path / split / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise EvaluationDataError(
                f"{folder}: not a directory; expected the PolNeAR layout "
                f"<data>/{split}/text/*.txt and <data>/{split}/attributions/*.ann"
            )
    return text_dir, ann_dir


def choose_ann_files(ann_dir: Path, annotator: str | None = None) -> dict[str, Path]:
    """Article name -> the ``.ann`` file used: ``annotator``'s or the first annotator id."""
    chosen: dict[str, tuple[str, Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        match = _ANN_NAME.match(ann.name)
        if match is None or (annotator is not None and match["annotator"] != annotator):
            continue
        article, who = match["article"], match["annotator"]
        if article not in chosen or who < chosen[article][0]:
            chosen[article] = (who, ann)
    return {article: ann for article, (_, ann) in chosen.items()}


def load_split(path: str | Path, split: str, annotator: str | None = None) -> list[PolnearDoc]:
    """Load every annotated article of ``split`` (``train``/``dev``/``test``), sorted by name.

    Raises :class:`~whosays.errors.EvaluationDataError` when ``path`` is not the
    PolNeAR layout or holds no annotated article for the split.
    """
    text_dir, ann_dir = _split_dirs(Path(path), split)
    docs = []
    for article, ann in sorted(choose_ann_files(ann_dir, annotator).items()):
        text_file = text_dir / f"{article}.txt"
        if not text_file.is_file():
            raise EvaluationDataError(f"{ann}: no matching text file {text_file}")
        text = text_file.read_text(encoding="utf-8")
        attributions = parse_ann(ann.read_text(encoding="utf-8"), str(ann))
        who = _ANN_NAME.match(ann.name)
        docs.append(PolnearDoc(article, text, who["annotator"] if who else "", attributions))
    if not docs:
        raise EvaluationDataError(f"{ann_dir}: no annotated PolNeAR articles found")
    return docs


def fragments_text(text: str, fragments: Fragments) -> str:
    """The text of ``fragments`` joined by a space."""
    return " ".join(text[s:e] for s, e in fragments)


def holds_quote_mark(text: str, *, two_apostrophes: bool = False) -> bool:
    """Whether ``text`` holds a double quote mark (straight or curly), or, with
    ``two_apostrophes``, two apostrophes (the quote marks of PolNeAR's NYT train texts)."""
    return any(ch in QUOTE_MARKS for ch in text) or (two_apostrophes and "''" in text)


def has_quote_mark(
    doc: PolnearDoc, attribution: GoldAttribution, *, two_apostrophes: bool = False
) -> bool:
    """Whether the gold content holds a double quote mark (straight or curly)."""
    return any(
        holds_quote_mark(doc.text[s:e], two_apostrophes=two_apostrophes)
        for s, e in attribution.content
    )


def overlap(span: tuple[int, int], fragments: Fragments) -> int:
    """How many characters of ``span`` fall inside ``fragments``."""
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in fragments)


def _length(fragments: Fragments) -> int:
    return sum(e - s for s, e in fragments)


def match_pairs(
    gold: Sequence[GoldAttribution], predicted: Sequence[PredictedQuote]
) -> list[tuple[GoldAttribution, PredictedQuote]]:
    """One-to-one matches: a prediction covering at least half of a gold content,
    largest overlaps first."""
    candidates = []
    for g_index, g in enumerate(gold):
        needed = _length(g.content) / 2
        for p_index, p in enumerate(predicted):
            shared = overlap(p.content, g.content)
            if shared > 0 and shared >= needed:
                candidates.append((shared, g_index, p_index))
    pairs, used_gold, used_pred = [], set(), set()
    for _, g_index, p_index in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g_index not in used_gold and p_index not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_index)
            pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def speaker_right(gold: GoldAttribution, predicted: PredictedQuote) -> bool:
    """Whether the predicted speaker mention overlaps the gold Source (both absent: right)."""
    if not gold.source:
        return predicted.source is None
    return predicted.source is not None and overlap(predicted.source, gold.source) > 0


def score_direct(
    docs: Sequence[PolnearDoc],
    predictions: Sequence[Sequence[PredictedQuote]],
    *,
    two_apostrophes: bool = False,
) -> DirectScores:
    """Score predicted direct quotes (one sequence per doc) against quote-mark gold.

    ``two_apostrophes`` also scores gold contents marked with ``''`` (an analysis of the
    NYT train texts; the reported score leaves it off, as the data README counts)."""
    n_gold = n_pred = matched = speakers = 0
    for doc, predicted in zip(docs, predictions, strict=True):
        gold = [
            a
            for a in doc.attributions
            if a.content and has_quote_mark(doc, a, two_apostrophes=two_apostrophes)
        ]
        pairs = match_pairs(gold, predicted)
        n_gold += len(gold)
        n_pred += len(predicted)
        matched += len(pairs)
        speakers += sum(speaker_right(g, p) for g, p in pairs)
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = speakers / matched if matched else 0.0
    return DirectScores(p, r, f1, accuracy, n_gold, n_pred)


Predictor = Callable[[Iterable[str]], Iterable[Sequence[PredictedQuote]]]


def evaluate_direct(docs: Sequence[PolnearDoc], predict: Predictor) -> DirectScores:
    """Run ``predict`` over the texts of ``docs`` and score its direct quotes."""
    predictions = list(predict(doc.text for doc in docs))
    return score_direct(docs, predictions)


SCORED_KINDS = ("direct", "mixed")
DIRECT_STAGES = ("whosays_quotes", "whosays_speakers")


def doc_quotes(doc: Doc, *, two_apostrophes: bool = False) -> list[PredictedQuote]:
    """The direct and mixed attributions of an analysed Doc whose content holds a quote
    mark (see :func:`holds_quote_mark` for ``two_apostrophes``)."""
    quotes = []
    for attribution in attributions(doc):
        start, end = attribution["content"]
        if attribution.get("kind") not in SCORED_KINDS:
            continue
        if not holds_quote_mark(doc.text[start:end], two_apostrophes=two_apostrophes):
            continue
        source = attribution.get("source")
        quotes.append(
            PredictedQuote((start, end), None if source is None else (source[0], source[1]))
        )
    return quotes


def pipeline_predictor(nlp: Language, batch_size: int = 16) -> Predictor:
    """A predictor running ``nlp`` (which must hold whosays_quotes and whosays_speakers)."""

    def predict(texts: Iterable[str]) -> Iterator[list[PredictedQuote]]:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield doc_quotes(doc)

    return predict


def evaluate_polnear(
    data: str | Path,
    split: str,
    *,
    model: str = DEFAULT_MODEL,
    progress: Callable[[Iterable[PolnearDoc]], Iterable[PolnearDoc]] | None = None,
) -> DirectScores:
    """Load ``split`` from ``data``, analyse its texts with ``model`` and score direct quotes.

    Only the quote and speaker stages run: the score is theirs alone.
    ``progress`` wraps the article iterator (e.g. a progress bar).
    """
    docs = load_split(data, split)
    nlp = load_pipeline(model, stages=DIRECT_STAGES)
    ordered: Iterable[PolnearDoc] = docs if progress is None else progress(docs)
    texts = (doc.text for doc in ordered)
    predictions = list(pipeline_predictor(nlp)(texts))
    return score_direct(docs, predictions)
