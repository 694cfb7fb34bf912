"""Speed of the document layer on the workshop map: create, open, edit, save.

    python -m bench.bench_document [--runs N] [--calls N] [--create-runs N] [--skip-create]
                                   [--profile]

Everything runs in a temporary folder (PARCOURS_DATA_DIR points there too, so working copies
do not land in the user's data folder); bench/out/workshop.cjm is copied, never modified.
Times are `time.perf_counter` wall-clock; the table gives the median, min and max of the runs
(for verbs: of every single call). See bench/README.md for what each line measures.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.model import JourneyDocument, fileformat
from app.model.schema import EmotionPoint

from .generate import WORKSHOP_MAP, _current, generate_workshop_map, log, workshop_map_path

MS = 1e-3


@dataclass
class Result:
    name: str
    samples: list[float]
    target: float | None = None  # seconds; the median must stay below it
    part: bool = False  # a part of the line above, for the breakdown

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        mark = "ok" if self.median < self.target else "MISSED"
        return f"< {duration(self.target)}  {mark}"


def duration(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 10 * MS:
        return f"{seconds / MS:.0f} ms"
    return f"{seconds / MS:.2f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# -- the benchmarks --------------------------------------------------------------------------


def bench_create(folder: Path, runs: int) -> list[Result]:
    """(a) Generate the whole map through the verbs; also without drawing the input photos."""
    totals, own = [], []
    for run in range(runs):
        phases: dict[str, float] = {}
        target = folder / f"created-{run}.cjm"
        generate_workshop_map(target, seed=0, timings=phases)
        totals.append(phases["total"])
        own.append(phases["total"] - phases.get("drawing photos", 0.0))
        if run == 0 and not _current(WORKSHOP_MAP):  # spare the next step a second generation
            WORKSHOP_MAP.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, WORKSHOP_MAP.with_suffix(".copying"))
            WORKSHOP_MAP.with_suffix(".copying").replace(WORKSHOP_MAP)
        target.unlink()
    return [
        Result("create the workshop map", totals),
        Result("without drawing the 100 input JPEGs", own, part=True),
    ]


def bench_open(path: Path, folder: Path, runs: int) -> list[Result]:
    """(b) JourneyDocument.open (copy + validate), then close (discards the working copy)."""
    opened, closed = [], []
    for _ in range(runs):
        start = time.perf_counter()
        document = JourneyDocument.open(path)
        middle = time.perf_counter()
        document.close()
        closed.append(time.perf_counter() - middle)
        opened.append(middle - start)
    copies, structure, values = [], [], []
    scratch = folder / "parts.cjm"
    for _ in range(runs):
        copies.append(timed(lambda: shutil.copyfile(path, scratch)))
        structure.append(timed(lambda: fileformat.validate_structure(scratch)))
        values.append(timed(lambda: fileformat.validate_values(scratch)))
        scratch.unlink()
    return [
        Result("open + validate", opened, 150 * MS),
        Result("copy to the working copy", copies, part=True),
        Result("validate_structure (integrity_check...)", structure, part=True),
        Result("validate_values", values, part=True),
        Result("close (deletes the working copy)", closed),
    ]


def bench_verbs(document: JourneyDocument, runs: int, calls: int) -> list[Result]:
    """(c) One verb = one committed transaction on the working copy; every call timed."""
    rng = random.Random(1)
    journey = document.journeys()[0]
    stages = [stage.id for stage in document.stages(journey.id)]
    lanes = document.lanes(journey.id)
    card_lanes = [lane.id for lane in lanes if lane.kind != "emotion"]
    emotion_lane = next(lane.id for lane in lanes if lane.kind == "emotion")
    cards = [card.id for card in document.cards(journey.id)]
    values = {point.id: point.value for point in document.emotion_points(emotion_lane)}
    points = list(values)
    counter = iter(range(10**9))

    def update_card() -> None:
        document.update_card(rng.choice(cards), title=f"Titre modifié n° {next(counter)}")

    def move_card() -> None:
        document.move_card(rng.choice(cards), rng.choice(card_lanes), rng.choice(stages))

    def set_emotion_value() -> None:
        point = rng.choice(points)
        value = values[point]
        while value == values[point]:
            value = round(rng.uniform(-5, 5), 1)
        document.set_emotion_value(point, value)
        values[point] = value

    results = []
    for name, verb in (
        ("update_card(title)", update_card),
        ("move_card (to another cell)", move_card),
        ("set_emotion_value", set_emotion_value),
    ):
        for _ in range(5):  # warm-up: SQLAlchemy compiles and caches its statements
            verb()
        samples = [timed(verb) for _ in range(runs * calls)]
        results.append(Result(f"verb commit: {name}", samples, 5 * MS))
    assert document.count(EmotionPoint) == len(points)
    return results


def bench_save(document: JourneyDocument, folder: Path, runs: int) -> list[Result]:
    """(d) document.save() after one edit: VACUUM INTO beside the file, fsync, rename."""
    rng = random.Random(2)
    cards = [card.id for card in document.cards(document.journeys()[0].id)]
    saves = []
    for run in range(runs):
        document.update_card(rng.choice(cards), title=f"Avant l’enregistrement {run}")
        saves.append(timed(document.save))
    vacuums, syncs = [], []
    scratch = folder / "vacuumed.cjm"
    connection = sqlite3.connect(document.working.database)
    try:
        for _ in range(runs):
            vacuums.append(timed(lambda: connection.execute("VACUUM INTO ?", (str(scratch),))))
            syncs.append(timed(lambda: _fsync(scratch)))
            scratch.unlink()
    finally:
        connection.close()
    return [
        Result("save after one edit", saves, 500 * MS),
        Result("VACUUM INTO a new file (alone)", vacuums, part=True),
        Result("fsync of that file (alone)", syncs, part=True),
    ]


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def profile(path: Path, lines: int = 14) -> str:
    """cProfile of one open + validate and of one save, sorted by own time."""
    out = io.StringIO()
    JourneyDocument.open(path).close()  # warm the page cache and SQLAlchemy
    profiler = cProfile.Profile()
    profiler.enable()
    document = JourneyDocument.open(path)
    profiler.disable()
    _report(profiler, out, lines)
    document.update_card(document.cards(document.journeys()[0].id)[0].id, title="Profilé")
    document.save()
    document.update_card(document.cards(document.journeys()[0].id)[0].id, title="Profilé 2")
    profiler = cProfile.Profile()
    profiler.enable()
    document.save()
    profiler.disable()
    document.close()
    out.write("\n")
    _report(profiler, out, lines)
    return out.getvalue()


def _report(profiler: cProfile.Profile, out: io.StringIO, lines: int) -> None:
    """Own time of the top functions, then who calls SQLite and the file system, how long."""
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(lines)
    stats.print_callers(r"execute|sendfile|replace|fsync|decode|_check_values")


# -- report ----------------------------------------------------------------------------------


def machine(path: Path) -> list[str]:
    import PIL
    import sqlalchemy

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return [
        f"machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.system()} "
        f"{platform.release()}, load average {load}",
        f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}, Pillow {PIL.__version__}",
        f"workshop map: {path} ({path.stat().st_size:,} bytes, "
        f"{path.stat().st_size / 2**20:.1f} MiB)",
    ]


def table(results: list[Result]) -> str:
    header = f"{'benchmark':<44} {'n':>5} {'median':>9} {'min':>9} {'max':>9}  target"
    rows = [header, "-" * len(header)]
    for result in results:
        name = ("  - " if result.part else "") + result.name
        rows.append(
            f"{name:<44} {len(result.samples):>5} {duration(result.median):>9} "
            f"{duration(min(result.samples)):>9} {duration(max(result.samples)):>9}  "
            f"{result.verdict}".rstrip()
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_document", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="repetitions (default 7)")
    parser.add_argument("--calls", type=int, default=200, help="verb calls per run (default 200)")
    parser.add_argument(
        "--create-runs", type=int, default=1, choices=(1, 2, 3), help="generations (default 1)"
    )
    parser.add_argument("--skip-create", action="store_true", help="do not time the generation")
    parser.add_argument("--profile", action="store_true", help="cProfile one open and one save")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as temporary:
        folder = Path(temporary)
        os.environ["PARCOURS_DATA_DIR"] = str(folder / "data")
        results: list[Result] = []
        if not args.skip_create:
            log(f"(a) create x{args.create_runs}")
            results += bench_create(folder, args.create_runs)
        source = workshop_map_path()
        path = folder / "workshop.cjm"
        shutil.copyfile(source, path)
        log(f"(b) open + validate x{args.runs}")
        results += bench_open(path, folder, args.runs)
        document = JourneyDocument.open(path)
        try:
            log(f"(c) verbs: {args.runs} x {args.calls} calls each")
            results += bench_verbs(document, args.runs, args.calls)
            log(f"(d) save x{args.runs}")
            results += bench_save(document, folder, args.runs)
        finally:
            document.close()
        print("\n".join(machine(source)))
        print()
        print(table(results))
        if args.profile:
            print()
            print(profile(path))
    missed = [r.name for r in results if r.target is not None and r.median >= r.target]
    if missed:
        print(f"\ntargets missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
