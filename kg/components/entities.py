"""``kg_entities``: corrects the small model's entity labels where news text gives them away.

``en_core_web_sm`` tags "Diageo" as a person, "Diageo North America" too, "Kumamoto" as a person
and misses "Hanbit On" altogether. The words around a name usually settle it: "president of X"
makes X an organisation, "in X" a place, "X will spend" or "X's plant" an organisation; a name
ending in "Group", "Motor" or "Technologies" is an organisation whatever the tagger says; a
one-word "person" who is nobody's surname and carries no title is rarely a person in this genre.
Runs after ``kg_products`` (which claims product names first) and before ``kg_orgs``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.components.attributes import PRODUCTS, document_text, register_extensions
from kg.components.clutter import CONNECTION_DEGREE, DATELINE, HEREINAFTER, TIME_ZONES, dateline, in_clutter
from kg.components.facilities import CAPACITY_UNITS, DEFAULT_KINDS, PLACE_NOUNS, ROAD_WORDS, ROMAN_NUMERAL
from kg.components.fields import BUYER_TERM, NAME_ROLES, PLACE_ROLES, Record, awards, field_at, names_in, records, ventures_in
from kg.components.gazetteer import (REGION_WORDS, breadth, countries_of, is_broad_place, is_chinese_province, is_country, is_known_town, is_language,
                                     is_plain_demonym, is_region_below_a_country, people_s_countries)
from kg.components.money import SYMBOLS, WORDS
from kg.components.money import SCALES, find_amounts, is_currency_code
from kg.components.organizations import (AGENCY_WORDS, COMPANY_FIRST_WORDS, DEFAULT_DESCRIPTORS, GIFT_NOUNS, NAME_PARTICLES, OTHER_WORDS, UNION_ENDS,
                                      initials, inside_quote)
from kg.components.scan import tokens_where, tokens_with, whole_entity
from kg.components.transcripts import SPEAKER_LABEL, Turn, turns
from kg.dates import MONTHS, WEEKDAYS
from kg.layout import BULLET_GLYPHS
from kg.normalize import entity_key, fold, has_legal_form, starts_with_legal_form

FACILITY_WORDS = set(DEFAULT_KINDS) | {"site", "complex", "campus", "hub", "park", "farm", "station", "port", "zone", "estate", "area"}
#: "south-east of Tangier", "the outskirts of Pune": what these words are "of" is a place.
WHERE_WORDS = {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
               "southeast", "southwest", "outskirts", "edge", "centre", "center", "heart", "suburbs", "coast"}

DEFAULT_ORG_WORDS = [
    "group", "motor", "motors", "corp", "corporation", "co", "inc", "ltd", "limited", "plc", "llc", "holdings", "holding",
    "technologies", "technology", "solutions", "semiconductor", "semiconductors", "manufacturing", "energy",
    "steel", "pharmaceuticals", "pharma", "systems", "electronics", "industries", "bank", "capital", "partners",
    "ministry", "department", "agency", "authority", "council", "commission", "america", "europe", "international",
    "materials", "chemicals", "foods", "beverages", "brewing", "airlines", "automotive", "battery", "batteries",
    "power", "renewables", "mining", "metals", "networks", "labs", "biotech", "therapeutics", "biologics", "logistics",
    "research", "securities", "consulting", "advisors", "advisers", "associates", "federation", "aerospace", "aerostructures",
    "aviation", "robotics", "composites", "polymers", "plastics", "gruppe", "groep", "gruppen", "konzern", "cells", "ingredients",
    "minerals", "resources", "nickel", "lithium", "cobalt", "copper", "cement", "chemical", "petrochemicals", "hydrogen", "engineering", "construction", "infrastructure", "packaging", "components", "machinery", "healthcare", "biosciences", "pharmaceutical", "shipbuilding", "shipyard", "aluminium", "aluminum", "dairy", "tyres", "tires", "optics", "paper", "ventures", "investments", "properties", "textiles", "apparel", "refining", "petroleum", "solar",
    "smelters", "ferroalloys", "alloys", "refineries", "foundries", "containers", "dairies", "bakeries", "breweries", "fertilisers",
    "fertilizers", "cables", "trucks", "shipping", "terminals", "shipyards",
    "industrial", "impianti", "costruzioni", "construcciones", "construções", "engenharia", "ingeniería", "ingegneria",
    "inżynieria", "bau", "montajes", "contracting", "constructors", "builders", "infraprojects", "polymer", "petrochemical",
    "recycling", "rail", "railways", "coachworks", "mobility", "water", "utilities", "inversiones", "technics", "technik", "avionics", "airways", "aeronautics",
    "logística", "logistique", "logistica", "zones", "telecom", "telecoms", "mobile", "móvil", "telco", "towers", "broadband", "wireless",
    "communications", "telecommunications", "comunicaciones", "satellite", "satelital",
]
GEOGRAPHIC = {"america", "europe", "international"}  # "North America" the continent stays a place
#: Legal forms, lower-cased without a final stop: also a Colombian utility's "S.A. E.S.P.", a Thai public company's
#: "PCL", a Romanian insolvency practice's "IPURL", a Bulgarian company's "AD", "EAD", "OOD" or "EOOD".
LEGAL_FORMS = {"amba", "a.m.b.a", "pjsc", "psc", "jsc", "ojsc", "berhad", "bhd", "sdn", "tbk", "s.l", "s.p.a", "s.a.s", "a.s", "n.v", "b.v", "se", "ag", "sa", "s.a", "spa", "nv", "bv", "ab", "asa", "a/s", "as", "oyj", "gmbh", "ltd", "inc", "plc", "llc",
               "co", "corp", "kk", "k.k", "s.r.l", "dac", "srl", "sarl", "s.a.r.l", "ltda", "oy", "aps", "s.a.a", "d.o.o", "sas", "pty", "lp", "llp", "saoc", "saog", "bsc", "s.r.o", "zrt", "kft", "nyrt", "pte", "a.ş", "lda", "s.a.e", "sae", "gk", "limited",
               "s.a.c", "e.i.r.l", "fze", "fzco", "w.l.l", "wll", "e.s.p", "sl", "pcl", "ipurl", "ad", "ead", "ood", "eood", "sac"}
LEGAL_PREFIXES = {"PT"}  # "PT Wijaya Karsa Konstruksi"
#: Months and weekdays, which the tagger may run into the name after them ('in April Meseta Cloud SL').
DATE_WORDS = {*MONTHS, *WEEKDAYS}
NOT_NAME_WORDS = {"chief", "president", "ceo", "chairman", "chairwoman", "minister", "by", "photo", "read", "director", "secretary",
                  "commissioner", "governor", "senator", "mayor", "premier", "chancellor", "analyst", "professor", "dr", "mr",
                  "mrs", "ms", "sir", "judge", "general", "captain"}
#: 'prepared by', 'prepared for the Applicant by', 'compiled on its behalf by': who wrote a document.
AUTHORED_BY = re.compile(r"\b(?:prepared|written|compiled|drafted|authored)(?: \w+){0,4} by $")
#: 'T2', 'B3': a building's or a line's code, a letter and a number.
BUILDING_CODE = re.compile(r"[A-Z]\d{1,2}")
#: A form's labels that read like two names ('Lot No: 2', 'Item Ref: 7'): no speaker.
FORM_WORDS = {"lot", "no", "nr", "ref", "item", "section", "annex", "type", "title"}
#: Titles in other languages that English-language news keeps as written ('JCM's directeur général, Nadia El Fassi,',
#: "Menteri Besar of Kedah", a Malaysian state's chief minister).
FOREIGN_TITLES = {"directeur", "général", "présidente", "président", "presidente", "ejecutivo", "ejecutiva", "gerente", "diretor",
                  "diretora", "geschäftsführer", "vorstandschef", "wethouder", "cathaoirleach", "taoiseach", "tánaiste",
                  "menteri", "besar", "bupati", "gubernur", "directrice", "directora", "générale", "vorstandsvorsitzende",
                  "vorstandsvorsitzender", "wójt", "gedeputeerde", "akim", "préfet", "alcalde", "alcaldesa", "prefeito", "prefeita",
                  "sindaco", "bürgermeister", "oberbürgermeister", "landrat", "wali", "amministratore", "delegato", "delegata",
                  "consejero", "consejera", "delegado", "delegada", "presidentessa", "oberbürgermeisterin", "bürgermeisterin",
                  "landrätin", "staatssekretär", "staatssekretärin", "ministerpräsident", "ministerpräsidentin", "bevollmächtigter",
                  "bevollmächtigte", "vali", "kaymakam", "müdür", "müdürü", "başkan", "başkanı", "hejtman", "hejtmanka", "starosta",
                  "primátor", "governador", "governadora", "walikota", "sindaca", "assessore", "intendente", "direktur", "ketua", "chōchō",
                  "shichō", "geschäftsführerin", "vorstandschefin", "direttore", "direttrice"}
TITLE_NOUNS = {"executive", "ceo", "chairman", "chairwoman", "president", "director", "minister", "secretary", "officer", "commissioner",
               "founder", "governor", "mayor", "spokesperson", "spokesman", "spokeswoman", "cfo", "coo", "cto", "boss", "organiser",
               "organizer", "convenor", "steward", "delegate", "treasurer", "administrator", "chair", "mec", "professor", *FOREIGN_TITLES}
OFFICIAL = {"minister", "governor", "mayor", "secretary", "premier"}
#: Titles set off after a name that only a person holds ('X, the union's first representative,').
APPOSED_TITLES = TITLE_NOUNS | {"representative", "manager", "coordinator", "analyst", "spokesperson", "economist", "engineer"}
PLACE_OFFICIALS = {"governor", "mayor", "premier"}
#: Titles of people who comment on the news from outside it: a name they stand in apposition to is a person's.
COMMENTATOR_NOUNS = {"analyst", "economist", "strategist", "professor", "researcher"}
WRITTEN_LEGAL_FORM = re.compile(r"\s+(?:A/S|S\.p\.A\.|[Ss]p\. z o\.o\.|A\.Ş\.|S\.A\.S\.|S\.A\.|N\.V\.|B\.V\.|S\.L\.|K\.K\.|a\.s\.|s\.r\.o\.|S\.r\.l\.|Sdn\.? Bhd\.?)")
#: Capitalised unit words after a place name that make it the name of the unit's government when it acts.
GOVERNED_UNITS = {"Region", "Province", "Prefecture", "Municipality", "Department", "County"}
#: Mexican legal forms, written after a comma ('Jinrui Fundidora de México, S.A. de C.V.'): the model tags them apart.
MEXICAN_LEGAL_FORM = re.compile(r"(?:S\.A\.(?:B\.|P\.I\.)?|S\. de R\.L\.)(?: de C\.V\.?)?")
#: A name ending in a Mexican legal form, with or without its dots ('Seorin Autotech Mexico SA de CV').
ENDS_MEXICAN_FORM = re.compile(r"\bS\.?A\.?(?:B\.?|P\.?I\.?)? de C\.?V\.?$|\bS\.? de R\.?L\.?(?: de C\.?V\.?)?$")
#: Words that start the name of a natural feature: the model tags some as organisations ('Salar de Pocitos').
FEATURE_WORDS = {"salar", "lake", "mount", "mt", "river", "cerro", "rio", "río", "lago", "laguna", "sierra", "gulf", "bay", "cape", "isla"}
#: Letters after a legislator's name ('Louise Barrett TD', 'Sarah Ollerton MP'): a title, no part of the name.
LEGISLATOR_SUFFIXES = {"MP", "TD", "MSP", "MEP", "MLA", "MPP", "MS", "MHA"}
#: Words that name a minister's or a commissioner's portfolio ('Minister of Industry, Trade and Competition',
#: 'Member for Agriculture, Livestock and Fisheries'): common nouns written in capitals, never part of a name.
PORTFOLIO_WORDS = {
    "industry", "industries", "industrial", "industrialisation", "industrialization", "trade", "commerce", "competition",
    "investment", "investments", "economy", "economic", "economics", "affairs", "finance", "financial", "planning", "development",
    "technology", "technologies", "technical", "science", "innovation", "digital", "information", "communication",
    "communications", "telecommunications", "posts", "transport", "transportation", "infrastructure", "logistics",
    "energy", "power", "electricity", "renewable", "mines", "mining", "mineral", "minerals", "petroleum", "oil", "gas",
    "natural", "resources", "environment", "climate", "change", "agriculture", "agro", "livestock", "fisheries",
    "forestry", "food", "irrigation", "water", "sanitation", "lands", "land", "housing", "urban", "rural", "regional",
    "local", "government", "public", "works", "health", "education", "higher", "skill", "skills", "research",
    "employment", "labour", "labor", "manpower", "human", "social", "welfare", "security", "defence", "defense",
    "foreign", "home", "interior", "external", "international", "cooperation", "co-operation", "relations", "tourism",
    "culture", "youth", "sports", "sport", "women", "enterprise", "enterprises", "entrepreneurship", "small", "medium",
    "micro", "msme", "msmes", "cooperatives", "co-operatives", "consumer", "protection", "budget", "treasury", "revenue",
    "downstream", "upstream", "creative", "strategic", "state-owned", "reform", "net", "zero", "business", "export",
    "exports", "promotion", "electronics", "it", "ict", "geology", "sustainable", "sustainability", "growth", "jobs",
    "policy", "textiles", "chemicals", "fertilisers", "fertilizers", "steel", "heavy", "coal", "railways", "roads",
    "highways", "shipping", "ports", "maritime", "aviation", "civil", "new", "processing", "manufacturing", "regulation", "safety",
    "job", "creation", "training", "workforce", "vocational",  # "Minister of Economic Development, Job Creation and Trade"
}
#: Titles whose portfolio follows 'of' or 'for' ('Minister for Economic Affairs', 'Secretary of Commerce').
PORTFOLIO_TITLES = {"minister", "secretary", "member", "commissioner", "mec"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "prof", "professor", "datuk", "dato", "datin", "shri", "smt"}
#: Honorifics of one or two words written before a name and no part of it ('Tan Sri Lim Chee Keong', 'Datuk Seri
#: Haris Abdullah', 'Eng. Fahad Al-Otaibi'); 'Sri' alone may be a given name ('Sri Mulyani').
HONORIFIC_WORDS = {("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("datuk", "sri"), ("dato", "seri"),
                   ("dato", "sri"), ("menteri", "besar"), *((h,) for h in HONORIFICS - {"lord"}),
                   ("tun",), ("datin",), ("haji",), ("hajjah",), ("eng",), ("alhaji",), ("alhaja",), ("hajiya",), ("mallam",),
                   ("bapak",), ("pak",), ("ibu",)}  # Indonesian: 'Bapak Hendra Wijaya', 'said Pak Hendra'
#: Words before a name that are no part of it ('Councillor Maureen Ashdown', 'Dame Helen Ashcroft'); 'Lord' is, as peers
#: are known by it, and 'Lord Mayor' is a title.
NAME_TITLES = HONORIFICS - {"lord"} | {"councillor", "councilor", "cllr", "cr", "senator", "sen", "governor", "gov", "mayor", "minister", "commissioner", "judge",
                                       "rep", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                                       "councilmember", "councilman", "councilwoman", "alderman", "alderwoman"}
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "from", "across", "to", "around"}
TITLE_OF = re.compile(r"\b(president|chief executive|ceo|chairman|chairwoman|chair|head|director|founder|boss|"
                      r"spokesperson|spokesman|spokeswoman|officer|vice[- ]president|executive|manager|cfo|coo|cto)\s+(of|at)\s*$",
                      re.IGNORECASE)
CORPORATE_VERBS = {
    "invest", "spend", "build", "construct", "open", "close", "plan", "announce", "confirm", "supply", "produce",
    "manufacture", "make", "acquire", "buy", "sell", "partner", "agree", "sign", "hire", "employ", "operate", "own",
    "expand", "develop", "launch", "commit", "pledge", "scrap", "shelve", "cancel", "award", "receive", "win", "export",
    "fund", "finance", "lend", "support", "subsidise", "subsidize", "pause", "halt", "suspend", "resume", "restart", "mothball",
    "idle", "postpone", "drop", "abandon", "ditch", "axe", "retool", "delay",
}
#: Verbs of buying work or equipment, whose active subject is an organisation ('Odra Cathodes has ordered eight kilns');
#: passive, their subject is what is bought ('Lithography tools are being ordered').
ORDERING_VERBS = {"order", "procure", "tender", "shortlist"}

#: Last words of the names of industrial sites, which the model tags as organisations.
SITE_NAME_WORDS = {"complex", "park", "estate", "zone", "area", "megasite", "corridor"}
#: Nouns for what stands somewhere: the name after 'at' or 'in' following one is a place.
FACILITY_NOUNS = {"plant", "factory", "facility", "site", "fab", "mill", "works", "campus", "refinery", "smelter", "hub",
              "gigafactory", "yard", "shipyard", "terminal", "centre", "center", "complex", "base", "mine", "shop", "workshop",
              "smokehouse", "distillery", "brewery", "foundry", "bakery", "unit"}
SITE_PREPOSITIONS = {"in", "at", "near", "inside", "within", "of", "outside", "into", "on"}
#: A municipality or state named as the body that acts ('The City of Elyria will put $2.4 million').
CIVIC_BODY = re.compile(r"(?:the )?(?:city|town|village|county|state|province|commonwealth|municipality|borough|shire|district) of ",
                        re.IGNORECASE)
INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$")  # 'JobsOhio': a name written as one word is no place
FUNDING_VERBS = {"put", "offer", "give", "grant", "provide", "contribute", "fund", "lend", "approve", "award", "pay", "match"}
SUPPLIED_VERBS = {"supply", "provide", "deliver", "ship", "source", "make", "produce", "sell", "buy", "import", "export"}
BUSINESS_VERBS = {"invest", "spend", "build", "construct", "manufacture", "produce", "supply", "operate", "employ", "acquire", "export",
                  "lend"}  # "Investissement Québec is lending C$40 million"


@Language.factory(
    "kg_entities",
    default_config={"org_words": DEFAULT_ORG_WORDS},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.dep", "token.pos"],
)
def make_entities(nlp: Language, name: str, org_words: list[str]) -> "EntityFixer":
    register_extensions()
    return EntityFixer(set(org_words))


class EntityFixer:
    def __init__(self, org_words: set[str]) -> None:
        self.org_words = org_words

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = _with_first_names_taken_for_words(doc, _names_after_portfolios(doc, _without_honorifics(
            doc, [u for e in doc.ents if not _a_lone_legal_form(e) for s in _split_at_line_breaks(e) for p in _places_listed_as_a_name(s)
                  if (u := _without_leading_capacity(p)) is not None])))
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        surnames = {e[-1].lower_ for e in people if len(e) > 1}
        short_forms = {e.text for e in doc.ents if _with_company_first_word(doc, e) is not e}  # "Pampa Bio" of "Laboratorios Pampa Bio"
        fixed = []
        for ent in (_with_company_first_word(doc, _without_opening_descriptor(_without_opening_gerund(part))) for ent in doc.ents
                    for title_part in _split_at_inner_title(doc, ent) for part in _split_at_place(doc, title_part)):
            label = "ORG" if ent.label_ == "PERSON" and ent.text in short_forms else self._label(doc, ent, surnames)
            if label == ent.label_:
                fixed.append(_whole_person(doc, ent) if label == "PERSON" else ent)
            elif label == "PERSON":
                skip = min(honorific_length(doc, ent.start) or int(ent[0].lower_ in MEMBERS_TITLES), len(ent) - 1)  # "Ms Varga",
                # "Councillor Evans" (organisations to the model)
                fixed.append(_whole_person(doc, Span(doc, ent.start + skip, ent.end, label="PERSON")))
            elif label:
                fixed.append(Span(doc, ent.start, ent.end, label=label))
        fixed = _without_covered([_with_last_portfolio(_without_trailing_conjunction(_without_letters_after(_without_share_after(_without_place_after(
            _without_name_before_amount(_after_inner_to(e)), self.org_words))))) for e in fixed])
        fixed = [e for e in map(_without_trailing_names, map(_without_description_before, fixed)) if e is not None]
        fixed = [_without_its_board(e, fixed) for e in fixed]
        fixed = _without_covered([_with_civic_unit(doc, e) for e in fixed])
        fixed = _with_agency_names(doc, [_named_after_its_country(doc, part) for e in fixed for part in _two_places(e)])
        fixed = _with_seats_before_acronyms(doc, fixed)
        fixed = _joined_adjacent_orgs(doc, _joined_over_brackets(doc, _with_name_particles(doc, _with_peoples_committees(doc, fixed))))
        fixed += _untagged_acting_names(doc, fixed)
        fixed += _untagged_run_in_headings(doc, fixed)
        fixed += _untagged_answer_names(doc, fixed)
        fixed += _untagged_acronym_names(doc, fixed)
        fixed = _without_covered(fixed + _untagged_titled_names(doc, fixed))
        fixed += _untagged_full_names(doc, fixed)
        fixed += _untagged_venture_names(doc, fixed)
        fixed = _with_apposed_venture_names(doc, fixed)
        fixed += _untagged_union_names(doc, fixed)
        fixed = _with_members_before_unions(doc, fixed)
        fixed = _with_untagged_first_conjunct(doc, fixed)
        fixed = _with_lower_case_councils(doc, fixed + _untagged_municipalities(doc, fixed))
        fixed = _in_place_of_overlapped(fixed, _regions_by_their_style(doc, fixed))
        fixed = _with_local_body_names(doc, _with_untagged_body_names(doc, fixed))
        fixed = _with_untagged_ministries(doc, fixed)
        fixed = _with_untagged_written_legal_names(doc, fixed)
        fixed += _untagged_legal_names(doc, fixed)
        short_forms = _untagged_short_forms(doc, fixed)
        fixed = [e for e in fixed if not (e.label_ in ("PRODUCT", "FAC", "GPE") and any(f.start <= e.start and e.end - (e.label_ == "FAC") <= f.end
                                                                                        for f in short_forms))] + short_forms  # a FAC
        # freed with its possessive ("Luzon Apo's", see _possessed_short_form) ends one token past the short form
        fixed += _untagged_names_in_capitals(doc, fixed)
        fixed += _untagged_acronyms(doc, fixed)
        fixed += _untagged_acronyms_of_bodies(doc, fixed)
        fixed += _untagged_company_names(doc, fixed, self.org_words)
        fixed += _untagged_people_appointed(doc, fixed)
        fixed = _joined_adjacent_orgs(doc, _with_name_particles(doc, sorted(fixed, key=lambda span: span.start)))  # 'Kurobe' (a
        # short form) + 'Holdings', 'Verapack' + 'do Brasil'
        acronyms = _common_noun_acronyms(doc)
        fixed = _with_trailing_countries(doc, _with_bracketed_countries(doc, _with_second_initials(doc, fixed, acronyms)))
        fixed = _with_towns_ending_trade_names(doc, _with_heads_written_elsewhere(doc, fixed))
        fixed = _named_as_partners_or_described(doc, _body_heads_as_orgs(doc, fixed))
        fixed = [e for e in fixed if not (e.label_ == "ORG" and (e.text in acronyms or _common_word(e) or _a_title_in_capitals(e) or _described_not_named(e) or _part_of_a_company(e)
                                                              or _a_portfolio_of(e) or _names_a_law_or_scheme(e) or _a_listing_venue(e)
                                                              or _opens_a_quote_once(e) or _a_gloss_in_brackets(e) or _a_project_phase(e)
                                                              or _a_meeting_s_word(e) or _only_the_author(e)))
                 and not (e.label_ == "PERSON" and not any(t.text[:1].isupper() for t in e))  # "Its chief shop steward, X"
                 and not (e.label_ in ("GPE", "LOC") and (e.text in acronyms or MEASURE.fullmatch(e.text)))]
        # ("peptide API" after "active pharmaceutical ingredients (APIs)": a common noun's initials, not a place; nor
        # "250ml", cans "in 250ml, 330ml and 355ml formats")
        fixed = _with_written_legal_forms(doc, _with_union_locals(doc, _with_portfolios_listed_after(doc, _with_portfolio_names(doc, _joined_by_and(doc, _joined_by_of(doc, _joined_before_acronym(doc, sorted(fixed, key=lambda span: span.start))))))))
        fixed = _with_slashed_first_parts(doc, _with_romance_body_names(doc, _with_names_spelt_by_acronyms(doc, _joined_by_ampersand(doc, fixed))))
        fixed = _with_heads_left_off(doc, _with_second_places_served(doc, fixed))
        fixed = [_without_possessed_brand(doc, e) for e in fixed]
        fixed = _with_co_operative_heads(doc, _with_names_over_particles(doc, _with_legal_suffixes(doc, _with_hyphenated_places(doc, _with_place_particles(doc, fixed)))))
        fixed = _with_names_after_company_words(doc, fixed)
        fixed = _places_stay_places(_with_dateline_places(doc, _towns_with_mayors(doc, [_as_place_with_an_official(doc, e) for e in fixed])),
                                    self.org_words)
        fixed = _with_company_words_after_places(doc, _names_of_people_taken_for_places(_with_speaking_family_names(fixed)), self.org_words)
        fixed = _with_lower_case_sites(doc, [_with_its_site_word(doc, e) for e in fixed])
        # Some forty fixes reshape the spans one after another; should two of them still claim one token, spaCy would
        # refuse the whole document, so the longer span is kept (filter_spans).
        fixed = _without_turn_labels(doc, _with_speaker_labels(doc, _without_publications(doc, _without_defined_things(doc, fixed))))
        fixed = _with_labelled_names(doc, _without_first_names_as_bodies(fixed))
        doc.ents = filter_spans(_without_leading_demonyms(_people_apart_from_employers(doc, _people_named_as_companies(
            doc, _with_connections_names(doc, fixed)))))
        return doc

    def _label(self, doc: Doc, ent: Span, surnames: set[str]) -> str | None:
        """The corrected label, or None to drop the entity."""
        if ent.label_ in ("ORG", "PERSON") and len(ent.text.split()) <= 3 and not is_legal_form(ent[-1].text) and _before_its_region(doc, ent.end):
            return "GPE"  # "in Val-de-Reuil (Eure)": a town with its department in brackets, as French papers write it
        if ent.label_ in ("FAC", "GPE", "LOC") and PORT_OF.match(ent.text) and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("from", "with", "by"):
            return "ORG"  # "We lease the site from the Port of Cromarty Firth": the port's company
        if ent.label_ == "ORG" and 2 <= len(ent) <= 3 and ent.end < len(doc) and doc[ent.end].text in LEGISLATOR_SUFFIXES \
                and all(t.is_title for t in ent):
            return "PERSON"  # "Members present: Fiona Rennie MP (Chair), Ewan Crichton MP."
        if ent.label_ == "ORG" and 2 <= sum(t.is_alpha for t in ent) <= 3 and all(t.is_title or t.text == "-" for t in ent) \
                and not is_legal_form(ent[-1].text) and ent[-1].lower_ not in self.org_words and _appointed_as(doc, ent):
            return "PERSON"  # "Mazingira Recyclers Ltd has appointed Wanjiru Kamau as chief executive" (a company to the model)
        if ent.label_ == "ORG" and len(ent) <= 2 and all(t.is_title for t in ent) and ent.root.pos_ == "PROPN" and not is_legal_form(ent[-1].text) \
                and ent[-1].lower_ not in self.org_words and any(c.dep_ == "appos" and c.lemma_ in APPOSED_TITLES for c in ent.root.children):
            return "PERSON"  # "Torsten Wendt, the union's first representative for northern Thuringia," (a body to the model)
        if ent.label_ == "ORG" and len(ent) == 2 and all(t.is_title for t in ent) and _addressed_with_an_honorific(doc, ent[-1]):
            return "PERSON"  # "the appointment of Gábor Szilágyi as Site Director" (a company to the model), then "Mr. Szilágyi"
        if ent.label_ in ("GPE", "LOC", "FAC") and len(ent) > 1 and ent[-1].lower_ in self.org_words - GEOGRAPHIC \
                and all(t.is_title for t in ent) and not is_broad_place(ent.text) and not _after_place_preposition(ent):
            return "ORG"  # "Hanoi broker Red River Securities", "Spain's Trivesa Industrial" (a river or a building to the model)
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "where" \
                and ent[-1].lower_.rstrip(".") not in self.org_words and not is_legal_form(_last_name_word(ent).text) \
                and not OTHER_WORDS.search(ent[-1].text):  # not "rector of the Nervión Polytechnic University, where X was founded"
            return "GPE"  # "The less welcome news came from Kelvington, where the company is building a mine"
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in LANDFORMS:
            return "LOC"  # "Now to the Ohio Valley, where Carrow Steel announced": a region named after its landform
        if ent.label_ in ("PERSON", "GPE") and _apposed_to_a_company_noun(ent):
            return "ORG"  # "a contract with Vuela Andes, a regional start-up flying turboprops", "with SENATI, the national
            # technical training service"
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text == "Airport":
            return "FAC"  # "next to José María Córdova International Airport": the airfield, not the company that runs it
            # (an 'Airports Company' or an 'Airport Authority')
        if ent.label_ == "FAC" and len(ent) > 2 and ent[-2].text in ("City", "Town") and ent[-1].text == "Hall" \
                and ent.root.dep_ in ("nsubj", "nsubjpass", "poss"):
            return "ORG"  # "Timișoara City Hall has signed a contract": the town's government, not its building
        if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and ent[-1].lower_ in EVENT_NOUNS:
            return "EVENT"  # "Asia Biomanufacturing Summit": a gathering, not who meets there
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in DOCUMENT_WORDS:
            return "WORK_OF_ART"  # "Environmental Statement – Volume 1": a document's title
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 2 and ent[0].lower_.rstrip(".") in HONORIFICS | MEMBERS_TITLES and ent[1].is_title:
            return "PERSON"  # '"We had two strong options," Ms Varga said' (an organisation to the model)
        if ent.label_ == "ORG" and (_names_an_office(doc, ent) or len(ent) == 1 and ent[0].lower_ in DEPARTMENTS
                                    and ent.end < len(doc) and doc[ent.end].lower_ in TITLE_NOUNS | {"head", "manager", "lead"}):
            return None  # "The Head of Planning presented a report", "Mr D. Sinclair, Operations Director of Glenbrae Foods": a post
        if len(ent) == 1 and ent.label_ != "PERSON" and ent[0].lower_ in FOREIGN_TITLES:
            return None  # "Oberbürgermeisterin Sabine Köhler", "Vali Enver Ünlü": a title kept as written, a place to the model
        if ent.label_ in ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and (
                _titled(doc, ent) or _referred_to_as_a_person(doc, ent) or _speaker_named_again_by_surname(doc, ent)) \
                and ent[-1].lower_.rstrip(".") not in self.org_words | REGION_WORDS and not (ent.start and doc[ent.start - 1].lower_ == "in") \
                and ent[0].lower_ not in COMPANY_FIRST_WORDS:  # not "its founder, Grupo Tequendama"
            return "PERSON"  # "Chief executive Marleen de Smet", "minister, Pilar Onrubia,", "X keeps a bag in her office"
        if ent.label_ in ("PERSON", "ORG") and (qualified := _qualified_title(doc, ent)) and (
                ent.label_ == "PERSON" or OFFICIAL.intersection(qualified) and ent[-1].lower_ not in BODY_HEADS):
            # "Tamil Nadu Chief Minister K. Ilangovan", "Andhra Pradesh Industries Minister K. Venkata Rao"
            return "GPE" if OFFICIAL.intersection(qualified) else "ORG"
        if ent.label_ == "ORG" and ent[0].lower_ == "the" and not is_legal_form(ent[-1].text) and ent.end + 1 < len(doc) \
                and doc[ent.end].is_lower and doc[ent.end].pos_ == "ADJ" and doc[ent.end + 1].lower_ in SITE_NAME_WORDS:
            return "FAC"  # "in the Amata City Chonburi industrial estate": the name of an estate, whose noun the model left out
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in SITE_NAME_WORDS and ent.root.dep_ == "pobj" \
                and ent.root.head.lower_ in SITE_PREPOSITIONS:  # "in the Gumi National Industrial Complex"; not "signed with
            return "FAC"  # the Ras Al Khaimah Economic Zone", the authority that runs it
        if ent.label_ == "ORG" and len(ent) > 1 and ent[int(ent[0].lower_ == "the")].lower_ in FEATURE_WORDS and ent[-1].lower_.rstrip(".") not in self.org_words \
                and not is_legal_form(_last_name_word(ent).text):  # not "Salar Andino Refining SpA's refinery"
            return "LOC"  # "a brine project on the Salar de Pocitos", "Lake Turkana"
        if ent.label_ in ("PERSON", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART") and (
                ent[ent[0].lower_ == "the"].lower_ in COMPANY_FIRST_WORDS | GOVERNMENT_FIRST_WORDS and len(ent) > 1
                or ent.start and doc[ent.start - 1].text in LEGAL_PREFIXES):
            return "ORG"  # "Vidreira do Sado", "Brasseries du Gharb", "Usina Vale do Paranaíba", "Regione Toscana" (tagged a
            # person or a building)
        if ent.label_ in ("PERSON", "GPE", "LOC") and len(ent) == 2 and (scope := breadth(entity_key(ent[1].text))) >= 1 and (
                ent[0].lower_ in AGENCY_FIRST_WORDS or scope == 2 and ent.label_ == "PERSON" and ent[0].is_upper and len(ent[0]) >= 2):
            return "ORG"  # "IDA Ireland", "Enterprise Ireland", "Invest India", "Business Finland", "Research Ireland" (a place
            # to the model), "Invest Ontario": an agency named after its country or province
        if ent.label_ in ("PERSON", "GPE", "LOC") and len(ent) > 1 and ent[-1].lower_ in self.org_words and _after_a_country_s(doc, ent):
            return "ORG"  # "Saudi Arabia's Tihama Water", "Chile's Hidrosur Inversiones"
        if ent.label_ == "PERSON" and len(ent) > 2 and breadth(entity_key(ent[-1].text)) == 2 and any(t.lower_ in self.org_words for t in ent[:-1]):
            return "ORG"  # "Kaltwerk Automotive Polska", "Nordlicht Pharma Polska": a company's arm named after its country
        if ent.label_ == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("from", "at") \
                and ent.root.head.head.lower_ in PRACTITIONERS:
            return "ORG"  # "joint administrators from Harwood Kerr said", "analysts at Brandt Whitmore": a firm, not a person
        if ent.label_ in ("PERSON", "GPE", "PRODUCT", "FAC") and _apposed_body(ent.root) and not is_broad_place(ent.text):
            return "ORG"  # "Investissement Québec, the province's investment arm," (a person to the model)
        if ent.label_ in ("PERSON", "GPE", "NORP", "PRODUCT", "FAC") and _introduced_as_a_company(doc, ent.start) \
                and not is_broad_place(ent.text) \
                and not (ent.label_ == "PERSON" and _speaks(ent.root) and not _described_as_a_group(doc, ent.start)):
            return "ORG"  # "engineering group Engevale", "contractor Andina Montajes Industriales", "Zaragoza-based Tracktec"
        if ent.label_ in ("GPE", "LOC", "FAC") and len(ent) > 1 and ent[-1].lower_ in BODY_HEADS - {"government", "office"}:
            return "ORG"  # "Gladstone Regional Council mayor Colin Brennan": a council is a body, whatever it qualifies
        if ent.label_ == "ORG" and len(ent) <= 2 and ent.end + 1 < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower \
                and doc[ent.end + 1].ent_type_ == "ORG" and (is_known_town(ent.text) or is_broad_place(ent.text)):
            return "GPE"  # "Geelong manufacturer Barwon Rubber Compounds": where the company is from
        if ent.label_ in ("PERSON", "PRODUCT") and _after_a_place_word_of(doc, ent) and ent[-1].lower_.rstrip(".") not in self.org_words:
            return "GPE"  # "a new container terminal at the port of Takoradi", "in the city of Yonezawa"
        if ent.label_ in ("WORK_OF_ART", "PERSON", "PRODUCT", "FAC", "GPE", "LOC") and any(t.text in CO_OPERATIVE_ENDS for t in ent[1:]):
            return "ORG"  # "Ballinure Co-operative Creamery" (a work of art to the model)
        if ent.label_ == "ORG" and (len(ent) > 1 and ent[-1].like_num and ent[-2].lower_ in ROAD_WORDS
                                    or ent[-1].lower_ in ROAD_WORDS and ent.end < len(doc) and doc[ent.end].like_num):
            return "FAC"  # "Federal Highway 85" (or "Federal Highway" before the 85), "Route 9": a road
        if ent.label_ in ("ORG", "PERSON") and TOWN_WITH_PARTICLE.fullmatch(ent.text) and _after_place_preposition(ent):
            return "GPE"  # "its plant in Neuhaus am Rennweg", "in Newcastle upon Tyne"
        if ent.label_ in ("ORG", "PERSON") and _owns_a_part_of_town(ent) and _last_name_word(ent).lower_ not in self.org_words \
                and not is_legal_form(_last_name_word(ent).text):
            return "GPE"  # "The battery cell factory rising on Casa Grande's north side"
        if ent.label_ == "ORG" and _names_a_power_plant(ent):
            return "FAC"  # "the Pine Creek Nuclear Generating Station near Millersburg": a plant, not its operator
        if ent.label_ == "ORG" and _a_possessed_plant_s_name(ent) and ent[-1].lower_.rstrip(".") not in self.org_words \
                and not is_legal_form(ent[-1].text):
            return "FAC"  # "the output of its Pampa Blanca solar park": the park's name, not a company's
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in STREET_WORDS and ent.start and doc[ent.start - 1].lower_ in ("on", "off", "along"):
            return "FAC"  # "the gates on Industrial Drive": a street
        if ent.label_ == "FAC" and _names_the_town_of_a_plant(ent):
            return "GPE"  # "at the La Pobla de Mafumet complex": the town the complex is named after
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in LEGISLATOR_SUFFIXES:
            return None  # "the National Rally MP for the area": a party and a seat, no organisation in the news
        if ent.label_ == "NORP" and len(ent) == 1 and len(ent.text) >= 3 and ent.text.isupper() and ent.text.isalpha():
            return "ORG"  # "SIPTU welcomed the jobs": demonyms are not written in capitals
        if ent.label_ == "NORP" and len(ent) == 1 and ent.start and _a_name_word(doc[ent.start - 1]) and not people_s_countries(ent.text):
            return "ORG"  # "engineering firm Kordex Inżynieria": no people's word, the last word of a name
        if ent.label_ in ("ORG", "PERSON", "PRODUCT") and len(ent) <= 3 and ent[-1].lower_.rstrip(".") not in self.org_words and not is_legal_form(ent[-1].text) and (
                _where_a_site_stands(ent) or len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.lemma_ in FACILITY_NOUNS
                and any(e.text.startswith(ent.text) and _where_a_site_stands(e) for e in doc.ents)):
            return "GPE"  # "a new facility at Mirabel, Que.", then "toward the Mirabel plant": what a plant stands at is a place
        if ent.label_ in ("LANGUAGE", "NORP") and _after_place_preposition(ent) and ent.root.dep_ == "pobj" and not is_language(ent.text):
            return "GPE"  # "a plant in Thoothukudi", "a smaller plant in Greer" (a demonym modifies, it is no object)
        if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and len(ent[0]) >= 2 and ent[0].is_upper and ent[0].is_alpha \
                and not is_country(ent[0].text) and is_country(ent[1:].text):
            return "ORG"  # "IDA Ireland confirmed grant aid": an agency named after its country
        if ent.label_ in ("GPE", "LOC", "PERSON") and len(ent) > 1 and ent[-1].text in GOVERNED_UNITS | {"Town", "City", "Village"} and ent.root.dep_ == "nsubj" \
                and (ent.root.head.lemma_ in FUNDING_VERBS or _acts_like_an_organisation(ent.root)
                     or ent[-1].text in ("Town", "Village") and ent.root.head.lemma_ != "be"):
            return "ORG"  # "the Occitanie Region has awarded a €12 million grant", "Kikuyo Town will submit the subsidy": the
            # region's or the town's government
        if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and ent[-1].text == "Municipality" and not (
                ent.root.dep_ == "pobj" and ent.root.head.lower_ in SITE_PREPOSITIONS):
            return "ORG"  # "Linköping Municipality sold the venture a plot": the town's government, however parsed
        if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT") or in_clutter(doc, ent.start_char):
            return ent.label_
        last = ent[-2 if len(ent) > 2 and ent[-1].tag_ == "POS" else -1].lower_.rstrip(".")  # "South Kesteven District Council's"
        if ent.label_ in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "GPE", "LOC") and len(ent) > 1 and (
                is_legal_form(_last_name_word(ent).text)
                or _ends_with_written_legal_form(doc[ent.start : ent.end + 6].text, len(ent.text))):  # "Kessler Antriebstechnik GmbH's"
            return "ORG"  # "Verde Hidrógeno SpA", "Cyclavo SAS", "Skjold Blades A/S" (tagged as a work of art), "Cerro Alto
            # Embotelladora S.A." (a place)
        if last in self.org_words and len(ent) > 1 and not (ent.label_ != "PERSON" and last in GEOGRAPHIC):
            return "ORG"
        if ent.label_ in ("GPE", "FAC") and len(ent) > 1 and ent[-1].lower_ not in REGION_WORDS and (_employer_position(doc, ent) or _signs_off(doc, ent)):
            return "ORG"  # "head of solar research at Waypoint Energy Research", "said X, Head of Life Sciences, IDA Ireland.",
            # "a healthcare analyst at Sarmiento Valores" (a building to the model)
        if ent.label_ == "GPE" and CIVIC_BODY.match(ent.text) and ent.end < len(doc) and doc[ent.end].lower_ in ("council", "government"):
            return "ORG"  # "the City of Greater Geelong council voted 7-4": the body, named as its area
        if ent.label_ == "GPE" and (CIVIC_BODY.match(ent.text) or INNER_CAPITAL.search(ent.text)) and (
                _acts_like_an_organisation(ent.root) or ent.root.head.lemma_ in FUNDING_VERBS and ent.root.dep_ == "nsubj"
                or CIVIC_BODY.match(ent.text) and (_title_of(doc, ent) or _sold_from(ent.root))):
            return "ORG"  # "The City of Elyria will put $2.4 million toward a rail spur", "JobsOhio has offered a grant",
            # "Marja Lehtola, mayor of the City of Kouvola", "bought the site from the City of Kouvola"
        if ent.label_ != "PERSON":
            return ent.label_
        if len(ent) > 1 and (is_broad_place(ent.text) or ent[-1].is_title and ent[-1].lower_ in REGION_WORDS) and not _speaks(ent.root):
            return "GPE"  # "the Tamil Nadu government", "Madhya Pradesh", "Kumamoto Prefecture": a region the model took for a name
        if TITLE_OF.search(doc[max(ent.start - 4, 0) : ent.start].text) or _acts_like_a_business(ent.root) or _is_a_trading_party(ent.root) \
                or _apposed_government(ent.root) \
                or len(ent) > 1 and _employer_position(doc, ent) or _which_not_who(ent):
            return "ORG"  # "an analyst at Bankhaus Reuther" (a person to the model)
        if _after_place_preposition(ent):
            return "GPE"  # "in Minas Gerais", "near Sete Lagoas"
        if len(ent) > 1 or ent[0].lower_ in surnames or _has_title(ent):
            return "PERSON"
        previous = doc[ent.start - 1] if ent.start else None
        if previous is not None and previous.lower_ in PLACE_PREPOSITIONS:
            return "GPE"
        if _acts_like_an_organisation(ent.root):
            return "ORG"
        return "PERSON" if _speaks(ent.root) else None


DATELINE_PLACE = re.compile(r"(?:^|,\s*|\s+and\s+|/)(?:the\s+)?(?P<name>[^,/]+?)(?=,|\s+and\s+|/|$)")


INNER_TITLES = OFFICIAL | {"judge", "commissioner", "councillor", "councilor", "senator"}


#: Words before a company title that belong to the title, not to a company ('Deputy CFO X').
TITLE_MODIFIERS = {"deputy", "acting", "interim", "vice", "senior", "group", "joint", "executive", "former", "new"}
#: Company titles the model takes into an organisation's name ('Deputy CFO Tomasz Wróbel', 'Nissan CEO Ivan Espinosa').
INNER_COMPANY_TITLES = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman"}


#: An office named without its holder ('the Head of Planning', 'the Director of Public Health'), which the model tags as a body.
OFFICE_HELD = re.compile(r"(?:[Tt]he )?(?:Head|Director|Chief|Manager|Officer) of (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+")
#: A company's departments, which the model takes for its name before a title ('Operations Director').
DEPARTMENTS = {"operations", "finance", "sales", "marketing", "communications", "planning", "procurement", "engineering",
               "production", "manufacturing", "strategy", "commercial", "technical", "legal", "hr", "supply", "logistics"}


#: First words of public agencies named after their country ("Enterprise Ireland", "Business Finland", "Invest India").
AGENCY_FIRST_WORDS = {"enterprise", "invest", "business", "investment", "research", "innovation"}


def _without_opening_descriptor(ent: Span) -> Span:
    """'Glassmaker Cristalera Ombú idled a furnace', tagged as one place: a company noun that opens the sentence,
    capitalised only for that, introduces the company named after it."""
    opening = ent[0]
    if len(ent) < 2 or ent.label_ == "ORG" or not opening.is_sent_start or opening.lower_ not in DEFAULT_DESCRIPTORS or not ent[1].is_title:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label="ORG")


def _without_opening_gerund(ent: Span) -> Span:
    """'Closing Venlo, which employs 85 people, will save about €9 million a year', tagged as a company: the verb that
    opens the sentence does something to the place after it."""
    opening = ent[0]  # tagged a proper noun as often as a verb
    if len(ent) < 2 or not opening.is_sent_start or not opening.lower_.endswith("ing") or is_known_town(opening.text) \
            or not is_known_town(ent[1:].text):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label="GPE")


def _with_company_first_word(doc: Doc, ent: Span) -> Span:
    """'Laboratorios' + 'Pampa Bio' (a person to the model): the untagged company word before a name starts it, so
    that the name reads as a company's rather than a person's with a first name."""
    before = doc[ent.start - 1] if ent.start else None
    if before is None or before.ent_type_ or not before.is_title or before.lower_ not in COMPANY_FIRST_WORDS or "\n" in before.whitespace_:
        return ent
    return Span(doc, before.i, ent.end, label=ent.label_)


def _split_at_inner_title(doc: Doc, ent: Span) -> list[Span]:
    """'Bécancour Mayor Lucie Marchand' tagged as one organisation: the place before an official's title, and the
    person after it; 'Nissan CEO Ivan Espinosa': the company before a company title (none in 'Deputy CFO X')."""
    if ent.label_ not in ("ORG", "GPE", "PERSON"):
        return [ent]
    if (person := _name_after_a_set_off_title(doc, ent)) is not None:
        return [person]
    title = next((t.i for t in ent[:-2] if t.text in LEGISLATOR_SUFFIXES or t.i == ent.start and t.lower_ in TITLE_NOUNS), None)
    if title is None and len(ent) == 2 and ent[0].lower_ in FOREIGN_TITLES and not is_known_town(ent[1].text):
        title = ent.start  # "Bupati Arif said": a local title and the name a translated story calls the official by
    if title is not None and title + 4 >= ent.end and not is_legal_form(ent[-1].text) and ent[-1].lower_ not in BODY_HEADS \
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[title + 1 : ent.end]):
        return [Span(doc, title + 1, ent.end, label="PERSON")]  # "Spokeswoman Helen Curtis", "Local MS Dylan Rees"
    title = next((t.i for t in ent[:-2] if t.lower_ in INNER_COMPANY_TITLES or t.lower_ in INNER_TITLES and t.i > ent.start), None)
    if title is None or not all(t.is_title and t.pos_ == "PROPN" for t in doc[title + 1 : ent.end]):
        return [ent]
    person = Span(doc, title + 1, ent.end, label="PERSON")
    if doc[title].lower_ in INNER_TITLES:
        return [Span(doc, ent.start, title, label="GPE"), person]
    owner = [t for t in doc[ent.start : title] if t.lower_ not in TITLE_MODIFIERS]
    return [Span(doc, ent.start, owner[-1].i + 1, label="ORG"), person] if owner else [person]


def _name_after_a_set_off_title(doc: Doc, ent: Span) -> Span | None:
    """'the Minister of Equipment and Water, Karim Bensaïd' tagged as one organisation: a title set off before the name
    by a comma; the person is the name after the last comma (the ministry is read from the title later)."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ != "ORG" or not words or words[0].lower_ not in TITLE_NOUNS:
        return None
    comma = max((t.i for t in ent if t.text == ","), default=None)
    name = doc[comma + 1 : ent.end] if comma is not None else None
    return Span(doc, name.start, name.end, label="PERSON") if name is not None and 2 <= len(name) <= 3 and all(t.is_title for t in name) else None


