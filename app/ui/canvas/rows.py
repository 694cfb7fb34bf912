"""A row of the grid on the canvas: one item that holds the row's cards, placed at its top.

The layout lays each row out at y = 0 (app/render/cache.py); the canvas puts a row's items in
a `RowGroup` at the row's top, so that a row pushed down by a taller row above moves with one
call, whatever its number of cards.

Far out (below `FAR`), the row's items are hidden with their holder and the row paints them in
bulk from one recorded `QPicture` of their filled boxes and curves: at fit-to-window a card is a
few pixels, and one Python `paint` call per card cost 215 ms a frame on a 20,000-card map. The
picture is recorded again only when the row's items changed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.render.ops import Item

from .items import TINY_DETAIL, PosterItem
from .painter import paint_outline

FAR = TINY_DETAIL  # below this zoom, rows paint their items in bulk


class _Holder(QGraphicsItem):
    """Parent of a row's items (draws nothing): hiding it hides them all in one call."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        return


class RowGroup(QGraphicsItem):
    """The items of one row of the grid, at the row's top."""

    def __init__(self, ref: str) -> None:
        super().__init__()
        self.ref = ref
        self.holder = _Holder(self)
        self.layout_items: tuple[Item, ...] = ()
        self.parts: tuple[tuple[Item, ...], ...] = ()  # the items cell by cell, as matched
        self._bounds = QRectF()
        self._picture: QPicture | None = None
        self._far = False
        self.setZValue(2)

    def adopt(self, item: PosterItem) -> None:
        item.setParentItem(self.holder)

    def holds(self, item: PosterItem) -> bool:
        return item.parentItem() is self.holder

    def follow(self, y: float, width: float, height: float, items: tuple[Item, ...]) -> None:
        """The row's new place and size; `items` are the layout's (a new tuple: new content)."""
        if self.pos().y() != y:
            self.setPos(0, y)
        bounds = QRectF(0, 0, width, height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if items is not self.layout_items:
            self.layout_items = items
            self._picture = None
            if self._far:
                self.update()

    def set_far(self, far: bool) -> None:
        if far != self._far:
            self._far = far
            self.holder.setVisible(not far)
            # far out, the bulk picture is kept as pixels at the zoom shown: a repaint or a
            # scroll blits them, and only a zoom or a change in the row records them again
            cache = QGraphicsItem.CacheMode
            self.setCacheMode(cache.DeviceCoordinateCache if far else cache.NoCache)
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._far:
            return
        if self._picture is None:
            self._picture = QPicture()
            recorder = QPainter(self._picture)
            for item in self.holder.childItems():
                if isinstance(item, PosterItem):
                    dx, dy = item.layout_item.origin
                    recorder.save()
                    recorder.translate(dx, dy)
                    paint_outline(recorder, item.outline_ops())
                    recorder.restore()
            recorder.end()
        painter.drawPicture(0, 0, self._picture)
