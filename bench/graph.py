"""Synthetic graphs in the project's own shape, of any size, without running spaCy.

Random :class:`~kg.records.Extraction` records (organisations, people with roles, plants, investments in
several currencies, partnerships, products, places, each fact with its evidence) are mapped by the real
:func:`kg.mapping.extraction_quads`, so a million-quad graph has exactly the terms, named graphs and
provenance an ingest of a few thousand articles would store.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.generate import FIRST, LAST, PLACES, PLANTS, PRODUCTS, ROOTS, SUFFIXES, TITLES
from kg.mapping import document_iri, extraction_quads
from kg.records import Document, Evidence, Extraction, FactDate, Investment, Organization, Partnership, Person, Place, Plant, Product, Role

CURRENCIES = ["USD", "EUR", "GBP", "JPY", "KRW", "INR", "AUD", "CNY"]
STATUSES = ["announced", "planned", "under construction", "operating", "proposed", "cancelled"]
PARTNER_STATUSES = ["agreed", "in talks", "announced", "active", "proposed", "cancelled"]


def extraction(rng: random.Random, number: int, organizations: int) -> Extraction:
    """One article's records; organisations are drawn from a pool of ``organizations`` so they recur across articles."""
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
    document = Document(f"synthetic-{number}", f"synthetic article {number}", f"synthetic:{number}",
                        url=f"https://news.example.org/synthetic/{number}", title=f"Synthetic announcement {number}",
                        published=published, publisher=rng.choice(["Industry Ledger", "Example Wire", "Plant Report"]))
    sentence = 0

    def evidence(extractor: str) -> tuple[Evidence, ...]:
        nonlocal sentence
        sentence += 1
        return (Evidence(f"Sentence {sentence} of article {number}, about {extractor}.", sentence * 80, sentence * 80 + 60, extractor),)

    def org() -> Organization:
        index = rng.randrange(organizations)
        name = f"{ROOTS[index % len(ROOTS)]} {SUFFIXES[(index // len(ROOTS)) % len(SUFFIXES)]} {index // (len(ROOTS) * len(SUFFIXES)) or ''}".strip()
        return Organization(name.lower(), name, "company", (), evidence("kg_orgs.name"))

    orgs = {o.key: o for o in (org() for _ in range(rng.randint(2, 4)))}
    keys = list(orgs)
    government = Organization(f"government of {rng.choice(PLACES)[1].lower()}", f"Government of {rng.choice(PLACES)[1]}", "government")
    orgs[government.key] = government
    city, region = rng.choice(PLACES)[:2]
    places = (Place(city.lower(), city, evidence("ner")), Place(region.lower(), region, evidence("ner")))
    person_name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    people = (Person(person_name.lower(), person_name, evidence("kg_relations.person")),)
    roles = (Role(person_name.lower(), rng.choice(TITLES), keys[0], evidence("kg_relations.role"), 0.8),)
    plants = tuple(Plant(f"plant-{i}", f"{orgs[keys[0]].name}'s {city} {kind}", kind, rng.choice(STATUSES), keys[0], city.lower(),
                         rng.choice([None, 1, 2, 3]), evidence("kg_facilities"), 0.7)
                   for i, kind in enumerate(rng.sample(PLANTS, rng.randint(1, 2))))
    when = FactDate("on Monday", "day", published, published) if rng.random() < 0.5 else FactDate("by 2028", "year", date(2028, 1, 1), date(2028, 12, 31))
    investments = tuple(Investment(Decimal(rng.randint(1, 900)) * Decimal(10) ** rng.randint(6, 9), rng.choice(CURRENCIES), "an amount",
                                   rng.choice(STATUSES), investor, rng.choice([None, plants[0].key]), None, when,
                                   evidence("kg_relations.investment"), 0.7)
                        for investor in (keys[0], government.key)[: rng.randint(1, 2)])
    partnerships = ()
    if len(keys) > 1 and rng.random() < 0.7:
        partnerships = (Partnership(tuple(sorted(keys[:2])), rng.choice(PARTNER_STATUSES), rng.choice(PRODUCTS), rng.choice([None, 2015, 2019]),
                                    when, evidence("kg_relations.partnership"), 0.7),)
    products = (Product(rng.choice(PRODUCTS), rng.choice(PRODUCTS).title(), keys[0], evidence("kg_products")),) if rng.random() < 0.4 else ()
    return Extraction(document, tuple(orgs.values()), people, places, roles, plants, investments, partnerships, products, "synthetic 1.0")


def documents(target: int, seed: int = 0) -> Iterator[tuple]:
    """(graph IRI, quads) per synthetic article until ``target`` quads, for :meth:`kg.store.GraphStore.replace_documents`."""
    rng = random.Random(seed)
    organizations = max(50, target // 400)
    produced, number = 0, 0
    while produced < target:
        item = extraction(rng, number, organizations)
        batch = extraction_quads(item)
        produced += len(batch)
        number += 1
        yield document_iri(item.document.id), batch


def write_nquads(path: str | Path, target: int, seed: int = 0) -> int:
    """Write a synthetic graph of about ``target`` quads as N-Quads; returns the number written."""
    from oxrdflib._converter import to_ox

    count = 0
    with open(path, "w", encoding="utf-8") as output:
        for _, batch in documents(target, seed):
            for quad in batch:
                ox = to_ox(quad)
                output.write(f"{ox.subject} {ox.predicate} {ox.object} {ox.graph_name} .\n")
            count += len(batch)
    return count
