"""``kg_syntax``: mends the small model's parse where every later stage would read it wrong.

A sentence that ends in an abbreviated name ("... a design contract to engineering firm Tessaro Engineering Pty
Ltd.") hides its full stop in the abbreviation. The parser then takes the name's last word for the sentence's final
punctuation and hangs it on the verb, so the preposition before the name is left without an object and the deal,
the plant or the money the sentence gives that organisation is lost. Runs right after the model, before any
component reads the dependencies. It also gives the nouns of a company formed for one project ('an SPV', 'the special
purpose vehicle') the lemma 'venture', so that every later stage reads them as it reads 'the joint venture', and
makes a noun again of a 'can plant' that the parser read as a modal and its verb.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.components.gazetteer import BEARINGS
from kg.components.organizations import verb_of
from kg.components.scan import tokens_where


@Language.factory("kg_syntax", assigns=["token.dep", "token.head", "token.lemma", "token.pos", "token.tag"], requires=["token.dep"])
def make_syntax(nlp: Language, name: str) -> "SyntaxMender":
    return SyntaxMender()


class SyntaxMender:
    def __call__(self, doc: Doc) -> Doc:
        for token in tokens_where(doc, ORTH, _abbreviated):
            if _name_taken_for_a_full_stop(token):
                _attach_to_what_lacks_it(token)
        for sentence in [s for s in doc.sents if _an_amount_cut_off(s)]:
            word = doc[sentence.start - 1]
            sentence.root.head, sentence.root.dep_ = word, "pobj" if word.pos_ == "ADP" else "dobj"
        for word in [s[0] for s in doc.sents if _a_name_s_first_word_cut_off(s)]:
            word.head, word.dep_ = word.nbor(), "amod" if word.pos_ == "ADJ" else "compound"
        for clause in [t for t in doc if t.dep_ == "relcl" and t.head.dep_ == "appos"]:
            _phrases_after_the_aside_to_the_main_verb(clause)
        for word in tokens_where(doc, ORTH, lambda text: text == "contract"):
            if _contract_taken_for_a_verb(word):
                _read_as_a_recipient(word)
        for name in [e for e in doc.ents if e.label_ == "ORG" and _name_taken_for_a_verb(e[0])]:
            _name_read_as_a_recipient(name)
        for bearing in tokens_where(doc, LOWER, lambda text: text in BEARINGS):
            if _a_noun_taken_for_a_bearing_s_compound(bearing):
                _bearing_to_its_noun(bearing)
        for can in tokens_where(doc, LOWER, lambda text: text == "can"):
            if _a_can_plant_taken_for_a_modal(can):
                _can_plant_to_a_noun(can)
        for clause in [t for t in doc if _a_price_after_a_participle(t)]:
            for prep in [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for"]:
                prep.head = clause.head.head  # "to buy the plant run by Hinode for ¥4.8 billion": the price of the purchase
        for vehicle in tokens_where(doc, LOWER, lambda text: text in VEHICLE_WORDS):
            if _a_project_vehicle(vehicle):
                vehicle.lemma_ = "venture"
        return doc


#: Words for a company two partners form to carry one project: 'an SPV', 'the special purpose vehicle'.
VEHICLE_WORDS = {"spv", "spvs", "vehicle", "vehicles"}
#: What makes a vehicle a company ('a project vehicle'), not a car or a bus.
VEHICLE_PURPOSES = {"purpose", "special-purpose", "project"}


def _a_project_vehicle(word: Token) -> bool:
    """'A and B have formed an SPV', 'The special purpose vehicle will build the plant': a company formed for one
    project is a venture to every later stage (its partners, its plant, 'the SPV' that names it again)."""
    return word.lower_ in ("spv", "spvs") or any(c.lower_ in VEHICLE_PURPOSES for c in word.lefts if c.dep_ in ("compound", "amod"))


def _an_amount_cut_off(sentence: Span) -> bool:
    """'... has agreed to lend' | '£95m.': the parser sometimes ends a sentence on the verb or preposition before an
    amount, on the same line; the amount is that word's object."""
    if sentence.start == 0:
        return False
    first, word = sentence[0], sentence.doc[sentence.start - 1]
    return (first.is_currency or first.like_num) and word.is_lower and word.is_alpha and "\n" not in word.whitespace_ \
        and word.pos_ in ("VERB", "ADP") and len(sentence) <= 6


