"""The document's history: what every step changed, row by row, before and after.

Temporary triggers, created on every connection to the working copy (so they never enter the
file's schema, which the allow-list checks), copy an image of each inserted, updated or deleted
row into a temporary table while a step runs (sqlite.org, "Automatic Undo/Redo Using SQLite").
When the step commits, its net changes move to `journal.sqlite` beside the working copy: a file
of its own, which Save never copies into the user's map and which a crash leaves behind with the
working copy, so that undo still works after recovery. Undo and redo write the images back
(inserts parents first, deletes children first), and what they changed is recorded by the same
triggers: the views hear the exact rows of every step, whoever started it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table

from .schema import Base
from .steps import StepLabel

JOURNAL_FILE = "journal.sqlite"
UNDO_LIMIT = 500  # steps kept; the oldest go first
_SKIPPED = frozenset({"asset"})  # pictures are only ever added; Save drops the unused ones
TABLES: tuple[Table, ...] = tuple(
    t for t in Base.metadata.sorted_tables if t.name not in _SKIPPED
)  # parents before children
_ORDER = {table.name: index for index, table in enumerate(TABLES)}
_SELF_REFERENCES = {
    table.name: tuple(fk.parent.name for fk in table.foreign_keys if fk.column.table is table)
    for table in TABLES
}
_PENDING = "parcours_journal_pending"  # a name no map table can have


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row a step added (`before` None), removed (`after` None) or updated."""

    table: str
    key: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None

    @property
    def added(self) -> bool:
        return self.before is None

    @property
    def removed(self) -> bool:
        return self.after is None

    @property
    def row(self) -> Mapping[str, Any]:
        """The row as it is after the step (as it was, for a removed row)."""
        row = self.after if self.after is not None else self.before
        assert row is not None
        return row

    def changed(self) -> frozenset[str]:
        """Names of the columns whose value differs (every column for an added or removed row)."""
        if self.before is None or self.after is None:
            return frozenset(self.row)
        return frozenset(k for k, v in self.after.items() if self.before.get(k) != v)

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True, slots=True)
class StepInfo:
    """One step of the history as the Edit menu and the history panel show it."""

    id: int
    label: StepLabel
    undone: bool
    at: str
    merge_key: str | None = None


class HistoryError(Exception):
    """The history does not match the map any more (it is then cleared; the map is intact)."""


# -- recording -------------------------------------------------------------------------------


def install_recorder(connection: sqlite3.Connection) -> None:
    """Create the temporary table and triggers that record a step's rows on `connection`."""
    statements = [
        f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} "
        "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, old TEXT, new TEXT)"
    ]
    for table in TABLES:
        statements.extend(_triggers(table))
    for statement in statements:
        connection.execute(statement)


def _image(table: Table, alias: str) -> str:
    pairs = ", ".join(f"'{c.name}', {alias}.\"{c.name}\"" for c in table.columns)
    return f"json_object({pairs})"


def _triggers(table: Table) -> Iterator[str]:
    name, key = table.name, next(iter(table.primary_key.columns)).name
    insert = f"INSERT INTO {_PENDING} (tbl, key, old, new) VALUES"
    yield (
        f"CREATE TEMP TRIGGER IF NOT EXISTS parcours_journal_{name}_insert AFTER INSERT ON "
        f'main."{name}" BEGIN {insert} (\'{name}\', NEW."{key}", NULL, {_image(table, "NEW")}); END'
    )
    differs = " OR ".join(f'OLD."{c.name}" IS NOT NEW."{c.name}"' for c in table.columns)
    yield (
        f"CREATE TEMP TRIGGER IF NOT EXISTS parcours_journal_{name}_update AFTER UPDATE ON "
        f'main."{name}" WHEN {differs} BEGIN {insert} (\'{name}\', NEW."{key}", '
        f"{_image(table, 'OLD')}, {_image(table, 'NEW')}); END"
    )
    yield (
        f"CREATE TEMP TRIGGER IF NOT EXISTS parcours_journal_{name}_delete AFTER DELETE ON "
        f'main."{name}" BEGIN {insert} (\'{name}\', OLD."{key}", {_image(table, "OLD")}, NULL); END'
    )


def take_recorded(connection: Connection) -> tuple[RowChange, ...]:
    """The net row changes recorded in this transaction so far, and forget them."""
    found = connection.exec_driver_sql(
        f"SELECT tbl, key, old, new FROM {_PENDING} ORDER BY seq"
    ).all()
    if not found:
        return ()
    connection.exec_driver_sql(f"DELETE FROM {_PENDING}")
    return net(RowChange(tbl, key, _load(old), _load(new)) for tbl, key, old, new in found)


