"""Plain-text ingest: bytes to text (BOMs, UTF-16, legacy encodings), binary and size checks.

For a plain-text input the article ``text`` is the decoded input unchanged (only a
byte-order mark is removed), so character offsets in the analysis index the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from whosays.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    InvalidInputError,
)
from whosays.records import ArticleInput, PublishedFrom

__all__ = [
    "MAX_TEXT_BYTES",
    "check_text",
    "decode_bytes",
    "normalise_date",
    "published_fields",
    "read_limited",
    "read_text_file",
    "text_input",
]

MAX_TEXT_BYTES = 5_000_000
"""Largest article text accepted, in UTF-8 bytes (5 MB)."""

MAX_CONTROL_CHAR_RATIO = 0.01
"""Share of control characters (other than whitespace) above which text counts as binary."""

MAX_CHAOS = 0.2
"""Highest charset-normalizer "chaos" (mess) score accepted for a guessed encoding."""

BINARY_SIGNATURES: dict[bytes, str] = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX/EPUB)",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip file",
    b"BZh": "a bzip2 file",
    b"\xfd7zXZ\x00": "an xz file",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an MS Office (OLE) document",
    b"\x7fELF": "an ELF executable",
    b"SQLite format 3\x00": "an SQLite database",
    b"PAR1": "a Parquet file",
}

# UTF-32 BOMs first: the UTF-32-LE mark begins with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The WHATWG encoding standard reads these labels as windows-1252.
WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}
)

WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")

# Most non-ASCII letters in English or Western European news text are accents on
# otherwise ASCII words; in Cyrillic or Greek text read as cp1252 almost all are.
MAX_NON_ASCII_LETTER_SHARE = 0.3
ENCODING_SAMPLE_CHARS = 200_000

# Apostrophes, hyphens and dashes are the only non-letters that belong inside a word.
WORD_INNER_PUNCTUATION = frozenset("’‘‐‑–—·")


def read_limited(stream: BinaryIO, origin: str, limit: int) -> bytes:
    """Read ``stream`` whole, refusing it without reading further once it exceeds ``limit``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(origin, f"larger than the limit of {limit:,} bytes")
    return data


def _check_signature(data: bytes, origin: str) -> None:
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise BinaryInputError(origin, f"binary input ({kind}), not text or HTML")


def _strip_bom(data: bytes, origin: str) -> str | None:
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    origin, f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from exc
    return None


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    non_ascii = sum(1 for c in letters if not c.isascii())
    if letters and non_ascii / len(letters) > MAX_NON_ASCII_LETTER_SHARE:
        return False
    if any(unicodedata.category(c) == "Cc" and c not in WHITESPACE_CONTROLS for c in text):
        return False
    return not _has_symbol_inside_word(text)


def _has_symbol_inside_word(text: str) -> bool:
    for i in range(1, len(text) - 1):
        char = text[i]
        if char.isascii() or char.isalpha() or char in WORD_INNER_PUNCTUATION:
            continue
        if text[i - 1].isalpha() and text[i + 1].isalpha():
            return True
    return False


def _decode_legacy(data: bytes, origin: str) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text[:ENCODING_SAMPLE_CHARS]):
        return text
    for guess in from_bytes(data):
        guessed = str(guess)
        if guess.chaos <= MAX_CHAOS and not _has_symbol_inside_word(guessed):
            return guessed
    raise EncodingError(
        origin, "not UTF-8 and its encoding could not be detected; convert it to UTF-8"
    )


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode an input's bytes: a BOM if any, else UTF-8, ``declared``, cp1252 or a guess.

    Valid UTF-8 wins over a declared encoding (pages often declare the wrong one);
    a declared Latin-1 or ASCII is read as cp1252, as browsers do. Raises
    :class:`BinaryInputError` for binary data and :class:`EncodingError` when no
    encoding fits. A byte-order mark is removed; nothing else is changed.
    """
    _check_signature(data, origin)
    text = _strip_bom(data, origin)
    if text is None:
        if b"\x00" in data:
            raise BinaryInputError(
                origin, "contains NUL bytes (binary data, or UTF-16 without a byte-order mark)"
            )
        text = _decode_utf8(data) or _decode_declared(data, declared)
        if text is None:
            text = _decode_legacy(data, origin)
    _check_control_chars(text, origin)
    return text


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    encoding = declared.strip().lower()
    if encoding in WINDOWS_1252_LABELS:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _check_control_chars(text: str, origin: str) -> None:
    sample = text[:100_000]
    controls = sum(
        1 for c in sample if c not in WHITESPACE_CONTROLS and unicodedata.category(c) == "Cc"
    )
    if sample and controls / len(sample) > MAX_CONTROL_CHAR_RATIO:
        raise BinaryInputError(
            origin, f"binary input ({controls} control characters in {len(sample)})"
        )


def check_text(text: str, origin: str) -> str:
    """Refuse empty, whitespace-only or oversized article text; return it unchanged."""
    if not text.strip():
        raise EmptyInputError(origin, "no text (empty or only whitespace)")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise InputTooLargeError(
            origin, f"text is {size:,} bytes, over the limit of {MAX_TEXT_BYTES:,} bytes"
        )
    return text


def normalise_date(value: object, origin: str, what: str = "published") -> str | None:
    """An ISO date (``YYYY-MM-DD``) from an ISO date or date-time string, or None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise InvalidInputError(origin, f"{what} is not an ISO date (YYYY-MM-DD): {value!r}")


def published_fields(
    argument: str | None, metadata: str | None
) -> tuple[str | None, PublishedFrom | None]:
    """The publication date and where it came from: an explicit argument wins over metadata."""
    if argument:
        return argument, "argument"
    if metadata:
        return metadata, "metadata"
    return None, None


def text_input(text: str, origin: str, published: str | None = None) -> ArticleInput:
    """An :class:`ArticleInput` for plain text, kept unchanged so offsets index it."""
    date, date_from = published_fields(published, None)
    return ArticleInput(
        text=check_text(text, origin), origin=origin, published=date, published_from=date_from
    )


def read_text_file(path: Path, origin: str, published: str | None = None) -> ArticleInput:
    """Read a plain-text file (size checked before reading) as one article."""
    with path.open("rb") as stream:
        data = read_limited(stream, origin, MAX_TEXT_BYTES)
    return text_input(decode_bytes(data, origin), origin, published)
