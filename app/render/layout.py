"""One journey as a poster: stage columns, lane rows, cards, curve, head and legend, in points.

`layout_poster` is a pure function of a `JourneySnapshot` and a `Theme`; the PDF, PNG and SVG
writers (and, next, the canvas) draw its `Poster` without measuring anything themselves.
`fit_poster` chooses the column width that lets the poster fill a given paper at the largest
scale, i.e. with the largest type.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.model.snapshot import (
    AssetData,
    CardInfo,
    EmotionPointInfo,
    JourneySnapshot,
    LaneInfo,
    StageInfo,
)

from .blocks import Context
from .cache import EVIDENCE_ROW, LayoutCache, cached_row, placed_row
from .cards import card_item, evidence_block, lane_icon, metric_item
from .emotion import Column, axis_ops, emotion_height, emotion_items
from .fonts import TextMeasurer
from .header import header_item, legend_item
from .labels import Words
from .ops import Box, Circle, Item, Line, Op, Rect
from .theme import DEFAULT_THEME, Theme, ink_on, mix

MIN_WIDTH = 960.0
MIN_CARD = 175.0  # narrowest card when several share a wide cell
COLUMN_RANGE = (120.0, 560.0)


@dataclass(frozen=True)
class PosterRow:
    """One lane of the grid (or the evidence row), laid out at y = 0 and placed at `y`."""

    ref: str  # the lane's id, or "evidence"
    y: float
    height: float
    items: tuple[Item, ...]  # with y relative to the row's top


@dataclass(frozen=True)
class Poster:
    """A laid-out journey: size in points, items in painting order, and what it needs to draw.

    `rows` hold the grid's rows, each laid out at y = 0; `items` holds them too, moved to their
    place, unless the poster was laid out for the canvas (`flat=False`), which places whole
    rows itself and so never pays for moving every card when a row above grows."""

    width: float
    height: float
    items: tuple[Item, ...]
    assets: Mapping[str, AssetData]
    title: str
    author: str
    subject: str
    language: str
    column: float
    rows: tuple[PosterRow, ...] = ()

    def find(self, kind: str, ref: str | None = None) -> list[Item]:
        return [i for i in self.items if i.kind == kind and (ref is None or i.ref == ref)]


def layout_poster(
    snap: JourneySnapshot,
    theme: Theme = DEFAULT_THEME,
    column: float | None = None,
    today: date | None = None,
    measure: TextMeasurer | None = None,
    cache: LayoutCache | None = None,
    flat: bool = True,
) -> Poster:
    """Lay out the whole poster with stage columns `column` points wide per grid unit.

    `measure` and `cache`, when the caller keeps them from one layout to the next, make a new
    layout of a slightly changed journey cost little more than the cards that changed. With
    `flat=False`, `items` leaves out the rows' items (they are in `rows`, at y = 0)."""
    t = theme
    ctx = Context(t, Words(snap.project.language), measure or TextMeasurer(), snap.assets)
    if cache is not None:
        cache.start(snap, theme)
        ctx.cache = cache
    ctx.moments = {c.id for cards in snap.cells.values() for c in cards if c.moment_of_truth}
    column = column or t.column
    stages = snap.stages
    lanes = [lane for lane in snap.lanes if not lane.hidden]
    grid_x = t.margin + t.lane_header + t.column_gap
    placed: list[Column] = []
    x = grid_x
    for stage in stages:
        w = stage.width * column + (stage.width - 1) * t.column_gap
        placed.append(Column(stage.id, x, w))
        x += w + t.column_gap
    columns = tuple(placed)
    width = max(x - t.column_gap + t.margin, MIN_WIDTH)
    inner_w = width - 2 * t.margin

    body: list[Item] = []
    grid_top = t.margin
    header = header_item(ctx, snap, t.margin, grid_top, inner_w, today or date.today())
    y = header.rect.bottom + 18
    if columns:
        stage_items, y = _stage_headers(ctx, stages, columns, y)
        body.extend(stage_items)
    grid_start = y
    bands: list[Item] = []
    rows: list[PosterRow] = []
    for index, lane in enumerate(lanes):
        row_items, height = _lane_row(ctx, snap, lane, columns)
        fill = (lane.colour and mix(lane.colour, t.paper, 0.86)) or (
            t.band if index % 2 == 0 else t.paper
        )
        bands.append(_lane_band(ctx, lane, t.margin, y, inner_w, height, fill))
        rows.append(PosterRow(lane.id, y, height, row_items))
        y += height
    evidence_row = _evidence_row(ctx, snap, columns)
    if evidence_row:
        row_items, height = evidence_row
        bands.append(_plain_band(ctx, ctx.words("evidence"), t.margin, y, inner_w, height))
        rows.append(PosterRow(EVIDENCE_ROW, y, height, row_items))
        y += height
    if flat:
        for row in rows:
            body.extend(placed_row(ctx, row.ref, row.items, row.y))
    if not columns or not lanes:
        body.append(_empty_note(ctx, t.margin, y + 20, inner_w))
        y += 80
    separators = [
        Line(c.x - t.column_gap / 2, grid_start, c.x - t.column_gap / 2, y, t.grid, t.rule)
        for c in columns[1:]
    ]
    grid = Item("grid", "", Rect(t.margin, grid_start, inner_w, y - grid_start), tuple(separators))
    if any(lane.kind == "metrics" for lane in lanes):
        ctx.marks.add("metrics")
    legend = legend_item(ctx, t.margin, y + 16, inner_w)
    height = legend.rect.bottom + t.margin
    background = Item(
        "background", "", Rect(0, 0, width, height), (Box(0, 0, width, height, fill=t.paper),)
    )
    items = (background, header, *bands, grid, *body, legend)
    persona = snap.persona.name if snap.persona else ""
    subject = ctx.words("persona") + " : " + persona if persona else snap.journey.context[:200]
    return Poster(
        width=width,
        height=height,
        items=items,
        assets=snap.assets,
        title=snap.journey.title or snap.project.title,
        author=snap.project.author,
        subject=subject,
        language=snap.project.language,
        column=column,
        rows=tuple(rows),
    )


