"""The store commands: export, speakers, quotes, outlets and sql, as JSON and as tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from whosays.cli.main import cli
from whosays.store.duckdb import Store


@pytest.fixture()
def db(store: Store) -> str:
    store.close()
    return store.path


def run(*args: str) -> tuple[int, str]:
    """Exit code and stdout (stderr too when the command failed)."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout if result.exit_code == 0 else result.output


def test_quotes_json(db: str) -> None:
    code, output = run("quotes", "--db", db, "--speaker", "Qaddafi", "--format", "json")
    assert code == 0
    page = json.loads(output)
    assert page["total"] == 2
    assert {item["source"] for item in page["items"]} == {"Wire A", "Wire B"}


def test_quotes_table_with_dates_and_outlet(db: str) -> None:
    code, output = run(
        "quotes", "--db", db, "--since", "2024-03-01", "--outlet", "Wire B", "--kind", "direct"
    )
    assert code == 0
    assert "Mary Smith" in output and "Gaddafi" not in output


def test_quotes_containing_words(db: str) -> None:
    code, output = run("quotes", "--db", db, "--contains", '"point 2"', "--format", "json")
    assert code == 0
    page = json.loads(output)
    assert [item["speaker_full_name"] for item in page["items"]] == ["Mary Smith", None]
    code, output = run("quotes", "--db", db, "--contains", " ".join("x" * 21))
    assert code != 0 and "too many search terms" in output


def test_speakers_json_and_aliases(db: str, tmp_path: Path) -> None:
    code, output = run("speakers", "--db", db, "--type", "organization", "--format", "json")
    assert code == 0
    assert [item["name"] for item in json.loads(output)["items"]] == ["Reuters"]
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Reuters\tThomson Reuters\n", encoding="utf-8")
    code, output = run(
        "speakers",
        "--db",
        db,
        "--type",
        "organization",
        "--aliases",
        str(aliases),
        "--format",
        "json",
    )
    assert code == 0
    assert [item["name"] for item in json.loads(output)["items"]] == ["Thomson Reuters"]


def test_outlets_table(db: str) -> None:
    code, output = run("outlets", "--db", db)
    assert code == 0
    assert "Wire A" in output and "share_qu" in output


def test_sql_json_and_read_only(db: str) -> None:
    code, output = run("sql", "--db", db, "SELECT count(*) AS n FROM quotes", "--format", "json")
    assert (code, json.loads(output)) == (0, [{"n": 8}])
    code, output = run("sql", "--db", db, "DELETE FROM quotes")
    assert code == 5
    assert "read-only" in output


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_export_writes_files(db: str, tmp_path: Path, fmt: str) -> None:
    code, output = run(
        "export", "--db", db, "--format", fmt, "--out", str(tmp_path / "x"), "--table", "quotes"
    )
    assert code == 0
    assert output.strip() == str(tmp_path / "x" / f"quotes.{fmt}")


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    code, output = run("quotes", "--db", str(tmp_path / "none.duckdb"))
    assert code == 5
    assert output.startswith("whosays: error: no store at")


def test_quotes_keyset_pages_through_the_cli(db: str) -> None:
    seen: list[str] = []
    after: list[str] = []
    while True:
        code, output = run("quotes", "--db", db, "--limit", "3", "--format", "json", *after)
        assert code == 0
        page = json.loads(output)
        seen += [f"{item['article_id']}/{item['quote_id']}" for item in page["items"]]
        if page["next_after"] is None:
            break
        after = ["--after", page["next_after"]]
    assert len(seen) == len(set(seen)) == 8
