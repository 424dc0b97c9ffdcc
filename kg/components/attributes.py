"""Every custom Doc attribute the kg components set, and the mention types they hold, in one place.

Mentions store token offsets into their Doc; extraction (:mod:`kg.extract`) turns them into records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Doc, Span

#: Doc._.kg_clutter: list[tuple[int, int]] - character ranges of navigation, captions and credits.
CLUTTER = "kg_clutter"
#: Doc._.kg_money: list[MoneyMention]
MONEY = "kg_money"
#: Doc._.kg_products: list[ProductMention]
PRODUCTS = "kg_products"
#: Doc._.kg_orgs: list[OrgMention] - named mentions and resolved descriptions/pronouns.
ORGS = "kg_orgs"
#: Doc._.kg_facilities: list[FacilityMention]
FACILITIES = "kg_facilities"
#: Doc._.kg_facts: Facts - relations between the mentions above.
FACTS = "kg_facts"
#: Doc._.kg_text: str - the document's text, kept by :func:`document_text`.
TEXT = "kg_text"

_ALL = (CLUTTER, MONEY, PRODUCTS, ORGS, FACILITIES, FACTS, TEXT)


def register_extensions() -> None:
    """Declare the Doc extensions once; called by each component factory, never at import time."""
    for name in _ALL:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


#: The Doc whose text was read last, and that text: a component asks for one Doc's text many times in a row,
#: and ``doc._`` builds an accessor object on every read (one tuple, replaced whole, so threads never see a mix).
_last_text: tuple[Doc | None, str] = (None, "")


def document_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again on each access, and the
    components read it several times per document. Retokenising never changes a Doc's text, so it stays valid."""
    global _last_text
    last_doc, text = _last_text
    if last_doc is not doc:
        text = doc._.get(TEXT)
        if text is None:
            text = doc.text
            doc._.set(TEXT, text)
        _last_text = (doc, text)
    return text


def span_text(span: Span) -> str:
    """``span.text`` (its tokens' text without the last one's trailing space), cut from :func:`document_text`."""
    return document_text(span.doc)[span.start_char : span.end_char]


@dataclass(frozen=True)
class MoneyMention:
    start: int  # token offsets [start, end)
    end: int
    amount: Decimal
    currency: str
    text: str
    restates: int | None = None  # index of the mention this one restates in another currency


@dataclass(frozen=True)
class ProductMention:
    start: int
    end: int
    name: str
    head: int  # the noun the name modifies ("models") or the name itself


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    key: str
    name: str
    kind: str
    via: str = "ner"  # ner | alias | handle | government | description | pronoun


@dataclass(frozen=True)
class FacilityMention:
    start: int
    end: int
    head: int
    kind: str
    ordinal: int | None
    descriptors: frozenset[str] = frozenset()
    plant: int = -1  # index into Facts.plants of the plant this mention refers to


@dataclass
class Facts:
    """Relations found in a Doc, as plain dictionaries of token offsets and keys."""

    plants: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    investments: list[dict] = field(default_factory=list)
    partnerships: list[dict] = field(default_factory=list)
    products: list[dict] = field(default_factory=list)
