"""whosays_coref: cluster the article's people and organisations, resolve speakers to names.

Runs after the stages that find attributions. It builds ``doc._.whosays_entities``
(people and organisations from the named entities, plus the documents, groups and
places that speak) and fills each attribution's ``speaker``:

* a name ("Roe", "Ms. Roe") joins the entity with that full name; two people who share
  a surname stay apart, and a bare surname goes to the one last in focus;
* a pronoun goes to the entity in focus (recency in sentences, subject position,
  earlier speakers) that agrees in number and, where the text shows it, gender;
* a title ("the minister", "the group's spokesman") goes to the person the article
  introduced with that title (pre-modifier, appositive or "X is the ..."); one with no
  such person before it ("The mayor unveiled her plan ... Mayor Sofia Brandt said", "A
  federal judge ruled ... Judge Alan Price wrote") goes to the one person the next few
  sentences introduce with a matching title, if there is exactly one;
* a document ("the statement") has type ``document``; its ``name`` is its author's
  name where the article gives one ("a statement from the ministry"), ``entity`` the
  document's own entity;
* a group ("officials", "analysts") has type ``group`` and ``name`` null (the phrase
  is the mention and the group entity's name); anonymous sources have type
  ``anonymous``, ``name`` null and no entity.

A speaker's ``title`` is the title in its own mention, else the latest title the
article gave its entity before it. Unresolved speakers keep ``name`` null and the type
that is known. The work per article is linear in tokens plus mentions times entities.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.cluster_record import Cluster, Resolution
from whosays.pipeline.coref_orgs import OrgSpeakers
from whosays.pipeline.doc import (
    AttributionData,
    SpeakerData,
    attributions,
    char_span,
    register_extensions,
)
from whosays.pipeline.mention_lexicons import INDEFINITE, PRONOUNS, Lexicons, load_lexicons
from whosays.pipeline.mentions import classify_mention, without_determiner
from whosays.pipeline.names import group_key, org_key
from whosays.pipeline.titles import FAMILY_TITLES, title_text, title_words

__all__ = ["SpeakerResolver", "make_coref"]

# "Whitley said …. “…,” he said": a quotation's "he"/"she" continues the speaker of the
# sentence before, in the same paragraph.
LAST_SPEAKER_BONUS = 1.0
# "the 19-year-old striker": an age in a definite title; it looks back this many sentences.
AGE = re.compile(r"\b\d+-year-old\b")
AGE_WINDOW = 2

DEFAULT_CONFIG: dict[str, object] = {"pronoun_window": 6, "identify_window": 8}

PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


@Language.factory("whosays_coref", default_config=DEFAULT_CONFIG)
def make_coref(
    nlp: Language, name: str, pronoun_window: int, identify_window: int
) -> SpeakerResolver:
    """Create the whosays_coref component.

    ``pronoun_window`` is how many sentences back a pronoun may find its antecedent;
    ``identify_window`` how many sentences ahead a title with no antecedent may find
    the person it introduces ("The mayor ... Mayor Sofia Brandt").
    """
    return SpeakerResolver(name, pronoun_window=pronoun_window, identify_window=identify_window)


class SpeakerResolver:
    """The whosays_coref stage: entities and resolved speakers for each Doc."""

    def __init__(
        self, name: str = "whosays_coref", *, pronoun_window: int = 6, identify_window: int = 8
    ) -> None:
        register_extensions()
        self.name = name
        self.pronoun_window = pronoun_window
        self.identify_window = identify_window
        self.lexicons = load_lexicons()

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``whosays_entities`` and each attribution's ``speaker``."""
        article = ArticleCoref(doc, self.lexicons, self.pronoun_window)
        article.collect_names()
        resolved = [(data, article.resolve(data)) for data in article.ordered_attributions()]
        resolved = article.identify_later(resolved, self.identify_window)
        entities = article.entities()
        doc._.whosays_entities = entities
        for data, resolution in resolved:
            data["speaker"] = speaker_data(resolution, data)
        return doc


def speaker_data(resolution: Resolution | None, data: AttributionData) -> SpeakerData:
    """The ``speaker`` dict of an attribution from its resolution."""
    if resolution is None:
        return {
            "name": None,
            "type": data.get("source_type") or "unknown",
            "entity": None,
            "title": None,
        }
    cluster = resolution.cluster
    return {
        "name": resolution.name,
        "type": resolution.type,
        "entity": None if cluster is None else cluster.id,
        "title": resolution.title,
    }


