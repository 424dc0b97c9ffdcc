"""Named and ad-hoc SPARQL queries with typed, bound parameters, and result formatting.

A named query is ``queries/NAME.rq`` with a header of ``#`` comments::

    # question: Which organisations does the graph know?
    # param: org (iri) the organisation to restrict to
    # columns: ?org ?name ?kind ?source

Parameter values are converted to RDF terms of the declared type and bound with ``initBindings``
(Oxigraph substitutions); they are never formatted into the query text.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.resources import resource_dir
from kg.vocab import RESOURCE_BASE

PARAM_TYPES = ("iri", "string", "number", "date")
_PARAM_LINE = re.compile(r"^#\s*param:\s*(?P<name>\w+)\s*\((?P<type>\w+)\)\s*(?P<doc>.*)$")
_FORBIDDEN = re.compile(r"\b(SERVICE|LOAD|INSERT|DELETE|DROP|CLEAR|CREATE|COPY|MOVE|ADD)\b", re.IGNORECASE)
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>')  # strings and IRIs, left to right
_FROM = re.compile(r"(?<![?$\w])FROM\s+(NAMED\s+)?(<[^<>\s]*>|\S+)", re.IGNORECASE)
_IRI_OK = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    question: str
    columns: str
    params: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (type, description)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass
class QueryResult:
    """Rows of a SELECT query: variable names and, per row, RDF terms (None where unbound)."""

    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of plain Python values (str, Decimal, int, date...)."""
        return [{c: _python(v) for c, v in zip(self.columns, row)} for row in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame of :meth:`records` (needs pandas installed)."""
        try:
            import pandas
        except ImportError:
            raise QueryError("pandas is not installed: pip install pandas") from None
        return pandas.DataFrame(self.records(), columns=self.columns)

    def _repr_html_(self) -> str:
        """The rows as an HTML table in Jupyter; every value escaped (results carry article text)."""
        return to_html(self)

    def format(self, fmt: str = "table") -> str:
        if fmt == "json":
            return to_sparql_json(self)
        if fmt == "csv":
            return to_csv(self)
        if fmt == "table":
            return to_table(self)
        raise QueryError(f"unknown output format {fmt!r}; use table, csv or json")


def named_queries() -> dict[str, NamedQuery]:
    """Every ``queries/*.rq`` by name, with its parsed header."""
    return {path.stem: parse_header(path) for path in sorted(resource_dir("queries").glob("*.rq"))}


def parse_header(path: Path) -> NamedQuery:
    question, columns, params = "", "", {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# question:"):
            question = line.split(":", 1)[1].strip()
        elif line.startswith("# columns:"):
            columns = line.split(":", 1)[1].strip()
        elif match := _PARAM_LINE.match(line):
            if match["type"] not in PARAM_TYPES:
                raise QueryError(f"{path}: parameter {match['name']} has unknown type {match['type']!r}")
            params[match["name"]] = (match["type"], match["doc"].strip())
    return NamedQuery(path.stem, path, question, columns, params)


def resolve(name_or_path: str) -> NamedQuery:
    """A named query, or a ``.rq`` file given by path."""
    if name_or_path.endswith(".rq") or "/" in name_or_path:
        path = Path(name_or_path)
        if not path.is_file():
            raise QueryError(f"{path}: query file not found")
        return parse_header(path)
    queries = named_queries()
    if name_or_path not in queries:
        raise QueryError(f"unknown query {name_or_path!r}; `kg queries` lists them: {', '.join(queries)}")
    return queries[name_or_path]


def check_read_only(sparql: str, origin: str) -> None:
    """Refuse updates, SERVICE, LOAD and FROM: ad-hoc text must not change the store or reach the
    network (a SPARQL engine may fetch a FROM graph by URL; ours reads the union of the article
    graphs whatever FROM says, so even a local FROM would mislead)."""
    code = "\n".join(_strip_comment(line) for line in sparql.splitlines())
    with_iris = _TOKENS.sub(lambda m: m.group(0) if m.group(0).startswith("<") else '""', code)
    match = _FROM.search(with_iris)
    if match:
        clause = f"FROM {'NAMED ' if match.group(1) else ''}{match.group(2)}"
        raise QueryError(f"{origin}: {clause} is not allowed; queries read only this store, the union of its article graphs: "
                         f"use GRAPH <{RESOURCE_BASE}doc/...> {{ ... }} to read one article (see the `articles` query)")
    match = _FORBIDDEN.search(_TOKENS.sub('""', code))
    if match:
        raise QueryError(f"{origin}: {match.group(1).upper()} is not allowed; queries are read-only and never leave this machine")


def bind_params(query: NamedQuery, values: dict[str, str]) -> dict[Variable, object]:
    """Convert 'name=value' strings to typed RDF terms; unknown names and malformed values are errors."""
    bindings = {}
    for name, raw in values.items():
        if name not in query.params:
            known = ", ".join(query.params) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {name!r} (parameters: {known})")
        kind = query.params[name][0]
        bindings[Variable(name)] = convert_param(name, kind, raw)
    return bindings


def convert_param(name: str, kind: str, raw: str):
    if kind == "iri":
        if not _IRI_OK.match(raw):
            raise QueryError(f"parameter {name}: {raw!r} is not an absolute IRI")
        return URIRef(raw)
    if kind == "number":
        try:
            return Literal(Decimal(raw), datatype=XSD.decimal)
        except InvalidOperation:
            raise QueryError(f"parameter {name}: {raw!r} is not a number") from None
    if kind == "date":
        try:
            return Literal(date.fromisoformat(raw))
        except ValueError:
            raise QueryError(f"parameter {name}: {raw!r} is not a date (YYYY-MM-DD)") from None
    return Literal(raw)


def parse_param_args(pairs: list[str]) -> dict[str, str]:
    """['org=https://...', 'min=10'] -> dict; a pair without '=' is an error."""
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"malformed parameter {pair!r}; write --param name=value")
        values[name.strip()] = value
    return values


def to_result(rdflib_result) -> QueryResult:
    if rdflib_result.type != "SELECT":
        raise QueryError("only SELECT queries produce tables; use CONSTRUCT through the Python API")
    columns = [str(v) for v in rdflib_result.vars]
    rows = [tuple(row) for row in rdflib_result]
    return QueryResult(columns, rows)


def to_sparql_json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON Format."""
    bindings = []
    for row in result.rows:
        binding = {}
        for column, term in zip(result.columns, row):
            if term is None:
                continue
            if isinstance(term, URIRef):
                binding[column] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                binding[column] = {"type": "bnode", "value": str(term)}
            else:
                value = {"type": "literal", "value": str(term)}
                if term.language:
                    value["xml:lang"] = term.language
                elif term.datatype and term.datatype != XSD.string:
                    value["datatype"] = str(term.datatype)
                binding[column] = value
        bindings.append(binding)
    return json.dumps({"head": {"vars": result.columns}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if term is None else str(term) for term in row])
    return buffer.getvalue()


def to_table(result: QueryResult, max_width: int = 48) -> str:
    cells = [[_short(term, max_width) for term in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def to_html(result: QueryResult, max_rows: int = 500) -> str:
    """An HTML table of the first ``max_rows`` rows, values escaped, with the row count."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_short(term, 200))}</td>" for term in row) + "</tr>" for row in result.rows[:max_rows])
    shown = f" (first {max_rows} shown)" if len(result.rows) > max_rows else ""
    count = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}{shown}"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table><p>{count}</p>"


def _short(term, width: int) -> str:
    if term is None:
        return ""
    text = str(term).replace("\n", " ")
    if isinstance(term, URIRef) and "/id/" in text:
        text = text.split("/id/", 1)[1]
    return text if len(text) <= width else text[: width - 1] + "…"


def _python(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        return term.toPython()
    return str(term)


def _strip_comment(line: str) -> str:
    """Drop a '#' comment that is not inside an IRI or a string (good enough for keyword checks)."""
    in_iri = in_string = False
    for i, char in enumerate(line):
        if char == "<" and not in_string:
            in_iri = True
        elif char == ">" and in_iri:
            in_iri = False
        elif char in "\"'" and not in_iri:
            in_string = not in_string
        elif char == "#" and not in_iri and not in_string:
            return line[:i]
    return line
