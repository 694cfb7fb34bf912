"""The notice above the canvas about other copies of the map, and maps dropped on the canvas.

When a map opens, a sync tool's conflict copy of it lying beside it (Dropbox, Nextcloud,
ownCloud, Syncthing, OneDrive, Google Drive; see app/model/sync_copies.py) is named in one
sentence with "Merge It…" and "Dismiss". The folder is looked at once the window has shown the
map: listing it and matching names is quick, and only a file whose name matches is opened for
its history. After a merge, the same notice says what it brought until dismissed.

A map dropped on the canvas that is a copy of this one (they share a version) is merged through
the merge dialog; another map opens in its own tab, as File › Open would; a file that is not a
map gets one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.model import DocumentError
from app.model.lineage import Lineage, LineageError, common_version
from app.model.sync_copies import NamedCopy, conflict_copies, has_their_work, read_lineage

from .editor import MapEditor
from .merge_dialog import merge_file
from .messages import user_message

STYLE = (
    "#copyNotice { background: #E8F1FD; border-bottom: 1px solid #A9C6EE; }"
    " #copyNotice QLabel { color: #133A6B; }"
)
LOOK_AFTER_MS = 50  # once the map is on screen


class CopyNotice(QWidget):
    """One sentence about another copy of the map, with what can be done about it."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("copyNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # file names and titles from maps
        self.text.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge It…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.dismiss_button)
        self.copies: list[NamedCopy] = []
        self._summary = False
        editor.merged.connect(self.show_summary)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.look)

    def look_soon(self) -> None:
        self._timer.start(LOOK_AFTER_MS)

    def look(self) -> None:
        """Find the conflict copies beside the map worth merging, and name the first."""
        document = self.editor.document
        if document.path is None or document.read_only or document.head_version is None:
            return
        self.copies = conflict_copies(document.path, document.lineage())
        self._show_next()

    def _show_next(self) -> None:
        self._summary = False
        if not self.copies:
            self.hide()
            return
        copy = self.copies[0]
        sentence = self.tr("A conflict copy made by %1 lies beside this map: “%2”.")
        self.text.setText(sentence.replace("%1", copy.tool).replace("%2", copy.path.name))
        self.merge_button.show()
        self.show()

    def merge(self) -> None:
        """Merge It…: the merge dialog on the copy named."""
        if not self.copies:
            return
        copy = self.copies[0]
        if merge_file(self.editor, copy.path, self.window()) is not None:
            self.copies.remove(copy)  # the summary, shown by now, leads to the next one

    def dismiss(self) -> None:
        if not self._summary and self.copies:
            self.copies.pop(0)
        self._show_next()

    def show_summary(self, sentence: str) -> None:
        """What a merge (or adding journeys) brought, until dismissed."""
        self._summary = True
        self.text.setText(sentence)
        self.merge_button.hide()
        self.show()


def take_dropped_maps(
    editor: MapEditor,
    paths: list[Path],
    open_path: Callable[[Path], object],
    show_error: Callable[[str], None],
    parent: QWidget | None = None,
) -> None:
    """Maps dropped on the canvas: a copy of this map is merged, another map opened."""
    document = editor.document
    for path in paths:
        try:
            if document.path is not None and path.samefile(document.path):
                continue  # the map itself: nothing to do
            theirs = read_lineage(path)
        except OSError:
            theirs = None  # opening it says what is wrong
        except DocumentError as error:
            show_error(user_message(error))
            continue
        except LineageError:  # a broken history: not a copy to merge; it opens without it
            theirs = None
        mine = document.lineage() if document.head_version is not None else None
        if theirs is None or mine is None or not _related(mine, theirs):
            open_path(path)
        elif has_their_work(mine, theirs):
            merge_file(editor, path, parent)
        else:
            editor.merged.emit(
                QCoreApplication.translate(
                    "CopyNotice", "“%1” holds nothing this map does not have already."
                ).replace("%1", path.name)
            )


def _related(mine: Lineage, theirs: Lineage) -> bool:
    return common_version(mine, theirs) is not None
