"""whosays_sources: indirect, mixed, according-to, belief, passive and vague attributions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from whosays.errors import ModelError
from whosays.pipeline.doc import AttributionData
from whosays.pipeline.source_spans import attribution_kind, quotation_regions
from whosays.pipeline.sources import merge_attribution, parse_source_rules


@pytest.fixture(scope="module")
def sources_nlp() -> Language:
    """The real model with only the whosays_sources stage (no direct-quote stage)."""
    from whosays.nlp import load_pipeline

    return load_pipeline(stages=("whosays_sources",))


def found(nlp: Language, text: str) -> list[dict[str, Any]]:
    """Each attribution as texts: kind, content, cue, source, source_type."""
    doc = nlp(text)
    rows = []
    for a in doc._.whosays_attributions or []:
        source = a.get("source")
        rows.append(
            {
                "kind": a["kind"],
                "content": text[a["content"][0] : a["content"][1]],
                "cue": text[a["cue"][0] : a["cue"][1]] if a.get("cue") else None,
                "source": text[source[0] : source[1]] if source else None,
                "source_type": a.get("source_type"),
            }
        )
    return rows


# (text, kind, content, cue, source)
ATTRIBUTIONS = [
    # a second speech verb the parse joins to the reported clause is a second report by
    # the same speaker; the first report's content stops before it
    (
        "The mayor said the bridge was safe and added that it would reopen in May.",
        "indirect",
        "the bridge was safe",
        "said",
        "The mayor",
    ),
    (
        "The mayor said the bridge was safe and added that it would reopen in May.",
        "indirect",
        "that it would reopen in May",
        "added",
        "The mayor",
    ),
    (
        "Wang stressed that the dam was safe and pointed out that neighbours had been consulted.",
        "indirect",
        "that neighbours had been consulted",
        "pointed out",
        "Wang",
    ),
    # a court's ruling reports its finding (only a that-clause: "ruled the country" is none)
    (
        "The court ruled on Tuesday that the law was unconstitutional.",
        "indirect",
        "that the law was unconstitutional",
        "ruled",
        "The court",
    ),
    # reported speech, "that" kept, final period dropped
    (
        "The mayor said that the bridge would reopen.",
        "indirect",
        "that the bridge would reopen",
        "said",
        "The mayor",
    ),
    (
        "The mayor said the bridge would reopen in May.",
        "indirect",
        "the bridge would reopen in May",
        "said",
        "The mayor",
    ),
    (
        "Officials told reporters that the talks had stalled.",
        "indirect",
        "that the talks had stalled",
        "told",
        "Officials",
    ),
    (
        "She told the committee she had never seen the memo.",
        "indirect",
        "she had never seen the memo",
        "told",
        "She",
    ),
    (
        "The senator warned that prices would rise.",
        "indirect",
        "that prices would rise",
        "warned",
        "The senator",
    ),
    ("Smith added that the deal was fair.", "indirect", "that the deal was fair", "added", "Smith"),
    (
        "The governor insisted the budget was balanced.",
        "indirect",
        "the budget was balanced",
        "insisted",
        "The governor",
    ),
    (
        "Police say the driver fled the scene.",
        "indirect",
        "the driver fled the scene",
        "say",
        "Police",
    ),
    (
        "He has repeatedly claimed that the election was rigged.",
        "indirect",
        "that the election was rigged",
        "has repeatedly claimed",
        "He",
    ),
    (
        "The company announced that it would cut 500 jobs.",
        "indirect",
        "that it would cut 500 jobs",
        "announced",
        "The company",
    ),
    (
        "Jones admitted that mistakes were made.",
        "indirect",
        "that mistakes were made",
        "admitted",
        "Jones",
    ),
    (
        "The minister denied that the army had crossed the border.",
        "indirect",
        "that the army had crossed the border",
        "denied",
        "The minister",
    ),
    (
        "Analysts predicted that growth would slow.",
        "indirect",
        "that growth would slow",
        "predicted",
        "Analysts",
    ),
    (
        "The spokesman confirmed the meeting had been cancelled.",
        "indirect",
        "the meeting had been cancelled",
        "confirmed",
        "The spokesman",
    ),
    # sentence-final attribution
    (
        "The plan will fail, the senator said.",
        "indirect",
        "The plan will fail",
        "said",
        "the senator",
    ),
    ("Turnout was low, officials said.", "indirect", "Turnout was low", "said", "officials"),
    (
        "The economy is growing, the report found.",
        "indirect",
        "The economy is growing",
        "found",
        "the report",
    ),
    (
        "The vote will be held next week, said Maria Lopez.",
        "indirect",
        "The vote will be held next week",
        "said",
        "Maria Lopez",
    ),
    # appositive sources keep their closing comma, as PolNeAR has them
    (
        "John Smith, a spokesman for the ministry, said the talks would resume.",
        "indirect",
        "the talks would resume",
        "said",
        "John Smith, a spokesman for the ministry,",
    ),
    (
        "The club's fundraising director, Ada Kowalczyk, said she had not seen the invoice.",
        "indirect",
        "she had not seen the invoice",
        "said",
        "The club's fundraising director, Ada Kowalczyk,",
    ),
    (
        "Transport Committee Chair Lena Morrow (D-Maine) said the inquiry would go ahead.",
        "indirect",
        "the inquiry would go ahead",
        "said",
        "Transport Committee Chair Lena Morrow (D-Maine)",
    ),
    # documents and non-speech sources
    (
        "A recent poll shows that Smith leads by four points.",
        "indirect",
        "that Smith leads by four points",
        "shows",
        "A recent poll",
    ),
    (
        "The report found that the agency had wasted millions.",
        "indirect",
        "that the agency had wasted millions",
        "found",
        "The report",
    ),
    (
        "The ministry's statement said the strike had hit a military target.",
        "indirect",
        "the strike had hit a military target",
        "said",
        "The ministry's statement",
    ),
    (
        "The data suggest that inflation has peaked.",
        "indirect",
        "that inflation has peaked",
        "suggest",
        "The data",
    ),
    (
        "The study concluded that the drug was safe.",
        "indirect",
        "that the drug was safe",
        "concluded",
        "The study",
    ),
    # beliefs
    (
        "Most economists believe that a recession is coming.",
        "indirect",
        "that a recession is coming",
        "believe",
        "Most economists",
    ),
    (
        "The president believes the deal is a mistake.",
        "indirect",
        "the deal is a mistake",
        "believes",
        "The president",
    ),
    (
        "Residents fear that the factory will close.",
        "indirect",
        "that the factory will close",
        "fear",
        "Residents",
    ),
    (
        "The coach knows that the team can win the title.",
        "indirect",
        "that the team can win the title",
        "knows",
        "The coach",
    ),
    # object content
    (
        "Okafor urged volunteers to join the cleanup.",
        "indirect",
        "volunteers to join the cleanup",
        "urged",
        "Okafor",
    ),
    (
        "Clinton promised to triple the size of the program.",
        "indirect",
        "to triple the size of the program",
        "promised",
        "Clinton",
    ),
    (
        "The union endorsed the mayor for a second term.",
        "indirect",
        "the mayor for a second term",
        "endorsed",
        "The union",
    ),
    # mixed: reported speech holding quoted words
    (
        'The mayor said the plan was "a disaster".',
        "mixed",
        'the plan was "a disaster"',
        "said",
        "The mayor",
    ),
    (
        'Lee said the proposal "makes no sense at all."',
        "mixed",
        'the proposal "makes no sense at all."',
        "said",
        "Lee",
    ),
    (
        'She called the decision "outrageous".',
        "mixed",
        'the decision "outrageous"',
        "called",
        "She",
    ),
    # direct quotation found by the clause rule (no quote stage in this pipeline)
    (
        "“We came in with a proper invitation,” Lindqvist told reporters.",
        "direct",
        "“We came in with a proper invitation,”",
        "told",
        "Lindqvist",
    ),
    (
        '"The talks are over," the envoy said.',
        "direct",
        '"The talks are over,"',
        "said",
        "the envoy",
    ),
    # according to
    (
        "Prices rose by 5 percent, according to the central bank.",
        "indirect",
        "Prices rose by 5 percent",
        "according to",
        "the central bank",
    ),
    (
        "According to the police, two people were arrested.",
        "indirect",
        "two people were arrested",
        "According to",
        "the police",
    ),
    (
        "According to a source close to the talks, the deal is done.",
        "indirect",
        "the deal is done",
        "According to",
        "a source close to the talks",
    ),
    (
        "Clinton leads by four points, according to a new poll.",
        "indirect",
        "Clinton leads by four points",
        "according to",
        "a new poll",
    ),
    # ... also where a paragraph follows: the break hangs on the sentence's last word
    (
        "No one was hurt, according to police.\n\nThe shop reopened.",
        "indirect",
        "No one was hurt",
        "according to",
        "police",
    ),
    (
        "Prices rose by 5 percent, according to the central bank.\n\nStocks fell.",
        "indirect",
        "Prices rose by 5 percent",
        "according to",
        "the central bank",
    ),
    # passive, sourced
    (
        "He was quoted as saying the plan would fail.",
        "indirect",
        "the plan would fail",
        "quoted as saying",
        "He",
    ),
    (
        "The plan was criticized by the opposition as reckless.",
        "indirect",
        "as reckless",
        "was criticized",
        "the opposition",
    ),
    # any agentless passive of a cue verb is vague
    (
        "The mayor was criticized for the delay.",
        "vague",
        "The mayor was criticized for the delay",
        "was criticized for",
        None,
    ),
    # hedges: "seems", "appears" attribute to nobody
    ("Trump seems to be losing ground.", "vague", "Trump seems to be losing ground", "seems", None),
    (
        "It appears that the talks have failed.",
        "vague",
        "that the talks have failed",
        "appears",
        None,
    ),
    # a prepositional object: the preposition joins the cue
    (
        "The senator spoke about rising crime in the city.",
        "indirect",
        "rising crime in the city",
        "spoke about",
        "The senator",
    ),
    (
        "The mayor called for an end to the violence.",
        "indirect",
        "an end to the violence",
        "called for",
        "The mayor",
    ),
    # participle and subordinate clauses take the governing subject
    (
        "The senator spoke for an hour, saying that the bill was dead.",
        "indirect",
        "that the bill was dead",
        "saying",
        "The senator",
    ),
    (
        "Officials who said the bridge was unsafe were ignored.",
        "indirect",
        "the bridge was unsafe",
        "said",
        "who",
    ),
    # anonymous and group sources
    (
        "A source familiar with the talks said the deal was close.",
        "indirect",
        "the deal was close",
        "said",
        "A source familiar with the talks",
    ),
    (
        "A senior official who asked not to be named said the strike was planned.",
        "indirect",
        "the strike was planned",
        "said",
        "A senior official who asked not to be named",
    ),
    (
        "Residents said the water had been brown for weeks.",
        "indirect",
        "the water had been brown for weeks",
        "said",
        "Residents",
    ),
    (
        "Western diplomats said the sanctions were working.",
        "indirect",
        "the sanctions were working",
        "said",
        "Western diplomats",
    ),
    # vague: agentless passive, vague subjects, reportedly
    (
        "It is widely believed that the minister will resign.",
        "vague",
        "that the minister will resign",
        "is widely believed",
        None,
    ),
    (
        "It is acknowledged that the reforms have failed.",
        "vague",
        "that the reforms have failed",
        "is acknowledged",
        None,
    ),
    (
        "The general is considered a hardliner.",
        "vague",
        "The general is considered a hardliner",
        "is considered",
        None,
    ),
    (
        "The program has been described as a failure.",
        "vague",
        "The program has been described as a failure",
        "has been described as",
        None,
    ),
    (
        "Smith was credited with saving the company.",
        "vague",
        "Smith was credited with saving the company",
        "was credited with",
        None,
    ),
    (
        "Critics say the law is unconstitutional.",
        "vague",
        "the law is unconstitutional",
        "say",
        "Critics",
    ),
    # common knowledge and everybody (genre audit, 2026-11-27: a partisan op-ed)
    (
        "It is no secret that the green deal has been a disaster for working families.",
        "vague",
        "that the green deal has been a disaster for working families",
        "is no secret",
        None,
    ),
    (
        "It is common knowledge that the grid is not ready.",
        "vague",
        "that the grid is not ready",
        "is common knowledge",
        None,
    ),
    (
        "It is an open secret that the minister wants the job.",
        "vague",
        "that the minister wants the job",
        "is an open secret",
        None,
    ),
    ("Everyone knows that the plan failed.", "vague", "that the plan failed", "knows", "Everyone"),
    ("And we all know how that ended.", "vague", "how that ended", "know", "we all"),
    (
        "Many argue that the war was a mistake.",
        "vague",
        "that the war was a mistake",
        "argue",
        "Many",
    ),
    ("Some say the election was stolen.", "vague", "the election was stolen", "say", "Some"),
    # "speak" reports the topic an "about" / "of" phrase names
    (
        "The senator spoke about the assault.",
        "indirect",
        "the assault",
        "spoke about",
        "The senator",
    ),
    # "refer" (clause-only) still reports what a "to" phrase names
    (
        "Murphy referred to the recent spate of killings.",
        "indirect",
        "the recent spate of killings",
        "referred to",
        "Murphy",
    ),
    # "As X told <whom>, …" is a reporting clause like "As X reported, …"
    (
        "As Clinton told the Daily News, tax relief is a deal.",
        "indirect",
        "tax relief is a deal",
        "told",
        "Clinton",
    ),
    # "lean" (a stance, like "back" and "favor"): what the source leans toward is content
    (
        "Most independents lean toward the governor.",
        "indirect",
        "the governor",
        "lean toward",
        "Most independents",
    ),
    # "vote" with a share of those asked as its subject reports a poll's figure
    (
        "Among Democrats, 56 percent would vote for Hillary Clinton.",
        "indirect",
        "Hillary Clinton",
        "would vote for",
        "56 percent",
    ),
    (
        "A majority voted against the new tax.",
        "indirect",
        "the new tax",
        "voted against",
        "A majority",
    ),
    # "agree" (clause-only) takes the object of its "with" phrase: whom it agrees with
    (
        "A slew of party leaders agree with his assessment.",
        "indirect",
        "his assessment",
        "agree with",
        "A slew of party leaders",
    ),
    # ... and "agree on", "admit to", "hint at" their topic
    (
        "The two camps agreed on a new set of rules.",
        "indirect",
        "a new set of rules",
        "agreed on",
        "The two camps",
    ),
    (
        "The hacker admits to other intrusions.",
        "indirect",
        "other intrusions",
        "admits to",
        "The hacker",
    ),
    (
        "The governor hinted at a run for the Senate.",
        "indirect",
        "a run for the Senate",
        "hinted at",
        "The governor",
    ),
    # a title-case headline whose cue verb the parse reads as part of a name
    (
        "Folk Legend Harriet Quill Endorses Sam Okafor.",
        "indirect",
        "Sam Okafor",
        "Endorses",
        "Folk Legend Harriet Quill",
    ),
    # an "according to" phrase on the verb is the phrase's own attribution, not content
    (
        "At the meeting, Ruiz promised to turn the page, according to a transcript.",
        "indirect",
        "At the meeting, Ruiz promised to turn the page",
        "according to",
        "a transcript",
    ),
    # a headline whose cue the parse reads as the subject noun of the word after it
    (
        "Ministry rejects claims over grain convoy",
        "indirect",
        "claims over grain convoy",
        "rejects",
        "Ministry",
    ),
    # "yes" / "no" is what was said
    (
        "Asked about the plan, 72 percent of Democrats said yes.",
        "indirect",
        "yes",
        "said",
        "72 percent of Democrats",
    ),
    # a verb with no object shares the object of the verb joined to it
    (
        "The former spokesman derided and mocked the professional left.",
        "indirect",
        "the professional left",
        "derided",
        "The former spokesman",
    ),
    # a clause closed by a semicolon is no content of the verb after it
    (
        "He proposes breaking up the big banks; she backs tougher regulations.",
        "indirect",
        "tougher regulations",
        "backs",
        "she",
    ),
    (
        "The senator wants more spending on roads; the governor opposes new taxes on fuel.",
        "indirect",
        "new taxes on fuel",
        "opposes",
        "the governor",
    ),
    # a reduced relative the parse makes the root ("Documents obtained … show")
    (
        "Documents obtained through a public records request show that the firm submitted "
        "41 invoices.",
        "indirect",
        "that the firm submitted 41 invoices",
        "show",
        "Documents obtained through a public records request",
    ),
    # the tagger reads the cue as a plural noun, the parse still gives subject and clause
    (
        "Emails obtained by the newspaper show that the mayor knew of the plan.",
        "indirect",
        "that the mayor knew of the plan",
        "show",
        "Emails obtained by the newspaper",
    ),
    (
        "The president reportedly plans to fire his chief of staff.",
        "vague",
        "The president reportedly plans to fire his chief of staff",
        "reportedly",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind", "content", "cue", "source"), ATTRIBUTIONS)
def test_attribution(
    sources_nlp: Language, text: str, kind: str, content: str, cue: str, source: str | None
) -> None:
    rows = found(sources_nlp, text)
    match = [r for r in rows if r["cue"] == cue]
    assert match, f"no attribution with cue {cue!r} in {rows}"
    assert (match[0]["kind"], match[0]["content"], match[0]["source"]) == (kind, content, source)


# Texts with no attribution at all: the author's own voice, scare quotes, non-speech verbs.
NO_ATTRIBUTION = [
    "The bridge reopened on Monday after two years of repairs.",
    "Prices rose by 5 percent in March.",
    "The senator said nothing.",  # a one-word object is not reported content
    "The senator left the chamber before the vote.",
    "Voters will go to the polls in November.",
    "The minister's car was stopped at the border.",
    "The report was published on Tuesday.",
    "The next meeting is planned for March.",  # the passive of a quoted-only cue
    "He spent three years in prison.",
    # a cue read as a noun whose subject the parse splits gives no half source
    "Silence is nothing new when it comes to his tax affairs, the mayor’s former "
    "accountant maintains.",
    "The senators voted for the bill on Tuesday.",  # "vote" without a share of voters
    # "tell" with only whom it told, "speak" with no "about" / "of" topic
    "The mayor told Congress.",
    "The coach spoke to the radio station on the condition of anonymity.",
    "The candidate spoke in Dundee on Thursday night.",
    # an audience with a relative clause of its own is still only who was addressed
    # (genre audit, 2026-11-27)
    "The mayor thanked the crowd, which had waited since dawn.",
    "She asked the crowd, which had gathered since dawn.",
    # a bare past participle on a cue noun tells where the words went, not what they said
    "The clip came from a statement posted on social media.",
    "Members received a letter sent by the board.",
    # an agentless passive dated by a preposition is an event, not a vague attribution
    "The convoy rules were first agreed in 2019.",
    "The party ruled the country for 30 years.",
    # a cue noun as a predicate describes its subject; nobody said anything (genre audit)
    "Net zero is a luxury belief for people who will never have to choose.",
    "How the river behaves is a major worry for Captain Osei.",
    # an imperative tells the reader what to do: nobody said anything (genre audit)
    "Ask the steelworkers in Redcar whether they feel the benefit.",
    "Call it the politics of pique.",
    "It is no secret.",
    # a cue verb in an if / unless clause states a condition
    "If the government wants to be taken seriously, it should publish its figures.",
    "The agency should stay out of the race unless it plans to publish every file.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_ATTRIBUTION)
def test_no_attribution(sources_nlp: Language, text: str) -> None:
    assert found(sources_nlp, text) == []


# The anonymity formula and the audience of a statement are not statements of their own.
ONLY_THE_STATEMENT = [
    "A senior official, who asked not to be named, said the talks had failed.",
    "An aide, who requested not to be identified, said the bill would pass.",
    "The officer, who was not authorised to speak to the press, said two men were held.",
    "A diplomat who declined to be quoted by name said the deal was close.",
    "A nurse, who declined to give her name, said the ward was full.",
    "A guard who would not give his name said the gate was shut.",
    "An engineer involved in the project, speaking on condition of anonymity, said costs rose.",
    "A senior aide, speaking on the condition of anonymity, said the vote would slip.",
    "Two officials, speaking on background, said the talks had stalled.",
    # the reason given for anonymity is part of the formula
    "A diplomat, who asked not to be identified because the talks were private, said "
    "the offer stood.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ONLY_THE_STATEMENT)
def test_anonymity_formula_and_audience_are_not_attributions(
    sources_nlp: Language, text: str
) -> None:
    assert [row["cue"] for row in found(sources_nlp, text)] == ["said"]


# Cues inside a quotation ("I think …" in someone's words) are not attributions of their own.
INSIDE_QUOTES = [
    ("“I think we will win,” the candidate said.", "said"),
    ('"We know the plan works," the minister said.', "said"),
    ("“People believe what they see,” she told reporters.", "told"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), INSIDE_QUOTES)
def test_cues_inside_quotes_are_skipped(sources_nlp: Language, text: str, cue: str) -> None:
    assert [r["cue"] for r in found(sources_nlp, text)] == [cue]


# Quoted-only cues ("think", "want", "hope", "support": PolNeAR seldom annotates them as
# reported speech) cue content only when it holds quoted words. (text, cue, kind or None)
QUOTED_ONLY = [
    # without quoted words only a third-person source makes them attributions
    # (third-person rows of source_rules.tsv; see test_sources_subjects.py)
    ("I think the deal is a mistake.", "think", None),
    ("The players feel that the coach was unfair.", "feel", None),
    ("We want to triple the size of the program.", "want", None),
    ("You support the new contract.", "support", None),
    ('The president thinks the deal is "a historic mistake".', "thinks", "mixed"),
    ('Clinton wants to build "a wall of love" on the border.', "wants", "mixed"),
]


# (text, cue span): the cue keeps the auxiliaries, negation and adverbs right before
# the verb, as PolNeAR's cues do, but not a clause-joining adverb or a separated one.
CUE_CHAINS = [
    ("The senator has said that the bill will pass.", "has said"),
    ("The governor was proposing that taxes be cut.", "was proposing"),
    ("The report also noted that exports fell.", "also noted"),
    ("The spokesman did not confirm that the talks had failed.", "did not confirm"),
    ("She had repeatedly argued that the tax was unfair.", "had repeatedly argued"),
    ("Officials will announce that the plant is closing.", "will announce"),
    ("He went to court to argue that the law is void.", "to argue"),
    ("The crowd cheered when she said that the war was over.", "said"),
    ("Later, the mayor said the budget was balanced.", "said"),
    ("They pointed out that the plan was costly.", "pointed out"),
    # the colon that introduces the content, and a chain before "called for"
    ("The governor responded: the budget is balanced.", "responded:"),
    ("The mayor has called for new elections in the city.", "has called for"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue"), CUE_CHAINS)
def test_cue_chain(sources_nlp: Language, text: str, cue: str) -> None:
    cues = [r["cue"] for r in found(sources_nlp, text)]
    assert cue in cues, cues


# (text, cue, content): a verb whose parse hangs several clauses on it reports the one
# that follows it; "hoping" (lemmatised "hop") is read as "hope".
CLAUSE_CHOICE = [
    (
        "The coach hopes that the team can win the title.",
        "hopes",
        "that the team can win the title",
    ),
    (
        "The governor is hoping that voters will back the plan.",
        "is hoping",
        "that voters will back the plan",
    ),
    # the parse hangs the that-clause on "meeting" as a relative clause
    (
        "Ruiz told reporters after the meeting that her counterpart had come with nothing new.",
        "told",
        "that her counterpart had come with nothing new",
    ),
    # ... or on a noun under a preposition ("in a statement … that …")
    (
        "The commission noted in a statement last month that data sharing had improved.",
        "noted",
        "that data sharing had improved",
    ),
    # ... with "that" read as the relative clause's subject next to the clause's own
    # subject (audit, 2026-11-27)
    (
        "Tom Reyes said on the call that costs for packaging had fallen since June.",
        "said",
        "that costs for packaging had fallen since June",
    ),
    # "on Sunday" right after the cue, hung on the reported clause: the day of the speech
    (
        "The league said on Sunday it would review the incident.",
        "said",
        "it would review the incident",
    ),
    (
        "The ministry said on Monday night the talks had failed.",
        "said",
        "the talks had failed",
    ),
    # a relative clause whose "that" is its object stays the object's
    (
        "The senator denied the claims that reporters raised about the deal.",
        "denied",
        "the claims that reporters raised about the deal",
    ),
]


# A parse run across a quotation: "said" gets its own clause and, later, a longer one
# ("… he wrote") as a second ccomp. (words, heads, deps, expected content)
TWO_CLAUSE_PARSES = [
    (
        ["Lee", "said", "talks", "ended", ".", "We", "tried", "hard", ",", "he", "wrote"],
        [1, 1, 3, 1, 1, 6, 10, 6, 10, 10, 1],
        [
            "nsubj",
            "ROOT",
            "nsubj",
            "ccomp",
            "punct",
            "nsubj",
            "ccomp",
            "advmod",
            "punct",
            "nsubj",
            "ccomp",
        ],
        "talks ended",
    ),
    (
        ["Lee", "said", "that", "talks", "ended", ".", "We", "tried", ",", "he", "wrote"],
        [1, 1, 4, 4, 1, 1, 7, 10, 10, 10, 1],
        [
            "nsubj",
            "ROOT",
            "mark",
            "nsubj",
            "ccomp",
            "punct",
            "nsubj",
            "ccomp",
            "punct",
            "nsubj",
            "ccomp",
        ],
        "that talks ended",
    ),
]


@pytest.mark.parametrize(("words", "heads", "deps", "content"), TWO_CLAUSE_PARSES)
def test_clause_next_to_the_verb(
    words: list[str], heads: list[int], deps: list[str], content: str
) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from whosays.pipeline.sources import SourceFinder

    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    span, rule = SourceFinder().content_of(doc[1], "say")
    assert (span.text if span is not None else None, rule) == (content, "clause")


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), CLAUSE_CHOICE)
def test_clause_choice(sources_nlp: Language, text: str, cue: str, content: str) -> None:
    rows = [r for r in found(sources_nlp, text) if r["cue"] == cue]
    assert [r["content"] for r in rows] == [content], found(sources_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "kind"), QUOTED_ONLY)
def test_quoted_only_cues(sources_nlp: Language, text: str, cue: str, kind: str | None) -> None:
    kinds = [r["kind"] for r in found(sources_nlp, text) if r["cue"] == cue]
    assert kinds == ([] if kind is None else [kind])


# (text, source_type guess)
SOURCE_TYPES = [
    ("She said the vote was fair.", "person"),
    ("Barack Obama said the vote was fair.", "person"),
    ("Residents said the water was brown.", "group"),
    ("Critics say the law is unconstitutional.", "group"),
    ("The United Nations said the vote was fair.", "organization"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source_type"), SOURCE_TYPES)
def test_source_type_guess(sources_nlp: Language, text: str, source_type: str) -> None:
    assert found(sources_nlp, text)[0]["source_type"] == source_type


# (content text, kind)
KINDS = [
    ("the plan will fail", "indirect"),
    ('"The plan will fail,"', "direct"),
    ("“The plan will fail.”", "direct"),
    ('the plan was "a disaster"', "mixed"),
    ("“It works,” and it is “cheap.”", "mixed"),
    ("''We will win,''", "direct"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_attribution_kind(text: str, kind: str) -> None:
    assert attribution_kind(text) == kind


QUOTATIONS = [
    ("He said “yes” twice.", [(8, 13)]),
    ('A "b" c "d"', [(2, 5), (8, 11)]),
    ("“open\nclosed”", []),  # marks are paired within a paragraph only
    ("no quotes", []),
]


@pytest.mark.parametrize(("text", "regions"), QUOTATIONS)
def test_quotation_regions(text: str, regions: list[tuple[int, int]]) -> None:
    assert quotation_regions(text) == regions


def _attr(content: list[int], kind: str = "direct", **roles: Any) -> AttributionData:
    data: AttributionData = {"kind": kind, "content": content, "rule": "x"}
    data.update(roles)  # type: ignore[typeddict-item]
    return data


# (earlier attributions, candidate, expected list after merging)
MERGES = [
    # a new attribution elsewhere is added
    ([_attr([0, 10])], _attr([20, 30], "indirect", cue=[31, 35], source=[36, 40]), 2),
    # the same quotation gets its missing cue and source, nothing added
    ([_attr([0, 10])], _attr([0, 10], "direct", cue=[11, 15], source=[16, 20]), 1),
    # reported content around the quotation upgrades it to mixed
    ([_attr([10, 20])], _attr([5, 20], "mixed", cue=[0, 4], source=[21, 25]), 1),
]


@pytest.mark.parametrize(("earlier", "candidate", "count"), MERGES)
def test_merge_attribution(
    earlier: list[AttributionData], candidate: AttributionData, count: int
) -> None:
    found_list = list(earlier)
    merge_attribution(found_list, len(earlier), candidate)
    assert len(found_list) == count
    if count == 1:
        assert found_list[0].get("cue") == candidate.get("cue")
        assert found_list[0]["kind"] == candidate["kind"]
        assert found_list[0]["content"] == candidate["content"]


def test_merge_keeps_an_existing_cue() -> None:
    found_list = [_attr([0, 10], cue=[12, 16], source=[17, 20])]
    merge_attribution(found_list, 1, _attr([0, 10], "direct", cue=[30, 34], source=[40, 44]))
    assert found_list[0].get("cue") == [12, 16]
    assert found_list[0].get("source") == [17, 20]


def test_merge_takes_the_parse_source_for_the_same_cue() -> None:
    found_list = [_attr([0, 10], cue=[12, 16], source=[17, 20], source_type="person")]
    merge_attribution(found_list, 1, _attr([0, 10], "direct", cue=[12, 16], source=[17, 25]))
    assert found_list[0].get("source") == [17, 25]
    assert found_list[0].get("source_type") == "person"


# (earlier cue, new cue, quotations, cue and source after merging): an earlier cue inside a
# quotation (''because they expect X,'' Mr. Chipok said) gives way to one outside it.
QUOTED_CUE_MERGES = [
    ([5, 11], [30, 34], [(0, 25)], [30, 34], [20, 29]),
    ([5, 11], [30, 34], [], [5, 11], [12, 16]),
    ([5, 11], [30, 34], [(0, 40)], [5, 11], [12, 16]),
    ([26, 30], [30, 34], [(0, 25)], [26, 30], [12, 16]),
]


@pytest.mark.parametrize(("old_cue", "new_cue", "quoted", "cue", "source"), QUOTED_CUE_MERGES)
def test_merge_replaces_a_cue_inside_a_quotation(
    old_cue: list[int],
    new_cue: list[int],
    quoted: list[tuple[int, int]],
    cue: list[int],
    source: list[int],
) -> None:
    found_list = [_attr([0, 25], "mixed", cue=old_cue, source=[12, 16])]
    merge_attribution(found_list, 1, _attr([0, 25], "mixed", cue=new_cue, source=[20, 29]), quoted)
    assert found_list[0].get("cue") == cue
    assert found_list[0].get("source") == source


RULE_FILES = [
    ("word\trole\nadd\tclause-only\n", True),
    # comments and blank lines are skipped before and after the header
    ("# the rules\n\nword\trole\n# verbs\nadd\tclause-only\n\n", True),
    ("word\trole\ncall\tnot-a-role\n", False),
    ("word\trole\ncall\n", False),
]


@pytest.mark.parametrize(("text", "valid"), RULE_FILES)
def test_parse_source_rules(text: str, valid: bool) -> None:
    if valid:
        assert "add" in parse_source_rules(text).clause_only
    else:
        with pytest.raises(ModelError):
            parse_source_rules(text)


# End to end through whosays.analyze (quotes, speakers, sources, coref, voice):
# (text, [(kind, content, speaker name, speaker type)], [voice per sentence])
END_TO_END = [
    (
        "Defence Minister Jane Roe spoke on Tuesday. Roe said the talks would resume. "
        "She added that no deal was close.",
        [
            ("indirect", "the talks would resume", "Jane Roe", "person"),
            ("indirect", "that no deal was close", "Jane Roe", "person"),
        ],
        ["author", "quoted", "quoted"],
    ),
    (
        'The mayor said the plan was "a disaster".',
        [("mixed", 'the plan was "a disaster"', None, "person")],
        ["quoted"],
    ),
    (
        "Officials said the bridge was unsafe. It is widely believed that the mayor will "
        "resign. The bridge opened in 1990.",
        [("indirect", "the bridge was unsafe", None, "group")],
        ["quoted", "vague", "author"],
    ),
    (
        "A source familiar with the talks said the deal was close.",
        [("indirect", "the deal was close", None, "anonymous")],
        ["quoted"],
    ),
    (
        "According to a report by the World Bank, growth slowed. The report also found "
        "that debt rose.",
        [
            ("indirect", "growth slowed", "World Bank", "document"),
            ("indirect", "that debt rose", "World Bank", "document"),
        ],
        ["quoted", "quoted"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quotes", "voices"), END_TO_END)
def test_end_to_end(
    nlp: Language,
    text: str,
    quotes: list[tuple[str, str, str | None, str]],
    voices: list[str],
) -> None:
    from whosays.api import analyze

    article = analyze(text, nlp=nlp)
    found_quotes = [(q.kind, q.text, q.speaker.name, q.speaker.type) for q in article.quotes]
    assert found_quotes == quotes
    assert [s.voice for s in article.sentences] == voices
