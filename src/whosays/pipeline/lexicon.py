"""The cue lexicon: verbs, nouns and phrases that introduce reported speech.

The words live in ``whosays/data/cues.tsv`` (see the header there for the
columns), so adding a cue is a data change, not a code change. :func:`data_rows`
reads the rows of this and the other TSV word lists of ``whosays/data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from whosays.errors import ModelError

__all__ = ["CUE_KINDS", "CueLexicon", "data_rows", "data_text", "load_cue_lexicon", "word_set"]

CUE_KINDS = ("verb", "noun", "phrase")
CUE_MODES = ("direct", "indirect", "both")
LEXICON_FILE = "cues.tsv"


@dataclass(frozen=True)
class CueLexicon:
    """Cue words by kind; verbs and nouns are lemmas, phrases lower-case word sequences."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[str, ...]

    def is_cue_verb(self, lemma: str) -> bool:
        """Whether ``lemma`` (lower-cased) is a speech verb."""
        return lemma.lower() in self.verbs

    def is_cue_noun(self, lemma: str) -> bool:
        """Whether ``lemma`` (lower-cased) names a speech act or document."""
        return lemma.lower() in self.nouns


def parse_cue_rows(text: str, modes: tuple[str, ...] = ("direct", "both")) -> CueLexicon:
    """Parse the TSV text of a cue lexicon, keeping rows whose mode is in ``modes``."""
    rows: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
    for number, line in data_rows(text):
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in CUE_KINDS or fields[2] not in CUE_MODES:
            raise ModelError(f"{LEXICON_FILE}: malformed cue row {number}: {line!r}")
        if fields[2] in modes:
            rows[fields[1]].add(fields[0].strip().lower())
    phrases = tuple(sorted(rows["phrase"], key=lambda p: (-len(p), p)))
    return CueLexicon(frozenset(rows["verb"]), frozenset(rows["noun"]), phrases)


@lru_cache(maxsize=2)
def load_cue_lexicon(modes: tuple[str, ...] = ("direct", "both")) -> CueLexicon:
    """The packaged cue lexicon (cached), rows restricted to ``modes``."""
    return parse_cue_rows(data_text(LEXICON_FILE), modes)


def data_text(file: str) -> str:
    """The text of a file packaged in ``whosays/data``."""
    return resources.files("whosays.data").joinpath(file).read_text(encoding="utf-8")


def data_rows(text: str) -> list[tuple[int, str]]:
    """The rows of a ``whosays/data`` TSV text after its header, each with its number.

    Blank lines and ``#`` comments are skipped and not counted; the header is row 1.
    """
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(enumerate(lines[1:], start=2))


def word_set(words: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated ``words`` (for short built-in word lists)."""
    return frozenset(words.split())
