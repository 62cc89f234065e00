"""whosays_learned_attributions: attributions from a trained SOURCE/CUE/CONTENT span model.

Replaces the rule stages ``whosays_quotes``, ``whosays_speakers`` and
``whosays_sources`` when a model trained by ``whosays train polnear`` is given
(``--attribution-model PATH``). The model (a spaCy pipeline whose entities are
role spans) runs on the Doc's text; its spans are then linked into attributions:

* each CUE takes the nearest CONTENT and the nearest SOURCE, counting the tokens
  between the spans plus ``sentence_penalty`` per sentence boundary crossed, and
  only within ``max_distance``;
* a CUE between two contents parted only by cue, source, punctuation and at most
  ``merge_gap`` other tokens (``"A," she said. "B."``) takes one content from the
  first to the last (PolNeAR annotates a discontinuous content; its hull is scored);
* a CONTENT no cue took becomes an attribution of its own with its nearest cue
  and source, if any.

``kind`` is direct, mixed or indirect by the quote marks of the content; ``rule``
is ``"learned"``. Earlier attributions on the Doc are replaced.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from whosays.errors import ModelError
from whosays.pipeline.doc import AttributionData, doc_text, register_extensions
from whosays.pipeline.source_spans import attribution_kind

__all__ = [
    "COMPONENT",
    "RULE_STAGES",
    "LearnedAttributions",
    "RoleSpan",
    "attribution_kind",
    "link_roles",
    "load_attribution_model",
    "use_learned_attributions",
]

COMPONENT = "whosays_learned_attributions"
RULE_STAGES = ("whosays_quotes", "whosays_speakers", "whosays_sources")
ROLE_LABELS = frozenset({"SOURCE", "CUE", "CONTENT"})
CONFIDENCE = 0.8

DEFAULT_CONFIG: dict[str, object] = {
    "model_path": None,
    "sentence_penalty": 15,
    "max_distance": 60,
    "merge_gap": 0,
}


@dataclass(frozen=True)
class RoleSpan:
    """A predicted role span: token range, sentence index and character offsets."""

    label: str
    start: int
    end: int
    sentence: int
    start_char: int
    end_char: int


@Language.factory(COMPONENT, default_config=DEFAULT_CONFIG)
def make_learned_attributions(
    nlp: Language,
    name: str,
    model_path: str | None,
    sentence_penalty: int,
    max_distance: int,
    merge_gap: int,
) -> LearnedAttributions:
    """Create the whosays_learned_attributions component."""
    if model_path is None:
        raise ModelError(
            f"{name}: model_path is required (a pipeline from `whosays train polnear`)"
        )
    return LearnedAttributions(
        name,
        load_attribution_model(model_path),
        sentence_penalty=sentence_penalty,
        max_distance=max_distance,
        merge_gap=merge_gap,
    )


@lru_cache(maxsize=2)
def load_attribution_model(path: str) -> Language:
    """Load a trained attribution pipeline; a training output folder means its model-best."""
    folder = Path(path)
    if (folder / "model-best").is_dir():
        folder = folder / "model-best"
    import whosays.train.reader  # noqa: F401  (registers the reader and sentence joiner)

    try:
        nlp = spacy.load(folder)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: not a trained attribution model ({exc})") from exc
    if not ROLE_LABELS & set(nlp.pipe_labels.get("attribution_ner", [])):
        raise ModelError(f"{path}: the pipeline has no attribution_ner with SOURCE/CUE/CONTENT")
    return nlp


def role_spans(doc: Doc) -> list[RoleSpan]:
    """The role entities of a Doc the attribution model annotated."""
    from whosays.train.sentences import sentence_starts

    starts = sentence_starts(doc)
    return [
        RoleSpan(
            e.label_,
            e.start,
            e.end,
            max(0, bisect_right(starts, e.start) - 1),
            e.start_char,
            e.end_char,
        )
        for e in doc.ents
        if e.label_ in ROLE_LABELS
    ]


def _gap(a: RoleSpan, b: RoleSpan) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class _Linker:
    def __init__(self, spans: list[RoleSpan], sentence_penalty: int, max_distance: int) -> None:
        self.spans = spans
        self.sentence_penalty = sentence_penalty
        self.max_distance = max_distance

    def distance(self, a: RoleSpan, b: RoleSpan) -> int:
        return _gap(a, b) + self.sentence_penalty * abs(a.sentence - b.sentence)

    def nearest(self, anchor: RoleSpan, label: str) -> RoleSpan | None:
        scored = [(self.distance(anchor, s), s.start) for s in self.spans if s.label == label]
        best = min(((d, start) for d, start in scored if d <= self.max_distance), default=None)
        if best is None:
            return None
        return next(s for s in self.spans if s.label == label and s.start == best[1])


def _bridged(
    first: RoleSpan, last: RoleSpan, spans: list[RoleSpan], glue: frozenset[int], merge_gap: int
) -> bool:
    """Whether only a cue, sources, glue and at most ``merge_gap`` other tokens part two spans."""
    roles = {
        i
        for s in spans
        if s.label in ("CUE", "SOURCE") and first.end <= s.start and s.end <= last.start
        for i in range(s.start, s.end)
    }
    others = sum(1 for i in range(first.end, last.start) if i not in roles and i not in glue)
    return others <= merge_gap


def link_roles(
    spans: list[RoleSpan],
    *,
    glue: frozenset[int] = frozenset(),
    sentence_penalty: int = 15,
    max_distance: int = 60,
    merge_gap: int = 0,
) -> list[tuple[RoleSpan | None, RoleSpan | None, tuple[int, int]]]:
    """Link role spans into ``(source, cue, (content_start_char, content_end_char))`` triples.

    ``glue`` holds the token indices (punctuation, spaces) that may part two
    fragments of one content besides the cue and source.
    """
    linker = _Linker(spans, sentence_penalty, max_distance)
    contents = [s for s in spans if s.label == "CONTENT"]
    linked: list[tuple[RoleSpan | None, RoleSpan | None, tuple[int, int]]] = []
    used: set[RoleSpan] = set()
    for cue in (s for s in spans if s.label == "CUE"):
        near = [c for c in contents if c not in used]
        before = [c for c in near if c.end <= cue.start]
        after = [c for c in near if c.start >= cue.end]
        source = linker.nearest(cue, "SOURCE")
        if before and after and _bridged(before[-1], after[0], spans, glue, merge_gap):
            first, last = before[-1], after[0]
            used.update((first, last))
            linked.append((source, cue, (first.start_char, last.end_char)))
            continue
        content = linker.nearest(cue, "CONTENT")
        if content is not None:
            used.add(content)
            linked.append((source, cue, (content.start_char, content.end_char)))
    for content in contents:
        if content not in used:
            near_cue = linker.nearest(content, "CUE")
            source = linker.nearest(near_cue or content, "SOURCE")
            linked.append((source, near_cue, (content.start_char, content.end_char)))
    return sorted(linked, key=lambda triple: triple[2])


def _pair(span: RoleSpan | None) -> list[int] | None:
    return None if span is None else [span.start_char, span.end_char]


class LearnedAttributions:
    """Predict role spans with a trained model and link them into attributions."""

    def __init__(
        self,
        name: str,
        model: Language,
        *,
        sentence_penalty: int = 15,
        max_distance: int = 60,
        merge_gap: int = 0,
    ) -> None:
        register_extensions()
        self.name = name
        self.model = model
        self.options = {
            "sentence_penalty": sentence_penalty,
            "max_distance": max_distance,
            "merge_gap": merge_gap,
        }

    def __call__(self, doc: Doc) -> Doc:
        predicted = self.model(doc_text(doc))
        glue = frozenset(t.i for t in predicted if t.is_punct or t.is_space)
        triples = link_roles(role_spans(predicted), glue=glue, **self.options)
        doc._.whosays_attributions = [self._attribution(doc, *triple) for triple in triples]
        return doc

    def _attribution(
        self, doc: Doc, source: RoleSpan | None, cue: RoleSpan | None, content: tuple[int, int]
    ) -> AttributionData:
        text = doc_text(doc)[content[0] : content[1]]
        return {
            "kind": attribution_kind(text),
            "content": list(content),
            "cue": _pair(cue),
            "source": _pair(source),
            "source_type": _source_type(doc, source),
            "confidence": CONFIDENCE,
            "rule": "learned",
        }


def _source_type(doc: Doc, source: RoleSpan | None) -> str | None:
    if source is None:
        return None
    mention: Span | None = doc.char_span(
        source.start_char, source.end_char, alignment_mode="expand"
    )
    if mention is None or not doc.has_annotation("DEP"):
        return None
    from whosays.pipeline.lexicon import load_cue_lexicon
    from whosays.pipeline.speaker_mentions import source_type

    return source_type(mention, load_cue_lexicon())


def use_learned_attributions(nlp: Language, model_path: str | Path) -> Language:
    """Swap the rule attribution stages of ``nlp`` for the learned component, in place."""
    position = next((n for n in nlp.pipe_names if n in RULE_STAGES), None)
    index = nlp.pipe_names.index(position) if position else len(nlp.pipe_names)
    for name in RULE_STAGES:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if COMPONENT not in nlp.pipe_names:
        config = {"model_path": str(model_path)}
        nlp.add_pipe(
            COMPONENT,
            config=config,
            before=nlp.pipe_names[index] if index < len(nlp.pipe_names) else None,
        )
    return nlp
