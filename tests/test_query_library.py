"""The query library: every ``queries/*.rq`` paired with its expected result on the crafted graph.

The crafted graph (``conftest.crafted_extractions``) is three articles written as records and
mapped to RDF exactly as the pipeline would, so each expected row below can be checked by reading
that function: d1 (Nissan, AESC, the UK Government in Sunderland), d2 (Toyota, Panasonic, METI and
talks with Nissan), d3 (no URL, no date: Renault's cancelled venture and alliance).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from conftest import CORPUS
from kg.cli import main
from kg.mapping import document_iri
from kg.query import named_queries
from kg.vocab import RESOURCE_BASE

ORG = f"{RESOURCE_BASE}org/"
PLACE = f"{RESOURCE_BASE}place/"
D1 = "https://news.example.org/nissan-sunderland"
D2 = "https://wire.example.com/toyota-talks"
D3 = str(document_iri("d3"))
IKG = "https://w3id.org/industry-kg/ontology#"
CORPUS_ARTICLES = CORPUS / "articles"


def rows(graph, name: str, columns: str, params: dict | None = None) -> list[tuple]:
    """The named query's rows, reduced to ``columns`` (space-separated) as plain Python values."""
    names = columns.split()
    return [tuple(record[c] for c in names) for record in graph.query(name, params).records()]


TESTED: set[str] = set()


def expects(name: str):
    """Mark a test as the expected-result test of the named query ``name``."""
    TESTED.add(name)
    return lambda test: test


def test_every_named_query_has_an_expected_result_test():
    assert set(named_queries()) == TESTED, set(named_queries()) ^ TESTED


def test_there_are_at_least_fifteen_queries_beyond_the_contract():
    contract = {"organizations", "people", "plants", "investments", "partnerships", "products",
                "evidence", "investments-by-organization", "organization-by-name"}
    assert len(set(named_queries()) - contract) >= 15


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_header_columns_and_parameters_match_the_query(crafted_graph, name):
    """The header is the documentation `kg queries` prints: it must say what the query returns."""
    query = named_queries()[name]
    declared = query.columns.replace("?", "").split()
    result = crafted_graph.query(name)
    assert result.columns == declared
    for param in query.params:  # Oxigraph substitutes only variables the SELECT projects
        assert param in declared, f"{name}: parameter {param} is not a column"


