"""Labelled fields: the rows of a pasted project tracker and the 'Key facts' lines of a fact sheet, read by their labels.

Analysts paste trackers as tables ('| Company | Project | Location | Capex | Status |') and project pages list
'Operator: X' and 'Location: Y'. The parser reads neither as prose: a row parses as one run of nouns ('Planned - FID'
became a company, 'Cathode' a town), and a label with its value as a fragment with no verb to hang a fact on. The labels
say what each value is, so this module finds them in the text and gives each value its role; the entity, facility and
relation stages turn a record into names, a plant, its investment and its partners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.normalize import has_legal_form, without_legal_form

#: What a column header or a fact sheet's label says its values are.
LABEL_ROLES = {
    **dict.fromkeys(("operator", "operated by", "developer", "company", "sponsor", "project company", "applicant", "proponent",
                     "promoter", "builder", "investor", "owner/operator", "developer/operator", "operating company"), "operator"),
    **dict.fromkeys(("owner", "owners", "owner(s)", "ownership", "shareholders", "shareholder(s)", "parent", "parent company"), "owner"),
    **dict.fromkeys(("partner", "partners", "partner(s)", "jv partner", "jv partners", "joint venture partner", "joint venture partners"),
                    "partner"),
    **dict.fromkeys(("project", "plant", "facility", "asset", "project name", "plant name", "facility name", "site name"), "project"),
    **dict.fromkeys(("location", "site", "city", "town", "municipality", "address"), "location"),
    **dict.fromkeys(("region", "state", "province", "county", "district"), "region"),
    **dict.fromkeys(("country",), "country"),
    **dict.fromkeys(("capex", "investment", "total investment", "investment value", "cost", "project cost", "estimated cost",
                     "capital cost", "total cost", "total capex", "estimated investment", "budget", "construction cost", "project value"), "cost"),
    **dict.fromkeys(("status", "stage", "project status", "current status"), "status"),
}
#: Roles whose values name organisations.
NAME_ROLES = frozenset({"operator", "owner", "partner"})
#: Where a project stands, from the most specific role to the broadest.
PLACE_ROLES = ("location", "region", "country")
#: What a tracker writes in a cell it cannot fill yet.
PLACEHOLDER = re.compile(r"^(?:tbc|tbd|tba|n/?a|na|unknown|undisclosed|not disclosed|various|none|yes|no|-+|–|—|\?)$", re.IGNORECASE)
#: A tracker's stage of a project, in the words the pipeline's plant statuses use; the first that matches wins. A paused
#: build has been started: it keeps the stage it reached.
STAGES = [
    ("cancelled", re.compile(r"\b(?:cancel+ed|scrapped|shelved|abandoned|terminated|withdrawn)\b", re.IGNORECASE)),
    ("operating", re.compile(r"\b(?:operating|operational|in operation|running|commissioned|producing|in production)\b", re.IGNORECASE)),
    ("under construction", re.compile(r"\b(?:under construction|construction|building|ramp[- ]up|paused|on hold|suspended)\b", re.IGNORECASE)),
    ("proposed", re.compile(r"\b(?:proposed|study|feasibility|pre-fid|exploring|considered|under review|tbc|rumou?red)\b", re.IGNORECASE)),
    ("planned", re.compile(r"\b(?:planned|fid|approved|permitted|announced|committed)\b", re.IGNORECASE)),
]

#: A table's line: cells between pipes (Markdown, a text export) or between tabs (cells copied out of a spreadsheet).
_TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]*\t[^\n]*$", re.MULTILINE)
_RULE_CELL = re.compile(r"^[ \t]*:?-{2,}:?[ \t]*$")
#: 'Developer and operator: Andesgrid Data Centers SpA', '- Location: Lampa, Chile', '• Total investment: US$1.3 billion'.
_FACT_LINE = re.compile(r"^[ \t]*(?:[-•*▪·][ \t]+)?(?P<label>[A-Z][A-Za-z()/& -]{1,40}?)[ \t]*:[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.MULTILINE)
#: What parts a value's names: slashes, semicolons, commas, 'and', and a share or a note in brackets ('(60%)').
_NAME_SEPARATOR = re.compile(r"\s*(?:[/;,+]|\band\b|\([^)]*\)\s*)\s*")
#: A name as a label's value gives it: capitalised words and the particles between them, eight at most.
_NAME = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*|of|de|du|des|la|le|del|do|da|di|van|von|der|und|y|e|&)(?: (?:[A-Z0-9][\w&.'’-]*|of|de|du|des|la|le|del|do|da|di|van|von|der|und|y|e|&)){0,7}$")
_VENTURE_WITH = re.compile(r"\b(?:JV|joint venture)\s+(?:w/|with)\s*(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})")
_UNITS = re.compile(r"\s*\([^)]*\)$")  # 'Capex (US$m)', 'Owner(s)' is a label of its own
_UNIT_IN_LABEL = re.compile(r"\((?!s\))([^)]{1,20})\)\s*$")  # not the '(s)' of 'Owner(s)'


#: A procurement notice's buyer and the companies it awards the contract to, by the labels of the notice's lines
#: ('Contracting authority: X', 'Awarded to: Y, Town') or, in the EU's standard form, by the section that an 'Official
#: name:' line stands in ('Section I: Contracting authority', 'Name and address of the contractor').
BUYER_LABEL = re.compile(r"contracting (?:authority|entity)|awarding authority|procuring entity|buyer|purchaser", re.IGNORECASE)
CONTRACTOR_LABEL = re.compile(r"awarded to|contractor|successful (?:tenderer|bidder)|winning (?:tenderer|bidder)", re.IGNORECASE)
#: The term a notice calls its buyer by in its prose ('The Contracting Authority will build a two-bay hangar').
BUYER_TERM = re.compile(r"Contracting (?:Authority|Entity)")
_LABELLED_LINE = re.compile(r"^[ \t]*(?:[IVX\d][IVX\d.]*\)[ \t]+)?(?P<label>[A-Za-z][A-Za-z ()/-]{1,60}?)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
_NAMED_BY = re.compile(r"(?:(?:official )?name (?:and address )?of (?:the )?)?(?P<role>[\w ]+)", re.IGNORECASE)
_LOT = re.compile(r"[ \t]*Lot\b", re.IGNORECASE)  # matched at a line's start


@dataclass(frozen=True)
class Field:
    role: str
    start: int  # the value's characters in the document text
    end: int
    unit: str | None = None  # what a column's header says its figures are in: 'US$m' of 'Capex (US$m)'


@dataclass(frozen=True)
class Record:
    """One project's fields: a table row (each row a project of its own) or a block of fact lines (the document's project)."""

    start: int
    end: int
    fields: tuple[Field, ...]
    row: bool

    def get(self, role: str) -> Field | None:
        return next((f for f in self.fields if f.role == role), None)

    def place(self) -> Field | None:
        """The most specific place the record gives: the town before the region, the region before the country."""
        return next((f for role in PLACE_ROLES if (f := self.get(role)) is not None), None)


@dataclass(frozen=True)
class Award:
    """A contract a notice awards: who buys, and the company or the group of companies it is awarded to."""

    buyer: tuple[int, int] | None  # characters of the buyer's name
    contractors: tuple[tuple[int, int], ...]
    start: int  # characters of the award's first contractor line, its evidence
    end: int


@lru_cache(maxsize=4)
def awards(text: str) -> tuple[Award, ...]:
    """The contracts a procurement notice awards, one per lot; none in a text with no buyer or no contractor line."""
    if not BUYER_LABEL.search(text) or not CONTRACTOR_LABEL.search(text):
        return ()  # most stories: no line-by-line reading
    found: list[Award] = []
    buyer: tuple[int, int] | None = None
    section = None  # whose 'Official name:' lines the current section gives
    for line in re.finditer(r"[^\n]+", text):
        labelled = _LABELLED_LINE.fullmatch(line.group())
        label = labelled["label"] if labelled else line.group()
        value = labelled.span("value") if labelled and labelled["value"] else None
        name = _first_name(text, line.start() + value[0], line.start() + value[1]) if value else None
        if _LOT.match(line.group()) and found and found[-1].contractors:
            found.append(Award(buyer, (), line.start(), line.end()))  # a new lot: its own contract
        named = _NAMED_BY.fullmatch(label.strip()) if name else None  # 'Awarded to: X'; not 'The contractor is an SME: no'
        if BUYER_LABEL.fullmatch(named["role"] if named else "") or not name and BUYER_LABEL.search(line.group()):
            section = "buyer"  # 'Section I: Contracting authority'
            buyer = name or buyer
        elif CONTRACTOR_LABEL.fullmatch(named["role"] if named else "") or not name and CONTRACTOR_LABEL.search(line.group()):
            section = "contractor"  # 'V.2.3) Name and address of the contractor'
            if name is not None:
                _award_to(found, buyer, name, line, new=True)
        elif labelled and labelled["label"].lower() == "official name" and name is not None:
            if section == "buyer":
                buyer = name
            elif section == "contractor":
                _award_to(found, buyer, name, line, new=False)
    return tuple(a for a in found if a.contractors and a.buyer)


def _award_to(found: list[Award], buyer: tuple[int, int] | None, name: tuple[int, int], line: re.Match, new: bool) -> None:
    """'Awarded to: X' starts a contract of its own unless its lot has none yet; 'Official name: Y' after 'Official name:
    X' in the contractor's section is a group of companies awarded one contract."""
    last = found[-1] if found else None
    if last is not None and (not last.contractors or not new):
        found[-1] = Award(last.buyer or buyer, (*last.contractors, name), last.start if last.contractors else line.start(),
                          line.end())
    else:
        found.append(Award(buyer, (name,), line.start(), line.end()))


def _first_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """'Beskydstav Industrial s.r.o., Frýdek-Místek': the company, not the town written beside it."""
    names = names_in(text, Field("contractor", start, end))
    return names[0] if names and names[0][0] == start and names[0][1] - start > 1 else None  # not a phrase: 'A consortium of X


def role_of(label: str) -> str | None:
    """The role a label gives its values; 'Developer and operator' is an operator, 'Capex (US$ m)' a cost."""
    label = " ".join(label.lower().split()).rstrip(":")
    if label in LABEL_ROLES:
        return LABEL_ROLES[label]
    label = _UNITS.sub("", label)
    roles = {LABEL_ROLES.get(part.strip()) for part in re.split(r" and | & |/", label)}
    return roles.pop() if len(roles) == 1 else None


@lru_cache(maxsize=4)
def records(text: str) -> tuple[Record, ...]:
    """The records of a document, in order; read once per text, though every stage asks."""
    return tuple(sorted(_table_rows(text) + _fact_blocks(text), key=lambda r: r.start))


def record_at(found: tuple[Record, ...], char: int, rows_only: bool = False) -> Record | None:
    return next((r for r in found if r.start <= char < r.end and (r.row or not rows_only)), None)


def field_at(found: tuple[Record, ...], char: int) -> Field | None:
    record = record_at(found, char)
    return next((f for f in record.fields if f.start <= char < f.end), None) if record else None


def value_text(text: str, field: Field) -> str:
    return text[field.start : field.end]


def place_name(text: str, field: Field) -> str | None:
    """The place a location cell names first: 'Debrecen, Hungary' is Debrecen, 'TBC (Poland)' Poland, 'near Gdańsk' Gdańsk."""
    for part in re.split(r"[,;()/]", value_text(text, field)):
        words = part.split()
        while words and words[0].islower():
            words = words[1:]
        name = " ".join(words)
        if name and not PLACEHOLDER.match(name) and not name[0].isdigit():
            return name
    return None


def names_in(text: str, field: Field) -> list[tuple[int, int]]:
    """The characters of each name a value lists: 'Orsalis Energy (60%) / Kanto Metalworks (40%)' two, 'Voldane Cells,
    Kft.' one; a part that reads as a phrase ('owned 60% by Solvanta') names no one by its label."""
    spans: list[tuple[int, int]] = []
    cuts = [field.start, *(i for m in _NAME_SEPARATOR.finditer(text, field.start, field.end) for i in m.span()), field.end]
    for start, end in zip(cuts[::2], cuts[1::2]):
        name = text[start:end]
        if spans and " " not in name and has_legal_form(f"X {name}"):  # a legal form on its own: the name before it goes on
            spans[-1] = (spans[-1][0], end)  # 'Helixa Battery, Inc.'
        elif _NAME.match(without_legal_form(name)) and not PLACEHOLDER.match(name):
            spans.append((start, end))
    return spans


