"""End to end in a real browser: `quotes serve` on a database built from seeds/, driven by headless Chromium.

The journey of a new user after `make demo`: search "ceasefire" from the front page, read the ranked
quote cards, open a speaker, open an article, download the CSV. Screenshots go to pytest's tmp folder,
or to $QUOTES_SCREENSHOTS (`make screenshots` sets it to docs/ for the README).

Needs Debian's `chromium` (/usr/bin/chromium, or $QUOTES_CHROMIUM) and Playwright for Python; browser
downloads are never used. Without them the test is skipped, unless $QUOTES_REQUIRE_BROWSER is set
(.ci/run sets it), where it fails instead.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("QUOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1100, "height": 860}


def browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def sync_playwright():
    missing = browser_missing()
    if missing:
        if os.environ.get("QUOTES_REQUIRE_BROWSER"):
            pytest.fail(missing)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    return sync_playwright


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, nlp):
    """seeds/ extracted like `make db` (same relative sources), into a temporary file."""
    from quotes.pipeline import extract_to_database

    path = tmp_path_factory.mktemp("browser") / "quotes.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO_ROOT)
        summary = extract_to_database(["seeds/"], str(path))
    assert summary.errors == []
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_db):
    """`python -m quotes serve DB --port N`, as `make demo` runs it; yields the base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", str(seeds_db), "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"quotes serve did not start:\n{process.stdout.read()}")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("QUOTES_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fetch_json(url: str):
    import json

    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_a_reporter_searches_reads_clicks_through_and_downloads(sync_playwright, server, screenshots):
    expected = fetch_json(f"{server}/quotes/search_quotes.json?q=ceasefire&_shape=array")
    assert len(expected) >= 3
    total = fetch_json(f"{server}/quotes.json?sql=select+count(*)+as+n+from+quotes&_shape=array")[0]["n"]

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT, accept_downloads=True)

            # The front page: a search box, and the most quoted speakers as a chart.
            page.goto(server + "/")
            assert page.locator(".bar-chart .bar-label").count() >= 3
            page.get_by_label("Search what was said, or who said it").fill("ceasefire")
            page.get_by_role("button", name="Search").click()
            page.wait_for_url("**/search_quotes?q=ceasefire")

            # Ranked quote cards, best match first, each with its speaker and (where known) role.
            cards = page.locator("article.quote-card")
            assert cards.count() == len(expected)
            ids = [cards.nth(i).get_attribute("id") for i in range(cards.count())]
            assert ids == [f"card-{row['quote_id']}" for row in expected]
            first = cards.first
            assert "ceasefire" in first.locator(".said").inner_text().lower()
            assert first.locator("a.speaker").inner_text() == expected[0]["speaker"]
            assert cards.locator(".role").count() >= len(expected) // 2
            assert first.locator("mark.mention").count() >= 1
            assert page.locator("form.sql").is_hidden()  # the SQL stays out of the way
            page.screenshot(path=str(screenshots / "search.png"))

            # A speaker: who they are, the roles they were given, all they said. The first card
            # whose speaker was given a role leads there.
            with_role = next(i for i in range(cards.count()) if cards.nth(i).locator(".role").count())
            speaker = expected[with_role]["speaker"]
            cards.nth(with_role).locator("a.speaker").click()
            page.wait_for_url("**/-/speaker/*")
            assert page.locator("h1.speaker-name").inner_text() == speaker
            assert page.get_by_role("heading", name="Roles over time").is_visible()
            assert page.get_by_role("heading", name="Named as").is_visible()
            speaker_cards = page.locator("article.quote-card")
            assert speaker_cards.count() >= 2
            page.screenshot(path=str(screenshots / "speaker.png"))

            # An article: its text with the quotes marked; the one we came from is the target.
            card_id = speaker_cards.first.get_attribute("id").removeprefix("card-")
            speaker_cards.first.locator("a.article").click()
            page.wait_for_url(f"**/-/article/*#q-{card_id}")
            marked = page.locator(f".article-text #q-{card_id}")
            assert marked.is_visible()
            assert page.locator(".article-text .said").count() >= 2
            assert page.locator(".article-text sup.said-by a", has_text=speaker).count() >= 1
            page.screenshot(path=str(screenshots / "article.png"))

            # The search results as CSV, then every quote as CSV (streamed past the page size).
            page.go_back()
            page.go_back()
            page.wait_for_url("**/search_quotes?q=ceasefire")
            with page.expect_download() as download:
                page.locator("a.csv-download").click()
            rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
            assert [row["quote_id"] for row in rows] == [row["quote_id"] for row in expected]
            page.goto(server + "/")
            with page.expect_download() as download:
                page.locator("a.csv-all").click()
            assert download.value.suggested_filename.endswith(".csv")
            rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
            assert len(rows) == total
            assert {"quote", "speaker", "role", "kind", "cue", "article_title"} <= set(rows[0])
        finally:
            browser.close()
