"""``kg_money``: finds amounts of money, normalised to a decimal and an ISO 4217 code.

The small model tags "2bn" as MONEY but drops the "£", splits "450m", and misses "1.5 trillion won";
a regular expression over the text is both more complete and exact about the currency.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.attributes import MONEY, MoneyMention, document_text, register_extensions

SYMBOLS = {
    "us$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD",
    "cad": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "£": "GBP", "gbp": "GBP", "€": "EUR",
    "eur": "EUR", "¥": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "₩": "KRW",
    "krw": "KRW", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
    "ksh": "KES", "rm": "MYR", "mex$": "MXN", "mx$": "MXN", "₺": "TRY", "₦": "NGN", "₫": "VND", "฿": "THB", "zł": "PLN",
    "nt$": "TWD", "n$": "NAD", "ntd": "TWD", "rp": "IDR", "₱": "PHP", "₽": "RUB", "₪": "ILS", "e£": "EGP", "sr": "SAR", "dh": "AED",
    "dhs": "AED", "qr": "QAR", "kd": "KWD", "bd": "BHD", "tsh": "TZS", "ush": "UGX", "sh": "KES", "gh₵": "GHS", "gh¢": "GHS", "₵": "GHS", "s/": "PEN",
    "cfa": "XOF", "fcfa": "XOF", "jd": "JOD", "tk": "BDT", "৳": "BDT",
}
WORDS = {
    "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR",
    "euro": "EUR", "yen": "JPY", "won": "KRW", "rupees": "INR", "rupee": "INR", "yuan": "CNY", "renminbi": "CNY",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "krw": "KRW", "inr": "INR", "cny": "CNY", "cad": "CAD",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN",
    "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zł": "PLN", "kč": "CZK", "tl": "TRY",  # '185 mln zł', '640 mil. Kč', '3,2 milyar TL'
    "krona": "SEK", "kronor": "SEK", "reais": "BRL", "rand": "ZAR", "shilling": "KES", "shillings": "KES",
    "ringgit": "MYR", "baht": "THB", "dong": "VND", "rupiah": "IDR", "lira": "TRY", "liras": "TRY", "naira": "NGN", "francs": "CHF",
    "soles": "PEN", "cedis": "GHS", "kwacha": "ZMW", "birr": "ETB", "koruna": "CZK", "korunas": "CZK", "forint": "HUF",
    "forints": "HUF", "lei": "RON", "leu": "RON", "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT", "rial": "OMR", "rials": "OMR",
    "dinar": "KWD", "dinars": "KWD", "taka": "BDT", "shekel": "ILS", "shekels": "ILS", "rubles": "RUB", "roubles": "RUB",
    "leva": "BGN", "kwanza": "AOA", "meticais": "MZN", "pula": "BWP", "kyat": "MMK", "riel": "KHR", "lari": "GEL",
    "manat": "AZN", "cedi": "GHS", "soums": "UZS", "soum": "UZS", "lempiras": "HNL", "lempira": "HNL", "quetzales": "GTQ",
    "quetzals": "GTQ", "maloti": "LSL", "loti": "LSL", "riels": "KHR", "somoni": "TJS",
}
#: "3.2 billion pesos", "12 billion dirhams": whose pesos (dirhams, riyals, rupees, shillings) the country the story
#: names first decides; without one, the WORDS default stands.
PESO_COUNTRIES = {"mexic": "MXN", "chile": "CLP", "argentin": "ARS", "colombia": "COP", "philippin": "PHP", "uruguay": "UYU",
                  "dominican": "DOP", "cuba": "CUP"}
LOCAL_UNITS = {
    ("pesos", "peso"): PESO_COUNTRIES,
    ("dirhams", "dirham"): {"morocc": "MAD", "emirat": "AED", "uae": "AED", "dubai": "AED", "abu dhabi": "AED"},
    ("riyals", "riyal"): {"saudi": "SAR", "qatar": "QAR", "oman": "OMR"},
    ("rupees", "rupee"): {"india": "INR", "pakistan": "PKR", "sri lanka": "LKR", "nepal": "NPR"},
    ("shillings", "shilling"): {"kenya": "KES", "tanzania": "TZS", "uganda": "UGX"},
    ("rials", "rial"): {"oman": "OMR", "iran": "IRR", "yemen": "YER"},
    ("dinars", "dinar"): {"kuwait": "KWD", "bahrain": "BHD", "jordan": "JOD", "tunisia": "TND", "algeria": "DZD", "iraq": "IQD",
                          "libya": "LYD", "serbia": "RSD"},
    ("real",): {"brazil": "BRL"},  # "the 1.6 billion-real unit", only so joined ("2 million real users")
    ("crowns", "crown", "kroner", "krone"): {"norw": "NOK", "oslo": "NOK", "swed": "SEK", "stockholm": "SEK", "denmark": "DKK",
                                             "danish": "DKK", "copenhagen": "DKK", "czech": "CZK", "prague": "CZK", "iceland": "ISK"},
}
_LOCAL_COUNTRY = {units: re.compile(r"\b(?:" + "|".join(countries) + ")", re.IGNORECASE) for units, countries in LOCAL_UNITS.items()}
#: Currencies named by country: "42 billion Danish crowns", "5 billion Hong Kong dollars", "Mexican pesos".
QUALIFIED_WORDS = {
    **{f"{country} {unit}": code for country, code in (("danish", "DKK"), ("swedish", "SEK"), ("norwegian", "NOK"),
                                                      ("icelandic", "ISK"), ("czech", "CZK"))
       for unit in ("crowns", "crown", "kroner", "krone", "kronor", "krona", "koruna", "korunas")},
    **{f"{country} dollars": code for country, code in (("us", "USD"), ("u.s.", "USD"), ("canadian", "CAD"), ("australian", "AUD"),
                                                       ("new zealand", "NZD"), ("hong kong", "HKD"), ("singapore", "SGD"),
                                                       ("taiwan", "TWD"), ("taiwanese", "TWD"), ("namibian", "NAD"),
                                                       ("jamaican", "JMD"), ("fijian", "FJD"), ("brunei", "BND"))},
    **{f"{country} pesos": code for country, code in (("mexican", "MXN"), ("chilean", "CLP"), ("argentine", "ARS"),
                                                     ("colombian", "COP"), ("philippine", "PHP"))},
    "moroccan dirhams": "MAD", "emirati dirhams": "AED", "uae dirhams": "AED", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "omani rials": "OMR", "egyptian pounds": "EGP", "swiss francs": "CHF", "hungarian forints": "HUF", "forints": "HUF",
    "forint": "HUF", "brazilian reais": "BRL", "south african rand": "ZAR", "kenyan shillings": "KES", "turkish lira": "TRY", "turkish liras": "TRY",
    "russian roubles": "RUB", "roubles": "RUB", "indonesian rupiah": "IDR", "pakistani rupees": "PKR", "indian rupees": "INR",
    "malaysian ringgit": "MYR", "thai baht": "THB", "vietnamese dong": "VND", "nigerian naira": "NGN", "polish zlotys": "PLN", "polish zloty": "PLN",
    "chinese yuan": "CNY", "japanese yen": "JPY", "korean won": "KRW", "south korean won": "KRW", "cfa francs": "XOF",
    "cfa franc": "XOF", "uruguayan pesos": "UYU", "peruvian soles": "PEN", "ghanaian cedis": "GHS", "zambian kwacha": "ZMW",
}
SCALES = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6, "b": 10**9,
    "bn": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12, "lakh": 10**5, "lac": 10**5,
    "millions": 10**6, "billions": 10**9, "trillions": 10**12,  # 'R$ 480 millions': a translation keeps the plural
    "md": 10**9, "mds": 10**9,  # French 'milliard(s)': '1,2 Md€'
    "hundred million": 10**8,  # '45 hundred million yuan', a translation's 45亿元
    "crore": 10**7, "cr": 10**7, "trn": 10**12, "bln": 10**9,  # a wire flash's '$3.1 BLN'
}
#: Scale words that translated stories keep from the original language ('62 Mio. Euro', 'R$ 1,9 bilhão', 'Rp 2,1 triliun',
#: '3,2 milyar TL', '640 mil. Kč', '150 oku yen'), with a decimal comma before them.
LOCAL_SCALES = {
    "mio": 10**6, "mrd": 10**9, "mld": 10**9, "mil": 10**6, "milyon": 10**6, "milyar": 10**9, "milhão": 10**6, "milhões": 10**6,
    "bilhão": 10**9, "bilhões": 10**9, "millones": 10**6, "mil millones": 10**9, "milioni": 10**6, "miliardi": 10**9,
    "juta": 10**6, "miliar": 10**9, "triliun": 10**12, "tỷ": 10**9, "triệu": 10**6, "oku": 10**8, "millionen": 10**6,
    "milliarden": 10**9,
}
ALL_SCALES = SCALES | LOCAL_SCALES
#: Longest first; the Czech 'mil.' only with its full stop (a bare 'mil' is a thousand in Spanish and Portuguese).
_LOCAL_SCALE = "|".join(r"mil(?=\.)" if word == "mil" else re.escape(word) for word in sorted(LOCAL_SCALES, key=len, reverse=True))

_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d)"  # '3,2' before a local scale word: 3.2
_NUMBER = rf"{_DECIMAL_COMMA}(?=\s?(?:{_LOCAL_SCALE}|[mb]illions?\b|trillions?\b))|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = rf"(?:{_LOCAL_SCALE}|hundred million|thousand|millions|billions|trillions|million|billion|trillion|crore|lakh|lac|mln|bln|mn|bn|trn|tn|cr|k|m|b)"
_SCALE_GAP = r"(?:\s|-(?=(?:m|b|tr)illion|crore|lakh))?"  # "$2.1 billion", "$2.1bn", the Canadian papers' "C$2.1-billion", "Rs 9,000-crore"
_SYMBOL = "(?:" + "|".join(re.escape(symbol) for symbol in sorted(SYMBOLS, key=len, reverse=True)) + ")"  # longest first: "NT$" before "$"
#: Currency words written after the amount: those WORDS knows, pesos and crowns (whose country LOCAL_UNITS decides) and, only
#: joined by a hyphen, the Brazilian real ("1.6 billion-real"); longest first, so "rupees" wins over "rupee".
_SHARED_UNITS = {unit for units in LOCAL_UNITS for unit in units} - {"real"}  # the real only joined: see below
_WORD = "(?:" + "|".join(sorted((re.escape(word) for word in WORDS.keys() | _SHARED_UNITS), key=len, reverse=True)) + r"|(?<=-)real)"
_RANGE_END = rf"(?:[-–](?:{_NUMBER})(?={_SCALE_GAP}{_SCALE}\b))?"  # "$1.2-1.5 billion", "₹95-110 crore": the scale is both ends
PREFIXED = re.compile(rf"(?<![\w$])(?P<cur>{_SYMBOL})\s?(?P<num>{_NUMBER}){_RANGE_END}(?:{_SCALE_GAP}(?P<scale>{_SCALE})\b)?(?:\s+(?P<scale2>crore|lakh))?",
                      re.IGNORECASE)
#: Currencies written with one capital letter: South African rand ("R4.8 billion", "R350m"), Philippine pesos
#: ("P6.5bn"), Nigerian naira ("N1.2trn") and Zambian kwacha ("K2.6 billion"; the kina in a story on Papua New
#: Guinea); only with a scale, since a bare "R2" is a road or a grade.
LETTER_SYMBOLS = {"r": "ZAR", "p": "PHP", "n": "NGN", "k": "ZMW"}
#: One-letter currencies only a story on their country writes: the kina ("K2.6 billion" in Papua New Guinea) and the
#: loti ("M180 million" in Lesotho, where elsewhere an "M" before a sum names nothing).
COUNTRY_LETTERS = {"k": (re.compile(r"\bPapua\b"), "PGK"), "m": (re.compile(r"\b(?:Lesotho|Maseru)\b", re.IGNORECASE), "LSL")}
ONE_LETTER = re.compile(rf"(?<![\w$])(?P<cur>[RPNKM])(?P<num>{_NUMBER}){_SCALE_GAP}(?P<scale>million|billion|trillion|bn|m|trn|tn)\b")
#: French papers' '45 M€', '10,5 M€', '1,2 Md€', '800 k€'.
EURO_SCALED = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{1,2}(?!\d)|(?:[ \u202f\u00a0]\d{3}){0,4}+))[ \u202f\u00a0]?"
                         r"(?P<scale>M|Mds?|k)(?P<cur>€)")  # at most four groups: a long run of them took time in its square
#: Any ISO 4217 code written before the number, upper case only ("SAR 11.25 billion", "KES 6.5bn").
ISO_PREFIXED = re.compile(rf"(?<![\w$])(?P<cur>[A-Z]{{3}})\s?(?P<num>{_NUMBER})(?:{_SCALE_GAP}(?P<scale>{_SCALE})\b)?")
SUFFIXED = re.compile(rf"(?<![\w$£€¥₹₩.,])(?P<num>{_NUMBER})(?:{_SCALE_GAP}(?P<scale>{_SCALE})\.?)?(?:\s+|(?<=illion)-)(?P<cur>{_WORD})\b", re.IGNORECASE)
# "a 12-billion-dirham plant", "a 900-million-peso plant": the unit joined by hyphens
_QUALIFIED = "(?:" + "|".join(re.escape(name) for name in sorted(QUALIFIED_WORDS, key=len, reverse=True)) + ")"
QUALIFIED = re.compile(rf"(?<![\w$£€¥₹₩.,])(?P<num>{_NUMBER})(?:{_SCALE_GAP}(?P<scale>{_SCALE}))?\s+(?P<cur>{_QUALIFIED})\b", re.IGNORECASE)
#: Amounts spoken in words, as transcripts write them: 'forty-five billion naira', 'a hundred and twenty million
#: dollars', 'one-point-one billion pounds', 'two thousand crore rupees', 'twenty-five million US'.
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())} | {word: 10 * value for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SPOKEN_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: A currency named by its country alone after a spoken amount, before a pause ('twenty-five million US, so I').
SPOKEN_COUNTRY_CURRENCIES = {"us": "USD", "canadian": "CAD", "australian": "AUD"}
SPOKEN = re.compile(
    rf"(?<![\w-])(?P<num>(?:a|{_SPOKEN_WORD})(?:[\s-]+(?:{_SPOKEN_WORD}|hundred|and|point))*(?:\s+and\s+a\s+half)?)[\s-]+"
    rf"(?P<scale>thousand|million|billion|trillion|crore|lakh)(?:\s+(?P<scale2>crore))?"
    r"(?:\s+\w+(?:\.\.\.|…)\s*(?:sorry|I mean),)?\s+"  # 'four hundred million Singapore... sorry, US dollars': the corrected unit
    rf"(?:(?P<cur>{_QUALIFIED}|{_WORD})(?:,\s+(?P<country>Canadian|Australian|Singapore|US)\b)?|(?P<alone>US|Canadian|Australian)(?=[.,;!?]))\b",
    re.IGNORECASE)
#: One amount written in two parts, as machine translation renders the Korean and Japanese '1조 2000억 원' and
#: '1兆2000億円': '1 trillion 200 billion won', 'KRW 1 trillion 200 billion'; the higher part before the amount found,
#: or the lower part after it.
_HIGHER_PART = re.compile(r"(?<![\w.,])(?P<num>\d{1,4}(?:\.\d+)?)\s(?P<scale>trillion|billion)\s$", re.IGNORECASE)
_LOWER_PART = re.compile(r"\s(?P<num>\d{1,3}(?:,\d{3})*|\d{1,4})\s(?P<scale>billion|million)\b(?![.,]\d)", re.IGNORECASE)
_EQUIVALENT_GAP = re.compile(r"^,?\s*(?:or\s+)?(?:the\s+)?(?:equivalent|equal|equivalently)\s+(?:to|with|of)\s+(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?$"
                             r"|^(?:\s+[a-z-]+)?,\s*(?:about|around|roughly|approximately|some)\s+$",  # "S/ 210 million, about US$56 million,",
                             # "a LKR 4.2 billion project, roughly $14 million"
                             re.IGNORECASE)
_RESTATEMENT_GAP = re.compile(r"^\s*\((?:(?:or|equivalent to|equal to|worth)\s*)?(?:(?:about|around|roughly|approximately|approx\.|some|nearly|"
                              r"almost|over|more than|just over|just under|under|c\.|ca\.|ok\.|około|~)\s*)?$", re.IGNORECASE)  # "(equivalent to over VND
# 7,100 billion)", a Polish translation's "(ok. 72 mln euro)"


@Language.factory("kg_money", assigns=[f"doc._.{MONEY}"])
def make_money(nlp: Language, name: str) -> "MoneyFinder":
    register_extensions()
    return MoneyFinder()


class MoneyFinder:
    def __call__(self, doc: Doc) -> Doc:
        mentions: list[MoneyMention] = []
        text = document_text(doc)
        for start, end, amount, currency in find_amounts(text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            restates = len(mentions) - 1 if mentions and _is_restatement(text, mentions[-1], doc, start, currency) else None
            mentions.append(MoneyMention(span.start, span.end, amount, currency, text[start:end], restates))
        doc._.set(MONEY, mentions)
        return doc


def find_amounts(text: str) -> list[tuple[int, int, Decimal, str]]:
    """All (start, end, amount, currency) in ``text``, left to right, without overlaps."""
    found: list[tuple[int, int, Decimal, str]] = []
    taken: list[tuple[int, int]] = []
    words = _local_words(text)
    letters = LETTER_SYMBOLS | {letter: code for letter, (country, code) in COUNTRY_LETTERS.items() if country.search(text)}
    symbols_here = SYMBOLS | {"$": dollar} if (dollar := _declared_dollar(text)) else SYMBOLS
    symbols_here = symbols_here | dict.fromkeys(("rs", "rs."), words["rupees"])  # "Rs 600 crore" in a story on Pakistan
    for pattern, symbols in ((EURO_SCALED, SYMBOLS), (PREFIXED, symbols_here), (ONE_LETTER, letters), (ISO_PREFIXED, _iso_codes()), (QUALIFIED, QUALIFIED_WORDS),
                             (SUFFIXED, words)):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if pattern is ISO_PREFIXED and match.end("cur") == match.start("num") and not match["scale"]:
                continue  # "the COP27 climate talks", "G20": a code run into a bare number names no amount
            amount = parse_amount(match["num"], match["scale"], match.groupdict().get("scale2"))
            currency = symbols.get(match["cur"].lower())
            if amount is None or currency is None:
                continue
            start, end, amount = _with_other_part(text, match, start, end, amount)
            found.append((start, end, amount, currency))
            taken.append((start, end))
    return sorted(found + [amount for amount in _spoken_amounts(text, words) if not any(s < amount[1] and amount[0] < e for s, e in taken)])


def _with_other_part(text: str, match: re.Match, start: int, end: int, amount: Decimal) -> tuple[int, int, Decimal]:
    """'200 billion won' after '1 trillion', 'KRW 1 trillion' before '200 billion': the whole amount, where the lower
    part is less than one unit of the higher."""
    scale = ALL_SCALES.get((match["scale"] or "").lower())
    higher = _HIGHER_PART.search(text, max(0, match.start("num") - 24), match.start("num"))
    if scale and higher and start == match.start("num") and amount < ALL_SCALES[higher["scale"].lower()] \
            and (more := parse_amount(higher["num"], higher["scale"])) is not None:
        return higher.start(), end, more + amount
    lower = _LOWER_PART.match(text, end)
    if scale and scale > 10**6 and end == match.end("scale") and lower \
            and (less := parse_amount(lower["num"], lower["scale"])) is not None and less < scale:
        return start, lower.end(), amount + less
    return start, end, amount


def _spoken_amounts(text: str, words: dict[str, str]) -> list[tuple[int, int, Decimal, str]]:
    """'about forty-five billion naira', 'fifteen million dollars, Canadian': amounts in words, as people say them."""
    found = []
    for match in SPOKEN.finditer(text):
        number = spoken_number(match["num"])
        if match["alone"]:
            currency = SPOKEN_COUNTRY_CURRENCIES[match["alone"].lower()]
        elif match["country"]:
            currency = QUALIFIED_WORDS.get(f"{match['country'].lower()} dollars") if match["cur"].lower() == "dollars" else None
        else:
            currency = QUALIFIED_WORDS.get(match["cur"].lower()) or words.get(match["cur"].lower())
        if number is None or currency is None:
            continue
        scale = ALL_SCALES[match["scale"].lower()] * ALL_SCALES.get((match["scale2"] or "").lower(), 1)
        found.append((match.start("num"), match.end(), number * scale, currency))
    return found


def spoken_number(words: str) -> Decimal | None:
    """'a hundred and twenty' -> 120, 'one-point-one' -> 1.1, 'two hundred seventy' -> 270, 'six and a half' -> 6.5."""
    spoken, half, _ = re.sub(r"[\s-]+", " ", words.lower()).partition(" and a half")
    whole, _, fraction = spoken.partition(" point ")
    numbers = [word for word in whole.split() if word in NUMBER_WORDS or word == "hundred"]  # 'a' before a number is the
    value = 0 if numbers else 1  # article ('a forty-five billion naira plant'), alone it is one ('a million')
    for word in numbers:
        value = (value or 1) * 100 if word == "hundred" else value + NUMBER_WORDS[word]  # below a thousand: the scale word follows
    digits = [NUMBER_WORDS.get(word) for word in fraction.split()]
    if any(digit is None or digit > 9 for digit in digits):
        return None
    result = Decimal(value) + Decimal("0." + "".join(map(str, digits))) if digits else Decimal(value)
    return (result + Decimal("0.5") if half else result) or None


#: 'All amounts are in Australian dollars', 'Figures in this release are in Canadian dollars unless otherwise stated': a
#: document's word on what its bare '$' is.
DECLARED_DOLLAR = re.compile(r"\b(?:all |the )?(?:amounts|figures|sums|values|prices|dollar amounts)\b[^.\n]{0,40}?\b(?:are |is )?"
                             r"(?:in|expressed in|stated in) (?P<country>Australian|Canadian|New Zealand|Singapore|Hong Kong|US|U\.S\.) dollars",
                             re.IGNORECASE)


def _declared_dollar(text: str) -> str | None:
    declared = DECLARED_DOLLAR.search(text)
    return QUALIFIED_WORDS.get(f"{declared['country'].lower()} dollars") if declared else None


#: A table header's unit: 'US$m', 'EUR bn', '€ million', 'INR crore', 'USD'.
_UNIT = re.compile(r"^(?P<cur>.+?)\s*(?P<scale>m|mn|mln|million|bn|billion|crore|cr|lakh|k|thousand)?$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def amount_in_unit(number: str, unit: str) -> tuple[Decimal, str] | None:
    """'2,100' in a column headed 'Capex (US$m)' is US$2,100m: the amount a bare figure stands for in its column's unit."""
    parts, number = _UNIT.match(unit.strip()), number.strip()
    if parts is None or not _BARE_NUMBER.match(number):
        return None
    currency, scale = parts["cur"], parts["scale"] or ""
    for probe in (f"{currency}{number}{scale}", f"{currency} {number}{scale}", f"{currency} {number} {scale}".strip()):
        found = find_amounts(probe)  # 'US$2,100m', 'EUR 1.5bn', '₹ 58,905 crore': whichever way the money reader reads whole
        if len(found) == 1 and found[0][:2] == (0, len(probe)):
            return found[0][2], found[0][3]
    return None


