"""Resolve what a user types (code, English, Arabic or Russian name, spelling variant) to one state.

The record's own states come first, with their hand-curated variants. Any other country of the world
resolves through data/countries.tsv (CLDR names, written by tools/gen_countries.py), read only when a
name is not one of the record's states."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import FactBase, NotFound, State
from ..records import record

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TASHKEEL = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics and tatweel
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
_FOLD_AR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NOT_WORD = re.compile(r"[\W_]+")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def fold_arabic(text: str) -> str:
    """Fold the spellings Arabic writers vary: hamza forms, alef maqsura, taa marbuta, diacritics."""
    text = _TASHKEEL.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).translate(_FOLD_AR)
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _NOT_WORD.split(text) if w]
    return " ".join(words)


def fold_latin(text: str) -> str:
    """Case, accents and punctuation do not distinguish English or Russian names: decomposing and
    dropping the combining marks folds é to e, and Russian ё to е (and й to и, on both sides alike)."""
    decomposed = unicodedata.normalize("NFKD", _INVISIBLE.sub("", text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub("", bare)


def fold(text: str) -> str:
    return fold_arabic(text) if is_arabic(text) else fold_latin(text)


def _script(text: str) -> str:
    return "ar" if is_arabic(text) else "ru" if is_cyrillic(text) else "en"


@record
class NameIndex:
    """Folded spelling → state code, built once per fact base."""

    by_key: dict[str, str]
    display: dict[str, dict[str, str]]  # script (en, ar, ru) → folded spelling → one spelling to suggest

    @classmethod
    def build(cls, states: tuple[State, ...]) -> NameIndex:
        by_key: dict[str, str] = {}
        display: dict[str, dict[str, str]] = {"en": {}, "ar": {}, "ru": {}}
        for s in states:
            names = (s.name, *s.aliases, s.name_ar, *s.aliases_ar, *((s.name_ru,) if s.name_ru else ()), *s.aliases_ru)
            for spelling in (s.code, s.alpha2, *names):
                key = fold(spelling)
                by_key.setdefault(key, s.code)
                if len(spelling) > 3:
                    display[_script(spelling)].setdefault(key, spelling)
        return cls(by_key, display)

    def lookup(self, text: str) -> str | None:
        return self.by_key.get(fold(text.strip()))

    def close(self, text: str, also: NameIndex | None = None) -> list[str]:
        """Spellings close to `text` in the script the user typed, best first (from `also` too)."""
        import difflib

        key = fold(text.strip())
        script = _script(text)
        names = {**also.display[script], **self.display[script]} if also else self.display[script]
        return [names[k] for k in difflib.get_close_matches(key, list(names), n=4, cutoff=0.6)] if key else []

    def resolve(self, text: str) -> str:
        """The state code for `text`; NotFound with close spellings in the user's script otherwise."""
        code = self.lookup(text)
        if code is None:
            raise NotFound("country", text, tuple(dict.fromkeys(self.close(text))))
        return code


def name_index(base: FactBase) -> NameIndex:
    from .cache import memo

    return memo(base, "names", lambda: NameIndex.build(base.states))


@record
class World:
    states: dict[str, State]  # alpha-3 code → a State that the record need not hold
    index: NameIndex


@functools.cache
def world() -> World:
    """Every ISO 3166-1 country, read from data/countries.tsv the first time a name needs it."""
    from ..loader import countries_path

    states: dict[str, State] = {}
    for line in countries_path().read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        alpha2, code, en, ar, ru, variants = line.split("\t")
        by_script: dict[str, list[str]] = {"en": [], "ar": [], "ru": []}
        for variant in filter(None, variants.split("|")):
            by_script[_script(variant)].append(variant)
        states[code] = State(code, alpha2, en, ar, tuple(by_script["en"]), tuple(by_script["ar"]), ru,
                             tuple(by_script["ru"]))  # fmt: skip
    return World(states, NameIndex.build(tuple(states.values())))


def resolve_state(base: FactBase, text: str) -> State:
    """The record's state for `text`, else the country of the world it names (which the record holds
    no events for: its status is `none`); NotFound with suggestions from both otherwise."""
    own = name_index(base)
    code = own.lookup(text)
    if code is None:
        everywhere = world()
        code = everywhere.index.lookup(text)
        if code is None:
            raise NotFound("country", text, tuple(dict.fromkeys(own.close(text, also=everywhere.index))))
        if code not in base.state_by_code:
            return everywhere.states[code]
    return base.state_by_code[code]
