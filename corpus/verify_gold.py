"""Check the corpus: front matter, article length, and that every gold file is well formed and grounded.

Run from anywhere: ``python3 corpus/verify_gold.py``. Exits 1 and lists every problem found.
Only the standard library is used.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["article", "split", "organizations", "people", "plants", "investments", "partnerships", "products", "places"]
SPLITS = {"dev", "heldout"}
ORG_KINDS = {"company", "government", "other"}
PLANT_STATUS = {"operating", "under construction", "planned", "proposed", "cancelled", "announced"}
INVESTMENT_STATUS = {"announced", "planned", "proposed", "completed", "cancelled", "confirmed"}
PARTNERSHIP_STATUS = {"announced", "agreed", "in talks", "proposed", "active", "cancelled"}
FRONT = re.compile(r"\A---\ntitle: (?P<title>.+)\nurl: (?P<url>\S+)\npublished: (?P<published>\d{4}-\d{2}-\d{2})\nsource: (?P<source>.+)\n---\n")
CLUTTER = re.compile(r"^(Read more:|Photo:)")


def split_article(path: Path) -> tuple[dict, str]:
    """Return the front-matter fields and the body with clutter lines ("Read more:", "Photo:") removed."""
    text = path.read_text(encoding="utf-8")
    match = FRONT.match(text)
    if not match:
        raise ValueError("front matter is not exactly title/url/published/source between --- lines")
    body = "\n".join(line for line in text[match.end():].splitlines() if not CLUTTER.match(line))
    return match.groupdict(), body


def mentioned(term: str, body: str) -> bool:
    """A term is grounded if it occurs literally, or with a capitalised first letter (sentence start)."""
    return term in body or (term[:1].upper() + term[1:]) in body


def check(gold_path: Path, sources: set[str]) -> list[str]:
    problems = []

    def bad(message: str) -> None:
        problems.append(f"{gold_path.name}: {message}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{gold_path.name}: not JSON ({error})"]
    if sorted(gold) != sorted(KEYS):
        bad(f"keys {sorted(gold)} != {sorted(KEYS)}")
        return problems
    article = HERE / gold["article"]
    if gold["article"] != f"articles/{gold_path.stem}.md" or not article.is_file():
        bad(f"article {gold['article']!r} missing or not named after the gold file")
        return problems
    try:
        meta, body = split_article(article)
    except ValueError as error:
        bad(str(error))
        return problems
    sources.add(meta["source"])
    published = meta["published"]
    datetime.date.fromisoformat(published)
    expected_url = f"https://news.example.org/{published[:4]}/{published[5:7]}/{gold_path.stem}"
    if meta["url"] != expected_url:
        bad(f"url {meta['url']} != {expected_url}")
    words = len(body.split())
    if not 60 <= words <= 500:
        bad(f"body has {words} words (want 60-500)")
    if gold["split"] not in SPLITS:
        bad(f"split {gold['split']!r} not one of {sorted(SPLITS)}")

    orgs = set()
    for org in gold["organizations"]:
        orgs.add(org["name"])
        if org["kind"] not in ORG_KINDS:
            bad(f"organization {org['name']!r} kind {org['kind']!r}")
        for term in [org["name"], *org["aliases"]]:
            if not mentioned(term, body):
                bad(f"organization name/alias {term!r} not in article body")
    for person in gold["people"]:
        if not mentioned(person["name"], body):
            bad(f"person {person['name']!r} not in article body")
        if person["role"] != person["role"].lower():
            bad(f"role {person['role']!r} not lower-case")
        if person["org"] is not None and person["org"] not in orgs:
            bad(f"person org {person['org']!r} not among organizations")
    for plant in gold["plants"]:
        if plant["status"] not in PLANT_STATUS:
            bad(f"plant {plant['label']!r} status {plant['status']!r}")
        if plant["operator"] is not None and plant["operator"] not in orgs:
            bad(f"plant operator {plant['operator']!r} not among organizations")
        if plant["location"] is not None and not mentioned(plant["location"], body):
            bad(f"plant location {plant['location']!r} not in article body")
        if plant["ordinal"] is not None and not isinstance(plant["ordinal"], int):
            bad(f"plant ordinal {plant['ordinal']!r} not an integer")
    for inv in gold["investments"]:
        if inv["investor"] not in orgs:
            bad(f"investor {inv['investor']!r} not among organizations")
        if not isinstance(inv["amount"], (int, float)) or inv["amount"] <= 0:
            bad(f"amount {inv['amount']!r}")
        if not re.fullmatch(r"[A-Z]{3}", inv["currency"]):
            bad(f"currency {inv['currency']!r}")
        if inv["status"] not in INVESTMENT_STATUS:
            bad(f"investment status {inv['status']!r}")
        if inv["date"] is not None:
            datetime.date.fromisoformat(inv["date"])
    for part in gold["partnerships"]:
        if part["status"] not in PARTNERSHIP_STATUS:
            bad(f"partnership status {part['status']!r}")
        if part["partners"] != sorted(part["partners"]) or len(part["partners"]) < 2:
            bad(f"partners {part['partners']} not sorted or fewer than two")
        for partner in part["partners"]:
            if partner not in orgs or not mentioned(partner, body):
                bad(f"partner {partner!r} not among organizations or not in article body")
    for product in gold["products"]:
        if not mentioned(product["name"], body):
            bad(f"product {product['name']!r} not in article body")
        if product["maker"] is not None and product["maker"] not in orgs:
            bad(f"product maker {product['maker']!r} not among organizations")
    for place in gold["places"]:
        if not mentioned(place, body):
            bad(f"place {place!r} not in article body")
    return problems


def main() -> int:
    golds = sorted((HERE / "gold").glob("*.json"))
    articles = sorted((HERE / "articles").glob("*.md"))
    problems: list[str] = []
    sources: set[str] = set()
    if {p.stem for p in golds} != {p.stem for p in articles}:
        problems.append("articles/ and gold/ do not hold the same slugs")
    for path in golds:
        problems.extend(check(path, sources))
    if len(sources) < 2:
        problems.append(f"only one source: {sources}")
    for problem in problems:
        print(problem)
    print(f"{len(golds)} gold files, {len(articles)} articles, sources {sorted(sources)}: "
          f"{'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
