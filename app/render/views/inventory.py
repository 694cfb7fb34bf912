"""The touchpoint inventory: every touchpoint of a journey by channel (rows) and stage
(columns), with the counts the method reads ("inventory 100 % of the touchpoints, then keep the
key ones"): direct and indirect, physical and digital, current and future, and the stages no
touchpoint serves, flagged.
"""

from __future__ import annotations

from datetime import date

from app.model.analysis import Inventory, Touchpoint
from app.model.snapshot import JourneySnapshot

from ..layout import Poster
from ..ops import Box, Item, Line, Op, Rect
from ..theme import DEFAULT_THEME, Theme, mix
from .page import HEIGHT, MARGIN, WIDTH, PageContext, foot, stamp, title_block, view_poster

FLAG = "#9E3623"  # a stage without any touchpoint
GAP = 5.0  # between two touchpoints of one cell


def layout_inventory(
    snap: JourneySnapshot,
    found: Inventory,
    file_name: str = "",
    today: date | None = None,
    theme: Theme = DEFAULT_THEME,
) -> Poster:
    language = snap.project.language
    page = PageContext.new(language, theme)
    t, words = page.ctx.theme, page.words
    total = len(found.touchpoints)
    figures = [
        words("touchpoints_n", count=total),
        f"{found.direct} {words('direct')} · {found.indirect} {words('indirect')}",
        f"{found.physical} {words('physical')} · {found.digital} {words('digital')}",
        f"{found.current} {words('current')} · {found.future} {words('future')}",
    ]
    key = sum(bool(tp.card.key_touchpoint) for tp in found.touchpoints)
    if key:
        figures.append(f"★ {key}")
    head, top = title_block(page, "inventory", [snap.journey], " · ".join(figures))
    channels = sorted(found.by_channel, key=lambda c: (c == "", -found.by_channel[c], c))
    for k in (1.6, 1.4, 1.2, 1.0, 0.85, 0.7):  # the largest type the page holds
        ops, fits = _grid(page, snap, found, channels, top, t.small * k)
        if fits:
            break
    grid = Item(
        "inventory-grid", "", Rect(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top), tuple(ops)
    )
    title = f"{words('inventory')} — {snap.journey.title}"
    items = [head, grid, foot(page, stamp(page, file_name, today), HEIGHT)]
    return view_poster(page, items, title, language, snap.project.author)


def _grid(
    page: PageContext,
    snap: JourneySnapshot,
    found: Inventory,
    channels: list[str],
    top: float,
    size: float,
) -> tuple[list[Op], bool]:
    """Channels by stages at this type size; whether every channel fitted on the page."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    language = snap.project.language
    total = len(found.touchpoints)
    stages = snap.stages
    label_w = 150.0
    x0, width = MARGIN, WIDTH - 2 * MARGIN
    col_w = (width - label_w - 60) / max(1, len(stages))
    step = t.line(size)
    fits = True
    ops: list[Op] = []
    y = top
    header_h = 0.0
    for index, stage in enumerate(stages):  # stage headers, flagged when empty
        x = x0 + label_w + index * col_w
        empty = not found.by_stage.get(stage.id)
        colour = FLAG if empty else t.ink
        used = ctx.text(
            ops,
            f"{index + 1}. {stage.title}",
            "bold",
            size,
            colour,
            x + 3,
            y,
            col_w - 6,
            max_lines=3,
        )
        header_h = max(header_h, used)
    ctx.text(
        ops, words("total"), "bold", size, t.ink, x0 + label_w + len(stages) * col_w + 4, y, 56
    )
    y += header_h + 6
    ops.append(Line(x0, y, x0 + width, y, t.ink_soft, 0.8))
    bottom = HEIGHT - MARGIN - 24
    for channel in channels:
        in_row = [tp for tp in found.touchpoints if tp.card.channel == channel]
        cells = [[tp for tp in in_row if tp.stage.id == s.id] for s in stages]
        texts = [[_label(tp) for tp in cell[:6]] for cell in cells]
        lines = max(
            (
                sum(ctx.text_height(x, "regular", size, col_w - 8) for x in cell) + GAP * len(cell)
                for cell in texts
            ),
            default=0.0,
        )
        h = max(step * 1.6, lines + 8)
        if y + h > bottom:
            fits = False
            break
        name = ctx.words.channel(channel) if channel else words("no_channel")
        ctx.text(ops, name, "semibold", size * 1.1, t.ink, x0 + 4, y + 4, label_w - 8)
        for index, cell in enumerate(cells):
            x = x0 + label_w + index * col_w
            if cell:
                ops.append(
                    Box(x + 1, y + 2, col_w - 2, h - 4, fill=mix(t.curve, t.paper, 0.9), radius=2)
                )
            cy = y + 4
            for n, tp in enumerate(cell[:6]):
                text = f"+{len(cell) - 5}" if n == 5 and len(cell) > 6 else _label(tp)
                style = "italic" if tp.card.touchpoint_state == "future" else "regular"
                cy += GAP + ctx.text(ops, text, style, size, t.ink, x + 4, cy, col_w - 8)
        count = str(len(in_row))
        ctx.line_text(
            ops, count, "bold", size * 1.1, t.ink, x0 + label_w + len(stages) * col_w + 4, y + 4
        )
        y += h
        ops.append(Line(x0, y, x0 + width, y, t.hairline, t.rule))
    ops.append(Box(x0, y, width, step * 1.6, fill=t.band))  # totals per stage
    ctx.text(ops, words("total"), "bold", size, t.ink, x0 + 4, y + 4, label_w - 8)
    for index, stage in enumerate(stages):
        served = found.by_stage.get(stage.id, 0)
        x = x0 + label_w + index * col_w
        text = str(served) if served else "0 ⚑"
        ctx.line_text(ops, text, "bold", size, FLAG if not served else t.ink, x + 4, y + 4)
    ctx.line_text(
        ops, str(total), "bold", size, t.ink, x0 + label_w + len(stages) * col_w + 4, y + 4
    )
    y += step * 1.6
    if found.stages_without:
        note = (
            f"⚑ {words('no_touchpoint')} : "
            if language == "fr"
            else f"⚑ {words('no_touchpoint')}: "
        )
        note += ", ".join(s.title for s in found.stages_without)
        y += 8 + ctx.text(ops, note, "semibold", size * 1.1, FLAG, x0, y + 8, width)
    return ops, fits and y < HEIGHT - MARGIN - 24


def _label(tp: Touchpoint) -> str:
    card = tp.card
    return ("★ " if card.key_touchpoint else "") + (card.title or "—")
