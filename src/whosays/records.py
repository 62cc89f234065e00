"""Typed records: what whosays finds in an article, independent of spaCy.

Every layer after :mod:`whosays.convert` (outputs, store, batch, web) sees these
records only. All offsets are character offsets into :attr:`Article.text`, end
exclusive. :meth:`Article.to_dict` produces the article contract
(``schema_version`` "1", see ``DESIGN.md``); :meth:`Article.from_dict` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "document", "group", "anonymous", "unknown"]
EntityType = Literal["person", "organization", "document", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Voice = Literal["quoted", "vague", "author"]
PublishedFrom = Literal["metadata", "argument", "inferred"]

QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[SpeakerType, ...] = (
    "person",
    "organization",
    "document",
    "group",
    "anonymous",
    "unknown",
)
VOICES: tuple[Voice, ...] = ("quoted", "vague", "author")


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSpan:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


def _span_or_none(data: dict[str, Any] | None) -> TextSpan | None:
    return None if data is None else TextSpan.from_dict(data)


@dataclass(frozen=True)
class Speaker:
    """Who an attribution names: a resolved name (never a bare pronoun) and a type.

    ``mention`` is the span in the text that names the speaker for this quote
    ("he", "the minister", "Jane Roe"); ``entity`` is the id of the article
    entity it was resolved to.
    """

    name: str | None
    type: SpeakerType
    mention: TextSpan | None = None
    entity: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "entity": self.entity,
            "title": self.title,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(
            name=data.get("name"),
            type=data.get("type", "unknown"),
            mention=_span_or_none(data.get("mention")),
            entity=data.get("entity"),
            title=data.get("title"),
        )


UNKNOWN_SPEAKER = Speaker(name=None, type="unknown")


@dataclass(frozen=True)
class Quote:
    """One attribution: content said or held by a speaker, introduced by a cue."""

    id: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    cue: TextSpan | None
    speaker: Speaker
    time: str | None = None
    occasion: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": self.speaker.to_dict(),
            "time": self.time,
            "occasion": self.occasion,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            id=str(data["id"]),
            kind=data["kind"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            cue=_span_or_none(data.get("cue")),
            speaker=Speaker.from_dict(data["speaker"]),
            time=data.get("time"),
            occasion=data.get("occasion"),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class Entity:
    """A person, organisation, document or group the article mentions."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[TextSpan, ...] = ()
    titles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
            "titles": list(self.titles),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=data["type"],
            mentions=tuple(TextSpan.from_dict(m) for m in data.get("mentions", [])),
            titles=tuple(data.get("titles", [])),
        )


@dataclass(frozen=True)
class Timex:
    """A time expression normalised to a TIMEX3 value (``2024-12``, ``P3Y``, ``PAST_REF``)."""

    id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        return cls(
            id=str(data["id"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            type=data["type"],
            value=data.get("value"),
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence and who stands behind it: a quote's speaker, a vague source, or the author."""

    start: int
    end: int
    voice: Voice
    quotes: tuple[str, ...] = ()
    cue: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "voice": self.voice,
            "quotes": list(self.quotes),
            "cue": None if self.cue is None else self.cue.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            voice=data["voice"],
            quotes=tuple(data.get("quotes", [])),
            cue=_span_or_none(data.get("cue")),
        )


@dataclass(frozen=True)
class ArticleInput:
    """An article as ingest delivers it: clean text plus whatever metadata was found.

    ``origin`` names where it came from (a path, ``path:line`` or ``<stdin>``) so
    errors and reports can point at it.
    """

    text: str
    origin: str = "<text>"
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: PublishedFrom | None = None


@dataclass(frozen=True)
class Article:
    """The full analysis of one article: the article contract as a typed record."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: PublishedFrom | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    origin: str = field(default="<text>", compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The article contract (``schema_version`` "1") as plain JSON-ready data."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "author": self.author,
            "published": self.published,
            "published_from": self.published_from,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timexes": [t.to_dict() for t in self.timexes],
            "sentences": [s.to_dict() for s in self.sentences],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise :meth:`to_dict` as JSON (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read back the article contract written by :meth:`to_dict`."""
        return cls(
            text=str(data["text"]),
            id=data.get("id"),
            title=data.get("title"),
            url=data.get("url"),
            source=data.get("source"),
            author=data.get("author"),
            published=data.get("published"),
            published_from=data.get("published_from"),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            timexes=tuple(Timex.from_dict(t) for t in data.get("timexes", [])),
            sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", [])),
        )

    def speaker_quotes(self) -> dict[str | None, list[Quote]]:
        """Quotes grouped by resolved speaker name (``None`` for unresolved), in text order."""
        groups: dict[str | None, list[Quote]] = {}
        for quote in self.quotes:
            groups.setdefault(quote.speaker.name, []).append(quote)
        return groups
