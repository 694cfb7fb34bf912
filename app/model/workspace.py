"""Where an open map really lives while it is edited: a working copy on local disk.

Every edit is committed to the working copy at once, so a crash or a kill loses at most the
edit in flight; the user's file (maybe on a USB stick or a share, where SQLite's locking and
syncing cannot be trusted) is only ever replaced whole by Save. A lock file beside the user's
file tells other Parcours windows and machines that it is open.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import shutil
import socket
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import AlreadyOpenError

WORKING_DATABASE = "map.cjm"
SESSION_INFO = "session.json"


def data_dir() -> Path:
    """Per-user folder for working copies (PARCOURS_DATA_DIR overrides it, for tests)."""
    override = os.environ.get("PARCOURS_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Parcours", appauthor=False))


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would terminate the process there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class WorkingCopy:
    """One open document's folder: the working database and what to recover it as."""

    folder: Path
    origin: Path | None = None
    dirty: bool = False
    upgraded_from: int | None = None

    @property
    def database(self) -> Path:
        return self.folder / WORKING_DATABASE

    @classmethod
    def create(cls, origin: Path | None) -> WorkingCopy:
        folder = data_dir() / "working" / uuid.uuid4().hex
        folder.mkdir(parents=True)
        copy = cls(folder, origin)
        copy.write_info()
        return copy

    def write_info(self) -> None:
        info = {
            "origin": str(self.origin) if self.origin else None,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "dirty": self.dirty,
            "upgraded_from": self.upgraded_from,
            "updated": _now(),
        }
        scratch = self.folder / (SESSION_INFO + ".new")
        scratch.write_text(json.dumps(info), "utf-8")
        scratch.replace(self.folder / SESSION_INFO)

    def mark(self, dirty: bool, origin: Path | None = None) -> None:
        if origin is not None:
            self.origin = origin
        if dirty != self.dirty or origin is not None:
            self.dirty = dirty
            self.write_info()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class RecoverableWork:
    """Edits left in a working copy by a Parcours that ended without saving them."""

    folder: Path
    origin: Path | None
    updated: str


def recoverable_work() -> list[RecoverableWork]:
    """Working copies whose process is gone: unsaved ones are offered, clean ones removed."""
    found = []
    root = data_dir() / "working"
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            info = json.loads((folder / SESSION_INFO).read_text("utf-8"))
            alive = info["host"] == socket.gethostname() and _process_alive(int(info["pid"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if alive:
            continue
        if info.get("dirty") and (folder / WORKING_DATABASE).is_file():
            origin = Path(info["origin"]) if info.get("origin") else None
            found.append(RecoverableWork(folder, origin, str(info.get("updated", ""))))
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return found


def adopt(work: RecoverableWork) -> WorkingCopy:
    """Take over a dead session's working copy as this process's own."""
    info = json.loads((work.folder / SESSION_INFO).read_text("utf-8"))
    copy = WorkingCopy(work.folder, work.origin, True, info.get("upgraded_from"))
    copy.write_info()
    return copy


class FileLock:
    """A small file beside the map saying who has it open (as office suites do on shares)."""

    _held_here: set[Path] = set()  # noqa: RUF012  (one process-wide registry, on purpose)

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.path = self.target.with_name(f".{self.target.name}.lock")
        self.held = False

    def holder(self) -> str | None:
        """Who else has the file open, or None when nobody alive does."""
        if self.target in self._held_here:
            return "another Parcours window"
        try:
            info = json.loads(self.path.read_text("utf-8"))
            host, pid = str(info["host"]), int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if host == socket.gethostname():
            return f"another Parcours window (process {pid})" if _process_alive(pid) else None
        return (
            f"Parcours on {host} (opened by {info.get('user', '?')} at {info.get('opened', '?')})"
        )

    def acquire(self) -> bool:
        """Take the lock; False if it cannot be written (read-only folder). Raises if held."""
        holder = self.holder()
        if holder:
            raise AlreadyOpenError(self.target, holder)
        info = {"host": socket.gethostname(), "pid": os.getpid(), "opened": _now()}
        with contextlib.suppress(Exception):
            info["user"] = getpass.getuser()
        try:
            self.path.write_text(json.dumps(info), "utf-8")
        except OSError:
            return False
        self._held_here.add(self.target)
        self.held = True
        return True

    def release(self) -> None:
        if self.held:
            self._held_here.discard(self.target)
            self.path.unlink(missing_ok=True)
            self.held = False
