"""What a step changed, and plain-data snapshots from which deleted rows come back.

Every step (one verb, a group of verbs, an undo or a redo) reaches the listeners as one
`Change`: the elements it added, updated and removed, and `rows`, the exact images of every row
before and after, from the document's journal. Views apply that and nothing else. A delete's
`RowSnapshot` can also be handed back to `restore`, which re-inserts the same rows with the
same ids, evidence links included (the journal's undo does the same for any step).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from .schema import Base

if TYPE_CHECKING:
    from .journal import RowChange
    from .steps import StepLabel

Ref = tuple[str, str]
"""(table name, id) of one element, e.g. ("card", "5f0c...")."""


@dataclass(frozen=True)
class RowSnapshot:
    """Rows removed by a delete (parents first) and the references it set to NULL."""

    rows: tuple[tuple[str, dict[str, Any]], ...] = ()
    cleared: tuple[tuple[str, str, str, str], ...] = ()  # table, id, column, old value

    def refs(self) -> tuple[Ref, ...]:
        return tuple((table, _key(table, row)) for table, row in self.rows)


@dataclass(frozen=True)
class Change:
    """The record every verb returns and every listener receives, once per step.

    `origin` is "do" for a new step, "undo" or "redo"; `label` names the step in the users'
    words; `rows` are the step's exact row changes (empty for a verb that changed nothing,
    which no listener hears)."""

    verb: str
    added: tuple[Ref, ...] = ()
    updated: tuple[Ref, ...] = ()
    removed: tuple[Ref, ...] = ()
    snapshot: RowSnapshot | None = field(default=None, compare=False)
    rows: tuple[RowChange, ...] = field(default=(), compare=False, repr=False)
    label: StepLabel | None = field(default=None, compare=False)
    origin: str = field(default="do", compare=False)
    step: int = field(default=0, compare=False)  # the journal's step (merged typing: the same)

    @property
    def first_added(self) -> str:
        """Id of the element a verb like `add_card` created."""
        return self.added[0][1]

    def rows_of(self, table: str) -> tuple[RowChange, ...]:
        return tuple(row for row in self.rows if row.table == table)


def change_of_rows(
    verb: str, rows: tuple[RowChange, ...], label: StepLabel | None, origin: str, step: int = 0
) -> Change:
    """The `Change` of a step known only by its rows (an undo, a redo, a grouped step)."""
    return Change(
        verb,
        added=tuple((r.table, r.key) for r in rows if r.added),
        updated=tuple((r.table, r.key) for r in rows if not r.added and not r.removed),
        removed=tuple((r.table, r.key) for r in rows if r.removed),
        rows=rows,
        label=label,
        origin=origin,
        step=step,
    )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _primary_column(table: Table) -> str:
    return next(iter(table.primary_key.columns)).name


def _key(table: str, row: dict[str, Any]) -> str:
    return row[_primary_column(_table(table))]


def collect(session: Session, table_name: str, ids: Iterable[str]) -> RowSnapshot:
    """Snapshot the rows a delete of `ids` removes, following the schema's cascades."""
    seen: dict[str, dict[str, dict[str, Any]]] = {}
    cleared: list[tuple[str, str, str, str]] = []

    def visit(table: Table, keys: list[str]) -> None:
        keys = [k for k in keys if k not in seen.setdefault(table.name, {})]
        if not keys:
            return
        key_column = table.c[_primary_column(table)]
        for row in session.execute(select(table).where(key_column.in_(keys))).mappings():
            seen[table.name][row[key_column.name]] = dict(row)
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                child_key = child.c[_primary_column(child)]
                query = select(child_key, fk.parent).where(fk.parent.in_(keys))
                found = session.execute(query).all()
                if fk.ondelete == "CASCADE":
                    visit(child, [r[0] for r in found])
                elif fk.ondelete == "SET NULL":
                    cleared.extend((child.name, r[0], fk.parent.name, r[1]) for r in found)

    visit(_table(table_name), list(ids))
    order = [t.name for t in Base.metadata.sorted_tables]
    rows = tuple(
        (name, row) for name in order for row in _parents_first(_table(name), seen.get(name, {}))
    )
    removed = {(t, k) for t, r in rows for k in [_key(t, r)]}
    kept_refs = tuple(c for c in cleared if (c[0], c[1]) not in removed)
    return RowSnapshot(rows, kept_refs)


def _parents_first(table: Table, rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A table's removed rows, those another one refers to first (a thread's first comment
    before its replies), so that `restore` inserts them in an order the schema accepts."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    return sorted(rows.values(), key=lambda row: any(row.get(c) in rows for c in own))


def restore(session: Session, snapshot: RowSnapshot) -> None:
    """Re-insert a snapshot's rows as they were and re-point what the delete cleared."""
    for name, row in snapshot.rows:
        session.execute(insert(_table(name)).values(**row))
    for name, key, column, value in snapshot.cleared:
        table = _table(name)
        key_column = table.c[_primary_column(table)]
        values: dict[str, Any] = {column: value}
        if "updated_at" in table.c:  # as it was: the delete never touched that time
            values["updated_at"] = table.c.updated_at
        session.execute(update(table).where(key_column == key).values(values))
    session.expire_all()
