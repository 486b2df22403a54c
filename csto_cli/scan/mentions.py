"""What a sentence names: states, people, numbers, found with the inflections and clitics of the
three languages (Arabic و/ب/ل/ك/ال prefixes, Russian case endings) and mapped back to the record."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..model import FactBase
from ..records import record
from .normal import TOKEN, Norm, norm_word

_AR_LETTER = re.compile(r"[\u0600-\u06ff]")
_CYR_LETTER = re.compile(r"[\u0400-\u04ff]")
# Russian endings by the ending of the dictionary form: Армения → Армении, Армению, Арменией...
_RU_CLASSES: dict[str, tuple[str, ...]] = {
    "ия": ("ия", "ии", "ию", "ией", "ие"),
    "ья": ("ья", "ьи", "ью", "ьей", "ье"),
    "ь": ("ь", "и", "ью"),
    "а": ("а", "ы", "и", "е", "у", "ой", "ою"),
    "я": ("я", "и", "е", "ю", "ей"),
    "ий": ("ий", "ого", "ому", "им", "ом"),
    "ая": ("ая", "ой", "ую"),
    "": ("", "а", "у", "е", "ом", "ем", "ым"),
}
_RU_ENDINGS = sorted({e for forms in _RU_CLASSES.values() for e in forms}, key=len, reverse=True)
_AR_PREFIXES = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@record
class Token:
    start: int
    end: int
    text: str


def tokens(norm: Norm, start: int = 0, end: int | None = None) -> list[Token]:
    return [
        Token(m.start(), m.end(), m.group())
        for m in TOKEN.finditer(norm.text, start, len(norm.text) if end is None else end)
    ]


def _script(word: str) -> str:
    return "ar" if _AR_LETTER.search(word) else "ru" if _CYR_LETTER.search(word) else "en"


def _ru_split(word: str) -> tuple[str, tuple[str, ...]]:
    for ending in ("ия", "ья", "ий", "ая", "ь", "а", "я"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)], _RU_CLASSES[ending]
    return word, _RU_CLASSES[""]


@functools.lru_cache(maxsize=8192)
def keys_of(word: str) -> tuple[str, ...]:
    """The dictionary keys a text word may stand for (its clitics or case ending removed)."""
    return tuple(_keys(word))


def _keys(word: str) -> Iterable[str]:
    yield word
    script = _script(word)
    if script == "ar":
        for p in _AR_PREFIXES:
            if word.startswith(p) and len(word) - len(p) >= 3:
                yield word[len(p) :]
    elif script == "ru":
        for ending in _RU_ENDINGS:
            if ending and word.endswith(ending) and len(word) - len(ending) >= 3:
                yield word[: -len(ending)]


def _key_of_spelling(word: str) -> tuple[str, tuple[str, ...]]:
    """A spelling's word as a key, and the endings a Russian word may take."""
    script = _script(word)
    if script == "ar":
        return (word[2:] if word.startswith("ال") and len(word) > 4 else word), ("",)
    if script == "ru":
        return _ru_split(word)
    return word, ("",)


def _word_matches(text_word: str, key: str, endings: tuple[str, ...]) -> bool:
    if _script(key) == "ru":
        return any(text_word == key + e for e in endings)
    if _script(key) == "ar":
        return any(k == key for k in keys_of(text_word))
    return text_word == key


@record
class Named:
    """A thing a sentence names: `ident` is a state code or a person's record value."""

    ident: str
    start: int
    end: int  # normalised offsets
    first: int  # index of its first token
    last: int


class Lexicon:
    """Spellings of what the scanner looks for, indexed by the key of their first word."""

    def __init__(self, spellings: Iterable[tuple[str, str]]) -> None:
        self.by_first: dict[str, list[tuple[list[tuple[str, tuple[str, ...]]], str]]] = {}
        for spelling, ident in spellings:
            words = [_key_of_spelling(w) for w in TOKEN.findall(norm_word(spelling))]
            if not words or (len(words) == 1 and len(words[0][0]) < 3):
                continue
            self.by_first.setdefault(words[0][0], []).append((words, ident))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, toks: list[Token]) -> list[Named]:
        found: list[Named] = []
        i = 0
        while i < len(toks):
            hit = None
            for key in keys_of(toks[i].text):
                for words, ident in self.by_first.get(key, ()):
                    n = len(words)
                    if i + n <= len(toks) and all(
                        _word_matches(toks[i + k].text, w, e) for k, (w, e) in enumerate(words)
                    ):
                        if hit is None or n > hit[0]:
                            hit = (n, ident)
                        break
            if hit is None and i + 1 < len(toks) and _script(toks[i].text) == _script(toks[i + 1].text) == "ar":
                # "تاسما جامبيتوف": an Arabic transliteration may split one name into two words
                joined = toks[i].text + toks[i + 1].text
                for key in keys_of(joined):
                    one = [ident for words, ident in self.by_first.get(key, ()) if len(words) == 1]
                    if one:
                        hit = (2, one[0])
                        break
            if hit:
                n, ident = hit
                found.append(Named(ident, toks[i].start, toks[i + n - 1].end, i, i + n - 1))
                i += n
            else:
                i += 1
        return found


