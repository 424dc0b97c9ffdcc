"""Time limits for queries: the query runs in a forked child process that is killed at the deadline.

pyoxigraph cannot cancel a running query (no timeout or cancellation token in its Python API,
oxigraph issue #1926), and a Python thread cannot be stopped while it is inside Rust code, so a
thread-based timeout would return control but leave the query burning a core until it finished.
A child made with ``fork()`` shares the store's pages copy-on-write, runs the query, sends its rows
back through a pipe and exits with ``os._exit`` (multiprocessing's fork start method), never
closing or flushing the store it inherited. At the deadline the parent kills it with SIGKILL: the
work really stops, and the parent's store, which the child never touched, stays usable.

Where ``fork()`` does not exist (Windows), queries run in-process without a limit.
"""

from __future__ import annotations

import multiprocessing
import threading
import warnings
from collections.abc import Callable
from typing import TypeVar

from kg.errors import KgError, QueryError

DEFAULT_TIMEOUT = 30.0  # seconds
_TIME_LIMIT_MESSAGE = ("{what} stopped after the time limit of {timeout:g} s; make it more selective, "
                       "or allow more time (kg query --timeout SECONDS, KnowledgeGraph.query(..., timeout=SECONDS))")
T = TypeVar("T")


def can_limit() -> bool:
    """Whether time limits are enforced on this platform (it has ``fork()``)."""
    return "fork" in multiprocessing.get_all_start_methods()


def run_with_timeout(work: Callable[[], T], timeout: float | None, what: str = "query", *, fork: bool = True) -> T:
    """Return ``work()``, computed in a child process that is killed after ``timeout`` seconds.

    Args:
        work: a function of no arguments whose result can be pickled (a :class:`~kg.query.QueryResult`).
        timeout: seconds; None or 0 means no limit (``work`` runs in this process).
        what: how messages name the work ("query", "query 'plants'").
        fork: False for an on-disk store, whose storage threads make a forked child unsafe (it can
            deadlock, and a fresh read-only handle races with compaction): the work then runs in a
            daemon thread whose result is abandoned at the deadline; it stops with the process (the
            CLI exits at once), or finishes in the background in a long-lived Python process.
    Raises:
        QueryError: the time limit was reached (the child is killed first), the timeout is negative,
            or the child failed; a :class:`~kg.errors.KgError` raised by ``work`` comes back as a
            QueryError with the same message.
    """
    if timeout is not None and timeout < 0:
        raise QueryError(f"the time limit must be a positive number of seconds (or 0 for none), not {timeout:g}")
    if not timeout or not can_limit():
        return work()
    if not fork:
        return _run_in_thread(work, timeout, what)
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_run_child, args=(writer, work), daemon=True, name="kg-query")
    with warnings.catch_warnings():
        # Python 3.12+ warns that fork() in a threaded process may deadlock the child: ours only
        # evaluates one read query and exits, and the deadline bounds even that case.
        warnings.simplefilter("ignore", DeprecationWarning)
        child.start()
    writer.close()
    try:
        if not reader.poll(timeout):
            raise QueryError(_TIME_LIMIT_MESSAGE.format(what=what, timeout=timeout))
        try:
            status, payload = reader.recv()
        except (EOFError, OSError):
            child.join(1)
            raise QueryError(f"{what} failed: the query process ended without an answer (exit code {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        reader.close()
    if status == "error":
        raise QueryError(payload)
    return payload


def _run_in_thread(work: Callable[[], T], timeout: float, what: str) -> T:
    outcome: list = []

    def target() -> None:
        try:
            outcome.append(("ok", work()))
        except KgError as error:
            outcome.append(("error", str(error)))
        except Exception as error:  # noqa: BLE001 - every failure comes back as one line
            outcome.append(("error", f"query failed: {type(error).__name__}: {error}"))

    thread = threading.Thread(target=target, daemon=True, name="kg-query")
    thread.start()
    thread.join(timeout)
    if thread.is_alive() or not outcome:
        raise QueryError(_TIME_LIMIT_MESSAGE.format(what=what, timeout=timeout))
    status, payload = outcome[0]
    if status == "error":
        raise QueryError(payload)
    return payload


def _run_child(writer, work: Callable[[], object]) -> None:
    """In the child: run the work, send ("ok", result) or ("error", message), never raise."""
    try:
        try:
            message = ("ok", work())
        except KgError as error:
            message = ("error", str(error))
        except Exception as error:  # noqa: BLE001 - every failure goes back to the parent as one line
            message = ("error", f"query failed: {type(error).__name__}: {error}")
        try:
            writer.send(message)
        except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled
            writer.send(("error", f"query failed: cannot send the result back ({type(error).__name__}: {error})"))
    finally:
        writer.close()
