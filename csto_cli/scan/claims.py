"""Find the checkable CSTO claims in one article and check each against the record.

A sentence makes a claim when a claim word (signed, founded, left, members, troops...) meets what it
is about (a date, states, a number, a person). Each claim is linked to the record's event or
statement and gets the verdict the record supports; when the record cannot decide, "unknown".
Opinions, predictions, conditions and words inside quotation marks are not claims."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import Event, FactBase, PartialDate
from ..queries import verdicts as v
from ..queries.checks import Check, Verdict, check_date, check_status, event_evidence
from ..records import record, replace
from .cues import MODAL, NEGATION, QUOTES, Cue, find_cues
from .dates import DateMention, find_dates
from .mentions import NUMBER_WORDS, Named, Number, keys_of, numbers, person_lexicon, state_lexicon, tokens
from .normal import Norm
from .text import sentences

_SEPARATOR = re.compile(r"^(?:\s|,|;|/|-|\(|\)|and\b|or\b|as well as|и\b|или\b|а также|كل من|او\b|وكذلك|)*$")
_ANCHORS = ("sign", "found", "in_force", "renew", "leave", "suspend", "freeze", "join", "rejoin", "observer",
            "deploy", "request", "withdraw_forces", "appoint", "exercise", "candidacy")  # fmt: skip
_GROUP_CUES = ("member", "list_all", "list_some", "observer", "leave", "suspend", "freeze", "join", "rejoin", "sign",
               "renew", "deploy", "request", "withdraw_forces", "in_force", "not_renew")  # fmt: skip
_CHANGES = ("leave", "suspend", "freeze", "join", "rejoin", "not_renew")
# a comma, or "and" opening a coordinated clause: the words on either side make separate claims
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|while|и|а|но|لكن)\s|\sو(?=[^\W\d_]{3,})")
_FORMER = re.compile(r"(?:former|ex-|бывш\w*|\(?سابق|الاسبق|السابق)\s*$|^\s*,?\s*(?:former|السابق)")
# present tense: "X is Secretary-General since 2020" claims X holds the post today
_PRESENT = re.compile(
    r"\b(?:is|are|has been|serves|holds|remains)\b|является|занимает|возглавляет|остается|يشغل|يتولى|لا يزال|ما زال"
)
_ABOUT = re.compile(
    r"(?:about|around|roughly|some|nearly|almost|approximately|close to|около|почти|порядка|примерно|"
    r"قرابه|نحو|حوالي|زهاء|ما يقارب|تقريبا)\s*$"
)
_PRONOUN = re.compile(r"(?:it|they|the country|the state|он|она|оно|они|страна|республика|ثم|هي|وهي)\b")
_ONE_OF = frozenset({"one", "один", "одна", "одно", "одной", "одного", "احد", "احدي", "واحده", "واحد"})
# "18 years ago", "منذ 18 عاما": the date written is the day of writing, not of the event
_RELATIVE = re.compile(r"\d+\s*(?:years? ago|лет назад|года назад|год назад)|منذ\s*\d+\s*(?:عاما|سنه|سنوات)")


@record
class Claim:
    start: int  # offsets in the article text
    end: int
    quote: str
    kind: str  # members, observers, status, date, place, count, post, founding, headquarters
    subject: str  # the record's event or statement (property), or the states
    claimed: str
    check: Check

    @property
    def verdict(self) -> Verdict:
        return self.check.verdict


@record
class _Sentence:
    """One sentence's share of what the article names (normalised offsets)."""

    start: int
    end: int
    cues: list[Cue]
    dates: list[DateMention]
    states: list[Named]
    people: list[Named]
    numbers: list[Number]
    quoted: list[tuple[int, int]]


def _near(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in regions)


