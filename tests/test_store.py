"""Store: named graph per document, replacement without duplicates, persistence, exports, locking."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

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
    """Typed literals by value: Oxigraph writes xsd:decimal 2000000000 where rdflib writes 2000000000.0;
    and "x"^^xsd:string is "x" (RDF 1.1), which rdflib keeps apart."""
    result = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        elif isinstance(o, Literal) and o.datatype is not None and o.value is not None:
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


# -- values that break serialisers (issue 6) ----------------------------------------------------------------

import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from rdflib import URIRef  # noqa: E402
from rdflib.namespace import RDF, RDFS  # noqa: E402

from kg.mapping import decimal_literal, document_iri, entity_iri  # noqa: E402
from kg.normalize import entity_key  # noqa: E402
from kg.store import GraphStore, locked_by, serialize_graph  # noqa: E402

HOSTILE_NAMES = ["Acme Ltd", "ACME Limited", "Acmé", "Асme Ltd", "株式会社デンソー", 'Quote "Co" <x> {y}|^`\\', "Very Long " * 500,
                 "אלביט מערכות", "🚗 Motors", "Tab\tand\nnewline", "]]> <!-- &amp; <script>", "'''\"\"\" @prefix", "e\u0301"]
EXPORTS = [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")]


def hostile_quads(graph: URIRef) -> list[tuple]:
    quads = []
    for number, name in enumerate(HOSTILE_NAMES):
        org = entity_iri("org", entity_key(name))
        quads += [(org, RDF.type, IKG.Organization, graph), (org, RDFS.label, Literal(name), graph),
                  (org, IKG.alias, Literal(name, lang="en"), graph), (org, IKG.mentionedIn, graph, graph)]
        fact = URIRef(f"{graph}/investment-{number}")
        quads += [(fact, IKG.investor, org, graph), (fact, IKG.amountText, Literal(f"£{number}bn"), graph),
                  (fact, IKG.amount, decimal_literal(Decimal(number) * Decimal("1E9") + Decimal("0.000001")), graph),
                  (fact, IKG.dateText, Literal("30 February 2024"), graph)]
    return quads


def test_iris_are_deterministic_stable_and_valid():
    assert {entity_iri("org", entity_key(n)) for n in ["Acme Ltd", "ACME Limited", "Acmé"]} == {URIRef("https://w3id.org/industry-kg/id/org/acme")}
    assert entity_iri("org", entity_key("Асme Ltd")) == URIRef("https://w3id.org/industry-kg/id/org/me-4bc123b4d2"), "Cyrillic А is not Latin A"
    assert entity_iri("org", entity_key("אלביט מערכות")) == URIRef("https://w3id.org/industry-kg/id/org/9899b1edc3")
    long_iri = entity_iri("org", entity_key("Very Long " * 500))
    assert long_iri == URIRef("https://w3id.org/industry-kg/id/org/very-long-very-long-very-long-very-long-very-long-064f02e932")
    import pyoxigraph

    for name in HOSTILE_NAMES:
        pyoxigraph.NamedNode(str(entity_iri("org", entity_key(name))))  # raises on an invalid IRI


@pytest.mark.parametrize("suffix, fmt", EXPORTS)
def test_every_export_format_round_trips_hostile_values(memory_graph, tmp_path, suffix, fmt):
    memory_graph.ingest_texts([ARTICLE_A, {"text": "Acme Corp said on 30 February 2024 it will invest $5m in Ohio.", "url": "https://x.example/c d",
                                           "title": "Title with \x01 control and \u202e override", "published": "2024-03-01"}])
    memory_graph.store.replace_document(document_iri("hostile"), hostile_quads(document_iri("hostile")))
    path = memory_graph.export(tmp_path / f"graph.{suffix}")
    if fmt in ("trig", "nquads"):
        loaded = Dataset()
        loaded.parse(path, format=fmt)
        assert {str(g.identifier) for g in loaded.graphs() if len(g)} == {str(d) for d in memory_graph.store.documents()}
        parsed = Graph()
        for s, p, o, _ in loaded.quads((None, None, None, None)):
            parsed.add((s, p, o))
    else:
        parsed = Graph().parse(path, format=fmt)
    assert len(parsed) == len(memory_graph.store.graph())
    assert isomorphic(canonical(parsed), canonical(memory_graph.store.graph()))


def test_impossible_dates_are_kept_as_text_or_refused(memory_graph):
    report = memory_graph.ingest_texts([{"text": "Nissan said on 30 February 2024 it will invest £2bn in Sunderland.", "published": "2024-03-01"},
                                        {"text": "Nissan will invest.", "published": "2024-02-30"}])
    assert [str(e) for e in report.failed] == ["text #2: 'published' must be an ISO 8601 date (YYYY-MM-DD), got '2024-02-30'"]
    for _, _, value in memory_graph.store.graph():
        if isinstance(value, Literal) and value.datatype in (XSD.date, XSD.decimal, XSD.dateTime, XSD.gYear):
            assert value.value is not None, f"ill-typed literal {value!r}"


def test_invalid_rdf_is_refused_and_nothing_is_written(memory_graph):
    graph = document_iri("doc")
    memory_graph.store.replace_document(graph, [(URIRef("https://x.example/s"), RDFS.label, Literal("old"), graph)])
    with pytest.raises(StoreError, match="not valid RDF"):
        memory_graph.store.replace_document(graph, [(URIRef("https://x.example/s"), RDFS.label, Literal("new"), graph),
                                                    (URIRef("https://x.example/a b"), RDFS.label, Literal("x"), graph)])
    assert [str(o) for o in memory_graph.store.graph().objects()] == ["old"]


# -- crash safety and concurrency ------------------------------------------------------------------------------

def test_replacement_is_one_transaction_for_concurrent_readers():
    store = GraphStore(None)
    graphs = [document_iri(f"d{i}") for i in range(2)]
    quads = {g: [(URIRef(f"https://x.example/s{j}"), RDFS.label, Literal(j), g) for j in range(1000)] for g in graphs}
    for graph in graphs:
        store.replace_document(graph, quads[graph])
    seen, done = [], threading.Event()

    def read():
        while not done.is_set():
            [(count,)] = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
            seen.append(int(count))

    reader = threading.Thread(target=read)
    reader.start()
    for i in range(30):
        store.replace_document(graphs[i % 2], quads[graphs[i % 2]])
    done.set()
    reader.join()
    assert seen and set(seen) == {2000}, "a reader never sees a document dropped and not yet re-added"
    store.close()


def test_queries_from_several_threads(memory_graph):
    memory_graph.ingest_texts([ARTICLE_A, ARTICLE_B])
    expected = {name: sorted(map(str, memory_graph.query(name).rows)) for name in ("organizations", "investments", "plants")}
    errors, results = [], []

    def work(name):
        try:
            for _ in range(10):
                results.append((name, sorted(map(str, memory_graph.query(name).rows))))
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work, args=(name,)) for name in list(expected) * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(results) == 90
    assert all(rows == expected[name] for name, rows in results)


def test_a_second_process_is_told_which_pid_holds_the_store(tmp_path, nlp):
    location = tmp_path / "store"
    with KnowledgeGraph(location) as graph:
        graph.ingest_texts([ARTICLE_A])
        assert locked_by(location) == os.getpid()
        result = subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(location), "query", "organizations"],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert result.stderr == (f"kg: error: store {location} is locked by PID {os.getpid()} (in use by another kg process); "
                                 "wait for it to finish or use another --store\n")
    assert locked_by(location) is None
    with KnowledgeGraph(location) as graph:
        assert len(graph) > 0


def test_the_lock_dies_with_a_killed_process(tmp_path):
    location = tmp_path / "store"
    code = "import sys, time; from kg.store import GraphStore; s = GraphStore(sys.argv[1]); print('ready', flush=True); time.sleep(60)"
    child = subprocess.Popen([sys.executable, "-c", code, str(location)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        assert locked_by(location) == child.pid
        with pytest.raises(StoreError, match=f"locked by PID {child.pid} "):
            GraphStore(location)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    GraphStore(location).close()


def test_a_failed_export_leaves_the_old_file(memory_graph, tmp_path, monkeypatch):
    memory_graph.ingest_texts([ARTICLE_A])
    target = tmp_path / "graph.ttl"
    target.write_text("old export")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr(Graph, "serialize", broken)
    with pytest.raises(RuntimeError):
        memory_graph.export(target)
    assert target.read_text() == "old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"], "no temporary file left behind"
    monkeypatch.undo()
    memory_graph.export(target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


# -- SIGKILL at random points during a large ingest (slow) -----------------------------------------------------

GENERATED_AT = "<http://www.w3.org/ns/prov#generatedAtTime>"


def store_contents(location) -> tuple[dict[str, frozenset], dict[str, str], int]:
    """Each document graph's quads (as N-Triples text) but the one saying when it was written; those times; the store size."""
    with GraphStore(location) as store:  # opening is itself part of the check
        contents: dict[str, set] = {}
        written: dict[str, str] = {}
        for quad in store._inner.quads_for_pattern(None, None, None):
            if str(quad.predicate) == GENERATED_AT:
                written[str(quad.graph_name)] = quad.object.value
            else:
                contents.setdefault(str(quad.graph_name), set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
        return {graph: frozenset(quads) for graph, quads in contents.items()}, written, len(store)


def wal_size(location) -> int:
    total = 0
    for path in location.glob("*.log"):
        try:
            total += path.stat().st_size
        except FileNotFoundError:  # RocksDB retired it meanwhile
            pass
    return total


def kill_during_ingest(location, folder, *, force: bool, rng, when: str) -> None:
    """Run `python -m kg.cli ingest` and SIGKILL it: at a random time, or a random moment after its first write."""
    import time

    command = [sys.executable, "-m", "kg.cli", "--store", str(location), "ingest", str(folder), "--quiet"] + (["--force"] if force else [])
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if when == "anytime":
            time.sleep(rng.uniform(0.3, 10.0))
        else:  # the write-ahead log grows: the child is storing documents now
            deadline = time.monotonic() + 60
            while locked_by(location) != child.pid and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            baseline = wal_size(location)
            while child.poll() is None and time.monotonic() < deadline:
                if wal_size(location) != baseline:
                    break
                time.sleep(0.001)
            time.sleep(rng.uniform(0, 0.3))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def worker_pids(parent: int) -> set[int]:
    """The live processes whose parent was ``parent`` when they started (their command line names the ingest)."""
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(parent) and fields.get("State", "").strip()[:1] != "Z":
            found.add(int(status.parent.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_workers_of_a_killed_ingest_exit(tmp_path):
    import shutil
    import time

    from conftest import CORPUS

    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((CORPUS / "articles").iterdir())[:40]:
        shutil.copy(path, folder / path.name)
    command = [sys.executable, "-m", "kg.cli", "--store", str(tmp_path / "store"), "ingest", str(folder), "--quiet", "--workers", "2"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(workers := worker_pids(child.pid)) < 2 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2, "the ingest never started its workers"
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10
    while (alive := {pid for pid in workers if Path(f"/proc/{pid}").exists()}) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)  # leave no orphan behind, then fail
    assert not alive


@pytest.mark.slow
def test_sigkill_during_ingest_loses_no_document(tmp_path):
    import random
    import shutil

    from conftest import CORPUS

    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted((CORPUS / "articles").iterdir())[:40]:
        shutil.copy(path, folder / path.name)
    reference_store = tmp_path / "reference"
    subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(reference_store), "ingest", str(folder), "--quiet"], check=True)
    reference, _, reference_size = store_contents(reference_store)
    assert len(reference) == 40

    location, rng = tmp_path / "store", random.Random(6)
    rounds, while_storing, lost, partial = 20, 0, 0, 0
    for number in range(rounds):
        if number % 4 == 0:
            shutil.rmtree(location, ignore_errors=True)
        before, written_before, _ = store_contents(location) if location.exists() else ({}, {}, 0)
        kill_during_ingest(location, folder, force=number % 2 == 1, rng=rng, when="anytime" if number % 2 == 0 else "writing")
        after, written_after, _ = store_contents(location)
        partial += sum(1 for graph, quads in after.items() if quads != reference.get(graph))
        lost += len(set(before) - set(after))
        stored_now = {graph for graph in after if written_after[graph] != written_before.get(graph)}
        to_store = len(reference) if number % 2 == 1 else len(reference) - len(before)  # --force rewrites all
        while_storing += 0 < len(stored_now) < to_store
        if number % 4 == 3 or number == rounds - 1:  # the same ingest, run again, completes the job without duplicates
            subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(location), "ingest", str(folder), "--quiet"], check=True)
            final, _, size = store_contents(location)
            lost += len(set(reference) - set(final))
            assert final == reference and size == reference_size, "complete, and no duplicate or stale quads"
    print(f"\nSIGKILL rounds survived: {rounds}/{rounds}; kills while documents were being stored: {while_storing}; "
          f"half-written documents: {partial}; documents lost: {lost}")
    assert partial == 0 and lost == 0


