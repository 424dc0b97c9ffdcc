"""Store: an embedded, persistent Oxigraph store behind rdflib's Dataset API, one named graph per document.

Crash safety: a document's replacement (drop its old graph, insert the new one) is one Oxigraph
transaction, so a process killed at any point leaves each document's graph wholly old, wholly new
or absent, never half-written. Exports go to a temporary file that is fsynced and renamed over the
target, so a reader never sees half a file.

Concurrency: one process at a time opens a persistent store. Its PID is written to ``kg.lock`` in
the store folder under an exclusive ``flock``; a second process (writer or reader) is refused with
"store ... is locked by PID ...". Within a process, queries may run from several threads (each runs
on an Oxigraph snapshot, so it sees every document wholly before or wholly after a concurrent
replacement); writes are serialised by a lock.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, TypeVar

import pyoxigraph
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox, to_ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.errors import QueryError, StoreError
from kg.query import QueryResult
from kg.triples import MergedTriples
from kg.vocab import IKG

try:  # POSIX advisory locks; elsewhere Oxigraph's own lock still refuses a second process
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

DEFAULT_STORE = "kg-store"
LOCK_FILE = "kg.lock"
STORE_ENV = "KG_STORE"
_N_QUADS = pyoxigraph.RdfFormat.N_QUADS
_T = TypeVar("_T")
EXPORT_FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "json-ld": "jsonld", "nt": "nt", "xml": "rdf"}


def default_location() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``, so ingest and query meet without flags."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


@dataclass(frozen=True)
class SerializedGraph:
    """One document's named graph as N-Quads, ready to be written by :meth:`GraphStore.replace_serialized`.

    Made where the document is mapped (an extraction worker) and written by the process that holds the store:
    bytes cross a process boundary far more cheaply than records or terms, and Oxigraph parses them in Rust.
    """

    name: str  # the graph's IRI
    nquads: bytes


def serialize_graph(graph: URIRef, quads: Iterable[tuple], terms: dict | None = None) -> SerializedGraph:
    """One document's quads (rdflib terms, in the named graph ``graph``) as N-Quads, checked as RDF on the way.

    ``terms`` caches converted terms across calls (predicates, classes and organisations recur). Blank nodes are
    given fresh labels when the graph is written, as in any load of an RDF file; the mapping mints none.

    Raises:
        StoreError: the graph name or a quad is not valid RDF (e.g. an IRI with a space); the document cannot be stored.
    """
    _ox_named_node(graph)
    quads = _ox_quads(graph, quads, {} if terms is None else terms)
    return SerializedGraph(str(graph), pyoxigraph.serialize(quads, format=_N_QUADS) if quads else b"")


class GraphStore:
    """A dataset of per-document named graphs.

    Args:
        location: folder of a persistent store (created when missing), or None for an in-memory one.
    Raises:
        StoreError: the folder is used by another process or is not an Oxigraph store.
    """

    def __init__(self, location: str | Path | None = None) -> None:
        self.location = None if location is None else Path(location)
        self._write_lock = threading.Lock()
        self._lock_handle = _lock_store(self.location) if self.location is not None else None
        try:
            inner = pyoxigraph.Store(str(self.location)) if self.location is not None else pyoxigraph.Store()
        except OSError as error:
            self._release_lock()
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            if "lock" in message.lower():
                raise StoreError(f"store {self.location} is in use by another kg process; wait for it to finish or use --store") from None
            raise StoreError(f"cannot open store {self.location}: {message}") from None
        self._inner = inner
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)

    def replace_document(self, graph: URIRef, quads: Iterable[tuple]) -> None:
        """Replace a document's named graph by ``quads`` (all in that graph) in one transaction.

        Readers and a crash see the old graph or the new one, never neither nor a mix.

        Raises:
            StoreError: a quad is not valid RDF (e.g. an IRI with a space); nothing is written.
        """
        failed = self.replace_documents([(graph, quads)])
        if failed:
            raise failed[graph]

    def replace_documents(self, documents: Iterable[tuple[URIRef, Iterable[tuple]]]) -> dict[URIRef, StoreError]:
        """Replace many documents' named graphs at once; returns the documents refused, with why.

        Documents new to the store are added by one bulk ``extend`` (one transaction for all of them);
        those replacing a stored graph by one SPARQL update dropping and re-inserting each graph (one
        transaction too). Either way each document is wholly old or wholly new, for readers and after a
        crash, and a document that is not valid RDF is refused alone: the others are written.
        """
        failed: dict[URIRef, StoreError] = {}
        by_graph: dict[pyoxigraph.NamedNode, list[pyoxigraph.Quad]] = {}  # a graph given twice: the last wins
        terms: dict = {}  # rdflib term -> Oxigraph term: predicates, classes, graph names and entities recur
        for graph, quads in documents:
            try:
                by_graph[_ox_named_node(graph)] = _ox_quads(graph, quads, terms)
            except StoreError as error:
                failed[graph] = error
        self._replace(by_graph, lambda new: self._inner.extend([quad for quads in new for quad in quads]), list)
        return failed

    def replace_serialized(self, graphs: Iterable[SerializedGraph]) -> None:
        """Replace the named graphs of documents serialised by :func:`serialize_graph`, many at once.

        The write path of an ingest: the graphs were mapped and checked where they were extracted, so this
        process only parses their N-Quads, in Oxigraph, without the GIL. As :meth:`replace_documents`, new
        graphs are added in one transaction (one ``load``) and stored ones replaced in one update, so each
        document is wholly old or wholly new; a graph given twice: the last wins.

        Raises:
            StoreError: the store cannot write them; nothing of the failed transaction is written.
        """
        by_graph = {_ox_named_node(URIRef(graph.name)): graph for graph in graphs}
        self._replace(by_graph, lambda new: self._inner.load(b"".join(graph.nquads for graph in new), format=_N_QUADS),
                      lambda graph: list(pyoxigraph.parse(graph.nquads, format=_N_QUADS)))

    def _replace(self, graphs: dict[pyoxigraph.NamedNode, _T], add_new: Callable[[list[_T]], object],
                 quads_of: Callable[[_T], list[pyoxigraph.Quad]]) -> None:
        """Write ``graphs``: those new to the store by one ``add_new`` call, the stored ones by one update that drops and
        re-inserts each (``quads_of`` its quads); each call is one Oxigraph transaction."""
        with self._write_lock:
            known = {name: self._inner.contains_named_graph(name) for name in graphs}
            try:
                new = [graph for name, graph in graphs.items() if not known[name]]
                if new:
                    add_new(new)
                stored = [_replacement(name, quads_of(graph)) for name, graph in graphs.items() if known[name]]
                if stored:
                    self._inner.update(" ;\n".join(stored))
            except (SyntaxError, ValueError, OSError) as error:
                raise StoreError(f"{len(graphs)} documents cannot be written ({str(error).splitlines()[0]})") from None

    def load_file(self, path: str | Path) -> None:
        """Bulk-load a TriG or N-Quads file (an export of a store: one named graph per document).

        Much faster than writing document by document, but not one transaction: meant for filling an empty
        store (restoring an export, building a benchmark graph), not for updating a live one.
        """
        fmt = pyoxigraph.RdfFormat.TRIG if Path(path).suffix.lower() == ".trig" else pyoxigraph.RdfFormat.N_QUADS
        with self._write_lock:
            try:
                self._inner.bulk_load(path=str(path), format=fmt)
            except (SyntaxError, ValueError, OSError) as error:
                raise StoreError(f"{path}: cannot be loaded ({str(error).splitlines()[0]})") from None

    def remove_document(self, graph: URIRef) -> bool:
        """Drop one document's graph (one transaction); returns False when there was none."""
        with self._write_lock:
            if not self._has_graph(graph):
                return False
            self._inner.remove_graph(_ox_named_node(graph))
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

    def select(self, sparql: str, bindings: dict | None = None) -> QueryResult:
        """Run a read SELECT query with values bound; returns its rows as rdflib terms.

        The same rows as ``to_result(self.query(sparql, bindings))``, read from Oxigraph directly: each
        distinct term is converted once (a large result repeats its organisations, kinds and sources) and
        no rdflib ``Result`` is built, which took a quarter of a 30,000-row contract query's time.

        Raises:
            QueryError: a syntax error, a query that is not a SELECT, or a store error while reading.
        """
        prefixes = {prefix: str(namespace) for prefix, namespace in self.dataset.namespaces()}
        substitutions = {pyoxigraph.Variable(str(name)): to_ox(value) for name, value in (bindings or {}).items()}
        terms: dict = {}
        rows = []
        try:
            solutions = self._inner.query(sparql, use_default_graph_as_union=True, prefixes=prefixes, substitutions=substitutions)
            if not isinstance(solutions, pyoxigraph.QuerySolutions):
                raise QueryError("only SELECT queries produce tables; use CONSTRUCT through the Python API")
            columns = [variable.value for variable in solutions.variables]
            for solution in solutions:
                rows.append(tuple(None if value is None else _converted(terms, value, from_ox) for value in solution))
        except (SyntaxError, RuntimeError, ValueError, OSError) as error:
            raise QueryError(f"query failed: {str(error).splitlines()[0]}") from None
        return QueryResult(columns, rows)

    def graph(self) -> Graph:
        """All documents' triples merged into one in-memory rdflib Graph (for networkx and exports)."""
        merged = Graph()
        merged.bind("ikg", str(IKG._NS))
        for quad in self._inner.quads_for_pattern(None, None, None):
            merged.add(_from_ox_triple(quad))
        return merged

    def merged_triples(self) -> MergedTriples:
        """All documents' triples merged into a read-only index (for the network view): the triples of
        :meth:`graph`, ten times faster to build."""
        terms: dict = {}
        return MergedTriples(tuple(_converted(terms, value, from_ox) for value in (q.subject, q.predicate, q.object))
                             for q in self._inner.quads_for_pattern(None, None, None))

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the dataset (named graphs kept for TriG/N-Quads) atomically: a temporary file, fsync, rename.

        The target is either its old content or the complete new export, even if the process dies midway;
        a failed export removes its temporary file.
        """
        target = Path(path)
        fmt = export_format(target, fmt)

        def write(output) -> None:
            if fmt in ("trig", "nquads"):
                self._inner.dump(output, pyoxigraph.RdfFormat.TRIG if fmt == "trig" else pyoxigraph.RdfFormat.N_QUADS)
            else:
                output.write(self.graph().serialize(format=fmt, encoding="utf-8"))

        return write_atomically(target, write)

    def flush(self) -> None:
        if self.location is not None:
            self._inner.flush()

    def close(self) -> None:
        if not hasattr(self, "_inner"):
            return
        try:
            self.flush()
            self.dataset.close()
            del self._inner
        finally:
            self._release_lock()

    def _release_lock(self) -> None:
        handle, self._lock_handle = self._lock_handle, None
        _HELD_LOCKS.discard(handle)
        if handle is not None:
            handle.truncate(0)  # the PID is stale once the lock is released; the file itself stays
            handle.close()

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _has_graph(self, graph: URIRef) -> bool:
        return self._inner.contains_named_graph(pyoxigraph.NamedNode(str(graph)))

    def count(self, cls: URIRef) -> int:
        return sum(1 for _ in self._inner.quads_for_pattern(None, pyoxigraph.NamedNode(str(RDF.type)), pyoxigraph.NamedNode(str(cls))))


def open_store(location: str | Path | None):
    """The store at ``location``: a SPARQL server for an ``http(s)://`` URL (see :mod:`kg.remote`), else a folder
    (None: in memory)."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from kg.remote import RemoteStore

        return RemoteStore(location)
    return GraphStore(location)


