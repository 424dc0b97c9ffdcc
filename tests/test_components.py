"""The kg spaCy components on small crafted sentences: each rule, one test."""

from __future__ import annotations

from conftest import extract_text


def orgs(extraction):
    return {o.name: o for o in extraction.organizations}


def test_components_are_registered_factories_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("kg_paragraphs") < names.index("parser")
    assert names[-7:] == ["kg_clutter", "kg_products", "kg_entities", "kg_money", "kg_orgs", "kg_facilities", "kg_relations"]


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


def test_short_form_and_legal_suffix_share_a_node(nlp):
    extraction = extract_text(nlp, "SK On Co. will build a battery plant in Georgia. SK On said the plant will open in 2025.")
    assert [o.name for o in extraction.organizations if o.key.startswith("sk on")] == ["SK On Co."]


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


def test_ordinal_plants_stay_distinct(nlp):
    text = "AESC is constructing a second gigafactory next to its current plant. A third gigafactory is being considered."
    plants = {p.ordinal: p.status for p in extract_text(nlp, text).plants}
    assert plants == {1: "operating", 2: "under construction", 3: "proposed"}


def test_relative_weekday_resolves_against_publication_date():
    from datetime import date

    from kg.extract import resolve_date

    assert resolve_date("on Friday", date(2023, 11, 24)) == date(2023, 11, 24)  # a Friday
    assert resolve_date("Tuesday", date(2023, 11, 24)) == date(2023, 11, 21)


def test_supply_sentence_without_a_verb_root_terminates(nlp):
    """Regression: walking up to the verb compared Tokens with 'is', which never matches, and looped forever."""
    extraction = extract_text(nlp, "Hanbit On supplies cells for Kestrel's Osprey pickup.")
    assert [p.name for p in extraction.products] == ["Osprey"]
