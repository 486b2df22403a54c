"""Indexes derived from one fact base, computed on first use and kept for the process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..model import FactBase

T = TypeVar("T")
_current: tuple[FactBase, dict[str, Any]] | None = None


def memo(base: FactBase, key: str, compute: Callable[[], T]) -> T:
    global _current
    if _current is None or _current[0] is not base:
        _current = (base, {})
    store = _current[1]
    if key not in store:
        store[key] = compute()
    return store[key]  # type: ignore[no-any-return]
