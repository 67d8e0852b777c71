"""The article view and the corpus report, rendered for the fixtures and opened in headless Chromium
(Debian's chromium, driven by Playwright) as a person would: no console errors, every entity highlighted
with its type, charts present, a click on a relation highlights its sentence. Skipped without Chromium."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paths import FIXTURES, ROOT

SCREENSHOTS = ROOT / "out" / "screenshots"  # for the people reviewing a change (out/ is not committed)

pytestmark = pytest.mark.model

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ARTICLE = FIXTURES / "articles" / "016_capex_ia.txt"


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("needs Chromium (Debian package 'chromium'); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


def _open(browser, path: Path):
    page = browser.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: problems.append(f"network: {request.url}")
            if not request.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(path.as_uri())
    return page, problems


@pytest.fixture(scope="module")
def view_page(nlp, tmp_path_factory):
    from extractor.cli import app

    out = tmp_path_factory.mktemp("view") / "article.html"
    result = CliRunner().invoke(app, ["view", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from extractor import extract

    return out, extract(ARTICLE.read_text("utf-8"))


def test_view_highlights_every_entity_with_its_type(browser, view_page):
    path, record = view_page
    page, problems = _open(browser, path)
    marks = page.eval_on_selector_all("mark.m", "ms => ms.map(m => [m.dataset.ref, m.dataset.label, +m.dataset.start])")
    shown = {(ref, label, start) for ref, label, start in marks}
    for entity in record.entities:
        for mention in entity.mentions:
            assert (entity.id, entity.type, mention.start) in shown
    assert len([m for m in marks if m[1] == "MONEY"]) == len(record.amounts)
    assert page.locator("article").inner_text().replace("MONEY", "").strip()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "view.png"), full_page=True)
    assert (SCREENSHOTS / "view.png").stat().st_size > 10_000
    assert problems == []


def test_clicking_a_relation_highlights_its_sentence_and_arguments(browser, view_page):
    path, record = view_page
    page, problems = _open(browser, path)
    investment = next(i for i, r in enumerate(record.relations) if r.type == "INVESTMENT")
    relation = record.relations[investment]
    page.locator("tr.relation").nth(investment).click()
    highlighted = page.eval_on_selector_all(".seg.evidence", "es => es.map(e => +e.dataset.start)")
    assert highlighted and all(relation.sentence.start <= s < relation.sentence.end for s in highlighted)
    arguments = page.eval_on_selector_all("mark.m.argument", "ms => ms.map(m => m.dataset.ref)")
    assert relation.arguments["amount"] in arguments
    assert problems == []


def test_report_has_counts_charts_and_linked_events(browser, nlp, tmp_path):
    from extractor.cli import app

    records = tmp_path / "records.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(FIXTURES / "articles"), "-o", str(records), "-q"]).exit_code == 0
    report = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(records), "-o", str(report), "--views", str(tmp_path / "views")])
    assert result.exit_code == 0, result.output
    page, problems = _open(browser, report)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)
    assert page.locator(".card b").first.inner_text() == str(len(list((FIXTURES / "articles").glob("*.txt"))))
    assert page.locator("svg.chart").count() >= 2 and page.locator("svg.chart rect").count() > 3
    link = page.locator("table.paged a").first
    target = (report.parent / link.get_attribute("href")).resolve()
    assert target.exists()
    link.click()
    assert page.locator("mark.m").count() > 0
    assert problems == []


def test_report_of_ten_thousand_records_stays_small(tmp_path):
    from extractor.report import render_report

    record = json.loads(json.dumps({
        "source": "a.txt", "published": "2025-02-07",
        "entities": [{"id": "acme", "type": "COMPANY", "name": "Acme", "aliases": [], "mentions": []}],
        "amounts": [{"text": "2 millions d'euros", "value": 2000000, "currency": "EUR"}],
        "relations": [{"type": "FUNDING_ROUND", "arguments": {"company": "acme", "amount": "amounts/0"}}],
    }))
    page = render_report([dict(record, source=f"{i}.txt") for i in range(10_000)])
    assert len(page.encode("utf-8")) < 1_500_000
    assert "2000 plus récents sur 10000" in page


def test_article_html_is_shown_as_text_never_run(browser, nlp, tmp_path):
    from extractor import extract
    from extractor.view import render_view

    text = ('Amazon investit 26,3 milliards de dollars <script>document.title="pwned"</script> '
            '& "Google" <b>gras</b> <img src=x onerror="document.title=\'pwned\'">.')
    page_path = tmp_path / "escaped.html"
    page_path.write_text(render_view(text, extract(text)), encoding="utf-8")
    page, problems = _open(browser, page_path)
    shown = page.locator("article").inner_text()
    assert "<script>" in shown and "<b>gras</b>" in shown and "&" in shown
    assert page.title() != "pwned" and page.locator("article b, article img").count() == 0
    assert problems == []


NEWS = {
    "capgemini.txt": "PARIS (AFP) - Capgemini investit 2 milliards d'euros en mars 2025, selon Les Echos.",
    "mistral.txt": "Mistral AI lève 600 millions d'euros en juin 2024, a indiqué un porte-parole à l'AFP.",
}


@pytest.fixture(scope="module")
def news_report(nlp, tmp_path_factory):
    from extractor.cli import app

    folder = tmp_path_factory.mktemp("news")
    for name, text in NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    records, report = folder / "records.jsonl", folder / "report.html"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(folder), "-o", str(records), "-q"]).exit_code == 0
    result = runner.invoke(app, ["report", str(records), "-o", str(report), "--views", str(folder / "views")])
    assert result.exit_code == 0, result.output
    return report


def test_report_shows_sources_apart_and_dates_events_by_the_text(browser, news_report):
    page, problems = _open(browser, news_report)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report-sources.png"), full_page=True)
    rankings = page.locator("section").filter(has_text="Les plus cités").inner_text()
    sources = page.locator("section").filter(has_text="Sources citées").inner_text()
    assert "Capgemini" in rankings and "AFP" not in rankings and "Echos" not in rankings
    assert "AFP" in sources and "Les Echos" in sources
    months = page.eval_on_selector_all("svg.chart text", "ts => ts.map(t => t.textContent)")
    assert {"2024-06", "2025-03"} <= set(months) and "sans date" not in months
    assert "placés au mois d'une date citée" in page.locator("#stated-months").inner_text()
    links = page.eval_on_selector_all("table.paged a", "as => as.map(a => a.getAttribute('href'))")
    assert sorted(Path(link).name for link in links) == ["capgemini.html", "mistral.html"]
    assert problems == []


def test_view_at_1400_pixels_keeps_the_relations_table_inside_and_names_makers(browser, nlp, tmp_path):
    from extractor.cli import app

    article = tmp_path / "galaxy.txt"
    article.write_text("Le Galaxy S25 sort en février 2025.\n\nPour Jensen Huang, PDG de Nvidia, qui a annoncé un "
                       "partenariat avec Mistral AI pour 2 milliards de dollars, « la demande explose ».",
                       encoding="utf-8")
    out = tmp_path / "galaxy.html"
    assert CliRunner().invoke(app, ["view", str(article), "-o", str(out)]).exit_code == 0
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(out.as_uri())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "view-1400.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400
    rules = page.locator("tr.relation td:last-child")
    assert rules.count() > 0
    for i in range(rules.count()):
        box = rules.nth(i).bounding_box()
        assert box["x"] + box["width"] <= 1400
    facts = page.locator("aside").inner_text()
    assert "maker: Samsung Electronics" in facts and "samsung_electronics" not in facts
