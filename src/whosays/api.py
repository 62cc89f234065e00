"""The Python API: analyse text, HTML or ingested inputs into :class:`Article` records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from whosays.convert import doc_to_article
from whosays.ingest import from_string
from whosays.nlp import DEFAULT_MODEL, load_pipeline
from whosays.records import Article, ArticleInput


def make_doc(nlp: Language, source: ArticleInput) -> Doc:
    """Tokenise ``source`` and attach its reference date for the time stages."""
    doc = nlp.make_doc(source.text)
    doc._.whosays_reference_date = source.published
    doc._.whosays_reference_from = source.published_from
    return doc


def analyze_inputs(
    sources: Iterable[ArticleInput],
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Article]:
    """Analyse many ingested articles, yielding one :class:`Article` each, in input order."""
    pipeline = nlp if nlp is not None else load_pipeline(model)
    pending: list[ArticleInput] = []

    def docs() -> Iterator[Doc]:
        for source in sources:
            pending.append(source)
            yield make_doc(pipeline, source)

    for doc in pipeline.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield doc_to_article(doc, pending.pop(0))


def analyze(
    text_or_html: str,
    published: str | None = None,
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
) -> Article:
    """Analyse one article given as plain text or HTML.

    ``published`` (ISO date) is the reference date for relative time expressions;
    for HTML the page's own metadata is used when it is not given.
    """
    source = from_string(text_or_html, published=published)
    return next(analyze_inputs([source], nlp=nlp, model=model))
