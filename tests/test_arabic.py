"""Arabic in and out: spellings from the issue, tables that stay aligned, --bidi for display only."""

from __future__ import annotations

import json

import pytest
from rich.cells import cell_len

from csto_cli.model import FactBase
from csto_cli.queries.names import resolve_state
from csto_cli.render import Format, render
from csto_cli.render.view import Column, RenderOptions, View

from .helpers import Run


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قيرغيزستان", "KGZ"),
        ("قرغيزستان", "KGZ"),
        ("روسيا البيضاء", "BLR"),
        ("بيلاروسيا", "BLR"),
        ("بيلاروس", "BLR"),
        ("طاجكستان", "TJK"),
        ("طاجيكستان", "TJK"),
        ("اوزبكستان", "UZB"),
        ("أوزبكستان", "UZB"),
        ("أوزبكِستان", "UZB"),
        ("اُوزبكستان", "UZB"),
        ("أوزبكـــستان", "UZB"),
        ("أرمينيا", "ARM"),
        ("ارمينيا", "ARM"),
        ("كازاخستان", "KAZ"),
        ("روسيا", "RUS"),
        ("الاتحاد الروسي", "RUS"),
        ("أذربيجان", "AZE"),
        ("جورجيا", "GEO"),
        ("إيران", "IRN"),
        ("ايران", "IRN"),
        ("صربيا", "SRB"),
        ("أفغانستان", "AFG"),
        ("Byelorussia", "BLR"),
        ("byelorussia", "BLR"),
        ("Kirghizia", "KGZ"),
        ("Moldavia", "MDA"),
        ("kyrgyz republic", "KGZ"),
        ("KZ", "KAZ"),
        ("kaz", "KAZ"),
    ],
)
def test_bundled_spellings_resolve(bundled: FactBase, text: str, code: str) -> None:
    assert resolve_state(bundled, text).code == code


def test_a_near_miss_in_arabic_is_answered_in_arabic(run: Run) -> None:
    result = run("member-status", "قرغيزستن")
    assert result.exit_code == 1 and "قرغيزستان" in result.stderr


def test_members_in_arabic_as_table_and_json(run: Run) -> None:
    table = run("members", "--lang", "ar", "--format", "table", "--on", "2010-06-01")
    assert "الاسم" in table.stdout and "أرمينيا" in table.stdout
    data = run.json("members", "--lang", "ar", "--on", "2010-06-01")
    assert {d["status_label"] for d in data} == {"عضو"} and all(d["name_ar"] for d in data)


ARABIC_CELLS = ["لا إله", "مُنَظَّمَة", "الأمـــن", "قيرغيزستان", "x"]


def test_arabic_cells_keep_the_columns_aligned() -> None:
    records = [{"a": c, "b": "ok"} for c in ARABIC_CELLS]
    view = View(
        ("a", "b"),
        records,
        records,
        columns=(Column("a", "A", lambda r: r["a"]), Column("b", "B", lambda r: r["b"])),
        rows=records,
    )
    out = render(view, Format.table, RenderOptions(width=60))
    widths = {cell_len(line) for line in out.splitlines() if line.strip()}
    assert len(widths) == 1, out
    bars = {tuple(i for i, ch in enumerate(line) if ch == "|") for line in out.splitlines() if "ok" in line}
    assert len({len(b) for b in bars}) == 1


def test_bidi_reorders_table_lines_only(run: Run) -> None:
    plain = run("members", "--lang", "ar", "--format", "table", "--on", "2010-06-01").stdout
    shaped = run("members", "--lang", "ar", "--format", "table", "--on", "2010-06-01", "--bidi").stdout
    assert "أرمينيا" in plain and "أرمينيا" not in shaped
    assert "أرمينيا"[::-1] in shaped  # visual order for terminals that do not reorder
    machine = run("members", "--lang", "ar", "--format", "json", "--on", "2010-06-01", "--bidi").stdout
    assert json.loads(machine)[0]["name_ar"] == "أرمينيا"


def test_bidi_without_python_bidi_says_what_to_install(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "bidi", None)
    result = run("members", "--lang", "ar", "--format", "table", "--bidi")
    assert result.exit_code == 2 and "pip install 'csto[bidi]'" in result.stderr and result.stdout == ""
