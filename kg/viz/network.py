"""The RDF graph as a networkx graph, and the views cut from it: filters, ego network, company view.

Nodes are entities and facts; each keeps its class, label, plain-text tooltip and, for the HTML
views, its :class:`Support` records (the sentences that state it, each with its own source,
status and date). A fact may be stated by several articles with different statuses: every
statement is kept with its source, none is picked. Filters work on *statements* (a fact node or
a role edge): a fact is kept when one of its statements matches, and an entity is kept when it
still touches a kept fact (or, for a source filter, when that source mentions it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KgError
from kg.triples import MergedTriples
from kg.vocab import IKG, RESOURCE_BASE

CLASS_STYLE = {  # class -> (legend name, colour, shape)
    IKG.Organization: ("Organisation", "#4e79a7", "dot"),
    IKG.Person: ("Person", "#f28e2b", "dot"),
    IKG.Place: ("Place", "#59a14f", "triangle"),
    IKG.Product: ("Product", "#b07aa1", "square"),
    IKG.Plant: ("Plant", "#e15759", "diamond"),
    IKG.Investment: ("Investment", "#edc948", "star"),
    IKG.Partnership: ("Partnership", "#76b7b2", "hexagon"),
}
EDGES = {  # predicate -> (label, reversed: draw from object to subject)
    IKG.operator: ("operates", True),
    IKG.location: ("located in", False),
    IKG.investor: ("invests", True),
    IKG.target: ("into", False),
    IKG.partner: ("partner in", True),
    IKG.maker: ("makes", True),
}
FACT_CLASSES = ("Plant", "Investment", "Partnership")
ENTITY_CLASSES = ("Organisation", "Person", "Place", "Product")
_ALIASES = {"organization": "organisation", "organizations": "organisation", "organisations": "organisation", "people": "person"}
# The status each article states for each fact: facts shared by several articles may differ.
FACT_STATUS_SPARQL = f"SELECT ?fact ?status ?doc WHERE {{ GRAPH ?doc {{ ?fact <{IKG.status}> ?status }} }}"


@dataclass(frozen=True)
class Article:
    """What a view shows of a source article."""

    iri: str
    title: str
    url: str
    published: date | None
    publisher: str


@dataclass(frozen=True)
class Support:
    """One statement of a fact: the sentence, where it is, and what that article says of the fact."""

    sentence: str
    start: int
    end: int
    document: str
    status: str
    when: str


@dataclass(frozen=True)
class View:
    """What to draw: ``view`` "all" (entities and facts) or "companies", then the filters, in this order:
    statements (``statuses``, ``since``/``until``, ``source``), the company collapse, ``focus``/``hops``, ``classes``."""

    view: str = "all"
    focus: str | None = None
    hops: int = 2
    classes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    source: str | None = None

    def title(self) -> str:
        parts = ["companies" if self.view == "companies" else "network"]
        if self.focus:
            parts.append(f"around {self.focus} ({self.hops} hops)")
        for name, value in (("class", ", ".join(self.classes)), ("status", ", ".join(self.statuses)), ("source", self.source),
                            ("since", self.since), ("until", self.until)):
            if value:
                parts.append(f"{name} {value}")
        return "industry-kg " + ", ".join(parts)


VIEWS = ("all", "companies")


def select(network: nx.MultiDiGraph, view: View) -> nx.MultiDiGraph:
    """The subgraph ``view`` asks for (see :class:`View`).

    Raises:
        KgError: an unknown view, class or source, or a focus name that is not in the view.
    """
    if view.view not in VIEWS:
        raise KgError(f"unknown view {view.view!r}; use one of {', '.join(VIEWS)}")
    if view.statuses or view.since or view.until or view.source:
        network = filter_statements(network, statuses=view.statuses, since=view.since, until=view.until, source=view.source)
    if view.view == "companies":
        network = company_view(network)
    if view.focus:
        network = focus(network, view.focus, view.hops)
    if view.classes:
        network = by_class(network, view.classes)
    return network


def to_networkx(graph: Graph | MergedTriples, statuses: Iterable[tuple[str, str, str]] = ()) -> nx.MultiDiGraph:
    """Entities and facts as nodes, relations and roles as labelled edges.

    Args:
        graph: the merged triples of every article (:meth:`kg.store.GraphStore.merged_triples`, or an rdflib Graph).
        statuses: (fact, status, document) triples, the status each article states (the rows of
            :data:`FACT_STATUS_SPARQL`); without them each statement shows every status of its fact.
    Returns:
        A MultiDiGraph whose nodes have ``cls``, ``label``, ``tip`` (plain text), ``status`` (the
        statuses, "; "-joined), ``sources`` (document IRIs, space-joined) and ``supports``
        (tuple of :class:`Support`); edges have ``label``, ``tip`` and, for roles, the same
        fact attributes. ``network.graph["articles"]`` maps document IRIs to :class:`Article`.
        Use :func:`scalar_copy` before writing GraphML or GEXF.
    """
    by_source: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact, status, document in statuses:
        by_source[str(fact)][str(document)].add(str(status))
    reader = _Reader(graph, by_source)
    network = nx.MultiDiGraph(articles=reader.articles)
    for cls, (kind, _, _) in CLASS_STYLE.items():
        for node in sorted(set(graph.subjects(RDF.type, cls))):  # sorted: the same graph gives the same page
            network.add_node(str(node), cls=kind, label=reader.label(node), **reader.fact_data(node, kind))
    for predicate, (label, reverse) in EDGES.items():
        for subject, obj in sorted(graph.subject_objects(predicate)):
            source, target = (str(obj), str(subject)) if reverse else (str(subject), str(obj))
            if source in network and target in network:
                tip = f"{network.nodes[source]['label']} {label} {network.nodes[target]['label']}"
                network.add_edge(source, target, label=label, tip=tip)
    for role in sorted(set(graph.subjects(RDF.type, IKG.Role))):
        person, org = graph.value(role, IKG.person), graph.value(role, IKG.organization)
        if person is not None and org is not None and str(person) in network and str(org) in network:
            title = " / ".join(sorted(str(t) for t in graph.objects(role, IKG.roleTitle)))
            network.add_edge(str(person), str(org), label=title, **reader.fact_data(role, "Role"))
    return network


def scalar_copy(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only string and number attributes, as GraphML and GEXF writers require."""
    copy = nx.MultiDiGraph()
    keep = (str, int, float, bool)
    copy.add_nodes_from((n, {k: v for k, v in d.items() if isinstance(v, keep)}) for n, d in network.nodes(data=True))
    copy.add_edges_from((u, v, k, {a: b for a, b in d.items() if isinstance(b, keep)}) for u, v, k, d in network.edges(keys=True, data=True))
    return copy


