"""Where a source stops before a relative clause of its own, for whosays_sources.

``said Mr. Ekovich, who noted that …``: PolNeAR's source ends before a relative clause
(or conjunct) whose cue takes a complement clause; such a clause is an attribution of
its own, not part of who is speaking.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosays.pipeline.doc import AttributionData, doc_text

__all__ = ["cut_source_before_cue"]


def cut_source_before_cue(
    doc: Doc, attribution: AttributionData, found: list[AttributionData]
) -> None:
    """End a source before a relative clause that reports a clause of its own.

    ``said Mr. Ekovich, who noted that …``, ``a former official who oversaw the inquiry and
    said that …``: PolNeAR's source stops before the clause (or conjunct) whose cue takes
    a complement clause, an attribution of its own.
    """
    source = attribution.get("source")
    if not source:
        return
    for other in found:
        cue = other.get("cue")
        if other is attribution or not cue or not source[0] < cue[0] < source[1]:
            continue
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if span is None or not _reports_clause(span.root, other):
            continue  # "who has endorsed Sanders", "who coined the word": PolNeAR keeps them
        if any(c.dep_ == "neg" for c in span.root.children):
            continue  # "who did not explicitly say that …" describes the source
        cut = _relative_clause_start(span.root)
        if cut is None or doc[cut].idx <= source[0]:
            continue
        end = cut
        while end > 0 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        last = doc[end - 1]
        if last.idx > source[0]:
            attribution["source"] = [source[0], last.idx + len(last)]
            return


def _reports_clause(verb: Token, attribution: AttributionData) -> bool:
    """Whether cue ``verb`` takes a complement clause (``who said he …``, ``who noted that``)."""
    content = attribution["content"]
    text = doc_text(verb.doc)[content[0] : content[1]].lower()
    return text.startswith("that ") or any(c.dep_ == "ccomp" for c in verb.children)


def _relative_clause_start(verb: Token) -> int | None:
    """Where the relative clause of ``verb`` starts: ``, who noted``, ``… and said``.

    A relative clause without a comma before it tells which ones are meant (``those
    insiders who think …``): it stays in the source.
    """
    if verb.dep_ == "relcl":
        start = verb.left_edge.i
        return start if start > 0 and verb.doc[start - 1].text == "," else None
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        joins = [c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
        return max(joins) if joins else verb.left_edge.i
    return None
