"""JSON and JSON Lines: the exact stored text, compact when piped, indented on a terminal."""

from __future__ import annotations

import json
from typing import Any

from .view import RenderOptions, View


def _pick(value: Any, fields: tuple[str, ...] | None) -> Any:
    if fields and isinstance(value, dict):
        return {k: value.get(k) for k in fields}
    if fields and isinstance(value, list):
        return [_pick(v, fields) for v in value]
    return value


def render_json(view: View, options: RenderOptions) -> str:
    doc = _pick(view.document, options.fields)
    if options.pretty:
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def render_jsonl(view: View, options: RenderOptions) -> str:
    doc = _pick(view.document, options.fields)
    items = doc if isinstance(doc, list) else [doc]
    return "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items)
