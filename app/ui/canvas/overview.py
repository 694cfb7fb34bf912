"""Far out, the cards of each lane are painted in bulk from one cached picture.

At fit-to-window a 20,000-card map is a few percent of its size: a card is a few pixels, and
one Python `paint` call per card cost 215 ms a frame. Below `FAR` the card items (all children
of one layer) are hidden with the layer, and one item per lane replays a `QPicture` of its
cards' filled boxes, recorded once and again only when that lane's cards changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from .items import TINY_DETAIL, CardItem
from .painter import paint_outline

if TYPE_CHECKING:
    from .grid import Grid
    from .scene import JourneyScene

FAR = TINY_DETAIL  # below this zoom, lanes paint their cards in bulk


class CardLayer(QGraphicsRectItem):
    """The parent of every card item: hiding it hides them all in one call."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(2)


class LaneCardsPicture(QGraphicsItem):
    """The cards of one lane as one recorded picture (shown only when zoomed far out)."""

    def __init__(self, overview: LaneOverview, lane_id: str) -> None:
        super().__init__()
        self.overview = overview
        self.lane_id = lane_id
        self._bounds = QRectF()
        self._picture: QPicture | None = None
        self._signature: object = None
        self.setZValue(2)

    def follow(self, bounds: QRectF, signature: object) -> None:
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if signature != self._signature:
            self._signature = signature
            self._picture = None
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._picture is None:
            self._picture = QPicture()
            recorder = QPainter(self._picture)
            for card in self.overview.cards_of(self.lane_id):
                dx, dy = card.layout_item.origin
                recorder.save()
                recorder.translate(dx, dy)
                paint_outline(recorder, card.outline_ops())
                recorder.restore()
            recorder.end()
        painter.drawPicture(0, 0, self._picture)


class LaneOverview:
    """Switches the canvas between card items (near) and lane pictures (far)."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.layer = CardLayer()
        scene.addItem(self.layer)
        self.lanes: dict[str, LaneCardsPicture] = {}
        self.far = False

    def adopt(self, card: CardItem) -> None:
        card.setParentItem(self.layer)

    def cards_of(self, lane_id: str) -> list[CardItem]:
        snapshot = self.scene.snapshot
        if snapshot is None:
            return []
        items = []
        for stage in snapshot.stages:
            items.extend(self.scene.cards_in_cell(lane_id, stage.id))
        return items

    def follow(self, grid: Grid) -> None:
        """After a layout: one picture per lane, recorded again only where cards changed."""
        snapshot = self.scene.snapshot
        rows = {row.lane_id: row for row in grid.rows if row.kind != "emotion"}
        for lane_id in [k for k in self.lanes if k not in rows]:
            self.scene.removeItem(self.lanes.pop(lane_id))
        if snapshot is None:
            return
        columns = tuple((c.x, c.w) for c in grid.columns)
        for lane_id, row in rows.items():
            picture = self.lanes.get(lane_id)
            if picture is None:
                picture = self.lanes[lane_id] = LaneCardsPicture(self, lane_id)
                self.scene.addItem(picture)
                picture.setVisible(self.far)
            cells = tuple(snapshot.cards(lane_id, stage.id) for stage in snapshot.stages)
            picture.follow(QRectF(0, row.y, self.scene.width(), row.h), (row.y, columns, cells))

    def set_zoom(self, zoom: float) -> None:
        far = zoom < FAR
        if far == self.far:
            return
        self.far = far
        self.layer.setVisible(not far)
        for picture in self.lanes.values():
            picture.setVisible(far)
