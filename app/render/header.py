"""The poster's head and foot: title, state, context, goal and persona; then the legend.

The head answers what a passer-by asks first (which journey, for whom, current or future,
how recent, from which file); the legend explains every mark the map actually uses.
"""

from __future__ import annotations

from datetime import date

from app.model.snapshot import JourneySnapshot, PersonaInfo

from .blocks import Badge, Context, badge_width, draw_badge
from .cards import arrow, cover_crop
from .ops import Box, Circle, Item, Line, Op, Path, Picture, Rect
from .theme import ink_on

GAP = 28.0


def header_item(
    ctx: Context, snap: JourneySnapshot, x: float, y: float, w: float, today: date
) -> Item:
    t, words = ctx.theme, ctx.words
    ops: list[Op] = []
    meta_w = min(280.0, w * 0.28)
    title_w = w - meta_w - GAP
    cursor = y
    if snap.project.title and snap.project.title != snap.journey.title:
        cursor += ctx.text(
            ops, snap.project.title, "semibold", t.eyebrow, t.ink_soft, x, cursor, title_w
        )
    cursor += ctx.text(ops, snap.journey.title or "—", "bold", t.title, t.ink, x, cursor, title_w)

    state = words("future" if snap.journey.state == "future" else "current")
    pill = Badge(
        "",
        state.upper(),
        t.paper,
        boxed=True,
        fill=t.future if snap.journey.state == "future" else t.ink,
    )
    pill_w = badge_width(ctx, pill)
    meta_x = x + w - meta_w
    draw_badge(ctx, ops, pill, x + w - pill_w, y + 2, t.line(t.label) + t.label * 0.8)
    meta_top = y + t.line(t.label) + t.label * 0.8 + 10
    meta = [words("exported", date=words.date(today)), words("file", name=snap.file_name)]
    if snap.project.author:
        meta.append(words("by", author=snap.project.author))
    for line in meta:
        for wrapped in ctx.measure.wrap(line, "regular", t.small, meta_w):
            lw = ctx.measure.width(wrapped, "regular", t.small)
            ctx.line_text(
                ops, wrapped, "regular", t.small, t.ink_soft, meta_x + meta_w - lw, meta_top
            )
            meta_top += t.line(t.small)
    cursor = max(cursor, meta_top) + 14

    persona_w = min(w * 0.36, 620.0) if snap.persona else 0.0
    text_w = min(w - persona_w - (GAP if snap.persona else 0.0), 1100.0)
    columns = [
        (words("context"), snap.journey.context, 0.58),
        (words("goal"), snap.journey.goal, 0.42),
    ]
    columns = [c for c in columns if c[1].strip()]
    heights = [0.0]
    cx = x
    total_share = sum(share for _, _, share in columns) or 1.0
    for label, text, share in columns:
        cw = (text_w - GAP * (len(columns) - 1)) * share / total_share
        h = _section(ctx, ops, label, text, cx, cursor, cw)
        heights.append(h)
        cx += cw + GAP
    if snap.persona:
        heights.append(_persona(ctx, ops, snap, snap.persona, x + w - persona_w, cursor, persona_w))
    bottom = cursor + max(heights) + 16
    ops.append(Line(x, bottom, x + w, bottom, t.ink, 1.2))
    return Item("header", snap.journey.id, Rect(x, y, w, bottom - y), tuple(ops))


def _section(
    ctx: Context, ops: list[Op], label: str, text: str, x: float, y: float, w: float
) -> float:
    t = ctx.theme
    ctx.line_text(ops, label.upper(), "bold", t.label, t.ink_faint, x, y)
    used = t.line(t.label) + 3
    used += ctx.text(ops, text, "regular", t.body * 1.1, t.ink, x, y + used, w)
    return used


def _persona(
    ctx: Context,
    ops: list[Op],
    snap: JourneySnapshot,
    persona: PersonaInfo,
    x: float,
    y: float,
    w: float,
) -> float:
    t, words = ctx.theme, ctx.words
    colour = persona.colour or t.accent("touchpoints")
    ctx.line_text(ops, words("persona").upper(), "bold", t.label, t.ink_faint, x, y)
    top = y + t.line(t.label) + 5
    photo = 64.0
    asset = snap.assets.get(persona.photo_sha256 or "")
    if asset is not None:
        crop = cover_crop(asset.width, asset.height, photo, photo)
        ops.append(Circle(x + photo / 2, top + photo / 2, photo / 2 + 2, fill=colour))
        ops.append(Picture(x, top, photo, photo, asset.sha256, crop, radius=photo / 2))
    else:
        ops.append(Circle(x + photo / 2, top + photo / 2, photo / 2, fill=colour))
        initials = "".join(part[:1] for part in persona.name.split()[:2]).upper() or "?"
        size = photo * 0.36
        iw = ctx.measure.width(initials, "bold", size)
        ctx.line_text(
            ops,
            initials,
            "bold",
            size,
            ink_on(colour, t),
            x + (photo - iw) / 2,
            top + (photo - t.line(size)) / 2,
        )
    tx = x + photo + 14
    tw = w - photo - 14
    used = ctx.text(ops, persona.name, "bold", t.heading, t.ink, tx, top, tw)
    role = ", ".join(
        part
        for part in (persona.role, words("age", age=persona.age) if persona.age else "")
        if part
    )
    if role:
        used += ctx.text(ops, role, "regular", t.small, t.ink_soft, tx, top + used, tw)
    if persona.quote:
        used += 4
        used += ctx.text(
            ops, words.quoted(persona.quote), "italic", t.body, t.ink, tx, top + used, tw
        )
    used = max(used, photo)
    for key, text in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        if text.strip():
            used += 6
            used += ctx.text(ops, words(key), "semibold", t.small, t.ink_soft, x, top + used, w)
            bullets = "\n".join("• " + line.strip() for line in text.splitlines() if line.strip())
            used += ctx.text(ops, bullets, "regular", t.small, t.ink_soft, x, top + used, w)
    return top + used - y


