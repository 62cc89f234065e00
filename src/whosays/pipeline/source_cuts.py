"""Where a source stops before a relative clause of its own, for whosays_sources.

``said Mr. Ekovich, who noted that …``: PolNeAR's source ends before a relative clause
(or conjunct) whose cue takes a complement clause; such a clause is an attribution of
its own, not part of who is speaking.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosays.pipeline.doc import AttributionData, doc_text

__all__ = ["cut_anonymity_clause", "cut_focus_adverb", "cut_source_before_cue"]


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


# Words of the anonymity formula ("who spoke on condition of anonymity", "speaking
# anonymously", "who lacked clearance to talk on the record").
ANONYMITY_WORDS = frozenset({"anonymity", "anonymously"})
UNAUTHORIZED = frozenset({"authorized", "authorised", "permitted", "allowed"})


def cut_anonymity_clause(doc: Doc, attribution: AttributionData) -> None:
    """End a source before a comma-set clause that gives only the terms of anonymity.

    ``one organiser involved in the festival, who asked not to be named so as to
    talk freely, said`` → ``one organiser involved in the festival``: the clause says
    why the source is not named, not who the source is (PolNeAR: 5 of 5 such sources on
    train quarter 3 end before it).
    """
    source = attribution.get("source")
    if not source:
        return
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None:
        return
    for token in span:
        start = token.left_edge.i
        if (
            token.dep_ not in ("relcl", "acl", "advcl")
            or not span.start <= token.head.i < span.end
            or start <= span.start + 1
            or doc[start - 1].text != ","
            or not _anonymity_terms(token)
        ):
            continue
        end = start - 1
        while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        last = doc[end - 1]
        attribution["source"] = [source[0], last.idx + len(last)]
        return


def _anonymity_terms(clause: Token) -> bool:
    """Whether ``clause`` states the anonymity formula (``on condition of anonymity``,
    ``speaking anonymously``, ``not authorized to speak``)."""
    words = [t.lower_ for t in clause.subtree]
    if ANONYMITY_WORDS.intersection(words):
        return True
    negated = "not" in words or "n't" in words
    return negated and bool(UNAUTHORIZED.intersection(words))


# Focus adverbs that open a subject and are no part of it ("Even some allies"). "only" and
# "just" ("Only 7 percent", "Just 30 percent") were tried too: PolNeAR keeps them as often.
FOCUS_ADVERBS = frozenset({"even"})


def cut_focus_adverb(doc: Doc, attribution: AttributionData) -> None:
    """``Even some allies say …``, ``even critics concede …``: the focus adverb weighs the
    source, it is no part of who speaks (PolNeAR leaves it out)."""
    source = attribution.get("source")
    span = doc.char_span(source[0], source[1]) if source else None
    if source is None or span is None or len(span) < 2:
        return
    first = span[0]
    if first.lower_ in FOCUS_ADVERBS and first.pos_ == "ADV" and first.dep_ == "advmod":
        attribution["source"] = [span[1].idx, source[1]]
