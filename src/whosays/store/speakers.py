"""Canonical speakers across articles: a name normaliser and a user-editable alias table.

A speaker's *key* says which quotes, in any article, belong to the same person or
organisation. It is built from the fullest name the article gives (the entity name
when the quote's speaker was resolved to one) by :func:`normalise_name`:

1. Unicode NFKC, casefold, accents removed (``Erdoğan`` -> ``erdogan``), possessive
   ``'s`` dropped, apostrophes removed, other punctuation turned into spaces.
2. Arabic article prefixes ``al-``, ``el-``, ``ad-``, ``ar-``, ``as-``, ``ash-``,
   ``at-``, ``az-`` dropped, and a free-standing ``al``/``el`` that is not the first
   word (``Bashar al Assad``; ``Al Gore`` keeps his name).
3. For people, leading honorifics and titles dropped, repeatedly (``Mr.``, ``Dr.``,
   ``Sen.``, ``President``, ``Prime Minister``, ``Sheikh``, ...); for organisations a
   leading ``the``.
4. Each word mapped through :data:`TRANSLITERATION_RULES` (``Mohammed``/``Muhammad``/
   ``Mohamed`` -> ``muhammad``, ``Qaddafi``/``Gaddafi``/``Kadhafi`` -> ``qaddafi``,
   ``-skiy``/``-skyy`` -> ``-sky``), then doubled letters collapsed (``Phillip`` ->
   ``philip``).

Generational suffixes (``Jr.``, ``Sr.``, ``III``) and middle initials are kept:
``George W. Bush`` and ``George Bush`` are two people. A single-word person name (a bare
surname, ``Smith``) is only trusted inside its own article, where the article's entity
already resolved it, so its key carries the article id and never merges across
articles. People and organisations get keys of their own class; the other speaker types
(``document``, ``group``, ``anonymous``, ``unknown``) are always article-scoped.

The alias table (a TSV file ``alias<TAB>canonical``, ``#`` comments) maps normalised
aliases to a canonical name; an alias applies in every article, bare surnames included.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from whosays.errors import StoreError

__all__ = [
    "EMPTY_ALIASES",
    "GLOBAL_SPEAKER_TYPES",
    "HONORIFICS",
    "TRANSLITERATION_RULES",
    "AliasTable",
    "SpeakerKey",
    "canonical_speaker_id",
    "load_aliases",
    "name_kind",
    "normalise_name",
    "speaker_key",
]

#: Speaker types whose names are merged across articles.
GLOBAL_SPEAKER_TYPES = frozenset({"person", "organization"})

_HONORIFIC_WORDS = """
    mr mrs ms miss mx dr prof professor sir dame rev reverend hon honourable honorable
    sen senator rep representative congressman congresswoman gov governor mayor
    president vice pres premier chancellor minister secretary ambassador envoy
    pm chairman chairwoman chair ceo judge justice
    gen general lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral
    cmdr commander marshal field
    sheikh sheik shaikh ayatollah imam rabbi cardinal bishop archbishop
    prime foreign defence defense finance interior deputy acting former
