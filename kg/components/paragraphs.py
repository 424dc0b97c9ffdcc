"""``kg_paragraphs``: a line break always ends a sentence, and so does a dateline.

Headlines, captions and list items carry no final full stop, so the parser glues them to the
next sentence ("...third Sunderland gigafactory Electric battery firm AESC has confirmed..."),
which mixes the headline's "hoping" into the next sentence's facts; and it makes a dateline's city
the subject of the lede ("PERTH, March 4 - Tarrabool Resources Ltd has approved"). Runs before the
parser, which keeps boundaries set in advance.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.components.attributes import document_text, register_extensions
from kg.components.clutter import dateline
from kg.components.scan import tokens_with

LINE_BREAK = re.compile(r"\n")


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> "ParagraphBreaker":
    register_extensions()
    return ParagraphBreaker()


class ParagraphBreaker:
    def __call__(self, doc: Doc) -> Doc:
        # From the line breaks in the text to their tokens, rather than a Python object for every token.
        starts = doc.to_array(IDX).tolist()
        text = document_text(doc)
        breaks = [match.start() for match in LINE_BREAK.finditer(text)]
        if (opening := dateline(text)) is not None:
            breaks.append(opening.end() - 1)  # the body starts after "PERTH, March 4 -"
        for position in breaks:
            following = bisect_right(starts, position)  # the token after the one holding the break
            if following < len(doc):
                doc[following].is_sent_start = True
                if following + 1 < len(doc) and doc[following + 1].is_lower and doc[following + 1].is_alpha:
                    doc[following + 1].is_sent_start = False  # "Chief executive Ingrid Solbakk" under a live entry's
                    # "12:10 CET": the parser, made to start a sentence there, would start another at "executive"
        for form in tokens_with(doc, ORTH, LEGAL_FORMS_WITH_STOP):
            if form.text in LEGAL_FORMS_WITH_STOP and form.i < len(doc) - 1 and form.nbor().is_lower and form.nbor().is_alpha \
                    and not form.nbor().is_sent_start:
                form.nbor().is_sent_start = False  # "signed with Delikatesy Mazur S.A. the agreement of lease": the
                # form's full stop ends no sentence before a word in lower case
            elif form.text in LEGAL_FORMS_WITH_STOP and form.i < len(doc) - 2 and _opens_a_clause(form.nbor()):
                form.nbor().is_sent_start = True  # "... held by Magat Resources Inc. Tasman said it expected": the form's
                # full stop ends the sentence before a name that is the next one's subject
        for verb in tokens_with(doc, LOWER, ("called", "named")):
            for word in _name_given(doc, verb.i)[1:]:
                word.is_sent_start = False  # "a joint venture to be called VE Tekstil, 51% held by": no sentence starts
                # inside the name, where the parser would start one at "Tekstil"
        return doc


def _name_given(doc: Doc, verb: int) -> list[Token]:
    """The capitalised words right after 'called' or 'named': a name given, which the parser may break in two."""
    words = []
    for word in doc[verb + 1 : min(len(doc), verb + 6)]:
        if not (word.is_title or word.is_upper and word.is_alpha and len(word) > 1):
            break
        words.append(word)
    return words


#: Legal forms written with a full stop, which the parser may take for a sentence's end.
LEGAL_FORMS_WITH_STOP = {"S.A.", "Inc.", "Co.", "Ltd.", "Corp.", "N.V.", "B.V.", "S.p.A.", "A.Ş.", "S.L.", "a.s.", "s.r.o.", "K.K.",
                         "Bhd.", "o.o.", "Pte.", "Tbk.", "Plc.", "AG.", "S.A.S.", "C.V.", "Ltda.", "S.A.C.", "S.A.A.", "E.I.R.L.", "W.L.L.", "E.S.P."}


def _opens_a_clause(word: Token) -> bool:
    """A capitalised name right before a verb in the past or present tense ('Tasman said'), which no legal form runs into."""
    return word.is_title and word.is_alpha and word.nbor().tag_ in ("VBD", "VBZ") and word.text not in LEGAL_WORDS_AFTER_A_FORM


#: Words that go on a company's name after a legal form with a full stop ('Samsung Electronics Co. Ltd').
LEGAL_WORDS_AFTER_A_FORM = {"Ltd", "Limited", "Inc", "Corp", "Co", "LLC", "Plc", "SA", "AG", "GmbH", "Bhd"}
