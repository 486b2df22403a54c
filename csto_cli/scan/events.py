"""Claims about events: the date (and place) of a signing, an entry into force, a founding, a
decision, a deployment, an appointment; the event is found by the claim word and what it names."""

from __future__ import annotations

import re

from ..model import Event, FactBase
from ..queries import verdicts as v
from ..queries.checks import Check, Verdict, check_date, event_evidence
from ..records import replace
from .cues import Cue
from .dates import DateMention
from .mentions import keys_of, tokens
from .normal import Norm
from .reader import Reader, Sentence, inside, near
from .statuses import CHANGES

_ANCHORS = ("sign", "found", "in_force", "renew", "leave", "suspend", "freeze", "join", "rejoin", "observer",
            "deploy", "request", "withdraw_forces", "appoint", "exercise", "candidacy", "ratify")  # fmt: skip
# "18 years ago", "منذ 18 عاما": the date written is the day of writing, not of the event
_RELATIVE = re.compile(r"\d+\s*(?:years? ago|лет назад|года назад|год назад)|منذ\s*\d+\s*(?:عاما|سنه|سنوات)")


class EventRules(Reader):
    def date_claim(self, s: Sentence, d: DateMention, used_numbers: set[int]) -> None:
        dspan = (d.start, d.end)
        anchors = self.cues(s, *_ANCHORS)
        others = [o for o in s.dates if o is not d]
        # the nearest claim word that has no nearer date of its own
        free = [
            c
            for c in anchors
            if not any(near((c.start, c.end), (o.start, o.end)) < near((c.start, c.end), dspan) for o in others)
        ]
        cue = self.treaty_of(s, d) or self.nearest(dspan, free)
        if (
            cue is not None
            and cue.start != cue.end
            and near(dspan, (cue.start, cue.end)) > 90
            and len({c.name for c in free}) > 1
        ):
            cue = None  # far from the date, and another claim word could be meant
        if (
            cue is None
            or (cue.name != "candidacy" and self.hedged(s, cue.start))
            or _RELATIVE.search(self.norm.text[s.start : s.end])
        ):
            return
        cspan = (cue.start, cue.end)
        if cue.name == "leave" and self.cues(s, "troops", "peacekeeping") and {n.ident for n in s.states} <= {"KAZ"}:
            cue = Cue("withdraw_forces", cue.start, cue.end)  # "the peacekeepers began their withdrawal"
        elif cue.name in (*CHANGES, "observer"):
            return  # dated joining/leaving claims are made with their states (group_claim)
        events = self.events_for(s, cue)
        spans = [dspan, (cue.start, cue.end)]
        if cue.name == "found" and not events:
            obj = self.nearest(cspan, self.cues(s, "treaty", "rapid", "peacekeeping"))
            between = obj is not None and min(cue.end, obj.end) <= d.start and d.end <= max(cue.start, obj.start)
            if obj is None or near(cspan, (obj.start, obj.end)) > 30 or between:
                check = v.check_founding(self.base, d.date, self.lang)
                self.emit(spans, "founding", "founding", str(d.date), check)
            return
        if not events:
            return
        checks = [check_date(self.base, e.id, str(d.date), self.lang) for e in events]
        if len(events) > 1 and all(e.kind == "accession" for e in events):
            # "three states signed the treaty the following year": every one of them must have
            worst = next((c for c in checks if c.verdict != "true"), checks[0])
            evidence = tuple(ev for c in checks for ev in c.evidence)
            record = " | ".join(f"{e.title} ({e.date})" for e in events)
            check = replace(
                worst,
                claim=f"{v.names(self.base, [c for e in events for c in e.states], self.lang)}: {d.date}",
                record=record,
                evidence=evidence,
            )
            self.emit(spans, "date", ",".join(e.id for e in events), str(d.date), check)
            return
        best = _best(checks)
        event = events[checks.index(best)]
        check = replace(best, claim=f"{v.title(event, self.lang)}: {d.date}")
        self.emit(spans, "date", event.id, str(d.date), check)

    def treaty_of(self, s: Sentence, d: DateMention) -> Cue | None:
        """'the Treaty of 15 May 1992', 'Договор ... от 15 мая 1992 года': the signing date."""
        before = self.norm.text[max(s.start, d.start - 60) : d.start]
        if re.search(r"(?:treaty|договор\w*)(?: [^\W\d]+){0,4} (?:of|от|dated)\s*$", before):
            return Cue("sign", d.start, d.start)
        return None

    def events_for(self, s: Sentence, cue: Cue) -> list[Event]:
        """The record's events a claim word points to in this sentence."""
        codes = {n.ident for n in s.states}
        kinds: tuple[str, ...] = ()
        name = cue.name
        obj = self.nearest((cue.start, cue.end), self.cues(s, "treaty", "charter", "rapid"))
        if name == "sign" and self.cues(s, "renew"):
            kinds = ("renewal",)
        elif name == "sign" and (obj is not None or cue.start == cue.end or (self.after_org and codes)):
            if obj is not None and obj.name == "charter":
                kinds = ("charter-signed",)
            elif codes and codes <= {"AZE", "GEO", "BLR"}:
                return [e for e in self.base.events if e.kind == "accession" and codes & set(e.states)]
            else:
                kinds = ("treaty-signed",)
        elif name == "in_force" and obj is not None:
            kinds = ("charter-in-force",) if obj.name == "charter" else ("treaty-in-force",)
        elif name == "renew" and (obj is not None or self.cues(s, "org")):
            kinds = ("renewal",)
        elif name == "found" and obj is not None and obj.name == "rapid":
            kinds = ("force-created",)
        elif name == "deploy" and "KAZ" in codes and self.cues(s, "decide"):
            return self.best_by_words(s, [e for e in self.base.events if "KAZ" in e.states and e.kind == "agreement"])
        elif name in ("deploy", "request", "withdraw_forces") and (
            "KAZ" in codes or (not codes and name == "withdraw_forces")
        ):
            kinds = {"deploy": ("deployment",), "request": ("request",), "withdraw_forces": ("withdrawal-of-forces",)}[
                name
            ]
            if name == "deploy" and not self.cues(s, "troops", "peacekeeping", "org"):
                return []
            return [e for e in self.base.events if e.kind in kinds and "KAZ" in e.states]
        elif name == "ratify" and codes:
            return [e for e in self.base.events if e.kind == "ratification" and codes & set(e.states)]
        elif name == "candidacy" and codes:
            return [e for e in self.base.events if e.kind == "candidacy" and codes & set(e.states)]
        elif name == "sign" and self.cues(s, "agreement"):
            return self.agreements(s)
        elif name == "exercise" and codes:
            return [
                e for e in self.base.events if e.kind == "exercise" and e.place and codes & set(e.states) and e.verified
            ]
        elif name == "appoint" and s.people and self.cues(s, "sg"):
            people = {p.ident for p in s.people}
            return [e for e in self.base.events if e.kind == "appointment" and e.person in people]
        return [e for e in self.base.events if e.kind in kinds]

    def best_by_words(self, s: Sentence, events: list[Event]) -> list[Event]:
        """The one event whose title (in any language) shares the most words with the sentence."""
        words = {k for t in tokens(self.norm, s.start, s.end) for k in keys_of(t.text) if len(k) >= 4}
        scored = [(len(words & title_words(e)), e) for e in events]
        best = max((n for n, _ in scored), default=0)
        chosen = [e for n, e in scored if n == best]
        return chosen if best >= 2 and len(chosen) == 1 else []

    def agreements(self, s: Sentence) -> list[Event]:
        """The agreement a sentence describes, found by the words of its title (at least three)."""
        words = {k for t in tokens(self.norm, s.start, s.end) for k in keys_of(t.text) if len(k) >= 4}
        scored = [(len(words & have), e) for e, have in agreement_words(self.base)]
        best = max((n for n, _ in scored), default=0)
        chosen = [e for n, e in scored if n == best]
        return chosen if best >= 3 and len(chosen) == 1 else []

    def place_claim(self, s: Sentence, event: Event, cue: Cue) -> None:
        if event.place is None or any(c.kind == "place" and c.subject == event.id for c in self.claims):
            return
        cities = places(self.base)
        for m in _place_pattern(self.base).finditer(self.norm.text, s.start, s.end):
            a, b = m.start(), m.end()
            said_in = m.group().startswith(("in ", "at ", "в ", "во ", "في ", "ب"))
            if not said_in or inside((a, b), s.quoted) or near((a, b), (cue.start, cue.end)) > 60:
                continue
            city = cities[m.group("city")]
            verdict: Verdict = "true" if city.lower() in event.place.lower() else "false"
            check = Check(f"{v.title(event, self.lang)}: {city}", verdict, event.place, None, (event_evidence(event),))
            self.emit([(a, b), (cue.start, cue.end)], "place", event.id, city, check)
            return


