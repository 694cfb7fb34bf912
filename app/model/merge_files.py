"""Merging a copy that travelled (by mail, a USB stick, a synced folder) into a map.

The other file is validated like any file. Both histories give the latest version the two
copies share (lineage.py); its state is rebuilt from their file; the engine (merge.py) merges
field by field against it, conflicts settled by the choice given; their pictures come by hash;
the result is one step of the document (one undo). Their versions join this map's history, so
the next Save records a version whose parents are both heads. Neither file is ever changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import fileformat
from .errors import DocumentError, InvalidFileError, ReadOnlyDocumentError, shown_name
from .lineage import Lineage, LineageError, Version, common_version
from .merge import Choice, Conflict, MergeResult, State, three_way
from .merge_report import ElementChange, element_changes
from .steps import StepLabel

if TYPE_CHECKING:
    from .document import JourneyDocument

_PICTURE_COLUMNS = (("evidence", "asset_sha256"), ("persona", "photo_sha256"))


class MergeError(DocumentError):
    """Two files that cannot be merged, in one sentence."""


class NoCommonVersionError(MergeError):
    """Two files that share no saved version: their journeys can still be added
    (add_journeys.py)."""


@dataclass(frozen=True)
class MergeReport:
    """What a merge did: the version both copies came from, every conflict (and the side
    chosen), and how many rows came from their copy, by table."""

    theirs: str
    common: Version
    conflicts: tuple[Conflict, ...]
    chosen: tuple[str, ...]  # "mine" | "theirs", one per conflict
    from_theirs: dict[str, int] = field(default_factory=dict)
    elements: tuple[ElementChange, ...] = ()  # what came from where (merge_report.py)

    def to_json(self) -> dict[str, Any]:
        return {
            "theirs": self.theirs,
            "common_version": {
                "id": self.common.id,
                "saved_at": self.common.saved_at,
                "author": self.common.author,
                "label": self.common.label,
            },
            "conflicts": [
                {
                    "element": conflict.table,
                    "id": conflict.key,
                    "field": conflict.field,
                    "kind": conflict.kind,
                    "base": conflict.base,
                    "mine": conflict.mine,
                    "theirs": conflict.theirs,
                    "kept": side,
                }
                for conflict, side in zip(self.conflicts, self.chosen, strict=True)
            ],
            "rows_from_theirs": dict(sorted(self.from_theirs.items())),
            **{
                f"from_{side}": [c.to_json() for c in self.elements if c.side == side]
                for side in ("mine", "theirs", "both")
            },
        }


@dataclass
class MergePlan:
    """A merge looked at before it is done: the other copy (open, read-only, until `apply` or
    `close`), the shared version and its state, and the conflicts when all go to "mine"."""

    document: JourneyDocument
    theirs: JourneyDocument
    name: str
    stem: str
    mine_lineage: Lineage
    their_lineage: Lineage
    common: str
    base: State
    their_state: State
    conflicts: tuple[Conflict, ...]
    mine_state: State  # the open map as the plan read it...
    mine_folds: int  # ...while the journal had folded this many steps
    looked: MergeResult  # the merge with every conflict settled to "mine"

    def apply(self, choose: Choice | str = "mine") -> MergeReport:
        """Merge as one step of the document, each conflict settled by `choose`; then the
        other copy is closed."""
        try:
            return self._apply(choose)
        finally:
            self.close()

    def _apply(self, choose: Choice | str) -> MergeReport:
        document = self.document
        unchanged = document.journal.folds == self.mine_folds
        mine_state = self.mine_state if unchanged else cast(State, document.state())
        if unchanged and choose == "mine":
            result = self.looked
        else:
            result = three_way(self.base, mine_state, self.their_state, choose)
        bring_pictures(document, self.theirs, result.state)
        before = document.journal.head_id()
        label = StepLabel.of("merge", title=self.stem)
        document.apply_state(result.state, label, current=mine_state)
        step = document.journal.head_id()
        problem = validity_problem(document)
        if problem is not None:
            if step != before:
                document.undo()
            raise MergeError(f"Merging {self.name} would give a map that is not valid ({problem}).")
        mine, theirs = self.mine_lineage, self.their_lineage
        their_head = theirs.head
        assert their_head is not None
        if their_head not in mine.ancestors(mine.head or their_head):
            document.import_versions(theirs, theirs.ancestors(their_head))
            document.journal.add_merged(step if step != before else 0, their_head)
        chosen = tuple(choose if isinstance(choose, str) else choose(c) for c in result.conflicts)
        elements = element_changes(self.base, mine_state, self.their_state, result.state)
        return MergeReport(
            self.name, theirs.versions[self.common], tuple(result.conflicts), chosen,
            result.from_theirs, elements,
        )  # fmt: skip

    def close(self) -> None:
        self.theirs.close()


def plan_merge(
    document: JourneyDocument, theirs_path: Path | str, shown_as: str | None = None
) -> MergePlan:
    """Validate the copy at `theirs_path`, find the version it shares with `document` and
    rebuild that version's state; the plan lists the conflicts. `shown_as` names this map in
    messages (its file's name by default)."""
    from .document import JourneyDocument

    if document.read_only:
        raise ReadOnlyDocumentError(document.path)
    mine_name = shown_as or shown_name(document.display_name)
    if document.history_notice is not None and document.head_version is None:
        raise MergeError(document.history_notice.removesuffix(".") + "; it cannot be merged.")
    theirs_path = Path(theirs_path)
    theirs = JourneyDocument.open(theirs_path, read_only=True)
    try:
        name = shown_name(theirs_path)
        if theirs.history_notice is not None:
            raise MergeError(theirs.history_notice.removesuffix(".") + "; it cannot be merged.")
        mine_lineage, their_lineage = document.lineage(), theirs.lineage()
        common = common_version(mine_lineage, their_lineage)
        if common is None:
            raise NoCommonVersionError(
                f"{mine_name} and {name} share no saved version (two "
                "different maps, or a copy saved without its history); they cannot be merged."
            )
        their_state = theirs.state()
        try:
            base = their_lineage.state_at(common, their_state)
        except LineageError as error:
            raise MergeError(f"{name} cannot be merged: its history is inconsistent.") from error
        folds, mine_state = document.journal.folds, cast(State, document.state())
        looked = three_way(cast(State, base), mine_state, cast(State, their_state), "mine")
    except BaseException:
        theirs.close()
        raise
    return MergePlan(
        document, theirs, name, theirs_path.stem, mine_lineage, their_lineage, common,
        cast(State, base), cast(State, their_state), tuple(looked.conflicts), mine_state, folds,
        looked,
    )  # fmt: skip


def merge_copy(
    document: JourneyDocument,
    theirs_path: Path | str,
    choose: Choice | str = "mine",
    shown_as: str | None = None,
) -> MergeReport:
    """Merge the copy at `theirs_path` into `document` as one step (see the module's
    docstring); `choose` settles each conflict ("mine", "theirs", or a function)."""
    return plan_merge(document, theirs_path, shown_as).apply(choose)


def merge_files(
    mine: Path | str, theirs: Path | str, output: Path | str, prefer: str = "mine",
    author: str = "",
) -> MergeReport:  # fmt: skip
    """Merge two copies into a new file `output` (neither input is changed), conflicts
    settled to the `prefer`red side."""
    from .document import JourneyDocument

    mine, theirs, output = Path(mine), Path(theirs), Path(output)
    refuse_writing_over(output, mine, theirs)
    document = JourneyDocument.open_copy(mine)
    try:
        document.author_name = author
        report = merge_copy(document, theirs, prefer, shown_name(mine))
        document.save_as(output)
    finally:
        document.close()
    return report


def refuse_writing_over(output: Path, *inputs: Path) -> None:
    """A merge never changes its inputs: OUT must be another file than each of them."""
    for given in inputs:
        if output.absolute() == given.absolute() or (
            output.exists() and given.exists() and output.samefile(given)
        ):
            raise MergeError(
                f"The merged map cannot be written over {shown_name(given)}; name another file."
            )


def bring_pictures(
    document: JourneyDocument, theirs: JourneyDocument, state: dict[str, dict[str, Any]]
) -> None:
    """The pictures the merged rows use that only their copy holds (a picture is its hash)."""
    wanted = {
        row[column]
        for table, column in _PICTURE_COLUMNS
        for row in state.get(table, {}).values()
        if row.get(column)
    }
    mine = document.session.connection()
    have = {sha for (sha,) in mine.exec_driver_sql("SELECT sha256 FROM asset")}
    missing = sorted(wanted - have)
    if not missing:
        return
    columns = "sha256, media_type, width, height, created_at, data, thumbnail"
    source = theirs.session.connection()
    query = f"SELECT {columns} FROM asset WHERE sha256 = ?"
    for sha in missing:
        row = source.exec_driver_sql(query, (sha,)).first()
        if row is not None:
            mine.exec_driver_sql(
                f"INSERT INTO asset ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", tuple(row)
            )
    document.session.commit()


def validity_problem(document: JourneyDocument) -> str | None:
    """What would make the merged map fail the checks of any file, if anything."""
    document.session.commit()
    try:
        fileformat.validate_values(document.working.database)
    except InvalidFileError as error:
        return error.problem
    return None
