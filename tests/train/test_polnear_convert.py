"""PolNeAR brat -> spaCy entities: role spans, overlaps, fragments, chunks, DocBin."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from whosays.eval.polnear import GoldAttribution, PolnearDoc, load_split
from whosays.train.convert import (
    ConversionStats,
    chunk_doc,
    gold_entities,
    to_docbin,
    with_entities,
)
from whosays.train.reader import predicted_copy

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "polnear_tiny"
NLP = spacy.blank("en")


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _doc(text: str, *roles: tuple[str | None, str, tuple[str, ...]]) -> PolnearDoc:
    attributions = tuple(
        GoldAttribution(
            f"E{i}",
            "Attribution",
            (_at(text, source),) if source else (),
            (_at(text, cue),),
            tuple(_at(text, part) for part in content),
        )
        for i, (source, cue, content) in enumerate(roles)
    )
    return PolnearDoc("doc", text, "ab12", attributions)


CASES = [
    (
        _doc("Lee said the pier opened.", ("Lee", "said", ("the pier opened",))),
        [("Lee", "SOURCE"), ("said", "CUE"), ("the pier opened", "CONTENT")],
    ),
    (  # a discontinuous content becomes one entity per fragment
        _doc(
            '"We won," Roe said, "and we stay."', ("Roe", "said", ('"We won,"', '"and we stay."'))
        ),
        [
            ('"We won,"', "CONTENT"),
            ("Roe", "SOURCE"),
            ("said", "CUE"),
            ('"and we stay."', "CONTENT"),
        ],
    ),
    (  # one source serving two events counts once
        _doc(
            "Kim said taxes rose and argued that it hurt.",
            ("Kim", "said", ("taxes rose",)),
            ("Kim", "argued", ("that it hurt",)),
        ),
        [
            ("Kim", "SOURCE"),
            ("said", "CUE"),
            ("taxes rose", "CONTENT"),
            ("argued", "CUE"),
            ("that it hurt", "CONTENT"),
        ],
    ),
    (  # no source: only cue and content
        _doc("Polls show the race is close.", (None, "show", ("the race is close",))),
        [("show", "CUE"), ("the race is close", "CONTENT")],
    ),
    (  # surrounding whitespace is trimmed from the gold span
        PolnearDoc(
            "doc",
            "Ann said  it rains .",
            "x",
            (GoldAttribution("E1", "Attribution", ((0, 3),), ((4, 8),), ((9, 18),)),),
        ),
        [("Ann", "SOURCE"), ("said", "CUE"), ("it rains", "CONTENT")],
    ),
]


@pytest.mark.parametrize(("gold", "expected"), CASES)
def test_roles_become_entities(gold: PolnearDoc, expected: list[tuple[str, str]]) -> None:
    doc = with_entities(NLP(gold.text), gold_entities(gold))
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_nested_attribution_keeps_the_most_spans_that_do_not_overlap() -> None:
    text = "Roe said that Kim claimed taxes rose."
    gold = _doc(
        text, ("Roe", "said", ("that Kim claimed taxes rose",)), ("Kim", "claimed", ("taxes rose",))
    )
    stats = ConversionStats()
    doc = with_entities(NLP(text), gold_entities(gold), stats)
    assert [e.text for e in doc.ents] == ["Roe", "said", "Kim", "claimed", "taxes rose"]
    assert (stats.kept, stats.overlapping) == (5, 1)


def test_span_inside_a_token_expands_to_the_token() -> None:
    text = "Lee said the pier reopened."
    gold = PolnearDoc(
        "doc", text, "x", (GoldAttribution("E1", "Attribution", ((0, 3),), ((4, 8),), ((13, 19),)),)
    )
    doc = with_entities(NLP(text), gold_entities(gold))
    assert [e.text for e in doc.ents][-1] == "pier reopened"


def test_chunks_split_at_paragraphs_never_inside_an_entity() -> None:
    text = "Lee said the pier\n\nopened today.\n\nKim said it rained.\n\nThe end came."
    gold = _doc(
        text, ("Lee", "said", ("the pier\n\nopened today",)), ("Kim", "said", ("it rained",))
    )
    doc = with_entities(NLP(text), gold_entities(gold))
    chunks = chunk_doc(doc, chunk_words=1)
    assert [c.text.strip() for c in chunks] == [
        "Lee said the pier\n\nopened today.",
        "Kim said it rained.",
        "The end came.",
    ]
    assert sum(len(c.ents) for c in chunks) == len(doc.ents)


def test_fixture_split_to_docbin_and_reader_copy(tmp_path: Path) -> None:
    docs = load_split(FIXTURE, "train")
    stats = to_docbin(NLP, docs, tmp_path / "train.spacy", chunk_words=None)
    stored = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(NLP.vocab))
    assert len(stored) == 2
    labels = [e.label_ for d in stored for e in d.ents]
    assert labels.count("CUE") == 6
    assert stats.kept == len(labels)
    copy = predicted_copy(stored[0])
    assert [t.text for t in copy] == [t.text for t in stored[0]]
    assert not copy.has_annotation("ENT_IOB")
