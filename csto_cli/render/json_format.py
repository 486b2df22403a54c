"""JSON and JSON Lines: the exact stored text, compact when piped, indented on a terminal."""

from __future__ import annotations

import json
import re
from typing import Any

from .view import RenderOptions, View

# json escapes C0 controls itself; C1 controls (0x80-0x9f, e.g. the 8-bit CSI) and DEL are escaped
# here, so that pretty JSON on a terminal is inert too. The data is unchanged for any JSON reader.
# U+2028/U+2029 (line breaks to splitlines() and JavaScript) and the bidi controls are escaped too.
# A lone surrogate (a byte that was not UTF-8 in an argument) is written as its escape, \udcff: valid
# JSON that any reader decodes, where the raw character could not be written as UTF-8 at all.
_C1 = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _dumps(value: Any, **kw: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, **kw)
    return _C1.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def render_json(view: View, options: RenderOptions) -> str:
    doc = view.document
    if options.pretty:
        return _dumps(doc, indent=2) + "\n"
    return _dumps(doc, separators=(",", ":")) + "\n"


def render_jsonl(view: View, options: RenderOptions) -> str:
    doc = view.document
    items = doc if isinstance(doc, list) else [doc]
    return "".join(_dumps(item, separators=(",", ":")) + "\n" for item in items)


def json_items(view: View, options: RenderOptions) -> list[str]:
    """Each item of a view's array as it stands inside `render_json`'s array (indented on a
    terminal), so that an array can be written one item at a time."""
    doc = view.document
    items = doc if isinstance(doc, list) else [doc]
    if options.pretty:
        return ["\n".join("  " + line for line in _dumps(item, indent=2).split("\n")) for item in items]
    return [_dumps(item, separators=(",", ":")) for item in items]
