"""--bidi: right-to-left tables whose cells stay under their headers, in visual order, colour last."""

from __future__ import annotations

import json
import re

import pytest

from csto_cli.render.bidi_format import render_bidi_table, visual
from csto_cli.render.view import Column, RenderOptions, View

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))

# Written by hand: the first column (code) at the right, each Arabic cell reversed letter by letter
# (أرمينيا → اينيمرأ), brackets mirrored, codes and dates kept left to right, cells right-aligned.
EXPECTED = """\
+------------+------------------+-------+
|        ذنم |            مسالا | زمرلا |
+------------+------------------+-------+
| 1994-04-20 |          اينيمرأ |   ARM |
| 2006-06-23 | (قباس) ناتسكبزوأ |   UZB |
+------------+------------------+-------+
"""


def small_view() -> View:
    return View(
        fields=(),
        records=[],
        document=None,
        columns=(
            Column("code", "الرمز", lambda r: r[0], no_wrap=True),
            Column("name", "الاسم", lambda r: r[1], 2),
            Column("since", "منذ", lambda r: r[2], no_wrap=True),
        ),
        rows=[("ARM", "أرمينيا", "1994-04-20"), ("UZB", "أوزبكستان (سابق)", "2006-06-23")],
    )


def test_a_right_to_left_table_matches_the_hand_written_snapshot() -> None:
    assert render_bidi_table(small_view(), RenderOptions(bidi=True, rtl=True, width=100)) == EXPECTED


def test_left_to_right_languages_keep_the_column_order() -> None:
    out = render_bidi_table(small_view(), RenderOptions(bidi=True, rtl=False, width=100))
    assert out.splitlines()[3] == "| ARM   | اينيمرأ          | 1994-04-20 |"


@pytest.mark.parametrize(
    ("logical", "shown"),
    [
        ("عضو منذ 1994-04-20", "1994-04-20 ذنم وضع"),  # the date is not flipped to 20-04-1994
        ("المعاهدة CST-1992 في طشقند", "دنقشط يف CST-1992 ةدهاعملا"),
        ("محدَّث", "ثدَّحم"),  # the shadda and fatha stay on their letter
        ("Armenia", "Armenia"),
    ],
)
def test_cells_are_in_visual_order_with_left_to_right_runs_kept(logical: str, shown: str) -> None:
    assert visual(logical) == shown


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip("|").split("|")]


def test_every_row_sits_under_its_headers(run: Run) -> None:
    names = {r["code"]: r["name_ar"] for r in run.json("members", *F, "--on", "2013-01-01", "--status", "all")}
    args = ("members", *F, "--on", "2013-01-01", "--status", "all", "--lang", "ar", "--format", "table", "--bidi")
    out = run(*args, env={"COLUMNS": "200"})  # wide enough that no cell wraps: one line a row
    rows = [_cells(line) for line in out.stdout.splitlines() if line.startswith("|")]
    header, body = rows[0], rows[1:]
    assert header[-1] == visual("الرمز") and header[-2] == visual("الاسم") and header[-4] == visual("منذ")
    assert {r[-1] for r in body} == set(names)
    for row in body:
        cell = dict(zip(header, row, strict=True))
        assert cell[visual("الاسم")] == visual(names[row[-1]])
        since = cell[visual("منذ")]
        assert since == "" or re.fullmatch(r"\d{4}(-\d\d){0,2}[‡?]*", since), since


def test_colour_is_applied_after_reordering(run: Run) -> None:
    args = ("members", *F, "--on", "2013-01-01", "--lang", "ar", "--format", "table", "--bidi")
    coloured = run(*args, env={"FORCE_COLOR": "1"}).stdout
    plain = run(*args).stdout
    assert "\x1b[1m" in coloured
    assert "m0[" not in coloured and "m1[" not in coloured  # no escape code reversed
    assert all(re.fullmatch(r"\x1b\[\d+m", m) for m in re.findall(r"\x1b\[[^a-zA-Z]*[a-zA-Z]", coloured))
    assert re.sub(r"\x1b\[\d+m", "", coloured) == plain


@pytest.mark.subprocess
def test_installed_bidi_table_reads_right_to_left() -> None:
    result = sh("csto members --lang ar --bidi --format table --on 2010-06-01 --status all", COLUMNS="250")
    assert result.returncode == 0, result.stderr
    rows = [_cells(line) for line in result.stdout.splitlines() if line.startswith("|")]
    names = json.loads(sh("csto members --on 2010-06-01 --status all --format json").stdout)
    assert [r[-1] for r in rows[1:]] == [r["code"] for r in names]
    assert [r[-2] for r in rows[1:]] == [visual(r["name_ar"]) for r in names]
