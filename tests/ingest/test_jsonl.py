"""JSONL ingest: one article per line; bad lines are errors naming ``path:LINE``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from whosays.errors import EmptyInputError, EncodingError, IngestError, InvalidInputError
from whosays.ingest import iter_path
from whosays.ingest.jsonl import iter_jsonl_lines
from whosays.records import ArticleInput

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

HTML_LINE = {
    "html": "<html><head><title>Port strike ends</title>"
    '<meta name="date" content="2025-02-07"></head><body><article>'
    "<p>Dock workers returned to work on Friday after a deal was reached, officials said.</p>"
    "</article></body></html>"
}

BAD_LINES = [
    (b"not json", InvalidInputError, "not valid JSON"),
    (b'["a", "list"]', InvalidInputError, "expected a JSON object, got list"),
    (b'"a string"', InvalidInputError, "expected a JSON object, got str"),
    (b'{"id": "x", "title": "no body"}', InvalidInputError, 'neither "text" nor "html"'),
    (b'{"text": "   "}', EmptyInputError, "'text' is empty"),
    (b'{"html": ""}', EmptyInputError, "'html' is empty"),
    (b'{"text": 42}', InvalidInputError, "'text' must be a string"),
    (b'{"text": "ok text", "title": ["a"]}', InvalidInputError, "'title' must be a string"),
    (b'{"text": "ok text", "published": "last week"}', InvalidInputError, "not an ISO date"),
    (b'{"text": "caf\xe9"}', EncodingError, "not valid UTF-8"),
    (b'{"html": "<html><body></body></html>"}', EmptyInputError, "no article text"),
]


@pytest.mark.parametrize(("line", "error", "words"), BAD_LINES)
def test_bad_line_is_an_error_with_its_line_number(
    line: bytes, error: type[IngestError], words: str
) -> None:
    good = b'{"text": "The mayor said the road would reopen."}\n'
    items = list(iter_jsonl_lines([good, line + b"\n", good], "c.jsonl"))
    assert [type(i) for i in items] == [ArticleInput, error, ArticleInput]
    assert isinstance(items[1], IngestError)
    assert items[1].origin == "c.jsonl:2"
    assert words in str(items[1])


@pytest.mark.parametrize(
    ("obj", "published", "expected"),
    [
        ({"text": "t x", "published": "2025-01-15"}, None, ("2025-01-15", "metadata")),
        ({"text": "t x", "published": "2025-01-15T10:00:00Z"}, None, ("2025-01-15", "metadata")),
        ({"text": "t x", "published": "2025-01-15"}, "2025-06-01", ("2025-06-01", "argument")),
        ({"text": "t x"}, None, (None, None)),
        ({"text": "t x"}, "2025-06-01", ("2025-06-01", "argument")),
        (HTML_LINE, None, ("2025-02-07", "metadata")),
        ({**HTML_LINE, "published": "2025-02-09"}, None, ("2025-02-09", "metadata")),
        (HTML_LINE, "2025-06-01", ("2025-06-01", "argument")),
    ],
)
def test_published(
    obj: dict[str, str], published: str | None, expected: tuple[object, object]
) -> None:
    (item,) = iter_jsonl_lines([json.dumps(obj).encode()], "c.jsonl", published)
    assert isinstance(item, ArticleInput)
    assert (item.published, item.published_from) == expected


def test_text_line_fields_and_text_unchanged() -> None:
    obj = {
        "id": 7,
        "text": "  “Yes,” he said.\n",
        "url": "https://e.example/a",
        "title": "T",
        "source": "Example",
        "author": "A. Writer",
    }
    (item,) = iter_jsonl_lines([json.dumps(obj).encode()], "c.jsonl")
    assert item == ArticleInput(
        text="  “Yes,” he said.\n",
        origin="c.jsonl:1",
        id="7",
        title="T",
        url="https://e.example/a",
        source="Example",
        author="A. Writer",
    )


def test_html_line_fields_win_over_the_page() -> None:
    obj = {**HTML_LINE, "title": "Given title", "url": "https://ports.example.com/strike"}
    (item,) = iter_jsonl_lines([json.dumps(obj).encode()], "c.jsonl")
    assert isinstance(item, ArticleInput)
    assert item.title == "Given title"
    assert item.url == "https://ports.example.com/strike"
    assert item.source == "ports.example.com"
    assert item.text.startswith("Dock workers returned")


def test_fixture_file_blank_lines_skipped_line_numbers_kept() -> None:
    items = list(iter_path(str(FIXTURES / "corpus.jsonl")))
    origins = [i.origin for i in items]
    names = FIXTURES / "corpus.jsonl"
    assert origins == [f"{names}:{n}" for n in (1, 2, 3, 4, 5, 7)]
    good = [i for i in items if isinstance(i, ArticleInput)]
    assert [i.id for i in good] == ["a1", "6"]


def test_gzipped_jsonl_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'\xef\xbb\xbf{"text": "First article."}\n{"text": "Second article."}\n')
    items = list(iter_path(str(path)))
    assert [i.text for i in items if isinstance(i, ArticleInput)] == [
        "First article.",
        "Second article.",
    ]


def test_truncated_gzip_reports_an_error(tmp_path: Path) -> None:
    data = gzip.compress(b'{"text": "First article."}\n' * 200)
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_path(str(path)))
    assert isinstance(items[-1], IngestError)
    assert items[-1].origin == str(path)
