"""A record's text in the reader's language: `title_ar`, `title_ru`... with the English field as the fallback."""

from __future__ import annotations


def localized(obj: object, field: str, lang: str) -> str | None:
    """`obj.<field>_<lang>` when the record has it (Arabic, Russian), else `obj.<field>` (English)."""
    if lang != "en":
        text = getattr(obj, f"{field}_{lang}", None)
        if text:
            return str(text)
    value = getattr(obj, field, None)
    return None if value is None else str(value)
