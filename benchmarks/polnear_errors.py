"""Error kinds of the rule-based attribution stages on a PolNeAR split, with examples.

Each gold attribution that has a content is paired with the prediction whose content
shares the most characters with it (a heuristic for analysis; the score itself pairs
per role, see docs/attribution.md). A gold attribution no prediction overlaps is a
miss, sorted by its cue: none, a non-verb cue, a verb of the cue lexicon whose content
the parse does not give, or a verb outside the lexicon. A paired one may differ in its
content ends, its cue span, or its source (none predicted, another mention, or other
ends). A predicted content that overlaps no gold content is a false positive; one that
overlaps gold content but is no gold attribution's best pairing is redundant (a nested
attribution, or a second reading of the same words).

    python benchmarks/polnear_errors.py ../shared/data/polnear --split dev [--examples 6]
    python benchmarks/polnear_errors.py ../shared/data/polnear --split train --quarter 0

``--quarter K`` keeps the articles whose index in name order is K modulo 4 (train
quarter 0 is the tuning set of the rules, quarter 1 the held-out check set).
``--cache DIR`` stores the documents as the stages before ``whosays_sources`` leave them
(DocBin with user data, outside the repository: it holds the texts), so a rerun applies
only ``whosays_sources`` and measures a change to it alone. The scores of
``whosays eval polnear`` (source, cue and content, exact and overlap) are printed first.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from whosays.eval.attribution import (
    ATTRIBUTION_STAGES,
    PredictedAttribution,
    doc_attributions,
    score_attributions,
)
from whosays.eval.polnear import GoldAttribution, PolnearDoc, load_split
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.pipeline.lexicon import CueLexicon, load_cue_lexicon

Span = tuple[int, int]
Fragments = tuple[Span, ...]


def shared(span: Span, fragments: Fragments) -> int:
    """Characters ``span`` shares with the gold fragments."""
    return sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in fragments)


def trimmed(text: str, span: Span) -> Span:
    """``span`` without the whitespace at its ends."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def hull(fragments: Fragments) -> Span:
    """From the first fragment's start to the last fragment's end."""
    return fragments[0][0], fragments[-1][1]


def miss_kind(doc: Doc, gold: GoldAttribution, lexicon: CueLexicon) -> str:
    """Why a gold attribution got no prediction, judged by its cue."""
    if not gold.cue:
        return "missed: no gold cue"
    span = doc.char_span(*hull(gold.cue), alignment_mode="expand")
    verbs = [t for t in span or () if t.pos_ == "VERB"]
    if not verbs:
        return "missed: non-verb cue"
    if any(lexicon.is_cue_verb(v.lemma_) for v in verbs):
        return "missed: lexicon cue verb, no content"
    return "missed: cue verb outside the lexicon"


def pair_errors(text: str, gold: GoldAttribution, predicted: PredictedAttribution) -> list[str]:
    """The ways a paired prediction differs from its gold attribution."""
    kinds = []
    assert predicted.content is not None and gold.content
    if trimmed(text, predicted.content) != trimmed(text, hull(gold.content)):
        kinds.append("content boundary")
    cue = predicted.cue
    if gold.cue and (cue is None or trimmed(text, cue) != trimmed(text, hull(gold.cue))):
        kinds.append("cue span differs")
    source = predicted.source
    if gold.source:
        if source is None:
            kinds.append("no source predicted")
        elif shared(source, gold.source) == 0:
            kinds.append("source: another mention")
        elif trimmed(text, source) != trimmed(text, hull(gold.source)):
            kinds.append("source boundary")
    return kinds


def classify(
    doc: Doc,
    golds: Sequence[GoldAttribution],
    predictions: Sequence[PredictedAttribution],
    lexicon: CueLexicon,
) -> tuple[list[tuple[str, str]], int]:
    """``(kind, example)`` for every error in one document, and its number of pairs."""
    text = doc.text
    errors: list[tuple[str, str]] = []
    pairs = 0
    with_content = [p for p in predictions if p.content is not None]
    paired: set[int] = set()
    for gold in golds:
        if not gold.content:
            continue
        overlap, best = max(
            ((shared(p.content, gold.content), p) for p in with_content if p.content),
            default=(0, None),
            key=lambda item: item[0],
        )
        if best is None or overlap == 0:
            example = text[slice(*hull(gold.cue))] if gold.cue else ""
            errors.append((miss_kind(doc, gold, lexicon), example))
            continue
        pairs += 1
        paired.add(id(best))
        for kind in pair_errors(text, gold, best):
            errors.append((kind, _example(text, kind, gold, best)))
    for predicted in with_content:
        assert predicted.content is not None
        cue = text[slice(*predicted.cue)] if predicted.cue else "-"
        example = f"{cue} | {text[slice(*predicted.content)][:60]}"
        if not any(g.content and shared(predicted.content, g.content) for g in golds):
            errors.append(("false positive", example))
        elif id(predicted) not in paired:
            errors.append(("redundant: overlaps gold content paired with another", example))
    return errors, pairs


