"""Resolve what a user types (code, English or Arabic name, spelling variant) to one state."""

from __future__ import annotations

import re
import unicodedata

from ..model import FactBase, NotFound, State
from ..records import record

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_TASHKEEL = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics and tatweel
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
_FOLD_AR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NOT_WORD = re.compile(r"[\W_]+")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def fold_arabic(text: str) -> str:
    """Fold the spellings Arabic writers vary: hamza forms, alef maqsura, taa marbuta, diacritics."""
    text = _TASHKEEL.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).translate(_FOLD_AR)
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _NOT_WORD.split(text) if w]
    return " ".join(words)


def fold_latin(text: str) -> str:
    """Case, accents and punctuation do not distinguish English names."""
    decomposed = unicodedata.normalize("NFKD", _INVISIBLE.sub("", text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub("", bare)


def fold(text: str) -> str:
    return fold_arabic(text) if is_arabic(text) else fold_latin(text)


@record
class NameIndex:
    """Folded spelling → state code, built once per fact base."""

    by_key: dict[str, str]
    display_ar: dict[str, str]  # folded Arabic spelling → one spelling to suggest
    display_en: dict[str, str]

    @classmethod
    def build(cls, states: tuple[State, ...]) -> NameIndex:
        by_key: dict[str, str] = {}
        ar: dict[str, str] = {}
        en: dict[str, str] = {}
        for s in states:
            for spelling in (s.code, s.alpha2, s.name, *s.aliases):
                key = fold_latin(spelling)
                by_key.setdefault(key, s.code)
                if len(spelling) > 3:
                    en.setdefault(key, spelling)
            for spelling in (s.name_ar, *s.aliases_ar):
                key = fold_arabic(spelling)
                by_key.setdefault(key, s.code)
                ar.setdefault(key, spelling)
        return cls(by_key, ar, en)

    def resolve(self, text: str) -> str:
        """The state code for `text`; NotFound with close spellings in the user's script otherwise."""
        key = fold(text.strip())
        code = self.by_key.get(key)
        if code is not None:
            return code
        import difflib

        names = self.display_ar if is_arabic(text) else self.display_en
        close = difflib.get_close_matches(key, list(names), n=4, cutoff=0.6) if key else []
        suggestions = tuple(dict.fromkeys(names[k] for k in close))
        raise NotFound("country", text, suggestions)


def name_index(base: FactBase) -> NameIndex:
    from .cache import memo

    return memo(base, "names", lambda: NameIndex.build(base.states))


def resolve_state(base: FactBase, text: str) -> State:
    return base.state_by_code[name_index(base).resolve(text)]
