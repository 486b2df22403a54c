"""The parsed-base cache writes through no link, trusts no place others can write, serves no forgery."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from csto_cli import basecache, loader
from csto_cli.model import FactBase
from csto_cli.records import replace

from .helpers import MINI, Run
from .test_installed import BIN

KEY = basecache.key(MINI.read_bytes())


def plain_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": f"{BIN}{os.pathsep}/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def forged_entry(folder: Path, base: object, key: str = KEY) -> Path:
    entry = folder / f"{key}.pickle"
    entry.write_bytes(pickle.dumps((key, base), protocol=5))
    return entry


@pytest.mark.subprocess
def test_a_link_planted_at_the_temp_file_name_is_not_followed(tmp_path: Path) -> None:
    """The issue's reproduction: a symlink at `.<key>.<pid>.tmp`, then csto exec'd under that pid."""
    cache, victim = tmp_path / "c", tmp_path / "victim"
    cache.mkdir(mode=0o700)
    victim.write_text("precious\n")
    command = f"ln -s {victim} {cache}/.{KEY}.$$.tmp; exec csto members --facts {MINI} --format json"
    result = subprocess.run(
        ["bash", "-c", command], env=plain_env(tmp_path, CSTO_CACHE_DIR=str(cache)), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "precious\n"
    entry = cache / f"{KEY}.pickle"
    assert stat.S_ISREG(entry.lstat().st_mode)  # the entry was still written, beside the link


def test_the_temp_file_is_created_exclusively(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a name guessed exactly (the random part pinned here) is never opened through a link."""
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setattr(os, "urandom", lambda n: b"\0" * n)
    (tmp_path / "c").mkdir(mode=0o700)
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    (tmp_path / "c" / f".{KEY}.{os.getpid()}.{'00' * 6}.tmp").symlink_to(victim)
    basecache.write(KEY, loader.load(MINI))
    assert victim.read_text() == "precious\n"


def test_the_cache_directory_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "new" / "csto"))
    os.umask(old := os.umask(0o022))
    loader.load(MINI)
    assert stat.S_IMODE((tmp_path / "new" / "csto").stat().st_mode) == 0o700
    (entry,) = (tmp_path / "new" / "csto").glob("*.pickle")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    os.umask(old)


@pytest.mark.subprocess
@pytest.mark.parametrize("how", ["world-writable", "group-writable", "another owner"])
def test_a_forged_entry_in_a_shared_directory_is_never_served(tmp_path: Path, how: str) -> None:
    cache = tmp_path / "shared"
    cache.mkdir()
    base = loader.parse(MINI.read_text(encoding="utf-8"), str(MINI))
    forged = replace(base, states=(replace(base.states[0], name="Narnia\x1b[31m"), *base.states[1:]))
    forged_entry(cache, forged)
    if how == "another owner":
        if os.getuid() != 0:
            pytest.skip("needs root to give the directory to another user")
        os.chown(cache, 65534, 65534)
        os.chmod(cache, 0o755)
    else:
        os.chmod(cache, 0o777 if how == "world-writable" else 0o775)
    result = subprocess.run(
        ["csto", "members", "--status", "all", "--facts", str(MINI), "--format", "json"],
        env=plain_env(tmp_path, CSTO_CACHE_DIR=str(cache)),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Narnia" not in result.stdout and base.states[0].name in result.stdout
    assert [p.name for p in cache.iterdir()] == [f"{KEY}.pickle"]  # nothing written there either


@pytest.mark.parametrize(
    "spoil",
    [
        lambda b: replace(b, states=None),
        lambda b: replace(b, states=(replace(b.states[0], name=None),)),
        lambda b: replace(b, events=(replace(b.events[0], date="1992-05-15"),)),
        lambda b: replace(b, statements=(replace(b.statements[0], rank="best"),)),
        lambda b: replace(b, state_by_code={"ARM": "Armenia"}),
        lambda b: replace(b, meta=None),
    ],
    ids=["states=None", "name=None", "date as text", "unknown rank", "index of text", "meta=None"],
)
def test_an_entry_of_the_wrong_types_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run, spoil: Callable[[FactBase], FactBase]
) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path))
    good = loader.parse(MINI.read_text(encoding="utf-8"), str(MINI))
    forged_entry(tmp_path, spoil(good))
    assert basecache.read(KEY) is None
    result = run("members", "--facts", str(MINI), "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert basecache.read(KEY) is not None  # rebuilt


def test_leftovers_and_long_unused_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path))
    now = time.time()
    files = {
        ".a.123.tmp": now - 120,  # left by a killed writer
        ".b.124.tmp": now - 5,  # a writer at work now
        f"{'0' * 40}.pickle": now - 31 * 86400,  # other content, unused for a month
        f"{'1' * 40}.pickle": now - 29 * 86400,
        "notes.txt": now - 400 * 86400,  # not csto's: left alone
    }
    for name, mtime in files.items():
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (mtime, mtime))
    loader.load(MINI)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([".b.124.tmp", f"{'1' * 40}.pickle", "notes.txt", f"{KEY}.pickle"])


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSTO_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert basecache.directory() == tmp_path / ".cache" / "csto"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert basecache.directory() == tmp_path / "xdg" / "csto"


def test_a_symlinked_entry_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path / "c"))
    loader.load(MINI)
    entry = tmp_path / "c" / f"{KEY}.pickle"
    entry.rename(tmp_path / "elsewhere.pickle")
    entry.symlink_to(tmp_path / "elsewhere.pickle")
    assert basecache.read(KEY) is None


def test_real_bases_pass_the_type_check() -> None:
    from csto_cli.wellformed import is_fact_base

    for path in (MINI, loader.bundled_path()):
        assert is_fact_base(loader.parse(path.read_text(encoding="utf-8"), str(path)))
