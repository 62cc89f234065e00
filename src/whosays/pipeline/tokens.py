"""Token helpers for ``whosays_coref``: the head of a run of tokens, and article-wide scans.

:class:`TokenArrays` holds a Doc's token attributes as arrays, so that a scan over the
whole article ("every plural group noun that is a subject") needs no Token objects.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

__all__ = ["TokenArrays", "span_head"]


def span_head(tokens: list[Token]) -> Token:
    """The token of ``tokens`` whose syntactic head lies outside them (the last if none)."""
    inside = range(tokens[0].i, tokens[-1].i + 1)
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


class TokenArrays:
    """Token attributes of a Doc as arrays, for article-wide scans without Token objects."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        names: list[int | str] = ["LOWER", "POS", "DEP", "ENT_TYPE", "SENT_START"]
        self.columns = dict(zip(names, doc.to_array(names).T, strict=True))
        self.parsed = doc.has_annotation("SENT_START")

    def sentence_numbers(self) -> list[int]:
        """The sentence number of each token (all 0 without sentence boundaries)."""
        if not self.parsed or not len(self.doc):
            return [0] * len(self.doc)
        starts = self.columns["SENT_START"] == 1
        starts[0] = False
        return [int(n) for n in numpy.cumsum(starts)]

    def find(
        self,
        words: Iterable[str] | None,
        *,
        pos: str = "",
        dep: str = "",
        no_entity: bool = False,
    ) -> list[int]:
        """Indices of tokens whose lower form is in ``words`` (any if None), POS and DEP."""
        strings = self.doc.vocab.strings
        mask = numpy.ones(len(self.doc), dtype=bool)
        if words is not None:
            wanted = numpy.array([strings.add(w) for w in words], dtype=numpy.uint64)
            mask &= numpy.isin(self.columns["LOWER"], wanted)
        if pos:
            mask &= self.columns["POS"] == POS_IDS[pos]
        if dep:
            mask &= self.columns["DEP"] == strings.add(dep)
        if no_entity:
            mask &= self.columns["ENT_TYPE"] == 0
        return [int(i) for i in numpy.flatnonzero(mask)]
