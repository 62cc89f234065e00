"""Full PolNeAR attribution scoring: exact and overlap P/R/F1 per role (source, cue, content).

Every attribution counts (direct, indirect, mixed and vague; with or without a
source), over whole documents, using the gold file that
:func:`whosays.eval.polnear.load_split` chooses for each article.

How spans are paired, per role, independently of the other roles:

* The gold spans of a role are the distinct spans of that role among a document's gold
  attributions (a Source shared by several events counts once); the predicted spans
  are the distinct non-null spans of that role among the predicted attributions.
* Every span is trimmed of surrounding whitespace. A discontinuous gold span (brat
  fragments ``s1 e1;s2 e2``, e.g. a quotation split by ``said X``) is compared as its
  hull, from the first fragment's start to the last fragment's end, for exact matching,
  and as its fragments for overlap.
* Exact: a predicted span matches a gold span when both ends are equal. Overlap: when
  they share at least one token, i.e. one non-whitespace character of a gold fragment.
* Pairs are one to one, per document and role: for overlap, greedily by the largest
  number of shared characters. Precision = matched / predicted, recall = matched / gold,
  summed over all documents (micro average).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from whosays.eval.polnear import (
    DirectScores,
    GoldAttribution,
    PolnearDoc,
    PredictedQuote,
    doc_quotes,
    load_split,
    score_direct,
)
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.pipeline.doc import attributions

__all__ = [
    "ATTRIBUTION_STAGES",
    "ROLES",
    "PredictedAttribution",
    "RoleScores",
    "Score",
    "doc_attributions",
    "evaluate_attributions",
    "evaluate_polnear_all",
    "predict_attributions",
    "score_attributions",
]

ROLES = ("source", "cue", "content")
# The stages that make attributions; later stages (coref, voice, time) never move their spans.
ATTRIBUTION_STAGES = ("whosays_quotes", "whosays_speakers", "whosays_sources")
Span = tuple[int, int]


@dataclass(frozen=True)
class PredictedAttribution:
    """A predicted attribution: each role a ``(start, end)`` character span or None."""

    source: Span | None
    cue: Span | None
    content: Span | None
    kind: str = "indirect"
    rule: str = ""


@dataclass(frozen=True)
class Score:
    """Matched, predicted and gold counts, and the P/R/F1 they give."""

    matched: int
    n_pred: int
    n_gold: int

    @property
    def p(self) -> float:
        """Precision."""
        return self.matched / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        """Recall."""
        return self.matched / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """F1, the harmonic mean of precision and recall."""
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched, self.n_pred + other.n_pred, self.n_gold + other.n_gold
        )

    def to_dict(self) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to four places."""
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class RoleScores:
    """Exact and overlap scores for each role."""

    exact: dict[str, Score]
    overlap: dict[str, Score]

    def to_dict(self) -> dict[str, Any]:
        """``{"source": {"exact": {...}, "overlap": {...}}, "cue": ..., "content": ...}``."""
        return {
            role: {"exact": self.exact[role].to_dict(), "overlap": self.overlap[role].to_dict()}
            for role in ROLES
        }


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def gold_spans(doc: PolnearDoc, role: str) -> list[tuple[Span, ...]]:
    """The distinct gold spans of ``role`` in ``doc``, each as its trimmed fragments."""
    spans: dict[tuple[Span, ...], None] = {}
    for attribution in doc.attributions:
        fragments = getattr(attribution, role)
        trimmed = tuple(t for t in (_trim(doc.text, f) for f in fragments) if t[0] < t[1])
        if trimmed:
            spans[trimmed] = None
    return list(spans)


def predicted_spans(text: str, predicted: Sequence[PredictedAttribution], role: str) -> list[Span]:
    """The distinct non-empty predicted spans of ``role``, trimmed."""
    spans: dict[Span, None] = {}
    for attribution in predicted:
        span = getattr(attribution, role)
        if span is not None:
            trimmed = _trim(text, span)
            if trimmed[0] < trimmed[1]:
                spans[trimmed] = None
    return list(spans)


def _shared(text: str, span: Span, fragments: tuple[Span, ...]) -> int:
    count = 0
    for start, end in fragments:
        low, high = max(span[0], start), min(span[1], end)
        count += sum(not ch.isspace() for ch in text[low:high]) if low < high else 0
    return count


