"""The document's side of lineage: each Save records a version, opening checks the history.

The changes since the last version are kept by the journal (`Journal.accumulate`: every step
done, undone or redone is folded in), so a Save writes them without comparing whole maps. A
history that fails its checks is dropped from the working copy, with `history_notice` saying
so; the map itself opens as usual.

Opening checks the history's rows, parents and cycles (cheap); walking every version's changes
(`Lineage.check_applies`, 50-100 ms after a year of weekly saves on the workshop map) waits
until something uses the history (`check_history`: reading `history_notice`, `lineage()`, a
Save, a merge), which the editor asks for right after its first paint. Edits made before then
are taken back in memory for the check, so it sees the rows of the version the map was opened as.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import fileformat, lineage
from .errors import InvalidFileError, SaveError, shown_name
from .journal import TABLES, UNKNOWN, Journal
from .lineage import Lineage, LineageError, Run, State, Version
from .workspace import WorkingCopy


class VersionsMixin:
    """History of saved versions; `JourneyDocument` provides the session, journal and files."""

    session: Session
    journal: Journal
    path: Path | None
    author_name: str
    working: WorkingCopy
    _history_notice: str | None
    _history_unchecked: bool
    _history_shown_as: Path | str

    def _write(self, target: Path) -> None:
        raise NotImplementedError

    def _run(self) -> lineage.Run:
        connection: Connection = self.session.connection()

        def run(sql: str, params: tuple[Any, ...]) -> list[Any]:
            result = connection.exec_driver_sql(sql, params)
            return list(result.all()) if result.returns_rows else []

        return run

    # -- reading

    def lineage(self) -> Lineage:
        """The versions this map holds (checked); its head is the version the map was last
        saved or opened as (None when it has none)."""
        self.check_history()
        found = lineage.load(self._run())
        head = self.head_version
        found.head = head if head in found.versions else None
        return found

    def versions(self) -> list[Version]:
        """Every version, the latest saved first."""
        return sorted(self.lineage().versions.values(), key=lambda v: v.seq, reverse=True)

    @property
    def head_version(self) -> str | None:
        """The version the map was last saved (or opened) as; None for a map with no history."""
        since = self.journal.since
        return None if since == UNKNOWN else since

    @property
    def history_notice(self) -> str | None:
        """Why the file's version history was left out, in one sentence (None when it is kept
        or the map has none); reading it checks the history first."""
        self.check_history()
        return self._history_notice

    def _adopt_history(self, database: Path, shown_as: Path) -> None:
        """On opening: check the history's rows, parents and cycles; keep it (its changes are
        walked later, by `check_history`), or drop it with one sentence.

        A plain connection of its own: the session's first connection (which installs the
        journal's triggers) is not needed to open a map."""
        self._history_shown_as = shown_as
        try:
            with closing(fileformat.open_untrusted(database)) as connection:
                head = lineage.load(connection.execute).head
        except (LineageError, sqlite3.Error) as error:
            self._drop_history(database, error)
            head = None
        self._history_unchecked = head is not None
        self.journal.start_from(head)

    def check_history(self) -> None:
        """Walk the changes of every version once, from the rows of the version the map was
        opened as (edits since then taken back); an inconsistent history is dropped from the
        working copy, with `history_notice` saying why, and the map goes on without it."""
        if not self._history_unchecked:
            return
        self._history_unchecked = False
        run = self._run()
        try:
            found = lineage.load(run)
            head = self.head_version
            found.head = head if head in found.versions else None
            found.check_applies(lambda keys: self._rows_as_opened(run, keys))
        except (LineageError, sqlite3.Error, DBAPIError) as error:
            self.session.rollback()
            self._drop_history(self.working.database, error)
            self.journal.start_from(None)
        else:
            self.session.rollback()  # nothing written: end the read

    def _rows_as_opened(self, run: Run, keys: dict[str, set[str]]) -> State:
        """The rows of `keys` as the version the map was opened (or last saved) as holds them."""
        state = read_rows(run, keys)
        for row in self.journal.unsaved():
            if row.key in keys.get(row.table, ()):
                if row.before is None:
                    state[row.table].pop(row.key, None)
                else:
                    state[row.table][row.key] = dict(row.before)
        return state

    def _drop_history(self, database: Path, error: Exception) -> None:
        try:
            with closing(sqlite3.connect(database, isolation_level=None)) as connection:
                fileformat.harden(connection)
                lineage.clear(connection.execute)
        except sqlite3.Error as failure:
            problem = "the file is damaged (its version history cannot be read)"
            raise InvalidFileError(self._history_shown_as, problem) from failure
        reason = error if isinstance(error, LineageError) else "its rows cannot be read"
        self._history_notice = (
            f"{shown_name(self._history_shown_as)} was opened without its version history, "
            f"which is inconsistent ({reason})."
        )

    # -- saving

    def _prepare_version(self, label: str) -> Version | None:
        """Record in the working copy the version a Save is about to write (None when nothing
        changed since the last one and no label is given)."""
        self.check_history()
        since = self.journal.since
        run = self._run()
        merged = [v for v in self.journal.merged() if v != since]
        rows = self.journal.unsaved()
        if since == UNKNOWN:  # the changes since the last version are lost: start again
            lineage.clear(run)
            since, merged = None, []
        elif since is not None and not rows and not merged and not label:
            self.session.commit()
            return None
        parents = (since, *merged) if since is not None else ()
        version = Version(
            lineage.new_version_id(),
            lineage.next_seq(run),
            lineage.now(),
            self.author_name[:500],
            label[:500],
            parents,
        )
        lineage.write(run, version, lineage.encode(rows) if parents else None)
        self.session.commit()
        return version

    def _drop_version(self, version: Version | None) -> None:
        """The Save failed: the version was not written."""
        if version is not None:
            lineage.remove(self._run(), version.id)
            self.session.commit()

    def _version_saved(self, version: Version | None) -> None:
        if version is not None:
            self.journal.start_from(version.id)

    def save_copy_without_history(self, path: Path | str) -> None:
        """Write the map as it is to `path` with no version history (to send it outside the
        team); the document goes on with its own file and history."""
        target = Path(path).absolute()
        if self.path is not None and target == self.path:
            raise SaveError(target, "a copy without history cannot replace the map itself")
        self._write(target)
        try:
            with closing(sqlite3.connect(target, isolation_level=None)) as connection:
                lineage.clear(connection.execute)
                connection.execute("VACUUM")
        except sqlite3.Error as error:
            raise SaveError(target, "its history could not be removed") from error

    # -- merging

    def import_versions(self, other: Lineage, wanted: Iterable[str]) -> None:
        """Copy versions of another copy's history (what a merge brings) into this one."""
        run = self._run()
        have = self.lineage().versions
        seq = lineage.next_seq(run)
        for version in sorted((other.versions[v] for v in wanted), key=lambda v: v.seq):
            if version.id in have:
                continue
            copied = Version(version.id, seq, version.saved_at, version.author, version.label,
                             version.parents)  # fmt: skip
            lineage.write(run, copied, other.changes[version.id])
            seq += 1
        self.session.commit()


def read_rows(run: lineage.Run, keys: dict[str, set[str]]) -> State:
    """The rows of the given ids as the map holds them, as images (journal.py's form: the
    same values `json_object` gives, read here without building JSON)."""
    state: State = {}
    for table in TABLES:
        wanted = sorted(keys.get(table.name, ()))
        rows = state.setdefault(table.name, {})
        names = [c.name for c in table.columns]
        listed = ", ".join(f'"{name}"' for name in names)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = (
                f'SELECT {listed} FROM "{table.name}" WHERE id IN ({", ".join("?" * len(chunk))})'
            )
            for values in run(query, tuple(chunk)):
                row = dict(zip(names, values, strict=True))
                rows[row["id"]] = row
    return state
