"""Verdicts on the claims articles make in their own words: lists of states, counts, an event's
value (troops sent), joining/leaving/suspension with context notes, people in posts, founding.
Shared by `check` (a claim in the reader's words) and `scan` (claims found in an article)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..messages import MESSAGES, t
from ..model import Event, FactBase, PartialDate, State, Statement
from .checks import (
    Check,
    Evidence,
    Verdict,
    alternatives_as_evidence,
    check_date,
    event_evidence,
    statement_evidence,
)
from .membership import intervals, members_on, status_on
from .statements import all_values, best_on

CHANGE_KINDS = {
    "leave": ("withdrawal",),
    "suspend": ("participation-suspended", "suspended"),
    "freeze": ("participation-frozen",),
    "join": ("accession", "treaty-signed", "rejoined"),
    "rejoin": ("rejoined",),
    "observer": ("observer-granted",),
}


def say(key: str, lang: str, **fields: object) -> str:
    return t("claim." + key, lang, **fields)


def pick(triple: tuple[str, str, str], lang: str) -> str:
    return triple[1] if lang == "ar" else triple[2] if lang == "ru" else triple[0]


def state_name(state: State, lang: str) -> str:
    if lang == "ar":
        return state.name_ar
    if lang == "ru" and state.name_ru:
        return state.name_ru
    return state.name


def title(e: Event, lang: str) -> str:
    return (e.title_ar if lang == "ar" else e.title_ru if lang == "ru" and e.title_ru else None) or e.title


def names(base: FactBase, codes: Iterable[str], lang: str) -> str:
    sep = "، " if lang == "ar" else ", "
    return sep.join(state_name(base.state_by_code[c], lang) for c in codes) or "—"


def _holders(base: FactBase, status: str, day: dt.date) -> list[str]:
    return [r.state.code for r in members_on(base, day, status)]


def check_list(
    base: FactBase, status: str, claimed: list[str], day: dt.date, complete: bool, lang: str = "en"
) -> Check:
    """A list of states said to hold `status` (member, observer) on `day`: true when it is exactly the
    record's list (or, for "including", a part of it), partly when something is missing, false when
    it names a state that did not hold the status."""
    held = _holders(base, status, day)
    extra = [c for c in claimed if c not in held]
    missing = [c for c in held if c not in claimed] if complete else []
    key = ("members" if complete else "members_some") if status == "member" else "observers"
    claim = say(key, lang, day=day, names=names(base, claimed, lang))
    record = names(base, held, lang)
    notes = []
    what = t("what." + status, lang) if "what." + status in MESSAGES else status
    if extra:
        notes.append(say("extra", lang, what=what, day=day, names=names(base, extra, lang)))
        for code in extra:
            st = status_on(base, base.state_by_code[code], day)
            if st.since:
                notes[-1] += f" ({state_name(st.state, lang)}: {st.status} {st.since})"
    if missing:
        notes.append(say("missing", lang, names=names(base, missing, lang)))
    verdict: Verdict = "false" if extra else "partly" if missing else "true"
    doubtful = [c for c in [*extra, *missing] if _doubtful(base, c, day)]
    if doubtful and len(doubtful) == len(extra) + len(missing):
        # every difference rests on a change the record dates only roughly or has not confirmed
        verdict = "unknown"
        notes.append("not confirmed in the record: " + names(base, doubtful, lang))
    evidence = _status_evidence(base, [*claimed, *missing], day)
    return Check(claim, verdict, record, day, tuple(evidence), "; ".join(notes) or None)


def _doubtful(base: FactBase, code: str, day: dt.date) -> bool:
    """The state's status on `day` rests on an unconfirmed event, or one dated only to a period
    that contains the day."""
    st = status_on(base, base.state_by_code[code], day)
    if st.event is None:  # no status: the change that ended the last one decides
        ended = [i for i in intervals(base).get(code, []) if i.end is not None and i.end.start <= day]
        last = ended[-1] if ended else None
        if last is None or last.closed_by is None:
            return False
        return not last.closed_by.verified or (
            last.end is not None and last.end.precision != "day" and last.end.contains(day)
        )
    return st.uncertain or not st.event.verified


def _status_evidence(base: FactBase, codes: Iterable[str], day: dt.date) -> list[Evidence]:
    """For each state, the event that set its status on `day` (or its latest event before it)."""
    out: list[Evidence] = []
    seen: set[str] = set()
    for code in codes:
        st = status_on(base, base.state_by_code[code], day)
        event = st.event
        if event is None:
            related = [e for e in base.events if code in e.states and e.date.start <= day]
            event = related[-1] if related else next((e for e in base.events if code in e.states), None)
        if event is not None and event.id not in seen:
            seen.add(event.id)
            out.append(event_evidence(event))
    return out


def check_member_count(base: FactBase, n: int, status: str, day: dt.date, lang: str = "en") -> Check:
    held = _holders(base, status, day)
    what = t("what." + status, lang) if "what." + status in MESSAGES else status
    claim = say("count", lang, n=n, what=what, day=day)
    record = f"{len(held)}: {names(base, held, lang)}"
    verdict: Verdict = "true" if n == len(held) else "false"
    return Check(claim, verdict, record, day, tuple(_status_evidence(base, held, day)))


def check_event_states_count(base: FactBase, event: Event, n: int, lang: str = "en") -> Check:
    claim = say("value", lang, title=title(event, lang), value=n)
    record = f"{len(event.states)}: {names(base, event.states, lang)}"
    verdict: Verdict = "true" if n == len(event.states) else "false"
    return Check(claim, verdict, record, None, (event_evidence(event),))


def check_event_value(base: FactBase, event: Event, claimed: int, lang: str = "en", approximate: bool = False) -> Check:
    """A number the record holds for an event (troops deployed): true if it is the record's value,
    disputed if a source of normal rank gives it, false otherwise; both figures shown."""
    claim = say("value", lang, title=title(event, lang), value=f"{claimed:,}")
    values = [a for a in event.disputed if a.field == "value"]
    record_value = event.value_ar if lang == "ar" and event.value_ar else event.value or "—"
    alternatives = ", ".join(f"{_num(a.value)} ({a.rank})" for a in values if a.rank == "normal")
    record = (
        say("disputed_value", lang, value=_num(record_value), others=alternatives) if alternatives else record_value
    )
    evidence = [event_evidence(event), *alternatives_as_evidence(event)]
    verdict: Verdict
    note = None
    if event.value is not None and _same_number(event.value, claimed):
        verdict = "true"
        note = f"sources also give {alternatives}" if alternatives else None
    elif approximate and event.value is not None and _close(event.value, claimed):
        # "about 2,000" for 2,030: a rounding of the record's figure, unless it is a source's own figure
        verdict = "true"
        note = f"about {claimed:,}: the record holds {_num(event.value)}"
    else:
        match = next((a for a in values if _same_number(a.value, claimed)), None)
        verdict = "disputed" if match is not None and match.rank == "normal" else "false"
        note = match.note if match is not None else None
    return Check(claim, verdict, record, None, tuple(evidence), note)


def _num(value: str) -> str:
    return f"{int(value):,}" if value.isdigit() else value


def _close(value: str, claimed: int) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return bool(digits) and abs(int(digits) - claimed) <= 0.05 * int(digits)


def _same_number(value: str, claimed: int) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return bool(digits) and int(digits) == claimed


def check_statement_number(base: FactBase, prop: str, claimed: int, day: dt.date, lang: str = "en") -> Check:
    everything = all_values(base, prop)
    best = best_on(base, prop, day) or [s for s in everything if s.rank == "preferred"]
    match = [s for s in everything if _same_number(str(s.value), claimed)]
    claim = f"{prop}: {claimed:,}"
    record = " | ".join(_num(s.value_text) for s in best) or "—"
    evidence = [statement_evidence(s) for s in best] + [statement_evidence(s, "other") for s in match if s not in best]
    verdict: Verdict
    note = None
    if any(s in best for s in match):
        others = [s for s in everything if s.rank == "normal" and s not in best]
        verdict = "true"
        if others:
            note = "sources also give " + ", ".join(_num(s.value_text) for s in others)
    elif held := [s for s in match if s.rank == "preferred"]:
        verdict = "false"
        note = "; ".join(f"{_num(s.value_text)} held {s.start or ''}..{s.end or ''}" for s in held) + f", not on {day}"
    elif any(s.rank == "normal" for s in match):
        verdict, note = "disputed", next(s.note for s in match if s.rank == "normal")
    else:
        verdict = "false"
    return Check(claim, verdict, record, day, tuple(evidence), note)


def status_changes(base: FactBase, code: str, change: str) -> list[Event]:
    kinds = CHANGE_KINDS[change]
    return [e for e in base.events if e.kind in kinds and code in e.states]


def check_change(
    base: FactBase, codes: list[str], change: str, when: PartialDate | None, about_org: bool, lang: str = "en"
) -> Check:
    """States said to have joined, left, suspended or frozen (on a date, if given). Literally true
    but misleading claims get a note: leaving "the organization" before it existed, a freeze called
    a suspension."""
    claim = say("change", lang, names=names(base, codes, lang), what=t("change." + change, lang))
    claim += f" ({when})" if when else ""
    verdicts: list[Verdict] = []
    evidence: list[Evidence] = []
    notes: list[str] = []
    records: list[str] = []
    founded = _founding_day(base)
    for code in codes:
        name = state_name(base.state_by_code[code], lang)
        events, dated = _change_events(base, code, change, when, lang)
        if not events:
            verdicts.append("false")
            st = status_on(base, base.state_by_code[code], base.meta.as_of)
            records.append(f"{name}: {st.status}" + (f" ({st.participation})" if st.participation else ""))
            evidence += _status_evidence(base, [code], base.meta.as_of)
            continue
        evidence += [event_evidence(e) for e in events]
        records.append("; ".join(f"{title(e, lang)} ({e.date})" for e in events))
        if events[0].kind not in CHANGE_KINDS[change]:
            did = _DID.get(events[0].kind, events[0].kind)
            notes.append(f"{name} {did} ({events[0].date}); the record has no {_NOUN.get(change, change)}")
            if change == "leave":  # a suspension or a freeze is not leaving
                verdicts.append("false")
                continue
        if dated is None:
            verdicts.append("true")
        else:
            verdicts.append(dated.verdict)
            if dated.note:
                notes.append(dated.note)
        if change == "leave" and about_org and founded and all(e.takes_effect.end < founded for e in events):
            notes.append(
                f"{state_name(base.state_by_code[code], lang)} left the treaty in {events[0].date.year}, "
                f"before the organization existed (founded {founded})"
            )
    verdict = _combine(verdicts)
    return Check(
        claim, verdict, " | ".join(records), None, tuple(_unique(evidence)), "; ".join(dict.fromkeys(notes)) or None
    )


_NOUN = {"leave": "withdrawal", "suspend": "formal suspension", "freeze": "freeze", "join": "accession"}
_DID = {
    "participation-frozen": "froze its participation",
    "participation-suspended": "suspended its participation",
    "suspended": "had its membership suspended",
    "withdrawal": "left the treaty",
}


def _change_events(
    base: FactBase, code: str, change: str, when: PartialDate | None, lang: str
) -> tuple[list[Event], Check | None]:
    """The events that bear on the change claimed for one state, and the date check if a date is
    claimed. A "suspension" may be a freeze (Armenia, 2024) or the state's leaving (Uzbekistan, 1999):
    those are tried when the record has no suspension that fits."""
    kinds = [change] + (
        ["freeze", "leave"] if change == "suspend" else ["suspend", "freeze"] if change == "leave" else []
    )
    fallback: tuple[list[Event], Check | None] = ([], None)
    for kind in kinds:
        events = status_changes(base, code, kind)
        if not events:
            continue
        if when is None:
            return events, None
        dated = [check_date(base, e.id, str(when), lang) for e in events]
        best = next((c for c in dated if c.verdict == "true"), None) or next(
            (c for c in dated if c.verdict in ("disputed", "unknown")), None
        )
        if best is not None:
            return events, best
        if not fallback[0]:
            fallback = (events, dated[0])
    return fallback


def _combine(verdicts: list[Verdict]) -> Verdict:
    if "false" in verdicts:  # a claim about several states is false if it is false for one
        return "false"
    if "disputed" in verdicts:
        return "disputed"
    if "unknown" in verdicts:
        return "unknown"
    return "true"


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for e in evidence:
        if (e.id, e.text) not in seen:
            seen.add((e.id, e.text))
            out.append(e)
    return out


def _founding_day(base: FactBase) -> dt.date | None:
    best = [s for s in base.statements if s.property == "founding" and s.rank == "preferred"]
    try:
        return PartialDate.parse(str(best[0].value)).start if best else None
    except ValueError:
        return None


def check_founding(base: FactBase, when: PartialDate, lang: str = "en") -> Check:
    values = [s for s in base.statements if s.property == "founding"]
    claim = say("founded", lang, date=when)
    preferred = [s for s in values if s.rank == "preferred"]
    record = " | ".join(s.value_text for s in preferred)
    evidence = [statement_evidence(s, "record" if s.rank == "preferred" else "other") for s in values]
    treaty = next((e for e in base.events if e.kind == "treaty-signed"), None)
    verdict: Verdict = "false"
    note = None
    for s in sorted(values, key=lambda s: s.rank != "preferred"):
        have = PartialDate.parse(str(s.value))
        if str(have) == str(when) or (when.start <= have.start and have.end <= when.end):
            verdict = "true" if s.rank == "preferred" else "disputed"
            note = None if s.rank == "preferred" else s.note or f"{s.value}: the decision to found it"
            break
    if verdict == "false" and treaty is not None and when.start <= treaty.date.start <= when.end:
        note = f"the treaty was signed in {treaty.date.year}; the organization was founded in {record[:4]}"
        evidence.append(event_evidence(treaty))
    return Check(claim, verdict, record, None, tuple(evidence), note)


def post_holders(base: FactBase, prop: str) -> list[Statement]:
    return [s for s in all_values(base, prop) if s.rank != "deprecated"]


def check_post(
    base: FactBase, prop: str, person: str, period: PartialDate | None, day: dt.date, lang: str = "en"
) -> Check:
    """A person said to hold a post in a period (or, with none given, on `day`)."""
    held = [
        s for s in post_holders(base, prop) if isinstance(s.value, str) and s.value.replace(" (acting)", "") == person
    ]
    start, end = (period.start, period.end) if period else (day, day)
    when = str(period) if period else str(day)
    from ..messages import t

    claim = say("post", lang, person=person, post=t(f"property.{prop}", lang), when=when)
    during = [s for s in held if (s.start is None or s.start.start <= end) and (s.end is None or start <= s.end.end)]
    holders = [
        s
        for s in post_holders(base, prop)
        if (s.start is None or s.start.start <= end) and (s.end is None or start <= s.end.end)
    ]
    record = " | ".join(f"{s.value_text} ({s.start or ''}..{s.end or ''})" for s in holders) or "—"
    evidence = [statement_evidence(s) for s in (during or holders)] + [
        statement_evidence(s, "other") for s in held if s not in during
    ]
    verdict: Verdict
    note = None
    if during:
        verdict = "true"
    elif held and period is None:
        verdict = "unknown"
        note = (
            "; ".join(say("held", lang, start=s.start or "", end=s.end or "") for s in held) + " (no date in the claim)"
        )
    else:
        verdict = "false"
    return Check(claim, verdict, record, day, tuple(evidence), note)
