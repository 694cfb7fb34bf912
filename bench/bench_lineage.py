"""Cost of the version history (file format 4) and speed of merging copies, on the workshop map.

    python -m bench.bench_lineage [--weeks 52] [--runs 7] [--edits 200]

(a) A year of weekly workshops: each week a few dozen edits through the verbs (cards retitled
and rewritten, added, moved, deleted; feelings changed; a stage renamed), then a Save with a
label. Reports how much the history adds to the file, then the open time of the map with its
history against the map without it (the open checks the whole history).
(b) Two copies of the workshop map, `--edits` edits on each side (some on the same cards, so
that some conflict), each saved; then `merge_files` (validate both, common version, rebuild
the base, merge, check, write OUT), N times. Everything runs in a temporary folder;
bench/out/workshop.cjm is copied, never modified.
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
from contextlib import closing
from pathlib import Path

from app.model import JourneyDocument, lineage
from app.model.merge_files import merge_files
from app.model.versions import read_rows

from .generate import workshop_map_path

MS = 1e-3


def workshop(document: JourneyDocument, rng: random.Random, week: int, edits: int) -> None:
    """About `edits` edits, in the proportions of a workshop: mostly card text."""
    journey = document.journeys()[0].id
    stages = [s.id for s in document.stages(journey)]
    lanes = document.lanes(journey)
    card_lanes = [lane.id for lane in lanes if lane.kind != "emotion"]
    emotion = next(lane.id for lane in lanes if lane.kind == "emotion")
    points = [p.id for p in document.emotion_points(emotion)]
    cards = [c.id for c in document.cards(journey)]
    for n in range(edits):
        kind = rng.random()
        if kind < 0.45:
            document.update_card(rng.choice(cards), title=f"Semaine {week}, idée {n}")
        elif kind < 0.60:
            document.update_card(rng.choice(cards), body=f"Noté en atelier, semaine {week} ({n}).")
        elif kind < 0.75:
            added = document.add_card(rng.choice(card_lanes), rng.choice(stages), f"Nouveau {n}")
            cards.append(added.first_added)
        elif kind < 0.85:
            document.move_card(rng.choice(cards), rng.choice(card_lanes), rng.choice(stages))
        elif kind < 0.90:
            gone = cards.pop(rng.randrange(len(cards)))
            document.delete_cards([gone])
        elif kind < 0.98:
            document.set_emotion_value(rng.choice(points), round(rng.uniform(-5, 5), 1))
        else:
            document.update_stage(rng.choice(stages), title=f"Étape revue {week}-{n}")


def history_bytes(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        count, size = connection.execute(
            "SELECT count(*), coalesce(sum(length(changes)), 0) FROM version"
        ).fetchone()
    return int(count), int(size)


def open_times(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this process) times of `JourneyDocument.open`: on a shared machine
    the CPU time shows the program's own cost when other jobs stretch the wall clock."""
    walls, cpus = [], []
    JourneyDocument.open(path).close()  # warm the page cache
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        document = JourneyDocument.open(path)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        document.close()
    return walls, cpus


def check_times(path: Path, runs: int) -> list[float]:
    """The history's walk (every version's changes), which the editor does after its first
    paint: opening itself only loads the versions and checks their parents."""
    samples = []
    with closing(sqlite3.connect(path)) as connection:
        for _ in range(runs):
            start = time.perf_counter()
            found = lineage.load(connection.execute)
            found.check_applies(lambda keys: read_rows(connection.execute, keys))
            samples.append(time.perf_counter() - start)
    return samples


def line(name: str, samples: list[float], target: float | None = None) -> str:
    median = statistics.median(samples)
    verdict = ""
    if target is not None:
        verdict = f"  < {target / MS:.0f} ms: {'ok' if median < target else 'MISSED'}"
    return (
        f"{name:<50} n={len(samples):<3} median {median / MS:7.1f} ms  "
        f"min {min(samples) / MS:7.1f}  max {max(samples) / MS:7.1f}{verdict}"
    )


