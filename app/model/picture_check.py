"""Stored pictures are untrusted: each is checked before the canvas or a writer uses its bytes.

Photo intake cleans every picture that enters a map through Parcours, but a map built by
another program can store anything in its `asset` table: a decompression bomb, random bytes,
a JPEG whose EXIF says where it was taken. Before a picture's bytes are decoded, embedded or
copied, `checked` makes sure they are what intake would have stored: they hash to their key,
they are a JPEG or PNG as their media type says, of the size the row declares and within our
limits, they carry no metadata (no EXIF, XMP, ICC profile, comment, text chunk or trailing
data) and they decode under the intake's guards. The thumbnail is checked the same way.

A picture that fails is a `PictureRefusal`, never an exception: the poster and the canvas
draw a marked placeholder in its place and the user is told, once, whose picture was left
out. Checking costs about 16 ms a photo (a JPEG decoded at 1/8 scale: libjpeg still reads
every coefficient), so verdicts are kept by content hash, in memory and in a file of the
user's data folder (verdict_file.py): the same bytes are checked once per machine, and later
uses only hash them again (0.5 ms).
Pure Python and Pillow, thread-safe, no Qt.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import sqlite3
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .fileformat import harden
from .pictures import OPEN_LOCK, THUMBNAIL_SIDE
from .verdict_file import VerdictFile, verdict_key

if TYPE_CHECKING:
    from .document import JourneyDocument
    from .snapshot import JourneySnapshot

MAX_STORED_SIDE = 4096
"""Longest side of a stored picture (intake stores 2400 px): 16 megapixels at most."""
MAX_THUMBNAIL_SIDE = 2 * THUMBNAIL_SIDE
MAX_STORED_BYTES = 50_000_000
"""As the schema's CHECK on `asset.data`."""

# Why a stored picture is refused; `%1` names the element that shows it (e.g. card “Visit”).
# The editor translates these templates (see app/ui/messages.py).
DROPPED_DAMAGED = "The picture of %1 was left out: it is damaged or not a picture Parcours stores."
DROPPED_ALTERED = "The picture of %1 was left out: its bytes do not match its fingerprint."
DROPPED_METADATA = (
    "The picture of %1 was left out: it carries metadata (such as where it was taken) that "
    "Parcours never stores."
)
DROPPED_TOO_LARGE = "The picture of %1 was left out: it is larger than Parcours stores pictures."
DROPPED_MESSAGES = (DROPPED_DAMAGED, DROPPED_ALTERED, DROPPED_METADATA, DROPPED_TOO_LARGE)


@dataclass(frozen=True)
class CheckedPicture:
    """A stored picture whose bytes passed every check: safe to decode, embed or copy."""

    sha256: str
    media_type: str
    width: int
    height: int
    data: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)


@dataclass(frozen=True)
class PictureRefusal:
    """A stored picture that must not be used; `template` is one of `DROPPED_MESSAGES`.

    Its row's media type and size are kept, untrusted, for a placeholder's frame."""

    sha256: str
    media_type: str
    width: int
    height: int
    template: str

    def sentence(self, element: str) -> str:
        return self.template.replace("%1", element)


Verdict = CheckedPicture | PictureRefusal


class _RefusedError(Exception):
    def __init__(self, template: str) -> None:
        self.template = template


# -- the cache: verdicts by content hash --------------------------------------------------------

_WORKERS = max(1, min(4, os.cpu_count() or 1))
_CACHE_SIZE = 20_000  # entries are a few dozen bytes: the bytes themselves are never kept
_verdicts: OrderedDict[tuple[str, str], str | None] = OrderedDict()
_verdicts_lock = threading.Lock()
_kept = VerdictFile(DROPPED_MESSAGES)  # verdicts of earlier runs: see verdict_file.py


