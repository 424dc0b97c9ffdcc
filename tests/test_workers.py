"""Parallel extraction (``--workers``), batched store writes and the progress bar."""

from __future__ import annotations

import io
import os
import pickle
import signal
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from bench.generate import articles
from kg import KgError, KnowledgeGraph, StoreError
from kg.cli import main
from kg.extract import extract_documents
from kg.ingest import document_from_record
from kg.mapping import document_iri, extraction_quads
from kg.progress import ProgressBar
from kg.store import GraphStore, locked_by
from kg import workers

GENERATED_AT = "http://www.w3.org/ns/prov#generatedAtTime"


def stored_quads(graph: KnowledgeGraph) -> set[str]:
    """Every quad but the write times, as N-Quads lines."""
    return {f"{q.subject} {q.predicate} {q.object} {q.graph_name}" for q in graph.store._inner.quads_for_pattern(None, None, None)
            if str(q.predicate.value) != GENERATED_AT}


def test_two_workers_store_the_same_graph_as_one(nlp, monkeypatch):
    monkeypatch.setattr(workers, "CHUNK", 2)  # 7 articles make 4 chunks: two processes
    texts = list(articles(7, seed=11))
    assert workers.worker_count(2, len(texts)) == 2
    graphs, order = {}, {}
    for count in (1, 2):
        with KnowledgeGraph(None) as graph:
            report = graph.ingest_texts(texts, workers=count)
            assert len(report.ingested) == 7 and report.ok, report.failed
            graphs[count], order[count] = stored_quads(graph), report.ingested
    assert graphs[1] and graphs[1] == graphs[2]
    assert order[1] == order[2], "stored in input order"


def test_a_worker_sends_the_store_serialised_graphs_not_records(nlp):
    """The main process only writes: what a worker returns holds each document's graph as N-Quads, not the records
    the main process would have to unpickle, map and convert, taking CPU from the workers."""
    texts = list(articles(3, seed=5))
    documents = [document_from_record(text, f"feed.jsonl:{number}") for number, text in enumerate(texts, start=1)]
    batch = workers.prepare_batch(nlp, documents, 8)
    assert [document_id for document_id, _ in batch.graphs] == [d.id for d in documents] and not batch.errors
    payload = pickle.dumps(batch)
    assert b"kg.records" not in payload, "no Document or Extraction to unpickle"
    extractions = list(extract_documents(nlp, documents))
    for extraction, (_, graph) in zip(extractions, batch.graphs):
        assert graph.name == str(document_iri(extraction.document.id))
        parsed = list(pyoxigraph.parse(graph.nquads, format=pyoxigraph.RdfFormat.N_QUADS))
        assert len(parsed) == len(extraction_quads(extraction)) > 20


def test_a_worker_refuses_only_the_document_that_is_not_valid_rdf(nlp, monkeypatch):
    documents = [document_from_record(text, f"feed.jsonl:{number}") for number, text in enumerate(articles(3, seed=6), start=1)]
    bad = document_iri(documents[1].id)

    def quads_with_a_bad_iri(extraction):
        quads = extraction_quads(extraction)
        graph = document_iri(extraction.document.id)
        return quads + [(URIRef("https://x.example/a b"), RDFS.label, Literal("x"), graph)] if graph == bad else quads

    monkeypatch.setattr(workers, "extraction_quads", quads_with_a_bad_iri)
    batch = workers.prepare_batch(nlp, documents, 8)
    assert [document_id for document_id, _ in batch.graphs] == [documents[0].id, documents[2].id]
    assert len(batch.errors) == 1 and batch.errors[0].startswith("feed.jsonl:2: not stored (") and "not valid RDF" in batch.errors[0]


def test_worker_count_stays_within_the_work_and_the_request():
    assert workers.worker_count(1, 10_000) == 1
    assert workers.worker_count(4, 10_000) == 4
    assert workers.worker_count(8, workers.CHUNK) == 1, "one chunk of work: no pool"
    assert 1 <= workers.worker_count(None, 10_000) <= workers.default_workers()
    with pytest.raises(KgError, match="at least 1"):
        workers.worker_count(0, 10)


