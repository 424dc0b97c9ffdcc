"""Hard-wrapped text (PDFs, e-mail, plain-text wires) is joined back into one line per paragraph."""

from __future__ import annotations

import textwrap

from kg.ingest import clean_text
from kg.layout import drop_page_furniture, flowing_text, unwrap

PARAGRAPH = (
    "Alderane Biologics NV will build a €450m vaccine plant in Sant Cugat del Vallès, near Barcelona, the Belgian "
    "drugmaker said on Tuesday. The site will be the company's second manufacturing plant, after its existing "
    "facility in Ghent, and should employ about 650 people."
)
SECOND = (
    "The Spanish government said it would contribute a grant of €62m towards the project from its pandemic recovery "
    "funds, tied to hiring and output targets over eight years."
)


def test_a_wrapped_article_gets_one_line_per_paragraph():
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in (PARAGRAPH, SECOND))
    assert unwrap(wrapped) == f"{PARAGRAPH}\n\n{SECOND}"


def test_paragraphs_without_blank_lines_between_stay_apart_where_a_line_stops_short():
    wrapped = textwrap.fill(PARAGRAPH, 64) + "\n" + textwrap.fill(SECOND, 64)
    assert unwrap(wrapped) == f"{PARAGRAPH}\n{SECOND}"


def test_headings_and_list_items_keep_their_line_breaks():
    text = "\n".join([
        "Chairman's statement",
        textwrap.fill(PARAGRAPH, 70),
        "• Phase I: 8 GWh by 2027, funded from internal accruals and term loans;",
        "• Phase II: a further 12 GWh by 2029, subject to the board's approval.",
        textwrap.fill(SECOND, 70),
    ])
    assert unwrap(text).split("\n") == [
        "Chairman's statement",
        PARAGRAPH,
        "• Phase I: 8 GWh by 2027, funded from internal accruals and term loans;",
        "• Phase II: a further 12 GWh by 2029, subject to the board's approval.",
        SECOND,
    ]


def test_a_word_hyphenated_across_lines_is_whole_again_and_a_compound_keeps_its_hyphen():
    text = (
        "The company's board approved on Friday the construction of a new manu-\n"
        "facturing plant in Kumamoto, which its majority shareholder and state-\n"
        "owned partner will help to finance over the next three years, the com-\n"
        "pany said in a filing to the Tokyo Stock Exchange on Friday afternoon."
    )
    assert unwrap(text) == (
        "The company's board approved on Friday the construction of a new manufacturing plant in Kumamoto, which its "
        "majority shareholder and state-owned partner will help to finance over the next three years, the company said in a filing to the "
        "Tokyo Stock Exchange on Friday afternoon."
    )


def test_articles_with_a_paragraph_per_line_and_short_lines_are_unchanged():
    menus = "Home | Business | Energy\nMarkets | Companies\n\n"
    text = f"{menus}{PARAGRAPH}\n\n{SECOND}\nPhoto: Reuters\nRead more: Alderane's first plant opens in Ghent"
    assert unwrap(text) == text


def test_ingest_unwraps_pasted_pdf_text():
    assert clean_text(textwrap.fill(PARAGRAPH, 80)) == PARAGRAPH


FOOTER = "Harrowgate Alloys plc | Annual Report and Accounts 2025 | {}"


def test_page_headers_and_footers_go_and_a_sentence_cut_by_a_page_break_is_whole():
    text = "\n".join([
        FOOTER.format(12), "", "Chairman's statement", "",
        "The ten-year supply agreement we signed in January with Norbury Precision",
        "Forgings Ltd, under which Norbury will take up to 90,000 tonnes a year", "",
        FOOTER.format(12), "", FOOTER.format(13), "Strategic report (continued)", "",
        "from the new mill, gives the project an anchor customer.", "", "– 2 –", "",
        "Dividend", "The Board recommends a final dividend.", "Page 2 of 2",
    ])
    assert drop_page_furniture(text).split("\n") == [
        "", "Chairman's statement", "",
        "The ten-year supply agreement we signed in January with Norbury Precision",
        "Forgings Ltd, under which Norbury will take up to 90,000 tonnes a year from the new mill, gives the project an "
        "anchor customer.", "", "",
        "Dividend", "The Board recommends a final dividend.",
    ]


def test_a_repeated_long_line_is_a_running_header_but_a_repeated_name_is_not():
    text = "CONFIDENTIAL - FOR IMMEDIATE RELEASE\nGalloway Biologics PLC\nFirst page.\n" \
           "CONFIDENTIAL - FOR IMMEDIATE RELEASE\nGalloway Biologics PLC\nSecond page."
    assert drop_page_furniture(text) == "Galloway Biologics PLC\nFirst page.\nGalloway Biologics PLC\nSecond page."


