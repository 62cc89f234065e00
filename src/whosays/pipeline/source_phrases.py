"""Attributions cued by a phrase rather than a verb, for whosays_sources.

* ``according to X, …``: X is the source, the clause the phrase modifies the content;
* ``In a … poll, …`` (``in-source`` nouns of ``source_rules.tsv``): the poll is the source;
* ``X reportedly …`` (``vague-adverb``): the clause, sourced by nobody;
* ``it is no secret that …``, ``it is common knowledge that …``: the clause, presented as
  what everybody knows, sourced by nobody.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.doc import AttributionData
from whosays.pipeline.source_spans import last_word, make_attribution, subtree_span, trim_content

__all__ = ["according_to", "common_knowledge", "in_poll", "phrase_source", "vague_adverb"]

# The nouns of "it is no secret / an open secret / common knowledge that …".
COMMON_KNOWLEDGE_NOUNS = frozenset({"secret", "knowledge"})


def according_to(token: Token) -> AttributionData | None:
    """``according to X``: X is the source, the modified clause the content."""
    doc = token.doc
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in token.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    source = phrase_source(objects[0])
    content = _clause_around(token, max(_phrase_end(objects[0], source), to.i + 1))
    if content is None:
        return None
    return make_attribution(None, content, doc[token.i : to.i + 1], source, "according-to")


def in_poll(token: Token, poll_nouns: frozenset[str]) -> AttributionData | None:
    """``In a Lakeside Gazette poll, Ortiz had a lead``: the poll is the source."""
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in poll_nouns:
        return None
    source = phrase_source(poll)
    doc = token.doc
    end = _phrase_end(poll, source)
    if token.i != token.sent.start or end >= len(doc) or doc[end].text != ",":
        return None  # only the opening "In a … poll, …": "leads in the polls" is the claim itself
    content = _clause_around(token, end)
    if content is None:
        return None
    return make_attribution(None, content, token.doc[token.i : token.i + 1], source, "in-poll")


def phrase_source(token: Token) -> Span:
    """The source noun phrase of a phrase cue, without the comma that ends the phrase.

    ``According to the schedule published Thursday, …``: PolNeAR's source stops before
    the comma, which closes the phrase rather than an appositive.
    """
    source = subtree_span(token)
    if len(source) > 1 and source[-1].text == ",":
        return source.doc[source.start : source.end - 1]
    return source


def _phrase_end(head: Token, source: Span) -> int:
    """Where the phrase ends: after the source, or after a time the source left out.

    ``according to a county audit on Thursday``: the source stops before ``on
    Thursday``, the phrase the content leaves out does not.
    """
    doc = head.doc
    end = head.right_edge.i + 1
    if source.end < end and doc[source.end].lower_ == "on":
        return end
    return source.end


def _clause_around(token: Token, phrase_end: int) -> Span | None:
    """The clause a phrase from ``token`` to ``phrase_end`` modifies, less the phrase."""
    doc = token.doc
    phrase_start = token.i
    head = token.head if token.head.i != token.i else token
    sent = token.sent
    closing = (
        token.i > 0
        and doc[token.i - 1].text == ","
        and phrase_end >= last_word(doc, sent.end, spaces=True)
    )
    while closing and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i < token.i:
        head = head.head  # "X won the race, defeating Y, according to AP": all X says
    start, end = head.left_edge.i, head.right_edge.i + 1
    if head.i == token.i or not (start <= phrase_start and phrase_end <= end):
        start, end = sent.start, sent.end
    if phrase_start <= start + 1:
        start = phrase_end
    elif phrase_end >= last_word(doc, end, spaces=True):  # "..., according to police.\n\n"
        end = phrase_start
    return trim_content(doc, start, end)


def vague_adverb(token: Token) -> AttributionData | None:
    """``X reportedly left``: the clause, sourced by nobody."""
    head = token.head
    content = trim_content(token.doc, head.left_edge.i, head.right_edge.i + 1)
    if content is None or head.i == token.i:
        return None
    return make_attribution(
        "vague", content, token.doc[token.i : token.i + 1], None, "vague-adverb"
    )


def common_knowledge(verb: Token) -> AttributionData | None:
    """``It is no secret that …``, ``it is common knowledge that …``: the that-clause is
    asserted as what everybody knows, a vague attribution (cue ``is no secret``)."""
    doc = verb.doc
    if verb.lemma_ != "be" or not any(
        c.lower_ == "it" and c.dep_ == "nsubj" for c in verb.children
    ):
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr"), None)
    if noun is None or noun.lemma_.lower() not in COMMON_KNOWLEDGE_NOUNS:
        return None
    # the parse hangs the that-clause on the verb ("no secret") or on the noun ("open secret")
    clauses = [c for c in (*verb.rights, *noun.rights) if c.dep_ in ("ccomp", "acl")]
    clause = next((c for c in clauses if c.i > noun.i), None)
    if clause is None:
        return None
    content = trim_content(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if content is None:
        return None
    return make_attribution("vague", content, doc[verb.i : noun.i + 1], None, "vague-noun")
