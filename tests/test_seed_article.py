"""The facts of the real seed article (AESC, Nissan, Sunderland), read through the named queries."""

from __future__ import annotations

from decimal import Decimal


def rows(graph, name):
    return graph.query(name).records()


def test_organizations_are_companies(seed_graph):
    found = {(r["name"], r["kind"]) for r in rows(seed_graph, "organizations")}
    assert ("Nissan", "company") in found
    assert ("AESC", "company") in found
    assert not {name for name, _ in found} & {"Japanese", "UK", "Japan", "Qashqai", "Juke"}


def test_people_with_roles_and_organisations(seed_graph):
    people = {(r["name"], r["role"], r["orgName"]) for r in rows(seed_graph, "people")}
    assert ("Lei Zhang", "chairman", "AESC") in people
    assert ("Alan Johnson", "senior vice president for manufacturing", "Nissan") in people


def test_investments_in_pounds(seed_graph):
    found = {(r["investorName"], r["amount"], r["currency"]) for r in rows(seed_graph, "investments")}
    assert ("Nissan", Decimal("2000000000"), "GBP") in found
    assert ("Nissan", Decimal("1100000000"), "GBP") in found
    assert any(amount == Decimal("450000000") and currency == "GBP" for _, amount, currency in found)
    assert not any(amount == Decimal("1250000") for _, amount, _ in found), "the 'Read more' line is not a fact"


def test_450m_is_the_aesc_plant_under_construction(seed_graph):
    investment = next(r for r in rows(seed_graph, "investments") if r["amount"] == Decimal("450000000"))
    assert investment["investorName"] == "AESC"
    plants = {r["plant"]: r for r in rows(seed_graph, "plants")}
    assert plants[investment["target"]]["status"] == "under construction"


def test_partnerships_supply_since_2013_and_third_gigafactory_in_talks(seed_graph):
    by_fact: dict[str, dict] = {}
    for r in rows(seed_graph, "partnerships"):
        fact = by_fact.setdefault(r["partnership"], {"partners": set(), "status": r["status"], "since": r["since"], "about": r["about"]})
        fact["partners"].add(r["partnerName"])
    assert all(f["partners"] == {"AESC", "Nissan"} for f in by_fact.values())
    statuses = {f["status"] for f in by_fact.values()}
    assert "in talks" in statuses and not statuses & {"agreed"}
    assert any(str(f["since"]) == "2013" for f in by_fact.values())
    talks = next(f for f in by_fact.values() if f["status"] == "in talks")
    assert "third" in (talks["about"] or "")


def test_plants_sunderland_operating_construction_proposed(seed_graph):
    plants = rows(seed_graph, "plants")
    summary = {(r["operatorName"], r["kind"], r["ordinal"], r["status"]) for r in plants}
    assert ("Nissan", "plant", None, "operating") in summary
    assert ("AESC", "gigafactory", 1, "operating") in summary
    assert ("AESC", "gigafactory", 2, "under construction") in summary
    third = [r for r in plants if r["ordinal"] == 3]
    assert len(third) == 1 and third[0]["status"] == "proposed" and third[0]["locationName"] == "Sunderland"
    nissan_plant = next(r for r in plants if r["operatorName"] == "Nissan")
    assert nissan_plant["locationName"] == "Sunderland"


def test_products_made_by_nissan(seed_graph):
    products = {(r["name"], r["makerName"]) for r in rows(seed_graph, "products")}
    assert {("Qashqai", "Nissan"), ("Juke", "Nissan"), ("Leaf", "Nissan")} <= products


def test_every_fact_has_its_evidence_sentence(seed_graph):
    for query, column in (("plants", "plant"), ("investments", "investment"), ("partnerships", "partnership")):
        for row in rows(seed_graph, query):
            evidence = seed_graph.query("evidence", {"fact": row[column]}).records()
            assert evidence, f"{row[column]} has no evidence"
            for item in evidence:
                assert item["start"] < item["end"] and item["sentence"]
