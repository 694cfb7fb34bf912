"""Speed of the poster export on the workshop map (30 stages, 12 lanes, 2,000 cards, 100 photos),
and of the first layout the editor makes when it opens a map.

    python -m bench.bench_render [--runs N] [--map PATH] [--profile editor|fit|pdf|png]

`--map` takes another generated map, e.g. `python -m bench.generate OUT --cards 20000`.
Each figure is the median (min-max) wall-clock of N runs, then the median CPU time of this
process (on a shared machine, CPU time moves less than wall-clock), from an open document:
snapshot of the journey, layout fitted to the paper, and the writer. What a writer makes goes
to a sink that counts its bytes and keeps none (`Discarded`): the disk is not timed, and
neither is memory standing in for it (a poster's file is mostly its photos, 64 MB for this
map, and storing them in a growing `BytesIO` cost 0.06-0.09 s, which a bound that draws no
photo never pays). The PDF is also timed into memory, as earlier figures were, for
comparison, and as the editor exports it: with the canvas's measurer, which has met the map's
words when it laid the journey out (the export dialog passes it; a command-line export starts
cold, as "end to end" does). The PNG runs in a child process so that its peak memory
(ru_maxrss) is its own. The lower bound is ReportLab drawing as many rectangles and strings as
the poster has, the same strings, with no layout and no state tracking, into the same kind of
sink; the PDF export (both ways), its writer alone and the lower bound run in turns, and each
ratio is the median of the ratios of one turn.
`--profile` prints cProfile's heaviest functions for one run of that step instead.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGETS = {"pdf": 1.0, "png": 2.5, "svg": 1.0, "tiled": 2.0}
MAP: Path | None = None  # --map, else the workshop map


class Discarded(io.RawIOBase):
    """A binary file that keeps nothing: it counts the bytes written to it."""

    def __init__(self) -> None:
        super().__init__()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.size += len(data)
        return len(data)


def _median(samples: list[float]) -> str:
    return f"{statistics.median(samples):6.3f} s ({min(samples):.3f}-{max(samples):.3f})"


def _timed(runs: int, work: Callable[[], object], cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds of `runs` calls of `work`; their CPU seconds go to `cpu` if given."""
    samples = []
    for _ in range(runs):
        gc.collect()
        started, used = time.perf_counter(), time.process_time()
        work()
        samples.append(time.perf_counter() - started)
        if cpu is not None:
            cpu.append(time.process_time() - used)
    return samples


def _cpu(samples: list[float]) -> str:
    return f"cpu {statistics.median(samples):.3f} s"


def _open() -> object:
    from app.model import JourneyDocument
    from bench.generate import workshop_map_path

    return JourneyDocument.open(MAP or workshop_map_path(), read_only=True)


def _poster_work(
    document: object,
    fmt: str,
    sink: Callable[[], io.RawIOBase | io.BytesIO] = Discarded,
    measure: object = None,
) -> Callable[[], object]:
    from app.model.snapshot import journey_snapshot
    from app.render.export import ExportRequest, _fit, _write
    from app.render.paper import parse_paper
    from app.render.pause import without_collector

    request = ExportRequest(
        output=Path("unused"),
        format="pdf" if fmt == "tiled" else fmt,
        paper=parse_paper("A0"),
        orientation="landscape",
        dpi=150,
        tile=parse_paper("A4") if fmt == "tiled" else None,
    )
    journey = document.journeys()[0].id  # type: ignore[attr-defined]

    @without_collector  # as `export_document`
    def work() -> object:
        poster = _fit(journey_snapshot(document, journey), request, None, measure)  # type: ignore[arg-type]
        out = sink()
        _write([poster], out, request, [], set())  # type: ignore[arg-type]
        return out

    return work