"""
#: Words dropped from the start of a person's name (after casefold, without dots).
HONORIFICS = frozenset(_HONORIFIC_WORDS.split())

_TRAILING_HONORIFICS = frozenset({"phd", "md", "esq", "mp", "qc", "kc"})

#: Per-word rewrite rules for common transliteration variants: (pattern, replacement).
#: Patterns see one casefolded, accent-free word; the first rule that matches wins.
TRANSLITERATION_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^m[ou]h[ae]m+[ae]d$", "muhammad"),  # Mohammed, Muhammad, Mohamed, Mohammad
        (r"^[qgk]h?[ae]d+h?af+[iy]$", "qaddafi"),  # Qaddafi, Gaddafi, Kadhafi, Khadafy
        (r"^m[ou]+am+[ae]r$", "muammar"),  # Muammar, Moammar, Moamar
        (r"^h[ou]s+[ae](?:y|i)?n$", "hussein"),  # Hussein, Husayn, Hussain, Husein
        (r"^[ou]s[ae]m+a$", "osama"),  # Osama, Usama
        (r"^ah?m[ae]d$", "ahmad"),  # Ahmed, Ahmad
        (r"^y[ou]u?s+[eu]f$", "yusuf"),  # Youssef, Yousef, Yusuf
        (r"^abd[eu]l$", "abdul"),  # Abdel, Abdul
        (r"^(\w+)sk(?:iy|yy|ii|yi|ij)$", r"\1sky"),  # Zelenskiy, Zelenskyy -> zelensky
        (r"^(\w+?)(?:ov|off)$", r"\1ov"),  # Smirnoff, Smirnov
        (r"^(\w*)ks(\w*)$", r"\1x\2"),  # Aleksei, Alexei
    )
)

_ARTICLE_PREFIX = re.compile(r"(?<![\w])(?:al|el|ad|ar|as|ash|at|az)-(?=\w)")
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHES = re.compile(r"['’`ʼʿʾ]")
_NON_WORD = re.compile(r"[^\w]+")
_DOUBLED = re.compile(r"(\w)\1+")
_ROMAN_NUMERAL = re.compile(r"^[ivx]+$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(name: str) -> list[str]:
    text = _POSSESSIVE.sub("", _fold(name))
    text = _APOSTROPHES.sub("", _ARTICLE_PREFIX.sub("", text))
    return [word for word in _NON_WORD.sub(" ", text).replace("_", " ").split() if word]


def _strip_titles(words: list[str], is_person: bool) -> list[str]:
    if is_person:
        while len(words) > 1 and words[0] in HONORIFICS:
            words = words[1:]
        while len(words) > 1 and words[-1] in _TRAILING_HONORIFICS:
            words = words[:-1]
    elif len(words) > 1 and words[0] == "the":
        words = words[1:]
    return [w for i, w in enumerate(words) if i == 0 or w not in ("al", "el")]


def _transliterate(word: str) -> str:
    for pattern, replacement in TRANSLITERATION_RULES:
        if pattern.match(word):
            word = pattern.sub(replacement, word)
            break
    if _ROMAN_NUMERAL.match(word):
        return word
    return _DOUBLED.sub(r"\1", word)


def normalise_name(name: str, *, is_person: bool = True) -> str:
    """The normalised form of a speaker name: lower-case words joined by single spaces.

    ``is_person`` strips honorifics and titles; otherwise only a leading "the" goes.
    Returns "" when nothing name-like is left.
    """
    words = _strip_titles(_words(name), is_person)
    return " ".join(_transliterate(word) for word in words)


def name_kind(speaker_class: str) -> str:
    """``person`` for people, ``other`` for every type normalised without honorifics."""
    return "person" if speaker_class == "person" else "other"


@dataclass(frozen=True)
class AliasTable:
    """Aliases -> canonical display names.

    Keyed by ``(kind, normalised alias)`` where kind is :func:`name_kind`: each pair is
    normalised both as a person's name and as an organisation's, so one file line serves
    every speaker type.
    """

    canonical: Mapping[tuple[str, str], str]

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> AliasTable:
        """Build a table from ``(alias, canonical name)`` pairs; later pairs win."""
        table: dict[tuple[str, str], str] = {}
        for alias, canonical in pairs:
            for kind in ("person", "other"):
                key = normalise_name(alias, is_person=kind == "person")
                if key and canonical.strip():
                    table[(kind, key)] = canonical.strip()
        return cls(table)

    def lookup(self, normalised: str, speaker_class: str) -> str | None:
        """The canonical display name for a normalised name of a speaker class, or ``None``."""
        return self.canonical.get((name_kind(speaker_class), normalised))

    def __len__(self) -> int:
        return len(self.canonical)

    def rows(self) -> list[dict[str, str]]:
        """Rows for the ``aliases`` table: kind, alias_norm, canonical, canonical_norm."""
        return [
            {
                "kind": kind,
                "alias_norm": alias,
                "canonical": name,
                "canonical_norm": normalise_name(name, is_person=kind == "person"),
            }
            for (kind, alias), name in sorted(self.canonical.items())
        ]


#: An alias table with no aliases.
EMPTY_ALIASES = AliasTable({})


def load_aliases(path: str | Path) -> AliasTable:
    """Read an alias file: one ``alias<TAB>canonical`` pair a line, ``#`` starts a comment."""
    pairs: list[tuple[str, str]] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise StoreError(f"cannot read alias file {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, start=1):
        content = line.split("#", 1)[0].rstrip()
        if not content.strip():
            continue
        parts = content.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise StoreError(f"{path}:{number}: expected 'alias<TAB>canonical', got {line!r}")
        pairs.append((parts[0].strip(), parts[1].strip()))
    return AliasTable.from_pairs(pairs)


@dataclass(frozen=True)
class SpeakerKey:
    """What the store keeps per quote/entity to compute its canonical speaker id.

    ``norm`` is the normalised name, ``speaker_class`` ``person``/``organization``/other
    type, ``scope`` the article id when the name is only trusted inside its article.
    """

    norm: str
    speaker_class: str
    scope: str | None

    def canonical_key(self, aliases: AliasTable = EMPTY_ALIASES) -> str:
        """``class:name`` (``class:name@article`` when article-scoped), aliases applied."""
        target = aliases.lookup(self.norm, self.speaker_class)
        if target is not None:
            is_person = self.speaker_class == "person"
            return f"{self.speaker_class}:{normalise_name(target, is_person=is_person)}"
        suffix = "" if self.scope is None else f"@{self.scope}"
        return f"{self.speaker_class}:{self.norm}{suffix}"


def speaker_key(name: str | None, speaker_type: str, article_id: str) -> SpeakerKey | None:
    """The key for a named speaker of ``speaker_type`` in article ``article_id``.

    ``None`` for unnamed speakers. Single-word person names and all types other than
    person/organisation are scoped to the article.
    """
    if not name:
        return None
    norm = normalise_name(name, is_person=speaker_type == "person")
    if not norm:
        return None
    is_global = speaker_type in GLOBAL_SPEAKER_TYPES
    if speaker_type == "person" and " " not in norm:
        is_global = False
    return SpeakerKey(norm, speaker_type, None if is_global else article_id)


def canonical_speaker_id(canonical_key: str) -> str:
    """A short stable id for a canonical key: ``s`` + 16 hex digits of its MD5.

    The store computes the same value in SQL (``'s' || substr(md5(key), 1, 16)``).
    """
    return "s" + hashlib.md5(canonical_key.encode("utf-8")).hexdigest()[:16]
