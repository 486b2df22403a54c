"""Renderers as plain functions: one registry, every format, text kept exact or made inert."""

from __future__ import annotations

import csv
import io
import json

import pytest

from csto_cli.render import Format, render, renderer
from csto_cli.render.view import Column, RenderOptions, UnknownField, View

EVIL = (
    "\x1b[31mred\x1b[0m [red]markup[/red] [link=https://x.example]x[/link] "
    "\x1b]8;;https://x.example\x07osc\x1b]8;;\x07 a\rb"
)
TRICKY = 'tab\there, "quoted", new\nline, =1+1, back\\slash'


def view(text: str) -> View:
    records = [{"code": "AAA", "title": text, "states": ["AAA", "BBB"], "n": None}]
    return View(
        fields=("code", "title", "states", "n"),
        records=records,
        document=records,
        title="T " + text,
        columns=(Column("code", "Code", lambda r: r["code"]), Column("title", "Title", lambda r: r["title"], 3)),
        rows=records,
        footer="as of 2020-01-01",
    )


def test_every_format_has_a_renderer() -> None:
    for fmt in Format:
        assert callable(renderer(fmt))


@pytest.mark.parametrize("color", [False, True])
def test_table_shows_escape_sequences_and_markup_inertly(color: bool) -> None:
    out = render(view(EVIL), Format.table, RenderOptions(color=color, width=200))
    assert "\\x1b[31mred" in out and "[red]markup[/red]" in out and "[link=https://x.example]" in out
    assert "\\x07" in out and "\\x0d" in out
    # colour and boxes may carry escapes of our own, but never the data's
    assert "\x1b[31mred" not in out and "\x1b]8;;" not in out and "\r" not in out and "\x07" not in out


def test_markdown_escapes_pipes_and_newlines() -> None:
    out = render(view("a|b\nc"), Format.markdown, RenderOptions())
    assert "a\\|b<br>c" in out


def test_json_keeps_the_exact_text() -> None:
    for pretty in (False, True):
        out = render(view(EVIL), Format.json, RenderOptions(pretty=pretty))
        assert json.loads(out)[0]["title"] == EVIL
        assert "\x1b" not in out  # JSON escapes control characters
    assert render(view(EVIL), Format.json, RenderOptions()).count("\n") == 1


def test_jsonl_is_one_object_per_line() -> None:
    out = render(view(TRICKY), Format.jsonl, RenderOptions())
    assert [json.loads(line)["title"] for line in out.splitlines()] == [TRICKY]


def test_csv_round_trips_tabs_quotes_newlines_and_formula_characters() -> None:
    out = render(view(TRICKY), Format.csv, RenderOptions())
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [["code", "title", "states", "n"], ["AAA", TRICKY, "AAA;BBB", ""]]


def test_tsv_keeps_one_record_per_line_with_reversible_escapes() -> None:
    out = render(view(TRICKY), Format.tsv, RenderOptions(headers=False))
    assert out.count("\n") == 1
    cells = out.rstrip("\n").split("\t")
    unescaped = cells[1].replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r")
    assert unescaped.replace("\0", "\\") == TRICKY


def test_fields_pick_and_order_columns() -> None:
    out = render(view("x").pick(("states", "code"), "records"), Format.tsv, RenderOptions())
    assert out == "states\tcode\nAAA;BBB\tAAA\n"


def test_pick_checks_names_against_the_face_a_format_shows() -> None:
    v = view("x")
    with pytest.raises(UnknownField, match=r"valid fields: code, title$"):
        v.pick(("states",), "table")  # a record field, but not a column
    assert v.pick(("n", "code"), "document").document == [{"n": None, "code": "AAA"}]
    assert [c.key for c in v.pick(("title", "code"), "table").columns] == ["code", "title"]  # the table's order


def test_a_picked_optional_column_is_kept_on_a_narrow_table() -> None:
    records = [{"code": "AAA", "extra": "EXTRA"}]
    cols = (Column("code", "Code", lambda r: r["code"]), Column("extra", "X", lambda r: r["extra"], optional=True))
    v = View(("code", "extra"), records, records, columns=cols, rows=records)
    assert "EXTRA" not in render(v, Format.table, RenderOptions(width=40))
    assert "EXTRA" in render(v.pick(("extra",), "table"), Format.table, RenderOptions(width=40))


def test_columns_own_their_cells() -> None:
    v = view("x")
    reordered = View(v.fields, v.records, v.document, columns=v.columns[::-1], rows=v.rows)
    assert reordered.cells() == [["x", "AAA"]]  # a reordered column takes its cell with it


def test_a_narrow_table_keeps_every_cell() -> None:
    long_text = "word " * 30
    out = render(view(long_text), Format.table, RenderOptions(width=40))
    assert max(len(line) for line in out.splitlines()) <= 40
    assert out.count("word") == 60  # 30 in the title, 30 in the cell
