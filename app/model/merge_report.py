"""What came from where in a merge: each element my copy, their copy or both changed since the
version they share, and whether it was added, changed or removed.

The merge report lists them (`parcours merge --json`, the editor's summary after merging: "From
Jean's copy: 3 cards added, 1 stage changed"). Each side is compared with the common version,
so the renumbering of positions the merge does afterwards is not counted as anyone's change;
an element is "theirs" only if their change reached the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .merge import State

_IGNORED = frozenset({"updated_at"})
_TITLE_FIELDS = ("title", "name", "label", "text")
SIDES = ("mine", "theirs", "both")


@dataclass(frozen=True)
class ElementChange:
    """One element a side changed: its table and id, its title as the result shows it (or as
    it was, if removed), the side ("mine" | "theirs" | "both") and what ("added" | "changed" |
    "removed"), with the fields changed."""

    side: str
    table: str
    key: str
    title: str
    what: str
    fields: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"table": self.table, "id": self.key, "title": self.title}
        found["what"] = self.what
        if self.fields:
            found["fields"] = list(self.fields)
        return found


def element_changes(
    base: State, mine: State, theirs: State, result: State
) -> tuple[ElementChange, ...]:
    """Every element changed since `base` by one side or both, as the merge's `result` has
    it; in table order, then by id."""
    found: list[ElementChange] = []
    for table in result.keys() | base.keys():
        b_rows, m_rows, t_rows = base.get(table, {}), mine.get(table, {}), theirs.get(table, {})
        r_rows = result.get(table, {})
        for key in sorted(b_rows.keys() | m_rows.keys() | t_rows.keys()):
            b, m, t, r = b_rows.get(key), m_rows.get(key), t_rows.get(key), r_rows.get(key)
            mine_did, theirs_did = not _same(m, b), not _same(t, b)
            if not (mine_did or theirs_did) or _same(r, b):
                continue  # nobody changed it, or the merge kept it as it was
            if mine_did and theirs_did:
                side = "both"
            elif theirs_did:
                if _same(r, m):  # their change did not reach the result
                    continue
                side = "theirs"
            else:
                side = "mine"
            what = "added" if b is None else "removed" if r is None else "changed"
            fields = _fields(b, r) if what == "changed" else ()
            found.append(ElementChange(side, table, key, _title(r or b or m or t), what, fields))
    order = {name: index for index, name in enumerate(sorted(result.keys() | base.keys()))}
    return tuple(sorted(found, key=lambda c: (order[c.table], c.key)))


def counts(changes: tuple[ElementChange, ...], side: str) -> dict[tuple[str, str], int]:
    """How many elements of each (table, what) one side brought."""
    found: dict[tuple[str, str], int] = {}
    for change in changes:
        if change.side == side:
            found[change.table, change.what] = found.get((change.table, change.what), 0) + 1
    return found


def _same(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:  # most rows: one comparison in C
        return True
    return all(a.get(k) == b.get(k) for k in (a.keys() | b.keys()) - _IGNORED)


def _fields(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> tuple[str, ...]:
    a, b = a or {}, b or {}
    return tuple(sorted(k for k in (a.keys() | b.keys()) - _IGNORED if a.get(k) != b.get(k)))


def _title(row: Mapping[str, Any] | None) -> str:
    if row is None:
        return ""
    return next((str(row[f]) for f in _TITLE_FIELDS if row.get(f)), "")
