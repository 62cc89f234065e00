"""The speaker patterns that need no speech verb, for ``whosays_speakers``.

A dash byline after the quote (``"…" — Jane Roe``), a signature line below it
(``-President Obama, tweeting``) or inside its closing mark (a pull quote: ``"… ⏎ Jane
Roe, Economic Policy Institute."``), a ``Name:`` label before it (after a headline's
dash, ``More from`` or an article's ``by``: ``- More from Jones:``), ``in Forbes’
words`` / ``in the words of Jane Roe``, and a clause that opens the quote with a
comma (``Hillary shot back, “…”``) or a colon or dash (``He returned to his familiar
lines: “…”``): each gives the cue and the speaker mention.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from whosays.pipeline.addressees import addressed_verb
from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import word_set
from whosays.pipeline.quote_marks import DOUBLE_MARKS, mark_view, paragraph_of
from whosays.pipeline.speaker_mentions import same_paragraph, subject_mention

__all__ = [
    "TIME_CLAUSE_WORDS",
    "colon_introducer",
    "comma_introducer",
    "in_words_of",
    "punctuation_cue",
]

INVERTED_CUE_WORDS = word_set("said says stated continued added wrote asked")  # "Said Roe:"
TIME_CLAUSE_WORDS = word_set("when while after before because if since until once")
_BYLINE = re.compile(r"^\s*[—–―-]+\s*(?P<name>[^\n!?]{2,80}?)\s*[.,]?\s*$")
_HEADLINE_DASH = re.compile(r".*\s[-—–]+\s*(?:more\s+from\s+)?", re.IGNORECASE)
_BY = re.compile(r"\s*by\s+(?:the\s+)?(?=[A-Z])")
_IN_WORDS = re.compile(
    r"\b(?P<cue>[Ii]n (?:(?P<name>[A-Z][^\n,.;:!?\"“”]{0,60}?)(?:['’]s?)|the words of "
    r"(?P<of>[^\n,.;:!?\"“”]{2,60}?))(?: words)?)\s*,?\s*$"
)
TITLE_WORDS = word_set("president senator governor representative mayor rev dr professor")
_SIGN_WORD = r"(?:[A-Z][\w.'’&-]*|of|for|and|the|on)"
_SIGN_OFF = re.compile(  # a last line "Jane Roe, Economic Policy Institute." in the quote
    r"[.!?,]?[ \t]*\n[ \t]*(?P<sign>(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]*)"
    rf"(?:,[ \t]+{_SIGN_WORD}(?:[ \t]+{_SIGN_WORD}){{0,8}})?)\.?[ \t]*$"
)
_TITLE_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev)\.\s*$")
_COLON_SPEAKER = re.compile(r"(?P<name>[^\n.!?:\"“”]{2,60}?)\s*:\s*$")


def comma_introducer(doc: Doc, start: int) -> tuple[Span, Span] | None:
    """``Hillary shot back, “…”``: a verb (with its particle) right before the comma that
    opens the quote introduces it, whatever the verb; its subject speaks."""
    before = doc_text(doc)[:start].rstrip()
    if not before.endswith(",") or not doc.has_annotation("DEP"):
        return None
    comma = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if comma is None or len(comma) == 0 or comma[0].i < 2:
        return None
    last = doc[comma[0].i - 1]
    verb = last.head if last.dep_ in ("prt", "advmod") and last.head.i == last.i - 1 else last
    addressed = addressed_verb(last)  # "He turned to the crowd, “…”": the cue is the verb
    if addressed is not None:
        verb = last = addressed
    # "Sanders had previously said, “…”": a participle with its auxiliary is finite too
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
    if verb.pos_ != "VERB" or (verb.tag_ not in ("VBD", "VBZ", "VBP") and not perfect):
        return None
    if any(t.lower_ in TIME_CLAUSE_WORDS and t.i < verb.i for t in verb.children):
        return None  # "Roe said in the spring, when the story broke, “…”": not the introducer
    mention = subject_mention(verb, [(start, start + 1)])
    if mention is None or not same_paragraph(mention, verb) or mention.end_char > verb.idx:
        return None
    return doc[verb.i : last.i + 1], mention


def in_words_of(doc: Doc, start: int) -> tuple[Span, Span] | None:
    """``because, in Forbes’ words, “…”``, ``in the words of Jane Roe, “…”``: the person
    whose words the quote is."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    found = _IN_WORDS.search(text, line_start, start)
    if found is None or (found["name"] is None and found["of"] is None):
        return None
    group = "name" if found["name"] is not None else "of"
    cue = doc.char_span(found.start("cue"), found.end("cue"), alignment_mode="expand")
    name = doc.char_span(found.start(group), found.end(group), alignment_mode="expand")
    if cue is None or name is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    return cue, name


