"""`JourneyScene`: one journey on the canvas, mirroring the poster layout item for item.

The scene keeps one canvas item per layout item (keyed by kind and model id) and, after each
edit, lays the journey out again and updates only the items whose geometry or look changed.
Gestures on items end here and leave as intent signals; the editor turns them into commands.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from app.model import Change, JourneyDocument
from app.model.picture_check import CheckedPicture
from app.model.snapshot import JourneySnapshot, journey_snapshot, updated_snapshot
from app.render.cache import LayoutCache
from app.render.curve import monotone_bezier
from app.render.fonts import TextMeasurer
from app.render.layout import Poster, layout_poster
from app.render.ops import Item, Path, Rect
from app.render.theme import DEFAULT_THEME

from ..picture_checks import PictureChecks
from .items import (
    ITEM_CLASSES,
    CardItem,
    DraggableItem,
    EmotionPointItem,
    LaneItem,
    PosterItem,
    StageItem,
)

Z_ORDER = {"background": -10, "lane": 0, "grid": 1, "emotion-band": 1, "curve": 4, "legend": 1}
INDICATOR = QColor("#2F6FDE")


@dataclass(frozen=True)
class Column:
    stage_id: str
    x: float
    w: float


@dataclass(frozen=True)
class Row:
    lane_id: str
    kind: str
    y: float
    h: float


class JourneyScene(QGraphicsScene):
    """The canvas of one journey; emits what the user asked for, never edits by itself."""

    cards_dropped = Signal(list, str, str, int)  # card ids, lane id, stage id, index in cell
    stage_dropped = Signal(str, int)  # stage id, new position
    lane_dropped = Signal(str, int)
    stage_resized = Signal(str, int)  # stage id, width in grid units
    lane_resized = Signal(str, int)
    emotion_point_dropped = Signal(str, str, float, float)  # point id, stage id, offset, value
    text_edit_requested = Signal(str, str)  # kind, id

    def __init__(self, document: JourneyDocument, journey_id: str, parent: object = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self.theme = DEFAULT_THEME
        self.poster: Poster | None = None
        self.snapshot: JourneySnapshot | None = None
        self.items_by_key: dict[tuple[str, str], PosterItem] = {}
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self._lane_kinds: dict[str, str] = {}
        self._card_cells: dict[str, tuple[str, str]] | None = None  # built when a drag asks
        self._point_lanes: dict[str, str] = {}
        self._measure = TextMeasurer()
        self._layout_cache = LayoutCache()
        self._edited_cards: set[str] | None = None  # None: more than cards may have changed
        self._pixmaps: dict[tuple[str, bool], QPixmap] = {}
        self.pictures = PictureChecks(document, self)  # stored pictures are untrusted
        self.pictures.checked.connect(lambda _sha256: self.update())
        self._drag_origin: dict[PosterItem, QPointF] = {}
        self._indicator = QGraphicsRectItem()
        self._indicator.setPen(QPen(Qt.PenStyle.NoPen))
        self._indicator.setBrush(QBrush(INDICATOR))
        self._indicator.setZValue(100)
        self._indicator.hide()
        self.addItem(self._indicator)
        document.subscribe(self._document_changed)

    # -- building from the layout ----------------------------------------------------------

    def _document_changed(self, change: Change) -> None:
        """Note which cards an edit changed, if it changed nothing else (the usual edit)."""
        if self._edited_cards is None:
            return
        if change.added or change.removed or any(t != "card" for t, _ in change.updated):
            self._edited_cards = None
        else:
            self._edited_cards.update(ref for _, ref in change.updated)

    def refresh(self) -> None:
        """Lay the journey out again and update the items that changed. When the edits since
        the last layout said they changed only cards, only those cards are read again."""
        edited, self._edited_cards = self._edited_cards, set()
        previous = self.snapshot
        if edited and previous is not None and previous.journey.id == self.journey_id:
            snapshot = updated_snapshot(self.document, previous, edited, with_pictures=False)
        else:
            snapshot = journey_snapshot(
                self.document, self.journey_id, with_pictures=False, previous=previous
            )
        poster = layout_poster(
            snapshot, self.theme, measure=self._measure, cache=self._layout_cache
        )
        self.show(snapshot, poster)

    def show(self, snapshot: JourneySnapshot, poster: Poster) -> None:
        """Make the scene match `poster`, reusing every item whose key is still there."""
        self.snapshot, self.poster = snapshot, poster
        self._lane_kinds = {lane.id: lane.kind for lane in snapshot.lanes}
        self._card_cells = None
        self._point_lanes = {
            p.id: p.lane_id for points in snapshot.emotion_points.values() for p in points
        }
        wanted: dict[tuple[str, str], Item] = {}
        for item in poster.items:
            wanted.setdefault((item.kind, item.ref), item)
        for key in [k for k in self.items_by_key if k not in wanted]:
            self.removeItem(self.items_by_key.pop(key))
        for key, item in wanted.items():
            existing = self.items_by_key.get(key)
            if existing is None:
                self.items_by_key[key] = self._make_item(item)
            elif existing.layout_item is not item:  # most items are the very same as before
                existing.set_layout_item(item)
        self.columns = [
            Column(i.ref, i.rect.x, i.rect.w) for i in poster.items if i.kind == "stage"
        ]
        self.rows = [
            Row(i.ref, self._lane_kind(i.ref), i.rect.y, i.rect.h)
            for i in poster.items
            if i.kind == "lane" and i.ref != "evidence"
        ]
        self.setSceneRect(QRectF(0, 0, poster.width, poster.height))
        self._show_badges(snapshot)

    def _show_badges(self, snapshot: JourneySnapshot) -> None:
        """Evidence counts on the cards, stages and emotion points that have some."""
        counts: dict[tuple[str, str], tuple[int, int]] = {}

        def count(kind: str, ref: str, evidence: tuple) -> None:
            photos = sum(e.kind == "photo" for e in evidence)
            counts[(kind, ref)] = (photos, len(evidence) - photos)

        for cards in snapshot.cells.values():
            for card in cards:
                count("card", card.id, card.evidence)
        for stage in snapshot.stages:
            count("stage", stage.id, stage.evidence)
        for points in snapshot.emotion_points.values():
            for point in points:
                count("emotion-point", point.id, point.evidence)
        for key, item in self.items_by_key.items():
            item.set_badge(counts.get(key, (0, 0)))

    def _make_item(self, item: Item) -> PosterItem:
        if item.kind == "lane" and item.ref != "evidence":
            canvas_item: PosterItem = LaneItem(item, self.theme.lane_header)
        else:
            canvas_item = ITEM_CLASSES.get(item.kind, PosterItem)(item)
            if type(canvas_item) is PosterItem:
                canvas_item.setZValue(Z_ORDER.get(item.kind, 1))
        self.addItem(canvas_item)
        return canvas_item

    def _lane_kind(self, lane_id: str) -> str:
        return self._lane_kinds.get(lane_id, "text")

    def item_for(self, kind: str, ref: str) -> PosterItem | None:
        return self.items_by_key.get((kind, ref))

    def selected_refs(self) -> list[tuple[str, str]]:
        """(kind, id) of the selected elements, in layout order."""
        chosen = {id(i) for i in self.selectedItems()}
        return [
            (item.kind, item.ref)
            for item in self.items_by_key.values()
            if id(item) in chosen and item.ref
        ]

    def select_refs(self, refs: list[tuple[str, str]]) -> None:
        self.clearSelection()
        for kind, ref in refs:
            item = self.item_for(kind, ref)
            if item is not None:
                item.setSelected(True)

    # -- pictures --------------------------------------------------------------------------

    def pixmap_for(self, sha256: str, wanted_width: float) -> QPixmap | None:
        """The thumbnail while small on screen, the stored picture when shown large."""
        large = wanted_width > 300
        key = (sha256, large)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            verdict = self.pictures.picture(sha256)
            if verdict is None:  # being checked: a plain frame until its verdict arrives
                return None
            pixmap = QPixmap()  # stays empty (a crossed placeholder) if the picture is refused
            if isinstance(verdict, CheckedPicture):
                pixmap.loadFromData(verdict.data if large else verdict.thumbnail)
            self._pixmaps[key] = pixmap
        return pixmap

    # -- geometry --------------------------------------------------------------------------

    def view_scale(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    def column_at(self, x: float) -> Column | None:
        for column in self.columns:
            if (
                column.x - self.theme.column_gap / 2
                <= x
                < column.x + column.w + self.theme.column_gap / 2
            ):
                return column
        return None

    def row_at(self, y: float) -> Row | None:
        return next((r for r in self.rows if r.y <= y < r.y + r.h), None)

    def cell_at(self, point: QPointF) -> tuple[Row, Column] | None:
        row, column = self.row_at(point.y()), self.column_at(point.x())
        return (row, column) if row and column else None

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[CardItem]:
        """Card items of one cell, top to bottom (as the layout placed them)."""
        snapshot_order = [
            item
            for item in self.items_by_key.values()
            if isinstance(item, CardItem) and self._cell_of(item) == (lane_id, stage_id)
        ]
        return sorted(snapshot_order, key=lambda i: i.layout_item.rect.y)

    def _cell_of(self, item: CardItem) -> tuple[str, str] | None:
        if self._card_cells is None:
            cells = self.snapshot.cells.values() if self.snapshot else ()
            self._card_cells = {c.id: (c.lane_id, c.stage_id) for cards in cells for c in cards}
        return self._card_cells.get(item.ref)

    def index_in_cell(self, lane_id: str, stage_id: str, y: float, moving: set[str]) -> int:
        """Where a card dropped at height `y` goes among the cell's other cards."""
        others = [i for i in self.cards_in_cell(lane_id, stage_id) if i.ref not in moving]
        return sum(1 for i in others if i.layout_item.rect.y + i.layout_item.rect.h / 2 < y)

    def stage_gap_at(self, x: float) -> int:
        """Index of the gap between stages nearest to `x` (0 = before the first)."""
        return sum(1 for c in self.columns if c.x + c.w / 2 < x)

    def lane_gap_at(self, y: float) -> int:
        return sum(1 for r in self.rows if r.y + r.h / 2 < y)

    def emotion_band(self, row: Row) -> tuple[float, float]:
        """(y of +5, y of -5) in an emotion lane, as the layout draws it."""
        from types import SimpleNamespace

        from app.render.emotion import plot_band

        return plot_band(SimpleNamespace(theme=self.theme), row.y, row.h)  # type: ignore[arg-type]

    def emotion_value_at(self, row: Row, y: float) -> float:
        high, low = self.emotion_band(row)
        value = ((high + low) / 2 - y) / ((low - high) / 2) * 5.0
        return round(max(-5.0, min(5.0, value)) * 2) / 2  # half steps, as on a paper grid

    def stage_offset_at(self, x: float) -> tuple[Column, float] | None:
        column = self.column_at(x)
        if column is None:
            if not self.columns:
                return None
            column = self.columns[0] if x < self.columns[0].x else self.columns[-1]
        return column, max(0.0, min(1.0, (x - column.x) / column.w))

    # -- gestures (called by the items) ----------------------------------------------------

    def drag_started(self, item: DraggableItem, mode: str) -> None:
        moving = self._moving(item, mode)
        self._drag_origin = {i: i.pos() for i in moving}
        for i in moving:
            i.setZValue(i.zValue() + 50)

    def _moving(self, item: DraggableItem, mode: str) -> list[PosterItem]:
        if isinstance(item, CardItem) and mode == "move":
            return [i for i in self.selectedItems() if isinstance(i, CardItem)] or [item]
        return [item]

    def drag_moved(self, item: DraggableItem, mode: str, press: QPointF, now: QPointF) -> None:
        delta = now - press
        if isinstance(item, CardItem):
            for moving, origin in self._drag_origin.items():
                moving.setPos(origin + delta)
            self._show_card_target(now, {i.ref for i in self._drag_origin})
        elif isinstance(item, StageItem):
            self._drag_stage(item, mode, delta, now)
        elif isinstance(item, LaneItem):
            self._drag_lane(item, mode, delta, now)
        elif isinstance(item, EmotionPointItem):
            self._drag_point(item, now)

    def drag_finished(self, item: DraggableItem, mode: str, press: QPointF, now: QPointF) -> None:
        self._indicator.hide()
        origins, self._drag_origin = self._drag_origin, {}
        for moving, origin in origins.items():
            moving.setPos(origin)
            moving.setZValue(moving.zValue() - 50)
        if isinstance(item, CardItem):
            target = self.cell_at(now)
            if target and target[0].kind != "emotion":
                row, column = target
                ids = [i.ref for i in sorted(origins, key=lambda i: i.pos().y())]
                index = self.index_in_cell(row.lane_id, column.stage_id, now.y(), set(ids))
                self.cards_dropped.emit(ids, row.lane_id, column.stage_id, index)
        elif isinstance(item, StageItem):
            if mode == "resize-width":
                self.stage_resized.emit(item.ref, self._stage_units(item, now))
            else:
                self.stage_dropped.emit(
                    item.ref,
                    self._gap_to_position(
                        self.stage_gap_at(now.x()), item.ref, [c.stage_id for c in self.columns]
                    ),
                )
        elif isinstance(item, LaneItem):
            if mode == "resize-height":
                self.lane_resized.emit(item.ref, self._lane_units(item, now))
            else:
                self.lane_dropped.emit(
                    item.ref,
                    self._gap_to_position(
                        self.lane_gap_at(now.y()), item.ref, [r.lane_id for r in self.rows]
                    ),
                )
        elif isinstance(item, EmotionPointItem):
            row = self._row_of_point(item)
            placed = self.stage_offset_at(now.x())
            if row is not None and placed is not None:
                column, offset = placed
                value = self.emotion_value_at(row, now.y())
                self.emotion_point_dropped.emit(item.ref, column.stage_id, round(offset, 3), value)

    @staticmethod
    def _gap_to_position(gap: int, ref: str, order: list[str]) -> int:
        """A gap index counts the moved element itself; the new position does not."""
        current = order.index(ref)
        return gap - 1 if gap > current else gap

    def _stage_units(self, item: StageItem, now: QPointF) -> int:
        unit = self.poster.column if self.poster else self.theme.column
        width = now.x() - item.layout_item.rect.x + self.theme.column_gap
        return max(1, min(8, round(width / (unit + self.theme.column_gap))))

    def _lane_units(self, item: LaneItem, now: QPointF) -> int:
        height = now.y() - item.layout_item.rect.y
        return max(1, min(10, round(height / self.theme.row_unit)))

    def _show_card_target(self, now: QPointF, moving: set[str]) -> None:
        target = self.cell_at(now)
        if not target or target[0].kind == "emotion":
            self._indicator.hide()
            return
        row, column = target
        index = self.index_in_cell(row.lane_id, column.stage_id, now.y(), moving)
        others = [
            i for i in self.cards_in_cell(row.lane_id, column.stage_id) if i.ref not in moving
        ]
        if index < len(others):
            y = others[index].layout_item.rect.y - self.theme.card_gap / 2
        elif others:
            y = (
                others[-1].layout_item.rect.y
                + others[-1].layout_item.rect.h
                + self.theme.card_gap / 2
            )
        else:
            y = row.y + self.theme.cell_pad / 2
        self._indicator.setRect(QRectF(column.x, y - 1.5, column.w, 3))
        self._indicator.show()

    def _drag_stage(self, item: StageItem, mode: str, delta: QPointF, now: QPointF) -> None:
        rect = item.layout_item.rect
        if mode == "resize-width":
            units = self._stage_units(item, now)
            unit = self.poster.column if self.poster else self.theme.column
            width = units * unit + (units - 1) * self.theme.column_gap
            self._indicator.setRect(QRectF(rect.x + width, rect.y, 3, rect.h))
        else:
            item.setPos(self._drag_origin[item] + QPointF(delta.x(), 0))
            gap = self.stage_gap_at(now.x())
            x = (
                self.columns[gap].x
                if gap < len(self.columns)
                else self.columns[-1].x + self.columns[-1].w + self.theme.column_gap
            )
            self._indicator.setRect(
                QRectF(
                    x - self.theme.column_gap / 2 - 1.5,
                    rect.y,
                    3,
                    self.sceneRect().height() - rect.y - self.theme.margin,
                )
            )
        self._indicator.show()

    def _drag_lane(self, item: LaneItem, mode: str, delta: QPointF, now: QPointF) -> None:
        rect = item.layout_item.rect
        if mode == "resize-height":
            units = self._lane_units(item, now)
            self._indicator.setRect(
                QRectF(rect.x, rect.y + max(units * self.theme.row_unit, 20) - 1.5, rect.w, 3)
            )
        else:
            item.setPos(self._drag_origin[item] + QPointF(0, delta.y()))
            gap = self.lane_gap_at(now.y())
            y = self.rows[gap].y if gap < len(self.rows) else self.rows[-1].y + self.rows[-1].h
            self._indicator.setRect(QRectF(rect.x, y - 1.5, rect.w, 3))
        self._indicator.show()

    # -- the emotion curve follows a dragged point live -----------------------------------

    def _row_of_point(self, item: EmotionPointItem) -> Row | None:
        centre = item.layout_rect().center()
        return self.row_at(centre.y())

    def _drag_point(self, item: EmotionPointItem, now: QPointF) -> None:
        row = self._row_of_point(item)
        if row is None or not self.columns:
            return
        high, low = self.emotion_band(row)
        left, right = self.columns[0].x, self.columns[-1].x + self.columns[-1].w
        x = max(left, min(right, now.x()))
        y = max(high, min(low, now.y()))
        origin = self._drag_origin[item]
        rect = item.layout_item.rect
        item.setPos(origin + QPointF(x - (rect.x + rect.w / 2), y - (rect.y + rect.h / 2)))
        self._redraw_curve(row.lane_id)

    def _redraw_curve(self, lane_id: str) -> None:
        curve = self.item_for("curve", lane_id)
        if curve is None:
            return
        points = []
        for item in self.items_by_key.values():
            if isinstance(item, EmotionPointItem) and self._point_lanes.get(item.ref) == lane_id:
                rect = item.layout_item.rect
                offset = item.pos() - QPointF(rect.x, rect.y)
                points.append((rect.x + rect.w / 2 + offset.x(), rect.y + rect.h / 2 + offset.y()))
        points.sort()
        if len(points) < 2:
            return
        path = curve.layout_item.ops[0]
        assert isinstance(path, Path)
        live = Path(
            tuple(monotone_bezier(points)), stroke=path.stroke, width=path.width, bezier=True
        )
        r = curve.layout_item.rect
        curve.set_layout_item(Item("curve", lane_id, Rect(r.x, r.y, r.w, r.h), (live,)))

    def edit_text_requested(self, item: DraggableItem) -> None:
        self.text_edit_requested.emit(item.kind, item.ref)
