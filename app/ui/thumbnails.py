"""Small pictures of maps, drawn by our own layout: the templates in the start page and in the
New dialog, and each recent map, kept on disk when it is saved or closed.

A recent map's picture is made from the editor's own snapshot when the user saves or closes
it, never by opening a file again to draw it (a file may be large, or on a slow share, and
opening one checks it thoroughly).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from app.model import DocumentError, JourneyDocument
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.model.workspace import data_dir
from app.render.layout import layout_poster

from .canvas.painter import paint_ops
from .canvas.pictures import PictureCache

WIDTH, HEIGHT = 232, 145  # a thumbnail, in pixels (the top of the poster, its head and grid)
CROP_WIDTH = 1100.0  # points of the poster's width a thumbnail shows
PixmapSource = Callable[[str, float], QPixmap | None]
_templates: dict[tuple[str, str], QImage] = {}


def draw(snapshot: JourneySnapshot, pictures: PixmapSource | None = None) -> QImage:
    """The poster of `snapshot` scaled to the thumbnail's width, its top part."""
    poster = layout_poster(snapshot)
    image = QImage(WIDTH * 2, HEIGHT * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor(poster.paper))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scale = WIDTH / min(poster.width, CROP_WIDTH)  # the head and the first stages, legible
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, WIDTH / scale, HEIGHT / scale))
    source = pictures or (lambda _sha, _w: None)
    for item in poster.items:
        if item.rect.y > HEIGHT / scale or item.rect.x > WIDTH / scale:
            continue
        paint_ops(painter, item.absolute_ops(), source)
    painter.end()
    return image


def template_picture(template: str, language: str) -> QImage:
    """A template (or the sample) as a new map would start, drawn once per run."""
    key = (template, language)
    if key not in _templates:
        document = JourneyDocument.new(template, language)
        try:
            snapshot = journey_snapshot(document, document.journeys()[0].id)
            _templates[key] = draw(snapshot, PictureCache(document.asset).pixmap)
        finally:
            document.close()
    return _templates[key]


def folder() -> Path:
    return data_dir() / "thumbnails"


def file_for(map_path: Path) -> Path:
    digest = hashlib.sha1(str(map_path.absolute()).encode("utf-8")).hexdigest()
    return folder() / f"{digest[:20]}.png"


def remember(editor: object) -> None:
    """Keep a picture of the map an editor shows, for the start page's recent maps."""
    document = getattr(editor, "document", None)
    scene = getattr(editor, "scene", None)
    path = getattr(document, "path", None)
    if path is None or scene is None or scene.snapshot is None:
        return
    try:
        folder().mkdir(parents=True, exist_ok=True)
        image = draw(scene.snapshot, scene.pixmap_for)
        if not image.save(str(file_for(path))):
            raise OSError("the picture could not be written")
    except (OSError, DocumentError) as error:  # a thumbnail is never worth an error box
        logging.getLogger(__name__).warning("no picture of %s kept: %s", path.name, error)


def recent_picture(map_path: Path) -> QPixmap | None:
    found = file_for(map_path)
    if not found.is_file():
        return None
    picture = QPixmap(str(found))
    return None if picture.isNull() else picture


def placeholder() -> QImage:
    """A blank sheet with a grid, for a recent map whose picture we do not have."""
    image = QImage(WIDTH * 2, HEIGHT * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setPen(QColor("#D5DAE0"))
    for x in range(40, WIDTH, 50):
        painter.drawLine(x, 30, x, HEIGHT - 14)
    for y in range(30, HEIGHT, 32):
        painter.drawLine(14, y, WIDTH - 14, y)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.end()
    return image
