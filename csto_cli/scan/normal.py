"""One normalised copy of a text for matching, with a map back to the original's character offsets."""

from __future__ import annotations

import re

from ..records import record

_DROP = re.compile(
    r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad]"
)
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ژ": "ج", "ڤ": "ف", "گ": "ك",
    "ё": "е", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "’": "'", "‘": "'", "ʼ": "'",
    "‐": "-", "‑": "-", "–": "-", "—": "-", "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
}  # fmt: skip
_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})
_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})
TOKEN = re.compile(r"[^\W_]+")


def _fold(c: str) -> str:
    """One character as matching sees it; "" for a character that is dropped."""
    if _DROP.match(c):
        return ""
    mapped = _MAP.get(c)
    if mapped is None:
        low = c.lower()
        mapped = low if len(low) == 1 else c
    return mapped


_TABLE: dict[str, str] = {}


@record
class Norm:
    """`text` folded for matching (case, Arabic hamza/alef/taa forms, diacritics, digits); `pos[i]`
    is the offset in the original of `text[i]`, and `pos[len(text)]` the original's length."""

    text: str
    pos: list[int]

    @classmethod
    def of(cls, original: str) -> Norm:
        chars: list[str] = []
        pos: list[int] = []
        table = _TABLE
        for i, c in enumerate(original):
            mapped = table.get(c)
            if mapped is None:
                mapped = table[c] = _fold(c)
            if mapped:
                chars.append(mapped)
                pos.append(i)
        pos.append(len(original))
        return cls("".join(chars), pos)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end)."""
        if end <= start:
            return self.pos[start], self.pos[start]
        return self.pos[start], self.pos[end - 1] + 1


def norm_word(word: str) -> str:
    return Norm.of(word).text
