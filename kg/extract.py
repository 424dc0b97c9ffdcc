"""Extract: spaCy Docs -> :class:`~kg.records.Extraction` records with their evidence.

This module reads the annotations the kg components leave on a Doc and nothing else; it knows
nothing about RDF.

An article longer than the pipeline's ``max_length`` is neither refused nor truncated: it is read in
chunks cut at paragraph (else sentence, else word) boundaries, and the chunks' records are merged
with their evidence offsets moved back into the full text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.components.attributes import FACTS, ORGS, Facts, OrgMention, document_text, span_text
from kg.components.clutter import dateline, in_clutter
from kg.components.organizations import in_a_heading, verb_of
from kg.components.relations import STAKE_NOUNS, about_lending, business_moved_to, funds
from kg.components.transcripts import asked_not_said
from kg.normalize import clean_name, entity_key, has_legal_form
from kg.pipeline import model_version
from kg.records import (
    Document, Evidence, Extraction, FactDate, Investment, Organization, Partnership, Person, Place, Plant, Product, Role,
)
from kg.dates import finest, resolve_when

ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def extract_documents(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Extraction]:
    """Run the pipeline over documents in batches and yield one Extraction per document, in order.

    Documents longer than ``nlp.max_length`` are read in chunks (see :func:`split_text`).
    """
    version = model_version(nlp)
    for too_long, group in itertools.groupby(documents, key=lambda d: len(d.text) > nlp.max_length):
        if too_long:
            for document in group:
                yield extract_long_document(nlp, document, version)
            continue
        pairs = ((document.text, document) for document in group)
        for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield extraction_from_doc(doc, document, version)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` spans of at most ``limit`` characters that together cover it.

    Each cut falls at the last paragraph break in the window, else the last sentence end, else the
    last whitespace, and only as a last resort (one "word" longer than half the limit) mid-word.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2 characters")
    spans = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n\n") + 2
        if cut < limit // 2:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
            cut = ends[-1] if ends else 0
        if cut < limit // 2:
            cut = max(window.rfind(" "), window.rfind("\n")) + 1
        if cut < limit // 2:
            cut = limit
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def extract_long_document(nlp: Language, document: Document, model: str = "") -> Extraction:
    """Extract an article over ``nlp.max_length`` chunk by chunk and merge the records."""
    parts = []
    for start, end in split_text(document.text, nlp.max_length):
        chunk = document.text[start:end]
        if not chunk.strip():
            continue
        parts.append((start, extraction_from_doc(nlp(chunk), replace(document, text=chunk), model)))
    return merge_extractions(document, parts, model)


def merge_extractions(document: Document, parts: list[tuple[int, Extraction]], model: str = "") -> Extraction:
    """One Extraction from the chunks' ones: evidence offsets shifted by each chunk's start, entities
    merged by key (first name wins, aliases united), plants renumbered and investments' targets with them."""
    merged: dict[str, dict] = {name: {} for name in ("organizations", "people", "places", "products")}
    facts: dict[str, list] = {name: [] for name in ("roles", "plants", "investments", "partnerships")}
    for offset, part in parts:
        shifted = {f.name: tuple(_shift(item, offset) for item in getattr(part, f.name))
                   for f in fields(Extraction) if f.name not in ("document", "model")}
        for org in shifted["organizations"]:
            known = merged["organizations"].get(org.key)
            merged["organizations"][org.key] = org if known is None else replace(
                known, aliases=tuple(sorted(set(known.aliases) | set(org.aliases) - {known.name})), evidence=known.evidence + org.evidence)
        for name in ("people", "places"):
            for item in shifted[name]:
                merged[name].setdefault(item.key, item)
        for product in shifted["products"]:
            merged["products"].setdefault((product.key, product.maker), product)
        renamed = {}
        for plant in shifted["plants"]:
            renamed[plant.key] = f"plant-{len(facts['plants'])}"
            facts["plants"].append(replace(plant, key=renamed[plant.key]))
        facts["investments"].extend(replace(i, target=renamed.get(i.target)) for i in shifted["investments"])
        facts["roles"].extend(shifted["roles"])
        facts["partnerships"].extend(shifted["partnerships"])
    return Extraction(document=document, model=model, **{k: tuple(v.values()) for k, v in merged.items()},
                      **{k: tuple(v) for k, v in facts.items()})


def _shift(item, offset: int):
    if not offset:
        return item
    return replace(item, evidence=tuple(replace(e, start=e.start + offset, end=e.end + offset) for e in item.evidence))


