"""Does an object have the shape of a FactBase, down to every field of every record?

The parsed-base cache unpickles only the model's classes, but a pickle can still fill their fields
with anything (`states=None`, a number for a name). Each record's annotations say what its fields
hold; the check follows them, so a new field is checked without a change here. It runs on every
cached start-up, so it checks a column at a time (every State's `name` at once) with loops that run
in C (`map`, `set`): about 1 ms for the bundled base, linear in its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import chain
from operator import attrgetter

from . import model
from .records import fields

_RECORDS: dict[str, type] = {
    name: cls for name, cls in vars(model).items() if isinstance(cls, type) and "__record_fields__" in cls.__dict__
}
_NAMED: dict[str, type] = {"str": str, "int": int, "bool": bool, "None": type(None), "dt.date": dt.date, "Rank": str}

# A field's plan: its name, the types its values may have, and checks of their parts, each given
# every value of the field (it passes the values of other types its field allows).
Seen = dict[type, set[int]]
Part = Callable[[list[object], Seen], bool]
Plan = tuple[tuple[str, frozenset[type], tuple[Part, ...]], ...]
_PLANS: dict[type, Plan] = {}


def is_fact_base(value: object) -> bool:
    return type(value) is model.FactBase and _all_ok(model.FactBase, [value], {})


def _all_ok(cls: type, objs: list[object], seen: Seen) -> bool:
    """Every object in `objs` (already known to be of type `cls`) has the types its fields declare.
    Records are shared (one PartialDate for each distinct date, the indexes hold the tuples' records):
    each is checked once."""
    by_id = dict(zip(map(id, objs), objs, strict=True))
    done = seen.setdefault(cls, set())
    fresh = by_id.keys() - done
    if not fresh:
        return True
    objs = list(map(by_id.__getitem__, fresh)) if len(fresh) < len(by_id) else list(by_id.values())
    done |= fresh
    plan = _PLANS.get(cls) or _PLANS.setdefault(cls, _plan(cls))
    for name, types, parts in plan:
        try:
            values = list(map(attrgetter(name), objs))
        except AttributeError:  # a record restored without some field
            return False
        if not set(map(type, values)) <= types or not all(part(values, seen) for part in parts):
            return False
    return True


def _of(values: list[object], kind: type) -> list[object]:
    """The values of type `kind` (a field may also hold None, or a str where a tuple may be)."""
    kinds = set(map(type, values))
    if kinds == {kind}:
        return values
    return [v for v in values if type(v) is kind] if kind in kinds else []


def _strings(values: list[object], seen: Seen) -> bool:
    return set(map(type, chain.from_iterable(_of(values, tuple)))) <= {str}  # type: ignore[arg-type]


def _items(item: type) -> Part:
    def check(values: list[object], seen: Seen) -> bool:
        items: list[object] = list(chain.from_iterable(_of(values, tuple)))  # type: ignore[arg-type]
        return set(map(type, items)) <= {item} and _all_ok(item, items, seen)

    return check


def _mapping(item: type) -> Part:
    def check(values: list[object], seen: Seen) -> bool:
        dicts: list[dict[object, object]] = _of(values, dict)  # type: ignore[assignment]
        keys = chain.from_iterable(dicts)
        items = list(chain.from_iterable(d.values() for d in dicts))
        return set(map(type, keys)) <= {str} and set(map(type, items)) <= {item} and _all_ok(item, items, seen)

    return check


def _record(item: type) -> Part:
    return lambda values, seen: _all_ok(item, _of(values, item), seen)


def _rank(values: list[object], seen: Seen) -> bool:
    return set(values) <= set(model.RANKS)


def _plan(cls: type) -> Plan:
    plan = []
    for name in fields(cls):
        types: set[type] = set()
        parts: list[Part] = []
        for part in cls.__annotations__[name].split(" | "):
            if part == "tuple[str, ...]":
                types.add(tuple)
                parts.append(_strings)
            elif part.startswith("tuple["):  # tuple[Record, ...]
                types.add(tuple)
                parts.append(_items(_RECORDS[part[6:-6]]))
            elif part.startswith("dict[str, "):
                types.add(dict)
                parts.append(_mapping(_RECORDS[part[10:-1]]))
            elif part in _NAMED:
                types.add(_NAMED[part])
                if part == "Rank":
                    parts.append(_rank)
            else:
                types.add(_RECORDS[part])
                parts.append(_record(_RECORDS[part]))
        plan.append((name, frozenset(types), tuple(parts)))
    return tuple(plan)
