"""``kg_facilities``: plants, factories, gigafactories, fabs... and which mentions are the same plant.

NER does not tag facilities, so mentions are found by their head noun. A news story often speaks
of several plants of one kind ("its current plant", "a second gigafactory", "the third one"), so
mentions are grouped by ordinal and by "current/new/additional" before they become plants.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.components.attributes import (
    FACILITIES, FACTS, MONEY, ORGS, PRODUCTS, Facts, FacilityMention, OrgMention, document_text, register_extensions, span_text,
)
from kg.components.clutter import LIVE_STAMP, MISREPORTED, about_paragraphs, dateline, in_clutter, misreported_span
from kg.components.fields import PLACE_ROLES, Record, place_name, record_at, records, stage
from kg.components.gazetteer import BEARINGS, DEMONYM_ENDINGS, REGION_WORDS, breadth, countries_of, is_broad_place, is_known_town, is_world_region
from kg.components.money import NUMBER_WORDS
from kg.components.organizations import (
    FIRST_PERSON, FOLDED_FIRST_WORDS, NAME_PARTICLES, UNION_NAME, UNIT_NOUNS, agent_of, clause_subject, in_a_heading, in_the_paragraph, inside_quote, lead_member,
    line_span, most_mentioned, named_after_two_others, named_before_to, nearest_before, shares_split_after, verb_of,
)
from kg.components.scan import entity_start, tokens_where, tokens_with, whole_entity
from kg.components.status import status_of
from kg.normalize import clean_name, entity_key, has_legal_form

DEFAULT_KINDS = {
    "gigafactory": "gigafactory", "giga-factory": "gigafactory", "plant": "plant", "factory": "factory",
    "fab": "fab", "foundry": "foundry", "smelter": "smelter", "refinery": "refinery", "mill": "mill",
    "steelworks": "steelworks", "distillery": "distillery", "brewery": "brewery", "facility": "facility",
    "centre": "data centre", "center": "data centre", "campus": "campus", "warehouse": "warehouse",
    "terminal": "terminal", "mine": "mine", "works": "works", "hub": "hub", "complex": "complex",
    "farm": "farm", "park": "park", "station": "station", "depot": "depot", "site": "site", "shipyard": "shipyard", "yard": "yard",
    "unit": "unit", "port": "port", "installation": "installation", "bakery": "bakery", "cannery": "cannery", "winery": "winery",
    "abattoir": "abattoir", "smokehouse": "smokehouse", "sawmill": "sawmill", "tannery": "tannery",
    "maltings": "maltings", "roastery": "roastery", "hatchery": "hatchery", "meatworks": "meatworks",
    "workshop": "workshop", "shop": "shop", "base": "base", "hangar": "hangar",
    "cracker": "cracker", "forge": "forge", "casthouse": "casthouse", "creamery": "creamery", "glassworks": "glassworks",
    "electrolyser": "electrolyser plant", "electrolyzer": "electrolyser plant",
    "biorefinery": "biorefinery", "megafactory": "megafactory", "slaughterhouse": "slaughterhouse", "battery": "battery",
    "ginnery": "ginnery", "packhouse": "packhouse", "store": "cold store", "elevator": "elevator", "laundry": "laundry",
}
NEEDS_COMPOUND = {"centre": {"data", "distribution", "logistics", "fulfilment", "fulfillment", "sorting", "parcel", "service"},
                  "center": {"data", "distribution", "logistics", "fulfillment", "sorting", "parcel", "service"}, "campus": {"data", "centre", "center"},
                  "hub": {"manufacturing", "production", "logistics", "charging", "battery", "parcel", "sorting", "cargo", "freight", "automated",
                          "dock", "distribution", "intermodal", "storage", "cold-storage"},  # "a cross-dock hub", "its cold-storage hub"
                  "complex": {"manufacturing", "production", "industrial", "battery", "petrochemical", "chemical", "chemicals", "steel", "refining",
                              "polymer", "polymers", "acid", "plastics", "fertiliser", "fertilizer", "ammonia", "methanol", "olefins",
                              "aromatics", "derivatives", "processing", "smelting", "downstream", "integrated"},
                  "farm": {"wind", "solar", "battery", "offshore", "onshore"}, "park": {"solar", "wind", "battery", "centre", "center", "logistics", "multi-modal", "multimodal"},
                  "station": {"power", "freight", "compressor", "pumping", "generating", "nuclear", "hydroelectric", "hydropower",
                              "ground", "landing", "earth"},  # "a satellite ground station", "a cable landing station"
                  "depot": {"inland", "container", "fuel", "rail", "maintenance", "distribution", "logistics", "freight", "overhaul", "repair",
                            "storage", "petrol", "oil", "diesel", "gas", "lpg", "tank", "bulk"}, "yard": {"shredding", "scrap", "ship", "rail", "storage", "fabrication", "repair", "maintenance"},
                  "base": {"maintenance", "repair", "overhaul", "mro", "production", "manufacturing", "logistics", "supply", "service"},
                  "unit": {"manufacturing", "production", "processing", "grinding", "intermediates", "assembly", "packaging", "osat", "test", "recycling", "fermentation", "capture",
                           "demonstration", "pilot"},  # "a small demonstration unit in Campinas"
                  "port": {"dry", "inland"}, "laundry": {"denim", "jeans", "garment", "industrial", "washing", "textile"}, "store": {"cold"}, "elevator": {"grain", "inland"}, "cracker": {"ethane", "steam", "naphtha", "ethylene", "mixed-feed", "gas", "olefins"}, "installation": {"storage", "battery"}, "shop": {"fabrication", "engine", "overhaul", "repair", "component", "components", "maintenance", "mro", "forge", "forging"},
                  "battery": {"megawatt", "mw", "megawatt-hour", "mwh", "gwh", "gigawatt-hour", "grid-scale", "utility-scale"}}  # "its
# 200-megawatt battery near Horsham": a storage plant, not a product


def _kind_named(kind: str, word: str, token: Token, lefts: list[Token], text: str) -> str:
    """A centre is a data centre unless its words, or those it was introduced with, say what else ('a cross-dock and
    distribution centre', then 'the Apodaca centre'); a yard is a shipyard in a story about ships, unless its words say
    what else ('the rail yard')."""
    if kind == "yard" and _about("yard", text) and not any(c.lower_ in NEEDS_COMPOUND["yard"] - {"ship", "repair"} for c in lefts):
        return "shipyard"
    if kind != "data centre":
        return kind
    compounds = NEEDS_COMPOUND[word]
    named = [c.lower_ for c in lefts if c.lower_ in compounds] or [
        m.group(1) for m in re.finditer(rf"\b({'|'.join(compounds)}) {word}\b", text[: token.idx].lower())][-1:]
    return f"{named[-1]} {word}" if named and "data" not in named else kind


#: Kinds that are never verbs, kept when the small model tags them as one ("at its Port Talbot steelworks").
NEVER_VERBS = {"gigafactory", "giga-factory", "factory", "fab", "foundry", "smelter", "refinery", "steelworks", "distillery", "brewery", "facility", "warehouse"}
#: What a works makes when its name says so: 'its Rejowiec Fabryczny cement works' (which the parser may take for a verb).
WORKS_MATERIALS = {"cement", "steel", "iron", "glass", "gas", "chemical", "chemicals", "paper", "brick", "tile", "salt", "sugar",
                   "lime", "copper", "zinc", "tin", "engineering", "ceramics", "porcelain"}


def _of_a_kind(ordinal: Token) -> bool:
    """'a first-of-a-kind plant': no plant's rank."""
    doc = ordinal.doc
    return ordinal.i + 2 < len(doc) and doc[ordinal.i + 1].text == "-" and doc[ordinal.i + 2].lower_ == "of"


def _works_of_a_material(token: Token) -> bool:
    """'cement works': a works named by what it makes, a plant whatever part of speech the parser gives 'works'."""
    return token.lower_ == "works" and token.i > 0 and token.nbor(-1).lower_ in WORKS_MATERIALS
GENERIC_KINDS = {"plant", "factory", "facility", "works", "site"}
#: 'GF2', 'Plant 3', 'Fab 2': a plant's number in its name, as trackers write it.
NUMBERED_PLANT = re.compile(r"\b(?:GF|Gigafactory|Plant|Fab)[ -]?(\d{1,2})\b")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
DESCRIPTORS = {"new", "current", "existing", "additional", "another", "further", "proposed", "planned", "future", "operating", "operational", "old",
               "older", "oldest", "original", "main"}
EXISTING = {"current", "existing", "operating", "operational", "old", "older", "oldest", "original", "main"}  # "from its main yard"
#: What is done to a plant that stands: one to be closed, idled or upgraded runs until then.
WORKING_ON_VERBS = {"close", "shut", "mothball", "idle", "shutter", "upgrade", "modernise", "modernize", "debottleneck", "retool", "convert",
                    "gut", "gutte", "destroy", "damage", "raze", "ravage", "flood", "evacuate", "seal", "halt", "restart", "reopen", "repair"}
# ("fire gutted its warehouse", the model's lemma 'gutte'; "the mill was flooded": a plant that was there)
FRESH = {"new", "additional", "another", "further", "future", "proposed", "planned"}
#: What is done to a plant that ends it, once done ('shut its yard in Mokpo last year')...
SHUTTING_VERBS = {"close", "shut", "shutter"}
#: ...unless only for a while.
FOR_A_WHILE = re.compile(r"\b(temporar\w*|until|pending|while|for (?:\w+ )?(?:days|weeks|months)|maintenance|repairs?|restart\w*|reopen\w*)\b")
OPERATOR_VERBS = {"build", "break", "construct", "operate", "run", "open", "own", "employ", "expand", "move", "relocate", "shift", "develop", "establish", "set", "launch", "invest", "plan", "close", "shut", "scrap", "erect", "commission",
                  "spend", "pour", "commit", "put", "create", "announce", "unveil", "propose", "add", "study", "consider",
                  "evaluate", "weigh", "explore", "mull", "design", "complete", "finish", "start", "begin", "shelve", "cancel",
                  "abandon", "mothball", "pause", "halt", "delay", "postpone", "drop", "idle", "upgrade", "convert", "retool",
                  "modernise", "modernize", "buy", "acquire", "sell", "relocate", "restart", "reopen", "extend", "enlarge",
                  "make", "produce", "manufacture", "assemble"}  # "makes all of its motors at plants in Changwon and Ulsan"
#: Verbs of a relative clause whose place is the facility's ('that is under construction in X', 'it is building near X'),
#: unlike 'which will supply carmakers in Asia'.
PLACING_VERBS = OPERATOR_VERBS | {"be", "locate", "sit", "stand", "base", "lie", "go", "rise", "occupy", "come"}
#: A release's capitalised names for what it builds: 'The Project will be the Group's second production base'.
PROJECT_WORDS = {"project", "projects", "scheme", "investment"}
#: Verbs whose subject is a facility and whose place is where it stands ('The plant will come up at its park in X').
STANDING_VERBS = {"locate", "sit", "stand", "lie", "rise", "occupy", "come", "go", "remain"}
#: 'a plant at Kharkhoda in Haryana', 'in Sant Cugat del Vallès, near Barcelona': the lower rank names the place itself.
PREPOSITION_RANK = {"at": 0, "inside": 0, "on": 0, "in": 1, "near": 2, "outside": 2, "off": 2}  # "a wind farm off Changhua County"
#: The parts of a town a plant may stand on ('on Casa Grande's north side', 'on the edge of Kouvola').
SIDES_OF_TOWN = {"side", "edge", "outskirt", "outskirts", "fringe", "periphery"}
ROAD_WORDS = {"interstate", "highway", "route", "motorway", "freeway", "expressway", "road", "street", "avenue", "drive", "boulevard", "parkway"}
SITE_NOUNS = {"site", "location", "plot", "land", "parcel"}
ZONE_NOUNS = {"park", "zone", "estate", "district", "corridor", "cluster"}  # named by the proper noun before them
CONTAINER_RANK = 5  # 'near Athenry in County Galway': the place that contains the one named
UNPLACED = (3, 9)
LABELLED_PLACE = (0, 0)  # 'Location: Debrecen, Hungary': no sentence says it better, though a town may say it more closely
PLACE_NOUNS = {"city", "town", "village", "county", "state", "province", "prefecture", "region", "district", "port", "municipality", "country",
               "regency"}  # Indonesia's kabupaten: "in Konawe regency"
RUNNING = re.compile(r"\b(currently|already (makes|produces|operates|runs|supplies)|has (made|produced|operated|run) .{0,40}since|since (19|20)\d\d|"
                     r"(began|started|commenced) (operations|operating|production|producing) in (19|20)\d\d|"
                     r"which (began|started) (operations|operating|production|producing)|"
                     r"(has|have) been (running|operating|producing)|in operation)\b")
#: Building has begun ('broke ground on', 'construction started'); not 'will break ground next year'.
GROUND_BROKEN = re.compile(r"\b(?:broke ground|breaks ground|(?:has|have) broken ground|ground was broken|(?:began|begun|started|"
                           r"commenced) (?:construction|building work|civil works)|construction (?:began|started|has (?:begun|started)))\b")
PLANT_STATUSES = ("cancelled", "proposed", "planned", "announced")


@Language.factory(
    "kg_facilities",
    default_config={"kinds": DEFAULT_KINDS},
    assigns=[f"doc._.{FACILITIES}", f"doc._.{FACTS}"],
    requires=[f"doc._.{ORGS}", "token.dep"],
)
def make_facilities(nlp: Language, name: str, kinds: dict[str, str]) -> "FacilityFinder":
    register_extensions()
    return FacilityFinder(kinds)


@dataclass
class _Plant:
    kind: str
    ordinal: int | None = None
    operator: str | None = None
    location: str | None = None
    statuses: list[tuple[str, float, bool]] = field(default_factory=list)  # (status, confidence, explicit)
    mentions: list[int] = field(default_factory=list)
    location_rank: tuple = UNPLACED
    guessed: bool = False  # the operator is the story's company, or the place the story's town, by default
    parent: str | None = None  # the parent of the local arm that runs it
    contracted: bool = False  # the operator is said to run it ("X will operate the plant"), perhaps for its owner
    owner: str | None = None  # who pays for the plant by default: its operator, or the parent of the local arm running it
    labelled: bool = False  # a tracker's row: a plant by its labels, wherever it is placed


class FacilityFinder:
    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds

    def __call__(self, doc: Doc) -> Doc:
        orgs: list[OrgMention] = doc._.get(ORGS) or []
        text = document_text(doc)
        about = tuple(about_paragraphs(text))  # plants listed there, unlike the rest of a release's boilerplate, count
        mentions = [m for m in (self._mention(doc, t, text, about) for t in self._kind_words(doc)) if m is not None]
        mentions = sorted(mentions + _ones(doc, mentions) + _elliptical_ordinals(doc, mentions), key=lambda m: m.start)
        recorded = records(text)
        mentions = [m for m in mentions if record_at(recorded, doc[m.head].idx, rows_only=True) is None]  # a row is read by its labels
        plants: list[_Plant] = []
        assigned: list[FacilityMention] = []
        local = local_subsidiaries(orgs)
        parents: dict[str, str] = {}
        for parent, found in local.items():
            parents.update({arm: parent for arm, _ in found if arm not in parents})  # the first named, of two candidates
        for record in (r for r in recorded if r.row):  # first, for the notes under a tracker to refer to
            self._add_recorded_plant(doc, record, plants, assigned, orgs, text)
        unattached: set[str] = set()  # the kinds of plant told of with nothing to attach them to yet
        for mention in mentions:
            head = doc[mention.head]
            referred = _bare_definite(doc, mention) or mention.ordinal is not None or doc[mention.start].lower_ == "the"
            runner = _runner(head, orgs) or _operates(head, orgs) if referred else None
            if runner is None and doc[mention.start].lower_ == "the":  # "the Brno factory, which is run by its subsidiary X":
                runner = _run_by(head, lambda t: _org_key_at(orgs, t))  # X runs the plant named before
            operator = None if runner else _operator(head, orgs) or _about_s_company(text, head.idx, about, orgs)
            # "The site will be run by X": the last plant, X runs it; "About X / X ... has plants in A and B": X's plants
            status = _mention_status(head, mention)
            rank, places = _locations(head, orgs)
            if head.pos_ == "VERB" and operator is None and not places:  # "at its Port Talbot steelworks" parsed as a verb
                operator, places = _owner_and_place_before(head, orgs)
                rank = (breadth(places[0]), PREPOSITION_RANK["at"]) if places else rank  # the name that opens it, as "its Workington plant"
            beside = not places and _next_door(head) and bool(located := _placed_beside(head, plants, assigned))
            if doc[mention.start].lower_ in ("a", "an") and mention.ordinal is None and operator is None and runner is None \
                    and not places and inside_quote(head, text):
                continue  # '"a new fab here is a hard sell," said an analyst': any fab, in a quote
            if doc[mention.start].lower_ in ("a", "an") and operator is None and runner is None and _a_source_of_supplies(head):
                continue  # "The carbon dioxide would be captured at a biomass-fired heating plant in Borås": another's plant
            if beside and mention.ordinal is not None and any(p.ordinal == mention.ordinal for p in plants):
                continue  # '"a second factory next door gives us room"': the second factory told of, beside the first
            if beside:
                places = located[-1:]  # "Its first plant, next door, opened last month": where the plant just named is
            if mention.kind == "site" and places and assigned and _site_of_the_last(head, doc[assigned[-1].head]):
                plant = plants[assigned[-1].plant]  # "facilities in the United States, on a site in Bryan County"
                if plant.location is None or rank < plant.location_rank:
                    plant.location, plant.location_rank = places[0], rank
                continue
            plural = head.tag_ in ("NNS", "NNPS") and not head.lower_.endswith("works")  # "its Workington steelworks" is one
            counted = any(c.dep_ == "nummod" for c in head.children)
            new_plants = counted and places or len(places) > 1 and mention.kind != "site"  # "two plants in Commerce",
            # "its factories in Korea and Hungary"; not "wants to add sites in Tanzania and Rwanda"
            if _passed_over(head):
                continue  # "had looked at a site in Hokkaido before settling on Kikuyo": a candidate turned down
            if plural and _a_portfolio(head, rank, places):
                continue  # "seven operating wind farms in Västernorrland and Jämtland", "about 50 campuses in the US": a fleet, not plants
            if plural and not new_plants and plants:  # "the two Yonezawa plants": the plants already found, now located
                for plant in plants:
                    if len(places) == 1 and plant.location is None and plant.operator in (None, operator):
                        plant.location = places[0]
                continue
            for location in (places if plural and new_plants else places[:1] or [None]):  # "new facilities at Kalundborg": one site
                index = _apposed_plant(head, assigned)  # "its third plant, a 330,000 tonne-per-year glass factory in Eskişehir"
                told_before = mention.kind in unattached and mention.kind not in GENERIC_KINDS \
                    and not any(p.kind in (mention.kind, "plant", "facility", "site", "works") for p in plants)
                # "build a depot to maintain them ... The depot would be built at Waurn Ponds": the depot told of, not the factory
                if index is None and not told_before:
                    index = None if beside and doc[mention.start].lower_ in ("a", "an") else _cluster(plants, mention, operator, location, status, doc, assigned, parents)
                if index is None:
                    if mention.ordinal is None and not mention.descriptors & (EXISTING | FRESH) and operator is None and location is None:
                        unattached.add(mention.kind)
                        continue  # a bare "the plant" with nothing to attach it to
                    plants.append(_Plant(kind=mention.kind, ordinal=mention.ordinal))
                    index = len(plants) - 1
                plant = plants[index]
                plant.operator = runner or plant.operator or operator
                plant.contracted = plant.contracted or runner is not None
                if location is not None and (plant.location is None or rank < plant.location_rank or breadth(plant.location) > breadth(location)) \
                        and not _placed_at_a_site_in(doc, plant, assigned, location):  # not "Nhon Trach" over "Lotus Bay Industrial Park in Nhon Trach"
                    plant.location, plant.location_rank = location, rank  # "in Tennessee", then "near Clarksville"; "in Poland", then "in Kobierzyce"
                plant.ordinal = plant.ordinal or mention.ordinal or (1 if mention.descriptors & EXISTING and _numbered(plants) else None)
                if plant.kind in GENERIC_KINDS:
                    plant.kind = mention.kind if mention.kind not in GENERIC_KINDS else _sibling_kind(plants, plant)
                plant.statuses.append(status)
                plant.mentions.append(len(assigned))
                assigned.append(replace(mention, plant=index))
        _add_earlier_sites(doc, plants, assigned, orgs)
        for record in (r for r in recorded if not r.row):
            self._add_recorded_plant(doc, record, plants, assigned, orgs, text)
        story_place = _story_place(doc)
        for plant in plants:
            plant.location = plant.location or _place_in_sentences(doc, plant, assigned, orgs) \
                or _where_its_neighbour_stands(doc, plant, plants, assigned)
            if plant.location is None and story_place is not None:  # "The plant will make 200,000 motors a year", in a
                plant.location, plant.guessed = story_place, True  # story about Zwickau: there, as a guess
        main = most_mentioned(orgs)
        main_company = main.key if main else None
        venture = named_joint_venture(doc, orgs, text)
        unformed = venture is not None and _yet_to_be_formed(doc, orgs, text, venture)
        for plant in plants:
            if venture is not None and _status(plant)[0] != "operating" and (
                    (plant.operator is None or plant.contracted) and (plant.ordinal or 1) == 1
                    or _named_with(doc, plant, assigned, VENTURE_WORD) and not _owned_by_another(doc, plant, assigned, orgs, venture)):
                if plant.contracted:  # "The venture, Pecém Ferro Verde, will produce ... Siderúrgica will run the plant":
                    plant.owner = venture  # the venture's plant, run for it by one of its parents
                    continue
                if unformed:  # "a venture, to be called Bluewater Cells Inc., will build the plant": no one runs it yet,
                    plant.operator, plant.owner = None, venture  # but the venture's is the money spent on it
                    continue
                plant.operator = venture  # "a joint venture to build a plant ... The venture, Bluewater Cells Inc., ..."
            company = _paragraph_s_company(doc, plant, assigned, orgs, main_company) or main_company
            sure = plant.operator is None and _only_org_around(doc, plant, assigned, orgs, company)
            if plant.operator is None and plant.owner is None and company is not None and (sure or not (
                    _named_with(doc, plant, assigned, DEAL_WORDS) or _planned_by_several(doc, plant, assigned, orgs))):
                plant.operator, plant.guessed = company, plant.guessed or not sure  # a plant no one is said to
                # run is the story's company's: surely when no other company is named beside it, else a guess; no
                # guess for one that partners, a joint venture or talks are about
        for plant in (p for p in plants if p.operator == main_company and p.location is not None):  # not a plant said
            countries = _countries_around(doc, plant, plants, assigned)  # to be another's
            arms = [arm for arm, where in local.get(plant.operator or "", [])
                    if arm != venture and _lies_in(plant.location or "", countries, where)]  # a venture is no one's arm
            if len(arms) == 1:
                plant.operator = arms[0]  # "Vallmer will build a plant in Spartanburg ... Vallmer North America Inc."
        for plant in plants:
            if plant.operator is not None and plant.operator != venture and _status(plant)[0] != "operating" \
                    and _yet_to_be_formed(doc, orgs, text, plant.operator):
                plant.operator, plant.owner = None, plant.operator  # "agreed to form a joint venture, Nile Akyol Denim,
                # which will build a mill", in a roundup of several ventures: no one runs it yet
            plant.parent = parents.get(plant.operator or "")
            plant.owner = plant.owner or _owner_opening_its_sentence(doc, plant, assigned, orgs) or plant.parent or plant.operator
            # the arm's parent pays for the arm's plant
        same_as = _repeats(plants, doc, assigned)
        for repeat, first in same_as.items():
            _absorb(plants[first], plants[repeat])
        kept = [i for i, p in enumerate(plants) if not _somewhere_in_a_country(p) and i not in same_as
                and not _a_utility_s_works(doc, p, assigned, orgs)]
        renumbered = {old: new for new, old in enumerate(kept)}
        renumbered |= {repeat: renumbered[first] for repeat, first in same_as.items() if first in renumbered}
        assigned = [replace(m, plant=renumbered.get(m.plant, -1)) for m in assigned]
        plants = [plants[i] for i in kept]
        for plant in plants:
            if _the_first_of_a_later_one(plant, plants):
                plant.statuses.append(("operating", 0.6, True))
        doc._.set(FACILITIES, assigned)
        facts = doc._.get(FACTS) or Facts()
        facts.plants = [_plant_fact(doc, p, assigned) for p in plants]
        doc._.set(FACTS, facts)
        return doc

    def _add_recorded_plant(self, doc: Doc, record: Record, plants: list[_Plant], assigned: list[FacilityMention],
                            orgs: list[OrgMention], text: str) -> None:
        """A tracker's row is a plant of its own; a fact sheet's block says who runs the plant the sheet is about and
        where it is, which its sentences may not ('Developer and operator: X', 'Location: Y')."""
        operator = next((m.key for f in (record.get("operator"),) if f for m in named_between(doc, orgs, f.start, f.end)), None)
        place = record.place()
        location = entity_key(name) if place is not None and (name := place_name(text, place)) else None
        status = stage(text, record.get("status"))
        if record.row:
            named = doc.char_span(*next((f.start, f.end) for f in (record.get("project"), place, *record.fields) if f), alignment_mode="expand")
            kind_word = next((t for t in named if self._kind_key(t) in self.kinds), None)
            head = kind_word or named.root
            kind = _kind_named(self.kinds[self._kind_key(head)], self._kind_key(head), head, [t for t in named if t.i < head.i], text) \
                if kind_word else "plant"
            ordinal = next((ORDINALS[t.lower_] for t in named if t.lower_ in ORDINALS), None) or (
                int(number[1]) if (number := NUMBERED_PLANT.search(named.text)) else None)
        else:
            places = {entity_key(name) for f in record.fields if f.role in PLACE_ROLES and (name := place_name(text, f))}
            told = [p for p in plants if p.location == location] or [
                p for p in plants if (p.location is None or p.guessed or p.location in places) and (p.ordinal or 1) == 1
                and p.operator in (None, operator)]  # 'the largest plant in southern Norway', of the station in Hjartdal
            if told:  # the sheet's plant, found in its sentences
                told[0].operator = operator or told[0].operator
                told[0].location, told[0].guessed = location or told[0].location, False
                if status is not None:
                    told[0].statuses.insert(0, (status, 0.8, True))
                return
            kind_word = next((t for t in reversed(self._kind_words(doc)) if t.idx < record.start), None)
            if kind_word is None or place is None or location is None or any((p.ordinal or 1) == 1 for p in plants):
                return  # a block about a company or a deal, not about a plant; or about one its sentences place elsewhere
            named = doc.char_span(place.start, place.end, alignment_mode="expand")
            head, kind, ordinal = named.root, self.kinds[self._kind_key(kind_word)], None  # the sheet's heading names its kind
        plants.append(_Plant(kind=kind, ordinal=ordinal, operator=operator, location=location, location_rank=LABELLED_PLACE,
                             statuses=[(status or "announced", 0.8, status is not None)], mentions=[len(assigned)], labelled=record.row))
        assigned.append(FacilityMention(named.start, named.end, head.i, kind, ordinal, frozenset(), len(plants) - 1))

    def _kind_key(self, token: Token) -> str:
        """The word under which ``kinds`` lists the token's kind: the word itself, else its lemma ('plants')."""
        return token.lower_ if token.lower_ in self.kinds else token.lemma_.lower()

    def _kind_words(self, doc: Doc) -> list[Token]:
        """The tokens whose word or lower-cased lemma is a kind of facility: the only ones ``_mention`` accepts."""
        by_word = {t.i for t in tokens_with(doc, LOWER, self.kinds)}
        by_lemma = {t.i for t in tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in self.kinds)}
        return [doc[i] for i in sorted(by_word | by_lemma)]

    def _mention(self, doc: Doc, token: Token, text: str, about: tuple[tuple[int, int], ...] = ()) -> FacilityMention | None:
        lower = self._kind_key(token)
        if lower not in self.kinds or token.pos_ not in ("NOUN", "PROPN") and not (token.pos_ == "VERB" and (
                lower in NEVER_VERBS or token.dep_ in ("dobj", "pobj") or _works_of_a_material(token))) \
                or in_clutter(doc, token.idx) and not any(start <= token.idx < end for start, end in about) \
                or in_a_heading(token, text) and not _on_the_first_line(token, text):
            return None  # "2. Corvane's third Penang plant": a heading tells of the plant its item names (the story's
            # own headline, its first line, may be all it says of one)
        if token.ent_type_ == "ORG" and token.ent_iob_ == "I" and token.is_title:
            return None  # "Meuse Forge SA", "Pemberton Maltings Ltd": a word of a company's name
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "of":
            return None  # "the balance-of-plant design": a part of the works, no plant
        if token.tag_ in ("NNS", "NNPS") and token.dep_ == "dobj" and token.head.tag_ == "VBG" and token.head.lemma_ not in OPERATOR_VERBS \
                and token.head.dep_ in ("acl", "advcl", "xcomp", "pcomp") and token.head.i < token.i - 1 \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children):  # (not "runs blending plants in Kano")
            return None  # "vessels supporting offshore wind farms in the North Sea": farms of a kind, no one's plants
        if lower == "works" and token.i and token.nbor(-1).lower_ in ("civil", "construction", "road", "public", "site", "preparatory", "enabling"):
            return None  # "started civil works in October": building work, no plant
        if lower == "unit" and any(p.lower_ == "of" and any(t.ent_type_ == "ORG" for t in p.subtree) or p.dep_ == "appos" and p.ent_type_ == "ORG"
                                   for p in token.children):
            return None  # "Kavach, a unit of the auto components group Kavach Industries", "its plasterboard unit, Weserstein
            # Gips GmbH,": a subsidiary
        if token.dep_ == "compound" or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in (
                "worth", "pitches", "site", "grounds") and not _a_plant_to_come(token)):
            return None  # "gigafactory operations", "worth of battery plant", "on the site of a power station": a place
            # (not "at the site of a $3.2 billion battery cell plant", which is being built there)
        around = [*token.children, *(token.head.head.children if token.dep_ == "pobj" else ())]
        if lower == "site" and any(p.lower_ == "for" and any(g.lower_ in self.kinds for g in p.children) for p in around):
            return None  # "a site near Sarnia for a plant": where the plant will stand
        if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in token.children):
            return None  # "more ammonia than any site in Africa": no plant in particular
        if _counted_among_events(token):
            return None  # "The closure is the third of a steel-processing plant in Silesia this year": plants of a kind
        if lower in ZONE_NOUNS and any(c.lower_ == "same" for c in token.lefts):
            return None  # "on a neighbouring plot in the same park": the park named before, where the plant stands
        if token.tag_ in ("NNS", "NNPS") and token.dep_ == "pobj" and token.head.head.lower_ in ("one", "among") \
                and any(c.tag_ == "JJS" or c.lower_ == "most" for c in token.subtree if c.i < token.i):
            return None  # "one of the largest hydrogen-based plants planned in the Gulf": a class the plant belongs to
        lefts = [t for t in token.subtree if t.i < token.i]
        if lower == "facility" and any(c.lower_ in LENDING_WORDS for c in lefts):
            return None  # "a A$300 million bank facility", "a revolving credit facility": a loan
        if lower in NEEDS_COMPOUND and not any(c.lower_ in NEEDS_COMPOUND[lower] for c in lefts) and not _about(lower, text) \
                and not _introduced_before(text, token, NEEDS_COMPOUND[lower]) \
                and not _owned_complex(token, lefts) and not _works_of_a_material(token) and not _a_town_s_complex(token, lefts):
            return None
        if any(c.lower_ in ORDINALS for c in lefts) and _given_by_a_deal(token):
            return None  # "The purchase would give Sulaiman Ridge its first plant in Balochistan": the plant bought, counted
        ordinal = next((ORDINALS[c.lower_] for c in lefts if c.lower_ in ORDINALS and not _ranks_by_size(c) and not _of_a_kind(c)
                        and not _ranks_among_others(c)), None)
        descriptors = frozenset(c.lower_ for c in lefts if c.lower_ in DESCRIPTORS)
        if token.head.lemma_ == "be":  # "The new building will be a £450m plant"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                descriptors |= {c.lower_ for c in subject.lefts if c.lower_ in DESCRIPTORS}
        if token.dep_ == "appos" and token.head.head.lemma_ == "be":
            subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                descriptors |= {c.lower_ for c in subject.lefts if c.lower_ in DESCRIPTORS}
        start = min([c.i for c in lefts] + [token.i])
        return FacilityMention(start, token.i + 1, token.i, _kind_named(self.kinds[lower], lower, token, lefts, text), ordinal, frozenset(descriptors))