def net(changes: Iterable[RowChange]) -> tuple[RowChange, ...]:
    """Each row once, from its first image before to its last image after; rows that end as
    they began (added then removed, changed then changed back) are left out."""
    first: dict[tuple[str, str], RowChange] = {}
    last: dict[tuple[str, str], RowChange] = {}
    for change in changes:
        ref = (change.table, change.key)
        first.setdefault(ref, change)
        last[ref] = change
    result = []
    for ref, start in first.items():
        before, after = start.before, last[ref].after
        if before != after:
            result.append(RowChange(ref[0], ref[1], before, after))
    return tuple(result)


# -- replaying -------------------------------------------------------------------------------


def replay(connection: Connection, rows: Sequence[RowChange], backwards: bool) -> None:
    """Bring the rows of a step back to their images before it (`backwards`, undo) or after it
    (redo); first check that every row is as the step left it (or found it)."""
    moves = [row.inverse() if backwards else row for row in rows]
    check_current(connection, moves)
    inserts = parents_first([m for m in moves if m.before is None])
    deletes = parents_first([m.inverse() for m in moves if m.after is None])[::-1]
    deletes = [m.inverse() for m in deletes]
    for move in inserts:
        assert move.after is not None
        columns = list(move.after)
        connection.exec_driver_sql(
            f'INSERT INTO "{move.table}" ({", ".join(columns)}) '
            f"VALUES ({', '.join('?' * len(columns))})",
            tuple(move.after[c] for c in columns),
        )
    for move in moves:
        if move.before is not None and move.after is not None:
            fields = sorted(move.changed())
            connection.exec_driver_sql(
                f'UPDATE "{move.table}" SET {", ".join(f"{f} = ?" for f in fields)} '
                f"WHERE {_key_column(move.table)} = ?",
                (*(move.after[f] for f in fields), move.key),
            )
    for move in deletes:
        connection.exec_driver_sql(
            f'DELETE FROM "{move.table}" WHERE {_key_column(move.table)} = ?', (move.key,)
        )


def parents_first(inserts: Sequence[RowChange]) -> list[RowChange]:
    """Rows to insert, each after the rows it refers to: tables in the schema's order, and
    inside a table that refers to itself (a reply to a comment) parents before children."""
    keys = {(m.table, m.key) for m in inserts}
    depth: dict[tuple[str, str], int] = {}
    by_ref = {(m.table, m.key): m for m in inserts}

    def depth_of(ref: tuple[str, str], seen: frozenset[tuple[str, str]] = frozenset()) -> int:
        if ref not in depth:
            row = by_ref[ref].after or {}
            parents = [(ref[0], row[c]) for c in _SELF_REFERENCES.get(ref[0], ()) if row.get(c)]
            depth[ref] = 1 + max(
                (depth_of(p, seen | {ref}) for p in parents if p in keys and p not in seen),
                default=-1,
            )
        return depth[ref]

    return sorted(inserts, key=lambda m: (_ORDER[m.table], depth_of((m.table, m.key))))


def check_current(connection: Connection, moves: Sequence[RowChange]) -> None:
    by_table: dict[str, dict[str, Mapping[str, Any] | None]] = {}
    for move in moves:
        by_table.setdefault(move.table, {})[move.key] = move.before
    for name, expected in by_table.items():
        table = Base.metadata.tables[name]
        keys = list(expected)
        found: dict[str, Any] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            query = (
                f'SELECT {_key_column(name)}, {_image(table, "t")} FROM "{name}" AS t '
                f"WHERE {_key_column(name)} IN ({', '.join('?' * len(chunk))})"
            )
            found.update((k, _load(v)) for k, v in connection.exec_driver_sql(query, tuple(chunk)))
        for key, image in expected.items():
            if found.get(key) != image:
                raise HistoryError(f"{name} {key} is not as the history expects")


def read_state(connection: Connection) -> dict[str, dict[str, dict[str, Any]]]:
    """Every journaled row, as images by table and id."""
    state: dict[str, dict[str, dict[str, Any]]] = {}
    for table in TABLES:
        # the columns as they are: the values `json_object` gives (journaled rows hold no
        # blobs), without building and parsing JSON for each row
        names = [c.name for c in table.columns]
        key = names.index(_key_column(table.name))
        listed = ", ".join(f'"{name}"' for name in names)
        query = f'SELECT {listed} FROM "{table.name}"'
        state[table.name] = {
            values[key]: dict(zip(names, values, strict=True))
            for values in connection.exec_driver_sql(query)
        }
    return state


