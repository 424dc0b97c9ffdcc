"""The indexed attribute ruler: the model's own matches, so the same POS, MORPH and LEMMA on every token."""

from __future__ import annotations

import pytest

from conftest import CORPUS, DATA
from kg.attribute_index import IndexedAttributeMatcher, index_attribute_ruler

TEXTS = [
    "Nissan will invest £2bn in its Sunderland plant, the carmaker said on Friday.",
    "I'm not gonna do that, y'all don't know nothin'. It's 5 p.m. and we ain't done.\n\n   Spaces   here.",
    "Don't! Won't? Can't; shouldn't've. She has been building it, hasn't she? They're, we've, he'd.",
    "",
    "   \n\t ",
]


@pytest.fixture(scope="module")
def model():
    import spacy

    from kg.pipeline import resolve_model

    return spacy.load(resolve_model())  # the model alone, its attribute ruler left to its Matcher


def texts() -> list[str]:
    articles = sorted((CORPUS / "articles").glob("*.md"))[:12]
    return TEXTS + [path.read_text(encoding="utf-8") for path in articles] + [(DATA / "hostile.md").read_text(encoding="utf-8")]


def test_matches_are_the_matchers(model):
    ruler = model.get_pipe("attribute_ruler")
    indexed = IndexedAttributeMatcher(ruler)
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(model.pipe(texts()))
    assert sum(len(doc) for doc in docs) > 5000
    for doc in docs:
        assert indexed(doc) == ruler.match(doc), doc.text[:60]


def test_the_pipeline_tags_every_token_as_with_the_matcher(nlp):
    """``load_pipeline`` indexes the ruler; POS, MORPH and LEMMA come out as with the model's Matcher."""
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = ruler.match
    assert isinstance(indexed, IndexedAttributeMatcher)

    def tags() -> list:
        return [[(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc] for doc in nlp.pipe(texts())]

    fast = tags()
    del ruler.match  # the AttributeRuler's own method again
    try:
        assert fast == tags()
    finally:
        ruler.match = indexed


def test_a_ruler_with_unsupported_patterns_keeps_its_matcher():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    original = ruler.match
    assert index_attribute_ruler(nlp) is False and ruler.match == original
    with pytest.raises(ValueError, match="OP"):
        IndexedAttributeMatcher(ruler)
    assert index_attribute_ruler(spacy.blank("en")) is False, "no attribute ruler: nothing to do"


def test_index_covers_the_pattern_operators():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["is", "'s"]}}, {"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "be"})
    ruler.add([[{"LOWER": {"NOT_IN": ["x"]}, "IS_SPACE": False}]], {"POS": "X"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"LOWER": "it"}, {"LOWER": "'s"}]], {"POS": "PRON"}, index=-1)
    doc = nlp.make_doc("It's not. It isn't x  here, is n't it")
    assert IndexedAttributeMatcher(ruler)(doc) == ruler.match(doc)


def test_a_pickled_pipeline_keeps_the_index(model):
    """spaCy pickles pipelines (e.g. for spawned processes); the index is rebuilt from the unpickled ruler."""
    import pickle

    index_attribute_ruler(model)
    try:
        copy = pickle.loads(pickle.dumps(model))
        ruler = copy.get_pipe("attribute_ruler")
        assert isinstance(ruler.match, IndexedAttributeMatcher)
        doc = copy(TEXTS[2])
        assert ruler.match(doc) == type(ruler).match(ruler, doc)
    finally:
        del model.get_pipe("attribute_ruler").match
