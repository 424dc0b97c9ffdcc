"""Named queries, typed parameter binding, read-only enforcement and result formats."""

from __future__ import annotations

import json

import pytest

from kg import QueryError
from kg.query import named_queries

CONTRACT = {
    "organizations": ["org", "name", "kind", "source"],
    "people": ["person", "name", "role", "org", "orgName", "source"],
    "plants": ["plant", "label", "kind", "operator", "operatorName", "location", "locationName", "status", "source"],
    "investments": ["investment", "investor", "investorName", "amount", "currency", "target", "targetLabel", "date", "status", "source"],
    "partnerships": ["partnership", "partner", "partnerName", "status", "date", "source"],
    "products": ["product", "name", "maker", "makerName", "source"],
}


def test_every_named_query_has_a_header():
    for name, query in named_queries().items():
        assert query.question and query.columns, name


@pytest.mark.parametrize("name, columns", CONTRACT.items())
def test_contract_columns(seed_graph, name, columns):
    result = seed_graph.query(name)
    assert result.columns[: len(columns)] == columns
    assert result.rows, f"{name} returns rows for the seed article"


def test_parameter_is_bound_as_a_typed_value(seed_graph):
    nissan = next(r["org"] for r in seed_graph.query("organizations").records() if r["name"] == "Nissan")
    rows = seed_graph.query("investments-by-organization", {"org": nissan}).records()
    assert sorted(int(r["amount"]) for r in rows) == [1100000000, 2000000000]
    assert seed_graph.query("organization-by-name", {"name": "AESC"}).records()[0]["kind"] == "company"


@pytest.mark.parametrize("value", ['Nissan" } ; DROP ALL { "', "Nissan'} UNION {?s ?p ?o}", "<x> } DROP ALL {"])
def test_injection_attempts_are_just_strings(seed_graph, value):
    assert seed_graph.query("organization-by-name", {"name": value}).rows == []
    assert seed_graph.query("organizations").rows, "nothing was dropped"


@pytest.mark.parametrize("value", ["not an iri", "http://x.example/a b", "javascript:alert(1)>"])
def test_malformed_iri_parameter_is_refused(seed_graph, value):
    with pytest.raises(QueryError, match="not an absolute IRI"):
        seed_graph.query("investments-by-organization", {"org": value})


def test_unknown_parameter_and_query(seed_graph):
    with pytest.raises(QueryError, match="has no parameter 'nope'"):
        seed_graph.query("organizations", {"nope": "1"})
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        seed_graph.query("nope")


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "DROP ALL",
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_service_and_load_are_refused(seed_graph, sparql):
    with pytest.raises(QueryError, match="not allowed"):
        seed_graph.query(sparql)


def test_keywords_inside_strings_are_fine(seed_graph):
    result = seed_graph.query('SELECT ?x WHERE { BIND("DROP ALL; SERVICE" AS ?x) }')
    assert str(result.rows[0][0]) == "DROP ALL; SERVICE"


def test_syntax_error_is_a_query_error(seed_graph):
    with pytest.raises(QueryError, match="query failed"):
        seed_graph.query("SELECT ?x WHERE { ?x ")


def test_sparql_json_format(seed_graph):
    data = json.loads(seed_graph.query("investments").format("json"))
    assert data["head"]["vars"][:3] == ["investment", "investor", "investorName"]
    amount = data["results"]["bindings"][0]["amount"]
    assert amount["type"] == "literal" and amount["datatype"].endswith("#decimal")


def test_csv_and_table_formats(seed_graph):
    result = seed_graph.query("products")
    assert result.format("csv").splitlines()[0] == "product,name,maker,makerName,source"
    assert result.format("table").endswith("rows)")


@pytest.mark.parametrize("sparql", [
    "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <https://evil.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * from <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://example.org/> SELECT * FROM ex:data WHERE { ?s ?p ?o }",
    "SELECT * FROM <data.ttl> WHERE { ?s ?p ?o }",
])
def test_remote_from_is_refused(crafted_graph, sparql):
    with pytest.raises(QueryError, match=r"FROM .* is not allowed; queries read only this store"):
        crafted_graph.query(sparql)


def test_from_is_refused_even_for_a_document_graph_but_a_variable_named_from_is_fine(crafted_graph):
    from kg.mapping import document_iri

    with pytest.raises(QueryError, match=r"use GRAPH <https://w3id.org/industry-kg/id/doc/\.\.\.> \{ \.\.\. \} to read one article"):
        crafted_graph.query(f"SELECT * FROM <{document_iri('d3')}> WHERE {{ ?s ?p ?o }}")
    result = crafted_graph.query('SELECT ?from WHERE { BIND("FROM <http://x.example/>" AS ?from) } # FROM <http://y.example/>')
    assert str(result.rows[0][0]) == "FROM <http://x.example/>"


def test_quotes_inside_iris_do_not_hide_a_service_call(crafted_graph):
    sparql = "SELECT * WHERE { <http://a.example/'> ?p ?o . SERVICE <http://evil.example/sparql> { ?s ?p <http://b.example/'> } }"
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        crafted_graph.query(sparql)
