"""`JourneyDocument`: one open map file, the one object that owns every write to it.

Opening copies the user's file to a working copy and validates the copy before reading a row;
every verb commits to the working copy at once and is recorded in the document's journal, which
gives undo and redo to the editor and to scripts alike; Save writes a whole new file beside the
target (`VACUUM INTO`, which also drops deleted photos) and atomically replaces the target.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from . import fileformat, limits, migrations, neighbours
from .changes import Change, change_of_rows
from .comments import CommentVerbs
from .errors import (
    InvalidEditError,
    InvalidFileError,
    LimitError,
    ReadOnlyDocumentError,
    SaveError,
)
from .journal import (
    HistoryError,
    Journal,
    RowChange,
    StepInfo,
    check_current,
    install_recorder,
    read_state,
    state_difference,
    take_recorded,
)
from .journal import replay as replay_rows
from .lock import FileLock
from .picture_check import StoredPictures
from .picture_store import PictureStore
from .queries import DocumentQueries
from .schema import Project
from .steps import StepLabel, label_for
from .verbs_cards import CardVerbs
from .verbs_evidence import EvidenceVerbs
from .verbs_structure import StructureVerbs
from .versions import VersionsMixin
from .workspace import RecoverableWork, WorkingCopy, adopt

Listener = Callable[[Change], None]


@dataclass
class _OpenStep:
    """A step under way (`with document.step(...)`): its verbs commit together at its end."""

    label: StepLabel | None
    merge_key: str | None
    changes: list[Change] = field(default_factory=list)
    failed: bool = False


class JourneyDocument(
    StructureVerbs, CardVerbs, EvidenceVerbs, CommentVerbs, DocumentQueries, VersionsMixin
):
    """An open `.cjm` project: its working copy, its file on disk and its listeners."""

    def __init__(
        self, working: WorkingCopy, path: Path | None, read_only: bool, lock: FileLock | None
    ) -> None:
        self.working = working
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._listeners: list[Listener] = []
        self._engine = create_engine(f"sqlite:///{working.database}")
        event.listen(self._engine, "connect", _configure_working_connection)
        self.session = Session(self._engine, expire_on_commit=False, autoflush=True)
        self.journal = Journal(working.folder)
        self._open_step: _OpenStep | None = None
        self._recorded: tuple[RowChange, ...] = ()  # rows of the verb that just committed
        self.author_name = ""  # who saves: recorded with each version (the editor's preferences)
        self._history_notice: str | None = None  # why the file's history was left out
        self._history_unchecked = False  # its versions' changes not walked yet (versions.py)
        self._history_shown_as: Path | str = working.origin or "Untitled map"

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def new(cls, template: str = "blank", language: str = "en") -> JourneyDocument:
        """An untitled document made from a template (see `templates.TEMPLATES`)."""
        from .templates import build_template

        working = WorkingCopy.create(origin=None)
        fileformat.create_file(working.database)
        document = cls(working, None, False, None)
        try:
            build_template(document, template, language)
        except BaseException:
            document.close()
            raise
        document.journal.clear()  # the template is where the history starts
        document.journal.start_from(None)
        document.journal.mark_saved(0)
        working.mark(False)
        return document

    @classmethod
    def open(
        cls,
        path: Path | str,
        read_only: bool = False,
        *,
        take_over: bool = False,
        without_sidecars: bool = False,
    ) -> JourneyDocument:
        """Open a file after validating it; the file itself is never modified by opening.

        `take_over`: the user chose to take over a map whose lock says it is open elsewhere
        (`LockedElsewhereError`); `without_sidecars`: to open it without the `-wal` or
        `-journal` file beside it (`SidecarError`)."""
        path = Path(path).absolute()
        neighbours.check_source(path)
        if not without_sidecars:
            neighbours.check_sidecars(path)
        fileformat.validate_structure(path, in_place=True)  # beyond a limit: refused uncopied
        lock = FileLock(path)
        read_only = read_only or not _writable(path)
        if not read_only and not lock.acquire(take_over):
            read_only = True
        working = WorkingCopy.create(origin=path)
        try:
            upgraded_from = _load_into(path, working)
        except BaseException:
            working.discard()
            lock.release()
            raise
        working.upgraded_from = upgraded_from
        working.write_info()
        document = cls(working, path, read_only, lock if lock.held else None)
        try:
            document._adopt_history(working.database, path)
        except BaseException:
            document.close()
            raise
        document.journal.mark_saved()
        return document

    @classmethod
    def open_copy(cls, path: Path | str) -> JourneyDocument:
        """An untitled, editable copy of a file, history included (a merge written to another
        file starts from it): the file is validated like any other, never locked nor changed."""
        document = cls.open(path, read_only=True)
        if document._lock is not None:
            document._lock.release()
            document._lock = None
        document.path, document.read_only = None, False
        return document

    @classmethod
    def recover(cls, work: RecoverableWork) -> JourneyDocument:
        """Reopen the unsaved edits a crashed or killed Parcours left behind."""
        working = adopt(work)
        version = fileformat.validate_structure(working.database, work.origin)
        if version != fileformat.FORMAT_VERSION:
            raise InvalidFileError(work.origin or working.database, "the recovery data is damaged")
        fileformat.validate_values(working.database, work.origin)
        lock = None
        if work.origin is not None and work.origin.parent.is_dir():
            lock = FileLock(work.origin)
            if not lock.acquire(take_over=True):  # these edits are the user's own
                lock = None
        document = cls(working, work.origin, False, lock)
        document._check_history()
        document._history_unchecked = document.head_version is not None  # see versions.py
        return document

    # -- state ---------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        """True when the working copy holds edits not yet saved to `path`."""
        return self.working.dirty

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        title = self.session.scalars(select(Project.title)).first()
        return title or "Untitled map"

    def picture_store(self) -> PictureStore:
        """A writer of prepared pictures usable from worker threads (see picture_store.py)."""
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        return PictureStore(self.working.database)

    def stored_pictures(self) -> StoredPictures:
        """A reader of checked pictures usable from worker threads (see picture_check.py)."""
        return StoredPictures(self.working.database)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def _edit(self) -> Iterator[Session]:
        """One verb = one transaction on the working copy, committed before listeners hear;
        inside `step()`, the verb's writes wait for the step's end."""
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        self._journal_leftover()
        if self._open_step is not None and self._open_step.failed:
            raise InvalidEditError("step_refused")
        try:
            yield self.session
            self.session.flush()
            if self._open_step is None:
                recorded = take_recorded(self.session.connection())
                self.session.commit()
                self._recorded = recorded
        except IntegrityError as error:
            self._abandon()
            raise InvalidEditError("value_not_allowed", detail=_constraint(error)) from error
        except StatementError as error:
            self._abandon()
            raise InvalidEditError("value_not_allowed", detail=str(error.orig)) from error
        except BaseException:
            self._abandon()
            raise

    def _abandon(self) -> None:
        """A verb failed: its transaction (and, inside `step()`, the whole step's) is undone."""
        self.session.rollback()
        if self._open_step is not None:
            self._open_step.failed = True

    def _emit(self, change: Change) -> Change:
        """Record the verb's step in the journal and tell the listeners, once, if it changed
        anything; inside `step()`, keep it for the step's end."""
        if self._open_step is not None:
            self._open_step.changes.append(change)
            return change
        rows, self._recorded = self._recorded, ()
        if not rows:
            return change
        label = label_for(change.verb, rows, _subject(change))
        step = self._record(label, rows, None)
        change = replace(change, rows=rows, label=label, step=step)
        self._tell(change)
        return change

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _journal_leftover(self) -> None:
        """Rows a verb committed without emitting (never ours) still enter the history."""
        if self._recorded and self._open_step is None:
            rows, self._recorded = self._recorded, ()
            self._record(StepLabel.of("edit"), rows, None)

    def _record(self, label: StepLabel, rows: tuple[RowChange, ...], merge: str | None) -> int:
        step, _merged = self.journal.record(label, rows, merge)
        self.journal.accumulate(rows)
        self._mark_modified()
        return step.id

    def _mark_modified(self) -> None:
        self.working.mark(self.journal.head_id() != self.journal.saved_head)

    # -- steps, undo and redo ------------------------------------------------------------

    @contextmanager
    def step(self, label: StepLabel | None = None, merge: str | None = None) -> Iterator[None]:
        """Make one step of every verb called inside: one transaction, one undo, one `Change`
        for the listeners. `merge`: a step with the same key as the last one joins it (typing
        into one field is one step). If a verb inside fails, the whole step is undone."""
        if self._open_step is not None:  # a step inside a step is part of it
            yield
            return
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        self._journal_leftover()
        opened = self._open_step = _OpenStep(label, merge)
        try:
            yield
            if opened.failed:
                raise InvalidEditError("step_refused")
            self.session.flush()
            rows = take_recorded(self.session.connection())
            self.session.commit()
        except IntegrityError as error:
            self._open_step = None
            self._abandon()
            raise InvalidEditError("value_not_allowed", detail=_constraint(error)) from error
        except BaseException:
            self._open_step = None
            self._abandon()
            raise
        finally:
            self._open_step = None
        if not rows:
            return
        verbs = [c.verb for c in opened.changes]
        first = opened.changes[0] if opened.changes else None
        step_label = opened.label or label_for(
            first.verb if first else "edit", rows, _subject(first) if first else None
        )
        step = self._record(step_label, rows, opened.merge_key)
        verb = verbs[0] if len(verbs) == 1 else "step"
        change = change_of_rows(verb, rows, step_label, "do", step)
        snapshots = [c.snapshot for c in opened.changes if c.snapshot is not None]
        if len(snapshots) == 1:
            change = replace(change, snapshot=snapshots[0])
        self._tell(change)

    def clear_history(self, as_saved: bool = False) -> None:
        """Start the history here; the map itself stays as it is, and so does whether it has
        unsaved changes, unless `as_saved`: then the map as it is counts as unmodified (a new
        map a script has just built, as `new` does for a template)."""
        modified = self.modified and not as_saved
        self.journal.clear()
        self.journal.mark_saved(-1 if modified else 0)
        self._mark_modified()

    @property
    def can_undo(self) -> bool:
        return not self.read_only and self.journal.head() is not None

    @property
    def can_redo(self) -> bool:
        return not self.read_only and self.journal.next_redo() is not None

    def history(self) -> list[StepInfo]:
        """The steps that can be undone (oldest first), then those that can be redone."""
        return self.journal.steps()

    def undo(self) -> Change | None:
        """Take back the last step; returns what changed (None when there is nothing to undo)."""
        return self._move_in_history(self.journal.head(), backwards=True)

    def redo(self) -> Change | None:
        """Do again the last step undone (None when there is nothing to redo)."""
        return self._move_in_history(self.journal.next_redo(), backwards=False)

    def _move_in_history(self, step: StepInfo | None, backwards: bool) -> Change | None:
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        if self._open_step is not None:
            raise InvalidEditError("step_under_way")
        self._journal_leftover()
        if step is None:
            return None
        try:
            connection = self.session.connection()
            replay_rows(connection, self.journal.rows(step.id), backwards)
            rows = take_recorded(connection)
            self.session.commit()
        except (HistoryError, IntegrityError, StatementError) as error:
            self.session.rollback()
            self.journal.clear()
            self._mark_modified()
            raise InvalidEditError("history_cleared") from error
        finally:
            self.session.expunge_all()
        self.journal.mark(step.id, undone=backwards)
        self.journal.accumulate(rows)
        self._mark_modified()
        origin = "undo" if backwards else "redo"
        change = change_of_rows(origin, rows, step.label, origin, step.id)
        self._tell(change)
        return change

    def state(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every journaled row of the map as plain images, by table and id (what a merge or a
        version compares)."""
        self.session.flush()
        return read_state(self.session.connection())

    def apply_state(
        self,
        state: dict[str, dict[str, Any]],
        label: StepLabel,
        current: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        """Make the map equal to `state` (a merge's result, an older version) in one step:
        rows added, changed and removed as the difference says, undone with one undo.
        `current`: the map's `state()` just read, if the caller has it (spares reading it)."""
        with self.step(label):
            with self._edit() as session:
                connection = session.connection()
                now = read_state(connection) if current is None else current
                replay_rows(connection, state_difference(now, state), False)
            self.session.expunge_all()
            self._emit(Change("apply_state"))

    def _check_history(self) -> None:
        """After recovery: the last step must be what the working copy holds, or a crash came
        between the edit and its record; then the history starts again (nothing is lost)."""
        head = self.journal.head()
        if head is None:
            return
        try:
            done = [row.inverse() for row in self.journal.rows(head.id)]
            check_current(self.session.connection(), done)  # as the step left them
        except HistoryError:
            self.journal.clear()
            self.journal.forget_since()
        finally:
            self.session.rollback()

    # -- saving --------------------------------------------------------------------------

    def save(self, label: str = "") -> None:
        """Write the document to its own file, recording a version (named `label`, if given);
        an untitled document needs `save_as`."""
        if self.path is None:
            raise SaveError("Untitled map", "it has no file yet; use Save As")
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        if self.working.upgraded_from is not None:
            self._keep_pre_upgrade_original()
        self._write_version(self.path, label)
        self.journal.mark_saved()
        self.working.mark(False, self.path)

    def save_as(self, path: Path | str, label: str = "") -> None:
        """Write to a new file and continue editing that one; the old file is not touched."""
        target = Path(path).absolute()
        if self.path is not None and target == self.path and not self.read_only:
            self.save(label)
            return
        lock = FileLock(target)
        if not lock.acquire() and not target.parent.is_dir():
            raise SaveError(target, "its folder does not exist")
        try:
            self._write_version(target, label)
        except BaseException:
            lock.release()
            raise
        if self._lock is not None:
            self._lock.release()
        self._lock = lock if lock.held else None
        self.path, self.read_only = target, False
        self.working.upgraded_from = None
        self.journal.mark_saved()
        self.working.mark(False, target)

    def _keep_pre_upgrade_original(self) -> None:
        """Before an upgraded file is first overwritten, keep the original beside it."""
        assert self.path is not None
        version = self.working.upgraded_from
        backup = self.path.with_name(
            f"{self.path.stem} (format {version} backup){self.path.suffix}"
        )
        if self.path.exists() and not backup.exists():
            try:
                shutil.copy2(self.path, backup)
            except OSError as error:
                raise SaveError(self.path, _reason(error)) from error
        self.working.upgraded_from = None

    def _write_version(self, target: Path, label: str) -> None:
        """Record a version, then write the file; a failed write leaves no version."""
        version = self._prepare_version(label)
        try:
            self._write(target)
        except BaseException:
            self._drop_version(version)
            raise
        self._version_saved(version)

    def _write(self, target: Path) -> None:
        """Whole new file beside `target`, synced, then swapped in by one rename."""
        scratch = target.with_name(f".{target.name}.saving")
        try:
            scratch.unlink(missing_ok=True)
            self.session.commit()
            connection = self._engine.raw_connection()
            try:
                driver = connection.driver_connection
                assert driver is not None
                driver.execute("VACUUM INTO ?", (str(scratch),))
            finally:
                connection.close()
            _finish_saved_copy(scratch)
            _check_limits(scratch, target)  # never write a map Parcours would refuse to open
            _fsync(scratch)
            scratch.replace(target)
            _fsync(target.parent)
        except (OSError, sqlite3.Error, LimitError) as error:
            with suppress(OSError):
                scratch.unlink(missing_ok=True)
            if isinstance(error, LimitError):
                raise SaveError(target, error.problem) from error
            vanished = not target.parent.is_dir()
            reason = "its folder is gone" if vanished else _reason(error)
            raise SaveError(target, reason) from error

    def close(self) -> None:
        """Forget the working copy (the caller has saved or chosen to discard); never raises,
        whatever became of the disk, the folder or the lock (closing is what is left to do)."""
        with suppress(Exception):
            self.session.close()
        with suppress(Exception):
            self._engine.dispose()
        with suppress(Exception):
            self.journal.close()
        self.working.discard()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def detach(self) -> None:
        """Let go of the files without discarding edits (they stay recoverable)."""
        self.session.close()
        self._engine.dispose()
        self.journal.close()


def _subject(change: Change) -> tuple[str, str] | None:
    """The element a verb acted on: the first its change names."""
    refs = change.added or change.updated or change.removed
    return refs[0] if refs else None


def _configure_working_connection(connection: sqlite3.Connection, _record: Any) -> None:
    fileformat.harden(connection, attached=1)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    install_recorder(connection)


def _load_into(path: Path, working: WorkingCopy) -> int | None:
    """Copy and validate `path` into the working copy; return the old version if upgraded."""
    incoming = working.folder / "incoming.cjm"
    neighbours.copy_map(path, incoming)
    version = fileformat.validate_structure(incoming, path)
    if version == fileformat.FORMAT_VERSION:
        incoming.replace(working.database)
        upgraded_from = None
    else:
        try:
            migrations.upgrade(incoming, working.database, version)
        except sqlite3.Error as error:
            raise InvalidFileError(
                path, "it could not be upgraded to the current format"
            ) from error
        incoming.unlink()
        upgraded_from = version
    fileformat.validate_values(working.database, path)
    return upgraded_from


def _check_limits(saved: Path, target: Path) -> None:
    """The file about to replace `target` is within every limit (it is ours: no other check)."""
    limits.check_file_size(saved.stat().st_size, target)
    connection = fileformat.open_untrusted(saved)
    try:
        limits.check_counts(connection, target)
        limits.check_text_total(fileformat.written_characters(connection), target)
    finally:
        connection.close()


def _finish_saved_copy(path: Path) -> None:
    """Turn a fresh `VACUUM INTO` copy into a file fit to travel: no WAL, no unused photos."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        unused = connection.execute(
            "DELETE FROM asset WHERE sha256 NOT IN (SELECT asset_sha256 FROM evidence WHERE "
            "asset_sha256 IS NOT NULL UNION SELECT photo_sha256 FROM persona WHERE "
            "photo_sha256 IS NOT NULL)"
        ).rowcount
        if unused:
            connection.execute("VACUUM")
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    if os.name == "nt" and path.is_dir():
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _reason(error: BaseException) -> str:
    """One plain phrase for why a file operation failed."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    full = getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    if full or code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "full" in text:
        return "the disk is full"
    if (
        code in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "readonly" in text
        or "read-only" in text
    ):
        return "the folder is read-only or you lack permission to write there"
    if code == errno.ENOENT:
        return "the folder does not exist"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return "the disk could not be written"


def _constraint(error: IntegrityError) -> str:
    text = str(error.orig)
    return text.split(": ", 1)[-1] if ": " in text else text
