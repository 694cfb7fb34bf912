"""The grid of a poster: stage headers across the top, then one row per lane (cards flowing in
columns in each cell, or the emotion curve), the band behind each row, and the row of
verbatims attached to stages.

Each row is laid out at y = 0 (the poster places it) and depends only on its lane, its content
and the columns; a lane of cards is laid out cell by cell. So the editor's `LayoutCache` hands
back an unchanged row, or cell, as it was, wherever the row now stands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.model.snapshot import (
    CardInfo,
    EmotionPointInfo,
    JourneySnapshot,
    LaneInfo,
    MetricInfo,
    StageInfo,
)

from .blocks import Context, evidence_counts, evidence_mark
from .cache import EVIDENCE_ROW, cached_cell, cached_row
from .cards import card_item, evidence_block, lane_icon
from .emotion import Column, axis_ops, emotion_height, emotion_items
from .metrics import metric_item
from .ops import Box, Circle, Item, Line, Op, Rect
from .theme import Theme, ink_on

MIN_CARD = 180.0  # narrowest card when several share a wide cell
MIN_METRIC = 150.0  # narrowest metric tile, in a metrics lane


def stage_headers(
    ctx: Context, stages: Sequence[StageInfo], columns: Sequence[Column], y: float
) -> tuple[list[Item], float]:
    """Number, title and description of each stage; all as tall as the tallest."""
    t = ctx.theme
    drafts: list[tuple[StageInfo, Column, list[Op], float]] = []
    size = t.heading
    disc = size * 1.35
    for number, (stage, col) in enumerate(zip(stages, columns, strict=True), start=1):
        ops: list[Op] = []
        accent = stage.colour or t.ink
        ops.append(Box(col.x, y, col.w, 4, fill=accent, radius=1))
        top = y + 12
        ops.append(Circle(col.x + disc / 2, top + disc / 2, disc / 2, fill=accent))
        label = str(number)
        number_size = size * 0.62
        lw = ctx.measure.width(label, "bold", number_size)
        ctx.line_text(
            ops,
            label,
            "bold",
            number_size,
            ink_on(accent, t),
            col.x + (disc - lw) / 2,
            top + (disc - t.line(number_size)) / 2,
        )
        tx = col.x + disc + size * 0.35
        words = stage.title.split()
        if any(ctx.measure.width(word, "bold", size) > col.x + col.w - tx for word in words):
            used = 12 + disc + 6  # a word too long beside the number: the title goes under it
            used += ctx.text(ops, stage.title, "bold", size, t.ink, col.x, y + used, col.w)
        else:
            used = ctx.text(ops, stage.title, "bold", size, t.ink, tx, top, col.x + col.w - tx)
            used = max(used, disc) + 12
        if stage.description and not ctx.simplified:
            used += 4 + ctx.text(
                ops, stage.description, "regular", t.small, t.ink_soft, col.x, y + used + 4, col.w
            )
        if ctx.evidence_counts and any(counts := evidence_counts(stage.evidence)):
            used += 4 + evidence_mark(ctx, ops, counts, col.x + col.w, y + used + 4)
        drafts.append((stage, col, ops, used))
    height = max(d[3] for d in drafts) + 12
    items = [
        Item("stage", stage.id, Rect(col.x, y, col.w, height), tuple(ops))
        for stage, col, ops, _ in drafts
    ]
    return items, y + height


def lane_row(
    ctx: Context, snap: JourneySnapshot, lane: LaneInfo, columns: tuple[Column, ...]
) -> tuple[tuple[tuple[Item, ...], ...], float]:
    """The items of one lane, laid out at y = 0 (cell by cell for a lane of cards), and the
    lane's height."""
    if lane.kind == "emotion":
        points = snap.points(lane.id)
        moments = tuple(p.card_id in ctx.moments for p in points)
        items, height = cached_row(
            ctx,
            lane.id,
            (lane, points, moments, columns),
            lambda own: _emotion_row(own, lane, points, columns, 0.0),
        )
        return (items,), height
    cells = tuple(cell_entries(ctx, snap, lane, s) for s in snap.stages)
    return _grid_row(ctx, snap, lane, cells, columns)


def _emotion_row(
    ctx: Context,
    lane: LaneInfo,
    points: tuple[EmotionPointInfo, ...],
    columns: tuple[Column, ...],
    y: float,
) -> tuple[list[Item], float]:
    ctx.marks.add("curve")
    height = emotion_height(ctx, 1 if ctx.trim else lane.height)
    return emotion_items(ctx, lane.id, points, columns, y, height), height


