"""A document's tab: its editor, under a notice when the map is open read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.model import JourneyDocument

from .analysis.tabs import AnalysisTabs
from .copy_notice import CopyNotice
from .editor import MapEditor
from .find import FindBar

SHOWN_DROPPED = 3


class DocumentTab(QWidget):
    """Knows the document's name and whether it has unsaved changes (the document's history
    knows: undoing back to the saved step leaves nothing to save)."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MapEditor(document, self)
        self.notice = QLabel(
            self.tr(
                "This map is open read-only: its file or folder cannot be written (read-only "
                "media, or no permission). Use File › Save As to keep an editable copy."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #FFF5DD; color: #5C4200; padding: 8px 12px;"
            " border-bottom: 1px solid #E8D39B; }"
        )
        self.notice.setVisible(document.read_only)
        # pictures of the map that failed their check, each named once (text from the map)
        self.dropped = QLabel()
        self.dropped.setTextFormat(Qt.TextFormat.PlainText)
        self.dropped.setWordWrap(True)
        self.dropped.setStyleSheet(self.notice.styleSheet())
        self.dropped.hide()
        self._dropped: list[str] = []
        self.editor.scene.checks.dropped.connect(self._picture_dropped)
        # the version history's changes are walked after the first paint (model/versions.py)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet(self.notice.styleSheet())
        self.history.hide()
        QTimer.singleShot(0, self, self._check_history)
        self.find_bar = FindBar(self.editor.scene, document.personas, self)
        self.copy_notice = CopyNotice(self.editor, self)  # conflict copies beside the map
        self.copy_notice.look_soon()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.copy_notice)
        layout.addWidget(self.dropped)
        layout.addWidget(self.history)
        layout.addWidget(self.find_bar)
        self.views = AnalysisTabs(self.editor, self)
        layout.addWidget(self.views)
        self.find_bar.found.connect(lambda *_: self.views.setCurrentWidget(self.editor))

    def _picture_dropped(self, sentence: str) -> None:
        """Name the first few pictures left out, then count the others (a map made by another
        program may hold hundreds)."""
        self._dropped.append(sentence)
        shown = self._dropped[:SHOWN_DROPPED]
        more = len(self._dropped) - len(shown)
        if more:
            shown.append(self.tr("%n more pictures of this map were left out.", "", more))
        self.dropped.setText("\n".join(shown))
        self.dropped.show()

    def _check_history(self) -> None:
        document = self.editor.document
        if document.history_notice is not None:
            self.history.setText(
                self.tr(
                    "“%1” was opened without its version history, which does not hold together: "
                    "the map itself is whole, and its next Save starts a new history."
                ).replace("%1", document.display_name)
            )
            self.history.show()

    def name(self) -> str:
        return self.editor.document.display_name

    def modified(self) -> bool:
        return self.editor.document.modified

    def show_find(self) -> None:
        self.find_bar.open()

    def find_next(self) -> None:
        self.find_bar.go(1)

    def find_previous(self) -> None:
        self.find_bar.go(-1)

    def saved(self) -> None:
        self.editor.history.mark_saved_state()
        self.notice.setVisible(self.editor.document.read_only)
