"""A spaCy corpus reader whose predicted Docs keep the reference's parse but not its entities.

The attribution model reads tags and dependency labels as features. Parsing once
at conversion time and copying the parse into the predicted side is cheaper than
running a frozen tagger and parser at every training step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from whosays.train.sentences import join_sentences

__all__ = ["READER_NAME", "create_parsed_corpus", "predicted_copy"]

READER_NAME = "whosays.ParsedCorpus.v1"


def predicted_copy(reference: Doc) -> Doc:
    """``reference`` with its tokens and parse (as one sentence) but no entity annotation."""
    doc = reference.copy()
    doc.set_ents([], default="missing")
    return join_sentences(doc)


@util.registry.readers(READER_NAME)  # type: ignore[untyped-decorator]
def create_parsed_corpus(
    path: Path, shuffle: bool = False
) -> Callable[[Language], Iterator[Example]]:
    """Read Examples from a ``.spacy`` file; the predicted Docs carry the stored parse."""

    def read(nlp: Language) -> Iterator[Example]:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if shuffle:
            import random

            random.shuffle(docs)
        for reference in docs:
            yield Example(predicted_copy(reference), reference)

    return read
