"""``kg_orgs``: organisation mentions, one key per real-world organisation in a document.

Adds to the model's ORG entities what news writers do to them: acronyms introduced in brackets
("Ministry of Economy, Trade and Industry (METI)"), short forms ("SK On" for "SK On Co.",
"Hyundai" for "Hyundai Motor Group"), governments ("the UK government"), and references by
description ("the company", "the Japanese car maker") or pronoun ("it", "its"), resolved to the
most salient earlier organisation. Demonyms and countries are never organisations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.components.attributes import ORGS, OrgMention, document_text, register_extensions
from kg.components.clutter import HEREINAFTER, LIVE_STAMP, in_clutter
from kg.components.fields import BUYER_TERM, awards
from kg.components.gazetteer import (
    countries_of,
    is_broad_place,
    is_chinese_province,
    is_country,
    is_region_below_a_country,
    is_known_town,
    names_its_people,
    names_the_people_of_a_town,
    people_s_countries,
)
from kg.components.scan import tokens_with
from kg.components.transcripts import SPEAKER_LABEL, Turn, floor_end, speaker_of, turns
from kg.normalize import clean_name, entity_key, fold, has_legal_form, misspelt

DEFAULT_DESCRIPTORS = [
    "company", "firm", "group", "carmaker", "automaker", "manufacturer", "maker", "chipmaker", "producer",
    "giant", "business", "conglomerate", "supplier", "startup", "start-up", "operator", "developer", "retailer",
    "brewer", "distiller", "miner", "steelmaker", "drugmaker", "utility", "lender", "insurer", "corporation",
    "multinational", "outfit", "recycler", "refiner", "shipbuilder", "processor", "exporter", "airline", "bank",
    "co-operative", "cooperative", "fund", "venture", "carrier", "stevedore", "shipowner", "forwarder",
    "cheesemaker", "glassmaker", "tyremaker", "tiremaker", "planemaker", "papermaker", "toolmaker", "shoemaker",
    "distributor", "bottler", "canner", "packer", "meatpacker", "packager", "co-op", "chaebol",
    "grocer", "wholesaler", "brokerage", "biotech", "weaver", "spinner", "shipbuilder", "refiner", "tanner", "roaster", "miller", "knitter",
    "consultancy", "builder", "stockbroker", "broker", "yard", "shipyard", "mro", "towerco", "telco",
]
#: Descriptors that name a site as often as its company ('the yard'): they stand for a company only where one is named
#: for its trade.
SITE_DESCRIPTORS = {"yard", "shipyard"}
#: The words a shipbuilder's name is made of, in the languages yards are named in.
SHIPYARD_NAME = re.compile(r"\b(ship ?yards?|shipbuild\w*|ship ?repair|yards?|docks?|dockyards?|stocznia|astilleros?|estaleiros?|cantier[ei]|tersanesi|zosen)\b",
                           re.IGNORECASE)
#: Local governments as translations leave their names ('the Gemeinde Geeste', 'Gmina Stryków', 'the Prefeitura de Toledo',
#: 'the Câmara Municipal da Marinha Grande', 'Kanpur Nagar Nigam').
LOCAL_BODIES = r"gemeinde|stadt|gmina|comune|kommune|mairie|prefeitura|ayuntamiento|munic[ií]pio|commune|c[aâ]mara municipal|(?:maha)?nagar (?:nigam|palika|panchayat)"
GOVERNMENT_WORDS = re.compile(
    r"\b(government|ministry|secretariat|directorate|department|council|parliament|commission|commissioners|authority|agency|cabinet|treasury|tribunal|"
    r"administration|state of|city of|province|municipality|senate|congress|office for|bureau|people's committee|generalitat|xunta|junta de|police|regione|región|região|"
    rf"samtgemeinde|landkreis|kreis|kommun|{LOCAL_BODIES}|"
    r"county (?:board|court|commission|legislature)|commissioners court|fiscal court|board of supervisors|region$|prefecture$|(?-i:[A-Z]\w+ (?:Town|Village))$|"
    r"board of investment|investment board|investment office|planning panel|committee$|(?:management|administrative) committee of|"
    r"economic zone$|free (?:trade )?zone$|"  # a zone named as a body is its authority: 'The Łódź Special Economic Zone confirmed'
    r"navy$|army$|air force$|coast guard$|armed forces$|"  # a state's services: 'The Chilean Navy has awarded'
    r"(?:city|town) hall$|"  # "Timișoara City Hall has signed a contract": the town's government
    r"conseil (?:régional|départemental|municipal)|consejo (?:regional|municipal)|ministère|ministerio|ministério|ministero|autoridad de|"
    r"comisi[oó]n (?:nacional|reguladora)|unidad de planeaci[oó]n|superintendencia|secretar[ií]a d[eo]\b|"  # "Secretaría de Economía";
    # not the Comisión Federal de Electricidad, a state utility
    r"(?:industries promotion|industrial infrastructure|industrial areas development|industrial estates?) (?:development )?(?:corporation|board)|"
    # "the State Industries Promotion Corporation of Tamil Nadu (SIPCOT)", "Karnataka Industrial Areas Development Board": a
    # state's landlord of industrial parks
    r"court$|court of\b|(?:bankruptcy|insolvency|tax|patent|competition|magistrates'?|crown) court|court for the|"  # "the High Court",
    # "the Land and Environment Court", "the Court of Appeal"
    r"(?:review|control|management|funding|promotion|investigation|safety|regulatory|coordinating|licensing|"
    r"protection|environmental|energy|water|planning|maritime) board$|inspectorate|inspecci[oó]n?|inspection du travail|"
    r"superintenden(?:cy|cia|ce)|regulator$|(?:health and )?safety executive|"
    r"prosecutors?'?s?'? office|(?:public|state|district|crown) prosecutor|prosecution service|attorney[- ]general|"  # "the Daegu
    # District Prosecutors' Office indicted": the state's prosecutors
    r"(?:assessment|customs|forest|forestry|geological|revenue|employment|meteorological|weather|park|parks|wildlife) service$)\b",
    re.IGNORECASE,
)
INTERNATIONAL_BODIES = re.compile(r"\b(international|world|united nations|european union|iea|opec)\b", re.IGNORECASE)
#: Development banks and funds: multilateral ones (named after a region) are "other", national ones are the state's.
PUBLIC_FINANCE = re.compile(r"\b(development bank|investment bank|export-import bank|exim bank|bank for reconstruction|"
                            r"development (fund|finance|corporation)|investment (fund|finance|corporation)|finance corporation)\b", re.IGNORECASE)
REGIONAL = re.compile(r"^(the )?(african|asian|european|inter-american|islamic|caribbean|central american|nordic|arab|"
                      r"black sea|new development|latin american|north american)\b", re.IGNORECASE)
OTHER_WORDS = re.compile(r"\b(university|universidad|universidade|université|universität|università|universiteit|uniwersytet|"
                         r"institute|association|union|foundation|society|college|school|federation|chamber|trust|forum|"
                         r"sindicato|syndicat|gewerkschaft|bürgerinitiative|verein|stiftung)\b", re.IGNORECASE)
#: A union's name: 'Unifor Local 88', 'the Allied Glassworkers' Union', 'Sindicato Libre de Trabajadores', 'United
#: Steelworkers Local 4417'.
UNION_NAME = re.compile(r"\b(?:unions?|local \d+|sindicato|syndicat|gewerkschaft|\w*workers)\b", re.IGNORECASE)
TRADE_COUNCIL = re.compile(r"\b(?:manufactur\w*|business|industry|industries|minerals|trade|exporters?|employers)\s+council\b|"
                           r"\bcouncil of (?:manufacturers|industry|industries|employers|exporters)\b", re.IGNORECASE)
#: Last words of a union's name.
UNION_ENDS = {"union", "unions", "worker", "workers", "federation", "confederation", "association"}
#: Name keys of large national unions whose names do not say what they are, which a story calls 'the union' without
#: introducing them as one.
KNOWN_UNIONS = frozenset({
    "ig metall", "ig bce", "ver di", "verdi", "unite", "gmb", "unison", "uaw", "unifor", "usw", "teamsters", "cfdt", "cgt", "cfe cgc",
    "fiom", "fim cisl", "uilm", "ccoo", "cc oo", "ugt", "fnv", "cnv", "if metall", "fellesforbundet", "teollisuusliitto", "paperiliitto",
    "dansk metal", "3f", "pro ge", "kovo", "os kovo", "numsa", "amcu", "cosatu", "amwu", "cfmeu", "awu", "etu", "kmwu", "kctu", "cut",
    "fiom cgil", "cgil", "cisl", "uil", "uilm uil", "siptu", "unia",
})
#: Lower-case words inside names ('Usina Vale do Paranaíba', 'Fond du Lac City Council').
NAME_PARTICLES = {"do", "da", "de", "du", "des", "dos", "das", "del", "di", "della"}
LEVELS = {"state", "provincial", "federal", "regional", "central", "national", "municipal", "city", "local", "county", "district", "prefectural"}
#: First words of company names in other languages ('Grupo Tecnoforma', 'Usina Vale do Paranaíba').
COMPANY_FIRST_WORDS = {"grupo", "gruppo", "groupe", "transportes", "transportadora", "transportadores", "coopérative", "usina", "usinas", "brasseries", "brasserie", "vidreira", "vidrieria", "companhia",
                       "compañía", "compania", "compagnie", "industrias", "indústrias", "société", "societe", "banco",
                       "banque", "cementos", "aceros", "minera", "mineração", "mineracao", "petróleos", "construtora",
                       "constructora", "laboratorios", "laboratórios", "laboratoires", "fabrica", "fábrica", "frigorífico", "cervecería",
                       "investissement", "caisse", "fonds", "empresa", "empresas", "corporación", "brouwerij", "cervejaria",
                       "sindicato", "syndicat", "agropecuária", "agropecuaria", "agroindústria", "agroindustrial",
                       "siderúrgica", "siderurgica", "metalúrgica", "metalurgica", "cooperativa", "mineradora",
                       "distribuidora", "petroquímica", "petroquimica", "química", "quimica", "fundición", "fundicion",
                       "fundidora", "sociedad", "sociedade", "società", "compagnia", "industrie", "papelera", "cimentos",
                       "maglificio", "officine", "meccaniche", "conservas", "laticínios", "lacticinios", "calzaturificio",
                       "lanificio", "cotonificio", "cartiera", "cartiere", "acciaierie", "fonderia", "fonderie", "pastificio",
                       "oleificio", "caseificio", "vetrerie", "cristalerías", "cristalerias", "papeleira", "industria", "vidriera",
                       "vidrios", "acería", "aceria", "cerámica", "ceramica", "construcciones", "ferroviarias", "cementownia",
                       "fabryka", "huta", "stocznia", "kopalnia", "browar", "papiernia", "elektrownia", "zakłady", "zaklady", "mięsne", "miesne", "mleczarskie",
                       "spółdzielnia", "spoldzielnia", "mleczarska", "chemiczne", "azotowe", "miejskie", "miejski", "miejska",
                       "przedsiębiorstwo", "przedsiebiorstwo", "wodociągi", "wodociagi", "komunalne", "alimentario", "alimentaria",
                       "ceramiche", "cerâmica", "azulejos", "cerámicas", "ceramicas", "tintas", "vidros", "papéis",
                       "textil", "têxtil", "tessitura", "salumificio", "distilleria", "moinho",
                       "conserveira", "laticini", "latticini", "calzados", "curtidos", "curtume", "fundação", "plásticos",
                       "plasticos", "plastiche", "materie", "cementerie", "cementi", "acciai", "chimica", "farmaceutici",
                       "farmacéutica", "farmacêutica", "farmaceutica", "fertilizantes", "celulose", "celulosa", "bank", "astilleros",
                       "astillero", "estaleiro", "estaleiros", "cantieri", "cantiere", "métallerie", "metallerie", "chaudronnerie",
                       "aciéries", "acieries", "ateliers", "forges", "verrerie", "papeterie", "papeteries", "sucrerie", "fundição", "fundicao",
                       "confezioni", "calzificio", "filatura", "tintoria", "manifattura", "pelletteria", "conceria",
                       "confecciones", "hilaturas", "tejidos", "curtiembre", "confecções", "confeccoes", "tecelagem", "fiação",
                       "fiacao", "filature", "tissage", "tannerie", "textiles", "maison", "laboratoire", "sklárny", "sklárna",
                       "pivovar", "strojírny", "železárny", "porcelanas", "faianças", "cerâmicos", "cerámicos"}
FOLDED_FIRST_WORDS = {fold(word) for word in COMPANY_FIRST_WORDS}  # as they stand in keys: "frigorifico"
GENERIC_DESCRIPTORS = {"company", "firm", "group", "business"}
#: What a joint venture is called in apposition to its name ('X, the cold-chain joint venture of A and B').
VENTURE_LEMMAS = ("venture", "jv")
#: What a word in a company's name says it is, for descriptions: "Kestrel Motor Corp." is a carmaker.
NAME_TRADES = {"motor": {"carmaker", "automaker"}, "motors": {"carmaker", "automaker"}, "automobile": {"carmaker", "automaker"},
               "automobiles": {"carmaker", "automaker"}, "steel": {"steelmaker"}, "semiconductor": {"chipmaker"},
               "pharma": {"drugmaker"}, "pharmaceutical": {"drugmaker"}, "pharmaceuticals": {"drugmaker"},
               "brewery": {"brewer"}, "brouwerijen": {"brewer"}, "brau": {"brewer"}, "mining": {"miner"}, "shipbuilding": {"shipbuilder"},
               **dict.fromkeys(("confecciones", "confezioni", "confecções", "apparel", "garments", "knitwear", "knits", "textiles"),
                               {"knitter", "garment", "apparel", "clothing", "textile", "knitwear"})}
REPORTING_VERBS = {"say", "announce", "confirm", "state", "add", "tell", "report", "reveal", "disclose", "note", "expect", "plan", "hope", "claim", "insist"}
_BAD_ORG = re.compile(r"^[\W\d_]+$|^(read more|photo|image)\b", re.IGNORECASE)
#: Stock exchanges: the news names them as where a company is listed or files, not as actors in its deals.
LISTING_VENUES = re.compile(r"\b(?:stock|securities) exchange$|^(?:bursa malaysia|nasdaq|nyse|euronext|sgx|bse|nse)$", re.IGNORECASE)
#: Publishers ('told FoodTech Trade Journal', 'according to Board & Packaging Review'): they report the news, they are
#: no party to it.
PUBLISHERS = re.compile(r"\b(?:journal|times|news|herald|gazette|tribune|newswire|weekly|chronicle|review|insider|dispatch|"
                        r"courier|bulletin|magazine|broadcasting|reuters|bloomberg)$", re.IGNORECASE)


@Language.factory(
    "kg_orgs",
    default_config={"descriptors": DEFAULT_DESCRIPTORS, "resolve_pronouns": True},
    assigns=[f"doc._.{ORGS}"],
    requires=["doc.ents", "token.dep", "token.pos"],
)
def make_orgs(nlp: Language, name: str, descriptors: list[str], resolve_pronouns: bool) -> "OrganizationFinder":
    register_extensions()
    return OrganizationFinder(descriptors, resolve_pronouns)


#: Words that name a country's agency with the country's name, even opening a sentence ('Business Finland has offered').
AGENCY_WORDS = {"Business", "Enterprise", "Invest", "Innovation", "Export", "Trade", "Environment", "Sustainability", "Research"}


def org_kind(name: str) -> str:
    """company | government | other, from the words in the name."""
    if (words := name.split()) and words[0] in AGENCY_WORDS and (is_country(rest := " ".join(words[1:])) or is_broad_place(rest)):
        return "government"  # 'Enterprise Ireland', 'Business Finland', 'Invest Ontario': the state's or province's agency
    if PUBLIC_FINANCE.search(name):  # "Korea Development Bank" lends for its state; the "African Development Bank" is no state's
        return "other" if REGIONAL.search(name) or INTERNATIONAL_BODIES.search(name) else "government"
    if TRADE_COUNCIL.search(name):
        return "other"  # "the Geelong Manufacturing Council": its members' lobby, not a local government
    if GOVERNMENT_WORDS.search(name) and not INTERNATIONAL_BODIES.search(name):
        return "government"
    if OTHER_WORDS.search(name) or INTERNATIONAL_BODIES.search(name):
        return "other"
    return "company"


class OrganizationFinder:
    def __init__(self, descriptors: list[str], resolve_pronouns: bool) -> None:
        self.single_descriptors = {d for d in descriptors if " " not in d}
        self.resolve_pronouns = resolve_pronouns

    def __call__(self, doc: Doc) -> Doc:
        governments = self._government_mentions(doc)
        named = [m for m in self._named_mentions(doc) if not any(g.start <= m.start and m.end <= g.end for g in governments)]
        named += governments  # "the Hauts-de-France regional council", of which the model tagged "the Hauts-de-France"
        named += _untagged_repeats(doc, named)
        named = _local_names_before_glosses(doc, _acronyms_as_aliases(doc, named))
        named = _unify_aliases(doc, sorted(named, key=lambda m: m.start))
        named += _handles(doc, named)
        introductions = _introductions(doc, named)
        named = _kinds_from_introductions(named, introductions)
        named = _with_notice_buyer(doc, _with_defined_parties(doc, named))
        resolved = self._descriptions(doc, named, introductions)
        named, resolved = _public_by_description(doc, named, resolved)
        resolved += _consortium_as_its_project_company(doc, named, resolved)
        if self.resolve_pronouns:
            resolved += self._pronouns(doc, named + resolved) + _speakers_first_person(doc, named) + _interviewee_s_first_person(doc, named) \
                + _them_we_deal_with(doc, named + resolved)
        doc._.set(ORGS, sorted(named + resolved, key=lambda m: m.start))
        return doc

    # -- named mentions ---------------------------------------------------------------
    def _named_mentions(self, doc: Doc) -> list[OrgMention]:
        mentions = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or in_clutter(doc, ent.start_char):
                continue
            span = _trim(ent)
            while len(span) > 1 and (span[0].lower_ in self.single_descriptors - NAME_OPENERS and not is_broad_place(span[1:].text)
                                       and span[1].lower_ not in ("and", "&", ",")  # "Business and Trade Committee"
                                       or span[0].is_lower and span[0].pos_ not in ("CCONJ", "ADP", "DET", "PART")
                                       or span[0].is_sent_start and span[0].lower_ in RELATION_OPENERS
                                       or span[0].is_upper and span[0].lower_ in KICKERS):
                span = span[1:]  # "Carmaker Sagami Motor Co. said", "Business group Ibec said", "national development
                # bank BNDES", "Rival Vindhya Polymers Ltd scrapped"; not "Business Finland"
            name = clean_name(span.text)
            if not name or _BAD_ORG.search(name) or LISTING_VENUES.search(name) or PUBLISHERS.search(name) or len(name) > 80 or name.islower():
                continue
            mentions.append(OrgMention(span.start, span.end, entity_key(name), name, org_kind(name)))
        return mentions

    def _government_mentions(self, doc: Doc) -> list[OrgMention]:
        """'the UK government', 'India's government', 'the Government of Japan'."""
        mentions = []
        for token in tokens_with(doc, LOWER, ("government", "govt", "administration", "council")):
            if in_clutter(doc, token.idx) or token.lower_ == "council" and not (token.i > 1 and doc[token.i - 1].lower_ in LEVELS):
                continue  # "the Grand Est regional council", not "the council"
            place = _government_place(doc, token)
            if place is None:
                continue
            start, end = min(place.start, token.i), max(place.end, token.i + 1)
            while start > 0 and start < token.i and not doc[start - 1].whitespace_ and (doc[start - 1].text[:1].isalpha() or doc[start - 1].text == "-"):
                start -= 1  # "Hauts-de-France", of which the model tagged "France"
            while token.text == "Council" and start > max(token.i - 6, 0) and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" or
                                                                               doc[start - 1].lower_ in NAME_PARTICLES and start > 1 and doc[start - 2].is_title):
                start -= 1  # "Gladstone Regional Council mayor Colin Brennan", "the Fond du Lac City Council": the whole name
            office = token.text == "Government" and end < len(doc) and doc[end].text == "Office"  # "The Hajdú-Bihar County
            end += office  # Government Office has granted an environmental permit": an office by name
            if place.start > token.i or token.lower_ == "council" or office:  # "the state government of Schleswig-Holstein",
                # named as written
                start -= place.start > token.i and doc[token.i - 1].lower_ in LEVELS
                name = clean_name(doc[start:end].text)
            else:
                name = f"{clean_name(place.text)} government"
            mentions.append(OrgMention(start, end, entity_key(name), name, "government", "government"))
        return mentions

    # -- references by description and pronoun ---------------------------------------
    def _descriptions(self, doc: Doc, named: list[OrgMention], introductions: dict[str, set[str]]) -> list[OrgMention]:
        """'the company', 'the Japanese car maker': the organisation introduced with those words ('South Korean
        battery maker Hanbit On'), else the most salient earlier one."""
        found = []
        resolved: dict[str, OrgMention] = {}  # "the steelmaker" after "the British steelmaker" (resolved) is the same one
        # Only company, body and place-government nouns can be read below ("the firm", "the board", "the county").
        for token in tokens_with(doc, LOWER, ("parent", *UNIT_NOUNS)):
            its_parent = token.lower_ == "parent" and any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children)
            # "RM900 million of fresh equity from its Taiwanese parent"
            owned_unit = token.lower_ in UNIT_NOUNS and any(c.dep_ == "poss" for c in token.children)  # "Veltmann's Ivorian unit"
            if token.lower_ not in ("parent", *UNIT_NOUNS) or not (_definite(token) or its_parent or owned_unit) or in_clutter(doc, token.idx) \
                    or _is_apposition_of_org(token, named):
                continue
            meant = _the_parent(doc, token, named) if token.lower_ == "parent" else _the_unit(doc, token, named)
            if meant is not None:
                found.append(OrgMention(_description_start(token), token.i + 1, meant.key, meant.name, meant.kind, "description"))
        nouns = tokens_with(doc, LOWER, self.single_descriptors | INSTITUTION_NOUNS | set(PLACE_GOVERNMENTS))
        vehicles = [t for t in tokens_with(doc, LEMMA, ("venture",)) if t.lower_ != "venture"]  # "the SPV", "the project vehicle"
        for token in sorted({t.i: t for t in [*nouns, *vehicles]}.values(), key=lambda t: t.i):
            if (token.pos_ == "NOUN" or token.dep_ in NOMINAL_DEPS) and _definite(token) and not in_clutter(doc, token.idx):
                # ("chairs the co-operative", tagged as an adjective, is its object)
                body = _named_by_its_noun(token, named, introductions) or (  # "the board" after "the Singapore Economic Development Board"
                    _reporting_its_own_news(token, named) if token.lower_ in PUBLIC_BODY_NOUNS else None)  # "X has signed a
                # contract ..., the authority said"
                if body is not None or token.lower_ not in self.single_descriptors and token.lemma_ != "venture":  # "the bank"
                    # too, though a descriptor
                    if body is not None and not any(m.start <= token.i < m.end for m in named):
                        found.append(OrgMention(_description_start(token), token.i + 1, body.key, body.name, body.kind, "description"))
                    continue
            if token.lower_ not in self.single_descriptors and token.lemma_ != "venture" or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(m.start <= token.i < m.end for m in named) or in_clutter(doc, token.idx):
                continue
            if (venture := next((m for m in named if named_after_its_partner(doc[m.start : m.end].root) == token), None)) is not None:
                start = min((c.i for c in token.lefts if c.dep_ != "poss"), default=token.i)  # 'Our' is a parent's
                found.append(OrgMention(start, token.i + 1, venture.key, venture.name, venture.kind, "description"))
                continue  # "Our joint venture with Vardhan Industries, Vardhan Shirane Specialty Chemicals, will own it"
            if (named_next := _named_after_the_lede(doc, token, named)) is not None:
                found.append(OrgMention(_description_start(token), token.i + 1, named_next.key, named_next.name, named_next.kind, "description"))
                continue
            if token.dep_ in ("compound",) or not _definite(token):
                continue
            if any(c.dep_ == "relcl" and doc[c.left_edge.i - 1].text != "," for c in token.rights):
                continue  # "the business we do best", "the company that wins the tender": a kind, not the one named
            if token.is_title and not token.is_sent_start and _named_with_capitals(token):
                continue  # "the Texas Semiconductor Innovation Fund", "the Modernisation Fund": a name the model missed,
                # not a description
            if _is_apposition_of_org(token, named):
                continue
            if (fund := _the_public_fund(token, named)) is not None:
                found.append(OrgMention(_description_start(token), token.i + 1, fund.key, fund.name, fund.kind, "description"))
                continue
            described = _demonym_countries(token)
            companies = [m for m in named if m.kind == "company" and not _of_another_country(described, introductions.get(m.key, set()))]
            start = _description_start(token)
            inside = next((m for m in companies if start < m.start and m.end == token.i
                           and any(o.key == m.key and o.end <= start for o in named)), None)
            if inside is not None:  # "the Al-Muqbil group" after "Al-Muqbil Industrial Holding": the company named before
                found.append(OrgMention(start, token.i + 1, inside.key, inside.name, inside.kind, "description"))
                continue
            # "the firm" is no ministry, "the Thai company" no company introduced as Chinese
            antecedent = _reporting_its_own_news(token, companies) or _the_dissolved_venture(token, companies) or _the_named_group(token, companies) \
                or (_whom_the_sentence_is_for(token, companies) if token.lower_ in GENERIC_DESCRIPTORS else None) \
                or _the_blended_venture(token, companies) \
                or _described(token, companies, introductions) \
                or _named_for_its_trade(token, companies) or _owned_in_shares(doc, token, companies) or _owner_of_the_project(token, companies) \
                or _whose_clause_it_is_in(token, companies) or (
                None if token.lemma_ == "venture" or token.lower_ in SITE_DESCRIPTORS else (  # only a venture
                resolved.get(token.lemma_) or _antecedent(doc, token, companies)))  # named as one: no parent is 'the venture'
            if antecedent is not None:
                if token.lemma_ not in GENERIC_DESCRIPTORS:  # "the Tokyo-based company" says nothing of the next "the company"
                    resolved.setdefault(token.lemma_, antecedent)
                start = min(c.i for c in token.lefts if c.dep_ in ("det", "amod", "compound", "nmod")) if any(
                    c.dep_ in ("det", "amod", "compound", "nmod") for c in token.lefts) else token.i
                found.append(OrgMention(start, token.i + 1, antecedent.key, antecedent.name, antecedent.kind, "description"))
        return found

    def _pronouns(self, doc: Doc, known: list[OrgMention]) -> list[OrgMention]:
        """'its' always; 'it' only as the subject of what an organisation says, confirms or announces, or of what
        only an organisation does ('It plans to spend AED 550 million')."""
        found = []
        text = document_text(doc)
        for token in tokens_with(doc, LOWER, ("it", "its")):
            if inside_quote(token, text) or in_clutter(doc, token.idx) or _a_thing_s(token, known):
                continue
            if (weighed_for := _whom_the_sentence_is_for(token, known)) is not None and token.head.lemma_ != "be":
                antecedent = weighed_for  # not "For CFE, it is a second Saudi venture"
            elif token.lower_ == "it":
                antecedent = _reported_subject(token, known) or _acting_subject(doc, token, known) or _subject_of_the_clause_on_a_place(token, known)
            else:
                owned = _apposition_owner(token, known)  # "Rautenberg, one of its largest customers": not Rautenberg's
                candidates = [m for m in known if m.key != owned] if owned else known
                unquoted = [m for m in candidates if not inside_quote(doc[m.start], text)]  # not "the business we do best"
                antecedent = _named_before_which(token, known) or clause_subject(token, candidates) or nearest_before(token, unquoted) \
                    or _previous_subject(doc, token, candidates)
                if antecedent is not None and antecedent.kind == "government" and token.head.lemma_ in WORKS_NOUNS:
                    antecedent = _company_given_work(token, candidates) or antecedent
            if antecedent is not None:
                found.append(OrgMention(token.i, token.i + 1, antecedent.key, antecedent.name, antecedent.kind, "pronoun"))
        return found


