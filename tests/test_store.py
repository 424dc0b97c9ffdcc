"""Store: named graph per document, replacement without duplicates, persistence, exports, locking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg import KnowledgeGraph, StoreError
from kg.vocab import IKG

ARTICLE_A = {"text": "Nissan will invest £2bn in its Sunderland plant, the carmaker said.", "url": "https://x.example/a", "published": "2024-01-05"}
ARTICLE_B = {"text": "Nissan and AESC signed an agreement to build a gigafactory in Sunderland.", "url": "https://x.example/b"}


def test_same_organisation_in_two_articles_is_one_node(memory_graph):
    memory_graph.ingest_texts([ARTICLE_A, ARTICLE_B])
    rows = memory_graph.query("organizations").records()
    nissan = {r["org"] for r in rows if r["name"] == "Nissan"}
    assert len(nissan) == 1 and len([r for r in rows if r["name"] == "Nissan"]) == 2  # one row per source


def test_reingest_replaces_the_document_graph(memory_graph):
    memory_graph.ingest_texts([ARTICLE_A])
    size = len(memory_graph)
    report = memory_graph.ingest_texts([ARTICLE_A])
    assert report.skipped and len(memory_graph) == size
    changed = dict(ARTICLE_A, text="Nissan will invest £3bn in its Sunderland plant, the carmaker said.")
    memory_graph.ingest_texts([changed])
    amounts = [r["amount"] for r in memory_graph.query("investments").records()]
    assert [str(a) for a in amounts] == ["3000000000"]


def test_remove_a_document(memory_graph):
    memory_graph.ingest_texts([ARTICLE_A, ARTICLE_B])
    assert memory_graph.remove("https://x.example/a")
    assert not memory_graph.remove("https://x.example/a")
    assert len(memory_graph.store.documents()) == 1


def test_persistent_store_reopens_and_locks(tmp_path, nlp):
    location = tmp_path / "store"
    with KnowledgeGraph(location) as graph:
        graph.ingest_texts([ARTICLE_A])
        size = len(graph)
        with pytest.raises(StoreError, match="in use by another kg process"):
            KnowledgeGraph(location)
    with KnowledgeGraph(location) as graph:
        assert len(graph) == size


@pytest.mark.parametrize("suffix", ["trig", "nq"])
def test_dataset_exports_round_trip(memory_graph, tmp_path, suffix):
    memory_graph.ingest_texts([ARTICLE_A, ARTICLE_B])
    path = memory_graph.export(tmp_path / f"graph.{suffix}")
    loaded = Dataset()
    loaded.parse(path, format="trig" if suffix == "trig" else "nquads")
    assert sum(len(g) for g in loaded.graphs()) == len(memory_graph)
    assert {str(g.identifier) for g in loaded.graphs() if len(g)} == {str(d) for d in memory_graph.store.documents()}


@pytest.mark.parametrize("suffix, fmt", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")])
def test_graph_exports_round_trip(memory_graph, tmp_path, suffix, fmt):
    memory_graph.ingest_texts([ARTICLE_A, ARTICLE_B])
    path = memory_graph.export(tmp_path / f"graph.{suffix}")
    assert isomorphic(canonical(Graph().parse(path, format=fmt)), canonical(memory_graph.store.graph()))
    assert not list(tmp_path.glob(".*.tmp")), "the temporary file was renamed into place"


def canonical(graph: Graph) -> Graph:
    """Typed literals by value: Oxigraph writes xsd:decimal 2000000000 where rdflib writes 2000000000.0."""
    result = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and o.value is not None:
            value = o.value.normalize() if isinstance(o.value, Decimal) else o.value
            o = Literal(format(value, "f") if isinstance(value, Decimal) else value, datatype=o.datatype)
        result.add((s, p, o))
    return result


def test_unknown_export_extension(memory_graph, tmp_path):
    with pytest.raises(StoreError, match="cannot tell the export format"):
        memory_graph.export(tmp_path / "graph.xyz")


def test_article_metadata_and_provenance(memory_graph):
    memory_graph.ingest_texts([dict(ARTICLE_A, title="Nissan invests", source="Wire")])
    graph = memory_graph.store.graph()
    [article] = graph.subjects(predicate=None, object=IKG.Article)
    assert str(graph.value(article, IKG.url)) == "https://x.example/a"
    assert str(graph.value(article, IKG.published)) == "2024-01-05"
    assert str(graph.value(article, IKG.publisher)) == "Wire"
    assert "industry-kg" in str(graph.value(article, IKG.extractedWith))
