"""The model's attribute ruler, matched through an index: the same matches, about six times cheaper.

spaCy's ``attribute_ruler`` (in ``en_core_web_sm``: 179 rules that set POS, MORPH and LEMMA from the
tagger's TAG, the word and its dependency) runs a general :class:`spacy.matcher.Matcher`, which tries every
pattern at every token; it took about 15 % of the whole pipeline's time, more than the parser. Its patterns
are all of fixed length (no ``OP``) and test a few token attributes for equality, membership or a regular
expression, so the rules that can match at a token are found from its lower-case form, dependency or TAG,
and only those are checked. The matches are the Matcher's, in its order (rule, then position), and are applied by the
ruler's own ``set_annotations``, so POS, MORPH and LEMMA come out the same (a test compares every token).

A ruler with any pattern this index does not understand is left to its Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Token attributes a pattern may test, read as ``Doc.to_array`` columns (string hashes; IS_SPACE as 0 or 1).
_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")
#: Rows planned before the plans are forgotten (a row is a word with its dependency and TAG; a corpus has many).
_MAX_PLANS = 200_000
#: Attributes a pattern's first token is indexed by (an equality or an IN list on them): the most selective first.
_INDEXED = ("LOWER", "DEP", "TAG", "IS_SPACE")


class IndexedAttributeMatcher:
    """Finds an AttributeRuler's matches: the list ``AttributeRuler.match`` returns, without the Matcher.

    Raises:
        ValueError: a pattern uses an operator or a token attribute the index does not support.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self._build()

    def __reduce__(self):
        # Its predicates are closures: a pickled pipeline carries the ruler, and the index is rebuilt from it
        # at the first call (while unpickling, the ruler this refers to is not restored yet).
        return _unbuilt, (self.ruler,)

    def _build(self) -> None:
        ruler = self.ruler
        self._strings = ruler.vocab.strings
        # Per indexed attribute: value hash -> candidates; plus candidates to try at every token.
        # A candidate is (rule index, match id, pattern length, tests left once the index has matched).
        self._by_value: dict[str, dict[int, list]] = {name: {} for name in _INDEXED}
        self._everywhere: list = []
        # Per distinct row of attributes (a word with its dependency and TAG), what matching it takes (_plan_for):
        # a token's own tests are decided once per row, not at every token.
        self._plans: dict[tuple[int, ...], tuple[list, list]] = {}
        for rule, entry in enumerate(ruler.patterns):
            match_id = self._strings.add(str(rule))
            for pattern in entry["patterns"]:
                self._add(rule, match_id, pattern)

    def _add(self, rule: int, match_id: int, pattern: list[dict]) -> None:
        if not pattern:
            raise ValueError("an empty pattern is not supported")
        indexed = next((name for name in _INDEXED if _indexable(pattern[0].get(name))), None)
        tests = tuple((offset, _ATTRIBUTES.index(name) if name in _ATTRIBUTES else _unsupported(name), self._predicate(value))
                      for offset, spec in enumerate(pattern) for name, value in spec.items()
                      if not (offset == 0 and name == indexed))
        candidate = (rule, match_id, len(pattern), tests)
        if indexed is None:
            self._everywhere.append(candidate)
            return
        value = pattern[0][indexed]
        for item in value["IN"] if isinstance(value, dict) else [value]:
            key = int(item) if isinstance(item, bool) else self._strings.add(item)
            self._by_value[indexed].setdefault(key, []).append(candidate)

    def _predicate(self, value) -> Callable[[int], bool]:
        strings = self._strings
        if isinstance(value, bool):
            return int(value).__eq__
        if isinstance(value, str):
            return strings.add(value).__eq__
        if isinstance(value, dict) and len(value) == 1:
            (operator, argument), = value.items()
            if operator == "IN":
                return frozenset(strings.add(item) for item in argument).__contains__
            if operator == "NOT_IN":
                refused = frozenset(strings.add(item) for item in argument)
                return lambda actual: actual not in refused
            if operator == "REGEX":
                search = re.compile(argument).search
                return lambda actual: search(strings[actual]) is not None
        raise ValueError(f"pattern value {value!r} is not supported")

    def _plan_for(self, row: tuple[int, ...]) -> tuple[list, list]:
        """What matching a token with this row of attributes takes: the one-token rules that match it (their tests
        read this row alone), and the longer candidates whose first token passes, with their tests of later tokens."""
        candidates = self._everywhere
        for name in _INDEXED:
            found = self._by_value[name].get(row[_ATTRIBUTES.index(name)])
            if found:
                candidates = candidates + found
        single, longer = [], []
        for rule, match_id, length, tests in candidates:
            if not all(test(row[column]) for offset, column, test in tests if offset == 0):
                continue
            if length == 1:
                single.append((rule, match_id))
            else:
                longer.append((rule, match_id, length, tuple(t for t in tests if t[0] > 0)))
        return single, longer

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        """``(rule index, match id, start, end)`` for every match, sorted as ``AttributeRuler.match`` sorts them."""
        from spacy.attrs import IDS

        if self._by_value is None:
            self._build()
        rows = doc.to_array([IDS[name] for name in _ATTRIBUTES]).tolist() if len(doc) else []
        size = len(rows)
        matches = set()
        plans = self._plans
        for start, row in enumerate(rows):
            key = tuple(row)
            plan = plans.get(key)
            if plan is None:
                if len(plans) >= _MAX_PLANS:
                    plans.clear()
                plan = plans[key] = self._plan_for(key)
            single, longer = plan
            for rule, match_id in single:
                matches.add((rule, match_id, start, start + 1))
            for rule, match_id, length, tests in longer:
                end = start + length
                if end <= size and all(test(rows[start + offset][column]) for offset, column, test in tests):
                    matches.add((rule, match_id, start, end))
        return sorted(matches)


def _unbuilt(ruler) -> IndexedAttributeMatcher:
    matcher = IndexedAttributeMatcher.__new__(IndexedAttributeMatcher)
    matcher.ruler, matcher._by_value = ruler, None
    return matcher


def _indexable(value) -> bool:
    return isinstance(value, (str, bool)) or (isinstance(value, dict) and set(value) == {"IN"} and bool(value["IN"]))


def _unsupported(name: str):
    raise ValueError(f"token attribute {name!r} is not supported")


def index_attribute_ruler(nlp) -> bool:
    """Give the pipeline's ``attribute_ruler`` an :class:`IndexedAttributeMatcher`; False when it has none or
    uses patterns the index does not support (it then keeps its Matcher)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedAttributeMatcher(ruler)
    except (ValueError, KeyError, TypeError):
        return False
    return True