def _named_before_which(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'Metalúrgica Serrana S.A., which will machine frames at its plant in Caxias do Sul': the organisation a relative
    clause opens on owns what 'its' names in that clause, however the parser read the clause."""
    doc = token.doc
    for i in range(token.i - 1, max(token.sent.start, token.i - 12) + 1, -1):
        if doc[i].is_punct and doc[i].text != "-":
            return None  # the clause ends at a comma, a bracket or a quote
        if doc[i].lower_ == "which" and doc[i - 1].text == ",":
            return next((m for m in known if m.end == i - 1), None)
    return None


#: Where a company does the work a government gives it: 'for the overhaul of two destroyers at its yard in Norfolk'.
WORKS_NOUNS = {"yard", "shipyard", "plant", "factory", "works", "facility", "site", "mill"}


def _company_given_work(token: Token, candidates: list[OrgMention]) -> OrgMention | None:
    """'The U.S. Navy has awarded Chesapeake Hull Services Inc. a contract for the overhaul of two destroyers at its
    yard in Norfolk': a body that awards work has no yard; the company it gave the work to, named in the sentence, has."""
    return next((m for m in reversed(candidates) if m.kind == "company" and token.sent.start <= m.start and m.end <= token.i), None)


FIRST_PERSON = ("we", "our", "us", "ours")


def _them_we_deal_with(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'Our contract with Energéticos del Centro SA runs to 2028. We are now negotiating with them for the Apaseo
    supply': the speaker's 'them' is the one company named since the sentence before, whom 'we' deal with."""
    found = []
    for token in tokens_with(doc, LOWER, ("them",)):
        sentence = token.sent
        if token.dep_ != "pobj" or token.head.lower_ not in ("with", "to", "from") \
                or not any(t.lower_ in FIRST_PERSON for t in sentence):
            continue
        since = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        before = {m.key: m for m in named if since <= m.start and m.end <= token.i and m.kind == "company" and m.via != "pronoun"}
        if len(before) == 1:
            company = next(iter(before.values()))
            found.append(OrgMention(token.i, token.i + 1, company.key, company.name, company.kind, "pronoun"))
    return found


def _speakers_first_person(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'PARK JI-HOON: ... our joint venture with Tafilalt Chemicals': in a transcript, a speaker's 'we' and 'our' are
    the company the speaker was introduced with ('Park Ji-hoon, chief executive of Daeyang Materials Co.')."""
    found = []
    text = document_text(doc)
    labelled = turns(text)
    employers = [company for _, company in speakers_companies(doc, named)]
    for k, turn in enumerate(labelled):
        answering = employers[k + 1] if k + 1 < len(labelled) and labelled[k + 1].speaker != turn.speaker else None
        for token in doc.char_span(turn.label[1], floor_end(text, k), alignment_mode="expand") or ():
            meant = employers[k] if token.lower_ in FIRST_PERSON else answering if token.lower_ == "your" else None
            if token.lower_ == "them" and employers[k] is not None:
                meant = _named_before_in_the_turn(doc, turn, token, named, employers[k])
            if meant is not None:  # "MODERATOR: Marcus, your Tuas plant?": the one who answers next
                found.append(OrgMention(token.i, token.i + 1, meant.key, meant.name, meant.kind, "pronoun"))
    return found


#: Verbs of partners creating a company ('The consortium has set up a project company, X').
SETTING_UP_VERBS = {"set", "form", "establish", "create", "incorporate", "register"}


def _consortium_as_its_project_company(doc: Doc, named: list[OrgMention], resolved: list[OrgMention]) -> list[OrgMention]:
    """'A consortium led by Pearlgate Logistics signed a 25-year concession ... The consortium has set up a project
    company, Hamad Freight Terminal Company (HFTC)': the consortium, however the story calls it, is the project company
    that holds its concession, spends its money and runs its plant (its members own the company)."""
    taken = {i for m in named + resolved for i in range(m.start, m.end)}
    for verb in (t for t in doc if t.lemma_ in SETTING_UP_VERBS and t.pos_ == "VERB"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ == "consortium"), None)
        formed = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("company", "vehicle", "spv")), None)
        if subject is None or formed is None:
            continue
        company = next((m for c in formed.children if c.dep_ == "appos" for m in named if m.start <= c.i < m.end), None)
        if company is None:
            continue
        return [OrgMention(t.i - (t.i > 0 and doc[t.i - 1].lower_ in ("a", "the")), t.i + 1, company.key, company.name, company.kind, "description")
                for t in doc if t.lemma_ == "consortium" and t.i != subject.i and t.i not in taken
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]  # not "a consortium of A and B", named by its members
    return []


