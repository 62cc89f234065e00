"""PolNeAR gold attributions -> spaCy Docs whose entities are SOURCE / CUE / CONTENT spans.

An entity layer cannot hold overlapping spans, but PolNeAR nests attributions
(``X said that Y claimed Z``) and lets one Source serve several events. Per
document the distinct role spans are kept greedily by earliest end (the most
spans that do not overlap); a discontinuous span (``"A," he said, "B"``)
becomes one entity per fragment. Character spans are aligned to tokens by
expanding to token boundaries.

Training Docs are parsed first (tags and dependencies are features of the
model) and split at paragraph breaks into chunks of about ``chunk_words`` words,
never inside an entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from whosays.eval.polnear import PolnearDoc

__all__ = [
    "LABELS",
    "ConversionStats",
    "chunk_doc",
    "gold_entities",
    "to_docbin",
    "with_entities",
]

LABELS = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}
CharSpan = tuple[int, int, str]


@dataclass
class ConversionStats:
    """How many gold role spans became entities and how many were dropped for overlap."""

    kept: int = 0
    overlapping: int = 0
    empty: int = 0

    def __str__(self) -> str:
        return f"{self.kept} spans kept, {self.overlapping} dropped (overlap), {self.empty} empty"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def gold_entities(doc: PolnearDoc) -> list[CharSpan]:
    """The distinct trimmed ``(start, end, label)`` role fragments of ``doc``, text order."""
    spans: dict[CharSpan, None] = {}
    for attribution in doc.attributions:
        for role, label in LABELS.items():
            for start, end in getattr(attribution, role):
                s, e = _trimmed(doc.text, start, end)
                if s < e:
                    spans[(s, e, label)] = None
    return sorted(spans)


def with_entities(doc: Doc, spans: Iterable[CharSpan], stats: ConversionStats | None = None) -> Doc:
    """Set ``spans`` as ``doc.ents``, keeping the most that do not overlap (earliest end)."""
    stats = stats if stats is not None else ConversionStats()
    token_spans: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) == 0:
            stats.empty += 1
        else:
            token_spans.append(span)
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(token_spans, key=lambda s: (s.end, -s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
        else:
            stats.overlapping += 1
    stats.kept += len(kept)
    doc.set_ents(sorted(kept, key=lambda s: s.start), default="outside")
    return doc


def _paragraph_starts(doc: Doc) -> list[int]:
    """Token indices that begin a paragraph (after a token holding a blank line)."""
    return [t.i + 1 for t in doc[:-1] if "\n" in t.text or t.whitespace_ == "\n"]


def chunk_doc(doc: Doc, chunk_words: int = 300) -> list[Doc]:
    """Split ``doc`` at paragraph starts outside entities into chunks of ``chunk_words`` or more."""
    inside = {i for ent in doc.ents for i in range(ent.start + 1, ent.end)}
    cuts = [i for i in _paragraph_starts(doc) if i not in inside]
    chunks, start = [], 0
    for cut in cuts:
        if cut - start >= chunk_words:
            chunks.append(doc[start:cut].as_doc())
            start = cut
    if start < len(doc):
        chunks.append(doc[start:].as_doc())
    return chunks


def annotated_docs(
    nlp: Language, docs: Sequence[PolnearDoc], stats: ConversionStats, batch_size: int = 8
) -> Iterator[Doc]:
    """Parse each article with ``nlp`` and set its gold roles as entities."""
    parsed = nlp.pipe((d.text for d in docs), batch_size=batch_size)
    for gold, doc in zip(docs, parsed, strict=True):
        yield with_entities(doc, gold_entities(gold), stats)


def to_docbin(
    nlp: Language,
    docs: Sequence[PolnearDoc],
    output: Path,
    *,
    chunk_words: int | None = 300,
) -> ConversionStats:
    """Write ``docs`` (parsed by ``nlp``, roles as entities) to a ``.spacy`` DocBin file.

    ``chunk_words`` splits articles at paragraph breaks (training); None keeps
    whole articles (evaluation).
    """
    stats = ConversionStats()
    docbin = DocBin(store_user_data=False)
    for doc in annotated_docs(nlp, docs, stats):
        for part in chunk_doc(doc, chunk_words) if chunk_words else [doc]:
            docbin.add(part)
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    return stats
