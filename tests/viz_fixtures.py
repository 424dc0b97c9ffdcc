"""Graphs for the view tests: a hostile world (markup, quotes, "href" in every name) and a fact two articles disagree on."""

from __future__ import annotations

from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import KnowledgeGraph
from kg.mapping import document_iri, extraction_quads
from kg.vocab import IKG

EVIL_ORG = 'Evil<script>alert("org")</script> "Quote" href Industries'
EVIL_PARTNER = "Href<img src=x onerror=alert(2)> Motors"
EVIL_TITLE = '<img src=x onerror=alert("t")> "Evil" href=\'javascript:alert(4)\' <script>alert(5)</script> deal'
EVIL_SENTENCE = f'{EVIL_ORG} and {EVIL_PARTNER} agreed a <b>battery</b> deal, said <script>alert(7)</script>.'
EVIL_URL = "javascript:alert(8)"
RAW = ("<script>alert", "<script>Doe", "<script>plant", "<img src=x", "<b>battery", "<b>bold", "<i>Inc", "<svg onload", 'href=\'javascript',
       '"Quote" href')  # the markup as written, and a quote that would end an attribute


def hostile_extraction():
    """An article whose organisation names, person, title, publisher and sentences carry markup, quotes and "href"."""
    from kg.records import Document, Evidence, Extraction, Organization, Partnership, Person, Place, Plant, Role

    def ev(sentence: str, start: int) -> tuple[Evidence, ...]:
        return (Evidence(sentence, start, start + len(sentence), "kg_relations.test"),)

    return Extraction(
        Document("evil", "text", "evil.md", url=EVIL_URL, title=EVIL_TITLE, published=date(2024, 6, 3), publisher="Wire <b>bold</b>"),
        organizations=(Organization("evil", EVIL_ORG, "company", ('Evil "href" <i>Inc</i>',)), Organization("href", EVIL_PARTNER, "company")),
        people=(Person("jane", "Jane <script>Doe</script>"),),
        places=(Place("ohio", 'Ohio"><svg onload=alert(9)>'),),
        roles=(Role("jane", 'chief <img src=x onerror=alert(10)> "executive"', "evil", ev("Jane <script>Doe</script> leads it.", 200)),),
        plants=(Plant("p", "<script>plant</script>", "plant", "planned", "evil", "ohio", None, ev(f"{EVIL_ORG} plans a plant in Ohio.", 100), 0.7),),
        partnerships=(Partnership(("evil", "href"), "agreed", "<b>batteries</b>", None, None, ev(EVIL_SENTENCE, 0), 0.8),),
    )


def hostile_knowledge_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph(store=None)
    extraction = hostile_extraction()
    graph.store.replace_document(document_iri(extraction.document.id), extraction_quads(extraction))
    return graph


def restate(graph: KnowledgeGraph, fact: URIRef, status: str, sentence: str, doc_id: str = "d9") -> URIRef:
    """A second article stating an existing fact with another status (as shared fact nodes will be)."""
    doc = document_iri(doc_id)
    evidence = URIRef(f"{fact}/evidence/{doc_id}")
    triples = [(doc, RDF.type, IKG.Article), (doc, IKG.title, Literal("A later report")), (doc, IKG.published, Literal(date(2024, 11, 1))),
               (doc, IKG.url, URIRef(f"https://later.example.org/{doc_id}")), (fact, IKG.status, Literal(status)),
               (fact, IKG.evidence, evidence), (evidence, RDF.type, IKG.Evidence), (evidence, IKG.document, doc),
               (evidence, IKG.sentence, Literal(sentence)), (evidence, IKG.startChar, Literal(0, datatype=XSD.integer)),
               (evidence, IKG.endChar, Literal(len(sentence), datatype=XSD.integer))]
    graph.store.replace_document(doc, [(*triple, doc) for triple in triples])
    return doc