def write_atomically(target: str | Path, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write(binary file)`` on a temporary file beside ``target``, fsync it, then rename it over ``target``.

    The target is either its old content or the complete new file, even if the process dies midway;
    a failed write removes its temporary file.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise StoreError(f"{target}: cannot write the export ({error.strerror})") from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as output:
            write(output)
            output.flush()
            os.fsync(output.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot write the export ({error.strerror or error})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


#: Lock files this process holds, so that a forked child (an extraction worker) can let go of them.
_HELD_LOCKS: set = set()


def _drop_locks_in_child() -> None:
    """In a forked child, point the inherited lock descriptors at /dev/null.

    ``flock`` belongs to the open file, which a fork shares: a worker outliving a killed parent would
    otherwise keep the store locked. Redirecting (rather than closing) the descriptor keeps its number
    from being reused by a file the child opens later.
    """
    for handle in _HELD_LOCKS:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, handle.fileno())
        os.close(null)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_locks_in_child)


def _lock_store(location: Path):
    """Take the store's exclusive lock and record our PID in it, or raise naming the PID that holds it.

    ``flock`` locks die with their process, so a killed ingest never leaves the store locked.
    """
    if fcntl is None:  # pragma: no cover
        return None
    try:
        location.mkdir(parents=True, exist_ok=True)
        handle = open(location / LOCK_FILE, "a+", encoding="ascii")
    except OSError as error:
        raise StoreError(f"cannot open store {location}: {error.strerror} ({error.filename})") from None
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        pid = handle.read(32).strip() or "unknown"
        handle.close()
        raise StoreError(f"store {location} is locked by PID {pid} (in use by another kg process); "
                         "wait for it to finish or use another --store") from None
    handle.seek(0)
    handle.truncate(0)
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    _HELD_LOCKS.add(handle)
    return handle


