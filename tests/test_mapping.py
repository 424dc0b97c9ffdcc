"""Mapping: a whole article's graph compared, as a graph, with a reviewed golden file.

Regenerate after an intended change with ``python tests/test_mapping.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, XSD

from kg import KnowledgeGraph
from kg.mapping import decimal_literal, entity_iri
from kg.vocab import IKG

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
ARTICLE = GOLDEN / "nissan-sunderland.md"
EXPECTED = GOLDEN / "nissan-sunderland.trig"


def article_graph(graph: KnowledgeGraph) -> Graph:
    """The article's quads as a graph, without what varies by run or machine, literals by value."""
    result = Graph()
    for s, p, o in graph.store.graph():
        if p in (PROV.generatedAtTime, IKG.extractedWith, IKG.origin):  # time, versions and local paths vary
            continue
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        elif isinstance(o, Literal) and o.datatype is not None and o.value is not None:
            o = Literal(str(o.value) if not hasattr(o.value, "normalize") else format(o.value.normalize(), "f"), datatype=o.datatype)
        result.add((s, p, o))
    return result


def test_golden_article_graph(memory_graph):
    assert memory_graph.ingest([ARTICLE]).ok
    expected = Dataset()
    expected.parse(EXPECTED, format="trig")
    merged = Graph()
    for quad in expected.quads():
        merged.add(quad[:3])
    wanted = article_graph(_wrap(merged))
    got = article_graph(memory_graph)
    if not isomorphic(got, wanted):
        _, missing, extra = graph_diff(to_isomorphic(wanted), to_isomorphic(got))
        raise AssertionError(f"missing: {sorted(missing)[:5]}\nextra: {sorted(extra)[:5]}")


def test_iris_are_stable_and_safe():
    assert str(entity_iri("org", "nissan")).endswith("/org/nissan")
    weird = str(entity_iri("org", "acme <ltd> \"x\" {y}"))
    assert not any(c in weird for c in '<>"{} ') and weird == str(entity_iri("org", "acme <ltd> \"x\" {y}"))
    assert str(decimal_literal(2e9)) == "2000000000.0"


class _wrap:
    """Lets article_graph read a plain rdflib Graph the way it reads a KnowledgeGraph."""

    def __init__(self, graph: Graph) -> None:
        self.store = self
        self._graph = graph

    def graph(self) -> Graph:
        return self._graph


if __name__ == "__main__":
    with KnowledgeGraph(None) as graph:
        graph.ingest([ARTICLE])
        graph.export(EXPECTED)
    print(f"wrote {EXPECTED}")