def test_text_without_page_furniture_is_unchanged():
    text = f"Home | Business\n\n{PARAGRAPH}\n\nIt will employ 650 people from 2027, up from 12 today.\n\n{SECOND}"
    assert drop_page_furniture(text) == text


def test_a_social_media_thread_that_breaks_its_lines_after_sentences_is_not_unwrapped():
    """Long lines with more text under them, as in wrapped text; but every line under one starts with a capital."""
    thread = "\n".join([
        "Proud to share that yesterday our Board took the final investment decision on our DRI plant",
        "It has been a long road and more Excel than I care to admit, with three feasibility studies",
        "Lars Kvist • 1st",
        "Congratulations Magda! Our 200 MW electrolyser next to your site is now fully permitted",
        "Like · Reply",
        "Is this at the Katowice site or at the new one in the Łosień district of Dąbrowa Górnicza",
        "Like · Reply",
    ])
    assert flowing_text(thread) == thread
    assert flowing_text(thread.lower()) != thread.lower(), "the same lines, starting in lower case, are wrapped text"


def test_a_footer_beside_a_page_number_goes_even_where_it_does_not_repeat():
    text = "\n".join([
        "Deliveries are to start once the plant is", "", "– 1 –",
        "Ministry of Development and Technology | Press Office | media@mrit.example.gov.pl", "",
        "qualified, the ministry said.",
    ])
    assert drop_page_furniture(text) == "Deliveries are to start once the plant is qualified, the ministry said."


def test_cleaning_cleaned_text_changes_nothing():
    """One pass of unwrapping can leave lines a second pass would join (the width changes as lines join); the
    fuzz test of ingest found it. flowing_text runs to a fixed point."""
    import random

    rng = random.Random(1)
    words = ("Acme Corp will invest $5m in a new battery plant in Ohio, the company said on Monday. Page 2 of 5 | – 3 – "
             "manu- facturing state- owned").split()
    for _ in range(2000):
        text = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(0, 16))) for _ in range(rng.randint(1, 30)))
        once = clean_text(text)
        assert clean_text(once) == once, text


def test_a_print_column_scanned_through_ocr_is_joined_and_its_folio_and_jump_lines_dropped():
    scanned = "\n".join([
        "12 | THE DAILY INDUSTRIAL | Tuesday, June 10, 2025",
        "",
        "OSTRAVA - Moravia Steel Works has",
        "approved a CZK 14 billion invest-",
        "ment in an electric arc furnace at",
        "its plant in Ostrava, the",
        "compa-",
        "ny said on Monday. The furnace",
        "will replace two blast furnaces",
        "by 2028, chief executive Jana",
        "Horakova said.",
        "",
        "Continued from page 1",
        "The Czech Ministry of Industry and",
        "Trade will contribute CZK 2 billion",
        "from the Modernisation Fund.",
    ])
    assert clean_text(scanned).split("\n") == [  # the folio goes with the jump line
        "OSTRAVA - Moravia Steel Works has approved a CZK 14 billion investment in an electric arc furnace at its plant "
        "in Ostrava, the company said on Monday. The furnace will replace two blast furnaces by 2028, chief executive "
        "Jana Horakova said.",
        "",
        "The Czech Ministry of Industry and Trade will contribute CZK 2 billion from the Modernisation Fund.",
    ]


def test_short_lines_of_a_list_are_no_narrow_column():
    text = "Present:\nCouncillor Mark Hughes (Chair)\nCouncillor Sana Ahmed\nthe Head of Planning\nand the Legal Officer"
    assert clean_text(text) == text


def test_a_notice_s_repeated_form_lines_are_no_page_furniture():
    text = ("Section V: Award of contract\n\nLot No: 1\nV.2.2) Number of tenders received: 4\nV.2.3) Name and address of the contractor\n"
            "Official name: Dunmore Civils Ltd\n\nLot No: 2\nV.2.2) Number of tenders received: 7\n"
            "V.2.3) Name and address of the contractor\nOfficial name: Pexley Electric Ltd")
    assert drop_page_furniture(text) == text
    report = "Kestrel Metals plc | Annual Report 2025 | 14\nFirst page.\nKestrel Metals plc | Annual Report 2025 | 15\nSecond page."
    assert drop_page_furniture(report) == "First page.\nSecond page."
