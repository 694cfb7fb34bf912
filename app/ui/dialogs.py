"""Dialogs of the document's life: new from a template, unsaved changes, recovery, preferences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.model import RecoverableWork
from app.model.templates import SAMPLE, TEMPLATES

from .application import chosen_language, settings


class NewMapDialog(QDialog):
    """Choose a template and its language; the description follows the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New map"))
        self.resize(560, 380)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.description.setMinimumWidth(220)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language of the map"), self.language)
        middle = QHBoxLayout()
        middle.addWidget(self.templates, 1)
        middle.addWidget(self.description, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._fill)
        self.templates.currentRowChanged.connect(self._describe)
        self.templates.itemDoubleClicked.connect(self.accept)
        self._fill()

    def _fill(self) -> None:
        pick = 0 if self.language.currentData() == "en" else 1
        current = self.templates.currentRow()
        self.templates.clear()
        for template in TEMPLATES.values():
            item = QListWidgetItem(template.title[pick])
            item.setData(Qt.ItemDataRole.UserRole, (template.name, template.description[pick]))
            self.templates.addItem(item)
        sample = QListWidgetItem(self.tr("Sample map: home loan (French)"))
        sample.setData(
            Qt.ItemDataRole.UserRole,
            (SAMPLE, self.tr("A finished example map to explore: a home-loan journey at a bank.")),
        )
        self.templates.addItem(sample)
        self.templates.setCurrentRow(max(current, 0))

    def _describe(self, row: int) -> None:
        item = self.templates.item(row)
        self.description.setText(item.data(Qt.ItemDataRole.UserRole)[1] if item else "")

    def choice(self) -> tuple[str, str]:
        """(template name, language)."""
        item = self.templates.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole)[0] if item else "blank"
        return name, self.language.currentData()


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, for a document with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Dialogs", "Do you want to save the changes you made to “%s”?")
        % name
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "Your changes will be lost if you don’t save them.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class RecoveryDialog(QDialog):
    """After a crash: which unsaved maps to reopen (the others are kept for later)."""

    def __init__(self, work: list[RecoverableWork], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.work = work
        label = QLabel(
            self.tr(
                "Parcours was closed without saving these maps. Their last edits were kept. "
                "Choose the maps to reopen; you can then save them."
            )
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        for entry in work:
            item = QListWidgetItem(self._describe(entry))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        discard.clicked.connect(lambda: self.done(2))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _describe(self, entry: RecoverableWork) -> str:
        """The map's file (or "Untitled map") and when it was last edited, in local time."""
        name = str(entry.origin) if entry.origin else self.tr("Untitled map")
        edited = QDateTime.fromString(entry.updated, Qt.DateFormat.ISODate)
        if not edited.isValid():
            return name
        when = QLocale().toString(edited.toLocalTime(), QLocale.FormatType.ShortFormat)
        return self.tr("%1 — last edited %2").replace("%1", name).replace("%2", when)

    def chosen(self) -> list[RecoverableWork]:
        return [
            entry
            for index, entry in enumerate(self.work)
            if self.list.item(index).checkState() == Qt.CheckState.Checked
        ]


class PreferencesDialog(QDialog):
    """The interface language (applies at the next start) and the name each Save records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        current = str(settings().value("language", "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.author = QLineEdit(str(settings().value("author", "") or ""))
        self.author.setMaxLength(500)
        self.author.setPlaceholderText(self.tr("Recorded with each version you save"))
        note = QLabel(self.tr("The new language applies the next time Parcours starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(buttons)

    def accept(self) -> None:
        settings().setValue("language", self.language.currentData())
        settings().setValue("author", " ".join(self.author.text().split()))
        super().accept()