def fit_poster(
    snap: JourneySnapshot,
    paper: tuple[float, float],
    theme: Theme = DEFAULT_THEME,
    today: date | None = None,
) -> Poster:
    """The layout whose proportions best match `paper` (w, h in points), so that scaled to fit
    it prints the largest type. Column width is searched by bisection on the aspect ratio."""
    measure = TextMeasurer()
    target = paper[0] / paper[1]
    low, high = COLUMN_RANGE

    def attempt(column: float) -> Poster:
        return layout_poster(snap, theme, column, today, measure)

    best = attempt(theme.column)
    if not snap.stages:
        return best

    def scale(poster: Poster) -> float:
        return min(paper[0] / poster.width, paper[1] / poster.height)

    def miss(poster: Poster) -> float:
        return math.log(poster.width / poster.height / target)

    # width grows with the column and height shrinks with it: the aspect goes roughly as
    # column^1.4 (measured on the sample and workshop maps); start from that guess, then refine
    # by secant steps on log(column). Within 4 % of the paper's aspect, the type is within 2 %
    # of the largest possible, which nobody sees.
    previous, current = best, None
    guess = theme.column * math.exp(-miss(best) / 1.4)
    tries = 4 if snap.card_count > 500 else 8  # small maps are cheap to lay out again
    for _ in range(tries):
        if abs(miss(previous)) < 0.04:
            break
        if miss(previous) < 0:
            low = max(low, previous.column)
        else:
            high = min(high, previous.column)
        if not low < guess < high:  # the secant left the bracket: bisect instead
            guess = math.sqrt(low * high)
        if high - low < 2 or (current is not None and abs(guess - current.column) < 1):
            break
        current = attempt(guess)
        if scale(current) > scale(best):
            best = current
        step = miss(current) - miss(previous)
        run = math.log(current.column) - math.log(previous.column)
        slope = step / run if abs(run) > 1e-9 else 0.0
        guess = current.column * math.exp(-miss(current) / (slope if slope > 0.2 else 1.4))
        previous = current
    return best


