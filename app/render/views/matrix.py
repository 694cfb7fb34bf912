"""The opportunity matrix: every opportunity placed by impact (up) and effort (right).

The plot has one band per score (1 to 5) on each axis; the middle line falls between 2 and 3,
so a score of 3 counts as high impact and as high effort (app/model/analysis.py). The four
quadrants carry the users' names. Opportunities that share a score are spread in a small grid
inside their band, so dots never overlap; each dot carries its rank in the action plan, and
the ranked list beside the plot names them (labels beside dots would collide on a crowded
matrix; numbers inside dots cannot).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from app.model.analysis import QUADRANTS, Opportunity

from ..layout import Poster
from ..ops import Box, Circle, Item, Line, Op, Rect, Text
from ..theme import DEFAULT_THEME, Theme, ink_on, mix
from .page import HEIGHT, MARGIN, WIDTH, PageContext, foot, stamp, title_block, view_poster

SCORES = 5
SPLIT = 2  # the middle line, in bands from the low end: between the scores 2 and 3
QUADRANT_FILLS = {
    "quick_win": "#E3F2E8",
    "major_project": "#E4ECF6",
    "fill_in": "#F2F3F5",
    "thankless": "#F8E7E2",
}
JOURNEY_COLOURS = ("#27507C", "#9A6500", "#2C7A52", "#8C4A3C", "#6A5ACD", "#2E7D6B")
STATUS_COLOURS = {
    "": "#56616E",
    "idea": "#27507C",
    "planned": "#6A5ACD",
    "in_progress": "#9A6500",
    "done": "#2C7A52",
}


def dot_colour(opportunity: Opportunity, journeys: Sequence[str], by: str) -> str:
    """A dot's colour: its journey's (one colour per journey), or its status's."""
    if by == "status":
        return STATUS_COLOURS.get(opportunity.card.status, STATUS_COLOURS[""])
    index = journeys.index(opportunity.journey.id) if opportunity.journey.id in journeys else 0
    return JOURNEY_COLOURS[index % len(JOURNEY_COLOURS)]


def plot_rect(top: float) -> Rect:
    """The square plot below the title block, left of the ranked list."""
    side = min(HEIGHT - top - MARGIN - 80, WIDTH * 0.52)
    return Rect(MARGIN + 48, top + 22, side, side)


def score_at(plot: Rect, x: float, y: float) -> tuple[int, int]:
    """(impact, effort) of a point of the plot (a dragged dot's new scores)."""
    effort = 1 + int(max(0.0, min(SCORES - 1e-9, (x - plot.x) / plot.w * SCORES)))
    impact = SCORES - int(max(0.0, min(SCORES - 1e-9, (y - plot.y) / plot.h * SCORES)))
    return impact, effort


def dot_places(
    opportunities: Sequence[Opportunity], plot: Rect
) -> dict[str, tuple[float, float, float]]:
    """Card id -> (x, y, radius): opportunities of one band spread in a grid inside it."""
    band_w, band_h = plot.w / SCORES, plot.h / SCORES
    by_band: dict[tuple[int, int], list[Opportunity]] = {}
    for opportunity in opportunities:
        impact, effort = opportunity.card.impact, opportunity.card.effort
        if impact is not None and effort is not None:
            by_band.setdefault((impact, effort), []).append(opportunity)
    places = {}
    for (impact, effort), here in by_band.items():
        columns = math.ceil(math.sqrt(len(here)))
        rows = math.ceil(len(here) / columns)
        cell_w, cell_h = band_w / columns, band_h / rows
        radius = min(13.0, cell_w * 0.42, cell_h * 0.42)
        left = plot.x + (effort - 1) * band_w
        top = plot.y + (SCORES - impact) * band_h
        for index, opportunity in enumerate(sorted(here, key=lambda o: o.priority)):
            row, column = divmod(index, columns)
            places[opportunity.card.id] = (
                left + (column + 0.5) * cell_w,
                top + (row + 0.5) * cell_h,
                radius,
            )
    return places


def layout_matrix(
    opportunities: Sequence[Opportunity],
    journeys: Sequence,
    language: str,
    file_name: str = "",
    today: date | None = None,
    colour_by: str = "journey",
    theme: Theme = DEFAULT_THEME,
) -> Poster:
    """The matrix page of these opportunities (ranked, see `app.model.analysis`)."""
    page = PageContext.new(language, theme)
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    scored = [o for o in opportunities if o.quadrant != "unscored"]
    counts = {q: sum(o.quadrant == q for o in opportunities) for q in QUADRANTS}
    subtitle = " · ".join(
        [words("opportunities_n", count=len(opportunities))]
        + [f"{words(q)} {counts[q]}" for q in QUADRANTS if counts[q]]
    )
    head, top = title_block(page, "matrix", journeys, subtitle)
    plot = plot_rect(top)
    items: list[Item] = [head, _plot_frame(page, plot)]
    journey_ids = [j.id for j in journeys]
    for card_id, (x, y, r) in dot_places(scored, plot).items():
        opportunity = next(o for o in scored if o.card.id == card_id)
        colour = dot_colour(opportunity, journey_ids, colour_by)
        ops: list[Op] = [Circle(x, y, r, fill=colour, stroke=t.paper, width=1.2)]
        label = str(opportunity.priority)
        size = min(t.small, r * 1.05 / max(1, len(label) * 0.6))
        if size >= 4:
            w = ctx.measure.width(label, "bold", size)
            ops.append(Text(x - w / 2, y + size * 0.36, label, "bold", size, ink_on(colour, t)))
        items.append(Item("matrix-dot", card_id, Rect(x - r, y - r, 2 * r, 2 * r), tuple(ops)))
    items.append(_ranked_list(page, opportunities, plot, journeys, colour_by))
    items.append(foot(page, stamp(page, file_name, today), HEIGHT))
    title = f"{words('matrix')} — " + " · ".join(j.title for j in journeys)
    return view_poster(page, items, title, language)


