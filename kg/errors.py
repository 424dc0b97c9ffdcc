"""The errors the library raises: one base class so callers can catch everything of ours at once."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error industry-kg raises on purpose; its message is one line a user can act on."""


class IngestError(KgError):
    """A file or record could not be read as an article (names the file and, for JSONL, the line)."""

    def __init__(self, location: str, problem: str) -> None:
        self.location = location
        self.problem = problem
        super().__init__(f"{location}: {problem}")


class QueryError(KgError):
    """A query is unknown, malformed, refused, or got a bad parameter."""


class StoreError(KgError):
    """The store cannot be opened or written (locked, missing, unreachable)."""


class ModelError(KgError):
    """No usable spaCy model: none installed, or the named one cannot be loaded."""
