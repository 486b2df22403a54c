"""--bidi: tables for terminals that do not reorder right-to-left text themselves.

The table is laid out here, not by Rich, because reordering must happen per cell and after wrapping:
each cell is wrapped in logical order, then each of its lines is put in visual order (python-bidi),
with numbers, dates, codes and other left-to-right runs kept as they are. For Arabic (`rtl`), the
columns run right to left (the first column at the right) and cells are right-aligned. Colour is
added last, to the reordered text, so that no escape code is ever reversed.
"""

from __future__ import annotations

import re
import textwrap

from rich.cells import cell_len

from .view import Column, RendererUnavailable, RenderOptions, View, inert

NARROW = 60
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG_LTR = r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"
# A left-to-right run: from a letter or digit to the last one before right-to-left text resumes
# ("1994-04-20", "ARM", "Tashkent (1992)").
_LTR_RUN = re.compile(rf"{_STRONG_LTR}(?:[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*{_STRONG_LTR}\)?)?")
_MARKS_BEFORE = re.compile(
    r"([\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]+)(.)"
)
# Paired punctuation outside the protected runs sits in right-to-left text: it is drawn mirrored.
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_PLACEHOLDER = 0xF0000  # plane-15 private use: strong left-to-right, one character per protected run
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def visual(text: str) -> str:
    """One line of text in visual order: right-to-left runs reversed, left-to-right runs kept."""
    if not _RTL.search(text):
        return text
    try:
        from bidi import get_display
    except ImportError:
        raise RendererUnavailable("--bidi needs python-bidi: pip install 'csto[bidi]'") from None
    runs: list[str] = []

    def protect(m: re.Match[str]) -> str:
        runs.append(m[0])
        return chr(_PLACEHOLDER + len(runs) - 1)

    shown = get_display(_LTR_RUN.sub(protect, text), base_dir="R")
    # Reversal puts a letter's marks (shadda, fatha...) before it; a terminal draws them on the
    # character they follow, so each group goes back after its letter, in its first order.
    shown = _MARKS_BEFORE.sub(lambda m: m[2] + m[1][::-1], shown).translate(_MIRROR)
    return re.sub("[\U000f0000-\U000ffffd]", lambda m: runs[ord(m[0]) - _PLACEHOLDER], shown)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(width - cell_len(text), 0)
    return gap + text if right else text + gap


def _widths(cols: list[Column], rows: list[list[str]], headers: list[str], room: int) -> list[int]:
    natural = [
        max([cell_len(h), *(cell_len(line) for row in rows for line in row[i].split("\n"))])
        for i, h in enumerate(headers)
    ]
    if sum(natural) <= room:
        return natural
    fixed = sum(w for w, c in zip(natural, cols, strict=True) if c.no_wrap)
    shares = [c.ratio or 1 for c in cols if not c.no_wrap]
    left = max(room - fixed, 4 * len(shares))
    out, k = [], 0
    for w, c in zip(natural, cols, strict=True):
        if c.no_wrap:
            out.append(w)
        else:
            out.append(max(4, min(w, left * shares[k] // sum(shares))))
            k += 1
    return out


def _lines(text: str, width: int) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        if cell_len(paragraph) <= width:  # marks take no cell: len() would count them
            lines.append(paragraph)
            continue
        lines += textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=False) or [""]
    return [visual(line) for line in lines]


def _part(view: View, options: RenderOptions) -> list[str]:
    all_cols = view.columns
    all_rows = view.cells()
    narrow = (options.width or 100) < NARROW
    keep = [i for i, c in enumerate(all_cols) if not (narrow and c.optional)]
    if options.rtl:
        keep.reverse()
    cols = [all_cols[i] for i in keep]
    headers = [inert(c.label) for c in cols]
    rows = [[inert(row[i]) for i in keep] for row in all_rows]
    width = options.width or 100
    widths = _widths(cols, rows, headers, width - 3 * len(cols) - 1)
    total = sum(widths) + 3 * len(cols) + 1
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cells: list[list[str]], style: str = "") -> list[str]:
        height = max((len(c) for c in cells), default=1)
        out = []
        for n in range(height):
            parts = [_pad(c[n] if n < len(c) else "", w, options.rtl) for c, w in zip(cells, widths, strict=True)]
            if style and options.color:
                parts = [style + p + _RESET for p in parts]
            out.append("| " + " | ".join(parts) + " |")
        return out

    out = [_centre(visual(t), total, _BOLD if options.color else "") for t in _title_lines(view.title, total)]
    out.append(rule)
    if options.headers:
        out += line([_lines(h, w) for h, w in zip(headers, widths, strict=True)], _BOLD)
        out.append(rule)
    for row in rows:
        out += line([_lines(c, w) for c, w in zip(row, widths, strict=True)])
    out.append(rule)
    for footer in inert(view.footer).split("\n") if view.footer else ():
        out += [_centre(visual(t), total, _DIM if options.color else "") for t in _title_lines(footer, total)]
    return out


def _title_lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(inert(text), width) if text else []


def _centre(text: str, width: int, style: str) -> str:
    gap = max(width - cell_len(text), 0)
    body = style + text + _RESET if style else text
    return " " * (gap // 2) + body + " " * (gap - gap // 2)


def render_bidi_table(view: View, options: RenderOptions) -> str:
    parts = [_part(part, options) for part in (view, *view.sections)]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"