def _example(text: str, kind: str, gold: GoldAttribution, predicted: PredictedAttribution) -> str:
    role = next((r for r in ("content", "cue") if kind.startswith(r)), "source")
    span: Span | None = getattr(predicted, role)
    fragments: Fragments = getattr(gold, role)
    mine = text[slice(*span)][-50:] if span else "-"
    return f"{mine} -> {text[slice(*hull(fragments))][-50:]}"


def quarter(docs: list[PolnearDoc], which: int | None) -> list[PolnearDoc]:
    """The articles whose index in name order is ``which`` modulo 4 (all when None)."""
    if which is None:
        return docs
    ordered = sorted(docs, key=lambda doc: doc.name)
    return [doc for index, doc in enumerate(ordered) if index % 4 == which]


def _listed(value: Any) -> Any:
    """``value`` with its tuples turned back into lists (DocBin's user data stores tuples)."""
    if isinstance(value, tuple | list):
        return [_listed(v) for v in value]
    if isinstance(value, dict):
        return {k: _listed(v) for k, v in value.items()}
    return value


def _with_lists(doc: Doc) -> Doc:
    """``doc`` with its ``whosays_*`` extension values mutable again, as the stages left them."""
    for key, value in list(doc.user_data.items()):
        if isinstance(key, tuple) and len(key) == 4 and str(key[1]).startswith("whosays_"):
            doc.user_data[key] = _listed(value)
    return doc


def parse(nlp: Language, docs: Sequence[PolnearDoc], cache: Path | None, key: str) -> list[Doc]:
    """The documents after every stage, the ones before ``whosays_sources`` cached in ``cache``."""
    if cache is None:
        return list(nlp.pipe(d.text for d in docs))
    path = cache / f"{key}.spacy"
    if path.is_file():
        parsed = [_with_lists(d) for d in DocBin().from_disk(path).get_docs(nlp.vocab)]
    else:
        parsed = list(nlp.pipe((d.text for d in docs), disable=["whosays_sources"]))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed, store_user_data=True).to_disk(path)
    sources = nlp.get_pipe("whosays_sources")
    return [sources(doc) for doc in parsed]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR folder (holds train/ dev/ test/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--examples", type=int, default=6, help="Examples shown per kind.")
    parser.add_argument("--seed", type=int, default=5, help="Seed for choosing the examples.")
    parser.add_argument(
        "--quarter",
        type=int,
        choices=range(4),
        help="Only the articles whose index in name order is QUARTER modulo 4.",
    )
    parser.add_argument(
        "--cache", type=Path, default=None, help="folder for the documents before whosays_sources"
    )
    args = parser.parse_args()

    docs = quarter(load_split(args.data, args.split), args.quarter)
    nlp = load_pipeline(args.model, stages=ATTRIBUTION_STAGES)
    lexicon = load_cue_lexicon(("direct", "indirect", "both"))
    counts: Counter[str] = Counter()
    examples: defaultdict[str, list[str]] = defaultdict(list)
    pairs = 0
    key = f"{args.model}-{args.split}-{'all' if args.quarter is None else args.quarter}"
    parsed = parse(nlp, docs, args.cache, key)
    predictions = [doc_attributions(doc) for doc in parsed]
    scores = score_attributions(docs, predictions)
    for role in ("source", "cue", "content"):
        for how, table in (("exact", scores.exact), ("overlap", scores.overlap)):
            score = table[role]
            print(f"{role:8s} {how:8s} P {score.p:.4f} R {score.r:.4f} F1 {score.f1:.4f}")
    for gold_doc, doc, predicted in zip(docs, parsed, predictions, strict=True):
        errors, doc_pairs = classify(doc, gold_doc.attributions, predicted, lexicon)
        pairs += doc_pairs
        for kind, example in errors:
            counts[kind] += 1
            examples[kind].append(example)
    gold_count = sum(1 for d in docs for g in d.attributions if g.content)
    part = "" if args.quarter is None else f" quarter {args.quarter}"
    print(f"{args.split}{part}: {len(docs)} articles, {gold_count} gold attributions with content,")
    print(f"{pairs} paired with an overlapping prediction")
    rng = random.Random(args.seed)
    for kind, count in counts.most_common():
        print(f"{count:6d}  {kind}")
        for example in rng.sample(examples[kind], min(args.examples, len(examples[kind]))):
            print(f"          {example[:150]}")


if __name__ == "__main__":
    main()
