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

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

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
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise InvalidFileError(path, _what_else(status.st_mode))
        limits.check_file_size(status.st_size, path)
        copied = 0
        with target.open("xb") as copy:
            while copied <= limits.MAX_FILE_BYTES:
                room = limits.MAX_FILE_BYTES + 1 - copied
                try:
                    count = _copy_some(descriptor, copy, copied, room)
                except OSError as error:
                    full = error.errno in (errno.ENOSPC, errno.EDQUOT)
                    problem = (
                        "there is no room for its working copy" if full else "it cannot be read"
                    )
                    raise InvalidFileError(path, f"{problem} ({error.strerror})") from error
                if not count:
                    break
                copied += count
    finally:
        os.close(descriptor)
    limits.check_file_size(copied, path)  # it may have grown while being copied


_CHUNK = 4 * 1024 * 1024


def _copy_some(source: int, copy: BinaryIO, offset: int, most: int) -> int:
    """Copy up to `most` bytes from `source` at `offset` to the end of `copy`; how many.

    sendfile where the system has it (the kernel copies: 44 ms for the 64 MB workshop map,
    against 65 ms through Python), else read and write."""
    if hasattr(os, "sendfile"):
        copy.flush()
        return os.sendfile(copy.fileno(), source, offset, min(most, _CHUNK * 64))
    chunk = os.pread(source, min(_CHUNK, most), offset)
    copy.write(chunk)
    return len(chunk)
