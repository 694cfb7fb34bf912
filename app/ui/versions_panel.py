"""The Versions panel: who saved what and when, named, viewed, compared and restored.

Each Save records a version (lineage.py); the panel lists them latest first with the time (local),
the author (Preferences › Your name), the name given and what changed in the users' words, the
current version (what the map was last saved or opened as) marked, and "Unsaved changes" above
when the map differs from it. Actions on the selection: name it, view it read-only in a tab of
its own, compare it with the map (or two versions with each other), restore it as one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import DocumentError
from app.model.version_history import (
    ChangeCount,
    VersionInfo,
    VersionView,
    compare_versions,
    compare_with_map,
    name_version,
    open_version,
    restore_version,
    unsaved_changes,
    version_infos,
)

from .editor import MapEditor
from .messages import user_message
from .version_compare import show_comparison
from .version_words import summary

if TYPE_CHECKING:
    from .main_window import MainWindow

UNSAVED = "unsaved"
ID_ROLE = Qt.ItemDataRole.UserRole


def local_time(saved_at: str) -> str:
    """An ISO time in UTC as the user reads it: local time, the locale's short format."""
    moment = QDateTime.fromString(saved_at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return saved_at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class VersionsPanel(QWidget):
    """The versions of the current map, and what can be done with them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.editor: MapEditor | None = None
        self.action: QAction | None = None  # File › Version History… (install_versions_panel)
        self.dock: QDockWidget | None = None
        self.infos: dict[str, VersionInfo] = {}
        self._naming: str | None = None  # the version whose name the Name field shows
        self._summaries: dict[str, tuple[ChangeCount, ...]] = {}  # by version id, for good
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_version())
        self.name_label = QLabel(self.tr("&Name:"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. before the workshop"))
        self.name_edit.setMaxLength(500)
        self.name_edit.setToolTip(self.tr("Name the selected version; Enter keeps the name"))
        self.name_label.setBuddy(self.name_edit)
        self.name_edit.editingFinished.connect(self.name_selected)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setToolTip(self.tr("Open the selected version read-only in a new tab"))
        self.view_button.clicked.connect(self.view_version)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(
            self.tr(
                "Mark on the map what changed since the selected version (select two versions "
                "to compare them with each other)"
            )
        )
        self.compare_button.clicked.connect(self.compare)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(
            self.tr("Make the map what it was in the selected version (Undo brings it back)")
        )
        self.restore_button.clicked.connect(self.restore)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: #5A6470; padding: 6px; }")
        buttons = QGridLayout()
        buttons.addWidget(self.name_label, 0, 0)
        buttons.addWidget(self.name_edit, 0, 1, 1, 2)
        buttons.addWidget(self.view_button, 1, 0)
        buttons.addWidget(self.compare_button, 1, 1)
        buttons.addWidget(self.restore_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        window.tabs.currentChanged.connect(lambda _index: self.set_editor(window.current_editor()))
        self.set_editor(None)

    # -- following the current map ---------------------------------------------------------

    def set_editor(self, editor: MapEditor | None) -> None:
        if editor is self.editor:
            return
        if self.editor is not None:
            self.editor.undo_stack.indexChanged.disconnect(self._later)
            self.editor.undo_stack.cleanChanged.disconnect(self._later)
        self.editor = editor
        if editor is not None:
            editor.undo_stack.indexChanged.connect(self._later)  # an edit, an undo
            editor.undo_stack.cleanChanged.connect(self._later)  # a Save
        if self.isVisible():
            self.refresh()  # else when it is shown

    def _later(self) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """List the versions again, keeping the selection."""
        self._timer.stop()
        kept = set(self.selected_ids())
        self.list.blockSignals(True)
        self.list.clear()
        self.infos = {}
        document = self.editor.document if self.editor is not None else None
        message = ""
        if document is None:
            message = self.tr("Open a map to see its versions.")
        elif isinstance(document, VersionView):
            message = self.tr(
                "This tab shows an earlier version of a map, read-only. Its versions are listed "
                "in the map's own tab."
            )
        else:
            try:
                infos = version_infos(document, self._summaries)
                unsaved = unsaved_changes(document) if infos else ()
            except DocumentError as error:
                infos, unsaved, message = [], (), user_message(error)
            if not infos and not message:
                message = self.tr(
                    "No saved version yet: each Save records one, with the name given in "
                    "Preferences › Your name."
                )
            if unsaved:
                self._add_item(UNSAVED, self.tr("Unsaved changes"), summary(unsaved), bold=True)
            for info in infos:
                self.infos[info.id] = info
                self._add_version(info)
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(ID_ROLE) in kept)
        self.list.blockSignals(False)
        self._selection_changed()

    def _add_version(self, info: VersionInfo) -> None:
        author = info.author or self.tr("no name given")
        first = self.tr("%1 — %2").replace("%1", local_time(info.saved_at)).replace("%2", author)
        if info.current:
            first += " · " + self.tr("current version")
        lines = [f"“{info.label}”"] if info.label else []
        if info.merge:
            lines.append(self.tr("Merged another copy"))
        if info.changes:
            lines.append(summary(info.changes))
        elif not info.parents:
            lines.append(self.tr("Where the history starts"))
        else:
            lines.append(self.tr("No change to the map"))
        self._add_item(info.id, first, "\n".join(lines), bold=info.current)

    def _add_item(self, ref: str, first: str, rest: str, bold: bool = False) -> None:
        item = QListWidgetItem(f"{first}\n{rest}")  # plain text: names come from the map
        item.setData(ID_ROLE, ref)
        item.setToolTip(item.text())
        if bold:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    # -- the selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected versions ("unsaved" for the unsaved changes), oldest last."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [str(self.list.item(row).data(ID_ROLE)) for row in rows]

    def _versions_selected(self) -> list[str]:
        return [ref for ref in self.selected_ids() if ref in self.infos]

    def _selection_changed(self) -> None:
        chosen = self._versions_selected()
        one = len(chosen) == 1 and len(self.selected_ids()) == 1
        editable = self.editor is not None and not self.editor.document.read_only
        self._naming = chosen[0] if one else None
        self.name_edit.blockSignals(True)
        self.name_edit.setText(self.infos[chosen[0]].label if one else "")
        self.name_edit.blockSignals(False)
        self.name_edit.setEnabled(one and editable)
        self.view_button.setEnabled(one)
        self.compare_button.setEnabled(len(chosen) in (1, 2) and len(self.selected_ids()) <= 2)
        self.restore_button.setEnabled(one and editable)

    # -- actions -----------------------------------------------------------------------------

    def _busy(self) -> _WaitCursor:
        return _WaitCursor()

    def _failed(self, error: DocumentError) -> None:
        self.window_.show_error(user_message(error))

    def name_selected(self) -> None:
        """The name typed becomes the version's whose name the field shows (saved with the map),
        even when the click that ends the typing selects another version."""
        naming = self._naming
        if self.editor is None or naming not in self.infos or not self.name_edit.isEnabled():
            return
        info = self.infos[naming]
        wanted = " ".join(self.name_edit.text().split())
        if wanted == info.label:
            return
        try:
            name_version(self.editor.document, info.id, wanted)
        except DocumentError as error:
            self._failed(error)
            return
        self.editor.history.mark_saved_state()  # the map now has something to save
        self.refresh()

    def describe(self, info: VersionInfo) -> str:
        """A version in a few words: its time, and its name if it has one."""
        when = self.tr("the version saved %1").replace("%1", local_time(info.saved_at))
        return f"{when} (“{info.label}”)" if info.label else when

    def view_version(self, version_id: str | None = None) -> VersionView | None:
        """Open a version read-only in a tab of its own."""
        chosen = [version_id] if version_id else self._versions_selected()
        if self.editor is None or len(chosen) != 1:
            return None
        info = self.infos[chosen[0]]
        title = f"{self.editor.document.display_name} — {local_time(info.saved_at)}"
        if info.label:
            title += f" “{info.label}”"
        try:
            with self._busy():
                view = open_version(self.editor.document, info.id, title)
        except DocumentError as error:
            self._failed(error)
            return None
        tab = self.window_.add_document(view)
        if tab is not None:
            author = info.author or self.tr("no name given")
            tab.notice.setText(
                self.tr(
                    "%1, by %2, shown read-only. To go back to it, use Restore in the Versions "
                    "panel; to keep it as a map of its own, use File › Save As."
                )
                .replace("%1", self.describe(info)[:1].upper() + self.describe(info)[1:])
                .replace("%2", author)
            )
        return view

    def compare(self) -> None:
        """One version: what changed since, marked on this map (and kept up to date while
        editing). Two versions: the later opens read-only, marked against the earlier."""
        chosen = self._versions_selected()
        editor = self.editor
        if editor is None or not 1 <= len(chosen) <= 2:
            return
        document = editor.document
        try:
            if len(chosen) == 1:
                info = self.infos[chosen[0]]
                with self._busy():
                    comparison = compare_with_map(document, info.id)
                tab = self.window_.current_tab()
                if tab is not None:
                    show_comparison(
                        tab, self.describe(info), comparison,
                        lambda: compare_with_map(document, info.id),
                    )  # fmt: skip
                return
            newer, older = (self.infos[ref] for ref in chosen)  # the list is latest first
            with self._busy():
                comparison = compare_versions(document, older.id, newer.id)
        except DocumentError as error:
            self._failed(error)
            return
        view = self.view_version(newer.id)
        tab = self.window_.current_tab()
        if view is not None and tab is not None and tab.editor.document is view:
            show_comparison(tab, self.describe(older), comparison)

    def restore(self) -> None:
        """The map becomes the selected version, as one step (Undo takes it back)."""
        chosen = self._versions_selected()
        if self.editor is None or len(chosen) != 1:
            return
        info = self.infos[chosen[0]]
        try:
            with self._busy():
                left_out = restore_version(self.editor.document, info.id)
        except DocumentError as error:
            self._failed(error)
            return
        text = self.tr("Restored %1 (Undo brings back the map as it was).").replace(
            "%1", self.describe(info)
        )
        if left_out:
            text += " " + self.tr(
                "%n of its pictures are no longer in the file and were left out.", "", left_out
            )
        self.editor.message.emit(text)
        self.refresh()


class _WaitCursor:
    """The busy cursor while a large map's version is rebuilt (about a second or two for the
    workshop map after a year of Saves: bench/README.md)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


def install_versions_panel(window: MainWindow) -> VersionsPanel:
    """The panel in a dock (hidden until asked for: View › Versions, File › Version History…),
    beside the History panel; the panel's `action` shows it."""
    panel = VersionsPanel(window)
    title = QCoreApplication.translate("VersionsPanel", "Versions")
    dock = window._dock(title, "versions", panel, Qt.DockWidgetArea.RightDockWidgetArea)
    history = window.findChild(QDockWidget, "history")
    if isinstance(history, QDockWidget):
        window.tabifyDockWidget(history, dock)
    dock.hide()
    action = QAction(QCoreApplication.translate("VersionsPanel", "&Version History…"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "VersionsPanel", "Who saved what and when: name, view, compare, restore"
        )
    )

    def show() -> None:
        dock.show()
        dock.raise_()
        panel.list.setFocus()

    action.triggered.connect(show)
    panel.action = action
    panel.dock = dock
    return panel
