"""Reporting clauses for whosays_sources: where a cue verb's content lies around it.

* the complement clause next to the verb, when the parse hangs several on it, and not
  a clause closed by a semicolon (a sentence of its own);
* the clause around a parenthetical ``…, he said, …``, an ``As X reported, …`` clause
  (not ``as she thanked her supporters``: a time clause) and a reporting clause after a
  comma that the parse hung on the clause before it;
* the quotation right before ``he said`` or right after ``said,``;
* a that-clause the parse hung as a relative clause on a noun after the verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.doc import doc_text
from whosays.pipeline.source_content import is_addressee
from whosays.pipeline.source_spans import last_word, trim_content, verb_cue
from whosays.pipeline.source_subjects import SUBJECTS, subjects_nearest_first

__all__ = [
    "OBJECT_DEPS",
    "adjacent_quotation",
    "around_parenthetical",
    "closing_report",
    "is_semicolon_clause",
    "is_trailing_report",
    "joined_second_report",
    "main_clause",
    "marked_as",
    "misplaced_that_clause",
]

OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "ccomp", "prep", "attr", "acomp", "dative"})
AS_CLAUSE_OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "acomp"})


def main_clause(verb: Token, clauses: list[Token]) -> Token:
    """The complement clause of ``verb``: the one that starts right after it, else the longest.

    A parse that runs across a quotation can hang a later reporting clause on the verb
    too (``X said A. ''B,'' he wrote``); the clause next to the verb is its content.
    """
    following = [c for c in clauses if verb.i < c.left_edge.i <= verb.i + 2]
    if following:
        return following[0]
    return max(clauses, key=lambda c: len(list(c.subtree)))


def is_trailing_report(verb: Token) -> bool:
    """``…, sooner than expected, the budget office reported on Tuesday``: a reporting
    clause after a comma that the parse hung on the clause before it as an adverbial
    clause (or its complement), with a subject and no object or clause of its own."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.i > verb.i:
        return False
    start = verb.left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return False
    children = list(verb.children)
    if any(c.dep_ == "mark" for c in children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children):
        return False
    return not any(c.dep_ in OBJECT_DEPS and c.dep_ != "prep" for c in children)


def marked_as(verb: Token, addressed: bool = False) -> bool:
    """``As X reported, …``: the verb's clause is introduced by ``as``.

    ``addressed``: the verb's noun object is who was addressed (``As Clinton told the
    Daily News, …``), which leaves it a reporting clause.
    """
    marked = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
    # "as she thanked her supporters": a verb with an object is a time clause, not a source
    return marked and not any(
        c.dep_ in AS_CLAUSE_OBJECTS and not (addressed and is_addressee(c)) for c in verb.children
    )


def around_parenthetical(verb: Token) -> Span | None:
    """The clause around ``…, he said, …``: all of it, less a reporting clause at either end."""
    doc = verb.doc
    head = verb.head
    start, end = head.left_edge.i, head.right_edge.i + 1
    if verb.left_edge.i <= start:
        start = verb.right_edge.i + 1
    elif verb.right_edge.i + 1 >= last_word(doc, end):
        end = verb.left_edge.i
    return trim_content(doc, start, end)


def adjacent_quotation(verb: Token, quoted: list[tuple[int, int]]) -> Span | None:
    """The quotation right before ``he said`` or right after ``said,`` (only commas between)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    left, right = verb.i, verb.i
    if subject is not None:
        left, right = min(left, subject.left_edge.i), max(right, subject.right_edge.i)
    begin, finish = doc[left].idx, doc[right].idx + len(doc[right])
    text = doc_text(doc)
    for start, end in quoted:
        if end <= begin and not text[end:begin].strip(" ,"):
            return doc.char_span(start, end, alignment_mode="expand")
        if start >= finish and not text[finish:start].strip(" ,:"):
            return doc.char_span(start, end, alignment_mode="expand")
    return None


def is_semicolon_clause(clause: Token) -> bool:
    """``He calls for $1 trillion; she calls for $275 billion``: a clause before its head
    and closed by a semicolon is a sentence of its own the parse hung on the next verb,
    not what that verb reports."""
    end = clause.right_edge.i + 1
    return end < clause.head.i and clause.doc[end].text == ";"


def misplaced_that_clause(verb: Token) -> Token | None:
    """``told reporters after the meeting that her counterpart had come …``: the parse hangs
    the reported clause on ``meeting`` as a relative clause; a relative clause opened by the
    conjunction ``that`` (not the pronoun) is the verb's own that-clause, and so is a noun's
    that-clause under a preposition (``noted in a statement last month that …``)."""
    for child in verb.rights:
        if child.dep_ not in ("dobj", "dative", "prep"):
            continue
        # under a preposition also a noun's clause: "noted in a statement that …"
        deps = ("relcl", "acl") if child.dep_ == "prep" else ("relcl",)
        for token in child.subtree:
            if token.dep_ in deps and any(
                _conjunction_that(c, token) and c.i < token.i for c in token.children
            ):
                return token
    return None


def _conjunction_that(child: Token, clause: Token) -> bool:
    """``that`` opening ``clause`` as the conjunction: marked so, or read as the clause's
    subject where the clause has another subject after it (``said on the call that costs
    for packaging had fallen``: a relative clause has one subject, so ``that`` is no
    pronoun there). Not ``that`` read as the object (``the procedures that they might
    not need``: mostly a true relative clause)."""
    if child.lower_ != "that":
        return False
    if child.dep_ == "mark":
        return True
    return child.dep_ == "nsubj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in clause.children
    )


def joined_second_report(verb: Token) -> bool:
    """``said the bridge was safe and added that …``: the parse joins a second, subjectless
    verb with a clause of its own to the clause another verb reports; it is that speaker's
    second report (callers check that ``verb`` is a speech verb)."""
    return (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and not any(c.dep_ in SUBJECTS and c.tag_ != "EX" for c in verb.children)
        and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def closing_report(verb: Token) -> Span | None:
    """``…, a cyclist was knocked down by a passing van, police said.``: a reporting
    clause (subject, cue, nothing after) that closes the sentence after a comma, where the
    parse hangs the reported words elsewhere; they are the sentence up to that comma."""
    doc, sent = verb.doc, verb.sent
    if last_word(doc, sent.end, spaces=True) != verb.i + 1:
        return None
    subject = next((c for c in subjects_nearest_first(verb) if c.i < verb.i), None)
    if subject is None or verb_cue(verb).start != subject.right_edge.i + 1:
        return None
    comma = subject.left_edge.i - 1
    if comma < sent.start + 3 or doc[comma].text != ",":
        return None
    content = trim_content(doc, sent.start, comma)
    if content is None or not any(_main_clause_subject(t, content) for t in content):
        return None  # "When the polls closed, he said": no statement before the comma
    return content


def _main_clause_subject(token: Token, content: Span) -> bool:
    """A subject in ``content`` whose clause no conjunction or wh-word subordinates, up to
    the top of ``content`` (``the plan was dead`` in ``When he said the plan was dead`` is
    subordinate)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while True:
        if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children):
            return False
        if verb.head.i == verb.i or not content.start <= verb.head.i < content.end:
            return True
        verb = verb.head
