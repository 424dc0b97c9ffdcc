"""HTML network views: offline, escaped, and drawn by a real headless Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg.viz import script_json

from conftest import DATA

HOSTILE = DATA / "hostile.md"


@pytest.fixture
def hostile_html(memory_graph, tmp_path) -> Path:
    report = memory_graph.ingest([HOSTILE])
    assert report.ok, report.failed
    return memory_graph.write_html(tmp_path / "network.html")


def test_script_json_cannot_close_the_script_element():
    text = script_json({"t": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_hostile_text_appears_only_escaped(hostile_html):
    html = hostile_html.read_text(encoding="utf-8")
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    assert "alert(1)" in data and 'alert(\\"title\\")' in data, "the hostile text reaches the page as data"
    assert "<" not in data and ">" not in data
    for raw in ("<script>alert", "<img src=x", "<b>Wire</b>"):
        assert raw not in html


def test_page_references_nothing_remote(hostile_html):
    html = hostile_html.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html)
    assert "default-src 'none'" in html, "a Content-Security-Policy forbids any request"


@pytest.mark.browser
def test_network_draws_in_chromium_without_errors_or_requests(hostile_html, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    errors, requests = [], []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("dialog", lambda dialog: errors.append(f"dialog opened: {dialog.message}"))
        page.on("request", lambda request: requests.append(request.url) if not request.url.startswith(("file:", "data:")) else None)
        page.goto(hostile_html.as_uri())
        page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=30_000)
        drawn = int(page.get_attribute("body", "data-kg-nodes"))
        page.screenshot(path=str(tmp_path / "network.png"))
        browser.close()
    assert errors == []
    assert requests == []
    assert drawn == hostile_html.read_text(encoding="utf-8").count('"shape"') and drawn >= 3
