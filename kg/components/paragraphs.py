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

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

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
        for scale in tokens_with(doc, ORTH, SCALES_WITH_STOP):
            if scale.text in SCALES_WITH_STOP and 0 < scale.i < len(doc) - 1 and scale.nbor(-1).like_num and scale.nbor().is_title:
                scale.nbor().is_sent_start = True  # "a capital increase of €150m. Groupe Vautrin said": the amount ends it
        for form in tokens_with(doc, ORTH, LEGAL_FORMS_WITH_STOP):
            if form.text in LEGAL_FORMS_WITH_STOP and form.i < len(doc) - 1 and form.nbor().is_lower and form.nbor().is_alpha \
                    and not form.nbor().is_sent_start:
                form.nbor().is_sent_start = False  # "signed with Delikatesy Mazur S.A. the agreement of lease": the
                # form's full stop ends no sentence before a word in lower case
        return doc


#: Scales the tokenizer keeps with a full stop as if abbreviated ("€150m.", "$2bn."), hiding a sentence's end.
SCALES_WITH_STOP = {"m.", "bn.", "mn.", "tn.", "trn.", "k.", "mln.", "bln."}
#: Legal forms written with a full stop, which the parser may take for a sentence's end.
LEGAL_FORMS_WITH_STOP = {"S.A.", "Inc.", "Co.", "Ltd.", "Corp.", "N.V.", "B.V.", "S.p.A.", "A.Ş.", "S.L.", "a.s.", "s.r.o.", "K.K.",
                         "Bhd.", "o.o.", "Pte.", "Tbk.", "Plc.", "AG.", "S.A.S.", "C.V.", "Ltda.", "S.A.C.", "S.A.A.", "E.I.R.L.", "W.L.L.", "E.S.P."}
