"""File › Merge Another Copy…: a copy of this map that travelled, merged in as one step.

The other file is validated and the version both copies share found before anything changes
(`plan_merge`); the dialog then shows every conflict side by side (mine / theirs / base), with
a choice per conflict and "All mine" / "All theirs"; Merge makes the result one undoable step.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import DocumentError
from app.model.add_journeys import add_journeys
from app.model.merge import Conflict
from app.model.merge_files import MergePlan, MergeReport, NoCommonVersionError, plan_merge

from .editor import MapEditor
from .merge_summary import merge_summary
from .messages import user_message

Key = tuple[str, str, str | None]
_TITLE_FIELDS = ("title", "name", "label", "text")


class MergeDialog(QDialog):
    """The conflicts of one merge, each with the side to keep (mine unless chosen)."""

    COLUMNS = 6

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge “%1”").replace("%1", plan.stem))
        self.resize(900, 420)
        common = plan.their_lineage.versions[plan.common]
        summary = self.tr("Both copies come from the version saved %1.").replace(
            "%1", common.saved_at.replace("T", " ")[:16]
        )
        if plan.conflicts:
            summary += " " + self.tr(
                "%n changes conflict: choose which to keep.", "", len(plan.conflicts)
            )
        else:
            summary += " " + self.tr("Nothing conflicts: every change of both copies is kept.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.conflicts), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Element"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
             self.tr("Base"), self.tr("Keep")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choosers: list[QComboBox] = []
        self._mine = plan.document.state() if plan.conflicts else {}
        for row, conflict in enumerate(plan.conflicts):
            values = [self._value(conflict, side) for side in ("mine", "theirs", "base")]
            cells = (self._element(conflict), self._field(conflict), *values)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            chooser = QComboBox()
            chooser.addItem(self.tr("Mine"), "mine")
            chooser.addItem(self.tr("Theirs"), "theirs")
            self.table.setCellWidget(row, self.COLUMNS - 1, chooser)
            self.choosers.append(chooser)
        self.all_mine = QPushButton(self.tr("All &Mine"))
        self.all_theirs = QPushButton(self.tr("All &Theirs"))
        self.all_mine.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        self.buttons.addButton(self.all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(plan.conflicts))
        self.all_mine.setEnabled(bool(plan.conflicts))
        self.all_theirs.setEnabled(bool(plan.conflicts))

    def choose_all(self, side: str) -> None:
        for chooser in self.choosers:
            chooser.setCurrentIndex(chooser.findData(side))

    def choices(self) -> dict[Key, str]:
        return {
            (c.table, c.key, c.field): str(chooser.currentData())
            for c, chooser in zip(self.plan.conflicts, self.choosers, strict=True)
        }

    def chooser(self) -> Any:
        """The choice per conflict as the merge asks it (mine for any it did not list)."""
        chosen = self.choices()
        return lambda conflict: chosen.get((conflict.table, conflict.key, conflict.field), "mine")

    # -- words

    def _element(self, conflict: Conflict) -> str:
        kinds = {
            "card": self.tr("Card"), "stage": self.tr("Stage"), "lane": self.tr("Lane"),
            "journey": self.tr("Journey"), "persona": self.tr("Persona"),
            "emotion_point": self.tr("Emotion point"), "metric": self.tr("Metric"),
            "evidence": self.tr("Evidence"), "project": self.tr("Project"),
            "comment": self.tr("Comment"),
        }  # fmt: skip
        kind = kinds.get(conflict.table, conflict.table)
        rows = (
            self._mine.get(conflict.table, {}).get(conflict.key),
            self.plan.their_state.get(conflict.table, {}).get(conflict.key),
            self.plan.base.get(conflict.table, {}).get(conflict.key),
        )
        for row in rows:  # the element as I see it, else as they do, else as it was
            title = next((row[f] for f in _TITLE_FIELDS if row.get(f)), "") if row else ""
            if title:
                return f"{kind} “{_line(str(title))}”"
        return kind

    def _field(self, conflict: Conflict) -> str:
        if conflict.field is not None:
            return conflict.field.replace("_", " ")
        return self.tr("deleted by me") if conflict.mine is None else self.tr("deleted by them")

    def _value(self, conflict: Conflict, side: str) -> str:
        value = getattr(conflict, side)
        if conflict.field is None:
            return self.tr("(deleted)") if value is None else self.tr("(kept, as it is)")
        if value is None or value == "":
            return self.tr("(empty)")
        return _line(value if isinstance(value, str) else json.dumps(value))


def _line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def merge_file(editor: MapEditor, path: Path, parent: QWidget | None = None) -> MergeReport | None:
    """Merge the copy at `path` into the editor's map, asking about conflicts first."""
    try:
        plan = plan_merge(editor.document, path)
    except NoCommonVersionError:
        offer_their_journeys(editor, path, parent)
        return None
    except DocumentError as error:
        QMessageBox.warning(parent, "Parcours", user_message(error))
        return None
    dialog = MergeDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        plan.close()
        return None
    try:
        report = plan.apply(dialog.chooser())
    except DocumentError as error:
        QMessageBox.warning(parent, "Parcours", user_message(error))
        return None
    settled = len(report.conflicts)  # a name, not a call: lupdate misses the string else
    text = QCoreApplication.translate(
        "MergeDialog", "Merged “%1”: %n conflicts settled.", "", settled
    )
    editor.message.emit(text.replace("%1", plan.stem))
    head = plan.their_lineage.head
    author = plan.their_lineage.versions[head].author if head is not None else ""
    editor.merged.emit(merge_summary(report, author, plan.stem))
    return report


def offer_their_journeys(editor: MapEditor, path: Path, parent: QWidget | None = None) -> bool:
    """Two files that share no version cannot be merged: say so in one sentence, and offer to
    add the other file's journeys to this map instead (one undoable step)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Parcours")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names from the files
    box.setText(
        QCoreApplication.translate(
            "MergeDialog",
            "“%1” and this map share no saved version (two different maps, or a copy sent "
            "without its history), so they cannot be merged; you can add its journeys to this "
            "map instead.",
        ).replace("%1", path.name)
    )
    add = box.addButton(
        QCoreApplication.translate("MergeDialog", "Add Their Journeys"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not add:
        return False
    try:
        added = add_journeys(editor.document, path)
    except DocumentError as error:
        QMessageBox.warning(parent, "Parcours", user_message(error))
        return False
    count = len(added.journeys)
    text = QCoreApplication.translate("MergeDialog", "Added %n journeys from “%1”: %2.", "", count)
    titles = ", ".join(f"“{title}”" for title in added.journeys)
    sentence = text.replace("%1", path.stem).replace("%2", titles)
    editor.message.emit(sentence)
    editor.merged.emit(sentence)
    return True
