"""What makes a file a Parcours file, and the checks a file passes before anything trusts it.

A `.cjm` file may come from anyone (mail, USB stick, shared drive). `validate_structure` and
`validate_values` follow sqlite.org/security.html: defensive connection settings, header and
`integrity_check` first, an allow-list of schema objects, then every value checked against the
same constraints our own tables declare. Each failure is one `InvalidFileError` sentence.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, Table
from sqlalchemy.sql.sqltypes import REAL

from . import limits
from .errors import InvalidFileError, NewerVersionError
from .indicators import parse_inputs
from .schema import Base, Flag, Timestamp
from .text import unsafe_utf8

APPLICATION_ID = 0x434A4D31  # "CJM1"
FORMAT_VERSION = 5
SQLITE_HEADER = b"SQLite format 3\x00"
MAX_VALUE_BYTES = 60_000_000  # largest single value SQLite may hand us (a photo is far less)


def ddl(version: int) -> str:
    """The frozen CREATE statements of a file format version."""
    return resources.files("app.model.ddl").joinpath(f"v{version}.sql").read_text("utf-8")


def harden(connection: sqlite3.Connection, attached: int = 0) -> None:
    """Settings for any connection to a file that may be hostile (sqlite.org/security.html).

    `attached` is 1 only for the working copy, whose Save needs `VACUUM INTO`.
    """
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    connection.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000)
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, attached)
    connection.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, 100)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")


def create_file(path: Path, version: int = FORMAT_VERSION) -> None:
    """Write an empty database of the given format version at `path`."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.executescript(f"BEGIN; {ddl(version)} PRAGMA user_version = {version}; COMMIT;")
    finally:
        connection.close()


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of every object a file of this version holds, no more."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(ddl(version))
        return frozenset(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    finally:
        connection.close()


def open_untrusted(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A read-only, hardened connection to a file not yet validated.

    `immutable`: the file is the user's own, read in place; SQLite then takes no lock and
    looks for no journal (it writes nothing, not even a `-shm`)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    harden(connection)
    return connection


def validate_structure(path: Path, shown_as: Path | None = None, in_place: bool = False) -> int:
    """Check that `path` is a whole Parcours file of a known version; return that version.

    `shown_as` is the name the user knows (the working copy is validated in its place).
    `in_place`: `path` is the user's file itself, looked at before it is copied so that a map
    beyond the limits is refused before anything reads it whole: read as immutable, and
    without the integrity check, which is left for the copy.
    """
    name = shown_as or path
    try:
        size, header = _header(path)
    except OSError as error:
        raise InvalidFileError(name, f"it cannot be read ({error.strerror})") from error
    if size == 0:
        raise InvalidFileError(name, "the file is empty")
    limits.check_file_size(size, name)
    if not header.startswith(SQLITE_HEADER):
        raise InvalidFileError(name, "it is not a Parcours map (not an SQLite database)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if len(header) < 100 or page_size < 512 or size % page_size:
        raise InvalidFileError(name, "the file is truncated or damaged")
    if header[18] not in (1, 2) or header[19] not in (1, 2):  # else SQLite reads it read-only
        raise InvalidFileError(name, "the file is damaged (its SQLite header is invalid)")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise InvalidFileError(
            name, "it is an SQLite database of another program, not a Parcours map"
        )
    try:
        connection = open_untrusted(path, immutable=in_place)
    except sqlite3.Error as error:
        raise InvalidFileError(name, f"it cannot be read ({error})") from error
    try:
        return _check_database(connection, name, integrity=not in_place)
    except (sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError) as error:
        raise InvalidFileError(name, "the file is damaged (its database cannot be read)") from error
    finally:
        connection.close()


def _header(path: Path) -> tuple[int, bytes]:
    """The file's size and first 100 bytes, read without blocking (a FIFO swapped in after
    the file was checked is refused, not waited for)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return status.st_size, os.read(descriptor, 100)
    finally:
        os.close(descriptor)


def _check_database(connection: sqlite3.Connection, name: Path, integrity: bool = True) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > FORMAT_VERSION:
        raise NewerVersionError(name, version, FORMAT_VERSION)
    if version < 1:
        raise InvalidFileError(name, f"its format version {version} is not one Parcours wrote")
    found = frozenset(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    expected = expected_schema(version)
    ours = {(kind, obj) for kind, obj, _, _ in expected}
    unexpected = sorted((str(kind), str(obj)) for kind, obj, _, _ in found - expected)
    foreign = [
        f"{_shown(kind)} “{_shown(obj)}”" for kind, obj in unexpected if (kind, obj) not in ours
    ]
    if foreign:
        raise InvalidFileError(
            name, f"it holds database objects a Parcours map never has ({', '.join(foreign[:3])})"
        )
    altered = [f"{kind} “{obj}”" for kind, obj in unexpected if (kind, obj) in ours]
    if altered:
        raise InvalidFileError(
            name,
            f"its database objects differ from those of a Parcours map ({', '.join(altered[:3])})",
        )
    if expected - found:
        raise InvalidFileError(name, f"tables of Parcours file format {version} are missing")
    # the tables are ours (no view can loop): count their rows, each count bounded, before the
    # integrity check reads every page of a file that may be far beyond the limits
    limits.check_counts(connection, name, {obj for kind, obj, _, _ in expected if kind == "table"})
    if not integrity:
        return version
    # integrity_check, not quick_check: it also finds rows whose index entries differ (a
    # flipped bit in an id), which the ORM would then fail to update; it cost 3 ms more on the
    # 67 MB workshop map.
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(1)")]
    if problems != ["ok"]:
        raise InvalidFileError(name, "the file is damaged (the database integrity check failed)")
    return version


def _shown(name: str, limit: int = 40) -> str:
    """A name read from an untrusted file, made fit for a one-line message (no line breaks)."""
    shown = "".join(c if c.isprintable() else "?" for c in name)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def validate_values(path: Path, shown_as: Path | None = None) -> None:
    """Check every row of a current-format file: types, ranges, links, text encoding."""
    name = shown_as or path
    try:
        connection = open_untrusted(path)
    except sqlite3.Error as error:
        raise InvalidFileError(name, "the file is damaged (its values cannot be read)") from error
    connection.text_factory = bytes
    try:
        _check_values(connection, name)
    except (sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError) as error:
        raise InvalidFileError(name, "the file is damaged (its values cannot be read)") from error
    finally:
        connection.close()


_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def _check_values(connection: sqlite3.Connection, name: Path) -> None:
    total = 0  # characters of the free text (titles, bodies, quotes...) against the limit
    people_wrote: list[bytes | None] = []  # the free text of a table, as stored
    for table in Base.metadata.sorted_tables:
        if connection.execute(_bad_rows_query(table)).fetchone():
            raise InvalidFileError(name, f"it holds out-of-range values (table {table.name})")
        text_columns = [c for c in table.columns if _typeof(c.type) == "text"]
        times = [i for i, c in enumerate(text_columns) if isinstance(c.type, Timestamp)]
        written = [i for i, c in enumerate(text_columns) if _written(c)]
        columns = ", ".join(c.name for c in text_columns)
        for row in connection.execute(f"SELECT {columns} FROM {table.name}"):
            try:
                texts = [None if value is None else value.decode("utf-8") for value in row]
            except UnicodeDecodeError as error:
                problem = f"it holds text that is not valid UTF-8 (table {table.name})"
                raise InvalidFileError(name, problem) from error
            try:  # the GLOB of the CHECK lets through 2024-02-31 or a garbled time zone
                for i in times:
                    datetime.fromisoformat(texts[i])
            except (TypeError, ValueError) as error:
                problem = f"it holds out-of-range values (table {table.name})"
                raise InvalidFileError(name, problem) from error
            people_wrote += [row[i] for i in written]
        # one search of the table's bytes (valid UTF-8 by now), not one per row
        kept = [t for t in people_wrote if t]
        people_wrote.clear()
        text = b"\n".join(kept)
        # characters, as SQLite's length() counts them for Save: UTF-8 bytes but continuations
        total += len(text.translate(None, _CONTINUATION_BYTES)) - max(0, len(kept) - 1)
        if unsafe_utf8(text):
            problem = (
                "it holds text with invisible control characters or non-characters "
                f"(table {table.name})"
            )
            raise InvalidFileError(name, problem)
    limits.check_text_total(total, name)
    if connection.execute("SELECT count(*) FROM project").fetchone()[0] != 1:
        raise InvalidFileError(name, "it does not describe exactly one project")
    if connection.execute("PRAGMA foreign_key_check").fetchone():
        raise InvalidFileError(name, "it holds links to elements that do not exist")
    for problem, query in _CROSS_CHECKS.items():
        if connection.execute(query).fetchone():
            raise InvalidFileError(name, problem)
    if _comment_cycle(connection):
        raise InvalidFileError(name, "its comments answer each other in a loop")
    for problem, query in _COMMENT_CHECKS.items():
        if connection.execute(query).fetchone():
            raise InvalidFileError(name, problem)
    for kind, inputs in connection.execute("SELECT kind, inputs FROM metric WHERE inputs <> ''"):
        if parse_inputs(kind.decode("utf-8"), inputs.decode("utf-8")) is None:
            raise InvalidFileError(name, "it holds out-of-range values (table metric)")


def written_characters(connection: sqlite3.Connection) -> int:
    """Characters of all the text people wrote in a map (for the limit), counted by SQLite."""
    total = 0
    for table in Base.metadata.sorted_tables:
        lengths = [
            f"coalesce(length({c.name}), 0)"
            for c in table.columns
            if _typeof(c.type) == "text" and _written(c)
        ]
        if lengths:
            query = f"SELECT coalesce(sum({' + '.join(lengths)}), 0) FROM {table.name}"
            total += connection.execute(query).fetchone()[0]
    return total


def _written(column: Column[Any]) -> bool:
    """A text column people write (a title, a quote, a URL): one whose length a CHECK bounds,
    not an id, a time, a colour or a word of a vocabulary (a card's sentiment)."""
    return column.name in _free_text(column.table)  # type: ignore[arg-type]


def free_text_columns(table: Table) -> frozenset[str]:
    """The columns of `table` people write, whose characters count against the text limit."""
    return _free_text(table)


@cache
def _free_text(table: Table) -> frozenset[str]:
    return frozenset(
        column.name
        for column in table.columns
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
        and str(constraint.sqltext).startswith(f"length({column.name}) <=")
    )


def _typeof(column_type: object) -> str:
    if isinstance(column_type, Integer | Flag):
        return "integer"
    if isinstance(column_type, REAL):
        return "real"
    if isinstance(column_type, LargeBinary):
        return "blob"
    return "text"


@cache
def _bad_rows_query(table: Table) -> str:
    """SELECT the first row whose types or CHECK constraints are broken."""
    conditions = []
    for column in table.columns:
        allowed = [f"'{_typeof(column.type)}'"] + (["'null'"] if column.nullable else [])
        conditions.append(f"typeof({column.name}) IN ({', '.join(allowed)})")
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            conditions.append(f"coalesce(({constraint.sqltext}), 1)")
    return f"SELECT 1 FROM {table.name} WHERE NOT ({' AND '.join(conditions)}) LIMIT 1"


def _comment_cycle(connection: sqlite3.Connection) -> bool:
    """Whether following the replies' parents ever comes back to where it started; one walk
    over the comments (at most the limit's 10,000), each comment visited once."""
    parent = dict(connection.execute("SELECT id, parent_id FROM comment WHERE parent_id NOT NULL"))
    done: set[bytes] = set()
    for start in parent:
        path: set[bytes] = set()
        at = start
        while at in parent and at not in done:
            if at in path:
                return True
            path.add(at)
            at = parent[at]
        done |= path
    return False


_COMMENT_TARGET = " || '/' || ".join(
    f"coalesce({{0}}.{kind}_id, '')"
    for kind in ("card", "emotion_point", "stage", "lane", "persona", "journey")
)
_COMMENT_CHECKS = {
    "a reply to a comment answers another reply": (
        "SELECT 1 FROM comment r JOIN comment p ON p.id = r.parent_id "
        "WHERE p.parent_id IS NOT NULL LIMIT 1"
    ),
    "a reply to a comment lies on another element than its comment": (
        "SELECT 1 FROM comment r JOIN comment p ON p.id = r.parent_id "
        f"WHERE ({_COMMENT_TARGET.format('r')}) <> ({_COMMENT_TARGET.format('p')}) LIMIT 1"
    ),
}
"""Threads are one level deep and on one element (schema.Comment), checked after loops."""


_CROSS_CHECKS = {
    "a card lies in an emotion lane": (
        "SELECT 1 FROM card c JOIN lane l ON l.id = c.lane_id WHERE l.kind = 'emotion' LIMIT 1"
    ),
    "an emotion point refers to a card of another journey": (
        "SELECT 1 FROM emotion_point p JOIN lane l ON l.id = p.lane_id "
        "JOIN card c ON c.id = p.card_id JOIN lane cl ON cl.id = c.lane_id "
        "WHERE cl.journey_id <> l.journey_id LIMIT 1"
    ),
    "an emotion point lies outside an emotion lane": (
        "SELECT 1 FROM emotion_point p JOIN lane l ON l.id = p.lane_id "
        "WHERE l.kind <> 'emotion' LIMIT 1"
    ),
    "an element spans two journeys": (
        "SELECT 1 FROM card c JOIN lane l ON l.id = c.lane_id JOIN stage s ON s.id = c.stage_id "
        "WHERE l.journey_id <> s.journey_id UNION ALL "
        "SELECT 1 FROM emotion_point p JOIN lane l ON l.id = p.lane_id "
        "JOIN stage s ON s.id = p.stage_id WHERE l.journey_id <> s.journey_id LIMIT 1"
    ),
    "a connection joins cards of two journeys": (
        "SELECT 1 FROM connection k JOIN card a ON a.id = k.from_card_id "
        "JOIN lane la ON la.id = a.lane_id JOIN card b ON b.id = k.to_card_id "
        "JOIN lane lb ON lb.id = b.lane_id WHERE la.journey_id <> lb.journey_id LIMIT 1"
    ),
}
