from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csto_cli import loader
from csto_cli.model import FactBase

from .helpers import MINI, Run


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests see neither the developer's fact base, cache, locale nor colour settings."""
    for var in (
        "CSTO_FACTS",
        "CSTO_BIDI",
        "NO_COLOR",
        "FORCE_COLOR",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "COLUMNS",
        "CSTO_NO_CACHE",
        "CSTO_TODAY",
        "CSTO_MAX_MB",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("CSTO_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(scope="session")
def mini() -> FactBase:
    return loader.load(MINI)


@pytest.fixture(scope="session")
def bundled() -> FactBase:
    return loader.load(loader.bundled_path())


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run(runner: CliRunner) -> Run:
    return Run(runner)


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    target = tmp_path / "facts.toml"
    shutil.copy(MINI, target)
    return target