def _a_town_s_complex(token: Token, lefts: list[Token]) -> bool:
    """'the La Pobla de Mafumet complex': a complex named after the town it stands in is a plant (not 'a housing
    complex' nor 'the Sydney Olympic Park sports complex')."""
    return token.lower_ == "complex" and bool(lefts) and lefts[-1].ent_type_ == "GPE" and not any(t.lower_ in NOT_INDUSTRIAL for t in lefts)


def _counted_among_events(noun: Token) -> bool:
    """'the third of a steel-processing plant in Silesia this year', 'the second such closure of a plant': an event
    counted among others like it, whose 'a plant' is any plant of the kind, not one the story tells of."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    counted = noun.head.head
    return counted.lower_ in ORDINALS or any(c.lower_ in ORDINALS for c in counted.children)


def _ranks_by_size(ordinal: Token) -> bool:
    """'the country's second-largest urea plant': a rank among all plants of a kind, not the operator's n-th."""
    return ordinal.head.tag_ == "JJS" or ordinal.i + 2 < len(ordinal.doc) and ordinal.nbor().text == "-" and ordinal.nbor(2).tag_ == "JJS"


Found = TypeVar("Found")  # what an organisation lookup returns: a key here, a mention in relations.py
#: Verbs of a public body giving land: 'SIPCOT has allotted 62 acres for the project'.
ALLOTTING_VERBS = {"allot", "allocate", "lease", "grant", "reserve", "hand"}


def _allotted_for(head: Token) -> Token | None:
    """The verb of 'has allotted 16 hectares at its Athi River zone to X for a garment plant', of which the plant is
    what the land is for."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
    return verb if verb is not None and verb.lemma_ in ALLOTTING_VERBS else None


def allottee(verb: Token, org_at: Callable[[Token], Found | None]) -> Found | None:
    """The organisation land is allotted to: 'has allotted 16 hectares at its Athi River zone to Savanna Knits EPZ Ltd'."""
    return next((found for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children
                 if g.dep_ == "pobj" and (found := org_at(g)) is not None), None)


#: What a company buys a plant through: 'The purchase would give it its first plant in Kyushu'.
DEAL_NOUNS = {"purchase", "acquisition", "deal", "takeover", "transaction", "sale", "buyout", "merger"}


def _given_by_a_deal(noun: Token) -> bool:
    """'The deal ... would give Nishiki its first plant in Kyushu', 'would give Sulaiman Ridge its first in Balochistan':
    the plant the deal is about, counted among the buyer's (named before, where it stands), not one more plant in the
    region."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "give":
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # "The deal is due to close in June and would give Nishiki ..."
    doer = verb.head if verb.dep_ == "relcl" else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return doer is not None and doer.lemma_ in DEAL_NOUNS


def _ranks_among_others(ordinal: Token) -> bool:
    """'Its factory is the third garment plant in Bekasi to announce a closure': a rank among others' plants that did
    something, not the operator's n-th plant."""
    noun = ordinal.head
    after = noun.right_edge.i + 1
    if noun.dep_ != "attr" or not any(c.lower_ == "the" for c in noun.children):
        return False
    return after + 1 < len(noun.doc) and noun.doc[after].lower_ == "to" and noun.doc[after + 1].pos_ in ("VERB", "AUX") \
        or any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)
    # "Geseke will be the first German cement plant to capture most of its emissions"


#: Words that make a 'facility' a loan.
LENDING_WORDS = {"bank", "credit", "loan", "revolving", "debt", "financing", "lending", "liquidity", "bridge", "borrowing", "overdraft"}
#: What a complex owned by a company may still be other than a plant.
NOT_INDUSTRIAL = {"office", "housing", "residential", "sports", "shopping", "apartment", "hotel", "leisure", "entertainment", "retail"}


def named_between(doc: Doc, orgs: list[OrgMention], start: int, end: int) -> list[OrgMention]:
    """The organisations named between two characters: in a labelled value ('Operator: X')."""
    return [m for m in orgs if start <= doc[m.start].idx < end]


def _owned_complex(token: Token, lefts: list[Token]) -> bool:
    """'its complex in Onne', "the group's Yeosu complex", 'to build a complex': a company's complex, or one it builds,
    is where it makes things; so are 'its units at Sriperumbudur and Pune' (not 'its unit in India', a business)."""
    owned = any(c.dep_ == "poss" for c in token.children)
    if token.lemma_ == "unit":
        return owned and any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)
    built = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in OPERATOR_VERBS  # "to develop a C$2.3-billion
    # propane-to-polypropylene complex"
    return token.lower_ == "complex" and (owned or built) and not any(c.lower_ in NOT_INDUSTRIAL for c in lefts)


