"""Claims about states: member and observer lists, one state's status, joining, leaving,
suspension and freezes (one subject may have several verbs), and the rotating chairmanship."""

from __future__ import annotations

import datetime as dt
import re

from ..model import FactBase
from ..queries import verdicts as v
from ..queries.checks import Check, Verdict, check_status
from ..records import replace
from .cues import Cue
from .dates import DateMention
from .mentions import Named
from .reader import Reader, Sentence, near

_GROUP_CUES = ("member", "list_all", "list_some", "observer", "leave", "suspend", "freeze", "join", "rejoin", "sign",
               "renew", "deploy", "request", "withdraw_forces", "in_force", "not_renew")  # fmt: skip
CHANGES = ("leave", "suspend", "freeze", "join", "rejoin", "not_renew")
# participation, not membership: "participat(es)", "участвует", "تشارك"
# present tense only: "did not take part in the summit" is about one event, not about membership
_PARTICIPATION = re.compile(r"participat(?:es?|ing|ion)|take part|участву(?:ет|ют)|участи|(?:و|ف)?(?:ت|ي)شارك")
# reported speech whose subject is the state just named: "X told the CSTO that it ...", "заявила, что она"
_RELAY = re.compile(r"(?<![^\W\d_])(?:that (?:it|they)|что (?:она|он|оно|они)|(?:ب)?انها)(?![^\W\d_])")
# a state named after a list as about to leave it, which it has not yet done ("@" stands for the state)
_DEPARTING = re.compile(
    r"\s*,?\s*(?:with|while) @\s*(?:now |still )?(?:due|set|about|poised|preparing|getting ready) to "
    r"(?:leave|depart|quit|exit|withdraw|pull out)\b.*|\s*,?\s*(?:а|и|при этом) @\s*(?:теперь |сейчас )?"
    r"(?:собирается|готовится|намерен\w*) (?:выйти|покинуть)\b.*",
    re.S,
)
_ANY_PARTICIPATION = re.compile(r"particip|take part|участ|(?:و|ف)?(?:ت|ي)?شارك|مشارك")
_NOT_TAKING_PART = re.compile(r"(?:(?:does|do) not|doesn't|don't|no longer) (?:take|takes|participate)")
_PAST_NEGATION = re.compile(r"(?:لم|لن)\s+\S*$")  # "لم تشارك": did not take part (in one event)
PRONOUN = re.compile(r"(?:it|they|the country|the state|он|она|оно|они|страна|республика|ثم|هي|وهي)\b")