def bench_year(source: Path, folder: Path, weeks: int, per_week: int, runs: int) -> None:
    path = folder / "year.cjm"
    shutil.copyfile(source, path)
    start_size = path.stat().st_size
    rng = random.Random(14)
    document = JourneyDocument.open(path)
    document.author_name = "Atelier"
    started = time.perf_counter()
    for week in range(1, weeks + 1):
        workshop(document, rng, week, rng.randint(per_week // 2, per_week * 3 // 2))
        document.save(label=f"atelier {week}")
    spent = time.perf_counter() - started
    document.save_copy_without_history(folder / "year-without-history.cjm")
    document.close()
    size = path.stat().st_size
    bare = (folder / "year-without-history.cjm").stat().st_size
    count, stored = history_bytes(path)
    print(f"a year of workshops: {weeks} saves, {count} versions, {spent:.1f} s of edits+saves")
    print(f"  workshop map as generated      {start_size:>12,} bytes")
    print(f"  after the year, with history   {size:>12,} bytes")
    print(f"  the same map without history   {bare:>12,} bytes")
    print(f"  history (compressed changes)   {stored:>12,} bytes")
    added = (size - bare) / bare * 100
    print(f"  the history adds {size - bare:,} bytes = {added:.2f} % of the file (< 10 %: "
          f"{'ok' if added < 10 else 'MISSED'})")  # fmt: skip
    walls, cpus = open_times(path, runs)
    print(line("open with the year's history (wall)", walls, 150 * MS))
    print(line("open with the year's history (CPU)", cpus))
    walls, cpus = open_times(folder / "year-without-history.cjm", runs)
    print(line("open the same map without history (wall)", walls))
    print(line("open the same map without history (CPU)", cpus))
    print(line("the history's walk, after the first paint", check_times(path, runs)))


def bench_merge(source: Path, folder: Path, edits: int, runs: int) -> None:
    mine, theirs = folder / "mine.cjm", folder / "theirs.cjm"
    shutil.copyfile(source, mine)
    document = JourneyDocument.open(mine)
    document.save(label="shared")  # the workshop map as generated has a version already
    document.close()
    shutil.copyfile(mine, theirs)
    for path, seed in ((mine, 1), (theirs, 2)):
        document = JourneyDocument.open(path)
        workshop(document, random.Random(seed), seed, edits)
        document.save()
        document.close()
    samples, cpus, conflicts = [], [], 0
    for run in range(runs):
        out = folder / f"merged-{run}.cjm"
        start, cpu = time.perf_counter(), time.process_time()
        report = merge_files(mine, theirs, out)
        samples.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        conflicts = len(report.conflicts)
        out.unlink()
    taken = sum(report.from_theirs.values())
    print(f"merge: {edits} edits on each side, {conflicts} conflicts, {taken} rows from theirs")
    print(line("merge_files (both validated, OUT written; wall)", samples, 1.0))
    print(line("merge_files (CPU)", cpus))
    walls, cpus = open_times(mine, runs)
    print(line("for scale: open the map alone (wall)", walls))
    print(line("for scale: open the map alone (CPU)", cpus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--per-week", type=int, default=40, help="edits per workshop (mean)")
    parser.add_argument("--edits", type=int, default=200, help="edits on each side of a merge")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-year", action="store_true")
    parser.add_argument("--skip-merge", action="store_true")
    options = parser.parse_args(argv)
    source = workshop_map_path()
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as scratch:
        folder = Path(scratch)
        os.environ["PARCOURS_DATA_DIR"] = str(folder / "data")
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
              f"nproc {os.cpu_count()}")  # fmt: skip
        if not options.skip_year:
            bench_year(source, folder, options.weeks, options.per_week, options.runs)
        if not options.skip_merge:
            bench_merge(source, folder, options.edits, max(5, options.runs // 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
