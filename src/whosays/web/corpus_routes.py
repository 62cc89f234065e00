"""Routes of the corpus views: speakers, quotes, outlets, articles, graph, and their JSON.

Each view is one function that reads the request's parameters, asks
:mod:`whosays.web.queries` for the data, and returns either a page (``/speakers``) or
the same data as JSON (``/api/speakers``). Handlers are plain functions: Starlette runs
them in its thread pool, each with its own DuckDB cursor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from whosays.errors import StoreError
from whosays.records import QUOTE_KINDS, SPEAKER_TYPES, Article
from whosays.web import queries
from whosays.web.corpus import Corpus
from whosays.web.graph import graph_layout

PAGE_SIZE = 50
PAGING = ("offset", "after")
View = Callable[[Request, Any], dict[str, Any]]


class ArticleRenderer(Protocol):
    """Renders the article page (``whosays.web.app.render_article``)."""

    def __call__(
        self,
        request: Request,
        article: Article,
        *,
        corpus_mode: bool,
        speaker_ids: dict[str, str] | None = None,
    ) -> Response: ...


def int_param(request: Request, name: str, default: int) -> int:
    """An integer query parameter; 400 if it is not one."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise HTTPException(400, f"{name} must be an integer") from None


def date_param(request: Request, name: str) -> dt.date | None:
    """An ISO date query parameter (YYYY-MM-DD); 400 if it is not one."""
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date (YYYY-MM-DD)") from None


def choice_param(request: Request, name: str, choices: tuple[str, ...]) -> str | None:
    """A query parameter that must be one of ``choices`` (or empty)."""
    raw = request.query_params.get(name, "").strip()
    if raw and raw not in choices:
        raise HTTPException(400, f"{name} must be one of {', '.join(choices)}")
    return raw or None


def text_param(request: Request, name: str) -> str | None:
    """A free-text query parameter, stripped; ``None`` when empty."""
    return request.query_params.get(name, "").strip()[:200] or None


def page_params(request: Request) -> tuple[int, int]:
    """``offset`` and ``limit`` from the query string."""
    return int_param(request, "offset", 0), int_param(request, "limit", PAGE_SIZE)


def keyset_params(request: Request) -> tuple[int, int, str | None]:
    """``offset``, ``limit`` and the store's keyset token ``after`` (next-page links)."""
    return (*page_params(request), request.query_params.get("after") or None)