def state_lexicon(base: FactBase) -> Lexicon:
    from ..queries.cache import memo

    def build() -> Lexicon:
        pairs = []
        for s in base.states:
            for spelling in (
                s.name,
                *s.aliases,
                s.name_ar,
                *s.aliases_ar,
                *([s.name_ru] if s.name_ru else []),
                *s.aliases_ru,
            ):
                pairs.append((spelling, s.code))
        return Lexicon(pairs)

    return memo(base, "scan_states", build)


def person_lexicon(base: FactBase) -> Lexicon:
    """People in posts, by surname: `ident` is the English value the record uses for them."""
    from ..queries.cache import memo

    def build() -> Lexicon:
        pairs: list[tuple[str, str]] = []
        for s in base.statements:
            if s.property == "secretary-general" and isinstance(s.value, str):
                name = s.value.replace(" (acting)", "")
                for spelling in (name, s.value_ar, s.value_ru):
                    if spelling:
                        words = spelling.split()
                        pairs += [(spelling, name), (words[-1], name)]
                        if "غ" in words[-1]:  # the "g" of a name is written ج as often as غ
                            pairs.append((words[-1].replace("غ", "ج"), name))
        return Lexicon(pairs)

    return memo(base, "scan_people", build)


_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:,|\.| )\d{3})+|\d+)(?:[.,](\d))?(?:\s*(الف|االاف|الاف|тысяч\w*|тыс\.?|thousand|k\b))?"
)
NUMBER_WORDS: dict[str, int] = {}
for _n, _forms in enumerate(
    [
        "one|واحد|واحده|один|одна|одно|одного|одной",
        "two|اثنان|اثنين|اثنتان|اثنتين|دولتان|دولتين|два|две|двух",
        "three|ثلاث|ثلاثه|три|трех|трёх",
        "four|اربع|اربعه|четыре|четырех",
        "five|خمس|خمسه|пять|пяти",
        "six|ست|سته|шесть|шести",
        "seven|سبع|سبعه|семь|семи",
        "eight|ثماني|ثمانيه|ثمان|восемь|восьми",
        "nine|تسع|تسعه|девять|девяти",
        "ten|عشر|عشره|десять|десяти",
    ],
    1,
):
    for _f in _forms.split("|"):
        NUMBER_WORDS[_f] = _n


@record
class Number:
    value: int
    start: int
    end: int


def numbers(norm: Norm, toks: list[Token]) -> list[Number]:
    out: list[Number] = []
    for m in _NUMBER.finditer(norm.text):
        digits = re.sub(r"[,. ]", "", m.group(1))
        value = float(digits + (f".{m.group(2)}" if m.group(2) else ""))
        if m.group(3):
            value *= 1000
        if m.group(2) and not m.group(3):
            continue  # a decimal that is not "2.5 thousand" counts nothing
        out.append(Number(int(value), m.start(), m.end()))
    for tok in toks:
        for key in keys_of(tok.text):
            if key in NUMBER_WORDS:
                out.append(Number(NUMBER_WORDS[key], tok.start, tok.end))
                break
    return sorted(out, key=lambda n: n.start)


# Capitals standing for their states as the subject of a verb ("Yerevan froze its participation",
# "Ташкент отказался продлить договор"): vocabulary, not facts, so kept here and not in the record
_CAPITALS = {
    "ARM": ("Yerevan", "Ереван", "يريفان"),
    "AZE": ("Baku", "Баку", "باكو"),
    "BLR": ("Minsk", "Минск", "مينسك"),
    "GEO": ("Tbilisi", "Тбилиси", "تبليسي"),
    "KAZ": ("Astana", "Астана", "أستانا"),
    "KGZ": ("Bishkek", "Бишкек", "بيشكيك"),
    "RUS": ("Moscow", "Москва", "موسكو"),
    "TJK": ("Dushanbe", "Душанбе", "دوشنبه"),
    "UZB": ("Tashkent", "Ташкент", "طشقند"),
}


def capital_lexicon() -> Lexicon:
    return _capitals()


@functools.lru_cache(maxsize=1)
def _capitals() -> Lexicon:
    return Lexicon((name, code) for code, names in _CAPITALS.items() for name in names)
