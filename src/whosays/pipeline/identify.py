"""Delayed identification for ``whosays_coref``: titled speakers the article names later.

News ledes often describe a speaker before naming them: "A federal judge on Tuesday
blocked the permit, saying ... \"...,\" Judge Alan Price wrote", "The mayor unveiled her
plan ... Mayor Sofia Brandt told the council". :class:`LaterNames` keeps the unnamed
people known only by a title with no antecedent, and once every speaker is resolved
merges each into the one person the next few sentences introduce with a matching title.
Speaker resolution is in :mod:`whosays.pipeline.coref`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosays.pipeline.cluster_record import Cluster
from whosays.pipeline.clusters import ArticleEntities
from whosays.pipeline.mention_lexicons import Lexicons
from whosays.pipeline.titles import title_text, unaliased

__all__ = ["LaterNames"]

TitledPeople = list[tuple[Cluster, list[frozenset[str]]]]
COURT_WORDS = frozenset({"court", "tribunal"})


class LaterNames(ArticleEntities):
    """Unnamed titled people of one article, and the people named after them."""

    def __init__(self, doc: Doc, lexicons: Lexicons) -> None:
        super().__init__(doc, lexicons)
        # Unnamed people known only by a title with no antecedent ("The mayor", "a
        # judge"), with the mention's title words: the article may name them later.
        self.unidentified: list[tuple[Cluster, Span, frozenset[str]]] = []
        # Every unnamed or anonymous speaker's mention: a second "an official" ends
        # the stretch in which the first one may be named.
        self.unnamed_mentions: list[Span] = []

    def named_later(self, window: int) -> dict[int, tuple[Cluster, str]]:
        """Merge each unnamed titled person into the one the article names just after.

        Returns, by ``id`` of the unnamed cluster, the named person and the speaker
        title to give. Run once every speaker is resolved, so that names found only as
        speakers count. Documents whose author was the unnamed person follow it.
        """
        found: dict[int, tuple[Cluster, str]] = {}
        for cluster, span, words in self.unidentified:
            if _in_apposition(span.root):  # "William Oberndorf, an investor who said"
                continue
            person = self._later_person(cluster, span, words, window)
            if person is not None:
                title = title_text(list(span), self.lex)
                # The fuller of the two: "defence minister" for "the minister".
                title = self._matching_title(person, span.root.lower_, words) or title
                found[id(cluster)] = (person, title)
                self._merge_into(cluster, person, span.start_char, title, words)
        for document in self.clusters:
            if document.author is not None and id(document.author) in found:
                document.author = found[id(document.author)][0]
        return found

    def _later_person(
        self, unnamed: Cluster, span: Span, words: frozenset[str], window: int
    ) -> Cluster | None:
        """The one named person the next ``window`` sentences give a matching title, else
        the one the next ``3 * window`` give, if nobody comes first with that head word.

        A title holding all the mention's words ("the minister": "defence minister")
        must be the only one; a shorter title ("a federal judge": "Judge Alan Price")
        counts only when nobody else there has a title with the same head word and the
        words it lacks name no organisation, party or person ("a State Department
        spokesman" is not "Clinton's spokesman"). Rank words must agree ("the
        president" is never "Vice President Tom Lind"), and so must a gender the text
        shows. Someone named after the mention in its own sentence is someone else ("A
        reporter said that Terris, the Post reporter, ...").
        """
        sentence = self.sent_of[span.start]
        limit = self._another_one(span, sentence + 3 * window + 1)
        item = self.item_bounds(span.start_char)
        if item is not None:  # a numbered list's next item is about someone else
            limit = min(limit, self.sent_of[self._token_at(item[1] - 1)] + 1)
        for stop in (min(sentence + window + 1, limit), limit):
            people = self._titled_after(unnamed, span, stop)
            if people:
                return self._one_match(span, words, people)
        return None

    def _titled_after(self, unnamed: Cluster, span: Span, stop: int) -> TitledPeople:
        """Named people with a title holding the mention's head after it, before sentence
        ``stop``, with those titles."""
        sentence, head = self.sent_of[span.start], span.root.lower_
        people = []
        for cluster in self.clusters:
            named = cluster.type == "person" and cluster.name is not None and not cluster.described
            after = (m for m in cluster.mentions if m.start >= span.end_char)
            if not named or any(m.sent == sentence for m in after):
                continue
            ahead = [
                title
                for start, _, title in cluster.titles
                if start >= span.end_char
                and self.sent_of[self._token_at(start)] < stop
                and head in title
            ]
            if ahead and not _other_gender(unnamed, cluster):
                people.append((cluster, ahead))
        return people

    def _one_match(self, span: Span, words: frozenset[str], people: TitledPeople) -> Cluster | None:
        ranks = words & self.lex.ranks
        people = [(c, [t for t in titles if t & self.lex.ranks == ranks]) for c, titles in people]
        fuller = [c for c, titles in people if any(words <= t for t in titles)]
        if fuller:
            return fuller[0] if len(fuller) == 1 else None
        names = {t.lower_ for t in span if _names_someone(t) and not _court_name(t)}
        shorter = [
            c
            for c, titles in people
            if any(unaliased(t) <= words and not (words - t) & names for t in titles)
        ]
        return shorter[0] if len(people) == 1 and shorter else None

    def _another_one(self, span: Span, stop: int) -> int:
        """The first sentence before ``stop`` that brings in another person with the
        mention's head word, else ``stop``: a second unnamed speaker ("an official ...
        a senior official who asked not to be named"), "another official"."""
        head = span.root.lower_
        for other in self.unnamed_mentions:
            if other.start >= span.end and other.root.lower_ == head:
                stop = min(stop, int(self.sent_of[other.start]))
        for token in self.doc[span.end : len(self.doc)]:
            if self.sent_of[token.i] >= stop:
                break
            if token.lower_ in ("another", "other") and token.head.lower_ in (head, head + "s"):
                return int(self.sent_of[token.i])
        return stop

    def _merge_into(
        self, cluster: Cluster, person: Cluster, start: int, title: str, words: frozenset[str]
    ) -> None:
        for mention in cluster.mentions:
            person.add(mention)
        person.add_title(start, title, words)
        if cluster.gender is not None and (person.gender is None or person.gender_weak):
            person.gender, person.gender_weak = cluster.gender, False
        self.clusters.remove(cluster)


def _names_someone(token: Token) -> bool:
    """Whether a word of a title mention names an organisation, party or person.

    A place does not: "the New York attorney general" is "Attorney General Jane Roe".
    """
    if token.ent_type_ in ("GPE", "LOC"):  # not NORP: "a Democratic senator"
        return False
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def _court_name(token: Token) -> bool:
    """A word of a court's name: the judge's own court names nobody else ("a High Court
    judge" is "Justice Eleanor Marsh")."""
    return token.lower_ in COURT_WORDS or token.head.lower_ in COURT_WORDS


def _in_apposition(head: Token) -> bool:
    """Whether a mention's head is in apposition to a noun or has one ("Roe, an aide")."""
    return head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children)


def _other_gender(unnamed: Cluster, person: Cluster) -> bool:
    """Whether two people are known to differ in gender (a first-name guess is no proof)."""
    known = unnamed.gender is not None and person.gender is not None and not person.gender_weak
    return known and unnamed.gender != person.gender
