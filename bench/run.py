"""Run the benchmarks side by side and print one table (ratios measured in the same run); write JSON.

    python -m bench            # full: 600 articles, 100k and 1M quads, 1k and 5k node pages (tens of minutes)
    python -m bench --quick    # smoke run in about two minutes: 48 articles, 20k quads, a 1k node page
    python -m bench --json results.json

Sections: (a) extraction throughput, the model alone (``nlp.pipe``) against ``KnowledgeGraph.ingest`` end to
end with store writes, in one process and with two workers, then re-ingesting the unchanged corpus; (b, c)
graph load, query latency and peak memory of this project's store against an rdflib in-memory Dataset of the
same synthetic graph (each in its own process); (d) how long the network page takes to stabilise in headless
Chromium.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench import generate, graph as synthetic
from bench.scale import QUERIES

RESULTS = Path(__file__).resolve().parent / "results"
FULL = {"articles": 600, "rounds": 2, "sizes": [100_000, 1_000_000], "runs": 5, "rdflib_runs": 1, "cap": 30.0,
        "pages": [1000, 5000], "page_timeout": 180.0}
QUICK = {"articles": 48, "rounds": 1, "sizes": [20_000], "runs": 3, "rdflib_runs": 1, "cap": 10.0, "pages": [1000], "page_timeout": 60.0}


def throughput(folder: Path, articles: int, rounds: int, batch_size: int = 64) -> dict:
    """Words per second: the model's own ``nlp.pipe`` and our ingest (store writes included), 1 and 2 processes.

    Both read the same generated articles with the model already loaded; each is the best of ``rounds``,
    taken in turns so that a busy moment of the machine does not favour one side.
    """
    import spacy

    from kg import KnowledgeGraph
    from kg.pipeline import load_pipeline, resolve_model

    feed = generate.write_jsonl(folder / "articles.jsonl", articles, seed=1)
    texts = [record["text"] for record in generate.articles(articles, seed=1)]
    words = sum(len(text.split()) for text in texts)
    raw = spacy.load(resolve_model())
    ours = load_pipeline()
    list(raw.pipe(texts[:8]))
    list(ours.pipe(texts[:8]))
    best: dict[str, float] = {}
    result: dict = {"articles": articles, "words": words, "batch_size": batch_size, "model": resolve_model(), "raw_pipes": raw.pipe_names}

    def keep(name: str, seconds: float) -> None:
        best[name] = max(best.get(name, 0.0), words / seconds)

    for round_number in range(rounds):
        for workers in (1, 2):
            start = time.perf_counter()
            list(raw.pipe(texts, batch_size=batch_size, n_process=workers))
            keep(f"raw_{workers}", time.perf_counter() - start)
            location = folder / f"store-{round_number}-{workers}"
            with KnowledgeGraph(location) as graph:
                start = time.perf_counter()
                report = graph.ingest([feed], workers=workers, batch_size=batch_size)
                keep(f"ingest_{workers}", time.perf_counter() - start)
                if len(report.ingested) != articles:
                    raise SystemExit(f"benchmark ingest failed: {report.summary()}")
                result[f"quads_{workers}"] = len(graph)
                start = time.perf_counter()
                again = graph.ingest([feed], workers=workers, batch_size=batch_size)
                result.setdefault("reingest_s", []).append(time.perf_counter() - start)
                result["reingest_skipped"] = len(again.skipped)
                result.setdefault("first_ingest_s", []).append(words / best[f"ingest_{workers}"])
            shutil.rmtree(location, ignore_errors=True)
    result.update({f"{name}_words_per_s": value for name, value in best.items()})
    result["reingest_s"] = min(result["reingest_s"])
    result["first_ingest_s"] = min(result["first_ingest_s"])
    return result


def scale(folder: Path, sizes: list[int], runs: int, rdflib_runs: int, cap: float) -> dict:
    """Per size: a synthetic graph, loaded and queried by each engine in its own process; plus our write path."""
    from kg.store import GraphStore

    results = {}
    for size in sizes:
        data = folder / f"graph-{size}.nq"
        quads = synthetic.write_nquads(data, size)
        entry: dict = {"quads": quads}
        for engine, engine_runs in (("oxigraph", runs), ("rdflib", rdflib_runs)):
            command = [sys.executable, "-m", "bench.scale", engine, str(data), "--runs", str(engine_runs), "--cap", str(cap)]
            done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
            entry[engine] = json.loads(done.stdout.strip().splitlines()[-1])
        with GraphStore(folder / f"write-{size}") as store:  # what ingest does: documents in batches, one transaction each
            elapsed, batch = 0.0, []
            for document in synthetic.documents(size):
                batch.append(document)
                if len(batch) == 64:
                    start = time.perf_counter()
                    store.replace_documents(batch)
                    elapsed += time.perf_counter() - start
                    batch = []
            start = time.perf_counter()
            store.replace_documents(batch)
            store.flush()
            entry["oxigraph"]["write_path_s"] = elapsed + time.perf_counter() - start
        shutil.rmtree(folder / f"write-{size}", ignore_errors=True)
        data.unlink()
        results[str(size)] = entry
    return results


def browser(folder: Path, pages: list[int], timeout: float) -> dict:
    """Seconds from opening the network page until it sets ``data-kg-ready`` (or None when it never does)."""
    from kg import KnowledgeGraph

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright
    except ImportError:
        return {"skipped": "playwright is not installed (pip install -e '.[test]')"}
    if chromium is None:
        return {"skipped": "chromium is not installed"}
    results = {}
    with sync_playwright() as playwright:
        chrome = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for nodes in pages:
            with KnowledgeGraph(None) as graph:
                documents, added, drawn = synthetic.documents(10**9, seed=nodes), 0, 0
                while drawn < nodes:  # add articles until the network has the nodes wanted
                    more = 50 if not added else max(1, round((nodes - drawn) * added / drawn * 1.05))
                    graph.store.replace_documents(next(documents) for _ in range(more))
                    added += more
                    drawn = graph.networkx().number_of_nodes()
                start = time.perf_counter()
                try:
                    page_path = graph.write_html(folder / f"network-{nodes}.html")
                except Exception as error:  # noqa: BLE001 - a failing page is a result, not the end of the run
                    results[str(nodes)] = {"nodes": drawn, "error": f"write_html failed: {type(error).__name__}: {error}"}
                    continue
                write_s = time.perf_counter() - start
            page = chrome.new_page()
            start = time.perf_counter()
            try:
                page.goto(page_path.as_uri(), timeout=timeout * 1000)
                page.wait_for_selector("body[data-kg-ready='true']", state="attached", timeout=timeout * 1000)
                stable_s = time.perf_counter() - start
            except PlaywrightTimeout:
                stable_s = None
            page.close()
            results[str(nodes)] = {"nodes": drawn, "write_html_s": write_s, "stable_s": stable_s, "timeout_s": timeout}
        chrome.close()
    return results


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model or platform.processor(), "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_average": os.getloadavg()}


def table(results: dict) -> str:
    """The results as rows of: measure, ours, baseline, ratio (ours over baseline, higher is better)."""
    rows = [("measure", "industry-kg", "baseline", "ratio")]
    t = results.get("throughput")
    if t:
        raw = t["raw_1_words_per_s"]
        rows.append((f"ingest words/s, 1 process ({t['articles']} articles)", f"{t['ingest_1_words_per_s']:,.0f}",
                     f"{raw:,.0f} nlp.pipe", f"{t['ingest_1_words_per_s'] / raw:.2f}x"))
        rows.append(("ingest words/s, 2 workers", f"{t['ingest_2_words_per_s']:,.0f}", f"{raw:,.0f} nlp.pipe, 1 process",
                     f"{t['ingest_2_words_per_s'] / raw:.2f}x"))
        rows.append(("  (nlp.pipe n_process=2)", "", f"{t['raw_2_words_per_s']:,.0f}", f"{t['ingest_2_words_per_s'] / t['raw_2_words_per_s']:.2f}x"))
        rows.append(("re-ingest unchanged corpus, s", f"{t['reingest_s']:.2f}", f"{t['first_ingest_s']:.1f} first ingest",
                     f"{t['reingest_s'] / t['first_ingest_s'] * 100:.1f} %"))
    for size, entry in (results.get("scale") or {}).items():
        ours, theirs = entry["oxigraph"], entry["rdflib"]
        label = f"{int(size) // 1000:,}k quads"
        rows.append((f"{label}: load N-Quads, s", f"{ours['load_s']:.1f}", f"{theirs['load_s']:.1f} rdflib", f"{theirs['load_s'] / ours['load_s']:.0f}x"))
        rows.append((f"{label}: write path (64 docs/transaction), s", f"{ours['write_path_s']:.1f}", "", ""))
        rows.append((f"{label}: peak RSS, MiB", f"{ours['peak_rss_mib']:,.0f}", f"{theirs['peak_rss_mib']:,.0f} rdflib",
                     f"{theirs['peak_rss_mib'] / ours['peak_rss_mib']:.1f}x less"))
        for name, _ in QUERIES:
            a, b = ours["queries"][name], theirs["queries"][name]
            bound = ">" if b["stopped"] else ""
            ours_text = f">{a['median_s']:.0f}" if a["stopped"] else f"{a['median_s'] * 1000:,.0f} ms"
            ratio = f"{bound}{b['median_s'] / a['median_s']:.0f}x" if not a["stopped"] else "-"
            rows.append((f"{label}: {name}", ours_text, f"{bound}{b['median_s'] * 1000:,.0f} ms", ratio))
    for nodes, entry in (results.get("browser") or {}).items():
        if nodes == "skipped":
            rows.append(("browser", entry, "", ""))
            continue
        if "error" in entry:
            rows.append((f"network page, {entry['nodes']:,} nodes", entry["error"][:60], "", ""))
            continue
        stable = f"{entry['stable_s']:.1f} s" if entry["stable_s"] is not None else f"not stable in {entry['timeout_s']:.0f} s"
        rows.append((f"network page, {entry['nodes']:,} nodes: stable in Chromium", stable, f"write_html {entry['write_html_s']:.1f} s", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Benchmarks of industry-kg (see README, Benchmarks).")
    parser.add_argument("--quick", action="store_true", help="a smoke run of about two minutes")
    parser.add_argument("--json", help="where to write the results (default: bench/results/DATE.json)")
    parser.add_argument("--only", choices=["throughput", "scale", "browser"], action="append", help="run only these sections")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    sections = args.only or ["throughput", "scale", "browser"]
    results: dict = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "quick": args.quick, "machine": machine(),
                     "settings": settings}
    target = Path(args.json) if args.json else RESULTS / f"{results['date'][:16].replace(':', '')}{'-quick' if args.quick else ''}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        for section in sections:  # the JSON is rewritten after each section, so a late failure loses nothing
            if section == "throughput":
                results["throughput"] = throughput(Path(folder), settings["articles"], settings["rounds"])
            elif section == "scale":
                results["scale"] = scale(Path(folder), settings["sizes"], settings["runs"], settings["rdflib_runs"], settings["cap"])
            else:
                results["browser"] = browser(Path(folder), settings["pages"], settings["page_timeout"])
            results["table"] = table(results)
            target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(results["table"])
    print(f"\nwrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
