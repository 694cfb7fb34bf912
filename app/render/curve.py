"""The emotion curve's shape: a smooth path through the points that never overshoots them.

A plain Catmull-Rom or cubic spline swings past its points, so a curve through a -5 would dip
below the -5..+5 band and invent feelings nobody reported. Monotone cubic Hermite interpolation
(Fritsch-Carlson, with Fritsch-Butland tangents) keeps each piece between the values of its two
ends, so the curve's extremes are exactly the points' extremes.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from .ops import Point


def monotone_bezier(points: list[Point]) -> list[Point]:
    """Cubic Bézier control polygon (p0, c1, c2, p1, c1, c2, p2 ...) through `points`.

    `points` are (x, y) sorted by x; equal x values give a straight vertical step.
    """
    if len(points) < 2:
        return list(points)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    n = len(points)
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    d = [(ys[i + 1] - ys[i]) / h[i] if h[i] > 0 else 0.0 for i in range(n - 1)]
    m = [0.0] * n
    m[0], m[-1] = d[0], d[-1]
    for i in range(1, n - 1):
        if d[i - 1] * d[i] <= 0 or h[i - 1] <= 0 or h[i] <= 0:
            m[i] = 0.0
        else:
            w1, w2 = 2 * h[i] + h[i - 1], h[i] + 2 * h[i - 1]
            m[i] = (w1 + w2) / (w1 / d[i - 1] + w2 / d[i])
    out: list[Point] = [points[0]]
    for i in range(n - 1):
        third = h[i] / 3
        out.append((xs[i] + third, ys[i] + m[i] * third))
        out.append((xs[i + 1] - third, ys[i + 1] - m[i + 1] * third))
        out.append(points[i + 1])
    return out


def bezier_y_range(control: list[Point], samples: int = 16) -> tuple[float, float]:
    """Lowest and highest y the Bézier path reaches (sampled), for tests and sanity checks."""
    low, high = control[0][1], control[0][1]
    for k in range(0, len(control) - 1, 3):
        p0, c1, c2, p1 = control[k : k + 4]
        for step in range(samples + 1):
            t = step / samples
            u = 1 - t
            y = u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1]
            low, high = min(low, y), max(high, y)
    return low, high


def flatten(control: list[Point], tolerance: float = 0.5) -> list[Point]:
    """The Bézier path as a polyline whose chords stay within about `tolerance`."""
    if len(control) < 4:
        return list(control)
    out = [control[0]]
    for k in range(0, len(control) - 1, 3):
        p0, c1, c2, p1 = control[k : k + 4]
        span = (
            abs(c1[0] - p0[0])
            + abs(c1[1] - p0[1])
            + abs(c2[0] - c1[0])
            + abs(c2[1] - c1[1])
            + abs(p1[0] - c2[0])
            + abs(p1[1] - c2[1])
        )
        steps = max(2, min(200, int((span / max(tolerance, 1e-3)) ** 0.5 * 2)))
        for step in range(1, steps + 1):
            t = step / steps
            u = 1 - t
            a, b, c, e = u**3, 3 * u * u * t, 3 * u * t * t, t**3
            out.append(
                (
                    a * p0[0] + b * c1[0] + c * c2[0] + e * p1[0],
                    a * p0[1] + b * c1[1] + c * c2[1] + e * p1[1],
                )
            )
    return out


def curve_y_at(control: list[Point], x: float) -> float | None:
    """Where the path of `monotone_bezier` passes at `x` (its control points stand at thirds
    of each piece, so x grows linearly with the Bézier parameter); None outside the path."""
    return CurveLookup(control)(x)


class CurveLookup:
    """`curve_y_at` of one path, asked many times (a label's place is tried against the curve
    at dozens of x): the piece holding x is found by bisection over the pieces' ends instead
    of a walk from the first piece, which made placing the labels quadratic in the points."""

    def __init__(self, control: list[Point]) -> None:
        self.control = control
        self.knots = [control[k][0] for k in range(0, len(control) - 3, 3)]
        if self.knots:
            self.knots.append(control[len(self.knots) * 3][0])
        self.sorted = all(a <= b for a, b in pairwise(self.knots))

    def __len__(self) -> int:
        return len(self.control)

    def __call__(self, x: float) -> float | None:
        knots = self.knots
        if not knots:
            return None
        if not self.sorted:
            return self._walk(x)
        i = bisect_left(knots, x)
        if i == len(knots) or (i == 0 and knots[0] != x):
            return None
        k = 3 * max(i - 1, 0)  # the first piece whose ends hold x, as the walk finds it
        p0, c1, c2, p1 = self.control[k : k + 4]
        t = (x - p0[0]) / (p1[0] - p0[0]) if p1[0] > p0[0] else 0.0
        u = 1 - t
        return u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1]

    def _walk(self, x: float) -> float | None:
        control = self.control
        for k in range(0, len(control) - 3, 3):
            p0, c1, c2, p1 = control[k : k + 4]
            if p0[0] <= x <= p1[0]:
                t = (x - p0[0]) / (p1[0] - p0[0]) if p1[0] > p0[0] else 0.0
                u = 1 - t
                return u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1]
        return None
