"""``kg_products``: finds product names and takes them out of the ORG/PERSON entities.

The small model tags car models such as "Qashqai" as ORG and "Juke" as PERSON. A proper noun
that modifies a product noun ("Qashqai and Juke models") or stands in a list with a known product
("alongside the Leaf") is a product; in a list, only if the name is not used as an organisation elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import DEP, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.components.attributes import PRODUCTS, ProductMention, register_extensions
from kg.components.clutter import in_clutter
from kg.components.entities import FACILITY_NOUNS, TECHNOLOGIES, UNITS, is_legal_form
from kg.components.organizations import DEFAULT_DESCRIPTORS
from kg.components.gazetteer import is_broad_place, is_known_town, is_language
from kg.components.money import is_currency_word
from kg.components.scan import tokens_where, tokens_with, whole_entity

DEFAULT_PRODUCT_NOUNS = [
    "model", "models", "car", "cars", "vehicle", "vehicles", "suv", "suvs", "hatchback", "crossover", "sedan",
    "saloon", "pickup", "truck", "trucks", "van", "vans", "ev", "evs", "drug", "drugs", "vaccine", "vaccines",
    "medicine", "treatment", "chip", "chips", "processor", "processors", "smartphone", "smartphones", "phone",
    "aircraft", "jet", "jets", "engine", "engines", "turbofan", "turbofans", "turboprop", "turboprops", "airliner", "airliners", "brand", "beer", "whisky", "range", "line-up", "lineup",
    "shot", "jab", "therapy", "design", "accelerator", "accelerators", "gpu", "gpus", "sedan", "malt", "gin", "lager",
    "wine", "module", "modules", "beers", "platform", "section", "compound", "antibody", "tablet", "tablets",
    "injection", "injections", "insulin", "formula", "formulas", "blade", "blades", "turbine", "turbines", "tool", "tools",
    "ale", "chamber", "chambers", "reactor", "reactors", "locomotive", "locomotives", "motor", "motors", "panel", "panels",
    "tyre", "tyres", "tire", "tires", "motorcycle", "motorcycles", "noodles", "loaves", "crackers",
    "biscuits", "snacks", "valve", "valves", "mosfet", "mosfets", "electrolyser", "electrolysers", "electrolyzer", "electrolyzers",
    "biosimilar", "biosimilars", "compact", "compacts", "minivan", "minivans", "coupe", "roadster", "scooter", "scooters",
    "bus", "buses", "tractor", "tractors", "drone", "drones", "laptop", "laptops", "stent", "stents", "catheter", "catheters",
    "inhaler", "inhalers", "syringe", "syringes", "smartwatch", "smartwatches", "earbuds", "headphones", "printer", "printers",
    "ferry", "ferries", "anticoagulant", "anticoagulants", "antibiotic", "antibiotics", "painkiller", "painkillers",
    "bike", "bikes", "bicycle", "bicycles", "e-bike", "e-bikes", "ebike", "ebikes",
]
#: Heads of an apposition that say the name before it is a product ('NullZem, a cement that...', 'ProMilho, a
#: high-protein animal feed'), which are too common as plain nouns to mark the names next to them everywhere.
DESCRIBED_PRODUCT_NOUNS = ["cement", "feed", "glass", "sugar", "profile", "grade", "brand", "fuel", "fertiliser", "fertilizer",
                           "coating", "alloy", "powder", "snack", "drink", "spirit", "material", "resin", "fibre", "fiber",
                           "line", "bottle", "blend", "series", "version", "cheese", "cheddar", "yoghurt", "yogurt", "butter",
                           "cider", "stout", "vodka", "rum", "chocolate", "biscuit", "cereal", "software", "system", "axle",
                           "inverter", "gearbox", "telehandler", "excavator"]
#: Last words of the names of bodies, never of products ('the Ondjou Development Fund, a state vehicle').
BODY_NAME_ENDS = {"fund", "bank", "authority", "agency", "ministry", "corporation", "council", "commission", "board", "holdings",
                  "tribunal", "court"}
LIST_LINKS = {"alongside", "including", "like", "besides", "with"}
NAMING_VERBS = {"call", "dub", "brand", "name", "market"}
SELLING_VERBS = {"sell", "market", "brand", "badge", "launch", "offer", "release"}
LAUNCHING_VERBS = {"launch", "unveil", "introduce", "release", "debut", "present"}
COMPANY_WORDS = set(DEFAULT_DESCRIPTORS) | {"venture", "unit", "subsidiary"}  # "launched X, a startup": no product
#: Nouns that a drug maker puts before a code, never before a name ('its development candidate SKR-2201').
CODED_NOUNS = {"candidate", "molecule"}


@Language.factory(
    "kg_products",
    default_config={"product_nouns": DEFAULT_PRODUCT_NOUNS, "described_product_nouns": DESCRIBED_PRODUCT_NOUNS},
    assigns=[f"doc._.{PRODUCTS}", "doc.ents"],
    requires=["doc.ents", "token.dep"],
)
def make_products(nlp: Language, name: str, product_nouns: list[str], described_product_nouns: list[str]) -> "ProductFinder":
    register_extensions()
    return ProductFinder(set(product_nouns), set(described_product_nouns))


class ProductFinder:
    def __init__(self, product_nouns: set[str], described_product_nouns: set[str]) -> None:
        self.product_nouns = product_nouns
        self.appositive_nouns = product_nouns | described_product_nouns

    def __call__(self, doc: Doc) -> Doc:
        strong = self._candidates(doc)
        weak = [pair for pair in self._add_list_members(doc, strong) if pair not in strong]
        org_names = {e.text for e in doc.ents if e.label_ == "ORG" and not any(e.start <= t < e.end for t, _ in strong + weak)}
        names = strong + [(t, h) for t, h in weak if doc[t].text not in org_names]
        names += self._repeats(doc, names)
        spans = [(_name_span(doc[t]), h) for t, h in names] + _model_designations(doc)
        spans += _with_the_make_before(doc, [span for span, _ in spans])
        mentions = _under_full_names(_without_overlaps([
            ProductMention(span.start, span.end, span.text, head) for span, head in spans
            if not in_clutter(doc, span.start_char) and span[-1].lower_ not in BODY_NAME_ENDS
        ]))
        doc._.set(PRODUCTS, mentions)
        self._relabel(doc, mentions)
        return doc

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        """(token, head) for proper nouns compounding a product noun, their conjuncts, and names in apposition with one."""
        found: list[tuple[int, int]] = []
        before = None
        for token in doc:
            lower, dep = token.lower_, token.dep_  # each read once: every test below starts from them
            if _is_drug_name(token):
                found.append((token.i, token.i))  # "Ashcombe makes Veltrazumab at the plant"
            as_object = dep == "pobj" and token.head.lower_ == "as"
            if as_object and token.head.head.lemma_ in NAMING_VERBS | {"know"} \
                    and token.head.head.head.lower_ in self.product_nouns and _looks_like_a_name(token):
                found.append((token.i, token.head.head.head.i))  # "The turbines, known as Havørn 15,"
            if lower in self.appositive_nouns and dep == "appos" and _looks_like_a_name(token.head):
                found.append((token.head.i, token.i))  # "the Juno, a compact electric SUV"
            elif dep == "appos" and token.pos_ == "NOUN" and token.is_lower and is_model_code(token.head.text) \
                    and token.lemma_ not in COMPANY_WORDS | NOT_GOODS:
                found.append((token.head.i, token.i))  # "the eAX-400, an electric axle for long-haul trucks"
            if lower in self.product_nouns and dep == "appos" and (named := _named_after_comma(token)) is not None:
                found.append((named.i, token.i))  # "its own insulin glargine biosimilar, Glarvia, and ..." (a conjunct to the parser)
            if lower in self.appositive_nouns and token.pos_ == "NOUN":  # "its shot, Hepalign", "a new yoghurt drink, Lala Poa";
                # not "the vaccine Pfizer developed"
                found.extend((c.i, token.i) for c in token.children if c.dep_ == "appos" and _looks_like_a_name(c) and not _followed_by_verb(c)
                             and doc[c.i - 1].text != "(")  # not the acronym in "sustainable aviation fuel (SAF)"
            if dep in ("oprd", "dobj") and token.head.lemma_ in NAMING_VERBS and token.head.dep_ == "acl" \
                    and token.head.head.lower_ in self.product_nouns and _looks_like_a_name(token):
                found.append((token.i, token.head.head.i))  # "a compact SUV called the Juno", "a chip dubbed Falcon"
            if as_object and any(c.lower_ == "such" for c in token.head.children) \
                    and token.head.head.lower_ in self.product_nouns and token.pos_ == "PROPN" and token.text[:1].isupper():
                found.append((token.i, token.head.head.i))  # "models such as the Brezza"
            if as_object and token.head.head.lemma_ in SELLING_VERBS and _looks_like_a_name(token):
                found.append((token.i, token.head.head.i))  # "will be sold as the SJ-Etch 7"
            if token.lemma_ in ("name", "brand", "label", "banner") and token.head.lower_ == "under":  # "sold under the VK-Frame
                found += [(n.i, token.i) for c in token.children if c.dep_ in ("compound", "nmod", "appos") and _looks_like_a_name(c)
                          for n in (c, *c.conjuncts) if _looks_like_a_name(n)]  # name", "under the Bushveld Ultra and Bushveld SuperBuild brands",
                # "under the name PulseCore"
            if dep == "dobj" and token.head.lemma_ in LAUNCHING_VERBS and _looks_like_a_name(token) and token.ent_type_ != "GPE" \
                    and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_ not in COMPANY_WORDS for c in token.children):
                found.append((token.i, token.i))  # "today launched Sentiva X5, a hydrogen leak detector"
            if token.lemma_ in ("brand", "name", "label") and token.tag_ == "NNS":
                found += [(t, token.i) for t in _names_under(token)]  # "under the Bushveld Ultra and Bushveld SuperBuild brands"
            if (lower in self.product_nouns or token.lemma_.lower() in self.product_nouns) and lower.endswith("s"):  # "loaves",
                # which the tagger may take for a verb
                found += [(t, token.i) for t in _names_listed_before(token)]  # "the Hartwell Golden Crust and Highland Oat loaves"
            goods = _goods_named_by_brand(token)
            if goods is not None:
                found.append((token.i, goods.i))  # "its Aquadry resins", "maker of Kirameki rice crackers"
            if (before is not None and before.is_lower and before.lower_ in self.product_nouns | CODED_NOUNS and before.pos_ == "NOUN"
                    and lower not in self.product_nouns and (_looks_like_a_name(token) and before.lower_ not in CODED_NOUNS
                                                             or is_model_code(token.text))
                    and not _followed_by_verb(token) and not _cut_from_a_longer_name(token)):
                found.append((token.i, before.i))  # "its rival injection Slimora", "the drug Mounjaro", "candidate SKR-2201"
            before = token
            if lower not in self.product_nouns or token.pos_ not in ("NOUN", "PROPN") or _inside_a_name(token) \
                    or _modifies_a_product_noun(token, self.product_nouns) or _names_a_plant_s_kind(token):
                continue
            for child in token.children:
                if child.dep_ == "nummod" and child.ent_type_ == "PRODUCT" and child.i < token.i:
                    found.append((child.i, token.i))  # "200 megawatts of HX-20 electrolysers"
                if child.dep_ in ("compound", "nmod", "amod") and (_is_name(child) or _capitalised_noun(child)) \
                        and not any(c.tag_ == "POS" for c in child.children):  # not the maker in "Skjold's SB-115 blade"
                    found.append((child.i, token.i))
                    found.extend((c.i, token.i) for c in child.conjuncts if _is_name(c))
        companies = {t.head.i for t in doc if t.dep_ == "appos" and t.ent_type_ and is_legal_form(t.text)}
        found = [(t, head) for t, head in found if head not in companies]  # "with Belo Horizonte waste processor Reciclar
        # Minas Ltda.": the noun describes a company
        found = [(t, head) for t, head in found if doc[t].text not in TECHNOLOGIES | UNITS and not _a_kind_code(doc[t].text)]
        # "AI chips", "LFP cells", "GLP-1 drugs", "NH3 crackers": a kind, no make; "its 400 MWh battery": a size
        found = [(t, head) for t, head in found if not _in_a_company_name(doc[t]) and not is_currency_word(doc[t].text)]
        # "food processor Savanna Grain Millers Ltd", "a KSh 1.2 billion equity injection"
        named = {t for t, _ in found}
        found += [(c.i, head) for t, head in found for c in doc[t].conjuncts
                  if _looks_like_a_name(c) and c.lower_ not in self.product_nouns and c.i not in named]  # "the Xinlan Aurora ... and the Aurora Max"
        return found

    def _add_list_members(self, doc: Doc, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'... models will be made alongside the Leaf': a name linked to a product clause is one too."""
        known_heads = {head for _, head in names}
        extra: list[tuple[int, int]] = []
        for token in tokens_with(doc, DEP, ("pobj",)):
            if token.head.lower_ in LIST_LINKS and _is_name(token) and token.ent_type_ not in ("GPE", "LOC", "NORP"):
                verb = token.head.head
                if verb.i in known_heads or any(child.i in known_heads for child in verb.children):
                    extra.append((token.i, token.i))
        return names + [pair for pair in extra if pair[0] not in {t for t, _ in names}]

    @staticmethod
    def _repeats(doc: Doc, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'the Kaze compact SUV' ... 'assembles the Kaze': later one-word ORG/PERSON tags of a product name are the product."""
        known = {doc[t].text for t, _ in names}
        seen = {t for t, _ in names}
        return [(e.start, e.start) for e in doc.ents
                if len(e) == 1 and e.label_ in ("ORG", "PERSON") and e.text in known and e.start not in seen]

    @staticmethod
    def _relabel(doc: Doc, mentions: list[ProductMention]) -> None:
        """Replace overlapping ORG/PERSON entities by PRODUCT ones so later stages never see them as such."""
        product_tokens = {t for m in mentions for t in range(m.start, m.end)}
        kept = [e for e in doc.ents if not product_tokens.intersection(range(e.start, e.end))]
        kept += [Span(doc, m.start, m.end, label="PRODUCT") for m in mentions]
        doc.ents = sorted(kept, key=lambda span: span.start)


def _names_listed_before(goods: Token) -> list[int]:
    """'the Wupperthaler Pils and Bergisch Hell brands', 'the Hartwell Golden Crust and Highland Oat loaves': two or
    more capitalised names joined by 'and' or commas right before plural goods name them, however the parser split
    them; the last word of each."""
    doc = goods.doc
    ends: list[int] = []
    i = goods.i - 1
    while i >= 0 and _is_name(doc[i]):
        ends.append(i)
        while i >= 0 and _is_name(doc[i]):
            i -= 1
        if i + 1 == ends[-1] and doc[ends[-1]].ent_type_ == "ORG":
            return []  # "the Peugeot, Fiat and Jeep brands": companies' names for their makes, not products
        if i < 1 or doc[i].lower_ not in ("and", ",", "or"):
            break
        i -= 1
    return ends if len(ends) >= 2 else []


#: Words before a number that name a part, a stage or a rule, not a make ('Phase 2', 'Scope 3 emissions', 'Euro 7').
NOT_MAKES = {"plant", "line", "phase", "unit", "block", "terminal", "train", "hall", "fab", "building", "stage", "tier",
             "scope", "grade", "vision", "industry", "article", "section", "gate", "berth", "pier", "zone", "lot", "sector",
             "road", "route", "highway", "group", "fund", "round", "series", "class", "level", "category", "type", "euro",
             "covid", "sars", "the", "site", "campus", "mine", "pit", "shaft", "reactor", "well", "field", "lane", "no",
             "number", "chapter", "schedule", "annex", "part", "title", "rule", "act", "bill", "cop", "g", "top", "fy", "q", "gf"}
#: Numbers with letters that say what a thing does or which disease or drug class it is about, not which model it is
#: ('ChipWeave 3D packaging', 'B2B sales', 'GLP-1 drugs').
NOT_MODEL_CODES = {"2d", "3d", "4d", "4k", "8k", "3g", "4g", "5g", "6g", "b2b", "b2c", "b2g", "p2p", "m2m", "glp-1", "gip-1",
                   "covid-19", "h5n1", "sars-cov-2", "pm2", "pm10"}
#: A model code written as one word: letters (two or more, or one before a hyphen) and a number, and perhaps a suffix
#: ('TX9', 'HX4', 'VX42', 'HT-900', 'eAX-400', 'A320neo').
MODEL_CODE = re.compile(r"(?P<letters>[a-zA-Z]*[A-Z][a-zA-Z]*)(?P<hyphen>-?)\d{1,4}(?:[a-z]{1,4}|[A-Z]{1,2})?")
#: A chemical formula, which looks like a model code ('CO2', 'NH3', 'Li2CO3', 'SF6').
CHEMICAL_FORMULA = re.compile(r"(?:(?:H|He|Li|B|C|N|O|F|Na|Mg|Al|Si|P|S|Cl|K|Ca|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn|Br|I)\d*)+")
#: Words after a model's number that go with the name ('the KV-8 Pro', 'the Lumora Pulse 5 Lite').
MODEL_SUFFIXES = {"pro", "max", "lite", "plus", "ultra", "mini", "air", "neo", "sport", "evo", "s", "x", "e", "m"}


def is_model_code(text: str) -> bool:
    """'TX9', 'HT-900', 'eAX-400': a word that names a model by letters and a number of up to four digits, not a
    reference ('APP-20251187'), an amount ('Rp5'), a formula, a period ('FY25'), a part ('Phase-2', 'GF2') or a kind
    ('5G')."""
    code = MODEL_CODE.fullmatch(text)
    return code is not None and (code["hyphen"] == "-" or len(code["letters"]) >= 2) and code["letters"].lower() not in NOT_MAKES \
        and not is_currency_word(code["letters"]) and not _a_kind_code(text)


def _a_kind_code(text: str) -> bool:
    """'GLP-1', 'NH3', 'H2', '5G': letters and a number that name a kind of drug, a substance or a technology; one
    element with a larger number is a code ('N12')."""
    return text.lower() in NOT_MODEL_CODES or text in ("H2", "O2", "N2", "O3") \
        or sum(c.isupper() for c in text) >= 2 and any(c.isdigit() for c in text) and CHEMICAL_FORMULA.fullmatch(text) is not None


def _model_designations(doc: Doc) -> list[tuple[Span, int]]:
    """'the CoolFrame X7 battery tray', 'Elektra HX-20 electrolyser stacks', "the company's KV-8 Pro automotive camera
    module": a make and a model number (or a lettered code) before a lower-case class noun name a product, whatever
    the model tagged them. The name, and its class noun as the head."""
    found = []
    for code in tokens_where(doc, ORTH, lambda text: any(c.isdigit() for c in text) and not _a_year(text)):
        name = _make_and_model(doc, code)
        head = _class_noun(doc, name.end) if name is not None else None
        if name is not None and head is not None:
            found.append((name, head.i))
    return found


def _make_and_model(doc: Doc, code: Token) -> Span | None:
    """The make's words before a model code ('CoolFrame' + 'X7'), or a lettered code alone ('KV-8', 'B-240'), with
    the words that finish a model's name ('Pro', 'Lite'); None for a count, an amount or a part ('Phase 2')."""
    start, end = _joined_run(doc, code.i)
    run = doc[start:end]
    if start < code.i - 2 or start != code.i and run[0].text == "-" or run.text.lower() in NOT_MODEL_CODES \
            or any(e.label_ in ("DATE", "MONEY", "PERCENT", "QUANTITY", "TIME", "ORDINAL") for e in run.ents):
        return None
    lettered = is_model_code(run.text) or run[0].text[:1].isalpha() and run[0].text[:1].isupper() and "-" in run.text \
        and not run[-1].text.islower()
    while start > 0 and (_is_make_word(doc[start - 1]) or _tagged_with(doc[start - 1], doc[start])):
        start -= 1
        if start > 1 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" and doc[start - 2].whitespace_ == "" \
                and _is_make_word(doc[start - 2]):
            start -= 2  # "the DB-Pro 21700 cylindrical cells"
    if start == run.start and not lettered or {doc[start].lower_, doc[start].lower_.rstrip("s")} & NOT_MAKES or doc[run.start - 1].lower_ in NOT_MAKES:
        return None
    while end < len(doc) and doc[end].lower_ in MODEL_SUFFIXES and doc[end].text[:1].isupper():
        end += 1
    return doc[start:end]


def _class_noun(doc: Doc, end: int) -> Token | None:
    """The lower-case noun right after a model's name that says what kind of goods it is ('battery tray', 'Z-folding
    stacking machine', 'e-axle'); the model may call it a proper noun ('telehandler')."""
    if end >= len(doc) or doc[end].ent_type_ in ("QUANTITY", "CARDINAL", "DATE"):
        return None
    head = next((t for t in doc[end : end + 5] if t.pos_ in ("NOUN", "PROPN") and t.is_lower and t.dep_ not in ("compound", "amod")
                 and not _before_a_hyphen(t)), None)
    if head is None or head.lemma_ in NOT_GOODS | NOT_A_CLASS or head.lower_ in UNITS \
            or any(not (t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB") or t.text == "-" or _hyphen_joined(t) or _before_a_hyphen(t))
                   for t in doc[end : head.i]):
        return None
    return head


def _before_a_hyphen(token: Token) -> bool:
    """'e' in 'e-axle', 'Z' in 'Z-folding': the first part of a hyphenated word."""
    return token.i + 1 < len(token.doc) and token.whitespace_ == "" and token.nbor().text == "-"


#: Nouns after a number that count or measure, not a class of goods ('Fab 21 site', 'Unit 3 output').
NOT_A_CLASS = {"year", "month", "week", "day", "hour", "percent", "people", "job", "time", "per", "cent", "tonne", "ton",
               "megawatt", "gigawatt", "acre", "hectare", "kilometre", "kilometer", "mile", "metre", "meter", "expansion",
               "emission", "pandemic", "standard", "rule", "target", "summit", "deadline", "programme", "program", "goal"}


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _joined_run(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens around ``i`` written without a space between them ('HX', '-', '20')."""
    start, end = i, i + 1
    while start > 0 and doc[start - 1].whitespace_ == "" and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    while end < len(doc) and doc[end - 1].whitespace_ == "" and (doc[end].text == "-" or doc[end - 1].text == "-"):
        end += 1
    return start, end


def _tagged_with(token: Token, next_token: Token) -> bool:
    """'Aurora' in 'Aurora X-200', which the model tagged as one person: a capitalised word of the entity the model
    code is in."""
    return token.is_alpha and token.text[:1].isupper() and next_token.ent_iob_ == "I" and token.ent_type_ == next_token.ent_type_ \
        and token.ent_type_ in ("PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART") and not token.is_sent_start \
        and not is_currency_word(token.text)


def _is_make_word(token: Token) -> bool:
    """'Lumora', 'CoolFrame', 'Buds Air': a capitalised word of a make or a model's name, not a place, a currency
    ('Rs 1,800 crore') or a sentence's first word."""
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and not token.is_sent_start \
        and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "PERSON", "MONEY") and not is_currency_word(token.text)


def _with_the_make_before(doc: Doc, names: list[Span]) -> list[tuple[Span, int]]:
    """'its Pulse 5 smartwatch' ... 'the Lumora Pulse 5 would go on sale': an organisation or person the model tags that
    ends with a product's name of two or more words is the product under its make's name."""
    known = {tuple(t.text for t in span) for span in names if len(span) > 1}
    found = []
    for ent in doc.ents:
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if ent.label_ in ("ORG", "PERSON") and any(_ends_with_model(words, name) for name in known):
            found.append((words, words.end - 1))
    return found


def _ends_with_model(words: Span, name: tuple[str, ...]) -> bool:
    """'Lumora Pulse 5', 'Lumora Pulse 5 Lite' of 'Pulse 5': a make, the model's name and any of its suffixes."""
    texts = [t.text for t in words]
    at = next((i for i in range(1, 3) if tuple(texts[i : i + len(name)]) == name), None)
    return at is not None and all(t.isalpha() and t.istitle() for t in texts[:at]) \
        and all(t.lower() in MODEL_SUFFIXES for t in texts[at + len(name) :])


def _under_full_names(mentions: list[ProductMention]) -> list[ProductMention]:
    """'Pulse 5' and 'Lumora Pulse 5' are one product: a name that ends another's longer one goes by the longer one."""
    names = sorted({m.name for m in mentions}, key=len, reverse=True)
    return [replace(m, name=next((n for n in names if n.endswith(" " + m.name)), m.name)) for m in mentions]


def _without_overlaps(mentions: list[ProductMention]) -> list[ProductMention]:
    """One mention per token: the longest name wins ('SolwayRail R260' over 'R260')."""
    kept: list[ProductMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _name_span(token: Token) -> Span:
    """The whole product name: 'Zephyr X9', 'SolwayRail R260', 'LF-300'."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while end < len(doc) and (doc[end - 1].whitespace_ == "" and (doc[end].text == "-" or doc[end].like_num)
                              or doc[end].dep_ == "compound" and any(c.isdigit() for c in doc[end].text) and doc[end].text[:1].isupper()
                              or doc[end].dep_ == "nummod" and doc[end].head.i < end  # "SJ-ALD 3000"
                              or doc[end].dep_ in ("compound", "nmod") and doc[end].text[:1].isupper() and doc[end].head.i > end
                              and doc[end - 1].head.i == end  # "Tiffin Time ready meals"
                              or _a_model_letter(doc[end])):  # "its Citalis M metro platform"
        end += 1
    while start > 0 and (doc[start - 1].pos_ in ("PROPN", "NUM") and doc[start - 1].text[:1].isupper()
                         or doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_title and not doc[start - 1].is_sent_start or  # "Little Otway"
                         doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" and start > 1) \
            and (doc[start - 1].ent_type_ not in ("ORG", "GPE", "NORP") or doc[start].ent_iob_ == "I"):  # "Tussock Gold", one entity
        start -= 1
    if doc[end - 1].text == "-":
        end -= 1
    return doc[start:end]


#: International nonproprietary name stems: a capitalised word ending in one names a medicine ('Veltrazumab'). In
#: lower case ('olvetamab', 'penicillin') it is as often an ingredient made in bulk as a product, so it is left alone.
DRUG_STEMS = ("mab", "tinib", "ciclib", "rasib", "parib", "glutide", "patide", "gliflozin", "gliptin", "sartan", "statin",
              "prazole", "mycin", "cillin", "floxacin", "conazole", "lukast", "dronate")


def _a_model_letter(token: Token) -> bool:
    """'M' in 'Citalis M', 'N' in 'Hanulin N': a capital letter alone after a name finishes it."""
    return len(token.text) == 1 and token.text.isupper() and token.is_alpha and token.text not in ("A", "I") and token.pos_ == "PROPN"


def _is_drug_name(token: Token) -> bool:
    return (token.is_alpha and len(token.text) >= 8 and token.text[:1].isupper() and token.text[1:].islower()
            and token.lower_.endswith(DRUG_STEMS) and not token.is_sent_start
            and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE"))  # the model often says PERSON


GOODS_VERBS = {"make", "sell", "ship", "produce", "export", "supply", "market", "manufacture", "import", "distribute",
               "package", "assemble", "deliver"}
#: Plural nouns that a place or company name modifies without being a brand: "its Workington steelworks", "its Texas sites".
NOT_GOODS = {"plant", "factory", "site", "facility", "operation", "asset", "business", "customer", "employee", "worker",
             "share", "shareholder", "partner", "unit", "line", "mill", "fab", "refinery", "warehouse", "office", "store",
             "subsidiary", "division", "project", "contract", "investment", "market", "brand", "product", "job", "sale",
             "arm", "team", "staff", "headquarters", "campus", "workforce", "branch", "affiliate", "venture", "property",
             "port", "terminal", "mine", "deposit", "field", "park", "zone", "hub", "centre", "center", "complex", "works",
             "output", "capacity", "production", "expansion", "board", "management", "chief", "government", "state", "city"}
#: Mass nouns that name goods as well as plural ones do ('the firm's Maziwa Safi long-life milk', 'its LX-9 adsorbent').
MASS_GOODS = {"milk", "cement", "steel", "glass", "resin", "adsorbent", "fuel", "fertiliser", "fertilizer", "feed", "sugar",
              "beer", "whisky", "gin", "water", "yoghurt", "yogurt", "cheese", "flour", "coffee", "tea", "paint", "coating",
              "detector", "sensor", "drug", "vaccine", "process", "software", "system", "platform", "module", "chip", "battery",
              "cheddar", "lager", "cider", "ale", "stout", "wine", "porridge", "protein", "fibre", "fiber", "yarn", "powder",
              "membrane", "electrolyte", "polymer", "oil"}
GOODS_MAKERS = {"maker", "producer", "manufacturer", "supplier", "seller", "brand"}


def _goods_named_by_brand(token: Token) -> Token | None:
    """'ships its Seramax ceramic-coated separators', 'the Osaka-based maker of Kirameki rice crackers', 'sells its
    Aquadry resins': a capitalised word in front of plural goods that a company owns, makes or sells is their brand."""
    if token.dep_ not in ("compound", "amod", "nmod") or token.is_sent_start or not token.text[:1].isupper() \
            or token.pos_ not in ("PROPN", "NOUN") or len(token.text) < 3 \
            or token.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART", "ORG", "FAC") and not _unknown_place(token):
        return None
    if token.ent_type_ in ("ORG", "FAC") and (token.ent_iob_ != "B" and not _hyphen_joined(token) or _tagged_elsewhere(token)):
        return None  # a name the model took for an organisation or a building, used nowhere else as one
    goods = token.head
    while goods.dep_ in ("compound", "nmod") and goods.text[:1].isupper() and goods.head.i > goods.i:
        goods = goods.head  # the rest of the name: "Tiffin Time ready meals"
    while goods.dep_ == "compound" and goods.pos_ == "NOUN" and goods.head.i > goods.i:
        goods = goods.head  # "Kirameki rice crackers"
    possessor = next((c for t in _path(token, goods) for c in t.children if c.dep_ == "poss"), None)  # "its", "Kisaragi's",
    # "the plant's", "whose"; on any word of the name, as the parser may hang it ("the plant's VeriSiC power MOSFETs")
    held = goods.head if goods.dep_ == "conj" else goods  # "maker of Tiffin Time ready meals and Crunchy Kaddu snacks"
    made = held.dep_ == "dobj" and held.head.lemma_ in GOODS_VERBS
    of_a_maker = held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lemma_ in GOODS_MAKERS
    if goods.tag_ not in ("NNS", "NNPS") and not ((possessor is not None or made) and goods.lemma_.lower() in MASS_GOODS) \
            or goods.text[:1].isupper() and not goods.text[:-1].isupper() \
            or goods.lemma_.lower() in NOT_GOODS or goods.lower_.endswith("works"):
        return None  # plural goods, or a mass noun a company owns or makes ("makes Uji Power fortified porridge flour")
    owned = possessor is not None and (possessor.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
                                        or possessor.ent_type_ == "GPE" and not is_broad_place(possessor.text))  # "Lumatec's" (a GPE to the model)
    return goods if owned or made or of_a_maker else None


def _path(token: Token, goods: Token) -> list[Token]:
    """The words from a brand up its heads to the goods it names."""
    path = [token]
    while path[-1].i != goods.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _unknown_place(token: Token) -> bool:
    """'its Skylark inference accelerators', 'its Helios 720 bifacial modules': a one-word name the model guesses is a
    place but no gazetteer knows, nor the story uses as one elsewhere."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return token.ent_type_ in ("GPE", "LOC") and alone and not is_broad_place(token.text) and not is_known_town(token.text) \
        and not _tagged_elsewhere(token)


def _hyphen_joined(token: Token) -> bool:
    """'K-Volt': the word after a hyphen that joins it to the name's first letters."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_


def _named_after_comma(noun: Token) -> Token | None:
    """'biosimilar, Glarvia,': a single capitalised name set off by commas right after a product noun."""
    doc = noun.doc
    i = noun.i + 2
    if i + 1 >= len(doc) or doc[noun.i + 1].text != "," or doc[i + 1].text not in (",", ".", "and"):
        return None
    name = doc[i]
    return name if name.text[:1].isupper() and name.is_alpha and len(name) > 2 and name.ent_type_ not in ("PERSON", "DATE") \
        and name.pos_ in ("PROPN", "NOUN") else None


def _names_under(brands: Token) -> list[int]:
    """The last word of each name in 'under the Bushveld Ultra and Bushveld SuperBuild brands', which the parser rarely
    hangs on 'brands'."""
    doc = brands.doc
    i = brands.i - 1
    while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", ",", "the", "its", "their")):
        i -= 1
    if doc[i].lower_ != "under":
        return []
    return [t.i for t in doc[i + 1 : brands.i] if t.pos_ == "PROPN" and doc[t.i + 1].pos_ != "PROPN"]


def _tagged_elsewhere(token: Token) -> bool:
    """Whether the entity starting at ``token`` is tagged again elsewhere in the document, where it may act."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = doc[token.i : end].text
    return sum(e.text == text for e in doc.ents) > 1


def _cut_from_a_longer_name(token: Token) -> bool:
    """'by Swedish steel processor Kalix Stål': the first word of a longer name (a company's, which the model took for a
    person's) is no product the noun before it names."""
    return token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ == "B" and token.i + 1 < len(token.doc) \
        and token.nbor().ent_iob_ == "I"


def _followed_by_verb(token: Token) -> bool:
    """'the vaccine Pfizer developed': a name followed by a verb is the subject of a relative clause, not a product
    (unlike 'patents on its cancer drug Keytruda begin to expire', where the verb is the sentence's)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "VERB" and (
        following.dep_ == "relcl" or not (token.dep_ == "nsubj" and token.head.i == following.i))


def _looks_like_a_name(token: Token) -> bool:
    """Structural evidence ('the Corvan, an electric delivery van') outweighs the model's label, whatever it is."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and (len(token.text) > 1 or _a_model_letter(token) and token.i > 0
                                                                    and token.nbor(-1).pos_ == "PROPN")  # "Hanulin N"


def _names_a_plant_s_kind(token: Token) -> bool:
    """'the Marburg vaccine plant': goods that say what a plant makes, whose name in front is where the plant stands."""
    return token.dep_ == "compound" and token.head.lemma_ in FACILITY_NOUNS and token.head.i > token.i


def _modifies_a_product_noun(token: Token, product_nouns: set[str]) -> bool:
    """'the Kaze compact SUV': the name belongs to the last product noun, which the parser may not make the head."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in product_nouns


def _inside_a_name(token: Token) -> bool:
    """'Skjold Blades A/S' is a company, not a blade: a title-case product noun mid-sentence is part of a name
    (upper-case 'SUV' or 'EV' is not)."""
    return token.pos_ == "PROPN" and (token.ent_type_ == "ORG" or token.text.istitle() and not token.is_sent_start)


def _in_a_company_name(token: Token) -> bool:
    """A word of a name that ends in a legal form ('Savanna Grain Millers Ltd'): the company, never its product."""
    if token.ent_type_ != "ORG":
        return False
    words = whole_entity(token).split()
    return len(words) > 1 and is_legal_form(words[-1])


def _capitalised_noun(token: Token) -> bool:
    """'the company's Halcyon accelerators': a capitalised word the tagger took for a common noun, mid-sentence."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start and token.ent_type_ not in ("GPE", "LOC", "NORP") \
        and not (token.i > 0 and token.nbor(-1).text in ('"', "“", "'"))  # not a quote's first word ('"Safety catheters sell"')


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and len(token.text) > 1 and token.text[:1].isupper() and token.ent_type_ not in ("DATE", "MONEY") \
        and not (token.ent_type_ == "NORP" and _a_demonym(token.text)) \
        and token.text not in UNITS and not _a_known_place(token)  # not "a 100 MW electrolyser"


#: How the names of peoples end ('Japanese', 'Korean', 'Thai', 'Dutch', 'Greek', 'Swiss').
DEMONYM_ENDING = re.compile(r"(an|ese|ish|i|ch|ic|ot|ek|er|s)$", re.IGNORECASE)


def _a_demonym(text: str) -> bool:
    """'its Japanese electric SUV' names a people; 'its Haoyu electric SUV', which the model also calls one, does not."""
    return is_language(text) or DEMONYM_ENDING.search(text) is not None


def _a_known_place(token: Token) -> bool:
    """'the Xinghe Lumo hatchback' is tagged as a place, 'the Sunderland model' names one: the gazetteer decides."""
    if token.ent_type_ not in ("GPE", "LOC"):
        return False
    place = whole_entity(token)
    return is_known_town(place) or is_broad_place(place)