def focus(network: nx.MultiDiGraph, name: str, hops: int = 2) -> nx.MultiDiGraph:
    """The nodes within ``hops`` of every node whose label matches ``name`` (case-insensitive).

    Raises:
        KgError: no node has that name (nor a name containing it).
    """
    wanted = name.casefold().strip()
    centres = [n for n, data in network.nodes(data=True) if data["label"].casefold() == wanted]
    centres = centres or [n for n, data in network.nodes(data=True) if wanted in data["label"].casefold()]
    if not centres:
        raise KgError(f"no node named {name!r} in this view; try `kg query organizations` for the names the graph knows")
    undirected = network.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return _subgraph(network, keep)


def by_class(network: nx.MultiDiGraph, classes: Iterable[str]) -> nx.MultiDiGraph:
    """Only the nodes of these classes ("organisation", "Organization", "plants" ...).

    Raises:
        KgError: a class name the views do not know.
    """
    known = {name.casefold(): name for name in (*ENTITY_CLASSES, *FACT_CLASSES)}
    wanted = set()
    for raw in classes:
        key = _ALIASES.get(raw.casefold().strip(), raw.casefold().strip())
        key = key if key in known else key.rstrip("s")
        if key not in known:
            raise KgError(f"unknown class {raw!r}; use one of {', '.join(known.values())}")
        wanted.add(known[key])
    return _subgraph(network, [n for n, d in network.nodes(data=True) if d["cls"] in wanted])


