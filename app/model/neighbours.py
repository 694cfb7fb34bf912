"""What lies at a map's path, and beside it, before a byte of it is copied.

`path.is_file()` said "the file does not exist" for a FIFO or a device (and copying a FIFO
would wait forever), and a map whose folder was removed read as a disk failure: each case now
has its own sentence. A `-wal` or `-journal` file beside a map means another program left the
map open or crashed while writing it: the map alone may miss committed changes (WAL) or be
half written (journal), so it is not opened as if they did not exist; the user chooses
(`JourneyDocument.open(..., without_sidecars=True)`) or keeps the file closed. The copy into
the working copy reads what was checked: a regular file, opened without blocking, never more
than the size limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from . import limits
from .errors import InvalidFileError, SidecarError

SIDECARS = ("-wal", "-journal")
"""SQLite's files beside a database that hold its data (`-shm` is only an index of the WAL)."""


def check_source(path: Path) -> os.stat_result:
    """Refuse anything at `path` but a regular file within the size limit; say what it is."""
    try:
        status = path.stat()
    except FileNotFoundError as error:
        problem = "the file does not exist" if path.parent.is_dir() else "its folder is gone"
        raise InvalidFileError(path, problem) from error
    except NotADirectoryError as error:
        raise InvalidFileError(path, "its folder is gone") from error
    except OSError as error:
        raise InvalidFileError(path, f"it cannot be read ({error.strerror})") from error
    mode = status.st_mode
    if not stat.S_ISREG(mode):
        raise InvalidFileError(path, _what_else(mode))
    limits.check_file_size(status.st_size, path)
    return status


def _what_else(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


def check_sidecars(path: Path) -> None:
    """Refuse to open `path` as if its `-wal` or `-journal` file (with data) did not exist."""
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        try:
            size = sidecar.lstat().st_size
        except OSError:
            continue
        if size > 0:
            raise SidecarError(path, sidecar.name)


def copy_map(path: Path, target: Path) -> None:
    """Copy the regular file at `path` to `target`, refusing what changed since it was checked
    (a FIFO swapped in does not block: it is opened non-blocking and found not regular), and
    reading at most one byte past the size limit."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise InvalidFileError(path, f"it cannot be read ({error.strerror})") from error
    with open(descriptor, "rb", buffering=0) as source:  # noqa: PTH123 (a descriptor)
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise InvalidFileError(path, _what_else(status.st_mode))
        limits.check_file_size(status.st_size, path)
        left = limits.MAX_FILE_BYTES + 1
        with target.open("xb") as copy:
            while left:
                try:
                    chunk = source.read(min(_CHUNK, left))
                except OSError as error:
                    raise InvalidFileError(path, f"it cannot be read ({error.strerror})") from error
                if not chunk:
                    break
                try:
                    copy.write(chunk)
                except OSError as error:
                    problem = f"there is no room for its working copy ({error.strerror})"
                    raise InvalidFileError(path, problem) from error
                left -= len(chunk)
    if not left:  # it grew past the limit while being copied
        limits.check_file_size(limits.MAX_FILE_BYTES + 1, path)


_CHUNK = 4 * 1024 * 1024
