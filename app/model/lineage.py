"""Lineage: the versions a map's Saves recorded inside the file, and what each one changed.

Each version keeps its parents and the net row changes since its first parent, as
zlib-compressed JSON: `[table, id, before, after]` per row, with only the changed fields of an
updated row (the row's whole image for one added or removed). The versions' first parents make
a tree whose every edge can be walked both ways (apply a version's changes, or undo them), so the
state of any version is rebuilt from the map as it is (the state of its head, the version saved
last) without any other file; two copies find their latest common version (git's merge base) by
their parents alone.

A history is untrusted input like the rest of the file: `load` checks its rows, parents and
cycles, `check_applies` that every change applies where the tree says; anything wrong is a
`LineageError`, and the map then opens without its history.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .journal import TABLES, RowChange

Run = Callable[[str, tuple[Any, ...]], Iterable[Sequence[Any]]]
"""Runs one SQL statement: `sqlite3.Connection.execute` or SQLAlchemy's `exec_driver_sql`."""
State = dict[str, dict[str, dict[str, Any]]]
Edit = tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]
"""(table, id, before, after) of one row in a version's changes (fields: see the docstring)."""

MAX_VERSIONS = 100_000
MAX_UNPACKED = 200_000_000  # bytes of one version's changes once decompressed
_COLUMNS = {table.name: frozenset(c.name for c in table.columns) for table in TABLES}
_SCALARS = frozenset({str, int, float, type(None)})


class LineageError(Exception):
    """The history of a file is inconsistent; `str()` says how, in a few words."""


@dataclass(frozen=True)
class Version:
    """One Save of the map, as the history panel and the merge report show it."""

    id: str
    seq: int
    saved_at: str
    author: str
    label: str
    parents: tuple[str, ...]


def new_version_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- changes -------------------------------------------------------------------------------


