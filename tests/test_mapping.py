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
from kg.vocab import IKG, RESOURCE_BASE

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
ARTICLE = GOLDEN / "nissan-sunderland.md"
EXPECTED = GOLDEN / "nissan-sunderland.trig"
AGENT = f"{RESOURCE_BASE}agent/"


def article_graph(graph: KnowledgeGraph) -> Graph:
    """The article's quads as a graph, without what varies by run or machine, literals by value."""
    result = Graph()
    for s, p, o in graph.store.graph():
        if p in (PROV.generatedAtTime, IKG.extractedWith, IKG.origin):  # time, versions and local paths vary
            continue
        if str(s).startswith(AGENT) or str(o).startswith(AGENT):  # the agent's IRI names the versions
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


# ---------------------------------------------------------------- fact identity across articles
def _extraction(doc_id: str, **facts):
    from kg.records import Document, Extraction, Organization, Person, Place

    orgs = tuple(Organization(key, key.title(), "company") for key in ("nissan", "toyota", "renault"))
    return Extraction(Document(doc_id, "text", f"{doc_id}.md"), organizations=orgs, people=(Person("ann", "Ann"),),
                      places=(Place("sunderland", "Sunderland"),), **facts)


def _facts(extraction, cls) -> list[str]:
    from rdflib.namespace import RDF

    from kg.mapping import extraction_quads

    return [str(s) for s, p, o, _ in extraction_quads(extraction) if p == RDF.type and o == cls]


def test_the_same_fact_in_two_articles_is_one_node_and_its_amount_is_not_its_identity():
    from decimal import Decimal

    from kg.records import Evidence, Investment, Partnership, Plant, Role

    ev = (Evidence("A sentence.", 0, 11, "test"),)
    first = _extraction("a1", plants=(Plant("p", "Sunderland plant", "plant", "planned", "nissan", "sunderland", None, ev),),
                        investments=(Investment(Decimal("17e9"), "EUR", "€17bn", "planned", "nissan", "p", None, None, ev),),
                        partnerships=(Partnership(("nissan", "toyota"), "in talks", evidence=ev),),
                        roles=(Role("ann", "Chief  Executive", "nissan", ev),))
    later = _extraction("a2", plants=(Plant("p0", "Nissan's second plant", "plant", "operating", "nissan", "sunderland", 2, ev),),
                        investments=(Investment(Decimal("30e9"), "EUR", "€30bn", "announced", "nissan", "p0", None, None, ev),),
                        partnerships=(Partnership(("nissan", "toyota"), "cancelled", "a plant", evidence=ev),),
                        roles=(Role("ann", "chief executive", "nissan", ev),))
    for cls in (IKG.Plant, IKG.Investment, IKG.Partnership):
        assert _facts(first, cls) == _facts(later, cls) and len(_facts(first, cls)) == 1, cls
    assert set(_facts(first, IKG.Role)) == set(_facts(later, IKG.Role)) != set(), "title case and spacing are not identity"


def test_what_is_deliberately_not_merged():
    from decimal import Decimal

    from kg.records import Evidence, Investment, Partnership, Plant

    ev = (Evidence("A sentence.", 0, 11, "test"),)
    deal_and_supply = _extraction("b1", partnerships=(Partnership(("nissan", "renault"), "agreed", evidence=ev),
                                                      Partnership(("nissan", "renault"), "active", evidence=ev)))
    assert len(set(_facts(deal_and_supply, IKG.Partnership))) == 2, "a deal and an ongoing relationship are two facts"
    twice = _extraction("b2", partnerships=(Partnership(("nissan", "renault"), "in talks", evidence=ev),
                                            Partnership(("nissan", "renault"), "agreed", evidence=ev)))
    shared, local = _facts(twice, IKG.Partnership)
    assert shared == _facts(_extraction("b3", partnerships=twice.partnerships[:1]), IKG.Partnership)[0]
    assert "/b2-" in local, "the second fact with the same key in one article stays in that article"
    vague = _extraction("b4", plants=(Plant("p", "a plant", "plant", "planned", None, "sunderland", None, ev),
                                      Plant("q", "Nissan plant", "plant", "planned", "nissan", None, None, ev)),
                        investments=(Investment(Decimal("5e8"), "GBP", "£500m", "announced", "nissan", None, None, None, ev),))
    assert all("/b4-" in iri for iri in _facts(vague, IKG.Plant) + _facts(vague, IKG.Investment))


def test_article_graph_provenance_names_the_pipeline_and_model(seed_graph):
    """PROV-O: graph -> prov:wasGeneratedBy -> activity -> prov:wasAssociatedWith -> software agent with versions."""
    from kg import __version__

    rows = seed_graph.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX ikg: <https://w3id.org/industry-kg/ontology#>
        SELECT ?doc ?url ?at ?version ?model WHERE { GRAPH ?doc {
          ?doc a ikg:Article ; prov:generatedAtTime ?at ; prov:wasGeneratedBy ?run .
          ?run a prov:Activity ; prov:wasAssociatedWith ?agent .
          ?agent a prov:SoftwareAgent ; ikg:pipelineVersion ?version ; ikg:spacyModel ?model .
          OPTIONAL { ?doc prov:wasDerivedFrom ?url } } }""").records()
    assert len(rows) == 1 and rows[0]["version"] == __version__ and rows[0]["model"].startswith("en_core_web_sm")


def test_an_offtake_agreement_and_a_venture_of_the_same_pair_in_two_articles_are_two_facts():
    from kg.mapping import deal_kind
    from kg.records import Evidence, Partnership

    ev = (Evidence("A sentence.", 0, 11, "test"),)
    venture = _extraction("c1", partnerships=(Partnership(("nissan", "toyota"), "agreed", "a battery plant", evidence=ev),))
    offtake = _extraction("c2", partnerships=(Partnership(("nissan", "toyota"), "agreed", "offtake agreement", evidence=ev),))
    supply = _extraction("c3", partnerships=(Partnership(("nissan", "toyota"), "agreed", "supply", evidence=ev),))
    sale = _extraction("c4", partnerships=(Partnership(("nissan", "toyota"), "agreed", "sale", evidence=ev),))
    assert len({iri for e in (venture, offtake, sale) for iri in _facts(e, IKG.Partnership)}) == 3
    assert _facts(offtake, IKG.Partnership) == _facts(supply, IKG.Partnership), "two names of one trade deal are one fact"
    assert [deal_kind(a) for a in ("10-year power purchase agreement", "sale of the Atessa plant", "joint venture", None)] == [
        "trade", "sale", None, None]
