"""Shared fixtures: the spaCy pipeline is loaded once per session, the corpus graph built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed-article.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (it lives in the shared folder next to the checkout)")
    graph = KnowledgeGraph(store=None)
    report = graph.ingest([SEED])
    assert report.ok, report.failed
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def corpus_graph(nlp):
    graph = KnowledgeGraph(store=None)
    report = graph.ingest([CORPUS / "articles"])
    assert report.ok, report.failed
    yield graph
    graph.close()


@pytest.fixture
def memory_graph(nlp):
    graph = KnowledgeGraph(store=None)
    yield graph
    graph.close()


def extract_text(nlp, text: str):
    """Run the pipeline on one crafted text and return its Extraction."""
    from kg.extract import extraction_from_doc
    from kg.ingest import make_document

    document = make_document(text, origin="test")
    return extraction_from_doc(nlp(document.text), document)
