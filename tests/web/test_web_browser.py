"""Browser tests: the web app in a real headless Chromium (Debian's), driven by Playwright.

The app runs under uvicorn in a thread on 127.0.0.1 at a free port. Chromium is the
system one (``apt-get install chromium``), never a Playwright download. Screenshots go
to each test's ``tmp_path``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_samples import HOSTILE_NAME, SCRIPT_PAYLOAD, harbour_article, hostile_article

from whosays.records import Article
from whosays.web.app import create_app
from whosays.web.corpus import Corpus

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="browser tests need Debian's chromium at /usr/bin/chromium "
        "(apt-get install -y chromium)",
    ),
]

# Recorded in the page before any of its own code runs (init scripts are not subject to
# the page's CSP): console errors, uncaught errors and CSP violations.
WATCH_SCRIPT = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || ""));
});
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving an app in a background thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with its console errors and uncaught errors collected."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.add_init_script(WATCH_SCRIPT)
        self.errors: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on(
            "console",
            lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )

    def violations(self) -> list[str]:
        found: list[str] = self.page.evaluate("window.__violations")
        return found

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.violations() == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.close()


@pytest.fixture()
def article_server() -> Iterator[LiveServer]:
    with LiveServer(create_app(article=harbour_article())) as server:
        yield server


@pytest.fixture()
def corpus_server(corpus: Corpus) -> Iterator[LiveServer]:
    with LiveServer(create_app(corpus=corpus)) as server:
        yield server


def test_article_view_highlights_panel_and_tooltips(
    article_server: LiveServer, watched: Watched, tmp_path: Path
) -> None:
    page = watched.page
    page.goto(article_server.url + "/")
    assert page.url.endswith("/article")
    assert page.title() == "Quay workers end strike at Marlow port · whosays"
    marks = page.locator("#article-text mark.quote[id]")
    assert marks.count() == 4
    colours = [marks.nth(i).evaluate("m => getComputedStyle(m).backgroundColor") for i in range(4)]
    assert colours[0] == colours[1] == colours[3] != colours[2]  # Ana Liss x3, the union x1
    borders = [marks.nth(i).evaluate("m => getComputedStyle(m).borderBottomStyle") for i in (0, 2)]
    assert borders == ["solid", "dashed"]  # not colour alone
    badge = marks.first.evaluate("m => getComputedStyle(m, '::before').content")
    assert badge == '"AL"'
    cue = page.locator("#article-text .cue").first
    assert "underline" in cue.evaluate("c => getComputedStyle(c).textDecorationLine")

    speakers = page.locator("#speakers li")
    assert speakers.count() == 2
    assert "Ana Liss" in speakers.first.inner_text() and "3" in speakers.first.inner_text()

    tip = page.locator("#tip-q1")
    assert tip.is_hidden()
    page.hover("#q1")
    tip.wait_for(state="visible")
    assert "Harbour Minister" in tip.inner_text()
    assert "a press conference" in tip.inner_text()
    assert "2025-05-12" in tip.inner_text()
    page.screenshot(path=str(tmp_path / "article-hover.png"), full_page=True)

    page.mouse.move(5, 5)
    page.keyboard.press("Escape")
    focused = ""
    for _ in range(20):  # keyboard only: Tab until the union's quote has focus
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        if focused == "q2":
            break
    assert focused == "q2"
    page.locator("#tip-q2").wait_for(state="visible")
    assert "Quay Workers Union" in page.locator("#tip-q2").inner_text()
    assert "organization" in page.locator("#tip-q2").inner_text()
    page.keyboard.press("Escape")
    assert page.locator("#tip-q2").is_hidden()

    page.focus("#t0")
    assert "2025-05-12" in page.locator("#tip-t0").inner_text()

    page.click(".speaker-toggle[data-speaker='1']")
    assert page.locator("#article-text.filtering").count() == 1
    assert page.locator("#article-text mark.quote.selected").count() == 1
    page.screenshot(path=str(tmp_path / "article-filter.png"), full_page=True)
    assert (tmp_path / "article-hover.png").stat().st_size > 10_000
    watched.assert_clean()


def test_filter_quotes_by_speaker(
    corpus_server: LiveServer, watched: Watched, tmp_path: Path
) -> None:
    page = watched.page
    page.goto(corpus_server.url + "/quotes")
    assert page.locator(".quotes-table tbody tr").count() == 19
    page.fill("#filter-speaker", "Omar Haddad")
    page.press("#filter-speaker", "Enter")
    page.wait_for_url("**/quotes?speaker=Omar+Haddad*")
    rows = page.locator(".quotes-table tbody tr")
    assert rows.count() == 2
    assert {rows.nth(i).locator("a.speaker").inner_text() for i in range(2)} == {"Omar Haddad"}
    assert "1–2 of 2" in page.locator(".result-count").inner_text()
    page.screenshot(path=str(tmp_path / "quotes-speaker.png"), full_page=True)
    page.select_option("#filter-kind", "direct")
    page.click("#quote-filters button[type=submit]")
    page.wait_for_url("**kind=direct*")
    assert "No quotes match." in page.locator(".quotes-table").inner_text()
    page.screenshot(path=str(tmp_path / "quotes-filtered.png"), full_page=True)
    page.select_option("#filter-kind", "")
    page.fill("#filter-contains", "BRIDGE safe")
    page.press("#filter-contains", "Enter")
    page.wait_for_url("**contains=BRIDGE+safe*")
    assert "1–2 of 2" in page.locator(".result-count").inner_text()
    watched.assert_clean()


def test_speaker_page_and_its_article_links(
    corpus_server: LiveServer, watched: Watched, tmp_path: Path
) -> None:
    page = watched.page
    page.goto(corpus_server.url + "/speakers")
    page.click("text=Ana Liss")
    page.wait_for_url("**/speakers/s*")
    assert page.locator("h1").inner_text() == "Ana Liss"
    assert page.locator(".quotes-table tbody tr").count() == 9
    page.screenshot(path=str(tmp_path / "speaker.png"), full_page=True)
    page.locator(".quotes-table tbody tr a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-text mark.quote[id]").count() == 4
    assert page.locator(".speaker-link").count() >= 1
    page.goto(corpus_server.url + "/outlets")
    assert page.locator(".outlets-table .bars").count() == 4
    widths = page.locator(".outlets-table .bars").first.evaluate(
        "b => [...b.children].map(c => c.getBoundingClientRect().width / b.clientWidth)"
    )
    assert sum(widths) == pytest.approx(1.0, abs=0.03)
    page.screenshot(path=str(tmp_path / "outlets.png"), full_page=True)
    page.goto(corpus_server.url + "/graph")
    assert page.locator(".graph svg circle").count() >= 3
    page.screenshot(path=str(tmp_path / "graph.png"), full_page=True)
    watched.assert_clean()


def pwned(page: Any) -> Any:
    return page.evaluate("window.__pwned")


def test_hostile_article_runs_no_script(watched: Watched, tmp_path: Path) -> None:
    article: Article = hostile_article()
    with LiveServer(create_app(article=article)) as server:
        page = watched.page
        page.goto(server.url + "/article")
        assert page.title() == f"{article.title} · whosays"
        assert page.title() != "PWNED"  # what the payload would set
        assert SCRIPT_PAYLOAD in page.locator("h1").inner_text()
        assert SCRIPT_PAYLOAD in page.locator("#article-text").inner_text()
        for selector in ("#article-text mark", "#article-text span", "#speakers li", "h1"):
            page.hover(selector + " >> nth=0")
        page.focus("#q0")
        assert HOSTILE_NAME in page.locator("#tip-q0").inner_text()
        assert (
            page.locator("#article-text img, #article-text iframe, #article-text script").count()
            == 0
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # no overflow
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
        assert pwned(page) is None
        assert page.title() == f"{article.title} · whosays"
        watched.assert_clean()


def test_hostile_names_in_corpus_views_run_no_script(
    corpus_server: LiveServer, watched: Watched
) -> None:
    page = watched.page
    for path in ("/speakers", "/quotes", "/articles", "/outlets", "/graph"):
        page.goto(corpus_server.url + path)
        page.hover("main")
        assert pwned(page) is None, path
        assert page.title() != "PWNED", path
    page.goto(corpus_server.url + "/speakers")
    assert HOSTILE_NAME in page.locator("main").inner_text()
    watched.assert_clean()


def test_csp_blocks_an_injected_inline_script(article_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    page.goto(article_server.url + "/article")
    page.evaluate("""() => {
        const s = document.createElement("script");
        s.textContent = "window.__pwned = 'inline'";
        document.body.appendChild(s);
    }""")
    page.wait_for_function("window.__violations.length > 0")
    assert pwned(page) is None
    assert any(v.startswith("script-src") for v in watched.violations())