def _ones(doc: Doc, mentions: list[FacilityMention]) -> list[FacilityMention]:
    """'X shelved a refinery near Magdeburg. Y is already building one at Fredrikstad': 'one' built, run or planned
    right after a facility is named is another facility of that kind."""
    found = []
    for token in tokens_with(doc, LOWER, ("one",)):
        counted_after = _the_one_before(token)  # "after the one in Pine Bluff": one already there
        if not counted_after and (token.dep_ not in ("dobj", "nsubjpass") or token.head.lemma_ not in OPERATOR_VERBS
                                  or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
                                  or token.i and token.nbor(-1).lower_ in ("no", "every", "any")):
            continue  # not "no one would be made redundant": a person
        before = [m for m in mentions if m.head < token.i and token.sent.start - doc[m.head].sent.start < 80]
        if before:
            ordinal = None if counted_after else next((ORDINALS[c.lower_] for c in token.lefts if c.lower_ in ORDINALS), None)  # "a second one"
            kept = ("det", "amod", "poss") if counted_after else ("det", "amod")
            start = min([c.i for c in token.lefts if c.dep_ in kept] + [token.i])
            found.append(FacilityMention(start, token.i + 1, token.i, before[-1].kind, ordinal,
                                         frozenset({"existing" if counted_after else "another"})))
    return found


def _the_one_before(token: Token) -> bool:
    """'the company's second mill after the one in Pine Bluff', 'after its original one in Satara', 'its second plant in
    Asia after one in Chennai': the plant a new one is counted after, where it stands (not 'one in five')."""
    return token.dep_ == "pobj" and token.head.lower_ == "after" and (
        any(c.lower_ in ("the", "its", "their", "our") for c in token.lefts) or not any(token.lefts)) \
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and not any(g.like_num for g in c.children) for c in token.children)


def _elliptical_ordinals(doc: Doc, mentions: list[FacilityMention]) -> list[FacilityMention]:
    """"Suryadeep's first plant, at Kadi, has operated since 2017, while its second, at Mundra, is under construction",
    'opened its first plant in Binh Duong and will build a second in Nghe An', 'its flagship in Sejong': an owner's
    ordinal (or flagship), or one a company builds, with no noun after it, after a facility is named, is one more of
    that kind."""
    found = []
    heads, starts = {m.head for m in mentions}, {m.start for m in mentions}
    for token in tokens_with(doc, LOWER, (*ORDINALS, "flagship")):
        owned = any(c.dep_ == "poss" for c in token.children)
        built = token.dep_ == "dobj" and token.head.lemma_ in OPERATOR_VERBS and any(c.lower_ in ("a", "an") for c in token.children) \
            or token.dep_ == "conj" and token.head.i in heads and any(c.lower_ in ("a", "an") for c in token.children)  # "the group's
        # first Indonesian plant in Bekasi and a second in Cikarang"
        if not (owned or built) or token.i + 1 >= len(doc) or doc[token.i + 1].text not in (",", "at", "in", "near", "after") \
                or built and doc[token.i + 1].text == ",":  # "will build a second in Nghe An", not "will build a third, ..."
            continue
        start = min([c.i for c in token.lefts] + [token.i])
        if start > 1 and doc[start - 1].text == "," and start - 2 in heads or token.i + 2 in starts \
                or token.dep_ == "conj" and token.head.lower_ in ORDINALS or _given_by_a_deal(token):
            continue  # "the Sines gigafactory, the company's second,", "its first, a distribution centre": the plant named;
            # "the company's third in Taiwan and its first in the south": one plant counted two ways
        before = [m for m in mentions if m.head < token.i and doc[m.head].sent.start >= token.sent.start - 60]
        if before:
            found.append(FacilityMention(start, token.i + 1, token.i, before[-1].kind, ORDINALS.get(token.lower_), frozenset()))
    return found


def _on_the_first_line(token: Token, text: str) -> bool:
    """Whether nothing but blank lines comes before the token's line."""
    return not text[: text.rfind("\n", 0, token.idx) + 1].strip()


def _introduced_before(text: str, token: Token, compounds: set[str]) -> bool:
    """'The £300 million hub' after 'a logistics hub': the bare noun refers to the facility already named."""
    before = text[: token.idx].lower()
    return any(f"{word} {token.lower_}" in before for word in compounds)


def _about(noun: str, text: str) -> bool:
    """Whether the story is one where the bare noun names a facility: in a data-centre story 'a second campus' (elsewhere
    a university's), in a story about building or repairing ships 'its yard' (elsewhere a back yard), in a story about
    servicing aircraft and engines 'its shop' (elsewhere a store)."""
    return noun in STORY_WORDS and STORY_WORDS[noun].search(text) is not None


#: What a story about servicing aircraft says.
AIRCRAFT_WORK = re.compile(r"\b(MRO|engine[- ]overhaul|overhaul shop|engine shop|maintenance, repair and overhaul|airframe maintenance)\b")


#: What a story about trains says, where 'a depot' maintains them.
RAIL_WORK = re.compile(r"\b(rolling[- ]stock|trainsets?|locomotives?|tram-trains?|trams|(?:regional|intercity|passenger|metro) trains|"
                       r"railcars?|carriages)\b", re.IGNORECASE)
#: What a story about shipyards says somewhere.
SHIP_WORK = re.compile(r"\b(shipyards?|shipbuild\w*|ship ?repair\w*|ship recycling|dry[- ]?dock\w*|naval|hulls?|icebreakers?|ferries|"
                       r"frigates?|patrol (?:boats?|vessels?))\b", re.IGNORECASE)
#: The words that tell what a story is about, for the bare facility noun it makes a facility of (see _about).
STORY_WORDS = {"campus": re.compile(r"data cent(?:re|er)", re.IGNORECASE), "yard": SHIP_WORK, "shop": AIRCRAFT_WORK, "depot": RAIL_WORK}


def _about_s_company(text: str, char: int, about: tuple[tuple[int, int], ...], orgs: list[OrgMention]) -> str | None:
    """The company an 'About X' paragraph is about, whose own names there the boilerplate hides."""
    span = next(((start, end) for start, end in about if start <= char < end), None)
    if span is None:
        return None
    key = entity_key(clean_name(text[span[0] : span[1]].split("\n", 1)[0].removeprefix("About ")))
    named = next((m.key for m in orgs if key in (m.key, entity_key(m.name))), None)
    shortened = {m.key for m in orgs if m.key.startswith(key + " ")}  # "About Atlas Denim" of Atlas Denim Confection SARL
    return named or (shortened.pop() if len(shortened) == 1 else None)


def _cluster(plants: list[_Plant], mention: FacilityMention, operator: str | None, location: str | None,
             status: tuple[str, float, bool], doc: Doc, assigned: list[FacilityMention], parents: dict[str, str]) -> int | None:
    """Which earlier plant this mention refers to, or None for a new plant. A plant its local arm runs is also the
    parent's ('Veltrix will invest RM3.2 billion in the facility' that Veltrix Malaysia runs)."""
    def compatible(p: _Plant, check_location: bool = True, check_operator: bool = True) -> bool:
        same_kind = p.kind == mention.kind or mention.kind in GENERIC_KINDS or p.kind in GENERIC_KINDS
        same_place = not check_location or location is None or p.location in (None, location) or _zone_of_the_town(p.location, location)
        same_operator = operator is None or p.operator in (None, operator) or parents.get(p.operator or "") == operator
        return same_kind and (not check_operator or same_operator) and same_place

    def same_named_plant(p: _Plant) -> bool:  # "the Asan plant" after "the group's home plant in Asan" (or "its first plant, in Asan")
        return compatible(p) and (p.location == location or _zone_of_the_town(p.location or "", location or "")) and (
            p.ordinal is None or p.operator is not None) and not (  # not "its Sunderland plant" into a third gigafactory nobody runs yet
            status[0] == "operating" and status[2] and not _is_existing(p) and p.kind != mention.kind
            and doc[mention.start].lower_ not in ("the", "its", "this", "that"))
        # nor "currently distributes fertiliser from warehouses in Sinop" into the urea plant to be built there

    def in_the_region_of(p: _Plant) -> bool:  # "The Kedah plant" after "a plant in Kulim Hi-Tech Park in the state of Kedah"
        return compatible(p, check_location=False) and p.location is not None and breadth(p.location) < breadth(location or "") \
            and location in _places_named_with(doc, p, assigned)

    def may_lie_in_the_region(p: _Plant) -> bool:  # a town the gazetteer does not place in another country
        inside, region = countries_of(p.location or ""), countries_of(location or "")
        return compatible(p, check_location=False) and p.location is not None and breadth(p.location) == 0 and (
            not inside or not region or bool(inside & region))

    def in_its_country(p: _Plant) -> bool:  # a plant placed only in a country, now placed in one of its towns, perhaps
        # by the local arm that will run it
        related = operator is None or p.operator in (None, operator) or parents.get(operator) == p.operator or (
            operator.split()[0] == p.operator.split()[0])  # "Lindqvist Opakowania" of "Lindqvist Kartong"
        fresh = not _is_existing(p) and status[0] != "operating"  # not "the factory
        # its subsidiary has run in Łódź" after "a second plant in Poland"
        return compatible(p, False, False) and related and fresh and p.location is not None and breadth(p.location) == 2 \
            and breadth(location or "") < 2 and (countries_of(p.location) & countries_of(location or "") or not countries_of(location or ""))
        # (a village the gazetteer does not know may lie there)

    recent = [assigned[m].plant for m in range(len(assigned) - 1, -1, -1)]
    if mention.ordinal is not None:  # "the second fab", or "Nakkapalli will be its first plant" about a plant found before
        same = next((i for i, p in enumerate(plants) if p.ordinal == mention.ordinal and compatible(p)), None)
        if same is None and location is not None:
            same = next((i for i, p in enumerate(plants) if p.ordinal is None and p.location == location and compatible(p)), None)
        if same is None and breadth(location or "") > 1 and "another" not in mention.descriptors and assigned and (
                doc[mention.head].sent == doc[assigned[-1].head].sent):
            same = next((i for i in recent if plants[i].ordinal is None and compatible(plants[i], check_location=False)), None)  # "..., its first site in Asia"
        if same is None and mention.ordinal == 1 and location is None and any((p.ordinal or 0) > 1 for p in plants):
            same = next((i for i, p in enumerate(plants) if p.ordinal is None and _is_existing(p) and compatible(p)), None)  # "the
            # first fab" in a story about a second one: the plant already running ("the factory it opened in Kikuyo")
        if same is None and assigned and (mention.start > 0 and doc[mention.start - 1].text == "," and doc[mention.start].lower_ == "its"
                                          or _set_off_after(doc, assigned[-1], mention)) \
                and doc[mention.head].sent == doc[assigned[-1].head].sent and plants[assigned[-1].plant].ordinal is None \
                and compatible(plants[assigned[-1].plant], check_location=False):
            same = assigned[-1].plant  # "would spend $32 million on an extrusion plant on a neighbouring plot, its first
            # factory outside Ireland" (an apposition the parser read as an object), "Work on the hub, the Warsaw-listed
            # group's second in the Łódź region, starts in June"
        if same is None and mention.ordinal == 1 and location is None and doc[mention.start].lower_ == "the" \
                and not any(p.ordinal for p in plants):  # "has budgeted 9.4 trillion won for the first fab" of "a plan that
            same = next((i for i in recent if plants[i].kind == mention.kind and not _is_existing(plants[i])), None)  # could include four fabs"
        if same is None and _said_of_the_last_plant(doc[mention.head]):  # "It would be the firm's second gigafactory",
            # "It will be the company's second plant" of one its subsidiary runs
            same = next((i for i in recent if plants[i].ordinal is None and compatible(plants[i], False, False)), None)
        return same
    head = doc[mention.head]
    if _beside_the_last(head, doc, assigned):  # "will build a DRI plant next to its steelworks in Luleå": two plants
        others = [i for i in recent if i != assigned[-1].plant]
        named = next((i for i in others if same_named_plant(plants[i])), None)
        if named is None and _owner_only(head) and _put_next_to(head):  # "next to Al Rawabi's complex"
            named = next((i for i in others if compatible(plants[i], check_location=False)), None)
        alike = [i for i in others if plants[i].kind == mention.kind]
        if named is None and _bare_definite(doc, mention) and alike:  # "a hydrogen plant beside the steelworks": the
            named = max(alike, key=lambda i: (len(plants[i].mentions), -i))  # steelworks told of most (first)
        return named
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ == "VERB":  # "the project, which Tarrawin
        # unveiled last year as a 40,000-tonne-a-year refinery": the plant told of, described
        return next((i for i in recent if compatible(plants[i], check_location=False)), None)
    if mention.descriptors & EXISTING:
        numbered = [i for i, p in enumerate(plants) if p.ordinal == 1 and compatible(p)]
        if numbered:
            return numbered[0]
        if _numbered(plants):
            return None
        return next((i for i, p in enumerate(plants) if _is_existing(p) and compatible(p)), None)
    if mention.descriptors & FRESH:
        narrows = doc[mention.start].lower_ in ("the", "this", "its")  # "a new plant in Poland ... The new hub, at Stryków",
        # "a second plant in Coahuila ... The new factory in Ramos Arizpe will be run by X"
        existing = _surely_existing if narrows else _is_existing  # "a new gigafactory" joins no plant that may run already
        fresh = next((i for i in recent if not existing(plants[i]) and (compatible(plants[i]) or narrows and compatible(plants[i], False, False)
                                                                            and breadth(plants[i].location or "") > breadth(location or ""))), None)
        if fresh is None and narrows:  # "inaugurated its second plant in Colombia ... preforms for the new plant": the
            fresh = next((i for i in recent if (plants[i].ordinal or 0) > 1 and compatible(plants[i])), None)  # one just opened
        return fresh
    if _bare_definite(doc, mention):  # "The plant will be built near Clarksville": the last one, whoever the clause is
        # about ("Zorza said it would spend 40 million zlotys on a new line at the site" it is buying)
        located = operator is not None  # "next to the factory it has operated in Kikuyo": a place said of it still tells
        if location is not None and (country := next((i for i in recent if in_its_country(plants[i])), None)) is not None:
            return country  # "a second plant in Poland ... will build and operate the plant in Kobierzyce"
        running = status[0] == "operating"  # not "a second plant in Ozu, next to the
        # factory it has operated in Kikuyo"
        named_here = _places_in(doc[mention.head].sent) - {location}
        nearby = next((i for i in recent if compatible(plants[i], check_location=False) and plants[i].location in named_here), None)
        if location is not None and not running and nearby is not None:
            return nearby  # "a plant near Antofagasta ... to build the plant in La Negra, 20 kilometres south of Antofagasta"
        building = status[0] == "under construction" and status[2]  # said outright
        candidates = [i for i in recent if compatible(plants[i], check_location=located, check_operator=not located)
                      and not _in_another_country(plants[i], location) and not (building and _is_existing(plants[i]))]
        # not "the electrolyser it is building" after "its ammonia plant", which runs
        candidates = [i for i in candidates if not _told_in_passing(doc, plants[i], assigned)] or candidates
        echoed = next((i for i in candidates if _echoes(doc, mention, plants[i], assigned)), None)
        if echoed is not None:
            return echoed  # "the pilot plant" after "the direct reduction pilot plant" and "a hydrogen production plant"
        return next((i for i in candidates if plants[i].kind == mention.kind), candidates[0] if candidates else None)
        # "The terminal" after "ammonia made at plants in Quebec": the last terminal, not the last plant of any kind
    if location is None and operator is not None and (doc[mention.start].lower_ in ("the", "this", "that", "its") or _owner_only(doc[mention.head])):
        # "the Kaveri campus", "its plant", "Anvaya's plant"
        return next((i for i in recent if compatible(plants[i])), None)
    if location is not None or operator is not None:  # "its Sunderland plant": only the same named plant
        same = next((i for i, p in enumerate(plants) if same_named_plant(p)), None)
        if same is None and doc[mention.start].lower_ in ("the", "its", "our", "this") and location in {
                entity_key(_place_name(t)) for t in doc[mention.start : mention.head]}:  # "the Kedah plant", not "its site in Thuringia"
            same = next((i for i, p in enumerate(plants) if in_the_region_of(p)), None)
            if same is None:  # "the Jeddah base" of "its heavy-maintenance base at King Abdulaziz International Airport in Jeddah"
                same = next((i for i, p in enumerate(plants) if compatible(p, check_location=False) and p.ordinal is None
                             and _placed_at_a_site_in(doc, p, assigned, location)), None)
            at_sites = [i for i, p in enumerate(plants) if p.kind == mention.kind and compatible(p, check_location=False) and p.ordinal is None]
            if same is None and len(at_sites) == 1 and _at_an_unplaced_site(plants[at_sites[0]]) and is_known_town(location or ""):
                same = at_sites[0]  # "the Riyadh hangar" of the one hangar, "at King Khalid International Airport"
            if same is None and breadth(location or "") == 1 and not is_known_town(location or ""):  # "the Eastern Cape
                # plant" of the one plant at Coega; not "its Safi plant", Safi being a town and its province
                within = [i for i, p in enumerate(plants) if may_lie_in_the_region(p)]
                same = within[0] if len(within) == 1 else None
        return same
    if doc[mention.start].lower_ in ("a", "an"):
        return None  # "a 700-megawatt solar farm": a facility introduced, not one referred to
    return next((i for i in recent if compatible(plants[i])), None)


#: What a plant takes in from another's plant: 'The carbon dioxide would be captured at a heating plant'.
SUPPLIES = {"dioxide", "co2", "carbon", "gas", "heat", "steam", "water", "waste", "feedstock", "ore", "power", "electricity",
            "hydrogen", "oxygen", "scrap", "slag", "biomass", "ammonia", "methanol"}


#: How supplies come from another's plant (not "Hydrogen will be produced at a plant in Duqm", the story's own).
TAKING_IN_VERBS = {"capture", "source", "buy", "purchase", "take", "draw", "supply", "deliver", "ship", "bring", "import", "pipe",
                  "truck", "obtain", "collect"}


