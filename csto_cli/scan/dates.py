"""Dates written in English, Arabic (both month series, pairs like أيار/مايو) and Russian (genitive
months), found in a normalised text at the precision they are written: a year stays a year."""

from __future__ import annotations

import re

from ..model import DateError, PartialDate
from ..records import record
from .normal import Norm

# Month names after normalisation (lower case, Arabic hamza and taa folded); index + 1 is the month.
_EN = ["january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug",
       "september|sept|sep", "october|oct", "november|nov", "december|dec"]  # fmt: skip
_AR = ["يناير|كانون الثاني|جانفي", "فبراير|شباط|فيفري", "مارس|اذار", "ابريل|افريل|نيسان", "مايو|ماي|ايار",
       "يونيو|يونيه|حزيران|جوان", "يوليو|يوليه|يوليوز|تموز|جويليه", "اغسطس|اب|اوت|غشت", "سبتمبر|ايلول|شتنبر",
       "اكتوبر|تشرين الاول", "نوفمبر|تشرين الثاني|نونبر", "ديسمبر|كانون الاول|دجنبر"]  # fmt: skip
_RU = ["январ[ьяе]|янв", "феврал[ьяе]|февр?", "март[ае]?|мар", "апрел[ьяе]|апр", "ма[йяе]", "июн[ьяе]?", "июл[ьяе]?",
       "август[ае]?|авг", "сентябр[ьяе]|сент?", "октябр[ьяе]|окт", "ноябр[ьяе]|нояб?", "декабр[ьяе]|дек"]  # fmt: skip

_MONTH_OF: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"(?:{'|'.join(forms)})\Z"), i + 1) for i, forms in enumerate(zip(_EN, _AR, _RU, strict=True))
]
_ONE = "|".join(sorted({f for group in (_EN, _AR, _RU) for m in group for f in m.split("|")}, key=len, reverse=True))
# Arabic writers add a second name after a slash ("أيار/مايو", "تشرين الأول /أكتوبر").
_MONTH = rf"(?P<m>(?:{_ONE}))(?:\s*/\s*(?:{_ONE}))?"
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)"
_YEAR_WORD = r"(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+|of\s+)?"
_AFTER_YEAR = r"(?:\s*(?:года|году|год|г\.|г\b|م\b|م\.|ه\b))?"
_DAY = r"(?:(?<=ال)|\b)(?P<d>[0-3]?\d)(?:st|nd|rd|th|-?го|-?е)?"
_RANGE = re.compile(
    r"(?:between|from|بين عامي|بين|من عام|с|между)\s+(?:1[89]\d\d|20\d\d)\s*"
    r"(?:and|to|و|الى|حتى|до|по|и|-)\s*(?:عام\s+)?(?:1[89]\d\d|20\d\d)"
)  # a span of years is not a date of an event
# "2030 человек", "2000 troops": a number of people, not a year
_COUNTED = (
    r"\s*(?:человек|военн|солдат|миротвор|бойц|troops|soldiers|servicem|peacekeepers|personnel|people|"
    r"جندي|جنود|عنصر|عسكري|فرد)"
)
_PATTERNS = [
    _RANGE,
    re.compile(r"\b(?P<Y>\d{4})-(?P<M>\d\d)-(?P<D>\d\d)\b"),
    re.compile(r"\b(?P<D>[0-3]?\d)\.(?P<M>[01]?\d)\.(?P<Y>1[89]\d\d|20\d\d)\b"),
    re.compile(rf"{_DAY}\s*(?:of\s+)?(?:(?:من|في)\s+)?{_MONTH}\.?,?\s*{_YEAR_WORD}{_YEAR}{_AFTER_YEAR}"),
    re.compile(rf"\b{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\.?,?\s*{_YEAR_WORD}{_YEAR}{_AFTER_YEAR}"),
    re.compile(rf"(?<![\d.,/-]){_YEAR}(?![\d-]|\s*(?:-|–)\s*\d|{_COUNTED})(?:{_AFTER_YEAR})"),
]
_BOUNDARY = re.compile(r"\w")
# "on 6 January", "5 мая", "January 13": the year is the one the text named last
_YEARLESS = [
    re.compile(rf"{_DAY}\s*(?:of\s+)?(?:(?:من|في)\s+)?{_MONTH}(?![\w/])"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\s*[\d,.]*\d)\b"),
]


@record
class DateMention:
    start: int  # offsets in the normalised text
    end: int
    date: PartialDate


