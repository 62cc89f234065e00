"""whosays_coref titles: academic titles, forms of address and family relations.

Regression cases from the genre audit (science study, sentencing, obituary; docs/coref.md)
on small articles written for the tests, run end to end through ``whosays.analyze``.
A speaker's title is the one the mention gives, else the latest before it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import whosays

TITLE_CASES = [
    # "Dr." is a title, kept as written; a role the article gives beats it.
    ("dr-alone", "Dr. Ana Ruiz said the results were encouraging.", "Ana Ruiz", "Dr."),
    ("dr-no-dot", "Dr Tom Hale said the trial was small.", "Tom Hale", "Dr"),
    (
        "dr-and-appositive",
        "Dr. Ana Ruiz, the study's lead author, said the results were encouraging.",
        "Ana Ruiz",
        "study's lead author",
    ),
    (
        "dr-after-a-role",
        "WHO Director-General Dr. Amara Osei said the outbreak was contained.",
        "Amara Osei",
        "WHO director-general",
    ),
    # A form of address is no title.
    (
        "mrs-justice",
        "Mrs Justice Eleanor Marsh said the defendant had shown no remorse.",
        "Eleanor Marsh",
        "justice",
    ),
    ("mr-alone", "Mr. Tom Lind said he agreed.", "Tom Lind", None),
    # A family relation the article gives is the speaker's title.
    (
        "daughter",
        "Margaret Ellory died on Sunday. Her daughter, Clare Ellory, said she loved the garden.",
        "Clare Ellory",
        "daughter",
    ),
    (
        "son-first-name",
        "Margaret Ellory died on Sunday. Her son, Peter, said she never stopped working.",
        "Peter",
        "son",
    ),
    # "his wife" before a name without a comma: the family word only.
    (
        "wife-before-titled-name",
        "Tom Brandt and his wife Republican gubernatorial front-runner Ellen Brandt "
        "arrived. Ellen Brandt said the crowd was large.",
        "Ellen Brandt",
        "wife",
    ),
    (
        "son-of",
        "Colin Marsh, son of Acme's co-founder, said the deal was bad.",
        "Colin Marsh",
        "son of Acme's co-founder",
    ),
    # A family word that describes, relating to no one, is no title.
    (
        "described-mother",
        "Ann Roe, the only single mother ever elected sheriff, said it was hard.",
        "Ann Roe",
        None,
    ),
    # A word hyphen does not end a title.
    (
        "hyphenated-organisation",
        "The head of the Pro-Housing Alliance, Derek Olsen, said it was wrong.",
        "Derek Olsen",
        "head of the Pro-Housing Alliance",
    ),
    (
        "possessed-widow",
        "Tom Ellory died in May. Ellory's widow, Jane Ellory, said he was a kind man.",
        "Jane Ellory",
        "Ellory's widow",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "title"), [pytest.param(t, n, ti, id=case) for case, t, n, ti in TITLE_CASES]
)
def test_speaker_title(nlp: Language, text: str, name: str, title: str | None) -> None:
    article = whosays.analyze(text, nlp=nlp)
    quote = next(q for q in article.quotes if q.cue is not None and q.cue.text == "said")
    assert (quote.speaker.name, quote.speaker.type, quote.speaker.title) == (
        name,
        "person",
        title,
    )


@pytest.mark.model
def test_a_later_surname_keeps_the_role_not_the_academic_title(nlp: Language) -> None:
    text = (
        "Dr. Ana Ruiz, the study's lead author, said the results were encouraging. "
        '"We were surprised," Ruiz said.'
    )
    article = whosays.analyze(text, nlp=nlp)
    assert [q.speaker.title for q in article.quotes] == ["study's lead author"] * 2
    (entity,) = [e for e in article.entities if e.name == "Ana Ruiz"]
    assert list(entity.titles) == ["Dr.", "study's lead author"]


FAMILY_MENTIONS = [
    # a bare definite relation is the one person the article gave it
    (
        "the-daughter",
        "Margaret Ellory died on Sunday. Her daughter, Clare Ellory, said she loved the "
        "garden. The daughter said the funeral would be private.",
        ["Clare Ellory", "Clare Ellory"],
    ),
    # a possessor relates it to someone else: no resolution by the relation
    (
        "possessed",
        "Margaret Ellory died on Sunday. Her daughter, Clare Ellory, said she loved the "
        "garden. The nominee's daughter said the funeral would be private.",
        ["Clare Ellory", None],
    ),
    (
        "his-wife",
        "Tom Ellory died in May. His sister, Ann Ellory, said he was kind. His wife said "
        "he never complained.",
        ["Ann Ellory", None],
    ),
    # two daughters: the relation does not tell which
    (
        "two-daughters",
        "Margaret Ellory died on Sunday. Her daughter, Clare Ellory, said she loved the "
        "garden. Her other daughter, Ruth Ellory, said she was brave. The daughter said the "
        "funeral would be private.",
        ["Clare Ellory", "Ruth Ellory", None],
    ),
    (
        "another-daughter",
        "Margaret Ellory died on Sunday. Her daughter, Clare Ellory, said she loved the "
        "garden. Another daughter, Ruth Ellory, said she was brave. The daughter said the "
        "funeral would be private.",
        ["Clare Ellory", "Ruth Ellory", None],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"), [pytest.param(t, n, id=case) for case, t, n in FAMILY_MENTIONS]
)
def test_a_family_relation_in_a_later_mention(
    nlp: Language, text: str, names: list[str | None]
) -> None:
    article = whosays.analyze(text, nlp=nlp)
    assert [q.speaker.name for q in article.quotes] == names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“Not to mention the weather,” mused radio co-host Tom Baines.", "Tom Baines"),
        ("“Back on Monday,” said Gazette co-host Ann Marsh.", "Ann Marsh"),
    ],
)
def test_a_name_after_a_split_hyphenated_title(nlp: Language, text: str, name: str) -> None:
    """The parse splits ``co-host`` into siblings of the cue; the name closing the mention
    is still the speaker."""
    article = whosays.analyze(text, nlp=nlp)
    assert [q.speaker.name for q in article.quotes] == [name]
