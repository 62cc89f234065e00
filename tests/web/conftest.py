"""Fixtures for the web tests: hand-built articles, a small store, and the apps."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette 1.x suggests the httpx2 fork; httpx works the same for these tests.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from web_samples import harbour_article, hostile_article, store_articles

from whosays.records import Article
from whosays.web.app import create_app
from whosays.web.corpus import Corpus


def write_store(path: Path, articles: list[Article]) -> Path:
    """A store file holding ``articles``, written by the store's own writer."""
    from whosays.store.duckdb import Store

    with Store.open(path) as store:
        store.add_articles(articles)
    return path


@pytest.fixture()
def article() -> Article:
    """The plain sample article."""
    return harbour_article()


@pytest.fixture()
def article_client(article: Article) -> Iterator[TestClient]:
    """A client of the single-article app."""
    with TestClient(create_app(article=article)) as client:
        yield client


@pytest.fixture()
def hostile_client() -> Iterator[TestClient]:
    """A client of the single-article app serving the hostile article."""
    with TestClient(create_app(article=hostile_article())) as client:
        yield client


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small store: the sample articles from three outlets, plus the hostile one."""
    return write_store(tmp_path_factory.mktemp("store") / "web.duckdb", store_articles())


@pytest.fixture()
def corpus(store_path: Path) -> Iterator[Corpus]:
    """The small store opened read-only."""
    opened = Corpus.open(store_path)
    yield opened
    opened.close()


@pytest.fixture()
def corpus_client(corpus: Corpus) -> Iterator[TestClient]:
    """A client of the corpus app."""
    with TestClient(create_app(corpus=corpus)) as client:
        yield client
