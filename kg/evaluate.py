"""Evaluation: the graph built from annotated articles, scored against their gold annotations.

It scores the graph, not the extraction records, because the graph is what users query: a fact
the mapping drops or merges wrongly must cost points. The matching rules (documented in the
README, section "Evaluation") are deliberately simple so that a number means the same thing
from one change to the next:

- names match when their keys match (:func:`kg.normalize.entity_key`: case, accents,
  punctuation, a leading "the" and legal suffixes ignored); an organisation also matches
  through the proper-name aliases of its gold entry ("SK On" for "SK On Co.", "METI");
- each gold item is matched by at most one predicted item per article, and vice versa;
- relations are compared through the organisations they link, so a relation to the wrong
  organisation node is both a miss and a spurious fact.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import IngestError
from kg.normalize import entity_key

CATEGORIES = ("organizations", "people", "roles", "plants", "investments", "partnerships", "products")
ENTITIES = ("organizations", "people")
RELATIONS = ("roles", "plants", "investments", "partnerships")
AMOUNT_TOLERANCE = Decimal("0.01")
_GOLD_KEYS = {"article", "organizations", "people", "plants", "investments", "partnerships", "products"}


@dataclass
class Score:
    """True positives, false positives and false negatives, and the ratios users read."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Score") -> "Score":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Mismatch:
    """One gold item the graph missed, or one graph item the gold does not have."""

    article: str
    split: str
    category: str
    kind: str  # "missed" or "spurious"
    item: str

    def __str__(self) -> str:
        return f"{self.article} [{self.category}] {self.kind}: {self.item}"


@dataclass
class EvalReport:
    """Scores per split ("all" and each split the gold files name) and category, plus the mismatches."""

    scores: dict[str, dict[str, Score]] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def add(self, split: str, category: str, score: Score) -> None:
        for name in ("all", split):
            self.scores.setdefault(name, {c: Score() for c in CATEGORIES})[category] += score

    def summary(self, split: str = "all") -> dict[str, Score]:
        """The category scores of ``split`` with the micro-averaged "entities" and "relations" added."""
        scores = dict(self.scores.get(split, {c: Score() for c in CATEGORIES}))
        for name, members in (("entities", ENTITIES), ("relations", RELATIONS)):
            total = Score()
            for member in members:
                total += scores[member]
            scores[name] = total
        return scores

    def splits(self) -> list[str]:
        return ["all"] + sorted(s for s in self.scores if s != "all")

    def to_json(self) -> str:
        return json.dumps({
            "splits": {split: {"documents": self.documents.get(split, 0),
                               "scores": {name: score.as_dict() for name, score in self.summary(split).items()}}
                       for split in self.splits()},
            "failed": self.failed,
        }, indent=2)

    def table(self) -> str:
        splits = self.splits()
        header = f"{'category':<16}" + "".join(f"  {f'{s} ({self.documents.get(s, 0)} docs)':^20}" for s in splits)
        lines = [header, f"{'':<16}" + "".join(f"  {'P':>6}{'R':>7}{'F1':>7}" for _ in splits)]
        for name in (*CATEGORIES, "entities", "relations"):
            cells = "".join(f"  {s.precision:>6.2f}{s.recall:>7.2f}{s.f1:>7.2f}" for s in (self.summary(split)[name] for split in splits))
            lines.append(f"{name:<16}{cells}")
        return "\n".join(lines)


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    article: Path
    split: str
    gold: dict


def load_gold(folder: str | Path) -> list[GoldArticle]:
    """Gold files from ``folder/gold/*.json`` (or ``folder/*.json``), each naming its article relative to the corpus folder.

    Raises:
        IngestError: a gold file that is not valid JSON, lacks a key, or names a missing article.
    """
    folder = Path(folder)
    gold_dir = folder / "gold" if (folder / "gold").is_dir() else folder
    corpus = gold_dir.parent if gold_dir.name == "gold" else gold_dir
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise IngestError(str(gold_dir), "no gold files (*.json) here")
    return [_read_gold(path, corpus) for path in paths]


def _read_gold(path: Path, corpus: Path) -> GoldArticle:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(str(path), f"not a JSON gold file ({error})") from None
    missing = _GOLD_KEYS - set(gold) if isinstance(gold, dict) else _GOLD_KEYS
    if missing:
        raise IngestError(str(path), f"gold file lacks {', '.join(sorted(missing))}")
    article = corpus / gold["article"]
    if not article.is_file():
        raise IngestError(str(path), f"article {gold['article']!r} not found under {corpus}")
    return GoldArticle(path, article, gold.get("split", "dev"), gold)


