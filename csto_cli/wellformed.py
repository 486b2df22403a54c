"""Does an object have the shape of a FactBase, down to every field of every record?

The parsed-base cache unpickles only the model's classes, but a pickle can still fill their fields
with anything (`states=None`, a number for a name). Each record's annotations say what its fields
hold; the check follows them, so a new field is checked without a change here. It runs on every
cached start-up, so each record class is compiled once into a plan of plain type tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import model
from .records import fields

Seen = set[int]
Parts = Callable[[object, Seen], bool]
# A field's plan: its name, the types its value may have, and a check of its parts (items, a record);
# each part check passes values of the other types its field allows.
Plan = tuple[tuple[str, frozenset[type], Parts | None], ...]

_RECORDS: dict[str, type] = {
    name: cls for name, cls in vars(model).items() if isinstance(cls, type) and "__record_fields__" in cls.__dict__
}
_NAMED: dict[str, type] = {"str": str, "int": int, "bool": bool, "None": type(None), "dt.date": dt.date, "Rank": str}
_PLANS: dict[type, Plan] = {}


def is_fact_base(value: object) -> bool:
    return type(value) is model.FactBase and _record_ok(value, set())


def _record_ok(obj: object, seen: Seen) -> bool:
    if id(obj) in seen:  # records and dates are shared: each is checked once
        return True
    plan = _PLANS.get(type(obj))
    if plan is None:
        if type(obj) not in _RECORDS.values():
            return False
        plan = _PLANS[type(obj)] = _plan(type(obj))
    seen.add(id(obj))
    for name, types, parts in plan:
        v = getattr(obj, name, None)
        if type(v) not in types or (parts is not None and v is not None and not parts(v, seen)):
            return False
    return True


def _strings_ok(v: object, seen: Seen) -> bool:
    return type(v) is not tuple or all(type(x) is str for x in v)


def _rank_ok(v: object, seen: Seen) -> bool:
    return v in model.RANKS


def _plan(cls: type) -> Plan:
    plan = []
    for name in fields(cls):
        annotation: str = cls.__annotations__[name]
        types: set[type] = set()
        checks: list[Parts] = []
        for part in annotation.split(" | "):
            if part == "tuple[str, ...]":
                types.add(tuple)
                checks.append(_strings_ok)
            elif part.startswith("tuple["):  # tuple[Record, ...]: every item that record
                item = _RECORDS[part[6:-6]]
                types.add(tuple)
                checks.append(
                    lambda v, seen, item=item: (
                        type(v) is not tuple
                        or all(  # type: ignore[misc]
                            type(x) is item and _record_ok(x, seen) for x in v
                        )
                    )
                )
            elif part.startswith("dict[str, "):
                item = _RECORDS[part[10:-1]]
                types.add(dict)
                checks.append(
                    lambda v, seen, item=item: (
                        type(v) is not dict
                        or all(  # type: ignore[misc]
                            type(k) is str and type(x) is item and _record_ok(x, seen) for k, x in v.items()
                        )
                    )
                )
            elif part in _NAMED:
                types.add(_NAMED[part])
                if part == "Rank":
                    checks.append(_rank_ok)
            else:
                types.add(_RECORDS[part])
                checks.append(lambda v, seen, cls=_RECORDS[part]: type(v) is not cls or _record_ok(v, seen))  # type: ignore[misc]
        plan.append((name, frozenset(types), _all(checks)))
    return tuple(plan)


def _all(checks: list[Parts]) -> Parts | None:
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]
    return lambda v, seen: all(check(v, seen) for check in checks)
