"""The canonical speaker normaliser, speaker keys and the alias file."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosays.errors import StoreError
from whosays.store.speakers import (
    AliasTable,
    SpeakerKey,
    canonical_speaker_id,
    load_aliases,
    normalise_name,
    speaker_key,
)

# (name, normalised as a person's name)
NORMALISED = [
    ("Vladimir Putin", "vladimir putin"),
    ("  VLADIMIR   PUTIN ", "vladimir putin"),
    ("Mr. Vladimir Putin", "vladimir putin"),
    ("President Vladimir Putin", "vladimir putin"),
    ("Dr. Jane Roe", "jane roe"),
    ("Sen. Jane Roe", "jane roe"),
    ("Prime Minister Jane Roe", "jane roe"),
    ("Former Foreign Minister Jane Roe", "jane roe"),
    ("Jane Roe, PhD", "jane roe"),
    ("Recep Tayyip Erdoğan", "recep tayip erdogan"),
    ("Muammar Gaddafi", "muamar qadafi"),
    ("Muammar Qaddafi", "muamar qadafi"),
    ("Moammar Kadhafi", "muamar qadafi"),
    ("Muammar Gadhafi", "muamar qadafi"),
    ("Muammar Khadafy", "muamar qadafi"),
    ("Mohammed bin Salman", "muhamad bin salman"),
    ("Muhammad bin Salman", "muhamad bin salman"),
    ("Mohamed bin Salman", "muhamad bin salman"),
    ("Bashar al-Assad", "bashar asad"),
    ("Bashar al Assad", "bashar asad"),
    ("Bashar Assad", "bashar asad"),
    ("Abdel Fattah el-Sisi", "abdul fatah sisi"),
    ("Abdul Fattah al-Sisi", "abdul fatah sisi"),
    ("Volodymyr Zelenskyy", "volodymyr zelensky"),
    ("Volodymyr Zelenskiy", "volodymyr zelensky"),
    ("Alexei Navalny", "alexei navalny"),
    ("Aleksei Navalny", "alexei navalny"),
    ("Saddam Husayn", "sadam husein"),
    ("Saddam Hussein", "sadam husein"),
    ("Ms. Jane Roe’s", "jane roe"),
    ("Martin Luther King Jr.", "martin luther king jr"),
    ("John Smith III", "john smith iii"),
    ("Al Gore", "al gore"),
    ("Ayatollah Ali Khamenei", "ali khamenei"),
]


@pytest.mark.parametrize(("name", "expected"), NORMALISED)
def test_normalise_person_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


# Pairs that are different people and must keep different keys.
DIFFERENT_PEOPLE = [
    ("John Smith", "Mary Smith"),
    ("George W. Bush", "George Bush"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ("Martin Luther King Jr.", "Martin Luther King Sr."),
    ("Dan Smith", "Don Smith"),
    ("John Smith", "John Smith III"),
    ("Ali Khamenei", "Ali Larijani"),
]


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PEOPLE)
def test_different_people_keep_different_keys(first: str, second: str) -> None:
    assert normalise_name(first) != normalise_name(second)
    assert speaker_key(first, "person", "a1") != speaker_key(second, "person", "a1")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The New York Times", "new york times"),
        ("General Motors", "general motors"),
        ("Hamas", "hamas"),
        ("Al Jazeera", "al jazera"),
        ("the U.N.", "u n"),
    ],
)
def test_normalise_organisation_keeps_titles_but_not_the(name: str, expected: str) -> None:
    assert normalise_name(name, is_person=False) == expected


@pytest.mark.parametrize("name", ["", "   ", "Mr.", "...", "’s"])
def test_nothing_name_like_gives_empty_or_the_title(name: str) -> None:
    assert normalise_name(name) in ("", "mr")


@pytest.mark.parametrize(
    ("name", "speaker_type", "scope"),
    [
        ("Vladimir Putin", "person", None),
        ("Putin", "person", "a1"),
        ("President Putin", "person", "a1"),
        ("Hamas", "organization", None),
        ("Reuters", "organization", None),
        ("the report", "document", "a1"),
        ("officials", "group", "a1"),
    ],
)
def test_speaker_key_scope(name: str, speaker_type: str, scope: str | None) -> None:
    key = speaker_key(name, speaker_type, "a1")
    assert key is not None
    assert key.scope == scope


@pytest.mark.parametrize("name", [None, "", "  "])
def test_unnamed_speaker_has_no_key(name: str | None) -> None:
    assert speaker_key(name, "anonymous", "a1") is None


def test_bare_surname_never_merges_across_articles() -> None:
    first = speaker_key("Smith", "person", "a1")
    second = speaker_key("Smith", "person", "a2")
    assert first is not None and second is not None
    assert first.canonical_key() != second.canonical_key()


def test_person_and_organisation_of_one_name_stay_apart() -> None:
    person = speaker_key("Jordan Peterson", "person", "a1")
    org = speaker_key("Jordan Peterson", "organization", "a1")
    assert person is not None and org is not None
    assert canonical_speaker_id(person.canonical_key()) != canonical_speaker_id(org.canonical_key())


def test_alias_merges_variants_and_bare_surnames() -> None:
    aliases = AliasTable.from_pairs([("Putin", "Vladimir Putin"), ("VVP", "Vladimir Putin")])
    full = SpeakerKey("vladimir putin", "person", None)
    bare = speaker_key("Putin", "person", "a9")
    initials = speaker_key("VVP", "person", "a3")
    assert bare is not None and initials is not None
    assert bare.canonical_key(aliases) == full.canonical_key(aliases) == "person:vladimir putin"
    assert initials.canonical_key(aliases) == "person:vladimir putin"


def test_alias_serves_organisations_with_their_own_normalisation() -> None:
    aliases = AliasTable.from_pairs([("NYT", "The New York Times")])
    key = speaker_key("NYT", "organization", "a1")
    assert key is not None
    assert key.canonical_key(aliases) == "organization:new york times"


def test_load_aliases_reads_tsv_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text(
        "# who is who\nKadhafi\tMuammar al-Gaddafi\n\nMBS\tMohammed bin Salman  # crown prince\n",
        encoding="utf-8",
    )
    table = load_aliases(path)
    assert table.lookup("mbs", "person") == "Mohammed bin Salman"
    assert table.lookup("qadafi", "person") == "Muammar al-Gaddafi"
    assert table.lookup("mbs", "organization") == "Mohammed bin Salman"


@pytest.mark.parametrize("line", ["no tab here", "a\tb\tc", "\tcanonical only"])
def test_load_aliases_rejects_malformed_lines(tmp_path: Path, line: str) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text(f"ok\tOK\n{line}\n", encoding="utf-8")
    with pytest.raises(StoreError, match=":2:"):
        load_aliases(path)


def test_load_aliases_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot read alias file"):
        load_aliases(tmp_path / "missing.tsv")


def test_canonical_speaker_id_is_stable() -> None:
    assert canonical_speaker_id("person:jane roe") == canonical_speaker_id("person:jane roe")
    assert canonical_speaker_id("person:jane roe").startswith("s")
    assert len(canonical_speaker_id("person:jane roe")) == 17
