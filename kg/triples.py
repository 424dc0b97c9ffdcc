"""A read-only, in-memory index of the merged triples of every article, for readers that walk the graph.

The network view asks, for each of thousands of nodes, for its labels, statuses, evidence and dates.
An rdflib ``Graph`` answers that, but filling one costs about 50 µs per triple (term validation, three
indexes and contexts); this index keeps the two lookups the view needs, by subject and predicate and by
predicate and object, with each distinct term converted once. Triples repeated across articles are kept
once, as in a merged rdflib Graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.term import Node


class MergedTriples:
    """The subset of rdflib's ``Graph`` reading API that :func:`kg.viz.to_networkx` uses.

    Args:
        triples: (subject, predicate, object) rdflib terms; duplicates are kept once.
    """

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._objects: dict[tuple[Node, Node], dict[Node, None]] = {}  # dicts as ordered sets
        self._subjects: dict[tuple[Node, Node], dict[Node, None]] = {}
        self._pairs: dict[Node, dict[tuple[Node, Node], None]] = {}
        self._size = 0
        for subject, predicate, obj in triples:
            objects = self._objects.setdefault((subject, predicate), {})
            if obj in objects:
                continue
            objects[obj] = None
            self._subjects.setdefault((predicate, obj), {})[subject] = None
            self._pairs.setdefault(predicate, {})[(subject, obj)] = None
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._objects.get((subject, predicate), ()))

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        return iter(self._subjects.get((predicate, obj), ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        return iter(self._pairs.get(predicate, ()))

    def value(self, subject: Node, predicate: Node, default: Node | None = None) -> Node | None:
        """One object of (subject, predicate), or ``default`` when there is none."""
        return next(self.objects(subject, predicate), default)
