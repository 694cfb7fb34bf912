"""The evidence library: everything the document holds, where each piece is used, what is unused."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import evidence_actions as actions
from .editor import MapEditor

ID = Qt.ItemDataRole.UserRole


class EvidenceLibrary(QDialog):
    """Browse the library; attach a piece to the selection, or delete it everywhere."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Evidence library"))
        self.resize(820, 520)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Evidence"), self.tr("Used in")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(56, 56))
        self.table.setWordWrap(True)
        self.unused_only = QCheckBox(self.tr("Only what is not used"))
        self.unused_only.toggled.connect(self.refresh)
        attach = QPushButton(self.tr("Attach to the selection"))
        attach.clicked.connect(self._attach)
        delete = QPushButton(self.tr("Delete everywhere"))
        delete.clicked.connect(self._delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.unused_only)
        row.addStretch(1)
        row.addWidget(attach)
        row.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        editor.document.subscribe(self._changed)
        editor.scene.checks.checked.connect(self._picture_checked)  # thumbnails once clean
        self.finished.connect(lambda _r: editor.document.unsubscribe(self._changed))
        self.finished.connect(
            lambda _r: editor.scene.checks.checked.disconnect(self._picture_checked)
        )
        self.refresh()

    def _changed(self, _change: object) -> None:
        self.refresh()

    def _picture_checked(self, _sha256: str) -> None:
        if self._waiting:
            self.refresh()

    def refresh(self) -> None:
        document = self.editor.document
        kinds = {"photo": self.tr("Photo"), "quote": self.tr("Quote"), "link": self.tr("Link"),
                 "note": self.tr("Note")}  # fmt: skip
        rows = []
        self._waiting = False
        for evidence in document.evidence():
            places = [self._place(kind, ref) for kind, ref in document.links(evidence.id)]
            if self.unused_only.isChecked() and places:
                continue
            rows.append((evidence, places))
        self.table.setRowCount(len(rows))
        for index, (evidence, places) in enumerate(rows):
            kind = QTableWidgetItem(kinds.get(evidence.kind, evidence.kind))
            kind.setData(ID, evidence.id)
            if evidence.kind == "photo" and evidence.asset_sha256:
                pixmap = self.editor.scene.checks.thumbnail(evidence.asset_sha256)
                if pixmap is not None:
                    kind.setIcon(QIcon(pixmap))
                else:
                    self._waiting = True  # refreshed when its check is done
            content = evidence.text or evidence.title or evidence.url
            if evidence.speaker:
                content += f" — {evidence.speaker}"
            used = "\n".join(places) if places else self.tr("Not used")
            for column, item in enumerate(
                (kind, QTableWidgetItem(content), QTableWidgetItem(used))
            ):
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def _place(self, kind: str, ref: str) -> str:
        row = self.editor.row("emotion-point" if kind == "emotion_point" else kind, ref)
        if row is None:
            return ""
        names = {
            "card": self.tr("Card"),
            "stage": self.tr("Stage"),
            "journey": self.tr("Journey"),
            "persona": self.tr("Persona"),
            "emotion_point": self.tr("Emotion point"),
        }
        label = (
            getattr(row, "title", None) or getattr(row, "name", None) or getattr(row, "label", "")
        )
        return f"{names[kind]}: {label}"

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID) if item else None

    def _attach(self) -> None:
        evidence_id = self._selected()
        if evidence_id:
            actions.attach_existing(
                self.editor, actions.target_of_selection(self.editor), evidence_id
            )

    def _delete(self) -> None:
        evidence_id = self._selected()
        if evidence_id:
            actions.delete_evidence(self.editor, evidence_id)