def _month(word: str) -> int | None:
    for pattern, number in _MONTH_OF:
        if pattern.match(word):
            return number
    return None


def _to_date(m: re.Match[str]) -> PartialDate | None:
    groups = m.groupdict()
    if not groups:
        return None
    try:
        if groups.get("Y"):
            return PartialDate.parse(f"{groups['Y']}-{int(groups['M']):02d}-{int(groups['D']):02d}")
        year = groups["y"]
        month = _month(groups["m"]) if groups.get("m") else None
        if month is None:
            return PartialDate.parse(year)
        day = groups.get("d")
        return PartialDate.parse(f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else ""))
    except DateError:
        return None


# Years written relative to the last year named: "the following year", "в декабре того же года".
_SAME = (
    r"(?:the same year|that same year|того же года|того же год|этом же году|том же году|этого же года|"
    r"نفس العام|العام نفسه|السنه نفسها|ذات العام)"
)
_NEXT = (
    r"(?:the following year|the next year|a year later|следующем году|следующего года|год спустя|"
    r"العام التالي|السنه التاليه|العام الذي تلاه|العام اللاحق)"
)
_SAME_MONTH = r"(?:the same month|that same month|того же месяца|نفس الشهر|الشهر نفسه|ذات الشهر)"
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                "девять": 9, "десять": 10, "سنتين": 2, "عامين": 2, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
                "ثماني": 8, "تسع": 9, "عشر": 10}  # fmt: skip
_K = rf"(?:\d+|{'|'.join(_COUNT_WORDS)})"
_LATER = (
    rf"(?:(?P<k1>{_K}) years? later|спустя (?P<k2>{_K}) (?:лет|года|год)|(?P<k3>{_K}) (?:лет|года|год) спустя|"
    rf"بعد (?P<k4>{_K}) (?:سنوات|اعوام|سنه|عاما))"
)
_RELATIVE = re.compile(
    rf"(?:(?P<m>{_ONE})\s+)?(?:(?P<same>{_SAME})|(?P<next>{_NEXT}))|(?P<month>{_SAME_MONTH})|{_LATER}"
)


def _relative(text: str, found: list[DateMention], taken: list[tuple[int, int]]) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _RELATIVE.finditer(text):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        before = [d for d in found if d.end <= start]
        if not before:
            continue
        last = before[-1].date
        later = m.group("k1") or m.group("k2") or m.group("k3") or m.group("k4")
        if m.group("month"):
            if last.month is not None:
                out.append(DateMention(start, end, PartialDate(last.year, last.month)))
            continue
        if later:
            years = int(later) if later.isdigit() else _COUNT_WORDS[later]
            out.append(DateMention(start, end, PartialDate(last.year + years)))
            continue
        year = last.year + (1 if m.group("next") else 0)
        month = _month(m.group("m")) if m.group("m") else None
        out.append(DateMention(start, end, PartialDate(year, month)))
    return out


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the span start..end overlaps one already claimed by a date."""
    return any(start < b and a < end for a, b in taken)


def _yearless(text: str, found: list[DateMention], taken: list[tuple[int, int]]) -> list[DateMention]:
    out: list[DateMention] = []
    for pattern in _YEARLESS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if _overlaps(start, end, taken):
                continue
            before = [d for d in found if d.end <= start]
            month = _month(m.group("m"))
            if not before or month is None:
                continue
            try:
                date = PartialDate.parse(f"{before[-1].date.year}-{month:02d}-{int(m.group('d')):02d}")
            except DateError:
                continue
            taken.append((start, end))
            out.append(DateMention(start, end, date))
    return out


def find_dates(norm: Norm) -> list[DateMention]:
    """Every date in the text, the most precise reading first claimed: spans never overlap. A year
    given relative to the one named before it ("the following year") is resolved to that year."""
    text = norm.text
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if _overlaps(start, end, taken):
                continue
            # a month word must stand alone ("мая" but not "маяк", "اب" but not "ابناء")
            if end < len(text) and _BOUNDARY.match(text[end - 1]) and _BOUNDARY.match(text[end]):
                continue
            date = _to_date(m)
            taken.append((start, end))
            if date is not None:
                found.append(DateMention(start, end, date))
    found.sort(key=lambda d: d.start)
    found = sorted(found + _yearless(text, found, taken), key=lambda d: d.start)
    # "two years later, in 1994": the date written out wins
    relative = [r for r in _relative(text, found, taken) if not any(0 <= d.start - r.end <= 12 for d in found)]
    return sorted(found + relative, key=lambda d: d.start)
