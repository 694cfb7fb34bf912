"""Add another map's journeys to this one: what two files that share no version can still do.

Two different maps, or a copy sent without its history, cannot be merged (nothing says which
changes are whose). The user can still take the other file's journeys whole: each with its
stages, lanes, cards, metrics, emotion points and connections, the personas they use, the
evidence linked to any of them (and its pictures, by hash). Rows keep their ids unless this map
already has one of them; those get new ids and every reference follows. A persona or a piece of
evidence whose id this map holds with the same content is the same one and is not doubled. The
result is one step of the document (one undo). The other file is only read.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ReadOnlyDocumentError, shown_name
from .journal import TABLES
from .merge_files import MergeError, bring_pictures, refuse_writing_over, validity_problem
from .steps import StepLabel

if TYPE_CHECKING:
    from .document import JourneyDocument

State = dict[str, dict[str, dict[str, Any]]]

_SHARED = ("persona", "evidence")  # library rows: the same content under the same id is one row
_SAME_IGNORING = frozenset({"updated_at", "created_at", "position"})
_REFERENCES = {
    table.name: {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    for table in TABLES
}
"""Per table, the columns that name another row, and that row's table."""


@dataclass(frozen=True)
class AddedJourneys:
    """What was added: the journeys' titles, how many rows by table, how many got new ids."""

    theirs: str
    journeys: tuple[str, ...]
    added: dict[str, int] = field(default_factory=dict)
    new_ids: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "theirs": self.theirs,
            "journeys_added": list(self.journeys),
            "added": dict(sorted(self.added.items())),
            "new_ids": self.new_ids,
        }


def journeys_to_add(mine: State, theirs: State) -> tuple[State, int]:
    """The rows of `theirs` that bring its journeys into `mine` (see the module's docstring),
    with new ids where `mine` has the id already; and how many ids were changed."""
    journeys = set(theirs.get("journey", {}))
    lanes = {k for k, r in theirs.get("lane", {}).items() if r.get("journey_id") in journeys}
    stages = {k for k, r in theirs.get("stage", {}).items() if r.get("journey_id") in journeys}
    cards = {
        k for k, r in theirs.get("card", {}).items()
        if r.get("lane_id") in lanes and r.get("stage_id") in stages
    }  # fmt: skip
    points = {
        k for k, r in theirs.get("emotion_point", {}).items()
        if r.get("lane_id") in lanes and r.get("stage_id") in stages
    }  # fmt: skip
    personas = {r["persona_id"] for r in theirs.get("journey", {}).values() if r.get("persona_id")}
    wanted: dict[str, set[str]] = {
        "journey": journeys, "lane": lanes, "stage": stages, "card": cards,
        "emotion_point": points,
        "metric": {k for k, r in theirs.get("metric", {}).items() if r.get("stage_id") in stages},
        "connection": {
            k for k, r in theirs.get("connection", {}).items()
            if r.get("from_card_id") in cards and r.get("to_card_id") in cards
        },
    }  # fmt: skip
    targets = {"card_id": cards, "emotion_point_id": points, "stage_id": stages,
               "journey_id": journeys, "persona_id": personas}  # fmt: skip
    links = {
        k for k, r in theirs.get("evidence_link", {}).items()
        if any(r.get(column) in keys for column, keys in targets.items())
    }  # fmt: skip
    wanted["evidence"] = {theirs["evidence_link"][k]["evidence_id"] for k in links}
    wanted["persona"] = personas
    renamed: dict[str, str] = {}
    reused: set[str] = set()
    for table, keys in wanted.items():
        for key in keys:
            have = mine.get(table, {}).get(key)
            if have is None:
                continue
            if table in _SHARED and _same(have, theirs[table][key]):
                reused.add(key)  # this map's own persona or evidence: used as it is
            else:
                renamed[key] = str(uuid.uuid4())
    result: State = {}
    for table, keys in wanted.items():
        for key in sorted(keys - reused):
            row = {
                name: renamed.get(value, value) if name in _REFERENCES[table] else value
                for name, value in theirs[table][key].items()
            }
            new_key = row["id"] = renamed.get(key, key)
            result.setdefault(table, {})[new_key] = row
    for key in sorted(links):  # a link this map has as it is (to its own persona) is not doubled
        row = theirs["evidence_link"][key]
        row = {name: renamed.get(value, value) if name in _REFERENCES["evidence_link"] else value
               for name, value in row.items()}  # fmt: skip
        have = mine.get("evidence_link", {}).get(key)
        if have is not None and _same(have, row):
            continue
        new_key = key
        if have is not None:
            new_key = renamed[key] = row["id"] = str(uuid.uuid4())
        result.setdefault("evidence_link", {})[new_key] = row
    for table, rows in result.items():  # a reference to a row neither map now has is cleared
        for column, parent in _REFERENCES[table].items():
            if parent == "asset":
                continue
            known = result.get(parent, {}).keys() | mine.get(parent, {}).keys()
            for row in rows.values():
                value = row.get(column)
                if value and value not in known:
                    row[column] = None
    _place_after(result, mine, "journey")
    _place_after(result, mine, "persona")
    _place_after(result, mine, "evidence")
    return result, len(renamed)


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    keys = (a.keys() | b.keys()) - _SAME_IGNORING
    return all(a.get(k) == b.get(k) for k in keys)


