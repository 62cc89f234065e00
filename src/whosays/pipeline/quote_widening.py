"""Widening a partial quote to the sentence that reports it.

PolNeAR's content for a quote inside running text is often the whole reported clause or
sentence, not only the quoted words. These rules, called by ``whosays_quotes`` on a quote
it keeps, give that wider region (with the parse when the pipeline has one):

* ``interrupted_sentence``: a sentence an aside attribution interrupts before its quote
  (``Loyalty, he noted, has long been … “old guard” …``).
* ``reported_rest``: a mixed quote's content runs on to its sentence's end.
* ``according_to_sentence``: a sentence that ``According to X,`` opens or ``, according
  to X.`` closes.
* ``whole_sentence``: a long partial quote in a sentence a cue verb opens before it.

See docs/direct-quotes.md for the decisions and their figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import CueLexicon
from whosays.pipeline.occasion import OCCASION_WORDS
from whosays.pipeline.quote_joins import cue_verbs, has_subject, sentence_bounds, sentence_stop
from whosays.pipeline.quote_marks import DOUBLE_MARKS, END_PUNCT, WORD, QuoteRegion, mark_view

__all__ = [
    "according_to_sentence",
    "cue_adjuncts",
    "interrupted_sentence",
    "reported_rest",
    "runs_on_to_attribution",
    "whole_sentence",
]

_ASIDE = re.compile(r",[ \t]+([^,;:\"“”\n]{3,50}),[ \t]+")


def interrupted_sentence(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> QuoteRegion | None:
    """``Loyalty, he noted, has long been … the party's “old guard” …``: a sentence that an
    attribution interrupts before its quote is one attribution from the sentence's start
    to its end (PolNeAR's content), with the aside's verb as cue."""
    if not doc.has_annotation("DEP"):
        return None
    text = mark_view(doc_text(doc))
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    before = text[sent_start : region.start]
    if any(mark in before for mark in DOUBLE_MARKS):
        return None
    for aside in _ASIDE.finditer(before):
        start, end = sent_start + aside.start(1), sent_start + aside.end(1)
        cue = _aside_cue(doc, start, end, lexicon)
        if cue is None or not WORD.search(before[: aside.start()]):
            continue
        if any(has_subject(t) for t in cue_verbs(doc, end, region.start, lexicon)):
            return None  # "…, Lind recalled, her husband muttered: “…”": the inner cue's
        stop = sentence_stop(text, sent_end)
        span = (cue.idx, cue.idx + len(cue.text))
        resume = sent_start + aside.end()
        opening = sent_start + len(before) - len(before.lstrip())
        rest = text[resume : region.end]
        if _CLAUSE_LINK.match(rest) and _reports_opening(
            doc, opening, before[: aside.start()], aside.group(1), lexicon
        ):
            # "Donations are vetted …, Roe said, but “…”": the words before the aside are
            # reported too (PolNeAR's content runs from the sentence's start)
            resume = opening
        return QuoteRegion(
            min(resume, region.start), max(stop, region.end), "interrupted", "mixed", span
        )
    return None


def _reports_opening(doc: Doc, start: int, opening: str, aside: str, lexicon: CueLexicon) -> bool:
    """Whether the words before an aside are part of what it reports (a clause, its subject
    or a conjunction: ``It's a reminder, Roe said, that …``, ``But, he added, “…”``): not a
    framing adverbial (``Asked about it, Roe said, “…”``, ``In 2008, Roe said, …``), a source
    (``According to X, one sign read, “…”``) nor the noun a relative aside is about (``the
    report, which notes, “…”``)."""
    if aside.split()[0].lower() in _RELATIVE_WORDS:
        return False
    if any(opening.strip().lower().startswith(phrase) for phrase in lexicon.phrases):
        return False
    span = doc.char_span(start, start + len(opening.strip()), alignment_mode="expand")
    words = [t for t in (span if span is not None else ()) if not t.is_punct]
    if not words:
        return False
    first = words[0]
    return first.pos_ not in ("ADP", "SCONJ", "ADV") and first.tag_ not in ("VBG", "VBN")


# the words after an aside go on with the clause before it: "…, Roe said, but “…”"
_CLAUSE_LINK = re.compile(r"(?:that|but|while|and|because|though|although|so|yet)\b", re.IGNORECASE)
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})


def _aside_cue(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> Token | None:
    """The cue verb of an aside ``he noted`` / ``Giuliani said in an interview``: its
    subject opens the aside, and it takes no object or clause there."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0 or len(span) > 10:
        return None
    for verb in cue_verbs(doc, start, end, lexicon):
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        objects = [t for t in verb.children if t.dep_ in ("dobj", "ccomp", "xcomp", "dative")]
        inside = [t for t in objects if span.start <= t.i < span.end]
        if subjects and span[0].i in {t.i for t in subjects[0].subtree} and not inside:
            return verb
    return None


def reported_rest(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> int:
    """``told a school board that the repair bill is “small change,” compared to what …``: a mixed
    quote's content runs on to the end of its sentence (PolNeAR's content is the whole
    reported clause) and any quote in it (``had “renewed faith” that “the Lord …”``), unless
    the rest holds its own attribution, or a quote after a comma (``as “reckless,” telling
    reporters that it is “a disaster”``: a second attribution)."""
    text = mark_view(doc_text(doc))
    if region.cue is None or region.cue[0] > region.start:
        return region.end
    _, sent_end = sentence_bounds(doc, region.end - 1, region.end)
    stop = sentence_stop(text, sent_end)
    tail = text[region.end : stop]
    if not WORD.search(tail):
        return region.end
    if text[region.start : region.end - 1].rstrip()[-1:] in ("!", "?"):
        return region.end  # chanted “Retire yes!” as they passed: the quote's own end
    comma = text[region.start : region.end - 1].rstrip()[-1:] == "," or tail.lstrip()[:1] == ","
    if comma and any(m in tail for m in DOUBLE_MARKS):
        return region.end
    if "according to" in tail.lower() or any(
        has_subject(t) or t.tag_ in ("VBD", "VBZ", "VBP")
        for t in cue_verbs(doc, region.end, stop, lexicon)
    ):
        return region.end
    return stop


# the cue's own adjuncts: "blamed X “Y” for Z", "called him a “chicken” if he didn't"
_ADJUNCT_DEPS = frozenset({"prep", "advcl"})


def cue_adjuncts(doc: Doc, region: QuoteRegion, cue: Token) -> int:
    """``blamed the “heat of the moment” for the mistake …``, ``would call her a “quitter” if she
    didn't``: a mixed quote's content runs on over the cue's own prepositional and adverbial
    phrases that follow it with no comma between (PolNeAR's content is the whole report);
    not over a conjoined verb, a quote of its own, nor after a comma (``as “reckless,”
    according to …``)."""
    if not doc.has_annotation("DEP") or cue.idx > region.start:
        return region.end
    text = mark_view(doc_text(doc))
    if text[region.start : region.end].rstrip(DOUBLE_MARKS + "'’ ")[-1:] in (",", *END_PUNCT):
        return region.end  # chanted “Retire yes!” as they passed: the quote's own end
    end = region.end
    for word in cue.rights:
        if word.left_edge.idx < end:
            continue
        if word.dep_ not in _ADJUNCT_DEPS or text[end : word.left_edge.idx].strip():
            break
        if _frames_speech_act(word):
            break  # "called the plan “a disaster” on Monday / in an interview": when and where
        last = word.right_edge
        if any(mark in text[end : last.idx + len(last.text)] for mark in DOUBLE_MARKS):
            break  # "… as a “disgrace” after she … blamed X on “…”": a quote of its own
        end = last.idx + len(last.text)
    return end


def _frames_speech_act(word: Token) -> bool:
    """Whether a prepositional phrase dates the speech act or names its occasion (``on
    Monday``, ``over the weekend``, ``in an interview``) rather than belonging to the report."""
    if word.dep_ != "prep":
        return False
    objects = [t for t in word.children if t.dep_ == "pobj"]
    occasion = word.lower_ in _OCCASION_LINKS  # not "for his statements": what it is for
    return any(
        t.ent_type_ in ("DATE", "TIME")
        or (occasion and t.lemma_.lower() in OCCASION_WORDS | _MEDIA_WORDS)
        for t in objects
    )


_OCCASION_LINKS = frozenset({"in", "at", "during", "on", "via", "through"})
# where words were printed or aired: "called “a disaster” in the press / on Twitter"
_MEDIA_WORDS = frozenset(
    {
        "press", "media", "newspaper", "paper", "magazine", "show", "program", "programme",
        "broadcast", "radio", "television", "tv", "blog", "twitter", "facebook", "website",
        "newsletter", "book", "documentary", "ad", "advertisement", "campaign",
    }
)  # fmt: skip


# ``, Gilbert said.`` / ``, said Gilbert.`` closing a sentence
_CLOSING_ATTRIBUTION = re.compile(r",[ \t]+([^,;:\"“”\n]{3,60}?)[ \t]*\.\s*$")


def runs_on_to_attribution(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> int:
    """``“Things feel calmer now,” and bookings started to climb again last month,
    Moreau said.``: a quote opening its sentence whose words run on, unquoted, to an
    attribution closing the sentence reports all of them (PolNeAR's content runs to the
    attribution); not words with a quote or a cue of their own."""
    if not doc.has_annotation("DEP"):
        return region.end
    text = mark_view(doc_text(doc))
    inner = text[region.start + 1 : region.end - 1].rstrip().rstrip("'’")
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    if inner[-1:] != "," or text[sent_start : region.start].strip():
        return region.end
    tail = text[region.end : sent_end]
    closing = _CLOSING_ATTRIBUTION.search(tail)
    words = tail[: closing.start()].strip() if closing is not None else ""
    if closing is None or not words[:1].islower() or len(words.split()) < 2:
        return region.end
    if any(m in words for m in DOUBLE_MARKS) or len(words) > 200:
        return region.end
    stop = region.end + closing.start()
    attribution = cue_verbs(doc, stop, region.end + closing.end(), lexicon)
    if len(attribution) != 1 or attribution[0].tag_ not in ("VBD", "VBZ", "VBP"):
        return region.end
    span = doc.char_span(region.end, stop, alignment_mode="contract")
    first = next((t for t in (span if span is not None else ()) if not t.is_space), None)
    if first is None or first.pos_ not in ("CCONJ", "ADP", "SCONJ"):
        return region.end  # "“…,” another friend, Jane Roe, told CNN": a noun, the source's
    subjects = [t for t in attribution[0].children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(t.left_edge.idx < stop for t in subjects):
        return region.end  # "“…,” the economist Jane Roe, a former adviser, wrote": its source
    if cue_verbs(doc, region.end, stop, lexicon) or len(closing.group(1).split()) > 6:
        return region.end
    return stop


_ACCORDING_BEFORE = re.compile(r"According[ \t]+to[ \t]+[^,;:\n]{1,60},[ \t]+")
_ACCORDING_AFTER = re.compile(
    r"[ \t]+(?P<cue>according)[ \t]+to[ \t]+[^,;:\n()]{1,80}(?:\([^()\n]{1,30}\))?\)?"
)
_ACCORDING_ASIDE = re.compile(r",[ \t]+(?P<cue>according)[ \t]+to[ \t]+[^,;:\n()]{1,80},[ \t]+")
_CLOSING_MARKS = "\"”'’"


def according_to_sentence(doc: Doc, region: QuoteRegion) -> QuoteRegion | None:
    """``According to Trump, he was once … but is now “the worst thing …”``: a partial quote
    no cue governs, in a sentence that ``According to X,`` opens, is the rest of that
    sentence (PolNeAR's content), with ``According to`` as cue (the speaker stage takes X).
    In a sentence that ``, according to X.`` closes, it is the sentence before that comma;
    in one that ``, according to X,`` interrupts before the quote, the whole sentence."""
    text = mark_view(doc_text(doc))
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    stop = sentence_stop(text, sent_end)
    start = _first_word(text, sent_start, stop)
    if any(m in text[start : region.start] + text[region.end : stop] for m in DOUBLE_MARKS):
        return None
    opening = _ACCORDING_BEFORE.match(text, start, region.start)
    if opening is not None:
        cue = (start, start + len("According to"))
        return QuoteRegion(opening.end(), max(stop, region.end), "according", "mixed", cue)
    # ``For Trump, according to Bennett, the speech is “a test” …``: the whole sentence
    aside = _ACCORDING_ASIDE.search(text, start, region.start)
    if aside is not None:
        cue = (aside.start("cue"), aside.start("cue") + len("according to"))
        return QuoteRegion(start, max(stop, region.end), "according", "mixed", cue)
    # ``The charity is hiring “scores” of volunteers …, according to its director.``: the
    # sentence before the closing ``according to X`` (its comma maybe inside the quote)
    closing = _ACCORDING_AFTER.search(text, region.end, stop)
    if closing is None or closing.end() != stop or start >= region.start:
        return None
    comma = text[: closing.start()].rstrip()
    if not comma.endswith(",") and not comma.rstrip(_CLOSING_MARKS).endswith(","):
        return None
    cue = (closing.start("cue"), closing.start("cue") + len("according to"))
    content_end = max(region.end, len(comma) - (comma.endswith(",")))
    start += text[start] == "(" and start < region.start  # "(His book … , according to X.)"
    return QuoteRegion(start, content_end, "according", "mixed", cue)


def _first_word(text: str, start: int, stop: int) -> int:
    """Where the text from ``start`` starts after its leading space (``stop`` at most)."""
    return start + len(text[start:stop]) - len(text[start:stop].lstrip())


def whole_sentence(doc: Doc, region: QuoteRegion, lexicon: CueLexicon) -> QuoteRegion | None:
    """``Petrov said, through an interpreter, that … the archive that “was like …”``: a long
    partial quote no cue governs, in a sentence a cue verb opens before it, is its sentence
    (end punctuation left out), with that cue."""
    if not doc.has_annotation("DEP"):
        return None
    text = mark_view(doc_text(doc))
    sent_start, sent_end = sentence_bounds(doc, region.start, region.end)
    before = text[sent_start : region.start].rstrip()
    if _verb_comma(doc, before, sent_start) or any(m in before for m in DOUBLE_MARKS):
        return None  # "Hillary shot back, “…”": a verb and a comma introduce a whole quote
    cues = [
        t
        for t in cue_verbs(doc, sent_start, region.start, lexicon)
        if has_subject(t) and all(a.dep_ != "relcl" for a in (t, *t.ancestors))
    ]  # not in a relative clause: "A voter who says he backs Roe, Doe lost … when “…”"
    if not cues:
        return None
    stop = sentence_stop(text, sent_end)
    start = _after_as_clause(cues[0], region.start) or _first_word(text, sent_start, stop)
    cue = (cues[0].idx, cues[0].idx + len(cues[0].text))
    return QuoteRegion(min(start, region.start), max(stop, region.end), "sentence", "mixed", cue)


def _after_as_clause(cue: Token, limit: int) -> int | None:
    """``As the Times reported on Monday, the plan “could raise bills …”``: the content
    starts after the as-clause and its comma (as ``whosays_sources`` has it)."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    after = cue.right_edge.i + 1
    doc = cue.doc
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].idx >= limit:
        return None
    return doc[after + 1].idx


def _verb_comma(doc: Doc, before: str, offset: int) -> bool:
    """Whether ``before`` ends in a finite verb (and its particle) and a comma."""
    if not before.endswith(","):
        return False
    words = doc.char_span(offset, offset + len(before) - 1, alignment_mode="contract")
    if words is None or len(words) == 0:
        return False
    last = words[-1]
    verb = last.head if last.dep_ in ("prt", "advmod") and last.head.i == last.i - 1 else last
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP")
