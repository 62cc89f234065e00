"""whosays_coref: cluster the article's people and organisations, resolve speakers to names.

Runs after the stages that find attributions. It builds ``doc._.whosays_entities``
(people and organisations from the named entities, plus the documents, groups and
places that speak) and fills each attribution's ``speaker``:

* a name ("Roe", "Ms. Roe") joins the entity with that full name; two people who share
  a surname stay apart, and a bare surname goes to the one last in focus;
* a pronoun goes to the entity in focus (recency in sentences, subject position,
  earlier speakers) that agrees in number and, where the text shows it, gender;
* a title ("the minister", "the group's spokesman") goes to the person the article
  introduced with that title (pre-modifier, appositive or "X is the ...");
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

from bisect import bisect_left, insort
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from whosays.pipeline.doc import (
    AttributionData,
    EntityData,
    SpeakerData,
    attributions,
    char_span,
    doc_list,
    register_extensions,
)
from whosays.pipeline.mentions import (
    HONORIFIC_GENDER,
    INDEFINITE,
    PRONOUNS,
    Cluster,
    Lexicons,
    Mention,
    TokenArrays,
    classify_mention,
    load_lexicons,
    name_tokens,
    org_key,
    person_titles,
    same_org,
    same_person,
    span_head,
    title_text,
    title_words,
    without_determiner,
)

DEFAULT_CONFIG: dict[str, object] = {"pronoun_window": 6}

OUTPUT_TYPES = ("person", "organization", "document", "group")
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


@Language.factory("whosays_coref", default_config=DEFAULT_CONFIG)
def make_coref(nlp: Language, name: str, pronoun_window: int) -> SpeakerResolver:
    """Create the whosays_coref component.

    ``pronoun_window`` is how many sentences back a pronoun may find its antecedent.
    """
    return SpeakerResolver(name, pronoun_window=pronoun_window)


@dataclass(frozen=True)
class Resolution:
    """A resolved speaker mention: its cluster (if any), type and title."""

    cluster: Cluster | None
    type: str
    title: str | None = None

    @property
    def name(self) -> str | None:
        """The speaker's name: the cluster's, or a document's author's."""
        if self.cluster is None:
            return None
        if self.cluster.type == "document":
            author = self.cluster.author
            return None if author is None else author.name
        if self.cluster.type == "group":
            return None
        return self.cluster.name


class SpeakerResolver:
    """The whosays_coref stage: entities and resolved speakers for each Doc."""

    def __init__(self, name: str = "whosays_coref", *, pronoun_window: int = 6) -> None:
        register_extensions()
        self.name = name
        self.pronoun_window = pronoun_window
        self.lexicons = load_lexicons()

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``whosays_entities`` and each attribution's ``speaker``."""
        article = ArticleCoref(doc, self.lexicons, self.pronoun_window)
        article.collect_names()
        resolved = [(data, article.resolve(data)) for data in article.ordered_attributions()]
        entities = article.entities()
        doc_list(doc, "whosays_entities").extend(entities)
        for data, resolution in resolved:
            data["speaker"] = speaker_data(resolution, data)
        return doc


def content_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Each attribution's content span and kind, by start."""
    spans = [
        (int(a["content"][0]), int(a["content"][1]), a.get("kind") or "direct")
        for a in attributions(doc)
        if a.get("content")
    ]
    return sorted(spans)


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


