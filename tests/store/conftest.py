"""Hand-built articles for the store tests (records only, no NLP stages)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from whosays.records import Article, Entity, Quote, Sentence, Speaker, TextSpan, Timex
from whosays.store.duckdb import Store


def quoted_article(
    url: str | None,
    source: str | None,
    published: str | None,
    speakers: Sequence[tuple[str | None, str]],
    *,
    author_sentences: int = 1,
    sayings: Sequence[str] = (),
) -> Article:
    """An article in which each ``(name, type)`` says one sentence, then author sentences.

    Named speakers become entities ``e1``, ``e2``... and the quotes resolve to them. The
    i-th speaker says ``sayings[i]`` where given, else "Point i stands.".
    """
    text, entities, quotes, sentences = "", [], [], []
    for index, (name, speaker_type) in enumerate(speakers, start=1):
        said = sayings[index - 1] if index <= len(sayings) else f"Point {index} stands."
        who = name or "A source"
        sentence = f'"{said}" {who} said. '
        start = len(text)
        text += sentence
        q_start = start + 1
        mention = TextSpan(start + len(said) + 3, start + len(said) + 3 + len(who), who)
        cue_at = mention.end + 1
        entity_id = None
        if name is not None and speaker_type in ("person", "organization"):
            entity_id = f"e{index}"
            entities.append(Entity(entity_id, name, speaker_type, (mention,)))  # type: ignore[arg-type]
        quotes.append(
            Quote(
                id=f"q{index}",
                kind="direct",
                start=q_start,
                end=q_start + len(said),
                text=said,
                cue=TextSpan(cue_at, cue_at + 4, "said"),
                speaker=Speaker(name, speaker_type, mention, entity_id),  # type: ignore[arg-type]
                time="t1" if index == 1 else None,
            )
        )
        sentences.append(Sentence(start, len(text) - 1, "quoted", (f"q{index}",)))
    for _ in range(author_sentences):
        start = len(text)
        text += "The plan is costly. "
        sentences.append(Sentence(start, len(text) - 1, "author"))
    timexes = (Timex("t1", 0, 1, text[0:1], "DATE", published),) if published else ()
    return Article(
        text=text,
        url=url,
        source=source,
        published=published,
        title=f"Story {url}",
        entities=tuple(entities),
        quotes=tuple(quotes),
        timexes=timexes,
        sentences=tuple(sentences),
    )


CORPUS = [
    quoted_article("u1", "Wire A", "2024-01-05", [("Muammar Gaddafi", "person")]),
    quoted_article("u2", "Wire B", "2024-02-10", [("Col. Muammar Qaddafi", "person")]),
    quoted_article(
        "u3",
        "Wire B",
        "2024-03-15",
        [("John Smith", "person"), ("Mary Smith", "person"), ("Reuters", "organization")],
        author_sentences=3,
    ),
    quoted_article("u4", "Wire A", None, [("Smith", "person"), (None, "anonymous")]),
    quoted_article("u5", "Wire C", "2024-04-20", [("Mr. John Smith", "person")]),
]


@pytest.fixture()
def corpus() -> list[Article]:
    """Five small articles: Gaddafi variants, two Smiths, a bare surname, an anonymous source."""
    return list(CORPUS)


@pytest.fixture()
def store(tmp_path: Path, corpus: list[Article]) -> Iterator[Store]:
    """A store at ``tmp_path/whosays.duckdb`` holding :func:`corpus`, closed after the test."""
    opened = Store(tmp_path / "whosays.duckdb")
    opened.add_articles(corpus, run_id="r1")
    yield opened
    opened.close()
