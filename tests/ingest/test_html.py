"""HTML ingest: sniffing, main text, metadata and where the publication date comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosays.errors import EmptyInputError, IngestError
from whosays.ingest import from_string, html, iter_path
from whosays.records import ArticleInput

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
PAGE = FIXTURES / "page.html"

BODY = (
    "<p>The port authority said on Monday that the new terminal would open in June, "
    "two months later than planned.</p>"
    "<p>“We are confident in the new date,” the authority's director told reporters.</p>"
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("<!doctype HTML>\n<p>x</p>", True),
        ("\n  <html lang='en'><p>x</p></html>", True),
        ("<div><p>One</p><p>Two</p><span>Three</span><br/></div>", True),
        ("The minister said: “We will not resign.”", False),
        ("Use the <b> tag for bold, she wrote.", False),
        ("He wrote <a> and <p> in the margin, then <br> and <div>, then <span>.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert html.looks_like_html(text) is expected


def test_fixture_page_text_and_metadata() -> None:
    (item,) = iter_path(str(PAGE))
    assert isinstance(item, ArticleInput)
    assert item.title == "Harbour plan delayed again"
    assert item.author == "Mara Quinlan"
    assert item.url == "https://courier.example.org/news/harbour-plan-delayed"
    assert item.source == "The Northbridge Courier"
    assert (item.published, item.published_from) == ("2025-03-04", "metadata")
    assert "postponed its vote on the harbour" in item.text
    assert "Typical council" not in item.text
    assert "Sport" not in item.text
    assert "All rights reserved" not in item.text


def test_paragraphs_are_separated_by_blank_lines() -> None:
    (item,) = iter_path(str(PAGE))
    assert isinstance(item, ArticleInput)
    paragraphs = item.text.split("\n\n")
    assert "we will vote after that." in paragraphs[2]
    assert paragraphs[3].startswith("“Nobody should read this delay")


def test_explicit_published_wins_over_the_page() -> None:
    (item,) = iter_path(str(PAGE), published="2025-06-01")
    assert isinstance(item, ArticleInput)
    assert (item.published, item.published_from) == ("2025-06-01", "argument")


@pytest.mark.parametrize(
    ("head", "published", "expected"),
    [
        (
            '<meta property="article:published_time" content="2024-11-05T08:00:00Z">',
            None,
            ("2024-11-05", "metadata"),
        ),
        ('<meta name="date" content="2024-11-05">', None, ("2024-11-05", "metadata")),
        ('<meta name="date" content="2024-11-05">', "2025-01-02", ("2025-01-02", "argument")),
        ("<title>No date here</title>", None, (None, None)),
        ("<title>No date here</title>", "2025-01-02", ("2025-01-02", "argument")),
    ],
)
def test_published_from(head: str, published: str | None, expected: tuple[object, object]) -> None:
    item = from_string(page(head), origin="p.html", published=published)
    assert (item.published, item.published_from) == expected


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        ("<title>Terminal delayed</title>", "title", "Terminal delayed"),
        ('<meta property="og:site_name" content="Harbour News">', "source", "Harbour News"),
        (
            '<link rel="canonical" href="https://www.portnews.example.net/a/1">',
            "source",
            "portnews.example.net",
        ),
        (
            '<link rel="canonical" href="https://portnews.example.net/a/1">',
            "url",
            "https://portnews.example.net/a/1",
        ),
        ('<meta name="author" content="Sam Okafor">', "author", "Sam Okafor"),
    ],
)
def test_metadata_fields(head: str, field: str, expected: str) -> None:
    item = from_string(page(head), origin="p.html")
    assert getattr(item, field) == expected


@pytest.mark.parametrize(
    "document",
    [
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><div>   </div><script>var x = 1;</script></body></html>",
    ],
    ids=["empty body", "script only"],
)
def test_page_without_text_is_empty_input(tmp_path: Path, document: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(document, "utf-8")
    (item,) = iter_path(str(path))
    assert isinstance(item, EmptyInputError)
    assert item.origin == str(path)
    assert "no article text" in str(item)


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    document = page(
        '<meta charset="windows-1252">',
        "<p>Les élus ont voté ‘non’ au projet, "
        "a déclaré la maire de la commune mardi soir devant la presse.</p>",
    )
    path = tmp_path / "legacy.htm"
    path.write_bytes(document.encode("cp1252"))
    (item,) = iter_path(str(path))
    assert isinstance(item, ArticleInput)
    assert "Les élus ont voté ‘non’ au projet" in item.text


def test_html_in_a_txt_file_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(page("<title>Sniffed</title>"), "utf-8")
    (item,) = iter_path(str(path))
    assert isinstance(item, ArticleInput)
    assert item.title == "Sniffed"
    assert "<p>" not in item.text


def test_too_large_page_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "MAX_HTML_BYTES", 200)
    path = tmp_path / "big.html"
    path.write_text(page(), "utf-8")
    (item,) = iter_path(str(path))
    assert isinstance(item, IngestError)
    assert "limit of 200 bytes" in str(item)


def test_from_string_plain_text_unchanged() -> None:
    text = "  “We are ready,” she said.\n"
    assert from_string(text).text == text


@pytest.mark.parametrize(
    ("declared", "data", "expected"),
    [
        ("iso-8859-1", "“Yes,” she said.".encode("cp1252"), "“Yes,” she said."),
        ("windows-1252", "“Yes,” she said.".encode(), "“Yes,” she said."),
        ("koi8-r", "Да, сказала она.".encode("koi8-r"), "Да, сказала она."),
        ("no-such-charset", "Café.".encode("cp1252"), "Café."),
    ],
    ids=["latin-1 label read as cp1252", "valid utf-8 wins", "koi8-r", "unknown label"],
)
def test_declared_charset(declared: str, data: bytes, expected: str) -> None:
    from whosays.ingest.text import decode_bytes

    assert decode_bytes(data, "p.html", declared) == expected