def lower_bound(document: object) -> tuple[Callable[[], None], int, int]:
    """ReportLab alone, as its documentation shows it: the poster's rectangles (`rect`) and
    lines of text (`drawString`, each in its face and size), placed where the fitted poster
    has them, with no layout and no state tracking."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from app.model.snapshot import journey_snapshot
    from app.render.fit import fit_poster
    from app.render.fonts import register_reportlab, reportlab_name
    from app.render.ops import Box, Text

    register_reportlab()
    rl_config.useA85 = 0
    snap = journey_snapshot(document, document.journeys()[0].id)  # type: ignore[attr-defined]
    poster = fit_poster(snap, (3302.0, 2316.0))
    boxes = [op for item in poster.items for op in item.absolute_ops() if isinstance(op, Box)]
    texts = [op for item in poster.items for op in item.absolute_ops() if isinstance(op, Text)]
    fonts = {style: reportlab_name(style) for style in ("regular", "italic", "semibold", "bold")}

    def work() -> None:
        canvas = Canvas(Discarded(), pagesize=(poster.width, poster.height), pageCompression=1)
        for box in boxes:
            canvas.rect(box.x, box.y, box.w, box.h, stroke=1, fill=1)
        for text in texts:
            canvas.setFont(fonts[text.style], text.size)
            canvas.drawString(text.x, text.y, text.text)
        canvas.showPage()
        canvas.save()

    return work, len(boxes), len(texts)


def editor_layout(document: object, measure: object = None) -> Callable[[], object]:
    """The first layout of a whole journey in the editor: a fresh snapshot without pictures'
    bytes, laid out at the user's widths with a new measurer (or `measure`) and cache, rows
    left unplaced."""
    from app.model.snapshot import journey_snapshot
    from app.render.cache import LayoutCache
    from app.render.fonts import TextMeasurer
    from app.render.layout import layout_poster

    snap = journey_snapshot(document, document.journeys()[0].id, with_pictures=False)  # type: ignore[arg-type, attr-defined]
    return lambda: layout_poster(
        snap,
        measure=measure or TextMeasurer(),  # type: ignore[arg-type]
        cache=LayoutCache(),
        flat=False,
    )


def canvas_measurer(document: object) -> object:
    """The measurer of an editor that has opened the map: the export dialog hands it to the
    export (`export_document(measure=...)`), so the words are measured already."""
    from app.render.fonts import TextMeasurer

    measure = TextMeasurer()
    editor_layout(document, measure)()
    return measure


def profile(step: str) -> None:
    """cProfile of one run of `step` (after one run to warm up), heaviest own time first."""
    import cProfile
    import pstats

    from app.model.snapshot import journey_snapshot
    from app.render.export import ExportRequest, _fit
    from app.render.paper import parse_paper

    document = _open()
    if step == "editor":
        work = editor_layout(document)
    elif step == "fit":
        snap = journey_snapshot(document, document.journeys()[0].id)  # type: ignore[attr-defined]
        request = ExportRequest(Path("x"), "pdf", paper=parse_paper("A0"), orientation="landscape")
        work = lambda: _fit(snap, request, None)  # noqa: E731
    else:
        work = _poster_work(document, step)
    work()
    profiler = cProfile.Profile()
    profiler.runcall(work)
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(25)


def child_png(runs: int) -> None:
    """Run in a fresh process: PNG timings and this process's peak memory, as JSON."""
    import resource

    document = _open()
    cpu: list[float] = []
    samples = _timed(runs, _poster_work(document, "png"), cpu)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"samples": samples, "cpu": cpu, "peak": peak}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_render")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--map", type=Path, help="a generated map (default: the workshop map)")
    parser.add_argument("--child-png", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile", choices=("editor", "fit", "pdf", "png"))
    args = parser.parse_args(argv)
    global MAP
    MAP = args.map.absolute() if args.map else None
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as folder:
        os.environ["PARCOURS_DATA_DIR"] = folder
        if args.child_png:
            child_png(args.runs)
            return 0
        if args.profile:
            profile(args.profile)
            return 0
        from bench.generate import workshop_map_path

        if MAP is None:
            workshop_map_path()  # generate before timing anything
        started = time.perf_counter()
        document = _open()
        opened = time.perf_counter() - started
        print(
            f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
            f"medians of {args.runs} runs; workshop map opened in {opened:.2f} s (not counted)"
        )
        from app.model.snapshot import journey_snapshot
        from app.render.export import ExportRequest, _fit, _write
        from app.render.paper import parse_paper

        journey = document.journeys()[0].id  # type: ignore[attr-defined]
        cpu: dict[str, list[float]] = {}
        layout_t = _timed(args.runs, editor_layout(document), cpu.setdefault("editor", []))
        print(f"  first layout in the editor     {_median(layout_t)}   {_cpu(cpu['editor'])}")
        snap_t = _timed(args.runs, lambda: journey_snapshot(document, journey))
        print(f"  snapshot of the journey        {_median(snap_t)}")
        snap = journey_snapshot(document, journey)
        request = ExportRequest(
            Path("x.pdf"), "pdf", paper=parse_paper("A0"), orientation="landscape"
        )
        fit_t = _timed(args.runs, lambda: _fit(snap, request, None), cpu.setdefault("fit", []))
        print(f"  layout fitted to A0            {_median(fit_t)}   {_cpu(cpu['fit'])}")
        # the PDF end to end, its writer alone and the lower bound take turns, so that all
        # three meet the same load; their ratios are what to compare between machines
        poster = _fit(snap, request, None)
        bound, boxes, texts = lower_bound(document)
        kept, counted = _poster_work(document, "pdf", io.BytesIO)(), _poster_work(document, "pdf")()
        if counted.size != len(kept.getvalue()):  # type: ignore[attr-defined]
            raise SystemExit("the PDF written to the sink is not the PDF written to memory")
        turns = {
            "pdf": _poster_work(document, "pdf"),
            "canvas": _poster_work(document, "pdf", measure=canvas_measurer(document)),
            "writer": lambda: _write([poster], Discarded(), request, [], set()),  # type: ignore[arg-type]
            "bound": bound,
            "memory": _poster_work(document, "pdf", io.BytesIO),
        }
        results: dict[str, list[float]] = {name: [] for name in turns}
        for _ in range(args.runs):
            for name, work in turns.items():
                results[name] += _timed(1, work, cpu.setdefault(name, []))
        for fmt in ("svg", "tiled"):
            results[fmt] = _timed(args.runs, _poster_work(document, fmt), cpu.setdefault(fmt, []))
        ops = sum(len(item.ops) for item in poster.items)
        rows = (
            ("pdf", "PDF A0, end to end"),
            ("canvas", "PDF A0, from the editor"),
            ("memory", "PDF A0, into memory"),
            ("svg", "SVG A0"),
            ("tiled", "PDF A0 tiled on A4"),
            ("writer", f"PDF writer alone, {ops} ops"),
            ("bound", f"lower bound: {boxes} rects + {texts} strings"),
        )
        for name, label in rows:
            target = TARGETS.get(name)
            verdict = ""
            if target:
                met = statistics.median(results[name]) < target
                verdict = f"   target < {target} s: {'ok' if met else 'OVER TARGET'}"
            print(f"  {label:<30} {_median(results[name])}   {_cpu(cpu[name])}{verdict}")
        child_args = ["--child-png", "--runs", str(args.runs)]
        if MAP:
            child_args += ["--map", str(MAP)]
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench_render", *child_args],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        png = json.loads(child.stdout.strip().splitlines()[-1])
        verdict = (
            "ok"
            if statistics.median(png["samples"]) < TARGETS["png"] and png["peak"] < 2**30
            else "OVER"
        )
        print(
            f"  PNG A0 150 dpi                 {_median(png['samples'])}   {_cpu(png['cpu'])}   "
            f"peak memory {png['peak'] / 2**20:.0f} MiB   target < {TARGETS['png']} s, "
            f"< 1 GiB: {verdict}"
        )
        for name in ("pdf", "canvas", "writer", "memory"):
            pairs = [a / b for a, b in zip(results[name], results["bound"], strict=True)]
            pairs_cpu = [a / b for a, b in zip(cpu[name], cpu["bound"], strict=True)]
            print(
                f"  {name:<6} / lower bound: {statistics.median(pairs):.2f} wall, "
                f"{statistics.median(pairs_cpu):.2f} cpu (median of {args.runs} turns; aim < 2)"
            )
        document.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
