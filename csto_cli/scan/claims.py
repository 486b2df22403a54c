"""Find the checkable CSTO claims in one article and check each against the record.

A sentence makes a claim when a claim word (signed, founded, left, members, troops...) meets what it
is about (a date, states, a number, a person). Each claim is linked to the record's event or
statement and gets the verdict the record supports; when the record cannot decide, "unknown".
Opinions, predictions, conditions and words inside quotation marks are not claims."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import FactBase
from .counts import CountRules
from .cues import QUOTES, Cue, find_cues
from .dates import find_dates
from .events import EventRules
from .mentions import Named, capital_lexicon, numbers, person_lexicon, state_lexicon, tokens
from .normal import Norm
from .reader import Claim, Sentence, inside
from .statuses import CHANGES, PRONOUN, StatusRules
from .text import sentences

__all__ = ["Claim", "scan_text"]

# A time phrase opening a sentence before its subject: "Seven years later", "Then", "In 2006,", "Позже"
_LEAD = re.compile(
    r"(?:(?:\w+ )?(?:years?|months?) later|after (?:an interval of |a gap of )?\w+ (?:years?|months?)|then|"
    r"in \d{4}|(?:\w+ )?(?:лет|год\w*|месяц\w*) спустя|затем|позже|потом|"
    r"(?:و)?بعد (?:\w+ )?(?:سنوات|سنه|اعوام|عام)|ثم)\s*,?\s*"
)
# "... restored its membership", "... suspended the country's membership": the subject the sentence before named
_POSSESSIVE = re.compile(r"\s*(?:its|their|the country's|the country’s) (?:membership|participation)")


class _Scanner(StatusRules, EventRules, CountRules):
    """Every rule, applied to one sentence after another."""

    def sentence(self, s: Sentence, after_org: bool = False) -> None:
        """`after_org`: the sentence before named the organization or the treaty ("it", "к нему")."""
        used_dates: set[int] = set()
        used_numbers: set[int] = set()
        self.after_org = after_org
        has_org = after_org or bool(self.cues(s, "org", "treaty", "sg", "charter", "peacekeeping", "rapid"))
        groups = self.groups(s)
        for group in groups:
            self.group_claim(s, group, has_org, used_dates)
        lead = _LEAD.match(self.norm.text, s.start)
        opening = self.norm.text[lead.end() if lead else s.start : s.start + 60]
        carried = False
        if not groups and self.subject is not None and (has_org or self.cues(s, "member")):
            # "It came back in 2006", "وعادت إليها عام 2006", "Seven years later it left", "... restored the
            # country's membership": the one state the sentence before was about
            for cue in self.cues(s, *CHANGES):
                after = self.norm.text[cue.start : cue.end + 24]
                if not (PRONOUN.match(opening) or cue.start - s.start <= 4 or _POSSESSIVE.search(after)):
                    continue
                date = self.nearest_date(s, (cue.start, cue.end), clause=True, taken=used_dates)
                self.change_claim(s, (cue.start, cue.start), self.subject, cue, date, used_dates)
                carried = True
        if not carried:
            self.subject = [groups[0][0].ident] if len(groups) == 1 and len(groups[0]) == 1 else None
        for d in s.dates:
            if d.start not in used_dates and not inside((d.start, d.end), s.quoted):
                self.date_claim(s, d, used_numbers)
        for n in s.numbers:
            if n.start not in used_numbers and not any(d.start <= n.start < d.end for d in s.dates):
                self.count_claim(s, n)
        self.post_claims(s)
        self.chair_claim(s, groups)
        self.hq_claim(s)
        self.chair_term_claim(s)
        for cue in self.cues(s, "sign"):
            if not self.hedged(s, cue.start):
                events = self.events_for(s, cue)
                if len(events) == 1:
                    self.place_claim(s, events[0], cue)


def scan_text(base: FactBase, text: str, day: dt.date, lang: str = "en") -> list[Claim]:
    """Every checkable claim in `text`, in the order it makes them."""
    scanner = _Scanner(base, text, day, lang)
    norm = scanner.norm = _without_urls(scanner.norm)
    all_tokens = tokens(norm)
    all_cues = find_cues(norm.text)
    states = state_lexicon(base).find(all_tokens)
    acting = [n for n in capital_lexicon().find(all_tokens) if _acts(norm.text, n, all_cues)]
    states = sorted(states + acting, key=lambda n: n.start)
    people = person_lexicon(base).find(all_tokens)
    all_dates = find_dates(norm)
    all_numbers = numbers(norm, all_tokens)
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

        sentence = Sentence(
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
        scanner.last_date = sentence.dates[-1].date if sentence.dates else None
        after_org = any(c.name in ("org", "treaty", "charter") for c in sentence.cues)
    return _dedupe(scanner.claims)


_LOCATIVE = re.compile(r"(?:\b(?:in|at|from|to|of|в|во|из|к|под)|في|من|الى|الي)\s*$")


def _acts(text: str, capital: Named, cues: list[Cue]) -> bool:
    """A capital is its state when it is the subject of a change of membership right after it ("Tashkent
    declined to renew the treaty"), not a place ("signed in Tashkent", "بطشقند")."""
    if _LOCATIVE.search(text[max(0, capital.start - 8) : capital.start]) or text[capital.start] == "ب":
        return False
    arabic = "\u0600" <= text[capital.start] <= "\u06ff"
    return any(
        c.name in (*CHANGES, "not_renew")
        and (
            (0 <= c.start - capital.end <= 25 and not re.search(r"[,.;:]", text[capital.end : c.start]))
            or (arabic and 0 <= capital.start - c.end <= 2)  # the verb first: "وجمدت يريفان مشاركتها"
        )
        for c in cues
    )


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
    out: list[Claim] = []
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        key = (c.start, c.end, c.subject)
        # "Uzbekistan left in 1999: Tashkent declined to renew the treaty": the same claim said twice
        again = any(
            (o.kind, o.subject, o.claimed) == (c.kind, c.subject, c.claimed) and c.start - o.end <= 40 for o in out
        )
        if key not in seen and not (again and c.kind == "status"):
            seen.add(key)
            out.append(c)
    return out