def _a_name_s_first_word_cut_off(sentence: Span) -> bool:
    """'PERTH - Umoya' | 'Renewables (Pty) Ltd has reached financial close', 'South' | 'Korean battery maker X will':
    after a dateline the parser sometimes ends a sentence on a name's first word; the name goes on, on the same line."""
    doc = sentence.doc
    return len(sentence) == 1 and sentence.end < len(doc) and sentence[0].is_title and sentence[0].pos_ in ("PROPN", "ADJ") \
        and "\n" not in sentence[0].whitespace_ and doc[sentence.end].is_title


def _phrases_after_the_aside_to_the_main_verb(clause: Token) -> None:
    """'agreed to sell Corvale Saxony GmbH, the unit that owns and runs the fab, to Shenqiao for 310 million euros':
    the parser hangs 'to Shenqiao' and 'for 310 million euros' on the relative clause inside the apposition; after
    the comma that closes the apposition they belong to the verb the apposition's noun depends on."""
    phrases = sorted((c for v in (clause, *clause.conjuncts) for c in v.children if c.dep_ == "prep" and c.i > clause.i),
                     key=lambda c: c.i)
    first = next((c for c in phrases if c.nbor(-1).text == ","), None)
    if first is None:
        return
    after = [c for c in phrases if c.i >= first.i]
    main = verb_of(clause.head.head)
    if main.pos_ in ("VERB", "AUX"):
        for phrase in after:
            phrase.head = main


#: Nouns that 'contract' describes as a trade ('contract manufacturer Belvarre', 'contract chipmaker TSMC').
CONTRACTED_TRADES = {"manufacturer", "maker", "chipmaker", "producer", "packager", "developer", "researcher", "miner",
                     "driller", "research", "manufacturing", "logistics"}


def _contract_taken_for_a_verb(word: Token) -> bool:
    """'the sale of the plant to contract manufacturer Belvarre for $86 million': the parser reads 'to contract' as
    an infinitive whose object is the manufacturer."""
    return word.pos_ == "VERB" and word.i > 0 and word.nbor(-1).lower_ == "to" and word.nbor(-1).head.i == word.i \
        and word.i + 1 < len(word.doc) and word.nbor().lower_ in CONTRACTED_TRADES


def _read_as_a_recipient(word: Token) -> None:
    """'to' becomes a preposition on what 'contract' hung on, the name its object, and the rest of the verb's
    phrases go back to that word."""
    to, trade, host = word.nbor(-1), word.nbor(), word.head
    name = next((c for c in word.children if c.dep_ == "dobj" and c.i > trade.i), trade)
    for phrase in [c for c in word.children if c.dep_ == "prep"]:
        phrase.head = host
    to.head, to.dep_, to.pos_ = host, "prep", "ADP"
    if name is not trade:
        trade.head, trade.dep_ = name, "compound"
    name.head, name.dep_ = to, "pobj"
    word.head, word.dep_, word.pos_ = trade, "compound", "NOUN"


def _name_taken_for_a_verb(word: Token) -> bool:
    """'has allotted 72 acres at its Cheyyar industrial park to Veltrix Footwear India Pvt Ltd': the parser reads 'to
    Veltrix' as an infinitive, the rest of the name its object, so the allotment has no recipient."""
    return word.pos_ == "VERB" and word.is_title and word.dep_ != "ROOT" and word.i > 0 and word.nbor(-1).lower_ == "to" \
        and word.nbor(-1).head.i == word.i


def _name_read_as_a_recipient(name: Span) -> None:
    """'to' becomes a preposition on what the name's first word hung on, the name its object (its first word a compound
    on the word the parser made its object), and the phrases after the name go back to that word."""
    word = name[0]
    to, host = word.nbor(-1), word.head
    root = next((c for c in word.children if c.dep_ == "dobj" and c.i < name.end), word)
    for child in [c for c in word.children if c.i >= name.end]:
        child.head = host
    to.head, to.dep_, to.pos_ = host, "prep", "ADP"
    root.head, root.dep_ = to, "pobj"
    if root is not word:
        word.head, word.dep_ = root, "compound"
    word.pos_ = "PROPN"


def _a_noun_taken_for_a_bearing_s_compound(bearing: Token) -> bool:
    """'will build a battery cell factory north of Tudela': the parser makes 'north' the object, the factory a
    compound on it, so the factory is neither built nor in Tudela."""
    noun = bearing.nbor(-1) if bearing.i else None
    return noun is not None and noun.dep_ == "compound" and noun.head == bearing and noun.pos_ == "NOUN" \
        and bearing.dep_ != "ROOT" and any(c.lower_ == "of" for c in bearing.children)


