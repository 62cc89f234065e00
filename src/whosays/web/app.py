"""The whosays web app: one article's sourcing painted on its text, and corpus views.

``create_app(article=...)`` serves one analysed article without a database;
``create_app(corpus=...)`` serves a store read-only: speakers, quotes, outlets, a
graph and every stored article. Each HTML view has a JSON twin under ``/api``.
Templates escape everything (Jinja2 autoescape); static files come from the
package directory only; article and speaker ids are looked up, never used as paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from whosays.records import Article
from whosays.web.corpus import Corpus
from whosays.web.corpus_routes import corpus_routes
from whosays.web.render import article_view
from whosays.web.security import SecurityHeadersMiddleware

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"


def safe_url(value: object) -> str | None:
    """``value`` if it is an http(s) URL (safe to put in an ``href``), else ``None``."""
    if not isinstance(value, str):
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in {"http", "https"} else None


def make_templates() -> Jinja2Templates:
    """Jinja2 templates from the package, with autoescape on for every template."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["percent"] = lambda part, whole: round(100 * part / whole, 1) if whole else 0.0
    return Jinja2Templates(env=env)


def render_article(
    request: Request,
    article: Article,
    *,
    corpus_mode: bool,
    speaker_ids: dict[str, str] | None = None,
) -> Response:
    """The article page for ``article``; ``speaker_ids`` links speakers to their pages."""
    templates: Jinja2Templates = request.app.state.templates
    context = {
        "view": article_view(article),
        "corpus_mode": corpus_mode,
        "speaker_ids": speaker_ids or {},
    }
    return templates.TemplateResponse(request, "article.html", context)


def single_article_routes(article: Article) -> list[BaseRoute]:
    """Routes for ``whosays serve ARTICLE``: the article at ``/article`` and its JSON."""

    async def home(request: Request) -> Response:
        return RedirectResponse(request.url_for("article"), status_code=302)

    async def page(request: Request) -> Response:
        return render_article(request, article, corpus_mode=False)

    async def api(request: Request) -> Response:
        return JSONResponse(article.to_dict())

    return [
        Route("/", home, name="home"),
        Route("/article", page, name="article"),
        Route("/api/article", api, name="api_article"),
    ]


async def http_error(request: Request, exc: Exception) -> Response:
    """Errors as a small page (or JSON under ``/api``), never echoing the request raw."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "Internal error"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": detail, "status": status}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "detail": detail, "corpus_mode": request.app.state.corpus is not None},
        status_code=status,
    )


def create_app(*, article: Article | None = None, corpus: Corpus | None = None) -> Starlette:
    """The web app for one ``article`` or for a ``corpus`` (exactly one of the two)."""
    if article is not None and corpus is None:
        routes = single_article_routes(article)
    elif corpus is not None and article is None:
        routes = corpus_routes(corpus, render_article)
    else:
        raise ValueError("create_app needs exactly one of article= or corpus=")
    routes.append(Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"))
    handlers: dict[Any, Any] = {HTTPException: http_error, 500: http_error}
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeadersMiddleware)],
        exception_handlers=handlers,
    )
    app.state.templates = make_templates()
    app.state.corpus = corpus
    return app
