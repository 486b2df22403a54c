"""docs/facts.schema.json: the schema editors validate data/facts.toml with, in step with the model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from csto_cli import loader
from csto_cli.model import (
    EVENT_KINDS,
    PROPERTIES,
    RANKS,
    Alternative,
    Citation,
    Event,
    FactBaseError,
    Meta,
    Source,
    State,
    Statement,
)
from csto_cli.records import fields

from .helpers import MINI

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).parent.parent
SCHEMA_PATH = ROOT / "docs" / "facts.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
DEFS: dict[str, Any] = SCHEMA["definitions"]
# each table of the fact base, its definition in the schema and the model class it builds
TABLES = {"meta": ("meta", Meta), "sources": ("source", Source), "states": ("state", State),
          "events": ("event", Event), "statements": ("statement", Statement)}  # fmt: skip


def errors(doc: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [e.message for e in validator.iter_errors(doc)]


def mini_doc() -> dict[str, Any]:
    return tomllib.loads(MINI.read_text(encoding="utf-8"))


def test_the_schema_is_valid_draft_07() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"


@pytest.mark.parametrize(
    ("definition", "cls"),
    [*TABLES.values(), ("alternative", Alternative)],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_every_model_field_is_in_the_schema_and_no_other(definition: str, cls: type) -> None:
    table = DEFS[definition]
    assert set(table["properties"]) == set(fields(cls))
    assert table["additionalProperties"] is False
    assert set(table["required"]) <= set(table["properties"])


def test_a_citation_holds_the_fields_of_the_model() -> None:
    inline = DEFS["citations"]["items"]["oneOf"][1]
    assert set(inline["properties"]) == set(fields(Citation)) and inline["additionalProperties"] is False


def test_the_vocabularies_are_the_model_s() -> None:
    assert DEFS["event"]["properties"]["kind"]["enum"] == list(EVENT_KINDS)
    assert DEFS["statement"]["properties"]["property"]["enum"] == list(PROPERTIES)
    assert DEFS["statement"]["properties"]["rank"]["enum"] == list(RANKS)
    assert set(DEFS["alternative"]["properties"]["rank"]["enum"]) == set(RANKS) - {"preferred"}


def test_the_bundled_base_and_the_test_base_are_valid() -> None:
    bundled = loader.bundled_path()
    assert errors(tomllib.loads(bundled.read_text(encoding="utf-8"))) == []
    assert errors(mini_doc()) == []


def test_the_bundled_base_names_the_schema_on_its_first_line() -> None:
    source = ROOT / "data" / "facts.toml"
    first = source.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("#:schema ")
    assert (source.parent / first.removeprefix("#:schema ")).resolve() == SCHEMA_PATH.resolve()


def test_an_unknown_key_is_rejected_by_the_schema_and_the_loader() -> None:
    doc = mini_doc()
    doc["events"][0]["colour"] = "red"
    assert any("'colour' was unexpected" in e for e in errors(doc))
    text = MINI.read_text(encoding="utf-8").replace(
        'kind = "treaty-signed"', 'kind = "treaty-signed"\ncolour = "red"', 1
    )
    with pytest.raises(FactBaseError, match="unknown field 'colour'"):
        loader.parse(text)


@pytest.mark.parametrize("bad", ["2012-13-19", "1992-5-15", "92-05-15", "2012-05-15T10:00", "2012-00", "15.05.1992"])
def test_a_malformed_date_is_rejected_by_the_schema_and_the_loader(bad: str) -> None:
    doc = mini_doc()
    doc["events"][0]["date"] = bad
    assert errors(doc)
    text = MINI.read_text(encoding="utf-8").replace('date = "2000-05-15"', f'date = "{bad}"', 1)
    with pytest.raises(FactBaseError, match="is not a date"):
        loader.parse(text)


@pytest.mark.parametrize(
    ("table", "key"),
    [(table, key) for table, (definition, _) in TABLES.items() for key in DEFS[definition]["required"]],
)
def test_a_key_the_schema_requires_is_one_the_loader_requires(table: str, key: str) -> None:
    doc = mini_doc()
    record = doc[table] if table == "meta" else doc[table][0]
    del record[key]
    assert errors(doc)
    with pytest.raises(FactBaseError, match=f"{key}|cites no source"):
        loader.parse(without_key(MINI.read_text(encoding="utf-8"), table, key))


def without_key(text: str, table: str, key: str) -> str:
    """The TOML text with the `key = ...` line of the table's first record taken out."""
    lines = text.split("\n")
    start = lines.index("[meta]" if table == "meta" else f"[[{table}]]")
    at = next(n for n in range(start + 1, len(lines)) if lines[n].startswith(f"{key} ="))
    return "\n".join(lines[:at] + lines[at + 1 :])
