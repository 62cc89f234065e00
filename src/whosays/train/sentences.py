"""Joining a parsed Doc into one sentence so entity spans may cross sentence boundaries.

spaCy's entity recogniser never extends an entity over a sentence start, but a
PolNeAR content often runs over several sentences (``"A. B. C," she said``).
The attribution model therefore sees each Doc as one tree: every sentence root
after the first is attached to the first (dependency labels stay as parsed).
The original sentence starts are kept in ``doc.user_data`` for linking.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["JOIN_COMPONENT", "SENTENCE_STARTS", "join_sentences", "sentence_starts"]

JOIN_COMPONENT = "whosays_join_sentences"
SENTENCE_STARTS = "whosays_sentence_starts"
_UINT64 = 2**64


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices that began a sentence before joining (or now, if never joined)."""
    stored = doc.user_data.get(SENTENCE_STARTS)
    if stored is not None:
        return list(stored)
    if not doc.has_annotation("SENT_START"):
        return [0] if len(doc) else []
    return [sentence.start for sentence in doc.sents]


def join_sentences(doc: Doc) -> Doc:
    """Attach every sentence root after the first to the first root (needs a parse)."""
    if not doc.has_annotation("DEP"):
        return doc
    roots = [sentence.root.i for sentence in doc.sents]
    doc.user_data[SENTENCE_STARTS] = [sentence.start for sentence in doc.sents]
    if len(roots) < 2:
        return doc
    array = doc.to_array([HEAD, DEP])
    for root in roots[1:]:
        array[root, 0] = numpy.uint64((roots[0] - root) % _UINT64)
    doc.from_array([HEAD, DEP], array)  # type: ignore[arg-type]
    return doc


@Language.component(JOIN_COMPONENT)
def join_sentences_component(doc: Doc) -> Doc:
    """Pipeline form of :func:`join_sentences` (runs between the parser and the model)."""
    return join_sentences(doc)
