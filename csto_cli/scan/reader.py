"""What every claim rule reads from: one sentence's share of what the article names, and the
helpers the rules share (the cues of a sentence, the nearest date, whether a word is hedged)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import FactBase, PartialDate
from ..queries.checks import Check, Verdict
from ..records import record
from .cues import MODAL, NEGATION, Cue
from .dates import DateMention
from .mentions import Named, Number
from .normal import Norm

_SEPARATOR = re.compile(r"^(?:\s|,|;|/|-|\(|\)|and\b|or\b|as well as|и\b|или\b|а также|كل من|او\b|وكذلك|)*$")
# a comma, or "and" opening a coordinated clause: the words on either side make separate claims
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|while|и|а|но|لكن)\s|\sو(?=[^\W\d_]{3,})")


# "until 2006", "до 2006 года": the end of something, not when it happened
_UNTIL = re.compile(r"(?:until|till|up to|до|حتى|لغايه)\s*$")


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
class Sentence:
    """One sentence's share of what the article names (normalised offsets)."""

    start: int
    end: int
    cues: list[Cue]
    dates: list[DateMention]
    states: list[Named]
    people: list[Named]
    numbers: list[Number]
    quoted: list[tuple[int, int]]


def near(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in regions)


class Reader:
    """The article being read, the claims found so far, and what the sentence before said."""

    def __init__(self, base: FactBase, text: str, day: dt.date, lang: str) -> None:
        self.base, self.text, self.day, self.lang = base, text, day, lang
        self.norm = Norm.of(text)
        self.claims: list[Claim] = []
        self.used_cues: set[int] = set()
        self.after_org = False
        self.last_date: PartialDate | None = None  # the last date the sentence before gave
        self.subject: list[str] | None = None  # the one state the sentence before was about
        self.context: set[str] = set()  # the states the sentence before named

    def emit(self, spans: list[tuple[int, int]], kind: str, subject: str, claimed: str, check: Check) -> None:
        a = min(s[0] for s in spans)
        b = max(s[1] for s in spans)
        start, end = self.norm.span(a, b)
        self.claims.append(Claim(start, end, self.text[start:end], kind, subject, claimed, check))

    def cues(self, s: Sentence, *names: str) -> list[Cue]:
        return [c for c in s.cues if c.name in names and not inside((c.start, c.end), s.quoted)]

    def hedged(self, s: Sentence, at: int) -> bool:
        """A modal word or a negation shortly before `at`: a prediction, condition or denial."""
        window = self.norm.text[max(s.start, at - 40) : at]
        return bool(MODAL.search(window))

    def negated(self, s: Sentence, at: int) -> bool:
        return bool(NEGATION.search(self.norm.text[max(s.start, at - 14) : at]))

    def nearest(self, span: tuple[int, int], cues: list[Cue]) -> Cue | None:
        return min(cues, key=lambda c: near(span, (c.start, c.end)), default=None)

    def groups(self, s: Sentence) -> list[list[Named]]:
        out: list[list[Named]] = []
        for n in s.states:
            if inside((n.start, n.end), s.quoted):
                continue
            if out and _SEPARATOR.match(self.norm.text[out[-1][-1].end : n.start]):
                if n.ident not in {m.ident for m in out[-1]}:
                    out[-1].append(n)
                continue
            out.append([n])
        return out

    def same_clause(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
        return not _CLAUSE_BREAK.search(self.norm.text[lo:hi])

    def nearest_date(
        self,
        s: Sentence,
        span: tuple[int, int],
        clause: bool = False,
        taken: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> DateMention | None:
        return min(
            (
                d
                for d in s.dates
                if d.start not in taken
                and not _UNTIL.search(self.norm.text[max(s.start, d.start - 12) : d.start])
                and not inside((d.start, d.end), s.quoted)
                and (not clause or self.same_clause(span, (d.start, d.end)))
            ),
            key=lambda d: near(span, (d.start, d.end)),
            default=None,
        )
