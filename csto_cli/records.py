"""Frozen, slotted value classes, declared like dataclasses, at a fraction of their start-up cost.

Why not `@dataclass(frozen=True, slots=True)`: on Python 3.11 it compiles four or five functions per class
with `exec` (__init__, __repr__, __setattr__, __delattr__, ...). For the records every csto run loads that
was 4.6 ms of each start-up (README, "Start-up time"). A record shares one set of plain functions
instead; type checkers read it as a frozen dataclass (PEP 681 `dataclass_transform`).

    @record
    class Citation:
        source: str
        quote: str | None = None

gives `__slots__`, `__match_args__`, an `__init__` taking the fields in order (positionally or by name),
a `__repr__`, and instances that refuse assignment. `@record(eq=True)` adds value equality and hashing;
without it instances compare by identity, like `eq=False` dataclasses. Defaults must be immutable
(records use None, tuples, strings, numbers). Pickling goes through `__getstate__`/`__setstate__` and
never calls `__init__`: the parsed-base cache restores thousands of records on every run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING or sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover (3.10: the decorator only informs type checkers)

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda decorator: decorator


__all__ = ["FrozenRecordError", "fields", "record", "replace"]

T = TypeVar("T")
_set = object.__setattr__


class FrozenRecordError(AttributeError):
    """An attempt to assign to or delete a field of a record."""


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, eq: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, eq_default=False)
def record(cls: type[T] | None = None, /, *, eq: bool = False) -> type[T] | Callable[[type[T]], type[T]]:
    """Make `cls` a frozen, slotted record of the fields its annotations name, in order."""
    if cls is None:
        return lambda c: _build(c, eq)
    return _build(cls, eq)


def fields(obj_or_cls: object) -> tuple[str, ...]:
    """The field names of a record class or instance, in order."""
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    names = cls.__dict__.get("__record_fields__")
    if names is None:
        raise TypeError(f"{cls.__name__} is not a record")
    return names  # type: ignore[no-any-return]


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record `obj` with some fields changed (`dataclasses.replace` for records)."""
    values = {name: getattr(obj, name) for name in fields(obj)}
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def _build(cls: type[T], eq: bool) -> type[T]:
    namespace = dict(cls.__dict__)
    names = tuple(namespace.get("__annotations__", {}))
    defaults = {name: namespace.pop(name) for name in names if name in namespace}
    for before, name in pairwise(names):
        if before in defaults and name not in defaults:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with a default")
    for name in ("__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace.update(
        __slots__=names,
        __match_args__=names,
        __record_fields__=names,
        __init__=_init(cls.__name__, names, defaults),
        __setattr__=_refuse_set,
        __delattr__=_refuse_delete,
        __getstate__=_getstate,
        __setstate__=_setstate,
    )
    namespace.setdefault("__repr__", _repr)
    if eq:
        namespace.update(__eq__=_eq, __hash__=_hash)
    metaclass: Any = type(cls)
    built: type[T] = metaclass(cls.__name__, cls.__bases__, namespace)
    return built


def _init(owner: str, names: tuple[str, ...], defaults: dict[str, Any]) -> Callable[..., None]:
    count = len(names)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{owner}() takes {count} positional arguments but {len(args)} were given")
        for name, value in zip(names, args, strict=False):  # len(args) <= count, checked above
            if name in kwargs:
                raise TypeError(f"{owner}() got multiple values for argument {name!r}")
            _set(self, name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                _set(self, name, kwargs.pop(name))
            elif name in defaults:
                _set(self, name, defaults[name])
            else:
                raise TypeError(f"{owner}() missing required argument: {name!r}")
        if kwargs:
            raise TypeError(f"{owner}() got an unexpected keyword argument {next(iter(kwargs))!r}")

    __init__.__qualname__ = f"{owner}.__init__"
    return __init__


def _refuse_set(self: object, name: str, value: object) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


def _refuse_delete(self: object, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")


def _getstate(self: object) -> tuple[object, ...]:
    return tuple(getattr(self, name) for name in type(self).__slots__)  # type: ignore[attr-defined]


def _setstate(self: object, state: tuple[object, ...]) -> None:
    names = type(self).__slots__  # type: ignore[attr-defined]
    if len(state) != len(names):
        raise TypeError(f"{type(self).__name__} has {len(names)} fields, not {len(state)}")
    # map() drives the C setter from C: ~15% faster than a Python loop over a million cached records
    for _ in map(_set, repeat(self), names, state):
        pass


def _repr(self: object) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__slots__)  # type: ignore[attr-defined]
    return f"{type(self).__name__}({inner})"


def _eq(self: object, other: object) -> bool:
    if type(other) is not type(self):
        return NotImplemented  # type: ignore[no-any-return]  # Python's protocol for "not comparable"
    return _getstate(self) == _getstate(other)


def _hash(self: object) -> int:
    return hash(_getstate(self))
