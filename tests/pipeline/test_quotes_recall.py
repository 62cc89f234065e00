"""Recall rules of the quote stage (issue 2): quotes PolNeAR annotates that whosays missed.

Model tests run the real tagger and parser with only the quote and speaker stages.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from whosays.nlp import load_pipeline
from whosays.pipeline.quote_marks import mark_view

STAGES = ("whosays_quotes", "whosays_speakers")


@pytest.fixture(scope="module")
def quote_nlp() -> Language:
    return load_pipeline(stages=STAGES)


def quotes_and_speakers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    found = []
    for attribution in doc._.whosays_attributions:
        start, end = attribution["content"]
        source = attribution.get("source")
        found.append((text[start:end], text[source[0] : source[1]] if source else None))
    return found


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("\u202a”Hi,” she said.", " ”Hi,” she said."),
        ("a\u200bb \ufeff“c”", "a b  “c”"),
        ("\u200f''Yes,'' he said", '  "Yes,"  he said'),
        ("no marks here", "no marks here"),
    ],
)
def test_invisible_characters_read_as_spaces(text: str, view: str) -> None:
    assert mark_view(text) == view
    assert len(mark_view(text)) == len(text)


# West Journal, 2015-12-16 (PolNeAR train): readers' comments pasted from Facebook,
# each behind an invisible left-to-right embedding and opened with a closing mark.
INVISIBLE_CASES = [
    (
        "The post charmed its readers. \u202a”Way to go Lisa, you can bake a pie very well!!”"
        " posted Dana Kirsch.",
        [("\u201dWay to go Lisa, you can bake a pie very well!!\u201d", "Dana Kirsch")],
    ),
    (
        "\u202a”This is why the dam must come down. It is rotten,” said Walt Mersky.",
        [("\u201dThis is why the dam must come down. It is rotten,\u201d", "Walt Mersky")],
    ),
    (
        "\u200b“We will win,” she said.",
        [("“We will win,”", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVISIBLE_CASES)
def test_quote_after_an_invisible_character(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# HuffPost, 2016-01-12 (PolNeAR train): ``As X put it, “…”``. A cue phrase that
# starts with a verb (``put it``, ``pointed out``) introduces a whole quote after its
# comma, as a cue verb does, and its subject speaks.
VERB_PHRASE_CASES = [
    (
        "Mara is back. As Tempo put it, “Hello, it’s the queen.” She topped the chart.",
        [("“Hello, it’s the queen.”", "Tempo")],
    ),
    ("As the senator puts it, “We are done here.”", [("“We are done here.”", "the senator")]),
    ("As Jane Roe pointed out, “The plan is dead.”", [("“The plan is dead.”", "Jane Roe")]),
    # not a cue phrase: "put it" with an adjunct in between, or another object
    ("They put it on the table, “Open Me First.”", []),
    ("They put the box on the table. “We lost,” she said.", [("“We lost,”", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_PHRASE_CASES)
def test_quote_after_a_cue_phrase_verb(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# Breitbart, 2015-12-21 and 2016-03-15 (PolNeAR train): the parser hangs a quoted noun
# phrase on the cue verb as a bare-noun adverbial (npadvmod), as it does ``said Tuesday``;
# the quote is still the verb's complement, reported by its subject.
NPADVMOD_CASES = [
    (
        "Delgado celebrated with volunteers, declaring it “another banner night for our"
        " movement” and said it was one more milestone.",
        [("it “another banner night for our movement”", "Delgado")],
    ),
    (
        "Mr. Okonjo pledged to fight the new toll for commuter traffic “today, tomorrow,"
        " forever.” The mayor was his target.",
        [
            (
                "to fight the new toll for commuter traffic “today, tomorrow, forever.”",
                "Mr. Okonjo",
            )
        ],
    ),
    # a title alone is still a title; inside the clause a speech verb reports, it is part
    # of the reported speech PolNeAR annotates (see TITLE_IN_REPORT_CASES)
    ("She watched “Super Tuesday” on TV.", []),
    (
        "She said Tuesday that she watched “Super Tuesday” on TV.",
        [("that she watched “Super Tuesday” on TV", "She")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NPADVMOD_CASES)
def test_quote_hung_on_the_cue_verb_as_an_adverbial_noun(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# HuffPost, 2016-06-08 (PolNeAR train): an ``as`` clause with a speech verb opens the
# sentence; the main clause after its comma holds the speaker's words, quote included.
AS_CLAUSE_CASES = [
    (
        "As Council President Ana Ruiz has pointed out, this is plainly the “textbook"
        " example” of waste. She left.",
        [("this is plainly the “textbook example” of waste", "Council President Ana Ruiz")],
    ),
    (
        "As Ruiz said, that’s basically the “textbook example” of waste. She left.",
        [("that’s basically the “textbook example” of waste", "Ruiz")],
    ),
    (
        "As Ryan put it, the plan is “dead on arrival” in the House. He left.",
        [("the plan is “dead on arrival” in the House", "Ryan")],
    ),
    # an ``as`` clause without a speech verb reports nothing: a scare quote stays dropped
    ("As Ryan arrived, the plan was “dead on arrival” in the House.", []),
    # nor one without a subject of its own
    ("As expected, the plan was “dead on arrival” in the House.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_CLAUSE_CASES)
def test_partial_quote_reported_by_an_as_clause(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# Washington Post, 2015-11-17 (PolNeAR train): quotes only an ellipsis apart are one
# passage with words left out; a clause ending in a colon right before it introduces
# it, ahead of a cue verb of an earlier sentence.
ELIDED_CASES = [
    (
        "His plan has not worked, and he struggles to articulate it. At the conference, the"
        ' first questioners were hostile: "Is it time to change?" . . . "Have you failed?"'
        ' . . . "Do you understand this enemy?"',
        [
            (
                '"Is it time to change?" . . . "Have you failed?" . . . "Do you understand'
                ' this enemy?"',
                "the first questioners",
            )
        ],
    ),
    (
        "She spoke to the crowd: “It is over.” … “We lost.” Then she left.",
        [("“It is over.” … “We lost.”", "She")],
    ),
    # words between the quotes keep them apart
    (
        "“We will win,” she said. “It is over,” he said … “We lost.”",
        [("“We will win,”", "she"), ("“It is over,” he said … “We lost.”", "he")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_CASES)
def test_quotes_an_ellipsis_apart(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# Washington Post, 2016-01-20 (PolNeAR train): speech verbs the cue lexicon lacked
# (``vent``, ``scoff``, ``sneer``, ``confide``, ``grouse``, ``rant``, ``snipe``, ``pronounce``).
LEXICON_CASES = [
    (
        'At home she vented to her husband that it would be "incredibly ugly" and "a huge'
        ' shock." Her staff was tired.',
        [('that it would be "incredibly ugly" and "a huge shock."', "she")],
    ),
    (
        'He scoffed that the plan was "a joke from start to end." She left.',
        [('that the plan was "a joke from start to end."', "He")],
    ),
    (
        'Roe confided to friends that the race was "slipping away from us." She left.',
        [('that the race was "slipping away from us."', "Roe")],
    ),
    # Washington Post, 2016-09-01: ``pronounce`` as ``declare``, not saying a word aloud
    (
        'He met the premier and pronounced Ilse Brandt "a partner." A reporter asked.',
        [('Ilse Brandt "a partner."', "He")],
    ),
    ('He could not pronounce "Qatar" correctly.', []),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON_CASES)
def test_partial_quote_under_a_new_speech_verb(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# Washington Post 2016-06-02, New York Times 2016-05-18 (PolNeAR train): a Title-Case quote
# inside the clause a speech verb reports is the speaker's word, not a bare title; a show
# named as the venue, an intended cue, or a clause the cue only partly reports stay out.
TITLE_IN_REPORT_CASES = [
    (
        'Molina spoke in Fresno on Friday, adding that he believed the referee was "Canadian."'
        " The crowd cheered.",
        [('that he believed the referee was "Canadian."', "Molina")],
    ),
    (
        'The governor has said that the deal could lead to another "Holocaust." Critics disagreed.',
        [('that the deal could lead to another "Holocaust."', "The governor")],
    ),
    (
        'Jane Roe, a longtime editor, is joining the "Sunrise" program as a host, WXTV announced'
        " on Tuesday.",
        [('Jane Roe, a longtime editor, is joining the "Sunrise" program as a host', "WXTV")],
    ),
    (
        '"We will win," Sanders said in an interview aired on "New Day." He smiled.',
        [('"We will win,"', "Sanders")],
    ),
    ('This post was corrected to note that Roe read the lecture on "Facebook Live."', []),
    (
        'He was not shocked that the "Rebuild" slate won, his staff said Monday, because'
        " he knew the town.",
        [],
    ),
    ('He loves "Modern Family." She watches "Veep."', []),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_IN_REPORT_CASES)
def test_title_case_quote_in_a_reported_clause(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# Washington Post 2016-03-22 and 2016-02-09, Breitbart 2016-03-01 (PolNeAR train): a chant
# is words said, short and Title Case as it is; PolNeAR annotates every one. The content is
# the chant's sentence (the frame around it is often the annotated one), cut short of any
# other quote in it.
CHANT_CASES = [
    (
        'Protesters gathered outside, holding signs and chanting "Dump Trump." The police watched.',
        ['Protesters gathered outside, holding signs and chanting "Dump Trump."'],
    ),
    (
        'Stepping onto the stage to chants of "Lena! Lena!," the mayor said her campaign'
        ' was "finishing very strong."',
        [
            'Stepping onto the stage to chants of "Lena! Lena!,"',
            'her campaign was "finishing very strong."',
        ],
    ),
    (
        'When those voting "yes" won, delegates erupted in loud chants of "no." The band played.',
        ['delegates erupted in loud chants of "no."'],
    ),
    (
        'The crowd drowned him out with "BERNIE!" chants. He left.',
        ['The crowd drowned him out with "BERNIE!" chants'],
    ),
    ('She called the plan "dumb." He had a "chant" ready.', ['the plan "dumb."']),
]


@pytest.mark.parametrize(("text", "expected"), CHANT_CASES)
def test_chant_is_quoted_speech(quote_nlp: Language, text: str, expected: list[str]) -> None:
    assert [content for content, _ in quotes_and_speakers(quote_nlp, text)] == expected


# Politico 2016-08-11, Washington Post 2016-08-06 (PolNeAR train): a possessed speech-act
# noun and its that-clause holding the quote: the clause is the content, the possessor the
# speaker (PolNeAR annotates every one in train and dev). Not without a possessor.
CLAIM_CASES = [
    (
        "Hollis blamed the press for making a fuss over Karen Boyd's claim that Governor"
        ' Lund "wrecked the budget," saying they were quibbling.',
        [('that Governor Lund "wrecked the budget,"', "Karen Boyd's")],
    ),
    (
        'Her claim that she "never asked for or accepted a single bribe" was false.',
        [('that she "never asked for or accepted a single bribe"', "Her")],
    ),
    (
        'His latest assertion that the economy is "a disaster" drew fire.',
        [('that the economy is "a disaster"', "His")],
    ),
    ('The report that the plan was "dead" spread fast.', []),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_CASES)
def test_possessed_claim_that_clause(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected


# New York Times 2016-04-25 (PolNeAR train): the parse joins the second half of a
# that-clause ("… but it was “…”") to the speech verb; the report runs on through it.
# Not a clause with a new noun subject: that is the writer's narration.
THAT_CLAUSE_CONJ_CASES = [
    (
        "He agreed that the boat had value. He added that he could manage without keeping a"
        ' 40-foot yacht but it was a "real pleasure to own." Sailing is costly.',
        [
            (
                'that he could manage without keeping a 40-foot yacht but it was a "real pleasure'
                ' to own."',
                "He",
            )
        ],
    ),
    (
        'The fire chief also said that it was too soon to judge, and there was "no trace" of'
        " arson. Neighbors agreed.",
        [('that it was too soon to judge, and there was "no trace" of arson', "The fire chief")],
    ),
    ('Roe said that the plan was fine, and the crowd "roared." It ended.', []),
]


@pytest.mark.parametrize(("text", "expected"), THAT_CLAUSE_CONJ_CASES)
def test_that_clause_conjoined_to_the_cue(
    quote_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes_and_speakers(quote_nlp, text) == expected
