"""Mapping: :class:`~kg.records.Extraction` -> RDF quads in the document's named graph.

IRIs are minted deterministically: organisations, people, places and products from their
normalised names (so the same company is one node across articles), facts from the document id
and their content (so re-ingesting an article yields exactly the same quads).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg import __version__
from kg.normalize import slug
from kg.records import Evidence, Extraction, FactDate
from kg.vocab import IKG, RESOURCE_BASE

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]


def document_iri(document_id: str) -> URIRef:
    """The IRI of an article, which also names the graph of what was extracted from it."""
    return URIRef(f"{RESOURCE_BASE}doc/{document_id}")


def entity_iri(kind: str, key: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}{kind}/{slug(key)}")


def fact_iri(kind: str, document_id: str, *content: object) -> URIRef:
    digest = hashlib.sha256("|".join(str(c) for c in content).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{RESOURCE_BASE}{kind}/{document_id}-{digest}")


def decimal_literal(value: Decimal | float) -> Literal:
    """xsd:decimal in canonical form ("2000000000.0", "0.8"; never "2E+9"), so every format round-trips."""
    text = format(Decimal(str(value)).normalize(), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def extraction_quads(extraction: Extraction, generated_at: datetime | None = None) -> list[Quad]:
    """All quads for one document, in its own named graph."""
    document = extraction.document
    graph = document_iri(document.id)
    quads: list[Quad] = []

    def add(subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> None:
        quads.append((subject, predicate, obj, graph))

    _article(add, extraction, graph, generated_at or datetime.now(timezone.utc))
    org = {o.key: entity_iri("org", o.key) for o in extraction.organizations}
    for item in extraction.organizations:
        _entity(add, org[item.key], IKG.Organization, item.name, graph)
        add(org[item.key], IKG.kind, Literal(item.kind))
        for alias in item.aliases:
            add(org[item.key], IKG.alias, Literal(alias))
    person = {p.key: entity_iri("person", p.key) for p in extraction.people}
    for item in extraction.people:
        _entity(add, person[item.key], IKG.Person, item.name, graph)
    place = {p.key: entity_iri("place", p.key) for p in extraction.places}
    for item in extraction.places:
        _entity(add, place[item.key], IKG.Place, item.name, graph)
    for item in extraction.products:
        iri = entity_iri("product", f"{item.maker or ''} {item.key}".strip())
        _entity(add, iri, IKG.Product, item.name, graph)
        if item.maker in org:
            add(iri, IKG.maker, org[item.maker])

    for item in extraction.roles:
        if item.person not in person:
            continue
        iri = fact_iri("role", document.id, item.person, item.title, item.org)
        _fact(add, iri, IKG.Role, f"{item.title} ({item.org or 'unknown organisation'})", "active", item.confidence, item.evidence, graph)
        add(iri, IKG.person, person[item.person])
        add(iri, IKG.roleTitle, Literal(item.title))
        if item.org in org:
            add(iri, IKG.organization, org[item.org])

    plant = {}
    for item in extraction.plants:
        iri = fact_iri("plant", document.id, item.key, item.label)
        plant[item.key] = iri
        _fact(add, iri, IKG.Plant, item.label, item.status, item.confidence, item.evidence, graph)
        add(iri, IKG.kind, Literal(item.kind))
        if item.operator in org:
            add(iri, IKG.operator, org[item.operator])
        if item.location in place:
            add(iri, IKG.location, place[item.location])
        if item.ordinal is not None:
            add(iri, IKG.ordinal, Literal(item.ordinal))

    for item in extraction.investments:
        iri = fact_iri("investment", document.id, item.investor, item.amount, item.currency, item.evidence[0].start if item.evidence else "")
        _fact(add, iri, IKG.Investment, item.amount_text, item.status, item.confidence, item.evidence, graph)
        add(iri, IKG.amount, decimal_literal(item.amount))
        add(iri, IKG.currency, Literal(item.currency))
        add(iri, IKG.amountText, Literal(item.amount_text))
        if item.investor in org:
            add(iri, IKG.investor, org[item.investor])
        if item.target in plant:
            add(iri, IKG.target, plant[item.target])
        if item.purpose:
            add(iri, IKG.purpose, Literal(item.purpose))
        _when(add, iri, item.when)

    for item in extraction.partnerships:
        iri = fact_iri("partnership", document.id, *item.partners, item.status, item.about)
        names = [o.name for o in extraction.organizations if o.key in item.partners]
        _fact(add, iri, IKG.Partnership, " – ".join(names), item.status, item.confidence, item.evidence, graph)
        for partner in item.partners:
            if partner in org:
                add(iri, IKG.partner, org[partner])
        if item.about:
            add(iri, IKG.about, Literal(item.about))
        if item.since:
            add(iri, IKG.since, Literal(str(item.since), datatype=XSD.gYear))
        _when(add, iri, item.when)
    return quads


def _article(add, extraction: Extraction, graph: URIRef, generated_at: datetime) -> None:
    document = extraction.document
    add(graph, RDF.type, IKG.Article)
    add(graph, IKG.origin, Literal(document.origin))
    add(graph, IKG.contentHash, Literal(hashlib.sha256(document.text.encode("utf-8")).hexdigest()))
    add(graph, IKG.extractedWith, Literal(f"industry-kg {__version__}; {extraction.model}".strip("; ")))
    add(graph, PROV.generatedAtTime, Literal(generated_at.replace(microsecond=0), datatype=XSD.dateTime))
    if document.title:
        add(graph, IKG.title, Literal(document.title))
        add(graph, RDFS.label, Literal(document.title))
    if document.url:
        add(graph, IKG.url, URIRef(document.url))
        add(graph, PROV.wasDerivedFrom, URIRef(document.url))
    if document.published:
        add(graph, IKG.published, Literal(document.published))
    if document.publisher:
        add(graph, IKG.publisher, Literal(document.publisher))


def _when(add, iri: URIRef, when: FactDate | None) -> None:
    """The date as written, its precision and the period it names; ikg:date only for a precise day."""
    if when is None:
        return
    add(iri, IKG.dateText, Literal(when.text))
    add(iri, IKG.datePrecision, Literal(when.precision))
    if when.start is not None:
        add(iri, IKG.dateFrom, Literal(when.start))
        add(iri, IKG.dateTo, Literal(when.end))
    if when.precision == "day":
        add(iri, IKG.date, Literal(when.start))


def _entity(add, iri: URIRef, cls: URIRef, name: str, graph: URIRef) -> None:
    add(iri, RDF.type, cls)
    add(iri, RDFS.label, Literal(name))
    add(iri, IKG.mentionedIn, graph)


def _fact(add, iri: URIRef, cls: URIRef, label: str, status: str, confidence: float,
          evidence: tuple[Evidence, ...], graph: URIRef) -> None:
    add(iri, RDF.type, cls)
    add(iri, RDFS.label, Literal(label))
    add(iri, IKG.status, Literal(status))
    add(iri, IKG.confidence, decimal_literal(round(confidence, 2)))
    for item in evidence:
        node = URIRef(f"{iri}/evidence/{item.start}-{item.end}")
        add(iri, IKG.evidence, node)
        add(node, RDF.type, IKG.Evidence)
        add(node, IKG.document, graph)
        add(node, IKG.sentence, Literal(item.sentence))
        add(node, IKG.startChar, Literal(item.start))
        add(node, IKG.endChar, Literal(item.end))
        add(node, IKG.extractor, Literal(item.extractor))
