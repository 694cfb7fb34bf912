"""Verdicts on stored pictures kept between runs, so that a picture is decoded once per
machine rather than once per process.

Checking a stored picture (picture_check.py) decodes it: about 16 ms of CPU for a 2400 x 1600
photo, 1.6 s for the workshop map's 100, paid again by every `parcours export` and every time
the editor opens the map (a third of a command-line export). A verdict depends only on the
picture's bytes and on the rules that judged them. The bytes are named by their SHA-256, which
`checked` computes again at every use, so a verdict found here only ever applies to the very
bytes that were checked; the rules are named by a fingerprint of the checking code (compiled
functions and constants, which a standalone bundle carries too) and of Pillow's decoders, so
new rules start a new file.

The file lives in the user's data folder, trusted as the user's own settings are: a map is
what is untrusted, and nothing a map holds decides what is written here (its keys are hashes
Parcours computed; its verdicts come from Parcours's own checks). It is only ever a shortcut:
unreadable, damaged, too large, on a full disk or in a read-only folder, it is ignored and
pictures are checked as before.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from pathlib import Path
from types import CodeType, FunctionType, ModuleType

from .workspace import data_dir

FOLDER = "picture-verdicts"
MAX_BYTES = 3_200_000
"""About 20,000 verdicts (as many as a process keeps); a larger file is started again."""

_LINE = re.compile(
    r"([0-9a-f]{64})\t([0-9a-f]{64})\t(image/(?:jpeg|png))\t([1-9]\d{0,4})x([1-9]\d{0,4})\t(ok|\d)"
)
_HASH = re.compile(r"[0-9a-f]{64}")

Key = tuple[str, str]
"""A verdict's key: the picture's SHA-256, then its thumbnail's, media type and size."""
Keep = Callable[[Key, "str | None"], None]
"""Takes a kept verdict: a refusal's template, or None when the picture passed."""


def verdict_key(sha256: str, thumbnail: str, media_type: str, width: object, height: object) -> Key:
    """What a verdict depends on besides the rules: the hashes of the picture and of its
    thumbnail, and what the row claims of them (a verdict on other claims is another one)."""
    return (sha256, f"{thumbnail}{media_type}{width}x{height}")


@cache
def rules() -> str:
    """A fingerprint of what judges a picture: the code and constants of the checking modules
    and the versions of Pillow and of its JPEG and zlib decoders."""
    from PIL import Image, features

    from . import picture_check, pictures

    parts = [_code_of(picture_check), _code_of(pictures), str(Image.MAX_IMAGE_PIXELS).encode()]
    parts += [str(features.version(name)).encode() for name in ("pil", "jpg", "zlib")]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:20]


_CONSTANTS = (int, float, str, bytes, tuple, set, frozenset)


def _code_of(module: ModuleType) -> bytes:
    """A module's functions (their compiled code) and plain constants, in name order."""
    parts = []
    for name, value in sorted(vars(module).items()):
        if isinstance(value, FunctionType) and value.__module__ == module.__name__:
            parts.append(name.encode() + b"=" + _stable(value.__code__))
        elif isinstance(value, _CONSTANTS) and not name.startswith("__"):
            parts.append(name.encode() + b"=" + _stable(value))
    return b"\0".join(parts)


def _stable(value: object) -> bytes:
    """`value` as the same bytes in every process (`marshal` writes references, and set order
    follows string hashing, both of which vary)."""
    if isinstance(value, CodeType):
        inner = [value.co_code, *map(str.encode, value.co_names + value.co_varnames)]
        return b"\1".join([*inner, *map(_stable, value.co_consts)])
    if isinstance(value, set | frozenset):
        return b"{" + b"\2".join(sorted(map(_stable, value))) + b"}"
    if isinstance(value, tuple):
        return b"(" + b"\2".join(map(_stable, value)) + b")"
    return repr(value).encode()


class VerdictFile:
    """The verdicts kept in the current data folder: read once per folder, appended to after
    each new check (until a write fails, then no more for that folder in this process)."""

    def __init__(self, templates: tuple[str, ...]) -> None:
        self._templates = templates  # a refusal is kept as its place among these
        self._lock = threading.Lock()
        self._read_from: Path | None = None
        self._broken: set[Path] = set()

    def path(self) -> Path:
        return data_dir() / FOLDER / f"{rules()}.tsv"

    def read_into(self, keep: Keep) -> None:
        """Hand each of the file's verdicts to `keep` (once per data folder)."""
        path = self.path()
        with self._lock:  # the other checking threads wait: the file is read once
            if path == self._read_from or path in self._broken:
                return
            self._read_from = path
            try:
                if path.stat().st_size > MAX_BYTES:
                    path.unlink()
                    return
                text = path.read_text("ascii", errors="replace")
            except OSError:
                return  # none yet, or unreadable: every picture is checked
            for line in text.splitlines():
                found = _LINE.fullmatch(line)
                if found is None:
                    continue  # a line cut short by a full disk, or not ours
                sha256, thumbnail, media_type, width, height, verdict = found.groups()
                key = verdict_key(sha256, thumbnail, media_type, width, height)
                if verdict == "ok":
                    keep(key, None)
                elif int(verdict) < len(self._templates):
                    keep(key, self._templates[int(verdict)])

    def add(
        self,
        sha256: str,
        thumbnail: str,
        media_type: str,
        size: tuple[int, int],
        refusal: str | None,
    ) -> None:
        """Keep one verdict: one line appended in one write (whole lines, even when several
        processes check pictures at once)."""
        if not (_HASH.fullmatch(sha256) and _HASH.fullmatch(thumbnail)):
            return
        if media_type not in ("image/jpeg", "image/png") or not all(0 < n < 100_000 for n in size):
            return  # a row's claims that no line could hold: checked again next time
        verdict = "ok" if refusal is None else str(self._templates.index(refusal))
        line = f"{sha256}\t{thumbnail}\t{media_type}\t{size[0]}x{size[1]}\t{verdict}\n"
        path = self.path()
        if path in self._broken:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(descriptor, line.encode("ascii"))
            finally:
                os.close(descriptor)
        except OSError:
            self._broken.add(path)  # read-only or full: checks go on, unremembered

    def forget(self) -> None:
        """Remove the current folder's file (for tests and benchmarks of a first check)."""
        path = self.path()
        with self._lock:
            self._read_from = None
        with suppress(OSError):
            path.unlink(missing_ok=True)
