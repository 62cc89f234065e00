"""The English check run before analysis: texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from whosays.cli.main import cli
from whosays.ingest.language import english_share, not_english_reason

ENGLISH = {
    "wire": (
        "BRUSSELS — EU foreign policy chief Kaja Kallas said on Monday that Brussels would "
        'propose new sanctions against Moscow. "Pressure works," Kallas told reporters in '
        "Luxembourg before a meeting of foreign ministers. Hungary's Peter Szijjarto said "
        "Budapest would study the package, while Slovakia's Juraj Blanar declined to comment."
    ),
    "names_heavy": (
        "Attending were Senator Maria Lopez (D-N.M.), Rep. John Okafor (R-Texas), Gov. Ann "
        "Whitfield, Mayor Tom Brandt, Police Chief Ada Nkemelu, Fire Commissioner Rui Santos, "
        "Councilwoman Ilse Varga, Treasurer Dev Patel, Judge Hana Kimura and Sheriff Lou "
        'Marchetti. Lopez said the state would pay for the new bridge. "We owe it to the '
        'families who cross it every day," she said at the ceremony.'
    ),
    "opinion": (
        "It is no secret that the council has spent the past decade promising a new library "
        "and delivering nothing. Critics say the delay is about money; many argue it is about "
        "will. Either way, the people who would use it most are the ones who have waited "
        "longest, and they deserve better than another consultation."
    ),
}

NOT_ENGLISH = {
    "french": (
        "Le ministre de l'Intérieur a déclaré mardi que le gouvernement ne reculerait pas sur "
        "la réforme des retraites. « Nous tiendrons bon », a-t-il affirmé devant la presse à "
        "Paris. L'opposition a dénoncé une réforme injuste et a appelé à manifester samedi "
        "dans toutes les grandes villes du pays, selon les syndicats."
    ),
    "spanish": (
        "El presidente del Gobierno dijo el lunes que su Ejecutivo no cambiará de rumbo en "
        'la política económica. "No vamos a ceder ante las presiones", afirmó ante los '
        "periodistas en Madrid. La oposición calificó el anuncio de irresponsable y pidió su "
        "comparecencia urgente en el Congreso la próxima semana."
    ),
    "german": (
        "Der Bundeskanzler sagte am Dienstag in Berlin, die Regierung werde an ihrem Kurs "
        'festhalten. "Wir lassen uns nicht erpressen", sagte er vor Journalisten im '
        "Kanzleramt. Die Opposition warf ihm vor, die Lage zu beschönigen, und forderte eine "
        "Regierungserklärung im Bundestag noch vor der Sommerpause."
    ),
    "portuguese": (
        "O ministro da Fazenda disse na terça-feira que o governo não vai mudar de rumo na "
        'política fiscal. "Não vamos recuar", afirmou ele aos jornalistas em Brasília. A '
        "oposição classificou a reforma como injusta e prometeu obstruir a votação na Câmara "
        "dos Deputados até o fim do mês."
    ),
    "russian": (
        "Министр иностранных дел заявил во вторник, что правительство не изменит курс. "
        "«Мы не отступим», — сказал он журналистам в Москве. Оппозиция назвала реформу "
        "несправедливой и призвала сторонников выйти на улицы в субботу."
    ),
    "chinese": (
        "外交部发言人周二在例行记者会上表示，中方将继续推动和平谈判，并愿意同各方保持沟通。"
        "他说：“我们希望有关各方保持冷静克制，避免局势进一步升级。”分析人士认为，这一表态释放了积极信号。"
    ),
}


@pytest.mark.parametrize("text", ENGLISH.values(), ids=ENGLISH.keys())
def test_english_passes(text: str) -> None:
    assert not_english_reason(text) is None


@pytest.mark.parametrize("text", NOT_ENGLISH.values(), ids=NOT_ENGLISH.keys())
def test_other_languages_are_flagged(text: str) -> None:
    reason = not_english_reason(text)
    assert reason is not None
    assert reason.startswith("does not look like English")


@pytest.mark.parametrize(
    "text",
    [
        'Obama: "Yes we can." Trump: "Make America great again."',
        'Der Minister sagte: "Nein."',
        "",
    ],
)
def test_short_texts_are_not_judged(text: str) -> None:
    assert english_share(text) is None
    assert not_english_reason(text) is None


def test_share_orders_languages() -> None:
    english = english_share(ENGLISH["opinion"])
    french = english_share(NOT_ENGLISH["french"])
    assert english is not None and french is not None
    assert english > 0.3 > 0.15 > french


def test_cli_warns_and_still_analyses(tmp_path: Path) -> None:
    german = tmp_path / "de.txt"
    german.write_text(NOT_ENGLISH["german"], encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH["wire"], encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["analyze", str(german), str(english), "--format", "jsonl", "--published", "2025-06-03"],
    )
    assert result.exit_code == 0
    assert f"whosays: warning: {german}: does not look like English" in result.stderr
    assert str(english) not in result.stderr
    assert len(result.stdout.strip().splitlines()) == 2
