"""quote_marks.two_character_marks: where the two-character double marks are."""

from __future__ import annotations

import pytest

from whosays.pipeline.quote_marks import mark_view, two_character_marks


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("''We won,'' he said.", ["''", "''"]),
        ("He called it ``a start'' on Monday.", ["``", "''"]),
        ('"We won," he said.', []),
        ("the Joneses' house", []),
        ("rock 'n' roll", []),
    ],
)
def test_two_character_marks(text: str, marks: list[str]) -> None:
    spans = two_character_marks(text)
    assert [text[s:e] for s, e in spans] == marks
    # the mark view reads each of them as one straight mark and a space
    view = mark_view(text)
    assert all(sorted(view[s:e]) == [" ", '"'] for s, e in spans)
