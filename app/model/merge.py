"""Three-way merge of two copies of a map against the version they share.

A map's state is, per table, its rows by id (the journal's row images: plain values). Merging
`mine` and `theirs` against `base` works field by field (git's way for text, applied to rows):
a field changed on one side only takes that side's value; a field changed on both sides to
different values is a conflict, as is a row changed on one side and deleted on the other. New
rows from either side are all kept (ids are UUIDs, so two additions never collide). Conflicts
are never resolved silently: each is reported with the three values, and settled by the
choice given (mine, theirs, or one per conflict).

Then the merged rows are made whole: a row whose parent the merge deleted either brings the
parent back or goes with it (whichever the conflict's choice says), references to a deleted
persona, card or picture are cleared, and positions inside a cell, a journey or a list are
renumbered so that both sides' orders are kept where they do not contradict. Pictures are not
rows here: they merge by hash, outside (the same picture is the same bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .journal import TABLES

Image = Mapping[str, Any]
State = dict[str, dict[str, Image]]  # table -> row id -> image
Choice = Callable[["Conflict"], str]  # a conflict -> "mine" | "theirs"

UNCOMPARED = frozenset({"updated_at", "position"})
"""Fields that never conflict: the latest update time wins; positions are merged by order."""

GROUPS: dict[str, tuple[str, ...]] = {
    "persona": (),
    "journey": (),
    "stage": ("journey_id",),
    "lane": ("journey_id",),
    "card": ("lane_id", "stage_id"),
    "metric": ("stage_id",),
    "evidence": (),
    "evidence_link": ("card_id", "emotion_point_id", "stage_id", "persona_id", "journey_id"),
}
"""Ordered tables and what makes a group of siblings (whose positions are merged by order)."""


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing differently. `field` is None when one side deleted
    the row (`mine` or `theirs` is then None) or when a deleted row is still needed."""

    table: str
    key: str
    field: str | None
    base: Any
    mine: Any
    theirs: Any

    @property
    def kind(self) -> str:
        if self.field is not None:
            return "both changed"
        return "deleted by me" if self.mine is None else "deleted by them"


@dataclass
class MergeResult:
    state: State
    conflicts: list[Conflict] = field(default_factory=list)
    from_theirs: dict[str, int] = field(default_factory=dict)  # table -> rows taken from them

    def note(self, table: str) -> None:
        self.from_theirs[table] = self.from_theirs.get(table, 0) + 1


def three_way(
    base: State, mine: State, theirs: State, choose: Choice | str = "mine"
) -> MergeResult:
    """Merge `theirs` into `mine` against `base` (see the module's docstring)."""
    pick: Choice = (lambda _c: choose) if isinstance(choose, str) else choose
    result = MergeResult({})
    for table in (t.name for t in TABLES):
        rows: dict[str, Image] = {}
        b_rows, m_rows, t_rows = base.get(table, {}), mine.get(table, {}), theirs.get(table, {})
        for key in sorted(b_rows.keys() | m_rows.keys() | t_rows.keys()):
            merged = _row(table, key, b_rows.get(key), m_rows.get(key), t_rows.get(key), pick,
                          result)  # fmt: skip
            if merged is not None:
                rows[key] = merged
        result.state[table] = rows
    _make_whole(result, base, mine, theirs, pick)
    mine_first = choose != "theirs"  # when both sides reordered the same siblings
    for table, keys in GROUPS.items():
        _renumber(result.state, table, keys, (base, mine, theirs), mine_first)
    return result


def _row(
    table: str,
    key: str,
    b: Image | None,
    m: Image | None,
    t: Image | None,
    pick: Choice,
    result: MergeResult,
) -> Image | None:
    if m == t and m is not None:  # most rows: untouched by both sides, or changed alike
        return m
    if _same(m, t):  # the same change on both sides: the later update time, whoever is "mine"
        if m is not None and t is not None and m.get("updated_at") != t.get("updated_at"):
            return {**m, "updated_at": max(str(m.get("updated_at")), str(t.get("updated_at")))}
        return m
    if _same(m, b):
        if t is not None or m is not None:
            result.note(table)
        return t
    if _same(t, b):
        return m
    if m is None or t is None:  # deleted on one side, changed on the other
        conflict = Conflict(table, key, None, b, m, t)
        result.conflicts.append(conflict)
        if pick(conflict) == "theirs":
            result.note(table)
            return t
        return m
    if b is None:  # the same id added on both sides: a copy of one row, merge its fields
        b = {}
    merged = dict(m)
    for name in m.keys() | t.keys():
        bv, mv, tv = b.get(name), m.get(name), t.get(name)
        if mv == tv or tv == bv:
            continue
        if name == "updated_at":
            merged[name] = max(str(mv), str(tv))
        elif name == "position" or mv == bv:
            merged[name] = tv
        else:
            conflict = Conflict(table, key, name, bv, mv, tv)
            result.conflicts.append(conflict)
            if pick(conflict) == "theirs":
                merged[name] = tv
    if merged != dict(m):
        result.note(table)
    return merged


