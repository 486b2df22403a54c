"""The same answers in any encoding: BOMs, bad bytes, UTF-16, a non-UTF-8 locale, invisible controls."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from csto_cli import loader

from .helpers import MINI
from .test_bounds import csto

pytestmark = pytest.mark.subprocess
SNEAKY = "Treaty\u2028signed \u202egninrut\u202c and \u2066isolated\u2069 \u2029end"


def test_a_bom_at_the_start_of_batch_input_is_skipped(tmp_path: Path) -> None:
    result = csto("printf '\\xef\\xbb\\xbfArmenia\\nKZ\\n' | csto member-status - --format jsonl", tmp_path)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["ARM", "KAZ"]


def test_a_fact_base_with_a_bom_loads(tmp_path: Path) -> None:
    target = tmp_path / "bom.toml"
    target.write_bytes(b"\xef\xbb\xbf" + MINI.read_bytes())
    assert loader.load(target).meta.name == "Test Treaty Organization"


def test_an_invalid_utf8_line_is_one_error_and_the_good_lines_are_answered(tmp_path: Path) -> None:
    command = "printf '\\xff\\nArmenia\\nKaz\\xe9\\nKZ\\n' | csto member-status - --format jsonl"
    result = csto(command, tmp_path, LANG="en_US.UTF-8")
    assert result.returncode == 1
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["ARM", "KAZ"]
    assert result.stderr.decode().splitlines() == [
        "csto: line 1: is not UTF-8 text (byte 1 of the line)",
        "csto: line 3: is not UTF-8 text (byte 4 of the line)",
    ]


@pytest.mark.parametrize("command", ["csto member-status -", "csto check --file -"])
def test_utf16_input_is_a_clear_error(tmp_path: Path, command: str) -> None:
    result = csto(f"printf 'Armenia\\n' | iconv -f UTF-8 -t UTF-16 | {command}", tmp_path)
    assert result.returncode in (1, 2)
    assert result.stderr == b"csto: line 1: the input is UTF-16; csto reads UTF-8 (iconv -f UTF-16 -t UTF-8)\n"


def test_a_utf16_fact_base_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "u16.toml"
    target.write_bytes(MINI.read_text(encoding="utf-8").encode("utf-16"))
    result = csto(f"csto validate {target}", tmp_path)
    assert result.returncode == 1 and result.stderr.count(b"\n") == 1 and b"is UTF-16 text" in result.stderr


# A machine without the Latin-1 locale installed falls back to UTF-8; PYTHONIOENCODING makes the
# streams Latin-1 (or ASCII) as such a locale would, on any machine.
NON_UTF8 = [{"LANG": "en_US.ISO-8859-1"}, {"LANG": "en_US.ISO-8859-1", "PYTHONIOENCODING": "latin-1"}]


@pytest.mark.parametrize("env", NON_UTF8, ids=["locale", "latin-1 streams"])
def test_a_non_utf8_locale_still_answers(tmp_path: Path, env: dict[str, str]) -> None:
    table = csto("csto members --format table", tmp_path, **env)
    assert table.returncode == 0 and b"Traceback" not in table.stderr
    assert b"Armenia" in table.stdout
    for fmt in ("json", "jsonl", "csv", "tsv"):
        machine = csto(f"csto members --format {fmt}", tmp_path, **env)
        assert machine.returncode == 0, machine.stderr
        assert "أرمينيا" in machine.stdout.decode("utf-8")  # UTF-8 bytes whatever the locale


@pytest.mark.parametrize("encoding", ["ascii", "utf-8"])
def test_bytes_that_are_not_utf8_in_an_argument_are_echoed_escaped(tmp_path: Path, encoding: str) -> None:
    for fmt in ("table", "tsv", "csv", "markdown"):
        result = csto(
            f"csto check fact headquarters $'Mos\\xffcow' --format {fmt}", tmp_path, PYTHONIOENCODING=encoding
        )
        assert b"Traceback" not in result.stderr and result.returncode in (0, 1, 3)
        assert b"Mos\\xffcow" in result.stdout
    result = csto("csto check fact headquarters $'Mos\\xffcow' --format json", tmp_path, PYTHONIOENCODING=encoding)
    assert json.loads(result.stdout)["claim"].endswith("Mos\udcffcow")
    missing = csto("csto members --facts $'/tmp/no\\xffsuch\\nfile'", tmp_path, PYTHONIOENCODING=encoding)
    assert missing.returncode == 1
    assert missing.stderr == b"csto: error: /tmp/no\\xffsuch\\nfile: no such file\n"  # one line


@pytest.fixture
def sneaky(tmp_path: Path) -> Path:
    target = tmp_path / "sneaky.toml"
    text = MINI.read_text(encoding="utf-8").replace('title = "Treaty signed"', f"title = {json.dumps(SNEAKY)}")
    target.write_text(text, encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv", "markdown", "table"])
def test_line_separators_and_bidi_controls_are_never_written_raw(tmp_path: Path, sneaky: Path, fmt: str) -> None:
    result = csto(f"csto timeline --facts {sneaky} --format {fmt}", tmp_path, COLUMNS="300")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert not any(ch in text for ch in "\u2028\u2029\u202e\u202c\u2066\u2069")
    assert "\\u2028" in text and "\\u202e" in text
    if fmt == "json":
        assert json.loads(text)[0]["title"] == SNEAKY  # the data is unchanged for a JSON reader
    if fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["title"] == SNEAKY
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) == len(text.splitlines())  # one record per line
