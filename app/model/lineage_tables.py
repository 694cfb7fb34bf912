"""The tables of a map's lineage (file format 4): the versions its Saves recorded.

They stand apart from the map's own tables (their own `MetaData`): they are not journaled, not
merged, not exported, and a broken history never stops the map from opening (lineage.py checks
them as untrusted input and drops them, rather than refusing the file). Hence no foreign keys:
a parent that does not exist is found by that check, not by SQLite.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, MetaData, Table, Text

HISTORY = MetaData()

_TIME = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
MAX_CHANGES = 50_000_000  # bytes of one version's compressed changes

version_table = Table(
    "version",
    HISTORY,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("saved_at", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("changes", LargeBinary, nullable=True),
    CheckConstraint("length(id) = 36"),
    CheckConstraint("seq BETWEEN 0 AND 1000000"),
    CheckConstraint(f"saved_at {_TIME}"),
    CheckConstraint("length(author) <= 500 AND length(label) <= 500"),
    CheckConstraint(f"changes IS NULL OR length(changes) BETWEEN 1 AND {MAX_CHANGES}"),
    sqlite_strict=True,
)
"""One Save: `changes` is what changed since its first parent (zlib-compressed JSON, see
lineage.py); NULL for a version with no parent (where a history starts)."""

version_parent_table = Table(
    "version_parent",
    HISTORY,
    Column("version_id", Text, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("parent_id", Text, nullable=False),
    CheckConstraint("length(version_id) = 36 AND length(parent_id) = 36"),
    CheckConstraint("position BETWEEN 0 AND 15"),
    sqlite_strict=True,
)
"""The parents of a version: position 0 is the one its changes start from; a merge has more."""

HISTORY_TABLES = ("version", "version_parent")