#: Capitalised facility words that end a plant's name, not a company's ('the Kanonji Plant').
PLANT_NAME_WORDS = {"Plant", "Factory", "Refinery", "Smelter", "Fab", "Mill"}


def _split_at_place(doc: Doc, ent: Span) -> list[Span]:
    """'an analyst at Harbourgate Securities in Lagos' tagged as one organisation: the firm, and the town it is in;
    "from Korvan's Cheongju plant": the firm, and the town of its plant; 'the Takamatsu Plant': the town alone."""
    name = ent[int(ent[0].lower_ == "the") : -1]
    if ent.label_ in ("ORG", "GPE", "FAC", "LOC") and len(name) and ent[-1].text in PLANT_NAME_WORDS \
            and all(t.is_title and t.pos_ == "PROPN" for t in name) and not is_legal_form(name[-1].text):
        return [Span(doc, name.start, name.end, label="GPE")]  # "following the Takamatsu Plant and the Sakaide Plant": a
        # plant named after its town, in the style of Japanese companies' releases
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]
    inside = next((t.i for t in ent[1:-1] if t.lower_ == "in" or t.tag_ == "POS"), None)
    if inside is None:
        return [ent]
    place = doc[inside + 1 : ent.end]
    named_site = doc[inside].tag_ == "POS" and len(place) == 1 and place[0].is_title and ent.end < len(doc) and doc[ent.end].lemma_ in FACILITY_NOUNS
    if not (named_site or doc[inside].lower_ == "in" and (is_known_town(place.text) or is_broad_place(place.text))):
        return [ent]
    return [Span(doc, ent.start, inside, label="ORG"), Span(doc, inside + 1, ent.end, label="GPE")]


INTRODUCING_NOUNS = {"contractor", "subcontractor", "trader", "distributor", "integrator", "consultancy", "partner", "chain"}

#: Professionals a firm sends ('administrators from Harwood Kerr'), written in the plural before the firm.
PRACTITIONERS = {"administrators", "receivers", "liquidators", "analysts", "economists", "lawyers", "advisers", "advisors", "auditors",
                 "consultants", "strategists"}


def _introduced_as_a_company(doc: Doc, start: int) -> bool:
    """A name right after a company noun ('engineering group Engevale', 'contractor Andina Montajes Industriales'), an
    'X-based' ('Zaragoza-based Tracktec') or in apposition to a venture or parent ('Their joint venture, Harmon Daesan
    Cells, will'): people and places are not introduced that way."""
    if start < 2:
        return False
    before = doc[start - 1]
    based = before.lower_ == "based" and doc[start - 2].text == "-"
    apposed = before.text == "," and doc[start - 2].pos_ == "NOUN" and doc[start - 2].lemma_ in VENTURE_NOUNS
    titled = before.lower_ == "partner" and doc[start - 2].lower_ in PARTNER_TITLES  # "managing partner Elise Vandermeer"
    return based or apposed or before.pos_ in ("NOUN", "PROPN") and before.is_lower and before.lemma_ in COMPANY_NOUNS | INTRODUCING_NOUNS \
        and not titled  # "waste group Enviroserve Africa", whose lower-case 'group' the tagger took for part of the name


def _people_named_as_companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """'French water operator Séquane Eau', then 'Séquane Eau also runs the plant', which the model took for a person: a
    name the story introduces as a company is one wherever it recurs."""
    companies = {e.text for e in ents if e.label_ == "ORG" and len(e) > 1 and _introduced_as_a_company(doc, e.start)}
    leading, acting = _leading_words_of_names(ents), _leading_words_of_names(ents, legal=False)
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and (
        e.text in companies or leading.get(e.text, len(doc)) < e.start or acting.get(e.text, len(doc)) < e.start and _acts_as_a_party(e.root)
        or len(e) > 1 and is_legal_form(e[-1].text))  # "Transilvania Insolvență IPURL": a person has no legal form
            else e for e in ents]


def _leading_words_of_names(ents: list[Span], legal: bool = True) -> dict[str, int]:
    """'Haemin will put in $130 million' after 'Haemin Heavy Industries Co.': the first word of a name spelt out with
    its legal form (or of any name of two words or more, for a word standing where a party does: 'Hokuyo will license
    its design'), where the model later takes it alone for a person, is the company's short form (with where the full
    name ends); not a word any person in the story is named by ('Tata' beside 'Ratan Tata')."""
    people_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    leading: dict[str, int] = {}
    for e in ents:
        if e.label_ == "ORG" and len(e) > 1 + legal and (is_legal_form(e[-1].text) or not legal) and e[0].is_title and e[0].text not in people_words:
            leading.setdefault(e[0].text, e.end)
    return leading


#: What makes a partner a person's title in a firm rather than a company in a deal.
PARTNER_TITLES = {"managing", "general", "founding", "senior", "equity", "name"}


def _described_as_a_group(doc: Doc, start: int) -> bool:
    """'Austrian building materials group Gipsana Baustoffe said': a company noun after what the company makes is no
    job title ('Group chief executive', 'consultant'), so the name it introduces is a company's even when it speaks."""
    return start >= 2 and doc[start - 1].lower_ in ("group", "maker", "manufacturer", "producer", "company", "firm") \
        and doc[start - 2].pos_ == "NOUN" and doc[start - 2].is_lower


VENTURE_NOUNS = {"venture", "jv", "parent", "subsidiary", "unit", "affiliate", "joint-venture"}


def _with_dateline_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """'STOCKHOLM and EINDHOVEN, the Netherlands, Dec. 2, 2026 (GLOBE NEWSWIRE) --': the model takes a capitalised
    city for an organisation; every name in a dateline is a place."""
    text = document_text(doc)
    opening = dateline(text)
    for tag in ([opening] if opening is not None else []) + _roundup_tags(text):
        start = tag.start("where")
        places = [span for part in DATELINE_PLACE.finditer(tag["where"])
                  if (span := doc.char_span(start + part.start("name"), start + part.end("name"), label="GPE", alignment_mode="contract"))]
        if tag is not opening:  # 'KENYA - Kivuli Feeds Ltd': the name after the tag, which the model ran into it
            ents = [e for ent in ents for e in _after_the_tag(doc, ent, tag.end())]
        kept = [e for e in ents if not any(e.start < p.end and p.start < e.end for p in places)]
        ents = sorted([e for ent in kept for e in _after_the_stamp(doc, ent, tag.end())] + places, key=lambda span: span.start)
    return ents


def _roundup_tags(text: str) -> list[re.Match]:
    """'KENYA - Kivuli Feeds Ltd began production', 'GHANA - The Ghana Ports and Harbours Authority signed': a roundup
    opens each item with its country, in capitals, as a story opens with its dateline."""
    tags = (DATELINE.match(text, paragraph.end()) for paragraph in PARAGRAPH_BREAK.finditer(text))
    return [tag for tag in tags if tag is not None and tag["stamp"].strip() in ("-", "–", "—")
            and all(is_broad_place(name := part["name"].strip()) or is_known_town(name) for part in DATELINE_PLACE.finditer(tag["where"]))]


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


#: '(hereinafter the "Alliance")', '(hereinafter "New Plant")': a release's name for a thing it tells of.
THING_DEFINED = re.compile(rf"\((?:{HEREINAFTER})?(?:(the )?[\"“]|[\"“](the ))([A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}})[\"”]")


def _without_defined_things(doc: Doc, ents: list[Span]) -> list[Span]:
    """'a capital and business alliance (hereinafter the "Alliance")', 'a new plant (hereinafter the "New Plant")': a
    release's name for a deal or a plant is no organisation, and the 'New' of its plant no place, wherever the term
    comes back ('(hereinafter "Hanbio")', with no 'the', is a company's short name)."""
    org_ends = {e.end for e in ents if e.label_ == "ORG"}
    terms = {m.group(3) for m in THING_DEFINED.finditer(doc.text) if _token_at(doc, m.start()) not in org_ends and (
             (m.group(1) or m.group(2)) and m.group(3) not in ("Company", "Group") or m.group(3).split()[-1].lower() in DEFAULT_KINDS)}
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand")
             for term in terms for m in re.finditer(rf"\b{re.escape(term)}\b", doc.text)]
    covered = {i for span in spans if span is not None for i in range(span.start, span.end)}
    return [e for e in ents if not covered.intersection(range(e.start, e.end))] if covered else ents


def _token_at(doc: Doc, char: int) -> int | None:
    """The token a regular expression's match on the text starts in."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


def speaker_labels(doc: Doc) -> list[tuple[Span, Span | None]]:
    """The speakers a transcript labels, each with the firm written after the name, if any ('Hannah Levin, Corbett &
    Lowe:'); not 'Read more:' lines or a label whose second part is a title ('Graham Petrie, CEO:')."""
    labels = []
    for match in SPEAKER_LABEL.finditer(document_text(doc)):
        person = doc.char_span(match.start("name"), match.end("name"), label="PERSON")
        firm = doc.char_span(match.start("firm"), match.end("firm"), label="ORG") if match["firm"] else None
        if person is None or in_clutter(doc, person.start_char) or any(t.lower_ in TITLE_NOUNS | NOT_NAME_WORDS | EVENT_NOUNS | FORM_WORDS | DOCUMENT_WORDS for t in person) \
                or ". " in match.group() or is_legal_form(person[-1].text):
            continue  # not "Asia Biomanufacturing Summit, Singapore. Panel: ...", "Arvion Semiconductor Ltd: Investor Day 2026", a heading
        if firm is not None and any(t.lower_ in TITLE_NOUNS or t.lower_ in ("analyst", "q&a") for t in firm):
            firm = None
        labels.append((person, firm))
    return labels


def _with_speaker_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Fernanda Lima, Cordilheira Investimentos:' opening a line of a transcript: a person and her firm, whatever the
    model made of them ('Fernanda' an organisation)."""
    labelled = [span for person, firm in speaker_labels(doc) for span in (person, firm) if span is not None]
    kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in labelled)]
    return sorted(kept + labelled, key=lambda span: span.start)


def _without_turn_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """'HOST:', 'MARIA OYELARAN:', '[12:44] LUCÍA FERRER:' opening a transcript's turn: the label is no name in the
    news (the model makes 'HOST' an organisation); the speaker is named in the text, in mixed case."""
    labelled = [turn for turn in turns(document_text(doc)) if turn.speaker is None or turn.speaker.isupper() and not is_broad_place(turn.speaker)]
    return [e for e in ents if not any(turn.label[0] <= e.start_char < turn.label[1] and not _in_a_speaker_s_note(turn, e) for turn in labelled)]


def _in_a_speaker_s_note(turn: Turn, ent: Span) -> bool:
    """'ANNA BERG (Nordvolt Cells AB):': the company in a speaker's label is a name in the news, unlike a reporter's
    outlet ('REPORTER (Reuters):')."""
    return turn.speaker is not None and turn.note is not None and turn.note[0] <= ent.start_char < turn.note[1] and ent.label_ == "ORG"


def _after_the_stamp(doc: Doc, ent: Span, end: int) -> list[Span]:
    """'PERTH, March 4 - Tarrabool Resources Ltd has approved': the model ran the dateline's date into the company
    name; what follows the dateline is the name, if it ends in a legal form, else nothing."""
    if not ent.start_char < end < ent.end_char:
        return [ent]
    name = doc.char_span(end, ent.end_char, alignment_mode="contract")
    return [Span(doc, name.start, name.end, label="ORG")] if name is not None and len(name) and is_legal_form(name[-1].text) else []


def _after_the_tag(doc: Doc, ent: Span, end: int) -> list[Span]:
    """'KENYA - Kivuli Feeds Ltd': what follows a roundup item's tag is the name, whatever its label."""
    if not ent.start_char < end < ent.end_char:
        return [ent]
    name = doc.char_span(end, ent.end_char, alignment_mode="contract")
    return [Span(doc, name.start, name.end, label=ent.label_)] if name is not None and len(name) else []


def _qualified_title(doc: Doc, ent: Span) -> set[str]:
    """The title words between this name and the person they qualify, or nothing: 'Nissan chief executive Ivan Espinosa'."""
    words = set()
    for token in doc[ent.end : ent.end + 4]:
        if token.ent_type_ == "PERSON":
            return words if words & TITLE_NOUNS else set()
        if token.lower_ not in TITLE_NOUNS | {"chief", "managing", "vice", "deputy", "prime", "and", "senior"}:
            return set()
        words.add(token.lower_)
    return set()


#: Units and trade terms the model tags as organisations ('60 MW', 'exemptions from VAT', 'imported PVC').
UNITS = {"MW", "GW", "kW", "MWh", "GWh", "kWh", "TWh", "MWp", "GWp", "mtpa", "MTPA", "bpd", "TEU", "MVA", "MoU", "MOU", "NPK", "EPC", "FID", "IPO",
         "VAT", "GST", "PVC", "PET", "LNG", "LPG", "GDP", "ESG", "HVAC", "OEM", "PPA", "FDI", "SEZ", "PLI", "CO2", "AGM", "EGM", "MRO"}
#: The first word of a university's name, in the languages news keeps it in.
UNIVERSITY_WORDS = {"university", "universidad", "universidade", "université", "universität", "università", "universiteit", "uniwersytet",
                    "universitat", "univerzita"}
#: A quantity written with its unit in one word: '250ml', '1.5t', '20kg'.
MEASURE = re.compile(r"\d[\d.,]*\s?(?:ml|cl|l|kg|g|t|mm|cm|m|km|kt|mt|mw|gw|kw)", re.IGNORECASE)
#: What results report, which the model tags as organisations, alone or qualified ('Adjusted EBITA', 'underlying EBIT').
FINANCIAL_METRICS = {"EBITDA", "EBITA", "EBIT", "EBT", "EPS", "NOPAT", "ROCE", "ROIC", "ROE", "CAPEX", "Capex", "OPEX", "Opex",
                     "FCF", "CAGR", "TSR", "YoY", "QoQ"}
#: A clock's time zone ('14:32 GMT: Velora confirms Kolín'), which the model takes for a company.
ZONE = re.compile(TIME_ZONES)
#: Technologies written as acronyms or trade names ('AI chips', 'LFP cathode', 'TOPCon cells'): kinds of goods, no makes
#: and no organisations.
TECHNOLOGIES = {"AI", "LFP", "NMC", "NCM", "NCA", "SiC", "GaN", "TOPCon", "HJT", "PERC", "HBM", "DRAM", "NAND", "LED", "OLED", "LCD",
                "ADAS", "IoT", "PPP", "IV", "HPAL", "RKEF", "MHP", "DRI", "HBI", "EAF", "PDH", "CCUS", "BESS", "OSAT", "ATMP",
                "KrF", "ArF", "EUV", "DUV", "SAF", "eSAF"}


#: What members of a council or board are called before their names ('Councillor Evans asked about water use').
MEMBERS_TITLES = {"councillor", "councilor", "councilmember", "councilman", "councilwoman", "cllr", "commissioner", "alderman",
                  "alderwoman", "supervisor", "senator"}
#: Words of a meeting's minutes that the model tags as bodies: its members, its committee, its room.
MEETING_WORDS = {"councillor", "councillors", "councilor", "councilors", "cllr", "commissioner", "commissioners", "committee",
                 "chamber", "members", "officers", "panel", "chair"}


def _a_meeting_s_word(ent: Span) -> bool:
    """'Present: Councillor Mark Hughes', 'Mr Okafor addressed the Committee', 'left the Chamber', 'in the Council
    Chamber': a title, the meeting's own committee or its room, no organisation in the news."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    return len(words) == 1 and words[0] in MEETING_WORDS or words[-2:] == ["council", "chamber"]  # not an economic chamber


def _with_labelled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A tracker's 'Company' cell, a fact sheet's 'Operator:' line and a notice's 'Awarded to:' line name organisations by
    their label, whatever the model made of them ('Tervo Mobility' went untagged); a 'Status' cell names none ('Planned
    - FID'), nor does the town beside a contractor's name."""
    text = document_text(doc)
    found, contracts = records(text), awards(text)
    if not found and not contracts:
        return ents
    spans = [span for r in found for f in r.fields if f.role in NAME_ROLES for span in names_in(text, f)]
    spans += [span for r in found if r.row for span in ventures_in(text, r)]
    spans += [span for a in contracts for span in (a.buyer, *a.contractors) if span]
    if any(a.buyer for a in contracts):
        spans += [m.span() for m in BUYER_TERM.finditer(text) if text[max(0, m.start() - 4) : m.start()] in ("the ", "The ")]
    names = [n for start, end in spans if (n := doc.char_span(start, end, label="ORG", alignment_mode="contract"))]
    ents = [part for e in ents for part in _without_names_inside(e, names)]
    kept = [e for e in ents if not any(n.start < e.end and e.start < n.end for n in names)
            and not (e.label_ in ("ORG", "PERSON", "GPE") and _labelled(found, e, ("status",)))
            and not (e.label_ == "ORG" and any(a.start <= e.start_char < a.end for a in contracts))]  # 'Awarded to: X, Frýdek-Místek'
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ in ("ORG", "PERSON") and _labelled(found, e, PLACE_ROLES) else e
            for e in kept] + names


def _without_names_inside(ent: Span, names: list[Span]) -> list[Span]:
    """'the Contracting Authority and Aerovelta Technics', tagged as one organisation: the name after the term stays."""
    inside = next((n for n in names if ent.start <= n.start and n.end < ent.end), None)
    if inside is None or ent.label_ != "ORG":
        return [ent]
    rest = inside.end
    while rest < ent.end and ent.doc[rest].lower_ in ("and", ",", "&", "the"):
        rest += 1
    return [Span(ent.doc, rest, ent.end, label="ORG")] if rest < ent.end else []


def _labelled(found: tuple[Record, ...], ent: Span, roles: tuple[str, ...]) -> bool:
    """Whether the entity stands in a value of one of these roles ('Location: Lampa, Santiago Metropolitan Region')."""
    field = field_at(found, ent.start_char)
    return field is not None and field.role in roles and ent.end_char <= field.end


def _only_the_author(ent: Span) -> bool:
    """'The ES has been prepared by Whitlow Harrower Environmental LLP on behalf of the Applicant': a consultancy that
    wrote the document, named nowhere else in it, takes no part in the story."""
    text = document_text(ent.doc)
    return AUTHORED_BY.search(text, max(0, ent.start_char - 60), ent.start_char) is not None and text.count(ent.text) == 1


