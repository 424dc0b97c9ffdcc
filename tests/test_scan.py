"""Token scans: the tokens a loop over every token would keep, in the same order."""

from __future__ import annotations

import copy
import sys
from collections import Counter

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


def _docs_up_to(nlp, component: str, step: int = 4):
    """Every ``step``-th corpus article, run through the pipeline up to and including ``component``."""
    for path in sorted((CORPUS / "articles").glob("*.md"))[::step]:
        doc = nlp.make_doc(path.read_text(encoding="utf-8"))
        for name, process in nlp.pipeline:
            doc = process(doc)
            if name == component:
                break
        yield doc


def _widened(module, rules: set[str], visited: Counter):
    """``tokens_with`` as ``module`` uses it, except that the scans of the functions named ``rules`` visit every token of
    the Doc or sentence, as their loops did before they were narrowed (a scan is told by its caller, not by its words,
    so that a narrower word list is caught too)."""
    narrowed = module.tokens_with

    def tokens_with(tokens, attr, values):
        rule = sys._getframe(1).f_code.co_name
        if rule in rules:
            visited[rule] += len(tokens)
            return list(tokens)
        return narrowed(tokens, attr, values)

    return tokens_with


def test_org_descriptions_start_only_from_the_nouns_they_scan(nlp, monkeypatch):
    """kg_orgs reads 'the company', 'the board', 'the province' only from its descriptor, institution and place nouns;
    its rules check every word they use themselves, so visiting every token instead finds the same organisations on
    corpus articles. (Its other scans, for 'government', 'it'/'its' and acronyms, are their loops' own filters:
    ``test_tokens_with_keeps_the_tokens_a_loop_keeps``.)"""
    from kg.components import organizations
    from kg.components.attributes import ORGS

    finder = nlp.get_pipe("kg_orgs")
    visited: Counter = Counter()
    widened = _widened(organizations, {"_descriptions"}, visited)
    found = 0
    for doc in _docs_up_to(nlp, "kg_orgs"):
        narrowed = list(doc._.get(ORGS))
        with monkeypatch.context() as patch:
            patch.setattr(organizations, "tokens_with", widened)
            finder(doc)
        assert list(doc._.get(ORGS)) == narrowed
        found += sum(m.via == "description" for m in narrowed)
    assert visited["_descriptions"] > 10_000 and found > 20


def test_relation_rules_start_only_from_the_words_they_scan(nlp, monkeypatch):
    """kg_relations reads supply and purchase relations only from trade verbs, and stakes only from prepositions; those
    rules check every word they use themselves, so visiting every token of each sentence instead finds the same facts
    on corpus articles. (Its other scans are their loops' own filters: ``test_tokens_with_keeps_the_tokens_a_loop_keeps``.)"""
    from kg.components import relations
    from kg.components.attributes import FACTS

    finder = nlp.get_pipe("kg_relations")
    visited: Counter = Counter()
    widened = _widened(relations, {"_supply_relations", "_partnership_mentions"}, visited)  # trade verbs; stakes
    partnerships = 0
    for doc in _docs_up_to(nlp, "kg_relations"):
        narrowed = copy.deepcopy(doc._.get(FACTS))
        with monkeypatch.context() as patch:
            patch.setattr(relations, "tokens_with", widened)
            finder(doc)
        assert doc._.get(FACTS) == narrowed
        partnerships += len(narrowed.partnerships)
    assert visited["_supply_relations"] > 1_000 and visited["_partnership_mentions"] > 1_000 and partnerships > 10
