"""Token scans: the tokens a loop over every token would keep, in the same order."""

from __future__ import annotations

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS

from conftest import CORPUS
from kg.components.scan import tokens_where, tokens_with

TEXT = "The Government said it would. Its government, the govt and IT firms: it, It, ITS.\n\nIt's done."


def test_tokens_with_keeps_the_tokens_a_loop_keeps(nlp):
    doc = nlp(TEXT)
    assert [t.i for t in tokens_with(doc, LOWER, ("it", "its"))] == [t.i for t in doc if t.lower_ in ("it", "its")]
    assert [t.i for t in tokens_with(doc, ORTH, {"It": 1, "ITS": 2})] == [t.i for t in doc if t.text in ("It", "ITS")]
    assert tokens_with(doc, LOWER, ()) == [] and tokens_with(nlp(""), LOWER, ("it",)) == []


def test_tokens_where_asks_about_each_string(nlp):
    doc = nlp(TEXT)
    kept = tokens_where(doc, LEMMA, lambda lemma: lemma.lower() == "government")
    assert [t.i for t in kept] == [t.i for t in doc if t.lemma_.lower() == "government"] and len(kept) == 2
    assert tokens_where(nlp(""), LEMMA, bool) == []


def test_parts_of_speech_and_dependencies_are_found_by_name(nlp):
    """POS ids are spaCy's symbols and dependency labels are symbols or hashes: both are found by their names."""
    doc = nlp("Nissan and Hanbit On signed a deal with Kestrel in Sunderland, its carmaker said (EV).")
    assert [t.i for t in tokens_with(doc, POS, ("PROPN",))] == [t.i for t in doc if t.pos_ == "PROPN"]
    for label in ("pobj", "nsubj", "npadvmod", "appos"):
        assert [t.i for t in tokens_with(doc, DEP, (label,))] == [t.i for t in doc if t.dep_ == label]


def test_facility_words_are_every_token_a_facility_mention_can_start_from(nlp):
    """kg_facilities reads mentions from its kind words only: on corpus articles that finds what every token did."""
    from kg.components.attributes import document_text

    finder = nlp.get_pipe("kg_facilities")
    articles = sorted((CORPUS / "articles").glob("*.md"))[::6]
    found = 0
    for doc in nlp.pipe(path.read_text(encoding="utf-8") for path in articles):
        text = document_text(doc)
        everywhere = [m for token in doc if (m := finder._mention(doc, token, text)) is not None]
        assert everywhere == [m for token in finder._kind_words(doc) if (m := finder._mention(doc, token, text)) is not None]
        found += len(everywhere)
    assert found > 20
