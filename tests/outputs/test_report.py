"""The terminal report: speakers grouped by entity, voices, dates and occasions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.console import Console

from whosays.outputs.report import render, speaker_label
from whosays.records import Article, Entity, Quote, Sentence, Speaker, TextSpan, Timex

TEXT = (
    "Defence Minister Jane Roe said on Tuesday that talks would resume. "
    '"We are ready," she said in an interview. '
    "Critics say the plan is late. "
    "The port employs 6,000 people."
)


def span(text: str, start_at: int = 0) -> TextSpan:
    start = TEXT.index(text, start_at)
    return TextSpan(start, start + len(text), text)


def quote(
    qid: str,
    content: str,
    speaker: Speaker,
    cue: str,
    time: str | None = None,
    occasion: str | None = None,
) -> Quote:
    body = span(content)
    return Quote(
        qid, "indirect", body.start, body.end, body.text, span(cue), speaker, time, occasion
    )


def sentence(text: str, voice: str, cue: TextSpan | None = None) -> Sentence:
    start = TEXT.index(text)
    return Sentence(start, start + len(text), voice, cue=cue)  # type: ignore[arg-type]


def article(quotes: tuple[Quote, ...]) -> Article:
    sentences = (
        sentence("Defence Minister Jane Roe said on Tuesday that talks would resume.", "quoted"),
        sentence('"We are ready," she said in an interview.', "quoted"),
        sentence("Critics say the plan is late.", "vague", span("say")),
        sentence("The port employs 6,000 people.", "author"),
    )
    return Article(
        TEXT,
        published="2026-03-12",
        published_from="argument",
        quotes=quotes,
        sentences=sentences,
        timexes=(Timex("t1", *_bounds("Tuesday"), "Tuesday", "DATE", "2026-03-10"),),
    )


def _bounds(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def report_text(doc: Article) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(render(doc))
    return console.export_text()


ROE_NAMED = Speaker(
    "Jane Roe", "person", span("Defence Minister Jane Roe"), "e1", "defence minister"
)
ROE_PRONOUN = Speaker("Jane Roe", "person", span("she"), "e1", None)


def test_quotes_of_one_entity_are_one_speaker_block() -> None:
    quotes = (
        quote("q1", "that talks would resume", ROE_NAMED, "said", time="t1"),
        quote("q2", '"We are ready,"', ROE_PRONOUN, "said", occasion="an interview"),
    )
    text = report_text(article(quotes))
    assert [line for line in text.splitlines() if line.startswith("Jane Roe")] == [
        "Jane Roe, defence minister  (person, 2 quotes)"
    ]
    assert "Jane Roe, defence minister  (person, 2 quotes)" in text
    assert "Tuesday = 2026-03-10" in text
    assert "an interview" in text
    assert "as “she”" in text


def test_unresolved_speakers_stay_apart_by_label() -> None:
    first = Speaker(None, "group", span("Critics"))
    second = Speaker(None, "anonymous", span("she"))
    quotes = (
        quote("q1", "the plan is late", first, "say"),
        quote("q2", '"We are ready,"', second, "said"),
    )
    text = report_text(article(quotes))
    assert "[group] Critics  (group, 1 quote)" in text
    assert "[anonymous] she  (anonymous, 1 quote)" in text


def test_voice_panels_list_vague_and_author_sentences() -> None:
    text = report_text(article(()))
    assert "No attributions found." in text
    assert "Sourced only vaguely" in text
    assert "Critics say the plan is late.  [say]" in text
    assert "In the author's own voice" in text
    assert "The port employs 6,000 people." in text
    assert "published 2026-03-12" in text


@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        (ROE_NAMED, "Jane Roe, defence minister"),
        (Speaker(None, "anonymous", span("she")), "[anonymous] she"),
        (Speaker(None, "unknown"), "[unknown]"),
        # an unnamed speaker's title that repeats its mention is said once
        (Speaker(None, "group", span("Critics"), title="critics"), "[group] Critics"),
        (
            Speaker(None, "person", span("she"), title="defence minister"),
            "[person] she, defence minister",
        ),
        # a definite mention the title contains is shown as the title alone
        (
            Speaker(None, "anonymous", TextSpan(0, 12, "the diplomat"), title="Castrian diplomat"),
            "[anonymous] Castrian diplomat",
        ),
    ],
)
def test_speaker_label(speaker: Speaker, label: str) -> None:
    assert speaker_label(quote("q", "that talks would resume", speaker, "said")) == label


def test_a_described_entity_heads_its_unnamed_speakers() -> None:
    union = Entity("e2", "dockworkers union", "organization")
    first = Speaker(None, "organization", span("Critics"), "e2")
    second = Speaker(None, "organization", span("she"), "e2")
    quotes = (
        quote("q1", "the plan is late", first, "say"),
        quote("q2", '"We are ready,"', second, "said"),
    )
    doc = replace(article(quotes), entities=(union,))
    text = report_text(doc)
    assert "[organization] dockworkers union  (organization, 2 quotes)" in text
    assert "as “Critics”" in text


def test_a_cue_with_its_colon_is_shown_as_the_word() -> None:
    said = span("said", TEXT.index("she"))
    colon_cue = TextSpan(said.start, said.end + 1, "said:")  # as PolNeAR spans `She said: "…"`
    spoken = replace(quote("q1", '"We are ready,"', ROE_PRONOUN, "said"), cue=colon_cue)
    text = report_text(article((spoken,)))
    assert "cue: said ·" in text
    assert "said:" not in text