def interview_questions(text: str) -> list[tuple[int, int]]:
    """The question paragraphs of a question-and-answer interview without speaker labels (three or more short
    paragraphs ending in '?'), by their character offsets; none for any other story."""
    questions = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).rstrip().endswith("?") and m.end() - m.start() <= 200]
    return questions if len(questions) >= 3 and not turns(text) else []


def _interviewee_s_first_person(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'Where does the new hangar stand? / The steel is up ... We will invest S/ 210 million': in a question-and-answer
    interview, the answers' 'we' and 'our' (outside quotes) are the company the introduction names first, the one
    whose officer answers."""
    text = document_text(doc)
    questions = interview_questions(text)
    if not questions:
        return []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    company = next((m for m in named if m.kind == "company" and doc[m.start].idx < questions[0][0] and not in_a_heading(doc[m.start], text)), None)
    if company is None:
        return []
    answers = [(start, end) for start, end in paragraphs if start > questions[0][0] and (start, end) not in questions]
    return [OrgMention(t.i, t.i + 1, company.key, company.name, company.kind, "pronoun")
            for start, end in answers for t in doc.char_span(start, end, alignment_mode="expand") or ()
            if t.lower_ in FIRST_PERSON and not inside_quote(t, text)]


def _named_before_in_the_turn(doc: Doc, turn: Turn, token: Token, named: list[OrgMention], speaker_s: OrgMention) -> OrgMention | None:
    """'GARETH LLOYD: Caledonia Offshore Wind. We signed the export cable contract with them in December.': the company
    the speaker named last before 'them', other than the speaker's own."""
    before = [m for m in named if turn.label[1] <= doc[m.start].idx and m.end <= token.i and m.key != speaker_s.key and m.kind == "company"]
    return before[-1] if before else None


def speakers_companies(doc: Doc, named: list[OrgMention]) -> list[tuple[Turn, OrgMention | None]]:
    """Each turn of a transcript with the company its speaker was introduced with, or that the label names in
    brackets ('ANNA BERG (Nordvolt):'), if any."""
    return [(turn, _company_in_the_label(doc, turn, named) if turn.speaker or turn.answers else None) for turn in turns(document_text(doc))]


def _company_in_the_label(doc: Doc, turn: Turn, named: list[OrgMention]) -> OrgMention | None:
    if turn.note is not None and (bracketed := next((m for m in named if turn.note[0] <= doc[m.start].idx < turn.note[1]), None)):
        return bracketed if bracketed.kind == "company" else None
    beside = next((m for person in speaker_of(turn, doc) if (m := _employer_beside(doc, person, named))), None)
    label = SPEAKER_LABEL.match(document_text(doc), turn.label[0])
    if beside is None and label is not None and label["title"] and not label["firm"]:
        return most_mentioned(named)  # 'Diego Salinas -- Chief Executive Officer:' on the company's own call
    if beside is None and turn.answers:
        return next((m for person in speaker_of(turn, doc) if (m := _employer_by_possessive(person, named))), None)
    return beside


def _employer_by_possessive(person: Span, named: list[OrgMention]) -> OrgMention | None:
    """'Rift Apparel EPZ Ltd makes jeans ... Its chief executive, Achieng Otieno, talked to us': the company whose title
    the person is introduced with, named or as 'its' (the company the sentence before opens with)."""
    title = person.root.head if person.root.dep_ == "appos" else None
    owner = next((c for c in title.children if c.dep_ == "poss"), None) if title is not None else None
    if owner is None:
        return None
    if owner.lower_ in ("its", "their") and owner.sent.start > 0:
        before = owner.doc[owner.sent.start - 1].sent
        return next((m for m in named if m.kind == "company" and before.start <= m.start < before.end), None)
    return next((m for m in named if m.start <= owner.i < m.end), None)


def _employer_beside(doc: Doc, person: Span, named: list[OrgMention]) -> OrgMention | None:
    """The company right after a person's name and title ('Maria Oyelaran is chief executive of Adunni Mills Plc',
    'Gareth Lloyd, chief operating officer, Tarbert Subsea Cables Ltd'), with no other person in between."""
    sentence = person.sent
    after = [m for m in named if person.end <= m.start < min(person.end + 12, sentence.end) and m.kind == "company"]
    first = min(after, key=lambda m: m.start, default=None)
    if first is None or any(t.ent_type_ == "PERSON" for t in doc[person.end : first.start]):
        return None
    return first


def _a_thing_s(token: Token, known: list[OrgMention]) -> bool:
    """'the mine and its processing plant': 'its' after a thing it is joined to stands for that thing."""
    owned = token.head
    first = owned.head if owned.dep_ == "conj" else None
    return token.lower_ == "its" and token.dep_ == "poss" and first is not None and first.pos_ == "NOUN" and first.i < owned.i \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in first.children) and not any(m.start <= first.i < m.end for m in known)


def _apposition_owner(token: Token, known: list[OrgMention]) -> str | None:
    """The organisation a possessive's phrase stands in apposition to ('X, one of its customers', 'X, its supplier'),
    or that stands in apposition to it ('run by its subsidiary X')."""
    named = next((m.key for c in token.head.rights if c.dep_ == "appos" for m in known if m.start <= c.i < m.end), None)
    if named is not None:
        return named
    for ancestor in token.ancestors:
        if ancestor.dep_ == "appos":
            return next((m.key for m in known if m.start <= ancestor.head.i < m.end), None)
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
    return None


def _inside_a_longer_name(doc: Doc, start: int) -> bool:
    """'Cerrado' in 'the regional daily Gazeta do Cerrado': after a particle and a capitalised word, a name is the end of
    another one."""
    return start >= 2 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 2].is_title


