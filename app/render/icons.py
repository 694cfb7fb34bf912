"""Small vector icons (channels, lane kinds, marks) built from the shared primitives.

Drawn as shapes rather than taken from a symbol font, so they look identical in every writer
and need no second font; each icon is designed in a unit square and placed at any size.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .ops import Box, Circle, Line, Op, Path, Point

IconMaker = Callable[["Pen"], None]


class Pen:
    """Places unit-square coordinates into a square of side `size` at (x, y)."""

    def __init__(self, x: float, y: float, size: float, colour: str, paper: str) -> None:
        self.x, self.y, self.size, self.colour, self.paper = x, y, size, colour, paper
        self.stroke = max(size * 0.085, 0.4)
        self.ops: list[Op] = []

    def p(self, u: float, v: float) -> Point:
        return (self.x + u * self.size, self.y + v * self.size)

    def circle(
        self, u: float, v: float, r: float, filled: bool = False, knock: bool = False
    ) -> None:
        cx, cy = self.p(u, v)
        colour = self.paper if knock else self.colour
        if filled:
            self.ops.append(Circle(cx, cy, r * self.size, fill=colour))
        else:
            self.ops.append(Circle(cx, cy, r * self.size, stroke=colour, width=self.stroke))

    def box(
        self, u1: float, v1: float, u2: float, v2: float, filled: bool = False, r: float = 0.0
    ) -> None:
        (x1, y1), (x2, y2) = self.p(u1, v1), self.p(u2, v2)
        if filled:
            self.ops.append(Box(x1, y1, x2 - x1, y2 - y1, fill=self.colour, radius=r * self.size))
        else:
            self.ops.append(
                Box(
                    x1,
                    y1,
                    x2 - x1,
                    y2 - y1,
                    stroke=self.colour,
                    width=self.stroke,
                    radius=r * self.size,
                )
            )

    def line(
        self, u1: float, v1: float, u2: float, v2: float, knock: bool = False, w: float = 1.0
    ) -> None:
        (x1, y1), (x2, y2) = self.p(u1, v1), self.p(u2, v2)
        colour = self.paper if knock else self.colour
        self.ops.append(Line(x1, y1, x2, y2, colour, self.stroke * w))

    def poly(
        self, *uv: Point, filled: bool = True, closed: bool = True, bezier: bool = False
    ) -> None:
        points = tuple(self.p(u, v) for u, v in uv)
        if filled:
            self.ops.append(Path(points, fill=self.colour, closed=closed, bezier=bezier))
        else:
            self.ops.append(
                Path(points, stroke=self.colour, width=self.stroke, closed=closed, bezier=bezier)
            )


def _star_points(cx: float, cy: float, outer: float, inner: float) -> list[Point]:
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        r = outer if i % 2 == 0 else inner
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def _web(p: Pen) -> None:
    p.circle(0.5, 0.5, 0.4)
    kx, ky = 0.5523 * 0.18, 0.5523 * 0.4  # a meridian: ellipse of radii 0.18 x 0.4
    p.poly(
        (0.5, 0.1),
        (0.5 + kx, 0.1),
        (0.68, 0.5 - ky),
        (0.68, 0.5),
        (0.68, 0.5 + ky),
        (0.5 + kx, 0.9),
        (0.5, 0.9),
        (0.5 - kx, 0.9),
        (0.32, 0.5 + ky),
        (0.32, 0.5),
        (0.32, 0.5 - ky),
        (0.5 - kx, 0.1),
        (0.5, 0.1),
        filled=False,
        closed=False,
        bezier=True,
    )
    p.line(0.1, 0.5, 0.9, 0.5)


def _app(p: Pen) -> None:
    p.box(0.28, 0.08, 0.72, 0.92, r=0.08)
    p.line(0.43, 0.8, 0.57, 0.8)


def _store(p: Pen) -> None:
    p.poly((0.1, 0.36), (0.9, 0.36), (0.8, 0.14), (0.2, 0.14))
    p.box(0.18, 0.36, 0.82, 0.88)
    p.box(0.42, 0.58, 0.58, 0.88, filled=True)


def _advisor(p: Pen) -> None:
    p.circle(0.5, 0.3, 0.17, filled=True)
    p.poly((0.16, 0.9), (0.16, 0.56), (0.84, 0.56), (0.84, 0.9), bezier=True)


def _phone(p: Pen) -> None:
    p.poly(
        (0.12, 0.42), (0.3, 0.1), (0.7, 0.1), (0.88, 0.42), filled=False, closed=False, bezier=True
    )
    p.poly((0.28, 0.44), (0.72, 0.44), (0.86, 0.88), (0.14, 0.88))
    p.circle(0.5, 0.66, 0.1, filled=True, knock=True)


def _bubble(p: Pen, filled: bool = False) -> None:
    p.box(0.1, 0.14, 0.9, 0.7, filled=filled, r=0.12)
    p.poly((0.26, 0.68), (0.24, 0.9), (0.46, 0.68))


def _sms(p: Pen) -> None:
    _bubble(p)
    for u in (0.32, 0.5, 0.68):
        p.circle(u, 0.42, 0.055, filled=True)


def _email(p: Pen) -> None:
    p.box(0.1, 0.22, 0.9, 0.78)
    p.poly((0.1, 0.24), (0.5, 0.54), (0.9, 0.24), filled=False, closed=False)


def _chat(p: Pen) -> None:
    p.box(0.08, 0.12, 0.62, 0.52, r=0.1)
    p.box(0.36, 0.44, 0.92, 0.84, filled=True, r=0.1)


def _social(p: Pen) -> None:
    p.line(0.26, 0.5, 0.74, 0.24)
    p.line(0.26, 0.5, 0.74, 0.76)
    for u, v in ((0.26, 0.5), (0.74, 0.24), (0.74, 0.76)):
        p.circle(u, v, 0.12, filled=True)


def _press(p: Pen) -> None:
    p.box(0.12, 0.16, 0.88, 0.84)
    p.box(0.24, 0.28, 0.76, 0.4, filled=True)
    for v in (0.52, 0.62, 0.72):
        p.line(0.24, v, 0.76, v, w=0.8)


def _reviews(p: Pen) -> None:
    p.poly(*_star_points(0.5, 0.53, 0.42, 0.18))


def _mail(p: Pen) -> None:
    p.box(0.08, 0.22, 0.92, 0.8)
    p.box(0.68, 0.3, 0.84, 0.46, filled=True)
    p.line(0.2, 0.56, 0.58, 0.56, w=0.8)
    p.line(0.2, 0.67, 0.5, 0.67, w=0.8)


def _event(p: Pen) -> None:
    p.box(0.12, 0.2, 0.88, 0.88)
    p.box(0.12, 0.2, 0.88, 0.38, filled=True)
    p.line(0.32, 0.1, 0.32, 0.28)
    p.line(0.68, 0.1, 0.68, 0.28)
    for u in (0.3, 0.5, 0.7):
        for v in (0.55, 0.73):
            p.circle(u, v, 0.05, filled=True)


def _other(p: Pen) -> None:
    for u in (0.22, 0.5, 0.78):
        p.circle(u, 0.5, 0.09, filled=True)


def _touchpoints(p: Pen) -> None:
    p.circle(0.36, 0.5, 0.24)
    p.circle(0.64, 0.5, 0.24)


def _text(p: Pen) -> None:
    for v, end in ((0.25, 0.88), (0.5, 0.88), (0.75, 0.6)):
        p.line(0.12, v, end, v, w=1.2)


def _emotion(p: Pen) -> None:
    p.poly(
        (0.08, 0.62),
        (0.28, 0.05),
        (0.42, 0.1),
        (0.52, 0.5),
        (0.62, 0.9),
        (0.78, 0.92),
        (0.92, 0.36),
        filled=False,
        closed=False,
        bezier=True,
    )


def _pains_gains(p: Pen) -> None:
    p.line(0.08, 0.5, 0.42, 0.5, w=1.3)
    p.line(0.58, 0.5, 0.92, 0.5, w=1.3)
    p.line(0.75, 0.33, 0.75, 0.67, w=1.3)


def _opportunities(p: Pen) -> None:
    p.circle(0.5, 0.4, 0.28)
    p.box(0.38, 0.72, 0.62, 0.9, filled=True, r=0.04)


def _images(p: Pen) -> None:
    p.box(0.08, 0.16, 0.92, 0.84)
    p.poly((0.14, 0.8), (0.4, 0.46), (0.6, 0.68), (0.72, 0.56), (0.86, 0.8))
    p.circle(0.7, 0.34, 0.08, filled=True)


def _metrics(p: Pen) -> None:
    for u, top in ((0.14, 0.55), (0.4, 0.3), (0.66, 0.12)):
        p.box(u, top, u + 0.2, 0.88, filled=True)


def _pain(p: Pen) -> None:
    p.circle(0.5, 0.5, 0.48, filled=True)
    p.line(0.27, 0.5, 0.73, 0.5, knock=True, w=1.6)


def _gain(p: Pen) -> None:
    p.circle(0.5, 0.5, 0.48, filled=True)
    p.line(0.27, 0.5, 0.73, 0.5, knock=True, w=1.6)
    p.line(0.5, 0.27, 0.5, 0.73, knock=True, w=1.6)


def _moment(p: Pen) -> None:
    p.poly(*_star_points(0.5, 0.54, 0.5, 0.22))


def _high(p: Pen) -> None:
    p.poly((0.5, 0.1), (0.92, 0.86), (0.08, 0.86))


def _low(p: Pen) -> None:
    p.poly((0.08, 0.14), (0.92, 0.14), (0.5, 0.9))


def _quick_win(p: Pen) -> None:
    p.poly(
        (0.58, 0.04),
        (0.16, 0.56),
        (0.46, 0.56),
        (0.38, 0.96),
        (0.84, 0.4),
        (0.54, 0.4),
        (0.62, 0.04),
    )


def _photo(p: Pen) -> None:
    p.box(0.06, 0.26, 0.94, 0.86, r=0.1)
    p.box(0.32, 0.14, 0.62, 0.26, filled=True, r=0.03)
    p.circle(0.5, 0.56, 0.17)


def _quote(p: Pen) -> None:
    for u in (0.14, 0.54):
        p.circle(u + 0.14, 0.42, 0.14, filled=True)
        p.poly((u + 0.2, 0.44), (u + 0.28, 0.46), (u + 0.08, 0.84), (u + 0.04, 0.8))


def _magic(p: Pen) -> None:
    """A sparkle: a four-pointed star and a small one beside it."""
    p.poly(*_sparkle(0.42, 0.54, 0.46, 0.1))
    p.poly(*_sparkle(0.82, 0.2, 0.18, 0.04))


def _sparkle(cx: float, cy: float, outer: float, inner: float) -> list[Point]:
    points = []
    for i in range(8):
        angle = -math.pi / 2 + i * math.pi / 4
        r = outer if i % 2 == 0 else inner
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def _key(p: Pen) -> None:
    p.circle(0.28, 0.5, 0.2)
    p.line(0.48, 0.5, 0.94, 0.5, w=1.4)
    p.line(0.8, 0.5, 0.8, 0.72, w=1.4)
    p.line(0.66, 0.5, 0.66, 0.66, w=1.4)


def _insight(p: Pen) -> None:
    """A magnifying glass: what research found."""
    p.circle(0.42, 0.42, 0.3)
    p.line(0.64, 0.64, 0.92, 0.92, w=1.8)


def _cognitive(p: Pen) -> None:
    """A thought bubble."""
    p.circle(0.56, 0.38, 0.32, filled=True)
    p.circle(0.22, 0.78, 0.1, filled=True)
    p.circle(0.08, 0.94, 0.06, filled=True)


def _physical(p: Pen) -> None:
    """A dumbbell."""
    p.line(0.22, 0.5, 0.78, 0.5, w=1.6)
    p.box(0.06, 0.26, 0.24, 0.74, filled=True, r=0.04)
    p.box(0.76, 0.26, 0.94, 0.74, filled=True, r=0.04)


def _financial(p: Pen) -> None:
    """A coin on a stack of coins."""
    for v in (0.84, 0.7, 0.56):
        p.box(0.1, v - 0.09, 0.6, v + 0.04, filled=True, r=0.05)
    p.circle(0.68, 0.34, 0.26)
    p.line(0.68, 0.22, 0.68, 0.46, w=1.2)


def _emotional(p: Pen) -> None:
    """A heart."""
    p.poly(
        (0.5, 0.92),
        (0.3, 0.75), (0.04, 0.56), (0.04, 0.36),
        (0.04, 0.06), (0.44, 0.02), (0.5, 0.22),
        (0.56, 0.02), (0.96, 0.06), (0.96, 0.36),
        (0.96, 0.56), (0.7, 0.75), (0.5, 0.92),
        bezier=True,
    )  # fmt: skip


def _time(p: Pen) -> None:
    """A clock."""
    p.circle(0.5, 0.5, 0.42)
    p.line(0.5, 0.5, 0.5, 0.24, w=1.2)
    p.line(0.5, 0.5, 0.7, 0.6, w=1.2)


def _smile(p: Pen, mood: float) -> None:
    p.circle(0.5, 0.5, 0.42)
    p.circle(0.36, 0.4, 0.055, filled=True)
    p.circle(0.64, 0.4, 0.055, filled=True)
    bend = 0.14 * mood
    p.poly(
        (0.3, 0.64 - bend / 2),
        (0.4, 0.64 + bend),
        (0.6, 0.64 + bend),
        (0.7, 0.64 - bend / 2),
        filled=False,
        closed=False,
        bezier=True,
    )


ICONS: dict[str, IconMaker] = {
    "channel:web": _web,
    "channel:app": _app,
    "channel:store": _store,
    "channel:advisor": _advisor,
    "channel:phone": _phone,
    "channel:sms": _sms,
    "channel:email": _email,
    "channel:chat": _chat,
    "channel:social": _social,
    "channel:press": _press,
    "channel:reviews": _reviews,
    "channel:mail": _mail,
    "channel:event": _event,
    "channel:other": _other,
    "lane:touchpoints": _touchpoints,
    "lane:text": _text,
    "lane:emotion": _emotion,
    "lane:pains_gains": _pains_gains,
    "lane:opportunities": _opportunities,
    "lane:images": _images,
    "lane:metrics": _metrics,
    "mark:pain": _pain,
    "mark:gain": _gain,
    "mark:moment": _moment,
    "mark:high": _high,
    "mark:low": _low,
    "mark:quick_win": _quick_win,
    "mark:photo": _photo,
    "mark:quote": _quote,
    "mark:magic": _magic,
    "mark:key": _key,
    "mark:insight": _insight,
    "effort:cognitive": _cognitive,
    "effort:physical": _physical,
    "effort:financial": _financial,
    "effort:emotional": _emotional,
    "effort:time": _time,
    "face:happy": lambda p: _smile(p, 1.0),
    "face:sad": lambda p: _smile(p, -1.0),
}


def icon(
    name: str, x: float, y: float, size: float, colour: str, paper: str = "#FFFFFF"
) -> list[Op]:
    """The ops drawing icon `name` in the square (x, y, size); unknown names draw nothing."""
    maker = ICONS.get(name)
    if maker is None:
        return []
    pen = Pen(x, y, size, colour, paper)
    maker(pen)
    return pen.ops
