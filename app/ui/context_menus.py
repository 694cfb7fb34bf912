"""Right-click menus on the canvas and the outline: the actions that apply where you click.

A card, a stage, a lane, an emotion point, a metric, a connection, a verbatim of the evidence
row, an empty cell and the empty canvas each get their own menu, every entry with its
shortcut, so the menu also teaches the keys. Right-clicking an element selects it first (as
file managers do), so the menu's actions and the window's act on the same thing. On a
read-only map only what changes nothing is offered.

`CanvasMenus` is a part of `MapEditor`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .colours import colour_menu
from .icons import icon
from .insert_menu import SHORTCUTS
from .vocabulary import metric_kinds

if TYPE_CHECKING:
    from app.model import JourneyDocument

    from .canvas.scene import JourneyScene
    from .canvas.view import JourneyView


CARD_ENTRIES = ("card", "touchpoint", "pain", "gain", "opportunity")
MENU_KINDS = ("card", "stage", "lane", "emotion-point", "metric", "connection", "evidence")
COMMENTABLE = ("card", "stage", "lane", "emotion-point")


def _entry_texts() -> dict[str, str]:
    return {
        "card": QCoreApplication.translate("ContextMenu", "Add a &Card Here"),
        "touchpoint": QCoreApplication.translate("ContextMenu", "Add a &Touchpoint Here"),
        "pain": QCoreApplication.translate("ContextMenu", "Add a &Pain Here"),
        "gain": QCoreApplication.translate("ContextMenu", "Add a &Gain Here"),
        "opportunity": QCoreApplication.translate("ContextMenu", "Add an &Opportunity Here"),
        "emotion_point": QCoreApplication.translate("ContextMenu", "Add an &Emotion Point Here"),
    }


def _lane_kinds() -> list[tuple[str, str]]:
    return [
        ("touchpoints", QCoreApplication.translate("ContextMenu", "&Touchpoints")),
        ("text", QCoreApplication.translate("ContextMenu", "Te&xt (actions, thoughts…)")),
        ("emotion", QCoreApplication.translate("ContextMenu", "&Emotion Curve")),
        ("pains_gains", QCoreApplication.translate("ContextMenu", "&Pains and Gains")),
        ("opportunities", QCoreApplication.translate("ContextMenu", "&Opportunities")),
        ("images", QCoreApplication.translate("ContextMenu", "&Storyboard")),
        ("metrics", QCoreApplication.translate("ContextMenu", "&Metrics")),
    ]


class CanvasMenus:
    """The context menus of a `MapEditor`."""

    document: JourneyDocument
    scene: JourneyScene
    view: JourneyView
    journey_id: str
    evidence_requested: SignalInstance
    comment_requested: SignalInstance
    last_menu: QMenu | None = None  # the menu shown last (tests read it)

    def row(self, kind: str, ref: str) -> Any:
        raise NotImplementedError

    def edit(self, kind: str, ref: str, /, merge: bool = False, **values: Any) -> None:
        raise NotImplementedError

    def apply(self, label: Any, action: Callable[[], Any], merge: str | None = None) -> Any:
        raise NotImplementedError

    # -- which menu --------------------------------------------------------------------------

    def show_context_menu(self, at: QPointF, where: QPoint) -> None:
        """A right-click on the canvas at scene position `at` (`where` on the screen)."""
        element = self._element_at(at)
        if element is not None:
            kind, ref = element
            if (kind, ref) not in self.scene.selected_refs():
                self.scene.select_refs([(kind, ref)])
            menu = self.element_menu(kind, ref)
        else:
            cell = self.scene.grid.cell_at(at)
            if cell is not None:
                self.scene.note_press(at)
                menu = self.cell_menu(cell[0].lane_id, cell[0].kind, cell[1].stage_id)
            else:
                menu = self.canvas_menu()
        self._show(menu, where)

    def show_element_menu(self, kind: str, ref: str, where: QPoint) -> None:
        """The same menu from the outline."""
        if kind in MENU_KINDS and self.row(kind, ref) is not None:
            self._show(self.element_menu(kind, ref), where)

    def _show(self, menu: QMenu, where: QPoint) -> None:
        self.last_menu = menu
        menu.exec(where)
        self.last_menu = None
        menu.deleteLater()

    def _element_at(self, at: QPointF) -> tuple[str, str] | None:
        header = self.scene.theme.margin + self.scene.theme.lane_header
        for item in self.scene.items(at):
            kind, ref = getattr(item, "kind", ""), getattr(item, "ref", "")
            if kind == "lane" and ref != "evidence" and at.x() <= header:
                return kind, ref
            if kind in MENU_KINDS and kind != "lane" and ref:
                return kind, ref
        return None

    # -- building blocks ---------------------------------------------------------------------

    def _menu(self) -> QMenu:
        return QMenu(self.view)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any],
        keys: str | QKeySequence.StandardKey | None = None,
        icon_name: str = "",
        editing: bool = True,
    ) -> QAction:
        """An entry; `editing` entries are disabled on a read-only map."""
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        if icon_name:
            action.setIcon(icon(icon_name))
        if editing and self.document.read_only:
            action.setEnabled(False)
        return action

    def _colour(self, menu: QMenu, kind: str, ref: str) -> None:
        row = self.row(kind, ref)
        sub = colour_menu(menu, row.colour if row else "", lambda c: self.edit(kind, ref, colour=c))
        sub.setIcon(icon("palette"))
        sub.setEnabled(not self.document.read_only)
        menu.addMenu(sub)

    def _evidence(self, menu: QMenu) -> None:
        sub = menu.addMenu(
            icon("image-plus"), QCoreApplication.translate("ContextMenu", "Add E&vidence")
        )
        self._add(
            sub,
            QCoreApplication.translate("ContextMenu", "&Photos…"),
            lambda: self.evidence_requested.emit("photo"),
        )
        self._add(
            sub,
            QCoreApplication.translate("ContextMenu", "&Quote…"),
            lambda: self.evidence_requested.emit("quote"),
        )
        self._add(
            sub,
            QCoreApplication.translate("ContextMenu", "&Link…"),
            lambda: self.evidence_requested.emit("link"),
        )
        sub.setEnabled(not self.document.read_only)

    def _delete(self, menu: QMenu, text: str) -> None:
        menu.addSeparator()
        self._add(
            menu,
            text,
            lambda: self.delete_selection(),
            QKeySequence.StandardKey.Delete,
            "trash-2",
        )

    def _clipboard(self, menu: QMenu) -> None:
        S = QKeySequence.StandardKey  # noqa: N806
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Cu&t"),
            lambda: self.cut(),
            S.Cut,
            "scissors",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Copy"),
            lambda: self.copy(),
            S.Copy,
            "copy",
            editing=False,
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Paste"),
            lambda: self.paste(),
            S.Paste,
            "clipboard-paste",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "D&uplicate"),
            lambda: self.duplicate(),
            "Ctrl+D",
            "copy-plus",
        )

    # -- one menu per kind -------------------------------------------------------------------

    def element_menu(self, kind: str, ref: str) -> QMenu:
        builders = {
            "card": self._card_menu,
            "stage": self._stage_menu,
            "lane": self._lane_menu,
            "emotion-point": self._point_menu,
            "metric": self._metric_menu,
            "connection": self._connection_menu,
            "evidence": self._evidence_item_menu,
        }
        menu = self._menu()
        builders[kind](menu, ref)
        if kind in COMMENTABLE:
            self._comment(menu, kind, ref)
        return menu

    def _comment(self, menu: QMenu, kind: str, ref: str) -> None:
        """ "Comment…", just before the delete entry: the comments panel, ready to write."""
        action = self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Comme&nt…"),
            lambda: self.comment_requested.emit(kind, ref),
            icon_name="message-square",
        )
        separators = [a for a in menu.actions() if a.isSeparator()]
        if separators:
            menu.removeAction(action)
            menu.insertAction(separators[-1], action)

    def _card_menu(self, menu: QMenu, ref: str) -> None:
        card = self.row("card", ref)
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Edit Title"),
            lambda: self.edit_in_place("card", ref),
            "F2",
            "pencil",
        )
        menu.addSeparator()
        self._clipboard(menu)
        menu.addSeparator()
        self._evidence(menu)
        self._colour(menu, "card", ref)
        sentiment = menu.addMenu(QCoreApplication.translate("ContextMenu", "&Sentiment"))
        sentiments = (
            ("neutral", QCoreApplication.translate("ContextMenu", "&Neutral")),
            ("pain", QCoreApplication.translate("ContextMenu", "&Pain")),
            ("gain", QCoreApplication.translate("ContextMenu", "&Gain")),
        )
        for value, text in sentiments:
            action = self._add(sentiment, text, partial(self.edit, "card", ref, sentiment=value))
            action.setCheckable(True)
            action.setChecked(card is not None and card.sentiment == value)
        sentiment.setEnabled(not self.document.read_only)
        moment = self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Moment of Truth"),
            lambda: self.edit(
                "card", ref, moment_of_truth=not self.row("card", ref).moment_of_truth
            ),
            icon_name="star",
        )
        moment.setCheckable(True)
        moment.setChecked(card is not None and card.moment_of_truth)
        menu.addSeparator()
        entry = "card"
        if card is not None:
            lane = self.row("lane", card.lane_id)
            entry = {"touchpoints": "touchpoint", "opportunities": "opportunity"}.get(
                lane.kind if lane else "", "card"
            )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Add a Card &Below"),
            lambda: self.add_from_menu(entry),
            SHORTCUTS.get(entry),
            "plus",
        )
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Card"))

    def _stage_menu(self, menu: QMenu, ref: str) -> None:
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Rename"),
            lambda: self.edit_in_place("stage", ref),
            "F2",
            "pencil",
        )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Insert Stage &Before"),
            lambda: self.insert_stage(ref, after=False),
            icon_name="between-horizontal-start",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Insert Stage &After"),
            lambda: self.insert_stage(ref, after=True),
            SHORTCUTS["stage"],
            "between-horizontal-end",
        )
        menu.addSeparator()
        self._evidence(menu)
        self._colour(menu, "stage", ref)
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Stage"))

    def _lane_menu(self, menu: QMenu, ref: str) -> None:
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Rename"),
            lambda: self.edit_in_place("lane", ref),
            "F2",
            "pencil",
        )
        menu.addSeparator()
        for text, below, name in (
            (
                QCoreApplication.translate("ContextMenu", "Insert Lane &Above"),
                False,
                "between-vertical-start",
            ),
            (
                QCoreApplication.translate("ContextMenu", "Insert Lane &Below"),
                True,
                "between-vertical-end",
            ),
        ):
            sub = menu.addMenu(icon(name), text)
            for kind, kind_text in _lane_kinds():
                self._add(sub, kind_text, partial(self.insert_lane, ref, kind, below))
            sub.setEnabled(not self.document.read_only)
        menu.addSeparator()
        self._colour(menu, "lane", ref)
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Hide Lane"),
            lambda: self.edit("lane", ref, hidden=True),
            None,
            "eye-off",
        )
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Lane"))

    def _point_menu(self, menu: QMenu, ref: str) -> None:
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Edit Label"),
            lambda: self.edit_in_place("emotion-point", ref),
            "F2",
            "pencil",
        )
        menu.addSeparator()
        feeling = menu.addMenu(QCoreApplication.translate("ContextMenu", "&Feeling"))
        point = self.row("emotion-point", ref)
        for value in (5.0, 3.0, 1.0, 0.0, -1.0, -3.0, -5.0):
            text = f"{value:+.0f}" if value else "0"
            action = self._add(feeling, text, partial(self.edit, "emotion-point", ref, value=value))
            action.setCheckable(True)
            action.setChecked(point is not None and point.value == value)
        feeling.setEnabled(not self.document.read_only)
        self._evidence(menu)
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Emotion Point"))

    def _metric_menu(self, menu: QMenu, ref: str) -> None:
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Edit Name"),
            lambda: self.edit_in_place("metric", ref),
            "F2",
            "pencil",
        )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Move &Earlier"),
            lambda: self.move_metric(ref, -1),
            icon_name="chevron-up",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Move &Later"),
            lambda: self.move_metric(ref, 1),
            icon_name="chevron-down",
        )
        metric = self.row("metric", ref)
        if metric is not None:
            self._metric_kinds(menu, metric.stage_id)
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Metric"))

    def _metric_kinds(self, menu: QMenu, stage_id: str) -> None:
        """A submenu that adds a metric of each kind to a stage."""
        sub = menu.addMenu(
            icon("plus"), QCoreApplication.translate("ContextMenu", "Add a &Metric Here")
        )
        for kind, label in metric_kinds():
            self._add(sub, label, partial(self.add_metric, stage_id, kind, True))
        sub.setEnabled(not self.document.read_only)

    def _connection_menu(self, menu: QMenu, ref: str) -> None:
        self._delete(menu, QCoreApplication.translate("ContextMenu", "&Delete Connection"))

    def _evidence_item_menu(self, menu: QMenu, ref: str) -> None:
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Edit…"),
            lambda: self.evidence_requested.emit(f"edit:{ref}"),
            icon_name="pencil",
        )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Delete from the Map"),
            lambda: self.apply(None, lambda: self.document.delete_evidence(ref)),
            icon_name="trash-2",
        )

    def cell_menu(self, lane_id: str, lane_kind: str, stage_id: str) -> QMenu:
        """An empty place in a cell: what the cell takes, paste, and the grid around it."""
        menu = self._menu()
        texts = _entry_texts()
        entries: tuple[str, ...] = ("emotion_point",) if lane_kind == "emotion" else CARD_ENTRIES
        if lane_kind == "metrics":
            entries = ()
            self._metric_kinds(menu, stage_id)
        for entry in entries:
            self._add(
                menu,
                texts[entry],
                partial(self.add_in_cell, entry, lane_id, stage_id),
                icon_name="plus" if entry in ("card", "emotion_point") else "",
            )
        if lane_kind not in ("emotion", "metrics"):
            self._add(
                menu,
                QCoreApplication.translate("ContextMenu", "Paste &Here"),
                lambda: self.paste(),
                QKeySequence.StandardKey.Paste,
                "clipboard-paste",
            )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Insert Stage &Before"),
            lambda: self.insert_stage(stage_id, after=False),
            icon_name="between-horizontal-start",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Insert Stage &After"),
            lambda: self.insert_stage(stage_id, after=True),
            icon_name="between-horizontal-end",
        )
        sub = menu.addMenu(
            icon("between-vertical-end"),
            QCoreApplication.translate("ContextMenu", "Insert &Lane Below"),
        )
        for kind, kind_text in _lane_kinds():
            self._add(sub, kind_text, partial(self.insert_lane, lane_id, kind, True))
        sub.setEnabled(not self.document.read_only)
        return menu

    def canvas_menu(self) -> QMenu:
        """Outside the grid: paste, select, view, and add to the grid."""
        menu = self._menu()
        S = QKeySequence.StandardKey  # noqa: N806
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Paste"),
            lambda: self.paste(),
            S.Paste,
            "clipboard-paste",
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Select &All Cards"),
            lambda: self.select_all(),
            S.SelectAll,
            editing=False,
        )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "&Fit to Window"),
            lambda: self.view.fit(),
            "Ctrl+0",
            "scan",
            editing=False,
        )
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Actual &Size"),
            lambda: self.view.actual_size(),
            "Ctrl+1",
            editing=False,
        )
        menu.addSeparator()
        self._add(
            menu,
            QCoreApplication.translate("ContextMenu", "Add a S&tage"),
            lambda: self.add_from_menu("stage"),
            SHORTCUTS["stage"],
            "plus",
        )
        sub = menu.addMenu(QCoreApplication.translate("ContextMenu", "Add a &Lane"))
        for kind, kind_text in _lane_kinds():
            entry = f"lane:{kind}"
            self._add(sub, kind_text, partial(self.add_from_menu, entry), SHORTCUTS.get(entry))
        sub.setEnabled(not self.document.read_only)
        return menu

    # provided by the other parts of MapEditor
    def edit_in_place(self, kind: str, ref: str) -> None:
        raise NotImplementedError

    def delete_selection(self) -> None:
        raise NotImplementedError

    def cut(self) -> None:
        raise NotImplementedError

    def copy(self) -> bool:
        raise NotImplementedError

    def paste(self) -> None:
        raise NotImplementedError

    def duplicate(self) -> None:
        raise NotImplementedError

    def select_all(self) -> None:
        raise NotImplementedError

    def add_from_menu(self, entry: str) -> None:
        raise NotImplementedError

    def add_in_cell(self, entry: str, lane_id: str, stage_id: str) -> None:
        raise NotImplementedError

    def insert_stage(self, stage_id: str, after: bool) -> None:
        raise NotImplementedError

    def insert_lane(self, lane_id: str, kind: str, below: bool) -> None:
        raise NotImplementedError

    def add_metric(self, stage_id: str, kind: str = "custom", typing: bool = False) -> None:
        raise NotImplementedError

    def move_metric(self, metric_id: str, steps: int) -> None:
        raise NotImplementedError
