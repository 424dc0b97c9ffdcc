"""Across the stages (issue 6): nothing reaches the network, and generated text and names survive
ingest -> extract -> map -> store -> every export format -> parse as an isomorphic graph."""

from __future__ import annotations

import json
import socket
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg import KnowledgeGraph, QueryError
from kg.ingest import clean_text
from kg.mapping import document_iri, entity_iri
from kg.normalize import entity_key

from test_store import EXPORTS, canonical

NETWORK_EVENTS = ("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")
_recorded: list[tuple[str, str]] | None = None


def _audit(event: str, args: tuple) -> None:
    if _recorded is not None and event.startswith(NETWORK_EVENTS):
        _recorded.append((event, repr(args)[:200]))


_hook_installed = False


def record_network():
    """Start recording network audit events (the hook cannot be removed, so it is installed once and toggled)."""
    global _recorded, _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    _recorded = []
    return _recorded


def stop_recording() -> None:
    global _recorded
    _recorded = None


def test_no_socket_is_opened_during_ingest_query_and_export(tmp_path, nlp):
    events = record_network()
    try:
        socket.socket().close()
        assert any(e == "socket.__new__" for e, _ in events), "the audit hook sees sockets"
        events.clear()
        (tmp_path / "a.md").write_text("---\nurl: https://news.example.org/a\n---\nNissan will invest £2bn in Sunderland, the carmaker said.")
        (tmp_path / "b.html").write_text(
            '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd"><html><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
            '<script src="http://127.0.0.1:9/x.js"></script><meta property="og:url" content="https://news.example.org/b"></head>'
            '<body><article><p>Toyota will build a battery plant in North Carolina, the company said on Monday.</p>'
            '<img src="http://127.0.0.1:9/p.png"><iframe src="http://127.0.0.1:9/"></iframe></article></body></html>')
        (tmp_path / "c.jsonl").write_text(json.dumps({"text": "AESC signed an agreement with Nissan.", "url": "http://127.0.0.1:9/c"}))
        with KnowledgeGraph(tmp_path / "store") as graph:
            report = graph.ingest([tmp_path])
            assert len(report.ingested) == 3, report.failed
            assert graph.query("investments").rows
            graph.query("organization-by-name", {"name": "Nissan"})
            graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5")
            try:  # a graph name, never fetched (or refused outright where FROM is not allowed)
                graph.query("SELECT * FROM <http://127.0.0.1:9/remote.ttl> WHERE { ?s ?p ?o }")
            except QueryError:
                pass
            graph.query("SELECT * WHERE { GRAPH <http://127.0.0.1:9/g> { ?s ?p ?o } }")
            for suffix, _ in EXPORTS:
                graph.export(tmp_path / f"graph.{suffix}")
            Graph().parse(tmp_path / "graph.jsonld", format="json-ld")  # our JSON-LD has an inline context: nothing to fetch
        assert events == [], f"network activity: {events}"
    finally:
        stop_recording()


# -- property tests: generated names and text round-trip through the whole pipeline -------------------------------

NAME = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs", "M"]), min_size=1, max_size=40)


def round_trips(graph: KnowledgeGraph, tmp_path) -> None:
    expected = canonical(graph.store.graph())
    for suffix, fmt in EXPORTS:
        path = graph.export(tmp_path / f"graph.{suffix}")
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            parsed = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                parsed.add((s, p, o))
        else:
            parsed = Graph().parse(path, format=fmt)
        assert isomorphic(canonical(parsed), expected), fmt


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(names=st.lists(NAME, min_size=1, max_size=5), text=st.text(max_size=200))
def test_generated_names_and_values_round_trip_every_format(tmp_path, names, text):
    """Mapping-level: any (cleaned) name or text as a label, an IRI minted from it, in every export format."""
    graph = KnowledgeGraph(store=None)
    doc = document_iri("generated")
    quads = []
    for name in names + [text]:
        value = clean_text(name)
        if not value:
            continue
        iri = entity_iri("org", entity_key(value) or value)
        assert iri == entity_iri("org", entity_key(value) or value), "deterministic"
        quads += [(iri, RDFS.label, Literal(value), doc), (iri, RDFS.comment, Literal(value, lang="en"), doc),
                  (URIRef(f"{doc}/v"), RDFS.seeAlso, iri, doc)]
    graph.store.replace_document(doc, quads)
    round_trips(graph, tmp_path)
    graph.close()


SENTENCES = ["{a} will invest £{n}bn in a new battery plant in {b}, the company said on 30 February 2024.",
             "{a} and {b} signed an agreement to build a gigafactory.", "{a} chief executive {b} said the plant would open in 2027.",
             "{a} said it would spend ${n} million on its factory in {b}."]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(st.sampled_from(SENTENCES), NAME, NAME, st.integers(1, 999)), min_size=1, max_size=4),
       noise=st.text(max_size=80), title=st.text(max_size=30))
def test_generated_articles_round_trip_through_the_pipeline(nlp, tmp_path, parts, noise, title):
    """Pipeline-level: generated articles are ingested (or refused with one line), and their graph survives every format."""
    text = " ".join(template.format(a=a, b=b, n=n) for template, a, b, n in parts) + " " + noise
    graph = KnowledgeGraph(store=None)
    report = graph.ingest_texts([{"text": text, "title": title, "url": "https://x.example/generated"}])
    assert report.ok or all("\n" not in str(e) for e in report.failed)
    first = {q for q in graph.store.graph() if "generatedAtTime" not in str(q[1])}
    round_trips(graph, tmp_path)
    again = KnowledgeGraph(store=None)
    again.ingest_texts([{"text": text, "title": title, "url": "https://x.example/generated"}])
    assert {q for q in again.store.graph() if "generatedAtTime" not in str(q[1])} == first, "same input, same graph"
    graph.close()
    again.close()