def evaluate(folder: str | Path, *, model: str | None = None, pipeline_config: str | None = None) -> EvalReport:
    """Build an in-memory graph from the articles the gold files name and score it against them."""
    from kg.api import KnowledgeGraph

    golds = load_gold(folder)
    report = EvalReport()
    with KnowledgeGraph(None, model=model, pipeline_config=pipeline_config) as graph:
        ingest = graph.ingest([g.article for g in golds])
        report.failed = [str(error) for error in ingest.failed]
        predictions = predicted_facts(graph)
        by_origin = {Path(origin).resolve(): facts for origin, facts in predictions.items()}
        for gold in golds:
            report.documents[gold.split] = report.documents.get(gold.split, 0) + 1
            report.documents["all"] = report.documents.get("all", 0) + 1
            score_article(gold, by_origin.get(gold.article.resolve(), _empty_facts()), report)
    return report


# -- what the graph says, per article ------------------------------------------------------
_PREFIXES = """PREFIX ikg: <https://w3id.org/industry-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_FACT_QUERIES = {
    "organizations": "SELECT ?origin ?o ?name WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . ?o a ikg:Organization . "
                     "{ ?o rdfs:label ?name } UNION { ?o ikg:alias ?name } } }",
    "people": "SELECT ?origin ?p ?name WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . ?p a ikg:Person ; rdfs:label ?name } }",
    "roles": "SELECT ?origin ?r ?name ?org WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . "
             "?r a ikg:Role ; ikg:person/rdfs:label ?name ; ikg:organization ?org } }",
    "plants": "SELECT ?origin ?pl ?label ?operator ?location WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . ?pl a ikg:Plant ; rdfs:label ?label . "
              "OPTIONAL { ?pl ikg:operator ?operator } OPTIONAL { ?pl ikg:location/rdfs:label ?location } } }",
    "investments": "SELECT ?origin ?i ?amount ?currency ?investor WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . "
                   "?i a ikg:Investment ; ikg:amount ?amount ; ikg:currency ?currency . OPTIONAL { ?i ikg:investor ?investor } } }",
    "partnerships": "SELECT ?origin ?pa ?partner WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . ?pa a ikg:Partnership ; ikg:partner ?partner } }",
    "products": "SELECT ?origin ?pr ?name WHERE { GRAPH ?doc { ?doc ikg:origin ?origin . ?pr a ikg:Product ; rdfs:label ?name } }",
}


def _empty_facts() -> dict[str, dict]:
    return {category: {} for category in CATEGORIES}


def predicted_facts(graph) -> dict[str, dict[str, dict]]:
    """origin -> category -> node IRI -> list of its rows (as dicts of strings), read with one query per category."""
    facts: dict[str, dict[str, dict]] = defaultdict(_empty_facts)
    for category, query in _FACT_QUERIES.items():
        for row in graph.query(_PREFIXES + query).records():
            origin = str(row.pop("origin"))
            node = str(row.pop(next(iter(row))))
            facts[origin][category].setdefault(node, []).append({k: (None if v is None else str(v)) for k, v in row.items()})
    return facts


# -- matching ------------------------------------------------------------------------------
def score_article(gold: GoldArticle, predicted: dict[str, dict], report: EvalReport) -> None:
    """Match one article's predicted facts to its gold facts, category by category."""
    g = gold.gold
    org_of = _align_organizations(g["organizations"], predicted["organizations"])
    name = gold.article.stem

    def tally(category: str, wanted: list, found: list, same: Callable[[object, object], bool], show: Callable) -> None:
        missed, spurious = _match(wanted, found, same)
        report.add(gold.split, category, Score(len(wanted) - len(missed), len(spurious), len(missed)))
        report.mismatches.extend(Mismatch(name, gold.split, category, "missed", show(item)) for item in missed)
        report.mismatches.extend(Mismatch(name, gold.split, category, "spurious", show(item)) for item in spurious)

    gold_orgs = [o["name"] for o in g["organizations"]]
    found_orgs = [org_of.get(node, _unmatched(rows)) for node, rows in predicted["organizations"].items()]
    tally("organizations", gold_orgs, found_orgs, lambda a, b: a == b, str)

    tally("people", [entity_key(p["name"]) for p in g["people"]],
          [entity_key(rows[0]["name"]) for rows in predicted["people"].values()], lambda a, b: a == b, str)

    tally("roles", [(entity_key(p["name"]), p["org"]) for p in g["people"] if p["org"]],
          [(entity_key(r["name"]), org_of.get(r["org"], r["org"])) for rows in predicted["roles"].values() for r in rows],
          lambda a, b: a == b, lambda item: f"{item[0]} @ {item[1]}")

    tally("plants", [(p["operator"], p["location"]) for p in g["plants"]],
          [(org_of.get(rows[0]["operator"], rows[0]["operator"]), rows[0]["location"]) for rows in predicted["plants"].values()],
          lambda a, b: a[0] == b[0] and _same_place(a[1], b[1]), lambda item: f"operator={item[0]} location={item[1]}")

    tally("investments", [(i["investor"], Decimal(str(i["amount"])), i["currency"]) for i in g["investments"]],
          [(org_of.get(rows[0]["investor"], rows[0]["investor"]), Decimal(rows[0]["amount"]), rows[0]["currency"])
           for rows in predicted["investments"].values()],
          _same_investment, lambda item: f"{item[0]}: {item[1]:,f} {item[2]}")

    tally("partnerships", [frozenset(p["partners"]) for p in g["partnerships"]],
          [frozenset(org_of.get(r["partner"], r["partner"]) for r in rows) for rows in predicted["partnerships"].values()],
          lambda a, b: a == b, lambda item: " + ".join(sorted(map(str, item))))

    tally("products", [entity_key(p["name"]) for p in g["products"]],
          [entity_key(rows[0]["name"]) for rows in predicted["products"].values()], lambda a, b: a == b, str)


