"""Regions of an article that bound entity focus: numbered list items and quoted content.

A pronoun or title in a numbered list of people looks for people in its own item only
(:func:`list_items`, :func:`people_list`); a mention inside quoted or reported content
(:func:`content_spans`, :func:`merged_intervals`) counts less for focus. Used by
:mod:`whosays.pipeline.clusters`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from whosays.pipeline.doc import attributions, doc_text

__all__ = ["content_spans", "list_items", "merged_intervals", "people_list"]

_ITEM_NUMBER = re.compile(r"^[ \t]*(\d{1,2})(?:[.)][ \t]|[ \t]*$)", re.MULTILINE)


def list_items(text: str) -> list[int]:
    """Where the items of a numbered list start: lines that are, or open with, ``1``,
    ``2.``, ``3)`` …, three or more numbered in sequence ("14 Of The Most Powerful Things
    Latinos Said": each item is about someone else)."""
    starts: list[int] = []
    run: list[tuple[int, int]] = []
    for match in _ITEM_NUMBER.finditer(text):
        number = int(match.group(1))
        if run and number != run[-1][0] + 1:
            starts += [start for _, start in run] if len(run) >= 3 else []
            run = []
        if run or number <= 1:
            run.append((number, match.start()))
    starts += [start for _, start in run] if len(run) >= 3 else []
    return starts


def people_list(doc: Doc, starts: list[int]) -> list[int]:
    """``starts`` when the list is one of people: most items' headings (the first line
    with words after the number) name a person (``2 ¶ Salma Hayek Described Her …``), not
    topics (``2. Democrats face an enthusiasm gap.``, whose items share their people)."""
    text = doc_text(doc)
    people = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"}
    named = 0
    for start in starts:
        heading = re.match(r"[ \t]*\d{1,2}[.)]?\s*([^\n]*)", text[start:])
        if heading is None:
            continue
        low, high = start + heading.start(1), start + heading.end(1)
        words = doc.char_span(low, high, alignment_mode="expand")
        # the NER misses many Title Case names: two proper nouns opening the heading count
        opening = words is not None and len(words) > 2 and words[0].pos_ == words[1].pos_ == "PROPN"
        named += opening or any(low <= a and b <= high for a, b in people)
    return starts if 2 * named > len(starts) else []


def content_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Each attribution's content span and kind, by start."""
    spans = [
        (int(a["content"][0]), int(a["content"][1]), a.get("kind") or "direct")
        for a in attributions(doc)
        if a.get("content")
    ]
    return sorted(spans)


def merged_intervals(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of ``spans``, sorted, for bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends
