"""Tests for whosays.web.render: splitting the text at span boundaries and nesting."""

from __future__ import annotations

import pytest
from web_samples import harbour_article

from whosays.records import Article, Quote, Sentence, Speaker, TextSpan
from whosays.web.render import (
    Element,
    Mark,
    article_view,
    build_tree,
    initials,
    speaker_styles,
)


def flatten(element: Element) -> str:
    """The text of an element tree, pieces joined in order."""
    return "".join(c if isinstance(c, str) else flatten(c) for c in element.children)


def fragments(element: Element, kind: str) -> list[tuple[str, bool, str]]:
    """(ident, first, text) of every fragment of marks of ``kind``, in order."""
    found: list[tuple[str, bool, str]] = []
    for child in element.children:
        if isinstance(child, Element):
            assert child.mark is not None
            if child.mark.kind == kind:
                found.append((child.mark.ident, child.first, flatten(child)))
            found += fragments(child, kind)
    return found


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Jane Roe", "JR"),
        ("Quay Workers Union", "QWU"),
        ("Jean-Luc Picard", "JLP"),
        ("the European Central Bank board", "TEC"),
        ("", "?"),
        ("«»", "?"),
    ],
)
def test_initials(label: str, expected: str) -> None:
    assert initials(label) == expected


TEXT = 'One two. "Three four. Five six," said Ann. Seven.'


@pytest.mark.parametrize(
    ("marks", "kind", "expected"),
    [
        # a quote across sentences is split (the space between too); only the first is first
        (
            [
                Mark("sentence", "s0", 0, 21, ""),
                Mark("sentence", "s1", 22, 42, ""),
                Mark("quote", "q0", 10, 31, ""),
            ],
            "quote",
            [("q0", True, "Three four."), ("q0", False, " "), ("q0", False, "Five six,")],
        ),
        # a cue inside a sentence nests inside it, whole
        (
            [Mark("sentence", "s1", 22, 42, ""), Mark("cue", "c0", 33, 37, "")],
            "cue",
            [("c0", True, "said")],
        ),
        # two quotes overlapping partially: the later one is split where the first ends
        (
            [Mark("quote", "q0", 0, 12, ""), Mark("quote", "q1", 4, 20, "")],
            "quote",
            [("q0", True, 'One two. "Th'), ("q1", True, 'two. "Th'), ("q1", False, "ree four")],
        ),
        # no marks: nothing painted
        ([], "quote", []),
    ],
)
def test_build_tree_fragments(
    marks: list[Mark], kind: str, expected: list[tuple[str, bool, str]]
) -> None:
    tree = build_tree(TEXT, marks)
    assert flatten(tree) == TEXT
    assert fragments(tree, kind) == expected


def test_tree_keeps_every_character_of_the_sample() -> None:
    article = harbour_article()
    assert flatten(article_view(article).tree) == article.text


def test_spans_outside_the_text_are_skipped() -> None:
    text = "Short text."
    bad = Quote("q1", "direct", 5, 400, "x", TextSpan(-3, 2, "x"), Speaker("A B", "person"))
    article = Article(text=text, quotes=(bad,), sentences=(Sentence(0, 11, "author"),))
    view = article_view(article)
    assert flatten(view.tree) == text
    assert fragments(view.tree, "quote") == []
    assert fragments(view.tree, "cue") == []
    assert [s.label for s in view.speakers] == ["A B"]  # still listed in the panel


def quote_by(name: str | None, type_: str = "person") -> Quote:
    return Quote("q", "direct", 0, 1, "x", None, Speaker(name, type_))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        ([("Ann Lee", "person"), ("Al Lane", "person")], ["AL", "AL2"]),
        ([(None, "anonymous"), (None, "group")], ["?A", "?G"]),
        ([("Ann Lee", "person"), ("Ann Lee", "person")], ["AL"]),
    ],
)
def test_speaker_initials_are_unique(
    speakers: list[tuple[str | None, str]], expected: list[str]
) -> None:
    styles = speaker_styles([quote_by(name, type_) for name, type_ in speakers])
    assert [s.initials for s in styles.values()] == expected


def test_speaker_styles_count_quotes_and_differ_in_colour_and_border() -> None:
    view = article_view(harbour_article())
    counts = {s.label: s.count for s in view.speakers}
    assert counts == {"Ana Liss": 3, "Quay Workers Union": 1}
    first, second = view.speakers
    assert first.css != second.css
    assert first.css.split()[1] != second.css.split()[1]  # border style differs too


def test_quote_tips_carry_date_title_and_occasion() -> None:
    tips = {t.id: t for t in article_view(harbour_article()).quotes}
    assert tips["q2"].date == "2025-05-12"
    assert tips["q2"].date_text == "on Monday"
    assert tips["q2"].title == "Harbour Minister"
    assert tips["q2"].occasion == "a press conference"
    assert tips["q4"].date == "2025-05-14"  # no time of its own: the publication date
    assert tips["q4"].date_text == "publication date"


def test_many_spans_nest_and_keep_the_text() -> None:
    # 2,000 sentences, each with a quote crossing into the next and a cue inside it
    text = "".join(f"Sentence {i} says something. " for i in range(2000))
    starts = [i for i in range(len(text)) if text.startswith("Sentence", i)]
    marks = [
        Mark("sentence", f"s{i}", s, s + len(f"Sentence {i} says something."), "")
        for i, s in enumerate(starts)
    ]
    marks += [
        Mark("quote", f"q{i}", s + 9, starts[i + 1] + 8, "") for i, s in enumerate(starts[:-1])
    ]
    marks += [Mark("cue", f"c{i}", s + 11, s + 15, "") for i, s in enumerate(starts)]
    tree = build_tree(text, marks)
    assert flatten(tree) == text
    pieces: dict[str, list[str]] = {}
    for ident, first, part in fragments(tree, "quote"):
        assert first == (ident not in pieces)  # only the first fragment is "first"
        pieces.setdefault(ident, []).append(part)
    quotes = {m.ident: text[m.start : m.end] for m in marks if m.kind == "quote"}
    assert {ident: "".join(parts) for ident, parts in pieces.items()} == quotes
    assert all(len(parts) == 3 for parts in pieces.values())  # sentence, space, sentence


@pytest.mark.parametrize(
    ("title", "origin", "expected"),
    [
        ("A title", "story.txt", "A title"),
        (None, "story.txt", "story.txt"),
        (None, "<stdin>", "Untitled article"),
        (None, "<text>", "Untitled article"),
    ],
)
def test_heading(title: str | None, origin: str, expected: str) -> None:
    article = Article(text="Text.", title=title, origin=origin)
    assert article_view(article).heading == expected
