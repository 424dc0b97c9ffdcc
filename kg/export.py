"""Exports beyond RDF: the network for graph tools (GraphML; GEXF for Gephi) and CSV tables of the
contract queries.

The network is the one the HTML view draws (:func:`kg.viz.to_networkx`): entities and facts as
nodes with their class, label and tooltip text, relations as labelled edges, so Gephi shows what
``kg viz`` shows. Every file is written atomically: into a temporary file next to the target,
flushed to disk, then renamed over it, so a failed export never leaves a truncated file where a
good one was. RDF formats are written by the store (:meth:`kg.store.GraphStore.export`).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.query import QueryResult
from kg.store import write_atomically

NETWORK_FORMATS = {"graphml": "graphml", "gexf": "gexf"}  # format name -> file extension
CONTRACT_QUERIES = ("organizations", "people", "plants", "investments", "partnerships", "products")


def network_format(path: str | Path, fmt: str | None = None) -> str | None:
    """``graphml`` or ``gexf`` when ``fmt`` or the file extension names a network format, else None (an RDF format)."""
    if fmt is not None:
        return fmt if fmt in NETWORK_FORMATS else None
    suffix = Path(path).suffix.lower().lstrip(".")
    return next((name for name, extension in NETWORK_FORMATS.items() if extension == suffix), None)


def write_network(network: nx.MultiDiGraph, path: str | Path, fmt: str) -> Path:
    """Write the network as GraphML or GEXF (nodes coloured by class in GEXF, as in the HTML view).

    Raises:
        KgError: ``fmt`` is not a network format.
    """
    from kg.viz import scalar_copy

    network = scalar_copy(network)  # the views' evidence records are not GraphML/GEXF values
    if fmt == "graphml":
        return write_atomically(path, lambda handle: nx.write_graphml(network, handle, encoding="utf-8"))
    if fmt == "gexf":
        return write_atomically(path, lambda handle: nx.write_gexf(_with_colours(network), handle, encoding="utf-8"))
    raise KgError(f"unknown network format {fmt!r}; use one of {', '.join(NETWORK_FORMATS)}")


def write_tables(results: dict[str, QueryResult], folder: str | Path) -> list[Path]:
    """Write each result as ``FOLDER/NAME.csv`` (the same CSV as ``kg query NAME --format csv``)."""
    target = Path(folder)
    return [write_atomically(target / f"{name}.csv", lambda handle, r=result: handle.write(r.format("csv").encode("utf-8")))
            for name, result in results.items()]


def _with_colours(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose nodes carry GEXF ``viz`` colours by class (Gephi shows them as they are)."""
    from kg.viz import CLASS_STYLE

    colours = {kind: colour for kind, colour, _ in CLASS_STYLE.values()}
    coloured = network.copy()
    for _, data in coloured.nodes(data=True):
        colour = colours.get(data.get("cls"), "#999999").lstrip("#")
        data["viz"] = {"color": {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16), "a": 1.0}}
    return coloured

