"""Sources: files by ending, directories, globs, missing paths and stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from whosays.errors import EmptyInputError, IngestError, InvalidInputError
from whosays.ingest import from_string, iter_inputs, list_sources
from whosays.records import ArticleInput

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

TEXT = "The harbour master said the storm had passed. “We reopen tomorrow,” he added.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory of good and bad inputs, hidden files and unknown endings among them."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text(TEXT, "utf-8")
    (root / "a.text").write_text(TEXT, "utf-8")
    (root / "sub" / "page.HTML").write_text((FIXTURES / "page.html").read_text("utf-8"), "utf-8")
    (root / "sub" / "lines.ndjson").write_text('{"text": "One."}\nnot json\n', "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"%PDF-1.5 whatever")
    (root / ".hidden.txt").write_text(TEXT, "utf-8")
    (root / ".git" / "config.txt").write_text(TEXT, "utf-8")
    (root / "notes.md").write_text(TEXT, "utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def test_list_sources_scans_directories_sorted(corpus: Path) -> None:
    names = [str(Path(name).relative_to(corpus)) for name in list_sources([str(corpus)])]
    assert names == [
        "a.text",
        "b.txt",
        "binary.txt",
        "empty.txt",
        "sub/lines.ndjson",
        "sub/page.HTML",
    ]


def test_list_sources_keeps_order_stdin_and_missing(corpus: Path) -> None:
    b, a = str(corpus / "b.txt"), str(corpus / "a.text")
    assert list_sources([b, "-", a, "missing.txt"]) == [b, "-", a, "missing.txt"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["b.txt", "binary.txt", "empty.txt"]),
        ("**/*.ndjson", ["sub/lines.ndjson"]),
        ("su*", ["sub/lines.ndjson", "sub/page.HTML"]),
        ("*.md", ["notes.md"]),
    ],
)
def test_list_sources_expands_globs(corpus: Path, pattern: str, expected: list[str]) -> None:
    names = list_sources([str(corpus / pattern)])
    assert [str(Path(name).relative_to(corpus)) for name in names] == expected


def test_glob_matching_nothing_is_reported(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.txt")
    (item,) = iter_inputs([pattern])
    assert isinstance(item, IngestError)
    assert str(item) == f"{pattern}: no such file or directory"


def test_directory_with_good_and_bad_files(corpus: Path) -> None:
    items = list(iter_inputs([str(corpus)], published="2025-02-02"))
    summary = [(Path(i.origin).name, type(i).__name__) for i in items]
    assert summary == [
        ("a.text", "ArticleInput"),
        ("b.txt", "ArticleInput"),
        ("binary.txt", "BinaryInputError"),
        ("empty.txt", "EmptyInputError"),
        ("lines.ndjson:1", "ArticleInput"),
        ("lines.ndjson:2", "InvalidInputError"),
        ("page.HTML", "ArticleInput"),
    ]
    assert items[0].text == TEXT  # type: ignore[union-attr]
    articles = [i for i in items if isinstance(i, ArticleInput)]
    assert {(a.published, a.published_from) for a in articles} == {("2025-02-02", "argument")}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("does-not-exist.txt", "no such file or directory"),
        ("empty-dir", "a directory with no files to read"),
    ],
)
def test_unreadable_path_is_one_error(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "empty-dir" / "notes.md").write_text(TEXT, "utf-8")
    (item,) = iter_inputs([str(tmp_path / name)])
    assert isinstance(item, IngestError)
    assert str(item).startswith(f"{tmp_path / name}: {reason}")


def test_invalid_published_argument_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="--published"):
        list(iter_inputs(["-"], published="next Tuesday"))


def stdin_items(monkeypatch: pytest.MonkeyPatch, data: bytes) -> list[ArticleInput | IngestError]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return list(iter_inputs(["-"]))


@pytest.mark.parametrize(
    ("data", "expected_text", "title"),
    [
        (TEXT.encode("utf-8"), TEXT, None),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, None),
        (TEXT.encode("cp1252"), TEXT, None),
        ((FIXTURES / "page.html").read_bytes(), None, "Harbour plan delayed again"),
    ],
    ids=["utf-8", "bom", "cp1252", "html"],
)
def test_stdin_text_or_html(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected_text: str | None, title: str | None
) -> None:
    (item,) = stdin_items(monkeypatch, data)
    assert isinstance(item, ArticleInput)
    assert item.origin == "<stdin>"
    assert item.title == title
    if expected_text is not None:
        assert item.text == expected_text


def test_stdin_jsonl_streams_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": str(n), "text": f"Article number {n}."}) for n in range(3000)]
    lines.insert(1500, "{broken")
    items = stdin_items(monkeypatch, ("\n".join(lines) + "\n").encode("utf-8"))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.origin for e in errors] == ["<stdin>:1501"]
    good = [i for i in items if isinstance(i, ArticleInput)]
    assert [a.id for a in good] == [str(n) for n in range(3000)]
    assert good[-1].origin == "<stdin>:3001"


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    (item,) = stdin_items(monkeypatch, b"  \n")
    assert isinstance(item, EmptyInputError)
    assert item.origin == "<stdin>"


@pytest.mark.parametrize(
    ("value", "is_html"),
    [(TEXT, False), ((FIXTURES / "page.html").read_text("utf-8"), True)],
)
def test_from_string_sniffs(value: str, is_html: bool) -> None:
    item = from_string(value, origin="x", published="2025-01-01")
    assert (item.text == value) is not is_html
    assert (item.title is not None) is is_html
    assert (item.published, item.published_from) == ("2025-01-01", "argument")


@pytest.mark.model
def test_cli_analyze_reads_stdin_and_lists_failures(tmp_path: Path) -> None:
    from whosays.cli.main import cli

    missing = str(tmp_path / "gone.txt")
    result = CliRunner().invoke(
        cli,
        ["analyze", "-", missing, "--format", "jsonl", "--published", "2025-06-01"],
        input=TEXT.encode("cp1252"),
    )
    assert result.exit_code == 2
    (line,) = result.stdout.splitlines()
    article = json.loads(line)
    assert article["text"] == TEXT
    assert (article["published"], article["published_from"]) == ("2025-06-01", "argument")
    assert f"{missing}: no such file or directory" in result.stderr
