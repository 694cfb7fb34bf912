"""Import a spreadsheet into the open journey: what its rows are, which column is which field
(guessed from French and English headers, remembered per header), whether to create the stages
and lanes it names, a preview of every row with what happens to it and why, then one step.

The planning and the applying are the model's (app/model/table_import.py); this dialog shows
the plan again whenever a choice changes, and applies it as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import DocumentError
from app.model.table_fields import IMPORTABLE
from app.model.table_import import (
    ImportPlan,
    apply_import,
    fold,
    guess_mapping,
    guess_table,
    importable_fields,
    plan_import,
)
from app.model.table_read import RawTable, read_table

from .application import settings
from .editor import MapEditor
from .messages import problem_text, user_message

PREVIEW_ROWS = 500
"""Rows shown in the preview (every refused row is listed below it, however many)."""
MEMORY = "import/columns/"
"""QSettings group: folded header -> the field chosen for it ("" = left out)."""


def table_names() -> dict[str, str]:
    return {
        "cards": QCoreApplication.translate("ImportDialog", "Cards"),
        "touchpoints": QCoreApplication.translate("ImportDialog", "Touchpoints"),
        "opportunities": QCoreApplication.translate("ImportDialog", "Opportunities (action plan)"),
        "metrics": QCoreApplication.translate("ImportDialog", "Metrics"),
    }


def field_names() -> dict[str, str]:
    """Every field an import can set, as the interface names it."""
    return {
        "stage": QCoreApplication.translate("ImportDialog", "Stage"),
        "stage_position": QCoreApplication.translate("ImportDialog", "Stage number"),
        "lane": QCoreApplication.translate("ImportDialog", "Lane"),
        "lane_kind": QCoreApplication.translate("ImportDialog", "Lane kind"),
        "lane_position": QCoreApplication.translate("ImportDialog", "Lane number"),
        "title": QCoreApplication.translate("ImportDialog", "Title"),
        "body": QCoreApplication.translate("ImportDialog", "Description"),
        "colour": QCoreApplication.translate("ImportDialog", "Colour"),
        "channel": QCoreApplication.translate("ImportDialog", "Channel"),
        "direct": QCoreApplication.translate("ImportDialog", "Direct"),
        "physical": QCoreApplication.translate("ImportDialog", "Physical"),
        "touchpoint_state": QCoreApplication.translate("ImportDialog", "Current or future"),
        "owner": QCoreApplication.translate("ImportDialog", "Owner"),
        "sentiment": QCoreApplication.translate("ImportDialog", "Pain or gain"),
        "moment_of_truth": QCoreApplication.translate("ImportDialog", "Moment of truth"),
        "impact": QCoreApplication.translate("ImportDialog", "Impact"),
        "effort": QCoreApplication.translate("ImportDialog", "Effort"),
        "status": QCoreApplication.translate("ImportDialog", "Status"),
        "id": QCoreApplication.translate("ImportDialog", "Id (updates that element)"),
        "name": QCoreApplication.translate("ImportDialog", "Metric"),
        "value_before": QCoreApplication.translate("ImportDialog", "Value before"),
        "value_after": QCoreApplication.translate("ImportDialog", "Value after"),
        "target": QCoreApplication.translate("ImportDialog", "Target"),
        "unit": QCoreApplication.translate("ImportDialog", "Unit"),
        # file format 3 (issue 10), named ahead of it
        "key_touchpoint": QCoreApplication.translate("ImportDialog", "Key touchpoint"),
        "effort_kind": QCoreApplication.translate("ImportDialog", "Kind of effort"),
        "magic_moment": QCoreApplication.translate("ImportDialog", "Magic moment"),
        "due_date": QCoreApplication.translate("ImportDialog", "Due date"),
        "kind": QCoreApplication.translate("ImportDialog", "Kind of metric"),
        "source": QCoreApplication.translate("ImportDialog", "Source"),
        "measured_before": QCoreApplication.translate("ImportDialog", "Measured before"),
        "measured_after": QCoreApplication.translate("ImportDialog", "Measured after"),
        "inputs": QCoreApplication.translate("ImportDialog", "Answers"),
    }


def import_spreadsheet(editor: MapEditor, parent: QWidget) -> None:
    """File › Import a Spreadsheet: choose a file, read it (untrusted), show the dialog."""
    folder = str(settings().value("import/folder", str(Path.home())))
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import a spreadsheet"),
        folder,
        QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.csv *.txt *.tsv)"),
    )
    if not path:
        return
    settings().setValue("import/folder", str(Path(path).parent))
    try:
        raw = read_table(Path(path))
    except DocumentError as error:
        editor.failed.emit(user_message(error))
        return
    ImportDialog(editor, raw, parent).exec()


class ImportDialog(QDialog):
    """The preview of one import; Import applies it as one step."""

    def __init__(self, editor: MapEditor, raw: RawTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.raw = editor, raw
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", raw.source.name))
        self.resize(1000, 680)
        document = editor.document
        journey = document.journey(editor.journey_id)
        self.table = QComboBox()
        for key, label in table_names().items():
            self.table.addItem(label, key)
        self.table.setCurrentIndex(list(IMPORTABLE).index(guess_table(raw.headers, raw.sheet)))
        self.sheet = QComboBox()
        self.sheet.addItems(raw.sheets)
        self.sheet.setCurrentText(raw.sheet)
        self.sheet.setVisible(bool(raw.sheets))
        self.create_missing = QCheckBox(self.tr("Create the stages and lanes this journey lacks"))
        self.create_missing.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Into the journey:"), QLabel(journey.title if journey else ""))
        form.addRow(self.tr("The rows are:"), self.table)
        if raw.sheets:
            form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow("", self.create_missing)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Field in Parcours"), self.tr("First value")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.columns)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([200, 320, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._fill_columns()
        self.table.currentIndexChanged.connect(self._table_changed)
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.create_missing.toggled.connect(self.replan)
        self.replan()

    # -- columns ---------------------------------------------------------------------------

    @property
    def table_key(self) -> str:
        return str(self.table.currentData())

    def _fill_columns(self) -> None:
        remembered = _remembered(self.raw.headers)
        mapping = guess_mapping(self.raw.headers, self.table_key, remembered)
        names = field_names()
        fields = [f.name for f in importable_fields(self.table_key)]
        self.columns.blockSignals(True)
        self.columns.setRowCount(len(self.raw.headers))
        for index, header in enumerate(self.raw.headers):
            self.columns.setItem(index, 0, _item(header))
            choice = QComboBox()
            choice.addItem(self.tr("(left out)"), "")
            for name in fields:
                choice.addItem(names.get(name, name.replace("_", " ").capitalize()), name)
            choice.setCurrentIndex(max(0, choice.findData(mapping.get(index, ""))))
            choice.currentIndexChanged.connect(self.replan)
            self.columns.setCellWidget(index, 1, choice)
            first = next((r[index] for r in self.raw.rows if index < len(r) and r[index]), "")
            self.columns.setItem(index, 2, _item(_shown(first)))
        self.columns.blockSignals(False)
        self.columns.resizeColumnsToContents()

    def mapping(self) -> dict[int, str]:
        chosen = {}
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                chosen[index] = str(combo.currentData())
        return chosen

    def set_field(self, header: str, field: str) -> None:
        """Choose the field of the column titled `header` (as a user does with its list)."""
        index = self.raw.headers.index(header)
        combo = self.columns.cellWidget(index, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    def _table_changed(self) -> None:
        self._fill_columns()
        self.replan()

    def _sheet_changed(self, sheet: str) -> None:
        try:
            self.raw = read_table(self.raw.source, sheet)
        except DocumentError as error:
            self.editor.failed.emit(user_message(error))
            return
        self._fill_columns()
        self.replan()

    # -- the plan --------------------------------------------------------------------------

    def replan(self) -> None:
        document = self.editor.document
        try:
            self.plan = plan_import(
                document,
                self.editor.journey_id,
                self.raw,
                self.table_key,
                self.mapping(),
                self.create_missing.isChecked(),
            )
        except DocumentError as error:
            self.plan = None
            self.summary.setText(user_message(error))
            return
        self._show_plan(self.plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        results = {
            "add": self.tr("Added"),
            "update": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "refused": self.tr("Refused"),
        }
        headers = [self.tr("Row"), self.tr("Result"), *self.raw.headers]
        shown = plan.rows[:PREVIEW_ROWS]
        self.preview.setUpdatesEnabled(False)
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(shown))
        red = QBrush(QColor("#b3261e"))
        cells = dict(zip(self.raw.numbers, self.raw.rows, strict=True))
        for line, row in enumerate(shown):
            result = _item(results[row.action])
            if row.problems:
                result.setForeground(red)
                result.setToolTip("\n".join(problem_text(p) for p in row.problems))
            self.preview.setItem(line, 0, _item(str(row.number)))
            self.preview.setItem(line, 1, result)
            for column, value in enumerate(cells.get(row.number, [])):
                self.preview.setItem(line, column + 2, _item(_shown(value)))
        self.preview.resizeColumnsToContents()
        self.preview.setUpdatesEnabled(True)
        self.problems.clear()
        for note in plan.notes:
            self.problems.addItem(problem_text(note))
        for row in plan.refused:
            for problem in row.problems:
                self.problems.addItem(problem_text(problem))
        self.summary.setText(self._summary(plan))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(plan.applicable)

    def _summary(self, plan: ImportPlan) -> str:
        added = self.tr("%n to add", "", plan.count("add"))
        updated = self.tr("%n to update", "", plan.count("update"))
        unchanged = self.tr("%n unchanged", "", plan.count("unchanged"))
        refused = self.tr("%n refused", "", len(plan.refused))
        parts = [added, updated, unchanged, refused]
        text = ", ".join(parts) + "."
        quote = self.tr("“%1”")
        if plan.new_stages:
            stages = ", ".join(quote.replace("%1", t) for t in plan.new_stages.values())
            text += " " + self.tr("New stages: %1.").replace("%1", stages)
        if plan.new_lanes:
            lanes = ", ".join(quote.replace("%1", t) for t, _kind in plan.new_lanes.values())
            text += " " + self.tr("New lanes: %1.").replace("%1", lanes)
        return text

    # -- applying ----------------------------------------------------------------------------

    def apply(self) -> None:
        """One step of the document (one undo); the column choices are remembered."""
        plan = self.plan
        if plan is None or not plan.applicable:
            return
        _remember(self.raw.headers, self.mapping())
        try:
            apply_import(self.editor.document, plan)
        except DocumentError as error:
            self.editor.failed.emit(user_message(error))
            return
        count = plan.count("add") + plan.count("update")
        self.editor.message.emit(self.tr("%n rows imported.", "", count))
        self.accept()


def _remembered(headers: list[str]) -> dict[str, str]:
    store = settings()
    found = {}
    for header in headers:
        key = fold(header)
        if key and store.contains(MEMORY + key):
            found[key] = str(store.value(MEMORY + key, ""))
    return found


def _remember(headers: list[str], mapping: dict[int, str]) -> None:
    store = settings()
    for index, header in enumerate(headers):
        key = fold(header)
        if key:
            store.setValue(MEMORY + key, mapping.get(index, ""))


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _shown(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"