def encode(rows: Iterable[RowChange]) -> bytes:
    """The compact form of a version's row changes (see the module's docstring)."""
    edits: list[list[Any]] = []
    for row in rows:
        if row.before is not None and row.after is not None:
            fields = sorted(row.changed())
            before = {f: row.before.get(f) for f in fields}
            edits.append([row.table, row.key, before, {f: row.after.get(f) for f in fields}])
        else:
            edits.append([row.table, row.key, row.before, row.after])
    text = json.dumps(edits, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def decode(blob: bytes) -> list[Edit]:
    """A version's changes, checked: known tables and columns, plain values only."""
    try:
        unpacker = zlib.decompressobj()
        text = unpacker.decompress(blob, MAX_UNPACKED)
        if unpacker.unconsumed_tail or not unpacker.eof:
            raise LineageError("a version's changes are too large or cut short")
        edits = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise LineageError("a version's changes cannot be read") from error
    if not isinstance(edits, list):
        raise LineageError("a version's changes cannot be read")
    checked: list[Edit] = []
    for edit in edits:
        if not (isinstance(edit, list) and len(edit) == 4):
            raise LineageError("a version's changes cannot be read")
        table, key, before, after = edit
        columns = _COLUMNS.get(table) if isinstance(table, str) else None
        if columns is None or not isinstance(key, str) or (before is None and after is None):
            raise LineageError("a version changes something that is not part of a map")
        for image in (before, after):
            if image is None:
                continue
            if not isinstance(image, dict) or not image.keys() <= columns:
                raise LineageError("a version changes something that is not part of a map")
            if not set(map(type, image.values())) <= _SCALARS:
                raise LineageError("a version's changes hold values a map cannot have")
        checked.append((table, key, before, after))
    return checked


def apply_edits(state: State, edits: Sequence[Edit], backwards: bool) -> None:
    """Change `state` (which holds at least the rows the edits touch) as the edits say, or
    undo them; first check each row is as they expect, else `LineageError`."""
    for table, key, before, after in reversed(edits) if backwards else edits:
        if backwards:
            before, after = after, before
        rows = state.setdefault(table, {})
        found = rows.get(key)
        if before is None:
            if found is not None or after is None or after.keys() != _COLUMNS[table]:
                raise LineageError("a version's changes do not apply to the map")
            rows[key] = dict(after)
        elif after is None:
            if found != before:
                raise LineageError("a version's changes do not apply to the map")
            del rows[key]
        else:
            if found is None:
                raise LineageError("a version's changes do not apply to the map")
            for name, value in before.items():
                if found.get(name) != value:
                    raise LineageError("a version's changes do not apply to the map")
            rows[key] = {**found, **after}


def summary(edits: Sequence[Edit]) -> dict[str, dict[str, int]]:
    """table -> {"added": n, "changed": n, "removed": n}: "12 cards changed, 1 stage added"."""
    counts: dict[str, dict[str, int]] = {}
    for table, _key, before, after in edits:
        what = "added" if before is None else "removed" if after is None else "changed"
        entry = counts.setdefault(table, {"added": 0, "changed": 0, "removed": 0})
        entry[what] += 1
    return counts


# -- the history of one file --------------------------------------------------------------


class Lineage:
    """Every version of one file, its head (the version saved last, whose state the map holds)
    and each version's compressed changes."""

    def __init__(self, versions: dict[str, Version], changes: dict[str, bytes | None]) -> None:
        self.versions = versions
        self.changes = changes
        self.head = max(versions.values(), key=lambda v: v.seq).id if versions else None
        self._decoded: dict[str, list[Edit]] = {}

    def edits(self, version_id: str) -> list[Edit]:
        if version_id not in self._decoded:
            blob = self.changes.get(version_id)
            self._decoded[version_id] = decode(blob) if blob is not None else []
        return self._decoded[version_id]

    def first_parent(self, version_id: str) -> str | None:
        parents = self.versions[version_id].parents
        return parents[0] if parents else None

    def ancestors(self, version_id: str) -> set[str]:
        """The version and every version it descends from (through all its parents)."""
        seen: set[str] = set()
        todo = [version_id]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.versions[current].parents)
        return seen

    def chain(self, version_id: str) -> list[str]:
        """The version, its first parent, and so on to where the history starts."""
        found = [version_id]
        while (parent := self.first_parent(found[-1])) is not None:
            found.append(parent)
        return found

    def path(self, target: str) -> list[tuple[str, bool]]:
        """The versions whose changes lead from the head's state to `target`'s: (version,
        backwards) pairs, undone first up to the shared first-parent ancestor, then applied."""
        if self.head is None:
            raise LineageError("the map has no history")
        up = self.chain(self.head)
        on_up = {v: i for i, v in enumerate(up)}
        down: list[str] = []
        current = target
        while current not in on_up:
            down.append(current)
            parent = self.first_parent(current)
            if parent is None:
                raise LineageError("two versions of the history are not connected")
            current = parent
        steps = [(v, True) for v in up[: on_up[current]]]
        return steps + [(v, False) for v in reversed(down)]

    def state_at(self, target: str, head_state: State) -> State:
        """The map as it was at `target`, from the map as it is at the head."""
        state = {table: dict(rows) for table, rows in head_state.items()}
        for version_id, backwards in self.path(target):
            apply_edits(state, self.edits(version_id), backwards)
        return state

    def check_applies(self, rows_of: Callable[[dict[str, set[str]]], State]) -> None:
        """Walk the whole tree from the head, applying or undoing each version's changes on
        the rows they touch (`rows_of` gives those rows as the map holds them)."""
        if self.head is None:
            return
        keys: dict[str, set[str]] = {}
        for version_id in self.versions:
            for table, key, _before, _after in self.edits(version_id):
                keys.setdefault(table, set()).add(key)
        state = rows_of(keys)
        children: dict[str, list[str]] = {}
        for version in self.versions.values():
            if version.parents:
                first, *_others = version.parents
                children.setdefault(first, []).append(version.id)
        visited = {self.head}
        # (version we stand on, the move that brought us there to take back when we leave)
        stack: list[tuple[str, tuple[str, bool] | None]] = [(self.head, None)]
        pending: dict[str, list[str]] = {}
        while stack:
            here, came = stack[-1]
            if here not in pending:
                parent = self.first_parent(here)
                pending[here] = [*children.get(here, []), *([parent] if parent else [])]
            nexts = [v for v in pending[here] if v not in visited]
            pending[here] = nexts[1:]
            if not nexts:
                if len(visited) == len(self.versions):
                    break  # every version reached: no need to walk back
                stack.pop()
                if came is not None:
                    apply_edits(state, self.edits(came[0]), not came[1])
                continue
            there = nexts[0]
            visited.add(there)
            move = (here, True) if there == self.first_parent(here) else (there, False)
            apply_edits(state, self.edits(move[0]), move[1])
            stack.append((there, move))
        if len(visited) != len(self.versions):
            raise LineageError("two versions of the history are not connected")


def common_version(mine: Lineage, theirs: Lineage) -> str | None:
    """The latest version both histories hold and both heads descend from (the latest by
    save time when several are equally near), or None."""
    if mine.head is None or theirs.head is None:
        return None
    shared = mine.ancestors(mine.head) & theirs.ancestors(theirs.head)
    for version_id in shared:  # the same id must be the same version
        a, b = mine.versions[version_id], theirs.versions[version_id]
        if a.parents != b.parents or mine.changes.get(version_id) != theirs.changes.get(version_id):
            return None
    below = set().union(*(mine.ancestors(v) - {v} for v in shared)) if shared else set()
    best = shared - below
    if not best:
        return None
    return max(best, key=lambda v: (mine.versions[v].saved_at, v))


