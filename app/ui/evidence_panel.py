"""The evidence of the selection: photos as thumbnails, quotes and links, and what to do with them.

It follows the current editor's selection (a card, an emotion point, a stage, else the journey).
Double-click a photo to see it large; every change is an undo step of the editor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Change
from app.model.picture_check import CheckedPicture

from . import evidence_actions as actions
from .editor import MapEditor
from .widgets import PlaceholderList

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.mpo)"
ID = Qt.ItemDataRole.UserRole


class EvidenceForm(QDialog):
    """A quote (text, speaker, source, date), a link (URL, title), a note or an insight (a
    finding of the research and its sources), new or edited."""

    def __init__(
        self, kind: str, values: dict[str, str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        values = values or {}
        self.kind = kind
        titles = {
            "quote": self.tr("Quote"),
            "link": self.tr("Link"),
            "note": self.tr("Note"),
            "photo": self.tr("Photo"),
            "insight": self.tr("Insight"),
        }
        self.setWindowTitle(titles[kind])
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout(self)
        date = ("date", self.tr("Date (YYYY-MM-DD)"))
        specs = {
            "quote": [
                ("text", self.tr("Verbatim")),
                ("speaker", self.tr("Who said it")),
                ("source", self.tr("Source (interview, survey…)")),
                date,
            ],
            "link": [("url", self.tr("Address (URL)")), ("title", self.tr("Title"))],
            "note": [("text", self.tr("Note")), ("source", self.tr("Source"))],
            "photo": [("title", self.tr("Caption")), ("source", self.tr("Source")), date],
            "insight": [
                ("text", self.tr("What the research found")),
                ("source", self.tr("Its sources (interviews, surveys, logs…)")),
                date,
            ],
        }[kind]
        for name, label in specs:
            widget: QLineEdit | QPlainTextEdit
            if name == "text":
                widget = QPlainTextEdit(values.get(name, ""))
                widget.setTabChangesFocus(True)
            else:
                widget = QLineEdit(values.get(name, ""))
            widget.setAccessibleName(label)
            self.fields[name] = widget
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
            for name, w in self.fields.items()
        }


class PhotoViewer(QDialog):
    """A photo large, with its caption."""

    def __init__(self, data: bytes, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption or self.tr("Photo"))
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        screen = QGuiApplication.primaryScreen().availableSize() * 0.8
        label = QLabel()
        label.setPixmap(
            pixmap.scaled(
                screen,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if caption:
            shown = QLabel(caption)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # the map's words, never rich text
            layout.addWidget(shown)


class EvidencePanel(QWidget):
    """Dock content: the selection's evidence and the buttons to add, open, edit, detach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: MapEditor | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = PlaceholderList(
            self.tr(
                "No evidence here yet. Drop photos on the element, or add a quote or a link "
                "with the buttons below."
            )
        )
        self.list.setIconSize(QSize(72, 72))
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Evidence of the selection"))
        self.list.itemDoubleClicked.connect(self._open)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._reordered)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Photo…"), self.add_photo_files),
            (self.tr("Quote…"), lambda: self.new_evidence("quote")),
            (self.tr("Link…"), lambda: self.new_evidence("link")),
            (self.tr("Insight…"), lambda: self.new_evidence("insight")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        more = QHBoxLayout()
        for text, slot in (
            (self.tr("Edit…"), self._edit),
            (self.tr("Detach"), self._detach),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            more.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self.refresh()

    def set_editor(self, editor: MapEditor | None) -> None:
        if self.editor is not None:
            self.editor.selection_changed.disconnect(self._pending.start)
            self.editor.scene.checks.checked.disconnect(self._pending.start)
            self.editor.document.unsubscribe(self._changed)
        self.editor = editor
        if editor is not None:
            editor.selection_changed.connect(self._pending.start)
            editor.scene.checks.checked.connect(self._pending.start)  # thumbnails once clean
            editor.document.subscribe(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        """Only a step that touched evidence, its links, or the element shown changes the list."""
        target = self.target()
        kinds = {"emotion_point": "emotion_point"}
        for row in change.rows:
            if row.table in ("evidence", "evidence_link") or (
                target is not None
                and (row.table, row.key) == (kinds.get(target[0], target[0]), target[1])
            ):
                self._pending.start()
                return

    def target(self) -> actions.Target | None:
        return actions.target_of_selection(self.editor) if self.editor else None

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        editor, target = self.editor, self.target()
        self.setEnabled(editor is not None)
        if editor is None or target is None:
            self.heading.setText(self.tr("Open a map to see its evidence here."))
            return
        headings = {  # whole sentences: "de le parcours" is no French
            "card": self.tr("Evidence of this card"),
            "emotion_point": self.tr("Evidence of this emotion point"),
            "stage": self.tr("Evidence of this stage"),
            "journey": self.tr("Evidence of the journey"),
        }
        self.heading.setText(headings.get(target[0], ""))
        for evidence in editor.document.evidence_for(*target):
            item = QListWidgetItem(self._label(evidence))
            item.setData(ID, evidence.id)
            if evidence.kind == "photo" and evidence.asset_sha256:
                pixmap = editor.scene.checks.thumbnail(evidence.asset_sha256)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))
            self.list.addItem(item)

    def _label(self, evidence: object) -> str:
        e = evidence
        if e.kind == "quote":  # type: ignore[attr-defined]
            who = ", ".join(p for p in (e.speaker, e.source, e.date) if p)  # type: ignore[attr-defined]
            return f"« {e.text} »" + (f"\n— {who}" if who else "")  # type: ignore[attr-defined]
        if e.kind == "link":  # type: ignore[attr-defined]
            return f"{e.title or e.url}\n{e.url}"  # type: ignore[attr-defined]
        if e.kind == "photo":  # type: ignore[attr-defined]
            return e.title or self.tr("Photo")  # type: ignore[attr-defined]
        if e.kind == "insight":  # type: ignore[attr-defined]
            sources = f"\n{self.tr('Sources:')} {e.source}" if e.source else ""  # type: ignore[attr-defined]
            return f"{self.tr('Insight')} — {e.text}{sources}"  # type: ignore[attr-defined]
        return e.text  # type: ignore[attr-defined]

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID) if item else None

    def _evidence(self, evidence_id: str) -> object | None:
        assert self.editor is not None
        return next((e for e in self.editor.document.evidence() if e.id == evidence_id), None)

    # -- actions -------------------------------------------------------------------------

    def add_photo_files(self) -> None:
        target = self.target()
        if self.editor is None or target is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", IMAGE_FILTER)
        if paths:
            actions.add_photos(self.editor, target, [(Path(p), Path(p).name) for p in paths])

    def new_evidence(self, kind: str) -> None:
        target = self.target()
        if self.editor is None or target is None:
            return
        form = EvidenceForm(kind, None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            values = {k: v for k, v in form.values().items() if v}
            if values:
                actions.add_quote(self.editor, target, kind, values)

    def _edit(self) -> None:
        evidence_id = self._selected_id()
        if evidence_id:
            self.edit_evidence(evidence_id)

    def edit_evidence(self, evidence_id: str) -> None:
        """The form of one piece of evidence; its changes are one undo step."""
        evidence = self._evidence(evidence_id)
        if evidence is None or self.editor is None:
            return
        fields = ("text", "speaker", "source", "date", "url", "title")
        values = {f: getattr(evidence, f) for f in fields}
        form = EvidenceForm(evidence.kind, values, self)  # type: ignore[attr-defined]
        if form.exec() == QDialog.DialogCode.Accepted:
            actions.edit_evidence(self.editor, evidence_id, form.values())

    def _detach(self) -> None:
        evidence_id, target = self._selected_id(), self.target()
        if evidence_id and target and self.editor is not None:
            actions.detach(self.editor, target, evidence_id)

    def _open(self, item: QListWidgetItem) -> None:
        evidence = self._evidence(item.data(ID))
        if evidence is None or self.editor is None:
            return
        if evidence.kind == "photo" and evidence.asset_sha256:  # type: ignore[attr-defined]
            picture = self.editor.scene.checks.picture(evidence.asset_sha256)  # type: ignore[attr-defined]
            if isinstance(picture, CheckedPicture):  # never a picture that failed its check
                PhotoViewer(picture.data, evidence.title, self).exec()  # type: ignore[attr-defined]
        else:
            self._edit()

    def _reordered(self, *_args: object) -> None:
        target = self.target()
        if self.editor is None or target is None:
            return
        order = [self.list.item(i).data(ID) for i in range(self.list.count())]
        actions.reorder(self.editor, target, order)
