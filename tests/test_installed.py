"""The installed `csto`, run as a real process through real pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.subprocess
BIN = Path(sys.executable).parent
CSTO = BIN / "csto"
ROOT = Path(__file__).resolve().parent.parent


def sh(command: str, cwd: Path | None = None, **kw: str) -> subprocess.CompletedProcess[str]:
    # the developer's PYTHON* variables (PYTHONUNBUFFERED hid a double error line) are not a user's
    dropped = ("CSTO_FACTS", "NO_COLOR", "FORCE_COLOR")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("PYTHON")}
    env.update(PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", LANG="C.UTF-8", **kw)
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env, cwd=cwd or "/", timeout=120
    )


def test_the_console_script_is_installed() -> None:
    assert CSTO.is_file(), "install the package first (see README: Quick start)"


def test_installed_package_finds_its_bundled_fact_base(tmp_path: Path) -> None:
    code = (
        "from importlib.resources import files; from csto_cli import loader; print(loader.bundled_path()); "
        "print(files('csto_cli.data') / 'facts.toml' if 'site-packages' in loader.__file__ else '-')"
    )
    result = sh(f'{sys.executable} -c "{code}"', cwd=tmp_path)
    path, resource = result.stdout.split()
    assert Path(path).is_file() and Path(path).name == "facts.toml"
    if resource != "-":  # a real install (CI): the fast path finds what importlib.resources finds
        assert Path(path).resolve() == Path(resource).resolve()
        assert "site-packages" in path
    validate = sh("csto validate", cwd=tmp_path)
    assert validate.returncode == 0 and " events, " in validate.stdout


def test_head_closes_the_pipe_quietly() -> None:
    result = sh("csto timeline | head -1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and result.stderr == ""
    result = sh("csto timeline --format jsonl | head -c 10")
    assert len(result.stdout) == 10 and result.stderr == ""


def test_csv_parses_with_the_csv_module() -> None:
    result = sh("""csto members --format csv | python3 -c "import csv,sys; print(len(list(csv.reader(sys.stdin))))" """)
    assert result.returncode == 0 and int(result.stdout) >= 2


def test_batch_input_through_a_pipe() -> None:
    result = sh("printf 'Armenia\\nNarnia\\nKZ\\n' | csto member-status - --format jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["ARM", "KAZ"]
    assert result.stderr.count("\n") == 1 and "Narnia" in result.stderr


def test_a_full_disk_is_one_clear_error() -> None:
    result = sh("csto members > /dev/full")
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_piped_output_has_no_escape_codes_even_when_forced_to_a_table() -> None:
    result = sh("csto members --format table | cat")
    assert result.returncode == 0 and "\x1b" not in result.stdout and "+" in result.stdout


def test_python_dash_m_works() -> None:
    result = sh(f"{sys.executable} -m csto_cli members --format json")
    assert result.returncode == 0 and isinstance(json.loads(result.stdout), list)


def test_the_wheel_ships_the_fact_base(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("csto-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "csto_cli/data/facts.toml" in names
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "csto_cli").rglob("*.py")}
    assert sources <= set(names), f"missing from the wheel: {sorted(sources - set(names))}"
    assert zipfile.ZipFile(wheel).read("csto_cli/data/facts.toml") == (ROOT / "data" / "facts.toml").read_bytes()
    assert zipfile.ZipFile(wheel).read("csto_cli/data/countries.tsv") == (ROOT / "data" / "countries.tsv").read_bytes()


def test_ci_runs_the_readme_test_command_in_a_plain_environment() -> None:
    """A green CI means green for a user: the README's line runs with nothing inherited but PATH, a
    fresh HOME and LANG=C.UTF-8 (no PYTHON* variables), and the suite runs again with LANG unset."""
    script = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = script.split("<<'README'\n")[1].partition("\nREADME\n")[0].strip()
    assert command in readme and "pytest" in command
    assert 'env -i PATH="$PATH" HOME="$home" LANG=C.UTF-8 bash' in script
    assert 'env -i PATH="$PATH" HOME="$home" .venv/bin/python -m pytest' in script
    assert "set -euo pipefail" in script


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("csto member-status Ar", 2, "Armenia"),
        ("csto member-status قرغ", 2, "قرغيزستان"),
        ("csto timeline --kind withdr", 3, "withdrawal-of-forces"),
        ("csto fact secr", 2, "secretary-general"),
        ("csto mem", 1, "member-status"),
    ],
)
def test_completion_offers_names_from_the_fact_base(words: str, cword: int, expected: str) -> None:
    result = sh("csto", _CSTO_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=str(cword))
    assert result.returncode == 0 and expected in result.stdout.splitlines()


def imported_modules(*args: str) -> set[str]:
    """Every module a real run of `python -m csto_cli ARGS` imports, read from -X importtime. A first,
    unprobed run fills the parsed-base cache, as any user's first run does."""
    subprocess.run([sys.executable, "-m", "csto_cli", *args], capture_output=True, timeout=60)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "csto_cli", *args], capture_output=True, text=True, timeout=60
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines[1:]}  # the first line is the header


