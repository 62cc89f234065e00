"""The ``Doc._`` extensions whosays components read and write.

Each stage stores JSON-serialisable data (lists and dicts of ints and strings)
so Docs survive ``nlp.pipe(n_process=...)`` and ``DocBin``. Spans are
``[start_char, end_char]`` pairs into ``doc.text``. Only :mod:`whosays.convert`
turns these into typed records.

Order of the stages and what each one adds:

``whosays_quotes``    direct quotations          -> ``whosays_attributions`` (content)
``whosays_speakers``  cue and speaker mention    -> attribution ``cue``/``source``
``whosays_sources``   indirect/mixed/according   -> more attributions
``whosays_coref``     mentions -> entities        -> ``whosays_entities``, attribution ``speaker``
``whosays_voice``     voice per sentence          -> ``whosays_sentences``
``whosays_timex``     time expressions            -> ``whosays_timexes``
``whosays_occasion``  time/occasion of each quote -> attribution ``time``/``occasion``
"""

from __future__ import annotations

from typing import Any, TypedDict
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc.

    spaCy joins every token's text on each ``doc.text``; the stages ask for it hundreds
    of times per article, which cost more than the rest of their work together.
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


class SpeakerData(TypedDict):
    """The resolved speaker of an attribution (filled by ``whosays_coref``)."""

    name: str | None
    type: str
    entity: str | None
    title: str | None


class AttributionData(TypedDict, total=False):
    """One attribution as the pipeline builds it.

    ``content`` is required; the rest is filled by later stages. ``source`` is
    the speaker mention span, ``rule`` names the rule that produced the
    attribution (for debugging and error analysis).
    """

    kind: str
    content: list[int]
    cue: list[int] | None
    source: list[int] | None
    source_type: str | None
    speaker: SpeakerData | None
    confidence: float
    time: int | None
    occasion: str | None
    rule: str


class EntityData(TypedDict):
    """A clustered entity: ``mentions`` are ``[start, end]`` pairs."""

    id: str
    name: str
    type: str
    mentions: list[list[int]]
    titles: list[str]


class SentenceData(TypedDict):
    """A sentence's voice, the attributions it carries and its cue."""

    start: int
    end: int
    voice: str
    attributions: list[int]
    cue: list[int] | None


class TimexData(TypedDict):
    """A time expression and its TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str | None


EXTENSIONS: dict[str, Any] = {
    "whosays_attributions": list,
    "whosays_entities": list,
    "whosays_sentences": list,
    "whosays_timexes": list,
    # ISO date the article's relative time expressions resolve against.
    "whosays_reference_date": None,
    # Where the reference date came from: "metadata", "argument", "inferred" or None.
    "whosays_reference_from": None,
}


def register_extensions() -> None:
    """Register every ``Doc._.whosays_*`` extension once (safe to call repeatedly)."""
    for name, default in EXTENSIONS.items():
        if Doc.has_extension(name):
            continue
        # A list default would be shared by every Doc: store None, create lazily.
        Doc.set_extension(name, default=None if default is list else default)


def attributions(doc: Doc) -> list[AttributionData]:
    """The attribution list of ``doc``, created empty on first use."""
    return doc_list(doc, "whosays_attributions")


def doc_list(doc: Doc, name: str) -> list[Any]:
    """The list stored in extension ``name`` of ``doc``, created empty on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value  # type: ignore[no-any-return]


def char_span(doc: Doc, pair: list[int] | tuple[int, int]) -> Span | None:
    """The token span covering a ``[start, end]`` character pair, expanding to tokens."""
    return doc.char_span(pair[0], pair[1], alignment_mode="expand")


def pair(span: Span) -> list[int]:
    """A span's ``[start_char, end_char]`` pair."""
    return [span.start_char, span.end_char]


register_extensions()
