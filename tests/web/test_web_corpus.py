"""Tests for the corpus app: every view and its JSON, filters, paging, escaping, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from html_check import parse
from starlette.testclient import TestClient
from web_samples import HOSTILE_NAME, SCRIPT_PAYLOAD

from whosays.errors import StoreError
from whosays.web.corpus import Corpus
from whosays.web.security import CONTENT_SECURITY_POLICY

PAGES = ["/", "/speakers", "/quotes", "/outlets", "/articles", "/graph"]


def speaker_id(client: TestClient, name: str) -> str:
    items = client.get("/api/speakers", params={"q": name}).json()["page"]["items"]
    return str(items[0]["speaker_id"])


def article_id(client: TestClient, title_part: str) -> str:
    items = client.get("/api/articles", params={"limit": 200}).json()["page"]["items"]
    return str(next(a["article_id"] for a in items if title_part in (a["title"] or "")))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_headers(corpus_client: TestClient, path: str) -> None:
    response = corpus_client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    page = parse(response.text)
    assert [s.get("src") for s in page.named("script")] == ["/static/app.js"]
    assert page.event_handlers() == []
    assert [t for t, attrs in page.tags if "style" in attrs] == []


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_json_twin(corpus_client: TestClient, path: str) -> None:
    response = corpus_client.get("/api" + path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_summary_counts(corpus_client: TestClient) -> None:
    summary = corpus_client.get("/api/").json()["summary"]
    assert summary == {"articles": 6, "quotes": 19, "speakers": summary["speakers"], "outlets": 4}
    assert summary["speakers"] >= 5


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"q": "liss"}, ["Ana Liss"]),
        ({"q": "LISS"}, ["Ana Liss"]),
        ({"type": "organization"}, ["Quay Workers Union"]),
        ({"q": "nobody-at-all"}, []),
    ],
)
def test_speakers_search(
    corpus_client: TestClient, params: dict[str, str], names: list[str]
) -> None:
    page = corpus_client.get("/api/speakers", params=params).json()["page"]
    assert [s["name"] for s in page["items"]] == names
    assert page["total"] == len(names)


def test_speakers_list_counts_and_outlets(corpus_client: TestClient) -> None:
    first = corpus_client.get("/api/speakers").json()["page"]["items"][0]
    assert first["name"] == "Ana Liss"
    assert (first["n_quotes"], first["n_articles"], first["n_outlets"]) == (9, 3, 2)
    assert first["top_outlets"] == [
        {"source": "Marlow Gazette", "n": 6},
        {"source": "Coast Times", "n": 3},
    ]
    html = corpus_client.get("/speakers").text
    assert "Marlow Gazette</a> (6)" in html


def test_speaker_page_lists_quotes_with_dates_and_article_links(
    corpus_client: TestClient,
) -> None:
    sid = speaker_id(corpus_client, "Haddad")
    data = corpus_client.get(f"/api/speakers/{sid}").json()
    assert data["speaker"]["name"] == "Omar Haddad"
    quotes = data["page"]["items"]
    assert [(q["published_date"], q["source"]) for q in quotes] == [
        ("2024-04-10", "Valley News"),
        ("2024-03-02", "Coast Times"),
    ]
    assert data["speaker"]["outlets"] == [
        {"source": "Coast Times", "n_quotes": 1},
        {"source": "Valley News", "n_quotes": 1},
    ]
    page = parse(corpus_client.get(f"/speakers/{sid}").text)
    links = [a["href"] for a in page.named("a") if str(a.get("href")).startswith("/articles/")]
    assert len(links) == 2 and all(link.endswith("#q0") for link in links)
    for link in links:
        assert corpus_client.get(link.split("#")[0]).status_code == 200


@pytest.mark.parametrize("sid", ["s0000000000000000", "..%2f..%2fetc%2fpasswd", "<script>"])
def test_unknown_speaker_is_404(corpus_client: TestClient, sid: str) -> None:
    assert corpus_client.get(f"/speakers/{sid}").status_code == 404
    response = corpus_client.get(f"/api/speakers/{sid}")
    assert response.status_code == 404
    assert response.json()["status"] == 404


def quotes(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()["page"]
    return page


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({}, 19),
        ({"speaker": "liss"}, 9),
        ({"outlet": "Valley News"}, 3),
        ({"outlet": "Marlow Gazette", "speaker": "Ana Liss"}, 6),
        ({"since": "2025-05-15"}, 8),
        ({"until": "2024-12-31"}, 6),
        ({"since": "2024-04-01", "until": "2024-04-30"}, 3),
        ({"kind": "indirect"}, 10),
        ({"kind": "direct", "speaker": "liss"}, 6),
        ({"speaker": "Mr. Omar Haddad"}, 2),
        ({"outlet": "Nobody"}, 0),
        ({"contains": "BRIDGE"}, 2),
        ({"contains": "bridge safe"}, 2),
        ({"contains": '"safe bridge"'}, 0),
        ({"contains": "strike", "kind": "indirect"}, 3),
        ({"contains": "nothing-here"}, 0),
    ],
)
def test_quote_filters(corpus_client: TestClient, params: dict[str, str], total: int) -> None:
    page = quotes(corpus_client, **params)
    assert page["total"] == total
    assert len(page["items"]) == min(total, 50)


def test_words_filter_is_kept_in_the_form_and_the_json(corpus_client: TestClient) -> None:
    html = corpus_client.get("/quotes", params={"contains": "bridge <b>"}).text
    assert 'name="contains" id="filter-contains" value="bridge &lt;b&gt;"' in html
    body = corpus_client.get("/api/quotes", params={"contains": "bridge"}).json()
    assert body["filters"]["contains"] == "bridge"


def test_quote_filter_by_speaker_id(corpus_client: TestClient) -> None:
    sid = speaker_id(corpus_client, "Quay")
    page = quotes(corpus_client, speaker_id=sid)
    assert page["total"] == 3
    assert {q["speaker_full_name"] for q in page["items"]} == {"Quay Workers Union"}


@pytest.mark.parametrize("keyset", [True, False])
def test_quotes_are_paged(corpus_client: TestClient, keyset: bool) -> None:
    first = quotes(corpus_client, limit=5)
    assert (first["total"], first["offset"], first["next"], first["previous"]) == (19, 0, 5, None)
    seen = [q["article_id"] + q["quote_id"] for q in first["items"]]
    offset = first["next"]
    after = first["next_after"]
    while offset is not None:
        page = quotes(corpus_client, limit=5, offset=offset, after=after if keyset else None)
        after = page["next_after"]
        seen += [q["article_id"] + q["quote_id"] for q in page["items"]]
        offset = page["next"]
    assert len(seen) == len(set(seen)) == 19
    html = corpus_client.get("/quotes", params={"limit": 5, "speaker": "liss"}).text
    assert 'href="/quotes?limit=5&amp;speaker=liss&amp;offset=5&amp;after=' in html
    assert "1–5 of 9" in html


@pytest.mark.parametrize(
    "params",
    [
        {"since": "yesterday"},
        {"until": "2024-13-01"},
        {"kind": "shouted"},
        {"offset": "x"},
        {"limit": "1e9"},
    ],
)
def test_bad_filters_are_400(corpus_client: TestClient, params: dict[str, str]) -> None:
    assert corpus_client.get("/api/quotes", params=params).status_code == 400
    response = corpus_client.get("/quotes", params=params)
    assert response.status_code == 400
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_page_size_is_capped(corpus_client: TestClient) -> None:
    page = quotes(corpus_client, limit=100000, offset=-5)
    assert (page["limit"], page["offset"]) == (200, 0)


def test_outlets_with_voice_shares(corpus_client: TestClient) -> None:
    items = corpus_client.get("/api/outlets").json()["page"]["items"]
    by_name = {o["source"]: o for o in items}
    marlow = by_name["Marlow Gazette"]
    assert (marlow["n_articles"], marlow["n_quotes"], marlow["n_sentences"]) == (2, 8, 12)
    assert marlow["shares"] == pytest.approx(
        {"quoted": 8 / 12, "vague": 2 / 12, "author": 2 / 12}, abs=1e-4
    )
    for outlet in items:
        assert sum(outlet["shares"].values()) == pytest.approx(1.0, abs=1e-3)
    html = corpus_client.get("/outlets").text
    assert 'class="bar-quoted w67"' in html and 'class="bar-vague w17"' in html


def test_articles_list_and_outlet_filter(corpus_client: TestClient) -> None:
    page = corpus_client.get("/api/articles", params={"outlet": "Coast Times"}).json()["page"]
    assert [a["published"] for a in page["items"]] == ["2025-05-15", "2024-03-02"]


def test_stored_article_page_and_json(corpus_client: TestClient) -> None:
    aid = article_id(corpus_client, "Bridge")
    data = corpus_client.get(f"/api/articles/{aid}").json()
    assert [q["speaker"]["type"] for q in data["quotes"]] == ["person", "anonymous", "group"]
    assert data["timexes"][0]["value"] in {"2024-06"}
    html = corpus_client.get(f"/articles/{aid}").text
    marks = [m for m in parse(html).named("mark") if m.get("id")]
    assert [m["id"] for m in marks] == ["q0", "q1", "q2"]
    sid = speaker_id(corpus_client, "Haddad")
    assert f'href="/speakers/{sid}"' in html  # the panel links to the speaker's page


@pytest.mark.parametrize(
    "aid", ["nope", "..%2f..%2fpyproject.toml", "%2e%2e", "a' OR '1'='1", "<img src=x>"]
)
def test_unknown_article_is_404(corpus_client: TestClient, aid: str) -> None:
    assert corpus_client.get(f"/articles/{aid}").status_code == 404
    assert corpus_client.get(f"/api/articles/{aid}").status_code == 404


def test_graph_links_speakers_and_outlets(corpus_client: TestClient) -> None:
    data = corpus_client.get("/api/graph").json()["graph"]
    assert data["speakers"][0]["name"] == "Ana Liss"
    assert {
        (e["source"], e["n"])
        for e in data["edges"]
        if e["speaker_id"] == data["speakers"][0]["speaker_id"]
    } == {("Marlow Gazette", 6), ("Coast Times", 3)}
    page = parse(corpus_client.get("/graph").text)
    hrefs = [a.get("href") for a in page.named("a")]
    assert "/quotes?outlet=Marlow%20Gazette" in hrefs
    assert len(page.named("line")) == len(data["edges"])
    assert len(page.named("circle")) == len(data["speakers"])


def test_hostile_names_are_escaped_in_corpus_views(corpus_client: TestClient) -> None:
    for path in ["/speakers", "/quotes", "/graph", "/articles", "/outlets"]:
        html = corpus_client.get(path).text
        page = parse(html)
        assert [s.get("src") for s in page.named("script")] == ["/static/app.js"], path
        assert page.named("img") == [] and page.named("iframe") == [], path
        assert page.event_handlers() == [], path
    text = "".join(parse(corpus_client.get("/speakers").text).text)
    assert HOSTILE_NAME in text
    assert SCRIPT_PAYLOAD in "".join(parse(corpus_client.get("/articles").text).text)


def test_store_is_opened_read_only(corpus: Corpus) -> None:
    import duckdb

    with corpus.cursor() as cur, pytest.raises(duckdb.Error, match="read-only"):
        cur.execute("DELETE FROM quotes")


def test_open_rejects_a_database_that_is_not_a_store(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError, match="not a whosays store"):
        Corpus.open(path)


def test_open_rejects_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open store"):
        Corpus.open(path)


def test_every_route_answers(corpus_client: TestClient, corpus: Corpus) -> None:
    from starlette.routing import Route

    from whosays.web.app import create_app

    values = {
        "speaker_id": speaker_id(corpus_client, "Liss"),
        "article_id": article_id(corpus_client, "Quay"),
    }
    paths = [r.path for r in create_app(corpus=corpus).routes if isinstance(r, Route)]
    assert len(paths) == 16
    for path in paths:
        response = corpus_client.get(path.format(**values))
        assert response.status_code == 200, path
        assert response.headers["x-content-type-options"] == "nosniff", path
