"""Sources in every format: --fields sources and source_urls, named sections, csto open."""

from __future__ import annotations

import csv
import io
import json

import pytest

from csto_cli.model import FactBase

from .helpers import MINI, Run
from .test_installed import sh

F = ("--facts", str(MINI))
URL = {"src-a": "https://example.org/a", "src-b": "https://example.org/b"}
VIEWS = [
    ("members", "--on", "2013-01-01"),
    ("member-status", "Betastan", "--on", "2013-01-01"),
    ("timeline",),
    ("fact", "--all"),
    ("check", "member", "Alphaland", "--on", "2003-01-01"),
]


@pytest.mark.parametrize("command", VIEWS, ids=lambda c: c[0])
def test_sources_and_their_urls_in_every_format(run: Run, command: tuple[str, ...]) -> None:
    records = run.json(*command, *F, "--fields", "sources,source_urls")
    records = records if isinstance(records, list) else [records]
    assert records and any(r["sources"] for r in records)
    for r in records:
        assert r["source_urls"] == [URL[i] for i in r["sources"]]
    out = run(*command, *F, "--fields", "sources,source_urls", "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["sources", "source_urls"]
    assert [[";".join(r["sources"]), ";".join(r["source_urls"])] for r in records] == rows[1:]
    for fmt in ("table", "markdown"):
        shown = run(*command, *F, "--fields", "source_urls", "--format", fmt, env={"COLUMNS": "200"}).stdout
        assert "https://example.org/" in shown, fmt


def test_views_without_sources_still_refuse_the_field(run: Run) -> None:
    result = run("diff", "2005-01-01", "2010-01-01", *F, "--fields", "source_urls", "--format", "csv")
    assert result.exit_code == 2 and "unknown field 'source_urls'" in result.stderr


@pytest.mark.parametrize(
    ("command", "named"),
    [
        (("member-status", "Betastan"), "csto member-status BBB --history-only --format csv"),
        (("check", "member", "Alphaland", "--on", "2003-01-01"), "csto check member Alphaland --on 2003-01-01 --json"),
    ],
)
def test_a_flat_format_names_what_it_leaves_out(run: Run, command: tuple[str, ...], named: str) -> None:
    result = run(*command, *F, "--format", "csv")
    assert result.exit_code == 0 and result.stderr.count("\n") == 1
    assert result.stderr.endswith(f"list it with: {named}\n")
    for fmt in ("json", "table", "markdown"):
        assert run(*command, *F, "--format", fmt).stderr == "", fmt
    assert run(*command, *F).stderr == ""  # TSV by default in a pipe: the script asked for nothing


@pytest.mark.parametrize(("ident", "url"), [("src-b", URL["src-b"]), ("signed", URL["src-a"]), ("hq", None)])
def test_open_prints_the_url_when_stdout_is_not_a_terminal(
    run: Run, mini: FactBase, ident: str, url: str | None
) -> None:
    result = run("open", ident, *F)
    expected = url or mini.source_by_id[next(s for s in mini.statements if s.id == ident).sources[0].source].url
    assert result.exit_code == 0 and result.stdout == expected + "\n" and result.stderr == ""


def test_open_an_unknown_id_suggests(run: Run) -> None:
    result = run("open", "signd", *F)
    assert result.exit_code == 1 and "did you mean: signed" in result.stderr


def test_open_uses_the_browser_on_a_terminal(monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    import webbrowser

    from csto_cli.cli import browse

    opened: list[str] = []

    class Browser:
        def open(self, url: str) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(browse, "_terminal", lambda: True)
    monkeypatch.setattr(webbrowser, "get", lambda: Browser())
    result = run("open", "src-a", *F)
    assert opened == [URL["src-a"]] and result.stdout == "" and "opened" in result.stderr
    monkeypatch.setattr(webbrowser, "get", lambda: (_ for _ in ()).throw(webbrowser.Error("none")))
    assert run("open", "src-a", *F).stdout == URL["src-a"] + "\n"  # no browser: the URL


@pytest.mark.subprocess
def test_installed_sources_everywhere() -> None:
    urls = sh("csto members --fields code,source_urls --format json")
    assert all(u.startswith("http") for r in json.loads(urls.stdout) for u in r["source_urls"])
    piped = sh("csto open treaty-signed | cat")
    assert piped.returncode == 0 and piped.stdout.startswith("http") and piped.stdout.count("\n") == 1
    dropped = sh("csto member-status Armenia --format csv")
    assert "--history-only --format csv" in dropped.stderr and dropped.stdout.count("\n") == 2
