"""Maps built the way another program could build them: real files, written with sqlite3.

Parcours never writes what these helpers plant (pictures that did not come through intake,
text a verb refuses, rows beyond the limits); a map from anyone may hold it. Shared by the
model, render, CLI, UI and fuzz tests.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from app.model import JourneyDocument
from app.model.pictures import prepare_picture
from app.model.schema import Timestamp, utc_now
from tests.model.test_pictures import SECRET, encoded, jpeg_with_gps, photo


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def clean_jpeg(size: tuple[int, int] = (240, 160), seed: int = 1) -> bytes:
    return encoded(photo(size, seed=seed), "JPEG", quality=80)


def png_bomb(width: int = 65_000, height: int = 65_000) -> bytes:
    """A real PNG whose header claims `width` x `height` grey pixels (a few MB would follow)."""
    raw = zlib.compress(b"\0" * (width + 1) * 4, 9)  # four rows; the rest is "to come"

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def jpeg_claiming_huge() -> bytes:
    """A tiny real JPEG whose frame header claims 65,000 x 65,000 pixels."""
    data = bytearray(encoded(Image.new("RGB", (8, 8), "white"), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65_000, 65_000)
    return bytes(data)


HOSTILE_PICTURES = {
    # name: (bytes, media type, declared width, declared height)
    "gps": (jpeg_with_gps((320, 240)), "image/jpeg", 320, 240),
    "garbage": (bytes(range(256)) * 40, "image/jpeg", 300, 200),
    "bomb": (png_bomb(), "image/png", 2000, 1500),
    "huge jpeg": (jpeg_claiming_huge(), "image/jpeg", 2000, 1500),
    "trailing": (clean_jpeg() + b"PK\x03\x04 hidden archive " + SECRET, "image/jpeg", 240, 160),
    "truncated": (clean_jpeg()[:-600], "image/jpeg", 240, 160),
    "wrong type": (encoded(photo((240, 160)), "PNG"), "image/jpeg", 240, 160),
    "wrong size": (clean_jpeg(), "image/jpeg", 2400, 1600),
}


def insert_picture(
    path: Path,
    data: bytes,
    media_type: str = "image/jpeg",
    width: int = 240,
    height: int = 160,
    thumbnail: bytes | None = None,
    key: str | None = None,
) -> str:
    """Store `data` in the map's asset table as another program would; return its key."""
    key = key or sha(data)
    created = Timestamp().process_bind_param(utc_now(), None)
    with _connected(path) as connection:
        connection.execute(
            "INSERT INTO asset (sha256, media_type, width, height, created_at, data, thumbnail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, media_type, width, height, created, data, thumbnail or clean_jpeg((60, 40))),
        )
    return key


def show_picture(path: Path, evidence_id: str, key: str) -> None:
    """Make the photo evidence `evidence_id` show the picture `key` instead."""
    with _connected(path) as connection:
        connection.execute("UPDATE evidence SET asset_sha256 = ? WHERE id = ?", (key, evidence_id))
        connection.execute(
            "DELETE FROM asset WHERE sha256 NOT IN (SELECT asset_sha256 FROM "
            "evidence WHERE asset_sha256 IS NOT NULL UNION SELECT photo_sha256 "
            "FROM persona WHERE photo_sha256 IS NOT NULL)"
        )


def sql(path: Path, *statements: str, parameters: tuple = ()) -> None:
    """Run statements on a map the way another program would, then close it cleanly."""
    with _connected(path) as connection:
        for statement in statements:
            connection.execute(statement, parameters)


@contextmanager
def _connected(path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction on `path`, committed if the block completes."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")
        yield connection
        connection.execute("COMMIT")
    finally:
        connection.close()


def map_with_photos(path: Path, titles: list[str]) -> dict[str, str]:
    """A saved map with one card per title, each showing its own clean photo; the persona has
    one too. Returns evidence ids by card title (and "persona": the persona's id)."""
    document = JourneyDocument.new("purchase", "en")
    try:
        journey = document.journeys()[0]
        stages = document.stages(journey.id)
        lane = document.add_lane(journey.id, "images", "Storyboard").first_added
        found = {}
        for number, title in enumerate(titles):
            card = document.add_card(lane, stages[number % len(stages)].id, title).first_added
            data = io.BytesIO()
            photo((300, 200), seed=number).save(data, "JPEG")
            change = document.add_photo(data.getvalue(), targets=[("card", card)], title=title)
            found[title] = change.first_added
        persona = document.add_persona("Camille", role="Buyer").first_added
        key = document.store_picture(prepare_picture(clean_jpeg((200, 200), seed=9)))
        document.update_persona(persona, photo_sha256=key)
        document.set_persona(journey.id, persona)
        found["persona"] = persona
        document.save_as(path)
    finally:
        document.close()
    return found


_NUMBERS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
_STAMP = "'2026-01-01T00:00:00+00:00'"


def plant_cards(path: Path, count: int, body: int = 0, start: int = 0) -> None:
    """Add `count` cards to the first text lane and stage of the first journey, as a script
    could; each body holds `body` characters. Ids are made from the numbers (start + i)."""
    lane = "(SELECT l.id FROM lane l JOIN journey j ON j.id = l.journey_id WHERE l.kind = 'text'"
    lane += " ORDER BY j.position, l.position LIMIT 1)"
    stage = "(SELECT s.id FROM stage s WHERE s.journey_id = (SELECT journey_id FROM lane WHERE "
    stage += f"id = {lane}) ORDER BY s.position LIMIT 1)"
    sql(
        path,
        _NUMBERS + "INSERT INTO card (lane_id, stage_id, position, title, body, colour, channel, "
        "direct, physical, touchpoint_state, owner, sentiment, moment_of_truth, impact, effort, "
        "status, key_touchpoint, effort_kind, magic_moment, due_date, id, created_at, "
        f"updated_at) SELECT {lane}, {stage}, i % 100000, "
        "'Card ' || i, substr(printf('%.*c', ?, 'x'), 1, ?), '', '', 1, 0, 'current', '', "
        "'neutral', 0, NULL, NULL, '', 0, '', 0, '', "
        "printf('%08x-0000-4000-8000-%012x', ? + i, ? + i), "
        f"{_STAMP}, {_STAMP} FROM n",
        parameters=(count, body, body, start, start),
    )


def plant_stages(path: Path, count: int, start: int = 0) -> None:
    """Add `count` stages to the first journey (ids made from the numbers start + i)."""
    sql(
        path,
        _NUMBERS + "INSERT INTO stage (journey_id, position, title, description, colour, width, "
        "id, created_at, updated_at) SELECT (SELECT id FROM journey ORDER BY position LIMIT 1), "
        "i % 100000, 'Stage ' || i, '', '', 1, printf('%08x-0000-4000-9000-%012x', ? + i, "
        f"? + i), {_STAMP}, {_STAMP} FROM n",
        parameters=(count, start, start),
    )
