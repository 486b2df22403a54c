"""Claims in numbers and names: troops sent, force sizes, how many members or signatories, who
held the post of Secretary-General, where the headquarters is."""

from __future__ import annotations

import datetime as dt
import re

from ..model import FactBase, PartialDate
from ..queries import verdicts as v
from ..records import replace
from .events import places
from .mentions import NUMBER_WORDS, Number, keys_of
from .reader import Reader, Sentence, inside, near

_FORMER = re.compile(r"(?:former|ex-|бывш\w*|\(?سابق|الاسبق|السابق)\s*$|^\s*,?\s*(?:former|السابق)")
# present tense: "X is Secretary-General since 2020" claims X holds the post today
_PRESENT = re.compile(
    r"\b(?:is|are|has been|serves|holds|remains)\b|является|занимает|возглавляет|остается|يشغل|يتولى|لا يزال|ما زال"
)
_ABOUT = re.compile(
    r"(?:about|around|roughly|some|nearly|almost|approximately|close to|около|почти|порядка|примерно|"
    r"قرابه|نحو|حوالي|زهاء|ما يقارب|تقريبا)\s*$"
)
_ONE_OF = frozenset({"one", "один", "одна", "одно", "одной", "одного", "احد", "احدي", "واحده", "واحد"})
# "the Russian capital", "العاصمة الروسية", "российская столица": the capital stands for its city
# the rotating chairmanship and its term, over the normalised text (ئ→ي, أ→ا, ة→ه)
_ROTATION = re.compile(r"rotat|in turn|take turns|поочер[её]дн|по очереди|ротаци|(?:ب|ال)?(?:تناوب|يتناوب|تتناوب)")
_CHAIR_WORD = re.compile(r"chair|presiden|председат|رياس|تراس|يراس")
_TERM = re.compile(
    r"(?<![^\W\d_])(?:(?:one|a|two|1|2)[- ]years?|(?:один|одного|два|двух|1|2) (?:год|года|лет)|"
    r"(?:سنه|عام) (?:واحده|واحد)|سنتين|عامين)(?![^\W\d_])"
)
_TWO = re.compile(r"two|2|два|двух|سنتين|عامين")
_CAPITALS = re.compile(r"(?:the )?russian capital|العاصمه الروسيه|российск\w* столиц\w*|столиц\w* росси\w*")


class CountRules(Reader):
    def count_claim(self, s: Sentence, n: Number) -> None:
        after = self.norm.text[n.end : min(s.end, n.end + 40)]
        before = self.norm.text[max(s.start, n.start - 30) : n.start]
        nspan = (n.start, n.end)
        troops = self.cues(s, "troops")
        near_troops = [c for c in troops if 0 <= c.start - n.end <= 25 or 0 <= n.start - c.end <= 3]
        if inside(nspan, s.quoted) or self.hedged(s, n.start):
            return
        here = {x.ident for x in s.states}
        codes = here or self.context
        strong = re.search(r"численност|قوامها|قوامه|strength of", before) or re.match(r"-?\s*(?:strong|head)\b", after)
        if near_troops or strong:
            # the force the number is about is named next to it ("a 20,000-strong rapid reaction force")
            force = self.nearest(
                nspan, [c for c in self.cues(s, "rapid", "peacekeeping") if near(nspan, (c.start, c.end)) <= 40]
            )
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
            # "a 20,000-strong force in 2009": a date in the clause (or the sentence before: "as of
            # 2013, the CSTO has ... a 20,000-head force") says when the number held
            when = self.nearest_date(s, nspan, clause=True)
            held = when.date if when else self.last_date
            day = min(held.end, self.base.meta.as_of) if held else self.day
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

    def post_claims(self, s: Sentence) -> None:
        sg = self.cues(s, "sg")
        if not sg:
            return
        for person in s.people:
            pspan = (person.start, person.end)
            appoint = self.nearest(pspan, self.cues(s, "appoint"))
            if appoint is not None and s.dates and near(pspan, (appoint.start, appoint.end)) < 25:
                continue  # an appointment with a date is a date claim
            cue = self.nearest(pspan, sg)
            if cue is None or near(pspan, (cue.start, cue.end)) > 60 or inside(pspan, s.quoted):
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
            if period is None and appoint is not None and near(pspan, (appoint.start, appoint.end)) < 25:
                period = _term_ahead(self.base, person.ident, self.day)
            check = v.check_post(self.base, "secretary-general", person.ident, period, self.day, self.lang)
            self.emit([pspan, (cue.start, cue.end)], "post", "secretary-general", person.ident, check)

    def chair_term_claim(self, s: Sentence) -> None:
        """'the members take turns to chair it for one year': the length of the rotating chairmanship."""
        text = self.norm.text[s.start : s.end]
        rotation, chair, term = _ROTATION.search(text), _CHAIR_WORD.search(text), _TERM.search(text)
        if not (rotation and chair and term) or self.hedged(s, s.start + term.start()):
            return
        statement = next((x for x in self.base.statements if x.property == "chairmanship-term"), None)
        if statement is None:
            return
        years = 2 if _TWO.match(term.group()) else 1
        from ..queries.checks import Check, statement_evidence

        check = Check(
            f"chairmanship: {years} year(s), rotating",
            "true" if years == 1 else "false",
            statement.value_text,
            self.day,
            (statement_evidence(statement),),
        )
        spans = [(s.start + m.start(), s.start + m.end()) for m in (rotation, chair, term)]
        self.emit(spans, "chairmanship", "chairmanship-term", f"{years} year", check)

    def hq_claim(self, s: Sentence) -> None:
        for cue in self.cues(s, "hq"):
            lo = max(s.start, cue.start - 60)
            rest = self.norm.text[lo : min(s.end, cue.end + 60)]
            # "the Russian capital" is read as the city, and quoted whole (not cut at the city's length)
            capitals = [(c.start(), c.end()) for c in _CAPITALS.finditer(rest)]
            rest = _CAPITALS.sub(_capital_of, rest)
            for key, city in places(self.base).items():
                m = re.search(rf"(?<![^\W\d_])(?:ب)?{re.escape(key)}", rest)
                if m:
                    end = max([b for a, b in capitals if a <= m.start() < b], default=m.end())
                    from ..queries.checks import check_fact

                    check = check_fact(self.base, "headquarters", city, self.day, self.lang)
                    self.emit(
                        [(cue.start, cue.end), (lo + m.start(), lo + end)],
                        "headquarters",
                        "headquarters",
                        city,
                        check,
                    )
                    return


def _term_ahead(base: FactBase, person: str, day: dt.date) -> PartialDate | None:
    """The start of the person's term beginning within a year after `day`: "X has been appointed
    Secretary-General" is said when the appointment is made, weeks before the term begins."""
    for s in v.post_holders(base, "secretary-general"):
        if s.value == person and s.start is not None and day < s.start.start <= day + dt.timedelta(days=366):
            return s.start
    return None


def _capital_of(m: re.Match[str]) -> str:
    """The city's name padded to the same length: offsets in the text stay as they were."""
    word = "moscow" if m.group().isascii() else "موسكو" if "عاصمه" in m.group() else "москва"
    return word.ljust(len(m.group())) if len(m.group()) >= len(word) else m.group()


def _is_number(word: str) -> bool:
    return word.isdigit() or any(k in NUMBER_WORDS for k in keys_of(word))