def _a_source_of_supplies(head: Token) -> bool:
    """A facility where supplies of the story's plant are taken from, in a passive clause ('would be captured at a
    heating plant in Borås', 'will be sourced from a sawmill'): someone else's plant, not the story's company's."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("at", "from") else None
    return verb is not None and verb.lemma_ in TAKING_IN_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in SUPPLIES for c in verb.children)


def _in_another_country(plant: _Plant, location: str | None) -> bool:
    """'its plants in Horsens, Gliwice and Querétaro ... The assembly plant in Suzhou': a plant placed in one country is
    not the one a later phrase places in another (a town near the one first named may still be its place)."""
    if location is None or plant.location is None:
        return False
    here, there = countries_of(plant.location), countries_of(location)
    return bool(here and there and not here & there)


def _told_in_passing(doc: Doc, plant: _Plant, assigned: list[FacilityMention]) -> bool:
    """'Corvane Automotive, whose Sunderland car plant will send scrap', 'Ashlow, which is building a cathode factory
    in Blyth,': a plant named only in a clause that describes another company is background, which a later bare 'the
    plant' does not refer to while the story's own plant is there."""
    return all(any(a.dep_ == "relcl" and a.head.ent_type_ == "ORG" for a in doc[assigned[m].head].ancestors) for m in plant.mentions)


def _add_earlier_sites(doc: Doc, plants: list[_Plant], assigned: list[FacilityMention], orgs: list[OrgMention]) -> None:
    """The running plants a second or third plant is said to come after, each with a mention at its town (in a quote
    too: '"our second cathode plant after Ulsan"' is the speaker's, whose plant the numbered one is)."""
    for mention in [m for m in assigned if max(m.ordinal or 0, _apposed_ordinal(doc[m.head])) >= 2]:
        plant = plants[mention.plant]
        for site in _earlier_sites(doc[mention.head], orgs):
            if not any(p.location == (town := entity_key(_place_name(site))) for p in plants):
                plants.append(_Plant(kind=plant.kind, operator=plant.operator, location=town,
                                     statuses=[("operating", 0.6, True)], mentions=[len(assigned)]))
                assigned.append(FacilityMention(site.i, site.i + 1, site.i, plant.kind, None, frozenset(), len(plants) - 1))


def _apposed_ordinal(head: Token) -> int:
    """'The factory, its second after Tudela,': the number a plant is given in apposition (0 for none)."""
    return max((ORDINALS.get(c.lower_, 0) for c in head.children if c.dep_ == "appos"), default=0)


def _earlier_sites(head: Token, orgs: list[OrgMention]) -> list[Token]:
    """'its third campus in the city after Silverwater and Macquarie Park': the towns a second or third plant comes
    after are where the company's earlier plants stand (the model may take a suburb for a person)."""
    copula = [head.head] if head.dep_ == "attr" and head.head.lemma_ == "be" else []  # "Tanger will be our third plant outside
    # Korea, after Chennai and Monterrey", where the parser hangs the 'after' on the verb
    numbered = [c for c in head.children if c.dep_ == "appos" and c.lower_ in ORDINALS]  # "The factory, its second after Tudela,"
    after = [c for c in (*head.children, *(g for p in head.children if p.dep_ == "prep" for o in p.children for g in o.children),
                         *(c for v in copula + numbered for c in v.children if c.i > head.i))
             if c.dep_ == "prep" and c.lower_ == "after"]
    sites = [t for prep in after for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    return [t for t in sites if t.pos_ == "PROPN" and (_is_place(t, orgs) or t.ent_type_ == "PERSON")
            and not any(m.start <= t.i < m.end for m in orgs)]


def _set_off_after(doc: Doc, before: FacilityMention, mention: FacilityMention) -> bool:
    """', the Warsaw-listed group's second' right after 'the hub': an ordinal phrase set off by a comma after the plant
    it describes, with no verb between them."""
    gap = doc[before.end : mention.start]
    return 1 < len(gap) <= 6 and gap[0].text == "," and all(t.text != "," and (t.pos_ not in ("VERB", "AUX") or t.dep_ == "amod")
                                                            for t in gap[1:])


def _beside_the_last(head: Token, doc: Doc, assigned: list[FacilityMention]) -> bool:
    """'a plant next to its steelworks', 'beside the smelter', 'the pilot plant it is building at its Dangjin
    steelworks': the facility a plant just named is put next to, or built in, is another one, however alike their
    owner and town."""
    if not assigned or doc[assigned[-1].head].sent != head.sent or assigned[-1].head >= head.i:
        return False
    builder = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("at", "inside", "within") else None
    built_at = builder is not None and builder.lemma_ in BUILDING_VERBS and (
        builder.head.i == assigned[-1].head or any(c.i == assigned[-1].head for c in builder.children))
    return _put_next_to(head) or built_at


def _where_its_neighbour_stands(doc: Doc, plant: _Plant, plants: list[_Plant], assigned: list[FacilityMention]) -> str | None:
    """'a hydrogen production plant beside the steelworks': where the steelworks, placed before, stands."""
    heads = {assigned[m].head for m in plant.mentions}
    neighbours = [plants[m.plant] for m in assigned if 0 <= m.plant < len(plants) and plants[m.plant] is not plant
                  and _put_next_to(doc[m.head]) and _said_of(_next_to_word(doc[m.head]), heads)]
    return next((p.location for p in neighbours if p.location is not None), None)


def _said_of(word: Token, heads: set[int]) -> bool:
    """Whether a preposition speaks of one of the facility words at ``heads``: hung on it, on what hangs on it ('a solar
    plant with a battery bank beside the works'), or on the verb it is the object of ('has commissioned a solar plant
    ... beside its cement works')."""
    return any(t.i in heads for t in [*word.ancestors][:3]) or any(c.dep_ == "dobj" and c.i in heads for c in word.head.children)


def _next_to_word(head: Token) -> Token:
    """The 'beside' or 'next' of 'beside the smelter', 'next to its steelworks'."""
    return head.head.head if head.head.lower_ == "to" else head.head


def _put_next_to(head: Token) -> bool:
    """'next to its steelworks', 'beside the smelter', 'adjacent to the mill': the facility something stands beside."""
    return head.dep_ == "pobj" and _next_to_word(head).lower_ in NEIGHBOUR_WORDS


def _owner_only(head: Token) -> bool:
    """"Anvaya's plant": a facility said only by whose it is (not "Qilu's Hungarian plant"), like 'its plant'."""
    return any(c.dep_ == "poss" for c in head.children) and not any(c.dep_ == "amod" and c.text[:1].isupper() for c in head.children)


def _placed_at_a_site_in(doc: Doc, plant: _Plant, assigned: list[FacilityMention], town: str | None) -> bool:
    """'the Jewar base' of 'a base at Noida International Airport in Jewar': the town the plant's site was said to be in."""
    if plant.location is None or is_known_town(plant.location) or breadth(plant.location) or breadth(town or ""):
        return False  # a site (an airport, a zone) the gazetteer does not know, in a town
    return any(f"{plant.location} in {town}" in entity_key(doc[assigned[i].head].sent.text) for i in plant.mentions)


def _at_an_unplaced_site(plant: _Plant) -> bool:
    """Whether a plant stands at a site (an airport, a zone) the gazetteer cannot place in a town."""
    return plant.location is not None and SITE_NAME.search(plant.location) is not None and not is_known_town(plant.location) \
        and not breadth(plant.location) and not countries_of(plant.location)


#: The words a site's name ends with ('King Khalid International Airport', 'Kulim Hi-Tech Park').
SITE_NAME = re.compile(r"\b(airport|airfield|aerodrome|zone|park|estate|port)$")


def _places_named_with(doc: Doc, plant: _Plant, assigned: list[FacilityMention]) -> set[str]:
    """The places the sentences that mention a plant name."""
    sentences = dict.fromkeys(doc[assigned[i].head].sent for i in plant.mentions)
    return {key for sentence in sentences for key in _places_in(sentence)}


def _places_in(sentence: Span) -> set[str]:
    return {entity_key(e.text) for e in sentence.ents if e.label_ in ("GPE", "LOC", "FAC")}


def _apposed_plant(head: Token, assigned: list[FacilityMention]) -> int | None:
    """The plant a facility phrase stands in apposition to, or that is the subject it is said of ('The Marana fab is
    Corvant's first 300-millimeter plant in the U.S.'): one plant described twice."""
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become"):
        verb = head.head.head if head.head.dep_ == "conj" else head.head  # "will cost ¥30bn and will be its third plant"
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None) or next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "The plant ... will be run by X and is the group's first site"
        return next((m.plant for m in assigned if subject is not None and m.head == subject.i), None)
    if head.dep_ == "dobj" and head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ",":
        objects = [c.i for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]  # "opened its first factory on
        return next((m.plant for m in assigned if m.head in objects), None)  # Monday, a noodle plant in Bac Ninh"
    if head.dep_ != "appos":
        return None
    described = head.head
    if described.dep_ == "pobj" and described.ent_type_ in ("GPE", "LOC") and described.head.dep_ == "prep":
        described = described.head.head  # "its second plant in Colombia, a bottling facility in Funza", hung on the country
    return next((m.plant for m in assigned if m.head == described.i), None)


def _said_of_the_last_plant(head: Token) -> bool:
    """'It will be the company's second plant', 'The site will be its third fab', 'That is our second plant in Mexico':
    the subject is the plant just named."""
    if head.dep_ != "attr" or head.head.lemma_ not in ("be", "become"):
        return False
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("it", "what", "this", "that") or subject.tag_ == "WDT" and head.head.dep_ == "relcl"  # "a site ..., which became its second"
                                    or subject.lower_ in ("site", "plant", "project", "facility", "factory"))


def _bare_definite(doc: Doc, mention: FacilityMention) -> bool:
    """'the plant', 'The hydrometallurgical plant', 'this fab': the article and common words, no name in the phrase
    ('the Sunderland plant' names its place, so it is not the last plant whatever that is)."""
    words = doc[mention.start : mention.end]
    owned = any(p.dep_ == "prep" and p.lower_ == "of" and any(g.ent_type_ == "ORG" for g in p.children) for p in doc[mention.head].children)
    return (words[0].lower_ in ("the", "this", "that") and mention.ordinal is None and not mention.descriptors and not owned
            and all(t.pos_ in ("ADJ", "NOUN") and not t.ent_type_ or t.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
                    for t in words[1:]))  # "The £300 million hub", "The 380,000-square-foot factory"; not "the cell plant
    # of Kordel Energy Polska", which names whose it is


