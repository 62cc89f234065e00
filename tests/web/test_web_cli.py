"""Tests for ``whosays serve``: options, defaults, errors, and the app it builds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient
from web_samples import harbour_article

from whosays.cli.main import cli
from whosays.errors import IngestError, InvalidInputError
from whosays.web.serve import app_for_article, load_article_json


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace uvicorn.run: record what ``whosays serve`` would serve, serve nothing."""
    calls: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        calls["app"] = app
        calls.update(options)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


@pytest.fixture()
def article_json(tmp_path: Path) -> Path:
    path = tmp_path / "article.json"
    path.write_text(harbour_article().to_json(), encoding="utf-8")
    return path


def test_help_names_every_option() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--published", "--model", "ARTICLE"):
        assert option in result.output
    assert "127.0.0.1" in result.output


def test_serve_article_json_binds_loopback_by_default(
    served: dict[str, Any], article_json: Path
) -> None:
    result = CliRunner().invoke(cli, ["serve", str(article_json)])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    with TestClient(served["app"]) as client:
        assert client.get("/api/article").json() == harbour_article().to_dict()


def test_serve_store_with_host_and_port(served: dict[str, Any], store_path: Path) -> None:
    args = ["serve", "--db", str(store_path), "--host", "0.0.0.0", "--port", "8123"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("0.0.0.0", 8123)
    with TestClient(served["app"]) as client:
        assert client.get("/api/").json()["summary"]["articles"] == 6


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--db", "no-such.duckdb"], 5, "no store at no-such.duckdb"),
        (["no-such-article.txt"], 2, "no-such-article.txt: no such file"),
        (["--port", "70000"], 2, "70000"),
    ],
)
def test_serve_errors(
    served: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    code: int,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code == code
    assert message in result.output
    assert "app" not in served


@pytest.mark.parametrize(
    ("content", "is_article"),
    [
        (harbour_article().to_json(), True),
        (json.dumps([harbour_article().to_dict()]), True),
        ('{"text": "no schema version"}', False),
        ("not json at all", False),
        ("[]", False),
    ],
)
def test_load_article_json(tmp_path: Path, content: str, is_article: bool) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    found = load_article_json(path)
    assert (found == harbour_article()) if is_article else found is None


def test_load_article_json_rejects_a_broken_contract(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"schema_version": "1", "quotes": []}', encoding="utf-8")
    with pytest.raises(InvalidInputError, match="not a valid article JSON"):
        load_article_json(path)


def test_app_for_a_missing_article() -> None:
    with pytest.raises(IngestError, match="no such file"):
        app_for_article("/nonexistent/file.txt", model="unused")


@pytest.mark.model
def test_serve_a_text_file_analyses_it(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        '"We will build the bridge," Mayor Ana Liss said on Monday.\n', encoding="utf-8"
    )
    from whosays.nlp import DEFAULT_MODEL

    app = app_for_article(str(path), published="2025-05-14", model=DEFAULT_MODEL)
    with TestClient(app) as client:
        response = client.get("/article")
        data = client.get("/api/article").json()
    assert response.status_code == 200
    assert data["text"] == path.read_text(encoding="utf-8")
    assert "We will build the bridge," in response.text


DOCS = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def test_docs_cover_every_option_of_serve() -> None:
    import click

    from whosays.cli.serve import command

    text = DOCS.read_text(encoding="utf-8")
    for param in command.params:
        if isinstance(param, click.Option):
            assert f"`{max(param.opts, key=len)}" in text, param.name


def test_docs_cover_every_route(corpus: Any) -> None:
    from starlette.routing import Route

    from whosays.web.app import create_app

    text = DOCS.read_text(encoding="utf-8")
    for app in (create_app(corpus=corpus), create_app(article=harbour_article())):
        for route in app.routes:
            if isinstance(route, Route):
                assert f"`{route.path}" in text, route.path