def state_difference(
    current: Mapping[str, Mapping[str, Mapping[str, Any]]],
    wanted: Mapping[str, Mapping[str, Mapping[str, Any]]],
) -> list[RowChange]:
    """The row changes that turn `current` into `wanted`."""
    changes = []
    for table in TABLES:
        now, then = current.get(table.name, {}), wanted.get(table.name, {})
        for key in sorted(now.keys() | then.keys()):
            before, after = now.get(key), then.get(key)
            if before != after:
                changes.append(RowChange(table.name, key, before, after))
    return changes


def _key_column(table: str) -> str:
    return next(iter(Base.metadata.tables[table].primary_key.columns)).name


def _load(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)


def _dump(image: Mapping[str, Any] | None) -> str | None:
    return None if image is None else json.dumps(image, ensure_ascii=False, separators=(",", ":"))


# -- the journal file ------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS step (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, args TEXT NOT NULL, merge_key TEXT,
    undone INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS row_change (
    seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, tbl TEXT NOT NULL, key TEXT NOT NULL,
    old TEXT, new TEXT);
CREATE INDEX IF NOT EXISTS ix_row_change_step ON row_change (step, seq);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS unsaved (
    tbl TEXT NOT NULL, key TEXT NOT NULL, old TEXT, new TEXT, PRIMARY KEY (tbl, key));