def cell_entries(
    ctx: Context, snap: JourneySnapshot, lane: LaneInfo, stage: StageInfo
) -> tuple[CardInfo | MetricInfo, ...]:
    """What a cell shows: a stage's metrics first in a metrics lane, then its cards; in the
    simplified density a touchpoints lane keeps its key touchpoints only."""
    cards = snap.cards(lane.id, stage.id)
    if ctx.simplified and lane.kind == "touchpoints":
        cards = tuple(c for c in cards if key_touchpoint(c, ctx.referenced))
    if lane.kind == "metrics":
        return (*stage.metrics, *cards)
    return cards


def key_touchpoint(card: CardInfo, referenced: set[str]) -> bool:
    """A touchpoint the simplified poster keeps: a direct one, or one the map marks (moment of
    truth, pain or gain, a point of the emotion curve)."""
    return (
        card.direct
        or card.key_touchpoint
        or card.moment_of_truth
        or card.sentiment in ("pain", "gain")
        or card.id in referenced
    )


def flows_of(ctx: Context, width: float, crowd: int, kind: str) -> tuple[int, float]:
    """How many columns of cards a cell of this width holds in a lane of this kind, and their
    width."""
    t = ctx.theme
    cw = width - t.cell_pad
    narrowest = MIN_METRIC if kind == "metrics" else MIN_CARD
    flows = max(1, min(crowd, int((cw + t.card_gap) / (narrowest + t.card_gap))))
    return flows, (cw - (flows - 1) * t.card_gap) / flows


def _grid_row(
    ctx: Context,
    snap: JourneySnapshot,
    lane: LaneInfo,
    cells: tuple[tuple[CardInfo | MetricInfo, ...], ...],
    columns: tuple[Column, ...],
) -> tuple[tuple[tuple[Item, ...], ...], float]:
    """A lane of cards (and metrics, in a metrics lane), flowing in columns in each cell; the
    lane's title and height take no part in its cells (renaming a lane lays out no card)."""
    t = ctx.theme
    parts: list[tuple[Item, ...]] = []
    tallest = 0.0
    crowd = max((len(entries) for entries in cells), default=1)
    for stage, entries, col in zip(snap.stages, cells, columns, strict=True):
        if not entries:
            continue
        part, used = cached_cell(
            ctx,
            f"{lane.id}/{stage.id}",
            (lane.kind, entries, col, crowd),
            _cell_builder(lane.kind, entries, col, crowd),
        )
        parts.append(part)
        tallest = max(tallest, used)
    return tuple(parts), max(lane_floor(ctx, lane), tallest + t.cell_pad)


def _cell_builder(
    kind: str, entries: tuple[CardInfo | MetricInfo, ...], col: Column, crowd: int
) -> Callable[[Context], tuple[list[Item], float]]:
    return lambda ctx: _cell(ctx, kind, entries, col, crowd)


def _cell(
    ctx: Context,
    kind: str,
    entries: tuple[CardInfo | MetricInfo, ...],
    col: Column,
    crowd: int,
) -> tuple[list[Item], float]:
    """One cell's cards, in flows side by side when the cell is wide and its lane crowded;
    and how far below the row's top they reach."""
    t = ctx.theme
    flows, fw = flows_of(ctx, col.w, crowd, kind)
    cx = col.x + t.cell_pad * 0.5
    bottoms = [t.cell_pad] * flows
    items: list[Item] = []
    for index, entry in enumerate(entries):
        flow = index % flows if index < flows else shortest(bottoms)
        fx = cx + flow * (fw + t.card_gap)
        if isinstance(entry, CardInfo):
            item = card_item(ctx, entry, kind, fx, bottoms[flow], fw)
        else:
            item = metric_item(ctx, entry, fx, bottoms[flow], fw)
        items.append(item)
        bottoms[flow] = item.rect.bottom + t.card_gap
    return items, max(bottoms) - t.card_gap


def lane_floor(ctx: Context, lane: LaneInfo) -> float:
    """The least a lane is tall: its title in the header, and on the canvas the height the
    user gave it (a poster trims it to the content)."""
    t = ctx.theme
    title = ctx.text_height(lane.title, "bold", t.lane_title, _lane_title_width(t))
    return max(10 + max(title, LANE_ICON) + 10, 0 if ctx.trim else lane.height * t.row_unit)


