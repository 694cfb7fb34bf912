"""The main window: documents in tabs, menus and toolbar, palette, inspector, outline, history.

It owns the life of documents (new, open, save, close, recover) and routes every edit action
to the current `MapEditor`; every document error reaches the user as one sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QUndoView,
    QWidget,
)

from app.model import DocumentError, JourneyDocument, recoverable_work

from . import clipboard, evidence_actions
from .about import AboutDialog
from .application import settings
from .dialogs import NewMapDialog, PreferencesDialog, RecoveryDialog, ask_to_save
from .document_tab import DocumentTab
from .editor import MapEditor
from .edits import PALETTE_ENTRIES
from .evidence_library import EvidenceLibrary
from .evidence_panel import EvidencePanel
from .export_dialog import ExportDialog
from .import_dialog import import_spreadsheet
from .inspector import Inspector
from .merge_dialog import merge_file
from .messages import user_message
from .outline import DocumentOutline
from .palette import PaletteWidget
from .table_export_dialog import TableExportDialog

MAX_RECENT = 10
FILE_FILTER = "Parcours (*.cjm)"


class MainWindow(QMainWindow):
    """One window; several documents open at once, each in its tab."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Parcours")
        self.resize(1400, 900)
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(lambda index: self.close_tab(index))
        self.tabs.currentChanged.connect(self._current_changed)
        self.setCentralWidget(self.tabs)
        self.palette = PaletteWidget()
        self.palette.activated_entry.connect(self._palette_activated)
        self.inspector = Inspector()
        self.outline = DocumentOutline()
        self.evidence = EvidencePanel()
        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel(self.tr("<original>"))
        self._dock(
            self.tr("Palette"), "palette", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._dock(
            self.tr("Journeys and personas"),
            "outline",
            self.outline,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        inspector = self._dock(
            self.tr("Inspector"), "inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        history = self._dock(
            self.tr("History"), "history", self.history, Qt.DockWidgetArea.RightDockWidgetArea
        )
        evidence = self._dock(
            self.tr("Evidence"), "evidence", self.evidence, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.splitDockWidget(inspector, evidence, Qt.Orientation.Vertical)
        self.tabifyDockWidget(inspector, history)
        self.resizeDocks([inspector], [320], Qt.Orientation.Horizontal)
        inspector.raise_()
        self.zoom_label = QLabel("100 %")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._restore_layout()
        self._update_actions()

    # -- building --------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey  # noqa: N806
        self.new_action = self._action(self.tr("&New…"), self.new_map, S.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, S.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, S.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        self.close_action = self._action(
            self.tr("&Close"), lambda: self.close_tab(self.tabs.currentIndex()), S.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(S.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(S.Redo)
        self.cut_action = self._action(
            self.tr("Cu&t"), lambda: self._with_editor(MapEditor.cut), S.Cut
        )
        self.copy_action = self._action(
            self.tr("&Copy"), lambda: self._with_editor(MapEditor.copy), S.Copy
        )
        self.paste_action = self._action(self.tr("&Paste"), self.paste, S.Paste)
        self.duplicate_action = self._action(
            self.tr("&Duplicate"), lambda: self._with_editor(MapEditor.duplicate), "Ctrl+D"
        )
        self.delete_action = self._action(
            self.tr("&Delete"), lambda: self._with_editor(MapEditor.delete_selection), S.Delete
        )
        self.select_all_action = self._action(
            self.tr("Select &All"), lambda: self._with_editor(MapEditor.select_all), S.SelectAll
        )
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), self.preferences, S.Preferences
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), lambda: self._with_view("zoom_in"), S.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), lambda: self._with_view("zoom_out"), S.ZoomOut
        )
        self.fit_action = self._action(
            self.tr("&Fit to Window"), lambda: self._with_view("fit"), "Ctrl+0"
        )
        self.actual_action = self._action(
            self.tr("Actual &Size (100 %)"), lambda: self._with_view("actual_size"), "Ctrl+1"
        )
        self.about_action = self._action(self.tr("&About Parcours"), self.about)
        self.photos_action = self._action(
            self.tr("Add &Photos…"), lambda: self.evidence.add_photo_files()
        )
        self.quote_action = self._action(
            self.tr("Add a &Quote…"), lambda: self.evidence.new_evidence("quote")
        )
        self.link_action = self._action(
            self.tr("Add a &Link…"), lambda: self.evidence.new_evidence("link")
        )
        self.insight_action = self._action(
            self.tr("Add an &Insight…"), lambda: self.evidence.new_evidence("insight")
        )
        self.export_evidence_action = self._action(
            self.tr("Export the Evidence to a &Folder…"), self.export_evidence
        )
        self.import_table_action = self._action(
            self.tr("&Import a Spreadsheet…"),
            self.import_table,
            tip=self.tr("Cards, touchpoints, opportunities or metrics from a CSV or XLSX file"),
        )
        self.export_table_action = self._action(
            self.tr("Export a Spread&sheet…"),
            self.export_table,
            tip=self.tr("Cards, touchpoints, the action plan, metrics and evidence as XLSX or CSV"),
        )
        self.merge_action = self._action(
            self.tr("&Merge Another Copy…"),
            self.merge_copy,
            tip=self.tr("Bring in the changes of another copy of this map (sent by mail, synced…)"),
        )
        self.library_action = self._action(
            self.tr("Evidence &Library…"), self.evidence_library, "Ctrl+L"
        )
        self.document_actions = [
            self.save_action, self.save_as_action, self.export_action, self.close_action,
            self.cut_action, self.copy_action, self.paste_action, self.duplicate_action,
            self.delete_action, self.select_all_action, self.zoom_in_action, self.zoom_out_action,
            self.fit_action, self.actual_action, self.photos_action, self.quote_action,
            self.link_action, self.insight_action, self.library_action,
            self.export_evidence_action, self.import_table_action, self.export_table_action,
            self.merge_action,
        ]  # fmt: skip

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new_action, self.open_action])
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        file.addActions([self.save_action, self.save_as_action, self.export_action])
        file.addSeparator()
        file.addActions([self.import_table_action, self.export_table_action])
        file.addSeparator()
        file.addAction(self.merge_action)
        file.addSeparator()
        file.addActions([self.close_action, self.quit_action])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions(
            [
                self.cut_action,
                self.copy_action,
                self.paste_action,
                self.duplicate_action,
                self.delete_action,
            ]
        )
        edit.addSeparator()
        edit.addActions([self.select_all_action])
        edit.addSeparator()
        edit.addAction(self.preferences_action)
        insert = bar.addMenu(self.tr("&Insert"))
        for index, (entry, label) in enumerate(self.palette._entries()):
            insert.addAction(label, lambda e=entry: self._palette_activated(e))
            if index in (0, 7):
                insert.addSeparator()
        evidence = bar.addMenu(self.tr("E&vidence"))
        evidence.addActions(
            [self.photos_action, self.quote_action, self.link_action, self.insight_action]
        )
        evidence.addSeparator()
        evidence.addActions([self.library_action, self.export_evidence_action])
        view = bar.addMenu(self.tr("&View"))
        view.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_action]
        )
        view.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.fit_action, self.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)

    def _restore_layout(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        state = store.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    # -- current document -------------------------------------------------------------------

    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def current_editor(self) -> MapEditor | None:
        tab = self.current_tab()
        return tab.editor if tab else None

    def tab_list(self) -> list[DocumentTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def _with_editor(self, method: object) -> None:
        editor = self.current_editor()
        if editor is not None:
            method(editor)  # type: ignore[operator]

    def _with_view(self, name: str) -> None:
        editor = self.current_editor()
        if editor is not None:
            getattr(editor.view, name)()

    def _current_changed(self, _index: int) -> None:
        editor = self.current_editor()
        self.undo_group.setActiveStack(editor.undo_stack if editor else None)
        self.inspector.set_editor(editor)
        self.outline.set_editor(editor)
        self.evidence.set_editor(editor)
        self._update_actions()
        if editor is not None:
            self.zoom_label.setText(f"{round(editor.view.zoom() * 100)} %")

    def _update_actions(self) -> None:
        tab = self.current_tab()
        for action in self.document_actions:
            action.setEnabled(tab is not None)
        if tab is None:
            self.setWindowTitle("Parcours")
            self.setWindowModified(False)
            return
        self.save_action.setEnabled(not tab.editor.document.read_only)
        self.import_table_action.setEnabled(not tab.editor.document.read_only)
        self.setWindowTitle(f"{tab.name()}[*] — Parcours")
        self.setWindowModified(tab.modified())
        for index, other in enumerate(self.tab_list()):
            self.tabs.setTabText(index, other.name() + (" •" if other.modified() else ""))

    def _palette_activated(self, entry: str) -> None:
        """Keyboard way in: add the palette element at the end (or in the selected cell)."""
        editor = self.current_editor()
        if editor is not None and entry in PALETTE_ENTRIES:
            editor.add_from_menu(entry)

    # -- documents ---------------------------------------------------------------------------

    def add_document(
        self, document: JourneyDocument, recovered: bool = False
    ) -> DocumentTab | None:
        """A tab for an open document; if it cannot be shown (a damaged installation lost its
        fonts), one sentence, and the document is let go (its edits stay recoverable)."""
        try:
            tab = DocumentTab(document, self)
        except DocumentError as error:
            document.detach() if recovered else document.close()
            self.show_error(user_message(error))
            return None
        editor = tab.editor
        self.undo_group.addStack(editor.undo_stack)
        editor.undo_stack.cleanChanged.connect(self._update_actions)
        editor.undo_stack.indexChanged.connect(self._update_actions)
        editor.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        editor.failed.connect(self.show_error)
        editor.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        editor.view.files_dropped.connect(
            lambda paths, at: evidence_actions.add_photos(
                editor,
                evidence_actions.target_at(editor, at),
                evidence_actions.files_to_take_in(paths),
            )
        )
        index = self.tabs.addTab(tab, tab.name())
        self.tabs.setCurrentIndex(index)
        QTimer.singleShot(0, editor.view.fit)
        self._update_actions()
        return tab

    def new_map(self) -> None:
        dialog = NewMapDialog(self)
        if dialog.exec() != NewMapDialog.DialogCode.Accepted:
            return
        template, language = dialog.choice()
        try:
            self.add_document(JourneyDocument.new(template, language))
        except DocumentError as error:
            self.show_error(user_message(error))

    def open_dialog(self) -> None:
        folder = str(settings().value("last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a map"), folder, FILE_FILTER)
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> DocumentTab | None:
        path = path.absolute()
        for tab in self.tab_list():
            if tab.editor.document.path == path:
                self.tabs.setCurrentWidget(tab)
                return tab
        try:
            document = JourneyDocument.open(path)
        except DocumentError as error:
            self.show_error(user_message(error))
            return None
        self._remember(path)
        return self.add_document(document)

    def save(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.current_tab()
        if tab is None:
            return False
        document = tab.editor.document
        if document.path is None or document.read_only:
            return self.save_as(tab)
        try:
            document.author_name = author_name()
            document.save()
        except DocumentError as error:
            self.show_error(user_message(error))
            return False
        tab.saved()
        self.statusBar().showMessage(self.tr("Saved %s") % document.path.name, 4000)
        self._update_actions()
        return True

    def save_as(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.current_tab()
        if tab is None:
            return False
        document = tab.editor.document
        suggested = (
            document.path
            or Path(str(settings().value("last_folder", Path.home())))
            / f"{document.display_name}.cjm"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the map as"), str(suggested), FILE_FILTER
        )
        if not path:
            return False
        target = Path(path) if path.endswith(".cjm") else Path(path + ".cjm")
        try:
            document.author_name = author_name()
            document.save_as(target)
        except DocumentError as error:
            self.show_error(user_message(error))
            return False
        tab.saved()
        self._remember(target)
        self._update_actions()
        return True

    def close_tab(self, index: int) -> bool:
        """Close one document, asking first when it has unsaved changes."""
        tab = self.tabs.widget(index)
        if not isinstance(tab, DocumentTab):
            return True
        if tab.modified():
            self.tabs.setCurrentIndex(index)
            answer = ask_to_save(self, tab.name())
            if answer == answer.Cancel or (answer == answer.Save and not self.save(tab)):
                return False
        self.tabs.removeTab(index)
        self.undo_group.removeStack(tab.editor.undo_stack)
        tab.views.close_pages()
        tab.editor.close_document()
        tab.deleteLater()
        self._update_actions()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        while self.tabs.count():
            if not self.close_tab(self.tabs.currentIndex()):
                event.ignore()
                return
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        event.accept()

    def offer_recovery(self) -> None:
        """At start: reopen what a crashed or killed Parcours left unsaved."""
        work = recoverable_work()
        if not work:
            return
        dialog = RecoveryDialog(work, self)
        answer = dialog.exec()
        if answer == 2:
            for entry in work:
                import shutil

                shutil.rmtree(entry.folder, ignore_errors=True)
            return
        if answer != RecoveryDialog.DialogCode.Accepted:
            return
        for entry in dialog.chosen():
            try:
                self.add_document(JourneyDocument.recover(entry), recovered=True)
            except DocumentError as error:
                self.show_error(user_message(error))

    def paste(self) -> None:
        """Cards from Parcours or text paste as cards; an image pastes as photo evidence."""
        editor = self.current_editor()
        if editor is None:
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage() and not data.hasFormat(clipboard.CARDS_MIME):
            image = QGuiApplication.clipboard().image()
            evidence_actions.add_image(editor, evidence_actions.target_of_selection(editor), image)
        else:
            editor.paste()

    def evidence_library(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            EvidenceLibrary(editor, self).exec()

    def export_evidence(self) -> None:
        """Every photo and quote of the map into a folder, for reports."""
        editor = self.current_editor()
        if editor is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the evidence into"))
        if not folder:
            return
        from app.model.evidence_export import export_evidence

        try:
            written = export_evidence(editor.document, Path(folder))
        except DocumentError as error:
            self.show_error(user_message(error))
            return
        self.statusBar().showMessage(self.tr("%n files written", "", len(written)), 5000)

    def import_table(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            import_spreadsheet(editor, self)

    def export_table(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            TableExportDialog(editor, self).exec()

    def merge_copy(self) -> None:
        """File › Merge Another Copy…: the conflicts are shown before anything changes."""
        editor = self.current_editor()
        if editor is None:
            return
        folder = editor.document.path.parent if editor.document.path else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge another copy of this map"), str(folder), FILE_FILTER
        )
        if path:
            merge_file(editor, Path(path), self)

    def export(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            ExportDialog(editor, self).exec()

    # -- small things ------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, "Parcours", text)

    def preferences(self) -> None:
        PreferencesDialog(self).exec()

    def about(self) -> None:
        AboutDialog(self).exec()

    def _remember(self, path: Path) -> None:
        store = settings()
        recent = [p for p in store.value("recent", [], list) or [] if p != str(path)]
        store.setValue("recent", [str(path), *recent][:MAX_RECENT])
        store.setValue("last_folder", str(path.parent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings().value("recent", [], list) or []
        for entry in recent:
            self.recent_menu.addAction(
                Path(entry).name, lambda p=entry: self.open_path(Path(p))
            ).setStatusTip(entry)
        if not recent:
            self.recent_menu.addAction(self.tr("No recent maps")).setEnabled(False)


def author_name() -> str:
    """The name Preferences gives, recorded with each version saved."""
    return str(settings().value("author", "") or "")


def run(paths: list[Path], sample: bool = False) -> int:
    """Start the editor: recovery first, then the maps asked for (or the sample map)."""
    from .application import make_application

    application = make_application(["parcours"])
    window = MainWindow()
    window.show()
    window.offer_recovery()
    for path in paths:
        window.open_path(path)
    if sample:
        window.add_document(JourneyDocument.new("sample", "fr"))
    return QApplication.exec() if application else 0
