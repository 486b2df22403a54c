"""The parsed-base cache: a validated FactBase saved under a hash of the file's content.

Safe to delete, never stale (the key covers the content, csto's version and the model's shape),
written atomically (temp file + rename), and never trusted: a file that does not unpickle to a
FactBase with the right key, or that names any class outside the model, is ignored and rebuilt.
Set CSTO_CACHE_DIR to move it, CSTO_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from . import model
from .model import FactBase
from .records import fields

try:
    import _pickle as pickle  # the C pickler pickle.py wraps, without pickle.py's ~1 ms import
except ImportError:  # pragma: no cover (an interpreter without the C accelerator)
    import pickle  # type: ignore[no-redef]

try:
    from _blake2 import blake2b  # the same function hashlib exports, without hashlib's 2 ms import
except ImportError:  # pragma: no cover
    from hashlib import blake2b

_FORMAT = "csto-cache-1"
_ALLOWED = {("datetime", "date")} | {("csto_cli.model", name) for name in dir(model) if name[:1].isupper()}


def _fingerprint() -> bytes:
    from . import __version__

    shape = ";".join(
        f"{c.__name__}:{','.join(fields(c))}"
        for c in (
            model.FactBase,
            model.Meta,
            model.Source,
            model.State,
            model.Event,
            model.Statement,
            model.Alternative,
            model.Citation,
            model.PartialDate,
        )
    )
    return f"{_FORMAT}|{__version__}|{sys.version_info[:2]}|{shape}".encode()


def key(raw: bytes) -> str:
    return blake2b(_fingerprint() + b"\0" + raw, digest_size=20).hexdigest()


def directory() -> Path | None:
    if os.environ.get("CSTO_NO_CACHE"):
        return None
    explicit = os.environ.get("CSTO_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    home = Path(xdg) if xdg else Path.home() / ".cache"
    return home / "csto"


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a fact base")
        return super().find_class(module, name)  # type: ignore[no-any-return]


def read(cache_key: str) -> FactBase | None:
    folder = directory()
    if folder is None:
        return None
    try:
        with open(folder / f"{cache_key}.pickle", "rb") as handle:
            stored_key, base = _ModelUnpickler(handle).load()
    except Exception:  # missing, unreadable, corrupt or foreign: rebuild from the TOML
        return None
    if stored_key != cache_key or not isinstance(base, FactBase):
        return None
    return base


def write(cache_key: str, base: FactBase) -> None:
    """Save quietly; a read-only or missing cache directory only means the next run parses again."""
    folder = directory()
    if folder is None:
        return
    tmp = folder / f".{cache_key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as handle:
            pickle.dump((cache_key, base), handle, protocol=5)
        os.replace(tmp, folder / f"{cache_key}.pickle")
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
