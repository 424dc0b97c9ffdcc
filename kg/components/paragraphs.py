"""``kg_paragraphs``: a line break always ends a sentence.

Headlines, captions and list items carry no final full stop, so the parser glues them to the
next sentence ("...third Sunderland gigafactory Electric battery firm AESC has confirmed..."),
which mixes the headline's "hoping" into the next sentence's facts. Runs before the parser,
which keeps boundaries set in advance.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> "ParagraphBreaker":
    return ParagraphBreaker()


class ParagraphBreaker:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
        return doc
