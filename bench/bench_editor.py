"""Speed of the editor on the workshop map: launch, repaint, drag, edit-to-screen.

    python -m bench.bench_editor [--runs N]

Runs offscreen (QT_QPA_PLATFORM=offscreen, a 1600 x 1000 window): painting goes through the
same raster engine as on a desktop, without a compositor. Each figure is the median of N runs:
- launch: from starting `python` to the window shown with the map painted (a fresh process
  each run, so imports and the copy and validation of the 64 MB file are included);
- repaint: one synchronous repaint of the whole viewport, at 100 % and at fit-to-window;
- drag move: one mouse-move event during a card drag, handled, then the regions it
  changed repainted (processEvents; the view repaints only what moved);
- edit to screen: from pushing an edit command to the canvas updated and painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from .generate import workshop_map_path

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = """
import time, os, sys
start = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui.application import make_application
from app.ui.main_window import MainWindow
app = make_application(["parcours"])
window = MainWindow()
window.resize(1600, 1000)
window.show()
tab = window.open_path(__import__("pathlib").Path(sys.argv[2]))
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print(f"{time.time() - start:.4f}", flush=True)
    os._exit(0)
tab.editor.view.viewport().installEventFilter(Painted(window))
app.exec()
"""


def median_ms(samples: list[float]) -> str:
    low, high = min(samples) * 1000, max(samples) * 1000
    return f"{statistics.median(samples) * 1000:.1f} ms (min {low:.1f}, max {high:.1f})"


def launch_times(path: Path, runs: int, data: str) -> list[float]:
    env = {**os.environ, "PARCOURS_DATA_DIR": data, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", LAUNCH, str(start), str(path)],
            capture_output=True, text=True, env=env, timeout=120, check=True,
        )  # fmt: skip
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def in_process(path: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.application import make_application
    from app.ui.canvas.items import CardItem
    from app.ui.main_window import MainWindow

    app = make_application(["parcours"])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.open_path(path)
    assert tab is not None
    editor, view = tab.editor, tab.editor.view
    QApplication.processEvents()
    results: dict[str, list[float]] = {"repaint 100 %": [], "repaint fit": []}
    for zoom, name in ((1.0, "repaint 100 %"), (None, "repaint fit")):
        view.fit() if zoom is None else view.set_zoom(zoom)
        QApplication.processEvents()
        view.viewport().repaint()
        for _ in range(runs):
            start = time.perf_counter()
            view.viewport().repaint()
            results[name].append(time.perf_counter() - start)

    view.set_zoom(1.0)
    card = next(i for i in editor.scene.items_by_key.values() if isinstance(i, CardItem))
    view.centerOn(card)
    QApplication.processEvents()
    start_point = view.mapFromScene(card.layout_rect().center())
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_point
    )
    moves = []
    for step in range(1, 6 * runs + 1):
        target = start_point + QPoint(step * 7, step * 3)
        begin = time.perf_counter()
        QTest.mouseMove(view.viewport(), target)
        QApplication.processEvents()  # the repaint of what moved (minimal viewport update)
        moves.append(time.perf_counter() - begin)
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_point
    )
    results["drag mouse-move"] = moves[5:]
    QApplication.processEvents()

    edits = []
    for n in range(runs * 3):
        begin = time.perf_counter()
        editor.edit("card", card.ref, title=f"Titre modifié {n}")
        editor.refresh()
        view.viewport().repaint()
        edits.append(time.perf_counter() - begin)
    results["edit to screen"] = edits
    for t in window.tab_list():
        t.editor.undo_stack.setClean()
    window.close()
    app.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    source = workshop_map_path()
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as folder:
        os.environ["PARCOURS_DATA_DIR"] = str(Path(folder) / "data")
        copy = Path(folder) / "workshop.cjm"
        copy.write_bytes(source.read_bytes())
        launch = launch_times(copy, max(3, args.runs // 2), str(Path(folder) / "data"))
        rows = {"launch to painted window": launch, **in_process(copy, args.runs)}
    targets = {
        "launch to painted window": "< 1.5 s",
        "repaint 100 %": "< 16 ms",
        "repaint fit": "< 30 ms",
        "drag mouse-move": "< 8 ms",
        "edit to screen": "< 50 ms",
    }
    print(f"{'measure':<28} {'median (min, max)':<40} target")
    for name, samples in rows.items():
        print(f"{name:<28} {median_ms(samples):<40} {targets[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
