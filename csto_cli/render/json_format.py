"""JSON and JSON Lines: the exact stored text, compact when piped, indented on a terminal."""

from __future__ import annotations

import json
import re
from typing import Any

from .view import RenderOptions, View, field


def _pick(value: Any, fields: tuple[str, ...] | None) -> Any:
    if fields and isinstance(value, dict):
        return {k: field(value, k) for k in fields}
    if fields and isinstance(value, list):
        return [_pick(v, fields) for v in value]
    return value


# json escapes C0 controls itself; C1 controls (0x80-0x9f, e.g. the 8-bit CSI) and DEL are escaped
# here, so that pretty JSON on a terminal is inert too. The data is unchanged for any JSON reader.
_C1 = re.compile(r"[\x7f-\x9f]")


def _dumps(value: Any, **kw: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, **kw)
    return _C1.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def render_json(view: View, options: RenderOptions) -> str:
    doc = _pick(view.document, options.fields)
    if options.pretty:
        return _dumps(doc, indent=2) + "\n"
    return _dumps(doc, separators=(",", ":")) + "\n"


def render_jsonl(view: View, options: RenderOptions) -> str:
    doc = _pick(view.document, options.fields)
    items = doc if isinstance(doc, list) else [doc]
    return "".join(_dumps(item, separators=(",", ":")) + "\n" for item in items)
