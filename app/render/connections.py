"""Connections between cards as arrows: the path the customer takes from one touchpoint to the
next ("connect the touchpoints to each other", DOMAIN.md).

An arrow leaves the side of its first card that faces the second and reaches the facing side of
the second, as a cubic curve with tangents across the gap, so it runs between cards rather than
over them; a small ring marks where it starts and a filled head where it arrives (the direction
reads without colour). Arrows are drawn over the grid, after the rows are placed: they depend on
where both cards stand, which only the whole poster knows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from app.model.snapshot import ConnectionInfo

from .blocks import Context
from .ops import Circle, Item, Op, Path, Point, Rect

HEAD = 8.0  # length of the arrowhead, in points
WIDTH = 1.6


def connection_items(
    ctx: Context, connections: Sequence[ConnectionInfo], rows: Iterable[object]
) -> list[Item]:
    """One item per connection whose two cards the poster shows; `rows` are the poster's rows
    (`PosterRow`: items laid out at y = 0, placed at `y`)."""
    if not connections:
        return []
    wanted = {c.from_card_id for c in connections} | {c.to_card_id for c in connections}
    rects: dict[str, Rect] = {}
    for row in rows:
        top = row.y  # type: ignore[attr-defined]
        for item in row.items:  # type: ignore[attr-defined]
            if item.kind == "card" and item.ref in wanted:
                r = item.rect
                rects[item.ref] = Rect(r.x, r.y + top, r.w, r.h)
    items = []
    colour, paper = ctx.theme.connection, ctx.theme.paper
    memo = ctx.cache.arrows if ctx.cache is not None else None
    shown = [
        link for link in connections if link.from_card_id in rects and link.to_card_id in rects
    ]
    # painted in the order of where their cards stand, not of their (random) ids: the same
    # map draws the same page, however its connections were made
    shown.sort(
        key=lambda link: (*_place(rects[link.from_card_id]), *_place(rects[link.to_card_id]))
    )
    for link in shown:
        start, end = rects[link.from_card_id], rects[link.to_card_id]
        ctx.marks.add("connection")
        look = (start, end, colour, paper)
        item = memo.get(link.id, look) if memo is not None else None
        if item is None:  # an arrow whose cards did not move is the very same item
            ops = arrow_ops(route(start, end), colour, paper)
            item = Item("connection", link.id, _bounds(ops), tuple(ops))
            if memo is not None:
                memo.keep(link.id, look, item)
        items.append(item)
    return items


def _place(rect: Rect) -> tuple[float, float]:
    """Where a card stands, top to bottom then left to right."""
    return rect.y, rect.x


def route(a: Rect, b: Rect) -> tuple[Point, Point, Point, Point]:
    """Start, two control points and end of the curve from card `a` to card `b`."""
    if a.x < b.right and b.x < a.right and (b.y >= a.bottom or a.y >= b.bottom):
        # one above the other in the same column: from bottom to top (or top to bottom)
        down = b.y >= a.bottom
        p0 = (a.x + a.w / 2, a.bottom if down else a.y)
        p1 = (b.x + b.w / 2, b.y if down else b.bottom)
        reach = max(abs(p1[1] - p0[1]) / 2, 10.0) * (1 if down else -1)
        return p0, (p0[0], p0[1] + reach), (p1[0], p1[1] - reach), p1
    right = b.x + b.w / 2 >= a.x + a.w / 2
    p0 = (a.right if right else a.x, a.y + a.h / 2)
    p1 = (b.x if right else b.right, b.y + b.h / 2)
    reach = max(abs(p1[0] - p0[0]) / 2, 14.0) * (1 if right else -1)
    return p0, (p0[0] + reach, p0[1]), (p1[0] - reach, p1[1]), p1


def arrow_ops(curve: tuple[Point, Point, Point, Point], colour: str, paper: str) -> list[Op]:
    """The curve, a ring where it starts and a head where it arrives."""
    p0, c1, c2, p1 = curve
    dx, dy = p1[0] - c2[0], p1[1] - c2[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = (p1[0] - ux * HEAD, p1[1] - uy * HEAD)
    half = HEAD * 0.45
    head = (
        p1,
        (base[0] - uy * half, base[1] + ux * half),
        (base[0] + uy * half, base[1] - ux * half),
    )
    return [
        Path((p0, c1, c2, base), stroke=colour, width=WIDTH, bezier=True),
        Path(head, fill=colour, closed=True),
        Circle(p0[0], p0[1], 2.6, fill=paper, stroke=colour, width=1.2),
    ]


def _bounds(ops: list[Op]) -> Rect:
    points = [p for op in ops if isinstance(op, Path) for p in op.points]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs) - 4, min(ys) - 4, max(xs) - min(xs) + 8, max(ys) - min(ys) + 8)