def _without_first_names_as_bodies(ents: list[Span]) -> list[Span]:
    """'It's possible, Ines, but we're not in talks': a speaker addressed by first name, which the model tags as an
    organisation, after naming her in full ('Ines Kofler')."""
    first_names = {e[0].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    return [e for e in ents if not (e.label_ == "ORG" and len(e) == 1 and e.text in first_names and _addressed(e))]


def _addressed(ent: Span) -> bool:
    """Whether a name is set off by commas as the one spoken to ('Thanks, Helen.', 'It's possible, Ines, but')."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text in (",", ".", "?", "!")


def _names_an_office(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is (the start of) an office named without its holder ('The Head of Planning confirmed')."""
    office = OFFICE_HELD.match(doc.text, span.start_char)
    return office is not None and office.end() >= span.end_char


def _inside_an_amount(ent: Span) -> bool:
    """'TL' of '3,2 milyar TL': the currency of an amount, tagged as an organisation."""
    return any(start <= ent.start_char and ent.end_char <= end for start, end in _amount_spans(document_text(ent.doc)))


@lru_cache(maxsize=1)
def _amount_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's amounts are, found once per document rather than once per entity."""
    return tuple((start, end) for start, end, _, _ in find_amounts(text))


def _a_unit_after_its_number(ent: Span) -> bool:
    """'from 60 kilolitres a day to 150 KLPD at a cost of': capitals closing a quantity are its unit; a company
    after a number names what it counts ('300 BYD buses')."""
    doc = ent.doc
    return len(ent) == 1 and ent.text.isupper() and ent.start > 0 and doc[ent.start - 1].like_num \
        and (ent.end == len(doc) or doc[ent.end].pos_ not in ("NOUN", "PROPN"))


def _first_half_of_a_code(ent: Span) -> bool:
    """'CAR' of 'CAR-T', 'GLP' of 'GLP-1': capitals the model cut at a hyphen from the letter or number that
    completes a technical term are no name (unlike 'FIOM' of 'FIOM-CGIL')."""
    doc, end = ent.doc, ent.end
    if len(ent) != 1 or not ent.text.isupper() or ent[-1].whitespace_ or end + 1 >= len(doc) or doc[end].text != "-" or doc[end].whitespace_:
        return False
    rest = doc[end + 1].text
    return rest.isdigit() or len(rest) == 1 and rest.isupper()


def _common_word(ent: Span) -> bool:
    """'Electricity will be supplied by ...': a capitalised sentence-opening noun is not a name, even tagged as a
    proper noun when it is what gets supplied; nor is an amount ('NZ$10.05'), a title ('as acting CFO') or a
    lower-case word ('its head of treasury'), nor 'the SPV' (a venture's noun)."""
    if len(ent) == 1 and (ent.text.islower() or ent[0].lower_ in INNER_COMPANY_TITLES or BUILDING_CODE.fullmatch(ent.text) or ent[0].lemma_ == "venture") \
            or ent.text.endswith("-"):
        return True  # also 'Non-' of 'Non-Technical Summary', cut at its hyphen; 'T2', a campus's second building
    if find_amounts(ent.text) or ent.text.removeprefix("e-") in UNITS | TECHNOLOGIES or all(t.text in UNITS | TECHNOLOGIES for t in ent) or ZONE.fullmatch(ent.text) \
            or ent[-1].text in FINANCIAL_METRICS \
            or is_currency_code(ent.text) and f"({ent.text})" not in document_text(ent.doc) \
            and not any(f"{prefix} {ent.text}" in document_text(ent.doc) for prefix in LEGAL_PREFIXES) or _inside_an_amount(ent) \
            or _a_unit_after_its_number(ent) or _first_half_of_a_code(ent):
        return True  # "NZ$10.05", "60 MW", "MW LNG", "GMT", "SEK", "e-SAF" (electro-fuel); not "PLN" once "Perusahaan Listrik Negara (PLN)" defined it, nor "PT PLN"
    opening = ent.start > 0 and ent.doc[ent.start - 1].text in ('"', "“") and (ent.start == 1 or ent.doc[ent.start - 2].is_space
                                                                                or ent.doc[ent.start - 2].is_sent_start)
    if len(ent) != 1 or not (ent[0].is_sent_start or opening) or not ent[0].text[1:].islower():
        return False  # '"Cement is the one material ..."' opens a quote as a sentence
    token = ent[0]
    written_lower = any(t.text == token.lower_ for t in tokens_with(ent.doc, LOWER, (token.lower_,)))  # "Hydrogen remains on
    # the drawing board" in a story about a "green hydrogen plant"
    if not written_lower and (any(e.label_ == "ORG" and len(e) > 1 and e[0].text == token.text for e in ent.doc.ents) or any(
            t.i > 0 and t.nbor(-1).lower_ in COMPANY_FIRST_WORDS and t.nbor(-1).is_title for t in tokens_with(ent.doc, ORTH, (token.text,)))):
        return False  # "Montalvão has pledged ..." after "Montalvão Capital", "Mijares is spending" after "Cerámica Mijares
        # S.A.": a company's first word (after words saying what kind it is), never a common word
    return token.pos_ == "NOUN" or token.dep_ == "nsubjpass" and token.head.lemma_ in SUPPLIED_VERBS or written_lower \
        or token.lower_ in ACTIVITY_NOUNS


#: Kinds of work that open sentences about a project ('Construction was financed in part with a loan'), never a
#: company's whole name.
ACTIVITY_NOUNS = {"construction", "production", "manufacturing", "engineering", "financing", "funding", "mining", "shipping", "recycling"}


#: What a newspaper is called before its name ('the regional daily Gazeta do Cerrado') or after it ('the Handelsblatt
#: newspaper').
PUBLICATION_NOUNS = ("daily", "dailies", "newspaper", "weekly", "tabloid", "broadsheet", "magazine")


def _without_publications(doc: Doc, ents: list[Span]) -> list[Span]:
    """'first appeared in the regional daily Gazeta do Cerrado', 'told the Handelsblatt newspaper': a paper that
    reports the news is no party to it, whatever pieces the model cut its name into."""
    named: set[int] = set()
    for noun in tokens_with(doc, LOWER, PUBLICATION_NOUNS):
        if not noun.is_lower:
            continue
        end = noun.i + 1
        while end < len(doc) and (_name_word(doc[end]) or doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        named.update(range(noun.i + 1, end))
        if noun.i > 0 and doc[noun.i - 1].ent_type_ and doc[noun.i - 1].ent_iob_ != "O":
            named.add(noun.i - 1)
    return [e for e in ents if not named.intersection(range(e.start, e.end))] if named else ents


def _a_gloss_in_brackets(ent: Span) -> bool:
    """'The company's supervisory board (Aufsichtsrat) approved': a translated text's word in the original language,
    in brackets after the common noun it glosses, is no name (an acronym there would be one)."""
    doc = ent.doc
    return len(ent) == 1 and ent.text[1:].islower() and 2 <= ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" \
        and doc[ent.end].text == ")" and doc[ent.start - 2].is_lower and doc[ent.start - 2].pos_ == "NOUN"


#: Last words of the names of laws, schemes and plans, which the model tags as organisations.
LAW_WORDS = {"act", "allowance", "scheme", "directive", "regulation", "bill", "incentive", "law", "plan", "strategy", "policy", "treaty", "charter"}
#: Words before "Plan" in the name of a fund that invests ('Northgate Pension Plan'), not of a plan.
PENSION_WORDS = {"pension", "pensions", "retirement", "superannuation"}
#: What an environmental or planning document calls itself ('the Environmental Statement', 'this Non-Technical Summary').
DOCUMENT_WORDS = {"summary", "statement", "assessment", "regulations", "appendix", "annex", "volume", "permission"}


def _a_programme_s_name(ent: Span) -> bool:
    """'the European Funds for a Modern Economy programme', and its pieces as the model may cut them: 'the European
    Funds' + 'for' + 'Digital Development' + '(FERC)' + 'programme'."""
    doc = ent.doc
    end = ent.end
    while end < min(len(doc), ent.end + 8) and (doc[end].is_title or doc[end].is_upper or doc[end].text in ("(", ")")
                                                or doc[end].lower_ in ("for", "of", "and", "a", "the")):
        end += 1
    return end < len(doc) and doc[end].lower_ in ("programme", "program", "scheme") and doc[end].is_lower


def _names_a_law_or_scheme(ent: Span) -> bool:
    """'the CHIPS and Science Act', 'the Green Investment Tax Allowance', 'the New Industrial Master Plan'; 'to lend
    the company NZ$12 million from the Regional Infrastructure Fund': the pot the money comes from, not who gives it;
    'the European Funds for a Modern Economy programme': a programme named before its lower-case word."""
    doc = ent.doc
    if _a_programme_s_name(ent):
        return True
    if _set_off_as_a_scheme(ent):
        return True  # "under AGOA, the US trade preference scheme": a scheme set off as one
    if PHASE_OR_CHARTER.fullmatch(ent.text):
        return True  # "Phase II will be launched according to demand", "Pursuant to the Articles of Association"
    last = ent[-2] if len(ent) > 2 and ent[-1].like_num and len(ent[-1].text) == 4 else ent[-1]  # "the Planning and Development Act 2000"
    if ent[ent[0].lower_ == "the"].text in MINISTRY_HEADS:
        return False  # "The Ministry of Maritime Affairs and Insular Policy": a ministry, whatever its portfolio's last word
    if last.lower_ == "plan" and last.i > ent.start and doc[last.i - 1].lower_ in PENSION_WORDS:
        return False  # "Northgate Pension Plan", "Ontario Teachers' Pension Plan": a fund that invests
    if len(ent) > 1 and last.is_title and (last.lower_ in LAW_WORDS | DOCUMENT_WORDS or last.lower_ in POTS and _money_drawn_from(ent)):
        return True
    defined = re.search(rf"(\w+)\)?\s*\({re.escape(ent[-1].text)}\)", document_text(doc)) if ent[-1].is_upper else None
    return defined is not None and defined[1].lower() in LAW_WORDS | DOCUMENT_WORDS  # 'the Environmental Statement (ES)',
    # 'this Non-Technical Summary (NTS)', 'the Inflation Reduction Act (IRA)': a short name for a document or a law


PHASE_OR_CHARTER = re.compile(r"(?:the )?(?:Phase|Stage|Tranche) (?:[IVX]+|\d+|One|Two|Three)|(?:the )?Articles of (?:Association|Incorporation)",
                              re.IGNORECASE)


#: Nouns of the schemes, laws and treaties a name may be set off as ('AGOA, the US trade preference scheme').
SCHEME_NOUNS = {"scheme", "programme", "program", "law", "treaty", "pact"}


def _set_off_as_a_scheme(ent: Span) -> bool:
    """'AGOA, the US trade preference scheme': a name followed by a description whose noun is a scheme's or a law's,
    read from the words, since the parser often hangs the description elsewhere."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("the", "a", "an"):
        return False
    for token in doc[ent.end + 2 : ent.end + 8]:
        if token.lemma_.lower() in SCHEME_NOUNS and token.is_lower:
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.text != "-":
            return False
    return False


#: Last words of the names of the pots public money is drawn from.
POTS = {"fund", "funds", "programme", "program", "facility", "initiative"}


def _money_drawn_from(ent: Span) -> bool:
    """'NZ$12 million from the X Fund', 'a grant from the X Programme', 'co-financed by the Just Transition Fund' (the EU's
    words for money from one of its funds)."""
    doc = ent.doc
    i = ent.start - (doc[ent.start].lower_ != "the" and ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if doc[max(0, i - 4) : i].text.lower().endswith(("co-financed by", "co-funded by")):
        return True
    return i > 1 and doc[i - 1].lower_ == "from" and (
        doc[i - 2].ent_type_ == "MONEY" or doc[i - 2].like_num or doc[i - 2].lower_ in SCALES or doc[i - 2].lemma_ in ("grant", "loan", "funding", "support"))


def _opens_a_quote_once(ent: Span) -> bool:
    """'"Nearshoring has doubled our orders," said X': a single capitalised word that opens a quote, and that the
    story never writes again, is the speaker's word, not a company."""
    doc = ent.doc
    if not (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text in ('"', "“") and ent[0].is_title):
        return False
    after_closing = doc[ent.start - 1].whitespace_ and ent.end < len(doc) and doc[ent.end].lower_ in TITLE_NOUNS and any(
        len(e) > 1 and e[0].text == ent.text for e in doc.ents)
    return not after_closing and (
        sum(t.text == ent.text for t in doc) == 1 or any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == ent.text for e in doc.ents))
    # or the first name of someone the story names in full ('"Bertrand built this company"'); not a company's short
    # form after a closing quote, before a title ('..., countries," Rheinwerk spokesman Tobias Kranz said')


def _a_project_phase(ent: Span) -> bool:
    """'Pohang Phase 2 cost ₩420 billion': a project's phase, named after its place, is no organisation."""
    doc = ent.doc
    return ent[-1].lower_ in ("phase", "stage") and ent.end < len(doc) and (
        doc[ent.end].like_num or ROMAN_NUMERAL.fullmatch(doc[ent.end].text) is not None)


def _a_listing_venue(ent: Span) -> bool:
    """'ASX-listed Ravensgate Minerals', 'To, The Listing Department, BSE Limited': an exchange only says where a
    company's shares trade or where its filing goes; it takes no part in the news. Nor does the rest of an exchange's
    name the model cut at its 'of' ('National Stock Exchange' + 'of India Limited')."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "listed" \
        or STOCK_EXCHANGE.search(ent.text) is not None or doc[max(ent.start - 2, 0) : ent.start].text == "Exchange of"


STOCK_EXCHANGE = re.compile(r"\b(?:Stock|Securities) Exchange\b|^(?:BSE|ASX|JSE) Limited$")


def _described_not_named(ent: Span) -> bool:
    """'The Incheon-based CDMO', 'Plant 3', 'the Cabinet': a common noun or acronym after 'the X-based', a facility and
    its number, or a body every state has, describes; it does not name an organisation."""
    doc = ent.doc
    after_based = ent.start > 1 and doc[ent.start - 1].lower_ == "based" and doc[ent.start - 2].text == "-" and len(ent) == 1 and (
        ent.text.isupper() or ent[0].pos_ != "PROPN")  # not "Zaragoza-based Tracktec"
    numbered = len(ent) == 1 and ent.end < len(doc) and doc[ent.end].like_num and ent[0].lower_ in DEFAULT_KINDS \
        or len(ent) == 2 and ent[0].lower_ in DEFAULT_KINDS and ent[1].like_num  # "Plant 3", tagged with its number
    indefinite = len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an") and ent.root.head.i > ent.start \
        and ent.root.head.is_lower and ent.root.head.lower_ not in TITLE_NOUNS | {"union", "member"}  # "a PET resin
    # producer", "an EV maker": an unnamed party of that trade (but "a CGT delegate" works for the CGT)
    generic = len(ent) == 1 and ent.text in GENERIC_BODIES  # "the Cabinet approved", "Parliament", "the Crown": which
    # one, only the story's country says
    return after_based or numbered or indefinite or generic


#: Bodies every state has, which news names by their common noun alone.
GENERIC_BODIES = {"Cabinet", "Parliament", "Court", "Crown", "Commonwealth", "Kingdom", "Senate", "Congress", "Legislature",
                  "Judiciary", "Presidency"}


BOARD = re.compile(r"(?:(?:supervisory|management|executive) )?board(?: of (?:directors|management))?", re.IGNORECASE)


def _part_of_a_company(ent: Span) -> bool:
    """'the Company', 'Calder's Board of Directors': a release's capitalised description of the company, or its
    board, is no other organisation (the description resolves to the company like 'the company')."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) == 1 and words[0].lower_ in DEFAULT_DESCRIPTORS:
        return True
    after_owner = next((t.i + 1 for t in ent if t.tag_ == "POS"), ent.start + (ent[0].lower_ == "the"))  # or "The Board"
    return BOARD.fullmatch(ent.doc[after_owner : ent.end].text) is not None


def _without_its_board(ent: Span, ents: list[Span]) -> Span:
    """'the Board of Sarıkaya Demir Çelik' (in 'Chairman of the Board of ...'), 'Global Operations of KAPT' (in 'Vice
    President for Global Operations of KAPT') where the story names the company elsewhere: the company, whose board or
    a title's portfolio is no organisation of its own (not 'the Board of Investment', which names no company)."""
    words = [t for t in ent if t.lower_ != "the"]
    of = next((t for t in words if t.lower_ == "of"), None)
    if ent.label_ != "ORG" or of is None or of.i + 1 >= ent.end:
        return ent
    doc = ent.doc
    portfolio = ent.start >= 2 and doc[ent.start - 1].lower_ == "for" and any(
        t.lower_ in TITLE_NOUNS for t in doc[max(ent.start - 4, 0) : ent.start - 1])
    if BOARD.fullmatch(doc[words[0].i : of.i].text) is None and not portfolio:
        return ent
    rest = doc[of.i + 1 : ent.end]
    named = f"({rest.text})" in document_text(doc) or has_legal_form(rest.text) or any(
        other.label_ == "ORG" and other.start != ent.start and other.text.startswith(rest.text) for other in ents)
    return Span(doc, rest.start, rest.end, label="ORG") if named else ent


def _a_portfolio_of(ent: Span) -> bool:
    """'Deputy Minister of Development and Technology': the words after a minister's 'of' name a portfolio, not a body;
    'Member of the Provincial Party Standing Committee': a party post, which an official holds beside the real one."""
    doc = ent.doc
    if PARTY_COMMITTEE.search(ent.text) and ent.start > 1 and "of" in (doc[ent.start - 1].lower_, doc[ent.start - 2].lower_):
        return True
    return ent.start > 1 and doc[ent.start - 1].lower_ in ("of", "for") and doc[ent.start - 2].lower_ in ("minister", "secretary") \
        and ent[0].lower_ != "the" and not any(t.lower_ in BODY_HEADS | {"cabinet"} for t in ent)  # not "secretary of the Kentucky Cabinet"


PARTY_COMMITTEE = re.compile(r"\bParty (?:Standing |Executive )?Committee\b")


def _common_noun_acronyms(doc: Doc) -> set[str]:
    """'active pharmaceutical ingredient (API)', 'lithium iron phosphate (LFP)': acronyms of things, not organisations."""
    inside = (bracket.i + 1 for bracket in tokens_with(doc, ORTH, ("(",)))
    bracketed = {doc[i].text.removesuffix("s") for i in inside if 2 <= i < len(doc) - 1 and doc[i + 1].text == ")"
                 and doc[i].text.removesuffix("s").isupper() and doc[i - 2].is_lower}  # also "ingredients (APIs)"
    return bracketed | _material_acronyms(doc)


def _material_acronyms(doc: Doc) -> set[str]:
    """'to supply ABF substrates', 'HBM stacks': an acronym only ever written before a common noun names a material or a
    kind of product, not a company ('the TSMC plant' names its owner, so no facility nouns)."""
    uses: dict[str, list[Token]] = {}
    for token in doc:
        if token.text.isupper() and token.is_alpha and 2 <= len(token) <= 5:
            uses.setdefault(token.text, []).append(token)
    return {text for text, tokens in uses.items() if all(
        t.dep_ in ("compound", "amod", "nmod") and t.head.i == t.i + 1 and t.head.is_lower and t.head.is_alpha
        and t.head.lemma_ not in FACILITY_NOUNS | FACILITY_WORDS | DESCRIBING_NOUNS | TITLE_NOUNS | PARTS_OF_A_BODY for t in tokens)}


#: Who speaks for or belongs to a body named before them, besides its titles ('the CGT members', 'the OS KOVO branch').
PARTS_OF_A_BODY = {"branch", "chapter", "official", "member", "leader", "representative", "worker", "shareholder", "negotiator", "source"}


#: What a manager named as a person manages ('the unit's works manager, X'), unlike 'asset manager X', a company.
MANAGED = {"works", "plant", "site", "general", "project", "operations", "production", "factory", "mill", "mine", "safety", "shift",
           "branch", "country", "regional", "area", "unit", "program", "programme", "quality", "maintenance"}


def _titled(doc: Doc, ent: Span) -> bool:
    """A job title right before the name ('Chief executive X', 'industry minister, X,') or in apposition after it
    ('X, Strathbrannan managing director, said')."""
    i = ent.start - 1
    if i > 0 and doc[i].pos_ == "PROPN" and doc[i].is_title and not doc[i].ent_type_ and doc[i].lower_ not in TITLE_NOUNS:
        i -= 1  # a first name the model left out: "minister, Pilar [Onrubia]"; not "Dalhousie Mayor [Normand Thériault]"
    if i > 0 and doc[i].text == ",":
        i -= 1
    if i > 2 and doc[i].text == ")" and (opening := gloss_opening(doc, i, 0)):
        i = opening - 1  # "chōchō (town mayor) Hirata Shigeru": a title left in its language, then its translation
    if i > 1 and doc[i].lower_ == "general" and doc[i - 1].text == "-":
        i -= 2  # "its deputy secretary-general, X", "director-general X"
    if i > 0 and doc[i + 1].text == "," and doc[i].lower_ not in TITLE_NOUNS:  # "Lagos State's commissioner for commerce, X,"
        head = next((j for j in range(i - 1, max(i - 10, 0) - 1, -1) if doc[j].lower_ in TITLE_NOUNS), None)  # "The province's
        # MEC for economic development, environmental affairs and tourism, X,"
        if head is not None and all(t.lower_ in ("for", "of", "and", ",") or t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[head + 1 : i + 1]):
            i = head
    if i >= 0 and (doc[i].lower_ in TITLE_NOUNS or doc[i].text in LEGISLATOR_SUFFIXES or doc[i].lower_ in ("partner", "member") and i > 0
                   and doc[i - 1].lower_ in ("managing", "senior", "founding", "board", "council")
                   or doc[i].lower_ == "manager" and i > 0 and doc[i - 1].lower_ in MANAGED) and (
                       not doc[i].ent_type_ or doc[i].is_upper):  # "MEC for economic development, X," (an org to the model)
        return True  # "Chief executive X", "managing partner X" (not "its partner Toyota")
    end = _name_end(doc, ent)
    after = doc[end + 2 if past_an_age(doc, end) else end :][:14]  # "X, Arvelle's chief financial officer, said"; past an
    # age, from its closing comma: "X, 38, chief executive of Y,"
    if len(after) > 2 and after[0].text == "," and ent[-1].lower_ not in LIST_NAMED_BODIES:  # not "the Provincial Party Standing
        # Committee, Chairman of the ..."
        words = [t for t in after[1:] if t.text not in (",", "said")]
        closing = next((t for t in after[1:] if t.text in (",", ".", ";") or "\n" in t.text), None)  # "X, currently chief operating
        # officer of the company.", "Presenters: Daniel Cheah, Chief Executive Officer; Helena Ong, Chief Financial Officer"
        first_name = ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" and doc[ent.start - 1].is_title
        return closing is not None and any(t.lower_ in TITLE_NOUNS | COMMENTATOR_NOUNS | {"head", "manager"} for t in words if t.i < closing.i) and (
            len(ent) > 1 or first_name)  # "Sophie Marchal, an analyst at Alcyon Research, said", "Elif Arslan, general
        # manager of Ege Kompozit, said" (a manager after a name; "asset manager BlackRock" before one is a company)
    return False


def past_an_age(doc: Doc, end: int) -> int | None:
    """Where the words after a name go on past the age a feature gives in commas ('Farooqui, 38, is'), if it gives one."""
    return end + 3 if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == "," else None


def gloss_opening(doc: Doc, closing: int, floor: int) -> int | None:
    """Where the bracket closing at ``closing`` opens, if it holds a lower-case translation of the title before it
    ('chōchō (town mayor)', 'genel müdür (general manager)'), looking no further back than ``floor``."""
    opening = next((j for j in range(closing - 1, max(floor, closing - 5) - 1, -1) if doc[j].text in "()"), None)
    return opening if opening is not None and doc[opening].text == "(" and all(t.is_lower for t in doc[opening + 1 : closing]) else None


def gloss_closing(doc: Doc, opening: int) -> int | None:
    """Where the bracket opening at ``opening`` closes, if it holds a lower-case translation ('ketua (chairman)')."""
    closing = next((j for j in range(opening + 1, min(opening + 5, len(doc))) if doc[j].text in "()"), None)
    return closing if closing is not None and doc[closing].text == ")" and all(t.is_lower for t in doc[opening + 1 : closing]) else None


def _referred_to_as_a_person(doc: Doc, ent: Span) -> bool:
    """'Ifeoma Nwachukwu keeps a bag of fertiliser on the floor of her office': a two- or three-word name followed in
    its sentence by 'her' or 'his', with no other person there, is a person (companies are 'its')."""
    if not 2 <= len(ent) <= 3 or not all(t.is_alpha and t.is_title for t in ent) or is_legal_form(ent[-1].text) or OTHER_WORDS.search(ent[-1].text) \
            or _employer_position(doc, ent):  # "Priya Raghunathan, an analyst at Kinloch Capital Markets, devoted most of her note"
        return False
    sentence = ent.sent
    if any(e.label_ == "PERSON" and not is_legal_form(e[-1].text) for e in sentence.ents):
        return False  # (not "Ferrovía Rímac S.A.C.", a person to the model)
    next_opens_with_a_person = ent.start == sentence.start and sentence.end < len(doc) and doc[sentence.end].lower_ in ("she", "he")
    # "Carolina Vélez Ugarte took over in September as chief executive of X. She previously ran ..."
    return next_opens_with_a_person or any(t.lower_ in ("her", "his", "she", "he") for t in doc[ent.end : min(sentence.end, ent.end + 15)])


def _speaker_named_again_by_surname(doc: Doc, ent: Span) -> bool:
    """'"The family is not selling," Claire Dufresne said ... Dufresne would not comment': a two-word name that says
    something and is later the subject of a sentence by its last word alone is a person's (a company goes on by its first
    word: 'Tata Steel' is 'Tata')."""
    if len(ent) != 2 or not all(t.is_alpha and t.is_title for t in ent) or ent[0].lower_ in COMPANY_FIRST_WORDS \
            or ent.root.dep_ != "nsubj" or ent.root.head.lemma_ not in ("say", "tell", "add"):
        return False
    surname = ent[-1].text
    return any(t.text == surname and t.dep_ == "nsubj" and doc[t.i - 1].text != ent[0].text for t in doc[ent.end :])


def _employer_position(doc: Doc, ent: Span) -> bool:
    """'a metals analyst at X', 'head of solar research at X', 'president of the management board of X': what
    comes after a job title and 'at'/'of' is where the person works."""
    before = doc[max(ent.start - 10, 0) : ent.start]
    if len(before) > 3 and before[-1].lower_ == "based" and before[-2].text == "-":
        before = before[:-3]  # "head of research at Lagos-based Meridian Capital Securities"
    before = before[-7:]
    if not before or before[-1].lower_ not in ("at", "of"):
        return False
    if before[-1].lower_ == "of" and len(before) > 1 and before[-2].lower_ in OFFICIAL:
        return False  # "the mayor of Greater Lincolnshire" serves a place
    return any(t.lower_ in TITLE_NOUNS | {"head", "analyst", "economist", "researcher", "partner", "manager", "chief"} for t in before[:-1])


def _title_of(doc: Doc, ent: Span) -> bool:
    """'mayor of the City of Kouvola': the name follows a title and 'of'."""
    i = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TITLE_NOUNS


def _signs_off(doc: Doc, ent: Span) -> bool:
    """'said Declan Moriarty, Head of Life Sciences, IDA Ireland.': the name that ends a press release's sign-off, after
    a person's title and a comma, is the organisation's."""
    if ent.start < 2 or doc[ent.start - 1].text != "," or ent.end < len(doc) and not doc[ent.end].is_punct:
        return False
    before = doc[max(ent.sent.start, ent.start - 12) : ent.start - 1]
    title = next((t for t in before if t.lower_ in TITLE_NOUNS | {"head", "vice"}), None)
    return title is not None and title.i > 0 and (doc[title.i - 1].text == "," or title.i > 1 and doc[title.i - 2].text == ",")


def _names_the_town_of_a_plant(ent: Span) -> bool:
    """'the La Pobla de Mafumet complex', 'the Sines plant': proper names right before a plant noun, tagged as a
    facility of their own, name where the plant stands."""
    words = [t for t in ent if t.lower_ != "the"]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.lemma_ in FACILITY_NOUNS and bool(words) and words[-1].lemma_ not in FACILITY_NOUNS \
        and all(t.is_title or t.lower_ in NAME_PARTICLES for t in words) and words[0].is_title


#: Town names joined by a particle: 'Neuhaus am Rennweg', 'Mülheim an der Ruhr', 'Stratford-upon-Avon', 'Châlons-en-Champagne'.
TOWN_WITH_PARTICLE = re.compile(r"[A-ZÄÖÜÉ][\w'-]+(?:[- ](?:am|an der|an|im|in der|ob der|bei|upon|on|sur|sous|en|lès)[- ][A-ZÄÖÜÉ][\w-]+)")
#: Parts of a town, which only a town has ("on Casa Grande's north side").
PARTS_OF_TOWN = WHERE_WORDS | {"side", "waterfront", "downtown", "fringe", "periphery", "outskirt", "suburb"}


def _owns_a_part_of_town(ent: Span) -> bool:
    """"on Casa Grande's north side", "on Sunderland's outskirts": what a part of a town belongs to is the town."""
    return len(ent) > 1 and ent[-1].tag_ == "POS" and ent.root.dep_ == "poss" and ent.root.head.lemma_ in PARTS_OF_TOWN


#: "Pine Creek Nuclear Generating Station", "Kaskasi Wind Farm", "Drax Power Station": the name of a power plant.
POWER_PLANT_NAME = re.compile(r"\b(?:Power|Generating|Nuclear|Wind|Solar|Hydro|Hydroelectric|Hydropower) (?:Station|Plant|Farm|Park)\b")


def _names_a_power_plant(ent: Span) -> bool:
    """An organisation to the model whose name, before any place the model ran into it ('near Millersburg'), ends
    with a power plant's noun; a company's legal form would end it otherwise."""
    match = POWER_PLANT_NAME.search(ent.text)
    return match is not None and not is_legal_form(ent[-1].text) and (
        match.end() == len(ent.text) or ent.text[match.end():].split()[0] in ("near", "in", "at", "outside"))


#: Nouns of energy plants that a company names ('its Pampa Blanca solar park', 'our Kaskasi wind farm').
ENERGY_PLANT_NOUNS = {"park", "farm", "station", "project"}


def _a_possessed_plant_s_name(ent: Span) -> bool:
    """'its Pampa Blanca solar park', 'their Kaskasi wind farm', 'its Antacocha copper mine': a name between an
    owner's possessive and a plant noun names the plant."""
    head = ent.root.head
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("its", "their", "our") and ent.root.dep_ in ("compound", "nmod") \
        and head.i >= ent.end and head.lemma_ in FACILITY_NOUNS | ENERGY_PLANT_NOUNS and ent.doc[ent.start - 1].head.i == head.i


def _where_a_site_stands(ent: Span) -> bool:
    """'a new facility at Mirabel', 'its plant in Pallion': the name after 'at' or 'in' following a plant noun."""
    return _after_place_preposition(ent) and ent.root.dep_ == "pobj" and ent.root.head.head.lemma_ in FACILITY_NOUNS


def _with_agency_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Enterprise Ireland has offered', 'Scottish Enterprise said', 'Environment Canterbury granted a consent': a
    public agency named by a word such as 'Enterprise' and its place, which the model tags as the place alone or not
    at all."""
    by_start, by_end = {e.start: e for e in ents}, {e.end: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    replaced: dict[Span | None, Span] = {}
    for word in tokens_with(doc, ORTH, AGENCY_WORDS):
        if word.i in taken or in_clutter(doc, word.idx):
            continue
        after, before = by_start.get(word.i + 1), by_end.get(word.i)
        if after is not None and after.label_ in ("GPE", "LOC") and not is_language(after.text):
            place, agency = after, Span(doc, word.i, after.end, label="ORG")
        elif before is not None and before.label_ in ("NORP", "GPE") and len(before) <= 3:
            place, agency = before, Span(doc, before.start, word.i + 1, label="ORG")
        elif word.i + 1 < len(doc) and word.i + 1 not in taken and doc[word.i + 1].is_title and is_broad_place(doc[word.i + 1].text):
            place, agency = None, Span(doc, word.i, word.i + 2, label="ORG")
        else:
            continue
        replaced[place] = agency
        taken.update(range(agency.start, agency.end))
    kept = [replaced.get(e, e) for e in ents]
    return kept + [span for place, span in replaced.items() if place is None]


def _named_after_its_country(doc: Doc, ent: Span) -> Span:
    """'Export Finance Australia will lend A$300 million': capitalised untagged words before a country, together
    acting as an organisation, name a body ('Enterprise Ireland', 'Business Finland')."""
    start = ent.start
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == ent.root.i and doc[start - 1].is_title \
            and (doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start or doc[start - 1].text in AGENCY_WORDS) \
            and not doc[start - 1].ent_type_:
        start -= 1
    if not (ent.label_ == "GPE" or ent.label_ == "PERSON" and is_country(ent.text)) or start == ent.start or not (_acts_like_an_organisation(ent.root) or ent.root.dep_ == "nsubj"
                                                          and ent.root.head.lemma_ in FUNDING_VERBS or doc[start].text in AGENCY_WORDS):
        return ent  # "Business Finland has offered an €18 million grant", "Enterprise Ireland said" ('Ireland' a person to the model)
    return Span(doc, start, ent.end, label="ORG")


def _two_places(ent: Span) -> list[Span]:
    """'runs tower plants at Lemvig and Aabenraa in Denmark', 'a facility at Mirabel, Que.': two places the model
    tagged as one facility, name or place."""
    joint = next((t for t in ent[1:-1] if t.lower_ in ("and", ",")), None)
    if (joint is None or ent.label_ not in ("FAC", "ORG", "GPE", "LOC") or not _after_place_preposition(ent)
            or is_broad_place(ent.text) or not all(t.is_title for t in ent if t.i != joint.i) or any(is_legal_form(t.text) for t in ent)):
        return [ent]
    return [Span(ent.doc, ent.start, joint.i, label="GPE"), Span(ent.doc, joint.i + 1, ent.end, label="GPE")]


def _after_place_preposition(ent: Span) -> bool:
    """'in Minas Gerais', 'near Sete Lagoas'; not 'Shares in Calderway closed down 3.1pc', 'a stake in X': a company's."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.lower_ in ("in", "near", "outside", "at") and not _titled(ent.doc, ent) \
        and not (before.lower_ == "in" and ent.start > 1 and ent.doc[ent.start - 2].lower_ in HOLDING_WORDS)


def _conjoined_with_a_place(ent: Span, place_tokens: set[int]) -> bool:
    """'its factories in Curitiba and Recife', 'at Changodar and at Baddi': the later of places listed after a
    place preposition, which the model tags as a person or a product when it does not know the town."""
    first = ent.root
    joined = False
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
        joined = joined or any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < ent.start for c in first.children)
    joined = joined or any(c.dep_ == "cc" and c.lower_ in ("and", "or") for later in ent.root.conjuncts if later.i > ent.root.i
                           for c in later.children)  # "in Jundiaí, Três Lagoas, Ponta Grossa, Manaus and Pouso Alegre"
    if not joined:
        return False  # "In Düsseldorf, Hendrik Bauer, the economy minister": a comma is no list of places
    if first.dep_ == "prep" and first.lower_ in PLACE_PREPOSITIONS:  # the second 'at' is the conjunct
        first = next((c for c in first.children if c.dep_ == "pobj"), first)
    return first is not ent.root and first.i in place_tokens and first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS


def _has_title(ent: Span) -> bool:
    previous = ent.doc[ent.start - 1] if ent.start else None
    return previous is not None and previous.lower_.rstrip(".") in HONORIFICS


def _acts_like_an_organisation(token: Token) -> bool:
    """Subject of a corporate verb ('Diageo will spend'), owner of a thing ('Diageo's plant'), or what represents
    workers or firms ('Unifor, which represents workers at the refinery')."""
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in CORPORATE_VERBS or _represents(token) or _apposed_body(token) \
            or token.dep_ == "nsubj" and token.head.lemma_ in ORDERING_VERBS:
        return True
    if token.dep_ == "nsubj" and token.head.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_ == "decision" for c in token.head.children) \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
        return True  # "Yarrabee Minerals has taken a final investment decision" (a name of two words or more, not "Proud")
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(c.dep_ == "xcomp" and c.lemma_ in CORPORATE_VERBS for c in token.head.children):
        return True  # "Suirvale Foods is to close its cheese plant"
    if any(c.dep_ == "relcl" and c.lemma_ in CORPORATE_VERBS and any(w.lower_ == "which" and w.dep_ == "nsubj" for w in c.children)
           for c in token.children):
        return True  # "Lumen Cathode Materials, which operates a plant in Augusta"
    return token.dep_ == "poss" and token.head.pos_ == "NOUN"