def _stage_headers(
    ctx: Context, stages: tuple[StageInfo, ...], columns: tuple[Column, ...], y: float
) -> tuple[list[Item], float]:
    t = ctx.theme
    drafts: list[tuple[StageInfo, Column, list[Op], float]] = []
    for number, (stage, col) in enumerate(zip(stages, columns, strict=True), start=1):
        ops: list[Op] = []
        accent = stage.colour or t.ink
        ops.append(Box(col.x, y, col.w, 4, fill=accent, radius=1))
        disc = 22.0
        ops.append(Circle(col.x + disc / 2, y + 14 + disc / 2, disc / 2, fill=accent))
        label = str(number)
        lw = ctx.measure.width(label, "bold", t.small * 1.1)
        ctx.line_text(
            ops,
            label,
            "bold",
            t.small * 1.1,
            ink_on(accent, t),
            col.x + (disc - lw) / 2,
            y + 14 + (disc - t.line(t.small * 1.1)) / 2,
        )
        tx = col.x + disc + 8
        words = stage.title.split()
        if any(ctx.measure.width(word, "bold", t.heading) > col.x + col.w - tx for word in words):
            used = disc + 18  # a word too long beside the number: the title goes under it
            used += ctx.text(ops, stage.title, "bold", t.heading, t.ink, col.x, y + used, col.w)
        else:
            used = ctx.text(
                ops, stage.title, "bold", t.heading, t.ink, tx, y + 12, col.x + col.w - tx
            )
            used = max(used + 12, disc + 14)
        if stage.description:
            used += 4 + ctx.text(
                ops, stage.description, "regular", t.small, t.ink_soft, col.x, y + used + 4, col.w
            )
        drafts.append((stage, col, ops, used))
    height = max(d[3] for d in drafts) + 12
    items = [
        Item("stage", stage.id, Rect(col.x, y, col.w, height), tuple(ops))
        for stage, col, ops, _ in drafts
    ]
    return items, y + height


def _lane_row(
    ctx: Context, snap: JourneySnapshot, lane: LaneInfo, columns: tuple[Column, ...]
) -> tuple[tuple[Item, ...], float]:
    """The items of one lane (laid out at y = 0), and the lane's height."""
    if lane.kind == "emotion":
        points = snap.points(lane.id)
        moments = tuple(p.card_id in ctx.moments for p in points)
        return cached_row(
            ctx,
            lane.id,
            (lane, points, moments, columns),
            lambda own: _emotion_row(own, lane, points, columns, 0.0),
        )
    cells = tuple(snap.cards(lane.id, s.id) for s in snap.stages)
    metrics = tuple(s.metrics for s in snap.stages) if lane.kind == "metrics" else ()
    return cached_row(
        ctx,
        lane.id,
        (lane, cells, metrics, columns),
        lambda own: _grid_row(own, snap, lane, columns, 0.0),
    )


def _emotion_row(
    ctx: Context,
    lane: LaneInfo,
    points: tuple[EmotionPointInfo, ...],
    columns: tuple[Column, ...],
    y: float,
) -> tuple[list[Item], float]:
    ctx.marks.add("curve")
    height = emotion_height(ctx, lane.height)
    return emotion_items(ctx, lane.id, points, columns, y, height), height


def _grid_row(
    ctx: Context, snap: JourneySnapshot, lane: LaneInfo, columns: tuple[Column, ...], y: float
) -> tuple[list[Item], float]:
    """A lane of cards (and metrics, in a metrics lane), flowing in columns in each cell."""
    t = ctx.theme
    items: list[Item] = []
    tallest = 0.0
    crowd = max(
        (
            len(snap.cards(lane.id, s.id)) + (len(s.metrics) if lane.kind == "metrics" else 0)
            for s in snap.stages
        ),
        default=1,
    )
    for stage, col in zip(snap.stages, columns, strict=True):
        cx, cw = col.x + t.cell_pad * 0.5, col.w - t.cell_pad
        flows = max(1, min(crowd, int((cw + t.card_gap) / (MIN_CARD + t.card_gap))))
        fw = (cw - (flows - 1) * t.card_gap) / flows
        bottoms = [y + t.cell_pad] * flows
        entries: list = list(stage.metrics) if lane.kind == "metrics" else []
        entries.extend(snap.cards(lane.id, stage.id))
        for index, entry in enumerate(entries):
            flow = index % flows if index < flows else _shortest(bottoms)
            fx = cx + flow * (fw + t.card_gap)
            if isinstance(entry, CardInfo):
                item = card_item(ctx, entry, lane.kind, fx, bottoms[flow], fw)
            else:
                item = metric_item(ctx, entry, fx, bottoms[flow], fw)
            items.append(item)
            bottoms[flow] = item.rect.bottom + t.card_gap
        tallest = max(tallest, max(bottoms) - y - t.card_gap)
    height = max(lane.height * t.row_unit, tallest + t.cell_pad, _lane_title_height(ctx, lane))
    return items, height