def _place_after(rows: State, mine: State, table: str) -> None:
    """The added rows of a list (journeys, personas, evidence) go after this map's own, in
    their order."""
    start = 1 + max((r.get("position", 0) for r in mine.get(table, {}).values()), default=-1)
    added = sorted(rows.get(table, {}).items(), key=lambda kv: (kv[1].get("position", 0), kv[0]))
    for offset, (_key, row) in enumerate(added):
        row["position"] = start + offset


def add_journeys(
    document: JourneyDocument, theirs_path: Path | str, shown_as: str | None = None
) -> AddedJourneys:
    """Add the journeys of the map at `theirs_path` to `document` as one step (see the
    module's docstring); the other file is validated like any file and not changed."""
    from .document import JourneyDocument

    if document.read_only:
        raise ReadOnlyDocumentError(document.path)
    theirs_path = Path(theirs_path)
    name = shown_as or shown_name(theirs_path)
    theirs = JourneyDocument.open(theirs_path, read_only=True)
    try:
        their_state = theirs.state()
        if not their_state.get("journey"):
            raise MergeError(f"{name} has no journey to add.")
        mine = document.state()
        rows, new_ids = journeys_to_add(mine, their_state)
        bring_pictures(document, theirs, rows)
    finally:
        theirs.close()
    merged = {table: {**mine.get(table, {}), **rows.get(table, {})} for table in mine}
    before = document.journal.head_id()
    document.apply_state(merged, StepLabel.of("add_journeys", title=theirs_path.stem), mine)
    problem = validity_problem(document)
    if problem is not None:
        if document.journal.head_id() != before:
            document.undo()
        raise MergeError(f"The journeys of {name} cannot be added ({problem}).")
    titles = tuple(
        str(r.get("title") or "")
        for r in sorted(rows.get("journey", {}).values(), key=lambda r: r.get("position", 0))
    )
    added = {table: len(r) for table, r in rows.items() if r}
    return AddedJourneys(name, titles, added, new_ids)


def add_journeys_to_file(
    mine: Path | str, theirs: Path | str, output: Path | str, author: str = ""
) -> AddedJourneys:
    """`parcours merge MINE THEIRS -o OUT --add-journeys`: MINE with THEIRS' journeys added,
    written to OUT; neither input is changed."""
    from .document import JourneyDocument

    mine, output = Path(mine), Path(output)
    refuse_writing_over(output, mine, Path(theirs))
    document = JourneyDocument.open_copy(mine)
    try:
        document.author_name = author
        report = add_journeys(document, theirs)
        document.save_as(output)
    finally:
        document.close()
    return report
