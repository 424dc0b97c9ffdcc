"""Validation: the graph against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl), as a typed report.

Researchers cite what the graph says, so a graph that breaks its own contract (an investment
without a currency, a fact without evidence, a status outside its value set) must be caught where
it is built, not where it is queried. pySHACL's results graph is turned into plain
:class:`ValidationResult` records that name the node by its label, so a report reads as one line
per problem instead of a SHACL results graph.

A fact reported by several articles is one node with one status, amount, date... per article
graph, so the union legitimately holds several. Given the dataset, validation checks each fact
*as each article states it* (:func:`article_statements`), with the exact cardinalities of the
shapes, while organisations, people, places and products are checked across articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD

from kg.errors import KgError
from kg.reason import INFERRED_GRAPH
from kg.resources import resource_dir
from kg.vocab import IKG, RESOURCE_BASE

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_CARDINALITY = (SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent)
FACT_CLASSES = (IKG.Plant, IKG.Investment, IKG.Partnership, IKG.Role)


def shapes_path() -> Path:
    """The bundled shapes file (``ontology/shapes.ttl``; ``kg/_data/ontology/shapes.ttl`` in a wheel)."""
    return resource_dir("ontology") / "shapes.ttl"


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result: which node, which property, what is wrong, and how bad it is."""

    focus: str  # IRI of the node that breaks a shape
    label: str  # its rdfs:label, or the last segment of its IRI
    cls: str  # its class as a local name (Investment), "" when untyped
    path: str  # the property as a prefixed name (ikg:currency), "" for a constraint on the node itself
    message: str
    value: str | None = None  # the offending value, when there is one
    severity: str = "violation"  # violation | warning | info
    found: tuple[str, ...] | None = None  # for a wrong number of values: the values there are
    document: str | None = None  # for a fact: the article graph whose statement of it is wrong

    def line(self) -> str:
        """One readable line: ``Investment '£2bn' <investment/1a2b> in <doc/d1>: ikg:currency: ... (value: 'pounds')``."""
        head = "" if self.severity == "violation" else f"{self.severity}: "
        node = (f"{self.cls} {self.label!r}" if self.cls else repr(self.label)) + f" <{_short(self.focus)}>"
        if self.document is not None:
            node += f" in <{_short(self.document)}>"
        where = f"{self.path}: " if self.path else ""
        if self.value is not None:
            value = f" (value: {self.value})"
        elif self.found is not None:
            value = f" (found {len(self.found)}: {', '.join(self.found)})" if self.found else " (found none)"
        else:
            value = ""
        return f"{head}{node}: {where}{self.message}{value}"


@dataclass
class ValidationReport:
    """Every result of one validation run, violations first; ``conforms`` ignores warnings."""

    results: list[ValidationResult] = field(default_factory=list)
    triples: int = 0

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def lines(self) -> list[str]:
        return [r.line() for r in self.violations + self.warnings]

    def summary(self) -> str:
        violations, warnings = len(self.violations), len(self.warnings)
        return (f"validation: {violations} violation{'s' if violations != 1 else ''}, "
                f"{warnings} warning{'s' if warnings != 1 else ''} ({self.triples} triples checked against {shapes_path().name})")


def validate_graph(data: Graph | Dataset, shapes: str | Path | None = None) -> ValidationReport:
    """Validate ``data`` against the shapes.

    Args:
        data: the article graphs as a Dataset (each fact checked per article, see :func:`article_statements`;
            the inferred graph of ``kg reason`` is left out), or one Graph checked as it is. Not modified.
        shapes: a Turtle shapes file instead of the bundled ``shapes.ttl``.
    Returns:
        A :class:`ValidationReport`; ``report.conforms`` is False when any violation is found.
    Raises:
        KgError: the shapes file cannot be read.
    """
    import pyshacl

    shapes_file = Path(shapes) if shapes is not None else shapes_path()
    try:
        shapes_graph = Graph().parse(shapes_file, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise KgError(f"{shapes_file}: cannot read the SHACL shapes ({error})") from None
    data, statements = article_statements(data) if isinstance(data, Dataset) else (_simple_strings(data), {})
    _, results_graph, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", allow_warnings=True,
                                           abort_on_first=False)
    results = [_result(results_graph, node, data, statements) for node in results_graph.subjects(RDF.type, SH.ValidationResult)]
    order = {"violation": 0, "warning": 1, "info": 2}
    results.sort(key=lambda r: (order.get(r.severity, 3), r.cls, r.label.casefold(), r.focus, r.path, r.message))
    return ValidationReport(results, len(data))


