"""The records of ``whosays_coref``: an entity cluster, its mentions, a speaker's resolution.

:class:`Cluster` is one entity being built (its name and spellings, key, mentions in
text order, titles, gender, a document's author); :class:`Mention` one mention with what
makes it salient; :class:`Resolution` what a speaker mention resolves to. The clusters
are gathered in :mod:`whosays.pipeline.clusters` and the speakers resolved in
:mod:`whosays.pipeline.coref`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

__all__ = ["Cluster", "Mention", "Resolution"]


@dataclass
class Mention:
    """One mention of a cluster, with what makes it salient."""

    start: int
    end: int
    sent: int
    subject: bool = False
    speaker: bool = False
    quoted: float = 0.0


def _start(mention: Mention) -> int:
    return mention.start


@dataclass
class Cluster:
    """An entity being built; ``name`` None marks an unnamed referent kept for focus only."""

    type: str
    name: str | None
    key: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)
    titles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    gender: str | None = None
    # True when the gender only comes from the first-name list: a weaker hint.
    gender_weak: bool = False
    author: Cluster | None = None
    # A document's issuer not yet known when it was found ("In a statement, the utility
    # said"): the subject token, whose speaker resolution names the author later.
    issuer: int | None = None
    id: str | None = None
    variants: dict[str, int] = field(default_factory=dict)
    # The name is a description ("dockworkers' union"), not a name: the entity is listed
    # under it, but a speaker resolved to it stays unnamed, like a group.
    described: bool = False

    def add_variant(self, text: str) -> None:
        """Count a spelling of the name; ``name`` is the one most used among full names.

        A full name (two words or more) beats a surname; among full names the most
        frequent wins, then the longest, so a one-off "Crooked Hillary Clinton" in a
        quotation does not rename "Hillary Clinton".
        """
        self.variants[text] = self.variants.get(text, 0) + 1
        self.name = max(
            self.variants,
            key=lambda t: (len(t.split()) > 1, self.variants[t], len(t.split())),
        )

    def add(self, mention: Mention) -> None:
        """Insert a mention in text order; one overlapping a known mention merges into it."""
        index = bisect_left(self.mentions, mention.start, key=_start)
        for near in self.mentions[max(index - 1, 0) : index + 1]:
            if near.start < mention.end and mention.start < near.end:
                near.speaker |= mention.speaker
                return
        self.mentions.insert(index, mention)

    def last_before(self, position: int, skip: tuple[int, int]) -> Mention | None:
        """The latest mention starting before ``position`` and outside ``skip``."""
        for index in range(bisect_right(self.mentions, position - 1, key=_start) - 1, -1, -1):
            mention = self.mentions[index]
            if not skip[0] <= mention.start < skip[1]:
                return mention
        return None

    def mentions_before(self, position: int) -> int:
        """How many mentions start before ``position``."""
        return bisect_left(self.mentions, position, key=_start)

    def title_at(self, position: int) -> str | None:
        """The latest title given before ``position``, else the first one."""
        before = [text for start, text, _ in self.titles if start < position]
        if before:
            return before[-1]
        return self.titles[0][1] if self.titles else None

    def add_title(self, position: int, text: str, words: frozenset[str]) -> None:
        """Record a title given at ``position`` (kept once per spelling)."""
        if all(text.lower() != known.lower() for _, known, _ in self.titles):
            self.titles.append((position, text, words))
            self.titles.sort(key=lambda item: item[0])


@dataclass(frozen=True)
class Resolution:
    """A resolved speaker mention: its cluster (if any), type and title."""

    cluster: Cluster | None
    type: str
    title: str | None = None

    @property
    def name(self) -> str | None:
        """The speaker's name: the cluster's, or a document's author's."""
        if self.cluster is None:
            return None
        if self.cluster.type == "document":
            author = self.cluster.author
            return None if author is None or author.described else author.name
        if self.cluster.type == "group" or self.cluster.described:
            return None
        return self.cluster.name