def _plot_frame(page: PageContext, plot: Rect) -> Item:
    """Quadrants, their names, the score bands and the two axes."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    split_x = plot.x + SPLIT / SCORES * plot.w
    split_y = plot.y + (SCORES - SPLIT) / SCORES * plot.h
    regions = {
        "quick_win": (plot.x, plot.y, split_x - plot.x, split_y - plot.y),
        "major_project": (split_x, plot.y, plot.right - split_x, split_y - plot.y),
        "fill_in": (plot.x, split_y, split_x - plot.x, plot.bottom - split_y),
        "thankless": (split_x, split_y, plot.right - split_x, plot.bottom - split_y),
    }
    ops: list[Op] = []
    for name, (x, y, w, h) in regions.items():
        ops.append(Box(x, y, w, h, fill=QUADRANT_FILLS[name]))
    for n in range(1, SCORES):
        ops.append(
            Line(
                plot.x + n * plot.w / SCORES,
                plot.y,
                plot.x + n * plot.w / SCORES,
                plot.bottom,
                mix(t.grid, t.paper, 0.2),
                0.5,
            )
        )
        ops.append(
            Line(
                plot.x,
                plot.y + n * plot.h / SCORES,
                plot.right,
                plot.y + n * plot.h / SCORES,
                mix(t.grid, t.paper, 0.2),
                0.5,
            )
        )
    ops.append(Line(split_x, plot.y, split_x, plot.bottom, t.ink_faint, 1.2, dash=(4.0, 3.0)))
    ops.append(Line(plot.x, split_y, plot.right, split_y, t.ink_faint, 1.2, dash=(4.0, 3.0)))
    ops.append(Box(plot.x, plot.y, plot.w, plot.h, stroke=t.ink_soft, width=1.0))
    size = t.label * 1.15
    for name, (x, y, w, _h) in regions.items():
        bottom_row = name in ("fill_in", "thankless")
        ty = (plot.bottom - t.line(size) - 6) if bottom_row else y + 6
        ctx.text(ops, words(name).upper(), "bold", size, t.ink_soft, x + 8, ty, w - 16)
    for score in range(1, SCORES + 1):  # scale marks
        label = str(score)
        cx = plot.x + (score - 0.5) * plot.w / SCORES
        cw = ctx.measure.width(label, "regular", t.small)
        ctx.line_text(ops, label, "regular", t.small, t.ink_soft, cx - cw / 2, plot.bottom + 4)
        cy = plot.y + (SCORES - score + 0.5) * plot.h / SCORES - t.line(t.small) / 2
        ctx.line_text(ops, label, "regular", t.small, t.ink_soft, plot.x - 16, cy)
    axis = t.label * 1.2
    effort = f"{words('effort_axis')} →  ({words('low')} … {words('high')})"
    ew = ctx.measure.width(effort, "bold", axis)
    ctx.line_text(ops, effort, "bold", axis, t.ink, plot.x + (plot.w - ew) / 2, plot.bottom + 20)
    impact = f"↑ {words('impact_axis')}"
    ctx.line_text(ops, impact, "bold", axis, t.ink, plot.x - 44, plot.y - t.line(axis) - 4)
    return Item("matrix-plot", "", plot, tuple(ops))


def _ranked_list(
    page: PageContext,
    opportunities: Sequence[Opportunity],
    plot: Rect,
    journeys: Sequence,
    colour_by: str,
) -> Item:
    """The opportunities in the plan's order, by quadrant, as far as the page holds them."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    x = plot.right + 40
    w = WIDTH - MARGIN - x
    y, bottom = plot.y - 4, HEIGHT - MARGIN - 24
    ops: list[Op] = []
    if not opportunities:
        ctx.text(ops, words("none_yet"), "italic", t.body * 1.2, t.ink_soft, x, y, w)
        return Item("matrix-list", "", Rect(x, y, w, bottom - y), tuple(ops))
    journey_ids = [j.id for j in journeys]
    size = t.body * (1.35 if len(opportunities) <= 30 else 1.0 if len(opportunities) <= 60 else 0.9)
    step = t.line(size)
    shown = 0
    for name in QUADRANTS:
        group = [o for o in opportunities if o.quadrant == name]
        if not group:
            continue
        if y + 2 * step > bottom:
            break
        y += 6 + ctx.text(ops, words(name).upper(), "bold", t.label, t.ink_soft, x, y + 6, w)
        for opportunity in group:
            if y + step > bottom:
                break
            colour = dot_colour(opportunity, journey_ids, colour_by)
            ops.append(Circle(x + 5, y + step / 2, 4.5, fill=colour))
            line = f"{opportunity.priority}  {opportunity.card.title or '—'}"
            where = f"  ({opportunity.stage_number}. {opportunity.stage.title})"
            text = ctx.ellipsis(line + where, "regular", size, w - 16)
            if ctx.measure.width(line + where, "regular", size) <= w - 16:
                text = line + where
            ctx.line_text(ops, text, "regular", size, t.ink, x + 16, y)
            y += step
            shown += 1
    if shown < len(opportunities):
        rest = len(opportunities) - shown
        more = f"… +{rest} ({words('plan')})"
        ctx.line_text(ops, more, "italic", size, t.ink_soft, x + 16, min(y, bottom))
    return Item("matrix-list", "", Rect(x, plot.y, w, bottom - plot.y), tuple(ops))
