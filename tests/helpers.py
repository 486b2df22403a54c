"""What several test modules share: the fixture files and the `run` fixture's type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from csto_cli import loader
from csto_cli.cli import app
from csto_cli.model import FactBaseError

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.toml"


class Run:
    """Runs csto in the test process: `run(*args)` gives the result, `run.json(*args)` the parsed JSON."""

    def __init__(self, runner: CliRunner) -> None:
        self.runner = runner

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return self.runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    def json(self, *args: str, **kw: Any) -> Any:
        result = self(*args, "--format", "json", **kw)
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        return json.loads(result.stdout)


# The fixture base with one defect: what validation says about it, and where.
def problems_of(text: str) -> list[str]:
    with pytest.raises(FactBaseError) as info:
        loader.parse(text, "facts.toml")
    return [str(p) for p in info.value.problems]


def mutate(old: str, new: str, count: int = 1) -> str:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, old
    return text.replace(old, new, count)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1
