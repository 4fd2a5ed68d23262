"""The report page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Skipped, with the reason, only where no browser is installed. Screenshots are left in
``tests/artifacts/`` (ignored by git) and their paths printed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import persianews

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
FIFTH_POST = 5  # the report lists the IRNA seed first, then the channel's posts


def _chromium() -> str | None:
    for candidate in (os.environ.get("PERSIANEWS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium browser installed (apt-get install chromium, or set PERSIANEWS_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report(seed_documents, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "seeds.html"
    path.write_text(persianews.render(seed_documents, title="seeds"), encoding="utf-8")
    return path


@pytest.fixture
def page(browser, report):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: problems.append(f"network: {request.url}")
            if not request.url.startswith("file://") else None)
    page.goto(report.as_uri())
    yield page
    page.close()
    assert problems == []


def _screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def test_documents_table_lists_every_seed(page):
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("#pn-document-rows tr").count() == 8
    assert page.locator("#pn-quotes").is_hidden()
    _screenshot(page, "report-documents.png")


def test_fifth_post_shows_its_entities_and_quotes(page):
    page.locator("#pn-document-rows tr").nth(FIFTH_POST).locator("a").click()
    view = page.locator("#pn-view-body article")
    assert view.get_attribute("dir") == "rtl"
    titles = view.locator('.pn-ent[data-label="TITLE"]')
    assert titles.first.inner_text().startswith("فرماندار البرز")
    assert titles.first.locator('.pn-ent[data-label="LOC"]').inner_text() == "البرز"
    assert view.locator('.pn-ent[data-label="PERSON"]').inner_text() == "غفوری"
    assert view.locator('.pn-ent[data-label="ORG"]').count() == 3  # the tagger's «شهرک صنعتی حکیمیه» too
    quotes = view.locator(".pn-quote")
    assert quotes.count() == 5
    assert set(quotes.evaluate_all("nodes => nodes.map(n => n.dataset.speaker)")) == {"غفوری"}
    label = view.locator('.pn-ent[data-label="PERSON"]').evaluate(
        "node => getComputedStyle(node, '::after').content")
    assert label == '"PERSON"'
    assert view.evaluate("node => getComputedStyle(node).direction") == "rtl"
    assert page.url.endswith(f"#d{FIFTH_POST}")
    path = _screenshot(page, "fifth-seed-post.png")
    assert path.stat().st_size > 10_000


def test_speaker_mention_leads_to_the_speaker(page):
    page.goto(page.url.split("#")[0] + f"#d{FIFTH_POST}")
    page.locator("#pn-view-body .pn-speaker").first.click()
    assert page.locator("#pn-view").is_visible()
    assert page.evaluate("location.hash") == f"#d{FIFTH_POST}-s0"
    assert "غفوری" in page.locator(f"#d{FIFTH_POST}-s0").inner_text()


def test_filters_reduce_the_quotes_table(page):
    page.locator("#pn-tab-quotes").click()
    rows = page.locator("#pn-quote-rows tr")
    everything = rows.count()
    assert everything == 31
    page.fill('input[name="speaker"]', "غفوری")
    assert rows.count() == 5
    assert set(rows.locator("td.pn-speaker-cell").all_inner_texts()) == {"غفوری"}
    page.fill('input[name="speaker"]', "")
    page.fill('input[name="place"]', "البرز")
    assert 0 < rows.count() < everything
    page.fill('input[name="place"]', "")
    page.fill('input[name="organization"]', "no such organisation")
    assert rows.count() == 0 and "0 of 31" in page.inner_text("#pn-quote-count")
    page.fill('input[name="organization"]', "")
    assert rows.count() == everything
    _screenshot(page, "report-quotes.png")


def test_quote_link_opens_the_document_at_the_quote(page):
    page.locator("#pn-tab-quotes").click()
    page.fill('input[name="speaker"]', "غفوری")
    page.locator("#pn-quote-rows tr").nth(2).locator("a").click()
    assert page.evaluate("location.hash") == f"#d{FIFTH_POST}-q2"
    target = page.locator(f"#d{FIFTH_POST}-q2")
    assert "pn-target" in target.get_attribute("class") and target.is_visible()


def test_hostile_text_stays_text(browser, nlp, tmp_path):
    doc = nlp('فرماندار تاکستان گفت: <script>window.pwned = 1</script></script><img src=x onerror="window.pwned=2">')
    path = tmp_path / "hostile.html"
    path.write_text(persianews.render([doc, doc]), encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri() + "#d0")
    assert "<script>window.pwned = 1</script>" in page.inner_text("#pn-view-body")
    assert page.evaluate("window.pwned") is None
    assert page.locator("#pn-view-body img").count() == 0 and errors == []
    page.close()


def test_ten_thousand_documents_render_one_page_at_a_time(browser, seed_documents, tmp_path):
    lines = [d.to_dict() for d in seed_documents]
    many = [dict(lines[n % len(lines)], id=f"doc#{n}") for n in range(10_000)]
    path = tmp_path / "many.html"
    path.write_text(persianews.render(many), encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    assert page.locator("#pn-document-rows tr").count() == 100
    assert "page 1 of 100" in page.inner_text('.pn-pager[data-for="documents"]')
    page.locator('.pn-pager[data-for="documents"] button', has_text="next").click()
    assert page.locator("#pn-document-rows tr").first.locator("td").first.inner_text() == "101"
    page.goto(path.as_uri() + "#d9999")
    assert page.locator("#pn-view-body article").count() == 1
    page.close()
