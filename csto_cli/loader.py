"""Find a fact base, read it safely, and return it validated: from the parsed-base cache when the
file's content has been parsed before, else through `validation`."""

from __future__ import annotations

import os
from pathlib import Path

from . import basecache
from .model import FactBase, FactBaseError, Problem
from .records import replace

MAX_BYTES = 50 * 1024 * 1024  # the default bound; CSTO_MAX_MB raises it for a large base you trust
LIMIT_VAR = "CSTO_MAX_MB"
ENV_VAR = "CSTO_FACTS"


def max_bytes(name: str) -> int:
    """The most bytes a fact base may hold: $CSTO_MAX_MB megabytes if set, else MAX_BYTES."""
    text = os.environ.get(LIMIT_VAR, "").strip()
    if not text:
        return MAX_BYTES
    if not text.isdecimal() or int(text) == 0:
        raise FactBaseError([Problem(name, f"cannot be read: {LIMIT_VAR} must be a whole number of MB, not {text!r}")])
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
    from .validation import parse as validate

    return validate(text, name)


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
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise FactBaseError([Problem(name, "no such file")]) from None
    except OSError as exc:
        raise FactBaseError([Problem(name, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > limit:
        raise FactBaseError([Problem(name, f"holds more than {limit:,} bytes; {too_big}")])
    return raw


def decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FactBaseError([Problem(name, f"is not UTF-8 text (byte {exc.start})", line)]) from None
