"""A page of an analysis view on screen: the very items its poster prints, in a zoomable view.

The scene holds one canvas item per layout item, like the map's canvas (app/ui/canvas), so the
screen shows exactly what PDF, PNG and SVG print.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.render.layout import Poster

from ..canvas.items import PosterItem


class PageScene(QGraphicsScene):
    """One page's items; pictures are not shown on analysis pages."""

    def pixmap_for(self, sha256: str, wanted_width: float) -> QPixmap | None:
        return None

    def view_scale(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    def show_poster(self, poster: Poster, make: type[PosterItem] = PosterItem) -> None:
        self.clear()
        for item in poster.items:
            self.addItem(make(item) if item.kind != "matrix-dot" else self.dot(item))
        self.setSceneRect(QRectF(0, 0, poster.width, poster.height))

    def dot(self, item: object) -> PosterItem:
        return PosterItem(item)  # type: ignore[arg-type]


class PageView(QGraphicsView):
    """Fits the page to the view until the user zooms (Ctrl+wheel)."""

    def __init__(self, scene: PageScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#E9ECEF"))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._fitted = True

    def fit(self) -> None:
        self._fitted = True
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._fitted = False
            factor = 1.2 ** (event.angleDelta().y() / 120)
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)
