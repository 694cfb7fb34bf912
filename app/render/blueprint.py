"""The lines of a service blueprint: interaction (between what the customer does and the
frontstage), visibility (between the frontstage and the backstage the customer does not see)
and internal interaction (between the backstage and the support processes).

A lane says where it stands in the blueprint (`LaneInfo.blueprint_role`); a line is drawn at the
top of the first lane past it, wherever the roles of two lanes in a row (lanes without a role
are passed over) lie on either side of it, across the whole grid, with its name at the right.
Each line has its own dash, so the three read apart in a greyscale print.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from app.model.snapshot import LaneInfo

from .blocks import Context
from .ops import Box, Item, Line, Op, Rect

RANKS = {"evidence": 0, "customer": 1, "frontstage": 2, "backstage": 3, "support": 4}
LINES: tuple[tuple[int, str, tuple[float, ...] | None], ...] = (
    (1, "interaction", None),  # between rank 1 and rank 2
    (2, "visibility", (7.0, 4.0)),
    (3, "internal", (2.0, 3.0)),
)
WIDTH = 1.8


def blueprint_items(
    ctx: Context, lanes: Sequence[tuple[LaneInfo, float]], x: float, w: float
) -> list[Item]:
    """Lines between the lanes of a blueprint; `lanes` are the drawn lanes with their tops."""
    placed = [(lane, top) for lane, top in lanes if lane.blueprint_role in RANKS]
    items = []
    for (above, _), (below, top) in pairwise(placed):
        low, high = RANKS[above.blueprint_role], RANKS[below.blueprint_role]
        crossed = [(name, dash) for rank, name, dash in LINES if low <= rank < high]
        if crossed:
            items.append(_line_item(ctx, below.id, crossed, x, top, w))
    return items


def line_sample(name: str, length: float, colour: str) -> Line:
    """The line as the legend shows it."""
    dash = next(dash for _, line, dash in LINES if line == name)
    return Line(0.0, 0.0, length, 0.0, colour, WIDTH, dash)


def _line_item(
    ctx: Context,
    lane_id: str,
    crossed: list[tuple[str, tuple[float, ...] | None]],
    x: float,
    y: float,
    w: float,
) -> Item:
    t, words = ctx.theme, ctx.words
    ops: list[Op] = []
    for index, (name, dash) in enumerate(crossed):
        ctx.marks.add("line:" + name)
        ly = y + index * (WIDTH + 2.5)
        ops.append(Line(x, ly, x + w, ly, t.ink, WIDTH, dash))
    label = " · ".join(words("line_" + name) for name, _ in crossed)
    size = t.label
    label_w = ctx.measure.width(ctx.measure.clean(label), "semibold", size)
    step = t.line(size)
    lx, top = x + w - label_w - 12, y - step - 1
    ops.append(Box(lx - 5, top, label_w + 10, step, fill=t.paper, radius=2))
    ctx.line_text(ops, label, "semibold", size, t.ink, lx, top)
    return Item(
        "blueprint-line", lane_id, Rect(x, top, w, y - top + len(crossed) * 4.5), tuple(ops)
    )
