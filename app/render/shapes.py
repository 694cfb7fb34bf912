"""How tall an element is at any width, without laying it out again.

Fitting a poster to its paper means trying many column widths. Laying every card out at each
width was most of an export's time (three layouts of 2,000 cards to fit an A0). Instead each
card is laid out once in *shape* mode: every piece of wrapped text, every badge row and photo
is recorded with how its height follows the card's width, and the fixed rest (paddings, gaps)
is summed. `Shape.height(w)` is then a few multiplications per text; the one real layout at the
chosen width is exact, and the writers' scale-to-fit absorbs the estimate's small error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil
from typing import NamedTuple

FILL = 0.9
"""Share of a line that greedy wrapping fills on average (it breaks between whole words)."""


class Shape(NamedTuple):
    """An element's height as a function of its width (a named tuple: the fit makes one per
    card, and a frozen dataclass's `__init__` cost four times as much)."""

    fixed: float
    # every paragraph of text as (length, step, inset), in the order they were recorded: the
    # fit asks a shape its height at a dozen widths, and one flat loop is half the cost of two
    # nested ones
    lines: tuple[tuple[float, float, float], ...]
    photos: tuple[tuple[float, float, float], ...]  # (height / width, largest height, inset)
    minimum: float = 0.0
    breaks: tuple[tuple[float, float, float], ...] = ()  # (length, step, inset): one more line
    # when something of that length no longer fits on the line it shares

    def height(self, width: float) -> float:
        # asked some 27,000 times per fit: the loops skipped when empty (most cards have no
        # photo and no break) and `max` spelled out, 20 % faster, the same floats
        h = self.fixed
        for length, step, inset in self.lines:
            room = width - inset
            if length <= room:
                h += step
            else:
                h += step * ceil(length / ((room if room > 1.0 else 1.0) * FILL))
        if self.photos:
            for aspect, cap, inset in self.photos:
                h += min((width - inset) * aspect, cap)
        if self.breaks:
            for length, step, inset in self.breaks:
                h += step if length > width - inset else 0.0
        return h if h > self.minimum else self.minimum


@dataclass
class ShapeRecorder:
    """Collects the terms of one element's shape while its layout code runs in shape mode."""

    width: float  # the element's own width while it was recorded
    lines: list[tuple[float, float, float]] = field(default_factory=list)
    photos: list[tuple[float, float, float]] = field(default_factory=list)
    breaks: list[tuple[float, float, float]] = field(default_factory=list)

    def text(self, lengths: tuple[float, ...], step: float, width: float) -> None:
        """Text wrapped into `width` (of this element's `self.width`), `step` per line."""
        inset = self.width - width
        self.lines.extend((length, step, inset) for length in lengths)

    def photo(self, aspect: float, cap: float, width: float) -> None:
        self.photos.append((aspect, cap, self.width - width))

    def line_break(self, length: float, step: float, width: float) -> None:
        """One more line of `step` when `length` no longer fits in `width`."""
        self.breaks.append((length, step, self.width - width))

    def shape(self, fixed: float, minimum: float = 0.0) -> Shape:
        return Shape(fixed, tuple(self.lines), tuple(self.photos), minimum, tuple(self.breaks))
