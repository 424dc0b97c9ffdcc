"""Shared fixtures: the spaCy pipeline is loaded once per session, the corpus graph built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed-article.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (it lives in the shared folder next to the checkout)")
    graph = KnowledgeGraph(store=None)
    report = graph.ingest([SEED])
    assert report.ok, report.failed
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def corpus_graph(nlp):
    graph = KnowledgeGraph(store=None)
    report = graph.ingest([CORPUS / "articles"])
    assert report.ok, report.failed
    yield graph
    graph.close()


@pytest.fixture
def memory_graph(nlp):
    graph = KnowledgeGraph(store=None)
    yield graph
    graph.close()


def extract_text(nlp, text: str):
    """Run the pipeline on one crafted text and return its Extraction."""
    from kg.extract import extraction_from_doc
    from kg.ingest import make_document

    document = make_document(text, origin="test")
    return extraction_from_doc(nlp(document.text), document)


def crafted_extractions():
    """A small hand-written world of three articles, as the records extraction would produce.

    Mapped with :func:`kg.mapping.extraction_quads`, so it is exactly what the pipeline stores,
    without running spaCy: the query library's expected results are asserted against it.
    """
    from datetime import date
    from decimal import Decimal

    from kg.records import (Document, Evidence, Extraction, FactDate, Investment, Organization, Partnership, Person, Place, Plant,
                            Product, Role)

    def ev(sentence: str, start: int = 0, extractor: str = "kg_relations.test") -> tuple[Evidence, ...]:
        return (Evidence(sentence, start, start + len(sentence), extractor),)

    nissan = Organization("nissan", "Nissan", "company")
    toyota = Organization("toyota", "Toyota", "company")
    d1 = Extraction(
        Document("d1", "Nissan article text.", "d1.md", url="https://news.example.org/nissan-sunderland",
                 title="Nissan and AESC expand in Sunderland", published=date(2024, 5, 10), publisher="Example News"),
        organizations=(nissan, Organization("aesc", "AESC", "company"),
                       Organization("uk government", "UK Government", "government", ("HMG",))),
        people=(Person("makoto uchida", "Makoto Uchida"), Person("alan johnson", "Alan Johnson")),
        places=(Place("sunderland", "Sunderland"), Place("united kingdom", "United Kingdom")),
        roles=(Role("makoto uchida", "chief executive officer", "nissan", ev("Makoto Uchida, chief executive officer of Nissan, said.", 10)),
               Role("alan johnson", "senior vice president for manufacturing", "nissan", ev("Alan Johnson said.", 80))),
        plants=(Plant("p-aesc", "AESC gigafactory", "gigafactory", "under construction", "aesc", "sunderland", 2,
                      ev("AESC is building its second gigafactory in Sunderland.", 120), 0.8),
                Plant("p-nissan", "Nissan Sunderland plant", "plant", "operating", "nissan", "sunderland", None,
                      ev("Nissan's Sunderland plant builds the Leaf.", 200), 0.8)),
        investments=(Investment(Decimal("2000000000"), "GBP", "£2bn", "announced", "nissan", "p-nissan", None,
                                FactDate("on Friday", "day", date(2024, 5, 10), date(2024, 5, 10)), ev("Nissan will invest £2bn, it said on Friday.", 300), 0.8),
                     Investment(Decimal("100000000"), "GBP", "£100m", "planned", "uk government", None, "battery plant",
                                FactDate("in June", "month", date(2024, 6, 1), date(2024, 6, 30)), ev("The UK Government will give £100m in June.", 400), 0.7)),
        partnerships=(Partnership(("aesc", "nissan"), "active", "battery supply", 2012, None,
                                  ev("AESC has supplied Nissan with batteries since 2012.", 500), 0.75),),
        products=(Product("leaf", "Leaf", "nissan"), Product("qashqai", "Qashqai", "nissan")),
    )
    d2 = Extraction(
        Document("d2", "Toyota article text.", "d2.md", url="https://wire.example.com/toyota-talks",
                 title="Toyota in talks with Nissan", published=date(2024, 9, 2), publisher="Example Wire"),
        organizations=(toyota, nissan, Organization("panasonic", "Panasonic", "company"),
                       Organization("ministry of economy trade and industry", "Ministry of Economy, Trade and Industry", "government", ("METI",))),
        people=(Person("koji sato", "Koji Sato"),),
        places=(Place("kentucky", "Kentucky"), Place("north carolina", "North Carolina")),
        roles=(Role("koji sato", "president and chief executive", "toyota", ev("Koji Sato, president and chief executive of Toyota, said.", 5)),),
        plants=(Plant("p-ky", "Toyota Kentucky plant", "plant", "operating", "toyota", "kentucky", 1, ev("Its first plant, in Kentucky, runs.", 50), 0.8),
                Plant("p-nc", "third plant", "plant", "proposed", "toyota", "north carolina", 3,
                      ev("Toyota could build a third plant in North Carolina.", 100), 0.5)),
        investments=(Investment(Decimal("1500000000000"), "JPY", "¥1.5tn", "proposed", "toyota", "p-nc", None,
                                FactDate("in the first quarter of next year", "quarter", date(2025, 1, 1), date(2025, 3, 31)),
                                ev("Toyota may reportedly spend ¥1.5tn early next year.", 200), 0.4),
                     Investment(Decimal("50000000000"), "JPY", "¥50bn", "announced", "ministry of economy trade and industry", None, "subsidies",
                                FactDate("last week", "week", date(2024, 8, 26), date(2024, 9, 1)), ev("METI announced ¥50bn last week.", 300), 0.8),
                     Investment(Decimal("500000000"), "USD", "$500m", "announced", "toyota", "p-ky", None, None,
                                ev("Toyota announced $500m for Kentucky.", 400), 0.8)),
        partnerships=(Partnership(("nissan", "toyota"), "in talks", None, None, FactDate("in the coming months"),
                                  ev("Nissan is in talks with Toyota, to conclude in the coming months.", 500), 0.6),
                      Partnership(("panasonic", "toyota"), "agreed", "batteries", None,
                                  FactDate("on Monday", "day", date(2024, 9, 2), date(2024, 9, 2)),
                                  ev("Panasonic and Toyota signed a battery deal on Monday.", 600), 0.85)),
        products=(Product("bz4x", "bZ4X", "toyota"),),
    )
    d3 = Extraction(
        Document("d3", "Renault article text.", "d3.txt"),
        organizations=(nissan, toyota, Organization("renault", "Renault", "company")),
        places=(Place("france", "France"),),
        investments=(Investment(Decimal("1000000000"), "EUR", "€1bn", "cancelled", "renault", None, "a battery venture", None,
                                ev("Renault scrapped its €1bn battery venture.", 0), 0.8),),
        partnerships=(Partnership(("nissan", "renault"), "cancelled", None, None, None,
                                  ev("Nissan and Renault called off their alliance, unlike Toyota.", 60), 0.8),),
    )
    return [d1, d2, d3]


def crafted_knowledge_graph(store: Path | None = None):
    """A fresh KnowledgeGraph holding :func:`crafted_extractions` (in memory, or in the store folder ``store``)."""
    from kg.mapping import document_iri, extraction_quads

    graph = KnowledgeGraph(store=store)
    for extraction in crafted_extractions():
        graph.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
    return graph


@pytest.fixture(scope="session")
def crafted_graph():
    graph = crafted_knowledge_graph()
    yield graph
    graph.close()
