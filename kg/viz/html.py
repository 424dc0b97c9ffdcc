"""HTML pages of the views: one self-contained file each, safe with untrusted article text.

vis-network is inlined from the pyvis package (no CDN: pages work offline) and a
Content-Security-Policy forbids every request. Data travels as JSON in a script element, escaped
so that no text can close the element, and the page builds tooltips and the evidence panel with
``textContent``: text from articles is never parsed as HTML (vis-network would render a string
tooltip as HTML in some versions and pyvis's own template does; ours never hands it a string).
Links are only ever ``http(s)`` URLs, set as ``href`` properties.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx

from kg.viz.layout import layout
from kg.viz.network import CLASS_STYLE, Article, Support, http_url

DEFAULT_MAX_NODES = 5000  # drawn in about 3 s in headless Chromium (see bench/viz_bench.py)
EDGE_LABEL_LIMIT = 400  # edges: above this, labels are hidden (hover shows them) so big graphs stay legible
PHYSICS_LIMIT = 200  # nodes: above this, the precomputed layout is drawn as is (no physics in the browser)
_STYLE = {kind: (colour, shape) for kind, colour, shape in CLASS_STYLE.values()}


@dataclass(frozen=True)
class HtmlPage:
    """A self-contained HTML page: ``save`` it, or display it in Jupyter (``_repr_html_``)."""

    title: str
    html: str

    def save(self, path: str | Path) -> Path:
        """Write the page atomically (temporary file, fsync, rename); returns the path."""
        from kg.store import write_atomically

        return write_atomically(path, lambda handle: handle.write(self.html.encode("utf-8")))

    def _repr_html_(self) -> str:
        """An iframe whose ``srcdoc`` is the whole page, escaped as an attribute value."""
        return (f'<iframe title="{html.escape(self.title)}" srcdoc="{html.escape(self.html, quote=True)}" '
                f'sandbox="allow-scripts" style="width: 100%; height: 640px; border: 1px solid #ddd;"></iframe>')


def network_page(network: nx.MultiDiGraph, title: str = "industry-kg network", max_nodes: int = DEFAULT_MAX_NODES,
                 seed: int = 1) -> HtmlPage:
    """The interactive network view of ``network``.

    Beyond ``max_nodes`` only the most connected nodes are drawn, and the page says how many are hidden.
    Nodes are sized by degree and coloured by class; a legend with checkboxes filters classes and statuses.
    """
    total = network.number_of_nodes()
    if total > max_nodes:
        ranked = sorted(network.degree(), key=lambda item: (-item[1], item[0]))[:max_nodes]
        network = network.subgraph(node for node, _ in ranked)
    articles: dict[str, Article] = network.graph.get("articles", {})
    positions = layout(network, seed)
    degree = dict(network.degree())
    top = max(degree.values(), default=1) or 1
    nodes = []
    for node, data in network.nodes(data=True):
        colour, shape = _STYLE[data["cls"]]
        x, y = positions[node]
        nodes.append({"id": node, "label": data["label"], "cls": data["cls"], "x": x, "y": y, "color": colour, "shape": shape,
                      "size": round(8 + 26 * math.sqrt(degree[node] / top), 1), "status": _statuses(data),
                      "tip": data.get("tip", ""), "ev": _evidence(data.get("supports", ()), articles)})
    edges = [{"from": u, "to": v, "label": d.get("label", ""), "tip": d.get("tip", ""), "status": _statuses(d),
              "ev": _evidence(d.get("supports", ()), articles)} for u, v, d in network.edges(data=True)]
    notices = []
    if total > max_nodes:
        notices.append(f"Showing the {max_nodes:,} most connected of {total:,} nodes; {total - max_nodes:,} hidden. "
                       "Narrow the view (--focus, --class, --status, --since/--until, --source) or raise --max-nodes.")
    labels = len(edges) <= EDGE_LABEL_LIMIT
    if not labels:
        notices.append(f"Edge labels hidden above {EDGE_LABEL_LIMIT} edges; hover or click an edge to read it.")
    physics = len(nodes) <= PHYSICS_LIMIT
    options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 140, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
        "layout": {"improvedLayout": False},
        "edges": {"arrows": "to", "smooth": False, "color": {"color": "#9aa4ae", "highlight": "#333"},
                  "font": {"size": 10 if labels else 0, "align": "middle", "color": "#555"}},
        "nodes": {"font": {"size": 12}, "borderWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not labels},
    }
    kinds = [kind for kind, _, _ in CLASS_STYLE.values() if any(n["cls"] == kind for n in nodes)]
    statuses = sorted({s for item in nodes + edges for s in item["status"]})
    page = _render("network.html", title=title, legend=[(kind, _STYLE[kind][0]) for kind in kinds], statuses=statuses,
                   node_count=len(nodes), edge_count=len(edges), notices=notices, vis_js=_vis("vis-network.min.js"),
                   vis_css=_vis("vis-network.css"), data_json=script_json({"nodes": nodes, "edges": edges, "options": options}))
    return HtmlPage(title, page)


def script_json(value: object) -> str:
    """JSON safe inside <script>: '<', '>', '&' and line separators escaped, so no text can end the element."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _statuses(data: dict) -> list[str]:
    return [s for s in data.get("status", "").split("; ") if s]


def _evidence(supports: tuple[Support, ...], articles: dict[str, Article]) -> list[dict]:
    """Each statement for the evidence panel: sentence, status, date, and its source's title and link."""
    items = []
    for support in supports:
        article = articles.get(support.document)
        items.append({"sentence": support.sentence, "status": support.status, "when": support.when,
                      "source": (article.title or article.url or support.document) if article else support.document,
                      "published": article.published.isoformat() if article and article.published else "",
                      "url": http_url(article.url) if article else ""})
    return items


def _render(template: str, **context) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    return environment.get_template(template).render(**context)


@cache
def _vis(name: str) -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
