"""Look a name up, or say what the user may have meant."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from ..model import NotFound

V = TypeVar("V")


def find(mapping: Mapping[str, V], key: str, what: str, *, n: int = 4, cutoff: float = 0.6) -> V:
    """`mapping[key]`, else NotFound naming `what` with up to `n` close keys as suggestions."""
    try:
        return mapping[key]
    except KeyError:
        import difflib

        raise NotFound(what, key, tuple(difflib.get_close_matches(key, list(mapping), n=n, cutoff=cutoff))) from None