CREATE TABLE IF NOT EXISTS merged (step INTEGER NOT NULL, version TEXT NOT NULL);
"""
UNKNOWN = "?"
"""`since` when the changes since the last version are not known (a damaged journal)."""


class Journal:
    """The steps of one working copy, in `folder/journal.sqlite`; one connection, GUI thread."""

    def __init__(self, folder: Path, limit: int = UNDO_LIMIT) -> None:
        self.path = folder / JOURNAL_FILE
        self.limit = limit
        self.folds = 0  # steps folded in so far: the map changed when this moved
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            db = _open(self.path)
        except sqlite3.DatabaseError:  # damaged by a crash: the history starts again
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            db = _open(self.path)
        return db

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self._db.close()

    # -- reading

    def steps(self) -> list[StepInfo]:
        """Every step kept, oldest first (undone ones last: they are the redo side)."""
        rows = self._db.execute(
            "SELECT id, code, args, undone, at, merge_key FROM step ORDER BY id"
        ).fetchall()
        return [_step(row) for row in rows]

    def head(self) -> StepInfo | None:
        """The step that Undo would take back."""
        row = self._db.execute(
            "SELECT id, code, args, undone, at, merge_key FROM step WHERE undone = 0 "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return _step(row) if row else None

    def next_redo(self) -> StepInfo | None:
        row = self._db.execute(
            "SELECT id, code, args, undone, at, merge_key FROM step WHERE undone = 1 "
            "ORDER BY id LIMIT 1"
        ).fetchone()
        return _step(row) if row else None

    def rows(self, step_id: int) -> tuple[RowChange, ...]:
        found = self._db.execute(
            "SELECT tbl, key, old, new FROM row_change WHERE step = ? ORDER BY seq", (step_id,)
        )
        return tuple(RowChange(t, k, _load(o), _load(n)) for t, k, o, n in found)

    @property
    def saved_head(self) -> int:
        """The head step's id when the map was last saved (or opened): 0 for none."""
        row = self._db.execute("SELECT value FROM meta WHERE name = 'saved'").fetchone()
        return int(row[0]) if row else 0

    def head_id(self) -> int:
        head = self.head()
        return head.id if head else 0

    # -- writing

    def record(
        self, label: StepLabel, rows: Sequence[RowChange], merge_key: str | None = None
    ) -> tuple[StepInfo, bool]:
        """Keep a new step (and drop the redo side); a step with the `merge_key` of the head
        step, when nothing was undone or saved since, joins it (typing in one field). Returns
        the step and whether it merged."""
        head = self.head()
        with self._db:
            self._db.execute("DELETE FROM row_change WHERE step IN (SELECT id FROM step "
                             "WHERE undone = 1)")  # fmt: skip
            self._db.execute("DELETE FROM merged WHERE step IN (SELECT id FROM step "
                             "WHERE undone = 1)")  # fmt: skip
            redone = self._db.execute("DELETE FROM step WHERE undone = 1").rowcount
            mergeable = (
                merge_key is not None
                and head is not None
                and head.merge_key == merge_key
                and not redone
                and head.id != self.saved_head
            )
            if mergeable:
                assert head is not None
                combined = net((*self.rows(head.id), *rows))
                self._db.execute("DELETE FROM row_change WHERE step = ?", (head.id,))
                self._write_rows(head.id, combined)
                return head, True
            cursor = self._db.execute(
                "INSERT INTO step (code, args, merge_key, at) VALUES (?, ?, ?, ?)",
                (label.code, json.dumps(label.args, ensure_ascii=False), merge_key, _now()),
            )
            step_id = int(cursor.lastrowid or 0)
            self._write_rows(step_id, rows)
            self._trim()
        return StepInfo(step_id, label, False, _now(), merge_key), False

    def _write_rows(self, step_id: int, rows: Sequence[RowChange]) -> None:
        self._db.executemany(
            "INSERT INTO row_change (step, tbl, key, old, new) VALUES (?, ?, ?, ?, ?)",
            ((step_id, r.table, r.key, _dump(r.before), _dump(r.after)) for r in rows),
        )

    def _trim(self) -> None:
        (count,) = self._db.execute("SELECT count(*) FROM step").fetchone()
        if count > self.limit:
            cut = self._db.execute(
                "SELECT id FROM step ORDER BY id LIMIT 1 OFFSET ?", (count - self.limit,)
            ).fetchone()[0]
            self._db.execute("DELETE FROM row_change WHERE step < ?", (cut,))
            self._db.execute("DELETE FROM step WHERE id < ?", (cut,))

    def mark(self, step_id: int, undone: bool) -> None:
        with self._db:
            self._db.execute("UPDATE step SET undone = ? WHERE id = ?", (int(undone), step_id))

    def mark_saved(self, head: int | None = None) -> None:
        """The map as it is now (or at step `head`; -1: at no step) is what its file holds."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('saved', ?)",
                (str(self.head_id() if head is None else head),),
            )

    def clear(self) -> None:
        """Forget every step (a new map's template, or a history that no longer matches)."""
        with self._db:
            self._db.execute("DELETE FROM merged WHERE step IN (SELECT id FROM step "
                             "WHERE undone = 1)")  # fmt: skip
            self._db.execute("DELETE FROM row_change")
            self._db.execute("DELETE FROM step")
            self._db.execute("DELETE FROM meta WHERE name = 'saved'")

    # -- what changed since the last saved version (lineage.py)

    @property
    def since(self) -> str | None:
        """The version the unsaved changes start from: None for none (a new map, a file
        without history), `UNKNOWN` when they are not known."""
        row = self._db.execute("SELECT value FROM meta WHERE name = 'since'").fetchone()
        if row is None:
            return UNKNOWN
        return row[0] or None

    def start_from(self, version: str | None) -> None:
        """The map is now what `version` holds: no unsaved changes, no merge waiting."""
        with self._db:
            self._db.execute("DELETE FROM unsaved")
            self._db.execute("DELETE FROM merged")
            self._db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('since', ?)", (version or "",)
            )

    def forget_since(self) -> None:
        """Some changes escaped the record (a crash between an edit and its step)."""
        with self._db:
            self._db.execute("DELETE FROM meta WHERE name = 'since'")

    def accumulate(self, rows: Sequence[RowChange]) -> None:
        """Fold a step's rows (done, undone or redone) into the changes since the version."""
        self.folds += 1
        with self._db:
            for row in rows:
                found = self._db.execute(
                    "SELECT old FROM unsaved WHERE tbl = ? AND key = ?", (row.table, row.key)
                ).fetchone()
                old = _dump(row.before) if found is None else found[0]
                new = _dump(row.after)
                if old == new:
                    self._db.execute(
                        "DELETE FROM unsaved WHERE tbl = ? AND key = ?", (row.table, row.key)
                    )
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO unsaved (tbl, key, old, new) VALUES (?, ?, ?, ?)",
                        (row.table, row.key, old, new),
                    )

    def unsaved(self) -> tuple[RowChange, ...]:
        found = self._db.execute("SELECT tbl, key, old, new FROM unsaved ORDER BY tbl, key")
        return tuple(RowChange(t, k, _load(o), _load(n)) for t, k, o, n in found)

    def add_merged(self, step_id: int, version: str) -> None:
        """Step `step_id` merged a copy whose head is `version`: its next parent."""
        with self._db:
            self._db.execute("INSERT INTO merged (step, version) VALUES (?, ?)", (step_id, version))

    def merged(self) -> list[str]:
        """Heads of the copies merged by steps that are not undone, oldest first."""
        found = self._db.execute(
            "SELECT version FROM merged WHERE step NOT IN (SELECT id FROM step WHERE undone = 1) "
            "ORDER BY rowid"
        )
        return list(dict.fromkeys(v for (v,) in found))


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        with closing(db.execute("PRAGMA quick_check")) as check:
            if check.fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the journal is damaged")
        db.executescript(_SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def _step(row: tuple[Any, ...]) -> StepInfo:
    step_id, code, args, undone, at, merge_key = row
    return StepInfo(step_id, StepLabel.load(code, args), bool(undone), at, merge_key)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
