"""The editor's start as the command line runs it: notices, the error dialog, the self-test.

`start` wraps `main_window.run`: once the window is up, the start-up notices (a previous crash,
a missing file, unreadable settings) show in its status bar, and an unexpected error shows a
dialog naming its report. `--self-test` lets a packager check an installation: the real window
opens the maps, then prints what it shows (menus in the chosen language, open documents) as
JSON, and closes by itself.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import diagnostics
from app.version import VERSION

from .application import chosen_language, make_application
from .main_window import MainWindow, run

NOTICE_MILLISECONDS = 30_000


def start(paths: list[Path], sample: bool, self_test_seconds: float | None = None) -> int:
    """Run the editor; with `self_test_seconds`, report and close after that long."""
    application = make_application(["parcours"])
    listener: Callable[[Path | None], None] = _show_unexpected_error
    QTimer.singleShot(0, _window_started)
    if self_test_seconds is not None:
        listener = _self_test_failed
        QTimer.singleShot(0, lambda: print(json.dumps({"window": "shown"}), flush=True))
        QTimer.singleShot(round(self_test_seconds * 1000), _self_test_report)
    diagnostics.error_listeners.append(listener)
    try:
        return run(paths, sample=sample)
    finally:
        diagnostics.error_listeners.remove(listener)
        del application


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def _window_started() -> None:
    window = main_window()
    if window is None:
        return
    if diagnostics.notices():
        window.statusBar().showMessage(" ".join(diagnostics.notices()), NOTICE_MILLISECONDS)


def _show_unexpected_error(report: Path | None) -> None:
    text = QCoreApplication.translate(
        "Startup",
        "Parcours hit an unexpected error. Your edits so far are kept; save your map under a "
        "new name to be safe.",
    )
    if report is not None:
        text += " " + QCoreApplication.translate("Startup", "The report is in %s.") % report
    QMessageBox.critical(main_window(), "Parcours", text)


def _self_test_failed(_report: Path | None) -> None:
    """In a self-test, an unexpected error fails the run instead of waiting on a dialog."""
    QApplication.exit(1)


def _self_test_report() -> None:
    """Print what the window shows, then close it (unsaved maps would make it ask: it fails)."""
    window = main_window()
    if window is None:
        print(json.dumps({"error": "no main window"}), flush=True)
        QApplication.exit(1)
        return
    picture = window.grab()
    report = {
        "version": VERSION,
        "qt": qVersion(),
        "platform": QGuiApplication.platformName(),
        "language": chosen_language(),
        "menus": [action.text().replace("&", "") for action in window.menuBar().actions()],
        "documents": [tab.name() for tab in window.tab_list()],
        "window": [picture.width(), picture.height()],
        "icon": not QApplication.windowIcon().isNull(),
        "notices": diagnostics.notices(),
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    if not window.close():
        print("parcours: the self-test could not close the window.", file=sys.stderr)
        QApplication.exit(1)
