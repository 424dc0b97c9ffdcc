"""Extract: articles over spaCy's max_length are read in chunks, with evidence offsets into the full text."""

from __future__ import annotations

import pytest

from kg.extract import extract_documents, split_text
from kg.ingest import make_document

PARAGRAPH = ("Nissan will invest £{n}bn in its Sunderland plant, the carmaker said on Monday. "
             "Toyota Motor Corp. will build a battery factory in North Carolina.")


@pytest.fixture
def small_max_length(nlp):
    original = nlp.max_length
    nlp.max_length = 400
    yield nlp
    nlp.max_length = original


def test_split_text_covers_the_text_and_cuts_at_boundaries():
    text = "One sentence here. Another one follows.\n\nA second paragraph. With two sentences.\n\n" * 20
    spans = split_text(text, 100)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= 100 for a, b in spans)
    assert all(text[a:b].endswith("\n\n") for a, b in spans[:-1]), "cuts fall at paragraph breaks"
    prose = "word " * 100
    assert all(prose[a:b].endswith(" ") for a, b in split_text(prose, 37)[:-1]), "else at whitespace"
    assert split_text("x" * 10, 4) == [(0, 4), (4, 8), (8, 10)], "one endless word is cut anyway"


def test_article_over_max_length_is_chunked_not_truncated(small_max_length):
    nlp = small_max_length
    text = "\n\n".join(PARAGRAPH.format(n=n) for n in range(1, 12))
    assert len(text) > 3 * nlp.max_length
    document = make_document(text, origin="long.txt", published="2024-03-04")
    [extraction] = list(extract_documents(nlp, [document]))
    assert extraction.document is document
    amounts = sorted(int(i.amount) for i in extraction.investments)
    assert amounts == [n * 1_000_000_000 for n in range(1, 12)], "facts from every chunk, none lost at the end"
    records = [*extraction.organizations, *extraction.people, *extraction.places, *extraction.roles, *extraction.plants,
               *extraction.investments, *extraction.partnerships, *extraction.products]
    evidence = [e for r in records for e in r.evidence]
    assert any(e.start > 3 * nlp.max_length for e in evidence)
    for item in evidence:
        assert text[item.start : item.end].strip() == item.sentence, "offsets point into the full text"
    assert len({o.key for o in extraction.organizations}) == len(extraction.organizations), "one Nissan, not one per chunk"
    plant_keys = [p.key for p in extraction.plants]
    assert len(set(plant_keys)) == len(plant_keys)
    assert all(i.target in plant_keys for i in extraction.investments if i.target)


def test_short_and_long_documents_keep_their_order(small_max_length):
    nlp = small_max_length
    docs = [make_document(t, origin=str(i)) for i, t in enumerate(["Short one.", "\n\n".join([PARAGRAPH.format(n=1)] * 4), "Short two."])]
    assert [e.document.origin for e in extract_documents(nlp, iter(docs))] == ["0", "1", "2"]


def test_long_article_through_the_api(small_max_length, memory_graph):
    text = "\n\n".join(PARAGRAPH.format(n=n) for n in range(1, 12))
    report = memory_graph.ingest_texts([{"text": text, "url": "https://x.example/long"}])
    assert report.ok and report.ingested
    amounts = sorted(int(r["amount"]) for r in memory_graph.query("investments").records())
    assert amounts == [n * 1_000_000_000 for n in range(1, 12)]