def _gives_money(token: Token) -> bool:
    """'The Generalitat Valenciana has offered a grant', 'IDB Invest is considering a senior loan': the one that offers,
    grants or contributes money, or weighs doing so."""
    return token.dep_ == "nsubj" and token.head.lemma_ in FUNDING_VERBS | WEIGHING_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_ in GIFT_NOUNS or c.ent_type_ == "MONEY") for c in token.head.children)


#: What a lender does with a loan before it is granted.
WEIGHING_VERBS = {"consider", "weigh", "study", "assess", "evaluate", "negotiate", "arrange"}


def _which_not_who(ent: Span) -> bool:
    """'Fiom-Cgil, which called a four-hour strike': a name 'which' follows is no person's (nor, here, a town's)."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which" \
        and not is_known_town(ent.text) and not is_broad_place(ent.text)


def _sold_from(token: Token) -> bool:
    """'bought the 34-hectare site from the City of Kouvola': whoever sells or leases a site is a party, not a place."""
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    bought = token.head.head  # the verb, or the site the parser hung "from" on
    return bought.lemma_ in SELLING_TO_VERBS or bought.dep_ == "dobj" and bought.head.lemma_ in SELLING_TO_VERBS


SELLING_TO_VERBS = {"buy", "purchase", "acquire", "lease", "rent"}


def _apposed_body(token: Token) -> bool:
    """'JobsOhio, the state's private economic development corporation,', 'Investissement Québec, the province's
    investment arm,', "the state development bank, Investitionsbank Schleswig-Holstein,": a name in apposition to a
    body or business noun, after it or before it, is an organisation's."""
    return any(c.dep_ == "appos" and c.lemma_ in BODY_APPOSITIONS and c.i > token.i for c in token.children) or (
        token.dep_ == "appos" and token.head.i < token.i and (token.head.lemma_ in BODY_APPOSITIONS or _place_a_body_serves(token.head)))


def _place_a_body_serves(token: Token) -> bool:
    """'Ontario' of "the regional development agency for southern Ontario, FedDev Ontario,", where the parser hangs the
    body's name on the place the body serves."""
    return token.ent_type_ in ("GPE", "LOC") and token.dep_ == "pobj" and token.head.head.lemma_ in BODY_APPOSITIONS


def _apposed_government(token: Token) -> bool:
    """'Regione Emilia-Romagna, the regional government, approved a grant': a name the model took for a person's, in
    apposition to a government or a council."""
    return any(c.dep_ == "appos" and c.lemma_ in ("government", "council", "administration", "municipality") and c.i > token.i
               for c in token.children)


BODY_APPOSITIONS = {"arm", "agency", "corporation", "bank", "lender", "fund", "authority", "body", "regulator", "company",
                    "firm", "group", "developer", "maker", "producer", "operator", "insurer", "utility", "manufacturer",
                    "organisation", "organization", "association", "federation", "distributor", "supplier", "chamber",
                    "venture", "subsidiary", "affiliate"}  # "Reloncaví Procesos, a joint venture in which"


def _represents(token: Token) -> bool:
    """'Unite, which represents most of the workforce': a union or a trade body."""
    return any(c.dep_ == "relcl" and c.lemma_ == "represent" and any(w.lower_ in ("which", "that") for w in c.children)
               for c in token.children)


def _acts_like_a_business(token: Token) -> bool:
    """'Maruti Suzuki India will invest Rs 18,000 crore': people do not invest crores or build plants."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_ in ("lead", "own", "control") \
            and verb.head.head.lemma_ in COMPANY_NOUNS | {"group"}:
        return True  # "a chip packaging venture led by South Korea's Daewon Semitek"
    if token.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_ in WORKFORCE for c in verb.children) and verb.lemma_ in STAFFING_VERBS:
        return True  # "Trellis Aerostructures will add 420 jobs"
    if token.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_ in FACILITY_NOUNS and (
            verb.lemma_ in ("close", "shut", "open", "sell", "mothball", "idle", "shutter", "expand")
            or any(p.lower_ == "its" and p.dep_ == "poss" for p in c.children)) for c in verb.children):
        return True  # "Rio Tinto will close New Zealand's only aluminium smelter", "Yarrabee Lithium will mothball its refinery"
    if token.dep_ == "poss" and verb.lemma_ in FACILITY_NOUNS and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in verb.children):
        return True  # "Verdelha Bioquímica's first commercial plant will not start up before 2028"
    return token.dep_ == "nsubj" and verb.lemma_ in BUSINESS_VERBS and not any(c.dep_ == "appos" for c in token.children)


#: What ends the name of a region, never a company's ('Hunter Valley', 'the Ruhr Basin', 'the Niger Delta').
LANDFORMS = {"Valley", "Basin", "Delta", "Peninsula", "Plateau", "Highlands", "Lowlands"}
PORT_OF = re.compile(r"(?:the )?Port of [A-Z]")
#: What ends the name of a gathering, never a person's.
EVENT_NOUNS = {"summit", "conference", "expo", "fair", "festival", "convention", "symposium"}
WORKFORCE = {"job", "worker", "employee", "position", "shift", "staff", "people"}
STAFFING_VERBS = {"add", "create", "cut", "shed", "hire", "lay", "eliminate", "slash"}


TRADING_PARTIES = {"customer", "client", "supplier", "buyer", "distributor", "contractor", "lender", "competitor", "rival", "shareholder", "investor"}


def _is_a_trading_party(token: Token) -> bool:
    """'supply Baugruppe Rautenberg', 'sells to Kolber Logistik', 'X, one of its largest customers': people are not
    supplied or sold to, and a customer described as one of a company's customers is a business."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ in SUPPLIED_VERBS - {"make", "produce", "buy", "import", "export", "source"}:
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and (head.head.lemma_ in SUPPLIED_VERBS or head.head.head.lemma_ in SUPPLIED_VERBS):
        return True  # 'sells to X', 'supplies cement to X'
    return any(c.dep_ == "appos" and _names_a_trading_party(c) for c in token.children)


def _names_a_trading_party(token: Token) -> bool:
    """'one of its largest customers', 'a key supplier'."""
    if token.lemma_ in TRADING_PARTIES:
        return True
    return token.lower_ == "one" and any(c.lower_ == "of" and any(g.lemma_ in TRADING_PARTIES for g in c.children) for c in token.children)


def _with_speaking_family_names(ents: list[Span]) -> list[Span]:
    """'"This is a company that grew up in Kumamoto," Hirata said' after 'chōchō Hirata Shigeru': a person named family
    name first is quoted by it, which the model takes for a company; not the first word of a company's name, which
    speaks for the company."""
    names = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])}
    firsts = {e[0].text for e in ents if e.label_ == "ORG" and len(e) > 1}
    return [Span(e.doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and len(e) == 1 and e.text in names - firsts and _speaks(e.root)
            else e for e in ents]


def _names_of_people_taken_for_places(ents: list[Span]) -> list[Span]:
    """'Nadia Farooqui keeps a snapped bicycle frame ... Farooqui, 38, is the founder': a word of a person's full name
    standing alone is that person, though the model took it for a place, unless the word is a place we know."""
    names = {t.text for e in ents if e.label_ == "PERSON" and 1 < len(e) <= 3 and all(w.is_title and w.is_alpha for w in e) for t in (e[0], e[-1])}
    names -= {t.text for e in ents if e.label_ == "ORG" for t in e}  # "Kaveri's insulin", of Kaveri Biologics
    return [Span(e.doc, e.start, e.end, label="PERSON") if e.label_ in ("GPE", "LOC") and len(e) == 1 and e.text in names
            and not is_known_town(e.text) and not is_broad_place(e.text) and not _after_place_preposition(e) else e for e in ents]


def _speaks(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_ in ("say", "tell", "add", "note", "explain")


_HONORIFICS_LONGEST_FIRST = sorted(HONORIFIC_WORDS, key=len, reverse=True)  # "Datuk Seri" before "Datuk"


def honorific_length(doc: Doc, start: int, step: int = 1) -> int:
    """How many tokens from ``start`` (forwards, or backwards with ``step`` -1) are honorifics."""
    length = 0
    while True:  # "Dato' Ismail Karim": the model splits the apostrophe off the honorific
        apostrophe = int(step == -1 and 0 < start - length <= len(doc) and doc[start - length - 1].text in APOSTROPHES)
        found = next((len(h) for h in _HONORIFICS_LONGEST_FIRST if _words_beside(doc, start, length + apostrophe, len(h), step) == h), 0)
        if not found:
            return length
        length += found + apostrophe
        if step == 1 and start + length < len(doc) and doc[start + length].text in APOSTROPHES:
            length += 1


APOSTROPHES = ("'", "’")


def _words_beside(doc: Doc, start: int, skip: int, count: int, step: int) -> tuple[str, ...] | None:
    """The ``count`` words, in reading order and without trailing dots or apostrophes, that come ``skip`` tokens after
    ``start`` (``step`` 1) or before it (``step`` -1); None past either end of the document."""
    first = start + skip if step == 1 else start - skip - count
    if first < 0 or first + count > len(doc):
        return None
    if any(doc[i].text in LEGISLATOR_SUFFIXES for i in range(first, first + count)):
        return None  # "Local MS Dylan Rees": a Member of the Senedd, not 'Ms'
    return tuple(doc[i].lower_.rstrip(".'’") for i in range(first, first + count))


#: '@DaesanAuto', '#', '#VolteraCells': an account's handle, or a hashtag, which the tokenizer may split after '#'.
HANDLE = re.compile(r"[@#][\w.]*")
#: Bullets and dots that no name holds, unlike the dashes of 'Rolls-Royce'.
DOTS = BULLET_GLYPHS - set("-–—*")


def _a_dash_between_words(token: Token) -> bool:
    return token.text in ("-", "–", "—") and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_lower


def _without_leading_capacity(ent: Span) -> Span | None:
    """'a 100 MW / 200 MWh battery', 'its 70 MW Longonot geothermal plant': the model tags the unit after a number and
    the next number as a name ('MW / 200'), or runs the unit into the name of the plant it sizes ('MW Longonot'). The
    capacity is no part of any name, and what it sizes is a plant, named for no company."""
    start = ent.start
    while start < ent.end and (ent.doc[start].text in CAPACITY_UNITS and start > 0 and ent.doc[start - 1].like_num
                               or start > ent.start and (ent.doc[start].text == "/" or ent.doc[start].like_num)):
        start += 1
    if start == ent.start:
        return None if start > 0 and ent.doc[start - 1].text in CAPACITY_UNITS and _names_a_plant(ent.doc, ent.end) else ent
        # "the 1,200 MW Nafud Sun solar park", the unit tagged apart
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.end and not _names_a_plant(ent.doc, ent.end) else None


def _names_a_plant(doc: Doc, end: int) -> bool:
    """Whether the lower-case words after a name end in a plant's noun ('Longonot geothermal plant')."""
    following = itertools.takewhile(lambda t: t.is_lower, doc[end : end + 3])
    return any(t.lower_ in DEFAULT_KINDS or t.lower_ == "project" for t in following)  # (DEFAULT_KINDS has "battery")


def _split_at_line_breaks(ent: Span) -> list[Span]:
    """'Solar' + blank line + 'Kuzey Enerji A.Ş.': no name runs over a paragraph break (a roundup's heading before a
    name), nor starts with a list item's bullet; a social-media handle or hashtag is no part of the name beside it
    ('Daesan Autoparts @DaesanAuto · 3h')."""
    breaks = [t.i for t in ent if t.is_space and t.text.count("\n") >= 2 or HANDLE.fullmatch(t.text) or t.text in DOTS
              or _a_dash_between_words(t) or t.text == "(" and _before_its_region(ent.doc, t.i)]  # not a line wrapped
    # inside a name; 'Magdalena Wróbel • 2nd': what a social network writes after a name; 'the EU Innovation Fund - grant
    # agreement signed': a dash set off by spaces; 'Val-de-Reuil (Eure': a town run into its department
    start = ent.start
    while start < ent.end and ent.doc[start].text in BULLET_GLYPHS:
        start += 1  # '▪ Board', a slide's bullet glyph taken into a name
    if not breaks and start == ent.start:
        return [ent]
    bounds = [start, *(b for i in breaks for b in (i, i + 1)), ent.end]
    return [Span(ent.doc, start, end, label=ent.label_) for start, end in zip(bounds[::2], bounds[1::2]) if end > start]


def _without_honorifics(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Tan Sri' + 'Lim Chee Keong', 'Menteri Besar Datuk' + 'Seri Haris Abdullah': the model tags an honorific as a
    person of its own or cuts the name inside it; the person is the name after the honorifics."""
    people: list[Span] = []
    others = []
    for ent in ents:
        if ent.label_ == "PERSON" and people and people[-1].end == ent.start and (
                honorific_length(doc, ent.start, -1) or doc[ent.start - 1].lower_ not in NOT_NAME_WORDS | TITLE_NOUNS):
            # "Andi Pratama" + "Wirawan"; not "Pohang Mayor" + "Kim Sang-hoon"
            people[-1] = Span(doc, people[-1].start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON":
            people.append(ent)
        else:
            others.append(ent)
    kept = []
    for person in people:
        skip = honorific_length(doc, person.start)
        if skip == 0 and person.start and (before := honorific_length(doc, person.start, -1)):
            skip = honorific_length(doc, person.start - before) - before  # "Datuk" + "Seri Haris": the rest of the honorific
        if person.end - person.start - skip > 1 and person[max(skip, 0)].lower_.removesuffix("s") in MEMBERS_TITLES:
            skip = max(skip, 0) + 1  # "Councillor Evans asked", "Commissioners Tammy Ruiz, Gail Brewer": a member's title
        if person.start + skip < person.end:
            kept.append(Span(doc, person.start + max(skip, 0), person.end, label="PERSON"))
    return sorted(others + kept, key=lambda span: span.start)


def _whole_person(doc: Doc, ent: Span) -> Span:
    """'N Chandrasekaran', 'Pilar Onrubia': the model leaves an initial or a first name out of the person."""
    start = ent.start
    while start > 0 and ent.start - start < 2:
        before = doc[start - 1]
        initial = _is_initial(before)
        first_name = before.pos_ == "PROPN" and before.is_title and before.lower_ not in NOT_NAME_WORDS | TITLE_NOUNS | PORTFOLIO_WORDS | MEMBERS_TITLES | {"manager"} \
            and not honorific_length(doc, before.i + 1, -1)
        if before.ent_type_ and not _first_name_taken_for_a_place(doc, before) or not (initial or first_name) or "\n" in before.whitespace_:
            break
        if start > 1 and doc[start - 2].lower_ in ("and", "&", "of") and (start < ent.start or len(ent.text.split()) > 1):
            break  # "Minister of Trade, Industry and Competition" + "Nomsa Mbatha-Khoza": the last word of a portfolio
        start -= 1
    end = _name_end(doc, ent)
    if end - start == 2 and _is_initial(doc[start]) and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and not doc[end].ent_type_ and doc[end].lower_ not in NOT_NAME_WORDS | TITLE_NOUNS:
        end += 1  # "D. Sridhar" + "Reddy": after an initial the model drops the surname
    end = _with_surname_particles(doc, end)
    titled = start > 0 and (honorific_length(doc, start, -1) > 0 or doc[start - 1].lower_ in TITLE_NOUNS)
    joined = end < len(doc) and (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
                                 or titled and doc[end].dep_ == "nsubj" and doc[end].head.i == end + 1)  # "Farid Hashim told"
    if (end - start >= 2 or titled) and joined and _second_surname(doc[end]):
        end += 1  # "Marisol Acevedo" + "Rivera", "Datuk Farid" + "Hashim": the parser reads the whole name as one, headed
        # by the surname the model left out
    while end - start > 2 and (doc[start].lower_.rstrip(".") in NAME_TITLES or doc[start].lower_.removesuffix("s") in MEMBERS_TITLES
                               or doc[start].lower_ in ("state", "city", "county", "federal") and doc[start + 1].lower_.rstrip(".") in NAME_TITLES):
        start += 1  # "Councillor Maureen Ashdown", "Dr Ana Ruiz", "Commissioners Tammy Ruiz", "State Rep. Alicia Fontenot":
        # the title is not part of the name
    return Span(doc, start, end, label="PERSON")


def _second_surname(token: Token) -> bool:
    """An untagged capitalised proper noun on the name's line that no company, title or common word could be (the
    parser may open a sentence on it: 'Datuk Farid' + 'Hashim told')."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and "\n" not in token.nbor(-1).whitespace_ \
        and token.lower_ not in NOT_NAME_WORDS | TITLE_NOUNS and token.lower_ not in DEFAULT_ORG_WORDS and not is_legal_form(token.text)


#: Lower-case words inside a surname ('Pieter van der Walt', 'Ursula von Hagen').
SURNAME_PARTICLES = {"van", "der", "den", "de", "von", "du", "da", "di", "le", "la", "del", "dos", "das", "ter", "ten", "bin"}


def _with_surname_particles(doc: Doc, end: int) -> int:
    """Where a name ends that the model cut before 'van der Walt': past the particles and the capitalised word after."""
    j = end
    while j < len(doc) and j - end < 3 and doc[j].text in SURNAME_PARTICLES:
        j += 1
    if j > end and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
        return j + 1
    return end


def _first_name_taken_for_a_place(doc: Doc, token: Token) -> bool:
    """'Marta' (GPE) + 'Vidal Soler' (PERSON) opening a sentence: a one-word place or group right before a person's
    name, with nothing between, is the person's first name."""
    return token.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and token.ent_iob_ == "B" and (token.is_sent_start or token.i == 0) \
        and not (token.i + 1 < len(doc) and (doc[token.i + 1].ent_iob_ == "I" or doc[token.i + 1].lower_.rstrip(".") in NAME_TITLES))


def _is_initial(token: Token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[0].isupper()


def _with_hyphenated_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Saxony' + '-Anhalt', 'Castile' + '-La Mancha': a place name the model ends at a hyphen runs on through the
    capitalised words joined to it; so does a Portuguese or Spanish organisation's name through a demonym
    ('Cooperativa Agroindustrial do Norte Mato' + '-grossense'), not through 'Hyundai-backed'; and a person's name
    back through the first half of a hyphenated first name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    result = []
    for ent in ents:
        end = ent.end
        foreign = ent.label_ == "ORG" and any(t.lower_ in NAME_PARTICLES for t in ent[1:])
        while (ent.label_ in ("GPE", "LOC") or foreign) and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and (doc[end + 1].is_title or foreign and doc[end + 1].is_lower and doc[end + 1].is_alpha
                                                  and not doc[end + 1].lower_.endswith(("ed", "ing"))) and end + 1 not in taken:
            end += 2
        start = ent.start
        if ent.label_ == "PERSON" and start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].is_alpha and start - 2 not in taken:
            start -= 2  # "Marie-" + "Claire Aka": a hyphenated first name the model cut
        result.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    return _with_hyphenated_towns_of_bodies(doc, result)


def _with_hyphenated_towns_of_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Vitoria' + '-' + 'Gasteiz City Council': a body named after a town with a hyphen in its name, which the model
    splits at the hyphen, keeps the whole town."""
    result: list[Span] = []
    for ent in ents:
        town = result[-1] if result else None
        if town is not None and town.label_ in ("GPE", "LOC") and ent.label_ == "ORG" and ent.start == town.end + 1 \
                and doc[town.end].text == "-" and not doc[town.end - 1].whitespace_ and not doc[town.end].whitespace_ \
                and ent[-1].lower_ in BODY_HEADS:
            result[-1] = Span(doc, town.start, ent.end, label="ORG")
        else:
            result.append(ent)
    return result


def _with_place_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Lucas' + 'do Rio Verde', 'São José' + 'dos Campos': a Portuguese, Spanish or Italian place name the model ends
    before its particle runs on through the capitalised words after it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    result = []
    for ent in ents:
        end = ent.end
        while ent.label_ in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].is_title \
                and doc[end + 1].is_alpha and end + 1 not in taken:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken and not doc[end].is_sent_start:
                end += 1
        river = next((len(p) for p in RIVER_PARTICLES if ent.label_ in ("GPE", "LOC") and end == ent.end
                      and tuple(t.lower_ for t in doc[end : end + len(p)]) == p), 0)
        if river and end + river < len(doc) and doc[end + river].is_title and doc[end + river].is_alpha:
            end += river + 1  # "Halle an der Saale", "Frankfurt am Main": the town and the river it stands on, which the
            # model tags as a second place
        known = next((k for k in (2, 3) if ent.label_ in ("GPE", "LOC") and end == ent.end and end + k <= len(doc) and doc[end].is_lower
                      and not taken.intersection(range(end, end + k)) and is_known_town(doc[ent.start : end + k].text)
                      and entity_key(doc[ent.start : end + k].text) != entity_key(ent.text)), 0)
        end += known  # "Mo i Rana", a town the model cuts at its lower-case word (not "Toronto" + "company's", the same
        # town to a key that drops company words)
        result.append(Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent)
    joined = [e for e, before in zip(result, ents) if e is not before]
    return [e for e in result if not any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in joined)]


#: German words between a town and the river or region that tell it from its namesakes.
RIVER_PARTICLES = (("an", "der"), ("am",), ("ob", "der"), ("in", "der"), ("im",), ("an", "den"))


def _name_end(doc: Doc, ent: Span) -> int:
    """'Park Min-seok', 'Olumide Adeyemi-Bello': the model stops at the hyphen of a Korean given name or of a
    double surname."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and (doc[end + 1].is_lower or doc[end + 1].is_title and doc[end + 1].ent_type_ not in ("GPE", "LOC")):
        return end + 2
    if end < len(doc) and "-" in (t.text for t in ent) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
            and ent.root.head.i == end and doc[end].lower_ not in NOT_NAME_WORDS | TITLE_NOUNS:
        return end + 1  # "Marc-André" + "Gauthier": after a hyphenated given name the model may drop the surname
    return end


#: What a town has that no company has: 'Whanganui's biggest employer' (not 'Rochdale's mayor', a council's office,
#: whose council the model may name by the town alone).
TOWN_POSSESSIONS = {"employer", "economy", "unemployment", "outskirts", "skyline"}


def _places_stay_places(ents: list[Span], org_words: set[str]) -> list[Span]:
    """'said Sines had been chosen': a name tagged as a place elsewhere in the article is that place, a
    surname of a person named in full is that person, 'County Mayo' is a place, and the first word of a
    company's name is that company."""
    towns = _towns_short_names(ents)
    builders = _unplaced_builders(ents, towns)
    named_acronyms = _acronyms_of_named_bodies(ents)
    places = {text for e in ents if e.label_ in ("GPE", "LOC") for text in {e.text, e.text.title() if e.text.isupper() else e.text}} - builders - named_acronyms
    places |= towns
    # a dateline's 'CILEGON -' places the 'Cilegon' of the story
    place_tokens = {t.i for e in ents if e.label_ in ("GPE", "LOC") and e.text not in builders for t in e}
    surnames = {_lower_words(e[k:]) for e in ents if e.label_ == "PERSON" and len(e) > 1 for k in range(1, len(e))}
    surnames |= {e[0].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 2 and "-" in e.text}  # "Kang" of "Kang Min-jae"
    surnames |= {e[-2].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 2 and e[-2].is_title}  # "Domínguez" of "Raquel
    # Domínguez Ibarra": Spanish names carry two surnames
    companies = _company_names(ents)
    org_names = [tuple(t.text for t in e) for e in companies]
    bare_names = {tuple(t.text for t in e) for e in _short_form_sources(companies)} - set(org_names)  # "Fundidora del Norte"

    short_forms: dict[tuple[int, int], bool] = {}  # relabel asks up to three times per entity and pass
    company_regions = _regions_naming_companies(ents, companies)

    def is_short_form(ent: Span) -> bool:
        known = short_forms.get((ent.start, ent.end))
        if known is None:
            words = tuple(t.text for t in (ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent))  # "Hutě Odra's"
            known = short_forms[ent.start, ent.end] = (not is_broad_place(ent.text) or " ".join(words) in company_regions) and any(  # "Oman" is no short form of "Oman Investment Authority"
                name[: len(words)] == words and len(name) > len(words) or _after_its_home(name, words) for name in org_names) or any(
                bare[: len(words)] == words for bare in bare_names)
        return known

    org_texts = {e.text for e in ents if e.label_ == "ORG"}
    council_towns = {entity_key(" ".join(t.text for t in itertools.takewhile(lambda t: t.lower_ not in COUNCIL_WORDS, e)))
                     for e in ents if e.label_ == "ORG" and len(e) > 1 and e[-1].lower_ in ("council", "town", "village", "nigam", "palika")}
    # "Kikuyo" of "Kikuyo Town", "Kanpur" of "Kanpur Nagar Nigam": the town's government
    signed_off = {e.text for e in ents if e.label_ == "ORG" and len(e) > 1 and _signs_off(e.doc, e)}
    found_products = {m.start for m in (ents[0].doc._.get(PRODUCTS) or [])} if ents else set()  # kg_products' own finds stay

    def relabel(ent: Span) -> str:
        if (ent.label_ in ("GPE", "LOC") and ent.text in builders) or ent.text in named_acronyms:
            return "ORG"
        if len(ent) > 1 and ent[ent[0].lower_ == "the"].lower_ in UNIVERSITY_WORDS:
            return "ORG"  # "the Universidad Pedagógica y Tecnológica de Colombia", however the model tagged it
        if ent.label_ in ("GPE", "ORG") and (ent.label_ == "GPE" or ent.text in places) and _a_place_a_speaker_makes_act(ent):
            return "GPE"  # '"Veendam has the land, the rail line and the people"', "Dublin has taken more than its share"
        if (ent.label_ == "PERSON" or ent.label_ == "NORP" and not people_s_countries(ent.text)) and ent.text in places:
            return "GPE"  # "Ras Al-Khair would sit among the cheapest" after "at Ras Al-Khair"; "the Boyolali plant" (a
            # people to the model) after "a new plant in Boyolali"
        if (ent.label_ in ("PERSON", "PRODUCT") or ent.label_ == "NORP" and not people_s_countries(ent.text)) and ent.start not in found_products \
                and len(ent) <= 3 and not is_short_form(ent) and _conjoined_with_a_place(ent, place_tokens) and not _speaks(ent.root):
            return "GPE"  # "at Vinnytsia and Khmelnytskyi", the second a people to the model
        if ent.label_ in ("PERSON", "NORP", "WORK_OF_ART") and is_short_form(ent) or ent.label_ == "FAC" and is_short_form(ent) and _acts_as_name(ent) \
                or ent.label_ == "PRODUCT" and is_short_form(ent) and (
                ent.start not in found_products) or ent.label_ in ("GPE", "LOC") and is_short_form(ent) and entity_key(ent.text) not in council_towns and not _before_a_region_word(ent) \
                and not _told_to_be_a_town(ent, org_names) and (
                _acts_as_name(ent) or ent.text in org_texts and not _a_town_describing_a_company(ent) or len(ent) > 1 and not (
                    _after_place_preposition(ent) and ent.label_ == "GPE") or _employer_position(ent.doc, ent)):  # "of Wisła
            # Energia" after "Wisła Energia S.A.", "general manager of hydrogen at Sakuragi" after "Sakuragi Corporation",
            # not "on farmland at Gonerby Moor" before "the Gonerby Moor Action Group"
            return "ORG"  # "Tallis chief operating officer" after "Tallis Cloud Infrastructure Ltd"
        if (ent.label_ == "ORG" or ent.label_ in ("PRODUCT", "NORP") and ent.start not in found_products and is_known_town(ent.text)
                and not people_s_countries(ent.text)) and (len(ent) == 1 or ent.label_ == "ORG" and _without_the(ent) in places) \
                and _names_where_a_facility_is(ent[-1]):
            return "GPE"  # "its Workington steelworks", "its Duisburg steelworks" (a product to the model), "Seorin's Icheon
            # plant" (a nationality)
        if ent.label_ == "ORG" and (_in_a_region(ent) and (not is_short_form(ent) or _before_a_region_word(ent)) or _a_town_named_as_one(ent, council_towns) and (
                not is_short_form(ent) or entity_key(ent.text) in council_towns)):
            return "GPE"  # "its oldest plant, in Gumi", "The Wigan site" beside "Wigan Council"
        if ent.label_ in ("PRODUCT", "FAC", "NORP", "WORK_OF_ART", "PERSON") and ent.start not in found_products and _a_town_named_as_one(ent, set()):
            return "GPE"  # "at its steelworks in Raahe", "near Douai", "in Tirunelveli district": the model's other guesses
            # for a town it does not know
        if ent.label_ == "GPE" and ent.text in signed_off:
            return "ORG"  # "through IDA Ireland", after "said X, Head of Life Sciences, IDA Ireland." settled it
        if ent.label_ == "GPE" and is_short_form(ent) and entity_key(ent.text) not in council_towns and _a_company_s_facility(ent):
            return "ORG"  # "the Qilin plant" after "Qilin Auto Group's planned factory" and "Qilin was considering"
        if ent.label_ != "ORG":
            return ent.label_
        if len(ent) > 1 and is_legal_form(ent[-1].text):
            return "ORG"  # "Management at Kariega Components (Pty) Ltd told shop stewards": a registered company stands nowhere
        if (_located_by(ent.root) or _followed_by_region(ent) or _is_the_site_of_a_plant(ent.root) or _a_town_in_its_country(ent)) and not _employer_position(ent.doc, ent) \
                and ent.root.lower_ not in BODY_HEADS and not (len(ent) > 1 and (ent[-1].lower_ in org_words or OTHER_WORDS.search(ent[-1].text))):  # not "the state
            # of Saxony-Anhalt's Ministry of Economy", nor "head of research at Hanoi broker Red River Securities"
            return "GPE"
        if ent.text in places and not is_short_form(ent) and not _signs_off(ent.doc, ent) or ent[0].lower_ in (
                "county", "province", "prefecture", "state") and ent.root.lower_ not in BODY_HEADS and not _spelt_by_acronym_after(ent) or (
                len(ent) > 1 and ent[-2 if ent[-1].tag_ == "POS" else -1].lower_ in ("state", "province", "prefecture", "oblast")) or (
                is_broad_place(ent.text) and not is_short_form(ent)):  # "Goiás state government", "Oman"
            return "GPE"
        if ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "-" and ent.doc[ent.end + 1].lower_ == "based":
            return "GPE"  # "Lyon-based Tessaline"
        if len(ent) <= 3 and is_known_town(ent.text) and not is_short_form(ent) and inside_quote(ent.root, document_text(ent.doc)) \
                and not _acts_like_a_business(ent.root):
            return "GPE"  # '"Geelong's freight links won it," Ms Varga said': a town a speaker names
        if _told_to_be_a_town(ent, org_names):
            return "GPE"  # "Whanganui's biggest manufacturing employer will close"; "Abu Dhabi conglomerate Al Noor Holding",
            # "Abu Dhabi's AI economy" beside the Abu Dhabi Investment Office
        if _a_town_describing_a_company(ent) and (ent.text in places or not is_short_form(ent)):
            return "GPE"  # "The Liverpool drugmaker" (that the Liverpool City Region Combined Authority starts with)
        return "PERSON" if _lower_words(ent) in surnames else "ORG"  # "De Smet said" after "Marleen de Smet"

    relabelled = [e if (label := relabel(e)) == e.label_ else _as_place_or(e, label) for e in ents]
    places |= {e.text for e in relabelled if e.label_ in ("GPE", "LOC")}  # a second pass spreads what the first settled
    surnames |= {_lower_words(e[k:]) for e in relabelled if e.label_ == "PERSON" and len(e) > 1 for k in range(1, len(e))}
    relabelled = [e if (label := relabel(e)) == e.label_ else _as_place_or(e, label) for e in relabelled]
    return _extend_to_company_prefixes(relabelled, org_names)


def _acronyms_of_named_bodies(ents: list[Span]) -> set[str]:
    """'ONCF' where the story also names the 'Office National des Chemins de Fer': an acronym spelling an
    organisation's name is that organisation, wherever the model took it for a place."""
    spelt = {initials(e.text) for e in ents if e.label_ == "ORG" and len(e) > 2}
    return {e.text for e in ents if e.label_ in ("ORG", "GPE", "LOC") and len(e.text) >= 3 and e.text in spelt and not is_broad_place(e.text)}


def _towns_short_names(ents: list[Span]) -> set[str]:
    """'Apaseo' of 'Apaseo el Grande', 'Caldas' of 'Caldas da Rainha': the first word of a town named with a particle,
    which the story goes on to call it by."""
    return {e[0].text for e in ents if e.label_ in ("GPE", "LOC") and len(e) > 2 and e[1].lower_ in ROMANCE_PARTICLES | ROMANCE_ARTICLES}


def _unplaced_builders(ents: list[Span], towns: set[str]) -> set[str]:
    """'Aerolámina will build a €95 million plant in As Pontes': a name no gazetteer places and no place preposition
    introduces, which builds or invests where it is the subject (a company, wherever else the model took it for a place);
    ``towns`` are the short names of towns the story names in full (see _towns_short_names)."""
    placed = {e.text for e in ents if _after_place_preposition(e)} | towns  # "its existing facility in Ghent",
    # then "what Ghent can supply"; "Apaseo" of "its second plant, in Apaseo el Grande", then "How many people will Apaseo employ?"
    return {e.text for e in ents if e.label_ in ("ORG", "GPE", "LOC") and len(e) == 1 and not is_known_town(e.text)
            and not is_broad_place(e.text) and _acts_like_a_business(e.root)} - placed


def _after_its_home(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """'Xinfeng' of 'Anhui Xinfeng Lithium Group': Chinese companies put their home province or town first, and go by
    the words after it."""
    return len(name) > len(words) + 1 and name[1 : len(words) + 1] == words and (is_chinese_province(name[0]) or "CN" in countries_of(name[0]))


#: Words that end a council's name after its town ('Invercargill City Council', 'Wigan Council').
COUNCIL_WORDS = {"city", "county", "borough", "district", "town", "village", "municipal", "metropolitan", "council", "nagar", "mahanagar"}
#: Words before 'in'/'from' that make what follows a company: 'a stake in Toyota', 'orders from Nokia'.
HOLDING_WORDS = {"stake", "stakes", "interest", "shares", "investment", "investments", "invest", "invested", "investing",
                 "funding", "loan", "loans", "order", "orders", "money", "grant", "support", "holding", "equity"}
#: Directions before 'of' that make what follows a place: 'north of Invercargill'.
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}


def _a_title_in_capitals(ent: Span) -> bool:
    """'The province's MEC for economic development': a title written as an acronym is no organisation; nor is 'the
    Minister of Industry and Trade', a title with its portfolio."""
    words = [t for t in ent if t.lower_ != "the"]
    return len(ent) == 1 and ent[0].is_upper and ent[0].lower_ in TITLE_NOUNS or len(words) > 2 and words[0].lower_ in (
        "minister", "secretary") and words[1].lower_ in ("of", "for")


#: What an apposition calls an organisation, and never a person or a place ('Vuela Andes, a regional start-up').
APPOSED_ORG_NOUNS = {"start-up", "startup", "company", "firm", "carrier", "airline", "subsidiary", "manufacturer", "maker", "supplier",
                     "conglomerate", "utility", "lessor", "service", "agency", "authority", "regulator"}


def _apposed_to_a_company_noun(ent: Span) -> bool:
    """'Vuela Andes, a regional start-up flying turboprops', 'SENATI, the national technical training service': a name
    the model took for a person or a place, set off by an apposition only an organisation takes."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "," or ent.start > 0 and doc[ent.start - 1].is_title:
        return False  # not the 'Indonesia' that ends 'PT Langkah Jaya Footwear Indonesia, the local subsidiary of'
    for noun in (t for t in ent.root.children if t.dep_ == "appos" and t.i > ent.end and t.is_lower):
        word = f"{doc[noun.i - 2].lower_}-{noun.lower_}" if noun.i >= 2 and doc[noun.i - 1].text == "-" else noun.lemma_.lower()
        if word in APPOSED_ORG_NOUNS and any(c.dep_ == "det" for c in noun.children):
            return True
    return False


def _places_listed_as_a_name(ent: Span) -> list[Span]:
    """'Debrecen' and 'Querétaro' of 'plants in Hoofddorp, Debrecen, Querétaro (Mexico) and Bursa', which the model took
    for people, together or apart: places we know, listed with a place, are no people (left untagged, as places the
    model missed)."""
    if ent.label_ != "PERSON":
        return [ent]
    parts = [part.strip() for part in ent.text.split(",")]
    if len(parts) > 1:
        listed = True
    else:
        first = ent.root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        listed = first.i != ent.root.i and (first.ent_type_ in ("GPE", "LOC") or first.dep_ == "pobj" and first.head.lower_ in ("in", "at"))
    return [] if listed and all(part and (is_known_town(part) or breadth(part) >= 1) for part in parts) else [ent]


#: First names that are also English words, which the model leaves out of the name ('Per Holmgren, an analyst').
FIRST_NAMES_LIKE_WORDS = {"Per", "Bo", "Will", "Mark", "Grant", "Frank", "May", "Rich"}


def _with_first_names_taken_for_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Per Holmgren, an energy analyst': the capitalised word before a one-word name, where a name's first word stands
    (opening a sentence or after a comma), is its first name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, e.start - 1, e.end, label="PERSON") if e.label_ == "PERSON" and len(e) == 1 and e.start > 0
            and doc[e.start - 1].text in FIRST_NAMES_LIKE_WORDS and e.start - 1 not in taken
            and (doc[e.start - 1].is_sent_start or e.start > 1 and doc[e.start - 2].text in (",", "\n")) else e for e in ents]


def _without_description_before(ent: Span) -> Span:
    """'Stockholm broker Sundqvist & Co', tagged whole: a known place and a lower-case company noun before the name
    describe the company."""
    if ent.label_ != "ORG":
        return ent
    noun = next((t for t in ent[1:-1] if t.is_lower and t.lower_ in DEFAULT_DESCRIPTORS and ent.doc[t.i + 1].is_title), None)
    if noun is None:
        return ent
    place = ent.doc[ent.start : next(t.i for t in ent if t.is_lower)]
    return Span(ent.doc, noun.i + 1, ent.end, label="ORG") if len(place) and (is_known_town(place.text) or is_country(place.text)) else ent


def _a_town_describing_a_company(ent: Span) -> bool:
    """'The Liverpool drugmaker', 'Abu Dhabi investment firm Dhafra Crest': a known town before a company's descriptor,
    after 'the' or before the company's name."""
    doc = ent.doc
    if not is_known_town(ent.text) or len(ent) > 3:
        return False
    words = doc[ent.end : ent.end + 3]
    end = next((t.i + 1 for t in words if t.lower_ in DEFAULT_DESCRIPTORS), None)
    if end is None or not all(t.is_lower for t in doc[ent.end : end]):
        return False
    return len(ent) == 1 and end == ent.end + 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" or (
        end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN")


def _a_place_a_speaker_makes_act(ent: Span) -> bool:
    """'"Ohio gives us land, fiber and a utility"', '"Malaysia now makes one in every five catheters"': a speaker makes a
    place the subject of a verb as a company would be; a place the model or the story calls one stays one."""
    return len(ent) <= 3 and ent.root.dep_ == "nsubj" and (is_known_town(ent.text) or is_broad_place(ent.text)) \
        and inside_quote(ent.root, document_text(ent.doc))


def _told_to_be_a_town(ent: Span, org_names: list[tuple[str, ...]]) -> bool:
    """A known town that the words around it keep a town even where a body's name starts with it: it has an economy or
    an employer ("Whanganui's biggest employer"), or it says where the company named before or next is from ("Melttec
    Engineering GmbH of Linz", "Abu Dhabi conglomerate Al Noor Holding", "Abu Dhabi's Al Maqsad Metals Holding", not
    "Tata's" beside "Tata Motors")."""
    if len(ent) > 3 or not is_known_town(ent.text):
        return False
    if ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" and is_legal_form(ent.doc[ent.start - 2].text):
        return True  # "Melttec Engineering GmbH of Linz"
    if ent.root.dep_ == "poss" and ent.root.head.i >= ent.end:
        return ent.root.head.lemma_ in TOWN_POSSESSIONS or ent.root.head.ent_type_ == "ORG" and not _starts_a_longer_name(ent, org_names)
    return _before_a_described_name(ent)


def _starts_a_longer_name(ent: Span, names: list[tuple[str, ...]]) -> bool:
    """Whether a name, its possessive cut off, opens another organisation's longer name: 'Tata' of 'Tata Motors', not
    'Abu Dhabi' of 'Abu Dhabi's'."""
    words = tuple(t.text for t in ent if t.tag_ != "POS")
    return any(name[: len(words)] == words and any(w not in ("'s", "’s") for w in name[len(words) :]) for name in names)


def _before_a_described_name(ent: Span) -> bool:
    """'Abu Dhabi conglomerate Al Noor Holding': the descriptor after the town is followed by the company's name, so the
    town only says where that company is from."""
    after = next((t for t in ent.doc[ent.end : ent.end + 3] if t.lower_ in DEFAULT_DESCRIPTORS), None)
    return after is not None and after.i + 1 < len(ent.doc) and ent.doc[after.i + 1].is_title and ent.doc[after.i + 1].pos_ == "PROPN"


def _in_a_region(ent: Span) -> bool:
    """'in the Mauricie region', 'to keep steelmaking in the Ruhr', 'in Kyushu', 'at Changodar and at Baddi': a name of
    one to three capitalised words after 'in' (not 'a stake in X') or a second place preposition, or before a lower-case
    region word, with no legal form, is a place."""
    if len(ent) > 3 or not all(t.is_title or t.text == "-" for t in ent) or is_legal_form(ent[-1].text) or ent[-1].lower_ in BODY_HEADS:
        return False
    if _before_a_region_word(ent):
        return True
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and (prep.lower_ == "in" and prep.head.lemma_ not in HOLDING_WORDS and prep.head.lower_ not in HOLDING_WORDS
                                        or _second_place_preposition(prep))


def _before_a_region_word(ent: Span) -> bool:
    """'the Mauricie region', 'Kumamoto prefecture', 'the Tuas area' (not 'the Tamil Nadu state government'): a place,
    whatever organisation's name starts with it."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.is_lower and after.lower_ in REGION_WORDS | {"area"} and after.i + 1 < len(ent.doc) \
        and ent.doc[after.i + 1].lower_ not in BODY_HEADS


def _a_town_named_as_one(ent: Span, council_towns: set[str]) -> bool:
    """A known town, tagged as an organisation, after a place preposition ('in Gumi', 'around Chennai', 'shipped from
    Ulsan', 'north of Invercargill') or naming a council the story names ('Wigan' beside 'Wigan Council')."""
    if len(ent) > 3 or not is_known_town(ent.text) or is_legal_form(ent[-1].text) or _acts_like_an_organisation(ent.root):
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.i > 0 and (
            before.lower_ in ("in", "near", "around", "outside", "from") and before.nbor(-1).lower_ not in HOLDING_WORDS
            or before.lower_ == "of" and before.nbor(-1).lower_ in DIRECTIONS
            or before.lower_ == "at" and before.head.lemma_ in FACILITY_NOUNS):  # "recycling plant at Athi River"
        return True
    return entity_key(ent.text) in council_towns or _between_towns(ent.root)


def _second_place_preposition(prep: Token) -> bool:
    """'at Changodar and at Baddi': a preposition joined to one that introduces a place introduces a place too."""
    return prep.dep_ == "conj" and prep.pos_ == "ADP" and prep.lower_ in ("at", "in", "near") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" and g.ent_type_ not in ("ORG", "PERSON"))
        for g in prep.head.children)  # the first place may be tagged as anything but a name


#: What two companies may be 'between': a deal, or a contest.
BETWEEN_COMPANIES = {"venture", "partnership", "agreement", "deal", "talks", "alliance", "collaboration", "cooperation",
                     "co-operation", "merger", "contract", "mou", "memorandum", "consortium", "tie-up", "relationship",
                     "rivalry", "competition", "race", "dispute", "gap", "difference", "split", "battle", "choose", "choice"}


def _between_towns(token: Token) -> bool:
    """'at service stations between Malmö and Stockholm': known towns, and nothing else, after a 'between' that joins
    no companies in a deal or a contest."""
    first = token.head if token.dep_ == "conj" else token
    between = first.head
    towns = [first, *first.conjuncts]
    return first.dep_ == "pobj" and between.lower_ == "between" and between.head.lemma_.lower() not in BETWEEN_COMPANIES \
        and len(towns) >= 2 and all(t.pos_ == "PROPN" and is_known_town(t.text) for t in towns)


#: Prepositions that put something in a place ('in Texas'): a region written after one is spoken of as a place.
LOCATIVES = {"in", "at", "near", "across", "throughout", "outside", "within"}


def _regions_naming_companies(ents: list[Span], companies: list[Span]) -> set[str]:
    """'Kalinga' of 'Kalinga Ispat Ltd' (Kalinga is also a Philippine province): a first-level region that opens a
    registered company's name and that the story never places anything in is that company's short form, unlike
    'Oman' of 'Oman Investment Authority' (a country) or 'Texas' in a story about building in Texas."""
    openers = {e[0].text for e in companies if len(e) > 2 and is_legal_form(e[-1].text) and is_broad_place(e[0].text)
               and breadth(e[0].text) == 1}
    placed = {e.text for e in ents if e.label_ in ("GPE", "LOC") and e.start > 0 and e.doc[e.start - 1].lower_ in LOCATIVES}
    inside_other_names = {t.text for e in ents if e.label_ == "ORG" and e[0].text not in openers for t in e}  # "the
    # Government of Asturias" beside "Asturias Green Iron S.L."
    return openers - placed - inside_other_names


def _as_place_or(ent: Span, label: str) -> Span:
    """The entity with its new label; a place ends before an inner preposition ('Nakkapalli in Andhra Pradesh')."""
    end = ent.end
    if label == "GPE":
        end = next((t.i for t in ent[1:] if t.pos_ == "ADP"), ent.end)
    return Span(ent.doc, ent.start, end, label=label)


def _lower_words(span: Span) -> str:
    return " ".join(t.lower_ for t in span)


def _extend_to_company_prefixes(ents: list[Span], org_names: list[tuple[str, ...]]) -> list[Span]:
    """'Hanbit' (tagged a place) + 'On would supply': the words continue a company's name, so they are that company."""
    result: list[Span] = []
    for index, ent in enumerate(ents):
        doc = ent.doc
        limit = ents[index + 1].start if index + 1 < len(ents) else len(doc)
        if ent.label_ != "ORG":
            words = [t.text for t in ent]
            for name in org_names:
                extra = len(name) - len(words)
                if extra > 0 and tuple(words) == name[: len(words)]:
                    k = 0
                    while k < extra - 1 and ent.end + k < limit and doc[ent.end + k].text == name[len(words) + k]:
                        k += 1
                    if k:
                        ent = Span(doc, ent.start, ent.end + k, label="ORG")
                        break
        result.append(ent)
    return result


def _acts_as_name(ent: Span) -> bool:
    """'Ganjiang chairman', "Ganjiang's plant", 'Ganjiang said', 'CEO of Sahyadri': a company's short form, not the place it may share a name with."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or _title_follows(doc, ent.end)) or ent.root.dep_ == "nsubj":
        return True
    if ent.root.dep_ == "dobj" and ent.root.head.lemma_ in ("supply", "acquire", "sue", "hire", "pay"):
        return True  # "Fundiciones Duero, which has supplied Señalia from its foundry": whom a company deals with
    if ent.start > 1 and doc[ent.start - 1].lower_ == "by" and any(t.text == "%" or t.lemma_ in OWNING_VERBS for t in doc[max(ent.start - 4, 0) : ent.start - 1]):
        return True  # "a joint venture owned 55% by Vardhan and 45% by Majan"
    if after is not None and ent.start > 0 and doc[ent.start - 1].lower_ in ("and", ",") and AMOUNT_START.match(after.text):
        return True  # "Tianshuo was to invest R2.1bn and Umhlaba R1.1bn", "in which Qasr owns 50%, Adinkra 30% and Van
        # Loon 20%": a giver or holder with the verb left out
    if ent.start > 1 and doc[ent.start - 1].lower_ == "from" and (doc[ent.start - 2].lower_ in SCALES or doc[ent.start - 2].ent_type_ == "MONEY"):
        return True  # "Rs 110 crore from Tamura and Rs 105 crore from Pratap": who the money comes from
    return ent.start > 1 and doc[ent.start - 1].lower_ in ("of", "at") and doc[ent.start - 2].lower_ in TITLE_NOUNS  # "CEO of Sahyadri"


#: How an amount of money starts: '$', '€', 'R1.1bn', 'C$', 'Rs', '300'.
AMOUNT_START = re.compile(r"^(?:[$€£¥₹₩]|[A-Z]{1,3}\$|R\d|Rs\.?$|\d)")


def _title_follows(doc: Doc, i: int) -> bool:
    """'Valmont chairman', 'Valmont managing director', 'Valmont chief operating officer': a title right at ``i``."""
    for token in doc[i : i + 3]:
        if token.lower_ in TITLE_NOUNS:
            return True
        if not (token.is_lower and token.is_alpha):
            return False
    return False


#: What only an organisation does to a company or a plant: what is "owned 55% by" or "built by" a name is the company's.
OWNING_VERBS = {"own", "hold", "control", "run", "operate", "build", "lead", "found", "form", "back", "acquire", "buy"}


def _without_the(ent: Span) -> str:
    """'Gonerby Moor' of 'the Gonerby Moor', as the model sometimes takes the article into a name."""
    return (ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent).text


def _names_where_a_facility_is(token: Token) -> bool:
    """'its Workington steelworks', 'the Wuppertal brewery': unless the name acts as a company elsewhere and never
    names a facility some other owner's word claims ('its Temuka milk-powder plant' makes 'Temuka to be back drying
    milk' the plant's town)."""
    if not (token.dep_ == "compound" or token.dep_ == "amod" and token.pos_ == "PROPN") or token.head.lower_ not in FACILITY_WORDS:
        return False
    acts = any(t.text == token.text and t.dep_ in ("nsubj", "poss") for t in token.doc)
    return not acts or any(t.text == token.text and t.dep_ == "compound" and t.head.lower_ in FACILITY_WORDS
                           and any(c.dep_ == "poss" for c in t.head.children) for t in token.doc)


def _before_its_region(doc: Doc, end: int) -> bool:
    """Whether '(Eure)', '(Coahuila)' follows: a region below a country in brackets."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and is_region_below_a_country(doc[end + 1].text)


def _a_company_s_facility(ent: Span) -> bool:
    """'the Qilin plant': a one-word name before a facility word, that acts as a company elsewhere and never stands
    after a place preposition, names whose plant it is, not where."""
    token, doc = ent.root, ent.doc
    return (len(ent) == 1 and token.dep_ == "compound" and token.head.lower_ in FACILITY_WORDS
            and any(t.text == token.text and t.dep_ in ("nsubj", "poss") for t in doc)
            and not any(t.text == token.text and t.head.lower_ in ("in", "at", "near", "outside") for t in doc))


SITING_VERBS = {"build", "base", "locate", "shut", "close", "open", "site", "set", "construct", "construction", "relocate", "move", "expand"}
#: Where something was said or signed: 'told reporters in Dunkirk', 'at a ceremony in Seoul'.
OCCASION_WORDS = {"tell", "say", "speak", "announce", "unveil", "sign", "meet", "reporter", "conference", "ceremony",
                  "event", "summit", "visit", "interview", "briefing"}


def _is_the_site_of_a_plant(token: Token) -> bool:
    """'Nakkapalli will be the firm's first plant': the subject of 'be' with a facility as its attribute is a place."""
    return token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lower_ in FACILITY_WORDS for c in token.head.children)