@pytest.mark.parametrize("name", ["organizations", "investments", "investments-by-organization", "partnerships"])
def test_select_gives_the_rows_of_the_rdflib_result(name):
    """GraphStore.select reads Oxigraph's solutions directly; its rows are those of rdflib's Result, in order."""
    from conftest import crafted_knowledge_graph
    from kg.query import bind_params, resolve, to_result

    named = resolve(name)
    params = {"org": "https://w3id.org/industry-kg/id/org/nissan"} if "org" in named.params else {}
    with crafted_knowledge_graph() as graph:
        bindings = bind_params(named, params)
        fast = graph.store.select(named.text, bindings)
        assert fast.rows and fast == to_result(graph.store.query(named.text, bindings))
        assert graph.store.select("SELECT ?s WHERE { ?s rdfs:label ?o }").rows, "the dataset's prefixes are declared"


def test_select_refuses_what_is_not_a_select():
    from kg.errors import QueryError
    from kg.store import GraphStore

    with GraphStore(None) as store:
        with pytest.raises(QueryError, match="only SELECT"):
            store.select("ASK { ?s ?p ?o }")
        with pytest.raises(QueryError, match="query failed"):
            store.select("SELECT * WHERE { ?s ?p }")


def test_terms_equal_as_strings_stay_distinct_in_one_batch():
    """replace_documents converts each distinct rdflib term once; terms with the same text are still distinct."""
    from rdflib import URIRef

    from kg.store import GraphStore

    g1, g2 = URIRef("https://x.example/doc/1"), URIRef("https://x.example/doc/2")
    s, p = URIRef("https://x.example/s"), URIRef("https://x.example/p")
    values = [URIRef("https://x.example/v"), Literal("https://x.example/v"), Literal("1", datatype=XSD.integer),
              Literal("1", datatype=XSD.decimal), Literal("1"), Literal("1", lang="en")]
    with GraphStore(None) as store:
        assert not store.replace_documents([(g1, [(s, p, v, g1) for v in values]), (g2, [(s, p, v, g2) for v in values[:3]])])
        stored = {(row[0], row[1]) for row in store.select("SELECT ?g ?v WHERE { GRAPH ?g { ?s ?p ?v } }").rows}
    assert len(stored) == len(values) + 3
    assert {(g1, URIRef("https://x.example/v")), (g1, Literal("1", datatype=XSD.decimal)), (g2, Literal("1", datatype=XSD.integer)),
            (g1, Literal("1", lang="en"))} <= stored