def _echoes(doc: Doc, mention: FacilityMention, plant: _Plant, assigned: list[FacilityMention]) -> bool:
    """'the pilot plant' of 'the hydrogen-based direct reduction pilot plant': the words before the noun repeat those
    the plant was named with before."""
    words = {t.lower_ for t in doc[mention.start : mention.head] if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    return bool(words) and any(words <= {t.lower_ for t in doc[assigned[m].start : assigned[m].head]} for m in plant.mentions)


def _sibling_kind(plants: list[_Plant], plant: _Plant) -> str:
    """'its current plant' next to 'a second gigafactory' of the same operator is the first gigafactory."""
    if plant.ordinal != 1:
        return plant.kind
    return next((p.kind for p in plants if p.ordinal and p.ordinal > 1 and p.kind not in GENERIC_KINDS
                 and p.operator in (None, plant.operator)), plant.kind)


def _the_first_of_a_later_one(plant: _Plant, plants: list[_Plant]) -> bool:
    """'the 60 checks it performs at its first base' in a story that opened on its second: the first runs already,
    unless the plant's own words say otherwise (not 'a first plant in 2026 and a second by 2030', told in order)."""
    return plant.ordinal == 1 and not any(explicit for _, _, explicit in plant.statuses) and any(
        (p.ordinal or 0) > 1 and p.operator == plant.operator and p.mentions[0] < plant.mentions[0] for p in plants)


def _numbered(plants: list[_Plant]) -> bool:
    return any(p.ordinal and p.ordinal > 1 for p in plants)


def _is_existing(plant: _Plant) -> bool:
    return any(status == "operating" for status, _, _ in plant.statuses)


def _surely_existing(plant: _Plant) -> bool:
    """Running by its own words, not by a guess from a bare mention ('a plot in the business park for the plant'), so
    that 'the new plant' can still be the one told of."""
    return any(status == "operating" and (explicit or confidence >= 0.7) for status, confidence, explicit in plant.statuses)


def _operator(head: Token, orgs: list[OrgMention]) -> str | None:
    def org_at(token: Token) -> str | None:
        return _org_key_at(orgs, token)

    if (company := next((m.key for m in orgs if m.via == "description" and m.start <= head.i < m.end), None)) is not None:
        return company  # "a second dry dock at the yard in Batangas", the yard being the story's yard company
    pending = _pending_purchase(head)
    seller = _seller_until_closing(pending, org_at) if pending is not None else None
    if pending is not None and seller is None and OUT_OF_ADMINISTRATION.search(head.sent.text):
        seller = _company_in_administration(head.doc, orgs)
    if seller is not None:
        return seller  # "has signed an agreement to acquire a site in Wilson from Allmont": Allmont's until the deal closes
    if (selling := _sale_talked_over(head, org_at)) is not None:
        return selling
    buyer = _buyer_after_closing(head, org_at)
    if buyer is not None:
        return buyer  # "has closed its purchase of Pinecrest Paper's mill": no longer Pinecrest's
    runner = _run_by(head, org_at) if not AFTER_CLOSING.search(head.sent.text) else None  # not "Once the transaction
    if runner is not None:  # closes, the site will be run by X"
        return runner  # "the group makes bumpers at a plant in San Luis Potosí run by Vallmer Tecnoforma"
    owner = next((key for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj" and (key := org_at(g))), None) or _builder_in_its_clause(head, orgs)
    if owner is not None:
        return owner  # "the Komárom cell plant of Voltaris Energy Zrt.", "the second factory that Vinh Quang is building"
    unit = next((key for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"
                 for t in (g, *g.children) if t.lemma_ in UNIT_NOUNS for n in (g, *(a for a in g.children if a.dep_ == "appos"))
                 if (key := org_at(n))), None)
    if unit is not None:
        return unit  # "a second plant for its electric-axle subsidiary Hallberg Axelsystem AB"
    if (there := _unit_working_there(head, org_at)) is not None:
        return there
    applicant = _applicant(head, org_at)
    if applicant is not None:
        return applicant
    if (allotting := _allotted_for(head)) is not None and (given := allottee(allotting, org_at)) is not None:
        return given  # "EPZA has allotted 16 hectares to Savanna Knits EPZ Ltd for a garment plant"
    first = _first_conjunct(head)  # "its home plant in Okayama and another site in Rayong": both its own
    owner = head.head.head if head.head.dep_ == "relcl" else head.head if head.dep_ == "appos" else None
    named = [owner, *(c for c in owner.children if c.dep_ == "appos")] if owner is not None else []  # "Ohio Valley Metals
    # Recycling LLC, whose shredding yard in Evansville(, sits)", "its unit, Weserstein Gips GmbH, whose only plant is in Osterode"
    for child in [*head.lefts, *(first.lefts if first is not head else ())]:
        if child.dep_ in ("poss", "compound", "nmod") and org_at(child):
            return org_at(child)
        if child.lower_ == "whose" and (key := next((key for t in named if (key := org_at(t))), None)):
            return key
    if pending is not None:
        return None  # "Ironmark had agreed to buy the Chillicothe plant": not Ironmark's, whoever sells it
    if (earlier := _owner_of_the_newer_one(head, org_at)) is not None:
        return earlier
    verb = _governing_verb(head)
    if verb is not None and verb.lemma_ == "employ" and verb.dep_ == "relcl":
        verb = None  # "the site, which will employ 180 people": the site's own clause names no operator
    if verb is not None and head.dep_ == "pobj" and head.head.lower_ == "from" and verb.lemma_ in SOURCING_VERBS:
        verb = None  # "X signed an agreement to buy cells from the Líně plant": X buys from it, runs it not
    if verb is not None and head.dep_ == "pobj" and head.head.lower_ == "from" and verb.lemma_ in DELIVERING_VERBS \
            and (supplier := next((org_at(c) for c in verb.children if c.dep_ == "nsubj" and org_at(c)), None)) is not None:
        return supplier  # "Vestavind will deliver 520 gigawatt hours a year from the Ytre Bremanger wind farm"
    if verb is not None and verb.lemma_ == "look" and head.dep_ == "pobj" and head.head.lower_ == "at" \
            and (looking := next((org_at(c) for c in verb.children if c.dep_ == "nsubj" and org_at(c)), None)) is not None:
        return looking  # "Daeyang is looking at a site in Lurín": a site it weighs for a plant of its own (not "looking for a yard")
    if verb is not None and verb.lemma_ in OPERATOR_VERBS and (named := named_before_to(verb)) is not None and org_at(named):
        return org_at(named)  # "a loan for Cerrado Terras Raras SA to build a plant in Catalão"
    if verb is not None and verb.lemma_ in OPERATOR_VERBS and verb.dep_ == "acl":  # "approved Tata Electronics' plan to build a fab"
        planner = next((c for c in verb.head.children if c.dep_ == "poss" and org_at(c)), None)
        if planner is not None:
            return org_at(planner)
        described = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "Litio Pampa SpA, a privately held
        if org_at(described) and verb.tag_ == "VBG":  # company planning a lithium hydroxide plant near Antofagasta"
            return org_at(described)  # "The İzmir-based wind blade maker building a factory in Coega"
    if verb is not None and verb.lemma_ in OPERATOR_VERBS and (venture := _through_its_venture(verb, org_at)) is not None:
        return venture  # "A and B will build a chlor-alkali plant in Sines through their joint venture, Iberochlor SA"
    if verb is not None and (verb.lemma_ in OPERATOR_VERBS or _approves_building(verb) or _financial_close(verb)):
        for child in _with_raised_subject(verb):
            described = child.head.head if child.head.dep_ == "relcl" else None
            if described is not None and not org_at(described) and described.dep_ == "appos" and described.lemma_ not in CONTRACTOR_WORDS:
                described = described.head  # "Energia Agreste Ltda., a Recife-based developer, which will build a solar farm";
                # not "Épkor Építő Zrt., a Hungarian contractor that also built the Debrecen plant"
            if child.dep_ == "nsubj" and child.tag_ == "WDT" and described is not None and org_at(described):
                return org_at(described)  # "The Danish manufacturer, which also runs a blade factory", "Voltéa Cells
                # SAS, which signed a supply agreement last year and is building a cell factory in Dunkirk"
            if child.dep_ == "nsubj" and (lead := lead_member(child, orgs)):
                return lead.key  # "A consortium of A, B and C will build a logistics park"
            if child.dep_ == "nsubj" and (named := org_at(child) or next((org_at(a) for a in child.children if a.dep_ == "appos" and org_at(a)), None)
                                          or _approves_money(verb) and _board_s_company(child, org_at)):
                if any(org_at(c) not in (None, named) for c in child.conjuncts):
                    return None  # "A and B will build a battery plant": the venture they form will run it
                return named  # "The joint company, Vistula Cathode Materials sp. z o.o., will build a plant"
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None and org_at(agent) and not (verb.lemma_ in BUILDING_VERBS and _is_contractor(agent)):
                    return org_at(agent)  # not "will be built by Greenville contractor Calloway Hart Construction"
    for child in _right_clauses(head):
        verbs = [child, *(x for x in child.children if x.dep_ == "xcomp")]
        if child.dep_ in ("relcl", "ccomp") and any(v.lemma_ in OPERATOR_VERBS for v in verbs):  # "a plant (that) it is building", "a park that Sahm is to build"
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            named = next((org_at(c) for c in (subject, *subject.children) if (c is subject or c.dep_ == "appos") and org_at(c)),
                         None) if subject is not None else None  # "which the parent, Van Roon Group NV, is building"
            if named is not None:
                return named
            if subject is not None and subject.lower_ == "it":  # the organisation whose clause names the plant
                main = clause_subject(head, orgs)
                if main is not None and head.doc[main.start].lower_ in FIRST_PERSON:  # "We signed an agreement with X to
                    # take water from the plant it is building": 'it' is X, never 'we'
                    main = nearest_before(head, [m for m in orgs if m.key != main.key])
                if main is not None:
                    return main.key
    return _clause_agent(head, ("built", "developed"), org_at)  # "a solar farm to be developed by Batinah"


def _builder_in_its_clause(head: Token, orgs: list[OrgMention]) -> str | None:
    """'steel structures for the second factory that Vinh Quang Electronics is building in Bac Ninh': the company a
    clause on the plant names as building or running it, whatever verb the plant itself hangs on (not 'it' or 'the
    company', which that clause may not tell apart from the story's company)."""
    named = [m for m in orgs if m.via not in ("pronoun", "description")]
    return next((key for clause in head.children if clause.dep_ == "relcl" and clause.lemma_ in OPERATOR_VERBS
                 for c in clause.children if c.dep_ == "nsubj" and (key := _org_key_at(named, c))), None)


def _unit_working_there(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """'a composite-structures plant in Nyíregyháza, where its Hungarian subsidiary Tarvos Composites Kft. will make
    floor beams': the subsidiary said to work at the plant (or in its place) runs it."""
    places = [g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for node in (head, *places):
        for clause in node.children:
            if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                named = next((key for t in subject.subtree if t.dep_ == "appos" or t is subject if (key := org_at(t))), None) \
                    if subject is not None else None
                if named is not None and any(t.lemma_ in UNIT_NOUNS for t in subject.subtree):
                    return named
    return None


def _the_newer_one(head: Token) -> Token | None:
    """'It will be Sungwoo's second cell factory in the United States, after a plant in Bowling Green': the numbered
    plant that the one named after 'after' came before."""
    if head.dep_ != "pobj" or head.head.lower_ != "after":
        return None
    newer = head.head.head
    described = [*(c for c in newer.children if c.dep_ == "attr"), newer] if newer.pos_ in ("AUX", "VERB") else [newer]
    return next((n for n in described if n.ent_type_ == "ORDINAL" or any(c.ent_type_ == "ORDINAL" for c in n.children)), None)


def _owner_of_the_newer_one(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """The plant a company's second or third one comes after is that company's too (not the story's venture's,
    whatever 'it' is)."""
    newer = _the_newer_one(head)
    return next((key for c in newer.children if c.dep_ == "poss" and (key := org_at(c))), None) if newer is not None else None


def _through_its_venture(verb: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """'through their joint venture, Iberochlor SA', 'through a new subsidiary, X', 'through the joint venture company
    SCC', 'through X': the company a parent builds by, which runs the plant."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"):
        for means in (c for c in prep.children if c.dep_ == "pobj"):
            named = org_at(means) or next((org_at(c) for c in means.children if c.dep_ in ("appos", "compound", "nmod") and org_at(c)), None)
            if named is not None and (means.lemma_ in BUILDING_VEHICLES or org_at(means)):
                return named
    return None


#: What a parent builds a plant through and leaves it to run ('through its new subsidiary, X'); not its own parent.
BUILDING_VEHICLES = {"venture", "joint-venture", "subsidiary", "unit", "affiliate", "arm", "company", "vehicle", "jv"}


#: What a company files or makes for a plant it wants to build.
APPLICATION_NOUNS = {"application", "request", "proposal", "bid", "submission", "petition"}


def _applicant(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """'deferred its decision on a 3.1 billion baht application by X for a protein factory': the company that applied,
    wherever the parser hangs the 'for'."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    before = head.doc[max(head.sent.start, head.head.i - 12) : head.head.i]
    return next((key for by in reversed(before) if by.lower_ == "by" and by.head.lemma_ in APPLICATION_NOUNS
                 for g in by.children if g.dep_ == "pobj" and (key := org_at(g))), None)


def _org_key_at(orgs: list[OrgMention], token: Token) -> str | None:
    """The company named at ``token``: a council that approves a plant, a ministry that funds it or a union that
    represents its workers runs none."""
    return next((m.key for m in orgs if m.start <= token.i < m.end and m.kind == "company" and not UNION_NAME.search(m.name)), None)


#: Buying goods (not a plant or shares, see relations._sales), and what else a plant's customer does with its output.
BUY_VERBS = {"buy", "purchase", "source", "import", "procure"}
SOURCING_VERBS = BUY_VERBS | {"order", "take", "receive", "get", "obtain"}
#: What a supplier does with the output of its own plant ('will deliver power from its wind farm').
DELIVERING_VERBS = {"deliver", "supply", "provide", "ship", "export", "send"}


def _board_s_company(subject: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """'The board of Kinsun Optronics Corp.': the company whose board acts (only 'board of': relations._whose_board,
    which also reads "Rheinfeld's board" and its directors or shareholders, gave a dev plant to the wrong company here)."""
    if subject.lemma_ != "board":
        return None
    return next((key for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if (key := org_at(g))), None)


def _approves_building(verb: Token) -> bool:
    """'Tarrabool Resources Ltd has approved construction of a refinery', 'The board of Kinsun Optronics Corp. approved
    NT$5.2 billion for a third plant': whoever approves building a plant, or the money for it, builds it."""
    return verb.lemma_ in ("approve", "sanction") and any(c.dep_ == "dobj" and c.lemma_ in ("construction", "building") for c in verb.children) \
        or _approves_money(verb)


def _financial_close(verb: Token) -> bool:
    """'X reached financial close on a US$1.85 billion HPAL plant': the company whose financing closed builds it."""
    return verb.lemma_ in ("reach", "achieve") and any(c.dep_ == "dobj" and c.lemma_ == "close" for c in verb.children)


def _approves_money(verb: Token) -> bool:
    """'approved NT$5.2 billion for a third plant'."""
    return verb.lemma_ in ("approve", "sanction") and any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.tag_ == "CD") for c in verb.children)


AFTER_CLOSING = re.compile(r"\b(once|after|when|upon)\b[^,]*\b(clos(es|ing|ed)|complet(es|ion|ed))\b", re.IGNORECASE)


def _seller_until_closing(purchase: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """The seller of a plant a buyer has agreed, but not yet completed, to buy ('agreed to buy the mill from Celvia',
    'signed a definitive agreement to acquire a site in Wilson from Allmont'): it runs the plant until the deal closes."""
    seller = next((g for p in purchase.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"), None)
    return org_at(seller) if seller is not None else None


#: The words of talks: what a company holds while it talks of selling a plant, or of a loan.
TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}


def _sale_talked_over(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """'was in talks with Bzura about selling the plant', 'is in talks with Bzura on the sale of the plant': the
    company that talks of selling a plant runs it until a sale, whoever it talks with."""
    verb = _governing_verb(head)
    if verb is not None and verb.lemma_ == "sell" and verb.dep_ == "pcomp":
        deal = verb
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ == "sale":
        deal = head.head.head
    else:
        return None
    talks = deal.head.head if deal.dep_ in ("pcomp", "pobj") and deal.head.lower_ in ("about", "on", "over") else None
    if talks is None or talks.lower_ not in TALK_NOUNS:
        return None
    holder = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "in" else talks.head  # "was in talks", "held talks"
    return next((key for c in holder.children if c.dep_ == "nsubj" and (key := org_at(c))), None)


#: Who runs a company in administration for its creditors ('the administrators of X', 'joint administrator Y').
INSOLVENCY_NOUNS = ("administrator", "receiver", "liquidator")
#: A sale by a company's administrators: 'agreed to buy the Hebburn shipyard out of administration'.
OUT_OF_ADMINISTRATION = re.compile(r"\bout of (administration|receivership|insolvency|bankruptcy)\b", re.IGNORECASE)


def _company_in_administration(doc: Doc, orgs: list[OrgMention]) -> str | None:
    """The company the story puts in administration ('with the administrators of Tyne Offshore Fabricators Ltd'): the
    seller of a plant bought out of administration, which runs it until the sale completes."""
    for mention in orgs:
        root = doc[mention.start : mention.end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in INSOLVENCY_NOUNS:
            return mention.key
    return None


def _pending_purchase(head: Token) -> Token | None:
    """The verb of 'agreed to buy the mill', 'an agreement to acquire a site': a purchase not yet done."""
    verb = _governing_verb(head)
    pending = verb is not None and verb.lemma_ in ("buy", "acquire", "purchase") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb if pending else None


#: What a buyer does to a purchase once it is done.
CLOSING_VERBS = {"close", "complete", "finalise", "finalize", "conclude"}


def _buyer_after_closing(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """The buyer of a plant whose purchase is done ('closed its purchase of Pinecrest Paper's idled mill', 'completed
    the acquisition of the Farrell mill'): the seller's name before the plant no longer says who runs it."""
    deal = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if deal is None or deal.lemma_ not in ("purchase", "acquisition") or deal.dep_ != "dobj" or deal.head.lemma_ not in CLOSING_VERBS:
        return None
    buyer = next((c for c in deal.children if c.dep_ == "poss"), None) or next((c for c in deal.head.children if c.dep_ == "nsubj"), None)
    return org_at(buyer) if buyer is not None else None


def _run_by(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    """The organisation after 'operated/owned/run by' in a clause on the facility: said outright, it beats whoever
    the sentence is about."""
    return _clause_agent(head, ("operated", "owned", "run"), org_at)


def _clause_agent(head: Token, participles: tuple[str, ...], org_at: Callable[[Token], str | None]) -> str | None:
    """The organisation after 'by' in a participle clause on the facility ('a plant ... run by X', 'the Kikuyo plant,
    which is run by X')."""
    for clause in _right_clauses(head):
        verbs = [clause, *clause.conjuncts] if clause.dep_ in ("acl", "advcl", "relcl") else []  # "to be built and run by X"
        agent = next((a for v in verbs if v.lower_ in participles and (a := agent_of(v)) is not None), None)
        if (named := _agent_named(agent, org_at)) is not None and not (clause.lower_ == "built" and _is_contractor(agent)):
            return named  # not "The Debrecen plant, built by general contractor Alföld Építő Zrt.
    return None


def _agent_named(agent: Token | None, org_at: Callable[[Token], str | None]) -> str | None:
    """The organisation a 'by' agent names, itself or in apposition ('run by its subsidiary Brandt Hydraulik CZ
    s.r.o.', 'run by Xingyao's local unit, Xingyao Automotriz de México'), from its first word (the parser may hang the
    name on a word of the next sentence, 'its subsidiary, Lianyi Electronics de México S.A. de C.V. Lianyi has', or
    on no word before it)."""
    if agent is None:
        return None
    if (itself := org_at(agent)) is not None:
        return itself
    named = next((org_at(t) for c in agent.children if c.dep_ == "appos" for t in (c.left_edge, c) if org_at(t)), None)
    after_comma = agent.doc[agent.i + 2] if agent.i + 2 < len(agent.doc) and agent.nbor().text == "," else None
    return named or (org_at(after_comma) if after_comma is not None else None)


RUNNING_VERBS = {"run", "operate", "manage", "own"}
BUILDING_VERBS = {"build", "construct", "erect"}
CONTRACTOR_WORDS = {"contractor", "contractors", "builder", "builders", "construction", "engineering", "constructora", "epc"}


def _is_contractor(agent: Token) -> bool:
    """A builder named as one ('contractor Calloway Hart Construction', 'X, a Nagpur contractor'): it builds the plant
    for its owner and does not run it."""
    words = [t.lower_ for t in agent.subtree] + [t.lower_ for t in agent.doc[max(agent.left_edge.i - 3, 0) : agent.left_edge.i]]
    return bool(CONTRACTOR_WORDS.intersection(words))


def _owner_opening_its_sentence(doc: Doc, plant: _Plant, assigned: list[FacilityMention], orgs: list[OrgMention]) -> str | None:
    """'Built and owned by Souss Dessalement SA, the reverse osmosis plant at Sidi Moussa Aglou is ...', whoever runs it
    for the owner: the plant's cost is the owner's. Read along the words, as the parser takes the participles for the
    sentence's verb."""
    for index in plant.mentions:
        sentence = doc[assigned[index].head].sent
        words = [t.lower_ for t in sentence[:6]]
        if "owned" not in words or "by" not in words or words[0] not in ("built", "owned", "developed", "financed"):
            continue
        name = sentence[words.index("by") + 1]
        owner = next((m.key for m in orgs if m.start == name.i), None)
        if owner is not None and any(t.text == "," for t in doc[name.i : assigned[index].start]):
            return owner
    return None


def _runner(head: Token, orgs: list[OrgMention]) -> str | None:
    """'The site will be run by Hanamori Europe', 'The second fab will be operated by JASM': whoever builds or pays
    for a plant, the organisation said to run it is its operator."""
    if head.dep_ != "nsubjpass" or AFTER_CLOSING.search(head.sent.text):
        return None  # not "Once the transaction closes, the mill will be run by X": until then, the seller runs it
    verbs = [v for v in (head.head, *head.head.conjuncts) if v.lemma_ in RUNNING_VERBS]  # "will be built and operated by
    agent = next((a for v in verbs if (a := agent_of(v)) is not None), None)  # Sohar Rolled Products LLC", "is owned and run by X"
    return _agent_named(agent, lambda t: next((m.key for m in orgs if m.start <= t.i < m.end), None))


def _operates(head: Token, orgs: list[OrgMention]) -> str | None:
    """'Umoya will operate the plant': whoever built or owns the plant, the company said to operate it runs it."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_ not in ("operate", "run") or AFTER_CLOSING.search(head.sent.text):
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Tuas Reclaim ... will finance, build and operate the plant"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _org_key_at(orgs, subject) if subject is not None else None


def _right_clauses(head: Token) -> list[Token]:
    """The words to the right of the facility, with a clause that starts right after it but that the parser hung on
    another word ('a loan for a logistics hub that Harrowgate plans to build in Mombasa', 'will come from a solar
    farm to be developed by Batinah')."""
    rights = list(head.rights)
    misplaced = next((t for t in head.sent if (t.dep_ in ("relcl", "acl", "advcl") or t.dep_ == "ccomp" and t.left_edge.tag_ == "WDT")
                      and t.head.i != head.i and t.i > head.i and (t.left_edge.i == head.i + 1 or _only_places_before(head, t.left_edge))), None)
    # (also "approved incentives for a plant that Tianmu plans to build in Prachinburi", read as what was approved)
    return rights + [misplaced] if misplaced is not None else rights


def _only_places_before(head: Token, opener: Token) -> bool:
    """'a new bakery in Legnica, in south-west Poland, which the parent is building', 'the mill in Coronel owned by
    Northfield': a relative or participle clause that follows the facility past its places only."""
    between = head.doc[head.i + 1 : opener.i]
    return (opener.lower_ in ("which", "that") or opener.tag_ == "VBN" and opener.dep_ == "acl") and len(between) > 0 and all(
        t.is_punct or t.ent_type_ in ("GPE", "LOC") or t.lower_ in ("in", "near", "at", "outside", "the")
        or t.dep_ in ("amod", "compound") and "GPE" in (t.head.ent_type_, t.head.head.ent_type_) for t in between)  # "south-west Poland"


def _repeats(plants: list[_Plant], doc: Doc, mentions: list[FacilityMention]) -> dict[int, int]:
    """Plants found twice: a later plant of the same operator at the same place, running or not alike, of a kind and
    ordinal that do not differ, referred to rather than introduced ('its second facility in Speke' ... 'the Speke
    facility'; not 'A battery plant on the same site'), by the earlier one's index."""
    same_as: dict[int, int] = {}
    text = document_text(doc)
    for later, plant in enumerate(plants):
        introduced = doc[mentions[plant.mentions[0]].start].lower_ in ("a", "an")
        first = next((f for f in range(later) if f not in same_as and _same_plant(plants[f], plant, doc, mentions)
                      and (not introduced or _only_in_display_lines(plants[f], doc, mentions, text))), None)
        if first is not None:
            same_as[later] = first
    return same_as


def _only_in_display_lines(plant: _Plant, doc: Doc, mentions: list[FacilityMention], text: str) -> bool:
    """'Plant at Wilton will treat scrap from 200,000 car batteries a year and create 340 jobs' above 'Halvergate Metals
    will build a £310m plant ... at Wilton': a plant named only in the headline or standfirst, lines without a full
    stop, is the one the story then introduces."""
    lines = (text[slice(*line_span(text, doc[mentions[m].head].idx))].strip() for m in plant.mentions)
    return all(len(line) <= 200 and not line.endswith((".", "!", "?", '"', "”")) for line in lines)


def _same_plant(one: _Plant, other: _Plant, doc: Doc, mentions: list[FacilityMention]) -> bool:
    kinds_agree = one.kind == other.kind or one.kind in GENERIC_KINDS or other.kind in GENERIC_KINDS
    part_of_a_yard = {one.kind, other.kind} in ({"shipyard", "workshop"}, {"shipyard", "shop"})  # "a hall beside its steel
    # workshop" at the yard
    same_place = one.location == other.location or _placed_at_a_site_in(doc, one, mentions, other.location)
    return (one.operator is not None and one.operator == other.operator and one.location is not None and same_place
            and (kinds_agree or part_of_a_yard) and (one.ordinal is None or other.ordinal is None or one.ordinal == other.ordinal)
            and ((_status(one)[0] == "operating") == (_status(other)[0] == "operating") or part_of_a_yard))


def _absorb(plant: _Plant, repeat: _Plant) -> None:
    plant.statuses += repeat.statuses
    plant.mentions += repeat.mentions
    plant.ordinal = plant.ordinal or repeat.ordinal
    plant.kind = repeat.kind if plant.kind in GENERIC_KINDS else plant.kind
    plant.guessed = plant.guessed and repeat.guessed


#: What a water utility's works are named for: treating water or sewage.
WATER_WORKS_WORDS = {"treatment", "sewage", "wastewater", "reclamation", "sewerage", "waterworks"}


def _a_utility_s_works(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention]) -> bool:
    """"PUB's Tuas Water Reclamation Plant", 'the sewage works at Mirfield': a water or sewage works that a utility or a
    city runs is public infrastructure, not a company's plant; one that a registered company builds and runs under a
    concession ('Aguas del Lurín S.A.C.') is."""
    if not any(t.lower_ in WATER_WORKS_WORDS for i in plant.mentions for t in doc[mentions[i].start : mentions[i].end]):
        return False
    runner = next((m for m in orgs if m.key == plant.operator), None)
    return runner is None or not has_legal_form(runner.name)


def _somewhere_in_a_country(plant: _Plant) -> bool:
    """'Kestrel also runs a factory in Mexico', 'its plants in the US': a facility placed only in a country and not
    counted ('its first plant in Hungary' is) tells where a company is present; news that names a plant names its
    town or region. (Measured on the corpus: such plants were twice as often spurious as right.)"""
    return plant.location is not None and breadth(plant.location) >= 2 and plant.ordinal is None and not plant.labelled


def _story_place(doc: Doc) -> str | None:
    """The town the story names most (outside clutter): where a plant the story places nowhere most likely stands."""
    counts: dict[str, int] = {}
    opening = dateline(document_text(doc))
    body_start = opening.end() if opening else 0  # the dateline names where the story was filed, often the head office
    for ent in doc.ents:
        based = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in ("based", "listed", "headquartered") \
            or ent.start >= 2 and doc[ent.start - 1].lower_ in ("in", "at") and doc[ent.start - 2].lower_ in HOME_WORDS
        # "the Tokyo-based chipmaker", "Tokyo-listed Kurobe Holdings", "a fertiliser maker based in Fredericia": its head
        # office or its stock exchange
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.start_char >= body_start and not based and not in_clutter(doc, ent.start_char):
            key = entity_key(clean_name(ent.text))
            if key and not breadth(key) and not is_world_region(key):  # not "the East Coast"
                counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else _council_s_town(doc)


def _council_s_town(doc: Doc) -> str | None:
    """'The Casa Grande City Council voted ... a plant on the city's north side': a story that names its town only in
    its council's name is about that town."""
    towns = {entity_key(" ".join(t.text for t in ent[: -2])) for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 2
             and ent[-1].lower_ == "council" and ent[-2].lower_ in ("city", "town", "borough", "municipal")}
    towns = {town for town in towns if town and is_known_town(town)}
    return next(iter(towns)) if len(towns) == 1 else None


#: Words before a place that say where a company has its home, not where a plant stands.
HOME_WORDS = {"based", "headquartered", "registered", "listed", "founded"}


def _place_in_sentences(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention]) -> str | None:
    """'Akane will spend ¥1.3 trillion on the new fab, which will be built in Yonezawa': when the parse does not tie
    the place to the plant, the most specific place introduced by a preposition in the first of the plant's sentences
    that has one."""
    other_heads = {m.head for m in mentions if m.plant != mentions[plant.mentions[0]].plant}
    for sentence in dict.fromkeys(doc[mentions[i].head].sent for i in plant.mentions):
        found = [(PREPOSITION_RANK[prep.lower_], place) for prep in sentence for place in _places_after(prep, orgs)
                 if prep.head.i not in other_heads and prep.head.lower_ not in HOME_WORDS]  # "its second gigafactory after its
        # current plant in Gdańsk"; "a fertiliser maker based in Fredericia, which will take half of the plant's output"
        if found:
            _, place = min(found, key=_specificity)
            return entity_key(_place_name(place))
    return None


#: A company formed by partners for one project ('a joint venture', 'an SPV', 'a special purpose vehicle').
VENTURE_TERMS = r"(?:joint venture|venture|jv|spv|special[- ]purpose vehicle|project vehicle)"
JOINT_VENTURE_BEFORE = re.compile(rf"\b{VENTURE_TERMS}\b( company)?,?\s*(which will be |to be |will be )?(called|named|known as)?\s*$", re.IGNORECASE)
JOINT_VENTURE_AFTER = re.compile(rf"^,\s*(the|an?|their|its) (new )?{VENTURE_TERMS}\b", re.IGNORECASE)


def named_joint_venture(doc: Doc, orgs: list[OrgMention], text: str) -> str | None:
    """The company a joint venture is named as ('The venture, Skjold Hsin Yuan Blades Co., Ltd.,', 'the venture,
    to be called Bluewater Cell Manufacturing Inc.', 'Bluewater ..., the joint venture the two formed'), if one is."""
    names = {m.key for m in orgs if m.via == "ner" and (
        JOINT_VENTURE_BEFORE.search(text[max(doc[m.start].idx - 40, 0) : doc[m.start].idx])
        or JOINT_VENTURE_AFTER.match(text[doc[m.end - 1].idx + len(doc[m.end - 1]) : doc[m.end - 1].idx + 60])
        or shares_split_after(doc, m.end))}  # "X is owned 55% by A, 30% by B and 15% by C"
    if not names and VENTURE_WORD.search(text):
        names = {m.key for m in orgs if m.via == "ner" and named_after_two_others(m, orgs)}
    return names.pop() if len(names) == 1 else None


TO_BE_NAMED = re.compile(r"\b(to be|will be|would be)\s+(called|named)\s*$", re.IGNORECASE)
#: 'signed an agreement to form a joint venture, Nile Akyol Denim, which will build': a venture still to be set up.
TO_BE_FORMED = re.compile(rf"\b(?:to|will|would|plan to|agreed to) (?:form|create|set up|establish) (?:a |an )?(?:new )?(?:[\d:]+ )?(?:joint )?"
                          rf"{VENTURE_TERMS}(?: company)?,?\s*(?:called |named )?$", re.IGNORECASE)


def _yet_to_be_formed(doc: Doc, orgs: list[OrgMention], text: str, venture: str) -> bool:
    """'a joint venture, to be called Bluewater Cell Manufacturing Inc.': a venture whose name is still to come is not
    formed yet, so it runs no plant (the corpus gives such plants no operator)."""
    return any(TO_BE_NAMED.search(text[max(doc[m.start].idx - 30, 0) : doc[m.start].idx])
               or TO_BE_FORMED.search(text[max(doc[m.start].idx - 60, 0) : doc[m.start].idx]) for m in orgs if m.key == venture)


#: Words of a sentence about a deal between companies ('in talks with AESC about a third gigafactory').
DEAL_WORDS = re.compile(rf"\b({VENTURE_TERMS}|talks|partner\w*|consortium)\b", re.IGNORECASE)
#: The word of a sentence about a joint venture ('agreed to form a joint venture to build a plant').
VENTURE_WORD = re.compile(rf"venture|\b{VENTURE_TERMS}\b", re.IGNORECASE)


def _named_with(doc: Doc, plant: _Plant, mentions: list[FacilityMention], words: re.Pattern) -> bool:
    """Whether one of the sentences that name the plant has one of ``words``."""
    return any(words.search(span_text(doc[mentions[i].head].sent)) for i in plant.mentions)


def _owned_by_another(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention], venture: str) -> bool:
    """'Norcastle will provide the venture with nickel from its refinery in Sudbury', 'a PPA with Setouchi Solar for the
    output of a solar farm that Setouchi is building': a plant a company other than the venture is said to own, in a
    sentence about the venture, or to build, is still that company's."""
    heads = [doc[mentions[i].head] for i in plant.mentions]
    owners = [c for head in heads if VENTURE_WORD.search(span_text(head.sent)) for c in head.children if c.dep_ == "poss"]
    builders = [s for head in heads for c in head.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]  # "a
    # solar farm that Setouchi is building"
    return any(m.key != venture for c in owners + builders for m in orgs if m.start <= c.i < m.end)


GROUP_SUBJECTS = {"companies", "partners", "firms", "groups"}


def _planned_by_several(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention]) -> bool:
    """'Majan Resources and Sakuragawa are studying a plant in Duqm', 'The companies are discussing a plant': a plant
    two companies plan together is no one's plant of theirs yet."""
    org_keys = {i: m.key for m in orgs for i in range(m.start, m.end)}
    for i in plant.mentions:
        verb = _governing_verb(doc[mentions[i].head])
        subjects = [c for c in _with_raised_subject(verb) if c.dep_ == "nsubj"] if verb is not None else []
        if any(s.lower_ in GROUP_SUBJECTS or len({org_keys.get(t.i) for t in (s, *s.conjuncts)} - {None}) >= 2 for s in subjects):
            return True
    return False


def _paragraph_s_company(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention], main: str | None) -> str | None:
    """The company the paragraph that first names the plant is about, where it never names the page's: a digest's item
    ('Umoya Logistics has opened its Cato Ridge hub ... a second hub near Johannesburg is on the drawing board')."""
    if not plant.mentions:
        return None
    head = mentions[plant.mentions[0]].head
    named = in_the_paragraph(doc[head : head + 1], orgs)
    if any(m.key == main for m in named):
        return None
    return (company := most_mentioned([m for m in named if not UNION_NAME.search(m.name)])) and company.key  # not the union
    # whose officer speaks there


def _only_org_around(doc: Doc, plant: _Plant, mentions: list[FacilityMention], orgs: list[OrgMention], key: str | None) -> bool:
    """No other company is named in the sentences about the plant (else its operator is a guess); a council that
    approved it or a ministry that funds it runs no plant."""
    sentences = {doc[mentions[i].head].sent.start for i in plant.mentions}
    return key is not None and all(m.key == key for m in orgs if doc[m.start].sent.start in sentences and m.kind == "company")


def _governing_verb(head: Token) -> Token | None:
    """The verb the facility is the object of, directly or through a preposition ('spend $130m on a distillery',
    'unveiled plans for a refinery')."""
    token = _first_conjunct(head)
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.head.lemma_ in ("stake", "interest", "share", "shareholding"):
            return None  # "a 19.9% stake in the new site": the buyer does not run it
        if token.dep_ == "pobj" and token.head.dep_ == "conj" and token.head.head.dep_ == "prep":
            token = token.head  # "at its two factories in Japan and at a plant in Chonburi": the first 'at' holds the place
        if token.dep_ in ("dobj", "nsubjpass", "attr") or (token.dep_ in ("pobj", "conj") and token.head.dep_ == "prep"):
            token = token.head if token.dep_ not in ("pobj", "conj") else token.head.head
            if token.pos_ in ("VERB", "AUX"):
                return token
            if token.dep_ == "conj" and token.head.pos_ == "VERB":
                return token.head  # "employs 210 people at X and another 25 at a shop in Maghera"
        else:
            return None
    return None


def _first_conjunct(head: Token) -> Token:
    """'build a semiconductor assembly and test facility': the parser makes the facility a conjunct of the noun
    before it, which holds the phrase's place in the clause."""
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        head = head.head
        if head.dep_ == "appos" and any(m.start <= head.head.i < m.end for m in head.doc._.get(MONEY) or ()):
            head = head.head  # "a QR2.4bn (US$660m) perishables and e-commerce cargo terminal", parsed as the money's apposition
    return head


def _with_raised_subject(verb: Token) -> list[Token]:
    """The verb's children, plus the subject of the verb it complements ('Nissan plans to build a plant', 'X and Y
    signed an agreement to build a plant', 'agreed to form a joint venture to build a plant')."""
    children = list(verb.children)
    upper = verb
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in upper.children) or upper.head.i == upper.i:
            break
        if upper.dep_ in ("xcomp", "conj") or upper.dep_ == "advcl" and (upper.tag_ == "VBG" or any(c.lower_ == "to" and c.dep_ == "aux" for c in upper.children)):
            upper = upper.head  # "X signed a memorandum on Tuesday to build a campus": X builds it; "X will close
            # its plant, cutting 240 jobs, and move the work to a new facility": X moves it
        elif upper.dep_ == "acl" and upper.head.dep_ == "dobj":  # "an agreement to build": the verb that has the agreement
            upper = upper.head.head
        else:
            break
        children += [c for c in upper.children if c.dep_ == "nsubj"]
    return children


def _the_largest_outside_a_place(head: Token) -> bool:
    """'making it the company's largest plant outside Gauteng': the plant named before, ranked among the company's
    others, which stand where it does not."""
    return head.dep_ in ("attr", "oprd", "ccomp") and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in head.children) \
        and any(c.dep_ == "prep" and c.lower_ == "outside" for c in head.children)


def _locations(head: Token, orgs: list[OrgMention]) -> tuple[tuple, list[str]]:
    """'its Workington steelworks', 'a plant at Kharkhoda', 'will build a fab in Yonezawa': the place(s) named with
    the plant, several for 'its distilleries at Dufftown and Keith', with how specific they are (see _specificity;
    lower is more specific), so that a later, more specific mention can refine the location."""
    if _the_largest_outside_a_place(head):
        return UNPLACED, []
    if head.dep_ == "attr" and head.head.lemma_ == "be":  # "Nakkapalli will be the firm's first plant"
        subject = next((c for c in head.head.children if c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN" and c.lower_ not in DEFAULT_KINDS and c.lower_ not in PROJECT_WORDS and not any(
            m.start <= c.i < m.end for m in orgs))), None)
        if subject is not None:
            return _specificity((PREPOSITION_RANK["at"], subject))[:2], [entity_key(_place_name(subject))]
    candidates = list(head.rights)
    candidates += [c for a in head.children if a.dep_ == "appos" and a.i > head.i and (a.lower_ in ("time", "one") or a.lemma_ in PROJECT_WORDS)
                   for c in a.children if c.dep_ == "prep"]  # "a second urea plant, this time in the Lekki Free Zone", "India's
    # first commercial semiconductor fab, a Rs 91,000 crore project at Dholera"
    anchor = _first_conjunct(head)
    if anchor.i != head.i:  # "an assembly and test plant in Kulim Hi-Tech Park": the place hangs on the first conjunct
        candidates += [c for c in anchor.rights if c.i > head.i]
    if anchor.dep_ in ("dobj", "nsubjpass"):
        candidates += [c for c in anchor.head.children if c.i > head.i]
    if head.dep_ == "nsubj":  # "A factory ... is to be built in the port of Taichung"
        candidates += [c for x in head.head.children if x.dep_ == "xcomp" for c in x.children if c.i > head.i]
        if head.head.lemma_ in STANDING_VERBS:  # "The plant will come up on 300 acres at its industrial park in Gangaikondan"
            candidates += [c for c in head.head.children if c.dep_ == "prep" and c.i > head.head.i]
        candidates += [c for c in head.head.children if c.dep_ == "prep" and head.i < c.i < head.head.i]  # "The new fab, in
        # the neighbouring town of Ozu, will make logic chips": the parser hangs the set-off place on the verb
    candidates += [c for clause in _right_clauses(head) if clause.dep_ in ("relcl", "acl", "ccomp")
                   for c in clause.subtree if c.dep_ == "prep" and c.i > clause.i and c.head.lemma_ in PLACING_VERBS]  # "a plant it is building near X", "that is under construction in X"
    candidates += [c for clause in _right_clauses(head) for neighbour in _next_to(clause) for c in neighbour.children
                   if c.dep_ == "prep"]  # "the new fab, which will be built next to its current plant in the city of Yonezawa"
    if (allotting := _allotted_for(head)) is not None:  # "has allotted 16 hectares at its Athi River zone to X for a plant"
        candidates += [c for c in allotting.children if c.dep_ == "prep" and c.lower_ in ("at", "in")]
    if head.dep_ == "pobj" and head.head.lower_ == "for":  # "looking at a site near Sarnia for a plant": where the site is
        governor = head.head.head
        sites = [governor] if governor.lower_ in SITE_NOUNS else [
            g for p in governor.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj" and g.lower_ in SITE_NOUNS]
        candidates += [c for site in sites for c in site.children if c.dep_ == "prep"]
    named = head.head if head.dep_ == "appos" and head.head.dep_ == "pobj" else head  # "started on MNX Chonburi 1, its first
    # campus in Thailand, at the Amata City Chonburi estate": a place after the campus the name stands for
    if named.dep_ == "pobj" and head.right_edge.i + 1 < len(head.doc) and (verb := verb_of(named)) is not named:
        after = max(head.right_edge.i, named.right_edge.i) + 1
        after += after < len(head.doc) and head.doc[after].text == "," and (named is not head or head.tag_ == "NNS")
        # "at two factories, in Biyagama and Polonnaruwa": the places of a plural set off after it
        candidates += [c for c in verb.children if c.dep_ == "prep" and c.i == after]
        # "to take a fifth of the copper smelter under construction at Chingola": a place right after it, hung on the verb
    candidates += [c for goods in _goods_made(head) for c in goods.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")]
    candidates += [c for prep in candidates if prep.dep_ == "prep" for c in prep.conjuncts]  # "in Ochang, and in Hungary"
    candidates += [inner for prep in candidates if prep.lower_ == "on" for inner in prep.subtree
                   if inner.dep_ == "prep" and inner.i > prep.i]  # "built on the site of a power station at Loon-Plage"
    found = [(PREPOSITION_RANK["near"], place) for place in _places_at_a_bearing(head, orgs)]
    found += [(PREPOSITION_RANK["in"], place) for place in _places_planned_for(head, orgs)]
    for prep in candidates:
        for place in _places_after(prep, orgs):
            found.append((PREPOSITION_RANK["near" if _on_a_side_of(place) else prep.lower_], place))  # "in Barleben, on
            # the northern edge of Magdeburg": beside the town, not in it
            found += [(CONTAINER_RANK, p) for inner in place.children for p in _places_after(inner, orgs)]
    named_by = [(PREPOSITION_RANK["at"], c) for c in head.lefts if c.dep_ in ("compound", "nmod") and _is_place(c, orgs) and not _its_own_name(c)]
    if found and named_by and _names_it_more_closely(named_by[0], min(found, key=_specificity), head):
        found = named_by
    if found:  # 'its second US plant, in Orangeburg': the prepositional place is the more specific one
        best = min(found, key=_specificity)
        if _specificity(best)[0] >= 1 and (closer := _set_off_place_after(best[1], orgs)) is not None:
            best = (PREPOSITION_RANK["in"], closer)  # "its third plant in Morocco, in Tanger Automotive City"
        if (town := _town_after_the_site(best[1])) is not None:
            best = (best[0], town)
        place = best[1]
        conjoined = [_named_by(t) if t.lemma_.lower() in PLACE_NOUNS else t for t in place.conjuncts]  # "Bac Ninh and Vinh Phuc provinces"
        conjoined += [t for a in place.children if a.dep_ == "appos" and breadth(_place_name(a)) == 2 for t in a.conjuncts]  # "in Johor
        # Bahru, Malaysia, and Batam, Indonesia": the next town hangs on the first one's country
        places = [t for t in (place, *conjoined) if _is_place(t, orgs) and not _says_where_the_last_is(t)]
        if head.tag_ in ("NNS", "NNPS"):  # "its European plants in Landshut and in Pilsen": a place per conjoined 'in'
            listed_end = max(t.i for t in (place, *place.conjuncts))
            places += [p for r, p in found if r == best[0] and p not in places and not _says_where_the_last_is(p)
                       and (_specificity((r, p))[0] == _specificity(best)[0] or p.head.dep_ == "conj" and _specificity((r, p))[0] <= 1)
                       and p.head.i != listed_end + 1]  # not the Tokyo of "campuses in Mitaka and Tama in western Tokyo": where
            # the towns listed are; "plants in Changwon and Pyeongtaek, South Korea, and in Rayong, Thailand": a town that is
            # also its province, after its own 'and in'
            places += [c for r, p in found if r == CONTAINER_RANK for c in p.conjuncts if c not in places and _is_place(c, orgs)
                       and c.i + 1 < len(c.doc) and c.nbor().lower_ == "in"]
            # "mills in Vereeniging in Gauteng and Bethlehem in the Free State": a town the parser joined to the first one's province
        return _specificity(best)[:2], list(dict.fromkeys(entity_key(_place_name(t)) for t in places))
    plural = head.tag_ in ("NNS", "NNPS")
    for child in head.lefts:
        if child.dep_ in ("compound", "nmod", "amod") and (_is_place(child, orgs) or plural and _town_taken_for_a_product(child)) \
                or child.dep_ == "poss" and child.ent_type_ == "GPE":
            named = [child, *(c for c in child.conjuncts if plural and c.i < head.i and (_is_place(c, orgs) or _town_taken_for_a_product(c)))]
            if not plural and (town := _town_after_the_site(child)) is not None:
                named = [town]  # "at Ythanvale Creamery, Cuminestown": the creamery is named after no town
            elif not plural and child.i > 1 and child.nbor(-1).text == "," and _is_place(child.nbor(-2), orgs) \
                    and child.nbor(-2).dep_ != "appos":
                named = [child.nbor(-2)]  # "the Balamban, Cebu yard": the town before its province
            return _specificity((PREPOSITION_RANK["at"], child))[:2], list(dict.fromkeys(entity_key(_place_name(t)) for t in named))
            # "after its Cape Town and Midrand campuses": a plant in each town named before the plural
    if (where := _place_the_clause_is_on(head, orgs)) is not None:
        return _specificity((PREPOSITION_RANK["in"], where))[:2], [entity_key(_place_name(where))]
    return UNPLACED, []


def _place_the_clause_is_on(head: Token, orgs: list[OrgMention]) -> Token | None:
    """'headquartered in Halle an der Saale, where it operates a prototyping facility': the place a 'where' clause
    hangs on, the town rather than its region ('in Kulai, Johor, where it will build')."""
    clause = head.head
    if not (head.dep_ in ("dobj", "nsubjpass") and clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)):
        return None
    place = clause.head
    if place.dep_ == "appos" and _is_place(place.head, orgs) and breadth(_place_name(place)) > breadth(_place_name(place.head)):
        place = place.head
    elif (town := _town_in_the_container(place)) is not None and _is_place(town, orgs):
        place = town
    return place if _is_place(place, orgs) else None


def _town_in_the_container(place: Token) -> Token | None:
    """'from Morowali on the island of Sulawesi, where ...': the town right before the island or province that contains
    it, which the clause is about though the parser hangs the clause on the container."""
    container = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "of" else place
    prep = container.head
    if container.dep_ != "pobj" or prep.lower_ not in ("on", "in") or container.lower_ not in CONTAINER_NOUNS | PLACE_NOUNS:
        return None
    town = prep.nbor(-1) if prep.i > 0 else prep.head  # the parser may hang 'on the island' on the verb
    return town if town.ent_type_ in ("GPE", "LOC") else None


#: Words for land that holds towns, besides the place nouns: 'the island of Sulawesi'.
CONTAINER_NOUNS = {"island", "peninsula", "coast"}


def _placed_elsewhere(token: Token) -> bool:
    """'the Orkanger smelter' under the dateline 'ORKANGER, Norway': a name the model took for a product here and for
    a place elsewhere in the story, where no product is known."""
    name = whole_entity(token).lower()
    return any(e.label_ == "GPE" and e.text.lower() == name for e in token.doc.ents) and not _in_a_product(token)


def _town_taken_for_a_product(token: Token) -> bool:
    """'its Dumfries and Livingston plants': a known town the model tagged as a product, where no product is known;
    only before a plural plant noun, which names the places its plants stand in."""
    return token.ent_type_ == "PRODUCT" and is_known_town(whole_entity(token)) and not _in_a_product(token)


def _in_a_product(token: Token) -> bool:
    return any(m.start <= token.i < m.end for m in token.doc._.get(PRODUCTS) or ())


def _zone_of_the_town(one: str, other: str) -> bool:
    """'the Gebze plant' after 'a plant in the Gebze Organised Industrial Zone', 'its plant in Delfzijl' after 'its
    plant at Chemie Park Delfzijl': a zone named after its town is there."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter + " ") and longer.rsplit(" ", 1)[-1] in ZONE_NOUNS \
        or longer.endswith(" " + shorter) and bool(set(longer.removesuffix(" " + shorter).split()) & ZONE_NOUNS)


def _town_after_the_site(place: Token) -> Token | None:
    """'at Ythanvale Creamery, Cuminestown, Turriff', 'at Fyvie Road, Turriff': an address names the works or the street
    first and the town after a comma, which is the place (the model may tag the works' name a town)."""
    if is_known_town(place.text):
        return None
    doc, after = place.doc, place.i + 1
    while after < len(doc) and doc[after].is_title and (doc[after].ent_iob_ == "I" or doc[after].ent_type_ not in ("GPE", "LOC")):
        after += 1  # the rest of the site's name: 'Ythanvale' + 'Creamery' (tagged a town or not)
    if doc[after - 1].lower_ not in ROAD_WORDS | BUILDING_KINDS:
        return None  # 'at SIPCOT Industrial Park, Hosur': a park is the place, more closely than its town
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "GPE":
        return doc[after + 1]
    return None


#: Kinds of works that stand on one site, which a site's name may end with ('Ythanvale Creamery').
BUILDING_KINDS = {"creamery", "works", "mill", "plant", "factory", "refinery", "brewery", "distillery", "smelter", "foundry", "steelworks"}


def _on_a_side_of(town: Token) -> bool:
    """The town of "on Casa Grande's north side", "on the edge of Magdeburg"."""
    side = town.head.head if town.head.lower_ == "of" else town.head
    return side.lemma_ in SIDES_OF_TOWN


def _set_off_place_after(place: Token, orgs: list[OrgMention]) -> Token | None:
    """'its third plant in Morocco, in Tanger Automotive City', 'its second shoe factory in Indonesia, at the Batang
    Integrated Industrial Estate': a narrower place set off by a comma right after a country or region, wherever the
    parser hangs it."""
    doc = place.doc
    after = place.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in ("in", "at", "near"):
        return None
    closer = _places_after(doc[after + 1], orgs)
    return closer[0] if closer and _specificity((0, closer[0]))[0] < _specificity((0, place))[0] else None


def _goods_made(head: Token) -> list[Token]:
    """'a factory for aluminium motor housings and inverter casings in Debrecen': the goods a plant is for, on which
    (or on whose last conjunct, which the parser may join to the plant) the parser hangs the plant's place; not 'the
    new plant for its factory in Nitra', where the place is the other facility's."""
    made = [g for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() not in DEFAULT_KINDS]
    return [g for first in made for g in (first, *first.conjuncts)] + [
        c for c in head.children if c.dep_ == "conj" and made and c.i > made[0].i and c.lemma_.lower() not in DEFAULT_KINDS]


NEIGHBOUR_WORDS = {"next", "adjacent", "beside", "alongside", "close"}


def _names_it_more_closely(named_by: tuple[int, Token], found: tuple[int, Token], head: Token) -> bool:
    """'The Glendale site in Hardin County': the town that names the site, not its county; 'its Varkaus mill in
    Northern Savo': a place the model tagged, right before the facility word, over a town or region of its rank that
    only 'in' introduces."""
    named, best = _specificity(named_by), _specificity(found)
    place = named_by[1]
    return named[0] < best[0] or named[0] == best[0] == 0 and best[1] == PREPOSITION_RANK["in"] and place.i == head.i - 1 \
        and place.ent_type_ == "GPE"


def _next_to(clause: Token) -> list[Token]:
    """The facilities a clause puts a plant next to ('built next to its current plant', 'beside the smelter'):
    a plant beside another stands where that one does."""
    return [g for t in clause.subtree if t.lower_ in NEIGHBOUR_WORDS
            for p in (t, *(c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"))
            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DEFAULT_KINDS]


def _a_portfolio(head: Token, rank: tuple, places: list[str]) -> bool:
    """Four or more facilities counted ('seven operating wind farms in Västernorrland and Jämtland'), or sites in a
    region or country: a company's fleet described, whose plants the article does not name one by one (as 'six plants
    in Brazil, in Jundiaí, Três Lagoas, Ponta Grossa, Manaus, Itumbiara and Pouso Alegre' does)."""
    count = next((c for c in head.children if c.dep_ == "nummod"), None)
    many = count is not None and count.lower_ not in ("two", "three") and (not count.text.isdigit() or int(count.text) >= 4)
    one_by_one = count is not None and (NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)) == len(places)
    return many and not one_by_one or rank[0] >= 1 and head.lemma_ == "site"


WEIGHING_VERBS = {"look", "consider", "weigh", "study", "eye", "evaluate", "scout", "examine", "assess"}
CHOOSING_VERBS = {"choose", "pick", "select", "prefer", "favour", "favor"}
SETTLING = re.compile(r"\bbefore (?:settling|choosing|opting|picking|deciding|plumping)\b|^[^.;]{0,40}?,? but\b", re.IGNORECASE)


def _passed_over(head: Token) -> bool:
    """A site or plant the company weighed before it chose another ('had looked at a site in Hokkaido before settling
    on Kikuyo', 'We looked hard at a site in North Dakota, but the peas are here', 'Lara had been chosen over a site
    near Shepparton'), which it will not build."""
    if head.dep_ == "pobj" and head.head.lower_ == "over" and head.head.head.lemma_ in CHOOSING_VERBS:
        return True  # "Lara had been chosen over a site near Shepparton"
    if head.lemma_ == "site" and any(c.dep_ == "amod" and c.lower_ in ("rival", "competing") for c in head.children):
        return True  # "the support had tipped the balance away from a rival site in Rotterdam"
    verb = verb_of(head)
    return verb.lemma_ in WEIGHING_VERBS and verb.tag_ in ("VBD", "VBN") and SETTLING.search(span_text(head.doc[head.i : head.sent.end])) is not None


def _next_door(head: Token) -> bool:
    """'Its first plant, next door,', 'A battery plant on the same site', 'a storage plant beside it', 'on a neighbouring
    plot': where the plant named before stands."""
    words = [t.lower_ for t in head.sent]
    at = head.i - head.sent.start
    return any(((a, b) in (("next", "door"), ("same", "site"), ("beside", "it"), ("next", "to"), ("adjacent", "to"), ("alongside", "it"))
                and (b != "to" or words[i + 2 : i + 3] == ["it"])
                or a in NEIGHBOURING and b in SITE_NOUNS)  # "on a neighbouring plot"
               and i - at <= 8  # not "preforms for the new plant come from X, which began supplying them in August from
               # its preform factory next door": said of the factory, far after this one
               for i, (a, b) in enumerate(zip(words, words[1:])))


NEIGHBOURING = {"neighbouring", "neighboring", "adjoining", "adjacent"}


def _site_of_the_last(site: Token, facility: Token) -> bool:
    """'will spend $5.54 billion on its first facilities in the United States, on a site in Bryan County': a site the
    plant just named stands on, in the same clause, says where it is rather than naming another facility."""
    return (site.sent == facility.sent and site.dep_ == "pobj" and site.head.lower_ in ("on", "at")
            and not any(c.lower_ in ("another", "second", "third", "new") for c in site.lefts)
            and verb_of(site).i == verb_of(facility).i)


def _says_where_the_last_is(place: Token) -> bool:
    """'at Kalundborg, Denmark': a country or region right after a town and a comma says where the town is (not
    'Querétaro (Mexico)' in 'plants in Hoofddorp, Debrecen, Querétaro (Mexico) and Bursa', a place of the list placed
    itself)."""
    doc = place.doc
    if place.i + 1 < len(doc) and doc[place.i + 1].text == "(":
        return False
    return place.i >= 2 and doc[place.i - 1].text == "," and _specificity((0, place))[0] and (
        (doc[place.i - 2].ent_type_ in ("GPE", "LOC") or doc[place.i - 2].pos_ == "PROPN") and not _specificity((0, doc[place.i - 2]))[0])


def _specificity(candidate: tuple[int, Token]) -> tuple[int, int, int]:
    """Sort key of a candidate place: towns, then regions, then countries; then by preposition, then by position."""
    rank, token = candidate
    key = entity_key(_place_name(token))
    broad = breadth(key)  # a town before "County Galway" or "Copperbelt Province", and those before a country
    if token.head.lower_ in REGION_WORDS and token.dep_ in ("compound", "nmod") or token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lower_ in REGION_WORDS:
        broad = max(broad, 1)  # "in South Chungcheong province", "in the province of Ravenna" (a town too)
    if token.dep_ == "pobj" and _says_where_the_town_near_is(token.head):
        broad = max(broad, 1)
    return broad, rank, token.i


def _says_where_the_town_near_is(prep: Token) -> bool:
    """'near Marble Bar, in Western Australia's Pilbara': the place set off after the town a plant is near is where
    that town lies, broader than it even where the gazetteer knows neither name."""
    doc = prep.doc
    if prep.lower_ not in ("in", "on") or prep.i < 3 or doc[prep.i - 1].text != ",":
        return False
    town = doc[prep.i - 2]
    return town.dep_ == "pobj" and town.head.lower_ in ("near", "outside") and town.pos_ == "PROPN"


#: Participles that tie a project to the place it is meant for: 'a plant planned for the southern edge of Coronel'.
PLANNED_FOR = {"plan", "propose", "earmark", "slate", "destine", "envisage", "intend"}


def _places_planned_for(head: Token, orgs: list[OrgMention]) -> list[Token]:
    """'a US$240 million waste-to-energy plant planned for the southern edge of Coronel': the place a project is
    planned for is where it would stand."""
    places = []
    for clause in (c for c in head.rights if c.dep_ == "acl" and c.lemma_ in PLANNED_FOR and c.tag_ == "VBN"):
        for target in (g for p in clause.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"):
            if target.lemma_ in SIDES_OF_TOWN:
                target = next((g for p in target.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), target)
            if _is_place(target, orgs):
                places.append(target)
    return places


def _placed_beside(head: Token, plants: list[_Plant], assigned: list[FacilityMention]) -> list[str]:
    """Where the plants told of so far stand, the one its own sentence names last ('preforms for the new plant come from
    its factory next door') else the last one placed."""
    here = [plants[m.plant].location for m in assigned if head.doc[m.head].sent == head.sent and plants[m.plant].location]
    return here or [p.location for p in plants if p.location]


def _place_before_a_misread_verb(prep: Token, pobj: Token, orgs: list[OrgMention]) -> Token | None:
    """'existing plant in Dorado handles vials': the parser reads the verb as a noun and the town as its modifier;
    a one-word place right after the preposition, modifying its object, is still where the plant is."""
    first = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if first is None or first.i >= pobj.i or first.dep_ != "compound" or first.ent_iob_ != "B" or first.nbor().ent_iob_ == "I":
        return None
    return first if first.ent_type_ in ("GPE", "LOC") and _is_place(first, orgs) else None


def _places_after(prep: Token, orgs: list[OrgMention]) -> list[Token]:
    """The places a preposition introduces; 'in the city of Yonezawa' introduces Yonezawa."""
    if not (prep.dep_ == "prep" or prep.dep_ == "conj" and prep.pos_ == "ADP") or prep.lower_ not in PREPOSITION_RANK:
        return []  # "two plants, in Odessa and in Monterrey": the second 'in' is the first one's conjunct
    objects = [o for o in prep.head.children if o.dep_ == "dobj" and o.i < prep.i] if prep.head.pos_ in ("VERB", "AUX") else []
    if prep.lower_ == "outside" and any(c.lower_ in ORDINALS for c in (prep.head, *prep.head.lefts, *prep.lefts, *(c for o in objects for c in o.lefts))):
        return []  # "its first plant outside Maharashtra", "the group's first outside Minas Gerais", "opened its first
        # factory outside South Korea" (the parser hangs 'outside' on the verb), "will be Qiantang's first outside China"
        # is not there
    places = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.lemma_ in SIDES_OF_TOWN:  # "on Casa Grande's north side", "on the edge of Kouvola"
            town = next((c for c in pobj.children if c.dep_ == "poss"), None) or next(
                (g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            pobj = town if town is not None and town.ent_type_ in ("GPE", "FAC") else pobj  # not "the other side of the Taiwan
            # Strait"; "on the southern edge of Jorge Chávez International Airport" is at the airport
        elif prep.lower_ == "on" and pobj.lower_ not in ZONE_NOUNS:
            continue  # "on the Mochdre Industrial Estate", "on the Veenhorst business park", "on the island of
            # Bremangerlandet"; not "on the Gulf Coast"
        if pobj.lemma_.lower() in PLACE_NOUNS:  # "in the city of Yonezawa", "in Dong Nai province", "in Bac Ninh and Vinh Phuc
            # provinces", "in Malvar town" (a town the model does not know)
            pobj = _name_before_the_noun(pobj) \
                or next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None) \
                or next((c for c in pobj.children if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC")), None) \
                or _untagged_name_of(pobj) or pobj
        built_in = pobj.lower_ in DEFAULT_KINDS and pobj.is_lower and prep.head.dep_ == "relcl" and prep.head.lemma_ in BUILDING_VERBS
        if built_in and (town := next((c for c in pobj.children if c.dep_ in ("compound", "nmod") and _is_place(c, orgs)), None)) is not None:
            pobj = town  # "the pilot plant it is building at its Dangjin steelworks": where the steelworks stands
        if pobj.lower_ in ZONE_NOUNS and pobj.is_lower:  # "at the Nam Dinh Vu industrial park" (but "in the Lekki Free Zone")
            named = next((c for c in pobj.subtree if c.i < pobj.i and c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN")
                          and c.text[:1].isupper() and (c.head == pobj or c.head.dep_ == "compound" and c.head.head == pobj)), None) \
                or next((c for c in pobj.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")), None)  # "in Debrecen's southern
            if named is None:  # industrial park"  # "inside an economic zone in Malvar town": where the unnamed zone is
                places += [p for c in pobj.children if c.dep_ == "prep" for p in _places_after(c, orgs)]
                places += [g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj" and _is_place(g, orgs)]  # "in the southern industrial park of Nyíregyháza"
            pobj = named or pobj
        if _is_place(pobj, orgs):
            places.append(pobj)
        elif (misread := _place_before_a_misread_verb(prep, pobj, orgs)) is not None:
            places.append(misread)
        places += [c for c in pobj.children if c.dep_ in ("nmod", "compound") and c.i + 1 < pobj.i and c.nbor().text == ","
                   and _is_place(c, orgs)]  # "in Cahir, Co Tipperary", parsed as one name: the town before the comma
    misreported = _misreported_places(prep.doc)
    return [p for p in places if entity_key(_place_name(p)) not in misreported] if misreported else places


def _misreported_places(doc: Doc) -> frozenset[str]:
    """'Correction: at 10:40 we wrote that Ongi's new plant would be in Bac Giang. ... the site is in Bac Ninh': places the
    page says it got wrong, which locate no plant anywhere on it (found once per document)."""
    found = doc.user_data.get(MISREPORTED_PLACES)
    if found is None:
        found, told_right = frozenset(), set()
        if MISREPORTED.search(document_text(doc)):
            for sentence in doc.sents:
                told = misreported_span(sentence.text)
                places = [e for e in sentence.ents if e.label_ in ("GPE", "LOC")]
                found |= {entity_key(e.text) for e in places if told is not None and told[0] <= e.start_char - sentence.start_char < told[1]}
                told_right |= {entity_key(e.text) for e in places if told is None}
        if len(LIVE_STAMP.findall(document_text(doc))) < 2:  # a story corrected in place, not a live page that keeps the
            found -= told_right  # wrong post: "An earlier version said Orsenigo would spend 30 million dinars in Sousse" got
            # the sum wrong, not the town the story names too
        doc.user_data[MISREPORTED_PLACES] = found
    return found


MISREPORTED_PLACES = "kg_misreported_places"


def _name_before_the_noun(noun: Token) -> Token | None:
    """'in the Pluak Daeng district of Rayong': the district named before its noun, not the province after 'of'
    (which 'in the city of Yonezawa' names)."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or not any(c.lower_ == "the" for c in noun.lefts):
        return None
    return next((c for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.is_title), None)


def _untagged_name_of(noun: Token) -> Token | None:
    """'Malvar' of 'in Malvar town': the one capitalised word before a place noun, where the model tagged none."""
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    return names[0] if len(names) == 1 and names[0].pos_ == "PROPN" and names[0].is_title else None


def _places_at_a_bearing(head: Token, orgs: list[OrgMention]) -> list[Token]:
    """'the Quebrada Honda copper mine, about 40 km east of Diego de Almagro', 'its mine, 30 km south-west of Marble
    Bar': the town a plant lies at a bearing from, right after it however the parser hung the phrase, which places it
    more closely than its own name ('Quebrada') or its region."""
    doc, i = head.doc, head.i + 1
    i += i < len(doc) and doc[i].text == ","
    i += i < len(doc) and doc[i].lower_ in APPROXIMATELY
    if not (i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lemma_.lower() in DISTANCE_UNITS):
        return []
    i += 2
    while i < len(doc) and (doc[i].lower_ in BEARINGS or doc[i].text == "-"):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or doc[i - 1].lower_ not in BEARINGS:
        return []
    return [g for g in doc[i].children if g.dep_ == "pobj" and _is_place(g, orgs)] or [t for t in [doc[i + 1]] if _is_place(t, orgs)]


#: Words that make a distance approximate ('about 40 km east of').
APPROXIMATELY = {"about", "some", "roughly", "around", "approximately", "nearly", "just", "barely"}
#: Units a plant's distance from a town is given in ('30 km south of Gällivare').
DISTANCE_UNITS = {"km", "kilometre", "kilometer", "mile", "kms"}


def _its_own_name(token: Token) -> bool:
    """'its Quebrada Honda copper mine in Chile's Atacama region': a name the model tagged as a facility before the
    plant's noun is more likely the plant's own than a town, where the sentence also says where the plant is."""
    return token.ent_type_ == "FAC" and not is_known_town(whole_entity(token)) and not _names_a_zone(token)


def _named_by(noun: Token) -> Token:
    """The place name a region noun carries ('Vinh Phuc' of 'Vinh Phuc provinces'), else the noun."""
    return next((c for c in reversed(list(noun.children)) if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC")), noun)


def _is_place(token: Token, orgs: list[OrgMention]) -> bool:
    """A place entity, or a proper noun the model left untagged that names no organisation, person or product."""
    if _names_a_zone(token) and not any(m.start <= token.i < m.end for m in orgs):
        return True  # "at the PLAZA logistics park", whatever the model took the name for
    if token.text.isupper() and (len(token.text) <= 3 or not token.ent_type_) and not is_broad_place(token.text) \
            and not _numbers_a_name(token):
        return False  # "an EV assembly plant", "the LNG terminal", "an HPAL plant"; "US" and "UK" are places
    if token.text in CAPACITY_UNITS:
        return False  # "a 100 MW / 200 MWh battery"
    if token.like_num or token.lower_ in ROAD_WORDS or any(
            t.lower_ in ROAD_WORDS or t.like_num for t in token.children if t.dep_ in ("compound", "nmod", "nummod")) \
            or token.i + 1 < len(token.doc) and token.nbor().lower_ in ROAD_WORDS and token.nbor().is_title:
        return False  # "off Interstate 85", "near the A1 motorway", "the Kortsen Road facility": a road is no place to stand on
    if any(m.start <= token.i < m.end for m in token.doc._.get(MONEY) or ()):
        return False  # "The KSh 1.3 billion facility": a currency
    if is_world_region(whole_entity(token) if token.ent_type_ else token.text):
        return False  # "its first plant in Africa": somewhere in it, no place to stand on
    if token.ent_type_ in ("GPE", "LOC", "FAC") or token.ent_type_ == "PRODUCT" and _placed_elsewhere(token):
        return True
    if token.ent_type_ == "NORP" and token.ent_iob_ == "B" and not token.lower_.endswith(DEMONYM_ENDINGS) \
            and (token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I"):
        return True  # "its Stade power station", a town the model took for a people: no demonym ends so
    return (token.pos_ in ("PROPN", "NOUN") and token.ent_type_ in ("", "WORK_OF_ART") and token.text[:1].isupper() and not token.is_sent_start
            and token.lower_ not in DESCRIPTORS and not any(m.start <= token.i < m.end for m in orgs))  # not the "New" of a
    # release's "the New Plant"


def _names_a_zone(token: Token) -> bool:
    """'PLAZA' of 'the PLAZA logistics park': a capitalised name before a park's or a zone's lower-case noun."""
    noun = token.head if token.head.dep_ != "compound" else token.head.head
    return token.dep_ in ("compound", "nmod") and token.text[:1].isupper() and noun.lower_ in ZONE_NOUNS and noun.is_lower \
        and token.i < noun.i and any(c.lower_ == "the" for c in noun.lefts)


ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
#: Units of a power plant's or a line's capacity ('a 100 MW / 200 MWh battery', 'a 400 kV line').
CAPACITY_UNITS = {"MW", "GW", "kW", "MWh", "GWh", "kWh", "TWh", "MWp", "GWp", "kWp", "MWe", "MWac", "MWdc", "MVA", "kV"}


def _numbers_a_name(token: Token) -> bool:
    """'II' of 'the Yen Phong II industrial park': a numeral that ends a tagged place name, not an acronym."""
    return ROMAN_NUMERAL.fullmatch(token.text) is not None and token.ent_type_ in ("GPE", "LOC", "FAC") \
        and token.i > 0 and token.doc[token.i - 1].ent_type_ == token.ent_type_


def _owner_and_place_before(head: Token, orgs: list[OrgMention]) -> tuple[str | None, list[str]]:
    """'its Port Talbot steelworks' when the parser read 'steelworks' as a verb: the name right before the word is
    the place, and the possessive before that the owner."""
    doc = head.doc
    end = head.i - 1 if _works_of_a_material(head) else head.i  # "its Rejowiec Fabryczny cement works"
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if start == end or start == 0:
        return None, []
    owner = next((m.key for m in orgs if m.start <= start - 1 < m.end), None) if doc[start - 1].tag_ in ("PRP$", "POS") or (
        doc[start - 1].dep_ == "poss") else None
    if owner is None and doc[start - 1].tag_ == "POS":
        owner = next((m.key for m in orgs if m.start <= start - 2 < m.end), None)
    name = doc[start:end]
    if any(m.start < name.end and name.start < m.end for m in orgs if m.via != "pronoun"):
        return owner, []  # "Tata Steel steelworks": a name, not a place
    return owner, [entity_key(clean_name(name.text))]


def _from_before_its_particles(doc: Doc, words: list[Token]) -> list[Token]:
    """'plants in Portage la Prairie', parsed as 'Portage' under 'la' under 'Prairie': a town's name runs back through
    its particles to the capitalised words before them."""
    while True:
        first = words[0].i
        particle = first if words[0].lower_ in PLACE_PARTICLES else first - 1
        start = particle - 1
        if start < 0 or doc[particle].lower_ not in PLACE_PARTICLES or not doc[start].is_title or doc[start].ent_type_ \
                or doc[start].is_sent_start:
            return words
        words = list(doc[start:first]) + words


#: Lower-case words inside a town's name ('Portage la Prairie', 'Lucas do Rio Verde').
PLACE_PARTICLES = NAME_PARTICLES | {"la", "le", "les"}


def _place_name(token: Token) -> str:
    if token.ent_type_:
        start = entity_start(token)
        before = token.doc[start - 1] if start else None
        if before is not None and before.dep_ == "compound" and before.head.i >= start and before.pos_ == "PROPN" \
                and before.is_title and not before.ent_type_ and not before.is_sent_start:
            return clean_name(f"{before.text} {whole_entity(token)}")  # "Dandenong South", where the model tagged "South"
        return whole_entity(token)
    if (town := _town_before_its_region(token)) is not None:
        return whole_entity(town)
    names = [c for c in token.lefts if c.dep_ in ("compound", "nmod")]
    words = [c for c in names if c.pos_ == "PROPN" or c.lower_ in PLACE_PARTICLES and c.nbor(-1) in names] + [token]
    # "Vila Nova de Gaia", its particle a compound of "Gaia" too
    doc = token.doc
    words = _from_before_its_particles(doc, words)
    while words[-1].i + 1 < token.head.i and (after := doc[words[-1].i + 1]).is_title and after.head.i == token.head.i \
            and not after.ent_type_:
        words.append(after)  # "in Long An province", where the tagger took "An" for an article
    return clean_name(" ".join(t.text for t in words))


def _a_plant_to_come(token: Token) -> bool:
    """'at the site of a $3.2 billion battery cell plant': a plant given a cost is one to be built there."""
    return token.head.head.lower_ == "site" and any(t.ent_type_ == "MONEY" for t in token.subtree if t.i < token.i)


def _town_before_its_region(token: Token) -> Token | None:
    """'in Val-de-Reuil, Normandy', where the parser hung the tagged town on the untagged region after its comma:
    the place is the town, not the two names run together."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or not (last := doc[token.i - 2]).ent_type_:
        return None
    return next((c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_ == last.ent_type_
                 and entity_start(c) == entity_start(last)), None)


INVESTING_VERBS = {"invest", "spend", "put", "pour", "plough", "sink", "commit", "investment"}
PROJECT_NOUNS = {"construction", "building", "development", "plan", "proposal", "approval", "design", "financing"}


#: The money a plant still to be built is given.
FINANCING_NOUNS = {"financing", "finance", "funding", "loan", "grant", "subsidy"}


def _mention_status(head: Token, mention: FacilityMention) -> tuple[str, float, bool]:
    """(status, confidence, explicit): explicit when the plant's own words say it runs or is being built."""
    sentence = head.sent
    if mention.descriptors & EXISTING:
        return "operating", 0.8, True
    window = span_text(sentence).lower()
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in ("phase", "stage") and head.head.head.dep_ == "dobj":
        verb = head.head.head.head  # "is building the first 300-megawatt phase of its campus"
    if verb is not None and verb.lemma_ in BUILDING_VERBS and verb.tag_ == "VBG" or any(
            c.dep_ in ("acl", "relcl") and c.lemma_ in BUILDING_VERBS and (c.tag_ == "VBG" or any(a.lower_ == "being" for a in c.children))
            for c in head.children):
        return "under construction", 0.8, True  # "is building a plant", "a wind farm being built near X", "the plant it is building"
    if verb is not None and verb.lemma_ in ("run", "operate", "own") and verb.tag_ in ("VBZ", "VBP"):
        return "operating", 0.8, True  # "which also runs a blade factory near Szczecin"
    if verb is not None and verb.lemma_ in ("commission", "inaugurate") and verb.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "be", "to") for c in verb.children):
        return "operating", 0.8, True  # "has commissioned a 45 MW solar plant"
    if head.dep_ == "nsubj" and head.head.lemma_ in ("open", "start", "begin") and head.head.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "should", "to") for c in head.head.children):
        return "operating", 0.8, True  # "Its first plant, next door, opened last month"
    if "under construction" in window and abs(window.find("under construction") - (head.idx - sentence.start_char)) < 60:
        return "under construction", 0.8, True
    if verb is not None and verb.lemma_ in SHUTTING_VERBS and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)) and not FOR_A_WHILE.search(window):
        return "cancelled", 0.7, True  # "Hwaseong shut its smaller yard in Mokpo last year": shut for good
    if verb is not None and verb.lemma_ in WORKING_ON_VERBS and not mention.descriptors & FRESH and mention.ordinal is None:
        return "operating", 0.7, False  # "will mothball its Kemerton refinery", "plans to close the Welland mill"
    status, confidence = status_of(sentence, PLANT_STATUSES + ("in talks",))
    if status == "cancelled":
        return status, confidence, True
    if RUNNING.search(window) and not mention.descriptors & FRESH and mention.ordinal is None:
        return "operating", 0.7, True  # "It currently makes all of its APIs at a single plant at Kurkumbh"
    if status == "in talks":
        status = "proposed"
    if head.dep_ == "pobj" and (head.head.lower_ in ("after", "besides", "at") or _put_next_to(head)) and any(
            c.dep_ == "poss" for c in head.children) and not mention.descriptors & FRESH and mention.ordinal is None:
        return "operating", 0.6, False  # "its third in the country, after its factories in Curitiba and Recife", "a DRI
        # plant next to its steelworks in Luleå", "will retire two coal boilers at its milk powder plant": work done at a
        # plant that is the company's already
    if status in ("announced", "planned") and GROUND_BROKEN.search(window) and not mention.descriptors & EXISTING:
        return "under construction", 0.8, True  # "Halberd Biologics broke ground Wednesday on a $2.1bn plant"
    anchor = _first_conjunct(head)  # "invest in a wind park and a storage plant": both new
    if status == "announced" and anchor.dep_ == "pobj" and (anchor.head.lower_ == "of" and anchor.head.head.lemma_ in PROJECT_NOUNS
                                                           or anchor.head.lower_ in ("in", "into", "on") and anchor.head.head.lemma_ in INVESTING_VERBS):
        return "planned", 0.6, False  # "has approved construction of a copper smelter", "invest SEK 4bn in a wind park"
    if status == "announced" and head.dep_ == "pobj" and head.head.lower_ == "for" and head.doc[mention.start].lower_ in ("a", "an") \
            and FINANCING_NOUNS & {head.head.head.lemma_, head.head.nbor(-1).lemma_ if head.head.i else ""}:  # the parser may hang 'for' on the verb
        return "planned", 0.6, False  # "approved R$2.1 billion in financing for a nitrogen fertiliser plant at Sinop"
    if status == "announced" and not mention.descriptors & FRESH and mention.ordinal is None and head.dep_ == "pobj" \
            and not (head.doc[mention.start].lower_ in ("a", "an") and any(t.ent_type_ == "MONEY" for t in head.lefts)):
        return "operating", 0.6, False  # not "a certificate for a US$250 million camera module factory", a plant to be built
    return status, confidence, False


def _status(plant: _Plant) -> tuple[str, float, bool]:
    """What the plant's own words say (it runs, it is being built), else its first mention's status."""
    explicit = [s for s in plant.statuses if s[2]]
    return explicit[0] if explicit else plant.statuses[0]


GUESSED_CONFIDENCE = 0.4


def local_subsidiaries(orgs: list[OrgMention]) -> dict[str, list[tuple[str, frozenset[str] | str]]]:
    """The local arms a story names for a company, by the company's key, with the countries each name covers or the
    town it names: 'Vallmer North America Inc.' of 'Vallmer Kunststofftechnik', 'Perdana Semikon (Kulim) Sdn Bhd' of
    'Perdana Semikon Bhd', 'Xingyao Automotriz de México' of 'Xingyao Automobile Group': a name that starts like the
    parent's and goes on with a place. Such an arm is set up to run the plants there, so it is their operator."""
    keys = list(dict.fromkeys(m.key for m in orgs if m.kind == "company"))  # in document order: runs agree
    arms: dict[str, list[tuple[str, frozenset[str] | str]]] = {}
    for key in keys:
        for parent in (k for k in keys if k != key):
            rest = _after_shared_words(key, parent) or _after_shared_words(key, _without_home_town(parent))
            places = [" ".join(rest[i:j]) for i in range(len(rest)) for j in range(i + 1, len(rest) + 1)]
            town = next((place for place in places if countries_of(place) and not breadth(place)), None)
            where = town or frozenset().union(*(countries_of(place) for place in places))
            if where:
                arms.setdefault(parent, []).append((key, where))
    return arms


def _lies_in(location: str, countries: frozenset[str], where: frozenset[str] | str) -> bool:
    """Whether a plant's place is where an arm's name says it works: in one of its countries, or its town."""
    return bool(where & countries) if isinstance(where, frozenset) else where == location


def _countries_around(doc: Doc, plant: _Plant, plants: list[_Plant], mentions: list[FacilityMention]) -> frozenset[str]:
    """The countries a plant's place may lie in; for a village the gazetteer does not know, the one country the
    sentences of the plants there name ('its second cell plant in Kobierzyce, near Wrocław in south-western Poland')."""
    known = countries_of(plant.location or "")
    if known:
        return known
    there = [i for other in plants if other.location == plant.location for i in other.mentions]
    named = {e.text for i in there for e in doc[mentions[i].head].sent.ents if e.label_ == "GPE" and breadth(e.text) == 2}
    countries = frozenset().union(*(countries_of(name) for name in named))
    return countries if len(countries) == 1 else frozenset()


def _without_home_town(key: str) -> str:
    """'tuoda automotive parts' of 'ningbo tuoda automotive parts': Chinese companies put their home town first,
    and their arms abroad leave it out."""
    first, _, rest = key.partition(" ")
    return rest if rest and countries_of(first) and not breadth(first) else key


def _after_shared_words(key: str, parent: str) -> list[str]:
    """The words of a name after those it starts with in common with another ('north america' of 'vallmer north
    america' and 'vallmer kunststofftechnik'); none when they share no first word, or only a trade's word
    ('Frigorífico Río Negro' is no arm of 'Frigorífico Campo Verde')."""
    words, others = key.split(), parent.split()
    shared = next((i for i, (a, b) in enumerate(zip(words, others)) if a != b), min(len(words), len(others)))
    return words[shared:] if set(words[:shared]) - FOLDED_FIRST_WORDS else []


def _plant_fact(doc: Doc, plant: _Plant, mentions: list[FacilityMention]) -> dict:
    status, confidence, _ = _status(plant)
    confidence = min(confidence, GUESSED_CONFIDENCE) if plant.guessed else confidence
    first = mentions[plant.mentions[0]]
    return {
        "kind": plant.kind,
        "ordinal": plant.ordinal,
        "operator": plant.operator,
        "owner": plant.owner,
        "parent": plant.parent,
        "location": plant.location,
        "status": status,
        "confidence": confidence,
        "mentions": [(mentions[i].start, mentions[i].end) for i in plant.mentions],
        "label_hint": doc[first.start : first.end].text,
    }
