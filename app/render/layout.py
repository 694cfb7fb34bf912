"""One journey as a poster: stage columns, lane rows, cards, curve, head and legend, in points.

`layout_poster` is a pure function of a `JourneySnapshot` and a `Theme`; the canvas and the
PDF, PNG and SVG writers draw its `Poster` without measuring anything themselves. The canvas
lays out at the user's stage widths and lane heights; a poster for paper is fitted by
`app.render.fit.fit_poster`, which chooses the column widths, trims lanes to their content and
may ask for the simplified density.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain

from app.model.snapshot import AssetData, JourneySnapshot, LaneInfo, StageInfo

from .blocks import Context
from .blueprint import blueprint_items
from .cache import EVIDENCE_ROW, HEAD, LayoutCache, cached_item, placed_row
from .connections import connection_items
from .emotion import Column
from .fonts import TextMeasurer
from .grid import empty_note, evidence_row, lane_band, lane_row, plain_band, stage_headers
from .header import header_item, legend_item
from .labels import Words
from .ops import Box, Item, Line, Rect
from .pause import without_collector
from .theme import DEFAULT_THEME, Theme, mix

MIN_WIDTH = 960.0
DETAILED, SIMPLIFIED = "detailed", "simplified"
DENSITIES = (DETAILED, SIMPLIFIED)
"""Detailed: everything the map holds. Simplified (for a wall read in passing): stage and card
titles, the marks, the curve, moments of truth, key touchpoints and metrics."""


@dataclass(frozen=True)
class PosterRow:
    """One lane of the grid (or the evidence row), laid out at y = 0 and placed at `y`."""

    ref: str  # the lane's id, or "evidence"
    y: float
    height: float
    items: tuple[Item, ...]  # with y relative to the row's top
    parts: tuple[tuple[Item, ...], ...] = ()  # `items` cell by cell, when laid out by cell


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
    density: str = DETAILED
    paper: str = "#FFFFFF"  # the background's colour, which a print's bleed continues
    rows: tuple[PosterRow, ...] = ()

    def find(self, kind: str, ref: str | None = None) -> list[Item]:
        return [i for i in self.items if i.kind == kind and (ref is None or i.ref == ref)]


@without_collector
def layout_poster(
    snap: JourneySnapshot,
    theme: Theme = DEFAULT_THEME,
    column: float | None = None,
    today: date | None = None,
    measure: TextMeasurer | None = None,
    cache: LayoutCache | None = None,
    *,
    density: str = DETAILED,
    widths: Mapping[str, float] | None = None,
    trim: bool = False,
    flat: bool = True,
    sheet: bool = True,
    evidence_counts: bool = False,
) -> Poster:
    """Lay out the whole poster with stage columns `column` points wide per grid unit (or
    `widths` points, by stage id); `trim` makes lanes as tall as their content.

    The editing canvas lays out without the printed sheet's head (title, context, persona) and
    foot (legend, date and file of the export): `sheet=False`; and with `evidence_counts`,
    each card, stage and emotion point shows how many photos and quotes it holds, on a line
    of its own.

    `measure` and `cache`, when the caller keeps them from one layout to the next, make a new
    layout of a slightly changed journey cost little more than the cards that changed (the
    cache serves the canvas: detailed, at the user's widths). With `flat=False`, `items`
    leaves out the rows' items (they are in `rows`, at y = 0)."""
    t = theme
    ctx = new_context(snap, theme, measure, density, trim)
    ctx.evidence_counts = evidence_counts
    if cache is not None and density == DETAILED and widths is None and not trim:
        cache.start(snap, theme, evidence_counts)
        ctx.cache = cache
    column = column or t.column
    columns = stage_columns(snap.stages, theme, column, widths)
    lanes = poster_lanes(ctx, snap)
    x = columns[-1].x + columns[-1].w if columns else t.margin + t.lane_header
    width = max(x + t.margin, MIN_WIDTH)
    inner_w = width - 2 * t.margin

    body: list[Item] = []
    today = today or date.today()
    head: list[Item] = []
    if sheet:  # the printed sheet's head; the canvas has none
        persona_photo = snap.persona.photo_sha256 if snap.persona else None
        look = (snap.journey, snap.project, snap.persona, persona_photo, inner_w, today)
        head = [
            cached_item(  # an edit of a card leaves the head as it was
                ctx,
                HEAD,
                look,
                t.margin,
                t.margin,
                lambda own: header_item(own, snap, t.margin, t.margin, inner_w, today),
            )
        ]
    y = head[0].rect.bottom + 18 if head else t.margin
    if columns:
        stage_items, y = stage_headers(ctx, snap.stages, columns, y)
        body.extend(stage_items)
    grid_start = y
    bands: list[Item] = []
    rows: list[PosterRow] = []
    for index, lane in enumerate(lanes):
        parts, height = lane_row(ctx, snap, lane, columns)
        fill = (lane.colour and mix(lane.colour, t.paper, 0.86)) or (
            t.band if index % 2 == 0 else t.paper
        )
        bands.append(lane_band(ctx, lane, t.margin, y, inner_w, height, fill))
        row_items = parts[0] if len(parts) == 1 else tuple(chain.from_iterable(parts))
        rows.append(PosterRow(lane.id, y, height, row_items, parts))
        y += height
    evidence = evidence_row(ctx, snap, columns)
    if evidence:
        row_items, height = evidence
        bands.append(plain_band(ctx, ctx.words("evidence"), t.margin, y, inner_w, height))
        rows.append(PosterRow(EVIDENCE_ROW, y, height, row_items))
        y += height
    if flat:
        for row in rows:
            body.extend(placed_row(ctx, row.ref, row.items, row.y))
    # arrows pass under the cards (a card's text stays whole), lines over the rows' bands
    arrows = connection_items(ctx, snap.connections, rows)
    tops = [(lane, row.y) for lane, row in zip(lanes, rows, strict=False)]
    lines = blueprint_items(ctx, tops, t.margin, inner_w)
    if not columns or not lanes:
        body.append(empty_note(ctx, t.margin, y + 20, inner_w))
        y += 80
    separators = [
        Line(c.x - t.column_gap / 2, grid_start, c.x - t.column_gap / 2, y, t.grid, t.rule)
        for c in columns[1:]
    ]
    grid = Item("grid", "", Rect(t.margin, grid_start, inner_w, y - grid_start), tuple(separators))
    if any(lane.kind == "metrics" for lane in lanes):
        ctx.marks.add("metrics")
    foot = [legend_item(ctx, t.margin, y + 16, inner_w, snap, today)] if sheet else []
    height = (foot[0].rect.bottom if foot else y) + t.margin
    background = Item(
        "background", "", Rect(0, 0, width, height), (Box(0, 0, width, height, fill=t.paper),)
    )
    items = (background, *head, *bands, grid, *arrows, *body, *lines, *foot)
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
        density=density,
        paper=t.paper,
        rows=tuple(rows),
    )