class StatusRules(Reader):
    def group_claim(self, s: Sentence, group: list[Named], has_org: bool, used_dates: set[int]) -> None:
        span = (group[0].start, group[-1].end)
        cue = self.nearest(span, self.cues(s, *_GROUP_CUES))
        change = self.nearest(span, self.cues(s, *CHANGES))
        relayed = change is not None and self._relayed(span, change)
        if change is not None and (
            relayed
            or (near(span, (change.start, change.end)) <= 40 and self.same_clause(span, (change.start, change.end)))
        ):
            cue = change  # "members X, Y and Z chose to leave": the verb says what is claimed
        has_org = has_org or len(group) >= 3
        if cue is not None and span[1] <= cue.start and re.match(r"\s*(?:by|со стороны)\s", self.norm.text[cue.end :]):
            return  # "..., which were joined by Azerbaijan": the states before the verb did not join
        if cue is None or self.hedged(s, max(cue.start, span[0])):
            return
        if near(span, (cue.start, cue.end)) > 60 and not self._relayed(span, cue):
            return
        codes = list(dict.fromkeys(n.ident for n in group))
        date = self.nearest_date(s, span, clause=True) or self.nearest_date(s, (cue.start, cue.end), clause=True)
        borrowed = False
        about = self.nearest(span, self.cues(s, "treaty", "org"))
        if date is None and about is not None and about.name == "treaty":
            # "the treaty, which took effect in 1994 and included ...": the list is of that time
            other = self.nearest_date(s, (cue.start, cue.end))
            joined = (
                other is not None
                and other.end <= cue.start
                and not re.search(r"[,;]", self.norm.text[other.end : cue.start])
            )
            if other is not None and joined and near((other.start, other.end), (cue.start, cue.end)) <= 40:
                date, borrowed = other, True
        day = date.date.end if date and cue.name in ("member", "list_all", "list_some", "observer") else self.day
        if cue.name in ("member", "list_all", "list_some") and has_org:
            if len(codes) == 1 and cue.name == "member":
                if near(span, (cue.start, cue.end)) > 30:
                    return
                check = check_status(self.base, codes[0], "member", day)
                if _NOT_TAKING_PART.match(self.norm.text, cue.start) or (
                    self.negated(s, cue.start)
                    and _PARTICIPATION.match(self.norm.text, cue.start)
                    and not _PAST_NEGATION.search(self.norm.text[max(s.start, cue.start - 14) : cue.start + 1])
                ):
                    # "Armenia does not take part in the CSTO's work": a frozen or suspended member does not
                    check = _not_taking_part(self.base, check, codes[0], day)
                    self.emit([span, (cue.start, cue.end)], "status", codes[0], "not taking part", check)
                    return
                if self.negated(s, cue.start) and _ANY_PARTICIPATION.match(self.norm.text, cue.start):
                    return  # "Armenia did not take part in the summit": one event missed, no claim on membership
                if self.negated(s, cue.start):  # "Iran has never been a member": the claim is that it is not
                    never = bool(
                        re.search(r"never|никогда|ابدا|قط", self.norm.text[max(s.start, cue.start - 30) : cue.start])
                    )
                    check = _denied(self.base, check, codes[0], never)
                    self.emit([span, (cue.start, cue.end)], "status", codes[0], "not a member", check)
                    return
                self.emit([span, (cue.start, cue.end)], "status", codes[0], "member", check)
                return
            for n in s.states:  # "consists of A, B and C with D now due to depart": D is still one of them
                if n.start >= span[1] and _DEPARTING.fullmatch(
                    self.norm.text[span[1] : n.start] + "@" + self.norm.text[n.end : n.end + 40].split(".")[0][:30]
                ):
                    codes.append(n.ident)
            some = bool(self.cues(s, "list_some")) and not self.cues(s, "list_all")
            check = v.check_list(self.base, "member", codes, day, complete=not some, lang=self.lang)
            self.emit([span, (cue.start, cue.end)], "members", "members", ",".join(codes), check)
            if date and not borrowed:
                used_dates.add(date.start)
        elif cue.name == "observer":
            if len(codes) == 1:
                check = check_status(self.base, codes[0], "observer", day)
                self.emit([span, (cue.start, cue.end)], "status", codes[0], "observer", check)
            else:
                check = v.check_list(self.base, "observer", codes, day, complete=True, lang=self.lang)
                self.emit([span, (cue.start, cue.end)], "observers", "observers", ",".join(codes), check)
        elif cue.name in CHANGES and (has_org or self.cues(s, "member")):
            self.change_claim(s, span, codes, cue, date, used_dates)
            # the same subject may go on: "rejoined in 2006 before suspending its membership in 2012"
            done = {"leave" if cue.name == "not_renew" else cue.name}
            for later in self.cues(s, *CHANGES):
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

    def _relayed(self, span: tuple[int, int], cue: Cue) -> bool:
        """ "Uzbekistan has informed the CSTO that it is suspending its membership": the pronoun is the state."""
        relay = _RELAY.search(self.norm.text, span[1], cue.start) if span[1] <= cue.start else None
        return (
            relay is not None
            and cue.start - relay.end() <= 20
            and not _RELAY.search(self.norm.text, relay.end(), cue.start)
        )

    def subject_of(self, s: Sentence, cue: Cue) -> int | None:
        """Where the group of states nearest to a claim word starts (its subject or object)."""
        groups = self.groups(s)
        best = min(groups, key=lambda g: near((g[0].start, g[-1].end), (cue.start, cue.end)), default=None)
        return best[0].start if best else None

    def change_claim(
        self, s: Sentence, span: tuple[int, int], codes: list[str], cue: Cue, date: DateMention | None, used: set[int]
    ) -> None:
        if self.negated(s, cue.start) or self.hedged(s, cue.start):
            return
        self.used_cues.add(cue.start)
        if cue.name == "leave" and self.cues(s, "troops", "withdraw_forces") and "KAZ" in codes:
            return
        change = "leave" if cue.name == "not_renew" else cue.name
        when = date.date if date and near((cue.start, cue.end), (date.start, date.end)) < 80 else None
        if when is not None and date is not None:
            used.add(date.start)
        about_org = bool(self.cues(s, "org")) and not self.cues(s, "treaty")
        check = v.check_change(self.base, codes, change, when, about_org, self.lang)
        spans = [span, (cue.start, cue.end)] + ([(date.start, date.end)] if date and when else [])
        self.emit(spans, "status", ",".join(sorted(codes)), change + (f" {when}" if when else ""), check)

    def chair_claim(self, s: Sentence, groups: list[list[Named]]) -> None:
        """ "Armenia, which chairs the CSTO in 2022": the rotating chairmanship held in the period."""
        for cue in self.cues(s, "chair"):
            close = [g for g in groups if len(g) == 1 and near((g[0].start, g[0].end), (cue.start, cue.end)) <= 40]
            if not close or self.hedged(s, cue.start) or self.negated(s, cue.start):
                continue
            state = self.base.state_by_code[close[0][0].ident]
            date = self.nearest_date(s, (cue.start, cue.end), clause=True)
            period = date.date if date else None
            check = v.check_post(self.base, "chairmanship", state.name, period, self.day, self.lang)
            spans = [
                (close[0][0].start, close[0][0].end),
                (cue.start, cue.end),
                *([(date.start, date.end)] if date else []),
            ]
            self.emit(spans, "chairmanship", "chairmanship", state.code, check)
            return


def _denied(base: FactBase, check: Check, code: str, never: bool) -> Check:
    """The verdict on "X is not (never was) a member" from the one on "X is a member"."""
    if never:
        ever = any(code in e.states and e.kind in ("treaty-signed", "accession", "rejoined") for e in base.events)
        verdict: Verdict = "false" if ever else "true"
    else:
        verdict = {"true": "false", "false": "true"}.get(check.verdict, check.verdict)  # type: ignore[assignment]
    return replace(check, claim="not " + check.claim, verdict=verdict)


def _not_taking_part(base: FactBase, check: Check, code: str, day: dt.date) -> Check:
    """The verdict on "X does not take part": true for a non-member or a member whose participation is
    frozen or suspended on the day, false for a member taking part."""
    from ..queries.membership import status_on

    st = status_on(base, base.state_by_code[code], day)
    verdict: Verdict = "true" if st.participation or st.status != "member" else "false"
    return replace(check, claim="not taking part: " + check.claim, verdict=verdict)
