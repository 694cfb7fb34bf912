"""The emotion lane: the -5..+5 band, its zero line, the curve, its points, highs and lows.

Highs and lows are the points that stand above or below both neighbours: they carry a filled
triangle (up or down) besides their colour, and their label sits above a high and below a low,
wherever the curve does not cross it. A point tied to a moment-of-truth card is drawn as a star.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.model.analysis import classify
from app.model.snapshot import EmotionPointInfo

from .blocks import Context, evidence_counts, evidence_mark, evidence_mark_width
from .curve import CurveLookup, monotone_bezier
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
    control = monotone_bezier(xy) if len(xy) > 1 else []
    if control:
        curve = Path(tuple(control), stroke=t.curve, width=2.6, bezier=True)
        items.append(
            Item("curve", lane_id, Rect(left, band[0], right - left, band[1] - band[0]), (curve,))
        )
    kinds = classify([p for _, _, p in placed])
    lookup = CurveLookup(control)
    for index, ((x, y, point), kind) in enumerate(zip(placed, kinds, strict=True)):
        items.append(_point_item(ctx, point, kind, x, y, xy, index, (left, right), band, lookup))
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
    curve: CurveLookup,
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
    lines: list[str] = []
    style = "semibold" if kind else "regular"
    if point.label and (kind or moment or not ctx.simplified):
        lines = ctx.measure.wrap(point.label, style, size, width)
        if len(lines) > LABEL_LINES:  # the room above +5 and below -5 holds two lines
            lines = lines[:LABEL_LINES]
            lines[-1] = ctx.ellipsis(lines[-1], style, size, width)
    counts = evidence_counts(point.evidence) if ctx.evidence_counts else (0, 0)
    mark = evidence_mark_width(ctx, counts) + 4 if any(counts) else 0.0
    if lines or mark:
        block = t.line(size) * max(len(lines), 1)
        widest = max((ctx.measure.width(line, style, size) for line in lines), default=0.0)
        last = ctx.measure.width(lines[-1], style, size) if lines else -4.0
        marker = 7.0 if kind or moment else 0.0
        left, top = _label_place(
            (x, y), (max(widest, last + mark), block), below, marker, span, band, curve, ctx
        )
        if lines:
            colour = t.ink if kind else t.ink_soft
            ctx.text(ops, "\n".join(lines), style, size, colour, left, top, widest + 1)
        if mark:
            right = left + last + mark
            evidence_mark(ctx, ops, counts, right, top + block - t.line(size))
    return Item("emotion-point", point.id, Rect(x - 5, y - 5, 10, 10), tuple(ops))


def _label_place(
    at: tuple[float, float],
    box: tuple[float, float],
    below: bool,
    marker: float,
    span: tuple[float, float],
    band: tuple[float, float],
    curve: CurveLookup,
    ctx: Context,
) -> tuple[float, float]:
    """Where a point's label goes: on its side of the curve (above a high, below a low),
    centred on the point, unless the curve would cross it there; then the other side, or
    beside the point. The first place the curve does not cross wins, else the least crossed."""
    (x, y), (w, h) = at, box
    room = label_room(ctx)
    lowest, highest = band[0] - room + 1, band[1] + room - 1 - h
    places: list[tuple[float, float]] = []
    for side in (below, not below):
        top = y + 8 + marker if side else y - 8 - marker - h
        for shift in (0.0, -(w / 2 + 9), w / 2 + 9):
            left = min(max(x - w / 2 + shift, span[0] + 2), span[1] - w - 2)
            places.append((left, min(max(top, lowest), highest)))
    best, fewest = places[0], None
    for left, top in places:
        hits = _crossings(curve, left, top, w, h)
        if hits == 0:
            return left, top
        if fewest is None or hits < fewest:
            best, fewest = (left, top), hits
    return best


def _crossings(curve: CurveLookup, left: float, top: float, w: float, h: float) -> int:
    """How many of the curve's samples across a label's width fall inside the label (with
    room for the curve's stroke)."""
    if len(curve) < 4:
        return 0
    hits = 0
    steps = max(2, int(w / 3))
    for step in range(steps + 1):
        cy = curve(left - 2 + (w + 4) * step / steps)
        if cy is not None and top - 3 <= cy <= top + h + 3:
            hits += 1
    return hits


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
