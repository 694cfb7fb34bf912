"""Export the open journey (or all journeys) as a PDF, PNG or SVG poster."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.model import DocumentError
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper

from .application import settings
from .editor import MapEditor
from .messages import user_message

PAPERS = ("A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid")


class ExportDialog(QDialog):
    """Paper, orientation, resolution and tiling, then a file name; the poster is written whole."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Export a poster"))
        self.format = QComboBox()
        for value, label in (("pdf", "PDF"), ("png", "PNG"), ("svg", "SVG")):
            self.format.addItem(label, value)
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.orientation = QComboBox()
        for value, label in (
            ("auto", self.tr("Follow the map")),
            ("landscape", self.tr("Landscape")),
            ("portrait", self.tr("Portrait")),
        ):
            self.orientation.addItem(label, value)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.tile = QComboBox()
        for value, label in (
            ("", self.tr("One sheet")),
            ("A4", self.tr("Tiled on A4 sheets")),
            ("A3", self.tr("Tiled on A3 sheets")),
        ):
            self.tile.addItem(label, value)
        self.overlap = QSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setValue(10)
        self.overlap.setSuffix(" mm")
        self.all_journeys = QCheckBox(self.tr("All journeys (one page each)"))
        self.persona_sheet = QComboBox()
        for value, label in (
            ("none", self.tr("No persona sheet")),
            ("before", self.tr("Persona sheet, then the poster")),
            ("only", self.tr("Persona sheet alone")),
        ):
            self.persona_sheet.addItem(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Resolution (PNG)"), self.dpi)
        form.addRow(self.tr("Printing"), self.tile)
        form.addRow(self.tr("Overlap between sheets"), self.overlap)
        form.addRow(self.tr("Persona"), self.persona_sheet)
        form.addRow(self.all_journeys)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._enable)
        self.persona_sheet.currentIndexChanged.connect(self._enable)
        self.tile.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        pdf = self.format.currentData() == "pdf"
        self.dpi.setEnabled(self.format.currentData() == "png")
        self.tile.setEnabled(pdf)
        self.overlap.setEnabled(pdf and bool(self.tile.currentData()))
        self.all_journeys.setEnabled(pdf)
        if not pdf and self.persona_sheet.currentData() == "before":
            self.persona_sheet.setCurrentIndex(0)  # a PNG or SVG holds one page

    def accept(self) -> None:
        fmt = self.format.currentData()
        document = self.editor.document
        journey = document.journey(self.editor.journey_id)
        stem = (journey.title if journey else document.display_name).replace("/", "-") or "poster"
        folder = Path(str(settings().value("last_folder", Path.home())))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as"), str(folder / f"{stem}.{fmt}"), f"{fmt.upper()} (*.{fmt})"
        )
        if path and self.export_to(Path(path)):
            super().accept()

    def request(self, target: Path) -> ExportRequest:
        """What the dialog's choices ask for, written to `target` (its extension completed)."""
        fmt = self.format.currentData()
        if not target.name.lower().endswith(f".{fmt}"):
            target = target.with_name(f"{target.name}.{fmt}")
        tile = self.tile.currentData() if fmt == "pdf" else ""
        return ExportRequest(
            output=target,
            format=fmt,
            journey=self.editor.journey_id,
            all_journeys=fmt == "pdf" and self.all_journeys.isChecked(),
            paper=parse_paper(self.paper.currentText()),
            orientation=self.orientation.currentData(),
            dpi=self.dpi.value(),
            tile=parse_paper(tile) if tile else None,
            overlap_mm=float(self.overlap.value()),
            persona_sheet=self.persona_sheet.currentData(),
        )

    def export_to(self, target: Path) -> bool:
        """Write the poster; a refusal is shown as one sentence and nothing is left behind."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_document(
                self.editor.document, self.request(target), measure=self.editor.scene.measure
            )
        except DocumentError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "Parcours", user_message(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.editor.message.emit(self.tr("Exported %s") % result.path.name)
        return True
