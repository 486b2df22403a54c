"""A record's text in the reader's language: `title_ar`, `title_ru`... with the English field as the fallback."""

from __future__ import annotations

import datetime as dt


def localized(obj: object, field: str, lang: str) -> str:
    """`obj.<field>_<lang>` when the record has it (Arabic, Russian), else `obj.<field>` (English); a list
    value (a statement's) as one comma-separated text, and "" when neither is recorded."""
    text = getattr(obj, f"{field}_{lang}", None) if lang != "en" else None
    if text:
        return str(text)
    value = getattr(obj, field, None)
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


def as_of_text(as_of: dt.date, lang: str) -> str:
    """The record's as-of date, with its age when today is later: "2026-02-03, 302 days ago"."""
    from ..clock import days_since
    from ..messages import t

    days = days_since(as_of)
    return as_of.isoformat() + (("، " if lang == "ar" else ", ") + t("age.days", lang, days=days) if days else "")
