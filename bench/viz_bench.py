"""How fast the network view loads in headless Chromium: 100, 1k, 5k and 20k nodes.

For each size, a synthetic network shaped like the real one (organisations as hubs; plants,
investments and partnerships between them; people and places) is turned into a page by
:func:`kg.viz.network_page` and opened in Chromium. Reported per size:

- build: seconds in Python (layout and page), and the page's size;
- load-to-stable: seconds from navigation to the page's ``data-kg-ready`` attribute (first draw
  done, physics off, filters wired: the view is usable);
- filter: seconds for unticking the Organisation checkbox (hiding those nodes and redrawing).

Run: ``python bench/viz_bench.py [--sizes 100 1000 5000 20000] [--max-nodes N] [--out DIR]``.
Needs playwright and Debian's ``chromium``; takes about a minute.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.viz import Support, network_page


def synthetic_network(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """About ``nodes`` nodes: 15% organisations, 10% places, 10% people, the rest facts linking them."""
    rng = random.Random(seed)
    network = nx.MultiDiGraph(articles={})
    orgs = [f"org/{i}" for i in range(max(2, nodes * 15 // 100))]
    places = [f"place/{i}" for i in range(max(1, nodes // 10))]
    people = [f"person/{i}" for i in range(max(1, nodes // 10))]
    for kind, names in (("Organisation", orgs), ("Place", places), ("Person", people)):
        for name in names:
            network.add_node(name, cls=kind, label=f"{kind} {name.split('/')[1]}", tip=f"{kind}: {name}", status="", sources="",
                             supports=(), dates="")
    weights = [1 / (i + 1) for i in range(len(orgs))]  # a few big companies, many small ones
    for person in people:
        network.add_edge(person, rng.choices(orgs, weights)[0], label="chief executive", tip="role", status="active",
                         supports=(Support("X, chief executive of Y, said.", 0, 30, "doc/1", "active", ""),))
    statuses = ["announced", "planned", "agreed", "in talks", "operating", "cancelled"]
    for i in range(nodes - network.number_of_nodes()):
        kind = ("Plant", "Investment", "Partnership")[i % 3]
        fact = f"{kind.lower()}/{i}"
        status = rng.choice(statuses)
        network.add_node(fact, cls=kind, label=f"{kind} {i}", tip=f"{kind} {i}\nstatus: {status}\n\n“A sentence that says so.”",
                         status=status, sources="doc/1", supports=(Support("A sentence that says so.", 0, 24, "doc/1", status, ""),),
                         dates="2024-01-01/2024-12-31")
        first, second = rng.choices(orgs, weights, k=2)
        if kind == "Plant":
            network.add_edge(first, fact, label="operates", tip="")
            network.add_edge(fact, rng.choice(places), label="located in", tip="")
        elif kind == "Investment":
            network.add_edge(first, fact, label="invests", tip="")
        else:
            network.add_edge(first, fact, label="partner in", tip="")
            network.add_edge(second, fact, label="partner in", tip="")
    return network


def measure(sizes: list[int], max_nodes: int | None, out: Path) -> list[tuple]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for size in sizes:
            network = synthetic_network(size)
            started = time.perf_counter()
            page_html = network_page(network, f"bench {size}", max_nodes=max_nodes or max(size, 1)).html
            built = time.perf_counter() - started
            path = out / f"bench-{size}.html"
            path.write_text(page_html, encoding="utf-8")
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=300_000)
            loaded = time.perf_counter() - started
            drawn = int(page.get_attribute("body", "data-kg-nodes"))
            started = time.perf_counter()
            page.uncheck("input[data-kg-class='Organisation']")
            page.wait_for_selector(f"body:not([data-kg-nodes='{drawn}'])", state="attached")
            filtered = time.perf_counter() - started
            page.screenshot(path=str(out / f"bench-{size}.png"))
            page.close()
            rows.append((network.number_of_nodes(), network.number_of_edges(), drawn, built, len(page_html) / 1e6, loaded, filtered, errors))
            print(f"{rows[-1][0]:>7} nodes {rows[-1][1]:>7} edges  drawn {drawn:>6}  build {built:5.2f} s  page {rows[-1][4]:5.1f} MB  "
                  f"load-to-stable {loaded:5.2f} s  filter {filtered:4.2f} s  errors {len(errors)}", flush=True)
        browser.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    parser.add_argument("--max-nodes", type=int, help="the page's node limit (default: the size, so every node is drawn)")
    parser.add_argument("--out", type=Path, help="folder for the pages and screenshots (default: a temporary folder)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-viz-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = measure(args.sizes, args.max_nodes, out)
    print(f"pages and screenshots in {out}")
    return 1 if any(row[-1] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
