"""Names -> keys and IRI-safe slugs, shared by extraction (to merge mentions) and mapping (to mint IRIs).

The same organisation must become the same node in every article, so keys ignore case, accents,
punctuation, a leading "the", possessive endings and legal-form suffixes ("Co.", "Ltd", "plc").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_LEGAL_SUFFIXES = re.compile(
    r"(?:[\s,]+(?:\(?persero\)?|e\.s\.p|amba|a\.m\.b\.a|sp\. z o\.o|de c\.v|de cv|s\.a\.b|s\.a\.a|s\.a\.c|e\.i\.r\.l|fze|fzco|w\.l\.l|wll|s\.a\.e|sae|gk|s\.r\.l|d\.o\.o|pjsc|ojsc|psc|berhad|oy|aps|a\.ş|s\.a\.s|s\.l|sl|n\.v|b\.v|co|corp|corporation|inc|incorporated|ltd|limited|plc|llc|gmbh|ag|sa|s\.a|nv|bv|se|spa|s\.p\.a|pte|pvt|"
    r"private|oyj|ab|asa|as|a/s|a\.s|s\.r\.o|kk|k\.k|srl|sarl|s\.a\.r\.l|ltda|sas|pty|sdn|bhd|dac|llp|lp|saoc|saog|bsc|jsc|zrt|kft|nyrt|tbk|pcl|ipurl|ad|ead|ood|eood|lda|sac|holdings?|company)\.?)+$",
    re.IGNORECASE,
)
_LEGAL_PREFIX = re.compile(r"^PT\s+(?=\w)")  # Indonesian "PT Wijaya Karsa Konstruksi"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_NON_WORD = re.compile(r"[^\w]+")
_ABBREVIATION_END = re.compile(r"(\b(co|corp|inc|ltd|ltda|plc|bros|jr|sr|st|kft|zrt|nyrt|bhd|sdn|pvt|tbk|pty|n\.v|b\.v|s\.a|s\.l|k\.k|s\.p\.a|s\.a\.s|o\.o|a\.s|s\.r\.o|c\.v|s\.a\.a|s\.a\.c|e\.i\.r\.l|w\.l\.l|e\.s\.p)|a\.ş)\.$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify look-alike characters (NFKD), keep letters and digits."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", without_marks.casefold()).strip()


def clean_name(text: str) -> str:
    """A display name: no surrounding quotes, leading "the", possessive or stray whitespace."""
    name = " ".join(text.split()).strip(" \"'“”‘’,;:()[]")
    name = name[:-1] if name.endswith(".") and not _ABBREVIATION_END.search(name) else name
    name = _POSSESSIVE.sub("", name).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def without_legal_form(name: str) -> str:
    """'Beskydstav Industrial s.r.o.' is 'Beskydstav Industrial': what is left to read as a name."""
    return _LEGAL_SUFFIXES.sub("", name)


def has_legal_form(name: str) -> bool:
    """'Kresbud S.A.', 'Sakuragawa Trading Corp.', 'PT Bukit Merah Mineral', 'Savanna Foods Holdings'."""
    name = clean_name(name)
    return _LEGAL_SUFFIXES.search(name) is not None or _LEGAL_PREFIX.match(name) is not None


def starts_with_legal_form(name: str) -> bool:
    """'PT Sulawesi Bumi Nikel Tbk': a legal form written before the name, which a short form leaves out."""
    return _LEGAL_PREFIX.match(clean_name(name)) is not None


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The key two mentions share when they name the same organisation, person, place or product (cached: the
    components ask for the same names' keys many times per article, and names recur across articles)."""
    base = _LEGAL_PREFIX.sub("", _LEGAL_SUFFIXES.sub("", clean_name(name))) or clean_name(name)
    return fold(base)


#: Romanisations that differ between writers, or within one translated story: 'Jong-soo' and 'Jong-su', 'Seon' and 'Sun'.
_ROMANISATION = (("oo", "u"), ("ou", "u"), ("eo", "o"), ("ee", "i"))


def misspelt(key: str, other: str, shortest: int) -> bool:
    """'daesung energy materals' of 'daesung energy materials', 'kim jong su' of 'kim jong soo': two keys with the same
    first word and one later word a letter or a romanisation off, a slip of a translator or a typist. Only words of
    ``shortest`` letters or more: 'Samsung SDI' and 'Samsung SDS' are two companies."""
    words, others = key.split(), other.split()
    if len(words) != len(others) or len(words) < 2 or words[0] != others[0]:
        return False
    differing = [(word, known) for word, known in zip(words, others) if word != known]
    if len(differing) != 1:
        return False
    word, known = differing[0]
    return _romanised(word) == _romanised(known) or min(len(word), len(known)) >= shortest and _one_letter_apart(word, known)


def _romanised(word: str) -> str:
    for written, said in _ROMANISATION:
        word = word.replace(written, said)
    return word


def _one_letter_apart(word: str, other: str) -> bool:
    if len(word) > len(other):
        word, other = other, word
    if len(other) - len(word) > 1:
        return False
    cut = next((i for i, (a, b) in enumerate(zip(word, other)) if a != b), len(word))
    return word[cut + (len(word) == len(other)):] == other[cut + 1:]


@lru_cache(maxsize=65536)
def slug(key: str, max_length: int = 60) -> str:
    """An IRI path segment: ASCII letters, digits and dashes; long or non-Latin names get a hash suffix (cached:
    mapping mints the same entities' IRIs in every article that names them)."""
    ascii_part = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    if ascii_part and len(ascii_part) <= max_length and ascii_part.replace("-", " ") == key:
        return ascii_part
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    return f"{ascii_part[: max_length - 11]}-{digest}".strip("-") if ascii_part else digest
