"""Transcripts: who speaks each turn of an interview, a panel, a press conference or a hearing.

Broadcasters and committees label each turn at the start of its line ('HOST:', 'MARIA OYELARAN:',
'[12:41] JONAH:', 'Q113 Chair:', 'REPORTER (Reuters):', 'Gareth Lloyd:'). The labels are no names in
the news (the model tags 'HOST' as an organisation), and a speaker's 'we' and 'our' are the company the
speaker was introduced with ('Maria Oyelaran is chief executive of Adunni Mills Plc').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.components.attributes import document_text

_UPPER_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*"
_NAME_WORD = r"[A-Z][\w'’.-]+"
#: The title a call transcript writes after a speaker's name: 'Diego Salinas -- Chief Executive Officer:', 'Tom Haddad --
#: Analyst, Barrowgate Securities:'.
_LABEL_TITLE = r"[ \t]+(?:--|—|–)[ \t]+(?P<title>[A-Z][^:,\n]{1,60}?)"
TURN_LABEL = re.compile(
    rf"^(?:\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*)?(?:Q\d+\s+)?"  # a timestamp, a committee's question number
    rf"(?P<label>(?P<upper>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,3}})|(?P<mixed>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}))"
    rf"(?:\s*\((?P<note>[^()\n]{{1,40}})\)|{_LABEL_TITLE}(?:,[^:\n]{{1,60}})?)?:\s", re.MULTILINE)  # 'REPORTER (Le Matin):', 'ANNA BERG (Nordvolt):'
#: A transcript's speaker label at a line's start: 'Katrin Vogt, Lindenthal Research: Is the delay ...', 'Graham Petrie: We ...',
#: 'Q114 Ewan Crichton: You say ...' (a committee numbers its questions).
SPEAKER_LABEL = re.compile(rf"^(?:Q\d+ )?(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?:{_LABEL_TITLE})?(?:, (?P<firm>{_NAME_WORD}(?: (?:&|{_NAME_WORD})){{0,4}}))?: (?=\S)",
                           re.MULTILINE)
#: Labels that name a part in the conversation, not a person.
ROLE_LABELS = {"host", "presenter", "moderator", "reporter", "anchor", "interviewer", "q", "a", "chair", "chairman", "chairwoman",
               "correspondent", "narrator", "interpreter", "caller", "audience", "audience member", "announcer", "question",
               "answer", "voiceover", "co-host", "panellist", "panelist", "speaker"}


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]  # characters of the whole label, timestamp and colon included
    speaker: str | None  # the name as labelled; None where the label names a part ('HOST', 'Q')
    end: int  # the turn runs to the end of its line
    note: tuple[int, int] | None = None  # characters inside the label's brackets: 'ANNA BERG (Nordvolt):'
    answers: bool = False  # 'A:' in a question-and-answer interview: the interviewee speaks


@lru_cache(maxsize=4)
def turns(text: str) -> tuple[Turn, ...]:
    """The labelled turns of a transcript: two labels at least, since an ordinary story may open one line with a
    name and a colon ('Update: ...'). Read once per text, though every stage asks."""
    found = []
    for match in TURN_LABEL.finditer(text):
        name = match["label"]
        role = name.lower() in ROLE_LABELS
        if match["mixed"] and not role and " " not in name:
            continue  # 'Update:', 'Note:'
        end = text.find("\n", match.end())
        note = match.span("note") if match["note"] else None
        found.append(Turn((match.start(), match.end()), None if role else name, len(text) if end == -1 else end, note,
                          name.lower() in ("a", "answer")))
    return tuple(found) if len(found) >= 2 else ()


def speaker_of(turn: Turn, doc: Doc) -> list[Span]:
    """The person entities a turn's label names: 'MARIA OYELARAN' is 'Maria Oyelaran', 'KOBAYASHI' 'Kobayashi Hiroshi';
    an 'A:' answers for the people the introduction names, before the first question."""
    if turn.answers:
        opening = turns(document_text(doc))[0].label[0]
        return [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= opening]
    words = turn.speaker.casefold().split() if turn.speaker else []
    return [e for e in doc.ents if e.label_ == "PERSON" and words and not turn.label[0] <= e.start_char < turn.label[1]
            and (e.text.casefold().split() == words or len(words) == 1 and words[0] in e.text.casefold().split())]


def floor_end(text: str, k: int) -> int:
    """'Diego Salinas -- Chief Executive Officer: Three things.' and the paragraphs after it ('Second, water. We signed
    ...'): a named speaker holds the floor up to the next label, so 'we' there is still the speaker's company; the
    last turn ends with its line, since a page may go on with its own text after the transcript."""
    labelled = turns(text)
    if k + 1 == len(labelled) or labelled[k].speaker is None:
        return labelled[k].end
    return len(text[: labelled[k + 1].label[0]].rstrip())


def turn_at(text: str, char: int) -> int | None:
    """The index of the turn (label included) a character of the text lies in, if any."""
    return next((k for k, turn in enumerate(turns(text)) if turn.label[0] <= char < turn.end), None)


def asked_not_said(text: str, char: int) -> bool:
    """'REPORTER (Yonhap): There are reports that Veloria Motors will buy the output. Can you confirm?': what a reporter
    or a host asks about is a report relayed, not news the speaker gives."""
    k = turn_at(text, char)
    return k is not None and (turn := turns(text)[k]).speaker is None and "?" in text[turn.label[1] : turn.end]
