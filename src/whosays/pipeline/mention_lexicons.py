"""The word lists speaker mentions are read with, for ``whosays_coref``.

Two kinds: short closed lists built in here (honorifics, pronouns, relative and
indefinite words), and the lexicons packaged in ``whosays/data`` as TSV files with a
documented header (``titles.tsv``, ``groups.tsv``, ``anonymous.tsv``, ``documents.tsv``,
``organizations.tsv``, ``first_names.tsv``), so extending them is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from whosays.errors import ModelError
from whosays.pipeline.lexicon import data_rows, data_text

__all__ = [
    "HONORIFIC_GENDER",
    "INDEFINITE",
    "PRONOUNS",
    "RELATIVE",
    "Lexicons",
    "load_lexicons",
]

# Honorific (lower-case, no final dot) -> gender it shows, or None.
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": None,
    "dr": None,
    "prof": None,
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "rev": None,
    "madam": "f",
    "monsieur": "m",
    "mme": "f",
}

# Pronoun -> (number, gender): number "sg"/"pl"/"first", gender "m"/"f"/"n"/None.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "he": ("sg", "m"),
    "him": ("sg", "m"),
    "his": ("sg", "m"),
    "himself": ("sg", "m"),
    "she": ("sg", "f"),
    "her": ("sg", "f"),
    "hers": ("sg", "f"),
    "herself": ("sg", "f"),
    "it": ("sg", "n"),
    "its": ("sg", "n"),
    "they": ("pl", None),
    "them": ("pl", None),
    "their": ("pl", None),
    "i": ("first", None),
    "we": ("first", None),
    "our": ("first", None),
    "my": ("first", None),
}

RELATIVE = frozenset({"who", "which", "that", "whom"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})


@dataclass(frozen=True)
class Lexicons:
    """The word lists of ``whosays/data`` (all lower-case).

    ``first_names`` maps a first name to the gender it shows: the weakest gender hint.
    """

    roles: frozenset[str]
    ranks: frozenset[str]
    domains: frozenset[str]
    gendered: dict[str, str]
    group_plurals: frozenset[str]
    group_singulars: frozenset[str]
    anonymous_mention: re.Pattern[str]
    anonymous_sentence: re.Pattern[str]
    documents: frozenset[str]
    org_generic: frozenset[str]
    org_specific: frozenset[str]
    title_vocabulary: frozenset[str]
    first_names: dict[str, str]
    platforms: frozenset[str]


def _rows(file: str, columns: int) -> list[list[str]]:
    rows = []
    for number, line in data_rows(data_text(file)):
        fields = [field.strip().lower() for field in line.split("\t")]
        if len(fields) != columns or not all(fields):
            raise ModelError(f"{file}: malformed row {number}: {line!r}")
        rows.append(fields)
    return rows


def _phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """The packaged lexicons (cached); a malformed file raises :class:`ModelError`."""
    titles = _rows("titles.tsv", 3)
    groups = _rows("groups.tsv", 2)
    anonymous = _rows("anonymous.tsv", 2)
    organizations = _rows("organizations.tsv", 2)
    for word, kind, gender in titles:
        if kind not in ("role", "rank", "domain") or gender not in ("m", "f", "-"):
            raise ModelError(f"titles.tsv: bad kind or gender for {word!r}")
    return Lexicons(
        roles=frozenset(w for w, kind, _ in titles if kind == "role"),
        ranks=frozenset(w for w, kind, _ in titles if kind == "rank"),
        domains=frozenset(w for w, kind, _ in titles if kind == "domain"),
        gendered={w: g for w, _, g in titles if g != "-"},
        group_plurals=frozenset(p for p, _ in groups),
        group_singulars=frozenset(s for p, s in groups if s != p),
        anonymous_mention=_phrases_pattern([p for p, s in anonymous if s == "mention"]),
        anonymous_sentence=_phrases_pattern([p for p, s in anonymous if s == "sentence"]),
        documents=frozenset(row[0] for row in _rows("documents.tsv", 1)),
        org_generic=frozenset(n for n, g in organizations if g == "yes"),
        org_specific=frozenset(n for n, g in organizations if g != "yes"),
        title_vocabulary=frozenset(row[0] for row in titles),
        first_names={name: gender for name, gender in _rows("first_names.tsv", 2)},
        platforms=frozenset(row[0] for row in _rows("platforms.tsv", 1)),
    )
