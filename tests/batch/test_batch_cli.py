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