def _place_pattern(base: FactBase) -> re.Pattern[str]:
    """ "in Tashkent", "in the Uzbek capital Tashkent", "бТашкенте", "بطشقند": a city the record knows."""
    from ..queries.cache import memo

    def build() -> re.Pattern[str]:
        names = "|".join(re.escape(k) for k in sorted(places(base), key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:(?:in|at|в|во|في) (?:[^\W\d]+ ){{0,3}}|ب)?(?P<city>{names})\w{{0,2}}\b")

    return memo(base, "scan_place_pattern", build)


def title_words(e: Event) -> set[str]:
    title = " ".join(x for x in (e.title, e.title_ar, e.title_ru) if x)
    return {k for t in tokens(Norm.of(title)) for k in keys_of(t.text) if len(k) >= 4}


def agreement_words(base: FactBase) -> list[tuple[Event, set[str]]]:
    from ..queries.cache import memo

    def build() -> list[tuple[Event, set[str]]]:
        out = []
        for e in base.events:
            if e.kind in ("agreement", "renewal", "charter-signed"):
                title = " ".join(x for x in (e.title, e.title_ar, e.title_ru) if x)
                out.append((e, {k for t in tokens(Norm.of(title)) for k in keys_of(t.text) if len(k) >= 4}))
        return out

    return memo(base, "scan_agreements", build)


def _best(checks: list[Check]) -> Check:
    for verdict in ("true", "disputed", "unknown", "partly"):
        for c in checks:
            if c.verdict == verdict:
                return c
    return checks[0]


def places(base: FactBase) -> dict[str, str]:
    """Normalised spelling of a city (English, Arabic, Russian stem) → its English name."""
    from ..queries.cache import memo

    def build() -> dict[str, str]:
        out: dict[str, str] = {}
        for e in base.events:
            for en, other in ((e.place, e.place_ar), (e.place, e.place_ru)):
                if en and " and " not in en and en != "videoconference":
                    out[Norm.of(en).text] = en
                    if other:
                        word = Norm.of(other).text
                        out[word[:-1] if word.endswith(("а", "а")) and len(word) > 5 else word] = en
        for s in base.statements:
            if s.property == "headquarters" and isinstance(s.value, str):
                out[Norm.of(s.value).text] = s.value
                if s.value_ar:
                    out[Norm.of(s.value_ar).text] = s.value
                if s.value_ru:
                    out[Norm.of(s.value_ru).text.rstrip("а")] = s.value
        return out

    return memo(base, "scan_places", build)