def _followed_by_region(ent: Span) -> bool:
    """'in Caucaia, Ceará': a place followed by its region (which the model may take for a company: 'in Cabo de Santo
    Agostinho, Pernambuco')."""
    doc = ent.doc
    return (ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at", "near") and ent.end + 1 < len(doc)
            and doc[ent.end].text == "," and (doc[ent.end + 1].ent_type_ == "GPE" or is_broad_place(doc[ent.end + 1].text)))


def _a_town_in_its_country(ent: Span) -> bool:
    """'Some of the volume goes to Kecskemét in Hungary': a known town followed by 'in' and the country it lies in."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in" or not is_known_town(ent.text):
        return False
    country = whole_entity(doc[ent.end + 1])
    return is_country(country) and bool(countries_of(country) & countries_of(ent.text))


def _located_by(token: Token) -> bool:
    """'near Sant Cugat del Vallès', 'a plant in Ganzhou', 'shut its brewery in Kassel', 'at Yanbu on the Red Sea
    coast', 'south-east of Tangier': what a plant stands in, at or near is a place; so is where words were said
    ('told reporters in Dunkirk'). A conjunct stands where the first one does ('plants in Changwon and Ulsan')."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in token.children):
        return False  # "In March Tallis said it had", parsed as 'in [March Tallis]': the subject after a date
    if prep.lower_ in ("near", "outside"):
        return True
    if prep.lower_ == "of":
        return prep.head.lower_ in WHERE_WORDS or prep.head.text in PLACE_NOUNS | {"canton"}  # "the canton of Aargau"
    if prep.lower_ == "at" and prep.head.lemma_.lower() not in TITLE_NOUNS | {"analyst", "economist", "researcher", "partner", "strategist"}:
        return True  # "at Loon-Plage", "at Fairton, about 6 km north-east of Ashburton"; not "an analyst at Bernstein",
        # "analysts at Kotwal Securities"
    if prep.lower_ == "on" and (prep.head.lower_ in FACILITY_WORDS or prep.head.lemma_ in FACILITY_WORDS):
        return True  # "a new surfactants plant on Teesside", "a site on Anglesey"
    if prep.lower_ != "in":
        return False
    followed_by_place = any(c.dep_ == "prep" and c.lower_ in ("in", "on", "near") for c in token.children)
    return (prep.head.lower_ in FACILITY_WORDS or prep.head.lemma_ in FACILITY_WORDS | SITING_VERBS | OCCASION_WORDS
            or followed_by_place)


BODY_HEADS = {"department", "ministry", "government", "office", "bureau", "bank", "fund", "commission", "council", "board",
              "agency", "authority", "secretariat", "institute", "chamber", "corporation", "organisation", "organization",
              "administration"}