def _untagged_repeats(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """The model tags "AESC" in one sentence and misses it in the next: tag every repeat of a name."""
    by_words = {tuple(t.text for t in doc[m.start : m.end]): m for m in named if m.via == "ner"}
    if not by_words:
        return []
    matcher = PhraseMatcher(doc.vocab)
    matcher.add("ORG", [Doc(doc.vocab, words=list(words)) for words in by_words])
    taken = {i for m in named for i in range(m.start, m.end)}
    taken |= {i for e in doc.ents if e.label_ != "ORG" for i in range(e.start, e.end)}
    found = []
    for _, start, end in sorted(matcher(doc), key=lambda match: (match[1], -match[2])):
        if taken.intersection(range(start, end)) or in_clutter(doc, doc[start].idx) or _inside_a_longer_name(doc, start):
            continue
        source = by_words[tuple(t.text for t in doc[start:end])]
        found.append(OrgMention(start, end, source.key, source.name, source.kind, "repeat"))
        taken.update(range(start, end))
    return found


#: An account's handle on a social network: '@modehaus_linde', '@nordstern_log', '@TangerMedZones'.
ACCOUNT_HANDLE = re.compile(r"@[A-Za-z0-9_.]{3,}")


def _spells(handle: str, name: str) -> bool:
    """Whether a handle spells a name: in full, its beginning ('nordstern_log' for Nordstern Logistik) or with a short
    ending ('acme_hq'; not 'erfurt_insider' for Erfurt)."""
    handle, name = re.sub(r"[^a-z0-9]", "", handle.lower()), re.sub(r"[^a-z0-9]", "", entity_key(name))
    return len(name) >= 4 and (name.startswith(handle) and len(handle) >= 6 or handle.startswith(name) and len(handle) - len(name) <= 3)


def _handles(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'12 MW rooftop solar with @sonnendach_energie': the organisation named elsewhere ('Sonnendach Energie GmbH
    @sonnendach_energie · 6h') whose name the handle spells, where it spells one organisation's only (or names that
    are the beginnings of the longest)."""
    found = []
    for token in doc:
        if not ACCOUNT_HANDLE.fullmatch(token.text) or in_clutter(doc, token.idx):
            continue
        spelled = sorted({m.key: m for m in named if _spells(token.text, m.key)}.values(), key=lambda m: len(m.key))
        if spelled and all(spelled[-1].key.startswith(m.key) for m in spelled):  # 'Nordstern', short for Nordstern Logistik
            source = spelled[-1]
            found.append(OrgMention(token.i, token.i + 1, source.key, source.name, source.kind, "handle"))
    return found


def _name_in_brackets_after(doc: Doc, mention: OrgMention, mentions: list[OrgMention]) -> OrgMention | None:
    """'Competition Council (Conseil de la Concurrence)': a whole name bracketed right after a name, its translation or
    its name in the local language."""
    if mention.end + 2 >= len(doc) or doc[mention.end].text != "(":
        return None
    return next((m for m in mentions if m.start == mention.end + 1 and m.end < len(doc) and doc[m.end].text == ")"
                 and m.end - m.start > 1), None)


def _acronyms_as_aliases(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'Ministry of Economy, Trade and Industry (METI)': later uses of METI are the ministry, whether the model
    tagged them as an organisation of their own, as a person, or not at all."""
    acronyms: dict[str, OrgMention] = {}
    for mention in named:
        if (acronym := bracketed_acronym(doc, mention.end) or _acronym_after_a_slash(mention.name) or _bracketed_blend(doc, mention)
                or _short_name_set_off(doc, mention) or _acronym_set_before(doc, mention) or _quoted_definition(doc, mention.end)) is not None:
            acronyms[acronym] = mention  # (a defined term of one word, '("the JV")', is used as one too)
    kept = [m for m in named if not (m.end - m.start == 1 and doc[m.start].text in acronyms)]
    taken = {i for m in kept for i in range(m.start, m.end)}
    for token in tokens_with(doc, ORTH, acronyms):
        source = acronyms[token.text]
        if token.i not in taken:
            kept.append(OrgMention(token.i, token.i + 1, source.key, source.name, source.kind, "alias"))
    return kept


def _local_names_before_glosses(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'Paperiliitto, the Finnish Paper Workers' Union, said': a union's own one-word name set off before the English
    name the model tagged; the union goes by its own name, and the English one is an alias of it."""
    taken = {i for m in named for i in range(m.start, m.end)}
    own_names: dict[str, Token] = {}
    for mention in named:
        opening = mention.start if doc[mention.start].lower_ == "the" else mention.start - 1
        if opening < 2 or doc[opening].lower_ != "the" or doc[opening - 1].text != "," or mention.end >= len(doc) \
                or doc[mention.end].text != "," or mention.name.split()[-1].lower() not in UNION_ENDS:
            continue
        own = doc[opening - 2]
        if own.i not in taken and own.is_alpha and own.text[:1].isupper() and own.ent_type_ not in ("GPE", "NORP") \
                and doc[own.i + 1].ent_iob_ != "I" and (own.is_sent_start or doc[own.i - 1].is_punct):  # a one-word "person" too
            own_names[mention.key] = own
    renamed = [replace(m, key=entity_key(own_names[m.key].text)) if m.key in own_names else m for m in named]
    kinds = {m.key: m.kind for m in named}
    return renamed + [OrgMention(own.i, own.i + 1, entity_key(own.text), own.text, kinds[key], "alias") for key, own in own_names.items()]


def _short_name_set_off(doc: Doc, mention: OrgMention) -> str | None:
    """'The Finnish Safety and Chemicals Agency, Tukes, is investigating': a public body's one-word short name between
    commas, right before the verb."""
    end = mention.end
    if mention.kind != "government" or end + 3 >= len(doc) or doc[end].text != "," or doc[end + 2].text != "," \
            or not doc[end + 1].is_alpha or not doc[end + 1].text[:1].isupper() or doc[end + 3].pos_ not in ("VERB", "AUX"):
        return None
    return doc[end + 1].text


def _acronym_set_before(doc: Doc, mention: OrgMention) -> str | None:
    """'NEDO, the New Energy and Industrial Technology Development Organization, approved a grant': initials set off
    before the name they shorten, some of its words' initials in order, the first and the last among them."""
    opening = mention.start - (doc[mention.start].lower_ != "the")  # where "the" stands
    if opening < 2 or doc[opening].lower_ != "the" or doc[opening - 1].text != "," or mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    acronym, letters = doc[opening - 2].text, initials(mention.name)
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= len(letters)) or acronym[0] != letters[0] or acronym[-1] != letters[-1]:
        return None
    rest = iter(letters)
    return acronym if all(letter in rest for letter in acronym) else None


def _bracketed_blend(doc: Doc, mention: OrgMention) -> str | None:
    """'Cooperativa Agroindustrial do Norte Mato-grossense (Coopernorte)': a short name bracketed after a long one and
    made of the beginnings of its words."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not doc[end + 1].is_title or not doc[end + 1].is_alpha:
        return None
    words = [entity_key(word) for word in re.split(r"[\s-]+", mention.name) if entity_key(word)]
    return doc[end + 1].text if _blended(entity_key(doc[end + 1].text), words) else None


def _blended(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the first three or more letters of some of ``words``, in order ('coop' + 'norte')."""
    if not short:
        return True
    return any(_blended(short[size:], words[i + 1 :]) for i, word in enumerate(words)
               for size in range(len(word), 2, -1) if short.startswith(word[:size])) if len(short) >= 3 else False


def _acronym_after_a_slash(name: str) -> str | None:
    """'Ministry of Investment and Downstream Industry/BKPM': a ministry written with the acronym of the board it absorbed."""
    match = re.search(r"\S/([A-Z]{2,8})$", name)
    return match.group(1) if match else None


#: The parties a legal text defines after a name ('X Ltd ("the Applicant")'): roles in a deal or a procedure.
PARTY_TERMS = {"Applicant", "Beneficiary", "Borrower", "Developer", "Investor", "Company", "Purchaser", "Buyer", "Seller",
               "Vendor", "Lender", "Issuer", "Licensee", "Licensor", "Contractor", "Operator", "Promoter", "Grantee",
               "Recipient", "Proponent", "Acquirer", "Target", "Guarantor", "Sponsor", "Tenant", "Lessee", "Lessor", "Owner",
               "Offeror", "Bidder", "Petitioner", "Appellant", "Respondent", "Subscriber", "Allottee", "Concessionaire",
               "Undertaking", "Employer", "Manufacturer", "Producer", "Supplier", "Customer", "Parent", "Subsidiary"}
PARTY_DEFINITION = re.compile(rf"\((?:{HEREINAFTER})?(?:[\"“][^\"”\n]{{1,40}}[\"”],? or )?[\"“]the (?P<term>[A-Z][a-z]+)[\"”]\)")


def _with_defined_parties(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'Liffeyside Digital Infrastructure Ltd ("the Applicant")', '("Voltavia" or "the Beneficiary")': a decision's
    or a filing's name for a party; every later 'the Applicant' is that company, whatever the model made of the word."""
    ends = {m.end: m for m in named if m.via != "pronoun"}
    defined: dict[str, tuple[OrgMention, int]] = {}
    for match in PARTY_DEFINITION.finditer(doc.text):
        bracket = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if match["term"] in PARTY_TERMS and bracket is not None and (party := ends.get(bracket.start)) is not None:
            defined.setdefault(match["term"], (party, match.end()))
    if not defined:
        return named
    parties = [OrgMention(token.i, token.i + 1, party.key, party.name, party.kind, "description")
               for token in tokens_with(doc, ORTH, defined) for party, after in [defined[token.text]]
               if token.idx >= after and token.i > 0 and doc[token.i - 1].lower_ == "the" and not in_clutter(doc, token.idx)]
    taken = {mention.start for mention in parties}
    return [m for m in named if not taken.intersection(range(m.start, m.end))] + parties


def _with_notice_buyer(doc: Doc, named: list[OrgMention]) -> list[OrgMention]:
    """'The Contracting Authority will build a two-bay hangar': a procurement notice's term for the buyer its
    'Contracting authority:' line names."""
    text = document_text(doc)
    buyer = next((m for a in awards(text) if a.buyer for m in named if doc[m.start].idx == a.buyer[0]), None)
    if buyer is None:
        return named
    return [OrgMention(m.start, m.end, buyer.key, buyer.name, buyer.kind, "description") if BUYER_TERM.fullmatch(m.name) else m
            for m in named]


#: What a sentence-opening word says of the company named after it ('Rival Vindhya Polymers Ltd scrapped plans').
RELATION_OPENERS = {"rival", "competitor", "peer", "customer", "client", "supplier", "parent", "shareholder", "buyer", "seller"}
#: Descriptors that also open names ('Bank Pembangunan Malaysia Berhad', 'Fund for ...'): not trimmed off a name.
NAME_OPENERS = {"bank", "fund", "corporation", "venture"}
#: A headline's or a video's opening word in capitals ('INSIDE Aerolux's new plant', 'BREAKING Kestrel to build...').
KICKERS = {"inside", "breaking", "exclusive", "watch", "update", "updated", "new", "video", "live", "scoop", "just", "analysis",
           "explainer", "opinion", "sponsored", "report"}


def bracketed_acronym(doc: Doc, i: int) -> str | None:
    """'(METI)' or a release's defined term '("ACG")' right at token ``i``: the acronym a name is given."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    skip = _defining_words(doc, i + 1)  # '(hereinafter "KFM")', '(hereinafter referred to as "Tomioka")'
    words = ["("] + [t.text for t in doc[i + 1 + skip : i + 5 + skip]]
    quoted = len(words) > 4 and words[1] in QUOTES and words[3] in QUOTES and words[4].lower() in (")", "or", ",")
    inner = words[1:4] if quoted else words[1:2]
    if len(words) > 3 and words[3] == ")" and words[2] != words[1] and entity_key(f"{words[1]} {words[2]}") == entity_key(words[1]):
        inner = words[1:3]  # "(NNPC Ltd)": an acronym and its legal form
    if len(words) > 3 and words[3] == ")" and words[1].isupper() and len(words[1]) >= 2 and words[2].istitle() and words[2].isalpha():
        return f"{words[1]} {words[2]}"  # "Batam Indonesia Free Zone Authority (BP Batam)": an abbreviation and a place
    closing = i + skip + len(inner) + 1
    acronym = inner[1] if len(inner) == 3 else inner[0] if inner else ""  # the legal form of "(NNPC Ltd)" is no part of it
    closed = closing < len(doc) and (doc[closing].text == ")" or (skip or quoted) and doc[closing].lower_ in ("or", ","))
    # '(hereinafter "Kurobane" or "the Company")', '("TDS" or "the Company")'
    return acronym if closed and _is_acronym(acronym) and not has_legal_form(f"X {acronym}") and not is_region_below_a_country(acronym) else None
    # not "(Persero)", the legal form of "PT PLN (Persero)", nor "(Eure)", the department of "Val-de-Reuil (Eure)"


def _quoted_definition(doc: Doc, i: int) -> str | None:
    """'(hereinafter referred to as "Mengneng Hydrogen")', '("the Agency")': a release's name of several words, or a
    ruling's name with its article, for the party before it."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    opening = i + 1 + _defining_words(doc, i + 1)
    closing = next((j for j in range(opening + 1, min(opening + 7, len(doc))) if doc[j].text in QUOTES), None)
    if opening >= len(doc) or doc[opening].text not in QUOTES or closing is None or closing + 1 >= len(doc) or doc[closing + 1].text != ")" \
            and doc[closing + 1].lower_ != "or":  # '("Motława Yard" or "the Company")'
        return None
    article = doc[opening + 1].lower_ == "the"  # ("the Agency"): a filing's or a ruling's short name, with its article
    words = doc[opening + 1 + article : closing]
    return words.text if len(words) > (0 if article else 1) and all(t.is_title or t.is_upper for t in words) else None


DEFINING_WORDS = ("hereinafter", "hereafter", "referred", "to", "as", "called")


def _defining_words(doc: Doc, i: int) -> int:
    """How many words of a release's 'hereinafter referred to as' open a bracket at token ``i``."""
    count = 0
    while i + count < len(doc) and doc[i + count].lower_ in DEFINING_WORDS and count < 4:
        count += 1
    return count if count == 0 or doc[i].lower_ in ("hereinafter", "hereafter") else 0


QUOTES = {'"', "“", "”", "'", "‘", "’"}


def initials(name: str) -> str:
    """'MEDC' of 'Michigan Economic Development Corporation'."""
    return "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", name))


def _is_acronym(text: str) -> bool:
    """'METI', 'AfDB', 'MeitY', 'Corfo': one capitalised word of at most eight letters, as bracketed after a name."""
    return text[:1].isupper() and text.isalpha() and (sum(c.isupper() for c in text) >= 2 or len(text) <= 8)


#: Words that date an organisation's members rather than name it.
TIME_WORDS = ("past", "former", "previous", "future")


def _trim(ent: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    bracket = next((t.i for t in ent if t.text == "("), None)
    closing = next((t.i for t in ent if t.text == ")"), ent.end)
    if bracket is not None and bracket > start and closing >= ent.end - 1:  # "Ministry of ... (METI": the acronym is
        end = bracket  # handled as an alias; not "Hefei Construction Investment Holding (Group) Co. Ltd."
    if ent.doc[start].lower_ in ("the", *TIME_WORDS) and end - start > 1:
        start += 1  # "Past Foundry companies": the incubator's companies of earlier years
    if end - start > 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    owner = next((t for t in ent.doc[start : end - 1] if t.tag_ == "POS" and t.i > start), None)
    if owner is not None and _person_or_place(ent.doc[start : owner.i].text, ent.doc):
        start = owner.i + 1  # "Molloy's Department of Enterprise", "Japan's METI": the owner is no part of the name
    return ent.doc[start:end]


def _person_or_place(text: str, doc: Doc) -> bool:
    """Whether a name is a person's surname or a place in this article, or a region or country anywhere."""
    return is_broad_place(text) or any(e.label_ == "PERSON" and e[-1].text == text or e.label_ == "GPE" and e.text == text for e in doc.ents)


#: Adjectives that open a place's name ('Lower Saxony', 'Upper Austria', 'Greater Poland').
PLACE_NAME_ADJECTIVES = {"lower", "upper", "greater", "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western"}


def _government_place(doc: Doc, token: Token) -> Span | None:
    """The place a government belongs to: 'the UK government', 'the Ceará state government', 'the Government of Japan'."""
    if token.i > 1 and doc[token.i - 1].lower_ in LEVELS and (place := _government_place(doc, doc[token.i - 1])) is not None:
        return doc[place.start : token.i]
    before = doc[token.i - 1] if token.i else None
    if before is not None and (before.ent_type_ in ("", "PRODUCT", "PERSON") or before.ent_type_ == "ORG" and (
            token.text in LEVELS or before.is_upper and 2 <= len(before) <= 4)) \
            and before.pos_ in ("PROPN", "ADJ") and (before.is_title or before.is_upper) and not before.is_sent_start:
        # "the NSW government" (an organisation to the model)
        start = before.i
        while start > token.i - 5:
            if (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in PLACE_NAME_ADJECTIVES) and doc[start - 1].is_title and (
                    not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start or doc[start].ent_iob_ == "I"):
                start -= 1  # "the Nuevo León state government"; "Câmpia Turzii local council", a person's name to the model;
                # "The Lower Saxony state government", where "Lower" is an adjective to the tagger
            elif start > 1 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN":
                start -= 2  # "the Mato Grosso do Sul state government"
                while doc[start].ent_iob_ == "I" and doc[start - 1].is_title:
                    start -= 1
            else:
                break
        return doc[start : token.i]  # "the Ontario government", "the Arnsberg district government": untagged or mistagged;
        # "the Hauts-de-France regional council" (an organisation to the model)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):  # "the UK government", "the German government", "the Grand Est regional council"
            continue
        if ent.end == token.i or (ent.end == token.i - 1 and doc[ent.end].tag_ == "POS"):
            return ent
        if token.i + 2 == ent.start and doc[token.i + 1].lower_ == "of":
            return ent
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":  # "the state government of Schleswig-Holstein" (a FAC to the model)
        return next((e for e in doc.ents if e.start == token.i + 2 and is_broad_place(e.text)), None)
    return None


#: The heads of a ministry's name before its portfolio ('Department of Defence', 'Ministry of Commerce').
PORTFOLIO_BODY = re.compile(r"^(?:the )?(?:[\w.'’-]+ )?(?:department|ministry) of (\w+)$", re.IGNORECASE)


def _portfolios_for_their_ministries(canonical: dict[str, OrgMention]) -> dict[str, str]:
    """'Defence terminated a contract' after 'the Department of Defence', 'Commerce said' after 'the Department of
    Commerce': a portfolio named alone is the one ministry of that portfolio the story names."""
    ministries: dict[str, list[str]] = {}
    for key, mention in canonical.items():
        if mention.kind == "government" and (named := PORTFOLIO_BODY.match(mention.name)) is not None:
            ministries.setdefault(entity_key(named.group(1)), []).append(key)
    return {key: found[0] for key, found in ministries.items() if key in canonical and len(found) == 1 and len(canonical[key].name.split()) == 1}


def _unify_aliases(doc: Doc, mentions: list[OrgMention]) -> list[OrgMention]:
    """Give short forms and bracketed acronyms the key and name of the full name they stand for."""
    canonical: dict[str, OrgMention] = {}
    for mention in mentions:  # the fullest name, written as the story writes it rather than as a letterhead shouts it
        current = canonical.get(mention.key)
        if current is None or (not mention.name.isupper(), len(mention.name)) > (not current.name.isupper(), len(current.name)):
            canonical[mention.key] = mention
    alias_of: dict[str, str] = {}
    for mention in mentions:  # "Long Name (LN)", "Long Name, known as LN,"
        after = doc[mention.end : mention.end + 4]
        if (acronym := bracketed_acronym(doc, mention.end) or _quoted_definition(doc, mention.end)) is not None:
            alias_of[entity_key(acronym)] = mention.key
        elif len(after) == 4 and after[0].text == "," and after[1].lower_ == "known" and after[2].lower_ == "as":
            alias_of[entity_key(after[3].text)] = mention.key
        elif (other := _or_name(doc, mention.end)) is not None:  # "The Batam Indonesia Free Zone Authority, or BP Batam,"
            alias_of[entity_key(other)] = mention.key
        elif (apposed := _country_s_name_apposed(doc, mention, mentions)) is not None:  # "PUB, Singapore's National Water
            alias_of.setdefault(apposed.key, mention.key)  # Agency,": the name the country knows the body by
        elif (bracketed := _name_in_brackets_after(doc, mention, mentions)) is not None and bracketed.key != mention.key:
            alias_of.setdefault(bracketed.key, mention.key)  # "Morocco's Competition Council (Conseil de la Concurrence)"
        if (former := _renamed(doc, mention, mentions, FORMER_NAME)) is not None and former.key != mention.key:
            alias_of.setdefault(former.key, mention.key)
        elif (new := _renamed(doc, mention, mentions, NEW_NAME)) is not None and new.key != mention.key:
            alias_of.setdefault(mention.key, new.key)
    for key in canonical:  # "Navarre's government" and "the Government of Navarre": one body, named as written
        if key.endswith(" government") and (written := f"government of {key.removesuffix(' government')}") in canonical:
            alias_of.setdefault(key, written)
    alias_of.update({k: v for k, v in _portfolios_for_their_ministries(canonical).items() if k not in alias_of})
    for key, mention in canonical.items():  # "MEDC chief executive X" of the Michigan Economic Development Corporation
        if key not in alias_of and _is_acronym(mention.name):
            spelled = [k for k, m in canonical.items() if k != key and mention.name in (initials(m.name), initials(m.name.title()))]
            # 'SCDOT' of the South Carolina Department of Transportation, its 'of' spelled too
            if len(spelled) == 1:
                alias_of[key] = spelled[0]
    first_seen: dict[str, int] = {}
    first_acting: dict[str, int] = {}  # leaving out names that only name a project ("The Wadi Noor green ammonia project")
    text = document_text(doc)
    first_anywhere: dict[str, int] = {}
    live = len(LIVE_STAMP.findall(text)) >= 2
    for mention in mentions:  # a roundup's subheading ("TAIWAN: Kinsun approves third plant") names a company before its story does
        first_anywhere.setdefault(mention.key, mention.start)
        if in_a_heading(doc[mention.start], text):
            continue
        first_seen.setdefault(mention.key, mention.start)
        if not _names_a_project(doc, mention):
            first_acting.setdefault(mention.key, mention.start)
    for mention in mentions:
        first_seen.setdefault(mention.key, len(doc))
    places = {entity_key(e.text) for e in doc.ents if e.label_ in ("GPE", "NORP", "LOC")} | SCOPE_WORDS
    for key in canonical:  # "SK On" / "SK On Co.", "Hyundai" / "Hyundai Motor Group", "Commission" / "European Commission"
        longer = sorted((k for k in canonical if k != key and (_short_form_of(key, k) or key == (bare := _without_place(k, places)) or _short_form_of(key, bare))
                         and not _owner_named_in_its_venture(doc, mentions, key, k)),
                        key=lambda k: (_named_after_two(k, key, canonical), _placed_before_another_s_name(k, key, canonical, places), first_seen[k]))
        # a short form follows its full name; "Diageo ..." then "Diageo North America" names a subsidiary;
        # of "Skjold Blades A/S" and its venture "Skjold Hsin Yuan Blades", "Skjold" is the one named first
        if not longer and (key.split()[-1] in INSTITUTION_NOUNS | {"committee", "tribunal", "court"} or _always_the(doc, mentions, key)):
            # "Council leader X" after "Cheshire West and Chester Council", "the provincial People's Committee" after
            # "the Dong Nai Provincial People's Committee", "the Foundry" after "the Hardware Foundry"
            longer = [k for k in canonical if k.endswith(" " + key)]
            longer = longer if len(longer) == 1 else []
        if longer and _has_legal_form(canonical[key].name) and _has_legal_form(canonical[longer[0]].name):
            continue  # "Daewon Circuit Co." is the parent of "Daewon Circuit Vina Co., Ltd.": two registered companies
        if longer and _always_a_holding(doc, mentions, key):
            continue  # "Seyhan Holding" sells its stake in "Seyhan Kablo A.Ş.": the group's parent, no short form of its unit
        # a live page's "Key points" lines above its entries name the company in full, and its entries run from the
        # latest, so the full name may come last
        if longer and key not in alias_of and (first_seen[longer[0]] < first_seen[key] or first_anywhere[longer[0]] < first_anywhere[key] or live
                                               or key == _without_place(longer[0], places)  # "Navy destroyers", then "the U.S. Navy"
                                               or _written_before(doc, canonical[longer[0]].name, first_seen[key])
                                               or _has_legal_form(canonical[longer[0]].name)
                                               and first_seen[longer[0]] < first_acting.get(key, len(doc))):
            alias_of[key] = longer[0]  # "The Wadi Noor project ..." then "Wadi Noor Hydrogen LLC, the project company"
        elif key not in alias_of and (spelt := [k for k in canonical if first_seen[k] < first_seen[key] and misspelt(key, k, 5)]):
            alias_of[key] = spelt[0]  # "Daesung Energy Materals" after "Daesung Energy Materials": a translation's slip
    result = []
    for mention in mentions:
        key, seen = mention.key, {mention.key}
        while alias_of.get(key, key) not in seen:  # 'Campo' of 'Campo Verde', itself a short form of 'Frigorífico Campo Verde'
            key = alias_of[key]
            seen.add(key)
        target = canonical.get(key, mention)
        via = "alias" if key != mention.key else mention.via
        result.append(OrgMention(mention.start, mention.end, key, target.name, target.kind, via))
    return result


def _owner_named_in_its_venture(doc: Doc, mentions: list[OrgMention], short: str, full: str) -> bool:
    """'Daeyang Mekong Logistics Co., the cold-chain joint venture of South Korea's Daeyang Logistics and Vietnam's Cuu
    Long Agri-Food JSC': a name the venture's description gives as its owner's is no short form of the venture's."""
    ventures = [v for m in mentions if m.key == full for v in doc[m.start : m.end].root.children
                if v.dep_ == "appos" and v.lemma_ in VENTURE_LEMMAS]
    return any(o.key == short and v.left_edge.i <= o.start and o.end <= v.right_edge.i + 1 for v in ventures for o in mentions)


def _always_the(doc: Doc, mentions: list[OrgMention], key: str) -> bool:
    """A one-word name the story always writes after 'the' ('the Foundry', 'past Foundry companies'), which is how it
    shortens a longer name."""
    return " " not in key and all(m.start > 0 and doc[m.start - 1].lower_ in ("the", *TIME_WORDS) for m in mentions if m.key == key)


def _always_a_holding(doc: Doc, mentions: list[OrgMention], key: str) -> bool:
    """'Seyhan Holding', written so each time: the group's holding company (a bare 'Kurobe' may be short for another)."""
    return all(doc[m.end - 1].lower_ in ("holding", "holdings") for m in mentions if m.key == key)


def in_a_heading(token: Token, text: str) -> bool:
    """'TAIWAN: Kinsun approves third plant': a short line of its own that ends without a full stop, or the short
    first sentence of a bulleted item."""
    start, end = line_span(text, token.idx)
    line = text[start:end].strip()
    if line.startswith(BULLETS) and token.sent.start_char <= start + 2 and token.sent.end_char - start <= 50 < len(line):
        return True  # "• Daesan votes for Hungary. Daesan Materials Co., the cathode maker, said": a newsletter item's headline
    return a_heading_line(line)


def line_span(text: str, char: int) -> tuple[int, int]:
    """Where the line holding character ``char`` starts and ends (its newline excluded)."""
    end = text.find("\n", char)
    return text.rfind("\n", 0, char) + 1, end if end != -1 else len(text)


def in_the_paragraph(span: Span, orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions on the line (paragraph) of ``span``."""
    doc = span.doc
    start, end = line_span(document_text(doc), doc[span.start].idx)
    return [m for m in orgs if start <= doc[m.start].idx < end]


def a_heading_line(line: str) -> bool:
    """'TAIWAN: Kinsun approves third plant', 'Pasta: a golden licence in 10th of Ramadan City': short (a web page's
    headline runs to some 120 characters), no full stop."""
    return 0 < len(line) <= 120 and not line.endswith((".", '"', "”", ":", ";"))


#: Marks that open an item of a list or a newsletter.
BULLETS = ("•", "-", "*", "–", "▪", "►")


def _names_a_project(doc: Doc, mention: OrgMention) -> bool:
    """'The Wadi Noor green ammonia project', 'the Tarfaya plant': a name that modifies a thing's noun."""
    root = doc[mention.start : mention.end].root
    return root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.lemma_ not in DEFAULT_DESCRIPTORS


def _has_legal_form(name: str) -> bool:
    """'Daewon Circuit Co.', 'SK On Co.': a registered company's full name, no short form of another ('Kurobe
    Holdings' may be what 'Kurobe' stands for)."""
    return entity_key(name) != fold(clean_name(name)) and name.split()[-1].lower() not in ("holding", "holdings", "company") \
        and not (name.startswith("PT ") and not has_legal_form(name[3:]))  # "PT Langkah Jaya", short for "PT Langkah Jaya
    # Footwear Indonesia": Indonesian papers keep the prefix on short forms


#: What stands between a company's name and the name it went by before ('X, formerly Y', 'X (formerly known as Y)',
#: 'X, which traded as Y until 2019', 'X, previously called Y').
FORMER_NAME = re.compile(r"^\s*[,(]\s*(?:(?:which|that)\b[^.;()]{0,80}?\b)?(?:(?:formerly|previously)(?: known as| called| named)?"
                         r"|(?:traded|trading|operated|operating|was known) as)\s*$", re.IGNORECASE)
#: What stands between a company's old name and its new one ('Y, and now called X', 'Y, has been renamed X').
NEW_NAME = re.compile(r"^\s*,?\s*(?:and\s+)?(?:(?:is|was|has been|had been|will be)\s+)?(?:now (?:called|known as|named)|renamed(?: as)?)\s*$",
                      re.IGNORECASE)


def _renamed(doc: Doc, mention: OrgMention, mentions: list[OrgMention], link: re.Pattern[str]) -> OrgMention | None:
    """The organisation named next after ``mention`` in its sentence when the words between them say one is the
    other's old or new name ('X, formerly Y', 'formerly known as Y and now called X')."""
    following = next((m for m in mentions if m.start >= mention.end), None)
    if following is None or following.start - mention.end > 16 or doc[mention.start].sent != doc[following.start].sent:
        return None
    return following if link.match(doc[mention.end : following.start].text) else None


def _or_name(doc: Doc, end: int) -> str | None:
    """'BP Batam' of ', or BP Batam,' right after a name: the other name it goes by, one to three capitalised words
    between commas."""
    words = doc[end : end + 6]
    if len(words) < 4 or words[0].text != "," or words[1].lower_ != "or":
        return None
    closing = next((t.i for t in words[3:] if t.text == ","), None)
    name = doc[end + 2 : closing] if closing is not None else None
    return name.text if name is not None and all(t.is_title or t.is_upper for t in name) else None


#: Words of scope a public body's name may start with and its short form drop ('the Commission').
SCOPE_WORDS = {"european", "federal", "national", "state", "provincial", "municipal", "regional"}


def _named_after_two(name: str, short: str, canonical: dict[str, OrgMention]) -> bool:
    """'shiraoka cahaya chemicals', a joint venture named after both its parents: 'Shiraoka' is the short form of the
    parent 'Shiraoka Chemical' rather than of it."""
    words = set(name.split()) - set(short.split())
    return any(other.split()[0] in words for other in canonical if other not in (name, short) and not other.startswith(short + " ")
               and not name.startswith(other + " ") and not _short_form_of(other, name))  # not 'Ningbo Tuoda', itself a form
    # of 'Ningbo Tuoda Automotive Parts Co.'


def _country_s_name_apposed(doc: Doc, mention: OrgMention, mentions: list[OrgMention]) -> OrgMention | None:
    """'PUB, Singapore's National Water Agency, for a plant': a second name set off after a body's short name, with its
    country's possessive before it."""
    i = mention.end
    if not (_is_acronym(mention.name) and i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "GPE" and doc[i + 2].tag_ == "POS"):
        return None
    apposed = next((m for m in mentions if m.start == i + 3 and m.key != mention.key and m.via == "ner"), None)
    return apposed if apposed is not None and apposed.end < len(doc) and doc[apposed.end].text in (",", ".", ")") else None


def _written_before(doc: Doc, name: str, token: int) -> bool:
    """"Japan's Kitaguchi Nyugyo" (a building to the model), then "Kitaguchi's label": the full name is written before
    the short form's first mention, whatever the model made of it there."""
    return token < len(doc) and 0 <= document_text(doc).find(name) < doc[token].idx


def _placed_before_another_s_name(name: str, short: str, canonical: dict[str, OrgMention], places: set[str]) -> bool:
    """'subic haemin shipbuilding', a venture named after a place and then 'Haemin', beside 'haemin heavy industries':
    the short form is the name it opens, unless that one goes on with a place, as a local arm's does ('Tuoda Automotive
    Hungary' beside 'Ningbo Tuoda Automotive Parts')."""
    return _without_place(name, places) != name and not name.startswith(short + " ") and any(
        other.startswith(short + " ") and not set(other.split()) & places for other in canonical)


def _without_place(key: str, places: set[str]) -> str:
    """'huayu resin co' of 'zhangjiagang huayu resin co', 'commission' of 'european commission', 'navy' of 'u s navy': a
    name without the place or scope word it starts with (a name that is nothing else stays whole)."""
    if (country := next((a for a in ABBREVIATED_COUNTRIES if key.startswith(a + " ")), None)) is not None:
        return key[len(country) + 1 :]  # "navy" of "u s navy"
    first, _, rest = key.partition(" ")
    return rest if rest and (first in places or (is_known_town(first) or is_chinese_province(first)) and len(rest.split()) > 1) else key
    # "jinrui auto components co" of "ningbo jinrui auto components co", "yunhe new energy co" of "zhejiang yunhe new
    # energy co": Chinese companies put their home town or province first


#: Countries a company's name abbreviates ("U.S. Steel" of "United States Steel Corp."), by their keys.
ABBREVIATED_COUNTRIES = {"u s": "united states", "us": "united states", "u k": "united kingdom", "uk": "united kingdom"}


def _whose_clause_it_is_in(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'joins from Dunamenti Glass Kft., where he has been plant manager of the company's float-glass works': a
    possessive description inside a relative clause set off after a company's name is that company."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if token.dep_ != "poss" or clause is None or clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",":
        return None  # not "Vestland Kapital AS, which holds 30% of the project company": another company
    return next((m for m in companies if m.start <= clause.head.i < m.end and m.via not in ("pronoun", "description")), None)


def _whom_the_sentence_is_for(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'For Três Irmãos it is the second ethanol plant: the group has run a smaller unit in Lucas do Rio Verde': a
    sentence that opens on 'For' and a company weighs the news for that company, so its 'its', 'it' and 'the group'
    are that company's."""
    first = token.sent[0]
    if first.lower_ != "for" or not first.is_sent_start:
        return None
    company = next((m for m in known if m.start == first.i + 1 and m.kind == "company" and m.via not in ("pronoun", "description")), None)
    return company if company is not None and company.end <= token.i else None


def _short_form_of(short: str, full: str) -> bool:
    """'Hyundai' of 'Hyundai Motor Group', 'Montalvo' of 'Grupo Montalvo', 'Najd Cables' of 'Najd Cable Industries',
    'U.S. Steel' of 'United States Steel'."""
    spelled_out = next((country + short[len(abbreviation):] for abbreviation, country in ABBREVIATED_COUNTRIES.items()
                        if short.startswith(abbreviation + " ")), None)
    if spelled_out is not None and (spelled_out == full or _short_form_of(spelled_out, full)):
        return True
    words = full.split()
    if words[0] in FOLDED_FIRST_WORDS and len(words) > 1:
        full = " ".join(words[1:])
        if full == short or len(words) > 2 and full.endswith(" " + short):  # "Cumbres" of "Grupo Autopartes Cumbres",
            # "Val-Bruyère" of "Coopérative Laitière Val-Bruyère"
            return True
    shorter = short.split()
    return full.startswith(short + " ") or short.endswith("s") and full.startswith(short[:-1] + " ") or len(shorter) == 2 \
        and len(words) > 2 and (shorter[0] == words[0] and (words[-1] == shorter[-1] or shorter[1] == "".join(w[0] for w in words[1:])))
    # "Veltrix Malaysia" of "Veltrix Semiconductor (Malaysia) Sdn. Bhd."; "Daesung EM" of "Daesung Energy Materials",
    # as Korean papers shorten a group's units ("LG ES", "POSCO FM")


def _introductions(doc: Doc, named: list[OrgMention]) -> dict[str, set[str]]:
    """The words each organisation is introduced with: 'US carmaker Kestrel', 'Hanbit On Co., the South Korean
    battery maker,', 'its Dutch owner Van Reede'. Lower-cased lemmas of nouns and adjectives."""
    words: dict[str, set[str]] = {}
    for mention in named:
        before = []
        for token in reversed(doc[max(0, mention.start - 4) : mention.start]):
            if token.pos_ not in ("NOUN", "ADJ", "PROPN") or any(m.start <= token.i < m.end for m in named):
                break
            before.append(token)
        after = []
        end = mention.end + 3 if doc[mention.end : mention.end + 3].text.startswith("(") and doc[mention.end + 2 : mention.end + 3].text == ")" else mention.end
        opening = mention.start > 0 and doc[mention.start - 1].pos_ == "ADP" and doc[mention.start - 1].is_sent_start
        if end + 1 < len(doc) and doc[end].text == "," and not opening:  # "X, the ...", "X (XA), the ..."; not "For Delta
            # Bulk, the venture replaces a plan of its own", where the comma closes an opening phrase
            phrase = None  # where the apposition's noun phrase ends: "a joint venture | between A and B"
            for token in doc[end + 1 : end + 8]:
                if token.text in (",", ".", ";") or token.pos_ == "VERB":
                    break
                if token.tag_ in ("WDT", "WP") or phrase is None and token.pos_ == "ADP":
                    phrase = len(after)
                if any(m.start <= token.i < m.end for m in named):  # "Wisła Energia S.A., Swedish developer Kallskär
                    after = after[:phrase] if phrase is not None else []  # Energi AB and ...": a list, not an apposition;
                    break  # "X, a joint venture in which Sunjin holds 51%" is one, up to its clause
                after.append(token)
        if mention.start >= 2 and doc[mention.start - 1].text == "," and (noun := doc[mention.start - 2]).pos_ == "NOUN" \
                and (any(c.dep_ == "appos" and mention.start <= c.i < mention.end for c in noun.children)
                     or noun.lemma_ == "venture" and mention.end < len(doc) and doc[mention.end].text == ","):  # "through their
            # joint venture, Iberochlor SA, the companies said", parsed with the venture's name as the subject of 'said'
            before += [noun, *(c for c in noun.lefts if c.dep_ in ("amod", "compound"))]  # "The joint company, Vistula Cathode ..."
        if (body := _body_serving_the_place_apposed(doc[mention.start : mention.end].root)) is not None:
            before += [body, *(c for c in body.lefts if c.dep_ in ("amod", "compound"))]
        words.setdefault(mention.key, set()).update(
            part for t in before + after if t.pos_ in ("NOUN", "ADJ", "PROPN") for part in t.lemma_.lower().split())
        if {"joint", "company"} <= words[mention.key]:
            words[mention.key].add("venture")  # a joint company is the venture
        words[mention.key].update(trade for t in doc[mention.start : mention.end] for trade in NAME_TRADES.get(t.lower_, ()))
        words[mention.key].update(_trade_words_of_the_name(doc[mention.start : mention.end]))
        if shares_split_after(doc, end) or named_after_its_partner(doc[mention.start : mention.end].root) is not None:
            words[mention.key].update(("joint", "venture"))  # "set up X, in which A will hold 55% and B 45%": 'the venture';
            # "Our joint venture with Vardhan Industries, Vardhan Shirane Specialty Chemicals, will own it"
        if end < len(doc) and doc[end].lower_ == "union" or mention.key in KNOWN_UNIONS:
            words[mention.key].add("union")  # "the IG Metall union"; "IG Metall said ... the union's first representative"
        if (country := _home_country(doc, mention.start, end)) is not None:
            words[mention.key].add(COUNTRY_MARK + country)  # "Japan's X", "X of Japan": 'the Japanese company'
    return words


def _body_serving_the_place_apposed(root: Token) -> Token | None:
    """'agency' of "the regional development agency for southern Ontario, FedDev Ontario,", where the parser hangs the
    body's name on the place it serves."""
    place = root.head
    if root.dep_ != "appos" or place.i > root.i or place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC"):
        return None
    body = place.head.head
    return body if body.pos_ == "NOUN" and body.i < place.i else None


def _trade_words_of_the_name(name: Span) -> set[str]:
    """'fertiliser' of 'Halvad Fertilisers Ltd', 'steel' of 'Hanseong Steel Co.': what the name says the company
    makes, for 'the fertiliser company' later."""
    words = {t.lower_ for t in name[1:] if t.is_alpha and t.is_title and not has_legal_form(f"X {t.text}")}
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 4}


COUNTRY_MARK = "country:"  # an introduction's country, among its words, that a demonym in a description names


def _home_country(doc: Doc, start: int, end: int) -> str | None:
    """'Japan' of "Japan's Kisaragi Motor" or 'Kisaragi Motor Co. of Japan'."""
    if start >= 2 and doc[start - 1].tag_ == "POS":
        place = doc[start - 2]
    elif end + 1 < len(doc) and doc[end].lower_ == "of":
        place = doc[end + 1]
    else:
        return None
    name = next((e.text for e in doc.ents if e.start <= place.i < e.end and e.label_ in ("GPE", "LOC")), None)
    return name if name is not None and is_country(name) else None


#: A company's shares split between holders, said right after its name: ', in which A holds 55% and B the rest',
#: ', owned 51% by A and 49% by B', ' is owned 55% by A, 30% by B and 15% by C'.
SHARE = r"\d+(?:\.\d+)?\s?(?:%|per ?cent)"
SHARES_SPLIT = re.compile(rf"^\s*(?:(?:,\s*(?:in which|of which)|,?\s*(?:which is |is |to be |will be )?(?:jointly )?owned)\b[^;]*?{SHARE}"
                          rf"|,?\s*(?:which is |is |to be |will be ){SHARE} owned\b)[^;]*?(?:{SHARE}|\b(?:rest|remainder|balance)\b)",
                          re.IGNORECASE)  # also 'is 60% owned by A and 40% by B'


#: What partners do to the joint company they end: 'the dissolution of X', 'wound up X'.
DISSOLUTION_NOUNS = {"dissolution", "liquidation", "winding-up", "unwinding"}
DISSOLVING_VERBS = {"dissolve", "liquidate", "unwind"}


def dissolved_company(root: Token) -> bool:
    """Whether the company is the one being dissolved or liquidated, which news tells of joint ventures."""
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in DISSOLUTION_NOUNS
    return root.dep_ in ("dobj", "nsubjpass") and (root.head.lemma_ in DISSOLVING_VERBS
                                                   or root.head.lemma_ == "wind" and any(c.lower_ == "up" for c in root.head.children))


def shares_split_after(doc: Doc, end: int) -> bool:
    """Whether the words after a company's name split its shares between owners: the company is a joint venture."""
    last = doc[end - 1]
    return bool(SHARES_SPLIT.match(document_text(doc)[last.idx + len(last) : last.sent.end_char]))


PUBLIC_BODY_NOUNS = {"agency", "authority", "regulator", "ministry", "department"}
PUBLIC_FUNDER_NOUNS = {"bank", "lender", "fund", "financier"}
PUBLIC_FUNDER_QUALIFIERS = {"development", "export", "sovereign"}
PUBLIC_QUALIFIERS = {"state", "government", "development", "regional", "national", "federal", "public", "investment",
                     "innovation", "promotion", "provincial", "municipal", "export", "funding", "competition", "antitrust",
                     "telecoms", "telecommunications", "communications"}  # "Poland's competition authority, UOKiK"


def _public_by_description(doc: Doc, named: list[OrgMention], resolved: list[OrgMention]) -> tuple[list[OrgMention], list[OrgMention]]:
    """'Île-de-France Mobilités (IDFM) has signed a contract ..., the authority said': a company-looking name the story
    calls an authority, a ministry or an agency is a government body."""
    public = {m.key for m in resolved if m.via == "description" and doc[m.end - 1].lower_ in PUBLIC_BODY_NOUNS and m.kind == "company"}
    if not public:
        return named, resolved
    return ([replace(m, kind="government") if m.key in public else m for m in named],
            [replace(m, kind="government") if m.key in public else m for m in resolved])


def _kinds_from_introductions(named: list[OrgMention], introductions: dict[str, set[str]]) -> list[OrgMention]:
    """'Highlands and Islands Enterprise (HIE), the regional development agency': a company-looking name introduced
    as a public agency is a government body."""
    public = {key for key, words in introductions.items() if words & PUBLIC_BODY_NOUNS and words & PUBLIC_QUALIFIERS or "regulator" in words
              or words & PUBLIC_FUNDER_NOUNS and words & PUBLIC_FUNDER_QUALIFIERS}  # "BNDES, Brazil's national development bank"
    unions = {key for key, words in introductions.items() if "union" in words}  # "the IG Metall union": no company, so
    # no 'the company' either
    return [replace(m, kind="government") if m.key in public and m.kind == "company" else
            replace(m, kind="other") if m.key in unions and m.kind == "company" else m for m in named]


def _the_parent(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """"The parent's chief executive" after 'Keystone Tubular LLC, the U.S. subsidiary of Grupo Acerero del Norte': the
    one earlier organisation the story names as a parent ('a subsidiary of X', "X's unit", 'its parent X')."""
    def org_at(word: Token) -> OrgMention | None:
        return next((m for m in named if m.start <= word.i < m.end), None)

    parents = {}
    for noun in tokens_with(doc[: token.i], LOWER, ("subsidiary", "unit", "arm", "parent")):
        owners = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        owners += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if noun.lower_ == "parent":
            owners = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
        for owner in owners:
            if (mention := org_at(owner)) is not None:
                parents[mention.key] = mention
        if noun.lower_ != "parent" and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children) \
                and (before := [m for m in named if m.end <= noun.i and m.end > noun.sent.start - 60]):
            parents.setdefault(before[-1].key, before[-1])  # "Kessler Bremsen GmbH will build a plant. Its Mexican
            # subsidiary, X, will run it": the company 'its' stands for
    return next(iter(parents.values())) if len(parents) == 1 else None


UNIT_NOUNS = ("subsidiary", "unit")


def _the_unit(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """"The subsidiary's second site" after 'Its Mexican subsidiary, Kessler Logística México S.A. de C.V.,': the one
    earlier organisation the story names as a subsidiary or unit ('X, a subsidiary of Y', 'its unit X')."""
    units = {}
    for noun in tokens_with(doc[: token.i], LOWER, UNIT_NOUNS):
        named_as = [noun.head] if noun.dep_ in ("appos", "compound") else [c for c in noun.children if c.dep_ == "appos"]
        # "its unit, X", "run by local subsidiary X"
        for word in named_as:
            if (mention := next((m for m in named if m.start <= word.i < m.end), None)) is not None:
                units[mention.key] = mention
    return next(iter(units.values())) if len(units) == 1 else None


def named_after_its_partner(root: Token) -> Token | None:
    """The venture noun of 'our joint venture with A, B': B, in apposition to the partner A (as the parser has it),
    is the venture's own name."""
    partner = root.head
    if root.dep_ != "appos" or partner.dep_ != "pobj" or partner.head.lower_ != "with" or partner.i > root.i:
        return None
    venture = partner.head.head
    return venture if venture.lemma_ in VENTURE_LEMMAS else None


def named_after_two_others(mention: OrgMention, orgs: list[OrgMention]) -> bool:
    """'Aurelia Kesari Nutrition Pvt Ltd' of Aurelia Nutrition AG and Kesari Agro Industries Ltd: in a story about a
    joint venture, the company named after two others is their venture."""
    words = mention.key.split()
    first_words = {m.key.split()[0] for m in orgs if m.key != mention.key and m.key.split()}
    return len(words) > 2 and len(first_words & set(words[:2])) == 2


def _the_blended_venture(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'the venture' after 'Aurelia Kesari Nutrition Pvt Ltd said', the company named after the two partners."""
    if not _calls_a_venture(token):
        return None
    return next((m for m in companies if m.end <= token.i and m.via == "ner" and named_after_two_others(m, companies)), None)


def _calls_a_venture(token: Token) -> bool:
    """'the venture', or 'the new company' ('Halvorsen will license its processes to the new company'), which a story
    about partners forming one calls the venture."""
    return token.lemma_ == "venture" or token.lower_ in ("company", "firm", "entity") and any(c.lower_ == "new" for c in token.lefts)


#: The names of the public funds a story calls 'the sovereign fund'.
PUBLIC_FUND_NAME = re.compile(r"\b(fund|investment authority|investment corporation|wealth|holding company|investment company)\b", re.IGNORECASE)


def _the_public_fund(token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'the sovereign fund could put in up to $40 million' after 'Oman Investment Authority': the public fund named last
    before it (a government body, which no company description stands for)."""
    if token.lower_ != "fund" or not any(c.lower_ in ("sovereign", "wealth", "state") for c in token.lefts):
        return None
    funds = [m for m in named if m.end <= token.i and m.kind == "government" and PUBLIC_FUND_NAME.search(m.name)]
    return funds[-1] if funds else None


def _owned_in_shares(doc: Doc, token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'Souss Dessalement is 60% owned by A and 40% by B ... Séquane Eau runs the plant for the venture': the one
    company named earlier with its shares split between owners."""
    if not _calls_a_venture(token):
        return None
    owned = {m.key: m for m in companies if m.end <= token.i and m.via == "ner" and shares_split_after(doc, m.end)}
    return next(iter(owned.values())) if len(owned) == 1 else None


def _the_named_group(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'The group itself will spend a further 400 million yuan' after 'a unit of Huachen Textile Group Co., Ltd.': the one
    company named earlier with 'Group' in its name."""
    if not _a_bare_group(token):
        return None
    if (found := _group_named_just_before(token, companies)) is not None:
        return found
    first = next((t for t in token.doc[: token.i] if _a_bare_group(t)), None)  # "the group's chief executive", two sentences
    # after "the group's stoneware plant": the story's 'the group' stays the one it first meant, if it names no other group
    found = _group_named_just_before(first, companies) if first is not None else None
    return found if found is not None and len({m.key for m in companies if _group_named(m)}) == 1 else None


def _a_bare_group(token: Token) -> bool:
    """'the group', not 'the Tata group' or 'a lobby group'."""
    return token.lower_ == "group" and not any(c.dep_ in ("amod", "compound") for c in token.lefts)


def _group_named(mention: OrgMention) -> bool:
    return bool(GROUP_WORDS & set(mention.name.lower().replace(",", " ").split()))


def _group_named_just_before(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """The one company with 'Group' in its name named in the sentence or the one before: not "the group's plant" in a
    story about a carmaker, three sentences after a buyer named 'Qiandao Auto Group'."""
    sentence = token.sent
    since = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    groups = {m.key: m for m in companies if since <= m.start and m.end <= token.i and _group_named(m)}
    return next(iter(groups.values())) if len(groups) == 1 else None


#: 'Group' in the languages companies are named in: 'Gruppo Brenta Moda' is 'the group'.
GROUP_WORDS = {"group", "gruppo", "grupo", "groupe", "gruppe", "groep", "grupa", "gruppen", "grup"}


def _the_dissolved_venture(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'the dipping technology it licensed to the venture' after 'The partners completed the dissolution of Körfez
    Kord': the one company named earlier as dissolved, whatever its owners were introduced with."""
    if token.lemma_ != "venture":
        return None
    doc = token.doc
    dissolved = {m.key: m for m in companies if m.end <= token.i and dissolved_company(doc[m.start : m.end].root)}
    return next(iter(dissolved.values())) if len(dissolved) == 1 else None


def _named_for_its_trade(token: Token, companies: list[OrgMention]) -> OrgMention | None:
    """'the yard will put up a hall', 'Kivijärvi holds 68% of the shipbuilder' after 'Pohjanlahti Shipyard Oy': the one
    company named earlier as a yard; so is 'the yard operator'."""
    yard_s = token.lower_ in ("operator", "owner") and any(c.dep_ == "compound" and c.lower_ in SITE_DESCRIPTORS for c in token.children)
    if token.lower_ not in SITE_DESCRIPTORS | {"shipbuilder"} and not yard_s:
        return None
    yards = {m.key: m for m in companies if m.end <= token.i and SHIPYARD_NAME.search(m.name)}
    return next(iter(yards.values())) if len(yards) == 1 else None


def _described(token: Token, named: list[OrgMention], introductions: dict[str, set[str]]) -> OrgMention | None:
    """'the Korean manufacturer', 'the carmaker': the one earlier organisation introduced with these words."""
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
    modifiers += [t for c in modifiers if c.lower_ == "based" for t in c.lefts if t.dep_ in ("npadvmod", "compound")]  # "the Copenhagen-based company"
    words = {token.lemma_.lower()} | {part for c in modifiers for part in c.lemma_.lower().split()}
    words -= {"company", "firm", "group", "business", "base", "based", "-"}
    if not words:
        return None
    earlier = [m for m in named if m.end <= token.i]
    overlap = {m.key: _shared_words(words, introductions.get(m.key, set())) for m in earlier}
    best = max(overlap.values(), default=0)
    matching = [key for key, count in overlap.items() if count == best and count > 0]
    if len(matching) != 1:  # "the Stockholm-based developer": the one introduced as a developer, if only one was
        head_matching = {m.key for m in earlier if token.lemma_.lower() in introductions.get(m.key, set())}
        if len(head_matching) != 1:
            return None
        matching = list(head_matching)
    return next(m for m in reversed(earlier) if m.key == matching[0])


def _shared_words(words: set[str], introduced: set[str]) -> int:
    """How many of a description's words its organisation was introduced with, a demonym counting for its country
    ('the Japanese company' after "Japan's X")."""
    countries = [w.removeprefix(COUNTRY_MARK) for w in introduced if w.startswith(COUNTRY_MARK)]
    towns = [i for i in introduced if i[:1].isalpha() and not i.startswith(COUNTRY_MARK)]
    homes = {code for c in countries for code in countries_of(c)}
    return len(words & introduced) + sum(1 for w in words - introduced if any(names_its_people(w, c) for c in countries)
                                         or any(not is_country(i) and (names_the_people_of_a_town(i, w) or names_the_people_of_a_town(w, i))
                                                for i in towns)
                                         or not is_country(w) and homes and countries_of(w) & homes)
    # and a town for a demonym, either way: 'the Copenhagen-based company' after 'Danish ingredients company X', 'the
    # Turkish company' after 'the İzmir-based wind blade maker' (not 'the Cuiabá-based company' after "Brazil's
    # development bank": a country's name is no demonym); and a town of its country: 'the Ulsan-based group' after
    # "South Korea's X"


def _demonym_countries(token: Token) -> set[str]:
    """The countries a description's demonym or home town names ('the Thai company' -> TH, 'the Lisbon developer',
    'the Lisbon-based developer' -> PT)."""
    modifiers = [*token.lefts] + [t for c in token.lefts if c.lower_ == "based" for t in c.lefts]
    return {code for c in modifiers for code in (people_s_countries(c.text) if c.ent_type_ == "NORP"
                                                 else countries_of(c.text) if c.ent_type_ == "GPE" else ())}


def _of_another_country(described: set[str], introduced: set[str]) -> bool:
    """Whether a description's demonym countries ('the Thai company') are others than those its organisation was
    introduced with ('Chinese carmaker X', "China's X")."""
    if not described:
        return False
    home = {code for word in introduced for code in (countries_of(word.removeprefix(COUNTRY_MARK)) if word.startswith(COUNTRY_MARK)
                                                     or is_country(word) else people_s_countries(word))}  # "US turbine maker X"
    return bool(home) and not home & described


INSTITUTION_NOUNS = {"board", "authority", "agency", "ministry", "department", "bank", "fund", "commission", "council",
                     "corporation", "trust", "federation", "union", "cabinet", "province", "prefecture", "municipality", "government",
                     "co-operative", "cooperative", "co-op", "office"}

#: The words a co-operative's name holds anywhere ('Ballyhea Co-operative Creamery'), any of which 'the co-op' stands for.
CO_OPERATIVE_NOUNS = {"co-operative", "cooperative", "co-op"}


#: "the province", "the city": the government of a place, by the word its name is built on.
PLACE_GOVERNMENTS = {"province": "provincial", "city": "city", "county": "county", "state": "state", "region": "regional",
                     "prefecture": "prefectural", "municipality": "municipal"}


def _named_by_its_noun(token: Token, named: list[OrgMention], introductions: dict[str, set[str]]) -> OrgMention | None:
    """'the board', 'the authority', 'the ministry', 'the union': the one earlier organisation whose name is built on
    that noun ('Singapore Economic Development Board', 'Ministry of Economy, Trade and Industry') or that was called
    one ('the IG Metall union', 'IG Metall, Germany's largest industrial union,'), if only one is."""
    noun = token.lower_
    modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")]
    if noun not in INSTITUTION_NOUNS | set(PLACE_GOVERNMENTS) or token.dep_ == "compound" and not token.nbor().like_num:
        return None  # not "the bank loan", but "and the fund 380 million"
    bodies = {}
    for mention in named:
        if mention.end <= token.i:
            words = mention.name.lower().replace(",", " ").split()
            if noun in CO_OPERATIVE_NOUNS:
                if CO_OPERATIVE_NOUNS & set(words):  # "the local co-op" after "Ballyhea Co-operative Creamery"
                    bodies[mention.key] = mention
                continue
            foreign = bool(words) and words[0] in FOREIGN_HEADS.get(noun, ())  # "the municipal council" of the "Câmara
            # Municipal das Caldas da Rainha", its modifier in the name's own language
            if modifiers and words[-len(modifiers) - 1 :] != [*modifiers, noun] and not foreign:
                continue  # "the combined authority" of the "Liverpool City Region Combined Authority" only
            called = mention.end < len(token.doc) and token.doc[mention.end].lower_ == noun or noun in introductions.get(mention.key, ())
            headed = words and (words[-1] == noun or words[0] == noun or foreign or _headed_before_of(words, noun))
            if headed or called or mention.kind == "government" and PLACE_GOVERNMENTS.get(noun) in words:
                bodies[mention.key] = mention  # "the province" after "North Gyeongsang Provincial Government"
    in_its_sentence = [m for m in bodies.values() if m.start >= token.sent.start]  # '"For the EBRD the attraction is
    # efficiency," said Nadia Berger, the bank's head of Egypt', with another bank named before
    return next(iter(bodies.values())) if len(bodies) == 1 else in_its_sentence[0] if len(in_its_sentence) == 1 else None


#: The words other languages open a body's name with, for the English noun that describes it later.
FOREIGN_HEADS = {"union": ("sindicato", "syndicat", "sindacato"),
                 "council": ("conseil", "consejo", "conselho", "consiglio", "câmara", "camara", "ayuntamiento"),
                 "authority": ("autoridad", "autorité", "autorità"), "ministry": ("ministère", "ministerio", "ministério", "ministero"),
                 "agency": ("agence", "agencia", "agência", "agenzia")}


def _headed_before_of(words: list[str], noun: str) -> bool:
    """'authority' of 'port authority of valencia', 'bank' of 'european bank for reconstruction and development': the
    name's head."""
    return any(word == noun and following in ("of", "for") for word, following in zip(words, words[1:]))


def _named_with_capitals(token: Token) -> bool:
    """Whether a capitalised descriptor carries the capitalised words of a name: two of them, or one proper noun
    that is no demonym ('the Modernisation Fund', not 'the Japanese Company')."""
    capitals = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.is_title]
    return len(capitals) >= 2 or any(c.pos_ == "PROPN" and c.ent_type_ != "NORP" for c in capitals)


def _description_start(token: Token) -> int:
    """Where 'the company' starts: at its first modifier, or at a 'the' the parser hung on a later word."""
    start = min((c.i for c in token.lefts), default=token.i)
    return token.i - 1 if start == token.i and _after_the(token) else start


def _definite(token: Token) -> bool:
    """'the company' or 'the company's', not 'a company' or 'companies'."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in token.lefts) or _after_the(token)


def _after_the(token: Token) -> bool:
    """'and the fund 380 million dirhams', where the parser hung 'the' on 'dirhams'."""
    return token.i > 0 and token.nbor(-1).lower_ == "the"


def _is_apposition_of_org(token: Token, named: list[OrgMention]) -> bool:
    """'AESC, the Japan-based company, ...' is a description in apposition, not a new reference; nor is 'the Swiss
    investment group Aldinger Holding AG', a description the name is in apposition to."""
    head = token.head if token.dep_ == "appos" else None
    named_after = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    return any(m.start <= word.i < m.end for m in named for word in ([head] if head is not None else []) + named_after)


EMBEDDED_CLAUSES = {"ccomp", "relcl", "advcl"}


def _governing_orgs(token: Token, named: list[OrgMention]) -> set[str]:
    """Organisations a description cannot refer to: the subjects of the clauses it sits in and the
    nouns it hangs from ('AESC, ..., which has been making batteries for the company' is not AESC)."""
    excluded = set()
    for ancestor in token.ancestors:
        nodes = [ancestor] + [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass", "appos")]
        for node in nodes:
            excluded |= {m.key for m in named if m.start <= node.i < m.end or _appos_linked(node, m)}
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ in EMBEDDED_CLAUSES:
            if ancestor.dep_ == "relcl":  # "AESC, which has been making batteries for the company": not AESC
                excluded |= {m.key for m in named if m.start <= ancestor.head.i < m.end or _appos_linked(ancestor.head, m)}
            break  # "X said that Y will buy a stake in the company", "Hessler said ... a cement that the group will
            # market": beyond its own clause, a description may well be the speaker
    return excluded


def _named_after_the_lede(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'A car parts maker is to close its factory in Sunderland ... Calder Automotive Systems, which makes seat
    frames, told staff': a lede that names no organisation describes the company the next sentence names first."""
    first = doc[0].sent
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts)
    described = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) and any(
        c.dep_ == "amod" and c.lower_ == "based" for c in token.lefts)  # "The İzmir-based wind blade maker ... has signed
    # its first customer, with US turbine manufacturer Prairieline ...": a customer named after it is not what it means
    if token.sent != first or token.dep_ != "nsubj" or not (indefinite or described):
        return None
    if any(first.start <= m.start < (first.end if indefinite else token.i) for m in named) or first.end >= len(doc):
        return None
    second = doc[first.end].sent if not doc[first.end].is_space else doc[min(first.end + 1, len(doc) - 1)].sent
    return next((m for m in named if second.start <= m.start < second.end and m.kind == "company"), None)


def _antecedent(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """The subject organisation of the previous sentence for a subject; else the nearest earlier
    organisation that is not the subject of the description's own clause."""
    excluded = _governing_orgs(token, named)
    if token.lower_ in GENERIC_DESCRIPTORS:
        speaker_s = _speaker_s_company(token, named)
        if speaker_s is not None and speaker_s.key not in excluded:
            return speaker_s
        topic = _last_sentence_s_company(doc, token, named) or _newly_introduced_before(doc, token, named)
        if topic is not None and topic.key not in excluded:
            return topic
        named_so = _named_so_in_the_paragraph(doc, token, named)
        if named_so is not None and named_so.key not in excluded:
            return named_so
        acted_on = _company_the_paragraph_s_body_acted_on(doc, token, named)
        if acted_on is not None and acted_on.key not in excluded:
            return acted_on
        quoted_s = _quoted_speaker_s_company(doc, token, named)
        if quoted_s is not None:
            return quoted_s
        opening = _paragraph_s_company(doc, token, named)
        if opening is not None and opening.key not in excluded:
            return opening
        dominant = most_mentioned([m for m in named if m.end <= token.i])  # "the company" is the story's company
        if dominant is not None and dominant.key not in excluded:
            return dominant
    is_subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"))
    if is_subject and (fresh := _newly_named_before(doc, token, named)) is not None and fresh.key not in excluded:
        return fresh
    if is_subject:
        previous = _previous_subject(doc, token, named)
        if previous is not None:
            return previous
    before = [m for m in named if m.end <= token.i and m.key not in excluded]
    return before[-1] if before else None


def _named_so_in_the_paragraph(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Thang Long Technology, which builds data centres, will handle permits. ... said Tran Minh Duc, the group's
    chairman': the one company named earlier in the paragraph whose full name ends in the noun ('Thang Long Technology
    Group')."""
    text = document_text(doc)
    paragraph_start = text.rfind("\n", 0, token.idx) + 1
    keys = {m.key for m in named if m.end <= token.i and doc[m.start].idx >= paragraph_start and m.kind == "company"}
    so_named = {m.key: m for m in named if m.key in keys and m.name.lower().split()[-1:] == [token.lower_]}
    return next(iter(so_named.values())) if len(so_named) == 1 else None


def _newly_named_before(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'... an agreement that Hanul signed with Daeseong Memory Co. The chipmaker will use': a trade description that
    opens a sentence tells of the organisation the sentence before named for the first time, when that one was no
    subject there (and the only one named so)."""
    start = token.sent.start
    if token.i != start + 1 or start == 0 or "\n" in doc[start - 1].text_with_ws:
        return None
    previous = doc[start - 1].sent
    first_named = [m for m in named if previous.start <= m.start < previous.end and doc[m.start].ent_type_ == "ORG"
                   and all(o.start >= m.start for o in named if o.key == m.key)
                   and not any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))]
    return first_named[0] if len({m.key for m in first_named}) == 1 else None  # not one of two partners named


def _newly_introduced_before(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'The Évora plant has also given Helionorte Solar, S.A. the largest order in its history. The company, which
    assembles modules ...': a company named in full, legal form and all, for the first time in the sentence before is
    what 'the company' opening the next one is about."""
    fresh = _newly_named_before(doc, token, named)
    return fresh if fresh is not None and (_has_legal_form(doc[fresh.start : fresh.end + 2].text) or doc[fresh.end - 2].text == ","
                                           and _has_legal_form(doc[fresh.start : fresh.end].text)) else None  # (", S.A." after the
    # name, or taken into it)


def _last_sentence_s_company(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Litio Pampa wants to build the plant in La Negra ... The company puts the cost of the first phase at $780
    million': a sentence that opens on 'the company' (or 'the company's board') goes on about the company the
    sentence before was about, when that one, in the same paragraph, had a named company as its main subject or
    opened on 'For' and a company."""
    subject = token.head if token.dep_ == "poss" else token  # "The company's board on Friday approved"
    if subject.dep_ != "nsubj" or _description_start(token) != token.sent.start:  # "The company", "The German group"
        return None
    start = token.sent.start
    if start == 0:
        return None
    if "\n" in doc[start - 1].text_with_ws:
        return _previous_paragraph_s_company(doc, start, named)
    previous = doc[start - 1].sent
    return _whom_the_sentence_is_for(previous[-1], named) or _subject_company(previous, named) or _company_a_public_body_acted_on(previous, named)


def _company_the_paragraph_s_body_acted_on(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'The Food and Drug Administration has ordered a recall of ... Visayan Seafoods Inc.'s Alon sardines ... packed
    at the company's cannery': in a paragraph that opens on a regulator's act, 'the company' is the one company it
    acted on, when no other company is named before the description."""
    text = document_text(doc)
    opening = doc.char_span(text.rfind("\n", 0, token.idx) + 1, token.idx, alignment_mode="expand")
    if opening is None or opening.start >= token.sent.start:
        return None
    before = {m.key for m in named if opening.start <= m.start and m.end <= token.i and m.kind == "company" and m.via not in ("pronoun", "description")}
    acted_on = _company_a_public_body_acted_on(doc[opening.start].sent, named)
    return acted_on if acted_on is not None and before == {acted_on.key} else None


def _company_a_public_body_acted_on(sentence: Span, named: list[OrgMention]) -> OrgMention | None:
    """'OSHA proposed $412,500 in penalties against Brenmark Poultry ... The company said': after a regulator's act
    (its subject an organisation but no company), 'the company' is the one company it acted on."""
    topic = _main_subject(sentence)
    companies = {m.key: m for m in named if sentence.start <= m.start < sentence.end and m.kind == "company"}
    public = topic is not None and topic.ent_type_ == "ORG" and not any(m.start <= topic.i < m.end for m in companies.values())
    return next(iter(companies.values())) if public and len(companies) == 1 else None


def _paragraph_s_company(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Daejin Energy Solutions signed an investment agreement for a pack plant ... It will be the company's second
    plant': later in a paragraph (one item of a list of deals, say), 'the company' is the one the paragraph opens with
    as subject."""
    if not token.is_lower:
        return None  # a release's "the Company" is its issuer throughout
    text = document_text(doc)
    first = doc.char_span(text.rfind("\n", 0, token.idx) + 1, token.idx, alignment_mode="expand")
    if first is None:
        return None
    if first.start >= token.sent.start:  # "The board of Kalinga Refractories Ltd approved Rs 540 crore for a plant at Jajpur,
        counterparty = token.dep_ == "pobj" and token.head.lower_ in ("with", "from", "against")
        subject = _subject_company(token.sent, named) if not counterparty else None  # the company's second in Odisha": in the
        return subject if subject is not None and subject.end <= token.i else None  # paragraph's first sentence, its subject
        # (not the other side of "Unifor Local 4457 said it has opened talks with the company")
    opening = doc[first.start].sent
    if in_a_heading(doc[opening.start], text) and opening.end < token.sent.start:
        opening = doc[opening.end].sent  # "• Nordavia pulls the plug. Nordavia Battery AS said ...": past the item's headline
    return _subject_company(opening, named)


def _previous_paragraph_s_company(doc: Doc, start: int, named: list[OrgMention]) -> OrgMention | None:
    """'Gudang Dingin runs cold stores ... In March it opened a warehouse ... / The company plans to invest': a
    paragraph that opens on 'the company' goes on about the company the paragraph before opened with as subject."""
    paragraph_start = start - 1
    while paragraph_start > 0 and "\n" not in doc[paragraph_start - 1].text_with_ws:
        paragraph_start -= 1
    return _subject_company(doc[paragraph_start].sent, named)


def _subject_company(sentence: Span, named: list[OrgMention]) -> OrgMention | None:
    """The named company that is the main clause's subject of ``sentence``, if one is, or the one it reports on."""
    topic = _main_subject(sentence)
    return next((m for m in named if topic is not None and m.start <= topic.i < m.end and m.kind == "company"), None) \
        or _company_reported_on(sentence, named)


#: What a lender does: 'has agreed to lend MAD 1.2 billion'.
LENDING_VERBS = {"lend", "loan", "finance", "refinance"}


def _company_reported_on(sentence: Span, named: list[OrgMention]) -> OrgMention | None:
    """'PT Sumatra Pelet Energi plans to invest IDR 2.1 trillion ..., the company said on Friday', '..., chief executive
    X said': a sentence that reports what a named company does is about that company; not a lender's loan ('Banque
    Atlantique has agreed to lend ..., the venture said'), which the borrower reports."""
    speaker = _main_subject(sentence)
    reported = next((c for c in sentence.root.children if c.dep_ == "ccomp" and c.i < sentence.root.i), None)
    if speaker is None or reported is None or sentence.root.lemma_ not in REPORTING_VERBS or speaker.tag_ not in ("NN", "NNP") \
            or any(t.lemma_ in LENDING_VERBS for t in reported.subtree):
        return None  # (not "..., the companies said", "two of the people said": partners or sources telling of a deal)
    said_of = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said_of is None or inside_quote(said_of, document_text(sentence.doc)):
        return None  # '"Hanseong brings us a customer," Setiadi said': whom a quote speaks of, not who speaks
    return next((m for m in named if m.start <= said_of.i < m.end and m.kind == "company"), None)


def _main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main clause, past a roundup item's run-in heading ('REGULATION — The Egyptian Civil
    Aviation Authority has suspended', 'MANUFACTURING — Pune-based Suryadev Aerocomponents Ltd said'), which the parser
    takes for a subject too, and past a company's board ('The board of Kalinga Refractories Ltd on Wednesday approved')."""
    subjects = [c for c in sentence.root.children if c.dep_ == "nsubj"]
    heading = next((c for c in subjects if c.is_upper and len(c) > 1 and c.i + 1 < len(c.doc) and c.nbor(1).text in ("—", "–", ":")), None)
    subject = (subjects[0] if subjects else None) if heading is None else \
        next((c for c in subjects if c is not heading), None) or next((c for c in heading.children if c.dep_ == "appos"), None)
    return next((g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), subject) \
        if subject is not None and subject.lemma_ == "board" else subject


#: Speakers whose firm is not the company they speak of, nor a party to its deals ('Damien Kwok, an analyst at Argent
#: Securities, said').
COMMENTATORS = {"analyst", "analysts", "economist", "economists", "strategist", "consultant", "professor", "researcher", "fellow"}


def _speaker_s_company(token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Metalform chief executive Ewa Kaczmarek said the investment would fund a casting cell at the company's Kalisz
    works': what a company's own officer says 'the company' does is said of that company."""
    clause = token
    while not _what_is_said(clause) and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if not _what_is_said(clause):
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.ent_type_ != "PERSON" or any(t.lower_ in COMMENTATORS for t in speaker.subtree):
        return None
    employers = {m.key: m for t in speaker.subtree if t.i != speaker.i and not _in_a_clause_on(t, speaker)
                 for m in named if m.start <= t.i < m.end}  # not "Whitacre, who set up the company with money from Ozark Hill"
    return next(iter(employers.values())) if len(employers) == 1 else None


def _quoted_speaker_s_company(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Nile Aromatics has signed to take a tenth of the capacity. "Storage at the berth changes our costs," said
    Yasmine Farouk, the company's commercial director': a quote's speaker, described by the company they work for,
    speaks for the company the sentence before was about, not for the story's company."""
    title = token.head if token.dep_ == "poss" else None
    speaker = title.head if title is not None and title.dep_ == "appos" else None
    if speaker is None or speaker.ent_type_ != "PERSON" or speaker.head.lemma_ not in REPORTING_VERBS:
        return None
    sentence = token.sent
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws or not inside_quote(doc[sentence.start + 1], document_text(doc)):
        return None
    return _previous_subject(doc, token, [m for m in named if m.kind == "company"])


def _what_is_said(clause: Token) -> bool:
    """The clause a reporting verb reports, or the noun the parser made its object ('said the group's refinery in
    Yichun would supply the venture')."""
    return clause.dep_ in ("ccomp", "dobj") and clause.head.lemma_ in REPORTING_VERBS


def _in_a_clause_on(token: Token, noun: Token) -> bool:
    """Whether ``token`` sits in a relative or participle clause on ``noun`` (what is said of it, not its title)."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def most_mentioned(orgs: list[OrgMention], kind: str = "company") -> OrgMention | None:
    """The organisation of ``kind`` the story is about: the one mentioned most, descriptions and pronouns included,
    the first named counting one mention more (a lender named as often as the borrower is not the story's company)."""
    counts: dict[str, list[OrgMention]] = {}
    for mention in orgs:
        if mention.kind == kind:
            counts.setdefault(mention.key, []).append(mention)
    first = next(iter(counts), None)
    return max(counts.values(), key=lambda ms: len(ms) + (ms[0].key == first))[0] if counts else None


#: Where a noun stands in a clause; a word there is no verb whatever its tag.
NOMINAL_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass", "compound")


def verb_of(token: Token) -> Token:
    """The verb (or auxiliary) whose clause the token is in: the token itself, or the first verb up its heads (not a
    noun the tagger took for a verb: 'to ship two cargoes/VERB to X from its plant' is an object)."""
    while (token.pos_ not in ("VERB", "AUX") or token.dep_ in NOMINAL_DEPS) and token.head.i != token.i:
        token = token.head
    return token


def agent_of(verb: Token) -> Token | None:
    """The object of the verb's 'by' agent ('will be run by X', 'supplied by X'), if it has one."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _appos_linked(subject: Token, mention: OrgMention) -> bool:
    return any(mention.start <= c.i < mention.end for c in subject.children if c.dep_ == "appos")


def _previous_subject(doc: Doc, token: Token, named: list[OrgMention]) -> OrgMention | None:
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
    for sentence in reversed(sentences[max(0, index - 2) : index]):
        if _splits_shares(sentence):
            continue  # "The venture, X, was registered last week. Tokiwa owns 60% and Yuanshan 40%. It will spend": the venture
        subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")]
        main = [t for t in subjects if t.head.dep_ == "ROOT"]  # the main clause's subject, else its agent ("The second
        # fab will be run by JASM, a company in which Sony holds a stake. Its first plant": JASM's, not Sony's)
        main += [a for v in (sentence.root, *sentence.root.conjuncts) if (a := agent_of(v)) is not None][:1]  # "is owned and run by X"
        subjects = main + [t for t in subjects if t not in main]
        for subject in subjects:
            for mention in named:
                if mention.start <= subject.i < mention.end or _appos_linked(subject, mention) or _called(subject, mention):
                    return mention
        in_sentence = [m for m in named if sentence.start <= m.start < sentence.end]
        if in_sentence:
            return in_sentence[0]
    return None


def _called(subject: Token, mention: OrgMention) -> bool:
    """'The joint venture, to be called X, will be owned 74% by A': the subject is the organisation it is to be called."""
    return any(c.dep_ in ("acl", "relcl") and c.lower_ in ("called", "named") and c.i < mention.start and mention.end <= c.right_edge.i + 1
               for c in subject.children)


def _splits_shares(sentence: Span) -> bool:
    """'Tokiwa owns 60% and Yuanshan 40%': a sentence that shares out a company among its owners is about the company
    owned, which its subjects are not ('X is owned 60% by A and 40% by B' is about X, its subject)."""
    return sentence.root.lemma_ in ("own", "hold", "have", "control") and any(c.dep_ == "nsubj" for c in sentence.root.children) and sum(t.text == "%" or t.lower_ == "percent" for t in sentence) >= 2


#: Nouns for a group of companies acting as one ('a consortium of A, B and C').
CONSORTIUM_NOUNS = {"consortium", "syndicate", "group", "alliance"}


def lead_member(noun: Token, orgs: list[OrgMention]) -> OrgMention | None:
    """'A consortium of Deccan Freightways, Ardmore Logistics and Konkan Intermodal will build': its lead, which news
    names first, acts for it."""
    if noun.lemma_ not in CONSORTIUM_NOUNS:
        return None
    return next((m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for m in orgs_within(p, orgs)), None)


def orgs_within(prep: Token, orgs: list[OrgMention]) -> list[OrgMention]:
    """Every organisation named in a preposition's phrase, in order, however parsed ('between A and B', 'of Spanish
    stevedore A, Italian shipping line B and Japanese car carrier C'); not 'Dutch' in 'Dutch waste processor X'."""
    return [m for m in orgs if prep.i < m.start and m.end <= prep.right_edge.i + 1 and m.via != "pronoun"
            and not (m.end - m.start == 1 and people_s_countries(m.name))]


def named_before_to(verb: Token) -> Token | None:
    """'aid for Donauwerk to replace a furnace', 'a loan for Cerrado Terras Raras SA to build a plant': the word right
    before the infinitive's 'to', after 'for', which names who does what the infinitive says."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i > 0), None)
    before = to.doc[to.i - 1] if to is not None else None
    return before if before is not None and before.head.lower_ == "for" else None


def clause_subject(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'Hanbit On supplies Kestrel with cells from its factories': 'its' belongs to the subject of its clause (or of
    the clause it complements: 'X, which set out a plan to modernise its breweries'), not to the organisation named last."""
    def org_at(word: Token) -> OrgMention | None:
        return next((m for m in known if m.start <= word.i < m.end or _appos_linked(word, m)), None)

    if (recipient := _money_given_to(token, org_at)) is not None:
        return recipient
    verb = token
    for _ in range(4):
        verb = verb_of(verb)
        if (before := named_before_to(verb)) is not None and (named := org_at(before)) is not None:
            return named  # "€280 million in aid for Donauwerk to replace a furnace at its Linz steelworks"
        if verb.dep_ == "acl" and (planner := next((m for c in verb.head.children if c.dep_ == "poss" and (m := org_at(c))), None)):
            return planner  # "a decision on X's plan to replace two kilns at its cement works"
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and verb.lemma_ in REPORTING_VERBS and subject.i < token.i <= subject.right_edge.i:
            reported = next((m for s in reported_subjects(verb) if (m := org_at(s)) is not None), None)
            if reported is not None:
                return reported  # "X will hold the plot, said Johan Ek, its head of business development": X's
        if subject is not None:
            found = org_at(verb.head if subject.tag_ == "WDT" and verb.dep_ == "relcl" else subject)
            if found is None and subject.lower_ == "it" and verb.dep_ == "relcl":
                verb = verb.head  # "X signed a deal with Y for the plant it is building at its Dangjin steelworks": 'it'
                continue  # is whoever the clause the plant is named in is about
            if found is not None or verb.dep_ != "ccomp" or subject.pos_ != "NOUN" and subject.lower_ != "it" or verb.head.i == verb.i:
                return found
            verb = verb.head  # "Hessler said the work would move to its plant": a thing's clause; 'its' is the speaker's, as
            continue  # in "X said it had signed an offtake with Y for output from its refinery"
        agent = agent_of(verb)
        if agent is not None or any(c.dep_ == "nsubjpass" for c in verb.children):
            return org_at(agent) if agent is not None else None  # "supplied by Cascadia from its plant"
        if verb.dep_ not in ("xcomp", "acl", "advcl", "conj", "pcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return next((m for m in known if m.start == token.sent.start and m.end <= token.i), None)  # a parse that lost the subject


def reported_subjects(verb: Token) -> list[Token]:
    """The subjects of what a reporting verb reports ('X will hold the plot, said Y'): whom its speaker speaks for."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] or ([verb.head] if verb.dep_ in ("parataxis", "ccomp") else [])
    return [s for clause in clauses for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


#: Money given to someone for something of theirs ('a loan to X for the expansion of its mill').
GIFT_NOUNS = {"loan", "grant", "subsidy", "aid", "credit", "incentive", "financing", "funding", "support", "guarantee"}


#: Verbs whose 'to X' names who gets what is given, whatever it is ('granted a tax holiday to X').
GIVING_VERBS = {"grant", "award", "give", "allocate", "extend"}


def _money_given_to(token: Token, org_at: Callable[[Token], OrgMention | None]) -> OrgMention | None:
    """'BNDES has approved a R$600 million loan to Laminados Paraíba for the expansion of its mill': 'its' is the
    borrower's, not the lender's that is the subject; so is it where the borrower says the lender approved it."""
    for node in token.ancestors:
        verb = node.pos_ in ("VERB", "AUX")
        gifts = [g for g in ([c for c in node.children if c.dep_ == "dobj"] if verb else [node]) if g.lemma_ in GIFT_NOUNS]
        holders = [*gifts, node] if verb and (gifts or node.lemma_ in GIVING_VERBS) else gifts  # "approved a loan to X", the
        # parser hanging "to X" on the verb; "granted a tax holiday to X for its mill", whatever is granted
        for to in (p for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" and p.i < token.i):
            found = next((m for g in to.children if g.dep_ == "pobj" and (m := org_at(g)) is not None), None)
            if found is not None:
                return found
        if verb and gifts and node.dep_ == "ccomp" and node.head.lemma_ in REPORTING_VERBS:
            return next((m for c in node.head.children if c.dep_ == "nsubj" and (m := org_at(c)) is not None), None)
            # "Araguaia said that BNDES had approved a loan for its plant in Sorriso": the borrower reports it
        if verb:
            return None
    return None


def nearest_before(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """The organisation named last before ``token`` in its sentence."""
    sentence = token.sent
    before = [m for m in known if sentence.start <= m.start and m.end <= token.i]
    return before[-1] if before else None


def _reported_subject(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'Nissan confirmed (that) it is in talks': 'it' is the organisation that reports."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    while (verb.dep_ in ("ccomp", "xcomp", "conj") or _on_the_day(verb)) and verb.head.i != verb.i:
        verb = verb.head.head if _on_the_day(verb) else verb.head
        if verb.lemma_ in REPORTING_VERBS:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ == "conj":  # "X is building ... and has said it wants": X said it
                subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ == "acl":  # "The venture, X, announced that it will invest", the parser
                subject = verb.head  # taking "announced" for a participle on "venture"
            if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subject = verb.head  # "The company, which said on Tuesday that it will spend": the company
            if subject is None:  # "..., Chennai-based Marina Green Energy Ltd said it would": a parse that lost the subject
                return next((m for m in known if m.end == verb.i and m.start >= verb.sent.start), None)
            return next((m for m in known if m.start <= subject.i < m.end or _appos_linked(subject, m)), None) or next(
                (m for m in known if subject.pos_ == "NOUN" and subject.left_edge.i <= m.start and m.end <= subject.i),
                None)  # "The GMB union said it had opened talks", "The IG BCE chemical workers' union said it": the union
            # named before its noun
    return None


def _owner_of_the_project(token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'The R3.9 billion project is owned by Kwezi Wind Cookhouse (RF) (Pty) Ltd ... The project company has signed a
    PPA': the project company is the one the story said owns the project."""
    if token.lower_ != "company" or not any(c.dep_ == "compound" and c.lower_ == "project" for c in token.children):
        return None
    owners = [m for project in tokens_with(token.doc[: token.sent.start], LOWER, ("project",)) if project.dep_ == "nsubjpass"
              and project.head.lemma_ in ("own", "hold") for agent in project.head.children if agent.dep_ == "agent"
              for g in agent.children for m in named if m.start <= g.i < m.end]
    return owners[-1] if owners else None


def _reporting_its_own_news(token: Token, named: list[OrgMention]) -> OrgMention | None:
    """'Coolabah Metals Ltd has agreed to sell a 30% interest ... to Kanemaru Corp., the Perth-based miner said': a
    description that reports, after what it reports, is the company that clause opens with as subject."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
        return None
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)
    subject = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None) if reported is not None else None
    return next((m for m in named if subject is not None and m.start <= subject.i < m.end), None)


def _on_the_day(verb: Token) -> bool:
    """'X said the same day that it had signed': the parser hangs the reported clause on the day, as a relative one."""
    return verb.dep_ == "relcl" and verb.head.dep_ == "npadvmod" and verb.head.ent_type_ in ("DATE", "TIME")


#: What 'it' does when 'it' is an organisation the sentence before is about (a plant employs and produces too, so those
#: are left out; 'it opened a warehouse' after 'Gudang Dingin runs cold stores' is the company's; 'it' that builds, runs
#: or closes something was measured and left out).
ACTING_VERBS = {"invest", "spend", "commit", "pledge", "plan", "sign", "agree", "acquire", "buy", "sell", "raise", "subscribe",
                "partner", "hire", "appoint", "name", "award", "license", "order", "lend", "finance", "fund", "open", "launch",
                "expand"}


def _acting_subject(doc: Doc, token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'Under an agreement signed with Covestro, it also committed to subscribe to a capital increase': an 'it' that
    invests, commits or signs is the organisation the sentence before is about (its main subject)."""
    if token.dep_ != "nsubj":
        return None
    acts = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp" and token.head.lemma_ in INTENDING_VERBS)]
    return _previous_subject(doc, token, known) if any(v.lemma_ in ACTING_VERBS for v in acts) else None


def _subject_of_the_clause_on_a_place(token: Token, known: list[OrgMention]) -> OrgMention | None:
    """'Foxlink Electronics has bought land in Rayong, where it will build a factory': an 'it' in a 'where' clause on
    the place the main clause's organisation took is that organisation."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return None
    main = verb_of(clause.head)
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    return next((m for m in known if subject is not None and m.start <= subject.i < m.end and m.via != "pronoun"), None)


#: Verbs of an intention whose complement says what the subject does ('It expects to spend 2.9 billion zloty').
INTENDING_VERBS = {"expect", "intend", "aim", "hope", "want", "seek", "need", "propose"}


def inside_quote(token: Token, text: str) -> bool:
    """Whether an odd number of double quotes precede the token in its paragraph."""
    paragraph_start = text.rfind("\n\n", 0, token.idx) + 1
    before = text[paragraph_start : token.idx]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1 or before.count("“") > before.count("”")
