"""Every view in a real headless Chromium: loads with no JavaScript error and no network request,
draws the expected subgraph, filters change what is drawn, evidence shows as text. Screenshots
go to the test's temporary folder (``pytest --basetemp DIR`` keeps them where you want)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from viz_fixtures import EVIL_ORG, hostile_knowledge_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


class Tab:
    """A page that records JavaScript errors, dialogs and every request that is not the file itself."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda request: self.requests.append(request.url) if not request.url.startswith(("file:", "data:", "about:")) else None)

    def _dialog(self, dialog) -> None:  # an alert() from article text: record it, and let the page go on
        self.errors.append(f"dialog opened: {dialog.message}")
        dialog.dismiss()

    def open(self, path: Path, ready: bool = True):
        self.page.goto(path.as_uri())
        if ready:
            self.page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=30_000)
        return self.page

    def drawn(self) -> int:
        return int(self.page.get_attribute("body", "data-kg-nodes"))

    def close(self, screenshot: Path) -> None:
        self.page.screenshot(path=str(screenshot))
        self.page.close()
        assert self.errors == [] and self.requests == []


@pytest.fixture
def tab(browser, tmp_path):
    opened = Tab(browser)
    yield opened
    opened.close(tmp_path / "screenshot.png")
    assert (tmp_path / "screenshot.png").stat().st_size > 1000


VIEWS = {
    "whole": {},
    "focus": {"focus": "Nissan", "hops": 1},
    "companies": {"view": "companies"},
    "status": {"statuses": ("agreed", "in talks")},
    "source": {"source": "Example Wire"},
    "class": {"classes": ("Organisation", "Investment")},
    "dates": {"since": date(2024, 5, 1), "until": date(2024, 6, 30)},
}


@pytest.mark.parametrize("name", VIEWS)
def test_view_draws_the_expected_subgraph_and_a_filter_changes_it(name, crafted_graph, tab, tmp_path):
    options = VIEWS[name]
    network = crafted_graph.networkx(**options)
    page = tab.open(crafted_graph.write_html(tmp_path / f"{name}.html", **options))
    assert tab.drawn() == network.number_of_nodes() > 1
    assert int(page.get_attribute("body", "data-kg-positions")) == network.number_of_nodes()
    organisations = sum(1 for _, d in network.nodes(data=True) if d["cls"] == "Organisation")
    page.uncheck("input[data-kg-class='Organisation']")
    assert tab.drawn() == network.number_of_nodes() - organisations
    page.check("input[data-kg-class='Organisation']")
    assert tab.drawn() == network.number_of_nodes()


def test_status_checkbox_hides_facts_of_that_status(crafted_graph, tab, tmp_path):
    network = crafted_graph.networkx()
    page = tab.open(crafted_graph.write_html(tmp_path / "all.html"))
    operating = sum(1 for _, d in network.nodes(data=True) if d["status"] == "operating")
    page.uncheck("input[data-kg-status='operating']")
    assert tab.drawn() == network.number_of_nodes() - operating and operating == 2


def test_evidence_panel_shows_sentence_status_source_and_link(crafted_graph, tab, tmp_path):
    page = tab.open(crafted_graph.write_html(tmp_path / "all.html"))
    page.fill("#kg-search", "Toyota – Panasonic")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    text = page.inner_text("#panel")
    assert "Panasonic and Toyota signed a battery deal on Monday." in text and "status: agreed" in text
    assert "Toyota in talks with Nissan, 2024-09-02" in text
    assert page.get_attribute("#panel a", "href") == "https://wire.example.com/toyota-talks"
    x, y = (int(v) for v in page.get_attribute("body", "data-kg-found-at").split(","))
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + x - 20, box["y"] + y - 20)
    page.mouse.move(box["x"] + x, box["y"] + y, steps=5)
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "status: agreed" in tooltip.inner_text() and "Panasonic and Toyota signed a battery deal on Monday." in tooltip.inner_text()


def test_hostile_names_are_drawn_as_text(tab, tmp_path):
    graph = hostile_knowledge_graph()
    page = tab.open(graph.write_html(tmp_path / "evil.html", view="companies"))
    page.fill("#kg-search", "Evil")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert EVIL_ORG in page.inner_text("#panel")
    x, y = (int(v) for v in page.get_attribute("body", "data-kg-found-at").split(","))
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + x - 20, box["y"] + y - 20)
    page.mouse.move(box["x"] + x, box["y"] + y, steps=5)
    assert EVIL_ORG in page.wait_for_selector("div.vis-tooltip", state="visible").inner_text()
    assert page.locator("div.vis-tooltip script, div.vis-tooltip img").count() == 0
    assert page.locator("#panel script, #panel img, #panel b, #panel a").count() == 0, "no element came from the text; no link to javascript:"
    assert page.locator("body > img, svg[onload]").count() == 0
    graph.write_article(tmp_path / "evil-article.html", "evil")
    page = tab.open(tmp_path / "evil-article.html", ready=False)
    assert page.locator("p.sentence mark.entity").first.text_content().startswith(EVIL_ORG)
    assert any("<b>battery</b>" in text for text in page.locator("p.sentence").all_text_contents())
    assert page.locator("#text script, #text img, #text b, main a[href^='javascript']").count() == 0
    graph.close()


def test_article_view_and_its_network_link(crafted_graph, tab, tmp_path):
    article, network_file = crafted_graph.write_article(tmp_path / "d1.html", "https://news.example.org/nissan-sunderland")
    page = tab.open(article, ready=False)
    assert page.locator("p.sentence").count() == 7 and page.locator("#facts tbody tr").count() == 7
    assert page.locator("mark.entity[data-cls='Organisation']").count() >= 5
    page.click("#network-link")
    page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=30_000)
    assert page.url == network_file.as_uri()
    assert tab.drawn() == crafted_graph.networkx(source="d1").number_of_nodes()


def test_notebook_iframe_renders_the_page(crafted_graph, tab, tmp_path):
    view = crafted_graph.network_view(focus="Toyota", hops=1)
    (tmp_path / "notebook.html").write_text(f"<!DOCTYPE html><html><body>{view._repr_html_()}</body></html>", encoding="utf-8")
    page = tab.open(tmp_path / "notebook.html", ready=False)
    frame = page.frame_locator("iframe")
    frame.locator("body[data-kg-ready='true']").wait_for(state="attached", timeout=30_000)
    assert int(frame.locator("body").get_attribute("data-kg-nodes")) == crafted_graph.networkx(focus="Toyota", hops=1).number_of_nodes()
