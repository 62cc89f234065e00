"""Attributions that the parse misses but the layout shows, found on the text of each line.

* ``Name: words`` at the start of a line (headlines such as ``Pence: Trump Was
  Mocking Clinton``, transcript turns such as ``PENCE: Well, …``): the name is the
  source, the colon the cue, the rest of the line the content.
* A quotation signed with a dash, ``“…” ― Jane Roe``: the name after the dash is the
  source, the dash the cue, the quotation (marks included) the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from whosays.pipeline.doc import AttributionData

NAME = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}(?<![.])"
COLON_LINE = re.compile(rf"^[\"“]?(?P<source>{NAME}):[ ]+(?P<content>\S[^\n]*)$", re.M)
QUOTATION = r"“[^”\n]+”|\"[^\"\n]+\""
DASH_SIGNATURE = re.compile(rf"(?P<content>{QUOTATION})[ ]?(?P<cue>[―—])[ ]?(?P<source>{NAME})")
CONFIDENCE = 0.6
# Words before a colon that label a line rather than name who speaks.
LABELS = frozenset(
    {
        "breaking",
        "contributing",
        "correction",
        "editor's note",
        "email",
        "e-mail",
        "facebook",
        "follow",
        "note",
        "photo",
        "read more",
        "related",
        "revealed",
        "twitter",
        "update",
        "video",
        "watch",
        # section kickers before a headline ("Opinion: The plan will not work")
        "analysis",
        "commentary",
        "editorial",
        "exclusive",
        "explainer",
        "factbox",
        "fact check",
        "live",
        "opinion",
        "review",
    }
)
MIN_COLON_LINE_WORDS = 4


def colon_lines(text: str) -> Iterator[AttributionData]:
    """``Name: words`` lines (headlines, transcript turns).

    Not a label (``Contributing: Grant Miller``, ``Email: …``, ``Breaking: …``), and not a
    line of fewer than four words after the colon (``Rubio: Finish second.``: a heading
    that sums up, not words anyone said).
    """
    for match in COLON_LINE.finditer(text):
        start, end = match.span("content")
        while end > start and text[end - 1] in " .":
            end -= 1
        if match.group("source").lower().replace("’", "'") in LABELS:
            continue
        if len(text[start:end].split()) < MIN_COLON_LINE_WORDS:
            continue
        colon = match.end("source")
        yield _attribution(match.span("source"), (colon, colon + 1), (start, end), "colon-line")


def dash_signatures(text: str) -> Iterator[AttributionData]:
    """``“…” ― Name``: a quotation signed by its speaker."""
    for match in DASH_SIGNATURE.finditer(text):
        yield _attribution(
            match.span("source"), match.span("cue"), match.span("content"), "dash-signature"
        )


def _attribution(
    source: tuple[int, int], cue: tuple[int, int], content: tuple[int, int], rule: str
) -> AttributionData:
    return {
        "kind": "direct" if rule == "dash-signature" else "indirect",
        "content": list(content),
        "cue": list(cue),
        "source": list(source),
        "source_type": None,
        "confidence": CONFIDENCE,
        "rule": rule,
    }


def layout_attributions(text: str) -> Iterator[AttributionData]:
    """Every layout-based attribution of ``text``."""
    yield from colon_lines(text)
    yield from dash_signatures(text)