def new_context(
    snap: JourneySnapshot,
    theme: Theme,
    measure: TextMeasurer | None = None,
    density: str = DETAILED,
    trim: bool = False,
) -> Context:
    """The context every builder of one layout of `snap` shares."""
    ctx = Context(theme, Words(snap.project.language), measure or TextMeasurer(), snap.assets)
    ctx.simplified, ctx.trim = density == SIMPLIFIED, trim
    ctx.moments = (
        set(snap.moments)
        if snap.moments is not None
        else {c.id for cards in snap.cells.values() for c in cards if c.moment_of_truth}
    )
    ctx.referenced = {
        p.card_id for points in snap.emotion_points.values() for p in points if p.card_id
    }
    return ctx


def stage_columns(
    stages: Sequence[StageInfo],
    theme: Theme,
    column: float,
    widths: Mapping[str, float] | None = None,
) -> tuple[Column, ...]:
    """Where each stage's column stands: `widths` by stage id, else its grid units x `column`."""
    t = theme
    placed: list[Column] = []
    x = t.margin + t.lane_header + t.column_gap
    for stage in stages:
        if widths is not None and stage.id in widths:
            w = widths[stage.id]
        else:
            w = stage.width * column + (stage.width - 1) * t.column_gap
        placed.append(Column(stage.id, x, w))
        x += w + t.column_gap
    return tuple(placed)


def poster_lanes(ctx: Context, snap: JourneySnapshot) -> list[LaneInfo]:
    """The lanes drawn: the visible ones, less the storyboard in the simplified density."""
    return [
        lane
        for lane in snap.lanes
        if not lane.hidden and not (ctx.simplified and lane.kind == "images")
    ]
