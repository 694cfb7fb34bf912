"""`JourneyDocument`: one open map file, the one object that owns every write to it.

Opening copies the user's file to a working copy and validates the copy before reading a row;
every verb commits to the working copy at once; Save writes a whole new file beside the target
(`VACUUM INTO`, which also drops deleted photos) and atomically replaces the target.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from . import fileformat, limits, migrations, neighbours
from .changes import Change
from .errors import (
    InvalidEditError,
    InvalidFileError,
    LimitError,
    ReadOnlyDocumentError,
    SaveError,
)
from .lock import FileLock
from .picture_check import StoredPictures
from .picture_store import PictureStore
from .queries import DocumentQueries
from .schema import Project
from .verbs_cards import CardVerbs
from .verbs_evidence import EvidenceVerbs
from .verbs_structure import StructureVerbs
from .workspace import RecoverableWork, WorkingCopy, adopt

Listener = Callable[[Change], None]


class JourneyDocument(StructureVerbs, CardVerbs, EvidenceVerbs, DocumentQueries):
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
        return cls(working, path, read_only, lock if lock.held else None)

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
        return cls(working, work.origin, False, lock)

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
        """One verb = one transaction on the working copy, committed before listeners hear."""
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        try:
            yield self.session
            self.session.commit()
        except IntegrityError as error:
            self.session.rollback()
            raise InvalidEditError(f"That value is not allowed ({_constraint(error)}).") from error
        except StatementError as error:
            self.session.rollback()
            raise InvalidEditError(f"That value is not allowed ({error.orig}).") from error
        except BaseException:
            self.session.rollback()
            raise
        if not self.working.dirty:
            self.working.mark(True)

    def _emit(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Write the document to its own file; an untitled document needs `save_as`."""
        if self.path is None:
            raise SaveError("Untitled map", "it has no file yet; use Save As")
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        if self.working.upgraded_from is not None:
            self._keep_pre_upgrade_original()
        self._write(self.path)
        self.working.mark(False, self.path)

    def save_as(self, path: Path | str) -> None:
        """Write to a new file and continue editing that one; the old file is not touched."""
        target = Path(path).absolute()
        if self.path is not None and target == self.path and not self.read_only:
            self.save()
            return
        lock = FileLock(target)
        if not lock.acquire() and not target.parent.is_dir():
            raise SaveError(target, "its folder does not exist")
        try:
            self._write(target)
        except BaseException:
            lock.release()
            raise
        if self._lock is not None:
            self._lock.release()
        self._lock = lock if lock.held else None
        self.path, self.read_only = target, False
        self.working.upgraded_from = None
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

    def _write(self, target: Path) -> None:
        """Whole new file beside `target`, synced, then swapped in by one rename."""
        scratch = target.with_name(f".{target.name}.saving")
        try:
            scratch.unlink(missing_ok=True)
            self.session.commit()
            connection = self._engine.raw_connection()
            try:
                connection.driver_connection.execute("VACUUM INTO ?", (str(scratch),))
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
        self.working.discard()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def detach(self) -> None:
        """Let go of the files without discarding edits (they stay recoverable)."""
        self.session.close()
        self._engine.dispose()


def _configure_working_connection(connection: sqlite3.Connection, _record: Any) -> None:
    fileformat.harden(connection, attached=1)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")


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
