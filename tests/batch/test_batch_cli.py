"""``whosays batch`` option handling (no model needed: these fail before any work)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from whosays.cli.main import cli


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "last week"], "--since"),
        (["--shard-size", "0"], "--shard-size"),
        (["--n-process", "0"], "--n-process"),
    ],
)
def test_bad_options_fail_with_one_line(tmp_path: Path, arguments: list[str], message: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will open.", encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    result = CliRunner().invoke(cli, ["batch", str(article), "--db", db, *arguments])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_stdin_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", "-", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "stdin is not supported" in result.output


@pytest.mark.model
def test_failed_inputs_are_listed_after_the_summary(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The mayor said the bridge will open.", encoding="utf-8")
    (corpus / "feed.jsonl").write_text("not json\n" * 12, encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    listed = lines[lines.index("whosays: 12 input(s) failed:") + 1 :]
    assert [line.split(": ", 1)[1] for line in listed[:10]] == [
        "not valid JSON (Expecting value)"
    ] * 10
    assert listed[0].startswith(f"  {corpus / 'feed.jsonl'}:1: ")
    assert listed[10].startswith("  … and 2 more: whosays sql ")
    assert len(listed) == 11


@pytest.mark.model
def test_a_clean_run_lists_no_failures(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will open.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(article), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 0, result.output
    assert "failed:" not in result.output
