"""Name resolution in both scripts, and suggestions in the user's script."""

from __future__ import annotations

import pytest

from csto_cli.model import FactBase, NotFound
from csto_cli.queries.names import fold_arabic, fold_latin, resolve_state


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أوزبكستان", "اوزبكستان"),
        ("إيران", "ايران"),
        ("آسيا", "اسيا"),
        ("مولدوفى", "مولدوفي"),
        ("جمهورية", "جمهوريه"),
        ("قِيرْغِيزْسْتَان", "قيرغيزستان"),
        ("قيرغيـــزستان", "قيرغيزستان"),
        ("الاتحاد الروسي", "اتحاد روسي"),
    ],
)
def test_arabic_folding(a: str, b: str) -> None:
    assert fold_arabic(a) == fold_arabic(b)


def test_latin_folding_ignores_case_accents_and_punctuation() -> None:
    assert fold_latin("Kyrgyz  Republic") == fold_latin("kyrgyz-republic") == fold_latin("KYRGYZ REPUBLIC")
    assert fold_latin("Bélarus") == fold_latin("belarus")


@pytest.mark.parametrize(
    "text",
    ["Alphaland", "alphaland", "AAA", "aa", "Alpha Republic", "ألفالاند", "الفالاند", "ألفالانْد", "\u200fألفالاند"],
)
def test_every_spelling_resolves(mini: FactBase, text: str) -> None:
    assert resolve_state(mini, text).code == "AAA"


def test_suggestions_come_in_the_users_script(mini: FactBase) -> None:
    with pytest.raises(NotFound) as latin:
        resolve_state(mini, "Alphaladn")
    assert latin.value.suggestions and latin.value.suggestions[0] == "Alphaland"
    with pytest.raises(NotFound) as arabic:
        resolve_state(mini, "بيتاستن")
    assert arabic.value.suggestions and all("\u0600" <= s[0] <= "\u06ff" for s in arabic.value.suggestions)


def test_nothing_close_gives_no_suggestion(mini: FactBase) -> None:
    with pytest.raises(NotFound) as info:
        resolve_state(mini, "Xqzzyvw")  # close to no record state and no country of the world
    assert info.value.suggestions == ()
