"""Node positions computed in Python, so the browser draws at once instead of running physics.

pyvis's default (physics in the browser) took about 60 s to first draw 1,000 nodes in headless
Chromium and never drew 5,000; with positions given and physics off, 5,000 nodes draw in seconds.
Small components use networkx's spring layout; big ones a Fruchterman-Reingold variant in numpy
whose repulsion is a density field on a grid (O(n) per step instead of O(n²)), with each hub's
leaves (a company's facts named once) set on a sunflower disc around it. Components are then packed in
rows, largest first.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

EDGE_LENGTH = 110.0  # pixels between linked nodes
SMALL = 300  # nodes: networkx's exact spring layout below this
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def layout(network: nx.Graph, seed: int = 1) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node of ``network``, deterministic for a given seed."""
    simple = nx.Graph(network.to_undirected(as_view=True)) if network.is_directed() else nx.Graph(network)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=len, reverse=True)
    placed: list[tuple[list[str], np.ndarray]] = []
    for nodes in components:
        placed.append((nodes, _component(simple, nodes, seed)))
    return _pack(placed)


def _component(graph: nx.Graph, nodes: list[str], seed: int) -> np.ndarray:
    """Positions of one connected component ``nodes`` of ``graph``, in units of one edge length, centred on 0.

    The whole graph is passed, not a subgraph view: a component's neighbours are all inside it, and
    degrees on a view cost a filter pass each (minutes on 20,000 nodes).
    """
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    # Leaves (one neighbour, itself not a leaf) go on a disc around their hub; a layout places the rest.
    leaves = {node: next(iter(graph[node])) for node in nodes if graph.degree(node) == 1 and graph.degree(next(iter(graph[node]))) > 1}
    core = [node for node in nodes if node not in leaves]
    if 1 < len(core) < SMALL and n < SMALL:  # not a star: networkx's exact spring layout
        positions = nx.spring_layout(graph.subgraph(nodes), seed=seed, k=1.0, iterations=60)
        points = np.array([positions[node] for node in nodes])
        points -= points.mean(axis=0)
        return points * (math.sqrt(n) / max(np.abs(points).max(), 1e-9))
    index = {node: i for i, node in enumerate(core)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges(nodes) if u in index and v in index], dtype=np.int64).reshape(-1, 2)
    around: dict[str, list[str]] = {}
    for leaf, hub in leaves.items():
        around.setdefault(hub, []).append(leaf)
    weights = np.array([1.0 + 0.5 * len(around.get(node, ())) for node in core])
    core_points = _grid_force(len(core), edges, weights, np.random.default_rng(seed)) if len(core) > 1 else np.zeros((1, 2))
    placed = dict(zip(core, core_points))
    for hub, ring in around.items():  # a sunflower disc: even spacing however many leaves a hub has
        for i, leaf in enumerate(ring):
            radius, angle = 0.7 + 0.4 * math.sqrt(i), i * GOLDEN_ANGLE
            placed[leaf] = placed[hub] + radius * np.array([math.cos(angle), math.sin(angle)])
    return np.array([placed[node] for node in nodes])


def _grid_force(n: int, edges: np.ndarray, weights: np.ndarray, rng: np.random.Generator, steps: int = 80) -> np.ndarray:
    """Fruchterman-Reingold with edge springs and a grid density field (of ``weights``) for repulsion."""
    side = math.sqrt(weights.sum()) * 1.5
    points = rng.uniform(-side / 2, side / 2, size=(n, 2))
    cell = 1.0
    for step in range(steps):
        temperature = side * 0.1 * (1 - step / steps) + 0.05
        forces = np.zeros_like(points)
        # springs: pull linked nodes together, force d^2/k
        delta = points[edges[:, 1]] - points[edges[:, 0]]
        distance = np.linalg.norm(delta, axis=1, keepdims=True) + 1e-9
        pull = delta * distance
        np.add.at(forces, edges[:, 0], pull)
        np.add.at(forces, edges[:, 1], -pull)
        # repulsion: move down the gradient of the (smoothed) weight per cell
        low = points.min(axis=0) - 2 * cell
        bins = np.maximum(((points.max(axis=0) + 2 * cell - low) / cell).astype(int), 3)
        cells = ((points - low) / cell).astype(int)
        density = np.zeros((bins[0], bins[1]))
        np.add.at(density, (cells[:, 0], cells[:, 1]), weights)
        density = _blur(density)
        gradient_x, gradient_y = np.gradient(density)
        forces[:, 0] -= 4.0 * gradient_x[cells[:, 0], cells[:, 1]]
        forces[:, 1] -= 4.0 * gradient_y[cells[:, 0], cells[:, 1]]
        forces += rng.normal(scale=0.01, size=forces.shape)  # separate nodes stacked on one point
        length = np.linalg.norm(forces, axis=1, keepdims=True) + 1e-9
        points += forces / length * np.minimum(length, temperature)
    return points - points.mean(axis=0)


def _blur(grid: np.ndarray) -> np.ndarray:
    """A 5x5 box blur (separable), so density varies smoothly across cells."""
    for axis in (0, 1):
        padded = np.pad(grid, [(2, 2) if a == axis else (0, 0) for a in (0, 1)])
        grid = sum(np.take(padded, range(i, i + grid.shape[axis]), axis=axis) for i in range(5)) / 5
    return grid


def _pack(placed: list[tuple[list[str], np.ndarray]]) -> dict[str, tuple[float, float]]:
    """Components in rows, largest first, each in its own box, filling a landscape rectangle."""
    boxes = [(nodes, points - points.min(axis=0), np.ptp(points, axis=0) + 1.5) for nodes, points in placed]
    width = max(max(size[0] for _, _, size in boxes), math.sqrt(1.6 * sum(size[0] * size[1] for _, _, size in boxes)))  # landscape
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes, points, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, points):
            positions[node] = (round(float(x + px) * EDGE_LENGTH, 1), round(float(y + py) * EDGE_LENGTH, 1))
        x += size[0]
        row_height = max(row_height, size[1])
    return positions
