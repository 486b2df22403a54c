"""Output formats: one module per format behind one interface, `render(view, options) -> str`."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from typing import NoReturn

from .view import Face, RenderOptions, View

Renderer = Callable[[View, RenderOptions], str]


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"

    @property
    def module(self) -> str:
        if self is Format.table:
            return "table_format"
        if self is Format.json or self is Format.jsonl:
            return "json_format"
        if self is Format.csv or self is Format.tsv:
            return "delimited_format"
        if self is Format.markdown:
            return "markdown_format"
        _unreachable(self)

    @property
    def face(self) -> Face:
        """Which face of a View this format shows (what --fields picks from)."""
        if self is Format.json or self is Format.jsonl:
            return "document"
        return "records" if self.is_machine else "table"

    @property
    def is_machine(self) -> bool:
        return self not in (Format.table, Format.markdown)


def _unreachable(value: NoReturn) -> NoReturn:
    # typing.assert_never, which Python 3.10 lacks: mypy proves every Format is handled above
    raise AssertionError(f"unhandled format {value!r}")


def renderer(fmt: Format) -> Renderer:
    """The format's renderer; its module (and Rich, for tables) is imported only when needed."""
    module = importlib.import_module(f"{__name__}.{fmt.module}")
    return getattr(module, f"render_{fmt.value}")  # type: ignore[no-any-return]


def render(view: View, fmt: Format, options: RenderOptions) -> str:
    return renderer(fmt)(view, options)
