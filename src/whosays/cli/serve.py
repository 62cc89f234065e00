"""``whosays serve``: the local web app, for a store or for one article."""

from __future__ import annotations

import click

from whosays.cli.options import model_option, published_option


@click.command("serve")
@click.argument("article", required=False, metavar="[ARTICLE]")
@click.option(
    "--db",
    default="whosays.duckdb",
    show_default=True,
    metavar="PATH",
    help="DuckDB store to explore (opened read-only). Ignored when ARTICLE is given.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind. The default serves this machine only; 0.0.0.0 exposes the app.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port to listen on.",
)
@published_option
@model_option
def command(
    article: str | None, db: str, host: str, port: int, published: str | None, model: str
) -> None:
    """Serve the web app on http://HOST:PORT.

    With ARTICLE (a text, HTML or JSONL file, analysed first; or a .json article
    written by 'whosays analyze --format json', shown as is) show that one article's
    sourcing, without a database. Otherwise explore the store at --db, opened
    read-only: speakers, quotes, outlets, a graph and every stored article. Stop with
    Ctrl+C.
    """

    import uvicorn

    from whosays.web.serve import app_for_article, app_for_store

    if article is not None:
        app = app_for_article(article, published=published, model=model)
    else:
        app = app_for_store(db)
    click.echo(f"whosays: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
