"""The lock file beside a map: who has it open, and nothing a hostile folder can turn against us.

`.NAME.lock` records the host, the process and when it started, the machine's boot, the user
and a token of our own (as office suites do on shared drives). It is created with
`O_CREAT | O_EXCL | O_NOFOLLOW`: never through a symbolic link (which would let a shared
folder make Parcours overwrite any file of the user), never over another lock, never racing a
second Parcours. A lock is judged:

- held by this process (another window), or by a live Parcours on this machine: the map is
  open there (`AlreadyOpenError`); it can still be opened read-only;
- stale, and taken over without a word: its process is gone, or its process id now belongs to
  another program (the recorded start time differs), or the machine rebooted since;
- held on another machine, or a lock Parcours cannot judge (unreadable, a link, a process it
  cannot tell apart): `LockedElsewhereError`, and the user chooses between opening read-only
  and taking the map over.

Releasing removes only our own lock, and never raises: a folder turned read-only or a removed
stick must not stop a document from closing.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import stat
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from .errors import AlreadyOpenError, LockedElsewhereError

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_READ = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_LOCK_BYTES = 4096  # a lock is a few hundred bytes; a bigger one is not ours


def boot_id() -> str | None:
    """This boot of this machine (Linux); a lock from an earlier boot is stale."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip() or None
    except OSError:
        return None


def process_started(pid: int) -> int | None:
    """When process `pid` started, in clock ticks since boot (Linux), or None if unknown.

    With the pid, it names one process: a pid reused by another program has another start."""
    try:
        data = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    fields = data[data.rfind(b")") + 2 :].split()  # the name may hold spaces and brackets
    try:
        return int(fields[19])  # field 22 of proc(5); fields[0] is field 3
    except (IndexError, ValueError):
        return None


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
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
    except (PermissionError, OverflowError):
        return True
    return True


class FileLock:
    """A small file beside the map saying who has it open."""

    _held_here: ClassVar[set[Path]] = set()  # one process-wide registry, on purpose

    def __init__(self, target: Path) -> None:
        self.target = target.absolute()
        with contextlib.suppress(OSError, RuntimeError):
            self.target = self.target.resolve()
        self.path = self.target.with_name(f".{self.target.name}.lock")
        self.held = False
        self._token = uuid.uuid4().hex

    def acquire(self, take_over: bool = False) -> bool:
        """Take the lock; False if it cannot be written (a read-only folder).

        Raises `AlreadyOpenError` if a live Parcours holds it, or `LockedElsewhereError` if
        it is held elsewhere or cannot be judged, unless `take_over` (the user said so)."""
        if self.target in self._held_here:
            raise AlreadyOpenError(self.target, "another Parcours window")
        for _attempt in range(3):  # a stale lock removed, then ours created (or a race lost)
            try:
                descriptor = os.open(self.path, _CREATE, 0o644)
            except FileExistsError:
                holder = self._judge()
                if holder is not None and not take_over:
                    raise holder from None
                if not self._remove_other():
                    return False  # e.g. a folder by that name: the map opens read-only
                continue
            except OSError:
                return False
            if self._write(descriptor):
                self._held_here.add(self.target)
                self.held = True
                return True
            return False
        return False

    def release(self) -> None:
        """Remove our lock (only ours: another Parcours may have taken the map over); never
        raises."""
        if not self.held:
            return
        self.held = False
        self._held_here.discard(self.target)
        with contextlib.suppress(OSError, ValueError):
            if self._read().get("token") == self._token:
                self.path.unlink()

    # -- judging another lock -----------------------------------------------------------------

    def _judge(self) -> AlreadyOpenError | None:
        """Who holds the existing lock: an error to raise, or None when the lock is stale."""
        try:
            info = self._read()
            host, pid = str(info["host"]), int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return LockedElsewhereError(self.target, None)
        user, opened = str(info.get("user", "?")), str(info.get("opened", "?"))
        if host != socket.gethostname():
            return LockedElsewhereError(self.target, host, user, opened)
        boot, started = info.get("boot"), info.get("started")
        if boot is not None and boot_id() is not None and boot != boot_id():
            return None  # written before this machine last started
        if not process_alive(pid):
            return None
        now_started = process_started(pid)
        if started is not None and now_started is not None:
            if started != now_started:
                return None  # the process id was reused by another program
            return AlreadyOpenError(self.target, f"another Parcours window (process {pid})")
        # alive, but nothing tells whether it is the Parcours that wrote the lock
        return LockedElsewhereError(self.target, host, user, opened)

    def _read(self) -> dict[str, Any]:
        """The lock's JSON, read without following a link and without blocking on a FIFO."""
        descriptor = os.open(self.path, _READ)
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise OSError(errno.EINVAL, "not a regular file")
            data = os.read(descriptor, _LOCK_BYTES + 1)
        finally:
            os.close(descriptor)
        if len(data) > _LOCK_BYTES:
            raise ValueError("too large to be a lock")
        info = json.loads(data.decode("utf-8"))
        if not isinstance(info, dict):
            raise ValueError("not a lock")
        return info

    def _remove_other(self) -> bool:
        """Remove a stale lock, or one the user took over (a link is removed, not followed);
        False if it cannot be removed."""
        try:
            if stat.S_ISDIR(self.path.lstat().st_mode):
                return False
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return True

    def _write(self, descriptor: int) -> bool:
        """Fill our freshly created lock; on failure (a full disk) remove it again."""
        pid = os.getpid()
        info = {
            "app": "Parcours",
            "host": socket.gethostname(),
            "pid": pid,
            "started": process_started(pid),
            "boot": boot_id(),
            "opened": datetime.now(UTC).isoformat(timespec="seconds"),
            "token": self._token,
        }
        with contextlib.suppress(Exception):
            info["user"] = getpass.getuser()
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(json.dumps(info).encode("utf-8"))
        except OSError:
            with contextlib.suppress(OSError):
                self.path.unlink()
            return False
        return True
