"""Validation: one test per kind of defect, each reported with file, line and record."""

from __future__ import annotations

from pathlib import Path

import pytest

from csto_cli import loader
from csto_cli.model import FactBase, FactBaseError

from .helpers import MINI, line_of, mutate, problems_of


def test_the_fixture_loads_with_events_in_date_order(mini: FactBase) -> None:
    keys = [e.takes_effect.sort_key for e in mini.events]
    assert keys == sorted(keys)
    assert len(mini.events) == MINI.read_text(encoding="utf-8").count("[[events]]")


def test_bad_date_names_file_line_record_and_field() -> None:
    text = mutate('date = "2012-12-19"', 'date = "2012-13-19"')
    (problem,) = problems_of(text)
    line = line_of(text, '"2012-13-19"')
    assert problem.startswith(f"facts.toml:{line}: events[")
    assert '(id "bbb-suspended")' in problem
    assert "date '2012-13-19' is not a date" in problem


def test_unknown_state_is_a_broken_reference() -> None:
    (problem,) = problems_of(mutate('states = ["CCC"]', 'states = ["ZZZ"]'))
    assert "names state 'ZZZ', which is not in [[states]]" in problem


def test_missing_source_reference() -> None:
    (problem,) = problems_of(mutate('sources = ["src-b"]', 'sources = ["src-zz"]'))
    assert "cites source 'src-zz', which is not in [[sources]]" in problem


def test_a_fact_without_sources_is_refused() -> None:
    (problem,) = problems_of(mutate('sources = ["src-b"]', "sources = []"))
    assert "cites no source" in problem


def test_bad_toml_syntax_gives_the_line() -> None:
    text = mutate('title = "Betastan leaves"', 'title = "Betastan leaves')
    (problem,) = problems_of(text)
    assert problem.startswith(f"facts.toml:{line_of(text, 'Betastan leaves')}: TOML syntax:")


def test_duplicate_ids_point_at_the_first() -> None:
    text = mutate('id = "bbb-rejoined"', 'id = "bbb-withdrawal"')
    (problem,) = problems_of(text)
    assert "duplicate id 'bbb-withdrawal' (first at line" in problem


def test_unknown_kind_and_property_list_the_vocabulary() -> None:
    problems = problems_of(
        mutate('kind = "exercise"', 'kind = "excercise"').replace(
            'property = "headquarters"', 'property = "headquaters"'
        )
    )
    assert any("kind 'excercise' is not one of: treaty-signed" in p for p in problems)
    assert any("property 'headquaters' is not one of: headquarters" in p for p in problems)


def test_end_before_start() -> None:
    (problem,) = problems_of(mutate('end = "2016-12-31"', 'end = "2002-12-31"'))
    assert "end 2002-12-31 is before start 2003-04-28" in problem


def test_wrong_types_missing_and_unknown_fields() -> None:
    text = mutate('title = "Treaty signed"', "title = 42").replace('title_ar = "عودة بيتاستان"\n', "", 1)
    text = text.replace('place = "Capital"', 'plaice = "Capital"')
    problems = problems_of(text)
    assert any("title must be a string, not an integer" in p for p in problems)
    assert any("(id \"bbb-rejoined\") is missing 'title_ar'" in p for p in problems)
    assert any("has an unknown field 'plaice'" in p for p in problems)


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = mutate('date = "2012-12-19"', 'date = "2012-13-19"').replace('states = ["CCC"]', 'states = ["ZZZ"]')
    text = text.replace('rank = "deprecated"\nnote = "Source B', 'rank = "wrong"\nnote = "Source B')
    assert len(problems_of(text)) == 3


def test_missing_meta() -> None:
    (problem,) = problems_of('[[sources]]\nid = "a"\ntitle = "A"\nurl = "https://a.example"\n')
    assert "meta is missing" in problem


def test_date_precision_is_kept() -> None:
    base = loader.parse(MINI.read_text(encoding="utf-8"))
    assert str(base.event_by_id["ccc-accession"].date) == "2001"
    assert str(base.event_by_id["aaa-frozen"].date) == "2015-02"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "meta is missing"),
        (b"x = \x00", "NUL character"),
        (b'[meta]\nname = "\xff\xfe"\n', "is not UTF-8 text"),
    ],
)
def test_broken_files(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "f.toml"
    target.write_bytes(content)
    with pytest.raises(FactBaseError) as info:
        loader.load(target)
    assert message in str(info.value)
    assert str(target) in str(info.value)


def test_a_directory_or_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="is a directory"):
        loader.load(tmp_path)
    with pytest.raises(FactBaseError, match="no such file"):
        loader.load(tmp_path / "nope.toml")


def test_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    target = tmp_path / "big.toml"
    target.write_text("#" * 101)
    with pytest.raises(FactBaseError, match="at most 100"):
        loader.load(target)


def test_the_bound_can_be_raised_for_a_large_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    with pytest.raises(FactBaseError, match="set CSTO_MAX_MB to allow more"):
        loader.load(MINI)
    monkeypatch.setenv("CSTO_MAX_MB", "1")
    assert loader.load(MINI).meta.name == "Test Treaty Organization"


@pytest.mark.parametrize("value", ["lots", "0", "-5", "1.5", "99999999999999999999", "1000001", "\u0663"])
def test_a_bad_bound_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CSTO_MAX_MB", value)
    with pytest.raises(
        FactBaseError, match=f"CSTO_MAX_MB must be a whole number of MB from 1 to 1000000, not '{value}'"
    ):
        loader.load(MINI)


def test_env_var_points_at_another_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTO_FACTS", str(MINI))
    assert loader.load().meta.name == "Test Treaty Organization"


def test_bundled_base_is_found_through_importlib_resources() -> None:
    path = loader.bundled_path()
    assert path.name == "facts.toml" and path.is_file()