def locked_by(location: str | Path) -> int | None:
    """The PID of the process holding the store at ``location``, or None when it is free."""
    path = Path(location) / LOCK_FILE
    if fcntl is None or not path.is_file():
        return None
    with open(path, "a+", encoding="ascii") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            text = handle.read(32).strip()
            return int(text) if text.isdigit() else -1
        return None


def _ox_named_node(iri: URIRef) -> pyoxigraph.NamedNode:
    try:
        return pyoxigraph.NamedNode(str(iri))
    except ValueError as error:
        raise StoreError(f"{iri!r} is not a valid IRI ({error})") from None


def _ox_quads(graph: URIRef, quads: Iterable[tuple], terms: dict) -> list[pyoxigraph.Quad]:
    """A document's rdflib quads as Oxigraph's; raises StoreError naming the document when one is not valid RDF."""
    try:
        return [_to_ox_quad(quad, terms) for quad in quads]
    except (ValueError, TypeError) as error:
        raise StoreError(f"document {graph}: not valid RDF ({str(error).splitlines()[0]}); nothing was written") from None


def _to_ox_quad(quad: tuple, terms: dict | None = None) -> pyoxigraph.Quad:
    """An rdflib (s, p, o, graph) quad as Oxigraph's; ``terms`` caches converted terms across calls."""
    if terms is None or len(quad) != 4:
        return to_ox(tuple(quad))
    subject, predicate, obj, graph = quad  # spelt out: this runs for every quad an ingest writes
    return pyoxigraph.Quad(_converted(terms, subject, to_ox), _converted(terms, predicate, to_ox),
                           _converted(terms, obj, to_ox), _converted(terms, graph, to_ox))


