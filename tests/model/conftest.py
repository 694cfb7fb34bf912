"""Fixtures shared by the model tests: disks that fill up."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, str, str]]:
    """A folder where a save runs out of space: a 320 KiB tmpfs when we are root, else a
    64 KiB per-file limit (RLIMIT_FSIZE) in the saving process, which SQLite reports as a
    write error. Yields (folder, child setup, expected reason)."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if os.geteuid() != 0:
        yield (
            folder,
            (
                "import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
                "resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))"
            ),
            "the disk could not be written",
        )
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(folder)], check=True)
    try:
        yield folder, "pass", "the disk is full"
    finally:
        subprocess.run(["umount", str(folder)], check=True)
