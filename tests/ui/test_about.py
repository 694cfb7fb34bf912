"""Help › About Parcours: the version, the licences of everything bundled, Qt's own About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.ui.about import AboutDialog
from app.ui.main_window import MainWindow
from app.version import VERSION


def test_the_help_menu_opens_the_about_box(window: MainWindow, answer_modal) -> None:
    seen = answer_modal("Close")
    window.about_action.trigger()
    assert seen.problem == ""
    assert seen.title == "About Parcours"
    assert f"Parcours {VERSION}" in seen.text and "MIT" in seen.text
    assert "About Qt" in seen.buttons


def test_each_licence_is_one_click_away(qtbot: QtBot, window: MainWindow) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.licences
    listing = browser.toPlainText()
    for component in ("Open Sans", "Qt 6", "PySide6", "SQLAlchemy", "ReportLab", "Pillow",
                      "platformdirs", "PyInstaller"):  # fmt: skip
        assert component in listing
    link = browser.document().find("LGPL-3.0.txt")
    assert not link.isNull()
    spot = browser.cursorRect(link).center()
    spot.setX(spot.x() - 10)  # inside the link's text, before the cursor's place
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert browser.toPlainText().lstrip().startswith("GNU LESSER GENERAL PUBLIC LICENSE")
    back = next(b for b in dialog.findChildren(QPushButton) if b.text() == "All licences")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert browser.toPlainText() == listing
    dialog.close()
