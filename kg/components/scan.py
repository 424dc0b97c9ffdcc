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
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.normalize import clean_name

#: Token attributes the tokenizer and the model set before the kg components run and that no kg component
#: changes once they are read: their columns are read once per Doc (rules ask for them sentence by sentence).
#: ``kg_syntax``, the first component after the model, may rehang a word (DEP); it reads no cached column, so every
#: later read sees its repair.
STABLE = frozenset({ORTH, LOWER, LEMMA, POS, TAG, DEP})
#: The Doc whose stable columns were read last, and those columns (one tuple, replaced whole, for threads).
_last_columns: tuple[Doc | None, dict[int, list[int]]] = (None, {})


def tokens_with(tokens: Doc | Span, attr: int, values: Collection[str]) -> list[Token]:
    """The tokens of ``tokens`` (a Doc, or a Span such as a sentence) whose ``attr`` (``spacy.attrs.LOWER``,
    ``ORTH``, ``LEMMA``, ``POS``, ``DEP``...) is one of ``values``, in order."""
    doc, start, end = (tokens.doc, tokens.start, tokens.end) if isinstance(tokens, Span) else (tokens, 0, len(tokens))
    if start == end or not values:
        return []
    wanted = _ids(frozenset(values))
    column = _column(doc, attr)
    return [doc[i] for i in range(start, end) if column[i] in wanted]


def tokens_where(doc: Doc, attr: int, accept: Callable[[str], bool]) -> list[Token]:
    """The tokens whose ``attr`` string passes ``accept``, in order; ``accept`` is asked once per distinct value."""
    if not len(doc):
        return []
    values, positions = numpy.unique(doc.to_array(attr), return_inverse=True)
    strings = doc.vocab.strings
    kept = numpy.array([accept(strings[value]) for value in values.tolist()], dtype=bool)
    return [doc[i] for i in numpy.flatnonzero(kept[positions]).tolist()]


def whole_entity(token: Token) -> str:
    """The entity the token is part of: walk out along its IOB tags instead of building every entity span."""
    doc = token.doc
    if not token.ent_type_:
        return clean_name(token.text)
    start, end = entity_start(token), token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return clean_name(doc[start:end].text)


def entity_start(token: Token) -> int:
    """Where the entity the token is part of begins."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _column(doc: Doc, attr: int) -> list[int]:
    """``doc.to_array(attr)`` as a list; read once per Doc for the :data:`STABLE` attributes."""
    global _last_columns
    last_doc, columns = _last_columns
    if last_doc is not doc:
        columns = {}
        _last_columns = (doc, columns)
    column = columns.get(attr)
    if column is None:
        column = doc.to_array(attr).tolist()
        if attr in STABLE:
            columns[attr] = column
    return column


@lru_cache(maxsize=64)
def _ids(values: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``values`` (hashes of the strings, the same in every vocabulary)."""
    return frozenset(get_string_id(value) for value in values)