def ventures_in(text: str, record: Record) -> list[tuple[int, int]]:
    """'Cathode plant, JV w/ Kanto Metalworks': the partner a row names in passing, in any of its cells."""
    return [m.span("name") for f in record.fields for m in _VENTURE_WITH.finditer(text, f.start, f.end)]


def stage(text: str, field: Field | None) -> str | None:
    if field is None:
        return None
    value = value_text(text, field)
    return next((name for name, pattern in STAGES if pattern.search(value)), None)


def _table_rows(text: str) -> list[Record]:
    """A table's data rows, when its header names the company and where or what the project is."""
    rows: list[Record] = []
    lines = [m for m in _TABLE_LINE.finditer(text)]
    for table in _consecutive(lines, text):
        labels = [text[s:e].strip() for s, e in _cells(table[0])]
        header = [role_of(label) for label in labels]
        if not {"operator", "owner"} & set(header) or not {"project", *PLACE_ROLES} & set(header):
            continue  # a table of figures or of people, not of projects
        units = [unit[1] if (unit := _UNIT_IN_LABEL.search(label)) else None for label in labels]
        for line in table[1:]:
            cells = _cells(line)
            if all(_RULE_CELL.match(text[s:e]) for s, e in cells):
                continue
            fields = tuple(Field(role, *_stripped(text, s, e), unit) for role, unit, (s, e) in zip(header, units, cells)
                           if role and text[s:e].strip() and not PLACEHOLDER.match(text[s:e].strip()))
            rows.append(Record(line.start(), line.end(), fields, True))
    return rows