class ArticleCoref(OrgSpeakers):
    """Speaker resolution for one article; :meth:`resolve` handles one attribution."""

    def __init__(self, doc: Doc, lexicons: Lexicons, pronoun_window: int) -> None:
        super().__init__(doc, lexicons)
        self.window = pronoun_window

    # -- speakers ------------------------------------------------------------

    def ordered_attributions(self) -> list[AttributionData]:
        """The attributions in the order of their speaker mention (or content)."""

        def position(data: AttributionData) -> int:
            source = data.get("source")
            return int(source[0]) if source else int(data["content"][0])

        return sorted(attributions(self.doc), key=position)

    def resolve(self, data: AttributionData) -> Resolution | None:
        """Resolve one attribution's speaker mention; record it in its cluster."""
        source = data.get("source")
        span = char_span(self.doc, source) if source and self._in_text(source) else None
        if span is None or not span.text.strip():
            return None
        content = data.get("content") or [0, 0]
        resolution = self._resolve_span(span, (int(content[0]), int(content[1])), data)
        if resolution.cluster is not None:
            self._record(
                resolution.cluster, span.start_char, span.end_char, span.root, speaker=True
            )
        return resolution

    def _in_text(self, pair: list[int]) -> bool:
        last = self.doc[-1] if len(self.doc) else None
        length = 0 if last is None else last.idx + len(last.text_with_ws)
        return 0 <= pair[0] < pair[1] <= length

    def _resolve_span(
        self, span: Span, skip: tuple[int, int], data: AttributionData | None = None
    ) -> Resolution:
        if data is not None and _is_turn(span, data, QUESTION_LABELS):
            return Resolution(None, "unknown")  # "Q: …": the interviewer, no person "Q"
        if data is not None and _is_turn(span, data, ANSWER_LABELS):
            interviewee = self._interviewee()
            if interviewee is not None:
                title = self._title_for(interviewee, span.start_char)
                return Resolution(interviewee, "person", title)
        person = self._person_in(span)
        kind = classify_mention(span, self.lex, person is not None)
        hint = None if data is None else data.get("source_type")
        named_org = self._appositive_org(span) if kind.kind in ("unknown", "orgnoun") else None
        if named_org is not None:  # "Rail operator CoastLink said": the company it names
            return Resolution(self._find_org(named_org) or self._add_org(named_org), "organization")
        if kind.kind == "pronoun":
            quotation = data is not None and data.get("kind") == "direct"
            return self._resolve_pronoun(kind.head, skip, quotation)
        if kind.kind == "relative":
            antecedent = self.doc[kind.head.left_edge.i : kind.head.i + 1]
            return self._resolve_span(antecedent, skip, data)
        guessed_anonymous = hint == "anonymous" and kind.kind in ("title", "group", "unknown")
        if kind.kind == "anonymous" or guessed_anonymous:
            cluster = self._new_cluster("anonymous", span)
            self.unnamed_mentions.append(span)
            if kind.role and not guessed_anonymous:  # "a judge", "an official"
                self.unidentified.append((cluster, span, title_words(span)))
            if kind.head.lower_ in self.lex.roles and not guessed_anonymous:
                # "A Castrian diplomat, who asked not to be named, … the diplomat said":
                # the later definite title finds this source, still anonymous.
                role = [t for t in self.doc[span.start : kind.head.i + 1] if t.pos_ != "DET"]
                cluster.add_title(span.start_char, title_text(role, self.lex), title_words(role))
            return Resolution(cluster, "anonymous")
        if kind.kind == "name":
            return self._resolve_name(span, person, hint)
        if kind.kind == "document":
            return self._resolve_document(span, kind.head, kind.author, skip)
        if kind.kind == "group":
            return Resolution(self._group_cluster(span, kind.head), "group")
        if kind.kind == "coordination":
            return Resolution(self._new_cluster("group", span), "group")
        if kind.kind in ("title", "unknown") and span[0].lower_ == "the":
            aged = self._aged(span)
            if aged is not None:
                return aged
            relative = self._relative(span)
            if relative is not None:
                return relative
        if kind.kind == "title":
            return self._resolve_title(span, kind.head)
        if kind.kind == "orgnoun":
            return self._resolve_orgnoun(span, kind.head)
        return Resolution(None, hint or "unknown")

    def _interviewee(self) -> Cluster | None:
        """Who answers an interview's ``A:`` turns: the person the article names most
        often (at least twice, and more often than anyone else)."""
        counts: dict[int, int] = {}
        people: dict[int, Cluster] = {}
        for _, _, _, cluster in self.person_mentions:
            if (cluster.name or "").lower() in QUESTION_LABELS | ANSWER_LABELS:
                continue
            counts[id(cluster)] = counts.get(id(cluster), 0) + 1
            people[id(cluster)] = cluster
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return people[ranked[0][0]]

    def _person_in(self, span: Span) -> tuple[Cluster, int] | None:
        """The person a mention names: a name at its head or in apposition to its head.

        A role followed by a comma and a name ("An attorney for Pagliano, Mark
        MacDougall,") names the person even when the parse hangs the name elsewhere.
        """
        head = span.root
        index = bisect_left(self.person_mentions, span.start_char, key=lambda item: item[0])
        for start, end, first, cluster in self.person_mentions[index:]:
            if start >= span.end_char:
                break
            if end > span.end_char:
                continue
            name_head = self.doc[first : first + 1].root
            tokens = self.doc.char_span(start, end, alignment_mode="expand")
            if tokens is not None:
                name_head = tokens.root
            if name_head.i == head.i or (name_head.dep_ == "appos" and name_head.head.i == head.i):
                return cluster, start
            if head.dep_ == "appos" and head.head.i == name_head.i:
                return cluster, start
            if end == span.end_char and _split_sibling(head, name_head, span):
                return cluster, start  # "said Gazette co-host Ann Marsh": co-host split
            after_comma = first > span.start and self.doc[first - 1].text == ","
            closing = tokens is not None and _closes_mention(span, tokens)
            if after_comma and (head.lower_ in self.lex.roles or closing) and head.i < first:
                return cluster, start  # "A resident in Milford, Jack Pym," names him too
        return None

    def _resolve_name(
        self, span: Span, person: tuple[Cluster, int] | None, hint: str | None
    ) -> Resolution:
        if person is not None:
            named, start = person
            return Resolution(named, "person", self._mention_title(span, named, start))
        head = span.root
        label = head.ent_type_
        short = next((e for e in self._ents_in(span) if org_key(e) in self.short_names), None)
        if short is not None:  # "Brackwell, which serves …": short for "Brackwell Water"
            return Resolution(self._find_org(short) or self._add_org(short), "organization")
        acronym = span.text.isupper() and len(span.text) > 1
        if label == "ORG" or (label == "" and (hint == "organization" or acronym)):
            return Resolution(self._org_for(span), "organization")
        if label in PLACE_LABELS:
            return self._resolve_place(span, head)
        if hint in ("organization", "group") or span[0].pos_ == "DET":
            return Resolution(self._org_for(span), "organization")
        cluster = self._add_person(span)
        if cluster is None:
            return Resolution(None, "person")
        last = cluster.last_before(span.end_char, (0, 0))
        return Resolution(cluster, "person", self._title_for(cluster, last.start if last else 0))

    def _mention_title(self, span: Span, cluster: Cluster, start: int) -> str | None:
        """The title a name mention gives, also when it leads ("a spokeswoman for X, NAME")."""
        if start not in self.mention_titles and span.root.lower_ in self.lex.roles:
            before = [t for t in span if t.idx < start]
            if before and span.root.idx < start:
                text = title_text(before, self.lex)
                cluster.add_title(start, text, title_words(before))
                self.mention_titles[start] = text
        return self._title_for(cluster, start)

    def _title_for(self, cluster: Cluster, start: int) -> str | None:
        """The title given with the name mention at ``start``, else the latest one before."""
        own = self.mention_titles.get(start)
        return own if own is not None else cluster.title_at(start + 1)

    # -- pronouns and titles -------------------------------------------------

    def _resolve_pronoun(
        self, token: Token, skip: tuple[int, int], quotation: bool = False
    ) -> Resolution:
        number, gender = PRONOUNS[token.lower_]
        if number == "first":
            return Resolution(None, "unknown")
        if number == "pl":
            accept = {"organization": 0.0, "group": 0.5, "anonymous": 0.0}
        elif gender == "n":
            accept = {"organization": 0.0, "document": 0.0}
        else:
            other = "f" if gender == "m" else "m"
            accept = {"person": 0.0, "anonymous": 0.0, f"gender:{gender}": 1.5, "item": 0.0}
            if quotation and token.lower_ in ("he", "she"):
                accept["last_speaker"] = LAST_SPEAKER_BONUS  # "“…,” he said" goes on a report
            accept[f"gender:{other}"] = -100.0
        # "it" is mostly not a speaker: look no further than the previous sentence.
        window = 1 if gender == "n" else self.window
        position = token.idx
        if gender == "n":
            # "In an editorial on Tuesday, it said": the editorial is the occasion.
            position = self._before_fronted_document(token)
        cluster = self._focus(position, skip, accept, window)
        if cluster is None:
            return Resolution(None, "person" if number == "sg" and gender != "n" else "unknown")
        if cluster.type == "person" and cluster.gender is None and gender in ("m", "f"):
            cluster.gender = gender
        return Resolution(cluster, cluster.type, cluster.title_at(token.idx))

    def _before_fronted_document(self, pronoun: Token) -> int:
        """Where the antecedent of a subject pronoun must lie: before a fronted phrase of
        its verb that names a document ("In a statement, it said"), else before it."""
        verb = pronoun.head
        for child in verb.lefts:
            if child.dep_ != "prep" or child.i > pronoun.i:
                continue
            if any(t.lemma_.lower() in self.lex.documents for t in child.subtree):
                return self.doc[child.left_edge.i].idx
        return pronoun.idx

    def _aged(self, span: Span) -> Resolution | None:
        """``Mensah said … “…,” the 19-year-old striker told BBC Radio``: a definite
        description with an age is the named person in focus, not a new one."""
        age = AGE.search(span.text)
        if age is None:
            return None
        skip = (span.start_char, span.end_char)
        person = self._focus(span.start_char, skip, {"person": 0.0}, AGE_WINDOW)
        if person is None or person.name is None:
            return None
        after_age = [t for t in span if t.idx >= span.start_char + age.end()]
        # The mention's own title, without the age; a description ("the 71-year-old
        # diplomat") is not added to the person's titles, so later mentions keep the
        # title the article gave ("director general of the World Trade Organization").
        title = title_text(after_age, self.lex) or None
        return Resolution(person, "person", title)

    def _relative(self, span: Span) -> Resolution | None:
        """``Her daughter, Ana Lopez, said … “…,” the daughter said``: a bare definite
        family relation is the one person the article gave that relation before. Never
        with a possessor ("the nominee's daughter" is not the nominee) or two candidates."""
        words = [t for t in span if not t.is_punct]
        if len(words) != 2 or words[1].lower_ not in FAMILY_TITLES:
            return None
        relation = words[1].lower_
        candidates = [
            (c, title)
            for c in self.clusters
            if c.type == "person"
            and c.mentions[0].start < span.start_char
            and (title := _relation_title(c, relation)) is not None
        ]
        if len(candidates) != 1:
            return None
        ((person, title),) = candidates
        # "Another daughter, Ruth, said": a relation given without a possessor is no
        # title, yet it means the article has a second one; any earlier relation word
        # outside the sentences that name the candidate leaves the mention unresolved.
        named = {m.sent for m in person.mentions}
        for token in self.doc[: span.start]:
            if token.lower_ != relation or self.sent_of[token.i] in named:
                continue
            if token.i == 0 or self.doc[token.i - 1].lower_ != "the":
                return None
        return Resolution(person, "person", title)

    def _resolve_title(self, span: Span, head: Token) -> Resolution:
        words = title_words(span)
        if span[0].lower_ not in INDEFINITE:
            # Only people mentioned before: one named later is found by identify_later.
            titled = (
                c for c in self.clusters if c.titles and c.mentions[0].start < span.start_char
            )
            candidates = [c for c in titled if self._matching_title(c, head.lower_, words)]
            accept = {"person": 0.0, "anonymous": 0.0, "item": 0.0}
            cluster = self._focus_among(span.start_char, candidates, accept)
            if cluster is not None:
                title = self._matching_title(cluster, head.lower_, words)
                return Resolution(cluster, cluster.type, title)
            person = self._item_person(span)
            if person is not None:
                title = title_text(list(span), self.lex)
                person.add_title(span.start_char, title, words)
                return Resolution(person, "person", title)
            bare = [t for t in span if not t.is_punct]
            if len(bare) == 2 and head.lower_ in self.lex.org_specific:
                # "the regulator said" with no regulator named before: the agency
                return self._resolve_orgnoun(span, head)
        cluster = self._new_cluster("person", span)
        title = title_text(list(span), self.lex)
        cluster.add_title(span.start_char, title, words)
        cluster.gender = self._title_gender(span)
        self.unidentified.append((cluster, span, words))
        self.unnamed_mentions.append(span)
        return Resolution(cluster, "person", title)

    def _item_person(self, span: Span) -> Cluster | None:
        """``“Broad City” star Arturo Castro … the actor held a fake audition``: in a
        numbered list item, a definite title no one in the item holds is the named person
        most in focus among those the item makes a subject, unless the title's gender
        differs (not ``HuffPost Live's Alyona Minkovski``, named in passing)."""
        item = self.item_bounds(span.start_char)
        if item is None:
            return None
        subjects = [
            c
            for c in self.clusters
            if c.type == "person"
            and c.name is not None
            and not c.described
            and any(m.subject and item[0] <= m.start < span.start_char for m in c.mentions)
        ]
        accept = {"person": 0.0, "item": 0.0}
        person = self._focus_among(span.start_char, subjects, accept)
        gender = self._title_gender(span)
        if person is None:
            return None
        if gender is not None and person.gender not in (None, gender):
            return None
        return person

    # -- delayed identification ----------------------------------------------

    def identify_later(
        self, resolved: list[tuple[AttributionData, Resolution | None]], window: int
    ) -> list[tuple[AttributionData, Resolution | None]]:
        """Give speakers resolved to an unnamed titled person the person named later.

        Every speaker resolved to the unnamed person (a later "the judge", "she")
        follows it; see :meth:`LaterNames.named_later`.
        """
        found = self.named_later(window)
        if not found:
            return resolved
        result = []
        for data, resolution in resolved:
            if resolution is not None and id(resolution.cluster) in found:
                person, title = found[id(resolution.cluster)]
                resolution = Resolution(person, "person", title)
            result.append((data, resolution))
        return result

    # -- documents and groups ------------------------------------------------

    def _resolve_document(
        self, span: Span, head: Token, author: Span | None, skip: tuple[int, int]
    ) -> Resolution:
        noun = head.lemma_.lower()
        definite = span[0].lower_ not in INDEFINITE and author is None
        same = [c for c in self.clusters if c.type == "document" and c.key[:1] == (noun,)]
        cluster = self._focus_among(span.start_char, same, {"document": 0.0})
        if not definite or cluster is None:
            cluster = self._new_cluster("document", span, key=(noun,))
        cluster.name = cluster.name or without_determiner(span)
        if cluster.author is None and cluster.issuer is not None:
            # "In a statement, the utility said … According to the statement": the
            # utility, resolved by now, issued it
            cluster.author = self.cluster_at(self.doc[cluster.issuer])
        if author is not None and cluster.author is None:
            resolved = self._resolve_span(author, skip)
            writer = resolved.cluster
            # An author known only by title ("the inspector general") may be named later.
            later = any(writer is unnamed for unnamed, _, _ in self.unidentified)
            if writer is not None and (writer.name is not None or later):
                cluster.author = writer
                self._record(writer, author.start_char, author.end_char, author.root)
        return Resolution(cluster, "document")

    def _group_cluster(self, span: Span, head: Token) -> Cluster:
        pair = self._named_pair(span, head)
        if pair is not None:
            return pair
        key = group_key(span)
        definite = span[0].lower_ in ("the", "these", "those")
        for cluster in reversed(self.clusters):
            if cluster.type != "group":
                continue
            if cluster.key == key or (definite and cluster.key[-1:] == (head.lower_,)):
                cluster.name = cluster.name or without_determiner(span)
                return cluster
        cluster = self._new_cluster("group", span, key=key)
        cluster.name = without_determiner(span)
        return cluster