@pytest.mark.parametrize(
    "args",
    [("member-status", "Armenia", "--format", "json"), ("timeline", "--format", "tsv"), ("members", "--bogus"),
     ("--help",)],
)  # fmt: skip
def test_the_hot_paths_do_not_import_heavy_modules(args: tuple[str, ...]) -> None:
    """What loads, not how long it takes: Rich, pydantic and Typer's Rich help stay out of these runs."""
    modules = imported_modules(*args)
    heavy = {
        m for m in modules if m.split(".")[0] in ("rich", "pydantic", "bidi", "sqlite3") or m == "typer.rich_utils"
    }
    assert not heavy, sorted(heavy)
    assert {"csto_cli.cli", "typer", "csto_cli.model"} <= modules
    # The start-up path builds its records without dataclasses and unpickles without pickle.py.
    assert not {"dataclasses", "pickle"} & modules, sorted({"dataclasses", "pickle"} & modules)
    # The article scanner (and html.parser) load only for `scan` and for claims in free words.
    scanner = {m for m in modules if m.startswith(("csto_cli.scan", "csto_cli.queries.claimwords", "html"))}
    assert not scanner, sorted(scanner)


def test_a_check_in_the_old_grammar_does_not_load_the_scanner() -> None:
    modules = imported_modules("check", "member", "Armenia", "--format", "json")
    assert not {m for m in modules if m.startswith("csto_cli.scan")}
    assert "csto_cli.scan.claims" in imported_modules("scan", "-", "--format", "json")


def test_a_table_imports_rich_only_then() -> None:
    assert "rich.table" in imported_modules("members", "--format", "table")


@pytest.mark.parametrize(
    ("command", "rc", "out"),
    [
        ("csto member-status Казахстан --format tsv --fields code,status --no-headers", 0, "KAZ\tmember\n"),
        ("csto member-status Azerbaijan --on 1999-04-20 --format tsv --fields status --no-headers", 0, "member\n"),
        ("csto member-status Azerbaijan --on 1999-04-21 --format tsv --fields status --no-headers", 0, "former\n"),
        ("csto member-status Uzbekistan --on 2012-12-18 --format tsv --fields status,participation --no-headers", 0,
         "member\tsuspended\n"),
        ("csto member-status Uzbekistan --on 2012-12-19 --format tsv --fields status --no-headers", 0, "suspended\n"),
        ("csto fact chairmanship --on 2020-06-01 --format tsv --fields value --no-headers", 0, "Russia\n"),
        ("printf 'Украина\\nUA\\nالصين\\n' | csto member-status - --format tsv --fields code,status --no-headers", 0,
         "UKR\tnone\nUKR\tnone\nCHN\tnone\n"),
        ("csto check member Ukraine --quiet", 1, ""),
        ("csto timeline --search Ташкент --format jsonl --fields id,title_ru | head -1", 0,
         '{"id":"treaty-signed","title_ru":"Договор о коллективной безопасности подписан в Ташкенте"}\n'),
    ],
)  # fmt: skip
def test_the_issue_15_answers_through_real_pipes(command: str, rc: int, out: str) -> None:
    result = sh(command)
    assert (result.returncode, result.stdout) == (rc, out), result.stderr


def test_an_empty_timeline_talks_on_stderr_only() -> None:
    result = sh("csto timeline --country Ukraine --format tsv --no-headers")
    assert (result.returncode, result.stdout) == (0, "")
    assert "never a party" in result.stderr