LANE_ICON = 18.0


def _lane_title_width(t: Theme) -> float:
    """The lane's title stands right of its icon, in the lane header."""
    return t.lane_header - 12 - LANE_ICON - 6 - 8


def shortest(bottoms: list[float]) -> int:
    """The flow a card goes to: the shortest, the first of those equal but for rounding (so
    that where a card lands never depends on the last bits of a sum)."""
    low = min(bottoms)
    first = bottoms.index(low)
    for index in range(first):
        if bottoms[index] <= low + 1e-6:
            return index
    return first


def lane_band(
    ctx: Context, lane: LaneInfo, x: float, y: float, w: float, h: float, fill: str
) -> Item:
    t = ctx.theme
    accent = lane.colour or t.accent(lane.kind)
    ops: list[Op] = [Box(x, y, w, h, fill=fill), Line(x, y, x + w, y, t.hairline, t.rule)]
    ops.append(Box(x, y + 6, 3.5, h - 12, fill=accent))
    step = t.line(t.lane_title)
    ops.extend(
        lane_icon(ctx, lane.kind, x + 12, y + 10 + (step - LANE_ICON) / 2, LANE_ICON, accent)
    )
    tx = x + 12 + LANE_ICON + 6
    ctx.text(ops, lane.title, "bold", t.lane_title, t.ink, tx, y + 10, _lane_title_width(t))
    if lane.kind == "emotion":
        ops.extend(axis_ops(ctx, x, t.lane_header, y, h))
    return Item("lane", lane.id, Rect(x, y, w, h), tuple(ops))


def plain_band(ctx: Context, title: str, x: float, y: float, w: float, h: float) -> Item:
    t = ctx.theme
    ops: list[Op] = [Box(x, y, w, h, fill=t.paper), Line(x, y, x + w, y, t.hairline, t.rule)]
    ctx.text(ops, title, "bold", t.lane_title, t.ink, x + 12, y + 10, t.lane_header - 20)
    return Item("lane", "evidence", Rect(x, y, w, h), tuple(ops))


def stage_evidence(snap: JourneySnapshot) -> dict[str, list]:
    """Verbatims, links and notes attached to each stage or to its emotion points."""
    per_stage: dict[str, list] = {s.id: list(s.evidence) for s in snap.stages}
    for points in snap.emotion_points.values():
        for p in points:
            per_stage.get(p.stage_id, []).extend(p.evidence)
    return {
        stage_id: [e for e in found if e.kind != "photo"] for stage_id, found in per_stage.items()
    }


def evidence_row(
    ctx: Context, snap: JourneySnapshot, columns: tuple[Column, ...]
) -> tuple[tuple[Item, ...], float] | None:
    """Verbatims attached to stages or emotion points, under their stage (at y = 0)."""
    per_stage = stage_evidence(snap)
    if ctx.simplified or not any(per_stage.values()):
        return None
    look = (tuple((stage_id, tuple(found)) for stage_id, found in per_stage.items()), columns)
    return cached_row(
        ctx, EVIDENCE_ROW, look, lambda own: _evidence_items(own, per_stage, columns, 0.0)
    )


def _evidence_items(
    ctx: Context, per_stage: dict[str, list], columns: tuple[Column, ...], y: float
) -> tuple[list[Item], float]:
    t = ctx.theme
    items: list[Item] = []
    tallest = 0.0
    for col in columns:
        cy = y + t.cell_pad
        for evidence in per_stage.get(col.stage_id, []):
            ops: list[Op] = []
            cx, cw = col.x + t.cell_pad * 0.5, col.w - t.cell_pad
            used = evidence_block(ctx, ops, evidence, cx, cy, cw, t.ink_soft)
            items.append(Item("evidence", evidence.id, Rect(cx, cy, cw, used), tuple(ops)))
            cy += used + t.card_gap
        tallest = max(tallest, cy - y)
    return items, max(tallest + t.cell_pad, t.row_unit)


def empty_note(ctx: Context, x: float, y: float, w: float) -> Item:
    ops: list[Op] = []
    ctx.text(ops, ctx.words("empty"), "italic", ctx.theme.heading, ctx.theme.ink_soft, x, y, w)
    return Item("empty", "", Rect(x, y, w, 40), tuple(ops))