def _bearing_to_its_noun(bearing: Token) -> None:
    """The noun takes the bearing's place in the sentence; the bearing, with its 'of' phrase, qualifies the noun."""
    noun = bearing.nbor(-1)
    noun.head, noun.dep_ = bearing.head, bearing.dep_
    bearing.head, bearing.dep_ = noun, "advmod"


#: What makes cans, and each word's lemma: 'the aluminium can plant in Kumamoto'.
CAN_WORKS = {"plant": "plant", "plants": "plant", "factory": "factory", "factories": "factory"}


def _a_can_plant_taken_for_a_modal(can: Token) -> bool:
    """'has agreed to buy the aluminium can plant in Kumamoto', 'its second aluminium beverage can plant': the parser
    reads 'can' as a modal and 'plant' as its verb (not 'the company can plant trees', whose verb has an object), so
    the plant is neither bought nor anywhere."""
    works = can.nbor() if can.i + 1 < len(can.doc) else None
    return can.tag_ == "MD" and works is not None and works.lower_ in CAN_WORKS and can.head == works \
        and not any(c.dep_ == "dobj" for c in works.children) and can.i > 0 and can.nbor(-1).pos_ in ("NOUN", "PROPN", "DET", "PRON", "PART", "ADJ")


def _can_plant_to_a_noun(can: Token) -> None:
    """'can' becomes a compound on the plant, which takes the place in the sentence of the noun before it ('the
    aluminium' that the parser made the object) and that noun's determiners; the noun qualifies the plant."""
    works, before = can.nbor(), can.nbor(-1)
    takes_its_place = before.head != works and before.head not in works.subtree
    if before.pos_ in ("NOUN", "PROPN", "ADJ") and (takes_its_place or before.head == works):  # (or, in "its second
        # aluminium beverage can plant", 'beverage' made the verb's subject)
        moved = ("det", "poss", "amod", "nummod", "quantmod") if takes_its_place else ("det", "poss", "amod", "nummod")
        if takes_its_place:
            works.head, works.dep_ = before.head, before.dep_
        for word in [c for c in before.children if c.i < before.i and c.dep_ in moved]:
            word.head = works
        before.head, before.dep_ = works, "compound"
    can.head, can.dep_, can.pos_, can.tag_, can.lemma_ = works, "compound", "NOUN", "NN", "can"
    works.pos_, works.tag_, works.lemma_ = "NOUN", "NNS" if works.lower_.endswith("s") else "NN", CAN_WORKS[works.lower_]


#: Verbs whose object has a price: 'to buy the plant run by Hinode for ¥4.8 billion'.
PRICED_VERBS = {"buy", "acquire", "purchase", "sell"}


def _a_price_after_a_participle(clause: Token) -> bool:
    """'has agreed to buy the can plant in Kumamoto run by Hinode Beverages for ¥4.8 billion': the parser hangs the
    price on the participle that says who runs the plant, so the purchase has no price."""
    return clause.tag_ == "VBN" and clause.dep_ in ("acl", "advcl") and clause.head.dep_ == "dobj" \
        and clause.head.head.lemma_ in PRICED_VERBS and any(c.dep_ == "agent" for c in clause.children) \
        and any(c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ == "MONEY" for g in c.subtree) for c in clause.children)


def _abbreviated(text: str) -> bool:
    return len(text) > 1 and text.endswith(".") and text[0].isupper()


def _name_taken_for_a_full_stop(token: Token) -> bool:
    """'Ltd.' ending its sentence, tagged as punctuation yet heading the rest of a name ('Tessaro Engineering Pty')."""
    return token.dep_ == "punct" and token.i == token.sent.end - 1 and token.left_edge.i < token.i \
        and any(child.dep_ == "compound" for child in token.children)


def _attach_to_what_lacks_it(token: Token) -> None:
    """The name is the object of the word before it: a preposition with no object ('to'), or a verb with none
    ('acquire'); or it is conjoined ('formed by Siam BioPharma Plc and Japan's Kozan Pharmaceutical Co.')."""
    before = token.left_edge.i - 1
    if before < token.sent.start:
        return
    word = token.doc[before]
    if word.dep_ in ("prep", "dative", "agent") and not any(c.dep_ == "pobj" for c in word.children):
        token.head, token.dep_ = word, "pobj"
    elif word.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in word.children):
        token.head, token.dep_ = word, "dobj"
    elif word.dep_ == "cc" and word.head.i < word.i:
        token.head, token.dep_ = word.head, "conj"
