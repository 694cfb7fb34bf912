"""`JourneyScene`: one journey on the canvas, mirroring the poster layout item for item.

The scene keeps one canvas item per layout item (keyed by kind and model id); the items of each
row of the grid sit in that row's `RowGroup`. It follows the document through change records
only: each step's record brings its snapshot up to date (app/model/snapshot_changes.py), the
layout lays it out again reusing every unchanged card and row (app/render/cache.py), and only
the rows and items whose look or place changed are touched.
Gestures on items are objects installed per kind (gestures.py); they end in intent signals,
which the editor turns into document steps.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from app.model import Change, JourneyDocument
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.model.snapshot_changes import changed_snapshot
from app.render.cache import LayoutCache
from app.render.fonts import TextMeasurer
from app.render.layout import Poster, layout_poster
from app.render.ops import Item, Picture
from app.render.pause import without_collector
from app.render.theme import DEFAULT_THEME, Theme

from ..picture_checks import PictureChecks
from .grid import Column, Grid, Row
from .items import ITEM_CLASSES, CardItem, EmotionPointItem, LaneItem, PosterItem
from .pictures import PictureCache
from .rows import FAR, RowGroup

Z_ORDER = {
    "background": -10, "lane": 0, "grid": 1, "emotion-band": 1, "curve": 4, "legend": 1,
    "blueprint-line": 3,
}  # fmt: skip
INDICATOR = QColor("#2F6FDE")


def canvas_poster(
    snapshot: JourneySnapshot,
    theme: Theme = DEFAULT_THEME,
    measure: TextMeasurer | None = None,
    cache: LayoutCache | None = None,
    flat: bool = False,
) -> Poster:
    """How the canvas lays a journey out: rows placed whole (unless `flat`), without the
    printed sheet's head and foot, with each element's evidence counted on a line of its own
    (app.render.layout)."""
    return layout_poster(
        snapshot, theme, measure=measure, cache=cache, flat=flat, sheet=False, evidence_counts=True
    )


class JourneyScene(QGraphicsScene):
    """The canvas of one journey; emits what the user asked for, never edits by itself."""

    cards_dropped = Signal(list, str, str, int)  # card ids, lane id, stage id, index in cell
    stage_dropped = Signal(str, int)  # stage id, new position
    lane_dropped = Signal(str, int)
    stage_resized = Signal(str, int)  # stage id, width in grid units
    lane_resized = Signal(str, int)
    emotion_point_dropped = Signal(str, str, float, float)  # point id, stage id, offset, value
    text_edit_requested = Signal(str, str)  # kind, id
    connection_requested = Signal(str, str)  # from card id, to card id
    laid_out = Signal()  # the items follow a new layout

    def __init__(
        self, document: JourneyDocument, journey_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self.theme = DEFAULT_THEME
        self.poster: Poster | None = None
        self.snapshot: JourneySnapshot | None = None
        self.grid = Grid(self.theme, [], [], self.theme.column)
        self.items_by_key: dict[tuple[str, str], PosterItem] = {}
        self.row_groups: dict[str, RowGroup] = {}
        self._frame: set[tuple[str, str]] = set()  # keys of the items outside the rows
        self.far = False
        self.gestures: dict[tuple[type, str], type] = {}
        # stored pictures are untrusted: the cache decodes only pictures checked off the GUI
        # thread (picture_checks.py); a refused one is drawn as a crossed placeholder
        self.checks = PictureChecks(document, self)
        self.checks.checked.connect(self._picture_checked)
        self._checked: set[str] = set()  # verdicts arrived since the last repaint they asked
        self._repaint = QTimer(self)  # the scene's own: it never fires once the scene is gone
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(0)
        self._repaint.timeout.connect(self._repaint_checked)
        # the items that show each picture, by the layout they were found in (made when a
        # verdict arrives: a map's photos are checked while it opens, and new ones once added)
        self._showing: tuple[Poster | None, dict[str, list[tuple[str, str]]]] = (None, {})
        self.pictures = PictureCache(self.checks.asset)
        self.measure = TextMeasurer()  # kept across layouts, lent to exports
        self._layout_cache = LayoutCache()
        self._pressed: tuple[str, str, float] | None = None  # the cell last clicked, and where
        self.work: Counter[str] = Counter()  # "made card", "changed stage"... (tests, benchmarks)
        self._indicator = QGraphicsRectItem()
        self._indicator.setPen(QPen(Qt.PenStyle.NoPen))
        self._indicator.setBrush(QBrush(INDICATOR))
        self._indicator.setZValue(100)
        self._indicator.hide()
        self.addItem(self._indicator)

    # -- following the document ------------------------------------------------------------

    def load(self, journey_id: str) -> None:
        """Show a journey from scratch (on opening, or when the user switches journeys)."""
        self.journey_id = journey_id
        snapshot = journey_snapshot(self.document, journey_id, with_pictures=False)
        self._show(snapshot)
        # what a shown map keeps alive (tens of thousands of items and ops at 20,000 cards)
        # has no reference cycles to find: set aside, the collector's full passes during
        # editing scan only what edits make, which removed stalls of 100 ms and more
        gc.freeze()

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

    @without_collector  # the layout and the items it makes: see app/render/pause.py
    def _show(self, snapshot: JourneySnapshot) -> None:
        poster = canvas_poster(snapshot, self.theme, self.measure, self._layout_cache)
        self.snapshot, self.poster = snapshot, poster
        self._match_frame(poster.items)
        self._match_rows(poster)
        lane_kinds = {lane.id: lane.kind for lane in snapshot.lanes}
        self.grid = Grid.of(poster, self.theme, lane_kinds)
        self.setSceneRect(QRectF(0, 0, poster.width, poster.height))
        self.laid_out.emit()

    def _match_frame(self, items: tuple[Item, ...]) -> None:
        """The items outside the rows (headers, bands, legend...): a few dozen."""
        wanted: dict[tuple[str, str], Item] = {}
        for item in items:
            wanted.setdefault((item.kind, item.ref), item)
        for key in self._frame - wanted.keys():
            self.removeItem(self.items_by_key.pop(key))
            self.work[f"removed {key[0]}"] += 1
        self._frame = set(wanted)
        self._update(wanted, None)

    def _match_rows(self, poster: Poster) -> None:
        """Each row's items, in its group; a row whose items are the very same is only moved."""
        wanted = {row.ref: row for row in poster.rows}
        for ref in [r for r in self.row_groups if r not in wanted]:
            group = self.row_groups.pop(ref)
            for item in group.layout_items:
                self.items_by_key.pop((item.kind, item.ref), None)
            self.removeItem(group)
        for ref, row in wanted.items():
            found = self.row_groups.get(ref)
            if found is None:
                group = self.row_groups[ref] = RowGroup(ref)
                group.set_far(self.far)
                self.addItem(group)
            else:
                group = found
            if row.items is not group.layout_items:
                self._match_parts(group, row.parts or (row.items,))
            if group.pos().y() != row.y:
                self.work["rows moved"] += 1
            group.follow(row.y, poster.width, row.height, row.items)

    def _match_parts(self, group: RowGroup, parts: tuple[tuple[Item, ...], ...]) -> None:
        """Only the cells of a row whose items changed (the others are the very same tuples)."""
        before, group.parts = group.parts, parts
        kept = {id(part) for part in before}
        fresh = {id(part) for part in parts}
        wanted = {(i.kind, i.ref): i for part in parts if id(part) not in kept for i in part}
        for part in before:
            if id(part) not in fresh:
                for old in part:
                    key = (old.kind, old.ref)
                    item = self.items_by_key.get(key)
                    if key not in wanted and item is not None and group.holds(item):
                        self.removeItem(self.items_by_key.pop(key))
                        self.work[f"removed {key[0]}"] += 1
        self._update(wanted, group)

    def _update(self, wanted: dict[tuple[str, str], Item], group: RowGroup | None) -> None:
        items = self.items_by_key
        for key, item in wanted.items():
            existing = items.get(key)
            if existing is None:
                items[key] = self._make_item(item, group)
                self.work[f"made {key[0]}"] += 1
            else:
                if group is not None and not group.holds(existing):  # moved to another row
                    group.adopt(existing)
                    self.work[f"changed {key[0]}"] += 1
                if existing.layout_item is not item and existing.set_layout_item(item):
                    self.work[f"changed {key[0]}"] += 1

    def _make_item(self, item: Item, group: RowGroup | None) -> PosterItem:
        if item.kind == "lane" and item.ref != "evidence":
            canvas_item: PosterItem = LaneItem(item, self.theme.lane_header)
        else:
            canvas_item = ITEM_CLASSES.get(item.kind, PosterItem)(item)
            if type(canvas_item) is PosterItem:
                canvas_item.setZValue(Z_ORDER.get(item.kind, 1))
        if group is not None:
            group.adopt(canvas_item)
        else:
            self.addItem(canvas_item)
        return canvas_item

    def set_zoom(self, zoom: float) -> None:
        """Far out, rows paint their items in bulk (rows.py)."""
        far = zoom < FAR
        if far != self.far:
            self.far = far
            for group in self.row_groups.values():
                group.set_far(far)

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

    def _picture_checked(self, sha256: str) -> None:
        """A picture's verdict arrived: repaint what shows it, once for the verdicts of a turn
        of the loop (a map's photos are checked together when it opens)."""
        self._checked.add(sha256)
        if not self._repaint.isActive():
            self._repaint.start()

    def _repaint_checked(self) -> None:
        """Cards keep their pixels between paints (a device cache), so a card painted while its
        photo was checked would keep the grey frame: `update` on an item redraws its cache."""
        checked, self._checked = self._checked, set()
        laid_out, showing = self._showing
        if laid_out is not self.poster:
            showing = defaultdict(list)
            for key, item in self.items_by_key.items():
                for op in item.layout_item.ops:
                    if type(op) is Picture:
                        showing[op.sha256].append(key)
            self._showing = (self.poster, showing)
        for sha256 in checked:
            for key in showing.get(sha256, ()):
                shown = self.items_by_key.get(key)
                if shown is not None:
                    shown.update()
        self.update()

    def pixmap_for(self, sha256: str, wanted_width: float) -> QPixmap | None:
        if self.checks.refused(sha256):
            return QPixmap()  # null: the posters' crossed placeholder
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
        cards = self.cards_in_cell(lane_id, stage_id)
        return sum(1 for i in cards if i.ref not in moving and i.layout_rect().center().y() < y)

    def insertion_y(self, row: Row, column: Column, y: float, moving: set[str]) -> float:
        """Height of the line that shows where a card dropped at `y` would go."""
        t = self.theme
        cards = self.cards_in_cell(row.lane_id, column.stage_id)
        others = [i.layout_rect() for i in cards if i.ref not in moving]
        index = sum(1 for r in others if r.center().y() < y)
        if index < len(others):
            return others[index].top() - t.card_gap / 2
        if others:
            return others[-1].bottom() + t.card_gap / 2
        return row.y + t.cell_pad / 2

    def points_of(self, lane_id: str) -> list[EmotionPointItem]:
        points = self.snapshot.points(lane_id) if self.snapshot else ()
        found = (self.items_by_key.get(("emotion-point", p.id)) for p in points)
        return [item for item in found if isinstance(item, EmotionPointItem)]

    def note_press(self, at: QPointF) -> None:
        """A click in a cell of cards: Paste puts cards there when none is selected."""
        found = self.grid.cell_at(at)
        if found is not None and found[0].kind != "emotion":
            self._pressed = (found[0].lane_id, found[1].stage_id, at.y())

    def paste_target(self) -> tuple[str, str, int] | None:
        """(lane, stage, index in the cell) of the cell last clicked, if it is still there."""
        if self._pressed is None or self.grid.row_of(self._pressed[0]) is None:
            return None
        lane, stage, y = self._pressed
        if self.grid.column_of(stage) is None:
            return None
        return lane, stage, self.index_in_cell(lane, stage, y, set())

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


def point_at(scene: JourneyScene, at: QPointF) -> tuple[str, str] | None:
    """(kind, id) of the element under a scene position, if any."""
    for item in scene.items(at):
        if isinstance(item, PosterItem) and item.ref:
            return item.kind, item.ref
    return None
