"""whosays_quotes + whosays_speakers: one table per rule, text -> (content, cue, source).

Each table holds small texts written for the project (never corpus text) for one rule
kept after checking it on PolNeAR data it was not chosen on (see docs/direct-quotes.md).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from whosays.nlp import load_pipeline

STAGES = ("whosays_quotes", "whosays_speakers")
Found = tuple[str, str | None, str | None]


@pytest.fixture(scope="module")
def quote_nlp() -> Language:
    return load_pipeline(stages=STAGES)


def found(nlp: Language, text: str) -> list[Found]:
    """``(content, cue, source)`` texts of every attribution, in order."""
    doc = nlp(text)
    result = []
    for attribution in doc._.whosays_attributions:
        cue, source = attribution.get("cue"), attribution.get("source")
        result.append(
            (
                text[slice(*attribution["content"])],
                None if cue is None else text[slice(*cue)],
                None if source is None else text[slice(*source)],
            )
        )
    return result


# A quote ending in "?" or "!" is followed by its attribution just as one ending in a
# comma is: a long attribution between it and the next quote still joins them.
QUESTION_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        "“Who is the real winner here?” asked Jane Roe, pointing to the figures the"
        " electoral commission released on Monday night. “We are.”",
        [
            (
                "“Who is the real winner here?” asked Jane Roe, pointing to the figures the"
                " electoral commission released on Monday night. “We are.”",
                "asked",
                "Jane Roe",
            )
        ],
    ),
    (
        "“Would you sign it?” Smith pressed. “Not today.”",
        [("“Would you sign it?” Smith pressed. “Not today.”", "pressed", "Smith")],
    ),
    # ... but the second quote's own attribution still keeps them apart
    (
        "“Would you sign it?” Smith asked. “Not today,” Roe said.",
        [
            ("“Would you sign it?”", "asked", "Smith"),
            ("“Not today,”", "said", "Roe"),
        ],
    ),
]


# Two quotes with only "and," between them are one speaker's run ("telling the crowd, “A,”
# and, “B”"): one attribution.
AND_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        'Roe took a risk, telling the crowd, "I am a baker like you, neighbours," and, "Is there'
        ' anyone here who does not want fresh bread?"',
        [
            (
                '"I am a baker like you, neighbours," and, "Is there anyone here who does not want'
                ' fresh bread?"',
                "telling",
                "Roe",
            )
        ],
    ),
    # ... not titles listed with "and" (no comma after it)
    ('She read "Lowlands," and "Harbour Street," in one week.', []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), AND_JOIN_CASES)
def test_and_comma_joins_quotes(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# Quotes only a conjunction or a few verbless words apart in one sentence are one quoted
# passage, its pieces listed or coordinated: one attribution from the first opening mark
# to the last closing mark.
LISTED_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        'The debate swings between "We must close every border crossing now" and "We must'
        ' open our doors to everyone who asks."',
        [
            (
                '"We must close every border crossing now" and "We must open our doors to'
                ' everyone who asks."',
                None,
                None,
            )
        ],
    ),
    (
        'The blog has run posts with titles such as "Bike lanes make drivers angry and slow"'
        ' and "Would you rather walk or pay the new toll?"',
        [
            (
                '"Bike lanes make drivers angry and slow" and "Would you rather walk or pay the'
                ' new toll?"',
                None,
                None,
            )
        ],
    ),
    (
        'Roe said the council was "not ready for the storm," and "not willing to learn from'
        ' the last one."',
        [
            (
                'the council was "not ready for the storm," and "not willing to learn from the'
                ' last one."',
                "said",
                "Roe",
            )
        ],
    ),
    (
        '"This was a choice the governor made" and his staff "just quietly signed it, hoping'
        ' that nobody would notice."',
        [
            (
                '"This was a choice the governor made" and his staff "just quietly signed it,'
                ' hoping that nobody would notice."',
                None,
                None,
            )
        ],
    ),
    # ... and two partial quotes of one complement the parse cut apart
    (
        'After the storm, the mayor released a new video calling it "reckless" that the council'
        ' "has no plan to fix the bridge."',
        [
            (
                'it "reckless" that the council "has no plan to fix the bridge."',
                "calling",
                "the mayor",
            )
        ],
    ),
    # ... not quotes a verb apart (a clause of its own)
    (
        'Roe called the plan "a disaster" and said she would "vote against it in the spring."',
        [
            ('the plan "a disaster"', "called", "Roe"),
            ('she would "vote against it in the spring."', "said", "Roe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LISTED_JOIN_CASES)
def test_listed_quotes_join(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A participle in the attribution between two quotes (``explaining why …``) does not start
# an attribution of its own when the second quote opens in lowercase, going on with the
# first one's sentence; one with a ``that`` clause (``noting that …``) still does.
RESUMED_AFTER_PARTICIPLE_CASES: list[tuple[str, list[Found]]] = [
    (
        "“Many voters are unsure this year,” Roe wrote in a letter to the paper explaining why"
        " she is running, “but most of them agree that the town is on the wrong track.”",
        [
            (
                "“Many voters are unsure this year,” Roe wrote in a letter to the paper"
                " explaining why she is running, “but most of them agree that the town is on the"
                " wrong track.”",
                "wrote",
                "Roe",
            )
        ],
    ),
    (
        "“We have known the family for years,” Roe told the radio host, noting that she and her"
        " husband, Sam, “have often talked with them about the plan.”",
        [
            ("“We have known the family for years,”", "told", "Roe"),
            (
                "that she and her husband, Sam, “have often talked with them about the plan.”",
                "noting",
                "Roe",
            ),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), RESUMED_AFTER_PARTICIPLE_CASES)
def test_participle_before_resumed_quote(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), QUESTION_JOIN_CASES)
def test_question_joins_like_comma(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A whole quote that runs straight into its attribution, the comma left out, joins the
# quote after the attribution as if the comma were there.
MISSING_COMMA_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        "“The race is a battle of small groups” Roe said. “Each one counts.”",
        [("“The race is a battle of small groups” Roe said. “Each one counts.”", "said", "Roe")],
    ),
    # ... also before an inverted attribution (a cue verb right after the quote): the quote
    # is whole, not one whose sentence runs on
    (
        '"We will win the vote in the spring" said Jane Roe, a party spokeswoman. "We have the'
        ' votes."',
        [
            (
                '"We will win the vote in the spring" said Jane Roe, a party spokeswoman. "We have'
                ' the votes."',
                "said",
                "Jane Roe, a party spokeswoman",
            )
        ],
    ),
    # ... but not a quote followed by text that is not its attribution
    (
        "He read “The Old Man and the Sea” twice. “It is short,” Roe said.",
        [("“It is short,”", "said", "Roe")],
    ),
    # the comma left out before the second quote: the cue after the first reports both
    (
        "“We are going to build it. It is so simple,” Roe said “Even the last mayor sent"
        " crews out, so we can do more.”",
        [
            (
                "“We are going to build it. It is so simple,” Roe said “Even the last mayor sent"
                " crews out, so we can do more.”",
                "said",
                "Roe",
            )
        ],
    ),
    # ... or an attribution longer than a short one before a quoted sentence
    (
        '"I cannot say how those tenants will spend it," he said of families whose rents were'
        ' frozen last spring, "But I am sure that they will put it back into the street."',
        [
            (
                '"I cannot say how those tenants will spend it," he said of families whose rents'
                ' were frozen last spring, "But I am sure that they will put it back into the'
                ' street."',
                "said",
                "he",
            )
        ],
    ),
    # ... not a quoted sentence a second cue with its own subject introduces
    (
        "“I take responsibility,” Roe said. She followed that by saying “I am not a natural"
        " politician.”",
        [
            ("“I take responsibility,”", "said", "Roe"),
            ("“I am not a natural politician.”", "saying", "She"),
        ],
    ),
]


# A quote whose nested quote closes with it ('…?'") ends as its nested quote does: not a
# sentence running on past the quote, and followed by its own attribution.
NESTED_END_CASES: list[tuple[str, list[Found]]] = [
    (
        '"I think parents want to know, \'Does he trust our kids?\'" he added. "There are plenty'
        ' of doubts."',
        [
            (
                '"I think parents want to know, \'Does he trust our kids?\'" he added. "There are'
                ' plenty of doubts."',
                "added",
                "he",
            )
        ],
    ),
    (
        '"What we need is a coach who trusts the young players," he said. "I think parents want to'
        ' know, \'Does he trust our kids?\'" he added. "There are plenty of doubts."',
        [
            ('"What we need is a coach who trusts the young players,"', "said", "he"),
            (
                '"I think parents want to know, \'Does he trust our kids?\'" he added. "There are'
                ' plenty of doubts."',
                "added",
                "he",
            ),
        ],
    ),
]


# A mixed quote whose clause a short attribution closes (", Doe said.") joins the whole
# quote after it, as a quote ending in a comma does.
CLOSED_CLAUSE_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        'It was a win for her. Roe "felt a moral duty to do something about" the flooding, Doe'
        ' said. "This is core stuff for her."',
        [
            (
                'Roe "felt a moral duty to do something about" the flooding, Doe said. "This is'
                ' core stuff for her."',
                "said",
                "Doe",
            )
        ],
    ),
    # ... not across a long attribution
    (
        'Roe "felt a moral duty to do something about" the flooding, Doe said in a long'
        ' interview at the town hall on Monday. "This is core stuff for her."',
        [
            ('Roe "felt a moral duty to do something about" the flooding', "said", "Doe"),
            ('"This is core stuff for her."', "said", "Doe"),
        ],
    ),
]


# A mixed quote ending in ," with only a short attribution after it in its paragraph is
# continued by a quote paragraph, as a direct quote is.
MIXED_PARAGRAPH_JOIN_CASES: list[tuple[str, list[Found]]] = [
    (
        'The town needs leaders "who understand that loud words in hard times can cause more'
        ' harm," Roe said.\n\n"And that is why steady leadership matters so much now."',
        [
            (
                'The town needs leaders "who understand that loud words in hard times can cause'
                ' more harm," Roe said.\n\n"And that is why steady leadership matters so much'
                ' now."',
                "said",
                "Roe",
            )
        ],
    ),
    # ... not after a long attribution
    (
        'The town needs leaders "who understand that loud words in hard times can cause more'
        ' harm," Roe said at a rally in the old harbour on Sunday night.\n\n"And that is why'
        ' steady leadership matters so much now."',
        [
            (
                'The town needs leaders "who understand that loud words in hard times can cause'
                ' more harm,"',
                "said",
                "Roe",
            ),
            ('"And that is why steady leadership matters so much now."', None, "Roe"),
        ],
    ),
    # a mixed quote of more than six words ending its paragraph with a full stop
    (
        'Roe used to back the mayor, but now said the mayor had "the chance and the duty to'
        ' bring the town together."\n\n"I think she can do that, but the budget is the real'
        ' test."',
        [
            (
                'the mayor had "the chance and the duty to bring the town together."\n\n"I'
                ' think she can do that, but the budget is the real test."',
                "said",
                "Roe",
            )
        ],
    ),
    # ... not a short phrase, nor one followed by more words in its paragraph
    (
        'Roe said he would tell the critics to "shut up."\n\n"The answer is to build more houses."',
        [
            ('he would tell the critics to "shut up."', "said", "Roe"),
            ('"The answer is to build more houses."', None, "Roe"),
        ],
    ),
    (
        'Roe said the mayor had "the chance and the duty to bring the town together." She'
        ' left.\n\n"I think she can do that."',
        [
            ('the mayor had "the chance and the duty to bring the town together."', "said", "Roe"),
            ('"I think she can do that."', None, "Roe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MIXED_PARAGRAPH_JOIN_CASES)
def test_mixed_quote_continued_by_quote_paragraph(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLOSED_CLAUSE_JOIN_CASES)
def test_mixed_quote_joins_after_closing_attribution(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NESTED_END_CASES)
def test_quote_ending_in_nested_quote(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MISSING_COMMA_JOIN_CASES)
def test_missing_comma_joins(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# Titles listed between commas (“A,” and the drama, “B,”) are not a quote resumed after
# an attribution: no verb sits between them.
LISTED_TITLE_CASES: list[tuple[str, list[Found]]] = [
    (
        "The actor, who stars in the thriller, “Lowlands,” and the medical drama,"
        " “Harbour Street,” returns to the stage this week.",
        [],
    ),
    (
        "“We will win,” she told the host, “and we will govern for everyone.”",
        [
            (
                "“We will win,” she told the host, “and we will govern for everyone.”",
                "told",
                "she",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LISTED_TITLE_CASES)
def test_listed_titles_are_not_resumed_quotes(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A cue verb the parse gives two subjects, a dateline and the speaker: the subject nearest
# before the verb speaks, not the dateline.
NEAREST_SUBJECT_CASES: list[tuple[str, str]] = [
    (
        "Lyon (AFP) – Ecologist Jane Roe has poked fun at her centrist opponent John"
        " Doe's plan for the tram, saying that “shiny brochures” do not move commuters.",
        "Ecologist Jane Roe",
    ),
    ("“We will win the seat back,” Jane Roe said on Monday.", "Jane Roe"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), NEAREST_SUBJECT_CASES)
def test_nearest_subject_speaks(quote_nlp: Language, text: str, source: str) -> None:
    assert [speaker for _, _, speaker in found(quote_nlp, text)] == [source]


# A partial quote a speech verb before it reports takes the rest of its sentence (the
# whole reported clause), unless the rest holds its own attribution, or another quote after
# a comma, or the cue names (``called``) or sits in a relative clause.
REPORTED_REST_CASES: list[tuple[str, list[Found]]] = [
    (
        "Mayor Jane Roe told reporters that the new tax is “a burden on every family,”"
        " compared to what other cities pay.",
        [
            (
                "that the new tax is “a burden on every family,” compared to what other cities pay",
                "told",
                "Mayor Jane Roe",
            )
        ],
    ),
    (
        "Lyon (AFP) – Ecologist Jane Roe has poked fun at her centrist opponent John"
        " Doe's plan for the tram, saying that “shiny brochures” do not move commuters.",
        [("that “shiny brochures” do not move commuters", "saying", "Ecologist Jane Roe")],
    ),
    # an indirect cue that governs partial quotes too
    (
        "Roe blamed the flooding on “years of neglect,” pointing to the broken pumps.",
        [("the flooding on “years of neglect,” pointing to the broken pumps", "blamed", "Roe")],
    ),
    # ... not after a naming verb
    (
        "Roe called the plan “a disaster” in an interview on Sunday.",
        [("the plan “a disaster”", "called", "Roe")],
    ),
    # another quote in the rest of the clause is taken with it
    (
        "Jane Roe ended her tour on Saturday night, telling supporters in York that she"
        ' had "renewed faith" that "the fans will show us the road home."',
        [
            (
                'supporters in York that she had "renewed faith" that "the fans will show us'
                ' the road home."',
                "telling",
                "Jane Roe",
            )
        ],
    ),
    (
        'Roe went on to say he\'s "confident" that once the vote is over, "these two parties'
        ' are going to do great things together."',
        [
            (
                'he\'s "confident" that once the vote is over, "these two parties are going to do'
                ' great things together."',
                "say",
                "Roe",
            )
        ],
    ),
    (
        'Another fan said he wished with "every fibre" that Roe takes the title: "Then'
        ' the town can finally relax."',
        [
            (
                'he wished with "every fibre" that Roe takes the title: "Then the town can'
                ' finally relax."',
                "said",
                "Another fan",
            )
        ],
    ),
    # ... but not after a quote ending in a comma: the rest is another attribution
    (
        'Roe described the plan as "reckless," telling reporters on Friday that it is "a'
        ' disaster."',
        [
            ('the plan as "reckless,"', "described", "Roe"),
            ('that it is "a disaster."', "telling", "Roe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), REPORTED_REST_CASES)
def test_partial_quote_takes_reported_rest(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A long partial quote no cue governs, in a sentence whose cue verb (with a subject) comes
# before it, is its whole sentence with that cue; without such a cue it stays the quote.
WHOLE_SENTENCE_CASES: list[tuple[str, list[Found]]] = [
    (
        "Roe said, per a translator, that the vault was open, and he had total access to the"
        " vault that “was like an open barn on the hill, as many such vaults are.”",
        [
            (
                "Roe said, per a translator, that the vault was open, and he had total access"
                " to the vault that “was like an open barn on the hill, as many such vaults"
                " are.”",
                "said",
                "Roe",
            )
        ],
    ),
    (
        "A farmer who grows wheat, Roe lost his barn when “a storm tore the roof off in one"
        " night, as storms do.”",
        [("“a storm tore the roof off in one night, as storms do.”", None, None)],
    ),
    # ... nor with only a cue in a relative clause before it
    (
        "A farmer who says he backs the mayor, Roe lost his barn when “a storm tore the roof"
        " off in one night, as storms do.”",
        [("“a storm tore the roof off in one night, as storms do.”", "says", "who")],
    ),
    # ... nor after a verb and a comma introducing the quote
    (
        "After Doe praised the plan, Roe hit back, “We will not be lectured by people who"
        " never built anything.”",
        [
            (
                "“We will not be lectured by people who never built anything.”",
                "hit back",
                "Roe",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), WHOLE_SENTENCE_CASES)
def test_long_partial_quote_takes_its_sentence(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A noun whose lemma is a cue verb ("hope", "call") does not stop the search for the verb
# that reports a partial quote, unless it has a possessor ("Doe's claim that …"): then the
# outer verb does not report it, the possessor does (the noun's that-clause, Doe's words).
NOUN_ON_THE_WAY_CASES: list[tuple[str, list[Found]]] = [
    (
        "Roe said she still had hope that the town would stage a “comeback” this year.",
        [("she still had hope that the town would stage a “comeback” this year", "said", "Roe")],
    ),
    (
        "Roe blamed the press for making an issue out of Doe's claim that the mayor “founded"
        " the gang.”",
        [("that the mayor “founded the gang.”", "claim", "Doe's")],
    ),
]


# A that-clause the parse hung as a relative clause on a noun after the cue is the
# content on its own, without the addressee and the time phrase before it.
MISPLACED_CLAUSE_CASES: list[tuple[str, list[Found]]] = [
    (
        "Ruiz told reporters after the meeting that her counterpart had “come with nothing new.”",
        [("that her counterpart had “come with nothing new.”", "told", "Ruiz")],
    ),
    (
        "The commission noted in a statement last month that data sharing had “improved"
        " significantly” since 2020.",
        [
            (
                "that data sharing had “improved significantly” since 2020",
                "noted",
                "The commission",
            )
        ],
    ),
    # the "according to" phrase after a quote stays out of the quote's content
    (
        "At the meeting, Ruiz promised to “turn the page,” according to a transcript.",
        [("to “turn the page,”", "promised", "Ruiz")],
    ),
    # a second speech verb joined to the first one's reported clause reports its own quote
    (
        "The mayor said the bridge was safe and added that it would “reopen in May.”",
        [("that it would “reopen in May.”", "added", "The mayor")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MISPLACED_CLAUSE_CASES)
def test_misplaced_that_clause_is_the_content(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NOUN_ON_THE_WAY_CASES)
def test_noun_does_not_stop_cue_search(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A speaker mention keeps the parenthesis it opens and starts after a dateline the parse
# runs into it.
MENTION_EDGE_CASES: list[tuple[str, str]] = [
    (
        "At a rally on Tuesday in Berea, OH, after winning the state, Gov. John Roe (R-OH),"
        " said, “We are going all the way to the convention.”",
        "Gov. John Roe (R-OH)",
    ),
    (
        "PARIS (AFP) - Jane Roe said on Monday that the deal was “a gift to the banks.”",
        "Jane Roe",
    ),
    ("Roe - the mayor - said the plan was “a total failure from the start.”", "Roe - the mayor"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), MENTION_EDGE_CASES)
def test_mention_edges(quote_nlp: Language, text: str, source: str) -> None:
    assert [speaker for _, _, speaker in found(quote_nlp, text)] == [source]


# A partial quote no cue governs, in a sentence that "According to X," opens, is the rest
# of that sentence with "According to" as cue and X as speaker.
ACCORDING_OPENS_CASES: list[tuple[str, list[Found]]] = [
    (
        "According to Roe, the bridge was once a landmark but is now “the ugliest eyesore"
        " anyone in the valley has seen.”",
        [
            (
                "the bridge was once a landmark but is now “the ugliest eyesore anyone in the"
                " valley has seen.”",
                "According to",
                "Roe",
            )
        ],
    ),
    (
        "According to the county clerk, the ballots were “lost” on the way to the depot.",
        [("the ballots were “lost” on the way to the depot", "According to", "the county clerk")],
    ),
    # ... not when the rest of the sentence holds another quote
    (
        "According to Roe, the plan is “a mess” and “a waste” of money.",
        [],
    ),
]


# ... and one that ", according to X." closes is the sentence before that comma (Washington
# Post 2016-02-17, New York Times 2016-07-05, PolNeAR train).
ACCORDING_CLOSES_CASES: list[tuple[str, list[Found]]] = [
    (
        'The mill has shed "hundreds of skilled jobs" in the valley since the spring,'
        " according to union organizer Dana Whitcomb. Talks resume today.",
        [
            (
                'The mill has shed "hundreds of skilled jobs" in the valley since the spring',
                "according to",
                "union organizer Dana Whitcomb",
            )
        ],
    ),
    (
        '(The ferry line lost "a small fortune" on the winter route, according to Harbor'
        " Trust.) This year looks better.",
        [
            (
                'The ferry line lost "a small fortune" on the winter route',
                "according to",
                "Harbor Trust",
            )
        ],
    ),
    # the title of a work is no quote, even in a sentence someone is said to report
    (
        '(Her memoir, "Long Roads Home," has sold 90,000 copies, according to the publisher.)'
        " The tour starts in May.",
        [],
    ),
    # ... and one that ", according to X," interrupts is the whole sentence
    (
        "For the mayor, according to the council veteran Ruth Okafor, the budget vote is"
        ' "a real test" of whether she can hold her coalition together.',
        [
            (
                "For the mayor, according to the council veteran Ruth Okafor, the budget vote is"
                ' "a real test" of whether she can hold her coalition together',
                "according to",
                "the council veteran Ruth Okafor",
            )
        ],
    ),
    # ... not when the sentence goes on after it, nor when another quote is in it
    ('The word "birther" was mentioned, according to Fox, and it spread.', []),
    ('The "ban" was a "mess," according to officials.', []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ACCORDING_CLOSES_CASES)
def test_according_to_closes_the_sentence(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ACCORDING_OPENS_CASES)
def test_according_to_opens_the_sentence(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A double mark after feet and a digit (6’2”, 6'4") is an inch sign, not a closing mark.
INCH_SIGN_CASES: list[tuple[str, list[Found]]] = [
    (
        "“I admit, he is taller than me; he is like 6’2”,” Roe said in Ohio. “But his hands"
        " are small.”",
        [
            (
                "“I admit, he is taller than me; he is like 6’2”,” Roe said in Ohio. “But his"
                " hands are small.”",
                "said",
                "Roe",
            )
        ],
    ),
    (
        "“She stands 5’11” in her socks and never backs down,” Roe said.",
        [("“She stands 5’11” in her socks and never backs down,”", "said", "Roe")],
    ),
    (
        'The guard, who is 6\'4" and strong, said "We will hold the line tonight, whatever'
        ' it takes."',
        [
            (
                '"We will hold the line tonight, whatever it takes."',
                "said",
                "The guard, who is 6'4\" and strong",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), INCH_SIGN_CASES)
def test_inch_sign_is_no_quote_mark(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A participle the parse hangs on the noun of an adjunct ("at one point calling") or, after
# a comma, on an object ("rejected the notion …, saying") reports for the clause's subject.
CLAUSE_PARTICIPLE_CASES: list[tuple[str, str]] = [
    (
        'Roe quarrelled with the club over the pitch, at one point calling the chairman a "bully"'
        ' who was not "fair."',
        "Roe",
    ),
    (
        'Roe brushed off the idea that the bakery was failing, saying that if she "saw a loaf'
        ' burn, I would bake another."',
        "Roe",
    ),
    (
        'The union issued a statement from its president saying "we will strike on Monday."',
        "The union",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), CLAUSE_PARTICIPLE_CASES)
def test_clause_participle_speaker(quote_nlp: Language, text: str, source: str) -> None:
    assert [speaker for _, _, speaker in found(quote_nlp, text)] == [source]


# A quote paragraph without an attribution of its own, after a paragraph whose last
# sentence reports with a cue verb at its root, runs from that verb's object (a clause
# after "said" is not taken: "Carson said he was facing scrutiny. ¶ “…”" stays the quote).
REPORTED_BEFORE_CASES: list[tuple[str, list[Found]]] = [
    (
        "Roe announced the closure of the plant on Monday.\n\n“We have to cut spending, and we"
        " have to cut it by a lot this year.”",
        [
            (
                "the closure of the plant on Monday.\n\n“We have to cut spending, and we have to"
                " cut it by a lot this year.”",
                "announced",
                "Roe",
            )
        ],
    ),
    # ... not after a sentence without a cue verb (the quote alone, its speaker as before)
    (
        "Roe, a baker, met the mayor in the storm.\n\n“We need someone who is going to cut"
        " through the noise and bring people together.”",
        [
            (
                "“We need someone who is going to cut through the noise and bring people"
                " together.”",
                None,
                "Roe, a baker",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), REPORTED_BEFORE_CASES)
def test_quote_paragraph_takes_reported_clause_before(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A closing mark typed for the opening one right after a speech verb and a comma opens the
# quote when another closing mark of the paragraph closes it.
MISTYPED_OPENING_CASES: list[tuple[str, list[Found]]] = [
    (
        "Roe wants to reach farmers who feel ignored. He says,” plenty of growers out here never"
        " hear back from the ministry.”",
        [("” plenty of growers out here never hear back from the ministry.”", "says", "He")],
    ),
    # ... not a closing mark after a quote that is open, nor one with no closing mark after it
    (
        "“We lost the vote,” Roe said, “but not the town.”",
        [("“We lost the vote,” Roe said, “but not the town.”", "said", "Roe")],
    ),
    ("Roe said,” so be it, then, and good luck to all of them", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MISTYPED_OPENING_CASES)
def test_mistyped_opening_mark(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# Two apostrophes (''…'', some wire services) and TeX marks (``…'') are double marks: they
# open, close, join across the attribution and continue paragraphs as " does, nest single
# marks, and the content holds both characters of each mark.
TYPEWRITER_MARK_CASES: list[tuple[str, list[Found]]] = [
    ("''We will win,'' Roe said.", [("''We will win,''", "said", "Roe")]),
    ("Roe said: ''We will win.''", [("''We will win.''", "said", "Roe")]),
    (
        "''We will win,'' Roe said. ''We have the votes.''",
        [("''We will win,'' Roe said. ''We have the votes.''", "said", "Roe")],
    ),
    (
        "''We will win,'' she said, ''and we will govern.''",
        [("''We will win,'' she said, ''and we will govern.''", "said", "she")],
    ),
    (
        "``We will win,'' said Roe, the minister. ``We have the votes.''",
        [
            (
                "``We will win,'' said Roe, the minister. ``We have the votes.''",
                "said",
                "Roe, the minister",
            )
        ],
    ),
    # "I think" inside the second quote stays inside the one attribution
    (
        "''I think we will lose,'' Roe said. ''I believe it is too late.''",
        [("''I think we will lose,'' Roe said. ''I believe it is too late.''", "said", "Roe")],
    ),
    # paragraphs: a short attribution, and a quote reopened in the next paragraph
    (
        "''We will win,'' Roe said.\n\n''We have the votes.''",
        [("''We will win,'' Roe said.\n\n''We have the votes.''", "said", "Roe")],
    ),
    (
        "Roe said: ''We will win.\n\n''We have the votes.''",
        [("''We will win.\n\n''We have the votes.''", "said", "Roe")],
    ),
    (
        "''We will win.\n''We have the votes,'' Roe said.",
        [("''We will win.\n''We have the votes,''", "said", "Roe")],
    ),
    # a partial quote
    (
        "Roe called the plan ''a disaster'' on Monday.",
        [("the plan ''a disaster''", "called", "Roe")],
    ),
    # nested single marks, the last one closing with the double mark (''')
    (
        "''He told me, 'I won't sign it,' and walked out,'' Roe said.",
        [("''He told me, 'I won't sign it,' and walked out,''", "said", "Roe")],
    ),
    (
        "''He told me, 'Sign it,''' Roe said.",
        [("''He told me, 'Sign it,'''", "said", "Roe")],
    ),
    (
        "Roe said: '''Sign it' was all he told me.''",
        [("'''Sign it' was all he told me.''", "said", "Roe")],
    ),
    # apostrophes, an inch sign, a lone mark: no quote of their own
    (
        "''We backed the teachers' plan,'' Roe said.",
        [("''We backed the teachers' plan,''", "said", "Roe")],
    ),
    (
        "''He stands 6'2'' and never backs down,'' Roe said.",
        [("''He stands 6'2'' and never backs down,''", "said", "Roe")],
    ),
    (
        "''Rock''n''roll is here to stay,'' Roe said.",
        [("''Rock''n''roll is here to stay,''", "said", "Roe")],
    ),
    ("The students'' grades rose, Roe said on Monday.", []),
    ("The vote was close,'' Roe said.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TYPEWRITER_MARK_CASES)
def test_typewriter_double_marks(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# -- quoted names, labels and terms that are not anyone's speech (eighth round) --------

# The writer's own naming (``what we call``, ``what I call``) gives a term, not anyone's
# speech: text -> the contents found.
NAME_CASES: list[tuple[str, list[str]]] = [
    ('Roads and bridges were improved by what we call "infrastructure."', []),
    ("What I call “the swamp” is still here.", []),
    ("The town built what we now call “the green belt” in 1950.", []),
    # ... an outer speech verb still reports the clause holding the term
    (
        "Roe said the town built what we call “the green belt” in 1950.",
        ["the town built what we call “the green belt” in 1950"],
    ),
    # ... a third person's naming is theirs, a verdict in the passive someone's
    ("Roe called the plan “a total disaster.”", ["the plan “a total disaster.”"]),
    ("The bill was called “a disaster” in the press.", ["“a disaster”"]),
    # ... and a first person inside a quote is the quote's speaker
    (
        "“We call it ‘the swamp’ for a reason,” Roe said.",
        ["“We call it ‘the swamp’ for a reason,”"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_names_are_not_speech(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected


# A short quote in a parenthetical sentence of the writer's (a finite verb inside the
# parentheses) is not reported by a cue outside them: a term, not the speaker's words.
ASIDE_CASES: list[tuple[str, list[str]]] = [
    (
        "The director stated that Roe kept records on her server (there were 2,000 files on"
        " it, some marked “top secret”) and at home.",
        [],
    ),
    ("Roe said the audit (it was run by the “new office”) is illegal.", []),
    # ... a parenthesis without a verb of its own may hold the speaker's words
    ("Roe said the vote (a “total sham”) was rigged.", ["the vote (a “total sham”) was rigged"]),
    # ... a cue inside the parentheses reports its quote
    ("Roe said the plan (which Doe called “a sham”) was rigged.", ["“a sham”"]),
    # ... and a longer quote in an aside stays under the cue
    (
        "Roe said the audit (it was “run by people who never read a ledger”) is illegal.",
        ["the audit (it was “run by people who never read a ledger”) is illegal"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ASIDE_CASES)
def test_terms_in_the_writers_aside(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected


# A short quoted sentence right after a speech verb, no comma between, that the parse
# makes the root of the sentence is still that verb's quote: (text, (content, cue, source)).
ADJACENT_CASES: list[tuple[str, list[Found]]] = [
    ("A man in the back yelled “Stay there!”", [("“Stay there!”", "yelled", "A man in the back")]),
    ("Roe replied “Not a chance.”", [("“Not a chance.”", "replied", "Roe")]),
    # ... not a quote after a verb that is no cue
    ("They chose “Stay at home.”", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ADJACENT_CASES)
def test_short_quote_right_after_cue(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A partial quote left open at its paragraph's end and reopened by a plain quote paragraph
# (the reopening convention) is one attribution over both paragraphs.
REOPENED_MIXED_CASES: list[tuple[str, list[Found]]] = [
    (
        'Roe told the Ledger that the old site was not "prepared for the crowds around the'
        ' sale of my house.\n\n"It has now been listed with another agent."\n\nThe listing'
        " went up on Friday.",
        [
            (
                'that the old site was not "prepared for the crowds around the sale of my house.'
                '\n\n"It has now been listed with another agent."',
                "told",
                "Roe",
            )
        ],
    ),
    # ... not when the next paragraph has an attribution of its own (a closing mark lost)
    (
        "Roe said the idea is “really an empty position to have.\n\n“We write bills. That is"
        " what we do,” Roe said.",
        [
            ("the idea is “really an empty position to have.", "said", "Roe"),
            ("“We write bills. That is what we do,”", "said", "Roe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), REOPENED_MIXED_CASES)
def test_reopened_partial_quote(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A short quote after ``title`` and a colon is a title given, not speech.
TITLE_COLON_CASES: list[tuple[str, list[str]]] = [
    ("The singer can add a new title to his resume: “song collector.”", []),
    ("The post comes with a title: “deputy chief of staff.”", []),
    # ... a reply after a colon is speech, and so is a nickname someone coined
    ("She replied: “no way.”", ["“no way.”"]),
    ("Roe gave Doe a new nickname: “Low-energy Doe.”", ["“Low-energy Doe.”"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TITLE_COLON_CASES)
def test_title_after_colon(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _, _ in found(quote_nlp, text)] == expected


# A partial quote ending in a comma that a short attribution closes (a noun phrase and a
# cue verb) reports its sentence up to the quote, even where the parse hangs the verb
# inside the quote: (text, (content, cue, source)).
CLOSING_ATTRIBUTION_CASES: list[tuple[str, list[Found]]] = [
    (
        'It is not close. He would be a better mayor than Doe "no matter what," one user'
        " commented.",
        [('He would be a better mayor than Doe "no matter what,"', "commented", "one user")],
    ),
    ("The plan is “a disaster,” Roe said.", [("The plan is “a disaster,”", "said", "Roe")]),
    # ... not a clause of the sentence after the quote
    (
        "Aides were thrilled with the op-ed, entitled “Roe Is No Friend of the Harbour,” when it"
        " posted on Monday.",
        [],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLOSING_ATTRIBUTION_CASES)
def test_closing_attribution(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A pull quote signed inside its closing mark, on a line of its own, by a person's name
# (and an affiliation) names its speaker: (text, (content, cue, source)).
SIGN_OFF_CASES: list[tuple[str, list[Found]]] = [
    (
        "Economists disagree.\n\n“We will enter the next downturn without that consensus.\n"
        "Jane Roe, Economic Policy Institute.”\n\nLawmakers went along.",
        [
            (
                "“We will enter the next downturn without that consensus.\nJane Roe, Economic"
                " Policy Institute.”",
                ".",
                "Jane Roe, Economic Policy Institute",
            )
        ],
    ),
    # ... not a name ending a sentence on the quote's own line (the sentence before speaks)
    (
        "The crowd cheered. “We are ready to work. Vote John Smith.” Then they left.",
        [("“We are ready to work. Vote John Smith.”", None, "The crowd")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), SIGN_OFF_CASES)
def test_pull_quote_sign_off(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A quote with no cue after a sentence of its own paragraph takes that sentence's subject
# before the speaker of the previous paragraph's quote: (text, (content, cue, source)).
OWN_PARAGRAPH_CASES: list[tuple[str, list[Found]]] = [
    (
        "“We will win,” Roe said.\n\nDoe began Sunday with a signed post that drew no"
        ' conclusions. "Woke up to the news. My thoughts are with those affected."',
        [
            ("“We will win,”", "said", "Roe"),
            ('"Woke up to the news. My thoughts are with those affected."', None, "Doe"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), OWN_PARAGRAPH_CASES)
def test_own_paragraph_speaker_first(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected


# A quote the parse puts in the subject of a naming verb (``… “…” and the procedure
# sometimes called Y``) is not reported by that verb; an outer cue reports the clause.
NAMING_SUBJECT_CASES: list[tuple[str, list[Found]]] = [
    (
        'It said that Roe backs "Doe-style schooling" and the method sometimes called'
        " whole-word reading.",
        [
            (
                'that Roe backs "Doe-style schooling" and the method sometimes called'
                " whole-word reading",
                "said",
                "It",
            )
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NAMING_SUBJECT_CASES)
def test_quote_in_naming_verbs_subject(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# An opening mark the parse hangs on the sentence before (``… border. ''You'd …``, the NYT
# two-apostrophe mark) stays with its own quote: the clause before stops at its sentence.
NEXT_OPENING_CASES: list[tuple[str, list[Found]]] = [
    (
        "He has called Roe ''petty and vindictive,'' accusing her of ''building a wall of paper''"
        " and ''quietly stalling'' the talks over the Eastern border. ''You'd have to believe in"
        " ghosts to read it any other way,'' he said in one hearing.",
        [
            ("Roe ''petty and vindictive,''", "called", "He"),
            (
                "her of ''building a wall of paper'' and ''quietly stalling'' the talks over the"
                " Eastern border",
                "accusing",
                "He",
            ),
            ("''You'd have to believe in ghosts to read it any other way,''", "said", "he"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NEXT_OPENING_CASES)
def test_opening_mark_stays_with_its_quote(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A partial quote's sentence, then a whole quoted sentence ending the paragraph with no
# attribution of its own: one attribution over both (not after a sentence that opens with
# a quote, nor before a quote with its own cue).
CLOSING_QUOTE_CASES: list[tuple[str, list[Found]]] = [
    (
        "The mayor said the budget was ''a mess'' and needed work. ''We will fix it this year.''",
        [
            (
                "the budget was ''a mess'' and needed work. ''We will fix it this year.''",
                "said",
                "The mayor",
            )
        ],
    ),
    (
        'The mayor said the budget was "a mess" and needed work. "We will fix it this year."',
        [
            (
                'the budget was "a mess" and needed work. "We will fix it this year."',
                "said",
                "The mayor",
            )
        ],
    ),
    (
        'The mayor said the budget was "a mess" and needed work. "We will fix it," she added.',
        [
            ('the budget was "a mess" and needed work', "said", "The mayor"),
            ('"We will fix it,"', "added", "she"),
        ],
    ),
    (
        "''Sales are up a bit,'' said Mr. Doe, who noted that prices had ''collapsed'' in the"
        " slump. ''Things are moving now.''",
        [
            (
                "''Sales are up a bit,''",
                "said",
                "Mr. Doe, who noted that prices had ''collapsed'' in the slump",
            ),
            ("that prices had ''collapsed'' in the slump", "noted", "who"),
            ("''Things are moving now.''", "noted", "who"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CLOSING_QUOTE_CASES)
def test_quote_sentence_closing_a_partial_quote(
    quote_nlp: Language, text: str, expected: list[Found]
) -> None:
    assert found(quote_nlp, text) == expected


# A passive "called by" with a verb clause calls a vote (convenes): a title in the clause
# is no one's words; a name the passive verb gives still is, its agent the speaker.
CONVENED_CASES: list[tuple[str, list[Found]]] = [
    (
        "The new referendum was called by the party to enforce the measures of the 2010"
        " “Expulsion Initiative.”",
        [],
    ),
    ("The vote was called by the council to approve the “Green Streets Plan.”", []),
    (
        "The new plan was called “A Total Disaster” by the mayor on Monday.",
        [("“A Total Disaster”", "called", "the mayor")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CONVENED_CASES)
def test_convened_is_not_naming(quote_nlp: Language, text: str, expected: list[Found]) -> None:
    assert found(quote_nlp, text) == expected
