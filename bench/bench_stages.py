"""Where an A0 PDF export of the workshop map spends its time, stage by stage, against the bound.

    python -m bench.bench_stages [--runs N] [--map PATH]

The export's stages, each timed in CPU seconds of this process (the pictures are checked on
worker threads, whose CPU counts too): the journey's snapshot with its pictures, the shapes
(`PosterFit.cells`: every card measured once, its texts measured for the first time), the
search for the widths that meet the paper (`choose`), the one layout, and the writer into a
sink that keeps nothing. Each turn then runs the lower bound of bench_render (ReportLab
drawing the same rectangles and strings), so that both meet the same load. It prints each
stage's median and minimum: on a shared machine the minimums are what the code costs, the
medians what the moment adds.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from bench import bench_render

STAGES = ("snapshot", "shapes", "search", "layout", "writer")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_stages")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--map", type=Path, help="a generated map (default: the workshop map)")
    args = parser.parse_args(argv)
    bench_render.MAP = args.map

    from app.model.snapshot import journey_snapshot
    from app.render.export import ExportRequest, _write, poster_fit, room_on
    from app.render.paper import orient, parse_paper
    from app.render.pause import without_collector

    document = bench_render._open()
    journey = document.journeys()[0].id  # type: ignore[attr-defined]
    request = ExportRequest(Path("unused"), "pdf", paper=parse_paper("A0"), orientation="landscape")
    room = room_on(orient(request.paper, request.orientation, 1, 0), request)  # as `export._fit`
    bound, _, _ = bench_render.lower_bound(document)
    clock = time.process_time

    @without_collector  # as `export_document`
    def turn() -> list[float]:
        started = clock()
        snap = journey_snapshot(document, journey)  # type: ignore[arg-type]
        snapped = clock()
        fit = poster_fit(snap, request)
        _ = fit.cells
        shaped = clock()
        choice = fit.choose(room)
        chosen = clock()
        poster = fit.layout(choice)
        laid = clock()
        _write([poster], bench_render.Discarded(), request, [], set())  # type: ignore[arg-type]
        return [snapped - started, shaped - snapped, chosen - shaped, laid - chosen, clock() - laid]

    turn()
    bound()
    times: dict[str, list[float]] = {name: [] for name in (*STAGES, "export", "bound")}
    for _ in range(args.runs):
        gc.collect()
        for name, seconds in zip(STAGES, turn(), strict=True):
            times[name].append(seconds)
        times["export"].append(sum(times[name][-1] for name in STAGES))
        gc.collect()
        started = clock()
        bound()
        times["bound"].append(clock() - started)
    print(f"CPU seconds, median / minimum of {args.runs} turns")
    for name, samples in times.items():
        print(f"  {name:9} {statistics.median(samples):.3f} / {min(samples):.3f}")
    ratios = [e / b for e, b in zip(times["export"], times["bound"], strict=True)]
    print(
        f"  export / bound: median of the turns {statistics.median(ratios):.2f}, "
        f"of the minimums {min(times['export']) / min(times['bound']):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