def _same(a: Image | None, b: Image | None) -> bool:
    """The same row, but for its update time and place (merged on their own)."""
    if a is None or b is None:
        return a is b
    keys = (a.keys() | b.keys()) - UNCOMPARED
    return all(a.get(k) == b.get(k) for k in keys) and (
        a.get("position") == b.get("position") or "position" not in a
    )


# -- whole rows -------------------------------------------------------------------------------


def _references() -> list[tuple[str, str, str, str]]:
    """(table, column, parent table, on delete) of every reference between journaled rows."""
    found = []
    for table in TABLES:
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            found.append((table.name, fk.parent.name, parent, fk.ondelete or "RESTRICT"))
    return found


def _make_whole(result: MergeResult, base: State, mine: State, theirs: State, pick: Choice) -> None:
    """Rows whose parent the merge lost: the parent comes back, or its children go, as the
    deletion's conflict is settled; clearable references are cleared."""
    state = result.state
    changed = True
    while changed:  # a parent brought back may need its own parent
        changed = False
        for table, column, parent, on_delete in _references():
            if parent not in state:  # pictures: merged by hash elsewhere
                continue
            for key, row in list(state.get(table, {}).items()):
                target = row.get(column)
                if target is None or target in state[parent]:
                    continue
                if on_delete == "SET NULL":
                    state[table][key] = {**row, column: None}
                    changed = True
                    continue
                conflict = Conflict(
                    parent, target, None, base.get(parent, {}).get(target),
                    mine.get(parent, {}).get(target), theirs.get(parent, {}).get(target),
                )  # fmt: skip
                if not any(c.table == parent and c.key == target for c in result.conflicts):
                    result.conflicts.append(conflict)
                chosen = conflict.mine if pick(conflict) == "mine" else conflict.theirs
                if chosen is not None:
                    state[parent][target] = chosen  # the parent comes back
                else:
                    del state[table][key]  # the parent stays deleted: its child goes too
                changed = True


# -- order ------------------------------------------------------------------------------------


def _renumber(
    state: State,
    table: str,
    keys: tuple[str, ...],
    sides: tuple[State, State, State],
    mine_first: bool,
) -> None:
    """Positions of each group of siblings (a cell's cards, a journey's stages...)."""
    rows = state.get(table, {})
    groups: dict[tuple[Any, ...], list[str]] = {}
    for key, row in rows.items():
        groups.setdefault(tuple(row.get(k) for k in keys), []).append(key)
    indexed = [_by_group(side.get(table, {}), keys) for side in sides]
    for group, members in groups.items():
        present = set(members)
        base, mine, theirs = (
            [key for _, key in sorted(m for m in index.get(group, ()) if m[1] in present)]
            for index in indexed
        )
        merged = merged_order(base, mine, theirs, mine_first)
        merged.extend(sorted(present - set(merged)))
        for position, key in enumerate(merged):
            if rows[key].get("position") != position:
                rows[key] = {**rows[key], "position": position}


def _by_group(
    rows: Mapping[str, Image], keys: tuple[str, ...]
) -> dict[tuple[Any, ...], list[tuple[Any, str]]]:
    """A side's rows of one table as (position, id) by group of siblings."""
    found: dict[tuple[Any, ...], list[tuple[Any, str]]] = {}
    for key, row in rows.items():
        found.setdefault(tuple(row.get(k) for k in keys), []).append((row.get("position", 0), key))
    return found


def merged_order(
    base: list[str], mine: list[str], theirs: list[str], mine_first: bool
) -> list[str]:
    """One order of siblings from both sides': the siblings the base had keep the order of the
    side that changed it (of the preferred side if both did); the ones a side brought go right
    after their predecessor in that side's order, each side's run kept as it is, two runs at
    the same place ordered by their first id (so that the merge does not depend on which copy
    is "mine")."""
    known = set(base)
    kept_m = [k for k in mine if k in known]
    kept_t = [k for k in theirs if k in known]
    kept_b = [k for k in base if k in set(kept_m) | set(kept_t)]
    if kept_m == [k for k in kept_b if k in set(kept_m)]:
        skeleton = kept_t if kept_t else kept_m
        skeleton = skeleton + [k for k in kept_m if k not in set(skeleton)]
    elif kept_t == [k for k in kept_b if k in set(kept_t)] or mine_first:
        skeleton = kept_m + [k for k in kept_t if k not in set(kept_m)]
    else:
        skeleton = kept_t + [k for k in kept_m if k not in set(kept_t)]
    on_skeleton = set(skeleton)
    runs: dict[str | None, list[list[str]]] = {}
    seen: set[str] = set()
    for side in (mine, theirs):
        anchor: str | None = None
        run: list[str] = []
        for key in side:
            if key in on_skeleton:
                if run:
                    runs.setdefault(anchor, []).append(run)
                anchor, run = key, []
            elif key not in seen:
                seen.add(key)
                run.append(key)
        if run:
            runs.setdefault(anchor, []).append(run)
    merged: list[str] = []
    for anchor in (None, *skeleton):
        if anchor is not None:
            merged.append(anchor)
        for run in sorted(runs.get(anchor, []), key=lambda r: r[0]):
            merged.extend(run)
    return merged
