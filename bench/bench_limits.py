"""What the largest map the limits allow costs: open, edit, save, check, export, the editor.

    python -m bench.bench_limits [--runs 3] [--skip-editor] [--only NAME]

Every measurement runs in a fresh Python process on a copy of bench/out/largest.cjm (made by
bench/largest.py when missing) and reports the median wall time of the runs and the highest
peak resident memory (ru_maxrss) of the process, against the budget docs/file-format.md
states. The machine is shared: quote medians.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from .largest import largest_map_path

ROOT = Path(__file__).resolve().parents[1]

# name: (python code run with MAP and OUT set, which span `mark()` closed, budget in seconds);
# span 0 runs from the start of the code to its first mark(), or to its end
MEASUREMENTS: dict[str, tuple[str, int, float]] = {
    "parcours check (pictures checked too)": ("cli('check', MAP)", 0, 30),
    "parcours info --json": ("cli('info', MAP, '--json')", 0, 10),
    "open (copy, validate)": ("d = JourneyDocument.open(MAP); mark(); d.close()", 0, 5),
    "one verb commit (update_card)": (
        """
        d = JourneyDocument.open(MAP)
        j = d.journeys()[0].id
        card = d.cards(j)[0].id
        mark()
        d.update_card(card, title="Edited")
        mark()
        d.close()
        """,
        1,
        0.5,
    ),
    "snapshot + layout of the largest journey (as export and first paint do)": (
        """
        d = JourneyDocument.open(MAP)
        j = d.journeys()[0].id
        mark()
        layout_poster(journey_snapshot(d, j, with_pictures=False))
        mark()
        d.close()
        """,
        1,
        45,
    ),
    "save after one edit": (
        """
        d = JourneyDocument.open(MAP)
        j = d.journeys()[0].id
        d.update_card(d.cards(j)[0].id, title="Edited")
        mark()
        d.save()
        mark()
        d.close()
        """,
        1,
        5,
    ),
    "export PDF A0": ("cli('export', MAP, '-o', OUT + '.pdf')", 0, 90),
    "export PDF A0 tiled on A4, every journey": (
        "cli('export', MAP, '-o', OUT + '.pdf', '--tile', 'A4', '--all')",
        0,
        120,
    ),
    "export SVG A0": ("cli('export', MAP, '-o', OUT + '.svg')", 0, 90),
    "export PNG A0 150 dpi": ("cli('export', MAP, '-o', OUT + '.png')", 0, 90),
    "export the map as JSON (pictures in base64)": (
        "cli('export', MAP, '-o', OUT + '.json')",
        0,
        30,
    ),
    "new --from that JSON": (
        """
        cli('export', MAP, '-o', OUT + '.json')
        mark()
        cli('new', OUT + '.cjm', '--from', OUT + '.json')
        mark()
        """,
        1,
        30,
    ),
}

EDITOR = """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    app = make_application(["parcours"])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.open_path(Path(MAP))
    window.repaint()
    app.processEvents()
    mark()  # the map shown
    editor = tab.editor
    card = next(iter(editor.document.cards(editor.journey_id))).id
    editor.edit("card", card, title="Edited in the editor")
    app.processEvents()
    window.repaint()
    app.processEvents()
    mark()  # one edit on screen
    pictures = tab.editor.scene.checks
    keys = tab.editor.document.pictures_in_use()
    while any(pictures.picture(k) is None for k in keys):
        app.processEvents()
        time.sleep(0.05)
    mark()  # every picture checked in the background (the window is left open: closing
    # would ask about the edit)
"""

PRELUDE = """
import io, contextlib, json, resource, sys, time
from pathlib import Path
from app.cli import main
from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.render.layout import layout_poster
MAP, OUT = sys.argv[1], sys.argv[2]
marks = [time.perf_counter()]
def mark():
    marks.append(time.perf_counter())
def cli(*args):
    with contextlib.redirect_stdout(io.StringIO()):
        status = main([str(a) for a in args])
    assert status == 0, status
"""
EPILOGUE = """
mark()
spans = [b - a for a, b in zip(marks, marks[1:])]
print(json.dumps({"spans": spans, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run(code: str, source: Path, folder: Path) -> tuple[list[float], float]:
    """(the spans `mark()` closed, peak RSS in MiB) of `code` in a fresh process."""
    target = folder / "map.cjm"
    shutil.copyfile(source, target)
    env = {**os.environ, "PARCOURS_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(ROOT)}
    script = PRELUDE + textwrap.dedent(code) + EPILOGUE
    child = subprocess.run(
        [sys.executable, "-c", script, str(target), str(folder / "out")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    if child.returncode:
        raise RuntimeError(child.stderr[-2000:])
    result = json.loads(child.stdout.strip().splitlines()[-1])
    return result["spans"], result["rss"] / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_limits", description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-editor", action="store_true")
    parser.add_argument("--only", help="run the measurements whose name contains this")
    options = parser.parse_args(argv)
    source = largest_map_path()
    print(f"map: {source} ({source.stat().st_size / 2**20:.1f} MiB)")
    measurements = dict(MEASUREMENTS)
    if not options.skip_editor:
        measurements["editor: open the map, first paint"] = (EDITOR, 0, 60)
        measurements["editor: then one edit (title of a card) on screen"] = (EDITOR, 1, 10)
        measurements["editor: then every picture checked (background)"] = (EDITOR, 2, 60)
    failed = False
    print("| what | runs | median | min | max | peak RSS | budget |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, (code, span, budget) in measurements.items():
        if options.only and options.only not in name:
            continue
        times, peaks = [], []
        for _ in range(options.runs):
            with tempfile.TemporaryDirectory(prefix="parcours-limits-") as folder:
                spans, rss = run(code, source, Path(folder))
            times.append(spans[span])
            peaks.append(rss)
        median = statistics.median(times)
        ok = median <= budget and max(peaks) < 2048
        failed |= not ok
        print(
            f"| {name} | {len(times)} | {median:.2f} s | {min(times):.2f} s | {max(times):.2f} s "
            f"| {max(peaks):.0f} MiB | < {budget:g} s, < 2 GiB: {'ok' if ok else 'MISSED'} |",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    started = time.perf_counter()
    status = main()
    print(f"({time.perf_counter() - started:.0f} s)")
    sys.exit(status)
