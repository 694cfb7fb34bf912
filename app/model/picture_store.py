"""Writing prepared pictures into an open document from worker threads.

A photo is a large blob: inserting it, and the WAL checkpoints that follow every few photos,
can take tens of milliseconds on a busy disk. Done by the editor's GUI thread for a folder of
photos, that would freeze the window, so intake workers store each picture themselves through
their own connection to the working copy; the document's session then only links to it.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from .fileformat import harden
from .pictures import Picture
from .schema import Timestamp, utc_now

_INSERT = (
    "INSERT OR IGNORE INTO asset (sha256, media_type, width, height, created_at, data, thumbnail)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class PictureStore:
    """Stores pictures (once each, by content hash) from any thread; close it when done."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self._database, timeout=30, check_same_thread=False)
            harden(connection)
            connection.execute("PRAGMA synchronous = NORMAL")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def store(self, picture: Picture) -> str:
        """Write `picture` (if not already stored) and return its key."""
        connection = self._connection()
        created = Timestamp().process_bind_param(utc_now(), None)
        with connection:
            connection.execute(
                _INSERT,
                (
                    picture.sha256,
                    picture.media_type,
                    picture.width,
                    picture.height,
                    created,
                    picture.data,
                    picture.thumbnail,
                ),
            )
        return picture.sha256

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()
