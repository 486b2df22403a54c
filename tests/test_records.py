"""records.record: the frozen, slotted value classes the model and the views are made of."""

from __future__ import annotations

import copy
import pickle

import pytest

import csto_cli.model as model
from csto_cli.records import FrozenRecordError, fields, record, replace


@record
class Point:
    x: int
    y: int = 0
    label: str | None = None


@record(eq=True)
class Pair:
    left: str
    right: tuple[str, ...] = ()


def test_fields_are_taken_positionally_by_name_and_from_defaults() -> None:
    p = Point(1, label="a")
    assert (p.x, p.y, p.label) == (1, 0, "a")
    assert fields(Point) == fields(p) == ("x", "y", "label")
    assert Point.__match_args__ == ("x", "y", "label")


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((1, 2, "a", 4), {}, "takes 3 positional arguments but 4 were given"),
        ((), {"y": 2}, "missing required argument: 'x'"),
        ((1,), {"z": 2}, "unexpected keyword argument 'z'"),
        ((1,), {"x": 2}, "multiple values for argument 'x'"),
    ],
)
def test_wrong_arguments_are_type_errors(args: tuple[object, ...], kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)  # type: ignore[arg-type]


def test_records_refuse_assignment_and_new_attributes() -> None:
    p = Point(1)
    with pytest.raises(FrozenRecordError, match="cannot assign to field 'x' of a frozen Point"):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenRecordError, match="cannot delete field 'y'"):
        del p.y
    with pytest.raises(AttributeError):
        p.z = 3  # type: ignore[attr-defined]
    assert not hasattr(p, "__dict__") and p.x == 1


def test_identity_equality_unless_asked_for_values() -> None:
    assert Point(1) != Point(1)
    a = Point(1)
    assert a == a
    assert Pair("a", ("b",)) == Pair("a", ("b",))
    assert Pair("a") != Pair("b")
    assert Pair("a") != ("a", ())  # type: ignore[comparison-overlap]  # another type is never equal
    assert len({Pair("a", ("b",)), Pair("a", ("b",))}) == 1


def test_repr_names_every_field() -> None:
    assert repr(Point(1, label="a")) == "Point(x=1, y=0, label='a')"


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_pickling_round_trips_without_calling_init(protocol: int) -> None:
    original = Point(3, 4, "p")
    restored = pickle.loads(pickle.dumps(original, protocol=protocol))
    assert type(restored) is Point
    assert (restored.x, restored.y, restored.label) == (3, 4, "p")
    with pytest.raises(FrozenRecordError):
        restored.x = 5  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(Pair("a", ("b",)))) == Pair("a", ("b",))


def test_a_state_of_the_wrong_shape_is_refused() -> None:
    p = Point.__new__(Point)
    with pytest.raises(TypeError, match="Point has 3 fields, not 2"):
        p.__setstate__((1, 2))  # type: ignore[attr-defined]  # the pickle protocol, called by hand


def test_copies_are_records_too() -> None:
    p = Point(1, 2, "c")
    for duplicate in (copy.copy(p), copy.deepcopy(p)):
        assert (duplicate.x, duplicate.y, duplicate.label) == (1, 2, "c") and duplicate is not p


def test_replace_makes_a_changed_copy() -> None:
    p = Point(1, 2)
    q = replace(p, y=5)
    assert (q.x, q.y) == (1, 5) and p.y == 2
    with pytest.raises(TypeError, match="Point has no field 'z'"):
        replace(p, z=1)


def test_fields_of_something_else_is_an_error() -> None:
    with pytest.raises(TypeError, match="int is not a record"):
        fields(3)


def test_a_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="field 'b' without a default follows one with a default"):

        @record
        class Bad:
            a: int = 0
            b: int  # type: ignore[misc]  # the mistake under test


def test_match_statements_see_the_fields() -> None:
    match Point(1, 2):
        case Point(1, y):
            assert y == 2
        case _:
            pytest.fail("no match")


@pytest.mark.parametrize(
    "cls",
    [model.PartialDate, model.Citation, model.Source, model.State, model.Alternative, model.Event, model.Statement,
     model.Meta, model.FactBase, model.Problem],
)  # fmt: skip
def test_every_model_class_is_a_record_of_its_annotations(cls: type) -> None:
    assert fields(cls) == tuple(cls.__annotations__)


def test_dates_compare_by_value_and_records_by_identity(mini: model.FactBase) -> None:
    assert model.PartialDate.parse("1992-05-15") == model.PartialDate(1992, 5, 15)
    assert hash(model.PartialDate.parse("1992")) == hash(model.PartialDate(1992))
    event = mini.events[0]
    assert replace(event) is not event and replace(event) != event
    assert replace(mini, origin="elsewhere").event_by_id is mini.event_by_id
