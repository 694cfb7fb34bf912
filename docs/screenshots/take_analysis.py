"""Take the screenshots of docs/analysis.md: the analysis tabs on the sample map.

    Xvfb :99 -screen 0 1600x1000x24 &  DISPLAY=:99 python docs/screenshots/take_analysis.py [fr]

The sample gets a future state (its journey duplicated, three pains solved, a gain added, the
feeling better at three points), so that the comparison has something to show.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(80)


def main() -> int:
    os.environ.setdefault("PARCOURS_DATA_DIR", tempfile.mkdtemp(prefix="parcours-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from app.model import JourneyDocument
    from app.model.snapshot import journey_snapshot
    from app.ui.application import install_translators, make_application
    from app.ui.main_window import MainWindow

    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = make_application(["parcours"])
    install_translators(app, language)
    document = JourneyDocument.new("sample", "fr")
    current = document.journeys()[0].id
    future = document.duplicate_journey(current, "Obtenir un prêt immobilier (futur)").first_added
    snap = journey_snapshot(document, future, with_pictures=False)
    pains = [c for cells in snap.cells.values() for c in cells if c.sentiment == "pain"]
    for pain in pains[:3]:
        document.delete_cards([pain.id])
    document.add_card(
        pains[0].lane_id, pains[0].stage_id, "Suivi du dossier en temps réel", sentiment="gain"
    )
    points = [p for lane in snap.lanes for p in snap.points(lane.id)]
    for point in points[2:8:2]:
        document.set_emotion_value(point.id, min(5.0, point.value + 2.5))
    document.clear_history(as_saved=True)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    tab = window.add_document(document)
    assert tab is not None
    suffix = "" if language == "en" else f"-{language}"
    for view in ("matrix", "plan", "compare", "inventory", "stats"):
        tab.views.show_view(view)
        settle(app)
        window.grab().save(str(HERE / f"analysis-{view}{suffix}.png"))
    document.clear_history(as_saved=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
