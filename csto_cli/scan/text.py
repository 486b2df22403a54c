"""An article as text: decoded (UTF-8, with or without BOM), saved HTML reduced to its text, and
split into sentences in the three scripts with the offsets of each."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<article)", re.IGNORECASE)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form"})
_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "blockquote",
        "figcaption",
        "title",
        "dd",
        "dt",
        "pre",
    ]
)


class ArticleError(ValueError):
    """Input that is not readable text."""


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped); HTML is reduced to its visible text. ArticleError otherwise."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise ArticleError("binary data, not text")
    return html_text(text) if _HTML.match(text) else text


# A sentence ends at . ! ? (and Arabic ؟ ۔) followed by space and not inside a number or an
# abbreviation, or at a line break.
_END = re.compile(r"(?<=[.!?؟۔…])[\"”»’)\]]*\s+|\n+")
_ABBREVIATIONS = (
    r"[A-ZА-Я]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e|"
    r"г|гг|т\.е|т\.к|им|ген|тыс|млн|см|ст|U\.S|U\.N"
)
_ABBREV = re.compile(rf"(?:\b(?:{_ABBREVIATIONS})\.)\Z", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if (
            m.group().strip() == ""
            and "\n" not in m.group()
            and _ABBREV.search(text[max(0, m.start() - 6) : m.start()])
        ):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out
