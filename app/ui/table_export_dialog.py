"""Export the map's tables as a spreadsheet: every table in one XLSX workbook (one sheet each),
or one table as CSV, for this journey or every journey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from app.model import DocumentError
from app.model.table_export import export_tables
from app.model.table_fields import TABLES

from .application import settings
from .editor import MapEditor
from .messages import user_message


class TableExportDialog(QDialog):
    """What to export (all tables or one), for which journeys, as XLSX or CSV."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Export a spreadsheet"))
        self.table = QComboBox()
        self.table.addItem(self.tr("Every table (one sheet each)"), "")
        for key, label in (
            ("cards", self.tr("Cards")),
            ("touchpoints", self.tr("Touchpoint inventory")),
            ("opportunities", self.tr("Action plan (opportunities)")),
            ("metrics", self.tr("Metrics")),
            ("evidence", self.tr("Evidence index")),
        ):
            self.table.addItem(label, key)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV, UTF-8 (.csv)"), "csv")
        self.journeys = QComboBox()
        self.journeys.addItem(self.tr("This journey"), "one")
        self.journeys.addItem(self.tr("Every journey"), "all")
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Semicolon ;"), ";")
        self.delimiter.addItem(self.tr("Comma ,"), ",")
        self.delimiter.addItem(self.tr("Tab"), "tab")
        decimal_comma = QLocale().decimalPoint() == ","
        self.delimiter.setCurrentIndex(0 if decimal_comma else 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Export:"), self.table)
        form.addRow(self.tr("As:"), self.format)
        form.addRow(self.tr("Journeys:"), self.journeys)
        form.addRow(self.tr("CSV delimiter:"), self.delimiter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.table.currentIndexChanged.connect(self._fit_choices)
        self.format.currentIndexChanged.connect(self._fit_choices)
        self._fit_choices()

    def _fit_choices(self) -> None:
        """A CSV holds one table: with every table, only the workbook is offered."""
        every = not self.table.currentData()
        if every:
            self.format.setCurrentIndex(0)
        self.format.model().item(1).setEnabled(not every)  # type: ignore[attr-defined]
        self.delimiter.setEnabled(self.format.currentData() == "csv")

    def request(self) -> tuple[list[str], list[str] | None, str, str]:
        """(tables, journey ids or None for all, format, delimiter)."""
        table = str(self.table.currentData())
        tables = [table] if table else list(TABLES)
        journeys = [self.editor.journey_id] if self.journeys.currentData() == "one" else None
        return tables, journeys, str(self.format.currentData()), str(self.delimiter.currentData())

    def export(self) -> None:
        tables, journeys, fmt, delimiter = self.request()
        document = self.editor.document
        folder = Path(str(settings().value("last_folder", str(Path.home()))))
        stem = document.path.stem if document.path else document.display_name
        name = f"{stem}.{fmt}" if len(tables) > 1 else f"{stem} - {tables[0]}.{fmt}"
        filters = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a spreadsheet"), str(folder / name), filters
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(f".{fmt}") else Path(f"{path}.{fmt}")
        self.write(target, tables, journeys, delimiter)

    def write(
        self, target: Path, tables: list[str], journeys: list[str] | None, delimiter: str
    ) -> bool:
        try:
            export_tables(self.editor.document, target, tables, journeys, delimiter=delimiter)
        except DocumentError as error:
            self.editor.failed.emit(user_message(error))
            return False
        self.editor.message.emit(self.tr("Wrote %1").replace("%1", target.name))
        self.accept()
        return True
