"""whosays_sources: indirect, mixed, according-to, belief, passive and vague attributions.

Rules on the dependency parse, one attribution per cue:

* a cue verb (``cues.tsv``, every mode) with a clausal complement: ``X said (that) …``,
  ``X told reporters …``, ``… , X said.``, ``polls show …``, ``X believes …``; the
  content is the complement clause, the source the verb's subject (climbing to the
  governing clause for ``…, saying …`` and ``was quoted as saying``);
* a cue verb without a clause takes its object as content (except the
  ``clause-only`` verbs of ``source_rules.tsv``): ``X called the plan "a disaster"``,
  ``X urged voters to stay home``;
* ``according to X``: the content is the clause the phrase modifies;
* vague attributions (kind ``vague``): an agentless passive cue (``it is widely
  believed``, ``is considered``, ``was credited with``), a subject that names nobody
  (``critics say``, ``many argue``: ``vague-subject``) and ``reportedly``-type adverbs.

Content spans follow PolNeAR: a leading ``that`` is kept, the sentence-final period is
not, quote marks around quoted words are. An attribution whose content overlaps one the
direct-quote stage already made is merged into it (cue and source filled in, ``direct``
upgraded to ``mixed`` when the reported content reaches beyond the quotation) rather
than added twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.errors import ModelError
from whosays.pipeline.doc import AttributionData, attributions, doc_text, register_extensions
from whosays.pipeline.lexicon import CueLexicon, data_rows, data_text, load_cue_lexicon
from whosays.pipeline.source_clauses import (
    OBJECT_DEPS,
    adjacent_quotation,
    around_parenthetical,
    closing_report,
    is_semicolon_clause,
    is_trailing_report,
    joined_second_report,
    main_clause,
    marked_as,
    misplaced_that_clause,
)
from whosays.pipeline.source_content import (
    ADDRESSEE_VERBS,
    CIRCUMSTANCE_PREPOSITIONS,
    NON_CONTENT_OBJECTS,
    SHARE_VERBS,
    TOPIC_AFTER,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
    for_clause,
    has_share_subject,
    indirect_question,
    is_addressee,
    is_anonymity_formula,
    is_answer,
    is_audience,
    made_clear,
    noun_cue,
    only_time,
    scare_quoted,
    stance_object,
)
from whosays.pipeline.source_cuts import (
    cut_anonymity_clause,
    cut_focus_adverb,
    cut_source_before_cue,
)
from whosays.pipeline.source_patterns import layout_attributions
from whosays.pipeline.source_phrases import according_to, common_knowledge, in_poll, vague_adverb
from whosays.pipeline.source_spans import (
    attribution_kind,
    close_source,
    is_nested,
    make_attribution,
    merge_attribution,
    overlaps,
    quotation_regions,
    trim_content,
    verb_cue,
    within_any,
    word_count,
)
from whosays.pipeline.source_subjects import (
    EXPLETIVES,
    SUBJECTS,
    passive_agent,
    passive_subject,
    subject_of,
    third_person,
    whole_name,
)
from whosays.pipeline.source_verbs import (
    after_leading_day,
    is_condition,
    is_headline,
    is_imperative,
    is_occasion,
    is_passive,
    is_perfect,
    is_quoted_as,
    is_time_phrase,
    lemma_candidates,
    quoted_as_cue,
    settle_cue,
    shared_objects,
    vague_complement,
    with_colon,
)

__all__ = ["SourceFinder", "SourceRules", "attribution_kind", "load_source_rules"]

DEFAULT_CONFIG: dict[str, object] = {"min_object_tokens": 1, "keep_nested": False}

RULES_FILE = "source_rules.tsv"
RULE_ROLES = (
    "clause-only",
    "vague-subject",
    "vague-adverb",
    "vague-passive",
    "quoted-only",
    "noun-cue",
    "vague-verb",
    "in-source",
    "third-person",
)
ALL_CUE_MODES = ("direct", "indirect", "both")


NOUN_MODIFIERS = frozenset({"amod", "compound", "det", "poss", "nmod"})


@dataclass(frozen=True)
class SourceRules:
    """The word lists of ``source_rules.tsv``, by role."""

    clause_only: frozenset[str]
    vague_subjects: frozenset[str]
    vague_adverbs: frozenset[str]
    vague_passive: frozenset[str]
    quoted_only: frozenset[str]
    noun_cues: frozenset[str]
    vague_verbs: frozenset[str]
    in_sources: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()


def parse_source_rules(text: str) -> SourceRules:
    """Parse the TSV text of ``source_rules.tsv``."""
    rows: dict[str, set[str]] = {role: set() for role in RULE_ROLES}
    for number, line in data_rows(text):
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in RULE_ROLES:
            raise ModelError(f"{RULES_FILE}: malformed row {number}: {line!r}")
        rows[fields[1]].add(fields[0].strip().lower())
    return SourceRules(
        frozenset(rows["clause-only"]),
        frozenset(rows["vague-subject"]),
        frozenset(rows["vague-adverb"]),
        frozenset(rows["vague-passive"]),
        frozenset(rows["quoted-only"]),
        frozenset(rows["noun-cue"]),
        frozenset(rows["vague-verb"]),
        frozenset(rows["in-source"]),
        frozenset(rows["third-person"]),
    )


@lru_cache(maxsize=1)
def load_source_rules() -> SourceRules:
    """The packaged source rules (cached)."""
    return parse_source_rules(data_text(RULES_FILE))


@Language.factory("whosays_sources", default_config=DEFAULT_CONFIG)
def make_sources(
    nlp: Language, name: str, min_object_tokens: int, keep_nested: bool
) -> SourceFinder:
    """Create the whosays_sources component."""
    return SourceFinder(name, min_object_tokens=min_object_tokens, keep_nested=keep_nested)


class SourceFinder:
    """Find indirect, mixed, according-to and vague attributions on the parse."""

    def __init__(
        self,
        name: str = "whosays_sources",
        *,
        min_object_tokens: int = 1,
        keep_nested: bool = False,
        cues: CueLexicon | None = None,
        rules: SourceRules | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        self.min_object_tokens = min_object_tokens
        self.keep_nested = keep_nested
        self.cues = cues if cues is not None else load_cue_lexicon(ALL_CUE_MODES)
        self.rules = rules if rules is not None else load_source_rules()
        # Speech verbs proper (not beliefs or findings): a second one joined to a reported
        # clause is a second report by the same speaker.
        self.speech = load_cue_lexicon()
        # The quotations of the Doc being processed (set by __call__).
        self.quoted: list[tuple[int, int]] = []

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        found = attributions(doc)
        earlier = len(found)
        quoted = quotation_regions(doc_text(doc))
        self.quoted = quoted
        seen_cues: set[tuple[int, int]] = set()
        for candidate in self.find(doc):
            cue = candidate.get("cue")
            if cue is not None and within_any(cue, quoted):
                continue  # PolNeAR leaves "I think" inside a quotation unannotated
            if cue is not None and self.quoted_subject(candidate, found[:earlier]):
                continue  # "“…, Captain Comet,” mused X": the quote's vocative is no source
            key = (cue[0], cue[1]) if cue else (candidate["content"][0], -1)
            if key in seen_cues:
                continue
            seen_cues.add(key)
            merge_attribution(found, earlier, candidate, quoted)
        if not self.keep_nested:
            found[earlier:] = [a for a in found[earlier:] if not is_nested(a, found)]
        for attribution in found:
            settle_cue(doc, attribution, self.keeps_completed_verb)
            cut_source_before_cue(doc, attribution, found)
            close_source(doc_text(doc), attribution)
            cut_anonymity_clause(doc, attribution)
            cut_focus_adverb(doc, attribution)
        return doc

    def quoted_subject(self, candidate: AttributionData, quotes: list[AttributionData]) -> bool:
        """Whether ``candidate``'s source lies inside a quotation whose own attribution has
        the same cue: the parse took words of the quote for the subject of its cue."""
        source, cue = candidate.get("source"), candidate.get("cue")
        if source is None or cue is None or not within_any(source, self.quoted):
            return False
        return any((old_cue := q.get("cue")) is not None and overlaps(old_cue, cue) for q in quotes)

    def find(self, doc: Doc) -> Iterator[AttributionData]:
        """Every attribution the rules find in ``doc``, in text order of the cue."""
        for token in doc:
            found = self.for_token(token)
            if found is not None:
                yield found
        yield from layout_attributions(doc_text(doc))

    def for_token(self, token: Token) -> AttributionData | None:
        """The attribution ``token`` cues, if it is a cue."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.lower_ == "according" and following is not None and following.lower_ == "to":
            return according_to(token)
        if token.lower_ == "in" and token.pos_ == "ADP":
            return in_poll(token, self.rules.in_sources)
        if token.pos_ == "ADV" and token.lower_ in self.rules.vague_adverbs:
            return vague_adverb(token)
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.rules.noun_cues:
            return noun_cue(token)
        if token.pos_ == "PROPN" and self.spelled_as_cue(token) and is_headline(token.sent):
            return self.headline(token)
        if self.misread_cue(token):
            return self.headline(token, misread=True)
        if token.pos_ == "NOUN" and (lemma := self.verb_read_as_noun(token)) is not None:
            return self.for_verb(token, lemma)
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if any(self.misread_cue(c) for c in token.children if c.dep_ == "nsubj"):
            return None  # "Ministry rejects claims over …": "claims" is no cue here
        if token.lemma_.lower() in self.rules.vague_verbs:
            if self.reports_through(token):
                return None  # "She appeared to imply that …": the attribution is "imply"
            return vague_complement(token, "vague-verb")
        if token.pos_ != "VERB":
            return common_knowledge(token)  # "It is no secret that …"
        lemma = self.cue_lemma(token)
        if lemma is not None:
            return self.for_verb(token, lemma)
        if token.lemma_.lower() in SHARE_VERBS and has_share_subject(token):
            return self.for_verb(token, token.lemma_.lower())
        if token.lemma_.lower() in self.rules.vague_passive and is_passive(token):
            return self.vague_passive(token, token.lemma_.lower())
        return made_clear(token) if token.lemma_.lower() == "make" else None

    def headline(self, token: Token, misread: bool = False) -> AttributionData | None:
        """``Carly Fiorina Endorses Ted Cruz``: in a title-case headline the parse reads the
        cue verb as part of a name; the words before it are the source, after it the content.
        With ``misread``, a cue the parse read as a noun subject (see :meth:`misread_cue`)."""
        if not self.spelled_as_cue(token):
            return None
        sent = token.sent
        verbs = any(t.pos_ == "VERB" for t in sent)
        if token.i - sent.start < (1 if misread else 2) or (verbs and not misread):
            return None
        end = next((t.i for t in sent if t.i > token.i and t.text == ":"), sent.end)
        content = trim_content(token.doc, token.i + 1, end)
        if content is None or len(content) < 2:
            return None
        source = token.doc[sent.start : token.i]
        return make_attribution(None, content, token.doc[token.i : token.i + 1], source, "headline")

    def spelled_as_cue(self, token: Token) -> bool:
        """Whether ``token`` is a cue verb's third-person form (``Endorses``, ``rejects``)."""
        lower = token.lower_
        spellings = (lower, lower[:-1], lower[:-2]) if lower.endswith("s") else ()
        return any(self.cues.is_cue_verb(s) for s in spellings)

    def misread_cue(self, token: Token) -> bool:
        """``Ministry rejects claims over grain convoy``: in a headline (no closing
        punctuation) the parse reads the cue as a noun subject and the noun after it as
        the verb."""
        if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.i != token.i + 1:
            return False  # cheap checks first: this runs on every token
        if token.head.tag_ != "VBZ" or not self.spelled_as_cue(token):
            return False
        sent = token.sent
        return token.i > sent.start and sent[-1].text not in (".", "!", "?", '"', "”", "'")

    def verb_read_as_noun(self, token: Token) -> str | None:
        """``Emails obtained by the paper show that …``: the tagger calls the cue verb a
        noun, but the parse gives it a subject and a reported clause; its cue lemma."""
        if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS"):
            return None
        deps = {c.dep_ for c in token.children}
        if "nsubj" not in deps or "ccomp" not in deps:
            return None
        if any(c.dep_ in NOUN_MODIFIERS for c in token.lefts):
            return None  # "the candidate's former doctor maintains": the subject is split
        return self.cue_lemma(token)

    def second_report(self, clause: Token) -> Token | None:
        """``said the bridge was safe and added that it would reopen``: the parse joins the
        second speech verb to the reported clause; it is the speaker's second report."""
        for child in clause.children:
            if (
                child.pos_ == "VERB"
                and joined_second_report(child)
                and self.is_speech_verb(child)
                and any(c.dep_ == "cc" and c.i < child.i for c in clause.children)
            ):
                return child
        return None

    def is_speech_verb(self, verb: Token) -> bool:
        """A speech verb proper, or one with its particle (``pointed out``)."""
        if self.speech.is_cue_verb(verb.lemma_.lower()):
            return True
        particles = (f"{verb.lower_} {c.lower_}" for c in verb.children if c.dep_ == "prt")
        return any(phrase in self.speech.phrases for phrase in particles)

    def first_report(self, verb: Token) -> Token | None:
        """The cue verb whose reported clause the parse joined ``verb`` to (see
        :meth:`second_report`): its subject speaks for ``verb`` too."""
        clause = verb.head
        if not joined_second_report(verb) or clause.head.pos_ != "VERB":
            return None
        second = self.second_report(clause)
        if self.cue_lemma(clause.head) is None or second is None or second.i != verb.i:
            return None
        return clause.head

    def reports_through(self, verb: Token) -> bool:
        """Whether the infinitive after ``seem`` / ``appear`` is a cue verb (``seems to show``)."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lower_ in EXPLETIVES:
            return False  # "as easy as it may seem to laugh off": nobody reports
        return any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and self.cue_lemma(c) is not None
            for c in verb.children
        )

    def keeps_completed_verb(self, head: Token) -> bool:
        """Whether an infinitive cue keeps ``head`` (:func:`completed_cue`): not a cue verb
        of its own (``refused to say``), except a ``quoted-only`` one (``continued to``)."""
        lemma = self.cue_lemma(head)
        return lemma is None or lemma in self.rules.quoted_only

    def cue_lemma(self, verb: Token) -> str | None:
        """The cue lexicon lemma of ``verb``, trying its spelling where the lemmatiser slips."""
        for lemma in lemma_candidates(verb):
            if self.cues.is_cue_verb(lemma):
                return lemma
        return None

    def for_verb(self, verb: Token, lemma: str) -> AttributionData | None:
        """The attribution headed by cue verb ``verb`` (lexicon lemma ``lemma``)."""
        if is_quoted_as(verb):
            return None  # "was quoted as saying": the attribution hangs on "saying"
        if scare_quoted(verb):
            return None  # "the so-called “experts”": the writer's scare quotes, no speech
        if is_condition(verb) or is_imperative(verb):
            return None  # "If the government wants …", "Ask the steelworkers …": nobody said it
        agent = passive_agent(verb)
        if agent is None and is_passive(verb) and not is_perfect(verb):
            return self.vague_passive(verb, lemma)
        content, rule = self.content_of(verb, lemma)
        if content is None and agent is not None:
            content, rule = passive_subject(verb), "passive-subject"
        if content is None or is_anonymity_formula(content) or is_audience(content):
            return None
        outer = self.first_report(verb)
        source = agent if agent is not None else subject_of(outer or verb)
        if source is not None and source.start > verb.i:
            source = whole_name(source)
        cue = quoted_as_cue(verb) or verb_cue(verb)
        if rule == "object-prep":
            cue = verb.doc[cue.start : verb.i + 2]
        elif rule == "stance":
            cue = verb.doc[cue.start : content.start]
        cue = with_colon(cue)
        if source is not None and _is_vague_subject(source, self.rules):
            return make_attribution("vague", content, cue, source, "vague-subject")
        found = make_attribution(None, content, cue, source, rule)
        reported = lemma in self.rules.third_person and third_person(source)
        if lemma in self.rules.quoted_only and found["kind"] == "indirect" and not reported:
            return None
        return found

    def content_of(self, verb: Token, lemma: str) -> tuple[Span | None, str]:
        """The content span of a cue verb and the rule that found it."""
        doc = verb.doc
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and not is_semicolon_clause(c)]
        if clauses:
            clause = main_clause(verb, clauses)
            end = clause.right_edge.i + 1
            second = self.second_report(clause)
            if second is not None:
                end = min(c.i for c in clause.children if c.dep_ == "cc" and c.i < second.i)
            return trim_content(doc, after_leading_day(verb, clause), end), "clause"
        called_for = for_clause(verb)
        if called_for is not None:  # "called for all bidders to set out details"
            end = called_for.right_edge.i + 1
            return trim_content(doc, called_for.left_edge.i + 1, end), "object-prep"
        question = indirect_question(verb, lemma)
        if question is not None:  # "asked the students if they were serious"
            return trim_content(doc, question.left_edge.i, question.right_edge.i + 1), "clause"
        if verb.dep_ == "parataxis":
            return around_parenthetical(verb), "parataxis"
        if verb.dep_ == "advcl" and marked_as(verb, lemma in ADDRESSEE_VERBS):
            return around_parenthetical(verb), "as-clause"
        if is_trailing_report(verb):
            return around_parenthetical(verb), "parataxis"
        quotation = adjacent_quotation(verb, self.quoted)
        if quotation is not None and lemma not in self.rules.quoted_only:
            return quotation, "adjacent-quote"
        closing = closing_report(verb)
        if closing is not None:  # "…, a girl was pepper-sprayed by a bystander, police said."
            return closing, "parataxis"
        after = verb.i + 1
        if after < len(doc) and doc[after].text == ":" and after + 1 < verb.sent.end:
            return trim_content(doc, after + 1, verb.sent.end), "colon"
        misplaced = misplaced_that_clause(verb)
        if misplaced is not None:
            return trim_content(doc, misplaced.left_edge.i, misplaced.right_edge.i + 1), "clause"
        objects = [
            c
            for c in verb.rights
            if (c.dep_ in OBJECT_DEPS or is_answer(c)) and c.lower_ != "according"
        ]  # "promised to turn the page, according to a transcript": the transcript's
        if not objects:
            objects = shared_objects(verb)
        if objects and is_answer(objects[0]):
            objects = objects[:1]  # "said so in December": the answer alone
        stance = stance_object(objects)
        if stance is not None:  # "argued in favor of X": the cue keeps "in favor of"
            return trim_content(doc, stance.left_edge.i, stance.right_edge.i + 1), "stance"
        topic = TOPIC_AFTER.get(lemma, frozenset())
        while objects and objects[0].lower_ in CIRCUMSTANCE_PREPOSITIONS - topic:
            objects = objects[1:]
        if lemma in TOPIC_VERBS:
            objects = [c for c in objects if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS]
        if lemma in ADDRESSEE_VERBS and all(is_addressee(c) for c in objects):
            objects = []  # "told The Washington Post": who heard it, not what was said
        takes_object = lemma not in self.rules.clause_only
        if objects and objects[0].lower_ in topic and not is_passive(verb):
            takes_object = True  # "referred to the recent killings": what it refers to
        while len(objects) > 1 and (is_time_phrase(objects[-1]) or is_occasion(objects[-1])):
            objects = objects[:-1]  # "defended the cuts on Monday / at a rally": when, where
        if objects and (takes_object or any(c.dep_ == "xcomp" for c in objects)):
            first = objects[0]
            start, rule = first.left_edge.i, "object"
            if first.dep_ == "prep" and first.i == verb.i + 1 and first.n_rights:
                start, rule = first.i + 1, "object-prep"  # "called for X": the cue keeps "for"
            span = trim_content(doc, start, objects[-1].right_edge.i + 1)
            if span is not None and self.is_object_content(span):
                return span, rule
        return None, ""

    def is_object_content(self, span: Span) -> bool:
        """Whether an object is long enough to be content: one word only as a direct object.

        ``denied that``, ``opposes it``, ``blasted Congress`` are attributions (PolNeAR
        annotates them); ``spoke on Tuesday`` and ``said nothing`` are not.
        """
        if only_time(span):
            return False  # "Stiles conceded shortly before midnight": when, not what
        words = word_count(span)
        if words >= max(self.min_object_tokens, 2):
            return True
        if words < self.min_object_tokens:
            return False
        if is_answer(span.root):
            return True  # "75 percent of Democrats said yes"
        return span.root.dep_ == "dobj" and span.root.lower_ not in NON_CONTENT_OBJECTS

    def vague_passive(self, verb: Token, lemma: str) -> AttributionData | None:
        """``it is widely believed that …``, ``X was criticized``: a sourceless attribution.

        Every agentless passive of a cue verb is vague (not of a ``quoted-only`` one:
        ``is planned``), and of other verbs listed as ``vague-passive`` (``is regarded``).
        """
        if lemma not in self.rules.vague_passive and lemma in self.rules.quoted_only:
            return None  # "is planned for March" reports nobody's words
        return vague_complement(verb, "vague-passive")


def _is_vague_subject(source: Span, rules: SourceRules) -> bool:
    return source.text.lower() in rules.vague_subjects
