"""Speed of the Versions panel's work on the workshop map after a year of weekly workshops.

    python -m bench.bench_versions [--weeks 52] [--per-week 40] [--runs 5]

A copy of bench/out/workshop.cjm gets a year of weekly workshops (bench_lineage's edits, one
labelled Save a week), then 20 unsaved edits. Timed, through the model functions the panel
calls: listing every version with its summary, the unsaved changes' summary (what the panel
redoes after each edit while it is shown), comparing the first version with the map, opening
the first version read-only, and restoring it (one step) then undoing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.model import JourneyDocument
from app.model.version_history import (
    compare_with_map,
    open_version,
    restore_version,
    unsaved_changes,
    version_infos,
)

from .bench_lineage import workshop
from .generate import workshop_map_path

MS = 1e-3


def timed(runs: int, action: Callable[[], object], after: Callable[[], object] | None = None):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
        if after is not None:
            after()
    return samples


def line(name: str, samples: list[float]) -> str:
    return (
        f"{name:<48} n={len(samples):<3} median {statistics.median(samples) / MS:7.1f} ms  "
        f"min {min(samples) / MS:7.1f}  max {max(samples) / MS:7.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--per-week", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    source = workshop_map_path()
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as scratch:
        folder = Path(scratch)
        os.environ["PARCOURS_DATA_DIR"] = str(folder / "data")
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
              f"nproc {os.cpu_count()}")  # fmt: skip
        path = folder / "year.cjm"
        shutil.copyfile(source, path)
        document = JourneyDocument.open(path)
        try:
            document.author_name = "Atelier"
            rng = random.Random(14)
            for week in range(1, options.weeks + 1):
                per_week = options.per_week
                workshop(document, rng, week, rng.randint(per_week // 2, per_week * 3 // 2))
                document.save(label=f"atelier {week}")
            workshop(document, rng, options.weeks + 1, 20)
            first = document.versions()[-1].id
            runs = options.runs
            infos = version_infos(document)
            print(f"{len(infos)} versions, {len(document.journal.unsaved())} unsaved rows")
            print(
                line(
                    "list the versions with their summaries",
                    timed(runs, lambda: version_infos(document)),
                )
            )
            print(
                line(
                    "summary of the unsaved changes", timed(runs, lambda: unsaved_changes(document))
                )
            )
            print(
                line(
                    "compare the first version with the map",
                    timed(runs, lambda: compare_with_map(document, first)),
                )
            )
            print(
                line(
                    "open the first version read-only",
                    timed(runs, lambda: open_version(document, first).close()),
                )
            )
            print(
                line(
                    "restore the first version (one step)",
                    timed(runs, lambda: restore_version(document, first), document.undo),
                )
            )
        finally:
            document.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