def _shortest(bottoms: list[float]) -> int:
    """The flow a card goes to: the shortest, the first of those equal but for rounding (so
    that where a card lands never depends on the last bits of a sum)."""
    low = min(bottoms)
    first = bottoms.index(low)
    for index in range(first):
        if bottoms[index] <= low + 1e-6:
            return index
    return first


def _lane_title_height(ctx: Context, lane: LaneInfo) -> float:
    t = ctx.theme
    return 12 + 16 + 6 + ctx.text_height(lane.title, "bold", t.lane_title, t.lane_header - 18) + 12


def _lane_band(
    ctx: Context, lane: LaneInfo, x: float, y: float, w: float, h: float, fill: str
) -> Item:
    t = ctx.theme
    accent = lane.colour or t.accent(lane.kind)
    ops: list[Op] = [Box(x, y, w, h, fill=fill), Line(x, y, x + w, y, t.hairline, t.rule)]
    ops.append(Box(x, y + 6, 3.5, h - 12, fill=accent))
    size = 16.0
    ops.extend(lane_icon(ctx, lane.kind, x + 12, y + 12, size, accent))
    tx, tw = x + 12, t.lane_header - 18
    ctx.text(ops, lane.title, "bold", t.lane_title, t.ink, tx, y + 12 + size + 6, tw)
    if lane.kind == "emotion":
        ops.extend(axis_ops(ctx, x, t.lane_header, y, h))
    return Item("lane", lane.id, Rect(x, y, w, h), tuple(ops))


def _plain_band(ctx: Context, title: str, x: float, y: float, w: float, h: float) -> Item:
    t = ctx.theme
    ops: list[Op] = [Box(x, y, w, h, fill=t.paper), Line(x, y, x + w, y, t.hairline, t.rule)]
    ctx.text(ops, title, "bold", t.lane_title, t.ink, x + 12, y + 12, t.lane_header - 18)
    return Item("lane", "evidence", Rect(x, y, w, h), tuple(ops))


def _evidence_row(
    ctx: Context, snap: JourneySnapshot, columns: tuple[Column, ...]
) -> tuple[tuple[Item, ...], float] | None:
    """Verbatims attached to stages or emotion points, under their stage."""
    per_stage: dict[str, list] = {s.id: list(s.evidence) for s in snap.stages}
    for points in snap.emotion_points.values():
        for p in points:
            per_stage.get(p.stage_id, []).extend(p.evidence)
    if not any(per_stage.values()):
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
            if evidence.kind == "photo":
                continue
            ops: list[Op] = []
            cx, cw = col.x + t.cell_pad * 0.5, col.w - t.cell_pad
            used = evidence_block(ctx, ops, evidence, cx, cy, cw, t.ink_soft)
            items.append(Item("evidence", evidence.id, Rect(cx, cy, cw, used), tuple(ops)))
            cy += used + t.card_gap
        tallest = max(tallest, cy - y)
    return items, max(tallest + t.cell_pad, t.row_unit)


def _empty_note(ctx: Context, x: float, y: float, w: float) -> Item:
    ops: list[Op] = []
    ctx.text(ops, ctx.words("empty"), "italic", ctx.theme.heading, ctx.theme.ink_soft, x, y, w)
    return Item("empty", "", Rect(x, y, w, 40), tuple(ops))
