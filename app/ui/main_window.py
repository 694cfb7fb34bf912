"""The main window: documents in tabs, menus and toolbar, palette, inspector, outline, history.

It owns the life of documents (new, open, save, close, recover) and routes every edit action
to the current `MapEditor`; every document error reaches the user as one sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QUndoView,
    QWidget,
)

from app.model import DocumentError, JourneyDocument, recoverable_work

from . import clipboard, evidence_actions, thumbnails
from .about import AboutDialog
from .application import settings
from .comments_panel import CommentsPanel
from .copy_notice import take_dropped_maps
from .dialogs import NewMapDialog, PreferencesDialog, RecoveryDialog, ask_to_save
from .document_tab import DocumentTab
from .editor import MapEditor
from .edits import PALETTE_ENTRIES
from .evidence_library import EvidenceLibrary
from .evidence_panel import EvidencePanel
from .export_dialog import ExportDialog
from .icons import icon
from .import_dialog import import_spreadsheet
from .insert_menu import InsertMenu
from .inspector import Inspector
from .merge_dialog import merge_file
from .messages import user_message
from .open_questions import open_map, warn
from .outline import DocumentOutline
from .palette import PaletteWidget
from .presentation import present
from .read_only import ReadOnlyLock
from .start_page import StartPage
from .table_export_dialog import TableExportDialog
from .versions_panel import install_versions_panel

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
        self.start_page = StartPage(self)
        self.start_page.template_chosen.connect(self.new_from_template)
        self.start_page.file_chosen.connect(self.open_path)
        self.start_page.open_requested.connect(self.open_dialog)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        self.palette = PaletteWidget()
        self.palette.activated_entry.connect(self._palette_activated)
        self.inspector = Inspector()
        self.outline = DocumentOutline()
        self.evidence = EvidencePanel()
        self.comments = CommentsPanel()
        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel(self.tr("<original>"))
        self.history.setAccessibleName(self.tr("History"))
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
        comments = self._dock(
            self.tr("Comments"), "comments", self.comments, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(history, comments)
        self.comments.wanted.connect(lambda: (comments.show(), comments.raise_()))
        self.resizeDocks([inspector], [320], Qt.Orientation.Horizontal)
        inspector.raise_()
        self.versions = install_versions_panel(self)
        self.zoom_label = QLabel("100 %")
        self.hint_label = QLabel()  # what the mouse is over, or what is selected
        self.statusBar().addWidget(self.hint_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.read_only = ReadOnlyLock(self)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._restore_layout()
        self._hidden_docks: list[QDockWidget] | None = None
        self._current_changed(-1)

    # -- building --------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon_name: str = "",
        more: tuple[str, ...] = (),
    ) -> QAction:
        """An action; `more` are shortcuts beside the platform's own (Ctrl+Y for Redo)."""
        action = QAction(text, self)
        keys = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else ([QKeySequence(shortcut)] if shortcut else [])
        )
        keys += [QKeySequence(k) for k in more if QKeySequence(k) not in keys]
        if keys:
            action.setShortcuts(keys)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey  # noqa: N806
        self.new_action = self._action(self.tr("&New…"), self.new_map, S.New, icon_name="file-plus")
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, S.Open, icon_name="folder-open"
        )
        self.save_action = self._action(self.tr("&Save"), self.save, S.Save, icon_name="save")
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.export_action = self._action(
            self.tr("&Export…"),
            self.export,
            "Ctrl+E",
            self.tr("Export a poster: PDF, PNG or SVG"),
            "file-output",
        )
        self.close_action = self._action(
            self.tr("&Close"), lambda: self.close_tab(self.tabs.currentIndex()), S.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(S.Undo)
        self.undo_action.setIcon(icon("undo-2"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(S.Redo)
        self.redo_action.setShortcuts(
            redo_keys + [k for k in (QKeySequence("Ctrl+Y"),) if k not in redo_keys]
        )
        self.redo_action.setIcon(icon("redo-2"))
        self.cut_action = self._action(
            self.tr("Cu&t"), lambda: self._with_editor(MapEditor.cut), S.Cut, icon_name="scissors"
        )
        self.copy_action = self._action(
            self.tr("&Copy"), lambda: self._with_editor(MapEditor.copy), S.Copy, icon_name="copy"
        )
        self.paste_action = self._action(
            self.tr("&Paste"), self.paste, S.Paste, icon_name="clipboard-paste"
        )
        self.duplicate_action = self._action(
            self.tr("Dup&licate"),
            lambda: self._with_editor(MapEditor.duplicate),
            "Ctrl+D",
            icon_name="copy-plus",
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            lambda: self._with_editor(MapEditor.delete_selection),
            S.Delete,
            icon_name="trash-2",
        )
        self.select_all_action = self._action(
            self.tr("Select &All"), lambda: self._with_editor(MapEditor.select_all), S.SelectAll
        )
        self.edit_text_action = self._action(
            self.tr("Edit Te&xt"),
            lambda: self._with_editor(MapEditor.edit_selected),
            "F2",
            self.tr("Type over the title of the selected element (F2 or Enter)"),
            "pencil",
        )
        self.find_action = self._action(
            self.tr("&Find…"),
            lambda: self._with_tab("show_find"),
            S.Find,
            self.tr("Find cards, stages, lanes, feelings, evidence and personas by a word"),
            "search",
        )
        self.find_next_action = self._action(
            self.tr("Find &Next"), lambda: self._with_tab("find_next"), S.FindNext
        )
        self.find_previous_action = self._action(
            self.tr("Find Pre&vious"), lambda: self._with_tab("find_previous"), "Shift+F3"
        )  # not the platform's Ctrl+Shift+G: that adds a gain (Insert menu)
        self.preferences_action = self._action(
            self.tr("Pr&eferences…"), self.preferences, S.Preferences
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"),
            lambda: self._with_view("zoom_in"),
            S.ZoomIn,
            icon_name="zoom-in",
            more=("Ctrl+=", "Ctrl++"),
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"),
            lambda: self._with_view("zoom_out"),
            S.ZoomOut,
            icon_name="zoom-out",
        )
        self.fit_action = self._action(
            self.tr("&Fit to Window"),
            lambda: self._with_view("fit"),
            "Ctrl+0",
            self.tr("Show the whole map; it follows the window until you zoom"),
            "scan",
        )
        self.actual_action = self._action(
            self.tr("Actual &Size (100 %)"), lambda: self._with_view("actual_size"), "Ctrl+1"
        )
        self.present_action = self._action(
            self.tr("&Present"),
            self.present,
            "F5",
            self.tr("Full screen, stage by stage, for a workshop read-out"),
            "presentation",
        )
        self.about_action = self._action(self.tr("&About Parcours"), self.about, icon_name="info")
        self.photos_action = self._action(
            self.tr("Add &Photos…"), lambda: self.evidence.add_photo_files(), icon_name="image-plus"
        )
        self.quote_action = self._action(
            self.tr("Add a &Quote…"), lambda: self.evidence.new_evidence("quote"), icon_name="quote"
        )
        self.link_action = self._action(
            self.tr("Add a &Link…"), lambda: self.evidence.new_evidence("link"), icon_name="link"
        )
        self.insight_action = self._action(
            self.tr("Add an &Insight…"), lambda: self.evidence.new_evidence("insight")
        )
        self.export_evidence_action = self._action(
            self.tr("Export the Evidence to a &Folder…"),
            self.export_evidence,
            icon_name="folder-output",
        )
        self.import_table_action = self._action(
            self.tr("&Import a Spreadsheet…"),
            self.import_table,
            tip=self.tr("Cards, touchpoints, opportunities or metrics from a CSV or XLSX file"),
        )
        self.export_table_action = self._action(
            self.tr("Expor&t a Spreadsheet…"),
            self.export_table,
            tip=self.tr("Cards, touchpoints, the action plan, metrics and evidence as XLSX or CSV"),
        )
        self.merge_action = self._action(
            self.tr("&Merge Another Copy…"),
            self.merge_copy,
            tip=self.tr("Bring in the changes of another copy of this map (sent by mail, synced…)"),
        )
        self.library_action = self._action(
            self.tr("Evidence Li&brary…"), self.evidence_library, "Ctrl+L", icon_name="library"
        )
        self.document_actions = [
            self.save_action, self.save_as_action, self.export_action, self.close_action,
            self.cut_action, self.copy_action, self.paste_action, self.duplicate_action,
            self.delete_action, self.select_all_action, self.zoom_in_action, self.zoom_out_action,
            self.fit_action, self.actual_action, self.photos_action, self.quote_action,
            self.link_action, self.insight_action, self.library_action,
            self.export_evidence_action, self.edit_text_action, self.find_action,
            self.find_next_action, self.find_previous_action, self.present_action,
            self.import_table_action, self.export_table_action, self.merge_action,
        ]  # fmt: skip
        self.editing_actions = [
            self.cut_action, self.paste_action, self.duplicate_action, self.delete_action,
            self.edit_text_action, self.photos_action, self.quote_action, self.link_action,
            self.insight_action, self.import_table_action, self.merge_action,
        ]  # fmt: skip
        """Actions that change the map: off while it is read-only."""

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
        file.addActions([self.merge_action, self.versions.action])
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
        edit.addActions([self.edit_text_action, self.select_all_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        edit.addSeparator()
        edit.addAction(self.preferences_action)
        self.insert_menu = InsertMenu(self, self._palette_activated)
        bar.addMenu(self.insert_menu)
        self.document_actions += list(self.insert_menu.actions_by_entry.values())
        self.editing_actions += list(self.insert_menu.actions_by_entry.values())
        evidence = bar.addMenu(self.tr("Evi&dence"))
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
        view.addAction(self.present_action)
        view.addSeparator()
        panels = {
            "palette": self.tr("Pa&lette"),
            "outline": self.tr("&Journeys and Personas"),
            "inspector": self.tr("I&nspector"),
            "history": self.tr("&History"),
            "evidence": self.tr("&Evidence"),
            "versions": self.tr("&Versions"),
            "comments": self.tr("&Comments"),
        }
        for dock in self.findChildren(QDockWidget):
            toggle = dock.toggleViewAction()
            toggle.setText(panels.get(dock.objectName(), dock.windowTitle()))
            view.addAction(toggle)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.fit_action, self.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addActions([self.present_action, self.export_action])
        self.toolbar = toolbar
        for action in toolbar.actions():
            with_shortcut_in_tooltip(action)
        self.undo_action.changed.connect(lambda: with_shortcut_in_tooltip(self.undo_action))
        self.redo_action.changed.connect(lambda: with_shortcut_in_tooltip(self.redo_action))

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

    def _with_tab(self, name: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            getattr(tab, name)()

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
        self.comments.set_editor(editor)
        self.read_only.follow(editor)
        self.central.setCurrentWidget(self.tabs if editor is not None else self.start_page)
        self._show_docks(editor is not None)
        self._update_actions()
        self.hint_label.setText(editor.selection_hint() if editor is not None else "")
        if editor is not None:
            self.zoom_label.setText(f"{round(editor.view.zoom() * 100)} %")
        else:
            self.zoom_label.setText("")
            self.start_page.refresh()

    def _show_docks(self, shown: bool) -> None:
        """With no map open the panels have nothing to show: the start page takes the window,
        and the panels come back as they were when a map opens."""
        if not shown and self._hidden_docks is None:
            docks = self.findChildren(QDockWidget)
            self._hidden_docks = [d for d in docks if not d.isHidden()]
            for dock in self._hidden_docks:
                dock.hide()
        elif shown and self._hidden_docks is not None:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = None
            inspector = self.findChild(QDockWidget, "inspector")
            if inspector is not None:
                inspector.raise_()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        for action in self.document_actions:
            action.setEnabled(tab is not None)
        if tab is None:
            self.setWindowTitle("Parcours")
            self.setWindowModified(False)
            return
        read_only = tab.editor.document.read_only
        self.save_action.setEnabled(not read_only)
        for action in self.editing_actions:
            action.setEnabled(not read_only)
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
        editor.hint.connect(self.hint_label.setText)
        editor.evidence_requested.connect(self._evidence_requested)
        tab.find_bar.found.connect(self._found)
        editor.failed.connect(self.show_error)
        editor.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        editor.view.files_dropped.connect(
            lambda paths, at: evidence_actions.add_photos(
                editor,
                evidence_actions.target_at(editor, at),
                evidence_actions.files_to_take_in(paths),
            )
        )
        editor.view.maps_dropped.connect(  # after the drop: the drag's source is let go first
            lambda paths: QTimer.singleShot(
                0, lambda: take_dropped_maps(editor, paths, self.open_path, self.show_error, self)
            )
        )
        index = self.tabs.addTab(tab, tab.name())
        self.tabs.setCurrentIndex(index)
        QTimer.singleShot(0, editor.view.fit)
        self._update_actions()
        editor.view.setFocus()
        return tab

    def new_map(self) -> None:
        dialog = NewMapDialog(self)
        if dialog.exec() != NewMapDialog.DialogCode.Accepted:
            return
        self.new_from_template(*dialog.choice())

    def new_from_template(self, template: str, language: str) -> None:
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
            document = open_map(self, path)  # asks about a lock from elsewhere, a -wal file
        except DocumentError as error:
            self.show_error(user_message(error))
            return None
        if document is None:
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
        thumbnails.remember(tab.editor)
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
        thumbnails.remember(tab.editor)
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
        if tab.editor.document.path is not None and not tab.modified():
            thumbnails.remember(tab.editor)
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
        self._show_docks(True)  # the layout a map is edited in, not the start page's
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

    def _found(self, kind: str, ref: str) -> None:
        """Find stepped to a persona: it is shown in its list (the canvas does not show it)."""
        if kind != "persona":
            return
        personas = self.outline.personas
        for row in range(personas.count()):
            line = personas.item(row)
            if line is not None and line.data(Qt.ItemDataRole.UserRole) == ref:
                personas.setCurrentItem(line)
                personas.scrollToItem(line)
                self.statusBar().showMessage(
                    self.tr("Found in the persona “%s”.") % line.text(), 5000
                )

    def _evidence_requested(self, what: str) -> None:
        """From a context menu: add evidence to the selection, or edit a piece of it."""
        if what == "photo":
            self.evidence.add_photo_files()
        elif what.startswith("edit:"):
            self.evidence.edit_evidence(what.split(":", 1)[1])
        else:
            self.evidence.new_evidence(what)

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

    def present(self) -> None:
        """F5: the journey full screen, stage by stage, for a workshop read-out."""
        editor = self.current_editor()
        if editor is not None:
            present(editor)

    # -- small things ------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        warn(self, text)  # plain text: it may name a table or a file of a hostile map

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
        recent = recent_paths()
        for entry in recent:
            self.recent_menu.addAction(
                Path(entry).name, lambda p=entry: self.open_path(Path(p))
            ).setStatusTip(entry)
        if not recent:
            self.recent_menu.addAction(self.tr("No recent maps")).setEnabled(False)


def recent_paths() -> list[str]:
    """The maps opened or saved last that are still there, most recent first."""
    return [str(p) for p in settings().value("recent", [], list) or [] if Path(str(p)).is_file()]


def with_shortcut_in_tooltip(action: QAction) -> None:
    """A toolbar button says what it does and its shortcut: "Save (Ctrl+S)"."""
    text = action.text().replace("&", "").replace("…", "")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = f"{text} ({keys})" if keys else text
    if action.toolTip() != tip:
        action.setToolTip(tip)


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
