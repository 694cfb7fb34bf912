"""The comments of the journey shown: threads grouped by element, and what to do with them.

Each element with comments is a heading ("Card “Simulator”"); under it its threads, oldest
first, each first comment with its replies indented; resolved threads are dimmed, and hidden
unless "Show resolved" is ticked. Clicking a comment selects its element on the canvas. The
box at the bottom writes a new comment on the canvas's selection (the journey when nothing is
selected), a reply to the thread chosen in the list, or an edit of a comment. Every action is
one undo step of the editor. Comments are signed with Preferences › Your name, or, while it is
empty, with the computer account's name (`signature`).
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from app.model import Change
from app.model.comments import CommentInfo, CommentThread

from .application import settings
from .editor import MapEditor

ID = Qt.ItemDataRole.UserRole  # a comment's id; a heading's is (kind, element id)
TARGET = Qt.ItemDataRole.UserRole + 1  # (model kind, element id) of every row
DIMMED = QColor("#8A96A3")
CANVAS_KINDS = {"card": "card", "emotion-point": "emotion_point", "stage": "stage", "lane": "lane"}
"""Canvas item kinds a comment can be on, and the model's name for each."""
MODEL_KINDS = {model: canvas for canvas, model in CANVAS_KINDS.items()}


def signature() -> str:
    """The name comments are signed with: Preferences › Your name, else the account's name."""
    name = " ".join(str(settings().value("author", "") or "").split())
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account (a container, a service)
        return ""


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the list's width (Qt's tree measures one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(max(width, 40), bounds.height() + 8)