def legend_item(ctx: Context, x: float, y: float, w: float) -> Item:
    """Marks and channels the map uses, each as it appears on the map, with its name."""
    t, words = ctx.theme, ctx.words
    entries: list[Badge] = []
    if "pain" in ctx.marks:
        entries.append(Badge("mark:pain", words("pain"), t.pain))
    if "gain" in ctx.marks:
        entries.append(Badge("mark:gain", words("gain"), t.gain))
    if "moment" in ctx.marks:
        entries.append(Badge("mark:moment", words("moment"), t.moment))
    if "high" in ctx.marks or "low" in ctx.marks:
        entries.append(Badge("mark:high", words("high"), t.gain))
        entries.append(Badge("mark:low", words("low"), t.pain))
    if "quick_win" in ctx.marks:
        entries.append(Badge("mark:quick_win", words("quick_win"), t.moment))
    for channel in sorted(ctx.channels, key=words.channel):
        entries.append(Badge("channel:" + channel, words.channel(channel), t.accent("touchpoints")))
    ops: list[Op] = [Line(x, y, x + w, y, t.hairline, t.rule)]
    top = y + 12
    label_w = ctx.line_text(ops, words("legend").upper(), "bold", t.label, t.ink_faint, x, top + 2)
    size = t.label
    row_h = t.line(size) + size * 0.5
    start = x + label_w + 18
    cx, cy = start, top
    extras: list[tuple[str, list[Op]]] = []
    if "future" in ctx.marks:
        extras.append(
            (
                words("future_tp"),
                [Box(0, 0, 22, 11, stroke=t.future, width=1.1, dash=(4.0, 2.5), radius=2)],
            )
        )
    if ctx.marks & {"high", "low"} or "curve" in ctx.marks:
        wave = Path(((0, 8), (6, -2), (12, 14), (22, 3)), stroke=t.curve, width=2.0, bezier=True)
        extras.append((words("curve"), [wave]))
    if "metrics" in ctx.marks:
        extras.append((words("before_after"), arrow(0, 5.5, 18, t.ink_soft)))
    for badge in entries:
        bw = badge_width(ctx, badge)
        if cx > start and cx + bw > x + w:
            cx, cy = start, cy + row_h
        draw_badge(ctx, ops, badge, cx, cy, row_h)
        cx += bw + 18
    for text, sample in extras:
        sw = 26.0
        bw = sw + ctx.measure.width(text, "semibold", size)
        if cx > start and cx + bw > x + w:
            cx, cy = start, cy + row_h
        for op in sample:
            ops.append(_moved(op, cx, cy + (row_h - 11) / 2))
        ctx.line_text(
            ops, text, "semibold", size, t.ink_soft, cx + sw, cy + (row_h - t.line(size)) / 2
        )
        cx += bw + 18
    bottom = cy + row_h + 4
    made = ctx.words("made_with")
    mw = ctx.measure.width(made, "regular", t.label)
    ctx.line_text(ops, made, "regular", t.label, t.ink_faint, x + w - mw, bottom + 2)
    return Item("legend", "", Rect(x, y, w, bottom + t.line(t.label) + 2 - y), tuple(ops))


def _moved(op: Op, dx: float, dy: float) -> Op:
    if isinstance(op, Box):
        return Box(
            op.x + dx, op.y + dy, op.w, op.h, op.fill, op.stroke, op.width, op.radius, op.dash
        )
    if isinstance(op, Line):
        return Line(op.x1 + dx, op.y1 + dy, op.x2 + dx, op.y2 + dy, op.stroke, op.width, op.dash)
    if isinstance(op, Path):
        points = tuple((px + dx, py + dy) for px, py in op.points)
        return Path(points, op.stroke, op.fill, op.width, op.closed, op.bezier, op.dash)
    return op
