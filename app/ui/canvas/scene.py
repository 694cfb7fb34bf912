"""`JourneyScene`: one journey on the canvas, mirroring the poster layout item for item.

The scene keeps one canvas item per layout item (keyed by kind and model id). It follows the
document through change records only: each step's record brings its snapshot up to date
(app/model/snapshot_changes.py), the layout lays it out again reusing every unchanged card and
row (app/render/cache.py), and only the items whose look or place changed are touched.
Gestures on items are objects installed per kind (gestures.py); they end in intent signals,
which the editor turns into document steps.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from app.model import Change, JourneyDocument
from app.model.infos import EvidenceInfo
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.model.snapshot_changes import changed_snapshot
from app.render.cache import LayoutCache
from app.render.fonts import TextMeasurer
from app.render.layout import Poster, layout_poster
from app.render.ops import Item
from app.render.theme import DEFAULT_THEME

from .grid import Column, Grid, Row
from .items import ITEM_CLASSES, CardItem, EmotionPointItem, LaneItem, PosterItem
from .overview import LaneOverview
from .pictures import PictureCache

Z_ORDER = {"background": -10, "lane": 0, "grid": 1, "emotion-band": 1, "curve": 4, "legend": 1}
INDICATOR = QColor("#2F6FDE")
Badge = tuple[int, int]


class JourneyScene(QGraphicsScene):
    """The canvas of one journey; emits what the user asked for, never edits by itself."""

    cards_dropped = Signal(list, str, str, int)  # card ids, lane id, stage id, index in cell
    stage_dropped = Signal(str, int)  # stage id, new position
    lane_dropped = Signal(str, int)
    stage_resized = Signal(str, int)  # stage id, width in grid units
    lane_resized = Signal(str, int)
    emotion_point_dropped = Signal(str, str, float, float)  # point id, stage id, offset, value
    text_edit_requested = Signal(str, str)  # kind, id
    laid_out = Signal()  # the items follow a new layout

    def __init__(self, document: JourneyDocument, journey_id: str, parent: object = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self.theme = DEFAULT_THEME
        self.poster: Poster | None = None
        self.snapshot: JourneySnapshot | None = None
        self.grid = Grid(self.theme, [], [], self.theme.column)
        self.items_by_key: dict[tuple[str, str], PosterItem] = {}
        self.gestures: dict[tuple[type, str], type] = {}
        self.pictures = PictureCache(document.asset)
        self._measure = TextMeasurer()
        self._layout_cache = LayoutCache()
        self._badges: dict[tuple[str, str], Badge] = {}
        self._indicator = QGraphicsRectItem()
        self._indicator.setPen(QPen(Qt.PenStyle.NoPen))
        self._indicator.setBrush(QBrush(INDICATOR))
        self._indicator.setZValue(100)
        self._indicator.hide()
        self.addItem(self._indicator)
        self.overview = LaneOverview(self)

    # -- following the document ------------------------------------------------------------

    def load(self, journey_id: str) -> None:
        """Show a journey from scratch (on opening, or when the user switches journeys)."""
        self.journey_id = journey_id
        snapshot = journey_snapshot(self.document, journey_id, with_pictures=False)
        self._show(snapshot)

    def refresh(self) -> None:
        """Read the journey again and lay it out (never needed after an edit: see `apply`)."""
        self.load(self.journey_id)

    def apply(self, change: Change) -> None:
        """Follow one step of the document: what its record says changed, and nothing else."""
        if self.snapshot is None or not change.rows:
            return
        snapshot = changed_snapshot(self.document, self.snapshot, change)
        if snapshot is not self.snapshot:
            self._show(snapshot)

    def _show(self, snapshot: JourneySnapshot) -> None:
        poster = layout_poster(
            snapshot, self.theme, measure=self._measure, cache=self._layout_cache
        )
        previous, self.snapshot, self.poster = self.poster, snapshot, poster
        self._match(poster, previous)
        lane_kinds = {lane.id: lane.kind for lane in snapshot.lanes}
        self.grid = Grid.of(poster, self.theme, lane_kinds)
        self.setSceneRect(QRectF(0, 0, poster.width, poster.height))
        self._update_badges(snapshot)
        self.overview.follow(self.grid)
        self.laid_out.emit()

    def _match(self, poster: Poster, previous: Poster | None) -> None:
        """Make the items match `poster`, touching only those whose layout item changed."""
        wanted: dict[tuple[str, str], Item] = {}
        for item in poster.items:
            wanted.setdefault((item.kind, item.ref), item)
        if previous is not None and len(wanted) == len(self.items_by_key):
            gone: list[tuple[str, str]] = []
        else:
            gone = [key for key in self.items_by_key if key not in wanted]
        for key in gone:
            self.removeItem(self.items_by_key.pop(key))
        items = self.items_by_key
        for key, item in wanted.items():
            existing = items.get(key)
            if existing is None:
                items[key] = self._make_item(item)
            elif existing.layout_item is not item:  # most items are the very same as before
                existing.set_layout_item(item)

    def _make_item(self, item: Item) -> PosterItem:
        if item.kind == "lane" and item.ref != "evidence":
            canvas_item: PosterItem = LaneItem(item, self.theme.lane_header)
        else:
            canvas_item = ITEM_CLASSES.get(item.kind, PosterItem)(item)
            if type(canvas_item) is PosterItem:
                canvas_item.setZValue(Z_ORDER.get(item.kind, 1))
        if isinstance(canvas_item, CardItem):
            self.overview.adopt(canvas_item)
        else:
            self.addItem(canvas_item)
        return canvas_item

    def _update_badges(self, snapshot: JourneySnapshot) -> None:
        """Evidence counts on the cards, stages and points whose evidence changed."""
        badges: dict[tuple[str, str], Badge] = {}
        for cards in snapshot.cells.values():
            for card in cards:
                if card.evidence:
                    badges[("card", card.id)] = _badge(card.evidence)
        for stage in snapshot.stages:
            if stage.evidence:
                badges[("stage", stage.id)] = _badge(stage.evidence)
        for points in snapshot.emotion_points.values():
            for point in points:
                if point.evidence:
                    badges[("emotion-point", point.id)] = _badge(point.evidence)
        if badges == self._badges:
            return
        for key in self._badges.keys() | badges.keys():
            if self._badges.get(key) != badges.get(key):
                item = self.items_by_key.get(key)
                if item is not None:
                    item.set_badge(badges.get(key, (0, 0)))
        self._badges = badges

    @property
    def columns(self) -> list[Column]:
        return self.grid.columns

    @property
    def rows(self) -> list[Row]:
        return self.grid.rows

    def emotion_band(self, row: Row) -> tuple[float, float]:
        return self.grid.emotion_band(row)

    # -- items -----------------------------------------------------------------------------

    def item_for(self, kind: str, ref: str) -> PosterItem | None:
        return self.items_by_key.get((kind, ref))

    def selected_refs(self) -> list[tuple[str, str]]:
        """(kind, id) of the selected elements, in layout order."""
        chosen = self.selectedItems()
        if not chosen:
            return []
        order = {id(item): n for n, item in enumerate(self.items_by_key.values())}
        items = sorted(
            (i for i in chosen if isinstance(i, PosterItem) and i.ref),
            key=lambda i: order.get(id(i), 0),
        )
        return [(item.kind, item.ref) for item in items]

    def select_refs(self, refs: list[tuple[str, str]]) -> None:
        self.clearSelection()
        for kind, ref in refs:
            item = self.item_for(kind, ref)
            if item is not None:
                item.setSelected(True)

    def pixmap_for(self, sha256: str, wanted_width: float) -> QPixmap | None:
        return self.pictures.pixmap(sha256, wanted_width)

    def view_scale(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    # -- cells -----------------------------------------------------------------------------

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[CardItem]:
        """Card items of one cell, in their order (the snapshot's cell: no scan of the scene)."""
        if self.snapshot is None:
            return []
        found = (
            self.items_by_key.get(("card", c.id)) for c in self.snapshot.cards(lane_id, stage_id)
        )
        return [item for item in found if isinstance(item, CardItem)]

    def index_in_cell(self, lane_id: str, stage_id: str, y: float, moving: set[str]) -> int:
        """Where a card dropped at height `y` goes among the cell's other cards."""
        others = [i for i in self.cards_in_cell(lane_id, stage_id) if i.ref not in moving]
        return sum(1 for i in others if i.layout_item.rect.y + i.layout_item.rect.h / 2 < y)

    def insertion_y(self, row: Row, column: Column, y: float, moving: set[str]) -> float:
        """Height of the line that shows where a card dropped at `y` would go."""
        t = self.theme
        others = [
            i for i in self.cards_in_cell(row.lane_id, column.stage_id) if i.ref not in moving
        ]
        index = sum(1 for i in others if i.layout_item.rect.y + i.layout_item.rect.h / 2 < y)
        if index < len(others):
            return others[index].layout_item.rect.y - t.card_gap / 2
        if others:
            return others[-1].layout_item.rect.bottom + t.card_gap / 2
        return row.y + t.cell_pad / 2

    def points_of(self, lane_id: str) -> list[EmotionPointItem]:
        points = self.snapshot.points(lane_id) if self.snapshot else ()
        found = (self.items_by_key.get(("emotion-point", p.id)) for p in points)
        return [item for item in found if isinstance(item, EmotionPointItem)]

    # -- gestures --------------------------------------------------------------------------

    def install(self, gestures: dict[tuple[type, str], type]) -> None:
        """What dragging each kind of item does (none: the map cannot be changed by hand)."""
        self.gestures = dict(gestures)

    def begin_gesture(self, item: PosterItem, mode: str) -> object | None:
        gesture = self.gestures.get((type(item), mode))
        return gesture(self, item) if gesture is not None else None

    def show_indicator(self, rect: QRectF) -> None:
        self._indicator.setRect(rect)
        self._indicator.show()

    def hide_indicator(self) -> None:
        self._indicator.hide()

    def edit_text_requested(self, item: PosterItem) -> None:
        if self.gestures:
            self.text_edit_requested.emit(item.kind, item.ref)


def _badge(evidence: tuple[EvidenceInfo, ...]) -> Badge:
    photos = sum(e.kind == "photo" for e in evidence)
    return photos, len(evidence) - photos


def point_at(scene: JourneyScene, at: QPointF) -> tuple[str, str] | None:
    """(kind, id) of the element under a scene position, if any."""
    for item in scene.items(at):
        if isinstance(item, PosterItem) and item.ref:
            return item.kind, item.ref
    return None