def page_url(request: Request) -> Callable[[int, str | None], str]:
    """A function: (offset, keyset token) -> this page's URL with the same filters."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in PAGING]

    def url(offset: int, after: str | None = None) -> str:
        paging = [("offset", str(offset))] + ([("after", after)] if after else [])
        return request.url.path + "?" + urlencode([*params, *paging])

    return url


def quote_filter(request: Request) -> queries.QuoteFilter:
    """The quote search filters from the query string."""
    return queries.QuoteFilter(
        speaker=text_param(request, "speaker"),
        speaker_id=text_param(request, "speaker_id"),
        outlet=text_param(request, "outlet"),
        since=date_param(request, "since"),
        until=date_param(request, "until"),
        kind=choice_param(request, "kind", QUOTE_KINDS),
        contains=text_param(request, "contains"),
    )


def summary_view(request: Request, cur: Any) -> dict[str, Any]:
    """Store totals."""
    return {"summary": queries.summary(cur)}


def speakers_view(request: Request, cur: Any) -> dict[str, Any]:
    """Speakers list: search by name, filter by type."""
    search, type_ = text_param(request, "q"), choice_param(request, "type", SPEAKER_TYPES)
    page = queries.speakers_page(cur, search, type_, *keyset_params(request))
    return {"page": page, "q": search, "type": type_}


def speaker_view(request: Request, cur: Any) -> dict[str, Any]:
    """One speaker and a page of their quotes."""
    speaker_id = request.path_params["speaker_id"]
    speaker = queries.speaker(cur, speaker_id)
    if speaker is None:
        raise HTTPException(404, "No such speaker")
    where = queries.QuoteFilter(speaker_id=speaker_id)
    return {"speaker": speaker, "page": queries.quotes_page(cur, where, *keyset_params(request))}


def quotes_view(request: Request, cur: Any) -> dict[str, Any]:
    """Quote search with filters."""
    where = quote_filter(request)
    return {"page": queries.quotes_page(cur, where, *keyset_params(request)), "filters": where}


def outlets_view(request: Request, cur: Any) -> dict[str, Any]:
    """Outlets with articles, quotes and sentence shares by voice."""
    return {"page": queries.outlets_page(cur, *page_params(request))}


def articles_view(request: Request, cur: Any) -> dict[str, Any]:
    """Stored articles, optionally of one outlet."""
    outlet = text_param(request, "outlet")
    return {"page": queries.articles_page(cur, outlet, *page_params(request)), "outlet": outlet}


def graph_view(request: Request, cur: Any) -> dict[str, Any]:
    """Top speakers and the outlets that quote them."""
    n = min(max(int_param(request, "speakers", 25), 1), 100)
    return {"graph": queries.graph(cur, n_speakers=n)}


def run_view(view: View, request: Request, cur: Any) -> dict[str, Any]:
    """Run ``view``; a store error about the request (bad name, bad page token) is a 400."""
    try:
        return view(request, cur)
    except StoreError as exc:
        raise HTTPException(400, str(exc)) from None


def _json_ready(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.to_dict() if hasattr(v, "to_dict") else v) for k, v in data.items()}


def page_and_api(
    corpus: Corpus, view: View, template: str, path: str, name: str
) -> list[BaseRoute]:
    """An HTML route at ``path`` and its JSON twin at ``/api`` + ``path``."""

    def html(request: Request) -> Response:
        with corpus.cursor() as cur:
            data = run_view(view, request, cur)
        if template == "quotes.html":
            data["outlet_names"] = corpus.memo("outlet_names", queries.outlet_names)
        if "graph" in data:
            data["layout"] = graph_layout(data["graph"])
        templates: Jinja2Templates = request.app.state.templates
        context = {
            **data,
            "corpus_mode": True,
            "page_url": page_url(request),
            "kinds": QUOTE_KINDS,
            "speaker_types": SPEAKER_TYPES,
        }
        return templates.TemplateResponse(request, template, context)

    def api(request: Request) -> Response:
        with corpus.cursor() as cur:
            return JSONResponse(_json_ready(run_view(view, request, cur)))

    return [Route(path, html, name=name), Route("/api" + path, api, name="api_" + name)]


def article_routes(corpus: Corpus, render_article: ArticleRenderer) -> list[BaseRoute]:
    """The stored article's page and JSON; the id is looked up, never used as a path."""

    def load(request: Request) -> tuple[Article, dict[str, str]]:
        article_id = request.path_params["article_id"]
        with corpus.cursor() as cur:
            article = queries.stored_article(cur, article_id)
            if article is None:
                raise HTTPException(404, "No such article")
            return article, queries.speaker_ids_by_name(cur, article_id)

    def html(request: Request) -> Response:
        article, speaker_ids = load(request)
        return render_article(request, article, corpus_mode=True, speaker_ids=speaker_ids)

    def api(request: Request) -> Response:
        return JSONResponse(load(request)[0].to_dict())

    return [
        Route("/articles/{article_id}", html, name="article"),
        Route("/api/articles/{article_id}", api, name="api_article"),
    ]


def corpus_routes(corpus: Corpus, render_article: ArticleRenderer) -> list[BaseRoute]:
    """Every route of the corpus app (static files are mounted by the app)."""
    views: list[tuple[View, str, str, str]] = [
        (summary_view, "home.html", "/", "home"),
        (speakers_view, "speakers.html", "/speakers", "speakers"),
        (speaker_view, "speaker.html", "/speakers/{speaker_id}", "speaker"),
        (quotes_view, "quotes.html", "/quotes", "quotes"),
        (outlets_view, "outlets.html", "/outlets", "outlets"),
        (articles_view, "articles.html", "/articles", "articles"),
        (graph_view, "graph.html", "/graph", "graph"),
    ]
    routes: list[BaseRoute] = []
    for view, template, path, name in views:
        routes += page_and_api(corpus, view, template, path, name)
    return routes + article_routes(corpus, render_article)
