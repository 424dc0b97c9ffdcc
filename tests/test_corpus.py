"""The bundled corpus against its gold annotations, and the corpus build in a real browser.

Floors here are regression guards for v1, not quality targets; the numbers are printed with -s.
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from kg.normalize import entity_key

from conftest import CORPUS

GOLD = sorted((CORPUS / "gold").glob("*.json"))
pytestmark = pytest.mark.slow


def _gold_and_graph(corpus_graph):
    by_origin = {}
    for extraction_row in corpus_graph.query("SELECT ?doc ?origin WHERE { GRAPH ?doc { ?doc <https://w3id.org/industry-kg/ontology#origin> ?origin } }").records():
        by_origin[extraction_row["origin"].rsplit("/", 1)[-1]] = extraction_row["doc"]
    return by_origin


def _recall(found: set, wanted: set) -> tuple[int, int]:
    return len(found & wanted), len(wanted)


def test_gold_files_are_valid():
    assert len(GOLD) >= 12
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (CORPUS / gold["article"]).is_file(), path
        for key in ("organizations", "people", "plants", "investments", "partnerships", "products"):
            assert isinstance(gold[key], list), (path, key)


def test_recall_against_gold(corpus_graph):
    docs = _gold_and_graph(corpus_graph)
    orgs = {(str(r["source"]), entity_key(r["name"])) for r in corpus_graph.query("organizations").records()}
    aliases = {str(r["alias"]) for r in corpus_graph.query("SELECT ?alias WHERE { ?o <https://w3id.org/industry-kg/ontology#alias> ?alias }").records()}
    people = {(str(r["source"]), entity_key(r["name"])) for r in corpus_graph.query("people").records()}
    money = [(str(r["source"]), r["amount"], r["currency"]) for r in corpus_graph.query("investments").records()]
    products = {(str(r["source"]), entity_key(r["name"])) for r in corpus_graph.query("products").records()}
    sources = {str(r["doc"]): str(r["source"]) for r in corpus_graph.query(
        "SELECT ?doc (COALESCE(?url, ?doc) AS ?source) WHERE { GRAPH ?doc { ?doc a <https://w3id.org/industry-kg/ontology#Article> "
        "OPTIONAL { ?doc <https://w3id.org/industry-kg/ontology#url> ?url } } }").records()}
    totals = {"organizations": [0, 0], "people": [0, 0], "investments": [0, 0], "products": [0, 0]}
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = sources[str(docs[gold["article"].rsplit("/", 1)[-1]])]
        wanted = {(source, entity_key(o["name"])) for o in gold["organizations"]}
        hit = {w for w in wanted if w in orgs or any((source, entity_key(a)) in orgs for o in gold["organizations"] if entity_key(o["name"]) == w[1] for a in o.get("aliases", []))}
        totals["organizations"][0] += len(hit)
        totals["organizations"][1] += len(wanted)
        for key, found, field in (("people", people, "name"), ("products", products, "name")):
            gold_set = {(source, entity_key(item[field])) for item in gold[key]}
            got, total = _recall(found, gold_set)
            totals[key][0] += got
            totals[key][1] += total
        for item in gold["investments"]:
            amount = Decimal(str(item["amount"]))
            totals["investments"][1] += 1
            if any(s == source and c == item["currency"] and abs(a - amount) <= amount / 100 for s, a, c in money):
                totals["investments"][0] += 1
    recall = {key: hit / total if total else 1.0 for key, (hit, total) in totals.items()}
    print("corpus recall:", {k: round(v, 2) for k, v in recall.items()}, totals)
    assert recall["organizations"] >= 0.7
    assert recall["investments"] >= 0.6
    assert recall["people"] >= 0.6
    assert aliases is not None


@pytest.mark.parametrize("name", ["organizations", "people", "plants", "investments", "partnerships", "products"])
def test_contract_queries_on_the_corpus(corpus_graph, name):
    rows = corpus_graph.query(name).records()
    assert len({r["source"] for r in rows}) >= (2 if name == "products" else 3), f"{name} finds facts in several articles"


def test_evidence_reachable_for_every_fact(corpus_graph):
    facts = corpus_graph.query(
        "SELECT DISTINCT ?fact WHERE { ?fact a ?cls . VALUES ?cls { <https://w3id.org/industry-kg/ontology#Plant> "
        "<https://w3id.org/industry-kg/ontology#Investment> <https://w3id.org/industry-kg/ontology#Partnership> "
        "<https://w3id.org/industry-kg/ontology#Role> } }").records()
    assert facts
    for fact in facts:
        assert corpus_graph.query("evidence", {"fact": fact["fact"]}).rows, fact


@pytest.mark.browser
def test_corpus_network_draws_in_chromium(corpus_graph, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    path = corpus_graph.write_html(tmp_path / "network.html")
    expected = corpus_graph.networkx().number_of_nodes()
    errors = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=60_000)
        drawn = page.evaluate("window.kgNetwork.body.data.nodes.length")
        positions = page.evaluate("Object.keys(window.kgNetwork.getPositions()).length")
        page.screenshot(path=str(tmp_path / "corpus.png"))
        browser.close()
    assert errors == []
    assert drawn == positions == expected > 20