def checked(
    sha256: str, media_type: str, width: int, height: int, data: bytes, thumbnail: bytes
) -> Verdict:
    """The stored picture as a `CheckedPicture`, or why it is refused; never raises.

    The verdict on a picture is cached by the hashes of its bytes, so checking the same
    picture again costs two SHA-256 digests."""
    try:
        if not data or len(data) > MAX_STORED_BYTES or not thumbnail:
            raise _RefusedError(DROPPED_DAMAGED if data and thumbnail else DROPPED_TOO_LARGE)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _RefusedError(DROPPED_ALTERED)
        thumbnail_sha256 = hashlib.sha256(thumbnail).hexdigest()
        key = verdict_key(sha256, thumbnail_sha256, media_type, width, height)
        known, refusal = _known(key)
        if not known:
            refusal = None
            try:
                _check(media_type, width, height, data, MAX_STORED_SIDE)
                _check(media_type, None, None, thumbnail, MAX_THUMBNAIL_SIDE)
            except _RefusedError as refused:
                refusal = refused.template
            _keep(key, refusal)
            _kept.add(sha256, thumbnail_sha256, media_type, (width, height), refusal)
        if refusal is not None:
            raise _RefusedError(refusal)
    except _RefusedError as refused:
        return PictureRefusal(sha256, media_type, width, height, refused.template)
    return CheckedPicture(sha256, media_type, width, height, data, thumbnail)


def _known(key: tuple[str, str]) -> tuple[bool, str | None]:
    """Whether a verdict on `key` is known (in memory, else in the verdict file), and it."""
    with _verdicts_lock:
        if key in _verdicts:
            _verdicts.move_to_end(key)
            return True, _verdicts[key]
    _kept.read_into(lambda kept, refusal: _keep(kept, refusal, first=True))
    with _verdicts_lock:
        return key in _verdicts, _verdicts.get(key)


def _keep(key: tuple[str, str], refusal: str | None, first: bool = False) -> None:
    """Remember a verdict in memory (`first`: unless one is known already)."""
    with _verdicts_lock:
        if first and key in _verdicts:
            return
        _verdicts[key] = refusal
        while len(_verdicts) > _CACHE_SIZE:
            _verdicts.popitem(last=False)


def check_all(rows: Iterable[Sequence[Any]]) -> list[Verdict]:
    """`checked` for many pictures (rows of `asset`: key, type, width, height, data,
    thumbnail), on worker threads: Pillow and hashlib let go of Python's lock while they work,
    and so does SQLite, so a picture is checked while the next one is read."""
    rows = iter(rows)
    first = list(islice(rows, 2))
    if len(first) < 2:
        return [checked(*row) for row in first]
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        pending = [pool.submit(checked, *row) for row in chain(first, rows)]
        return [future.result() for future in pending]


def forget_verdicts() -> None:
    """Empty the cache and the verdict file (for tests and benchmarks of a first check)."""
    with _verdicts_lock:
        _verdicts.clear()
    _kept.forget()


# -- the checks ---------------------------------------------------------------------------------


def _check(media_type: str, width: int | None, height: int | None, data: bytes, side: int) -> None:
    """Raise `_RefusedError` unless `data` is a clean JPEG or PNG of that size that decodes."""
    if media_type == "image/jpeg":
        _jpeg_structure(data)
        formats = ["JPEG"]
    elif media_type == "image/png":
        _png_structure(data)
        formats = ["PNG"]
    else:
        raise _RefusedError(DROPPED_DAMAGED)
    _decode(data, formats, width, height, side)


