"""The parsed-base cache: a validated FactBase saved under a hash of the file's content.

Safe to delete, never stale (the key covers the content, csto's version and the model's shape),
written atomically (an exclusive temp file + rename), and never trusted: a file that does not unpickle
to a FactBase with the right key and the model's types in every field, or that names any class outside
the model, is ignored and rebuilt. A cache directory another user owns or may write to is not used.
Set CSTO_CACHE_DIR to move it, CSTO_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from pathlib import Path

from . import model
from .model import FactBase
from .records import fields
from .wellformed import is_fact_base

try:
    import _pickle as pickle  # the C pickler pickle.py wraps, without pickle.py's ~1 ms import
except ImportError:  # pragma: no cover (an interpreter without the C accelerator)
    import pickle  # type: ignore[no-redef]

try:
    from _blake2 import blake2b  # the same function hashlib exports, without hashlib's 2 ms import
except ImportError:  # pragma: no cover
    from hashlib import blake2b

_FORMAT = "csto-cache-1"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DAY = 24 * 3600
_STALE_TEMP = 60  # seconds: a writer takes milliseconds, so an older temp file was left by a killed one
_STALE_ENTRY = 30 * _DAY
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
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    home = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # XDG: a relative path is ignored
    return home / "csto"


def _yours(st: os.stat_result) -> bool:
    """Owned by the user running csto and writable by no one else (as ssh requires of ~/.ssh)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or (st.st_uid == getuid() and not st.st_mode & 0o022)


def _trusted(folder: Path) -> bool:
    try:
        st = os.stat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _yours(st)


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a fact base")
        return super().find_class(module, name)  # type: ignore[no-any-return]


def read(cache_key: str) -> FactBase | None:
    folder = directory()
    if folder is None or not _trusted(folder):
        return None
    entry = folder / f"{cache_key}.pickle"
    try:
        fd = os.open(entry, os.O_RDONLY | _NOFOLLOW)
        with open(fd, "rb") as handle:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or not _yours(st):
                return None
            stored_key, base = _ModelUnpickler(handle).load()
    except Exception:  # missing, unreadable, corrupt or foreign: rebuild from the TOML
        return None
    if stored_key != cache_key or not is_fact_base(base):
        return None
    if time.time() - st.st_mtime > _DAY:  # in use: keep it from being pruned as stale
        with contextlib.suppress(OSError):
            os.utime(entry)
    return base  # type: ignore[no-any-return]


def write(cache_key: str, base: FactBase) -> None:
    """Save quietly; a read-only or missing cache directory only means the next run parses again.

    The temp file is created exclusively under an unpredictable name (never through a link someone
    planted), then renamed over the entry; the directory is made private, and one that others can
    write to is not used at all."""
    folder = directory()
    if folder is None:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _trusted(folder):
        return
    _prune(folder, cache_key)
    tmp = folder / f".{cache_key}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    except OSError:
        return
    try:
        with open(fd, "wb") as handle:
            pickle.dump((cache_key, base), handle, protocol=5)
        os.replace(tmp, folder / f"{cache_key}.pickle")
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _prune(folder: Path, keep: str) -> None:
    """Remove temp files a killed writer left (older than a minute) and entries for other content
    not used for 30 days."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            temp = name.startswith(".") and name.endswith(".tmp")
            old = not temp and name.endswith(".pickle") and name != f"{keep}.pickle"
            if not (temp or old) or not (entry.is_file(follow_symlinks=False) or entry.is_symlink()):
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > (_STALE_TEMP if temp else _STALE_ENTRY):
                    os.unlink(entry.path)
