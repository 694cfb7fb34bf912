"""Dialogs of the document's life: new from a template, unsaved changes, recovery, preferences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.model import RecoverableWork
from app.model.templates import SAMPLE

from .application import chosen_language, settings
from .start_page import PAGE_STYLE, TemplateGallery


class NewMapDialog(QDialog):
    """Choose a template by its picture, and the map's language; the description follows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New map"))
        self.resize(1040, 0)  # as tall as its content: the gallery sets its own height
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.templates = TemplateGallery()
        self.templates.setStyleSheet(PAGE_STYLE)  # the cards of the start page
        self.templates.setCurrentRow(0)
        self.description = QLabel()
        self.description.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language of the map"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.templates)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(
            lambda _i: self.templates.fill(self.language.currentData())
        )
        self.templates.currentItemChanged.connect(lambda *_: self._describe())
        self.templates.itemActivated.connect(lambda _item: self.accept())
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.templates.fill(self.language.currentData())
        self.templates.setCurrentRow(0)
        self._describe()

    def _describe(self) -> None:
        self.description.setText(self.templates.description(self.templates.current()))

    def choice(self) -> tuple[str, str]:
        """(template name, language)."""
        name = self.templates.current()
        return name, "fr" if name == SAMPLE else self.language.currentData()


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, for a document with unsaved changes."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name may be a map's title
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