def _align_organizations(gold: list[dict], predicted: dict[str, list[dict]]) -> dict[str, str]:
    """Predicted organisation IRI -> gold name, one-to-one, exact name keys first, then proper-name aliases."""
    names = {node: {entity_key(r["name"]) for r in rows} for node, rows in predicted.items()}
    aligned: dict[str, str] = {}
    for use_aliases in (False, True):
        for org in gold:
            if org["name"] in aligned.values():
                continue
            keys = {entity_key(org["name"])} | ({entity_key(a) for a in org["aliases"] if _is_proper_name(a)} if use_aliases else set())
            node = next((n for n in predicted if n not in aligned and names[n] & keys), None)
            if node is not None:
                aligned[node] = org["name"]
    return aligned


def _is_proper_name(alias: str) -> bool:
    """'SK On', 'METI' are names; 'the carmaker' is a description two organisations could share."""
    return alias[:1].isupper() and not alias.lower().startswith("the ")


def _unmatched(rows: list[dict]) -> str:
    return f"(not in gold) {min(r['name'] for r in rows)}"


def _match(wanted: Iterable, found: Iterable, same: Callable[[object, object], bool]) -> tuple[list, list]:
    """A largest one-to-one matching; returns (gold items left unmatched, found items left unmatched).

    Greedy matching in gold order undercounts wherever ``same`` is looser than equality: a gold plant with no location
    took the only predicted plant in Calama before the gold plant in Calama was tried. Augmenting paths (Kuhn's
    algorithm) re-seat an earlier match when that frees a candidate; articles hold tens of facts, so it is cheap."""
    wanted, found = list(wanted), list(found)
    fits = [[j for j, candidate in enumerate(found) if same(item, candidate)] for item in wanted]
    holder: dict[int, int] = {}  # found index -> wanted index

    def seat(i: int, tried: set[int]) -> bool:
        for j in fits[i]:
            if j not in tried:
                tried.add(j)
                if j not in holder or seat(holder[j], tried):
                    holder[j] = i
                    return True
        return False

    seated = {i for i in range(len(wanted)) if seat(i, set())}
    return [item for i, item in enumerate(wanted) if i not in seated], [c for j, c in enumerate(found) if j not in holder]


def _same_place(gold: str | None, found: str | None) -> bool:
    """No gold location accepts any; otherwise the keys are equal or one is a word-sequence inside the other."""
    if gold is None:
        return True
    if found is None:
        return False
    a, b = f" {entity_key(gold)} ", f" {entity_key(found)} "
    return a in b or b in a


def _same_investment(gold: tuple, found: tuple) -> bool:
    investor, amount, currency = gold
    return investor == found[0] and currency == found[2] and abs(found[1] - amount) <= amount * AMOUNT_TOLERANCE
