"""Remote store: the graph kept in a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB...).

The same nouns as :class:`kg.store.GraphStore`, over HTTP with the standard library only:

* writes use the SPARQL 1.1 Graph Store Protocol: each document's named graph is replaced by one ``PUT``
  (N-Triples body), so the server applies it atomically, and removed by one ``DELETE``;
* reads use the SPARQL 1.1 Protocol (``POST`` of the query, results as SPARQL JSON), and the whole dataset
  is read by a ``GET`` of the graph store (N-Quads).

Bound values: the protocol has no bindings, so a named query's parameters travel in a ``VALUES`` block
opening the query's WHERE group, whose terms are serialised by pyoxigraph as RDF terms (IRIs checked,
literals escaped); the user's text is never pasted into the query. Placed there, the values join the
whole group, so its FILTERs see them, as with the embedded store's substitutions.

Endpoints: ``http://host:port`` or ``http://host:port/`` means Oxigraph server's layout (``/query`` and
``/store``); any other URL is a dataset URL serving both (Fuseki's ``/ds``), unless a fragment names them:
``http://host:7200/repositories/kg#store=/repositories/kg/rdf-graphs/service`` (GraphDB). The server must take the union of the named graphs as its default graph (``oxigraph serve
--union-default-graph``; Fuseki ``tdb2:unionDefaultGraph true``; GraphDB does by default): opening checks it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError
from kg.query import QueryResult, to_result
from kg.triples import MergedTriples
from kg.store import SerializedGraph, _ox_quads, export_format, write_atomically
from kg.vocab import IKG

#: Seconds to wait for the server on one request (a query's own limit is the caller's timeout).
REQUEST_TIMEOUT = 120
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"


class RemoteStore:
    """A dataset of per-document named graphs in a SPARQL 1.1 server.

    Args:
        url: the server or dataset URL (see the module documentation for the endpoint layouts).
    Raises:
        StoreError: the server cannot be reached, or its default graph is not the union of the named graphs.
    """

    def __init__(self, url: str) -> None:
        self.location = url
        self.query_url, self.store_url = endpoints(url)
        has_graphs = self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")
        if has_graphs and not self._ask("ASK { ?s ?p ?o }"):
            raise StoreError(f"SPARQL server {url} does not use the union of the named graphs as its default graph, "
                             "which the named queries need: start it with `oxigraph serve --union-default-graph` "
                             "(Fuseki: tdb2:unionDefaultGraph true)")

    # -- writing ---------------------------------------------------------------------------
    def replace_document(self, graph: URIRef, quads: Iterable[tuple]) -> None:
        """Replace a document's named graph by ``quads`` with one PUT (atomic on the server)."""
        failed = self.replace_documents([(graph, quads)])
        if failed:
            raise failed[graph]

    def replace_documents(self, documents: Iterable[tuple[URIRef, Iterable[tuple]]]) -> dict[URIRef, StoreError]:
        """One PUT per document (DELETE when it has no quads); returns the documents refused, with why.

        Raises:
            StoreError: the server cannot be reached or refuses a request (nothing after it is written).
        """
        failed: dict[URIRef, StoreError] = {}
        for graph, quads in documents:
            try:
                target = _graph_url(self.store_url, graph)
                converted = _ox_quads(graph, quads, {})
            except (ValueError, TypeError) as error:
                failed[graph] = StoreError(f"document {graph}: not valid RDF ({str(error).splitlines()[0]}); nothing was written")
                continue
            except StoreError as error:
                failed[graph] = error
                continue
            self._put_graph(target, converted)
        return failed

    def replace_serialized(self, graphs: Iterable[SerializedGraph]) -> None:
        """Replace the graphs of documents serialised by :func:`kg.store.serialize_graph`: one PUT each.

        Raises:
            StoreError: the server cannot be reached or refuses a request (nothing after it is written).
        """
        for graph in graphs:
            quads = list(pyoxigraph.parse(graph.nquads, format=pyoxigraph.RdfFormat.N_QUADS))
            self._put_graph(_graph_url(self.store_url, URIRef(graph.name)), quads)

    def _put_graph(self, target: str, quads: list[pyoxigraph.Quad]) -> None:
        """Replace the named graph at ``target`` by ``quads`` (N-Triples, one PUT), or delete it when there are none."""
        if quads:
            body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
            self._request("PUT", target, body.encode("utf-8"), {"Content-Type": N_TRIPLES})
        else:
            self._request("DELETE", target, missing_ok=True)

    def remove_document(self, graph: URIRef) -> bool:
        """Drop one document's graph; returns False when the server had none."""
        return self._request("DELETE", _graph_url(self.store_url, graph), missing_ok=True) is not None

    def flush(self) -> None:
        """Nothing to do: the server made each request durable before answering it."""

    def close(self) -> None:
        """Nothing to release: each request has its own connection."""

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------
    def content_hash(self, graph: URIRef) -> str | None:
        """The stored text hash of a document, to skip re-extracting unchanged articles."""
        rows = list(self.query("SELECT ?hash WHERE { GRAPH ?g { ?g ?p ?hash } }", {"g": graph, "p": IKG.contentHash}))
        return str(rows[0][0]) if rows else None

    def documents(self) -> list[URIRef]:
        return sorted(URIRef(str(row[0])) for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def __len__(self) -> int:
        [(count,)] = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(count)

    def query(self, sparql: str, bindings: dict | None = None) -> Result:
        """Run a read query on the server with values bound by a VALUES block (see the module documentation);
        returns an rdflib Result."""
        text = with_values(sparql, bindings) if bindings else sparql
        body = self._request("POST", self.query_url, urllib.parse.urlencode({"query": text}).encode("utf-8"),
                             {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
                             error=QueryError)
        return parse_results(body)

    def select(self, sparql: str, bindings: dict | None = None) -> QueryResult:
        """Run a read SELECT query on the server; its rows as rdflib terms (see :meth:`kg.store.GraphStore.select`)."""
        return to_result(self.query(sparql, bindings))

    def graph(self) -> Graph:
        """All documents' triples merged into one in-memory rdflib Graph (for networkx and exports)."""
        dataset = self.dataset
        merged = Graph()
        merged.bind("ikg", str(IKG._NS))
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged

    def merged_triples(self) -> MergedTriples:
        """All documents' triples merged into a read-only index (for the network view)."""
        return MergedTriples(self.graph())

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the dataset (named graphs kept for TriG/N-Quads) atomically, as :meth:`kg.store.GraphStore.export`."""
        target = Path(path)
        fmt = export_format(target, fmt)
        if fmt == "nquads":
            data = self._request("GET", self.store_url, headers={"Accept": N_QUADS})
            return write_atomically(target, lambda output: output.write(data))
        source = self.dataset if fmt == "trig" else self.graph()
        return write_atomically(target, lambda output: output.write(source.serialize(format=fmt, encoding="utf-8")))

    @property
    def dataset(self) -> Dataset:
        """Every document's named graph, read from the server into memory (validation and reasoning read
        it as they read the embedded store's ``dataset``)."""
        dataset = Dataset()
        dataset.bind("ikg", str(IKG._NS))
        dataset.parse(data=self._request("GET", self.store_url, headers={"Accept": N_QUADS}), format="nquads")
        return dataset

    # -- internals -------------------------------------------------------------------------
    def _ask(self, sparql: str) -> bool:
        return bool(self.query(sparql).askAnswer)

    def _request(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None, *,
                 missing_ok: bool = False, error: type[Exception] = StoreError) -> bytes | None:
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
                return response.read()
        except urllib.error.HTTPError as failure:
            if missing_ok and failure.code == 404:
                return None
            detail = " ".join(failure.read(500).decode("utf-8", "replace").split())
            raise error(f"SPARQL server {self.location} refused {method} {url}: HTTP {failure.code} {detail}".strip()) from None
        except (urllib.error.URLError, OSError) as failure:
            reason = getattr(failure, "reason", failure)
            raise StoreError(f"cannot reach SPARQL server {self.location} ({reason}); is it running?") from None


def endpoints(url: str) -> tuple[str, str]:
    """(query, graph store) URLs for a server or dataset URL; see the module documentation."""
    parts = urllib.parse.urlsplit(url)
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    if parts.path in ("", "/"):
        absolute = {"query": base.rstrip("/") + "/query", "store": base.rstrip("/") + "/store"}
    else:
        absolute = {"query": base, "store": base}
    for name, path in urllib.parse.parse_qsl(parts.fragment):
        if name not in absolute:
            raise StoreError(f"{url}: unknown endpoint {name!r} in the fragment; use query= or store=")
        absolute[name] = urllib.parse.urljoin(base, path)
    return absolute["query"], absolute["store"]


def parse_results(body: bytes) -> Result:
    """An rdflib Result from SPARQL 1.1 Query Results JSON, with the terms the embedded store gives.

    A plain literal is ``xsd:string``, as RDF 1.1 says and as Oxigraph returns it through rdflib, so rows
    from a server and from the embedded store compare equal.
    """
    try:
        data = json.loads(body)
        if "boolean" in data:
            result = Result("ASK")
            result.askAnswer = bool(data["boolean"])
            return result
        result = Result("SELECT")
        result.vars = [Variable(name) for name in data["head"]["vars"]]
        result.bindings = [{Variable(name): _term(value) for name, value in row.items()} for row in data["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise QueryError(f"the SPARQL server's answer is not SPARQL JSON results ({error})") from None
    return result


def _term(value: dict) -> Identifier:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    language = value.get("xml:lang")
    datatype = value.get("datatype") or (None if language else XSD.string)
    return Literal(value["value"], lang=language, datatype=datatype)


def with_values(sparql: str, bindings: dict) -> str:
    """The query with ``VALUES`` for ``bindings`` opening its WHERE group (the first ``{`` outside comments,
    strings and IRIs)."""
    brace = _first_brace(sparql)
    return f"{sparql[: brace + 1]} {values_clause(bindings)} {sparql[brace + 1 :]}"


def _first_brace(sparql: str) -> int:
    index = 0
    while index < len(sparql):
        char = sparql[index]
        if char == "{":
            return index
        if char == "#":
            index = sparql.find("\n", index)
        elif char == "<":
            index = sparql.find(">", index)
        elif char in "'\"":
            quote = char * 3 if sparql.startswith(char * 3, index) else char
            index += len(quote)
            while index < len(sparql) and not sparql.startswith(quote, index):
                index += 2 if sparql[index] == "\\" else 1
            index += len(quote) - 1
        if index < 0:
            break
        index += 1
    raise QueryError("the query has no WHERE group to bind parameters in")


def values_clause(bindings: dict) -> str:
    """``VALUES (?a ?b) { (<iri> "text") }`` from rdflib terms, each serialised by pyoxigraph (so escaped)."""
    from oxrdflib._converter import to_ox

    names, terms = [], []
    for variable, term in bindings.items():
        names.append(f"?{variable}")
        try:
            terms.append(str(to_ox(term)))
        except (ValueError, TypeError) as failure:
            raise QueryError(f"parameter {variable}: not a valid RDF term ({failure})") from None
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"


def _graph_url(store_url: str, graph: URIRef) -> str:
    """The Graph Store Protocol URL of one named graph (the IRI checked first: it goes into the request)."""
    pyoxigraph.NamedNode(str(graph))
    separator = "&" if "?" in store_url else "?"
    return f"{store_url}{separator}{urllib.parse.urlencode({'graph': str(graph)})}"
