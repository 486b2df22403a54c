"""One article read and scanned: where it came from, its text, and the claims found in it."""

from __future__ import annotations

import datetime as dt

from ..model import FactBase
from ..records import record
from .claims import Claim, scan_text
from .text import decode


@record
class ScanResult:
    name: str  # the file name, or "-" for stdin
    text: str  # the text the offsets refer to (HTML reduced to its text)
    html: bool
    claims: list[Claim]


def scan_article(base: FactBase, data: bytes, name: str, day: dt.date, lang: str = "en") -> ScanResult:
    """ArticleError (a ValueError) if the input is not UTF-8 text."""
    text = decode(data)
    raw = data.decode("utf-8-sig", errors="replace")
    return ScanResult(name, text, text != raw, scan_text(base, text, day, lang))
