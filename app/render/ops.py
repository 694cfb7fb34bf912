"""The drawing vocabulary shared by layout and writers: a handful of shapes, text and images.

The layout turns a journey into these primitives once, in points with y growing downwards
(as in SVG, Pillow and Qt); each writer only translates them to its medium, so the PDF, the PNG
and the SVG cannot disagree about where anything is. Colours are "#rrggbb" strings.

They are named tuples rather than frozen dataclasses: a poster makes tens of thousands of them
(26,000 for the workshop map, twice as many while fitting it) and a frozen dataclass pays for
its immutability in `__init__`, four times the cost of a tuple's, which was a sixth of the
fit. They stay immutable, compare and hash by value, and `op._replace(...)` makes a changed
copy.
"""

from __future__ import annotations

from typing import NamedTuple

Colour = str
Point = tuple[float, float]


class Box(NamedTuple):
    """A rectangle, optionally rounded, filled and/or stroked."""

    x: float
    y: float
    w: float
    h: float
    fill: Colour | None = None
    stroke: Colour | None = None
    width: float = 0.0
    radius: float = 0.0
    dash: tuple[float, ...] | None = None


class Line(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: Colour
    width: float = 0.5
    dash: tuple[float, ...] | None = None


class Circle(NamedTuple):
    cx: float
    cy: float
    r: float
    fill: Colour | None = None
    stroke: Colour | None = None
    width: float = 0.0


class Path(NamedTuple):
    """A polyline or polygon; `smooth` segments are cubic Béziers (start, c1, c2, end ...)."""

    points: tuple[Point, ...]
    stroke: Colour | None = None
    fill: Colour | None = None
    width: float = 0.0
    closed: bool = False
    bezier: bool = False  # points = p0, c1, c2, p1, c1, c2, p2 ...
    dash: tuple[float, ...] | None = None


class Text(NamedTuple):
    """One line of text; (x, y) is the start of its baseline."""

    x: float
    y: float
    text: str
    style: str  # regular | italic | semibold | bold
    size: float
    colour: Colour


class Picture(NamedTuple):
    """A stored photo in a frame; `crop` is the part of the picture shown, in 0..1 units."""

    x: float
    y: float
    w: float
    h: float
    sha256: str
    crop: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    radius: float = 0.0


Op = Box | Line | Circle | Path | Text | Picture


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


class Item(NamedTuple):
    """One element of the poster (a card, a stage header, the curve...) and how it is drawn.

    `kind` and `ref` (the model id, when there is one) let the canvas find the element; `ops`
    are in poster points relative to `origin`, in painting order. Most items are drawn where
    they stand (origin (0, 0)); a card is drawn once at (0, 0) and placed by its origin, so an
    unchanged card keeps the very same ops from one layout to the next. `rect` is absolute.
    """

    kind: str
    ref: str
    rect: Rect
    ops: tuple[Op, ...]
    origin: Point = (0.0, 0.0)

    def __repr__(self) -> str:  # without the ops, hundreds of them for some items
        return f"Item({self.kind!r}, {self.ref!r}, {self.rect!r}, origin={self.origin!r})"

    def at(self, x: float, y: float) -> Item:
        """The same item, the very same ops, with its rect's corner at (x, y)."""
        r = self.rect
        origin = (x + (self.origin[0] - r.x), y + (self.origin[1] - r.y))
        return Item(self.kind, self.ref, Rect(x, y, r.w, r.h), self.ops, origin)

    def absolute_ops(self) -> tuple[Op, ...]:
        """The ops in poster coordinates (the writers apply `origin` themselves, for speed)."""
        dx, dy = self.origin
        if not dx and not dy:
            return self.ops
        return tuple(moved(op, dx, dy) for op in self.ops)


def moved(op: Op, dx: float, dy: float) -> Op:
    """`op` drawn (dx, dy) further right and down."""
    if isinstance(op, Line):
        return op._replace(x1=op.x1 + dx, y1=op.y1 + dy, x2=op.x2 + dx, y2=op.y2 + dy)
    if isinstance(op, Circle):
        return op._replace(cx=op.cx + dx, cy=op.cy + dy)
    if isinstance(op, Path):
        return op._replace(points=tuple((x + dx, y + dy) for x, y in op.points))
    return op._replace(x=op.x + dx, y=op.y + dy)


PLACEHOLDER_FILL = "#E3E7EB"
PLACEHOLDER_INK = "#8A96A3"


def placeholder(op: Picture) -> tuple[Box, Line, Line]:
    """What every writer draws instead of a stored picture that failed its check: a dashed
    frame crossed from corner to corner, the usual mark of a missing picture."""
    ink, width = PLACEHOLDER_INK, max(0.5, min(op.w, op.h) / 60)
    return (
        Box(op.x, op.y, op.w, op.h, PLACEHOLDER_FILL, ink, width, op.radius, (3 * width,) * 2),
        Line(op.x, op.y, op.x + op.w, op.y + op.h, ink, width),
        Line(op.x + op.w, op.y, op.x, op.y + op.h, ink, width),
    )
