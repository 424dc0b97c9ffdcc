"""Mapping: :class:`~kg.records.Extraction` -> RDF quads in the document's named graph.

IRIs are minted deterministically, so re-ingesting an article yields exactly the same quads:
organisations, people, places and products from their normalised names, and facts from an
identity key that leaves the article out (:func:`fact_identity`), so that the same partnership,
plant, investment or role reported by several articles is one node. Each article's graph keeps
what *that* article says of the shared node (status, amount, date, confidence, evidence): the
status history and conflicting values of a fact are its statements across the article graphs,
each with its source, and removing an article removes exactly its statements (README, "Fact
lifecycle").
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg import __version__
from kg.normalize import slug
from kg.records import Evidence, Extraction, FactDate, Investment, Partnership, Plant, Role
from kg.vocab import IKG, RESOURCE_BASE

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]


def document_iri(document_id: str) -> URIRef:
    """The IRI of an article, which also names the graph of what was extracted from it."""
    return URIRef(f"{RESOURCE_BASE}doc/{document_id}")


def entity_iri(kind: str, key: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}{kind}/{slug(key)}")


def fact_iri(kind: str, *identity: object) -> URIRef:
    """A fact shared across articles: the IRI depends on its identity key only, never on the article."""
    return URIRef(f"{RESOURCE_BASE}{kind}/{_digest(identity)}")


def local_fact_iri(kind: str, document_id: str, *content: object) -> URIRef:
    """A fact that stays in one article (no identity key, or a second fact with the same key there)."""
    return URIRef(f"{RESOURCE_BASE}{kind}/{document_id}-{_digest(content)}")


def _digest(parts: tuple) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def fact_identity(item: Role | Plant | Investment | Partnership, plant_iris: dict[str, URIRef] | None = None) -> tuple | None:
    """What makes two mentions in different articles the same real-world fact, or None when nothing does.

    - role: the person, the organisation and the title (case and spacing ignored);
    - plant: the operator, the kind and the location; without a location, the operator, kind and
      ordinal ("Toyota's third plant"); without an operator, or with neither location nor ordinal, None
      ("a battery plant in Georgia" may be any company's);
    - investment: the investor and the target plant (its IRI, so its own identity), else the investor and
      the purpose as written; never the amount or currency, so a cost rise from €17bn to €30bn stays
      one investment with two amounts; without an investor, or with neither target nor purpose, None;
    - partnership: the set of partners, whether it is an ongoing relationship (status ``active``)
      or a deal (in talks, agreed, announced, proposed, planned, cancelled), and what kind of deal its
      ``about`` names, when it names one (:func:`deal_kind`): a deal's talks, agreement and cancellation
      are one fact, a supply relationship between the same companies another, and an offtake agreement
      reported alone in one article is not the joint venture of the same pair in another.
    """
    if isinstance(item, Role):
        return ("role", item.person, item.org, " ".join(item.title.casefold().split()))
    if isinstance(item, Plant):
        if item.operator is None or (item.location is None and item.ordinal is None):
            return None
        return ("plant", item.operator, item.kind, item.location or f"#{item.ordinal}")
    if isinstance(item, Investment):
        target = (plant_iris or {}).get(item.target) if item.target else None
        if item.investor is None or (target is None and not item.purpose):
            return None
        return ("investment", item.investor, str(target)) if target is not None else ("investment", item.investor, slug(item.purpose))
    stage = "relationship" if item.status == "active" else "deal"
    kind = deal_kind(item.about)
    return ("partnership", *sorted(item.partners), stage) if kind is None else ("partnership", *sorted(item.partners), stage, kind)


#: What a partnership's ``about`` says of the kind of deal, first match first: trade in goods or power, or a sale of a
#: site, plant, shares or company. Other deals (ventures, stakes, MoUs, talks about a plant) have no kind of their own.
DEAL_KINDS = (
    ("trade", re.compile(r"\b(off-?take|suppl(y|ies|ier)|marketing|distribut\w+|licen[cs]\w*|contract[- ]manufactur\w+|"
                         r"power purchase|purchase agreement|customer)\b", re.IGNORECASE)),
    ("sale", re.compile(r"^sale\b|\b(sale|purchase) of\b", re.IGNORECASE)),
)


def deal_kind(about: str | None) -> str | None:
    """'offtake agreement', 'supply', 'customer' -> trade; 'sale', 'sale of the Atessa plant' -> sale; else None."""
    return next((kind for kind, words in DEAL_KINDS if about and words.search(about)), None)


@lru_cache(maxsize=4096, typed=True)
def decimal_literal(value: Decimal | float) -> Literal:
    """xsd:decimal in canonical form ("2000000000.0", "0.8"; never "2E+9"), so every format round-trips (cached by
    value and type: equal values of one type have one canonical form)."""
    text = format(Decimal(str(value)).normalize(), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


@lru_cache(maxsize=65536, typed=True)
def _literal(value: str | int | date) -> Literal:
    """``Literal(value)``, built once per distinct value: kinds, statuses, labels, extractors, offsets and dates recur
    across facts and articles, and rdflib validates and normalises a literal on every construction. Not for
    datetimes (equal instants in different zones would share one) nor one-off text such as evidence sentences."""
    return Literal(value)


def extraction_quads(extraction: Extraction, generated_at: datetime | None = None) -> list[Quad]:
    """All quads for one document, in its own named graph."""
    document = extraction.document
    graph = document_iri(document.id)
    quads: list[Quad] = []

    def add(subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> None:
        quads.append((subject, predicate, obj, graph))

    _article(add, extraction, graph, generated_at or datetime.now(timezone.utc))
    taken: set[tuple] = set()

    def mint(kind: str, item, local: tuple, plants: dict[str, URIRef] | None = None) -> URIRef:
        """The shared IRI of the fact's identity, unless the article already used it for another fact."""
        identity = fact_identity(item, plants)
        if identity is None or identity in taken:
            return local_fact_iri(kind, document.id, *local)
        taken.add(identity)
        return fact_iri(kind, *identity)

    org = {o.key: entity_iri("org", o.key) for o in extraction.organizations}
    for item in extraction.organizations:
        _entity(add, org[item.key], IKG.Organization, item.name, graph)
        add(org[item.key], IKG.kind, _literal(item.kind))
        for alias in item.aliases:
            add(org[item.key], IKG.alias, _literal(alias))
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
        iri = mint("role", item, (item.person, item.title, item.org))
        _fact(add, iri, IKG.Role, f"{item.title} ({item.org or 'unknown organisation'})", "active", item.confidence, item.evidence, graph)
        add(iri, IKG.person, person[item.person])
        add(iri, IKG.roleTitle, _literal(item.title))
        if item.org in org:
            add(iri, IKG.organization, org[item.org])

    plant = {}
    for item in extraction.plants:
        iri = mint("plant", item, (item.key, item.label))
        plant[item.key] = iri
        _fact(add, iri, IKG.Plant, item.label, item.status, item.confidence, item.evidence, graph)
        add(iri, IKG.kind, _literal(item.kind))
        if item.operator in org:
            add(iri, IKG.operator, org[item.operator])
        if item.location in place:
            add(iri, IKG.location, place[item.location])
        if item.ordinal is not None:
            add(iri, IKG.ordinal, _literal(item.ordinal))

    for item in extraction.investments:
        iri = mint("investment", item, (item.investor, item.amount, item.currency, item.evidence[0].start if item.evidence else ""), plant)
        _fact(add, iri, IKG.Investment, item.amount_text, item.status, item.confidence, item.evidence, graph)
        add(iri, IKG.amount, decimal_literal(item.amount))
        add(iri, IKG.currency, _literal(item.currency))
        add(iri, IKG.amountText, _literal(item.amount_text))
        if item.investor in org:
            add(iri, IKG.investor, org[item.investor])
        if item.target in plant:
            add(iri, IKG.target, plant[item.target])
        if item.purpose:
            add(iri, IKG.purpose, _literal(item.purpose))
        _when(add, iri, item.when)

    for item in extraction.partnerships:
        iri = mint("partnership", item, (*item.partners, item.status, item.about))
        names = [o.name for o in extraction.organizations if o.key in item.partners]
        _fact(add, iri, IKG.Partnership, " – ".join(names), item.status, item.confidence, item.evidence, graph)
        for partner in item.partners:
            if partner in org:
                add(iri, IKG.partner, org[partner])
        if item.about:
            add(iri, IKG.about, _literal(item.about))
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
    _generation(add, graph, extraction.model)
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


def _generation(add, graph: URIRef, model: str) -> None:
    """PROV-O: the article graph was generated (at its prov:generatedAtTime) by an extraction activity, run by
    the pipeline: a software agent named by its version and the spaCy model's, shared by every graph it made."""
    activity = URIRef(f"{graph}/extraction")
    agent = entity_iri("agent", f"industry-kg {__version__} {model}")
    add(graph, PROV.wasGeneratedBy, activity)
    add(activity, RDF.type, PROV.Activity)
    add(activity, PROV.wasAssociatedWith, agent)
    add(agent, RDF.type, PROV.SoftwareAgent)
    add(agent, RDFS.label, _literal(f"industry-kg {__version__}" + (f" with {model}" if model else "")))
    add(agent, IKG.pipelineVersion, _literal(__version__))
    if model:
        add(agent, IKG.spacyModel, _literal(model))


def _when(add, iri: URIRef, when: FactDate | None) -> None:
    """The date as written, its precision and the period it names; ikg:date only for a precise day."""
    if when is None:
        return
    add(iri, IKG.dateText, _literal(when.text))
    add(iri, IKG.datePrecision, _literal(when.precision))
    if when.start is not None:
        add(iri, IKG.dateFrom, _literal(when.start))
        add(iri, IKG.dateTo, _literal(when.end))
    if when.precision == "day":
        add(iri, IKG.date, _literal(when.start))


def _entity(add, iri: URIRef, cls: URIRef, name: str, graph: URIRef) -> None:
    add(iri, RDF.type, cls)
    add(iri, RDFS.label, _literal(name))
    add(iri, IKG.mentionedIn, graph)


def _fact(add, iri: URIRef, cls: URIRef, label: str, status: str, confidence: float,
          evidence: tuple[Evidence, ...], graph: URIRef) -> None:
    add(iri, RDF.type, cls)
    add(iri, RDFS.label, _literal(label))
    add(iri, IKG.status, _literal(status))
    add(iri, IKG.confidence, decimal_literal(round(confidence, 2)))
    for item in evidence:
        node = URIRef(f"{iri}/evidence/{graph.rsplit('/', 1)[-1]}-{item.start}-{item.end}")
        add(iri, IKG.evidence, node)
        add(node, RDF.type, IKG.Evidence)
        add(node, IKG.document, graph)
        add(node, IKG.sentence, Literal(item.sentence))
        add(node, IKG.startChar, _literal(item.start))
        add(node, IKG.endChar, _literal(item.end))
        add(node, IKG.extractor, _literal(item.extractor))