class ArticleCoref:
    """Clusters and focus for one article; :meth:`resolve` handles one attribution."""

    def __init__(self, doc: Doc, lexicons: Lexicons, pronoun_window: int) -> None:
        self.doc = doc
        self.ents = list(doc.ents)  # Doc.ents is rebuilt on each access
        self.lex = lexicons
        self.window = pronoun_window
        self.clusters: list[Cluster] = []
        self.tokens = TokenArrays(doc)
        self.sent_of = self.tokens.sentence_numbers()
        self.contents = content_spans(doc)
        # Person-name mentions in text order: (start_char, end_char, first token, cluster).
        self.person_mentions: list[tuple[int, int, int, Cluster]] = []
        self.mention_titles: dict[int, str] = {}
        self.title_tokens: set[int] = set()

    # -- names ---------------------------------------------------------------

    def collect_names(self) -> None:
        """Cluster PERSON and ORG entities (and names the NER mislabels) in text order."""
        for ent in self.ents:
            if ent.label_ == "PERSON":
                self._add_person(ent)
        for ent in self.ents:
            if ent.label_ == "ORG" and not self._reuse_as_person(ent):
                self._add_org(ent)
            elif ent.label_ != "PERSON":
                self._reuse_as_person(ent)
        self._add_bare_surnames()
        self._add_group_subjects()

    def _add_person(self, span: Span) -> Cluster | None:
        tokens, gender = name_tokens(span, self.lex)
        if not tokens:
            return None
        before = self.doc[span.start - 1] if span.start > 0 else None
        if gender is None and before is not None:
            gender = HONORIFIC_GENDER.get(before.lower_.rstrip("."))
        cluster = self._person_cluster(tokens, gender)
        if gender is not None:
            cluster.gender = gender
        self._add_person_mention(cluster, tokens)
        return cluster

    def _add_person_mention(self, cluster: Cluster, tokens: list[Token]) -> None:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        cluster.add(self._mention(start, end, span_head(tokens)))
        insort(self.person_mentions, (start, end, tokens[0].i, cluster), key=lambda m: m[:3])
        for title in person_titles(tokens, self.lex):
            text = title_text(title, self.lex)
            cluster.add_title(start, text, title_words(title))
            self.mention_titles.setdefault(start, text)
            self.title_tokens.update(t.i for t in title)
            cluster.gender = cluster.gender or self._title_gender(title)

    def _title_gender(self, tokens: list[Token] | Span) -> str | None:
        genders = {self.lex.gendered[t.lower_] for t in tokens if t.lower_ in self.lex.gendered}
        return genders.pop() if len(genders) == 1 else None

    def _person_cluster(self, tokens: list[Token], gender: str | None) -> Cluster:
        key = tuple(t.lower_ for t in tokens)
        cluster = self._matching_person(key, tokens[0].idx, gender)
        if cluster is None:
            cluster = Cluster("person", None)
            self.clusters.append(cluster)
        if len(key) > len(cluster.key):
            cluster.key = key
        if len(key) > 1 and cluster.gender is None:
            cluster.gender = self.lex.first_names.get(key[0])
        cluster.add_variant(self.doc[tokens[0].i : tokens[-1].i + 1].text)
        return cluster

    def _matching_person(
        self, key: tuple[str, ...], position: int, gender: str | None = None
    ) -> Cluster | None:
        """The person a name refers to: same full name, or the surname's last in focus.

        A gender shown by an honorific ("Mrs. Obama") rules out people of the other one.
        """
        people = [
            c
            for c in self.clusters
            if c.type == "person" and c.key and (gender is None or c.gender in (None, gender))
        ]
        if len(key) == 1:
            surname = [c for c in people if c.key[-1] == key[0]]
            return self._most_recent(surname or [c for c in people if c.key[0] == key[0]], position)
        same = [c for c in people if same_person(c.key, key)]
        return self._most_recent(same, position)

    def _most_recent(self, clusters: list[Cluster], position: int) -> Cluster | None:
        best: tuple[int, Cluster] | None = None
        for cluster in clusters:
            last = cluster.last_before(position, (0, 0))
            at = -1 if last is None else last.start
            if best is None or at > best[0]:
                best = (at, cluster)
        return None if best is None else best[1]

    def _reuse_as_person(self, ent: Span) -> bool:
        """Treat a non-PERSON entity as a person mention when it is a known surname."""
        if any(t.i in self.title_tokens for t in ent):
            return True
        tokens, _ = name_tokens(ent, self.lex)
        if not tokens or self._inside_person(tokens[0].idx):
            return bool(tokens)
        key = tuple(t.lower_ for t in tokens)
        cluster = self._matching_person(key, ent.start_char) if len(key) == 1 else None
        if cluster is None:
            return False
        self._add_person_mention(cluster, tokens)
        return True

    def _inside_person(self, position: int) -> bool:
        index = bisect_left(self.person_mentions, position + 1, key=lambda item: item[0])
        return index > 0 and self.person_mentions[index - 1][1] > position

    def _ents_in(self, span: Span) -> list[Span]:
        return [e for e in self.ents if span.start <= e.start and e.end <= span.end]

    def _add_bare_surnames(self) -> None:
        """Surnames the NER missed ("Roe" tagged as nothing), found on the token arrays."""
        surnames = {c.key[-1] for c in self.clusters if c.type == "person" and c.key}
        for index in self.tokens.find(surnames, pos="PROPN", no_entity=True):
            token = self.doc[index]
            cluster = self._matching_person((token.lower_,), token.idx)
            if cluster is not None:
                self._add_person_mention(cluster, [token])

    def _add_group_subjects(self) -> None:
        """Unnamed groups that act as subjects ("Officials met"), so "they" can find them."""
        for index in self.tokens.find(self.lex.group_plurals, dep="nsubj"):
            token = self.doc[index]
            phrase = self.doc[token.left_edge.i : token.i + 1]
            key = tuple(t.lower_ for t in phrase if t.pos_ != "DET" and not t.is_punct)
            self._new_cluster("group", phrase, key=key)

    def _add_org(self, ent: Span) -> Cluster | None:
        tokens = [t for t in ent if not (t.pos_ == "DET" or t.is_punct or t.tag_ == "POS")]
        if not tokens:
            return None
        key = org_key(tokens)
        cluster = next(
            (c for c in self.clusters if c.type == "organization" and same_org(c.key, key)),
            None,
        )
        if cluster is None:
            cluster = Cluster("organization", None)
            self.clusters.append(cluster)
        if len(key) > len(cluster.key):
            cluster.key = key
            cluster.name = self.doc[tokens[0].i : tokens[-1].i + 1].text
        cluster.add(self._mention(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), ent.root))
        return cluster

    def _mention(self, start: int, end: int, head: Token, speaker: bool = False) -> Mention:
        return Mention(
            start=start,
            end=end,
            sent=self.sent_of[head.i],
            subject=head.dep_ in ("nsubj", "nsubjpass"),
            speaker=speaker,
            quoted=self._quoted(start),
        )

    def _quoted(self, position: int) -> float:
        penalty = 0.0
        for start, end, kind in self.contents:
            if start > position:
                break
            if position < end:
                penalty = max(penalty, 1.0 if kind == "direct" else 0.5)
        return penalty

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
        span = None if not source else char_span(self.doc, source)
        if span is None or not span.text.strip():
            return None
        content = data.get("content") or [0, 0]
        resolution = self._resolve_span(span, (int(content[0]), int(content[1])), data)
        if resolution.cluster is not None:
            resolution.cluster.add(
                self._mention(span.start_char, span.end_char, span.root, speaker=True)
            )
        return resolution

    def _resolve_span(
        self, span: Span, skip: tuple[int, int], data: AttributionData | None = None
    ) -> Resolution:
        person = self._person_in(span)
        kind = classify_mention(span, self.lex, person is not None)
        hint = None if data is None else data.get("source_type")
        if kind.kind == "pronoun":
            return self._resolve_pronoun(kind.head, skip)
        if kind.kind == "relative":
            antecedent = self.doc[kind.head.left_edge.i : kind.head.i + 1]
            return self._resolve_span(antecedent, skip, data)
        if kind.kind == "anonymous":
            return Resolution(self._new_cluster("anonymous", span), "anonymous")
        if kind.kind == "name":
            return self._resolve_name(span, person, hint)
        if kind.kind == "document":
            return self._resolve_document(span, kind.head, kind.author, skip)
        if kind.kind == "group":
            return Resolution(self._group_cluster(span, kind.head), "group")
        if kind.kind == "coordination":
            return Resolution(self._new_cluster("group", span), "group")
        if kind.kind == "title":
            return self._resolve_title(span, kind.head)
        if kind.kind == "orgnoun":
            return self._resolve_orgnoun(span, kind.head)
        return Resolution(None, hint or "unknown")

    def _person_in(self, span: Span) -> tuple[Cluster, int] | None:
        """The person a mention names: a name at its head or in apposition to its head."""
        head = span.root
        index = bisect_left(self.person_mentions, span.start_char, key=lambda item: item[0])
        for start, end, first, cluster in self.person_mentions[index:]:
            if start >= span.end_char:
                break
            if end > span.end_char:
                continue
            tokens = self.doc.char_span(start, end, alignment_mode="expand")
            if tokens is None:
                continue
            name_head = tokens.root
            if name_head.i == head.i or (name_head.dep_ == "appos" and name_head.head.i == head.i):
                return cluster, start
            if head.dep_ == "appos" and head.head.i == name_head.i:
                return cluster, start
            del first
        return None

    def _resolve_name(
        self, span: Span, person: tuple[Cluster, int] | None, hint: str | None
    ) -> Resolution:
        if person is not None:
            named, start = person
            return Resolution(named, "person", self._title_for(named, span, start))
        head = span.root
        label = head.ent_type_
        acronym = span.text.isupper() and len(span.text) > 1
        if label == "ORG" or (label == "" and (hint == "organization" or acronym)):
            return Resolution(self._org_for(span), "organization")
        if label in PLACE_LABELS:
            return self._resolve_place(span, head)
        if hint not in (None, "person") or any(t.pos_ == "DET" for t in span[:1]):
            return Resolution(self._org_for(span), hint or "organization")
        cluster = self._add_person(span)
        if cluster is None:
            return Resolution(None, "person")
        return Resolution(cluster, "person", self._title_for(cluster, span, span.start_char))

    def _title_for(self, cluster: Cluster, span: Span, start: int) -> str | None:
        own = [
            text
            for at, text in self.mention_titles.items()
            if span.start_char <= at < span.end_char
        ]
        return own[0] if own else cluster.title_at(start + 1)

    def _org_for(self, span: Span) -> Cluster | None:
        ent = next((e for e in self._ents_in(span) if e.root.i == span.root.i), span)
        cluster = self._find_org(ent)
        return cluster if cluster is not None else self._add_org(ent)

    def _find_org(self, span: Span) -> Cluster | None:
        key = org_key(span)
        return next(
            (
                c
                for c in self.clusters
                if c.type in ("organization", "group") and same_org(c.key, key)
            ),
            None,
        )

    def _resolve_place(self, span: Span, head: Token) -> Resolution:
        if head.tag_ == "NNPS" or (head.ent_type_ == "NORP" and head.lower_.endswith("s")):
            kind = "group"
        else:
            kind = "organization"
        ent = next((e for e in self._ents_in(span) if e.root.i == head.i), span)
        cluster = self._find_org(ent) or self._add_org(ent)
        if cluster is None:
            return Resolution(None, kind)
        cluster.type = kind
        self._add_same_places(cluster, ent.label_)
        return Resolution(cluster, kind)

    def _add_same_places(self, cluster: Cluster, label: str) -> None:
        for ent in self.ents:
            if ent.label_ == label and same_org(cluster.key, org_key(ent)):
                cluster.add(self._mention(ent.start_char, ent.end_char, ent.root))

    # -- pronouns, titles, organisations, documents, groups ------------------

    def _focus(
        self,
        position: int,
        skip: tuple[int, int],
        accept: dict[str, float],
        window: int | None,
    ) -> Cluster | None:
        """The accepted cluster most in focus before ``position``.

        ``accept`` maps a cluster's type (or ``gender:<g>``) to a score bonus; clusters
        whose type is not in it are ignored. Focus is recency in sentences, plus a
        subject or speaker mention, minus a mention inside quoted content.
        """
        sentence = self.sent_of[self._token_at(position)]
        best: tuple[float, int, Cluster] | None = None
        for cluster in self.clusters:
            if cluster.type not in accept:
                continue
            mention = cluster.last_before(position, skip)
            if mention is None or (window is not None and sentence - mention.sent > window):
                continue
            score = (
                accept[cluster.type]
                + accept.get(f"gender:{cluster.gender}", 0.0)
                - (sentence - mention.sent)
                + 0.5 * mention.subject
                + 0.5 * mention.speaker
                - mention.quoted
            )
            if best is None or (score, mention.start) > best[:2]:
                best = (score, mention.start, cluster)
        return None if best is None else best[2]

    def _token_at(self, position: int) -> int:
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return 0 if span is None else span.start

    def _resolve_pronoun(self, token: Token, skip: tuple[int, int]) -> Resolution:
        number, gender = PRONOUNS[token.lower_]
        if number == "first":
            return Resolution(None, "unknown")
        if number == "pl":
            accept = {"organization": 0.0, "group": 0.5, "anonymous": 0.0}
        elif gender == "n":
            accept = {"organization": 0.0, "document": 0.0}
        else:
            other = "f" if gender == "m" else "m"
            accept = {"person": 0.0, "anonymous": 0.0, f"gender:{gender}": 2.0}
            accept[f"gender:{other}"] = -100.0
        cluster = self._focus(token.idx, skip, accept, self.window)
        if cluster is None:
            return Resolution(None, "person" if number == "sg" and gender != "n" else "unknown")
        if cluster.type == "person" and cluster.gender is None and gender in ("m", "f"):
            cluster.gender = gender
        return Resolution(cluster, cluster.type, cluster.title_at(token.idx))

    def _resolve_title(self, span: Span, head: Token) -> Resolution:
        words = title_words(span)
        if span[0].lower_ not in INDEFINITE:
            candidates = [c for c in self.clusters if self._matching_title(c, head.lower_, words)]
            accept = {"person": 0.0, "anonymous": 0.0}
            cluster = self._focus_among(span.start_char, candidates, accept)
            if cluster is not None:
                title = self._matching_title(cluster, head.lower_, words)
                return Resolution(cluster, cluster.type, title)
        cluster = self._new_cluster("person", span)
        title = title_text(list(span), self.lex)
        cluster.add_title(span.start_char, title, words)
        cluster.gender = self._title_gender(span)
        return Resolution(cluster, "person", title)

    def _matching_title(self, cluster: Cluster, head: str, words: frozenset[str]) -> str | None:
        """The cluster's title holding the head and every word of a title mention.

        "the minister" matches "defence minister"; "the president" does not match
        "vice president" (a rank word), nor "the Democratic nominee" "Republican nominee".
        """
        for _, text, title in cluster.titles:
            if head in title and words <= title and title & self.lex.ranks <= words:
                return text
        return None

    def _focus_among(
        self, position: int, clusters: list[Cluster], accept: dict[str, float]
    ) -> Cluster | None:
        if not clusters:
            return None
        before = [c for c in clusters if c.last_before(position, (0, 0)) is not None]
        if not before:
            return clusters[0] if len(clusters) == 1 else None
        keep = self.clusters
        self.clusters = before
        try:
            return self._focus(position, (0, 0), accept, None)
        finally:
            self.clusters = keep

    def _resolve_orgnoun(self, span: Span, head: Token) -> Resolution:
        noun = head.lower_
        if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.lefts):
            # "the Clinton campaign", "Hamas's military wing": named by its modifier.
            named = self.doc[span.start : head.i + 1]
            return Resolution(self._find_org(named) or self._add_org(named), "organization")
        orgs = [c for c in self.clusters if c.type == "organization" and c.name is not None]
        if noun not in self.lex.org_generic:
            orgs = [c for c in orgs if _org_has_words(c, head)]
        cluster = None
        if span[0].lower_ not in INDEFINITE:
            cluster = self._focus_among(span.start_char, orgs, {"organization": 0.0})
        if cluster is None:
            cluster = self._new_cluster("organization", span)
        return Resolution(cluster, "organization")

    def _resolve_document(
        self, span: Span, head: Token, author: Span | None, skip: tuple[int, int]
    ) -> Resolution:
        noun = head.lemma_.lower()
        definite = span[0].lower_ not in INDEFINITE and author is None
        same = [c for c in self.clusters if c.type == "document" and c.key[:1] == (noun,)]
        cluster = self._focus_among(span.start_char, same, {"document": 0.0})
        if not definite or cluster is None:
            cluster = self._new_cluster("document", span, key=(noun,))
            cluster.name = without_determiner(span)
        if author is not None and cluster.author is None:
            resolved = self._resolve_span(author, skip)
            if resolved.cluster is not None and resolved.cluster.name is not None:
                cluster.author = resolved.cluster
                resolved.cluster.add(self._mention(author.start_char, author.end_char, author.root))
        return Resolution(cluster, "document")

    def _group_cluster(self, span: Span, head: Token) -> Cluster:
        key = tuple(t.lower_ for t in span if t.pos_ != "DET" and not t.is_punct)
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

    def _new_cluster(self, kind: str, span: Span, key: tuple[str, ...] = ()) -> Cluster:
        cluster = Cluster(kind, None, key=key)
        cluster.add(self._mention(span.start_char, span.end_char, span.root))
        self.clusters.append(cluster)
        return cluster

    # -- output --------------------------------------------------------------

    def entities(self) -> list[EntityData]:
        """The named clusters as entity dicts, ids ``e1``... in order of first mention."""
        named = [
            c for c in self.clusters if c.name is not None and c.type in OUTPUT_TYPES and c.mentions
        ]
        named.sort(key=lambda c: c.mentions[0].start)
        result: list[EntityData] = []
        for number, cluster in enumerate(named, start=1):
            cluster.id = f"e{number}"
            result.append(
                {
                    "id": cluster.id,
                    "name": cluster.name or "",
                    "type": cluster.type,
                    "mentions": [[m.start, m.end] for m in cluster.mentions],
                    "titles": [text for _, text, _ in cluster.titles],
                }
            )
        return result


def _org_has_words(cluster: Cluster, head: Token) -> bool:
    """Whether an organisation's name holds a noun and its modifiers.

    "the appeals court" is the "Court of Appeals", not the "Supreme Court".
    """
    key = set(cluster.key)
    modifiers = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")}
    return modifiers <= key and (head.lower_ in key or head.lemma_.lower() in key)
