"""csto export: the record as SQLite and JSON, checked against what `timeline` and `sources` say."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))
TABLES = {"states", "events", "event_states", "statements", "sources", "citations", "alternatives"}


def _counts_by_state(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as c:
        rows = c.execute(
            "SELECT s.code, count(e.id) FROM states s JOIN event_states es ON es.state_code = s.code "
            "JOIN events e ON e.id = es.event_id GROUP BY s.code"
        ).fetchall()
    return dict(rows)


def test_sqlite_export_joins_agree_with_timeline(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "csto.db"
    result = run("export", str(db), *F)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "wrote" in result.stderr
    timeline = run.json("timeline", *F)
    by_state = _counts_by_state(db)
    for code in ("AAA", "BBB", "CCC", "DDD"):
        assert by_state.get(code, 0) == len(run.json("timeline", *F, "--country", code)), code
    with sqlite3.connect(db) as c:
        assert {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= TABLES
        assert c.execute("SELECT count(*) FROM events").fetchone()[0] == len(timeline)
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert (
            c.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchone()[0] >= 5
        )
        # every citation of the timeline's events, joined to its source
        cited = c.execute(
            "SELECT count(*) FROM citations ci JOIN sources so ON so.id = ci.source_id WHERE ci.event_id IS NOT NULL"
        ).fetchone()[0]
        assert cited == sum(len(e["sources"]) for e in timeline)
        alternatives = c.execute("SELECT count(*) FROM alternatives").fetchone()[0]
        assert alternatives == sum(len(e["disputed"]) for e in timeline) > 0
        fks = {r[2] for t in ("citations", "event_states") for r in c.execute(f"PRAGMA foreign_key_list({t})")}
        assert {"sources", "events", "statements", "alternatives", "states"} <= fks


def test_json_export_is_one_document_with_the_same_facts(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "csto.json"
    assert run("export", str(out), *F).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["events"]] == [e["id"] for e in run.json("timeline", *F)]
    assert {s["id"] for s in doc["sources"]} == {s["id"] for s in run.json("sources", *F)}
    stdout = run("export", "-", *F)
    assert json.loads(stdout.stdout) == doc


def test_it_replaces_its_own_file_but_not_anyone_elses(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "csto.db"
    assert run("export", str(db), *F).exit_code == 0
    assert run("export", str(db), *F).exit_code == 0  # its own: replaced
    notes = tmp_path / "notes.db"
    notes.write_text("mine")
    result = run("export", str(notes), *F)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "--force" in result.stderr
    assert notes.read_text() == "mine"
    assert run("export", str(notes), *F, "--force").exit_code == 0
    assert notes.read_bytes().startswith(b"SQLite format 3")
    mine = tmp_path / "mine.json"
    mine.write_text('{"a": 1}')
    assert run("export", str(mine), *F).exit_code == 1 and mine.read_text() == '{"a": 1}'


def test_it_never_writes_through_a_symlink(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep")
    link = tmp_path / "csto.db"
    link.symlink_to(target)
    assert run("export", str(link), *F).exit_code == 1
    assert run("export", str(link), *F, "--force").exit_code == 0
    assert target.read_text() == "keep" and not link.is_symlink()
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".csto-export-")]


def test_a_directory_or_a_missing_folder_is_one_error(run: Run, tmp_path: Path) -> None:
    for where in (tmp_path, tmp_path / "no" / "such.db"):
        result = run("export", str(where), *F)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert run("export", "-", "--format", "sqlite", *F).exit_code == 2


@pytest.mark.subprocess
def test_installed_export_opens_in_sqlite_and_agrees_with_timeline(tmp_path: Path) -> None:
    result = sh("csto export csto.db && csto timeline --format json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    timeline = json.loads(result.stdout)
    with sqlite3.connect(tmp_path / "csto.db") as c:
        assert c.execute("SELECT count(*) FROM events").fetchone()[0] == len(timeline)
        arm = c.execute(
            "SELECT count(*) FROM events e JOIN event_states es ON es.event_id = e.id WHERE es.state_code = 'ARM'"
        ).fetchone()[0]
    armenia = sh("csto timeline --country ARM --format json", cwd=tmp_path)
    assert arm == len(json.loads(armenia.stdout)) > 0
    again = sh("csto export --format json csto.db", cwd=tmp_path)  # a SQLite file is not a JSON export: kept
    assert again.returncode == 1 and "--force" in again.stderr
