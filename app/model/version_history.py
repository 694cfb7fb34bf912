"""The version history as the editor shows it: who saved what, named, viewed, compared, restored.

Built on lineage.py (the versions in the file) and the journal (the changes since the last
version). What a version changed is counted in the users' words ("12 cards changed, 1 stage
added, 2 pains removed"): a card is a touchpoint, a pain, a gain or an opportunity by its lane
and its sentiment. A row whose only change is its position or its update time is not "changed":
inserting one card renumbers the cards below it, and the user did not change those.

Naming a version writes its label in the working copy at once; it is not a step of the undo
history (it names the history, it does not change the map), but the map then has unsaved
changes until the next Save. Restoring a version is one ordinary step (one undo).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import lineage
from .document import JourneyDocument
from .errors import DocumentError, ReadOnlyDocumentError
from .journal import TABLES, RowChange, state_difference
from .lineage import Edit, LineageError, State, Version, apply_edits
from .steps import StepLabel
from .versions import read_rows
from .workspace import WorkingCopy

_KEYS = {t.name: next(iter(t.primary_key.columns)).name for t in TABLES}
QUIET_FIELDS = frozenset({"position", "updated_at"})
"""Fields whose change alone does not make an element "changed" (see the module's docstring)."""
KINDS = (
    "stage", "lane", "card", "touchpoint", "pain", "gain", "opportunity", "emotion_point",
    "metric", "connection", "evidence", "evidence_link", "persona", "journey", "project",
)  # fmt: skip
"""The kinds of element a summary counts, in the order it names them when counts are equal."""
WHATS = ("added", "changed", "removed")


class VersionHistoryError(DocumentError):
    """A version that cannot be shown or restored, in one sentence."""


@dataclass(frozen=True)
class ChangeCount:
    """ "3 pains added": the kind of element (see `KINDS`), what befell it, how many."""

    kind: str
    what: str
    count: int


@dataclass(frozen=True)
class VersionInfo:
    """One saved version as the Versions panel lists it."""

    id: str
    seq: int
    saved_at: str  # ISO 8601, UTC
    author: str
    label: str
    parents: tuple[str, ...]
    merge: bool  # it joined another copy's history (more than one parent)
    current: bool  # the version the map was last saved or opened as
    changes: tuple[ChangeCount, ...]


@dataclass(frozen=True)
class RemovedElement:
    table: str
    id: str
    title: str


@dataclass(frozen=True)
class Comparison:
    """What changed from one state of the map to another: (table, id) of the rows added and
    changed, the rows removed with their titles, and the counts in the users' words."""

    added: frozenset[tuple[str, str]]
    changed: frozenset[tuple[str, str]]
    removed: tuple[RemovedElement, ...]
    changes: tuple[ChangeCount, ...]


# -- reading ---------------------------------------------------------------------------------


def version_infos(
    document: JourneyDocument, known: dict[str, tuple[ChangeCount, ...]] | None = None
) -> list[VersionInfo]:
    """Every version of the map, the latest saved first. `known`: summaries already worked
    out, by version id (a version's changes never change); the new ones are added to it."""
    found = document.lineage()
    known = {} if known is None else known
    every: dict[str, list[Edit]] = {}
    for version_id in found.versions:
        if version_id not in known:
            try:
                every[version_id] = found.edits(version_id)
            except LineageError:
                every[version_id] = []
    lookup = _lookup(document, [e for edits in every.values() for e in edits])
    for version_id, edits in every.items():
        known[version_id] = describe(edits, lookup)
    return [
        VersionInfo(
            version.id,
            version.seq,
            version.saved_at,
            version.author,
            version.label,
            version.parents,
            len(version.parents) > 1,
            version.id == found.head,
            known[version.id],
        )
        for version in sorted(found.versions.values(), key=lambda v: v.seq, reverse=True)
    ]


def unsaved_changes(document: JourneyDocument) -> tuple[ChangeCount, ...]:
    """What the map holds that its last version does not (empty when nothing)."""
    edits = [_edit(row) for row in document.journal.unsaved()]
    return describe(edits, _lookup(document, edits))


def describe(edits: list[Edit], lookup: State) -> tuple[ChangeCount, ...]:
    """Count the edits by kind of element, the most numerous first. `lookup` (the map as it
    is) tells the lane and sentiment of a card whose edit does not carry them."""
    counts: dict[tuple[str, str], int] = {}
    gone = {key for _table, key, _before, after in edits if after is None}
    lanes: dict[str, Any] = dict(lookup.get("lane", {}))
    for table, key, before, after in edits:
        if table == "lane":  # added or removed with its cards
            lanes[key] = after or before
    for table, key, before, after in edits:
        what = "added" if before is None else "removed" if after is None else "changed"
        if what == "changed" and not _really_changed(before, after):
            continue
        if _follows_removal(table, before, after, gone):
            continue
        kind = _kind(table, key, before, after, lanes, lookup)
        if kind is None or (kind == "evidence_link" and what == "changed"):
            continue
        counts[(kind, what)] = counts.get((kind, what), 0) + 1
    order = {(k, w): i for i, (k, w) in enumerate((k, w) for k in KINDS for w in WHATS)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))
    return tuple(ChangeCount(kind, what, n) for (kind, what), n in ranked)


