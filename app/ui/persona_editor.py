"""The persona editor: who the map is drawn for, with a photo, in one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.model import DocumentError
from app.model.pictures import Picture

from . import colours
from .editor import MapEditor
from .evidence_panel import IMAGE_FILTER
from .messages import user_message
from .photo_intake import take_in

TEXTS = ("quote", "goals", "frustrations", "motivations", "channels")


class PersonaEditor(QDialog):
    """Every field of a persona; OK applies the changes as one undo step."""

    def __init__(self, editor: MapEditor, persona_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.persona_id = editor, persona_id
        persona = editor.row("persona", persona_id)
        self.setWindowTitle(self.tr("Persona: %s").replace("%s", persona.name))
        self.resize(520, 640)
        self.photo_sha256: str | None = persona.photo_sha256
        self.colour = persona.colour
        self.name = QLineEdit(persona.name)
        self.role = QLineEdit(persona.role)
        self.age = QSpinBox()
        self.age.setRange(0, 130)
        self.age.setSpecialValueText(self.tr("—"))
        self.age.setValue(persona.age or 0)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.photo = QLabel()
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("QLabel { background: #E3E7EB; border-radius: 48px; }")
        choose = QPushButton(self.tr("Choose a photo…"))
        choose.clicked.connect(self._choose_photo)
        remove = QPushButton(self.tr("No photo"))
        remove.clicked.connect(lambda: self._set_photo(None))
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._choose_colour)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addWidget(choose)
        photo_row.addWidget(remove)
        photo_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Photo"), photo_row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role, job"), self.role)
        form.addRow(self.tr("Age"), self.age)
        labels = {
            "quote": self.tr("Quote"),
            "goals": self.tr("Goals"),
            "frustrations": self.tr("Frustrations"),
            "motivations": self.tr("What drives decisions"),
            "channels": self.tr("Preferred channels"),
        }
        for name in TEXTS:
            text = QPlainTextEdit(getattr(persona, name))
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.setAccessibleName(labels[name])
            self.texts[name] = text
            form.addRow(labels[name], text)
        form.addRow(self.tr("Colour"), self.colour_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_photo()
        self._show_colour()

    def _show_photo(self) -> None:
        pictures = self.editor.scene.checks
        pixmap = pictures.thumbnail(self.photo_sha256) if self.photo_sha256 else None
        if pixmap is None or pixmap.isNull():  # none, being checked, or refused
            self.photo.setText(self.tr("No photo"))
            self.photo.setPixmap(QPixmap())
            return
        fill = Qt.AspectRatioMode.KeepAspectRatioByExpanding
        smooth = Qt.TransformationMode.SmoothTransformation
        self.photo.setPixmap(pixmap.scaled(96, 96, fill, smooth))

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour or self.tr("Automatic"))
        swatch = self.colour or "#FFFFFF"
        self.colour_button.setStyleSheet(f"QPushButton {{ border-left: 14px solid {swatch}; }}")

    def _set_photo(self, sha256: str | None) -> None:
        self.photo_sha256 = sha256
        self._show_photo()

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the persona"), "", IMAGE_FILTER
        )
        if not path:
            return

        def done(pictures: list[tuple[str, Picture]], refusals: list[str]) -> None:
            if pictures:
                try:
                    self._set_photo(self.editor.document.store_picture(pictures[0][1]))
                except DocumentError as error:  # a read-only map
                    self.editor.failed.emit(user_message(error))
            for sentence in refusals:
                self.editor.failed.emit(sentence)

        take_in(self, [(Path(path), Path(path).name)], done)

    def _choose_colour(self) -> None:
        """The curated palette under the button, as in the inspector ("More colours…" too)."""
        button = self.colour_button
        colours.pop_up(
            button, button.mapToGlobal(button.rect().bottomLeft()), self.colour, self._set_colour
        )

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self._show_colour()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "age": self.age.value() or None,
            "photo_sha256": self.photo_sha256,
            "colour": self.colour,
        }
        values.update({name: widget.toPlainText().strip() for name, widget in self.texts.items()})
        return values

    def accept(self) -> None:
        persona = self.editor.row("persona", self.persona_id)
        changed = {k: v for k, v in self.values().items() if getattr(persona, k) != v}
        if changed:
            self.editor.edit("persona", self.persona_id, **changed)
        super().accept()
