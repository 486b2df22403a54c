"""Hostile input meets bounds: absurd keys and lines refused, batches read as bounded lines and streamed."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csto_cli import loader
from csto_cli.model import FactBaseError
from csto_cli.queries.words import split_words

from .helpers import MINI
from .test_installed import BIN

pytestmark = pytest.mark.subprocess


def csto(command: str, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[bytes]:
    """`command` in bash, in the plain environment a user has."""
    env = {"PATH": f"{BIN}{os.pathsep}/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", **extra}
    return subprocess.run(["bash", "-c", command], env=env, capture_output=True, timeout=120)


def test_a_deep_dotted_key_is_refused_before_parsing(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x." + "a." * 20_000 + "a = 1\n")  # tomllib would take 2.4 GB
    result = csto(f"csto validate {deep}", tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == f"csto: error: {deep}:1: has a dotted key of more than 64 parts\n"


def test_a_quoted_deep_key_and_an_absurd_line_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="dotted key"):
        loader.parse('x."a"' + '."a"' * 100 + " = 1\n", "q.toml")
    with pytest.raises(FactBaseError, match="has a line of 1,048,577 characters") as info:
        loader.parse("# ok\n" + "#" * (1024 * 1024 + 1) + "\n", "long.toml")
    assert info.value.problems[0].line == 2


def test_the_bundled_base_passes_the_shape_check() -> None:
    loader.check_shape(loader.bundled_path().read_text(encoding="utf-8"), "facts.toml")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=list(" \t\n'\"\\#ab\u00a0é"), max_size=24))
def test_claim_words_split_exactly_as_shlex_does(line: str) -> None:
    try:
        expected: object = shlex.split(line, comments=True)
    except ValueError as exc:
        expected = ("error", str(exc))
    try:
        got: object = split_words(line)
    except ValueError as exc:
        got = ("error", str(exc))
    assert got == expected


def test_a_claim_line_over_64_kb_is_one_error_and_the_others_are_answered(tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("member Armenia --on 2010-01-01\nfact headquarters " + "M" * 2_000_000 + "\nmember KZ\n")
    result = csto(f"csto check --file {claims} --format jsonl", tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "csto: line 2: is longer than 65,536 bytes; a line holds one name or claim\n"
    assert [json.loads(line)["verdict"] for line in result.stdout.splitlines()] == ["true", "true"]


@pytest.mark.parametrize("command", ["csto member-status - < /dev/zero", "csto check --file /dev/zero"])
def test_endless_binary_input_is_one_error_not_a_memory_error(tmp_path: Path, command: str) -> None:
    result = csto(command, tmp_path)
    assert result.returncode in (1, 2)
    assert result.stderr.decode() == "csto: line 1: holds a NUL byte: the input is not text; reading stops here\n"


def test_a_batch_streams_each_answer_before_the_input_ends(tmp_path: Path) -> None:
    """The first answer arrives while the input is still open (no timing: the writer waits for it)."""
    proc = subprocess.Popen(
        ["csto", "member-status", "-", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={"PATH": f"{BIN}{os.pathsep}/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"Armenia\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["code"] == "ARM"
    proc.stdin.write(b"KZ\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["code"] == "KAZ"
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv", "table"])
def test_a_streamed_batch_is_the_same_answer_in_every_format(run, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = run("member-status", "-", "--facts", str(MINI), "--format", fmt, input="AAA\nNarnia\nBBB\n")
    assert result.exit_code == 1
    if fmt == "json":
        assert [r["code"] for r in json.loads(result.stdout)] == ["AAA", "BBB"]
    elif fmt in ("tsv", "csv"):
        sep = "\t" if fmt == "tsv" else ","
        lines = result.stdout.splitlines()
        assert lines[0].split(sep)[0] == "code" and [line.split(sep)[0] for line in lines[1:]] == ["AAA", "BBB"]
    else:
        assert "AAA" in result.stdout and "BBB" in result.stdout


def test_an_empty_batch_still_gives_a_valid_document(run) -> None:  # type: ignore[no-untyped-def]
    assert run.json("member-status", "-", "--facts", str(MINI), input="") == []


@pytest.mark.parametrize("value", ["99999999999999999999", "100000"])
def test_a_huge_max_mb_is_refused_or_read_in_chunks(tmp_path: Path, value: str) -> None:
    """Under a 1 GB address-space limit: the bound is never allocated up front."""
    result = csto("ulimit -v 1000000; csto validate", tmp_path, CSTO_MAX_MB=value)
    assert b"Traceback" not in result.stderr and b"MemoryError" not in result.stderr
    if value == "100000":
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 1 and result.stderr.count(b"\n") == 1
        assert b"CSTO_MAX_MB must be a whole number of MB from 1 to 1000000" in result.stderr


def test_completion_never_reads_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "facts.fifo"
    os.mkfifo(fifo)
    result = csto(
        "csto",
        tmp_path,
        CSTO_FACTS=str(fifo),
        _CSTO_COMPLETE="complete_bash",
        COMP_WORDS="csto member-status Ar",
        COMP_CWORD="2",
    )
    assert result.returncode == 0 and result.stdout.strip() == b""  # no names, and no hang
