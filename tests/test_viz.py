"""Network and article views: what each view keeps, and that untrusted text reaches every page only escaped.

The same pages are loaded in headless Chromium by tests/test_viz_browser.py.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from markupsafe import escape
from rdflib import URIRef

from kg.cli import main
from kg.errors import KgError
from kg.mapping import document_iri, extraction_quads
from kg.viz import network_page, script_json
from kg.viz.network import http_url
from kg.viz.layout import layout

from conftest import DATA, crafted_extractions
from viz_fixtures import EVIL_ORG, EVIL_PARTNER, EVIL_SENTENCE, EVIL_TITLE, RAW, hostile_knowledge_graph, restate

HOSTILE = DATA / "hostile.md"
ORG = "https://w3id.org/industry-kg/id/org/"


def labels(network: nx.MultiDiGraph) -> set[str]:
    return {data["label"] for _, data in network.nodes(data=True)}


def outside_data(page_html: str) -> str:
    """The page less its JSON data, which is harmless as long as it cannot close its script element (checked here)."""
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page_html, re.S)
    if data is None:
        return page_html
    assert "<" not in data.group(1) and ">" not in data.group(1)
    return page_html.replace(data.group(1), "")


def page_data(page_html: str) -> dict:
    text = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page_html, re.S).group(1)
    return json.loads(text)


@pytest.fixture
def hostile_html(memory_graph, tmp_path) -> Path:
    report = memory_graph.ingest([HOSTILE])
    assert report.ok, report.failed
    return memory_graph.write_html(tmp_path / "network.html")


@pytest.fixture(scope="module")
def evil():
    graph = hostile_knowledge_graph()
    yield graph
    graph.close()


def test_script_json_cannot_close_the_script_element():
    text = script_json({"t": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_hostile_text_appears_only_escaped(hostile_html):
    html_text = hostile_html.read_text(encoding="utf-8")
    data = json.dumps(page_data(html_text), ensure_ascii=False)
    assert "alert(1)" in data and 'alert(\\"title\\")' in data, "the hostile text reaches the page as data"
    for raw in ("<script>alert", "<img src=x", "<b>Wire</b>"):
        assert raw not in outside_data(html_text)


def test_an_ingested_hostile_article_is_escaped_in_every_view(memory_graph, hostile_html):
    pages = {"companies": memory_graph.network_view(view="companies").html,
             "article": memory_graph.article_view("https://news.example.org/2024/05/evil-corp").html,
             "notebook": memory_graph.network_view(focus="Acme Robotics")._repr_html_()}
    assert escape('<script>alert("title")</script> Evil "Corp" expands') in pages["article"]
    for name, page in pages.items():
        for raw in ("<script>alert", "<img src=x", "<b>Wire</b>", '"Corp"'):
            assert raw not in outside_data(page), f"{name}: {raw!r} unescaped"


def test_page_references_nothing_remote(hostile_html):
    html_text = hostile_html.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html_text)
    assert "default-src 'none'" in html_text, "a Content-Security-Policy forbids any request"


def test_every_html_output_shows_hostile_names_only_escaped(evil, tmp_path):
    network = evil.network_view().html
    companies = evil.network_view(view="companies").html
    article = evil.article_view("evil", network_href="./x.html").html
    notebook = evil.network_view(focus=EVIL_ORG)._repr_html_()
    table = evil.query("organizations")._repr_html_()
    for name, page in {"network": network, "companies": companies, "article": article, "notebook": notebook, "table": table}.items():
        for raw in RAW:
            assert raw not in outside_data(page), f"{name}: {raw!r} unescaped"
    # ... and the names are there, as text
    assert escape(EVIL_ORG) in article and escape(EVIL_TITLE) in article and escape(EVIL_PARTNER) in table
    assert EVIL_ORG in {node["label"] for node in page_data(network)["nodes"]}
    assert any(EVIL_SENTENCE in ev["sentence"] for edge in page_data(companies)["edges"] for ev in edge["ev"])
    frame = re.search(r'srcdoc="([^"]*)"', notebook).group(1)
    assert html.unescape(frame) == evil.network_view(focus=EVIL_ORG).html, "the iframe holds the whole page, attribute-escaped"


def test_links_are_http_only(evil):
    assert http_url("https://a.example/x") == "https://a.example/x"
    assert http_url("javascript:alert(1)") == http_url("data:text/html,x") == http_url("https://a b") == ""
    for node in page_data(evil.network_view().html)["nodes"]:
        assert all(ev["url"] == "" for ev in node["ev"]), "the javascript: URL of the article is never a link"
    assert "javascript:alert(8)" not in evil.article_view("evil").html.split("<main>")[0].split("<header>")[1].replace("&#34;", "")


def test_whole_graph_nodes_and_attributes(crafted_graph):
    network = crafted_graph.networkx()
    nissan = network.nodes[ORG + "nissan"]
    assert nissan["cls"] == "Organisation" and "mentioned in 3 articles" in nissan["tip"]
    deal = next(d for _, d in network.nodes(data=True) if d["label"] == "Toyota – Panasonic")
    assert deal["status"] == "agreed" and deal["dates"] == "2024-09-02/2024-09-02"
    assert [s.sentence for s in deal["supports"]] == ["Panasonic and Toyota signed a battery deal on Monday."]
    assert "Toyota in talks with Nissan, 2024-09-02 (status: agreed) <https://wire.example.com/toyota-talks>" in deal["tip"]


def test_a_fact_stated_by_two_articles_shows_each_status_with_its_source(nlp):
    from conftest import crafted_knowledge_graph

    graph = crafted_knowledge_graph()
    talks = next(n for n, d in graph.networkx().nodes(data=True) if d["label"] == "Toyota – Nissan")
    restate(graph, URIRef(talks), "agreed", "Nissan and Toyota have now agreed.")
    data = graph.networkx().nodes[talks]
    assert data["status"] == "agreed; in talks"
    assert {(s.status, s.sentence) for s in data["supports"]} == {
        ("in talks", "Nissan is in talks with Toyota, to conclude in the coming months."), ("agreed", "Nissan and Toyota have now agreed.")}
    assert "(status: in talks)" in data["tip"] and "A later report, 2024-11-01 (status: agreed)" in data["tip"]
    assert talks in graph.networkx(statuses=("agreed",)) and talks in graph.networkx(statuses=("in talks",))
    assert talks in graph.networkx(since=date(2024, 10, 1)), "the later article's publication date dates its statement"
    graph.close()


def test_status_filter_keeps_matching_facts_and_their_entities(crafted_graph):
    assert labels(crafted_graph.networkx(statuses=("agreed",))) == {"Panasonic", "Toyota", "Toyota – Panasonic"}
    cancelled = crafted_graph.networkx(statuses=("cancelled",))
    assert labels(cancelled) == {"Nissan", "Renault", "Nissan – Renault", "€1bn"}


def test_date_filter_uses_the_fact_period_else_the_publication_date(crafted_graph):
    june = labels(crafted_graph.networkx(since=date(2024, 6, 1), until=date(2024, 6, 30)))
    assert "£100m" in june and "£2bn" not in june  # "in June" 2024; "on Friday" was 10 May
    early = labels(crafted_graph.networkx(until=date(2024, 5, 31)))
    assert {"£2bn", "AESC gigafactory", "Makoto Uchida"} <= early and "£100m" not in early and "$500m" not in early
    assert "€1bn" not in labels(crafted_graph.networkx(since=date(2000, 1, 1))), "an undated fact of an undated article is left out"


def test_source_filter_by_url_id_iri_or_publisher(crafted_graph):
    by_url = crafted_graph.networkx(source="https://wire.example.com/toyota-talks")
    assert labels(by_url) == labels(crafted_graph.networkx(source="d2")) == labels(crafted_graph.networkx(source="Example Wire"))
    assert labels(by_url) == labels(crafted_graph.networkx(source=str(document_iri("d2"))))
    assert "bZ4X" in labels(by_url) and "£2bn" not in labels(by_url), "what the article mentions, not what others state"
    with pytest.raises(KgError, match="no article or publisher 'Nowhere'"):
        crafted_graph.networkx(source="Nowhere")


def test_class_filter_accepts_spellings_and_refuses_unknown(crafted_graph):
    orgs = crafted_graph.networkx(classes=("organization",))
    assert labels(orgs) == labels(crafted_graph.networkx(classes=("Organisations",))) and len(orgs) == 7
    assert {d["cls"] for _, d in crafted_graph.networkx(classes=("plants", "Place")).nodes(data=True)} == {"Plant", "Place"}
    with pytest.raises(KgError, match="unknown class 'Widget'"):
        crafted_graph.networkx(classes=("Widget",))


def test_company_view_collapses_facts_into_labelled_edges(crafted_graph):
    view = crafted_graph.networkx(view="companies")
    assert {d["cls"] for _, d in view.nodes(data=True)} == {"Organisation", "Person", "Place"}
    edges = {(view.nodes[u]["label"], d["label"], view.nodes[v]["label"]) for u, v, d in view.edges(data=True)}
    assert {("Panasonic", "partners with (agreed)", "Toyota"), ("Nissan", "invests £2bn in (announced)", "Sunderland"),
            ("AESC", "gigafactory in (under construction)", "Sunderland"), ("Koji Sato", "president and chief executive", "Toyota")} <= edges
    deal = next(d for u, v, d in view.edges(data=True) if d["label"] == "partners with (agreed)")
    assert deal["supports"][0].sentence == "Panasonic and Toyota signed a battery deal on Monday."
    around = crafted_graph.networkx(focus="Panasonic", hops=1, view="companies")
    assert labels(around) == {"Panasonic", "Toyota"}, "hops count company to company"
    with pytest.raises(KgError, match="unknown view"):
        crafted_graph.networkx(view="hairball")


def test_page_sizes_by_degree_lays_out_every_node_and_lists_classes_and_statuses(crafted_graph):
    page = crafted_graph.network_view().html
    data = page_data(page)
    network = crafted_graph.networkx()
    assert len(data["nodes"]) == network.number_of_nodes() and len(data["edges"]) == network.number_of_edges()
    size = {n["label"]: n["size"] for n in data["nodes"]}
    assert size["Nissan"] == max(size.values()) > size["Leaf"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert 'data-kg-class="Investment"' in page and 'data-kg-status="in talks"' in page and "class=\"notice\"" not in page


def test_big_pages_hide_nodes_beyond_the_limit_and_say_so(crafted_graph):
    network = crafted_graph.networkx()
    page = network_page(network, max_nodes=10).html
    assert len(page_data(page)["nodes"]) == 10
    hidden = network.number_of_nodes() - 10
    assert f"Showing the 10 most connected of {network.number_of_nodes()} nodes; {hidden} hidden." in page
    assert "Nissan" in {n["label"] for n in page_data(page)["nodes"]}, "the hubs stay"


def test_edge_labels_are_hidden_past_the_threshold(monkeypatch, crafted_graph):
    import kg.viz.html

    monkeypatch.setattr(kg.viz.html, "EDGE_LABEL_LIMIT", 5)
    page = crafted_graph.network_view().html
    assert page_data(page)["options"]["edges"]["font"]["size"] == 0 and "Edge labels hidden above 5 edges" in page


def test_layout_positions_every_node_deterministically_and_apart():
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(900, 1, seed=3), str)
    graph.add_nodes_from(["lonely-1", "lonely-2"])
    first, second = layout(graph), layout(graph)
    assert first == second and set(first) == set(graph)
    points = sorted(first.values())
    assert len(set(points)) == len(points), "no two nodes on one point"


def test_article_view_highlights_entities_and_lists_facts(crafted_graph):
    page = crafted_graph.article_view("https://news.example.org/nissan-sunderland", network_href="./n.html").html
    assert page.count('<tr id="fact-') == 7  # two roles, two plants, two investments, one partnership in d1
    assert '<mark class="entity" data-cls="Organisation"' in page and ">Sunderland<span class=\"tag\"" in page
    assert page.count('<p class="sentence') == 7 and 'href="./n.html"' in page
    assert page.index('id="s10"') < page.index('id="s120"') < page.index('id="s500"'), "sentences in article order"
    with pytest.raises(KgError, match="no article"):
        crafted_graph.article_view("no-such-doc")


def test_query_result_renders_as_an_escaped_table(crafted_graph):
    table = crafted_graph.query("organizations")._repr_html_()
    assert table.startswith("<table>") and "<td>Nissan</td>" in table and table.count("<tr>") == len(crafted_graph.query("organizations").rows) + 1


def test_cli_viz_views_and_show(tmp_path, capsys):
    from kg import KnowledgeGraph

    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        for extraction in crafted_extractions():
            graph.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
    base = ["--store", str(store)]
    assert main([*base, "viz", "-o", str(tmp_path / "c.html"), "--view", "companies", "--status", "agreed", "--since", "2024-01-01"]) == 0
    assert {n["label"] for n in page_data((tmp_path / "c.html").read_text(encoding="utf-8"))["nodes"]} == {"Panasonic", "Toyota"}
    assert main([*base, "viz", "-o", str(tmp_path / "s.html"), "--source", "d3", "--class", "Organisation", "--max-nodes", "2"]) == 0
    assert "Showing the 2 most connected of 3 nodes" in (tmp_path / "s.html").read_text(encoding="utf-8")
    assert main([*base, "show", "d1", "-o", str(tmp_path / "a.html")]) == 0
    assert "wrote" in capsys.readouterr().out and (tmp_path / "a-network.html").is_file()
    assert 'href="./a-network.html"' in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert main([*base, "show", "nope", "-o", str(tmp_path / "x.html")]) == 1
    assert main([*base, "viz", "--status", "agreed", "--class", "Widget"]) == 1
    assert "unknown class 'Widget'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "viz", "--since", "May 2024"])


def test_the_network_read_from_merged_triples_is_the_one_read_from_an_rdflib_graph():
    """KnowledgeGraph reads the network from GraphStore.merged_triples (a light index); same nodes, edges, data."""
    from conftest import crafted_knowledge_graph
    from kg import viz

    with crafted_knowledge_graph() as graph:
        statuses = graph.store.select(viz.FACT_STATUS_SPARQL).rows
        expected = viz.to_networkx(graph.store.graph(), statuses)
        network = graph.networkx()
        assert network.number_of_nodes() > 10 and len(graph.store.merged_triples()) == len(graph.store.graph())
    assert list(network.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(network.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert network.graph == expected.graph


def test_merged_triples_keep_each_triple_once():
    from rdflib import Literal

    from kg.triples import MergedTriples

    s, p, q = URIRef("https://x.example/s"), URIRef("https://x.example/p"), URIRef("https://x.example/q")
    triples = MergedTriples([(s, p, Literal("a")), (s, p, Literal("b")), (s, p, Literal("a")), (s, q, s)])
    assert len(triples) == 3 and list(triples.objects(s, p)) == [Literal("a"), Literal("b")]
    assert list(triples.subjects(q, s)) == [s] and list(triples.subject_objects(q)) == [(s, s)]
    assert triples.value(s, q) == s and triples.value(q, p) is None and list(triples.objects(q, p)) == []
