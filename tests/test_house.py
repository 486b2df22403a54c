"""The house rules a merge can break silently: small modules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import csto_cli

from .helpers import Run
from .test_bounds import csto

PACKAGE = Path(csto_cli.__file__).parent


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert sizes, "no modules found"
    assert {name: n for name, n in sizes.items() if n > 400} == {}


@pytest.mark.parametrize("fmt", ["tsv", "csv", "jsonl"])
def test_a_batch_answer_has_the_columns_of_a_single_answer(run: Run, fmt: str) -> None:
    single = run("member-status", "Kazakhstan", "--no-history", "--format", fmt)
    batch = run("member-status", "-", "--format", fmt, input="Kazakhstan\n")
    assert single.exit_code == batch.exit_code == 0
    if fmt == "jsonl":
        assert list(json.loads(batch.stdout)) == list(json.loads(single.stdout))[: len(json.loads(batch.stdout))]
        assert "name_ru" in json.loads(batch.stdout)
    else:
        assert batch.stdout.splitlines()[0] == single.stdout.splitlines()[0]


def test_the_installed_batch_names_states_in_russian(tmp_path: Path) -> None:
    result = csto("printf 'Казахстан\\n' | csto member-status - --format tsv", tmp_path)
    header, row = result.stdout.decode().splitlines()
    assert header.split("\t")[:4] == ["code", "name", "name_ar", "name_ru"]
    assert row.split("\t")[3] == "Казахстан"


@pytest.mark.parametrize(("lang", "word"), [("ar", "السجل"), ("ru", "запись актуальна")])
def test_the_record_age_note_speaks_the_readers_language(run: Run, lang: str, word: str) -> None:
    """`--lang ar|ru` gives verdict, claim and record in that language; the note on the record's age too."""
    result = run(
        "check",
        "member",
        "Armenia",
        "--on",
        "2026-12-02",
        "--lang",
        lang,
        "--format",
        "json",
        env={"CSTO_TODAY": "2026-12-02"},
    )
    note = json.loads(result.stdout)["note"]
    assert result.exit_code == 0 and "record as of" not in note and word in note and "2026-02-03" in note


def test_every_json_that_names_a_state_names_it_in_russian_too(run: Run) -> None:
    """Russian is the third language: wherever JSON carries name_ar, it carries name_ru."""
    for args in (("members",), ("member-status", "KZ"), ("chart",), ("diff", "2000", "2020")):
        result = run(*args, "--format", "json")
        assert result.exit_code == 0, args
        records = json.loads(result.stdout)
        for record in records if isinstance(records, list) else [records]:
            if "name_ar" in record:
                assert record.get("name_ru"), (args, record["code"])
