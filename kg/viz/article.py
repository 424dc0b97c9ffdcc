"""The article view: one article's supporting sentences with its entities and facts highlighted
(displaCy-style), next to the table of the facts extracted from it, linking to its network view.

The store keeps the sentences that support facts (with their offsets in the article), not the
article's full text, so the view shows those sentences in article order, with a gap mark where
text was left out. Highlights are found in each sentence from the labels of the entities the
article mentions; every piece of text reaches the page through the template's autoescaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import networkx as nx

from kg.errors import KgError
from kg.viz.html import HtmlPage, _render
from kg.viz.network import CLASS_STYLE, ENTITY_CLASSES, Support, http_url, names_article

_COLOURS = {kind: colour for kind, colour, _ in CLASS_STYLE.values()}
_ROLES = {"operates": "operator", "invests": "investor", "partner in": "partner", "makes": "maker", "located in": "location", "into": "target"}


@dataclass(frozen=True)
class Segment:
    """A run of a sentence: plain text, or an entity mention (``cls`` set)."""

    text: str
    cls: str = ""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    segments: tuple[Segment, ...]
    facts: tuple[int, ...]  # numbers of the facts this sentence supports
    gap: bool  # text was left out before this sentence


@dataclass(frozen=True)
class FactRow:
    number: int
    cls: str
    label: str
    status: str
    when: str
    links: str


def article_page(network: nx.MultiDiGraph, document: str, network_href: str = "") -> HtmlPage:
    """The page of ``document`` (an article's IRI, id or URL) from the network of :func:`kg.viz.to_networkx`.

    Raises:
        KgError: the network has no such article.
    """
    found = [(iri, article) for iri, article in network.graph.get("articles", {}).items() if names_article(iri, article, document.strip())]
    if not found:
        raise KgError(f"no article {document!r} in the graph; `kg query articles` lists them")
    document, article = found[0]
    statements: list[tuple[str, str, str, list[Support]]] = []  # (class, label, links, supports)
    for node, data in network.nodes(data=True):
        mine = [s for s in data.get("supports", ()) if s.document == document]
        if mine:
            links = [f"{_ROLES.get(d['label'], d['label'])}: {network.nodes[u]['label']}" for u, _, d in network.in_edges(node, data=True)]
            links += [f"{_ROLES.get(d['label'], d['label'])}: {network.nodes[v]['label']}" for _, v, d in network.out_edges(node, data=True)]
            statements.append((data["cls"], data["label"], "; ".join(links), mine))
    for u, v, data in network.edges(data=True):
        mine = [s for s in data.get("supports", ()) if s.document == document]
        if mine:
            statements.append(("Role", f"{network.nodes[u]['label']}: {data['label']}", f"organisation: {network.nodes[v]['label']}", mine))
    statements.sort(key=lambda item: min(s.start for s in item[3]))
    rows, by_span = [], {}
    for number, (cls, label, links, supports) in enumerate(statements, start=1):
        rows.append(FactRow(number, cls, label, "; ".join(sorted({s.status for s in supports})),
                            "; ".join(sorted({s.when for s in supports if s.when})), links))
        for support in supports:
            by_span.setdefault((support.start, support.end), [support.sentence, []])[1].append(number)
    names = {data["label"]: data["cls"] for _, data in network.nodes(data=True)
             if data["cls"] in ENTITY_CLASSES and document in data.get("sources", "").split()}
    for _, data in network.nodes(data=True):
        if document in data.get("sources", "").split():
            names.update({alias: data["cls"] for alias in data.get("aliases", "").split("; ") if alias})
    sentences, end = [], 0
    for (start, stop), (sentence, facts) in sorted(by_span.items()):
        sentences.append(Sentence(start, stop, highlight(sentence, names), tuple(sorted(set(facts))), start > end + 1))
        end = max(end, stop)
    return HtmlPage(article.title or article.url or document, _render(
        "article.html", article=article, url=http_url(article.url), sentences=sentences, rows=rows, network_href=network_href,
        legend=[(kind, _COLOURS[kind]) for kind in ENTITY_CLASSES if kind in names.values()], colours=_COLOURS))


def highlight(sentence: str, names: dict[str, str]) -> tuple[Segment, ...]:
    """Split ``sentence`` into plain runs and mentions of ``names`` (name -> class), longest names first."""
    if not names:
        return (Segment(sentence),)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in sorted(names, key=len, reverse=True)), re.IGNORECASE)
    lowered = {name.casefold(): cls for name, cls in names.items()}
    segments, position = [], 0
    for match in pattern.finditer(sentence):
        if match.start() > position:
            segments.append(Segment(sentence[position : match.start()]))
        segments.append(Segment(match.group(0), lowered.get(match.group(0).casefold(), "")))
        position = match.end()
    if position < len(sentence):
        segments.append(Segment(sentence[position:]))
    return tuple(segments)