def test_a_batch_write_refuses_only_the_invalid_document():
    store = GraphStore(None)
    good, bad, old = document_iri("good"), document_iri("bad"), document_iri("old")
    store.replace_document(old, [(URIRef("https://x.example/s"), RDFS.label, Literal("before"), old)])
    refused = store.replace_documents([
        (good, [(URIRef("https://x.example/g"), RDFS.label, Literal("new"), good)]),
        (bad, [(URIRef("https://x.example/a b"), RDFS.label, Literal("x"), bad)]),
        (old, [(URIRef("https://x.example/s"), RDFS.label, Literal("after"), old)]),
    ])
    assert list(refused) == [bad] and isinstance(refused[bad], StoreError) and "not valid RDF" in str(refused[bad])
    assert store.documents() == sorted([good, old])
    assert sorted(str(o) for o in store.graph().objects()) == ["after", "new"], "the stored document was replaced, not added to"
    store.close()


def test_progress_bar_counts_rate_and_time_left():
    stream = io.StringIO()
    bar = ProgressBar(stream, width=10, interval=0)
    assert bar.line(25, 100, 5.0) == "[##        ] 25/100 articles  5.0/s  ETA 0:15"
    assert bar.line(100, 100, 3725.0).endswith("in 1:02:05")
    bar(1, 2)
    bar(2, 2)
    bar.close()
    drawn = stream.getvalue()
    assert drawn.startswith("\r[#####     ] 1/2 articles") and "\r[##########] 2/2 articles" in drawn and drawn.endswith("\n")


def test_cli_shows_progress_only_when_asked_or_on_a_terminal(tmp_path, nlp, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Nissan will invest £2bn in Sunderland.", "url": "https://x.example/p"}\n', encoding="utf-8")
    assert main(["--store", str(tmp_path / "a"), "ingest", str(feed), "--workers", "1"]) == 0
    assert "articles" not in capsys.readouterr().err, "stderr is not a terminal here: quiet"
    assert main(["--store", str(tmp_path / "b"), "ingest", str(feed), "-j", "1", "--progress"]) == 0
    captured = capsys.readouterr()
    assert "1/1 articles" in captured.err and captured.err.endswith("\n")
    assert "1 ingested" in captured.out


def test_a_forked_worker_does_not_keep_the_store_locked_after_its_parent_dies(tmp_path):
    """The child lets go of the lock in an at-fork hook; the parent waits for the child to be running its own code
    (the hook done) before dying, else on a busy machine the check below could run before the child was scheduled."""
    location, pid_file = tmp_path / "store", tmp_path / "child.pid"
    code = ("import os, sys, time\nfrom kg.store import GraphStore\nstore = GraphStore(sys.argv[1])\nready, told = os.pipe()\n"
            "child = os.fork()\nif child == 0:\n    os.write(told, b'.')\n    time.sleep(30)\n    os._exit(0)\n"
            "os.read(ready, 1)\nopen(sys.argv[2], 'w').write(str(child))\nos._exit(0)")  # the parent dies holding the store
    subprocess.run([sys.executable, "-c", code, str(location), str(pid_file)], check=True, timeout=60)
    child = int(pid_file.read_text())
    try:
        assert locked_by(location) is None, "the orphaned child holds no lock"
        GraphStore(location).close()
    finally:
        os.kill(child, signal.SIGKILL)


def _die(documents, batch_size):
    os._exit(3)


def test_a_dead_worker_is_one_clear_error(nlp, monkeypatch):
    monkeypatch.setattr(workers, "CHUNK", 2)
    monkeypatch.setattr(workers, "_prepare_chunk", _die)
    with KnowledgeGraph(None) as graph, pytest.raises(KgError, match="extraction worker process died"):
        graph.ingest_texts(list(articles(5, seed=2)), workers=2)


def test_a_store_failure_in_the_writer_thread_reaches_the_caller(memory_graph, monkeypatch):
    def broken(documents):
        raise StoreError("disk full")

    monkeypatch.setattr(memory_graph.store, "replace_serialized", broken)
    with pytest.raises(StoreError, match="disk full"):
        memory_graph.ingest_texts(["Nissan will invest £2bn in Sunderland."], workers=1)
    monkeypatch.undo()
    assert memory_graph.ingest_texts(["Nissan will invest £2bn in Sunderland."], workers=1).ingested, "the graph is still usable"