def _relation_title(cluster: Cluster, relation: str) -> str | None:
    """The first of ``cluster``'s titles that ends in the family ``relation`` word."""
    return next((t for _, t, _ in cluster.titles if t.lower().split()[-1:] == [relation]), None)


def _split_sibling(head: Token, name_head: Token, span: Span) -> bool:
    """Whether the parse split a mention at a hyphen into siblings of one head outside it
    (``said Gazette co-host Ann Marsh``: ``co``, ``-`` and ``Marsh`` all hang on ``said``),
    the name closing the mention."""
    outside = head.head
    if (
        name_head.head.i != outside.i
        or name_head.dep_ != head.dep_
        or span.start <= outside.i < span.end
    ):
        return False
    return any(t.text == "-" and t.head.i == outside.i for t in span)


def _closes_mention(span: Span, name: Span) -> bool:
    """Whether ``name`` ends ``span`` but for punctuation (``A resident in Milford, Jack
    Pym,``): a name set off by a comma at the end of a mention is the person it describes,
    wherever the parse hangs it."""
    end = span.end
    while end > name.end and span.doc[end - 1].is_punct:
        end -= 1
    return name.end == end


# Transcript labels of an interview's turns ("Q: Will the budget raise taxes?", "A: No.").
ANSWER_LABELS = frozenset({"a", "answer"})
QUESTION_LABELS = frozenset({"q", "question", "interviewer"})


def _is_turn(span: Span, data: AttributionData, labels: frozenset[str]) -> bool:
    """A ``colon-line`` whose name is one of ``labels`` (``A: …``, ``Q: …``)."""
    return data.get("rule") == "colon-line" and span.text.strip().lower() in labels
