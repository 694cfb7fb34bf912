"""The emotion lane: the -5..+5 band, its zero line, the curve, its points, highs and lows.

Highs and lows are the points that stand above or below both neighbours: they carry a filled
triangle (up or down) besides their colour, and their label sits on the side away from the
curve. A point tied to a moment-of-truth card is drawn as a star.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.model.analysis import classify
from app.model.snapshot import EmotionPointInfo

from .blocks import Context
from .curve import monotone_bezier
from .icons import icon
from .ops import Box, Circle, Item, Line, Op, Path, Rect
from .theme import Theme

SCALE = 5.0
LABEL_LINES = 2  # a point's label wraps to two lines at most


@dataclass(frozen=True)
class Column:
    stage_id: str
    x: float
    w: float


def emotion_height(ctx: Context, lane_height: int) -> float:
    t = ctx.theme
    return max(t.emotion_min_height, lane_height * t.row_unit) + 2 * label_room(ctx)


def label_room(ctx: Context) -> float:
    return band_room(ctx.theme)


def band_room(theme: Theme) -> float:
    """The room kept above +5 and below -5 for the labels of the highest and lowest points."""
    return theme.line(theme.small) * LABEL_LINES + theme.small * 1.2


def plot_band(ctx: Context, top: float, height: float) -> tuple[float, float]:
    """(y of +5, y of -5) inside a lane of this height."""
    room = label_room(ctx)
    return top + room, top + height - room


def value_y(value: float, band: tuple[float, float]) -> float:
    high, low = band
    value = max(-SCALE, min(SCALE, value))
    return (high + low) / 2 - value / SCALE * (low - high) / 2


def emotion_items(
    ctx: Context,
    lane_id: str,
    points: tuple[EmotionPointInfo, ...],
    columns: Sequence[Column],
    top: float,
    height: float,
) -> list[Item]:
    """Zones, zero line, curve and labelled points of one emotion lane."""
    t = ctx.theme
    if not columns:
        return []
    left, right = columns[0].x, columns[-1].x + columns[-1].w
    band = plot_band(ctx, top, height)
    zero = value_y(0, band)
    ops: list[Op] = [
        Box(left, band[0], right - left, zero - band[0], fill=t.positive_zone),
        Box(left, zero, right - left, band[1] - zero, fill=t.negative_zone),
        Line(left, band[0], right, band[0], t.hairline, t.rule),
        Line(left, band[1], right, band[1], t.hairline, t.rule),
        Line(left, zero, right, zero, t.ink_faint, 0.9, dash=(5.0, 3.0)),
    ]
    items = [Item("emotion-band", lane_id, Rect(left, top, right - left, height), tuple(ops))]
    by_stage = {c.stage_id: c for c in columns}
    placed = [
        (by_stage[p.stage_id].x + p.offset * by_stage[p.stage_id].w, value_y(p.value, band), p)
        for p in points
        if p.stage_id in by_stage
    ]
    if not placed:
        return items
    xy = [(x, y) for x, y, _ in placed]
    if len(xy) > 1:
        curve = Path(tuple(monotone_bezier(xy)), stroke=t.curve, width=2.6, bezier=True)
        items.append(
            Item("curve", lane_id, Rect(left, band[0], right - left, band[1] - band[0]), (curve,))
        )
    kinds = classify([p for _, _, p in placed])
    for index, ((x, y, point), kind) in enumerate(zip(placed, kinds, strict=True)):
        items.append(_point_item(ctx, point, kind, x, y, xy, index, (left, right), band))
    return items


def _point_item(
    ctx: Context,
    point: EmotionPointInfo,
    kind: str,
    x: float,
    y: float,
    xy: list[tuple[float, float]],
    index: int,
    span: tuple[float, float],
    band: tuple[float, float],
) -> Item:
    t = ctx.theme
    ops: list[Op] = []
    moment = point.card_id in ctx.moments
    if moment:
        ctx.marks.add("moment")
        size = 16.0
        ops.extend(icon("mark:moment", x - size / 2, y - size / 2 - 0.8, size, t.moment, t.paper))
    elif kind:
        ctx.marks.add(kind)
        size = 12.0
        name, colour = ("mark:high", t.gain) if kind == "high" else ("mark:low", t.pain)
        ops.append(Circle(x, y, size * 0.62, fill=t.paper))
        ops.extend(
            icon(
                name,
                x - size / 2,
                y - size / 2 + (1.2 if kind == "high" else -1.2),
                size,
                colour,
                t.paper,
            )
        )
    else:
        ops.append(Circle(x, y, 3.4, fill=t.paper, stroke=t.curve, width=1.5))
    gaps = [abs(xy[j][0] - x) for j in (index - 1, index + 1) if 0 <= j < len(xy)]
    size = t.small
    widest_label = size * 18
    width = max(size * 8, min(widest_label, (min(gaps) if gaps else widest_label) * 0.96))
    below = kind == "low" or (not kind and point.value < 0)
    if point.label and (kind or moment or not ctx.simplified):
        style = "semibold" if kind else "regular"
        lines = ctx.measure.wrap(point.label, style, size, width)
        if len(lines) > LABEL_LINES:  # the room above +5 and below -5 holds two lines
            lines = lines[:LABEL_LINES]
            lines[-1] = ctx.ellipsis(lines[-1], style, size, width)
        block = t.line(size) * len(lines)
        marker = 7.0 if kind else 0.0
        top = y + 8 if below else y - 8 - block
        colour = t.ink if kind else t.ink_soft
        widest = max((ctx.measure.width(line, style, size) for line in lines), default=0.0)
        left = min(max(x - widest / 2, span[0] + 2), span[1] - widest - 2)
        if marker:
            top += marker if below else -marker
        ctx.text(ops, "\n".join(lines), style, size, colour, left, top, widest + 1)
    return Item("emotion-point", point.id, Rect(x - 5, y - 5, 10, 10), tuple(ops))


def axis_ops(ctx: Context, x: float, w: float, top: float, height: float) -> list[Op]:
    """The scale in the lane header: a happy face at +5, 0, a sad face at -5."""
    t = ctx.theme
    band = plot_band(ctx, top, height)
    ops: list[Op] = []
    size = 13.0
    right = x + w
    for value, face in ((SCALE, "face:happy"), (0.0, ""), (-SCALE, "face:sad")):
        y = value_y(value, band)
        text = "+5" if value > 0 else "0" if value == 0 else "−5"
        tw = ctx.measure.width(text, "semibold", t.small)
        if face:
            ops.extend(icon(face, right - size - tw - 6, y - size / 2, size, t.ink_soft, t.paper))
        ctx.line_text(
            ops, text, "semibold", t.small, t.ink_soft, right - tw, y - t.line(t.small) / 2
        )
    return ops
