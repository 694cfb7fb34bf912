"""Paints the poster layout's drawing ops with QPainter, so the canvas shows what prints.

Scene units are poster points. Text is drawn with the bundled font, unhinted and unkerned, so
that Qt advances match the widths the layout wrapped with (ReportLab's, from the same file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

from app.render import fonts
from app.render.ops import (
    PLACEHOLDER_FILL,
    Box,
    Circle,
    Line,
    Op,
    Path,
    Picture,
    Text,
    placeholder,
)

PixmapSource = Callable[[str, float], QPixmap | None]
"""(sha256, wanted width in device pixels) -> a pixmap of that picture, or None."""


@cache
def colour(value: str) -> QColor:
    return QColor(value)


@cache
def _greeked(value: str) -> QColor:
    greeked = QColor(value)
    greeked.setAlpha(90)
    return greeked


@cache
def poster_font(style: str, size: float, dpi: int) -> QFont:
    font = QFont(fonts.FAMILY)
    font.setPointSizeF(size * 72.0 / dpi)
    font.setWeight(
        {
            "bold": QFont.Weight.Bold,
            "semibold": QFont.Weight.DemiBold,
        }.get(style, QFont.Weight.Normal)
    )
    font.setItalic(style == "italic")
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@cache
def _pen(stroke: str | None, width: float, dash: tuple[float, ...] | None) -> QPen:
    if stroke is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(colour(stroke), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern([d / width for d in dash])
    return pen


_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@cache
def _brush(fill: str | None) -> QBrush:
    return QBrush(colour(fill)) if fill else _NO_BRUSH


def paint_outline(painter: QPainter, ops: Iterable[Op]) -> None:
    """The far-out picture: filled boxes as plain rectangles, the curve as a path."""
    for op in ops:
        if isinstance(op, Box):
            painter.fillRect(QRectF(op.x, op.y, op.w, op.h), colour(op.fill))
        elif isinstance(op, Path):
            painter.setPen(_pen(op.stroke, op.width, op.dash))
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(qt_path(op))


def paint_ops(
    painter: QPainter, ops: Iterable[Op], pictures: PixmapSource, text: bool = True
) -> None:
    """Draw `ops` (absolute poster points) with the painter's current transform.

    `text=False` skips text, for the cheap painting used when zoomed far out.
    """
    dpi = painter.device().logicalDpiY() or 96
    for op in ops:
        if isinstance(op, Text):
            if text:
                painter.setFont(poster_font(op.style, op.size, dpi))
                painter.setPen(colour(op.colour))
                painter.drawText(QPointF(op.x, op.y), op.text)
            else:  # greeked: a bar where the line is, cheap and still shows the structure
                painter.fillRect(
                    QRectF(
                        op.x, op.y - op.size * 0.62, len(op.text) * op.size * 0.5, op.size * 0.5
                    ),
                    _greeked(op.colour),
                )
        elif isinstance(op, Box):
            painter.setPen(_pen(op.stroke, op.width, op.dash))
            painter.setBrush(_brush(op.fill))
            rect = QRectF(op.x, op.y, op.w, op.h)
            if op.radius:
                painter.drawRoundedRect(rect, op.radius, op.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(op, Line):
            painter.setPen(_pen(op.stroke, op.width, op.dash))
            painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        elif isinstance(op, Circle):
            painter.setPen(_pen(op.stroke, op.width, None))
            painter.setBrush(_brush(op.fill))
            painter.drawEllipse(QPointF(op.cx, op.cy), op.r, op.r)
        elif isinstance(op, Path):
            painter.setPen(_pen(op.stroke, op.width, op.dash))
            painter.setBrush(_brush(op.fill))
            painter.drawPath(qt_path(op))
        elif isinstance(op, Picture):
            _draw_picture(painter, op, pictures)


def qt_path(op: Path) -> QPainterPath:
    path = QPainterPath(QPointF(*op.points[0]))
    if op.bezier:
        points = op.points
        for i in range(1, len(points) - 2, 3):
            path.cubicTo(QPointF(*points[i]), QPointF(*points[i + 1]), QPointF(*points[i + 2]))
    else:
        for point in op.points[1:]:
            path.lineTo(QPointF(*point))
    if op.closed:
        path.closeSubpath()
    return path


def _draw_picture(painter: QPainter, op: Picture, pictures: PixmapSource) -> None:
    target = QRectF(op.x, op.y, op.w, op.h)
    wanted = op.w * painter.worldTransform().m11() * painter.device().devicePixelRatioF()
    pixmap = pictures(op.sha256, wanted)
    if pixmap is None:  # not known yet (being checked): a plain frame
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(PLACEHOLDER_FILL))
        painter.drawRect(target)
        return
    if pixmap.isNull():  # refused or undecodable: the posters' crossed placeholder
        paint_ops(painter, placeholder(op), pictures)
        return
    left, top, width, height = op.crop  # in 0..1 units of the picture
    source = QRectF(
        left * pixmap.width(),
        top * pixmap.height(),
        width * pixmap.width(),
        height * pixmap.height(),
    )
    painter.save()
    if op.radius:
        clip = QPainterPath()
        clip.addRoundedRect(target, op.radius, op.radius)
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(target, pixmap, source)
    painter.restore()
