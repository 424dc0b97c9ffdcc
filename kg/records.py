"""Plain records passed between stages: ingest -> extract -> mapping.

They are the project's internal contract: extraction fills them from spaCy Docs without knowing
RDF, and mapping turns them into triples without knowing spaCy. Entities refer to each other by
*key* (a normalised name, see :func:`kg.normalize.entity_key`), never by object identity, so records
stay hashable and comparable in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class FactDate:
    """When a fact happened, as precisely as the article says: 'on Friday' is a day, 'last week' a week,
    'earlier this year' or 'by 2028' a year. ``start``/``end`` bound the period; what cannot be placed
    keeps only its text (precision ``unresolved``)."""

    text: str
    precision: str = "unresolved"  # day | week | month | quarter | year | unresolved
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Document:
    """One article as read from disk or given by a caller, before any NLP."""

    id: str  # stable: from the URL when there is one, else from a hash of the text
    text: str
    origin: str  # where it came from, e.g. "corpus/a.md" or "feed.jsonl:12", for messages
    url: str | None = None
    title: str | None = None
    published: date | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence that supports a fact, with character offsets into ``Document.text``."""

    sentence: str
    start: int
    end: int
    extractor: str  # the component (and rule) that produced the fact


@dataclass(frozen=True)
class Organization:
    key: str
    name: str
    kind: str  # company | government | other
    aliases: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Role:
    person: str  # Person.key
    title: str
    org: str | None  # Organization.key
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.8


@dataclass(frozen=True)
class Plant:
    key: str  # unique within the document
    label: str
    kind: str  # plant | factory | gigafactory | fab | ...
    status: str  # operating | under construction | planned | proposed | announced | cancelled
    operator: str | None = None  # Organization.key
    location: str | None = None  # Place.key
    ordinal: int | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Investment:
    amount: Decimal
    currency: str  # ISO 4217
    amount_text: str
    status: str
    investor: str | None = None  # Organization.key
    target: str | None = None  # Plant.key
    purpose: str | None = None  # what the money is for, as written
    when: FactDate | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Partnership:
    partners: tuple[str, ...]  # Organization.key, sorted, two or more
    status: str  # announced | agreed | in talks | proposed | active | cancelled
    about: str | None = None
    since: int | None = None  # year the relationship started
    when: FactDate | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Product:
    key: str
    name: str
    maker: str | None = None  # Organization.key
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    roles: tuple[Role, ...] = ()
    plants: tuple[Plant, ...] = ()
    investments: tuple[Investment, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    products: tuple[Product, ...] = ()
    model: str = field(default="", compare=False)  # name and version of the spaCy model used
