"""The kg spaCy components on small crafted sentences: each rule, one test."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.tokens import Span

from kg.components.entities import _a_listing_venue, _acts_as_a_party, _common_noun_acronyms, _first_half_of_a_code, _people_named_as_companies
from kg.components.organizations import org_kind
from kg.components.relations import PARTNERSHIP_STATUSES
from kg.components.status import status_of
from kg.ingest import clean_text
from kg.normalize import entity_key

from conftest import extract_text


def orgs(extraction):
    return {o.name: o for o in extraction.organizations}


def role_triples(extraction):
    return [(r.person, r.title, r.org) for r in extraction.roles]


def partner_sets(extraction):
    return {frozenset(p.partners) for p in extraction.partnerships}


def test_components_are_registered_factories_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("kg_paragraphs") < names.index("parser")
    assert names[-8:] == ["kg_syntax", "kg_clutter", "kg_products", "kg_entities", "kg_money", "kg_orgs", "kg_facilities", "kg_relations"]


def test_pipeline_config_overrides_a_component(tmp_path):
    from kg.pipeline import load_pipeline

    config = tmp_path / "p.cfg"
    config.write_text("[components]\n\n[components.kg_orgs]\nresolve_pronouns = false\n", encoding="utf-8")
    nlp = load_pipeline(None, str(config))
    doc = nlp("Nissan said its plant will grow.")
    assert not any(m.via == "pronoun" for m in doc._.kg_orgs)


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Acme hoping to win deal\n\nAcme announced a plant.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Acme hoping to win deal", "Acme announced a plant."]


def test_read_more_lines_are_not_facts(nlp):
    extraction = extract_text(nlp, "Nissan will invest £2bn in Sunderland.\n\nRead more: Aelius Biotech to create jobs with £1.25m investment\n")
    assert "Aelius Biotech" not in orgs(extraction)
    assert len(extraction.investments) == 1


def test_products_mislabelled_by_ner(nlp):
    extraction = extract_text(nlp, "Nissan will build the new electric Qashqai and Juke models alongside the Leaf in Sunderland.")
    products = {p.name: p.maker for p in extraction.products}
    assert products == {"Qashqai": "nissan", "Juke": "nissan", "Leaf": "nissan"}
    assert "Qashqai" not in orgs(extraction) and not any(p.name == "Juke" for p in extraction.people)


def test_acronym_in_brackets_is_an_alias(nlp):
    extraction = extract_text(nlp, "The Ministry of Economy, Trade and Industry (METI) approved the subsidy. METI said the plant matters.")
    ministry = orgs(extraction)["Ministry of Economy, Trade and Industry"]
    assert ministry.kind == "government" and "METI" not in orgs(extraction)


@pytest.mark.parametrize("text, name", [
    ("SK On Co. will build a battery plant in Georgia. SK On said the plant will open in 2025.", "SK On Co."),
    ("Maltaria Vale Verde Ltda. will build a malt plant in Paraná. Maltaria Vale Verde said it would open in 2027.",
     "Maltaria Vale Verde Ltda."),
    ("Maghreb Ingénierie SARL will design the plant. Maghreb Ingénierie said it had hired 40 engineers.", "Maghreb Ingénierie SARL"),
    ("Vireo Paper Oy will close its mill. Vireo Paper said 300 jobs would go.", "Vireo Paper Oy"),
    ("Al Noor Energy PJSC will build a solar park. Al Noor Energy said it would cost $1bn.", "Al Noor Energy PJSC"),
])
def test_short_form_and_legal_suffix_share_a_node(nlp, text, name):
    extraction = extract_text(nlp, text)
    assert [o.name.rstrip(".") for o in extraction.organizations if o.key.startswith(entity_key(name))] == [name.rstrip(".")]


@pytest.mark.parametrize("name, key", [
    ("Grupo Industrial Tamez S.A.B. de C.V.", "grupo industrial tamez"), ("Cumbres Drive Systems, S.A. de C.V.", "cumbres drive systems"),
    ("Vireo Paper Oy", "vireo paper"), ("Meranti Digital Berhad", "meranti digital"), ("Carrozzi Componenti S.r.l.", "carrozzi componenti"),
    ("Minera Cordillera Andina S.A.A.", "minera cordillera andina"), ("Maltaria Vale Verde Ltda.", "maltaria vale verde"),
    ("Maghreb Ingénierie SARL", "maghreb ingenierie"), ("Dhafra Clean Energy PJSC", "dhafra clean energy"),
    ("Trakia E-Mobility AD", "trakia e mobility"), ("Ciclo Lusitano, Lda.", "ciclo lusitano"),
])
def test_legal_forms_of_many_countries_are_no_part_of_the_key(name, key):
    assert entity_key(name) == key


def test_country_government_is_an_organisation_and_demonyms_are_not(nlp):
    extraction = extract_text(nlp, "The UK government will support the Japanese carmaker's plant in Sunderland.")
    assert orgs(extraction)["UK government"].kind == "government"
    assert "Japanese" not in orgs(extraction) and "UK" not in orgs(extraction)


def test_description_resolves_to_an_earlier_company_not_its_own_subject(nlp):
    text = "Nissan unveiled a model on Friday. Panasonic Energy, which has been making batteries for the company since 2013, said it would expand."
    extraction = extract_text(nlp, text)
    supply = [p for p in extraction.partnerships if p.since == 2013]
    assert supply and supply[0].partners == ("nissan", "panasonic energy") and supply[0].status == "active"


def test_roles_after_and_before_the_name(nlp):
    text = ("Lei Zhang, AESC chairman, said the plant was ready. Nissan chief executive Ivan Espinosa welcomed it. "
            "Gujarat Chief Minister Bhupendra Patel attended.")
    roles = {(r.person, r.title, r.org) for r in extract_text(nlp, text).roles}
    assert ("lei zhang", "chairman", "aesc") in roles
    assert ("ivan espinosa", "chief executive", "nissan") in roles
    assert any(person == "bhupendra patel" and title == "chief minister" for person, title, _ in roles)


def test_surname_alone_is_the_same_person(nlp):
    extraction = extract_text(nlp, "Alan Johnson, senior vice president at Nissan, spoke. Johnson said the plant is full.")
    assert [p.name for p in extraction.people] == ["Alan Johnson"]


def test_status_in_talks_versus_agreed(nlp):
    talks = extract_text(nlp, "Toyota is in talks with Panasonic about a battery joint venture.")
    agreed = extract_text(nlp, "Toyota and Panasonic signed an agreement to form a battery joint venture.")
    assert [p.status for p in talks.partnerships] == ["in talks"]
    assert [p.status for p in agreed.partnerships] == ["agreed"]
    ended = extract_text(nlp, "Hanbit On Co. and Kestrel Motor Corp. have agreed to form a joint venture, ending two months of negotiations.")
    assert [p.status for p in ended.partnerships] == ["agreed"]


def test_ordinal_plants_stay_distinct(nlp):
    text = "AESC is constructing a second gigafactory next to its current plant. A third gigafactory is being considered."
    plants = {p.ordinal: p.status for p in extract_text(nlp, text).plants}
    assert plants == {1: "operating", 2: "under construction", 3: "proposed"}


def test_supply_sentence_without_a_verb_root_terminates(nlp):
    """Regression: walking up to the verb compared Tokens with 'is', which never matches, and looped forever."""
    extraction = extract_text(nlp, "Hanbit On supplies cells for Kestrel's Osprey pickup.")
    assert [p.name for p in extraction.products] == ["Osprey"]


# -- kg_entities: the small model's labels, corrected ----------------------------------------
def test_company_tagged_as_a_person_is_an_organisation(nlp):
    extraction = extract_text(nlp, "Maruti Suzuki India will invest Rs 18,000 crore in a new car plant at Kharkhoda, the carmaker said.")
    assert "Maruti Suzuki India" in orgs(extraction) and not extraction.people
    assert extraction.investments[0].investor == "maruti suzuki india"


def test_legal_form_tagged_apart_joins_the_name(nlp):
    extraction = extract_text(nlp, "Arvelle Battery Systems SE plans to build a €17bn battery gigafactory near Sines, the company said.")
    assert "Arvelle Battery Systems SE" in orgs(extraction) and "SE" not in orgs(extraction)


def test_untagged_name_with_a_legal_form_is_a_company(nlp):
    doc = nlp("The company has also signed an MoU with Farmalia Distribución S.L., a Madrid drug wholesaler.")
    assert ("Farmalia Distribución S.L.", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_places_stay_places(nlp):
    doc = nlp("Alderane licenses its technology from Lyon-based Tessaline Therapeutics SA. The Ontario government will pay.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Lyon") != "ORG"
    assert "Ontario government" in orgs(extract_text(nlp, "The Ontario government said it would provide C$310m in grants."))


# -- roles -------------------------------------------------------------------------------------
def test_title_without_organisation_goes_to_the_story_company_or_government(nlp):
    text = ("Alderane Biologics NV will build a €450m vaccine plant in Spain, the company said. Alderane expects to hire 300 people. "
            "The Spanish government will contribute €62m. Chief executive Marleen de Smet said the site was ideal. "
            "Spain's industry minister, Pilar Onrubia, said the grant was tied to hiring targets.")
    roles = {r.person: r.org for r in extract_text(nlp, text).roles}
    assert roles["marleen de smet"] == "alderane biologics"
    assert roles["pilar onrubia"] == "spanish government"


# -- partnerships and plants -----------------------------------------------------------------
def test_partners_are_the_subject_and_the_organisation_after_with(nlp):
    text = ("Solway Steel plc will spend £1.25bn on a furnace, the UK government said. "
            "Solway is also in talks with Irish utility Brenmore Energy DAC about a power purchase agreement.")
    partnerships = extract_text(nlp, text).partnerships
    assert [(set(p.partners), p.status) for p in partnerships] == [({"solway steel", "brenmore energy"}, "in talks")]


def test_plant_operator_through_a_preposition_and_most_specific_place(nlp):
    plants = extract_text(nlp, "Diageo will spend $130 million on a new distillery at Rothes in Speyside, the drinks group said.").plants
    assert [(p.operator, p.location) for p in plants] == [("diageo", "rothes")]


def test_plural_facilities_at_two_places_are_two_plants(nlp):
    text = "Strathbrannan Distillers Ltd will build a third distillery. It already runs two existing distilleries at Dufftown and Keith."
    locations = sorted(p.location for p in extract_text(nlp, text).plants if p.location)
    assert locations == ["dufftown", "keith"]


@pytest.mark.parametrize("text, expected", [
    ("Kalahari Digital will build a data centre in Ekurhuleni, the company's third in South Africa, after its Cape Town "
     "and Midrand campuses.", {("data centre", "ekurhuleni"), ("campus", "cape town"), ("campus", "midrand")}),
    ("Galloway Dairies already runs its Dumfries and Livingston plants. It will build a cheese plant in Carlisle.",
     {("plant", "dumfries"), ("plant", "livingston"), ("plant", "carlisle")}),  # 'Dumfries' tagged as a product
])
def test_towns_listed_before_a_plural_plant_noun_are_a_plant_each(nlp, text, expected):
    assert {(p.kind, p.location) for p in extract_text(nlp, text).plants} == expected


def test_campus_is_a_facility_in_a_data_centre_story(nlp):
    text = "Tallis Cloud Infrastructure Ltd plans to invest €1bn in a second campus near Athenry, as data centre operators look west."
    plants = extract_text(nlp, text).plants
    assert [(p.kind, p.ordinal, p.location) for p in plants] == [("campus", 2, "athenry")]


def test_product_in_apposition_is_not_an_organisation(nlp):
    text = "Hanseong Motor Group will build the Juno, a compact electric SUV, in Orangeburg. The Juno will go on sale in 2027."
    extraction = extract_text(nlp, text)
    assert "Juno" in [p.name for p in extraction.products] and "Juno" not in orgs(extraction)


def test_product_names_span_several_tokens_and_lists(nlp):
    text = ("Solway's best-known product, the SolwayRail R260 rail section, is made at Workington. "
            "Maruti Suzuki said the site would make models such as the Brezza. "
            "The cluster will use 10,000 Zephyr X9 accelerators.")
    assert {p.name for p in extract_text(nlp, text).products} == {"SolwayRail R260", "Brezza", "Zephyr X9"}


def test_wire_credit_line_is_clutter(nlp):
    text = "Qamar Aluminium Co. will build a smelter at Ras Al-Khair.\n\n(Reporting by Omar Fayed in Riyadh; Editing by Clare Whitby)\n"
    assert not extract_text(nlp, text).people


def test_passive_supply_deals_are_partnerships_of_the_story_company(nlp):
    text = ("Qamar Aluminium Co. will build a smelter at Ras Al-Khair, the company said. Qamar expects output in 2028. "
            "The reduction cells will be supplied by Norway's Fjordal Elektrolyse AS under a technology licence, "
            "while the potrooms will be built by Hwaseong Engineering Co.")
    partners = {frozenset(p.partners) for p in extract_text(nlp, text).partnerships}
    assert {frozenset({"qamar aluminium", "fjordal elektrolyse"}), frozenset({"qamar aluminium", "hwaseong engineering"})} <= partners


def test_a_company_named_once_in_no_fact_is_background(nlp):
    text = ("Nissan will invest £2bn in a gigafactory in Sunderland, the carmaker said. "
            "Rivals such as Stellantis are also expanding in Europe.")
    names = orgs(extract_text(nlp, text))
    assert "Nissan" in names and "Stellantis" not in names
    assert "UK government" in orgs(extract_text(nlp, "The UK government welcomed the plan."))  # government bodies stay


def test_description_resolves_to_the_organisation_introduced_with_its_words(nlp):
    text = ("Wisla Energia S.A. will build a battery park with South Korean cell maker Hanul Cell Co. in Poland. "
            "Wisla said the park would open in 2027. "
            "Park Seo-yeon, executive vice-president at the Korean manufacturer, said the cells would be made in Ochang.")
    roles = {r.person: (r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles["park seo yeon"] == ("executive vice-president", "hanul cell")


def test_plant_location_prefers_the_town_to_the_country_or_county(nlp):
    text = ("Tallis Cloud Infrastructure Ltd plans to invest €1bn in a second campus in Ireland, near Athenry in County Galway, "
            "as data centre operators look west.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["athenry"]
    text = "Tata Group will build a £4bn battery gigafactory in Somerset. The plant near Bridgwater will employ 4,000 people."
    assert [p.location for p in extract_text(nlp, text).plants] == ["bridgwater"]


def test_short_form_tagged_as_a_place_is_the_company(nlp):
    text = ("Sahyadri Lifesciences Ltd will invest Rs 4,000 crore in a plant at Nakkapalli, the company said. "
            '"Shortages hurt," said Meera Kulkarni, managing director and CEO of Sahyadri.')
    roles = {r.person: r.org for r in extract_text(nlp, text).roles}
    assert roles["meera kulkarni"] == "sahyadri lifesciences"


def test_acronym_of_a_thing_is_not_an_organisation(nlp):
    text = "Sahyadri Lifesciences Ltd will build an active pharmaceutical ingredient (API) plant. Sahyadri said API demand is rising."
    assert "API" not in orgs(extract_text(nlp, text))


def test_a_place_that_will_be_a_plant_and_a_plant_that_runs_today(nlp):
    text = ("Sahyadri Lifesciences Ltd will invest Rs 4,000 crore in a plant at Nakkapalli, the company said. "
            "Nakkapalli will be the firm's first plant outside Maharashtra. "
            "It currently makes all of its APIs at a single plant at Kurkumbh.")
    plants = {p.location: (p.ordinal, p.status) for p in extract_text(nlp, text).plants}
    assert plants == {"nakkapalli": (1, "planned"), "kurkumbh": (None, "operating")}


def test_it_will_be_the_second_plant_names_the_plant_just_announced(nlp):
    text = ("Arvelle Battery Systems SE plans to build a €17bn battery gigafactory near Sines, the company said. "
            "It would be the firm's second gigafactory after its current plant in Gdańsk, Poland, which opened in 2021.")
    plants = sorted((p.ordinal, p.location) for p in extract_text(nlp, text).plants)
    assert plants == [(1, "gdansk"), (2, "sines")]


def test_more_places_the_model_calls_organisations(nlp):
    doc = nlp("The plant will go up at Fairton, about 6 km north-east of Ashburton. "
              "Veloria builds cars in an industrial zone south-east of Tangier. Electricity will be supplied by TVA.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Fairton") != "ORG" and labels.get("Tangier") != "ORG" and "Electricity" not in labels


def test_short_bracketed_name_is_an_alias(nlp):
    text = ("The Production Development Corporation (Corfo) said it would contribute US$6 million towards a training centre. "
            "Andrea Salinas, executive vice-president of Corfo, said the country needed workers.")
    extraction = extract_text(nlp, text)
    assert "Corfo" not in orgs(extraction) and "Production Development Corporation" in orgs(extraction)


@pytest.mark.parametrize("name", ["Østerby Pharma A/S", "Tecnoforge S.p.A.", "Żarnowiec Storage sp. z o.o.", "Cyclavo SAS"])
def test_legal_forms_the_tokenizer_splits_stay_in_the_name(nlp, name):
    extraction = extract_text(nlp, f"{name} will build a plant in Poland. {name.split()[0]} said the plant would open in 2027.")
    assert name in orgs(extraction)


def test_a_joint_plant_has_no_operator_before_its_venture_and_a_counted_plural_is_a_plant(nlp):
    text = ("Tanaka Cells Co. and Ridgeway Motors Inc. have signed an agreement to build a battery cell plant in Ohio, the two companies said. "
            "Tanaka Cells already operates two battery plants in Dayton, Ohio.")
    plants = sorted(((p.operator, p.location) for p in extract_text(nlp, text).plants), key=str)
    assert plants == [("tanaka cells", "dayton"), (None, "ohio")]


def test_its_belongs_to_the_subject_of_its_clause(nlp):
    text = "Hanbit On Co. supplies Kestrel Motor Corp. with pouch cells from its factories in Ochang and Szeged."
    plants = sorted((p.operator, p.location) for p in extract_text(nlp, text).plants)
    assert plants == [("hanbit on", "ochang"), ("hanbit on", "szeged")]


def test_plant_place_in_a_relative_clause_or_on_a_site_and_shelved_plants(nlp):
    text = ("Norvik Pharma A/S is spending €2bn on a fill-finish plant that is under construction in Athlone. "
            "Recymet GmbH shelved a comparable refinery near Magdeburg in November.")
    plants = {p.location: (p.operator, p.status) for p in extract_text(nlp, text).plants}
    assert plants == {"athlone": ("norvik pharma", "under construction"), "magdeburg": ("recymet", "cancelled")}
    text = ('"We are sitting on an urban mine," Hélène Marchetti, chief executive of Cyclavo SAS, told reporters in Dunkirk, '
            "as the Lyon-based recycler unveiled plans for a €620 million refinery. "
            "The hydrometallurgical plant will be built on the site of a coal-fired power station at Loon-Plage.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("cyclavo", "loon plage")]
    assert "Dunkirk" not in orgs(extraction)


def test_stakes_joint_signatories_and_supply_with_are_partnerships_but_a_regulator_is_not(nlp):
    text = ("Seongjin Tech Co., Ltd. will build a plant in Asan. Separately, memory chipmaker Daehan Memory Co. "
            "has agreed to buy a 5% stake in the equipment maker for 60 billion won.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("daehan memory", "seongjin tech")}
    text = ("Rakaia Valley Dairy Co-operative Ltd will build a plant. Rakaia Valley, Kitajima Foods K.K. and the Canterbury "
            "Dairy Research Trust also signed a memorandum of understanding on Tuesday to study methane emissions.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {
        ("canterbury dairy research trust", "kitajima foods", "rakaia valley dairy co operative")}
    text = "Hanbit On Co. will build a plant. Under the plan, Hanbit On would supply Kestrel Motor Corp. with cell technology."
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("hanbit on", "kestrel motor")}
    text = ("Mizusawa Motor Co. has formed a joint venture with Ganjiang Battery Technology Co. The deal still requires "
            "clearance from Innovation, Science and Economic Development Canada, the companies said.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("ganjiang battery technology", "mizusawa motor")}


def test_product_names_before_and_after_product_nouns(nlp):
    text = ("Corvane Systems Inc. will build a plant. The plant will assemble the company's Halcyon accelerators for servers. "
            "Shenlan Nutrition Co., Ltd. has signed an agreement to take base powder for its Tussock Gold formula. "
            "Seongjin Tech Co., Ltd. will sell the SJ-ALD 3000 deposition tool. "
            "Marivane Pharma AG agreed to license a long-acting insulin, AQB-211, developed by Aquilon Biologics Pte Ltd.")
    products = {p.name for p in extract_text(nlp, text).products}
    assert {"Halcyon", "Tussock Gold", "SJ-ALD 3000", "AQB-211"} <= products
    assert not products & {"Corvane", "Shenlan", "Seongjin"}


def test_a_product_noun_inside_a_company_name_is_not_a_product(nlp):
    text = "A factory will be built in Taichung by a joint venture of Danish blade maker Skjold Blades A/S and Hsin Yuan Heavy Industries Co."
    assert not extract_text(nlp, text).products


def test_titles_with_leading_modifiers_and_employers_the_model_took_for_places(nlp):
    text = ("Qamar Aluminium Co. will build a smelter. Layla Haddad, a metals analyst at Dubai-based Corniche Securities LLC, "
            "said costs would depend on power. Gareth Lowther, national officer of the Steel and Metal Workers' Federation, "
            "said the union would fight. Eli Brenner, head of solar research at Waypoint Energy Research, said prices had fallen.")
    roles = {r.person: (r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles["layla haddad"] == ("metals analyst", "corniche securities")
    assert roles["gareth lowther"] == ("national officer", "steel and metal workers federation")
    assert roles["eli brenner"] == ("head of solar research", "waypoint energy research")


def test_a_name_the_model_took_for_a_facility_is_a_person_with_a_title_after_it(nlp):
    text = ("Arvelle Battery Systems SE will build a gigafactory. Lars Eklund, Arvelle's chief financial officer, "
            "said the group expected to finance it through equity.")
    roles = {r.person: (r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles == {"lars eklund": ("chief financial officer", "arvelle battery systems")}


def test_investors_of_passive_grants_and_negotiated_loans(nlp):
    text = ("Cyclavo SAS will build a refinery in Loon-Plage. A €95 million grant was approved last week by the French Agency "
            "for Ecological Transition, while a loan of up to €180 million is being negotiated with the European Investment Bank.")
    investments = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investments == {("french agency for ecological transition", 95_000_000), ("european investment bank", 180_000_000)}
    text = ("Bluecrest Digital Infrastructure LLC will build a data centre campus. IDB Invest, the multilateral lender, "
            "is weighing a loan of up to US$300 million.")
    assert [(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments] == [("idb invest", 300_000_000)]


def test_a_bare_hub_after_a_logistics_hub_is_that_facility(nlp):
    text = ("Harrowgate Logistics plc will build a logistics hub in Mombasa. "
            "The £300 million hub will be built on 85 hectares inside the Dongo Kundu special economic zone.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("harrowgate logistics", "dongo kundu")]  # the finer place
    assert [(i.investor, int(i.amount)) for i in extraction.investments] == [("harrowgate logistics", 300_000_000)]


def test_a_joint_venture_yet_to_be_named_runs_no_plant_yet(nlp):
    text = ("Hanbit On Co. and Kestrel Motor Corp. have agreed to form a joint venture to build a battery cell plant in Tennessee. "
            "Hanbit On will pay 1.5 trillion won for a 50% stake in the venture, which will be called Volunteer Cell Manufacturing LLC. "
            "The plant will be built near Clarksville. Kestrel expects cells from the plant to cut its costs.")
    plants = [(p.operator, p.location) for p in extract_text(nlp, text).plants]
    assert plants == [(None, "clarksville")]  # corpus convention: a venture not yet formed operates nothing


def test_a_named_joint_venture_operates_the_plant_it_was_formed_to_build(nlp):
    text = ("Hanbit On Co. and Kestrel Motor Corp. formed a joint venture last year to build a battery cell plant in Tennessee. "
            "The venture, Volunteer Cell Manufacturing LLC, is owned equally by the two companies. "
            "The plant will be built near Clarksville. Kestrel expects cells from the plant to cut its costs.")
    plants = [(p.operator, p.location) for p in extract_text(nlp, text).plants]
    assert plants == [("volunteer cell manufacturing", "clarksville")]


def test_the_cost_of_a_plant_for_a_venture_yet_to_be_formed_is_the_ventures_investment(nlp):
    text = ("Tamsin Motors and Orrin Battery Co. signed an agreement on Monday to form a joint venture, to be called "
            "Larchmont Cells Inc., that will build a battery plant in Sarnia, Ontario. The plant will cost $1.2 billion "
            "and employ 900 people.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [(None, "sarnia")]
    assert [(i.investor, int(i.amount)) for i in extraction.investments] == [("larchmont cells", 1_200_000_000)]


def test_a_company_with_a_written_legal_form_is_an_organisation_whatever_the_model_tagged(nlp):
    text = ("A factory is to be built in the port of Taichung by Danish blade maker Skjold Blades A/S, the company said. "
            "The Danish manufacturer, which also runs a blade factory near Szczecin in Poland, has not built outside Europe.")
    extraction = extract_text(nlp, text)
    assert "Skjold Blades A/S" in orgs(extraction)
    assert ("skjold blades", "szczecin", "operating") in {(p.operator, p.location, p.status) for p in extraction.plants}


def test_concessions_protocols_and_supplies_from_a_second_supplier_are_deals_with_the_story_company(nlp):
    text = ("Harrowgate Logistics plc will build a hub in Mombasa. The project rests on a 30-year concession signed in April "
            "with the Kenya Ports Authority (KPA), which owns the land.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("harrowgate logistics", "kenya ports authority")}
    text = ("Marivane Pharma AG will build a plant in Tuas. Autoinjectors will be supplied by Danish device maker Hvidmark Medical A/S "
            "under a seven-year contract signed in March, while glass cartridges will come from Vetrocon S.p.A. of Italy.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("hvidmark medical", "marivane pharma"), ("marivane pharma", "vetrocon")}


def test_a_deal_and_an_ongoing_supply_relationship_are_two_partnerships(nlp):
    text = ("Hanbit On Co. and Kestrel Motor Corp. have agreed to form a joint venture, ending two months of negotiations. "
            "Hanbit On already supplies Kestrel with pouch cells from its factories in South Korea and Hungary.")
    partnerships = sorted((p.partners, p.status) for p in extract_text(nlp, text).partnerships)
    assert partnerships == [(("hanbit on", "kestrel motor"), "active"), (("hanbit on", "kestrel motor"), "agreed")]


def test_wind_and_solar_farms_and_power_stations_are_facilities(nlp):
    text = ("Qamar Aluminium Co. will build a smelter at Ras Al-Khair. Some of its electricity will come from a 1.5-gigawatt "
            "solar park that developer Sahm Renewables Co. is to build near Ras Al-Khair.")
    plants = {(p.operator, p.location, p.kind) for p in extract_text(nlp, text).plants}
    assert ("sahm renewables", "ras al khair", "park") in plants


def test_a_description_resolves_to_the_organisation_introduced_with_it_not_to_a_neighbour_in_a_list(nlp):
    text = ("Polish utility Wisła Energia S.A., Swedish developer Kallskär Energi AB and Korean battery maker Hanul Cell Co., Ltd. "
            "will build a battery park. The Stockholm-based developer spent SEK 8 billion on a battery park at Karlshamn.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("kallskar energi", "karlshamn") in plants


def test_what_gets_supplied_and_amounts_are_not_organisations(nlp):
    text = ("Redhawk Steel Inc. will build a mill in Calvert City. Electricity will be supplied by the Tennessee Valley Authority "
            "under a 15-year contract. Wafers will be supplied by Cascadia Wafer LLC from its plant in Moses Lake. "
            "The co-operative expects to pay its farmers NZ$10.05 per kilogram of milksolids this season.")
    names = orgs(extract_text(nlp, text))
    assert not {"Electricity", "Wafers", "NZ$10.05"} & set(names)
    assert {"Tennessee Valley Authority", "Cascadia Wafer LLC"} <= set(names)


def test_prices_per_unit_and_hourly_pay_are_not_investments(nlp):
    text = ("The Government of Andhra Pradesh will pay a capital subsidy of Rs 350 crore and supply power at a fixed tariff "
            "of Rs 4.50 a unit for seven years. The plant will pay an average of $38 an hour.")
    assert [(i.currency, int(i.amount)) for i in extract_text(nlp, text).investments] == [("INR", 3_500_000_000)]


def test_national_development_banks_are_government_and_multilateral_ones_are_other():
    from kg.components.organizations import org_kind

    assert [org_kind(n) for n in ("Korea Development Bank", "Brazilian Development Bank", "National Development Fund")] == ["government"] * 3
    assert [org_kind(n) for n in ("African Development Bank", "European Investment Bank", "International Finance Corporation")] == ["other"] * 3
    assert org_kind("Dalin Commercial Bank") == "company"


def test_the_board_or_the_authority_is_the_one_body_named_on_that_noun(nlp):
    text = ("Marivane Pharma AG will build a fill-finish plant in Tuas, the Singapore Economic Development Board said. "
            "Tan Mei Xuan, an assistant managing director at the board, said the project would be one of the largest.")
    roles = {r.person: r.org for r in extract_text(nlp, text).roles}
    assert roles == {"tan mei xuan": "singapore economic development board"}


def test_an_official_of_a_place_works_for_that_place_s_government(nlp):
    text = ("Seongjin Tech Co., Ltd. will build a plant in Asan with a subsidy from the South Chungcheong provincial government. "
            "Yoon Ji-hye, the province's head of investment promotion, said the plant would create 650 jobs.")
    roles = {r.person: (r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles["yoon ji hye"] == ("head of investment promotion", "south chungcheong provincial government")


def test_a_body_s_name_cut_at_its_of_is_one_organisation(nlp):
    text = "Larkspur Solar Corp. has been awarded a tax credit by the US Department of the Treasury, the company said."
    names = orgs(extract_text(nlp, text))
    assert "US Department of the Treasury" in names and "Treasury" not in names


def test_a_named_largest_customer_is_a_partner(nlp):
    text = "Qamar Aluminium Co. will build a smelter. Qamar's largest customer, Ridgeline Cans Inc., will take half the output."
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("qamar aluminium", "ridgeline cans")}


def test_a_product_called_or_dubbed_a_name(nlp):
    text = ("Nissan will build a compact electric SUV called the Juno at the plant. "
            "Corvane Systems Inc. will make an accelerator chip dubbed Falcon for data centres.")
    assert {"Juno", "Falcon"} <= {p.name for p in extract_text(nlp, text).products}


def test_one_built_after_a_facility_is_named_is_another_facility(nlp):
    text = ("Recymet GmbH shelved a comparable refinery near Magdeburg in November. "
            "Nordkrets AB, meanwhile, is already building one at Fredrikstad in Norway.")
    plants = {(p.operator, p.location, p.kind) for p in extract_text(nlp, text).plants}
    assert ("nordkrets", "fredrikstad", "refinery") in plants
    text = ("Cumbre Data Centers SpA is building a 60-megawatt facility in Quilicura and has said it wants to add "
            "a second one in Valparaíso.")
    plants = {(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants}
    assert ("cumbre data centers", "valparaiso", 2) in plants


def test_place_named_by_a_region_noun_is_not_a_partner(nlp):
    text = ("Marivane Pharma AG fills most of its pens at its plant in Stein, in the canton of Aargau, and has relied "
            "since 2022 on Corvell BioServices Inc., which runs a contract filling site in Bloomington, Indiana.")
    extraction = extract_text(nlp, text)
    assert "Aargau" not in orgs(extraction)
    assert [set(p.partners) for p in extraction.partnerships] == [{"marivane pharma", "corvell bioservices"}]


def test_reporting_org_the_parse_left_without_a_verb_is_it(nlp):
    doc = nlp("Kaveri Cloud Ltd is growing.\n\nTo power the Sriperumbudur site, Chennai-based Marina Green Energy Ltd said "
              "on Tuesday it would build a 400-megawatt solar park near Tirunelveli at a cost of about Rs 1,800 crore, "
              "under a 20-year power purchase agreement with Kaveri that was signed at the same event.")
    assert next(t for t in doc if t.text == "said").i - 1 == next(t for t in doc if t.dep_ == "appos").i  # the parse this is about
    assert [(doc[m.start].text, m.key) for m in doc._.kg_orgs if m.via == "pronoun"] == [("it", "marina green energy")]


def test_purpose_clause_builder_is_the_signatory_and_a_named_plant_is_the_same_plant(nlp):
    text = ("Kaveri Cloud Infrastructure Pvt Ltd signed a memorandum of understanding with the Government of Tamil Nadu "
            "on Tuesday to build a hyperscale data centre campus at Sriperumbudur, its second after its existing data "
            "centre park in Navi Mumbai. The state government said the Kaveri campus would create about 1,500 jobs.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert plants == {("kaveri cloud infrastructure", "sriperumbudur"), ("kaveri cloud infrastructure", "navi mumbai")}


def test_a_description_names_the_company_its_fuller_form_named_and_name_words_say_the_trade(nlp):
    text = ("Solway Steel plc will replace its blast furnace, the British steelmaker said on Thursday. "
            "Solway is in talks with Irish utility Brenmore Energy DAC about a power purchase agreement. "
            "Brenmore declined to comment. The steelmaker's rolling mill in Motherwell will not be affected.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("solway steel", "motherwell") in plants
    text = ("Hanbit On Co., the South Korean battery maker, is in talks with Kestrel Motor Corp. about a joint venture. "
            "Hanbit On already supplies cells for Kestrel's pickup from its plants in Ochang. "
            "A dedicated US plant would help the carmaker qualify for tax credits.")
    doc = nlp(text)
    assert [m.key for m in doc._.kg_orgs if doc[m.start:m.end].text == "the carmaker"] == ["kestrel motor"]


@pytest.mark.parametrize("text, expected", [
    ("The plan was backed by Business Finland.", "Business Finland"),  # a country after a descriptor word stays in the name
    ("Volvo Cars and Northvolt will build a battery plant in Gothenburg.", "Northvolt"),  # tagged a place, conjoined with a company
    ("Toyota Tsusho and Hitachi Energy signed a deal with Masdar.", "Toyota Tsusho"),  # one name the model cut in two
    ("Toyota Tsusho and Hitachi Energy signed a deal with Masdar.", "Masdar"),  # tagged a product, party to a deal
    ("Nimbrix, the US cloud company, said its campus near Calatayud would be its second in Europe.", "Nimbrix"),  # untagged
])
def test_names_the_model_mislabels_or_misses_are_organisations(nlp, text, expected):
    doc = nlp(text)
    assert expected in {m.name for m in doc._.kg_orgs}
    assert not any(m.name.endswith(" and") for m in doc._.kg_orgs)


def test_a_name_introduced_as_a_public_agency_is_a_government_body(nlp):
    text = ("Highlands and Islands Enterprise (HIE), the regional development agency, has offered a grant of £3.2m. "
            "HIE said the grant would help Strathbrannan Distillers Ltd build its distillery.")
    found = {m.name: m.kind for m in nlp(text)._.kg_orgs}
    assert found["Highlands and Islands Enterprise"] == "government"
    assert "Islands Enterprise" not in found


def test_a_company_named_once_as_the_one_who_acts_stays_and_a_background_name_goes(nlp):
    text = ("Solway Steel plc will build an electric arc furnace at Workington. The furnace is to be supplied by "
            "Danforte Impianti S.p.A. under a contract signed last month. Solway said rivals such as Brindle Steel Ltd "
            "were watching.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Danforte Impianti S.p.A." in names
    assert "Brindle Steel Ltd" not in names


def test_laws_and_schemes_are_no_organisations(nlp):
    text = ("Meranti DC Sdn Bhd will build a data centre in Sedenak. It qualifies for the Green Investment Tax Allowance, "
            "while Veridian Semiconductor Corp. expects funding under the CHIPS and Science Act. The Green Investment Tax "
            "Allowance runs to 2030 and the Science Act to 2032.")
    assert not {"Green Investment Tax Allowance", "Science Act", "CHIPS and Science Act"} & set(orgs(extract_text(nlp, text)))


def test_a_name_described_as_a_union_is_an_organisation_and_its_president_works_for_it(nlp):
    text = ("Cervejaria Serra Alta S.A. will close its Petrópolis brewery, the company said. Sintrapet, the local union of "
            "food industry workers, said it would ask labour prosecutors to examine the layoffs. Its president, Antônio "
            "Freitas, said staff had been told on Wednesday.")
    extraction = extract_text(nlp, text)
    assert "Sintrapet" in orgs(extraction)
    assert ("antonio freitas", "sintrapet") in {(r.person, r.org) for r in extraction.roles}


def test_a_company_named_once_with_its_legal_form_stays_unless_named_as_an_example(nlp):
    text = ("Officine Brenta S.p.A. broke ground on its hydraulic components plant in Kobierzyce on Tuesday. The site "
            "lies next to the main warehouse of Kresbud S.A., and rivals such as Brindle Steel Ltd and Harkon Hydraulics "
            "GmbH are watching.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Kresbud S.A." in names
    assert not names & {"Brindle Steel Ltd", "Harkon Hydraulics GmbH"}


@pytest.mark.parametrize("text, product", [
    ("Østerby Pharma A/S, whose rival injection Slimora has also been in short supply, is spending €2.3 billion.", "Slimora"),
    ("The licensed chambers will be sold as the SJ-Etch 7, alongside Seongjin's own deposition tool.", "SJ-Etch 7"),
    ("The factory will assemble the Xinlan Aurora, a compact electric SUV, and the Aurora Max.", "Aurora Max"),
    ("Its best-selling model, the Tavria, is made in Kyiv by Tavria Motors.", "Tavria"),
])
def test_product_names_after_a_product_noun_sold_as_or_listed_with_one(nlp, text, product):
    doc = nlp(text)
    assert product in {m.name for m in doc._.kg_products}
    assert product not in {m.name for m in doc._.kg_orgs}


def test_a_name_followed_by_its_verb_is_not_a_product(nlp):
    assert not nlp("The vaccine Pfizer developed is sold widely.")._.kg_products


def test_sites_units_yards_and_dry_ports_are_facilities(nlp):
    text = ("Daemyung Solar America Inc. already runs a module plant in Dalton, Georgia, and is building its second "
            "Georgia site, in Cartersville. Narmada Biochem Pvt Ltd is building a penicillin intermediates unit at Dahej. "
            "Scrap will be bought from Ohio Valley Metals Recycling LLC, whose shredding yard in Evansville, Indiana, sits "
            "further up the river. Gulfstar Terminals FZE is building a dry port at Kwala.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("daemyung solar america", "cartersville"), ("narmada biochem", "dahej"),
            ("ohio valley metals recycling", "evansville"), ("gulfstar terminals", "kwala")} <= plants


def test_a_site_chosen_for_a_plant_or_bought_into_is_not_a_new_plant_of_the_buyer(nlp):
    text = ("Mizusawa Motor Co. and Ganjiang Battery Technology Co. are in talks on a battery plant in Canada. "
            "The two companies are looking at a site near Sarnia for a plant with annual capacity of 20 gigawatt hours.")
    assert [p.kind for p in extract_text(nlp, text).plants if p.location == "sarnia"] != ["site"]
    text = ("Rakaia Valley Dairy Co-operative Ltd will build a nutrition plant at Fairton. Kitajima Foods K.K. will put "
            "in NZ$95 million for a 19.9% stake in the new site.")
    assert {p.operator for p in extract_text(nlp, text).plants} == {"rakaia valley dairy co operative"}


def test_which_became_its_second_facility_is_the_site_just_named(nlp):
    text = ("Feedstock will come from Cyclavo SAS's shredding plant in Saint-Fons and from a pre-treatment site near "
            "Bydgoszcz, in northern Poland, which became its second such facility when it opened last year.")
    plants = {(p.location, p.ordinal) for p in extract_text(nlp, text).plants}
    assert ("bydgoszcz", 2) in plants and not any(location == "poland" for location, _ in plants)


def test_a_name_the_model_cut_inside_its_legal_form_is_a_company(nlp):
    doc = nlp("The new furnace, to be supplied by Italian equipment maker Danforte Impianti S.p.A. under a contract "
              "signed last month, will melt scrap steel.")
    assert "Danforte Impianti S.p.A." in {m.name for m in doc._.kg_orgs}


@pytest.mark.parametrize("text, status", [
    ("Hoffmeister Brau GmbH will close its brewery in Wuppertal. Hoffmeister has been 60% owned since 2017 by Dutch "
     "brewer Van Reede Brouwerijen N.V., which set out a plan to modernise its breweries.", "active"),
    ("Takeda said Mizusawa Motor Co. would keep buying cells from Ganjiang Battery Technology Co.'s factory in Ganzhou.", "active"),
    ("Separately, memory chipmaker Daehan Memory Co., Seongjin Tech Co.'s largest customer, said profits rose.", "active"),
])
def test_ownership_purchases_and_customers_are_relationships(nlp, text, status):
    partnerships = extract_text(nlp, text).partnerships
    assert len(partnerships) == 1 and len(partnerships[0].partners) == 2 and partnerships[0].status == status


def test_a_stake_in_a_plant_is_a_stake_in_its_operator(nlp):
    text = ("Akane Semiconductor Corp. will build a second fab in Yonezawa. Sagami Motor Co. is in talks to take a "
            "10% stake in the second fab, people familiar with the matter said.")
    assert [set(p.partners) for p in extract_text(nlp, text).partnerships] == [{"akane semiconductor", "sagami motor"}]


@pytest.mark.parametrize("text, investor", [
    ("Hanbit On Co. and Kestrel Motor Corp. agreed to form a joint venture. Hanbit On will invest 1.5 trillion won "
     "(US$1.12 billion) for a 50% stake in the venture.", "hanbit on"),  # "won" is tagged as a verb
    ("A syndicate led by Dalin Commercial Bank is expected to provide a further NT$5 billion in loans for the blade "
     "factory of Skjold Blades A/S.", "dalin commercial bank"),
])
def test_investor_of_amounts_in_won_and_of_a_syndicate(nlp, text, investor):
    assert [i.investor for i in extract_text(nlp, text).investments] == [investor]


@pytest.mark.parametrize("text, person, title, org", [
    ("Cheongam Materials Co. said it would build. \"We chose Kokkola for its port,\" said Park Ji-hoon, Cheongam "
     "Materials' chief executive.", "park ji hoon", "chief executive", "cheongam materials"),
    ("Caledon Offshore Ltd's managing director Euan Ross and finance director Mhairi Grant signed the contract.",
     "mhairi grant", "finance director", "caledon offshore"),
    ("Alderane Biologics NV will get a grant from the Spanish government. Spain's industry minister, Pilar Onrubia, "
     "said the plant mattered.", "pilar onrubia", "industry minister", "spanish government"),
    ("Ashcombe Biologics Inc. named Claire Donnelly as site director on Monday.", "claire donnelly", "site director", "ashcombe biologics"),
    ("Pwani Grain Terminal Ltd has appointed Cem Aksoy, who ran Ege Liman's operations in Izmir until last year, as chief "
     "operating officer.", "cem aksoy", "chief operating officer", "pwani grain terminal"),
    ("Group managing director Emeka Obi will retire in December, and Sahel Agro Holdings Plc has named Funmilayo Adebanjo, "
     "currently finance director, as his successor.", "funmilayo adebanjo", "finance director", "sahel agro"),
])
def test_titles_with_their_modifiers_after_plural_possessives_and_appointments(nlp, text, person, title, org):
    roles = {(r.person, r.title, r.org) for r in extract_text(nlp, text).roles}
    assert (person, title, org) in roles


@pytest.mark.parametrize("text, plant", [
    ("Tata Steel will replace the blast furnaces at its Port Talbot steelworks with an electric arc furnace in a £1.25bn "
     "project, the company announced on Friday.", ("tata steel", "port talbot")),  # "steelworks" parsed as a verb
    ("Solway Steel plc will spend £1.25bn (US$1.6 billion) replacing the blast furnace at its Workington steelworks with "
     "an electric arc furnace, the British steelmaker said on Thursday.", ("solway steel", "workington")),  # tagged plural
])
def test_steelworks_the_parser_misreads_are_one_plant(nlp, text, plant):
    assert plant in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_relative_clause_hung_on_an_earlier_noun_still_describes_the_plant_and_the_bank_is_the_bank(nlp):
    text = ("The African Development Bank (AfDB) has approved a $110 million loan for a logistics hub that London-listed "
            "Harrowgate Logistics plc plans to build in Mombasa, Kenya, the bank said on Wednesday.")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location) for p in extraction.plants} == {("harrowgate logistics", "mombasa")}
    doc = nlp(text)
    assert [m.key for m in doc._.kg_orgs if doc[m.start:m.end].text == "the bank"] == ["african development bank"]


@pytest.mark.parametrize("text, name", [
    ("Sungrim E-Motion Co. will invest €310m in a plant, working with Slovak engineering group Tatravolt a.s., the two "
     "companies said on Tuesday.", "Tatravolt a.s."),
    ("Electricity will come from a solar farm to be developed by Batinah Renewables SAOC under a power purchase "
     "agreement.", "Batinah Renewables SAOC"),
    ("The Goiás state government's incentive programme will help the plant.", "Goiás state government"),
    ("The Arnsberg district government approved the permit on Friday.", "Arnsberg district government"),
])
def test_legal_forms_and_governments_of_regions_and_districts(nlp, text, name):
    assert name in {m.name for m in nlp(text)._.kg_orgs}


@pytest.mark.parametrize("text, not_an_org", [
    ('"Cement is the one material where electricity alone cannot solve the problem," chief executive Annegret Vollmer said.', "Cement"),
    ("The Incheon-based CDMO has made commercial batches for eleven drug developers.", "CDMO"),
    ("The new facility, to be known as Plant 3, will add 180,000 litres of capacity.", "Plant"),
    ("Oman will host the plant, Qilian Silicon Co. said.", "Oman"),
])
def test_descriptions_quoted_nouns_numbered_facilities_and_countries_are_not_organisations(nlp, text, not_an_org):
    assert not_an_org not in {m.name for m in nlp(text)._.kg_orgs}


def test_hyphenated_given_names_and_buyers_named_once_stay(nlp):
    text = ('"Our European customers asked us to move," Park Min-seok, chief executive of Sungrim E-Motion Co., said. '
            "Copper anode from the smelter will be sold to Geneva-based commodity trader Heliastra Trading SA.")
    extraction = extract_text(nlp, text)
    assert "park min seok" in {p.key for p in extraction.people}
    assert "Heliastra Trading SA" in orgs(extraction)


def test_a_venture_known_as_x_runs_its_plant_and_a_new_farm_is_not_the_last_plant(nlp):
    text = ("Qilian Silicon Materials Co. has agreed to build a polysilicon plant in Sohar in a joint venture with Oman's state investor. "
            "The venture, which will be known as Sohar Silicon Materials LLC, is expected to break ground this year. "
            "Electricity will come from a 700-megawatt solar farm to be developed next to the site by Batinah Renewables SAOC.")
    plants = {(p.kind, p.operator) for p in extract_text(nlp, text).plants}
    assert ("plant", "sohar silicon materials") in plants
    assert ("farm", "batinah renewables") in plants


def test_plants_a_company_makes_things_at_are_its_own_and_placed_where_they_stand(nlp):
    text = ("Sungrim E-Motion Co. will build a motor plant in Kechnec. The company currently makes all of its motors at "
            "plants in Changwon and Ulsan, which will continue to supply carmakers in Asia and North America.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("sungrim e motion", "changwon"), ("sungrim e motion", "ulsan")} <= plants
    assert not any(location in ("asia", "north america") for _, location in plants)


def test_a_relationship_and_a_new_deal_in_one_sentence_are_both_kept(nlp):
    text = ("Hokuyo Tire Corporation has supplied tyres to French carmaker Rhodana Automobiles SA since 2019, and the "
            "two companies signed a memorandum of understanding last month for tyres from the Šabac plant.")
    assert sorted(p.status for p in extract_text(nlp, text).partnerships) == ["active", "agreed"]
    text = ("Cerrado Vivo Bioenergia S.A. will build an ethanol plant. Fuel distributor Petrovia Distribuidora S.A., which "
            "has bought ethanol from Cerrado Vivo's Itumbiara mill for more than a decade, has signed a new five-year "
            "contract to take half of the new plant's output.")
    assert sorted(p.status for p in extract_text(nlp, text).partnerships) == ["active", "agreed"]


def test_a_short_form_tagged_as_a_place_signs_a_letter_of_intent_but_a_country_is_no_short_form(nlp):
    text = ("Qilian Silicon Materials Co. will build a plant in Sohar, on Oman's northern coast, with the Oman Investment "
            "Authority. Prairie Sun Manufacturing Inc. has signed a letter of intent with Qilian to buy 20,000 tonnes a year.")
    extraction = extract_text(nlp, text)
    assert {"prairie sun manufacturing", "qilian silicon materials"} in [set(p.partners) for p in extraction.partnerships]
    assert "Oman" not in orgs(extraction)


@pytest.mark.parametrize("text, investor", [
    ("Teraforge Data Centres Pte Ltd has sold a 35% stake in its Malaysian business to Japan's Mitsuhama Trust & "
     "Capital Co. for US$410 million to help fund its new campus.", "mitsuhama trust capital"),
    ("Indonesian nickel miner PT Tanah Nikel Jaya Tbk said on Tuesday it had agreed to sell a 30% stake in its "
     "high-pressure acid leach (HPAL) project in Central Sulawesi to South Korea's Daeryun Materials Co for 4.9 trillion "
     "rupiah ($300 million).", "daeryun materials"),
    ("Sungrim E-Motion Co. will build a motor plant with Tatravolt a.s. The Slovak government approved investment aid "
     "of €46.5m for the project last week.", "slovak government"),
])
def test_the_buyer_of_a_stake_and_a_government_named_by_its_demonym_invest(nlp, text, investor):
    assert investor in [i.investor for i in extract_text(nlp, text).investments]


@pytest.mark.parametrize("text, product", [
    ("Hessler Zement AG agreed to supply Baugruppe Rautenberg with NullZem, a cement that the group will market as "
     "carbon-neutral.", "NullZem"),
    ("The plant will also make ProMilho, a high-protein animal feed made from distillers' grains.", "ProMilho"),
    ("Helionyx Solar Modules Pvt Ltd makes its TwinPeak bifacial panels at a factory in Surat.", "TwinPeak"),
    ("The Slovak plant will supply the HM-210 permanent-magnet motor used in its electric models.", "HM-210"),
])
def test_products_described_by_what_they_are(nlp, text, product):
    assert product in {m.name for m in nlp(text)._.kg_products}


@pytest.mark.parametrize("text, person, org", [
    ("The Zambian government backs the smelter. The Ministry of Mines and Minerals Development will fast-track licences. "
     "Mines and Minerals Development Minister Chanda Phiri said the plan was sound.", "chanda phiri", "ministry of mines and minerals development"),
    ("The Development Agency of Serbia offered a grant. The agency said the grant was approved, and the Serbian government "
     "agreed. Economy Minister Dragana Kostić said it was the largest investment in the region.", "dragana kostic", "serbian government"),
])
def test_a_minister_works_for_the_ministry_of_the_portfolio_or_a_government_not_an_agency(nlp, text, person, org):
    assert (person, org) in {(r.person, r.org) for r in extract_text(nlp, text).roles}


def test_named_industrial_parks_place_a_plant_and_an_owners_bare_ordinal_is_its_next_plant(nlp):
    text = ("Straits Alloy Holdings Ltd will buy 49% of Song Lam Aluminium JSC. The new plant, which will be built by Song "
            "Lam at the Nam Dinh Vu industrial park, will double its capacity.")
    assert ("song lam aluminium", "nam dinh vu industrial park") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    text = ("Suryadeep Glassworks Ltd will build a third plant at Jhagadia. Suryadeep's first plant, at Kadi in Mehsana "
            "district, has operated since 2017, while its second, at Mundra in Kutch, is under construction.")
    plants = {(p.location, p.ordinal) for p in extract_text(nlp, text).plants}
    assert {("jhagadia", 3), ("kadi", 1), ("mundra", 2)} <= plants
    text = ("Yarrabee Lithium Ltd will build a lithium hydroxide refinery at Kwinana. Halvard will take a 20% stake in the "
            "refinery, Yarrabee's first, under a binding agreement signed on Monday.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["kwinana"]


@pytest.mark.parametrize("text, partners", [
    ("Singapore-listed Straits Alloy Holdings Ltd has agreed to buy 49% of Song Lam Aluminium JSC for $92 million.",
     {"straits alloy", "song lam aluminium"}),
    ("Teraforge Data Centres Pte Ltd has sold a 35% stake in its Malaysian business to Japan's Mitsuhama Trust & Capital "
     "Co. for US$410 million.", {"teraforge data centres", "mitsuhama trust capital"}),
    ("Lunga Metals Corp. will build a copper smelter near Chingola. Copper anode from the smelter will be sold to "
     "Geneva-based commodity trader Heliastra Trading SA.", {"lunga metals", "heliastra trading"}),
])
def test_shares_bought_stakes_sold_and_output_sold_make_partners(nlp, text, partners):
    assert partners in [set(p.partners) for p in extract_text(nlp, text).partnerships]


def test_a_plant_looked_for_on_a_site_stands_where_the_site_is(nlp):
    text = ("Mizusawa Motor Co. is in talks with Ganjiang Battery Technology Co. on a battery venture. The two companies "
            "are looking at a site near Sarnia for a plant with annual capacity of about 20 gigawatt hours.")
    assert "sarnia" in {p.location for p in extract_text(nlp, text).plants}


def test_a_plant_whose_site_is_being_looked_for_is_proposed(nlp):
    text = ("Mizusawa Motor Co. is in talks with Ganjiang Battery Technology Co. on a battery venture. The two companies "
            "are looking at a site near Sarnia for a plant with annual capacity of about 20 gigawatt hours.")
    assert [p.status for p in extract_text(nlp, text).plants if p.location == "sarnia"] == ["proposed"]


def test_a_peoples_committee_is_a_local_government(nlp):
    doc = nlp("The Hai Phong People's Committee granted the project an investment registration certificate on Monday, "
              "and vice chairman Tran Minh Duc said construction would begin.")
    assert {(m.name, m.kind) for m in doc._.kg_orgs} == {("Hai Phong People's Committee", "government")}


@pytest.mark.parametrize("text, product", [
    ("Ashcombe Biologics Inc. makes Veltrazumab at the plant.", "Veltrazumab"),  # an INN stem, untagged by the model
    ("The turbines, known as Havørn 15, will be installed off Changhua.", "Havørn 15"),
])
def test_medicines_by_their_stem_and_products_known_as_a_name(nlp, text, product):
    assert product in {m.name for m in nlp(text)._.kg_products}


def test_a_bulk_ingredient_in_lower_case_is_not_a_product(nlp):
    assert not nlp("Sahyadri Pharma Ltd will make penicillin intermediates at the plant.")._.kg_products


@pytest.mark.parametrize("text, name", [
    ("The contract was awarded by the Federal Ministry for Economic Affairs and Energy (BMWE) on Tuesday.",
     "Federal Ministry for Economic Affairs and Energy"),
    ("The Department for Energy Security and Net Zero said it would pay.", "Department for Energy Security and Net Zero"),
])
def test_a_bodys_last_portfolio_after_and_is_part_of_its_name(nlp, text, name):
    assert name in {m.name for m in nlp(text)._.kg_orgs}


@pytest.mark.parametrize("text, customer", [
    ("Hessler Zement AG said it had agreed to supply Baugruppe Rautenberg, one of its largest customers, with cement.",
     "Baugruppe Rautenberg"),
    ("Hessler Zement AG supplies cement to Baugruppe Rautenberg.", "Baugruppe Rautenberg"),
])
def test_a_name_supplied_or_described_as_a_customer_is_a_company(nlp, text, customer):
    extraction = extract_text(nlp, text)
    assert customer in orgs(extraction)
    assert {"hessler zement", "baugruppe rautenberg"} in [set(p.partners) for p in extraction.partnerships]


def test_its_in_an_apposition_is_not_the_named_companys_and_the_speaker_is_the_group_of_an_embedded_clause(nlp):
    text = ("Hessler Zement AG will fit a capture unit at Geseke. Nordwest CO2 Netz GmbH will carry the gas. Hessler "
            "said it had agreed to supply Baugruppe "
            "Rautenberg, one of its largest customers, with NullZem, a cement that the group will market as carbon-neutral.")
    doc = nlp(text)
    resolved = {doc[m.start : m.end].text: m.key for m in doc._.kg_orgs if m.via in ("pronoun", "description")}
    assert resolved["its"] == "hessler zement"
    assert resolved["the group"] == "hessler zement"


def test_the_organisation_named_after_a_descriptor_the_parser_took_for_the_object_is_the_partner(nlp):
    text = ("Hessler Zement AG will capture carbon at Geseke. The gas will be shipped to storage sites under a "
            "memorandum of understanding signed with network developer Nordwest CO2 Netz GmbH in May.")
    assert {"hessler zement", "nordwest co2 netz"} in [set(p.partners) for p in extract_text(nlp, text).partnerships]


def test_a_town_tagged_as_a_language_places_a_plant_and_an_acronym_before_it_does_not(nlp):
    text = ("Vietnamese electric carmaker VinFast has signed a memorandum of understanding with the Government of "
            "Tamil Nadu to set up an integrated EV assembly plant in Thoothukudi, its first factory in India.")
    assert [(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants] == [("vinfast", "thoothukudi", 1)]


def test_the_country_after_a_town_says_where_the_town_is(nlp):
    text = ("Novo Nordisk will invest about 42 billion Danish crowns ($6.0 billion) in new manufacturing facilities at "
            "Kalundborg, Denmark, the drugmaker said on Monday.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("novo nordisk", "kalundborg")]
    assert [(i.amount, i.currency) for i in extraction.investments] == [(42_000_000_000, "DKK")]


def test_a_facility_conjoined_in_its_phrase_and_what_will_be_its_first_plant(nlp):
    text = ("Micron Technology will build a semiconductor assembly and test facility in Sanand, Gujarat, the US memory "
            "chipmaker said on Thursday. Micron plans to invest up to $825 million over two phases in what will be its "
            "first plant in India.")
    plants = [(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants]
    assert plants == [("micron technology", "sanand", 1)]


@pytest.mark.parametrize("text, amount, currency", [
    ("It will spend 5 billion Hong Kong dollars on the line.", 5_000_000_000, "HKD"),
    ("The state will add a grant of 11.2 billion forints.", 11_200_000_000, "HUF"),
    ("The plant will cost 300 million Mexican pesos.", 300_000_000, "MXN"),
])
def test_currencies_named_by_their_country(text, amount, currency):
    from kg.components.money import find_amounts

    assert [(a, c) for _, _, a, c in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text, name", [
    ("The site will be run by Hanamori Europe Sp. z o.o., a subsidiary set up last year.", "Hanamori Europe Sp. z o.o."),
    ("Construction will be handled by Épkor Építő Zrt., a Hungarian contractor.", "Épkor Építő Zrt."),
    ("Construction is being carried out by PT Wijaya Karsa Konstruksi, a Jakarta-listed contractor.", "PT Wijaya Karsa Konstruksi"),
])
def test_polish_hungarian_and_indonesian_legal_forms_name_companies(nlp, text, name):
    assert name in {m.name for m in nlp(text)._.kg_orgs}


def test_the_company_a_plant_will_be_run_by_is_its_operator(nlp):
    text = ("Hanamori Foods Corp. will build its first factory in Europe in Krapkowice. The site will be run by Hanamori "
            "Europe Sp. z o.o., a subsidiary set up last year in Wrocław.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("hanamori europe", "krapkowice")]


def test_a_contractor_work_is_awarded_to_is_a_partner_and_a_name_ending_a_sentence_stays_whole(nlp):
    text = ("Hanamori Foods Corp. will build a factory in Krapkowice. Construction has been awarded to Opole-based "
            "contractor Stalbud Sp. z o.o. Hanamori said work would begin in April.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Hanamori Foods Corp.", "Stalbud Sp. z o.o."}
    assert [set(p.partners) for p in extraction.partnerships] == [{"hanamori foods", "stalbud"}]


def test_units_are_not_organisations(nlp):
    text = "Tan said the first tenant, a regional cloud provider he declined to name, had already signed up for 20 MW."
    assert "MW" not in {m.name for m in nlp(text)._.kg_orgs}


@pytest.mark.parametrize("text, product", [
    ("Kurashiki, which sells its Aquadry resins to hygiene product makers, has been hunting for feedstock.", "Aquadry"),
    ("The Debrecen plant ships its Seramax ceramic-coated separators to cell makers across the region.", "Seramax"),
    ("Kanto Packaging has a long-term agreement with Veridian to package its Skylark inference accelerators.", "Skylark"),
    ("Lumisol Energy is supplying 880,000 of its Helios 720 bifacial modules to the park.", "Helios 720"),
    ("Halvorsen Automotive signed a multiyear agreement in September to buy the plant's VeriSiC power MOSFETs once they are "
     "qualified.", "VeriSiC"),
])
def test_a_brand_in_front_of_goods_a_company_sells_is_a_product(nlp, text, product):
    assert product in {m.name for m in nlp(text)._.kg_products}


@pytest.mark.parametrize("text", [
    "Stellantis has already agreed to buy LFP cells from CATL for its European models.",
    "Vantor Automobil AG already buys Brenner e-axle parts for its compact car. Brenner Antriebe GmbH said it was pleased.",
])
def test_a_chemistry_or_a_supplier_before_goods_is_no_brand(nlp, text):
    assert not nlp(text)._.kg_products


def test_a_description_in_a_reported_clause_may_be_the_speaker_and_a_salt_flat_is_a_place(nlp):
    text = ("Puna Andina Lithium S.A., which is developing a brine project on the Salar de Pocitos in Argentina's Salta "
            "province, said on Friday that South Korean steel and materials group Kyungwon Steel & Materials will buy a "
            "24.9% stake in the company for $310 million.")
    extraction = extract_text(nlp, text)
    assert "Salar de Pocitos" not in orgs(extraction)
    assert {"puna andina lithium", "kyungwon steel materials"} in [set(p.partners) for p in extraction.partnerships]


def test_what_a_plant_is_estimated_to_cost_is_its_operators_investment(nlp):
    text = ("Puna Andina Lithium S.A. plans a 25,000-tonne-a-year lithium carbonate plant near the village of Tolar Grande. "
            "The plant is estimated to cost $780 million.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("puna andina lithium", 780_000_000)]


def test_a_plant_named_by_its_town_is_the_numbered_plant_in_that_town(nlp):
    text = ("Sejin Ionics Co. will build its second European plant in Nyíregyháza. It will sit 50 km north of the firm's "
            "first Hungarian plant, in Debrecen, which has run since 2023. Construction will be handled by Épkor Építő "
            "Zrt., a Hungarian contractor that also built the Debrecen plant.")
    plants = sorted((p.location, p.ordinal) for p in extract_text(nlp, text).plants)
    assert plants == [("debrecen", 1), ("nyiregyhaza", 2)]


def test_the_body_right_before_which_said_gives_the_grant_the_parser_hung_elsewhere(nlp):
    text = ("Sejin Ionics Co. will build a plant in Nyíregyháza. The company announced the decision on Tuesday in Budapest "
            "alongside Hungary's Ministry of Foreign Affairs and Trade, which said the state would contribute a "
            "non-refundable grant of 11.2 billion forints.")
    investments = {(i.investor, i.currency) for i in extract_text(nlp, text).investments}
    assert ("ministry of foreign affairs and trade", "HUF") in investments


def test_its_first_plant_next_door_belongs_to_the_runner_and_stands_where_the_last_plant_does(nlp):
    text = ("TSMC will build a second chip fab in Kumamoto, southern Japan. The second fab will be run by Japan Advanced "
            "Semiconductor Manufacturing, a company in which Sony Semiconductor Solutions and Denso also hold stakes. "
            "Its first plant, next door, opened last month.")
    plants = sorted((p.ordinal, p.operator, p.location, p.status) for p in extract_text(nlp, text).plants)
    runner = "japan advanced semiconductor manufacturing"
    assert plants == [(1, runner, "kumamoto", "operating"), (2, runner, "kumamoto", "planned")]


def test_a_site_the_plant_stands_on_places_it_and_a_plant_on_the_same_site_is_another(nlp):
    text = ("Hyundai Motor Group said on Friday it will spend $5.54 billion on its first dedicated electric vehicle and "
            "battery manufacturing facilities in the United States, on a site in Bryan County, Georgia. A battery plant "
            "on the same site will feed the assembly lines.")
    plants = [(p.location, p.ordinal) for p in extract_text(nlp, text).plants]
    assert plants == [("bryan county", 1), ("bryan county", None)]


@pytest.mark.parametrize("text, plant", [
    ("Al Rimal Chemical Industries is in talks with Japan's Kurashiki Fine Polymers over a joint venture to build an "
     "acrylic acid and superabsorbent polymer complex in Jubail Industrial City.", (None, "jubail industrial city")),
    ("Kurashiki Fine Polymers Co., which sells its Aquadry resins to hygiene product makers from its home plant in "
     "Okayama and another site in Rayong, Thailand, has been hunting for feedstock.",
     ("kurashiki fine polymers", "rayong")),
    ("Konkan Freight Lines Ltd will operate a multi-modal logistics park at Butibori.", ("konkan freight lines", "butibori")),
    ("Konkan Freight Lines Ltd already runs a container freight station at Nhava Sheva and an inland depot in Aurangabad.",
     ("konkan freight lines", "aurangabad")),
    pytest.param("Hanamori Foods Corp. will build a factory in Krapkowice. The snack maker currently produces Norikko only "
                 "at its two factories in Japan and at a plant in Chonburi, Thailand, which opened in 2019.",
                 ("hanamori foods", "chonburi"), id="conjoined-with-the-owners-other-plants"),
    pytest.param("Hartwell Foods Ltd will close its Barnsley bakery. Production will move to a new bakery in Legnica, in "
                 "south-west Poland, which the parent, Van Roon Group NV, is building for €140m.",
                 ("van roon group", "legnica"), id="built-by-a-parent-named-past-its-places"),
])
def test_complexes_logistics_parks_depots_and_other_sites_of_an_owner(nlp, text, plant):
    assert plant in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_company_named_contractor_for_another_is_its_partner(nlp):
    text = ("Konkan Freight Lines Ltd will operate a park with National Highways Logistics Management Ltd (NHLML). "
            "Vidarbha Infraprojects Pvt Ltd, a Nagpur contractor, has been named as the engineering, procurement and "
            "construction contractor for NHLML's share of the works.")
    partners = [set(p.partners) for p in extract_text(nlp, text).partnerships]
    assert {"national highways logistics management", "vidarbha infraprojects"} in partners


@pytest.mark.parametrize("text, plant", [
    ("Malaysia's Kinabalu Extrusions Bhd dropped plans for a plant in Dong Nai province last year.",
     ("kinabalu extrusions", "dong nai", "cancelled")),
    ("Song Lam Aluminium JSC will build a new plant, which will be built at the Nam Dinh Vu industrial park.",
     ("song lam aluminium", "nam dinh vu industrial park", "planned")),
    ("Lunga Metals Corp. has approved construction of a $1.2 billion copper smelter near Chingola, in Zambia's "
     "Copperbelt Province.", ("lunga metals", "chingola", "planned")),
])
def test_towns_before_their_provinces_zones_named_in_lower_case_and_dropped_plans(nlp, text, plant):
    assert plant in {(p.operator, p.location, p.status) for p in extract_text(nlp, text).plants}


def test_its_plant_with_nothing_else_named_is_the_plant_just_named(nlp):
    text = ("Lunga Metals Corp. has approved construction of a $1.2 billion copper smelter near Chingola. Lunga said its "
            "plant would be supplied with electricity under a 20-year power purchase agreement.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("lunga metals", "chingola")]


@pytest.mark.parametrize("text, person, org", [
    ("Banyan Ridge Partners will take a stake. Banyan Ridge managing partner Arjun Sethi will join the board.",
     "arjun sethi", "banyan ridge partners"),
    ("Coolabah Metals Ltd said managing director Graham Toohey will be replaced by Annika Lindqvist, currently chief "
     "operating officer of the company.", "annika lindqvist", "coolabah metals"),
    ("Seiran Electric Power Co. will buy the stake. Seiran's executive officer for international business, Takumi Arai, "
     "said the utility was looking for stable returns.", "takumi arai", "seiran electric power"),
])
def test_people_named_after_a_partners_title_or_before_their_current_title(nlp, text, person, org):
    assert (person, org) in {(r.person, r.org) for r in extract_text(nlp, text).roles}


def test_a_countrys_possessive_is_not_part_of_a_company_name(nlp):
    text = "Saudi Arabia's Tihama Marine Industries Co. and South Korea's Hwaseong Heavy Industries Co. signed an agreement."
    assert {m.name for m in nlp(text)._.kg_orgs} == {"Tihama Marine Industries Co.", "Hwaseong Heavy Industries Co."}


@pytest.mark.parametrize("text, label, name", [
    ("Ifeoma Nwachukwu keeps a bag of imported fertiliser on the floor of her office in Port Harcourt.", "PERSON", "Ifeoma Nwachukwu"),
    ("Lagos State's commissioner for commerce, Babatunde Ajayi, said the state had set aside land.", "PERSON", "Babatunde Ajayi"),
    ("Finep had granted 45 million reais.\n\nChief executive Marina Goulart said Cerrado was negotiating offtake agreements with "
     "buyers in Japan and Europe.", "PERSON", "Marina Goulart"),  # a place to the model
    ('"In Slovakia we found the partner we needed," Park Min-seok, chief executive of Sungrim, said at a signing ceremony in '
     "Bratislava.", "PERSON", "Park Min-seok"),  # a work of art cut at the hyphen
    ("Bonny Crest Fertilisers Ltd is scouting land in Cross River State for a third blending site.", "GPE", "Cross River State"),
    ("Dean Harrowby, the mayor of Greater Lincolnshire, said the scheme showed promise.", "GPE", "Greater Lincolnshire"),
    ("Hollisfield Foods Ltd runs its main plant in Doncaster. The Goole bakery will shut once Scunthorpe is running.", "GPE", "Goole"),
])
def test_people_referred_to_as_her_or_after_a_title_for_a_field_and_states_and_towns_of_officials(nlp, text, label, name):
    assert (name, label) in {(e.text, e.label_) for e in nlp(text).ents}


def test_roads_are_not_places_a_sized_factory_is_the_last_plant_and_a_contractor_does_not_run_it(nlp):
    text = ("Vallmer North America Inc. will build a $212 million plant in Spartanburg County, South Carolina. The "
            "380,000-square-foot factory, on a greenfield site off Interstate 85 near Duncan, is expected to create 410 "
            "jobs. The plant will be built by Greenville contractor Calloway Hart Construction under a design-build contract.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("vallmer north america", "duncan")]


def test_a_plant_run_by_a_venture_is_the_ventures_and_a_town_tagged_as_a_nationality_is_a_place(nlp):
    text = ("The supplier Vallmer North America Inc. has run a smaller injection-moulding plant in Greer since 2016. In "
            "Mexico the group makes bumpers at a plant in San Luis Potosí run by Vallmer Tecnoforma S.A. de C.V., its "
            "50-50 joint venture with local moulder Grupo Tecnoforma.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("vallmer north america", "greer") in plants
    assert any(operator and operator.startswith("vallmer tecnoforma") and location == "san luis potosi" for operator, location in plants)


def test_a_counted_fleet_is_not_a_plant_but_a_plant_beside_the_last_one_stands_where_it_does(nlp):
    text = ("Nordvik Energi AB's portfolio includes seven operating wind farms in Västernorrland and Jämtland. Nordvik said "
            "it would invest SEK 4bn in a 400-megawatt wind park at Ånge and a 250-megawatt battery storage plant beside it.")
    plants = sorted((p.kind, p.location, p.status) for p in extract_text(nlp, text).plants)
    assert plants == [("park", "ange", "planned"), ("plant", "ange", "planned")]


def test_a_town_in_a_named_province_is_more_specific_than_the_province(nlp):
    text = ("Seongjin Tech Co., Ltd. is to build a 480 billion won factory near Asan in South Chungcheong province, the "
            "company said on Monday.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["asan"]


@pytest.mark.parametrize("text, investor, amount", [
    ("Abu Dhabi National Oil Company agreed on Tuesday to take over Covestro AG. Under an investment agreement signed "
     "with the Leverkusen-based company, it also committed to subscribe to a capital increase of about €1.17 billion.",
     "abu dhabi national oil", 1_170_000_000),
    ("Najd Cable Industries Co. will build a plant in Ras Al Khaimah. It plans to spend AED 550 million (about $150 "
     "million) on a plant making cables.", "najd cable industries", 550_000_000),
    ("Daehan Future Materials Co. signed an MoU with the North Gyeongsang Provincial Government. Under the MoU, the "
     "province will provide 30 billion won in local investment subsidies.", "north gyeongsang provincial government", 30_000_000_000),
    ("Tata Passenger Electric Mobility Ltd has signed an agreement to buy Ford India Private Ltd's vehicle plant at "
     "Sanand in Gujarat for Rs 725.7 crore.", "tata passenger electric mobility", 7_257_000_000),
    ("Tihama Marine Industries Co. will build a shipyard at Jazan. The first phase, costing about SAR 6.4 billion, "
     "will include a dry dock.", "tihama marine industries", 6_400_000_000),
])
def test_investors_named_by_it_by_their_province_as_buyers_and_of_a_phases_cost(nlp, text, investor, amount):
    assert (investor, amount) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


@pytest.mark.parametrize("text, name", [
    ("Norvia also agreed to sell its Setúbal plant to Vidreira do Sado, a Portuguese bottle maker.", "Vidreira do Sado"),
    ("Cerrado Vivo S.A. will buy the Mineiros mill from Usina Vale do Paranaíba, a family-owned producer.", "Usina Vale do Paranaíba"),
    ("Power will come under a 25-year agreement with state utility PT Perusahaan Listrik Negara (PLN).", "PT Perusahaan Listrik Negara"),
])
def test_company_names_in_other_languages_run_through_their_particles(nlp, text, name):
    assert name in {m.name for m in nlp(text)._.kg_orgs}


def test_a_currency_code_on_its_own_is_not_an_organisation(nlp):
    text = "Nordvik will invest SEK 4bn, the company said. The SEK figure excludes grid costs."
    assert "SEK" not in {m.name for m in nlp(text)._.kg_orgs}


def test_a_supplier_to_a_plant_supplies_its_owner(nlp):
    text = ("Hollisfield Foods Ltd already runs its main plant in Doncaster. Trentside Milling, which supplies flour to "
            "the Doncaster plant, has signed a ten-year contract to feed the new bakery as well.")
    assert {"hollisfield foods", "trentside milling"} in [set(p.partners) for p in extract_text(nlp, text).partnerships]


@pytest.mark.parametrize("text, products", [
    ("Banyan Ridge Partners will buy a stake in Annapoorna Foods Ltd, the Chennai-based maker of Tiffin Time ready meals "
     "and Crunchy Kaddu snacks.", {"Tiffin Time", "Crunchy Kaddu"}),
    ("Merck is looking for new revenue before patents on its cancer drug Keytruda begin to expire.", {"Keytruda"}),
    ("Bonny Crest runs blending plants in Kano that turn its urea into Crestgrow, a line of NPK blends.", {"Crestgrow"}),
    ("Its plants supply the same battery housings, sold under the VK-Frame name, to German carmakers.", {"VK-Frame"}),
])
def test_brands_of_goods_drug_names_before_their_verb_product_lines_and_names_sold_under(nlp, text, products):
    assert products <= {m.name for m in nlp(text)._.kg_products}


def test_a_plant_placed_this_time_in_a_named_zone_and_a_dropped_terminal(nlp):
    text = ("Bonny Crest Fertilisers Ltd's answer is a second urea plant, this time in the Lekki Free Zone east of Lagos. "
            "A planned ammonia terminal at Calabar port was dropped last year.")
    plants = {(p.location, p.status) for p in extract_text(nlp, text).plants}
    assert "lekki free zone" in {location for location, _ in plants}
    assert ("calabar", "cancelled") in plants


def test_a_titled_speaker_works_for_the_story_company_not_one_named_in_the_quote(nlp):
    text = ('Coolabah Metals Ltd will sell a stake to Kanemaru Corp., Coolabah said. The stake will fund the mine, the '
            'company added. "Kanemaru brings us the balance sheet we did not have on our own," chief financial officer '
            'Priya Raman told analysts on a call.')
    assert ("priya raman", "coolabah metals") in {(r.person, r.org) for r in extract_text(nlp, text).roles}


def test_a_councillors_title_is_not_part_of_her_name(nlp):
    text = ("North Lincolnshire Council approved the bakery. Councillor Maureen Ashdown, cabinet member for economic "
            "growth, called the decision a vote of confidence.")
    assert "maureen ashdown" in {p.key for p in extract_text(nlp, text).people}


def test_a_takeover_price_is_not_an_investment_but_a_stake_is(nlp):
    takeover = ("SoftBank Group Corp. agreed to buy Ampere Computing, a designer of server processors, for $6.5 billion in "
                "cash, the Japanese investment group said on Wednesday.")
    assert not extract_text(nlp, takeover).investments
    stake = ("Teraforge Data Centres Pte Ltd has sold a 35% stake in its Malaysian business to Japan's Mitsuhama Trust & "
             "Capital Co. for US$410 million to help fund its new campus.")
    assert [i.amount for i in extract_text(nlp, stake).investments] == [410_000_000]


@pytest.mark.parametrize("short, full", [("montalvo", "grupo montalvo"), ("najd cables", "najd cable industries"),
                                         ("hyundai", "hyundai motor group")])
def test_short_forms_without_a_company_word_or_in_the_plural_are_the_company(short, full):
    from kg.components.organizations import _short_form_of

    assert _short_form_of(short, full) and not _short_form_of("najd", "nordic cable")


def test_a_plural_short_form_takes_the_full_names_key(nlp):
    doc = nlp("Najd Cable Industries Co. will build a plant in Ras Al Khaimah. Najd Cables said construction would start soon.")
    assert {doc[m.start : m.end].text: m.name for m in doc._.kg_orgs}.get("Najd Cables") == "Najd Cable Industries Co."


def test_a_country_abbreviated_in_a_name_is_the_same_company(nlp):
    text = "United States Steel Corp. said on Monday it would build a mill in Arkansas. U.S. Steel will spend $3 billion on it."
    assert [(o.name, o.aliases) for o in extract_text(nlp, text).organizations] == [("United States Steel Corp.", ("U.S. Steel",))]


def test_a_joint_ventures_partners_are_its_parents_not_the_venture(nlp):
    text = ("Najd Cable Industries Co. will build a cable plant in Ras Al Khaimah, the company said on Monday. "
            "In Egypt, Najd-Nile Cables, its joint venture with Cairo-based Misr Conductors Co., is putting up a plant in Ain Sokhna.")
    partnerships = extract_text(nlp, text).partnerships
    assert [set(p.partners) for p in partnerships] == [{"najd cable industries", "misr conductors"}]


@pytest.mark.parametrize("opening, places", [
    ("HOUSTON--(BUSINESS WIRE)--", {"Houston"}),
    ("OULU, Finland, March 10, 2027 (GLOBE NEWSWIRE) -- ", {"Oulu", "Finland"}),
    ("STOCKHOLM and EINDHOVEN, the Netherlands, Dec. 2, 2026 /PRNewswire/ -- ", {"Stockholm", "Eindhoven", "Netherlands"}),
    ("OSLO, Nov 4 (Reuters) - ", {"Oslo"}),
    ("WINDHOEK - ", {"Windhoek"}),
    ("RABAT, 20 November 2025 - ", {"Rabat"}),
])
def test_a_wire_dateline_gives_places_and_neither_the_service_nor_a_glued_company_name(nlp, opening, places):
    text = (f"{opening}Calder Polymers Inc. (NYSE: CPLY) (\"Calder\" or the \"Company\") today announced that it will build "
            "a $300 million plant in Odessa, Texas. The Company's Board of Directors approved the investment on Monday.")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Calder Polymers Inc."]
    assert places <= {p.name for p in extraction.places}
    assert [(i.investor, i.amount) for i in extraction.investments] == [("calder polymers", 300_000_000)]


def test_a_releases_about_paragraph_and_disclaimer_are_not_news(nlp):
    """Organisations and deals named only in the boilerplate play no part; the plants it lists by town are the company's
    operating plants (corpus/README.md)."""
    text = ("Vaskimo Oyj will build an electrolyser plant in Oulu, the company said on Tuesday.\n\n"
            "About Vaskimo\n\nVaskimo Oyj operates a plant in Kokkola and sells its Hydrix stacks to Nordic Steel AB.\n\n"
            "Forward-looking statements\n\nRisks are described in Vaskimo's filings with the Finnish Financial Supervisory Authority.")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Vaskimo Oyj"]
    assert [(p.location, p.status) for p in extraction.plants] == [("oulu", "planned"), ("kokkola", "operating")]
    assert not extraction.partnerships and not extraction.products


@pytest.mark.parametrize("text, name", [
    ("Publicly listed nickel miner PT Sinar Nikel Mandiri Tbk will build a smelter.", "PT Sinar Nikel Mandiri Tbk"),
    ("Jiangtai Auto Group Co. Ltd. will set up Jiangtai (Hefei) New Energy Vehicle Co. Ltd. to run the plant.",
     "Jiangtai (Hefei) New Energy Vehicle Co. Ltd."),
    ("The plant is backed by Hefei Construction Investment Holding (Group) Co. Ltd., which will take a 25% stake.",
     "Hefei Construction Investment Holding (Group) Co. Ltd."),
    ("Suryatej Energy Storage Pvt Ltd signed an MoU with the State Industries Promotion Corporation of Tamil Nadu (SIPCOT).",
     "State Industries Promotion Corporation of Tamil Nadu"),
    ("Kurobe Steel Corp., the steelmaking arm of Tokyo-listed Kurobe Holdings, will acquire Konkan Special Steels Ltd.",
     "Kurobe Holdings"),
])
def test_names_with_a_word_between_brackets_or_before_the_legal_form_stay_whole(nlp, text, name):
    doc = nlp(text)
    assert name in {doc[m.start : m.end].text for m in doc._.kg_orgs}


def test_a_region_taken_for_a_person_is_a_place_and_names_its_government(nlp):
    text = "Suryatej Energy Storage Pvt Ltd on Tuesday signed a memorandum of understanding with the Tamil Nadu government."
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Suryatej Energy Storage Pvt Ltd", "Tamil Nadu government"}
    assert [p.name for p in extraction.people] == []


def test_an_asian_dateline_and_an_honorific_between_title_and_name(nlp):
    text = ("KUALA LUMPUR (Dec 3): Meranti Digital Holdings Bhd will build a data centre in Johor, group managing director "
            "Datuk Azlan Harun said on Monday.")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Meranti Digital Holdings Bhd"]
    assert [(r.person, r.org, r.title) for r in extraction.roles] == [("azlan harun", "meranti digital", "group managing director")]
    assert "Kuala Lumpur" in {p.name for p in extraction.places}


@pytest.mark.parametrize("text, role", [
    ("The Lorain County Board of Commissioners approved an abatement for Harlan Materials Inc., and Elyria City Council "
     "approved $2.4 million. Commissioner Ray Tomasetti voted no.", ("ray tomasetti", "lorain county board of commissioners")),
    ("Voltaris Energy Solutions will stop work on its plant in Glendale. Hardin County Judge-Executive Keith Dorsey said "
     "the news was disappointing.", ("keith dorsey", None)),
    ("Voltaris Energy Solutions will build a plant, the Kentucky Economic Development Finance Authority said. "
     "Gov. Catherine Ruehl called it a win.", ("catherine ruehl", None)),
    ("Voltaris Energy Solutions will build a plant in Becancour. Bécancour Mayor Lucie Marchand said the city was ready.",
     ("lucie marchand", None)),
    ("Trellis Aerostructures will add 420 jobs with help from the Kansas Department of Commerce. Secretary of Commerce "
     "Laura Brandvold said Trellis had weighed sites in Texas.", ("laura brandvold", "kansas department of commerce")),
    ("The Development Authority of Bartow County approved a tax abatement for Cobalt Ridge Data Centers. \"It is a good "
     "deal,\" said authority chairman Wade Pruitt.", ("wade pruitt", "development authority of bartow county")),
    ("The Sherman Economic Development Corporation, known as SEDCO, approved an $18 million grant for Veridian "
     "Semiconductor Corp. SEDCO president Mark Delacroix said the fab would be large.", ("mark delacroix", "sherman economic development")),
    ("Ardent Motors Inc. shelved a plant that the Michigan Economic Development Corporation had backed with a grant. "
     "\"We are disappointed,\" MEDC chief executive Paula Dunleavy said.", ("paula dunleavy", "michigan economic development")),
])
def test_officials_work_for_the_body_their_title_names_or_for_no_body_we_know(nlp, text, role):
    assert role in [(r.person, r.org) for r in extract_text(nlp, text).roles]


@pytest.mark.parametrize("text, expected", [
    ("Vaskimo Oyj will build an electrolyser plant in Oulu, financed with equity and a EUR 62 million grant that "
     "Business Finland awarded to the project in February.", {("business finland", 62_000_000)}),
    ("Veridian Semiconductor Corp. will build a fab in Sherman and has signed a preliminary agreement with the U.S. "
     "Department of Commerce for up to $310 million in CHIPS Act funding.", {("u s department of commerce", 310_000_000)}),
    ("Circulon B.V. will build a battery recycling plant in Moerdijk. Norrlith AB and Voltaris N.V. will each contribute "
     "EUR 95 million in equity.", {("norrlith", 95_000_000), ("voltaris", 95_000_000)}),
    ("Trellis Aerostructures will expand its Wichita plant. Wichita City Council on Tuesday approved a $750,000 forgivable "
     "loan, and the Sedgwick County Commission matched it with its own $750,000 loan on Wednesday.",
     {("wichita city council", 750_000), ("sedgwick county commission", 750_000)}),
    ("The Lorain County Board of Commissioners approved an abatement for Harlan Materials Inc., clearing the last hurdle "
     "for the Cleveland-based steelmaker's planned $310 million electric arc furnace mini-mill in Elyria.",
     {("harlan materials", 310_000_000)}),
    ("Harlan Materials Inc. will build a mini-mill in Elyria. The City of Elyria will put $2.4 million toward a rail spur.",
     {("city of elyria", 2_400_000)}),
    ("Voltaris Energy Solutions will build a second plant in Glendale. The Kentucky Economic Development Finance Authority "
     "approved up to $190 million in tax incentives for the project.", {("kentucky economic development finance authority", 190_000_000)}),
    ("The African Development Bank (AfDB) has approved a $110 million loan for a logistics hub that London-listed Harrowgate "
     "Logistics plc plans to build in Mombasa, Kenya, the bank said on Wednesday.", {("african development bank", 110_000_000)}),
    ("Brennard Automotive will build an electric van plant in Winsford. Under the financing package announced on Tuesday, the "
     "Department for Business and Trade will provide a £95m grant and the National Wealth Fund will lend £150m.",
     {("department for business and trade", 95_000_000), ("national wealth fund", 150_000_000)}),
])
def test_who_puts_in_grants_loans_and_shares_of_an_incentive_stack(nlp, text, expected):
    assert expected <= {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_a_company_the_model_takes_for_a_person_adds_jobs_at_its_plant(nlp):
    text = ("Trellis Aerostructures will add 420 jobs at its Wichita plant in a $145 million expansion tied to a contract "
            "to build fuselage panels for Calder Aircraft's CX-9 regional jet.")
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == []
    assert [(p.operator, p.location) for p in extraction.plants] == [("trellis aerostructures", "wichita")]


def test_an_industrial_complex_is_a_place_and_a_name_stops_before_a_preposition(nlp):
    text = ("Daeyang Energy Materials Co., Ltd. will build a cathode plant on a site in the Gumi National Industrial Complex. "
            "Red Mesa Compounding LLC will continue as a division of Daeyang, with Red Mesa as its brand.")
    doc = nlp(text)
    assert "Gumi National Industrial Complex" in {e.text.removeprefix("the ") for e in doc.ents if e.label_ == "FAC"}
    assert "Red Mesa as" not in {doc[m.start : m.end].text for m in doc._.kg_orgs}


@pytest.mark.parametrize("text, name", [
    ("The plant is being built by Curitiba-based engineering group Engevale, the company said.", "Engevale"),
    ("The process plant would be built by Buenos Aires-based contractor Andina Montajes Industriales.", "Andina Montajes Industriales"),
    ("The trackers come from Zaragoza-based Tracktec, the developer said.", "Tracktec"),
])
def test_a_name_introduced_by_a_company_noun_or_x_based_is_a_company(nlp, text, name):
    doc = nlp(text)
    assert name in {doc[m.start : m.end].text for m in doc._.kg_orgs}


def test_gapped_amounts_belong_to_the_body_named_before_them(nlp):
    text = ("Stalwerk Zagłębie S.A. will convert its steelworks in Dąbrowa Górnicza. The European Bank for Reconstruction and "
            "Development approved EUR 300 million and the European Investment Bank EUR 250 million in loans for the project.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {
        ("european bank for reconstruction and development", 300_000_000), ("european investment bank", 250_000_000)}


def test_companies_doing_part_of_the_work_are_partners_of_the_projects_owner(nlp):
    text = ("Energía Solar del Pacífico S.A. will build a 500 MW solar park near Caborca, the developer said on Monday. "
            "The park is being built by Hermosillo-based Constructora Yaqui under an EPC contract, with Chinese manufacturer "
            "Lumisol Energy supplying the modules and Zaragoza-based Tracktec the single-axis trackers.")
    partners = {frozenset(p.partners) for p in extract_text(nlp, text).partnerships}
    assert {frozenset({"energia solar del pacifico", "lumisol energy"}), frozenset({"energia solar del pacifico", "tracktec"}),
            frozenset({"energia solar del pacifico", "constructora yaqui"})} <= partners
    assert frozenset({"constructora yaqui", "lumisol energy"}) not in partners


@pytest.mark.parametrize("text, product", [
    ("Bushveld Cement Ltd sells its cement under the Bushveld Ultra and Bushveld SuperBuild brands.", "Bushveld SuperBuild"),
    ("Helvion Sensorik AG today launched Sentiva X5, a hydrogen leak detector for fuel-cell trucks.", "Sentiva X5"),
    ("The Nakuru plant will make the firm's Maziwa Safi long-life milk.", "Maziwa Safi"),
    ("Mikuni Motor Corp. signed an agreement to buy Kisaragi's Aurex MOSFETs for its sedans.", "Aurex"),
])
def test_brands_under_a_name_launched_or_owned_before_their_goods(nlp, text, product):
    doc = nlp(text)
    assert product in {doc[m.start : m.end].text for m in doc._.kg_products}


def test_an_acronym_in_brackets_after_goods_is_no_product(nlp):
    doc = nlp("Carrow Catalysts plc, the UK developer of catalysts for sustainable aviation fuel (SAF), signed a licence.")
    assert [doc[m.start : m.end].text for m in doc._.kg_products] == []


@pytest.mark.parametrize("text, plants", [
    pytest.param("Voltaris Energy Solutions will stop work on its second battery cell plant in Glendale. The Glendale site in "
                 "Hardin County was announced in 2023 as a $4.1 billion project. \"It uses more power than any site in "
                 "Kentucky,\" a spokesperson said.", [("glendale", 2)], id="site-named-after-its-town"),  # 'any site' is none
    pytest.param("Shiranui Semiconductor Corp. will build a second chip fabrication plant in Kumamoto Prefecture, the "
                 "Tokyo-based contract chipmaker announced on Wednesday.\n\nThe new fab, in the neighbouring town of Ozu, "
                 "will make logic chips for cars and industrial robots.", [("ozu", 2)], id="place-set-off-by-commas"),  # the
    # parser hangs the place on the verb
])
def test_where_a_counted_plant_is(nlp, text, plants):
    assert [(p.location, p.ordinal) for p in extract_text(nlp, text).plants] == plants


def test_a_polish_dateline_is_a_place(nlp):
    text = "WROCŁAW, Poland, Jan. 19, 2027 /PRNewswire/ -- Officine Brenta S.p.A. broke ground on a plant in Kobierzyce."
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Officine Brenta S.p.A."]
    assert "Wrocław" in {p.name for p in extraction.places}


@pytest.mark.parametrize("text", [
    "Japan's Ministry of Economy, Trade and Industry will provide up to ¥476 billion in subsidies for a second fab planned by Akane Semiconductor Corp.",
    "Norrlith AB and Voltaris N.V. will form a recycling venture. The formation of the joint venture is subject to clearance by the European Commission.",
    "Sungrim E-Motion Co. will build a motor plant. The rest of the money will come from a loan of up to €120m that is being negotiated with the European Investment Bank.",
])
def test_money_or_permission_from_a_public_body_is_no_partnership(nlp, text):
    public = {"ministry of economy trade and industry", "european commission", "european investment bank"}
    assert not any(public.intersection(p.partners) for p in extract_text(nlp, text).partnerships)


@pytest.mark.parametrize("text, role", [
    ("Cobalt Ridge Data Centers will build a campus. Cobalt Ridge vice president of development Priya Raman said the "
     "company would come back.", ("priya raman", "cobalt ridge data centers")),
    ("Laurentide Cathode Materials Inc. will build a plant, and the Ministry of Economy, Innovation and Energy will provide "
     "a C$100 million grant. Quebec Economy Minister Hélène Tremblay-Roy said the plant would anchor the corridor.",
     ("helene tremblay roy", "ministry of economy innovation and energy")),
    ("Officine Brenta S.p.A. broke ground on Tuesday with support from the Ministry of Development and Technology. Tomasz "
     "Wójcik, Deputy Minister of Development and Technology, said the plant showed confidence.",
     ("tomasz wojcik", "ministry of development and technology")),
    ("Redhawk Steel Inc. will build a mill. Lena Hargis, secretary of the Kentucky Cabinet for Economic Development, said "
     "the project would create 420 jobs.", ("lena hargis", "kentucky cabinet for economic development")),
])
def test_titles_that_name_a_portfolio_after_of(nlp, text, role):
    assert role in [(r.person, r.org) for r in extract_text(nlp, text).roles]


@pytest.mark.parametrize("text, places", [
    ("Red Mesa Compounding LLC operates two plants, in Odessa and in Monterrey, Mexico, and employs about 900 people.",
     {"odessa", "monterrey"}),
    ("Seongwoo Electro-Mechanics Co. already operates plants in Bac Ninh and Vinh Phuc provinces.", {"bac ninh", "vinh phuc"}),
])
def test_plants_in_two_conjoined_places_are_two_plants(nlp, text, places):
    assert places <= {p.location for p in extract_text(nlp, text).plants}


def test_a_plant_in_apposition_to_a_plant_is_the_same_plant(nlp):
    text = ("Turkish glass packaging maker Trakya Ambalaj Cam A.Ş. is building its third plant, a 330,000 tonne-per-year "
            "container glass factory in Eskişehir, at a cost of TRY 6.8 billion, the company said on Tuesday.")
    assert [(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants] == [("trakya ambalaj cam", "eskisehir", 3)]


def test_a_body_whose_last_portfolio_the_model_tagged_apart_and_a_subsidy_tied_to_tax_targets(nlp):
    text = ("Lumatec Semiconductor GmbH will build a fab in Itzehoe. The Federal Ministry for Economic Affairs and Energy will "
            "provide €810 million. The Yibin municipal government will provide a subsidy of 800 million yuan tied to output "
            "and tax targets.")
    extraction = extract_text(nlp, text)
    assert "Federal Ministry for Economic Affairs and Energy" in {o.name for o in extraction.organizations}
    assert 800_000_000 in {i.amount for i in extraction.investments}


def test_state_aid_is_given_by_the_government_its_adjective_names_not_by_the_regulator(nlp):
    text = ("The European Commission on Tuesday approved €300 million in Belgian state aid for Valmeuse Glass N.V. to rebuild a "
            "furnace at its Seraing plant. The grant from the Belgian government covers a fifth of the €1.5 billion "
            "project, which the glassmaker says will halve the site's emissions. The Commission said the aid was limited.")
    extraction = extract_text(nlp, text)
    investments = {(i.investor, i.amount) for i in extraction.investments}
    assert {("belgian government", 300_000_000), ("valmeuse glass", 1_500_000_000)} <= investments
    assert ("european commission", 300_000_000) not in investments
    assert [o.name for o in extraction.organizations if "Commission" in o.name] == ["European Commission"]


@pytest.mark.parametrize("text, expected", [
    ("The Federal Ministry for Economic Affairs and Energy will provide €810 million and the state government of "
     "Schleswig-Holstein €110 million for the fab.", {("state government of schleswig holstein", 110_000_000)}),
    ("Carrozzi Componenti S.p.A. has agreed to acquire a closed glassworks in Mondovì from Vetrerie Alpine S.r.l. for "
     "€17 million.", {("carrozzi componenti", 17_000_000)}),
    ("The Federal Ministry for Economic Affairs and Climate Action had promised €310 million in subsidies for the project, "
     "and the Brandenburg state government a further €95 million.", {("brandenburg state government", 95_000_000)}),
    ("Funding for the solar plant: Johannesburg-based Marula Merchant Bank is providing R3.2 billion of senior debt.",
     {("marula merchant bank", 3_200_000_000)}),
])
def test_a_states_government_named_after_of_and_a_bought_plant_put_in_money(nlp, text, expected):
    assert expected <= {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


@pytest.mark.parametrize("text, names", [
    ("The new line will be installed at the Kikuyo plant, which is run by Sakura Devices Kyushu K.K. Sakura Electronics "
     "Corporation owns 70% of the subsidiary.", {"Sakura Devices Kyushu K.K.", "Sakura Electronics Corporation"}),
    ("Kuroshio Chemical Corporation will buy a 34% stake in Tangshan Huayu Resin Co., which runs a plant in Tangshan. The stake is being sold by Huayu's "
     "parent, Jiangnan Polymer Co., which will keep 66%.", {"Kuroshio Chemical Corporation", "Tangshan Huayu Resin Co.",
                                                            "Jiangnan Polymer Co."}),
    ("Linhai Auto Parts Co. signed the purchase agreement with the insolvency administrator of its German owner, Kessler "
     "Antriebstechnik GmbH. Kessler filed for insolvency in November.", {"Linhai Auto Parts Co.", "Kessler Antriebstechnik GmbH"}),
])
def test_names_cut_at_a_legal_form_a_person_before_one_and_a_parent_in_apposition(nlp, text, names):
    assert set(orgs(extract_text(nlp, text))) == names


def test_a_union_named_by_what_it_represents_and_the_speaker_after_it(nlp):
    text = ("Brennard Automotive will build a van factory in Winsford. Unite, which represents most of the workforce at "
            "Ansty, welcomed the investment. \"We will not accept job losses,\" said regional officer Dave Kinsella.")
    extraction = extract_text(nlp, text)
    assert "Unite" in orgs(extraction)
    assert ("dave kinsella", "unite") in [(r.person, r.org) for r in extraction.roles]


def test_a_company_that_is_to_close_a_plant_in_a_town_and_irish_county(nlp):
    text = ("Suirvale Foods is to close its cheese plant in Cahir, Co Tipperary, with the loss of 180 jobs. Enterprise "
            "Ireland is supporting an expansion of its Listowel plant with a grant of €11.5m.")
    extraction = extract_text(nlp, text)
    assert ("suirvale foods", "cahir") in [(p.operator, p.location) for p in extraction.plants]
    assert ("enterprise ireland", 11_500_000) in [(i.investor, i.amount) for i in extraction.investments]


def test_an_owner_named_after_a_description_in_apposition_puts_in_the_equity(nlp):
    text = ("Brennard Automotive will build a van factory in Winsford. Brennard's majority owner, the Swiss investment group "
            "Aldinger Holding AG, will put in £300m of new equity.")
    assert ("aldinger", 300_000_000) in [(i.investor, i.amount) for i in extract_text(nlp, text).investments]


def test_a_minister_sits_on_no_council(nlp):
    text = ("Suirvale Foods will close its Cahir plant, Tipperary County Council said. Pádraig Hurley, the Minister for "
            "Agriculture, said his officials would work with the company.")
    assert ("padraig hurley", None) in [(r.person, r.org) for r in extract_text(nlp, text).roles]


def test_a_lede_that_names_no_company_describes_the_one_named_next(nlp):
    text = ("A car parts maker is to close its factory in Sunderland with the loss of 640 jobs.\n\nCalder Automotive "
            "Systems, which makes seat frames, told staff on Tuesday that production would end by March. The firm's German "
            "owner, Hessler Gruppe, said the work would move to its existing plant in Žilina, Slovakia.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("calder automotive systems", "sunderland"), ("hessler gruppe", "zilina")} <= plants


def test_a_venture_in_apposition_the_model_takes_for_a_person_invests(nlp):
    text = ("Harmon Motor Company and Daesan Energy Solutions will build a battery plant in Lima, Ohio. Their joint venture, "
            "Harmon Daesan Cells, will invest $3.4 billion in the factory.")
    assert ("harmon daesan cells", 3_400_000_000) in [(i.investor, i.amount) for i in extract_text(nlp, text).investments]


@pytest.mark.parametrize("text, name", [
    ("Enterprise minister Ciarán Molloy welcomed the plant. The agency reports to Molloy's Department of Enterprise, Trade "
     "and Employment.", "Department of Enterprise, Trade and Employment"),
    ("The Union Cabinet on Thursday approved Tata Electronics' plan to build a semiconductor fab at Dholera.", "Tata Electronics"),
])
def test_names_without_their_owner_or_describing_words_and_a_company_known_by_its_plan(nlp, text, name):
    assert name in orgs(extract_text(nlp, text))


def test_an_irish_union_in_capitals_and_a_td_after_the_name(nlp):
    text = ("Ostrander Pharmaceuticals will build a plant in Cork. SIPTU welcomed the jobs but said it expected the firm to "
            "recognise trade unions. \"Pharma pays well,\" said the union's divisional organiser, Niamh Cotter. Louise "
            "Barrett TD said the plant was welcome.")
    found = role_triples(extract_text(nlp, text))
    assert ("niamh cotter", "organiser", "siptu") in found
    assert ("louise barrett", "td", None) in found


def test_a_plant_run_by_a_subsidiary_is_the_subsidiarys_and_no_partnership(nlp):
    text = ("Brandt Hydraulik GmbH will move production to its existing factory in Brno. It will spend €46 million at the Brno "
            "factory, which is run by its subsidiary Brandt Hydraulik CZ s.r.o. and already employs 900 people.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("brandt hydraulik cz", "brno")]
    assert extraction.partnerships == ()


def test_the_company_whose_plan_a_cabinet_approved_builds_the_fab(nlp):
    text = "The Union Cabinet on Thursday approved Tata Electronics' plan to build a semiconductor fab at Dholera, Gujarat."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("tata electronics", "dholera")]


def test_two_towns_tagged_as_one_name_are_two_plants(nlp):
    text = ("Skovlund Towers A/S will build a factory at Invergordon. Skovlund, which runs tower plants at Lemvig and Aabenraa "
            "in Denmark, said the Scottish factory would be its first outside Scandinavia.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("skovlund towers", "lemvig"), ("skovlund towers", "aabenraa")} <= plants


def test_the_town_a_new_facility_stands_at_is_no_company(nlp):
    text = ("Bellrive Aérostructures Inc. will close its Winnipeg plant by mid-2027, cutting 240 jobs, and move the work to "
            "a new C$185-million facility at Mirabel, Que., the company said. Investissement Québec is lending C$40 million "
            "toward the Mirabel plant, which will employ 160.")
    extraction = extract_text(nlp, text)
    assert "Mirabel" not in orgs(extraction)
    assert ("bellrive aerostructures", "mirabel") in [(p.operator, p.location) for p in extraction.plants]
    assert ("investissement quebec", 40_000_000) in [(i.investor, i.amount) for i in extraction.investments]


def test_the_firm_of_an_analyst_commenting_on_a_deal_is_no_party_to_it(nlp):
    text = ("Tarrabool Resources Ltd will sell a 15% stake to Hanul Cathode Materials Co. Damien Kwok, an analyst at Argent "
            "Securities in Sydney, said the Hanul deal removed the biggest risk.")
    assert not any("argent securities" in p.partners for p in extract_text(nlp, text).partnerships)


def test_a_wire_dateline_is_no_subject_and_a_revived_project_is_no_cancellation(nlp):
    text = ("PERTH, March 4 - Tarrabool Resources Ltd has approved construction of a A$1.4 billion ($880 million) lithium "
            "hydroxide refinery at Kemerton in Western Australia, the miner said on Tuesday, reviving a project it shelved "
            "in 2023 when lithium prices collapsed.")
    extraction = extract_text(nlp, text)
    assert "Tarrabool Resources Ltd" in orgs(extraction)
    assert [(p.operator, p.location, p.status) for p in extraction.plants] == [("tarrabool resources", "kemerton", "planned")]
    assert [(i.investor, i.amount) for i in extraction.investments] == [("tarrabool resources", 1_400_000_000)]
    assert extraction.investments[0].status != "cancelled"


def test_a_plant_said_to_be_a_companys_nth_plant_is_one_plant(nlp):
    text = ("Corvant Semiconductor Inc. has delayed the start of production at its $8.5 billion chip plant in Marana, Arizona, "
            "to 2028. The Marana fab is Corvant's first 300-millimeter plant in the U.S.")
    assert [(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants] == [("corvant semiconductor", "marana", 1)]


@pytest.mark.parametrize("text, expected", [
    ("Veridian Semiconductor Corp. will build a plant in Ohio. JobsOhio, the state's private economic development "
     "corporation, approved a $65 million grant, and the Ohio Tax Credit Authority on Monday signed off on a 30-year job "
     "creation tax credit.", ("jobsohio", 65_000_000)),
    ("Laurentide Graphite Inc. will revive its plant. Investissement Québec, the province's investment arm, will put in a "
     "further C$120 million of equity in the project.", ("investissement quebec", 120_000_000)),
    ("Tarrabool Resources Ltd will build a refinery. Export Finance Australia will lend A$300 million and the Clean Energy "
     "Finance Corporation A$200 million.", ("export finance australia", 300_000_000)),
    ("Brazil's national development bank BNDES has approved a 620 million reais loan for Cerrado Terras Raras SA to build "
     "a rare earth processing plant in Catalão.", ("bndes", 620_000_000)),
])
def test_funders_named_in_apposition_after_a_country_or_after_lower_case_words(nlp, text, expected):
    assert expected in [(i.investor, i.amount) for i in extract_text(nlp, text).investments]


@pytest.mark.parametrize("text, expected", [
    ("Linhai Auto Parts Co. bought the plant. The Grand Est regional council said it would contribute €5 million to the "
     "conversion.", ("grand est regional council", 5_000_000)),
    ("Varadhan Steel will take over the mill. Bpifrance, the public investment bank, will lend a further €20 million, while "
     "the Hauts-de-France regional council has approved an €8 million grant for retraining.", ("hauts de france regional council", 8_000_000)),
])
def test_a_regional_council_named_after_its_region_funds(nlp, text, expected):
    assert expected in [(i.investor, i.amount) for i in extract_text(nlp, text).investments]


def test_a_council_named_before_a_mayor_and_a_party_with_a_seat(nlp):
    text = ("Coralsea Hydrogen scrapped its plant at Yarwun, the Queensland Government said. Gladstone Regional Council mayor "
            "Colin Brennan said the region remained strong. Julien Dacourt, the National Rally MP for the area, had "
            "campaigned for another buyer.")
    extraction = extract_text(nlp, text)
    assert ("colin brennan", "gladstone regional council") in [(r.person, r.org) for r in extraction.roles]
    assert not any("Rally" in name for name in orgs(extraction))


def test_a_company_the_model_takes_for_a_person_closes_a_smelter(nlp):
    text = ("Rio Tinto will close New Zealand's only aluminium smelter, at Tiwai Point near Bluff, putting about 1,000 jobs "
            "at risk, the mining giant said on Thursday.")
    assert "Rio Tinto" in orgs(extract_text(nlp, text))


def test_a_loan_for_a_company_to_build_a_plant_makes_it_the_operator(nlp):
    text = ("The development bank BNDES has approved a 620 million reais loan for Cerrado Terras Raras SA to build a rare "
            "earth processing plant in Catalão, the company said.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("cerrado terras raras", "catalao")]


def test_amounts_given_respectively_by_conjoined_investors(nlp):
    text = ("Circulon B.V. will build a battery recycling plant in Moerdijk. Norrlith AB and Voltaris N.V. will contribute "
            "EUR 60 million and EUR 40 million respectively.")
    assert {("norrlith", 60_000_000), ("voltaris", 40_000_000)} <= {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_the_name_a_venture_is_to_be_called_is_its_name(nlp):
    text = ("A joint venture between Hanseong Materials Co. and Laurentide Minerals Inc. will build a C$2.1-billion cathode "
            "plant in Loyalist Township. The venture, to be called Northrock Cathode Materials, will be 60 per cent owned by "
            "Hanseong and 40 per cent by Laurentide.")
    extraction = extract_text(nlp, text)
    assert "Northrock Cathode Materials" in orgs(extraction)
    assert [(p.operator, p.location) for p in extraction.plants] == [(None, "loyalist township")]  # not formed yet


def test_a_brand_owned_by_a_company_the_model_takes_for_a_place(nlp):
    text = ("Lumatec Semiconductor GmbH will build a fab in Itzehoe. Munich-based Ostwald Antriebe AG signed a supply "
            "agreement last year for Lumatec's Vireo silicon carbide modules.")
    assert "Vireo" in [p.name for p in extract_text(nlp, text).products]


def test_a_cheese_named_in_apposition_is_a_product_not_a_company(nlp):
    text = ("Suirvale Foods is to close its cheese plant in Cahir. Cahir currently makes Comeragh Red, the mature cheddar "
            "that is Suirvale's best-known brand.")
    extraction = extract_text(nlp, text)
    assert "Comeragh Red" in [p.name for p in extraction.products]
    assert "Comeragh Red" not in orgs(extraction)


def test_a_union_named_between_the_and_union_and_its_branch_speaking(nlp):
    text = ("Vestbris Aluminium ASA will close a potline at its smelter in Husnes. The local branch of the Fellesforbundet "
            "union said it would negotiate over the cuts.")
    assert "Fellesforbundet" in orgs(extract_text(nlp, text))


def test_a_subject_that_mothballs_its_refinery_is_a_company_whoever_the_model_takes_it_for(nlp):
    text = ("Yarrabee Lithium will mothball its Kemerton refinery in Western Australia from October. Yarrabee said it would "
            "spend A$85 million on its older plant at Kwinana.")
    extraction = extract_text(nlp, text)
    assert "Yarrabee Lithium" in orgs(extraction)
    assert ("yarrabee lithium", "kemerton") in [(p.operator, p.location) for p in extraction.plants]


def test_a_plant_to_be_mothballed_and_an_older_plant_are_operating(nlp):
    text = ("Yarrabee Lithium will mothball its Kemerton refinery from October and shift production to its older plant at "
            "Kwinana.")
    statuses = {p.location: p.status for p in extract_text(nlp, text).plants}
    assert statuses == {"kemerton": "operating", "kwinana": "operating"}


@pytest.mark.parametrize("text, investor", [
    ("Kellner Antriebstechnik GmbH will close its plant in Werdau. The Werdau plant received €4.2 million in regional aid "
     "from the Saxon state government in 2018.", "saxon state government"),
    ("Kisaragi Semiconductor Corp. will receive a subsidy of up to 108 billion yen for a second power chip plant in "
     "Kumamoto Prefecture, after the Ministry of Economy, Trade and Industry approved the aid on Tuesday.",
     "ministry of economy trade and industry"),
    ("Seongwoo Electro-Mechanics Co. on Monday received an investment registration certificate for a camera module plant "
     "in Thai Nguyen with registered capital of 9.1 trillion dong.", "seongwoo electro mechanics"),
])
def test_who_gives_aid_received_and_who_received_a_certificate(nlp, text, investor):
    assert [i.investor for i in extract_text(nlp, text).investments] == [investor]


def test_a_lender_in_talks_on_a_loan_past_the_prepositions(nlp):
    text = ("Vaskimo Oyj will build an electrolyser plant in Oulu. Vaskimo Oyj is also in advanced discussions with the "
            "Nordic Investment Bank on a loan of up to EUR 150 million.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["nordic investment bank"]


def test_the_money_of_a_plant_to_be_set_up_by_a_company_is_that_company_s(nlp):
    text = ("The Union Cabinet cleared a Rs 7,600 crore assembly plant at Sanand, Gujarat, to be set up by CG Power with "
            "Japan's Renesas Electronics.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["cg power"]


def test_a_short_form_after_a_possessive_full_name_is_the_company(nlp):
    text = ("Capacity at Veloria Automobiles SA's assembly plant in Tangier is to be raised to 320,000 vehicles. The "
            "expansion is expected to create 2,800 jobs at Veloria and many more at suppliers. However, Veloria, Chinese "
            "cell maker Qiantang Energy Co., Ltd. and Moroccan industrial group Sanaa Holding SA signed a memorandum of understanding "
            "on a battery plant.")
    extraction = extract_text(nlp, text)
    assert all(p.name != "Veloria" for p in extraction.places)
    assert ("qiantang energy", "sanaa", "veloria automobiles") in [p.partners for p in extraction.partnerships]


def test_an_about_heading_with_a_legal_form_starts_boilerplate(nlp):
    text = ("Meridian Halo Data Pte. Ltd. will build a data centre campus in Kulai, Johor.\n\n"
            "About Meridian Halo Data Pte. Ltd.\n"
            "Meridian Halo develops and operates data centres in Singapore, Malaysia and Indonesia. The company is backed "
            "by Kestrel Ridge Infrastructure Partners.")
    extraction = extract_text(nlp, text)
    assert [p.location for p in extraction.plants] == ["kulai"]
    assert not extraction.partnerships


def test_the_joint_venture_and_the_partners_amounts_respectively_a_paragraph_later(nlp):
    text = ("Meridian Halo Data Pte. Ltd. and Seri Tanjung Power Berhad agreed to form Meridian Tanjung Data Centres Sdn. "
            "Bhd., a joint venture that will develop a data centre campus in Kulai. Meridian Halo will hold 70 per cent of "
            "the joint venture and Seri Tanjung 30 per cent. The joint venture will invest RM5.6 billion in the first "
            "phase of the campus. Construction is scheduled to begin in the second quarter.\n\n"
            "The partners will contribute RM1.12 billion and RM480 million of equity respectively.")
    found = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert found == {("meridian tanjung data centres", 5_600_000_000), ("meridian halo data", 1_120_000_000),
                     ("seri tanjung power", 480_000_000)}


def test_a_mexican_legal_form_after_a_comma_ends_the_name(nlp):
    text = ("Ningbo Jinrui Auto Components Co. will build a casting plant in Ramos Arizpe. The plant will be owned by "
            "Jinrui Fundidora de México, S.A. de C.V., a joint venture in which Jinrui holds 60%.")
    assert "jinrui fundidora de mexico" in {o.key for o in extract_text(nlp, text).organizations}


def test_a_release_s_defined_acronym_in_quotes_is_an_alias(nlp):
    text = ("TOULOUSE, France -- Aérocomposites Garonne SAS (\"ACG\") today announced a second plant in Blagnac. ACG will "
            "invest €60 million in the plant.")
    extraction = extract_text(nlp, text)
    assert [(o.name, o.aliases) for o in extraction.organizations] == [("Aérocomposites Garonne SAS", ("ACG",))]
    assert [i.investor for i in extraction.investments] == ["aerocomposites garonne"]


def test_a_name_that_opens_with_bank_keeps_it(nlp):
    text = ("Meridian Halo Data Pte. Ltd. will build a data centre campus in Kulai. Bank Pembangunan Malaysia Berhad has "
            "agreed to provide a RM600 million term loan.")
    extraction = extract_text(nlp, text)
    assert "Bank Pembangunan Malaysia Berhad" in orgs(extraction)
    assert [i.investor for i in extraction.investments] == ["bank pembangunan malaysia"]


def test_a_lower_case_legal_form_after_a_name_the_model_takes_for_a_place_and_its_owner(nlp):
    text = ("Hutě Odra a.s., the Ostrava steelmaker owned by Slovak industrial group Tatra Ferrum Holding, has closed the "
            "financing for an electric arc furnace at its works in Kunčice, the company said on Tuesday.")
    extraction = extract_text(nlp, text)
    assert "hute odra" in {o.key for o in extraction.organizations}
    assert not extraction.partnerships  # a parent and the steelmaker it owns are no partners


def test_a_lender_after_a_bracketed_restatement_and_a_company_s_own_equity(nlp):
    text = ("Hutě Odra a.s. will build an electric arc furnace in Ostrava. The furnace will be paid for with CZK 6bn of "
            "Hutě Odra's own equity, a €250 million (about CZK 6.3bn) loan from the European Bank for Reconstruction and "
            "Development, and a CZK 3.1 billion grant that the Ministry of the Environment approved last week.")
    found = {(i.investor, i.currency) for i in extract_text(nlp, text).investments}
    assert found == {("hute odra", "CZK"), ("european bank for reconstruction and development", "EUR"),
                     ("ministry of the environment", "CZK")}


def test_a_joint_venture_is_no_partner_of_its_own_owners(nlp):
    text = ("The Cathelis cathode materials plant at Loon-Plage was formally opened on Monday. Cathelis SAS is a joint "
            "venture between the Lyon-based chemicals group Orvane Chimie SA, which holds 51%, and Daesan Materials Co.")
    assert [p.partners for p in extract_text(nlp, text).partnerships] == [("daesan materials", "orvane chimie")]


def test_a_name_ending_in_a_particle_takes_the_word_the_model_put_in_a_percentage(nlp):
    text = ("Ningbo Jinrui Auto Components Co. will build a casting plant in Ramos Arizpe, owned by a joint venture in "
            "which Jinrui holds 60% and Monterrey-based Grupo Fundidora del Norte 40%.")
    assert "Grupo Fundidora del Norte" in orgs(extract_text(nlp, text))


def test_a_plant_that_began_operations_in_a_year_is_operating(nlp):
    text = ("The Kulai campus will be Meridian Halo Data Pte. Ltd.'s second in Malaysia, following its 64-megawatt "
            "facility in Nusajaya, which began operations in 2024.")
    assert ("nusajaya", "operating") in [(p.location, p.status) for p in extract_text(nlp, text).plants]



#: Role cases from general and regional news and press releases, one per rule (each failed before its rule).
ROLES_IN_NEWS_AND_RELEASES = [
    pytest.param("The IG Metall union called a rally. \"We will fight,\" said Sabine Vogt, the union's district secretary for Zwickau.",
     ("sabine vogt", "district secretary for zwickau", "ig metall"), id="possessive-title-1"),
    pytest.param("Brandt Hydraulik GmbH will close its Zwickau plant, said chief executive Martina Brandt, the founder's granddaughter.",
     ("martina brandt", "chief executive", "brandt hydraulik"), id="possessive-title-2"),
    pytest.param("Carrozzi Componenti S.p.A. will buy the site. Chairman Paolo Carrozzi, the grandson of the founder, said the group "
     "would pay cash.", ("paolo carrozzi", "chairman", "carrozzi componenti"), id="possessive-title-3"),
    pytest.param("Hoshizora Electronics Corporation will build a plant. \"Costs are rising,\" said Ayumi Kondo, a senior analyst at a "
     "Japanese brokerage.", ("ayumi kondo", "senior analyst at japanese brokerage", None), id="possessive-title-4"),
    pytest.param("Linhai Auto Parts Co. bought the plant from Kessler Antriebstechnik GmbH. Kessler's administrator, Thomas Brenner, "
     "said the sale was the best offer.", ("thomas brenner", "administrator", "kessler antriebstechnik"), id="possessive-title-5"),
    pytest.param("Construction needs planning approval from Cheshire West and Chester Council. Council leader Martin Ashworth said "
     "the authority would move quickly.", ("martin ashworth", "leader", "cheshire west and chester council"), id="council-secretary-mp-speaker-1"),
    pytest.param("Brennard Automotive will build a van factory in Winsford with a grant from the Department for Business and Trade. "
     "Business Secretary Alan Greaves thanked Cheshire West and Chester Council.", ("alan greaves", "secretary", "department for business and trade"), id="council-secretary-mp-speaker-2"),
    pytest.param("Brennard Automotive will build a van factory in Winsford, the Department for Business and Trade said. Local MP "
     "Sarah Ollerton said the plant would bring jobs back.", ("sarah ollerton", "mp", None), id="council-secretary-mp-speaker-3"),
    pytest.param("Brennard Automotive will build a van factory in Winsford, Brennard said. Tessaly Cells Ltd, which will supply the "
     "batteries, welcomed the decision. \"We are ready,\" said sales director Anna Price.", ("anna price", "sales director", "tessaly cells"), id="council-secretary-mp-speaker-4"),
    pytest.param("The Government of Canada will contribute C$320-million and the Ontario government C$180-million. Federal Industry "
     "Minister François Lemieux said the strategy \"is working, one link in the chain at a time.\" Ontario's Economic "
     "Development Minister Carla Botelho called it \"the missing piece.\"", ("carla botelho", "minister", "ontario government"), id="official-opposition-union-head-1"),
    pytest.param("The Queensland Government had pledged A$35 million to Coralsea Hydrogen. None of it had been spent, the state's "
     "treasurer, Mark Pellegrino, said.", ("mark pellegrino", "treasurer", "queensland government"), id="official-opposition-union-head-2"),
    pytest.param("Coralsea Hydrogen scrapped its plant. The opposition's energy spokesman, Rhys Carmody, said the hydrogen dream had "
     "turned into a nightmare.", ("rhys carmody", "energy spokesman", None), id="official-opposition-union-head-3"),
    pytest.param("Calder Automotive Systems will close its plant, the Department for Business and Trade said. The shadow business "
     "secretary, Tom Hurrell, said the closure showed the plans had failed.", ("tom hurrell", "shadow business secretary", None), id="official-opposition-union-head-4"),
    pytest.param("Qilu Power Cells delayed its plant. IG Metall, Germany's largest industrial union, said the delay was a warning "
     "sign. Qilu said it remained committed. \"People have heard promises before,\" said the union's regional head, "
     "Birgit Lehmann.", ("birgit lehmann", "regional head", "ig metall"), id="official-opposition-union-head-5"),
    pytest.param("Qilu Power Cells delayed its plant. Katrin Vogler, a Green member of parliament, said ministers had bet on one "
     "investor.", ("katrin vogler", "member of parliament", None), id="official-opposition-union-head-6"),
    pytest.param("Qilu Power Cells delayed its plant. \"Others could follow,\" said Tobias Arndt, an analyst at Kranich Bank in "
     "Frankfurt.", ("tobias arndt", "analyst", "kranich bank"), id="official-opposition-union-head-7"),
    pytest.param("Kellner Antriebstechnik GmbH will close its gearbox plant in Werdau, and the Saxon state government said it would "
     "help. Werdau's lord mayor, Katrin Hesse, said the town would lose its second-largest employer.",
     ("katrin hesse", "lord mayor", None), id="lord-mayor-no-regional-government"),
    pytest.param("The Government of Aragon on Thursday declared a plan by Nubaria Data Centers S.L. to build two data centre campuses "
     "a project of general interest. Regional president Javier Lanuza called it the largest private investment in the "
     "region's history.", ("javier lanuza", "regional president", "government of aragon"), id="regional-president"),
    pytest.param("Kaveri Steel Holdings will shut the blast furnace in Ostrava. The Ministry of Industry and Trade and the "
     "Moravian-Silesian regional government said they were surprised. Deputy minister Lucie Novak said the state was "
     "ready to talk about support.", ("lucie novak", "deputy minister", "ministry of industry and trade"), id="national-minister-before-region"),
    pytest.param("Bokamoso Platinum Ltd will close its mine near Rustenburg. The Minerals Council South Africa said more than 10,000 "
     "jobs had been lost this year. Its chief executive, Pieter Coetzer, called for relief on electricity prices.",
     ("pieter coetzer", "chief executive", "minerals council south africa"), id="its-chief-executive"),
    pytest.param("Cathelis SAS opened its cathode plant in Dunkirk. Sophie Marchal, an analyst at Alcyon Research, said cathode prices "
     "had fallen.", ("sophie marchal", "analyst", "alcyon research"), id="analyst-employer-tagged-person"),
    pytest.param("Kellner Antriebstechnik GmbH will close its plant in Werdau. Marc Ohlendorf, an analyst at Bankhaus Reuther, said "
     "suppliers were under pressure.", ("marc ohlendorf", "analyst", "bankhaus reuther"), id="analyst-employer-tagged-place"),
    pytest.param("Cervejaria Serra Alta S.A. will close its brewery in Petrópolis. Beatriz Lemos, a consumer-sector analyst at Banco "
     "Itacolomi, said the move could cut costs.", ("beatriz lemos", "consumer-sector analyst", "banco itacolomi"), id="hyphenated-title"),
    pytest.param("Shiranui Semiconductor Corp. will build a fab in Ozu. Governor Kenji Aso welcomed the decision and said the Kumamoto "
     "prefectural government would widen roads.", ("kenji aso", "governor", "kumamoto prefectural government"), id="prefectural-government"),
    pytest.param("Cathelis SAS opened its cathode plant in Dunkirk. Régis Vandamme, president of the Hauts-de-France regional council, "
     "said the opening showed progress.", ("regis vandamme", "president", "hauts de france regional council"), id="regional-council-after-org-tag"),
    pytest.param("Bokamoso Platinum Ltd will close a shaft. The Association of Mineworkers and Construction Union (AMCU) rejected the "
     "plan. \"Now the workers must pay,\" said AMCU regional organiser Thabo Mokoena.",
     ("thabo mokoena", "regional organiser", "association of mineworkers and construction union"), id="union-organiser"),
    pytest.param("Valmora Biologics plc will double capacity at Ringaskiddy. The expansion is supported by the Irish Government "
     "through IDA Ireland. \"It is a significant endorsement,\" said Declan Moriarty, Head of Life Sciences, IDA Ireland.",
     ("declan moriarty", "head of life sciences", "ida ireland"), id="release-sign-off-tagged-place"),
    pytest.param("Valmora Biologics plc will double capacity at Ringaskiddy. \"We are proud of the team,\" said Siobhan Keaveney, "
     "Senior Vice President, Global Manufacturing and Supply, Valmora Biologics.",
     ("siobhan keaveney", "senior vice president", "valmora biologics"), id="release-sign-off-with-portfolio"),
    pytest.param("Straits Alloy Holdings Ltd will build an extrusion plant in Hai Phong with Song Lam Aluminium JSC. The Hai Phong "
     "People's Committee granted the project an investment registration certificate on Monday, and vice chairman "
     "Tran Minh Duc said construction was expected to begin before the end of the year.",
     ("tran minh duc", "vice chairman", "hai phong people s committee"), id="chairman-of-the-acting-committee"),
    pytest.param("Straits Alloy Holdings Ltd will build an extrusion plant in Hai Phong. The Hai Phong People's Committee granted "
     "the project a certificate on Monday, and chief executive Lim Boon Keng said construction would begin soon.",
     ("lim boon keng", "chief executive", "straits alloy"), id="chief-executive-not-of-the-acting-committee"),
    pytest.param("Halla Data Centers Oy broke ground on its third campus in Kouvola. \"This is the largest private investment in the "
     "region,\" said Marja Lehtola, mayor of the City of Kouvola.", ("marja lehtola", "mayor", "city of kouvola"), id="mayor-of-the-city-of"),
    pytest.param("Laurentian Steel Corp. will close the Welland mill. Marco DiLullo, president of United Steelworkers Local 4417, "
     "which represents the Welland workers, said the union would fight.",
     ("marco dilullo", "president", "united steelworkers local 4417"), id="union-local-number"),
    pytest.param("Blacktown City Council does not oppose the campus. Mayor Ken Aldridge said the council wanted conditions attached.",
     ("ken aldridge", "mayor", "blacktown city council"), id="mayor-of-the-one-council"),  # the one council the story names
    pytest.param("Blacktown City Council wants conditions attached. Cr Jasmine Tuala went further, telling the panel it was bad.",
     ("jasmine tuala", "councillor", "blacktown city council"), id="australian-cr"),  # "Cr", written out
    pytest.param("Graham Pell, convenor of the residents' group Western Sydney Water Watch, was not convinced.",
     ("graham pell", "convenor", "western sydney water watch"), id="convenor-of-a-described-group"),  # a description of the group follows
    pytest.param("The campus faced the Sydney Western City Planning Panel. Panel chair Adrienne Holt said a decision would follow.",
     ("adrienne holt", "chair", "sydney western city planning panel"), id="panel-chair"),
    pytest.param("Governor Masaru Ikeda told a news conference that the Kumamoto Prefectural Government would spend ¥14bn on roads.",
     ("masaru ikeda", "governor", "kumamoto prefectural government"), id="untagged-after-title"),  # untagged by the model
    pytest.param("Van Roon Group NV owns it. Marloes de Wit, Van Roon's chief operating officer for Europe, told MPs the group had "
     "looked at every option.", ("marloes de wit", "chief operating officer for europe", "van roon group"), id="untagged-before-title"),  # likewise
    pytest.param("The plant is run by Jorf Cathode Materials SA (JCM). JCM's directeur général, Nadia El Fassi, said most workers "
     "were Moroccan.", ("nadia el fassi", "directeur général", "jorf cathode materials"), id="title-in-french"),  # a title in French
    pytest.param("Fernando Lazcano, an auto industry analyst at Banco Cordillera, said carmakers would wait.",
     ("fernando lazcano", "auto industry analyst", "banco cordillera"), id="banco-tagged-a-place"),  # a place to the model
    pytest.param("Rosa Elvira Treviño, secretary general of the Sindicato Independiente de Trabajadores Automotrices de Nuevo León, said "
     "300 people had trained.", ("rosa elvira trevino", "secretary general",
                                 "sindicato independiente de trabajadores automotrices de nuevo leon"), id="sindicato-tagged-a-facility"),
    pytest.param("Narmada Solar will build a cell gigafactory at Dholera. The Gujarat government has allotted land. Gujarat "
     "Industries Minister Harsh Vaghela said the state had given 200 acres.", ("harsh vaghela", "minister", "gujarat government"),
     id="region-and-portfolio-tagged-as-one-place"),
    pytest.param("The Lord Mayor of Cork, Fergal Dineen, said Cork City Council would work with Ostrander on bus links.",
     ("fergal dineen", "lord mayor", "cork city council"), id="surname-taken-for-a-date"),  # 'Dineen' a date to the model
    pytest.param("Suirvale Foods will close its Cahir cheese plant. Úna Meagher, cathaoirleach of Tipperary County Council, "
     "called for a task force.", ("una meagher", "cathaoirleach", "tipperary county council"), id="title-in-irish"),
]


@pytest.mark.parametrize("text, role", ROLES_IN_NEWS_AND_RELEASES)
def test_roles_in_general_news_and_press_releases(nlp, text, role):
    assert role in role_triples(extract_text(nlp, text))


def test_a_company_named_without_its_leading_grupo_is_that_company(nlp):
    text = ("Ningbo Jinrui Auto Components Co. will build a casting plant in Ramos Arizpe with Monterrey-based Grupo "
            "Fundidora del Norte. Fundidora del Norte is putting in $120 million of equity.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Grupo Fundidora del Norte"].aliases == ("Fundidora del Norte",)
    assert [i.investor for i in extraction.investments] == ["grupo fundidora del norte"]


@pytest.mark.parametrize("text, investor", [
    ("Laurentian Steel Corp. will build a steel mill in Bécancour. Investissement Québec has agreed to lend the company "
     "C$150-million, the parties said.", "investissement quebec"),
    ("Van Steeg Dranken N.V. will take a stake in a Ghent brewer. Brouwerij De Leie will spend €60 million on a new brewhouse "
     "in Ghent.", "brouwerij de leie"),
])
def test_names_that_open_with_a_company_word_in_another_language(nlp, text, investor):
    assert investor in [i.investor for i in extract_text(nlp, text).investments]


def test_a_region_that_awards_a_grant_is_its_government(nlp):
    text = ("Aérocomposites Garonne SAS will build a second plant in Blagnac. Bpifrance has approved a €35 million loan for "
            "the project, the Occitanie Region has awarded a €12 million grant, and the State will add more.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Occitanie Region"].kind == "government"
    assert ("occitanie region", 12_000_000) in {(i.investor, int(i.amount)) for i in extraction.investments}


def test_an_unowned_plant_beside_a_public_body_is_the_story_s_company(nlp):
    text = ("Carrozzi Componenti S.p.A. will buy Sesia Meccanica for €150 million. Carrozzi Componenti said it would keep "
            "all the jobs. The Piedmont regional government said the factory in Mondovì would get training funds.")
    plants = [(p.operator, p.location) for p in extract_text(nlp, text).plants]
    assert ("carrozzi componenti", "mondovi") in plants


def test_a_plant_s_place_from_a_later_sentence_about_it(nlp):
    text = ("Sherman City Council approved a tax abatement for Veridian Semiconductor Corp.'s planned wafer fab. The "
            "Austin-based chipmaker first disclosed the project in June. It would be Veridian's second fab; the first, in "
            "Austin, makes 150-millimeter wafers for power chips used in electric vehicles.")
    assert ("veridian semiconductor", "austin") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_a_council_that_backs_a_plant_does_not_run_it(nlp):
    text = ("The Development Authority of Bartow County on Tuesday approved a 20-year tax abatement for Cobalt Ridge Data "
            "Centers' planned $2.3 billion data center campus near Cartersville.")
    assert [p.operator for p in extract_text(nlp, text).plants] == ["cobalt ridge data centers"]


def test_a_mexican_legal_form_after_a_comma_is_part_of_the_name(nlp):
    text = "Auto parts maker Grupo Autopartes Cumbres, S.A.B. de C.V., will build a second plant in Coahuila."
    assert set(orgs(extract_text(nlp, text))) == {"Grupo Autopartes Cumbres, S.A.B. de C.V."}


def test_a_parent_named_with_its_own_legal_form_is_no_alias_of_its_subsidiary(nlp):
    text = ("Daewon Circuit Vina Co., Ltd., the Vietnamese arm of South Korean circuit board maker Daewon Circuit Co., "
            "received an investment certificate. Daewon Circuit shares rose 3% in Seoul.")
    assert set(orgs(extract_text(nlp, text))) == {"Daewon Circuit Vina Co., Ltd.", "Daewon Circuit Co."}


def test_a_stock_exchange_named_as_a_listing_venue_is_no_organisation(nlp):
    text = ("Perdana Semikon Bhd said in a filing with Bursa Malaysia that it would build a plant in Kulim. Luzon "
            "Consolidated Foods Corp. told the Philippine Stock Exchange it would build a noodle plant.")
    assert set(orgs(extract_text(nlp, text))) == {"Perdana Semikon Bhd", "Luzon Consolidated Foods Corp."}


@pytest.mark.parametrize("text, person", [
    ('"Our plant is full," group managing director Tan Sri Lim Chee Keong told a briefing.', "Lim Chee Keong"),
    ("Kedah Menteri Besar Datuk Seri Haris Abdullah welcomed the project.", "Haris Abdullah"),
    ("Nickel producer PT Bukit Merah Mineral's president director Andi Pratama Wirawan said the plant was on track.",
     "Andi Pratama Wirawan"),
])
def test_honorifics_are_no_part_of_a_name(nlp, text, person):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [person]


def test_a_surname_after_an_initial_is_part_of_the_name(nlp):
    text = ("Telangana Industries and Commerce Minister D. Sridhar Reddy, who attended the signing at the Secretariat, "
            "said the state would provide land.")
    assert [p.name for p in extract_text(nlp, text).people] == ["D. Sridhar Reddy"]


def test_a_bracketed_acronym_with_its_legal_form_is_an_alias(nlp):
    text = ("Okpara Agro-Chemicals Plc signed a 15-year supply agreement with Nigerian National Petroleum Company Limited "
            "(NNPC Ltd) in December. NNPC Ltd will supply gas from the Niger Delta.")
    assert "NNPC Ltd" in orgs(extract_text(nlp, text))["Nigerian National Petroleum Company Limited"].aliases


def test_an_analyst_at_a_based_firm_works_there(nlp):
    text = ('"Gas supply remains the single biggest risk," said Tunde Bakare, head of research at Lagos-based Meridian '
            'Capital Securities.')
    assert role_triples(extract_text(nlp, text)) == [("tunde bakare", "head of research", "meridian capital securities")]


def test_a_short_form_drops_an_accented_company_word(nlp):
    text = ("Brazilian meatpacker Frigorífico Campo Verde S.A. has agreed to buy a rival. Campo Verde chief executive "
            "Ricardo Bittencourt said the deal would close next year.")
    assert role_triples(extract_text(nlp, text)) == [("ricardo bittencourt", "chief executive", "frigorifico campo verde")]


def test_a_board_of_investment_is_a_government_body(nlp):
    doc = nlp("Thailand's Board of Investment (BOI) approved 12 projects worth 87.4 billion baht on Wednesday.")
    assert {m.kind for m in doc._.kg_orgs if m.name == "Board of Investment"} == {"government"}


@pytest.mark.parametrize("text, partners", [
    ("Nyota Digital Infrastructure Ltd will build a data centre at Konza. The campus sits on a 12-acre plot leased from "
     "the Konza Technopolis Development Authority (KoTDA), the state agency developing the smart city.",
     {"nyota digital infrastructure", "konza technopolis development authority"}),
    ("Arisu BioLogics Co. will build a plant in Songdo. The Incheon Free Economic Zone Authority (IFEZ) has agreed to "
     "lease the site to the company for 50 years.", {"arisu biologics", "incheon free economic zone authority"}),
], ids=["leased from", "lease to"])
def test_a_land_lease_from_a_public_body_is_a_partnership(nlp, text, partners):
    assert [set(p.partners) for p in extract_text(nlp, text).partnerships] == [partners]


def test_a_name_after_or_between_commas_is_an_alias(nlp):
    doc = nlp("The Batam Indonesia Free Zone Authority, or BP Batam, granted the building permit. BP Batam said so.")
    assert {m.name for m in doc._.kg_orgs} == {"Batam Indonesia Free Zone Authority"}


@pytest.mark.parametrize("text", [
    "At full capacity the Bac Giang factory of Daewon Circuit Vina Co., Ltd. will produce boards worth about $700 million a year.",
    "Bac Giang drew $1.15 billion in new foreign direct investment in the first quarter, putting it among the top provinces.",
    "Narmada Solar Manufacturing Pvt Ltd is preparing an initial public offering of up to Rs 3,000 crore to fund its Dholera plant.",
    "Brennholt Stahl AG will build a plant in Duisburg. Group capital expenditure will rise to about €1.2bn next year, it added.",
    "Hartwell Foods Ltd will close its Barnsley bakery. The closure will cost about £18m in severance and other charges.",
    "Hartwell Foods Ltd managing director Gareth Linley said the Barnsley bakery needed £60m of repairs.",
    "Its construction arm, Pelangi Builders Sdn Bhd, has been appointed main contractor for the plant under a contract worth RM1.1 billion.",
    "The engineering, procurement and construction contract for the plant, worth about $1.6 billion, was awarded to Tianrun Engineering Co.",
    "Qassim Polymers Co. has awarded the construction contract, worth about SR3.9 billion, to China's Sinolink Engineering Co.",
    "The order for the plant's turbines, valued at $210 million, went to Brenmark Energy AG.",
])
def test_output_aggregates_and_share_sales_are_not_investments(nlp, text):
    assert extract_text(nlp, text).investments == ()


def test_a_superseded_cost_is_not_a_second_investment(nlp):
    text = ("Narmada Solar Manufacturing Pvt Ltd will spend Rs 12,400 crore on its cell factory at Dholera, up from the Rs "
            "9,000 crore it pledged in January.")
    assert [int(i.amount) for i in extract_text(nlp, text).investments] == [124_000_000_000]


def test_a_company_complex_is_a_plant(nlp):
    text = "Okpara Agro-Chemicals Plc will spend N1.2 trillion on a second ammonia-urea train at its complex in Onne, Rivers State."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("okpara agro chemicals", "onne")]


def test_a_first_plant_in_a_state_named_city_is_not_the_plant_before(nlp):
    text = ("Brenner Antriebe GmbH runs factories in Győr, Hungary, and Zwickau, Germany, and last year it opened its first "
            "Mexican plant, in Querétaro.")
    assert "queretaro" in {p.location for p in extract_text(nlp, text).plants}


def test_plants_in_two_places_are_two_plants_whoever_the_parse_gives_them_to(nlp):
    text = "Bonny Crest Fertilisers Ltd runs blending plants in Kano and Kaduna that turn its urea into Crestgrow."
    assert {p.location for p in extract_text(nlp, text).plants} == {"kano", "kaduna"}


def test_a_short_form_the_model_takes_for_a_title_of_a_work_is_the_company(nlp):
    text = ("Sunjin Electronics Co. said its unit Sunjin Electronics Vina Co., Ltd. got a licence. \"Vietnam is no longer a "
            "cheaper alternative for us,\" Sunjin Electronics Vina general director Park Sung-min said at the ceremony.")
    assert role_triples(extract_text(nlp, text)) == [("park sung min", "general director", "sunjin electronics vina")]


def test_an_agency_named_after_its_country_opening_a_sentence_is_an_organisation(nlp):
    text = ("Vireo Paper Oyj will shut a mill. Business Finland has offered an €18 million grant towards the conversion, "
            "which Vireo says will cut the mill's emissions.")
    assert [(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments] == [("business finland", 18_000_000)]


def test_two_partners_building_a_plant_their_venture_runs_invest_through_the_venture(nlp):
    text = ("Hanul Chem Co. and Saint-Laurent Minerals Inc. will build a C$1.5 billion cathode materials plant in Bécancour, "
            "the partners announced Tuesday. The plant will be owned by a new joint venture, Laurentide Cathode Materials Inc., "
            "in which Hanul holds 60% and Saint-Laurent 40%.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["laurentide cathode materials"]


@pytest.mark.parametrize("text, product", [
    ("The Batangas plant will make Luzon Consolidated Foods Corp.'s Pancit Sarap noodles.", "Pancit Sarap"),
    ("The Idrablock valve will be made in Poland by Officine Brenta S.p.A.", "Idrablock"),
    ("Demand for the Raiden motorcycle has doubled, Kazemoto Motor Co. said.", "Raiden"),
])
def test_food_valves_and_motorcycles_are_goods(nlp, text, product):
    assert product in {p.name for p in extract_text(nlp, text).products}


def test_money_no_one_is_said_to_put_up_is_the_story_companys_at_low_confidence(nlp):
    text = ("Okpara Agro-Chemicals Plc reported higher output this year. Construction of a second urea train costing "
            "N1.2 trillion will start in the second quarter.")
    [investment] = extract_text(nlp, text).investments
    assert (investment.investor, investment.confidence) == ("okpara agro chemicals", 0.4)


def test_a_plant_no_one_is_said_to_run_is_the_story_companys_at_low_confidence(nlp):
    text = ("Daewon Circuit Vina Co., Ltd. said profits rose. Daewon Circuit Vina Co., Ltd. will hire 4,000 workers. "
            "A new factory in Bac Giang will make boards for Minh Quang Technology JSC from 2026.")
    assert [(p.operator, p.location, p.confidence) for p in extract_text(nlp, text).plants] == [("daewon circuit vina", "bac giang", 0.4)]


def test_a_fund_described_as_a_state_vehicle_is_no_product(nlp):
    text = "Kuiseb is owned 70% by Aurelis Energy AG and 30% by the Ondjou Development Fund, a state vehicle."
    extraction = extract_text(nlp, text)
    assert not extraction.products and "Ondjou Development Fund" in orgs(extraction)


def test_a_plant_placed_nowhere_stands_in_the_storys_town_at_low_confidence(nlp):
    text = ("Brenner Antriebe GmbH will close its gearbox works in Werdau. Werdau's mayor called the closure a blow. "
            "Brenner Antriebe GmbH said a new plant would make 200,000 e-axles a year from 2027.")
    plants = {(p.location, p.confidence) for p in extract_text(nlp, text).plants}
    assert ("werdau", 0.4) in plants


@pytest.mark.parametrize("text, name", [
    ("By Chinedu Okafor\n\nOkpara Agro-Chemicals Plc, one of Nigeria's largest fertiliser producers, will spend N1.2 "
     "trillion on a urea train.", "Okpara Agro-Chemicals Plc"),
    ("The state of Saxony-Anhalt's Ministry of Economy has approved a grant of €64 million for the project.", "Ministry of Economy"),
    ("Chinese carmaker Xinghe Automobile Group will build a second plant. Xinghe Automobile (Thailand) Co., Ltd., the group's "
     "local subsidiary, won approval for an investment in Rayong.", "Xinghe Automobile (Thailand) Co., Ltd."),
], ids=["cut at its hyphen", "ministry after 'the state of'", "bracketed country"])
def test_names_the_model_cuts_or_mislabels_are_whole_organisations(nlp, text, name):
    assert name in orgs(extract_text(nlp, text))


@pytest.mark.parametrize("text, role", [
    ("Brandhoven Logistics N.V. reported results. Deputy CFO Tomasz Wróbel will serve as acting CFO while the board "
     "looks for a successor.", ("tomasz wrobel", "deputy cfo", "brandhoven logistics")),  # one organisation to the model
    ("Nissan Motor Co. will build the plant, Nissan CEO Ivan Espinosa said.", ("ivan espinosa", "ceo", "nissan motor")),
    ("The committee's chair, Dame Helen Ashcroft, asked Hartwell Biscuits Ltd why the site had to close.",
     ("helen ashcroft", "chair", None)),  # an honorific is no part of the name
])
def test_titles_inside_organisation_names_and_honorifics_are_not_names(nlp, text, role):
    extraction = extract_text(nlp, text)
    assert role[0] in {p.key for p in extraction.people}
    assert role[2] is None or role in role_triples(extraction)
    assert "CFO" not in orgs(extraction)


def test_a_prefecture_before_an_apposed_title_is_a_place_not_a_person(nlp):
    text = ("Kurosawa Semiconductor Corp. plans a second chip fab in Kumamoto Prefecture, Kurosawa's president and "
            "representative director, Haruki Tsuchiya, said.")
    assert [p.key for p in extract_text(nlp, text).people] == ["haruki tsuchiya"]


def test_a_state_government_named_with_two_words_and_a_speaker_by_the_first_of_two_surnames(nlp):
    text = ("Mexico's economy secretary, Raquel Domínguez Ibarra, said Xingyao Automobile Group Co. had stalled. "
            "\"The land is bought,\" Domínguez said. The Nuevo León state government has spent 1.2 billion pesos on roads.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Xingyao Automobile Group Co.", "Nuevo León state government"}
    assert [p.key for p in extraction.people] == ["raquel dominguez ibarra"]


@pytest.mark.parametrize("text, place", [
    ("Sunjin Electronics Co. will convert its oldest plant, in Gumi, into a research centre.", "Gumi"),
    ('"Our customers want film made close to their lines, not shipped from Ulsan," said Park Ji-hoon.', "Ulsan"),
    ("Axongrid plans a data centre campus at Makarewa, north of Invercargill, subject to consent from Invercargill City "
     "Council.", "Invercargill"),
    ("Hartwell Bakeries will close the Wigan site. Wigan Council leader Tom Radcliffe said the council would help.", "Wigan"),
])
def test_known_towns_the_model_tags_as_organisations_are_places(nlp, text, place):
    extraction = extract_text(nlp, text)
    assert place not in orgs(extraction)
    assert place in {p.name for p in extraction.places}


def test_a_company_named_like_a_town_stays_a_company_when_money_goes_into_it(nlp):
    text = "Kanemaru Corp. has bought a 5% stake in Toyota, it said on Monday."
    assert "Toyota" in orgs(extract_text(nlp, text))


def test_a_mexican_legal_form_the_model_tagged_alone_takes_the_name_before_it(nlp):
    text = ("Grupo Industrial Tamez S.A.B. de C.V., a Monterrey auto parts maker, agreed to build a 900-million-peso plant "
            "in Salinas Victoria, Mexico.")
    assert list(orgs(extract_text(nlp, text))) == ["Grupo Industrial Tamez S.A.B. de C.V."]


@pytest.mark.parametrize("text, product", [
    ("The plant will make Ashvita's own insulin glargine biosimilar, Glarvia, and fill vials for Corwell Therapeutics Inc.",
     "Glarvia"),  # a conjunct to the parser
    ("The steelmaker Aciéries de Lorraine has ordered 200 megawatts of HX-20 electrolysers for its hydrogen plant.", "HX-20"),
    ("Kurosawa's existing plant supplies its K-Volt silicon carbide power modules to Hoshino Motor Corp.", "K-Volt"),
])
def test_model_names_before_goods_and_after_a_described_product(nlp, text, product):
    assert product in {p.name for p in extract_text(nlp, text).products}


def test_a_power_unit_before_an_electrolyser_is_no_product(nlp):
    text = "Somaphos is in talks with Elektrolyse Nord GmbH about a smaller 100 MW electrolyser pilot at Safi."
    assert not extract_text(nlp, text).products


def test_a_parcel_hub_is_a_plant_and_the_new_hub_at_a_town_narrows_the_country_it_was_placed_in(nlp):
    text = ("Brandhoven Logistics N.V. will build an automated parcel hub in Poland, chief executive Maarten Ooms said.\n\n"
            "The new hub, at Stryków near Łódź, will cost about €95m and open in 2027.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("brandhoven logistics", "strykow")]


def test_a_plant_at_a_steelworks_named_after_its_town_is_placed_there(nlp):
    text = "Brennholt Stahl AG will build a €1.9bn direct reduction plant at its Duisburg steelworks, its chief executive said."
    assert {p.location for p in extract_text(nlp, text).plants} == {"duisburg"}  # a product to the model


def test_a_plant_placed_nowhere_is_guessed_at_the_story_s_town_not_at_the_dateline_s(nlp):
    text = ("RIYADH, March 3 (Gulf Wire) - Al Rawabi Petrochemical Co. will build a propane dehydrogenation plant, the "
            "company said on Monday. The plant will make propylene. Al Rawabi's polymer business employs 900 people "
            "in Jubail.")
    assert {p.location for p in extract_text(nlp, text).plants} == {"jubail"}


def test_a_plant_placed_nowhere_is_not_guessed_at_the_head_office(nlp):
    text = ("The Tokyo-based Shiranui Semiconductor Corp. will build a chip plant, it said. The Tokyo-based chipmaker "
            "already runs a plant in Kikuyo. The new fab will make logic chips.")
    assert "tokyo" not in {p.location for p in extract_text(nlp, text).plants}


def test_the_first_plant_in_a_story_about_a_second_is_the_one_already_running(nlp):
    text = ("Shiranui Semiconductor Corp. will build a second chip plant in Ozu, next to the factory it has operated in "
            "Kikuyo since 2024. Residents said the first fab already drew 8,500 tonnes of water a day.")
    assert sorted((p.location, p.ordinal, p.status) for p in extract_text(nlp, text).plants) == [
        ("kikuyo", 1, "operating"), ("ozu", 2, "planned")]


def test_a_facility_placed_only_in_a_country_is_no_plant_unless_counted(nlp):
    text = ("Kestrel Motor Corp. will build a battery plant in Clarksville, Tennessee, the company said. Kestrel also runs "
            "a factory in Mexico.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["clarksville"]
    text = "Hoshida Chemical Industries will build its first factory in Hungary, the company said."
    assert [(p.location, p.ordinal) for p in extract_text(nlp, text).plants] == [("hungary", 1)]


def test_money_for_a_facility_that_is_no_plant_has_no_target(nlp):
    text = "Hoshida Chemical Industries will build a $50m factory in Hungary, the company said."
    assert [(i.amount, i.target) for i in extract_text(nlp, text).investments] == [(50_000_000, None)]


def test_a_known_town_the_model_takes_for_a_product_after_in_is_a_place(nlp):
    text = "Perämeri Steel Oy will buy the hydrogen for the direct reduction of iron ore at its steelworks in Raahe."
    extraction = extract_text(nlp, text)
    assert "Raahe" in {p.name for p in extraction.places} and not extraction.products
    assert {p.location for p in extraction.plants} == {"raahe"}


@pytest.mark.parametrize("text, place", [
    ("In Düsseldorf, Hendrik Bauer, the economy minister of North Rhine-Westphalia, said his government wanted to keep "
     "steelmaking in the Ruhr and expected to decide on its share of the funding before Christmas.", "Ruhr"),
    ("Feed will come from Laurentide Graphite Inc.'s mine in the Mauricie region.", "Mauricie"),
    ("Kurosawa Semiconductor Corp. wants a second pillar in Kyushu alongside the foundry projects.", "Kyushu"),
])
def test_regions_the_model_tags_as_organisations_are_places(nlp, text, place):
    assert place not in orgs(extract_text(nlp, text))
    assert place in {e.text for e in nlp(text).ents if e.label_ in ("GPE", "LOC")}


@pytest.mark.parametrize("text", [
    "Brennholt Stahl AG will build a plant in Duisburg. The plant would be owned and run by Brennholt Green Iron GmbH, a "
    "wholly owned subsidiary set up in July.",
    "Aranda Digital Pty Ltd plans a campus at Eastern Creek. The developer is wholly owned by Toronto-based Halberd "
    "Infrastructure Partners.",
])
def test_a_wholly_owned_subsidiary_is_no_partner_of_its_parent(nlp, text):
    assert extract_text(nlp, text).partnerships == ()


def test_a_state_abbreviation_the_model_tags_as_an_organisation_names_its_government(nlp):
    text = "NSW Industry Minister Lena Haddad said the NSW government has offered a A$60 million grant to Marlow Steel Ltd."
    extraction = extract_text(nlp, text)
    assert "NSW government" in orgs(extraction) and "NSW" not in orgs(extraction)
    assert ("lena haddad", "nsw government") in {(r.person, r.org) for r in extraction.roles}


def test_a_korean_family_name_alone_is_the_person(nlp):
    text = ('Sungwoo Chemical Co. and Marrick Motors broke ground on Tuesday.\n\n"Three years ago this was a soybean field," '
            "Sungwoo vice chairman and chief executive Kang Min-jae told a crowd of about 400 people under a white tent. "
            '"In two years it will make enough cells for 300,000 vehicles a year."\n\n'
            "Kang said the Korean group was also considering a $450 million second phase that would add a cathode materials "
            "line at the site.")
    assert "Kang" not in orgs(extract_text(nlp, text))


def test_a_plant_a_company_owns_with_another_makes_them_active_partners(nlp):
    text = ("Yarrabee Lithium Ltd said the Kemerton plant, which it owns 50-50 with China's Ruifeng New Energy Materials, would "
            "be placed on care and maintenance.")
    assert [(set(p.partners), p.status) for p in extract_text(nlp, text).partnerships] == [
        ({"yarrabee lithium", "ruifeng new energy materials"}, "active")]


@pytest.mark.parametrize("text, owners, status", [
    ("Alpenzem Holding AG said on Monday that Bushveld Cement Ltd would build a kiln. Bushveld Cement Ltd is 74% owned by "
     "Alpenzem Holding AG and 26% by Thaba Mining Ltd.", {"alpenzem", "thaba mining"}, "active"),
    ("Lestari Nikel Ltd is owned 51% by Bukit Merah Mineral Ltd, 39% by Zhejiang Yunhe New Energy Co. and 10% by "
     "Sakuragawa Trading Corp.", {"bukit merah mineral", "zhejiang yunhe new energy", "sakuragawa trading"}, "active"),
    ("The plant is run by a joint venture in which Grupo Cumbres S.A. holds 60% and Germany's Vollrath Antriebstechnik "
     "GmbH owns the rest.", {"grupo cumbres", "vollrath antriebstechnik"}, "active"),
    ("Mizusawa Motor Co. will fund the C$2.4bn investment and hold 60% of the venture, while Ganjiang Battery Co. will "
     "hold 40% in exchange for its technology.", {"mizusawa motor", "ganjiang battery"}, "planned"),
    ("The plant will be owned by Arka Kalinga Energy Pvt Ltd, a joint venture the partners incorporated in January, in "
     "which Pune-based Arka Cellworks holds 60% and Kalinga Metals the remaining 40%.", {"arka cellworks", "kalinga metals"}, "planned"),
])
def test_the_holders_of_the_shares_a_sentence_splits_are_partners_and_the_company_they_own_is_not(nlp, text, owners, status):
    partnerships = extract_text(nlp, text).partnerships
    assert (owners, status) in [(set(p.partners), p.status) for p in partnerships]
    assert not any(owners < set(p.partners) for p in partnerships)


@pytest.mark.parametrize("text, contractor, client, not_partners", [
    ("Société Marocaine des Phosphates et Engrais (Somaphos) and Técnicas Verdes SA have formed Tarfaya Green Ammonia SA, "
     "a joint venture that will build a green ammonia plant at Tarfaya. Somaphos said the plant would cost $7bn. The "
     "plant will be run by Tarfaya Green Ammonia SA. Front-end engineering has been awarded to Maghreb Ingénierie SARL "
     "of Casablanca.", "maghreb ingenierie", "tarfaya green ammonia", {"societe marocaine des phosphates et engrais", "tarfaya green ammonia"}),
    ("Hanamori Foods Corp. will build a snack factory in Krapkowice. The site will be run by Hanamori Europe Sp. z o.o., "
     "a subsidiary set up last year, while construction has been awarded to Opole-based contractor Stalbud Sp. z o.o.",
     "stalbud", "hanamori foods", {"hanamori europe", "stalbud"}),
])
def test_work_on_a_venture_s_plant_is_done_for_the_venture_and_on_a_subsidiary_s_for_its_parent(nlp, text, contractor, client,
                                                                                             not_partners):
    partners = [set(p.partners) for p in extract_text(nlp, text).partnerships]
    assert {client, contractor} in partners
    assert not_partners not in partners


def test_shares_whose_holders_are_not_all_named_organisations_make_no_partnership(nlp):
    text = "Kestrel Mining Ltd is owned 60% by Harbour Capital Ltd and 40% by its founder, Jane Okafor."
    assert not extract_text(nlp, text).partnerships


def test_an_untagged_name_with_a_relative_clause_of_a_corporate_verb_is_an_organisation(nlp):
    text = ("Palmetto Cell Works already has a supply agreement for cathode material with Lumen Cathode Materials, which "
            "operates a plant in Augusta, Georgia.")
    assert {"lumen cathode materials", "palmetto cell works"} in [set(p.partners) for p in extract_text(nlp, text).partnerships]


@pytest.mark.parametrize("text, place", [
    ("Rheinfeld Chemie AG will expand its Bitterfeld plant. Economy minister Ralf Kessler said it was the largest battery "
     "materials investment in Saxony-Anhalt this year.", "Saxony-Anhalt"),
])
def test_regions_known_to_pycountry_only_by_their_local_names_are_places(nlp, text, place):
    extraction = extract_text(nlp, text)
    assert place not in orgs(extraction)
    assert place in {p.name for p in extraction.places}


@pytest.mark.parametrize("text", [
    "The board of Brazil's development bank Bancoro on Tuesday approved a R$3.2 billion loan for the project, and Banco do "
    "Sertão is in talks to lend a further R$1 billion.",
    "Karlsbank AG is lending $1 billion, and Merrow Capital Partners has offered a $300 million credit line for the plant.",
])
def test_lenders_named_side_by_side_are_no_partners_but_stay_in_the_graph(nlp, text):
    extraction = extract_text(nlp, text)
    assert not extraction.partnerships
    assert len(extraction.organizations) == 2


def test_an_organisation_with_its_own_modifiers_before_a_gapped_amount_gives_it(nlp):
    text = ("Japan Bank for International Cooperation (JBIC) is lending $1 billion, KfW IPEX-Bank $800 million and "
            "Muscat-based Gulf Meridian Bank $600 million.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {
        ("japan bank for international cooperation", 1_000_000_000), ("kfw ipex bank", 800_000_000), ("gulf meridian bank", 600_000_000)}


@pytest.mark.parametrize("text, name", [
    ("State Bank of India has sanctioned a term loan of Rs 2,000 crore for the plant.", "State Bank of India"),
    ("The Sovereign Fund of Egypt has agreed to take a 20% stake in the project company.", "Sovereign Fund of Egypt"),
    ("Delta Nile signed a usufruct contract with the General Authority for the Suez Canal Economic Zone (SCZONE) in July.",
     "General Authority for the Suez Canal Economic Zone"),
])
def test_a_bodys_name_goes_on_after_its_of_or_for_the(nlp, text, name):
    assert name in {o.name for o in extract_text(nlp, text).organizations}


@pytest.mark.parametrize("text, plants", [
    ("Siderurgica Costa S.A. and Najd Metals Co have formed a joint venture to build a plant at Pecém in Ceará. "
     "Siderurgica Costa will run the plant, which will be the group's first outside Minas Gerais.", [("siderurgica costa", "pecem")]),
    ("The Wadi Noor green ammonia project at Duqm has reached financial close, its owner Sahel Renewables SAOC said on "
     "Monday, after three lenders signed up for $2.4 billion of debt to build one of the largest hydrogen-based plants "
     "planned in the Gulf.", []),
])
def test_a_place_a_plant_is_outside_of_or_a_class_it_belongs_to_is_no_plant(nlp, text, plants):
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == plants


def test_a_firm_tagged_with_its_town_is_the_firm_in_that_town(nlp):
    text = "Tolu Akinwale, an analyst at Harbourgate Securities in Lagos, said the loan reduced the risk."
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Harbourgate Securities"}
    assert [(r.person, r.org) for r in extraction.roles] == [("tolu akinwale", "harbourgate securities")]


def test_a_short_form_without_a_legal_form_written_before_the_name_is_the_company(nlp):
    text = ("Indonesian nickel miner PT Sulawesi Bumi Nikel Tbk said on Tuesday it had agreed to sell a stake. Once the "
            "sale closes, Sulawesi Bumi will hold 51% of the project. Sulawesi Bumi will remain the operator.")
    extraction = extract_text(nlp, text)
    assert not extraction.people and set(orgs(extraction)) == {"PT Sulawesi Bumi Nikel Tbk"}


def test_a_name_first_seen_naming_a_project_is_the_short_form_of_the_company_named_after(nlp):
    text = ("The Wadi Sahar green ammonia project at Duqm has reached financial close. Wadi Sahar Hydrogen LLC, the project "
            "company, will spend $3.3 billion on the plant. Wadi Sahar chief executive Laila Al Zadjali said costs had fallen.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Wadi Sahar Hydrogen LLC"}
    assert [(r.person, r.org) for r in extraction.roles] == [("laila al zadjali", "wadi sahar hydrogen")]


def test_the_company_is_the_one_the_story_names_first_when_its_lender_is_named_as_often(nlp):
    text = ("Ogun Rolling Mills Plc has lined up a N45 billion loan from the Bank of Industry (BOI) for its planned mill at "
            "Sagamu. The BOI board approved the facility last week. Ogun Rolling is also in talks with a fund about a stake. "
            "Olumide Adebayo, the company's chairman, said the mill would open in 2027.")
    assert [(r.person, r.org) for r in extract_text(nlp, text).roles] == [("olumide adebayo", "ogun rolling mills")]


def test_an_exchange_a_company_is_listed_on_is_no_organisation(nlp):
    doc = nlp.make_doc("ASX-listed Ravensgate Minerals will close its mine. ASX data showed a fall.")
    assert _a_listing_venue(Span(doc, 0, 1, label="ORG"))  # the model tags the exchange in some articles
    assert not _a_listing_venue(Span(doc, 10, 11, label="ORG"))


def test_both_named_companies_signing_with_a_government_are_partners_with_it(nlp):
    text = ("Arka Cellworks Ltd and Kalinga Metals & Alloys Ltd will set up a lithium-ion cell factory near Dhenkanal in "
            "Odisha at a cost of Rs 9,600 crore, the two companies said on Tuesday after signing a memorandum of "
            "understanding with the Odisha government.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {
        ("arka cellworks", "kalinga metals alloys", "odisha government")}


@pytest.mark.parametrize("text, location", [
    ("Akane Semiconductor Corp. runs a fab in Yamagata prefecture. Akane said on Tuesday that it would spend about ¥1.3 "
     "trillion on the new fab, which will be built next to its current plant in the city of Yonezawa.", "yonezawa"),
    ("Hinode Luzon Foods Inc. will spend the P6.5 billion on a plant inside an economic zone in Malvar town.", "malvar"),
])
def test_a_plant_beside_another_or_in_an_unnamed_zone_stands_where_they_are(nlp, text, location):
    plants = extract_text(nlp, text).plants
    assert location in [p.location for p in plants if p.status != "operating"]


@pytest.mark.parametrize("text, operators", [
    ("Vallmer Kunststofftechnik GmbH will build a battery housing plant in Spartanburg for $120 million. The plant will "
     "be run by its US arm, Vallmer North America Inc.", {"vallmer north america"}),
    ("Pearl Delta Precision Holdings will close its plant in Dongguan and move the work to Pearl Delta Precision Vietnam "
     "Co., which runs a plant in Bac Ninh.", {"pearl delta precision"}),
    ("Ningbo Tuoda Automotive Parts Co. will build a HUF 62 billion plant in Nyíregyháza, its Hungarian unit Tuoda "
     "Automotive Hungary Kft. said on Tuesday.", {"tuoda automotive hungary"}),  # the parent's home town goes first
    ("Korean component maker Sunjin Electronics Co. will build a US$250 million camera module factory in Hai Phong. "
     "Sunjin Electronics Vina Co., Ltd. will run it.", {"sunjin electronics vina"}),  # "Vina": Vietnam
    ("Sejin Energy Solution Co. has halted work on its second cell plant in Kobierzyce, near Wrocław in Poland. The "
     "plant belongs to the subsidiary Sejin Energy Solution Poland sp. z o.o. Sejin also owns half of Sejin Northline "
     "Battery Canada Inc., which runs a plant in Windsor.", {"sejin energy solution poland"}),  # a village's country
])
def test_a_local_arm_runs_the_plants_in_the_place_its_name_says_and_its_parent_pays(nlp, text, operators):
    extraction = extract_text(nlp, text)
    assert operators <= {p.operator for p in extraction.plants}
    assert all(i.investor != "vallmer north america" for i in extraction.investments)


def test_a_company_that_shares_only_a_trade_word_with_another_is_no_arm_of_it(nlp):
    text = ("Frigorífico Campo Verde S.A. will buy a beef plant in Tacuarembó from Frigorífico Río Negro S.A. for $60 "
            "million. Frigorífico Campo Verde will spend another $25 million on the Tacuarembó plant.")
    assert {p.operator for p in extract_text(nlp, text).plants} == {"frigorifico campo verde"}


def test_a_parent_and_the_local_arm_that_runs_its_plant_are_no_partners(nlp):
    text = ("Korean component maker Sunjin Electronics Co. will build a US$250 million camera module factory in Hai Phong, "
            "to be run by Sunjin Electronics Vietnam Co. Sunjin also owns 51% of ST Optics Vina, a joint venture with "
            "Japan's Tamaki Optical Co. that runs a lens-coating plant in Bac Ninh.")
    partners = {p.partners for p in extract_text(nlp, text).partnerships}
    assert ("sunjin electronics", "tamaki optical") in partners
    assert not any("sunjin electronics vietnam" in p for p in partners)


def test_a_name_that_starts_with_a_company_word_of_another_language_is_an_organisation(nlp):
    text = ("Cerrado Bioenergia S.A., the corn ethanol producer owned 60% by Agropecuária Três Rios and 40% by US-based "
            "Prairie Fuels Inc., will build a plant in Sorriso.")
    extraction = extract_text(nlp, text)
    assert "Agropecuária Três Rios" in orgs(extraction)
    assert ("agropecuaria tres rios", "prairie fuels") in {p.partners for p in extraction.partnerships}


@pytest.mark.parametrize("text, products", [
    ("Production of the Wupperthaler Pils and Bergisch Hell brands will be moved to Hoffmeister's larger brewery in "
     "Kulmbach.", {"Wupperthaler Pils", "Bergisch Hell"}),
    ("The Scottish bakery, which makes the Hartwell Golden Crust and Highland Oat loaves, had its own £8 million upgrade "
     "last year.", {"Hartwell Golden Crust", "Highland Oat"}),
    ("The carmaker, which owns the Peugeot, Fiat and Jeep brands, is considering its Zaragoza site.", set()),
])
def test_names_listed_before_plural_goods_are_products_but_companies_makes_are_not(nlp, text, products):
    assert {m.name for m in nlp(text)._.kg_products} == products


@pytest.mark.parametrize("text, products", [
    ("Vantor already buys Brenner e-axle parts for its E-Sprint compact under a contract running to 2031.", {"E-Sprint"}),
    ("The plant will make cells for the next generation of the Kaze compact SUV, the company said.", {"Kaze"}),
    ("The Xinghe plant makes the Xinghe Comet compact SUV and the Xinghe Lumo hatchback.", {"Xinghe Comet", "Xinghe Lumo"}),
])
def test_a_car_class_names_the_model_before_it_and_is_no_name_itself(nlp, text, products):
    assert {m.name for m in nlp(text)._.kg_products} == products


@pytest.mark.parametrize("text, products", [
    ("The project will double output of the company's Solara drug-eluting stent and Velox balloon catheter by 2028.",
     {"Solara", "Velox"}),
    ("The Batam line will assemble the Nimbus smartwatch and the Aria earbuds for the local market.", {"Nimbus", "Aria"}),
])
def test_medical_devices_and_gadgets_name_the_brand_before_them(nlp, text, products):
    assert {m.name for m in nlp(text)._.kg_products} == products


@pytest.mark.parametrize("text, role", [
    pytest.param("Managing director Olumide Adeyemi-Bello said Dangana had learned from the failure of the old factory, which "
                 "depended on traders bringing fruit from distant markets.", ("olumide adeyemi bello", "managing director", None),
                 id="double-surname"),
    pytest.param("Dangana Foods Limited signed a deal with the Tomato Growers Association of Nigeria (TOGAN). The "
                 "association's Kano chairman, Alhaji Sani Garba, said members would plant the first crop in January.",
                 ("sani garba", "chairman", "tomato growers association of nigeria"), id="honorific-and-town-before-title"),
])
def test_nigerian_names_honorifics_and_a_town_between_owner_and_title(nlp, text, role):
    assert role in role_triples(extract_text(nlp, text))


def test_a_full_name_after_a_long_portfolio_is_the_person_the_model_tagged_by_surname(nlp):
    text = ("Deputy Minister of Trade, Industry and Competition Nomsa Mbatha-Khoza told guests at the sod-turning that it "
            "mattered. Mbatha-Khoza said the plant would help.")
    assert [p.name for p in extract_text(nlp, text).people] == ["Nomsa Mbatha-Khoza"]


@pytest.mark.parametrize("text, products", [
    ("Nyiregyhaza will make die-cast battery housings, including the CoolFrame X7 battery tray and the ThermoPlate 400 "
     "cold plate, both of which Tuoda already sells in China.", {"CoolFrame X7", "ThermoPlate 400"}),
    ("The plant will make lens modules, including the company's KV-8 Pro automotive camera module, from 2027.", {"KV-8 Pro"}),
    ("Elektra Wasserstoff GmbH will supply Elektra HX-20 pressurised alkaline electrolyser stacks for the full 700 megawatts.",
     {"Elektra HX-20"}),
    ("Its first products will be Tokiwa's Ultrapur SA-9 sulfuric acid and Ultrapur HP-7 hydrogen peroxide.",
     {"Ultrapur SA-9", "Ultrapur HP-7"}),
    ("The state will give Rs 1,800 crore in incentives and the Phase 2 expansion will add 500 jobs at the Fab 21 site.", set()),
    ("The two set up the venture on a 50-50 basis before the COVID-19 pandemic hit HER2-low breast cancer trials and "
     "Scope 3 emissions.", set()),
])
def test_a_make_and_a_model_number_before_a_class_of_goods_is_a_product(nlp, text, products):
    assert {m.name for m in nlp(text)._.kg_products} == products


@pytest.mark.parametrize("text, products", [
    ("Brannock signed a contract for cab frames for its new TX9 telehandler.", {"TX9"}),
    ("Hallberg will supply its HX4 e-axle to Vandermeer Trucks.", {"HX4"}),
    ("Voltwerk showed its HT-900 Z-folding stacking machine at the fair.", {"HT-900"}),
    ("Hanbio will produce the drug substance for its development candidate SKR-2201 at its plant in Osong.", {"SKR-2201"}),
    ("Stelvane is showing the eAX-400, an electric axle for long-haul trucks, and TorqLine 2, its second-generation "
     "silicon-carbide inverter.", {"eAX-400", "TorqLine 2"}),
    ("The plant will cut CO2 emissions, make GLP-1 drugs and NH3 crackers, and lift FY25 revenue and B2B sales; a Rp5 "
     "trillion loan and permits APP-20251187 and APP-20251188 cover GF2 offtake.", set()),
])
def test_a_model_code_before_a_class_noun_after_a_product_noun_or_described_after_it_is_a_product(nlp, text, products):
    """Codes of letters and a number name a model ('TX9 telehandler', 'candidate SKR-2201', 'the eAX-400, an electric
    axle'); formulas, drug classes, periods, amounts, permit numbers and plant numbers do not."""
    assert {m.name for m in nlp(text)._.kg_products} == products


def test_it_after_a_share_split_is_the_venture_shared_out_not_its_first_owner(nlp):
    text = ("Tokiwa Chemical Industries Ltd. and Yuanshan Specialty Chemicals Co. have set up a joint venture.\n\nThe "
            "venture, Tokiwa Yuanshan Electronic Materials Co., was registered in Kaohsiung last week. Tokiwa owns 60% and "
            "Yuanshan 40%. It will spend NT$9.6 billion on a plant in the Renwu Industrial Park.")
    extraction = extract_text(nlp, text)
    assert [i.investor for i in extraction.investments] == ["tokiwa yuanshan electronic materials"]
    assert [p.operator for p in extraction.plants] == ["tokiwa yuanshan electronic materials"]


@pytest.mark.parametrize("slug", ["ar-kwezi-gqeberha-injectables-plant", "l-vallmer-spartanburg-battery-housing-plant"])
def test_the_same_article_gives_the_same_facts_whatever_the_hash_seed(slug):
    """Untagged full names were looked up in a set's order, which changes with PYTHONHASHSEED: two runs over the Kwezi
    article named the deputy minister differently; a company's local arms were too, so two runs over the Vallmer
    article gave an arm different parents."""
    script = ("import sys, pathlib; from kg.pipeline import load_pipeline; from kg.ingest import split_front_matter; "
              "path = pathlib.Path(sys.argv[1]); _, body = split_front_matter(path.read_text(), str(path)); "
              "doc = load_pipeline()(body); facts = doc._.kg_facts; "
              "print(sorted((e.text, e.start) for e in doc.ents if e.label_ == 'PERSON')); "
              "print(sorted((p['operator'] or '', p['owner'] or '') for p in facts.plants)); "
              "print(sorted(tuple(p['partners']) for p in facts.partnerships))")
    article = Path(__file__).parent.parent / "corpus" / "articles" / f"{slug}.md"
    outputs = {subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1


def test_a_short_form_in_a_roundups_subheading_is_the_company_its_story_names_in_full(nlp):
    text = ("TAIWAN: Kinsun approves third plant\n\nThe board of Kinsun Optronics Corp., a maker of lens modules, on Thursday "
            "approved NT$5.2 billion for a third plant in Taichung. Kinsun said production would start in 2027.")
    assert [(o.name, o.aliases) for o in extract_text(nlp, text).organizations] == [("Kinsun Optronics Corp.", ("Kinsun",))]


def test_a_releases_media_contact_line_names_no_organisation_or_person(nlp):
    text = ("Kitamura Foods Co., Ltd. will build a noodle plant in Kanonji.\n\nMedia contact: Corporate Communications "
            "Department, Kitamura Foods Co., Ltd., pr@kitamura-foods.example.jp\n\nPress contact: Sanna Kivela, Head of "
            "Communications, Kitamura Foods Co., Ltd., tel. +81 87 555 0123")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Kitamura Foods Co., Ltd."]
    assert not extraction.people and not extraction.roles


def test_a_models_name_with_its_make_before_it_is_the_same_product_however_the_model_tagged_it(nlp):
    text = ("JAKARTA - Lumora has launched its Pulse 5 smartwatch and Buds Air 2 wireless earbuds in Indonesia. The "
            "company said the Lumora Pulse 5 would go on sale on March 12, with the Lumora Buds Air 2 priced at Rp 899,000. "
            "A cheaper Lumora Pulse 5 Lite will follow in the second quarter.")
    assert {m.name for m in nlp(text)._.kg_products} == {"Lumora Pulse 5", "Lumora Buds Air 2", "Lumora Pulse 5 Lite"}


def test_steel_scrap_is_no_cancellation_and_a_listing_town_is_no_plants_place(nlp):
    text = ("Kurobe Steel Corp., the steelmaking arm of Tokyo-listed Kurobe Holdings, will build a new steel plant, the "
            "company said. The Tokyo-listed group's shares rose 3%. The plant will draw on scrap from dealers around "
            "Ratnagiri, the company said.")
    assert [(p.location, p.status) for p in extract_text(nlp, text).plants] == [("ratnagiri", "planned")]
    scrapped = extract_text(nlp, "Kurobe Steel Corp. said on Monday it would scrap its planned steel plant in Ratnagiri.")
    assert [p.status for p in scrapped.plants] == ["cancelled"]


def test_a_dateline_with_a_bare_dash_is_not_where_the_plant_stands(nlp):
    text = ("MUSCAT - The Wadi Sahar green ammonia project at Duqm has reached financial close. Wadi Sahar Hydrogen LLC "
            "will spend OMR 1.27 billion on a plant in Oman's Al Wusta governorate.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["duqm"]


def test_a_supplier_naming_no_client_supplies_the_storys_project(nlp):
    text = ("Corvan Data Centres Ltd will build a data centre campus near Lampa, the company said. The campus will open in "
            "2027. Atacama Sol Energía SpA will supply power from a solar plant it is building near María Elena.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("atacama sol energia", "corvan data centres")}


@pytest.mark.parametrize("text, person, title", [
    ("Deputy Minister of Industry and Technology Hasan Tekin said Türkiye wanted an export industry.",  # tagged, no title
     "Hasan Tekin", "deputy minister of industry and technology"),
    ('"It is about what the battery makers need," Minister of Industry and Trade Karim Bennani said at the signing.',
     "Karim Bennani", "minister of industry and trade"),  # untagged
    ("Minister for Industries, Skill Development and Technical Education Rabindra Mohapatra said ground would be broken "
     "soon.", "Rabindra Mohapatra", "minister for industries, skill development and technical education"),  # the
    # portfolio tagged as a person
    ("Coordinating Minister for Economic Affairs Bambang Sutrisno, who witnessed the signing, said the project was "
     "strategic.", "Bambang Sutrisno", "minister for economic affairs"),  # the portfolio and the name tagged as one
    ('"Malaysia can win," said Minister of Investment, Trade and Industry Datuk Seri Anuar Hakim, who officiated.',
     "Anuar Hakim", "minister of investment, trade and industry"),
    ("The minister came with Menteri Besar of Kedah Dato' Ismail Karim.", "Ismail Karim", "menteri besar of kedah"),
])
def test_a_name_after_a_long_portfolio_is_the_person_and_the_portfolio_their_title(nlp, text, person, title):
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == [person]
    assert title in [r.title for r in extraction.roles]


@pytest.mark.parametrize("text", [
    "Business Finland will pay €40 million. Finland's Minister of Economic Affairs Sanna Halonen welcomed the deal.",
    "The Ministry of Health will buy the insulin. Coordinating Minister for Economic Affairs Bambang Sutrisno said the "
    "project was strategic.",
])
def test_a_minister_works_for_no_agency_and_no_ministry_of_another_portfolio(nlp, text):
    assert [r.org for r in extract_text(nlp, text).roles] == [None]


def test_a_venture_built_and_operated_by_a_company_owned_by_short_forms_is_run_and_paid_for_by_it(nlp):
    text = ("Oman's Majan Metals SAOG and India's Vardhan Aluminium Ltd have taken a final investment decision on a $1.3 "
            "billion aluminium mill in the Sohar Freezone, the partners said on Monday.\n\nThe mill will be built and "
            "operated by Sohar Rolled Products LLC, a joint venture owned 55% by Vardhan and 45% by Majan.")
    extraction = extract_text(nlp, text)
    assert {o.name: o.aliases for o in extraction.organizations}["Vardhan Aluminium Ltd"] == ("Vardhan",)  # a place to the model
    assert [p.operator for p in extraction.plants] == ["sohar rolled products"]
    assert [i.investor for i in extraction.investments] == ["sohar rolled products"]
    assert ("majan metals", "vardhan aluminium") in {p.partners for p in extraction.partnerships}


@pytest.mark.parametrize("country", ["Korea", "Turkey", "the U.S.", "the U.K.", "Russia"])
def test_a_plant_said_to_be_only_somewhere_in_a_country_that_iso_names_otherwise_is_no_plant(nlp, country):
    text = f"Daeyang will spend $200 million. It runs a cathode plant in {country} and is building a factory in Gumi."
    assert [p.location for p in extract_text(nlp, text).plants] == ["gumi"]


def test_the_company_a_plant_will_be_owned_by_runs_it_and_it_is_one_plant(nlp):
    text = ("Surya Cellworks Ltd and Kalinga Metals & Alloys Ltd will set up a lithium-ion cell factory near Dhenkanal in "
            "Odisha at a cost of Rs 9,600 crore. The plant will be owned by Surya Kalinga Energy Pvt Ltd, a joint venture "
            "the partners incorporated in January.")
    assert [p.operator for p in extract_text(nlp, text).plants] == ["surya kalinga energy"]


@pytest.mark.parametrize("text, product", [
    ("CMF won an order for 32 of CMF's Aurora X-200 electric trains for the passenger line.", "Aurora X-200"),  # one person
    # to the model
    ("Dongbang will use the precursor in the DB-Pro 21700 cylindrical cells it makes.", "DB-Pro 21700"),
    ("Helvetra will contribute its Citalis M metro platform, which will be localised.", "Citalis M"),
    ("The plant would make Hanulin N, an intermediate-acting human insulin.", "Hanulin N"),  # an organisation to the model
])
def test_a_models_whole_name_is_the_product_with_its_make_and_letter(nlp, text, product):
    assert [m.name for m in nlp(text)._.kg_products] == [product]


def test_a_currency_tagged_with_its_amount_is_no_make(nlp):
    text = "Kaveri will spend Rs 1,800 crore on 200 Zephyr X9 servers, the company said."
    assert [m.name for m in nlp(text)._.kg_products] == ["Zephyr X9"]


def test_a_company_s_first_word_and_the_country_it_names_are_a_short_form_of_it(nlp):
    text = ("The plant will be built by Veltrix Semiconductor (Malaysia) Sdn. Bhd., the company's wholly owned subsidiary. "
            "Lim Wei Sheng, managing director of Veltrix Malaysia, said the subsidiary would recruit from local universities.")
    extraction = extract_text(nlp, text)
    assert [o.aliases for o in extraction.organizations] == [("Veltrix Malaysia",)]
    assert [r.org for r in extraction.roles] == ["veltrix semiconductor malaysia"]


@pytest.mark.parametrize("text, venture", [
    ("Tanjung Hartamas Bhd signed a joint venture agreement with Meridian Cloud Pte Ltd to develop a data centre campus "
     "at Kulim Hi-Tech Park. The joint venture company, to be named Kulim Data Campus Sdn Bhd, will be 60% owned by "
     "Meridian Cloud. The first phase, of 40MW, is estimated to cost RM3.8 billion.", "kulim data campus"),
    ("Somaphos Green Energy has signed a joint venture agreement with Ghaf Renewable Holdings to develop a green ammonia "
     "complex near Tarfaya. The venture, to be called Tarfaya Green Ammonia SA, will be owned equally. The project, "
     "estimated at MAD 70 billion, combines wind and solar farms.", "tarfaya green ammonia"),
])
def test_the_cost_of_a_named_ventures_project_is_the_ventures_investment(nlp, text, venture):
    assert [i.investor for i in extract_text(nlp, text).investments] == [venture]


def test_a_joint_venture_and_one_of_its_owners_are_no_partners_without_a_deal_of_their_own(nlp):
    text = ("Chinese polysilicon producer Qilian Silicon Materials Co. has agreed to build a $1.45bn plant in Sohar in "
            "partnership with the Oman Investment Authority (OIA), the two sides said on Monday.\n\nUnder the agreement, "
            "the sovereign wealth fund will pay $260m for a 30% stake in a joint venture that will own the plant, with "
            "Qilian holding the rest. The venture, which will be known as Sohar Silicon Materials LLC, is expected to "
            "break ground next year.\n\nQilian will fund most of the remaining cost from its own balance sheet, while "
            "lenders are expected to provide project loans.\n\nThe Sohar plant will be Qilian's first outside China.")
    partners = {p.partners for p in extract_text(nlp, text).partnerships}
    assert ("oman investment authority", "qilian silicon materials") in partners
    assert ("qilian silicon materials", "sohar silicon materials") not in partners


@pytest.mark.parametrize("text, name", [
    ("Helen Ashcroft, who chairs the Business and Trade Committee, said the closure was avoidable.", "Business and Trade Committee"),
    ("The Bakers, Food and Allied Workers' Union said it would fight the closure.", "Bakers, Food and Allied Workers' Union"),
])
def test_a_body_named_after_a_list_of_fields_is_one_organisation(nlp, text, name):
    assert [o.name for o in extract_text(nlp, text).organizations] == [name]


@pytest.mark.parametrize("text, location", [
    ("Harlow Cells Ltd broke ground on Tuesday on a battery module assembly and test plant in Jurong Innovation District "
     "in the west of Singapore.", "jurong innovation district"),  # the place hangs on the first conjunct
    ("Meridia Energy Pvt Ltd will set up a cell gigafactory in Madurai district. The plant will come up on 200 acres at "
     "the state's industrial park in Kappalur.", "kappalur"),  # a later, more specific place for the same plant
    ("Marlowe Foods will add a line at the Dandenong South factory in Victoria, Australia.", "dandenong south"),
    ("Toyoshima Motor will build its first battery plant in the US in Randolph County. Its largest vehicle plant "
     "remains in Georgetown, Kentucky.", "georgetown"),
    ("Lehtola Oyj will close its smaller Varkaus mill in Northern Savo next year.", "varkaus"),  # the town naming it
    ("Hoa Sen Milk said it would add a yoghurt line at its plant in Long An province.", "long an"),  # "An" tagged an article
    ("Grupo Autopartes Serrano will build a second plant in the northern state of Coahuila. The new factory in Ramos "
     "Arizpe will be run by Serrano Drive Systems, S.A. de C.V.", "ramos arizpe"),  # Coahuila is a state
])
def test_a_plant_stands_in_the_most_specific_place_said_of_it(nlp, text, location):
    assert location in [p.location for p in extract_text(nlp, text).plants]


def test_a_plant_a_local_arm_runs_is_one_plant_however_it_is_referred_to(nlp):
    text = ("Corvane Semiconductor Inc. today broke ground on a power module assembly and test plant in Kulim Hi-Tech Park "
            "in the state of Kedah. The plant will be built and operated by Corvane Semiconductor (Malaysia) Sdn. Bhd., "
            "the company's wholly owned subsidiary. Corvane will invest up to RM2.1 billion in the facility over five "
            "years. It will be the company's second plant in Malaysia, after the site that Corvane Malaysia has operated "
            "in Bayan Lepas since 2012. \"The Kedah plant will be our largest site,\" its chief executive said.")
    plants = extract_text(nlp, text).plants
    assert sorted((p.location, p.ordinal) for p in plants) == [("bayan lepas", None), ("kulim hi tech park", 2)]


@pytest.mark.parametrize("text, pair", [
    ("Lindqvist Kartong AB will rebuild a paper machine at its mill in Gävle. About 40% of the board will go to Fjellpak "
     "AS, a Norwegian carton maker, under a ten-year purchase agreement.", ("fjellpak", "lindqvist kartong")),
    ("Arvida Chassis Co. will build a brake plant in Apodaca. Most of the new plant's output will go to Montes Motores "
     "S.A. de C.V. under a seven-year contract.", ("arvida chassis", "montes motores")),
])
def test_output_that_goes_to_a_company_makes_its_maker_and_the_company_partners(nlp, text, pair):
    assert pair in {p.partners for p in extract_text(nlp, text).partnerships}


def test_jobs_or_money_that_go_somewhere_make_no_partnership(nlp):
    text = ("Arvida Chassis Co. will build a brake plant in Apodaca with help from Banco Regional S.A. Most of the jobs "
            "will go to Apodaca residents, and part of the money will go to Montes Motores S.A. de C.V.")
    assert not any("montes motores" in p.partners for p in extract_text(nlp, text).partnerships)


def test_a_buyer_of_a_plant_s_output_partners_its_owner_in_one_deal(nlp):
    text = ("Tornio Vety Oy will build a 100-megawatt hydrogen plant in Kemi. Lapin Teräs Oy has agreed to buy up to 70 "
            "percent of the plant's hydrogen for its steelworks in Raahe.")
    partnerships = extract_text(nlp, text).partnerships
    assert [(p.partners, p.status) for p in partnerships] == [(("lapin teras", "tornio vety"), "agreed")]


def test_a_supply_deal_signed_with_a_plant_s_future_buyer_is_one_partnership(nlp):
    text = ("Tornio Vety Oy has signed a ten-year offtake agreement with Lapin Teräs Oy, which will buy up to 70 percent of "
            "the plant's output for its steelworks in Raahe.")
    assert len(extract_text(nlp, text).partnerships) == 1


def test_a_company_name_the_model_cuts_before_its_legal_form_is_one_organisation(nlp):
    text = ("BUDAPEST — KT Separator Hungary Kft., a joint venture of Korvan Materials and Tokai Resin Industries, will "
            "build a plant. Most of the output will go to Vireon Cell Hungary Kft., which assembles cells in Debrecen.")
    names = {o.key for o in extract_text(nlp, text).organizations}
    assert {"kt separator hungary", "vireon cell hungary"} <= names
    assert not names & {"kt", "separator hungary", "cell hungary"}


def test_a_company_s_possessive_before_a_town_and_a_plant_names_the_company(nlp):
    text = "Vireon Cell Hungary Kft. already buys uncoated film from Korvan's Cheongju plant, shipped by sea and rail."
    assert "korvan" in {o.key for o in extract_text(nlp, text).organizations}


def test_a_figure_repeated_goes_to_the_one_said_to_fund_it_whatever_its_status():
    """'... a campus which will cost RM4.5 billion to build' (the parent's plant, so the parent's money) and later 'Meranti
    DC, which will own and operate the campus, will fund the RM4.5 billion development': both are 'planned' (confidence
    0.7), but the second names its funder more surely, so it settles who pays."""
    from kg.components.relations import _merge_repeated_amounts

    def said(investor: str, attribution: float, start: int) -> dict:
        return {"amount": 4.5e9, "currency": "MYR", "investor": investor, "confidence": 0.7, "attribution": attribution,
                "span": (start, start + 2), "target": 0}

    merged = _merge_repeated_amounts([said("meranti digital", 0.7, 47), said("meranti dc", 0.8, 111)])
    assert [(m["investor"], m["confidence"]) for m in merged] == [("meranti dc", 0.7)]


def test_its_after_a_loan_to_a_company_is_the_borrower_s_not_the_lender_s(nlp):
    text = ("BNDES, Brazil's national development bank, has approved a R$600 million loan to Laminas do Vale S.A. for the "
            "expansion of its aluminium rolling mill in Pindamonhangaba, the bank said on Tuesday.")
    assert [p.operator for p in extract_text(nlp, text).plants] == ["laminas do vale"]


def test_a_town_the_model_ran_a_date_into_is_still_a_plant_s_place(nlp):
    text = ("Hibara Fine Chemicals Co. will build a ¥38 billion plant in Kitakyushu. The Amagasaki plant will keep operating "
            "until the end of 2028, the company said.")
    assert "amagasaki" in {p.location for p in extract_text(nlp, text).plants}


def test_a_facility_word_the_parser_took_for_a_verb_in_an_object_s_place_is_a_facility(nlp):
    text = "Hibara Fine Chemicals Co. will close its 60-year-old Amagasaki works in Hyogo prefecture next year."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("hibara fine chemicals", "amagasaki")]


def test_a_capitalised_plant_named_after_its_town_is_a_plant_there_not_an_organisation(nlp):
    text = ("Sanuki Menrui Co., Ltd. will build the Kanonji Plant, its third noodle plant in Japan, following the "
            "Takamatsu Plant and the Sakaide Plant.")
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {"sanuki menrui"}
    assert {p.location for p in extraction.plants} == {"kanonji", "takamatsu", "sakaide"}


@pytest.mark.parametrize("text, products", [
    ("Qilin Auto Group said it would build a plant to assemble its Haoyu electric SUV for Latin American markets.", {"haoyu"}),
    ("Qilin Auto Group said it would build a plant to assemble its Chinese electric SUV for Latin American markets.", set()),
])
def test_a_model_name_the_model_calls_a_people_is_a_product_unless_it_names_one(nlp, text, products):
    assert {p.key for p in extract_text(nlp, text).products} == products


def test_a_co_operative_is_not_cut_at_its_co(nlp):
    text = ("Cardigan Creameries Ltd takes milk from about 240 farms through the Tywi Milk Co-operative, whose members "
            "voted in March for a new ten-year supply agreement with the cheesemaker.")
    assert "tywi milk co operative" in {o.key for o in extract_text(nlp, text).organizations}


@pytest.mark.parametrize("text", [
    ("Tamsin Optics Co. will build a camera module factory in Haiphong. Part of the new factory will house a lens-coating "
     "operation run by TK Optics Vina, a joint venture in which Tamsin holds 51% and Japan's Kurose Glass Co. the rest. "
     "The venture will invest US$40 million of the project total in its own equipment."),
    ("Pradana Nikel Tbk and Hunan Jinke Materials Co. will set up PT Sulteng Prekursor, in which Jinke will hold 55% and "
     "Pradana 45%. The venture will spend an estimated US$1.4 billion on a precursor plant in Morowali."),
])
def test_the_venture_is_the_company_whose_shares_its_owners_split(nlp, text):
    investments = extract_text(nlp, text).investments
    assert [i.investor for i in investments] in (["tk optics vina"], ["sulteng prekursor"])


def test_a_plant_owned_and_run_by_a_venture_is_the_venture_s_and_so_is_the_cost_of_its_phase(nlp):
    text = ("Hoshiba Chemical and Kurobe Film said their joint venture had begun output at its separator plant in Hungary. "
            "The plant, in Debrecen's southern industrial park, is owned and run by HB Separator Europe Kft, in which "
            "Hoshiba holds 65% and Kurobe 35%. Its first phase cost 68 billion yen.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("hb separator europe", "debrecen")]
    assert [i.investor for i in extraction.investments] == ["hb separator europe"]


def test_a_joint_company_named_in_apposition_runs_its_plant_spends_and_is_the_joint_company(nlp):
    text = ("Daehan Chemical Co. and Kamor Chemia S.A. have set up a joint venture to make cathode materials in Poland. "
            "The joint company, Narew Cathode Materials sp. z o.o., will build a plant in Włocławek. It expects to spend "
            "2.9 billion zloty on the first phase. Kamor will supply the joint company with reagents and steam.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("narew cathode materials", "włocławek")]
    assert [i.investor for i in extraction.investments] == ["narew cathode materials"]
    assert ("kamor chemia", "narew cathode materials") in {p.partners for p in extraction.partnerships}


def test_a_plant_two_companies_will_build_is_their_venture_s_not_the_first_one_named(nlp):
    text = ("Harlow Motor Company and South Korea's Daesong Energy will build a battery plant in Lima, Ohio. Their joint "
            "venture, Harlow Daesong Cells, will invest $3.4 billion in the factory.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("harlow daesong cells", "lima")]


def test_a_company_named_once_beside_the_subject_acts_with_it(nlp):
    text = "Harlow Motor Company and Daesong Energy will build a battery plant in Lima, Ohio."
    assert {o.key for o in extract_text(nlp, text).organizations} == {"harlow motor", "daesong energy"}


def test_a_loan_agreement_signed_with_a_lender_is_the_lender_s_money(nlp):
    text = ("Nafud Rheinau Chemicals Co. will invest SAR4.5 billion in the complex. On Monday Nafud Rheinau Chemicals "
            "signed a SAR1.8 billion loan agreement with the Saudi Industrial Development Fund (SIDF).")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments[1.8e9] == "saudi industrial development fund"


def test_a_company_owned_in_shares_by_several_owners_is_the_venture_that_builds_the_plant(nlp):
    text = ("A new three-way venture will build a cathode plant at Jorf Lasfar, south of El Jadida. Tadla Battery Materials "
            "S.A. is owned 55% by Changsha-based Hengyu New Energy Co., 30% by the Casablanca holding company Tafraout "
            "Invest S.A. and 15% by the Mohammed VI Investment Fund. The joint company said on Tuesday that it plans to "
            "invest 6.5 billion dirhams in a plant able to make 60,000 tonnes of cathode a year. Karim Bennani, chief "
            "executive of Tafraout Invest, said the venture would consider a second plant.")
    extraction = extract_text(nlp, text)
    assert {p.operator for p in extraction.plants} == {"tadla battery materials"}
    assert [i.investor for i in extraction.investments] == ["tadla battery materials"]


def test_a_body_named_by_its_noun_before_a_gapped_amount_gives_it(nlp):
    text = ("Tadla Battery Materials S.A. is owned 55% by Hengyu New Energy Co. and 15% by the Mohammed VI Investment "
            "Fund. Of the total, Hengyu will contribute 1.4 billion dirhams in equity and the fund 380 million dirhams.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments == {1.4e9: "hengyu new energy", 3.8e8: "mohammed vi investment fund"}


def test_local_legislators_and_spokespeople_before_a_name_are_titles_not_organisations(nlp):
    text = ("Hafren Thermal Ltd will add a second line at its factory in Newtown. Local MS Dylan Rees said the news was "
            "welcome. Rangitata MP Hamish Cowie said the project was good. Residents' group Lara Clean Air objected. "
            "Spokeswoman Helen Curtis said the group would appeal. Councilor Jim Ostrowski cast the lone vote against.")
    extraction = extract_text(nlp, text)
    found = role_triples(extraction)
    assert ("dylan rees", "ms", None) in found
    assert ("hamish cowie", "mp", None) in found
    assert {"dylan rees", "hamish cowie", "helen curtis", "jim ostrowski"} <= {p.key for p in extraction.people}
    assert not any("Cowie" in name or "Curtis" in name for name in orgs(extraction))


def test_a_union_named_after_trade_union_or_before_its_members_noun(nlp):
    text = ("Versmarkt Supermarkten B.V. will build a food factory in Veendam. The trade union FNV said it had opened talks "
            "with Versmarkt. The OS KOVO metalworkers' union, which represents staff at Versmarkt, said it would seek to "
            "organise workers at the new plant.")
    assert {"FNV", "OS KOVO"} <= set(orgs(extract_text(nlp, text)))


def test_a_public_agency_named_by_its_place_is_an_organisation_that_gives_money(nlp):
    text = ("Tearmann Timber Systems Ltd has applied to build a €38 million factory at Lanesborough. Enterprise Ireland has "
            "offered the firm €4.5m in capital grant support. Environment Canterbury granted the plant an air consent. Angus South MSP Lorna "
            "Kerr said she would ask Scottish Enterprise about the £450,000 grant it gave the smokehouse.")
    extraction = extract_text(nlp, text)
    assert {"Enterprise Ireland", "Environment Canterbury", "Scottish Enterprise"} <= set(orgs(extraction))
    assert {i.amount: i.investor for i in extraction.investments}[4.5e6] == "enterprise ireland"


def test_the_fund_money_is_drawn_from_is_no_organisation_and_the_lender_invests(nlp):
    text = ("Kowhai Petfoods Ltd plans a NZ$65 million pet food factory at Washdyke. Kānoa, the government's regional "
            "development unit, has agreed in principle to lend the company NZ$12 million from the Regional Infrastructure Fund.")
    extraction = extract_text(nlp, text)
    assert "Regional Infrastructure Fund" not in orgs(extraction)
    loan = next(i for i in extraction.investments if i.amount == 12e6)
    assert (loan.investor, loan.status) == ("kanoa", "proposed")


def test_a_company_title_and_a_former_post_after_the_name(nlp):
    text = ("Norvale Automotive Components Inc. will add a line at its Woodstock plant. Norvale signed a supply contract "
            "with Laurier Motors Inc. in the summer, company president Gary Szabo said. Aoraki Meats will supply the plant. "
            "Norvale chief executive Tane Whaanga, a former Aoraki Meats plant manager, said the line was a milestone.")
    found = role_triples(extract_text(nlp, text))
    assert ("gary szabo", "president", "norvale automotive components") in found
    assert ("tane whaanga", "chief executive", "norvale automotive components") in found


def test_a_smokehouse_and_a_fabrication_shop_are_plants(nlp):
    text = ("Strathcarron Seafoods Ltd is to close its smokehouse in Arbroath. Moyola Precision Engineering employs 210 "
            "people at Magherafelt and another 25 at a small fabrication shop in Maghera.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("strathcarron seafoods", "arbroath"), ("moyola precision engineering", "maghera")} <= plants


def test_a_grant_among_incentives_a_government_approved_is_the_government_s(nlp):
    text = ("Ferromolde Componentes S.A. will build a CZK 1.1 billion plant in Nýřany. CzechInvest, the state investment "
            "promotion agency, said the Czech government had approved investment incentives for the project, including a "
            "cash grant of CZK 96 million for job creation.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments[9.6e7] == "czech government"


def test_local_councils_named_as_their_area_and_their_councillors(nlp):
    text = ("Corio Tyre Recovery Pty Ltd wants to build a tyre recycling plant at Lara. The City of Greater Geelong council "
            "voted 7-4 to refuse a planning permit. Barwon Rubber Compounds Pty Ltd, a Geelong manufacturer, will buy its "
            "carbon black. But Cr Daniel Weir, who moved the refusal, said the plant was too close to homes. Mark Sorensen, "
            "chief executive of the Geelong Manufacturing Council, said the vote sent a poor signal.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["City of Greater Geelong"].kind == "government"
    assert found["Geelong Manufacturing Council"].kind == "other"
    assert ("daniel weir", "councillor", "city of greater geelong") in role_triples(extraction)
    text = ("FOND DU LAC — The Fond du Lac City Council approved a land sale to Brightwater Cabinetry Inc. for its plant. "
            "Councilor Jim Ostrowski cast the lone vote against.")
    extraction = extract_text(nlp, text)
    assert "Fond du Lac City Council" in orgs(extraction)
    assert ("jim ostrowski", "councilor", "fond du lac city council") in role_triples(extraction)


def test_a_place_before_a_trade_noun_and_a_company_name_is_no_organisation(nlp):
    text = ("Corio Tyre Recovery is a joint venture between Melbourne waste company Ridgeway Resource Group and Geelong "
            "manufacturer Barwon Rubber Compounds Pty Ltd. The company will build a plant at Lara.")
    assert "Geelong" not in orgs(extract_text(nlp, text))


def test_a_plant_on_a_named_estate_or_business_park_stands_there_not_on_a_coast(nlp):
    text = ("VEENDAM - Versmarkt Supermarkten B.V. is to build a factory on the Veenhorst business park in Veendam. "
            "Hafren Thermal Ltd will add a line at its factory on the Mochdre Industrial Estate near Newtown. "
            "Keystone Tubular LLC will build a pipe mill on the Gulf Coast in Texas.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("versmarkt supermarkten", "veenhorst") in plants
    assert ("hafren thermal", "mochdre industrial estate") in plants
    assert ("keystone tubular", "texas") in plants


def test_its_in_a_clause_reported_by_the_company_that_it_is_the_company_s(nlp):
    text = ("Australia's Tallowood Lithium Ltd said on Tuesday it had signed an offtake agreement with Hoshimura Battery "
            "Materials Co. of Japan for lithium hydroxide produced at its refinery in Kwinana.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert plants == {("tallowood lithium", "kwinana")}


def test_a_demonym_describes_the_company_introduced_with_its_country(nlp):
    text = ("Tallowood Lithium Ltd has signed an offtake agreement with Hoshimura Battery Materials Co. of Japan. "
            "Tallowood will ship the hydroxide from Kwinana. The Japanese company, which makes cathode precursors at a "
            "plant in Niihama, said the volumes would feed a new line.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("hoshimura battery materials", "niihama") in plants
    text = ("Al Rimal Chemical Industries is in talks with Japan's Kurashiki Fine Polymers over a joint venture. Al Rimal "
            "would put up 4.5 billion riyals for a 60% stake, with the Japanese company holding the rest.")
    partnerships = [(p.partners, p.status) for p in extract_text(nlp, text).partnerships]
    assert partnerships == [(("al rimal chemical industries", "kurashiki fine polymers"), "in talks")]


def test_a_company_short_form_the_model_takes_for_a_town_before_a_title(nlp):
    text = ("Sønderholm Paper A/S, which has owned Valmont Papier SAS since 2016, will convert the mill. "
            '"We chose the second," said Valmont managing director Hélène Corbière.')
    assert ("helene corbiere", "managing director", "valmont papier") in role_triples(extract_text(nlp, text))


def test_a_parent_s_own_plant_in_a_sentence_about_the_venture_stays_the_parent_s(nlp):
    text = ("Norcastle Metals Inc. and Daeyang Advanced Materials Co., Ltd. announced that their joint venture will build a "
            "cathode plant in Bécancour. The joint venture, Saint-Laurent Cathode Materials Inc., was incorporated in "
            "March. Norcastle will provide the venture with nickel sulphate from its refinery in Sudbury, Ontario.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert plants == {("saint laurent cathode materials", "becancour"), ("norcastle metals", "sudbury")}


def test_a_name_the_model_runs_into_a_gapped_amount_gives_it(nlp):
    text = ("Norcastle Metals Inc. and Daeyang Advanced Materials Co., Ltd. will build a cathode plant in Bécancour. "
            "Daeyang will contribute C$390 million in equity and Norcastle C$300 million, with the balance to come from debt.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments == {3.9e8: "daeyang advanced materials", 3e8: "norcastle metals"}


def test_it_that_lends_is_the_company_the_sentence_before_is_about(nlp):
    text = ("Tallowood Lithium Ltd signed an offtake agreement with Hoshimura Battery Materials Co. of Japan. The Japanese "
            "company said the volumes would feed a new line. It will also lend Tallowood US$75 million.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments == {7.5e7: "hoshimura battery materials"}


def test_a_short_form_the_model_takes_for_a_place_gives_a_gapped_amount(nlp):
    text = ("Umhlaba Energy Holdings and Tianshuo PV Technology Co. have ended their agreement to build a solar module "
            "factory. Tianshuo was to have invested R2.1bn in the plant and Umhlaba R1.1bn.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments == {2.1e9: "tianshuo pv technology", 1.1e9: "umhlaba energy"}


def test_the_site_a_buyer_will_spend_on_is_the_plant_it_is_buying(nlp):
    text = ("Albrunn Foods AG has agreed to sell its biscuit factory in Września to Zorza Confectionery S.A. for 185 "
            "million zlotys. Zorza said it would spend a further 40 million zlotys on a new line at the site.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("albrunn foods", "wrzesnia")]
    assert {i.target for i in extraction.investments} == {extraction.plants[0].key}


def test_a_union_is_no_company_that_the_company_could_mean(nlp):
    text = ("Ostermann Kaltband GmbH and the IG Metall union began talks on Monday over the future of the company's mill "
            "in Hagen.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["IG Metall"].kind == "other"
    assert [(p.operator, p.location) for p in extraction.plants] == [("ostermann kaltband", "hagen")]


def test_a_union_and_a_company_that_began_talks_are_in_talks(nlp):
    text = ("Steel strip maker Ostermann Kaltband GmbH and the IG Metall union began talks on Monday over the future of "
            "the company's mill in Hagen. Delta Nile is also in talks with the African Export-Import Bank about a "
            "further $200 million.")
    partnerships = [(p.partners, p.status) for p in extract_text(nlp, text).partnerships]
    assert partnerships == [(("ig metall", "ostermann kaltband"), "in talks")]


def test_a_company_s_units_at_towns_are_its_plants_but_a_unit_in_a_country_is_no_plant(nlp):
    text = ("Managing director R. Senthilnathan said the Hosur facility would be the company's third plant, after its "
            "units at Sriperumbudur and Pune. Anvaya Drivetrain Systems Ltd also sells through its unit in Kenya.")
    locations = {p.location for p in extract_text(nlp, text).plants}
    assert {"sriperumbudur", "pune"} <= locations and "kenya" not in locations


def test_an_acronym_in_an_indefinite_trade_description_names_no_organisation(nlp):
    text = ("Quimivale S.A. will build a glycol plant at Paulínia. Quimivale added that a PET resin producer had signed a "
            "letter of intent to buy half of the output. Stéphane Muller, a CGT delegate at the plant, wanted guarantees.")
    extraction = extract_text(nlp, text)
    assert "PET" not in orgs(extraction) and "CGT" in orgs(extraction)
    assert not extraction.partnerships


def test_a_plant_named_only_by_its_owner_is_the_owner_s_plant_already_named(nlp):
    text = ("HOSUR: Anvaya Drivetrain Systems Ltd has signed an MoU to set up its third plant at Hosur. Anvaya's plant "
            "adds a missing piece, an official said. Qilu's Hungarian plant will supply cells meanwhile.")
    plants = extract_text(nlp, text).plants
    hosur = [p for p in plants if p.operator == "anvaya drivetrain systems"]
    assert len(hosur) == 1 and hosur[0].ordinal == 3 and "Hosur" in hosur[0].label


def test_an_amount_with_a_full_stop_ends_its_sentence(nlp):
    text = ("To cover the overrun, Hydrélis SA plans a capital increase of €150m. Groupe Vautrin, the family holding "
            "company that owns 38% of the electrolyser maker, said it would subscribe €60m. Its chairman, Philippe "
            "Vautrin, said the family remained a patient shareholder.")
    assert len(list(nlp(text).sents)) == 3
    assert ("philippe vautrin", "chairman", "groupe vautrin") in role_triples(extract_text(nlp, text))


def test_the_parent_is_the_organisation_named_as_one(nlp):
    text = ("Keystone Tubular LLC, the U.S. subsidiary of Monterrey-based Grupo Acerero del Norte, closed on its purchase "
            "of the Farrell mill. The parent's chief executive, Rodrigo Villarreal, said the plant was a first step.")
    assert ("rodrigo villarreal", "chief executive", "grupo acerero del norte") in role_triples(extract_text(nlp, text))


def test_a_valuation_and_a_market_put_at_an_amount_are_no_investments(nlp):
    text = ("Sarovar Lifesciences Ltd will invest Rs 1,850 crore in a plant at Visakhapatnam. Crescent Peak Partners will "
            "pay Rs 1,140 crore for a stake at a price that values the company at about Rs 9,500 crore. Industry estimates "
            "put India's API market at about $12 billion.")
    amounts = {i.amount for i in extract_text(nlp, text).investments}
    assert 1.85e10 in amounts and not amounts & {9.5e10, 1.2e10}


def test_a_tally_of_approved_projects_and_a_land_price_are_no_investments(nlp):
    text = ("Thailand's Board of Investment approved 12 projects worth a combined 87.4 billion baht, led by a second car "
            "plant for Xinghe Automobile Group, which will invest 5 billion baht in it. Orvana Motors Ltd has looked at a "
            "plot in Dholera, where land is being offered at Rs 1,200 per square metre.")
    amounts = {i.amount for i in extract_text(nlp, text).investments}
    assert 5e9 in amounts and not amounts & {8.74e10, 1200}


def test_a_board_that_approves_a_loan_and_a_bank_in_talks_to_lend_are_the_lenders(nlp):
    text = ("Siderúrgica Atlântico S.A. and Najd Metals Co have formed a joint venture to build a plant at Pecém. The board "
            "of Brazil's development bank BNDES on Tuesday approved a R$3.2 billion loan for the project, and Banco do "
            "Nordeste is in talks to lend a further R$1 billion. The Union Cabinet approved Tata Electronics' plan to "
            "build a chip fab, a Rs 91,000 crore project at Dholera.")
    investments = {i.amount: i.investor for i in extract_text(nlp, text).investments}
    assert investments[3.2e9] == "bndes" and investments[1e9] == "banco do nordeste"
    assert investments[9.1e11] == "tata electronics"


def test_a_plant_to_be_built_and_run_by_a_subsidiary_is_the_subsidiary_s(nlp):
    text = ("Ashvita Lifesciences Ltd will invest Rs 1,450 crore in a biologics plant at Genome Valley. The facility, to be "
            "built and run by the wholly owned subsidiary Ashvita Biologics Pvt Ltd, will be the drugmaker's first plant "
            "dedicated to biologics.")
    plants = extract_text(nlp, text).plants
    assert [(p.operator, p.location) for p in plants] == [("ashvita biologics", "genome valley")]


def test_a_short_form_is_the_group_s_whose_name_ends_with_it_not_its_venture_s(nlp):
    text = ("Auto parts maker Grupo Autopartes Cumbres, S.A.B. de C.V., will build a second plant in Coahuila. The new "
            "factory will be run by Cumbres Drive Systems, S.A. de C.V., a joint venture in which Cumbres holds 60% and "
            "Germany's Vollrath Antriebstechnik GmbH owns the rest. Cumbres opened its first plant, in Saltillo, in 2009.")
    extraction = extract_text(nlp, text)
    assert ("grupo autopartes cumbres", "saltillo") in {(p.operator, p.location) for p in extraction.plants}
    assert {p.partners for p in extraction.partnerships} == {("grupo autopartes cumbres", "vollrath antriebstechnik")}


def test_an_untagged_public_body_is_named_and_its_description_resolves(nlp):
    text = ("Thornbury Biologics will build a second plant at Speke. The Liverpool drugmaker employs 300 people. The "
            "Liverpool City Region Combined Authority has offered a £6m grant towards the project. Sophie Marsh, director "
            "of investment at the combined authority, welcomed it.")
    extraction = extract_text(nlp, text)
    authority = "liverpool city region combined authority"
    assert set(orgs(extraction)) == {"Thornbury Biologics", "Liverpool City Region Combined Authority"}
    assert [i.investor for i in extraction.investments] == [authority]
    assert ("sophie marsh", "director of investment", authority) in role_triples(extraction)


def test_it_in_a_venture_s_announcement_is_the_venture(nlp):
    text = ("Campo Sereno Alimentos S.A. and Danish ingredients company Holmgaard Ingredients A/S have set up a joint "
            "venture to build a pea protein plant in Rio Verde. The venture, Sereno Holmgaard Proteínas Ltda, announced "
            "on Tuesday that it will invest R$ 650 million in the plant.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["sereno holmgaard proteinas"]


def test_a_company_described_by_its_home_town_is_the_one_introduced_by_that_country(nlp):
    text = ("Campo Sereno Alimentos S.A. and Danish ingredients company Holmgaard Ingredients A/S will build a plant in "
            "Rio Verde, Campo Sereno said. Mette Kjærgaard, chief commercial officer at the Copenhagen-based company, said "
            "demand had grown.")
    assert ("mette kjærgaard", "chief commercial officer", "holmgaard ingredients") in role_triples(extract_text(nlp, text))


def test_a_town_qualified_description_does_not_decide_the_bare_one(nlp):
    text = ("Coolabah Metals Ltd has agreed to sell a 30% interest in its copper project to Japanese trading house Kanemaru "
            "Corp., the Perth-based miner said. Under the agreement, the Tokyo-based company will also buy concentrate. "
            "Coolabah is the operator. The company's chief financial officer, Priya Raman, said the deal closed a gap.")
    assert ("priya raman", "chief financial officer", "coolabah metals") in role_triples(extract_text(nlp, text))


def test_a_currency_the_model_ran_into_a_name_is_cut_off(nlp):
    text = ("Mahanadi Ferro Alloys Ltd and Japanese trading house Hoshimura Trading Corporation signed a joint venture "
            "agreement. Mahanadi will bring in Rs 1,460 crore of equity and Hoshimura Rs 1,400 crore.")
    extraction = extract_text(nlp, text)
    assert "Hoshimura Rs" not in orgs(extraction)
    assert {i.amount: i.investor for i in extraction.investments}[1.4e10] == "hoshimura trading"


def test_what_partners_signing_a_venture_agreement_invest_is_the_venture_s(nlp):
    text = ("Mahanadi Ferro Alloys Ltd and Japanese trading house Hoshimura Trading Corporation on Thursday signed a joint "
            "venture agreement to set up a cold-rolling complex at Kalinganagar in Jajpur district at an investment of Rs "
            "7,200 crore. The venture, to be called Kalinga Hoshimura Steel Pvt Ltd, will be 51 per cent owned by Mahanadi.")
    assert {i.amount: i.investor for i in extract_text(nlp, text).investments}[7.2e10] == "kalinga hoshimura steel"


def test_a_complex_a_company_develops_is_a_plant_but_not_a_housing_complex(nlp):
    text = ("Prairie Ridge Petrochemicals Inc. has signed an agreement with Kinnear Midstream Ltd. to develop a C$2.3-billion "
            "propane-to-polypropylene complex in Strathcona County. Kinnear will also build a housing complex in Redwater.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["strathcona county"]


def test_a_name_goes_on_through_brackets_in_a_row_to_its_legal_form(nlp):
    text = "The R3.9 billion wind project is owned by Kwezi Wind Cookhouse (RF) (Pty) Ltd, in which Umoya Kwezi holds 51%."
    assert "Kwezi Wind Cookhouse (RF) (Pty) Ltd" in orgs(extract_text(nlp, text))


def test_a_plant_placed_in_a_country_is_the_one_later_placed_in_a_town_there(nlp):
    text = ("Swedish packaging group Lindqvist Kartong AB will build a second corrugated board plant in Poland, adding to the "
            "factory its local subsidiary has run in Łódź since 2016. The group said that Lindqvist Opakowania Sp. z o.o., "
            "its wholly owned Polish unit, will build and operate the plant in Kobierzyce, a logistics hub south of Wrocław.")
    plants = {p.location: p.ordinal for p in extract_text(nlp, text).plants}
    assert plants.get("kobierzyce") == 2 and "poland" not in plants and "łodz" in plants


def test_who_says_a_deal_was_struck_is_no_party_to_it(nlp):
    text = ("Hallberg Axelsystem AB has signed a seven-year contract to supply its e-axle to Dutch truckmaker Vandermeer "
            "Trucks N.V., which will take about half of the new plant's output, Norrvik Industri AB said.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("hallberg axelsystem", "vandermeer trucks")}


def test_a_town_before_prefecture_is_a_place_though_a_university_bears_its_name(nlp):
    text = ("METI approved a subsidy for a chip packaging plant to be built in Koshi, Kumamoto prefecture, by Aokawa "
            "Electronics Co. The plant's operator has signed an agreement with Kumamoto University to set up a course.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Kumamoto University" in names and "Kumamoto" not in names


def test_a_company_s_short_name_before_plant_names_whose_plant_not_where(nlp):
    text = ("Qilin Auto Group said it would invest $1 billion in a plant in Santa Catarina. Qilin's Mexican unit said the "
            "project remains under review. The Economy Ministry has yet to sign off on incentives for the Qilin plant, "
            "according to the same people.")
    assert "qilin" not in {p.location for p in extract_text(nlp, text).plants}


def test_a_name_before_a_manager_s_title_is_a_person(nlp):
    text = ("Ege Kompozit A.Ş. will build a blade plant at Aliağa. Elif Arslan, general manager of Ege Kompozit, said the "
            "company would hire about 1,100 people, many of them trained at Bergama.")
    extraction = extract_text(nlp, text)
    assert "Elif Arslan" not in orgs(extraction)
    assert ("elif arslan", "general manager", "ege kompozit") in role_triples(extraction)


def test_a_lede_describing_its_company_before_naming_a_customer_means_the_next_sentence_s_company(nlp):
    text = ("The İzmir-based wind blade maker building a factory in the Coega Special Economic Zone has signed its first "
            "customer, with US turbine manufacturer Prairieline Wind Systems agreeing to buy blades from 2027.\n\n"
            "Egekanat Kompozit A.Ş. broke ground at Coega in March on the R1.9 billion plant.")
    extraction = extract_text(nlp, text)
    assert {p.operator for p in extraction.plants} == {"egekanat kompozit"}
    assert [i.investor for i in extraction.investments] == ["egekanat kompozit"]


def test_a_title_in_capitals_is_no_organisation_and_names_the_person_after_it(nlp):
    text = ("Egekanat will build a plant. The province's MEC for economic development, environmental affairs and tourism, "
            "Sizwe Ndlovu, called the factory proof that Nelson Mandela Bay could build more than cars.")
    assert "MEC" not in orgs(extract_text(nlp, text))
    assert ("Sizwe Ndlovu", "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}


def test_who_signs_to_subscribe_for_new_shares_pays_for_them(nlp):
    text = ("Japanese trading house Shirakawa Trading Corp. has signed an agreement to subscribe for new shares giving it "
            "20% of Minera Altoverde SpA for US$310 million, confirming reports earlier this month, together with a "
            "separate ten-year contract to buy half of the copper concentrate from Altoverde's mine near Copiapó.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["shirakawa trading"]


def test_it_after_a_venture_to_be_called_a_name_is_that_venture(nlp):
    text = ("Sarvottam Renewables Ltd and Lumacrest Photovoltaics Inc. today signed a joint venture to build a solar module "
            "plant at Dholera. The joint venture, to be called Sarvottam Lumacrest Solar Pvt Ltd, will be owned 74% by "
            "Sarvottam and 26% by Lumacrest. It plans to invest ₹4,800 crore in the Dholera plant.")
    assert {i.amount: i.investor for i in extract_text(nlp, text).investments}[4.8e10] == "sarvottam lumacrest solar"


def test_a_town_before_a_company_s_descriptor_and_name_is_a_place(nlp):
    text = ("The plant is being developed by Sokhna Green Cement S.A.E., a project company owned 40% by Cairo-based "
            "contractor Sinai Horizon Industries and 25% by Abu Dhabi investment firm Dhafra Crest Investments.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Dhafra Crest Investments" in names and "Abu Dhabi" not in names


def test_a_name_runs_on_over_spanish_joining_words(nlp):
    text = ("Los Altos has applied for a 600 million peso loan from Fideicomisos Instituidos en Relación con la Agricultura "
            "(FIRA), the development lender, for its milk powder plant in Jalisco.")
    assert "Fideicomisos Instituidos en Relación con la Agricultura" in orgs(extract_text(nlp, text))


def test_a_short_form_ending_a_co_operative_s_name_is_that_co_operative(nlp):
    text = ("Quebec dairy co-operative Coopérative Laitière Val-Bruyère would have taken a 45% stake in Grupo Lácteo Los "
            "Altos, S.A. de C.V. In a statement, Val-Bruyère chief executive Mathieu Desrosiers said the co-operative "
            "remained interested in Mexico.")
    extraction = extract_text(nlp, text)
    assert "Val-Bruyère" not in orgs(extraction)
    assert ("mathieu desrosiers", "chief executive", "cooperative laitiere val bruyere") in role_triples(extraction)


def test_a_buyer_pays_for_a_plant_bought_from_a_seller(nlp):
    text = ("Kaarnala Oyj, the Finnish packaging group, has agreed to buy the recycled containerboard mill in Włocławek from "
            "Polish paper maker Celvia S.A. for PLN 410 million, the two companies said on Tuesday.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["kaarnala"]


def test_a_separate_offtake_agreement_beside_a_stake_is_a_second_partnership(nlp):
    text = ("Osaka-based Kitamura Trading Corp will buy a 15% stake in Copperhill Mining Ltd for A$90 million, the two "
            "companies said on Monday. Under a separate offtake agreement, Kitamura will buy half of the copper "
            "concentrate from the Copperhill mine for ten years.")
    deals = [(p.partners, p.status, p.about) for p in extract_text(nlp, text).partnerships]
    assert deals.count((("copperhill mining", "kitamura trading"), "agreed", "offtake agreement")) == 1
    assert len(deals) == 2 and {d[0] for d in deals} == {("copperhill mining", "kitamura trading")}


def test_a_deal_signed_alongside_a_sale_names_the_buyer_alone_and_is_a_second_partnership(nlp):
    text = ("Belgian food group Maasland Foods NV has agreed to sell its biscuit factory in Tilburg to Dutch baker "
            "Hofstede Bakkerij B.V. for an undisclosed sum. Hofstede will keep making Maasland's wafers at the plant "
            "for three years under a contract-manufacturing agreement signed alongside the sale.")
    pairs = [p.partners for p in extract_text(nlp, text).partnerships]
    assert pairs == [("hofstede bakkerij", "maasland foods")] * 2


def test_an_also_signed_offtake_naming_one_company_partners_the_plant_s_owner(nlp):
    text = ("Indonesian miner PT Halmahera Nikel Tbk is building a nickel smelter at Weda Bay, with production due in 2027. "
            "Korea's Daesung Materials Co has also signed an offtake agreement for up to half of the smelter's output, "
            "the companies said.")
    pairs = [p.partners for p in extract_text(nlp, text).partnerships]
    assert pairs == [("daesung materials", "halmahera nikel")]


def test_a_company_that_also_supplies_others_strikes_no_second_deal(nlp):
    text = ("Hwaseong Cell Co and Ridgeway Motors will build a battery plant in Tennessee under a joint venture "
            "agreement. Hwaseong, which also supplies European carmakers under long-term contracts, said the plant would "
            "open in 2028.")
    assert len(extract_text(nlp, text).partnerships) == 1


@pytest.mark.parametrize("text, creamery", [
    ("Derrycarne Dairies Ltd buys most of its milk from Ballinure Co-operative Creamery under a supply agreement that "
     "runs to 2031.", "ballinure co operative creamery"),  # 'Ballinure Co-operative' (a person) + 'Creamery'
    ("Derrycarne Dairies Ltd already buys about 150 million litres of milk a year from Kilcolman Co-operative Creamery "
     "under a supply agreement.", "kilcolman co operative creamery"),  # 'Kilcolman Co-' + 'operative' + 'Creamery'
])
def test_a_co_operative_name_the_model_cuts_at_its_hyphen_is_one_organisation(nlp, text, creamery):
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {"derrycarne dairies", creamery}
    assert [p.partners for p in extraction.partnerships] == [tuple(sorted((creamery, "derrycarne dairies")))]


def test_a_short_form_before_a_name_particle_runs_on_to_the_whole_name(nlp):
    text = ("Verano Group said its Brazilian subsidiary, Verano do Brasil Ltda., will build a plant. Verano do Brasil "
            "also announced today that it has signed an agreement.")
    assert {o.key for o in extract_text(nlp, text).organizations} == {"verano group", "verano do brasil"}


def test_the_subsidiary_is_the_one_organisation_introduced_as_a_subsidiary(nlp):
    text = ("German logistics group Haldern Transport AG said on Monday that its Mexican subsidiary, Haldern Transportes "
            "México S.A. de C.V., will build a warehouse in Apodaca. The warehouse will be the subsidiary's second site "
            "in the Monterrey area.")
    doc = nlp(text)
    assert [(doc[m.start : m.end].text, m.key) for m in doc._.kg_orgs if m.via == "description"] == [
        ("the subsidiary", "haldern transportes mexico")]
    plants = extract_text(nlp, text).plants
    assert {(p.operator, p.location) for p in plants} == {("haldern transportes mexico", "apodaca")}


def test_a_centre_is_a_data_centre_only_unless_its_words_say_otherwise(nlp):
    text = ("Grupo Vireo will build a cross-dock and distribution centre in Apodaca. The Apodaca centre will open in 2027. "
            "Separately, Nubecula Data SA plans a data centre in Querétaro.")
    assert sorted(p.kind for p in extract_text(nlp, text).plants) == ["data centre", "distribution centre"]


def test_the_company_in_what_a_company_s_officer_says_is_that_company(nlp):
    text = ("Brenvald AG has agreed to buy a 25% stake in Polish foundry Metalpol S.A. for PLN 90 million. Metalpol "
            "chief executive Ewa Nowak said the money would pay for a new casting line at the company's Kalisz works.")
    plants = extract_text(nlp, text).plants
    assert {(p.operator, p.location) for p in plants} == {("metalpol", "kalisz")}


def test_a_description_s_demonym_rules_out_a_company_introduced_as_from_another_country(nlp):
    text = ("Chinese carmaker Huaran Automobile Group will build an EV plant in Rayong. Separately, Siam Medica Plc and "
            "Japan's Kotobuki Pharma Co. will build an injectables plant in Chonburi. The Thai company said it would "
            "hold 51% of the plant.")
    assert [m.key for m in nlp(text)._.kg_orgs if m.via == "description"] == ["siam medica"]


def test_demonyms_name_the_countries_of_their_people():
    from kg.components.gazetteer import people_s_countries

    assert people_s_countries("Thai") == {"TH"} and "KR" in people_s_countries("Korean")
    assert people_s_countries("company") == frozenset()


def test_a_plant_a_buyer_has_agreed_to_buy_stays_the_seller_s_until_the_deal_closes(nlp):
    text = ("Finnish packaging group Harjula Oyj has agreed to buy the board mill in Leszno from Papiernia Odra S.A. for "
            "PLN 400 million. Once the transaction closes, the mill will be run by Harjula Polska sp. z o.o.")
    plants = extract_text(nlp, text).plants
    assert {(p.operator, p.location) for p in plants} == {("papiernia odra", "leszno")}


def test_a_plant_bought_outright_is_the_buyer_s(nlp):
    text = "Finnish packaging group Harjula Oyj bought the board mill in Leszno from Papiernia Odra S.A. in 2021."
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {("harjula", "leszno")}


def test_a_lender_a_company_is_in_talks_with_about_money_is_its_investor(nlp):
    text = ("Nubia Fertilizers SAE will spend $500 million on the plant. Nubia is also in talks with the African "
            "Export-Import Bank (Afreximbank) about a further $200 million.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investors == {("nubia fertilizers", 500_000_000), ("african export import bank", 200_000_000)}


def test_shareholders_led_by_a_company_put_in_that_company_s_money(nlp):
    text = ("The International Finance Corporation (IFC) is lending $90 million for the first phase, while the "
            "developer's shareholders, led by fund manager Kalahari Capital Partners Ltd, are putting in $60 million of "
            "new equity.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert ("kalahari capital partners", 60_000_000) in investors


def test_a_separate_deal_the_two_companies_also_signed_is_theirs(nlp):
    text = ("Kitamura Trading Corp will buy a 15% stake in Copperhill Mining Ltd for A$90 million. The two companies also "
            "signed a separate ten-year offtake agreement for half of the mine's copper concentrate.")
    deals = [(p.partners, p.about) for p in extract_text(nlp, text).partnerships]
    assert (("copperhill mining", "kitamura trading"), "offtake agreement") in deals and len(deals) == 2


@pytest.mark.parametrize("text", [
    "Danish developer Nordlys Data A/S bought the 34-hectare site from the City of Kouvola last year.",
    "Swiss snack group Albrunn Foods AG has agreed to sell its biscuit factory in Września to Polish confectioner Zorza "
    "Confectionery S.A. for 185 million zlotys.",
    "French glass group Verrelys SE said it had completed the purchase of a bottle-making plant in Spain from "
    "Cristalerías del Ebro S.A.",
])
def test_a_site_or_plant_changing_hands_makes_seller_and_buyer_partners(nlp, text):
    deals = {(len(p.partners), p.status) for p in extract_text(nlp, text).partnerships}
    assert deals == {(2, "agreed")}


def test_goods_bought_from_a_supplier_are_no_sale(nlp):
    text = "Harlan Steel Inc. buys its billets from Lakeshore Metals Recycling LLC."
    assert {p.about for p in extract_text(nlp, text).partnerships} != {"sale"}


def test_a_city_that_sells_a_site_is_a_government_body_and_its_mayor_s_employer(nlp):
    text = ("Nordlys Data A/S bought the 34-hectare site from the City of Kouvola last year. \"This is an easy sell,\" "
            "said the city's mayor, Marja Heikkonen.")
    extraction = extract_text(nlp, text)
    assert ("City of Kouvola", "government") in {(o.name, o.kind) for o in extraction.organizations}
    assert {(r.person, r.org) for r in extraction.roles} == {("marja heikkonen", "city of kouvola")}


def test_a_legal_form_right_after_a_name_the_model_took_for_a_person_makes_it_a_company(nlp):
    text = "The factory will be built and run by Agrolanda Polska sp. z o.o., the group's Polish subsidiary."
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Agrolanda Polska sp. z o.o."} and not extraction.people


@pytest.mark.parametrize("firm", ["Leysen Equity Research in Ghent", "Leysen Equity Research in Belgium"])
def test_a_firm_s_name_ends_before_the_place_it_is_in(nlp, firm):
    text = f'"The market has flattened," said Tom Verhaegen, consumer staples analyst at {firm}.'
    assert {(r.person, r.org) for r in extract_text(nlp, text).roles} == {("tom verhaegen", "leysen equity research")}


def test_a_publisher_a_chief_executive_talks_to_is_no_organisation(nlp):
    text = ('Belgian potato processor Agrolanda Group NV has cut the size of its planned factory. "We are pacing '
            'ourselves," chief executive Pieter Van den Broeck told FoodTech Trade Journal.')
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Agrolanda Group NV"}
    assert {(r.person, r.org) for r in extraction.roles} == {("pieter van den broeck", "agrolanda group")}


@pytest.mark.parametrize("text", [
    "Nordlys Data A/S is financing the first phase with equity from its owners and a €380 million loan from a group of "
    "Nordic banks.",
    "Tarrawin Minerals Ltd will meet its share of the balance from cash and a A$300 million bank facility.",
])
def test_a_loan_from_lenders_the_story_does_not_name_is_nobody_s_investment(nlp, text):
    extraction = extract_text(nlp, text)
    assert not extraction.investments and not extraction.plants


@pytest.mark.parametrize("text", [
    "Tarrawin Minerals Ltd now puts the capital cost of the refinery at A$910 million, against A$780 million at the time "
    "of the original announcement.",
    "The estimated cost of the Solvera Hidrógeno S.L. plant has risen to €910 million, from the €780 million quoted when "
    "the plant was announced.",
    "Tarrawin Minerals Ltd will invest A$910 million in the refinery. When the refinery was first floated in 2024 it was "
    "costed at A$780 million.",
])
def test_an_earlier_estimate_a_story_compares_the_cost_with_is_no_investment(nlp, text):
    assert {int(i.amount) for i in extract_text(nlp, text).investments} == {910_000_000}


def test_a_plant_a_project_was_unveiled_as_is_the_plant_told_of(nlp):
    text = ("Tarrawin Minerals Ltd will build its Kwinana nickel sulphate refinery. The agreement confirms reports on the "
            "project, which Tarrawin unveiled in March last year as a 40,000-tonne-a-year refinery.")
    assert len(extract_text(nlp, text).plants) == 1


def test_shares_bought_from_a_company_make_it_the_buyer_s_partner_in_a_deal(nlp):
    text = ("Hoshida Corporation has signed a binding agreement to buy 30% of Tarrawin Kwinana Refining Pty Ltd for A$186 "
            "million. Hoshida is buying the shares from Tarrawin Minerals Ltd, which keeps the remaining 70%.")
    deals = {(p.partners, p.status) for p in extract_text(nlp, text).partnerships}
    assert (("hoshida", "tarrawin minerals"), "agreed") in deals
    assert all(status != "active" for _, status in deals)


def test_equity_from_its_parent_is_the_parent_s_money(nlp):
    text = ("Veritek Advanced Packaging Sdn Bhd, a subsidiary of Veritek Semiconductor Corp., will invest RM2.1 billion in "
            "its Penang plant. The Malaysian company will fund the project from internal cash and bank borrowings, topped "
            "up by RM900 million of fresh equity from its Taiwanese parent.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert ("veritek semiconductor", 900_000_000) in investors


def test_words_whose_initials_spell_the_acronym_after_them_name_an_organisation(nlp):
    text = ("Public money remains committed. The Instituto para la Diversificación y Ahorro de la Energía (IDAE) approved "
            "a €92 million grant for the electrolysers in December.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Instituto para la Diversificación y Ahorro de la Energía"}
    assert {i.investor for i in extraction.investments} == {"instituto para la diversificacion y ahorro de la energia"}


def test_an_abbreviated_agreement_is_no_organisation(nlp):
    text = "Solvera Hidrógeno S.L. signed a Power Purchase Agreement (PPA) with Iberdunas Energía S.A. on Monday."
    assert "Power Purchase Agreement" not in {o.name for o in extract_text(nlp, text).organizations}


def test_owners_whose_shares_are_given_respectively_are_one_partnership(nlp):
    text = ("Vardø Marine AS and Song Cam Shipbuilding Corporation, which set up the venture in September 2024 with 51% "
            "and 49% respectively, have been diluted in proportion.")
    deals = {(p.partners, p.status) for p in extract_text(nlp, text).partnerships}
    assert deals == {(("song cam shipbuilding", "vardø marine"), "active")}


def test_vessels_ordered_from_a_company_are_a_deal_with_it(nlp):
    text = "Tsurumi Kaiun K.K. has ordered two service operation vessels from Vardø Song Cam Shipyard Co., Ltd. for 2028."
    deals = {(p.partners, p.status) for p in extract_text(nlp, text).partnerships}
    assert deals == {(("tsurumi kaiun", "vardø song cam shipyard"), "agreed")}


def test_a_contract_value_brokers_put_a_figure_on_is_no_investment(nlp):
    text = ("Tsurumi Kaiun K.K. has ordered two vessels from Vardø Song Cam Shipyard Co., Ltd. Neither side disclosed the "
            "contract value, which brokers put at about $190 million for the pair.")
    assert not extract_text(nlp, text).investments


def test_new_shares_bought_in_a_company_make_the_buyer_its_partner(nlp):
    text = ("Tsurumi Kaiun K.K., the Kobe shipowner, completed a subscription for new shares in Vardø Song Cam Shipyard "
            "Co., Ltd. last Friday, paying US$38 million for a 15% stake.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("tsurumi kaiun", "vardø song cam shipyard")}


def test_state_aid_a_named_ministry_granted_is_the_ministry_s(nlp):
    text = ("Maglificio Serravalle S.p.A. will close its factory in Botoșani. The Ministry of Finance, which granted the "
            "company RON 11.2 million in state aid in 2020 to modernise the factory, said it would examine the case.")
    assert {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments} == {("ministry of finance", 11_200_000)}


def test_a_name_after_words_that_say_what_kind_of_company_it_is_stands_for_the_company(nlp):
    text = ("Valdora Componenti S.p.A. has agreed to sell its plant in Atessa to Officine Meccaniche Brenta S.p.A., the "
            "Padua-based rival. Brenta will spend a further €15 million on a machining line at Atessa.")
    extraction = extract_text(nlp, text)
    assert "Brenta" in {o.name: o.aliases for o in extraction.organizations}["Officine Meccaniche Brenta S.p.A."]
    assert {i.investor for i in extraction.investments} == {"officine meccaniche brenta"}


def test_a_name_which_follows_is_an_organisation_not_a_person(nlp):
    text = ("Officine Meccaniche Brenta S.p.A. is buying the Atessa plant. Fiom-Cgil, which called a four-hour strike "
            "at the site in November, said it had opened talks with Brenta on guarantees.")
    extraction = extract_text(nlp, text)
    assert "Fiom-Cgil" in {o.name for o in extraction.organizations} and not extraction.people
    assert {p.status for p in extraction.partnerships if "fiom cgil" in p.partners} == {"in talks"}


def test_the_companies_a_venture_is_said_to_be_of_are_its_co_owners(nlp):
    text = ("Two months after its first fibre bottles came off the line, the Mexican paper-bottle venture of Norrlinna "
            "Packaging AB and Grupo Embotellador del Bajío, S.A.B. de C.V. is already doubling capacity.")
    deals = {(p.partners, p.status) for p in extract_text(nlp, text).partnerships}
    assert deals == {(("grupo embotellador del bajio", "norrlinna packaging"), "active")}


def test_a_plant_run_by_a_subsidiary_and_called_the_group_s_first_site_is_one_plant(nlp):
    text = ("Brightwater Medical Inc. is building a catheter plant in Costa Rica. The plant, in the Coyol Free Zone in "
            "Alajuela, will be run by its subsidiary Brightwater Medical Costa Rica S.R.L. and is the group's first "
            "manufacturing site outside the US.")
    plants = extract_text(nlp, text).plants
    assert len(plants) == 1 and plants[0].ordinal == 1


def test_its_first_factory_after_a_comma_is_the_plant_just_named(nlp):
    text = ("Corrib Polymer Technologies Ltd, a Galway maker of medical tubing, said on Monday it would spend $32 million on "
            "an extrusion plant in Alajuela, its first factory outside Ireland.")
    plants = extract_text(nlp, text).plants
    assert [(p.operator, p.ordinal) for p in plants] == [("corrib polymer technologies", 1)]


def test_the_price_of_a_plant_a_company_agreed_to_sell_is_the_buyer_s_money(nlp):
    text = ("Valdora Componenti S.p.A. has agreed to sell its brake-component plant in Atessa to Officine Meccaniche Brenta "
            "S.p.A., the Padua-based rival, for €41 million, the two companies said on Thursday.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investors == {("officine meccaniche brenta", 41_000_000)}


@pytest.mark.parametrize("text, pair", [
    ("Kraków box maker Pakro Opakowania S.A. has agreed to take 70,000 tonnes a year of white-top liner from Kaarnala Oyj "
     "once the rebuilt machine starts up in 2027.", ("kaarnala", "pakro opakowania")),
    ("Solvera Hidrógeno S.L. is building a methanol plant in Cartagena. Nordhavn Fuels A/S signed up last year to take "
     "half the plant's output for its bunkering business.", ("nordhavn fuels", "solvera hidrogeno")),
])
def test_a_company_taking_output_or_tonnes_buys_from_their_maker(nlp, text, pair):
    assert pair in {p.partners for p in extract_text(nlp, text).partnerships}


def test_taking_a_stake_or_a_decision_is_no_purchase_of_goods(nlp):
    text = "Pakro Opakowania S.A. took the decision last year after Kaarnala Oyj took over the site from its founder."
    assert not extract_text(nlp, text).partnerships


def test_a_plant_whose_purchase_closed_is_run_by_the_buyer_and_sold_by_the_owner_named_before_it(nlp):
    text = ("Harlow Board Co. said on Tuesday it had closed its purchase of Pinecrest Paper's idled coated-paper mill in "
            "Park Falls, Wisconsin, and would spend about $310 million turning it into a containerboard mill.")
    extraction = extract_text(nlp, text)
    assert [p.operator for p in extraction.plants] == ["harlow board"]
    assert {p.partners for p in extraction.partnerships} == {("harlow board", "pinecrest paper")}


def test_a_charge_expected_from_a_closure_is_no_investment(nlp):
    text = ("Kellerton Foods plc will spend £18m on two new production lines at its Wakefield factory. The group expects "
            "a further charge of about £12m from the closure of its Bridgend plant.")
    assert {int(i.amount) for i in extract_text(nlp, text).investments} == {18_000_000}


def test_an_agreement_a_venture_signs_with_one_of_its_owners_is_a_partnership_of_its_own(nlp):
    text = ("The project company, Belledune Ammonia Terminal LP, is owned 40 per cent by Coastline Energy Partners Ltd. and "
            "60 per cent by Japanese trading house Sumikawa Corp. Sumikawa has also signed a 20-year agreement with the "
            "project company for 600,000 tonnes a year of the terminal's capacity.")
    assert ("belledune ammonia terminal", "sumikawa") in {p.partners for p in extract_text(nlp, text).partnerships}


def test_the_terminal_refers_to_the_last_terminal_not_the_last_plant_of_any_kind(nlp):
    text = ("Coastline Energy Partners Ltd. will build a C$1.4-billion terminal at the Port of Belledune. The terminal will "
            "include a rail yard to receive ammonia made at plants in Quebec and New Brunswick. The terminal will ship "
            "its first cargo in 2028.")
    plants = extract_text(nlp, text).plants
    terminal = next(p for p in plants if p.kind == "terminal")
    assert len(terminal.evidence) == 3


def test_each_owner_s_share_after_from_is_its_money_and_their_total_between_them_is_nobody_s(nlp):
    text = ("Tamura Precision Co. and Pratap Auto Components Ltd formed a joint venture for a plant in Maharashtra. The "
            "partners will put in Rs 215 crore of equity between them, Rs 110 crore from Tamura and Rs 105 crore from "
            "Pratap, with the remainder funded by bank loans.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investors == {("tamura precision", 1_100_000_000), ("pratap auto components", 1_050_000_000)}


def test_a_roundup_heading_is_no_organisation_and_ends_before_the_name_under_it(nlp):
    text = ("Three developments from Turkey's manufacturing sector this week.\n\nSolar\n\nKuzey Enerji A.Ş. has postponed "
            "construction of its planned solar module factory in Ankara's Sincan district by at least a year.")
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {"kuzey enerji"}
    assert [p.operator for p in extraction.plants] == ["kuzey enerji"]


def test_a_holding_company_that_sells_a_stake_in_its_namesake_unit_is_its_own_organisation(nlp):
    text = ("South Korea's Daewon Cable Co. has agreed to buy a 60% stake in Seyhan Kablo A.Ş. from Seyhan Holding for "
            "$95 million, the Istanbul-based holding company said on Thursday. Seyhan Holding will keep the remaining 40%.")
    extraction = extract_text(nlp, text)
    assert {"seyhan kablo", "seyhan"} <= {o.key for o in extraction.organizations}
    assert ("daewon cable", "seyhan") in {p.partners for p in extraction.partnerships}


def test_a_year_s_group_capital_expenditure_is_no_investment(nlp):
    text = ("Chimie Dauphine SA has raised the budget for its battery salts plant at Pont-de-Claix to €320 million. Group "
            "capital expenditure for 2025 is still expected at €380 million to €400 million, she said.")
    assert {int(i.amount) for i in extract_text(nlp, text).investments} == {320_000_000}


@pytest.mark.parametrize("text, operator", [
    ("Chimie Dauphine SA's new plant will make lithium salts. Its first customer is Voltéa Cells SAS, which signed a supply "
     "agreement last year and is building a cell factory in Dunkirk.", "voltea cells"),
    ("Chile's Empresa Nacional de Minería (ENAMI) will take a 35% stake in Litio Pampa SpA, a privately held company "
     "planning a lithium hydroxide plant near Antofagasta.", "litio pampa"),
])
def test_the_company_a_clause_describes_as_building_a_plant_runs_it(nlp, text, operator):
    assert operator in [p.operator for p in extract_text(nlp, text).plants if p.location in ("dunkirk", "antofagasta")]


def test_the_first_fab_of_a_plan_for_several_is_the_fab_being_built(nlp):
    text = ("Seorin Semiconductor is building a fab in Yongin as the first stage of a plan that could eventually include "
            "four fabs. The chipmaker has budgeted 9.4 trillion won for the first fab, which broke ground last year.")
    plants = extract_text(nlp, text).plants
    assert [(p.location, p.ordinal) for p in plants] == [("yongin", 1)]


def test_a_place_right_after_a_plant_that_the_parser_hung_on_the_verb_is_the_plant_s(nlp):
    text = ("Abu Dhabi's Al Maqsad Metals Holding has agreed to take a fifth of the copper smelter under construction at "
            "Chingola, in the latest sign of Gulf money moving into Zambia's Copperbelt.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["chingola"]


def test_a_firm_named_in_a_clause_on_the_speaker_is_not_the_company_he_speaks_of(nlp):
    text = ("Redhawk Steel Inc. will build a rebar mill in Calvert City. Whitacre, a former superintendent who set up the "
            "company in 2014 with money from private equity firm Ozark Hill Partners, said Calvert City would be the "
            "company's second mill.")
    assert {p.operator for p in extract_text(nlp, text).plants} == {"redhawk steel"}


def test_a_plant_found_twice_at_the_same_place_by_the_same_operator_is_one_plant(nlp):
    text = ("Thornbury Biologics Ltd is to build a second sterile fill-finish facility at its Speke campus, creating around "
            "260 jobs. Construction of the Speke facility will start in March.")
    plants = extract_text(nlp, text).plants
    assert [(p.location, p.ordinal) for p in plants if p.status != "operating"] == [("speke", 2)]


def test_a_name_wrapped_over_a_line_break_stays_one_name(nlp):
    text = "South Korea's Daewon Cable\nCo. has agreed to buy a 60% stake in a cable maker."
    assert [" ".join(o.name.split()) for o in extract_text(nlp, text).organizations] == ["Daewon Cable Co."]


def test_the_company_opening_a_sentence_is_the_company_the_sentence_before_was_about(nlp):
    text = ("Norvale Mining Corp. agreed to buy a 30% stake in Tarraco Lithium Ltd for $150 million. Norvale Mining said "
            "the deal was its largest. Norvale Mining will name two directors.\n\nTarraco Lithium wants to build a "
            "hydroxide refinery near Kwinana. The company puts the cost of the refinery at $640 million.")
    investments = extract_text(nlp, text).investments
    assert {(i.investor, i.amount) for i in investments if i.amount == 640_000_000} == {("tarraco lithium", 640_000_000)}


def test_each_loan_of_a_list_of_loan_agreements_is_its_own_lender_s(nlp):
    text = ("Copperbelt Cable Industries Ltd said it had signed loan agreements with the African Export-Import Bank "
            "(Afreximbank) for $45 million and with Zambia National Commercial Bank (Zanaco) for K700 million.")
    investments = extract_text(nlp, text).investments
    assert {(i.investor, i.currency) for i in investments} == {("african export import bank", "USD"),
                                                               ("zambia national commercial bank", "ZMW")}


def test_a_plant_called_by_its_region_is_the_one_plant_in_a_town_there(nlp):
    text = ("Copperbelt Cable Industries Ltd has reached financial close on a $120 million cable plant in Kitwe. "
            "Its chief executive said the Copperbelt plant would also supply customers in Congo.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["kitwe"]


def test_the_name_after_a_unit_in_is_a_place(nlp):
    text = ("Nova Safra Energia S.A. is preparing to break ground on its second plant. The company's board on Friday "
            "approved 1.1 billion reais ($200 million) for a unit in Primavera do Leste, which would add 380 million "
            "litres of annual capacity to the 450 million litres produced at its existing plant in Sorriso.")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Nova Safra Energia S.A."]
    assert {p.operator for p in extraction.plants} == {"nova safra energia"}


def test_the_company_s_board_opening_a_sentence_is_the_board_of_the_company_just_named(nlp):
    text = ("Araguaia Bioenergia S.A. said on Monday that BNDES, Brazil's national development bank, had approved a loan "
            "of 700 million reais for its plant in Sorriso. The company began building the unit in March.\n\nNova Safra "
            "Energia S.A. is preparing to break ground on its second plant. The company's board on Friday approved 1.1 "
            "billion reais ($200 million) for a unit in Primavera do Leste, which would add 380 million litres of annual "
            "capacity to the 450 million litres produced at its existing plant in Lucas do Rio Verde.")
    investments = extract_text(nlp, text).investments
    assert {i.investor for i in investments if i.amount == 1_100_000_000} == {"nova safra energia"}


def test_the_plant_placed_in_a_town_near_where_it_was_placed_before_is_the_same_plant(nlp):
    text = ("Litio Pampa SpA is planning a lithium hydroxide plant near Antofagasta. Litio Pampa wants to build the plant "
            "in La Negra, an industrial district about 20 kilometres south of Antofagasta.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["la negra"]


@pytest.mark.parametrize("text, lender", [
    ("The European Investment Bank is lending €90 million to Parque Eólico Sierra Alta S.L. and Spain's Instituto de "
     "Crédito Oficial (ICO) €40 million.", "instituto de credito oficial"),
    ("Coralstone Minerals Ltd has reached financial close on its refinery. The remaining A$400 million is equity. "
     "Coralstone is putting in A$300 million and its Korean partner, cathode maker Hanul Chemical Co., A$100 million, in "
     "line with the 25% stake in the project that Hanul bought in 2023.", "hanul chemical"),
])
def test_a_gapped_giver_named_with_an_acronym_or_an_apposition_gives_the_amount_after_it(nlp, text, lender):
    investments = extract_text(nlp, text).investments
    assert [i.investor for i in investments if i.amount in (40_000_000, 100_000_000)] == [lender]


def test_money_that_comes_from_a_loan_approved_by_a_bank_is_the_bank_s(nlp):
    text = ("Verapack do Brasil Ltda. will build a pouch plant in Jundiaí. Verapack Group will contribute R$120 million of "
            "the total through a capital increase in the Brazilian subsidiary. A further R$140 million will come from a "
            "loan approved by Brazil's national development bank, BNDES, with the remainder funded from Verapack do "
            "Brasil's own cash flow.")
    investments = extract_text(nlp, text).investments
    assert [i.investor for i in investments if i.amount == 140_000_000] == ["bndes"]


def test_a_clause_on_a_description_in_apposition_to_a_company_is_said_of_the_company(nlp):
    text = ("South Korean food group Hanmaru Foods Co. opened its first factory outside South Korea on Monday, a 2.4 "
            "trillion dong ($92 million) instant noodle plant in Bac Ninh province that will make its K-Fire range.\n\n"
            "The plant in the Yen Phong II industrial park was built by and will be run by Hanmaru Foods Vietnam Co., the "
            "group's local subsidiary, which spent the 2.4 trillion dong over 18 months.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["hanmaru foods vietnam"]


def test_a_local_arm_named_without_its_legal_form_is_not_cut_at_its_country(nlp):
    text = ("The plant will be run by Hanmaru Foods Vietnam Co., the local subsidiary of Hanmaru Foods Co. Lee Ha-eun, "
            "general director of Hanmaru Foods Vietnam, said on Monday that the company would add two lines.")
    assert [(r.person, r.org) for r in extract_text(nlp, text).roles] == [("lee ha eun", "hanmaru foods vietnam")]


def test_its_in_a_loan_the_borrower_says_a_lender_approved_is_the_borrower_s(nlp):
    text = ("Araguaia Bioenergia S.A. said on Monday that BNDES, Brazil's national development bank, had approved a loan of "
            "700 million reais ($127 million) for its plant in Sorriso.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("araguaia bioenergia", "sorriso")]


def test_a_company_based_in_a_town_is_not_one_introduced_only_with_its_country_s_name(nlp):
    text = ("Araguaia Bioenergia S.A. said that BNDES, Brazil's national development bank, had approved a loan of 700 "
            "million reais for its plant in Sorriso. The Cuiabá-based company has also signed a ten-year agreement with "
            "grain co-operative Coopernorte to buy corn for the new plant.")
    partnerships = extract_text(nlp, text).partnerships
    assert {p.partners for p in partnerships} == {("araguaia bioenergia", "coopernorte")}


def test_no_organisation_is_a_fragment_of_a_name_cut_at_a_hyphen(nlp):
    text = "Aubrac Pharma will build a syringe line at Saint-Priest. The Auvergne-Rhône-Alpes Region will fund a third of the line."
    assert "Alpes Region" not in {o.name for o in extract_text(nlp, text).organizations}


def test_the_last_of_towns_listed_after_in_is_a_place_whatever_the_model_tags_it(nlp):
    text = ("Verapack do Brasil Ltda. will build a packaging plant in Jundiaí, the company said on Monday. The plant will "
            "be the company's third in the country, after its factories in Curitiba and Recife.")
    plants = {(p.location, p.status) for p in extract_text(nlp, text).plants}
    assert {("curitiba", "operating"), ("recife", "operating")} <= plants
    text = "In Düsseldorf, Hendrik Bauer, the economy minister of North Rhine-Westphalia, said the state would help."
    assert "hendrik bauer" in {p.key for p in extract_text(nlp, text).people}


def test_a_title_given_as_one_sentence_s_subject_belongs_to_the_name_opening_the_next(nlp):
    text = ("Valtorre Componenti S.p.A. will build a brake plant in Bursa, the company said on Tuesday. The group's chief "
            "financial officer struck a more cautious note. Paolo Greco, who has held the post since 2021, said steel prices "
            "would weigh on margins.")
    roles = {(r.person, r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles == {("paolo greco", "chief financial officer", "valtorre componenti")}
    text = ("Kessler Antriebstechnik GmbH's chief executive took the hardest line. Ulrike Brandt said the German supplier "
            "would keep its planned $480 million plant in Spartanburg County on hold.")
    roles = {(r.person, r.title, r.org) for r in extract_text(nlp, text).roles}
    assert roles == {("ulrike brandt", "chief executive", "kessler antriebstechnik")}


def test_a_name_after_a_paragraph_break_takes_no_title_from_the_paragraph_before(nlp):
    text = ("Valtorre Componenti S.p.A. will build a brake plant in Bursa. The group's chief financial officer declined "
            "to comment.\n\nPaolo Greco, an analyst, said steel prices would weigh on margins.")
    assert ("paolo greco", "chief financial officer") not in {(r.person, r.title) for r in extract_text(nlp, text).roles}


def test_money_per_unit_of_capacity_is_a_yardstick_not_an_investment(nlp):
    text = ("Vindhya Steel Ltd will spend ₹14,800 crore to expand its Jharsuguda steelworks. Rhea Malhotra, metals analyst at "
            "Sahyadri Securities, said the expansion cost less than ₹5,000 crore per million tonnes of added capacity.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [148_000_000_000]


def test_a_deal_no_one_has_reached_yet_is_in_talks_not_agreed():
    for sentence in ("Mori said on Thursday that no agreement had been reached with Vindhya.",
                     "The two companies have not yet signed a binding agreement."):
        assert status_of(sentence, PARTNERSHIP_STATUSES)[0] == "in talks"
    assert status_of("The two companies signed an agreement on Thursday.", PARTNERSHIP_STATUSES)[0] == "agreed"


def test_a_deal_under_review_is_proposed_and_what_the_industry_says_is_hedged():
    """Machine translation's 'According to industry sources, the said company is reviewing a joint venture'."""
    for sentence in ("According to industry sources, the said company is also reviewing a joint venture with Takeda.",
                     "The two companies are reviewing a joint plant in Gunsan.", "Wonsan is known to join the venture.", "The venture is under review."):
        assert status_of(sentence, PARTNERSHIP_STATUSES)[0] == "proposed"
    for sentence in ("According to the industry, Hanwol will build a plant.", "It is reported that Hanwol signed an MoU.",
                     "According to industry sources, Hanwol signed an MoU.", "Hanwol is said to have signed an MoU."):
        assert status_of(sentence, PARTNERSHIP_STATUSES)[1] <= 0.4, sentence
    assert status_of("Hanwol reviewed its results and signed an MoU.", PARTNERSHIP_STATUSES) == ("agreed", 0.85)


def test_a_chinese_company_named_after_its_home_city_is_called_by_the_word_after_it(nlp):
    text = ("Chinese die-caster Ningbo Jinrui Auto Components Co. will build a plant in Ramos Arizpe, the company said on "
            "Tuesday. The plant will be owned by a joint venture in which Jinrui holds 60% and Grupo Fundidora del Norte 40%.")
    assert ("grupo fundidora del norte", "ningbo jinrui auto components") in {p.partners for p in extract_text(nlp, text).partnerships}
    text = ("Kulim Data Campus Sdn Bhd will build a data centre in Kedah, it said. Data demand in the region has doubled "
            "since 2023, the company said.")
    assert set(orgs(extract_text(nlp, text))) == {"Kulim Data Campus Sdn Bhd"}


def test_a_venture_between_two_companies_partners_them_not_the_venture(nlp):
    text = ("Maziwa Bora Ltd, a joint venture between the Ngata Dairy Farmers Co-operative Society and Friesvaart Dairy B.V. "
            "of the Netherlands, laid the foundation stone for a milk powder plant in Lanet on Thursday.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {
        ("friesvaart dairy", "ngata dairy farmers co operative society")}
    text = ("Circlar Solvents B.V., a 50:50 joint venture between Halvern Corporation and Dutch waste processor Dijkstra "
            "Recycling B.V., is building a €75 million distillation plant in Geleen.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {("dijkstra recycling", "halvern")}


def test_owners_named_each_with_its_share_are_one_partnership(nlp):
    text = ("Wadi Noor Hydrogen LLC is owned by Omani developer Sahel Renewables SAOC with 40%, Belgium's Vandermeer Energy NV "
            "with 35% and the Oman Investment Authority, the sultanate's sovereign wealth fund, with 25%.")
    assert {p.partners for p in extract_text(nlp, text).partnerships} == {
        ("oman investment authority", "sahel renewables", "vandermeer energy")}


def test_the_local_arm_runs_the_plants_in_a_village_a_sentence_about_another_plant_there_places_in_its_country(nlp):
    text = ("Sejin Energy Solution Co. has paused work on its second battery plant in Kobierzyce, near Wrocław in "
            "south-western Poland, the company said on Monday. Sejin opened its first plant in Kobierzyce in 2019 and "
            "employs 2,000 people there. Both Kobierzyce plants belong to its subsidiary Sejin Energy Solution Poland sp. z o.o.")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {("sejin energy solution poland", "kobierzyce")}


def test_money_its_national_unit_spends_is_the_named_arm_s(nlp):
    text = ("Japanese power-chip maker Hoshida Electronics Co. said on Tuesday its Malaysian unit would spend 1.4 billion "
            "ringgit on a plant in Kulim. The unit, Hoshida Semiconductor Malaysia Sdn Bhd, will run the plant.")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["hoshida semiconductor malaysia"]


def test_a_capitalised_name_ending_in_fund_after_the_is_a_body_the_model_missed(nlp):
    text = ("Kessler Foods Ltd will build a factory in Newtown. Officials said the Strategic Innovation Fund would "
            "contribute £2 million to the factory.")
    extraction = extract_text(nlp, text)
    assert "Strategic Innovation Fund" in orgs(extraction)
    assert ("strategic innovation fund", 2_000_000) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_capitalised_name_the_model_missed_is_no_description_of_a_company(nlp):
    text = ("Pwani Grain Terminal Ltd will build a grain terminal at Kipevu, the company said. The Trade and Development "
            "Bank has agreed to lend US$70 million to Pwani, while the Public Private Partnerships Directorate (PPPD) will "
            "contribute KSh 2.1 billion from the Project Facilitation Fund towards dredging the approach channel.")
    contributors = {i.investor for i in extract_text(nlp, text).investments if i.currency == "KES"}
    assert contributors and "pwani grain terminal" not in contributors


def test_a_market_s_size_and_a_company_s_valuation_are_no_investments_however_far_the_word(nlp):
    text = ("Hanul Semitech Co. will spend $1.3 billion on a chip packaging plant in Bac Ninh, the company said. Analysts "
            "put the global market for advanced packaging at about $45 billion this year.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [1_300_000_000]
    text = ("Mitsuhama Corp. will buy 30% of Teraforge Malaysia Sdn Bhd for US$350 million. The stake, which values "
            "Teraforge Malaysia Sdn Bhd at about US$1.17 billion, will be paid in cash.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [350_000_000]


def test_what_a_product_sells_for_is_a_price_not_an_investment(nlp):
    text = ("Sarvottam Cement Ltd will spend Rs 2,400 crore on a cement plant at Sojat. The plant will also make its "
            "premium brand, which sells at a premium of about Rs 20 a bag. Qilin imports the Haoyu from China, where it "
            "sells for the equivalent of about 420,000 pesos.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [24_000_000_000]


def test_a_company_called_fine_chemicals_is_not_paying_a_fine(nlp):
    text = ("Hibiki Fine Chemicals Co. will build a ¥38 billion plant for ultra-high-purity sulfuric acid in Kitakyushu, "
            "the company said on Monday. Regulators imposed a fine of ¥20 million on a rival last year.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [38_000_000_000]


def test_money_already_spent_is_an_investment_and_money_written_off_is_not(nlp):
    text = ("Xingyao Automobile Group Co. has shelved its EV plant near Monterrey, Mexico. The Nuevo León state government "
            "has already spent 1.2 billion pesos on a road and a water pipeline to the site.")
    assert [(i.amount, i.currency) for i in extract_text(nlp, text).investments] == [(1_200_000_000, "MXN")]
    text = "Coral Coast Minerals Ltd has dropped its Geraldton project. It would write off A$38 million spent on studies."
    assert not extract_text(nlp, text).investments


def test_a_name_ending_in_ingredients_is_a_company_that_runs_the_plant_it_is_said_to(nlp):
    text = ("Teifi Vale Creameries Ltd will build a whey plant at Cross Hands. At present the whey leaves the creamery for "
            "a drying plant in Market Drayton, Shropshire, run by Marden Ingredients, under a contract that ends in 2026.")
    extraction = extract_text(nlp, text)
    assert "Marden Ingredients" in orgs(extraction)
    assert ("marden ingredients", "market drayton") in {(p.operator, p.location) for p in extraction.plants}


def test_a_known_town_the_model_takes_for_a_nationality_before_plant_is_a_place(nlp):
    text = ("Perdana Semikon Bhd will build a second chip plant at Kulim Hi-Tech Park in Kedah. Arakawa president Kenji "
            "Morita said the Japanese company would also supply substrates to the Kulim plant under a ten-year agreement.")
    extraction = extract_text(nlp, text)
    assert "Kulim" in {p.name for p in extraction.places} and "Japanese" not in {p.name for p in extraction.places}


def test_a_name_in_initials_the_model_cut_after_its_first_word_is_whole(nlp):
    text = ("Rheinfeld Chemie AG will cut 300 jobs at Leuna. Frank Hüsgen, regional head of the IG BCE chemical workers' "
            "union, said the union would hold management to its promise.")
    extraction = extract_text(nlp, text)
    assert "IG BCE" in orgs(extraction) and "IG" not in orgs(extraction)
    assert ("frank husgen", "ig bce") in {(r.person, r.org) for r in extraction.roles}


def test_a_drug_named_after_its_class_is_a_product_not_a_company(nlp):
    text = ("Laboratoires Vercors SA will build a €210 million plant in Val-de-Reuil. Its two existing plants, in Saint-Priest "
            "and in Orléans, make tablets and its best-selling anticoagulant, Thrombiva.")
    extraction = extract_text(nlp, text)
    assert "Thrombiva" in {p.name for p in extraction.products} and "Thrombiva" not in orgs(extraction)


def test_an_incentive_given_a_value_is_the_giver_s_investment_whatever_tax_it_concerns(nlp):
    text = ("Ningbo Jinrui Auto Components Co. will build a plant in Ramos Arizpe. The Coahuila state government has agreed "
            "to exempt the venture from payroll tax for five years, a break worth some MXN 180 million (about US$8.8 million).")
    assert ("coahuila state government", 180_000_000, "MXN") in {
        (i.investor, i.amount, i.currency) for i in extract_text(nlp, text).investments}


def test_a_bank_introduced_as_a_national_development_bank_is_no_company_the_company_can_mean(nlp):
    text = ("BNDES, Brazil's national development bank, has approved a R$600 million loan to Laminados Paraíba S.A. for "
            "the expansion of its rolling mill in Pindamonhangaba, the bank said on Tuesday. The company's parent, Grupo "
            "Valverde, will put in R$300 million. About 310 workers will be offered transfers, chief executive Fernanda "
            "Castilho said.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["BNDES"].kind == "government"
    assert ("fernanda castilho", "laminados paraiba") in {(r.person, r.org) for r in extraction.roles}


def test_a_chinese_company_is_called_by_the_words_after_its_home_province(nlp):
    text = ("Lestari Nikel is owned 51% by PT Bukit Merah Mineral and 39% by Zhejiang Yunhe New Energy Co. Yunhe will "
            "supply autoclaves from its factory in Quzhou.")
    extraction = extract_text(nlp, text)
    assert "Yunhe" not in orgs(extraction)
    assert ("zhejiang yunhe new energy", "quzhou") in {(p.operator, p.location) for p in extraction.plants}


def test_a_maintenance_base_at_an_airport_is_one_plant_named_by_its_town_and_the_first_base_runs(nlp):
    text = ("Aravali Aero Engineering Ltd said its board had approved ₹1,150 crore for a second aircraft maintenance base, "
            "at Noida International Airport in Jewar. The company said the Jewar base would have four bays. Rawal said "
            "the company's first base, at Rajiv Gandhi International Airport in Hyderabad, would keep handling widebody "
            "checks.")
    plants = {(p.location, p.ordinal, p.status) for p in extract_text(nlp, text).plants}
    assert plants == {("noida international airport", 2, "announced"), ("rajiv gandhi international airport", 1, "operating")}


def test_a_customer_base_is_no_plant(nlp):
    text = "Aravali Aero Engineering Ltd said its customer base in Hyderabad had grown by a third."
    assert not extract_text(nlp, text).plants


def test_the_town_a_port_is_named_after_is_a_place_and_a_concession_fee_no_investment(nlp):
    text = ("The Ghana Ports and Harbours Authority has awarded a 30-year concession to Takoradi Gateway Terminals Ltd to "
            "build and run a new container terminal at the port of Takoradi. Takoradi Gateway Terminals will invest $620 "
            "million in the first phase. Under the agreement, the project company will pay the authority an upfront fee "
            "of $48 million.")
    extraction = extract_text(nlp, text)
    assert "Takoradi" not in orgs(extraction)
    assert ("takoradi gateway terminals", "takoradi") in {(p.operator, p.location) for p in extraction.plants}
    assert [i.amount for i in extraction.investments] == [620_000_000]


def test_a_holder_named_after_a_comma_with_its_share_and_the_verb_left_out_is_a_co_owner(nlp):
    text = ("The consortium is made up of Qasr Marine Terminals, Adinkra Freight Services and Van Loon Waterbouw. The three "
            "will hold the concession through a project company, Takoradi Gateway Terminals Ltd, in which Qasr Marine "
            "owns 50%, Adinkra 30% and Van Loon 20%.")
    partners = {p.partners for p in extract_text(nlp, text).partnerships}
    assert ("adinkra freight services", "qasr marine terminals", "van loon waterbouw") in partners


def test_a_concession_awarded_to_a_venture_partners_the_authority_and_the_venture_and_the_venture_s_owners(nlp):
    text = ("The Port Authority of Valencia has awarded a 35-year concession for a new ro-ro and car terminal in the port's "
            "northern expansion area to Terminales Levante Ro-Ro S.A., a venture of Spanish stevedore Grupo Marítimo Turia, Italian shipping line Linea Tirrenica and "
            "Japanese car carrier Seiryu Kaiun, the authority said on Monday.")
    extraction = extract_text(nlp, text)
    assert "Seiryu Kaiun" in orgs(extraction)
    assert {p.partners for p in extraction.partnerships} == {
        ("grupo maritimo turia", "linea tirrenica", "seiryu kaiun"), ("port authority of valencia", "terminales levante ro ro")}


def test_a_title_after_is_names_the_person_s_post(nlp):
    text = ("MIDC allotted 120 acres at Butibori. Vandana Kulkarni is chief executive officer of MIDC. \"Vidarbha has "
            "waited a long time,\" Kulkarni said.")
    assert ("vandana kulkarni", "chief executive officer", "midc") in {
        (r.person, r.title, r.org) for r in extract_text(nlp, text).roles}


def test_a_holder_the_parser_put_inside_its_share_still_co_owns(nlp):
    text = ("A consortium of Deccan Freightways, Singapore-based Ardmore Logistics and Konkan Intermodal Services will "
            "build a logistics park at Butibori. Deccan holds 51% of the consortium, Ardmore 34% and Konkan Intermodal 15%.")
    assert ("ardmore logistics", "deccan freightways", "konkan intermodal services") in {
        p.partners for p in extract_text(nlp, text).partnerships}


def test_a_consortium_acts_through_its_lead_named_first(nlp):
    text = ("A consortium of Deccan Freightways, Singapore-based Ardmore Logistics and container rail operator Konkan "
            "Intermodal Services will build a ₹1,850-crore multimodal logistics park at Butibori, south of Nagpur.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("deccan freightways", "butibori")]
    assert [i.investor for i in extraction.investments] == ["deccan freightways"]


@pytest.mark.parametrize("amount, currency", [("600 million koruna", "CZK"), ("45 billion forints", "HUF"),
                                              ("120 million lei", "RON"), ("2.4 billion hryvnias", "UAH"),
                                              ("90 billion tenge", "KZT")])
def test_central_european_and_central_asian_currencies_named_by_their_word(nlp, amount, currency):
    text = f"Vltava Rail Services said on Wednesday it would spend {amount} on a new plant in Ostrava."
    assert [i.currency for i in extract_text(nlp, text).investments] == [currency]


def test_a_name_ending_in_a_lower_case_dotted_legal_form_is_a_company(nlp):
    text = ("The two companies said they would wind up Moravia Rail Overhaul s.r.o., the joint venture they set up in 2023 "
            "to build and run the €140 million depot.")
    extraction = extract_text(nlp, text)
    assert "Moravia Rail Overhaul s.r.o." in orgs(extraction)
    assert [i.investor for i in extraction.investments] == ["moravia rail overhaul"]


@pytest.mark.parametrize("text, currency", [
    ("Kunene Rare Earths will invest N$300 million in a plant at Walvis Bay.", "NAD"),
    ("Kunene Rare Earths will invest 300 million Namibian dollars in a plant at Walvis Bay.", "NAD"),
    ("Tunisia's Sfax Chimie will invest 40 million dinars in a plant in Gabes.", "TND"),
    ("Oman's Sohar Aluminium will spend 120 million rials on a new potline in Sohar.", "OMR"),
    ("Dhaka-based Meghna Textiles will invest 5 billion taka in a plant in Gazipur.", "BDT"),
])
def test_currencies_that_depend_on_the_country_or_are_named_by_their_word(nlp, text, currency):
    assert [i.currency for i in extract_text(nlp, text).investments] == [currency]


@pytest.mark.parametrize("text, location", [
    ("Forjas del Bajío will build a new forge in Celaya.", "celaya"),
    ("Gulf Olefins Co. runs an ethane cracker in Jubail.", "jubail"),
    ("Teifi Vale Creameries Ltd will build a new creamery at Cross Hands.", "cross hands"),
    ("Vitrum Baltic will build a glassworks in Jēkabpils.", "jekabpils"),
])
def test_forges_crackers_creameries_and_glassworks_are_plants(nlp, text, location):
    assert location in {p.location for p in extract_text(nlp, text).plants}


def test_a_cracker_needs_its_feed_to_be_a_plant(nlp):
    assert not extract_text(nlp, "Biscotti Rossi will sell a new cracker in Milan.").plants


def test_a_town_head_named_by_her_own_word_works_for_no_national_government(nlp):
    text = ("Sejin Energy Solution Co. has paused its second plant in Kobierzyce, the Polish government said. Ewa Marczak, "
            "the wójt, or municipal head, of Kobierzyce, said the municipality had built roads for the plant. \"We were "
            "promised 2,000 jobs,\" Marczak said.")
    assert ("ewa marczak", "wójt", None) in {(r.person, r.title, r.org) for r in extract_text(nlp, text).roles}


@pytest.mark.parametrize("text, person", [
    ("The plant is due to open in 2027, said Marie Lefèvre, directrice générale of Verrerie du Nord SA.", "marie lefevre"),
    ("Verrerie du Nord SA will build the plant in Gliwice. Jan Kowalczyk, rector of the Silesian University of "
     "Technology, welcomed it.", "jan kowalczyk"),
])
def test_feminine_french_and_academic_titles_make_roles(nlp, text, person):
    assert person in {r.person for r in extract_text(nlp, text).roles}


def test_the_firm_analysts_work_at_is_an_organisation_not_a_place(nlp):
    text = ("Aravali Aero Engineering Ltd will build a base at Jewar. Analysts at Mumbai brokerage Kotwal Securities said "
            "in a note that the second base could add ₹700 crore a year to revenue.")
    assert "Kotwal Securities" in orgs(extract_text(nlp, text))


def test_a_municipality_named_by_its_unit_and_town_is_a_body_but_in_the_city_of_a_place(nlp):
    acting = ("The Municipality of Ponta Grossa has granted Trilhos do Sul Manutenção Ferroviária S.A. a 25-year concession "
              "over 18 hectares for an overhaul depot. Mayor Elizângela Duarte said the depot would create 420 jobs.")
    extraction = extract_text(nlp, acting)
    assert orgs(extraction)["Municipality of Ponta Grossa"].kind == "government"
    placed = "Kansai Rail Services will build a rail depot in the City of Kitakyushu."
    assert "kitakyushu" in {p.location for p in extract_text(nlp, placed).plants}


def test_a_town_followed_by_municipality_is_its_government(nlp):
    text = ("Polarkraft AS will build an ammonia plant at Kirkenes. Sør-Varanger municipality, which owns the quay, has "
            "signed an option agreement with Polarkraft to lease 30 hectares for 40 years.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Sør-Varanger municipality"].kind == "government"
    placed = "Mo Industripark AS will build a plant in Mo i Rana, in the municipality, and Rana municipality will lease it land."
    assert "Rana municipality" in orgs(extract_text(nlp, placed))


def test_the_prefectural_government_is_the_one_the_story_named(nlp):
    text = ("Kansai Aero Technics will build a maintenance base at Chubu Centrair International Airport. The Aichi "
            "Prefectural Government has agreed to lease it land. The prefectural government approved a subsidy of up to "
            "¥1.5 billion for the project last week.")
    assert ("aichi prefectural government", 1_500_000_000) in {
        (i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_a_company_described_by_a_town_of_its_country_is_the_one_introduced_so(nlp):
    text = ("Rheinfeld Chemie AG and South Korea's Daesan Materials Co. will spend €520 million on their cathode plant in "
            "Bitterfeld. For Daesan, the German plant is its only production outside Korea. The Ulsan-based group runs a "
            "larger plant in Gwangyang. Its president, Kim Ji-hoon, said a decision would come soon.")
    assert ("kim ji hoon", "president", "daesan materials") in role_triples(extract_text(nlp, text))


def test_a_title_given_in_the_next_sentence_belongs_to_the_untitled_name_before_it(nlp):
    text = ("Chuanyi Substrate Technology Corp. will build a third plant in Kaohsiung.\n\n"
            "Lin Pei-chun described the deal to analysts on Tuesday as a turning point. Chuanyi's chairwoman said the "
            "company had turned down smaller orders.\n\n"
            "Cho Eun-ji expects more expansions to follow. The head of equipment research at Hanbyeol Securities said "
            "suppliers would need more capacity.")
    triples = role_triples(extract_text(nlp, text))
    assert ("lin pei chun", "chairwoman", "chuanyi substrate technology") in triples
    assert ("cho eun ji", "head of equipment research", "hanbyeol securities") in triples
    titled = ("Chief executive Rebecca Thorne of Calvera Microsystems Inc. spoke first. Rebecca Thorne told analysts the "
              "pause was a timing decision. Calvera's chief financial officer said spending would fall.")
    assert ("rebecca thorne", "chief financial officer", "calvera microsystems") not in role_triples(extract_text(nlp, titled))


def test_a_province_named_by_its_unit_is_a_body_where_the_model_split_the_name_at_of(nlp):
    text = ("Velder Test Systems B.V. opened a plant in Nijmegen. The Province of Gelderland contributed a €3.5 million "
            "innovation grant.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Province of Gelderland"].kind == "government"
    assert [i.investor for i in extraction.investments] == ["province of gelderland"]


def test_it_in_a_clause_said_on_the_day_is_the_speaker_and_a_land_price_is_no_investment(nlp):
    text = ("Seongjin Package Technology Co., Ltd. will build a plant in Peoria. It bought 180 acres from the City of "
            "Peoria for $46 million last month.\n\nThe U.S. Department of Commerce said the same day that it had signed a "
            "preliminary memorandum of terms with Seongjin for up to $410 million in direct funding.")
    assert {i.amount: i.investor for i in extract_text(nlp, text).investments} == {410_000_000: "u s department of commerce"}


def test_an_osat_unit_is_a_plant(nlp):
    text = ("The Union Cabinet on Wednesday approved Kavach Semiconductor Ltd's proposal to set up an outsourced "
            "semiconductor assembly and test (OSAT) unit in Sanand, Gujarat, at an investment of Rs 4,850 crore.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("kavach semiconductor", "sanand")]


def test_a_trade_description_opening_a_sentence_is_the_company_newly_named_before(nlp):
    text = ("Hanul Precision Co., Ltd. will spend 480 billion won on a second factory in Pyeongtaek. The expansion is "
            "backed by a supply agreement that Hanul signed on Tuesday with Daeseong Memory Co. The chipmaker will use "
            "Hanul's etch systems at its new fab in Yongin, which is under construction.")
    assert ("daeseong memory", "yongin") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_an_ordinal_plant_next_door_already_told_of_is_no_new_plant(nlp):
    text = ("Hanul Precision Co., Ltd. will spend 480 billion won on a second factory in Pyeongtaek. Daeseong Memory Co. "
            "is building a fab in Yongin. \"A second factory next door gives us room for the next generation of tools,\" "
            "Hanul said.")
    assert [(p.location, p.ordinal) for p in extract_text(nlp, text).plants if p.operator == "hanul precision"] == [("pyeongtaek", 2)]


def test_an_acronym_only_ever_written_before_a_common_noun_is_a_material_not_a_company(nlp):
    text = ("Chuanyi Substrate Technology Corp. announced an agreement to supply ABF substrates to Arcturion Inc. It "
            "expects the market for ABF substrates to grow. Karim Benali of the CFDT union said workers were relieved.")
    names = set(orgs(extract_text(nlp, text)))
    assert "ABF" not in names
    assert "CFDT" in names


def test_an_indefinite_plant_in_a_quote_with_no_place_or_owner_is_no_plant(nlp):
    text = ("Calvera Microsystems Inc. has put its planned €7.4 billion wafer fab in Dresden on hold.\n\nSaxony's economy "
            "minister, Dirk Lehmann, said he was disappointed. \"We will hold Calvera to that,\" he said in Dresden. Lehmann "
            "added that work on a water pipeline to the site would continue.\n\n\"Without demand from European carmakers, a "
            "new fab here is a hard sell,\" said Lena Brandt, an analyst at Kessler Hoffmann Research in Frankfurt.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["dresden"]


def test_a_year_s_capital_spending_plan_and_a_land_payment_are_no_investments(nlp):
    text = ("Calvera Microsystems Inc. will build a fab in Dresden for €7.4 billion. Its chief financial officer said the "
            "company had cut its 2026 capital spending plan to $4.1 billion from $6 billion.\n\nMeridian Tide Data Centres "
            "Pte. Ltd. said it had signed a sale and purchase agreement with Kenanga Ladang Holdings Bhd for the land, "
            "paying RM412 million in cash. It will invest RM9.5 billion in the campus.")
    assert {i.amount for i in extract_text(nlp, text).investments} == {7.4e9, 9.5e9}


def test_a_contract_worth_won_is_no_investment_where_the_parser_took_won_for_a_verb(nlp):
    text = ("Hanul Precision Co., Ltd. will spend 480 billion won on a second factory in Pyeongtaek. The expansion is backed "
            "by a three-year supply agreement worth 620 billion won that Hanul signed on Tuesday with Daeseong Memory Co.")
    assert {i.amount for i in extract_text(nlp, text).investments} == {480e9}


def test_land_allotted_by_a_state_body_is_a_partnership_with_the_recipient(nlp):
    dative = ("Kavach Semiconductor Ltd will set up a packaging unit in Sanand. The Gujarat Industrial Development "
              "Corporation (GIDC) has allotted the company 28 acres in its Sanand estate.")
    assert [p.partners for p in extract_text(nlp, dative).partnerships] == [("gujarat industrial development", "kavach semiconductor")]
    to = ("Deccan Freightways Ltd will build a logistics park at Butibori. The Maharashtra Industrial Development "
          "Corporation has allotted 120 acres to Deccan Freightways for 95 years.")
    assert [p.partners for p in extract_text(nlp, to).partnerships] == [("deccan freightways", "maharashtra industrial development")]
    deal = ("Ashvita Lifesciences Ltd will fill vials for Corwell Therapeutics Inc. at its new plant in Genome Valley. "
            "Corwell's chief business officer said the plant gave Corwell a second source outside the United States.")
    assert [p.partners for p in extract_text(nlp, deal).partnerships] == []


def test_a_ministry_the_model_left_untagged_is_named_from_its_head_through_its_portfolio(nlp):
    text = ("Vannier Aeroestructuras de México S.A. de C.V. will build a plant in Colón. The Government of the State of "
            "Querétaro is supporting the project through its Secretariat of Sustainable Development, which has approved "
            "MXN 95 million of public works for road access.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Secretariat of Sustainable Development"].kind == "government"
    assert [i.investor for i in extraction.investments] == ["secretariat of sustainable development"]


def test_a_body_name_the_model_cut_at_its_portfolio_is_whole(nlp):
    text = ("Norvale Ltd will add a battery tray line in Woodstock. The Federal Economic Development Agency for Southern "
            "Ontario will lend Norvale C$3.5 million. The Ministry of Economy and the Ministry of Finance welcomed it.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Federal Economic Development Agency for Southern Ontario" in names
    assert {"Ministry of Economy", "Ministry of Finance"} <= names


def test_trade_descriptions_beyond_maker_refer_to_the_company(nlp):
    text = ("Lácteos Sierra Gorda S.A. de C.V. will supply milk to Swiss cheesemaker Alpenkäse AG, which is building a "
            "plant in Querétaro. Lácteos Sierra Gorda has 400 farmers. The cheesemaker's chief executive, Urs Meier, said "
            "the plant would open next year.")
    assert ("urs meier", "chief executive", "alpenkase") in role_triples(extract_text(nlp, text))


def test_a_name_ending_in_a_legal_form_is_a_company_whatever_its_first_word_or_label(nlp):
    text = "Cerro Alto Embotelladora S.A. will buy a bottling plant in San Luis Potosí from Aguas del Bajío S.A."
    assert {"Cerro Alto Embotelladora S.A.", "Aguas del Bajío S.A."} <= set(orgs(extract_text(nlp, text)))


def test_two_ordinals_joined_by_and_count_one_plant_two_ways(nlp):
    text = ("Chuanyi Substrate Technology Corp. approved NT$36 billion for a new plant in Kaohsiung. The plant will be the "
            "Taoyuan-based company's third in Taiwan and its first in the south of the island.")
    assert [p.ordinal for p in extract_text(nlp, text).plants] == [3]


def test_a_site_weighed_before_settling_on_another_is_no_plant(nlp):
    text = ("Hoshimi Devices Corp. will build a second fab in Kikuyo. Kenji Arakawa, Hoshimi's president, said the "
            "Tokyo-based sensor maker had looked at a site in Hokkaido before settling on Kikuyo.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["kikuyo"]


def test_an_untagged_acronym_before_a_plant_word_is_its_process_not_its_place(nlp):
    text = ("PT Lestari Nikel Sulawesi has signed $1.8 billion in loans for a high-pressure acid leach (HPAL) plant in "
            "Central Sulawesi.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["central sulawesi"]


def test_a_title_whose_first_word_the_tagger_read_as_a_verb_is_still_a_title(nlp):
    text = ("Weserhütte AG paused the plant in Bremen on Monday. Sabine Fehrmann, works council chair at the Bremen site, "
            "said the employees needed a clear date.")
    assert ("sabine fehrmann", "works council chair at bremen site", "weserhutte") in role_triples(extract_text(nlp, text))


def test_a_spanish_glassworks_name_is_short_for_the_words_after_its_trade(nlp):
    text = ("Spanish glassmaker Vidriera del Moncayo S.A. and Lusoglass Industrial S.A. formed a venture. Moncayo holds 60% "
            "of the venture and Lusoglass 40%.")
    assert "Moncayo" not in orgs(extract_text(nlp, text))


def test_money_a_body_promised_in_a_clause_after_it_is_that_body_s(nlp):
    text = ("Laurentia Nickel Inc. scrapped its refinery in Bécancour. The decision ends a C$150 million contribution that "
            "Innovation, Science and Economic Development Canada had promised through its Strategic Innovation Fund, and a "
            "C$100 million loan from Investissement Québec.")
    investors = {i.amount_text: i.investor for i in extract_text(nlp, text).investments}
    assert investors["C$150 million"] == "innovation science and economic development canada"


def test_a_product_noun_that_describes_a_registered_company_names_no_product(nlp):
    text = ("Cimentos Alvorada S.A. has signed a ten-year contract with Belo Horizonte waste processor Reciclar Minas Ltda. "
            "to supply the fuel.")
    assert extract_text(nlp, text).products == ()


def test_a_plant_built_next_to_its_owner_s_works_is_another_plant_beside_a_running_one(nlp):
    text = ("Norrvik Stål AB will build a hydrogen-based direct reduced iron plant next to its blast-furnace steelworks in "
            "Luleå, the steelmaker said on Tuesday.")
    plants = {(p.kind, p.status) for p in extract_text(nlp, text).plants}
    assert ("steelworks", "operating") in plants and len(plants) == 2


def test_a_total_the_sentence_breaks_down_into_parts_is_no_investment(nlp):
    text = ("Weserhütte AG is building a direct reduction plant in Bremen. The project was approved for €1.3 billion in "
            "public aid in 2023: €910 million from Germany's Federal Ministry for Economic Affairs and Energy and €390 "
            "million from the Bremen state government.")
    amounts = sorted(i.amount_text for i in extract_text(nlp, text).investments)
    assert amounts == ["€390 million", "€910 million"]


def test_a_venture_s_name_set_off_by_commas_is_one_organisation_whatever_its_parents_words(nlp):
    text = ("Akyol Denim Sanayi A.Ş. of Türkiye and Egypt's Delta Nile Spinning Co. signed an agreement on Monday to form a "
            "joint venture, Nile Akyol Denim, which will build an integrated denim mill at Sokhna. The venture will spend "
            "$140 million on spinning lines.")
    extraction = extract_text(nlp, text)
    assert "Nile Akyol Denim" in orgs(extraction)
    assert [i.investor for i in extraction.investments] == ["nile akyol denim"]


def test_a_minister_of_a_named_region_works_for_that_region_s_government(nlp):
    text = ("Brennholt Stahl AG will build a plant in Duisburg. It expects the German federal government and the North "
            "Rhine-Westphalia state government to cover a third of the cost. Hendrik Bauer, the economy minister of North "
            "Rhine-Westphalia, said his government wanted to keep steelmaking in the Ruhr.")
    assert ("hendrik bauer", "economy minister", "north rhine westphalia state government") \
        in role_triples(extract_text(nlp, text))


def test_a_country_s_minister_works_for_the_ministry_of_the_portfolio_named(nlp):
    text = ("Kuiseb Hydrogen (Pty) Ltd delayed its decision. Namibia's Ministry of Mines and Energy and the Namibian "
            "government approved the timeline. Natangwe Shikongo, Namibia's minister of mines and energy, said the "
            "government accepted the new timeline.")
    assert ("natangwe shikongo", "minister of mines and energy", "ministry of mines and energy") in role_triples(extract_text(nlp, text))


def test_a_portfolio_before_a_comma_and_the_name_stays_in_the_title(nlp):
    text = ("Vannier will build a plant in Querétaro with help from its Secretariat of Sustainable Development, which has "
            "approved the land. \"Every job creates two more,\" said Querétaro's Secretary of Sustainable Development, "
            "Rodrigo Ibarra Montes.")
    assert ("rodrigo ibarra montes", "secretary of sustainable development", "secretariat of sustainable development") \
        in role_triples(extract_text(nlp, text))


def test_the_mayor_of_a_town_is_no_member_of_the_regional_council(nlp):
    text = ("Varadhan Steel will reopen the Denain tube mill, while the Hauts-de-France regional council has approved an "
            "€8 million grant for retraining. The mayor of Denain, Sophie Lemaire, said the town had held its breath.")
    assert not any(person == "sophie lemaire" and org for person, _, org in role_triples(extract_text(nlp, text)))


def test_a_portfolio_the_model_tagged_as_a_place_is_not_where_a_minister_serves(nlp):
    text = ("Brenner Antriebstechnik GmbH will build a gearbox plant in Barleben. The Saxony-Anhalt state government has "
            "approved a grant of up to €28 million for the project, Economics Minister Katrin Vogt said.")
    assert ("katrin vogt", "minister", "saxony anhalt state government") in role_triples(extract_text(nlp, text))


def test_a_town_the_model_tagged_as_a_work_of_art_is_still_where_a_plant_stands(nlp):
    text = ("Tearmann Timber Systems Ltd will build a factory in Lanesborough. Tearmann currently employs 70 at a smaller "
            "plant in Edgeworthstown, which would stay open and concentrate on roof trusses.")
    assert "edgeworthstown" in {plant.location for plant in extract_text(nlp, text).plants}


def test_a_capitalised_fund_with_a_name_before_it_is_no_description_of_the_company(nlp):
    text = ("Acme Steel Ltd will build a plant in Pune. The National Fund for Environmental Protection and Water Management "
            "signed off a PLN 900 million grant from the Modernisation Fund in January.")
    investors = {i.investor for i in extract_text(nlp, text).investments}
    assert investors == {"national fund for environmental protection and water management"}


def test_a_company_agreeing_to_buy_another_is_its_partner_but_not_one_it_bought_years_ago(nlp):
    agreed = ("Brazilian meatpacker Frigorífico Campo Verde S.A. has agreed to buy Uruguay's Frigorífico Río Negro S.A. "
              "for $310 million, including debt, the companies said on Tuesday.")
    assert frozenset({"frigorifico campo verde", "frigorifico rio negro"}) in partner_sets(extract_text(nlp, agreed))
    owned = ("Karvik Steel Oyj, which bought Ostermann Kaltband GmbH in 2019, said it planned to move annealing work from "
             "the Hagen mill to its newer plant in Gliwice.")
    assert not partner_sets(extract_text(nlp, owned))


def test_money_put_into_a_company_for_a_stake_makes_the_two_partners(nlp):
    text = ("Japanese steelmaker Kurogane Steel Corp. will put 300 million euros into Finnish start-up Perämeri Steel Oy, "
            "taking a 15% stake and the right to buy some of its low-carbon steel, the two companies said on Tuesday.")
    assert frozenset({"kurogane steel", "perameri steel"}) in partner_sets(extract_text(nlp, text))


def test_supplying_parts_for_a_company_s_product_makes_it_the_client(nlp):
    text = ("Hanbit On Co. already supplies pouch cells for Kestrel Motor Corp.'s Osprey electric pickup from its plants "
            "in Ochang, South Korea, and in Hungary.")
    assert frozenset({"hanbit on", "kestrel motor"}) in partner_sets(extract_text(nlp, text))


def test_a_post_held_now_or_to_come_in_a_relative_clause_is_a_role_but_one_held_before_is_not(nlp):
    text = ("Subic Haemin Shipbuilding Corp. will spend $550 million on a new shipyard in Mariveles. Lee Hyun-soo, who will "
            "be president of Subic Haemin, said it would begin recruiting. John Smith, who was president of Subic Haemin "
            "until 2019, said it was a good plan.")
    triples = role_triples(extract_text(nlp, text))
    assert ("lee hyun soo", "president", "subic haemin shipbuilding") in triples
    assert not any(person == "john smith" for person, _, _ in triples)


def test_the_paper_an_executive_talks_to_is_not_the_employer(nlp):
    text = ("Tearmann Timber Systems Ltd will build a factory in Lanesborough. \"We learned a hard lesson at Ballymahon,\" "
            "managing director Niall Farrell told the Express.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("niall farrell", "managing director", "tearmann timber systems")]
    assert "Express" not in orgs(extraction)


def test_a_plant_two_companies_plan_together_has_no_operator_yet(nlp):
    text = ("Majan Resources SAOG and Sakuragawa Corp. are studying a plant in Duqm that would make hot briquetted iron "
            "with hydrogen. Majan Resources SAOG said the study would take a year.")
    assert [(p.location, p.operator) for p in extract_text(nlp, text).plants] == [("duqm", None)]


def test_an_untagged_body_that_offers_a_grant_is_an_organisation_and_its_investor(nlp):
    text = "Acme Foods S.A. will build a plant in Onda. The Generalitat Valenciana has offered a grant of €4.8 million towards the project."
    extraction = extract_text(nlp, text)
    assert "Generalitat Valenciana" in orgs(extraction)
    assert {i.investor for i in extraction.investments} == {"generalitat valenciana"}


def test_trade_terms_the_model_tags_are_no_organisations(nlp):
    text = ("Saraswat Chemicals Ltd will build a PVC complex at Dahej. India imports close to half of the PVC it uses, and "
            "the certificate gives exemptions from VAT on imported machinery.")
    assert set(orgs(extract_text(nlp, text))) == {"Saraswat Chemicals Ltd"}


def test_a_sentence_opening_word_for_a_rival_or_customer_is_no_part_of_the_name(nlp):
    text = "Rival Vindhya Polymers Ltd scrapped plans for a PVC plant at Paradip in Odisha last year."
    assert set(orgs(extract_text(nlp, text))) == {"Vindhya Polymers Ltd"}


def test_untagged_capitalised_words_before_a_legal_form_of_several_words_name_a_company(nlp):
    text = ("Orlik Kolbe Recykling sp. z o.o., a joint venture of Polish copper group Grupa Orlik S.A. and German recycler "
            "Kolbe Recycling GmbH, signed a PLN 240 million grant agreement on Monday.")
    assert set(orgs(extract_text(nlp, text))) == {"Orlik Kolbe Recykling sp. z o.o.", "Grupa Orlik S.A.", "Kolbe Recycling GmbH"}


def test_its_before_a_title_in_apposition_names_the_employer(nlp):
    text = ("Hafren Thermal Ltd will add a line. The firm was founded in 2011 by engineer Siôn Ellis, now its chief "
            "executive, and employs 140 people in Newtown.")
    assert ("sion ellis", "chief executive", "hafren thermal") in role_triples(extract_text(nlp, text))


def test_a_market_size_is_no_investment_where_the_clause_hangs_on_what_the_market_is_for(nlp):
    text = ("Kiriyama Semiconductor Corp. will build a fab in Omuta. Chinese producers have cut prices by about 30% this "
            "year, she said, and the global market for silicon-carbide devices, which some forecasters put at $10 billion "
            "by 2029, may be oversupplied long before then.")
    assert not extract_text(nlp, text).investments


def test_spending_guidance_and_a_tally_of_mous_are_no_investments(nlp):
    text = ("Sejin Energy Solution Co. paused its plant. It cut its capital spending guidance for the year to 4 trillion won "
            "from 6 trillion won. Tamil Nadu has signed investment MoUs worth more than Rs 10 lakh crore since 2024.")
    assert not extract_text(nlp, text).investments


def test_technologies_written_as_acronyms_are_no_products_or_organisations(nlp):
    text = ("Veridian Semiconductor Corp. will build a plant in Ohio to package AI chips. Atlas Battery Materials S.A. "
            "will make LFP cathode material at Jorf Lasfar, and Sarvottam Solar Ltd will make TOPCon cells in Dholera.")
    extraction = extract_text(nlp, text)
    assert not extraction.products
    assert not {"AI", "LFP", "TOPCon"} & set(orgs(extraction))


def test_each_partner_putting_money_into_the_venture_is_each_owner_s_investment(nlp):
    text = ("VH Power Devices GmbH, the joint venture between Dutch chipmaker Velmora Semiconductor N.V. and South Korea's "
            "Hanul Microsystems, broke ground on Tuesday on a €2.4 billion silicon carbide fab in Dresden. Under the "
            "shareholder agreement they signed last year, each partner is putting €500 million of equity into the venture.")
    investments = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert {("velmora semiconductor", 500_000_000), ("hanul microsystems", 500_000_000)} <= investments
    assert ("vh power devices", 500_000_000) not in investments


def test_towns_between_which_chargers_stand_are_places_not_partners(nlp):
    text = ("Charging operator Voltaro AB and utility Nordgrid Energi AB will each hold 50% of a new company that is to "
            "build 300 fast chargers. The first 40 chargers, at service stations between Malmö and Stockholm, are due to "
            "open next summer, and Nordgrid will supply the sites with electricity under a separate contract with the new "
            "company.")
    extraction = extract_text(nlp, text)
    assert not {"Malmö", "Stockholm"} & set(orgs(extraction))
    assert not any({"malmo", "stockholm"} & partners for partners in partner_sets(extraction))


def test_each_partner_s_money_for_a_company_both_hold_equally_is_each_one_s_investment(nlp):
    text = ("Charging operator Voltaro AB and utility Nordgrid Energi AB will each hold 50% of a new company that is to "
            "build and run 300 fast chargers along Swedish motorways. Each partner will put SEK 650 million into the "
            "venture over four years.")
    investors = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investors == {("voltaro", 650_000_000), ("nordgrid energi", 650_000_000)}


def test_a_council_named_after_two_places_and_a_share_after_a_name(nlp):
    text = ("King's Lynn and West Norfolk Borough Council said it would work with Pemberton Maltings Ltd on a new lorry "
            "access to the site. Norvik Marine Systems AS will carry out 45% of the work, Baltica Dredging 35% and "
            "Heldmann Bau GmbH 20%.")
    names = set(orgs(extract_text(nlp, text)))
    assert "King's Lynn and West Norfolk Borough Council" in names
    assert not {"Borough Council", "King's Lynn", "Baltica Dredging 35%"} & names


def test_a_venture_named_after_their_joint_venture_is_the_venture_and_each_parent_pays_its_share(nlp):
    text = ("Ostwerk Chemie AG and Lusoquímica SA will build a chlor-alkali plant in Sines, Portugal, through their joint "
            "venture, Iberochlor SA, the companies said on Tuesday. The joint venture will invest €410 million in the "
            "plant. Each parent will put €95 million of equity into Iberochlor, and the rest is to be raised from banks.")
    investments = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert investments == {("iberochlor", 410_000_000), ("ostwerk chemie", 95_000_000), ("lusoquimica", 95_000_000)}


def test_a_chinese_company_goes_by_the_words_after_its_home_province(nlp):
    text = ("South Korean cathode maker Daeyang Materials Co. and Anhui Xinfeng Lithium Group have registered their joint "
            "venture in Hefei. \"Putting our process technology next to Xinfeng's lithium is the quickest way to bring our "
            "costs down,\" Daeyang's chief executive said. Chen Lihua, chairwoman of Xinfeng, said the group's lithium "
            "carbonate refinery in Yichun would supply the venture.")
    extraction = extract_text(nlp, text)
    assert ("chen lihua", "anhui xinfeng lithium group") in {(r.person, r.org) for r in extraction.roles}
    assert ("anhui xinfeng lithium group", "yichun") in {(p.operator, p.location) for p in extraction.plants}


def test_a_facility_word_inside_a_company_s_name_is_no_plant(nlp):
    text = ("Belgian steelmaker Meuse Forge SA has signed a 12-year power purchase agreement with Solenne Énergie SAS, "
            "which will supply it from a 140-megawatt solar park at Florennes, the companies said on Wednesday. An earlier "
            "plan for Solenne to supply Meuse Forge from a wind farm near Bastogne was dropped last year.")
    plants = {(p.kind, p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert not any(kind == "forge" for kind, _, _ in plants)


def test_a_company_after_a_month_talks_with_the_buyer_of_its_stake(nlp):
    text = ("Tallis Minerals Ltd has signed a five-year offtake agreement with Seongwon Materials Co. for concentrate from "
            "its Mount Cotton project, Tallis said on Monday. In March Tallis said it had entered exclusive talks with "
            "Hanzo Trading Corp. over the sale of a 30% stake in Mount Cotton for A$240 million.")
    extraction = extract_text(nlp, text)
    assert frozenset({"tallis minerals", "hanzo trading"}) in partner_sets(extraction)
    assert ("hanzo trading", 240_000_000) in {(i.investor, int(i.amount)) for i in extraction.investments}


def test_its_after_a_thing_it_is_joined_to_is_that_thing_s(nlp):
    text = ("Tallis Minerals Ltd has signed an offtake agreement with Seongwon Materials Co. Tallis said on Monday that "
            "Seongwon would buy up to 120,000 tonnes of concentrate a year from 2027, when the mine and its processing "
            "plant are due to start up.")
    assert not any(p.operator == "seongwon materials" for p in extract_text(nlp, text).plants)


def test_where_a_buyer_is_based_is_not_where_the_plant_stands(nlp):
    text = ("Esbjerg Municipality is to sell 32 hectares of land next to the town's harbour to Aldera Hydrogen ApS, which "
            "plans to build an electrolyser plant on the site. Aldera signed an offtake agreement with Vestkyst Gødning "
            "A/S, a fertiliser maker based in Fredericia, which will take about half of the plant's output. \"Aldera will "
            "bring around 150 permanent jobs to Esbjerg,\" the mayor said.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("aldera hydrogen", "fredericia") not in plants


def test_a_charging_hub_is_a_plant_and_money_raised_from_unnamed_investors_is_no_investment(nlp):
    text = ("Amper Charge Ltd said on Tuesday it would spend €22 million on a charging hub in Ringsend for electric vans. "
            "Amper, founded in 2019, raised €35 million from investors last year.")
    extraction = extract_text(nlp, text)
    assert ("amper charge", "ringsend") in {(p.operator, p.location) for p in extraction.plants}
    assert [int(i.amount) for i in extraction.investments] == [22_000_000]


def test_a_name_in_apposition_with_a_company_s_software_system_is_a_product(nlp):
    text = ("Tamaki Industries Co. has agreed to buy a 15% stake in Arclight Industrial Software Inc. for $48 million. As "
            "part of the deal the two companies will sell Forgeline, Arclight's manufacturing execution system, together "
            "with Tamaki's welding robots in Japan.")
    extraction = extract_text(nlp, text)
    assert ("Forgeline", "arclight industrial software") in {(p.name, p.maker) for p in extraction.products}
    assert "Forgeline" not in orgs(extraction)


def test_a_split_of_shares_told_over_two_sentences_is_one_set_of_co_owners(nlp):
    text = ("Duqm Green Ammonia LLC, the project company of a consortium led by Halvard Energy ASA, will build a green "
            "ammonia plant at Duqm. Halvard holds 51% of the project company. Muscat-based Al Sahwa Holding owns 34% and "
            "the Japanese shipowner Tokai Kisen Kaisha the remaining 15%.")
    sets = partner_sets(extract_text(nlp, text))
    assert frozenset({"halvard energy", "al sahwa", "tokai kisen kaisha"}) in sets
    assert frozenset({"al sahwa", "tokai kisen kaisha"}) not in sets


def test_a_second_plant_a_company_will_build_named_by_its_ordinal_alone(nlp):
    text = ("Sunmir Foods Co. opened its first Vietnamese noodle plant in Binh Duong in 2019 and will build a second in "
            "Nghe An, the company said.")
    plants = {(p.operator, p.location, p.ordinal) for p in extract_text(nlp, text).plants}
    assert ("sunmir foods", "nghe an", 2) in plants


def test_units_at_two_places_joined_by_a_second_at_are_two_plants(nlp):
    text = ("Kesari Lifesciences Ltd makes tablets at its units at Changodar and at Baddi, and will spend Rs 450 crore "
            "on an injectables plant in Sanand.")
    extraction = extract_text(nlp, text)
    assert {"changodar", "baddi", "sanand"} <= {p.location for p in extraction.plants}
    assert "Baddi" not in orgs(extraction)


def test_a_company_s_flagship_in_a_town_is_a_plant_of_the_kind_just_named(nlp):
    text = ("Haneul Semitech Co. will build a third plant in Pyeongtaek for 1.2 trillion won. The company runs its "
            "flagship in Sejong and a second plant in Cheonan.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("haneul semitech", "sejong") in plants


def test_the_body_a_person_chairs_in_a_relative_clause_is_the_employer(nlp):
    text = ("Pemberton Maltings Ltd has signed an agreement to buy barley from Fenland Growers Ltd. Helen Mayes, who "
            "chairs Fenland Growers, said the contract would give members a guaranteed market.")
    assert ("helen mayes", "chair", "fenland growers") in role_triples(extract_text(nlp, text))


def test_the_parent_of_its_subsidiary_is_the_company_its_stands_for(nlp):
    text = ("Kessler Bremsen GmbH will build a brake plant in Saltillo. Its Mexican subsidiary, Kessler Frenos de México "
            "S.A. de C.V., will run the plant, and the German parent will invest MXN 2.1 billion (about $115 million).")
    assert [i.investor for i in extract_text(nlp, text).investments] == ["kessler bremsen"]


def test_a_county_that_approves_money_is_its_government_and_an_unnamed_state_s_grant_is_no_one_s(nlp):
    text = ("Veltra Steel Inc. will build a $1.1 billion mill in Ohio. The state has offered a $40 million grant, and "
            "Lorain County approved a tax abatement worth $12 million.")
    investments = {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}
    assert ("lorain county", 12_000_000) in investments
    assert not any(amount == 40_000_000 for _, amount in investments)


def test_the_state_a_ministry_speaks_for_still_gives_its_grant(nlp):
    text = ("Sejin Ionics will build a separator plant in Nyíregyháza. The company announced the decision alongside "
            "Hungary's Ministry of Foreign Affairs and Trade, which said the state would contribute a non-refundable "
            "grant of 11.2 billion forints.")
    investors = {i.investor for i in extract_text(nlp, text).investments if int(i.amount) == 11_200_000_000}
    assert investors and "sejin ionics" not in investors


def test_money_a_government_pays_for_a_substation_is_its_investment(nlp):
    text = ("Corvane Data Centers SL will build its third campus in Zaragoza. The Government of Aragon will pay "
            "€14 million for a substation.")
    assert ("government of aragon", 14_000_000) in {(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments}


def test_a_word_opening_a_quote_and_never_written_again_is_no_organisation(nlp):
    text = ('Kessler Bremsen GmbH will build a brake plant in Saltillo. "Nearshoring has doubled our orders in two years," '
            "said Lena Vogt, managing director of Kessler Bremsen GmbH.")
    assert "Nearshoring" not in orgs(extract_text(nlp, text))


def test_a_first_name_opening_a_quote_is_no_organisation(nlp):
    text = ("Claire Delorme is the granddaughter of the founder, Bertrand Delorme. \"Bertrand built this company from one "
            "press in Vierzon,\" said Claire Delorme, chief executive of Delorme Emballages SA.")
    assert "Bertrand" not in orgs(extract_text(nlp, text))


def test_a_regional_official_is_a_person_with_a_post_but_no_guessed_employer(nlp):
    text = ("Hartwell Bakeries will close its bakery in Wigan, Wigan Council said. Regional official Dean Hollis said the "
            "closure would cost 200 jobs.")
    extraction = extract_text(nlp, text)
    assert "dean hollis" in {p.key for p in extraction.people}
    assert ("dean hollis", "regional official", None) in role_triples(extraction)


def test_a_plant_run_by_a_unit_named_in_apposition_is_that_units(nlp):
    text = ("Chinese carmaker Tianlu Automobile Co. will build an electric-vehicle plant in Mexico. The plant at Ramos "
            "Arizpe would be run by Tianlu's local unit, Motores del Norte S.A. de C.V., the company said.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("motores del norte", "ramos arizpe") in plants


def test_the_company_said_to_operate_a_plant_runs_it_whoever_owns_it(nlp):
    text = ("The 200-megawatt solar farm near Upington will be built and owned by Kalahari Sun Power (Pty) Ltd, a project "
            "company in which Zenzele Renewables holds 60%. Zenzele Renewables will operate the plant.")
    operators = {p.operator for p in extract_text(nlp, text).plants}
    assert operators == {"zenzele renewables"}


def test_a_parent_running_its_ventures_plant_leaves_the_venture_its_partner(nlp):
    text = ("Hagen Zement GmbH and Rheinsynth Chemie AG have formed a joint venture to build a methanol plant in Lengerich. "
            "The venture, Lengerich Carbon Fuels GmbH, will spend €180 million on the plant. Under an operating agreement "
            "with the venture, Rheinsynth Chemie will run the plant.")
    extraction = extract_text(nlp, text)
    assert {p.operator for p in extraction.plants} == {"rheinsynth chemie"}
    assert frozenset({"lengerich carbon fuels", "rheinsynth chemie"}) in partner_sets(extraction)


def test_a_brand_the_model_tags_as_a_product_starts_the_company_name_before_its_legal_form(nlp):
    text = ("When US headphone brand Velora Audio Inc. told investors last week that its headphones would be made in "
            "Mexico, it left out a detail.")
    assert set(orgs(extract_text(nlp, text))) == {"Velora Audio Inc."}


def test_a_mexican_legal_form_ends_a_name_before_the_next_sentence(nlp):
    text = ("Taiwanese contract manufacturer Tanzhi Precision Co. will build a plant in the Apodaca Tech Park. The plant is "
            "being built by Tanzhi Precision Co. and will be run by its Mexican subsidiary, Tanzhi Electronica de México "
            "S.A. de C.V. Tanzhi has made parts in Suzhou since 2015.")
    extraction = extract_text(nlp, text)
    assert "Tanzhi Electronica de México S.A. de C.V." in orgs(extraction)
    assert {p.operator for p in extraction.plants} == {"tanzhi electronica de mexico"}


def test_zloty_written_with_its_polish_letter_is_a_currency(nlp):
    text = "Drobnik SA will spend 310 million złoty expanding its poultry plant in Kalisz, the company said on Tuesday."
    assert ("drobnik", 310_000_000, "PLN") in {(i.investor, int(i.amount), i.currency) for i in extract_text(nlp, text).investments}


def test_what_an_industrys_output_rose_to_is_no_investment(nlp):
    text = ("Gipsmont Baustoffe will invest 475 million lei in a plasterboard plant in Turda. Ioana Muresan, an analyst at "
            "Carpatia Invest in Bucharest, said Romanian construction output rose by about 9% last year to some 95 billion lei.")
    amounts = {int(i.amount) for i in extract_text(nlp, text).investments}
    assert 475_000_000 in amounts and 95_000_000_000 not in amounts


def test_a_council_named_after_a_town_the_model_took_for_a_person_keeps_the_whole_name(nlp):
    text = ("Gipsmont Baustoffe will build a plasterboard plant in the town. Câmpia Turzii local council voted last month to "
            "grant the company a 49-year concession on the plot.")
    names = set(orgs(extract_text(nlp, text)))
    assert "Câmpia Turzii local council" in names and "Turzii local council" not in names


def test_it_that_opened_a_site_is_the_company_the_sentence_before_is_about(nlp):
    text = ("Japanese logistics group Kanemura Logistics is in talks to buy a 40% stake in PT Es Dingin Raya, a cold-storage "
            "operator, two people familiar with the matter said. Kanemura declined to comment. Es Dingin runs cold stores "
            "for frozen food. In March it opened a 45,000-pallet warehouse in Cikarang.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("es dingin raya", "cikarang") in plants


def test_a_name_in_apposition_to_a_joint_venture_is_an_organisation(nlp):
    text = ("Salmones Llanquihue opened a salmon processing plant in Puerto Montt on Wednesday. The plant belongs to "
            "Llanquihue Procesos, a joint venture in which Salmones Llanquihue holds 70% and Kanemori Shoji holds 30%.")
    assert "Llanquihue Procesos" in orgs(extract_text(nlp, text))


def test_a_word_of_a_company_name_with_a_legal_form_is_no_product_nor_is_a_currency(nlp):
    text = ("Nairobi-based food processor Savanna Grain Millers Ltd will spend KSh 6.8 billion on a flour mill in Mombasa. "
            "The rest will come from a KSh 1.2 billion equity injection from its largest shareholder.")
    assert not {p.key for p in extract_text(nlp, text).products} & {"savanna", "ksh"}


def test_a_body_named_without_its_place_is_the_one_body_named_in_full(nlp):
    text = ("The Binh Duong Provincial People's Committee on Wednesday handed Hanjin Chemical an investment certificate for "
            "a resin plant. Tran Thi Mai, vice chairwoman of the provincial People's Committee, said chemicals remained a priority.")
    extraction = extract_text(nlp, text)
    assert "People's Committee" not in orgs(extraction)
    assert any(person == "tran thi mai" and org == "binh duong provincial people s committee"
               for person, _, org in role_triples(extraction))


def test_a_name_after_a_body_noun_in_apposition_is_an_organisation(nlp):
    text = ("Saxony's state development bank, Aufbaubank Sachsen-Anhalt, has agreed to lend €120 million for the "
            "terminal, the companies said.")
    assert "Aufbaubank Sachsen-Anhalt" in orgs(extract_text(nlp, text))


def test_who_chairs_a_unions_branch_chairs_for_that_union(nlp):
    text = ("Drobnik SA will expand its plant in Kalisz. Leszek Pawlowski, who chairs the Meat Workers' Union branch at the "
            "plant, said staff were already stretched.")
    assert ("leszek pawlowski", "chair", "meat workers union") in role_triples(extract_text(nlp, text))


def test_who_stays_on_as_a_title_holds_it(nlp):
    text = ("Anand Tyres bought the Krusevac plant from Halden Reifen GmbH last year. Milica Jovanović, who ran the "
            "plant for Halden, stays on as general manager of Halden Reifen GmbH.")
    assert ("milica jovanovic", "general manager", "halden reifen") in role_triples(extract_text(nlp, text))


def test_a_place_the_model_tagged_before_a_legal_form_is_a_company(nlp):
    text = "Milica Jovanović is general manager of Halden Reifen GmbH."
    assert "Halden Reifen GmbH" in orgs(extract_text(nlp, text))


def test_the_company_said_to_operate_the_new_site_runs_it(nlp):
    text = ("Tebrau Data Centres Sdn Bhd, the joint venture of Corvane Cloud Pte Ltd and Malaysian builder Jaya Infra Bhd, "
            "will invest RM3.6 billion in a data centre campus at Sedenak Tech Park. Corvane Cloud will operate the new "
            "site under an operations agreement signed with the venture.")
    assert {p.operator for p in extract_text(nlp, text).plants} == {"corvane cloud"}


def test_a_speaker_introduced_as_a_group_of_some_trade_is_a_company(nlp):
    text = ("Austrian building materials group Gipsana Baustoffe said on Wednesday it would invest 475 million lei in a "
            "plasterboard plant in Turda.")
    extraction = extract_text(nlp, text)
    assert "Gipsana Baustoffe" in orgs(extraction)
    assert {i.investor for i in extraction.investments} == {"gipsana baustoffe"}


def test_a_quotes_first_word_and_iv_are_no_products(nlp):
    text = ("Medikara will build a plant in Gebze that will make its first safety IV catheters. \"Safety catheters sell on "
            "quality, not price,\" said an analyst.")
    assert not {p.key for p in extract_text(nlp, text).products} & {"safety", "iv"}


def test_a_paragraph_opening_on_the_company_goes_on_about_the_last_paragraph_s_subject(nlp):
    text = ("Japanese logistics group Hoshino Logistics is in talks to buy a stake in Nusantara Cold Stores. Hoshino "
            "declined to comment.\n\nNusantara Cold Stores runs cold stores for frozen food. In March it opened a "
            "warehouse in Cikarang.\n\nThe company plans to invest a further Rp 1.3 trillion in a second warehouse near "
            "Surabaya.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"nusantara cold stores"}


def test_a_hyphenated_given_name_after_a_title_stays_whole(nlp):
    text = "\"Putting our production here is the point,\" Daeyang Chief Executive Park Min-jae said at a signing ceremony."
    assert [p.name for p in extract_text(nlp, text).people] == ["Park Min-jae"]


def test_a_first_name_the_model_took_for_a_place_is_part_of_the_person(nlp):
    text = "Marta Vidal Soler, chief executive of Tarraco Polioles, said the change of ownership would not delay start-up."
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Marta Vidal Soler"]
    assert ("marta vidal soler", "chief executive", "tarraco polioles") in role_triples(extraction)


def test_a_word_before_an_honorific_is_no_first_name(nlp):
    text = "The plant was paused.\n\nState Sen. Dana Whitfield, R-Elizabethtown, said she would ask for an accounting."
    assert [p.name for p in extract_text(nlp, text).people] == ["Dana Whitfield"]


def test_a_company_word_before_a_name_the_model_took_for_a_person_makes_a_company(nlp):
    text = ("Argentine drugmaker Laboratorios Pampa Bio and India's Kaveri Biologics have formed a joint venture. "
            "\"We can change that,\" said Martín Olaciregui, president of Pampa Bio.")
    extraction = extract_text(nlp, text)
    assert "Laboratorios Pampa Bio" in orgs(extraction)
    assert "Pampa Bio" not in {p.name for p in extraction.people}
    assert ("martin olaciregui", "president", "laboratorios pampa bio") in role_triples(extraction)


def test_an_analyst_s_firm_the_model_took_for_a_building_is_an_organisation(nlp):
    text = "Gonzalo Ferreyra, a healthcare analyst at Sarmiento Valores, said the plant made sense on paper."
    assert ("gonzalo ferreyra", "healthcare analyst", "sarmiento valores") in role_triples(extract_text(nlp, text))


def test_what_the_partners_will_invest_is_their_named_venture_s_investment(nlp):
    text = ("Laboratorios Pampa Bio and India's Kaveri Biologics have formed a 50-50 joint venture to make insulin. The "
            "venture, Kaveri Pampa Biológicos S.A., was incorporated last week. The partners will invest US$180 million "
            "over three years in a plant in Pilar.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"kaveri pampa biologicos"}


def test_what_leads_a_venture_is_a_company(nlp):
    text = ("Bac Ninh province handed a certificate to VK Advanced Packaging Co., a chip packaging venture led by South "
            "Korea's Daewon Semitek.")
    assert "Daewon Semitek" in orgs(extract_text(nlp, text))


def test_the_group_means_the_company_of_the_paragraph_whose_name_ends_in_group(nlp):
    text = ("VK Advanced Packaging Co. is 55% owned by Daewon Semitek and 30% by Thang Long Technology Group. Daewon "
            "Semitek will run the plant, Daewon Semitek said.\n\nThang Long Technology, which builds data centres in "
            "Hanoi, will handle land and permits. \"Now we want the chips finished here too,\" said Tran Minh Duc, the "
            "group's chairman.")
    assert ("tran minh duc", "chairman", "thang long technology group") in role_triples(extract_text(nlp, text))


def test_a_description_built_on_a_company_s_name_means_that_company(nlp):
    text = ("Spanish rail maker Construcciones Ferroviarias del Ebro and Saudi conglomerate Al-Muqbil Industrial Holding "
            "have formed a venture. Construcciones Ferroviarias del Ebro will supply designs, Construcciones "
            "Ferroviarias del Ebro said.\n\n\"It makes no sense to import every coach,\" said Abdulrahman Al-Muqbil, "
            "chairman of the Al-Muqbil group.")
    assert ("abdulrahman al muqbil", "chairman", "al muqbil industrial") in role_triples(extract_text(nlp, text))


def test_a_legal_form_ends_a_name_that_runs_back_over_particles(nlp):
    text = ("Groupe Castellane Verre SA has agreed to buy the plant of Cristalaria do Lis, S.A. in Marinha Grande. Some 30 "
            "kilometres to the north-east, Vidros do Mondego, Lda. will spend 95 million euros. The mill will be run by "
            "Kuusela Celulose do Brasil Ltda., its local unit.")
    names = set(orgs(extract_text(nlp, text)))
    assert {"Cristalaria do Lis, S.A.", "Kuusela Celulose do Brasil Ltda"} <= names
    assert any(name.startswith("Vidros do Mondego") for name in names)
    assert not names & {"Lis, S.A.", "Brasil Ltda"}


def test_a_name_the_model_tagged_from_a_late_word_runs_back_over_its_untagged_words(nlp):
    text = ("About 1,100 kilometres to the north-east, Prairie Forge Towers LLC has begun converting an idled blade "
            "factory in Fort Dodge, Iowa.")
    assert set(orgs(extract_text(nlp, text))) == {"Prairie Forge Towers LLC"}


def test_a_state_government_s_place_runs_back_over_particles(nlp):
    text = ("The company will build a mill there. The Mato Grosso do Sul state government said it had granted the mill "
            "a reduced rate of state sales tax.")
    assert "Mato Grosso do Sul state government" in orgs(extract_text(nlp, text))


def test_a_foreign_union_s_name_runs_on_over_particles_and_is_the_union(nlp):
    text = ("Marinha Grande's mayor, Rui Gaspar, said no jobs would go. The Sindicato dos Vidreiros do Centro, which "
            "represents most of the plant's workers, was more cautious. \"Every buyer promises that,\" said Paulo Mota, "
            "the union's coordinator for the district.")
    extraction = extract_text(nlp, text)
    assert "Sindicato dos Vidreiros do Centro" in orgs(extraction)
    assert any(r.person == "paulo mota" and r.org == "sindicato dos vidreiros do centro" for r in extraction.roles)


def test_a_name_whose_mayor_is_spoken_of_is_a_place(nlp):
    extraction = extract_text(nlp, "Marinha Grande's mayor, Rui Gaspar, said no jobs would go.")
    assert not orgs(extraction)
    assert [(r.person, r.title, r.org) for r in extraction.roles] == [("rui gaspar", "mayor", None)]


def test_its_after_a_quote_is_not_a_description_inside_the_quote(nlp):
    text = ("Groupe Castellane Verre SA has agreed to buy the plant of Cristalaria do Lis, S.A. in Marinha Grande. "
            "Cristalaria do Lis, controlled by the Vieira family, will keep its tableware factory in Alcobaça. \"We would "
            "rather put our money into the business we do best,\" said its chairwoman, Teresa Vieira.")
    assert ("teresa vieira", "chairwoman", "cristalaria do lis") in role_triples(extract_text(nlp, text))


def test_a_sentence_opening_on_a_qualified_description_goes_on_about_the_last_subject(nlp):
    text = ("Hanseong Motion Parts will build a plant in Debrecen, Hanseong Motion Parts said. Hanseong Motion Parts "
            "employs 900 people.\n\nIn Kecskemét, Brandt Elektroantriebe GmbH is enlarging the stator plant it opened "
            "there in 2021. The German group said on Tuesday that its supervisory board had approved a first phase worth "
            "€130 million of a €210 million programme that would double the site's output.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"brandt elektroantriebe"}


def test_a_speaker_with_a_bare_title_works_for_the_subject_of_what_they_report(nlp):
    text = ("Prairie Forge Towers LLC has begun converting an idled blade factory in Fort Dodge, Iowa. The company "
            "completed the purchase of the site from Keystone Composites Inc. for $21 million in August and will spend "
            "a further $64 million on equipment, president Dale Hutchins said.")
    assert ("dale hutchins", "president", "prairie forge towers") in role_triples(extract_text(nlp, text))


def test_a_two_word_name_opening_on_a_company_word_has_its_second_word_as_short_form(nlp):
    text = ("Siderúrgica Cantábrica has teamed up with Swedish miner Bergslagen Minerals AB to build an iron plant in "
            "Gijón. The partners registered Asturias Green Iron S.L. on Wednesday, with Cantábrica holding 60% and "
            "Bergslagen 40%. Cantábrica will contribute €270 million of equity and Bergslagen €180 million.")
    extraction = extract_text(nlp, text)
    assert "Cantábrica" not in {p.name for p in extraction.places}
    assert ("siderurgica cantabrica", 270_000_000) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_place_s_minister_works_for_its_government_not_a_company_named_after_it(nlp):
    text = ("The partners registered Asturias Green Iron S.L. on Wednesday. The Government of Asturias signed an MoU. "
            "\"Every tonne of iron made here is a tonne that does not have to come from Asia,\" said Marta Llaneza, "
            "Asturias's industry minister.")
    assert ("marta llaneza", "industry minister", "government of asturias") in role_triples(extract_text(nlp, text))


def test_two_signers_the_parser_nests_are_both_parties_to_the_mou(nlp):
    text = ("Kalinga Forge Ltd and Czech wheelset maker Ostrava Kolejová a.s. have signed a memorandum of understanding "
            "with the Government of Odisha to set up a joint venture making forged rail wheels at Kalinganagar, in Jajpur "
            "district, the state said on Monday.")
    assert frozenset({"kalinga forge", "ostrava kolejova", "government of odisha"}) in partner_sets(extract_text(nlp, text))


#: A venture's project whose contractors are named with no client (and, last, a parent's own plant named before them).
TARFAYA_AWARDS = ("Somaphos Green Energy has signed a joint venture agreement with Ghaf Renewable Holdings to develop a "
                  "green ammonia complex near Tarfaya. The ammonia would be shipped to Somaphos's fertiliser complex at Jorf "
                  "Lasfar. Ghaf has committed AED 1.8 billion for a 49% stake in the venture, Tarfaya Green Ammonia SA. "
                  "Front-end engineering has been awarded to Técnicas Iberia SA of Madrid, with Germany's Elektrolyse Nord "
                  "GmbH reserving electrolyser stacks")


def test_balance_of_plant_is_part_of_the_works_not_a_plant(nlp):
    text = TARFAYA_AWARDS + " and Casablanca-based Maghreb Ingénierie preparing the balance-of-plant design."
    assert frozenset({"tarfaya green ammonia", "maghreb ingenierie"}) in partner_sets(extract_text(nlp, text))


def test_work_awarded_without_a_client_is_done_for_the_story_s_joint_venture(nlp):
    partners = partner_sets(extract_text(nlp, TARFAYA_AWARDS + "."))
    assert frozenset({"tarfaya green ammonia", "tecnicas iberia"}) in partners
    assert frozenset({"tarfaya green ammonia", "elektrolyse nord"}) in partners


def test_its_in_a_speaker_s_apposition_is_the_organisation_the_speaker_reports_on(nlp):
    text = ("Norrmalm Stål AB has postponed construction of its iron plant in Gävle, chief executive Ingrid Holmqvist "
            "said on Tuesday. Gävle municipality, which reserved 120 hectares of port land for Norrmalm in 2023, will hold "
            "the plot, said Johan Ek, its head of business development.")
    assert ("johan ek", "head of business development", "gavle municipality") in role_triples(extract_text(nlp, text))


def test_a_quote_s_speaker_described_by_the_company_speaks_for_the_last_sentence_s_subject(nlp):
    text = ("Sokhna Liquid Terminals Co. will build a chemical terminal at Ain Sokhna. Sokhna Liquid Terminals Co. is "
            "owned by Delta Bulk Terminals. Nile Aromatics Co., which runs an aromatics plant in Suez, has signed to take "
            "120,000 cubic metres of the capacity for ten years. \"We export from the Red Sea, so storage at the berth "
            "changes our logistics costs completely,\" said Yasmine Farouk, the company's commercial director.")
    assert ("yasmine farouk", "commercial director", "nile aromatics") in role_triples(extract_text(nlp, text))


def test_a_speaker_the_parser_hangs_on_the_plant_before_said_works_for_the_clause_s_subject(nlp):
    text = ("Brazilian drugmaker Laboratórios Serra Azul S.A. has signed a 10-year contract manufacturing agreement with "
            "India's Kaveri Biologics Ltd, which will make Serra Azul's insulin at a new plant near Hyderabad. Kaveri will "
            "invest $134 million in the plant. Serra Azul will spend about $21 million on cartridge-filling and pen-assembly "
            "lines that it will own and keep at the Kaveri plant, Chief Executive Marina Teixeira Lobo said in a statement "
            "from Sao Paulo.")
    assert ("marina teixeira lobo", "chief executive", "laboratorios serra azul") in role_triples(extract_text(nlp, text))


def test_a_company_s_short_form_after_a_closing_quote_before_a_title_is_the_company(nlp):
    text = ("Energías del Estrecho SA said on Monday it had scrapped the Tarfaya venture. Energías del Estrecho SA had "
            "spent 410 million dirhams.\n\nGerman chemicals group Rheinwerk Chemie AG, which signed a memorandum of "
            "understanding with the venture in 2024, said the document would lapse.\n\n\"We still need long-term green "
            "ammonia supply and are talking to producers in several countries,\" Rheinwerk spokesman Tobias Kranz said.")
    assert ("tobias kranz", "spokesman", "rheinwerk chemie") in role_triples(extract_text(nlp, text))


def test_a_town_whose_mayor_speaks_is_a_place_and_the_plant_stands_in_its_industrial_park(nlp):
    text = ("Daeyang Materials Co., Ltd. today announced that it will invest €640 million in its second European plant, to "
            "be built on a 48-hectare plot in the southern industrial park of Nyíregyháza in eastern Hungary.\n\nFerenc "
            "Kardos, mayor of Nyíregyháza, said the city had spent two years preparing the site.")
    extraction = extract_text(nlp, text)
    assert "Nyíregyháza" not in {o.name for o in extraction.organizations}
    assert [p.location for p in extraction.plants] == ["nyiregyhaza"]


def test_the_plant_of_a_company_is_run_by_that_company(nlp):
    text = ("Daeyang Materials Co., Ltd. will build a cathode plant in Nyíregyháza. Daeyang already ships cathode material "
            "from Ostrava to the Komárom cell plant of Voltaris Energy Zrt.")
    assert ("voltaris energy", "komarom") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_unit_of_a_group_is_a_subsidiary_not_a_plant(nlp):
    text = ("NEW DELHI: The Union Cabinet on Wednesday approved Kavach Semiconductor Ltd's proposal to set up an outsourced "
            "semiconductor assembly and test (OSAT) unit in Sanand, Gujarat, at an investment of Rs 4,850 crore.\n\nThe "
            "plant will package and test chips for power electronics. The Gujarat Industrial Development Corporation has "
            "allotted the company 28 acres in its Sanand estate. Applications for two more packaging units are under "
            "review.\n\nKavach, "
            "a unit of the Pune-based auto components group Kavach Industries, has signed a technology licensing agreement "
            "with Everwin Packaging Technology Corp. of Taiwan for flip-chip packaging processes.")
    doc = nlp(text)
    unit = next(t for t in doc if t.lower_ == "unit" and t.idx > text.index("Kavach,"))
    assert nlp.get_pipe("kg_facilities")._mention(doc, unit, text) is None


def test_a_town_whose_mayor_is_spoken_of_stays_a_place_everywhere(nlp):
    text = ("Papírny Vltava a.s. has agreed to buy the containerboard mill at Raon-l'Étape in the Vosges from Groupe Marnier "
            "Emballages SA for €210 million.\n\n\"Raon-l'Étape gives us a foothold in the French market,\" said Tomáš "
            "Novotný, chief executive of Papírny Vltava.\n\nRaon-l'Étape's mayor, Bernard Thiébaut, said the town had "
            "feared a closure.")
    extraction = extract_text(nlp, text)
    assert "Raon-l'Étape" not in {o.name for o in extraction.organizations}
    assert "raon l etape" in {p.location for p in extraction.plants}


def test_a_region_opening_a_company_s_name_is_its_short_form_when_nothing_is_placed_in_it(nlp):
    text = ("MUMBAI, May 22 (Wire) - Indian steelmaker Kalinga Ispat Ltd is in talks with Japan's Kurogane Steel Corp about "
            "jointly building a steel plant in the eastern state of Odisha.\n\nKalinga would hold 51% of the planned joint "
            "venture and Kurogane 49%.\n\nThe two companies already work together. Since 2019, Kurogane has licensed its "
            "galvanising technology to Kalinga's steelworks at Angul.")
    assert ("kalinga ispat", "angul") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_subsidiary_s_name_runs_on_over_its_country_and_a_numbered_plant_is_no_company(nlp):
    text = ("German chassis-parts maker Oberlinger Fahrwerk GmbH on Tuesday opened Plant 3, its third factory in Indonesia, "
            "at the Karawang International Industrial City in West Java. The plant, run by its subsidiary PT Oberlinger "
            "Komponen Indonesia, will make 2 million control arms a year. Andreas Kühn, president director of PT "
            "Oberlinger Komponen Indonesia, said Plant 3 would supply Sakura Motor Indonesia under a contract signed in May.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Oberlinger Fahrwerk GmbH", "PT Oberlinger Komponen Indonesia",
                                                          "Sakura Motor Indonesia"}
    assert frozenset({"oberlinger komponen indonesia", "sakura motor indonesia"}) in partner_sets(extraction)


def test_a_named_campus_stands_where_the_clause_after_its_description_puts_it(nlp):
    text = ("Meridian Nexus Data Pte. Ltd. today announced that construction has started on MNX Chonburi 1, its first data "
            "centre campus in Thailand, at the Amata City Chonburi industrial estate in Chonburi province.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["amata city chonburi industrial estate"]


def test_an_italian_or_spanish_managing_director_s_title_is_a_title(nlp):
    text = ("Giulia Marchetti, amministratore delegato of Laminatoio Valtellina, said the Italian company would contribute "
            "its rolling and coating know-how.")
    assert ("giulia marchetti", "amministratore delegato", "laminatoio valtellina") in role_triples(extract_text(nlp, text))


def test_a_person_holds_one_post_at_an_organisation_by_the_title_first_given(nlp):
    text = ("Carrozzi Componenti S.p.A. will buy the Mondovì glassworks. \"We need more capacity in Italy,\" said chief "
            "executive Giulia Ferrante.\n\nFerrante, who became amministratore delegato in 2023, has made four acquisitions "
            "since then.")
    assert {(p, t) for p, t, o in role_triples(extract_text(nlp, text)) if o == "carrozzi componenti"} == {
        ("giulia ferrante", "chief executive")}


def test_a_company_opening_a_sentence_s_phrase_is_not_introduced_by_what_follows_the_comma(nlp):
    text = ("Sokhna Liquid Terminals Co., the joint venture of Egypt's Delta Bulk Terminals S.A.E. and Rotterdam-based Van "
            "Rijswijk Tankopslag B.V., has signed a usufruct contract for a liquid chemicals terminal at Ain Sokhna port."
            "\n\nThe venture, owned 51% by Delta Bulk and 49% by Van Rijswijk, will invest $260 million in the terminal."
            "\n\nFor Delta Bulk, the venture replaces a plan of its own.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"sokhna liquid terminals"}


def test_an_egyptian_legal_form_is_no_part_of_the_key():
    assert entity_key("Delta Bulk Terminals S.A.E.") == entity_key("Delta Bulk Terminals SAE") == "delta bulk terminals"


def test_three_founders_the_parser_splits_and_two_holding_each_are_all_partners(nlp):
    text = ("TOKYO, Sept 3 (Wire) - Japanese telecoms operator Hoshizora Telecom Inc, property developer Mitsuwa Fudosan Co., "
            "Ltd. and Singapore's Straits Digital Infrastructure Pte Ltd have formed a joint venture to build a data centre "
            "campus in Kyoto prefecture, the three companies said on Wednesday.\n\nThe venture, Keihanna DC Partners GK, was "
            "registered on Monday. Hoshizora and Mitsuwa each hold 40% and Straits Digital the remaining 20%, according to "
            "a joint statement.")
    extraction = extract_text(nlp, text)
    three = frozenset({"hoshizora telecom", "mitsuwa fudosan", "straits digital infrastructure"})
    assert [p.status for p in extraction.partnerships if frozenset(p.partners) == three] == ["agreed"]  # how they split it
    # is the venture they formed, no second partnership
    assert "keihanna dc partners" in {o.key for o in extraction.organizations}


@pytest.mark.parametrize("name, short", [("Construcciones Ferroviarias Urbasa S.A.", "Urbasa"),
                                         ("Cementownia Nadodrze S.A.", "Nadodrze"),
                                         ("Grupo Alimentario Sierra Madre, S.A.B. de C.V.", "Sierra Madre")])
def test_a_name_after_spanish_and_polish_trade_words_is_the_company_s_short_form(nlp, name, short):
    text = (f"{name} has agreed to build a plant in Opole, the company said on Tuesday. The plant will cost €40 million, "
            f"{short} spokeswoman Ana Ruiz said.")
    extraction = extract_text(nlp, text)
    assert short not in {o.name for o in extraction.organizations}
    assert ("ana ruiz", "spokeswoman", entity_key(name)) in role_triples(extraction)


def test_funding_in_terms_signed_with_a_public_body_is_that_body_s_investment(nlp):
    text = ("Vantorra Semiconductor Inc. has also signed a preliminary memorandum of terms with the U.S. Department of "
            "Commerce for up to $90 million in CHIPS Act funding, which would be paid out only once milestones are met.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"u s department of commerce"}


def test_land_a_town_reserved_for_a_company_makes_them_partners(nlp):
    text = ("Norrmalm Stål AB has postponed construction of its iron plant in Gävle. Gävle municipality, which reserved 120 "
            "hectares of port land for Norrmalm in 2023, will hold the plot, said Johan Ek, its head of business development.")
    assert frozenset({"gavle municipality", "norrmalm stal"}) in partner_sets(extract_text(nlp, text))


def test_a_plant_apposed_after_an_adverbial_is_the_same_plant_refined_by_a_numbered_park(nlp):
    text = ("Hanmaru Foods Co. opened its first factory outside South Korea on Monday, a 2.4 trillion dong instant noodle "
            "plant in Bac Ninh province that will make its K-Fire range. The plant in the Yen Phong II industrial park was "
            "built by and will be run by Hanmaru Foods Vietnam Co., the group's local subsidiary.")
    plants = extract_text(nlp, text).plants
    assert [(p.operator, p.location) for p in plants] == [("hanmaru foods vietnam", "yen phong ii industrial park")]


def test_a_turkish_name_joined_by_ve_is_one_company_and_its_board_chair_works_for_it(nlp):
    text = ("The mill will be built by Sarıkaya Demir Çelik Sanayi ve Ticaret A.Ş. with an investment of 14 billion Turkish "
            "liras (approximately 355 million US dollars). Hüseyin Sarıkaya, Chairman of the Board of Sarıkaya Demir Çelik, "
            "said the mill will be the steelmaker's second.")
    extraction = extract_text(nlp, text)
    company = "sarıkaya demir celik sanayi ve ticaret"
    assert {o.key for o in extraction.organizations} == {company}
    assert ("huseyin sarıkaya", "chairman of the board", company) in role_triples(extraction)
    assert [(i.amount, i.currency, i.investor) for i in extraction.investments] == [(Decimal("14000000000"), "TRY", company)]


def test_an_amount_restated_as_equivalent_to_over_is_one_investment_and_a_cited_issuer_pays_nothing(nlp):
    text = ("Daesung Hi-Tech Materials Co., Ltd. received the investment certificate for a separator plant in Bac Giang. "
            "According to the certificate issued by the Bac Giang Industrial Zones Management Board, the said project has "
            "the total investment capital of USD 280 million (equivalent to over VND 7,100 billion).")
    investments = extract_text(nlp, text).investments
    assert [(i.amount, i.currency, i.investor) for i in investments] == [(Decimal("280000000"), "USD", "daesung hi tech materials")]


def test_the_post_listed_after_a_party_membership_is_the_one_held(nlp):
    text = ("Attending the ceremony were Mr. Tran Quoc Hung, Member of the Provincial Party Standing Committee, Chairman of "
            "the Bac Giang Provincial People's Committee; and Mr. Kim Tae-hoon, Chairman of Daesung Hi-Tech Materials.")
    triples = role_triples(extract_text(nlp, text))
    assert ("tran quoc hung", "chairman", "bac giang provincial people s committee") in triples
    assert not any(person == "tran quoc hung" and org == "provincial party standing committee" for person, _, org in triples)


def test_a_title_of_a_body_with_a_bracketed_abbreviation_before_the_name(nlp):
    text = ("The ceremony was attended by the Deputy Chairman of the Batam Indonesia Free Zone Authority (BP Batam), Ahmad "
            "Fauzi. BP Batam has allocated the land to PT Batam Hyperscale Data Nusantara, while state electricity company "
            "PT PLN (Persero) signed a power purchase agreement with the venture.")
    extraction = extract_text(nlp, text)
    assert ("ahmad fauzi", "deputy chairman", "batam indonesia free zone authority") in role_triples(extraction)
    assert {o.key for o in extraction.organizations} == {"batam indonesia free zone authority", "batam hyperscale data nusantara", "pln"}


def test_a_minister_with_a_portfolio_is_a_title_and_the_next_person_s_title_is_not_the_first_s(nlp):
    text = ("Ondarra Componentes Eléctricos S.A. will build a wiring plant in Tangier. The agreement was signed by the "
            "Minister of Industry and Trade, Mr. Youssef Alaoui, and the Chief Executive Officer of Ondarra, Mr. Iñigo "
            "Larrañaga. According to a statement of the Ministry of Industry and Trade, the plant will employ 2,400.")
    extraction = extract_text(nlp, text)
    assert "minister of industry and trade" not in {o.key for o in extraction.organizations}
    triples = role_triples(extraction)
    assert ("youssef alaoui", "minister of industry and trade", "ministry of industry and trade") in triples
    assert ("inigo larranaga", "chief executive officer", "ondarra componentes electricos") in triples


def test_a_title_s_portfolio_before_of_a_company_and_a_general_manager_before_a_name(nlp):
    text = ("Kaohsiung Advanced Packaging Technology Corp. (KAPT) is weighing a plant in Bac Ninh. Ms. Chen Yi-ting, Vice "
            "President for Global Operations of KAPT, said the company was in talks with Thang Long Electronics Corporation. "
            "Selçuklu Gıda General Manager Fatma Karaca said exports would rise.")
    extraction = extract_text(nlp, text)
    triples = role_triples(extraction)
    assert ("chen yi ting", "vice president for global operations", "kaohsiung advanced packaging technology") in triples
    assert any(person == "fatma karaca" and title == "general manager" for person, title, _ in triples)
    assert not any("global operations" in o.key for o in extraction.organizations)


def test_a_transcript_speaker_labelled_with_a_firm_is_its_analyst_and_no_partner(nlp):
    text = ("Southgate Data Centres Ltd will build a campus at Kemps Creek, chief financial officer Rebecca Lau said on the "
            "call.\n\nFernanda Lima, Cordilheira Investimentos: Can you carry Kemps Creek, Derrimut and a dividend at once?\n\n"
            "Rebecca Lau: Yes. The balance sheet allows it.\n\nFernanda Lima: And the hydrogen study?")
    extraction = extract_text(nlp, text)
    assert ("fernanda lima", "analyst", "cordilheira investimentos") in role_triples(extraction)
    assert {"Rebecca Lau", "Fernanda Lima"} <= {p.name for p in extraction.people}
    assert "fernanda" not in {o.key for o in extraction.organizations}
    assert not any("cordilheira investimentos" in p for p in partner_sets(extraction))


def test_buybacks_guided_spending_and_a_plan_s_assumed_capex_are_no_investments(nlp):
    text = ("Hanseong Energy Solutions Co., Ltd. will invest $2.1 billion in a second cell plant in Tennessee. Chief "
            "Financial Officer Park Min-jae guided capital spending of about 4.5 trillion won for 2026. The company also "
            "launched a €1 billion share buyback. \"Our medium-term plan assumes capital spending of ¥210 billion over three "
            "years,\" Park said.")
    assert [(i.amount, i.currency) for i in extract_text(nlp, text).investments] == [(Decimal("2100000000"), "USD")]


def _entities_fixed_from(nlp, text, start, end, label):
    """Run the pipeline up to kg_entities with the model's tag of words start..end replaced by ``label``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kg_entities":
            break
        doc = proc(doc)
    doc.ents = [Span(doc, start, end, label=label)]
    return [(e.text, e.label_) for e in nlp.get_pipe("kg_entities")(doc).ents]


def test_an_agency_named_after_its_country_is_no_person_and_a_licensee_follows_to(nlp):
    assert ("IDA Ireland", "ORG") in _entities_fixed_from(nlp, "IDA Ireland has approved an €18 million grant towards it.", 0, 2, "PERSON")
    text = "In January, Carrowmore licensed Glycora to Sakuraba Pharmaceutical Co., Ltd. for Japan."
    assert ("Sakuraba Pharmaceutical Co., Ltd.", "ORG") in _entities_fixed_from(nlp, text, 5, 12, "ORG")


def test_a_danish_co_operative_and_the_co_op_that_stands_for_it(nlp):
    text = ("Members of Vestjysk Mejeri amba voted on Wednesday to build a DKK 1.3 billion mozzarella plant in Holstebro, "
            "the Danish dairy co-operative said. Chairman Jens Kjærgaard said the co-op was in early talks with Italian "
            "cheesemaker Caseificio Valtidone S.p.A. about technical support.")
    extraction = extract_text(nlp, text)
    assert {"vestjysk mejeri", "caseificio valtidone"} <= {o.key for o in extraction.organizations}
    assert ("jens kjærgaard", "chairman", "vestjysk mejeri") in role_triples(extraction)
    assert [(i.investor, i.currency) for i in extraction.investments] == [("vestjysk mejeri", "DKK")]


def test_a_fund_s_name_cut_at_for_a_numbered_highway_and_a_named_programme(nlp):
    text = ("The agreement was also signed by Egypt's sovereign wealth fund, the Sovereign Fund of Egypt for Investment and "
            "Development (TSFE). The road connects the terminal with Federal Highway 85. The Polish Agency for Enterprise "
            "Development (PARP) has offered Medivita Pharma S.A. a grant of PLN 25 million from the European Funds for a "
            "Modern Economy programme.")
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {
        "sovereign fund of egypt for investment and development", "polish agency for enterprise development", "medivita pharma"}
    assert [i.investor for i in extraction.investments] == ["polish agency for enterprise development"]


def test_a_plant_introduced_with_its_cost_after_a_preposition_is_not_running(nlp):
    text = ("Korean component maker Sunjin Electronics Co. has received an investment registration certificate for a US$250 "
            "million camera module factory in Hai Phong, its second in Vietnam.")
    plants = extract_text(nlp, text).plants
    assert plants and all(p.status != "operating" for p in plants)


def test_an_ordinal_set_off_after_a_plant_describes_that_plant(nlp):
    text = ("Vistula Logistics S.A. will spend 420 million zloty on a cross-dock hub near Stryków, chief executive Tomasz "
            "Wierzbicki told analysts. Work on the hub, the Warsaw-listed group's second in the Łódź region, starts in June.")
    plants = extract_text(nlp, text).plants
    assert [(p.operator, p.location, p.ordinal) for p in plants] == [("vistula logistics", "strykow", 2)]


def test_the_towns_a_third_campus_comes_after_hold_the_earlier_campuses(nlp):
    text = ("Southgate Data Centres Ltd will build a A$2.4 billion campus at Kemps Creek. Kemps Creek, its third campus in the "
            "city after Silverwater and Macquarie Park, will have 180 MW of capacity when complete.")
    plants = extract_text(nlp, text).plants
    assert {(p.operator, p.location, p.status) for p in plants} >= {
        ("southgate data centres", "silverwater", "operating"), ("southgate data centres", "macquarie park", "operating")}
    quoted = ('Hanseong Cathode Co. will build a cathode plant in Pohang. "Pohang will be our second cathode plant after Ulsan," '
              'its chief executive said.')
    assert ("hanseong cathode", "ulsan") in {(p.operator, p.location) for p in extract_text(nlp, quoted).plants}


def test_the_cost_after_a_participle_on_what_a_company_builds_is_the_builder_s(nlp):
    text = ("Gulf Horizon Renewables Ltd. will develop a green ammonia plant in Sokhna. Under the framework agreement, the "
            "General Authority for the Suez Canal Economic Zone will allocate land for the plant, while the Egyptian "
            "Electricity Transmission Company will build a 220 kV transmission line linking the wind farms to the "
            "industrial zone at an estimated cost of EGP 3.1 billion.")
    investments = extract_text(nlp, text).investments
    assert [(i.investor, i.amount) for i in investments] == [("egyptian electricity transmission", Decimal("3100000000"))]


def test_an_indian_dairy_union_is_named_from_its_district(nlp):
    for district in ("Mehsana", "Sabarkantha"):  # the model cuts these two names in different places
        text = (f"In Gujarat, the {district} District Co-operative Milk Producers' Union Ltd said on Tuesday that its board "
                "had approved ₹650 crore for a milk powder plant at Palanpur.")
        extraction = extract_text(nlp, text)
        name = f"{district} District Co-operative Milk Producers' Union Ltd"
        assert {o.name for o in extraction.organizations} == {name}
        assert [i.investor for i in extraction.investments] == [name.replace("-", " ").replace("' Union Ltd", " union").lower()]


def test_an_ampersand_and_a_second_legal_form_join_a_name_the_model_split(nlp):
    text = "SHANGHAI, May 4 - Shandong Taihe Iron & Steel Group Co., Ltd. said on Monday it would build a coke plant in Rizhao."
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Shandong Taihe Iron & Steel Group Co., Ltd."}
    assert [p.operator for p in extraction.plants] == ["shandong taihe iron steel group"]
    assert not extraction.people
    text = "SHANGHAI, May 4 - Taihe Steel Group Co., Ltd. said on Monday it would build a coke plant in Rizhao."
    assert {o.name for o in extract_text(nlp, text).organizations} == {"Taihe Steel Group Co., Ltd."}


def test_money_a_company_has_spent_is_completed(nlp):
    text = ("Taihe Steel Group Co., Ltd. said it had spent about 320 million yuan on site preparation for the plant, which "
            "it will write off.")
    assert [(i.amount, i.status) for i in extract_text(nlp, text).investments] == [(Decimal("320000000"), "completed")]


def test_a_release_s_hereinafter_terms_are_aliases_and_its_new_plant_no_organisation(nlp):
    text = ('TOKYO, May 14, 2026 - Shirakawa Chemical Co., Ltd. hereby announces that its Board of Directors resolved at its '
            'meeting held today to construct a new plant for electronic-grade chemicals (hereinafter the "New Plant") in '
            'Kikuchi, Kumamoto Prefecture. The New Plant will be the Company\'s second plant after its existing plant in '
            'Yokkaichi. The New Plant will be built and operated by Shirakawa Fine Materials K.K. (hereinafter "SFM"), a '
            'wholly owned subsidiary of the Company. SFM will hire 200 people.')
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Shirakawa Chemical Co., Ltd.", "Shirakawa Fine Materials K.K."}
    assert {(p.operator, p.location) for p in extraction.plants} == {
        ("shirakawa fine materials", "kikuchi"), ("shirakawa chemical", "yokkaichi")}


def test_a_release_s_ticker_defined_deal_and_contact_line_name_no_organisation(nlp):
    text = ('TOKYO, June 10, 2026 - Hinata Pharmaceutical Co., Ltd. (TSE Prime: 4588; hereinafter "Hinata" or "the Company") '
            'announces that its Board of Directors resolved today to enter into a capital and business alliance (hereinafter '
            'the "Alliance") with Daeil Biologics Inc. (KOSDAQ: 281130; hereinafter "Daeil"). The Alliance gives the Company '
            'access to capacity at Daeil\'s plant in Osong.\n\nContact: Corporate Communications Department, Hinata '
            'Pharmaceutical Co., Ltd. Tel: +81-3-5555-0100\n')
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Hinata Pharmaceutical Co., Ltd.", "Daeil Biologics Inc."}
    assert partner_sets(extraction) == {frozenset({"hinata pharmaceutical", "daeil biologics"})}


def test_the_board_of_a_filing_is_no_organisation_and_a_contract_award_no_investment(nlp):
    text = ("Kaoping Circuit Technology Corp. announced the resolutions adopted at its board meeting on May 27, 2026.\n\n"
            "2. Award of main construction contract. The Board approved awarding the main building contract for the new "
            "plant to Huatai Engineering & Construction Co., Ltd., an unrelated party, for NT$5.3 billion.\n\n"
            "4. Capital increase in subsidiary. The Board approved a capital increase of US$80 million in its wholly owned "
            "subsidiary Kaoping Circuit (Vietnam) Co., Ltd.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {
        "Kaoping Circuit Technology Corp.", "Huatai Engineering & Construction Co., Ltd.", "Kaoping Circuit (Vietnam) Co., Ltd."}
    assert [i.amount for i in extraction.investments] == [Decimal("80000000")]


def test_a_comma_legal_form_ends_a_name_tagged_a_person_and_orders_sized_are_no_investment(nlp):
    text = ("Mirae Ocean Heavy Industries Co., Ltd. said on Thursday it had signed a contract with Tokyo-based shipping line "
            "Taiko Kisen Kaisha, Ltd. for four LNG carriers. Kim Yeon-seo, a shipbuilding analyst at Seohae Securities, put "
            "global newbuilding orders this year at about $130 billion.")
    extraction = extract_text(nlp, text)
    assert "Taiko Kisen Kaisha, Ltd." in {o.name for o in extraction.organizations}
    assert "taiko kisen kaisha" not in {p.key for p in extraction.people}
    assert not extraction.investments


def test_a_place_after_a_list_of_towns_says_where_the_towns_are(nlp):
    text = "Hoshizora Data Centers Inc. runs campuses in Mitaka and Tama in western Tokyo, with a combined 210 megawatts."
    plants = extract_text(nlp, text).plants
    assert {p.location for p in plants} == {"mitaka", "tama"}


def test_a_chinese_filing_s_phases_charter_and_management_committee(nlp):
    text = ('Anhui Ruineng New Energy (Group) Co., Ltd. (hereinafter referred to as "the Company") signed the Investment '
            'Agreement with the Management Committee of Wuhu Economic and Technological Development Area (hereinafter '
            'referred to as "the Management Committee"), under which the Company will build a battery production base '
            '(hereinafter "the Project") in the development area. Pursuant to the Articles of Association, the investment '
            'falls within the approval authority of the Board. Phase II will be launched according to market demand. The '
            'Management Committee will provide 800 mu of land. The Project will be the Group\'s second production base in '
            'Anhui Province, after its existing base in Chuzhou.')
    extraction = extract_text(nlp, text)
    kinds = {o.name: o.kind for o in extraction.organizations}
    assert kinds == {"Anhui Ruineng New Energy (Group) Co., Ltd.": "company",
                     "Management Committee of Wuhu Economic and Technological Development Area": "government"}
    assert ("anhui ruineng new energy group", "chuzhou") in {(p.operator, p.location) for p in extraction.plants}
    assert "project" not in {p.location for p in extraction.plants}


def test_a_total_after_its_parts_is_no_investment_of_its_own(nlp):
    text = ("Hanwol Cathode Co., Ltd. and Jiangxi Ruifeng Materials Co., Ltd. will form a venture to build a precursor plant "
            "in Gunsan. Hanwol will contribute 306 billion won and Ruifeng 294 billion won to the venture's initial equity of "
            "600 billion won.")
    amounts = sorted(i.amount for i in extract_text(nlp, text).investments)
    assert amounts == [Decimal("294000000000"), Decimal("306000000000")]


def test_chairman_of_the_board_before_a_name_is_a_title(nlp):
    text = ("Yung Feng Circuit Technology Corp. said it would build a plant in Kaohsiung. In a separate statement, Chairman "
            "of the Board Lin Cheng-hsiung said the Company had received long-term capacity commitments.")
    assert role_triples(extract_text(nlp, text)) == [("lin cheng hsiung", "chairman of the board", "yung feng circuit technology")]


def test_a_party_committee_in_an_official_s_titles_is_no_organisation(nlp):
    text = ("Mr. Le Van Minh, Secretary of the Provincial Party Committee, attended the ceremony with Kim Tae-hoon, chairman of "
            "Daesung Hi-Tech Materials.")
    assert {o.name for o in extract_text(nlp, text).organizations} == {"Daesung Hi-Tech Materials"}


def test_a_sentence_opening_word_the_story_also_writes_in_lower_case_is_no_name(nlp):
    text = ("Norrvik Stal AB will build a direct reduced iron plant in Lulea. Hydrogen will come from a 700 MW electrolyser "
            "that Bottenviken Kraft AB will run next to the hydrogen storage.")
    assert {o.name for o in extract_text(nlp, text).organizations} == {"Norrvik Stal AB", "Bottenviken Kraft AB"}


def test_sales_that_rose_to_an_amount_are_no_investment(nlp):
    text = ("Carrowmore Biologics plc reported second-quarter revenue of $1.42 billion, up 19%, as sales of its once-weekly "
            "diabetes injection Glycora rose to $610 million. It will spend $300 million on a fill-finish plant in Ringaskiddy.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("300000000")]


def test_a_stake_s_price_hung_on_a_clause_about_its_target_is_the_stake_taker_s(nlp):
    text = ("Mirae Ocean Heavy Industries Co., Ltd. is in talks to take a 49% stake in Nishikaze Zosen K.K., which runs a "
            "mid-sized yard in Sasebo, Nagasaki Prefecture, for about 30 billion yen, two people familiar with the talks said.")
    investments = extract_text(nlp, text).investments
    assert [(i.investor, i.amount) for i in investments] == [("mirae ocean heavy industries", Decimal("30000000000"))]


def test_a_party_a_decision_defines_is_the_company_named_before_it(nlp):
    text = ("The Union Cabinet on Wednesday approved a proposal from Kavach Semicon Private Limited (hereinafter \"Kavach\" or "
            "\"the Applicant\") to set up a semiconductor assembly and test unit in Sanand, Gujarat. \"The Applicant has already "
            "placed orders for the long-lead equipment,\" said Meera Iyer, joint secretary at the Ministry of Electronics and "
            "Information Technology.")
    assert {o.name for o in extract_text(nlp, text).organizations} == {
        "Union Cabinet", "Kavach Semicon Private Limited", "Ministry of Electronics and Information Technology"}


def test_a_plant_a_decision_defines_as_the_project_puts_no_place_named_project(nlp):
    text = ("The European Commission has approved a CZK 15.3 billion Czech measure to support Voltavia Cells s.r.o. "
            "(\"Voltavia\" or \"the Beneficiary\") in building a battery cell plant in Líně. According to the decision, the "
            "Beneficiary plans to invest €2.1 billion in the plant (the \"Project\").")
    extraction = extract_text(nlp, text)
    assert "Beneficiary" not in {o.name for o in extraction.organizations}
    assert {(p.operator, p.location) for p in extraction.plants} == {("voltavia cells", "line")}
    assert ("voltavia cells", Decimal("2100000000")) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_ministry_written_with_a_slash_and_an_acronym_has_the_acronym_as_alias(nlp):
    text = ("The Ministry of Investment and Downstream Industry/BKPM said the Ministry of Finance had granted a 15-year tax "
            "holiday, on BKPM's recommendation, to PT Baja Selat Sunda for its IDR 14.6 trillion hot-rolled coil mill in Cilegon.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {
        "Ministry of Investment and Downstream Industry/BKPM", "Ministry of Finance", "PT Baja Selat Sunda"}
    assert [i.investor for i in extraction.investments] == ["baja selat sunda"]


def test_a_hyphenated_title_before_a_comma_makes_the_name_a_person_with_a_role(nlp):
    text = ("The Eastern Economic Corridor Office said land-use clearances had been issued. \"Investors can break ground as "
            "soon as they hold their certificates,\" said its deputy secretary-general, Pimchanok Srisuk.")
    extraction = extract_text(nlp, text)
    assert "Pimchanok Srisuk" not in {o.name for o in extraction.organizations}
    assert role_triples(extraction) == [("pimchanok srisuk", "deputy secretary-general", "eastern economic corridor office")]


def test_the_company_applying_for_a_plant_runs_it(nlp):
    text = ("The board deferred its decision on a 3.1 billion baht application by Chao Phraya Agro Foods Co., Ltd. for a "
            "plant-based protein factory in Nakhon Pathom. Siam Kinetic Power Co., Ltd. will invest THB 6,840 million in a "
            "plant in the Pluak Daeng district of Rayong.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert plants == {("chao phraya agro foods", "nakhon pathom"), ("siam kinetic power", "pluak daeng")}


def test_the_tribunal_is_the_competition_tribunal_and_a_surname_with_particles_stays_whole(nlp):
    text = ("The Competition Tribunal has approved, subject to conditions, the acquisition of Vaalrand Foods (Pty) Ltd by "
            "Karoo Milling Holdings (Pty) Ltd from JSE-listed Thaba Agri Group Ltd for R2.35 billion, according to an order "
            "issued on 4 June. The conditions, which Karoo "
            "tendered and the Tribunal made binding, include a new pasta plant. Karoo Milling chief executive Pieter van der "
            "Walt said the transaction was expected to close by the end of July.")
    extraction = extract_text(nlp, text)
    assert {o.name: o.kind for o in extraction.organizations}["Competition Tribunal"] == "government"
    assert "Tribunal" not in {o.name for o in extraction.organizations} | {p.name for p in extraction.products}
    assert role_triples(extraction) == [("pieter van der walt", "chief executive", "karoo milling holdings pty")]
    assert frozenset({"karoo milling holdings pty", "thaba agri group"}) in partner_sets(extraction)


def test_a_directorate_s_seat_before_its_acronym_and_a_town_with_a_mayor(nlp):
    text = ("The Regional Directorate for Environmental Protection in Lublin (RDOŚ) has issued a decision on environmental conditions for Wieprz Cement "
            "S.A.'s plan to replace two ageing kilns at its Rejowiec Fabryczny cement works with a single kiln line. The "
            "company has applied to the National Fund for Environmental Protection and Water Management (NFOŚiGW) for PLN 300 "
            "million in support. Rejowiec Fabryczny mayor Piotr Zając said the town had waited years for the project.")
    extraction = extract_text(nlp, text)
    names = {o.name for o in extraction.organizations}
    assert "Regional Directorate for Environmental Protection in Lublin" in names and "Rejowiec Fabryczny" not in names
    assert {(p.operator, p.location) for p in extraction.plants} == {("wieprz cement", "rejowiec fabryczny")}
    assert [i.investor for i in extraction.investments] == ["national fund for environmental protection and water management"]


def test_a_buyer_of_a_plant_s_output_does_not_run_the_plant(nlp):
    text = ("The European Commission has approved a Czech measure to support Voltavia Cells s.r.o. in building a battery "
            "cell plant in Líně. Jana Kubíčková, chief executive of Voltavia, said the first cells were already sold: Moravec "
            "Automotive a.s. signed an agreement in October to buy cells from the Líně plant for its electric delivery vans.")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {("voltavia cells", "line")}


def test_a_total_of_amounts_told_before_and_equity_from_a_named_investor(nlp):
    text = ("Dhruvan Semicon Private Limited will set up a chip packaging unit in Sanand, Gujarat, with an investment of "
            "Rs 3,307 crore. Trivikram Electronics Limited will set up a power device fab in Bhubaneswar, Odisha, with an "
            "investment of Rs 1,287 crore. The two units together entail an investment of Rs 4,594 crore, the release said. "
            "Cumberland Graphite Materials LLC said the financing includes $310 million of new equity from Ridgeline "
            "Infrastructure Partners.")
    investments = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert investments == {("dhruvan semicon", Decimal("33070000000")), ("trivikram electronics", Decimal("12870000000")),
                           ("ridgeline infrastructure partners", Decimal("310000000"))}


def test_a_law_named_with_its_year_is_no_organisation(nlp):
    text = ("The council refused permission for a data centre campus at Baldonnell, finding that the application did not "
            "comply with the Planning and Development Act 2000. Liffeyside Digital Infrastructure Ltd said it would appeal.")
    assert {o.name for o in extract_text(nlp, text).organizations} == {"Liffeyside Digital Infrastructure Ltd"}


def test_land_allocated_under_a_usufruct_makes_the_zone_authority_a_partner(nlp):
    text = ("Egypt's Official Gazette on Wednesday published a decree of the General Authority for the Suez Canal Economic "
            "Zone (SCZONE) allocating 60,000 square metres in the Sokhna Industrial Zone to Nilecrest Pharmaceuticals S.A.E. "
            "under a 49-year usufruct. Nilecrest plans to invest US$95 million in a sterile injectables plant.")
    assert partner_sets(extract_text(nlp, text)) == {
        frozenset({"general authority for the suez canal economic zone", "nilecrest pharmaceuticals"})}


def test_the_company_whose_possessive_opens_an_amount_spends_it(nlp):
    text = ("The Development Authority of Bartow County on Tuesday approved a 20-year tax abatement for Cobalt Ridge Data "
            "Centers' planned $2.3 billion data center campus near Cartersville.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("cobalt ridge data centers", Decimal("2300000000"))]


def test_plural_plants_in_two_towns_each_with_its_province(nlp):
    text = ("Vaalrand Foods (Pty) Ltd operates maize and wheat mills in Vereeniging in Gauteng and Bethlehem in the Free "
            "State, and employs about 1,900 people.")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {
        ("vaalrand foods pty", "vereeniging"), ("vaalrand foods pty", "bethlehem")}


def test_the_fertiliser_company_is_the_one_whose_name_says_fertilisers(nlp):
    text = ("Officials put the combined value of the day's pledges at Rs 1.27 lakh crore. Sarvam Cell Technologies will "
            "invest Rs 18,500 crore in a cell plant at Sanand. Halvad Fertilisers Ltd will spend Rs 9,200 crore on a green "
            "ammonia complex near Kandla. Managing director Pooja Trivedi said the fertiliser company was in talks with "
            "Oslo-based Fjellstrand Hydrogen AS over electrolysers.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("pooja trivedi", "managing director", "halvad fertilisers")]
    assert partner_sets(extraction) == {frozenset({"fjellstrand hydrogen", "halvad fertilisers"})}
    assert sorted(i.amount for i in extraction.investments) == [Decimal("92000000000"), Decimal("185000000000")]


def test_the_company_later_in_a_deal_paragraph_is_the_one_it_opens_with(nlp):
    text = ("Hanseong Steel Co. and Al-Rimal Metals Company signed a memorandum to build a direct-reduced iron plant at Ras "
            "Al-Khair. Hanseong's chief executive, Park Dong-wook, signed for Hanseong.\n\n"
            "Daejin Energy Solutions signed an investment agreement with the Ministry of Investment for a battery-pack "
            "assembly plant at King Abdullah Economic City, worth SAR 2.4 billion. It will be the company's second plant "
            "outside South Korea.")
    extraction = extract_text(nlp, text)
    assert ("daejin energy solutions", "king abdullah economic city") in {(p.operator, p.location) for p in extraction.plants}
    assert [i.investor for i in extraction.investments] == ["daejin energy solutions"]


def test_a_description_reporting_after_the_news_is_the_company_the_news_opens_with(nlp):
    text = ("Coolabah Metals Ltd has agreed to sell a 30% interest in its Wirrilla copper project in Queensland to Japanese "
            "trading house Kanemaru Corp., which will fund A$620 million of construction costs in return, the Perth-based "
            "miner said on Wednesday.")
    doc = nlp(text)
    described = [m for m in doc._.kg_orgs if m.via == "description"]
    assert [(doc[m.start : m.end].text, m.key) for m in described] == [("the Perth-based miner", "coolabah metals")]


def test_what_a_supply_contract_is_worth_is_no_investment(nlp):
    text = ("Kericho Highlands Tea Ltd signed a three-year agreement to supply black tea to Souq Fresh Retail LLC, a "
            "supermarket chain with 60 stores. The contract is worth $36 million, according to Kenya's cabinet secretary for "
            "investments, trade and industry, Joseph Mwangi, who witnessed the signing.")
    extraction = extract_text(nlp, text)
    assert extraction.investments == ()
    assert partner_sets(extraction) == {frozenset({"kericho highlands tea", "souq fresh retail"})}


def test_a_name_whose_abbreviation_ends_the_sentence_is_still_the_object(nlp):
    text = ("Brisbane developer Corvane Energy Ltd plans an ammonia plant at Gladstone. Last week Corvane awarded a design "
            "contract to Perth engineering firm Tessaro Engineering Pty Ltd. The engineering work, worth about A$28 "
            "million, is due to be finished by October.")
    doc = nlp(text)
    ltd = next(t for t in doc if t.text == "Ltd.")
    assert (ltd.dep_, ltd.head.text) == ("pobj", "to")
    assert frozenset({"corvane energy", "tessaro engineering"}) in partner_sets(extract_text(nlp, text))


def test_the_founders_of_a_venture_formed_by_them_are_active_partners(nlp):
    text = ("The Board of Investment approved a 3.1 billion baht injectables plant in Pathum Thani to be built by SB Kozan "
            "Pharma Co., a joint venture formed last year by Siam BioPharma Plc and Japan's Kozan Pharmaceutical Co. The "
            "board also approved a circuit-board plant.")
    extraction = extract_text(nlp, text)
    assert {(frozenset(p.partners), p.status) for p in extraction.partnerships} == {
        (frozenset({"siam biopharma", "kozan pharmaceutical"}), "active")}


def test_a_translated_story_s_dateline_gloss_and_local_titles(nlp):
    text = ("KAMENZ. The foundry group Reinholt Präzisionsguss GmbH will build its second plant in Kamenz. The company's "
            "supervisory board (Aufsichtsrat) approved the project on Tuesday, Geschäftsführer Matthias Reinholt said.\n\n"
            "The town council voted to sell the land to the company. Oberbürgermeisterin Sabine Köhler called the sale "
            "the best decision this council has taken in years.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Reinholt Präzisionsguss GmbH"}
    assert ("sabine kohler", "oberbürgermeisterin") in {(person, title) for person, title, _ in role_triples(extraction)}
    assert "kamenz" in {p.key for p in extraction.places}


def test_a_turkish_company_name_runs_over_its_ve(nlp):
    text = ("Gediz Beyaz Eşya Sanayi ve Ticaret A.Ş., the İzmir-based maker of washing machines, is in talks with China's "
            "Ningbo Hengrui Compressor Co., Ltd. about a joint venture that would build a compressor plant in Manisa.")
    extraction = extract_text(nlp, text)
    assert "Gediz Beyaz Eşya Sanayi ve Ticaret A.Ş." in orgs(extraction)
    assert frozenset({"gediz beyaz esya sanayi ve ticaret", "ningbo hengrui compressor"}) in partner_sets(extraction)


def test_a_newspaper_a_translator_s_line_and_a_blended_short_name_are_handled(nlp):
    text = ("This report first appeared in Portuguese in the regional daily Gazeta do Cerrado.\n\n"
            "Cerrado Bioenergia Ltda. is building a corn-ethanol plant in Sorriso. Eliane Brandão, president of the "
            "Cooperativa Agroindustrial do Norte Mato-grossense (Coopernorte), said Coopernorte would supply the corn. "
            "\"We are ready,\" said Cerrado's diretor-presidente, Fábio Menegatti.\n\n"
            "(Translated from the Portuguese by the Industry Daily desk.)")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert set(found) == {"Cerrado Bioenergia Ltda", "Cooperativa Agroindustrial do Norte Mato-grossense"}
    assert found["Cooperativa Agroindustrial do Norte Mato-grossense"].aliases == ("Coopernorte",)
    assert ("fabio menegatti", "diretor-presidente", "cerrado bioenergia") in role_triples(extraction)


def test_a_title_left_in_its_language_before_its_bracketed_translation(nlp):
    text = ("Gediz Beyaz Eşya Sanayi ve Ticaret A.Ş. will build a plant in Manisa. \"Our customers want shorter delivery "
            "times,\" Gediz's genel müdür (general manager), Zeynep Arıkan, said in Manisa. Manisa's vali (provincial "
            "governor), Ahmet Kaya, said the province had become the white-goods capital of Turkey.")
    assert set(role_triples(extract_text(nlp, text))) == {
        ("zeynep arıkan", "genel müdür", "gediz beyaz esya sanayi ve ticaret"), ("ahmet kaya", "vali", None)}


def test_an_indonesian_short_form_keeps_its_pt_and_a_local_title_opens_a_name(nlp):
    text = ("The factory will be run by PT Langkah Jaya Footwear Indonesia, the local subsidiary of Chen Feng Footwear Co., "
            "Ltd. Its first factory, opened in Jepara in 2016 and also run by PT Langkah Jaya, employs 12,000 people. "
            "PT Langkah Jaya has signed a 30-year lease for 42 hectares with PT Kawasan Industri Terpadu Batang.\n\n"
            "Bupati Arif said the regency would open a vocational training programme.")
    extraction = extract_text(nlp, text)
    assert "PT Langkah Jaya" not in orgs(extraction) and "Bupati Arif" not in orgs(extraction)
    assert "PT Langkah Jaya" in orgs(extraction)["PT Langkah Jaya Footwear Indonesia"].aliases
    doc = nlp(text)
    assert "Arif" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_name_after_a_legal_form_merged_over_a_comma_does_not_break_the_document(nlp):
    text = ("The factory will be run by PT Langkah Jaya Footwear Indonesia, the local subsidiary of Chen Feng Footwear Co., "
            "Ltd. PT Langkah Jaya has signed a 30-year lease for 42 hectares with PT Kawasan Industri Terpadu Batang.")
    found = orgs(extract_text(nlp, text))
    assert {"PT Langkah Jaya Footwear Indonesia", "Chen Feng Footwear Co., Ltd."} <= set(found)


def test_a_short_form_leaves_out_an_italian_trade_word(nlp):
    text = ("Ceramiche Secchia S.p.A., the Fiorano Modenese tile maker, has agreed to buy a porcelain-tile plant in Onda "
            "from Azulejos Mijares S.A. for 38 million euros. The Onda plant will be Secchia's first outside Italy. "
            "Mijares keeps its other plant, in Vila-real.")
    found = orgs(extract_text(nlp, text))
    assert set(found) == {"Ceramiche Secchia S.p.A.", "Azulejos Mijares S.A."}
    assert found["Ceramiche Secchia S.p.A."].aliases == ("Secchia",)


def test_a_local_title_its_translation_and_a_family_name_first(nlp):
    text = ("Kikuchi Seimitsu K.K. will build a plant in Ōzu. In Ōzu, chōchō (town mayor) Hirata Shigeru welcomed the plan. "
            "\"This is a company that grew up in Kumamoto,\" Hirata said.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Kikuchi Seimitsu K.K."}
    assert role_triples(extraction) == [("hirata shigeru", "chōchō", None)]


def test_a_title_after_the_name_before_its_bracketed_translation(nlp):
    text = ("The Serikat Pekerja Nasional (SPN) union warned about the regional minimum wage. \"Investors come for that "
            "gap\", said Slamet Riyadi, ketua (chairman) of the union's Central Java branch.")
    assert [(person, org) for person, _, org in role_triples(extract_text(nlp, text))] == [("slamet riyadi", "serikat pekerja nasional")]


def test_a_place_name_runs_on_through_its_particle(nlp):
    text = "The group has run a smaller ethanol unit in Lucas do Rio Verde since 2019; others are in São José dos Campos."
    doc = nlp(text)
    assert {"Lucas do Rio Verde", "São José dos Campos"} <= {e.text for e in doc.ents if e.label_ == "GPE"}


def test_what_a_plant_is_valued_at_is_its_cost_not_a_company_valuation(nlp):
    text = ("Chen Feng Footwear Co. laid the first stone of its second shoe factory in Indonesia. The factory, to be run by "
            "its local subsidiary PT Langkah Jaya Footwear Indonesia, is valued at Rp 2,1 triliun (around US$134 million), "
            "which the Taichung-based parent will finance in full. The deal values Chen Feng at $900 million.")
    assert [(i.amount, i.currency) for i in extract_text(nlp, text).investments] == [(Decimal("2100000000000"), "IDR")]


def test_a_province_s_realised_investment_is_no_investment(nlp):
    text = ("Chen Feng Footwear Co. will invest Rp 2,1 triliun in a shoe factory in Batang. Central Java recorded Rp 64 "
            "triliun of realised investment in the first half of this year, according to the provincial investment office.")
    assert [(i.amount, i.currency) for i in extract_text(nlp, text).investments] == [(Decimal("2100000000000"), "IDR")]


def test_a_town_before_a_lower_case_town_council_names_the_body(nlp):
    text = ("The foundry group Reinholt Präzisionsguss GmbH will build its second plant in Kamenz. The Kamenz town council "
            "(Stadtrat) voted 19 to 3 last Thursday to sell the land to the company for 2,1 Mio. Euro.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Kamenz town council"].kind == "government"
    assert frozenset({"kamenz town council", "reinholt prazisionsguss"}) in partner_sets(extraction)


def test_a_district_head_or_a_state_secretary_has_no_town_council_or_state_bank_as_employer(nlp):
    text = ("The foundry group Reinholt Präzisionsguss GmbH will build its second plant in Kamenz. The Kamenz town council "
            "voted to sell the land to the company. The Sächsische Aufbaubank (SAB), the state development bank, has "
            "approved a grant of 9,3 Mio. Euro. Staatssekretär Dirk Wendler handed over the grant notice in Kamenz on "
            "Tuesday. Landrat Henning Ruprecht spoke of \"a signal for the whole district\".")
    triples = role_triples(extract_text(nlp, text))
    assert ("dirk wendler", "staatssekretär", None) in triples
    assert ("henning ruprecht", "landrat", None) in triples


def test_a_ministry_that_issues_a_certificate_for_a_project_is_no_investor_and_a_currency_no_company(nlp):
    text = ("Gediz Beyaz Eşya Sanayi ve Ticaret A.Ş. will build a new dishwasher plant in Manisa. The Ministry of Industry "
            "and Technology issued an investment incentive certificate on Tuesday for the 3,2 milyar TL project, the "
            "company announced.")
    extraction = extract_text(nlp, text)
    assert "TL" not in orgs(extraction)
    [investment] = extraction.investments
    assert (investment.amount, investment.currency) == (Decimal("3200000000"), "TRY")
    assert investment.investor == orgs(extraction)["Gediz Beyaz Eşya Sanayi ve Ticaret A.Ş."].key


NEWSLETTER = (
    "Good morning. Three deals this week.\n\n"
    "• Daesan votes for Hungary. Daesan Materials Co., the South Korean cathode maker, said on Tuesday that its board "
    "had approved a second European cathode plant, at Nyíregyháza in eastern Hungary, at a cost of €450m. The plant "
    "will supply Kestrel Cells. Daesan has talked about Hungary for eighteen months.\n\n"
    "• Recycling talks in Nevada. Sierra Loop Recycling Inc. and Japan's Hoshino Metals are in talks to form a joint "
    "venture that would spend about $600m on a black-mass refinery near Reno, Nevada. Sierra Loop would hold 60%.\n\n"
    "• Nordavia pulls the plug. Nordavia Battery AS said on Wednesday that it had scrapped its planned anode plant at "
    "Herøya, Norway. The firm will write down NOK 700 million. Chief executive Lars Eikeland said the company would "
    "\"keep the site for better times\".\n")


def test_a_newsletter_item_s_headline_names_its_company_before_the_full_name(nlp):
    found = orgs(extract_text(nlp, NEWSLETTER))
    assert "Daesan" not in found
    assert "Daesan" in found["Daesan Materials Co."].aliases


def test_a_newsletter_item_s_speaker_and_the_company_speak_for_the_item_s_company(nlp):
    assert ("lars eikeland", "chief executive", "nordavia battery") in role_triples(extract_text(nlp, NEWSLETTER))


def test_money_no_one_is_said_to_put_up_is_paid_by_the_item_s_company_not_the_story_s(nlp):
    extraction = extract_text(nlp, NEWSLETTER)
    investors = {i.amount: i.investor for i in extraction.investments}
    assert investors[Decimal("600000000")] == orgs(extraction)["Sierra Loop Recycling Inc."].key


def test_the_authority_that_approved_a_project_for_incentives_is_no_investor_of_it(nlp):
    text = ("Corvane Systems Inc. broke ground yesterday on its third plant in Malaysia. The RM1.8 billion (US$400 million) "
            "project has been approved for incentives by the Malaysian Investment Development Authority (MIDA).")
    extraction = extract_text(nlp, text)
    [investment] = extraction.investments
    assert investment.investor == orgs(extraction)["Corvane Systems Inc."].key


def test_a_heading_line_names_no_plant_of_its_own(nlp):
    text = ("Three deals this week, and a prediction.\n\n"
            "2. Corvane's third Penang plant\n\n"
            "Corvane Systems Inc., the Arizona-based test house, broke ground yesterday on its third plant in Malaysia, "
            "at Batu Kawan, Penang.")
    assert len(extract_text(nlp, text).plants) == 1


DIGEST = (
    "This week's digest: three announcements.\n\n"
    "Coffee: Café Serra Dourada doubles capacity\n\n"
    "Brazilian coffee exporter Café Serra Dourada Ltda has started building its second soluble-coffee plant, at "
    "Varginha, the company said on Monday. Café Serra Dourada says its first plant, in Patrocínio, is full.\n\n"
    "Confectionery: Lindqvist buys a Polish chocolate plant\n\n"
    "Sweden's Lindqvist Konfektyr AB has agreed to buy the chocolate plant of Słodka Dolina S.A. in Bielsko-Biała "
    "for PLN 310 million, the two companies said on Tuesday.\n\n"
    "Pasta: a golden licence in Egypt\n\n"
    "Nile Crest Food Industries received a golden licence on Sunday for a pasta plant in Sadat City. Italian "
    "equipment maker Fabbri Meccanica will supply the production lines under a contract signed the same day.\n")


def test_a_digest_item_s_deals_are_its_own_company_s_not_the_story_s(nlp):
    found = partner_sets(extract_text(nlp, DIGEST))
    assert frozenset({"lindqvist konfektyr", "słodka dolina"}) in found
    assert frozenset({"fabbri meccanica", "nile crest food industries"}) in found
    assert not any("cafe serra dourada" in pair for pair in found)


def test_a_newsletter_s_sponsor_and_subscription_lines_are_clutter(nlp):
    text = ("Forwarded this email? Sign up for Voltline Weekly here.\n\n"
            "Daesan Materials Co. said on Tuesday that its board had approved a cathode plant in Hungary.\n\n"
            "This issue is sponsored by Gridmark, the battery-materials price tracker.\n\n"
            "The Die Shot is reader-supported. Consider becoming a paid subscriber.\n\n"
            "You are receiving this because you subscribed to Kestrel Insights. Unsubscribe")
    assert set(orgs(extract_text(nlp, text))) == {"Daesan Materials Co."}


def test_a_registered_company_after_at_is_no_place_and_a_union_keeps_its_members_possessive(nlp):
    text = ("Comrades,\n\nManagement at Kariega Components (Pty) Ltd told shop stewards on Thursday that the company will "
            "build a R450 million wiring-harness plant in the Coega Special Economic Zone and move work there from its "
            "Gqeberha factory over two years. The Eastern Cape Motor Components Workers' Union has opened talks with "
            "the company on transfers, transport and the 310 jobs at Gqeberha.")
    extraction = extract_text(nlp, text)
    assert {"Kariega Components (Pty) Ltd", "Eastern Cape Motor Components Workers' Union"} <= set(orgs(extraction))
    [investment] = extraction.investments
    assert investment.investor == orgs(extraction)["Kariega Components (Pty) Ltd"].key


def test_a_currency_before_an_amount_is_no_plant_s_place(nlp):
    text = ("Savanna Cold Chain Ltd opened its second cold-storage warehouse on Monday, at Athi River on the edge of "
            "Nairobi. The KSh 1.3 billion (about $10 million) facility can hold 12,000 pallets of dairy products.")
    extraction = extract_text(nlp, text)
    assert [p.label for p in extraction.plants] == ["Savanna Cold Chain Ltd's second Athi River warehouse"]


def test_a_grid_battery_with_its_megawatts_is_a_plant(nlp):
    text = ("Kurrajong Energy Pty Ltd switched on its 200-megawatt battery near Horsham, its first in Victoria, on 15 July. "
            "The A$290 million battery was built with a A$25 million grant from the Australian Renewable Energy Agency. "
            "Its lithium-ion battery cells come from China.")
    extraction = extract_text(nlp, text)
    assert [(p.kind, p.status) for p in extraction.plants] == [("battery", "operating")]
    investors = {i.amount: i.investor for i in extraction.investments}
    assert investors[Decimal("290000000")] == orgs(extraction)["Kurrajong Energy Pty Ltd"].key


def test_what_a_state_attracted_is_a_tally_not_an_investment(nlp):
    text = ("Stratus Edge Pty Ltd plans to invest A$850 million in a data centre campus at Derrimut. In the first half of "
            "2025 the state attracted A$3.2 billion of committed investment, said Minister for Economic Growth Danielle Hartigan.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("850000000")]


def test_a_place_before_a_company_word_is_a_company_s_name(nlp):
    text = ("Oberlin Pharma is in talks to buy a fill-finish plant in Carlow from Estrada Pharma for about €90m, according "
            "to two people familiar with the talks. Estrada put the plant up for sale in the spring.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Oberlin Pharma", "Estrada Pharma"}
    assert frozenset({"oberlin pharma", "estrada pharma"}) in partner_sets(extraction)


def test_a_firm_appointed_to_design_a_plant_works_for_its_owner(nlp):
    text = ("Halcyon Biologics will build its second European manufacturing site in Ringaskiddy, County Cork. Crannóg "
            "Engineering Ltd, a Dublin-based engineering firm, has been appointed to design the plant.")
    assert frozenset({"halcyon biologics", "crannog engineering"}) in partner_sets(extract_text(nlp, text))


def test_a_mexican_legal_form_after_a_comma_takes_the_untagged_name_before_it(nlp):
    text = ("MONTERREY — Grupo Logístico Arrecife, S.A. de C.V. said on Wednesday that it will build a logistics park at "
            "Apodaca. The developer also signed an agreement with Palisade Industrial Partners.")
    assert "Grupo Logístico Arrecife, S.A. de C.V." in orgs(extract_text(nlp, text))


def test_a_run_in_heading_names_the_item_s_company(nlp):
    text = ("Larchmont Climate Ventures sent its limited partners its quarterly letter on Monday.\n\n"
            "Andes Hydrolytics. The Chilean electrolyser developer reached financial close on 30 September on its first "
            "commercial plant, an $85 million green hydrogen plant at Mejillones.")
    extraction = extract_text(nlp, text)
    assert "Andes Hydrolytics" in orgs(extraction)
    assert [i.investor for i in extraction.investments] == [orgs(extraction)["Andes Hydrolytics"].key]


def test_money_put_into_a_funding_round_makes_investor_and_company_partners(nlp):
    text = ("Brightwater Capital invested $30 million in Sunkiln Solar Pvt Ltd in August as part of a Series A round. "
            "Larchmont Climate Ventures put $25 million into Sunkiln Solar's Series B in July.")
    partners = partner_sets(extract_text(nlp, text))
    assert frozenset({"brightwater capital", "sunkiln solar"}) in partners
    assert frozenset({"larchmont climate ventures", "sunkiln solar"}) in partners


def test_a_managing_partner_is_a_person_not_a_partner_company(nlp):
    text = ("Larchmont Climate Ventures backs hardware companies. \"We were early on Polar Graphite,\" managing partner "
            "Elise Vandermeer wrote.")
    extraction = extract_text(nlp, text)
    assert ("elise vandermeer", "managing partner", orgs(extraction)["Larchmont Climate Ventures"].key) in role_triples(extraction)


def test_a_transcript_s_labels_are_no_names_and_a_speaker_s_we_is_their_company(nlp):
    text = ("HOST: My guest tonight is Maria Oyelaran, chief executive of Adunni Mills Plc. Maria, welcome.\n\n"
            "MARIA OYELARAN: Thank you. This afternoon our board approved a forty-five billion naira pasta plant at Agbara.\n\n"
            "HOST: And the Kano mill?\n\n"
            "MARIA OYELARAN: The Kano one stays exactly as it is. We signed a land lease with the Ogun State Government in January.")
    extraction = extract_text(nlp, text)
    adunni = orgs(extraction)["Adunni Mills Plc"].key
    assert set(orgs(extraction)) == {"Adunni Mills Plc", "Ogun State Government"}
    assert [(i.amount, i.currency, i.investor) for i in extraction.investments] == [(Decimal("45000000000"), "NGN", adunni)]
    assert frozenset({adunni, orgs(extraction)["Ogun State Government"].key}) in partner_sets(extraction)


def test_an_interviewee_s_lease_standing_supplier_and_answer_on_money(nlp):
    text = ("HOST: My guest is Maria Oyelaran, chief executive of Adunni Mills Plc.\n\n"
            "HOST: How much money are we talking about?\n\n"
            "MARIA OYELARAN: About forty... sorry, forty-five billion naira. That's phase one.\n\n"
            "HOST: Where does the wheat come from?\n\n"
            "MARIA OYELARAN: Harmattan Grain Logistics has handled our shipments through Apapa for years. The Ogun State "
            "Government gave us the land on a long lease.")
    extraction = extract_text(nlp, text)
    adunni = orgs(extraction)["Adunni Mills Plc"].key
    assert [(i.amount, i.investor) for i in extraction.investments] == [(Decimal("45000000000"), adunni)]
    statuses = {frozenset(p.partners): p.status for p in extraction.partnerships}
    assert statuses[frozenset({adunni, orgs(extraction)["Harmattan Grain Logistics"].key})] == "active"
    assert frozenset({adunni, orgs(extraction)["Ogun State Government"].key}) in statuses


def test_titles_in_a_chain_of_copulas_go_to_their_own_people(nlp):
    text = ("Marcus Tan is chief executive of Meridian Biologics, Aditi Raman is chief operating officer of Sarvana Pharma, "
            "and Tomás Kehoe is head of operations at Corrib Sterile Solutions.")
    extraction = extract_text(nlp, text)
    assert ("aditi raman", "chief operating officer", orgs(extraction)["Sarvana Pharma"].key) in role_triples(extraction)


def test_a_name_owning_a_first_plant_is_a_company(nlp):
    text = ("Verdelha Bioquímica's first commercial plant will not start up before 2028, chief executive Renata "
            "Albuquerque said.")
    extraction = extract_text(nlp, text)
    assert "Verdelha Bioquímica" in orgs(extraction)
    assert [p.name for p in extraction.people] == ["Renata Albuquerque"]


def test_a_heading_with_a_colon_is_no_speaker_label(nlp):
    text = ('Asia Biomanufacturing Summit, Singapore. Panel: "Capacity where it counts." Transcript excerpt.\n\n'
            "MODERATOR: Marcus Tan is chief executive of Meridian Biologics. Marcus, your Tuas plant?\n\n"
            "MARCUS TAN: The steel is up, and we expect the first batches in 2026.")
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Marcus Tan"]
    assert set(orgs(extraction)) == {"Meridian Biologics"}


def test_an_interviewer_s_your_is_the_company_of_who_answers(nlp):
    doc = nlp("MODERATOR: Marcus Tan is chief executive of Meridian Biologics, Aditi Raman is chief operating officer of "
              "Sarvana Pharma, and Tomás Kehoe is head of operations at Corrib Sterile Solutions.\n\n"
              "MODERATOR: Aditi, your Visakhapatnam plant. When does it open?\n\n"
              "ADITI RAMAN: It goes to our board in the autumn.\n\n"
              "MARCUS TAN: And I'd add that Meridian is hiring.")
    meant = {doc[m.start].lower_: m.key for m in doc._.kg_orgs if m.via == "pronoun" and doc[m.start].lower_ in ("your", "our")}
    assert meant == {"your": "sarvana pharma", "our": "sarvana pharma"}


def test_a_fireside_chat_s_cheque_bare_price_and_offtake(nlp):
    text = ("Owen Akande, a partner at Northgate Climate Ventures, in conversation with Sofia Marchetti, founder and chief "
            "executive of Calyx Minerals.\n\n"
            "OWEN AKANDE: Northgate led Calyx's Series B last year, and our cheque was twenty-five million US.\n\n"
            "SOFIA MARCHETTI: The big one is Fort Saskatchewan. Our first commercial plant. Two hundred and sixty million Canadian.\n\n"
            "OWEN AKANDE: Who's buying?\n\n"
            "SOFIA MARCHETTI: Prairie Cement Co. signed a ten-year offtake for, basically, the whole plant.")
    extraction = extract_text(nlp, text)
    names = {o.key: o.name for o in extraction.organizations}
    assert {(i.amount, i.currency, names[i.investor]) for i in extraction.investments} == {
        (Decimal("25000000"), "USD", "Northgate Climate Ventures"), (Decimal("260000000"), "CAD", "Calyx Minerals")}
    assert frozenset({"calyx minerals", "prairie cement"}) in partner_sets(extraction)


def test_a_bare_amount_in_written_news_is_no_investment(nlp):
    text = "Calyx Minerals opened its first commercial plant. Two hundred and sixty million Canadian."
    assert extract_text(nlp, text).investments == ()


def test_a_committee_hearing_s_numbered_questions_port_lessor_and_agency(nlp):
    text = ("Witness: Gareth Lloyd, chief operating officer, Tarbert Subsea Cables Ltd.\n\n"
            "Q113 Chair: How much has been spent so far?\n\n"
            "Gareth Lloyd: About forty million pounds.\n\n"
            "Q114 Ewan Crichton: And public money?\n\n"
            "Gareth Lloyd: Highlands and Islands Enterprise approved eighteen million pounds of grant in 2023. We lease the "
            "site from the Port of Cromarty Firth, a forty-year lease.")
    extraction = extract_text(nlp, text)
    names = {o.key: o.name for o in extraction.organizations}
    assert set(names.values()) == {"Tarbert Subsea Cables Ltd.", "Highlands and Islands Enterprise", "Port of Cromarty Firth"}
    assert {(i.amount, names[i.investor]) for i in extraction.investments} == {
        (Decimal("40000000"), "Tarbert Subsea Cables Ltd."), (Decimal("18000000"), "Highlands and Islands Enterprise")}
    assert frozenset({"tarbert subsea cables", "port of cromarty firth"}) in partner_sets(extraction)


def test_that_is_our_second_plant_names_the_plant_just_announced(nlp):
    text = ("Vantor Drive Systems Inc. will spend $380 million on a new e-motor plant in Ramos Arizpe, Coahuila. "
            "That is our second plant in Mexico, chief executive Rebecca Stroud said.")
    extraction = extract_text(nlp, text)
    assert [(p.ordinal, p.status) for p in extraction.plants] == [(2, "planned")]


def test_a_venture_named_after_its_partner_is_no_partner_of_its_parents(nlp):
    text = ("The following interview with Kobayashi Haruto, president of Shirane Chemical Industries, was conducted in "
            "Japanese in Tokyo and translated.\n\n"
            "KOBAYASHI: It is a high-purity process chemicals plant in Dholera. Our joint venture with Vardhan Industries, "
            "Vardhan Shirane Specialty Chemicals, will own it and run it. The venture will invest about forty billion yen.\n\n"
            "Q: Who will buy?\n\n"
            "KOBAYASHI: Sabarmati Semiconductor is building its fab in Dholera, and the venture signed a supply agreement with them in June.")
    extraction = extract_text(nlp, text)
    venture = orgs(extraction)["Vardhan Shirane Specialty Chemicals"].key
    assert [i.investor for i in extraction.investments] == [venture]
    partners = partner_sets(extraction)
    assert frozenset({"shirane chemical industries", "vardhan industries"}) in partners
    assert frozenset({venture, "sabarmati semiconductor"}) in partners


def test_our_joint_venture_with_a_partner_named_after_it_signs_for_itself(nlp):
    text = ("Press conference, Rabat. Speakers: Park Ji-hoon, chief executive of Daeyang Materials Co.; Ahmed Benkirane, "
            "managing director of Tafilalt Chemicals.\n\n"
            "PARK JI-HOON: This morning our joint venture with Tafilalt Chemicals, Daeyang Tafilalt Cathode SA, signed the "
            "investment agreement for its cathode plant in Kenitra with the Ministry of Industry and Trade.\n\n"
            "REPORTER (Yonhap): There are reports that Veloria Motors will buy the output. Can you confirm?\n\n"
            "PARK JI-HOON: We are talking to several customers. I can't confirm names.")
    extraction = extract_text(nlp, text)
    partners = partner_sets(extraction)
    venture = orgs(extraction)["Daeyang Tafilalt Cathode SA"].key
    assert frozenset({"daeyang materials", "tafilalt chemicals"}) in partners
    assert frozenset({venture, orgs(extraction)["Ministry of Industry and Trade"].key}) in partners
    assert not any("veloria motors" in p for p in partners)


def test_a_company_in_a_speaker_s_label_and_an_interviewee_s_answers(nlp):
    labelled = ("Halvorsen Energi AS and Nordvolt Cells AB both bid for the site. Halvorsen Energi AS lost.\n\n"
                "HOST: Anna, the new plant. How much?\n\n"
                "ANNA BERG (Nordvolt Cells AB): We will invest about two billion euros in our plant at Skellefteå.\n\n"
                "HOST: Thank you. Halvorsen Energi AS declined to comment.")
    doc = nlp(labelled)
    assert {doc[m.start].lower_: m.key for m in doc._.kg_orgs if m.via == "pronoun"} == {"we": "nordvolt cells", "our": "nordvolt cells"}
    answered = ("Lindqvist Packaging AB buys much of the output. The following interview with Kobayashi Haruto, president "
                "of Shirane Chemical Industries, was conducted in Tokyo. Lindqvist Packaging AB was not part of it.\n\n"
                "Q: Tell us about the plant.\n\n"
                "A: It is a chemicals plant in Dholera. We will invest about forty billion yen in our plant.")
    assert [i.investor for i in extract_text(nlp, answered).investments] == ["shirane chemical industries"]


def test_a_tv_segment_s_region_and_a_reporter_s_rumour_name_no_organisations(nlp):
    text = ("PRESENTER: Now to the Ohio Valley, where Carrow Steel announced today it will spend about one-point-four "
            "billion dollars converting its Steubenville mill to electric arc furnaces.\n\n"
            "REPORTER (Yonhap): There are reports that Veloria Motors will buy the steel. Can you confirm?\n\n"
            "Helen Park, a Carrow Steel spokeswoman, said the company would not comment.")
    assert set(orgs(extract_text(nlp, text))) == {"Carrow Steel"}


def test_a_bare_name_answer_is_a_company_and_them_is_it(nlp):
    text = ("Members present: Fiona Rennie MP (Chair), Ewan Crichton MP.\n\n"
            "Witness: Gareth Lloyd, chief operating officer, Tarbert Subsea Cables Ltd.\n\n"
            "Q114 Ewan Crichton: You say anchor order. Whose order?\n\n"
            "Gareth Lloyd: Caledonia Offshore Wind. We signed the export cable contract with them in December.\n\n"
            "Q115 Ewan Crichton: And the power?\n\n"
            "Gareth Lloyd: Ebro Renovables. We signed the PPA with them last week.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Tarbert Subsea Cables Ltd.", "Caledonia Offshore Wind", "Ebro Renovables"}
    partners = partner_sets(extraction)
    assert frozenset({"tarbert subsea cables", "caledonia offshore wind"}) in partners
    assert frozenset({"tarbert subsea cables", "ebro renovables"}) in partners
    assert "ewan crichton" in {p.name.lower() for p in extraction.people}


def test_a_demonstration_unit_is_a_plant_of_its_own(nlp):
    text = ("Verdelha Bioquímica will build a bio-based glycol plant at Suape. Verdelha has run a small demonstration unit "
            "in Campinas, in São Paulo state, since 2021.")
    extraction = extract_text(nlp, text)
    places = {p.key: p.name for p in extraction.places}
    assert ("Campinas", "operating") in {(places.get(p.location), p.status) for p in extraction.plants}


def test_the_place_hung_on_the_goods_a_plant_makes_is_the_plants(nlp):
    text = ("Hanseong Motion Parts Co. said on Monday it would build a factory for aluminium motor housings and inverter "
            "casings in Debrecen, its second plant in Hungary. The Korean company will spend 48 billion forints on the site.")
    extraction = extract_text(nlp, text)
    places = {p.key: p.name for p in extraction.places}
    assert [(places.get(p.location), p.ordinal) for p in extraction.plants] == [("Debrecen", 2)]


def test_a_zone_named_after_its_town_is_the_same_plant_site(nlp):
    text = ("Istanbul-based medical device maker Medikor will build a 2.4 billion lira plant for intravenous catheters in "
            "the Gebze Organised Industrial Zone in Kocaeli province, the company said on Tuesday.\n\n"
            "Medikor said the Gebze plant would double its output and create 350 jobs.")
    assert len(extract_text(nlp, text).plants) == 1


def test_a_pasted_web_page_s_menus_lists_captions_and_comments_are_clutter(nlp):
    text = ("Skip to main content\n\nWe value your privacy. We and our 214 partners use cookies. Accept all | Reject all\n\n"
            "THE NATIONAL CHRONICLE\nNews | Business | Politics | Sport\nBusiness > Industry > Manufacturing\n\n"
            "Halvergate Metals will build a £310m battery recycling plant at Wilton, near Redcar, the company said on Monday.\n\n"
            "An artist's impression of the planned plant at Wilton. Photograph: Tolland Construction\n\n"
            "This article was amended on 11 March 2025. An earlier version gave the cost as £24m.\n\n"
            "Most viewed\n1. Castlemoor Brewery to shut Burton bottling hall\n2. Pennine Steel in talks with Indian buyer\n\n"
            "Comments (41)\nRedcarRob: They said the same about the gigafactory Brightvolt promised at Seal Sands.\n\n"
            "© 2025 The National Chronicle | Terms | Privacy | Cookies")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Halvergate Metals"}
    assert [(i.amount, i.currency) for i in extraction.investments] == [(Decimal("310000000"), "GBP")]
    assert len(extraction.plants) == 1


def test_an_unplaced_name_that_builds_is_a_company_wherever_the_model_took_it_for_a_place(nlp):
    text = ("Aerolámina to build €95m offshore blade plant in As Pontes\n\n"
            "Aerolámina will build a €95 million plant in As Pontes, Galicia, to make blades for offshore wind turbines, "
            "the company said on Thursday. The factory, its second after Tudela, will employ 300 people from 2027.\n\n"
            "A blade leaves Aerolámina's Tudela plant.")
    extraction = extract_text(nlp, text)
    assert "aerolamina" in {o.key for o in extraction.organizations}
    assert [i.investor for i in extraction.investments] == ["aerolamina"]


def test_a_site_weighed_and_turned_down_is_no_plant(nlp):
    text = ("Aster Protein Ingredients Ltd. says it will spend C$260 million on a plant near Saskatoon.\n\n"
            '"We looked hard at a site in North Dakota, but the peas are here, and the province made it easy to say yes," '
            "said Aster's chief executive, Marc-André Lévesque.")
    places = {p.key: p.name for p in extract_text(nlp, text).places}
    assert "North Dakota" not in {places.get(p.location) for p in extract_text(nlp, text).plants}


def test_a_product_sold_under_a_name(nlp):
    text = ("Aster Protein Ingredients Ltd. will build a pea protein plant near Saskatoon. Aster will sell the isolate "
            "under the name PulseCore, and Bramblewood Foods has agreed to take a third of it.")
    assert "PulseCore" in {p.name for p in extract_text(nlp, text).products}


def test_a_plant_in_the_standfirst_is_the_one_the_story_introduces(nlp):
    from kg.extract import extraction_from_doc
    from kg.ingest import read_file

    page = read_file(Path(__file__).parent.parent / "corpus" / "articles" / "dc-halvergate-wilton-battery-recycling.md")
    extraction = extraction_from_doc(nlp(page.text), page)
    places = {p.key: p.name for p in extraction.places}
    assert [places.get(p.location) for p in extraction.plants].count("Wilton") == 1


def test_the_plant_is_the_story_s_not_one_told_of_in_a_clause_about_another_company(nlp):
    text = ("Halvergate Metals will build a £310m plant to recover lithium at Wilton, the company said on Monday.\n\n"
            "Halvergate has signed a ten-year supply agreement with Corvane Automotive, whose Sunderland car plant will "
            "send production scrap to Teesside. Ashlow Cathode Materials, which is building a cathode factory in Blyth, "
            "has agreed to buy half of the plant's recovered nickel and cobalt.")
    partners = partner_sets(extract_text(nlp, text))
    assert frozenset({"ashlow cathode materials", "halvergate metals"}) in partners
    assert frozenset({"ashlow cathode materials", "corvane automotive"}) not in partners


def test_a_long_headline_s_short_name_is_the_full_name_the_body_gives(nlp):
    text = ("Sahyadri Organics, Japan's Kirishima to set up ₹1,450-crore silicones plant at Dahej\n\n"
            "Pune-based Sahyadri Organics Ltd and Japan's Kirishima Chemical Industries on Monday signed a joint venture "
            "agreement to build a ₹1,450-crore specialty silicones plant at Dahej in Gujarat's Bharuch district. "
            "Kirishima will license its silicone emulsion process to the venture.")
    keys = {o.key for o in extract_text(nlp, text).organizations}
    assert "kirishima chemical industries" in keys and "kirishima" not in keys


def test_a_name_ending_in_an_undotted_mexican_legal_form_is_whole(nlp):
    text = ("The plant in Salinas Victoria, north of Monterrey, will be run by the group's local unit, Seorin Autotech "
            "Mexico SA de CV, and is due to break ground in November.")
    assert "seorin autotech mexico" in {o.key for o in extract_text(nlp, text).organizations}


def test_what_companies_pledged_over_a_conference_is_no_investment(nlp):
    text = ("Sundown Hydrogen has signed a memorandum of understanding with the Industrial Development Corporation to "
            "study a green ammonia plant at the Coega Special Economic Zone.\n\n"
            "Premier Zukisa Ntlabathi closed the conference in Gqeberha saying companies had pledged R48 billion over the day.")
    assert not extract_text(nlp, text).investments


def test_on_a_live_page_a_bare_title_speaks_for_the_entry_s_company(nlp):
    text = ("14:20\nSundown Hydrogen has signed a memorandum of understanding with the Industrial Development Corporation "
            "(IDC) to study a green ammonia plant at the Coega Special Economic Zone. Sundown would build and run it.\n\n"
            "Sundown has also reserved 60 hectares with the Coega Development Corporation, chief executive Rohan Pillay said.\n\n"
            "10:50\nKaroo Ridge Cement will build a R3.2 billion cement grinding plant at the Coega Special Economic Zone. "
            "The company has signed a 30-year land lease with the Coega Development Corporation.\n\n"
            '"Coega gives us a port on the doorstep," chief executive Marelize Botha said.')
    assert ("marelize botha", "chief executive", "karoo ridge cement") in role_triples(extract_text(nlp, text))


def test_each_partner_of_a_venture_two_companies_set_up_puts_in_its_own_money(nlp):
    text = ("German compounder Rheinfeld Compounds GmbH and Polish chemicals group Wisła Chemia S.A. have set up a 50:50 "
            "joint venture to build a plant for recycled polypropylene compounds in Włocławek.\n\n"
            "The venture, RW Compounding sp. z o.o., will invest €68 million in the plant. Each partner will contribute "
            "€15 million of equity.")
    found = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert {("rheinfeld compounds", Decimal("15000000")), ("wisła chemia", Decimal("15000000"))} <= found


def test_a_surname_with_ms_tagged_as_a_company_is_the_person_and_a_site_chosen_over_is_no_plant(nlp):
    text = ("Corio Nutritionals chief executive Helen Varga said Lara had been chosen over a site near Shepparton because "
            'of its access to the Port of Geelong.\n\n"We had two strong options, and Geelong\'s freight links won it," Ms Varga said.')
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Corio Nutritionals"}
    assert [p.name for p in extraction.people] == ["Helen Varga"]
    assert not extraction.plants


def test_a_narrower_place_set_off_after_the_country_is_the_plant_s(nlp):
    text = ("Spanish wiring harness maker Ondarra signed on Wednesday in Rabat an investment agreement with the Ministry of "
            "Industry and Trade for the construction of its third plant in Morocco, in Tanger Automotive City, with an "
            "overall investment of 620 million dirhams.")
    places = {p.key: p.name for p in extract_text(nlp, text).places}
    assert [places.get(p.location, p.location) for p in extract_text(nlp, text).plants] == ["Tanger Automotive City"]


def test_a_place_given_to_the_project_set_beside_a_plant_is_the_plant_s(nlp):
    text = ("The Union Cabinet on Thursday approved Tata Electronics' plan to build India's first commercial semiconductor "
            "fab, a Rs 91,000 crore project at Dholera in Gujarat.")
    places = {p.key: p.name for p in extract_text(nlp, text).places}
    assert [places.get(p.location, p.location) for p in extract_text(nlp, text).plants] == ["Dholera"]


def test_a_wire_site_s_gallery_captions_links_and_time_stamps_are_clutter(nlp):
    text = ("Published\n2 hours ago\n\nShare\nSave\n\n"
            "Item 1 of 3 A worker walks past the Brightvolt plant in Sunderland. REUTERS/Phil Noble Purchase Licensing Rights, opens new tab\n\n"
            "Halvergate Metals will build a £310m battery recycling plant at Wilton, near Redcar, the company said on Monday.\n\n"
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n\n"
            "Get weekly news and analysis on the energy transition delivered to your inbox. Sign up here.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Halvergate Metals"}
    assert len(extraction.plants) == 1


def test_an_amount_the_parser_cut_off_its_sentence_is_the_verb_s_object(nlp):
    page = ("Halvergate Metals will build a £310m plant to recover lithium, nickel and cobalt at Wilton, near Redcar, "
            "the company said on Monday.\n\nThe plant, Halvergate's first in the UK, is due to start construction in the "
            "autumn and open in 2027. It will treat black mass from about 200,000 battery packs a year.\n\n"
            "The Department for Business and Trade said on Monday it would contribute a £42m grant, while the National "
            "Wealth Fund has agreed to lend £95m. Halvergate's chief executive, Oskar Lindqvist, said the support had "
            '"tipped the balance" away from a rival site in Rotterdam.')
    doc = nlp(page)
    amount = next(t for t in doc if t.text == "£" and t.nbor().text == "95")
    assert not amount.is_sent_start
    assert ("national wealth fund", Decimal("95000000")) in {(i.investor, i.amount) for i in extract_text(nlp, page).investments}


def test_a_name_s_first_word_the_parser_cut_off_after_a_dateline_goes_on_its_sentence(nlp):
    doc = nlp("JOHANNESBURG - Umoya Renewables (Pty) Ltd has reached financial close on a R8.4 billion ($450 million) "
              "solar and battery storage plant near Upington in the Northern Cape, the developer said on Wednesday.")
    umoya = next(t for t in doc if t.text == "Umoya")
    assert not umoya.nbor().is_sent_start and umoya.head.i > umoya.i


def test_readers_comments_run_to_the_page_s_end_and_bylines_and_dotted_menus_are_clutter(nlp):
    text = ("News · Business · Brightvolt · Sport\n\nBy Jonas Eckert and Thea Brandl in Frankfurt\n\n"
            "Halvergate Metals will build a £310m battery recycling plant at Wilton, near Redcar, the company said on "
            "Monday. The plant will employ 340 people.\n\n"
            "Comments (3)\n\ntynesider77: Good news for once.\n\n"
            "RedcarRob: They said the same about the gigafactory Corvane Automotive promised at Seal Sands.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Halvergate Metals"}
    assert not extraction.people and len(extraction.plants) == 1


def test_a_name_before_the_goods_a_plant_makes_is_where_it_stands_not_a_product(nlp):
    text = ("Velmar buys Lahntal's Marburg vaccine plant and plans €260m fill-finish building\n\n"
            "Velmar Pharma AG has agreed to buy the Marburg vaccine plant of Lahntal Biotech GmbH for €140 million, the "
            "two companies said on Tuesday. The plant, which employs 620 people, will be Velmar's first in Germany.")
    extraction = extract_text(nlp, text)
    assert not extraction.products
    places = {p.key: p.name for p in extraction.places}
    assert [places.get(p.location, p.location) for p in extraction.plants] == ["Marburg"]


def test_a_dateline_opening_the_first_paragraph_under_a_page_s_menus_is_a_dateline(nlp):
    text = ("Monterrey Business Daily | Inicio | Negocios | Industria\n\nIndustria > Automotriz\n\n"
            "Korea's Seorin Autotech to build $420 mln EV parts plant in Mexico's Nuevo Leon\n\n"
            "MONTERREY, Mexico, Sept 9 (Meridian Newswire) - South Korean auto parts maker Seorin Autotech Co will invest "
            "$420 million in a second Mexican plant, in the northern state of Nuevo Leon, to make aluminium battery "
            "housings for electric vehicles, the company said on Tuesday.")
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {"seorin autotech"}
    assert "Monterrey" in {p.name for p in extraction.places}


def test_a_town_a_speaker_names_is_a_place_not_a_company(nlp):
    text = ("Corio Nutritionals chief executive Helen Varga said Lara had been chosen over a site near Shepparton because "
            "of its access to the Port of Geelong and Avalon Airport.\n\n"
            '"We had two strong options, and Geelong\'s freight links won it," Ms Varga said.\n\n'
            'Minister for Economic Growth Daniel Pearce said the plant would "put Geelong on the map for high-value food".')
    assert set(orgs(extract_text(nlp, text))) == {"Corio Nutritionals"}


def test_a_list_of_headlines_set_one_to_a_paragraph_is_clutter(nlp):
    text = ("Rheinfeld Compounds GmbH will build a €68 million recycled polypropylene compounding plant in Włocławek, "
            "the company said on Tuesday.\n\nRelated articles\n\nVeldhoven Polymers opens PET flake line in Texas\n\n"
            "Sanmarco Plastiche buys Slovenian compounder Polikem for €40 million\n\n© 2025 Polymer Processing Weekly")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Rheinfeld Compounds GmbH"}
    assert len(extraction.investments) == 1


def test_it_is_the_union_named_before_its_noun_and_a_contract_awarded_is_with_the_project_s_company(nlp):
    text = ("Halvergate Metals will build a £310m plant at Wilton, the company said on Monday. Tolland Construction has "
            "been awarded the main building contract. The GMB union said it had opened talks with Halvergate over "
            "recognition at the site.")
    partners = partner_sets(extract_text(nlp, text))
    assert frozenset({"gmb", "halvergate metals"}) in partners
    assert frozenset({"halvergate metals", "tolland construction"}) in partners


def test_a_rival_site_is_no_plant(nlp):
    text = ("Halvergate Metals will build a £310m plant at Wilton, the company said on Monday. Its chief executive, Oskar "
            'Lindqvist, said the support had "tipped the balance" away from a rival site in Rotterdam.')
    places = {p.key: p.name for p in extract_text(nlp, text).places}
    assert [places.get(p.location, p.location) for p in extract_text(nlp, text).plants] == ["Wilton"]


def test_a_brand_name_opening_with_a_capitalised_adjective_is_whole(nlp):
    text = ("The plant will blend and can formula for export to Japan under Kitaguchi's Hoshizora label, and for sale in "
            "Australia under Wattleby's own Little Otway brand.")
    assert "Little Otway" in {p.name for p in extract_text(nlp, text).products}


def test_a_filing_pasted_from_a_pdf_gives_its_news_not_its_letterhead_contacts_or_footers(nlp):
    from kg.ingest import clean_text

    letter = "\n".join([
        "KAVERI POLYMERS LIMITED",
        "CIN: L24100TN1994PLC028811 | Tel: +91 44 4210 7700 | Email: investors@kaveripolymers.example.in",
        "",
        "To,",
        "The Listing Department, BSE Limited,",
        "Phiroze Jeejeebhoy Towers, Dalal Street, Mumbai – 400 001",
        "Scrip Code: 532981",
        "",
        "Sub: Intimation under Regulation 30 – approval of capital expenditure",
        "",
        "We wish to inform you that the Board of Directors of the Company, at its meeting held today, has approved",
        "capital expenditure of ₹1,150 crore for a new engineering plastics plant at Oragadam, near Chennai, to be",
        "funded through internal accruals and term loans. Kaveri Polymers Limited expects the plant to start",
        "",
        "Kaveri Polymers Limited | Page 1 of 2",
        "",
        "Kaveri Polymers Limited | Page 2 of 2",
        "",
        "production in the second half of 2027.",
        "",
        "Yours faithfully,",
        "For Kaveri Polymers Limited",
        "Sd/-",
        "Media: Halden Communications, kaveri@haldencomms.example.com",
        "ENDS",
    ])
    extraction = extract_text(nlp, clean_text(letter))
    assert set(orgs(extraction)) == {"Kaveri Polymers Limited"}
    assert [(i.investor, i.amount, i.currency) for i in extraction.investments] == [("kaveri polymers", Decimal("11500000000"), "INR")]
    places = {p.key: p.name for p in extraction.places}
    assert [(p.operator, places.get(p.location)) for p in extraction.plants] == [("kaveri polymers", "Oragadam")]


def test_a_filing_s_company_is_its_issuer_and_the_exchanges_it_is_sent_to_take_no_part(nlp):
    from kg.ingest import clean_text

    letter = "\n".join([
        "NILGIRI CELLTECH LIMITED",
        "Regd. Office: 12 Anna Salai, Chennai – 600 002",
        "",
        "BSE Limited, National Stock Exchange of India Limited,",
        "Phiroze Jeejeebhoy Towers, Dalal Street, Exchange Plaza, Bandra-Kurla Complex,",
        "",
        "Pursuant to Regulation 30, we wish to inform you that the Company has today executed a Memorandum of",
        "Understanding with Guidance Tamil Nadu for setting up a lithium-ion cell plant at Hosur, Tamil Nadu, with",
        "a proposed investment of ₹3,100 crore over four years.",
    ])
    extraction = extract_text(nlp, clean_text(letter))
    keys = {o.key for o in extraction.organizations}
    assert "nilgiri celltech" in keys and not keys & {"bse", "national stock exchange of india"}
    assert [i.investor for i in extraction.investments] == ["nilgiri celltech"]


def test_a_slide_s_bullets_and_a_project_s_phase_name_no_organisation(nlp):
    text = ("FIRST OVERSEAS PLANT: BÉCANCOUR, QUÉBEC\n"
            "▪ Owner and operator: Seorin Cathode Canada Inc., a joint venture of Seorin Advanced Materials and Kuroshio Trading\n"
            "▪ Board approval of Phase 1 (C$1.1 billion) on 14 October 2025; Phase 2 subject to customer commitments\n\n"
            "¹ Pohang Phase 2 (30 ktpa) cost ₩420 billion and was commissioned in June 2025.")
    extraction = extract_text(nlp, text)
    names = {o.name for o in extraction.organizations}
    assert not {name for name in names if name.startswith("▪") or "Phase" in name}
    assert None not in {i.investor for i in extraction.investments}


def test_a_company_s_town_after_its_legal_form_is_not_part_of_its_name(nlp):
    text = ("In July Northbay Aerostructures Polska sp. z o.o. signed its first contract, with Sabrelle Aviation SAS of "
            "Toulouse, for wing ribs. The Bank of Ireland lent it €40 million.")
    keys = {o.key for o in extract_text(nlp, text).organizations}
    assert "sabrelle aviation" in keys and "sabrelle aviation sas of toulouse" not in keys


LINKEDIN_POST = "\n".join([
    "Voltera Cells",
    "48,213 followers",
    "2h • Edited • 🌐",
    "",
    "🚀 Big day for Indian cell manufacturing! 🔋",
    "",
    "Today we broke ground on our second gigafactory, at Butibori near Nagpur 🇮🇳",
    "",
    "💰 ₹3,400 cr investment in phase 1",
    "🤝 Land allotted by Maharashtra Industrial Development Corporation (MIDC)",
    "⚙️ Electrode lines supplied by @Kestrel Automation under a contract we signed last month",
    "",
    "#gigafactory #Manufacturing #MakeInIndia #VolteraCells",
    "",
    "👍❤️👏 1,204 reactions • 87 comments • 41 reposts",
    "",
    "Most relevant ▾",
    "",
    "Anjali Deshpande • 1st",
    "Plant Head at Voltera Cells | Ex-Tata | Mentor",
    "So proud of the team!! Piling starts next week and yes, we are hiring 😊",
    "Like · Reply · 28 · 1h",
    "",
    "Rohit Kulkarni • 2nd",
    "Procurement Lead at Sahyadri Auto Components | EV enthusiast",
    "Great news. Would love to chat about local sourcing sometime 👀",
])


def test_a_linkedin_post_s_emoji_tags_counts_and_hashtags_give_no_names_and_a_headline_gives_a_role(nlp):
    from kg.ingest import clean_text

    extraction = extract_text(nlp, clean_text(LINKEDIN_POST))
    names = {o.name for o in extraction.organizations}
    assert "Kestrel Automation" in names
    assert not {n for n in names if not n[:1].isalnum() or n.startswith(("Land", "Like", "Most"))}
    assert ("kestrel automation", "voltera cells") in {tuple(p.partners) for p in extraction.partnerships}
    assert sorted(role_triples(extraction)) == [("anjali deshpande", "plant head", "voltera cells"),
                                                ("rohit kulkarni", "procurement lead", "sahyadri auto components")]


@pytest.mark.parametrize("text, key", [
    ("Nordstern Logistik GmbH will open a fulfilment hub at Erfurt in 2027, the company said.\n\nModehaus Linde AG "
     "@modehaus_linde · 6h\nExcited! Modehaus Linde AG signed a 10-year contract with @nordstern_log on Monday.",
     "nordstern logistik"),
    ("Daesan Autoparts Co. will build a wiring-harness plant in Tangier.\n\nTanger Med Zones SA @TangerMedZones · 3h\n"
     "Welcome! The lease contract was signed this morning.\n\nDaesan Autoparts @DaesanAuto · 2h\nThank you! We signed "
     "the lease with @TangerMedZones for 12 ha.", "tanger med zones"),
])
def test_a_handle_that_spells_an_organisation_s_name_is_that_organisation(nlp, text, key):
    extraction = extract_text(nlp, text)
    assert any(key in p.partners for p in extraction.partnerships)
    assert not {o.name for o in extraction.organizations if "@" in o.name}


def test_handles_bullets_and_spaced_dashes_end_names(nlp):
    text = ("Daesan Autoparts @DaesanAuto · 3h\nThank you, Minister! Daesan Autoparts will build its third plant in "
            "Tanger.\n\nMagdalena Wróbel • 2nd\nCEO at Stalprofil S.A.\nWe won a €120m grant from the EU Innovation "
            "Fund - grant agreement signed with CINEA in December.")
    extraction = extract_text(nlp, text)
    names = {o.name for o in extraction.organizations} | {p.name for p in extraction.people}
    assert "Daesan Autoparts" in names and "Magdalena Wróbel" in names
    assert not {n for n in names if "@" in n or "•" in n or " - " in n}


def test_a_commenter_who_names_themselves_again_takes_the_title_told_with_the_name(nlp):
    text = ("Dave Hartley\nCllr Dave Hartley here (North Yorkshire Council). Proud to have voted for the new oat mill "
            "Fernhill Oat Co. will build in Selby.\nLike · Reply · 2d · 29")
    assert role_triples(extract_text(nlp, text)) == [("dave hartley", "councillor", "north yorkshire council")]


def test_a_company_that_broke_ground_on_a_plant_runs_it_and_builds_it(nlp):
    text = ("Halberd Biologics broke ground Wednesday on a $2.1bn GLP-1 fill-finish plant in Holly Springs, NC. "
            "Kestrel Foods will break ground on a bakery in Leeds next year.")
    plants = {(p.operator, p.location, p.status) for p in extract_text(nlp, text).plants}
    assert plants == {("halberd biologics", "holly springs", "under construction"), ("kestrel foods", "leeds", "planned")}


def test_a_headline_s_kicker_in_capitals_is_no_part_of_a_name(nlp):
    text = ("INSIDE Aerolux's NEW $210M Composites Plant in Querétaro\n\nAerolux Composites opened its plant at the "
            "Parque Aeroespacial de Querétaro. It is the company's second plant in Mexico after Chihuahua.")
    names = {o.name for o in extract_text(nlp, text).organizations}
    assert "Aerolux Composites" in names and not {n for n in names if n.upper().startswith("INSIDE")}


def test_a_translation_s_short_and_misspelt_company_names_are_aliases(nlp):
    """Korean papers shorten a group's units to initials ('Daesung EM'), and a translation slips a letter ('Materals')."""
    text = ("Daesung Energy Materials Co., Ltd. will build a cathode plant in Iváncsa. Daesung EM has been operating its first "
            "overseas factory in Komárom since 2023, the company said. Daesung Energy Materals recorded sales of 2 trillion won "
            "last year.")
    found = orgs(extract_text(nlp, text))
    assert set(found) == {"Daesung Energy Materials Co., Ltd."}
    assert {"Daesung EM", "Daesung Energy Materals"} <= set(found["Daesung Energy Materials Co., Ltd."].aliases)
    text = "Samsung SDI will build a plant in Cheonan. Samsung SDS will supply its software, the companies said."
    assert {"Samsung SDI", "Samsung SDS"} <= set(orgs(extract_text(nlp, text)))


def test_a_person_spelt_two_ways_is_one_person_named_as_first_written(nlp):
    text = ('Hanwol Chemical Co. will build a plant in Gunsan. "We will grow," Mr. Kim Jong-soo CEO of Hanwol Chemical '
            "said. CEO Kim Jong-su added that they will hire 600 people.")
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Kim Jong-soo"]
    assert ("kim jong soo", "hanwol chemical") in {(r.person, r.org) for r in extraction.roles}
    text = "Acme Corp will build a plant in Ohio. Maria Lopez, its chief executive, said Mario Lopez had left."
    assert {p.name for p in extract_text(nlp, text).people} >= {"Maria Lopez"}


def test_a_translated_genitive_parts_a_company_from_the_person_its_title_belongs_to(nlp):
    text = ('Ege Güneş Teknolojileri A.Ş. and the Chinese Jiangsu Tianrui Photovoltaic Co., Ltd. will build a cell factory in '
            'Manisa. Chairman of the Board of Directors (Yönetim Kurulu Başkanı) of Ege Güneş Murat Yalçınkaya said: "We '
            'will produce the cell here." The general manager of Tianrui Wang Lei said the plant is its first outside Asia.')
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Ege Güneş Teknolojileri A.Ş.", "Jiangsu Tianrui Photovoltaic Co., Ltd."}
    assert {(r.person, r.org) for r in extraction.roles} == {("murat yalcınkaya", "ege gunes teknolojileri"),
                                                             ("wang lei", "jiangsu tianrui photovoltaic")}


def test_a_demonym_before_a_name_without_a_shorter_form_stays(nlp):
    """'Indian Oil Corporation' is shortened to 'Indian Oil': the demonym is part of its name."""
    text = "Indian Oil Corporation Ltd will build a refinery in Panipat, Indian Oil said."
    assert "Indian Oil Corporation Ltd" in orgs(extract_text(nlp, text))


def test_indonesian_honorifics_and_a_dateline_s_town_in_the_story(nlp):
    from kg.ingest import clean_text

    text = clean_text("CILEGON - PT Cahaya Kimia Nusantara Tbk (CKN) broke ground on a chlor-alkali factory in the "
                      "Krakatau Industrial Estate, Cilegon, Banten, on Thursday. President Director of CKN, Bapak Hendra "
                      'Wijaya, said the factory is its second. "It replaces imports," said Pak Hendra.')
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"PT Cahaya Kimia Nusantara Tbk"}
    assert [p.name for p in extraction.people] == ["Hendra Wijaya"]


def test_a_parent_s_short_name_is_the_parent_not_the_venture_named_after_both(nlp):
    text = ("PT Shiraoka Cahaya Chemicals, a venture of PT Cahaya Kimia Nusantara Tbk and Shiraoka Chemical Co., Ltd., will build "
            "a factory in Cilegon. Shiraoka will take its output for its epoxy factory in Sakai.")
    found = orgs(extract_text(nlp, text))
    assert "Shiraoka" in found["Shiraoka Chemical Co., Ltd."].aliases
    assert "Shiraoka" not in found["PT Shiraoka Cahaya Chemicals"].aliases


def test_a_short_form_of_a_short_form_is_the_company(nlp):
    """'Campo' may stand for 'Campo Verde', itself the short form of 'Frigorífico Campo Verde S.A.': the chain is followed
    to its end (a guard: the old code picked the full name for 'Campo' directly)."""
    text = ("Frigorífico Campo Verde S.A. agreed to buy Frigorífico Río Negro S.A. Campo Verde will pay cash, and Campo "
            "said the deal closes in May.")
    found = orgs(extract_text(nlp, text))
    assert set(found) == {"Frigorífico Campo Verde S.A.", "Frigorífico Río Negro S.A."}
    assert {"Campo", "Campo Verde"} <= set(found["Frigorífico Campo Verde S.A."].aliases)


def test_machine_translation_notes_and_a_spanish_dateline_are_no_facts(nlp):
    from kg.ingest import clean_text

    text = clean_text("Home / Industry / Automotive     Translated from Spanish\n\nRamos Arizpe, Coahuila.- The Chinese maker "
                      "Ningbo Tuoxin Auto Parts Co., Ltd. will invest 1.200 million pesos in a plant in Ramos Arizpe, Mexico.\n\n"
                      "Translated from Spanish by Google\n\n(Reporter: Economy Department)")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Ningbo Tuoxin Auto Parts Co., Ltd."}
    assert [(i.amount, i.currency) for i in extraction.investments] == [(Decimal("1200000000"), "MXN")]


def test_a_french_laboratory_s_name_and_a_town_with_its_department_in_brackets(nlp):
    text = ("It is a project of 45 million euros (45 M€) which takes shape in Val-de-Reuil (Eure). The Laboratoires Arvanel, "
            "subsidiary of the group Helvia Pharma AG based in Basel, have laid this Friday the first stone of a new unit of "
            "production of sterile injectable medicines, on their site of the industrial zone of the town.")
    found = orgs(extract_text(nlp, text))
    assert {"Laboratoires Arvanel", "Helvia Pharma AG"} <= set(found)
    assert not {"Val-de-Reuil", "Eure"} & set(found), "a town with its department in brackets is a place"
    assert not any("Eure" in o.aliases for o in found.values())


def test_a_local_body_named_in_its_own_language_and_who_heads_it(nlp):
    text = ("Geeste. The Gemeinde Geeste has cleared the way for a data centre of the Norddata Rechenzentren GmbH. Talks with "
            "Norddata are running, said Bürgermeister Helmut Kasten. Landrat Jens Oltmann spoke of a signal for the region. "
            "The Bürgerinitiative Lebenswertes Geeste collected 900 signatures against the project.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["Gemeinde Geeste"].kind == "government" and found["Bürgerinitiative Lebenswertes Geeste"].kind == "other"
    assert {(r.person, r.org) for r in extraction.roles} >= {("helmut kasten", "gemeinde geeste"), ("jens oltmann", None)}


def test_a_release_s_quoted_name_of_several_words_is_an_alias(nlp):
    text = ('Hebei Jinrong Steel Group Co., Ltd. (hereinafter referred to as "Jinrong Steel") and Inner Mongolia Mengneng '
            'Green Hydrogen Co., Ltd. (hereinafter referred to as "Mengneng Hydrogen") signed an agreement in Baotou. '
            "Mengneng Hydrogen is a subsidiary of a state-owned energy group. Jinrong Steel holds 70%.")
    found = orgs(extract_text(nlp, text))
    assert set(found) == {"Hebei Jinrong Steel Group Co., Ltd.", "Inner Mongolia Mengneng Green Hydrogen Co., Ltd."}
    assert found["Inner Mongolia Mengneng Green Hydrogen Co., Ltd."].aliases == ("Mengneng Hydrogen",)


def test_a_title_of_a_body_before_the_name_gives_that_body(nlp):
    text = ("Nordhavn Cold Chain Sp. z o.o. received the decision on support from the Polish Investment and Trade Agency (PAIH)."
            "\n\n- The foreign investors see in Poland a stable partner, and PAIH will accompany them on every stage – emphasized "
            "the Vice-President of PAIH Agnieszka Zawadzka. According to Zawadzkiej, the agency conducts 14 projects.")
    assert ("agnieszka zawadzka", "polish investment and trade agency") in {(r.person, r.org) for r in extract_text(nlp, text).roles}
    text = ("Vallmer North America Inc. will build a plant in Spartanburg County, the South Carolina Department of Commerce "
            "said. Secretary of Commerce Lydia Marchbanks said the project shows the supplier base keeps deepening.")
    assert ("lydia marchbanks", "south carolina department of commerce") in {(r.person, r.org) for r in extract_text(nlp, text).roles}


def test_a_legal_form_s_full_stop_before_a_lower_case_word_ends_no_sentence(nlp):
    text = ("Nordhavn Cold Chain Sp. z o.o. will build a distribution centre in Stryków. Nordhavn already signed with the retail "
            "network Delikatesy Mazur S.A. the agreement of lease of about 60% of the surface for 10 years.")
    assert frozenset({"nordhavn cold chain", "delikatesy mazur"}) in partner_sets(extract_text(nlp, text))


LIVE_PAGE = ("Key points\n"
             "Velora Motors confirms a €2.1bn battery plant in Kolín\n"
             "Shares in Velora up 4% in Frankfurt\n\n"
             "16:02 GMT - Correction\n"
             "Earlier we reported the plant would cost €1.8bn. Velora has since clarified that the investment is €2.1bn.\n\n"
             "14:32 GMT\nPinned\n"
             "Chief executive Markus Feld has confirmed Velora Motors will build its second battery plant in Kolín.\n\n"
             "13:10 GMT\n"
             "The plant will cost €1.8bn, Velora said at a press conference.")


def test_a_live_page_s_time_stamps_name_nothing_and_its_key_points_name_the_company(nlp):
    extraction = extract_text(nlp, LIVE_PAGE)
    found = orgs(extraction)
    assert set(found) == {"Velora Motors"} and found["Velora Motors"].aliases == ("Velora",)
    assert ("markus feld", "chief executive", "velora motors") in {(r.person, r.title, r.org) for r in extraction.roles}
    assert {p.operator for p in extraction.plants} == {"velora motors"}


def test_a_figure_the_page_says_it_got_wrong_is_no_investment_anywhere_on_it(nlp):
    assert {(i.amount, i.investor) for i in extract_text(nlp, LIVE_PAGE).investments} == {(Decimal("2100000000.0"), "velora motors")}
    text = ("Sarthak Infra Ltd and Lumora Data Pte Ltd will build a data centre campus at Mahape. Our earlier version said, citing "
            "two people involved in the talks, that the project could cost about Rs 10,000 crore. The venture will invest "
            "Rs 12,500 crore in the campus, not Rs 11,000 crore as previously reported.")
    assert {i.amount for i in extract_text(nlp, text).investments} == {Decimal("125000000000")}


def test_a_wire_update_s_note_stands_above_its_dateline(nlp):
    text = ("(Recasts with company confirmation; adds governor's comment in paragraph 7; corrects size of stake in paragraph 1 "
            "to 40% from 49%)\n\n"
            "SÃO PAULO/COPENHAGEN, June 3 (Meridian Wire) - Danish utility Valdr Energi A/S has agreed to buy 40% of Atlântica "
            "Hidrogênio S.A. from Grupo Serrano for 1.1 billion reais, the companies said on Wednesday.")
    extraction = extract_text(nlp, text)
    assert "COPENHAGEN" not in orgs(extraction)
    assert {i.investor for i in extraction.investments} == {"valdr energi"}


def test_a_town_of_several_words_a_speaker_names_is_a_place(nlp):
    text = ("Kestrel Infra Ltd and Singapore's Orvia Data Pte Ltd have signed agreements and formed a joint venture, Kestrel Orvia "
            "Data Parks Pvt Ltd, to build a 200 MW data centre campus at Mahape in Navi Mumbai, the companies said on Monday.\n\n"
            "\"Navi Mumbai has the landing stations and the power, and now it has the land,\" Kestrel chairman Arjun Rao said.")
    assert set(orgs(extract_text(nlp, text))) == {"Kestrel Infra Ltd", "Orvia Data Pte Ltd", "Kestrel Orvia Data Parks Pvt Ltd"}


RESULTS_DAY = ("Key events\n"
               "Yarrabee Minerals takes a final investment decision on its A$1.1 billion refinery at Kwinana\n"
               "Southbar Steel's board approves an A$850 million electric arc furnace for its Geelong steelworks\n"
               "Redmallee Nickel pauses construction of its nickel sulphate plant near Kalgoorlie\n\n"
               "2:40pm\n"
               "Redmallee Nickel has paused construction of its nickel sulphate plant near Kalgoorlie. Chief financial officer "
               "Anil Raghavan said the company had spent A$210 million on the project so far.\n\n"
               "11:05am\n"
               "Southbar Steel's board has approved an electric arc furnace for its Geelong steelworks. It will replace the "
               "site's last blast furnace from 2029, chief executive Meredith Vance said.\n\n"
               "9:50am\n"
               "More on Yarrabee: Daebong Materials has signed a binding deal to buy 60% of the refinery's output.\n\n"
               "8:30am\n"
               "Yarrabee Minerals has taken a final investment decision on its A$1.1 billion lithium hydroxide refinery at "
               "Kwinana. Yarrabee shares rose 7% in early trade.")


def test_a_live_page_s_key_events_are_part_of_it_and_a_speaker_speaks_for_the_entry_s_company(nlp):
    extraction = extract_text(nlp, RESULTS_DAY)
    found = orgs(extraction)
    assert {"Yarrabee Minerals", "Redmallee Nickel", "Southbar Steel", "Daebong Materials"} <= set(found)
    assert found["Yarrabee Minerals"].aliases == ("Yarrabee",)
    assert {(r.person, r.org) for r in extraction.roles} >= {("meredith vance", "southbar steel"), ("anil raghavan", "redmallee nickel")}
    assert {(i.investor, i.amount) for i in extraction.investments} >= {
        ("yarrabee minerals", Decimal("1100000000.0")), ("southbar steel", Decimal("850000000")), ("redmallee nickel", Decimal("210000000"))}


def test_a_sum_a_board_approves_is_an_investment_but_not_a_price_it_approves(nlp):
    text = ("Wieprz Cement S.A. will rebuild its kiln at Rejowiec Fabryczny. Wieprz Cement's management board approved the "
            "PLN 1.45 billion budget in June.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {("wieprz cement", Decimal("1450000000.0"))}
    text = ("Taiwan's Wistron said on Friday that its board had approved selling its Indian unit, Wistron InfoComm "
            "Manufacturing (India) Pvt Ltd, to Tata Electronics for about $125 million.")
    assert not extract_text(nlp, text).investments


def test_a_council_s_possessive_and_a_small_place_named_by_a_local_group_stay_what_they_are(nlp):
    text = ("Key points\n"
            "South Kesteven District Council's planning committee approved the factory by seven votes to four\n\n"
            "Just now\n"
            "Brackenfield has clarified that it will own and run the Gonerby Moor site itself.\n\n"
            "1h ago\n"
            "Helen Marsh, chair of the Gonerby Moor Action Group, said residents were disappointed.\n\n"
            "5h ago\n"
            "Councillors will decide whether Brackenfield Petcare can build a £160m pet food factory on farmland at Gonerby Moor, "
            "just north of Grantham.")
    found = orgs(extract_text(nlp, text))
    assert set(found) == {"South Kesteven District Council", "Brackenfield Petcare", "Gonerby Moor Action Group"}
    assert found["South Kesteven District Council"].kind == "government"


def test_a_flash_in_capitals_and_the_desk_s_note_stand_above_the_dateline(nlp):
    text = ("BREAKING: CASTELLAN MOTORS SAYS IT WILL NOT BUILD $3.1 BLN EV PLANT IN NUEVO LEÓN - COMPANY STATEMENT\n\n"
            "(Corrects state in flash to Nuevo León, not Coahuila; story updated at 13:50 with state government comments)\n\n"
            "MONTERREY, March 4 - Castellan Motors on Wednesday dropped its plan for a $3.1 billion electric-vehicle assembly "
            "plant in Santa Catarina, Nuevo León, blaming uncertainty over US tariffs.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Castellan Motors"} and not extraction.products
    assert {(i.amount, i.investor, i.status) for i in extraction.investments} == {(Decimal("3100000000.0"), "castellan motors", "cancelled")}


def test_a_correction_keeps_the_right_figure_and_an_agency_named_after_its_country_is_one(nlp):
    text = ("Aldane Therapeutics will invest €380 million in a second production building at Ringaskiddy. IDA Ireland confirmed "
            "grant aid of €22 million at the announcement.\n\n"
            "Correction, 7 November 2025: An earlier version of this article misstated the IDA Ireland grant as €32 million; "
            "it is €22 million.")
    extraction = extract_text(nlp, text)
    assert "IDA Ireland" in orgs(extraction)
    assert {(i.investor, i.amount) for i in extraction.investments} == {
        ("aldane therapeutics", Decimal("380000000")), ("ida ireland", Decimal("22000000"))}


def test_a_unit_before_a_fuel_names_nothing_and_a_day_s_tally_is_no_one_s_investment(nlp):
    text = ("Daewon Energy and Song Hong Power Corporation have signed a letter of intent to study a 1,500 MW LNG-fired power "
            "plant in Quang Ninh province.\n\n"
            "The forum has closed. Organisers put the value of the 31 agreements signed today at $4.3 billion.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Daewon Energy", "Song Hong Power Corporation"} and not extraction.investments


def test_a_time_zone_before_an_entry_s_headline_is_no_company(nlp):
    text = ("14:32 GMT: Velora Motors confirms battery plant in Kolín\n\n"
            "Velora Motors chief executive Markus Feld confirmed the company will build its second battery plant in Kolín.\n\n"
            "13:10 GMT by Anna Novak\n"
            "Velora Motors is said to be close to a decision.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Velora Motors"} and {p.name for p in extraction.people} == {"Markus Feld"}


def test_a_parent_building_through_its_subsidiary_leaves_it_the_plant(nlp):
    text = ("Rhenfeld Chemie AG will build a chlor-alkali plant in Sines, Portugal, through its new subsidiary, Atlantochlor SA, "
            "the company said on Tuesday.")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {("atlantochlor", "sines")}


def test_a_town_named_as_the_body_that_pays_is_its_government_and_employs_its_mayor(nlp):
    text = ("Shiranui Semiconductor Corp. will build its second fab in Kikuyo, Kumamoto Prefecture. Kikuyo Town will submit the "
            "subsidy of 800 million yen for the water works to the town assembly, Mayor Hiroshi Ueda told reporters.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert set(found) == {"Shiranui Semiconductor Corp.", "Kikuyo Town"} and found["Kikuyo Town"].kind == "government"
    assert ("hiroshi ueda", "kikuyo town") in {(r.person, r.org) for r in extraction.roles}
    assert {(i.investor, i.amount) for i in extraction.investments} == {("kikuyo town", Decimal("800000000"))}


@pytest.mark.parametrize("text, names", [
    ("Redmallee Nickel pauses construction of its nickel sulphate plant near Kalgoorlie.", {"Redmallee Nickel"}),
    ("Kanoa Copper said output would rise.", {"Kanoa Copper"}),
    ("Rongo Dairy and Tasman Packaging signed a supply deal.", {"Rongo Dairy", "Tasman Packaging"}),
])
def test_a_name_ending_in_a_trade_word_is_an_organisation(nlp, text, names):
    assert set(orgs(extract_text(nlp, text))) == names


def test_a_place_the_page_says_it_got_wrong_locates_no_plant(nlp):
    text = ("15:05\nCorrection: at 10:40 we wrote that Ongi's new plant would be in Bac Giang. The Bac Ninh Provincial People's "
            "Committee says the site is in Bac Ninh province.\n\n"
            "10:40\nOngi Foods has received its investment registration certificate for an instant noodle plant in Bac Giang.")
    extraction = extract_text(nlp, text)
    assert extraction.plants and "bac giang" not in {p.location for p in extraction.plants}
    text = ("Velora Motors will build a battery plant in Kolín. It will cost €2.1bn, the company said.\n\n"
            "Correction: at 10:40 we wrote that the plant would cost €1.8bn. The correct figure is €2.1bn.")
    assert {i.amount for i in extract_text(nlp, text).investments} == {Decimal("2100000000.0")}


MINUTES = """GLENROTHES DISTRICT COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held on Wednesday 14 May 2025 at 10.00am in the Council Chamber

Present: Councillor Morag Dunlop (Chair); Councillors Ewan Reid, Sheena Baird and Alan Kerr.
Apologies: Councillor Tam Muir.

8. APPLICATION 25/00412/FUL - FROZEN FOOD FACTORY, EAST MAINS

8.1 The Head of Planning, Ruth Gillespie, presented the report. The application by Glenbrae Foods Ltd is for a frozen food factory at East Mains, representing an investment of £42 million.

8.2 Mr Duncan Sinclair, Operations Director of Glenbrae Foods, addressed the Committee. He said the company had agreed a supply partnership with Clydeside Growers.

8.3 Councillor Reid asked about lorry movements. The Head of Planning confirmed that a traffic plan had been agreed. Motion by Councillor Baird, seconded by Councillor Kerr, to approve. Chairman Dunlop said the factory was welcome.

RESOLVED that planning permission be granted subject to conditions.
"""


def test_minutes_record_who_speaks_for_whom_not_who_attended(nlp):
    extraction = extract_text(nlp, MINUTES)
    assert set(orgs(extraction)) == {"GLENROTHES DISTRICT COUNCIL", "Glenbrae Foods Ltd", "Clydeside Growers"}
    council, company = "glenrothes district council", "glenbrae foods"
    assert {(r.person, r.title, r.org) for r in extraction.roles} == {
        ("ruth gillespie", "head of planning", council), ("duncan sinclair", "operations director", company),
        ("ewan reid", "councillor", council), ("morag dunlop", "chairman", council)}
    assert {p.partners for p in extraction.partnerships} == {("clydeside growers", company)}
    assert {(i.investor, i.amount) for i in extraction.investments} == {(company, Decimal("42000000"))}


CALL = """Quillon Minerals Ltd. (QML) Q2 2025 Earnings Call

Operator: Good morning, and welcome to the Quillon Minerals results call.

Diego Ferreyra -- Chief Executive Officer: Thanks. The concentrator expansion near Copiapó is now budgeted at $1.62 billion; the board approved the revised figure on Monday. The regional environment agency, Servicio Ambiental de Atacama, approved the study in May.

Operator: Next, Ines Kofler with Lindqvist Bank.

Ines Kofler -- Analyst, Lindqvist Bank: Would you bring in a partner before the feasibility study?

Diego Ferreyra -- Chief Executive Officer: It's possible, Ines, but we're not in talks with anyone today.
"""


def test_a_call_transcript_s_labels_give_titles_and_its_speaker_s_company_pays(nlp):
    extraction = extract_text(nlp, CALL)
    assert "Ines" not in orgs(extraction)
    assert {(r.person, r.title, r.org) for r in extraction.roles} == {
        ("diego ferreyra", "chief executive officer", "quillon minerals"), ("ines kofler", "analyst", "lindqvist bank")}
    assert {(i.investor, i.amount) for i in extraction.investments} == {("quillon minerals", Decimal("1620000000.00"))}
    assert not extraction.partnerships


FORWARDED = """FYI - see below. Could be relevant for the Nordic note. Valtor Trucks may be putting money in too.

Tomas

---------- Forwarded message ---------
From: Press Office <press@halvorsenbattery.example>
Date: Tue, 4 Mar 2025 at 08:02
Subject: Brekke Kjemi to build second cell plant in Mo i Rana
To: Tomas Ekberg <tomas.ekberg@nordanalytics.example>

Hi Tomas,

Confirmed: the final figure is NOK 9.5 billion. Brekke Kjemi will invest NOK 2 billion in a plant in Narvik, not public yet.

Kari

HALVORSEN BATTERY TO BUILD SECOND CELL PLANT IN MO I RANA

OSLO, March 4, 2025 - Halvorsen Battery ASA today announced plans to build its second cell plant in Mo i Rana, Norway, with an investment of NOK 9.5 billion.

The plant will supply LFP cells to Valtor Trucks under a ten-year supply agreement signed last week.

This email and any attachments are confidential and intended solely for the addressee.
"""


def test_a_forwarded_release_gives_its_news_not_the_mail_around_it(nlp):
    extraction = extract_text(nlp, FORWARDED)
    assert set(orgs(extraction)) == {"Halvorsen Battery ASA", "Valtor Trucks"}
    assert "HALVORSEN BATTERY" in orgs(extraction)["Halvorsen Battery ASA"].aliases
    assert {(p.operator, p.location, p.ordinal) for p in extraction.plants} == {("halvorsen battery", "mo i rana", 2)}
    assert {(i.investor, i.amount) for i in extraction.investments} == {("halvorsen battery", Decimal("9500000000.0"))}
    assert {p.partners for p in extraction.partnerships} == {("halvorsen battery", "valtor trucks")}


def test_a_zone_named_as_a_body_is_its_authority_not_the_company_meant_next(nlp):
    text = ("Valtera Foods has dropped its PLN 210m ready-meals plant in Łódź, citing energy prices. The Łódź Special Economic "
            "Zone confirmed that a tax exemption tied to the project had lapsed. The company will instead add a line at its "
            "existing plant in Poznań.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Łódź Special Economic Zone"].kind == "government"
    assert {(p.operator, p.location) for p in extraction.plants} == {("valtera foods", "łodz"), ("valtera foods", "poznan")}


def test_a_cold_storage_hub_is_a_plant(nlp):
    text = "Umoya Logistics has opened its R850m cold-storage hub at Cato Ridge, between Durban and Pietermaritzburg."
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {("umoya logistics", "cato ridge")}


def test_a_heading_s_last_word_is_no_part_of_the_name_opening_the_next_line(nlp):
    text = ("1. TESSARON BREAKS GROUND IN DRESDEN\n"
            "Tessaron Microsystems GmbH broke ground on Thursday on its advanced-packaging plant in Dresden.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Tessaron Microsystems GmbH"}
    assert {(p.operator, p.location) for p in extraction.plants} == {("tessaron microsystems", "dresden")}


def test_a_post_held_as_and_money_from_the_giver_s_own_fund(nlp):
    text = ("Tarraco BioOlefins S.L. puts the cost of its Vila-seca plant at €480m. The European Commission awarded the "
            "project €62m from its Innovation Fund in November. Pau Roig, who will lead Tarraco BioOlefins as managing "
            "director, said engineering was 40% complete.")
    extraction = extract_text(nlp, text)
    assert ("pau roig", "managing director", "tarraco bioolefins") in {(r.person, r.title, r.org) for r in extraction.roles}
    assert ("european commission", Decimal("62000000")) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_digest_item_s_plant_is_its_own_company_s(nlp):
    text = ("Mexico | Grupo Mesa Dorada picks Querétaro for third plant\n"
            "Snack maker Grupo Mesa Dorada will build its third plant in El Marqués, Querétaro. Grupo Mesa Dorada said "
            "construction starts in July.\n\n"
            "South Africa | Umoya opens Cato Ridge cold hub\n"
            "Umoya Logistics has opened its cold-storage hub at Cato Ridge. Anchor tenant Sunveld Citrus moved its first "
            "fruit in this week. Chief executive Sipho Dlamini said a second hub near Johannesburg was on the drawing board.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("umoya logistics", "johannesburg") in plants and ("grupo mesa dorada", "johannesburg") not in plants


def test_a_speaker_holds_the_floor_past_the_label_s_paragraph(nlp):
    text = ("Quebrada Resources Ltd. Q2 2025 Earnings Call\n\n"
            "Diego Salinas -- Chief Executive Officer: Thanks, Helen. Three things.\n\n"
            "Second, water. We signed a 15-year agreement this month with Desaladora Caldera S.A. to take desalinated water "
            "from the plant it is building at Caldera, starting in 2027.\n\n"
            "Claire Whitmore -- Chief Financial Officer: Quickly on numbers. Revenue was $1.04 billion.")
    extraction = extract_text(nlp, text)
    assert ("desaladora caldera", "quebrada resources") in {p.partners for p in extraction.partnerships}
    assert {(p.operator, p.location) for p in extraction.plants} == {("desaladora caldera", "caldera")}


def test_a_broadcast_script_s_cues_are_no_names(nlp):
    text = ("SLUG: PARTS PLANT PAUSE / 6PM / PKG 1:48\n\n"
            "[ANCHOR ON CAM]\n"
            "Daewon Autotech America has stopped construction on its 260-million-dollar seat plant near Guyton. Plant "
            "manager Kevin Oh said the parent decided to pause the build.\n\n"
            "[PKG - REPORTER V/O] [0:10]\n"
            "Wesley Holt, chairman of the Effingham County Board of Commissioners, says the grant still stands.\n\n"
            "[SOT: WESLEY HOLT, CHAIRMAN, EFFINGHAM COUNTY BOARD OF COMMISSIONERS] [0:58]\n"
            "\"Nobody is walking away.\"\n\n"
            "SOT: KEVIN OH, PLANT MANAGER [1:09]\n"
            "\"We will resume when volumes recover.\"")
    extraction = extract_text(nlp, text)
    assert not {"SOT", "PKG", "SLUG"} & set(orgs(extraction))
    assert {entity_key(p.name) for p in extraction.people} == {"wesley holt", "kevin oh"}
    assert ("wesley holt", "effingham county board of commissioners") in {(r.person, r.org) for r in extraction.roles}


def test_a_slide_deck_s_slide_numbers_and_speaker_notes(nlp):
    text = ("Slide 1 - Arvion Semiconductor Ltd: Investor Day 2026\n"
            "Presenters: Daniel Cheah, Chief Executive Officer; Helena Ong, Chief Financial Officer\n\n"
            "Slide 4 - Capacity roadmap\n"
            "- Plant 3 Phase 2: additional US$600m for a second cleanroom floor, subject to shareholder approval\n"
            "Speaker notes (Ong): Phase 2 is the first time we bring a project to the AGM because of its size.\n"
            "Confidential | Investor Day 2026 | 4\n\n"
            "Slide 9 - Q&A\n"
            "Speaker notes (Cheah): If asked about a US restart, answer that we serve US customers from Malaysia.")
    extraction = extract_text(nlp, clean_text(text))
    assert "Arvion Semiconductor Ltd" in orgs(extraction) and not any(name.startswith("Slide") for name in orgs(extraction))
    assert {(r.person, r.org) for r in extraction.roles} == {("daniel cheah", "arvion semiconductor"), ("helena ong", "arvion semiconductor")}


def test_a_union_named_after_two_trades_and_an_agency_named_after_its_country(nlp):
    text = ("Suirvale Co-operative Creameries will build a cheese plant in Cahir. Enterprise Ireland said this morning it "
            "has offered grant support. Chief executive Declan Furlong says most of the cheese is already sold. The Irish "
            "Food and Dairy Workers' Union has opened talks with management on pay. Its sector organiser, Seán Hickey, "
            "says the union wants the roles to be permanent.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Enterprise Ireland"].kind == "government"
    assert "Irish Food and Dairy Workers' Union" in orgs(extraction)
    roles = {(r.person, r.org) for r in extraction.roles}
    assert {("declan furlong", "suirvale co operative creameries"), ("sean hickey", "irish food and dairy workers union")} <= roles


def test_a_ruling_s_courts_and_the_parties_short_names(nlp):
    text = ("Court: Vaasa Administrative Court\n"
            "Permit holder: Kivikallio Nickel Oy (\"the permit holder\")\n"
            "Permit authority: Regional State Administrative Agency for Northern Finland (\"the Agency\")\n\n"
            "In its decision of 28 March 2025, the Agency granted Kivikallio Nickel Oy an environmental permit for a "
            "refinery in the Kokkola Industrial Park. The Court dismissed the appeal. Kivikallio Nickel's managing "
            "director said the company aims to take the decision on the estimated €390 million project before the end of 2026.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["Vaasa Administrative Court"].kind == "government" and "Agency" not in found
    assert [i.investor for i in extraction.investments] == ["kivikallio nickel"]


def test_a_filing_s_spokesperson_line_and_paid_in_capital(nlp):
    text = ("Hsin Feng Steel Vietnam Co., Ltd. is established in Vietnam with registered capital of US$60 million, fully "
            "paid in. The Subsidiary shall invest total amount of US$480 million for construction of the second plant in "
            "Nghi Son Economic Zone.\n\n"
            "Spokesperson: Chen Mei-ling, Vice President, Finance Division. Tel: (07) 000-0000.")
    extraction = extract_text(nlp, text)
    assert not extraction.people
    assert [i.amount for i in extraction.investments] == [Decimal("480000000")]


def test_a_lender_weighing_a_loan_is_named_though_untagged(nlp):
    text = ("Andesgrid Data Centers SpA will build a data campus in Lampa. IDB Invest is considering a senior loan of up to "
            "US$300 million; no decision has been taken.")
    extraction = extract_text(nlp, text)
    assert ("idb invest", Decimal("300000000")) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_tracker_s_rows_are_plants_with_their_company_place_cost_and_partner(nlp):
    text = ("GREEN STEEL PROJECTS - TRACKER EXPORT\n\n"
            "| Company | Project | Location | Capex | Status |\n"
            "|---|---|---|---|---|\n"
            "| Norrbrand Stål AB | DRI plant, JV w/ Kestrel Hydrogen | Oxelösund, Sweden | SEK 9bn | Under construction |\n"
            "| Velmora Acciai | Electric arc furnace | Taranto, Italy | €1.2bn | Planned - FID taken May |\n"
            "| Quillon Metals | 2nd pellet plant | TBC (Brazil) | TBC | Proposed |\n\n"
            "NOTES\n\n1. Quillon: the shortlist of sites is not public.")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location) for p in extraction.plants} == {
        ("norrbrand stal", "oxelosund"), ("velmora acciai", "taranto"), ("quillon metals", "brazil")}
    assert {p.location: p.status for p in extraction.plants} == {"oxelosund": "under construction", "taranto": "planned", "brazil": "proposed"}
    assert next(p.ordinal for p in extraction.plants if p.location == "brazil") == 2
    plant_at = {p.key: p.location for p in extraction.plants}
    assert {(i.investor, i.amount, i.currency, plant_at[i.target]) for i in extraction.investments} == {
        ("norrbrand stal", Decimal("9000000000"), "SEK", "oxelosund"), ("velmora acciai", Decimal("1200000000"), "EUR", "taranto")}
    assert [tuple(p.partners) for p in extraction.partnerships] == [("kestrel hydrogen", "norrbrand stal")]
    assert "Quillon Metals" in orgs(extraction) and not any("Planned" in name or "FID" in name for name in orgs(extraction))


def test_a_fact_sheet_s_key_facts_say_who_runs_its_plant_and_where(nlp):
    text = ("Brightwater Pack Hub - key facts\n\n"
            "- Developer and operator: Tallis Cartonworks Ltd, owned by Harrow Paper Group\n"
            "- Location: Ellesmere Port, Cheshire, England\n"
            "- Capacity: 400 million cartons a year\n\n"
            "What will the plant make? Folding cartons for food brands, from 2027.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("tallis cartonworks", "ellesmere port")]
    assert "Ellesmere Port" not in orgs(extraction)


def test_labels_give_values_their_roles():
    from kg.components.fields import Field, names_in, place_name, records, role_of, stage

    assert [role_of(label) for label in ("Developer and operator", "Capex (US$ m)", "Owner(s)", "Updated", "Company / Sponsor")] == [
        "operator", "cost", "owner", None, "operator"]
    value = "Orsalis Energy (60%) / Kanto Metalworks (40%), Helixa Battery, Inc."
    assert [value[s:e] for s, e in names_in(value, Field("owner", 0, len(value)))] == ["Orsalis Energy", "Kanto Metalworks", "Helixa Battery, Inc."]
    phrase = "Andesgrid SpA, owned 60% by Solvanta S.L."
    assert [phrase[s:e] for s, e in names_in(phrase, Field("operator", 0, len(phrase)))] == ["Andesgrid SpA"]
    assert [place_name(v, Field("location", 0, len(v))) for v in ("TBC (Poland)", "near Gdańsk, Poland", "n/a")] == ["Poland", "Gdańsk", None]
    assert [stage(v, Field("status", 0, len(v))) for v in ("Paused", "Planned - FID", "Cancelled", "Pre-FID study")] == [
        "under construction", "planned", "cancelled", "proposed"]
    table = "| Year | Revenue | Country |\n|---|---|---|\n| 2025 | €2bn | Spain |"
    assert records(table) == ()  # a table of figures: no company column, no projects


def test_a_notice_s_awards_are_deals_between_the_buyer_and_its_contractors(nlp):
    text = ("Contract award notice\n\n"
            "Contracting authority: Kestrelport Harbour Board\n"
            "Title: Shore power for the container terminal\n\n"
            "Short description: The Contracting Authority and Maridon Terminals Ltd signed a 20-year concession for the terminal in 2024.\n\n"
            "Lot 1 - Civil works\n"
            "Awarded to: Dunmore Civils Ltd, Castlebar\n"
            "Contract value (excl. VAT): EUR 12,000,000\n\n"
            "Lot 2 - Electrical systems\n"
            "The contract has been awarded to a group of economic operators: yes\n"
            "Official name: Voltaren Grid AS\n"
            "Official name: Pexley Electric Ltd\n"
            "The contractor is an SME: no\n")
    extraction = extract_text(nlp, text)
    assert {tuple(p.partners) for p in extraction.partnerships} == {
        ("dunmore civils", "kestrelport harbour board"), ("kestrelport harbour board", "pexley electric", "voltaren grid"),
        ("pexley electric", "voltaren grid"), ("kestrelport harbour board", "maridon terminals")}
    assert "Castlebar" not in orgs(extraction) and "Contracting Authority" not in orgs(extraction)


def test_a_notice_s_about_the_applicant_section_is_part_of_the_story(nlp):
    text = ("Halloran Data Ltd (\"the Applicant\") has applied for consent to build a data centre campus at Lindfield.\n\n"
            "About the Applicant\n\n"
            "The Applicant is a joint venture owned equally by Corrowin Digital Ltd and Teasdale Capital Partners LP.\n\n"
            "About Corrowin Digital\n\n"
            "Corrowin Digital Ltd builds data centres in Europe and works with Mabry Cooling Ltd on its sites.")
    extraction = extract_text(nlp, text)
    assert {"Corrowin Digital Ltd", "Teasdale Capital Partners LP"} <= set(orgs(extraction))
    assert "Mabry Cooling Ltd" not in orgs(extraction)  # a release's 'About X' boilerplate still says nothing of the news


def test_an_impact_assessment_s_document_names_and_its_author_are_no_organisations(nlp):
    text = ("Environmental Statement – Volume 1: Non-Technical Summary\n\n"
            "1.1 This Non-Technical Summary (NTS) summarises the Environmental Statement (ES) submitted by Harlowe Ammonia "
            "Limited (\"the Applicant\") for an ammonia plant at Teesport.\n\n"
            "1.2 The Applicant is owned 70% by Tarnell Gas plc and 30% by Skovbrand Energi A/S of Denmark.\n\n"
            "1.3 The ES has been prepared by Pellow Marsh Environmental LLP on behalf of the Applicant. Copies of the NTS are free.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Harlowe Ammonia Limited", "Tarnell Gas plc", "Skovbrand Energi A/S"}
    assert not extraction.people


def test_an_address_names_the_site_before_its_town(nlp):
    text = ("Item 5: Application 25/0456/FUL – Erection of a bottling hall at Speymount Distillery, Rothes, Aberlour, for "
            "Speymount Spirits Ltd\n\n"
            "Item 6: Application 25/0519/FUL – Erection of a cathode factory at Kirkhill Industrial Park, Dyce, for Torrin Materials Ltd")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location) for p in extraction.plants} == {
        ("speymount spirits", "rothes"), ("torrin materials", "kirkhill industrial park")}


def test_the_subsidiary_running_a_plant_is_no_partner_and_a_deal_s_lifetime_value_no_investment(nlp):
    text = ("Brennick Antriebe GmbH and Halvard Trucks a.s. signed a supply agreement under which Brennick will deliver "
            "e-axles from 2028. Industry estimates put its lifetime value at more than EUR 300 million.\n\n"
            "The axles will be built at Brennick's second plant in Serbia, now under construction in Zrenjanin. The Zrenjanin "
            "plant will be run by the subsidiary Brennick Srbija d.o.o. Brennick is investing EUR 145 million in the plant.")
    extraction = extract_text(nlp, text)
    assert [tuple(p.partners) for p in extraction.partnerships] == [("brennick antriebe", "halvard trucks")]
    assert [i.amount for i in extraction.investments] == [Decimal("145000000")]
    agreement = extract_text(nlp, "Brennick Antriebe GmbH will build a gearbox plant in Zrenjanin. The plant will be run by the subsidiary "
                                  "Brennick Srbija d.o.o. under an operating agreement signed with Brennick Antriebe GmbH in May 2025.")
    assert not agreement.partnerships  # a parent and its own subsidiary


def test_a_board_of_a_named_company_and_a_building_code_are_no_organisations(nlp):
    text = ("In 2023 the Board of Merevale Biologics AG approved an investment of CHF 460 million in a second building on the "
            "campus, T2, which will fill sterile injectables. A third building, T3, is under evaluation.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Merevale Biologics AG"}
    assert [i.investor for i in extraction.investments] == ["merevale biologics"]


def test_an_eu_fund_co_financing_a_project_is_no_organisation(nlp):
    text = ("The Moravian-Silesian Region will build a maintenance hangar at Ostrava airport. The total project budget of "
            "CZK 1.45 billion, co-financed by the Just Transition Fund, was approved in September 2025.")
    assert "Just Transition Fund" not in orgs(extract_text(nlp, text))


def test_a_tracker_copied_out_of_a_spreadsheet_is_read_by_its_tabs(nlp):
    text = ("Green steel projects (copied from the tracker sheet)\n\n"
            "Company\tProject\tLocation\tCapex\tStatus\n"
            "Norrbrand Stål AB\tDRI plant\tOxelösund, Sweden\tSEK 9bn\tUnder construction\n"
            "Velmora Acciai\tElectric arc furnace\tTaranto, Italy\t€1.2bn\tPlanned\n")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location, p.status) for p in extraction.plants} == {
        ("norrbrand stal", "oxelosund", "under construction"), ("velmora acciai", "taranto", "planned")}
    assert {(i.investor, i.currency) for i in extraction.investments} == {("norrbrand stal", "SEK"), ("velmora acciai", "EUR")}


def test_a_tracker_s_bare_figures_are_in_the_unit_its_header_gives(nlp):
    text = ("| Company | Project | Country | Capex (US$m) | Capacity (MW) | Status |\n"
            "|---|---|---|---|---|---|\n"
            "| Karsten Solar AS | Module plant | Norway | 420 | 900 | Under construction |\n"
            "| Idrana Power | Cell plant | Portugal | n/a | 1,200 | Proposed |\n")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount, i.currency) for i in extraction.investments] == [("karsten solar", Decimal("420000000"), "USD")]
    assert {(p.operator, p.location) for p in extraction.plants} == {("karsten solar", "norway"), ("idrana power", "portugal")}


def test_the_plant_of_a_named_company_is_its_own_not_the_last_one_told(nlp):
    text = ("Halvine Anode Materials is the Polish subsidiary of Seokwang Chemical Co., Ltd. In March 2025 Seokwang's board "
            "approved an investment of PLN 2.1 billion in our plant in Ostrołęka, the group's first production site outside Asia.\n\n"
            "Our first customer will be the cell plant of Trosk Energy Polska in Jawor, under a long-term supply agreement we signed last year.")
    extraction = extract_text(nlp, text)
    assert ("trosk energy polska", "jawor") in {(p.operator, p.location) for p in extraction.plants}


def test_a_company_sold_with_an_aside_about_it_partners_seller_and_buyer_and_its_price_is_no_investment(nlp):
    """The parser hangs 'to Shenqiao ...' and 'for 310 million euros' on the relative clause inside the apposition;
    they belong to 'sell', and the price of a whole company is no investment."""
    text = ("Corvale Devices Inc. agreed in January to sell Corvale Saxony GmbH, the unit that owns and runs the wafer fab, "
            "to Suzhou-based Shenqiao Microelectronics for 310 million euros.")
    doc = nlp(text)
    assert {t.text: t.head.text for t in doc if t.dep_ == "prep"}["for"] == "sell"
    extraction = extract_text(nlp, text)
    assert frozenset({"corvale devices", "shenqiao microelectronics"}) in partner_sets(extraction)
    assert not extraction.investments


@pytest.mark.parametrize("text, name, alias", [
    ("Brannock Glass Containers Ltd, which made bottles at the site and traded as Hirwaun Bottle Company until 2019, "
     "called in administrators.", "Brannock Glass Containers Ltd", "Hirwaun Bottle Company"),
    ("Tarvik Holdings (formerly known as Oselka Metals) bought the mill last year.", "Tarvik Holdings", "Oselka Metals"),
    ("The venture, formerly known as Tärnhult Battery AB, has been renamed Kyeolmin Energy Sweden AB.",
     "Kyeolmin Energy Sweden AB", "Tärnhult Battery AB"),
    ("Shares in the coatings business, formerly known as Ebersfeld Coatings GmbH and now called Veltria Coatings AG, "
     "began trading in Frankfurt.", "Veltria Coatings AG", "Ebersfeld Coatings GmbH"),
])
def test_a_company_s_former_name_is_an_alias_not_a_second_company(nlp, text, name, alias):
    assert [(o.name, o.aliases) for o in extract_text(nlp, text).organizations] == [(name, (alias,))]


def test_a_person_quoted_by_an_untagged_surname_is_named_twice_and_kept(nlp):
    """The model tags 'Meriel Askwith' but not 'Askwith' in 'Askwith said': the surname still names her again, so she
    is no name dropped once."""
    text = ("Meriel Askwith of Hollis Vantreight LLP was appointed to run the sale. \"This was the outcome we were working "
            "towards,\" Askwith said.")
    assert [p.name for p in extract_text(nlp, text).people] == ["Meriel Askwith"]


def test_a_town_the_model_takes_for_a_product_is_the_place_the_dateline_names(nlp):
    """The model tags 'Orkanger' in 'the Orkanger smelter' as a product; the dateline names it as a place, and the
    plant's label spells it as words, not as the dateline shouts it."""
    text = ("ORKANGER, Norway, September 24, 2025 - Brattholm Metals AS today poured its first aluminium at the Orkanger "
            "smelter, mothballed since March 2023.")
    [plant] = extract_text(nlp, text).plants
    assert (plant.operator, plant.location, plant.label) == ("brattholm metals", "orkanger", "Brattholm Metals AS's Orkanger smelter")


def test_a_plant_a_bidder_agreed_to_buy_is_still_the_seller_s(nlp):
    """'had agreed to buy the Chillicothe plant': a purchase not yet done gives the bidder no plant of its own; the
    plant is the one the story already gave its owner."""
    text = ("A judge approved the sale of Quarrington Pharmaceuticals' injectables plant in Chillicothe, Ohio, to Belvarre "
            "Health Partners. Ironmark Sterile Solutions had agreed in April to buy the Chillicothe plant for $71 million.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("quarrington pharmaceuticals", "chillicothe")]


def test_the_price_in_a_sale_to_a_contract_manufacturer_is_the_buyer_s(nlp):
    """The parser reads 'to contract manufacturer Belvarre' as an infinitive; mended, 'to Belvarre' names the buyer
    of the plant, who pays the price."""
    text = ("A judge on Wednesday approved the sale of Quarrington Pharmaceuticals' injectables plant in Chillicothe, Ohio, "
            "to contract manufacturer Belvarre Health Partners for $86 million.")
    doc = nlp(text)
    assert [(t.dep_, t.head.text) for t in doc if t.text == "to"] == [("prep", "sale")]
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("belvarre health partners", 86_000_000)]


def test_a_court_for_a_district_is_one_public_body_and_its_judge_s_organisation(nlp):
    text = "Judge Winifred Alcott of the US Bankruptcy Court for the District of Delaware signed the sale order."
    extraction = extract_text(nlp, text)
    assert [(o.name, o.kind) for o in extraction.organizations] == [("US Bankruptcy Court for the District of Delaware", "government")]
    assert role_triples(extraction) == [("winifred alcott", "judge", "us bankruptcy court for the district of delaware")]


def test_a_part_of_the_world_is_no_plant_s_place(nlp):
    """'the first PDH plant in the Gulf', 'its first plant in Africa': the town the story gives it is where it stands."""
    text = ("Maglificio Serravalle S.p.A. is building a knitwear factory in Egypt. It is due to start production in August "
            "and will be its first factory in Africa.")
    assert "africa" not in {p.location for p in extract_text(nlp, text).plants}


def test_a_process_acronym_before_a_plant_names_no_place(nlp):
    text = "Anoa Mineral will supply mixed hydroxide precipitate to the project from its HPAL plant in Morosi."
    assert [p.location for p in extract_text(nlp, text).plants] == ["morosi"]


def test_the_weaver_s_mill_is_the_weaver_s_and_its_buyer_pays_for_the_new_line(nlp):
    """'the weaver' is the company introduced as 'denim weaver X'; 'Montalvão', opening its sentence and tagged as a
    noun, is the first word of 'Montalvão Capital', not a common word."""
    text = ("Lisbon-based private-equity firm Montalvão Capital has completed the purchase of a 70% stake in denim weaver "
            "Tecelagem Ribaverde SA from the founding Ribeiro family for €38 million. Montalvão has pledged a further €12 "
            "million to add a second dyeing range at the weaver's mill in Guimarães.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("tecelagem ribaverde", "guimaraes")]
    assert {(i.investor, i.amount) for i in extraction.investments} == {("montalvao capital", 38_000_000), ("montalvao capital", 12_000_000)}


def test_a_place_then_a_name_ending_in_a_company_word_is_one_company(nlp):
    """The model tags 'Ntshebe' as a place and 'Chrome Smelters' as a person: together they are the company that
    owns the smelter."""
    text = ("The Industrial Development Corporation will take a 40% stake in Ntshebe Chrome Smelters, owner of the idled "
            "ferrochrome smelter outside Mokopane in Limpopo, in a R1.8 billion rescue.")
    extraction = extract_text(nlp, text)
    assert "Ntshebe Chrome Smelters" in [o.name for o in extraction.organizations]
    assert [(p.operator, p.location) for p in extraction.plants] == [("ntshebe chrome smelters", "mokopane")]


@pytest.mark.parametrize("text, roles", [
    ("Jane Okafor was named chief executive of Hollis Vantreight LLP in May.",
     [("jane okafor", "chief executive", "hollis vantreight")]),
    ("Hollis Vantreight LLP has appointed Jane Okafor chief executive.", [("jane okafor", "chief executive", "hollis vantreight")]),
    ("Jane Okafor, who was appointed chief executive of Hollis Vantreight LLP in May, said the plant would open.",
     [("jane okafor", "chief executive", "hollis vantreight")]),
    ("Jane Okafor will take over as chief executive of Hollis Vantreight LLP in May.",
     [("jane okafor", "chief executive", "hollis vantreight")]),
    ("Jane Okafor joined Hollis Vantreight LLP as chief financial officer in 2021.",
     [("jane okafor", "chief financial officer", "hollis vantreight")]),
    ("Meriel Askwith and Dafydd Penhallow of Hollis Vantreight LLP were appointed joint administrators.",
     [("meriel askwith", "joint administrators", "hollis vantreight"), ("dafydd penhallow", "joint administrators", "hollis vantreight")]),
])
def test_a_person_appointed_to_a_post_holds_it(nlp, text, roles):
    assert role_triples(extract_text(nlp, text)) == roles


def test_a_name_ending_in_containers_is_a_company_that_the_model_took_for_a_person(nlp):
    text = "Caldermoor Containers has bought the glassworks in Hirwaun from administrators for an undisclosed sum."
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Caldermoor Containers"]
    assert [(p.operator, p.location) for p in extraction.plants] == [("caldermoor containers", "hirwaun")]


@pytest.mark.parametrize("name", ["Odisha State Pollution Control Board", "Inspecció de Treball de Catalunya", "Generalitat de Catalunya",
                                  "Superintendencia de Electricidad y Combustibles", "Health and Safety Executive",
                                  "U.S. Chemical Safety and Hazard Investigation Board", "Xunta de Galicia"])
def test_regulators_inspectorates_and_regional_governments_are_public_bodies(name):
    assert org_kind(name) == "government"


@pytest.mark.parametrize("name", ["Kallio Board Oyj", "Harlow Board Co."])
def test_a_board_maker_stays_a_company(name):
    assert org_kind(name) == "company"


def test_a_regulator_that_orders_a_closure_is_no_partner_and_the_company_pays_for_the_repairs(nlp):
    """'ordered the closure of X's plant' is a command, not an order for goods; typed as a public body, the board is
    no antecedent of 'the company'."""
    text = ("The Odisha State Pollution Control Board has ordered the closure of Keshari Alkalies Ltd's chlorine plant at "
            "Ganjam after a leak on Tuesday. The company said it would spend Rs 90 crore on new valves and scrubbers.")
    extraction = extract_text(nlp, text)
    assert not extraction.partnerships
    assert [(i.investor, i.amount) for i in extraction.investments] == [("keshari alkalies", 900_000_000)]
    assert orgs(extraction)["Odisha State Pollution Control Board"].kind == "government"


def test_an_earlier_estimate_is_no_investment(nlp):
    text = ("Tolvera Fertilizantes S.A. will build a gas lateral to its urea plant for about $48 million. Earlier estimates "
            "of $35 million did not include the compressor station the project now requires.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [48_000_000]


def test_the_country_s_second_largest_plant_is_no_second_plant(nlp):
    text = ("A gas shortage has shut the country's second-largest urea plant. Tolvera Fertilizantes S.A. said its urea "
            "complex at Campana had been idle since Friday.")
    plants = extract_text(nlp, text).plants
    assert all(p.ordinal is None for p in plants)
    assert [(p.operator, p.location) for p in plants] == [("tolvera fertilizantes", "campana")]


def test_its_plant_after_a_noun_the_tagger_took_for_a_verb_is_the_subject_s(nlp):
    """'to ship two cargoes to X from its own plant': 'cargoes' is the object, tagged VERB; 'its' is the subject's."""
    text = ("To limit the damage, Marowijne Nitrogen Ltd. has agreed to ship two cargoes to Agrovale Paraná from its own plant at Point Lisas, "
            "at prices the companies did not disclose.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("marowijne nitrogen", "point lisas")]


def test_force_majeure_on_deliveries_to_an_offtaker_leaves_the_contract_active(nlp):
    text = ("Tolvera Fertilizantes S.A. said its urea plant had been idle since Friday. The company has declared force "
            "majeure on July cargoes to Agrovale Paraná, the Brazilian distributor that takes most of its exports under a "
            "long-term offtake contract.")
    assert [(set(p.partners), p.status) for p in extract_text(nlp, text).partnerships] == [({"tolvera fertilizantes", "agrovale parana"}, "active")]


def test_a_company_s_name_without_its_company_word_stands_for_it(nlp):
    """'Udalbe' alone, untagged, after 'Plásticos Udalbe', is that company."""
    doc = nlp("Among the first to feel it is Valencia-based film maker Plásticos Udalbe, which buys about half of its resin "
              "from Tarraco Polímeros S.A. under a supply contract that runs to 2028. Udalbe in turn told its own customers "
              "on Wednesday, among them a dairy group, that it was invoking force majeure on packaging film for April.")
    assert [m.key for m in doc._.kg_orgs if doc[m.start].text == "Udalbe"] == ["plasticos udalbe"]


def test_a_plant_in_another_country_is_not_the_one_named_before(nlp):
    """'The assembly plant in Suzhou' after plants in Denmark, Poland and Mexico is a fourth plant; 'The Querétaro
    plant' is the third, run by the Mexican arm."""
    text = ("As a precaution, Brosund Components Group stopped all lines at its plants in Horsens, Denmark, Gliwice, Poland, and "
            "Querétaro, Mexico. The assembly plant in Suzhou, China, was not affected. The Querétaro plant, operated by "
            "the group's Mexican subsidiary Brosund Hidráulica de México, is expected to restart on 14 April.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert plants == {("brosund components group", "horsens"), ("brosund components group", "gliwice"),
                      ("brosund hidraulica de mexico", "queretaro"), ("brosund components group", "suzhou")}


def test_the_police_are_a_public_body():
    assert org_kind("Danish National Police") == "government"


def test_a_union_local_named_with_its_union_is_one_body_that_signs_with_the_employer(nlp):
    """'Local 212 of the Atlantic Food and Allied Workers Union' is one union ('Local 212' for short, the model
    having cut the name at its 'and'); its members' vote on a contract is a deal with the story's company; the street
    the plant's gates open onto is no organisation."""
    text = ("The lockout at the Marrowby Foods french-fry plant in Grand Falls is over. Members of Local 212 of the "
            "Atlantic Food and Allied Workers Union voted 78 per cent in favour of a new four-year contract on Tuesday, "
            "and the first shift walked back through the gates on Industrial Drive yesterday. \"Nobody wins a "
            "lockout,\" said Mireille Theriault, president of Local 212.")
    extraction = extract_text(nlp, text)
    union = "Local 212 of the Atlantic Food and Allied Workers Union"
    assert {o.name for o in extraction.organizations} == {"Marrowby Foods", union}
    assert orgs(extraction)[union].aliases == ("Local 212",)
    assert [(set(p.partners), p.status) for p in extraction.partnerships] == [
        ({"marrowby foods", entity_key(union)}, "active")]


def test_a_place_the_model_tagged_before_a_co_operative_is_part_of_its_name(nlp):
    text = ("About 60 growers sell their crop to the plant through the Saint John Valley Potato Growers Co-operative, "
            "under a supply agreement with Marrowby Foods.")
    assert "Saint John Valley Potato Growers Co-operative" in orgs(extract_text(nlp, text))


@pytest.mark.parametrize("text", [
    "The company has also set up the Marrowby Solidarity Fund, with €4 million, to compensate people who fell ill.",
    "The Occupational Safety and Health Administration proposed $412,500 in penalties against Brenmark Poultry over an "
    "ammonia release at its plant in Gainesville.",
])
def test_compensation_funds_and_penalties_are_no_investments(nlp, text):
    assert not extract_text(nlp, "Marrowby Foods NV runs a plant in Staden. " + text).investments


def test_a_union_named_before_its_description_and_a_chain_after_its_noun_are_organisations(nlp):
    text = ("The recall covered the Dagvers spinach that the plant packed for the supermarket chain Colmart under its own "
            "label. \"People have been sitting at home,\" said Kobe Vanhaelewyn, regional secretary of the Vlaamse "
            "Voedingsbond, the food workers' union.")
    extraction = extract_text(nlp, text)
    assert {"Colmart", "Vlaamse Voedingsbond"} <= set(orgs(extraction))
    assert role_triples(extraction) == [("kobe vanhaelewyn", "regional secretary", "vlaamse voedingsbond")]


def test_the_owner_of_a_whole_company_is_no_partner_but_stays_in_the_graph(nlp):
    """'X, which is owned by the investment firm Y' names an owner, not a deal; 'is 34% owned by' is a stake."""
    owned = extract_text(nlp, "Marrowby Foods NV, which is owned by the Ghent-based investment firm Hallaert Capital, "
                              "will close its plant in Staden.")
    assert not owned.partnerships
    assert "Hallaert Capital" in orgs(owned)
    stake = extract_text(nlp, "Karoo Beverages, which is 34% owned by Dutch brewer Brouwerij Van Houten N.V., will build "
                              "a brewery in Coega.")
    assert partner_sets(stake) == {frozenset({"karoo beverages", "brouwerij van houten"})}


def test_a_region_named_as_a_person_beside_its_government_is_a_public_body(nlp):
    text = ("Regione Emilia-Romagna, the regional government, approved last week a grant of up to €3.2 million for "
            "Cerdolfi Ceramiche S.p.A. from its fund for flood-hit manufacturers.")
    assert orgs(extract_text(nlp, text))["Regione Emilia-Romagna"].kind == "government"


def test_the_remaining_share_of_a_repair_bill_is_the_second_owner_s(nlp):
    text = ("Sagano Tenzo Materials Co., the photoresist venture of Kurabe Seiki Co. and Daesan Chemtec Co., will spend "
            "¥14 billion to repair its plant in Nanao. Kurabe Seiki, which owns 60% of the venture, will put in ¥8.4 "
            "billion and Daesan Chemtec the remaining ¥5.6 billion. The venture will resume shipments of KrF resists in March.")
    extraction = extract_text(nlp, text)
    assert ("daesan chemtec", 5_600_000_000) in {(i.investor, i.amount) for i in extraction.investments}
    assert "KrF" not in orgs(extraction)


def test_the_plant_s_customer_partners_its_operator_and_a_speaker_works_for_the_operator(nlp):
    """'Site manager X said the plant's largest customer, the detergent maker Y, had been told ...': Y is what X
    speaks of, the customer of the plant's operator."""
    text = ("An explosion ripped through a unit at the Halvorne Specialty Chemicals plant in Geismar late Tuesday, the "
            "company said. Site manager Corey Lemoine said the plant's largest customer, the detergent maker Pellridge "
            "Home Care, had been told that deliveries under its supply contract would resume within a month.")
    extraction = extract_text(nlp, text)
    assert [(r.person, r.org) for r in extraction.roles] == [("corey lemoine", "halvorne specialty chemicals")]
    assert partner_sets(extraction) == {frozenset({"halvorne specialty chemicals", "pellridge home care"})}


def test_a_state_representative_is_a_person_with_a_post(nlp):
    text = "State Rep. Alicia Fontenot, whose district includes the plant, called it a bad night for the town."
    assert role_triples(extract_text(nlp, text)) == [("alicia fontenot", "state representative", None)]


def test_the_co_operative_is_the_one_named_as_one_and_its_chair_works_for_it(nlp):
    text = ("About 60 growers sell their crop to the plant through the Saint John Valley Potato Growers Co-operative, "
            "under a supply agreement with Marrowby Foods. \"We've got potatoes going soft,\" said Wendell Haines, who "
            "chairs the co-operative.")
    assert role_triples(extract_text(nlp, text)) == [("wendell haines", "chair", "saint john valley potato growers co operative")]


def test_a_state_representative_named_with_the_state_sits_for_no_organisation(nlp):
    text = ("State Rep. Alicia Fontenot, whose district includes the plant, called it a bad night and said she would ask "
            "the Chemical Safety Board to brief residents.")
    assert role_triples(extract_text(nlp, text)) == [("alicia fontenot", "state representative", None)]


def test_the_company_after_a_regulator_s_act_is_the_company_it_acted_on(nlp):
    text = ("Tolvera Fertilizantes S.A. runs a urea plant in Campana.\n\nThe Occupational Safety and Health Administration "
            "proposed $412,500 in penalties against Brenmark Poultry over a June ammonia release. The company said it had "
            "already spent $3.8 million replacing valves in its processing plant in Gainesville.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("brenmark poultry", 3_800_000)]


def test_a_complex_named_after_its_town_is_a_plant_there(nlp):
    """'the La Pobla de Mafumet complex': the model tags the town as a facility of its own; it is the complex's place."""
    text = ("Corvessa Petroquímica S.A. said a fire broke out late on Monday at the La Pobla de Mafumet complex and took "
            "firefighters nine hours to bring under control.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("corvessa petroquimica", "la pobla de mafumet")]


def test_a_company_noun_opening_the_sentence_introduces_the_company_after_it(nlp):
    text = "Glassmaker Cristalera Ombú idled one of the two furnaces at its plant in Llavallol, in Buenos Aires province."
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Cristalera Ombú"]
    assert [(p.operator, p.location) for p in extraction.plants] == [("cristalera ombu", "llavallol")]


def test_a_public_body_s_short_name_between_commas_is_its_alias(nlp):
    text = "The Finnish Safety and Chemicals Agency, Tukes, is investigating the blast at the Hirvasmaki Bioenergia plant."
    extraction = extract_text(nlp, text)
    assert "Tukes" not in orgs(extraction)
    assert orgs(extraction)["Finnish Safety and Chemicals Agency"].aliases == ("Tukes",)


def test_a_city_manager_works_for_the_city(nlp):
    text = ("Tallvik Compute will build a data-centre campus in Iisalmi. The City of Iisalmi has agreed to take waste heat "
            "from the campus for its district heating network, city manager Helka Pyysalo-Lind said.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("helka pyysalo lind", "city manager", "city of iisalmi")]
    assert partner_sets(extraction) == {frozenset({"city of iisalmi", "tallvik compute"})}  # heat taken from the campus is bought from its owner


def test_an_agreement_to_buy_a_site_is_not_signed_with_the_project_s_owner(nlp):
    text = ("The site had been earmarked for a data centre since 2024, when US developer Norvane Datacenters signed a "
            "preliminary agreement to buy it. Tallvik Compute will build the campus.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_a_company_with_a_salt_flat_s_name_is_a_company(nlp):
    """'Salar' opens names of salt flats, but a legal form before the possessive ends a company's name."""
    text = ("The start of Salar Andino Refining SpA's lithium hydroxide refinery at La Negra has slipped. The line still "
            "needs a permit from the Environmental Assessment Service.")
    extraction = extract_text(nlp, text)
    assert {name: o.kind for name, o in orgs(extraction).items()} == {
        "Salar Andino Refining SpA": "company", "Environmental Assessment Service": "government"}
    assert [(p.operator, p.location) for p in extraction.plants] == [("salar andino refining", "la negra")]


def test_a_name_between_an_owner_s_possessive_and_a_plant_noun_names_the_plant(nlp):
    text = ("Atacama Pulse Energía SpA terminated the 10-year power purchase agreement it signed in 2024, and has sold the "
            "output of its Pampa Blanca solar park near María Elena to a mining company it did not name.")
    assert list(orgs(extract_text(nlp, text))) == ["Atacama Pulse Energía SpA"]


def test_a_councilmember_sits_on_the_city_s_council(nlp):
    text = ("Sonoran Cell Technologies Inc. will pay $74 million toward a pipeline from the city's water reclamation facility "
            "to its plant and toward an expansion of the facility's tertiary treatment. The City of Casa Grande will put in $38 "
            "million of its own for the expansion, financed through wastewater revenue bonds. The lone no vote came from "
            "Councilmember Dale Whitcomb, who said the city should have required the company to cover the full cost.")
    assert role_triples(extract_text(nlp, text)) == [("dale whitcomb", "councilmember", "city of casa grande")]


def test_a_plant_on_a_side_of_a_town_stands_in_the_town_and_a_road_is_no_place(nlp):
    text = ("The battery cell factory rising on Casa Grande's north side will run mostly on treated wastewater. Sonoran Cell "
            "Technologies Inc. will pay $74 million toward a pipeline from the Kortsen Road water reclamation facility to its plant.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Sonoran Cell Technologies Inc."]  # "Casa Grande's" is no company
    assert ("sonoran cell technologies", "casa grande") in [(p.operator, p.location) for p in extraction.plants]
    assert "kortsen road" not in [p.location for p in extraction.plants]


def test_a_town_on_whose_edge_a_plant_stands_is_not_its_place(nlp):
    """A guard: 'on the edge of X' now gives a place, less specific than the town the plant stands in."""
    text = ("Brenner Antriebstechnik GmbH will build a €240 million plant in Barleben, on the northern edge of Magdeburg, "
            "the company said on Monday.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["barleben"]


def test_a_town_named_with_a_particle_is_a_place(nlp):
    text = ("Container-glass maker Rennsteig Glas GmbH has renegotiated the gas supply contract for its plant in Neuhaus am "
            "Rennweg, swapping an index-linked price for a three-year fixed tranche and adding biomethane to the mix.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Rennsteig Glas GmbH"]
    assert [(p.operator, p.location) for p in extraction.plants] == [("rennsteig glas", "neuhaus am rennweg")]


def test_no_one_is_no_plant_and_a_works_council_s_chair_works_for_the_company(nlp):
    text = ("Rennsteig Glas GmbH runs a glassworks in Neuhaus am Rennweg. The shift change affects 62 employees, who will "
            "be offered posts on the hot end, the company said. Jens Töpfer, who chairs the works council, said no one would "
            "be made redundant this year.")
    extraction = extract_text(nlp, text)
    assert len(extraction.plants) == 1
    assert role_triples(extraction) == [("jens topfer", "chair", "rennsteig glas")]


def test_a_works_council_s_chair_works_for_the_company_the_council_is_at(nlp):
    text = ("Corvale Devices Inc. wants to sell its Chemnitz fab. Anke Trollmann, who chairs the works council at Corvale "
            "Saxony GmbH, urged the ministry and Corvale to move quickly.")
    assert ("anke trollmann", "chair", "corvale saxony") in role_triples(extract_text(nlp, text))


def test_crowns_are_the_currency_of_the_country_the_story_names(nlp):
    text = ("OSLO - Vestavind Kraft AS took the final investment decision on the 3.4 billion crown ($338 million) wind farm "
            "in June. Fjellsil ASA is also spending 450 million crowns on an energy recovery system at its smelter.")
    assert [(i.investor, i.amount, i.currency) for i in extract_text(nlp, text).investments] == [
        ("vestavind kraft", Decimal("3400000000"), "NOK"), ("fjellsil", Decimal("450000000"), "NOK")]


def test_power_delivered_from_a_wind_farm_and_a_contract_signed_years_ago(nlp):
    text = ("Fjellsil ASA has signed a power purchase agreement with wind developer Vestavind Kraft AS. Under the contract, "
            "Vestavind will deliver about 520 gigawatt hours a year from the Ytre Bremanger wind farm near Svelgen to the "
            "Fjellsil smelter in Høyanger. The rest of the smelter's power still comes from regional hydropower producer "
            "Nordfjord Energi AS, under a 20-year contract signed in 2007.")
    extraction = extract_text(nlp, text)
    assert sorted((p.operator, p.location) for p in extraction.plants) == [("fjellsil", "høyanger"), ("vestavind kraft", "svelgen")]
    assert sorted((p.partners, p.status) for p in extraction.partnerships) == [
        (("fjellsil", "nordfjord energi"), "active"), (("fjellsil", "vestavind kraft"), "agreed")]


def test_a_wind_farm_being_built_is_under_construction(nlp):
    text = "Vestavind Kraft AS will sell most of the output of a wind farm being built near Svelgen."
    assert [p.status for p in extract_text(nlp, text).plants] == ["under construction"]


def test_consultations_with_a_union_are_talks_and_heads_of_terms_a_deal(nlp):
    text = ("Ferrochrome producer Boschfontein Alloys will shut down four of the six furnaces at its smelter outside "
            "Rustenburg. About 640 of the smelter's 1,150 workers could lose their jobs, and Boschfontein has started "
            "consultations under section 189 of the Labour Relations Act with the Platinum Belt Metalworkers' Union. The "
            "company is also trying to build its own supply. It has signed heads of terms with independent power producer "
            "Kalahari Sun Power for a 120-megawatt solar plant near Kathu.")
    assert sorted((p.partners, p.status) for p in extract_text(nlp, text).partnerships) == [
        (("boschfontein alloys", "kalahari sun power"), "agreed"), (("boschfontein alloys", "platinum belt metalworkers union"), "in talks")]


def test_money_applied_for_from_a_facility_a_department_opened_is_the_department_s(nlp):
    text = ("Boschfontein Alloys has applied for R120 million over two years from an energy relief facility for ferroalloy "
            "smelters that the Department of Trade, Industry and Competition opened in April.")
    assert [(i.investor, i.amount, i.status) for i in extract_text(nlp, text).investments] == [
        ("department of trade industry and competition", Decimal("120000000"), "proposed")]


def test_a_named_generating_station_is_a_plant_and_its_existing_output_no_relationship(nlp):
    text = ("Data center developer Halvard Digital Infrastructure Inc. has agreed to buy 480 megawatts of electricity for "
            "20 years. The power purchase agreement with Laurel Valley Energy Co., announced Monday, covers 320 megawatts "
            "from the existing output of the Pine Creek Nuclear Generating Station near Millersburg. Laurel Valley's board "
            "approved the $1.3 billion uprate in January.")
    extraction = extract_text(nlp, text)
    assert "Pine Creek Nuclear Generating Station" not in " ".join(orgs(extraction))
    assert [(p.kind, p.location) for p in extraction.plants] == [("station", "millersburg")]
    assert [(p.partners, p.status) for p in extraction.partnerships] == [(("halvard digital infrastructure", "laurel valley energy"), "agreed")]
    assert [(i.investor, i.amount) for i in extraction.investments] == [("laurel valley energy", Decimal("1300000000"))]


def test_building_a_phase_of_a_campus_puts_the_campus_under_construction(nlp):
    text = ("Data center developer Halvard Digital Infrastructure Inc. is building the first 300-megawatt phase of its campus "
            "in Hazle Township.")
    assert [p.status for p in extract_text(nlp, text).plants] == ["under construction"]


def test_a_plant_built_at_a_steelworks_another_beside_it_and_the_pilot_plant_named_again(nlp):
    text = ("Tararua Milk Co-operative will retire two coal boilers at its milk powder plant in Dannevirke.\n\n"
            "Hanseo Steel Co. signed a 10-year hydrogen supply agreement on Monday with industrial gas company Seorim Gas "
            "Co. for the hydrogen-based direct reduction pilot plant it is building at its Dangjin steelworks. Seorim will "
            "invest 140 billion won ($95 million) in a 30-tonne-a-day hydrogen production plant beside the steelworks. "
            "Hanseo is spending 320 billion won on the pilot plant, which will make about 250,000 tonnes of direct reduced "
            "iron a year.")
    plants = [(p.operator, p.location, p.status) for p in extract_text(nlp, text).plants]
    assert plants == [("tararua milk co operative", "dannevirke", "operating"), ("hanseo steel", "dangjin", "under construction"),
                      ("hanseo steel", "dangjin", "operating"), ("seorim gas", "dangjin", "planned")]


def test_a_plant_a_company_says_another_builds_stays_that_company_s_in_a_venture_story(nlp):
    """A guard: 'that Setouchi is building' now puts the farm under construction, which must not hand it to the venture."""
    text = ("KM Data Centers GK, the joint venture of Kansai Tsushin Holdings Inc. and Meridian Data Pte, will build a data "
            "centre campus in Sakai. For power, the venture has agreed a 15-year power purchase agreement with Setouchi "
            "Solar Corp. for the output of a 150MW solar farm that Setouchi is building in Okayama.")
    assert ("setouchi solar", "okayama") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_an_electrolyser_being_built_beside_a_running_plant_is_another_plant(nlp):
    text = ("Fertiliser producer Agroquímica Manchega S.A. (AQM) will replace part of the natural gas it burns at its "
            "ammonia plant in Puertollano with renewable hydrogen under an offtake agreement signed on Tuesday with local "
            "developer Helios Hidrógeno S.L.\n\nHelios will supply up to 18,000 tonnes of hydrogen a year from the "
            "150-megawatt electrolyser it is building on the edge of the town's industrial estate. Helios took its final "
            "investment decision on the €310 million electrolyser plant last July and started civil works in October. "
            "Electricity will come from the developer's solar park at Almodóvar del Campo, which began producing last year.")
    extraction = extract_text(nlp, text)
    assert sorted((p.operator, p.location, p.status) for p in extraction.plants) == [
        ("agroquimica manchega", "puertollano", "operating"), ("helios hidrogeno", "almodovar del campo", "operating"),
        ("helios hidrogeno", "puertollano", "under construction")]
    assert [(i.investor, i.amount) for i in extraction.investments] == [("helios hidrogeno", Decimal("310000000"))]


def test_money_from_a_body_named_after_its_description_is_that_body_s(nlp):
    text = ("The project has been awarded a €62 million grant by the European Commission from the Innovation Fund and €28 "
            "million from Spain's energy agency, IDAE, under the renewable hydrogen strand of the country's recovery plan.")
    assert ("idae", Decimal("28000000")) in [(i.investor, i.amount) for i in extract_text(nlp, text).investments]


def test_a_commissioned_plant_runs_and_a_grinding_unit_is_a_plant(nlp):
    text = ("Aravali Cements Ltd has commissioned a 45 MW ground-mounted solar plant at Chittorgarh, the company said on "
            "Tuesday. Aravali also operates a grinding unit at Beawar.")
    assert sorted((p.location, p.status) for p in extract_text(nlp, text).plants) == [("beawar", "operating"), ("chittorgarh", "operating")]


def test_the_place_an_official_serves_after_the_title_is_no_part_of_it(nlp):
    text = ("The Netherlands Enterprise Agency (RVO) awarded the project a grant of €7.5 million in December. Anne Wiersma, "
            "gedeputeerde for energy and economy in the Province of Groningen, said the project showed how industry can "
            "decarbonise.")
    assert role_triples(extract_text(nlp, text)) == [("anne wiersma", "gedeputeerde for energy and economy", None)]


def test_a_line_built_to_a_site_supplies_no_one(nlp):
    text = ("Tararua Milk Co-operative will retire the last two coal boilers at its milk powder plant in Dannevirke. Local "
            "lines company Ruahine Lines Ltd will build a new 33-kilovolt feeder to the site.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_a_hungarian_legal_form_does_not_end_the_sentence(nlp):
    """'Kft.' split off its word read as a full stop: the parser cut the company from its own announcement."""
    text = ('Hoshida Film Hungary Kft. ("Hoshida Hungary"), the Hungarian subsidiary of Hoshida Film Technologies Co., Ltd., '
            "today announced the appointment of Gábor Szilágyi as Site Director of its battery separator plant in Debrecen. "
            "The plant, built by general contractor Alföld Építő Zrt. on a 30-hectare plot, will start production in May.")
    extraction = extract_text(nlp, text)
    assert "Hoshida Film Hungary Kft." in orgs(extraction)
    assert [(p.operator, p.location) for p in extraction.plants] == [("hoshida film hungary", "debrecen")]
    assert partner_sets(extraction) == {frozenset({"alfold epito", "hoshida film hungary"})}


def test_a_country_inside_a_company_s_name_before_its_legal_form(nlp):
    text = ("KT Separator Hungary Kft., a joint venture of South Korea's Korvan Materials and Japan's Tokai Resin Industries, "
            "will build a battery separator film plant in Nyíregyháza. Most of the output will go to Vireon Cell Hungary Kft., "
            "which assembles lithium-ion cells at a plant in Debrecen.")
    assert {"KT Separator Hungary Kft.", "Vireon Cell Hungary Kft."} <= set(orgs(extract_text(nlp, text)))


def test_a_place_s_government_and_the_government_of_that_place_are_one_body(nlp):
    text = ("Ribera Cells broke ground on the factory that Navarre's government has called the biggest project in the "
            "region's history. Irigoyen announced that the Government of Navarre would add a €38 million grant.")
    assert [o.name for o in extract_text(nlp, text).organizations if o.kind == "government"] == ["Government of Navarre"]


def test_whose_organisation_after_a_speaker_is_the_speaker_s(nlp):
    text = ("Ribera Cells broke ground on a battery plant in Tudela. \"This plant has to pay Navarre wages,\" said the "
            "union's general secretary, Jon Etxeberria, whose Sindicato Industrial de Navarra represents most metalworkers.")
    assert ("jon etxeberria", "general secretary", "sindicato industrial de navarra") in role_triples(extract_text(nlp, text))


def test_a_plant_a_bearing_from_a_town_is_built_there(nlp):
    """'a battery cell factory north of Tudela': parsed as a compound on 'north', the factory was neither built nor placed."""
    text = "Ribera Cells will build a battery cell factory north of Tudela."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("ribera cells", "tudela")]


def test_a_company_s_first_outside_a_country_is_not_there(nlp):
    """Placed in China, the plant was taken for one somewhere in a country and dropped."""
    text = ("Ribera Cells broke ground on the €1.3 billion battery cell factory on Thursday. The plant will be Qiantang's "
            "first outside China.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("ribera cells", None)]


def test_an_equipment_order_and_an_epcm_contractor_are_deals_and_the_order_value_no_investment(nlp):
    text = ("Polish battery-materials start-up Odra Cathodes has ordered eight roller-hearth kilns from Brennwerk "
            "Thermprozess GmbH for the cathode plant it is building in Kalisz, the two companies said on Wednesday. Neither "
            "side disclosed the value of the order; people close to the deal put it at around €96 million. Warsaw "
            "engineering firm Kordex Inżynieria is managing construction as EPCM contractor. Consultancy Ferrant & Lowe "
            "estimates that European spending on cathode kilns will reach €1.1 billion a year by 2028.")
    extraction = extract_text(nlp, text)
    assert {"Odra Cathodes", "Kordex Inżynieria", "Ferrant & Lowe"} <= set(orgs(extraction))
    assert partner_sets(extraction) == {frozenset({"odra cathodes", "brennwerk thermprozess"}),
                                        frozenset({"odra cathodes", "kordex inzynieria"})}
    assert extraction.investments == ()


def test_state_aid_a_ministry_approves_is_the_ministry_s(nlp):
    text = ("Odra Cathodes is building a cathode plant in Kalisz. Poland's Ministry of Development and Technology approved "
            "310 million zloty of state aid for the project in January.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [
        ("ministry of development and technology", Decimal("310000000"))]


def test_an_overrun_and_an_arbitration_claim_are_no_investments(nlp):
    text = ("Redwater Minerals' board approved a revised budget of $1.12 billion for its Chingola smelter. The miner blamed "
            "about half of the $270 million overrun on rework of foundations poured by the previous contractor. Xingyuan "
            "filed a request for arbitration seated in Singapore, claiming $180 million in unpaid invoices and lost profit.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("1120000000")]


def test_a_title_at_a_country_s_ministry_ends_before_the_country(nlp):
    text = ("Chanda Musonda, permanent secretary at Zambia's Ministry of Mines and Minerals Development, said the ministry "
            "had been briefed on the change.")
    assert role_triples(extract_text(nlp, text)) == [
        ("chanda musonda", "permanent secretary", "ministry of mines and minerals development")]


def test_a_general_contractor_at_work_and_a_federal_award(nlp):
    text = ("Solvane Semiconductor is building a chip plant west of Casa Grande. General contractor Cordero Hale Construction "
            "topped out the main fab building in August. The company received a preliminary award of $310 million from the "
            "U.S. Department of Commerce last year and is still negotiating a final agreement.")
    extraction = extract_text(nlp, text)
    assert "Cordero Hale Construction" in orgs(extraction)
    assert partner_sets(extraction) == {frozenset({"cordero hale construction", "solvane semiconductor"})}
    assert [(i.investor, i.amount) for i in extraction.investments] == [("u s department of commerce", Decimal("310000000"))]


def test_a_name_the_model_took_for_a_company_is_a_person_addressed_as_mr_and_appointed(nlp):
    text = ('Hoshida Film Hungary Kft. ("Hoshida Hungary"), the Hungarian subsidiary of Hoshida Film Technologies Co., Ltd., '
            "today announced the appointment of Gábor Szilágyi as Site Director of its separator plant in Debrecen. "
            "Mr. Szilágyi, 47, joins from Dunamenti Glass Kft.")
    assert ("gabor szilagyi", "site director", "hoshida film hungary") in role_triples(extract_text(nlp, text))


def test_a_contractor_that_built_a_plant_does_not_run_it(nlp):
    text = ("Hoshida Film Hungary Kft. is commissioning its separator plant in Debrecen. The Debrecen plant, built by general "
            "contractor Alföld Építő Zrt. on a 30-hectare plot, represents an investment of EUR 310 million.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("hoshida film hungary", "debrecen")]


def test_a_contract_awarded_to_a_consortium_binds_the_owner_and_both_members(nlp):
    text = ("Sahil Green Ammonia Co has awarded the EPC contract for its planned ammonia plant in Duqm to a consortium of "
            "South Korea's Haedong Engineering & Construction and Spain's Trivesa Industrial, the developer said on Tuesday. "
            "Sahil is a joint venture of Nizwa Energy Holding, which owns 51%, and Kaminari Trading Corp, which holds the rest. "
            "A consortium led by Italy's Corvana Impianti also submitted a final bid.")
    extraction = extract_text(nlp, text)
    assert {"Trivesa Industrial", "Corvana Impianti"} <= set(orgs(extraction))
    assert {frozenset({"haedong engineering construction", "trivesa industrial"}),
            frozenset({"haedong engineering construction", "trivesa industrial", "sahil green ammonia"})} <= partner_sets(extraction)


def test_a_land_block_awarded_by_a_state_agency_is_a_deal_and_first_of_a_kind_no_rank(nlp):
    text = ("Sahil Green Ammonia Co plans a 1.2 million tonne-a-year ammonia plant in Duqm. Hydrom, the state agency that "
            "allocates land for hydrogen projects, awarded the Duqm land block to Sahil Green Ammonia Co in 2023. \"Haedong is "
            "taking a lot of price risk on a first-of-a-kind plant,\" said Priya Raman, an analyst at Tamarind Energy Research.")
    extraction = extract_text(nlp, text)
    assert frozenset({"hydrom", "sahil green ammonia"}) in partner_sets(extraction)
    assert [(p.operator, p.location) for p in extraction.plants] == [("sahil green ammonia", "duqm")]


def test_financial_close_lenders_respectively_owners_by_share_and_an_analyst_s_broker(nlp):
    text = ("Nghi Son Vinyl Company Ltd (NSV) has closed US$1 billion of loans for its PVC complex in Thanh Hoa province. "
            "The Export-Import Bank of Korea (Kexim) is providing a $400 million direct loan, while Hanseong Bank and Orient "
            "Pacific Bank are lending $250 million and $200 million respectively. NSV is 60% owned by Daesan Polymer and "
            "40% by Phuoc An Petrochemical JSC. Nguyen Thi Mai, head of research at Hanoi broker Red River Securities, said "
            "the complex would replace imports.")
    extraction = extract_text(nlp, text)
    assert sorted((i.investor, i.amount) for i in extraction.investments) == [
        ("export import bank of korea", Decimal("400000000")), ("hanseong bank", Decimal("250000000")),
        ("orient pacific bank", Decimal("200000000"))]
    assert partner_sets(extraction) == {frozenset({"daesan polymer", "phuoc an petrochemical"})}
    assert ("nguyen thi mai", "head of research", "red river securities") in role_triples(extraction)


def test_a_vice_chairman_after_a_sentence_about_his_body_works_for_it(nlp):
    text = ("Nghi Son Vinyl Company Ltd will build a PVC plant in Thanh Hoa province. The Thanh Hoa Provincial People's "
            "Committee, which granted the project its investment certificate in 2024, has asked the company to hire local "
            "staff. Vice chairman Le Duc Trung said the province would help the company recruit.")
    assert ("le duc trung", "vice chairman", "thanh hoa provincial people s committee") in role_triples(extract_text(nlp, text))


def test_an_untagged_company_name_and_shortlisted_bidders_are_organisations(nlp):
    text = ("Tabuk Metals Company has invited seven prequalified contractors to bid for the construction of an aluminium "
            "smelter at Ras Al-Khair. Pune-based Sahyadri Float Glass Ltd has shortlisted Meghdoot Engineering and Trishul "
            "Infraprojects for the EPC contract on its solar glass plant at Butibori.")
    assert {"Tabuk Metals Company", "Meghdoot Engineering", "Trishul Infraprojects"} <= set(orgs(extract_text(nlp, text)))


def test_an_agenda_item_in_title_case_names_no_company(nlp):
    """A guard for the untagged-company rule: capitalised words ending in a company word are no name in a heading."""
    text = ("7. Application APP/2025/0987 – Erection of Whey Protein Drying Plant, Effluent Treatment Works and Associated "
            "Infrastructure at Ythanvale Creamery, Cuminestown, for Ythanvale Dairy Co-operative Limited")
    assert "Associated Infrastructure" not in orgs(extract_text(nlp, text))


def test_a_budget_lifted_from_an_older_figure_keeps_only_the_new_one(nlp):
    text = ("Coogee Lithium Refining is building a lithium hydroxide refinery at Kwinana. The joint venture's board lifted "
            "the project's budget to A$1.74 billion last month, from A$1.55 billion.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("1740000000")]


def test_the_company_s_works_in_a_clause_after_a_new_hire_s_former_employer_are_that_employer_s(nlp):
    text = ("Hoshida Film Hungary Kft. appointed Gábor Szilágyi as Site Director of its separator plant in Debrecen. "
            "Mr. Szilágyi, 47, joins from Dunamenti Glass Kft., where he has been plant manager of the company's float-glass "
            "works in Orosháza since 2019.")
    assert ("dunamenti glass", "oroshaza") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


@pytest.mark.parametrize("text, pair", [
    ("Tarrabool Resources Ltd will build a lithium hydroxide refinery at Kemerton. Fremantle-based Mondria Engineering "
     "Pty Ltd won the engineering, procurement and construction management contract.", {"mondria engineering", "tarrabool resources"}),
    ("Aguas del Loa SpA will build a desalination plant near Mejillones. The EPC contract went to Acuatec "
     "Infraestructuras SA, a Madrid-based water engineering firm.", {"acuatec infraestructuras", "aguas del loa"}),
    ("Keihanna DC Partners GK will build a data centre campus in Seika. The venture has picked Tsubaki Construction Co "
     "as main contractor under a contract worth about 140 billion yen.", {"keihanna dc partners", "tsubaki construction"}),
])
def test_a_contract_won_given_or_a_contractor_picked_is_a_deal_with_the_owner(nlp, text, pair):
    assert frozenset(pair) in partner_sets(extract_text(nlp, text))


def test_a_subsidiary_of_a_named_parent_builds_for_itself_not_for_its_buyer(nlp):
    """'a subsidiary of Spain's Grupo Ibervento' is no unit of the state utility the story names most."""
    text = ("Energía Solar del Pacífico has started building a 500 MW solar park near Caborca that will sell its entire "
            "output to the Comisión Federal de Electricidad (CFE). Energía Solar del Pacífico, "
            "a subsidiary of Spain's Grupo Ibervento, is investing MXN 9.5 billion. The park is being built by Hermosillo-based "
            "Constructora Yaqui under an EPC contract. The CFE will pay a fixed tariff. The CFE said the park would help it "
            "meet demand.")
    assert frozenset({"constructora yaqui", "energia solar del pacifico"}) in partner_sets(extract_text(nlp, text))


def test_a_leader_named_after_led_by_and_a_short_form_after_a_title_at(nlp):
    text = ("Norrlith AB and Voltaris will set up a recycling venture, Circulon B.V., in Moerdijk. Circulon will be led by "
            "Managing Director Annika Strand, who joins from Norrlith. Sakuragi Corporation, a Japanese trading house, will "
            "buy the venture's output. Daisuke Mori, general manager of hydrogen and ammonia at Sakuragi, said utilities "
            "needed suppliers.")
    triples = role_triples(extract_text(nlp, text))
    assert ("annika strand", "managing director", "circulon") in triples
    assert ("daisuke mori", "general manager of hydrogen and ammonia", "sakuragi") in triples


def test_the_co_op_is_the_co_operative_named_in_the_story(nlp):
    """Not the story's most-named company: 'the co-op' stands for the one whose name holds 'Co-operative'."""
    text = ("Groupe Lanvière will spend €48 million on a whey plant in Charleville, run by its unit Lanvière Ireland Ltd. "
            "Groupe Lanvière said the plant would open in 2027. Lanvière Ireland already buys milk from Ballyhea "
            "Co-operative Creamery under a supply agreement that runs to 2030. On Tuesday the two sides signed a second "
            "agreement under which the co-op will sell Lanvière Ireland the field next to the factory.")
    pair = {"ballyhea co operative creamery", "lanviere ireland"}
    assert {p.status for p in extract_text(nlp, text).partnerships if set(p.partners) == pair} == {"active", "agreed"}


def test_a_company_whose_shares_are_traded_is_no_place(nlp):
    """'Shares in Calderway' made Calderway a place, and with it every mention of the company in the story."""
    text = ("Calderway, the FTSE 250 speciality chemicals group, said it would build a £460m plant at Wilton. Closer to "
            "home, Calderway is spending £140m to expand its existing plant in Runcorn. Shares in Calderway closed down 3.1pc.")
    extraction = extract_text(nlp, text)
    assert "Calderway" in orgs(extraction)
    assert {(p.operator, p.location) for p in extraction.plants} >= {("calderway", "wilton"), ("calderway", "runcorn")}


def test_what_a_plant_stands_on_is_a_place(nlp):
    text = ("Calderway will build a new surfactants plant on Teesside, its chief executive said. Teesside has the "
            "feedstock pipelines, the skills and the port.")
    extraction = extract_text(nlp, text)
    assert "Teesside" not in orgs(extraction)
    assert "Teesside" in [p.name for p in extraction.places]


def test_a_multi_year_capital_programme_and_a_year_s_capex_range_are_no_investments(nlp):
    text = ("Calderway told investors that it would spend £2.8bn on capital projects between 2026 and 2030, with a £460m "
            "plant at Wilton as the largest item. For 2026, the company expects capital expenditure of £850 million to "
            "£950 million and proposes £160 million in dividends.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("460000000")]


def test_a_town_before_its_state_and_towns_listed_after_a_count_are_where_the_plants_are(nlp):
    text = ("Embalagens Serrana S.A. started building its seventh plant, in Cabo de Santo Agostinho, Pernambuco. "
            "The Company already operates six plants in Brazil, in Jundiaí, Três Lagoas, Ponta Grossa, Manaus, Itumbiara "
            "and Pouso Alegre.")
    extraction = extract_text(nlp, text)
    assert "Cabo de Santo Agostinho" not in orgs(extraction)
    assert {p.location for p in extraction.plants} == {"cabo de santo agostinho", "jundiai", "tres lagoas", "ponta grossa",
                                                      "manaus", "itumbiara", "pouso alegre"}


def test_plants_an_about_paragraph_lists_by_town_are_the_company_s(nlp):
    text = ("SÃO PAULO, March 5, 2026 -- Embalagens Serrana S.A. today announced results for 2025. Construction began "
            "on its new plant in Recife.\n\n"
            "About Embalagens Serrana\n\n"
            "Embalagens Serrana S.A. is a Brazilian maker of aluminium cans. The Company operates plants in Jundiaí and "
            "Manaus.\n")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {
        ("embalagens serrana", "recife"), ("embalagens serrana", "jundiai"), ("embalagens serrana", "manaus")}


def test_a_stake_sold_is_a_deal_of_seller_and_buyer_and_the_company_sold_stays_in_the_story(nlp):
    text = ("Siderúrgica Atlântico S.A. will build an iron plant in Pecém. To focus on the project, Siderúrgica Atlântico "
            "also agreed to sell its 30% stake in pig-iron producer Ferro Gusa Itaúna to Mexico's Grupo Acerero del Norte "
            "for R$410 million.")
    extraction = extract_text(nlp, text)
    assert partner_sets(extraction) == {frozenset({"grupo acerero del norte", "siderurgica atlantico"})}
    assert "Ferro Gusa Itaúna" in orgs(extraction)


def test_a_known_town_followed_by_its_country_is_a_place(nlp):
    text = ("Ferrwald Automotive SE will close its Schwäbisch Hall plant. Some of the volume goes to Kecskemét in Hungary, "
            "where the board approved €35m in September for a new column line.")
    extraction = extract_text(nlp, text)
    assert "Kecskemét" not in orgs(extraction)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("ferrwald automotive", Decimal("35000000"))]


def test_we_in_an_answer_to_a_bold_question_is_the_interviewee_s_company(nlp):
    """A magazine's interview: bold questions, unlabelled answers (Markdown, as ingest reads it)."""
    from kg.ingest import clean_markdown

    text = clean_markdown("Ferrwald Automotive SE cut its margin guidance on Tuesday. Chief executive Katrin Oberholz of "
                          "Ferrwald Automotive SE spoke to us.\n\n**Is Ferrwald looking for partners?**\n\nWe are talking "
                          "to Tolvane Aluminium about a joint venture for battery housings.\n\n**And the dividend?**\n\n"
                          "The board will propose one.\n")
    assert frozenset({"ferrwald automotive", "tolvane aluminium"}) in partner_sets(extract_text(nlp, text))


def test_results_figures_a_buyback_and_a_capex_range_are_no_investments_and_no_companies(nlp):
    text = ("Swedish tube maker Kestrava AB reported adjusted EBITA of 1.2 billion crowns. Kestrava kept its guidance for 2025 capital "
            "expenditure of 1.6 billion to 1.8 billion crowns. Its board approved 2.4 billion crowns for a new tube plant in "
            "Storfors. It also renewed its normal course issuer bid, under which it may buy back up to 300 million crowns of stock.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Kestrava AB"]
    assert [i.amount for i in extraction.investments] == [Decimal("2400000000")]


def test_an_analyst_s_firm_and_a_town_where_a_mine_is_built(nlp):
    text = ("Northmarch Potash Corp. said its costs had risen. The less welcome news came from Kelvington, where the company "
            "is building a solution mine east of Saskatoon. Priya Raghunathan, an analyst at Kinloch Capital Markets, devoted "
            "most of her note on Thursday to the Kelvington revision.")
    extraction = extract_text(nlp, text)
    assert "Kelvington" not in orgs(extraction)
    assert ("priya raghunathan", "analyst", "kinloch capital markets") in role_triples(extraction)
    assert ("northmarch potash", "kelvington") in [(p.operator, p.location) for p in extraction.plants]


def test_a_public_body_offering_a_company_money_is_the_investor(nlp):
    text = ("Marlow & Pryce will close its Wrexham bakery. Wrexham MP Siân Ellery said the Welsh Government had offered "
            "Marlow & Pryce £3m towards new ovens last autumn if it kept production in the town.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("welsh government", Decimal("3000000"))]


def test_officials_of_a_ministry_offering_support_give_the_ministry_s_money(nlp):
    text = ("Hessler Gruppe will close the Sunderland plant of its unit Calder Automotive Systems. Calder employs 400 people. "
            "Industry minister Priya Anand said officials at the Department for Business and Trade had offered Calder "
            "support worth £12m to keep the site open.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [
        ("department for business and trade", Decimal("12000000"))]


def test_a_corrected_figure_a_face_value_and_a_headline_s_programme_are_no_investments(nlp):
    text = ("Calderway puts Teesside plant at heart of £2.8bn plan\n\n"
            "Calderway said it would spend £2.8bn on capital projects between 2026 and 2030. The company will spend £118 "
            "million, not £180 million, on a plant in Wilton. The board declared a dividend of 3.50 pence per share of face "
            "value £1.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("118000000")]


def test_subscribing_to_a_share_of_a_company_s_equity_makes_partners(nlp):
    text = ("Suvarna Cements Ltd will build a cement plant near Kolayat. The cement maker said it would subscribe to 26% of "
            "the equity of Suryakiran Green Energy Pvt Ltd for Rs 22 crore.")
    assert frozenset({"suvarna cements", "suryakiran green energy"}) in partner_sets(extract_text(nlp, text))


def test_a_developer_described_then_building_in_a_relative_clause_runs_its_plant(nlp):
    text = ("Cimentos Serra Azul S.A. will build a cement plant in Sertânia. Serra Azul also signed a 12-year contract with "
            "Energia Agreste Ltda., a Recife-based renewable energy developer, which will build a 90-megawatt solar farm in "
            "Floresta to supply the plant.")
    assert ("energia agreste", "floresta") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_a_polish_legal_form_ends_no_sentence(nlp):
    doc = nlp("The group said on Monday that Lindqvist Opakowania Sp. z o.o., its wholly owned Polish unit, will build the plant.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Onggi Foods Corp. will build a kimchi plant in Gimje. The board of Kinsun Optronics Corp., a Taiwanese maker of "
     "optical lens modules, on Thursday approved NT$5.2 billion for a third plant in the Central Taiwan Science Park.",
     ("kinsun optronics", "central taiwan science park")),
    ("The board of engineering group Norrvik Industri AB on Monday approved SEK 1.1 billion for a second plant for its "
     "electric-axle subsidiary Hallberg Axelsystem AB, to be built in Trollhättan.", ("hallberg axelsystem", "trollhattan")),
])
def test_a_board_approving_money_for_a_plant_or_a_plant_for_a_subsidiary(nlp, text, expected):
    assert expected in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_the_project_company_is_the_one_said_to_own_the_project(nlp):
    text = ("Umoya Kwezi Energy (Pty) Ltd and Vantelle Renouvelables SAS reached financial close on a wind farm near Cookhouse. "
            "The R3.9 billion project is owned by Kwezi Wind Cookhouse (RF) (Pty) Ltd, in which Umoya Kwezi holds 51% and "
            "Vantelle 49%. The project company has signed a 20-year power purchase agreement with Kgomo Platinum Ltd.")
    assert frozenset({"kgomo platinum", "kwezi wind cookhouse rf pty"}) in partner_sets(extract_text(nlp, text))


def test_spending_named_after_and_is_read_apart_from_the_dividend_before_it(nlp):
    text = ("Suvarna Cements Ltd said its board approved the results for the quarter, an interim dividend and capital "
            "expenditure of Rs 2,450 crore for a new integrated cement plant in Rajasthan.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal("24500000000")]


def test_a_special_purpose_vehicle_is_its_partners_venture_and_the_spv_names_it_again(nlp):
    text = ("Tata Power and Gujarat Alkalies have formed a special purpose vehicle, Kutch Green Hydrogen Ltd, to build an "
            "electrolyser plant at Mundra. The SPV has been allotted 120 acres by the Gujarat Industrial Development "
            "Corporation (GIDC). The SPV will invest Rs 4,200 crore in the plant, Tata Power said.")
    extraction = extract_text(nlp, text)
    assert "SPV" not in orgs(extraction)
    assert partner_sets(extraction) == {frozenset({"gujarat alkalies", "tata power"}),
                                        frozenset({"gujarat industrial development", "kutch green hydrogen"})}
    assert [(p.operator, p.location) for p in extraction.plants] == [("kutch green hydrogen", "mundra")]
    assert [(i.investor, i.amount) for i in extraction.investments] == [("kutch green hydrogen", Decimal("42000000000"))]


def test_the_project_vehicle_is_the_company_introduced_as_one_and_a_vehicle_plant_is_no_venture(nlp):
    text = ("Sarvodaya Metro Coaches Ltd, a special purpose vehicle of Konark Rail Systems and the Odisha government, "
            "will build a coach factory at Khurda. The project vehicle has signed a 30-year lease with Tata Realty for 40 "
            "acres. Konark Rail Systems also makes electric vehicles at Cuttack.")
    extraction = extract_text(nlp, text)
    assert partner_sets(extraction) == {frozenset({"konark rail systems", "odisha government"}),
                                        frozenset({"sarvodaya metro coaches", "tata realty"})}
    assert [(p.operator, p.location) for p in extraction.plants] == [("sarvodaya metro coaches", "khurda")]
    assert not any("vehicle" in name.lower() for name in orgs(extraction))


@pytest.mark.parametrize("text, name", [
    ("Kaltwerk Automotive Polska, the Polish unit of a Stuttgart-based maker of brake components, received a decision "
     "for a PLN 420 million plant in Zielona Góra.", "Kaltwerk Automotive Polska"),
    ("Greenloop Recycling dropped its plan for a PLN 140 million battery-recycling plant in Sulęcin.", "Greenloop Recycling"),
])
def test_a_company_named_after_its_country_or_its_recycling_trade_is_no_person(nlp, text, name):
    extraction = extract_text(nlp, text)
    assert name in orgs(extraction) and not extraction.people


def test_a_union_secretary_quoted_after_the_union_acts_works_for_the_union(nlp):
    text = ("The City of Tshwane awarded the bus contract on Monday. The National Union of Metalworkers of South Africa "
            "welcomed the award but said it would watch hiring closely. \"Local content must mean local jobs,\" regional "
            "secretary Themba Khoza said.")
    assert ("themba khoza", "regional secretary", "national union of metalworkers of south africa") in role_triples(extract_text(nlp, text))


def test_a_county_government_office_is_named_as_written_with_its_hyphenated_county(nlp):
    text = ("The Hajdú-Bihar County Government Office has granted an environmental permit for a cathode plant in the "
            "Debrecen North-West Economic Zone.")
    assert list(orgs(extract_text(nlp, text))) == ["Hajdú-Bihar County Government Office"]


def test_the_office_is_the_body_named_as_an_office(nlp):
    text = ("The Hajdú-Bihar County Government Office has granted an environmental permit to Yunhai Advanced Materials "
            "Kft. for a cathode plant. Gábor Fodor, head of the office's environmental department, said the plant met the rules.")
    employers = {org for person, _, org in role_triples(extract_text(nlp, text)) if person == "gabor fodor"}
    assert employers == {"hajdu bihar county government office"}


def test_the_value_of_a_contract_written_before_it_is_no_investment(nlp):
    text = ("Timișoara City Hall has signed a €96 million contract for 24 low-floor trams with a consortium of Spain's "
            "Ferrovías Levante S.A. and Romanian engineering group Banat Metal Construct SRL. Banat will invest "
            "€14 million in an assembly hall in Arad.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("banat metal construct", Decimal("14000000"))]


def test_a_city_hall_that_signs_is_the_town_s_government_and_its_consortium_s_members_are_parties(nlp):
    text = ("TIMIȘOARA, June 12 — Timișoara City Hall has signed a €96 million contract for 24 low-floor trams with a "
            "consortium of Spain's Ferrovías Levante S.A. and Romanian engineering group Banat Metal Construct SRL. "
            "Deputy mayor Dorin Cărpinișan said the trams would run from 2027.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Timișoara City Hall"].kind == "government"
    assert ("dorin carpinisan", "deputy mayor", "timisoara city hall") in role_triples(extraction)
    assert frozenset({"banat metal construct", "ferrovias levante", "timisoara city hall"}) in partner_sets(extraction)


@pytest.mark.parametrize("handed, investor", [
    ("handed Haneul Optics Co. an investment registration certificate for a US$310 million plant", "haneul optics"),
    ("handed an investment registration certificate for a US$310 million plant to Haneul Optics Vina Co.", "haneul optics"),
])
def test_the_company_handed_a_certificate_for_a_plant_invests_in_it_a_local_arm_s_parent_for_the_arm(nlp, handed, investor):
    text = ("QUANG NINH — South Korea's Haneul Optics Co. has signed a 50-year lease on 25 hectares at Lotus Bay Industrial "
            "Park, becoming the first tenant of the estate and handing its developer the anchor it has been courting.\n\n"
            "The lease was signed on Tuesday in Ha Long with Lotus Bay Industrial Infrastructure JSC. At the same ceremony, "
            f"the Quang Ninh Economic Zone Authority {handed}.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [(investor, Decimal("310000000"))]


def test_a_town_that_is_also_its_province_after_its_own_and_in_is_one_more_plant(nlp):
    text = ("Daehwa Climate Systems Co., Ltd. will build a compressor plant in Mexico. The company operates plants in "
            "Changwon and Pyeongtaek, South Korea, and in Rayong, Thailand.")
    locations = {p.location for p in extract_text(nlp, text).plants}
    assert {"changwon", "pyeongtaek", "rayong"} <= locations


def test_a_district_engineer_is_a_post_and_an_acronym_spelling_of_is_the_body_s(nlp):
    text = ("The South Carolina Department of Transportation has budgeted $12.5 million for the road. Renee Holloway, "
            "SCDOT's district engineer, said contractors would keep one lane open.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("renee holloway", "district engineer", "south carolina department of transportation")]
    assert list(orgs(extraction)) == ["South Carolina Department of Transportation"]


def test_a_state_industrial_corporation_is_public_and_its_allotment_to_a_name_read_as_a_verb_is_a_deal(nlp):
    text = ("CHENNAI: The State Industries Promotion Corporation of Tamil Nadu (SIPCOT) has allotted 72 acres at its "
            "Cheyyar industrial park in Tiruvannamalai district to Veltrix Footwear India Pvt Ltd, the Indian arm of a "
            "Taiwanese contract manufacturer of sports shoes, for a non-leather footwear factory that the company "
            "expects to employ 12,000 people.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["State Industries Promotion Corporation of Tamil Nadu"].kind == "government"
    assert partner_sets(extraction) == {frozenset({"state industries promotion corporation of tamil nadu", "veltrix footwear india"})}
    assert [(p.operator, p.location) for p in extraction.plants] == [("veltrix footwear india", "cheyyar industrial park")]


@pytest.mark.parametrize("title", ["Minister for Manufacturing and Regional Development", "Minister for Manufacturing"])
def test_a_minister_for_manufacturing_is_a_portfolio_title_before_the_name(nlp, title):
    text = f"The Queensland Government will contribute A$7.5 million towards the plant, {title} Rachel Kendrick said."
    assert role_triples(extract_text(nlp, text)) == [("rachel kendrick", title.lower(), "queensland government")]


def test_a_brand_before_a_mass_noun_a_company_owns_is_a_product(nlp):
    text = ("Lanviere Ireland will build a whey plant in Charleville. \"Our Blackwater Vale cheddar already sells in "
            "eleven countries,\" chief executive Aoife Nolan said.")
    assert "blackwater vale" in {p.name.lower() for p in extract_text(nlp, text).products}


def test_a_contract_awarded_to_a_consortium_led_by_two_companies_is_a_deal_of_all_three(nlp):
    text = ("The Metropolitan Transit Authority of Harris County awarded the contract to a consortium led by Nordbus AB "
            "and Texas Coachworks LLC.")
    assert frozenset({"metropolitan transit authority of harris county", "nordbus", "texas coachworks"}) in partner_sets(extract_text(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Stadler Rail won an order from Eurostar for 40 trains.", "Stadler Rail"),
    ("One losing bidder, Kopano Mobility, said it had asked the city for written reasons.", "Kopano Mobility"),
])
def test_rail_and_mobility_end_company_names(nlp, text, name):
    assert name in orgs(extract_text(nlp, text))


def test_a_park_whose_name_the_model_cut_before_park_is_no_company(nlp):
    text = ("Haneul Optics will be the anchor tenant of the Lotus Bay Industrial Park, whose developer Lotus Bay "
            "Industrial Infrastructure JSC signed the lease on Tuesday.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Haneul Optics", "Lotus Bay Industrial Infrastructure JSC"}
    assert partner_sets(extraction) == {frozenset({"haneul optics", "lotus bay industrial infrastructure"})}


def test_a_court_is_a_public_body(nlp):
    text = "The Land and Environment Court approved Nordcath AB's permit application for the cathode plant in Stenungsund."
    assert orgs(extract_text(nlp, text))["Land and Environment Court"].kind == "government"


def test_it_in_a_where_clause_on_the_place_a_company_took_is_that_company(nlp):
    text = "Foxlink Electronics has leased 40 rai at Amata City Chonburi, where it will build a connector plant."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("foxlink electronics", "amata city chonburi")]


def test_an_anchor_tenant_and_its_park_s_developer_are_partners(nlp):
    text = ("The park's developer, Lotus Bay Industrial Infrastructure JSC, said Haneul Optics would be its anchor tenant.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"haneul optics", "lotus bay industrial infrastructure"})}


def test_a_plant_run_by_a_group_the_tagger_read_as_a_name_is_that_group_s(nlp):
    text = ("Bushveld Cement Ltd commissioned a clinker line at its Mokopane works. The kiln will burn fuel from a "
            "processing plant in Polokwane run by waste group Enviroserve Africa.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Enviroserve Africa"].kind == "company"
    assert ("enviroserve africa", "polokwane") in [(p.operator, p.location) for p in extraction.plants]


def test_a_title_whose_portfolio_lists_several_fields_before_the_name(nlp):
    text = ("The Kano State Government has allocated 120 hectares for the factory, the state's Commissioner for Commerce, "
            "Industry and Cooperatives, Amina Yakasai, said on Saturday.")
    assert ("amina yakasai", "commissioner for commerce, industry and cooperatives", "kano state government") \
        in role_triples(extract_text(nlp, text))


def test_an_official_of_one_country_works_for_no_ministry_another_country_owns(nlp):
    text = ("Avícola Serra Gaúcha said it was in talks with Oman's Ministry of Commerce, Industry and Investment Promotion "
            "about a plant in Sohar. The contract is worth $36 million, according to Kenya's cabinet secretary for "
            "investments, trade and industry, Joseph Mwangi, who witnessed the signing.")
    assert [org for person, _, org in role_triples(extract_text(nlp, text)) if person == "joseph mwangi"] == [None]


def test_a_province_s_official_works_for_no_national_department(nlp):
    text = ("The Department of Trade, Industry and Competition gave the plant a grant. The province's MEC for economic "
            "development, environmental affairs and tourism, Sizwe Ndlovu, called the factory proof that Nelson Mandela "
            "Bay could build more than cars.")
    assert [org for person, _, org in role_triples(extract_text(nlp, text)) if person == "sizwe ndlovu"] == [None]


def test_a_funding_round_s_total_is_no_investment_but_its_lead_s_part_is(nlp):
    text = ("Tidewell Medical closed an A$7.5 million seed round in March, led by Melbourne-based Wattle Health Ventures, "
            "which contributed A$4 million.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("wattle health ventures", Decimal("4000000"))]
    assert partner_sets(extraction) == {frozenset({"tidewell medical", "wattle health ventures"})}


def test_the_investor_that_led_a_round_with_a_sum_put_in_that_sum(nlp):
    text = ("Natrivolt AB said on Tuesday it had closed a 210 million kronor ($22 million) Series A round to pay for a "
            "pilot plant at Mjärdevi Science Park. Copenhagen-based Fjordlight Capital led the round with 90 million kronor.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("fjordlight capital", Decimal("90000000"))]
    assert partner_sets(extraction) == {frozenset({"fjordlight capital", "natrivolt"})}


def test_a_lead_investor_s_part_stays_an_investment_beside_the_valuation_it_set(nlp):
    text = ("In March 2024 Reweave Composites raised £14m in a round led by Calder Ventures, which put in £6m and valued "
            "the company at about £60m.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("calder ventures", Decimal("6000000"))]
    assert partner_sets(extraction) == {frozenset({"calder ventures", "reweave composites"})}


def test_a_founder_named_by_surname_after_her_age_holds_the_post_the_copula_gives(nlp):
    text = ("Nadia Farooqui keeps a snapped bicycle frame on the windowsill of her office in Shepshed. It is made of "
            "carbon fibre, it cost its owner £3,000, and when it cracked it became, in her words, \"landfill with a brand "
            "name\".\n\nFarooqui, 38, is the founder and chief executive of Reweave Composites, which heats scrap "
            "carbon-fibre parts in an oxygen-free furnace until the resin binding them breaks down.")  # 'Farooqui' a place to the model
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Nadia Farooqui"]
    assert role_triples(extraction) == [("nadia farooqui", "founder and chief executive", "reweave composites")]


def test_an_age_in_commas_does_not_hide_the_title_after_it(nlp):
    text = "Nadia Farooqui, 38, chief executive of Reweave Composites, said the plant was late."
    assert role_triples(extract_text(nlp, text)) == [("nadia farooqui", "chief executive", "reweave composites")]


def test_an_analyst_s_field_the_tagger_reads_as_a_verb_is_part_of_the_title(nlp):
    text = "Tom Iredale, composites analyst at Leeds-based Pennine Materials Research, said recycled fibre was cheap."
    assert role_triples(extract_text(nlp, text)) == [("tom iredale", "composites analyst", "pennine materials research")]


def test_a_term_sheet_to_invest_in_a_round_is_the_signer_s_money_and_stake(nlp):
    text = ("Meridia's corporate venture arm, Meridia Ventures, has also signed a term sheet to invest US$15 million in "
            "Proteva Biosciences' planned Series B round, according to two people familiar with the matter.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("meridia ventures", Decimal("15000000"))]
    assert partner_sets(extraction) == {frozenset({"meridia ventures", "proteva biosciences"})}


def test_joint_administrators_work_for_the_firm_the_story_names_as_administrators(nlp):
    text = ("Castellan Speciality Chemicals completed the purchase of Verdanol's demonstration plant for £5.8 million on "
            "Wednesday, joint administrators from Harwood Kerr said. Joint administrator Fiona Trask said the sale was the "
            "best available outcome for creditors.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Harwood Kerr"].kind == "company"
    assert ("fiona trask", "joint administrator", "harwood kerr") in role_triples(extraction)


def test_a_rector_works_for_the_university_not_the_story_s_company(nlp):
    text = ("Hydrava Systems, a spin-off of the Nervión Polytechnic University, will build its first factory in "
            "Vitoria-Gasteiz. The university, which holds 6% of Hydrava, welcomed the decision. \"This is the best "
            "argument for public research we can make,\" rector Begoña Urrutia said.")
    assert ("begona urrutia", "rector", "nervion polytechnic university") in role_triples(extract_text(nlp, text))


def test_a_university_before_where_stays_an_organisation(nlp):
    text = ('"This is what a university is for," said Begoña Urrutia, rector of the Nervión Polytechnic University, '
            "where Hydrava was founded.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Nervión Polytechnic University"].kind == "other"


def test_a_state_agency_named_after_its_country_is_a_public_body(nlp):
    text = "Research Ireland has separately committed €2.2 million to the centre's clay research programme."
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Research Ireland"].kind == "government"
    assert [(i.investor, i.amount) for i in extraction.investments] == [("research ireland", Decimal("2200000"))]


def test_a_site_named_with_its_kind_in_lower_case_is_the_plant_s_place(nlp):
    text = ("Hydrava Systems will build an electrolyser factory in Vitoria-Gasteiz. The plant, on the Júndiz industrial "
            "estate on the western edge of the city, will assemble electrolyser stacks.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("hydrava systems", "jundiz industrial estate")]


def test_a_german_town_keeps_the_river_it_stands_on(nlp):
    text = "Solvira Tandem GmbH is headquartered in Halle an der Saale, where it has 40 staff."
    assert [p.name for p in extract_text(nlp, text).places] == ["Halle an der Saale"]


@pytest.mark.parametrize("text", [
    "Natrivolt AB was spun out of the Stångå Institute of Technology in 2022. Professor Magnus Ekdahl of the Stångå "
    "Institute, who co-founded Natrivolt with Sandqvist, his former doctoral student, said the institute would keep its stake.",
    "Natrivolt AB was spun out of the Stångå Institute of Technology in 2022. \"The materials are not exotic,\" said "
    "Magnus Ekdahl, professor of electrochemistry at the institute.",
])
def test_a_professor_works_for_the_institute_that_employs_him(nlp, text):
    assert [(person, org) for person, _, org in role_triples(extract_text(nlp, text))] == [("magnus ekdahl", "stanga institute of technology")]


def test_a_university_where_she_studied_is_neither_a_person_nor_a_place(nlp):
    text = ("The company grew out of her doctoral research at Soar Valley University, where she spent four years on "
            "recovered fibre. She set up the business with her former supervisor, Gareth Lunn, professor of polymer "
            "engineering at the university.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Soar Valley University"].kind == "other"
    assert [(person, org) for person, _, org in role_triples(extraction)] == [("gareth lunn", "soar valley university")]


def test_a_council_named_after_a_hyphenated_town_keeps_the_whole_town(nlp):
    text = "Vitoria-Gasteiz City Council granted the factory's building licence last month."
    assert list(orgs(extract_text(nlp, text))) == ["Vitoria-Gasteiz City Council"]


def test_a_brand_before_a_material_a_company_owns_is_a_product(nlp):
    text = "Halcyon Aerostructures will buy Reweave Composites' ReFibre yarn for its cabin panels."
    assert [p.name for p in extract_text(nlp, text).products] == ["ReFibre"]


@pytest.mark.parametrize("text, keys", [
    ("Natrivolt AB, a sodium-ion battery developer spun out of the Stångå Institute of Technology, said on Tuesday it had "
     "raised money. Natrivolt was set up in 2022 around patents licensed from the institute, which still owns 8% of the shares.",
     {"natrivolt", "stanga institute of technology"}),
    ("Hydrava Systems, spun out of Nervión Polytechnic University in 2020, runs a pilot plant in Zamudio. The university, "
     "which holds 6% of Hydrava, welcomed the decision.", {"hydrava systems", "nervion polytechnic university"}),
])
def test_a_spin_off_and_the_university_that_licenses_it_or_holds_a_stake_are_partners(nlp, text, keys):
    assert [(set(p.partners), p.status) for p in extract_text(nlp, text).partnerships] == [(keys, "active")]


def test_a_spin_off_s_origin_alone_makes_no_partnership(nlp):
    text = ("Tidewell Medical makes catheters in Adelaide. The company was spun out of Adelaide Hills University in 2021. "
            "The university said it was proud of its graduates.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_the_last_word_of_a_name_always_written_after_the_is_its_short_form(nlp):
    text = ("Six start-ups were picked for the winter cohort of the Hardware Foundry, Eramosa University's incubator in "
            "Kitchener. Each of the six will receive C$100,000, the Foundry said Monday. Past Foundry companies have "
            "raised C$140 million.")
    extraction = extract_text(nlp, text)
    assert [(o.name, o.aliases) for o in extraction.organizations if o.kind == "company"] == [("Hardware Foundry", ("Foundry",))]


def test_a_roundup_item_s_country_tag_is_a_place_and_no_part_of_the_name_after_it(nlp):
    text = ("Five agri-processing deals from the past week, in brief.\n\n"
            "KENYA - Kivuli Feeds Ltd began production on Thursday at a KSh1.1 billion animal-feed mill in Nakuru.\n\n"
            "MOROCCO - The Ministry of Agriculture signed an agreement on Wednesday with Agropole de l'Oriental SA to fund "
            "a MAD420 million extension of the Berkane agropole.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Kivuli Feeds Ltd", "Ministry of Agriculture", "Agropole de l'Oriental SA"}
    assert {"Kenya", "Morocco"} <= {p.name for p in extraction.places}
    assert [(p.operator, p.location) for p in extraction.plants] == [("kivuli feeds", "nakuru")]


def test_a_town_that_names_a_company_s_plant_stays_a_town_where_it_stands_for_the_plant(nlp):
    text = ("Rangitata Dairy Co-operative will stop its Temuka milk-powder plant for six weeks from Monday. The Temuka "
            "plant normally dries 2.4 million litres a day. \"We expect Temuka to be back drying milk in April,\" chief "
            "executive Anna Pryor said.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Rangitata Dairy Co-operative"]
    assert role_triples(extraction) == [("anna pryor", "chief executive", "rangitata dairy co operative")]


def test_capitals_closing_a_quantity_are_its_unit_not_a_company(nlp):
    text = ("PUNE: Lenyadri Sahakari Sakhar Karkhana Ltd, a cane growers' co-operative in Pune district, will expand the "
            "ethanol distillery at its Junnar sugar complex from 60 kilolitres a day to 150 KLPD at a cost of Rs 214 crore, "
            "the mill said on Wednesday.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Lenyadri Sahakari Sakhar Karkhana Ltd"]
    assert partner_sets(extraction) == set()


def test_a_name_after_stockbrokers_is_the_firm_its_analyst_works_for(nlp):
    text = ("Lisnagry Dairies Co-operative will build a cheese plant. Conor Brosnan, a dairy analyst with Limerick "
            "stockbrokers Hanlon Carey, said the deal took risk off the table.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Hanlon Carey"].kind == "company"
    assert role_triples(extraction) == [("conor brosnan", "dairy analyst", "hanlon carey")]


def test_a_hyphenated_first_name_the_model_cut_stays_whole(nlp):
    text = ("The farmgate price rose this month.\n\nMarie-Claire Aka, commodities analyst at Abidjan brokerage Lagune "
            "Capital, said new origin grinding capacity was arriving at a difficult time for processors, with butter "
            "ratios weak and bean prices still high.")
    assert role_triples(extract_text(nlp, text)) == [("marie claire aka", "commodities analyst", "lagune capital")]


def test_a_body_s_own_noun_before_a_title_names_the_body(nlp):
    text = ("The Ukambani Cotton Growers Co-operative Union and Mumbai-based Sarvottam Fibres Trading Pvt Ltd will form a "
            "company to build a ginnery. Sarvottam will hold 51 per cent and the union 49 per cent. Sarvottam will put in "
            "KSh700 million of equity.\n\nUnion chairman Philip Musyoka said members would be paid KSh62 a kilo.")
    assert role_triples(extract_text(nlp, text)) == [("philip musyoka", "chairman", "ukambani cotton growers co operative union")]


@pytest.mark.parametrize("text, location", [
    ("Kitui Cotton Ltd will build and run a KSh1.9 billion ginnery at Kitui.", "kitui"),
    ("Coldbridge Tema Ltd will build and run a new cold store at Takoradi.", "takoradi"),
    ("Asante Fresh Exports Ltd will open a packhouse in Nsawam next year.", "nsawam"),
])
def test_ginneries_cold_stores_and_packhouses_are_plants(nlp, text, location):
    assert [p.location for p in extract_text(nlp, text).plants] == [location]


def test_a_plant_being_financed_is_still_to_be_built_and_no_warehouse_the_company_runs_there(nlp):
    text = ("Brazil's national development bank BNDES on Wednesday approved R$2.1 billion in financing for a nitrogen "
            "fertiliser plant at Sinop.\n\nThe plant, to be built by Fertiverde Nitrogenados S.A., will have capacity for "
            "680,000 tonnes of urea a year.\n\nFertiverde currently blends and distributes fertiliser from warehouses in "
            "Sinop and Sorriso.")
    assert sorted((p.location, p.status) for p in extract_text(nlp, text).plants) == [
        ("sinop", "operating"), ("sinop", "planned"), ("sorriso", "operating")]


def test_plants_an_about_paragraph_lists_are_its_company_s_and_keep_their_particles(nlp):
    text = ("Northfield Oat Co. today announced the national launch of its Ploughline range. Both products are made at the "
            "plant of contract manufacturer Assiniboine Food Processing Ltd.\n\nAbout Northfield Oat Co.\nFounded in 2019, "
            "Northfield Oat Co. markets oat-based beverages.\n\nAbout Assiniboine Food Processing Ltd.\nAssiniboine Food "
            "Processing is a contract manufacturer of beverages, soups and sauces with plants in Portage la Prairie and "
            "Brandon, Manitoba. It employs 390 people.\n")
    assert sorted((p.operator, p.location) for p in extract_text(nlp, text).plants if p.location) == [
        ("assiniboine food processing", "brandon"), ("assiniboine food processing", "portage la prairie")]


def test_a_facility_in_a_where_clause_stands_in_the_town_the_clause_hangs_on(nlp):
    text = ("Solvira Tandem GmbH will build a pilot plant in Bitterfeld-Wolfen. The company is headquartered in Halle an "
            "der Saale, where it operates a prototyping facility for tandem cells.")
    assert sorted(p.location for p in extract_text(nlp, text).plants) == ["bitterfeld wolfen", "halle an der saale"]


def test_a_plant_in_a_town_is_the_one_at_the_park_named_after_the_town(nlp):
    text = ("Eemsvuur B.V. will supply steam from its energy-from-waste plant in Delfzijl to Vireon Specialty Chemicals "
            "B.V.'s methylcellulose plant at Chemie Park Delfzijl.\n\nVireon Specialty Chemicals B.V. produces "
            "methylcellulose at its plant in Delfzijl.")
    assert sorted((p.operator, p.location) for p in extract_text(nlp, text).plants) == [
        ("eemsvuur", "delfzijl"), ("vireon specialty chemicals", "chemie park delfzijl")]


def test_equity_owners_put_in_in_proportion_to_their_stakes_is_no_one_s_investment(nlp):
    text = ("Danube Grain Terminal LLC will spend $96 million building the terminal at Izmail. The shareholders will put in "
            "$56 million of equity in proportion to their stakes.")
    assert [i.amount for i in extract_text(nlp, text).investments] == [Decimal(96000000)]


def test_grain_elevators_at_two_towns_are_two_plants(nlp):
    text = ("Danube Grain Terminal LLC will build a terminal at Izmail. Podillia Agro Holding operates inland elevators at "
            "Vinnytsia and Khmelnytskyi and will route much of their grain to Izmail by rail.")
    assert sorted((p.operator, p.location) for p in extract_text(nlp, text).plants) == [
        ("danube grain terminal", "izmail"), ("podillia agro", "khmelnytskyi"), ("podillia agro", "vinnytsia")]


def test_a_polish_company_is_called_by_the_name_after_its_trade_words(nlp):
    text = ("Meat processor Zakłady Mięsne Warta S.A. has agreed to buy the pig abattoir in Kościan from Agrofarm Kościan "
            "sp. z o.o. for 145 million złoty. It would become Warta's third abattoir, after its plants in Gniezno and "
            "Turek. Warta said it would invest a further 60 million złoty at Kościan.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Zakłady Mięsne Warta S.A."].aliases == ("Warta",)
    assert "Warta" not in {p.name for p in extraction.places}
    assert {i.investor for i in extraction.investments} == {"zakłady miesne warta"}


def test_a_co_operative_s_name_keeps_the_word_the_model_left_after_it(nlp):
    text = ("Shareholders in Lisnagry Dairies Co-operative voted on Thursday to build a cheese plant at Kilmallock. The "
            "board secured a €95 million term loan from Corrib Agricultural Bank. The co-operative's chairwoman, Siobhán "
            "Kiely, said the result gave the board a clear mandate.")
    extraction = extract_text(nlp, text)
    assert "Lisnagry Dairies Co-operative" in orgs(extraction)
    assert role_triples(extraction) == [("siobhan kiely", "chairwoman", "lisnagry dairies co operative")]


def test_a_company_s_unit_is_the_subsidiary_named_before(nlp):
    text = ("Veltmann Kakao AG opened a cocoa grinding plant in San-Pédro. The plant, run by local subsidiary Veltmann Côte "
            "d'Ivoire SA, cost 62 billion CFA francs. Cooprocoa Ltd signed a five-year supply contract with Veltmann's "
            "Ivorian unit in March.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"cooprocoa", "veltmann cote d ivoire"})}


@pytest.mark.parametrize("sentence", [
    "The GMB union said it had opened talks with management on pay grades for the new line.",
    "The Allied Bakery Workers' Union has begun negotiations with management on shift patterns.",
    "The Allied Bakery Workers' Union said it was in talks with management on shift patterns."])
def test_a_union_in_talks_with_management_talks_to_the_story_s_company(nlp, sentence):
    text = "Hafren Thermal Ltd will add a heat-pump line at its Newtown factory, creating 120 jobs. " + sentence
    assert len(partner_sets(extract_text(nlp, text))) == 1
    assert "hafren thermal" in next(iter(partner_sets(extract_text(nlp, text))))


def test_a_union_only_seeking_talks_with_management_is_no_partner_yet(nlp):
    text = ("Hafren Thermal Ltd will add a heat-pump line at its Newtown factory. The GMB union said it would seek talks "
            "with management on pay grades for the new line.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_shares_split_with_the_verb_left_out_make_their_holders_partners(nlp):
    text = ("The Ukambani Cotton Growers Co-operative Union met Sarvottam Fibres Trading Pvt Ltd in Nairobi on Monday. "
            "Sarvottam will hold 51 per cent and the union 49 per cent.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"ukambani cotton growers co operative union", "sarvottam fibres trading"})}


def test_a_company_formed_to_build_a_plant_invests_its_cost(nlp):
    text = ("The Ukambani Cotton Growers Co-operative Union and Mumbai-based Sarvottam Fibres Trading Pvt Ltd will form a "
            "company, to be called Tana Cotton Company Ltd, to build and run a KSh1.9 billion ginnery at Kitui.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("tana cotton", Decimal("1900000000"))]


def test_the_plant_a_company_s_second_one_comes_after_is_that_company_s(nlp):
    text = ("Sungwoo Chemical Co. and Marrick Motors Inc. broke ground on a battery plant outside Sumter. The plant will be "
            "built and run by Palmetto Cell Works LLC, a joint venture owned 51% by Sungwoo and 49% by Marrick. It will be "
            "Sungwoo's second cell factory in the United States, after a plant in Bowling Green, Kentucky, that started "
            "production last year.")
    assert ("sungwoo chemical", "bowling green") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_a_title_the_model_ran_into_the_name_after_it_leaves_a_person(nlp):
    text = ("The desalination plant was inaugurated on Monday by the Minister of Equipment and Water, Karim Bensaïd, "
            "after a 90-day reliability run.")
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Karim Bensaïd"]
    assert orgs(extraction) == {}


def test_a_peruvian_closed_company_s_legal_form_ends_its_name(nlp):
    text = ("The plant is owned and run by Aguas del Lurín S.A.C. under a 25-year contract. Aguas del Lurín said it would "
            "spend S/ 42 million to replace 800 metres of the outfall.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Aguas del Lurín S.A.C."]
    assert [i.investor for i in extraction.investments] == ["aguas del lurin"]


def test_a_name_introduced_as_a_company_stays_one_where_the_model_takes_it_for_a_person(nlp):
    text = ("Souss Dessalement SA is 40% owned by French water operator Séquane Eau. Séquane Eau also runs the plant under a "
            "15-year contract. Hicham Ouazzani, a process engineer with Séquane Eau, said the intake was built for the swell.")
    extraction = extract_text(nlp, text)
    assert [p.name for p in extraction.people] == ["Hicham Ouazzani"]
    assert role_triples(extraction) == [("hicham ouazzani", "process engineer", "sequane eau")]


def test_the_cost_of_a_plan_a_company_asks_a_body_to_approve_is_the_company_s(nlp):
    text = ("Souss Dessalement SA runs a desalination plant at Tiznit. Souss Dessalement has asked ONEE to approve a second "
            "phase that would lift capacity to 150,000 cubic metres a day, at an estimated cost of MAD 1 billion.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("souss dessalement", Decimal("1000000000"))]


def test_a_plant_in_a_story_that_names_its_town_only_in_its_council_s_name_stands_there(nlp):
    text = ("The Casa Grande City Council voted 6-1 on Monday to put $46 million toward pipelines for an industrial water "
            "recycling plant that will serve Halvorsen Microdevices' fab. The recycling plant will be built, owned and "
            "operated by Sonoran Reuse Partners LLC.")
    assert ("sonoran reuse partners", "casa grande") in [(p.operator, p.location) for p in extract_text(nlp, text).plants]


def test_a_polish_municipal_company_s_name_ends_with_its_town(nlp):
    text = ("Baltica Infrastructure Partners, which holds 65%, will put in PLN 190 million, and Miejskie Ciepło Opole, the "
            "city's district heating company, will buy all of the heat from the plant.")
    assert "Miejskie Ciepło Opole" in orgs(extract_text(nlp, text))


@pytest.mark.parametrize("text, pair", [
    ("The New Urban Communities Authority (NUCA) has awarded Delta Hydro Works an EGP 2.1 billion contract to build a "
     "wastewater plant. Delta Hydro will operate the plant for five years.", {"new urban communities authority", "delta hydro works"}),
    ("Cairo-based Misr Pumps & Valves has won an EGP 160 million order from Sohag Water and Wastewater Company to supply "
     "pumps for 12 pumping stations.", {"misr pumps valves", "sohag water and wastewater"})])
def test_a_contract_or_order_given_to_a_company_makes_giver_and_taker_partners(nlp, text, pair):
    assert partner_sets(extract_text(nlp, text)) == {frozenset(pair)}


def test_a_utility_s_sewage_works_is_no_plant_but_a_concessionaire_s_is(nlp):
    utility = ("Pennine Water will spend £212 million rebuilding its sewage treatment works at Mirfield, the utility said. "
               "Hollinshead Civil Engineering will build it.")
    concession = ("Hidrosur Andina S.A.C. owns and runs a wastewater treatment plant at Punta Negra, south of Lima, under a "
                  "25-year contract. Hidrosur Andina said it would spend S/ 42 million to replace the outfall.")
    assert extract_text(nlp, utility).plants == ()
    assert [(p.operator, p.location) for p in extract_text(nlp, concession).plants] == [("hidrosur andina", "punta negra")]


@pytest.mark.parametrize("text, name", [
    ("Alamein Water Company, a joint venture of Egyptian developer Kemet Infrastructure and Saudi Arabia's Tihama Water, "
     "reached financial close on Sunday.", "Tihama Water"),
    ("Aguas del Sur is 70% owned by Lima-based builder Grupo Incahuasi S.A.A. and 30% by Chile's Hidrosur Inversiones.",
     "Hidrosur Inversiones")])
def test_a_country_s_water_utility_or_investment_firm_is_an_organisation(nlp, text, name):
    assert name in orgs(extract_text(nlp, text))


def test_a_contract_gone_to_a_joint_venture_makes_its_members_and_the_owner_partners(nlp):
    text = ("Pennine Water will rebuild its sewage works at Mirfield. The main construction contract, worth £168 million, has "
            "gone to a joint venture of Hollinshead Civil Engineering and Marrick Process Systems.")
    assert frozenset({"pennine water", "hollinshead civil engineering", "marrick process systems"}) in partner_sets(extract_text(nlp, text))


def test_a_name_the_model_cut_is_the_whole_name_the_story_writes_elsewhere(nlp):
    text = ("The plant is owned and run by Aguas del Lurín S.A.C. under a 25-year contract signed with state water utility "
            "SEDAPAL in 2013. Aguas del Lurín is 70% owned by Lima-based builder Grupo Incahuasi S.A.A. and 30% by Chile's "
            "Hidrosur Inversiones.")
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG" and "Lurín" in e.text] == ["Aguas del Lurín S.A.C.", "Aguas del Lurín"]


def test_a_town_with_a_nagar_nigam_is_a_place_and_its_mayor_serves_the_corporation(nlp):
    text = ("LUCKNOW: Lucknow Nagar Nigam has signed a 15-year contract with Awadh Biofuels Pvt Ltd to turn the city's food "
            "waste into compressed biogas.\n\nThe plant will be built on six acres at Shivri, where Lucknow's landfill "
            "stands.\n\nLucknow Mayor Kiran Dixit said the city would supply 300 tonnes of waste a day.")
    extraction = extract_text(nlp, text)
    assert "Lucknow" not in orgs(extraction)
    assert orgs(extraction)["Lucknow Nagar Nigam"].kind == "government"
    assert ("kiran dixit", "mayor", "lucknow nagar nigam") in role_triples(extraction)


def test_a_project_s_cost_is_the_builder_s_the_paragraph_names_not_the_grant_giver_s(nlp):
    text = ("The National Mission for Clean Ganga has approved a grant of Rs 40 crore for a biogas plant at Varanasi. The "
            "National Mission for Clean Ganga said the grant was its largest this year.\n\nThe plant will be built and run by "
            "Kashi Urja Pvt Ltd under a 20-year concession. The project is estimated to cost Rs 110 crore.")
    assert ("kashi urja", Decimal("1100000000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_an_investor_set_off_by_asides_gives_the_gapped_amount_and_the_total_they_break_down_is_none(nlp):
    text = ("Ciepłownia Rybnik sp. z o.o. reached financial close on its PLN 900 million waste-to-energy plant.\n\nEquity of "
            "PLN 250 million comes from its two shareholders. Fundusz Wisła Kapitał, which holds 60%, will put in PLN 150 "
            "million, and Energetyka Rybnicka, the city's heating utility, with 40%, PLN 100 million.")
    investments = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert ("energetyka rybnicka", Decimal("100000000")) in investments
    assert Decimal("250000000") not in {amount for _, amount in investments}


def test_the_value_of_a_contract_named_by_its_kinds_of_work_is_no_investment(nlp):
    text = ("Kraków Energia Odpadowa S.A. will build a waste-to-energy plant at Nowa Huta. A consortium of Budimex Południe "
            "S.A. and Austrian grate maker Feuerrost GmbH signed the PLN 640 million engineering, procurement and "
            "construction contract in May.")
    assert Decimal("640000000") not in {i.amount for i in extract_text(nlp, text).investments}


def test_a_plant_built_and_owned_by_one_company_and_run_by_another_costs_its_owner(nlp):
    text = ("Built and owned by Agadir Eau Dessalement SA, the seawater desalination plant at Tifnit, south of Agadir, began "
            "commercial operation on Monday. Agadir Eau Dessalement is 51% owned by Atlas Hydro Invest and 49% by French "
            "water operator Vaucluse Hydro SA. Vaucluse Hydro also runs the plant for the venture under a 10-year operation "
            "and maintenance contract.\n\nThe plant cost MAD 1.9 billion.")
    assert ("agadir eau dessalement", Decimal("1900000000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_a_place_a_company_s_name_starts_with_stays_a_place_before_area(nlp):
    text = ("Harbourline Engineering Ltd has been awarded a build, own and operate contract by PUB for a reuse plant of "
            "120,000 cubic metres a day in Tuas. Tuas Aqua Pte. Ltd., its project company, will build and run the plant. The "
            "plant will purify used water to NEWater standard for chip makers on Jurong Island and in the Tuas area.")
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == "Tuas"] == ["GPE", "GPE"]


def test_the_yard_and_the_shipbuilder_are_the_company_named_as_a_yard(nlp):
    text = ("Saimaa Shipyard Oy, which runs the former naval slipways in Uusikaupunki, has signed a contract with Baltic "
            "Ferries Ab for two ro-pax ferries. The two companies put the contract at about €280 million.\n\nThe yard will "
            "put up a new assembly hall at a cost of €38 million. Finnvera approved a €25 million loan for the hall last "
            "week, while Lakeside Capital Oy will lend a further €6 million. Lakeside holds 70% of the shipbuilder.\n\nThe "
            "yard employs 520 people. Its chief shop steward, Pekka Laine, welcomed the order.")
    extraction = extract_text(nlp, text)
    investments = {(i.investor, i.amount) for i in extraction.investments}
    assert ("saimaa shipyard", Decimal("38000000")) in investments
    assert Decimal("280000000") not in {amount for _, amount in investments}
    assert frozenset({"lakeside capital", "saimaa shipyard"}) in partner_sets(extraction)
    assert [p.name for p in extraction.people] == ["Pekka Laine"]
    assert ("pekka laine", "chief shop steward", "saimaa shipyard") in role_triples(extraction)


def test_a_joint_administrator_works_for_the_firm_named_as_the_administrators(nlp):
    text = ("Marlow Group has agreed to buy the Appledore shipyard out of administration. Its administrators, Kessock "
            "Restructuring LLP, kept a core workforce on site.\n\n\"Marlow's was the only offer that kept the yard working,\" "
            "said joint administrator Fiona Baird.")
    assert ("fiona baird", "joint administrator", "kessock restructuring") in role_triples(extract_text(nlp, text))


def test_a_navy_named_before_its_country_s_navy_is_the_same_body(nlp):
    text = ("A Norfolk ship repair company plans to tow a floating dry dock across the Atlantic, a $60 million project its "
            "owners say will let the yard lift Navy destroyers.\n\nChesapeake Dock Services Inc. said Wednesday it had "
            "signed to buy the dock. The yard already holds a five-year maintenance contract from the U.S. Navy for smaller "
            "ships based at Norfolk.")
    extraction = extract_text(nlp, text)
    assert "Navy" not in orgs(extraction)
    assert frozenset({"chesapeake dock services", "u s navy"}) in partner_sets(extraction)


def test_a_yard_is_a_shipyard_in_a_story_about_ships_and_a_street_is_no_place(nlp):
    text = ("Gulfport Marine Repair Inc. will buy a used floating dry dock for its yard.\n\nGulfport Marine Repair employs "
            "about 300 people at its yard off Seaway Drive in Gulfport, Mississippi.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("gulfport marine repair", "gulfport")]


def test_a_release_s_name_defined_beside_the_company_and_a_bank_named_head_first(nlp):
    text = ("GDYNIA, Poland – Stocznia Kaszubska S.A. (\"Kaszuby Yard\" or \"the Company\") today announced a contract "
            "for two research vessels. Kaszuby Yard will invest PLN 90 million in a new quay at its Gdynia shipyard. Bank "
            "Gospodarstwa Krajowego (\"BGK\") has agreed to provide a PLN 60 million investment loan for the project. "
            "Hull blocks will be built at the Company's yard in Elbląg.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Stocznia Kaszubska S.A."].aliases == ("Kaszuby Yard",)
    assert ("bank gospodarstwa krajowego", Decimal("60000000")) in {(i.investor, i.amount) for i in extraction.investments}
    assert {p.kind for p in extraction.plants} == {"shipyard"}


def test_a_yard_shut_last_year_is_closed_and_a_company_s_main_yard_runs(nlp):
    text = ("Hanbada Heavy Industries Co. and Jeddah's Red Sea Marine Co. will form a joint venture to build a shipyard in "
            "Yanbu. Hanbada will supply hull blocks from its main yard in Ulsan. Hanbada shut its smaller yard in Gunsan last "
            "year, cutting 900 jobs.")
    statuses = {p.location: p.status for p in extract_text(nlp, text).plants}
    assert statuses["ulsan"] == "operating"
    assert statuses["gunsan"] == "cancelled"


def test_a_short_form_is_the_company_it_opens_not_a_venture_named_after_a_place_first(nlp):
    text = ("Subic Harbour Shipbuilding Corp., a joint venture of South Korea's Harbour Heavy Industries Co. and Philippine "
            "conglomerate Luzon Pacific Holdings Inc., will spend $550 million on a new shipyard in Mariveles, Bataan. Under "
            "a technical agreement signed with the venture, Harbour will supply hull blocks from its yard in Geoje.")
    assert ("harbour heavy industries", "geoje") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_navy_awards_work_done_at_the_yard_of_the_company_it_awarded(nlp):
    text = ("CHILE\n\nThe Chilean Navy has awarded Astilleros Río Bueno S.A. a US$90 million contract for three patrol boats, "
            "to be built at the company's yard in Puerto Montt. Río Bueno said it would spend US$6 million on a covered berth."
            "\n\nUNITED STATES\n\nThe U.S. Navy has awarded Tidewater Hull Services Inc. a US$150 million contract for the "
            "overhaul of two destroyers at its yard in Norfolk, Virginia.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Chilean Navy"].kind == "government"
    assert orgs(extraction)["Astilleros Río Bueno S.A."].aliases == ("Río Bueno",)
    assert {(p.operator, p.location) for p in extraction.plants} == {("astilleros rio bueno", "puerto montt"),
                                                                     ("tidewater hull services", "norfolk")}


def test_a_ministry_whose_portfolio_ends_in_policy_is_no_law(nlp):
    text = ("The Ministry of Maritime Affairs and Insular Policy said the suspension of Saronic Dock Repairs S.A. would stay "
            "in force until inspectors were satisfied.")
    assert orgs(extract_text(nlp, text))["Ministry of Maritime Affairs and Insular Policy"].kind == "government"


def test_a_name_the_model_ran_into_a_people_s_committee_is_a_person(nlp):
    text = ("Kobe Marine Engines Co. opened an engine factory in Hai Phong on Friday. Speaking at the event, Vice Chairman "
            "of the Hai Phong City People's Committee Le Van Thanh said the city wanted more suppliers. Le Van Thanh said "
            "land would be ready next year.")
    assert "Le Van Thanh" in [p.name for p in extract_text(nlp, text).people]


def test_a_share_held_now_is_a_running_partnership_whatever_deal_the_sentence_tells(nlp):
    text = ("Pwani Bank has agreed to lend KSh 2 billion towards the mill, with the rest coming from a KSh 800 million equity "
            "injection from Savanna's largest shareholder, Dutch group Van Rijn Agri B.V., which owns 45% of Savanna Grain "
            "Millers Ltd.")
    partnerships = [(p.partners, p.status) for p in extract_text(nlp, text).partnerships]
    assert [status for partners, status in partnerships if set(partners) == {"savanna grain millers", "van rijn agri"}] == ["active"]


def test_a_consortium_that_signs_with_a_department_partners_its_members_and_the_department(nlp):
    text = ("A consortium of Henderson shipbuilder Quenda Naval Shipbuilders and Adelaide mission-systems firm Marron Mission "
            "Systems has signed an A$900 million contract with the Department of Defence to build six patrol boats.")
    assert {frozenset({"quenda naval shipbuilders", "marron mission systems"}),
            frozenset({"quenda naval shipbuilders", "marron mission systems", "department of defence"})} <= partner_sets(extract_text(nlp, text))


def test_a_consortium_picked_as_preferred_bidder_is_agreed_and_in_talks_with_the_body_that_picked_it(nlp):
    text = ("NEW DELHI: The Ministry of Defence has picked a consortium of Malabar Shipbuilders & Engineering Ltd and Swedish "
            "combat-systems maker Vattern Combat Systems AB as preferred bidder for six survey vessels.")
    partnerships = {frozenset(p.partners): p.status for p in extract_text(nlp, text).partnerships}
    assert partnerships[frozenset({"malabar shipbuilders engineering", "vattern combat systems"})] == "agreed"
    assert partnerships[frozenset({"malabar shipbuilders engineering", "vattern combat systems", "ministry of defence"})] == "in talks"


def test_a_subscription_for_new_shares_is_an_investment_and_the_talks_before_it_are_the_deal(nlp):
    text = ("South Korean shipbuilder Daebul Heavy Industries Co. will take control of Mindanao Shipbuilding Corp. (MSC), the "
            "Iligan yard, in a share deal that could revive it.\n\nDaebul signed an agreement on Monday to subscribe to new MSC "
            "shares worth P2.4 billion, which will give it 60 percent of the enlarged company.")
    extraction = extract_text(nlp, text)
    assert ("daebul heavy industries", Decimal("2400000000")) in {(i.investor, i.amount) for i in extraction.investments}
    assert [p.status for p in extraction.partnerships if set(p.partners) == {"daebul heavy industries", "mindanao shipbuilding"}] == ["agreed"]


def test_a_holder_named_before_its_share_in_per_cent_is_the_company_written_in_full_before(nlp):
    text = ("Lara Nutritionals, a joint venture of Colac-based Otway Dairy and Japan's Hokuriku Nyugyo, held a sod-turning at "
            "the Avalon Road site on Friday. Otway owns 60 per cent of the venture and Hokuriku 40 per cent.\n\nThe plant will "
            "can formula for export to Japan under Hokuriku's Hoshizora label.\n\nHokuriku Nyugyo president Kenji Tamada "
            "said the company had looked at Australian partners for three years.")
    assert orgs(extract_text(nlp, text))["Hokuriku Nyugyo"].aliases == ("Hokuriku",)


def test_a_yard_bought_out_of_administration_is_the_insolvent_company_s_until_the_sale_completes(nlp):
    text = ("A Dutch shipbuilding group has agreed to buy the Wallsend shipyard on the River Tyne out of administration.\n\n"
            "Scheldt Maritime Holding signed the deal with the administrators of Northumbria Offshore Fabricators Ltd on "
            "Wednesday. The sale should complete in April.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("northumbria offshore fabricators", "wallsend")]


def test_a_ship_repair_story_s_money_place_and_consultant(nlp):
    text = ("A Jacksonville ship repair company plans to tow a floating dry dock across the Atlantic, a $54 million project its "
            "owners say will let the yard lift Navy destroyers.\n\nOgeechee Marine Repair Inc. said Wednesday it had signed "
            "to buy the dock. \"We can bid for work along the East Coast,\" its chief executive said. Every yard on the East "
            "Coast wants lift.\n\nMarta Kowalska, a maritime consultant with Lowcountry Fleet Advisors in Charleston, said "
            "docks of this size rarely come up. \"Buying used is the quickest way,\" she said.\n\nOgeechee employs about 400 "
            "people at its yard.")
    extraction = extract_text(nlp, text)
    assert ("ogeechee marine repair", Decimal("54000000")) in {(i.investor, i.amount) for i in extraction.investments}
    assert [(p.operator, p.location) for p in extraction.plants] == [("ogeechee marine repair", "jacksonville")]
    assert ("marta kowalska", "maritime consultant", "lowcountry fleet advisors") in role_triples(extraction)


def test_farms_a_company_s_vessels_support_are_no_plants_of_its_own(nlp):
    text = ("About Skagen Offshore Services A/S\nHeadquartered in Esbjerg, Denmark, Skagen Offshore Services owns and "
            "operates a fleet of nine crew transfer vessels supporting offshore wind farms in the North Sea.")
    assert extract_text(nlp, text).plants == ()


def test_a_country_s_name_for_a_body_is_its_alias_and_the_company_that_will_build_and_operate_runs_the_plant(nlp):
    text = ("SINGAPORE - Harbourline Engineering Ltd said today that its consortium had been awarded a 25-year contract by PUB, "
            "Singapore's National Water Agency, for a NEWater plant in Tuas.\n\nUnder the contract, Tuas Aqua Pte. Ltd., a "
            "project company owned by Harbourline, will finance, build and operate the plant.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["PUB"].aliases == ("National Water Agency",)
    assert [(p.operator, p.location) for p in extraction.plants] == [("tuas aqua", "tuas")]


def test_the_venture_a_contractor_works_for_is_the_company_owned_in_shares_before(nlp):
    text = ("The desalination plant at Tifnit began commercial operation on Monday. Agadir Dessalement SA is 60% owned by "
            "infrastructure group Atlas Hydro Invest and 40% by French water operator Vaucluse Hydro SA. Vaucluse Hydro also "
            "runs the plant for the venture under a 15-year operation and maintenance contract.")
    assert frozenset({"agadir dessalement", "vaucluse hydro"}) in partner_sets(extract_text(nlp, text))


def test_a_plant_of_a_venture_still_to_be_formed_has_no_operator_even_in_a_roundup(nlp):
    text = ("EGYPT\n\nDelta Cotton Spinning and Turkey's Akdeniz Tekstil signed an agreement on Monday to form a joint "
            "venture, Nile Akdeniz Denim, which will build an integrated denim mill at Sokhna.\n\nVIETNAM\n\nThai snack maker "
            "Siam Harvest said its joint venture, Siam Harvest Vietnam Co., Ltd., had opened a plant in Binh Duong.")
    assert ("nile akdeniz denim", "sokhna") not in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_title_of_a_body_named_with_its_article_before_the_name(nlp):
    text = ("The plant opened on Friday. Speaking at the event, Deputy Director of the Bac Ninh Planning Department Nguyen Van "
            "Long said the province wanted more suppliers. Nguyen Van Long said land was ready.")
    assert ("nguyen van long", "deputy director", "bac ninh planning department") in role_triples(extract_text(nlp, text))


def test_a_bank_named_before_its_bracketed_acronym_keeps_its_demonym_and_the_bank_is_the_one_its_sentence_names(nlp):
    text = ("Delta Nile will expand its urea plant at Sokhna. The European Bank for Reconstruction and Development (EBRD), "
            "whose board approved the deal last week, will lend $250 million. Delta Nile is also in talks with African "
            "Export-Import Bank about a further loan.\n\n\"For the EBRD the attraction is efficiency,\" said Nadia Berger, the "
            "bank's head of Egypt.")
    extraction = extract_text(nlp, text)
    assert "European Bank for Reconstruction and Development" in orgs(extraction)
    assert ("nadia berger", "head", "european bank for reconstruction and development") in role_triples(extraction)


def test_the_municipality_of_a_town_is_a_body_and_the_municipality_its_alias(nlp):
    text = ("Brandhoven will open a parcel hub in Venlo next year. The Municipality of Venlo welcomed the growth. \"We have "
            "worked on this hub for three years,\" said Rob Janssen, the municipality's alderman for economic affairs.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Municipality of Venlo"].kind == "government"
    assert ("rob janssen", "alderman for economic affairs", "municipality of venlo") in role_triples(extraction)


def test_a_bare_title_after_a_paragraph_opening_for_a_company_is_that_company_s(nlp):
    text = ("Harwick Medical AG will expand its plant in Penang instead of buying Permata MedTech Sdn Bhd, the companies "
            "said.\n\nFor Permata MedTech Sdn Bhd, the collapse of the deal comes with a change of leadership. Co-founder and "
            "managing director Dr Lim Boon Keat will step down at the end of the month.")
    assert ("lim boon keat", "co-founder and managing director", "permata medtech") in role_triples(extract_text(nlp, text))


def test_an_mro_named_for_its_trade_is_a_company_and_its_airport_bases_are_one_plant_each(nlp):
    text = ("RIYADH — Dublin-based aircraft lessor Orbis Aircraft Leasing has agreed to buy 49% of Najm Technics, the "
            "maintenance arm of Saudi carrier Najm Airlines, for SAR 1.1 billion.\n\nOnce the deal closes, Orbis will put a "
            "further SAR 400 million of new equity into Najm Technics to help pay for a widebody hangar at King Khalid "
            "International Airport. The hangar, the MRO's second after its heavy-maintenance base at King Abdulaziz "
            "International Airport in Jeddah, will cost SAR 1.4 billion.\n\nNajm Technics will carry out transition checks "
            "on Orbis aircraft. The regulator renewed the certificate for the Jeddah base in December; the Riyadh hangar "
            "will need its own approval.")
    extraction = extract_text(nlp, text)
    assert {"Najm Technics", "Orbis Aircraft Leasing"} <= set(orgs(extraction)) and "MRO" not in orgs(extraction)
    assert "najm technics" not in {p.key for p in extraction.people}
    assert sorted((p.operator, p.location) for p in extraction.plants) == [
        ("najm technics", "king abdulaziz international airport"), ("najm technics", "king khalid international airport")]
    assert ("orbis aircraft leasing", Decimal("400000000")) in {(i.investor, i.amount) for i in extraction.investments}
    assert extraction.products == ()


def test_an_electro_fuel_is_no_organisation_and_a_broker_described_by_its_town_is_named_without_it(nlp):
    text = ("Kattegat Aerofuels AB plans a plant at Göteborg Landvetter Airport that would make 50,000 tonnes of e-SAF a "
            "year. Per Holmgren, an energy analyst at Stockholm broker Sundqvist & Co, said e-SAF would cost more than "
            "fossil fuel.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Kattegat Aerofuels AB", "Sundqvist & Co"}
    assert ("per holmgren", "energy analyst", "sundqvist") in role_triples(extraction)


def test_who_chairs_the_municipal_board_works_for_the_municipality_named_as_a_place(nlp):
    text = ("Linköping Municipality sold the venture a 14-hectare plot next to Kolvik's plant in August. Lars Nyman, who "
            "chairs the municipal executive board, said the city expected about 700 jobs at the fab.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Linköping Municipality"].kind == "government"
    assert ("lars nyman", "chair", "linkoping municipality") in role_triples(extraction)


def test_a_grant_handed_back_is_still_its_funder_s_money(nlp):
    text = ("Nordhavn Energi ASA has scrapped its ammonia plant at Kårstø. Nordhavn will return a NOK 1.2 billion grant "
            "awarded by state energy agency Enova in 2024.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("enova", Decimal("1200000000"))]


def test_a_roundup_item_under_a_run_in_heading_keeps_its_own_company_and_a_consortium_named_preferred_bidder(nlp):
    text = ("Egypt's airports had a busy weekend. The main items:\n\nTERMINALS — The Egyptian Holding Company for Airports and "
            "Air Navigation (EHCAAN) on Sunday named a consortium of Cairo-based Memphis Airport Services and Turkey's Anadolu "
            "Terminal Yatırım A.Ş. preferred bidder for a 20-year concession to build a second terminal at Sphinx "
            "International Airport.\n\nREGULATION — The Egyptian Civil Aviation Authority (ECAA) has suspended the "
            "repair-station approval of Nile Falcon Technics, which runs line maintenance at Cairo International Airport. "
            "The company said it expected to resume work within six weeks.")
    extraction = extract_text(nlp, text)
    assert "Egyptian Holding Company for Airports and Air Navigation" in orgs(extraction)
    assert {frozenset({"anadolu terminal yatırım", "memphis airport services"}),
            frozenset({"anadolu terminal yatırım", "memphis airport services", "egyptian holding company for airports and air navigation"})
            } == partner_sets(extraction)
    assert [p.status for p in extraction.partnerships if len(p.partners) == 3] == ["in talks"]


def test_an_engine_overhaul_specialist_s_shop_is_a_plant_and_a_turbofan_a_product(nlp):
    text = ("TOULOUSE — Lauragais Moteurs SAS, the independent engine-overhaul specialist, will spend EUR 86m extending its "
            "shop at Toulouse-Blagnac airport. Lauragais signed an agreement with Halvorsen Propulsion that makes it an "
            "authorised overhaul provider for the HP-26 turbofan. The Occitanie Regional Council approved a grant. "
            "\"Occitanie builds aircraft; it has to be able to repair them too,\" a councillor said.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("lauragais moteurs", "toulouse blagnac")]
    assert [p.name for p in extraction.products] == ["HP-26"]


def test_in_a_question_and_answer_interview_we_is_the_interviewee_s_company(nlp):
    text = ("Aerotécnica del Pacífico S.A.C. (ATP), Peru's largest independent aircraft maintenance company, is building its "
            "second hangar in Lima. Chief executive Carmen Salazar Ríos spoke to us about the project.\n\nWhere does the new "
            "hangar stand?\n\nThe steel is up. We will invest S/ 210 million, about US$56 million, in total.\n\nInvestors "
            "have come knocking, though.\n\nWe talked seriously with Andes Capital Partners about a minority stake, but we "
            "ended those talks in July.\n\nWho will fill the bays?\n\nOur anchor customer is Inca Sur Airlines. We have "
            "maintained its fleet since 2016.\n\nWhat keeps you awake?\n\nMechanics.")
    extraction = extract_text(nlp, text)
    assert {frozenset({"aerotecnica del pacifico", "andes capital partners"}),
            frozenset({"aerotecnica del pacifico", "inca sur airlines"})} <= partner_sets(extraction)
    assert [(i.investor, i.amount, i.currency) for i in extraction.investments] == [("aerotecnica del pacifico", Decimal("210000000"), "PEN")]


def test_a_plant_where_a_subsidiary_will_work_is_the_subsidiary_s_and_a_bracketed_country_ends_no_list(nlp):
    text = ("NYÍREGYHÁZA, Hungary, 9 September 2025 — Tarvos Aerostructures N.V. today laid the foundation stone of a "
            "composite-structures plant in Nyíregyháza, where its Hungarian subsidiary Tarvos Composites Kft. will make "
            "carbon-fibre floor beams.\n\nAbout Tarvos Aerostructures\n\nTarvos Aerostructures N.V. is a Dutch supplier of "
            "airframe components. The group employs 4,300 people at plants in Hoofddorp, Debrecen, Querétaro (Mexico) and "
            "Bursa (Türkiye).")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert ("tarvos composites", "nyiregyhaza") in plants and ("tarvos aerostructures", "queretaro") in plants


def test_money_for_a_training_centre_opened_is_an_investment(nlp):
    text = ("Skyward Training Taiwan Co., a joint venture of Formosa Wings Airlines and Borealis Flight Systems, opened a "
            "NT$1.6 billion pilot training centre in Taoyuan on Thursday.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("skyward training taiwan", Decimal("1600000000"))]


def test_an_airport_named_beside_a_plant_is_no_organisation(nlp):
    text = ("Cóndor Interiores S.A.S. said on Tuesday it would build a seat assembly plant in Rionegro, next to José María "
            "Córdova International Airport, at a cost of COP 145,000 million.")
    extraction = extract_text(nlp, text)
    assert list(orgs(extraction)) == ["Cóndor Interiores S.A.S."]
    assert [(p.operator, p.location) for p in extraction.plants] == [("condor interiores", "rionegro")]


def test_a_name_apposed_to_a_start_up_or_a_public_service_is_an_organisation(nlp):
    text = ("Aerotécnica del Pacífico S.A.C. runs two hangars in Lima. In August it signed a five-year contract with Vuela "
            "Andes, a regional start-up flying turboprops out of Cusco. It trains 60 apprentices a year with SENATI, the "
            "national technical training service.")
    assert {"Vuela Andes", "SENATI"} <= set(orgs(extract_text(nlp, text)))


def test_the_cost_of_a_plant_is_its_owner_s_money_whoever_pays_a_part(nlp):
    text = ("Kattegat Aerofuels AB has been awarded SEK 640 million by the Swedish Energy Agency towards a plant at Göteborg "
            "Landvetter Airport, the company said on Thursday.\n\nThe grant, approved under the agency's Industrial Leap "
            "programme, covers about 15% of the plant's estimated SEK 4.2 billion cost.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {
        ("swedish energy agency", Decimal("640000000")), ("kattegat aerofuels", Decimal("4200000000"))}


def test_a_union_local_runs_no_plant(nlp):
    text = ("Laurentian Steel Corp. will close its Welland mill. Marco DiLullo, president of United Steelworkers Local 4417, "
            "which represents the Welland workers, said the union would fight the closure of an Ontario plant.")
    assert "united steelworkers local 4417" not in {p.operator for p in extract_text(nlp, text).plants}


def test_a_buyer_taking_up_to_a_share_of_the_plant_s_output_or_agreeing_a_contract_for_it_partners_its_owner(nlp):
    taking = ("Atlas Battery Materials S.A. will build a recycling plant at Jorf Lasfar. Vallée Cells SAS, which is building "
              "a cell factory near Dunkirk, said it would take up to a third of the plant's output.")
    agreeing = ("Hibiki Fine Chemicals Co. will build a high-purity acid plant in Kitakyushu. Sakura Semiconductor "
                "Manufacturing Co. has agreed a ten-year contract covering roughly half of the plant's sulfuric acid.")
    assert partner_sets(extract_text(nlp, taking)) == {frozenset({"atlas battery materials", "vallee cells"})}
    assert partner_sets(extract_text(nlp, agreeing)) == {frozenset({"hibiki fine chemicals", "sakura semiconductor manufacturing"})}


def test_a_title_with_its_field_before_the_name_is_read_whole(nlp):
    text = ("Ningbo Jinrui Auto Components Co. will build a plant in Ramos Arizpe. \"The tariffs change the arithmetic, not "
            "the direction,\" Jinrui vice president for international operations Chen Yiming told AutoPartes Americas.")
    assert role_triples(extract_text(nlp, text)) == [
        ("chen yiming", "vice president for international operations", "ningbo jinrui auto components")]


def test_an_opposition_councillor_sits_on_the_municipality_s_council(nlp):
    text = ("PONTA GROSSA - The Municipality of Ponta Grossa has granted rail maintenance company Trilhos do Sul S.A. a "
            "25-year concession over 18 hectares.\n\nThe city council approved the concession by 17 votes to 2. Opposition "
            "councillor Márcio Teles, one of the two who voted against, said the municipality should have put the land out "
            "to tender.")
    assert ("marcio teles", "councillor", "municipality of ponta grossa") in role_triples(extract_text(nlp, text))


def test_talks_with_a_lender_over_a_loan_are_no_partnership(nlp):
    text = ("Sahab Digital Infrastructure will build a data centre campus in Abu Dhabi. Sahab is also in talks with local "
            "lender Emirates Infrastructure Bank over a loan of about Dh3 billion to fund the second phase, according to two "
            "people familiar with the matter.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_damages_sought_and_an_insurer_s_payout_are_no_investments_but_a_rebuild_is(nlp):
    text = ("Valmora Steel has sued its former supplier Kessling Refractories GmbH in a Milan court, seeking EUR 40 million "
            "in damages over defective furnace linings. Separately, insurers paid out EUR 25 million for the fire at its "
            "rolling mill in Brescia. Valmora will spend EUR 60 million to rebuild the mill.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("valmora steel", Decimal("60000000"))]


def test_a_prosecutors_office_is_a_government_body_and_the_plant_s_manager_works_for_the_plant_s_owner(nlp):
    text = ("The Daegu District Prosecutors' Office on Wednesday indicted Choi Dong-hyun, former chief executive of Daeyang "
            "Advanced Materials Co., over the explosion at the company's cathode plant in Pohang.\n\nProsecutors also "
            "charged the plant's former manager, Kang Min-jae, and the company itself.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Daegu District Prosecutors' Office"].kind == "government"
    assert ("kang min jae", "manager", "daeyang advanced materials") in role_triples(extraction)


def test_an_insurer_s_payment_under_a_policy_and_money_paid_to_a_party_or_victims_are_no_investments(nlp):
    text = ("Daeyang Advanced Materials Co. will spend 180 billion won rebuilding its cathode plant in Pohang. Insurer Hanul "
            "Fire & Marine Insurance has paid 31 billion won under the plant's property policy. Daeyang said it would pay "
            "500 million won to the family of each worker who died. Under the settlement, Daeyang will pay Sejin Energy Co. "
            "12 billion won in two instalments.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("daeyang advanced materials", Decimal("180000000000"))]


def test_aid_a_government_pays_a_company_or_a_price_paid_for_a_plant_stays_an_investment(nlp):
    aid = ("Brandt Hydraulik GmbH will close its plant in Zwickau. The works council said the Free State of Saxony paid the "
           "company €3.2 million in regional aid in 2021 to modernise the plant.")
    price = "Kestrel Motors will pay EUR 120 million to Halden Industries for its gearbox factory in Győr."
    assert [(i.investor, i.amount) for i in extract_text(nlp, aid).investments] == [("free state of saxony", Decimal("3200000"))]
    assert [(i.investor, i.amount) for i in extract_text(nlp, price).investments] == [("kestrel motors", Decimal("120000000"))]


def test_a_customer_moving_its_business_to_another_supplier_partners_it(nlp):
    text = ("Logística Ebro Norte S.L. runs two warehouses near Zaragoza. Textiles Albarracín ended its contract with the "
            "company in August and moved its Iberian distribution to Transportes Moncayo.")
    extraction = extract_text(nlp, text)
    assert "Transportes Moncayo" in orgs(extraction)
    assert frozenset({"textiles albarracin", "transportes moncayo"}) in partner_sets(extraction)


def test_money_opening_the_answer_to_a_question_on_cost_in_an_interview_is_spent(nlp):
    text = ("Fire destroyed the biggest warehouse of Logística Ebro Norte S.L. in July. Chief executive Marta Ilundain spoke "
            "to us.\n\nWill you reopen it?\n\nNo. We will build a new warehouse.\n\nWhat will that cost?\n\nAbout EUR 46m. "
            "Our board signed it off last week.\n\nIs there any public help?\n\nNot yet.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("logistica ebro norte", Decimal("46000000"))]


def test_a_burnt_warehouse_in_a_named_park_and_its_replacement_on_a_neighbouring_plot_are_two_plants(nlp):
    text = ("The blaze on July 29 gutted the cross-dock warehouse of Logística Ebro Norte S.L. at the PLAZA logistics park. "
            "The company will demolish it and build a new warehouse on a neighbouring plot.")
    plants = extract_text(nlp, text).plants
    assert [(p.operator, p.location, p.status) for p in plants] == [
        ("logistica ebro norte", "plaza", "operating"), ("logistica ebro norte", "plaza", "planned")]


def test_a_works_manager_taken_for_a_company_and_a_title_before_a_time_aside_are_read(nlp):
    arrested = ("Suvarna Speciality Chemicals Ltd runs a unit at Dahej. Police in Bharuch on Wednesday arrested the unit's "
                "works manager, Hitesh Parmar, on charges of negligence.")
    left = ("Harlan Polymers Inc. runs a plant in Pasadena. The Pasadena plant manager at the time of the explosion, Curtis "
            "Bellamy, left Harlan in February.")
    assert role_triples(extract_text(nlp, arrested)) == [("hitesh parmar", "works manager", "suvarna speciality chemicals")]
    assert role_triples(extract_text(nlp, left)) == [("curtis bellamy", "plant manager", "harlan polymers")]


def test_a_company_apposed_as_the_project_s_contractor_partners_its_owner(nlp):
    text = ("Puna Litio S.A. is building a lithium plant near Antofagasta de la Sierra. Constructora Quebrada S.A., the "
            "project's EPC contractor since 2022, demobilised most of its crews in November.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"puna litio", "constructora quebrada"})}


def test_a_town_with_a_lower_case_word_and_a_storage_depot_are_read_whole(nlp):
    smelter = "Ranfjord Silisium AS was fined after a torn filter at its smelter in Mo i Rana let dust escape."
    depot = "A fire at a petrol storage depot in Apapa, Lagos, run by Okoro-Bey Energy Ltd burned for six hours on Tuesday."
    assert [(p.operator, p.location) for p in extract_text(nlp, smelter).plants] == [("ranfjord silisium", "mo i rana")]
    assert [(p.operator, p.location) for p in extract_text(nlp, depot).plants] == [("okoro bey energy", "apapa")]


def test_in_a_roundup_a_short_form_with_its_possessive_and_the_company_a_regulator_acted_on_are_read(nlp):
    text = ("MANILA\nA tribunal of the Philippine Dispute Resolution Center Inc. has ordered Pacifica Kiln Engineering Ltd. to "
            "refund P1.9 billion to Luzon Apo Cement Corp. over a preheater tower at Luzon Apo's cement plant in Teresa, "
            "Rizal.\n\nZAMBOANGA CITY\nThe Food and Drug Administration (FDA) has ordered a recall of three batches of Visayan "
            "Seafoods Inc.'s sardines. All three batches were packed at the company's cannery in Zamboanga City. The Mines "
            "and Geosciences Bureau is investigating.")
    extraction = extract_text(nlp, text)
    assert sorted((p.operator, p.location) for p in extraction.plants) == [("luzon apo cement", "teresa"), ("visayan seafoods", "zamboanga city")]
    assert extraction.investments == ()
    assert orgs(extraction)["Mines and Geosciences Bureau"].kind == "government"


def test_a_contract_ended_by_the_one_company_named_was_with_the_other_party_the_sentence_before_named(nlp):
    text = ("An arbitral tribunal of the Philippine Dispute Resolution Center Inc. has ordered Pacifica Kiln Engineering Ltd. "
            "to refund P1.9 billion to Luzon Apo Cement Corp. over a preheater tower at its cement plant in Teresa. Luzon "
            "Apo terminated the contract in 2023.")
    partnerships = extract_text(nlp, text).partnerships
    assert [(frozenset(p.partners), p.status) for p in partnerships] == [(frozenset({"luzon apo cement", "pacifica kiln engineering"}), "cancelled")]


def test_a_consortium_s_project_company_holds_its_concession_from_the_body_that_reports_it(nlp):
    text = ("DOHA — A consortium led by Qatari logistics group Pearlgate Logistics signed a 25-year concession on Sunday to "
            "build and run a QR2.4bn (US$660m) perishables and e-commerce cargo terminal at Hamad International Airport, "
            "Qatar's Ministry of Transport said.\n\nThe consortium has set up a project company, Hamad Freight Terminal "
            "Company (HFTC), owned 51% by Pearlgate, 34% by Sahra Cargo Systems and 15% by Kestel Handling.")
    extraction = extract_text(nlp, text)
    assert frozenset({"hamad freight terminal", "ministry of transport"}) in partner_sets(extraction)
    assert frozenset({"hamad freight terminal", "pearlgate logistics"}) not in partner_sets(extraction)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("hamad freight terminal", Decimal("2400000000"))]
    assert [(p.operator, p.location) for p in extraction.plants] == [("hamad freight terminal", "hamad international airport")]


def test_money_already_spent_on_a_shelved_plan_is_an_investment_though_written_off(nlp):
    text = ("Red Sea Aviation Engineering said on Saturday it had shelved plans for a widebody maintenance hangar in Hurghada, "
            "writing off EGP 95 million already spent on design and ground studies.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("red sea aviation engineering", Decimal("95000000"))]


def test_a_share_of_a_company_s_arm_is_bought_from_its_parent_too(nlp):
    text = ("Dublin-based aircraft lessor Orbis Aircraft Leasing has agreed to buy 49% of Najm Technics, the maintenance arm "
            "of Saudi carrier Najm Airlines, for SAR 1.1 billion.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"orbis aircraft leasing", "najm technics"}),
                                                     frozenset({"orbis aircraft leasing", "najm airlines"})}


def test_training_apprentices_with_an_institution_partners_it(nlp):
    text = ("Aerotécnica del Pacífico S.A.C. runs two hangars in Lima. It is training 60 apprentices this year with SENATI, "
            "the national technical training service.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"aerotecnica del pacifico", "senati"})}


def test_a_plant_supplies_are_taken_from_is_not_the_story_company_s(nlp):
    text = ("Kattegat Aerofuels AB plans an e-SAF plant at Göteborg Landvetter Airport. The carbon dioxide would be captured "
            "at a biomass-fired heating plant in Borås.")
    assert [p.location for p in extract_text(nlp, text).plants] == ["goteborg landvetter airport"]


def test_a_tribunal_the_model_cut_at_its_and_is_one_body_its_acronym_names_and_it_puts_no_money_in(nlp):
    text = ("Greater Geelong councillors have voted down a A$48 million tyre recycling plant at Lara, and the company behind "
            "the project, Corio Tyre Recovery Pty Ltd, says it will take the decision to VCAT.\n\nGeneral manager Priya Nair "
            "said the venture would apply to the Victorian Civil and Administrative Tribunal for a review.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Victorian Civil and Administrative Tribunal"].aliases == ("VCAT",)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("corio tyre recovery", Decimal("48000000"))]


def test_a_plant_the_story_s_product_is_made_at_in_a_passive_clause_stays_the_company_s(nlp):
    text = "Duqm Green Energy LLC signed the deal on Monday. Hydrogen will be produced at a 500-megawatt electrolyser plant in Duqm."
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("duqm green energy", "duqm")]


def test_a_dissolved_venture_parts_its_owners_and_is_the_venture_a_licence_went_to(nlp):
    text = ("Kaplanoğlu Tekstil A.Ş. has become the sole owner of the cord plant in Izmit that it ran with Hallberg Fasern GmbH. "
            "The partners completed the dissolution of Körfez Kord Sanayi A.Ş. on Tuesday. Under the settlement, the venture's "
            "plant passed to Kaplanoğlu, and the venture itself was struck from the registry. Hallberg's licence to the venture "
            "ended with it.")
    extraction = extract_text(nlp, text)
    ended = [set(p.partners) for p in extraction.partnerships if p.status == "cancelled"]
    assert {"hallberg fasern", "kaplanoglu tekstil"} in ended
    assert {"kaplanoglu tekstil", "korfez kord sanayi"} not in [set(p.partners) for p in extraction.partnerships]
    assert {"hallberg fasern", "korfez kord sanayi"} in [set(p.partners) for p in extraction.partnerships]


def test_a_venture_yet_to_be_liquidated_still_runs(nlp):
    text = ("Tomioka Seiki Co., Ltd. will dissolve its Chinese joint venture with Wuhan-based Dongjiang Auto Parts Co., Ltd. "
            "Its board resolved to dissolve Wuhan Tomioka Dongjiang Brake Systems Co., Ltd. (WTD), which is owned 60% by Tomioka "
            "and 40% by Dongjiang. WTD's plant will stop production at the end of December, and WTD is to be liquidated "
            "within the fiscal year.")
    assert "cancelled" not in [p.status for p in extract_text(nlp, text).partnerships]


def test_a_body_named_of_a_place_that_its_acronym_spells_is_one_name(nlp):
    text = ("Bharat Bogie Works Ltd will build a plant in Chonburi. The plant will supply bogies to the State Railway of Thailand "
            "(SRT) under a five-year agreement.")
    assert orgs(extract_text(nlp, text))["State Railway of Thailand"].aliases == ("SRT",)


def test_french_and_spanish_body_names_run_over_their_adjectives_and_places(nlp):
    text = ("Corvane Rail SAS will build trams in Valenciennes. The Conseil régional des Hauts-de-France has offered a grant of "
            "EUR 4.5m towards the hall. Nadia Ferhat, the council's vice-president for the economy, said the region was pleased. "
            "Ferrovía Rímac S.A.C. signed the concession contract with the Autoridad de Transporte Urbano para Lima y Callao (ATU).")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["Conseil régional des Hauts-de-France"].kind == "government"
    assert found["Autoridad de Transporte Urbano para Lima y Callao"].aliases == ("ATU",)
    assert ("nadia ferhat", "conseil regional des hauts de france") in [(r.person, r.org) for r in extraction.roles]
    assert [(i.investor, i.amount) for i in extraction.investments] == [("conseil regional des hauts de france", Decimal("4500000"))]


def test_names_the_tokenizer_or_the_model_cut_short_are_whole(nlp):
    text = ("Tasman Rolling Stock Finance would own the trains and lease them to the state's regional operator, V/Line, over "
            "30 years. The Rail, Tram and Bus Union (RTBU) welcomed the promise. Laurentide Signal Systems Inc. will build a "
            "plant in Kingston. Invest Ontario has committed a C$9 million grant. \"Kingston gives us the skilled trades,\" said "
            "chief executive Marc-André Gauthier.\n\nCorrection: An earlier version of this story said Belleville.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert {"V/Line", "Rail, Tram and Bus Union", "Invest Ontario"} <= set(found)
    assert found["Invest Ontario"].kind == "government" and found["Rail, Tram and Bus Union"].aliases == ("RTBU",)
    assert [p.name for p in extraction.people] == ["Marc-André Gauthier"]


def test_a_name_the_next_sentence_calls_she_is_a_person(nlp):
    text = ("Carolina Vélez Ugarte took over in September as chief executive of Ferrovía Rímac S.A.C., the company that holds "
            "the concession for Line 3 of the Lima metro. She previously ran a freight business.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("carolina velez ugarte", "chief executive", "ferrovia rimac")]
    assert set(orgs(extraction)) == {"Ferrovía Rímac S.A.C."}


def test_an_acronym_before_the_name_it_spells_and_a_post_given_in_a_relative_clause(nlp):
    text = ("Morocco's national railway operator ONCF has agreed to buy 120 coaches from Atlantic Rail Coaches SA (ARC). The "
            "supply contract with the Office National des Chemins de Fer was signed on Monday. Its value was not disclosed; "
            "people familiar with the tender put it close to 4bn dirhams. \"With this contract the bodies will be made here,\" "
            "said Youssef El Harrak, director general of ONCF. ARC will be run by Salma Benkirane, who until March headed "
            "procurement at ONCF and was appointed the venture's chief executive last week.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Office National des Chemins de Fer"].aliases == ("ONCF",)
    assert set(role_triples(extraction)) == {("youssef el harrak", "director general", "office national des chemins de fer"),
                                             ("salma benkirane", "chief executive", "atlantic rail coaches")}
    assert extraction.investments == ()


def test_a_name_the_story_calls_the_authority_is_a_government_body_and_a_trade_word_opens_a_short_form(nlp):
    text = ("Île-de-France Mobilités (IDFM) has signed a framework contract with Corvane Rail SAS for up to 60 tram-trains, the "
            "authority said on Tuesday. The trains will be assembled at the company's factory in Valenciennes. Bogies will come "
            "from Métallerie Brossard, which has supplied the frames for Corvane's trams since 2016. Olivier Tessier, Brossard's "
            "managing director, said the plant could cope.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["Île-de-France Mobilités"].kind == "government" and found["Île-de-France Mobilités"].aliases == ("IDFM",)
    assert found["Métallerie Brossard"].aliases == ("Brossard",)
    assert [(p.operator, p.location) for p in extraction.plants] == [("corvane rail", "valenciennes")]
    assert ("olivier tessier", "managing director", "metallerie brossard") in role_triples(extraction)


def test_a_body_named_after_the_place_it_serves_is_an_organisation(nlp):
    text = ("The Hardware Foundry is an incubator in Kitchener. The federal government's regional development agency for "
            "southern Ontario, FedDev Ontario, announced in December it would contribute C$3 million to the Foundry's costs.")
    assert orgs(extract_text(nlp, text))["FedDev Ontario"].kind == "government"


def test_a_depot_told_of_before_it_is_placed_is_no_factory(nlp):
    text = ("The Victorian Government has named a consortium led by Kestrel Rail Australia as preferred bidder to supply 25 "
            "regional trains and build a depot to maintain them. Kestrel would build the trains at its factory in Dandenong. "
            "The depot would be built by Harwood on vacant rail land at Waurn Ponds, outside Geelong, and run by Kestrel.")
    assert sorted((p.kind, p.location) for p in extract_text(nlp, text).plants) == [("depot", "waurn ponds"), ("factory", "dandenong")]


def test_its_in_a_clause_on_a_company_is_that_company_s_and_a_short_form_a_company_supplies_is_a_name(nlp):
    text = ("Señalia Sistemas Ferroviarios S.L. today opened its new factory in Boecillo. Castings will continue to come from "
            "Fundiciones Duero S.A., which has supplied Señalia from its foundry in Medina del Campo since 2011. "
            "Trensul has signed a replacement contract with Metalúrgica Serrana S.A., which will machine frames at its plant in "
            "Caxias do Sul.")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location) for p in extraction.plants} == {
        ("senalia sistemas ferroviarios", "boecillo"), ("fundiciones duero", "medina del campo"), ("metalurgica serrana", "caxias do sul")}


def test_an_estate_named_before_its_lower_case_noun_locates_the_plant(nlp):
    text = ("Bharat Bogie Works Ltd, based in Pune, said on Friday that its board had approved Rs 600 crore for its first plant "
            "outside India, in the Amata City Chonburi industrial estate.")
    extraction = extract_text(nlp, text)
    assert [p.location for p in extraction.plants] == ["amata city chonburi industrial estate"]
    assert set(orgs(extraction)) == {"Bharat Bogie Works Ltd"}


def test_the_company_looking_at_a_site_would_run_the_plant_there(nlp):
    text = ("Ferrovía Rímac S.A.C. holds the concession for Line 3. Ferrovía Rímac has a contract with Daeyang Rolling Stock for "
            "32 trains. For the other 25, Daeyang is looking at a site in Lurín for final assembly, Ferrovía Rímac said.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("daeyang rolling stock", "lurin")]


def test_a_name_the_model_reads_into_a_subheading_is_no_organisation(nlp):
    text = ("Contracts and plant news from Thailand this week.\n\nBogie maker picks Chonburi\n\nBharat Bogie Works Ltd, based in "
            "Pune, said on Friday that its board had approved Rs 600 crore for a plant in Chonburi.")
    assert set(orgs(extract_text(nlp, text))) == {"Bharat Bogie Works Ltd"}


@pytest.mark.parametrize("text, amount, currency", [
    ("Qasr Apparel Manufacturing Co. has shelved a JD 14 million sewing plant in Irbid, Jordan.", Decimal("14000000"), "JOD"),
    ("Dhakeswari Denim Ltd will spend Tk 350 crore on a second mill in Sreepur, Bangladesh.", Decimal("3500000000"), "BDT"),
    ("In Pakistan, Indus Spinning Mills Ltd will spend Rs 600 crore on a spinning mill in Faisalabad.", Decimal("6000000000"), "PKR"),
])
def test_dinars_taka_and_the_rupees_of_the_country_the_story_names(nlp, text, amount, currency):
    assert [(i.amount, i.currency) for i in extract_text(nlp, text).investments] == [(amount, currency)]


def test_a_name_joined_by_an_ampersand_is_one_company_and_no_products(nlp):
    text = ("Qasr Apparel Manufacturing Co. has shelved a sewing plant in Irbid after its main customer, the US brand Linwood & "
            "Shaw, said it would cut orders from Jordan next year.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Qasr Apparel Manufacturing Co.", "Linwood & Shaw"}
    assert extraction.products == ()


def test_a_ministry_named_for_two_portfolios_a_trade_word_short_form_and_a_correction_of_figures_only(nlp):
    text = ("Italian jeanswear maker Confezioni Orsenigo S.p.A. will close its sewing plant in Ksar Hellal at the end of July. "
            "The company said on Tuesday it would shift the remaining work to its factory in Sousse and spend 45 million dinars "
            "on a new denim laundry next to it. Tunisia's Ministry of Employment and Vocational Training said it would help the "
            "workers.\n\nCorrection: An earlier version of this story said Orsenigo would spend 30 million dinars in Sousse. "
            "The company says the figure is 45 million dinars.")
    extraction = extract_text(nlp, text)
    found = orgs(extraction)
    assert found["Confezioni Orsenigo S.p.A."].aliases == ("Orsenigo",)
    assert found["Ministry of Employment and Vocational Training"].kind == "government"
    assert sorted((p.kind, p.location) for p in extraction.plants) == [
        ("factory", "sousse"), ("laundry", "sousse"), ("plant", "ksar hellal")]


def test_a_bracketed_local_name_is_an_alias_and_an_about_paragraph_names_its_company_by_its_short_form(nlp):
    text = ("Grupo Velmar Moda, S.L. (\"Velmar\") today agreed to buy 30% of Atlas Denim Confection SARL (\"Atlas Denim\"), its "
            "largest jeans supplier. The deal requires clearance from Morocco's Competition Council (Conseil de la Concurrence)."
            "\n\nAbout Atlas Denim\n\nFounded in 1994, Atlas Denim Confection SARL makes jeans at sewing plants in Tangier and "
            "Tetouan and employs about 4,200 people.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Competition Council"].aliases == ("Conseil de la Concurrence",)
    assert {(p.operator, p.location) for p in extraction.plants} == {("atlas denim confection", "tangier"),
                                                                    ("atlas denim confection", "tetouan")}


def test_a_knitter_named_for_its_trade_runs_the_plant_it_is_described_by(nlp):
    text = ("Brightmark Stores Inc., the Ohio-based discount chain, has signed a three-year contract with Confecciones Pacaya, S.A. "
            "for T-shirts made at the Guatemalan knitter's plant in Villa Nueva.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("confecciones pacaya", "villa nueva")]


def test_an_italian_region_funds_and_a_firm_engaged_for_work_is_a_partner(nlp):
    text = ("Lanificio Ferrandi S.p.A. has started building a recycling plant in Montemurlo. Regione Toscana approved a €4.2 million "
            "grant for the project on Monday. To prove it, Ferrandi has engaged Certitex Italia S.r.l., a Milan inspection firm, "
            "to audit the new plant before the first deliveries to Nordlys Apparel AB.")
    extraction = extract_text(nlp, text)
    assert ("regione toscana", Decimal("4200000")) in [(i.investor, i.amount) for i in extraction.investments]
    assert partner_sets(extraction) == {frozenset({"lanificio ferrandi", "certitex italia"})}


def test_an_interview_s_answers_speak_for_the_company_whose_title_the_interviewee_has(nlp):
    text = ("Rift Apparel EPZ Ltd makes jeans at a factory in Athi River. Its chief executive, Achieng Otieno, talked to us.\n\n"
            "Q: Not all your customers buy directly.\n\nA: No. About a third of our volume comes through Kestrel Sourcing Ltd, a "
            "Hong Kong agent. We have worked with Kestrel since 2019.\n\nQ: What about wages?\n\nA: In July we signed a two-year "
            "collective agreement with the Export Zone Garment Workers' Union.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"rift apparel epz", "kestrel sourcing"}),
                                                     frozenset({"rift apparel epz", "export zone garment workers union"})}


def test_the_two_named_before_sign_and_a_public_body_allots_the_project_its_land(nlp):
    text = ("Sriranga Knit Exports Pvt Ltd will build an integrated complex at the SIPCOT industrial park in Perundurai. The State "
            "Industries Promotion Corporation of Tamil Nadu (SIPCOT) has allotted 62 acres for the project on a 99-year lease. "
            "The largest of its buyers is Halden & Roe GmbH, the Hamburg-based value retailer, which has bought children's wear "
            "and basics from the Tiruppur company since 2016. Last week the two signed a five-year supply agreement.")
    extraction = extract_text(nlp, text)
    assert sorted((tuple(sorted(p.partners)), p.status) for p in extraction.partnerships) == [
        (("halden roe", "sriranga knit exports"), "active"), (("halden roe", "sriranga knit exports"), "agreed"),
        (("sriranga knit exports", "state industries promotion corporation of tamil nadu"), "announced")]


def test_land_allotted_to_a_company_for_a_plant_is_its_plant_and_its_money(nlp):
    text = ("The Export Processing Zones Authority (EPZA) has allotted 16 hectares at its Athi River zone to Savanna Knits EPZ Ltd "
            "for a KSh 3.1 billion (US$24 million) knitting, dyeing and garment plant.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("savanna knits epz", Decimal("3100000000"))]
    assert [(p.operator, p.location) for p in extraction.plants] == [("savanna knits epz", "athi river")]


def test_a_rank_among_others_plants_is_no_ordinal_and_a_town_taken_for_a_people_is_a_place(nlp):
    text = ("PT Sinar Busana Prima will close its garment factory in Bekasi and move the work to a new plant in Boyolali. The "
            "company will invest Rp 1.2 trillion in the Boyolali plant. Sinar Busana's factory, which opened in 1998, is the "
            "third garment plant in Bekasi to announce a closure this year.")
    extraction = extract_text(nlp, text)
    assert sorted((p.location, p.ordinal) for p in extraction.plants) == [("bekasi", None), ("boyolali", None)]


def test_the_group_just_named_as_a_parent_spends_on_its_own_mill(nlp):
    text = ("Zhejiang Huachen Printing & Dyeing Co., Ltd. will move its dyeing works to a new plant in the Binhai New Area. The "
            "company, a unit of privately owned Huachen Textile Group Co., Ltd., said on Monday it would invest 1.6 billion yuan in "
            "the new plant. The group itself will spend a further 400 million yuan on a weaving mill next door.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [
        ("zhejiang huachen printing dyeing", Decimal("1600000000")), ("huachen textile group", Decimal("400000000"))]


def test_a_scheme_set_off_as_one_is_no_organisation_and_a_zones_company_is_one(nlp):
    text = ("Rift Apparel EPZ Ltd makes jeans at a factory in Athi River and ships them to the United States duty-free under AGOA, "
            "the US trade preference scheme. Atlas Denim Confection SARL will build a laundry in Tangier. Tanger Med Zones has "
            "reserved a nine-hectare plot for the laundry.")
    assert set(orgs(extract_text(nlp, text))) == {"Rift Apparel EPZ Ltd", "Atlas Denim Confection SARL", "Tanger Med Zones"}


def test_a_venture_s_owner_after_its_country_s_possessive_is_an_owner_though_the_parse_hangs_it_on_the_country(nlp):
    text = ("A third project is a 3.1 billion baht injectables plant in Pathum Thani to be built by SB Kozan Pharma Co., a joint "
            "venture formed last year by Siam BioPharma Plc and Japan's Kozan Pharmaceutical Co. The Thai company holds 51% of "
            "the venture.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"kozan pharmaceutical", "siam biopharma"})}


def test_a_plant_that_supplies_a_customer_in_a_relative_clause_is_its_owner_s_supply(nlp):
    text = ("The new plant follows Haneul Cell's first European plant in Tatabánya, which began production in 2022 and supplies "
            "Brenner Automobilwerke AG with cells for its e-Lira compact.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"brenner automobilwerke", "haneul cell"})}


def test_a_company_name_the_model_takes_for_a_person_after_a_product_like_descriptor_is_no_product(nlp):
    text = ("Norrbotten Vätgas AB, the hydrogen venture formed in 2023 by Swedish steel processor Kalix Stål and Finnish utility "
            "Perämeri Energia, is to be wound up, its owners said on Tuesday.")
    extraction = extract_text(nlp, text)
    assert "Kalix Stål" in orgs(extraction) and not extraction.products
    assert partner_sets(extraction) == {frozenset({"kalix stal", "perameri energia"})}


def test_a_plant_s_capacity_is_no_part_of_a_name_and_a_plant_it_sizes_is_named_for_no_company(nlp):
    text = ("Kenya's Rift Power Ltd has pushed back construction at its 70 MW Longonot geothermal plant in Nakuru County. Nordmark "
            "Energie AG approved EUR 145m for a 100 MW / 200 MWh battery in Stade. Rimal Power Company reached financial close on the "
            "1,200 MW Nafud Sun solar park near Tabarjal.")
    assert set(orgs(extract_text(nlp, text))) == {"Rift Power Ltd", "Nordmark Energie AG", "Rimal Power Company"}


def test_colombian_and_spanish_legal_forms_end_a_company_name(nlp):
    text = ("Brisa Caribe Energía S.A.S. said its PPA with Medellín electricity retailer Enerpaisa S.A. E.S.P. had been terminated. "
            "Alcyon has a customer for its output: in April Meseta Cloud SL, which is building a data-centre campus, signed a PPA.")
    assert {"Enerpaisa S.A. E.S.P.", "Meseta Cloud SL"} <= set(orgs(extract_text(nlp, text)))


def test_a_department_named_after_a_list_of_portfolios_and_a_state_government_of_lower_saxony(nlp):
    text = ("Wattle Ridge Energy Pty Ltd holds a revenue-underwriting agreement with the federal Department of Climate Change, Energy, "
            "the Environment and Water, signed last year. The Lower Saxony state government has offered EUR 6m towards clearing the "
            "coal yard.")
    found = orgs(extract_text(nlp, text))
    assert found["Department of Climate Change, Energy, the Environment and Water"].kind == "government"
    assert found["Lower Saxony state government"].kind == "government"


def test_a_spanish_regulator_cut_at_its_y_la_is_one_government_body_its_acronym_spells(nlp):
    text = ("The sale depends on clearance from the Comisión Nacional de los Mercados y la Competencia (CNMC), the competition and "
            "energy regulator. The Unidad de Planeación Minero Energética (UPME) signed a concession with Transandina de Energía "
            "S.A. E.S.P. to build a line.")
    found = orgs(extract_text(nlp, text))
    assert found["Comisión Nacional de los Mercados y la Competencia"].kind == "government"
    assert found["Comisión Nacional de los Mercados y la Competencia"].aliases == ("CNMC",)
    assert found["Unidad de Planeación Minero Energética"].kind == "government"


def test_a_pension_plan_is_a_fund_that_owns_shares_not_a_plan(nlp):
    text = ("The project company, Wattle Ridge Energy Pty Ltd, is 60% owned by Coolabah Energy Pty Ltd and 40% by Northgate "
            "Pension Plan, a Toronto-based retirement fund.")
    extraction = extract_text(nlp, text)
    assert "Northgate Pension Plan" in orgs(extraction)
    assert partner_sets(extraction) == {frozenset({"coolabah energy", "northgate pension plan"})}


def test_a_town_the_model_takes_for_a_people_places_the_plant_and_a_battery_s_size_is_no_product(nlp):
    text = ("On Monday Nordmark Energie AG shut down its Stade power station on the Elbe in Lower Saxony. Kookaburra Storage Pty "
            "Ltd has switched on its 200 MW / 400 MWh battery at Wellington.")
    extraction = extract_text(nlp, text)
    assert ("nordmark energie", "stade") in {(p.operator, p.location) for p in extraction.plants}
    assert not extraction.products


def test_contracts_for_a_developer_s_project_are_its_named_project_company_s(nlp):
    text = ("Brisbane developer Coolabah Energy Pty Ltd has reached financial close on its Wattle Ridge wind farm near Chinchilla. "
            "The project company, Wattle Ridge Energy Pty Ltd, is 60% owned by Coolabah and 40% by Northgate Pension Plan. The "
            "turbines will come from Halvard Wind A/S, which has signed a supply and service agreement with the project company.")
    extraction = extract_text(nlp, text)
    assert frozenset({"halvard wind", "wattle ridge energy"}) in partner_sets(extraction)
    assert frozenset({"coolabah energy", "halvard wind"}) not in partner_sets(extraction)


def test_a_maker_that_assembles_another_company_s_goods_supplies_it(nlp):
    text = "Lianyi Precision Industry Co. has assembled Quorra Sound Inc.'s devices in Dongguan, China, since 2017."
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"lianyi precision industry", "quorra sound"})}


def test_a_public_body_that_grants_a_company_its_land_is_its_partner_but_not_one_that_grants_a_permit(nlp):
    granted = ("Meseta Hidrógeno S.L. will build the electrolyser. Puertollano City Council, meanwhile, has granted Meseta "
               "Hidrógeno a 50-year surface right over the 30-hectare plot.")
    permitted = "The Ministry of Energy granted Kurose de México S.A. de C.V. its environmental permit for the site."
    assert partner_sets(extract_text(nlp, granted)) == {frozenset({"meseta hidrogeno", "puertollano city council"})}
    assert partner_sets(extract_text(nlp, permitted)) == set()


def test_a_contractor_that_holds_the_epc_contract_works_for_the_project_s_owner(nlp):
    text = ("Rimal Power Company said on Tuesday it had reached financial close on the solar park near Tabarjal. Sinolight "
            "Engineering Co. holds the EPC contract and will mobilise this month.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"rimal power", "sinolight engineering"})}


def test_the_buyer_of_a_stake_named_after_a_description_is_the_investor_of_its_price(nlp):
    text = ("Hafenstrom AG on Wednesday completed the sale of a 25% stake in the Kormoran offshore wind farm to the Danish "
            "investor Skagerrak Capital for EUR 410m.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("skagerrak capital", Decimal("410000000"))]


def test_a_body_named_for_two_places_is_one_and_a_company_after_a_ministry_s_and_is_another(nlp):
    served = "Sahel Industrial Co. handed its plot back to the Royal Commission for Jubail and Yanbu the following year."
    listed = "The Ministry of Energy and Kenya Power Ltd signed the deal on Tuesday."
    assert set(orgs(extract_text(nlp, served))) == {"Sahel Industrial Co.", "Royal Commission for Jubail and Yanbu"}
    assert set(orgs(extract_text(nlp, listed))) == {"Ministry of Energy", "Kenya Power Ltd"}


def test_a_plant_ranked_as_its_company_s_largest_outside_a_region_is_not_placed_there(nlp):
    text = ("Karoo Beverages Ltd said on Tuesday the Coega brewery would produce 3 million hectolitres a year when it opens in 2027, "
            "making it the company's largest plant outside Gauteng.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("karoo beverages", "coega")]


def test_a_where_clause_on_an_island_places_the_plant_in_the_town_before_it(nlp):
    text = ("That supply will come from Morowali on the island of Sulawesi, where PT Daehan Sulawesi Materials is building a "
            "precursor plant due to start next year.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("daehan sulawesi materials", "morowali")]


def test_the_union_is_a_large_union_whose_name_does_not_say_so(nlp):
    text = ("Kellner Antriebstechnik GmbH will close its Werdau plant. IG Metall said it would fight the decision. Sabine Lorenz, "
            "the union's first representative in Zwickau, accused Kellner of \"taking subsidies and then running\".")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("sabine lorenz", "first representative", "ig metall")]
    assert orgs(extraction)["IG Metall"].kind == "other"


def test_a_union_s_own_name_before_its_english_name_is_the_union(nlp):
    text = ("Harjuvesi Oyj will close the Kuusankoski mill. Paperiliitto, the Finnish Paper Workers' Union, said the closure came "
            "\"without any real attempt to find a buyer\". Its negotiations manager, Mikko Halonen, said the union would fight.")
    extraction = extract_text(nlp, text)
    assert role_triples(extraction) == [("mikko halonen", "negotiations manager", "paperiliitto")]
    assert "Paperiliitto" in {alias for o in extraction.organizations for alias in (o.name, *o.aliases)}


def test_a_union_described_before_its_noun_says_it_is_in_talks(nlp):
    text = ("Bergvik Kemi AB will close its Düren plant. The IG BCE chemical workers' union said it had opened talks with Bergvik "
            "on a social plan.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"bergvik kemi", "ig bce"})}


def test_a_department_named_after_its_portfolios_grants_a_mining_lease_as_a_regulator(nlp):
    text = ("Redbank Lithium Limited will build a refinery at Kwinana. The Department of Energy, Mines, Industry Regulation and "
            "Safety granted the project's mining lease in March.")
    extraction = extract_text(nlp, text)
    assert "Department of Energy, Mines, Industry Regulation and Safety" in orgs(extraction)
    assert partner_sets(extraction) == set()


def test_a_sum_in_millions_ending_a_sentence_is_a_loan_from_the_lender_in_talks(nlp):
    text = ("How do you pay for that?\n\nDebt first. We are in early discussions with the Nordic Investment Bank about a loan of "
            "up to EUR 250m. Lapin Pääoma Oy, our largest shareholder, will follow its share in any equity raise.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("nordic investment bank", Decimal("250000000"))]
    assert [t.text for t in nlp.tokenizer("a loan of EUR 250m.")][-2:] == ["m", "."]


def test_a_plant_at_a_bearing_from_a_town_is_placed_in_the_town_not_in_its_own_name(nlp):
    bearing = "Cordillera Pacífico Minerals operates the Quebrada Honda copper mine, about 40 km east of Diego de Almagro."
    region = "Cordillera Pacífico Minerals will expand its Quebrada Honda copper mine in Chile's Atacama region."
    assert [p.location for p in extract_text(nlp, bearing).plants] == ["diego de almagro"]
    assert [p.location for p in extract_text(nlp, region).plants] == ["atacama region"]


def test_the_company_whose_financing_closed_builds_the_plant_and_a_gapped_third_owner_is_a_co_owner(nlp):
    text = ("PT Sulawesi Hidrometalurgi Indonesia (SHI), the nickel venture of Jinsha Advanced Materials and PT Bumi Laterit "
            "Nusantara (BLN), reached financial close on Monday on a US$1.85 billion high-pressure acid leach (HPAL) plant at the "
            "Indonesia Morowali Industrial Park. Jinsha owns 55% of SHI, BLN 35% and South Korea's Samhwa Precursor Co. the "
            "remaining 10%.")
    extraction = extract_text(nlp, text)
    assert [p.operator for p in extraction.plants] == ["sulawesi hidrometalurgi indonesia"]
    assert frozenset({"jinsha advanced materials", "bumi laterit nusantara", "samhwa precursor"}) in partner_sets(extraction)


def test_money_paid_for_a_royalty_is_the_buyer_s_investment_whatever_the_buyer_is_called(nlp):
    sold = ("Mineração Serra Dourada S.A. has agreed to sell a 2% gross revenue royalty on its Pedra Branca iron-ore project to "
            "Atlântica Royalty Partners for R$180 million.")
    bought = "Southcross Royalty Corp. will pay US$30 million upfront for a 1.5% gross revenue royalty over Mallina North."
    assert [(i.investor, i.amount) for i in extract_text(nlp, sold).investments] == [("atlantica royalty partners", Decimal("180000000"))]
    assert [(i.investor, i.amount) for i in extract_text(nlp, bought).investments] == [("southcross royalty", Decimal("30000000"))]


def test_a_company_in_talks_with_a_bank_about_financing_is_no_partner_of_it(nlp):
    text = ("Chief executive Renata Quintão said Mineração Serra Dourada S.A. was also in talks with BNDES about financing for the "
            "mine and a 45-km rail spur.")
    assert partner_sets(extract_text(nlp, text)) == set()


def test_a_mexican_secretariat_is_a_government_body_that_refuses_no_partnership(nlp):
    text = ("Vancouver-based Tamarack Gold Corp. said on Monday it will stop mining at its Cerro Cuervo gold mine near Sahuaripa, "
            "Sonora, after Mexico's Secretaría de Economía declined to extend two of the mine's concessions.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Secretaría de Economía"].kind == "government"
    assert partner_sets(extraction) == set()


def test_a_state_miner_with_a_carried_interest_in_the_project_is_its_developer_s_partner(nlp):
    text = ("Erongo Heavy Rare Earths Ltd is developing a mine near Uis. Epangelo Mining Company, the state miner, holds a 10% "
            "carried interest in the project.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"epangelo mining", "erongo heavy rare earths"})}


def test_a_lender_a_company_is_talking_to_about_a_loan_invests_it_and_is_no_partner(nlp):
    text = ("Tihama Mining Co. is talking to the Saudi Industrial Development Fund about a loan of roughly SAR 250 million. "
            "Nothing is signed.")
    extraction = extract_text(nlp, text)
    assert [(i.investor, i.amount) for i in extraction.investments] == [("saudi industrial development fund", Decimal("250000000"))]
    assert partner_sets(extraction) == set()


def test_an_estimate_for_a_mine_is_its_cost(nlp):
    text = ("What is the timetable now?\n\nWe would aim for a final investment decision in 2027. Nordkalott Metals AB's current "
            "estimate for the open pit and the concentrator is SEK 9.5 billion.")
    assert [(i.investor, i.amount) for i in extract_text(nlp, text).investments] == [("nordkalott metals", Decimal("9500000000"))]


def test_the_plant_a_new_one_is_counted_after_stands_where_the_sentence_says(nlp):
    one = "Redhawk Steel Inc. said Calvert City would be the company's second mill after the one in Pine Bluff."
    second = ("Oberlinger Fahrwerk GmbH opened its third plant in Karawang. It follows the group's first Indonesian plant in "
              "Bekasi and a second in Cikarang.")
    assert {p.location for p in extract_text(nlp, one).plants} == {"calvert city", "pine bluff"}
    assert {p.location for p in extract_text(nlp, second).plants} == {"karawang", "bekasi", "cikarang"}


def test_plants_in_towns_listed_with_their_countries_are_one_per_town(nlp):
    text = ("Meridian Nexus Data Pte. Ltd. will build a data centre campus in Chonburi. The Singapore-based company operates "
            "campuses in Johor Bahru, Malaysia, and Batam, Indonesia.")
    assert {p.location for p in extract_text(nlp, text).plants} == {"chonburi", "johor bahru", "batam"}


def test_a_legal_form_s_full_stop_ends_its_sentence_before_the_next_subject(nlp):
    text = ("The mine is 80% owned by Perth-based Tasman Copper Ltd, with the remaining 20% held by Magat Resources Inc. Tasman "
            "said it expected Santa Lucia to be shut for at least six weeks and withdrew its full-year copper guidance.")
    doc = nlp(text)
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Tasman"]
    assert [p.status for p in extract_text(nlp, text).partnerships] == ["active"]
    assert [s.text for s in nlp("Samsung Electronics Co. said it would invest.").sents] == ["Samsung Electronics Co. said it would invest."]


def test_a_sum_in_thousands_ending_a_sentence_keeps_its_full_stop_apart(nlp):
    assert [t.text for t in nlp.tokenizer("a grant of €150 k. Groupe Vautrin said")][5:8] == ["k", ".", "Groupe"]


def test_a_company_named_after_two_partners_is_their_venture_that_runs_the_plant(nlp):
    text = ("Swiss food group Aurelia Nutrition AG and Pune-based dairy company Kesari Agro Industries Ltd will build a plant for "
            "infant formula at Sanand in Gujarat, their joint venture said on Tuesday. The partners will invest Rs 1,450 crore in "
            "the first phase, Aurelia Kesari Nutrition Pvt Ltd said in a statement. Construction is due to begin in October, and "
            "the venture, not either parent, will run the plant. Its chief executive, Ananya Kulkarni, joined in March.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("aurelia kesari nutrition", "sanand")]
    assert role_triples(extraction) == [("ananya kulkarni", "chief executive", "aurelia kesari nutrition")]


def test_a_town_set_off_before_its_region_is_the_plant_s_place(nlp):
    region = "Laboratoires Vercors SA said its priority was the sterile injectables plant it is building in Val-de-Reuil, Normandy."
    near = ("ASX-listed Ravensgate Minerals will put its Yilgarra lithium mine near Marble Bar, in Western Australia's Pilbara, "
            "on care and maintenance from January.")
    assert [p.location for p in extract_text(nlp, region).plants] == ["val de reuil"]
    assert [p.location for p in extract_text(nlp, near).plants] == ["marble bar"]


def test_a_conjoined_clause_with_its_own_subject_has_its_own_giver(nlp):
    text = ("Powys County Council said the plant would bring 120 jobs. The Welsh Government is backing the project with a grant of "
            "£1.9m, and the council's cabinet has approved a further £250,000 from its business growth fund to help the company "
            "train new staff.")
    assert [(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments] == [
        ("welsh government", 1_900_000), ("powys county council", 250_000)]


def test_a_price_a_product_goes_on_sale_at_is_no_investment(nlp):
    text = ("PT Lumora Teknologi Indonesia, the local subsidiary of Shenzhen-based Lumora Electronics Co., Ltd., said on Tuesday "
            "that the Lumora Pulse 5 would go on sale on March 12 at Rp 3,499,000.")
    assert extract_text(nlp, text).investments == ()


def test_a_full_name_described_as_a_cluster_or_group_is_a_company_and_a_group_title_is_no_company(nlp):
    text = ("Vodiy Paxta Klaster, a cotton cluster that grows and gins lint across the Fergana Valley, has signed an agreement "
            "with Turkish yarn maker Ekinci İplik Sanayi A.Ş. to build a spinning complex outside Margilan.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Vodiy Paxta Klaster", "Ekinci İplik Sanayi A.Ş."} and extraction.people == ()
    chief = "Tan Wei Ming, the group managing director of Lumen Textiles Bhd, said the mill would open in March."
    assert [p.name for p in extract_text(nlp, chief).people] == ["Tan Wei Ming"]


def test_a_venture_to_be_called_a_name_in_capitals_is_that_company_and_pays_for_its_plant(nlp):
    text = ("Vodiy Paxta Klaster has signed an agreement with Ekinci İplik Sanayi A.Ş. to build a spinning complex outside Margilan. "
            "The plant will belong to a joint venture to be called VE Tekstil, 51% held by Vodiy and 49% by Ekinci, and is "
            "budgeted at $140 million.")
    doc = nlp(text)
    assert len(list(doc.sents)) == 2
    assert [(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments] == [("ve tekstil", 140_000_000)]


def test_an_approving_board_pays_nothing_and_a_restatement_after_the_project_is_one_amount(nlp):
    text = ("Ranmuthu Apparel Holdings PLC is building its third factory in the Koggala export processing zone. It is a LKR 4.2 "
            "billion project, roughly $14 million, and the Board of Investment approved it in January.")
    assert [(i.investor, i.currency) for i in extract_text(nlp, text).investments] == [("ranmuthu apparel", "LKR")]


def test_the_places_of_a_plural_set_off_after_it_are_a_plant_each(nlp):
    text = ("Ranmuthu Apparel Holdings PLC makes lingerie and sportswear for British and American brands at two factories, in "
            "Biyagama and Polonnaruwa.")
    assert {p.location for p in extract_text(nlp, text).plants} == {"biyagama", "polonnaruwa"}


def test_a_group_named_in_its_own_language_is_the_group(nlp):
    text = ("Gruppo Brenta Moda, the Vicenza-based owner of the Colle Alto jeans label, has signed a five-year agreement with "
            "Société Textile du Sahel (STS) to make jeans in Tunisia. STS, which employs 1,400 people at its factory in Ksar "
            "Hellal, will build a second sewing plant in nearby Moknine. Brenta has bought from STS since 2019, though in small "
            "volumes. Giulia Ferraresi, the group's sourcing director, said the deal was done.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["Gruppo Brenta Moda"].aliases == ("Brenta",)
    assert ("giulia ferraresi", "sourcing director", "gruppo brenta moda") in role_triples(extraction)


def test_job_creation_in_a_minister_s_portfolio_is_no_person(nlp):
    text = "Ontario's Minister of Economic Development, Job Creation and Trade, Victor Lam, called it a vote of confidence."
    assert [p.name for p in extract_text(nlp, text).people] == ["Victor Lam"]


def test_a_regency_names_the_place_before_it(nlp):
    text = ("Nickel miner PT Sinar Nikel Mandiri Tbk plans a processing plant in Central Sulawesi, president director Hendra "
            "Wibisono told reporters in Jakarta. Sinar Nikel currently operates a rotary kiln-electric furnace (RKEF) smelter in "
            "Konawe regency, Southeast Sulawesi, which produces nickel pig iron.")
    assert "konawe" in {p.location for p in extract_text(nlp, text).plants}


def test_a_joint_venture_set_up_to_invest_is_the_investor(nlp):
    text = ("Chip packaging specialist Hanul Semitech Co. and Vietnam's Lac Hong Technology Group on Wednesday signed an "
            "agreement to set up a joint venture that will invest US$1.3 billion in an advanced packaging plant in Bac Ninh "
            "province. The venture, Hanul Lac Hong Semiconductor, will be 65% owned by Hanul and 35% by Lac Hong.")
    assert [(i.investor, int(i.amount)) for i in extract_text(nlp, text).investments] == [("hanul lac hong semiconductor", 1_300_000_000)]


def test_the_site_of_a_plant_given_a_cost_is_where_that_plant_is_built(nlp):
    text = ("Executives from Sungwoo Chemical Co. broke ground at the site of a $3.2 billion battery cell plant outside Sumter, "
            "South Carolina. Ridgeline Foods Inc. will build a bakery on the site of a power station near Florence.")
    assert [(p.kind, p.location) for p in extract_text(nlp, text).plants] == [("plant", "sumter"), ("bakery", "florence")]


def test_a_surname_the_model_took_for_a_people_is_part_of_a_titled_name(nlp):
    text = ("The Lesotho National Development Corporation (LNDC) began putting up the building in April. Limpho Sekese, the "
            "LNDC's chief executive, said the corporation had received more enquiries.")
    assert role_triples(extract_text(nlp, text)) == [("limpho sekese", "chief executive", "lesotho national development")]


def test_a_speaker_named_again_by_surname_is_a_person_and_a_company_by_its_first_word_is_not(nlp):
    from kg.components.entities import _speaker_named_again_by_surname

    def speaker(text: str, name: str) -> bool:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        return _speaker_named_again_by_surname(doc, Span(doc, start, start + 2, label="ORG"))

    assert speaker("\"The family is not selling,\" Claire Dufresne said on Monday. Dufresne would not comment.", "Claire Dufresne")
    assert not speaker("\"We will build it,\" Tata Steel said on Tuesday. Tata said the plant would open in 2027.", "Tata Steel")


def test_a_home_town_of_another_country_rules_out_a_company_introduced_from_elsewhere(nlp):
    text = ("Tejo Solar bought a 40-megawatt park near Beja from Alvorada Renováveis, S.A., its German owner Sonnfeld Energie "
            "AG said. For Alvorada, the sale frees capital. The Lisbon developer said it would build a solar park in Mértola.")
    assert ("alvorada renovaveis", "mertola") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_the_company_after_a_sentence_that_names_one_in_full_is_that_one(nlp):
    text = ("Sonnfeld Portugal is building a 280-megawatt solar plant at Évora. The plant has also given Helionorte Solar, S.A. "
            "the largest order in its history. The company, which assembles modules at a factory in Vila Nova de Gaia, said "
            "the order would keep its lines busy.")
    assert ("helionorte solar", "vila nova de gaia") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_park_bought_from_a_company_named_with_its_legal_form_after_a_comma_makes_them_partners(nlp):
    text = ("Tejo Energia Ltd has completed the purchase of a 45-megawatt solar park near Ourique from Alvorada Renováveis, "
            "S.A., the companies said on Tuesday.")
    extraction = extract_text(nlp, text)
    assert "Alvorada Renováveis, S.A." in orgs(extraction)
    assert partner_sets(extraction) == {frozenset({"alvorada renovaveis", "tejo energia"})}


def test_goods_bought_of_a_maker_make_buyer_and_maker_partners(nlp):
    text = ("Helionorte Solar makes modules at a factory in Ovar. Tejo Energia Ltd has agreed to buy 160 megawatts of "
            "Helionorte's Atlântico panels for its Évora plant.")
    assert frozenset({"helionorte solar", "tejo energia"}) in partner_sets(extract_text(nlp, text))


def test_a_tower_portfolio_bought_from_an_operator_and_the_towerco_s_owner(nlp):
    text = ("Adinkra Towers Ltd, an Accra-based tower company, has agreed to buy 1,850 mobile towers from Volta Mobile Ghana "
            "for $310 million. The towerco is 70% owned by the fund Sankofa Infrastructure Partners. Adinkra also committed "
            "GH¢1.2 billion (about $78 million) to build 400 new sites.")
    extraction = extract_text(nlp, text)
    assert partner_sets(extraction) == {frozenset({"adinkra towers", "volta mobile ghana"}), frozenset({"adinkra towers", "sankofa infrastructure partners"})}
    assert ("adinkra towers", 1_200_000_000, "GHS") in {(i.investor, int(i.amount), i.currency) for i in extraction.investments}


def test_a_share_bought_from_a_founder_set_off_by_name_makes_the_founder_the_seller(nlp):
    text = ("Fibra Andina S.A.S. is building fibre in Cúcuta. On Wednesday Cordillera Infra Fund completed its purchase of 45% "
            "of Fibra Andina for $95 million from its founder, Grupo Tequendama, which keeps the rest.")
    extraction = extract_text(nlp, text)
    assert "Grupo Tequendama" in orgs(extraction) and extraction.people == ()
    assert partner_sets(extraction) == {frozenset({"cordillera infra fund", "grupo tequendama"})}


def test_telecoms_words_end_company_names_and_a_ground_station_is_a_plant(nlp):
    text = ("Quetzal Satelital S.A. de C.V. opened a satellite ground station outside Hermosillo on Thursday. Construction was "
            "financed in part with a loan from Bancomext. Altiplano Móvil has signed a five-year contract for capacity.")
    extraction = extract_text(nlp, text)
    assert "Altiplano Móvil" in orgs(extraction) and "Construction" not in orgs(extraction)
    assert [(p.kind, p.operator, p.location) for p in extraction.plants] == [("station", "quetzal satelital", "hermosillo")]


def test_a_body_introduced_as_a_competition_authority_or_a_regulator_is_public(nlp):
    text = ("Poland's competition authority, UOKiK, cleared the venture in January. Kivu Wireless needs a licence from "
            "the ARC, the country's telecoms regulator.")
    extraction = extract_text(nlp, text)
    assert orgs(extraction)["UOKiK"].kind == "government"


def test_a_programme_named_in_pieces_is_no_organisation_and_grant_agreements_have_a_giver(nlp):
    text = ("Wisła Światłowód has signed grant agreements worth PLN 480 million with the Ministry of Digital Affairs, "
            "awarded under the European Funds for Digital Development (FERC) programme.")
    extraction = extract_text(nlp, text)
    assert set(orgs(extraction)) == {"Wisła Światłowód", "Ministry of Digital Affairs"}
    assert [(i.investor, int(i.amount)) for i in extraction.investments] == [("ministry of digital affairs", 480_000_000)]


def test_how_parents_split_the_venture_they_formed_is_no_second_partnership(nlp):
    text = ("Rannade Energy Ltd and Japanese trading house Mitsukawa Corporation have formed a joint venture to build a "
            "300-megawatt green hydrogen plant at Kandla. The venture, Kandla Green Hydrogen Pvt Ltd, is 74% owned by Rannade "
            "and 26% by Mitsukawa.")
    pairs = [frozenset(p.partners) for p in extract_text(nlp, text).partnerships]
    assert pairs.count(frozenset({"rannade energy", "mitsukawa"})) == 1


def test_terms_told_of_talks_are_no_second_partnership(nlp):
    text = ("Indian steelmaker Kalinga Ispat Ltd is in talks with Japan's Kurogane Steel Corp about jointly building a steel "
            "plant in Odisha, two people familiar with the matter said.\n\nThe plant, near Paradip, could cost up to $5.3 "
            "billion, the people said.\n\nKalinga would hold 51% of the planned joint venture and Kurogane 49%, one of the "
            "sources said. No agreement has been signed, the people added.")
    facts = [(frozenset(p.partners), p.status) for p in extract_text(nlp, text).partnerships]
    assert facts == [(frozenset({"kalinga ispat", "kurogane steel"}), "in talks")]


def test_a_plant_counted_after_one_elsewhere_is_the_first(nlp):
    text = ("Sorvik Networks will also assemble antennas in Vietnam. It is investing $45 million in a factory in Bac Ninh "
            "province, its second plant in Asia after one in Chennai, and expects to hire about 700 people.")
    assert ("sorvik networks", "chennai") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_negotiating_with_a_named_company_and_signing_a_retailer_are_partnerships(nlp):
    text = ("Serimas Fibre Bhd is also negotiating with Rimba Telco Sdn Bhd for the Sabah interior, but nothing is signed. In "
            "July Serimas Fibre Bhd signed a third retailer, Borneo Link Sdn Bhd from Kuching. The two firms are still "
            "negotiating with the national utility.")
    facts = {(frozenset(p.partners), p.status) for p in extract_text(nlp, text).partnerships}
    assert facts == {(frozenset({"rimba telco", "serimas fibre"}), "in talks"), (frozenset({"borneo link", "serimas fibre"}), "agreed")}


def test_goods_bought_for_years_from_a_company_and_land_sold_by_a_municipality(nlp):
    text = ("Saurashtra Fertilisers and Chemicals Ltd has agreed to buy 60,000 tonnes of green ammonia a year for 15 years from "
            "Kandla Green Hydrogen Pvt Ltd. Linköping Municipality sold Kolvik Semiconductor AB a 14-hectare plot next to its "
            "plant in August.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"kandla green hydrogen", "saurashtra fertilisers and chemicals"}),
                                                     frozenset({"kolvik semiconductor", "linkoping municipality"})}


def test_a_company_named_only_to_describe_a_thing_is_no_party_to_the_deal(nlp):
    text = ("Lac Hong Telecom has picked Sorvik Networks for its 5G roll-out, ending years of buying from Tianlan "
            "Communications. But the operator has given notice that it will end Tianlan's core-network supply contract in "
            "December, when the Sorvik core is due to take over.")
    pairs = partner_sets(extract_text(nlp, text))
    assert frozenset({"lac hong telecom", "tianlan communications"}) in pairs
    assert not any(len(pair) > 2 for pair in pairs)


def test_each_town_a_numbered_plant_is_counted_after_has_one_of_its_plants(nlp):
    text = ("Daesan Autoparts Co. will build a wire harness plant in Tanger Automotive City. Tanger will be Daesan's third "
            "plant outside Korea, after Chennai and Monterrey. Brenta Forgiati S.p.A. will build a forge in Vicenza. The forge, "
            "its second after Brescia, will employ 300 people. Its third plant after Brexit is not counted after a town.")
    located = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("daesan autoparts", "chennai"), ("daesan autoparts", "monterrey"), ("brenta forgiati", "brescia")} <= located
    assert not any(location == "brexit" for _, location in located)


def test_a_company_s_first_word_the_model_takes_for_a_person_is_the_company(nlp):
    text = ("Haemin Heavy Industries Co. will build the yard. Haemin will put in equity. Tata Steel Ltd said Ratan Tata came. "
            "Tata smiled. Hokuyo Reizo holds 29%. Hokuyo will license its design to the yard. Hokuyo smiled.")
    doc = nlp(text)
    tagged = [("Haemin Heavy Industries Co.", "ORG", 0), ("Haemin", "PERSON", 1), ("Tata Steel Ltd", "ORG", 0),
              ("Ratan Tata", "PERSON", 0), ("Tata", "PERSON", 2), ("Hokuyo Reizo", "ORG", 0), ("Hokuyo", "PERSON", 1),
              ("Hokuyo", "PERSON", 2)]
    ents = []
    for name, label, skip in tagged:
        start = text.index(name)
        for _ in range(skip):
            start = text.index(name, start + 1)
        ents.append(doc.char_span(start, start + len(name), label=label))
    fixed = {(e.text, e.start): e.label_ for e in _people_named_as_companies(doc, ents)}
    assert fixed[("Haemin", ents[1].start)] == "ORG"
    assert fixed[("Tata", ents[4].start)] == "PERSON"  # a name a person in the story bears
    assert fixed[("Hokuyo", ents[6].start)] == "ORG"  # the first word of a name without its legal form, where a party stands
    assert fixed[("Hokuyo", ents[7].start)] == "PERSON"


def test_a_company_s_first_word_the_model_takes_for_a_place_is_the_company(nlp):
    text = ("The consortium is led by Haedong Shipping, which holds 51%. Japanese cold-storage operator Hokuyo Reizo holds 29% "
            "and Abu Dhabi investment firm Falconridge Infrastructure Partners the remaining 20%. Haedong will run the centre "
            "when it opens in the second half of 2026. Hokuyo Reizo will license its warehouse management system and freezer "
            "design to Haedong under a separate agreement signed the same day.")
    assert frozenset({"haedong shipping", "hokuyo reizo"}) in partner_sets(extract_text(nlp, text))
    named_after = ("Tarfaya Green Ammonia SA will build a plant in Tarfaya. Elektrolyse Nord GmbH will supply electrolysers "
                   "to Tarfaya Green Ammonia SA.")
    assert "tarfaya" not in {o.key for o in extract_text(nlp, named_after).organizations}


def test_the_holder_of_a_contract_with_a_company_is_its_partner(nlp):
    text = ("The Saudi Ministry of Defense placed an order with a European supplier. The ministry's contract with Halvorsen "
            "Land Systems AS, signed in Riyadh last week, covers 220 vehicles.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"halvorsen land systems", "saudi ministry of defense"})}


def test_the_new_company_after_a_venture_is_formed_is_the_venture(nlp):
    text = ("Norwegian vehicle maker Halvorsen Land Systems AS and Najd Advanced Defence Industries Co. (NADI) signed an "
            "agreement to form a joint venture. The venture, to be called Halvorsen Najd Vehicles Co., will be 51% owned by "
            "NADI and 49% by Halvorsen. Under a separate technology-transfer agreement, Halvorsen will license its "
            "hull-welding processes to the new company.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"halvorsen land systems", "najd advanced defence industries"}),
                                                     frozenset({"halvorsen land systems", "halvorsen najd vehicles"})}


def test_an_order_placed_won_or_cancelled_makes_buyer_and_supplier_partners(nlp):
    cases = {"Navarra Foods has placed an order with Vostra Electronics for three ovens.": "agreed",
             "Vostra Electronics has won a $20 million order from Navarra Foods.": "agreed",
             "Navarra Foods has cancelled an order for three ovens from Vostra Electronics, citing delays.": "cancelled"}
    for text, status in cases.items():
        facts = {(frozenset(p.partners), p.status) for p in extract_text(nlp, text).partnerships}
        assert facts == {(frozenset({"navarra foods", "vostra electronics"}), status)}, text


def test_the_yard_operator_is_the_company_named_as_a_yard(nlp):
    text = ("The Department of National Defense has signed a PHP 9.8 billion contract with Subic Meridian Shipyard Inc. for four "
            "vessels. The ships, based on a design licensed from Dutch naval architect Van Rensburg Marine Design, will be built "
            "at its yard in Subic. The yard operator will also add a PHP 1.2 billion covered assembly hall, backed by a loan.")
    assert ("subic meridian shipyard", Decimal("1200000000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_first_opens_a_title(nlp):
    text = ('IG Metall wants talks with the company. "Hagen is not a workbench," said Dirk Wessolowski, first authorised '
            'representative of IG Metall in Hagen.')
    assert role_triples(extract_text(nlp, text)) == [("dirk wessolowski", "first authorised representative", "ig metall")]


def test_a_portfolio_named_alone_is_its_ministry(nlp):
    text = ("The Department of Defence has signed a A$1.3 billion contract with Southern Cross Autonomy. The award came a "
            "week after Defence terminated a A$300 million contract with Pilbara Radar Systems.")
    facts = extract_text(nlp, text)
    assert "defence" not in {o.key for o in facts.organizations}
    assert frozenset({"department of defence", "pilbara radar systems"}) in partner_sets(facts)


def test_the_sovereign_fund_is_the_public_fund_named_before(nlp):
    text = ("For its Ras Al Khaimah plant, Najd Cable Industries Co. is talking to Oman Investment Authority about a minority "
            "stake. People familiar with the talks said the sovereign fund could put in up to $40 million for 20%.")
    assert ("oman investment authority", Decimal("40000000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_whoever_a_company_signs_a_grant_agreement_with_gives_the_grant(nlp):
    text = ("Wisła Światłowód sp. z o.o. has signed grant agreements worth PLN 480 million with Centrum Projektów Polska "
            "Cyfrowa (CPPC) to bring fibre to 310,000 homes. The Department of Industry executed a grant agreement with "
            "Ostrander Vanadium Ltd on 19 November for $14.6 million towards engineering design.")
    found = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert {("centrum projektow polska cyfrowa", Decimal("480000000")), ("department of industry", Decimal("14600000"))} <= found


def test_a_place_name_acts_as_a_party_only_where_a_company_stands(nlp):
    assert _acts_as_a_party(nlp("Haedong will run the centre.")[0])
    assert _acts_as_a_party(nlp("Hokuyo will license its design to Haedong.")[-2])
    assert not _acts_as_a_party(nlp("Tarfaya will host the plant.")[0])
    assert not _acts_as_a_party(nlp("The plant stands in Tarfaya.")[-2])


def test_italian_confederation_unions_are_the_union(nlp):
    text = ("The unions were cautious. Fiom-Cgil, which called a four-hour strike at the site in November, said it had opened "
            "talks with Officine Meccaniche Brenta S.p.A. on guarantees. \"A signature in Turin does not give Atessa a future,\" "
            "said Marisa D'Alonzo, the union's provincial secretary in Chieti.")
    assert ("marisa d alonzo", "provincial secretary", "fiom cgil") in role_triples(extract_text(nlp, text))


def test_debt_listed_among_sources_does_not_dismiss_the_grant_beside_it(nlp):
    text = ("Vaskimo Oy will build an electrolyser plant in Oulu. The investment will be financed with equity, debt and a EUR "
            "62 million grant that Business Finland awarded to the project in February.")
    assert ("business finland", Decimal("62000000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_a_region_by_its_style_is_a_government_but_not_where_a_plant_stands(nlp):
    text = ("Circolo Tessile S.p.A. will build a recycling plant in Prato. The Region of Tuscany has approved a EUR 4.5 million "
            "grant from its regional development programme.")
    assert ("region of tuscany", Decimal("4500000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    placed = ("Aster Protein Ingredients Ltd. will build a pea plant in the Rural Municipality of Corman Park. A second plant "
              "will be built in the Province of Ontario.")
    assert not {"municipality of corman park", "rural municipality", "province of ontario"} & {o.key for o in extract_text(nlp, placed).organizations}


def test_a_sentence_opening_on_for_and_a_company_speaks_of_that_company(nlp):
    text = ("Kasumi Motor Corp. signed a supply deal with Hanul Steel Co. on Monday. For Hanul, the plant it is building near "
            "Ferrara will be its first outside Korea. The group has run a mill in Pohang since 2001.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("hanul steel", "ferrara"), ("hanul steel", "pohang")} <= plants


def test_a_company_in_talks_about_selling_a_plant_runs_it(nlp):
    for text in ("Aarenwald Pharma AG said it was in talks with Zakłady Farmaceutyczne Bzura SA about selling the plant in Łowicz.",
                 "Aarenwald Pharma AG is in talks with Zakłady Farmaceutyczne Bzura SA on the sale of the plant in Łowicz."):
        assert ("aarenwald pharma", "łowicz") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_capitals_cut_at_a_hyphen_from_a_technical_term_are_no_organisation(nlp):
    from spacy.tokens import Span

    def first_half(text: str) -> bool:
        doc = nlp(text)
        return _first_half_of_a_code(Span(doc, 0, 1, label="ORG"))

    assert first_half("CAR-T production needs cleanrooms.")
    assert not first_half("FIOM-CGIL called a strike.") and not first_half("CAR makes parts.")


def test_a_customer_s_upfront_payment_is_no_investment(nlp):
    text = ("Vesterhav Pharma A/S will supply Maplewood Generics Inc. with peptide API. Maplewood will make an upfront payment "
            "of USD 40 million to secure capacity at the new plant.")
    assert not extract_text(nlp, text).investments


def test_a_place_the_model_tagged_before_a_name_word_and_a_company_word_is_the_company(nlp):
    text = "Grupo Farmacéutico Tonalli buys insulin crystals from Jiangsu Ruikang Biotech in China."
    assert "jiangsu ruikang biotech" in {o.key for o in extract_text(nlp, text).organizations}


def test_money_a_capital_puts_up_through_a_body_is_that_body_s(nlp):
    text = ("Laurentide Biologics Inc. opened its fill-finish plant in Laval on Tuesday. Ottawa contributed C$65 million "
            "through Innovation, Science and Economic Development Canada (ISED).")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {
        ("innovation science and economic development canada", Decimal("65000000"))}
    text = ("Norvale Industries Inc. will add a line in Woodstock. The Ontario government will contribute $5.2 million "
            "through the Southwestern Ontario Development Fund.")
    assert "southwestern ontario development fund" not in {i.investor for i in extract_text(nlp, text).investments}


def test_a_place_before_a_verb_the_parser_read_as_a_noun_still_places_the_plant(nlp):
    text = ("Caribe BioServices LLC has agreed to buy a plant in Juncos. The contract manufacturer's existing fill-finish plant "
            "in Dorado handles vials and small clinical batches and is close to full, he added.")
    assert ("caribe bioservices", "dorado") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_second_surname_the_model_left_out_is_part_of_the_name(nlp):
    text = "Economic Development Secretary Marisol Acevedo Rivera called the sale a vote of confidence."
    assert [p.name for p in extract_text(nlp, text).people] == ["Marisol Acevedo Rivera"]


def test_a_chinese_company_s_name_without_its_province_stands_for_it(nlp):
    text = ("The French drugmaker Maison Delorme Pharma SA has been in discussions for several weeks with Zhejiang Qiantang "
            "Biopharm Co., a Hangzhou-based contract manufacturer, about a sale of the site, two of the people said. Qiantang "
            "could pay about 1.6 billion yuan ($222 million) for the plant, one of them said.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {("zhejiang qiantang biopharm", Decimal("1600000000"))}


def test_a_public_body_committed_to_buying_goods_by_the_number_partners_the_story_s_maker(nlp):
    text = ("JAKARTA - PT Kencana Vaksin Nusantara plans to invest Rp 1.4 trillion in a fill-finish plant in Cikarang. The "
            "Ministry of Health has committed to buying 12 million doses a year for five years once the Food and Drug "
            "Supervisory Agency (BPOM) approves the locally made vaccine.")
    assert {"kencana vaksin nusantara", "ministry of health"} in partner_sets(extract_text(nlp, text))


def test_a_french_house_s_name_without_maison_stands_for_it(nlp):
    text = ("Maison Delorme Pharma SA is in talks to sell its Tianjin plant. Jinmen Pharmaceutical Holdings held early talks "
            "with Delorme late last year.")
    assert {"jinmen pharmaceutical", "maison delorme pharma"} in partner_sets(extract_text(nlp, text))


def test_a_common_noun_s_initials_are_known_in_the_singular_too(nlp):
    doc = nlp("Vesterhav Pharma A/S is a maker of active pharmaceutical ingredients (APIs) and lithium iron phosphate (LFP).")
    assert {"API", "LFP"} <= _common_noun_acronyms(doc)


def test_the_new_plant_is_the_one_told_of_though_a_bare_mention_guessed_it_running(nlp):
    text = ("Vesterhav Pharma A/S has approved an investment of DKK 1.9 billion in a new API plant in Vamdrup. Kolding "
            "Municipality has agreed to sell Vesterhav a 14-hectare plot in the Vamdrup business park for the plant. "
            "Maplewood Generics Inc. will make a payment of USD 40 million to secure capacity at the new plant.")
    assert [(p.operator, p.location) for p in extract_text(nlp, text).plants] == [("vesterhav pharma", "vamdrup")]


def test_thai_and_romanian_legal_forms_end_company_names(nlp):
    text = ("Nakhon Steel PCL said on Thursday that Pimchanok Suwannarat, its chief financial officer, would become chief "
            "executive. The administrator, Transilvania Insolvență IPURL, is running the sale.")
    extraction = extract_text(nlp, text)
    assert {"nakhon steel", "transilvania insolventa"} <= {o.key for o in extraction.organizations}
    assert [p.name for p in extraction.people] == ["Pimchanok Suwannarat"]


def test_a_name_appointed_as_chief_executive_is_a_person(nlp):
    text = ("NAIROBI — Mazingira Recyclers Ltd, which runs Kenya's largest PET bottle recycling plant at Athi River, has "
            "appointed Wanjiru Kamau as chief executive from November 1.")
    assert ("wanjiru kamau", "chief executive", "mazingira recyclers") in role_triples(extract_text(nlp, text))


def test_a_surname_after_an_honorific_and_a_name_the_model_cut_is_part_of_it(nlp):
    text = "The authority approved the project in August, chief executive Datuk Farid Hashim told Data Centre Asia Review."
    assert [p.name for p in extract_text(nlp, text).people] == ["Farid Hashim"]


def test_a_plant_a_public_body_backs_is_placed_and_priced_as_its_builder_s(nlp):
    text = ("The Board of Investment (BOI) on Monday approved tax incentives for a 12.5 billion baht (US$385 million) "
            "printed-circuit-board plant that Tianmu Circuit Technology (Thailand) Co. plans to build in Prachinburi.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("tianmu circuit technology thailand", "prachinburi")]
    assert {(i.investor, i.amount) for i in extraction.investments} == {("tianmu circuit technology thailand", Decimal("12500000000"))}


def test_a_place_before_a_name_ending_in_a_legal_form_opens_that_name(nlp):
    text = ("Much of its chlorine goes by pipeline to the neighbouring PVC plant of Vinil Turda SRL under a contract that "
            "runs to 2027.")
    assert "vinil turda" in {o.key for o in extract_text(nlp, text).organizations}


def test_a_town_s_biggest_employer_is_said_of_the_town(nlp):
    text = ("Whanganui's biggest manufacturing employer outside the port will close in March, with the loss of 128 jobs.\n\n"
            "Kahu Building Products Ltd told staff on Tuesday morning that its particleboard plant on Heads Road would make "
            "its last board on March 27. The Whanganui plant is one of only three particleboard plants left in New Zealand.")
    assert {o.key for o in extract_text(nlp, text).organizations} == {"kahu building products"}


def test_a_plant_planned_for_a_town_stands_there(nlp):
    text = ("CORONEL — The Biobío Environmental Evaluation Commission rejected a US$240 million waste-to-energy plant planned "
            "for the southern edge of Coronel. The commission voted against the study submitted by Energía Circular del Sur "
            "SpA (ECS), which wants to burn household waste.")
    extraction = extract_text(nlp, text)
    assert ("energia circular del sur", "coronel") in {(p.operator, p.location) for p in extraction.plants}
    assert {(i.investor, i.amount) for i in extraction.investments} == {("energia circular del sur", Decimal("240000000"))}


def test_bonds_sold_and_the_orders_for_them_are_no_investments(nlp):
    text = ("Canalis Agua y Medio Ambiente SA sold €500mn of eight-year green bonds on Wednesday, drawing more than €1.6bn of "
            "orders as investors piled into a bet on Spain's drought-driven water spending. The Madrid-listed utility priced "
            "the notes at a coupon of 3.375 per cent. Canalis's board approved the €145mn expansion of its desalination plant "
            "at Mazarrón in September.")
    assert {i.amount for i in extract_text(nlp, text).investments} == {Decimal("145000000")}


def test_a_plant_described_after_its_country_and_a_neighbour_next_door_to_it(nlp):
    text = ("FUNZA, Colombia, October 14, 2025 -- Bebidas del Valle Andino S.A.S. today inaugurated its second plant "
            "in Colombia, a bottling and aseptic-filling facility in Funza, on the western edge of Bogotá.\n\nUntil now all "
            "of BVA's drinks have been made at the company's original plant in Palmira.\n\nPET bottle preforms for the new "
            "plant come from Envases Sabana S.A.S., which began supplying them in August from its preform factory next door "
            "under a ten-year agreement.")
    plants = {(p.operator, p.location) for p in extract_text(nlp, text).plants}
    assert {("bebidas del valle andino", "funza"), ("bebidas del valle andino", "palmira"), ("envases sabana", "funza")} == plants


def test_a_known_town_the_model_took_for_a_person_at_a_plant_is_the_plant_s_place(nlp):
    text = ("NAIROBI — Mazingira Recyclers Ltd, which runs Kenya's largest PET bottle recycling plant at Athi River, has "
            "appointed Wanjiru Kamau as chief executive from November 1.")
    extraction = extract_text(nlp, text)
    assert ("mazingira recyclers", "athi river") in {(p.operator, p.location) for p in extraction.plants}
    assert [p.name for p in extraction.people] == ["Wanjiru Kamau"]


def test_a_town_saying_where_the_company_named_next_is_from_stays_a_town(nlp):
    text = ("Sahab Digital Infrastructure, the data centre arm of Abu Dhabi conglomerate Al Noor Holding PJSC, has agreed "
            "with US cloud operator Stratus Compute Inc. to develop a 200-megawatt campus at Al Taweelah.\n\n"
            "The Abu Dhabi Investment Office (ADIO) will provide Dh220 million in support for the project, director general "
            "Khalid Al Hammadi said. He described the campus as \"a cornerstone of Abu Dhabi's AI economy\".\n\n"
            "Separately, Abu Dhabi's Al Maqsad Metals Holding has agreed to buy a stake in Luansobe Copper Smelting Ltd.")
    keys = {o.key for o in extract_text(nlp, text).organizations}
    assert "abu dhabi" not in keys
    assert {"al noor", "al maqsad metals", "luansobe copper smelting", "abu dhabi investment office"} <= keys


def test_a_place_a_speaker_makes_the_subject_of_a_verb_stays_a_place(nlp):
    text = ("South Dublin County Council has refused planning permission for a 110 MW data centre campus at Baldonnell, near "
            "Clondalkin.\n\nLocal councillor Siobhán Keane said the council had been \"consistent\" on data centres. "
            "\"Dublin has taken more than its share. Nobody is against investment,\" she said.")
    assert {o.key for o in extract_text(nlp, text).organizations} == {"south dublin county council"}


def test_a_name_with_a_particle_and_an_elided_article_before_its_legal_form(nlp):
    text = ("RABAT, Feb 3 (Meridian) - Ciments de l'Oriental S.A. said on Monday it had started production at a clinker "
            "grinding unit in Laâyoune, its third in Morocco, built for MAD 640 million ($69 million).")
    extraction = extract_text(nlp, text)
    assert [o.name for o in extraction.organizations] == ["Ciments de l'Oriental S.A."]
    assert {(i.investor, i.amount) for i in extraction.investments} == {("ciments de l oriental", Decimal("640000000"))}


def test_a_coined_word_the_model_left_out_opens_the_name_before_a_legal_form(nlp):
    text = ("The captured gas will be shipped for storage under the North Sea; NordCO2 Netz GmbH, which is building the "
            "pipeline, signed a transport agreement with Weserstein Baustoffe AG in January.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"NordCO2 Netz GmbH", "Weserstein Baustoffe AG"}
    assert partner_sets(extraction) == {frozenset({"nordco2 netz", "weserstein baustoffe"})}


@pytest.mark.parametrize("text, project_cost", [
    ("Weserstein Baustoffe AG will spend €310 million on a carbon-capture unit at its cement plant in Geseke. Chief "
     "financial officer Katrin Vollmer said group capital expenditure would rise to about €480m this year from €365m in "
     "2024, with the capture unit accounting for most of the increase.", Decimal("310000000")),
    ("Vetrerie Adriatiche S.p.A. will rebuild the main furnace at its Lonigo plant for €120 million. Chief financial "
     "officer Paolo Cerutti said the group expected capital spending of around €230 million this year, including the "
     "first Lonigo payments.", Decimal("120000000")),
])
def test_spending_guidance_and_last_year_s_figure_are_no_investments(nlp, text, project_cost):
    assert {i.amount for i in extract_text(nlp, text).investments} == {project_cost}


def test_the_price_of_a_unit_named_beside_the_word_is_a_takeover_price(nlp):
    text = ("In December Weserstein Baustoffe AG agreed to sell its plasterboard unit, Weserstein Gips GmbH, whose only "
            "plant is in Osterode am Harz, to the Austrian group Alpenplatte Holding AG for €190m.")
    extraction = extract_text(nlp, text)
    assert not extraction.investments
    assert {o.key for o in extraction.organizations} == {"weserstein baustoffe", "weserstein gips", "alpenplatte"}


def test_the_first_plant_to_do_something_is_no_ordinal(nlp):
    text = ("Weserstein Baustoffe AG will spend €310 million on carbon capture at its cement plant in Geseke. \"Geseke will "
            "be the first German cement plant to capture most of its emissions,\" chief executive Henrik Sauer said.")
    assert [p.ordinal for p in extract_text(nlp, text).plants] == [None]


def test_a_company_s_name_after_its_kind_word_opens_a_sentence_as_the_company(nlp):
    text = ("Cerámica Mijares S.A. will close its tile factory in l'Alcora at the end of December, the family-owned "
            "company told staff on Monday.\n\nMijares is spending €22 million on a new press at Onda. The Valencian "
            "business agency IVACE has offered a €1.5 million grant towards the kiln.")
    extraction = extract_text(nlp, text)
    assert {(i.investor, i.amount) for i in extraction.investments} == {
        ("ceramica mijares", Decimal("22000000")), ("ivace", Decimal("1500000"))}


def test_unions_named_together_before_the_word_unions_are_each_a_union(nlp):
    text = ("Cerámica Mijares S.A. will close its tile factory in l'Alcora. The CCOO and UGT unions opened talks with the "
            "company on Monday over severance terms, and the IG Metall and Verdi unions said they would back them.")
    keys = {o.key for o in extract_text(nlp, text).organizations}
    assert {"ccoo", "ugt", "ig metall", "verdi"} <= keys


def test_a_town_after_a_legal_form_and_of_is_where_the_company_is(nlp):
    text = ("Sklárny Podkrušnohoří a.s. will convert its furnace in Dubí to electric melting. That supplier is Melttec "
            "Engineering GmbH of Linz, which signed the engineering and supply contract in October.")
    assert "linz" not in {o.key for o in extract_text(nlp, text).organizations}


def test_a_quantity_with_its_unit_is_no_place(nlp):
    text = ("Falcon Can Manufacturing LLC will build a can plant in KEZAD. The plant will make 1.6 billion cans a year in "
            "250ml, 330ml and sleek 355ml formats, and is scheduled to start production in 2027.")
    extraction = extract_text(nlp, text)
    assert {p.location for p in extraction.plants} == {"kezad"}
    assert not any(p.name[0].isdigit() for p in extraction.places)


def test_a_retiring_predecessor_held_the_post_the_successor_takes(nlp):
    text = ("Redstone Clay Products Inc., the Alabama brick maker, has named Monica Feld chief executive from January 1, "
            "succeeding Gary Olander, who is retiring after 14 years in the job.\n\nLumora Pulse named Ayu Lestari country "
            "manager. She replaces Kevin Zhou, who returns to Shenzhen as Lumora's vice-president for Southeast Asia.")
    roles = role_triples(extract_text(nlp, text))
    assert ("monica feld", "chief executive", "redstone clay products") in roles
    assert ("gary olander", "chief executive", "redstone clay products") in roles
    assert not any(person == "kevin zhou" and title == "country manager" for person, title, _ in roles)


def test_initials_set_off_before_the_name_they_shorten_are_its_alias(nlp):
    text = ("Hokusei Glass K.K. is putting ¥12 billion into the line. NEDO, the New Energy and Industrial Technology "
            "Development Organization, approved a grant of ¥3.5 billion in July.")
    extraction = extract_text(nlp, text)
    nedo = "new energy and industrial technology development organization"
    assert {o.key for o in extraction.organizations} == {"hokusei glass", nedo}
    assert (nedo, Decimal("3500000000")) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_name_the_model_left_out_between_an_appointing_verb_and_as_a_title(nlp):
    text = ("Lyon-based Capsula Closures S.A.S., which makes plastic caps for water and dairy bottlers, has appointed "
            "Isabelle Fontanier as chief executive from May 1.")
    assert role_triples(extract_text(nlp, text)) == [("isabelle fontanier", "chief executive", "capsula closures")]


def test_a_loan_still_negotiated_with_a_bank_is_the_bank_s(nlp):
    text = ("Verrerie Champenoise S.A.S. said on Tuesday it would spend €95 million rebuilding the largest furnace at its "
            "Reims plant.\n\nFrance's ecological transition agency ADEME has approved a grant of €22 million for the "
            "project, the company said. The rest will come from its own cash and a €40 million loan that it is still "
            "negotiating with state investment bank Bpifrance.\n\nThe German furnace builder Feuerwerk Thermotechnik GmbH "
            "has won the contract for the melter and its electric boosting system.")
    extraction = extract_text(nlp, text)
    assert {(i.investor, i.amount) for i in extraction.investments} == {
        ("verrerie champenoise", Decimal("95000000")), ("ademe", Decimal("22000000")), ("bpifrance", Decimal("40000000"))}


def test_a_one_word_defined_term_is_the_venture_s_alias(nlp):
    text = ("RIYADH, Saudi Arabia, June 10, 2025 - Najd Crest Cement Company (\"Najd Crest\") today announced that it has "
            "signed a shareholders' agreement with Italian precast specialist Prefabbricati Adriatica S.p.A. to form a joint "
            "venture, to be called Najd Adriatica Precast Company (\"the JV\"), that will build a precast concrete plant in "
            "Sudair Industrial City.\n\nUnder separate agreements signed today, Najd Crest will supply cement to the JV from "
            "its plants.")
    extraction = extract_text(nlp, text)
    assert frozenset({"najd adriatica precast", "najd crest cement"}) in partner_sets(extraction)


def test_a_participle_clause_past_the_plant_s_town_names_its_owner(nlp):
    text = ("Papeles del Biobío S.A. is said to be in advanced talks to buy the recycled containerboard mill in Coronel owned "
            "by Northfield Packaging Inc., according to two people familiar with the discussions.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("northfield packaging", "coronel")]
    assert partner_sets(extraction) == {frozenset({"northfield packaging", "papeles del biobio"})}


def test_a_university_named_with_its_country_is_an_organisation_not_a_place(nlp):
    text = ("Cementos Sabana Alta S.A.S. will build a calcined clay line at Nobsa. Samples from Tibasosa were tested for two "
            "years at the Universidad Pedagógica y Tecnológica de Colombia (UPTC) in Tunja, under a research agreement "
            "that is still running, says Professor Camilo Ardila, who led the tests.")
    extraction = extract_text(nlp, text)
    university = next(o for o in extraction.organizations if o.key == "universidad pedagogica y tecnologica de colombia")
    assert university.kind == "other" and "UPTC" in university.aliases


@pytest.mark.parametrize("text, person, council", [
    ("Reinholt Präzisionsguss GmbH will build a second foundry in Kamenz. Kamenz town council approved the zoning plan on "
     "Tuesday, and Oberbürgermeisterin Sabine Köhler welcomed the 180 jobs.", "sabine kohler", "kamenz town council"),
    ("Yunhai Advanced Materials Kft. won its permit for a cathode plant in Debrecen. László Kerekes, the city's mayor, said "
     "the Debrecen municipality would press the company to hire locally.", "laszlo kerekes", "debrecen municipality"),
    ("Câmpia Turzii local council voted last month to grant Gipsana România a concession on the plot. Mayor Ovidiu Sălăjan "
     "said the town had been trying to fill the industrial park for a decade.", "ovidiu salajan", "campia turzii local council"),
])
def test_a_mayor_heads_the_one_council_the_story_names(nlp, text, person, council):
    assert (person, council) in {(name, org) for name, _, org in role_triples(extract_text(nlp, text))}


def test_a_town_before_a_company_word_does_not_take_the_word_in(nlp):
    text = ("Maple Loop Plastics Inc. said that construction has started on its C$45 million recycled-PET plant in "
            "Brampton, Ontario. It is the Toronto company's first recycling plant; it currently trades bales and flake.")
    extraction = extract_text(nlp, text)
    assert [(p.operator, p.location) for p in extraction.plants] == [("maple loop plastics", "brampton")]
    assert "toronto company" not in {p.key for p in extraction.places}


def test_an_interview_answer_on_what_a_plant_is_costing_is_the_interviewee_s_company_s_money(nlp):
    text = ("Nairobi-listed Tsavo Basin Cement Plc is building a clinker plant near Mutomo in Kitui County. We spoke to "
            "managing director Daniel Kilonzo about the project.\n\nWhy build a clinker plant?\n\nBecause we pay for "
            "clinker in dollars and sell cement in shillings.\n\nWhat is it costing?\n\nKSh 26 billion, about $200 "
            "million, for a 1.5-million-tonne line. Ndovu Capital Partners, which already owns 24% of us, is putting in "
            "KSh 4 billion of new equity.\n\nWhen will it run?\n\nThe kiln should light up by the end of 2027.")
    investments = {(i.investor, i.amount) for i in extract_text(nlp, text).investments}
    assert ("tsavo basin cement", Decimal("26000000000")) in investments
    assert ("ndovu capital partners", Decimal("4000000000")) in investments


def test_a_finance_director_speaks_for_the_story_s_company_not_the_lender_the_sentence_deals_with(nlp):
    text = ("Cyclavo SAS will build a battery recycling plant at Loon-Plage for €620 million, chief executive Hélène "
            "Marchetti said.\n\nA €95 million grant was approved last week by the French Agency for Ecological "
            "Transition (ADEME), while a loan of up to €180 million is being negotiated with the European Investment "
            "Bank, according to finance director Thomas Berger, who said the bank's board was not expected to decide "
            "before the summer.")
    assert ("thomas berger", "finance director", "cyclavo") in role_triples(extract_text(nlp, text))


def test_a_czech_name_keeps_its_lower_case_second_word_before_its_legal_form(nlp):
    text = ("Hutě Odra a.s. will build an electric arc furnace in Ostrava. The power will come from Slezská energetika "
            "a.s., which signed a supply contract with Hutě Odra in May.")
    extraction = extract_text(nlp, text)
    assert {o.name for o in extraction.organizations} == {"Hutě Odra a.s.", "Slezská energetika a.s."}


def test_a_body_every_state_has_named_by_its_common_noun_is_no_organisation(nlp):
    text = ("Nyota Data Centres Ltd will build a 60 MW campus at Konza Technopolis. The Cabinet approved the project on "
            "Tuesday, and Parliament must still vote on the tax incentives.")
    assert {o.key for o in extract_text(nlp, text).organizations} == {"nyota data centres"}


def test_a_union_named_before_the_word_union_opens_talks(nlp):
    text = ("Cerámica Mijares S.A. will close its tile factory in l'Alcora at the end of December. The CCOO union opened "
            "talks with the company on Monday over severance terms.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"ccoo", "ceramica mijares"})}


def test_unions_named_together_are_each_in_talks_with_the_company(nlp):
    text = ("Cerámica Mijares S.A. will close its tile factory in l'Alcora at the end of December. The CCOO and UGT unions "
            "opened talks with the company on Monday over severance terms and the transfers.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"ccoo", "ceramica mijares"}), frozenset({"ugt", "ceramica mijares"})}


def test_a_sentence_with_a_supply_deal_and_a_licence_gives_both(nlp):
    text = ("Najd Crest Cement Company (\"Najd Crest\") has signed a shareholders' agreement with Prefabbricati Adriatica "
            "S.p.A. to form a joint venture, to be called Najd Adriatica Precast Company (\"the JV\"), that will build a "
            "precast plant in Sudair. Under separate agreements signed today, Najd Crest will supply "
            "cement to the JV from its plants, and Prefabbricati Adriatica will license its production technology and "
            "moulds to the JV.")
    assert {frozenset({"najd crest cement", "najd adriatica precast"}),
            frozenset({"prefabbricati adriatica", "najd adriatica precast"})} <= partner_sets(extract_text(nlp, text))


@pytest.mark.parametrize("text", [
    "Sulaiman Ridge Cement Ltd will pay PKR 2.4 billion for the grinding plant in Hub from Bolan Cement Company. The "
    "purchase, which still needs clearance from the Competition Commission of Pakistan, would give Sulaiman Ridge its "
    "first plant in Balochistan.",
    "Nishiki Can K.K. has agreed to buy the can factory in Kumamoto run by Hinode Beverages Co., Ltd. for ¥4.8 billion. "
    "The deal is due to close in June and would give Nishiki its first plant in Kyushu.",
])
def test_the_plant_a_deal_gives_the_buyer_is_the_plant_bought_not_another(nlp, text):
    """'would give X its first plant in <region>': the plant bought, counted among the buyer's, not one more plant."""
    plants = extract_text(nlp, text).plants
    assert len(plants) == 1 and plants[0].ordinal is None


def test_it_in_a_clause_on_the_company_is_the_company_not_the_body_before(nlp):
    text = ("Tubos del Paraná S.A. and the Sindicato de Trabajadores Metalúrgicos de Campana opened wage talks on Wednesday. "
            "The Labour Secretariat ordered a 15-day mandatory conciliation period. The company, which said on Tuesday "
            "that it will spend ARS 38 billion on a new heat-treatment line at the mill, said the stoppage had delayed "
            "deliveries.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {("tubos del parana", Decimal("38000000000"))}


@pytest.mark.parametrize("text, lender, amount", [
    ("Song Lam Steel Structure Joint Stock Company will build a fabrication yard in Dinh Vu. The project is financed from "
     "the Company's own capital and a VND 700 billion credit facility that Lac Hong Commercial Joint Stock Bank signed "
     "with Song Lam Steel today.", "lac hong commercial joint stock bank", Decimal("700000000000")),
    ("Egeyel Kule Sanayi A.Ş. will build a wind tower plant in Bandırma. Of that cost, €22 million comes from a loan that "
     "the Development and Investment Bank of Türkiye signed in May.", "development and investment bank of turkiye",
     Decimal("22000000")),
])
def test_a_loan_a_bank_signed_is_the_bank_s_money(nlp, text, lender, amount):
    """A lender that signs the loan makes it; the borrower named after 'with' does not."""
    assert (lender, amount) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}


def test_the_company_in_a_roundup_item_is_the_one_its_first_sentence_reports_on(nlp):
    text = ("Jepara Kayu Lestari opens second factory\n\nPT Jepara Kayu Lestari Tbk opened its second factory on Monday in "
            "Kendal, Central Java.\n\nSumatra Pelet Energi plans Jambi pellet plant\n\nPT Sumatra Pelet Energi plans to "
            "invest IDR 2.1 trillion in a wood pellet plant in Muaro Jambi, the company said on Friday. Construction is due "
            "to start in the second quarter of 2025. The company has signed a ten-year offtake agreement with South Korean "
            "utility Daeseong Power Co., Ltd., and is in talks with Indonesia Eximbank (LPEI) on a loan of IDR 1.2 "
            "trillion, director Rudi Simanjuntak said.")
    extraction = extract_text(nlp, text)
    assert frozenset({"daeseong power", "sumatra pelet energi"}) in partner_sets(extraction)
    assert ("indonesia eximbank", Decimal("1200000000000")) in {(i.investor, i.amount) for i in extraction.investments}


def test_a_venture_named_with_its_owners_signs_with_a_ministry(nlp):
    text = ("RABAT — Atlas Blades SA, a joint venture of Spanish blade maker Ventora Composites and Moroccan industrial "
            "group Sebou Industries, signed an investment agreement with the Ministry of Industry and Trade on Tuesday "
            "for a wind-turbine blade factory in the Tanger Free Zone.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"ventora composites", "sebou industries"}),
                                                     frozenset({"atlas blades", "ministry of industry and trade"})}


def test_investors_alongside_each_other_are_each_partners_of_the_company_they_invest_in(nlp):
    text = ("Larchmont Partners invested $30 million in Sunkiln Solar Pvt Ltd in August, alongside Coromandel Capital, "
            "which put in $20 million.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"larchmont partners", "sunkiln solar"}),
                                                     frozenset({"coromandel capital", "sunkiln solar"})}


def test_a_suitor_sources_tell_of_is_not_the_company_a_later_sentence_means(nlp):
    text = ("Delta Aluminium Extrusions S.A.E. is in talks to sell a minority stake to a Gulf investor, according to three "
            "people familiar with the matter.\n\nAl-Rimal Industrial Investment Co. is the front-runner for a stake of "
            "about 35%, two of the people said. A second suitor, Gulf Profile Holdings, has also held talks with the "
            "company, one person said.")
    assert frozenset({"gulf profile", "delta aluminium extrusions"}) in partner_sets(extract_text(nlp, text))


def test_a_company_a_quote_speaks_of_is_not_what_the_sentence_is_about(nlp):
    text = ("PT Sulawesi Bumi Nikel Tbk will build a second HPAL plant in Bahodopi.\n\n\"Hanseong Materials Co brings us a "
            "customer and a shareholder at the same time,\" president director Bambang Setiadi said. Setiadi added that the "
            "company still planned a third plant.")
    assert {p.operator for p in extract_text(nlp, text).plants} == {"sulawesi bumi nikel"}


@pytest.mark.parametrize("text, amount", [
    ("Egeyel Kule Sanayi A.Ş. broke ground on a second tower plant at Bandırma in April. The budget is TRY 1.4 billion "
     "(about €38 million).", Decimal("1400000000")),
    ("What exactly are you building?\n\nA 6,000-tonne open-die press and a new press hall at Bergsmide AB's forge shop in "
     "Karlskoga. The total is SEK 1.2 billion, and the press should forge its first ingot in 2027.", Decimal("1200000000")),
])
def test_a_budget_or_a_total_named_alone_is_the_company_s_investment(nlp, text, amount):
    assert amount in {i.amount for i in extract_text(nlp, text).investments}


def test_each_partner_of_a_venture_set_up_together_with_another_puts_in_its_share(nlp):
    text = ("Together with Kärntner Bauelemente AG, the Klagenfurt modular builder, Hollerer Holzindustrie GmbH has set up "
            "HK Massivholz GmbH, a 50:50 joint venture that will build a CLT plant in Wolfsberg. Each partner is putting "
            "in €22 million of equity.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {
        ("hollerer holzindustrie", Decimal("22000000")), ("karntner bauelemente", Decimal("22000000"))}


def test_a_speaker_saying_us_works_for_none_of_the_companies_the_quote_names(nlp):
    text = ("Cucine Brianza S.p.A. has agreed to buy 70% of flooring maker Parchetti Friulani S.r.l. for €85m.\n\n"
            "Parchetti Friulani makes oak flooring at a single plant in Manzano.\n\n\"Parchetti gives us the floor, and a "
            "brand that architects already specify,\" chief executive Lorenzo Galbiati told analysts.")
    assert ("lorenzo galbiati", "chief executive", "cucine brianza") in role_triples(extract_text(nlp, text))


def test_a_german_title_held_by_a_woman_is_kept_as_written(nlp):
    text = ("Hollerer Holzindustrie GmbH has set up HK Massivholz GmbH to build a CLT plant in Wolfsberg. \"Carinthia has "
            "the forests,\" says Andrea Pichler, Geschäftsführerin of HK Massivholz.")
    assert ("andrea pichler", "geschäftsführerin", "hk massivholz") in role_triples(extract_text(nlp, text))


def test_steel_service_centres_and_a_forging_shop_are_plants(nlp):
    text = ("Laurentide Metals Inc. will buy Bayfront Steel Processing Ltd.'s coil plant in Hamilton. Laurentide also runs "
            "service centres in Laval and Drummondville. Bayfront is selling the plant to concentrate on its forging shop "
            "in Welland.")
    assert {("laurentide metals", "laval"), ("laurentide metals", "drummondville"), ("bayfront steel processing", "welland")} <= {
        (p.operator, p.location) for p in extract_text(nlp, text).plants}


@pytest.mark.parametrize("text, operator, location", [
    ("Nishiki Can K.K. has agreed to buy the aluminium can plant in Kumamoto run by beverage maker Hinode Beverages Co., "
     "Ltd. for ¥4.8 billion.", "hinode beverages", "kumamoto"),
    ("Falcon Can Manufacturing LLC today broke ground on its second aluminium beverage can plant, an AED 300 million "
     "facility in Abu Dhabi.", "falcon can manufacturing", "abu dhabi"),
])
def test_a_can_plant_is_a_plant_not_a_modal_and_a_verb(nlp, text, operator, location):
    assert (operator, location) in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_the_price_after_who_runs_the_plant_is_the_buyer_s(nlp):
    text = ("Nishiki Can K.K. has agreed to buy the aluminium can plant in Kumamoto run by beverage maker Hinode Beverages "
            "Co., Ltd. for ¥4.8 billion.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} == {("nishiki can", Decimal("4800000000"))}


def test_a_company_that_can_plant_trees_has_no_plant(nlp):
    assert not extract_text(nlp, "Greenwood Timber Ltd said the company can plant trees on the cleared land.").plants


def test_a_price_sources_put_on_a_purchase_in_talks_is_the_buyer_s_proposed_investment(nlp):
    text = ("Papeles del Biobío S.A. is said to be in advanced talks to buy the recycled containerboard mill in Coronel owned "
            "by Northfield Packaging Inc., according to two people familiar with the discussions. One of them put the price "
            "at about $210 million, including the mill's working capital.")
    assert {(i.investor, i.amount, i.status) for i in extract_text(nlp, text).investments} == {
        ("papeles del biobio", Decimal("210000000"), "proposed")}


def test_an_analyst_s_estimate_of_what_a_company_might_spend_is_no_investment(nlp):
    text = ("Papeles del Biobío S.A. will buy the mill in Coronel. \"The logic is obvious,\" said Tomás Reyes, an analyst at "
            "Cordillera Capital in Santiago. Reyes estimates the buyer might need to spend another $60 million upgrading "
            "the mill's paper machine.")
    assert not extract_text(nlp, text).investments


def test_the_nth_closure_of_a_plant_in_a_region_is_no_plant(nlp):
    text = ("Huta Rur Jura Sp. z o.o. will close its welded-tube mill in Zawiercie at the end of March. The closure is the "
            "third of a steel-processing plant in Silesia this year.")
    assert {p.location for p in extract_text(nlp, text).plants} == {"zawiercie"}


def test_a_company_and_a_union_that_opened_wage_talks_are_partners(nlp):
    text = ("Tubos del Paraná S.A., a maker of welded steel pipe, and the Sindicato de Trabajadores Metalúrgicos de Campana "
            "(STMC) opened wage talks on Wednesday.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"tubos del parana", "sindicato de trabajadores metalurgicos de campana"})}


def test_the_plant_a_clause_says_another_company_is_building_is_that_company_s(nlp):
    text = ("Song Lam Steel Structure Joint Stock Company will build a fabrication yard in Dinh Vu. Its first order is "
            "already booked: Song Lam Steel has signed a contract to fabricate and erect 14,000 tonnes of steel structures for the "
            "second factory that Vinh Quang Electronics Co., Ltd. is building in Bac Ninh province.")
    assert ("vinh quang electronics", "bac ninh") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_subsidiary_whose_only_plant_is_named_runs_it_and_is_no_plant_itself(nlp):
    text = ("In December Weserstein Baustoffe AG agreed to sell its plasterboard unit, Weserstein Gips GmbH, whose only plant "
            "is in Osterode am Harz, to the Austrian group Alpenplatte Holding AG for €190m.")
    extraction = extract_text(nlp, text)
    assert {(p.operator, p.location) for p in extraction.plants} == {("weserstein gips", "osterode am harz")}
    assert frozenset({"weserstein baustoffe", "alpenplatte"}) in partner_sets(extraction)


def test_a_union_officer_introduced_by_the_word_union_works_for_the_one_union_named(nlp):
    text = ("Vidrios del Ebro S.L. agreed to buy the glassworks in Marinha Grande. The workers' union, the Sindicato Vidreiro "
            "do Centro, opened talks with the buyer on Wednesday. \"We want voluntary departures,\" said union coordinator "
            "Ana Lúcia Ferreira.")
    assert ("ana lucia ferreira", "coordinator", "sindicato vidreiro do centro") in role_triples(extract_text(nlp, text))


def test_a_portuguese_town_council_is_a_government_its_mayor_heads(nlp):
    text = ("\"Losing this factory would have been a wound,\" said mayor Paulo Vieira Gaspar. The Câmara Municipal da "
            "Marinha Grande has offered to waive municipal property tax on the site for five years, he added.")
    extraction = extract_text(nlp, text)
    assert {o.key: o.kind for o in extraction.organizations}.get("camara municipal da marinha grande") == "government"
    assert ("paulo vieira gaspar", "mayor", "camara municipal da marinha grande") in role_triples(extraction)


def test_a_ministry_the_model_took_for_a_building_is_a_partner_that_gave_an_order(nlp):
    text = ("In March, CMF México won an order from the Secretariat of Infrastructure, Communications and Transport (SICT) "
            "for 32 electric trains.")
    assert frozenset({"cmf mexico", "secretariat of infrastructure communications and transport"}) in partner_sets(extract_text(nlp, text))


def test_the_owners_of_their_venture_named_in_a_reported_clause_are_partners(nlp):
    text = ("General Motors and LG Energy Solution said on Friday that Ultium Cells LLC, their equally owned battery venture, "
            "will build a second cell plant in Spring Hill, Tennessee.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"general motors", "lg energy solution"})}


def test_an_owner_named_in_its_venture_s_description_is_no_short_form_of_the_venture(nlp):
    text = ("Daeyang Mekong Logistics Co., the cold-chain joint venture of South Korea's Daeyang Logistics and Vietnam's Cuu "
            "Long Agri-Food JSC, received an investment certificate for a cold-storage hub in Long An province.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"daeyang logistics", "cuu long agri food"})}


def test_a_quarry_bought_from_another_company_makes_them_partners(nlp):
    text = "Blue Mesa Aggregates LLC has completed its $48 million purchase of the Marble Falls granite quarry from Hill Country Stone Co."
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"blue mesa aggregates", "hill country stone"})}


def test_a_union_the_employer_recognises_has_a_standing_agreement_besides_its_talks(nlp):
    text = ("Hafren Thermal Ltd will add a heat-pump line at its factory in Newtown. The GMB, which Hafren recognised at the "
            "Newtown factory in 2023, said it had opened talks with management on pay grades for the new line.")
    assert sorted(p.status for p in extract_text(nlp, text).partnerships if set(p.partners) == {"gmb", "hafren thermal"}) == [
        "active", "in talks"]


@pytest.mark.parametrize("text, key", [
    ("Sanitarios del Bajío SA de CV, the Celaya company that makes toilets, is building its second plant in Apaseo el "
     "Grande.", "sanitarios del bajio"),
    ("For 130 years the kilns at Chodovská keramika a.s. have fired cups and plates for hotels.", "chodovska keramika"),
    ("Quadrimetal – Indústria de Quadros, S.A., which has welded aluminium frames in Águeda since 1989, is putting €38 "
     "million into a second plant.", "quadrimetal industria de quadros"),
])
def test_company_names_the_model_cuts_short_are_read_whole(nlp, text, key):
    assert key in {o.key for o in extract_text(nlp, text).organizations}


def test_a_company_s_name_ends_with_the_lda_set_off_by_a_comma(nlp):
    names = {o.name for o in extract_text(nlp, "Ciclo Lusitano, Lda. has scrapped its planned plant in Vila Nova de Gaia.").organizations}
    assert names == {"Ciclo Lusitano, Lda"}


def test_the_customer_of_the_company_s_new_line_is_its_partner(nlp):
    text = ("Chodovská keramika a.s. is converting part of its works in Chodov to technical ceramics. The technical line's "
            "first customer is Elektroizol Brno s.r.o., which makes switchgear components.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"chodovska keramika", "elektroizol brno"})}


def test_a_short_name_defined_in_quotes_with_an_alternative_is_the_company_s(nlp):
    text = ("HAI DUONG -- Thanh Dat Sanitary Ware Joint Stock Company (\"TDS\" or \"the Company\") today opened its second "
            "plant in Hai Duong province. TDS is also studying a third plant in Binh Duong.")
    assert {o.key for o in extract_text(nlp, text).organizations} == {"thanh dat sanitary ware joint stock"}


def test_a_bank_s_name_runs_to_the_noun_the_name_hangs_on(nlp):
    text = ("Its two tunnel kilns were supplied by Forni Emiliani S.p.A. of Sassuolo, Italy. Red River Commercial Joint Stock "
            "Bank (RRBank) financed VND 900 billion of the cost through a ten-year loan.")
    assert "Red River Commercial Joint Stock Bank" in {o.name for o in extract_text(nlp, text).organizations}


def test_a_holding_company_the_model_took_for_a_person_is_a_partner_in_talks(nlp):
    text = ("Al-Mashriq Ceramics Co. also said it was in talks with Saudi investor Dar Al-Khaleej Holding about a possible "
            "minority stake.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"al mashriq ceramics", "dar al khaleej"})}


def test_the_group_stays_the_group_named_first_sentences_later(nlp):
    text = ("Faianças Rainha Lda will close its faience factory in Caldas da Rainha at the end of January, ending 140 years of "
            "tableware production in the town's oldest industrial building.\n\nGrupo Cerâmico Atlântico SGPS, the Leiria-based "
            "holding company that bought Faianças Rainha in 2017, told workers on Tuesday that the factory \"no longer has a "
            "future\" after losing two large hotel-chain customers.\n\nHand-decorated lines will move to the group's stoneware "
            "plant in Alcobaça, where it will spend €3.4 million on a second electric kiln. About 60 of the workers in Caldas "
            "da Rainha will be offered jobs there.\n\n\"We are keeping the craft,\" said Henrique Lobo Vaz, the group's chief "
            "executive.")
    assert ("henrique lobo vaz", "chief executive", "grupo ceramico atlantico sgps") in role_triples(extract_text(nlp, text))


def test_the_municipal_council_is_a_portuguese_camara_municipal(nlp):
    text = ("Mayor Sílvia Antunes Graça said the Câmara Municipal das Caldas da Rainha had asked Grupo Cerâmico Atlântico "
            "SGPS to sell it the building. The group confirmed that it is in talks with the municipal council.")
    assert frozenset({"camara municipal das caldas da rainha", "grupo ceramico atlantico sgps"}) in partner_sets(extract_text(nlp, text))


def test_what_industry_estimates_a_contract_is_worth_is_no_investment(nlp):
    text = ("Kranich Bikes GmbH signed a four-year agreement in January for Quadrimetal SA to make its frames. It declined to "
            "put a value on the contract, which industry estimates put near €25 million.")
    assert not extract_text(nlp, text).investments


def test_a_named_bike_is_a_product(nlp):
    text = "Quadrimetal SA will make the frames of the Vento gravel bike for Kranich Bikes GmbH."
    assert "vento" in {p.key for p in extract_text(nlp, text).products}


def test_land_bought_from_a_council_makes_them_partners_and_its_price_no_investment(nlp):
    text = ("Quadrimetal SA is putting €38 million into its second plant in Águeda. The 6-hectare plot was bought from the "
            "Câmara Municipal de Águeda for €1.4 million.")
    extraction = extract_text(nlp, text)
    assert frozenset({"quadrimetal", "camara municipal de agueda"}) in partner_sets(extraction)
    assert {i.amount for i in extraction.investments} == {Decimal("38000000")}


def test_a_person_named_to_a_post_and_the_one_who_retires_from_it_hold_it(nlp):
    text = ("Brabant Battery Systems B.V., the Eindhoven maker of battery packs, has named Pieter-Jan Smulders chief "
            "executive from April 1. He succeeds Ingrid Bakker, who retires after nine years in the job.")
    assert {(p, o) for p, _, o in role_triples(extract_text(nlp, text))} == {
        ("pieter jan smulders", "brabant battery systems"), ("ingrid bakker", "brabant battery systems")}


def test_a_verb_opening_the_sentence_before_a_town_is_no_company(nlp):
    text = ("Velora Fietsgroep N.V. will close its distribution centre in Venlo. Closing Venlo, which employs 85 people, will "
            "save about €9 million a year, chief financial officer Joost Verbeek said.")
    extraction = extract_text(nlp, text)
    assert {o.key for o in extraction.organizations} == {"velora fietsgroep"}
    assert ("joost verbeek", "chief financial officer", "velora fietsgroep") in role_triples(extraction)


def test_extending_a_revolving_credit_facility_is_no_investment(nlp):
    text = ("A group of five banks led by Zuiderzee Bank agreed to extend Velora Fietsgroep N.V.'s €140 million revolving "
            "credit facility by two years to 2029.")
    assert not extract_text(nlp, text).investments


def test_a_name_the_model_took_for_a_body_is_a_person_with_the_union_s_title_set_off(nlp):
    text = ("IG Metall opened negotiations with Harzrad Fahrradwerke GmbH on a social plan on Friday morning. Torsten Wendt, "
            "the union's first representative for northern Thuringia, said it would push for severance.")
    extraction = extract_text(nlp, text)
    assert [(p, o) for p, _, o in role_triples(extraction)] == [("torsten wendt", "ig metall")]


def test_the_company_after_a_sentence_introducing_one_with_its_legal_form_is_that_one(nlp):
    text = ("Sonnfeld Portugal is building a solar plant at Évora. The Évora plant has also given Helionorte Solar, S.A. the "
            "largest order in its history. The company, which assembles modules at a factory in Vila Nova de Gaia, said "
            "Sonnfeld Portugal had agreed to buy 160 megawatts of panels.")
    assert ("helionorte solar", "vila nova de gaia") in {(p.operator, p.location) for p in extract_text(nlp, text).plants}


def test_a_unit_scrapping_its_own_plan_is_the_investor_not_its_parent(nlp):
    text = ("Everwin Cycle (Cambodia) Co., Ltd., a unit of Taichung-based Everwin Industrial Corp., has scrapped plans for a "
            "US$24 million second bicycle plant in Bavet, Svay Rieng province, the company said on Friday.")
    assert {i.investor for i in extract_text(nlp, text).investments} == {"everwin cycle cambodia"}


def test_state_aid_contributed_by_a_ministry_is_the_ministry_s_money(nlp):
    text = ("Voltaris Energy Packs S.R.L. opened its plant in Oradea. It was financed with €6.2 million of state aid "
            "contributed by the Ministry of Investments and European Projects (MIPE), a €12 million loan from Banca "
            "Comercială Someș and the company's own funds.")
    assert {(i.investor, i.amount) for i in extract_text(nlp, text).investments} >= {
        ("ministry of investments and european projects", Decimal("6200000")), ("banca comerciala somes", Decimal("12000000"))}


def test_a_company_that_continues_to_buy_from_its_supplier_is_in_an_ongoing_relationship(nlp):
    text = "Voltaris Energy Packs S.R.L. continues to buy its cells from Hanseong Cell Co., its supplier since 2019."
    assert [(set(p.partners), p.status) for p in extract_text(nlp, text).partnerships] == [
        ({"voltaris energy packs", "hanseong cell"}, "active")]


def test_what_a_stake_in_talks_could_be_valued_at_is_the_buyer_s_proposed_investment(nlp):
    text = ("Oranjewiel Holding B.V. is in talks to buy a minority stake in Kelani Cycle Industries PLC, according to three "
            "people familiar with the discussions. The Dutch group is weighing a holding of about 40%, which could value the "
            "stake at around Rs 9 billion, two of the people said.")
    assert {(i.investor, i.amount, i.status) for i in extract_text(nlp, text).investments} == {
        ("oranjewiel", Decimal("9000000000"), "proposed")}


def test_the_company_s_plant_in_a_paragraph_opened_by_its_board_is_that_company_s(nlp):
    text = ("Smalti Padani S.p.A. has agreed to buy Fritas y Esmaltes del Mijares SA. Smalti Padani said the purchase would make "
            "it the second-largest frit supplier in Europe.\n\nIndia: Kalinga Refractories clears Odisha plant\n\nThe board of "
            "Kalinga Refractories Ltd on Wednesday approved Rs 540 crore for a monolithic refractories plant at Jajpur, the "
            "company's second in Odisha after its works at Rajgangpur.")
    assert {(p.operator, p.location) for p in extract_text(nlp, text).plants} == {
        ("kalinga refractories", "jajpur"), ("kalinga refractories", "rajgangpur")}


def test_a_peruvian_sac_ends_a_name_that_runs_back_over_its_particle(nlp):
    text = "Peru: Lurín maker adds a kiln\n\nCerámicos del Pacífico SAC will spend S/ 58 million on a kiln at its plant in Lurín."
    assert {o.name for o in extract_text(nlp, text).organizations} == {"Cerámicos del Pacífico SAC"}


def test_the_post_after_an_as_the_parser_hung_on_the_name_is_the_one_given(nlp):
    text = ("Porcelanas do Vouga SA has appointed Inês Carvalhal Moura as chief executive from March 1. She succeeds Rui "
            "Tavares Bento, who retires after 14 years in the post.")
    assert {(p, t, o) for p, t, o in role_triples(extract_text(nlp, text))} == {
        ("ines carvalhal moura", "chief executive", "porcelanas do vouga"), ("rui tavares bento", "chief executive", "porcelanas do vouga")}


def test_a_town_called_by_the_first_word_of_its_name_is_no_company(nlp):
    text = ("Sanitarios del Bajío SA de CV is building its second plant, in Apaseo el Grande. In February we signed a contract "
            "with HomeCrest Supply for 400,000 pieces a year from Apaseo. How many people will Apaseo employ?")
    assert "apaseo" not in {o.key for o in extract_text(nlp, text).organizations}


def test_the_company_we_are_negotiating_with_again_is_in_talks_besides_its_running_contract(nlp):
    text = ("Sanitarios del Bajío SA de CV, the Celaya company that makes toilets, is building its second plant, in Apaseo el "
            "Grande. We asked chief executive Rodrigo Ybarra Lozano about the project and gas.\n\nHow far along is Apaseo?\n\n"
            "The building is closed in. We broke ground last May.\n\nHow are you paying for it?\n\nRoughly half from our own "
            "cash flow.\n\nHow exposed are you to gas?\n\nGas is a quarter of our cost. Our contract with Energéticos del "
            "Centro SA runs to 2028, so we have had no surprises. We are now negotiating with them for the Apaseo supply.")
    assert sorted(p.status for p in extract_text(nlp, text).partnerships
                  if set(p.partners) == {"energeticos del centro", "sanitarios del bajio"}) == ["active", "in talks"]


def test_a_contract_that_expires_runs_until_then_besides_the_talks_on_the_next(nlp):
    text = ("Cerámicas Vilafamés SA will idle two kilns at Onda. The group's fixed-price gas contract with Gas Natural del "
            "Mediterráneo SL, a regional supplier, expires at the end of March. The two sides are negotiating a new contract "
            "but have not agreed on price, a person familiar with the talks said.")
    assert sorted(p.status for p in extract_text(nlp, text).partnerships) == ["active", "in talks"]


def test_a_maker_that_keeps_making_our_frames_supplies_the_speaker_s_company(nlp):
    text = ("Laurentide Vélo Électrique Inc. has sold its e-bikes across Canada for a decade. This spring the Saint-Jérôme "
            "company starts building a plant of its own. We spoke to chief executive Geneviève Tremblay-Roy.\n\nHow big is "
            "the project?\n\nWe are spending C$48 million on an assembly plant in the Saint-Jérôme industrial park.\n\nWho "
            "is paying?\n\nMostly us. The rest is cash and a bank line.\n\nDoes that end your relationship with Kaoyuan?\n\n"
            "No. Kaoyuan Bicycle Industrial Co. will keep making our frames at its Taichung factory.")
    assert partner_sets(extract_text(nlp, text)) == {frozenset({"kaoyuan bicycle industrial", "laurentide velo electrique"})}


def test_close_discussions_are_talks(nlp):
    text = "Hollmann Automotive SE is in close discussions with Zhejiang Hengrun Electric Co., Ltd. about an inverter venture."
    assert [(set(p.partners), p.status) for p in extract_text(nlp, text).partnerships] == [
        ({"hollmann automotive", "zhejiang hengrun electric"}, "in talks")]


def test_a_czech_glassworks_goes_by_the_name_after_its_trade_word(nlp):
    text = ("The amber bottles that leave Sklárny Podkrušnohoří a.s. in Dubí have been melted with natural gas since 1968.\n\n"
            "Podkrušnohoří's biggest customer, Pivovar Žatecký Dvůr a.s., based in Žatec, has bought its bottles from Dubí for "
            "more than 20 years.")
    extraction = extract_text(nlp, text)
    assert {o.key: o.aliases for o in extraction.organizations}.get("sklarny podkrusnohori") == ("Podkrušnohoří",)


def test_a_body_s_acronym_set_off_before_its_description_is_the_body(nlp):
    text = ("Ciclo Lusitano, Lda. has scrapped its planned e-bike assembly plant in Vila Nova de Gaia. The company will hand "
            "back a €3.1 million grant from AICEP, the Portuguese trade and investment agency, which had approved the money in 2024.")
    assert ("aicep", Decimal("3100000")) in {(i.investor, i.amount) for i in extract_text(nlp, text).investments}



def test_a_first_name_the_model_took_for_a_thing_starts_a_name_with_particles(nlp):
    text = ("Norrlith AB and Voltaris Energy NV will build a recycling plant in Moerdijk. \"This joint venture turns our scrap "
            "into a resource,\" said Pieter van den Berg, Chief Executive Officer of Voltaris.")
    assert "pieter van den berg" in {p.key for p in extract_text(nlp, text).people}