class _Scanner:
    def __init__(self, base: FactBase, text: str, day: dt.date, lang: str) -> None:
        self.base, self.text, self.day, self.lang = base, text, day, lang
        self.norm = Norm.of(text)
        self.claims: list[Claim] = []
        self.used_cues: set[int] = set()
        self.after_org = False
        self.subject: list[str] | None = None  # the one state the sentence before was about
        self.context: set[str] = set()  # the states the sentence before named

    # --- helpers -----------------------------------------------------------------------------
    def emit(self, spans: list[tuple[int, int]], kind: str, subject: str, claimed: str, check: Check) -> None:
        a = min(s[0] for s in spans)
        b = max(s[1] for s in spans)
        start, end = self.norm.span(a, b)
        self.claims.append(Claim(start, end, self.text[start:end], kind, subject, claimed, check))

    def cues(self, s: _Sentence, *names: str) -> list[Cue]:
        return [c for c in s.cues if c.name in names and not _inside((c.start, c.end), s.quoted)]

    def hedged(self, s: _Sentence, at: int) -> bool:
        """A modal word or a negation shortly before `at`: a prediction, condition or denial."""
        window = self.norm.text[max(s.start, at - 40) : at]
        return bool(MODAL.search(window))

    def negated(self, s: _Sentence, at: int) -> bool:
        return bool(NEGATION.search(self.norm.text[max(s.start, at - 14) : at]))

    def nearest(self, span: tuple[int, int], cues: list[Cue]) -> Cue | None:
        return min(cues, key=lambda c: _near(span, (c.start, c.end)), default=None)

    def groups(self, s: _Sentence) -> list[list[Named]]:
        out: list[list[Named]] = []
        for n in s.states:
            if _inside((n.start, n.end), s.quoted):
                continue
            if out and _SEPARATOR.match(self.norm.text[out[-1][-1].end : n.start]):
                if n.ident not in {m.ident for m in out[-1]}:
                    out[-1].append(n)
                continue
            out.append([n])
        return out

    # --- the sentence ------------------------------------------------------------------------
    def sentence(self, s: _Sentence, after_org: bool = False) -> None:
        """`after_org`: the sentence before named the organization or the treaty ("it", "к нему")."""
        used_dates: set[int] = set()
        used_numbers: set[int] = set()
        self.after_org = after_org
        has_org = after_org or bool(self.cues(s, "org", "treaty", "sg", "charter", "peacekeeping", "rapid"))
        groups = self.groups(s)
        for group in groups:
            self.group_claim(s, group, has_org, used_dates)
        opening = self.norm.text[s.start : s.start + 24]
        if not groups and self.subject is not None and (has_org or self.cues(s, "member")):
            # "It came back in 2006", "وعادت إليها عام 2006": the one state the sentence before was about
            for cue in self.cues(s, *_CHANGES):
                if not (_PRONOUN.match(opening) or cue.start - s.start <= 4):
                    continue
                date = self.nearest_date(s, (cue.start, cue.end), clause=True, taken=used_dates)
                self.change_claim(s, (cue.start, cue.start), self.subject, cue, date, used_dates)
        self.subject = [groups[0][0].ident] if len(groups) == 1 and len(groups[0]) == 1 else None
        for d in s.dates:
            if d.start not in used_dates and not _inside((d.start, d.end), s.quoted):
                self.date_claim(s, d, used_numbers)
        for n in s.numbers:
            if n.start not in used_numbers and not any(d.start <= n.start < d.end for d in s.dates):
                self.count_claim(s, n)
        self.post_claims(s)
        self.chair_claim(s, groups)
        self.hq_claim(s)
        for cue in self.cues(s, "sign"):
            if not self.hedged(s, cue.start):
                events = self.events_for(s, cue)
                if len(events) == 1:
                    self.place_claim(s, events[0], cue)

    def group_claim(self, s: _Sentence, group: list[Named], has_org: bool, used_dates: set[int]) -> None:
        span = (group[0].start, group[-1].end)
        cue = self.nearest(span, self.cues(s, *_GROUP_CUES))
        change = self.nearest(span, self.cues(s, *_CHANGES))
        if (
            change is not None
            and _near(span, (change.start, change.end)) <= 40
            and self.same_clause(span, (change.start, change.end))
        ):
            cue = change  # "members X, Y and Z chose to leave": the verb says what is claimed
        has_org = has_org or len(group) >= 3
        if cue is None or _near(span, (cue.start, cue.end)) > 60 or self.hedged(s, max(cue.start, span[0])):
            return
        codes = list(dict.fromkeys(n.ident for n in group))
        date = self.nearest_date(s, span, clause=True) or self.nearest_date(s, (cue.start, cue.end), clause=True)
        day = date.date.end if date and cue.name in ("member", "list_all", "list_some", "observer") else self.day
        if cue.name in ("member", "list_all", "list_some") and has_org:
            if len(codes) == 1 and cue.name == "member":
                if _near(span, (cue.start, cue.end)) > 30:
                    return
                check = check_status(self.base, codes[0], "member", day)
                if self.negated(s, cue.start):  # "Iran has never been a member": the claim is that it is not
                    never = bool(
                        re.search(r"never|никогда|ابدا|قط", self.norm.text[max(s.start, cue.start - 30) : cue.start])
                    )
                    check = _denied(self.base, check, codes[0], never)
                    self.emit([span, (cue.start, cue.end)], "status", codes[0], "not a member", check)
                    return
                self.emit([span, (cue.start, cue.end)], "status", codes[0], "member", check)
                return
            some = bool(self.cues(s, "list_some")) and not self.cues(s, "list_all")
            check = v.check_list(self.base, "member", codes, day, complete=not some, lang=self.lang)
            self.emit([span, (cue.start, cue.end)], "members", "members", ",".join(codes), check)
            if date:
                used_dates.add(date.start)
        elif cue.name == "observer":
            if len(codes) == 1:
                check = check_status(self.base, codes[0], "observer", day)
                self.emit([span, (cue.start, cue.end)], "status", codes[0], "observer", check)
            else:
                check = v.check_list(self.base, "observer", codes, day, complete=True, lang=self.lang)
                self.emit([span, (cue.start, cue.end)], "observers", "observers", ",".join(codes), check)
        elif cue.name in _CHANGES and (has_org or self.cues(s, "member")):
            self.change_claim(s, span, codes, cue, date, used_dates)
            # the same subject may go on: "rejoined in 2006 before suspending its membership in 2012"
            done = {"leave" if cue.name == "not_renew" else cue.name}
            for later in self.cues(s, *_CHANGES):
                kind = "leave" if later.name == "not_renew" else later.name
                if (
                    later.start > cue.end
                    and later.start not in self.used_cues
                    and kind not in done
                    and self.subject_of(s, later) == group[0].start
                ):
                    done.add(kind)
                    when = self.nearest_date(s, (later.start, later.end), clause=True, taken=used_dates)
                    self.change_claim(s, span, codes, later, when, used_dates)

    def subject_of(self, s: _Sentence, cue: Cue) -> int | None:
        """Where the group of states nearest to a claim word starts (its subject or object)."""
        groups = self.groups(s)
        best = min(groups, key=lambda g: _near((g[0].start, g[-1].end), (cue.start, cue.end)), default=None)
        return best[0].start if best else None

    def change_claim(
        self, s: _Sentence, span: tuple[int, int], codes: list[str], cue: Cue, date: DateMention | None, used: set[int]
    ) -> None:
        if self.negated(s, cue.start) or self.hedged(s, cue.start):
            return
        self.used_cues.add(cue.start)
        if cue.name == "leave" and self.cues(s, "troops", "withdraw_forces") and "KAZ" in codes:
            return
        change = "leave" if cue.name == "not_renew" else cue.name
        when = date.date if date and _near((cue.start, cue.end), (date.start, date.end)) < 80 else None
        if when is not None and date is not None:
            used.add(date.start)
        about_org = bool(self.cues(s, "org")) and not self.cues(s, "treaty")
        check = v.check_change(self.base, codes, change, when, about_org, self.lang)
        spans = [span, (cue.start, cue.end)] + ([(date.start, date.end)] if date and when else [])
        self.emit(spans, "status", ",".join(sorted(codes)), change + (f" {when}" if when else ""), check)

    def same_clause(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
        return not _CLAUSE_BREAK.search(self.norm.text[lo:hi])

    def nearest_date(
        self,
        s: _Sentence,
        span: tuple[int, int],
        clause: bool = False,
        taken: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> DateMention | None:
        return min(
            (
                d
                for d in s.dates
                if d.start not in taken
                and not _inside((d.start, d.end), s.quoted)
                and (not clause or self.same_clause(span, (d.start, d.end)))
            ),
            key=lambda d: _near(span, (d.start, d.end)),
            default=None,
        )

    def date_claim(self, s: _Sentence, d: DateMention, used_numbers: set[int]) -> None:
        dspan = (d.start, d.end)
        anchors = self.cues(s, *_ANCHORS)
        others = [o for o in s.dates if o is not d]
        # the nearest claim word that has no nearer date of its own
        free = [
            c
            for c in anchors
            if not any(_near((c.start, c.end), (o.start, o.end)) < _near((c.start, c.end), dspan) for o in others)
        ]
        cue = self.treaty_of(s, d) or self.nearest(dspan, free)
        if (
            cue is not None
            and cue.start != cue.end
            and _near(dspan, (cue.start, cue.end)) > 90
            and len({c.name for c in anchors}) > 1
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
        elif cue.name in (*_CHANGES, "observer"):
            return  # dated joining/leaving claims are made with their states (group_claim)
        events = self.events_for(s, cue)
        spans = [dspan, (cue.start, cue.end)]
        if cue.name == "found" and not events:
            obj = self.nearest(cspan, self.cues(s, "treaty", "rapid", "peacekeeping"))
            between = obj is not None and min(cue.end, obj.end) <= d.start and d.end <= max(cue.start, obj.start)
            if obj is None or _near(cspan, (obj.start, obj.end)) > 30 or between:
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

    def treaty_of(self, s: _Sentence, d: DateMention) -> Cue | None:
        """'the Treaty of 15 May 1992', 'Договор ... от 15 мая 1992 года': the signing date."""
        before = self.norm.text[max(s.start, d.start - 60) : d.start]
        if re.search(r"(?:treaty|договор\w*)(?: [^\W\d]+){0,4} (?:of|от|dated)\s*$", before):
            return Cue("sign", d.start, d.start)
        return None

    def events_for(self, s: _Sentence, cue: Cue) -> list[Event]:
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

    def best_by_words(self, s: _Sentence, events: list[Event]) -> list[Event]:
        """The one event whose title (in any language) shares the most words with the sentence."""
        words = {k for t in tokens(self.norm, s.start, s.end) for k in keys_of(t.text) if len(k) >= 4}
        scored = [(len(words & _title_words(e)), e) for e in events]
        best = max((n for n, _ in scored), default=0)
        chosen = [e for n, e in scored if n == best]
        return chosen if best >= 2 and len(chosen) == 1 else []

    def agreements(self, s: _Sentence) -> list[Event]:
        """The agreement a sentence describes, found by the words of its title (at least three)."""
        words = {k for t in tokens(self.norm, s.start, s.end) for k in keys_of(t.text) if len(k) >= 4}
        scored = [(len(words & have), e) for e, have in _agreement_words(self.base)]
        best = max((n for n, _ in scored), default=0)
        chosen = [e for n, e in scored if n == best]
        return chosen if best >= 3 and len(chosen) == 1 else []

    def place_claim(self, s: _Sentence, event: Event, cue: Cue) -> None:
        places = _places(self.base)
        text = self.norm.text
        for key, city in places.items():
            for m in re.finditer(  # "in Tashkent", "in the Uzbek capital Tashkent", "بطشقند"
                rf"(?<![^\W\d_])(?:(?:in|at|в|во|في) (?:[^\W\d]+ ){{0,3}}|ب)?{re.escape(key)}\w{{0,2}}\b",
                text[s.start : s.end],
            ):
                a, b = s.start + m.start(), s.start + m.end()
                if not m.group().startswith(("in ", "at ", "в ", "во ", "في ", "ب")) or _inside((a, b), s.quoted):
                    continue
                if (
                    _near((a, b), (cue.start, cue.end)) > 60
                    or event.place is None
                    or any(c.kind == "place" and c.subject == event.id for c in self.claims)
                ):
                    continue
                holds = event.place
                verdict: Verdict = "true" if city.lower() in holds.lower() else "false"
                check = Check(f"{v.title(event, self.lang)}: {city}", verdict, holds, None, (event_evidence(event),))
                self.emit([(a, b), (cue.start, cue.end)], "place", event.id, city, check)
                return

    def count_claim(self, s: _Sentence, n: Number) -> None:
        after = self.norm.text[n.end : min(s.end, n.end + 40)]
        before = self.norm.text[max(s.start, n.start - 30) : n.start]
        nspan = (n.start, n.end)
        troops = self.cues(s, "troops")
        near_troops = [c for c in troops if 0 <= c.start - n.end <= 25 or 0 <= n.start - c.end <= 3]
        if _inside(nspan, s.quoted) or self.hedged(s, n.start):
            return
        here = {x.ident for x in s.states}
        codes = here or self.context
        strong = re.search(r"численност|قوامها|قوامه|strength of", before) or re.match(r"-?\s*strong", after)
        if near_troops or strong:
            force = self.nearest(nspan, self.cues(s, "rapid", "peacekeeping"))
            if force is not None and force.name == "rapid":
                prop = "rapid-reaction-force-size"
            # troops sent to Kazakhstan: named here, or in the sentences before when this one names no force
            sent = "KAZ" in here or ("KAZ" in self.context and force is None)
            if (force is None or force.name != "rapid") and sent and n.value >= 100:
                event = next((e for e in self.base.events if e.kind == "deployment" and "KAZ" in e.states), None)
                if event is None:
                    return
                about = bool(_ABOUT.search(before))
                check = v.check_event_value(self.base, event, n.value, self.lang, approximate=about)
                self.emit([nspan, *((c.start, c.end) for c in near_troops[:1])], "count", event.id, str(n.value), check)
                return
            if force is not None and force.name == "peacekeeping" and n.value >= 100:
                prop = "peacekeeping-forces-size"
            elif force is None or force.name != "rapid":
                return
            # "a 20,000-strong force in 2009": a date in the clause says when the number held
            when = self.nearest_date(s, nspan, clause=True)
            day = min(when.date.end, self.base.meta.as_of) if when else self.day
            check = v.check_statement_number(self.base, prop, n.value, day, self.lang)
            self.emit([nspan, *((c.start, c.end) for c in near_troops[:1])], "count", prop, str(n.value), check)
            return
        states_word = next(
            (
                c
                for c in self.cues(s, "states")
                if c.start >= n.end and re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,2}", self.norm.text[n.end : c.start])
            ),
            None,
        )
        # "three of the nine members" counts a part; "one of six member states" names the whole
        part = re.search(r"(\w+) (?:of|of the|out of|из|من اصل)\s*$", before)
        counted_part = part is not None and part.group(1) not in _ONE_OF and _is_number(part.group(1))
        if states_word is None or n.value > 20 or counted_part:
            return
        if re.match(r"\s*(?:of|of the|out of|из|من اصل)\s", after):
            return
        if re.match(r"\s*(?:of|out of|из|من اصل|من)\s", after[states_word.end - n.end :]) and not self.cues(
            s, "member"
        ):
            pass
        signed = [c for c in self.cues(s, "sign", "renew") if self.cues(s, "treaty")]
        anchor = self.nearest(nspan, signed) or self.nearest(
            nspan, self.cues(s, "member", "list_all", "org", "leave", "found")
        )
        if anchor is None:
            return
        if anchor.name in ("sign", "renew"):
            kinds = ("treaty-signed",) if anchor.name == "sign" else ("renewal",)
            obj = self.nearest((anchor.start, anchor.end), self.cues(s, "treaty", "charter"))
            if obj is None or obj.name == "charter":
                return
            event = next((e for e in self.base.events if e.kind in kinds), None)
            if event is None:
                return
            if anchor.name == "sign" and codes and not codes & set(event.states):
                joined = [e for e in self.base.events if e.kind == "accession" and set(e.states) & codes]
                event = replace(
                    event, id="accession", title="accession", states=tuple(c for e in joined for c in e.states)
                )
            check = v.check_event_states_count(self.base, event, n.value, self.lang)
            self.emit([nspan, (states_word.start, states_word.end)], "count", event.id, str(n.value), check)
        elif anchor.name in ("member", "list_all", "org"):
            date = self.nearest_date(s, nspan)
            day = date.date.end if date else self.day
            check = v.check_member_count(self.base, n.value, "member", day, self.lang)
            self.emit([nspan, (states_word.start, states_word.end)], "count", "members", str(n.value), check)

    def post_claims(self, s: _Sentence) -> None:
        sg = self.cues(s, "sg")
        if not sg:
            return
        for person in s.people:
            pspan = (person.start, person.end)
            appoint = self.nearest(pspan, self.cues(s, "appoint"))
            if appoint is not None and s.dates and _near(pspan, (appoint.start, appoint.end)) < 25:
                continue  # an appointment with a date is a date claim
            cue = self.nearest(pspan, sg)
            if cue is None or _near(pspan, (cue.start, cue.end)) > 60 or _inside(pspan, s.quoted):
                continue
            if any(
                _FORMER.search(self.norm.text[max(s.start, at - 16) : at]) for at in (cue.start, person.start)
            ) or any(_FORMER.match(self.norm.text[at : at + 12]) for at in (cue.end, person.end)):
                continue  # "former Secretary-General Bordyuzha": no claim about a day
            date = self.nearest_date(s, pspan, clause=True)
            period = date.date if date else None
            since = date and re.search(
                r"(?:since|منذ|с)\s*(?:عام\s*)?$", self.norm.text[max(s.start, date.start - 12) : date.start]
            )
            if since and _PRESENT.search(self.norm.text[s.start : s.end]):
                period = PartialDate.of(self.day)  # "is Secretary-General since 2020": a claim about now
            check = v.check_post(self.base, "secretary-general", person.ident, period, self.day, self.lang)
            self.emit([pspan, (cue.start, cue.end)], "post", "secretary-general", person.ident, check)

    def chair_claim(self, s: _Sentence, groups: list[list[Named]]) -> None:
        """ "Armenia, which chairs the CSTO in 2022": the rotating chairmanship held in the period."""
        for cue in self.cues(s, "chair"):
            near = [g for g in groups if len(g) == 1 and _near((g[0].start, g[0].end), (cue.start, cue.end)) <= 40]
            if not near or self.hedged(s, cue.start) or self.negated(s, cue.start):
                continue
            state = self.base.state_by_code[near[0][0].ident]
            date = self.nearest_date(s, (cue.start, cue.end), clause=True)
            period = date.date if date else None
            check = v.check_post(self.base, "chairmanship", state.name, period, self.day, self.lang)
            spans = [
                (near[0][0].start, near[0][0].end),
                (cue.start, cue.end),
                *([(date.start, date.end)] if date else []),
            ]
            self.emit(spans, "chairmanship", "chairmanship", state.code, check)
            return

    def hq_claim(self, s: _Sentence) -> None:
        for cue in self.cues(s, "hq"):
            lo = max(s.start, cue.start - 60)
            rest = self.norm.text[lo : min(s.end, cue.end + 60)]
            rest = _CAPITALS.sub(_capital_of, rest)
            for key, city in _places(self.base).items():
                m = re.search(rf"(?<![^\W\d_])(?:ب)?{re.escape(key)}", rest)
                if m:
                    from ..queries.checks import check_fact

                    check = check_fact(self.base, "headquarters", city, self.day, self.lang)
                    self.emit(
                        [(cue.start, cue.end), (lo + m.start(), lo + m.end())],
                        "headquarters",
                        "headquarters",
                        city,
                        check,
                    )
                    return


def _title_words(e: Event) -> set[str]:
    title = " ".join(x for x in (e.title, e.title_ar, e.title_ru) if x)
    return {k for t in tokens(Norm.of(title)) for k in keys_of(t.text) if len(k) >= 4}


def _agreement_words(base: FactBase) -> list[tuple[Event, set[str]]]:
    from ..queries.cache import memo

    def build() -> list[tuple[Event, set[str]]]:
        out = []
        for e in base.events:
            if e.kind in ("agreement", "renewal", "charter-signed"):
                title = " ".join(x for x in (e.title, e.title_ar, e.title_ru) if x)
                out.append((e, {k for t in tokens(Norm.of(title)) for k in keys_of(t.text) if len(k) >= 4}))
        return out

    return memo(base, "scan_agreements", build)


# "the Russian capital", "العاصمة الروسية", "российская столица": the capital stands for its city
_CAPITALS = re.compile(r"(?:the )?russian capital|العاصمه الروسيه|российск\w* столиц\w*|столиц\w* росси\w*")


def _capital_of(m: re.Match[str]) -> str:
    """The city's name padded to the same length: offsets in the text stay as they were."""
    word = "moscow" if m.group().isascii() else "موسكو" if "عاصمه" in m.group() else "москва"
    return word.ljust(len(m.group())) if len(m.group()) >= len(word) else m.group()


def _denied(base: FactBase, check: Check, code: str, never: bool) -> Check:
    """The verdict on "X is not (never was) a member" from the one on "X is a member"."""
    if never:
        ever = any(code in e.states and e.kind in ("treaty-signed", "accession", "rejoined") for e in base.events)
        verdict: Verdict = "false" if ever else "true"
    else:
        verdict = {"true": "false", "false": "true"}.get(check.verdict, check.verdict)  # type: ignore[assignment]
    return replace(check, claim="not " + check.claim, verdict=verdict)


def _is_number(word: str) -> bool:
    return word.isdigit() or any(k in NUMBER_WORDS for k in keys_of(word))


def _best(checks: list[Check]) -> Check:
    for verdict in ("true", "disputed", "unknown", "partly"):
        for c in checks:
            if c.verdict == verdict:
                return c
    return checks[0]


def _places(base: FactBase) -> dict[str, str]:
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


def scan_text(base: FactBase, text: str, day: dt.date, lang: str = "en") -> list[Claim]:
    """Every checkable claim in `text`, in the order it makes them."""
    scanner = _Scanner(base, text, day, lang)
    norm = scanner.norm = _without_urls(scanner.norm)
    all_tokens = tokens(norm)
    states = state_lexicon(base).find(all_tokens)
    people = person_lexicon(base).find(all_tokens)
    all_dates = find_dates(norm)
    all_numbers = numbers(norm, all_tokens)
    all_cues = find_cues(norm.text)
    quoted = [m.span() for m in QUOTES.finditer(norm.text)]
    inverse = _inverse(norm)
    cue_at, date_at, state_at, person_at, number_at = (
        [x.start for x in items] for items in (all_cues, all_dates, states, people, all_numbers)
    )
    after_org = False
    for a, b in sentences(text):
        na, nb = inverse[a], inverse[b]

        def within(items: list, starts: list[int], na: int = na, nb: int = nb) -> list:  # type: ignore[type-arg]
            lo, hi = bisect.bisect_left(starts, na), bisect.bisect_left(starts, nb)
            return [x for x in items[lo:hi] if x.end <= nb]

        sentence = _Sentence(
            na, nb, within(all_cues, cue_at), within(all_dates, date_at), within(states, state_at),
            within(people, person_at), within(all_numbers, number_at),
            [q for q in quoted if na <= q[0] and q[1] <= nb],
        )  # fmt: skip
        if sentence.cues:
            scanner.sentence(sentence, after_org)
        # troops counted in the next sentence were sent where this one says ("Roughly 4,000 took part")
        deployed = any(c.name in ("deploy", "troops", "peacekeeping", "request") for c in sentence.cues)
        here = {n.ident for n in sentence.states}
        scanner.context = (here or scanner.context) if deployed else set()
        after_org = any(c.name in ("org", "treaty", "charter") for c in sentence.cues)
    return _dedupe(scanner.claims)


def _without_urls(norm: Norm) -> Norm:
    """Web addresses name no claim (a slug like /armenia-suspends-participation/ is not a sentence)."""
    masked = _URL.sub(lambda m: " " * len(m.group()), norm.text)
    return norm if masked == norm.text else Norm(masked, norm.pos)


_URL = re.compile(r"(?:https?://|www\.)\S+")


def _inverse(norm: Norm) -> list[int]:
    """Original offset → normalised offset (the first normalised character at or after it)."""
    out = [0] * (norm.pos[-1] + 1)
    j = len(norm.pos) - 1
    for i in range(len(out) - 1, -1, -1):
        while j > 0 and norm.pos[j - 1] >= i:
            j -= 1
        out[i] = j
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        key = (c.start, c.end, c.subject)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
