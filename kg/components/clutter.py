"""``kg_clutter``: marks navigation lines, captions, bylines and photo credits, which are not article facts."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.attributes import CLUTTER, document_text, register_extensions

DEFAULT_PREFIXES = [
    "read more", "read also", "also read", "related", "see also", "recommended", "more on this",
    "sign up", "subscribe", "advertisement", "photo", "photograph", "image", "picture", "pictured",
    "caption", "credit", "copyright", "click here", "follow us", "share this", "watch",
    "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
]


@Language.factory(
    "kg_clutter",
    default_config={"prefixes": DEFAULT_PREFIXES, "byline_max_words": 6},
    assigns=[f"doc._.{CLUTTER}"],
)
def make_clutter(nlp: Language, name: str, prefixes: list[str], byline_max_words: int) -> "ClutterMarker":
    register_extensions()
    return ClutterMarker(prefixes, byline_max_words)


class ClutterMarker:
    def __init__(self, prefixes: list[str], byline_max_words: int) -> None:
        alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        self.prefix_line = re.compile(rf"^\W*(?:{alternatives})\b.*$", re.IGNORECASE | re.MULTILINE)
        self.byline = re.compile(rf"^\s*by\s+(?:\S+\s+){{0,{byline_max_words - 1}}}\S+\s*$", re.IGNORECASE | re.MULTILINE)
        self.credit = re.compile(r"^[^\n.]{1,60}/(?:AFP|Reuters|AP|Getty Images|Bloomberg|PA|EPA|Shutterstock)\s*$", re.MULTILINE)

    def __call__(self, doc: Doc) -> Doc:
        text = document_text(doc)
        ranges = [m.span() for rx in (self.prefix_line, self.byline, self.credit) for m in rx.finditer(text)]
        doc._.set(CLUTTER, sorted(ranges))
        return doc


def in_clutter(doc: Doc, start_char: int) -> bool:
    """Whether a character offset lies on a clutter line."""
    return any(start <= start_char < end for start, end in doc._.get(CLUTTER) or ())
