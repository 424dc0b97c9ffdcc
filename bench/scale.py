"""One store engine at one size, in its own process (so its peak memory is its own): load, then query.

    python -m bench.scale oxigraph graph.nq --runs 5 --cap 60
    python -m bench.scale rdflib graph.nq --runs 1 --cap 60
    python -m bench.scale oxigraph graph.nq --queries partner-network,organizations-by-kind

Prints one JSON object: load seconds, quads, per query the median seconds and the row count, peak RSS.
``oxigraph`` is this project's store (:class:`kg.KnowledgeGraph` on a folder, queried through
``KnowledgeGraph.query`` as a user would); ``rdflib`` is an rdflib in-memory ``Dataset`` of the same quads,
queried with the same text and bound values. A query still running after ``cap`` seconds is stopped (it
runs in a forked child) and reported as at least ``cap``.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time

from kg.errors import QueryError
from kg.limits import run_with_timeout
from kg.mapping import entity_iri
from kg.query import bind_params, resolve, to_result

CONTRACT = ["organizations", "people", "plants", "investments", "partnerships", "products"]
#: The synthetic graph's most frequent organisation (index 0 of the pool, see bench/graph.py).
ORG = str(entity_iri("org", "albion motor corp."))
LIBRARY = [("investment-totals", {}), ("partnership-degree", {}), ("organizations-by-articles", {}),
           ("investments-by-organization", {"org": ORG}), ("partner-network", {"org": ORG}),
           ("co-mentioned-organizations", {"org": ORG}), ("organizations-by-kind", {})]
COUNT_BY_CLASS = "SELECT ?class (COUNT(*) AS ?n) WHERE { ?s a ?class } GROUP BY ?class"
QUERIES = [(name, {}) for name in CONTRACT] + LIBRARY + [("count-by-class", None)]


def peak_rss_mib() -> float:
    """This process's peak resident memory. Linux's VmHWM, since ``ru_maxrss`` survives ``exec`` and would
    report the (larger) parent that started this process."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # elsewhere: KiB on Linux, bytes on macOS


def run(engine: str, data: str, runs: int, cap: float, only: list[str] | None = None) -> dict:
    started = time.perf_counter()
    if engine == "oxigraph":
        from kg import KnowledgeGraph

        folder = tempfile.TemporaryDirectory(prefix="kg-bench-")  # removed when this process ends
        graph = KnowledgeGraph(folder.name)
        graph.store.load_file(data)
        size = len(graph)

        def ask(text: str, bindings: dict, what: str):
            return run_with_timeout(lambda: graph.store.select(text, bindings), cap, what, fork=False)
    else:
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        dataset.parse(data, format="nquads")
        size = len(dataset)

        def ask(text: str, bindings: dict, what: str):
            return run_with_timeout(lambda: to_result(dataset.query(text, initBindings=bindings)), cap, what, fork=True)
    result = {"engine": engine, "quads": size, "load_s": time.perf_counter() - started, "queries": {}}
    for name, params in QUERIES:
        if only and name not in only:
            continue
        if params is None:
            text, bindings = COUNT_BY_CLASS, {}
        else:
            named = resolve(name)
            text, bindings = named.text, bind_params(named, params)
        times, rows = [], None
        for _ in range(runs):
            start = time.perf_counter()
            try:
                rows = len(ask(text, bindings, name).rows)
            except QueryError as error:
                if "time limit" not in str(error):
                    raise
                times.append(None)
                break
            times.append(time.perf_counter() - start)
        stopped = None in times
        result["queries"][name] = {"median_s": cap if stopped else statistics.median(times), "stopped": stopped, "rows": rows,
                                   "runs": len(times)}
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=["oxigraph", "rdflib"])
    parser.add_argument("data", help="N-Quads file")
    parser.add_argument("--runs", type=int, default=5, help="runs per query; the median is reported")
    parser.add_argument("--cap", type=float, default=60, help="seconds after which a query is stopped")
    parser.add_argument("--queries", help="comma-separated names: run only these of the benchmark's queries")
    args = parser.parse_args(argv)
    only = args.queries.split(",") if args.queries else None
    unknown = sorted(set(only or []) - {name for name, _ in QUERIES})
    if unknown:
        parser.error(f"not among the benchmark's queries: {', '.join(unknown)}")
    print(json.dumps(run(args.engine, args.data, args.runs, args.cap, only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