def match_exact(gold: Sequence[tuple[Span, ...]], predicted: Sequence[Span]) -> int:
    """How many predicted spans equal the hull of a distinct gold span (one to one)."""
    hulls: dict[Span, int] = {}
    for fragments in gold:
        hull = (fragments[0][0], fragments[-1][1])
        hulls[hull] = hulls.get(hull, 0) + 1
    return sum(1 for span in set(predicted) if hulls.get(span, 0) > 0)


def match_overlap(text: str, gold: Sequence[tuple[Span, ...]], predicted: Sequence[Span]) -> int:
    """How many one-to-one pairs share a token, paired greedily by largest overlap."""
    candidates = [
        (shared, g, p)
        for g, fragments in enumerate(gold)
        for p, span in enumerate(predicted)
        if (shared := _shared(text, span, fragments)) > 0
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
    return len(used_gold)


def score_document(
    doc: PolnearDoc, predicted: Sequence[PredictedAttribution]
) -> tuple[dict[str, Score], dict[str, Score]]:
    """Exact and overlap scores of one document, per role."""
    exact, overlap = {}, {}
    for role in ROLES:
        gold = gold_spans(doc, role)
        spans = predicted_spans(doc.text, predicted, role)
        exact[role] = Score(match_exact(gold, spans), len(spans), len(gold))
        overlap[role] = Score(match_overlap(doc.text, gold, spans), len(spans), len(gold))
    return exact, overlap


def score_attributions(
    docs: Sequence[PolnearDoc], predictions: Sequence[Sequence[PredictedAttribution]]
) -> RoleScores:
    """Score predicted attributions (one sequence per document) against all gold ones."""
    exact = {role: Score(0, 0, 0) for role in ROLES}
    overlap = {role: Score(0, 0, 0) for role in ROLES}
    for doc, predicted in zip(docs, predictions, strict=True):
        doc_exact, doc_overlap = score_document(doc, predicted)
        for role in ROLES:
            exact[role] += doc_exact[role]
            overlap[role] += doc_overlap[role]
    return RoleScores(exact, overlap)


def _pair(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


def doc_attributions(doc: Doc) -> list[PredictedAttribution]:
    """A processed Doc's attributions (every kind) as predictions to score."""
    return [
        PredictedAttribution(
            source=_pair(a.get("source")),
            cue=_pair(a.get("cue")),
            content=_pair(a.get("content")),
            kind=str(a.get("kind", "direct")),
            rule=str(a.get("rule", "")),
        )
        for a in attributions(doc)
    ]


def predict_attributions(
    nlp: Language, texts: Iterable[str], batch_size: int = 8
) -> Iterator[list[PredictedAttribution]]:
    """Run ``nlp`` over ``texts`` and yield each document's attributions (every kind)."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield doc_attributions(doc)


def evaluate_attributions(nlp: Language, docs: Sequence[PolnearDoc]) -> RoleScores:
    """Run ``nlp`` over the texts of ``docs`` and score all attributions per role."""
    predictions = list(predict_attributions(nlp, (doc.text for doc in docs)))
    return score_attributions(docs, predictions)


def gold_text(doc: PolnearDoc, attribution: GoldAttribution, role: str) -> str:
    """The text of a gold role, fragments joined by `` | `` (for error reports)."""
    return " | ".join(doc.text[s:e] for s, e in getattr(attribution, role))


def evaluate_polnear_all(
    data: str | Path,
    split: str,
    *,
    model: str = DEFAULT_MODEL,
    progress: Callable[[Iterable[PolnearDoc]], Iterable[PolnearDoc]] | None = None,
) -> tuple[DirectScores, RoleScores]:
    """Load ``split`` of PolNeAR at ``data`` and score direct quotes and all roles, one parse each.

    The direct quotes are read after the quote and speaker stages, before
    ``whosays_sources`` merges reported content into them (as
    :func:`whosays.eval.polnear.evaluate_polnear` scores them); the roles after it.
    ``progress`` wraps the article iterator (e.g. a progress bar).
    """
    docs = load_split(data, split)
    nlp = load_pipeline(model, stages=ATTRIBUTION_STAGES)
    sources = nlp.get_pipe("whosays_sources")
    ordered: Iterable[PolnearDoc] = docs if progress is None else progress(docs)
    texts = (doc.text for doc in ordered)
    direct: list[list[PredictedQuote]] = []
    roles: list[list[PredictedAttribution]] = []
    for doc in nlp.pipe(texts, batch_size=8, disable=["whosays_sources"]):
        direct.append(doc_quotes(doc))
        roles.append(doc_attributions(sources(doc)))
    return score_direct(docs, direct), score_attributions(docs, roles)
