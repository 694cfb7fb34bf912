"""A read-only map is read-only everywhere: every widget that would change it is disabled.

The reason is said once, by the notice above the canvas (document_tab.py), and repeated only in
the tooltips of what is disabled; nothing lets the user type an edit and then refuses it in a
message box. The lock works from outside the panels, so that a panel rebuilt by its owner
(the inspector builds a new form for each selection) is disabled as it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QWidget

from .editor import MapEditor


def reason() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "This map is open read-only: use File › Save As to keep an editable copy."
    )


class ReadOnlyLock(QObject):
    """Disables the window's editing widgets while its current map is read-only."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.read_only = False
        self._forms: QObject | None = None  # where the inspector puts each new form
        self._lists: list[QObject] = []  # lists whose menus and double-clicks edit

    def follow(self, editor: MapEditor | None) -> None:
        """The window shows another map (or none)."""
        self.read_only = editor is not None and editor.document.read_only
        window = self.window
        inspector = getattr(window, "inspector", None)
        if inspector is not None and self._forms is None:
            self._forms = inspector.viewport()
            self._forms.installEventFilter(self)
        outline = getattr(window, "outline", None)
        if outline is not None and not self._lists:
            self._lists = [outline.journeys.viewport(), outline.personas.viewport()]
            for watched in self._lists:
                watched.installEventFilter(self)
        palette = getattr(window, "palette", None)
        if isinstance(palette, QWidget):
            self._lock(palette)
        if inspector is not None and inspector.widget() is not None:
            self._lock(inspector.widget())
        for panel in (getattr(window, "evidence", None), outline):
            if isinstance(panel, QWidget):
                for button in panel.findChildren(QAbstractButton):
                    self._lock(button)
        evidence = getattr(window, "evidence", None)
        if evidence is not None:
            evidence.list.setDragEnabled(not self.read_only)

    def _lock(self, widget: QWidget) -> None:
        """Disable (or enable) `widget`; its own tooltip gives way to the reason meanwhile."""
        if widget.property("own_tip") is None:
            widget.setProperty("own_tip", widget.toolTip())
        widget.setEnabled(not self.read_only)
        widget.setToolTip(reason() if self.read_only else str(widget.property("own_tip")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A new inspector form appears locked; a list's menu or double-click that would edit
        does nothing but say why, in the status bar."""
        if watched is self._forms and isinstance(event, QChildEvent):
            child = event.child()
            if event.type() == QEvent.Type.ChildAdded and isinstance(child, QWidget):
                self._lock(child)
            return False
        editing = (QEvent.Type.ContextMenu, QEvent.Type.MouseButtonDblClick)
        if self.read_only and watched in self._lists and event.type() in editing:
            self.window.statusBar().showMessage(reason(), 5000)
            return True
        return False
