"""Numbered upgrade steps from older file formats to the current one.

Like calibre and Anki, each step is keyed by `PRAGMA user_version` and runs on a scratch copy;
the data then moves into a fresh file made from the current frozen DDL, so an upgraded file has
exactly the schema of a new one and passes the same allow-list. The user's file is untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .fileformat import FORMAT_VERSION, create_file, ddl, expected_schema


def _v1_to_v2(connection: sqlite3.Connection) -> None:
    """Format 2 lets a lane be hidden and gives stages their metrics (NPS, CSAT, CES...)."""
    connection.execute("ALTER TABLE lane ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")
    metric_ddl = next(
        part for part in ddl(2).split(";") if part.strip().startswith("CREATE TABLE metric")
    )
    connection.execute(metric_ddl)


_V3_COLUMNS = (
    ("journey", "duplicated_from", "TEXT"),
    ("stage", "origin_stage_id", "TEXT"),
    ("lane", "blueprint_role", "TEXT NOT NULL DEFAULT ''"),
    ("card", "key_touchpoint", "INTEGER NOT NULL DEFAULT 0"),
    ("card", "effort_kind", "TEXT NOT NULL DEFAULT ''"),
    ("card", "magic_moment", "INTEGER NOT NULL DEFAULT 0"),
    ("card", "due_date", "TEXT NOT NULL DEFAULT ''"),
    ("metric", "kind", "TEXT NOT NULL DEFAULT 'custom'"),
    ("metric", "source", "TEXT NOT NULL DEFAULT ''"),
    ("metric", "measured_before", "TEXT NOT NULL DEFAULT ''"),
    ("metric", "measured_after", "TEXT NOT NULL DEFAULT ''"),
    ("metric", "inputs", "TEXT NOT NULL DEFAULT ''"),
)


def _v2_to_v3(connection: sqlite3.Connection) -> None:
    """Format 3 holds the rest of the method: effort kinds, magic moments, key touchpoints, due
    dates, blueprint roles of lanes, metric kinds with their inputs, source and dates, insights,
    connections between cards, and the origin of a duplicated journey and of its stages.
    Metrics named NPS, CSAT or CES become metrics of that kind."""
    for table, column, definition in _V3_COLUMNS:
        connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    connection.execute(_table_ddl(3, "connection"))
    for kind in ("nps", "csat", "ces"):
        connection.execute(
            "UPDATE metric SET kind = ? WHERE upper(trim(name)) = ?", (kind, kind.upper())
        )


def _table_ddl(version: int, table: str) -> str:
    """The frozen CREATE TABLE statement of one table."""
    return next(part for part in ddl(version).split(";") if f"CREATE TABLE {table} (" in part)


def _v3_to_v4(connection: sqlite3.Connection) -> None:
    """Format 4 keeps the versions its Saves record (lineage.py); an upgraded map has none
    yet: its first Save starts its history."""
    connection.execute(_table_ddl(4, "version"))
    connection.execute(_table_ddl(4, "version_parent"))


def _v4_to_v5(connection: sqlite3.Connection) -> None:
    """Format 5 keeps the comments of people reviewing the map; an upgraded map has none."""
    connection.execute(_table_ddl(5, "comment"))


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}
"""UPGRADES[n] turns a format-n database into format n+1."""


def upgrade(source: Path, target: Path, version: int) -> None:
    """Write at `target` the current-format equivalent of `source`, a validated format `version`."""
    scratch = target.with_name(target.name + ".upgrading")
    scratch.write_bytes(source.read_bytes())
    try:
        connection = sqlite3.connect(scratch, isolation_level=None)
        try:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("BEGIN")
            for step in range(version, FORMAT_VERSION):
                UPGRADES[step](connection)
            connection.execute("COMMIT")
        finally:
            connection.close()
        _transplant(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)


def _transplant(upgraded: Path, target: Path) -> None:
    """Copy every row of `upgraded` into a fresh current-format file at `target`."""
    create_file(target)
    tables = sorted(
        (name for kind, name, _, _ in expected_schema(FORMAT_VERSION) if kind == "table"),
    )
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS old", (str(upgraded),))
        connection.execute("BEGIN")
        for table in tables:
            columns = ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
            connection.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM old.{table}"
            )
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE old")
    finally:
        connection.close()
