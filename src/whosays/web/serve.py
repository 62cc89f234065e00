"""Build the web app for ``whosays serve``: from one article file or from a store."""

from __future__ import annotations

import json
from pathlib import Path

from starlette.applications import Starlette

from whosays.errors import IngestError, InvalidInputError, StoreError
from whosays.records import SCHEMA_VERSION, Article
from whosays.web.app import create_app


def load_article_json(path: Path) -> Article | None:
    """The article in ``path`` if it holds the article contract (JSON), else ``None``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(data, list) and data:
        data = data[0]
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        return None
    try:
        return Article.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(str(path), f"not a valid article JSON: {exc}") from exc


def analyse_article_file(path: str, *, published: str | None, model: str) -> Article:
    """Analyse one text or HTML file with the whosays pipeline."""
    from whosays.api import analyze_inputs
    from whosays.ingest import iter_inputs

    sources = list(iter_inputs([path], published=published))
    if not sources:
        raise IngestError(path, "no article found")
    first = sources[0]
    if isinstance(first, IngestError):
        raise first
    return next(iter(analyze_inputs([first], model=model)))


def app_for_article(path: str, *, published: str | None = None, model: str) -> Starlette:
    """The app for ``whosays serve ARTICLE``: a JSON article as is, anything else analysed."""
    file = Path(path)
    if not file.is_file():
        raise IngestError(path, "no such file")
    article = load_article_json(file) if file.suffix.lower() == ".json" else None
    if article is None:
        article = analyse_article_file(path, published=published, model=model)
    return create_app(article=article)


def app_for_store(db: str) -> Starlette:
    """The app for ``whosays serve --db PATH``: the store opened read-only."""
    from whosays.web.corpus import Corpus

    if not Path(db).is_file():
        raise StoreError(
            f"no store at {db}: build one with 'whosays batch INPUT... --db PATH', or pass ARTICLE"
        )
    return create_app(corpus=Corpus.open(db))
