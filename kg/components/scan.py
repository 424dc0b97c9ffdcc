"""Finding the few tokens a rule can start from, without a Python object for every token of the document.

``for token in doc`` builds a new Token object at every step and ``token.lower_`` decodes a string; a rule
that starts from "government", "it" or an ordinal visited a few hundred tokens to find a handful. These
helpers read one attribute column (``Doc.to_array``) and build only the tokens that pass, in document order,
so a loop over them does what the loop over every token did for the tokens it kept.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


def tokens_with(doc: Doc, attr: int, values: Collection[str]) -> list[Token]:
    """The tokens whose ``attr`` (``spacy.attrs.LOWER``, ``ORTH``, ``LEMMA``...) is one of ``values``, in order."""
    if not len(doc) or not values:
        return []
    wanted = _ids(frozenset(values))
    return [doc[i] for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]


def tokens_where(doc: Doc, attr: int, accept: Callable[[str], bool]) -> list[Token]:
    """The tokens whose ``attr`` string passes ``accept``, in order; ``accept`` is asked once per distinct value."""
    if not len(doc):
        return []
    values, positions = numpy.unique(doc.to_array(attr), return_inverse=True)
    strings = doc.vocab.strings
    kept = numpy.array([accept(strings[value]) for value in values.tolist()], dtype=bool)
    return [doc[i] for i in numpy.flatnonzero(kept[positions]).tolist()]


@lru_cache(maxsize=64)
def _ids(values: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``values`` (hashes of the strings, the same in every vocabulary)."""
    return frozenset(get_string_id(value) for value in values)
