"""TimeML and MEANTIME readers and the TempEval-3 measures, on documents written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosays.errors import EvaluationDataError
from whosays.eval.meantime import read_cat
from whosays.eval.tempeval import (
    GoldTimex,
    Scores,
    TimexDocument,
    read_tempeval,
    read_timeml,
    run,
    score_document,
)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22"
 functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Sales &amp; profits <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION"
 value="P2Y">two years</TIMEX3>.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Title</token>
<token number="1" sentence="1" t_id="2">March</token>
<token number="2" sentence="1" t_id="3">1</token>
<token number="3" sentence="1" t_id="4">,</token>
<token number="4" sentence="1" t_id="5">2008</token>
<token number="5" sentence="2" t_id="6">Profits</token>
<token number="6" sentence="2" t_id="7">rose</token>
<token number="7" sentence="2" t_id="8">last</token>
<token number="8" sentence="2" t_id="9">year</token>
<token number="9" sentence="2" t_id="10">.</token>
<token number="10" sentence="3" t_id="11">Unannotated</token>
<token number="11" sentence="3" t_id="12">today</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME">
<token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2007" functionInDocument="NONE">
<token_anchor t_id="8"/><token_anchor t_id="9"/>
</TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2058" TAG_DESCRIPTOR="2058"/>
</Markables>
</Document>
"""


def test_read_timeml(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = read_timeml(path)
    assert document.reference_date == "2013-03-22"
    assert [document.text[t.start : t.end] for t in document.timexes] == ["Thursday", "two years"]
    assert document.timexes[1] == GoldTimex(
        document.text.index("two years"), document.text.index("two years") + 9, "DURATION", "P2Y"
    )
    assert "Sales & profits rose" in document.text


def test_read_tempeval_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationDataError, match="no such split"):
        read_tempeval(tmp_path, "platinum")
    (tmp_path / "platinum").mkdir()
    with pytest.raises(EvaluationDataError, match=r"no \.tml files"):
        read_tempeval(tmp_path, "platinum")


def test_read_cat(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    document = read_cat(path)
    assert document.text == "Title\nMarch 1, 2008\nProfits rose last year."
    assert document.reference_date == "2008-03-01"
    assert [document.text[t.start : t.end] for t in document.timexes] == ["last year"]
    assert [document.text[s:e] for s, e in document.unscored] == ["March 1, 2008"]


GOLD = [GoldTimex(0, 8, "DATE", "2013-03-21"), GoldTimex(20, 29, "DURATION", "P2Y")]

SCORING = [
    # (system timexes, strict, relaxed, value, type)
    ([GoldTimex(0, 8, "DATE", "2013-03-21"), GoldTimex(20, 29, "DURATION", "P2Y")], 2, 2, 2, 2),
    ([GoldTimex(0, 8, "DATE", "2013-03-14"), GoldTimex(16, 29, "DURATION", "P2Y")], 1, 2, 1, 2),
    ([GoldTimex(3, 5, "TIME", "2013-03-21"), GoldTimex(40, 45, "DATE", "2013")], 0, 1, 1, 0),
    ([], 0, 0, 0, 0),
]


@pytest.mark.parametrize(("system", "strict", "relaxed", "value", "kind"), SCORING)
def test_score_document(
    system: list[GoldTimex], strict: int, relaxed: int, value: int, kind: int
) -> None:
    counts = score_document(GOLD, system)
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (
        strict,
        relaxed,
        value,
        kind,
    )
    assert (counts.gold, counts.system) == (2, len(system))


def test_relaxed_match_is_one_to_one() -> None:
    counts = score_document(
        [GoldTimex(0, 10, "DATE", "2013")],
        [
            GoldTimex(0, 4, "DATE", "2013"),
            GoldTimex(5, 10, "DATE", "2013"),
        ],
    )
    assert counts.relaxed == 1


def test_scores_json_shape_and_unscored_spans() -> None:
    document = TimexDocument("d", "x" * 40, "2013-03-22", tuple(GOLD), unscored=((30, 35),))

    def tagger(text: str, reference: str | None) -> list[GoldTimex]:
        return [GOLD[0], GoldTimex(31, 34, "DATE", "2013-03-22")]

    figures = run([document], tagger).as_dict()
    assert figures["strict"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert figures["relaxed"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert figures["value_f1"] == 0.6667


def test_empty_scores_are_zero() -> None:
    assert Scores(score_document([], [])).prf(0) == {"p": 0.0, "r": 0.0, "f1": 0.0}
