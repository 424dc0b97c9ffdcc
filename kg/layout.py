"""Print layout in pasted text: page headers and footers, hard line wraps and words hyphenated across them.

Text copied out of a PDF, an e-mail or a plain-text newswire breaks its lines every 60-100
characters, in the middle of sentences. The pipeline reads a line break as the end of a sentence
(headlines, captions and list items carry no full stop), so a wrapped article reaches the parser in
fragments, and names cut at a line end lose their second half: on the corpus wrapped at 64-90
characters, relations F1 fell from 0.80 to 0.32. Joining the lines of a wrapped paragraph gives the
parser the sentences a reader sees.

A document counts as wrapped only when most of its long lines run on into the next line; articles
that keep one paragraph per line (the usual case) pass through unchanged. Within a wrapped
document a line runs on when the next line's first word would not have fitted on it: that is what a
wrapping program does, so headings, list items and a paragraph's last line, which stop short, keep
their line breaks.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Lines this long or longer are prose or a heading; shorter ones (menus, list items, table cells) say
#: nothing about wrapping.
LONG_LINE = 40
#: A newspaper column scanned from print is 25-40 characters wide: where no line is long, these are the lines to read.
NARROW_COLUMN = 25
#: The most lines that may be long in text set in narrow columns (its headline, a caption, a running header).
NARROW_SHARE = 0.2
#: Wider lines are not wrapped text but paragraphs on one line.
MAX_WRAP_WIDTH = 130
#: How many of the long lines must run on into the next one for the document to count as wrapped;
#: articles with one paragraph per line stay under 0.36 in the corpus, wrapped ones are over 0.8.
WRAPPED_SHARE = 0.5
MIN_WRAPPED_LINES = 3
#: How many of the lines after those must start in lower case: at least 0.29 in the documents pasted out of PDFs in
#: the corpus, and 0.15 in all but one of its 1,125 articles wrapped at 64-90 characters; none in social-media posts.
LOWER_CASE_SHARE = 0.15
#: A proportional font fits more narrow letters on a line than wide ones, so a line copied from a PDF
#: may stop a little short of the width with the next word still too wide to fit.
FULL_LINE = 0.9
#: The glyphs a list item opens with, in PDFs, slides and plain text.
BULLET_GLYPHS = frozenset("•▪◦●■□►‣∙·➢✓*–—-")
_BULLET = re.compile(rf"\s*(?:[{re.escape(''.join(sorted(BULLET_GLYPHS)))}]|\(?\d{{1,2}}[.)]|\(?[a-z][.)])\s")
#: 'Page 2 of 5' (with the document's name beside it), '- 2 -', '14': a page number on a line of its own.
PAGE_NUMBER = re.compile(r"^[ \t]*+(?:(?:[^\n]{0,100}[ \t|·–-])?Page \d+(?: of \d+)?(?:[ \t]*[|·–-][^\n]{0,100})?|[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?)[ \t]*$")
#: 'THE DAILY INDUSTRIAL ■ BHUBANESWAR EDITION ■ 12', '12 | THE DAILY INDUSTRIAL | Tuesday': a printed page's folio, its
#: number at one end of a line of parts with the paper's name in capitals, once per page scanned.
FOLIO = re.compile(r"^[ \t]*+(?=[^\n]*\b[A-Z]{4,}\b)(?:\d{1,3}[ \t]*[|■•·▪][^\n]{3,100}|[^\n]{3,100}[|■•·▪][ \t]*\d{1,3})[ \t]*$")
#: 'Strategic report (continued)': a section's heading repeated at the top of the next page;
#: 'Continued from page 1', 'Continued on Page 4', 'See page 3': a jump line where a print story runs across pages.
CONTINUED = re.compile(r"^[^\n]{0,80}\((?:continued|cont'd|contd\.?)\)[ \t]*$|"
                       r"^[ \t]*[(\[]?(?:(?:continued|cont'd|contd\.?) (?:from|on)|see) (?:page|p\.) ?[A-Z]?\d{1,3}[A-Z]?[)\]]?[.:]?[ \t]*$",
                       re.IGNORECASE)
#: A form's numbered section or a label with its number ('V.2.3) Name and address of the contractor', 'Lot No: 2',
#: 'Number of tenders received: 7', digits read as '#'), which a notice repeats for each lot: no page's furniture.
_FORM_LINE = re.compile(r"^(?:[IVX#][IVX#.]*\)\s|[A-Z][\w ()/-]{0,60}:\s?#$)")
_PAGE_AT_AN_END = re.compile(r"^#(?!\S)|(?<!\S)#$")  # where a running header's page number changes
_WORDS = re.compile(r"[^\W\d_]{2,}")
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)\]]?\s*$")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: Second halves that make a compound rather than finish a word split by hyphenation ("state-" "owned").
COMPOUND_HEADS = frozenset(
    "owned based term scale year years led related free making up out sized like off in over long wide time end "
    "run grade backed funded listed controlled operated run-up range level class new made driven focused "
    "intensive oriented specific market week month quarter day hour million billion".split()
)


def flowing_text(text: str) -> str:
    """``text`` without page furniture and with its wrapped paragraphs joined, to a fixed point.

    One pass can leave work for another (a line joined into a paragraph changes the width the rest was wrapped at),
    and cleaning cleaned text must change nothing. Each pass that changes the text removes line breaks, so it stops.
    """
    shortest = _wrapped_lines_from(text.split("\n"))  # decided once: unwrapping leaves the breaks before capitals
    while (flowing := unwrap(drop_page_furniture(text), shortest) if shortest else drop_page_furniture(text)) != text:
        text = flowing
    return text


def _wrapped_lines_from(lines: list[str]) -> int | None:
    """How long a line must be to tell the width the text was wrapped at, or None when it was not wrapped."""
    if _in_narrow_columns(lines) and _breaks_inside_sentences(lines, NARROW_COLUMN):
        return NARROW_COLUMN
    return LONG_LINE if _breaks_inside_sentences(lines, LONG_LINE) else None


def _in_narrow_columns(lines: list[str]) -> bool:
    """Whether the text is set in a newspaper's narrow columns: hardly a line of it is long."""
    written = [line for line in lines if line.strip()]
    return sum(len(line.rstrip()) >= LONG_LINE for line in written) <= NARROW_SHARE * len(written)


