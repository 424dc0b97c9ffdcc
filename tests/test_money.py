"""Money amounts in the forms news uses, normalised to exact decimals and ISO 4217 codes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.components.money import find_amounts

CASES = [
    ("£2bn", "2000000000", "GBP"), ("£1.1bn", "1100000000", "GBP"), ("$3.6 billion", "3600000000", "USD"),
    ("€450m", "450000000", "EUR"), ("US$1.12 billion", "1120000000", "USD"), ("C$20bn", "20000000000", "CAD"),
    ("JPY 350 billion", "350000000000", "JPY"), ("1.5 trillion won", "1500000000000", "KRW"),
    ("Rs 58,905 crore", "589050000000", "INR"), ("₹1,200 crore", "12000000000", "INR"), ("$240 million", "240000000", "USD"),
    ("€1.2 billion", "1200000000", "EUR"), ("500 million euros", "500000000", "EUR"),
    ("C$2.1-billion", "2100000000", "CAD"), ("C$180-million", "180000000", "CAD"),  # Canadian papers' hyphen
    ("R4.8 billion", "4800000000", "ZAR"), ("R350m", "350000000", "ZAR"),
    ("SR5.6bn", "5600000000", "SAR"), ("Dh5.5bn", "5500000000", "AED"), ("P6.5bn", "6500000000", "PHP"),
    ("N1.2trn", "1200000000000", "NGN"), ("K2.6 billion", "2600000000", "ZMW"), ("N45 billion", "45000000000", "NGN"), ("180bn CFA francs", "180000000000", "XOF"),
    ("210m soles", "210000000", "PEN"), ("Rs 1.6 lakh crore", "1600000000000", "INR"), ("Rs 9,000-crore", "90000000000", "INR"),
    ("$1.2-1.5 billion", "1200000000", "USD"), ("₹95-110 crore", "950000000", "INR"),  # a range: its first end, scaled
]


@pytest.mark.parametrize("story, currency", [("in Oslo, Norway", "NOK"), ("for the Swedish miner", "SEK"), ("in Denmark", "DKK")])
def test_crowns_are_the_currency_of_the_country_the_story_names(story, currency):
    [(_, _, value, code)] = find_amounts(f"The smelter {story} will cost 450 million crowns.")
    assert (value, code) == (Decimal("450000000"), currency)


def test_crowns_of_no_country_named_are_no_amount():
    assert find_amounts("The smelter will cost 450 million crowns.") == []


@pytest.mark.parametrize("story, currency", [("in Coahuila, Mexico", "MXN"), ("for the Chilean miner", "CLP"),
                                             ("in Batangas, the Philippines", "PHP")])
def test_pesos_are_the_currency_of_the_country_the_story_names(story, currency):
    [(_, _, value, code)] = find_amounts(f"The plant {story} will cost 3.2 billion pesos.")
    assert (value, code) == (Decimal("3200000000"), currency)


@pytest.mark.parametrize("text, amounts", [
    ("Morocco's minister opened a 12-billion-dirham plant at Jorf Lasfar.", [("12000000000", "MAD")]),
    ("The Dubai developer will spend 3 billion dirhams.", [("3000000000", "AED")]),
    ("Qatar's fund put in 2 billion riyals.", [("2000000000", "QAR")]),
    ("The Pakistani plant near Karachi will cost 40 billion rupees.", [("40000000000", "PKR")]),
    ("The Tanzanian brewer will invest 400 billion shillings.", [("400000000000", "TZS")]),
    ("A 900-million-peso seat plant in Nuevo León, Mexico, is frozen.", [("900000000", "MXN")]),
    ("Brazil's Araguaia began building the 1.6 billion-real unit in March for 2 million real customers.", [("1600000000", "BRL")]),
])
def test_shared_currency_names_are_the_story_countrys_and_units_joined_by_hyphens(text, amounts):
    assert [(str(int(value)), code) for _, _, value, code in find_amounts(text)] == amounts


def test_pesos_of_no_named_country_are_no_amount():
    assert find_amounts("The plant will cost 3.2 billion pesos.") == []


def test_a_bare_r_and_a_number_is_no_rand():
    assert find_amounts("Take the R2 road to the R&D centre in 2026, past the P2 car park, the N7 and the K2 gate.") == []


def test_a_k_amount_in_a_story_on_papua_new_guinea_is_in_kina():
    [(_, _, value, code)] = find_amounts("The Papua New Guinea refinery will cost K1.2bn.")
    assert (value, code) == (Decimal("1200000000"), "PGK")


@pytest.mark.parametrize("text, amount, currency", CASES)
def test_amount_forms(text, amount, currency):
    [(start, end, value, code)] = find_amounts(f"It will invest {text} in the plant.")
    assert (value, code) == (Decimal(amount), currency)
    assert f"It will invest {text} in the plant."[start:end] == text


def test_numbers_without_currency_are_not_money():
    assert find_amounts("It employs 2,000 people on a 23-acre site since 2021.") == []


def test_bracketed_restatement_is_marked(nlp):
    doc = nlp("Acme will invest £2bn ($2.5bn) in a new plant in Sunderland.")
    first, second = doc._.kg_money
    assert first.currency == "GBP" and second.currency == "USD" and second.restates == 0


def test_an_amount_restated_after_or_equivalent_is_marked_but_an_alternative_is_not(nlp):
    doc = nlp("The investment reaches Rp 12.5 trillion or equivalent with around US$ 753 million, and Rp 2 trillion "
              "equal to $120 million for roads, or $150 million with the port.")
    assert [m.restates for m in doc._.kg_money] == [None, 0, None, 2, None]
    assert [m.restates for m in nlp("The value of the investment is 310 mln zł (ok. 72 mln euro).")._.kg_money] == [None, 0]


def test_restated_amount_is_one_investment(nlp):
    from conftest import extract_text

    extraction = extract_text(nlp, "Acme Corp will invest £2bn ($2.5bn) in a new plant in Sunderland.")
    assert [(i.amount, i.currency) for i in extraction.investments] == [(Decimal("2000000000"), "GBP")]


def test_revenue_and_market_size_are_not_investments(nlp):
    from conftest import extract_text

    extraction = extract_text(nlp, "Acme Corp reported revenue of $3.6 billion. The battery market is worth $50bn a year.")
    assert extraction.investments == ()


@pytest.mark.parametrize("text, amount, currency", [
    ("SAR 11.25 billion", "11250000000", "SAR"), ("4.5 billion riyals", "4500000000", "SAR"), ("KSh 6.5 billion", "6500000000", "KES"),
    ("Sh6.5 billion", "6500000000", "KES"),
    ("480 million zloty", "480000000", "PLN"), ("MXN 900 million", "900000000", "MXN"), ("RM1.2 billion", "1200000000", "MYR"),
])
def test_any_iso_code_and_more_currency_words(text, amount, currency):
    assert [(a, c) for _, _, a, c in find_amounts(text)] == [(Decimal(amount), currency)]


def test_upper_case_words_are_not_currency_codes():
    assert find_amounts("THE 5 million jobs") == [] and find_amounts("2 real options") == []


def test_new_taiwan_dollars_and_rupiah():
    assert find_amounts("will invest NT$9.6 billion (about US$325 million)")[0][2:] == (Decimal("9600000000.0"), "TWD")
    assert find_amounts("Rp 2.5 trillion")[0][2:] == (Decimal("2500000000000.0"), "IDR")


def test_a_code_run_into_a_bare_number_is_no_amount():
    assert find_amounts("unveiled at the COP27 climate talks") == []
    assert [(a, c) for _, _, a, c in find_amounts("a SEK100m grant")] == [(Decimal("100000000"), "SEK")]


@pytest.mark.parametrize("text, amount, currency", [
    ("3,2 milyar TL", "3200000000", "TRY"), ("62 Mio. Euro", "62000000", "EUR"), ("9,3 Mio. Euro", "9300000", "EUR"),
    ("R$ 1,9 bilhão", "1900000000", "BRL"), ("Rp 2,1 triliun", "2100000000000", "IDR"), ("640 mil. Kč", "640000000", "CZK"),
    ("185 mln zł", "185000000", "PLN"), ("150 oku yen", "15000000000", "JPY"), ("R$ 480 millions", "480000000", "BRL"),
    ("14,7 billion TL", "14700000000", "TRY"), ("5,25 billion euros", "5250000000", "EUR"),
    ("1.200 million euros", "1200000000", "EUR"), ("45 M€", "45000000", "EUR"), ("10,5 M€", "10500000", "EUR"),
    ("1,2 Md€", "1200000000", "EUR"), ("1 200 M€", "1200000000", "EUR"), ("45 hundred million yuan", "4500000000", "CNY"), ("$1.25 million", "1250000", "USD"), ("$1.250 billion", "1250000000", "USD"),
    ("$3.1 BLN", "3100000000", "USD"),
])
def test_scale_words_and_decimal_commas_a_translation_keeps(text, amount, currency):
    found = [(str(int(value)), code) for _, _, value, code in find_amounts(f"It will invest {text} in the plant.")]
    assert found == [(amount, currency)]


@pytest.mark.parametrize("text, amount, currency", [
    ("1 trillion 200 billion won", "1200000000000", "KRW"), ("KRW 1 trillion 200 billion", "1200000000000", "KRW"),
    ("2 trillion 500 billion yen", "2500000000000", "JPY"), ("$1 billion 200 million", "1200000000", "USD"),
])
def test_an_amount_machine_translation_writes_in_two_parts_is_one_amount(text, amount, currency):
    found = [(str(int(value)), code) for _, _, value, code in find_amounts(f"It will invest {text} in the plant.")]
    assert found == [(amount, currency)]


def test_two_amounts_side_by_side_stay_two():
    assert [str(int(value)) for _, _, value, _ in find_amounts("It put in $2 billion, 300 million of it in 2026 and $1 billion 2027")] \
        == ["2000000000", "1000000000"]


def test_a_spanish_or_portuguese_thousand_is_no_million():
    assert [(str(int(value)), code) for _, _, value, code in find_amounts("It paid R$ 500 mil for the land.")] == [("500", "BRL")]


@pytest.mark.parametrize("text, amount, currency", [
    ("About forty... sorry, forty-five billion naira. Forty-five.", "45000000000", "NGN"),
    ("we'll lend a hundred and fifty million pounds. It", "150000000", "GBP"),
    ("The total budget is one-point-one billion pounds, as we said.", "1100000000", "GBP"),
    ("Total investment is about nine hundred million US dollars, for", "900000000", "USD"),
    ("approved fifteen million dollars, Canadian, toward the plant", "15000000", "CAD"),
    ("our cheque was twenty-five million US, so I", "25000000", "USD"),
    ("it will cost about two thousand crore rupees. It", "20000000000", "INR"),
    ("a budget of two hundred seventy million euros", "270000000", "EUR"),
    ("we've committed about four hundred million Singapore... sorry, US dollars", "400000000", "USD"),  # the corrected unit
    ("it has offered grant support of up to six and a half million euro.", "6500000", "EUR"),  # a radio script's figure
    ("one and a half billion dollars over ten years", "1500000000", "USD"),
])
def test_amounts_spoken_in_words(text, amount, currency):
    assert [(value, code) for _, _, value, code in find_amounts(text)] == [(Decimal(amount), currency)]


def test_spoken_numbers_without_a_currency_or_before_a_noun_are_no_amounts():
    assert find_amounts("It was nine hundred million when we started, and sixty million US customers use it.") == []


def test_a_document_s_declared_dollar_is_what_its_bare_dollar_sign_means():
    answer = "All amounts are in Australian dollars. The Government has offered a $14.6 million grant; the loan is US$120 million."
    assert [code for _, _, _, code in find_amounts(answer)] == ["AUD", "USD"]
    release = "Figures in this release are in Canadian dollars unless otherwise stated. The mill will cost $2.1 billion."
    assert [code for _, _, _, code in find_amounts(release)] == ["CAD"]
    assert [code for _, _, _, code in find_amounts("The mill will cost $2.1 billion.")] == ["USD"]


def test_a_bare_figure_in_a_column_s_unit():
    from kg.components.money import amount_in_unit

    assert amount_in_unit("2,100", "US$m") == (Decimal("2100000000"), "USD")
    assert amount_in_unit("1.5", "EUR bn") == (Decimal("1500000000.0"), "EUR")
    assert amount_in_unit("58,905", "Rs crore") == (Decimal("589050000000"), "INR")
    assert amount_in_unit("n/a", "US$m") is None and amount_in_unit("900", "MW") is None


@pytest.mark.parametrize("text, amount, currency", [
    ("210 billion soums", "210000000000", "UZS"), ("850 million lempiras", "850000000", "HNL"), ("40 million maloti", "40000000", "LSL"),
])
def test_currencies_of_textile_exporters_written_as_words(text, amount, currency):
    assert [(a, c) for _, _, a, c in find_amounts(f"The mill cost {text}.")] == [(Decimal(amount), currency)]


def test_an_m_before_a_sum_is_the_loti_only_in_a_story_on_lesotho():
    assert [(a, c) for _, _, a, c in find_amounts("MASERU - The mill will spend M180 million.")] == [(Decimal("180000000"), "LSL")]
    assert find_amounts("The mill on the M4 will spend M180 million.") == []