def test_serialized_graphs_are_stored_as_replace_documents_stores_them():
    """The ingest's write path (N-Quads made in a worker, parsed by Oxigraph) stores what ``replace_documents`` does,
    new graphs and replaced ones alike, with every kind of term."""
    s, p = URIRef("https://x.example/s"), URIRef("https://x.example/p")
    values = [URIRef("https://x.example/v"), Literal("line\nbreak \"quoted\" . end"), Literal("1", datatype=XSD.integer),
              Literal(Decimal("2.50")), Literal("ünïcödé", lang="de"), Literal("")]
    old, new = document_iri("old"), document_iri("new")
    documents = [(old, [(s, p, v, old) for v in values]), (new, [(s, p, v, new) for v in values[:3]])]
    stored = {}
    for write in ("replace_documents", "replace_serialized"):
        with GraphStore(None) as store:
            store.replace_document(old, [(s, p, Literal("before"), old)])
            if write == "replace_documents":
                assert not store.replace_documents(documents)
            else:
                store.replace_serialized([serialize_graph(graph, quads) for graph, quads in documents])
            stored[write] = sorted(str(q) for q in store._inner)
    assert stored["replace_serialized"] == stored["replace_documents"] and len(stored["replace_documents"]) == 9
    assert not any('"before"' in quad for quad in stored["replace_serialized"]), "the stored graph was replaced, not added to"


def test_a_graph_that_is_not_valid_rdf_cannot_be_serialized():
    graph = document_iri("doc")
    with pytest.raises(StoreError, match="not valid RDF"):
        serialize_graph(graph, [(URIRef("https://x.example/a b"), RDFS.label, Literal("x"), graph)])
    with pytest.raises(StoreError, match="not a valid IRI"):
        serialize_graph(URIRef("https://x.example/doc 1"), [])
