"""What several test modules share: the fixture files and the `run` fixture's type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from csto_cli.cli import app

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
