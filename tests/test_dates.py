"""Dates resolved against the publication date, with their precision; never against today."""

from __future__ import annotations

from datetime import date

import pytest

from kg.dates import finest, resolve_when

PUBLISHED = date(2023, 11, 24)  # a Friday


@pytest.mark.parametrize("text, precision, start, end", [
    ("on Friday", "day", date(2023, 11, 24), date(2023, 11, 24)),
    ("Tuesday", "day", date(2023, 11, 21), date(2023, 11, 21)),
    ("yesterday", "day", date(2023, 11, 23), date(2023, 11, 23)),
    ("12 October", "day", date(2023, 10, 12), date(2023, 10, 12)),
    ("2022-03-01", "day", date(2022, 3, 1), date(2022, 3, 1)),
    ("on the 15th", "day", date(2023, 11, 15), date(2023, 11, 15)),
    ("the 28th", "day", date(2023, 10, 28), date(2023, 10, 28)),
    ("15.03.2022", "day", date(2022, 3, 15), date(2022, 3, 15)),
    ("last week", "week", date(2023, 11, 13), date(2023, 11, 19)),
    ("last month", "month", date(2023, 10, 1), date(2023, 10, 31)),
    ("earlier this year", "year", date(2023, 1, 1), date(2023, 12, 31)),
    ("next year", "year", date(2024, 1, 1), date(2024, 12, 31)),
    ("by 2028", "year", date(2028, 1, 1), date(2028, 12, 31)),
    ("in March", "month", date(2023, 3, 1), date(2023, 3, 31)),
    ("February 2024", "month", date(2024, 2, 1), date(2024, 2, 29)),
    ("the second quarter of next year", "quarter", date(2024, 4, 1), date(2024, 6, 30)),
])
def test_relative_dates_resolve_with_their_precision(text, precision, start, end):
    when = resolve_when(text, PUBLISHED)
    assert (when.text, when.precision, when.start, when.end) == (text, precision, start, end)


def test_unplaceable_or_undated_is_kept_as_text():
    assert resolve_when("in the coming months", PUBLISHED).precision == "unresolved"
    assert resolve_when("the 15th anniversary", PUBLISHED).precision == "unresolved"
    assert resolve_when("31.02.2022", PUBLISHED).precision == "year"  # no such day
    undated = resolve_when("on Friday", None)
    assert (undated.text, undated.precision, undated.start) == ("on Friday", "unresolved", None)


def test_the_most_precise_date_of_a_sentence_wins():
    dates = [resolve_when("by 2028", PUBLISHED), resolve_when("on Tuesday", PUBLISHED)]
    assert finest(dates).text == "on Tuesday"
    assert finest([]) is None


def test_dates_reach_the_graph(memory_graph):
    memory_graph.ingest_texts([{"text": "Nissan said on Friday it would invest £1bn in Sunderland by 2030.", "published": "2023-11-24"}])
    rows = memory_graph.query(
        "SELECT ?d ?p ?t WHERE { ?i a <https://w3id.org/industry-kg/ontology#Investment> ; "
        "<https://w3id.org/industry-kg/ontology#date> ?d ; <https://w3id.org/industry-kg/ontology#datePrecision> ?p ; "
        "<https://w3id.org/industry-kg/ontology#dateText> ?t }").records()
    assert [(str(r["d"]), r["p"], r["t"]) for r in rows] == [("2023-11-24", "day", "Friday")]