def article_statements(dataset: Dataset) -> tuple[Graph, dict[URIRef, tuple[URIRef, URIRef]]]:
    """The union of the article graphs, with each fact split into one node per article that states it.

    ``<investment/abc>`` stated by articles d1 and d2 becomes ``<investment/abc#d1>`` and
    ``<investment/abc#d2>``, each with that article's status, amount and evidence, so "exactly one
    status" means one per article. Returns the graph and, for each split node, (fact, article graph).
    """
    quads = [q for q in dataset.quads((None, None, None, None)) if q[3] != INFERRED_GRAPH]
    facts = {(s, g) for s, p, o, g in quads if p == RDF.type and o in FACT_CLASSES}
    statements: dict[URIRef, tuple[URIRef, URIRef]] = {}

    def split(node, graph):
        if (node, graph) not in facts:
            return node
        statement = URIRef(f"{node}#{str(graph).rsplit('/', 1)[-1]}")
        statements[statement] = (node, graph)
        return statement

    union = Graph()
    union.addN((split(s, g), p, split(o, g), union) for s, p, o, g in quads)
    return _simple_strings(union), statements


def _simple_strings(data: Graph) -> Graph:
    """A copy with ``"x"^^xsd:string`` written as ``"x"``: the same RDF 1.1 term, but rdflib compares
    them as different, and Oxigraph hands back the typed form, so ``sh:in`` would never match."""
    copy = Graph()
    for prefix, namespace in data.namespaces():
        copy.bind(prefix, namespace)
    copy.addN((s, p, Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o, copy) for s, p, o in data)
    return copy


def _result(results: Graph, node, data: Graph, statements: dict[URIRef, tuple[URIRef, URIRef]]) -> ValidationResult:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    message = results.value(node, SH.resultMessage)
    severity = SEVERITIES.get(results.value(node, SH.resultSeverity), "violation")
    cls = data.value(focus, RDF.type)
    found = None
    if results.value(node, SH.sourceConstraintComponent) in _CARDINALITY and isinstance(path, URIRef):
        found = tuple(sorted(_value(statements.get(v, (v,))[0]) for v in data.objects(focus, path)))
    fact, document = statements.get(focus, (focus, None))
    return ValidationResult(
        focus=str(fact),
        label=_label(data, focus),
        cls=_local(cls) if cls is not None else "",
        path=_path(results, path) if path is not None else "",
        message=str(message) if message is not None else "breaks " + _local(results.value(node, SH.sourceConstraintComponent) or ""),
        value=_value(statements.get(value, (value,))[0]) if value is not None and value != focus else None,
        severity=severity,
        found=found,
        document=None if document is None else str(document),
    )


def _short(iri: str) -> str:
    return iri[len(RESOURCE_BASE):] if iri.startswith(RESOURCE_BASE) else iri


def _label(data: Graph, node) -> str:
    label = data.value(node, RDFS.label)
    text = str(label) if label is not None else str(node).rstrip("/").rsplit("/", 1)[-1]
    return " ".join(text.split())


def _path(results: Graph, path) -> str:
    """A SHACL path as written in Turtle: ``ikg:currency``, ``^ikg:evidence``."""
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _qname(inverse)
        return "(path)"
    return _qname(path)


def _qname(iri) -> str:
    for prefix, namespace in (("ikg", str(IKG._NS)), ("rdfs", str(RDFS)), ("prov", str(PROV)), ("rdf", str(RDF)), ("xsd", str(XSD))):
        if str(iri).startswith(namespace):
            return f"{prefix}:{str(iri)[len(namespace):]}"
    return f"<{iri}>"


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(value) -> str:
    if isinstance(value, Literal):
        datatype = f"^^{_qname(value.datatype)}" if value.datatype and value.datatype != XSD.string else ""
        return f"{str(value)!r}{datatype}"
    if isinstance(value, URIRef):
        return f"<{value}>"
    return str(value)