def extraction_from_doc(doc: Doc, document: Document, model: str = "") -> Extraction:
    facts: Facts = doc._.get(FACTS) or Facts()
    orgs: list[OrgMention] = doc._.get(ORGS) or []
    organizations = _salient(doc, _organizations(doc, orgs), orgs, facts)
    known_orgs = {o.key for o in organizations}
    places = _places(doc, facts)
    org_names = {o.key: o.name for o in organizations}
    place_names = {p.key: p.name for p in places}
    plants = tuple(_plant(doc, i, plant, org_names, place_names) for i, plant in enumerate(facts.plants))
    return Extraction(
        document=document,
        organizations=organizations,
        people=tuple(Person(entity_key(p["name"]), p["name"], (evidence(doc, p["spans"][0], "kg_relations.person"),))
                     for p in facts.people if _takes_part(p, facts)),
        places=places,
        roles=tuple(
            Role(entity_key(r["person"]), r["title"], r["org"] if r["org"] in known_orgs else None,
                 (evidence(doc, r["span"], "kg_relations.role"),), r["confidence"])
            for r in facts.roles
        ),
        plants=plants,
        investments=tuple(_investment(doc, i, plants, document.published) for i in facts.investments),
        partnerships=tuple(
            Partnership(p["partners"], p["status"], p["about"], p["since"], sentence_date(doc[p["spans"][0][0]].sent, document.published),
                        tuple(evidence(doc, s, "kg_relations.partnership") for s in p["spans"]), p["confidence"])
            for p in facts.partnerships
        ),
        products=tuple(
            Product(entity_key(p["name"]), p["name"], p["maker"] if p["maker"] in known_orgs else None,
                    (evidence(doc, p["span"], "kg_products"),))
            for p in facts.products
        ),
        model=model,
    )


def evidence(doc: Doc, span: tuple[int, int], extractor: str) -> Evidence:
    """The sentence around a token span, with its character offsets in the document."""
    sentence = doc[span[0]].sent
    return Evidence(span_text(sentence).strip(), sentence.start_char, sentence.end_char, extractor)


def _organizations(doc: Doc, mentions: list[OrgMention]) -> tuple[Organization, ...]:
    grouped: dict[str, list[OrgMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.key, []).append(mention)
    result = []
    for key, group in grouped.items():
        named = [m for m in group if m.via not in ("pronoun", "description")]
        if not named:
            continue
        canonical = group[0]
        aliases = sorted({clean_name(doc[m.start : m.end].text) for m in named} - {canonical.name})
        result.append(Organization(key, canonical.name, canonical.kind, tuple(aliases),
                                   (evidence(doc, (named[0].start, named[0].end), f"kg_orgs.{named[0].via}"),)))
    return tuple(result)


def _salient(doc: Doc, organizations: tuple[Organization, ...], mentions: list[OrgMention], facts: Facts) -> tuple[Organization, ...]:
    """Organisations that play a part in the story: a company named once, in no fact and doing nothing in its
    sentence ('rivals such as Y', 'analysts at X') is background, not news, and stays out of the graph; one named
    once as the one who acts ('to be supplied by X', 'X is building a unit at Dahej') stays, and so does one the story
    names with its legal form ('Kresbud S.A.'), which a writer spells out for a company that matters. Government
    bodies always stay."""
    involved = {i["investor"] for i in facts.investments} | {p["operator"] for p in facts.plants} | {r["org"] for r in facts.roles}
    involved |= {key for p in facts.partnerships for key in p["partners"]} | {p["maker"] for p in facts.products}
    text = document_text(doc)
    involved |= {m.key for m in mentions if (_acts(doc[m.start : m.end].root) or _lends(doc, m))
                 and not asked_not_said(text, doc[m.start].idx) and not in_a_heading(doc[m.start], text)}  # not a buyer a
    # reporter asks about, nor "Bogie maker picks Chonburi", a roundup's subheading the model read a name into
    counts = Counter(m.key for m in mentions if m.via != "handle")  # tagged in a post, it is still named once
    introduced = {m.key for m in mentions if m.via == "ner" and has_legal_form(m.name) and not _named_as_an_example(doc, m)}
    return tuple(o for o in organizations if o.kind != "company" or o.key in involved | introduced or counts[o.key] > 1)


def _lends(doc: Doc, mention: OrgMention) -> bool:
    """A bank or fund named in a sentence about a loan: a lender of the story, even where the parse lost its money."""
    return about_lending(doc[mention.start].sent) and funds(mention)


def _named_as_an_example(doc: Doc, mention: OrgMention) -> bool:
    """'rivals such as Brindle Steel Ltd', 'peers like X', 'companies including X and Y'."""
    before = doc[max(0, mention.start - 2) : mention.start].text.lower()
    return before.endswith("such as") or before.split()[-1:] in (["like"], ["including"], ["and"], [","]) and any(
        t.lower_ in ("such", "like", "including") for t in doc[max(0, mention.start - 12) : mention.start])


#: Verbs of an owner choosing among contractors.
CHOOSING_VERBS = {"shortlist", "select", "choose", "prequalify", "invite"}
DEEDS = {"plan", "project", "proposal", "bid", "offer", "investment", "expansion", "decision", "deal", "acquisition",
         "takeover", "purchase", "application"}


def _acts(token: Token) -> bool:
    """The subject of its clause (or a name conjoined to it), the agent or party after 'by', 'with' or 'from', or the buyer something is sold,
    supplied or licensed to, or the contractor work is awarded to; or in apposition to one ('sold by Huayu's parent,
    Jiangnan Polymer Co.'), or a name the parser ran into the next word ('run by X K.K. Y Electronics owns')."""
    while (token.dep_ in ("compound", "appos") or token.dep_ == "conj" and (token.head.ent_type_ == "ORG" or token.head.dep_ == "pobj" and token.head.head.lower_ == "by")
           or token.dep_ == "poss" and token.head.lemma_ == "union"
           or token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ == "consortium") and token.head is not token:
        token = token.head.head if token.dep_ == "pobj" else token.head  # "A and B will build a plant": B acts with A; "The
        # OS KOVO metalworkers' union said"; "owned by pension funds and the private equity firm X"; "a consortium of A and B"
        # (past the 'of'): as the consortium does
    if token.dep_ in ("dobj", "conj") and verb_of(token).lemma_ in CHOOSING_VERBS:
        return True  # "has shortlisted Meghdoot Engineering, Trishul Infraprojects and a consortium of ...": a bidder in the news
    if token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "pobj" and token.head.lower_ in ("by", "with", "from"):
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "at") and token.head.head.dep_ == "nsubj":
        return True  # "The local branch of the Fellesforbundet union said", "Analysts at Mumbai brokerage X said"
    if token.dep_ == "poss" and token.head.lemma_ in DEEDS:
        return True  # "approved Tata Electronics' plan to build a fab"
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ in STAKE_NOUNS | {"share", "holding"}:
        return True  # "agreed to sell its 30% stake in pig-iron producer Ferro Gusa Itaúna": the company changing hands
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ in (
        "sell", "supply", "license", "ship", "deliver", "export", "award", "give", "hand", "assign") \
        or token.dep_ == "pobj" and business_moved_to(token.head.head)  # "construction was awarded to X", "moved its Iberian
    # distribution to X" (not "moved by rail to Wilhelmshaven")


