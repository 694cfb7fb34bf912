"""The fields of the spreadsheet tables (cards, touchpoints, opportunities, metrics, evidence),
read from the schema rather than listed by hand.

Every column of the `card`, `metric` and `evidence` tables becomes a field; what kind of value it
holds (text, whole number, number, yes/no, one of a vocabulary, a date, a time) and its limits
come from the column's type and the table's CHECK constraints, so a column added by a later file
format reaches the spreadsheets without a change here. What is written by hand is only how
people name things: headers and vocabulary in English and French, and the words a workshop
spreadsheet may use for them (app/model/table_words.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy import CheckConstraint, Integer, Table
from sqlalchemy.sql.sqltypes import REAL

from .schema import Base, Flag, Timestamp
from .table_words import CHOICE_LABELS, FIELD_HEADERS

TABLES = ("cards", "touchpoints", "opportunities", "metrics", "evidence")
"""The tables a map exports to spreadsheets; the first four import back."""
IMPORTABLE = ("cards", "touchpoints", "opportunities", "metrics")
LANE_OF_TABLE = {"touchpoints": "touchpoints", "opportunities": "opportunities", "cards": "text"}
"""The kind of lane a table's rows go to when no lane is named (or the named one is new)."""

_SOURCE = {"cards": "card", "touchpoints": "card", "opportunities": "card", "metrics": "metric"}
_SOURCE["evidence"] = "evidence"
_HIDDEN = frozenset({"lane_id", "stage_id", "asset_sha256"})
"""References shown by name instead (a stage by its title and position)."""
_OMITTED = {
    "touchpoints": frozenset({"impact", "effort", "status"}),
    "opportunities": frozenset({"channel", "direct", "physical", "touchpoint_state"}),
}
"""Columns a view leaves out because they mean nothing for its rows; new columns stay in."""
_LEADING = {
    "card": ("title", "body"),
    "metric": ("name", "value_before", "value_after", "target", "unit"),
    "evidence": ("kind", "title", "text", "speaker", "source", "date", "url"),
}
_TRAILING = ("position", "id", "created_at", "updated_at")

_IN = re.compile(r"^\s*\(?(\w+) IN \(([^)]*)\)\)?\s*$")
_BETWEEN = re.compile(r"(\w+) BETWEEN (-?\d+) AND (-?\d+)")
_LENGTH = re.compile(r"length\((\w+)\) <= (\d+)")
_DATE_GLOB = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


@dataclass(frozen=True)
class Field:
    """One column of a spreadsheet table.

    `kind`: text, integer, number, flag (yes/no), choice (one of `choices`), date (YYYY-MM-DD
    text), time (a row's creation or change time, read-only) or name (a stage, lane or journey
    shown by title; `position` fields give their place). `column` is the row's column, or ""
    for the fields that describe where the row is (journey, stage, lane) or what uses it.
    """

    name: str
    kind: str
    column: str = ""
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    max_length: int | None = None
    nullable: bool = False
    readonly: bool = False

    def header(self, language: str) -> str:
        """The column's header in English or French (a new column: its name, readable)."""
        words = FIELD_HEADERS.get(self.name)
        if words is None:
            return self.name.replace("_", " ").capitalize()
        return words[1] if language == "fr" else words[0]

    def label(self, code: str, language: str) -> str:
        """A vocabulary code as people read it ("pain" -> "Irritant")."""
        words = CHOICE_LABELS.get(self.name, {}).get(code)
        if words is None:
            return code
        return words[1] if language == "fr" else words[0]


_PLACE_FIELDS = {
    "card": (
        Field("journey", "name", readonly=True),
        Field("stage", "name"),
        Field("stage_position", "integer", low=1, high=100_001),
        Field("lane", "name"),
        Field("lane_kind", "choice", choices=()),  # filled from the lane table below
        Field("lane_position", "integer", low=1, high=100_001),
    ),
    "metric": (
        Field("journey", "name", readonly=True),
        Field("stage", "name"),
        Field("stage_position", "integer", low=1, high=100_001),
    ),
    "evidence": (),
}
_COUNT_FIELDS = {
    "card": (Field("evidence_count", "integer", readonly=True),),
    "metric": (),
    "evidence": (
        Field("used_on", "text", readonly=True),
        Field("use_count", "integer", readonly=True),
    ),
}


def table_source(table: str) -> str:
    """The schema table a spreadsheet table's rows come from."""
    return _SOURCE[table]


@cache
def column_fields(source: str) -> tuple[Field, ...]:
    """A field for every column of the schema table `source`, with what its CHECKs allow."""
    table: Table = Base.metadata.tables[source]
    checks = [str(c.sqltext) for c in table.constraints if isinstance(c, CheckConstraint)]
    fields = []
    for column in table.columns:
        if column.name in _HIDDEN:
            continue
        fields.append(_field_of(column.name, column.type, bool(column.nullable), checks))
    return tuple(fields)


def _field_of(name: str, column_type: object, nullable: bool, checks: list[str]) -> Field:
    mine = [c for c in checks if re.search(rf"\b{name}\b", c)]
    readonly = name in ("created_at", "updated_at", "position")
    if isinstance(column_type, Timestamp):
        return Field(name, "time", name, nullable=nullable, readonly=True)
    if isinstance(column_type, Flag):
        return Field(name, "flag", name, nullable=nullable)
    low = high = max_length = None
    for check in mine:
        between = _BETWEEN.search(check)
        if between and between.group(1) == name:
            low, high = int(between.group(2)), int(between.group(3))
        length = _LENGTH.search(check)
        if length and length.group(1) == name:
            max_length = int(length.group(2))
    if isinstance(column_type, Integer):
        return Field(
            name, "integer", name, low=low, high=high, nullable=nullable, readonly=readonly
        )
    if isinstance(column_type, REAL):
        return Field(name, "number", name, nullable=nullable)
    for check in mine:
        vocabulary = _IN.match(check)
        if vocabulary and vocabulary.group(1) == name:
            choices = tuple(v.strip().strip("'") for v in vocabulary.group(2).split(","))
            return Field(name, "choice", name, choices=choices, nullable=nullable)
        if _DATE_GLOB in check:
            return Field(name, "date", name, nullable=nullable)
    return Field(name, "text", name, max_length=max_length, nullable=nullable, readonly=readonly)


@cache
def table_fields(table: str) -> tuple[Field, ...]:
    """The fields of a spreadsheet table, in the order of its columns."""
    source = table_source(table)
    own = {f.name: f for f in column_fields(source)}
    omitted = _OMITTED.get(table, frozenset())
    leading = [own[n] for n in _LEADING.get(source, ()) if n in own]
    trailing = [own[n] for n in _TRAILING if n in own]
    middle = [
        f for f in own.values() if f not in leading and f not in trailing and f.name not in omitted
    ]
    places = list(_PLACE_FIELDS[source])
    if source == "card":
        kinds = next(f for f in column_fields("lane") if f.name == "kind").choices
        places = [
            Field(f.name, f.kind, choices=kinds) if f.name == "lane_kind" else f for f in places
        ]
    return (*places, *leading, *middle, *_COUNT_FIELDS[source], *trailing)


def field_named(table: str, name: str) -> Field | None:
    return next((f for f in table_fields(table) if f.name == name), None)
