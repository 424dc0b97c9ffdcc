"""Visualisation: the RDF graph -> a networkx graph -> an offline HTML network (pyvis + vis-network).

The page inlines vis-network from the pyvis package (no CDN: it must work offline) and carries
the data as JSON in a script element, escaped so that article text can never close the element.
Tooltips are built in the page with ``textContent``: text from articles is never parsed as HTML.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KgError
from kg.vocab import IKG

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
PHYSICS_NODE_LIMIT = 1500


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and facts as nodes (with class, label, tooltip text), relations and roles as labelled edges."""
    network = nx.MultiDiGraph()
    for cls, (kind, _, _) in CLASS_STYLE.items():
        for node in set(graph.subjects(RDF.type, cls)):
            network.add_node(str(node), cls=kind, label=_label(graph, node), tip=_tooltip(graph, node, kind))
    for predicate, (label, reverse) in EDGES.items():
        for subject, obj in graph.subject_objects(predicate):
            source, target = (str(obj), str(subject)) if reverse else (str(subject), str(obj))
            if source in network and target in network:
                network.add_edge(source, target, label=label, tip=f"{_label(graph, URIRef(source))} {label} {_label(graph, URIRef(target))}")
    for role in set(graph.subjects(RDF.type, IKG.Role)):
        person, org = graph.value(role, IKG.person), graph.value(role, IKG.organization)
        title = str(graph.value(role, IKG.roleTitle) or "")
        if person is not None and org is not None and str(person) in network and str(org) in network:
            network.add_edge(str(person), str(org), label=title, tip=_tooltip(graph, role, "Role"))
    return network


def focus(network: nx.MultiDiGraph, name: str, hops: int = 2) -> nx.MultiDiGraph:
    """The nodes within ``hops`` of every node whose label matches ``name`` (case-insensitive)."""
    wanted = name.casefold().strip()
    centres = [n for n, data in network.nodes(data=True) if data["label"].casefold() == wanted]
    centres = centres or [n for n, data in network.nodes(data=True) if wanted in data["label"].casefold()]
    if not centres:
        raise KgError(f"no node named {name!r} in the graph; try `kg query organizations` for the names it knows")
    undirected = network.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return network.subgraph(keep).copy()


def write_html(network: nx.MultiDiGraph, path: str | Path, title: str = "industry-kg network") -> Path:
    """Write a self-contained HTML page of the network; returns its path."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    from pyvis.network import Network

    degree = dict(network.degree())
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    for node, data in network.nodes(data=True):
        _, colour, shape = next(style for style in CLASS_STYLE.values() if style[0] == data["cls"])
        net.add_node(node, label=data["label"], shape=shape, color=colour, size=10 + 4 * min(degree.get(node, 0), 10),
                     tip=data["tip"], group=data["cls"])
    for source, target, data in network.edges(data=True):
        net.add_edge(source, target, label=data["label"], tip=data["tip"], arrows="to")
    big = network.number_of_nodes() > PHYSICS_NODE_LIMIT
    options = {
        "physics": {"enabled": not big, "solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 250, "fit": True}},
        "edges": {"font": {"size": 0 if network.number_of_edges() > 400 else 10, "align": "middle"}, "smooth": False},
        "nodes": {"font": {"size": 12}},
        "interaction": {"hover": True, "tooltipDelay": 120},
    }
    if big:
        positions = nx.spring_layout(nx.Graph(network), seed=1, iterations=30, scale=3000)
        for node in net.nodes:
            node["x"], node["y"] = (float(v) for v in positions[node["id"]])
    data = {"nodes": net.nodes, "edges": net.edges, "options": options}
    environment = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    template = environment.get_template("network.html")
    vis_dir = Path(__import__("pyvis").__file__).parent / "lib" / "vis-9.1.2"
    legend = [(kind, colour) for kind, colour, _ in CLASS_STYLE.values() if any(d["cls"] == kind for _, d in network.nodes(data=True))]
    html = template.render(
        title=title,
        legend=legend,
        node_count=network.number_of_nodes(),
        edge_count=network.number_of_edges(),
        vis_js=(vis_dir / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(vis_dir / "vis-network.css").read_text(encoding="utf-8"),
        data_json=script_json(data),
    )
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(target)
    return target


def script_json(value: object) -> str:
    """JSON safe inside <script>: '<', '>', '&' and line separators escaped, so no text can end the element."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _label(graph: Graph, node: URIRef) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node).rsplit("/", 1)[-1]


def _tooltip(graph: Graph, node: URIRef, kind: str) -> str:
    """Plain text: the fact, its status, and each supporting sentence with its source."""
    lines = [f"{kind}: {_label(graph, node)}"]
    for predicate, name in ((IKG.kind, "kind"), (IKG.status, "status"), (IKG.amountText, "amount"), (IKG.currency, "currency"),
                            (IKG.date, "date"), (IKG.dateText, "when"), (IKG.since, "since"), (IKG.about, "about"), (IKG.purpose, "for"), (IKG.confidence, "confidence")):
        value = graph.value(node, predicate)
        if value is not None:
            lines.append(f"{name}: {value}")
    sources: dict[str, list[str]] = defaultdict(list)
    for evidence in graph.objects(node, IKG.evidence):
        document = graph.value(evidence, IKG.document)
        source = str(graph.value(document, IKG.title) or graph.value(document, IKG.url) or document)
        url = graph.value(document, IKG.url)
        sources[source + (f" <{url}>" if url else "")].append(str(graph.value(evidence, IKG.sentence)))
    for source, sentences in sources.items():
        lines.append("")
        lines.extend(f"“{sentence}”" for sentence in sentences[:3])
        lines.append(f"— {source}")
    articles = len(set(graph.objects(node, IKG.mentionedIn)))
    if articles:
        lines.append(f"mentioned in {articles} article{'s' if articles > 1 else ''}")
    return "\n".join(lines)
