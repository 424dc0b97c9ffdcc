"""Remote store: the same graph, queries, removal and exports through a real ``oxigraph serve`` on a loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg import KnowledgeGraph, QueryError, StoreError
from kg.export import CONTRACT_QUERIES
from kg.mapping import document_iri, extraction_quads
from kg.remote import endpoints, values_clause, with_values
from kg.vocab import IKG

from conftest import crafted_extractions
from test_store import canonical

pytestmark = pytest.mark.server

ARTICLES = [{"text": "Nissan will invest £2bn in its Sunderland plant, the carmaker said.", "url": "https://x.example/a",
             "published": "2024-01-05"},
            {"text": "Nissan and AESC signed an agreement to build a gigafactory in Sunderland.", "url": "https://x.example/b"}]


def oxigraph_cli() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        pytest.skip("the oxigraph CLI is not installed (pip install -e '.[test]')")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """An empty ``oxigraph serve`` whose default graph is the union of the named graphs; yields its URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_cli(), "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(10)


def rows(graph: KnowledgeGraph, name: str, params: dict | None = None) -> list:
    return sorted(map(str, graph.query(name, params).rows))


def test_contract_queries_answer_as_the_embedded_store(server, crafted_graph):
    with KnowledgeGraph(server) as remote:
        for extraction in crafted_extractions():
            remote.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
        for name in CONTRACT_QUERIES:
            assert rows(remote, name) == rows(crafted_graph, name), name
        nissan = {"org": "https://w3id.org/industry-kg/id/org/nissan"}
        for name, params in (("investments-by-organization", nissan), ("partner-network", nissan), ("investment-totals", {}),
                             ("plants-by-location", {"status": "operating"}), ("organization-by-name", {"name": "METI"}),
                             ("facts-in-period", {"start": "2024-01-01", "end": "2024-06-30"}),
                             ("co-mentioned-organizations", nissan), ("organizations-by-kind", {}),
                             ("organizations-by-kind", {"kind": "government"})):
            assert rows(remote, name, params) == rows(crafted_graph, name, params), name
        assert rows(remote, "investments-by-organization", nissan), "the bound value selects something"


def test_ingest_skip_remove_and_export_through_the_server(server, nlp, tmp_path):
    with KnowledgeGraph(None) as local:
        local.ingest_texts(ARTICLES, workers=1)
        expected = {name: rows(local, name) for name in CONTRACT_QUERIES}
        local_quads = len(local)
    with KnowledgeGraph(server) as remote:
        report = remote.ingest_texts(ARTICLES, workers=1)
        assert len(report.ingested) == 2 and report.ok, report.failed
        assert {name: rows(remote, name) for name in CONTRACT_QUERIES} == expected
        assert len(remote) == local_quads and len(remote.store.documents()) == 2
        again = remote.ingest_texts(ARTICLES, workers=1)
        assert len(again.skipped) == 2 and not again.ingested, "unchanged articles are skipped by content hash"
        assert len(remote.ingest_texts(ARTICLES, force=True, workers=1).ingested) == 2
        assert len(remote) == local_quads, "a replaced document's graph is replaced, not added to"

        trig = remote.export(tmp_path / "graph.trig")
        dataset = Dataset()
        dataset.parse(trig, format="trig")
        assert {str(c.identifier) for c in dataset.graphs() if len(c)} >= {str(d) for d in remote.store.documents()}
        assert isomorphic(canonical(Graph().parse(remote.export(tmp_path / "graph.ttl"))), canonical(remote.store.graph()))
        remote.export(tmp_path / "graph.nq")
        assert len((tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines()) == local_quads
        assert remote.write_html(tmp_path / "network.html").stat().st_size > 0

        assert remote.remove("https://x.example/a") and not remote.remove("https://x.example/a")
        assert len(remote.store.documents()) == 1


def test_validation_and_reasoning_read_the_server(server):
    with KnowledgeGraph(server) as remote:
        for extraction in crafted_extractions():
            remote.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
        assert remote.validate().conforms
        assert remote.reason() > 0
        organizations = remote.query("SELECT ?o WHERE { ?o a <https://schema.org/Organization> }").rows
        assert URIRef("https://w3id.org/industry-kg/id/org/nissan") in {row[0] for row in organizations}


def test_bound_values_stay_values(server):
    with KnowledgeGraph(server) as remote:
        graph = document_iri("hostile")
        name = 'x" } ; DROP ALL ; SELECT * { ?s ?p "'
        remote.store.replace_document(graph, [(URIRef("https://x.example/org"), RDFS.label, Literal(name), graph),
                                              (URIRef("https://x.example/org"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                               URIRef("https://w3id.org/industry-kg/ontology#Organization"), graph),
                                              (URIRef("https://x.example/org"), IKG.kind, Literal("company"), graph)])
        assert remote.query("organization-by-name", {"name": name}).rows, "the quoted text is matched as a value"
        assert len(remote) == 3, "nothing was dropped"
        with pytest.raises(StoreError, match="not valid RDF"):
            remote.store.replace_document(graph, [(URIRef("https://x.example/a b"), RDFS.label, Literal("x"), graph)])
        assert len(remote) == 3
        with pytest.raises(QueryError):
            remote.query("SELECT * WHERE { ?s ?p }")


def test_endpoint_layouts_and_value_serialisation():
    assert endpoints("http://localhost:7878") == ("http://localhost:7878/query", "http://localhost:7878/store")
    assert endpoints("http://localhost:3030/ds") == ("http://localhost:3030/ds", "http://localhost:3030/ds")
    assert endpoints("http://h:7200/repositories/kg#store=/repositories/kg/rdf-graphs/service") == (
        "http://h:7200/repositories/kg", "http://h:7200/repositories/kg/rdf-graphs/service")
    assert values_clause({"name": Literal('a "b"\n}')}) == 'VALUES (?name) { ("a \\"b\\"\\n}") }'
    query = '# a { comment\nPREFIX x: <http://x.example/{>\nSELECT ?s WHERE { ?s ?p "{" }'
    assert with_values(query, {"s": URIRef("http://x.example/s")}) == query.replace(
        'WHERE { ', 'WHERE { VALUES (?s) { (<http://x.example/s>) }  ')
    with pytest.raises(StoreError, match="unknown endpoint"):
        endpoints("http://h:1/ds#updat=/x")


def test_an_unreachable_server_is_one_clear_error():
    with pytest.raises(StoreError, match="cannot reach SPARQL server .* is it running"):
        KnowledgeGraph(f"http://127.0.0.1:{free_port()}/")
