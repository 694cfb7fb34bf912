"""Export the open journey (or all journeys) as a PDF, PNG or SVG poster, or one of its
analysis views (matrix, action plan, touchpoints, comparison, statistics; the tables also as
CSV)."""

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
    QSpinBox,
    QWidget,
)

from app.model import DocumentError
from app.render.export import TABLE_FORMATS, ExportRequest, export_document
from app.render.paper import parse_paper

from .application import settings
from .editor import MapEditor
from .messages import user_message
from .open_questions import warn

PAPERS = ("A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid")


class ExportDialog(QDialog):
    """Paper, orientation, resolution and tiling, then a file name; the poster is written whole."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Export a poster"))
        self.view = QComboBox()
        for value, label in (
            ("map", self.tr("The map")),
            ("matrix", self.tr("Opportunity matrix")),
            ("plan", self.tr("Action plan")),
            ("inventory", self.tr("Touchpoint inventory")),
            ("compare", self.tr("Comparison of every journey")),
            ("stats", self.tr("Journey statistics")),
        ):
            self.view.addItem(label, value)
        self.format = QComboBox()
        for value, label in (
            ("pdf", "PDF"),
            ("png", "PNG"),
            ("svg", "SVG"),
            ("csv", "CSV"),
            ("xlsx", self.tr("Excel workbook")),
        ):
            self.format.addItem(label, value)
        self.density = QComboBox()
        for value, label in (
            ("detailed", self.tr("Detailed")),
            ("simplified", self.tr("Simplified (titles, curve, moments of truth)")),
        ):
            self.density.addItem(label, value)
        self.bleed = QSpinBox()
        self.bleed.setRange(0, 10)
        self.bleed.setSuffix(" mm")
        self.crop_marks = QCheckBox(self.tr("Crop marks (for a print shop)"))
        self.comments = QCheckBox(self.tr("Open comments (numbered on the poster, then listed)"))
        self.svg_text = QComboBox()
        for value, label in (
            ("embedded", self.tr("Fonts embedded")),
            ("outlines", self.tr("Letters as shapes (for tools that ignore embedded fonts)")),
        ):
            self.svg_text.addItem(label, value)
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
        form.addRow(self.tr("What"), self.view)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Density"), self.density)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Resolution (PNG)"), self.dpi)
        form.addRow(self.tr("Printing"), self.tile)
        form.addRow(self.tr("Overlap between sheets"), self.overlap)
        form.addRow(self.tr("Persona"), self.persona_sheet)
        form.addRow(self.tr("Bleed (PDF)"), self.bleed)
        form.addRow(self.crop_marks)
        form.addRow(self.tr("Text in the SVG"), self.svg_text)
        form.addRow(self.all_journeys)
        form.addRow(self.comments)
        form.addRow(buttons)
        self.view.currentIndexChanged.connect(self._enable)
        self.bleed.valueChanged.connect(self._enable)
        self.crop_marks.toggled.connect(self._enable)
        self.format.currentIndexChanged.connect(self._enable)
        self.persona_sheet.currentIndexChanged.connect(self._enable)
        self.tile.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        view = self.view.currentData()
        table = view in ("plan", "inventory")
        if self.format.currentData() in TABLE_FORMATS and not table:
            self.format.setCurrentIndex(0)  # CSV and XLSX are for the views that are tables
        for index in range(self.format.count()):
            if self.format.itemData(index) in TABLE_FORMATS:
                self.format.model().item(index).setEnabled(table)  # type: ignore[attr-defined]
        fmt = self.format.currentData()
        pdf, on_map = fmt == "pdf", view == "map"
        self.paper.setEnabled(fmt not in TABLE_FORMATS)
        self.orientation.setEnabled(fmt not in TABLE_FORMATS)
        self.density.setEnabled(on_map)
        self.dpi.setEnabled(fmt == "png")
        self.tile.setEnabled(pdf)
        self.overlap.setEnabled(pdf and bool(self.tile.currentData()))
        self.all_journeys.setEnabled((pdf and on_map) or view in ("matrix", "plan"))
        self.persona_sheet.setEnabled(on_map)
        self.comments.setEnabled(on_map)
        single = pdf and on_map and not self.tile.currentData()
        self.bleed.setEnabled(single)
        self.crop_marks.setEnabled(single)
        self.svg_text.setEnabled(fmt == "svg")
        if not pdf and self.persona_sheet.currentData() == "before":
            self.persona_sheet.setCurrentIndex(0)  # a PNG or SVG holds one page
        if not on_map and self.paper.currentText() == "A0":
            self.paper.setCurrentText("A3")  # a view reads on a desk, not on a wall

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
        view = self.view.currentData()
        every = self.all_journeys.isChecked() and self.all_journeys.isEnabled()
        if view == "compare" or (view in ("matrix", "plan") and every):
            journeys = tuple(j.id for j in self.editor.document.journeys())
        else:
            journeys = (self.editor.journey_id,)
        single = self.bleed.isEnabled()
        return ExportRequest(
            output=target,
            format=fmt,
            view=view,
            journeys=journeys,
            density=self.density.currentData() if view == "map" else "detailed",
            svg_text=self.svg_text.currentData(),
            bleed_mm=float(self.bleed.value()) if single else 0.0,
            crop_marks=self.crop_marks.isChecked() and single,
            journey=self.editor.journey_id,
            all_journeys=fmt == "pdf" and view == "map" and every,
            paper=parse_paper(self.paper.currentText()),
            orientation=self.orientation.currentData(),
            dpi=self.dpi.value(),
            tile=parse_paper(tile) if tile else None,
            overlap_mm=float(self.overlap.value()),
            persona_sheet=self.persona_sheet.currentData(),
            comments=self.comments.isChecked() and view == "map",
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
            warn(self, user_message(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.editor.message.emit(self.tr("Exported %s") % result.path.name)
        return True
