"""whosays_timex: find time expressions and normalise them to TIMEX3 values.

Expressions come from the rule grammar in :mod:`whosays.timexnorm`; this stage adds
what needs the parse: the tense of the clause each expression sits in (so "on
Tuesday" is the past or the coming Tuesday; :mod:`whosays.pipeline.timex_tense`), the
article's reference date inferred from its own dates when none was given, the dates
the text gave before (:mod:`whosays.pipeline.timex_dates`: anchors of "that day", years
of a passage, "the day before Oct. 12") and anniversaries of dates the article gives
("founded in March 2001 ... its tenth anniversary" -> ``2011-03``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosays.pipeline.doc import TimexData, doc_text, register_extensions
from whosays.pipeline.timex_dates import (
    ANCHOR_WINDOW,
    CLOCK_RULES,
    DAY_ANCHOR_RULES,
    EARLIER_WINDOW,
    StoryDates,
    clock_anchor,
    date_clock_by_the_day_after,
    find_anniversaries,
    join_day_before_a_date,
    last_date_before,
    names_a_day,
    weekday_in_apposition,
)
from whosays.pipeline.timex_tense import clause_tense
from whosays.timexnorm import Expression, find_expressions, infer_reference_date

__all__ = ["DEFAULT_CONFIG", "TimexTagger", "find_anniversaries", "make_timex"]

DEFAULT_CONFIG: dict[str, object] = {"infer_reference": True, "anniversaries": True}


@Language.factory("whosays_timex", default_config=DEFAULT_CONFIG)
def make_timex(nlp: Language, name: str, infer_reference: bool, anniversaries: bool) -> TimexTagger:
    """Create the whosays_timex component."""
    return TimexTagger(name, infer_reference=infer_reference, anniversaries=anniversaries)


class TimexTagger:
    """Write ``doc._.whosays_timexes``: TIMEX3 type and value of every time expression."""

    def __init__(
        self,
        name: str = "whosays_timex",
        *,
        infer_reference: bool = True,
        anniversaries: bool = True,
    ) -> None:
        register_extensions()
        self.name = name
        self.infer_reference = infer_reference
        self.anniversaries = anniversaries

    def __call__(self, doc: Doc) -> Doc:
        expressions = [e for e in find_expressions(doc_text(doc)) if not _ends_a_name(doc, e)]
        tenses = [clause_tense(doc, e.start, e.end) for e in expressions]
        reference = given = doc._.whosays_reference_date
        if reference is None and self.infer_reference:
            reference = self._infer_reference(doc, expressions, tenses)
        timexes: list[TimexData] = []
        story = StoryDates(reference, expressions)
        for expression, tense in zip(expressions, tenses, strict=True):
            day_only = expression.rule.name in DAY_ANCHOR_RULES or names_a_day(expression)
            window = EARLIER_WINDOW if expression.rule.name == "ago" else ANCHOR_WINDOW
            anchor = last_date_before(timexes, expression.start, day_only, window)
            if expression.rule.name in CLOCK_RULES and anchor is not None:
                anchor = clock_anchor(doc_text(doc), timexes, expression.start, reference)
            kind, value = expression.resolve(reference, tense, anchor)
            value = story.value(expression, kind, value, tense)
            timexes.append(
                {"start": expression.start, "end": expression.end, "type": kind, "value": value}
            )
        timexes = join_day_before_a_date(doc_text(doc), timexes)
        timexes = date_clock_by_the_day_after(doc_text(doc), timexes)
        timexes = weekday_in_apposition(doc_text(doc), timexes)
        if self.anniversaries:
            timexes.extend(find_anniversaries(doc_text(doc), timexes, given))
            timexes.sort(key=lambda t: t["start"])
        doc._.whosays_timexes = timexes
        return doc

    @staticmethod
    def _infer_reference(
        doc: Doc, expressions: list[Expression], tenses: list[str | None]
    ) -> str | None:
        dated = [(e.resolve(None, t)[1], t) for e, t in zip(expressions, tenses, strict=True)]
        inferred = infer_reference_date(dated)
        if inferred is not None:
            doc._.whosays_reference_date = inferred
            doc._.whosays_reference_from = "inferred"
        return inferred


_DEICTIC_WORDS = frozenset({"now", "today", "tonight", "tomorrow", "yesterday"})


def _ends_a_name(doc: Doc, expression: Expression) -> bool:
    """``Refugee Rights Now``, ``USA Today``: a capitalised deictic word closing a name."""
    span = doc.char_span(expression.start, expression.end)
    if span is None or len(span) != 1 or span[0].lower_ not in _DEICTIC_WORDS:
        return False
    word = span[0]
    if not word.text[0].isupper() or word.is_sent_start or word.i == 0:
        return False
    before = doc[word.i - 1]
    return before.pos_ == "PROPN" and before.text[0].isupper() and bool(before.whitespace_)
