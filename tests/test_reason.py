"""Reasoning: the ontology's alignments, materialised into graph/inferred, let schema.org, ORG and PROV-O queries find our nodes."""

from __future__ import annotations

import socket

import pytest

from conftest import crafted_knowledge_graph
from kg import KgError
from kg.cli import main
from kg.mapping import document_iri
from kg.reason import INFERRED_GRAPH
from kg.vocab import RESOURCE_BASE

NISSAN = f"{RESOURCE_BASE}org/nissan"
ORGANIZATIONS = "SELECT ?x WHERE { ?x a <https://schema.org/Organization> } ORDER BY ?x"
INFERRED = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"


def found(graph, sparql: str) -> list[str]:
    return [str(row[0]) for row in graph.query(sparql).rows]


@pytest.fixture
def graph():
    graph = crafted_knowledge_graph()
    yield graph
    graph.close()


def test_schema_organization_finds_nissan_only_after_reasoning(graph):
    assert found(graph, ORGANIZATIONS) == []
    assert graph.reason() > 0
    organizations = found(graph, ORGANIZATIONS)
    assert NISSAN in organizations and len(organizations) == 7
    assert NISSAN in found(graph, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/org#Organization> }")


def test_prov_and_subproperties_are_inferred_too(graph):
    graph.reason()
    entities = found(graph, "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/prov#Entity> }")
    facts = found(graph, "SELECT ?x WHERE { ?x a <https://w3id.org/industry-kg/ontology#Fact> }")
    assert str(document_iri("d1")) in entities and len(facts) == 17 and set(facts) <= set(entities)
    assert found(graph, "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h") == [
        "Nissan and AESC expand in Sunderland", "Toyota in talks with Nissan"]
    agents = found(graph, "SELECT ?a WHERE { ?a a <http://www.w3.org/ns/prov#Agent> }")
    assert any(a.startswith(f"{RESOURCE_BASE}agent/") for a in agents), "the pipeline is a prov:SoftwareAgent, hence a prov:Agent"


def test_inferences_stay_in_their_graph_and_are_recomputed_from_scratch(graph):
    before = len(graph)
    triples = graph.reason()
    assert int(found(graph, INFERRED)[0]) == triples and len(graph) == before + triples
    assert graph.reason() == triples and len(graph) == before + triples, "the second run replaces the first"
    assert graph.validate().conforms, "validation checks the article graphs, not the inferences"
    assert graph.query("articles").records()[0]["facts"] == 8, "named queries see the same article graphs"


def test_changing_the_articles_drops_the_inferences(graph):
    graph.reason()
    assert graph.remove("d3")
    assert found(graph, INFERRED) == ["0"]
    graph.reason()
    assert f"{RESOURCE_BASE}org/renault" not in found(graph, ORGANIZATIONS), "Renault was only in d3"
    assert graph.ingest_texts([{"text": "Renault will invest €1bn in Douai.", "url": "https://example.org/renault"}]).ok
    assert found(graph, INFERRED) == ["0"]


def test_owl_rl_profile_opens_no_socket(graph, monkeypatch):
    """The ontology is local and owl:imports are not followed: nothing may reach the network."""
    def refuse(*args, **kwargs):
        raise AssertionError("reasoning tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert graph.reason("owl-rl") > 0 and NISSAN in found(graph, ORGANIZATIONS)
    with pytest.raises(KgError, match="unknown reasoning profile"):
        graph.reason("owl-dl")


def test_kg_reason_command(tmp_path, capsys):
    store = tmp_path / "store"
    crafted_knowledge_graph(store).close()
    assert main(["--store", str(store), "reason"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("inferred ") and f"(rdfs) into <{INFERRED_GRAPH}>" in out
    assert main(["--store", str(store), "query", ORGANIZATIONS, "--format", "csv"]) == 0
    assert NISSAN in capsys.readouterr().out


def test_kg_build_reason_exports_the_inferred_graph(tmp_path, capsys, nlp):
    from conftest import DATA

    out = tmp_path / "out"
    assert main(["--store", str(tmp_path / "store"), "build", str(DATA / "golden" / "nissan-sunderland.md"), "--reason", "-o", str(out)]) == 0
    assert "(rdfs) into" in capsys.readouterr().out
    assert f"<{INFERRED_GRAPH}>" in (out / "graph.trig").read_text(encoding="utf-8")


def test_named_queries_answer_the_same_with_or_without_inferences(graph):
    """The inferred graph adds only super-classes and super-properties: no named query reads them."""
    from kg.query import named_queries

    before = {name: graph.query(name).rows for name in named_queries()}
    graph.reason()
    assert {name: graph.query(name).rows for name in named_queries()} == before
