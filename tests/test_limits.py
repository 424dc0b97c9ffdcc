"""Query time limits: a runaway query is killed at its deadline, cleanly, and the store stays usable."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time

import pytest
from rdflib import URIRef

from kg import KnowledgeGraph, QueryError
from kg.cli import main
from kg.limits import can_limit, run_with_timeout

pytestmark = pytest.mark.skipif(not can_limit(), reason="time limits need fork()")

EX = "http://example.org/"
#: Every node reaches every other through the path in both directions: cubic in the chain length.
RUNAWAY = (f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a (<{EX}next>|^<{EX}next>)* ?b . "
           f"?b (<{EX}next>|^<{EX}next>)* ?c }}")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def chain(graph: KnowledgeGraph, length: int = 3000) -> None:
    """A generated chain n0 -> n1 -> ... in one named graph."""
    name = URIRef(f"{EX}chain")
    graph.store.replace_document(name, [(URIRef(f"{EX}n{i}"), URIRef(f"{EX}next"), URIRef(f"{EX}n{i + 1}"), name) for i in range(length)])


@pytest.fixture
def runaway_graph():
    graph = KnowledgeGraph(store=None)
    chain(graph)
    yield graph
    graph.close()


def test_a_runaway_property_path_stops_at_the_limit(runaway_graph):
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"^query stopped after the time limit of 1 s; make it more selective") as error:
        runaway_graph.query(RUNAWAY, timeout=1)
    assert 1 <= time.monotonic() - started < 30, "stopped near the limit (the whole query would take hours)"
    assert "\n" not in str(error.value)
    assert multiprocessing.active_children() == [], "the query process was killed, not left running"
    assert int(runaway_graph.query(COUNT).rows[0][0]) == 3000, "the store still answers"


def test_a_persistent_store_stays_usable_and_writable_after_a_timeout(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as graph:
        chain(graph, 2000)
        with pytest.raises(QueryError, match="time limit of 0.5 s"):
            graph.query(RUNAWAY, timeout=0.5)
        chain(graph, 10)  # on disk the abandoned query finishes in a background thread; the graph stays usable
        assert int(graph.query(COUNT).rows[0][0]) == 10


def test_a_query_within_its_limit_answers_as_without_one(crafted_graph):
    limited = crafted_graph.query("investments", timeout=20)
    unlimited = crafted_graph.query("investments", timeout=None)
    assert limited.columns == unlimited.columns and limited.rows == unlimited.rows
    assert crafted_graph.query("organization-by-name", {"name": "Toyota"}, timeout=0).records()[0]["articles"] == 2


def test_errors_in_the_query_process_come_back_as_query_errors(crafted_graph):
    with pytest.raises(QueryError, match="query failed"):
        crafted_graph.query("SELECT ?x WHERE { ?x ", timeout=5)
    with pytest.raises(QueryError, match="only SELECT queries produce tables"):
        crafted_graph.query("ASK { ?s ?p ?o }", timeout=5)
    with pytest.raises(QueryError, match="positive number of seconds"):
        crafted_graph.query("investments", timeout=-1)


def test_run_with_timeout_returns_what_the_work_returns():
    assert run_with_timeout(lambda: {"answer": 42}, 5) == {"answer": 42}
    with pytest.raises(QueryError, match="query failed: ZeroDivisionError"):
        run_with_timeout(lambda: 1 / 0, 5)
    with pytest.raises(QueryError, match="cannot send the result back"):
        run_with_timeout(lambda: (lambda: None), 5)


def test_kg_query_timeout_flag(tmp_path, capsys):
    store = tmp_path / "store"
    with KnowledgeGraph(store) as graph:
        chain(graph)
    stopped = subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(store), "query", "--timeout", "0.5", RUNAWAY],
                             capture_output=True, text=True, timeout=120)  # the process exits, so the work stops
    assert stopped.returncode == 1
    assert stopped.stderr.startswith("kg: error: query stopped after the time limit of 0.5 s") and stopped.stderr.count("\n") == 1
    assert main(["--store", str(store), "query", "--timeout", "0", COUNT, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "3000"
