"""``kg_relations``: roles, investments, partnerships and product makers between found mentions.

Each relation is a dict of keys and token offsets in ``Doc._.kg_facts``; :mod:`kg.extract` turns
them into records with their evidence sentences. Rules prefer the dependency parse and fall back
on the sentence ("the only organisation in the sentence") with a lower confidence.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal

from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.components.attributes import FACILITIES, FACTS, MONEY, ORGS, PRODUCTS, Facts, FacilityMention, MoneyMention, OrgMention, document_text, register_extensions, span_text
from kg.components.clutter import AS_MISREPORTED, CONNECTION_DEGREE, LIVE_STAMP, in_clutter, misreported_span
from kg.components.entities import (APPOINTING_VERBS, CIVIC_BODY, FACILITY_NOUNS, FOREIGN_TITLES, FUNDING_VERBS, LEGISLATOR_SUFFIXES, PORTFOLIO_WORDS, POTS, gloss_closing,
                                 gloss_opening, honorific_length, past_an_age, portfolio_end, speaker_labels)
from kg.components.facilities import (ALLOTTING_VERBS, BUY_VERBS, allottee, GROUP_SUBJECTS, INSOLVENCY_NOUNS, PLACE_NOUNS, TALK_NOUNS, VENTURE_WORD,
                                      local_subsidiaries, named_between, named_joint_venture)
from kg.components.fields import Award, Record, awards, record_at, records, stage, ventures_in
from kg.components.gazetteer import breadth, countries_of, is_broad_place, is_known_town, people_s_countries
from kg.components.money import SCALES, SYMBOLS, amount_in_unit
from kg.components.organizations import BULLETS, COMMENTATORS, GIFT_NOUNS, INSTITUTION_NOUNS, KNOWN_UNIONS, LOCAL_BODIES, REPORTING_VERBS, UNION_NAME, UNIT_NOUNS, a_heading_line, agent_of, dissolved_company, in_a_heading, in_the_paragraph, inside_quote, interview_questions, lead_member, line_span, most_mentioned, named_after_its_partner, orgs_within, reported_subjects, speakers_companies, verb_of
from kg.components.scan import tokens_where, tokens_with
from kg.components.status import CONFIDENCE, IN_TALKS, TALKS_BEGUN, status_of
from kg.components.transcripts import SPEAKER_LABEL, Turn, asked_not_said, turn_at, turns
from kg.normalize import clean_name, entity_key, has_legal_form, misspelt

TITLE_HEADS = {
    "ceo", "cfo", "coo", "cto", "cio", "chairman", "chairwoman", "chair", "chairperson", "president", "director",
    "head", "founder", "co-founder", "cofounder", "manager", "minister", "secretary", "governor", "mayor",
    "spokesperson", "spokesman", "spokeswoman", "officer", "executive", "analyst", "partner", "commissioner",
    "chancellor", "premier", "leader", "md", "svp", "evp", "vp", "boss", "chief", "economist", "lead", "councillor",
    "councilor", "cllr", "cr", "member", "gov.", "sen.", "rep.", "judge", "judge-executive", "alderman", "councilman", "councilwoman", "councilmember",
    "administrator", "delegate", "representative", "steward", "convenor", "organiser", "organizer", "mp", "td", "msp",
    "mla", "mpp", "mec", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "treasurer", "regent", "rector",
    "undersecretary", "under-secretary", "negotiator", "superintendent", "envoy", "ambassador", "official", "coordinator", "engineer", "professor",
    "consultant", "strategist", "researcher", *FOREIGN_TITLES,
}
TITLE_WORDS = TITLE_HEADS | {
    "senior", "vice", "deputy", "managing", "general", "executive", "chief", "global", "regional", "group",
    "country", "operating", "financial", "technology", "technical", "commercial", "non-executive", "interim",
    "acting", "joint", "prime", "state", "union", "board", "and", "&", "co", "principal", "assistant", "associate", "lord", "district",
    "genel",  # 'genel müdür', the Turkish general manager
    "first",  # 'first vice-president', 'first authorised representative of IG Metall'
}
#: A town's head, in English and in the languages news keeps the word of ('Ewa Marczak, the wójt of Kobierzyce').
MAYOR_WORDS = r"mayor|wójt|alcaldesa?|prefeit[oa]|sindac[oa]|(?:ober)?bürgermeister(?:in)?|primátor|starosta|walikota|chōchō|shichō"
MAYORS = re.compile(rf"\b({MAYOR_WORDS})\b")
#: Heads of a district, province or state in the languages news keeps the word of ('Landrat Henning Ruprecht').
REGIONAL_HEAD_WORDS = r"regent|bupati|gubernur|landrat|landrätin|ministerpräsident(in)?|wali|vali|kaymakam|hejtman(ka)?|governador(a)?"
OFFICIAL_TITLES = re.compile(r"\b(minister|menteri besar|member for|treasurer|secretary|governor|gov\.|premier|commissioner|senator|sen\.|chancellor|official|"
                             r"councill?or|cllr|cr\b|council ?member|councilman|councilwoman|alderman|judge|cabinet member|president of the|"
                             rf"(regional|state|provincial) president|{REGIONAL_HEAD_WORDS}|{MAYOR_WORDS}|gedeputeerde|akim|"
                             r"staatssekretär(in)?|préfet|under-?secretary|envoy|ambassador|member of (the )?\w+ executive|"
                             r"(city|town|county|borough|village|municipal) (manager|administrator|clerk|engineer|planner|attorney))")
#: A ministry or a department by its name ("Ministry of Economy", "Department for Business and Trade").
MINISTRY = re.compile(r"ministry|department|secretariat|secretar[ií]a\b", re.IGNORECASE)
#: A title that names its portfolio ('minister for economic affairs'): only a ministry of that portfolio employs it.
PORTFOLIO_NAMED = re.compile(r"\b(minister|secretary) (of|for) \w")
#: Heads of a government work for that government itself ('State of Kansas', 'Gumi city government'), never for one of
#: its agencies or councils; the article often names none.
HEADS_OF_GOVERNMENT = re.compile(rf"\b(governor|gov\.|{MAYOR_WORDS}|premier|chief minister|"
                                 rf"menteri besar|first minister|prime minister|president of the|(regional|state|provincial) president|{REGIONAL_HEAD_WORDS})")
MUNICIPAL = re.compile(rf"\b({LOCAL_BODIES}|city of|town of|municipality|city council|town council)\b", re.IGNORECASE)
WHOLE_GOVERNMENT = re.compile(rf"\b(government|state of|city of|province of|commonwealth of|municipality|{LOCAL_BODIES})\b|\b(city|town|village)$", re.IGNORECASE)
COUNCIL = re.compile(r"\b(city|county|regional|district|borough|municipal|town|local) (council|hall)\b|\bmunicipality\b", re.IGNORECASE)
LOCAL_LEVELS = {"state", "provincial", "regional", "county", "city", "municipal", "prefectural"}
LEGISLATORS = re.compile(r"\b(mp|td|msp|ms|mla|mpp|mep|mha|senator|congress(man|woman)|lawmaker|legislator|member of parliament|"
                         r"state representative|assembly(man|woman))\b")
#: The body whose members hold a title: 'Commissioner X' sits on the board of commissioners, 'Judge X' on the court.
BODY_OF_TITLE = {"commissioner": "commission", "councillor": "council", "councilor": "council", "cllr": "council", "cr": "council",
                 "council member": "council", "councilmember": "council",
                 "councilman": "council", "councilwoman": "council", "alderman": "council", "judge": "court"}
NOT_INVESTMENT = re.compile(
    r"\b(revenue|revenues|sales|on sale|turnover|profit|profits|earnings|valuation|valued|valuing|values? (?:the(?! stake\b)|it)\b|worth of|market (size|value|cap\w*|at)|"
    r"market (is|was|will|could)|price[ds]?|pricing|sells? (?:for|at)|selling (?:for|at)|costs? per|salary|salaries|(?-i:fine[ds]?)|loss(es)?|(?<!senior )(?<!junior )(?<!equity, )(?<!equity and )debt(?! financing)|"
    # (not the debt of "financed with equity, debt and a EUR 62 million grant", one source among others)
    r"penalt(?:y|ies)|compensat(?:e|es|ed|ing|ion)|ex gratia|"  # "proposed $412,500 in penalties", "a fund, with €4 million, to compensate"
    r"damages|settlements?|settled|payouts?|paid out|insurers?|underwriters?|lawsuits?|sued|suing|claim(?:s|ed|ing)?|"  # "seeking
    # €40 million in damages", "insurers have paid out R$ 11 million", "claiming $180 million": money a dispute or a loss moves
    r"(?:of|in) (?:[\w-]+ ){0,3}(?:bonds|notes)|(?:of|in) orders|bond (?:issue|sale|offering)|"  # "sold €500mn of eight-year
    # green bonds, drawing more than €1.6bn of orders": debt raised from holders no one names, and the demand for it
    r"overruns?|invoices?|arbitration|backlog|bids?|(?:up-?front|milestone) payments?|"  # "the $270 million overrun", "claiming
    # $180 million in unpaid invoices", "an upfront payment of USD 40 million to secure capacity": a customer's payment under a contract
    r"its value|put (?:it|the (?:deal|contract|order)) (?:at|close to|around|near)|"  # "Its value was not disclosed; people
    # familiar with the tender put it close to 4bn dirhams": what an order is worth
    r"tax(es)?(?! (?:incentives?|credits?|breaks?|exemptions?|relief|targets?))|dividends?|"
    r"a share|per share|lifetime value|wages?|fees?|royalt(?:y|ies)|rents?|rental|market worth|industry worth|annual(ly)?|foreign direct investment|fdi|inflows?|attracted|reali[sz]ed investments?|investment reali[sz]ation|"
    r"(initial )?public offering|ipo|severance|redundanc(y|ies)|restructuring|write-?downs?|writ(?:e|es|ing|ten) off|write-?offs?|impairments?|repairs|(other )?charges|(?<!in )charge|"
    r"(group|total|annual|full-year|overall|(?:19|20)\d\d) (capital (expenditure|spending)|capex)|"  # "its 2026 capital spending plan"
    r"(capital (expenditure|spending)|capex)( guidance| budget| forecast| outlook| (will|would) (rise|fall|increase|decrease|climb|drop))|"
    r"(capital (expenditure|spending)|capex) of\b[^.;]{1,30}?\bto\b|"  # "expects capital expenditure of R$ 850 million to R$ 950
    # million": a year's range
    r"(?:expect\w*|forecasts?|forecast(?:ing|ed)|sees?|saw) (?:group |total |annual )?(capital (expenditure|spending)|capex) of|"
    # "the group expected capital spending of around €230 million this year": all of a year's spending
    r"worth a combined|(?:projects|mous|memoranda|(?<!grant )(?<!loan )(?<!funding )(?<!financing )agreements|deals|commitments|pledges) worth|(?:contract|order) (?:is|was) worth|(?:pledges|mous|memoranda) at|guidance|guid(?:ed|es|ing)|"  # "approved 12 projects
    # worth a combined 87.4 billion baht", "has signed investment MoUs worth Rs 10 lakh crore" (not "grant agreements worth
    # PLN 480 million", one grant in parts), "put the combined value of the
    # day's pledges at Rs 1.27 lakh crore": a tally of many; "cut its
    # capital spending guidance for the year to 4 trillion won": a forecast of all spending
    r"(?:companies|firms|investors|businesses) (?:had |have |has )?(?:pledged|committed|promised)|"  # "companies had pledged R48
    # billion over the day": a conference's tally
    r"buy-?backs?|buy(?:s|ing)? back|bought back|issuer bid|(?:share|stock) repurchases?|capex envelope|plan assum(?:es|ed)|capital projects|"  # "a €1 billion share
    # buyback", "our medium-term plan assumes capital spending of ¥210 billion", "would spend £2.8bn on capital projects
    # between 2026 and 2030": returns to shareholders and a plan's spending on everything
    r"fully paid(?:[- ]in| up)?|paid-(?:in|up) capital|"  # "registered capital of US$60 million, fully paid in": what an
    # existing subsidiary already holds
    r"(?:face|par) value|(a|an|per) (unit|kilowatt[- ]hours?|kwh|mwh|megawatt[- ]hours?|tonne|ton|kilogram|kg|barrel|litre|liter|gallon|hour|"
    r"square (?:metre|meter|foot|feet)|acre|hectare))\b",
    re.IGNORECASE,
)
#: What joins a figure to the one it changed from: '€480m this year from €365m'.
FROM_THE_LAST = re.compile(r"(?:\s*\w+){0,3}\s*,?\s*(?:up |down )?from\s*", re.IGNORECASE)
#: "approved an interim dividend and capital expenditure of Rs 2,450 crore": spending named after 'and' is its own
#: noun phrase, whatever the figure before it was.
SPENDING_AFTER_AND = re.compile(r"\band\s+(?:\w+\s+){0,2}?(?:capital expenditure|capex|investment|spending|funding)\b|"
                                r"\b(?:spend|spends|spent|invest|invests|invested)\b", re.IGNORECASE)  # "as part of the settlement, it
# will spend C$18 million": money spent after the word that would dismiss it
#: "writing off EGP 95 million already spent on design": money that was spent, whatever is done with it now.
ALREADY_SPENT = re.compile(r"\s*(?:already|so far)\s+spent\b", re.IGNORECASE)
#: "exempt the venture from payroll tax for five years, a break worth some MXN 180 million", "a waiver of quit rent and
#: assessment fees worth RM48 million": an incentive given a value is money the giver puts in, whatever tax it concerns.
VALUED_INCENTIVE = re.compile(r"\b(?:break|waiver|exemption|abatement|holiday|relief|rebate|incentives?|package|concessions?)\b[^.;]{0,60}"
                              r"\bworth(?:\s+(?:some|about|around|an estimated|nearly|almost|up to|over|more than))?\s*$", re.IGNORECASE)
#: "The factory, to be run by its local subsidiary, is valued at Rp 2,1 triliun": what a sentence about a plant or a
#: project opens by calling its value is its cost, unlike a company's valuation.
VALUED_PROJECT = re.compile(r"^\s*(?:the|this) (?:new |planned |proposed )?(?:[\w-]+ )?(?:project|plant|factory|facility|complex|mill|fab|"
                            r"campus|investment)\b[^.;]{0,80}\bvalued at(?:\s+(?:some|about|around|an estimated|nearly|almost|up to|over|"
                            r"more than))?\s*$", re.IGNORECASE)
#: "Organisers put the value of the 31 agreements signed today at $4.3 billion": a tally of many deals, no one's money.
TALLY = re.compile(r"\bvalue of (?:the |all |these |those )?(?:[\d,]+ |\w+ )?(?:agreements|deals|mous|memoranda|projects|pledges|contracts|"
                   r"commitments)\b[^.;]{0,80}$", re.IGNORECASE)
INVESTMENT_CUES = re.compile(
    r"\b(invest\w*|fund\w*|financ\w*|spend\w*|spent|capex|capital expenditure|commit\w*|pledg\w*|inject\w*|back(ed|ing)|"
    r"grant|subsid\w*|into|build\w*|construct\w*|expan\w+|plant|factory|gigafactory|facility|fab|project|cost\w*|"
    r"put|pour\w*|allocat\w*|earmark\w*|development|upgrade|programme|program|further|additional|loans?|lend\w*|built|"
    r"hub|refinery|smelter|campus|mill|complex|terminal|warehouse|hangar|centre|center|shop|workshop|contribut\w*|equity|aid|provid\w*|acquir\w*|buy|buying|bought|"
    r"mine|concentrator|estimate for|budget(?:ed)?|the total (?:is|was|will be|comes to)|"  # "Our current estimate for the
    # open pit and the concentrator is SEK 9.5 billion", "The budget is TRY 1.4 billion", "The total is SEK 1.2 billion"
    r"purchas\w*|stake|substation|infrastructure|cheque|signed off|furnace|kiln|uprate|retrofit\w*|refurbish\w*|repower\w*|"
    r"revamp\w*|moderni[sz]\w*|overhaul\w*|award|offered|subscri\w+|le(?:d|ads|ading) the (?:\w+ )?round)\b",  # "X led the round with
    # 90 million kronor", "to subscribe to new VSEC shares worth P3.6 billion"
    re.IGNORECASE,
)
RELATIONSHIP_WORDS = r"(largest|biggest|main|key|anchor) (customer|client|supplier|shareholder|buyer|tenant)s?"
RELATIONSHIP_PHRASE = re.compile(rf"\b{RELATIONSHIP_WORDS}\b", re.IGNORECASE)
PARTNERSHIP_TRIGGERS = re.compile(
    r"\b(partner(ship|ships|ed|ing|s)?|collaborat\w+|cooperat\w+|co-operat\w+|alliance|joint venture|jv|spvs?|special[- ]purpose vehicles?|project vehicles?|team(ed|s|ing)? up|"
    r"tie-up|tied up|mou|memorandum of understanding|agreement|deal|" + IN_TALKS + r"|talks with|" + TALKS_BEGUN + r"|supply (deal|agreement|contract)|"
    r"work(ed|s|ing)? together|(?:has|have|'ve|’ve) worked with|licen[cs]\w*|contract(ed|s)?|hired|distribut\w+|will come from|power purchase|ppas?|"
    r"protocol of intentions?|concessions?|usufruct|off-?take|letter of intent|framework agreement|leas(?:e|ed|es|ing)|" + RELATIONSHIP_WORDS + "|"
    r"heads of terms with|consultations?\b[^.]{0,80}\bwith|negotiat(?:e|es|ed|ing) (?:[\w-]+ ){0,2}with (?:(?:the )?(?-i:[A-Z])\w*|them\b)|"  # "We are also negotiating with Rimba
    # Telco" (not "still negotiating with the national utility")
    r"signed (?:up )?(?:an? |its |the |their )?(?:first |second |third |new |anchor |another )?(?:retailer|customer|tenant|client|offtaker)s?\b|"  # "we
    # signed a third retailer, Borneo Link"
    r"(supplied|built|run|operated|handled|provided|installed|developed|designed|made|owned|controlled|shipped|delivered|"
    r"sourced|engineered|financed|carried out) (?:[\w,]+ ){0,3}by|(awarded|given|handed|assigned|allocated|granted) to|allot\w*|"  # "owned since 2017 by"
    r"reserved (?:[\w-]+ ){1,6}for|"  # "which reserved 120 hectares of port land for Norrmalm"
    r"(?:awarded|allocated|granted|assigned) (?:[\w-]+ ){0,4}(?:land|plot|site|parcel|block)s? (?:[\w-]+ ){0,2}to|"  # "awarded the
    # Duqm land block to Sahil"
    r"(co-)?owns? (?:[\w%-]+ ){0,2}with|"  # "which it owns 50-50 with Ruifeng"
    r"train(?:s|ed|ing)? (?:[\w-]+ ){1,5}with|"  # "We are training 60 apprentices this year with SENATI"
    r"(?:has|have|'ve|’ve) (?:supplied|handled|shipped|carried|served|moved|distributed|done|made|built) (?:[\w'’-]+ ){1,5}for (?:years|decades|\w+ years))\b",
    # "Harmattan Grain Logistics has handled our shipments through Apapa for years": a standing relationship
    re.IGNORECASE,
)
#: What makes a public body a party: a deal struck with it, not its money or its permission.
PUBLIC_DEAL = re.compile(r"\b(agreements?|mou|memorandum|memoranda|lease[ds]?|leasing|concession|usufruct|contracts?|deal|joint venture|stake|interest|"
                         r"protocol|talks|negotiations|consultations|sold|sell|sells|sale|bought|buy|handover|handed over|partner\w*|framework|treaty|allot\w*|allocat\w*|reserved)\b",
                         re.IGNORECASE)
DEAL_STRUCK = re.compile(r"\b(signed|agreed to|has agreed|have agreed|struck|sealed)\b(?! in (?:19|20)\d\d\b)", re.IGNORECASE)  # not "a
# contract signed in 2007", under which a relationship runs
LOAN_WORDS = {"loan", "credit", "financing", "facility", "debt"}
FINANCIER = re.compile(r"\b(bank|banco|banque|banca|fund|capital|investment|finance|financial|eximbank)\b", re.IGNORECASE)
FUNDING_WORDS = LOAN_WORDS | {"grant", "subsidy", "funding", "incentive", "money", "capital", "support", "aid", "award"}
PERMISSIONS = {"clearance", "approval", "permission", "consent", "sign-off", "backing"}  # not "licensed from": a licence is a deal
SUPPLY_VERBS = {"make", "supply", "provide", "deliver", "produce", "manufacture", "build", "sell", "assemble", "license", "licence"}
#: Supply verbs whose goods are made for a client, never "to" one.
MAKING_VERBS = {"make", "produce", "manufacture", "build", "assemble"}
#: Goods a maker makes under another company's brand ('has assembled Quorra's devices'), not its plants or its shares.
GOODS_MADE_FOR_A_BRAND = {"device", "product", "vehicle", "car", "model", "phone", "smartphone", "laptop", "speaker", "console",
                          "truck", "bus", "battery", "cell", "module", "chip", "component", "part", "engine", "garment", "shoe",
                          "sneaker", "jean", "drug", "vaccine", "tablet", "television", "appliance", "frame", "bike", "bicycle"}
RELATIONSHIP_NOUNS = {"customer", "client", "supplier", "shareholder", "owner", "buyer", "licensee", "licensor"}
#: What a company has customers through, besides its plants ("the new line's first customer").
OWNED_THINGS = {"line", "business", "division", "unit", "range", "product", "project"}
GROUP_NOUNS = {"syndicate", "consortium", "group", "club", "alliance", "shareholder", "investor", "owner", "backer", "lender", "partner"}
#: What is done to a plant by the one who pays for it ('a $2bn plant to be built by X').
BUILDING_VERBS = {"build", "construct", "set", "develop", "establish", "erect", "operate", "run", "own"}
#: What the beneficiary of a grant or loan does with it: its subject is no investor.
RECEIVING_VERBS = {"receive", "get", "win", "secure", "obtain", "land", "gain", "qualify", "bag", "clinch", "net",
                   "return", "repay", "refund", "forfeit"}  # money handed back is still its funder's: "will return a grant
# awarded by Enova"
TRADE_VERBS = SUPPLY_VERBS | BUY_VERBS
INVEST_VERBS = {"invest", "spend", "commit", "pledge", "put", "pour", "inject", "allocate", "earmark", "announce", "plan", "unveil", "provide",
                "give", "award", "contribute", "fund", "offer", "promise", "approve", "finance", "lend", "grant", "pay"}
PRODUCT_VERBS = {"produce", "make", "build", "manufacture", "launch", "sell", "develop", "assemble", "unveil"}
INVESTMENT_STATUSES = ("cancelled", "proposed", "in talks", "completed", "announced", "planned")
PARTNERSHIP_STATUSES = ("cancelled", "in talks", "proposed", "agreed", "announced", "planned")
ESTABLISHED = {"active", "agreed", "announced", "completed", "planned"}


@Language.factory(
    "kg_relations",
    assigns=[f"doc._.{FACTS}"],
    requires=[f"doc._.{ORGS}", f"doc._.{MONEY}", f"doc._.{FACILITIES}", f"doc._.{PRODUCTS}"],
)
def make_relations(nlp: Language, name: str) -> "RelationFinder":
    register_extensions()
    return RelationFinder()


class RelationFinder:
    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.get(FACTS) or Facts()
        orgs: list[OrgMention] = doc._.get(ORGS) or []
        facts.people = find_people(doc, orgs)
        labels = speaker_labels(doc)
        facts.roles = find_roles(doc, orgs, facts.people, labels)
        facts.investments = find_investments(doc, orgs, doc._.get(MONEY) or [], doc._.get(FACILITIES) or [], facts.plants)
        facts.partnerships = find_partnerships(doc, orgs, doc._.get(FACILITIES) or [], facts.plants, labels)
        facts.products = find_products(doc, orgs)
        doc._.set(FACTS, facts)
        return doc


# -- helpers over mentions ------------------------------------------------------------------
def org_at(orgs: list[OrgMention], token: Token) -> OrgMention | None:
    return next((m for m in orgs if m.start <= token.i < m.end), None) or _company_after_its_country(orgs, token)


def _company_after_its_country(orgs: list[OrgMention], token: Token) -> OrgMention | None:
    """'formed by Siam BioPharma Plc and Japan's Kozan Pharmaceutical Co.': where the parser hangs the conjunct on the
    country, the organisation is the one named right after the country's "'s"."""
    if token.ent_type_ not in ("GPE", "NORP") or token.i + 2 >= len(token.doc) or token.nbor().lower_ not in ("'s", "’s"):
        return None
    return next((m for m in orgs if m.start == token.i + 2), None)


def orgs_in(orgs: list[OrgMention], span: Span) -> list[OrgMention]:
    return [m for m in orgs if span.start <= m.start < span.end]


def subject_org(orgs: list[OrgMention], verb: Token) -> OrgMention | None:
    """The organisation that is the subject of ``verb`` (or of the verb it is a complement of)."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = org_at(orgs, child) or _local_arm(orgs, child) or _apposed_org(orgs, child) or _whose_board(orgs, child) \
                    or _union_named_before(orgs, child)
                if found is None and child.tag_ == "WDT" and verb.dep_ == "relcl":  # "X, which has bought ethanol from Y"
                    found = org_at(orgs, verb.head) or _org_right_before(orgs, child) or (
                        org_at(orgs, verb.head.head) if verb.head.dep_ == "appos" else None)  # "X, the group's local
                    # subsidiary, which spent the 2.4 trillion dong"
                if found:
                    return found
                if child.lemma_ in GROUP_NOUNS:  # "a syndicate led by Dalin Commercial Bank"
                    leader = next((m for a in child.children if a.dep_ == "acl" and a.lemma_ == "lead" for p in a.children
                                   if p.dep_ == "agent" for g in p.children if (m := org_at(orgs, g))), None)
                    if leader:
                        return leader
                    if lead := lead_member(child, orgs):
                        return lead
        if (verb.dep_ == "acl" or verb.dep_ == "relcl" and any(c.lower_ == "to" for c in verb.children)) and verb.head.lemma_ in INTENT_NOUNS:
            holder = next((m for c in verb.head.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None)
            if holder is not None:
                return holder  # "approved Tata Electronics' plan to build a fab": whose plan
            verb = verb_of(verb.head)  # "Banco do Nordeste is in talks to lend a further R$1 billion": who is in talks
            continue
        if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "The Ministry of Health has committed to buying 12 million doses": who committed
            continue
        if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "relcl") or verb.head.i == verb.i:
            return None
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                                       and c.lemma_ not in FUNDING_WORDS | {"proceed", "proceeds", "cash"} for c in verb.children):
            return None  # "X is backing it with a grant, and the council's cabinet has approved £250,000": a subject of its
            # own; not "X will subscribe for new shares, and the money will go towards a plant", whose giver is X
        verb = verb.head
    return None


#: Nouns whose 'to' clause says what their holder would do ('in talks to lend', 'a plan to build', 'a deal to buy').
INTENT_NOUNS = {"talk", "talks", "negotiation", "discussion", "plan", "deal", "agreement", "bid", "decision", "move", "offer", "sheet",
                "commitment", "pledge"}  # "signed a term sheet to invest US$15 million"


BOARD_NOUNS = {"board", "directors", "shareholders", "management", "cabinet"}  # "the council's cabinet has approved"


def _whose_board(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """'The board of Brazil's development bank BNDES approved a loan', "Rheinfeld's board approved": the organisation
    whose board decides."""
    if noun.lemma_ not in BOARD_NOUNS:
        return None
    owners = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    owners += [c for c in noun.children if c.dep_ == "poss"]
    return next((m for o in owners if (m := org_at(orgs, o) or _apposed_org(orgs, o))), None)


ARM_NOUNS = {*UNIT_NOUNS, "arm", "affiliate"}


def _local_arm(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """'its Malaysian unit would spend 1.4 billion ringgit': the one arm the story names for the owner in that country
    ('Hoshida Semiconductor Malaysia Sdn Bhd'), not the owner 'its' stands for."""
    if noun.lemma_ not in ARM_NOUNS:
        return None
    owner = next((m for c in noun.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None)
    countries = frozenset().union(*(people_s_countries(c.text) | countries_of(c.text) for c in noun.children
                                    if c.dep_ in ("amod", "compound") and c.i < noun.i))
    if owner is None or not countries:
        return None
    arms = {arm for arm, where in local_subsidiaries(orgs).get(owner.key, []) if isinstance(where, frozenset) and where & countries}
    return next((m for m in orgs if m.key in arms), None) if len(arms) == 1 else None


def _apposed_org(orgs: list[OrgMention], token: Token) -> OrgMention | None:
    """'its owner, Aldinger Holding AG', "Brennard's owner, the Swiss investment group Aldinger Holding AG": the
    organisation named in apposition, directly or after a description."""
    for apposed in (c for c in token.children if c.dep_ == "appos"):
        found = org_at(orgs, apposed) or next((org_at(orgs, c) for c in apposed.children if c.dep_ == "appos" and org_at(orgs, c)), None)
        if found is not None:
            return found
    return None


def _org_set_off_after(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """"from Spain's energy agency, IDAE,": the organisation set off by a comma right after a description of it,
    wherever the parser hangs it."""
    after = noun.right_edge.i + 1
    return org_at(orgs, noun.doc[after + 1]) if after + 1 < len(noun.doc) and noun.doc[after].text == "," else None


def _org_right_before(orgs: list[OrgMention], pronoun: Token) -> OrgMention | None:
    """'the decision ... alongside Hungary's Ministry of Foreign Affairs and Trade, which said': the parser hung the
    clause on an earlier noun; the organisation just before 'which' is what it is about."""
    end = pronoun.i - 1 if pronoun.i and pronoun.nbor(-1).text == "," else pronoun.i
    return next((m for m in orgs if m.end == end and m.via == "ner"), None)


# -- people and roles ------------------------------------------------------------------------
def find_people(doc: Doc, orgs: list[OrgMention]) -> list[dict]:
    """PERSON entities outside clutter and organisations, a surname alone ("Johnson said") merged into the full name."""
    org_tokens = {i for m in orgs for i in range(m.start, m.end)}
    named = [e for e in doc.ents if e.label_ == "PERSON" and not org_tokens.intersection(range(e.start, e.end))]
    people = [e for e in named if not in_clutter(doc, e.start_char)]
    full_names = [clean_name(e.text) for e in named if len(e.text.split()) > 1]  # not "Mbatha-Khoza", one word of three tokens;
    # the full names of the minutes' attendance list ('Present: ... Tammy Ruiz') are those of 'Commissioner Ruiz said'
    own = {clean_name(e.text) for e in people}
    full_names.sort(key=lambda name: name not in own)  # the story's own first
    found: dict[str, dict] = {}
    for person in people:
        name = clean_name(person.text)
        if name not in full_names:  # "Johnson said", "De Smet said"; Korean and Chinese names put the family name first ("Kim said")
            name = next((full for full in full_names if full.lower().endswith(" " + name.lower())),
                        next((full for full in full_names if name in full.split()[:-1]), name))  # "Domínguez" of
            # "Raquel Domínguez Ibarra"
        if name:
            key = entity_key(name)
            key = next((known for known in found if known != key and misspelt(key, known, 4)), key)  # 'CEO Kim Jong-su'
            # after 'Mr. Kim Jong-soo': one person, named as first written
            found.setdefault(key, {"name": name, "spans": []})["spans"].append((person.start, person.end))
    for person in found.values():
        person["spans"] += _surname_untagged(doc, person["name"], org_tokens)
    return list(found.values())


def _surname_untagged(doc: Doc, name: str, org_tokens: set[int]) -> list[tuple[int, int]]:
    """'"This was the outcome," Askwith said': the surname alone, which the model left untagged, names the person
    again (so one quoted without a title is no passing name)."""
    words = name.split()
    if len(words) < 2:
        return []
    return [(t.i, t.i + 1) for t in tokens_where(doc, ORTH, lambda text: text == words[-1])
            if not t.ent_type_ and t.pos_ == "PROPN" and t.i not in org_tokens and t.dep_ == "nsubj"
            and t.head.lemma_ in ("say", "tell", "add", "note", "explain")]


#: Abbreviated titles, and the verbs of 'X, who chairs Y' (see _body_chaired), written out as a reader would say them
#: ('Cr Daniel Weir' is a councillor).
ABBREVIATED_TITLES = {"cllr": "councillor", "cllr.": "councillor", "cr": "councillor", "coun.": "councillor", "gov.": "governor",
                      "sen.": "senator", "rep.": "representative", "supt.": "superintendent", "chairs": "chair", "heads": "head",
                      "prof": "professor", "prof.": "professor"}


def _written_out(title: list[Token]) -> str:
    """'cr' -> 'councillor', 'gov.' -> 'governor': the title's words as the corpus and a reader write them ("vice-president"
    stays whole)."""
    return " ".join(ABBREVIATED_TITLES.get(word, word) for word in "".join(t.text_with_ws for t in title).strip(" ,").lower().split(" "))


OF_BOARD = re.compile(r"\bof (?=(?:supervisory |management |executive )?board\b)")


def find_roles(doc: Doc, orgs: list[OrgMention], people: list[dict], labels: list[tuple[Span, Span | None]]) -> list[dict]:
    """'Lei Zhang, AESC chairman, said', 'Nissan chief executive Ivan Espinosa', 'Gujarat Chief Minister X'."""
    roles: dict[tuple[str, str], dict] = {}
    askers = _analysts_labelled(labels, orgs)
    for person in people:
        for start, end in person["spans"]:
            span = doc[start:end]
            if (firm := askers.get(start)) is not None:
                roles.setdefault((entity_key(person["name"]), "analyst"), {
                    "person": person["name"], "title": "analyst", "org": firm.key, "span": (start, end), "confidence": 0.75})
                continue
            found = _title_in_label(doc, span, orgs) or _title_after(doc, span, orgs)
            if not found or found[0] and found[0][0].lower_ in ("former", "ex"):  # "Kōwhai chief executive X, a former
                found = _title_before(doc, span, orgs) or found  # Aoraki Meats plant manager": the post held now
            if not found and (start, end) == person["spans"][0]:
                found = _title_in_the_sentence_before(doc, span, orgs) or (
                    None if _titled_elsewhere(doc, person, orgs) else _title_in_the_sentence_after(doc, span, orgs))
            if not found and start > 0 and doc[start - 1].lower_.rstrip(".") in ("professor", "prof"):
                found = [doc[start - 1]], None  # "Professor Magnus Ekdahl of the Stångå Institute": an honorific that is a post
            if not found:
                continue
            title_tokens, org = found
            title = _written_out(title_tokens)
            if LEGISLATORS.search(title):  # "Local MP Sarah Ollerton", "Katrin Vogler, a Green member of parliament":
                org = None  # a member of a parliament, and a party is not the body a legislator sits on
            elif org is None and not _unnamed_employer(title_tokens) and title_tokens[0].lower_ not in ("former", "ex") \
                    and title_tokens[-1].lower_ != "official":  # "Regional official Dean Hollis": which body, the story
                # would have to say
                org = _employer(doc, span, orgs, title, _place_before(doc, title_tokens) or _place_after(doc, title_tokens))
            title = OF_BOARD.sub("of the ", _written_out(_without_place_served(title_tokens)))  # "chairman of the board",
            # whose 'the' the title's words leave out
            key = (entity_key(person["name"]), title)
            held = org is not None and any(r["person"] == person["name"] and r["org"] == org.key for r in roles.values())
            if key not in roles and not held:  # "said chief executive Giulia Ferrante ... Ferrante, who became
                # amministratore delegato in 2023": one post at one organisation, by the title it was introduced with
                roles[key] = {"person": person["name"], "title": title, "org": org.key if org else None,
                              "span": (start, end), "confidence": 0.85 if org else 0.6}
    return list(roles.values()) + _retiring_predecessors(doc, people, list(roles.values()))


#: What a predecessor does as the successor takes the post: 'succeeds Gábor Nagy, who retires after 31 years'.
RETIRING = re.compile(r",? who (?:retires|is retiring|will retire|retired|steps down|is stepping down|will step down)\b")


def _retiring_predecessors(doc: Doc, people: list[dict], roles: list[dict]) -> list[dict]:
    """'Tisza Üveg named Zsófia Kertész as plant director. She succeeds Gábor Nagy, who retires after 31 years': one
    who retires from a post someone succeeds to held it until then (not 'replaces Kevin Zhou, who returns to Shenzhen
    as vice-president', who moves on to another)."""
    text = document_text(doc)
    found = []
    for person in (p for p in people if not any(r["person"] == p["name"] for r in roles)):
        for start, end in person["spans"]:
            span = doc[start:end]
            if span.root.head.lemma_ not in ("succeed", "replace") or not RETIRING.match(text, span.end_char):
                continue
            sentence = span.sent
            since = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0  # named in this sentence or the one before
            successor = max((r for r in roles if since <= r["span"][0] < start), key=lambda r: r["span"][0], default=None)
            if successor is not None:
                found.append({**successor, "person": person["name"], "span": (start, end), "confidence": 0.6})
                break
    return found


def _title_in_label(doc: Doc, person: Span, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'Diego Salinas -- Chief Executive Officer: Thanks, Helen.': a call transcript's label gives the speaker's title
    (the firm, where written after it, is an analyst's; see _analysts_labelled)."""
    label = SPEAKER_LABEL.match(document_text(doc), person.start_char)
    if label is None or label["title"] is None or label.start("name") != person.start_char:
        return None
    title = doc.char_span(*label.span("title"), alignment_mode="contract")
    firm = doc.char_span(*label.span("firm"), alignment_mode="contract") if label["firm"] else None
    return (list(title), org_at(orgs, firm[0]) if firm else None) if title else None


def _analysts_labelled(labels: list[tuple[Span, Span | None]], orgs: list[OrgMention]) -> dict[int, OrgMention]:
    """'Katrin Vogt, Lindenthal Research: Is the Niš delay about demand?': on a call's transcript a speaker labelled with
    a firm other than the company reporting is an analyst of that firm, by where the name starts."""
    company = most_mentioned(orgs)
    return {person.start: firm for person, span in labels if span is not None
            and (firm := org_at(orgs, span[0])) is not None and (company is None or firm.key != company.key)}


def _without_place_served(title: list[Token]) -> list[Token]:
    """'lord mayor' of 'The Lord Mayor of Cork': the town an official serves told who employs him, but is no part of
    the post."""
    cut = next((k for k, t in enumerate(title) if t.lower_ == "of" and k and all(w.ent_type_ in ("GPE", "LOC") for w in title[k + 1 :])
                and k + 1 < len(title)), None)
    return title[:cut] if cut is not None else title


def _unnamed_employer(title: list[Token]) -> bool:
    """'a senior analyst at a Japanese brokerage': the title names an employer the story does not; 'the shadow business
    secretary', "the opposition's energy spokesman": nor does an opposition politician's (an opposition councillor
    still sits on the council)."""
    doc = title[0].doc
    on_a_council = any(BODY_OF_TITLE.get(t.lower_) == "council" for t in title)
    return any(t.pos_ == "ADP" and t.i + 1 < len(doc) and t.nbor().lower_ in ("a", "an") for t in title) or any(
        t.lower_ == "shadow" or t.lower_ == "opposition" and not on_a_council for t in doc[max(title[0].i - 3, 0) : title[-1].i + 1])


TENSE_ADVERBS = {"currently", "now", "also", "formerly", "previously", "then", "most", "recently"}


def _title_after(doc: Doc, person: Span, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'PERSON, [the] [ORG['s]] TITLE [of|at|for ORG|X],' - an apposition after the name; 'named PERSON as TITLE',
    or the apposition where the post is no title ('named X, currently finance director, as his successor')."""
    if person.end < len(doc) and doc[person.end].text in LEGISLATOR_SUFFIXES:
        return [doc[person.end]], None  # "Louise Barrett TD", "Sarah Ollerton MP"
    appointed_as = _appointed_as(person)
    if appointed_as is not None and (post := _title_from(doc, person, appointed_as + 1, orgs)):
        return post if post[1] is not None else (post[0], _org_of_the_appointed(person, orgs))
    if (headline := _headline_under(doc, person)) is not None and (post := _title_from(doc, person, headline.start, orgs)):
        title = [t for t in post[0] if t.i < headline.end]  # the title and its organisation end with their line
        while title and title[-1].pos_ == "ADP":
            title.pop()
        return title, post[1] if post[1] is not None and post[1].start < headline.end else None
    if (aged := past_an_age(doc, person.end)) is not None:  # "Farooqui, 38, is the founder and chief executive of
        return _title_from(doc, person, aged + int(doc[aged].lemma_ in ("be", "become")), orgs)  # Reweave Composites"
    if person.end >= len(doc):
        return None
    after = doc[person.end]
    copula = after.lemma_ in ("be", "become") and after.tag_ in ("VBZ", "VBD") and (
        person.root.dep_ == "nsubj" or after.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in after.children))  # "X is CEO
    # of A, Y is COO of B": the parser hangs Y on A and leaves the second 'is' without a subject
    if after.text == "," and (post := _post_in_relative_clause(doc, person.end + 1)) is not None:
        return _title_from(doc, person, post, orgs)
    if after.text == "," and (chaired := _body_chaired(doc, person.end + 1, orgs) or _led_as(doc, person.end + 1, orgs)) is not None:
        return chaired
    if after.text == "," and (post := _title_from(doc, person, person.end + 1, orgs)) and post[0][0].lower_ == "member":
        return _post_after_membership(doc, person, post, orgs) or post
    return _title_from(doc, person, person.end + 1, orgs) if after.text == "," or copula else None  # "Vandana Kulkarni is
    # chief executive officer of MIDC."


#: What a social network writes beside a name on its line: the connection's degree, the post's author, a handle, the
#: time since it was posted ('Lars Kvist • 1st', 'Voltera Cells (Author)', 'Daesan Autoparts @DaesanAuto · 3h').
_BESIDE_A_NAME = re.compile(rf"(?:[ \t]*(?:[·•|]|{CONNECTION_DEGREE}|\(Author\)|Author|@[\w.]+|\d+[smhdw]|Verified|✓))*[ \t]*\n")


def _headline_under(doc: Doc, person: Span) -> Span | None:
    """'Lars Kvist • 1st' + line break + 'Managing Director at Nordhavn Hydrogen A/S': a commenter's or a poster's name
    on a line of its own, with the headline their profile gives under it, the line's tokens. Not a
    comment that names its writer again ('Dave Hartley' over 'Cllr Dave Hartley here (North Yorkshire Council)'):
    the title there is told with the name."""
    text = document_text(doc)
    if person.start_char > 0 and text[person.start_char - 1] != "\n":
        return None
    beside = _BESIDE_A_NAME.match(text, person.end_char)
    if beside is None:
        return None
    _, line_end = line_span(text, beside.end())
    line = [t for t in doc[person.end:] if beside.end() <= t.idx < line_end]
    if not line or any(t.ent_type_ == "PERSON" and t.text == person[-1].text for t in line):
        return None
    return doc[line[0].i:line[-1].i + 1]


def _post_after_membership(doc: Doc, person: Span, membership: tuple[list[Token], OrgMention | None],
                           orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'Tran Quoc Hung, Member of the Provincial Party Standing Committee, Chairman of the Provincial People's
    Committee': the post listed after a membership is the one the person acts in."""
    title, body = membership
    end = max(title[-1].i + 1, body.end if body is not None else 0)
    if end >= len(doc) or doc[end].text != ",":
        return None
    post = _title_from(doc, person, end + 1, orgs)
    return post if post is not None and post[1] is not None else None


HOLDING_NOW = (("is",), ("will", "be"), ("has", "been"), ("becomes",), ("became",), ("will", "become"), ("would", "be"),
               ("was", "appointed"), ("was", "named"), ("was", "elected"))


def _post_in_relative_clause(doc: Doc, start: int) -> int | None:
    """'Lee Hyun-soo, who will be president of Subic Haemin, said': where the post the person holds now or is to hold
    starts; not 'who was', a post held before."""
    if start >= len(doc) or doc[start].lower_ != "who":
        return None
    words = tuple(t.lower_ for t in doc[start + 1 : start + 3])
    return next((start + 1 + len(verbs) for verbs in HOLDING_NOW if words[: len(verbs)] == verbs), None)


def _body_chaired(doc: Doc, start: int, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention] | None:
    """'Helen Mayes, who chairs the co-operative, said': the post is the verb's ('chair'), the body its object, or the
    body a branch of it belongs to ('who chairs the Food Industry Workers' Union branch at the plant')."""
    if start + 2 >= len(doc) or doc[start].lower_ != "who" or doc[start + 1].lower_ not in ("chairs", "heads"):
        return None
    verb = doc[start + 1]
    body = next((m for c in verb.children if c.dep_ == "dobj" for t in (c, *c.lefts) if (m := org_at(orgs, t)) is not None), None)
    council = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "council" and any(w.lower_ == "works" for w in c.lefts)), None)
    if body is None and council is not None:  # "Jens Töpfer, who chairs the works council,": the chair of the staff's
        # council is employed by the company it names ('the works council at Corvale Saxony') or the story's company,
        # not by the union beside it
        return [verb], next((m for t in council.subtree if (m := org_at(orgs, t)) is not None), None) or most_mentioned(orgs)
    if body is None:  # "Lars Nyman, who chairs the municipal executive board,": the board of the one town named
        body = next((_the_one_municipality(orgs) for c in verb.children if c.dep_ == "dobj" and any(w.lower_ == "municipal" for w in c.lefts)), None)
    return ([verb], body) if body is not None else None


