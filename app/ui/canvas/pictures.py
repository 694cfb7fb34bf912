"""Pictures for the canvas: decoded at about the size they are shown, within a memory budget.

A stored photo is 2,400 pixels wide; a card shows it a few hundred pixels wide, and a hundred
photos decoded at full size took 1.7 GB. The cache decodes each picture at the smallest of a
few widths that covers what the screen shows (the stored thumbnail when that is enough),
straight from the JPEG at that size, and forgets the least recently used pictures once the
budget is spent.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImageReader, QPixmap

from app.model.infos import AssetData

THUMBNAIL_WIDTH = 320  # app.model.pictures.THUMBNAIL_SIDE
WIDTHS = (640, 1280, 2560)  # decoded widths above the thumbnail
BUDGET = 192 * 1024 * 1024  # bytes of decoded pixels kept


class PictureCache:
    """Pixmaps by (picture, width), least recently used first."""

    def __init__(self, read: Callable[[str], AssetData | None], budget: int = BUDGET) -> None:
        self._read = read
        self.budget = budget
        self._pixmaps: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self.used = 0  # bytes

    def pixmap(self, sha256: str, wanted_width: float) -> QPixmap | None:
        """The picture at least `wanted_width` device pixels wide (or as wide as it is)."""
        width = THUMBNAIL_WIDTH if wanted_width <= THUMBNAIL_WIDTH else _bucket(wanted_width)
        key = (sha256, width)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        asset = self._read(sha256)
        if asset is None:
            return None
        if width == THUMBNAIL_WIDTH and asset.thumbnail:
            pixmap = _decode(asset.thumbnail, None)
        else:
            target = min(width, asset.width)
            pixmap = _decode(
                asset.data, QSize(target, max(1, round(target * asset.height / asset.width)))
            )
        if pixmap.isNull():
            return None
        self._keep(key, pixmap)
        return pixmap

    def _keep(self, key: tuple[str, int], pixmap: QPixmap) -> None:
        self._pixmaps[key] = pixmap
        self.used += _size(pixmap)
        while self.used > self.budget and len(self._pixmaps) > 1:
            _key, dropped = self._pixmaps.popitem(last=False)
            self.used -= _size(dropped)

    def clear(self) -> None:
        self._pixmaps.clear()
        self.used = 0


def _bucket(wanted: float) -> int:
    return next((w for w in WIDTHS if w >= wanted), WIDTHS[-1])


def _decode(data: bytes, size: QSize | None) -> QPixmap:
    """Decode `data`, at `size` when given: a JPEG is then decoded scaled, never at full size."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if size is not None:
        reader.setScaledSize(size)
    image = reader.read()
    buffer.close()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)
