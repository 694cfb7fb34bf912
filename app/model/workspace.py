"""Where an open map really lives while it is edited: a working copy on local disk.

Every edit is committed to the working copy at once, so a crash or a kill loses at most the
edit in flight; the user's file (maybe on a USB stick or a share, where SQLite's locking and
syncing cannot be trusted) is only ever replaced whole by Save. (The lock file beside the
user's file is lock.py's.)
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .lock import boot_id, process_alive, process_started

WORKING_DATABASE = "map.cjm"
SESSION_INFO = "session.json"


def data_dir() -> Path:
    """Per-user folder for working copies (PARCOURS_DATA_DIR overrides it, for tests)."""
    override = os.environ.get("PARCOURS_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Parcours", appauthor=False))


def session_alive(info: dict) -> bool:
    """Whether the process that wrote a session's info still runs (not merely its pid: a pid
    may since belong to another program, or the machine may have restarted)."""
    if info.get("host") != socket.gethostname():
        return False
    boot = info.get("boot")
    if boot is not None and boot_id() is not None and boot != boot_id():
        return False
    pid = int(info["pid"])
    if not process_alive(pid):
        return False
    started, now_started = info.get("started"), process_started(pid)
    return started is None or now_started is None or started == now_started


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
            "started": process_started(os.getpid()),
            "boot": boot_id(),
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
            alive = session_alive(info)
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
