"""When a fact happened: DATE expressions resolved against the article's publication date.

News dates are relative ("on Friday", "last week", "earlier this year", "by 2028") and of every
precision. Each is resolved to the period it names, with that precision, never against today:
without a publication date, or when the words name no period we can place ("in the coming
months"), only the text is kept.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from kg.records import FactDate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
PRECISION_ORDER = ("day", "week", "month", "quarter", "year", "unresolved")

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY_FORMS = re.compile(rf"\b(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)", re.I)
#: 'on the 15th': a day of the month alone, as translated Korean, Japanese and Chinese news dates its events (15일,
#: 15日); the last such day on or before publication. Only the whole expression, not 'the 15th anniversary'.
_DAY_OF_MONTH = re.compile(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)")
#: '15.03.2026': the day first, as continental Europe writes it.
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_RELATIVE = re.compile(r"\b(last|this|next|earlier this|later this|past)\s+(week|month|year)\b", re.I)
_QUARTER = re.compile(r"\b(first|second|third|fourth|q[1-4])\s*(?:quarter)?(?:\s+of)?\s*(\d{4}|this year|next year|last year)?\b", re.I)
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b(?:\s+(\d{{4}}))?", re.I)
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")


def resolve_when(text: str, published: date | None) -> FactDate:
    """The period a DATE expression names, relative to ``published`` ('on Friday' is the last Friday on or before it)."""
    if published is None:
        return FactDate(text)
    lower = text.lower()
    for resolver in (_day, _quarter, _relative, _month, _year):
        found = resolver(lower, published)
        if found is not None:
            precision, start, end = found
            return FactDate(text, precision, start, end)
    return FactDate(text)


def finest(dates: list[FactDate]) -> FactDate | None:
    """Of the dates in a sentence, the most precise ('said on Tuesday it would open by 2028' is Tuesday)."""
    placed = [d for d in dates if d.precision != "unresolved"] or dates
    return min(placed, key=lambda d: PRECISION_ORDER.index(d.precision)) if placed else None


def _day(lower: str, published: date):
    weekday = next((i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", lower)), None)
    if weekday is not None:
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
    elif "yesterday" in lower:
        day = published - timedelta(days=1)
    elif re.search(r"\btoday\b", lower):
        day = published
    elif _DAY_FORMS.search(lower):
        day = _parse_day(lower, published)
    elif dotted := _DOTTED_DAY.search(lower):
        day = _valid_date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    elif alone := _DAY_OF_MONTH.fullmatch(lower.strip()):
        day = _last_day_numbered(int(alone[1]), published)
    else:
        return None
    return ("day", day, day) if day else None


def _parse_day(lower: str, published: date) -> date | None:
    import dateparser  # slow import; only for explicit calendar days

    base = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(lower, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["day", "month"]})
    return parsed.date() if parsed else None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_day_numbered(number: int, published: date) -> date | None:
    """The latest day ``number`` of a month on or before ``published``, within two months."""
    for back in range(3):
        month_index = published.year * 12 + published.month - 1 - back
        day = _valid_date(month_index // 12, month_index % 12 + 1, number)
        if day is not None and day <= published:
            return day
    return None


def _relative(lower: str, published: date):
    match = _RELATIVE.search(lower)
    if match is None:
        return None
    which, unit = match.group(1).lower(), match.group(2).lower()
    step = {"last": -1, "past": -1, "next": 1}.get(which, 0)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return "week", monday, monday + timedelta(days=6)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return ("month", *_month_span(month_index // 12, month_index % 12 + 1))
    return "year", date(published.year + step, 1, 1), date(published.year + step, 12, 31)


def _quarter(lower: str, published: date):
    match = _QUARTER.search(lower)
    if match is None or "quarter" not in lower and not match.group(1).lower().startswith("q"):
        return None
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(match.group(1).lower()) or int(match.group(1)[1])
    year = _year_of(match.group(2), published)
    first_month = 3 * (number - 1) + 1
    return "quarter", date(year, first_month, 1), _month_span(year, first_month + 2)[1]


def _month(lower: str, published: date):
    match = _MONTH_ONLY.search(lower)
    if match is None or re.fullmatch(r"may", match.group(1)) and not re.search(r"\bmay\s+\d{4}|\bin may\b", lower):
        return None  # "may" is mostly the verb
    month = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(match.group(1).lower()[:3]))
    if match.group(2):
        year = int(match.group(2))
    else:  # "in March": the latest March on or before publication, or the coming one for "next March"
        year = published.year if month <= published.month else published.year - 1
        if "next" in lower:
            year = published.year + 1 if month <= published.month else published.year
    return ("month", *_month_span(year, month))


def _year(lower: str, published: date):
    match = _YEAR.search(lower)
    if match is None:
        return None
    year = int(match.group(1))
    return "year", date(year, 1, 1), date(year, 12, 31)


def _year_of(words: str | None, published: date) -> int:
    if not words or words == "this year":
        return published.year
    if words == "next year":
        return published.year + 1
    if words == "last year":
        return published.year - 1
    return int(words)


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