def _really_changed(before: Any, after: Any) -> bool:
    return any(before.get(f) != v for f, v in after.items() if f not in QUIET_FIELDS)


def _follows_removal(table: str, before: Any, after: Any, gone: set[str]) -> bool:
    """A link removed with the element it tied, or a reference cleared because its element
    went: part of that removal, not a change of its own."""
    if after is None:
        return table in ("evidence_link", "connection") and any(
            name.endswith("_id") and value in gone for name, value in before.items()
        )
    if before is None:
        return False
    fields = [f for f, v in after.items() if f not in QUIET_FIELDS and before.get(f) != v]
    return all(f.endswith("_id") and after[f] is None and before.get(f) in gone for f in fields)


def _kind(
    table: str, key: str, before: Any, after: Any, lanes: dict[str, Any], lookup: State
) -> str | None:
    """`lanes`: every lane the map or the edits hold (one added or removed with its cards)."""
    if table != "card":
        return table if table in KINDS else None
    row = {**lookup.get("card", {}).get(key, {}), **(before or {}), **(after or {})}
    lane_kind = (lanes.get(str(row.get("lane_id"))) or {}).get("kind")
    if lane_kind == "touchpoints":
        return "touchpoint"
    if lane_kind == "opportunities":
        return "opportunity"
    sentiment = row.get("sentiment")
    return sentiment if sentiment in ("pain", "gain") else "card"


def _lookup(document: JourneyDocument, edits: list[Edit]) -> State:
    """The rows `describe` needs to name the cards of `edits` (the cards and their lanes as
    the map holds them), read by id rather than the whole map."""
    cards = {key for table, key, _b, _a in edits if table == "card"}
    run = document._run()
    found = read_rows(run, {"card": cards})
    lanes = {str(row.get("lane_id")) for row in found.get("card", {}).values()}
    lanes |= {
        str(image["lane_id"])
        for table, _key, before, after in edits
        if table == "card"
        for image in (before, after)
        if image and image.get("lane_id")
    }
    found["lane"] = read_rows(run, {"lane": lanes}).get("lane", {})
    return found


def _edit(row: RowChange) -> Edit:
    before = dict(row.before) if row.before is not None else None
    after = dict(row.after) if row.after is not None else None
    return (row.table, row.key, before, after)


# -- the state of a version ------------------------------------------------------------------


def version_state(document: JourneyDocument, version_id: str) -> State:
    """The map as it was when `version_id` was saved (its rows by table and id)."""
    return _version_state(document, version_id, document.state())


