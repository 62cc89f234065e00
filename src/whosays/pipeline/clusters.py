"""Entity clusters for ``whosays_coref``: mentions, name clustering, focus and output.

:class:`ArticleEntities` gathers an article's people and organisations from the named
entities (and the names the NER mislabels or misses), keeps each entity's mentions with
what makes them salient (sentence, subject position, speaker, inside a quotation), and
answers "which entity is most in focus here". The cluster and mention records are in
:mod:`whosays.pipeline.cluster_record`, the list items and quoted regions that bound focus
in :mod:`whosays.pipeline.article_regions`; :mod:`whosays.pipeline.coref` builds the
speaker resolution on top of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from math import log2

from spacy.tokens import Doc, Span, Token

from whosays.pipeline.article_regions import (
    content_spans,
    list_items,
    merged_intervals,
    people_list,
)
from whosays.pipeline.cluster_record import Cluster, Mention
from whosays.pipeline.doc import EntityData, doc_text
from whosays.pipeline.mention_lexicons import HONORIFIC_GENDER, Lexicons
from whosays.pipeline.mentions import document_author, national_side
from whosays.pipeline.names import (
    bare_word,
    group_key,
    name_tokens,
    org_key,
    org_tokens,
    same_org,
    same_person,
    short_org_names,
    titled_name,
    turn_label,
    widened_person,
)
from whosays.pipeline.titles import person_titles, title_text, title_words, weak_title
from whosays.pipeline.tokens import TokenArrays, span_head

__all__ = ["ArticleEntities"]

# Verbs whose subject authors their object document ("the group released a report").
ISSUING_VERBS = frozenset({"issue", "release", "send", "publish", "write", "post", "sign", "file"})
OUTPUT_TYPES = ("person", "organization", "document", "group")
# A bare surname shared by several people ("Cruz" after "Heidi Cruz" in an article about
# Ted Cruz) weighs how often the article has named each, besides recency.
SURNAME_SALIENCE = 1.0


class ArticleEntities:
    """The entity clusters of one article and the focus each has at a point in the text."""

    def __init__(self, doc: Doc, lexicons: Lexicons) -> None:
        self.doc = doc
        self.ents = list(doc.ents)  # Doc.ents is rebuilt on each access
        self.lex = lexicons
        self.clusters: list[Cluster] = []
        self.tokens = TokenArrays(doc)
        self.sent_of = self.tokens.sentence_numbers()
        contents = content_spans(doc)
        self.direct = merged_intervals([(s, e) for s, e, kind in contents if kind == "direct"])
        self.reported = merged_intervals([(s, e) for s, e, kind in contents if kind != "direct"])
        # Person-name mentions in text order: (start_char, end_char, first token, cluster).
        self.person_mentions: list[tuple[int, int, int, Cluster]] = []
        self.mention_titles: dict[int, str] = {}
        self.title_tokens: set[int] = set()
        # Sentence number -> clusters mentioned there, so focus looks only at recent ones.
        self.by_sentence: dict[int, list[Cluster]] = {}
        self.items = people_list(doc, list_items(doc_text(doc)))
        # An organisation's short name ("brackwell",) -> its full key (set by collect_names).
        self.short_names: dict[tuple[str, ...], tuple[str, ...]] = {}

    def item_bounds(self, position: int) -> tuple[int, int] | None:
        """The numbered list item ``position`` lies in, as ``(start, end)`` characters."""
        index = bisect_right(self.items, position) - 1
        if index < 0:
            return None
        end = self.items[index + 1] if index + 1 < len(self.items) else len(doc_text(self.doc))
        return self.items[index], end

    # -- names ---------------------------------------------------------------

    def collect_names(self) -> None:
        """Cluster PERSON and ORG entities (and names the NER mislabels) in text order."""
        platforms = [e for e in self.ents if e.text.lower() in self.lex.platforms]
        firms = self.short_names = short_org_names(self.ents)
        titled: set[int] = set()
        for ent in self.ents:
            if ent.label_ == "PERSON" and ent not in platforms and org_key(ent) not in firms:
                self._add_person(widened_person(ent, self.lex))
            elif ent.label_ == "ORG" and (name := titled_name(ent, self.lex)) is not None:
                self._add_person(name)  # "Kazakh President Kassym-Jomart Tokayev" (ORG)
                titled.add(ent.start)
        for ent in self.ents:
            if ent.start in titled or (len(ent) == 1 and national_side(ent.root.head)):
                continue  # "the Kazakh side": "Kazakh" (ORG) names no organisation
            if ent.label_ in ("PERSON", "ORG") and org_key(ent) in firms:
                self._add_org(ent, firms[org_key(ent)])  # "Brackwell" of "Brackwell Water"
            elif ent in platforms:
                self._add_org(ent)  # "On Twitter, he wrote": tagged PERSON, never one
            elif ent.label_ == "ORG" and not self._reuse_as_person(ent):
                self._add_org(ent)
            elif ent.label_ != "PERSON":
                self._reuse_as_person(ent)
        self._add_bare_surnames()
        self._add_group_subjects()
        self._add_speech_documents()

    def _add_person(self, span: Span) -> Cluster | None:
        tokens, gender = name_tokens(span, self.lex)
        if not tokens:
            return None
        before = self.doc[span.start - 1] if span.start > 0 else None
        if gender is None and before is not None:
            gender = HONORIFIC_GENDER.get(bare_word(before))
        cluster = self._person_cluster(tokens, gender, person_titles(tokens, self.lex))
        if gender is not None:
            cluster.gender, cluster.gender_weak = gender, False
        self._add_person_mention(cluster, tokens)
        return cluster

    def _add_person_mention(self, cluster: Cluster, tokens: list[Token]) -> None:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        self._record(cluster, start, end, span_head(tokens))
        insort(self.person_mentions, (start, end, tokens[0].i, cluster), key=lambda m: m[:3])
        for title in person_titles(tokens, self.lex):
            text = title_text(title, self.lex)
            cluster.add_title(start, text, title_words(title))
            if weak_title(self.mention_titles.get(start, "")):  # a role beats "Dr.", "wife"
                self.mention_titles[start] = text
            self.title_tokens.update(t.i for t in title)
            title_gender = self._title_gender(title)
            if title_gender is not None and (cluster.gender is None or cluster.gender_weak):
                cluster.gender, cluster.gender_weak = title_gender, False

    def _title_gender(self, tokens: list[Token] | Span) -> str | None:
        genders = {self.lex.gendered[t.lower_] for t in tokens if t.lower_ in self.lex.gendered}
        return genders.pop() if len(genders) == 1 else None

    def _person_cluster(
        self, tokens: list[Token], gender: str | None, titles: list[list[Token]]
    ) -> Cluster:
        key = tuple(t.lower_ for t in tokens)
        cluster = self._matching_person(key, tokens[0].idx, gender, titles)
        if cluster is None:
            cluster = Cluster("person", None)
            self.clusters.append(cluster)
        if len(key) > len(cluster.key):
            cluster.key = key
        if len(key) > 1 and cluster.gender is None:
            cluster.gender = self.lex.first_names.get(key[0])
            cluster.gender_weak = cluster.gender is not None
        cluster.add_variant(self.doc[tokens[0].i : tokens[-1].i + 1].text)
        return cluster

    def _matching_person(
        self,
        key: tuple[str, ...],
        position: int,
        gender: str | None = None,
        titles: list[list[Token]] | None = None,
    ) -> Cluster | None:
        """The person a name refers to: same full name, or the surname's last in focus.

        A gender shown by an honorific ("Mrs. Obama") rules out people of the other one.
        A bare surname with a title ("Senator Cruz") goes to the people the article gave
        a matching title, when there are any, before focus decides.
        """
        people = [
            c
            for c in self.clusters
            if c.type == "person" and c.key and (gender is None or c.gender in (None, gender))
        ]
        if len(key) == 1:
            surname = [c for c in people if c.key[-1] == key[0]]
            surname = surname or [c for c in people if c.key[0] == key[0]]
            # "Mr. Clinton": the Clinton known to be a man before one of unknown gender
            if gender is not None:
                surname = [c for c in surname if c.gender == gender] or surname
            candidates = self._titled(surname, titles or []) or surname
            return self._most_recent(candidates, position, SURNAME_SALIENCE)
        same = [c for c in people if same_person(c.key, key)]
        return self._most_recent(same, position)

    def _titled(self, clusters: list[Cluster], titles: list[list[Token]]) -> list[Cluster]:
        """The clusters with a title matching one of a mention's ``titles``."""
        if len(clusters) < 2:
            return clusters
        heads = [(span_head(title).lower_, title_words(title)) for title in titles]
        return [
            c
            for c in clusters
            if any(self._matching_title(c, head, words) for head, words in heads)
        ]

    def _matching_title(self, cluster: Cluster, head: str, words: frozenset[str]) -> str | None:
        """The cluster's title holding the head and every word of a title mention.

        "the minister" matches "defence minister"; "the president" does not match
        "vice president" (a rank word), nor "the Democratic nominee" "Republican nominee".
        """
        for _, text, title in cluster.titles:
            if head in title and words <= title and title & self.lex.ranks <= words:
                return text
        return None

    def _most_recent(
        self, clusters: list[Cluster], position: int, salience: float = 0.0
    ) -> Cluster | None:
        """The cluster most in focus at ``position`` (recency, subject, speaker), plus
        ``salience`` times log2 of how many mentions it has before ``position``."""
        if len(clusters) < 2:
            return clusters[0] if clusters else None
        return self._focus_among(position, clusters, {"person": 0.0, "salience": salience})

    def _reuse_as_person(self, ent: Span) -> bool:
        """Treat a non-PERSON entity as a person mention when it is a known surname."""
        if any(t.i in self.title_tokens for t in ent):
            return True
        tokens, _ = name_tokens(ent, self.lex)
        if not tokens or self._inside_person(tokens[0].idx):
            return bool(tokens)
        key = tuple(t.lower_ for t in tokens)
        if len(key) > 1:
            # "her daughter, Clare Ellory," tagged ORG: a full name of PROPN words ending
            # in the surname of a person the article names is a person
            return self._relative_of_known(ent, tokens) and self._add_person(ent) is not None
        titles = person_titles(tokens, self.lex)
        cluster = self._matching_person(key, ent.start_char, None, titles)
        if cluster is None:
            return False
        self._add_person_mention(cluster, tokens)
        return True

    def _relative_of_known(self, ent: Span, tokens: list[Token]) -> bool:
        # The surname of another person, or of this name where the article shows it is a
        # person's (a title, a gendered first name): "Brennan Paving" tagged PERSON once
        # and ORG once stays the company that "the company" refers to.
        key = tuple(t.lower_ for t in tokens)
        people = [c for c in self.clusters if c.type == "person" and len(c.key) > 1]
        surnames = {c.key[-1] for c in people if c.key != key or c.titles or c.gender}
        return (
            ent.label_ == "ORG"  # not "North Korea" (GPE) after "N. Korea" tagged PERSON
            and len(tokens) == len(ent)
            and tokens[-1].lower_ in surnames
            and all(t.pos_ == "PROPN" and t.text.istitle() for t in tokens)
        )

    def _inside_person(self, position: int) -> bool:
        index = bisect_left(self.person_mentions, position + 1, key=lambda item: item[0])
        return index > 0 and self.person_mentions[index - 1][1] > position

    def _ents_in(self, span: Span) -> list[Span]:
        index = bisect_left(self.ents, span.start, key=lambda e: e.start)
        found = []
        while index < len(self.ents) and self.ents[index].start < span.end:
            if self.ents[index].end <= span.end:
                found.append(self.ents[index])
            index += 1
        return found

    def _add_bare_surnames(self) -> None:
        """Surnames the NER missed ("Roe" tagged as nothing), found on the token arrays."""
        surnames = {c.key[-1] for c in self.clusters if c.type == "person" and c.key}
        found = self.tokens.find(surnames, pos="PROPN", no_entity=True)
        # A capitalised subject the tagger read as a common noun or adjective ("Benning
        # said", "Bramble said").
        for pos in ("NOUN", "ADJ"):
            subjects = self.tokens.find(surnames, pos=pos, dep="nsubj", no_entity=True)
            found += [i for i in subjects if self.doc[i].text.istitle()]
        # A transcript turn in capitals ("LOPEZ: …"), whatever the tagger made of it.
        labels = self.tokens.find(surnames, no_entity=True)
        found += [i for i in labels if i not in found and turn_label(self.doc[i])]
        for index in sorted(found):
            token = self.doc[index]
            titles = person_titles([token], self.lex)
            cluster = self._matching_person((token.lower_,), token.idx, None, titles)
            if cluster is not None:
                self._add_person_mention(cluster, [token])

    def _add_group_subjects(self) -> None:
        """Unnamed groups that act as subjects ("Officials met", "Roe and Lind met")."""
        groups: dict[tuple[str, ...], Cluster] = {}
        for index in self.tokens.find(self.lex.group_plurals, dep="nsubj"):
            token = self.doc[index]
            phrase = self.doc[token.left_edge.i : token.i + 1]
            key = group_key(phrase)
            known = groups.get(key)
            if known is None:
                groups[key] = self._new_cluster("group", phrase, key=key)
            else:
                self._record(known, phrase.start_char, phrase.end_char, token)
        for index in self.tokens.find(None, pos="PROPN", dep="conj"):
            token = self.doc[index]
            if token.head.dep_ == "nsubj" and token.head.pos_ == "PROPN":
                # "Roe and Lind met ..." so that a later "they" is the two of them.
                self._new_cluster("group", self.doc[token.head.left_edge.i : token.i + 1])

    def _add_speech_documents(self) -> None:
        """Documents a speaker issues ("said in a statement", "released a report"), with author.

        Kept unnamed (not an entity) until a later mention ("the statement said") makes
        the document a speaker whose author is then known.
        """
        for index in self.tokens.find(self.lex.documents):
            noun = self.doc[index]
            phrase = self.doc[noun.left_edge.i : noun.i + 1]
            if noun.dep_ == "nsubj":  # "A report published by the audit office found"
                author = document_author(noun)
                writer = None if author is None else self.cluster_at(author.root)
            elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "via", "through"):
                verb = noun.head.head
                writer = self._subject_cluster(verb)
            elif noun.dep_ == "dobj" and noun.head.lemma_ in ISSUING_VERBS:
                verb = noun.head
                writer = self._subject_cluster(verb)
            else:
                continue
            cluster = self._new_cluster("document", phrase, key=(noun.lemma_.lower(),))
            cluster.author = writer
            if writer is None and noun.dep_ != "nsubj":
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                cluster.issuer = None if subject is None else subject.i

    def _subject_cluster(self, verb: Token) -> Cluster | None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return self.cluster_at(subjects[0]) if subjects else None

    def cluster_at(self, token: Token) -> Cluster | None:
        """The named person or organisation with a mention covering ``token``."""
        for cluster in self.clusters:
            if cluster.name is None or cluster.type not in ("person", "organization"):
                continue
            mention = cluster.last_before(token.idx + 1, (0, 0))
            if mention is not None and mention.end > token.idx:
                return cluster
        return None

    def _add_org(self, ent: Span, full: tuple[str, ...] = ()) -> Cluster | None:
        """Add an organisation mention (``full``: the key of the name it is short for)."""
        tokens = org_tokens(ent)
        if not tokens:
            return None
        key = full or org_key(tokens)
        cluster = next(
            (c for c in self.clusters if c.type == "organization" and same_org(c.key, key)),
            None,
        )
        if cluster is None:
            cluster = Cluster("organization", None)
            self.clusters.append(cluster)
        if len(key) > len(cluster.key) and not full:
            cluster.key = key
            cluster.name = self.doc[tokens[0].i : tokens[-1].i + 1].text
        self._record(cluster, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), ent.root)
        return cluster

    def _record(
        self, cluster: Cluster, start: int, end: int, head: Token, speaker: bool = False
    ) -> None:
        """Add a mention to ``cluster`` and index the cluster by the mention's sentence."""
        mention = self._mention(start, end, head, speaker)
        cluster.add(mention)
        self.by_sentence.setdefault(mention.sent, []).append(cluster)

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
        """The focus penalty of a mention inside quoted (1) or reported (0.5) content."""
        for (starts, ends), penalty in ((self.direct, 1.0), (self.reported, 0.5)):
            index = bisect_right(starts, position) - 1
            if index >= 0 and position < ends[index]:
                return penalty
        return 0.0

    def _new_cluster(self, kind: str, span: Span, key: tuple[str, ...] = ()) -> Cluster:
        cluster = Cluster(kind, None, key=key)
        self._record(cluster, span.start_char, span.end_char, span.root)
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

    # -- focus ---------------------------------------------------------------

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
        salience = accept.get("salience", 0.0)
        # Pronouns and titles in a numbered list item look for people in that item only.
        item = self.item_bounds(position) if "item" in accept else None
        item_start = -1 if item is None else item[0]
        best: tuple[float, int, Cluster] | None = None
        for cluster in self._candidates(sentence, window):
            if cluster.type not in accept:
                continue
            mention = cluster.last_before(position, skip)
            if mention is None or (window is not None and sentence - mention.sent > window):
                continue
            if mention.start < item_start:
                continue
            score = (
                accept[cluster.type]
                + accept.get(f"gender:{cluster.gender}", 0.0) * (0.35 if cluster.gender_weak else 1)
                - (sentence - mention.sent)
                + 0.5 * mention.subject
                + 0.5 * mention.speaker
                - mention.quoted
                + salience * log2(cluster.mentions_before(position))
                + accept.get("last_speaker", 0.0) * self._last_speaker(mention, sentence, position)
            )
            if best is None or (score, mention.start) > best[:2]:
                best = (score, mention.start, cluster)
        return None if best is None else best[2]

    def _last_speaker(self, mention: Mention, sentence: int, position: int) -> bool:
        """Whether ``mention`` speaks in the sentence right before ``position``, in the same
        paragraph: "Captain Sam Whitley said …. “…,” he said" is Whitley's."""
        text = doc_text(self.doc)
        return (
            mention.speaker
            and sentence - mention.sent == 1
            and "\n" not in text[mention.end : position]
        )

    def _candidates(self, sentence: int, window: int | None) -> list[Cluster]:
        if window is None:
            return self.clusters
        recent: dict[int, Cluster] = {}
        for number in range(sentence - window, sentence + 1):
            for cluster in self.by_sentence.get(number, ()):
                recent[id(cluster)] = cluster
        return list(recent.values())

    def _token_at(self, position: int) -> int:
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return 0 if span is None else span.start

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
