"""The document's journeys and personas, and an outline of the open journey (outline_tree.py).

Selecting in the outline selects on the canvas. The lists follow the document through change
records: they are filled again only when a step touched a journey or a persona.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import Change
from app.render.labels import Words

from .editor import MapEditor
from .outline_tree import JourneyOutlineTree
from .widgets import PlaceholderList

REF = Qt.ItemDataRole.UserRole
MOST_LINES = 6  # a list taller than this scrolls


def fit_to_lines(widget: QListWidget) -> None:
    """A list as tall as its lines (one at least, a few at most): no large empty boxes; a line
    too long for the dock ends in "…" and shows whole in its tooltip."""
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    for row in range(widget.count()):
        line = widget.item(row)
        if line is not None:
            line.setToolTip(line.text())
    lines = min(max(widget.count(), 1), MOST_LINES)
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 6
    widget.setFixedHeight(lines * row + 2 * widget.frameWidth() + 4)


class DocumentOutline(QWidget):
    """Journeys (switch, add, duplicate as future state), personas, and the journey's outline."""

    element_chosen = Signal(str, str)  # kind, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: MapEditor | None = None
        self._changes: list[Change] = []
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.journeys = QListWidget()
        self.journeys.setAccessibleName(self.tr("Journeys"))
        self.journeys.currentItemChanged.connect(self._journey_chosen)
        self.journeys.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.journeys.customContextMenuRequested.connect(self._journey_menu)
        self.personas = PlaceholderList(self.tr("No persona yet: + adds one."))
        self.personas.setAccessibleName(self.tr("Personas"))
        self.personas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.personas.customContextMenuRequested.connect(self._persona_menu)
        self.personas.itemDoubleClicked.connect(self._edit_persona)
        self.tree = JourneyOutlineTree()
        self.tree.itemActivated.connect(self._tree_chosen)
        self.tree.itemClicked.connect(self._tree_chosen)
        self.tree.currentItemChanged.connect(self._tree_moved)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self._following_canvas = False
        layout.addLayout(self._heading(self.tr("Journeys"), self.add_journey))
        layout.addWidget(self.journeys)
        layout.addLayout(self._heading(self.tr("Personas"), self.add_persona))
        layout.addWidget(self.personas)
        outline = self.tr("Outline")
        layout.addWidget(QLabel(f"<b>{outline}</b>"))
        layout.addWidget(self.tree, 1)  # the lists take their lines, the outline the rest

    def _heading(self, text: str, add: object) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(f"<b>{text}</b>"))
        row.addStretch(1)
        button = QToolButton()
        button.setText("+")
        button.setToolTip(self.tr("Add"))
        button.setAccessibleName(self.tr("Add to %s") % text)
        button.clicked.connect(add)
        row.addWidget(button)
        return row

    def set_editor(self, editor: MapEditor | None) -> None:
        if editor is self.editor:  # the same map (or still none): nothing to build again
            return
        if self.editor is not None:
            self.editor.document.unsubscribe(self._document_changed)
            self.editor.journey_changed.disconnect(self.refresh)
            self.editor.selection_changed.disconnect(self._follow_selection)
        self.editor = editor
        if editor is not None:
            editor.document.subscribe(self._document_changed)
            editor.journey_changed.connect(self.refresh)
            editor.selection_changed.connect(self._follow_selection)
        self.refresh()

    def _follow_selection(self) -> None:
        """The canvas's selection, highlighted in the outline (without moving the canvas)."""
        if self.editor is None or self._following_canvas:
            return
        found = (self.tree.item_of(*ref) for ref in self.editor.scene.selected_refs())
        lines = [line for line in found if line is not None]
        self._following_canvas = True
        self.tree.blockSignals(True)
        try:
            self.tree.clearSelection()
            for line in lines:
                line.setSelected(True)
            if lines:
                self.tree.setCurrentItem(lines[-1], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollToItem(lines[-1])
        finally:
            self.tree.blockSignals(False)
            self._following_canvas = False

    def _document_changed(self, change: Change) -> None:
        """After the canvas has repainted, not before: the outline may wait one turn."""
        self._changes.append(change)
        self._pending.start()

    def _follow(self) -> None:
        changes, self._changes = self._changes, []
        if self.editor is None or not changes:
            return
        tables = {row.table for change in changes for row in change.rows}
        if tables & {"journey", "persona"}:
            self._fill_lists()
        snapshot = self.editor.scene.snapshot
        if snapshot is None or snapshot.journey.id != (
            self.tree.snapshot.journey.id if self.tree.snapshot else None
        ):
            self.tree.rebuild(snapshot)
            return
        self.tree.apply(changes, snapshot)

    def refresh(self) -> None:
        """Everything again: another document or another journey."""
        self._changes = []
        self._fill_lists()
        self.tree.rebuild(self.editor.scene.snapshot if self.editor else None)

    def _fill_lists(self) -> None:
        editor = self.editor
        for widget in (self.journeys, self.personas):
            widget.blockSignals(True)
            widget.clear()
        try:
            if editor is None:
                return
            document = editor.document
            names = {p.id: p.name for p in document.personas()}
            for journey in document.journeys():
                label = journey.title or self.tr("Untitled journey")
                if journey.state == "future":
                    label += " " + self.tr("(future)")
                if journey.persona_id in names:
                    label += f" · {names[journey.persona_id]}"
                item = QListWidgetItem(label)
                item.setData(REF, journey.id)
                self.journeys.addItem(item)
                if journey.id == editor.journey_id:
                    self.journeys.setCurrentItem(item)
            for persona in document.personas():
                item = QListWidgetItem(persona.name or self.tr("Unnamed persona"))
                item.setData(REF, persona.id)
                self.personas.addItem(item)
        finally:
            for widget in (self.journeys, self.personas):
                widget.blockSignals(False)
                fit_to_lines(widget)

    # -- choosing --------------------------------------------------------------------------

    def _journey_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.editor is not None:
            self.editor.set_journey(item.data(REF))

    def _tree_chosen(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF)
        if ref and self.editor is not None:
            self._following_canvas = True
            try:
                self.editor.scene.select_refs([tuple(ref)])
            finally:
                self._following_canvas = False
            target = self.editor.scene.item_for(*ref)
            if target is not None:
                self.editor.view.show_rect(target.layout_rect())
            self.element_chosen.emit(*ref)

    def _tree_moved(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        """Arrow keys in the outline select on the canvas too."""
        if item is not None and self.tree.hasFocus():
            self._tree_chosen(item)

    def _tree_menu(self, position: QPoint) -> None:
        """The canvas's own menu for the element, from its line."""
        item = self.tree.itemAt(position)
        if item is None or self.editor is None or not item.data(0, REF):
            return
        kind, ref = item.data(0, REF)
        self._tree_chosen(item)
        self.editor.show_element_menu(kind, ref, self.tree.viewport().mapToGlobal(position))

    # -- journeys and personas ------------------------------------------------------------

    def add_journey(self) -> None:
        if self.editor is None:
            return
        d = self.editor.document
        title, ok = QInputDialog.getText(
            self, self.tr("New journey"), self.tr("Title of the journey:")
        )
        if ok:
            change = self.editor.apply(None, lambda: d.add_journey(title))
            if change is not None:
                self.editor.set_journey(change.first_added)

    def duplicate_as_future(self, journey_id: str) -> None:
        if self.editor is None:
            return
        d = self.editor.document
        source = d.journey(journey_id)
        title = Words(d.project().language)("future_copy", title=source.title if source else "")
        change = self.editor.apply(None, lambda: d.duplicate_journey(journey_id, title=title))
        if change is not None:
            self.editor.set_journey(change.first_added)

    def _journey_menu(self, position: QPoint) -> None:
        item = self.journeys.itemAt(position)
        if item is None or self.editor is None:
            return
        journey_id = item.data(REF)
        d = self.editor.document
        menu = QMenu(self)
        menu.addAction(
            self.tr("Duplicate as future state"), lambda: self.duplicate_as_future(journey_id)
        )
        delete = menu.addAction(self.tr("Delete journey"))
        delete.setEnabled(len(d.journeys()) > 1)
        editor = self.editor
        delete.triggered.connect(lambda: editor.apply(None, lambda: d.delete_journey(journey_id)))
        menu.exec(self.journeys.mapToGlobal(position))

    def add_persona(self) -> None:
        if self.editor is None:
            return
        d = self.editor.document
        name, ok = QInputDialog.getText(
            self, self.tr("New persona"), self.tr("Name of the persona:")
        )
        if ok and name.strip():
            self.editor.apply(None, lambda: d.add_persona(name.strip()))

    def _edit_persona(self, item: QListWidgetItem) -> None:
        if self.editor is not None:
            from .persona_editor import PersonaEditor

            PersonaEditor(self.editor, item.data(REF), self).exec()

    def _rename_persona(self, item: QListWidgetItem) -> None:
        if self.editor is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename persona"), self.tr("Name:"), text=item.text()
        )
        if ok and name.strip():
            self.editor.edit("persona", item.data(REF), name=name.strip())

    def _persona_menu(self, position: QPoint) -> None:
        item = self.personas.itemAt(position)
        if item is None or self.editor is None:
            return
        editor, persona_id = self.editor, item.data(REF)
        d = editor.document
        menu = QMenu(self)
        menu.addAction(
            self.tr("Use for this journey"),
            lambda: editor.edit("journey", editor.journey_id, persona_id=persona_id),
        )
        menu.addAction(self.tr("Edit…"), lambda: self._edit_persona(item))
        menu.addAction(self.tr("Rename…"), lambda: self._rename_persona(item))
        menu.addAction(
            self.tr("Delete persona"),
            lambda: editor.apply(None, lambda: d.delete_persona(persona_id)),
        )
        menu.exec(self.personas.mapToGlobal(position))
