"""Organisation and place speakers for ``whosays_coref``.

:class:`OrgSpeakers` resolves the speaker mentions that are organisations: a name
(joined to the organisation with the same key), a country or nationality that speaks
("Russia said", "Israelis"), an organisation named in apposition to a common noun
("Rail operator CoastLink", "the party's newspaper, People's Voice") or by its modifier
("the Clinton campaign"), and a bare organisation noun ("the company", "the appeals
court") that goes to the matching organisation in focus, else to a new one known only by
description. Speaker resolution is in :mod:`whosays.pipeline.coref`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosays.pipeline.cluster_record import Cluster, Resolution
from whosays.pipeline.identify import LaterNames
from whosays.pipeline.mention_lexicons import INDEFINITE
from whosays.pipeline.mentions import without_determiner
from whosays.pipeline.names import org_key, same_org

__all__ = ["OrgSpeakers"]

# "Both leaders", "the two sides", "the two men": the two people just named.
PAIR_NOUNS = frozenset({"sides", "men", "women", "leaders", "parties"})
PAIR_WINDOW = 3


class OrgSpeakers(LaterNames):
    """The organisation and place speakers of one article; the other speakers are
    resolved by its subclass in :mod:`whosays.pipeline.coref`."""

    def _named_pair(self, span: Span, head: Token) -> Cluster | None:
        """``Both leaders``, ``the two sides`` after two named people: the group of the two
        people named last within the last sentences (one cluster, named "A and B")."""
        # "Two officials said" is two people not yet named: "two" needs "the", "these" …
        words = {c.lower_ for c in head.lefts if c.dep_ in ("det", "nummod")}
        two = "both" in words or ("two" in words and bool(words & {"the", "these", "those"}))
        people = head.lower_ in PAIR_NOUNS or head.lemma_.lower() in self.lex.roles
        if not (two and people and head.tag_ in ("NNS", "NNPS")):
            return None
        sentence = self.sent_of[head.i]
        recent: list[tuple[int, Cluster]] = []
        for number in range(max(sentence - PAIR_WINDOW, 0), sentence + 1):
            for cluster in self.by_sentence.get(number, []):
                last = cluster.last_before(span.start_char, (span.start_char, span.end_char))
                named = cluster.type == "person" and cluster.name is not None
                if named and last is not None and all(c is not cluster for _, c in recent):
                    recent.append((last.start, cluster))
        if len(recent) < 2:
            return None
        pair = [c for _, c in sorted(recent, key=lambda item: item[0])[-2:]]
        key = ("pair", *(str(id(c)) for c in pair))
        for cluster in self.clusters:
            if cluster.key == key:
                self._record(cluster, span.start_char, span.end_char, head)
                return cluster
        cluster = self._new_cluster("group", span, key=key)
        cluster.name = " and ".join(str(c.name) for c in pair)
        return cluster

    def _appositive_org(self, span: Span) -> Span | None:
        """An organisation's name in apposition to a common-noun head ("Rail operator
        CoastLink", "the carmaker Toyota"): the entity of the appositive."""
        head = span.root
        if head.pos_ != "NOUN":
            return None
        return next(
            (
                e
                for e in self._ents_in(span)
                if e.label_ == "ORG"
                and e.root.dep_ == "appos"
                and e.root.head.i == head.i
                and (e.start == 0 or e.doc[e.start - 1].text != "(")  # "(D-Newport News)"
            ),
            None,
        )

    def _org_for(self, span: Span) -> Cluster | None:
        ent = next((e for e in self._ents_in(span) if e.root.i == span.root.i), span)
        cluster = self._find_org(ent)
        return cluster if cluster is not None else self._add_org(ent)

    def _find_org(self, span: Span) -> Cluster | None:
        key = org_key(span)
        key = self.short_names.get(key, key)  # "Brackwell" of "Brackwell Water"
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
                self._record(cluster, ent.start_char, ent.end_char, ent.root)

    def _resolve_orgnoun(self, span: Span, head: Token) -> Resolution:
        noun = head.lower_
        name = _appositive_name(head)
        if name is not None:
            # "the party's newspaper, People's Voice,": the name in apposition.
            return Resolution(self._find_org(name) or self._add_org(name), "organization")
        if any(_names_organization(c) for c in head.lefts):
            # "the Clinton campaign", "the Israeli government": named by its modifier.
            named = self.doc[span.start : head.i + 1]
            return Resolution(self._find_org(named) or self._add_org(named), "organization")
        orgs = [c for c in self.clusters if c.type == "organization" and c.name is not None]
        if noun not in self.lex.org_generic:
            orgs = [c for c in orgs if _org_has_words(c, head)]
        elif noun in BUSINESS_NOUNS:
            orgs = [c for c in orgs if not set(c.key) & PUBLIC_BODY_NOUNS]
        cluster = None
        if span[0].lower_ not in INDEFINITE:
            cluster = self._focus_among(span.start_char, orgs, {"organization": 0.0})
        if cluster is None:
            cluster = self._described_org(span, head)
        return Resolution(cluster, "organization")

    def _described_org(self, span: Span, head: Token) -> Cluster:
        """A new organisation known only by description ("the dockworkers' union, which …").

        Listed as an entity under the noun phrase up to its head, so that later mentions
        ("the union", "which") join it, while its speakers keep ``name`` null.
        """
        phrase = self.doc[span.start : head.i + 1]
        cluster = self._new_cluster("organization", span, key=org_key(phrase))
        cluster.name = without_determiner(phrase)
        cluster.described = True
        return cluster


# "the company said" does not mean the "Audit Bureau" or the "Ministry of Trade": a name
# that says it is a public body is no company.
BUSINESS_NOUNS = frozenset(
    {"company", "firm", "utility", "maker", "carmaker", "automaker", "drugmaker",
     "chipmaker", "manufacturer", "retailer", "supermarket", "insurer", "lender",
     "chain", "conglomerate", "startup", "exporter", "brewer"}
)  # fmt: skip
PUBLIC_BODY_NOUNS = frozenset(
    {
        "ministry", "government", "department", "agency", "council", "committee",
        "administration", "court", "army", "military", "police", "navy", "embassy",
        "consulate", "parliament", "cabinet", "commission", "authority", "regime",
        "presidency", "secretariat", "bureau", "institute", "university", "school",
        "hospital", "senate", "congress", "assembly", "legislature", "tribunal",
        "directorate", "municipality", "party", "campaign",
    }
)  # fmt: skip


def _org_has_words(cluster: Cluster, head: Token) -> bool:
    """Whether an organisation's name holds a noun and its modifiers.

    "the appeals court" is the "Court of Appeals", not the "Supreme Court".
    """
    key = set(cluster.key)
    modifiers = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")}
    return modifiers <= key and (head.lower_ in key or head.lemma_.lower() in key)


def _appositive_name(head: Token) -> Span | None:
    """A proper name in apposition after an organisation noun, without edge punctuation."""
    for child in head.rights:
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ == "ORG"):
            tokens = [t for t in child.subtree if not t.is_punct]
            if tokens:
                return head.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def _names_organization(modifier: Token) -> bool:
    """Whether a modifier names its organisation ("Clinton" campaign, "Israeli" army)."""
    if modifier.dep_ not in ("compound", "poss", "amod", "nmod"):
        return False
    return modifier.pos_ == "PROPN" or modifier.ent_type_ in ("GPE", "NORP", "ORG")
