"""Claims in the reader's words: `member Armenia`, `عضو أرمينيا`, `член Армения`, `secretary general
Zas`, `الأمين العام زاس`, `treaty signed 1992-05-15`, `توقيع المعاهدة 1992-05-17`, `observers Serbia,
Afghanistan`, or a plain sentence. Words are matched with the same folding as country names."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from ..model import Event, FactBase, NotFound, PartialDate
from ..records import replace
from . import verdicts as v
from .checks import CLAIM_STATUSES, Check, ClaimError, check_date, check_fact, check_status
from .names import fold, name_index
from .statements import properties

_STATUS_WORDS = {
    "member": ("member", "is a member", "عضو", "член", "участник"),
    "observer": ("observer", "مراقب", "наблюдатель"),
    "former": ("former", "former member", "عضو سابق", "سابق", "бывший член", "бывший"),
    "suspended": ("suspended", "معلق", "معلقه", "عضويه معلقه", "приостановлен", "приостановлено"),
    "signatory": ("signatory", "موقع", "موقعه", "подписант"),
}
_DATE_WORDS = ("date", "تاريخ", "дата")
_FACT_WORDS = ("fact", "حقيقه", "факт")
# Property names as readers write them (English from the id; Arabic and Russian added here).
_PROPERTY_WORDS: dict[str, tuple[str, ...]] = {
    "secretary-general": ("secretary general", "sg", "الامين العام", "امين عام", "генеральный секретарь", "генсек"),
    "headquarters": ("hq", "seat", "مقر", "المقر", "штаб квартира", "штаб-квартира"),
    "members": ("members", "member states", "الاعضاء", "اعضاء", "الدول الاعضاء", "члены", "государства члены"),
    "observers": ("observers", "المراقبون", "مراقبون", "الدول المراقبه", "наблюдатели"),
    "founding": ("founded", "founding", "established", "التاسيس", "تاسيس", "تاسست", "основание", "основана", "создана"),
    "chairmanship": ("chair", "chairmanship", "الرئاسه", "رئاسه", "председательство"),
    "peacekeeping-forces-size": ("peacekeeping forces", "قوات حفظ السلام", "миротворческие силы"),
    "rapid-reaction-force-size": ("rapid reaction force", "crrf", "قوه الرد السريع", "قوات الرد السريع", "ксор"),
    "official-languages": ("official language", "اللغه الرسميه", "официальный язык"),
}
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "treaty-signed": (
        "treaty signed",
        "signing of the treaty",
        "توقيع المعاهده",
        "подписание договора",
        "договор подписан",
    ),
    "treaty-in-force": ("treaty in force", "دخول المعاهده حيز التنفيذ", "вступление договора в силу"),
    "charter-signed": ("charter signed", "توقيع الميثاق", "подписание устава", "устав подписан"),
    "charter-in-force": ("charter in force", "دخول الميثاق حيز التنفيذ", "вступление устава в силу"),
    "deployment": ("deployment", "troops sent", "نشر قوات", "ارسال قوات", "ввод войск", "развертывание"),
    "withdrawal": ("withdrawal", "left", "انسحاب", "выход"),
    "suspended": ("suspension", "suspended", "تعليق العضويه", "приостановление"),
    "participation-frozen": ("freeze", "frozen", "تجميد المشاركه", "заморозка"),
    "accession": ("accession", "joined", "انضمام", "присоединение"),
    "rejoined": ("rejoined", "returned", "عوده العضويه", "возвращение"),
    "observer-granted": ("observer status", "منح صفه المراقب", "статус наблюдателя"),
    "force-created": ("force created", "crrf created", "انشاء قوه", "создание сил"),
    "request": ("request", "طلب", "просьба", "обращение"),
    "withdrawal-of-forces": ("withdrawal of forces", "سحب القوات", "вывод войск"),
}


def _key(text: str) -> str:
    return " ".join(fold(w) for w in re.split(r"[\s_-]+", text) if fold(w))


def _prefix(
    words: list[str], table: dict[str, tuple[str, ...]], extra: dict[str, str] | None = None
) -> tuple[str, int] | None:
    """The entry whose words start `words` (longest first) and how many words it took."""
    keys = [_key(w) for w in words]
    best: tuple[str, int] | None = None
    for name, spellings in table.items():
        for spelling in (name, *spellings):
            want = _key(spelling).split()
            n = len(want)
            if want and keys[:n] == want and (best is None or n > best[1]):
                best = (name, n)
    return best


def _split_words(claim: list[str]) -> list[str]:
    words: list[str] = []
    for part in claim:
        words += part.split()
    return words


def _states(base: FactBase, text: str) -> list[str]:
    parts = [p for p in re.split(r"\s*(?:,|،|;|\band\b|\bи\b|\s+و(?=\S))\s*", text.strip()) if p.strip()]
    index = name_index(base)
    return list(dict.fromkeys(index.resolve(p) for p in parts))


def find_events(base: FactBase, words: list[str]) -> list[Event]:
    """Events named by words: an id, a kind in any language (`treaty signed`, `توقيع المعاهدة`),
    or words of a title; states among the words narrow the choice."""
    text = " ".join(words)
    if text in base.event_by_id:
        return [base.event_by_id[text]]
    kind = _prefix(words, _KIND_WORDS)
    index = name_index(base)
    codes = set()
    for w in words:
        with contextlib.suppress(NotFound):
            codes.add(index.resolve(w))
    if kind and kind[1] == len([w for w in words if _key(w)]) - len(codes):
        events = [e for e in base.events if e.kind == kind[0]]
    else:
        wanted = {_key(w) for w in words if len(_key(w)) >= 3}
        scored = []
        for e in base.events:
            have = set(_key(f"{e.title} {e.title_ar} {e.title_ru or ''} {e.kind}").split())
            score = len(wanted & have)
            if score:
                scored.append((score, e))
        top = max((s for s, _ in scored), default=0)
        events = [e for s, e in scored if s == top]
    if codes:
        events = [e for e in events if codes & set(e.states)] or events
    return events


def _event(base: FactBase, words: list[str]) -> Event:
    events = find_events(base, words)
    if not events:
        raise NotFound("event", " ".join(words), ())
    if len(events) > 1:
        listed = "; ".join(f"{e.id} ({e.date}: {e.title})" for e in events[:6])
        raise ClaimError(f"{' '.join(words)!r} is ambiguous: it matches {listed}; give one of these ids")
    return events[0]


def _date_at_end(words: list[str]) -> tuple[PartialDate, int] | None:
    """A date written at the end of the words (ISO, or '15 May 1992', '15 أيار 1992', '15 мая 1992')."""
    try:
        return PartialDate.parse(words[-1]), 1
    except ValueError:
        pass
    from ..scan.dates import find_dates
    from ..scan.normal import Norm

    for n in (4, 3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            found = find_dates(Norm.of(tail))
            if len(found) == 1 and found[0].start == 0 and found[0].end >= len(Norm.of(tail).text) - 1:
                return found[0].date, n
    return None


def run_words(base: FactBase, claim: list[str], day: dt.date, lang: str = "en") -> Check:
    """One claim in the reader's words; ClaimError if it cannot be read, NotFound for an unknown name."""
    words = _split_words(claim)
    if not words:
        raise ClaimError("empty claim")
    status = _prefix(words, _STATUS_WORDS)
    if status and len(words) > status[1]:
        rest = " ".join(words[status[1] :])
        codes = _states(base, rest)
        if len(codes) > 1 and status[0] in ("member", "observer"):
            return v.check_list(base, status[0], codes, day, complete=False, lang=lang)
        return check_status(base, codes[0], status[0], day, lang=lang)
    if _key(words[0]) in {_key(w) for w in _DATE_WORDS} and len(words) >= 3:
        date = _date_at_end(words[1:])
        if date is None:
            raise ClaimError(f"no date at the end of {' '.join(words)!r}")
        event = _event(base, words[1 : len(words) - date[1]])
        return _matched(check_date(base, event.id, str(date[0]), lang), event)
    if _key(words[0]) in {_key(w) for w in _FACT_WORDS}:
        words = words[1:]
    prop = _prefix(words, {p: _PROPERTY_WORDS.get(p, ()) for p in properties(base)} | _PROPERTY_WORDS)
    if prop and len(words) > prop[1]:
        return _property_claim(base, prop[0], " ".join(words[prop[1] :]), day, lang)
    date = _date_at_end(words) if len(words) >= 2 else None
    ambiguous: ClaimError | None = None
    if date is not None and len(words) > date[1]:
        try:
            event = _event(base, words[: len(words) - date[1]])
            return _matched(check_date(base, event.id, str(date[0]), lang), event)
        except NotFound:
            pass
        except ClaimError as exc:  # several events fit the words: a sentence may still say which
            ambiguous = exc
    return _sentence(base, " ".join(words), day, lang, ambiguous)


