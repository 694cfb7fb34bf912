"""A stage's metric as a tile: its name, before → after in the largest figures of the grid, the
change (a triangle up or down and a signed delta, green or red by the direction of the target)
and the target, so that the effect of a change reads from across the room.
"""

from __future__ import annotations

from dataclasses import replace

from app.model.indicators import PHASES, answered, parse_inputs
from app.model.snapshot import MetricInfo

from .blocks import Badge, Context, badges_row
from .cache import cached_item
from .fonts import ASCENT
from .ops import Box, Item, Line, Op, Path, Rect, Text
from .shapes import Shape, ShapeRecorder


def metric_item(ctx: Context, metric: MetricInfo, x: float, y: float, w: float) -> Item:
    """A metric tile at (x, y), laid out at (0, 0) once per look, like a card."""
    return cached_item(ctx, metric.id, (metric, w), x, y, lambda c: _metric(c, metric, x, y, w))


def metric_shape(ctx: Context, metric: MetricInfo, w: float) -> Shape:
    """How tall the tile is at any width (recorded at width `w`)."""
    recorder = ShapeRecorder(w)
    item = _metric(replace(ctx, recorder=recorder), metric, 0.0, 0.0, w)
    return recorder.shape(item.rect.h)


def _metric(ctx: Context, metric: MetricInfo, x: float, y: float, w: float) -> Item:
    """Name, before → after in large figures, the change and the target. The name stands on
    the figures' line when they fit together, else above them."""
    t, words = ctx.theme, ctx.words
    pad = t.card_pad
    ops: list[Op] = []
    cursor = pad
    before, after, target = metric.value_before, metric.value_after, metric.target
    big = t.metric
    unit = ctx.measure.clean(metric.unit.strip())
    values = [v for v in (before, after) if v is not None]
    texts = [words.number(v) for v in values] or ["–"]
    styles = ["semibold"] * (len(texts) - 1) + ["bold"]
    arrow_w = big * (0.2 + 0.7 + 0.2)
    figures = sum(ctx.measure.width(x, s, big) for x, s in zip(texts, styles, strict=True))
    figures += arrow_w * (len(texts) - 1)
    if unit:
        figures += ctx.measure.width(unit, "regular", t.body) + t.body * 0.3
    name = ctx.measure.clean(metric.name)
    name_w = ctx.measure.width(name, "semibold", t.body) + t.body * 0.7 if name else 0.0
    inline = name_w + figures <= w - 2 * pad
    if ctx.recorder is not None:
        ctx.recorder.line_break(name_w + figures, t.line(t.body), w - 2 * pad)
    elif not inline:
        cursor += ctx.text(ops, name, "semibold", t.body, t.ink_soft, pad, cursor, w - 2 * pad)
    line_h = t.line(big)
    baseline = cursor + (line_h - big) / 2 + ASCENT * big
    fx = pad
    if inline and name:
        ops.append(Text(fx, baseline, name, "semibold", t.body, t.ink_soft))
        fx += name_w
    for index, (text, style) in enumerate(zip(texts, styles, strict=True)):
        if index:
            fx += big * 0.2
            ops.extend(arrow(fx, baseline - big * 0.33, big * 0.7, t.ink_soft))
            fx += big * 0.7 + big * 0.2
        ops.append(Text(fx, baseline, text, style, big, t.ink if style == "bold" else t.ink_soft))
        fx += ctx.measure.width(text, style, big)
    if unit:
        gap = 0.0 if unit.startswith("/") else t.body * 0.3
        ops.append(Text(fx + gap, baseline, unit, "regular", t.body, t.ink_soft))
    cursor += line_h
    notes: list[Badge] = []
    if before is not None and after is not None and after != before:
        direction = 1.0 if target is None or target >= before else -1.0
        better = (after - before) * direction > 0
        delta = words.number(after - before)
        delta = delta if delta.startswith("−") else "+" + delta
        notes.append(
            Badge(
                "mark:high" if after > before else "mark:low", delta, t.gain if better else t.pain
            )
        )
    if target is not None:
        notes.append(Badge("", words("target", value=words.number(target)), t.ink_soft))
    if notes:
        cursor += badges_row(ctx, ops, notes, pad, cursor, w - 2 * pad)
    said = "" if ctx.simplified else measured(ctx, metric)
    if said:
        cursor += 2 + ctx.text(
            ops, said, "regular", t.small, t.ink_soft, pad, cursor + 2, w - 2 * pad
        )
    height = cursor + pad
    frame = Box(0.0, 0.0, w, height, fill=t.card, stroke=t.hairline, width=t.rule, radius=t.radius)
    accent = Box(0.0, t.radius, 3.0, height - 2 * t.radius, fill=t.accent("metrics"))
    return Item("metric", metric.id, Rect(x, y, w, height), (frame, accent, *ops), (x, y))


def measured(ctx: Context, metric: MetricInfo) -> str:
    """Where and when the figures were measured, and from how many answers: what makes them
    credible ("Enquête à chaud · 12 mars 2024 → 3 septembre 2024 · 200 → 180 réponses")."""
    words = ctx.words
    parts = [" ".join(metric.source.split())]
    dates = [words.iso_date(d) for d in (metric.measured_before, metric.measured_after) if d]
    parts.append(" → ".join(dates))
    inputs = parse_inputs(metric.kind, metric.inputs)
    if inputs is not None and not inputs.empty:
        counts = [inputs.phase(phase) for phase in PHASES]
        known = [str(answered(metric.kind, c)) for c in counts if c is not None]
        parts.append(words("answers", count=" → ".join(known)))
    return " · ".join(part for part in parts if part)


def arrow(x: float, y: float, length: float, colour: str) -> list[Op]:
    """A right-pointing arrow with its shaft at height y, drawn as a shape so that it keeps the
    weight of the figures beside it."""
    head = length * 0.38
    return [
        Line(x, y, x + length - head * 0.6, y, colour, max(length * 0.09, 0.5)),
        Path(
            (
                (x + length - head, y - head * 0.55),
                (x + length, y),
                (x + length - head, y + head * 0.55),
            ),
            fill=colour,
            closed=True,
        ),
    ]