# -- reading and writing ----------------------------------------------------------------


def load(run: Run) -> Lineage:
    """The history of a file, checked as untrusted input (rows, parents, cycles)."""
    try:
        rows = list(run("SELECT id, seq, saved_at, author, label, changes FROM version", ()))
        parent_rows = list(run("SELECT version_id, position, parent_id FROM version_parent", ()))
    except (UnicodeDecodeError, ValueError) as error:
        raise LineageError("its rows cannot be read") from error
    if len(rows) > MAX_VERSIONS or len(parent_rows) > 16 * MAX_VERSIONS:
        raise LineageError("it holds too many versions")
    parents: dict[str, dict[int, str]] = {}
    for version_id, position, parent_id in parent_rows:
        if not (isinstance(version_id, str) and isinstance(parent_id, str)):
            raise LineageError("its rows hold values out of range")
        if not isinstance(position, int) or not 0 <= position <= 15:
            raise LineageError("its rows hold values out of range")
        parents.setdefault(version_id, {})[position] = parent_id
    versions: dict[str, Version] = {}
    changes: dict[str, bytes | None] = {}
    seqs: set[int] = set()
    for version_id, seq, saved_at, author, label, blob in rows:
        _check_row(version_id, seq, saved_at, author, label, blob)
        listed = parents.pop(version_id, {})
        if sorted(listed) != list(range(len(listed))):
            raise LineageError("a version's parents are out of order")
        if (blob is None) != (not listed) or seq in seqs:
            raise LineageError("its rows hold values out of range")
        seqs.add(seq)
        ordered = tuple(listed[i] for i in range(len(listed)))
        versions[version_id] = Version(version_id, seq, saved_at, author, label, ordered)
        changes[version_id] = blob
    if parents:
        raise LineageError("a parent is given to a version that does not exist")
    for version in versions.values():
        if any(p not in versions for p in version.parents):
            raise LineageError("a version's parent does not exist")
        if len(set(version.parents)) != len(version.parents):
            raise LineageError("a version has the same parent twice")
    _check_acyclic(versions)
    if sum(1 for v in versions.values() if not v.parents) > 1:
        raise LineageError("two versions of the history are not connected")
    return Lineage(versions, changes)


def _check_row(
    version_id: Any, seq: Any, saved_at: Any, author: Any, label: Any, blob: Any
) -> None:
    ok = (
        isinstance(version_id, str)
        and len(version_id) == 36
        and isinstance(seq, int)
        and 0 <= seq <= 1_000_000
        and isinstance(author, str)
        and len(author) <= 500
        and isinstance(label, str)
        and len(label) <= 500
        and (blob is None or (isinstance(blob, bytes) and len(blob) >= 1))
        and isinstance(saved_at, str)
    )
    if ok:
        try:
            datetime.fromisoformat(saved_at)
        except ValueError:
            ok = False
    if not ok:
        raise LineageError("its rows hold values out of range")


def _check_acyclic(versions: Mapping[str, Version]) -> None:
    state: dict[str, int] = {}  # 1: being visited, 2: done
    for start in versions:
        if state.get(start):
            continue
        stack = [(start, iter(versions[start].parents))]
        state[start] = 1
        while stack:
            node, parents = stack[-1]
            parent = next(parents, None)
            if parent is None:
                state[node] = 2
                stack.pop()
            elif state.get(parent) == 1:
                raise LineageError("a version descends from itself")
            elif not state.get(parent):
                state[parent] = 1
                stack.append((parent, iter(versions[parent].parents)))


def write(run: Run, version: Version, blob: bytes | None) -> None:
    run(
        "INSERT INTO version (id, seq, saved_at, author, label, changes) VALUES (?, ?, ?, ?, ?, ?)",
        (version.id, version.seq, version.saved_at, version.author, version.label, blob),
    )
    for position, parent in enumerate(version.parents):
        run(
            "INSERT INTO version_parent (version_id, position, parent_id) VALUES (?, ?, ?)",
            (version.id, position, parent),
        )


def remove(run: Run, version_id: str) -> None:
    run("DELETE FROM version_parent WHERE version_id = ?", (version_id,))
    run("DELETE FROM version WHERE id = ?", (version_id,))


def clear(run: Run) -> None:
    run("DELETE FROM version_parent", ())
    run("DELETE FROM version", ())


def next_seq(run: Run) -> int:
    (found,) = next(iter(run("SELECT coalesce(max(seq), -1) + 1 FROM version", ())))
    return int(found)
