"""csto export: the whole record as a SQLite database or one JSON document.

The file is written beside its target under a fresh name (created exclusively) and moved into place
with os.replace, which replaces a symlink itself and never writes through it. An existing file is
replaced only when an earlier `csto export` wrote it, or with --force.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import stat
import tempfile
from collections.abc import Callable
from typing import Annotated, Any

import typer

from ..queries import export as q
from .options import FactsOpt
from .output import fail, load_base, say, usage, write

_SQLITE_HEADER = b"SQLite format 3\x00"


class ExportFormat(str, enum.Enum):
    sqlite = "sqlite"
    json = "json"


def export(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="Where to write; '-' writes JSON to stdout.", show_default=False),
    ],
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format", "-f", help="sqlite or json. Default: json for *.json and '-', else sqlite.", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE even if csto did not write it.")] = False,
    facts: FactsOpt = None,
) -> None:
    """Write the whole record (states, events, statements, sources, citations) for data tools.

    SQLite tables: states, events, event_states, statements, sources, citations, alternatives and
    meta, with foreign keys and indexes (opens in Datasette and sqlite-utils). JSON: one document
    with the same facts, nested.

    \b
    Examples:
      csto export csto.db
      datasette csto.db
      csto export --format json - | jq '.events | length'
    """
    from .. import __version__

    kind = fmt or (ExportFormat.json if file == "-" or file.lower().endswith(".json") else ExportFormat.sqlite)
    if file == "-" and kind is ExportFormat.sqlite:
        usage("a SQLite export needs a FILE, not '-'")
    base = load_base(facts)
    if kind is ExportFormat.json:
        text = json.dumps(q.document(base, __version__), ensure_ascii=False, indent=2) + "\n"
        if file == "-":
            write(text)
            return
        _replace(file, lambda path: _write_text(path, text), _is_our_json, force)
    else:
        tables = q.tables(base, __version__)
        _replace(file, lambda path: _write_sqlite(path, tables), _is_our_sqlite, force)
    say(f"csto: wrote {file}")


def _replace(target: str, fill: Callable[[str], None], ours: Callable[[str], bool], force: bool) -> None:
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            fail(f"cannot write {target}: it is a directory")
        if not force and (not stat.S_ISREG(info.st_mode) or not ours(target)):
            what = "a symlink" if stat.S_ISLNK(info.st_mode) else "a file csto export did not write"
            fail(f"{target} exists and is {what}; use --force to replace it")
    folder = os.path.dirname(os.path.abspath(target))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".csto-export-", suffix=".tmp")
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")
    os.close(fd)  # the name is ours now; each format opens it its own way
    try:
        fill(temp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            fail(f"cannot write {target}: {exc.strerror or exc}")
        raise


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def _write_sqlite(path: str, tables: dict[str, list[dict[str, Any]]]) -> None:
    import sqlite3  # only this command needs it

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA application_id = {q.APPLICATION_ID}")
        with connection:
            connection.executescript("BEGIN;\n" + q.SCHEMA + "COMMIT;")
        with connection:
            for name, rows in tables.items():
                if rows:
                    keys = list(rows[0])
                    columns = ", ".join(f'"{k}"' for k in keys)
                    marks = ", ".join("?" for _ in keys)
                    sql = f"INSERT INTO {name} ({columns}) VALUES ({marks})"
                    connection.executemany(sql, [[row[k] for k in keys] for row in rows])
    except sqlite3.Error as exc:
        raise OSError(str(exc)) from None
    finally:
        connection.close()


def _head(path: str, size: int) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return b""
    with os.fdopen(fd, "rb") as handle:
        return handle.read(size)


def _is_our_sqlite(path: str) -> bool:
    head = _head(path, 100)
    return head.startswith(_SQLITE_HEADER) and int.from_bytes(head[68:72], "big") == q.APPLICATION_ID


def _is_our_json(path: str) -> bool:
    head = _head(path, 200)
    if not head.lstrip().startswith(b"{"):
        return False
    try:
        with open(path, encoding="utf-8") as handle:
            value = json.load(handle)
    except (OSError, ValueError):
        return False
    return isinstance(value, dict) and value.get("generator") == q.GENERATOR
