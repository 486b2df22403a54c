"""Every country of the world resolves (item 3 of issue 15): the record's states first, then CLDR's names
from data/countries.tsv, read only when the record does not hold the name."""

from __future__ import annotations

import json

import pytest

from csto_cli import loader
from csto_cli.model import FactBase, NotFound
from csto_cli.queries.names import resolve_state, world

from .helpers import Run


def test_the_world_file_holds_every_iso_country_once() -> None:
    states = world().states
    assert len(states) == 249  # ISO 3166-1 officially assigned codes
    assert len({s.alpha2 for s in states.values()}) == 249
    for s in states.values():
        assert len(s.code) == 3 and len(s.alpha2) == 2 and s.name and s.name_ar and s.name_ru


def test_every_country_resolves_by_each_of_its_names(bundled: FactBase) -> None:
    for code, s in world().states.items():
        for spelling in (code, s.alpha2, s.name, s.name_ar, s.name_ru or ""):
            assert resolve_state(bundled, spelling).code == code, (code, spelling)


@pytest.mark.parametrize("spelling", ["Ukraine", "UA", "UKR", "ukraine", "أوكرانيا", "Украина", "украина"])
def test_ukraine_is_never_a_party(run: Run, spelling: str) -> None:
    doc = run.json("member-status", spelling, "--on", "2020-01-01")
    assert (doc["code"], doc["status"], doc["since"], doc["history"]) == ("UKR", "none", None, [])
    assert doc["note"] == "never a party to the treaty or the organization"


@pytest.mark.parametrize(
    ("spelling", "code"), [("China", "CHN"), ("CN", "CHN"), ("الصين", "CHN"), ("Китай", "CHN"), ("France", "FRA"),
                           ("FR", "FRA"), ("فرنسا", "FRA"), ("Франция", "FRA"), ("Burma", "MMR")],
)  # fmt: skip
def test_countries_outside_the_record_have_status_none(run: Run, spelling: str, code: str) -> None:
    doc = run.json("member-status", spelling)
    assert (doc["code"], doc["status"]) == (code, "none")


def test_the_record_keeps_its_own_states_and_variants(bundled: FactBase) -> None:
    # hand-curated variants the world file does not hold, and world names that map to a record state
    assert resolve_state(bundled, "Kirghizia") is bundled.state_by_code["KGZ"]
    assert resolve_state(bundled, "Кыргызстан") is bundled.state_by_code["KGZ"]
    assert resolve_state(bundled, "Kyrgyzstan") is bundled.state_by_code["KGZ"]


def test_a_former_observer_is_not_never_a_party(run: Run) -> None:
    doc = run.json("member-status", "Afghanistan", "--on", "2022-01-01")
    assert doc["status"] == "none" and doc["note"] == "" and doc["history"]


def test_check_member_ukraine_is_false(run: Run) -> None:
    result = run("check", "member", "Ukraine", "--on", "2020-01-01", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["verdict"] == "false"


def test_members_all_lists_only_the_record_s_states(run: Run, bundled: FactBase) -> None:
    codes = [r["code"] for r in run.json("members", "--status", "all", "--on", "2020-01-01")]
    assert set(codes) <= set(bundled.state_by_code) and "UKR" not in codes


@pytest.mark.parametrize(
    ("typed", "first"), [("Frnace", "France"), ("Ukrane", "Ukraine"), ("Germny", "Germany"),
                         ("Украна", "Украина"), ("فرنسة", "فرنسا")],
)  # fmt: skip
def test_a_misspelling_suggests_the_closest_country_first(bundled: FactBase, typed: str, first: str) -> None:
    with pytest.raises(NotFound) as caught:
        resolve_state(bundled, typed)
    assert caught.value.suggestions[0] == first


def test_france_does_not_suggest_iran(run: Run) -> None:
    result = run("member-status", "France")
    assert result.exit_code == 0 and "Iran" not in result.stderr + result.stdout


def test_a_record_state_does_not_read_the_world_file(bundled: FactBase) -> None:
    world.cache_clear()
    resolve_state(bundled, "Armenia")
    resolve_state(bundled, "Россия")  # the record's own Russian names
    assert world.cache_info().currsize == 0
    resolve_state(bundled, "Ukraine")
    assert world.cache_info().currsize == 1


def test_the_world_file_is_in_the_package_data() -> None:
    assert loader.countries_path().is_file()
