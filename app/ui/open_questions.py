"""Opening a map that asks a question first: a lock from elsewhere, or files left beside it.

The model refuses to guess: a lock it cannot judge (another machine, an unreadable lock) and a
`-wal` or `-journal` file beside the map each raise their own error. Here the user answers:
open read-only, take the map over, open it without the file beside it, or leave it closed.
Every sentence shown here may hold a name from the map or the disk: it is plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.model import AlreadyOpenError, JourneyDocument
from app.model.errors import LockedElsewhereError, SidecarError

from .messages import user_message


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A message box that shows `text` as it is: never as rich text, whatever it holds."""
    box = QMessageBox(icon, "Parcours", text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, text: str) -> None:
    box = plain_box(parent, QMessageBox.Icon.Warning, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def open_map(parent: QWidget | None, path: Path) -> JourneyDocument | None:
    """Open `path`, asking the user when the model cannot decide; None if they cancel.

    Other refusals (`DocumentError`) are the caller's to show."""
    options: dict[str, bool] = {}
    while True:
        try:
            return JourneyDocument.open(path, **options)
        except SidecarError as error:
            if not _ask_sidecar(parent, error):
                return None
            options["without_sidecars"] = True
        except AlreadyOpenError as error:  # LockedElsewhereError included
            choice = _ask_lock(parent, error)
            if choice is None:
                return None
            options[choice] = True


def _ask_sidecar(parent: QWidget | None, error: SidecarError) -> bool:
    box = plain_box(parent, QMessageBox.Icon.Warning, user_message(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenQuestions",
            "Open the map without that file only if the program that wrote it is closed and "
            "you accept losing the changes it holds; otherwise open the map in that program.",
        )
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    without = box.addButton(
        QCoreApplication.translate("OpenQuestions", "Open Without It"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is without


def _ask_lock(parent: QWidget | None, error: AlreadyOpenError) -> str | None:
    """ "read_only", "take_over" (only for a lock from elsewhere or one that cannot be judged),
    or None."""
    box = plain_box(parent, QMessageBox.Icon.Question, user_message(error))
    elsewhere = isinstance(error, LockedElsewhereError)
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenQuestions",
            "Take it over only if nobody is editing it there: whoever saves last would "
            "overwrite the other's changes.",
        )
        if elsewhere
        else QCoreApplication.translate(
            "OpenQuestions", "You can still open it read-only, to read, export or save a copy."
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("OpenQuestions", "Open Read-Only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    take_over = (
        box.addButton(
            QCoreApplication.translate("OpenQuestions", "Take Over"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if elsewhere
        else None
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read_only"
    if take_over is not None and clicked is take_over:
        return "take_over"
    return None