def _matched(check: Check, event: Event) -> Check:
    return replace(check, matched=f"event: {event.id} — {event.title} ({event.date})")


def _property_claim(base: FactBase, prop: str, value: str, day: dt.date, lang: str) -> Check:
    if prop in ("members", "observers"):
        return v.check_list(base, prop[:-1], _states(base, value), day, complete=True, lang=lang)
    if prop == "founding":
        date = _date_at_end(value.split())
        if date is None:
            raise ClaimError(f"no date in {value!r}")
        return v.check_founding(base, date[0], lang)
    number = re.fullmatch(r"[\d,. ]+", value)
    if number and prop.endswith("-size"):
        return v.check_statement_number(base, prop, int(re.sub(r"\D", "", value)), day, lang)
    return check_fact(base, prop, value, day, lang)


def _sentence(base: FactBase, text: str, day: dt.date, lang: str, ambiguous: ClaimError | None = None) -> Check:
    from ..scan.claims import scan_text

    found = scan_text(base, text, day, lang)
    if not found and ambiguous is not None:
        raise ambiguous
    if not found:
        raise ClaimError(
            f"cannot read the claim {text!r}: use e.g. 'member Armenia', 'date treaty signed 1992-05-15', "
            "'secretary general Zas', 'observers Serbia, Afghanistan', or a sentence that makes a CSTO claim"
        )
    claim = found[0]
    event = base.event_by_id.get(claim.subject)
    what = f"event: {event.id} — {event.title} ({event.date})" if event else f"{claim.kind}: {claim.subject}"
    return replace(claim.check, matched=what)


__all__ = ["CLAIM_STATUSES", "find_events", "run_words"]
