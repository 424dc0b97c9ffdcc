"""The benchmark suite cannot rot: its generator is deterministic and realistic, and a small run goes end to end."""

from __future__ import annotations

import json

import pytest

from bench import generate, graph as synthetic
from bench.run import browser, scale, table, throughput
from kg.ingest import read_documents
from kg.store import GraphStore


def test_generator_is_deterministic_and_varied(tmp_path):
    first, again, other = (list(generate.articles(30, seed=s)) for s in (4, 4, 5))
    assert first == again and first != other
    assert len({a["url"] for a in first}) == 30, "one document per article"
    texts = " ".join(a["text"] for a in first)
    assert any(symbol in texts for symbol in ("£", "€", "¥", "Rs ", "₩", "A$")) and "said" in texts
    assert len({a["text"].split(" ")[0] for a in first}) > 10, "varied companies"
    path = generate.write_jsonl(tmp_path / "a.jsonl", 30, seed=4)
    documents = list(read_documents([path]))
    assert len(documents) == 30 and all(d.published and d.title for d in documents), "kg reads every generated record"
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == first


def test_synthetic_graph_has_the_projects_shape(tmp_path):
    path = tmp_path / "g.nq"
    count = synthetic.write_nquads(path, 3000)
    assert count >= 3000
    with GraphStore(tmp_path / "store") as store:
        store.load_file(path)
        assert len(store) == count
        for name in ("Article", "Organization", "Investment", "Partnership", "Plant", "Evidence", "Role"):
            [(number,)] = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <https://w3id.org/industry-kg/ontology#{name}> }}")
            assert int(number) > 0, name


@pytest.mark.slow
def test_a_small_benchmark_runs_end_to_end(tmp_path, nlp):
    results = {"throughput": throughput(tmp_path, 4, 1), "scale": scale(tmp_path, [2000], 1, 1, 30.0),
               "browser": browser(tmp_path, [30], 60.0)}
    assert results["throughput"]["reingest_skipped"] == 4
    assert results["throughput"]["quads_1"] == results["throughput"]["quads_2"]
    entry = results["scale"]["2000"]
    assert {q["rows"] for q in entry["oxigraph"]["queries"].values()} and all(
        entry["oxigraph"]["queries"][name]["rows"] == entry["rdflib"]["queries"][name]["rows"] for name in entry["rdflib"]["queries"]), \
        "both engines give the same answers"
    text = table(results)
    assert "ingest words/s" in text and "investments" in text
