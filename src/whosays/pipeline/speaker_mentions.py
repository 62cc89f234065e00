"""The speaker mention a cue points to, and its source type.

Used by ``whosays_speakers``: the cue verb's subject with its appositive (``Jane Roe,
the defence minister,``), the name after an inverted cue (``said Jane Roe``), a
mention near the cue, a participle's owner; and the ``type`` of a mention (person,
organization, document, group, anonymous, unknown) from its words and entity label.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from whosays.pipeline.addressees import NAMING_VERBS
from whosays.pipeline.doc import doc_text
from whosays.pipeline.lexicon import CueLexicon, word_set
from whosays.pipeline.mention_lexicons import load_lexicons
from whosays.pipeline.quote_marks import paragraph_of
from whosays.pipeline.source_clauses import joined_second_report
from whosays.pipeline.source_spans import DATELINE_PLACE
from whosays.pipeline.source_subjects import subjects_nearest_first
from whosays.pipeline.titles import title_word

__all__ = [
    "SPEAKER_LABELS",
    "SUBJECT_DEPS",
    "inverted_mention",
    "mention_of",
    "same_paragraph",
    "source_of",
    "source_type",
    "subject_mention",
]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = word_set("he she him her i me you")
GROUP_PRONOUNS = word_set("they them we us")
DOCUMENT_NOUNS = word_set(
    "statement letter report memo document email release tweet post filing complaint "
    "lawsuit ad advertisement website article book study poll survey transcript note "
    "message video editorial column op-ed brief ruling order indictment bill analysis "
    "photo image clip graphic"
)
CARRIED_TEXTS = word_set("sign placard banner card")
ANONYMOUS_NOUNS = word_set("source sources insider insiders person people")
ANONYMOUS_MARKERS = ("familiar with", "anonymity", "not authorized", "declined to be named")
GROUP_NOUNS = word_set(
    "officials critics aides democrats republicans supporters voters analysts experts "
    "lawmakers members residents protesters leaders advocates activists observers "
    "economists officers investigators prosecutors authorities witnesses staffers "
    "advisers advisors"
)
ORG_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})
SPEAKER_LABELS = ORG_LABELS | {"PERSON"}
NOT_SPEAKER_LABELS = frozenset({"TIME", "DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "npadvmod", "poss"})
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep"})
PARTICIPLE_CLIMB_DEPS = frozenset({"pobj", "dobj", "attr"})
NOUN_PHRASE_STARTS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})


def source_of(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """The speaker mention a cue token points to, kept outside the ``blocked`` spans."""
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        objects = [t for t in cue.doc[cue.i + 1].children if t.dep_ == "pobj"]
        return mention_of(objects[0], blocked) if objects else None
    possessors = [t for t in cue.children if t.dep_ == "poss"] if cue.pos_ == "NOUN" else []
    if possessors:  # "Trump's claim that …", "her assertion that …": the possessor's words
        return mention_of(possessors[0], blocked)
    according = _according_before(cue)
    if according is not None:
        return mention_of(according, blocked)
    if _passive_naming(cue):
        # "Vasquez has been called the “Napoleon of the North”": the one named is no speaker;
        # the agent (``by X``) is, when the sentence gives one.
        agents = [a for t in cue.children if t.dep_ == "agent" for a in t.children]
        return mention_of(agents[0], blocked) if agents else None
    mention = None if _subjects(cue) else _after_quote(cue, blocked) or _name_as_modifier(cue)
    if mention is None:
        mention = subject_mention(cue, blocked)
    if mention is not None and not same_paragraph(mention, cue):
        mention = None  # a parse running over a headline or a dateline
    # "63 percent said", "four in 10 said", "One of his aides said": a share of people
    # speaks; a date or a bare number does not ("the 46-year-old" does).
    if mention is None or (
        mention.root.ent_type_ in NOT_SPEAKER_LABELS - {"PERCENT"}
        and not _partitive(mention)
        and not _age(mention)
    ):
        mention = (
            inverted_mention(cue, blocked)
            or _nearby_mention(cue, blocked)
            or _subject_taken_as_clause(cue, blocked)
        )
    if mention is not None and mention.start == cue.i and len(mention) > 1:
        mention = mention[1:]  # "Said Roe:" parsed as one noun phrase
    return mention


def _age(mention: Span) -> bool:
    """``the 46-year-old``: an age standing for a person."""
    return mention.root.lower_ == "old" or mention.text.lower().endswith("-year-old")


def _after_quote(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """``“…,” Ramos, 58, told AFP``, ``“…,” a voice over says``: a noun phrase (with its
    appositive) standing alone between a quote's closing mark and a cue verb the parse
    gives no subject is the speaker, not the object after the verb nor a subject that
    climbing reaches inside the quote."""
    doc = cue.doc
    ends = [end for _, end in blocked if end <= cue.idx]
    if not ends or cue.pos_ not in ("VERB", "AUX"):
        return None
    end = max(ends)
    between = [t for t in doc[cue.sent.start : cue.i] if t.idx >= end]
    if "\n" in doc_text(doc)[end : cue.idx]:
        return None
    while between and between[0].is_punct:
        between.pop(0)
    while between and between[-1].is_punct:
        between.pop()
    if not between or len(between) > 12 or between[0].pos_ not in NOUN_PHRASE_STARTS:
        return None
    if any(t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.is_quote for t in between):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
        return None
    return doc[between[0].i : between[-1].i + 1]


def _name_as_modifier(cue: Token) -> Span | None:
    """``“…,” Will wrote``, ``Informed of it, Early described it as …``: a capitalised word
    inside the sentence that the parse makes an auxiliary or adverb of a cue with no subject
    is a name (George Will, Bill Early), not ``will`` or ``early``."""
    doc = cue.doc
    for child in cue.lefts:
        if child.dep_ not in ("aux", "advmod", "npadvmod") or child.i != cue.i - 1:
            continue
        before = doc[child.i - 1] if child.i > cue.sent.start else None
        if before is None or (before.is_quote and before.tag_ == "``") or before.text in (":", "—"):
            continue  # a sentence's or a quote's first word is capitalised anyway
        if child.is_title and not child.is_sent_start:
            return doc[child.i : child.i + 1]
    return None


def _subject_taken_as_clause(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """``One volunteer, who like the rest asked not to be named …, said …``:
    the parse makes the subject's relative clause the cue's fronted complement; the
    subject of that clause, right before the comma before the cue, speaks."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    for child in cue.lefts:
        if child.dep_ == "ccomp" and child.right_edge.i == cue.i - 2:
            subjects = _subjects(child)
            if subjects and subjects[0].i < child.i and not _inside(subjects[0].idx, blocked):
                return mention_of(subjects[0], blocked)
    return None