def _takes_part(person: dict, facts: Facts) -> bool:
    """A person with a role, or named more than once (quoted, say); a name dropped once ('a plan backed by
    Jane Doe') is background, like a company in no fact."""
    return len(person["spans"]) > 1 or any(r["person"] == person["name"] for r in facts.roles)


def _places(doc: Doc, facts: Facts) -> tuple[Place, ...]:
    found: dict[str, Place] = {}
    wanted = {p["location"] for p in facts.plants if p["location"]}
    shouted: set[str] = set()  # keys of places first named in capitals
    opening = dateline(document_text(doc))
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or in_clutter(doc, ent.start_char):
            continue  # only places, and a facility named as a plant's location, are kept below
        name = clean_name(ent.text)
        key = entity_key(name)
        if not key or key in found and not (key in shouted and not name.isupper()):
            continue  # the first mention names the place, unless a dateline shouts it ("HOSUR - ..." and then "at Hosur")
        if ent.label_ in ("GPE", "LOC") or (ent.label_ == "FAC" and key in wanted):
            in_dateline = opening is not None and ent.end_char <= opening.end()
            found[key] = Place(key, name.title() if in_dateline and name.isupper() else name, (evidence(doc, (ent.start, ent.end), "ner"),))
            shouted.discard(key)  # "ORKANGER, Norway - ...": in words, even where the model never tags the town again
            if name.isupper():
                shouted.add(key)
    for key in wanted - set(found):
        found[key] = Place(key, key.title())
    return tuple(found.values())


def _plant(doc: Doc, index: int, plant: dict, org_names: dict[str, str], place_names: dict[str, str]) -> Plant:
    operator = plant["operator"] if plant["operator"] in org_names else None
    parts = []
    if operator:
        parts.append(f"{org_names[operator]}'s")
    if plant["ordinal"]:
        parts.append(ORDINAL_WORDS.get(plant["ordinal"], f"#{plant['ordinal']}"))
    if plant["location"]:
        parts.append(place_names.get(plant["location"], plant["location"].title()))
    parts.append(plant["kind"])
    return Plant(
        key=f"plant-{index}",
        label=" ".join(parts),
        kind=plant["kind"],
        status=plant["status"],
        operator=operator,
        location=plant["location"],
        ordinal=plant["ordinal"],
        evidence=tuple(_unique(evidence(doc, span, "kg_facilities") for span in plant["mentions"])),
        confidence=plant["confidence"],
    )


def _investment(doc: Doc, item: dict, plants: tuple[Plant, ...], published: date | None) -> Investment:
    target = plants[item["target"]].key if item["target"] is not None and item["target"] < len(plants) else None
    sentence = doc[item["span"][0]].sent
    return Investment(
        amount=item["amount"],
        currency=item["currency"],
        amount_text=item["text"],
        status=item["status"],
        investor=item["investor"],
        target=target,
        purpose=item["purpose"],
        when=sentence_date(sentence, published),
        evidence=(evidence(doc, item["span"], "kg_relations.investment"),),
        confidence=item["confidence"],
    )


def sentence_date(sentence: Span, published: date | None) -> FactDate | None:
    """The most precise date the sentence names, resolved against the publication date (never today)."""
    return finest([resolve_when(ent.text, published) for ent in sentence.ents if ent.label_ == "DATE"])


def _unique(items: Iterable[Evidence]) -> list[Evidence]:
    seen: dict[tuple[int, int], Evidence] = {}
    for item in items:
        seen.setdefault((item.start, item.end), item)
    return list(seen.values())