def _converted(terms: dict, value, convert):
    """``convert(value)``, once per distinct value: the terms of a batch or a result repeat (predicates, classes,
    graph names, organisations)."""
    converted = terms.get(value)
    if converted is None:
        converted = terms[value] = convert(value)
    return converted


def _replacement(name: pyoxigraph.NamedNode, quads: list[pyoxigraph.Quad]) -> str:
    """SPARQL update operations replacing one graph; the terms are pyoxigraph's own N-Triples serialisation."""
    if not quads:
        return f"DROP SILENT GRAPH {name}"
    data = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads)
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{data} .\n}} }}"


@lru_cache(maxsize=1)
def _umask() -> int:
    """The process umask, so an export gets the permissions a plain ``open`` would give it (mkstemp uses 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def export_format(target: Path, fmt: str | None) -> str:
    """The RDF format to export to: ``fmt``, else the one of the file extension; raises StoreError when unknown."""
    fmt = fmt or _format_for(target)
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return fmt


def _format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    by_suffix = {v: k for k, v in EXPORT_FORMATS.items()} | {"json": "json-ld", "nq": "nquads", "ttl": "turtle"}
    if suffix not in by_suffix:
        raise StoreError(f"{path}: cannot tell the export format from the extension; use one of .{', .'.join(EXPORT_FORMATS.values())}")
    return by_suffix[suffix]


def _from_ox_triple(quad) -> tuple:
    return from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)

