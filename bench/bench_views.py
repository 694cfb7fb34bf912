"""Speed of the analysis views on the workshop map: lay each out, and export each as a PDF.

    python -m bench.bench_views [--map FILE] [--runs N]

For each view (matrix, plan, inventory, compare, stats): the median time to compute and lay out
its pages from the document (snapshots included), and to write them as an A3 PDF through
`export_document` (the whole export, as `parcours export --view` runs it). The comparison reads
the map's journey and a duplicate of it made for the benchmark (a future state to compare).
Targets (issue 12): under 300 ms to lay out and under 1.5 s to export, per view.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper
from app.render.views.pages import VIEWS, view_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--map", type=Path, help="the map (default: the workshop map)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.map is None:
        from .generate import workshop_map_path

        args.map = workshop_map_path()
    with tempfile.TemporaryDirectory(prefix="parcours-views-") as folder:
        os.environ["PARCOURS_DATA_DIR"] = str(Path(folder) / "data")
        copy = Path(folder) / "map.cjm"
        shutil.copyfile(args.map, copy)
        document = JourneyDocument.open(copy)
        try:
            first = document.journeys()[0]
            future = document.duplicate_journey(first.id, "Future").first_added
            print(f"{args.map.name}: {len(document.cards(first.id))} cards")
            print(f"{'view':<10} {'lay out (ms)':>14} {'export PDF (ms)':>17}   targets: 300, 1500")
            for view in VIEWS:
                asked = (first.id, future) if view == "compare" else (first.id,)
                layout, export = [], []
                for run in range(args.runs):
                    start = time.perf_counter()
                    view_pages(document, view, asked)
                    layout.append((time.perf_counter() - start) * 1000)
                    out = Path(folder) / f"{view}-{run}.pdf"
                    request = ExportRequest(
                        out, "pdf", paper=parse_paper("A3"), view=view, journeys=asked
                    )
                    start = time.perf_counter()
                    export_document(document, request)
                    export.append((time.perf_counter() - start) * 1000)
                print(
                    f"{view:<10} {statistics.median(layout):>14.0f} "
                    f"{statistics.median(export):>17.0f}"
                )
        finally:
            document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