def test_kg_queries_lists_every_query_with_its_question(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    for name, query in named_queries().items():
        assert f"{name}\n    {query.question}\n" in out
    assert "parameters: start (date), end (date)" in out


# ---------------------------------------------------------------- the contract queries
@expects("organizations")
def test_organizations(crafted_graph):
    found = rows(crafted_graph, "organizations", "name kind source")
    assert ("Nissan", "company", D1) in found and ("Nissan", "company", D3) in found
    assert ("UK Government", "government", D1) in found and len(found) == 10


@expects("people")
def test_people(crafted_graph):
    assert rows(crafted_graph, "people", "name role orgName") == [
        ("Alan Johnson", "senior vice president for manufacturing", "Nissan"),
        ("Koji Sato", "president and chief executive", "Toyota"),
        ("Makoto Uchida", "chief executive officer", "Nissan")]


@expects("plants")
def test_plants(crafted_graph):
    assert rows(crafted_graph, "plants", "operatorName ordinal label status") == [
        ("AESC", 2, "AESC gigafactory", "under construction"),
        ("Nissan", None, "Nissan Sunderland plant", "operating"),
        ("Toyota", 1, "Toyota Kentucky plant", "operating"),
        ("Toyota", 3, "third plant", "proposed")]


@expects("investments")
def test_investments(crafted_graph):
    found = rows(crafted_graph, "investments", "investorName amount currency status date")
    assert found[0] == ("Ministry of Economy, Trade and Industry", Decimal("50000000000"), "JPY", "announced", None)
    assert ("Nissan", Decimal("2000000000"), "GBP", "announced", date(2024, 5, 10)) in found and len(found) == 6


@expects("partnerships")
def test_partnerships(crafted_graph):
    found = [(name, status, since and str(since), source) for name, status, since, source
             in rows(crafted_graph, "partnerships", "partnerName status since source")]
    assert ("AESC", "active", "2012", D1) in found and ("Renault", "cancelled", None, D3) in found
    assert len(found) == 8, "one row per partner"


@expects("products")
def test_products(crafted_graph):
    assert rows(crafted_graph, "products", "makerName name") == [("Nissan", "Leaf"), ("Nissan", "Qashqai"), ("Toyota", "bZ4X")]


@expects("evidence")
def test_evidence(crafted_graph):
    fact = next(r["investment"] for r in crafted_graph.query("investments").records() if r["currency"] == "EUR")
    assert rows(crafted_graph, "evidence", "sentence start end status source", {"fact": fact}) == [
        ("Renault scrapped its €1bn battery venture.", 0, 42, "cancelled", D3)]


@expects("investments-by-organization")
def test_investments_by_organization(crafted_graph):
    assert rows(crafted_graph, "investments-by-organization", "amount currency targetLabel", {"org": ORG + "toyota"}) == [
        (Decimal("1500000000000"), "JPY", "third plant"), (Decimal("500000000"), "USD", "Toyota Kentucky plant")]


@expects("organization-by-name")
def test_organization_by_name(crafted_graph):
    assert rows(crafted_graph, "organization-by-name", "org kind articles", {"name": "METI"}) == [
        (ORG + "ministry-of-economy-trade-and-industry", "government", 1)]
    assert rows(crafted_graph, "organization-by-name", "org articles", {"name": "Nissan"}) == [(ORG + "nissan", 3)]


# ---------------------------------------------------------------- the library
@expects("largest-investments")
def test_largest_investments(crafted_graph):
    assert rows(crafted_graph, "largest-investments", "currency rank amount investorName status") == [
        ("EUR", 1, Decimal("1000000000"), "Renault", "cancelled"),
        ("GBP", 1, Decimal("2000000000"), "Nissan", "announced"),
        ("GBP", 2, Decimal("100000000"), "UK Government", "planned"),
        ("JPY", 1, Decimal("1500000000000"), "Toyota", "proposed"),
        ("JPY", 2, Decimal("50000000000"), "Ministry of Economy, Trade and Industry", "announced"),
        ("USD", 1, Decimal("500000000"), "Toyota", "announced")]


@expects("investment-totals")
def test_investment_totals_count_each_investment_once_and_skip_cancelled(crafted_graph):
    assert rows(crafted_graph, "investment-totals", "investorName currency total investments") == [
        ("Nissan", "GBP", Decimal("2000000000"), 1),  # Nissan is in three articles: its label must not triple the sum
        ("UK Government", "GBP", Decimal("100000000"), 1),
        ("Toyota", "JPY", Decimal("1500000000000"), 1),
        ("Ministry of Economy, Trade and Industry", "JPY", Decimal("50000000000"), 1),
        ("Toyota", "USD", Decimal("500000000"), 1)]  # Renault's cancelled €1bn is not a commitment
    assert rows(crafted_graph, "investment-totals", "currency total", {"investor": ORG + "toyota"}) == [
        ("JPY", Decimal("1500000000000")), ("USD", Decimal("500000000"))]


@expects("government-investments")
def test_government_investments(crafted_graph):
    assert rows(crafted_graph, "government-investments", "investorName amount currency targetLabel dateText source") == [
        ("Ministry of Economy, Trade and Industry", Decimal("50000000000"), "JPY", "subsidies", "last week", D2),
        ("UK Government", Decimal("100000000"), "GBP", "battery plant", "in June", D1)]


@expects("plants-by-location")
def test_plants_by_location_and_status(crafted_graph):
    assert rows(crafted_graph, "plants-by-location", "locationName status label operatorName") == [
        ("Kentucky", "operating", "Toyota Kentucky plant", "Toyota"),
        ("North Carolina", "proposed", "third plant", "Toyota"),
        ("Sunderland", "operating", "Nissan Sunderland plant", "Nissan"),
        ("Sunderland", "under construction", "AESC gigafactory", "AESC")]
    assert rows(crafted_graph, "plants-by-location", "locationName label", {"status": "operating"}) == [
        ("Kentucky", "Toyota Kentucky plant"), ("Sunderland", "Nissan Sunderland plant")]
    assert rows(crafted_graph, "plants-by-location", "label", {"location": PLACE + "sunderland", "status": "under construction"}) == [
        ("AESC gigafactory",)]


@expects("plant-ordinals")
def test_plant_ordinals_per_operator(crafted_graph):
    assert rows(crafted_graph, "plant-ordinals", "operatorName kind ordinal locationName status") == [
        ("AESC", "gigafactory", 2, "Sunderland", "under construction"),
        ("Toyota", "plant", 1, "Kentucky", "operating"),
        ("Toyota", "plant", 3, "North Carolina", "proposed")]


@expects("partner-network")
def test_partner_network_with_degree(crafted_graph):
    assert rows(crafted_graph, "partner-network", "partnerName partnerships statuses partnerDegree", {"org": ORG + "nissan"}) == [
        ("AESC", 1, "active", 1), ("Renault", 1, "cancelled", 1), ("Toyota", 1, "in talks", 2)]


def test_partner_network_lists_statuses_in_alphabetical_order(memory_graph):
    """One pair in five articles, two partnerships (a deal in talks, cancelled, agreed, announced; an active
    relationship): the statuses of both, sorted (GROUP_CONCAT alone followed the store's order, partnership
    by partnership: 'in talks, cancelled, agreed, announced, active' here)."""
    from kg.mapping import extraction_quads
    from kg.records import Document, Evidence, Extraction, Organization, Partnership

    pair = (Organization("arvelle", "Arvelle", "company"), Organization("mizusawa", "Mizusawa", "company"))
    for number, status in enumerate(["in talks", "cancelled", "agreed", "active", "announced"]):
        sentence = f"Arvelle and Mizusawa: {status}."
        extraction = Extraction(Document(f"s{number}", sentence, f"s{number}.md"), organizations=pair,
                                partnerships=(Partnership(("arvelle", "mizusawa"), status, f"deal {number}", None, None,
                                                          (Evidence(sentence, 0, len(sentence), "kg_relations.test"),), 0.7),))
        memory_graph.store.replace_document(document_iri(f"s{number}"), extraction_quads(extraction))
    assert rows(memory_graph, "partner-network", "partnerName partnerships statuses partnerDegree", {"org": ORG + "arvelle"}) == [
        ("Mizusawa", 2, "active, agreed, announced, cancelled, in talks", 1)]


@expects("partnership-degree")
def test_partnership_degree(crafted_graph):
    assert rows(crafted_graph, "partnership-degree", "name partners partnerships") == [
        ("Nissan", 3, 3), ("Toyota", 2, 2), ("AESC", 1, 1), ("Panasonic", 1, 1), ("Renault", 1, 1)]


@expects("people-at-organization")
def test_people_at_organization(crafted_graph):
    assert rows(crafted_graph, "people-at-organization", "name role source", {"org": ORG + "nissan"}) == [
        ("Alan Johnson", "senior vice president for manufacturing", D1), ("Makoto Uchida", "chief executive officer", D1)]


@expects("people-by-role")
def test_people_by_role_ignores_case(crafted_graph):
    assert rows(crafted_graph, "people-by-role", "name role orgName", {"title": "Chief Executive"}) == [
        ("Koji Sato", "president and chief executive", "Toyota"), ("Makoto Uchida", "chief executive officer", "Nissan")]


@expects("organization-timeline")
def test_organization_timeline(crafted_graph):
    timeline = rows(crafted_graph, "organization-timeline", "when precision class label status", {"org": ORG + "nissan"})
    assert timeline == [
        (date(2024, 5, 10), "day", IKG + "Investment", "£2bn", "announced"),
        (date(2024, 5, 10), "published", IKG + "Partnership", "Nissan – AESC", "active"),
        (date(2024, 5, 10), "published", IKG + "Plant", "Nissan Sunderland plant", "operating"),
        (date(2024, 5, 10), "published", IKG + "Role", "chief executive officer (nissan)", "active"),
        (date(2024, 5, 10), "published", IKG + "Role", "senior vice president for manufacturing (nissan)", "active"),
        (date(2024, 9, 2), "published", IKG + "Partnership", "Toyota – Nissan", "in talks"),
        (None, "unknown", IKG + "Partnership", "Nissan – Renault", "cancelled")]


@expects("hedged-facts")
def test_hedged_facts(crafted_graph):
    assert rows(crafted_graph, "hedged-facts", "class label statuses confidence sources") == [
        (IKG + "Investment", "¥1.5tn", "proposed", Decimal("0.4"), D2),
        (IKG + "Plant", "third plant", "proposed", Decimal("0.5"), D2),
        (IKG + "Partnership", "Toyota – Nissan", "in talks", Decimal("0.6"), D2)]


@expects("organizations-by-articles")
def test_organizations_by_articles(crafted_graph):
    found = rows(crafted_graph, "organizations-by-articles", "name kind articles")
    assert found[:3] == [("Nissan", "company", 3), ("Toyota", "company", 2), ("AESC", "company", 1)] and len(found) == 7


@expects("organizations-by-kind")
def test_organizations_by_kind(crafted_graph):
    assert rows(crafted_graph, "organizations-by-kind", "kind name aliases articles", {"kind": "government"}) == [
        ("government", "Ministry of Economy, Trade and Industry", "METI", 1), ("government", "UK Government", "HMG", 1)]
    assert [r[0] for r in rows(crafted_graph, "organizations-by-kind", "kind")] == ["company"] * 5 + ["government"] * 2


@expects("articles")
def test_articles(crafted_graph):
    assert rows(crafted_graph, "articles", "article url published publisher facts origin") == [
        (str(document_iri("d2")), D2, date(2024, 9, 2), "Example Wire", 8, "d2.md"),
        (str(document_iri("d1")), D1, date(2024, 5, 10), "Example News", 7, "d1.md"),
        (D3, None, None, None, 2, "d3.txt")]


@expects("articles-by-publisher")
def test_articles_by_publisher(crafted_graph):
    assert rows(crafted_graph, "articles-by-publisher", "publisher articles first last") == [
        ("(unknown)", 1, None, None), ("Example News", 1, date(2024, 5, 10), date(2024, 5, 10)),
        ("Example Wire", 1, date(2024, 9, 2), date(2024, 9, 2))]


@expects("article-facts")
def test_article_facts(crafted_graph):
    assert rows(crafted_graph, "article-facts", "class label status", {"article": D3}) == [
        (IKG + "Investment", "€1bn", "cancelled"), (IKG + "Partnership", "Nissan – Renault", "cancelled")]
    assert len(rows(crafted_graph, "article-facts", "fact", {"article": str(document_iri("d2"))})) == 8


@expects("facts-in-period")
def test_facts_in_period_overlap_whatever_the_precision(crafted_graph):
    params = {"start": "2024-06-01", "end": "2024-12-31"}
    assert rows(crafted_graph, "facts-in-period", "dateFrom dateTo precision dateText label", params) == [
        (date(2024, 6, 1), date(2024, 6, 30), "month", "in June", "£100m"),
        (date(2024, 8, 26), date(2024, 9, 1), "week", "last week", "¥50bn"),
        (date(2024, 9, 2), date(2024, 9, 2), "day", "on Monday", "Toyota – Panasonic")]
    assert rows(crafted_graph, "facts-in-period", "precision label", {"start": "2025-03-31", "end": "2025-06-30"}) == [
        ("quarter", "¥1.5tn")], "a quarter overlapping the period by one day counts"


@expects("products-by-maker")
def test_products_by_maker(crafted_graph):
    found = rows(crafted_graph, "products-by-maker", "makerName products names")
    assert [(name, count, sorted(names.split(", "))) for name, count, names in found] == [
        ("Nissan", 2, ["Leaf", "Qashqai"]), ("Toyota", 1, ["bZ4X"])]
    assert rows(crafted_graph, "products-by-maker", "makerName", {"maker": ORG + "toyota"}) == [("Toyota",)]


@expects("cancelled-facts")
def test_cancelled_facts(crafted_graph):
    assert rows(crafted_graph, "cancelled-facts", "class label sentence source") == [
        (IKG + "Investment", "€1bn", "Renault scrapped its €1bn battery venture.", D3),
        (IKG + "Partnership", "Nissan – Renault", "Nissan and Renault called off their alliance, unlike Toyota.", D3)]


@expects("co-mentioned-organizations")
def test_co_mentioned_organizations(crafted_graph):
    assert rows(crafted_graph, "co-mentioned-organizations", "name articles", {"org": ORG + "nissan"}) == [
        ("Toyota", 2), ("AESC", 1), ("Ministry of Economy, Trade and Industry", 1), ("Panasonic", 1), ("Renault", 1), ("UK Government", 1)]


@expects("evidence-for-organization")
def test_evidence_for_organization(crafted_graph):
    found = rows(crafted_graph, "evidence-for-organization", "class sentence source", {"org": ORG + "renault"})
    assert found == [(IKG + "Investment", "Renault scrapped its €1bn battery venture.", D3),
                     (IKG + "Partnership", "Nissan and Renault called off their alliance, unlike Toyota.", D3)]


# ---------------------------------------------------------------- fact lifecycle, on the corpus's multi-article stories
STORY = "https://news.example.org/"
MIZUSAWA = {"talks": STORY + "2024/02/a-mizusawa-ganjiang-battery-jv-talks", "agreed": STORY + "2024/06/a-mizusawa-ganjiang-battery-jv-agreed",
            "scrapped": STORY + "2025/06/a-mizusawa-ganjiang-battery-jv-scrapped"}
ARVELLE = {"plan": STORY + "2024/02/b-arvelle-sines-gigafactory-plan", "cost": STORY + "2024/09/b-arvelle-sines-gigafactory-cost-rises"}


@pytest.fixture(scope="module")
def story_graph(nlp):
    """The corpus articles of two stories, through the real pipeline: a joint venture in talks, agreed, then
    scrapped (three articles), and a gigafactory whose cost rises from €17bn to €30bn (two articles)."""
    from kg import KnowledgeGraph

    graph = KnowledgeGraph(store=None)
    report = graph.ingest([CORPUS_ARTICLES / f"{url.rsplit('/', 1)[-1]}.md" for url in (*MIZUSAWA.values(), *ARVELLE.values())])
    assert report.ok and len(report.ingested) == 5, report.failed
    yield graph
    graph.close()


def the_joint_venture(graph) -> str:
    return next(r["partnership"] for r in graph.query("partnerships").records()
                if r["partnerName"].startswith("Mizusawa") and r["status"] == "agreed")


@expects("status-history")
def test_status_history_of_a_deal_across_three_articles(story_graph):
    """One partnership node for the three articles, its status in each, oldest first, each with its sentence."""
    history = rows(story_graph, "status-history", "published status source sentences articles", {"fact": the_joint_venture(story_graph)})
    assert [row[:3] for row in history] == [
        (date(2024, 2, 21), "in talks", MIZUSAWA["talks"]),
        (date(2024, 6, 12), "agreed", MIZUSAWA["agreed"]),
        (date(2025, 6, 19), "cancelled", MIZUSAWA["scrapped"])]
    assert "is in talks with" in history[0][3] and "have signed an agreement" in history[1][3] and "pulled out" in history[2][3]
    assert {row[4] for row in history} == {3}
    everything = rows(story_graph, "status-history", "fact articles")
    assert everything[0] == (the_joint_venture(story_graph), 3), "facts reported by the most articles first"


@expects("conflicting-values")
def test_a_cost_rise_is_one_investment_with_two_amounts_and_their_sources(story_graph):
    conflicts = rows(story_graph, "conflicting-values", "fact property value published source values")
    amounts = [row for row in conflicts if row[1] == IKG + "amount"]
    assert [row[2:] for row in amounts] == [
        (Decimal("17000000000"), date(2024, 2, 14), ARVELLE["plan"], 2),
        (Decimal("30000000000"), date(2024, 9, 24), ARVELLE["cost"], 2)]
    investment = amounts[0][0]
    assert amounts[1][0] == investment and rows(story_graph, "conflicting-values", "value", {"fact": investment}) == [
        (Decimal("17000000000"),), (Decimal("30000000000"),)]
    evidence = rows(story_graph, "evidence", "source sentence", {"fact": investment})
    assert [source for source, _ in evidence] == [ARVELLE["plan"], ARVELLE["cost"]], "one query from the fact to both sentences"
    assert "€17bn" in evidence[0][1] and "€30bn" in evidence[1][1]
    arvelle = ORG + "arvelle-battery-systems"
    others = sum(r["amount"] for r in story_graph.query("investments").records()
                 if r["investor"] == arvelle and r["currency"] == "EUR" and r["investment"] != investment)
    total = rows(story_graph, "investment-totals", "currency total", {"investor": arvelle})
    assert total == [("EUR", others + Decimal("30000000000"))], "investment-totals counts the latest amount, once"


@expects("fact-sources")
def test_fact_sources(story_graph):
    found = {fact: (articles, set(statuses.split(", ")), first, last)
             for fact, articles, statuses, first, last in rows(story_graph, "fact-sources", "fact articles statuses first last")}
    assert found[the_joint_venture(story_graph)] == (3, {"in talks", "agreed", "cancelled"}, date(2024, 2, 21), date(2025, 6, 19))
    assert all(articles >= 2 for articles, *_ in found.values())
    assert rows(story_graph, "fact-sources", "fact")[0] == (the_joint_venture(story_graph),)


@expects("current-status")
def test_current_status_is_the_latest_articles(story_graph):
    deal = the_joint_venture(story_graph)
    assert rows(story_graph, "current-status", "status published source articles", {"fact": deal}) == [
        ("cancelled", date(2025, 6, 19), MIZUSAWA["scrapped"], 3)]
    everything = rows(story_graph, "current-status", "fact articles")
    assert everything[0] == (deal, 3) and len({fact for fact, _ in everything}) == len(everything), "one row per fact"
    assert len(everything) == len(rows(story_graph, "status-history", "fact")) - sum(n - 1 for _, n in everything)


def test_the_stories_validate_and_removing_an_article_removes_only_its_statements(story_graph):
    assert story_graph.validate().conforms, story_graph.validate().lines()
    deal = the_joint_venture(story_graph)
    before = len(story_graph)
    assert story_graph.remove(MIZUSAWA["agreed"])
    try:
        assert [r[0] for r in rows(story_graph, "status-history", "status", {"fact": deal})] == ["in talks", "cancelled"]
    finally:
        story_graph.ingest([CORPUS_ARTICLES / f"{MIZUSAWA['agreed'].rsplit('/', 1)[-1]}.md"])
    assert len(story_graph) == before
    assert [r[0] for r in rows(story_graph, "status-history", "status", {"fact": deal})] == ["in talks", "agreed", "cancelled"]


@pytest.mark.slow
def test_every_query_answers_on_the_corpus(corpus_graph):
    """Each query runs on the whole corpus and finds something, for the best-connected organisation that invests."""
    investors = {r["investor"] for r in corpus_graph.query("investments").records() if r["investor"]}
    top = next(r for r in corpus_graph.query("partnership-degree").records() if r["org"] in investors)
    article = corpus_graph.query("articles").records()[0]["article"]
    fact = next(r["investment"] for r in corpus_graph.query("investments").records() if r["investor"] == top["org"])
    values = {"org": top["org"], "investor": top["org"], "name": top["name"], "article": article, "fact": fact,
              "title": "chief executive", "start": "2020-01-01", "end": "2030-12-31"}
    for name, query in named_queries().items():
        params = {p: values[p] for p in query.params if p in values and name != "conflicting-values"}  # that fact has one amount
        assert corpus_graph.query(name, params).rows, (name, params)
