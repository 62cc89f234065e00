"""From an analysed spaCy ``Doc`` to typed records: the only module that knows both."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from whosays.pipeline.doc import AttributionData, doc_list
from whosays.records import (
    UNKNOWN_SPEAKER,
    Article,
    ArticleInput,
    Entity,
    Quote,
    Sentence,
    Speaker,
    TextSpan,
    Timex,
)


def text_span(text: str, pair: list[int] | None) -> TextSpan | None:
    """A :class:`TextSpan` for a ``[start, end]`` pair into ``text``, or ``None``."""
    if pair is None:
        return None
    start, end = int(pair[0]), int(pair[1])
    return TextSpan(start, end, text[start:end])


def to_timexes(doc: Doc, text: str) -> tuple[Timex, ...]:
    """The ``whosays_timexes`` of ``doc`` as records, ids ``t1``, ``t2``... in text order."""
    return tuple(
        Timex(
            id=f"t{i}",
            start=t["start"],
            end=t["end"],
            text=text[t["start"] : t["end"]],
            type=t["type"],
            value=t.get("value"),
        )
        for i, t in enumerate(doc_list(doc, "whosays_timexes"), start=1)
    )


def to_entities(doc: Doc, text: str) -> tuple[Entity, ...]:
    """The ``whosays_entities`` of ``doc`` as records."""
    entities = []
    for data in doc_list(doc, "whosays_entities"):
        mentions = tuple(
            TextSpan(s, e, text[s:e]) for s, e in sorted(tuple(m) for m in data["mentions"])
        )
        entities.append(
            Entity(
                id=data["id"],
                name=data["name"],
                type=data["type"],
                mentions=mentions,
                titles=tuple(data.get("titles", [])),
            )
        )
    return tuple(entities)


def to_speaker(text: str, attribution: AttributionData) -> Speaker:
    """The speaker record of one attribution (unknown when nothing was found)."""
    mention = text_span(text, attribution.get("source"))
    data = attribution.get("speaker")
    if data is None:
        if mention is None:
            return UNKNOWN_SPEAKER
        return Speaker(name=None, type=_speaker_type(attribution), mention=mention)
    return Speaker(
        name=data.get("name"),
        type=data.get("type") or "unknown",  # type: ignore[arg-type]
        mention=mention,
        entity=data.get("entity"),
        title=data.get("title"),
    )


def _speaker_type(attribution: AttributionData) -> Any:
    return attribution.get("source_type") or "unknown"


def _ordered_attributions(doc: Doc) -> list[tuple[int, AttributionData]]:
    # Vague attributions source a sentence ("it is widely believed") but name no speaker:
    # they show as sentence voice, not as quotes.
    items = [
        (i, a)
        for i, a in enumerate(doc_list(doc, "whosays_attributions"))
        if a.get("kind") != "vague"
    ]
    return sorted(items, key=lambda item: (item[1]["content"][0], item[1]["content"][1]))


def to_quotes(
    doc: Doc, text: str, timexes: tuple[Timex, ...]
) -> tuple[tuple[Quote, ...], dict[int, str]]:
    """Quotes in text order (ids ``q1``...) and the map from attribution index to quote id."""
    quotes: list[Quote] = []
    ids: dict[int, str] = {}
    for number, (index, data) in enumerate(_ordered_attributions(doc), start=1):
        start, end = data["content"]
        time_index = data.get("time")
        quote = Quote(
            id=f"q{number}",
            kind=data.get("kind", "direct"),  # type: ignore[arg-type]
            start=start,
            end=end,
            text=text[start:end],
            cue=text_span(text, data.get("cue")),
            speaker=to_speaker(text, data),
            time=None if time_index is None else timexes[time_index].id,
            occasion=data.get("occasion"),
            confidence=float(data.get("confidence", 1.0)),
        )
        quotes.append(quote)
        ids[index] = quote.id
    return tuple(quotes), ids


def to_sentences(doc: Doc, text: str, quote_ids: dict[int, str]) -> tuple[Sentence, ...]:
    """The ``whosays_sentences`` of ``doc`` as records, quotes referenced by id."""
    sentences = []
    for data in doc_list(doc, "whosays_sentences"):
        ids = tuple(quote_ids[i] for i in data.get("attributions", []) if i in quote_ids)
        sentences.append(
            Sentence(
                start=data["start"],
                end=data["end"],
                voice=data["voice"],
                quotes=tuple(sorted(set(ids), key=lambda q: int(q[1:]))),
                cue=text_span(text, data.get("cue")),
            )
        )
    return tuple(sentences)


def doc_to_article(doc: Doc, source: ArticleInput) -> Article:
    """Build the :class:`Article` record for ``doc``, analysed from ``source``."""
    # Doc.text rebuilds the string from the tokens on every access: take it once.
    text = doc.text
    timexes = to_timexes(doc, text)
    quotes, quote_ids = to_quotes(doc, text, timexes)
    published = source.published
    published_from = source.published_from
    if published is None and doc._.whosays_reference_from == "inferred":
        published = doc._.whosays_reference_date
        published_from = "inferred"
    return Article(
        text=text,
        id=source.id,
        title=source.title,
        url=source.url,
        source=source.source,
        author=source.author,
        published=published,
        published_from=published_from,
        entities=to_entities(doc, text),
        quotes=quotes,
        timexes=timexes,
        sentences=to_sentences(doc, text, quote_ids),
        origin=source.origin,
    )
