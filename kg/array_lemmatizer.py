"""The model's rule lemmatizer, run over a Doc's attribute arrays: the same lemmas, several times cheaper.

spaCy's ``Lemmatizer`` visits every token as a Python object, reads its word, POS and morphology, and sets
its lemma one token at a time (about 2 % of the pipeline's time). A rule lemma depends on nothing but the
word, the POS and the morphology (spaCy caches it under exactly that triple), so the triples are read for
the whole Doc at once (``Doc.to_array``), each distinct one is lemmatised once by spaCy's own
``lemmatize``, and the lemmas are written back at once (``Doc.from_array``). A token that already has a
lemma (set by the attribute ruler) keeps it unless the lemmatizer overwrites, as in spaCy's loop; a test
compares every token with spaCy's own lemmatizer.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc


class ArrayLemmatizer(EnglishLemmatizer):
    """An ``EnglishLemmatizer`` in rule mode whose ``__call__`` works on arrays; everything else is spaCy's."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:  # spaCy's loop checks the lookup tables first (and raises its own error)
            return super().__call__(doc)
        lemma_ids: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_ids", {})
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            lemma_id = lemma_ids.get((orth, pos, morph))
            if lemma_id is None:
                lemma_id = lemma_ids[orth, pos, morph] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = lemma_id
        doc.from_array([LEMMA], lemmas)
        return doc


def use_array_lemmatizer(nlp) -> bool:
    """Make the pipeline's ``lemmatizer`` an :class:`ArrayLemmatizer` (its tables, settings and cache kept);
    False, and nothing changed, unless it is spaCy's English lemmatizer in rule mode."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return False
    lemmatizer.__class__ = ArrayLemmatizer
    return True
