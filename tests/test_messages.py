"""Every label exists in all three languages, and every vocabulary word has a label."""

from __future__ import annotations

import pytest

from csto_cli.messages import MESSAGES, default_lang, t
from csto_cli.model import EVENT_KINDS, PROPERTIES, RANKS, STATUSES


def test_every_message_has_english_arabic_and_russian() -> None:
    for key, (en, ar, ru) in MESSAGES.items():
        assert en.strip() and ar.strip() and ru.strip(), key
        assert sorted(_fields(en)) == sorted(_fields(ar)) == sorted(_fields(ru)), (
            f"{key}: the texts take different fields"
        )
        if not any(c.isalpha() for c in _words(en) + _words(ar) + _words(ru)):
            continue  # fields and punctuation only ("{title}: {value}"): no words to translate
        assert any("\u0600" <= c <= "\u06ff" for c in ar), f"{key}: the Arabic text is not Arabic"
        assert any("\u0400" <= c <= "\u04ff" for c in ru), f"{key}: the Russian text is not Cyrillic"


def _words(text: str) -> str:
    """The text without its {fields}."""
    import string

    return "".join(literal for literal, _, _, _ in string.Formatter().parse(text))


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


@pytest.mark.parametrize(
    ("prefix", "words"), [("kind", EVENT_KINDS), ("property", PROPERTIES), ("status", STATUSES), ("rank", RANKS)]
)
def test_every_vocabulary_word_has_a_label(prefix: str, words: tuple[str, ...]) -> None:
    for word in words:
        en = t(f"{prefix}.{word}", "en")
        assert t(f"{prefix}.{word}", "ar") != en
        assert t(f"{prefix}.{word}", "ru") != en


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": "fr:ru:ar"}, "ru"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "ar:en", "LANG": "C"}, "ar"),
        ({"LANGUAGE": "fr:ar"}, "ar"),
        ({"LANGUAGE": "fr", "LANG": "de_DE"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_default_language_comes_from_the_locale(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert default_lang() == expected


def test_every_message_is_used_somewhere() -> None:
    import re
    from pathlib import Path

    import csto_cli

    package = Path(csto_cli.__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py") if p.name != "messages.py")
    # keys built at run time: t(f"status.{st.status}", ...), t("chart." + status, ...)
    prefixes = tuple(
        re.findall(r"""f["']([a-z_.-]+\.)\{""", source) + re.findall(r"""["']([a-z_.-]+\.)["'] \+""", source)
    )
    quoted = set(re.findall(r"""["']([a-z_.-]+)["']""", source))
    unused = [k for k in MESSAGES if k not in quoted and not k.startswith(prefixes)]
    assert unused == []