def colon_introducer(doc: Doc, start: int) -> tuple[Span, Span | None] | None:
    """``She went back to her usual refrain: “…”``: a clause ending in a colon (or a dash:
    ``the panel accepted that an outside auditor should review the accounts — “so that …”``)
    right before the quote introduces it even without a speech verb; its verb's subject
    speaks. Typewritten dashes count too (``--``, an en dash: some wire and newspaper
    styles write the em dash that way)."""
    before = doc_text(doc)[:start].rstrip()
    if not before.endswith((":", "—", "--", " –")) or not doc.has_annotation("DEP"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or len(colon) == 0:
        return None
    if colon[0].i == 0:
        return None
    # The highest verb reached from the word before the colon without crossing it.
    token, verb = doc[colon[0].i - 1], None
    while True:
        if token.pos_ in ("VERB", "AUX"):
            verb = token
        if token.head.i == token.i or token.head.i > colon[0].i:
            break
        token = token.head
    if verb is None:
        return None
    mention = subject_mention(verb, [(start, start + 1)])
    if mention is None or not same_paragraph(mention, colon[0]):
        return None
    return doc[verb.i : colon[0].i + 1], mention  # PolNeAR: the cue runs to the colon


def punctuation_cue(doc: Doc, start: int, end: int) -> tuple[Span, Span | None] | None:
    """A dash byline after the quote, a sign-off inside it, or a ``Name:`` before it (no
    cue word)."""
    signed = _sign_off(doc, start, end)
    if signed is not None:
        return signed
    para_start, para_end = paragraph_of(doc_text(doc), start, end)
    byline = _BYLINE.match(doc_text(doc)[end:para_end])
    if byline is not None and len(byline["name"].split()) <= 8:
        dash = doc.char_span(end, end + byline.start("name"), alignment_mode="expand")
        name = doc.char_span(
            end + byline.start("name"), end + byline.end("name"), alignment_mode="expand"
        )
        if dash is not None and name is not None:
            return dash[0:1] if len(dash) else dash, name
    if not doc_text(doc)[end:para_end].strip():
        signed = _signature_line(doc, para_end)
        if signed is not None:
            return signed
    colon = _COLON_SPEAKER.search(mark_view(doc_text(doc))[para_start:start])
    # ``Media shares blame in poll overhype - HuffPollster:``, ``- More from Jones:``: a
    # headline's dash (and "More from") stands before the name
    headed = None if colon is None else _HEADLINE_DASH.match(colon["name"])
    skip = 0 if headed is None else headed.end()
    if colon is not None:  # a byline after an article's title: ``“…,” by Times' Jane Roe:``
        byline = _BY.match(colon["name"], skip)
        skip = skip if byline is None else byline.end()
    if colon is not None and _after_title_in_sentence(
        mark_view(doc_text(doc)), para_start, para_start + colon.start("name")
    ):
        colon = None  # "Roe said of Mr. Doe: “…”": the name runs on past "Mr.", no label
    if colon is not None and len(colon["name"][skip:].split()) <= 5:
        # after the space the view leaves of a closing '' (``The ''party'' chief:``)
        written = colon["name"][skip:]
        name_start = para_start + colon.start("name") + skip + len(written) - len(written.lstrip())
        name = doc.char_span(name_start, para_start + colon.end("name"), alignment_mode="expand")
        colon_at = doc_text(doc).rfind(":", name_start, start)
        cue = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        said = name is not None and len(name) > 1 and name[0].lower_ in INVERTED_CUE_WORDS
        if name is not None and not _has_verb(name) and cue is not None and not said:
            return cue, name
    return None


def _after_title_in_sentence(text: str, para_start: int, position: int) -> bool:
    """Whether a title's full stop (``Mr.``, ``Gov.``) ends the text before ``position`` with
    more of its sentence before it (``Roe said of Mr.``): no sentence ends there, so a
    ``Name:`` label cannot start there (``Mr. Doe: “…”`` opening a paragraph still can)."""
    title = _TITLE_STOP.search(text, para_start, position)
    if title is None:
        return False
    rest = text[para_start : title.start()].rstrip()
    return bool(rest) and rest[-1] not in '.!?:"”'


def _sign_off(doc: Doc, start: int, end: int) -> tuple[Span, Span] | None:
    """``"… without that consensus. ¶ Jane Roe, Economic Policy Institute."`` (a pull
    quote): a quote whose last line, inside the closing mark, is only a person's name (and
    an affiliation) is signed by that person; the punctuation or line break before the
    name sets it off (the cue). Not a name ending a sentence on the quote's own line."""
    text = doc_text(doc)
    if text[end - 1 : end] not in DOUBLE_MARKS:
        return None
    found = _SIGN_OFF.search(text, start, end - 1)
    if found is None:
        return None
    name = doc.char_span(found.start("name"), found.end("name"), alignment_mode="contract")
    person = name is not None and _signed_name(name)
    sign_end = found.start("sign") + len(found["sign"].rstrip("."))
    signature = doc.char_span(found.start("name"), sign_end, alignment_mode="contract")
    stop = doc.char_span(found.start(), found.start() + 1, alignment_mode="expand")
    if not person or signature is None or stop is None:
        return None
    return stop, signature


def _signed_name(name: Span) -> bool:
    """A person's name, after title words at most (``Ga. Rep. Ann Dorsey``; not ``Vote
    Bernie Sanders``)."""
    people = [e for e in name.ents if e.label_ == "PERSON" and e.end == name.end]
    if not people:
        return False
    before = name.doc[name.start : people[0].start]
    return all(t.text.endswith(".") or t.lower_ in TITLE_WORDS for t in before)


def _signature_line(doc: Doc, after: int) -> tuple[Span, Span] | None:
    """``“…” ¶ -President Obama, tweeting after the speech.``: a dash line signs the quote."""
    line = re.match(r"\s*\n\s*(?P<line>[^\n]*)", doc_text(doc)[after:])
    if line is None:
        return None
    start = after + line.start("line")
    byline = _BYLINE.match(line["line"].split(",")[0])
    if byline is None or len(byline["name"].split()) > 6:
        return None
    dash = doc.char_span(start, start + byline.start("name"), alignment_mode="expand")
    name = doc.char_span(
        start + byline.start("name"), start + byline.end("name"), alignment_mode="expand"
    )
    if dash is None or name is None or len(dash) == 0:
        return None
    return dash[0:1], name


def _has_verb(span: Span) -> bool:
    # A capitalised word before a colon is a name even when tagged as a verb ("Trump:").
    return any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in span)
