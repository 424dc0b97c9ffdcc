"""The ontology is the source of truth: every term the code can emit is declared, labelled and explained."""

from __future__ import annotations

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.resources import resource_dir
from kg.vocab import IKG

ONTOLOGY = rdflib.Graph().parse(resource_dir("ontology") / "industry-kg.ttl")
DECLARED = {s for s in ONTOLOGY.subjects(RDF.type, None) if ONTOLOGY.value(s, RDF.type) in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)}
BUILT_IN = {RDF.type, RDFS.label}


def test_vocab_matches_the_ontology_exactly():
    ours = {s for s in DECLARED if str(s).startswith(str(IKG._NS))}
    assert ours == {IKG[name] for name in IKG.__annotations__}


def test_every_declared_term_has_label_and_comment():
    for term in DECLARED:
        assert ONTOLOGY.value(term, RDFS.label) is not None, term
        assert ONTOLOGY.value(term, RDFS.comment) is not None, term


def test_misspelt_term_fails():
    import pytest

    with pytest.raises(AttributeError):
        IKG.Investmnet  # noqa: B018


def test_every_emitted_term_is_declared(seed_graph, memory_graph):
    from conftest import DATA

    memory_graph.ingest([DATA / "hostile.md"])
    for graph in (seed_graph, memory_graph):
        merged = graph.store.graph()
        predicates = set(merged.predicates())
        classes = set(merged.objects(None, RDF.type))
        undeclared = (predicates | classes) - DECLARED - BUILT_IN
        assert not undeclared, undeclared
