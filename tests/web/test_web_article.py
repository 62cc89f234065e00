"""Tests for the single-article app (``whosays serve ARTICLE``): pages, JSON, escaping."""

from __future__ import annotations

import pytest
from html_check import parse
from starlette.testclient import TestClient
from web_samples import (
    ATTR_PAYLOAD,
    HOSTILE_NAME,
    IMG_PAYLOAD,
    SCRIPT_PAYLOAD,
    harbour_article,
    hostile_article,
)

from whosays.records import Article
from whosays.web.app import create_app, safe_url
from whosays.web.security import CONTENT_SECURITY_POLICY


def article_text_html(html: str) -> str:
    """The HTML of the article text only (not the legend, panel or tooltips)."""
    start = html.index('id="article-text">') + len('id="article-text">')
    return html[start : html.index("</div>\n</section>", start)]


def test_home_redirects_to_the_article(article_client: TestClient) -> None:
    response = article_client.get("/", follow_redirects=False)
    assert response.status_code == 302
    assert response.headers["location"].endswith("/article")


def test_article_page_paints_every_quote(article_client: TestClient, article: Article) -> None:
    response = article_client.get("/article")
    assert response.status_code == 200
    page = parse(response.text)
    marks = parse(article_text_html(response.text)).named("mark")
    assert [m["id"] for m in marks] == ["q0", "q1", "q2", "q3"]
    assert [m["data-initials"] for m in marks] == ["AL", "AL", "QWU", "AL"]
    for mark in marks:
        assert mark["tabindex"] == "0"
        assert mark["aria-describedby"] == "tip-" + str(mark["id"])
    tips = {a["id"] for a in page.named("div") if a.get("role") == "tooltip"}
    assert {"tip-q0", "tip-q1", "tip-q2", "tip-q3", "tip-t0"} <= tips


def test_article_page_marks_cues_voices_and_timexes(article_client: TestClient) -> None:
    page = parse(article_text_html(article_client.get("/article").text))
    classes = [str(attrs.get("class")) for _, attrs in page.tags]
    assert classes.count("cue") == 4
    assert classes.count("voice-vague") == 1
    assert classes.count("voice-author") == 1
    timex = [a for a in page.named("span") if a.get("class") == "timex"]
    assert timex == [
        {
            "class": "timex",
            "data-mark": "t0",
            "data-tip": "tip-t0",
            "id": "t0",
            "tabindex": "0",
            "aria-describedby": "tip-t0",
        }
    ]


def test_article_page_lists_speakers_with_counts_and_legend(article_client: TestClient) -> None:
    html = article_client.get("/article").text
    page = parse(html)
    buttons = [a for a in page.named("button") if a.get("class") == "speaker-toggle"]
    assert [b["data-speaker"] for b in buttons] == ["0", "1"]
    assert 'aria-label="3 quotes"' in html
    assert 'aria-label="1 quotes"' in html
    assert "Legend" in html
    assert "2025-05-12" in html  # the resolved date of "on Monday"
    assert "a press conference" in html


def test_article_text_is_whole_and_in_order(article_client: TestClient, article: Article) -> None:
    body = parse(article_text_html(article_client.get("/article").text))
    assert "".join(body.text) == article.text


def test_api_article_is_the_contract(article_client: TestClient, article: Article) -> None:
    response = article_client.get("/api/article")
    assert response.status_code == 200
    assert response.json() == article.to_dict()


def test_unknown_path_is_404_page(article_client: TestClient) -> None:
    response = article_client.get("/nothing-here<script>")
    assert response.status_code == 404
    assert "<script>" not in response.text.replace('<script src="/static/app.js" defer>', "")


@pytest.mark.parametrize("path", ["/", "/article", "/api/article", "/static/style.css", "/nope"])
def test_security_headers_on_every_response(article_client: TestClient, path: str) -> None:
    response = article_client.get(path, follow_redirects=False)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    csp = CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/static/style.css", "text/css"), ("/static/app.js", "javascript")],
)
def test_static_assets_are_served(article_client: TestClient, path: str, content_type: str) -> None:
    response = article_client.get(path)
    assert response.status_code == 200
    assert content_type in response.headers["content-type"]


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static//etc/passwd",
        "/static/templates/base.html",
    ],
)
def test_static_files_never_leave_the_static_folder(article_client: TestClient, path: str) -> None:
    response = article_client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_pages_have_no_inline_script_or_style(article_client: TestClient) -> None:
    page = parse(article_client.get("/article").text)
    assert [s.get("src") for s in page.named("script")] == ["/static/app.js"]
    assert page.named("style") == []
    assert [t for t, attrs in page.tags if "style" in attrs] == []
    assert page.event_handlers() == []


def test_hostile_article_renders_as_text(hostile_client: TestClient) -> None:
    html = hostile_client.get("/article").text
    page = parse(html)
    assert [s.get("src") for s in page.named("script")] == ["/static/app.js"]
    assert page.named("img") == [] and page.named("iframe") == []
    assert page.event_handlers() == []
    assert [t for t, attrs in page.tags if "x" in attrs] == []  # attribute payload stayed text
    text = "".join(page.text)
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD, ATTR_PAYLOAD, HOSTILE_NAME):
        assert payload in text
    assert "javascript:" not in str([a.get("href") for a in page.named("a")])


def test_hostile_title_is_escaped_in_the_head(hostile_client: TestClient) -> None:
    html = hostile_client.get("/article").text
    head = html[: html.index("</head>")]
    assert "&lt;script&gt;" in head
    assert head.count("<script") == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org/a", "http://example.org/a"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_create_app_needs_one_source() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        create_app()


def test_article_without_quotes_or_title() -> None:
    bare = Article(text="Nothing attributed here.")
    with TestClient(create_app(article=bare)) as client:
        html = client.get("/article").text
    assert "Untitled article" in html
    assert "No attributed quotes found." in html


def test_sample_article_shows_outlet_and_link() -> None:
    with TestClient(create_app(article=harbour_article())) as client:
        page = parse(client.get("/article").text)
    assert {
        "class": "url",
        "href": "https://example.org/marlow/strike",
        "rel": "noopener noreferrer nofollow",
    } in page.named("a")


def test_hostile_speaker_in_tooltip_is_text() -> None:
    with TestClient(create_app(article=hostile_article())) as client:
        html = client.get("/article").text
    assert "Eve &lt;script&gt;" in html
