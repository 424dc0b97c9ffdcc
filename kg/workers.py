"""Extraction in worker processes: each loads the pipeline once and turns batches of documents into graphs ready to store.

A worker extracts, maps and serialises (:func:`prepare_batch`); the main process only writes what comes back,
so a store is still written by one process, and on a machine with as many workers as cores the main process
takes as little CPU from them as it can: it receives each document's graph as N-Quads bytes, which Oxigraph
parses without the GIL, rather than records to unpickle, map and convert term by term. Results come back in
input order, so an ingest with N workers stores the same graph as one with a single process.

Workers are forked where the OS can (``spawn`` elsewhere): a forked worker shares the pipeline the parent
may already have loaded, and a plain script or notebook calling ``ingest`` needs no ``if __name__ ==
"__main__"`` guard. A child never touches the parent's open store (whose locks a fork could catch held):
it only reads documents and runs spaCy.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from kg.errors import KgError, StoreError
from kg.mapping import document_iri, extraction_quads
from kg.records import Document, Extraction
from kg.store import SerializedGraph, serialize_graph

#: Documents per task sent to a worker: big enough to batch the model, small enough to balance the load.
CHUNK = 16


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def worker_count(workers: int | None, documents: int) -> int:
    """How many processes an extraction of ``documents`` should use: at most ``workers`` (None: all cores),
    and no more than there are chunks of work, since starting a worker costs a model load."""
    wanted = default_workers() if workers is None else workers
    if wanted < 1:
        raise KgError(f"the number of workers must be at least 1, not {wanted}")
    return max(1, min(wanted, documents // CHUNK))


def extract_safely(nlp, documents: list[Document], batch_size: int) -> tuple[list[Extraction], list[str]]:
    """Extract a batch; if it fails, retry its documents one by one so that only the bad one is lost.

    Returns the extractions in input order and one message per document that failed.
    """
    from kg.extract import extract_documents

    try:
        return list(extract_documents(nlp, documents, batch_size)), []
    except Exception:  # noqa: BLE001 - isolate the failing document below
        extractions, errors = [], []
        for document in documents:
            try:
                extractions.extend(extract_documents(nlp, [document], 1))
            except Exception as error:  # noqa: BLE001
                message = " ".join(str(error).split())[:200]
                errors.append(f"{document.origin}: extraction failed ({type(error).__name__}: {message})")
        return extractions, errors


@dataclass(frozen=True)
class PreparedBatch:
    """A batch of documents ready for the store: the graphs of those extracted, in input order, and one message per
    document that could not be extracted or stored."""

    graphs: tuple[tuple[str, SerializedGraph], ...]  # (document id, its graph)
    errors: tuple[str, ...]


def prepare_batch(nlp, documents: list[Document], batch_size: int) -> PreparedBatch:
    """Extract, map and serialise a batch (see :func:`extract_safely`); a document whose graph is not valid RDF is
    refused alone."""
    extractions, errors = extract_safely(nlp, documents, batch_size)
    graphs = []
    terms: dict = {}  # rdflib term -> Oxigraph term, shared by the batch: predicates, classes and organisations recur
    for extraction in extractions:
        document = extraction.document
        try:
            graphs.append((document.id, serialize_graph(document_iri(document.id), extraction_quads(extraction), terms)))
        except StoreError as error:
            errors.append(f"{document.origin}: not stored ({error})")
    return PreparedBatch(tuple(graphs), tuple(errors))


def prepare_in_processes(documents: list[Document], processes: int, model: str | None, pipeline_config: str | None,
                         batch_size: int) -> Iterator[PreparedBatch]:
    """Yield :func:`prepare_batch`'s results for successive chunks of ``documents``, computed by ``processes`` workers."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    chunks = [documents[start : start + CHUNK] for start in range(0, len(documents), CHUNK)]
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_load, initargs=(model, pipeline_config)) as pool:
        try:
            yield from pool.map(_prepare_chunk, chunks, [batch_size] * len(chunks))
        except BrokenProcessPool:
            raise KgError("an extraction worker process died (out of memory, or it could not load the pipeline: see any "
                          "traceback above); the articles stored so far are kept: run the ingest again, with fewer --workers") from None


_nlp = None


def _load(model: str | None, pipeline_config: str | None) -> None:
    global _nlp
    from kg.pipeline import load_pipeline

    _exit_with_parent()
    _nlp = load_pipeline(model, pipeline_config)


def _exit_with_parent() -> None:
    """A worker whose ingest was killed (SIGKILL, OOM) would wait forever on a queue its siblings keep open, holding
    a loaded pipeline: it watches its parent and ends when the parent is gone."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _prepare_chunk(documents: Iterable[Document], batch_size: int) -> PreparedBatch:
    return prepare_batch(_nlp, list(documents), batch_size)
