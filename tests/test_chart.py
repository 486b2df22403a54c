"""The membership chart: cells from the same intervals as `members`, text snapshots, SVG."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from csto_cli.model import FactBase
from csto_cli.queries.chart import Period, cell, chart_rows, periods
from csto_cli.queries.membership import intervals, status_on

from .helpers import MINI, Run

SNAPSHOTS = Path(__file__).parent / "snapshots"
F = ("--facts", str(MINI))


def test_each_cell_is_the_status_that_held_for_most_of_the_period(mini: FactBase) -> None:
    cols = periods(2000, 2019, 2, mini.meta.as_of)
    for row in chart_rows(mini, cols):
        for period, status in zip(cols, row.cells, strict=True):
            days: dict[str, int] = {}
            day = period.start
            while day <= period.end:
                st = status_on(mini, row.state, day)
                key = "frozen" if st.participation else st.status
                days[key] = days.get(key, 0) + 1
                day += dt.timedelta(days=1)
            assert days[status] == max(days.values()), (row.state.code, period.start)


def test_intervals_cover_the_whole_history_of_every_state(bundled: FactBase) -> None:
    for code, history in intervals(bundled).items():
        for a, b in itertools.pairwise(history):
            assert a.end is b.start or a.end == b.start
            assert a.start.sort_key <= b.start.sort_key
        if history:
            last = history[-1]
            # the last interval holds still, unless the state's status ended (an observer status lapsed)
            assert last.end is None or (last.closed_by is not None and last.closed_by.kind == "observer-ended")
            day_after = last.start.end + dt.timedelta(days=1)  # a one-day period inside the last interval
            expected = "frozen" if last.participation else last.status
            assert cell(history, Period(day_after, day_after)) == expected, code


@pytest.mark.parametrize("width", [80, 160])
def test_chart_text_snapshot(run: Run, width: int) -> None:
    result = run("chart", *F, "--format", "table", env={"COLUMNS": str(width), "CSTO_TODAY": "2020-06-30"})
    assert result.exit_code == 0
    snapshot = SNAPSHOTS / f"chart_{width}.txt"
    if not snapshot.exists():
        snapshot.write_text(result.stdout, encoding="utf-8")
        pytest.fail(f"wrote {snapshot.name}: review it and commit it")
    assert result.stdout == snapshot.read_text(encoding="utf-8")
    assert max(len(line) for line in result.stdout.splitlines()) <= width


def test_chart_is_legible_without_colour(run: Run) -> None:
    out = run("chart", *F, "--format", "table").stdout
    assert "\x1b" not in out
    assert "SSSSMMMM" in out and "XXXX" in out and "ZZZZ" in out and "OOOO" in out


def test_chart_in_arabic(run: Run) -> None:
    out = run("chart", *F, "--format", "table", "--lang", "ar").stdout
    assert "ألفالاند" in out and "عضو" in out


def test_chart_json_gives_the_intervals(run: Run) -> None:
    data = json.loads(run("chart", *F, "--format", "json").stdout)
    bbb = [(r["status"], r["start"], r["end"], r["opened_by"]["id"]) for r in data if r["code"] == "BBB"]
    assert bbb == [
        ("signatory", "2000-05-15", "2002-04-20", "signed"),
        ("member", "2002-04-20", "2005-04-20", "in-force"),
        ("former", "2005-04-20", "2008-08-16", "bbb-withdrawal"),
        ("member", "2008-08-16", "2012-12-19", "bbb-rejoined"),
        ("suspended", "2012-12-19", None, "bbb-suspended"),
    ]


def test_svg_is_well_formed_and_names_every_state(run: Run, tmp_path: Path, mini: FactBase) -> None:
    target = tmp_path / "chart.svg"
    result = run("chart", *F, "--svg", str(target), "--format", "table")
    assert result.exit_code == 0 and "wrote" in result.stderr
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext()).replace("\xa0", " ")
    for state in mini.states:
        assert state.name in text


def test_the_markdown_chart_title_names_its_years(run: Run, mini: FactBase) -> None:
    first_line = run("chart", *F, "--from", "2001", "--format", "markdown").stdout.splitlines()[0]
    assert first_line == f"**CSTO membership, 2001–{mini.meta.as_of.year}**"


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_svg_with_another_format_writes_the_image_and_prints_the_format(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, mini: FactBase, fmt: str
) -> None:
    target = tmp_path / "chart.svg"
    result = run("chart", *F, "--svg", str(target), "--format", fmt)
    assert result.exit_code == 0 and result.stderr == f"csto: wrote {target}\n"
    assert ET.parse(target).getroot().tag.endswith("svg")
    alone = run("chart", *F, "--format", fmt)
    assert result.stdout == alone.stdout != ""
    if fmt == "json":
        assert {i["code"] for i in json.loads(result.stdout)} == {c for c, spans in intervals(mini).items() if spans}


def test_an_svg_that_cannot_be_written_is_one_error_line(run: Run, tmp_path: Path) -> None:
    result = run("chart", *F, "--svg", str(tmp_path / "no" / "such" / "dir.svg"), "--format", "json")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("csto: error: cannot write") and result.stderr.count("\n") == 1
