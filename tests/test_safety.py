"""Hostile text is shown inertly; the parsed-base cache is never trusted."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from csto_cli import basecache, loader
from csto_cli.model import FactBase

from .helpers import MINI, Run

EVIL_TITLE = (
    "\x1b[31mRED\x1b[0m [red]markup[/red] [link=https://evil.example]click[/link] "
    "\x1b]8;;https://evil.example\x07osc8\x1b]8;;\x07 cr\rX bell\x07"
)


@pytest.fixture
def evil(tmp_path: Path) -> Path:
    text = MINI.read_text(encoding="utf-8").replace('title = "Treaty signed"', f"title = {json.dumps(EVIL_TITLE)}")
    text = text.replace('title = "Source A"', 'title = "[bold]Source[/bold] \\u001b[5mA"')
    target = tmp_path / "evil.toml"
    target.write_text(text, encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", ["table", "markdown", "tsv"])
def test_escape_sequences_and_markup_reach_the_terminal_inertly(evil: Path, fmt: str) -> None:
    """Raw bytes as a terminal would receive them, with colour forced on."""
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}
    raw = subprocess.run(
        [sys.executable, "-m", "csto_cli", "timeline", "--facts", str(evil), "--format", fmt],
        capture_output=True,
        env=env,
        check=True,
    ).stdout
    assert b"\x1b[31mRED" not in raw and b"\x1b]8;;" not in raw and b"\x07" not in raw and b"\r" not in raw
    assert b"[red]markup[/red]" in raw and b"[link=https://evil.example]click[/link]" in raw


def test_json_keeps_the_exact_text(evil: Path, run: Run) -> None:
    data = run.json("timeline", "--facts", str(evil))
    assert data[0]["title"] == EVIL_TITLE


def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path))
    first = loader.load(MINI)
    (cached,) = tmp_path.glob("*.pickle")
    cached.write_bytes(b"not a pickle")
    assert loader.load(MINI).meta == first.meta or loader.load(MINI).meta.name == first.meta.name

    class Boom:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    cached.write_bytes(pickle.dumps((cached.stem, Boom())))
    assert loader.load(MINI).meta.name == first.meta.name
    assert not (tmp_path / "pwned").exists()
    cached.write_bytes(pickle.dumps(("another-key", first)))
    assert isinstance(loader.load(MINI), FactBase)


def test_the_cache_is_keyed_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_copy: Path) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "c"))
    assert loader.load(mini_copy).meta.name == "Test Treaty Organization"
    mini_copy.write_text(
        mini_copy.read_text(encoding="utf-8").replace("Test Treaty", "Changed Treaty"), encoding="utf-8"
    )
    assert loader.load(mini_copy).meta.name == "Changed Treaty Organization"
    assert len(list((tmp_path / "c").glob("*.pickle"))) == 2
    assert not list((tmp_path / "c").glob("*.tmp"))


def test_a_refused_cache_write_is_quiet_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a read-only cache directory (simulated: CI runs as root, which may write anywhere)."""

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(os, "replace", refuse)
    assert loader.load(MINI).meta.name
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_location_is_quietly_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CSTO_CACHE_DIR", str(blocker / "cache"))  # a directory under a file: cannot exist
    result = run("members", "--facts", str(MINI), "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert basecache.read(basecache.key(MINI.read_bytes())) is None


def test_a_cached_base_reports_the_path_it_was_loaded_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "c"))
    copy = tmp_path / "copy.toml"
    copy.write_bytes(MINI.read_bytes())
    assert loader.load(MINI).origin == str(MINI)
    assert loader.load(copy).origin == str(copy)