def filter_statements(network: nx.MultiDiGraph, *, statuses: Iterable[str] = (), since: date | None = None,
                      until: date | None = None, source: str | None = None) -> nx.MultiDiGraph:
    """Keep the facts (fact nodes, role edges) with a statement that matches every filter given.

    A statement matches ``statuses`` when its status is one of them, the dates when its period
    (``ikg:dateFrom``..``ikg:dateTo``, else the publication date of its article) overlaps
    ``since``..``until``, and ``source`` when it comes from that article (IRI, id or URL) or
    publisher. Entities are kept when they touch a kept fact, or when the source mentions them.

    Raises:
        KgError: ``source`` names no article of the graph.
    """
    wanted_status = {s.casefold().strip() for s in statuses}
    documents = resolve_source(network.graph.get("articles", {}), source) if source else None
    articles = network.graph.get("articles", {})

    def matches(data: dict) -> bool:
        for support in data["supports"]:
            if wanted_status and not wanted_status & {s.casefold() for s in support.status.split("; ")}:
                continue
            if documents is not None and support.document not in documents:
                continue
            if (since or until) and not _overlaps(_period(data, articles.get(support.document)), since, until):
                continue
            return True
        return False

    facts = {n for n, d in network.nodes(data=True) if d["cls"] in FACT_CLASSES and matches(d)}
    edges = [(u, v, k) for u, v, k, d in network.edges(keys=True, data=True) if "supports" not in d or matches(d)]
    touched = {n for u, v, k in edges if u in facts or v in facts or "supports" in network.edges[u, v, k] for n in (u, v)}
    mentioned = {n for n, d in network.nodes(data=True) if documents is not None and documents & set(d["sources"].split())}
    keep = facts | {n for n in touched | mentioned if network.nodes[n]["cls"] not in FACT_CLASSES}
    kept = network.edge_subgraph([e for e in edges if e[0] in keep and e[1] in keep]).copy()
    kept.add_nodes_from((n, network.nodes[n]) for n in keep)
    kept.graph.update(network.graph)
    return kept


def resolve_source(articles: dict[str, Article], source: str) -> set[str]:
    """The document IRIs a ``--source`` value names: an IRI, an id, a URL, or a publisher."""
    wanted = source.strip()
    found = {iri for iri, article in articles.items()
             if names_article(iri, article, wanted) or (article.publisher and article.publisher.casefold() == wanted.casefold())}
    if not found:
        raise KgError(f"no article or publisher {source!r} in the graph; `kg query articles` lists them")
    return found


def names_article(iri: str, article: Article, value: str) -> bool:
    """Whether ``value`` is the article's IRI, its id, or the URL it was ingested from."""
    return value in (iri, iri.removeprefix(f"{RESOURCE_BASE}doc/"), article.url)


