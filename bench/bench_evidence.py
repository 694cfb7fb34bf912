"""Attaching a folder of workshop photos keeps the editor responsive.

    python -m bench.bench_evidence [--photos 50] [--runs 3]

Makes N 12-megapixel JPEGs (4000 x 3000, noisy so they compress like photos), opens the sample
map in the real window (offscreen), drops them on a card through the same path as a drop from
the file manager, and measures: the time until every photo is attached, and the longest
stall of the event loop meanwhile (a 5 ms timer records the gaps between its ticks).
Targets: under 20 s for 50 photos, no stall over 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image

    base = Image.effect_noise((4000, 3000), 40).convert("RGB")
    paths = []
    for n in range(count):
        tinted = Image.blend(base, Image.new("RGB", base.size, (n * 5 % 255, 90, 160)), 0.35)
        path = folder / f"atelier-{n:02}.jpg"
        tinted.save(path, quality=90)
        paths.append(path)
    return paths


def one_run(paths: list[Path]) -> tuple[float, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.model import JourneyDocument
    from app.ui import evidence_actions
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    app = make_application(["parcours"])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.add_document(JourneyDocument.new("sample", "fr"))
    editor = tab.editor
    QApplication.processEvents()
    card = editor.document.cards(editor.journey_id)[0].id
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e9
        gaps.append(now - last[0])
        last[0] = now

    ticker.timeout.connect(tick)
    start = time.perf_counter()
    clock.start()
    ticker.start()
    evidence_actions.add_photos(editor, ("card", card), [(p, p.name) for p in paths])

    def photos() -> int:
        return sum(e.kind == "photo" for e in editor.document.evidence_for("card", card))

    while photos() < len(paths):
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > 300:
            raise RuntimeError("the photos never arrived")
    total = time.perf_counter() - start
    ticker.stop()
    editor.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return total, max(gaps[1:]) if len(gaps) > 1 else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="parcours-bench-") as folder:
        os.environ["PARCOURS_DATA_DIR"] = str(Path(folder) / "data")
        paths = make_photos(Path(folder), args.photos)
        results = [one_run(paths) for _ in range(args.runs)]
    totals, stalls = [r[0] for r in results], [r[1] for r in results]
    print(f"{args.photos} photos of 12 MP, {args.runs} runs")
    print(f"time to attach all : median {statistics.median(totals):.1f} s "
          f"(min {min(totals):.1f}, max {max(totals):.1f})   target < 20 s")  # fmt: skip
    print(f"longest stall      : median {statistics.median(stalls) * 1000:.0f} ms "
          f"(max {max(stalls) * 1000:.0f})   target < 100 ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
