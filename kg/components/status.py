"""Status and modality of a fact from the words around it: announced, planned, in talks, hedged...

Shared by the facility and relation components; cues are matched on lemmas and lower-cased text
within the fact's sentence, and the strongest cue wins (a cancellation beats a plan, talks beat
an announcement, a hedge such as "reportedly" lowers confidence whatever the status).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.components.attributes import span_text

#: "the union began talks with X", "opened negotiations": talks under way, said by their start.
TALKS_BEGUN = r"(?:began|begun|begin|opened|open|started|start|hold|held|holding|entered|resumed|launched) (?:(?:formal|exclusive|preliminary|wage|pay|contract|severance|collective|bargaining) ){0,2}(?:talks|negotiations)"
#: Talks under way, however the story qualifies them ('in talks', 'in close discussions', 'in advanced talks').
IN_TALKS = r"in (?:(?:close|advanced|early|preliminary|exclusive|detailed) )?(?:talks|discussions?)"
#: "no agreement had been reached with Vindhya", "has not yet signed": a deal still being talked about.
NO_DEAL_YET = r"no (?:final |formal |binding )?(?:agreement|deal) (?:has|had|have|was|yet)|(?:has|have|had) not (?:yet )?(?:signed|agreed|reached)|not yet (?:signed|agreed)"
# (status, pattern on the lower-cased sentence); earlier entries win.
CUES: list[tuple[str, re.Pattern[str]]] = [
    ("cancelled", re.compile(r"\b(scrapped|(?:to|will|would|could|may|might|did|and) scrap(?! metal)|scraps (?:its|the|their|a|an|plans?)|cancel+ed|cancels|shelved|shelves|axed|abandoned|pulled out|pulls out|called off|halted|terminated|withdrew|walked away|dropped (its |the |their )?plans?|(was|were|been) dropped)\b")),
    ("in talks", re.compile(r"\b(" + IN_TALKS + r"|talks with|negotiat\w+|talking to|consultations?\b[^.]{0,80}\bwith|" + TALKS_BEGUN + "|"
                            + NO_DEAL_YET + r")\b")),
    ("proposed", re.compile(r"\b(in principle|(?:lodged|submitted|filed)\b[^.]{0,40}\bapplication|applied (?:for|to)|hop(e|es|ing) to|consider(s|ing|ed)?|under consideration|feasibility study|(?:is|are|was|were|been) (?:now |also |still )?reviewing|(?:is|are) known to|under review|potential|possible|could|might|may|explor(e|es|ing)|proposed?|mull(s|ing)?|eye(s|ing)|weigh(s|ing)|in the running|bid to|look(s|ing)? (at|for) (a |possible |potential )?(sites?|locations?)|scout\w*|shortlist\w*)\b")),
    ("agreed", re.compile(r"\b(agreed|agreement|signed|signs|sign|mou|memorandum of understanding|sealed|finali[sz]ed|struck|inked|formed (?:a joint venture|an spv|a special[- ]purpose vehicle|a project vehicle))\b")),
    ("completed", re.compile(r"\b(completed|opened|inaugurated|commissioned|(?:has|have|had) (?:already )?(?:spent|invested))\b")),
    ("announced", re.compile(r"\b(announc\w+|unveil\w*|reveal\w*|launch\w*|pledg\w+|commit\w+|confirm\w*)\b")),
    ("planned", re.compile(r"\b(plans? to|planning|planned|will|set to|intends?|is to|are to|expected to|aims? to|going to)\b")),
]
#: "agreed ..., ending two months of negotiations": talks that are over are not a status of the deal.
ENDED_TALKS = re.compile(r"\b(end(s|ed|ing)?|conclud(e|es|ed|ing)|after|following|complet(e|es|ed|ing))\b[^.,;]{0,40}?\b(talks|negotiations|discussions)\b")
#: "reviving a project it shelved in 2023": a cancellation undone is not the status of the revived fact.
REVIVED = re.compile(r"\b(reviv\w+|restart\w*|resum\w+|dust\w* off)\b[^.;]{0,60}?\b(shelved|scrapped|abandoned|mothballed|halted|cancel+ed|axed)\b")
HEDGES = re.compile(r"\b(reportedly|sources said|according to (?:\w+ ){0,2}(?:people|sources)|according to (?:the )?industry|it is (?:reported|said|understood|known) that|(?:is|are) known to|(?:is|are) said to|people familiar|rumou?r\w*|unconfirmed|speculat\w+)\b")
CONFIDENCE = {"cancelled": 0.8, "in talks": 0.6, "proposed": 0.5, "agreed": 0.85, "completed": 0.85, "announced": 0.8, "planned": 0.7}


def status_of(sentence: Span | str, allowed: tuple[str, ...], default: str = "announced") -> tuple[str, float]:
    """The first cue in CUES order that is one of ``allowed``; returns (status, confidence)."""
    text = (sentence if isinstance(sentence, str) else span_text(sentence)).lower()
    current = REVIVED.sub(" ", ENDED_TALKS.sub(" ", text))
    status = next((name for name, pattern in CUES if name in allowed and pattern.search(current)), default)
    confidence = CONFIDENCE.get(status, 0.7)
    if HEDGES.search(text):
        confidence = min(confidence, 0.4)
    return status, confidence


def is_hedged(sentence: Span | str) -> bool:
    text = (sentence if isinstance(sentence, str) else span_text(sentence)).lower()
    return bool(HEDGES.search(text))
