"""The history's cost is bounded: a year of weekly workshops adds little to the file.

The issue's bound is stated on the 2,000-card workshop map (bench/bench_lineage.py measures it:
0.35 % after 52 saves of about 40 edits): under 10 % of its 67 MB, that is under about 6.7 MB
for 2,080 edits, or 3.2 KB an edit. Twenty weeks of the same workshops on the sample map, with the
benchmark's mix of edits, must stay far below that per edit (the history grows with the edits
kept, not with the map), so the bound holds for any map at least the workshop map's size."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from app.model import JourneyDocument
from bench.bench_lineage import workshop

WEEKS, PER_WEEK = 20, 40
BYTES_PER_EDIT = 200  # the workshop map's bound allows 3,200; measured about 100 here


def test_a_year_of_weekly_workshops_adds_a_bounded_history(tmp_path: Path) -> None:
    path = tmp_path / "carte.cjm"
    document = JourneyDocument.new("sample", "fr")
    document.author_name = "Atelier"
    document.save_as(path)
    rng = random.Random(14)
    try:
        for week in range(1, WEEKS + 1):
            workshop(document, rng, week, PER_WEEK)
            document.save(label=f"atelier {week}")
        document.save_copy_without_history(tmp_path / "sans-historique.cjm")
    finally:
        document.close()
    with sqlite3.connect(path) as connection:
        (versions,) = connection.execute("SELECT count(*) FROM version").fetchone()
    assert versions == WEEKS + 1
    added = path.stat().st_size - (tmp_path / "sans-historique.cjm").stat().st_size
    assert 0 < added <= WEEKS * PER_WEEK * BYTES_PER_EDIT, f"{added} bytes"
