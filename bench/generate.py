"""Generate realistic announcement articles about invented companies, deterministically from a seed.

The articles look like the bundled corpus (new plants, investments in several currencies, partnerships,
executives quoted with their titles, statuses from "in talks" to "cancelled") so that extraction
throughput is measured on text the pipeline is built for. Every name is invented; nothing is fetched.

    python -m bench.generate 500 -o articles.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOTS = ["Albion", "Kestrel", "Norvane", "Halcyon", "Tessaro", "Brightwater", "Corvane", "Solvik", "Marivane", "Orrin", "Vantor",
         "Hanbit", "Seorin", "Kitano", "Minato", "Qingyun", "Sahyadri", "Kaveri", "Rakaia", "Yarrabee", "Pampa", "Veloria", "Nalon",
         "Redhawk", "Larkspur", "Strathmore", "Pohjola", "Skjold", "Aurelis", "Almera", "Calder", "Meridian", "Stratacore", "Talvik",
         "Ostrava", "Bellmont", "Crestline", "Duarte", "Elbrook", "Fenwick", "Grenmark", "Helvion", "Ivarsson", "Jarrah", "Kovalenko"]
SUFFIXES = ["Motor Corp.", "Energy", "Steel", "Semiconductor", "Battery Co.", "Chemicals", "Foods", "Pharmaceuticals", "Holdings",
            "Technologies", "Materials", "Power", "Logistics", "Group", "Electronics", "Biologics", "Metals", "Industries"]
FIRST = ["James", "Maria", "Akira", "Priya", "Lars", "Sofia", "Chen", "Olga", "David", "Amara", "Kenji", "Lucia", "Tomas", "Nadia",
         "Rahul", "Ingrid", "Mateo", "Hana", "Oliver", "Fatima", "Jonas", "Elena", "Yusuf", "Claire"]
LAST = ["Arlow", "Castellano", "Watanabe", "Raman", "Lindqvist", "Moreau", "Wei", "Petrova", "Okafor", "Mensah", "Tanaka", "Ferreira",
        "Novak", "Haddad", "Mehta", "Solberg", "Quintero", "Kim", "Hartley", "Rahimi", "Becker", "Vasquez", "Demir", "Fournier"]
TITLES = ["chief executive", "chief executive officer", "president and CEO", "chief financial officer", "chairman",
          "senior vice president for manufacturing", "head of operations", "managing director", "chief operating officer"]
# (city, region or country, currency symbol, currency word, government body)
PLACES = [("Sunderland", "England", "£", "pounds", "the UK government"), ("Clarksville", "Tennessee", "$", "dollars",
          "the Tennessee Department of Economic and Community Development"), ("Kumamoto", "Japan", "¥", "yen",
          "the Ministry of Economy, Trade and Industry"), ("Pori", "Finland", "€", "euros", "Business Finland"),
          ("Sines", "Portugal", "€", "euros", "the Portuguese government"), ("Dholera", "Gujarat", "Rs ", "rupees",
          "the Gujarat government"), ("Asan", "South Korea", "₩", "won", "the Ministry of Trade, Industry and Energy"),
          ("Monterrey", "Mexico", "$", "dollars", "the state government of Nuevo Leon"), ("Tangier", "Morocco", "$", "dollars",
          "the Moroccan government"), ("Kwinana", "Western Australia", "A$", "Australian dollars", "the Western Australian government"),
          ("Magdeburg", "Germany", "€", "euros", "the German government"), ("Gopalpur", "Odisha", "Rs ", "rupees", "the Odisha government"),
          ("Ostrava", "Czech Republic", "€", "euros", "CzechInvest"), ("Orangeburg", "South Carolina", "$", "dollars",
          "the South Carolina Department of Commerce")]
PLANTS = ["battery plant", "gigafactory", "chip fab", "steel mill", "assembly plant", "factory", "refinery", "smelter",
          "data centre", "distillery", "packaging plant", "vaccine plant", "solar module factory", "recycling plant"]
PRODUCTS = ["electric vans", "battery cells", "power chips", "green steel", "cathode materials", "solar modules", "vaccines",
            "data storage", "aluminium billets", "hydrogen electrolysers"]
ORDINALS = ["", "", "second ", "third ", "first "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

PLANT_SENTENCES = [
    "{org} will build a {amount} {ordinal}{plant} in {city}, {region}, the {noun} said on {weekday}.",
    "{org} plans to invest {amount} in a new {plant} near {city}, {region}, to make {product}.",
    "{org} has begun construction of its {ordinal}{plant} in {city}, which is expected to cost {amount}.",
    "{org} said it would spend {amount} on a {plant} in {city} that will start production in {year}.",
    "{org} is considering a {amount} {plant} in {city}, {region}, according to people familiar with the matter.",
    "{org} has scrapped plans for a {amount} {plant} in {city}, citing weak demand for {product}.",
]
PARTNER_SENTENCES = [
    "{org} and {partner} have agreed to form a joint venture to make {product} in {region}.",
    "{org} is in talks with {partner} about a partnership on {product}, two people with knowledge of the discussions said.",
    "{org} signed a memorandum of understanding with {partner} on {weekday} to develop {product} together.",
    "{partner} has supplied {org} with {product} since {since}, and the two companies will now build a plant together.",
    "{org} and {partner} called off their planned alliance on {product} last month.",
]
FILLER = [
    "The project is expected to create {jobs} jobs and to start production in {year}.",
    "Construction is scheduled to begin in the {quarter} quarter, with the first output due by {year}.",
    "Analysts said the decision reflected rising demand for {product} across the region.",
    "The company's shares rose {pct}% in trading on {weekday}.",
    "The site was chosen over locations in {other} and {other2}, the {noun} said.",
    "Local officials welcomed the announcement, which follows months of negotiations.",
    "The plant will have an annual capacity of {capacity} gigawatt hours when it is fully running.",
    "{region} has attracted several large manufacturing projects in the past two years, helped by tax credits and cheap power.",
    "The {noun} did not say how the project would be financed, but people familiar with the plans said banks had been approached.",
    "Environmental groups have raised concerns about water use at the site, and a public consultation will run until {month}.",
    "Demand for {product} has grown strongly since {since}, although prices fell sharply last year.",
    "The decision comes after a review of the {noun}'s global manufacturing footprint that began in {since}.",
    "Union leaders said they would seek guarantees that the new jobs would be permanent and well paid.",
    "Rivals have announced similar projects in {other}, adding to fears of overcapacity in the industry.",
]
QUOTES = [
    "\"This is a milestone for our company and for the region,\" {person}, {title} of {org}, said in a statement.",
    "{person}, {title} of {org}, said the investment would secure supply for the next decade.",
    "\"We expect demand for {product} to keep growing,\" said {person}, {possessive} {title}.",
]
NOUNS = ["company", "carmaker", "group", "manufacturer", "firm"]


def company(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(ROOTS)} {rng.choice(SUFFIXES)}"
        if name not in taken:
            taken.add(name)
            return name


def amount(rng: random.Random, symbol: str, word: str) -> str:
    value = rng.choice([1.2, 1.5, 2, 2.5, 3, 4, 450, 600, 750, 800, 900, 120, 350])
    unit = "bn" if value < 10 else "m"
    if symbol in ("₩", "¥") and rng.random() < 0.5:
        return f"{value if value < 10 else value / 100:g} trillion {word}"
    if symbol == "Rs " and rng.random() < 0.5:
        return f"Rs {rng.randint(2, 90) * 1000:,} crore"
    if rng.random() < 0.3:
        return f"{value:g} {'billion' if unit == 'bn' else 'million'} {word}"
    return f"{symbol}{value:g}{unit}"


def article(rng: random.Random, number: int) -> dict:
    """One article: a headline fact (plant and investment, or partnership), filler, a quote, a government grant."""
    taken: set[str] = set()
    org, partner = company(rng, taken), company(rng, taken)
    city, region, symbol, word, government = rng.choice(PLACES)
    other, other2 = rng.sample([p[0] for p in PLACES if p[0] != city], 2)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    published = date(2022, 1, 3) + timedelta(days=rng.randrange(1200))
    values = {"org": org, "partner": partner, "city": city, "region": region, "amount": amount(rng, symbol, word),
              "ordinal": rng.choice(ORDINALS), "plant": rng.choice(PLANTS), "product": rng.choice(PRODUCTS), "noun": rng.choice(NOUNS),
              "weekday": rng.choice(WEEKDAYS), "year": published.year + rng.randint(1, 4), "since": published.year - rng.randint(2, 9),
              "jobs": f"{rng.randint(2, 40) * 100:,}", "quarter": rng.choice(["first", "second", "third", "fourth"]),
              "pct": f"{rng.uniform(0.5, 6):.1f}", "other": other, "other2": other2, "capacity": rng.randint(5, 60),
              "person": person, "title": rng.choice(TITLES), "month": rng.choice(MONTHS)}
    values["possessive"] = f"{org}'" if org.endswith("s") else f"{org}'s"
    short = org.split()[0]
    paragraphs = [rng.choice(PLANT_SENTENCES).format(**values)]
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(PARTNER_SENTENCES).format(**values))
    filler = [sentence.format(**values) for sentence in rng.sample(FILLER, rng.randint(6, 10))]
    paragraphs.append(" ".join(filler[:3]))
    paragraphs.append(rng.choice(QUOTES).format(**values) + f" {person.split()[-1]} said {short} would hire locally.")
    if rng.random() < 0.5:
        grant = amount(rng, symbol, word)
        paragraphs.append(f"{government[0].upper()}{government[1:]} said it would provide {grant} in grants for the project.")
    paragraphs.append(" ".join(filler[3:6]))
    if filler[6:]:
        paragraphs.append(" ".join(filler[6:]))
    slug = f"{short.lower()}-{city.lower()}-{number}"
    return {"id": f"bench-{number}", "url": f"https://news.example.org/bench/{published:%Y/%m}/{slug}",
            "title": f"{org} picks {city} for {values['plant']}", "published": published.isoformat(),
            "source": rng.choice(["Industry Ledger", "Example Wire", "Plant Report"]), "text": "\n\n".join(paragraphs)}


def articles(count: int, seed: int = 0) -> Iterator[dict]:
    """``count`` articles as JSONL records (``id``, ``url``, ``title``, ``published``, ``source``, ``text``); same seed, same articles."""
    rng = random.Random(seed)
    for number in range(count):
        yield article(rng, number)


def write_jsonl(path: str | Path, count: int, seed: int = 0) -> Path:
    """Write ``count`` generated articles to a JSONL file that ``kg ingest`` reads; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as output:
        for record in articles(count, seed):
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description="Write generated announcement articles as JSONL.")
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("-o", "--output", default="-", help="JSONL file (default: stdout)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0): the same seed gives the same articles")
    args = parser.parse_args(argv)
    if args.output == "-":
        for record in articles(args.count, args.seed):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        write_jsonl(args.output, args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