def drop_page_furniture(text: str) -> str:
    """``text`` without its page headers, footers and numbers; a sentence a page break cut in two is one paragraph again.

    A running header or footer repeats with the page number at one end changing ('Kestrel Metals plc | Annual Report
    2025 | 14', then '| 15'), or repeats whole where it is long enough not to be a name ('CONFIDENTIAL - FOR IMMEDIATE RELEASE');
    a page number stands alone ('- 2 -', 'Page 2 of 5'). Between the pages the sentence goes on ('...will take up to
    90,000 tonnes a year' | footer | header | 'from the new mill, gives...'), and where it does, its two halves are
    joined.
    """
    lines = text.split("\n")
    furniture = _furniture_lines(lines)
    if not furniture:
        return text
    kept: list[list[str]] = []  # each line kept, with the lines after page breaks that go on its sentence
    at_page_break = False
    for number, line in enumerate(lines):
        if number in furniture:
            at_page_break = True
            continue
        if at_page_break and line.strip():
            at_page_break = False
            if _goes_on(kept, line):
                while not kept[-1][-1].strip():
                    kept.pop()
                kept[-1].append(line)
                continue
        kept.append([line])
    return "\n".join(_joined(parts, text) for parts in kept)


def _furniture_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that are page headers, footers or numbers."""
    by_pattern: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) <= 120 and len(_WORDS.findall(stripped)) >= 2:
            by_pattern.setdefault(_DIGITS.sub("#", stripped), []).append(number)
    page_numbers = {number for number, line in enumerate(lines) if PAGE_NUMBER.match(line) or FOLIO.match(line)}
    furniture = page_numbers | {number for number, line in enumerate(lines) if CONTINUED.match(line)}
    furniture |= {beside for number in page_numbers for beside in (number - 1, number + 1)
                  if 0 <= beside < len(lines) and _a_footer_line(lines[beside])}
    for pattern, numbers in by_pattern.items():
        if len(numbers) < 2 or _SENTENCE_END.search(pattern) or _FORM_LINE.match(pattern):
            continue
        numbered = len({lines[n].strip() for n in numbers}) > 1
        if numbered and _PAGE_AT_AN_END.search(pattern) or not numbered and len(_WORDS.findall(pattern)) >= 4:
            furniture.update(numbers)
    return furniture


def _a_footer_line(line: str) -> bool:
    """Whether a line beside a page number reads as the page's running header or footer ('Ministry of Development and
    Technology | Press Office'): short, in parts between bars, and no sentence."""
    return "|" in line and len(line.strip()) <= 120 and not _SENTENCE_END.search(line)


def _goes_on(kept: list[list[str]], line: str) -> bool:
    """Whether ``line`` continues the sentence the last line kept breaks off."""
    last = next((parts[-1] for parts in reversed(kept) if parts[-1].strip()), "")
    return bool(last) and not _SENTENCE_END.search(last) and line.lstrip()[0].islower()