def _version_state(document: JourneyDocument, version_id: str, current: State) -> State:
    """`version_state`, from `current` (the map's `state()`, left as it is)."""
    found = document.lineage()
    if version_id not in found.versions or found.head is None:
        raise VersionHistoryError("This version is not part of the map's history any more.")
    try:
        return found.state_at(version_id, head_state(document, current))
    except LineageError as error:
        raise VersionHistoryError(
            "This version cannot be rebuilt: the map's history is inconsistent."
        ) from error


def head_state(document: JourneyDocument, current: State | None = None) -> State:
    """The map as its last version holds it: the map as it is (`current`, if read already; it
    is not changed), the unsaved changes taken back."""
    now = document.state() if current is None else current
    state: State = {table: dict(rows) for table, rows in now.items()}
    edits = [_edit(row) for row in document.journal.unsaved()]
    try:
        apply_edits(state, edits, backwards=True)
    except LineageError as error:
        raise VersionHistoryError(
            "The changes since the last Save do not match the map; save it first."
        ) from error
    return state


def _pictures(document: JourneyDocument) -> set[str]:
    return {
        sha for (sha,) in document.session.connection().exec_driver_sql("SELECT sha256 FROM asset")
    }


def _without_missing_pictures(have: set[str], state: State) -> tuple[State, int]:
    """A version may use a photo that a later Save dropped from the file (deleted content does
    not travel): such photos are left out, persona pictures cleared (`have`: the pictures the
    map holds). Returns how many."""
    gone = {
        key
        for key, row in state.get("evidence", {}).items()
        if row.get("asset_sha256") and row["asset_sha256"] not in have
    }
    left_out = len(gone)
    if gone:
        state["evidence"] = {k: r for k, r in state["evidence"].items() if k not in gone}
        links = state.get("evidence_link", {})
        state["evidence_link"] = {
            k: r for k, r in links.items() if r.get("evidence_id") not in gone
        }
    for key, row in state.get("persona", {}).items():
        if row.get("photo_sha256") and row["photo_sha256"] not in have:
            state["persona"][key] = {**row, "photo_sha256": None}
            left_out += 1
    return state, left_out


def version_title(version: VersionInfo | Version) -> str:
    """The version's label, else when it was saved (local time): names a restore step."""
    if version.label:
        return version.label
    return datetime.fromisoformat(version.saved_at).astimezone().strftime("%Y-%m-%d %H:%M")


# -- acting on versions -----------------------------------------------------------------------


def name_version(document: JourneyDocument, version_id: str, label: str) -> None:
    """Give a saved version a name ("before the workshop"); an empty name removes it. Written
    in the working copy at once, saved with the next Save (see the module's docstring)."""
    if document.read_only:
        raise ReadOnlyDocumentError(document.path)
    label = " ".join(label.split())[:500]
    run = document._run()
    if not run("SELECT 1 FROM version WHERE id = ?", (version_id,)):
        raise VersionHistoryError("This version is not part of the map's history any more.")
    run("UPDATE version SET label = ? WHERE id = ?", (label, version_id))
    document.session.commit()
    document.journal.mark_saved(-1)  # unsaved, whatever the undo history does, until Save
    document.working.mark(True)


def restore_version(document: JourneyDocument, version_id: str) -> int:
    """Make the map what it was at `version_id`, as one step (Undo brings back the map as it
    was). Returns how many photos of that version could not come back (see
    `_without_missing_pictures`)."""
    if document.read_only:
        raise ReadOnlyDocumentError(document.path)
    version = document.lineage().versions.get(version_id)
    if version is None:
        raise VersionHistoryError("This version is not part of the map's history any more.")
    current = document.state()
    wanted = _version_state(document, version_id, current)
    state, left_out = _without_missing_pictures(_pictures(document), wanted)
    label = StepLabel.of("restore_version", title=version_title(version))
    document.apply_state(state, label, current=current)
    return left_out


