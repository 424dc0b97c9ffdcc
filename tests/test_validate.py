"""SHACL validation: the shapes accept what the pipeline emits and name what is broken, one line each."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.cli import main
from kg.mapping import document_iri, extraction_quads
from kg.validate import shapes_path, validate_graph
from kg.vocab import IKG, RESOURCE_BASE

from conftest import crafted_extractions, crafted_knowledge_graph

SHAPES = Graph().parse(shapes_path())
XSD_NS = "http://www.w3.org/2001/XMLSchema#"


def text(value: str) -> Literal:
    """A string literal as the store hands it back (typed xsd:string)."""
    return Literal(value, datatype=URIRef(XSD_NS + "string"))


def status_values(shape: str) -> set[str]:
    """The sh:in list of the ikg:status property shape of ``ikgsh:<shape>``."""
    node = URIRef(f"https://w3id.org/industry-kg/shapes#{shape}")
    for prop in SHAPES.objects(node, SH.property):
        if SHAPES.value(prop, SH.path) == IKG.status and SHAPES.value(prop, SH["in"]) is not None:
            return {str(v) for v in SHAPES.collection(SHAPES.value(prop, SH["in"]))}
    raise AssertionError(f"{shape} has no status value set")


def broken(graph: Graph) -> Graph:
    """The crafted graph with one mistake of each sort a buggy mapping could make."""
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    investment = next(s for s in broken.subjects(IKG.amountText, text("£2bn")))
    broken.set((investment, IKG.currency, text("pounds")))
    broken.set((investment, IKG.confidence, Literal("1.5", datatype=URIRef(XSD_NS + "decimal"))))
    plant = next(broken.subjects(IKG.ordinal, Literal(2)))
    broken.set((plant, IKG.status, text("rumoured")))
    partnership = next(s for s in broken.subjects(IKG.about, text("battery supply")))
    broken.remove((partnership, IKG.partner, URIRef(f"{RESOURCE_BASE}org/aesc")))
    dated = next(broken.subjects(IKG.dateText, text("in June")))
    broken.set((dated, IKG.datePrecision, text("fortnight")))
    broken.set((dated, IKG.dateTo, Literal("2024-05-01", datatype=URIRef(XSD_NS + "date"))))
    role = next(broken.subjects(IKG.roleTitle, text("chief executive officer")))
    for evidence in list(broken.objects(role, IKG.evidence)):
        broken.remove((role, IKG.evidence, evidence))
        broken.remove((evidence, None, None))
    broken.add((URIRef(f"{RESOURCE_BASE}org/nissan"), IKG.kind, text("government")))
    return broken


def test_shapes_are_packaged_with_the_ontology():
    """The wheel force-includes ontology/ as kg/_data/ontology: shapes.ttl travels with it."""
    from conftest import ROOT
    from kg.resources import resource_dir

    assert shapes_path() == resource_dir("ontology") / "shapes.ttl" and shapes_path().is_file()
    assert '"ontology" = "kg/_data/ontology"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_crafted_graph_conforms(crafted_graph):
    report = crafted_graph.validate()
    assert report.conforms and report.results == [], report.lines()
    assert report.summary().startswith("validation: 0 violations, 0 warnings")


def test_broken_graph_gives_one_readable_line_per_problem(crafted_graph):
    report = validate_graph(broken(crafted_graph.store.graph()))
    assert not report.conforms
    lines = report.lines()
    expected = [
        "Investment '£2bn' <investment/",  # label, class and short IRI of the focus node
        "ikg:currency: an investment needs exactly one ISO 4217 currency code (three capital letters) (value: 'pounds')",
        "ikg:confidence: a fact needs exactly one confidence, an xsd:decimal from 0 to 1 (value: '1.5'^^xsd:decimal)",
        "Plant 'AESC gigafactory' <plant/",
        "ikg:status: a plant's status is operating, under construction, planned, proposed, announced or cancelled (value: 'rumoured')",
        "ikg:partner: a partnership needs at least two partners, each an ikg:Organization (found 1: <https://w3id.org/industry-kg/id/org/nissan>)",
        "ikg:datePrecision: a dated fact needs exactly one ikg:datePrecision: day, week, month, quarter, year or unresolved (value: 'fortnight')",
        "ikg:dateFrom: ikg:dateFrom is at most one xsd:date, not after ikg:dateTo",
        "Role 'chief executive officer (nissan)' <role/",
        "ikg:evidence: a fact needs at least one ikg:Evidence sentence (found none)",
    ]
    for fragment in expected:
        assert any(fragment in line for line in lines), (fragment, lines)
    assert all("\n" not in line for line in lines)
    warning = "warning: Organization 'Nissan' <org/nissan>: ikg:kind: the articles give this organisation different kinds (found 2: 'company', 'government')"
    assert warning in lines and lines.index(warning) == len(lines) - 1, "warnings come after violations"
    assert len(report.warnings) == 1 and len(report.violations) >= 8


def test_status_value_sets_cover_what_the_components_emit():
    from kg.components.facilities import PLANT_STATUSES
    from kg.components.relations import INVESTMENT_STATUSES, PARTNERSHIP_STATUSES

    # 'in talks' becomes 'proposed' for plants and investments (kg/components/facilities.py, relations.py)
    assert set(PLANT_STATUSES) | {"operating", "under construction", "proposed"} <= status_values("PlantShape")
    assert set(INVESTMENT_STATUSES) - {"in talks"} <= status_values("InvestmentShape")
    assert set(PARTNERSHIP_STATUSES) | {"active"} <= status_values("PartnershipShape")
    assert status_values("RoleShape") == {"active"}


def test_organization_kinds_are_the_value_set():
    from kg.components.organizations import org_kind

    kinds = {org_kind(name) for name in ("Nissan", "Ministry of Economy, Trade and Industry", "University of Tokyo", "UK Government")}
    node = URIRef("https://w3id.org/industry-kg/shapes#OrganizationShape")
    allowed = next({str(v) for v in SHAPES.collection(SHAPES.value(p, SH["in"]))}
                   for p in SHAPES.objects(node, SH.property) if SHAPES.value(p, SH["in"]) is not None)
    assert kinds <= allowed == {"company", "government", "other"}


def test_kg_validate_prints_violations_and_exits_1(tmp_path, capsys):
    from kg import KnowledgeGraph

    store = tmp_path / "store"
    crafted_knowledge_graph(store).close()
    assert main(["--store", str(store), "validate"]) == 0
    assert capsys.readouterr().out.startswith("validation: 0 violations, 0 warnings")

    with KnowledgeGraph(store) as graph:
        investment = next(r["investment"] for r in graph.query("investments").records() if r["currency"] == "USD")
        graph.store.dataset.add((URIRef(investment), IKG.currency, Literal("usd"), document_iri("d2")))
    assert main(["--store", str(store), "validate"]) == 1
    captured = capsys.readouterr()
    head = ("Investment '$500m' <" + investment[len(RESOURCE_BASE):] + "> in <doc/d2>: "
            "ikg:currency: an investment needs exactly one ISO 4217 currency code (three capital letters)")
    assert captured.out.splitlines() == [f"{head} (found 2: 'USD', 'usd')", f"{head} (value: 'usd')"]
    assert captured.err.startswith("validation: 2 violations, 0 warnings")


def test_unreadable_shapes_file_is_an_error(tmp_path, crafted_graph):
    from kg import KgError

    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(KgError, match="cannot read the SHACL shapes"):
        crafted_graph.validate(bad)


@pytest.mark.slow
def test_corpus_graph_has_no_violations(corpus_graph):
    report = corpus_graph.validate()
    print("\n".join(report.lines()) or report.summary())
    assert report.conforms, "\n".join(report.lines())
    assert report.triples > 5000, "the corpus graph is big enough to mean something"


def test_a_fact_in_two_articles_has_one_status_per_article(tmp_path):
    """Two articles give one partnership two statuses: fine. A second status inside one article is not."""
    from dataclasses import replace

    from kg import KnowledgeGraph

    d1, d2, d3 = crafted_extractions()
    later = replace(d3, partnerships=(replace(d2.partnerships[0], status="agreed"),))  # talks (d2), then agreed (d3)
    with KnowledgeGraph(None) as graph:
        for extraction in (d1, d2, later):
            graph.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
        deal = next(r["partnership"] for r in graph.query("partnerships").records() if str(r["source"]) == str(document_iri("d3")))
        assert {r["status"] for r in graph.query("partnerships").records() if r["partnership"] == deal} == {"in talks", "agreed"}
        report = graph.validate()
        assert report.conforms, report.lines()
        graph.store.dataset.add((URIRef(deal), IKG.status, text("cancelled"), document_iri("d3")))
        lines = graph.validate().lines()
    short = deal[len(RESOURCE_BASE):]
    assert lines == [f"Partnership 'Nissan – Toyota' <{short}> in <doc/d3>: ikg:status: a fact needs exactly one status "
                     "(found 2: 'agreed', 'cancelled')"], lines