def _decode(data: bytes, formats: list[str], width: int | None, height: int | None, side: int):
    from PIL import Image

    try:
        with OPEN_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _RefusedError(DROPPED_TOO_LARGE) from error
    except Exception as error:  # Pillow's parsers raise many types on hostile headers
        raise _RefusedError(DROPPED_DAMAGED) from error
    with image:
        w, h = image.size
        if max(w, h) > side:
            raise _RefusedError(DROPPED_TOO_LARGE)
        if w < 1 or h < 1 or (width is not None and (w, h) != (width, height)):
            raise _RefusedError(DROPPED_DAMAGED)
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P", "1"):
            raise _RefusedError(DROPPED_DAMAGED)  # CMYK, 16-bit...: intake never stores those
        try:
            if image.format == "JPEG":
                # every coefficient is still read (a truncated or garbled stream fails), but
                # the inverse DCT runs at 1/8 scale: 10 ms instead of 24 for 2400 x 1600
                image.draft(None, (max(1, w // 8), max(1, h // 8)))
            image.load()
        except MemoryError as error:
            raise _RefusedError(DROPPED_TOO_LARGE) from error
        except Exception as error:  # truncated data, bad Huffman tables, CRC errors...
            raise _RefusedError(DROPPED_DAMAGED) from error


# Markers of a JPEG as intake writes it (libjpeg through Pillow): JFIF header, tables, one
# frame (baseline, extended or progressive), scans, restart markers inside the scans, end.
_SOI, _EOI, _SOS, _APP0 = 0xD8, 0xD9, 0xDA, 0xE0
_TABLES = {0xDB, 0xC4, 0xDD}  # DQT, DHT, DRI
_FRAMES = {0xC0, 0xC1, 0xC2}
_MAX_SCANS = 16  # progressive JPEGs have about 10; thousands of scans make a slow decode
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def _jpeg_structure(data: bytes) -> None:
    """Walk the markers: tables, one frame and scans only, nothing after the end marker."""
    if not data.startswith(b"\xff\xd8"):
        raise _RefusedError(DROPPED_DAMAGED)
    at, frames, scans = 2, 0, 0
    while True:
        if data[at : at + 1] != b"\xff":
            raise _RefusedError(DROPPED_DAMAGED)
        while data[at + 1 : at + 2] == b"\xff":  # fill bytes
            at += 1
        if at + 2 > len(data):
            raise _RefusedError(DROPPED_DAMAGED)
        marker = data[at + 1]
        if marker == _EOI:
            if at + 2 != len(data):
                raise _RefusedError(DROPPED_METADATA)  # bytes hidden after the picture
            break
        if at + 4 > len(data):
            raise _RefusedError(DROPPED_DAMAGED)
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        segment = data[at + 4 : at + 2 + length]
        if length < 2 or len(segment) != length - 2:
            raise _RefusedError(DROPPED_DAMAGED)
        if marker == _APP0:
            # JFIF, version, density, and no embedded thumbnail (X and Y thumbnail sizes 0)
            if not segment.startswith(b"JFIF\x00") or length != 16 or segment[12:14] != b"\0\0":
                raise _RefusedError(DROPPED_METADATA)
        elif marker in _FRAMES:
            frames += 1
        elif 0xE1 <= marker <= 0xEF or marker == 0xFE:  # EXIF, XMP, ICC, IPTC...; comment
            raise _RefusedError(DROPPED_METADATA)
        elif marker not in _TABLES and marker != _SOS:
            raise _RefusedError(DROPPED_DAMAGED)
        at += 2 + length
        if marker == _SOS:
            scans += 1
            if frames != 1 or scans > _MAX_SCANS:
                raise _RefusedError(DROPPED_DAMAGED)
            end = _SCAN_END.search(data, at)
            if end is None:
                raise _RefusedError(DROPPED_DAMAGED)
            at = end.start()
    if frames != 1 or scans == 0:
        raise _RefusedError(DROPPED_DAMAGED)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHUNKS = {
    b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND",
    b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs", b"bKGD",  # rendering hints, no metadata
}  # fmt: skip


def _png_structure(data: bytes) -> None:
    """Walk the chunks: image data and rendering hints only, nothing after the end chunk."""
    if not data.startswith(_PNG_SIGNATURE):
        raise _RefusedError(DROPPED_DAMAGED)
    at = len(_PNG_SIGNATURE)
    first = True
    while True:
        if at + 12 > len(data):
            raise _RefusedError(DROPPED_DAMAGED)
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        if first and kind != b"IHDR":
            raise _RefusedError(DROPPED_DAMAGED)
        first = False
        if kind not in _PNG_CHUNKS:
            # text, EXIF, time, ICC profile, private chunks: whatever they hold, not ours
            raise _RefusedError(DROPPED_METADATA if kind[:1].isalpha() else DROPPED_DAMAGED)
        at += 12 + length
        if kind == b"IEND":
            if at != len(data):
                raise _RefusedError(DROPPED_METADATA)
            return


class StoredPictures:
    """Checked pictures of one working copy, read from any thread through its own connections.

    The editor's canvas and panels ask for pictures from worker threads (a check is ~10 ms
    a photo, too long for the GUI thread); close it when done."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            # mode=rw: never create an empty database if the working copy is gone
            uri = f"{self._database.absolute().as_uri()}?mode=rw"
            connection = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
            harden(connection)
            connection.execute("PRAGMA query_only = ON")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def stored_keys(self) -> list[str]:
        """Every stored picture's key (to check them all in the background after open)."""
        try:
            return [row[0] for row in self._connection().execute("SELECT sha256 FROM asset")]
        except sqlite3.Error:
            return []  # the working copy was closed meanwhile

    def row(self, sha256: str) -> tuple[str, str, int, int, bytes, bytes] | None:
        """The stored picture as it is (unchecked), or None."""
        try:
            return self._connection().execute(_SELECT, (sha256,)).fetchone()
        except sqlite3.Error:
            return None  # the working copy is being closed

    def check(self, sha256: str) -> Verdict | None:
        """The picture `sha256` checked, or None when the map holds no such picture."""
        row = self.row(sha256)
        return None if row is None else checked(*row)

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            with suppress(sqlite3.Error):
                connection.close()


_SELECT = "SELECT sha256, media_type, width, height, data, thumbnail FROM asset WHERE sha256 = ?"


ELEMENT_WORDS = {
    "card": "card",
    "emotion_point": "emotion point",
    "stage": "stage",
    "persona": "persona",
    "journey": "journey",
    "evidence": "library photo",
}
"""How a sentence names the kind of element a dropped picture belonged to."""


@dataclass(frozen=True)
class DroppedPicture:
    """A picture a journey shows that failed its check, and the first element showing it."""

    sha256: str
    template: str
    kind: str  # a key of ELEMENT_WORDS
    title: str

    def element(self, words: Mapping[str, str] = ELEMENT_WORDS) -> str:
        title = " ".join(self.title.split())
        title = title if len(title) <= 60 else title[:59] + "…"
        return f"{words[self.kind]} “{title}”" if title else words[self.kind]

    def sentence(self) -> str:
        return self.template.replace("%1", self.element())


def dropped_pictures(snap: JourneySnapshot) -> list[DroppedPicture]:
    """The pictures of `snap` that were refused, each named by the first element showing it
    (persona, journey, stages, cards, emotion points: the order of the poster's reading)."""
    refused = {k: a.refusal for k, a in snap.assets.items() if a.refusal is not None}
    found: dict[str, DroppedPicture] = {}

    def note(sha256: str | None, kind: str, title: str) -> None:
        if sha256 in refused and sha256 not in found:
            found[sha256] = DroppedPicture(sha256, refused[sha256] or "", kind, title)

    if snap.persona is not None:
        note(snap.persona.photo_sha256, "persona", snap.persona.name)
        for evidence in snap.persona.evidence:
            note(evidence.asset_sha256, "persona", snap.persona.name)
    for evidence in snap.evidence:
        note(evidence.asset_sha256, "journey", snap.journey.title)
    for stage in snap.stages:
        for evidence in stage.evidence:
            note(evidence.asset_sha256, "stage", stage.title)
    for cards in snap.cells.values():
        for card in cards:
            for evidence in card.evidence:
                note(evidence.asset_sha256, "card", card.title)
    for points in snap.emotion_points.values():
        for point in points:
            for evidence in point.evidence:
                note(evidence.asset_sha256, "emotion_point", point.label)
    return list(found.values())


def dropped_in_map(document: JourneyDocument) -> list[DroppedPicture]:
    """Every stored picture of `document` that fails its check, named by the first element
    showing it (`parcours check`). Read and checked a few at a time: a map may hold hundreds
    of megabytes of pictures."""
    store = document.stored_pictures()
    try:
        keys = store.stored_keys()
        found = []
        for start in range(0, len(keys), _BATCH):
            rows = [store.row(key) for key in keys[start : start + _BATCH]]
            for verdict in check_all(row for row in rows if row is not None):
                if isinstance(verdict, PictureRefusal):
                    kind, title = document.picture_user(verdict.sha256) or ("evidence", "")
                    found.append(DroppedPicture(verdict.sha256, verdict.template, kind, title))
        return found
    finally:
        store.close()


_BATCH = 16