def _local_words(text: str) -> dict[str, str]:
    """WORDS with each shared unit ('pesos', 'dirhams') read as the currency of the first country the story names."""
    words = dict(WORDS)
    for units, pattern in _LOCAL_COUNTRY.items():
        if (country := pattern.search(text)) is not None:
            words.update(dict.fromkeys(units, LOCAL_UNITS[units][country.group().lower()]))
    return words


def is_currency_word(text: str) -> bool:
    """'Rs', 'RM', 'SEK', 'yen': a word that names a currency before or after an amount."""
    lower = text.lower()
    return lower in SYMBOLS or lower in WORDS or is_currency_code(text)


def is_currency_code(text: str) -> bool:
    """'SEK', 'AED': an ISO 4217 code written on its own, which the model sometimes tags as an organisation."""
    return text.isupper() and text.lower() in _iso_codes()


@lru_cache(maxsize=1)
def _iso_codes() -> dict[str, str]:
    """Lower-cased ISO 4217 codes (pycountry) -> code, minus codes that are also English words."""
    import pycountry

    return {c.alpha_3.lower(): c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in {"ALL", "TOP", "CUP", "MOP"}}


def parse_amount(number: str, scale: str | None, scale2: str | None = None) -> Decimal | None:
    """'1,200' + 'crore' -> Decimal('12000000000'), '1.6' + 'lakh' + 'crore' -> Decimal('1.6E+12'); exact decimal
    arithmetic, no floats."""
    if re.fullmatch(r"\d{1,3}\.\d00", number) and (scale or "").lower() in ("million", "millions"):
        number = number.replace(".", "")  # '1.200 million pesos': a translation keeps the thousands' dot of 1.200 millones
    number = re.sub(r"[ \u202f\u00a0]", "", number)  # '1 200 M€'
    try:
        value = Decimal(number.replace(",", ".") if re.fullmatch(_DECIMAL_COMMA, number) else number.replace(",", ""))
    except InvalidOperation:
        return None
    multiplier = ALL_SCALES.get((scale or "").lower(), 1) * ALL_SCALES.get((scale2 or "").lower(), 1)
    return value * multiplier if value else None


def _is_restatement(text: str, previous: MoneyMention, doc: Doc, start: int, currency: str) -> bool:
    """"£2bn ($2.5bn)": the bracketed amount repeats the previous one in another currency; so does one after 'or
    equivalent to' ('Rp 12.5 trillion or equivalent with around US$ 753 million') or a bare 'about' ('S/ 210 million,
    about US$56 million,')."""
    previous_end = doc[previous.end - 1].idx + len(doc[previous.end - 1].text)
    gap = text[previous_end:start]
    return len(gap) < 30 and (bool(_RESTATEMENT_GAP.match(gap)) or currency != previous.currency and bool(_EQUIVALENT_GAP.match(gap)))
