"""Who words are said to, between a verb and the quotation it introduces.

``She asked the crowd, “…”``, ``told reporters on Monday, “…”``, ``said in a statement,
“…”``: the words after the verb are its addressee and adjuncts, so the quotation after the
comma is the verb's complement, whole speech rather than words inside a clause. Used by
``whosays_quotes`` (is a quote whole?) and ``whosays_speakers`` (which verb introduces it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosays.pipeline.lexicon import CueLexicon, word_set

__all__ = [
    "NAMING_VERBS",
    "addressed_verb",
    "adjuncts_only",
    "ends_in_cue",
    "is_audience_word",
    "is_cue_verb_form",
    "names_a_thing",
    "verb_phrase_length",
]

NAMING_VERBS = word_set("call dub label nickname brand term describe")
FIRST_PERSONS = word_set("i we")  # "what we call “X”": the writer's own term, not speech

# How many words may stand between the verb and the comma (``asked the crowd outside
# the ministry,``), and the dependencies they may hang by.
MAX_ADDRESSEE_WORDS = 8
ADDRESSEE_DEPS = frozenset(
    {"dobj", "dative", "prep", "pobj", "det", "amod", "compound", "poss", "case",
     "nummod", "npadvmod", "advmod", "prt", "nmod"}
)  # fmt: skip
# People gathered to hear someone: any verb turned to them introduces speech.
AUDIENCE_WORDS = frozenset(
    {"crowd", "audience", "reporter", "journalist", "press", "supporter", "rally",
     "delegate", "congregation", "camera", "protester", "worker", "voter"}
)  # fmt: skip


# Verbs whose direct object is the person spoken to ("told reporters, “…”").
SPOKEN_TO_VERBS = word_set(
    "tell ask urge remind warn assure inform advise instruct promise order beg implore "
    "quiz press question greet thank answer caution admonish reassure"
)


def is_audience_word(token: Token) -> bool:
    """Whether a noun names an audience ("the crowd", "reporters")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in AUDIENCE_WORDS


def hangs_on(token: Token, verb: Token) -> bool:
    """Whether ``token`` is part of the verb's addressee or of an adjunct phrase (object,
    dative, preposition, time noun and their modifiers), not of a clause of its own."""
    while token.i != verb.i:
        if token.dep_ not in ADDRESSEE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def adjuncts_only(words: list[Token], verb: Token) -> bool:
    """Whether the words after ``verb`` are few and all its addressee or adjuncts."""
    after = [t for t in words if t.i > verb.i]
    return len(after) <= MAX_ADDRESSEE_WORDS and all(hangs_on(t, verb) for t in after)


def addressed_verb(last: Token) -> Token | None:
    """The verb an audience noun right before a comma is said to ("turned to the crowd,")."""
    if not is_audience_word(last):
        return None
    verb = last
    while verb.pos_ != "VERB" and verb.dep_ in ADDRESSEE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and hangs_on(last, verb) else None


def ends_in_cue(doc: Doc, position: int, lexicon: CueLexicon, sentence: bool = False) -> bool:
    """Whether the words before the comma at ``position`` end a cue that takes the quote
    as its complement: the cue verb itself (``she said, “…”``) or the cue verb with its
    addressee and adjuncts (``she asked the crowd, “…”``, ``told reporters on Monday,``,
    ``said in a statement,``); for a quoted ``sentence`` (a capital first), any verb
    with an audience (``He turned to the crowd, “Can she stay?”``)."""
    span = doc.char_span(max(0, position - 60), position, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    if is_cue_verb_form(words[-1], lexicon) or _ends_in_verb_phrase(words, lexicon):
        return True
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not verbs or not adjuncts_only(words, verbs[-1]) or not _introduces(verbs[-1], words):
        return False
    # Any verb turned to an audience introduces what is said to it ("turned to the
    # crowd, “Can she stay?”").
    audience = sentence and is_audience_word(words[-1])
    return is_cue_verb_form(verbs[-1], lexicon) or audience


def _ends_in_verb_phrase(words: list[Token], lexicon: CueLexicon) -> bool:
    """Whether ``words`` end in a cue phrase that starts with a verb (``as Vulture put
    it,``, ``as he puts it,``, ``she pointed out,``)."""
    return any(
        len(words) >= n and verb_phrase_length(words[-n], lexicon) == n
        for n in {len(phrase.split()) for phrase in lexicon.phrases}
    )


def verb_phrase_length(token: Token, lexicon: CueLexicon) -> int:
    """The number of words of the cue phrase a verb starts, in any of its forms (``puts
    it``, ``pointing out``), or 0."""
    if token.pos_ not in ("VERB", "AUX"):
        return 0
    for phrase in lexicon.phrases:
        n = len(phrase.split())
        tail = [t for t in token.doc[token.i : token.i + n + 2] if not t.is_punct][:n]
        forms = (" ".join(t.lower_ for t in tail), " ".join(t.lemma_.lower() for t in tail))
        if len(tail) == n and phrase in forms:
            return n
    return 0


def _introduces(verb: Token, words: list[Token]) -> bool:
    """Whether ``verb``, with the words after it, can introduce a whole quotation: with
    an object, only a finite verb (``telling his colleagues, “…”`` stays inside the clause
    of ``telling``, whose subject the speaker stage reads) whose object is someone spoken
    to, not the thing made (``write a book, “Who's Who in the Navy,”`` names a title)."""
    objects = [t for t in words if t.i > verb.i and t.dep_ == "dobj" and t.head.i == verb.i]
    if not objects:
        return True
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.lemma_.lower() in SPOKEN_TO_VERBS or all(
        is_audience_word(t) or t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ("PERSON", "NORP")
        for t in objects
    )


def is_cue_verb_form(token: Token, lexicon: CueLexicon) -> bool:
    """A cue verb by its lemma, or, for a verb the lemmatiser missed (``Says``, ``noted``),
    by its regular inflection."""
    if lexicon.is_cue_verb(token.lemma_ or token.lower_):
        return True
    if not token.tag_.startswith("VB"):
        return False
    word = token.lower_
    stems = [word[:-1]] if word.endswith("s") else []
    stems += [word[:-1], word[:-2]] if word.endswith("ed") else []
    return any(lexicon.is_cue_verb(stem) for stem in stems)


def names_a_thing(verb: Token) -> bool:
    """``an account called “Hypo-Cruz”``, ``the so-called “plan”``: a past participle of
    a naming verb modifying a noun gives a name, not speech; so does the writer's own
    naming (``what we call “infrastructure”``)."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and lemma in NAMING_VERBS:
        return True
    if lemma == "name" and any(t.lower_ in ("for", "after") for t in verb.children):
        return True  # ``a bakery named for Rosa Linde, a local “legend”``: an eponym
    return lemma in NAMING_VERBS and any(
        t.dep_ == "nsubj" and t.lower_ in FIRST_PERSONS for t in verb.children
    )