def _with_heads_left_off(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Red River Commercial Joint Stock Bank (RRBank)', of which the model tags 'Red River': the capitalised words
    after a name, up to the body noun the parser hangs the name on, are the rest of it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for ent in (e for e in ents if e.label_ == "ORG"):
        head = ent.root.head
        if ent.root.dep_ not in ("compound", "nmod") or not head.text.istitle() or head.lower_ not in BODY_HEADS | {"group", "company"} \
                or not 0 < head.i - ent.end < 5 or taken.intersection(range(ent.end, head.i + 1)):
            continue
        if all(t.is_title and t.pos_ == "PROPN" and t.whitespace_ for t in doc[ent.end - 1 : head.i]):
            found.append(Span(doc, ent.start, head.i + 1, label="ORG"))
    return _in_place_of_overlapped(ents, found) if found else ents


#: Capitalised units whose 'of' names a local or regional government ('the Municipality of Ponta Grossa').
CIVIC_UNITS = {"Municipality", "City", "Province", "County", "Town", "Prefecture", "Borough", "Shire", "District", "Region",
               "Canton", "Commonwealth", "State", "Government"}


#: The last word of a public body's name, which stands for the body after 'the' ('the Tribunal', 'the Court').
BODY_HEAD_WORDS = BODY_HEADS | {"tribunal", "court", "commissioner", "regulator", "inspectorate", "directorate", "cabinet"}


def _body_heads_as_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Tribunal made binding' after 'the Competition Tribunal': the body, whatever the model took the one
    capitalised word for (a product, a work of art)."""
    heads = {e[-1].text for e in ents if e.label_ == "ORG" and len(e) > 1 and e[-1].lower_ in BODY_HEAD_WORDS}
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ in ("PRODUCT", "WORK_OF_ART", "PERSON", "NORP") and len(e) == 1
            and e.text in heads and e.start > 0 and doc[e.start - 1].lower_ == "the" else e for e in ents]


def _with_civic_unit(doc: Doc, ent: Span) -> Span:
    """'The Municipality of Ponta Grossa has granted', where the model tagged only the town: the body, named by its unit
    and its place; not 'a depot in the City of Kitakyushu', where the place is meant."""
    if ent.label_ not in ("GPE", "PERSON", "LOC", "WORK_OF_ART", "ORG"):  # "The Province of" + "Gelderland" (ORG)
        return ent
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ == "municipality" and not (after.dep_ == "pobj" and after.head.lower_ in SITE_PREPOSITIONS):
        return Span(doc, ent.start, ent.end + 1, label="ORG")  # "Sør-Varanger municipality has offered"
    unit = doc[ent.start - 2] if ent.start >= 2 else None
    if unit is None or doc[ent.start - 1].lower_ != "of" or unit.text not in CIVIC_UNITS or unit.is_sent_start \
            or unit.dep_ == "pobj" and unit.head.lower_ in SITE_PREPOSITIONS:
        return ent
    taken_the = unit.ent_iob_ == "I" and doc[unit.i - 1].lower_ == "the"  # "The Province" tagged on its own
    return Span(doc, unit.i - taken_the, ent.end, label="ORG")


#: Prepositions before a place's name ('in Tarfaya', 'near Tuas'); not 'to' and 'from', which also come before a party
#: ('license its design to Haedong').
PLACING_PREPOSITIONS = PLACE_PREPOSITIONS - {"to", "from"}
#: The styles of a regional government written before its place ('the Region of Tuscany').
REGION_STYLES = {"Region", "Province", "Canton", "Prefecture", "Voivodeship", "County", "Municipality"}


def _regions_by_their_style(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Region of Tuscany has approved a EUR 4.5 million grant': a capitalised style, 'of' and a place name is a
    regional government, whatever the model made of the words (it may tag the place alone, or nothing)."""
    orgs = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    found = []
    for style in tokens_with(doc, ORTH, tuple(REGION_STYLES)):
        if style.i in orgs or style.i + 2 >= len(doc) or doc[style.i + 1].text != "of" or not doc[style.i + 2].is_title \
                or style.i > 0 and doc[style.i - 1].is_title and not doc[style.i - 1].is_sent_start \
                or any(t.lower_ in PLACING_PREPOSITIONS for t in doc[max(style.i - 2, 0) : style.i]):
            continue  # "built in the Province of Ontario": where, not who; "the Rural Municipality of Corman Park": more
            # of a name than the style
        end = style.i + 3
        while end < len(doc) and end - style.i < 6 and (doc[end].is_title or doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if not orgs.intersection(range(style.i, end)) and not in_clutter(doc, style.idx):
            found.append(Span(doc, style.i, end, label="ORG"))
    return found


def _untagged_municipalities(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Rana municipality has signed a lease': capitalised words the model left untagged before a lower-case
    'municipality' (Nordic news names local governments so) name that government."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for word in tokens_with(doc, ORTH, ("municipality",)):
        start = word.i
        while start > 0 and start - 1 not in taken and (doc[start - 1].is_title or doc[start - 1].text == "-" and start > 1) \
                and doc[start - 1].pos_ in ("PROPN", "PUNCT", "NOUN", "ADJ") and word.i - start < 4:
            start -= 1
        if start < word.i and doc[start].text != "-" and not (word.dep_ == "pobj" and word.head.lower_ in SITE_PREPOSITIONS) \
                and not in_clutter(doc, word.idx):
            found.append(Span(doc, start, word.i + 1, label="ORG"))
    return found


def _with_lower_case_councils(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Kamenz town council voted to sell the land': a place before a lower-case 'town council' or 'city council'
    names the body (translated and regional news write it so), not the place."""
    councils: dict[int, Span] = {}
    taken = {i for e in ents for i in range(e.start, e.end)}
    for word in tokens_with(doc, ORTH, ("council",)):
        level = word.i - 1
        if level < 1 or doc[level].lower_ not in ("town", "city", "municipal", "district", "county", "village"):
            continue
        place = next((e for e in ents if e.end == level and e.label_ in ("GPE", "LOC")), None)
        start = place.start if place is not None else level
        while place is None and start > 0 and start - 1 not in taken and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and level - start < 3:
            start -= 1  # the model left the town untagged
        if start < level:
            councils[start] = Span(doc, start, word.i + 1, label="ORG")
    kept = [e for e in ents if e.start not in councils]
    return sorted(kept + list(councils.values()), key=lambda span: span.start) if councils else ents


def _joined_by_of(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the US Department' + 'of the' + 'Treasury', 'the General Authority' + 'for the Suez Canal Economic Zone', 'the US
    Bankruptcy Court' + 'for the District of Delaware': a body's name the model cut at its 'of' or 'for' is one
    organisation, also where it left the rest untagged ('State Bank' + 'of India')."""
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label_ == "ORG" and ent.label_ in ("ORG", "GPE") \
                and _name_after_body(doc, previous) == ent.start + (ent[0].lower_ == "the"):  # "for" + "the District of Delaware"
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
            continue
        if previous is not None and previous.label_ == ent.label_ == "ORG" and previous.end + 1 == ent.start \
                and doc[previous.end].lower_ == "for" and any(t.lower_ in BODY_HEADS for t in previous) and ent[0].is_title:
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "the Sovereign Fund of Egypt" + "for" +
            continue  # "Investment and Development"
        joined.append(ent)
    taken = {i for ent in joined for i in range(ent.start, ent.end)}
    return [_with_untagged_rest(doc, ent, taken) if ent.label_ == "ORG" else ent for ent in joined]


def _name_after_body(doc: Doc, org: Span) -> int | None:
    """Where the rest of a body's name starts after its 'of' or 'for' ('State Bank' + 'of India'); the model may
    have taken the 'of' into the name ('the State Industries Promotion Corporation of' + 'Tamil Nadu')."""
    head = org.end - 1
    while head > org.start and doc[head].lower_ in LINK_WORDS:
        head -= 1
    if doc[head].lower_ not in BODY_HEADS | {"court"} or head + 1 >= len(doc) or doc[head + 1].lower_ not in ("of", "for"):
        return None
    start = head + 2 + (head + 2 < len(doc) and doc[head + 2].lower_ == "the")
    return start if start >= org.end and (doc[head + 1].lower_ == "of" or doc[start - 1].lower_ == "the") else None


def _with_untagged_rest(doc: Doc, org: Span, taken: set[int]) -> Span:
    """'State Bank of India' where the model tagged only 'State Bank': the capitalised words after the 'of'."""
    start = _name_after_body(doc, org)
    end = start
    while end is not None and end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return Span(doc, org.start, end, label="ORG") if start is not None and end > start else org


LINK_WORDS = {"of", "for", "the"}
COMPASS_WORDS = {"north", "south", "east", "west", "central", "upper", "lower"}


def _joined_before_acronym(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Egyptian Holding Company for Airports' + 'and Air Navigation (EHCAAN)': the capitalised words after 'and'
    belong to the name where the bracketed acronym spells both parts."""
    found = []
    for ent in ents:
        if (named := _named_of_a_place_before_acronym(doc, ent)) is not None:
            found.append(named)
            continue
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
            continue
        bracket = next((t.i for t in doc[ent.end + 1 : ent.end + 6] if not t.is_title), None)
        if bracket is None or bracket == ent.end + 1 or doc[bracket].text != "(" or bracket + 2 >= len(doc) or doc[bracket + 2].text != ")":
            continue
        start = ent.start + int(ent[0].lower_ == "the")
        if initials(doc[start:bracket].text) == doc[bracket + 1].text:
            found.append(Span(doc, start, bracket, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _spelt_by_acronym_after(ent: Span) -> bool:
    """Whether a bracketed acronym after the name spells it: 'the State Railway of Thailand (SRT)' is a body's name."""
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" \
        and initials(ent.text) == doc[ent.end + 1].text


def _named_of_a_place_before_acronym(doc: Doc, ent: Span) -> Span | None:
    """'the State Railway' + 'of' + 'Thailand' + '(SRT)': a name the model cut at 'of a place', whole where the
    bracketed acronym spells both parts."""
    if ent.label_ != "ORG" or ent.end + 4 >= len(doc) or doc[ent.end].lower_ != "of" or doc[ent.end + 1].ent_type_ not in ("GPE", "LOC"):
        return None
    place_end = ent.end + 2
    while place_end < len(doc) and doc[place_end].ent_iob_ == "I":
        place_end += 1
    named = Span(doc, ent.start + int(ent[0].lower_ == "the"), place_end, label="ORG")
    return named if _spelt_by_acronym_after(named) else None


#: The words local and regional governments' names open with in other languages ('Regione Toscana', 'Junta de Andalucía').
GOVERNMENT_FIRST_WORDS = {"regione", "región", "região", "région", "provincia", "comune", "comunidad", "generalitat", "junta", "xunta",
                          "prefeitura", "ayuntamiento", "diputación", "gobierno", "governo"}
#: The heads of French, Spanish, Portuguese and Italian public bodies' names, which lower-case adjectives follow.
ROMANCE_BODY_HEADS = {"Conseil", "Consejo", "Conselho", "Consiglio", "Agence", "Chambre", "Ministère", "Communauté", "Syndicat",
                      "Diputación", "Secretaría", "Secretaria", "Agencia", "Agência", "Autoridad", "Autorité", "Autorità", "Instituto",
                      "Comisión", "Comissão", "Commissione", "Unidad", "Superintendencia", "Dirección"}
ROMANCE_PARTICLES = {"de", "du", "des", "del", "da", "do", "dos", "das", "di", "della", "dei"}
#: The words that join the places a body serves: 'para Lima y Callao', 'pour Paris et'.
ROMANCE_JOINERS = ROMANCE_PARTICLES | {"para", "pour", "per", "y", "e", "et"}
#: Articles inside a Spanish, French, Italian or Portuguese name ('Comisión Nacional de los Mercados y la Competencia').
ROMANCE_ARTICLES = {"la", "el", "los", "las", "le", "les", "il", "lo", "a", "o", "os", "as"}


def _with_romance_body_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Conseil régional des Hauts-de-France', of which the model tags 'Conseil', and 'the Autoridad de Transporte
    Urbano' + 'para Lima y Callao': a French, Spanish or Italian body's name runs over its lower-case adjectives and
    the places after 'des', 'del', 'para' or 'y'."""
    found = [whole for ent in ents if ent.label_ == "ORG" and (whole := _over_the_places_served(doc, ent) or _over_adjectives_and_place(doc, ent))]
    return _in_place_of_overlapped(ents, found)


def _over_the_places_served(doc: Doc, ent: Span) -> Span | None:
    """'the Autoridad de Transporte Urbano' + 'para Lima y Callao'."""
    if ent[int(ent[0].lower_ == "the")].text not in ROMANCE_BODY_HEADS or len(ent) <= 2:
        return None
    end = ent.end
    while end + 1 < len(doc) and doc[end].lower_ in ROMANCE_JOINERS and doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 2
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else None


def _over_adjectives_and_place(doc: Doc, ent: Span) -> Span | None:
    """'Conseil' + 'régional des Hauts-de-France'."""
    if ent[-1].text not in ROMANCE_BODY_HEADS:
        return None
    end = ent.end
    while end < min(ent.end + 2, len(doc)) and doc[end].is_lower and doc[end].is_alpha and doc[end].lower_ not in ROMANCE_PARTICLES:
        end += 1
    if end >= len(doc) or doc[end].lower_ not in ROMANCE_PARTICLES:
        return None
    place_end = end + 1
    while place_end < len(doc) and (doc[place_end].is_title and doc[place_end].is_alpha and (place_end == end + 1 or not doc[place_end - 1].whitespace_)
                                     or doc[place_end].text == "-" and not doc[place_end - 1].whitespace_
                                     or doc[place_end - 1].text == "-" and doc[place_end].is_alpha):
        place_end += 1  # "Hauts-de-France"
    return Span(doc, ent.start, place_end, label="ORG") if place_end > end + 1 and doc[place_end - 1].text != "-" else None


def _with_names_spelt_by_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Rail, Tram and Bus Union (RTBU)', which the model left untagged: capitalised words, with the commas and
    'and' of a list, that the bracketed acronym after them spells are an organisation's name."""
    found = []
    for bracket in tokens_with(doc, ORTH, ("(",)):
        if bracket.i + 2 >= len(doc) or doc[bracket.i + 2].text != ")" or not (acronym := doc[bracket.i + 1].text).isupper() \
                or not 3 <= len(acronym) <= 6 or not acronym.isalpha():
            continue
        start = bracket.i
        while start > 0 and (doc[start - 1].is_title and doc[start - 1].is_alpha or doc[start - 1].lower_ in ("and", "&", ",", "of", "for")
                             or doc[start - 1].lower_ in ROMANCE_JOINERS | ROMANCE_ARTICLES
                             or not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-")) \
                and "\n" not in doc[start - 1].whitespace_:  # (and the hyphenated parts of 'Île-de-France')
            start -= 1
        while start < bracket.i and (not doc[start].is_title or doc[start].lower_ == "the"):
            start += 1
        name = doc[start : bracket.i]
        inside = [e for e in ents if e.start < bracket.i and e.end > start]
        listed = initials(name.text) == acronym and any(t.text == "," for t in name)  # "Rail, Tram and Bus Union (RTBU)"
        placed = _spells_with_particles(acronym, name) and any(is_broad_place(t.text) for t in name)  # "Île-de-France Mobilités (IDFM)"
        romance = _spells_with_particles(acronym, name) and name[0].text in ROMANCE_BODY_HEADS  # "Comisión Nacional de los
        # Mercados y la Competencia (CNMC)", which the model cuts at its "y la"
        lead = start - (start > 0 and doc[start - 1].lower_ == "the")  # a name tagged with its article
        if len(name) >= 3 and (listed or placed or romance) and all(lead <= e.start and e.end <= bracket.i and e.label_ != "PERSON" for e in inside):
            found.append(Span(doc, start, bracket.i, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _spells_with_particles(acronym: str, name: Span) -> bool:
    """Whether the acronym takes the first letter of each capitalised word of the name, and of any of its lower-case
    particles: 'IDFM' of 'Île-de-France Mobilités'."""
    words = [fold(t.text)[0] for t in name if t.is_alpha]
    optional = [not t.text[0].isupper() for t in name if t.is_alpha]

    def spells(k: int, w: int) -> bool:
        if w == len(words):
            return k == len(acronym)
        take = k < len(acronym) and acronym[k] == words[w].upper() and spells(k + 1, w + 1)
        return take or optional[w] and spells(k, w + 1)
    return spells(0, 0)


NAMES_JOINED_BY_AMPERSAND = {"ORG", "PERSON", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "GPE"}


def _joined_by_ampersand(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Linwood & Shaw', of which the model made two products: names joined by '&' are one company's, unless both are
    places ('Trinidad & Tobago')."""
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and previous.end + 1 == ent.start and doc[previous.end].text == "&" \
                and {previous.label_, ent.label_} <= NAMES_JOINED_BY_AMPERSAND and not previous.label_ == ent.label_ == "GPE" \
                and previous[-1].is_title and ent[0].is_title:
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
            continue
        joined.append(ent)
    return joined


def _without_possessed_brand(doc: Doc, ent: Span) -> Span:
    """"Harrow & Pine's Fieldline work trousers", tagged whole: the company is the name before the possessive; the one
    word after it, before a common noun, names its product."""
    possessive = next((t.i for t in ent[1:-1] if t.tag_ == "POS" and t.lower_ in ("'s", "’s")), None)
    if ent.label_ != "ORG" or possessive is None or possessive != ent.end - 2 or not ent[-1].is_title or ent[-1].lower_ in BODY_HEADS | {"union"} \
            or ent.end >= len(doc) or not (doc[ent.end].is_lower and doc[ent.end].pos_ == "NOUN"):
        return ent
    return Span(doc, ent.start, possessive, label="ORG")


def _with_slashed_first_parts(doc: Doc, ents: list[Span]) -> list[Span]:
    """'V/Line', of which the model tags 'Line': a name written with a slash is one name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, e.start - 2, e.end, label=e.label_) if e.label_ == "ORG" and e.start >= 2 and doc[e.start - 1].text == "/"
            and not doc[e.start - 1].whitespace_ and not doc[e.start - 2].whitespace_ and doc[e.start - 2].text[:1].isupper()
            and e.start - 2 not in taken else e for e in ents]


def _joined_by_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Cheshire West' + 'and' + 'Chester Council': a council named after two places is one body; not 'Ford and
    Sunderland City Council', where the name before 'and' is no place."""
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and _a_council_without_its_place(ent) and previous.end == ent.start and previous.label_ in ("GPE", "LOC"):
            ent = Span(doc, previous.start, ent.end, label="ORG")  # "West Norfolk" + "Borough Council"
            joined.pop()
            previous = joined[-1] if joined else None
        if (previous is not None and ent.label_ == "ORG" and ent[-1].lower_ in BODY_HEADS and len(ent) <= 4
                and previous.end + 1 == ent.start and doc[previous.end].lower_ == "and" and previous[0].is_title
                and (previous.label_ in ("GPE", "LOC") or previous.label_ == "ORG" and (
                    previous[-1].lower_ in COMPASS_WORDS or is_known_town(previous.text)))):  # "King's Lynn" (tagged ORG)
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
            continue
        if previous is not None and _a_ministry_of(previous) and previous.end + 1 == ent.start and doc[previous.end].lower_ == "and" \
                and ent.label_ in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART") and len(ent) <= 3 and all(t.is_title for t in ent) \
                and not _names_a_company(ent):
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Ministry of Employment" + "and" + "Vocational
            continue  # Training" (a person to the model)
        if previous is not None and previous.label_ == ent.label_ == "ORG" and previous.end + 1 == ent.start and doc[previous.end].lower_ == "and" \
                and previous[-1].lower_ in UTILITY_FIELDS and ent[0].lower_ in UTILITY_FIELDS and len(ent) <= 3:
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Sohag Water" + "and" + "Wastewater Company"
            continue
        if previous is not None and previous.label_ == ent.label_ == "ORG" and previous[0].lower_ == "the" and len(previous) > 2 \
                and (previous.end == ent.start and previous[-1].lower_ in ("and", "&") or previous.end + 1 == ent.start
                     and doc[previous.end].lower_ in ("and", "&")) and ent[-1].lower_ in BODY_HEADS | {"tribunal", "court"} \
                and ent[0].is_title and ent[0].lower_ != "the":  # not "the EBRD ... and Development" + "and" + "the African Export-Import Bank"
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "the Victorian Civil and" + "Administrative Tribunal"
            continue
        joined.append(ent)
    return joined


def _a_ministry_of(ent: Span) -> bool:
    """'Ministry of Employment', 'the Department for Business': a ministry named for its portfolio, which may go on
    after an 'and'."""
    head = ent[int(ent[0].lower_ == "the")]
    return ent.label_ == "ORG" and head.text in MINISTRY_HEADS and any(t.lower_ in ("of", "for") for t in ent) and ent[-1].is_title


#: What a utility supplies or takes away, listed in its name ('Sohag Water and Wastewater Company').
UTILITY_FIELDS = {"water", "wastewater", "sewerage", "sanitation", "gas", "electricity", "power", "heat", "heating", "waste"}


def _a_council_without_its_place(ent: Span) -> bool:
    """'Borough Council', 'District Council': a local council the model tagged without the place it is named after."""
    return ent.label_ == "ORG" and len(ent) == 2 and ent[0].lower_ in COUNCIL_WORDS and ent[-1].lower_ == "council"


def _with_portfolio_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Business' + 'and Trade Committee', 'Bakers, Food' + 'and Allied Workers' Union': the model cuts a body named
    after a list of fields at its 'and'; the untagged capitalised words before it start the name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    fixed = []
    for ent in ents:
        joint = ent.start if ent[0].lower_ in ("and", "&") else ent.start - 1
        if ent.label_ != "ORG" or ent[-1].lower_ not in LIST_NAMED_BODIES or joint < 1 or doc[joint].lower_ not in ("and", "&"):
            fixed.append(ent)
            continue
        first = fixed[-1] if fixed else None
        if first is not None and first.end == joint and first.label_ == "ORG" and first[0].lower_ == "the" and len(first) > 2 \
                and all(t.is_title for t in first[1:]) and first[-1].lower_ not in LIST_NAMED_BODIES and not is_legal_form(first[-1].text):
            fixed[-1] = Span(doc, first.start + 1, ent.end, label="ORG")  # "The Irish Food" + "and
            continue  # Dairy Workers' Union": the model took the first half for a name of its own
        start = joint
        while start > 0 and start - 1 not in taken and (doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN")
                                                        or doc[start - 1].text == "," and start > 1 and doc[start - 2].is_title) \
                and not doc[start - 1].is_sent_start:
            start -= 1
        fixed.append(Span(doc, start, ent.end, label="ORG") if start < joint and doc[start].text != "," else ent)
    return fixed


def _with_portfolios_listed_after(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Department of Climate Change, Energy, the Environment and Water': the model ends a department's name at the
    comma before the rest of its list of portfolios."""
    starts = {e.start for e in ents}
    fixed = []
    for ent in ents:
        end = _end_of_listed_portfolios(doc, ent) if ent.label_ == "ORG" and any(t.lower_ in ("department", "ministry") for t in ent) \
            and ent[-1].lower_ in PORTFOLIO_WORDS else ent.end
        fixed.append(ent if end == ent.end or starts.intersection(range(ent.end, end)) else Span(doc, ent.start, end, label="ORG"))
    return fixed


def _end_of_listed_portfolios(doc: Doc, ent: Span) -> int:
    """Where a list of portfolios after the name ends (', Energy, the Environment and Water'), or the name's end."""
    i, closed = ent.end, False
    while i + 1 < len(doc) and not closed and doc[i].lower_ in (",", "and"):
        closed = doc[i].lower_ == "and"
        i += 1 + (doc[i + 1].lower_ == "the")
        words = 0
        while i < len(doc) and doc[i].is_title and doc[i].lower_ in PORTFOLIO_WORDS:
            i, words = i + 1, words + 1
        if not words:
            return ent.end
    return i if closed else ent.end


#: Last words of a street's name.
STREET_WORDS = ROAD_WORDS | {"drive", "boulevard", "lane", "parkway"}


def _with_union_locals(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Local 212 of the Atlantic Food and Allied Workers Union': a union's local named with its union is one body,
    whatever the model tagged of it."""
    fixed: list[Span] = []
    for ent in ents:
        start = ent.start - (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent[0].lower_ != "the")
        if ent.label_ == "ORG" and ent[-1].lower_ in UNION_ENDS and start >= 3 and doc[start - 1].lower_ == "of" \
                and doc[start - 2].like_num and doc[start - 3].text == "Local":
            while fixed and fixed[-1].end > start - 3:
                fixed.pop()  # "Local 212", tagged on its own
            ent = Span(doc, start - 3, ent.end, label="ORG")
        fixed.append(ent)
    return fixed


#: Last words of bodies named after a list of fields ('Business and Trade Committee', 'Food and Allied Workers' Union').
LIST_NAMED_BODIES = BODY_HEADS | {"committee", "union", "association", "federation", "council", "confederation", "workers"}


def _with_written_legal_forms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Østerby Pharma A/S', 'Żarnowiec Storage sp. z o.o.': legal forms the tokenizer splits into pieces, found in
    the text after the name; the pieces the model tagged on their own go."""
    extended: dict[int, Span] = {}
    text = document_text(doc)
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        match = next((m for m in WRITTEN_LEGAL_FORM.finditer(text, ent.start_char, ent.end_char + 12)
                      if m.start() <= ent.end_char < m.end()), None)  # after the name, or cut inside it ("Tecnoforge S.p.")
        if match:
            span = doc.char_span(ent.start_char, match.end(), alignment_mode="expand")
            if span is not None and span.end > ent.end:
                extended[ent.start] = Span(doc, span.start, span.end, label="ORG")
    if not extended:
        return ents
    covered = {i for span in extended.values() for i in range(span.start, span.end)}
    return sorted([extended.get(e.start, e) for e in ents if e.start in extended or not covered.intersection(range(e.start, e.end))],
                  key=lambda span: span.start)


def _lower_case_words_to_a_lower_case_form(doc: Doc, ent: Span, taken: set[int]) -> int | None:
    """Where a legal form written in lower case ('a.s.', 's.r.o.') stands one or two lower-case words after the name,
    the index of that form."""
    for words in (1, 2):
        form = ent.end + words
        if form < len(doc) and doc[form].text.islower() and is_legal_form(doc[form].text) and not taken.intersection(range(ent.end, form + 1)) \
                and all(t.is_alpha and t.is_lower and not t.is_stop for t in doc[ent.end : form]):
            return form
    return None


#: Words that end a group's name as a legal form does.
GROUP_NAME_ENDS = {"Holding", "Holdings", "Group"}


def _with_legal_suffixes(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Arvelle Battery Systems SE': the model ends the name before its legal form, or tags the form apart; and
    it sometimes starts the name one word late."""
    merged: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in (piece for ent in ents for piece in _cut_at_legal_form(ent)):
        previous = merged[-1] if merged else None
        if previous is not None and ent.start < previous.end:
            continue  # the number a union local's name took in
        if previous is not None and previous.label_ == "ORG" and is_legal_form(ent.text) and (
                ent.start == previous.end or _name_words_between(doc, previous, ent)):
            merged[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "PT Sinar Nikel" + "Mandiri" + "Tbk"
            continue
        if (previous is not None and previous.label_ in ("GPE", "PERSON", "NORP", "ORG", "PRODUCT") and ent.start == previous.end
                and ent.label_ == "ORG" and _ends_in_a_legal_form(ent) and previous[-1].tag_ != "POS"  # not "Japan's" + "X Corp."
                and "\n" not in previous.text_with_ws):  # nor a heading's last word + the next line's company
            merged[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Farmalia" (GPE) + "Distribución S.L." (ORG),
            # "Quorra" (a product to the model) + "Sound Inc.", "Seorin" + "Autotech Mexico SA de CV"
            continue
        if (previous is not None and ent.label_ == "ORG" and MEXICAN_LEGAL_FORM.fullmatch(ent.text) and previous.end + 1 == ent.start
                and doc[previous.end].text == ","):
            merged[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Jinrui Fundidora de México" + ", S.A. de C.V."
            continue
        if ent.label_ == "ORG" and MEXICAN_LEGAL_FORM.fullmatch(ent.text) and ent.start > 1 and doc[ent.start - 1].text == ",":
            start = ent.start - 1
            while start > 0 and start - 1 not in taken and doc[start - 1].is_title and ent.start - start < 6:
                start -= 1
            ent = Span(doc, start, ent.end, label="ORG") if start < ent.start - 1 else ent  # "MONTERREY — Grupo Logístico
            # Arrecife" (untagged after a dateline) + ", S.A. de C.V."
        if (ent.label_ in ("ORG", "PERSON", "PRODUCT") or ent.label_ in ("GPE", "LOC") and not (is_broad_place(ent.text) and not _after_a_name_word(doc, ent))) \
                and ent.end < len(doc) and (is_legal_form(doc[ent.end].text) or ent.label_ != "GPE" and doc[ent.end].text in GROUP_NAME_ENDS) \
                and ent.end not in taken:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")  # "Kessler Antriebstechnik" (a person to the model) + "GmbH",
            # "Hutě Odra" (a place to it) + "a.s.", "Vestjysk Mejeri" (a product) + "amba", "Dar Al-Khaleej" (a person) + "Holding"
        if ent.label_ in ("ORG", "PERSON", "PRODUCT") and (form := _lower_case_words_to_a_lower_case_form(doc, ent, taken)) is not None:
            ent = Span(doc, ent.start, form + 1, label="ORG")  # "Slezská" + "energetika" + "a.s.": Czech names keep their
            # second word in lower case, as their legal form ("Chodovská", a product to the model, + "keramika" + "a.s.")
        if ent.label_ == "ORG" and (form_start := _mexican_form_start(doc, ent)) is not None:
            start = form_start  # "Grupo Industrial Tamez S.A.B. de" (untagged) + "C.V."
            while start > 0 and start - 1 not in taken and doc[start - 1].is_title and form_start - start < 5 \
                    and "\n" not in doc[start - 1].whitespace_:
                start -= 1
            ent = Span(doc, start, ent.end, label="ORG") if start < form_start else ent
        if ent.label_ == "ORG" and ent[-1].text in CO_OPERATIVE_ENDS and ent.end < len(doc) and ent.end not in taken \
                and doc[ent.end].is_title and doc[ent.end].pos_ in ("PROPN", "NOUN") and not doc[ent.end].is_sent_start:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")  # "Kilcolman Co-operative" + "Creamery"
        if _legal_form_after_a_comma(doc, ent, taken):
            ent = Span(doc, ent.start, ent.end + 2, label="ORG")  # "Taihe Steel Group Co." + ", Ltd.", "Taiko Kisen Kaisha" (a
            # person to the model) + ", Ltd."
        if ent.label_ == "ORG" and ent[-1].lower_ == "local" and ent.end < len(doc) and doc[ent.end].text.isdigit():
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")  # "United Steelworkers Local 4417": a union local's number
        if ent.label_ == "ORG" and ent.start > 1 and doc[ent.start - 1].text == "-" and not doc[ent.start - 2].whitespace_ \
                and not doc[ent.start - 1].whitespace_ and doc[ent.start - 2].is_title and ent.start - 2 not in taken:
            ent = Span(doc, ent.start - 2, ent.end, label="ORG")  # "Okpara Agro-" + "Chemicals Plc"
        tagged_start = ent.start
        while ent.label_ == "ORG" and ent.start and tagged_start - ent.start - ("&" in doc[ent.start : tagged_start].text) < 3 \
                and _untagged_name_word_before(doc, ent, taken) and (previous is None or ent.start > previous.end):  # not back into
            # "Chen Feng Footwear Co." + ", Ltd." merged just before: "... Co., Ltd. PT Langkah Jaya has signed"
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")  # "Tallis Cloud Infrastructure Ltd" tagged from "Cloud", "IDB
            # Invest", "Prairie Forge Towers LLC" from "LLC"
        if ent.start < tagged_start:
            if previous is not None and previous.label_ in ("GPE", "PERSON", "NORP", "ORG") and ent.start == previous.end \
                    and _ends_in_a_legal_form(ent) and previous[-1].tag_ != "POS":
                merged[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "KT" + "Separator" + "Hungary Kft", "Vireon"
                continue  # (a place to the model) + "Cell" + "Hungary Kft"
        merged.append(ent)
    return merged


def _after_a_name_word(doc: Doc, ent: Span) -> bool:
    """'KT Separator Hungary Kft.': a country inside a company's name, after a word of it."""
    return ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" and doc[ent.start - 1].text[:1].isupper() \
        and "\n" not in doc[ent.start - 1].whitespace_


def _ends_in_a_legal_form(ent: Span) -> bool:
    return is_legal_form(ent[-1].text) or ENDS_MEXICAN_FORM.search(ent.text) is not None


#: Legal forms written after a comma ('Taiko Kisen Kaisha, Ltd.', 'Nortek, Inc.', 'Alvorada Renováveis, S.A.').
COMMA_LEGAL_FORMS = {"Ltd.", "Ltd", "Inc.", "Inc", "LLC", "L.L.C.", "Co.", "Limited", "S.A.", "Lda.", "Lda", "Ltda.", "Ltda", "S.L.", "S.p.A.", "S.A.S.",
                     "B.V.", "N.V."}


def _legal_form_after_a_comma(doc: Doc, ent: Span, taken: set[int]) -> bool:
    """', Ltd.' after a company name ending in a legal form ('Co., Ltd.'), or after a name the model took for a person
    or a product; after anything else a comma and 'Co.' would start a list."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or ent.end + 1 in taken:
        return False
    form = doc[ent.end + 1].text
    return ent.label_ == "ORG" and (is_legal_form(ent[-1].text) and is_legal_form(form) or form in COMMA_LEGAL_FORMS - {"Co."}) \
        or ent.label_ in ("PERSON", "PRODUCT") and form in COMMA_LEGAL_FORMS  # "Ciclo Lusitano" + ", Lda."


def _with_names_over_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Cristalaria do Lis, S.A.', 'Vidros do Mondego, Lda.', 'Kuusela Celulose do Brasil Ltda.', 'Gediz Beyaz Eşya Sanayi
    ve Ticaret A.Ş.': a legal form ends a name that runs back over particles, the conjunctions of Turkish, Portuguese and
    Spanish names and capitalised words (and over a brand set before the name with a dash), however the model cut and
    tagged its pieces."""
    found = []
    joining = NAME_PARTICLES | NAME_CONJUNCTIONS
    for form in tokens_where(doc, ORTH, is_legal_form):
        if form.text.islower() and "." not in form.text or in_clutter(doc, form.idx):
            continue
        start = form.i - (form.i > 0 and doc[form.i - 1].text == ",")
        while start > 0 and _name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_ or (
                start > 1 and doc[start - 1].lower_ in joining and _name_word(doc[start - 2]) and doc[start].is_title):
            start -= 1
        if start > 1 and doc[start - 1].text == "–" and _name_word(doc[start - 2]) and "\n" not in doc[start - 2].whitespace_ \
                and not doc[start - 2].is_upper and doc[start - 2].ent_type_ not in ("GPE", "LOC") and not is_known_town(doc[start - 2].text):
            start -= 2  # "Quadrimetal – Indústria de Quadros, S.A.": a Portuguese company's brand and its registered name (not
            # a dateline's "CAMPANA, Argentina –")
            while start > 0 and _name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
                start -= 1
        if any(t.lower_ in joining for t in doc[start : form.i]) and form.i - start >= 3 \
                and not any(e.label_ == "ORG" and e.start <= start and form.i < e.end for e in ents):
            found.append(Span(doc, start, form.i + 1, label="ORG"))
    found += _repeats_without_legal_form(doc, found)
    return _in_place_of_overlapped(ents, found) if found else ents


#: 'and' in company names of other languages: 'Sanayi ve Ticaret A.Ş.', 'Indústria e Comércio Ltda.', 'Industrias y
#: Servicios S.A.' (the English 'and' joins two companies as often as it joins a name).
NAME_CONJUNCTIONS = {"ve", "e", "y"}


def _with_co_operative_heads(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Sabarmati District Co-operative Milk Producers' Union Ltd': Indian dairy unions name a district, then
    'Co-operative', what the members produce and a possessive plural; the model tags the district a place and keeps
    only 'Union Ltd'."""
    found = []
    for ent in ents:
        if ent.label_ != "ORG" or not is_legal_form(ent[-1].text) and ent[-1].lower_ not in ("union", "federation", "society"):
            continue
        start = ent.start
        while start > 1 and ent.start - start < 8 and "\n" not in doc[start - 1].whitespace_:
            if doc[start - 1].tag_ == "POS" and doc[start - 1].text == "'" and doc[start - 2].tag_ == "NNPS":
                start -= 2  # "Producers'"
            elif _name_word(doc[start - 1]) and doc[start - 1].ent_type_ not in ("GPE", "LOC") or doc[start - 1].text in CO_OPERATIVE_ENDS:
                start -= 1
            else:
                break
        if not any(t.text in CO_OPERATIVE_ENDS for t in doc[start : ent.start]):
            continue
        place = next((e for e in ents if e.end == start and e.label_ in ("GPE", "LOC")), None)
        if place is not None:
            start = place.start + (place[0].lower_ == "the")
        found.append(Span(doc, start, ent.end, label="ORG"))
    return _with_co_operative_ends(doc, _in_place_of_overlapped(ents, found) if found else ents)


def _with_co_operative_ends(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Lisnagry Dairies' + 'Co-operative': the model ends a co-operative's name before the word that says what it is."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, e.start, e.end + 1, label="ORG") if e.label_ == "ORG" and e.end < len(doc) and doc[e.end].text in CO_OPERATIVE_ENDS
            and e.end not in taken and "\n" not in e[-1].whitespace_ else e for e in ents]


def _untagged_name_word_before(doc: Doc, ent: Span, taken: set[int]) -> bool:
    before = doc[ent.start - 1]
    if before.text == "&" and ent.start > 1 and doc[ent.start - 2].is_title:
        return before.i not in taken  # "Hebei Jinyuan Iron" + "&" + "Steel Group Co., Ltd."
    return before.i not in taken and (before.pos_ == "PROPN" and (before.is_title or before.is_upper and len(before) > 1) or _coined_word(before)) \
        and before.lower_ not in NOT_NAME_WORDS and before.text not in CAPACITY_UNITS and before.lower_ not in DATE_WORDS \
        and "\n" not in before.whitespace_  # not "in April" + "Meseta Cloud SL"


def _coined_word(token: Token) -> bool:
    """'NordCO2', 'BioNTech': a capitalised word with capitals or digits inside, which only a name is, however tagged."""
    text = token.text
    return text[:1].isupper() and text.isalnum() and not text.isupper() and any(c.isupper() or c.isdigit() for c in text[1:])


def _repeats_without_legal_form(doc: Doc, names: list[Span]) -> list[Span]:
    """'Cristalaria do Lis, S.A. ... Cristalaria do Lis, controlled by the Vieira family': the name again without its
    legal form, which the model tags in pieces again."""
    repeats = []
    taken = {i for name in names for i in range(name.start, name.end)}
    for name in names:
        words = [t.text for t in name if not is_legal_form(t.text)]
        words = words[:-1] if words and words[-1] == "," else words
        for first in tokens_with(doc, ORTH, (words[0],)):
            end = first.i + len(words)
            if end <= len(doc) and [t.text for t in doc[first.i : end]] == words and not taken.intersection(range(first.i, end)):
                repeats.append(Span(doc, first.i, end, label="ORG"))
                taken.update(range(first.i, end))
    return repeats


def _with_its_site_word(doc: Doc, ent: Span) -> Span:
    """'the anchor tenant of the Lotus Bay Industrial Park': the model's organisation stops before the park's word, so
    the park became a company; the name runs on to 'Park', and is a site."""
    word = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "ORG" or word is None or not word.is_title or word.lower_ not in SITE_NAME_WORDS - {"area"} \
            or doc[ent.end - 1].head.i != word.i or not ent[-1].whitespace_:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="FAC")


def _with_lower_case_sites(doc: Doc, ents: list[Span]) -> list[Span]:
    """'on the Júndiz industrial estate', 'in the Yen Phong II-C industrial park': a site's name written with its kind in
    lower case runs on over those words, whether the model left the name untagged or tagged it as a place."""
    sites = []
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    for word in tokens_where(doc, LOWER, lambda lower: lower in ("estate", "park", "zone")):
        kind = doc[word.i - 1]
        if word.i < 2 or kind.lower_ != "industrial" or not word.is_lower:
            continue
        start = kind.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].text == "-" or doc[start - 1].like_num) \
                and not doc[start - 1].is_sent_start and start - 1 not in org_tokens:
            start -= 1
        if start < kind.i and doc[start].is_title:
            sites.append(Span(doc, start, word.i + 1, label="FAC"))
    if not sites:
        return ents
    taken = {i for site in sites for i in range(site.start, site.end)}
    return sorted([e for e in ents if taken.isdisjoint(range(e.start, e.end))] + sites, key=lambda span: span.start)


def _with_names_after_company_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Sindicato dos Vidreiros do Centro', tagged as a place, a building and a place: a company word that opens a
    name in Spanish, Portuguese or French runs on over particles and capitalised words, whatever the model made of them."""
    found = []
    for word in tokens_where(doc, LOWER, lambda lower: lower in COMPANY_FIRST_WORDS):
        if not word.is_title or in_clutter(doc, word.idx) or any(e.label_ == "ORG" and e.start <= word.i < e.end for e in ents):
            continue
        end = word.i + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
                _name_word(doc[end]) and not doc[end].is_sent_start
                or doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if end - word.i >= 3 and any(t.lower_ in NAME_PARTICLES for t in doc[word.i + 1 : end - 1]) and doc[end - 1].is_title \
                and not any(e.label_ == "ORG" and e.start < end < e.end for e in ents):
            found.append(Span(doc, word.i, end, label="ORG"))
    return _in_place_of_overlapped(ents, found) if found else ents


def _as_place_with_an_official(doc: Doc, ent: Span) -> Span:
    """'Marinha Grande's mayor, Rui Gaspar', 'Ferenc Kardos, mayor of Nyíregyháza': a name whose mayor or governor is
    spoken of is a place's (a governor 'of' a name may head a bank)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return ent
    if len(ent) > 1 and ent[-1].tag_ == "POS" and ent.end < len(doc) and doc[ent.end].lower_ in PLACE_OFFICIALS:
        return Span(doc, ent.start, ent.end - 1, label="GPE")  # "Raon-l'Étape's mayor", the model taking in the "'s"
    possessed = ent.end + 1 < len(doc) and doc[ent.end].tag_ == "POS" and doc[ent.end + 1].lower_ in PLACE_OFFICIALS
    mayor_of = ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ == "mayor" \
        and not any(t.lower_ in DEFAULT_ORG_WORDS or t.lower_ in ("the", "city", "town", "municipality") for t in ent)
    # not "mayor of Cork City Council", "mayor of the City of Kouvola" (the town's body)
    return Span(doc, ent.start, ent.end, label="GPE") if possessed or mayor_of else ent


def _with_seats_before_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Regional Directorate for Environmental Protection in Lublin (RDOŚ)': the seat between a body's name and its
    bracketed acronym is part of the name (one directorate per province)."""
    places = {e.start: e for e in ents if e.label_ == "GPE"}
    fixed, seats = [], set()
    for ent in ents:
        seat = places.get(ent.end + 1) if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ == "in" else None
        if seat is not None and seat.end + 2 < len(doc) and doc[seat.end].text == "(" and doc[seat.end + 2].text == ")" \
                and doc[seat.end + 1].text[:1].isupper() and ent[-1].lower_ not in DEFAULT_ORG_WORDS:
            fixed.append(Span(doc, ent.start, seat.end, label="ORG"))
            seats.add(seat.start)
        elif ent.start not in seats:
            fixed.append(ent)
    return fixed


def _towns_with_mayors(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Rejowiec Fabryczny mayor Piotr Zając said the town had waited': a name written before 'mayor' and a person is
    a town's, here and wherever else the model took it for an organisation ('at its Rejowiec Fabryczny cement works')."""
    towns = {e.text for e in ents if e.label_ in ("ORG", "GPE") and e.end + 1 < len(doc) and doc[e.end].lower_ == "mayor"
             and doc[e.end + 1].ent_type_ == "PERSON" and not any(t.lower_ in DEFAULT_ORG_WORDS or t.lower_ in BODY_HEADS for t in e)}
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ == "ORG" and e.text in towns else e for e in ents] if towns else ents


def _mexican_form_start(doc: Doc, ent: Span) -> int | None:
    """Where a Mexican legal form starts when the model tagged only its end ('C.V.' of 'S.A.B. de C.V.'), else None."""
    if len(ent) > 2 or not ent.text.startswith(("C.V", "de C.V")):
        return None
    window = document_text(doc)[max(ent.start_char - 16, 0) : ent.end_char]
    form = next((m for m in MEXICAN_LEGAL_FORM.finditer(window) if m.end() == len(window) and m.group().endswith("C.V.")), None)
    span = doc.char_span(ent.end_char - (len(window) - form.start()), ent.end_char, alignment_mode="expand") if form else None
    return span.start if span is not None and span.start < ent.start else None


def _name_words_between(doc: Doc, previous: Span, ent: Span) -> bool:
    """One or two capitalised words, untagged, between a name and its legal form."""
    gap = doc[previous.end : ent.start]
    return 1 <= len(gap) <= 2 and all(t.is_title and t.pos_ == "PROPN" and t.whitespace_ and not t.ent_type_ for t in gap)


def _cut_at_legal_form(ent: Span) -> list[Span]:
    """'Hanul Cell Co. Wisla said', 'run by Hoshizora Semiconductor Kyushu K.K. Hoshizora Electronics owns 70%', 'run
    by Lianyi Electronics de México S.A. de C.V. Lianyi has assembled': a
    name ends at its legal form; the capitalised words after it start the next sentence with another name."""
    inner = next((t for t in ent[:-1] if t.text.endswith(".") and (is_legal_form(t.text) or t.text == "C.V.") and t.nbor().is_title
                  and not is_legal_form(t.nbor().text)), None) if ent.label_ == "ORG" else None
    if inner is None:
        return [ent]
    return [Span(ent.doc, ent.start, inner.i + 1, label="ORG"), Span(ent.doc, inner.i + 1, ent.end, label="ORG")]


def _ends_with_written_legal_form(text: str, end: int) -> bool:
    """'Skjold Blades A/S', 'Vetrocon S.p.A.': a legal form the tokenizer splits into pieces ends the name (the text
    may run a few characters past an entity the model cut inside the form: 'Danforte Impianti S.p.|A. under', or
    stop right before it: 'Agrolanda Polska| sp. z o.o.')."""
    return any(end <= match.end() - 1 <= end + 4 or match.start() <= end + 1 < match.end() - 2
               for match in WRITTEN_LEGAL_FORM.finditer(" " + text))  # or cut inside the form: "Stalbud Sp|. z o.o."


def _last_name_word(ent: Span) -> Token:
    """The name's last word, before the possessive the model may tag with it ("Kessler Antriebstechnik GmbH's")."""
    return ent[-2] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent[-1]


def is_legal_form(text: str) -> bool:
    """'Ltd', 'GmbH', 'AS', 'a.s.'; not the words 'as' or 'sa' written in lower case."""
    return text.lower().rstrip(".") in LEGAL_FORMS and (not text.islower() or "." in text or text == "amba")  # Danish
    # co-operatives write theirs in lower case ("Arla Foods amba")


#: Verbs that give a person a post: 'has appointed X as chief executive'.
APPOINTING_VERBS = {"appoint", "name", "hire", "promote", "elect", "nominate", "select", "choose", "install", "tap", "confirm"}


def _appointed_as(doc: Doc, ent: Span) -> bool:
    """Whether the name is the object of an appointing verb and followed by 'as' and a title, or by the title alone
    ('has named Pieter-Jan Smulders chief executive'): only people get posts."""
    after = doc[ent.end : ent.end + 4]
    root = ent.root
    verb = root.head if root.dep_ == "dobj" else root.head.head if root.dep_ in ("nmod", "compound") and root.head.dep_ == "oprd" else None
    if verb is None or verb.lemma_ not in APPOINTING_VERBS or len(after) < 2:
        return False
    if after[0].lower_ == "as":
        title = after[1:]
    elif root.dep_ != "dobj":  # the title parsed as what the name modifies
        title = after[:2]
    else:
        return False
    return any(t.lower_ in TITLE_NOUNS | NOT_NAME_WORDS for t in title)


def _untagged_people_appointed(doc: Doc, ents: list[Span]) -> list[Span]:
    """'has appointed Isabelle Fontanier as chief executive': two or three capitalised words right after an appointing
    verb and before 'as' and a title name a person, where the model tagged nothing."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for verb in tokens_where(doc, LEMMA, lambda lemma: lemma in APPOINTING_VERBS):
        end = verb.i + 1
        while end < len(doc) and end - verb.i <= 3 and end not in taken and doc[end].is_title and doc[end].is_alpha:
            end += 1
        name = doc[verb.i + 1 : end]
        if verb.pos_ == "VERB" and 2 <= len(name) <= 3 and end + 1 < len(doc) and doc[end].lower_ == "as" \
                and any(t.lower_ in TITLE_NOUNS for t in doc[end + 1 : end + 4]):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def _addressed_with_an_honorific(doc: Doc, word: Token) -> bool:
    """Whether the story writes the word elsewhere after 'Mr.', 'Ms', 'Dr'...: a surname."""
    return any(t.i != word.i and honorific_length(doc, t.i, -1) for t in tokens_with(doc, ORTH, (word.text,)))


def _a_name_word(token: Token) -> bool:
    """An untagged capitalised proper noun on the same line as the word after it."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and not token.is_sent_start and "\n" not in token.whitespace_


def _a_lone_legal_form(ent: Span) -> bool:
    """'KT Separator Hungary Kft.': the model tags 'Kft.' alone as a date; untagged, the company's name is joined up."""
    return len(ent) == 1 and ent.label_ != "ORG" and is_legal_form(ent.text)


def _ends_a_company_name(text: str) -> bool:
    """A legal form, or 'Co-operative' ('the Tywi Milk Co-operative'), which ends a name as one does."""
    return is_legal_form(text) or text in CO_OPERATIVE_ENDS


def _untagged_legal_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'an MoU with Farmalia Distribución S.L.', 'PT Wijaya Karsa Konstruksi': capitalised words ending in a legal
    form, or after one written first, name a company."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in tokens_where(doc, ORTH, lambda text: text in LEGAL_PREFIXES or _ends_a_company_name(text)):  # no other word starts one
        if token.text in LEGAL_PREFIXES and token.i not in taken and not in_clutter(doc, token.idx):
            end = token.i + 1
            while end < len(doc) and end - token.i <= 4 and end not in taken and _name_word(doc[end]):
                end += 1
            if end - token.i >= 2:
                found.append(Span(doc, token.i, end, label="ORG"))
                taken.update(range(token.i, end))
            continue
        if token.i in taken or not _ends_a_company_name(token.text) or token.text.islower() and "." not in token.text \
                or in_clutter(doc, token.idx):
            # ("s.r.o", "a.s." are written in lower case, with their dots)
            continue
        start = token.i
        while start > 0 and token.i - start < 5 and start - 1 not in taken and (_name_word(doc[start - 1]) or _inside_a_name(doc, start - 1, taken)):
            start -= 1
        end = token.i + 1
        if end + 1 < len(doc) and not token.whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ \
                and doc[end + 1].lower_ in ("operative", "op"):
            end += 2  # "the Tywi Milk Co-operative": a co-operative, not a company called "Tywi Milk Co."
        if start < token.i:
            found.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
    return found


#: A French or Italian article run into the capitalised word after it ("l'Oriental", "d'Azur").
ELIDED_NAME = re.compile(r"[ldLD]['’]\w")


def _inside_a_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """'Ciments de l'Oriental S.A.': a particle or an elided article between two words of a name ("de", "l'Oriental")."""
    word = doc[i]
    if ELIDED_NAME.match(word.text) and word.text[2:3].isupper():
        return True
    return word.lower_ in NAME_PARTICLES and i > 0 and i - 1 not in taken and _name_word(doc[i - 1])


def _with_untagged_written_legal_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Orlik Kolbe Recykling sp. z o.o., the venture of ...': capitalised words before a legal form of several words
    name a company, where the model tagged neither (or a piece of the form as a place)."""
    text = document_text(doc)
    orgs = {i for e in ents if e.label_ in ("ORG", "PERSON") for i in range(e.start, e.end)}
    found = []
    for match in WRITTEN_LEGAL_FORM.finditer(text):
        form = doc.char_span(match.start() + len(match.group(0)) - len(match.group(0).lstrip()), match.end(), alignment_mode="expand")
        if form is None or " " not in form.text or orgs.intersection(range(form.start, form.end)) or in_clutter(doc, form.start_char):
            continue
        start = form.start
        while start > 0 and form.start - start < 5 and start - 1 not in orgs and _name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start < form.start:
            found.append(Span(doc, start, form.end, label="ORG"))
    if not found:
        return ents
    covered = {i for span in found for i in range(span.start, span.end)}
    return sorted([e for e in ents if not covered.intersection(range(e.start, e.end))] + found, key=lambda span: span.start)


def _name_word(token: Token) -> bool:
    """A word that can be part of a company name: capitalised, not a title, and not a sentence-opening 'In' or 'The'
    ('Hanbit On Co.' has an 'On' the tagger reads as a preposition)."""
    opener = token.is_sent_start and token.pos_ in ("ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ")
    return token.text[:1].isupper() and token.lower_ not in NOT_NAME_WORDS | DATE_WORDS and not opener and token.pos_ != "PUNCT"


def _company_names(ents: list[Span]) -> list[Span]:
    """Multi-word ORG names whose leading words can stand for the company; not 'The ...' and not a place the
    model ran into a name ('Nakkapalli in Andhra Pradesh's')."""
    return [e for e in ents if e.label_ == "ORG" and len(e) > 1 and e[0].text[:1].isupper() and not e[0].is_stop
            and not any(t.lower_ in ("in", "at", "near") or t.tag_ == "POS" and t.i < e.end - 1 for t in e)]  # "Tata Electronics'" is one


#: Lower-case nouns whose 'of' introduces a place by its name ('the port of Takoradi').
PLACE_WORDS_BEFORE_OF = {"port", "island", "harbour", "harbor"}


def _after_a_place_word_of(doc: Doc, ent: Span) -> bool:
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].is_lower \
        and doc[ent.start - 2].lower_ in PLACE_WORDS_BEFORE_OF


def _short_form_sources(names: list[Span]) -> list[Span]:
    """Company names whose leading words can stand for them, and the same without a leading province, company word or
    legal form: "Huayou" of "Zhejiang Huayou Cobalt", "Fundidora del Norte" of "Grupo Fundidora del Norte"."""
    common = {t.text for t in names[0].doc if t.is_lower} if names else set()
    return names + [e[_leading_company_words(e) or 1:] for e in names if len(e) > 2 and (
        e[0].lower_ in COMPANY_FIRST_WORDS or is_broad_place(e[0].text) or is_chinese_province(e[0].text) or starts_with_legal_form(e.text)
        or is_known_town(e[0].text) and e[1].lower_ not in DEFAULT_ORG_WORDS and e[1].lower_ not in common and not is_known_town(e[1].text))
        or len(e) == 2 and e[0].lower_ in COMPANY_FIRST_WORDS and e[1].is_title and not is_broad_place(e[1].text)]  # "Siderúrgica Cantábrica"
    # "Sulawesi Bumi" of "PT Sulawesi Bumi Nikel Tbk", "Brenta" of "Officine Meccaniche Brenta S.p.A.", "Jinrui" of
    # "Ningbo Jinrui Auto Components Co." (not "Gas" of "Osaka Gas Co.", nor "Data" of "Kulim Data Campus Sdn Bhd" in a
    # story that writes "data centre")


def _leading_company_words(name: Span) -> int:
    """How many of a name's first words say what kind of company it is ('Officine Meccaniche'), leaving one at least."""
    count = 0
    while count < len(name) - 1 and name[count].lower_ in COMPANY_FIRST_WORDS:
        count += 1
    return count


def _possessed_short_form(ent: Span, prefixes: set[tuple[str, ...]], first_named: int) -> bool:
    """"Luzon Apo's" of "at Luzon Apo's cement plant", a building to the model with its possessive: a company's short
    form after its full name."""
    return ent.label_ == "FAC" and len(ent) > 1 and ent[-1].text in ("'s", "’s") and ent.start > first_named \
        and tuple(t.text for t in ent[:-1]) in prefixes


#: What only a party to business does ('Haedong will run the centre'), as a place hosting a plant does not.
PARTY_VERBS = {"run", "operate", "sign", "agree", "buy", "sell", "invest", "spend", "pay", "acquire", "license", "supply",
               "own", "hold", "say", "announce", "hire", "employ", "order"}


def _a_place_the_story_names(ent: Span, placed: set[str]) -> bool:
    """A place the model tagged that the story also names as one ('in Tarfaya'), a broad one, or one not standing where
    a party to something does ('the Tuas plant'): not a company's short form, however the company is named after it."""
    return is_broad_place(ent.text) or ent.text in placed or not _acts_as_a_party(ent.root)


def _acts_as_a_party(word: Token) -> bool:
    """"Haedong's plan", 'license its design to Haedong': where a company, not a place, stands (a place can be the
    subject of a verb: 'Tarfaya will host the plant')."""
    return word.dep_ in ("nsubjpass", "poss") or word.dep_ == "pobj" and word.head.lower_ in ("to", "with", "by", "for") \
        or word.dep_ == "nsubj" and word.head.lemma_ in PARTY_VERBS


def _untagged_short_forms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Hanbit On would supply' after 'Hanbit On Co.', "Hanseong's plant" after 'Hanseong Motor Group': the leading
    words of a company's name, untagged, are that company (longest prefix first); so are they where the model took them
    for a product or for a place no gazetteer knows after the full name ('Orbis will put in SAR 400 million' after 'Orbis
    Aircraft Leasing', 'to Haedong' after 'Haedong Shipping')."""
    full = [e for e in _company_names(ents) if e[0].lower_ not in NOT_NAME_WORDS]
    whole = {(e.start, e.end) for e in full}
    prefixes = {tuple(t.text for t in e[:n]) for e in _short_form_sources(full) for n in range(1, len(e) + ((e.start, e.end) not in whole))
                if not is_broad_place(e[:n].text) and not (n == 1 and starts_with_legal_form(e.text))}  # not "PT" alone; all of
    # what is left of a name without its company word ("Udalbe" of "Plásticos Udalbe")
    if not prefixes:
        return []
    first_named = min(e.start for e in full)
    placed = {doc[i + 1].text for i in range(len(doc) - 1) if doc[i].lower_ in PLACING_PREPOSITIONS}
    taken = {i for e in ents if not (e.label_ in ("PRODUCT", "GPE") and tuple(t.text for t in e) in prefixes and e.start > first_named
                                     and not is_known_town(e.text) and not (e.label_ == "GPE" and _a_place_the_story_names(e, placed))
                                     # "its Winnipeg plant" beside the Winnipeg Business Tribune; "license its design to Haedong",
                                     # a GPE to the model, but not "Tarfaya" of Tarfaya Green Ammonia SA, "in Tarfaya"
                                     and not (e.end < len(doc) and doc[e.end].is_title)  # not the start of a longer name
                                     or _possessed_short_form(e, prefixes, first_named))
             for i in range(e.start, e.end)}
    texts = [t.text for t in doc]  # one pass over the tokens; each candidate name is compared as a slice of it
    found = []
    for i, text in enumerate(texts):
        if i in taken or not text[:1].isupper() or in_clutter(doc, doc[i].idx):
            continue
        for length in range(min(4, len(doc) - i), 0, -1):
            if tuple(texts[i : i + length]) not in prefixes or taken.intersection(range(i, i + length)):
                continue
            after = doc[i + length] if i + length < len(doc) else None
            if not (after is not None and after.pos_ == "PROPN" and after.i not in taken):
                found.append(Span(doc, i, i + length, label="ORG"))
                taken.update(range(i, i + length))
                break
    return found


def _untagged_names_in_capitals(doc: Doc, ents: list[Span]) -> list[Span]:
    """'ARDCARRIG PHARMA TO INVEST €140 MILLION': a headline in capitals writes a company's name, or its leading words,
    as it writes every word; the model tags none of them. A single word counts only where the text never writes it in
    lower case ('STEEL' of 'Steel Dynamics' is a word)."""
    names = _short_form_sources([e for e in _company_names(ents) if e[0].lower_ not in NOT_NAME_WORDS])
    lower_words = {t.lower_ for t in doc if t.is_lower}
    shouted = {tuple(t.text.upper() for t in e[:n]) for e in names for n in range(1, len(e) + 1)
               if not is_broad_place(e[:n].text) and (n > 1 or e[0].lower_ not in lower_words and len(e[0]) > 3)}
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        if token.i in taken or not token.is_upper or not token.is_alpha or in_clutter(doc, token.idx):
            continue
        for length in range(min(4, len(doc) - token.i), 0, -1):
            if tuple(t.text for t in doc[token.i : token.i + length]) in shouted and not taken.intersection(range(token.i, token.i + length)):
                found.append(Span(doc, token.i, token.i + length, label="ORG"))
                taken.update(range(token.i, token.i + length))
                break
    return found


def _untagged_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """'MEDC chief executive Paula Dunleavy' after 'the Michigan Economic Development Corporation': an untagged
    capitalised word spelling the initials of an organisation's name is that organisation."""
    spelled = {initials(e.text) for e in ents if e.label_ == "ORG" and len(e) > 2}
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in tokens_where(doc, ORTH, lambda text: len(text) > 2 and text in spelled)
            if t.i not in taken and not in_clutter(doc, t.idx)]


def _untagged_acronyms_of_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """"€28 million from Spain's energy agency, IDAE,", "a grant from AICEP, the Portuguese trade and investment agency":
    an untagged word in capitals set off after a public body's description, or before it, is that body's name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in tokens_where(doc, ORTH, lambda text: len(text) > 2 and text.isupper() and text.isalpha())
            if t.i not in taken and (t.i > 1 and doc[t.i - 1].text == "," and doc[t.i - 2].lemma_ in BODY_HEADS or _described_after(doc, t))
            and not in_clutter(doc, t.idx)]


def _described_after(doc: Doc, word: Token) -> bool:
    """'AICEP, the Portuguese trade and investment agency,': a public body's description set off right after the word,
    wherever the parser hung it."""
    if word.i + 2 >= len(doc) or doc[word.i + 1].text != "," or doc[word.i + 2].lower_ != "the":
        return False
    return any(t.dep_ == "appos" and t.lemma_ in BODY_HEADS and t.left_edge.i == word.i + 2 for t in doc[word.i + 3 : word.i + 10])


def _untagged_company_names(doc: Doc, ents: list[Span], org_words: set[str]) -> list[Span]:
    """'Tabuk Metals Company has invited seven contractors to bid': capitalised proper nouns the model left untagged,
    two or more on one line, the last a word that ends company names."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for last in tokens_where(doc, LOWER, lambda text: text in org_words or text == "company"):
        start = last.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        words = doc[start : last.i + 1]
        if len(words) >= 2 and last.is_title and last.pos_ == "PROPN" and not taken.intersection(range(start, last.i + 1)) \
                and (last.i + 1 == len(doc) or not (doc[last.i + 1].is_title and doc[last.i + 1].pos_ == "PROPN")) \
                and not any(t.lower_ in NOT_NAME_WORDS for t in words) and not in_clutter(doc, words.start_char) \
                and not _in_title_case_text(last.sent):
            found.append(Span(doc, start, last.i + 1, label="ORG"))
            taken.update(range(start, last.i + 1))
    return found


def _in_title_case_text(sentence: Span) -> bool:
    """'Erection of Whey Protein Drying Plant, Effluent Treatment Works and Associated Infrastructure at ...': an agenda
    item or a heading capitalises its words, names or not."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) > 0.6 * len(words)


def _untagged_union_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The local branch of the Fellesforbundet union said', 'the OS KOVO metalworkers' union': the capitalised name
    between 'the' and 'union' is the union's; 'the trade union FNV': so is the one right after 'union'."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for union in tokens_with(doc, ORTH, ("union",)):
        if in_clutter(doc, union.idx):
            continue
        members = union.i - (union.i > 1 and doc[union.i - 1].text in ("'", "’") and doc[union.i - 2].is_lower) * 2
        end = members if members < union.i else union.i
        start = end
        while start > max(end - 3, 0) and _proper(doc[start - 1]) and start - 1 not in taken:
            start -= 1
        after = union.i + 1
        while after < min(union.i + 4, len(doc)) and _proper(doc[after]) and after not in taken:
            after += 1
        if start < end and start > 0 and doc[start - 1].lower_ == "the":
            found.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
        elif after > union.i + 1 and doc[union.i - 1].lower_ in ("the", "trade", "labour", "labor"):
            found.append(Span(doc, union.i + 1, after, label="ORG"))
            taken.update(range(union.i + 1, after))
        elif (named := _named_before_its_description(doc, union, taken)) is not None:
            found.append(named)
            taken.update(range(named.start, named.end))
    for name in _unions_named_together(doc, taken):
        found.append(name)
        taken.update(range(name.start, name.end))
    return found


def _unions_named_together(doc: Doc, taken: set[int]) -> list[Span]:
    """'The CCOO and UGT unions opened talks': each name joined before 'the ... unions' is a union's."""
    found = []
    for unions in tokens_with(doc, ORTH, ("unions",)):
        start = unions.i
        while start > 0 and unions.i - start < 8 and (_proper(doc[start - 1]) or doc[start - 1].lower_ in ("and", ",")):
            start -= 1
        if start == unions.i or doc[start - 1].lower_ != "the" or "and" not in (t.lower_ for t in doc[start : unions.i]):
            continue
        for joined, words in itertools.groupby(doc[start : unions.i], key=lambda t: t.lower_ in ("and", ",")):
            words = list(words)
            if not joined and not taken.intersection(range(words[0].i, words[-1].i + 1)):
                found.append(Span(doc, words[0].i, words[-1].i + 1, label="ORG"))  # "the IG Metall and Verdi unions"
    return found


def _named_before_its_description(doc: Doc, noun: Token, taken: set[int]) -> Span | None:
    """'the Vlaamse Voedingsbond, the food workers' union': the capitalised name right before a comma and the
    description, whatever the parser hung the description on."""
    opening = noun.left_edge.i
    if doc[opening].lower_ not in ("the", "a", "an") or opening < 2 or doc[opening - 1].text != ",":
        return None
    end = start = opening - 1
    while start > max(end - 4, 0) and _proper(doc[start - 1]) and start - 1 not in taken:
        start -= 1
    return Span(doc, start, end, label="ORG") if start < end else None


#: The last word of a public body's name the model may leave untagged ('The Liverpool City Region Combined Authority').
BODY_NAME_ENDS = ("Authority", "Agency", "Commission", "Council", "Corporation", "Board", "Fund", "Bureau", "Inspectorate", "Directorate")


def _with_untagged_body_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Liverpool City Region Combined Authority has offered a grant': a run of capitalised words after 'the' that
    ends with a public body's word names that body, even where the model tagged only its place, or nothing."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for end in tokens_with(doc, ORTH, BODY_NAME_ENDS):
        start = end.i
        while start > end.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and (
                taken.get(start - 1) is None or taken[start - 1].label_ in ("GPE", "LOC")):
            start -= 1
            if start - 2 > end.sent.start and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title and start - 2 not in taken:
                start -= 1  # "the Mines and Geosciences Bureau"
        if end.i in taken or start == end.i or start == 0 or doc[start - 1].lower_ != "the" or in_clutter(doc, end.idx):
            continue
        found.append(Span(doc, start, end.i + 1, label="ORG"))
    return _in_place_of_overlapped(ents, found)


#: Words a local body's name starts with in the languages translations leave them in: 'the Gemeinde Geeste', 'the
#: Bürgerinitiative Lebenswertes Geeste', 'Gmina Stryków', 'the Comune di Melfi', 'the Prefeitura de Toledo'.
LOCAL_BODY_WORDS = {"Gemeinde", "Samtgemeinde", "Marktgemeinde", "Verbandsgemeinde", "Stadt", "Landkreis", "Kreis", "Bürgerinitiative",
                    "Gmina", "Comune", "Kommune", "Kommun", "Mairie", "Prefeitura", "Ayuntamiento", "Município", "Municipio", "Commune"}
LOCAL_BODY_PARTICLES = {"de", "di", "do", "da", "del", "von"}


def _with_local_body_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Gemeinde Geeste has cleared the way': a local body named in its own language, which the model tags as a
    place or a lone 'Gemeinde', is one organisation with the place it governs."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for word in tokens_with(doc, ORTH, LOCAL_BODY_WORDS | {"Municipality"}):
        if word.text == "Municipality" and (word.i + 1 == len(doc) or doc[word.i + 1].lower_ != "of" or word.dep_ == "pobj"
                                            and word.head.lower_ in SITE_PREPOSITIONS):
            continue  # 'The Municipality of Venlo welcomed the growth', not 'built in the Rural Municipality of Corman Park'
        end = word.i + 1 + (word.i + 1 < len(doc) and doc[word.i + 1].lower_ in LOCAL_BODY_PARTICLES | {"of"})
        name_end = end
        while name_end < min(end + 3, len(doc)) and doc[name_end].is_title and doc[name_end].is_alpha:
            name_end += 1
        owner = taken.get(word.i)
        if name_end == end or in_clutter(doc, word.idx) or owner is not None and owner.label_ == "ORG" and owner.end > name_end:
            continue
        found.append(Span(doc, word.i, name_end, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _with_second_places_served(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Royal Commission for Jubail' + 'and Yanbu': a public body named for two places, which the model cuts at
    the 'and' between them."""
    found = []
    for ent in ents:
        served = next((t for t in ent[1:] if t.lower_ in ("for", "of") and t.nbor(-1).lower_ in BODY_HEADS), None)
        end = ent.end
        if ent.label_ != "ORG" or served is None or ent.end - served.i != 2 or end + 1 >= len(doc) or doc[end].lower_ != "and":
            continue
        place = doc[end + 1]
        if place.is_title and (is_known_town(place.text) or breadth(place.text) > 0) and not (
                end + 2 < len(doc) and doc[end + 2].is_title):
            found.append(Span(doc, ent.start, end + 2, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _in_place_of_overlapped(ents: list[Span], found: list[Span]) -> list[Span]:
    """The entities with the names found in place of those they overlap, in text order."""
    covered = {i for span in found for i in range(span.start, span.end)}
    return sorted([e for e in ents if not covered.intersection(range(e.start, e.end))] + found, key=lambda span: span.start)


MINISTRY_HEADS = {"Ministry", "Secretariat", "Department", "Directorate", "Office", "Bureau"}


def _with_untagged_ministries(doc: Doc, ents: list[Span]) -> list[Span]:
    """'through its Secretariat of Sustainable Development, which has approved': a ministry's name the model left
    untagged, from its capitalised head through the capitalised words after 'of' or 'for' ('and' and commas between),
    with the place before it ('South Carolina Department of Commerce'); and the rest of one the model cut short ('the
    Federal Economic Development Agency' + 'for Southern Ontario', 'Ministry for the Ecological Transition' + 'and
    the Demographic Challenge')."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for head in tokens_with(doc, ORTH, MINISTRY_HEADS | {"Agency"}):
        link = head.i + 1
        tagged = taken.get(head.i)
        if tagged is not None and tagged.label_ == "FAC" and head.text in MINISTRY_HEADS:  # 'won an order from the
            taken = {i: e for i, e in taken.items() if e is not tagged}  # Secretariat of Infrastructure, Communications
            tagged = None  # and Transport', taken for a building
        if link + 1 >= len(doc) or doc[link].lower_ not in ("of", "for") or in_clutter(doc, head.idx) \
                or tagged is not None and tagged.label_ != "ORG" or tagged is None and head.text not in MINISTRY_HEADS:
            continue
        start = head.i if tagged is None else tagged.start
        while tagged is None and start > head.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ") and (
                taken.get(start - 1) is None or taken[start - 1].label_ in ("GPE", "LOC")):
            start -= 1
        end = link + 1 + (doc[link + 1].lower_ == "the")
        if tagged is not None and tagged.end > end:  # a portfolio the model took in: only an 'and' goes on with it
            end = tagged.end
            if end >= len(doc) or doc[end].lower_ not in ("and", "&"):
                continue
        last = None
        while end < len(doc) and (taken.get(end) is None or taken[end].label_ in ("GPE", "LOC")) and (
                doc[end].is_title or doc[end].lower_ in ("and", ",", "&") and (last is not None or tagged is not None)
                or doc[end].lower_ == "the" and doc[end - 1].lower_ == "and"):
            last = end if doc[end].is_title else last
            end += 1
        if last is not None and (tagged is None or last >= tagged.end):
            found.append(Span(doc, start, last + 1, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _with_members_before_unions(doc: Doc, ents: list[Span]) -> list[Span]:
    """"The Eastern Cape Motor Components Workers' Union", tagged from 'Union' only: the capitalised words and the
    members' possessive before it are the union's name, whatever places the model found among them."""
    for ent in [e for e in ents if e.label_ == "ORG" and e[0].text in ("Union", "Federation", "Association")]:
        start = ent.start
        if start < 2 or doc[start - 1].text not in ("'", "’") or not _proper(doc[start - 2]):
            continue
        start -= 1
        while start > 0 and (_proper(doc[start - 1]) or doc[start - 1].text == "&"):
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the" and start < ent.start - 2:
            ents = [e for e in ents if not start <= e.start < ent.end] + [Span(doc, start, ent.end, label="ORG")]
    return sorted(ents, key=lambda span: span.start)


def _with_untagged_first_conjunct(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Highlands and Islands Enterprise approved a grant': a public body named after two places joined by 'and', of which
    the model tagged only the second half, when the first word opens the sentence or follows 'the' (companies joined by
    'and' are two: 'Hagedorn and Ruhrsynth Chemie AG')."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    fixed = []
    for ent in ents:
        first = ent.start - 2
        if ent.label_ == "ORG" and first >= 0 and doc[ent.start - 1].lower_ == "and" and first not in taken and ent[-1].text in BODY_NAME_ENDS + ("Enterprise",) \
                and doc[first].is_title and doc[first].is_alpha and (doc[first].is_sent_start or first and doc[first - 1].lower_ == "the"):
            ent = Span(doc, first, ent.end, label="ORG")
        fixed.append(ent)
    return fixed


#: How a co-operative's name ends.
CO_OPERATIVE_NAME = re.compile(r"\bCo-?operative$|\bCo-op$")


def _with_company_words_after_places(doc: Doc, ents: list[Span], org_words: set[str]) -> list[Span]:
    """'from Estrada Pharma', tagged as the place 'Estrada': a name the model took for a place, followed by a
    capitalised word that ends company names (perhaps after a name word or two: 'Jiangsu Ruikang Biotech'), is that
    company's name; so is 'Ntshebe' + 'Chrome Smelters', the rest tagged as a person or a company of its own, and
    'Vinil' + 'Turda SRL', the rest ending in a legal form."""
    starting = {e.start: e for e in ents}
    absorbed: set[int] = set()
    fixed = []
    for ent in ents:
        if ent.start in absorbed:
            continue
        end = ent.end
        while ent.label_ == "GPE" and len(ent) <= 2 and end < len(doc) and doc[end].is_title and doc[end].lower_ in org_words \
                and not doc[end].ent_type_:
            end += 1
        if ent.label_ == "GPE" and len(ent) == 1 and end == ent.end:
            end = _end_of_untagged_company_words(doc, ent.end, org_words)  # "Jiangsu" + "Ruikang Biotech"
        rest = starting.get(ent.end)
        if ent.label_ == "GPE" and len(ent) <= 2 and end == ent.end and rest is not None and rest.label_ in ("PERSON", "ORG") \
                and (rest[-1].lower_ in org_words and all(t.is_title for t in rest) or is_legal_form(rest[-1].text) and all(t.is_title for t in ent)
                     and not is_known_town(ent.text) and not is_broad_place(ent.text)):  # "Vinil" + "Turda SRL", not "DRESDEN" +
            # "Tessaron Microsystems GmbH"
            end = rest.end
            absorbed.add(rest.start)
        elif ent.label_ in ("GPE", "LOC") and rest is not None and rest.label_ == "ORG" and CO_OPERATIVE_NAME.search(rest.text) \
                and all(t.is_title for t in ent if t.lower_ != "the"):
            end = rest.end  # "the Saint John Valley Potato" (a place to the model) + "Growers Co-operative"
            absorbed.add(rest.start)
        elif ent.label_ == "ORG" and len(ent) == 1:
            end = _end_of_untagged_company_words(doc, ent.end, org_words)  # "Cordero" + "Hale Construction"
        fixed.append(Span(doc, ent.start, end, label="ORG") if end > ent.end else ent)
    return fixed


def _end_of_untagged_company_words(doc: Doc, start: int, org_words: set[str]) -> int:
    """Where the untagged capitalised words after a name end, if the last of them (three at most) ends company names."""
    end = start
    while end < len(doc) and end - start < 3 and _a_name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
        end += 1
        if doc[end - 1].lower_ in org_words:
            return end
    return start


def _proper(token: Token) -> bool:
    """A word of a name: a capitalised proper noun, or a word in capitals ('OS KOVO', whatever the tagger says)."""
    return token.is_title and token.pos_ == "PROPN" or token.is_upper and token.is_alpha and len(token) > 1


def _untagged_venture_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The venture, to be called Northrock Cathode Materials, will be 60 per cent owned by Hanseong': the name a venture
    or company is to be called by names an organisation."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for verb in tokens_with(doc, LOWER, ("called", "named")):
        clause = doc[max(verb.sent.start, verb.i - 6) : verb.i]
        if not any(t.lemma_.lower() in VENTURE_NOUNS | {"company", "business"} for t in clause):
            continue
        end = verb.i + 1
        while end < len(doc) and end - verb.i <= 5 and _proper(doc[end]) and end not in taken:  # "to be called VE Tekstil"
            end += 1
        if end - verb.i >= 2:
            found.append(Span(doc, verb.i + 1, end, label="ORG"))
            taken.update(range(verb.i + 1, end))
    return found


def _with_apposed_venture_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'to form a joint venture, Nile Akyol Denim, which will build': the capitalised words set off by commas after
    'venture' are the venture's whole name, whatever pieces of it the model tagged (here its parents' words)."""
    found = []
    for noun in tokens_with(doc, LOWER, ("venture", "jv")):
        start = noun.i + 2
        if start >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        end = start
        while end < len(doc) and end - start < 6 and _proper(doc[end]):
            end += 1
        if end - start >= 2 and end < len(doc) and doc[end].text == ",":
            found.append(Span(doc, start, end, label="ORG"))
    return _in_place_of_overlapped(ents, found)


def _untagged_acting_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Hanbit On supplies cells': an untagged proper-noun subject of a corporate verb is an organisation."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in tokens_with(doc, POS, ("PROPN",)):
        acting = _acts_like_an_organisation(token)
        if token.i in taken or not (acting or _gives_money(token)) or in_clutter(doc, token.idx) or is_legal_form(token.text):
            continue  # a legal form ends a name the next step reads whole ("Hanbit On Co.")
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in taken]
        start = min([c.i for c in words] + [token.i])
        if all(t.text[:1].isupper() or t.lower_ in ("and", "&", "-") for t in doc[token.left_edge.i : token.i]) and doc[token.left_edge.i].text[:1].isupper():
            start = min(start, token.left_edge.i)  # "Highlands and Islands Enterprise, the regional development agency,";
            # "The Auvergne-Rhône-Alpes Region will fund": never "Alpes Region", cut at a hyphen
        while start < token.i and doc[start].lower_ in DATE_WORDS:
            start += 1  # "in April Meseta Cloud SL, which is building": the month is no part of the name
        span = doc[start : token.i + 1]
        if not acting and sum(t.pos_ == "PROPN" for t in span) < 2:
            continue  # a giver of money, named in two words or more ("The Generalitat Valenciana has offered a grant")
        if all(t.text[:1].isupper() or t.lower_ in ("and", "&", "-") for t in span) and not taken.intersection(range(span.start, span.end)) \
                and not _names_an_office(doc, span):
            found.append(Span(doc, span.start, span.end, label="ORG"))
            taken.update(range(span.start, span.end))
    return found


def _untagged_run_in_headings(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Andes Hydrolytics. The Chilean electrolyser developer reached financial close': a digest's item opens with its
    company's bare name as a sentence of its own, which the next sentence describes."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for sent in doc.sents:
        words = sent[:-1]
        if 1 <= len(words) and _a_bare_name(words, taken) and sent.end < len(doc) and _opens_a_line(doc, sent.start) \
                and _describes_a_company(doc[sent.end : sent.end + 5]):
            found.append(Span(doc, words.start, words.end, label="ORG"))
    return found


def _untagged_answer_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'GARETH LLOYD: Caledonia Offshore Wind. We signed the contract with them': a speaker's answer that opens with a
    bare name, a sentence of its own, names a company (not a place the question was about)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for turn in turns(document_text(doc)):
        answer = doc.char_span(turn.label[1], turn.end, alignment_mode="expand") if turn.speaker else None
        if answer is None or not len(answer):
            continue
        words = doc[answer.start : answer[0].sent.end - 1]  # the parser may run the label into the sentence
        if 2 <= len(words) and _a_bare_name(words, taken) and all(t.is_title for t in words) and not is_known_town(words.text):
            found.append(Span(doc, words.start, words.end, label="ORG"))
    return found


def _a_bare_name(words: Span, taken: set[int]) -> bool:
    """A sentence of up to four capitalised words and its full stop, none of them tagged, that is no broad place."""
    return len(words) <= 4 and words.end < len(words.doc) and words.doc[words.end].text == "." and all(t.text[:1].isupper() and t.is_alpha for t in words) \
        and not taken.intersection(range(words.start, words.end)) and not is_broad_place(words.text)


def _opens_a_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _describes_a_company(words: Span) -> bool:
    """'The Chilean electrolyser developer', 'The Chennai-based module maker'."""
    if not words or words[0].lower_ != "the":
        return False
    noun = next((t for t in words[1:] if t.pos_ == "NOUN" and not (t.dep_ == "compound" or t.dep_ == "amod")), None)
    return noun is not None and noun.lemma_ in COMPANY_NOUNS


#: Small words inside a name its acronym skips ('Instituto para la Diversificación y Ahorro de la Energía (IDAE)').
NAME_CONNECTORS = {"of", "for", "and", "the", "de", "la", "del", "des", "du", "para", "y", "e", "et", "für", "der", "und", "&", "da", "do", "di"}


#: Last words of things news abbreviates that are no bodies ('Power Purchase Agreement (PPA)', 'Special Economic Zone
#: (SEZ)', 'Final Investment Decision (FID)').
NOT_BODIES = {"agreement", "zone", "decision", "investment", "area", "park", "corridor", "programme", "program", "scheme", "act",
              "law", "policy", "project", "plan", "index", "rate", "tax", "credit", "incentive", "memorandum", "understanding",
              "intent", "price", "standard", "mechanism", "facility", "initiative", "regulation", "directive", "estate", "city"}


def _untagged_acronym_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The Instituto para la Diversificación y Ahorro de la Energía (IDAE) approved a grant': capitalised words whose
    initials spell the acronym in brackets after them name an organisation, though the model tagged nothing."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in tokens_with(doc, LOWER, ("(",)):
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")" or not (acronym := doc[token.i + 1].text).isupper() \
                or not 3 <= len(acronym) <= 8 or not acronym.isalpha() or in_clutter(doc, token.idx):
            continue
        start, letters = token.i, ""
        while start > 0 and len(letters) < len(acronym) and (doc[start - 1].is_title or doc[start - 1].lower_ in NAME_CONNECTORS):
            start -= 1
            if doc[start].is_title:
                letters = doc[start].text[0] + letters
        while start < token.i and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
        if letters.upper() == acronym and not taken.intersection(range(start, token.i)) and doc[token.i - 1].lower_ not in NOT_BODIES:
            found.append(Span(doc, start, token.i, label="ORG"))
            taken.update(range(start, token.i))
    return found


def portfolio_end(doc: Doc, i: int) -> int | None:
    """Where the portfolio that starts after the 'of' or 'for' at ``i`` ends ('Minister of Investment, Trade and
    Industry' + 'Datuk Seri Anuar Hakim'), if a title stands before it and a portfolio word after it."""
    if not 0 < i < len(doc) - 1 or doc[i].lower_ not in ("of", "for") or doc[i - 1].lower_ not in PORTFOLIO_TITLES:
        return None
    end = i + 1
    while end < len(doc):
        if doc[end].is_title and doc[end].lower_ in PORTFOLIO_WORDS:
            end += 1
        elif end > i + 1 and doc[end].lower_ in (",", "and", "&") and (after := _portfolio_word_after(doc, end)) is not None:
            end = after
        else:
            break
    return end if end > i + 1 else None


def _portfolio_word_after(doc: Doc, i: int) -> int | None:
    """The next portfolio word after a comma or 'and' in a list of portfolios (', and Technical Education')."""
    j = i + 1
    if doc[i].text == "," and j < len(doc) and doc[j].lower_ in ("and", "&"):
        j += 1
    return j if j < len(doc) and doc[j].is_title and doc[j].lower_ in PORTFOLIO_WORDS else None


def _names_after_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Minister of Industry and Trade Karim Bennani said', 'Coordinating Minister for Economic Affairs Bambang
    Sutrisno': the model cuts a name after a long portfolio, tags part of the portfolio with it ('Economic Affairs
    Bambang Sutrisno') or tags the portfolio alone as a person; the capitalised words after the portfolio are the name."""
    for anchor in tokens_with(doc, LOWER, ("of", "for")):
        if (end := portfolio_end(doc, anchor.i)) is None:
            continue
        start = end + honorific_length(doc, end)
        stop = start
        while stop < len(doc) and stop - start < 4 and doc[stop].pos_ == "PROPN" and doc[stop].is_title \
                and doc[stop].lower_ not in PORTFOLIO_WORDS | NOT_NAME_WORDS | TITLE_NOUNS:
            stop += 1
        around = [e for e in ents if e.start < stop and e.end > anchor.i + 1]
        if stop - start < 2 or any(e.label_ != "PERSON" and e.start >= start for e in around):
            continue
        others = [e for e in ents if e not in around]
        name_end = max([stop] + [e.end for e in around])
        ents = sorted(others + [Span(doc, start, name_end, label="PERSON")], key=lambda e: e.start)
    return ents


def _untagged_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Governor Masaru Ikeda told', 'Marloes de Wit, Van Roon's chief operating officer, told': two to four capitalised
    words (with name particles inside) that the model left untagged, right after a job title or before one in
    apposition, are a person."""
    taken = {i for e in ents if not _a_name_taken_for_a_date(e) and not _a_surname_taken_for_a_people(e) and not _a_first_name_before_a_particle(e)
             for i in range(e.start, e.end)}
    found = []
    i = 0
    while i < len(doc):
        i += honorific_length(doc, i)  # "Chairman Tan Sri" + "Lim Chee Keong"
        end = i
        while end < len(doc) and end - i < 4 and end not in taken and (doc[end].pos_ == "PROPN" or end == i and doc[end].pos_ == "NOUN"
                                                                        or end > i and doc[end].lower_ in SURNAME_PARTICLES) and (
                doc[end].is_title or end > i and _surname_particles_then_a_name(doc, end)) \
                and doc[end].lower_ not in NOT_NAME_WORDS | TITLE_NOUNS | PORTFOLIO_WORDS:
            end += 1
        if end - i >= 2 and doc[end - 1].is_title and not in_clutter(doc, doc[i].idx) and _titled(doc, span := Span(doc, i, end, label="PERSON")):
            start = i - 1 if i and _first_name_taken_for_a_place(doc, doc[i - 1]) else i  # "Marta" (GPE) + "Vidal Soler"
            found.append(Span(doc, start, _name_end(doc, span), label="PERSON"))  # "Chief Executive Park Min" + "-jae"
        i = max(end, i + 1)
    return found


def _untagged_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Deputy Minister of Trade, Industry and Competition Nomsa Mbatha-Khoza told guests ... Mbatha-Khoza said': the
    model tags the surname alone but not the full name after a long title; an untagged copy of a tagged person's
    name, with a capitalised first name before it, is that person in full."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    names = list(dict.fromkeys(tuple(t.text for t in e) for e in ents if e.label_ == "PERSON"))  # in order: runs agree
    found = []
    for name in names:
        for start in (t.i for t in tokens_with(doc, ORTH, (name[0],))):
            end = start + len(name)
            first = doc[start - 1] if start else None
            if tuple(t.text for t in doc[start:end]) != name or taken.intersection(range(start - 1, end)) or first is None \
                    or not (first.pos_ == "PROPN" and first.is_title and first.is_alpha) or first.lower_ in NOT_NAME_WORDS | TITLE_NOUNS \
                    or "\n" in first.whitespace_ or in_clutter(doc, first.idx):
                continue
            found.append(Span(doc, start - 1, end, label="PERSON"))
            taken.update(range(start - 1, end))
    return found


#: 'Anjali Deshpande • 1st' over 'Plant Head at Voltera Cells | Mentor': a member of a professional network, with how
#: closely the reader is connected to them, and the headline of their profile, which names their employer after 'at'.
CONNECTION_LINE = re.compile(rf"^[ \t]*(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}})[ \t]*[•·][ \t]*{CONNECTION_DEGREE}[ \t]*\n"
                             r"(?:[^|\n]{1,60}? at (?P<employer>[A-Z][^|\n]{1,60}?)[ \t]*(?=\||$))?", re.MULTILINE)


def _with_connections_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A commenter's name over their headline, which the model often leaves untagged or calls a place: a person; and
    the employer the headline names, which it tags as anything: an organisation."""
    found = []
    for line in CONNECTION_LINE.finditer(document_text(doc)):
        found.append(doc.char_span(*line.span("name"), label="PERSON"))
        if line["employer"]:
            found.append(doc.char_span(*line.span("employer"), label="ORG"))
    found = [span for span in found if span is not None]
    return [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)] + found


CALENDAR_WORDS = {*MONTHS, *WEEKDAYS, *(m[:3] for m in MONTHS), "sept", "year", "years", "old", "month", "months", "week",
                  "weeks", "day", "days", "quarter", "half", "decade", "century", "fiscal", "financial", "christmas", "easter"}


def _surname_particles_then_a_name(doc: Doc, i: int) -> bool:
    """'de' of 'Marloes de Wit', 'van' and 'den' of 'Pieter van den Berg': name particles from token ``i`` on, then a
    capitalised word."""
    j = i
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES | SURNAME_PARTICLES:
        j += 1
    return i < j < len(doc) and doc[j].is_title


def _a_first_name_before_a_particle(ent: Span) -> bool:
    """'said Pieter van den Berg, Chief Executive Officer of Voltaris', of which the model calls 'Pieter' a product: one
    capitalised word before a surname's particles."""
    doc = ent.doc
    return len(ent) == 1 and ent.label_ in ("PRODUCT", "GPE", "ORG", "NORP") and ent[0].is_title and ent.end < len(doc) \
        and doc[ent.end].text in SURNAME_PARTICLES and _surname_particles_then_a_name(doc, ent.end)


def _a_surname_taken_for_a_people(ent: Span) -> bool:
    """'Limpho Sekese, the LNDC's chief executive', of which the model calls 'Sekese' a people: one capitalised word that
    is no demonym."""
    return ent.label_ == "NORP" and len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].is_title and not is_plain_demonym(ent.text)


def _a_name_taken_for_a_date(ent: Span) -> bool:
    """'Fergal Dineen', of which the model calls 'Dineen' a date: a capitalised word with no digit that names no
    month or day."""
    return ent.label_ == "DATE" and len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].is_title and ent[0].is_alpha \
        and ent[0].lower_.rstrip(".") not in CALENDAR_WORDS


def _people_apart_from_employers(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The general manager of Tianrui Wang Lei said', 'Chairman ... of Ege Güneş Murat Yalçınkaya': a translated
    genitive runs a company's short name into the name of the person its title belongs to, and the model tags the two as
    one organisation. Split where the words before are a shorter form of a company the story names in full and two or
    three capitalised words follow that are in no other name ('of Kaveri Cloud Infrastructure' beside 'Kaveri Cloud
    Infrastructure Pvt Ltd'), after a title and 'of'; last, when the story's companies are all known."""
    companies = [e for e in ents if e.label_ == "ORG"]
    leading = _texts_of(companies, lambda name: [name[:k] for k in range(1, len(name) + 1)] + [name[i : i + 1] for i in range(len(name))])
    inside = _texts_of(companies, lambda name: [name[i : i + n] for n in (2, 3) for i in range(len(name) - n + 1)])
    result = []
    for ent in ents:
        cut = None
        if ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ == "of" and _after_a_title(doc, ent.start - 1):
            cut = next((k for k in range(len(ent) - 2, 0, -1) if len(ent) - k <= 3
                        and all(t.is_title and t.is_alpha and t.lower_ not in DEFAULT_ORG_WORDS and not is_legal_form(t.text) for t in ent[k:])
                        and leading.get(ent[:k].text, set()) - {ent.start} and not inside.get(ent[k:].text, set()) - {ent.start}), None)
        result += [Span(doc, ent.start, ent.start + cut, label="ORG"), Span(doc, ent.start + cut, ent.end, label="PERSON")] if cut else [ent]
    return result


def _without_leading_demonyms(ents: list[Span]) -> list[Span]:
    """'the Chinese Jiangsu Tianrui Photovoltaic Co., Ltd.', as a translation introduces a foreign partner: the demonym
    describes the company and is no part of its name, where the story also calls the company by a shorter name
    without it ('Tianrui'); 'Indian Oil Corporation' is shortened to 'Indian Oil' and keeps its first word. The acronym
    in brackets after a name ('The European Bank for Reconstruction and Development (EBRD') is the whole name's."""
    named_so = _texts_of([e for e in ents if e.label_ == "ORG"], lambda name: [name])
    result = []
    for ent in ents:
        first = int(ent.label_ == "ORG" and ent[0].lower_ == "the")
        named = ent[first + 1 :] if ent.label_ == "ORG" and len(ent) > first + 2 else None
        unbracketed = named[: next((t.i - named.start for t in named if t.text == "("), len(named))] if named is not None else None
        if named is not None and ent[first].is_title and is_plain_demonym(ent[first].text) and named[0].is_title and any(
                named_so.get(form.text, set()) - {ent.start} for form in [unbracketed[:k] for k in range(1, len(unbracketed) + 1)] + [t for t in unbracketed]):
            ent = Span(ent.doc, named.start, ent.end, label="ORG")
        result.append(ent)
    return result


def _texts_of(names: list[Span], forms: Callable[[Span], list[Span]]) -> dict[str, set[int]]:
    """The texts of some forms of each name ('Ege Güneş' of 'Ege Güneş Teknolojileri A.Ş.'), each with where the names
    giving it start: looked up once per name rather than compared with every other name (quadratic in a long story)."""
    found: dict[str, set[int]] = {}
    for name in names:
        for form in forms(name):
            found.setdefault(form.text, set()).add(name.start)
    return found


GENITIVE_TITLES = TITLE_NOUNS | {"manager", "head", "chief"}


def _after_a_title(doc: Doc, of: int) -> bool:
    """Whether a title ends within the few words before 'of' ('Chairman of the Board of Directors (Yönetim Kurulu
    Başkanı) of')."""
    return any(t.lower_ in GENITIVE_TITLES for t in doc[max(0, of - 12) : of])


def _after_a_country_s(doc: Doc, ent: Span) -> bool:
    """Whether the name follows a country's possessive ('Chile's'), as a company of that country does."""
    return ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" and is_country(doc[ent.start - 2].text) or ent.start >= 3 \
        and doc[ent.start - 1].tag_ == "POS" and is_country(doc[ent.start - 3 : ent.start - 1].text)


def _without_trailing_names(ent: Span) -> Span | None:
    """'its 60-year-old Amagasaki works', 'The Amagasaki plant': a date the model ran on into a capitalised word that
    names no month or day, which is left untagged (a town, to the rules that read untagged names)."""
    if ent.label_ != "DATE":
        return ent
    end = ent.end
    while end > ent.start and _a_name_taken_for_a_date(Span(ent.doc, end - 1, end, label="DATE")):
        end -= 1
    if end == ent.end:
        return ent
    return Span(ent.doc, ent.start, end, label="DATE") if end > ent.start else None


#: Words that name a currency before or after an amount ('Rs 500 crore', 'Dh5.5bn', '12 billion Won').
CURRENCY_WORDS = set(SYMBOLS) | set(WORDS)


def _without_name_before_amount(ent: Span) -> Span:
    """'and Norcastle C$300 million': the model ran the name of who gives it into the amount, or the currency into the
    name; the amount starts at its currency or number (not at 'Rs' or 'Dh', which are currencies)."""
    doc = ent.doc
    if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_.rstrip(".") in CURRENCY_WORDS and ent.end < len(doc) and doc[ent.end].like_num:
        return Span(doc, ent.start, ent.end - 1, label="ORG")  # "and Hoshimura Rs 1,400 crore": the name, not its currency
    start = ent.start
    while ent.label_ == "MONEY" and start < ent.end - 1 and ent.doc[start].pos_ == "PROPN" and ent.doc[start].is_title \
            and ent.doc[start].is_alpha and ent.doc[start].lower_ not in CURRENCY_WORDS:
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label="MONEY")


def _after_inner_to(ent: Span) -> Span:
    """'licensed Glycora to Sakuraba Pharmaceutical Co., Ltd.' tagged as one name: the company is the part after the
    lower-case 'to', which no company name with a legal form has inside it."""
    to = next((t for t in ent[1:-1] if t.text == "to"), None)
    if ent.label_ != "ORG" or to is None or not is_legal_form(ent[-1].text):
        return ent
    return Span(ent.doc, to.i + 1, ent.end, label="ORG") if ent.doc[to.i + 1].is_title else ent


def _without_place_after(ent: Span, org_words: set[str]) -> Span:
    """'analyst at Leysen Equity Research in Ghent': the model ran the name into where the firm is (or where a power
    plant stands: 'the Pine Creek Nuclear Generating Station near Millersburg'); a name ends before
    'in' and a known town or country, or before 'in' and one capitalised word after a word that ends company names;
    and before 'of' and a place after a legal form ('Sabrelle Aviation SAS of Toulouse', where 'Bank of Ireland' stays)."""
    words = [t.lower_ for t in ent]
    if ent.label_ == "FAC" and (plant := POWER_PLANT_NAME.search(ent.text)) is not None and plant.end() < len(ent.text):
        return ent.char_span(0, plant.end(), label="FAC") or ent  # "the Pine Creek Nuclear Generating Station" + "near Millersburg"
    if ent.label_ != "ORG":
        return ent
    if "in" in words[1:-1]:
        cut = ent.start + len(words) - 1 - words[::-1].index("in")
        place = ent.doc[cut + 1 : ent.end]
        ends_a_name = ent.doc[cut - 1].lower_.rstrip(".") in org_words or is_legal_form(ent.doc[cut - 1].text)
        if is_known_town(place.text) or is_broad_place(place.text) or ends_a_name and len(place) == 1 and place[0].is_title:
            return Span(ent.doc, ent.start, cut, label="ORG")
    if "of" in words[2:-1]:
        cut = ent.start + len(words) - 1 - words[::-1].index("of")
        place = ent.doc[cut + 1 : ent.end]
        before = ent.doc[cut - 1]
        if (is_legal_form(before.text) or _ends_with_written_legal_form(document_text(ent.doc), before.idx + len(before))) and (
                is_known_town(place.text) or is_broad_place(place.text)):  # 'Nordhavn Bioenergi A/S of Denmark'
            return Span(ent.doc, ent.start, cut, label="ORG")
    return ent


def _without_share_after(ent: Span) -> Span:
    """'45% of the work by value, Baltica 35% and Heldmann 20%', 'and Hokuriku 40 per cent': the name without the share
    written after it."""
    if ent.label_ == "ORG" and len(ent) > 2 and ent[-1].text == "%" and ent[-2].like_num:
        return Span(ent.doc, ent.start, ent.end - 2, label="ORG")
    if ent.label_ in ("ORG", "LAW") and len(ent) > 3 and ent[-2:].text.lower() == "per cent" and ent[-3].like_num:
        return Span(ent.doc, ent.start, ent.end - 3, label="ORG")
    return ent


def _without_letters_after(ent: Span) -> Span:
    """'Louise Barrett TD': a person's name without the letters of the seat after it."""
    if ent.label_ == "PERSON" and len(ent) > 2 and ent[-1].text in LEGISLATOR_SUFFIXES:
        return Span(ent.doc, ent.start, ent.end - 1, label="PERSON")
    return ent


def _without_trailing_conjunction(ent: Span) -> Span:
    """'Volvo Cars and' (the model ran the name into the list), 'Red Mesa as a division': the name ends before the
    conjunction or the preposition."""
    end = ent.end
    while end - ent.start > 1 and (ent.doc[end - 1].pos_ in ("CCONJ", "PUNCT") and ent.doc[end - 1].text not in (".", ")")
                                   or ent.doc[end - 1].pos_ in ("ADP", "SCONJ") and ent.doc[end - 1].is_lower):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _without_covered(ents: list[Span]) -> list[Span]:
    """The entities that no longer one (grown over its neighbour) covers."""
    return [e for e in ents if not any(o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in ents)]


def _with_last_portfolio(ent: Span) -> Span:
    """'Federal Ministry for Economic Affairs' + 'and Energy', 'Department for Energy Security' + 'and Net Zero':
    the model cuts a body's list of portfolios at its last 'and'; the capitalised words after it, tagged as nothing
    else, finish the name."""
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.lower_ in BODY_HEADS and t.nbor(1).lower_ in ("of", "for") for t in ent[:-1]):
        return ent
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    end = ent.end + 1
    while (end < len(doc) and end - ent.end <= 3 and doc[end].is_title and doc[end].lower_ not in TITLE_NOUNS
           and (not doc[end].ent_type_ or doc[end].ent_type_ == "ORG")):  # "... Economic Affairs" + "and" + "Energy" (tagged apart)
        end += 1
    words = end - ent.end - 1
    if not 1 <= words <= 3 or (end < len(doc) and doc[end].is_title):
        return ent
    if _names_a_company(doc[ent.end + 1 : end]):
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _names_a_company(words: Span) -> bool:
    """'The Ministry of Energy and Kenya Power Ltd signed': the words after a ministry's 'and' that end in a legal form or
    name a place are a company of their own, no portfolio."""
    return any(is_legal_form(t.text) or breadth(t.text) > 0 for t in words)


def _with_name_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Usina Vale' + 'do' + 'Paranaíba', 'Vidreira' + 'do Sado': a company name runs on through a particle and the
    capitalised words after it, whatever the model tagged them."""
    result: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        end = ent.end
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in NAME_PARTICLES and end < len(doc) and doc[end].is_title \
                and doc[end].ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY"):
            end += 1  # "Grupo Fundidora del" + "Norte 40%" (a percentage to the model)
        while ent.label_ == "ORG" and (step := _particles_before_a_name(doc, end)):
            end += step
            while end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "I":
                end += 1
        if end > ent.end:
            ent = Span(doc, ent.start, end, label="ORG")
            skip_until = end
        result.append(ent)
    return result


#: Words that join the parts of a Spanish or Portuguese name ('Fideicomisos Instituidos en Relación con la Agricultura').
JOINING_WORDS = NAME_PARTICLES | {"con", "la", "las", "los", "el", "e", "y"}


def _particles_before_a_name(doc: Doc, i: int) -> int:
    """How far a name runs on from ``i`` over one or two particles and the capitalised word after them ('do
    Paranaíba', 'con la Agricultura'), or 0; a run of joining words needs a true particle ('de', 'con la')."""
    for count in (1, 2):
        words = doc[i : i + count]
        if i + count < len(doc) and len(words) == count and all(t.lower_ in JOINING_WORDS for t in words) and (
                count == 1 and words[0].lower_ in NAME_PARTICLES or count == 2 and words[0].lower_ in ("con", "de", "do", "da", "del")) \
                and doc[i + count].is_title and not doc[i + count].is_sent_start:
            return count + 1
    return 0


def _joined_over_brackets(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Jiangtai (Hefei) New Energy Vehicle Co. Ltd.': a bracketed word inside a name (a city, 'Group') does not end
    it when the name goes on to its legal form."""
    joined: list[Span] = []
    for ent in ents:
        opening = next((i for i in range(ent.start - 3, max(ent.start - 5, 0), -1) if doc[i].text == "("), None)
        head = _name_before(doc, opening, joined) if opening else None
        if (head is not None and ent.label_ == "ORG" and doc[ent.start - 1].text == ")" and is_legal_form(ent[-1].text)
                and all(t.is_title for t in doc[opening + 1 : ent.start - 1])):
            joined = [e for e in joined if e.end <= head]
            ent = Span(doc, head, ent.end, label="ORG")
        joined.append(ent)
    return joined


def _with_trailing_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """'PT Oberlinger Komponen' + 'Indonesia' (written as one name elsewhere), 'Sakura Motor' + 'Indonesia': a
    subsidiary's name goes on over its country."""
    org_texts = {e.text for e in ents if e.label_ == "ORG"}
    joined, skip = [], set()
    for e, after in zip(ents, [*ents[1:], None]):
        if e.start in skip:
            continue
        if after is not None and e.label_ == "ORG" and after.label_ == "GPE" and after.start == e.end and e[-1].whitespace_ and (
                doc[e.start : after.end].text in org_texts or breadth(after.text) == 2 and not is_legal_form(e[-1].text)):
            joined.append(Span(doc, e.start, after.end, label="ORG"))
            skip.add(after.start)
        else:
            joined.append(e)
    return joined


def _with_heads_written_elsewhere(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Aguas del' + 'Lurín' after 'Aguas del Lurín S.A.C.': a name the model cut after its first words, which the story
    writes whole elsewhere, is the whole name."""
    names = {tuple(t.text for t in e) for e in ents if e.label_ == "ORG" and len(e) > 1}
    taken = {i for e in ents for i in range(e.start, e.end)}
    fixed = []
    for ent in ents:
        words = tuple(t.text for t in ent)
        heads = [name[: -len(words)] for name in names if len(name) > len(words) and name[-len(words) :] == words] if ent.label_ == "ORG" else []
        head = next((h for h in heads if ent.start >= len(h) and tuple(t.text for t in doc[ent.start - len(h) : ent.start]) == h
                     and not taken & set(range(ent.start - len(h), ent.start))), None)
        fixed.append(Span(doc, ent.start - len(head), ent.end, label="ORG") if head else ent)
    return fixed


def _with_towns_ending_trade_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Miejskie Ciepło' + 'Opole' (municipal heat, Opole): a name built on foreign trade words ends with the town it
    serves, which the parser hangs the words on."""
    towns = {e.end for e in ents if e.label_ == "ORG" and e.end < len(doc) and e[0].lower_ in COMPANY_FIRST_WORDS
             and not is_legal_form(e[-1].text) and e.root.dep_ == "compound" and e.root.head.i == e.end
             and doc[e.end].pos_ == "PROPN" and is_known_town(doc[e.end].text)}
    return [Span(doc, e.start, e.end + 1, label="ORG") if e.label_ == "ORG" and e.end in towns else e
            for e in ents if not (len(e) == 1 and e.start in towns)]


def _with_bracketed_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Xinghe Automobile' + '(Thailand) Co., Ltd.': a subsidiary's name goes on through its bracketed country to
    its legal form (the country inside is no place of the story)."""
    extended = [Span(doc, e.start, end, label="ORG") if e.label_ in ("ORG", "PERSON") and (end := _bracketed_place_and_legal_form_end(doc, e.end)) else e
                for e in ents]  # "Kwezi Wind Cookhouse" (a person to the model) + "(RF) (Pty) Ltd"
    return [e for e in extended if not any(o.start <= e.start and e.end <= o.end and o is not e for o in extended)]


def _bracketed_place_and_legal_form_end(doc: Doc, start: int) -> int | None:
    """Where '(Thailand) Co., Ltd.', '(UK) Ltd' or '(RF) (Pty) Ltd' ends when it starts at ``start``: a subsidiary's
    country or its kind in brackets, then its legal form."""
    end = start
    while end + 3 < len(doc) and doc[end].text == "(":  # South Africa's "(RF) (Pty) Ltd": brackets in a row
        closing = next((i for i in range(end + 2, min(end + 5, len(doc))) if doc[i].text == ")"), None)
        if closing is None or not all(t.is_title or t.is_upper for t in doc[end + 1 : closing]):
            break
        end = closing + 1
    if end == start:
        return None
    closing = end - 1
    while end < len(doc) and (is_legal_form(doc[end].text) or doc[end].text == "," and end + 1 < len(doc) and is_legal_form(doc[end + 1].text)):
        end += 1
    return end if end > closing + 1 and doc[end - 1].text != "," else None


def _name_before(doc: Doc, end: int, ents: list[Span]) -> int | None:
    """Where the organisation name (tagged, or capitalised words no kept entity holds) ending at ``end`` starts."""
    tagged = next((e.start for e in ents if e.end == end and e.label_ == "ORG"), None)
    if tagged is not None:
        return tagged
    taken = {i for e in ents for i in range(e.start, e.end)}
    start = end
    while start > max(end - 3, 0) and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and start - 1 not in taken:
        start -= 1
    return start if start < end else None


def _with_second_initials(doc: Doc, ents: list[Span], acronyms: set[str]) -> list[Span]:
    """'the IG BCE chemical workers' union': a name in initials the model cut after its first word ('IG'); the next
    word in capitals, untagged, is the rest of it (not a unit, nor an acronym the story defines as a thing)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    things = acronyms | UNITS
    fixed = []
    for ent in ents:
        after = doc[ent.end] if ent.end < len(doc) else None
        if (ent.label_ == "ORG" and len(ent) == 1 and ent.text.isupper() and ent.text.isalpha() and len(ent.text) <= 3
                and after is not None and after.i not in taken and after.text.isupper() and after.text.isalpha()
                and 2 <= len(after.text) <= 6 and after.text not in things and ent[-1].whitespace_):
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        fixed.append(ent)
    return fixed


def _joined_adjacent_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Toyota' + 'Tsusho': two organisation spans with only a space between them are one name cut in two (not
    'Stalbud Sp. z o.o.' + 'Hanamori', a name that ends a sentence and the next one's subject); so are two with the
    rest of a hyphenated word between them ('Ballyhea Co-' + 'operative' + 'Creamery'), and a name and the country
    that follows it in a longer name the article gives ('Hanmaru Foods' + 'Vietnam' of 'Hanmaru Foods Vietnam Co.')."""
    joined: list[Span] = []
    names = [e.text for e in ents if e.label_ == "ORG"]
    for ent in ents:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.label_ == ent.label_ == "ORG" and previous.end == ent.start
                and doc[previous.end - 1].whitespace_ == " " and ent[0].lower_ != "the" and not previous.text.endswith(".")
                and doc[previous.end - 1].tag_ != "POS"):  # not "Saudi Arabia's" + "Tihama Marine Industries Co."
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
            continue
        if previous is not None and previous.label_ == ent.label_ == "ORG" and previous.end + 1 == ent.start \
                and doc[previous.end].text in FOREIGN_AND:
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Sarıkaya Demir Çelik Sanayi" + "ve" + "Ticaret
            continue  # A.Ş.": in English text a foreign 'and' between two names is inside one name
        if previous is not None and previous.label_ == "ORG" and ent.label_ == "GPE" and previous.end == ent.start \
                and any(name.startswith(f"{previous.text} {ent.text} ") for name in names):
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # "Hanmaru Foods" + "Vietnam", after "Hanmaru
            continue  # Foods Vietnam Co.": a local arm named without its legal form
        if previous is not None and ent.label_ == "ORG" and (previous.label_ == "ORG" and _hyphen_cut(doc, previous.end, ent.start) or (
                previous.label_ in ("ORG", "PERSON") and previous.end == ent.start and previous[-1].lower_ in CO_OPERATIVE)):
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")  # 'Kilbrack Co-operative' (a person to the model)
            continue  # + 'Creamery'
        joined.append(ent)
    return joined


CO_OPERATIVE = {"operative", "co-operative", "cooperative", "op"}
CO_OPERATIVE_ENDS = {"Co-operative", "Co-op", "Cooperative"}
FOREIGN_AND = {"ve", "y", "et", "und", "e", "és", "en", "och", "og", "ja", "și"}


def _hyphen_cut(doc: Doc, end: int, start: int) -> bool:
    """Whether only the lower-case rest of a hyphenated word lies between two spans ('Co-' | 'operative' | 'Creamery')."""
    return start == end + 1 and doc[end - 1].text == "-" and not doc[end - 2].whitespace_ and doc[end].is_lower and doc[end].is_alpha


COMPANY_NOUNS = set(DEFAULT_DESCRIPTORS) | {"agency", "house", "consortium", "venture", "fund"}
#: Nouns whose apposition makes a name an organisation ('Sintrapet, the local union of food industry workers, said';
#: 'Vodiy Paxta Klaster, a cotton cluster that grows and gins lint', Uzbekistan's clusters being companies, though 'the
#: cluster' alone may be a computer's and stands for no company).
DESCRIBING_NOUNS = COMPANY_NOUNS | {"union", "organisation", "organization", "association", "federation", "confederation", "chamber",
                                    "cooperative", "co-operative", "lobby", "cluster"}
AGREEING_VERBS = {"sign", "partner", "team", "agree", "collaborate", "negotiate", "cooperate"}
#: Describing nouns no person is called by: a full name in apposition with one is a body's ('Vodiy Paxta Klaster, a
#: cotton cluster that grows and gins lint'), where 'a shoemaker' or 'a developer' may be a person's trade.
BODY_NOUNS = {"company", "firm", "group", "cluster", "corporation", "conglomerate", "business", "venture", "startup", "start-up",
              "consortium", "cooperative", "co-operative", "association", "federation", "union", "multinational", "chaebol"}
AGREEMENT_NOUNS = {"deal", "agreement", "contract", "partnership", "memorandum", "mou", "talks", "venture", "alliance", "tie-up",
                   "letter", "protocol", "accord"}


def _described_as_a_body(token: Token) -> bool:
    """'Vodiy Paxta Klaster, a cotton cluster that grows': the body noun must end its phrase, since the parser also hangs
    'the group' of "Tan Wei Ming, the group managing director" or "the group's chairman" on a person."""
    return any(c.dep_ == "appos" and c.lower_ in BODY_NOUNS and any(d.dep_ == "det" for d in c.children)
               and (c.i + 1 == len(c.doc) or c.nbor().is_punct or c.nbor().pos_ in ("ADP", "PRON", "DET", "SCONJ", "CCONJ"))
               for c in token.children)


def _named_as_partners_or_described(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Volvo Cars and Northvolt will build' (Northvolt tagged a place), 'Nimbrix, the US cloud company, said'
    (not tagged at all): a name conjoined with an organisation, or in apposition with a company noun, is an
    organisation, unless it is a country or region."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    taken = {i for e in ents for i in range(e.start, e.end)}

    def names_an_org(token: Token, conjoined: bool = True) -> bool:
        partners = [token.head] if token.dep_ == "conj" else []
        partners += [c for c in token.children if c.dep_ == "conj"]
        partners = [p for p in partners if any(c.dep_ == "cc" for c in (*token.children, *p.children))]  # "X and Y", not "in Suwon, Y"
        described = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in DESCRIBING_NOUNS
                     and any(d.dep_ == "det" for d in c.children)]
        party = token.dep_ == "pobj" and token.head.lower_ in ("with", "between") and token.head.head.lemma_ in AGREEMENT_NOUNS | AGREEING_VERBS
        introduced = not conjoined and _introduced_as_a_company(doc, _name_start(doc, token, taken))  # "Zaragoza-based Tracktec"
        return conjoined and any(p.i in org_tokens for p in partners) or bool(described) or party or _acts_like_a_business(token) or introduced

    result = []
    for ent in ents:
        if ent.label_ in ("GPE", "PRODUCT", "NORP") or ent.label_ == "PERSON" and (len(ent) == 1 or _described_as_a_body(ent.root)):
            if (names_an_org(ent.root) and not is_broad_place(ent.text) and not _after_place_preposition(ent)
                    and not in_clutter(doc, ent.start_char)):
                ent = Span(doc, ent.start, ent.end, label="ORG")
        result.append(ent)
    for token in tokens_with(doc, POS, ("PROPN",)):
        if (token.i not in taken and token.text[:1].isupper() and not token.is_stop and not is_legal_form(token.text)
                and token.text not in LEGAL_PREFIXES
                and names_an_org(token, conjoined=False) and not is_broad_place(token.text) and not in_clutter(doc, token.idx)):
            rest = next((i for i, e in enumerate(result) if e.start == token.i + 1 and e.label_ == "ORG"), None)
            if rest is not None:  # "engineering firm Kordex Inżynieria", of which the model tagged the last word
                result[rest] = Span(doc, _name_start(doc, token, taken), result[rest].end, label="ORG")
            else:
                result.append(Span(doc, _name_start(doc, token, taken), token.i + 1, label="ORG"))
    return result


def _name_start(doc: Doc, token: Token, taken: set[int]) -> int:
    """Where the capitalised name ending at ``token`` starts: 'Highlands and Islands Enterprise', 'Bank of Ghana'."""
    start = token.i
    while start > 0 and start - 1 not in taken and token.i - start < 6:
        before = doc[start - 1]
        if _name_word(before):
            start -= 1
        elif before.lower_ in ("and", "of", "&") and start > 1 and _name_word(doc[start - 2]) and start - 2 not in taken:
            start -= 2
        else:
            break
    return start


def _with_peoples_committees(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Hai Phong People's Committee', 'the Suzhou People's Government': a Vietnamese or Chinese local
    government, whatever the model made of the place name before it (often a person)."""
    found = []
    for token in tokens_with(doc, LOWER, ("people",)):
        if 2 <= token.i < len(doc) - 1 and doc[token.i + 1].tag_ == "POS" and token.i + 2 < len(doc) and \
                doc[token.i + 2].lower_ in ("committee", "government", "congress"):
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and token.i - start < 4:
                start -= 1
            if start < token.i:
                found.append(Span(doc, start, token.i + 3, label="ORG"))
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    names = [Span(doc, body.end, e.end, label="PERSON") for body in found for e in ents if e.start < body.end < e.end
             and 2 <= e.end - body.end <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in doc[body.end : e.end])]
    # "Vice Chairman of the Hai Phong City People's Committee Tran Quoc Hung said", taken in whole as one organisation
    return sorted([e for e in ents if not taken.intersection(range(e.start, e.end))] + found + names, key=lambda span: span.start)