def _consecutive(lines: list[re.Match], text: str) -> list[list[re.Match]]:
    groups: list[list[re.Match]] = []
    for line in lines:
        if groups and text[groups[-1][-1].end() : line.start()] == "\n":
            groups[-1].append(line)
        else:
            groups.append([line])
    return [g for g in groups if len(g) >= 2]


def _cells(line: re.Match) -> list[tuple[int, int]]:
    """The characters of each cell between the row's pipes, or between its tabs."""
    start, row = line.start(), line.group()
    if row.lstrip().startswith("|"):
        bars = [start + i for i, c in enumerate(row) if c == "|"]
        return list(zip((b + 1 for b in bars), bars[1:]))
    tabs = [start - 1, *(start + i for i, c in enumerate(row) if c == "\t"), line.end()]
    return list(zip((t + 1 for t in tabs), tabs[1:]))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    value = text[start:end]
    return start + len(value) - len(value.lstrip()), end - len(value) + len(value.rstrip())


def _fact_blocks(text: str) -> list[Record]:
    """Runs of 'Label: value' lines with two labels at least that say who runs the project and where or what it is."""
    blocks: list[list[re.Match]] = []
    for match in _FACT_LINE.finditer(text):
        if blocks and not text[blocks[-1][-1].end() : match.start()].strip():
            blocks[-1].append(match)
        else:
            blocks.append([match])
    found = []
    for block in blocks:
        fields = tuple(Field(role, *match.span("value")) for match in block if (role := role_of(match["label"]))
                       and not PLACEHOLDER.match(match["value"]))
        roles = {f.role for f in fields}
        if len(fields) >= 2 and {"operator", "owner"} & roles and {"project", "cost", *PLACE_ROLES} & roles:
            found.append(Record(block[0].start(), block[-1].end(), fields, False))
    return found
