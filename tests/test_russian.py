"""Russian, the third language (item 4 of issue 15): names, titles, labels and input."""

from __future__ import annotations

import pytest

from csto_cli.model import FactBase
from csto_cli.queries.names import fold_latin, resolve_state
from csto_cli.queries.statements import check_property

from .helpers import Run


def test_every_bundled_state_event_and_statement_has_russian(bundled: FactBase) -> None:
    """The bundled base is complete in Russian; the schema keeps title_ru optional for new records."""
    assert all(s.name_ru for s in bundled.states)
    missing = [e.id for e in bundled.events if not e.title_ru]
    assert not missing, missing
    for e in bundled.events:
        for field in ("place", "person", "value"):
            if getattr(e, field):
                assert getattr(e, f"{field}_ru"), (e.id, field)
    assert not [s.id for s in bundled.statements if not s.value_ru]


def test_russian_fields_stay_optional_for_other_fact_bases(mini: FactBase) -> None:
    """Events merged from other work may arrive without title_ru: validation accepts them."""
    assert mini.events and all(e.title_ru is None for e in mini.events)


def test_russian_texts_are_cyrillic(bundled: FactBase) -> None:
    for e in bundled.events:
        assert any("\u0400" <= c <= "\u04ff" for c in e.title_ru or ""), e.id


@pytest.mark.parametrize(
    ("a", "b"), [("Россия", "РОССИЯ"), ("Ёлка", "елка"), ("Киргизская  Республика", "киргизская-республика")]
)
def test_russian_folding_ignores_case_yo_and_punctuation(a: str, b: str) -> None:
    assert fold_latin(a) == fold_latin(b)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Казахстан", "KAZ"), ("Россия", "RUS"), ("российская федерация", "RUS"), ("Белоруссия", "BLR"),
     ("Беларусь", "BLR"), ("Кыргызстан", "KGZ"), ("Киргизия", "KGZ"), ("Молдавия", "MDA")],
)  # fmt: skip
def test_russian_names_resolve_to_the_record_s_states(bundled: FactBase, typed: str, code: str) -> None:
    assert resolve_state(bundled, typed) is bundled.state_by_code[code]


@pytest.mark.parametrize(
    ("typed", "prop"),
    [("генеральный секретарь", "secretary-general"), ("Штаб-квартира", "headquarters"),
     ("председательство", "chairmanship"), ("الأمين العام", "secretary-general"),
     ("secretary general", "secretary-general")],
)  # fmt: skip
def test_property_labels_in_any_language_name_the_property(bundled: FactBase, typed: str, prop: str) -> None:
    assert check_property(bundled, typed) == prop


def test_members_in_russian_show_russian_names_and_labels(run: Run) -> None:
    result = run("members", "--on", "2010-06-01", "--lang", "ru", "--format", "table")
    assert result.exit_code == 0
    for text in ("Армения", "Киргизия", "Узбекистан", "Название", "член", "Запись актуальна на"):
        assert text in result.stdout, text


def test_json_carries_title_ru_beside_title_and_title_ar(run: Run) -> None:
    (event,) = [e for e in run.json("timeline", "--search", "Ташкент") if e["id"] == "treaty-signed"]
    assert (
        event["title"]
        and event["title_ar"]
        and event["title_ru"] == "Договор о коллективной безопасности подписан в Ташкенте"
    )
    assert event["place_ru"] == "Ташкент"


def test_search_in_russian_finds_the_1992_signing_in_any_case(run: Run) -> None:
    ids = [e["id"] for e in run.json("timeline", "--search", "ташкент")]
    assert "treaty-signed" in ids


def test_fact_by_its_russian_label(run: Run) -> None:
    doc = run.json("fact", "генеральный секретарь", "--on", "2021-06-01", "--lang", "ru")
    assert (doc["property"], doc["value"], doc["value_ru"]) == ("secretary-general", "Stanislav Zas", "Станислав Зась")


def test_lang_ru_is_accepted_by_every_command(run: Run) -> None:
    commands = (("members",), ("member-status", "KAZ"), ("timeline", "--country", "KAZ"), ("fact",), ("sources",),
                ("check", "member", "Россия"), ("diff", "2005-01-01", "2013-01-01"), ("chart",))  # fmt: skip
    for args in commands:
        result = run(*args, "--lang", "ru", "--format", "table")
        assert result.exit_code in (0, 1), (args, result.output)


def test_a_fact_claim_in_russian_is_checked(run: Run) -> None:
    result = run("check", "fact", "генеральный секретарь", "Станислав Зась", "--on", "2021-01-01", "--quiet")
    assert result.exit_code == 0
    result = run("check", "fact", "генеральный секретарь", "Юрий Хачатуров", "--on", "2021-01-01", "--quiet")
    assert result.exit_code == 1