def company_view(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Organisations, people and places, with the facts between them collapsed into labelled edges.

    "invests £2bn in", "partners with (agreed)", "gigafactory in (under construction)": each edge
    keeps the statements (supports) of the fact it stands for. Products, and entities with no such
    edge, are left out.
    """
    view = nx.MultiDiGraph(**network.graph)
    view.add_nodes_from((n, d) for n, d in network.nodes(data=True) if d["cls"] in ("Organisation", "Person", "Place"))

    def linked(fact: str, label: str, reverse: bool = False) -> list[str]:
        edges = network.in_edges(fact, data=True) if reverse else network.out_edges(fact, data=True)
        return [(u if reverse else v) for u, v, d in edges if d["label"] == label]

    def add(source: str, target: str, fact: str, label: str) -> None:
        data = network.nodes[fact]
        view.add_edge(source, target, label=label, tip=f"{view.nodes[source]['label']} {label} {view.nodes[target]['label']}\n\n{data['tip']}",
                      status=data["status"], sources=data["sources"], supports=data["supports"], dates=data.get("dates", ""))

    for fact, data in network.nodes(data=True):
        status = f" ({data['status']})" if data["status"] else ""
        if data["cls"] == "Partnership":
            partners = sorted(linked(fact, "partner in", reverse=True))
            for i, first in enumerate(partners):
                for second in partners[i + 1:]:
                    add(first, second, fact, f"partners with{status}")
        elif data["cls"] == "Plant":
            for operator in linked(fact, "operates", reverse=True):
                for place in linked(fact, "located in"):
                    add(operator, place, fact, f"{data.get('kind') or 'plant'} in{status}")
        elif data["cls"] == "Investment":
            for investor in linked(fact, "invests", reverse=True):
                for plant in linked(fact, "into"):
                    operators = [o for o in linked(plant, "operates", reverse=True) if o != investor]
                    for target in operators or linked(plant, "located in"):
                        add(investor, target, fact, f"invests {data['label']} in{status}")
    for u, v, k, d in network.edges(keys=True, data=True):
        if "supports" in d and u in view and v in view:
            view.add_edge(u, v, key=k, **d)
    view.remove_nodes_from([node for node in list(view) if view.degree(node) == 0])
    return view


def http_url(url: str) -> str:
    """``url`` if it is an http(s) URL, else "" (no javascript:, data: or relative links in a page)."""
    return url if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url) else ""


def _subgraph(network: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    kept = network.subgraph(nodes).copy()
    kept.graph.update(network.graph)
    return kept


def _period(data: dict, article: Article | None) -> tuple[date, date] | None:
    """The fact's own period, else the publication date of the article that states it."""
    if data.get("dates"):
        start, _, end = data["dates"].partition("/")
        return date.fromisoformat(start), date.fromisoformat(end)
    if article is not None and article.published is not None:
        return article.published, article.published
    return None


def _overlaps(period: tuple[date, date] | None, since: date | None, until: date | None) -> bool:
    if period is None:
        return False
    return (since is None or period[1] >= since) and (until is None or period[0] <= until)


class _Reader:
    """Reads labels, articles and statements out of the merged graph, caching the articles."""

    def __init__(self, graph: Graph | MergedTriples, by_source: dict[str, dict[str, set[str]]]) -> None:
        self.graph = graph
        self.by_source = by_source
        self.articles = {str(doc): self._article(doc) for doc in set(graph.subjects(RDF.type, IKG.Article))}

    def label(self, node: URIRef) -> str:
        labels = sorted(str(label) for label in self.graph.objects(node, RDFS.label))
        return labels[0] if labels else str(node).rsplit("/", 1)[-1]

    def fact_data(self, node: URIRef, kind: str) -> dict:
        """``status``, ``sources``, ``supports``, ``dates`` (ISO "from/to" or ""), ``kind`` and ``tip``."""
        graph = self.graph
        statuses = sorted({str(s) for s in graph.objects(node, IKG.status)})
        when = "; ".join(sorted({str(t) for t in graph.objects(node, IKG.dateText)}))
        supports = []
        for evidence in graph.objects(node, IKG.evidence):
            document = str(graph.value(evidence, IKG.document) or "")
            stated = self.by_source.get(str(node), {}).get(document) or statuses
            supports.append(Support(str(graph.value(evidence, IKG.sentence) or ""), int(graph.value(evidence, IKG.startChar) or 0),
                                    int(graph.value(evidence, IKG.endChar) or 0), document, "; ".join(sorted(stated)), when))
        supports.sort(key=lambda s: (s.document, s.start))
        starts = [d.toPython() for p in (IKG.dateFrom, IKG.date) for d in graph.objects(node, p)]
        ends = [d.toPython() for p in (IKG.dateTo, IKG.date) for d in graph.objects(node, p)]
        dates = f"{min(starts).isoformat()}/{max(ends).isoformat()}" if starts and ends else ""
        sources = {s.document for s in supports} | {str(d) for d in graph.objects(node, IKG.mentionedIn)}
        return {"status": "; ".join(statuses), "sources": " ".join(sorted(sources)), "supports": tuple(supports), "dates": dates,
                "kind": "; ".join(sorted({str(k) for k in graph.objects(node, IKG.kind)})),
                "aliases": "; ".join(sorted({str(a) for a in graph.objects(node, IKG.alias)})),
                "tip": self._tooltip(node, kind, supports)}

    def _article(self, doc: URIRef) -> Article:
        value = self.graph.value
        published = value(doc, IKG.published)
        return Article(str(doc), str(value(doc, IKG.title) or ""), str(value(doc, IKG.url) or ""),
                       published.toPython() if published is not None else None, str(value(doc, IKG.publisher) or ""))

    def _tooltip(self, node: URIRef, kind: str, supports: list[Support]) -> str:
        """Plain text: the fact, its values, and each supporting sentence with its source and what it states."""
        lines = [f"{kind}: {self.label(node)}"]
        for predicate, name in ((IKG.kind, "kind"), (IKG.status, "status"), (IKG.amountText, "amount"), (IKG.currency, "currency"),
                                (IKG.date, "date"), (IKG.dateText, "when"), (IKG.since, "since"), (IKG.about, "about"),
                                (IKG.purpose, "for"), (IKG.confidence, "confidence")):
            values = sorted({str(v) for v in self.graph.objects(node, predicate)})
            if values:
                lines.append(f"{name}: {'; '.join(values)}")
        by_document: dict[str, list[Support]] = defaultdict(list)
        for support in supports:
            by_document[support.document].append(support)
        for document, items in by_document.items():
            article = self.articles.get(document)
            lines.append("")
            lines.extend(f"“{item.sentence}”" for item in items[:3])
            source = (article.title or article.url or document) if article else document
            dated = f", {article.published.isoformat()}" if article and article.published else ""
            url = http_url(article.url) if article else ""
            lines.append(f"— {source}{dated} (status: {items[0].status})" + (f" <{url}>" if url else ""))
        articles = len(set(self.graph.objects(node, IKG.mentionedIn)))
        if articles:
            lines.append(f"mentioned in {articles} article{'s' if articles > 1 else ''}")
        return "\n".join(lines)