class CommentsPanel(QWidget):
    """Dock content: the threads of the journey shown, and a box to comment, reply or edit."""

    wanted = Signal()  # the panel asks to be shown (a "Comment…" from a context menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: MapEditor | None = None
        self._editing: str | None = None  # the comment whose text the box holds
        self._following = False  # selecting on the canvas from the list: do not follow back
        self._shown: set[tuple[str, str]] = set()  # the elements whose comments are listed
        self._journeys: dict[tuple[str, str], str | None] = {}  # their journeys
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(WrappedRows(self.tree))
        self.tree.viewport().installEventFilter(self)  # rows wrap again when it is resized
        self.tree.setAccessibleName(self.tr("Comments"))
        self.tree.currentItemChanged.connect(lambda *_: self._chosen())
        self.tree.itemClicked.connect(lambda item, _column: self._reveal(item))
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setMaximumHeight(90)
        self.box.setAccessibleName(self.tr("Comment text"))
        self.box.installEventFilter(self)
        self.comment_button = QPushButton(self.tr("Comment"))
        self.comment_button.clicked.connect(self.submit)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.clicked.connect(self.reply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.signed = QLabel()
        self.signed.setWordWrap(True)
        self.signed.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)
        actions = QHBoxLayout()
        for button in (self.resolve_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        writing = QHBoxLayout()
        for button in (self.comment_button, self.reply_button, self.cancel_button):
            writing.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.box)
        layout.addLayout(writing)
        layout.addWidget(self.signed)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self.refresh()

    # -- following the editor --------------------------------------------------------------

    def set_editor(self, editor: MapEditor | None) -> None:
        if self.editor is not None:
            self.editor.selection_changed.disconnect(self._selection_moved)
            self.editor.journey_changed.disconnect(self._journey_changed)
            self.editor.comment_requested.disconnect(self.start_comment)
            self.editor.document.unsubscribe(self._changed)
        self.editor = editor
        self._editing = None
        if editor is not None:
            editor.selection_changed.connect(self._selection_moved)
            editor.journey_changed.connect(self._journey_changed)
            editor.comment_requested.connect(self.start_comment)
            editor.document.subscribe(self._changed)
        self.refresh()

    def _changed(self, change: Change) -> None:
        """A step that touched comments, or an element that has some (a rename), changes the
        list; other steps (a card dragged) leave it as it is."""
        for row in change.rows:
            if row.table == "comment" or (row.table, row.key) in self._shown:
                self._pending.start()
                return

    def _journey_changed(self, _journey_id: str) -> None:
        self._pending.start()

    def _selection_moved(self) -> None:
        self._update_buttons()
        if self._following or self.editor is None:
            return
        target = self.target()
        for item in self.rows():  # show the selection's comments
            if item.parent() is None and item.data(0, TARGET) == target:
                self.tree.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtTop)

    def target(self) -> tuple[str, str] | None:
        """Where a new comment goes: the one element selected on the canvas, else the journey."""
        editor = self.editor
        if editor is None:
            return None
        refs = [
            (CANVAS_KINDS[kind], ref)
            for kind, ref in editor.scene.selected_refs()
            if kind in CANVAS_KINDS and editor.row(kind, ref) is not None
        ]
        return refs[0] if len(refs) == 1 else ("journey", editor.journey_id)

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.chosen_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        editor = self.editor
        self.setEnabled(editor is not None)
        if editor is None:
            self.heading.setText(self.tr("Open a map to see its comments here."))
            self.tree.blockSignals(False)
            self._update_buttons()
            return
        threads = editor.document.comment_threads(editor.journey_id)
        self._shown = {t.target for t in threads}
        self._journeys = {t.target: t.journey_id for t in threads}
        shown = [t for t in threads if self.show_resolved.isChecked() or not t.resolved]
        open_count = sum(1 for t in threads if not t.resolved)
        self.heading.setText(
            (
                self.tr("1 open thread")
                if open_count == 1
                else self.tr("%n open threads", "", open_count)
            )
            if threads
            else self.tr("No comments on this journey yet.")
        )
        now = datetime.now(UTC)
        heading: QTreeWidgetItem | None = None
        for thread in shown:
            if heading is None or heading.data(0, TARGET) != thread.target:
                heading = self._heading(thread)
                self.tree.addTopLevelItem(heading)
                heading.setExpanded(True)
            first = self._comment_item(thread.first, thread, now)
            heading.addChild(first)
            for reply in thread.replies:
                first.addChild(self._comment_item(reply, thread, now))
            first.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.choose(chosen)
        self.signed.setText(
            self.tr("Signed “%1”; change the name in Edit › Preferences.").replace(
                "%1", signature() or self.tr("(no name)")
            )
        )
        self._update_buttons()

    def _heading(self, thread: CommentThread) -> QTreeWidgetItem:
        kind, _ref = thread.target
        names = {
            "card": self.tr("Card “%1”"),
            "emotion_point": self.tr("Emotion point “%1”"),
            "stage": self.tr("Stage “%1”"),
            "lane": self.tr("Lane “%1”"),
            "persona": self.tr("Persona “%1”"),
            "journey": self.tr("The journey “%1”"),
        }
        item = QTreeWidgetItem([names[kind].replace("%1", thread.label or self.tr("untitled"))])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, TARGET, thread.target)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _comment_item(
        self, comment: CommentInfo, thread: CommentThread, now: datetime
    ) -> QTreeWidgetItem:
        when = self.when(comment.created_at, now)
        author = comment.author or self.tr("Someone")
        header = f"{author} · {when}"
        if comment.parent_id is None and thread.resolved:
            header += " · " + self.tr("resolved")
        if comment.updated_at > comment.created_at and comment.parent_id is not None:
            header += " · " + self.tr("edited")
        item = QTreeWidgetItem([f"{header}\n{comment.text}"])  # plain text, never rich
        item.setData(0, ID, comment.id)
        item.setData(0, TARGET, thread.target)
        local = comment.created_at.astimezone()
        item.setToolTip(0, local.strftime("%Y-%m-%d %H:%M"))
        if thread.resolved:
            item.setForeground(0, QBrush(DIMMED))
        return item

    def when(self, at: datetime, now: datetime) -> str:
        """ "just now", "5 min ago", "3 h ago", "yesterday", else the date (the tooltip has
        the exact time)."""
        seconds = (now - at).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", int(seconds // 60))
        if seconds < 86400:
            return self.tr("%n h ago", "", int(seconds // 3600))
        if seconds < 2 * 86400:
            return self.tr("yesterday")
        return at.astimezone().strftime("%Y-%m-%d")

    def chosen_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID) if item is not None else None

    def rows(self) -> list[QTreeWidgetItem]:
        """Every row of the list, headings and comments, top to bottom."""
        found = []
        walker = QTreeWidgetItemIterator(self.tree)
        while walker.value() is not None:
            found.append(walker.value())
            walker += 1
        return found

    def choose(self, comment_id: str) -> bool:
        """Make a comment the current one in the list (False if it is not shown)."""
        for item in self.rows():
            if item.data(0, ID) == comment_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def item_of(self, comment_id: str) -> QTreeWidgetItem | None:
        found = self.choose(comment_id)
        return self.tree.currentItem() if found else None

    def _chosen(self) -> None:
        if self._editing is not None and self._editing != self.chosen_id():
            self.cancel_edit()
        self._update_buttons()

    def _reveal(self, item: QTreeWidgetItem) -> None:
        """A click on a comment or a heading selects its element on the canvas."""
        editor = self.editor
        target = item.data(0, TARGET)
        if editor is None or not target:
            return
        kind, ref = target
        self._following = True
        try:
            thread_journey = self._journeys.get((kind, ref))
            if thread_journey and thread_journey != editor.journey_id:
                editor.set_journey(thread_journey)
            if kind in MODEL_KINDS:
                editor.reveal(MODEL_KINDS[kind], ref)
            else:
                editor.scene.clearSelection()
        finally:
            self._following = False

    def _update_buttons(self) -> None:
        editor = self.editor
        writable = editor is not None and not editor.document.read_only
        chosen = self.chosen_id()
        comment = editor.document.comment(chosen) if editor and chosen else None
        thread = (
            editor.document.comment(comment.parent_id)
            if editor and comment and comment.parent_id
            else comment
        )
        editing = self._editing is not None
        self.comment_button.setText(self.tr("Save") if editing else self.tr("Comment"))
        self.comment_button.setEnabled(writable)
        self.reply_button.setEnabled(writable and comment is not None and not editing)
        self.cancel_button.setVisible(editing)
        self.resolve_button.setText(
            self.tr("Reopen") if thread is not None and thread.resolved else self.tr("Resolve")
        )
        for button in (self.resolve_button, self.edit_button, self.delete_button):
            button.setEnabled(writable and comment is not None)
        self.box.setReadOnly(not writable)
        target = self.target()
        if editing:
            self.box.setPlaceholderText(self.tr("Edit the comment, then Save."))
        elif target is not None and editor is not None:
            label = editor.document.element_label(*target) or self.tr("untitled")
            self.box.setPlaceholderText(
                self.tr(
                    "Comment on “%1” (Ctrl+Enter), or choose a comment to reply to it."
                ).replace("%1", label)
            )

    # -- actions ---------------------------------------------------------------------------

    def start_comment(self, kind: str, ref: str) -> None:
        """ "Comment…" from an element's context menu: the box, ready to write on it."""
        self.wanted.emit()
        if self.editor is not None and kind in MODEL_KINDS:
            self.editor.scene.select_refs([(MODEL_KINDS[kind], ref)])
        self.cancel_edit()
        QTimer.singleShot(0, self.box.setFocus)  # once the menu has given the focus back

    def submit(self) -> None:
        """The Comment button or Ctrl+Enter: a new thread on the target, or the edit saved."""
        editor, text = self.editor, self.box.toPlainText()
        if editor is None or not text.strip():
            return
        if self._editing is not None:
            comment_id = self._editing
            done = editor.apply(None, lambda: editor.document.edit_comment(comment_id, text))
        else:
            target = self.target()
            if target is None:
                return
            done = editor.apply(
                None, lambda: editor.document.add_comment(*target, text, author=signature())
            )
        if done is not None:
            self._after(done)

    def reply(self) -> None:
        editor, chosen, text = self.editor, self.chosen_id(), self.box.toPlainText()
        if editor is None or chosen is None or not text.strip():
            return
        done = editor.apply(
            None, lambda: editor.document.reply_to_comment(chosen, text, author=signature())
        )
        if done is not None:
            self._after(done)

    def _after(self, change: Change) -> None:
        self._editing = None
        self.box.clear()
        self.refresh()
        added = change.added or change.updated
        if added:
            self.choose(added[0][1])

    def toggle_resolved(self) -> None:
        editor, chosen = self.editor, self.chosen_id()
        if editor is None or chosen is None:
            return
        comment = editor.document.comment(chosen)
        first = (
            editor.document.comment(comment.parent_id) if comment and comment.parent_id else comment
        )
        if first is not None:
            editor.apply(
                None, lambda: editor.document.resolve_comment(first.id, not first.resolved)
            )

    def start_edit(self) -> None:
        editor, chosen = self.editor, self.chosen_id()
        comment = editor.document.comment(chosen) if editor and chosen else None
        if comment is None:
            return
        self._editing = comment.id
        self.box.setPlainText(comment.text)
        self.box.setFocus()
        self._update_buttons()

    def cancel_edit(self) -> None:
        if self._editing is not None:
            self._editing = None
            self.box.clear()
        self._update_buttons()

    def delete(self) -> None:
        editor, chosen = self.editor, self.chosen_id()
        if editor is not None and chosen is not None:
            editor.apply(None, lambda: editor.document.delete_comment(chosen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Enter in the box comments (or saves the edit); Escape leaves an edit."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.scheduleDelayedItemsLayout()
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.box and pressed:
            assert isinstance(event, QKeyEvent)
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape and self._editing is not None:
                self.cancel_edit()
                return True
        return super().eventFilter(watched, event)
