"""Store: an embedded, persistent Oxigraph store behind rdflib's Dataset API, one named graph per document.

Writes go in bulk (one ``addN`` per document, which oxrdflib turns into one Oxigraph ``extend``);
queries run in Oxigraph with the union of all document graphs as the default graph.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.errors import QueryError, StoreError
from kg.vocab import IKG

DEFAULT_STORE = "kg-store"
STORE_ENV = "KG_STORE"
EXPORT_FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "json-ld": "jsonld", "nt": "nt", "xml": "rdf"}


def default_location() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``, so ingest and query meet without flags."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


class GraphStore:
    """A dataset of per-document named graphs.

    Args:
        location: folder of a persistent store (created when missing), or None for an in-memory one.
    Raises:
        StoreError: the folder is used by another process or is not an Oxigraph store.
    """

    def __init__(self, location: str | Path | None = None) -> None:
        self.location = None if location is None else Path(location)
        try:
            inner = pyoxigraph.Store(str(self.location)) if self.location is not None else pyoxigraph.Store()
        except OSError as error:
            message = str(error)
            if "lock" in message.lower():
                raise StoreError(f"store {self.location} is in use by another kg process; wait for it to finish or use --store") from None
            raise StoreError(f"cannot open store {self.location}: {message}") from None
        self._inner = inner
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)

    def replace_document(self, graph: URIRef, quads: list[tuple]) -> None:
        """Replace a document's named graph by ``quads`` (all in that graph)."""
        self.remove_document(graph)
        self.dataset.addN(quads)

    def remove_document(self, graph: URIRef) -> bool:
        """Drop one document's graph; returns False when there was none."""
        if not self._has_graph(graph):
            return False
        self._inner.remove_graph(pyoxigraph.NamedNode(str(graph)))
        return True

    def content_hash(self, graph: URIRef) -> str | None:
        """The stored text hash of a document, to skip re-extracting unchanged articles."""
        for quad in self._inner.quads_for_pattern(pyoxigraph.NamedNode(str(graph)), pyoxigraph.NamedNode(str(IKG.contentHash)), None,
                                                   pyoxigraph.NamedNode(str(graph))):
            return quad.object.value
        return None

    def documents(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._inner.named_graphs())

    def __len__(self) -> int:
        return len(self._inner)

    def query(self, sparql: str, bindings: dict | None = None):
        """Run a read query with values bound (never pasted into the text); returns an rdflib Result."""
        try:
            return self.dataset.query(sparql, initBindings=bindings or {})
        except (SyntaxError, RuntimeError, ValueError, OSError) as error:
            raise QueryError(f"query failed: {str(error).splitlines()[0]}") from None

    def graph(self) -> Graph:
        """All documents' triples merged into one in-memory rdflib Graph (for networkx and exports)."""
        merged = Graph()
        merged.bind("ikg", str(IKG._NS))
        for quad in self._inner.quads_for_pattern(None, None, None):
            merged.add(_from_ox_triple(quad))
        return merged

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the dataset (named graphs kept for TriG/N-Quads) atomically: a temporary file, fsync, rename."""
        target = Path(path)
        fmt = fmt or _format_for(target)
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
        temporary = target.with_name(f".{target.name}.tmp")
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt in ("trig", "nquads"):
            self._inner.dump(str(temporary), pyoxigraph.RdfFormat.TRIG if fmt == "trig" else pyoxigraph.RdfFormat.N_QUADS)
        else:
            data = self.graph().serialize(format=fmt, encoding="utf-8")
            temporary.write_bytes(data)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        return target

    def flush(self) -> None:
        if self.location is not None:
            self._inner.flush()

    def close(self) -> None:
        self.flush()
        self.dataset.close()
        del self._inner

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _has_graph(self, graph: URIRef) -> bool:
        return self._inner.contains_named_graph(pyoxigraph.NamedNode(str(graph)))

    def count(self, cls: URIRef) -> int:
        return sum(1 for _ in self._inner.quads_for_pattern(None, pyoxigraph.NamedNode(str(RDF.type)), pyoxigraph.NamedNode(str(cls))))


def _format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    by_suffix = {v: k for k, v in EXPORT_FORMATS.items()} | {"json": "json-ld", "nq": "nquads", "ttl": "turtle"}
    if suffix not in by_suffix:
        raise StoreError(f"{path}: cannot tell the export format from the extension; use one of .{', .'.join(EXPORT_FORMATS.values())}")
    return by_suffix[suffix]


def _from_ox_triple(quad) -> tuple:
    from oxrdflib._converter import from_ox

    return from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)

