"""Plain-text ingest: encodings, BOMs, binary, empty and oversized input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from whosays.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    IngestError,
    InputTooLargeError,
)
from whosays.ingest import iter_path, text
from whosays.records import ArticleInput

ARTICLE = "Café owners said the rent had doubled. “It’s not sustainable,” one told us.\n"

DECODED = [
    ("utf-8", ARTICLE.encode("utf-8"), ARTICLE),
    ("utf-8 bom", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE),
    ("utf-16 le bom", ARTICLE.encode("utf-16"), ARTICLE),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE),
    ("utf-32 bom", ARTICLE.encode("utf-32"), ARTICLE),
    ("cp1252", ARTICLE.encode("cp1252"), ARTICLE),
    (
        "latin-1",
        "Le café était fermé, a déclaré René.".encode("latin-1"),
        "Le café était fermé, a déclaré René.",
    ),
    ("cp1252 pound and dash", "It cost £5m – a lot.".encode("cp1252"), "It cost £5m – a lot."),
    ("crlf kept", b"Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n"),
    (
        "cyrillic cp1251",
        "Министр заявил, что правительство уйдёт в отставку.".encode("cp1251"),
        "Министр заявил, что правительство уйдёт в отставку.",
    ),
]


@pytest.mark.parametrize(
    ("data", "expected"), [d[1:] for d in DECODED], ids=[d[0] for d in DECODED]
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert text.decode_bytes(data, "a.txt") == expected


REFUSED = [
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, "PDF"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", BinaryInputError, "ZIP"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, "PNG"),
    ("nul bytes", b"text\x00with\x00nuls", BinaryInputError, "NUL"),
    ("utf-16 without bom", ARTICLE.encode("utf-16-le"), BinaryInputError, "UTF-16"),
    ("control characters", b"\x01\x02\x03\x04 hello \x05\x06\x07\x08", BinaryInputError, "control"),
    ("undetectable bytes", bytes(range(128, 256)) * 3, EncodingError, "encoding"),
    (
        "bad utf-8 after bom",
        codecs.BOM_UTF8 + b"caf\xe9 \x81\x8d",
        EncodingError,
        "byte-order mark",
    ),
]


@pytest.mark.parametrize(
    ("data", "error", "words"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_decode_bytes_refuses(data: bytes, error: type[IngestError], words: str) -> None:
    with pytest.raises(error) as info:
        text.decode_bytes(data, "bad.txt")
    assert info.value.origin == "bad.txt"
    assert words in str(info.value)
    assert str(info.value).startswith("bad.txt: ")


FILES = [
    ("plain", ARTICLE.encode("utf-8")),
    ("bom", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
    ("utf-16", ARTICLE.encode("utf-16")),
    ("cp1252", ARTICLE.encode("cp1252")),
]


@pytest.mark.parametrize("data", [f[1] for f in FILES], ids=[f[0] for f in FILES])
def test_text_file_is_kept_unchanged(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    (item,) = iter_path(str(path))
    assert isinstance(item, ArticleInput)
    assert item.text == ARTICLE
    assert item.origin == str(path)
    assert (item.published, item.published_from) == (None, None)


def test_text_file_offsets_index_the_file(tmp_path: Path) -> None:
    content = "  Leading spaces stay.\n\n“Quoted,” he said.  \n"
    path = tmp_path / "a.txt"
    path.write_text(content, "utf-8", newline="")
    (item,) = iter_path(str(path))
    assert isinstance(item, ArticleInput)
    assert item.text == path.read_text("utf-8")
    assert item.text[item.text.index("“") :].startswith("“Quoted,”")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t\r\n ", EmptyInputError),
        (codecs.BOM_UTF8, EmptyInputError),
        (b"%PDF-1.4 rest", BinaryInputError),
    ],
    ids=["empty", "whitespace", "only bom", "pdf"],
)
def test_bad_text_file_names_the_file(
    tmp_path: Path, data: bytes, error: type[IngestError]
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (item,) = iter_path(str(path))
    assert isinstance(item, error)
    assert item.origin == str(path)


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 21, "utf-8")
    (item,) = iter_path(str(path))
    assert isinstance(item, InputTooLargeError)
    assert item.origin == str(path)
    assert "100" in item.reason


def test_text_at_the_limit_is_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "exact.txt"
    path.write_text("word " * 20, "utf-8")
    (item,) = iter_path(str(path))
    assert isinstance(item, ArticleInput)


def test_check_text_counts_utf8_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 10)
    assert text.check_text("é" * 5, "x") == "é" * 5
    with pytest.raises(InputTooLargeError):
        text.check_text("é" * 6, "x")


@pytest.mark.parametrize(
    ("argument", "metadata", "expected"),
    [
        ("2025-06-01", "2024-01-01", ("2025-06-01", "argument")),
        (None, "2024-01-01", ("2024-01-01", "metadata")),
        ("2025-06-01", None, ("2025-06-01", "argument")),
        (None, None, (None, None)),
    ],
)
def test_published_fields(
    argument: str | None, metadata: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert text.published_fields(argument, metadata) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T09:30:00Z", "2025-03-04"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert text.normalise_date(value, "x") == expected


@pytest.mark.parametrize("value", ["yesterday", "2025-13-01", 20250304])
def test_normalise_date_refuses(value: object) -> None:
    with pytest.raises(IngestError, match="not an ISO date"):
        text.normalise_date(value, "x")
