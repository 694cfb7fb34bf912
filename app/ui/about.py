"""Help › About Parcours: the version, what runs underneath, the licences of everything bundled.

The licences are the files of resources/licences (the one place that lists them), shown as they
ship: the list first, each full text one click away, and Qt's own About beside.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import bundled, diagnostics
from app.version import VERSION

LICENCES = "THIRD-PARTY.md"


class AboutDialog(QDialog):
    """Version and licences; a link in the list opens that licence's text in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Parcours"))
        self.resize(720, 560)
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(96, 96))
        title = QLabel(f"<h2>Parcours {VERSION}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            self.tr(
                "An offline editor for customer journey maps: one file per project, posters for "
                "the workshop wall. Free software under the MIT licence."
            )
        )
        summary.setWordWrap(True)
        versions = QLabel(
            self.tr("Python %1 · Qt %2 · PySide6 %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
        )
        log_folder = QLabel(self.tr("Log and crash reports: %s") % diagnostics.log_dir())
        log_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        for label in (title, summary, versions, log_folder):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(self.show_licence)
        self.back = QPushButton(self.tr("All licences"))
        self.back.clicked.connect(self.show_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.show_list()

    def show_list(self) -> None:
        """Every bundled component with its licence (resources/licences/THIRD-PARTY.md)."""
        self.back.setEnabled(False)
        try:
            text = bundled.path("licences", LICENCES).read_text("utf-8")
        except (bundled.MissingResourceError, OSError):
            self.licences.setPlainText(bundled.MissingResourceError(f"licences/{LICENCES}").args[0])
            return
        self.licences.setMarkdown(text)

    def show_licence(self, link: QUrl) -> None:
        """One licence's full text, as plain text (a link of the list, relative to it)."""
        relative = link.toString()
        if link.scheme() or relative.startswith(("/", "`")):
            return
        parts = ["licences", *relative.split("/")]
        while ".." in parts:  # "../fonts/LICENSE-OpenSans.txt" from the licences folder
            at = parts.index("..")
            if at == 0:
                return
            del parts[at - 1 : at + 1]
        try:
            text = bundled.path(*parts).read_text("utf-8")
        except (bundled.MissingResourceError, OSError):
            text = bundled.MissingResourceError("/".join(parts)).args[0]
        self.licences.setPlainText(text)
        self.back.setEnabled(True)
