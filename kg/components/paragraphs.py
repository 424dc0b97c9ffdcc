"""``kg_paragraphs``: a line break always ends a sentence.

Headlines, captions and list items carry no final full stop, so the parser glues them to the
next sentence ("...third Sunderland gigafactory Electric battery firm AESC has confirmed..."),
which mixes the headline's "hoping" into the next sentence's facts. Runs before the parser,
which keeps boundaries set in advance.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from kg.components.attributes import document_text, register_extensions

LINE_BREAK = re.compile(r"\n")


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> "ParagraphBreaker":
    register_extensions()
    return ParagraphBreaker()


class ParagraphBreaker:
    def __call__(self, doc: Doc) -> Doc:
        # From the line breaks in the text to their tokens, rather than a Python object for every token.
        starts = doc.to_array(IDX).tolist()
        for match in LINE_BREAK.finditer(document_text(doc)):
            following = bisect_right(starts, match.start())  # the token after the one holding the break
            if following < len(doc):
                doc[following].is_sent_start = True
        return doc