class VersionView(JourneyDocument):
    """A saved version opened on its own, read-only: the map as it was, with no history."""

    shown_as = ""

    @property
    def display_name(self) -> str:
        if self.path is not None or not self.shown_as:
            return super().display_name
        return self.shown_as


def open_version(document: JourneyDocument, version_id: str, shown_as: str = "") -> VersionView:
    """The map as it was at `version_id`, as a read-only document of its own (named
    `shown_as`), with no history; `document` is not changed. Save As makes it an editable map.

    Its working copy is a page-by-page copy of this map's (already checked when it was
    opened), so nothing is written to the disk beside the user's files, nor checked again."""
    current = document.state()
    state = _version_state(document, version_id, current)
    document.session.commit()
    working = WorkingCopy.create(origin=None)
    try:
        with closing(sqlite3.connect(working.database)) as target:
            source = document.session.connection().connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            source.backup(target)
            have = {sha for (sha,) in target.execute("SELECT sha256 FROM asset")}
            state, _left_out = _without_missing_pictures(have, state)
            _write_rows(target, state_difference(current, state))
            lineage.clear(target.execute)
            target.commit()
        view = VersionView(working, None, False, None)
    except (OSError, sqlite3.Error) as error:
        working.discard()
        raise VersionHistoryError("This version cannot be opened: the disk refused.") from error
    view.journal.start_from(None)
    view.journal.mark_saved(0)
    view.working.mark(False)
    view.read_only = True
    view.shown_as = shown_as
    return view


def _write_rows(connection: sqlite3.Connection, changes: list[RowChange]) -> None:
    """Write rows as they are into a copy of a map (foreign keys are not enforced on this
    plain connection, and the rows come whole from a consistent state: no order needed)."""
    for change in changes:
        table, key = change.table, _KEYS[change.table]
        if change.after is None:
            connection.execute(f'DELETE FROM "{table}" WHERE "{key}" = ?', (change.key,))
            continue
        names = list(change.after)
        values = tuple(change.after[n] for n in names)
        if change.before is None:
            listed = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" * len(names))
            connection.execute(f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', values)
        else:
            pairs = ", ".join(f'"{n}" = ?' for n in names)
            connection.execute(
                f'UPDATE "{table}" SET {pairs} WHERE "{key}" = ?', (*values, change.key)
            )


# -- comparing -------------------------------------------------------------------------------


def compare(old: State, new: State) -> Comparison:
    """What changed from `old` to `new` (two states of one map)."""
    added: set[tuple[str, str]] = set()
    changed: set[tuple[str, str]] = set()
    removed: list[RemovedElement] = []
    edits: list[Edit] = []
    for table in sorted(old.keys() | new.keys()):
        before_rows, after_rows = old.get(table, {}), new.get(table, {})
        for key in sorted(before_rows.keys() | after_rows.keys()):
            before, after = before_rows.get(key), after_rows.get(key)
            if before == after:
                continue
            edits.append((table, key, before, after))
            if before is None:
                added.add((table, key))
            elif after is None:
                removed.append(RemovedElement(table, key, _title(before)))
            elif _really_changed(before, after):
                changed.add((table, key))
    lookup = {table: {**old.get(table, {}), **new.get(table, {})} for table in ("card", "lane")}
    return Comparison(frozenset(added), frozenset(changed), tuple(removed), describe(edits, lookup))


def compare_with_map(document: JourneyDocument, version_id: str) -> Comparison:
    """What changed from `version_id` to the map as it is."""
    current = document.state()
    return compare(_version_state(document, version_id, current), current)


def compare_versions(document: JourneyDocument, old_id: str, new_id: str) -> Comparison:
    return compare(version_state(document, old_id), version_state(document, new_id))


def _title(row: dict[str, Any]) -> str:
    value = row.get("title") or row.get("name") or row.get("label") or row.get("text") or ""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"
