"""Find a fact base, read it safely, and return it validated: from the parsed-base cache when the
file's content has been parsed before, else through `validation`."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import BinaryIO

from . import basecache
from .model import FactBase, FactBaseError, Problem
from .records import replace

MAX_BYTES = 50 * 1024 * 1024  # the default bound; CSTO_MAX_MB raises it for a large base you trust
MAX_MB = 1_000_000  # the most CSTO_MAX_MB may say (a terabyte): more is a typo, not a fact base
LIMIT_VAR = "CSTO_MAX_MB"
ENV_VAR = "CSTO_FACTS"
# tomllib's time and memory grow with the square of a dotted key's depth (a 40 KB line `x.a.a.a… = 1`
# of 20,000 parts takes 2.4 GB): a key deeper than this, or a line longer, is refused before parsing.
# The schema's deepest key has three parts; its longest line is under 2,000 characters.
MAX_KEY_PARTS = 64
MAX_LINE = 1024 * 1024
_CHUNK = 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_KEY_PART = re.compile(r"[ \t]*(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')[ \t]*")


def max_bytes(name: str) -> int:
    """The most bytes a fact base may hold: $CSTO_MAX_MB megabytes if set, else MAX_BYTES."""
    text = os.environ.get(LIMIT_VAR, "").strip()
    if not text:
        return MAX_BYTES
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_MB:
        raise FactBaseError(
            [
                Problem(
                    name, f"cannot be read: {LIMIT_VAR} must be a whole number of MB from 1 to {MAX_MB}, not {text!r}"
                )
            ]
        )
    return int(text) * 1024 * 1024


def bundled_path() -> Path:
    """The fact base shipped inside the package (data/facts.toml in the source tree).

    An installed wheel keeps it beside this module, which is where importlib.resources finds it; that
    is checked first because importing importlib.resources costs ~3 ms of every start-up. Editable
    and other installs go through importlib.resources."""
    beside = Path(__file__).parent / "data" / "facts.toml"
    if beside.is_file():
        return beside
    from importlib.resources import files

    try:
        return Path(str(files("csto_cli.data") / "facts.toml"))
    except ModuleNotFoundError:  # running from a source checkout that is not installed
        return Path(__file__).resolve().parent.parent / "data" / "facts.toml"


def countries_path() -> Path:
    """The world's countries with their CLDR names (data/countries.tsv, written by tools/gen_countries.py)."""
    return bundled_path().with_name("countries.tsv")


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else bundled_path()


def load(path: str | os.PathLike[str] | None = None) -> FactBase:
    """Load and validate a fact base: `path`, else $CSTO_FACTS, else the bundled one."""
    target = resolve_path(path)
    raw = read_bytes(target)
    key = basecache.key(raw)
    cached = basecache.read(key)
    if cached is not None:
        # the same content may have been parsed under another name
        return cached if cached.origin == str(target) else replace(cached, origin=str(target))
    base = parse(decode(raw, str(target)), str(target))
    basecache.write(key, base)
    return base


def parse(text: str, name: str = "<string>") -> FactBase:
    from .consistency import problems
    from .validation import parse as validate

    check_shape(text, name)
    base = validate(text, name)
    found = problems(base, text, name)
    if found:
        raise FactBaseError(found)
    return base


def check_shape(text: str, name: str) -> None:
    """Refuse, in linear time, what would make the TOML parser take absurd time or memory."""
    if len(text) > MAX_LINE:
        start = 0
        for n, line_end in enumerate(_line_ends(text), 1):
            if line_end - start > MAX_LINE:
                raise FactBaseError(
                    [Problem(name, f"has a line of {line_end - start:,} characters (at most {MAX_LINE:,})", n)]
                )
            start = line_end + 1
    run = 0
    for part in text.split("."):
        run = run + 1 if _KEY_PART.fullmatch(part) else 0
        if run >= MAX_KEY_PARTS:
            offset = _offset_of_run(text, part)
            line = text.count("\n", 0, offset) + 1
            raise FactBaseError([Problem(name, f"has a dotted key of more than {MAX_KEY_PARTS} parts", line)])


def _line_ends(text: str) -> list[int]:
    ends = [m.start() for m in re.finditer("\n", text)]
    return [*ends, len(text)]


def _offset_of_run(text: str, part: str) -> int:
    """Where a long dotted key is (the first place its part repeats), to name its line."""
    found = text.find("." + part + ".")
    return max(found, 0)


def read_bytes(target: Path) -> bytes:
    name = str(target)
    limit = max_bytes(name)
    too_big = f"a fact base may hold at most {limit:,} (set {LIMIT_VAR} to allow more)"
    try:
        if target.is_dir():
            raise FactBaseError([Problem(name, "is a directory, not a fact base file")])
        size = target.stat().st_size
        if size > limit:
            raise FactBaseError([Problem(name, f"is {size:,} bytes; {too_big}")])
        with target.open("rb") as handle:
            raw = _read_up_to(handle, limit + 1)
    except FileNotFoundError:
        raise FactBaseError([Problem(name, "no such file")]) from None
    except OSError as exc:
        raise FactBaseError([Problem(name, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > limit:
        raise FactBaseError([Problem(name, f"holds more than {limit:,} bytes; {too_big}")])
    return raw


def _read_up_to(handle: BinaryIO, most: int) -> bytes:
    """Read in chunks (a FIFO or a growing file may hold more than stat said), never past `most`."""
    chunks: list[bytes] = []
    total = 0
    while total < most:
        chunk = handle.read(min(_CHUNK, most - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FactBaseError([Problem(name, "is UTF-16 text; csto reads UTF-8 (iconv -f UTF-16 -t UTF-8 converts it)")])
    body = raw.removeprefix(_BOM)  # a byte-order mark some editors write is no part of the TOML
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise FactBaseError([Problem(name, f"is not UTF-8 text (byte {exc.start})", line)]) from None