def _the_one_municipality(orgs: list[OrgMention]) -> OrgMention | None:
    """The town government the story names, if it names only one: whose board or council a bare 'municipal' one is."""
    towns = {m.key: m for m in orgs if m.kind == "government" and MUNICIPAL.search(m.name)}
    return next(iter(towns.values())) if len(towns) == 1 else None


#: Verbs of 'X, who will lead Y as managing director,': the post is after 'as', the body the verb's object.
LEADING_AS_VERBS = {"lead", "run", "head", "join", "serve", "manage"}


def _the_giver_s_own(source: Token, verb: Token, orgs: list[OrgMention]) -> bool:
    """'The European Commission awarded the project €62m from its Innovation Fund': money from a fund the subject calls
    its own is the subject's."""
    return source.lower_ in POTS and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in source.children) \
        and subject_org(orgs, verb) is not None  # not "fresh equity from its Taiwanese parent"


def _led_as(doc: Doc, start: int, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention] | None:
    """'Pau Roig, who will lead Tarraco BioOlefins as managing director, said': the title after 'as', the body led."""
    if start >= len(doc) or doc[start].lower_ != "who":
        return None
    verb = next((t for t in doc[start + 1 : start + 4] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in LEADING_AS_VERBS:
        return None
    body = next((m for c in verb.children if c.dep_ == "dobj" for t in (c, *c.lefts) if (m := org_at(orgs, t)) is not None), None)
    post = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"), None)
    if body is None or post is None:
        return None
    return [t for t in post.subtree if t.dep_ != "det" and t.i <= post.i], body


def _title_from(doc: Doc, person: Span, start: int, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """The title that starts at ``start`` and its organisation, if the words there make a title."""
    if start < len(doc) and doc[start].lower_ in ("and", "or", "while", "but"):
        return None  # "signed by the Minister, Mr. X, and the Chief Executive Officer of Ondarra": the next person's title
    title: list[Token] = []
    org = None
    described = False
    i = start
    while i < len(doc) and i < start + 13:
        token = doc[i]
        mention = org_at(orgs, token)
        if token.text == "(" and title and (closing := gloss_closing(doc, i)) is not None:
            i = closing + 1  # "Slamet Riyadi, ketua (chairman) of the union's branch": the title as written, past its translation
            continue
        if token.text in (",", ";", ":", "(", '"', "“", "|") or token.lemma_ in ("say", "tell", "add") and title or token.ent_type_ == "PERSON":
            break  # not into the next name: "Park Seung-hoon, Vice Governor ... Kim Hak-soo of the provincial government"
        if mention is not None and mention.via == "pronoun" and token.tag_ == "PRP$" and not title and org is None:
            org = mention  # "engineer Siôn Ellis, now its chief executive": the company 'its' stands for
        elif mention is not None and mention.via != "pronoun":
            if org is not None and mention.key != org.key and title and title[-1].pos_ == "ADP":
                title.pop()  # "an analyst at Kranich Bank in Frankfurt": the title ends at its organisation
                break
            at = next((k for k in range(len(title) - 1, -1, -1) if title[k].lower_ == "at"), None)
            if org is None and at is not None and all(t.ent_type_ in ("GPE", "NORP") or t.is_lower or is_known_town(t.text) for t in title[at + 1 :]):
                del title[at:]  # "head of research at Hanoi broker Red River Securities": the employer described, no title
            org = org or mention
        elif org is not None and token.pos_ == "ADP" and title and title[-1].pos_ == "ADP":
            break
        elif token.tag_ == "POS" and title and org is None and title[-1].tag_ == "NNS" \
                and (portfolio := next((t for t in title if t.pos_ == "ADP"), None)):
            del title[title.index(portfolio):]  # "convenor of the residents' group X": a description of the body follows
            described = True
        elif token.tag_ == "POS" and title and org is None and (at := next((k for k, t in enumerate(title) if t.pos_ == "ADP"), 0)):
            del title[at:]  # "permanent secretary at Zambia's Ministry of Mines": the title ends before the body's country
        elif token.tag_ == "POS" and title and org is None:
            owners = [m for m in orgs if m.end <= person.start and title[-1].lower_ in m.name.lower().split()]
            placed = title[-1].ent_type_ in ("GPE", "LOC")  # "Asturias's industry minister": the Government of Asturias,
            org = next((m for m in owners if m.kind == "government" or not placed), None)  # not Asturias Green Iron S.L.
            title.clear()  # "the province's head of investment", "the founder's granddaughter": the owner, not the title;
            # "the co-operative's chairman": the Rakaia Valley Dairy Co-operative's
        elif token.lower_ in ("the", "a", "an", "'s", "’s") or token.tag_ == "POS" or token.lower_ in TENSE_ADVERBS and not title:
            pass  # "Cheongam Materials' chief executive", "X, currently chief operating officer,"
        elif token.text == "-" and title and i + 1 < len(doc) and doc[i + 1].lower_ != "based" and (
                doc[i + 1].pos_ in ("NOUN", "ADJ") or token.ent_type_ and doc[i + 1].ent_type_ == token.ent_type_):
            title.append(token)  # "a consumer-sector analyst at Banco Itacolomi", "the economy minister of North Rhine-Westphalia"
        elif token.text == "-" and i + 1 < len(doc) and doc[i + 1].lower_ == "based":  # "at Dubai-based Corniche"
            while title and title[-1].ent_type_ in ("GPE", "LOC"):
                title.pop()
            i += 1
        elif token.ent_type_ in ("DATE", "TIME"):
            break  # "named X as site director on Monday"
        elif token.lower_ == "in" and title and (place := _served_place(doc, i + 1)) is not None:
            i = place.end  # "gedeputeerde for energy in the Province of Groningen", "head of sales in Europe at X": no part
            continue  # of the title
        elif described:
            pass
        elif token.lower_ in TITLE_WORDS or token.pos_ in ("NOUN", "PROPN", "ADJ") or token.pos_ == "ADP" and title and token.lower_ in ("of", "at", "for", "in") \
                or token.dep_ == "compound" and token.head.i > i or token.is_lower and i + 1 < len(doc) and doc[i + 1].lower_ in TITLE_HEADS:
            title.append(token)  # "national officer", "a metals analyst at ...", "works council chair", "composites analyst"
            # ('works', 'composites' verbs to the tagger)
        else:
            break
        i += 1
    while title and title[-1].pos_ == "ADP":
        title.pop()
    head_words = itertools.takewhile(lambda t: t.pos_ != "ADP", title)  # "the grandson of the founder" is no title
    if not any(t.lower_ in TITLE_HEADS or t.tag_ == "NNS" and t.lemma_ in TITLE_HEADS for t in head_words):
        return None  # also "X and Y were appointed joint administrators": the post each of them holds
    if org is None and i < len(doc) and doc[i].text == ",":
        org = _signed_off_by(doc, i, orgs)
    return title, org


def _title_in_the_sentence_before(doc: Doc, person: Span, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'Kessler's chief executive took the hardest line. Ulrike Brandt said ...': a lede that gives the title as one
    sentence's subject and the name as the next one's, in the same paragraph, with no one else named between."""
    sentence = person.sent
    if person.start != sentence.start or person.root.dep_ not in ("nsubj", "nsubjpass") or sentence.start == 0 \
            or "\n" in doc[sentence.start - 1].text:
        return None
    before = doc[sentence.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in TITLE_HEADS or any(t.ent_type_ == "PERSON" for t in before):
        return None
    found = _title_before(doc, doc[subject.i + 1 : subject.i + 2], orgs)
    return found if found is not None and found[1] is not None else None


def _title_in_the_sentence_after(doc: Doc, person: Span, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'Lin Pei-chun described the deal to analysts. Chuanyi's chairwoman said ...': a name that opens a sentence with
    no title anywhere in the story, and a title with its organisation as the next sentence's subject, in the same
    paragraph, with no one named there: the second sentence goes on about the same person."""
    sentence = person.sent
    if person.start != sentence.start or person.root.dep_ not in ("nsubj", "nsubjpass") or sentence.end >= len(doc) \
            or "\n" in doc[sentence.end - 1].text_with_ws or doc[sentence.end].is_space:
        return None
    after = doc[sentence.end].sent
    subject = next((t for t in after.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in TITLE_HEADS or any(t.ent_type_ == "PERSON" for t in after):
        return None
    start = subject.left_edge.i + (subject.left_edge.lower_ == "the")
    found = [_title_before(doc, doc[subject.i + 1 : subject.i + 2], orgs), _title_from(doc, person, start, orgs)]
    return next((title for title in found if title is not None and title[1] is not None), None)  # or "The head of
    # equipment research at Hanbyeol Securities"


def _titled_elsewhere(doc: Doc, person: dict, orgs: list[OrgMention]) -> bool:
    """Whether any mention of the person has a title beside it, which then is theirs rather than a later sentence's."""
    return any(_title_after(doc, doc[start:end], orgs) or _title_before(doc, doc[start:end], orgs) for start, end in person["spans"])


#: Nouns of an appointment, whose 'of' names the one appointed.
APPOINTMENT_NOUNS = {"appointment", "nomination", "election", "promotion", "hiring", "hire"}


def _appointed_as(person: Span) -> int | None:
    """'named X as chief executive', 'appointed X, who ran the Izmir terminal until last year, as its chief
    executive', 'X was appointed chief executive of Y', 'X and Z of Y were appointed joint administrators': the post the
    person is given, past what the story says of them on the way. The index right before the post."""
    root = person.root
    if root.dep_ in ("nmod", "compound") and root.head.i == person.end + (person.end < len(root.doc) and root.doc[person.end].dep_ in ("amod", "compound")) \
            and root.head.dep_ in ("dobj", "oprd") and root.head.head.lemma_ in APPOINTING_VERBS:
        return person.end - 1  # "has appointed Jane Smith chief executive", "has named Monica Feld chief executive", parsed
        # as one noun phrase
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in APPOINTMENT_NOUNS:
        noun = root.head.head  # "announced the appointment of Gábor Szilágyi as Site Director of its plant"
        return next((c.i for c in (*noun.children, *root.children) if c.lower_ == "as" and c.dep_ == "prep" and c.i >= person.end), None)
    if (post := _post_appointed_to_in_a_relative_clause(root)) is not None:
        return post.left_edge.i - 1
    subject = root.head if root.dep_ == "conj" else root  # "X and Z ... were appointed"
    verb = subject.head
    if subject.dep_ == "nsubjpass" and verb.lemma_ in APPOINTING_VERBS:
        post = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i), None)
        if post is not None:
            return post.left_edge.i - 1
    elif not (root.dep_ == "dobj" and verb.lemma_ in APPOINTING_VERBS or root.dep_ == "nsubj" and _taking_up_a_post(verb)):
        return None  # also "X stays on as general manager of Y", "X will take over as chief executive of Y"
    return next((c.i for c in (*verb.children, *root.children) if c.lower_ == "as" and c.dep_ == "prep" and c.i >= person.end), None)
    # (the 'as' the parser hung on the name: "Porcelanas do Vouga SA has appointed Inês Carvalhal Moura as chief executive")


def _post_appointed_to_in_a_relative_clause(root: Token) -> Token | None:
    """'Salma Benkirane, who until March headed procurement at ONCF and was appointed the venture's chief executive
    last week': the post a clause on the person says they were given."""
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for verb in (clause, *clause.conjuncts):
            if verb.lemma_ in APPOINTING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
                return next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i), None)
    return None


def _org_of_the_appointed(person: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'Meriel Askwith and Dafydd Penhallow of Hollis Vantreight LLP were appointed': the organisation after 'of' on
    the name, or on the first of the names listed with it; 'Hollis has appointed Jane Smith chief executive': the one
    that appointed the person."""
    root = person.root
    for name in (root, root.head) if root.dep_ == "conj" else (root,):
        found = next((m for p in name.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "from")
                      for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g))), None)
        if found is not None:
            return found
    if root.dep_ in ("nmod", "compound"):
        return subject_org(orgs, root.head.head)
    joined = root.head if root.dep_ == "nsubj" and root.head.lemma_ in ("join", "rejoin") else None  # "joined Hollis as CFO"
    return next((m for c in joined.children if c.dep_ == "dobj" and (m := org_at(orgs, c))), None) if joined is not None else None


#: Verbs whose subject keeps or takes the post after 'as' ('stays on as general manager', 'will succeed Tom Reed as
#: chief executive', 'joined Hollis as chief financial officer'); not 'Deputy CFO X will serve as acting CFO', a
#: stand-in's post beside the one named before the name.
STAYING_VERBS = {"stay", "remain", "continue", "succeed", "join", "rejoin", "return"}


def _taking_up_a_post(verb: Token) -> bool:
    return verb.lemma_ in STAYING_VERBS or verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def _signed_off_by(doc: Doc, comma: int, orgs: list[OrgMention]) -> OrgMention | None:
    """'said Declan Moriarty, Head of Life Sciences, IDA Ireland.', 'Siobhán Keaveney, Senior Vice President, Global
    Manufacturing and Supply, Valmora Biologics.': a press release signs a quote off with the title, the portfolio
    and, last in the sentence, the organisation."""
    end = doc[comma].sent.end
    while end > comma and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    last = next((m for m in orgs if m.end == end and m.start > comma and m.via != "pronoun"), None)
    if last is None or last.start - comma > 12:
        return None
    between = doc[comma + 1 : last.start]
    return last if all(t.text == "," or t.is_title or t.lower_ in ("and", "&", "of", "for") for t in between) else None


def _title_before(doc: Doc, person: Span, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention | None] | None:
    """'Nissan chief executive Ivan Espinosa', "AESC's chairman Lei Zhang", 'Gujarat Chief Minister X'."""
    title: list[Token] = []
    org = None
    i = person.start - 1
    i -= honorific_length(doc, i + 1, -1)  # "group managing director Datuk Azlan Harun", "Tan Sri Lim Chee Keong"
    glossed = _translation_before(doc, i, person.sent.start)
    if glossed is not None:
        i = glossed  # "Gediz's genel müdür (general manager), Zeynep Arıkan": the title as written, before its translation
    elif i > 0 and doc[i].text == "," and (post := _title_of_body_before(doc, i, orgs)) is not None:
        return post
    elif i > 0 and doc[i].text == "," and (aside := _time_aside_before(doc, i)) is not None:
        i = aside - 1  # "The Pasadena plant manager at the time of the explosion, Curtis Bellamy": the title before the aside
    if i > 0 and (doc[i].text == "," or glossed is not None):  # "Spain's industry minister, Pilar Onrubia,", "Seiran's executive officer for
        # international business, Takumi Arai,": the title before the comma, past the field it covers
        head = next((j for j in range(i - 1, max(person.sent.start, i - 10) - 1, -1) if doc[j].lower_ in TITLE_HEADS), None)
        if head is not None and all(t.lower_ in ("for", "of", "and", "&", "-", ",") or t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[head + 1 : i]):
            # "the state's Commissioner for Commerce, Industry and Cooperatives, Amina Yakasai"
            title, i = list(doc[head + 1 : i]), head  # "Secretary of Sustainable Development, Rodrigo Ibarra Montes": the
            # portfolio says whose ministry
    floor = min(person.start - 8, i - 4)
    if (field := _field_of_a_title_before(doc, i, person.sent.start)) is not None:  # "Jinrui vice president for
        title, i = list(doc[field : i + 1]), field - 1  # international operations Chen Yiming"
    elif (start := _portfolio_start(doc, i, person.sent.start)) != i:  # "Secretary of Commerce Laura Brandvold"
        title, i, floor = list(doc[start + 1 : i + 1]), start, min(floor, start - 4)
        body = next((m for m in orgs if m.via != "pronoun" and start + 1 < m.start and m.end == person.start
                     and doc[m.start - 1].lower_ in ("of", "at") and not all(t.lower_ in PORTFOLIO_WORDS for t in doc[m.start : m.end])), None)
        if body is not None:  # "the Vice-President of PAIH Agnieszka Zawadzka": a body, not a portfolio ('Commerce')
            title, org = list(doc[start + 1 : body.start - 1]), body
    while i >= person.sent.start and i > floor:  # never into the sentence before
        token = doc[i]
        mention = org_at(orgs, token)
        if mention is not None and mention.via != "pronoun":
            org = mention
            i = mention.start - 1
            continue
        if org is not None and not title and token.lower_ == "the" and i > floor and doc[i - 1].lower_ in ("of", "at"):
            i -= 1  # "Vice Chairman of the Hai Phong City People's Committee Tran Quoc Hung"
            token = doc[i]
        if org is not None and not title and token.lower_ in ("of", "at") and (words := _title_before_of(doc, i, person.sent.start)) is not None:
            title, i = list(words), words.start - 1  # "The general manager of Tianrui Wang Lei", as a translated genitive
            break  # puts it
        if mention is not None and title and token.tag_ == "PRP$":  # "Its chief executive, Pieter Coetzer,": the
            org = mention  # organisation 'its' stands for
            break
        if token.text == "-" and title and i > 0 and doc[i - 1].lower_ in TITLE_WORDS:  # "County Judge-Executive Keith Dorsey"
            title.insert(0, token)
            i -= 1
            continue
        if token.lower_ == "the" and title and title[0].lower_ == "board" and i > 0 and doc[i - 1].lower_ == "of":
            title.insert(0, doc[i - 1])  # "Chairman of the Board Lin Cheng-hsiung": its 'the' comes back with OF_BOARD
            i -= 2
            continue
        if token.tag_ == "POS" and i > 0 and org_at(orgs, doc[i - 1]) is None and doc[i - 1].lower_ in TITLE_WORDS:
            break  # "the state's treasurer, Mark Pellegrino": the owner before the possessive is no part of the title
        if token.lower_ in TITLE_WORDS or token.text in LEGISLATOR_SUFFIXES or token.lower_ in ("'s", "’s") or _a_place_word(token) or _title_modifier(token):
            if token.lower_ not in ("'s", "’s") and not _a_place_word(token):
                title.insert(0, token)
            i -= 1
            continue
        break
    while title and title[0].lower_ in ("and", "&"):  # "... at Karlshamn, and chief executive X said"
        title.pop(0)
    if not any(t.lower_ in TITLE_HEADS or t.text in LEGISLATOR_SUFFIXES for t in title):
        return None
    if org is None and title[0].pos_ == "NOUN" and title[0].lower_ in BODY_NOUNS:  # "authority chairman Wade Pruitt"
        body = title.pop(0)
        org = next((m for m in reversed(orgs) if m.start < body.i and body.lower_ in m.name.lower()), None)
    elif org is None and i >= 0 and doc[i].lower_ in BODY_NOUNS and not doc[i].ent_type_:  # "Council leader Martin Ashworth"
        org = next((m for m in reversed(orgs) if m.start < i and doc[i].lower_ in m.name.lower()), None)
    elif org is None and len(title) > 1 and title[0].lower_ in ("company", "firm") and not title[0].ent_type_:
        title.pop(0)  # "company president Gary Szabo said": the president of the company the story is about
        org = most_mentioned(orgs)
    return title, org


TIME_ASIDE = re.compile(r"at the time(?: of (?:the |its |his |her )?[\w-]+)?", re.IGNORECASE)


def _time_aside_before(doc: Doc, comma: int) -> int | None:
    """Where 'at the time of the explosion' starts, when it ends right before the comma: a title's aside, not its words."""
    return next((j for j in range(comma - 3, max(comma - 8, 0) - 1, -1)
                 if doc[j].lower_ == "at" and TIME_ASIDE.fullmatch(doc[j:comma].text)), None)


def _field_of_a_title_before(doc: Doc, end: int, floor: int) -> int | None:
    """Where 'for international operations' starts in 'Jinrui vice president for international operations Chen Yiming':
    the lower-case field a title covers, written between the title and the name."""
    for j in range(end - 1, max(floor, end - 5), -1):
        if doc[j].lower_ in ("for", "of") and doc[j - 1].lower_ in TITLE_HEADS and all(
                t.is_lower and t.pos_ in ("ADJ", "NOUN", "CCONJ") for t in doc[j + 1 : end + 1]):
            return j
    return None


def _title_before_of(doc: Doc, of: int, floor: int) -> Span | None:
    """The title that ends before 'of' ('Chairman of the Board of Directors (Yönetim Kurulu Başkanı) of'), without the
    original words in brackets after it."""
    end = of
    if doc[end - 1].text == ")":  # the title in the original language, any case
        end = next((j for j in range(end - 2, max(floor, end - 7) - 1, -1) if doc[j].text == "("), end)
    start = end
    while start - 1 >= max(floor, end - 6) and (doc[start - 1].lower_ in TITLE_WORDS | {"of", "the", "directors"}):
        start -= 1
    while start < end and doc[start].lower_ in ("of", "the"):
        start += 1
    return doc[start:end] if any(t.lower_ in TITLE_HEADS for t in doc[start:end]) else None


def _translation_before(doc: Doc, comma: int, floor: int) -> int | None:
    """Where the bracket opens of '(general manager)' or '(town mayor)' between a title left in its language and the
    name, or the comma before it ('chōchō (town mayor) Hirata Shigeru')."""
    closing = comma - 1 if comma >= 2 and doc[comma].text == "," and doc[comma - 1].text == ")" else comma if doc[comma].text == ")" else None
    return gloss_opening(doc, closing, floor) if closing is not None else None


def _title_of_body_before(doc: Doc, comma: int, orgs: list[OrgMention]) -> tuple[list[Token], OrgMention] | None:
    """'the Deputy Chairman of the Batam Indonesia Free Zone Authority (BP Batam), Ahmad Fauzi': a title and the
    body it is held at, before the comma that introduces the name."""
    j = comma - 1
    if doc[j].text == ")":
        j = next((k for k in range(j - 1, max(j - 6, 0), -1) if doc[k].text == "("), 0) - 1
    body = org_at(orgs, doc[j]) if j > 0 else None
    if body is None or body.via == "pronoun" or body.end != j + 1:
        return None
    k = body.start - 1 - (body.start > 0 and doc[body.start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ not in ("of", "at"):
        return None
    start = k
    while start - 1 >= max(k - 4, 0) and doc[start - 1].lower_ in TITLE_WORDS:
        start -= 1
    title = list(doc[start:k])
    return (title, body) if any(t.lower_ in TITLE_HEADS for t in title) else None


#: Bodies a lower-case noun before a title stands for: 'authority chairman Wade Pruitt' chairs the authority named before.
BODY_NOUNS = {"authority", "agency", "commission", "council", "union", "board", "corporation", "court", "ministry", "department",
              "bank", "fund", "association", "chamber", "committee", "panel"}


def _portfolio_start(doc: Doc, i: int, sentence_start: int) -> int:
    """'Secretary of Commerce X', 'vice president of development X': where a title that names its portfolio after
    'of' or 'for' starts, else ``i``."""
    j = i
    while j > sentence_start and j > i - 3 and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].lower_ not in TITLE_HEADS:
        j -= 1  # "Secretary of Commerce Laura Brandvold", "vice president of development Priya Raman"
    if j < i and j > sentence_start and doc[j].lower_ in ("of", "for") and doc[j - 1].lower_ in TITLE_HEADS:
        return j - 1
    long = next((k for k in range(i - 1, max(sentence_start, i - 14), -1) if portfolio_end(doc, k) == i + 1), None)
    return i if long is None else long - 1  # "Minister for Industries, Skill Development and Technical Education X"


def _a_place_word(token: Token) -> bool:
    """'Gujarat Chief Minister', "the association's Kano chairman": a place before a title, tagged or a known town."""
    return token.ent_type_ == "GPE" or token.pos_ == "PROPN" and not token.ent_type_ and is_known_town(token.text)


def _title_modifier(token: Token) -> bool:
    """'economy minister', 'finance director', 'First Minister': a common noun (or 'first') modifying a title head."""
    return (token.dep_ in ("compound", "amod") and token.head.lower_ in TITLE_HEADS and not token.ent_type_
            and (token.pos_ == "NOUN" and token.is_lower or token.lower_ == "first"))


def _place_after(doc: Doc, title: list[Token]) -> str | None:
    """'Anne Wiersma, gedeputeerde for energy and economy in the Province of Groningen': the place an official serves."""
    after = title[-1].i + 1 if title else len(doc)
    place = _served_place(doc, after + 1) if after < len(doc) and doc[after].lower_ == "in" else None
    return place.text if place is not None else None


def _served_place(doc: Doc, start: int) -> Span | None:
    """The place named at ``start``, past 'the' and 'Province of', 'City of'."""
    while start < len(doc) and (doc[start].lower_ in ("the", "of") or doc[start].lower_ in PLACE_NOUNS):
        start += 1
    if start >= len(doc) or doc[start].ent_type_ not in ("GPE", "LOC"):
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _place_before(doc: Doc, title: list[Token]) -> str | None:
    """'Jackson Mayor Teresa Bolton', "Ceará's economic development secretary": the place an official serves."""
    if not title or title[0].i == 0:
        return None
    start = portfolio = title[0].i
    while portfolio > max(start - 3, 1) and doc[portfolio - 1].is_title and not doc[portfolio - 1].ent_type_ \
            and doc[portfolio - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        portfolio -= 1
    if doc[portfolio - 1].tag_ == "POS" or doc[portfolio - 1].ent_type_ in ("GPE", "LOC"):
        start = portfolio  # "Ontario's Economic Development Minister X": past the portfolio to the place
    before = doc[start - 1]
    if before.tag_ == "POS" and before.i > 0:
        before = doc[before.i - 1]
    if before.lower_ in PORTFOLIO_WORDS:
        return None  # "Economics Minister Katrin Vogt", a place to the model
    place = next((e for e in doc.ents if e.start <= before.i < e.end), None) if before.ent_type_ == "GPE" else None
    if place is not None and len(place) > 1 and not is_broad_place(place.text) and (
            region := next((place[:k] for k in range(len(place) - 1, 0, -1) if is_broad_place(place[:k].text)), None)) is not None:
        return region.text  # "Gujarat Industries Minister X", tagged as one place: Gujarat
    owner = next((t for t in doc[place.start : before.i] if t.tag_ == "POS"), None) if place is not None else None
    if owner is not None:
        before = doc[owner.i - 1]  # "Ontario's Economic Development" tagged as one place: Ontario
    if before.ent_type_ in ("GPE", "LOC") or before.lower_ in PLACE_NOUNS:
        return before.text  # "Jackson Mayor X", "the province's head of investment"
    return before.text if doc[start - 1].tag_ == "POS" and before.pos_ == "PROPN" else None  # "Ceará's secretary"


def _employer(doc: Doc, person: Span, orgs: list[OrgMention], title: str, place: str | None) -> OrgMention | None:
    """A title without its organisation ('Chief executive Ingrid Halvorsen said'): an official works for the nearest
    government body in the sentence, else for the one the story names most; an executive likewise for a company.
    An official of a named place ('Jackson Mayor X') works for that place's government or for none we know."""
    if (own := _whose_org_after(doc, person, orgs) or _led_by(person, orgs) or _body_named_before_title(doc, person, orgs, title)) is not None:
        return own  # "said the union's general secretary, Jon Etxeberria, whose Sindicato Industrial de Navarra represents",
        # "Circulon will be led by Managing Director Annika Strand, who joins from Norrlith", "Union chairman Philip Musyoka"
    if ACADEMIC_TITLES.search(title) and (schools := [m for m in orgs if ACADEMIES.search(m.name)]):
        return min(schools, key=lambda m: abs(m.start - person.start))  # 'The university ... welcomed the decision. "...,"
        # rector Begoña Urrutia said': a rector heads a university, whatever company the story is about
    if INSOLVENCY_TITLES.search(title) and (firm := _insolvency_firm(doc, orgs)) is not None:
        return firm  # "joint administrators from Harwood Kerr said ... Joint administrator Fiona Trask said": the firm's
    if UNION_TITLES.search(title) and (union := _union_speaking(doc, person, orgs)) is not None:
        return union  # 'The National Union of Metalworkers welcomed the award ... "Local content must mean local jobs,"
        # regional secretary Themba Khoza said': the union's secretary, not a government's
    official = bool(OFFICIAL_TITLES.search(title))
    same_kind = [m for m in orgs if (m.kind == "government") == official]
    minister = official and re.search(r"minister|secretary|staatssekretär", title) is not None
    if HEADS_OF_GOVERNMENT.search(title):  # "The Lord Mayor of Cork" also leads Cork City Council
        town = {word for word in re.findall(r"\w{4,}", title) if not MAYORS.fullmatch(word)} - {"lord", "deputy", "executive"}
        # (the title's words that name a town: not "Oberbürgermeisterin", a mayor in German)
        councils = {m.key for m in same_kind if COUNCIL.search(m.name)}  # "Mayor Ken Aldridge said the council": the one named
        same_kind = [m for m in same_kind if WHOLE_GOVERNMENT.search(m.name) or MAYORS.search(title) and COUNCIL.search(m.name)
                     and (town & set(m.name.lower().split()) or not town and place is None and len(councils) == 1 and not _named_before_title(doc, person))]
        if not MAYORS.search(title):  # a governor or a Landrat runs no town: 'Landrat Jens Oltmann' beside 'the Gemeinde Geeste'
            same_kind = [m for m in same_kind if not MUNICIPAL.search(m.name)]
        if MAYORS.search(title):  # a mayor runs a town, not the country or its region
            same_kind = [m for m in same_kind if _governed_breadth(m) == 0]
        elif any(level in title.split() for level in LOCAL_LEVELS) and (regional := [m for m in same_kind if _governed_breadth(m) == 1]):
            same_kind = regional  # "Regional president Javier Lanuza": the Government of Aragon, not Spain's
    body = next((word for role, word in BODY_OF_TITLE.items() if re.search(rf"\b{role}s?\b", title)), None)
    if body is not None and (members_of := [m for m in same_kind if body in m.name.lower()
                                            or body == "council" and CIVIC_BODY.match(m.name)]):  # "Cr X" of the City of Greater Geelong
        same_kind = members_of  # "Commissioner Ray Tomasetti voted no": the Board of Commissioners, not the city council
    if minister and place is None:  # a minister works for a ministry or
        # department named on the words before the title ("Business Secretary X": the Department for Business and
        # Trade), unless a state's ("state Industries Secretary X"), or for a government
        local = any(t.lower_ in LOCAL_LEVELS for t in doc[max(person.start - 4, 0) : person.start])
        portfolio = {t.lower_ for t in doc[max(person.start - 8, 0) : person.start] if t.is_title and len(t) > 3}
        portfolio |= _portfolio_words(title)  # "X, Deputy Minister of Development"
        ministry = _ministry_of(same_kind, portfolio)
        if ministry is not None and not local:
            return ministry  # "Mines and Minerals Development Minister Chanda Phiri"
        placed = [m for m in same_kind if "government" in m.name.lower() and portfolio & set(re.findall(r"\w+", m.name.lower())) - GOVERNMENT_NAME_WORDS]
        if len(placed) == 1:
            return placed[0]  # "Hendrik Bauer, the economy minister of North Rhine-Westphalia": its state government
        governments = [m for m in same_kind if "government" in m.name.lower() and (local or _governed_breadth(m) != 1)]
        ministries = [m for m in same_kind if (not PORTFOLIO_NAMED.search(title) if MINISTRY.search(m.name)
                                               else "government" in m.name.lower())]  # not the Ministry of Health for
        # the "minister for economic affairs"
        not_agencies = [m for m in same_kind if not _an_agency(m)]  # a state secretary works for no development bank
        same_kind = governments or (ministries if "minister" in title else not_agencies)  # a minister sits on no council
    if minister and place is not None and (ministry := _ministry_of(_not_another_place_s(doc, same_kind, place), _portfolio_words(title))) is not None:
        return ministry  # "Natangwe Shikongo, Namibia's minister of mines and energy": the Ministry of Mines and Energy
    if place is not None:
        stem = place.lower().rstrip("e")  # "the province's" -> "South Chungcheong provincial government"
        governing = [m for m in orgs if m.kind == "government" and not (minister and _an_agency(m))]  # "Finland's minister":
        government = next((m for m in governing if stem in m.name.lower()), None) or next(  # not Business Finland
            (m for m in governing if m.name.lower().startswith(stem[:3])), None)  # "Spain's" -> "Spanish government"
        if government is None and place.lower() in ("state", "province", "region"):  # "the state's treasurer": the one
            regional = {m.key: m for m in orgs if m.kind == "government" and WHOLE_GOVERNMENT.search(m.name) and _governed_breadth(m) == 1}
            government = next(iter(regional.values())) if len(regional) == 1 else None  # regional government named
        if government is None and place.lower() in ("city", "town"):  # "László Kerekes, the city's mayor": its council
            councils = {m.key: m for m in orgs if m.kind == "government" and COUNCIL.search(m.name)}
            government = next(iter(councils.values())) if len(councils) == 1 else None
        if government is not None or official:
            return government
        if place.lower() in PLACE_NOUNS:
            return None
    text = document_text(doc)
    if not official and not CORPORATE_TITLES.search(title) and person.sent.start > 0 and _opens_its_sentence(doc, person) \
            and (body := _acting_body(doc[person.sent.start - 1].sent, orgs)) is not None:
        return body  # "The Thanh Hoa Provincial People's Committee ... has asked NSV to ... Vice chairman Le Duc Trung said"
    candidates = [m for m in orgs_in(same_kind, person.sent) if not inside_quote(doc[m.start], text) and not _spoken_to(doc[m.start : m.end])]
    # not a company the speaker's quote names ('"Kanemaru brings us the balance sheet," chief financial officer Priya
    # Raman said'), nor the paper spoken to ('managing director Niall Farrell told the Express')
    if candidates and (reported := _subject_reported_on(person, candidates)) is not None:
        return reported  # "The company bought the site from Keystone for $21 million, president Dale Hutchins said"
    candidates = [m for m in candidates if not _told_of(person, m)
                  and not (CORPORATE_TITLES.search(title) and _dealt_with(doc[m.start : m.end]))]
    if candidates:
        return min(candidates, key=lambda m: abs(m.start - person.start))
    if (meeting := _body_meeting(doc, orgs)) is not None:
        return meeting  # minutes: 'The Development Management Manager, Rhian Pugh, presented the report', 'Chairman Whitfield said'
    if not official and not CORPORATE_TITLES.search(title) and (body := _acting_body(person.sent, orgs)) is not None:
        return body  # "The Hai Phong People's Committee granted the certificate, and vice chairman X said": its vice chairman
    if official and not MAYORS.search(title) and body != "council":
        same_kind = [m for m in same_kind if not COUNCIL.search(m.name)]  # a Landrat or a state secretary sits on no town council
    kind = "government" if official else "company"
    quoted = _others_in_a_quote_by_us(doc, person, orgs)
    same_kind = [m for m in same_kind if m.key not in quoted] or same_kind
    return _previous_subject(doc, person, same_kind) or most_mentioned(_named_earlier_in_the_paragraph(doc, person, same_kind), kind) \
        or most_mentioned(_named_earlier_in_the_entry(doc, person, same_kind), kind) or most_mentioned(same_kind, kind)


def _others_in_a_quote_by_us(doc: Doc, person: Span, orgs: list[OrgMention]) -> set[str]:
    """'"Parchetti gives us the floor," chief executive Lorenzo Galbiati told analysts': a company the speaker's quote
    makes do something to 'us' is not the speaker's own."""
    text = document_text(doc)
    return {m.key for m in orgs_in(orgs, person.sent) if inside_quote(doc[m.start], text)
            and (root := doc[m.start : m.end].root).dep_ == "nsubj"
            and any(c.lower_ == "us" and c.dep_ in ("dobj", "dative") for c in root.head.children)}


def _body_named_before_title(doc: Doc, person: Span, orgs: list[OrgMention], title: str) -> OrgMention | None:
    """'Union chairman Philip Musyoka' after 'The Ukambani Cotton Growers Co-operative Union': the body's own noun,
    capitalised before the title, stands for the one body the story names with it."""
    words = set(title.split())
    i = person.start - 1
    while i > 0 and doc[i].lower_ in words:
        i -= 1
    if i == person.start - 1:
        return None
    if doc[i].lower_ == "union" and not doc[i].is_title:  # "said union coordinator Ana Lúcia Ferreira": the one union named
        unions = {m.key: m for m in orgs if UNION_NAME.search(m.name)}
        return next(iter(unions.values())) if len(unions) == 1 else None
    if not (doc[i].is_title and doc[i].lower_ in INSTITUTION_NOUNS):
        return None
    bodies = {m.key: m for m in orgs if m.name.split()[-1].lower() == doc[i].lower_}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


#: The posts of a union's officers ('regional secretary', 'shop steward'), which a ministry has too.
UNION_TITLES = re.compile(r"\b((general|regional|branch|national|district|provincial|deputy|assistant) secretary|shop steward|organi[sz]er|convenor)\b")

#: The posts of a university's heads and teachers, and the names of the bodies they work for.
ACADEMIC_TITLES = re.compile(r"\b(rector|vice-chancellor|chancellor|provost|dean|professor|lecturer)\b")
ACADEMIES = re.compile(r"\b(university|universit[äy]|universidad|université|università|college|polytechnic|institute of technology)\b", re.IGNORECASE)

#: The posts of those a court or creditors put in charge of an insolvent company, who work for an accountancy firm.
INSOLVENCY_TITLES = re.compile(rf"\b({'|'.join(INSOLVENCY_NOUNS)})s?\b")


def _insolvency_firm(doc: Doc, orgs: list[OrgMention]) -> OrgMention | None:
    """The firm the story names as the administrators ('joint administrators from Harwood Kerr', 'administrators at X',
    'Its administrators, Pendleton Restructuring LLP,')."""
    for mention in orgs:
        root = doc[mention.start : mention.end].root
        if root.dep_ == "pobj" and root.head.lower_ in ("from", "at") and INSOLVENCY_TITLES.search(root.head.head.lower_) \
                or root.dep_ == "appos" and INSOLVENCY_TITLES.search(root.head.lower_):
            return mention
    return None


def _union_speaking(doc: Doc, person: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """The union that acts in the person's sentence or the one before, if one does."""
    sentences = [person.sent] + ([doc[person.sent.start - 1].sent] if person.sent.start > 0 else [])
    return next((body for s in sentences if (body := _acting_body(s, orgs)) is not None and UNION_NAME.search(body.name)), None)


def _led_by(person: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'Circulon will be led by Managing Director Annika Strand': the organisation the person leads."""
    root = person.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in LEADING_AS_VERBS | {"chair"}:
        return subject_org(orgs, root.head.head)
    return None


def _whose_org_after(doc: Doc, person: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'Jon Etxeberria, whose Sindicato Industrial de Navarra represents most metalworkers': the body the clause gives him."""
    if person.end + 2 < len(doc) and doc[person.end].text == "," and doc[person.end + 1].lower_ == "whose":
        return next((m for m in orgs if m.start == person.end + 2 and m.via not in ("pronoun", "description")), None)
    return None


#: The heading of a meeting's minutes ('Minutes of the meeting held on ...', 'Regular Meeting Minutes').
MINUTES_HEADING = re.compile(r"^[^\n]{0,40}\b(?:Minutes|MINUTES)\b[^\n]*$", re.MULTILINE)  # not 'It took minutes ...'


def _body_meeting(doc: Doc, orgs: list[OrgMention]) -> OrgMention | None:
    """The council or board whose minutes the document is, named above their heading ('NEWPORT CITY COUNCIL /
    PLANNING COMMITTEE / Minutes of the meeting held on ...'): its officers and members speak for it."""
    heading = MINUTES_HEADING.search(document_text(doc), 0, 400)
    if heading is None:
        return None
    return next((m for m in orgs if m.kind == "government" and doc[m.start].idx < heading.start()), None)


def _named_earlier_in_the_paragraph(doc: Doc, person: Span, orgs: list[OrgMention]) -> list[OrgMention]:
    """'Nordavia Battery AS said it had scrapped its anode plant ... Chief executive Lars Eikeland said': in a digest
    of items, a speaker with a bare title speaks for the organisations the item is about (its subjects), not for the
    story's main one."""
    return _subjects_before(person, in_the_paragraph(person, orgs))


def _subjects_before(person: Span, orgs: list[OrgMention]) -> list[OrgMention]:
    """Of ``orgs``, those named before the person as the subject of a clause, or as the owner of its subject outside a
    quote ("Southbar Steel's board has approved", not the customer in '"Daeseong's order gave us the visibility," X said'),
    or as the topic a sentence opens with ('For Permata, the collapse of the deal comes with a change of leadership')."""
    doc = person.doc
    text = document_text(doc)
    return [m for m in orgs if m.end <= person.start and any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass")
                                                             and not inside_quote(t, text) or _topic_opening_its_sentence(t)
                                                             for t in doc[m.start : m.end])]


def _topic_opening_its_sentence(token: Token) -> bool:
    """'Permata' of 'For Permata, the collapse ...'."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.i == token.sent.start and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].text == ","


def _named_earlier_in_the_entry(doc: Doc, person: Span, orgs: list[OrgMention]) -> list[OrgMention]:
    """'10:50 / Karoo Ridge Cement will build a grinding plant ... / "Coega gives us a port," chief executive Marelize
    Botha said': on a live page, a speaker with a bare title speaks for the subjects of the entry they are quoted in."""
    stamps = [m.end() for m in LIVE_STAMP.finditer(document_text(doc), 0, doc[person.start].idx)]
    return _subjects_before(person, [m for m in orgs if stamps[-1] <= doc[m.start].idx]) if stamps else []


def _subject_reported_on(person: Span, candidates: list[OrgMention]) -> OrgMention | None:
    """The organisation a speaker with a bare title reports on as the subject of what they say: their own, rather
    than the seller or customer named nearer to them."""
    verb = person.root.head
    if person.root.dep_ == "nsubj" and verb.lemma_ in REPORTING_VERBS:
        subjects = reported_subjects(verb)
    elif person.end < len(person.doc) and _said_as_a_conjunct(after := person.doc[person.end]):
        subjects = [s for s in after.head.children if s.dep_ in ("nsubj", "nsubjpass")]  # "X will spend $21 million on
        # lines at the Kaveri plant, Chief Executive Y said", parsed with Y an apposition of the plant and 'said' a conjunct
    else:
        return None
    return next((m for s in subjects for m in candidates if m.start <= s.i < m.end), None)


def _told_of(person: Span, mention: OrgMention) -> bool:
    """'Site manager X said the plant's largest customer, Y, had been told ...': an organisation inside what a speaker
    says, other than its subject, is what they speak of, not whom they speak for."""
    verb = person.root.head
    if any(c.dep_ == "relcl" and c.lemma_ in REPORTING_VERBS and c.left_edge.i <= mention.start <= c.right_edge.i for c in person.root.children):
        return True  # "finance director Thomas Berger, who said the bank's board was not expected to decide"
    if person.root.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
        return False
    return any(clause.dep_ == "ccomp" and clause.left_edge.i <= mention.start <= clause.right_edge.i for clause in verb.children)


def _dealt_with(mention: Span) -> bool:
    """'a loan of up to €180 million is being negotiated with the European Investment Bank, according to finance director
    Thomas Berger': the lender, the grantor or the buyer a sentence deals with is the other side, not the one whose
    finance director tells of it."""
    root = mention.root
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "by", "from")


def _said_as_a_conjunct(verb: Token) -> bool:
    """A reporting verb right after a speaker, with no subject of its own, hung on the clause it reports."""
    return verb.lemma_ in REPORTING_VERBS and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children)


def _spoken_to(mention: Span) -> bool:
    """'told the Express', 'said in an interview with Reuters', 'speaking to Bloomberg': whom a speaker talks to."""
    root = mention.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ == "to" and prep.head.lemma_ in ("speak", "talk", "say")
                                 or prep.lower_ == "with" and prep.head.lemma_ == "interview")


def _portfolio_words(title: str) -> set[str]:
    """'mines', 'energy' of 'minister of mines and energy': the words of a minister's title that name a portfolio."""
    return set(re.findall(r"\w{4,}", title)) - {"minister", "deputy", "state", "junior"}


def _not_another_place_s(doc: Doc, bodies: list[OrgMention], place: str) -> list[OrgMention]:
    """The bodies no possessive gives to a place other than the official's: "Kenya's cabinet secretary for trade" works
    for no "Oman's Ministry of Commerce, Industry and Investment Promotion"."""
    foreign = {m.key for m in bodies if m.start > 1 and doc[m.start - 1].tag_ == "POS" and doc[m.start - 2].ent_type_ == "GPE"
               and doc[m.start - 2].text not in place.split()}
    return [m for m in bodies if m.key not in foreign]


def _ministry_of(bodies: list[OrgMention], portfolio: set[str]) -> OrgMention | None:
    """The ministry or department whose name shares a word with the portfolio."""
    return next((m for m in bodies if MINISTRY.search(m.name) and portfolio & set(re.findall(r"\w+", m.name.lower()))), None)


#: Words of a government's name that say what kind it is, not where it governs.
GOVERNMENT_NAME_WORDS = {"government", "state", "federal", "national", "provincial", "regional", "central", "county", "city", "municipal"}


def _an_agency(body: OrgMention) -> bool:
    """'Business Finland', 'Invest India': a government body that is neither a government, a ministry nor a council,
    so no minister's employer."""
    return not (WHOLE_GOVERNMENT.search(body.name) or COUNCIL.search(body.name) or MINISTRY.search(body.name))


def _named_before_title(doc: Doc, person: Span) -> bool:
    """'Storm Lake Mayor Jana Kessler': a name (a town, whatever the model tagged it) before the title."""
    i = person.start - 1
    while i >= 0 and doc[i].lower_ in TITLE_WORDS:
        i -= 1
    return i >= 0 and i < person.start - 1 and doc[i].is_title and not doc[i].is_sent_start


#: Titles only a company gives; a chairman or a director may sit in a committee, an authority or a union too.
CORPORATE_TITLES = re.compile(r"\b(ceo|cfo|coo|cto|chief|officer|executive|managing|md|vp|svp|evp|sales|marketing|finance|plant manager)\b")


def _opens_its_sentence(doc: Doc, person: Span) -> bool:
    """'Vice chairman Le Duc Trung said': the name, after its title, opens the sentence (not 'Ferrante, who became
    amministratore delegato in 2023', a post told again)."""
    return person.start > person.sent.start and all(t.is_title or t.is_lower and t.pos_ in ("NOUN", "ADJ")
                                                    for t in doc[person.sent.start : person.start])


def _acting_body(sentence: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """The public body or other non-company that is the subject of the sentence's main clause, if any."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mention = org_at(orgs, subject) if subject is not None else None
    return mention if mention is not None and mention.kind != "company" and mention.via != "pronoun" else None


def _governed_breadth(government: OrgMention) -> int:
    """How much ground a government covers (see gazetteer.breadth): 'Saxon state government' 1, 'Government of Aragon' 1,
    'Werdau city council' 0, 'UK government' and 'Polish government' 2."""
    place = re.sub(r"^(of|the)\s+", "", WHOLE_GOVERNMENT.sub("", government.name).strip(), flags=re.IGNORECASE)
    level = place.lower().rsplit(" ", 1)[-1]
    if level in ("regional", "provincial", "prefectural", "state"):
        return 1
    return 0 if level in ("city", "municipal", "town") else 2 if people_s_countries(place) else breadth(place)  # "Polish government"


def _previous_subject(doc: Doc, person: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'Unite welcomed the investment. "We will not accept it," said regional officer Dave Kinsella': a speaker whose
    sentence names no organisation speaks for the one that reacted in the sentence before, in the same paragraph."""
    if person.sent.start == 0 or "\n" in doc[person.sent.start - 1].text:
        return None
    before = doc[person.sent.start - 1].sent
    if before.root.lemma_ not in REACTING_VERBS:
        return None
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    mention = org_at(orgs, subject) if subject is not None else None
    return mention if mention is not None and mention.via not in ("pronoun", "description") else None


REACTING_VERBS = {"say", "tell", "describe", "announce", "confirm", "welcome", "criticise", "criticize", "warn", "urge", "react",
                  "respond", "argue", "insist", "demand", "call", "condemn", "oppose", "praise", "question", "reject",
                  "challenge", "vow", "threaten"}


# -- investments -------------------------------------------------------------------------------
def find_investments(doc: Doc, orgs: list[OrgMention], money: list[MoneyMention],
                     facilities: list[FacilityMention], plants: list[dict]) -> list[dict]:
    found = []
    dismissed: set[tuple[Decimal, str]] = set()  # amounts the body says are no investments
    last_dismissed = -1  # where the last of them ends
    recorded = records(document_text(doc))
    corrected = {(m.amount, m.currency) for m in money if _misreported(doc, m)}  # the 12:10 entry's '€2.1 billion', which the
    # 15:05 correction says was wrong
    for mention in money:
        span = doc[mention.start : mention.end]
        sentence = span.sent
        if mention.restates is not None or in_clutter(doc, span.start_char) or (mention.amount, mention.currency) in corrected:
            continue
        if (row := record_at(recorded, span.start_char, rows_only=True)) is not None:
            found += _row_investment(doc, row, mention, facilities, plants)
            continue
        start, end = max(sentence.start, _range_start(doc, mention) - 6), min(sentence.end, mention.end + 6)
        context = span_text(doc[start:end])  # read with two words more, for the look-ahead: "the Ohio Tax Credit Authority"
        before = span_text(doc[sentence.start : mention.start])
        valued = VALUED_INCENTIVE.search(before) or VALUED_PROJECT.search(before) or ROYALTY_BOUGHT.match(span_text(doc[mention.end : sentence.end]))
        if TALLY.search(before):
            continue
        head = _amount_head(span)
        window = span_text(doc[start : min(sentence.end, end + 2)])
        at = doc[mention.start].idx - doc[start].idx
        past = doc[mention.end - 1].idx + len(doc[mention.end - 1]) - doc[start].idx
        priced_for = _buyer_of_a_price_reported(head, orgs)
        if not valued and priced_for is None and not ALREADY_SPENT.match(window, past) and any(m.start() < len(context) and not (m.end() <= at and SPENDING_AFTER_AND.search(window, m.end(), at))
                              and not _in_a_name(doc, doc[start].idx + m.start(), orgs)
                              and not (THEN_AND.fullmatch(window, past, m.start()) and m.group(0).lower() == "valued")
                              for m in NOT_INVESTMENT.finditer(window)):
            dismissed.add((mention.amount, mention.currency))
            last_dismissed = mention.end
            continue
        if 0 <= last_dismissed <= mention.start and FROM_THE_LAST.fullmatch(span_text(doc[last_dismissed : mention.start])):
            continue  # "capital expenditure would rise to about €480m this year from €365m in 2024": last year's figure
        if not valued and priced_for is None and not INVESTMENT_CUES.search(span_text(sentence)) \
                and not _answers_a_question_on_money(doc, sentence) and not _priced_after_a_cue(sentence) and not _sum_approved(head):
            continue
        if _takeover_price(head, orgs) or _between_them(doc, mention) or _spending_guidance(head) or _a_rate_or_superseded(doc, mention) \
                or _a_commentator_s_estimate(head) \
                or _a_market_size_or_valuation(head) \
                or _value_of_a_contract(head) or _from_unnamed_lenders(head, orgs) or _raised_from_unnamed_investors(head, orgs) \
                or _size_of_a_round(head, orgs) and _parts_named(doc, mention, money) \
                or _given_by_an_unnamed_government(head, orgs) or _price_of_land(head) or _sum_of_the_parts(doc, mention, money) \
                or _a_revolving_facility(head):
            continue
        target = _plant_for_money(span, facilities)
        aid = _state_aid(head)
        if aid is not None and ((government := _government_of(aid, orgs) or _ministry_approving(head, orgs)) is not None
                                or verb_of(head.head).lemma_ in CLEARING_VERBS):
            investor, confidence = government, 0.8  # the government that gives it, not the regulator that approved it
        elif priced_for is not None:
            investor, confidence = priced_for, 0.6
        elif gapped := _gapped_investor(span, orgs):
            investor, confidence = gapped, 0.8
        elif lender := _giver_written_after(span, orgs):
            investor, confidence = lender, 0.8
        elif owner := _owner_of_the_plant_costed(head, facilities, plants):
            investor, confidence = owner, 0.75
        else:
            investor, confidence = _investor(head, orgs, sentence, target, plants)
        if _a_court(investor, orgs):
            investor, confidence = None, 0.0  # "will take the decision to VCAT": a court or tribunal puts no money in
        if investor is None and (owner := _own_money_of(span, orgs)) is not None:
            investor, confidence = owner, 0.6
        if _an_insurer_s_payout(investor, orgs, sentence) or _paid_to_a_party(span, orgs):
            continue
        if confidence <= 0.5 and head.head.lemma_ in PROJECT_NOUNS and (only := _only_plant_in(sentence, facilities)) is not None \
                and plants[only]["owner"]:  # "a third of the €850 million project": the whole project is its owner's
            investor, confidence = plants[only]["owner"], 0.5
        if target is None:  # after the investor: the link is only good enough to say what the money is for
            target = _only_plant_in(sentence, facilities)
        if investor is None and (payer := _payer_by_default(span, orgs, target, plants)) is not None:
            investor, confidence = payer, 0.4
        status, status_confidence = status_of(sentence, INVESTMENT_STATUSES)
        if status == "in talks" or priced_for is not None:
            status = "proposed"  # a price that sources give for a purchase still in talks
        for each in _each_of(head, orgs) or [investor]:  # "Norrlith and Voltaris will each contribute EUR 95 million"
            found.append({
                "amount": mention.amount, "currency": mention.currency, "text": mention.text, "span": (mention.start, mention.end),
                "investor": each.key if isinstance(each, OrgMention) else each, "target": target,
                "purpose": _purpose(head), "status": status, "confidence": min(confidence, status_confidence),
                "attribution": confidence,  # how sure the investor is, whatever the status: what settles a repeated figure
            })
    found = [item for item in found if (item["amount"], item["currency"]) not in dismissed
             or not in_a_heading(doc[item["span"][0]], document_text(doc))]  # "Calderway puts Teesside plant at heart of
    # £2.8bn plan": a headline's figure that the story calls spending on capital projects
    found += [item for row in recorded if row.row for item in _row_cost_in_its_unit(doc, row, facilities, plants)]
    _respectively(doc, orgs, found)
    return _merge_repeated_amounts(found)


#: The money paid for a royalty or a stream, which finances a mine: 'will pay US$30 million upfront for a 1.5% gross
#: revenue royalty'. (A royalty's rate or yearly take is no investment.)
ROYALTY_BOUGHT = re.compile(r"\s*(?:upfront |up front |in cash )?for (?:an? |the )[^;]{0,40}?\b(?:royalty|stream)\b", re.IGNORECASE)


#: Verbs of someone putting a figure on another's plans: 'Reyes estimates the buyer might need to spend another $60 million'.
GUESS_VERBS = {"estimate", "reckon", "calculate", "guess", "figure"}


def _a_commentator_s_estimate(head: Token) -> bool:
    """'Soto estimates that such a mill would cost at least US$200 million', where the story calls Soto an analyst: a
    commentator's guess at what a company might spend is no money anyone has committed."""
    guess = next((v for v in list(head.ancestors)[:6] if v.lemma_ in GUESS_VERBS and v.pos_ == "VERB"), None)
    subjects = [c for c in guess.children if c.dep_ == "nsubj"] if guess is not None else []
    person = next((c for c in subjects if c.ent_type_ == "PERSON" or c.is_title and c.pos_ in ("PROPN", "NOUN")), None)
    if person is None:  # (a surname alone, which the model may not tag, counts)
        return False
    name, text = re.escape(person.text), document_text(head.doc)
    return any(re.search(rf"\b{name}\b[^.]{{0,40}}\b{word}\b|\b{word}\b[^.]{{0,40}}\b{name}\b", text) for word in COMMENTATORS)


def _buyer_of_a_price_reported(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'X is said to be in advanced talks to buy the mill in Coronel ... One of them put the price at about $210
    million': the price sources put on a purchase one of the three sentences before tells of is the buyer's money."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "at" else None
    if verb is None or verb.lemma_ != "put" or not any(c.dep_ == "dobj" and c.lemma_ == "price" for c in verb.children):
        return None
    before = list(head.doc[: head.sent.start].sents)[-3:]
    return next((buyer for sentence in reversed(before) for buy in sentence if buy.lemma_ in ("buy", "acquire", "purchase")
                 and buy.pos_ == "VERB" and (buyer := subject_org(orgs, buy)) is not None), None)


def _in_a_name(doc: Doc, char: int, orgs: list[OrgMention]) -> bool:
    """'to Atlântica Royalty Partners for R$180 million': a word of a company's name says nothing of the money."""
    return any(doc[m.start].idx <= char < doc[m.end - 1].idx + len(doc[m.end - 1]) for m in orgs)


#: An investment's status from the stage a tracker gives its project.
STAGE_STATUSES = {"cancelled": "cancelled", "proposed": "proposed", "operating": "completed"}


def _row_investment(doc: Doc, row: Record, mention: MoneyMention, facilities: list[FacilityMention], plants: list[dict]) -> list[dict]:
    """A tracker's Capex cell is what the row's company spends on the row's plant; a figure in another column (a
    capacity, a grant) is no investment by its label."""
    cost = row.get("cost")
    if cost is None or not cost.start <= doc[mention.start].idx < cost.end:
        return []
    return [_row_cost(doc, row, mention.amount, mention.currency, mention.text, (mention.start, mention.end), facilities, plants)]


def _row_cost_in_its_unit(doc: Doc, row: Record, facilities: list[FacilityMention], plants: list[dict]) -> list[dict]:
    """'| Capex (US$m) |' over '| 2,100 |': a bare figure in the column's unit."""
    cost = row.get("cost")
    if cost is None or cost.unit is None:
        return []
    figure = document_text(doc)[cost.start : cost.end]
    if (amount := amount_in_unit(figure, cost.unit)) is None:
        return []
    span = doc.char_span(cost.start, cost.end, alignment_mode="expand")
    return [_row_cost(doc, row, *amount, f"{figure} ({cost.unit})", (span.start, span.end), facilities, plants)]


def _row_cost(doc: Doc, row: Record, amount: Decimal, currency: str, text: str, span: tuple[int, int],
              facilities: list[FacilityMention], plants: list[dict]) -> dict:
    target = next((m.plant for m in facilities if row.start <= doc[m.head].idx < row.end and m.plant >= 0), None)
    status = STAGE_STATUSES.get(stage(document_text(doc), row.get("status")) or "", "announced")
    return {"amount": amount, "currency": currency, "text": text, "span": span,
            "investor": plants[target]["owner"] if target is not None else None, "target": target, "purpose": None,
            "status": status, "confidence": CONFIDENCE[status], "attribution": 0.8}


#: What an interviewer asks when the answer is what a project costs.
MONEY_QUESTION = re.compile(r"\b(how much|money|cost(s|ing)?|invest\w*|spen[dt]\w*|budget|price tag|cheque|check)\b", re.IGNORECASE)


def _sum_approved(head: Token) -> bool:
    """'its board had approved ₹1,150 crore for a second base', 'approved the PLN 1.45 billion budget': a sum a board
    approves is money to spend (unlike 'approved selling its unit for $125 million', a price)."""
    if head.dep_ in ("compound", "nmod", "amod", "nummod") and head.head.lemma_ in BUDGET_NOUNS:
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_ in APPROVING_VERBS


BUDGET_NOUNS = {"budget", "capex", "spending", "investment", "outlay"}
APPROVING_VERBS = {"approve", "sanction", "clear", "authorise", "authorize"}


def _priced_after_a_cue(sentence: Span) -> bool:
    """'Our first commercial plant. Two hundred and sixty million Canadian.': spoken, a bare amount with no verb
    prices what the sentence before it named."""
    if any(t.pos_ in ("VERB", "AUX") for t in sentence) or sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws \
            or turn_at(document_text(sentence.doc), sentence.start_char) is None:
        return False  # in a transcript's turn only: written news says what a figure is
    return INVESTMENT_CUES.search(span_text(sentence.doc[sentence.start - 1].sent)) is not None


def _answers_a_question_on_money(doc: Doc, sentence: Span) -> bool:
    """'HOST: How much money are we talking about? MARIA OYELARAN: About forty-five billion naira.', 'What will
    that cost? / About EUR 46m.': in a transcript or an interview, an amount that opens the answer to a question on money
    is what is spent, though the answer names no spending."""
    text = document_text(doc)
    if (asked := [q for q in interview_questions(text) if q[1] < sentence.start_char]) and not text[asked[-1][1] : sentence.start_char].strip():
        return MONEY_QUESTION.search(text[asked[-1][0] : asked[-1][1]]) is not None  # "What will that cost? / About EUR 46m."
    labelled = turns(text)
    answer = turn_at(text, sentence.start_char)
    if not answer or labelled[answer].speaker is None:
        return False
    question = labelled[answer - 1]
    return question.speaker is None and MONEY_QUESTION.search(document_text(doc)[question.label[1] : question.end]) is not None


def _from_unnamed_lenders(head: Token, orgs: list[OrgMention]) -> bool:
    """'a €380 million loan from a group of Nordic banks', 'a A$300 million bank facility': a loan is its lender's
    investment, and these lenders have no name (the borrower's money it is not)."""
    loan = head if head.lemma_ in LOAN_WORDS else head.head if head.head.lemma_ in LOAN_WORDS else next(
        (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.lemma_ in LOAN_WORDS), None)
    if loan is None:
        return False
    lenders = [g for p in loan.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
    if lenders:
        return not any(org_at(orgs, t) for g in lenders for t in g.subtree)
    return any(c.dep_ == "compound" and c.lemma_ == "bank" for c in loan.children) or loan != head and loan.head.head == head \
        and verb_of(head).lemma_ in BORROWING_VERBS  # "has closed US$1 billion of loans": the borrower's total, each lender's part its own


#: What a borrower does with loans.
BORROWING_VERBS = {"close", "secure", "raise", "obtain", "arrange", "sign", "clinch"}


def _raised_from_unnamed_investors(head: Token, orgs: list[OrgMention]) -> bool:
    """'Amper raised €35 million from investors last year': money raised from investors no one names is theirs, and
    none of them is known."""
    verb = head.head
    sources = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
    return verb.lemma_ == "raise" and head.dep_ == "dobj" and bool(sources) and not any(org_at(orgs, t) for g in sources for t in g.subtree)


def _size_of_a_round(head: Token, orgs: list[OrgMention]) -> bool:
    """'closed a 210 million kronor Series A round', 'raised £14m in a round led by Calder Ventures': a funding round's
    total is no one's investment (each investor's part is), unless one named investor put up all of it ('raised
    $5 million in seed funding from Halden Capital')."""
    noun = head
    while noun.dep_ in ("compound", "nmod", "amod", "nummod") and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head  # "a 210 million kronor Series A round"
    if noun is not head and noun.lemma_ == "round":
        return True
    if head.dep_ != "dobj" or head.head.lemma_ not in ("raise", "close", "complete", "secure"):
        return False
    verb = head.head
    if not any(p.dep_ == "prep" and p.lower_ == "in" and ROUND_WORDS.search(span_text(p.doc[p.left_edge.i : p.right_edge.i + 1]))
               for p in (*verb.children, *head.children)):
        return False
    sources = {m.key for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "from" for u in t.subtree if (m := org_at(orgs, u))}
    return len(sources) != 1


#: What joins an amount to a valuation in a clause of its own ('which put in £6m and valued the company at £60m').
THEN_AND = re.compile(r",?\s+and\s+")


def _parts_named(doc: Doc, total: MoneyMention, money: list[MoneyMention]) -> bool:
    """Whether a smaller sum in the total's currency follows it in its sentence or the two after ('closed a 210 million
    kronor round ... Fjordlight Capital led the round with 90 million kronor'): the story says who put in what."""
    sentence = doc[total.start].sent
    end = sentence.end
    for _ in range(2):
        end = doc[end].sent.end if end < len(doc) else end
    return any(total.end <= m.start < end and m.currency == total.currency and m.amount < total.amount and m.restates is None
               for m in money)


#: What a company raises money in: a round or a kind of funding ('in seed funding').
ROUND_WORDS = re.compile(r"\bround\b|\b(?:seed|venture|equity|growth) (?:funding|financing|capital)\b", re.IGNORECASE)


RATE = re.compile(r"^\s*(?:a|per|each) (?:year|month|annum)\b|^\s*annually\b|^\s*per\b(?! cent)|^\s*(?:a|an) [a-z]+\s*(?:[.,;)]|$)",
                  re.IGNORECASE)  # "sells at a premium of about Rs 20 a bag."
SUPERSEDED = re.compile(r"\b(?:(?:up|down|rising|falling|increased|raised|cut|revised|(?:million|billion|bn|crore|trillion)(?: [a-z]+){0,2}),? from|against)"
                        r"(?: the| an earlier| a previous| its)?\s*$"
                        r"|\b(?:earlier|previous|prior|initial|original|old) (?:cost )?(?:estimates?|forecasts?|budgets?|figures?|projections?)"
                        r"(?: of| at| was| were)?\s*$", re.IGNORECASE)  # "to €235 million from €380 million",
# "puts the cost at A$910 million, against A$780 million at the time of the announcement", "Earlier estimates of $40 million",
# "lifted the budget to A$1.74 billion last month, from A$1.55 billion"


def _payer_by_default(span: Span, orgs: list[OrgMention], target: int | None, plants: list[dict]) -> OrgMention | str | None:
    """Money no one is said to put up: the owner of the plant it is for (its operator, or the parent of the local arm
    that runs it), else the company its paragraph (a digest's item) names most, else the story's (low confidence)."""
    if target is not None and target < len(plants) and plants[target]["owner"]:
        return plants[target]["owner"]
    speaking = speakers_companies(span.doc, [m for m in orgs if m.via not in ("pronoun", "description")])
    if (company := _speaker_s_company(span, speaking)) is not None:
        return company  # on a transcript the company of the one speaking, not the regulator the turn goes on to name
    if _answers_a_question_on_money(span.doc, span.sent):
        return most_mentioned(orgs)  # "What is it costing? / KSh 26 billion ... Ndovu Capital Partners is putting in KSh 4
        # billion": the interviewee's company, which the story is about, not the shareholder the answer goes on to name
    return most_mentioned(in_the_paragraph(span, orgs)) or most_mentioned(orgs)


SIZING_VERBS = {"put", "estimate", "value", "forecast", "reach", "hit", "grow", "be", "exceed", "top", "rise", "fall", "climb"}
SIZED_NOUNS = {"market", "output", "production", "exports", "imports", "consumption", "order", "demand", "backlog", "sale", "revenue", "profit", "earnings"}


def _a_market_size_or_valuation(head: Token) -> bool:
    """'Analysts put the global market for advanced packaging at about $45 billion', 'the market for silicon-carbide
    devices, which some forecasters put at $10 billion', 'the stake, which values Teraforge at about US$1.17 billion':
    what a market or a company is worth, however far the amount stands from the word."""
    verb = verb_of(head)
    if verb.lemma_ == "value" and verb.i < head.i and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return True  # a company valued; not "a land rent waiver, which the province values at about VND1,200 billion"
    if verb.lemma_ not in SIZING_VERBS:
        return False
    sized = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")] + ([verb.head] if verb.dep_ == "relcl" else [])
    sized += [t.head.head for t in sized if t.dep_ == "pobj" and t.head.dep_ == "prep"]  # "the market for silicon-carbide
    # devices, which ... put at": the clause hangs on the devices
    return any(t.lemma_ in SIZED_NOUNS for t in sized)  # also "construction output rose ... to some 95 billion lei"


CONTRACT_NOUNS = {"contract", "order", "agreement", "deal"}
WORK_ORDERS = {"contract", "order"}  # paid for work or goods, unlike a loan or share-purchase agreement


def _value_of_a_contract(head: Token) -> bool:
    """'a contract worth RM1.1 billion', 'the EPC contract for the plant, worth about $1.6 billion', 'the order, valued
    at $2bn': what a contract is worth is paid for work or goods, not invested by either side."""
    worth = head.head
    for _ in range(2):
        if worth.lemma_ not in WORK_ORDERS and worth.dep_ in ("nmod", "compound") and worth.head.i > worth.i and head.dep_ in ("compound", "nmod", "amod", "nummod"):
            worth = worth.head  # "the PLN 880 million engineering, procurement and construction contract"
    if worth.lemma_ in WORK_ORDERS and worth.i > head.i and head.dep_ in ("compound", "nmod", "amod", "nummod") \
            and not any(c.lemma_ in ("investment", "financing", "funding") for c in worth.lefts):
        return True  # "has signed a €96 million contract for 24 low-floor trams" (not "a $2 billion investment contract")
    if worth.dep_ == "prep" and worth.lower_ in ("at", "about", "around", "over", "nearly", "almost", "near"):
        worth = worth.head  # "valued at", "worth about"
    if worth.dep_ == "relcl" and worth.head.lemma_ == "value":  # "the contract value, which brokers put at about $190 million"
        return any(c.dep_ in ("compound", "poss") and c.lemma_ in CONTRACT_NOUNS for c in worth.head.children)
    if worth.lower_ == "for" and (worth.head.lemma_ in WORK_ORDERS or worth.head.lemma_ in ("award", "win", "sign") and any(
            c.dep_ == "dobj" and c.lemma_ in WORK_ORDERS for c in worth.head.children)):
        return True  # "awarding the main building contract for the plant to Huatai ... for NT$5.3 billion" (not "loan
        # agreements with Afreximbank for $45 million", nor "an agreement to buy 30% of X for A$186 million")
    if worth.lemma_ in ("put", "estimate", "peg") and (any(c.dep_ == "dobj" and c.lemma_ in WORK_ORDERS for c in worth.children)
                                                      or worth.dep_ == "relcl" and worth.head.lemma_ in WORK_ORDERS):
        return True  # "The two companies put the contract at about €310 million", "the contract, which industry estimates
        # put near €25 million"
    if worth.lemma_ in ("put", "estimate", "peg") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in worth.children):
        return _value_of_an_order_in(worth.sent)  # "Neither side disclosed the value of the order; people close to the
        # deal put it at around €96 million"
    return (worth.lower_ == "worth" or worth.lemma_ == "value") and worth.head.lemma_ in CONTRACT_NOUNS


def _value_of_an_order_in(sentence: Span) -> bool:
    """'the value of the order', 'the contract's value', 'the contract value'."""
    return any(v.lemma_ == "value" and any(c.lemma_ in WORK_ORDERS for c in v.subtree if c.i != v.i) for v in sentence if v.pos_ == "NOUN")


def _a_rate_or_superseded(doc: Doc, mention: MoneyMention) -> bool:
    """'boards worth about $700 million a year' is output, not money spent, and 'less than ₹5,000 crore per million
    tonnes of capacity' a yardstick; 'Rs 12,400 crore, up from the Rs 9,000 crore it pledged' replaces the older figure."""
    sentence = doc[mention.start].sent
    after = span_text(doc[mention.end : min(sentence.end, mention.end + 3)])
    before = span_text(doc[max(sentence.start, mention.start - 6) : mention.start])
    return bool(RATE.match(after) or SUPERSEDED.search(before)) or _first_estimate(doc[mention.start : mention.end].root)


def _misreported(doc: Doc, mention: MoneyMention) -> bool:
    """'Earlier we reported the plant would cost €1.8bn': a figure the page itself says it got wrong."""
    sentence = doc[mention.start].sent
    told, at = misreported_span(sentence.text), doc[mention.start].idx - sentence.start_char
    rejected = mention.start >= 3 and doc[mention.start - 1].lower_ == "not" and doc[mention.start - 2].text == "," \
        and doc[mention.start - 3].ent_type_ == "MONEY"  # "The company will spend $118 million, not $180 million"
    return told is not None and told[0] <= at < told[1] or bool(AS_MISREPORTED.match(span_text(doc[mention.end : sentence.end]))) or rejected


ESTIMATE_VERBS = {"cost", "estimate", "price", "budget", "put", "value"}
FIRST_WORDS = {"first", "originally", "initially", "previously", "original", "initial"}


def _first_estimate(head: Token) -> bool:
    """'When the expansion was first floated it was costed at RM1.6 billion': a figure the story says was the first
    estimate, since replaced."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "at" else None
    return verb is not None and verb.lemma_ in ESTIMATE_VERBS and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children) \
        and any(t.lower_ in FIRST_WORDS for t in head.sent)


def _respectively(doc: Doc, orgs: list[OrgMention], found: list[dict]) -> None:
    """'Qingzhou and Tianhai will contribute 1.1 billion yuan and 900 million yuan respectively', or 'The partners will
    ...' after a sentence naming them: the n-th amount is the n-th organisation's."""
    for sentence in {doc[item["span"][0]].sent for item in found}:
        if "respectively" not in sentence.text:
            continue
        clause = verb_of(next(t for t in sentence if t.lower_ == "respectively"))  # "Kexim is providing $400 million, while A
        # and B are lending $250 million and $200 million respectively": the clause 'respectively' is in, its subject and amounts
        start, end = (clause.left_edge.i, clause.right_edge.i + 1) if clause.pos_ in ("VERB", "AUX") else (sentence.start, sentence.end)
        items = sorted((item for item in found if start <= item["span"][0] < end), key=lambda item: item["span"])
        subject = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")), None) if clause.pos_ in ("VERB", "AUX") else None
        subject = subject or next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        named = [m for t in (subject, *subject.conjuncts) if (m := org_at(orgs, t))]
        if len(named) < 2 and subject.tag_ == "NNS":  # "The partners", "the two companies": the last sentence (of the
            named = _companies_named_before(doc, sentence, orgs, len(items))  # three before) that names as many
        if len(named) == len(items) > 1:
            for item, mention in zip(items, named):
                item.update(investor=mention.key, confidence=0.7)


def _companies_named_before(doc: Doc, sentence: Span, orgs: list[OrgMention], count: int) -> list[OrgMention]:
    """The companies, in order, of the closest of the three sentences before that names ``count`` of them by name;
    not the venture they own, named in apposition."""
    for _ in range(3):
        last = sentence.start - 1
        while last > 0 and doc[last].is_space:
            last -= 1  # past the blank line between paragraphs
        if last < 0:
            break
        sentence = doc[last].sent
        named = list({m.key: m for m in orgs_in(orgs, sentence) if m.kind == "company" and m.via not in ("pronoun", "description")
                      and doc[m.start : m.end].root.dep_ != "appos"}.values())
        if len(named) == count:
            return named
    return []


PROJECT_NOUNS = {"project", "investment", "programme", "program", "plan", "scheme", "expansion", "upgrade", "conversion", "overhaul"}


#: What a regulator does to another's state aid ('The European Commission approved €920 million in state aid').
CLEARING_VERBS = {"approve", "clear", "authorise", "authorize", "allow", "sanction"}
#: What a company does to the body it wants a plan cleared by ('has asked ONEE to approve').
ASKING_VERBS = {"ask", "request", "urge", "petition"}


def _state_aid(head: Token) -> Token | None:
    """'approved €280 million in Austrian state aid': the word 'aid' the amount is given in, if it is state aid."""
    aid = next((p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                for p in prep.children if p.dep_ == "pobj" and p.lemma_ == "aid"), None)
    return aid if aid is not None and any(c.lower_ == "state" for c in aid.children) else None


UNNAMED_GOVERNMENTS = {"state", "government", "province", "city", "county", "region", "municipality", "kingdom"}


def _given_by_an_unnamed_government(head: Token, orgs: list[OrgMention]) -> bool:
    """'The state has offered a $40 million grant': money a government gives that the sentence does not name (so no
    organisation of it is known; see corpus/README.md) is no one's investment we can tell."""
    verb = verb_of(head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in FUNDING_VERBS and subject is not None and subject.lower_ in UNNAMED_GOVERNMENTS \
        and any(c.lower_ == "the" for c in subject.children) and org_at(orgs, subject) is None \
        and not any(m.kind != "company" for m in orgs_in(orgs, verb.sent))  # "the ministry, which said the state would
    # contribute a grant": the state the ministry speaks for


def _government_of(aid: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """The government the adjective before 'state aid' names ('Austrian' -> 'Austrian government'), if the story has it."""
    nation = next((c for c in aid.children if c.ent_type_ == "NORP" or c.dep_ == "amod" and c.is_title), None)
    if nation is None:
        return None
    return next((m for m in orgs if m.kind == "government" and m.via != "pronoun" and m.name.lower().startswith(nation.lower_)), None)


def _ministry_approving(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'Poland's Ministry of Development and Technology approved 310 million zloty of state aid': a ministry approves
    the aid it gives itself (the European Commission, which clears a state's aid, gives none)."""
    verb = verb_of(head.head)
    subject = subject_org(orgs, verb) if verb.lemma_ in CLEARING_VERBS else None
    return subject if subject is not None and subject.kind == "government" and MINISTRY.search(subject.name) else None


def _gapped_investor(span: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'the EBRD approved EUR 300m and the EIB EUR 250m', 'the province will provide 30 billion won and the city 15
    billion won', 'A holds 60% and B 40%': an organisation right before the amount or share, after 'and' and its own
    modifiers, gives or holds it with the verb left out."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].lower_ in ("a", "an", "another", "further", "additional", "extra", "more", "the", "remaining"):
        start -= 1  # "and the Brandenburg state government a further €95 million", "and Daesan the remaining ¥5.6 billion"
    if start > 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(":
        start -= 3  # "and Spain's Instituto de Crédito Oficial (ICO) €40 million"
    elif start > 1 and doc[start - 1].text == ",":
        start = _before_set_off_asides(doc, start - 1, orgs)  # "and its Korean partner, cathode maker Hanul Chemical
        # Co., A$100 million", "and Miejskie Ciepło Opole, the city's district heating company, with 35%, PLN 100 million"
    named = next((m for m in orgs if m.end == start and m.via != "pronoun"), None) or next(
        (m for m in orgs if m.start == start and m.via != "pronoun" and all(t.like_num for t in doc[m.end : span.end - 1])
         and m.end < span.end), None)  # "and Konkan Intermodal 15%", the name parsed into the share's phrase
    if named is None or named.start < 2:
        return None
    first = doc[named.start : named.end].root.left_edge.i  # "and Muscat-based Gulf Meridian Bank $600 million"
    first = first if named.start - 4 <= first <= named.start else named.start
    if first > 2 and doc[first - 1].lower_ in ("'s", "’s") and doc[first - 2].ent_type_ == "GPE":
        first = next(e.start for e in doc.ents if e.start <= first - 2 < e.end)  # "and South Korea's Samhwa Precursor Co. the
        # remaining 10%": past the company's country
    before = doc[first - 1] if doc[first - 1].lower_ != "the" else doc[first - 2]
    return named if before.lower_ in ("and", "while", "whereas") or before.text in (",", ";") else None


def _before_set_off_asides(doc: Doc, comma: int, orgs: list[OrgMention]) -> int:
    """Where a name ends before the asides, set off by commas and holding no verb, that the comma at ``comma`` closes;
    the comma itself where no name ends before them."""
    for i in range(comma - 1, max(comma - 16, 0), -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("and", "while", "whereas", ";") or token.like_num and token.nbor().text not in ("%", "per"):
            break
        if token.text == "," and any(m.end == i and m.via != "pronoun" for m in orgs):
            return i
    return comma


def _giver_written_after(span: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'a €250 million (about CZK 6.3bn) loan from the EBRD': the lender, read along the words where a bracketed
    restatement leaves the parse no help; never past the next amount."""
    doc = span.doc
    for token in doc[span.end : min(span.end + 10, span.sent.end)]:
        if token.ent_type_ == "MONEY" and token.i > span.end and token.nbor(-1).text != "(" and token.nbor(-1).lower_ != "about":
            break
        if token.lemma_ in FUNDING_WORDS and token.i + 1 < len(doc) and token.nbor().lower_ in ("from", "by"):
            giver = next((m for t in doc[token.i + 2 : token.i + 4] if (m := org_at(orgs, t)) is not None), None)
            return giver if giver is not None and giver.via != "pronoun" else None
    return None


def _own_money_of(span: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'CZK 6bn of Hutě Odra's own equity': the organisation whose own money it is."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or (owner := org_at(orgs, doc[span.end + 1])) is None:
        return None
    rest = doc[owner.end : owner.end + 3]
    return owner if any(t.tag_ == "POS" for t in rest) and any(t.lemma_ in ("equity", "cash", "fund", "capital") for t in rest) else None


def _grantor_signed_with(head: Token, signed: list[Token], orgs: list[OrgMention]) -> OrgMention | None:
    """'has signed grant agreements worth PLN 480 million with Centrum Projektów Polska Cyfrowa': whoever a company
    signs a grant agreement with gives the grant, whatever kind of body the name makes it look, and wherever the
    parser hangs the 'with'; a public body that signs one gives it."""
    agreements = [d for d in signed if _a_grant_agreement(d)]
    if not agreements:
        return None
    signer = subject_org(orgs, agreements[0].head)
    if signer is not None and funds(signer):
        return signer  # "The department executed a grant agreement with Ostrander for $14.6 million"
    places = [*head.subtree, *(t for d in agreements for t in (d, d.head))]
    return next((m for p in places for c in p.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None), None)


def _a_grant_agreement(agreement: Token) -> bool:
    """'grant agreements', 'a subsidy contract': an agreement by which one party gives the other a grant."""
    return agreement.lemma_ in ("agreement", "contract") and any(c.dep_ == "compound" and c.lemma_ in ("grant", "subsidy") for c in agreement.children)


def funds(mention: OrgMention) -> bool:
    """Whether an organisation a deal is struck with can be the one that funds it: a public body, a bank or a fund."""
    return mention.kind != "company" or FINANCIER.search(mention.name) is not None


def _each_of(head: Token, orgs: list[OrgMention]) -> list[OrgMention]:
    """The organisations of a conjoined subject that 'each' put in the amount; 'each partner is putting €500 million
    into the venture': the venture's owners."""
    verb = verb_of(head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_ in ("partner", "shareholder", "owner", "parent") and any(
            c.lower_ == "each" for c in subject.children):
        return _owners_of_the_venture(head.doc, orgs)
    if not any(c.lower_ == "each" for c in verb.children) or subject is None or not subject.conjuncts:
        return []
    return _each_of_the_subject(verb, orgs)


def _owners_of_the_venture(doc: Doc, orgs: list[OrgMention]) -> list[OrgMention]:
    """The owners the story names for its joint venture ('X, the joint venture between A and B', 'A and B will each
    hold 50% of a new company'), if two or more."""
    named = next((found for prep in tokens_with(doc, LOWER, ("between", "of")) if prep.head.lemma_ in VENTURE_NOUNS
                  and len(found := list({m.key: m for m in orgs_within(prep, orgs)}.values())) >= 2), [])
    return named or _equal_holders(doc, orgs) or _owners_of_their_venture(doc, orgs)


def _equal_holders(doc: Doc, orgs: list[OrgMention]) -> list[OrgMention]:
    """'A and B will each hold 50% of a new company': the companies named before the 'each', if two or more."""
    for each in tokens_with(doc, LOWER, ("each",)):
        holders = list({m.key: m for m in orgs if each.sent.start <= m.start and m.end <= each.i}.values())
        if each.head.lemma_ in ("hold", "own") and len(holders) >= 2:
            return holders
    return []


def _owners_of_their_venture(doc: Doc, orgs: list[OrgMention]) -> list[OrgMention]:
    """'A and B will build a plant through their joint venture, X', 'A and B have set up a 50:50 joint venture': the
    subject's companies, if two or more."""
    for venture in tokens_with(doc, LEMMA, VENTURE_NOUNS):
        named = venture.head if venture.dep_ == "appos" else venture  # "has set up HK Massivholz GmbH, a 50:50 joint venture"
        formed = named.dep_ == "dobj" and named.head.lemma_ in VENTURE_FORMING_VERBS
        verb = verb_of(named)
        owners = _each_of_the_subject(verb, orgs) + _together_with(verb, orgs) \
            if formed or any(c.lower_ == "their" for c in venture.children) else []
        if len({m.key for m in owners}) >= 2:
            return owners
    return []


def _together_with(verb: Token, orgs: list[OrgMention]) -> list[OrgMention]:
    """'Together with Kärntner Bauelemente AG, Hollerer has set up a joint venture': the partner the subject acts with."""
    return [m for p in verb.children if p.dep_ == "advmod" and p.lower_ == "together" for w in p.children
            if w.lower_ == "with" for g in w.children if g.dep_ == "pobj" and (m := org_at(orgs, g))] + [
        m for w in verb.children if w.dep_ == "prep" and w.lower_ == "with" and any(c.lower_ == "together" for c in w.children)
        for g in w.children if g.dep_ == "pobj" and (m := org_at(orgs, g))]


VENTURE_FORMING_VERBS = {"set", "form", "create", "establish", "launch", "found", "incorporate"}


def _each_of_the_subject(verb: Token, orgs: list[OrgMention]) -> list[OrgMention]:
    """The organisations of the verb's conjoined subject ('A and B will build')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [m for t in (subject, *subject.conjuncts) if (m := org_at(orgs, t))] if subject is not None else []


def _takeover_price(head: Token, orgs: list[OrgMention]) -> bool:
    """'SoftBank will acquire Ampere Computing for $6.5 billion', 'agreed to sell Corvale Saxony GmbH to Shenqiao for
    310 million euros', or a unit named in apposition: the price of a whole company is not an investment (a stake, a
    plant or new equity bought for money is)."""
    verb = verb_of(head)
    if verb.lemma_ not in ("acquire", "buy", "purchase", "sell") and not (verb.lemma_ == "take" and any(c.lower_ == "over" for c in verb.children)):
        return False
    bought = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return bought is not None and (org_at(orgs, bought) is not None or bought.pos_ == "PROPN" and bought.ent_type_ in ("ORG", "PERSON")
                                   or any(c.dep_ == "appos" and org_at(orgs, c) is not None for c in bought.children))
    # "agreed to sell its plasterboard unit, Weserstein Gips GmbH, ... for €190m": the unit named beside the word


LAND_WORDS = {"acre", "hectare", "land", "plot", "parcel"}


def _a_revolving_facility(head: Token) -> bool:
    """"extend the company's €140 million revolving credit facility": a company's standing credit line, drawn for
    anything, no investment in a project."""
    return head.head.lemma_ in ("facility", "line") and any(c.lower_ == "revolving" for c in head.head.children)


def _price_of_land(head: Token) -> bool:
    """'It bought 180 acres from the City of Peoria for $46 million': what land costs is a price, not an investment
    (a plant or a stake bought is one)."""
    verb = verb_of(head)
    if verb.lemma_ == "pay":  # "signed a sale and purchase agreement for the land, paying RM412 million in cash"
        return any(t.lemma_ in LAND_WORDS and t.head.lower_ == "for" for t in head.sent)
    bought = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "The 6-hectare plot was bought from
    # the Câmara Municipal de Águeda for €1.4 million"
    return verb.lemma_ in ("buy", "purchase", "acquire") and bought is not None and bought.lemma_ in LAND_WORDS


COURT_NAME = re.compile(r"\b((?<!fiscal )(?<!commissioners )(?<!county )court|tribunal|arbitration|dispute resolution)\b", re.IGNORECASE)
# (a Kentucky fiscal court or a Texas commissioners court governs its county)


def _mentions_of(investor: OrgMention | str | None, orgs: list[OrgMention]) -> list[OrgMention]:
    """Every mention of the investor, given as a mention or by its key."""
    key = investor.key if isinstance(investor, OrgMention) else investor
    return [m for m in orgs if m.key == key]


def _a_court(investor: OrgMention | str | None, orgs: list[OrgMention]) -> bool:
    return any(COURT_NAME.search(m.name) for m in _mentions_of(investor, orgs))


#: An insurer by its name or by the word news puts before it ('Hanul Fire & Marine Insurance', 'insurer Allegra').
INSURER = re.compile(r"\b(?:re)?(?:insur\w*|assur\w*|assicura\w*|versicher\w*|seguros?|underwrit\w*)\b", re.IGNORECASE)


def _an_insurer_s_payout(investor: OrgMention | str | None, orgs: list[OrgMention], sentence: Span) -> bool:
    """'Insurer Hanul Fire & Marine Insurance has paid 31 billion won under the plant's property policy': what an
    insurer pays on a loss is a claim settled, not money it puts into the plant (unless the sentence says it invests)."""
    insurer = any(INSURER.search(m.name) or m.start >= 1 and INSURER.fullmatch(sentence.doc[m.start - 1].text)
                  for m in _mentions_of(investor, orgs))
    return insurer and not re.search(r"\b(invest\w*|stake|equity)\b", span_text(sentence), re.IGNORECASE)


AID = re.compile(r"\b(aid|grants?|subsid\w*|support|incentives?)\b", re.IGNORECASE)
#: People money is paid to in compensation.
PAYEES = {"family", "victim", "worker", "employee", "resident", "farmer", "household", "relative", "survivor", "customer", "claimant"}


def _paid_to_a_party(span: Span, orgs: list[OrgMention]) -> bool:
    """'Puna Litio will pay Quebrada US$31 million in two instalments', 'ordered X to refund P1.9 billion to Y': money
    paid to another party (a settlement, a claim, a bill) is no investment, unless it buys a stake ('will pay Panasonic $1bn for a 30% stake')."""
    head = _amount_head(span)
    verb = verb_of(head)
    payer = subject_org(orgs, verb)
    if payer is not None and payer.kind != "company" or AID.search(span_text(span.sent)):
        return False  # "the ministry will pay Hessler the difference", "Saxony paid the company €3.2 million in regional aid"
    objects = {prep: [g for p in (*verb.children, *(c for t in span for c in t.children)) if p.dep_ == "prep" and p.lower_ == prep
                      for g in p.children if g.dep_ == "pobj"] for prep in ("to", "for")}  # on the verb or on the amount
    payee = any(c.dep_ in ("dative", "dobj") and not span.start <= c.i < span.end and org_at(orgs, c) is not None for c in verb.children) \
        or any(org_at(orgs, g) is not None or g.lemma_ in PAYEES for g in objects["to"])  # "would pay Rs 25 lakh to the family of each worker"
    bought = any(g.lemma_ in SOLD_ASSETS - LAND_WORDS - {"site", "field", "property"} for g in objects["for"])
    # "to pay EUR 120 million to X for its factory": a purchase (a price paid for land is none, see _price_of_land)
    return verb.lemma_ in ("pay", "refund") and payee and not bought and not re.search(r"\b(stake|shares?|equity|interest)\b", span_text(head.sent), re.IGNORECASE)


def _owner_of_the_plant_costed(head: Token, facilities: list[FacilityMention], plants: list[dict]) -> str | None:
    """'The grant covers about 15% of the plant's estimated SEK 4.2 billion cost': the cost of a plant named as its
    owner's is the owner's money, whoever the sentence says pays part of it."""
    cost = head.head
    if cost.i == head.i or cost.lemma_ not in ("cost", "budget", "price"):
        return None
    plant = next((f.plant for c in cost.children if c.dep_ == "poss" for f in facilities if f.head == c.i and 0 <= f.plant < len(plants)), None)
    return plants[plant]["owner"] if plant is not None else None


def _amount_head(span: Span) -> Token:
    """Where an amount hangs in the sentence: its root, unless the parser took its currency for a verb ('worth 620
    billion won that Hanul signed', 'won' a verb), where the number's word that hangs outside it."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return root
    return next((t for t in span if t.i != root.i and not span.start <= t.head.i < span.end), root)


def _merge_repeated_amounts(found: list[dict]) -> list[dict]:
    """'... a C$2.4bn plant. Mizusawa will fund the C$2.4bn investment': one figure repeated is one investment,
    whose investor is the one the clearest mention names."""
    merged: dict[tuple, dict] = {}
    for item in found:
        key = (item["amount"], item["currency"])
        if (earlier := merged.get(key)) is not None and _two_investors_in_one_sentence(earlier, item):
            key += (item["investor"],)  # "X approved a $750,000 loan, and Y matched it with its own $750,000 loan"
        first = merged.setdefault(key, item)
        if first is not item and item["investor"] is not None and (first["investor"] is None or item["attribution"] > first["attribution"]):
            first.update(investor=item["investor"], confidence=item["confidence"], attribution=item["attribution"])
        if first is not item:
            first["target"] = first["target"] if first["target"] is not None else item["target"]
    return list(merged.values())


def _two_investors_in_one_sentence(first: dict, item: dict) -> bool:
    """Two mentions of one figure whose investors differ, both named, side by side: each puts in its own."""
    return (None not in (first["investor"], item["investor"]) and first["investor"] != item["investor"]
            and (first["span"] == item["span"] or item["span"][0] - first["span"][1] < 40))


def _plant_for_money(span: Span, facilities: list[FacilityMention]) -> int | None:
    """A plant the money is part of ('a £450m plant') or is spent on ('£2bn for the plant')."""
    facilities = [f for f in facilities if f.plant >= 0]  # not a facility word that names no plant ('its plants in the US')
    for facility in facilities:
        if facility.start <= span.start < facility.end or (span.root.head.i == facility.head):
            return facility.plant
    head = span.root
    for ancestor in [head, *head.ancestors][:4]:
        for facility in facilities:
            if facility.head == ancestor.i or (ancestor.dep_ == "appos" and facility.head == ancestor.i):
                return facility.plant
        for child in ancestor.children:
            if child.dep_ == "appos" or child.dep_ in ("nsubj", "nsubjpass") and ancestor.pos_ in ("VERB", "AUX"):
                match = next((f.plant for f in facilities if f.head == child.i), None)
                if match is not None:  # "the plant, a $1bn investment", "The plant is estimated to cost $780 million"
                    return match
    return None


def _only_plant_in(sentence: Span, facilities: list[FacilityMention]) -> int | None:
    """'started construction of its gigafactory near Sines, after raising the budget to €30bn': the one
    plant the sentence names is what the money is for. It lets a later article's figure meet the earlier
    one on the same plant (one investment, two amounts; see kg.mapping.fact_identity)."""
    named = {f.plant for f in facilities if sentence.start <= f.start < sentence.end and f.plant >= 0}
    return named.pop() if len(named) == 1 else None


def _lender_in_talks(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """The lender a borrower is in talks with about the money ('in talks with Afreximbank about a further $200
    million'), whatever the parser hung the 'about' on, or the public funder it signed terms with for funding
    ('a memorandum of terms with the U.S. Department of Commerce for up to $90 million in CHIPS Act funding')."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in FUNDING_WORDS:
        head = head.head.head  # "in early discussions with the Nordic Investment Bank about a loan of up to EUR 250m"
    if head.dep_ != "pobj" or head.head.lower_ not in ("about", "over", "on", "for"):
        return None
    anchor = head.head.head
    talks = [anchor] if _a_talk_word(anchor) else [
        g for p in anchor.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.lower_ in TALK_NOUNS]
    if not talks and any(t.lemma_ in GIFT_NOUNS for t in head.subtree):
        talks = [t for d in anchor.children if d.dep_ == "dobj" and d.lemma_ in TERMS_NOUNS for t in d.subtree]
    return next((m for m in _talked_with(talks, orgs) if funds(m)), None)


#: Verbs of working out a loan with a lender: 'a €40 million loan that it is still negotiating with Bpifrance'.
NEGOTIATING_VERBS = {"negotiate", "discuss", "arrange", "agree", "sign", "finalise", "finalize"}


def _lender_negotiated_with(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'a €40 million loan that it is still negotiating with state investment bank Bpifrance': the lender is the one
    a clause on the loan works it out with."""
    loan = next((t for t in (head, head.head) if t.lemma_ in LOAN_WORDS and t.pos_ == "NOUN"), None)
    if loan is None:
        return None
    clauses = [c for c in loan.children if c.dep_ in ("relcl", "acl") and c.lemma_ in NEGOTIATING_VERBS]
    return _lender_signing(loan, orgs) or next(iter(_talked_with(clauses, orgs)), None)


def _lender_signing(loan: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'a VND 700 billion credit facility that Lac Hong Commercial Joint Stock Bank signed with Song Lam Steel', 'a
    loan that the Development and Investment Bank of Türkiye signed in May': a lender that signs the loan makes it
    (not 'a loan that Song Lam signed with the bank', where the borrower signs)."""
    return next((m for c in loan.children if c.dep_ in ("relcl", "acl") and c.lemma_ in NEGOTIATING_VERBS
                 for t in c.children if t.dep_ == "nsubj" and (m := org_at(orgs, t)) is not None and funds(m)), None)


#: The papers a company signs with a public funder about money it will get.
TERMS_NOUNS = {"memorandum", "agreement", "term", "terms", "mou", "letter"}


def _talked_with(talks: list[Token], orgs: list[OrgMention]) -> list[OrgMention]:
    """The organisations after the 'with' of talk nouns ('talks with Afreximbank', 'talking to the fund')."""
    return [m for t in talks for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "to") for g in p.children
            if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None]


def _buyer_in_sale_talks(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'entered talks with Hanzo over the sale of a 30% stake in Mount Cotton for A$240 million': the seller talks
    with the buyer, whose money the price is."""
    sale = next((a for a in list(head.ancestors)[:6] if a.lemma_ == "sale" and a.dep_ == "pobj"), None)
    if sale is None or sale.head.lower_ not in ("about", "over", "on", "for"):
        return None
    anchor = sale.head.head
    talks = [anchor] if anchor.lower_ in TALK_NOUNS else [
        t for c in anchor.children for t in (c, *(g for g in c.children if c.dep_ == "prep")) if t.lower_ in TALK_NOUNS]
    return next(iter(_talked_with(talks, orgs)), None)


def _maker_of_the_loan(noun: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'R$140 million will come from a loan approved by Brazil's national development bank, BNDES': who approved,
    granted or provided the loan or grant the money comes from."""
    if noun.lemma_ not in FUNDING_WORDS:
        return None
    makers = [a for c in noun.children if c.dep_ == "acl" and (a := agent_of(c)) is not None]
    made_by = next((m for a in makers for t in (a, *(c for c in a.children if c.dep_ == "appos")) if (m := org_at(orgs, t))), None)
    # a loan with an amount of its own ("partly by a $20 million loan that FMO has agreed to lend") is not the whole cost
    counted = any(t.like_num for t in noun.lefts)
    return made_by or (_lender_signing(noun, orgs) if not counted else None)


def _lender_of_a_deal_for(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """The lender of 'with X for $N', one deal after another in a sentence ('loan agreements with Afreximbank for $45
    million and with Zanaco for K700 million'): the one named in the nearest 'with' before the amount's 'for'."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    for word in reversed(head.doc[head.sent.start : head.head.i]):
        if word.like_num or word.lower_ in ("for", "as"):
            return None  # another amount, or a 'for' of its own, comes between
        if word.lower_ == "with" and word.dep_ in ("prep", "conj"):
            lender = next((m for g in word.children if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None), None)
            return lender if lender is not None and funds(lender) else None
    return None


def _the_cost_of_a_plant(head: Token) -> bool:
    """'a 12.5 billion baht (US$385 million) printed-circuit-board plant': an amount written before the facility it
    prices, however the parser joins them."""
    return head.dep_ in ("compound", "nmod", "amod", "nummod") and head.head.lemma_ in FACILITY_NOUNS \
        or any(c.dep_ == "appos" and c.lemma_ in FACILITY_NOUNS and c.i > head.i for c in head.children)


def _public_body_it_went_through(verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'Ottawa contributed C$65 million through Innovation, Science and Economic Development Canada': money a
    capital standing for its government puts up through a body is that body's."""
    channel = next((m for p in verb.children if p.dep_ == "prep" and p.lower_ == "through" for o in p.children
                    if o.dep_ == "pobj" and (m := org_at(orgs, o)) is not None), None)
    subject = subject_org(orgs, verb) if channel is not None else None
    capital = subject is not None and (is_known_town(subject.name) or is_broad_place(subject.name))
    return channel if capital else None  # not "the Ontario government will contribute $5.2m through the Southwestern
    # Ontario Development Fund": the government named is the giver


def _investor(head: Token, orgs: list[OrgMention], sentence: Span, target: int | None, plants: list[dict]) -> tuple[OrgMention | str | None, float]:
    verb = verb_of(head.head) if head.head.i != head.i else head
    while verb.lower_ == "including" and verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb_of(verb.head)  # "had approved incentives, including a cash grant of CZK 96 million": who approved
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in INVEST_VERBS | BUILDING_VERBS:
        verb = verb.head.head  # "EETC will build a transmission line linking the wind farms to the zone at a cost of EGP 3.1
        # billion": who builds the line
    verb = _stake_verb_past_a_clause(head, verb)
    if _the_cost_of_a_plant(head) and target is not None and target < len(plants) and plants[target]["owner"] \
            and (approver := subject_org(orgs, verb)) is not None and approver.kind == "government":
        return plants[target]["owner"], 0.7  # "The Board of Investment approved tax incentives for a 12.5 billion baht plant
        # that Tianmu plans to build": what the plant costs is its owner's money, not the public body's
    sold = verb if verb.lemma_ == "sell" else next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "sell"
                                                    or c.dep_ == "dobj" and c.lemma_ == "sale"), None)  # "completed the sale of a stake to X"
    if sold is not None and (buyers := _orgs_sold_to(orgs, sold)):
        return buyers[0], 0.75  # "has sold a 35% stake to Mitsuhama for US$410 million", "to sell a stake in its project
        # to Hanseong for 4.9 trillion rupiah": the buyer's money, not the seller's; also where the parser hangs the
        # price on "agreed" ("has agreed to sell its plant in Atessa to X, the Padua-based rival, for €41 million")
    subscribing = next((_signing_verb(a) for a in list(head.ancestors)[:6] if a.lemma_ == "subscribe"), None)
    if subscribing is not None and subject_org(orgs, verb) is None and (subscriber := subject_org(orgs, subscribing)) is not None:
        return subscriber, 0.75  # "signed an agreement to subscribe for new shares giving it 20% of X for US$310 million"
    if _a_permit_for(head, verb):
        holder = _permit_holder(verb, orgs)  # the company the project is, not the ministry that certified it: the one it
        return holder, 0.75 if holder is not None else 0.4  # handed the paper to, else the story's
    if (channel := _public_body_it_went_through(verb, orgs)) is not None:
        return channel, 0.8
    if (giver := _offering_body(verb, orgs)) is not None:
        return giver, 0.8  # "the Welsh Government had offered Marlow & Pryce £3m towards new ovens": the body that offers
    if (given := _land_allotted_to(head, verb, orgs)) is not None:
        return given, 0.8  # (not "allottee", the helper _land_allotted_to calls)
    if (lender := _lender_in_talks(head, orgs) or _lender_negotiated_with(head, orgs)) is not None:
        return lender, 0.7  # "X is also in talks with the African Export-Import Bank about a further $200 million"
    if (asked := _applied_to(head, verb, orgs)) is not None:
        return asked, 0.7
    if (owner := _owner_written_before(head, orgs)) is not None:
        return owner, 0.8
    if (buyer := _buyer_in_sale_talks(head, orgs)) is not None:
        return buyer, 0.7
    nodes = [head, *head.ancestors]
    content = [n for n in nodes if n.pos_ != "ADP"]  # past prepositions: "in discussions with the Nordic Investment Bank
    # on a loan of up to EUR 150 million"
    signed = [c for n in content[:3] if n.pos_ == "VERB" for c in n.children if c.dep_ == "dobj"]  # "has signed grant
    # agreements worth PLN 480 million with the ministry", the amount parsed apart from the agreements
    funding = any(n.lemma_ in FUNDING_WORDS for word in [*content[:3], *head.subtree, *signed]  # "$310 million in CHIPS Act funding",
                  for n in (word, *(c for c in word.children if c.dep_ == "compound")))  # "a SAR1.8 billion loan agreement"
    if about_lending(sentence) and (lender := _lender_of_a_deal_for(head, orgs)) is not None:
        return lender, 0.8  # "signed loan agreements with Afreximbank for $45 million and with Zanaco for K700 million"
    if (grantor := _grantor_signed_with(head, signed, orgs)) is not None:
        return grantor, 0.8
    given_in = [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                for g in p.children if g.dep_ == "pobj" and g.lemma_ in FUNDING_WORDS | {"equity"}]  # "$310 million of new equity from X"
    givers = [m for g in given_in for p in [*g.children, *(a for v in g.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent")]
              if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
              for o in p.children if o.dep_ == "pobj" and (m := org_at(orgs, o))]  # "€6.2 million of state aid contributed by the Ministry"
    if givers:
        return givers[0], 0.85  # "€4.2 million in regional aid from the Saxon state government"
    from_whom = next((m for p in head.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                      if o.dep_ == "pobj" and (m := org_at(orgs, o) or _apposed_org(orgs, o) or _org_set_off_after(orgs, o))
                      and not _the_giver_s_own(o, verb, orgs)), None)
    if from_whom is not None:
        return from_whom, 0.85  # "Rs 110 crore from Tamura and Rs 105 crore from Pratap", whatever else the parser hangs on the amount
    for node in content[:5]:  # "investment from Nissan", "the carmaker's announcement of £2bn"
        for child in node.children:
            lender = child.lower_ == "with" and funding  # "a loan is being negotiated with the EIB"
            seller = child.lower_ == "from" and node.lemma_ in BUY_VERBS | {"acquire"}  # "to buy the mill from Celvia for PLN 410m"
            if child.dep_ in ("prep", "agent") and (child.lower_ in ("from", "by") or lender) and not seller:  # "a grant was approved by ADEME"
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (giver := org_at(orgs, pobj) or _maker_of_the_loan(pobj, orgs)) and (not lender or funds(giver)) \
                        and not _the_giver_s_own(pobj, node, orgs):
                    return giver, 0.85
            if node.lemma_ == "sale" and child.dep_ == "prep" and child.lower_ == "to" \
                    and (buyer := next((m for g in child.children if g.dep_ == "pobj" and (m := org_at(orgs, g))), None)):
                return buyer, 0.8  # "approved the sale of Quarrington's plant to Belvarre for $86 million": the buyer pays
            if child.dep_ == "poss" and org_at(orgs, child) and not (node.dep_ == "dobj" and node.head.lemma_ in BUY_VERBS | {"acquire"}):
                return org_at(orgs, child), 0.8  # not the seller in "buy Ford India's plant for Rs 725.7 crore"
            if _relative_clause(child) and child.lemma_ in INVEST_VERBS and (giver := subject_org(orgs, child)) \
                    and not any(c.dep_ == "xcomp" and c.lemma_ in BUILDING_VERBS for c in child.children):
                return giver, 0.85  # "a EUR 62 million grant that Business Finland awarded"; not "a loan for a hub that X
                # plans to build", which the parser hangs on the loan
            if child.dep_ in ("relcl", "acl") and child.lemma_ in BUILDING_VERBS and (builder := agent_of(child)) is not None \
                    and (giver := org_at(orgs, builder)):
                return giver, 0.8  # "a Rs 7,600 crore assembly plant at Sanand, to be set up by CG Power"
        if node.pos_ in ("VERB", "AUX") and node is not head and node.dep_ != "amod":  # the amount itself is no verb,
            # whatever "won" is tagged; nor is "planned" in "the steelmaker's planned $310 million mill"
            funders = [m for d in node.children if d.dep_ == "dobj" for p in d.children if p.dep_ == "prep" and p.lower_ == "with"
                       for g in p.children if (m := org_at(orgs, g)) and funds(m)]
            if funding and funders:  # "signed an agreement with the Department of Commerce for $310 million in funding"
                return funders[0], 0.8
            break
    if (formed := _company_formed_to_build(verb, orgs)) is not None:
        return formed, 0.75
    if _the_venture_s_money(verb, head) and (venture := _the_venture(sentence.doc, orgs)) is not None:
        return venture, 0.75
    if verb.lemma_ in CLEARING_VERBS and verb.dep_ == "xcomp" and verb.head.lemma_ in ASKING_VERBS \
            and (asker := subject_org(orgs, verb.head)) is not None:
        return asker, 0.6  # "X has asked ONEE to approve a second phase ... at an estimated cost of MAD 1 billion": the
        # plan, and its cost, are the asker's, not the approver's
    if verb.lemma_ in INVEST_VERBS | {"build", "construct"} or verb.lemma_ == "be":
        subject = _named_right_before(orgs, verb) or subject_org(orgs, verb)
        if subject is not None and verb.lemma_ != "be" and (venture := _their_ventures_plant(verb, orgs, target, plants)):
            return venture, 0.75  # "A and B will spend €520 million on their plant", which their venture runs
        if subject is not None and verb.lemma_ != "be":
            return subject, 0.8
    if verb.lemma_ in BUY_VERBS | {"acquire"}:  # "signed an agreement to buy Ford India's plant for Rs 725.7 crore": the buyer
        buyer = subject_org(orgs, verb) or (subject_org(orgs, verb.head.head) if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None)
        if buyer is not None:
            return buyer, 0.75
    if funding and verb.lemma_ in RECEIVING_VERBS and _received(verb, head):  # "X will receive a subsidy of 108 billion yen ..., after the Ministry
        recipient = subject_org(orgs, verb)  # approved the aid": the one body in the sentence that can fund it gave it
        funders = {m.key: m for m in orgs_in(orgs, sentence) if funds(m) and (recipient is None or m.key != recipient.key)}
        if len(funders) == 1:
            return next(iter(funders.values())), 0.6
    if funding and verb.lemma_ not in RECEIVING_VERBS and (lender := subject_org(orgs, verb)) is not None and funds(lender):
        return lender, 0.75  # "The AfDB has approved a $110 million loan for a hub that X plans to build": the lender's
    if target is not None and target < len(plants) and plants[target]["owner"]:
        if (acting := subject_org(orgs, verb)) is not None and acting.key == plants[target]["operator"]:
            return acting, 0.7  # "Everwin Cycle (Cambodia) Co., Ltd., a unit of Everwin Industrial Corp., has scrapped plans
            # for a US$24 million second bicycle plant": the unit's own plan
        return plants[target]["owner"], 0.7  # the parent of a local arm that runs it ("Vallmer North America Inc."
        # runs the plant Vallmer builds)
    subject = subject_org(orgs, verb)
    if subject is not None and (venture := _their_ventures_plant(verb, orgs, target, plants)):
        return venture, 0.6
    if subject is not None:
        return subject, 0.6
    in_sentence = {m.key: m for m in orgs_in(orgs, sentence) if not _cited(sentence.doc[m.start])
                   and (funding or not _approving(sentence.doc[m.start : m.end].root)) and not _names_a_kind(sentence.doc[m.start : m.end])
                   and not _seller_of(sentence.doc[m.start : m.end].root)}
    if len(in_sentence) == 1:
        return next(iter(in_sentence.values())), 0.5
    if not in_sentence and _cost_of_a_phase(head) and (
            payer := _the_venture(sentence.doc, orgs) or _builder_named_before(sentence, orgs) or most_mentioned(orgs)):
        return payer, 0.5  # "The first phase, costing Rs 1,250 crore, will make ready meals": the story's company pays,
        # or the joint venture it names, or the company the paragraph has build it, whose project it is
    return None, 0.4


def _seller_of(name: Token) -> bool:
    """'The plot was bought from the Câmara Municipal de Águeda for €1.4 million': the seller, who is paid, not paying."""
    return name.dep_ == "pobj" and name.head.lower_ == "from" and name.head.head.lemma_ in BUY_VERBS | {"acquire"}


def _builder_named_before(sentence: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'It will be built and run by Gangotri BioEnergy Pvt Ltd under a concession signed with Kanpur Nagar Nigam. The
    project is estimated to cost Rs 156 crore': the company the paragraph has build the plant pays for it, however
    often the story names the body that granted it money."""
    builders = [m for m in in_the_paragraph(sentence, orgs) if m.end <= sentence.start and _builds(sentence.doc[m.start : m.end].root)]
    return builders[-1] if builders else None


def _builds(name: Token) -> bool:
    """'built and run by X', 'X will build': the name is the agent or the subject of a building verb."""
    verb = name.head.head if name.dep_ == "pobj" and name.head.dep_ == "agent" else name.head if name.dep_ == "nsubj" else None
    return verb is not None and verb.lemma_ in BUILDING_VERBS - {"own"}


def _names_a_kind(name: Span) -> bool:
    """'to lift Navy destroyers': a name modifying a common noun says what kind of thing it is, and takes no part."""
    head = name.root.head
    return name.root.dep_ == "compound" and head.tag_ == "NNS" and head.is_lower and head.i == name.end and head.dep_ not in ("nsubj", "nsubjpass")
    # (not "The Iowa Economic Development Authority board awarded")


#: What partners do to the company they set up together, and the nouns they call it.
FORMING_VERBS = {"form", "set", "create", "establish", "found", "incorporate", "register"}
FORMED_NOUNS = {"company", "venture", "entity", "vehicle", "spv", "firm"}


def _company_formed_to_build(verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'A and B will form a company, to be called Tana Cotton Company Ltd, to build and run a KSh1.9 billion ginnery':
    the plant's cost is the new company's, whose name is given, not its first founder's."""
    building = verb.head if verb.dep_ == "conj" else verb  # "to build and run"
    if building.lemma_ not in BUILDING_VERBS or building.dep_ not in ("advcl", "xcomp") or building.head.lemma_ not in FORMING_VERBS:
        return None
    forming = building.head
    formed = next((c for c in forming.children if c.dep_ == "dobj" and c.lemma_ in FORMED_NOUNS), None)
    if formed is None:
        return None
    naming = [*formed.subtree, *(t for c in forming.children if c.dep_ == "advcl" and c.lemma_ == "call" for t in c.subtree)]
    return next((m for t in naming if (m := org_at(orgs, t)) is not None and m.via not in ("pronoun", "description")), None)


#: What a public body does with money it gives a company named as the verb's object ('offered Marlow & Pryce £3m').
OFFERING_VERBS = {"offer", "give", "grant", "award", "promise"}


def _offering_body(verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """The public body that offers, gives or awards a named company money: 'the Welsh Government had offered Marlow &
    Pryce £3m', 'Officials at the Department for Business and Trade had offered Calder support worth £12m'."""
    if verb.lemma_ not in OFFERING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    giver = subject_org(orgs, verb) or (subject is not None and subject.lemma_ in ("official", "minister") and next(
        (m for p in subject.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "from") for g in p.children if (m := org_at(orgs, g))), None))
    receivers = [t for c in verb.children if c.dep_ in ("dative", "dobj") for t in (c, *(g for g in c.children if g.dep_ == "compound"))]
    return giver if giver and giver.kind != "company" and any(org_at(orgs, t) for t in receivers) else None


#: Papers an authority issues for a company's project; the project's money stays the company's.
PERMIT_NOUNS = {"certificate", "licence", "license", "permit", "consent", "clearance", "approval", "notice", "decision"}


def _a_permit_for(head: Token, verb: Token) -> bool:
    """'The Ministry issued an investment incentive certificate for the 3,2 milyar TL project': the amount is the
    project's, reached through 'for', and the subject only issued a paper for it."""
    paper = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in PERMIT_NOUNS), None)
    if verb.lemma_ not in {"issue", "grant", "hand", "award", "give"} or paper is None:
        return False
    return any(n.lower_ == "for" and n.head.i in (verb.i, paper.i) for n in head.ancestors)


def _permit_holder(verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'The Quang Ninh Economic Zone Authority handed Haneul an investment registration certificate for a US$310 million
    plant', 'issued the certificate to X': the company the paper is for; a local arm's parent ('handed ... to Seorin
    Semiconductor Vina Co.' in a story about Seorin Semiconductor), whose money the arm spends on the plant it runs."""
    paper_and_plant = [n for c in verb.children for n in (c, *c.children) if c.dep_ == "dobj" or n.dep_ == "pobj" and c.lower_ == "for"]
    recipients = [c for n in (verb, *paper_and_plant) for c in n.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"]
    holder = next((m for c in recipients for t in (c, *c.children) if t.dep_ in ("dative", "pobj") and (m := org_at(orgs, t))), None)
    parent = next((key for key, arms in local_subsidiaries(orgs).items() if holder is not None and any(a == holder.key for a, _ in arms)), None)
    return next((m for m in orgs if m.key == parent), holder)


#: What a stake is taken in; the price follows whatever the parser hangs it on.
STAKE_NOUNS = {"stake", "interest", "shareholding"}


def _stake_verb_past_a_clause(head: Token, verb: Token) -> Token:
    """'to take a 49% stake in X, which runs a yard in Sasebo, for about 30 billion yen': the parser hangs the price on
    the clause about X; it is what the stake costs, so the verb that takes the stake says who pays."""
    if not (verb.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == verb.i):
        return verb
    target = verb.head
    if target.dep_ == "pobj" and target.head.lower_ == "in" and target.head.head.lemma_ in STAKE_NOUNS:
        return verb_of(target.head.head)
    return verb


#: Words between an owner's possessive and the amount it spends: "X's planned $2.3 billion campus".
BEFORE_AMOUNT = {"planned", "proposed", "new", "expected", "estimated", "announced", "intended"}


def _owner_written_before(head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'a tax abatement for Cobalt Ridge Data Centers' planned $2.3 billion campus': the company whose possessive
    opens the amount, however the parser hangs it (here 'planned' became a verb)."""
    doc, i = head.doc, head.i
    while i > 0 and doc[i - 1].ent_type_ == "MONEY" and doc[i - 1].ent_iob_ != "O":
        i -= 1
    if doc[i].ent_type_ == "MONEY" and doc[i].ent_iob_ == "I":
        return None
    j = i - 1
    while j > 0 and doc[j].lower_ in BEFORE_AMOUNT:
        j -= 1
    if j < 1 or doc[j].tag_ != "POS":
        return None
    return org_at(orgs, doc[j - 1])


def _applied_to(head: Token, verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'has applied to the National Fund for Environmental Protection for PLN 300 million in support', 'applied for
    R120 million from a relief facility that the department opened': the money asked for is the fund's, if it comes."""
    if verb.lemma_ != "apply" or not (head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == verb.i):
        return None
    sources = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "from") for g in p.children if g.dep_ == "pobj"]
    return next((m for g in sources if (m := org_at(orgs, g))), None) or next(
        (m for g in sources for clause in g.children if clause.dep_ == "relcl" for s in clause.children
         if s.dep_ == "nsubj" and (m := org_at(orgs, s)) and m.kind == "government"), None)  # "applied for R120 million from an
    # energy relief facility that the Department of Trade, Industry and Competition opened in April": the department's


def _cited(token: Token) -> bool:
    """'According to the certificate issued by the Industrial Zones Management Board, the project has ...': a source
    the sentence cites, not one of its actors."""
    return any(a.lower_ == "according" for a in token.ancestors)


def _approving(token: Token) -> bool:
    """'The RM1.8 billion project has been approved for incentives by MIDA': the authority that approved a project,
    which pays none of it (unlike the lender that sanctioned a loan)."""
    named = token.head if token.dep_ == "appos" else token  # "by the Malaysian Investment Development Authority (MIDA)"
    if named.dep_ == "nsubj":  # "It is a LKR 4.2 billion project, and the Board of Investment approved it in January"; not
        # the bank that "has approved a grant of 9,3 Mio. Euro", which gives it
        return named.head.lemma_ in CLEARING_VERBS and not any(c.dep_ == "dobj" and c.lemma_ in FUNDING_WORDS for c in named.head.children)
    return named.dep_ == "pobj" and named.head.lower_ == "by" and verb_of(named.head).lemma_ in CLEARING_VERBS


def _the_partners_subject(verb: Token, amount: Token) -> bool:
    """'The partners will invest US$180 million', 'the partners put the cost at': owners speaking of their venture's
    money as theirs; not what they 'each' put in, nor the shares named after the total ('Rs 110 crore from Tamura')."""
    put_at = amount.dep_ == "pobj" and amount.head.lower_ == "at" and amount.head.head.i == verb.i  # "put the cost at Rp3.1 trillion"
    return (amount.dep_ == "dobj" and amount.head.i == verb.i or put_at) and not any(t.lower_ == "each" for t in verb.subtree) \
        and any(c.dep_ == "nsubj" and c.lower_ in GROUP_SUBJECTS and any(d.lower_ == "the" for d in c.lefts) for c in verb.children)


def _relative_clause(clause: Token) -> bool:
    """'a contribution that ISED had promised', which the parser may attach as a clause with a subject of its own."""
    return clause.dep_ == "relcl" or clause.dep_ == "acl" and any(c.dep_ == "nsubj" for c in clause.children)


def _named_right_before(orgs: list[OrgMention], verb: Token) -> OrgMention | None:
    """'..., and the National Wealth Fund will lend £150m', parsed with the fund as a second object of the verb before:
    the organisation right before a subjectless verb and its auxiliaries is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i)])
    return next((m for m in orgs if m.end == start and m.via != "pronoun"), None)


def _their_ventures_plant(verb: Token, orgs: list[OrgMention], target: int | None, plants: list[dict]) -> str | None:
    """The operator of the plant the money goes to, or else the one joint venture the story names, when two or more
    companies named together pay for it and none of them runs it: the cost of a joint venture's project is the
    venture's investment."""
    operator = plants[target]["operator"] if target is not None and target < len(plants) else None
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "conj", "acl") and verb.head.i != verb.i:
        verb = _signing_verb(verb) if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head  # "A and B plan to spend",
        # "A and B signed an agreement to set up"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    partners = {m.key for t in (subject, *subject.conjuncts) if (m := org_at(orgs, t))} if subject is not None else set()
    if len(partners) < 2:
        return None
    if operator and operator not in partners:
        return operator
    venture = _the_venture(verb.doc, orgs) if VENTURE_WORD.search(span_text(verb.sent)) else None  # "A and B signed a
    # joint venture agreement to set up a complex at an investment of Rs 7,200 crore"
    return venture.key if venture is not None and venture.key not in partners else None


def _signing_verb(verb: Token) -> Token:
    """'signed an agreement to subscribe', 'signed an agreement to set up': the verb whose object the clause hangs on,
    whose subject acts; else the verb itself."""
    return verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb


def _received(verb: Token, head: Token) -> bool:
    """Whether the money is what the verb's subject receives ('receive a subsidy of 108 billion yen', 'won $5m in
    grants'), not a figure about something else it received ('an investment certificate ... with capital of $350m')."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return thing is not None and (thing.i == head.i or thing.lemma_ in FUNDING_WORDS and head in thing.subtree)


def _cost_of_a_phase(head: Token) -> bool:
    """'The first phase, costing about SAR 6.4 billion', 'the project is estimated to cost $780m', 'The project,
    estimated at MAD 70 billion', 'The cost is put at $1.5 billion'."""
    verb = verb_of(head)
    if verb.lemma_ not in ("cost", "estimate", "put"):
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "The first phase is estimated to cost RM3.8 billion"
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    owner = verb.head if verb.dep_ in ("acl", "advcl", "relcl") else subject
    return owner is not None and (owner.lemma_ in PHASE_NOUNS or verb.lemma_ != "cost" and owner.lemma_ in ("cost", "price"))


PHASE_NOUNS = {"phase", "project", "expansion", "stage", "programme", "program", "scheme", "development"}


def _the_venture_s_money(verb: Token, amount: Token) -> bool:
    """'The venture, X, was incorporated last week. The partners will invest US$180 million', 'signed an agreement to set
    up a joint venture that will invest US$1.3 billion', 'signed a joint venture agreement with B and C to develop a
    C$2.3-billion complex': money the partners speak of as their venture's, which the venture spends."""
    if verb.lemma_ in INVEST_VERBS and _the_partners_subject(verb, amount):
        return True
    if verb.lemma_ not in INVEST_VERBS | BUILDING_VERBS:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_ in VENTURE_NOUNS:
        return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)
    return verb.dep_ == "acl" and verb.head.lemma_ == "agreement" and any(c.lemma_ in VENTURE_NOUNS for c in verb.head.children)


def _the_venture(doc: Doc, orgs: list[OrgMention]) -> OrgMention | None:
    """The one joint venture a story names: the cost of its project is its own investment."""
    ventures = _joint_ventures(doc, orgs)
    return next((m for m in orgs if m.key in ventures), None) if len(ventures) == 1 else None


def _purpose(head: Token) -> str | None:
    """What the money goes into: '£2bn into new vehicle production' -> 'new vehicle production'."""
    for node in [head, head.head]:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("into", "in", "for", "towards", "on") and child.i > head.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    words = [t for t in pobj.subtree if t.i <= pobj.i or t.dep_ in ("compound", "amod")]
                    text = " ".join(t.text for t in words).strip()
                    if text and pobj.ent_type_ not in ("DATE", "GPE"):
                        return text.removeprefix("the ").removeprefix("a ")
    return None


# -- partnerships -----------------------------------------------------------------------------
def find_partnerships(doc: Doc, orgs: list[OrgMention], facilities: list[FacilityMention], plants: list[dict],
                      labels: list[tuple[Span, Span | None]]) -> list[dict]:
    """Mentions of two or more organisations working together, grouped per partner set into the ongoing
    relationship ("already supplies"), the deal struck and the prospective deal (talks, hopes), which news keeps apart."""
    groups: dict[tuple[tuple[str, ...], str], dict] = {}
    owners = _plant_owners(orgs, facilities, plants)
    arms = {p["operator"]: p["parent"] for p in plants if p["parent"]}
    subsidiaries = _subsidiaries(doc, orgs) | {(a, b) for pair in arms.items() for a, b in [sorted(pair)]}
    firms = {firm.start for _, firm in labels if firm is not None}  # "Mitchell Crane, Tasman Partners:" asks, takes no part
    parties = [m for m in orgs if not _employer_in_a_title(doc[m.start : m.end].root) and m.start not in firms]
    ventures = _joint_ventures(doc, orgs)
    project_owner = _project_owner(doc, orgs, owners, subsidiaries, arms)
    speaking = speakers_companies(doc, [m for m in parties if m.via not in ("pronoun", "description")])
    recorded, contracts = records(document_text(doc)), awards(document_text(doc))
    for sentence in doc.sents:
        if in_clutter(doc, sentence.start_char) or asked_not_said(document_text(doc), sentence.start_char) \
                or record_at(recorded, sentence.start_char, rows_only=True) or any(a.start <= sentence.start_char < a.end for a in contracts):
            continue  # a tracker's row and a notice's award are read by their labels, below
        text = span_text(sentence)
        further = bool(ADDING.search(text) and TRADE_WORDS.search(text)) and not OWNERSHIP_WORDS.search(text)
        mentions = list(_partnership_mentions(sentence, parties, facilities, owners,
                                              _item_s_company(sentence, parties) or _speaker_s_company(sentence, speaking) or project_owner))
        if further and not mentions:
            mentions = _further_deal(sentence, text, parties, facilities, owners, groups)
        for mention in mentions:
            partners = mention["partners"]
            if len(partners) > 2 and (owners_of_it := tuple(p for p in partners if p not in ventures)) and len(owners_of_it) >= 2 \
                    and not any(_awarded_to(p) for p in tokens_with(sentence, DEP, ("prep", "dative"))):
                partners = owners_of_it  # "X is a joint venture between A and B": A and B are the partners, X their venture;
                # not "X has awarded the contract to a consortium of A and B", a contract of all three
            if len(partners) == 2 and tuple(sorted(partners)) in subsidiaries:
                continue  # "run by its subsidiary X": a parent and its own subsidiary are no partners
            stage = "prospect" if mention["status"] in ("in talks", "proposed", "cancelled") else (
                "relationship" if mention["status"] == "active" else "deal")
            if further and SEPARATE.search(text) and (partners, stage) in groups and groups[partners, stage]["spans"][0][0] < sentence.start:
                stage += " besides"  # "Under a separate offtake agreement, Daeyang will buy 60% of the concentrate": a second deal
                mention = {**mention, "about": (found := TRADE_DEAL.search(text)) and found.group(0).lower()}
            _add_to_group(groups, partners, stage, mention)
    for row in (r for r in recorded if r.row):
        for mention in _row_partnerships(doc, row, parties):
            _add_to_group(groups, mention["partners"], "prospect" if mention["status"] in ("proposed", "cancelled") else "deal", mention)
    for mention in (m for contract in contracts for m in _awarded(doc, contract, parties)):
        _add_to_group(groups, mention["partners"], "deal", mention)
    for mention in _spin_off_ties(doc, parties):
        _add_to_group(groups, mention["partners"], "relationship", mention)
    kept = [(stage, group) for (partners, stage), group in groups.items() if not _venture_and_its_owner(doc, group, groups.values(), ventures)
            and not _told_with_another_stage(doc, partners, stage, groups, ventures)]
    return [_partnership_fact(group, stage.startswith("prospect")) for stage, group in kept]


def _told_with_another_stage(doc: Doc, partners: tuple[str, ...], stage: str, groups: dict[tuple[tuple[str, ...], str], dict],
                             ventures: set[str]) -> bool:
    """Whether a pair's group at one stage is only another telling of its group at another: "Umoya owns 72% of the
    company" beside "Nyota's owner Umoya will put in $40 million" is one relationship, no deal besides it; "Kalinga
    would hold 51% of the planned joint venture" tells of the talks; talks that ended in a signed deal ("X will take
    control of Y ... X signed an agreement on Monday to subscribe to new Y shares") are that deal; and how the founders
    split the venture they formed is the deal they formed it by."""
    statuses = {s for s, _ in groups[partners, stage]["statuses"]}
    deal = groups.get((partners, "deal"))
    if stage == "deal":
        return (partners, "relationship") in groups and statuses == {"announced"} \
            or (partners, "prospect") in groups and statuses <= {"announced", "planned"}
    if stage == "prospect":
        return _struck(doc, deal) and statuses <= {"in talks", "proposed"}
    return stage == "relationship" and deal is not None and _their_venture_s_split(doc, groups[partners, stage], deal, ventures) \
        and {s for s, _ in deal["statuses"]} != {"announced"}


#: A company's origin in a university or institute ('spun out of the Stångå Institute of Technology') and what keeps the
#: two tied: a licence of the founding patents, or the stake the institution still holds.
SPUN_OUT = re.compile(r"\b(spun (out|off) (of|from)|spin-?(off|out) (of|from))\s+(the\s+)?", re.IGNORECASE)
INSTITUTION_HEAD = re.compile(r"\b(universit\w*|universidad|institute|college|polytechnic)\b", re.IGNORECASE)
STILL_TIED = re.compile(r"\blicen[cs]\w*|\b(holds?|held|owns?|owned|keeps?|retains?|retained)\b[^.;]{0,40}?"
                        r"(\bstake\b|\bshares\b|\bper ?cent\b|\d ?%)", re.IGNORECASE)


def _spin_off_ties(doc: Doc, orgs: list[OrgMention]) -> list[dict]:
    """'Natrivolt AB, a developer spun out of the Stångå Institute of Technology' and 'patents licensed from the
    institute, which still owns 8% of the shares': a spin-off and the institution that licenses it or holds a part of
    it are partners; a spin-off's origin alone ('was spun out of Adelaide Hills University in 2021') is history."""
    found = []
    text = document_text(doc)
    for origin in SPUN_OUT.finditer(text):
        institution = next((m for m in orgs if doc[m.start].idx == origin.end() and m.kind == "other" and ACADEMIES.search(m.name)), None)
        sentence = doc.char_span(origin.start(), origin.end(), alignment_mode="expand")
        if institution is None or sentence is None:
            continue
        sentence = sentence.sent
        spin_off = max((m for m in orgs_in(orgs, sentence) if m.kind == "company" and m.end <= institution.start),
                       key=lambda m: m.start, default=None)
        if spin_off is None or spin_off.key == institution.key:
            continue
        called = "|".join(INSTITUTION_HEAD.findall(institution.name))  # 'the institute' for the Stångå Institute of Technology
        if any(STILL_TIED.search(span_text(s)) and any(m.key == spin_off.key for m in orgs_in(orgs, s)) and (
                any(m.key == institution.key for m in orgs_in(orgs, s)) or called and re.search(rf"\bthe ({called})\b", span_text(s), re.IGNORECASE))
               for s in doc.sents):
            found.append({"partners": tuple(sorted({spin_off.key, institution.key})), "status": "active", "confidence": 0.7,
                          "span": (sentence.start, sentence.end), "about": None, "since": None})
    return found


def _struck(doc: Doc, deal: dict | None) -> bool:
    """A deal group some sentence says was agreed or completed, none of them an earlier deal ('Stellantis has already
    agreed to buy LFP cells from CATL under a supply deal signed last year', beside talks about a plant)."""
    return deal is not None and any(status in ("agreed", "completed") for status, _ in deal["statuses"]) and not any(
        EARLIER_DEAL.search(doc[start:end].text) for start, end in deal["spans"])


#: Words of a deal struck before the news the story brings.
EARLIER_DEAL = re.compile(r"\b(already|last year|previously|in 20\d\d|years? ago)\b", re.IGNORECASE)


def _add_to_group(groups: dict[tuple[tuple[str, ...], str], dict], partners: tuple[str, ...], stage: str, mention: dict) -> None:
    group = groups.setdefault((partners, stage), {"partners": partners, "statuses": [], "spans": [], "about": None, "since": None})
    group["statuses"].append((mention["status"], mention["confidence"]))
    group["spans"].append(mention["span"])
    group["about"] = group["about"] or mention["about"]
    group["since"] = group["since"] or mention["since"]


def _row_partnerships(doc: Doc, row: Record, orgs: list[OrgMention]) -> list[dict]:
    """A tracker's row names a plant's partners in a Partner or Owners column, or in passing ('Cathode plant, JV w/
    Kanto Metalworks'): each is the row's company's partner, and two owners are each other's."""
    text = document_text(doc)
    companies, owners = (_keys_between(doc, orgs, [(f.start, f.end)] if (f := row.get(role)) else []) for role in ("operator", "owner"))
    partners = _keys_between(doc, orgs, [(f.start, f.end)] if (f := row.get("partner")) else []) | _keys_between(doc, orgs, ventures_in(text, row))
    status = stage(text, row.get("status"))
    return _labelled_deals(doc, [companies | partners] if companies and partners - companies else [], owners,
                           status if status in ("cancelled", "proposed") else "agreed", (row.start, row.end))


def _awarded(doc: Doc, contract: Award, orgs: list[OrgMention]) -> list[dict]:
    """A contract awarded is a deal between the buyer and the companies it goes to; a group of companies awarded one
    contract ('awarded to a group of economic operators') are partners in it besides."""
    contractors = _keys_between(doc, orgs, contract.contractors)
    buyer = _keys_between(doc, orgs, [contract.buyer] if contract.buyer else [])
    return _labelled_deals(doc, [buyer | contractors] if buyer and contractors - buyer else [], contractors, "agreed",
                           (contract.start, contract.end))


def _keys_between(doc: Doc, orgs: list[OrgMention], spans: Iterable[tuple[int, int]]) -> set[str]:
    return {m.key for start, end in spans for m in named_between(doc, orgs, start, end)}


def _labelled_deals(doc: Doc, deals: list[set[str]], group: set[str], status: str, where: tuple[int, int]) -> list[dict]:
    """The partnership mentions a labelled line or row gives: its deals, and the group of companies named in one value
    ('Owners: A (60%), B (40%)', two 'Official name:' lines of one lot) when there are two or more."""
    span = doc.char_span(*where, alignment_mode="expand")
    return [{"partners": tuple(sorted(keys)), "status": status, "confidence": CONFIDENCE[status], "span": (span.start, span.end),
             "about": None, "since": None} for keys in deals + ([group] if len(group) > 1 else [])]


#: A sentence that adds a trade deal to one already told ('Van Steeg will also distribute', 'Under a separate offtake
#: agreement', 'signed alongside the sale'); one that speaks of shares or a venture retells the first deal.
ADDING = re.compile(r"\b(also|separate(ly)?|alongside|in addition|additionally)\b", re.IGNORECASE)
TRADE_WORDS = re.compile(r"\b(off-?take|suppl(y|ies)|marketing|distribut\w+|licen[cs]\w*|(contract[- ])?manufactur\w+|output)\b", re.IGNORECASE)
TRADE_DEAL = re.compile(r"\b(off-?take|supply|marketing|distribution|licen[cs]e|contract[- ]manufacturing|power purchase) "
                        r"(agreement|contract|deal)\b", re.IGNORECASE)
SEPARATE = re.compile(r"\b(separate(ly)?|alongside)\b", re.IGNORECASE)
PAIR_NOUNS = {"company", "partner", "side"}  # "the two companies", "both partners", "the two sides"
DEAL_NOUN = re.compile(r"\b(?<!same )(agreement|contract|deal)\b", re.IGNORECASE)
OWNERSHIP_WORDS = re.compile(r"\b(stakes?|shares?|shareholders?|joint venture|acqui\w+|takeover|merger|equity)\b", re.IGNORECASE)


def _further_deal(sentence: Span, text: str, orgs: list[OrgMention], facilities: list[FacilityMention],
                  owners: dict[int, OrgMention], groups: dict[tuple, dict]) -> list[dict]:
    """'Hanseong has also signed a 10-year offtake agreement for up to 70% of the plant's output': a deal naming one
    party is with the owner of the plant it names, else with the company that party last dealt with; one naming two
    ('Hofstede will keep making Maasland's wafers under an agreement signed alongside the sale') is theirs."""
    named = sorted({m.key for m in orgs_in(orgs, sentence)})
    if len(named) > 2 or not DEAL_NOUN.search(text):
        return []  # "Hanseong, which also supplies European carmakers", "also negotiating with a large US cloud provider"
    status, confidence = status_of(sentence, PARTNERSHIP_STATUSES, "agreed")
    dealt = [keys for keys, stage in groups if len(keys) == 2 and not stage.startswith("prospect")]
    if not named and dealt and any(t.dep_ == "nsubj" and t.tag_ == "NNS" and t.lemma_ in PAIR_NOUNS for t in sentence):
        named = list(dealt[-1])  # "The two companies also signed a separate ten-year offtake agreement"
    if len(named) == 1:
        party = named[0]
        plant_owners = {m.key for f in facilities if sentence.start <= f.head < sentence.end and (m := owners.get(f.head))} - {party}
        earlier = [keys for keys in dealt if party in keys]
        other = plant_owners.pop() if len(plant_owners) == 1 else next((k for k in earlier[-1] if k != party), None) if earlier else None
        named = sorted((party, other)) if other is not None else []
    if len(named) != 2:
        return []
    return [{"partners": tuple(named), "status": status, "confidence": min(confidence, 0.7), "span": (sentence.start, sentence.end),
             "about": None, "since": None}]


#: Words of a deal a venture strikes with one of its owners ('Majan has agreed to buy 30,000 tonnes of the mill's sheet').
OWNER_DEAL_WORDS = re.compile(r"\b(suppl\w*|offtake|buy\w*|bought|sell\w*|sold|purchas\w*|lease\w*|licen[cs]\w*|contract\w*|feedstock|output|royalt\w*|"
                             r"(?<!venture )(?<!shareholders' )(?<!shareholder )agreements?)\b", re.IGNORECASE)


def _their_venture_s_split(doc: Doc, group: dict, deal: dict, ventures: set[str]) -> bool:
    """'Hanseong owns 60% of the venture and Tsurugi the remaining 40%' after 'Hanseong and Tsurugi have set up a joint
    venture': how the parents share the venture they formed, no second partnership beside the one they formed it by."""
    def of_a_venture(sentence: Span) -> bool:
        return any(t.lower_ == "venture" for t in sentence) or any(entity_key(e.text) in ventures for e in sentence.ents)

    formed = any(of_a_venture(doc[start:end].sent) for start, end in deal["spans"])  # "Sarthak holds 51% and Lumora 49%"
    return all(any(t.ent_type_ == "PERCENT" for t in sentence) and (formed or of_a_venture(sentence))
               for sentence in (doc[start:end].sent for start, end in group["spans"]))


def _venture_and_its_owner(doc: Doc, group: dict, groups: Iterable[dict], ventures: set[str]) -> bool:
    """'Abidjan Vrac Terminal SARL, 60% owned by Lacroix': a joint venture and one of its owners (a partner of another
    owner in the story) are no partnership, unless they strike a supply or sales deal of their own."""
    if len(group["partners"]) != 2 or not ventures.intersection(group["partners"]):
        return False
    venture = next(p for p in group["partners"] if p in ventures)
    owner = next(p for p in group["partners"] if p != venture)
    owns = any(owner in other["partners"] and venture not in other["partners"] for other in groups)
    return owns and not any(OWNER_DEAL_WORDS.search(doc[start:end].sent.text) for start, end in group["spans"])


def _joint_ventures(doc: Doc, orgs: list[OrgMention]) -> set[str]:
    """Keys of the organisations the story calls a joint venture: 'X is a joint venture between', 'X, a joint venture',
    'The venture, to be called X'."""
    ventures = {named} if (named := named_joint_venture(doc, orgs, document_text(doc))) else set()
    for noun in tokens_with(doc, LOWER, ("venture",)):
        if not any(c.lower_ == "joint" for c in noun.lefts):
            continue
        named = noun.head if noun.dep_ == "appos" else next(
            (c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else None
        if named is not None and (mention := org_at(orgs, named)) is not None:
            ventures.add(mention.key)
    return ventures


def _employer_in_a_title(token: Token) -> bool:
    """'Damien Kwok, an analyst at Argent Securities, said the Hanul deal removed a risk': the firm a speaker's title
    names is no party to the deal the sentence reports."""
    return token.dep_ == "pobj" and token.head.lower_ in ("at", "of", "with") and token.head.head.lower_ in COMMENTATORS




WHOLLY = {"wholly", "fully", "entirely"}


def _subsidiaries(doc: Doc, orgs: list[OrgMention]) -> set[tuple[str, str]]:
    """The key pairs, each sorted, of a parent and a subsidiary the story states: 'its subsidiary X', 'X, a (wholly owned)
    subsidiary of Y', "Y's subsidiary X"."""
    pairs = set()
    for noun in tokens_with(doc, LOWER, ("subsidiary", "subsidiaries", "unit", "arm")):
        child = org_at(orgs, noun.head) if noun.dep_ in ("appos", "compound") else _apposed_org(orgs, noun) or next(
            (org_at(orgs, c) for c in noun.rights if c.dep_ in ("appos", "compound") and org_at(orgs, c)), None)  # also 'the
        # subsidiary X', parsed as a word of X's name
        owner = next((org_at(orgs, c) for c in noun.children if c.dep_ == "poss" and org_at(orgs, c)), None) or next(
            (org_at(orgs, g) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if org_at(orgs, g)), None)
        if child is not None and owner is None and any(c.lower_ in WHOLLY for c in noun.subtree):
            owner = most_mentioned([m for m in orgs if m.key != child.key], "company")  # "X, a wholly owned subsidiary set up
            # in July": the story's company's
        if child is not None and owner is None:  # "will be run by the subsidiary Stelvane Srbija d.o.o.": of the company
            owner = next((m for m in orgs if m.key != child.key and m.name.split()[0] == child.name.split()[0]), None)  # it is named after
        if child is not None and owner is not None and child.key != owner.key:
            pairs.add(tuple(sorted((child.key, owner.key))))
    for owned in tokens_with(doc, LOWER, ("owned",)):  # "Hutě Odra a.s., the Ostrava steelmaker owned by X": wholly,
        noun = owned.head  # unless a share or a partner is named ('60%-owned', 'co-owned', 'jointly owned')
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ not in WHOLLY for c in owned.children) \
                or owned.i > 0 and owned.nbor(-1).text == "-":
            continue
        if owned.dep_ == "acl" and noun.dep_ == "appos":
            named = noun.head if noun.head.text != "." or noun.head.i == 0 else noun.head.nbor(-1)  # "a.s" + "." split
        elif owned.dep_ in ("ROOT", "conj", "ccomp") and any(c.lower_ in WHOLLY for c in owned.children):
            # "The developer is wholly owned by Toronto-based Halberd"; not "X has been owned since 2017 by Y" (a stake?)
            named = next((c for c in owned.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        child = org_at(orgs, named) if named is not None else None
        owner = org_at(orgs, agent) if (agent := agent_of(owned)) is not None else None
        if child is not None and owner is not None and child.key != owner.key:
            pairs.add(tuple(sorted((child.key, owner.key))))
    return pairs


def _range_start(doc: Doc, mention: MoneyMention) -> int:
    """'capital expenditure of R$ 850 million to R$ 950 million', 'of 1.6 billion to 1.8 billion crowns': where the range
    an amount closes opens (the amount is read with the words before it), else where the amount starts."""
    if mention.start < 2 or doc[mention.start - 1].lower_ not in ("to", "and", "-", "–"):
        return mention.start
    start = mention.start - 1
    while start > max(0, mention.start - 5) and (doc[start - 1].like_num or doc[start - 1].lower_ in SCALES or doc[start - 1].is_currency
                                                 or doc[start - 1].lower_ in SYMBOLS):
        start -= 1
    return start if start < mention.start - 1 else mention.start


def _spending_guidance(head: Token) -> bool:
    """'Group capital expenditure for 2025 is still expected at €380 million to €400 million': a year's spending on
    everything, said by the amount's verb's subject, not an investment in anything."""
    verb = verb_of(head)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in ("expenditure", "capex", "spending") and any(
        m.lower_ in ("group", "annual", "total", "overall", "full-year") or m.lower_ == "for" and any(g.ent_type_ == "DATE" for g in m.children)
        for m in c.children) for c in verb.children)


def _sum_of_the_parts(doc: Doc, mention: MoneyMention, money: list[MoneyMention]) -> bool:
    """'€1.3 billion in public aid in 2023: €910 million from the ministry and €390 million from the state': a total
    the sentence goes on to break down into its givers' parts, each of which is an investment (the total is none)."""
    sentence = doc[mention.start].sent
    def adds_up(parts: list[Decimal]) -> bool:
        return len(parts) >= 2 and abs(sum(parts) - mention.amount) <= mention.amount * Decimal("0.01")

    comparable = [m for m in money if m.restates is None and m.currency == mention.currency]
    same = [m for m in comparable if sentence.start <= m.start < sentence.end]
    if adds_up([m.amount for m in same if mention.end <= m.start]) or adds_up([m.amount for m in same if m.end <= mention.start]):
        return True  # or "Seorin will contribute 306 billion won and Tongfu 294 billion won to the venture's initial equity of 600 billion won"
    following = next((s for s in doc[sentence.end :].sents), None) if sentence.end < len(doc) else None
    if following is not None and OWNERS_TOGETHER.search(sentence.text) \
            and adds_up([m.amount for m in comparable if following.start <= m.start < following.end]):
        return True  # "Equity of PLN 290 million comes from the company's two shareholders. X will put in PLN 190
        # million, and Y PLN 100 million" (not "The plant will cost Rs 2,000 crore. Deccan will put in Rs 1,020 crore
        # and Mitsuru Rs 980 crore": the venture's own cost)
    if not TOGETHER.search(sentence.text):
        return False
    before = [m.amount for m in comparable if m.end <= sentence.start]
    return any(adds_up(before[-count:]) for count in range(2, min(len(before), 4) + 1))
    # "The two units together entail an investment of Rs 4,594 crore", after the two units' own amounts


#: Owners named as a group, whose money a total adds up: 'comes from the company's two shareholders'.
OWNERS_TOGETHER = re.compile(r"\b(shareholders|owners|partners|parents|sponsors)\b", re.IGNORECASE)
#: A total of amounts told before: 'the two units together entail', 'combined', 'in all'.
TOGETHER = re.compile(r"\b(together|combined|in total|in all|altogether)\b", re.IGNORECASE)


def _between_them(doc: Doc, mention: MoneyMention) -> bool:
    """'Rs 215 crore of equity between them', 'The shareholders will put in $56 million of equity in proportion to their
    stakes': the owners' money added up, not anyone's investment (unless the sentence gives each owner's part)."""
    after = doc[mention.start : min(len(doc), mention.end + 8)].text
    return BETWEEN_THEM.match(after) is not None or PRO_RATA.match(after) is not None \
        and re.search(r"\b(each|respectively)\b", span_text(doc[mention.start].sent)) is None


BETWEEN_THEM = re.compile(r"[^,;]*\bbetween them\b")
PRO_RATA = re.compile(r"[^,;]*\bin (proportion|line) (to|with) their (stakes|holdings|shares)\b")


def _plant_owners(orgs: list[OrgMention], facilities: list[FacilityMention], plants: list[dict]) -> dict[int, OrgMention]:
    """The operator of the plant each facility word names, by the word's index: who a stake in that plant is taken in
    (a venture yet to be formed, which runs nothing yet, still owns its plant)."""
    mention_of = {m.key: m for m in orgs}
    return {f.head: mention_of[operator] for f in facilities if 0 <= f.plant < len(plants)
            and (operator := plants[f.plant]["operator"] or plants[f.plant]["owner"]) in mention_of}


def _project_owner(doc: Doc, orgs: list[OrgMention], owners: dict[int, OrgMention], subsidiaries: set[tuple[str, str]],
                   arms: dict[str, str]) -> OrgMention | None:
    """Whom work on the story's project is done for: the operator of the plant named most (a joint venture's project
    company, say), else the story's company, which also deals for a subsidiary of its own that runs the plant (and
    counts the plants of its local arms as its own)."""
    main = most_mentioned(orgs)
    first_named = [arms.get(owners[i].key, owners[i].key) for i in sorted(owners)]  # a local arm's plants count as its parent's
    if not first_named:
        return main
    if (project_company := _the_project_company(doc, orgs)) is not None:
        return project_company  # "The project company, Wattle Ridge Energy Pty Ltd, is 60% owned by Coolabah": the
        # contracts for its developer's wind farm are the project company's
    counts = Counter(first_named)
    leading = next(key for key in first_named if counts[key] == max(counts.values()))  # of owners named as often, the first
    if (venture := _the_venture(doc, orgs)) is not None and venture.key in counts and not (
            counts[venture.key] == 1 and first_named.index(venture.key) > first_named.index(leading)):
        return venture  # "Front-end engineering has been awarded to X": the joint venture's project, not its parent's plants
        # (but not a plant a venture runs that the story names once, after its company's own: "Sunjin also owns 51% of ST
        # Optics Vina, a joint venture ... that runs a lens-coating plant in Bac Ninh")
    operator = next(m for m in orgs if m.key == leading)
    own_unit = main is not None and (tuple(sorted((main.key, operator.key))) in subsidiaries or _called_a_subsidiary(doc, orgs, operator, main))
    return main if own_unit else operator


#: A project company introduced by name ('The project company, Wattle Ridge Energy Pty Ltd,', 'owned by the project
#: company Karoo Sun Power (Pty) Ltd', 'Wadi Noor Hydrogen LLC, the project company,').
PROJECT_COMPANY_BEFORE = re.compile(r"\bproject company,?\s*$", re.IGNORECASE)
PROJECT_COMPANY_AFTER = re.compile(r"^,\s*(?:the|its|a|their) project company\b", re.IGNORECASE)


def _the_project_company(doc: Doc, orgs: list[OrgMention]) -> OrgMention | None:
    """The one company a story introduces as its project's company."""
    text = document_text(doc)
    named = {m.key: m for m in orgs if m.via == "ner" and (PROJECT_COMPANY_BEFORE.search(text[max(doc[m.start].idx - 30, 0) : doc[m.start].idx])
                                                           or PROJECT_COMPANY_AFTER.match(text[doc[m.end - 1].idx + len(doc[m.end - 1]) :][:40]))}
    return next(iter(named.values())) if len(named) == 1 else None


def _item_s_company(sentence: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """'Nile Crest Food Industries received a golden licence ... Fabbri Meccanica will supply the production lines':
    in a digest's item, work is done for the company the item has named before, not for the story's main one."""
    if not _an_item(sentence):
        return None
    return most_mentioned([m for m in in_the_paragraph(sentence, orgs) if m.end <= sentence.start])


def _speaker_s_company(sentence: Span, speaking: list[tuple[Turn, OrgMention | None]]) -> OrgMention | None:
    """'SOFIA MARCHETTI: Prairie Cement Co. signed a ten-year offtake for the whole plant': in a transcript, a deal with
    one named party is with the company the speaker was introduced with, and money no one is said to put up is its."""
    k = turn_at(document_text(sentence.doc), sentence.start_char)
    return speaking[k][1] if k is not None else None


def _an_item(sentence: Span) -> bool:
    """Whether the sentence's paragraph is an item of a digest: it opens with a bullet or follows a heading line."""
    text = document_text(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    if text[start:].lstrip().startswith(BULLETS):
        return True
    before = text[:start].rstrip()
    return a_heading_line(before[before.rfind("\n") + 1 :].strip())


def _called_a_subsidiary(doc: Doc, orgs: list[OrgMention], operator: OrgMention, main: OrgMention) -> bool:
    """'Hanamori Europe Sp. z o.o., a subsidiary set up last year': a unit of the story's company, unless the story
    names another parent ('Energía Solar del Pacífico, a subsidiary of Spain's Grupo Ibervento', when the company named
    most is its buyer)."""
    arms = [c for m in orgs if m.key == operator.key for t in doc[m.start : m.end] for c in t.children
            if c.dep_ == "appos" and c.lemma_ in ("subsidiary", "unit", "arm", "affiliate")]
    parents = {p.key for arm in arms for t in arm.subtree if (p := org_at(orgs, t)) is not None and p.key != operator.key}
    return bool(arms) and (not parents or main.key in parents)


def _partnership_mentions(sentence: Span, orgs: list[OrgMention], facilities: list[FacilityMention], owners: dict[int, OrgMention],
                          project_owner: OrgMention | None):
    text = span_text(sentence)
    since = re.search(r"\bsince (\d{4})\b", text)
    about = next((sentence.doc[f.start : f.end].text for f in facilities if sentence.start <= f.start < sentence.end), None)
    supplies = _first_verb_of_each(_supply_relations(sentence, orgs, owners, project_owner)) \
        or dict(filter(None, [_output_going_to(sentence, orgs, owners, project_owner) or _order_placed(sentence, orgs)]))
    for keys, verb in supplies.items():  # "already supplies", or a deal for supplies to come ("has agreed to buy 70% of
        # the plant's output"); an order placed is a contract for deliveries to come
        status, confidence = status_of(sentence, PARTNERSHIP_STATUSES, "agreed") if _to_come(verb) or verb.lemma_ == "order" \
            else ("active", 0.75)
        yield {"partners": keys, "status": status, "confidence": confidence, "span": (sentence.start, sentence.end),
               "about": "supply", "since": int(since.group(1)) if since else None}
    if (keys := _owners_of_a_dissolved_venture(sentence, orgs)) is not None:
        yield {"partners": keys, "status": "cancelled", "confidence": 0.75, "span": (sentence.start, sentence.end),
               "about": "joint venture", "since": None}
        return  # "The partners completed the dissolution of X": the venture's owners part, and X is party to nothing
    if (keys := _contract_ended_with_the_one_named_before(sentence, orgs)) is not None:
        yield {"partners": keys, "status": "cancelled", "confidence": 0.7, "span": (sentence.start, sentence.end),
               "about": "contract", "since": None}
    if (keys := _land_granted(sentence, orgs)) is not None:
        status, confidence = status_of(sentence, PARTNERSHIP_STATUSES, "agreed")
        yield {"partners": keys, "status": "agreed" if status in ("announced", "planned") else status, "confidence": confidence,
               "span": (sentence.start, sentence.end), "about": "land", "since": None}
    if (keys := _labour_agreement(sentence, orgs, project_owner)) is not None:
        yield {"partners": keys, "status": "active", "confidence": 0.75, "span": (sentence.start, sentence.end),
               "about": "labour agreement", "since": None}
    for keys in _appointed_as_contractor(sentence, orgs, project_owner) + _contracts_won(sentence, orgs, owners, project_owner):
        yield {"partners": keys, "status": "agreed", "confidence": 0.75, "span": (sentence.start, sentence.end),
               "about": "contractor", "since": None}
    contractors = _contractors_alongside(sentence, orgs, owners, project_owner) + _introduced_as_contractors(sentence, orgs, owners, project_owner)
    for keys in contractors:
        yield {"partners": keys, "status": "agreed", "confidence": 0.7, "span": (sentence.start, sentence.end),
               "about": "contractor", "since": None}
    owners_of_shares = _co_owners(sentence, orgs) or _venture_of(sentence, orgs)
    if owners_of_shares is not None:  # "owned 60% by A and 40% by B": A and B, never the company they own
        status, confidence = ("active", 0.8) if not _future(sentence) or _formed_venture(sentence) \
            else status_of(sentence, PARTNERSHIP_STATUSES, "agreed")
        yield {"partners": owners_of_shares, "status": status, "confidence": confidence, "span": (sentence.start, sentence.end),
               "about": about, "since": None}
        if not any(_awarded_to(p) or _leased_to(p) for p in tokens_with(sentence, DEP, ("prep", "dative"))) \
                and not _venture_deals_with_another(sentence, orgs, owners_of_shares):
            return  # "has awarded a concession to X, a venture of A and B", "X, a venture of A and B, signed an investment
            # agreement with the ministry": the award or the agreement is a deal besides the owners'
    sales = list(_sales(sentence, orgs, owners, project_owner))
    for keys in sales:
        if keys not in supplies:
            status, confidence = status_of(sentence, PARTNERSHIP_STATUSES, "agreed")
            yield {"partners": keys, "status": "agreed" if status in ("announced", "planned") else status, "confidence": confidence,
                   "span": (sentence.start, sentence.end), "about": "sale", "since": None}
    for keys in _round_leads(sentence, orgs):
        yield {"partners": keys, "status": "agreed" if _future(sentence) else "active", "confidence": 0.75,
               "span": (sentence.start, sentence.end), "about": "funding round", "since": None}
    customers = _named_as_customer(sentence, orgs, owners, project_owner)
    for keys in customers:
        yield {"partners": keys, "status": "active", "confidence": 0.75, "span": (sentence.start, sentence.end),
               "about": "customer", "since": None}
    picked = _consortia_picked(sentence, orgs)
    for members, with_chooser in picked:  # a consortium formed to bid, and its talks with
        status, confidence = status_of(sentence, PARTNERSHIP_STATUSES, "in talks")  # the body that picked it
        yield {"partners": members, "status": "agreed", "confidence": 0.7, "span": (sentence.start, sentence.end), "about": about, "since": None}
        yield {"partners": with_chooser, "status": status, "confidence": confidence, "span": (sentence.start, sentence.end),
               "about": about, "since": None}
    engaged = _engaged(sentence, orgs)
    triggered = PARTNERSHIP_TRIGGERS.search(text) is not None or bool(engaged)
    if not triggered and not any(_stake_in(t) or _equity_put_into(t) for t in tokens_with(sentence, DEP, ("prep",))):
        return
    status, confidence = status_of(sentence, PARTNERSHIP_STATUSES)
    statuses = [status]
    if RUNNING_RELATIONSHIP.search(text.lower()) and status not in ("in talks", "cancelled"):
        statuses = ["active", status] if status == "agreed" and DEAL_STRUCK.search(text) else ["active"]  # "has supplied X since 2019,
        # and the two signed a memorandum last month": a relationship and a deal
    if HOLDS_NOW.search(text) and status not in ("in talks", "cancelled"):
        statuses = ["active"]
    public = {m.key for m in orgs if m.kind != "company"}
    lenders = {m.key for m in orgs_in(orgs, sentence) if funds(m)} if status == "in talks" and about_lending(sentence) else set()
    for keys in _partners(sentence, orgs, owners, project_owner, fallback=triggered and not contractors, engaged=engaged):
        if lenders.intersection(keys):
            continue  # "Sahab is also in talks with local lender Emirates Infrastructure Bank over a loan": a loan sought
            # is money, no partnership
        if public.intersection(keys) and not _deal_with_a_public_body(sentence, text):
            continue  # "backed by a grant from the ministry", "subject to clearance by the European Commission": money or
            # permission from a public body is no partnership; an MoU, a lease or a contract with one is
        if any(set(sale) < set(keys) for sale in sales):
            continue  # "to sell a 40% stake in Hutě Odra to Raghunath Metals": the seller and the buyer, not the company sold
        if any(keys == chooser_and_members for _, chooser_and_members in picked):
            continue  # the consortium's talks with the body that picked it, told above
        if 2 <= len(keys) <= 4 and (keys not in customers or _deal_besides_relationship(text)):
            if keys in supplies:  # "X, which has bought ethanol from Y for a decade, has signed a new contract": the deal besides
                statuses = [status for status in statuses if status != "active"] if DEAL_STRUCK.search(text) else []
            for status in statuses:
                yield {"partners": keys, "status": status, "confidence": confidence, "span": (sentence.start, sentence.end),
                       "about": about, "since": int(since.group(1)) if since and status == "active" else None}


#: Words of a relationship already running: 'has supplied X since 2019', 'an existing supply contract', 'the rest of its
#: power still comes from X'; force majeure is declared under a contract in force ('existing output' says nothing).
RUNNING_RELATIONSHIP = re.compile(
    r"\b(enduring|long-standing|longstanding|existing (?:[\w-]+ ){0,2}(?:contracts?|deals?|agreements?|relationships?|partnerships?|"
    r"supply|supplier|customers?|clients?|ventures?|offtakes?|ppas?|ties|arrangements?|licen[cs]es?)|since \d{4}|has been|have been|"
    r"runs (?:to|until|till|through) (?:\d{4}|the end)|(?:contract|agreement|deal|lease)\b[^.]{0,100}\bexpires\b|"  # "Our contract with X
    # runs to 2028", "The group's fixed-price gas contract with X expires at the end of March"
    r"(co-)?owns? [\w%-]+ with|for (?:years|decades)|force majeure|still (?:comes?|buys?|gets?|takes?|supplies|receives?|sources?))\b")
#: A share held now ('Kivijärvi holds 68% of the shipbuilder', 'which owns 45% of the miller'): the owners' relationship
#: runs, whatever deal the sentence also tells of.
HOLDS_NOW = re.compile(r"\b(?:holds|owns) (?:an? )?(?:about |around |some )?\d[\d.,]*(?:%|\s?per ?cent)")


#: What changes hands in a sale between two parties, as opposed to goods bought from a supplier.
SOLD_ASSETS = {"site", "land", "field", "plot", "parcel", "property", "hectare", "acre", "business", "division", "operation",
               "plant", "factory", "mill", "works", "facility", "refinery", "smelter", "brewery", "foundry", "yard", "shipyard",
               "park", "farm", "terminal", "mine", "quarry", "warehouse", "depot", "centre", "center", "complex", "campus", "tower", "portfolio", "network", "share", "stake", "interest", "shareholding"}
SALE_VERBS = {"buy", "purchase", "acquire", "sell"}


def _sales(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention], project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'has agreed to sell its biscuit factory in Września to Zorza', 'bought the 34-hectare site from the City of
    Kouvola', 'completed the purchase of a bottle-making plant in Spain from X', 'is buying the shares from Tarrawin':
    a site, a plant, shares or a whole company changing hands makes seller and buyer partners (goods bought from a
    supplier are a supply relationship)."""
    found: list[tuple[str, ...]] = []
    for token in tokens_with(sentence, LEMMA, (*SALE_VERBS, "acquisition")):
        if token.pos_ == "NOUN" and token.lemma_ in ("purchase", "acquisition"):  # "its $38 million purchase of the Farrell mill"
            asset = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
            buyer = next((m for c in token.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None) \
                or next((m for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                         if g.dep_ == "pobj" and (m := org_at(orgs, g))), None) or subject_org(orgs, verb_of(token))
            # "approved the acquisition of X by Y from Z"
            seller = _seller_after_from(orgs, [token, *([asset] if asset is not None else []), verb_of(token)], owners) \
                or _asset_owner(asset, orgs, owners)  # "completed its purchase of 45% of X from its founder, Y"
        elif token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            asset = next((c for c in objects if c.dep_ == "dobj" and not (org_at(orgs, c) and len(objects) > 1)), None)
            if token.lemma_ == "sell":
                seller = subject_org(orgs, token) or next((m for c in token.children if c.dep_ == "agent" for g in c.children
                                                            if (m := org_at(orgs, g))), None) or _named_right_before(orgs, token)
                buyer = next((m for c in objects if c is not asset and (m := org_at(orgs, c))), None) or next(iter(_orgs_sold_to(orgs, token)), None)
            else:
                buyer = subject_org(orgs, token)
                seller = _seller_after_from(orgs, [token, *objects], owners) or _asset_owner(asset, orgs, owners)
                if buyer is None and (sold := next((c for c in token.children if c.dep_ == "nsubjpass"), None)) is not None \
                        and not any(c.dep_ == "agent" for c in token.children):
                    asset, buyer = sold, project_owner  # "The 6-hectare plot was bought from the Câmara Municipal de Águeda":
                    # by the story's company
        else:
            continue
        if seller is None and asset is not None and token.lemma_ != "sell" and token.tag_ != "VBD":
            seller = org_at(orgs, asset)  # "has agreed to buy Uruguay's Frigorífico Río Negro S.A.": the company bought;
            # not "Karvik, which bought Ostermann in 2019", its owner since
        if asset is None or buyer is None or seller is None or buyer.key == seller.key or not _sold_asset(asset, orgs, owners):
            continue
        keys = tuple(sorted({buyer.key, seller.key}))
        if keys not in found:
            found.append(keys)
    for verb in tokens_with(sentence, LEMMA, ("buy", "acquire", "take", "purchase")):
        share = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERCENT"), None)
        sold = next((m for p in (share.children if share is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None), None)
        buyer = subject_org(orgs, verb)
        parent = _parent_apposed([sentence.doc[sold.start : sold.end].root, share], sold, orgs) if sold is not None else None
        if buyer is not None and parent is not None and parent.key != buyer.key and (keys := tuple(sorted({buyer.key, parent.key}))) not in found:
            found.append(keys)  # "to buy 49% of Najm Technics, the maintenance arm of Saudi carrier Najm Airlines": from the parent
    return found


def _parent_apposed(words: list[Token], company: OrgMention, orgs: list[OrgMention]) -> OrgMention | None:
    """'Najm Airlines' of 'Najm Technics, the maintenance arm of Saudi carrier Najm Airlines', the arm set off after
    the company or after the share of it bought."""
    arms = [c for word in words for c in word.children if c.dep_ == "appos" and c.lemma_ in ARM_NOUNS]
    return next((m for arm in arms for p in arm.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None and m.key != company.key), None)


def _asset_owner(asset: Token | None, orgs: list[OrgMention], owners: dict[int, OrgMention]) -> OrgMention | None:
    """Whose plant is bought: 'to buy Ford India Private Ltd's vehicle plant', 'its purchase of Pinecrest Paper's mill',
    'to buy the chocolate plant of Słodka Dolina S.A.'."""
    if asset is None:
        return None
    return next((m for c in asset.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None) or next(
        (m for p in asset.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
         and (m := org_at(orgs, g))), None) or owners.get(asset.i)


def _plant_told_of(head: Token) -> Token | None:
    """'Haneul Cell's plant in Tatabánya, which began production in 2022 and supplies Brenner': the plant a relative
    clause tells of, hung on the plant or on the place after it."""
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near"):
        head = head.head.head
    return head if head.lemma_ in FACILITY_NOUNS else None


def _seller_after_from(orgs: list[OrgMention], heads: list[Token], owners: dict[int, OrgMention]) -> OrgMention | None:
    """The organisation after 'from' on the verb or on what is bought ('the mill from Celvia', 'from Celvia's unit'),
    or the owner of the plant after it ('ordered two vessels from the yard'), or the one set off after it ('from its
    founder, Grupo Tequendama')."""
    return next((m for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"
                 for t in (g, *(c for c in g.children if c.dep_ == "appos"), *(c for c in g.children if c.dep_ == "poss"))
                 if (m := org_at(orgs, t) or owners.get(t.i))), None)


def _sold_asset(asset: Token, orgs: list[OrgMention], owners: dict[int, OrgMention]) -> bool:
    """A site, a plant, shares or a whole company ('45% of Fibra Andina', 'its plasterboard unit, Weserstein Gips GmbH');
    not goods or output."""
    return _asset_word(asset) or asset.i in owners or org_at(orgs, asset) is not None or asset.ent_type_ == "PERCENT" and any(
        p.lower_ == "of" and any(org_at(orgs, g) for g in p.children) for p in asset.children) \
        or any(c.dep_ == "appos" and org_at(orgs, c) is not None for c in asset.children)


def _asset_word(token: Token) -> bool:
    """'the site', 'the mill', 'the shares'; not 'a large share of the output'."""
    return token.lemma_ in SOLD_ASSETS and not (token.lemma_ == "share" and any(c.lower_ == "of" for c in token.children))


def _deal_with_a_public_body(sentence: Span, text: str) -> bool:
    """An MoU, a lease, a contract or talks with a public body or a union ('the IG Metall union began talks'); not
    talks about money ('in talks with Afreximbank about a further $200 million', 'offered help during talks')."""
    words = {m.group(0).lower() for m in PUBLIC_DEAL.finditer(text)}
    if not words <= {"talks", "negotiations", "consultations"}:
        return True
    return bool(words) and not any(t.ent_type_ == "MONEY" or t.lemma_ in GIFT_NOUNS - {"guarantee"} | {"help"} for t in sentence)
    # ("talks with Brenta on guarantees": a union's talks on job guarantees, not money; a loan guarantee names its loan)


SHARE_VERBS = {"hold", "own", "keep", "retain", "have", "take", "control"}
REST_WORDS = {"rest", "remainder", "balance"}


def _co_owners(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """The holders of the shares a sentence splits: 'is owned 51% by A, 39% by B and 10% by C', 'is 74% owned by A and
    26% by B', 'in which A holds 60% and B owns the rest', 'A will hold 60% of the venture, while B will hold 40%'.
    Two or more holders are the co-owners; the company they own is no partner of theirs."""
    holders = _share_holders(sentence, orgs)
    holders += _holding_each(sentence, orgs)
    if holders and None not in holders:
        if sentence.start > 0 and _split_goes_on(sentence.doc[sentence.start - 1].sent, orgs) == holders:
            return None  # the sentence before told of the first share: the owners are those of the whole split, found there
        holders += _split_goes_on(sentence, orgs)  # "Halvard holds 51% of the project company. Al Sahwa owns 34% and Tokai
        # the remaining 15%."
    if len(holders) >= 2 and None in holders and any(t.lower_ == "respectively" for t in sentence):
        holders = _conjoined_orgs(sentence, orgs)  # "A and B, which set up the venture with 51% and 49% respectively"
        holders = holders if len(holders) == sum(t.lower_ in ("%", "cent", "percent") for t in sentence) else []
    if len(holders) < 2 or None in holders:
        return None  # a share whose holder is not a named organisation (a person, 'the state', a name the model missed):
        # the owners are not all known
    keys = {m.key for m in holders if m is not None}
    return tuple(sorted(keys)) if len(keys) >= 2 else None


def _holding_each(sentence: Span, orgs: list[OrgMention]) -> list[OrgMention | None]:
    """'Hoshizora and Mitsuwa each hold 40%': the holders after the first of a subject that holds a share each."""
    return [org_at(orgs, c) for verb in tokens_with(sentence, LEMMA, SHARE_VERBS)
            for subject in verb.children if subject.dep_ == "nsubj" and any(c.lower_ == "each" for c in subject.children)
            for c in subject.conjuncts]


def _share_holders(sentence: Span, orgs: list[OrgMention]) -> list[OrgMention | None]:
    """Who holds each share the sentence names (None where the holder is no named organisation)."""
    return [_holder_of(share, orgs) for share in tokens_with(sentence, LOWER, ("%", "cent", "percent", *REST_WORDS))
            if share.lower_ not in REST_WORDS or share.dep_ == "dobj"]


def _split_goes_on(sentence: Span, orgs: list[OrgMention]) -> list[OrgMention]:
    """The holders of the rest of a split of shares told over two sentences, when the sentence names one holder and the
    next ends the split ('... the remaining 15%')."""
    after = sentence.doc[sentence.end].sent if sentence.end < len(sentence.doc) else None
    if after is None or len(_share_holders(sentence, orgs)) != 1 or "\n" in sentence.doc[sentence.end - 1].text_with_ws:
        return []
    more = _share_holders(after, orgs)
    ends = any(t.lower_ in ("remaining", *REST_WORDS) for t in after)
    return more if more and None not in more and ends else []


def _venture_of(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'the Mexican paper-bottle venture of Norrlinna Packaging AB and Grupo Embotellador del Bajío', 'a joint venture
    formed last year by Siam BioPharma Plc and Japan's Kozan Pharmaceutical Co.': the companies a venture is said to be
    of, or to be formed by, are its co-owners; so are those of the sentence's subject in 'A and B said that X, their
    equally owned battery venture, will build'."""
    for venture in tokens_with(sentence, LEMMA, ("venture",)):
        ofs = [p for p in venture.children if p.dep_ == "prep" and p.lower_ == "of"] + [
            a for v in venture.children if v.dep_ == "acl" and v.lemma_ in FOUNDING_VERBS for a in v.children if a.dep_ == "agent"]
        owners = {m.key for p in ofs for m in orgs_within(p, orgs)} | {
            m.key for p in ofs for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts) if (m := org_at(orgs, t))}
        if not owners and venture.dep_ == "appos" and any(c.lower_ == "their" for c in venture.children):
            owners = {m.key for m in _each_of_the_subject(sentence.root, orgs)} - {m.key for m in [org_at(orgs, venture.head)] if m}
        if len(owners) >= 2:
            return tuple(sorted(owners))
    return None


def _venture_deals_with_another(sentence: Span, orgs: list[OrgMention], owners: tuple[str, ...]) -> bool:
    """'Atlas Blades SA, a joint venture of Ventora and Sebou, signed an investment agreement with the Ministry of
    Industry': the venture, subject of the main clause, strikes a deal 'with' someone who is none of its owners."""
    verb = sentence.root
    subject = subject_org(orgs, verb)
    dealt_with = [m for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in t.children
                  if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g))]
    return subject is not None and subject.key not in owners and any(m.key not in owners and m.key != subject.key for m in dealt_with)


def _formed_venture(sentence: Span) -> bool:
    """'a plant to be built by SB Kozan Pharma, a joint venture formed last year by A and B': the venture exists, so its
    owners' relationship is under way whatever the sentence says of the plant (not 'a venture to be formed by')."""
    return any(v.dep_ == "acl" and v.lemma_ in FOUNDING_VERBS and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
               for venture in tokens_with(sentence, LEMMA, ("venture",)) for v in venture.children)


#: What founders do to a venture ('a joint venture formed by A and B', 'set up by', 'created by').
FOUNDING_VERBS = {"form", "set", "create", "establish", "found"}


def _conjoined_orgs(sentence: Span, orgs: list[OrgMention]) -> list[OrgMention | None]:
    """The first organisation the sentence names and those conjoined with it ('Vardø Marine and Song Cam')."""
    first = next(iter(orgs_in(orgs, sentence)), None)
    if first is None:
        return []
    root = sentence.doc[first.start : first.end].root
    return [first, *(org_at(orgs, t) for t in root.conjuncts if t.i > root.i)]


def _by_right_after(share: Token) -> Token | None:
    """The object of a 'by' that follows a share directly or after 'owned' ('40% by B', '60% owned by A')."""
    doc, k = share.doc, share.i + 1
    k += k < len(doc) and doc[k].lower_ in ("owned", "held", "controlled")
    if k >= len(doc) or doc[k].lower_ != "by":
        return None
    return next((g for g in doc[k].children if g.dep_ == "pobj"), None)


def _holder_of(share: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """Who holds one share: the organisation after its 'by' ('39% by B', '74% owned by A', '60 per cent owned by A'),
    the subject of the verb that holds it ('A holds 60%', 'B owns the rest'), the one before its 'with' ('A with 40%'),
    or the organisation before it with the verb left out ('and B the remaining 40%')."""
    by = next((g for c in share.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    owned = share.head if share.head.lemma_ == "own" else next((c for c in share.children if c.lemma_ == "own"), None)
    if by is None:  # "is 60% owned by A and 40% by B": the 'by' right after the share (past 'owned'), wherever the parser
        by = _by_right_after(share)  # hangs it
    if by is None and owned is not None:
        by = agent_of(owned)
    if by is not None:
        return org_at(orgs, by) or _org_named_after(orgs, by)
    if share.dep_ == "dobj" and share.head.lemma_ in SHARE_VERBS:
        shared_before = any(t.lower_ in ("%", "cent", "percent") for t in share.doc[share.head.i : _share_phrase_start(share)])
        return shared_before and _gapped_investor(share.doc[_share_phrase_start(share) : share.i + 1], orgs) \
            or subject_org(orgs, share.head)  # "A owns 55%, B 35% and C the remaining 10%": the parser hangs C's share on 'owns'
    if share.dep_ == "pobj" and share.head.lower_ == "with":  # "owned by A with 40%, B with 35% and C, the sultanate's
        # fund, with 25%": the last organisation named before 'with', past no other share
        doc = share.doc
        return next((m for m in reversed(orgs) if m.end <= share.head.i and m.start >= share.sent.start and m.via != "pronoun"
                     and not any(t.lower_ in ("%", "cent", "percent") for t in doc[m.end : share.head.i])), None)
    return _gapped_investor(share.doc[_share_phrase_start(share) : share.i + 1], orgs)  # "A holds 60% and B the remaining 40%"


def _share_phrase_start(share: Token) -> int:
    """Where '49 per cent' begins when the parser hangs 'per cent' on the number rather than the number on 'cent'."""
    start = share.left_edge.i
    while start > share.sent.start and (share.doc[start - 1].lower_ == "per" or share.doc[start - 1].like_num):
        start -= 1
    return start


def _to_come(verb: Token) -> bool:
    """'will supply', 'would buy', 'agreed to buy': a verb of something still to happen (unlike 'has supplied', or
    'continues to buy its cells from X', which goes on)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "to") for c in verb.children) \
        and not (verb.dep_ == "xcomp" and verb.head.lemma_ in ("continue", "keep") and not _to_come(verb.head))


def _future(sentence: Span) -> bool:
    return any(t.lower_ in ("will", "would", "'ll") or t.lower_ == "to" and t.dep_ == "aux" for t in sentence)


def _partners(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention], project_owner: OrgMention | None,
              fallback: bool = True, engaged: Iterable[tuple[str, ...]] = ()) -> list[tuple[str, ...]]:
    """Who is party to each deal in the sentence: the subject and the organisations after 'with', 'from', 'by'
    or 'between' ('Solway is in talks with Brenmore'), the firm a company engaged (``engaged``, found by the caller,
    which reads it as a trigger too), and the operator of a plant a stake is taken in. A passive project sentence ('The cells will be supplied
    by Fjordal, while the potrooms will be built by Hwaseong') has the story's company as the other party.
    Without that structure (and with ``fallback``), the conjoined subject of the sentence, else the companies
    named in it, since a government or regulator mentioned alongside is rarely a party."""
    in_sentence = orgs_in(orgs, sentence)
    if (granted := _concession_reported_by_its_grantor(sentence, in_sentence, {m.key for m in in_sentence if m.kind == "company"})) is not None:
        return [granted]
    if invested := _invested_alongside(sentence, orgs):
        return invested
    found: list[tuple[str, ...]] = []
    owned = False
    lenders: set[str] = set()
    for prep in tokens_with(sentence, DEP, ("prep", "agent", "dative")):
        if prep.lower_ in ("with", "to") and _talks_about_a_loan(prep.head):  # "in talks with BNDES about financing for the
            lenders.update(_keys_after(prep, orgs))  # mine", "We are talking to the Saudi Industrial Development Fund about a loan":
            continue  # a lender, not a partner
        if prep.lower_ not in ("with", "from", "by", "between") and not _stake_in(prep) and not _equity_put_into(prep) \
                and not _awarded_to(prep) and not _leased_to(prep) \
                or _absolute_with(prep):
            continue
        verb = verb_of(prep.head)
        governed = [prep.head, *prep.head.ancestors][:3] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if prep.lower_ in ("from", "with", "by") and any(n.lemma_ in PERMISSIONS | FUNDING_WORDS or n.lower_ in FUNDING_WORDS for n in governed):
            lenders.update(_keys_after(prep, orgs))
            continue  # "clearance from ISED", "a loan from KDB", "subject to clearance by the European Commission", "a loan
            # that is being negotiated with the EIB": a regulator or a lender, not a partner, even to the fallback below
        objects = [m for c in prep.children if c.dep_ == "pobj" for t in (c, *c.conjuncts) if (m := org_at(orgs, t) or _org_named_after(orgs, t))]
        members = [m for c in prep.children if c.dep_ == "pobj" for m in _consortium_members(c, orgs)]
        if (_awarded_to(prep) or prep.lower_ == "with") and len(members) >= 2:  # "awarded the EPC contract ... to a consortium
            # of Haedong and Trivesa", "has signed a contract ... with a consortium of Ferrovías Levante and Banat Metal":
            objects = members  # the owner and both members are parties to the contract, and the members to their consortium
            if (pair := tuple(sorted({m.key for m in members}))) not in found and len(pair) >= 2:
                found.append(pair)
        objects += [m for m in [org_at(orgs, prep)] if m is not None and _a_recipient(prep)]  # "allotted the company 28 acres"
        objects += [m for m in [_the_management(prep, project_owner)] if m is not None and not objects]
        objects += [m for c in prep.children if c.dep_ == "pobj" for a in c.children if a.dep_ == "appos" and (m := org_at(orgs, a))]
        if _stake_in(prep) or _equity_put_into(prep):  # "in its Malaysian business", "into the company's Series B"
            objects += [m for c in prep.children if c.dep_ == "pobj" for p in c.children if p.dep_ == "poss" and (m := org_at(orgs, p))]
        if _stake_in(prep):  # "a 10% stake in the second fab": in the company that runs it
            objects += [owners[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in owners]
            if not objects and project_owner is not None and any(c.dep_ == "pobj" and c.lemma_ == "project" for c in prep.children):
                objects.append(project_owner)  # "Epangelo Mining Company holds a 10% carried interest in the project"
            objects += _orgs_sold_to(orgs, verb_of(prep.head))  # "sold a stake in ... to Mitsuhama"
        if not objects:
            continue
        if prep.lower_ == "by" and _wholly_owned(verb):
            owned = True
            continue  # "Gelvora, which is owned by the investment firm Hallaert Capital": an owner, no partner
        if (parents := _venture_parents(prep, objects, orgs)) is not None:
            if parents not in found:
                found.append(parents)
            continue
        verb = verb_of(prep.head)
        subject = _holder_of_the_deal(prep, orgs) or subject_org(orgs, verb)
        if subject is None and len(unions := _unions_acting_together(orgs, verb)) >= 2:
            found += [pair for union in unions for m in objects if union.key != m.key
                      and (pair := tuple(sorted((union.key, m.key)))) not in found]  # each union in talks of its own
            continue
        said_of_a_thing = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # "cartridges will come from X"
        if subject is None and prep.lower_ != "by" and not said_of_a_thing:  # a lost parse: the organisation named before
            subject = next((m for m in in_sentence if m.start < prep.i), None)
        subject_root = sentence.doc[subject.start : subject.end].root if subject else None
        joined = [*subject_root.conjuncts, *_nested_subjects(subject_root)] if subject_root is not None else []
        conjunct_subjects = [m for m in in_sentence if subject and m.start < prep.i and m.key != subject.key
                             and any(org_at(orgs, t) is m for t in joined)]
        parties = {m.key for m in objects + conjunct_subjects + ([subject] if subject else [])}
        consortium = {m.key for c in verb.children if c.dep_ == "nsubj" for m in _consortium_members(c, orgs)}
        if len(consortium) >= 2 and prep.lower_ == "with":  # "A consortium of Coogee and Saxby has signed a contract with
            parties = consortium | {m.key for m in objects}  # the Department of Defence": the members with each other, and
            if tuple(sorted(consortium)) not in found:  # all of them with the department
                found.append(tuple(sorted(consortium)))
        if subject is None and (prep.lower_ in ("by", "from", "with") or _awarded_to(prep)) and (
                main := _owner_of_the_subject_s_plant(verb, owners) or project_owner):
            parties.add(main.key)
        if len(parties) >= 2 and tuple(sorted(parties)) not in found:
            found.append(tuple(sorted(parties)))
    found += [pair for pair in engaged if pair not in found]
    if found or not fallback or owned:
        return found
    if (pair := _the_two_named_before(sentence, orgs)) is not None:
        return [pair]
    if project_owner is not None and (body := _body_allotting_land(sentence, in_sentence)) is not None and body.key != project_owner.key:
        return [tuple(sorted((body.key, project_owner.key)))]
    signatories = _joint_subjects(sentence, orgs)
    if signatories:
        return [signatories]
    lending = about_lending(sentence)  # "BNDES approved a loan, and Banco do Nordeste is in talks to lend a further
    # R$1bn": lenders side by side are no partners of each other
    companies = {m.key for m in in_sentence if m.kind == "company" and not (lending and funds(m)) and m.key not in lenders}
    if len(companies) == 1 and project_owner is not None and _signed_with_no_one_named(sentence, in_sentence):
        companies.add(project_owner.key)  # "Prairie Cement Co. signed a ten-year offtake for the whole plant"
    parties = companies - {m.key for m in in_sentence if _reports_the_deal(sentence.doc[m.start : m.end].root)}
    parties = parties if len(parties) >= 2 else companies
    spoken_of = {m.key for m in in_sentence if not _names_a_thing(sentence.doc[m.start : m.end].root)}
    parties_spoken_of = parties - ({m.key for m in in_sentence} - spoken_of)  # not those only named for a thing
    return [tuple(sorted(parties_spoken_of if len(parties_spoken_of) >= 2 else parties))]


def _invested_alongside(sentence: Span, orgs: list[OrgMention]) -> list[tuple[str, ...]]:
    """'Larchmont invested $30 million in Sunkiln Solar in August, alongside Coromandel Capital': each investor is a
    partner of the company it invests in, not of the other investor."""
    for verb in tokens_with(sentence, LEMMA, ("invest",)):
        investor = subject_org(orgs, verb)
        places = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        target = next((m for t in places for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "into")
                       for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None), None)
        beside = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "alongside"
                  for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts) if (m := org_at(orgs, t)) is not None]
        if investor is not None and target is not None and beside:
            return [pair for m in (investor, *beside) if m.key != target.key and (pair := tuple(sorted((m.key, target.key))))]
    return []


def _holder_of_the_deal(prep: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """"The ministry's contract with Halvorsen, signed last week, covers 220 vehicles": the organisation whose contract
    (or deal, or agreement) 'with' the other it is, whatever the sentence's verb is about."""
    if prep.lower_ != "with" or prep.head.pos_ != "NOUN":
        return None
    return next((m for c in prep.head.children if c.dep_ == "poss" and (m := org_at(orgs, c)) is not None), None)


def _names_a_thing(root: Token) -> bool:
    """'the Sorvik core' in "it will end Tianlan's supply contract when the Sorvik core takes over": a company's name
    only describing a thing is no party to the deal the sentence tells of."""
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_ not in FACILITY_NOUNS


def _keys_after(prep: Token, orgs: list[OrgMention]) -> set[str]:
    """The organisations a preposition introduces ('with BNDES')."""
    return {m.key for c in prep.children if c.dep_ == "pobj" and (m := org_at(orgs, c)) is not None}


def _talks_about_a_loan(talks: Token) -> bool:
    """'talks with BNDES about financing for the mine', 'discussions with the EIB on a loan', 'talking to X about a loan'."""
    return _a_talk_word(talks) and any(
        g.dep_ == "pobj" and g.head.lower_ in ("about", "over", "on", "for") and (g.lower_ in LOAN_WORDS | LOAN_TALK_WORDS or g.lemma_ in LOAN_WORDS)
        for g in talks.subtree)  # wherever the parser hangs the 'about': "talking to CAF and to a group of banks about a loan"


def _a_talk_word(token: Token) -> bool:
    """'talks', 'discussions', 'talking': what a company and a lender have before a loan."""
    return token.lower_ in TALK_NOUNS or token.lemma_ == "talk"


#: What else a company talks to a lender about: money, not a deal.
LOAN_TALK_WORDS = {"funding", "finance", "grant", "grants", "subsidy", "subsidies"}


#: Verbs of taking on a firm for work: 'has engaged Certitex to audit the plant', 'hired X as its contractor'.
ENGAGING_VERBS = {"engage", "hire", "retain", "commission"}


def _engaged(sentence: Span, orgs: list[OrgMention]) -> list[tuple[str, ...]]:
    """'Ferrandi has engaged Certitex Italia S.r.l., a Milan inspection firm, to audit the new plant': the firm taken on
    and the one that took it on, whoever else the sentence names."""
    pairs = []
    for verb in tokens_with(sentence, LEMMA, ENGAGING_VERBS):
        engaged = next((m for m in orgs if verb.i < m.start <= verb.i + 8 and m.start < sentence.end
                        and not any(t.pos_ in ("ADP", "PUNCT", "VERB") for t in sentence.doc[verb.i + 1 : m.start])), None)
        # the firm right after the verb, however parsed ("has engaged the incident response firm Torvane Security")
        engaging = subject_org(orgs, verb)
        if engaged is not None and engaging is not None and engaged.key != engaging.key:
            pairs.append(tuple(sorted((engaged.key, engaging.key))))
    return pairs


def _concession_reported_by_its_grantor(sentence: Span, in_sentence: list[OrgMention], companies: set[str]) -> tuple[str, ...] | None:
    """'A consortium led by Pearlgate Logistics signed a 25-year concession ..., Qatar's Ministry of Transport said':
    the public body that reports a concession grants it, to the consortium (its project company), not to the lead
    member that acts for it."""
    doc = sentence.doc
    if not any(t.lemma_ == "concession" for t in sentence):
        return None
    grantor = next((m for m in in_sentence if m.kind == "government" and (_reports_the_deal(doc[m.start : m.end].root) or m.end < sentence.end
                    and doc[m.end].lemma_ in ("say", "announce", "confirm") and doc[m.start - 1].text in (",", "'s"))), None)
    # (", Qatar's Ministry of Transport said", however parsed)
    holders = companies - {m.key for m in in_sentence if _leads_a_consortium(doc[m.start : m.end].root)}
    return tuple(sorted(holders | {grantor.key})) if grantor is not None and len(holders) == 1 else None


def _leads_a_consortium(token: Token) -> bool:
    """'Pearlgate Logistics' of 'a consortium led by Qatari logistics group Pearlgate Logistics'."""
    led = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
    return led is not None and led.lemma_ == "lead" and led.head.lemma_ == "consortium"


def _consortia_picked(sentence: Span, orgs: list[OrgMention]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """'The Ministry of Defence has picked a consortium of Konkan Shipbuilders and Skagerrak Combat Systems as preferred
    bidder': the members with each other, and all of them with the body that picked them."""
    found = []
    for verb in tokens_with(sentence, LEMMA, tuple(PICKING_VERBS)):
        chooser = subject_org(orgs, verb)
        members = {m.key for c in verb.children if c.dep_ == "dobj" for m in _consortium_members(c, orgs)}
        if chooser is not None and len(members) >= 2 and chooser.key not in members:
            found.append((tuple(sorted(members)), tuple(sorted(members | {chooser.key}))))
    return found


#: What a union calls the company it bargains with: 'opened talks with management', 'with the bosses'.
MANAGEMENT_WORDS = {"management", "bosses", "employer"}
#: Verbs of talks under way ('has opened talks', 'had begun negotiations').
TALKS_OPENED = {"open", "begin", "start", "enter", "hold", "resume", "launch"}


def _the_management(prep: Token, project_owner: OrgMention | None) -> OrgMention | None:
    """'The GMB said it had opened talks with management', 'Unite is in talks with management': with the story's
    company, whose management it is (not 'with management of Kestrel', a company named; nor talks only sought: 'said
    it would seek talks with management')."""
    under_way = verb_of(prep.head).lemma_ in TALKS_OPENED or prep.head.lower_ in TALK_NOUNS and prep.head.head.lower_ == "in"
    if project_owner is None or UNION_NAME.search(project_owner.name) or prep.lower_ != "with" or not under_way:
        return None
    return project_owner if any(c.dep_ == "pobj" and c.lower_ in MANAGEMENT_WORDS and not any(
        g.dep_ in ("poss", "compound") or g.lower_ == "of" for g in c.children) for c in prep.children) else None


def _owner_of_the_subject_s_plant(verb: Token, owners: dict[int, OrgMention]) -> OrgMention | None:
    """"The rest of the smelter's power still comes from X": the plant's owner, not the story's project's."""
    return next((owners[p.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for p in c.subtree
                 if p.dep_ == "poss" and p.i in owners), None)


#: Words that make an ownership a share of it.
SHARED_OWNERSHIP = {"stake", "%", "percent", "per", "majority", "minority", "jointly", "partly", "co", "half", "equally", "50-50"}


def _wholly_owned(verb: Token) -> bool:
    """'which is owned by X', 'controlled by X': a company's owner, named without a share of it; an owner is no partner
    of what it owns (unlike 'owned 60% by A and 40% by B', 'jointly owned by A and B')."""
    return verb.lemma_ in ("own", "control") and verb.tag_ == "VBN" and not any(
        t.ent_type_ == "PERCENT" or t.lower_ in SHARED_OWNERSHIP for t in (*verb.subtree, verb.head))  # "is 34% owned by"


ENDING_VERBS = {"terminate", "cancel", "rescind", "scrap"}


def _contract_ended_with_the_one_named_before(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'... ordered Pacifica Kiln Engineering Ltd. to refund P1.9 billion to Luzon Apo Cement Corp. over a preheater
    tower. Luzon Apo terminated the contract in 2023.': a contract ended by the one company its sentence names was with
    the one other company the sentence before named."""
    if sentence.start == 0 or len({m.key for m in orgs_in(orgs, sentence)}) != 1:
        return None
    verb = next((t for t in sentence if t.lemma_ in ENDING_VERBS and t.pos_ == "VERB"
                 and any(c.dep_ == "dobj" and c.lemma_ in CONTRACT_NOUNS and any(d.lower_ == "the" for d in c.lefts) for c in t.children)), None)
    ender = subject_org(orgs, verb) if verb is not None else None
    previous = sentence.doc[sentence.start - 1].sent
    actor = {t.i for c in previous.root.children if c.dep_ == "nsubj" for t in c.subtree}  # "An arbitral tribunal of X has
    # ordered Y to refund ...": the tribunal's body is no party
    others = {m.key for m in orgs_in(orgs, previous) if m.kind == "company" and m.start not in actor} - {ender.key} if ender is not None else set()
    return tuple(sorted({ender.key, *others})) if len(others) == 1 and ender.kind == "company" else None


def _signed_with_no_one_named(sentence: Span, in_sentence: list[OrgMention]) -> bool:
    """'Prairie Cement Co. signed a ten-year offtake for the whole plant': the one company named signed a deal whose
    other party goes without saying, the project's owner."""
    return any((t.lemma_ == "sign" or t.lemma_ in ("agree", "ink") and any(c.dep_ == "dobj" and DEAL_NOUN.fullmatch(c.lower_) for c in t.children))
               and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and any(m.start <= c.i < m.end for m in in_sentence) for c in t.children)
               and not _to_buy(t) for t in sentence)  # also "has agreed a ten-year contract covering half of the plant's acid"


def _to_buy(signing: Token) -> bool:
    """'signed a preliminary agreement to buy it (the site)': a purchase of an asset, whose other party is its seller,
    not the project's owner (unlike 'signed an agreement to buy up to 24,000 tonnes a year', the project's output)."""
    return any(v.lemma_ in ("buy", "acquire", "purchase") and v.dep_ in ("acl", "relcl", "xcomp") and any(
        o.dep_ == "dobj" and (o.lower_ == "it" or _asset_word(o)) for o in v.children)
        for c in signing.children if c.dep_ == "dobj" for v in c.children)


def _nested_subjects(root: Token) -> list[Token]:
    """'Kalinga Forge Ltd and Czech wheelset maker Ostrava Kolejová a.s. have signed': the parser may hang the first of
    two conjoined subjects on the second as a subject of its own, with the 'and' between them."""
    return [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i
            and any(t.lower_ in ("and", "&") for t in root.doc[c.i + 1 : root.i])]


def _reports_the_deal(token: Token) -> bool:
    """'Hallberg has signed a contract to supply Vandermeer, Norrvik said': who says a deal was struck reports it,
    it is not a party to it."""
    return token.dep_ == "nsubj" and token.head.lemma_ in ("say", "tell", "add") and token.head.i > token.i and any(
        c.dep_ == "ccomp" and c.i < token.i for c in token.head.children)


VENTURE_NOUNS = {"venture", "jv", "partnership"}


def _venture_parents(prep: Token, partners: list[OrgMention], orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'Najd-Nile Cables, its joint venture with Misr Conductors Co.,': the venture's parents are the partners (the
    owner of 'its', else the story's company, and the one after 'with', or those after 'between'), not the venture
    itself, whatever it does."""
    venture = prep.head
    if prep.lower_ == "between" and venture.lemma_ in VENTURE_NOUNS:  # "Maziwa Bora Ltd, a joint venture between the Ngata
        # Dairy Farmers Co-operative Society and Friesvaart Dairy B.V.": every organisation after 'between', however parsed
        owners = {m.key for m in orgs_within(prep, orgs)}
        return tuple(sorted(owners)) if len(owners) >= 2 else None
    apposed = [m for m in partners if named_after_its_partner(prep.doc[m.start : m.end].root) is not None]
    if prep.lower_ == "with" and venture.lemma_ in VENTURE_NOUNS and apposed:  # "Our joint venture with Vardhan
        # Industries, Vardhan Shirane Specialty Chemicals, will own it": the parents, not the venture
        owner = next((m for c in venture.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None) or most_mentioned(orgs)
        parties = {m.key for m in [*partners, owner] if m is not None and m.key not in {a.key for a in apposed}}
        return tuple(sorted(parties)) if len(parties) >= 2 else None
    if prep.lower_ != "with" or venture.lemma_ not in VENTURE_NOUNS or venture.dep_ != "appos":
        return None
    named = org_at(orgs, venture.head)
    if named is None:
        return None
    owner = next((m for c in venture.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None) or most_mentioned(orgs)
    parties = {m.key for m in [*partners, owner] if m is not None and m.key != named.key}
    return tuple(sorted(parties)) if len(parties) >= 2 else None


def _org_named_after(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """'signed with network developer Nordwest CO2 Netz GmbH': the parser often takes the descriptor for the object
    and hangs the name elsewhere; the organisation named right after it is the one meant."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return None
    return next((m for m in orgs if m.start == noun.i + 1 and m.via == "ner"), None)


def _consortium_members(noun: Token, orgs: list[OrgMention]) -> list[OrgMention]:
    """'a consortium of South Korea's Haedong Engineering & Construction and Spain's Trivesa Industrial', 'a consortium
    led by A and B': its members."""
    if noun.lemma_ not in ("consortium", "group", "venture"):
        return []
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "between")] + [
        a for v in noun.children if v.dep_ == "acl" and v.lemma_ in ("lead", "form", "comprise", "include") for a in v.children
        if a.dep_ == "agent"]  # "a consortium led by Nordbus AB and Texas Coachworks LLC"
    members = [m for p in preps for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts) if (m := org_at(orgs, t))]
    if len({m.key for m in members}) <= 1:  # "of Hollinshead Civil Engineering and Marrick Process Systems", the first
        # name parsed as a modifier of the second, or both of "of Memphis Airport Services and Turkey's Anadolu Terminal
        # Yatırım A.Ş. preferred bidder" as modifiers of 'bidder': every organisation named in the phrase
        members = [m for p in preps for g in p.children if g.dep_ == "pobj" for m in orgs
                   if g.left_edge.i <= m.start and m.end <= g.right_edge.i + 1 and m.via != "pronoun"]
    if preps and len({m.key for m in members}) == 1:  # "of Konkan Shipbuilders & Engineering Ltd and Swedish
        # combat-systems maker Vattern Combat Systems AB as preferred bidder", the second name's legal form parsed into
        # the verb: every organisation named before the phrase ends
        end = next((t.i for t in noun.doc[noun.i + 2 : noun.sent.end] if t.pos_ in ("VERB", "AUX") or t.lower_ in PHRASE_ENDS), noun.sent.end)
        members = [m for m in orgs if noun.i < m.start and m.end <= end and m.via != "pronoun"]
    return members


#: Words that end a consortium's list of members: 'a consortium of A and B as preferred bidder'.
PHRASE_ENDS = {"as", "for", "to", "in", "on", "at", ";", "which", "that", "who"}


AWARDING_VERBS = {"award", "give", "hand", "assign", "allot", "allocate", "grant"}


def _leased_to(prep: Token) -> bool:
    """'has agreed to lease the site to the company', 'reserved 120 hectares of port land for Norrmalm': the tenant of a
    lease or a land reservation is a party to it."""
    return prep.lower_ == "to" and prep.head.lemma_ in ("lease", "sublease", "rent") or prep.lower_ == "for" and verb_of(prep).lower_ == "reserved"


def _awarded_to(prep: Token) -> bool:
    """'construction has been awarded to contractor Stalbud': the work (not money) given to a company makes it a
    party to the project."""
    if _a_recipient(prep):
        return _allotted_to(prep)
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj"), None)  # "The Port Authority has awarded a concession ... to X"
    return (prep.lower_ == "to" and verb.lemma_ in AWARDING_VERBS and subject is not None
            and subject.lemma_ not in FUNDING_WORDS | PERMISSIONS and subject.ent_type_ != "MONEY")


def _allotted_to(recipient: Token) -> bool:
    """'has allotted the company 28 acres': the receiving noun of an award; not 'had awarded Hagedorn a contract worth
    €310 million' (funding), nor 'the deal gave Corwell a second source' (a body gives, a deal does not)."""
    verb = recipient.head
    given = next((c for c in verb.children if c.dep_ == "dobj"), None)
    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    by_a_body = giver is not None and (giver.ent_type_ == "ORG" or giver.lemma_ in INSTITUTION_NOUNS or giver.lower_ == "it")
    return verb.lemma_ in AWARDING_VERBS and (by_a_body or verb.lemma_ not in ("give", "hand")) and given is not None \
        and given.lemma_ not in FUNDING_WORDS | PERMISSIONS and not any(t.ent_type_ == "MONEY" for t in given.subtree)


def _a_recipient(token: Token) -> bool:
    """The receiving noun of a double-object verb ('allotted the company 28 acres'), not a dative 'to' or 'for'."""
    return token.dep_ == "dative" and token.pos_ in ("NOUN", "PROPN", "PRON")  # 'gave us the land': a speaker's company


def _deal_besides_relationship(text: str) -> bool:
    """'Daehan, Seongjin's largest customer, has agreed to buy a stake': a deal struck besides the relationship."""
    return PARTNERSHIP_TRIGGERS.search(RELATIONSHIP_PHRASE.sub("", text)) is not None or re.search(r"\bstake\b", text) is not None


CONTRACTOR_NOUNS = {"contractor", "supplier", "builder", "operator", "adviser", "advisor", "consultant", "developer",
                    "engineer", "partner", "arranger", "integrator", "subcontractor"}


#: Work a contractor is appointed to do ('has been appointed to design the plant').
CONTRACTED_WORK = {"design", "build", "construct", "engineer", "equip", "install", "supply"}
#: Verbs of a contractor getting work, and of an owner choosing its contractor.
WINNING_VERBS = {"win", "secure", "land", "clinch", "bag", "hold"}  # "Sinolight Engineering Co. holds the EPC contract"
PICKING_VERBS = APPOINTING_VERBS | {"select", "pick", "choose", "hire"}


def _contracts_won(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                   project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'Fremantle-based Mondria Engineering won the engineering, procurement and construction management contract',
    'The EPC contract went to Acuatec Infraestructuras SA', 'has picked Tsubaki Construction Co as main contractor': the
    contractor and the owner of the plant the sentence names (else the story's project's, else the one that picked it)."""
    client = _last_named_plant_s_owner(sentence, owners) or project_owner
    found = []
    for verb in tokens_with(sentence, LEMMA, (*WINNING_VERBS, "go", "award", *PICKING_VERBS)):
        contractor, chooser = None, None
        if verb.lemma_ in WINNING_VERBS and any(c.dep_ == "dobj" and c.lemma_ in ("contract", "order") for c in verb.children):
            contractor = subject_org(orgs, verb)
            chooser = next((m for c in verb.children if c.dep_ == "dobj" for p in (*verb.children, *c.children)
                            if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if (m := org_at(orgs, g))), None)  # "has
            # won an EGP 160 million order from Sohag Water and Wastewater Company"
        elif verb.lemma_ == "award" and any(t.lemma_ == "contract" and t.dep_ == "dobj" for t in verb.subtree):  # "NUCA has
            # awarded Delta Hydro Works an EGP 2.1 billion contract": the one given the contract, by the one giving it
            contractor = next((m for c in verb.children if c.dep_ in ("dative", "dobj") and (m := org_at(orgs, c))), None)
            chooser = subject_org(orgs, verb)
        elif verb.lemma_ == "go" and any(c.dep_ == "nsubj" and c.lemma_ == "contract" for c in verb.children):
            contractor = next((m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                               if g.dep_ == "pobj" and (m := org_at(orgs, g))), None)
        elif verb.lemma_ in PICKING_VERBS and any(p.dep_ == "prep" and p.lower_ == "as" and any(g.lemma_ == "contractor" for g in p.children)
                                                  for c in (verb, *verb.children) for p in c.children):
            contractor = next((m for c in verb.children if c.dep_ == "dobj" and (m := org_at(orgs, c))), None)
            chooser = subject_org(orgs, verb)
        owner = chooser or client
        if contractor is not None and owner is not None and contractor.key != owner.key:
            found.append(tuple(sorted({contractor.key, owner.key})))
        members = [m for p in verb.children if verb.lemma_ == "go" and p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children if g.dep_ == "pobj" for m in _consortium_members(g, orgs)]
        if len({m.key for m in members}) >= 2 and owner is not None and owner.key not in {m.key for m in members}:
            found.append(tuple(sorted({owner.key, *(m.key for m in members)})))  # "The main construction contract has gone
            # to a joint venture of Hollinshead Civil Engineering and Marrick Process Systems": its members and the owner
    return found


#: What a union's members do to a contract that ends a dispute.
RATIFYING_VERBS = {"ratify", "vote", "approve", "accept", "endorse", "back"}
LABOUR_DEALS = {"contract", "agreement", "deal", "offer", "settlement", "accord"}
#: What a public landlord grants a company: 'a 50-year lease on 62 hectares', 'a surface right over the plot', 'the land'.
LAND_GRANTS = {"lease", "land", "plot", "site", "hectare", "acre", "right", "usufruct", "parcel"}
#: What a public body grants that is an approval or money, not land ('granted X its environmental permit for the site').
PERMITS = {"permit", "licence", "license", "approval", "consent", "certificate", "authorisation", "authorization", "incentive",
           "grant", "subsidy", "exemption", "status", "mining", "exploration", "prospecting"}  # a mining lease is a licence to mine


def _land_granted(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'Puertollano City Council has granted Meseta Hidrógeno a 50-year surface right over the plot', 'the Celaya municipal
    government has agreed to transfer the land to the company': a public body that gives a company its land is its
    partner (the land's lessor), unlike one that grants a permit."""
    def company_at(token: Token) -> OrgMention | None:
        return found if (found := org_at(orgs, token)) is not None and found.kind == "company" else None

    for verb in tokens_with(sentence, LEMMA, (*ALLOTTING_VERBS, "transfer")):
        body = subject_org(orgs, verb)
        if body is None or body.kind != "government" or not LAND_GRANTS.intersection(_granted(verb)) or _grants_a_permit(verb):
            continue  # not "granted X its environmental permit for the site": a regulator's approval
        taker = next((m for c in verb.children if c.dep_ in ("dative", "iobj") and (m := company_at(c)) is not None), None) \
            or allottee(verb, company_at)  # "granted Meseta Hidrógeno a surface right", "transfer the land to the company"
        if taker is not None:
            return tuple(sorted((body.key, taker.key)))
    return None


def _granted(verb: Token) -> set[str]:
    """The lemmas of what a grant or allotment gives: the words after its verb."""
    return {t.lemma_ for t in verb.subtree if t.i > verb.i}


def _grants_a_permit(verb: Token) -> bool:
    """'granted X its environmental permit for the site', 'granted the project's mining lease': a regulator's
    approval or a title to minerals, not land."""
    return bool(PERMITS & _granted(verb))


def _labour_agreement(sentence: Span, orgs: list[OrgMention], project_owner: OrgMention | None) -> tuple[str, ...] | None:
    """'Members of Local 212 voted in favour of a new four-year contract': a union that accepts a contract whose other
    party goes unnamed has it with the story's company, its members' employer. A union the employer recognises has a
    standing agreement with it ('The GMB, which Hafren recognised at the Newtown factory in 2023', 'Unite, which has a
    recognition agreement covering workers at the existing plant'), whatever else the sentence says they do."""
    present = orgs_in(orgs, sentence)
    for union in (m for m in present if UNION_NAME.search(m.name) or m.key in KNOWN_UNIONS):
        root = sentence.doc[union.start : union.end].root
        recognition = next((c for c in root.children if c.dep_ == "relcl" and _recognises(c)), None)
        if recognition is not None:
            employer = subject_org(orgs, recognition)  # "which Hafren recognised"; else the story's company
            employer = employer if employer is not None and employer.key != union.key else project_owner
            if employer is not None and employer.key != union.key:
                return tuple(sorted((union.key, employer.key)))
        if project_owner is None or union.key == project_owner.key or not UNION_NAME.search(union.name):
            continue
        verb = verb_of(root)
        if verb.lemma_ in RATIFYING_VERBS and any(t.lemma_ in LABOUR_DEALS for t in verb.subtree) \
                and not any(m.key not in (union.key, project_owner.key) and m.kind == "company" for m in present):
            return tuple(sorted((union.key, project_owner.key)))
    return None


def _recognises(verb: Token) -> bool:
    """'which Hafren recognised', 'which has a recognition agreement': a union's standing with the employer."""
    return verb.lemma_ in ("recognise", "recognize") or any((c.dep_ == "dobj" and c.lemma_ == "recognition") or (
        c.lemma_ == "agreement" and any(g.lemma_ == "recognition" for g in c.children)) for c in verb.children)


def _appointed_as_contractor(sentence: Span, orgs: list[OrgMention], project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'Vidarbha Infraprojects has been named as the EPC contractor for NHLML's share of the works', 'X was chosen as
    technology partner': the one appointed and the one it works for (named after 'for' or 'by', else the story's
    company) are partners."""
    found = []
    for verb in tokens_with(sentence, LEMMA, APPOINTING_VERBS | {"select", "pick", "award"}):
        if verb.pos_ != "VERB":
            continue
        appointed = next((m for c in verb.children if c.dep_ == "nsubjpass" and (m := org_at(orgs, c))), None)
        role = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                     if g.dep_ == "pobj" and g.lemma_ in CONTRACTOR_NOUNS), None) or next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in CONTRACTED_WORK), None) or next(  # "has been
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "contract" and verb.lemma_ == "award"), None)  # appointed to
        # design the plant", "Tolland Construction has been awarded the main building contract"
        if appointed is None or role is None:
            continue
        client = next((m for t in role.subtree if t.dep_ in ("poss", "pobj") and (m := org_at(orgs, t)) and m.key != appointed.key), None)
        client = client or next((m for p in verb.children if p.dep_ == "agent" for g in p.children if (m := org_at(orgs, g))), None)
        client = client or project_owner
        if client is not None and client.key != appointed.key:
            found.append(tuple(sorted({appointed.key, client.key})))
    for prep in tokens_with(sentence, LOWER, ("as",)):  # "Kordex Inżynieria is managing construction as EPCM contractor"
        role = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_ == "contractor"), None)
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # 'as' on the work done ("managing construction")
        acting = subject_org(orgs, verb) if role is not None and prep.dep_ == "prep" and verb.pos_ == "VERB" \
            and verb.lemma_ not in APPOINTING_VERBS | {"select", "pick", "award"} else None
        if acting is not None and project_owner is not None and acting.key != project_owner.key:
            found.append(tuple(sorted({acting.key, project_owner.key})))
    return found


def _contractors_alongside(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                           project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'..., with Osaka's Nakahara Membrane Co. supplying the membranes and Santiago-based Ductos del Norte Ltda. the
    pipeline': companies doing part of the work work for the project's owner (the operator of the plant the sentence
    names last, else the sentence's subject, else the story's company)."""
    doc = sentence.doc
    named = [m for m in orgs_in(orgs, sentence) if m.via != "pronoun"]
    for word in tokens_with(sentence, LOWER, ("with",)):
        first = next((m for m in named if word.i < m.start <= word.i + 4), None)
        if first is None or first.end >= sentence.end or not _doing(doc[first.end]) or doc[first.end].lemma_ in SHARE_VERBS:
            continue  # "with the Japanese company holding the rest" owns, it does no work
        working = [first] + [m for m in named if m.start > first.end and _gapped_conjunct(doc, first.end + 1, m.start)]
        client = _last_named_plant_s_owner(sentence, owners) or subject_org(orgs, sentence.root) or project_owner  # the
        # project the sentence is about
        return [tuple(sorted({m.key, client.key})) for m in working if client is not None and m.key != client.key]
    return []


#: Words before a contractor's name that say it no longer, or never, works on the project.
NOT_WORKING = {"former", "previous", "rival", "losing", "ousted", "sacked", "dismissed", "replaced", "unsuccessful"}


def _introduced_as_contractors(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                               project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'General contractor Cordero Hale Construction topped out the main fab building': a company the sentence introduces
    as the project's contractor works for the owner of the plant it names, else for the story's project's."""
    doc = sentence.doc
    client = _last_named_plant_s_owner(sentence, owners) or project_owner
    found = []
    for mention in (m for m in orgs_in(orgs, sentence) if m.via not in ("pronoun", "description")):
        before = doc[max(sentence.start, mention.start - 3) : mention.start]
        root = doc[mention.start : mention.end].root
        doing = root.dep_ in ("nsubj", "nsubjpass")  # not "built by", "awarded to" or
        # "owned 40% by contractor X", which other rules read
        titled = bool(before) and before[-1].lemma_ == "contractor" and not any(t.lower_ in NOT_WORKING for t in before)
        apposed = any(c.dep_ == "appos" and c.lemma_ == "contractor" and not any(t.lower_ in NOT_WORKING for t in c.subtree)
                      and any(d.dep_ == "poss" or d.lower_ == "the" for d in c.lefts) for c in root.children)
        # "Quebrada, the project's EPC contractor since 2022, demobilised its crews" (not "X, a Nagpur contractor,")
        if doing and (titled or apposed) and client is not None and client.key != mention.key:
            found.append(tuple(sorted({mention.key, client.key})))
    return found


def _last_named_plant_s_owner(sentence: Span, owners: dict[int, OrgMention]) -> OrgMention | None:
    """The operator of the plant the sentence names last: whom work in the sentence is done for."""
    named_plants = [i for i in owners if sentence.start <= i < sentence.end]
    return owners[max(named_plants)] if named_plants else None


def _gapped_conjunct(doc: Doc, start: int, name_start: int) -> bool:
    """'... supplying the modules and Zaragoza-based Tracktec the trackers': a name after 'and' (and its descriptors),
    with no verb of its own between the first worker's verb and it."""
    k = name_start - 1
    while k > start and (doc[k].pos_ in ("ADJ", "PROPN", "NOUN", "PART") or doc[k].text in ("-", "'s", "’s") or doc[k].lower_ == "based"):
        k -= 1
    return doc[k].lower_ == "and" and not any(t.pos_ in ("VERB", "AUX") and t.lower_ != "based" for t in doc[start:k])


def _absolute_with(prep: Token) -> bool:
    """'with Lumisol Energy supplying the modules': the company does part of the work, handled by
    :func:`_contractors_alongside`; it is no party to the clause's deal."""
    return prep.lower_ == "with" and any(c.dep_ == "pcomp" and _doing(c) or c.dep_ == "pobj" and any(
        _doing(t) and t.dep_ == "acl" for t in c.children) for c in prep.children)


def _doing(token: Token) -> bool:
    """A verb in -ing that says what a company does ('supplying'), not one used as a preposition ('following')."""
    return token.tag_ == "VBG" and token.dep_ != "prep" and token.lower_ not in PREPOSITION_LIKE


PREPOSITION_LIKE = {"following", "including", "according", "regarding", "concerning", "excluding", "pending", "during", "considering"}


def _named_as_customer(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                       project_owner: OrgMention | None) -> list[tuple[str, ...]]:
    """'Daehan Memory Co., Seongjin's largest customer,', 'Kimberley is Qamar's main supplier', "the plant's largest
    customer, the detergent maker X,": an organisation described as another's (or its plant's) customer, supplier or
    shareholder is in an ongoing relationship with it; "The technical line's first customer is X": the line is the
    story's company's."""
    found = []
    for token in tokens_with(sentence, LEMMA, RELATIONSHIP_NOUNS):
        plant = next((c for c in token.children if c.dep_ == "poss" and c.i in owners), None)
        other = next((m for c in token.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None) or (owners[plant.i] if plant else None)
        of_its_line = other is None and any(c.dep_ == "poss" and c.lemma_ in OWNED_THINGS and any(d.lower_ == "the" for d in c.children)
                                            for c in token.children)
        other = project_owner if of_its_line else other
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None) if token.dep_ == "attr" else next(
            (c for c in token.head.children if c.dep_ == "attr"), None) if token.dep_ == "nsubj" and token.head.lemma_ == "be" and of_its_line else None
        # "Kimberley is Qamar's main supplier"; "The technical line's first customer is X" (not "Its first customer is X,
        # which signed a supply contract", a deal told besides)
        named = org_at(orgs, token.head) if token.dep_ == "appos" else org_at(orgs, subject) if subject is not None else next(
            (m for c in token.children if c.dep_ == "appos" for t in c.subtree if (m := org_at(orgs, t))), None) if plant else None
        if other is not None and named is not None and other.key != named.key:
            found.append(tuple(sorted({other.key, named.key})))
    return found


def _round_leads(sentence: Span, orgs: list[OrgMention]) -> list[tuple[str, ...]]:
    """'raised £14m in a round led by Calder Ventures', 'Fjordlight Capital led the round with 90 million kronor': the
    lead investor of a company's funding round holds a part of the company that raised it."""
    found = []
    for lead in tokens_with(sentence, LEMMA, ("lead",)):
        if lead.dep_ == "acl" and lead.head.lemma_ == "round" or lead.dep_ == "advcl" and any(
                c.dep_ == "dobj" and c.lemma_ == "round" for c in lead.head.children):  # "a round led by X and Y", "closed
            # a seed round in March, led by X"
            leaders = [m for p in lead.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"
                       for t in (g, *g.conjuncts) if (m := org_at(orgs, t))]
            raiser = subject_org(orgs, verb_of(lead.head) if lead.dep_ == "acl" else lead.head)
        elif any(c.dep_ == "dobj" and c.lemma_ == "round" for c in lead.children):  # "X led the round"
            leaders = [m for c in lead.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts) if (m := org_at(orgs, t))]
            raiser = _round_raiser(sentence, orgs)
        else:
            continue
        found += [tuple(sorted({leader.key, raiser.key})) for leader in leaders if raiser is not None and leader.key != raiser.key]
    return found


def _round_raiser(sentence: Span, orgs: list[OrgMention]) -> OrgMention | None:
    """The company that raised or closed the round a sentence goes back to ('Natrivolt AB said it had closed a Series A
    round. Fjordlight Capital led the round'), in that sentence or the two before it."""
    doc = sentence.doc
    start = sentence.start
    for _ in range(3):
        for verb in tokens_with(doc[start : sentence.end], LEMMA, ("raise", "close", "complete", "secure")):
            if any(t.lemma_ == "round" for t in doc[verb.i : verb.i + 16]) and (raiser := subject_org(orgs, verb)) is not None:
                # the object's words, which brackets may have cut from the parse ('a 210 million kronor ($22 million) Series A round')
                return raiser
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return None


def _orgs_sold_to(orgs: list[OrgMention], verb: Token) -> list[OrgMention]:
    """The organisations after the verb's 'to', a preposition or (as the parser often has it) a dative, also where
    the parser hung the 'to' on the object ('sell a 30% stake in its project in Central Sulawesi to Hanseong')."""
    clause = verb.head if verb.pos_ == "NOUN" else verb  # "completed the sale of a stake to X"
    return [m for p in verb.subtree if p.dep_ in ("prep", "dative") and p.lower_ == "to" and verb_of(p.head).i == clause.i
            for g in p.children if (m := org_at(orgs, g) or _apposed_org(orgs, g))]  # "to the Danish investor Skagerrak Capital"


def _stake_in(prep: Token) -> bool:
    """'buy a 5% stake in the equipment maker', 'buy 49% of Song Lam', 'subscribe to 26% of the equity of Suryakiran Green
    Energy Pvt Ltd': the holder and the company it holds a part of are partners."""
    if prep.dep_ != "prep":
        return False
    return prep.lower_ == "in" and prep.head.lemma_ in ("stake", "interest", "shareholding", "share") or (
        prep.lower_ == "of" and prep.head.ent_type_ == "PERCENT" and prep.head.head.lemma_ in ("buy", "acquire", "take", "hold", "own")) or (
        prep.lower_ == "of" and prep.head.lemma_ in ("equity", "capital") and (prep.head.head.ent_type_ == "PERCENT" or prep.head.head.lower_ == "of"
                                                                                and prep.head.head.head.ent_type_ == "PERCENT"))


def _equity_put_into(prep: Token) -> bool:
    """'will put 300 million euros into Perämeri Steel Oy, taking a 15% stake': money put into a company for a stake
    makes the investor and the company partners."""
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "to invest US$15 million in Proteva's Series B round"
    return prep.dep_ == "prep" and prep.lower_ in ("into", "in") and verb.lemma_ in ("put", "invest", "inject", "pour") \
        and (any(t.lemma_ in ("stake", "shareholding") for t in prep.sent) or FUNDING_ROUND.search(prep.sent.text) is not None)


#: A company's funding round: money put into it buys a share of it.
FUNDING_ROUND = re.compile(r"\b(?:Series [A-F]\b|(?:funding|financing|equity|seed|growth) round|round of funding)")


def _owners_of_a_dissolved_venture(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'The partners completed the dissolution of Körfez Kord Sanayi': the two companies the story named before, once
    the venture they own is dissolved (their own names in the subject, when the sentence has them)."""
    doc = sentence.doc
    dissolved = {m.key for m in orgs_in(orgs, sentence) if dissolved_company(doc[m.start : m.end].root)}
    if not dissolved or _future(sentence):
        return None  # "WTD is to be liquidated next year": the venture still runs
    owners = _joint_subjects(sentence, orgs)
    if owners is not None:
        return tuple(key for key in owners if key not in dissolved) or None
    earlier = {m.key for m in orgs if m.end <= sentence.start and m.kind == "company"} - dissolved
    return tuple(sorted(earlier)) if len(earlier) == 2 else None


def _land_allotted_to(head: Token, verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'EPZA has allotted 16 hectares at its Athi River zone to Savanna Knits EPZ Ltd for a KSh 3.1 billion garment plant':
    the plant the land is for, and its cost, are the allottee's."""
    if verb.lemma_ not in ALLOTTING_VERBS or not any(a.dep_ == "prep" and a.lower_ == "for" for a in head.ancestors if a.i > verb.i):
        return None
    return allottee(verb, lambda token: org_at(orgs, token))


def _body_allotting_land(sentence: Span, in_sentence: list[OrgMention]) -> OrgMention | None:
    """'The State Industries Promotion Corporation of Tamil Nadu (SIPCOT) has allotted 62 acres for the project on a
    99-year lease': the public body that gives the story's project its land, naming no company."""
    if any(m.kind == "company" for m in in_sentence):
        return None
    doc = sentence.doc
    return next((m for m in in_sentence if m.kind == "government" and (root := doc[m.start : m.end].root).dep_ == "nsubj"
                 and root.head.lemma_ in ALLOTTING_VERBS and not _grants_a_permit(root.head)), None)


def _the_two_named_before(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'Last week the two signed a five-year supply agreement', 'Both companies signed ...': the two companies the
    sentence before names."""
    pair_subject = any(t.dep_ == "nsubj" and (t.lower_ in ("two", "both") and (t.lower_ == "both" or any(c.lower_ == "the" for c in t.children))
                                               or t.lemma_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in t.children))
                       for t in sentence)
    if not pair_subject or sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    named = {m.key for m in orgs_in(orgs, before) if m.kind == "company"}
    return tuple(sorted(named)) if len(named) == 2 else None


def _joint_subjects(sentence: Span, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'Rakaia Valley, Kitajima and the Canterbury Dairy Research Trust signed a memorandum': every organisation in
    the conjoined subject is a party, whatever its kind (a research trust or a ministry signs too)."""
    for token in tokens_with(sentence, DEP, ("nsubj",)):
        if not token.conjuncts or org_at(orgs, token) is None:
            continue
        split_off = [c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i]  # "A Inc, B Co., Ltd. and C
        # have formed", parsed with A a subject of its own
        parties = {m.key for t in (*split_off, token, *token.conjuncts) if (m := org_at(orgs, t) or _named_in_compound(orgs, t))}
        if len(parties) >= 2:
            return tuple(sorted(parties))
    return None


def _union_named_before(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """'The CCOO union opened talks with the company': the union named before the word (not 'the CCOO and UGT unions',
    two unions, each in talks of its own)."""
    if noun.lower_ != "union":
        return None
    return next((m for c in noun.children if c.dep_ in ("compound", "nmod") and (m := org_at(orgs, c)) is not None), None)


def _unions_acting_together(orgs: list[OrgMention], verb: Token) -> list[OrgMention]:
    """'The CCOO and UGT unions opened talks with the company': the unions named before the plural subject, each a
    party to the talks with the company (gold and readers count one deal per union, not one among the three)."""
    return [m for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "unions" for n in c.children
            if n.dep_ in ("compound", "nmod") for t in (n, *n.conjuncts) if (m := org_at(orgs, t)) is not None]


def _named_in_compound(orgs: list[OrgMention], noun: Token) -> OrgMention | None:
    """'the IG Metall union': the organisation the noun's compound names."""
    return next((m for c in noun.children if c.dep_ == "compound" and (m := org_at(orgs, c))), None)


def _order_placed(sentence: Span, orgs: list[OrgMention]) -> tuple[tuple[str, ...], Token] | None:
    """"The Ministry of Defence has cancelled a $210 million order for three radars from Vostra Electronics", 'placed an
    order with X', 'won an order from the navy': the one who places an order and the one it goes to are partners, which
    way round the sentence tells it (the noun; the verb 'order' is a supply relation)."""
    for order in tokens_with(sentence, LEMMA, ("order",)):
        if order.pos_ != "NOUN" or order.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = order.head
        holder = subject_org(orgs, verb) or next((m for c in order.children if c.dep_ == "poss" and (m := org_at(orgs, c))), None)
        goods = [g for p in order.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
        other = next((m for p in (*order.children, *verb.children, *(c for g in goods for c in g.children)) if p.dep_ == "prep"
                      and p.lower_ in ("from", "with") for g in p.children if g.dep_ == "pobj" and (m := org_at(orgs, g)) is not None), None)
        # "an order for three ovens from X", the supplier hung on the goods
        if holder is not None and other is not None and holder.key != other.key:
            return tuple(sorted({holder.key, other.key})), order
    return None


def _first_verb_of_each(pairs: Iterable[tuple[tuple[str, ...], Token]]) -> dict[tuple[str, ...], Token]:
    """One relation per pair of partners, stated by the first verb that states it (its tense gives the status)."""
    first: dict[tuple[str, ...], Token] = {}
    for keys, verb in pairs:
        first.setdefault(keys, verb)
    return first


def _supply_relations(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                      project_owner: OrgMention | None) -> Iterator[tuple[tuple[str, ...], Token]]:
    """Each supplier relationship a sentence states, with the verb that states it ("X will supply cement to the JV,
    and Y will license its technology to the JV": two). 'AESC ... has been making batteries for the company since
    2013', 'Hanbit On would supply Kestrel with cells', 'Mizusawa would keep buying cells from Ganjiang', 'X supplies
    flour to the Doncaster plant': a supplier relationship;
    'X will supply power from a solar plant it is building', naming no client, supplies the story's project."""
    for token in tokens_with(sentence, LEMMA, (*TRADE_VERBS, *MOVING_VERBS, "order", "take")):  # only they can start a relation below
        if token.lemma_ in MOVING_VERBS:
            if (moved := _customer_and_new_supplier(token, orgs)) is not None:
                yield moved, token
            continue
        if token.lemma_ == "take" and not _takes_goods(token) or token.lemma_ == "order" and _orders_an_action(token):
            continue  # "take a stake", "take the decision", "take over the plant", "ordered the closure of the plant"
        a_sale = any(c.dep_ == "dobj" and _asset_word(c) for c in token.children)  # a plant or shares, not supplies (see _sales)
        if token.lemma_ in SUPPLY_VERBS and token.pos_ == "VERB" and not _provides_money(token) and not (token.lemma_ == "sell" and a_sale):
            supplier = _supplier_named_as_subject(token, orgs)
            if supplier is None and (clause := token.head if token.dep_ == "conj" else token).dep_ == "relcl":
                supplier = org_at(orgs, clause.head) or _asset_owner(_plant_told_of(clause.head), orgs, owners)
            if supplier is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                supplier = next((m for m in orgs_in(orgs, sentence) if m.start == sentence.start), None)  # a parse that lost the subject
            if supplier is None and (plant := next((c for c in token.children if c.dep_ == "nsubj" and c.lemma_ in FACILITY_NOUNS), None)):
                supplier = _asset_owner(plant, orgs, owners) or project_owner  # "The plant will supply LFP cells to Valtor Trucks"
            if supplier is None and token.lemma_ == "sell" and any(c.dep_ == "nsubjpass" for c in token.children) \
                    and not any(c.dep_ == "agent" for c in token.children):
                supplier = most_mentioned(orgs)  # "Copper anode from the smelter will be sold to Heliastra": the story's company sells
            attached = [*token.children, *(p for c in token.children if c.dep_ == "dobj" for p in c.children)]  # "supplies cement to X"
            clients = [org_at(orgs, g) or _asset_owner(g, orgs, owners) for p in attached
                       if p.dep_ in ("prep", "dative") and (p.lower_ == "for" or p.lower_ == "to" and token.lemma_ not in MAKING_VERBS)
                       for g in p.children if g.dep_ == "pobj"]  # not "will build a feeder to the site": where it runs
            # "supplies flour to the Doncaster plant": to its owner; "supplies cells for Kestrel's Osprey pickup": to Kestrel
            if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):  # "supply Kestrel with cells"
                clients += [org_at(orgs, c) for c in token.children if c.dep_ == "dobj"]
            if token.lemma_ in MAKING_VERBS:  # "Lianyi has assembled Quorra's devices since 2017": made for their brand
                clients += [m for c in token.children if c.dep_ == "dobj" and c.lemma_ in GOODS_MADE_FOR_A_BRAND
                            for p in c.children if p.dep_ == "poss" and (m := org_at(orgs, p)) is not None and (m.via == "ner" or p.lower_ == "our")]
                # (not "will make the company's thinnest product": its own; but the speaker's in "will keep making our frames")
            client = next((c for c in clients if c is not None), None)
            if client is None and not clients and token.lemma_ == "supply" and token.dep_ in ("ROOT", "conj"):
                client = project_owner
            if supplier and client and supplier.key != client.key:
                yield tuple(sorted({supplier.key, client.key})), token
                continue
        if token.lemma_ in (*BUY_VERBS, "order", "take") and token.pos_ == "VERB" and not a_sale and (buyer := subject_org(orgs, token)):
            terms = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "over") for g in p.children
                     if g.dep_ == "pobj" and g.lemma_ in ("year", "month", "decade")]  # "for 15 years from X", however parsed
            seller = _seller_after_from(orgs, [token, *(c for c in token.children if c.dep_ == "dobj"), *terms], owners)
            # "ordered two vessels from the yard": from its owner
            if seller is None:  # "X has agreed to buy at least 70% of the plant's blades": from the plant's owner; "160
                # megawatts of its panels": from the maker
                taken = [t for c in _objects_taken(token) for t in c.subtree]
                seller = next((owners[t.i] for t in taken if t.i in owners), None)
                if seller is None or seller.key == buyer.key:  # (not the buyer's own plant the goods are for)
                    seller = next((m for t in taken if t.dep_ == "poss" and (m := org_at(orgs, t)) and m.key != buyer.key), seller)
            if seller is None and (_unowned_output(token) or buyer.kind == "government" and _counted_goods(token)):
                seller = project_owner  # "will take most of the output": the story's plant's; "The Ministry of Health has
                # committed to buying 12 million doses a year": from the story's maker
            if seller is not None and seller.key != buyer.key:  # "Mizusawa would keep buying cells from Ganjiang's factory"
                yield tuple(sorted({buyer.key, seller.key})), token


def _supplier_named_as_subject(verb: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """The subject of a supply verb, or the agent of a passive one whose subject the model took for a company: in
    "where iPhones are assembled for Apple" the goods supply nothing."""
    if not any(c.dep_ == "nsubjpass" and org_at(orgs, c) for c in verb.children):
        return subject_org(orgs, verb)
    return next((m for a in verb.children if a.dep_ == "agent" for g in a.children if (m := org_at(orgs, g))), None)


#: Verbs of a customer taking its business to another supplier, and the business it takes.
MOVING_VERBS = ("move", "switch", "shift", "transfer")
MOVED_BUSINESS = {"distribution", "logistics", "business", "order", "account", "volume", "work", "warehousing", "shipment",
                  "production", "purchase", "supply", "sourcing"}


def business_moved_to(verb: Token) -> bool:
    """'moved its Iberian distribution to X': a customer taking its business to another supplier."""
    return verb.lemma_ in MOVING_VERBS and any(c.dep_ == "dobj" and c.lemma_ in MOVED_BUSINESS for c in verb.children)


def _customer_and_new_supplier(verb: Token, orgs: list[OrgMention]) -> tuple[str, ...] | None:
    """'Textiles Albarracín ended its contract with us and moved its Iberian distribution to Transportes Moncayo': the
    customer and the supplier that now serves it."""
    customer = subject_org(orgs, verb)
    if customer is None or not business_moved_to(verb):
        return None
    supplier = next(iter(_orgs_sold_to(orgs, verb)), None)
    return tuple(sorted({customer.key, supplier.key})) if supplier is not None and supplier.key != customer.key else None


#: What a buyer "takes" when it takes goods: 'to take 70,000 tonnes a year of liner', 'to take half the plant's output'.
TAKEN_GOODS = {"output", "production", "tonne", "ton", "barrel", "megawatt", "gigawatt", "volume", "export", "cargo", "shipment",
               "heat", "steam", "electricity", "hydrogen", "biomethane", "oxygen", "nitrogen"}


def _takes_goods(verb: Token) -> bool:
    """'take' is buying only when what is taken is output or a quantity of goods."""
    return any(t.lemma_ in TAKEN_GOODS for c in _objects_taken(verb) for t in c.subtree)


def _objects_taken(verb: Token) -> list[Token]:
    """What a verb takes: its object, or what 'up to' introduces ('would take up to a third of the plant's output',
    'up' parsed as a particle and 'to a third' as a phrase of its own)."""
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return [c for c in verb.children if c.dep_ == "dobj" or up and c.dep_ == "prep" and c.lower_ == "to"]


#: What a regulator, a court or a board orders when it gives an order rather than places one.
ORDERED_ACTIONS = {"closure", "shutdown", "halt", "suspension", "stop", "stoppage", "evacuation", "investigation", "inquiry",
                   "probe", "review", "audit", "recall", "demolition", "removal", "inspection", "repair", "cleanup", "clean-up"}


def _orders_an_action(verb: Token) -> bool:
    """'The board has ordered the closure of X's plant', 'ordered X to stop production': a command, not an order for
    goods."""
    return any(c.dep_ == "xcomp" or c.dep_ == "dobj" and c.lemma_ in ORDERED_ACTIONS for c in verb.children)


def _unowned_output(verb: Token) -> bool:
    """'most of the output', 'all the output': the output of no plant or company the sentence names."""
    return any(t.lemma_ == "output" and not any(c.dep_ == "poss" for c in t.children)
               for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _counted_goods(verb: Token) -> bool:
    """'12 million doses a year', '400 buses': goods bought by the number, not a business or an asset."""
    return any(n.dep_ == "nummod" or n.ent_type_ in ("CARDINAL", "QUANTITY") for c in verb.children if c.dep_ == "dobj"
               and not _asset_word(c) for n in c.children)


#: What may "go to" someone without being goods sold to them.
NOT_TRADED = {"job", "money", "fund", "funding", "proceeds", "cash", "grant", "subsidy", "investment", "work", "engineering",
              "construction", "contract", "order", "vote", "stake", "share", "profit", "dividend", "saving"}


def _output_going_to(sentence: Span, orgs: list[OrgMention], owners: dict[int, OrgMention],
                     project_owner: OrgMention | None) -> tuple[tuple[str, ...], Token] | None:
    """'Most of the output will go to Vireon Cell Hungary under a supply contract', 'About 40% of the board will go to
    Kaarna Pack AB': the maker of what goes (the owner named with it, else the story's project's) sells to the company."""
    for verb in tokens_with(sentence, LEMMA, ("go",)):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        buyer = next((m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
                      for t in (g, *(c for c in g.children if c.dep_ == "poss")) if (m := org_at(orgs, t) or owners.get(t.i))), None)
        if subject is None or buyer is None:
            continue
        goods = next((g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), subject)
        if goods.pos_ not in ("NOUN", "PROPN") or goods.ent_type_ in ("MONEY", "PERSON", "ORG") or goods.lemma_ in NOT_TRADED:
            continue  # "the jobs go to local workers", "the money would go to other parks", "construction will go to a consortium"
        named_with = [c for c in goods.children if c.dep_ == "poss"]  # "its initial output", "the new plant's output"
        maker = next((m for t in named_with if (m := org_at(orgs, t) or owners.get(t.i))), None) or project_owner
        if maker is not None and maker.key != buyer.key:
            return tuple(sorted({maker.key, buyer.key})), verb
    return None


def about_lending(sentence: Span) -> bool:
    """Whether a sentence speaks of lending ('facility' is as often a plant as a loan)."""
    return any(t.lemma_ == "lend" or t.lemma_ in LOAN_WORDS - {"facility"} and t.pos_ == "NOUN" for t in sentence)


def _provides_money(verb: Token) -> bool:
    """'METI will provide up to ¥476 billion in subsidies': money given is an investment, not goods supplied."""
    return any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_ in FUNDING_WORDS) for c in verb.children)


def _partnership_fact(group: dict, prospective: bool) -> dict:
    statuses = [s for s, _ in group["statuses"]]
    order = ["cancelled", "in talks", "proposed"] if prospective else ["active", "agreed", "completed", "announced", "planned"]
    status = next(s for s in order if s in statuses)
    confidence = max(c for s, c in group["statuses"] if s == status)
    return {"partners": group["partners"], "status": status, "confidence": confidence, "spans": group["spans"],
            "about": group["about"], "since": group["since"]}


# -- products ---------------------------------------------------------------------------------
def find_products(doc: Doc, orgs: list[OrgMention]) -> list[dict]:
    found: dict[str, dict] = {}
    companies = {m.key for m in orgs if has_legal_form(m.name)}
    bodies = {m.key for m in orgs if m.kind == "government"}
    for mention in doc._.get(PRODUCTS) or []:
        token = doc[mention.start]
        if token.ent_type_ == "PERSON":
            continue  # "chief executive Pieter van der Walt": the entity fixer found a person where the model saw a "van"
        key = entity_key(mention.name)
        if key in companies or any(c.startswith(key + " ") for c in companies | bodies) \
                or any(m.start <= mention.start and mention.end <= m.end and (m.via == "alias" or m.end - m.start > mention.end - mention.start)
                       for m in orgs):  # (nor a product the model saw in a longer company name: "Linwood & Shaw")
            continue  # "transition checks on Orbis aircraft": the aircraft of Orbis Aircraft Leasing, no make; nor is
            # the place a body is named after ('"Occitanie builds aircraft"' beside the Occitanie Regional Council)
        maker = _maker(doc, token, doc[mention.head], orgs)
        key = entity_key(mention.name)
        if key not in found or (found[key]["maker"] is None and maker is not None):
            found[key] = {"name": mention.name, "maker": maker.key if maker else None, "span": (mention.start, mention.end)}
    for key, product in found.items():  # "alongside the Leaf": same maker as the products it is listed with
        if product["maker"] is None:
            sentence = doc[product["span"][0]].sent
            makers = {p["maker"] for p in found.values() if p["maker"] and sentence.start <= p["span"][0] < sentence.end}
            if len(makers) == 1:
                product["maker"] = makers.pop()
    return list(found.values())


def _maker(doc: Doc, token: Token, head: Token, orgs: list[OrgMention]) -> OrgMention | None:
    for node in (token, head):
        for child in node.lefts:
            if child.dep_ in ("poss", "compound") and org_at(orgs, child):
                return org_at(orgs, child)
    verb = verb_of(head)
    if verb.lemma_ in PRODUCT_VERBS:
        subject = subject_org(orgs, verb)
        if subject is not None:
            return subject
    in_sentence = {m.key: m for m in orgs_in(orgs, token.sent)}
    return next(iter(in_sentence.values())) if len(in_sentence) == 1 else None
