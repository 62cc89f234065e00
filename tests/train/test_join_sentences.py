"""Joining a parsed Doc into one tree so entities may cross sentence boundaries."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosays.train.sentences import join_sentences, sentence_starts

VOCAB = spacy.blank("en").vocab


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


CASES = [
    (  # two sentences
        ["Taxes", "rose", ".", "Costs", "fell", "."],
        [1, 1, 1, 4, 4, 4],
        ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        [0, 3],
    ),
    (  # one sentence: nothing changes
        ["Taxes", "rose", "."],
        [1, 1, 1],
        ["nsubj", "ROOT", "punct"],
        [0],
    ),
    (  # three sentences
        ["A", "won", ".", "B", "lost", ".", "C", "left", "."],
        [1, 1, 1, 4, 4, 4, 7, 7, 7],
        ["nsubj", "ROOT", "punct"] * 3,
        [0, 3, 6],
    ),
]


@pytest.mark.parametrize(("words", "heads", "deps", "starts"), CASES)
def test_joined_doc_is_one_sentence_and_remembers_the_starts(
    words: list[str], heads: list[int], deps: list[str], starts: list[int]
) -> None:
    doc = _parsed(words, heads, deps)
    join_sentences(doc)
    assert len(list(doc.sents)) == 1
    assert sentence_starts(doc) == starts
    assert [t.dep_ for t in doc] == deps


def test_unparsed_doc_is_left_alone() -> None:
    doc = Doc(VOCAB, words=["Taxes", "rose", "."])
    assert join_sentences(doc) is doc
    assert sentence_starts(doc) == [0]