def unwrap(text: str, shortest: int = LONG_LINE) -> str:
    """Join the lines of each hard-wrapped paragraph into one line; other text is returned unchanged.

    Lines under ``shortest`` characters say nothing about the width the text was wrapped at."""
    lines = text.split("\n")
    width = wrap_width(lines, shortest)
    if width is None:
        return text
    paragraphs = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        if runs_on(previous, line, width, in_list_item=bool(_BULLET.match(paragraphs[-1][0]))):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return "\n".join(_joined(parts, text) for parts in paragraphs)


def _joined(parts: list[str], text: str) -> str:
    """The lines of one paragraph as one line, each seam made as _join makes it; built in one pass, since joining the
    paragraph so far to each next line copies it once per line (a paragraph of 20,000 lines took minutes)."""
    if len(parts) == 1:
        return parts[0]
    out = [parts[0].rstrip()]
    for following in parts[1:]:
        merged, following = _join(out[-1], following, text), following.strip()
        out[-1] = merged[: len(merged) - len(following)]  # the line as it ends at the seam: 'invest', 'said '
        out.append(following)
    return "".join(out)


def wrap_width(lines: list[str], shortest: int = LONG_LINE) -> int | None:
    """The width the document's text was wrapped at, or None when it was not wrapped."""
    long_lines = [len(line.rstrip()) for line in lines if len(line.rstrip()) >= shortest]
    running_on = sorted(len(line.rstrip()) for line, _ in _lines_with_more_under(lines, shortest))
    if len(running_on) < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(long_lines)):
        return None
    if shortest < LONG_LINE:  # a scanned column: its odd long lines (a name run on, a subheading) are many
        return running_on[len(running_on) // 2]
    return running_on[(len(running_on) - 1) * 9 // 10]  # the 90th percentile: an odd over-long line is not the width


def _lines_with_more_under(lines: list[str], shortest: int) -> list[tuple[str, str]]:
    """Each line long enough to have been wrapped, with the line of text under it."""
    return [(line, following) for line, following in zip(lines, lines[1:])
            if shortest <= len(line.rstrip()) <= MAX_WRAP_WIDTH and following.strip()]


def _breaks_inside_sentences(lines: list[str], shortest: int) -> bool:
    """Whether the lines under long lines start in lower case often enough for the text to be wrapped.

    Long lines with more text under them are no proof: a social-media post breaks its lines after every sentence
    ('...we are hiring' over 'Like · Reply · 28 · 1h'), so each new line starts with a capital. A wrapping program
    breaks lines wherever a word does not fit, and most words are in lower case.
    """
    pairs = _lines_with_more_under(lines, shortest)
    return bool(pairs) and sum(following.lstrip()[0].islower() for _, following in pairs) >= LOWER_CASE_SHARE * len(pairs)


def runs_on(line: str, following: str, width: int, *, in_list_item: bool = False) -> bool:
    """Whether ``following`` continues ``line``'s sentence: ``line`` is full, and ``following`` starts no list item.

    The last line of a list item may fill its line too; where it ends a sentence and a capital follows, the
    paragraph after the list starts there.
    """
    if not line.strip() or not following.strip() or _BULLET.match(following):
        return False
    if in_list_item and _SENTENCE_END.search(line) and following.lstrip()[0].isupper():
        return False
    next_word = following.split()[0]
    if _HYPHENATED.search(line.rstrip()) and next_word[0].islower():
        return True  # 'at an invest-' over 'ment of Rs 18,500 crore': a word cut at the line's end, however short the line
    return len(line.rstrip()) + 1 + len(next_word) > FULL_LINE * width


def _join(line: str, following: str, text: str) -> str:
    """``line`` and ``following`` as one line; a word hyphenated across them is made whole again."""
    line, following = line.rstrip(), following.strip()
    if _HYPHENATED.search(line) and following[0].islower():
        return line + following if _keeps_hyphen(line, following, text) else line[:-1] + following
    return f"{line} {following}"


def _keeps_hyphen(line: str, following: str, text: str) -> bool:
    """Whether the hyphen at the end of ``line`` is part of the word ("state-owned") rather than typesetting ("manu-facturing").

    The document's own spelling decides where it has one; otherwise a hyphen before a word that commonly
    heads a compound stays.
    """
    first, second = _LAST_WORD.search(line[:-1])[0], _FIRST_WORD.match(following)[0]
    hyphenated, words = _spellings(text)
    if (first, second) in hyphenated:
        return True
    if first + second in words:
        return False
    return second.lower() in COMPOUND_HEADS


@lru_cache(maxsize=2)
def _spellings(text: str) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The pairs of words the text writes with a hyphen between them, and its words: read once per text, not once per
    line end (a long text cut at thousands of hyphens took minutes)."""
    parts = [compound.split("-") for compound in _COMPOUND.findall(text)]
    hyphenated = frozenset(pair for words in parts for pair in zip(words, words[1:]))
    return hyphenated, frozenset(_WORD.findall(text))
