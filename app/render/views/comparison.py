"""Two or more journeys compared on one page: their emotion curves overlaid on one axis (one
colour and one dash per journey, named in a legend), the stages matched across them, each
stage's metrics before → after (the change and the target), and the pains that disappear and
the gains that appear from the first journey to the others.
"""

from __future__ import annotations

from datetime import date

from app.model.comparison import Comparison

from ..curve import monotone_bezier
from ..layout import Poster
from ..ops import Box, Circle, Item, Line, Op, Path, Rect
from ..theme import DEFAULT_THEME, Theme
from .matrix import JOURNEY_COLOURS
from .page import HEIGHT, MARGIN, WIDTH, PageContext, foot, stamp, title_block, view_poster

DASHES: tuple[tuple[float, ...] | None, ...] = (None, (7.0, 4.0), (2.0, 3.0), (10.0, 3.0, 2.0, 3.0))


def layout_comparison(
    found: Comparison,
    file_name: str = "",
    today: date | None = None,
    theme: Theme = DEFAULT_THEME,
) -> Poster:
    base = found.journeys[0]
    language = base.project.language
    page = PageContext.new(language, theme)
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    journeys = [snap.journey for snap in found.journeys]
    head, top = title_block(page, "compare", journeys, "")
    x0, width = MARGIN + 40, WIDTH - 2 * MARGIN - 40
    columns = found.columns
    col_w = width / max(1, len(columns))
    plot_top, plot_h = top + 30, 230.0
    ops: list[Op] = [
        Box(x0, plot_top, width, plot_h / 2, fill=t.positive_zone),
        Box(x0, plot_top + plot_h / 2, width, plot_h / 2, fill=t.negative_zone),
    ]
    for value in (5, 0, -5):
        y = plot_top + (5 - value) / 10 * plot_h
        ops.append(
            Line(
                x0,
                y,
                x0 + width,
                y,
                t.ink_faint if value == 0 else t.hairline,
                0.8,
                dash=(5.0, 3.0) if value == 0 else None,
            )
        )
        label = ("+" if value > 0 else "") + words.number(value)
        ctx.line_text(ops, label, "regular", t.small, t.ink_soft, x0 - 28, y - t.line(t.small) / 2)
    for index in range(1, len(columns)):
        x = x0 + index * col_w
        ops.append(Line(x, plot_top, x, plot_top + plot_h, t.grid, 0.6))
    for j, points in enumerate(found.curves):
        colour = JOURNEY_COLOURS[j % len(JOURNEY_COLOURS)]
        xy = [(x0 + p.x * col_w, plot_top + (5 - p.value) / 10 * plot_h) for p in points]
        if len(xy) > 1:
            ops.append(
                Path(
                    tuple(monotone_bezier(xy)),
                    stroke=colour,
                    width=2.6,
                    bezier=True,
                    dash=DASHES[j % len(DASHES)],
                )
            )
        for x, y in xy:
            ops.append(Circle(x, y, 3.6, fill=colour, stroke=t.paper, width=1.0))
    y = plot_top + plot_h + 6
    stage_h = 0.0
    for index, column in enumerate(columns):
        stages = [s.title if s else words("unmatched") for s in column.stages]
        text = " / ".join(dict.fromkeys(stages)) if len(set(stages)) > 1 else stages[0]
        used = ctx.text(
            ops,
            f"{index + 1}. {text}",
            "bold",
            t.small,
            t.ink,
            x0 + index * col_w + 3,
            y,
            col_w - 6,
            max_lines=3,
        )
        stage_h = max(stage_h, used)
    legend_y = top
    lx = x0
    for j, journey in enumerate(journeys):  # legend above the plot
        colour = JOURNEY_COLOURS[j % len(JOURNEY_COLOURS)]
        ops.append(
            Line(lx, legend_y + 8, lx + 28, legend_y + 8, colour, 2.6, dash=DASHES[j % len(DASHES)])
        )
        lx += 34 + ctx.line_text(
            ops, journey.title or "—", "semibold", t.body, t.ink, lx + 34, legend_y
        )
        lx += 30
    curves = Item("compare-curves", "", Rect(x0, top, width, y + stage_h - top), tuple(ops))
    below = y + stage_h + 16
    items = [head, curves, _metrics(page, found, below, col_w, x0)]
    items.append(_changes(page, found, HEIGHT - MARGIN - 150))
    items.append(foot(page, stamp(page, file_name, today), HEIGHT))
    title = f"{words('compare')} — " + " · ".join(j.title for j in journeys)
    return view_poster(page, items, title, language)


def _metrics(page: PageContext, found: Comparison, top: float, col_w: float, x0: float) -> Item:
    """Under each stage, each journey's metrics: before → after, the change, the target."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    ops: list[Op] = []
    ctx.text(ops, words("metrics").upper(), "bold", t.label, t.curve, MARGIN, top, 400)
    bottoms = [top + t.line(t.label) + 4] * len(found.columns)
    n = words.number
    for change in found.metrics:
        metric = change.metric
        parts = [n(v) if v is not None else "?" for v in (metric.value_before, metric.value_after)]
        text = f"{metric.name} {parts[0]} → {parts[1]}"
        if change.delta is not None:
            text += f" ({'+' if change.delta >= 0 else ''}{n(change.delta)})"
        if metric.target is not None:
            text += " · " + words("target", value=n(metric.target))
        colour = JOURNEY_COLOURS[change.journey % len(JOURNEY_COLOURS)]
        x = x0 + change.column * col_w + 3
        y = bottoms[change.column]
        if y > HEIGHT - MARGIN - 170:
            continue
        ops.append(Box(x, y + 2, 3, t.line(t.small) - 4, fill=colour))
        bottoms[change.column] = y + ctx.text(
            ops, text, "regular", t.small, t.ink, x + 6, y, col_w - 12, max_lines=2
        )
    return Item(
        "compare-metrics", "", Rect(MARGIN, top, WIDTH - 2 * MARGIN, max(bottoms) - top), tuple(ops)
    )


def _changes(page: PageContext, found: Comparison, top: float) -> Item:
    """Pains gone (left) and gains new (right), from the first journey to the others."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    ops: list[Op] = []
    half = (WIDTH - 2 * MARGIN) / 2
    for index, (key, cards, colour) in enumerate(
        (("pains_gone", found.pains_gone, t.pain), ("gains_new", found.gains_new, t.gain))
    ):
        x, y = MARGIN + index * half, top
        y += 4 + ctx.text(
            ops, f"{words(key)} ({len(cards)})".upper(), "bold", t.label, colour, x, y, half - 20
        )
        for column, card in cards[:7]:
            stage = found.columns[column].title
            y += ctx.text(
                ops,
                f"− {card.title} ({stage})" if key == "pains_gone" else f"+ {card.title} ({stage})",
                "regular",
                t.body,
                t.ink,
                x,
                y,
                half - 20,
                max_lines=1,
            )
        if len(cards) > 7:
            ctx.text(ops, f"… +{len(cards) - 7}", "italic", t.small, t.ink_soft, x, y, half - 20)
    return Item("compare-changes", "", Rect(MARGIN, top, WIDTH - 2 * MARGIN, 130), tuple(ops))
