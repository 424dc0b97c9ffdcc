"""The array lemmatizer: spaCy's rule lemmas, token for token."""

from __future__ import annotations

import pickle

import pytest

from kg.array_lemmatizer import ArrayLemmatizer, use_array_lemmatizer
from test_attribute_index import texts


@pytest.fixture(scope="module")
def model():
    import spacy

    from kg.pipeline import resolve_model

    return spacy.load(resolve_model())  # the model alone, with spaCy's lemmatizer


def test_lemmas_are_spacys(model):
    """Every token of the corpus sample, the hostile text and the edge cases (empty, only spaces) gets the same lemma."""
    with model.select_pipes(disable=["lemmatizer"]):
        docs = list(model.pipe(texts()))
    spacys = model.get_pipe("lemmatizer")
    ours = pickle.loads(pickle.dumps(spacys))
    ours.__class__ = ArrayLemmatizer
    assert sum(len(doc) for doc in docs) > 5000
    for doc in docs:
        expected, got = spacys(doc.copy()), ours(doc.copy())
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected], doc.text[:60]
        assert got.to_bytes() == expected.to_bytes()


def test_the_pipeline_uses_it_and_keeps_it_when_pickled(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    copy = pickle.loads(pickle.dumps(nlp))
    assert isinstance(copy.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert [t.lemma_ for t in copy("The carmakers were building two plants.")] == ["the", "carmaker", "be", "build", "two", "plant", "."]


def test_other_lemmatizers_are_left_alone():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert use_array_lemmatizer(nlp) is False and type(nlp.get_pipe("lemmatizer")) is not ArrayLemmatizer
    assert use_array_lemmatizer(spacy.blank("en")) is False, "no lemmatizer: nothing to do"
