"""Spreadsheets and JSON on the workshop map (2,000 cards): export and import of the cards as
CSV and XLSX, and the JSON round trip (export, then `new --from`).

    python -m bench.bench_tables [--runs 5] [--cards N]

Export: the cards table of the workshop map's journey, written to a file (CSV with its BOM,
XLSX typed with fitted columns). Import: that file read, planned against an empty journey
(which gets the 30 stages and 11 lanes it names) and applied as one step. JSON: the whole map
(101 pictures in base64, or as files with --pictures-dir), then a map built from it and checked
as opening checks a file. Times are wall-clock medians (min-max) of `--runs` runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.model import JourneyDocument
from app.model.map_json import build_map, export_map_json
from app.model.table_export import export_tables
from app.model.table_import import apply_import, guess_mapping, plan_import
from app.model.table_read import read_table

from .generate import generate_workshop_map, scratch_data_dir, workshop_map_path


def timed(runs: int, action: Callable[[], object], setup: Callable[[], object] | None = None):
    times = []
    for _ in range(runs):
        prepared = setup() if setup else None
        started = time.perf_counter()
        action() if prepared is None else action(prepared)  # type: ignore[call-arg]
        times.append(time.perf_counter() - started)
        if hasattr(prepared, "close"):
            prepared.close()  # type: ignore[union-attr]
    return statistics.median(times), min(times), max(times)


def show(name: str, figures: tuple[float, float, float], note: str = "") -> None:
    median, low, high = figures
    print(f"{name:<44} {median * 1000:8.0f} ms  ({low * 1000:.0f}-{high * 1000:.0f}) {note}")


def empty_journey() -> JourneyDocument:
    """A map whose one journey has no stage and no lane: the import creates them all."""
    document = JourneyDocument.new("blank", "en")
    journey = document.journeys()[0].id
    for stage in document.stages(journey):
        document.delete_stage(stage.id)
    for lane in document.lanes(journey):
        document.delete_lane(lane.id)
    return document


def run(source: Path, runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-tables-"))
    document = JourneyDocument.open(source, read_only=True)
    journey = document.journeys()[0].id
    cards = len(document.cards(journey))
    print(f"{source.name}: {cards} cards, {runs} runs\n")
    for fmt in ("csv", "xlsx"):
        target = folder / f"cards.{fmt}"
        figures = timed(runs, lambda t=target: export_tables(document, t, ["cards"], [journey]))
        show(f"export cards as {fmt.upper()}", figures, f"{target.stat().st_size / 1e6:.1f} MB")
        show(f"read {fmt.upper()}", timed(runs, lambda t=target: read_table(t)))

        def whole_import(target_map: JourneyDocument, t: Path = target) -> None:
            raw = read_table(t)
            into = target_map.journeys()[0].id
            plan = plan_import(target_map, into, raw, "cards", guess_mapping(raw.headers, "cards"))
            assert not plan.refused and plan.count("add") == cards
            apply_import(target_map, plan)

        show(f"import {fmt.upper()} (read, plan, apply)", timed(runs, whole_import, empty_journey))

        def plan_only(target_map: JourneyDocument, t: Path = target) -> None:
            raw = read_table(t)
            into = target_map.journeys()[0].id
            plan_import(target_map, into, raw, "cards", guess_mapping(raw.headers, "cards"))

        show(f"  of which read and plan {fmt.upper()}", timed(runs, plan_only, empty_journey))
    print()
    for pictures in (None, folder / "pictures"):
        label = "files" if pictures else "base64"
        target = folder / f"map-{label}.json"
        figures = timed(runs, lambda t=target, p=pictures: export_map_json(document, t, p))
        show(f"export JSON (pictures as {label})", figures, f"{target.stat().st_size / 1e6:.1f} MB")

        def build(t: Path = target) -> None:
            built = folder / "built.cjm"
            build_map(t, built, force=True)

        show(f"new --from JSON (pictures as {label})", timed(runs, build))
    document.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", type=int, help="another size of the workshop map")
    options = parser.parse_args(argv)
    with scratch_data_dir():
        if options.cards:
            path = Path(tempfile.mkdtemp(prefix="bench-map-")) / f"workshop-{options.cards}.cjm"
            generate_workshop_map(path, cards=options.cards)
        else:
            path = workshop_map_path()
        run(path, options.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
