"""The action plan: the opportunities as a table, in the order to act, on as many pages as
needed, the header row repeated on each page.

Columns: rank, opportunity, journey (when there are several), stage, the pains and moments of
truth of that stage, impact, effort, priority (the matrix's quadrant), owner, status, due date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.model.analysis import Opportunity

from ..layout import Poster
from ..ops import Box, Item, Line, Op, Rect
from ..theme import DEFAULT_THEME, Theme
from .page import HEIGHT, MARGIN, WIDTH, PageContext, foot, stamp, title_block, view_poster


@dataclass(frozen=True)
class PlanColumn:
    key: str
    share: float  # of the table's width


COLUMNS = (
    PlanColumn("priority", 0.04),
    PlanColumn("opportunity", 0.25),
    PlanColumn("journey", 0.10),
    PlanColumn("stage", 0.11),
    PlanColumn("related", 0.19),
    PlanColumn("impact", 0.05),
    PlanColumn("effort", 0.05),
    PlanColumn("quadrant", 0.08),
    PlanColumn("owner", 0.07),
    PlanColumn("status", 0.06),
    PlanColumn("due", 0.06),
)


def plan_cells(
    opportunity: Opportunity, words: PageContext, several_journeys: bool
) -> dict[str, str]:
    """The text of each column for one opportunity (also what CSV and XLSX exports write)."""
    w = words.words
    card = opportunity.card
    related = "; ".join(
        ("★ " if c.moment_of_truth else "− ") + (c.title or "—") for c in opportunity.related
    )
    status = w(f"status_{card.status}") if card.status else ""
    return {
        "priority": str(opportunity.priority),
        "opportunity": card.title or "—",
        "journey": opportunity.journey.title if several_journeys else "",
        "stage": f"{opportunity.stage_number}. {opportunity.stage.title}",
        "related": related,
        "impact": "" if card.impact is None else str(card.impact),
        "effort": "" if card.effort is None else str(card.effort),
        "quadrant": w(f"{opportunity.quadrant}_1"),
        "owner": card.owner,
        "status": status,
        "due": card.due_date,
    }


def layout_plan(
    opportunities: Sequence[Opportunity],
    journeys: Sequence,
    language: str,
    file_name: str = "",
    today: date | None = None,
    theme: Theme = DEFAULT_THEME,
) -> list[Poster]:
    """The plan's pages (at least one, which says when there is nothing to plan)."""
    page = PageContext.new(language, theme)
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    several = len(journeys) > 1
    columns = [c for c in COLUMNS if several or c.key != "journey"]
    total = sum(c.share for c in columns)
    x0, width = MARGIN, WIDTH - 2 * MARGIN
    lefts, widths, x = [], [], x0
    for column in columns:
        w = width * column.share / total
        lefts.append(x)
        widths.append(w)
        x += w
    size, pad = t.body * 1.05, 5.0
    step = t.line(size)
    rows = [plan_cells(o, page, several) for o in opportunities]
    heights = [
        max(
            len(ctx.measure.wrap(row[c.key], "regular", size, w - 2 * pad)) or 1
            for c, w in zip(columns, widths, strict=True)
        )
        * step
        + 2 * pad
        for row in rows
    ]
    pages: list[list[int]] = [[]]
    head, top = title_block(page, "plan", journeys, words("opportunities_n", count=len(rows)))
    header_h = step + 2 * pad
    bottom = HEIGHT - MARGIN - 24
    y = top + header_h
    for index, h in enumerate(heights):
        if y + h > bottom and pages[-1]:
            pages.append([])
            y = top + header_h
        pages[-1].append(index)
        y += h
    posters = []
    for number, indexes in enumerate(pages, start=1):
        ops: list[Op] = [Box(x0, top, width, header_h, fill=t.band)]
        for column, left, w in zip(columns, lefts, widths, strict=True):
            ctx.text(
                ops, words(column.key), "bold", size, t.ink, left + pad, top + pad, w - 2 * pad
            )
        y = top + header_h
        if not rows:
            ctx.text(ops, words("none_yet"), "italic", size, t.ink_soft, x0 + pad, y + pad, width)
        for index in indexes:
            row, h = rows[index], heights[index]
            if index % 2:
                ops.append(Box(x0, y, width, h, fill="#FAFBFC"))
            for column, left, w in zip(columns, lefts, widths, strict=True):
                style = "semibold" if column.key in ("opportunity", "priority") else "regular"
                ctx.text(ops, row[column.key], style, size, t.ink, left + pad, y + pad, w - 2 * pad)
            y += h
            ops.append(Line(x0, y, x0 + width, y, t.hairline, t.rule))
        table = Item("plan-table", str(number), Rect(x0, top, width, y - top), tuple(ops))
        footer = f"{stamp(page, file_name, today)} · {words('page', page=number, pages=len(pages))}"
        title = f"{words('plan')} — " + " · ".join(j.title for j in journeys)
        posters.append(
            view_poster(page, [head, table, foot(page, footer, HEIGHT)], title, language)
        )
    return posters
