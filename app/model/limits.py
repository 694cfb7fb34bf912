"""The stated limits of a map, checked before anything costly reads it.

A map of 1,000,000 cards is 20 MB zipped, easy to mail, and took 22 s and 1.9 GB to summarise
before these limits; a map beyond them is now refused at open with one sentence naming the
limit, after a glance at the file's size and bounded counts (each count stops one row past
its limit), before the integrity check and the value checks read every page. The figures are
chosen so that the largest map they allow still opens, edits and exports on a 2-core machine
within the times stated in docs/file-format.md and under 2 GB (bench/bench_limits.py). Save
checks the file it writes against the same limits, so Parcours never writes a map it would
refuse to open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from .errors import LimitError

MAX_FILE_BYTES = 256 * 1024 * 1024
"""A map file's size: 256 MiB (the workshop map, 100 photos, is 64 MiB)."""
MAX_TEXT_CHARS = 4_000_000
"""All the text of a map together: 4 million characters (20,000 cards of 200 characters)."""


@dataclass(frozen=True)
class Limit:
    table: str
    most: int
    things: str  # plural, as the sentence names them


LIMITS = (
    Limit("journey", 50, "journeys"),
    Limit("persona", 50, "personas"),
    Limit("stage", 1_000, "stages"),
    Limit("lane", 500, "lanes"),
    Limit("card", 20_000, "cards"),
    Limit("emotion_point", 5_000, "emotion points"),
    Limit("metric", 5_000, "metrics"),
    Limit("evidence", 5_000, "pieces of evidence"),
    Limit("evidence_link", 10_000, "evidence links"),
    Limit("asset", 500, "pictures"),
    Limit("connection", 2_000, "connections between cards"),
    Limit("comment", 10_000, "comments"),
)
"""Rows of each table in one map (all journeys together)."""
LIMIT_OF = {limit.table: limit for limit in LIMITS}
PER_JOURNEY = (Limit("stage", 100, "stages"), Limit("lane", 50, "lanes"))
"""Rows of each journey: a poster's columns and rows (a card's edit lays out its whole row)."""


def check_file_size(size: int, name: Path | str) -> None:
    if size > MAX_FILE_BYTES:
        raise LimitError(name, "file_size", MAX_FILE_BYTES)


def check_counts(
    connection: sqlite3.Connection, name: Path | str, tables: Collection[str] | None = None
) -> None:
    """Refuse a map with more rows than a limit allows; each count reads at most one row more
    than its limit, so a table of a million rows costs what one of 20,001 does. `tables`: the
    tables the file's format has (format 1 had no metrics)."""
    for limit in LIMITS:
        if tables is not None and limit.table not in tables:
            continue
        query = f"SELECT count(*) FROM (SELECT 1 FROM {limit.table} LIMIT {limit.most + 1})"
        if connection.execute(query).fetchone()[0] > limit.most:
            raise LimitError(name, limit.table, limit.most, limit.things)
    for limit in PER_JOURNEY:  # the totals are bounded now: grouping them is cheap
        query = f"SELECT count(*) n FROM {limit.table} GROUP BY journey_id ORDER BY n DESC"
        most = connection.execute(query).fetchone()
        if most is not None and most[0] > limit.most:
            raise LimitError(name, f"{limit.table} per journey", limit.most, limit.things)


def check_text_total(total: int, name: Path | str) -> None:
    if total > MAX_TEXT_CHARS:
        raise LimitError(name, "text", MAX_TEXT_CHARS)
