"""Reasoning: RDFS (or OWL 2 RL) inferences over the article graphs, materialised into one named graph.

The ontology aligns every class and property to schema.org, the W3C ORG ontology and PROV-O
(``ikg:Organization rdfs:subClassOf schema:Organization, org:Organization``), but a SPARQL query
only sees what is stored: ``?x a schema:Organization`` finds nothing until the subclass axioms are
applied. :func:`infer` applies them with owlrl and keeps only what is new about the graph's own
nodes; :meth:`kg.KnowledgeGraph.reason` stores that in :data:`INFERRED_GRAPH`, recomputed from
scratch each time, so the article graphs stay exactly what the articles say and removing an
article never leaves an inference behind (ingest and remove drop the inferred graph).

Nothing is fetched: the ontology is the bundled file, owlrl's closure does not follow
``owl:imports``, and the ontology has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import KgError
from kg.resources import resource_dir
from kg.vocab import IKG, RESOURCE_BASE

INFERRED_GRAPH = URIRef(f"{RESOURCE_BASE}graph/inferred")
PROFILES = ("rdfs", "owl-rl")
# A literal matters to RDFS only through a super-property (ikg:title -> schema:headline); owlrl compares
# every pair of literals, so the others (statuses, amounts, offsets...) and the evidence sentences
# (long, and prov:value adds nothing a query needs) are left out of its input.
_LEFT_OUT = (IKG.sentence,)
# Axioms every node gets under RDFS and that no query needs.
_TRIVIAL_TYPES = {RDFS.Resource, RDFS.Class, RDF.Property, OWL.Thing, RDFS.Datatype, RDFS.Literal}


@lru_cache(maxsize=1)
def ontology() -> Graph:
    """The bundled ontology (``ontology/industry-kg.ttl``), parsed once."""
    return Graph().parse(resource_dir("ontology") / "industry-kg.ttl", format="turtle")


def infer(triples: Iterable[tuple], profile: str = "rdfs") -> Graph:
    """The triples the ontology entails about the nodes of ``triples``, and only those not already there.

    Args:
        triples: the instance data (the union of the article graphs).
        profile: ``rdfs`` (subclasses, subproperties, domains and ranges) or ``owl-rl`` (slower, also
            OWL 2 RL rules: inverse and symmetric properties, equivalences...).
    Returns:
        A new Graph of inferred triples whose subject is a node of the data, without the trivial
        ``rdfs:Resource``-style types.
    Raises:
        KgError: an unknown profile.
    """
    import owlrl

    if profile not in PROFILES:
        raise KgError(f"unknown reasoning profile {profile!r}; use one of {', '.join(PROFILES)}")
    with_super = set(ontology().subjects(RDFS.subPropertyOf, None)) - set(_LEFT_OUT)
    data = Graph()
    data.addN((s, p, o, data) for s, p, o in triples if not isinstance(o, Literal) or p in with_super)
    closure = Graph()
    closure += ontology()
    closure += data
    semantics = owlrl.RDFS_Semantics if profile == "rdfs" else owlrl.OWLRL_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    nodes = set(data.subjects())
    inferred = Graph()
    for s, p, o in closure:  # s != o: OWL 2 RL states that every node is owl:sameAs itself
        if s in nodes and s != o and (s, p, o) not in data and not (p == RDF.type and o in _TRIVIAL_TYPES):
            inferred.add((s, p, o))
    return inferred


def article_triples(dataset: Dataset) -> Iterable[tuple]:
    """The triples of the article graphs, without the inferred graph: the input of :func:`infer`."""
    return ((s, p, o) for s, p, o, g in dataset.quads((None, None, None, None)) if g != INFERRED_GRAPH)
