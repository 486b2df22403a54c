"""The TOML text of a fact base: read with the line of a syntax error, and the lines its records sit on."""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from typing import Any

from .model import FactBaseError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def read_toml(text: str, name: str) -> dict[str, Any]:
    """The TOML document, or a FactBaseError whose one problem says where the text breaks."""
    if "\x00" in text:
        raise FactBaseError([Problem(name, "holds a NUL character", text[: text.index("\x00")].count("\n") + 1)])
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line: int | None = getattr(exc, "lineno", None)
        msg = getattr(exc, "msg", None) or re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(exc))
        col = getattr(exc, "colno", None)
        where = f" (column {col})" if col else ""
        if line is None:
            m = re.search(r"at line (\d+)", str(exc))
            line = int(m[1]) if m else None
        raise FactBaseError([Problem(name, f"TOML syntax: {msg}{where}", line)]) from None
    except RecursionError:
        raise FactBaseError([Problem(name, "TOML nests too deeply")]) from None
    return doc


_ARRAY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*([^\]\s]+)[ \t]*\]\]", re.M)


@dataclass
class Place:
    """Where a record sits, so each problem can say where it is."""

    label: str
    line: int | None
    lines: tuple[int, int] | None = None


class Locator:
    """Finds lines in the TOML text: of an offset, of each [[table]] header, of a key inside a record."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines: list[int] = []
        self._lines: list[str] = []
        self._headers: dict[str, list[int]] | None = None

    def line_at(self, offset: int) -> int:
        if not self._newlines:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)] or [len(self.text)]
        return bisect.bisect_left(self._newlines, offset) + 1

    def line_of(self, pattern: str) -> int | None:
        """The line of the first match of a multi-line `pattern`."""
        m = re.search(pattern, self.text, re.M)
        return self.text.count("\n", 0, m.start()) + 1 if m else None

    def record(self, table: str, index: int, ident: object) -> Place:
        """Where the `index`th record of [[table]] sits: from its header to the line before the next."""
        heads = self._header_lines(table)
        start = heads[index] if index < len(heads) else None
        end = heads[index + 1] - 1 if index + 1 < len(heads) else None
        label = f"{table}[{index}]" + (f' (id "{ident}")' if isinstance(ident, str) else "")
        return Place(label, start, (start, end or 10**9) if start else None)

    def field_line(self, ctx: Place, key: str) -> int | None:
        """The line of `key = ...` inside the record, else the record's own line."""
        if not ctx.lines:
            return ctx.line
        if not self._lines:
            self._lines = self.text.split("\n")
        lines = self._lines
        lo, hi = ctx.lines
        pat = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for n in range(lo - 1, min(hi, len(lines))):
            if pat.match(lines[n]):
                return n + 1
        return ctx.line

    def _header_lines(self, table: str) -> list[int]:
        if self._headers is None:  # one pass over the text finds the [[header]] lines of every table
            self._headers = {}
            for m in _ARRAY_HEADER.finditer(self.text):
                self._headers.setdefault(m[1], []).append(self.line_at(m.start()))
        return self._headers.get(table, [])
