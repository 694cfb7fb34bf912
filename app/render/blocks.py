"""Shared layout helpers: the context every builder gets, wrapped text and little badges.

Every piece of text on the poster is wrapped here, with the one `TextMeasurer`, and turned into
`Text` ops whose baselines are fixed once for all writers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.model.snapshot import AssetData, EvidenceInfo

from .cache import LayoutCache
from .fonts import ASCENT, TextMeasurer
from .icons import icon
from .labels import Words
from .ops import Box, Op, Text
from .shapes import ShapeRecorder
from .theme import Theme


@dataclass
class Context:
    """What the builders share while laying out one poster."""

    theme: Theme
    words: Words
    measure: TextMeasurer
    assets: Mapping[str, AssetData]
    moments: set[str] = field(default_factory=set)  # ids of cards that are moments of truth
    channels: set[str] = field(default_factory=set)  # channels seen, for the legend
    marks: set[str] = field(default_factory=set)  # marks seen (pain, gain, moment, future...)
    cache: LayoutCache | None = None  # cards laid out by earlier layouts, when kept
    referenced: set[str] = field(default_factory=set)  # cards an emotion point refers to
    simplified: bool = False  # the simplified density: titles, curve, moments, key touchpoints
    trim: bool = False  # a poster: lanes as tall as their content, not as set on the canvas
    recorder: ShapeRecorder | None = None  # shape mode: record how text grows, wrap nothing
    evidence_counts: bool = False  # the editing canvas: how many photos and quotes each holds
    badge_rows: dict[tuple, tuple[tuple[Op, ...], float]] = field(
        default_factory=dict, repr=False
    )  # rows of badges drawn in this layout, by badges and place

    def own(self) -> Context:
        """A copy with marks and channels of its own (to note what one element adds to the
        legend); `dataclasses.replace` costs ten times more, once per card."""
        copy = object.__new__(Context)
        copy.__dict__.update(self.__dict__)
        copy.marks, copy.channels = set(), set()
        return copy

    def recording(self, recorder: ShapeRecorder) -> Context:
        """A copy in shape mode, recording into `recorder`."""
        copy = object.__new__(Context)
        copy.__dict__.update(self.__dict__)
        copy.recorder = recorder
        return copy

    def text(
        self,
        ops: list[Op],
        text: str,
        style: str,
        size: float,
        colour: str,
        x: float,
        top: float,
        width: float,
        max_lines: int = 0,
        leading: float = 0.0,
    ) -> float:
        """Wrap `text` into `width`, append its lines from `top`; return the height used (in
        shape mode, record the text and return 0). `leading` replaces the theme's, for display
        sizes that read better set tighter."""
        step = size * leading if leading else self.theme.line(size)
        if self.recorder is not None:
            if text:
                k = size / 1000.0
                lengths = tuple(k * n for n in self.measure.lengths(text, style))
                if max_lines:
                    lengths = lengths[:max_lines]
                self.recorder.text(lengths, step, width)
            return 0.0
        lines = self.measure.wrap(text, style, size, width) if text else []
        if max_lines and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = self.ellipsis(lines[-1], style, size, width)
        baseline = top + (step - size) / 2 + ASCENT * size
        for line in lines:
            if line:
                ops.append(Text(x, baseline, line, style, size, colour))
            baseline += step
        return step * len(lines)

    def line_text(
        self, ops: list[Op], text: str, style: str, size: float, colour: str, x: float, top: float
    ) -> float:
        """One unwrapped line; returns its width."""
        text = self.measure.clean(text)
        step = self.theme.line(size)
        ops.append(Text(x, top + (step - size) / 2 + ASCENT * size, text, style, size, colour))
        return self.measure.width(text, style, size)

    def text_height(self, text: str, style: str, size: float, width: float) -> float:
        return self.theme.line(size) * len(self.measure.wrap(text, style, size, width))

    def ellipsis(self, line: str, style: str, size: float, width: float) -> str:
        """`line` shortened to end with … within `width`."""
        while line and self.measure.width(line + "…", style, size) > width:
            line = line[:-1]
        return line.rstrip() + "…"


@dataclass(frozen=True)
class Badge:
    """A small icon + word, e.g. a channel or a sentiment; `boxed` draws a pill around it."""

    icon: str
    text: str
    colour: str
    boxed: bool = False
    fill: str | None = None


def badge_width(ctx: Context, badge: Badge, size: float | None = None) -> float:
    size = size or ctx.theme.label
    width = ctx.measure.width(ctx.measure.clean(badge.text), "semibold", size)
    if badge.icon:
        width += size * 1.45 + (size * 0.4 if badge.text else 0)
    return width + (size * 1.2 if badge.boxed else 0)


def badges_row(
    ctx: Context, ops: list[Op], badges: list[Badge], x: float, top: float, width: float
) -> float:
    """Lay badges left to right, wrapping to new rows; return the height used."""
    if not badges:
        return 0.0
    size = ctx.theme.label
    row_h = ctx.theme.line(size) + size * 0.5
    cx, cy = x, top
    gap = size * 0.9
    if ctx.recorder is not None:
        length = sum(badge_width(ctx, badge) for badge in badges) + gap * (len(badges) - 1)
        ctx.recorder.text((length,), row_h, width)
        return 0.0
    key = (tuple(badges), x, top, width)
    found = ctx.badge_rows.get(key)
    if found is None:  # cards of one lane mostly show the same marks in the same place
        row: list[Op] = []
        for badge in badges:
            w = badge_width(ctx, badge)
            if cx > x and cx + w > x + width:
                cx, cy = x, cy + row_h
            draw_badge(ctx, row, badge, cx, cy, row_h)
            cx += w + gap
        found = ctx.badge_rows[key] = (tuple(row), cy + row_h - top)
    ops.extend(found[0])
    return found[1]


def draw_badge(
    ctx: Context,
    ops: list[Op],
    badge: Badge,
    x: float,
    top: float,
    height: float,
    size: float | None = None,
) -> None:
    size = size or ctx.theme.label
    inner = x
    if badge.boxed:
        ops.append(
            Box(
                x,
                top + height * 0.08,
                badge_width(ctx, badge, size),
                height * 0.84,
                fill=badge.fill,
                stroke=None if badge.fill else badge.colour,
                width=0.6,
                radius=height * 0.42,
            )
        )
        inner += size * 0.6
    icon_size = size * 1.3
    if badge.icon:
        ops.extend(
            icon(
                badge.icon,
                inner,
                top + (height - icon_size) / 2,
                icon_size,
                badge.colour,
                ctx.theme.paper,
            )
        )
        inner += size * 1.45 + size * 0.4
    if badge.text:
        step = ctx.theme.line(size)
        ctx.line_text(
            ops, badge.text, "semibold", size, badge.colour, inner, top + (height - step) / 2
        )


def evidence_counts(evidence: Sequence[EvidenceInfo]) -> tuple[int, int]:
    """(photos, other pieces of evidence: quotes, links, notes)."""
    photos = sum(e.kind == "photo" for e in evidence)
    return photos, len(evidence) - photos


def evidence_mark_width(ctx: Context, counts: tuple[int, int]) -> float:
    size = ctx.theme.label
    parts = [str(n) for n in counts if n]
    return sum(size * 1.5 + ctx.measure.width(p, "semibold", size) for p in parts) + size * 0.6 * (
        len(parts) - 1
    )


def evidence_mark(
    ctx: Context,
    ops: list[Op],
    counts: tuple[int, int],
    right: float,
    top: float,
    colour: str | None = None,
) -> float:
    """On the editing canvas, a camera and the number of photos, a quotation mark and the
    number of quotes, links and notes, ending at `right`; returns the height used (none when
    there is no evidence). It takes a line of its own, so it never covers the content."""
    if not any(counts):
        return 0.0
    t = ctx.theme
    size, ink = t.label, colour or t.ink_soft
    step = t.line(size)
    x = right - evidence_mark_width(ctx, counts)
    for name, count in (("mark:photo", counts[0]), ("mark:quote", counts[1])):
        if not count:
            continue
        ops.extend(icon(name, x, top + (step - size * 1.1) / 2, size * 1.1, ink, t.paper))
        x += size * 1.5
        x += ctx.line_text(ops, str(count), "semibold", size, ink, x, top) + size * 0.6
    return step