def _partitive(mention: Span) -> bool:
    """``One of Roe's aides``, ``About four in 10``: a number naming a share of people."""
    root = mention.root
    if root.tag_ != "CD":
        return False
    of = any(t.dep_ == "prep" and t.lower_ == "of" for t in root.children)
    return of or any(t.lower_ == "in" and t.dep_ == "quantmod" for t in root.children)


def same_paragraph(mention: Span, cue: Token) -> bool:
    """Whether ``mention`` lies in the paragraph (line) of ``cue``."""
    start, end = paragraph_of(doc_text(cue.doc), cue.idx, cue.idx + 1)
    return start <= mention.start_char and mention.end_char <= end


def inverted_mention(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """``…,” said the 46-year-old.``: the noun phrase right after a cue that follows a quote."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or not doc[cue.i - 1].is_punct:
        return None
    if doc[cue.i - 1].text == "," and not (cue.i > 1 and doc[cue.i - 2].is_quote):
        return None  # "Ramos, 58, told AFP", "telling the crowd, “…”": the object follows
    for chunk in cue.sent.noun_chunks:
        if chunk.start == cue.i + 1 and not _inside(chunk.start_char, blocked):
            mention = mention_of(chunk.root, blocked)
            return None if mention is None else _across_hyphens(mention)
    return None


def _across_hyphens(mention: Span) -> Span:
    """``mused Gazette co-host Pim Vandersloot``: the parse may split a hyphenated word
    into separate objects of the cue; the mention runs on over the hyphen to the head of
    the words after it."""
    doc = mention.doc
    end = mention.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        head = doc[end + 1]
        while head.dep_ in ("compound", "amod") and head.i < head.head.i < head.sent.end:
            head = head.head
        if head.right_edge.i < end + 1:
            break
        end = head.right_edge.i + 1
        while end > mention.start and doc[end - 1].is_punct:
            end -= 1
    return doc[mention.start : end]


def subject_mention(cue: Token, blocked: list[tuple[int, int]]) -> Span | None:
    """The subject of ``cue``, climbing to the clause that has one, outside ``blocked``."""
    verb = cue
    if joined_second_report(cue) and cue.head.head.pos_ == "VERB":
        verb = cue.head.head  # "said the bridge was safe and added that …": the mayor added
    # A participle with no subject of its own ("…, stating X and chiding the media for
    # “…”") reports for the clause it hangs on, even where the parse hangs it on a noun.
    participle = cue.tag_ == "VBG" and not _subjects(cue)
    climb = CLIMB_DEPS | PARTICIPLE_CLIMB_DEPS if participle else CLIMB_DEPS
    for _ in range(8):  # "began by saying": saying -> by -> began -> (conj) appeared
        subjects = _subjects(verb)
        relative = bool(subjects) and (
            subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ == "that"
        )
        if verb.dep_ == "relcl" and relative and subjects[0].lower_ == "who":
            # "Lynch, who told Congress: “…”": PolNeAR marks the relative pronoun, which
            # whosays_coref resolves to the noun it modifies.
            return mention_of(subjects[0], blocked)
        if _object_participle(verb, subjects):
            verb = verb.head.head  # "Her office put out a notice saying …": the office
            continue
        clause = _clause_participle(verb, subjects)
        if clause is not None:
            verb = clause
            continue
        if verb.dep_ in ("relcl", "acl") and (relative or not subjects):
            return mention_of(verb.head, blocked, stop=verb)
        if subjects:
            owner = _main_subject(verb, subjects[0]) if participle and verb != cue else None
            return mention_of(owner or subjects[0], blocked)
        if verb.dep_ not in climb or verb.head.i == verb.i:
            break
        above = _climb(verb, cue, blocked)
        if above is None:
            break
        verb = above
    return None


def _climb(verb: Token, cue: Token, blocked: list[tuple[int, int]]) -> Token | None:
    """The verb a subjectless ``verb`` takes its subject from, one step up.

    ``Okafor said the change was made by … and said, “…”``: a cue the parse conjoins
    with the complement of a verb of the same lemma is that verb's second conjunct.
    ``Clinton seemed ready to riff on it, telling the crowd, “…”``: a participle the
    parse hangs on a verb inside the quote reports for its sentence's root.
    """
    head = verb.head
    if verb.dep_ == "conj" and verb.i == cue.i and head.dep_ == "ccomp":
        outer = head.head
        if outer.lemma_ == cue.lemma_ and outer.i < head.i and _subjects(outer):
            return outer
    if cue.tag_ == "VBG" and _inside(head.idx, blocked):
        root = cue.sent.root
        return root if not _inside(root.idx, blocked) and root.i < cue.i else None
    return head


def _main_subject(verb: Token, subject: Token) -> Token | None:
    """``Trump has indicated he would try …, vowing to “…”``: a participle that climbs to a
    pronoun in an embedded clause reports for the named subject of the sentence's root."""
    if subject.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS or verb.dep_ == "ROOT":
        return None
    root = verb.sent.root
    named = [t for t in _subjects(root) if t.i < subject.i and t.pos_ in ("PROPN", "NOUN")]
    return named[0] if named else None


def _according_before(cue: Token) -> Token | None:
    """The X of an ``according to X,`` that opens the cue's clause (``because, according to
    Reyes, the papers would call her a “quitter”``): X makes the whole report."""
    for prep in cue.children:
        if prep.lower_ != "according" or prep.i > cue.i:
            continue
        for to in prep.children:
            objects = [t for t in to.children if t.dep_ == "pobj"] if to.lower_ == "to" else []
            if objects:
                return objects[0]
    return None


def _passive_naming(cue: Token) -> bool:
    """Whether ``cue`` is a passive naming verb with its own subject (``X has been called``,
    ``was dubbed``; not ``about being described as``, whose understood subject PolNeAR takes)."""
    return cue.lemma_.lower() in NAMING_VERBS and any(t.dep_ == "nsubjpass" for t in cue.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects (not an expletive ``there``), the nearest before it first."""
    return subjects_nearest_first(verb, SUBJECT_DEPS, skip_tags=frozenset({"EX"}))


def _clause_participle(verb: Token, subjects: list[Token]) -> Token | None:
    """``clashed with the board, at one point calling the chairman a "liar"``: a participle
    the parse hangs on the noun of an adjunct (``at one point``) or, after a comma, on an
    object (``rejected the notion …, saying``) reports for the clause's verb, not the noun."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or subjects or head.i == verb.i:
        return None
    if head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative"):
        above = head.head.head
        if above.pos_ in ("VERB", "AUX") and above.i < verb.i:
            return above
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if after_comma and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _object_participle(verb: Token, subjects: list[Token]) -> bool:
    """``put out a statement saying``, ``carrying signs saying``: a participle on the object
    of a verb reports for that verb's subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and not subjects
        and head.dep_ == "dobj"
        and head.head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in DOCUMENT_NOUNS | CARRIED_TEXTS
    )


def _nearby_mention(cue: Token, blocked: list[tuple[int, int]], reach: int = 8) -> Span | None:
    """The closest name or pronoun chunk to the cue in its sentence (``said Rep. Jane Roe``)."""
    chunks = [
        _outside(chunk, blocked)
        for chunk in cue.sent.noun_chunks
        if not _inside(chunk.root.idx, blocked)
        and (chunk.root.pos_ in ("PROPN", "PRON") or chunk.root.ent_type_ in SPEAKER_LABELS)
        and chunk.root.ent_type_ not in NOT_SPEAKER_LABELS
        and chunk.root.tag_ not in ("WDT", "WP")
        and chunk.root.dep_ not in OBJECT_DEPS  # "told CNN", "said on Fox News"
    ]
    near = [c for c in chunks if min(abs(c.start - cue.i), abs(c.end - 1 - cue.i)) <= reach]
    if not near:
        return None
    return min(near, key=lambda c: (min(abs(c.start - cue.i), abs(c.end - 1 - cue.i)), c.start))


def _outside(chunk: Span, blocked: list[tuple[int, int]]) -> Span:
    """A noun chunk without the words of a quote it starts in (``hunky-dory,” Gene
    Sperling``: the parse runs the chunk over the closing mark)."""
    tokens = [t for t in chunk if not _inside(t.idx, blocked)]
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return chunk.doc[tokens[0].i : chunk.end] if tokens else chunk


def mention_of(
    head: Token, blocked: list[tuple[int, int]], stop: Token | None = None
) -> Span | None:
    """The subtree of ``head`` as a mention: outside ``blocked``, before ``stop``, after a
    dateline, without edge punctuation."""
    doc = head.doc
    first, last = head.left_edge.i, head.right_edge.i
    if stop is not None:
        last = min(last, stop.left_edge.i - 1)
    tokens = [t for t in doc[first : last + 1] if not _inside(t.idx, blocked)]
    tokens = [t for t in tokens if _same_side(t, head, blocked)]
    tokens = _after_dateline(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes(tokens):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def _closes(tokens: list[Token]) -> bool:
    """Whether the last token closes a parenthesis the mention opens (``Roe (D-Mass.)``)."""
    text = "".join(t.text_with_ws for t in tokens)
    return tokens[-1].text == ")" and text.count("(") >= text.count(")")


_DATELINE = re.compile(rf"{DATELINE_PLACE}\s*(?:[—―–]|--?)\s*$")


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """``LONDON (Reuters) - Jane Roe``: a mention the parse runs over the dateline starts
    after its dash."""
    for index, token in enumerate(tokens):
        if token.text in ("-", "—", "–", "--") and index + 1 < len(tokens):
            before = "".join(t.text_with_ws for t in tokens[: index + 1])
            if _DATELINE.fullmatch(before.strip()):
                return tokens[index + 1 :]
    return tokens


def _inside(position: int, blocked: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in blocked)


def _same_side(token: Token, head: Token, blocked: list[tuple[int, int]]) -> bool:
    """No blocked span lies between the token and the mention's head."""
    low, high = sorted((token.idx, head.idx))
    return not any(low < start and end <= high + 1 for start, end in blocked)


def source_type(mention: Span, lexicon: CueLexicon) -> str:
    """A best guess at what kind of speaker a mention names."""
    root = mention.root
    lower = mention.text.lower()
    if root.pos_ == "PRON" or root.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return _pronoun_type(root.lower_)
    if any(marker in lower for marker in ANONYMOUS_MARKERS) or root.lower_ in ANONYMOUS_NOUNS:
        return "anonymous"
    if root.lemma_.lower() in DOCUMENT_NOUNS or lexicon.is_cue_noun(root.lemma_):
        return "document"
    entity = _entity_label(mention)
    if entity == "PERSON" or _titled_name(mention):
        return "person"
    if entity in ORG_LABELS:
        return "organization"
    if root.lower_ in GROUP_NOUNS or (root.tag_ == "NNS" and root.pos_ == "NOUN"):
        return "group"
    if root.pos_ in ("PROPN", "NOUN"):
        return "person"
    return "unknown"


def _titled_name(mention: Span) -> bool:
    """``Agriculture Minister Pavel Orlov`` where the model tagged only ``Agriculture`` ORG:
    a proper-noun head outside any entity, after a person's title word, names a person."""
    root = mention.root
    if root.pos_ != "PROPN" or root.ent_type_:
        return False
    roles = load_lexicons().roles
    return any(title_word(t) in roles for t in mention if t.i < root.i and t.pos_ == "PROPN")


def _pronoun_type(word: str) -> str:
    if word in PERSON_PRONOUNS:
        return "person"
    return "group" if word in GROUP_PRONOUNS else "unknown"


def _entity_label(mention: Span) -> str | None:
    for entity in mention.ents:
        if entity.root == mention.root or entity.start <= mention.root.i < entity.end:
            return str(entity.label_)
    root = mention.root
    lexicons = load_lexicons()
    # an organisation noun with a nationality before it ("the Chinese foreign ministry")
    # is still an organisation
    if root.pos_ == "NOUN" and root.lower_ not in lexicons.org_generic | lexicons.org_specific:
        # "the Brazilian striker", "a French diplomat": a nationality or a place that only
        # modifies a common noun does not make an organisation
        modifiers = [e for e in mention.ents if e.label_ not in ("NORP", "GPE")]
        return modifiers[0].label_ if modifiers else None
    return mention.ents[0].label_ if mention.ents else None
