"""The poster's head and foot: title, state, context, goal and persona; then the legend.

The head answers what a passer-by asks first (which journey, for whom, current or future);
the foot explains every mark the map actually uses, and says how recent the poster is and from
which file it comes.
"""

from __future__ import annotations

from datetime import date

from app.model.schema import EFFORT_KINDS
from app.model.snapshot import JourneySnapshot, PersonaInfo

from .blocks import Badge, Context, badge_width, badges_row, draw_badge
from .blueprint import line_sample
from .cards import cover_crop
from .channel_words import named_channels
from .connections import arrow_ops
from .metrics import arrow
from .ops import Box, Circle, Item, Line, Op, Path, Picture, Rect, moved
from .theme import ink_on

GAP = 28.0


def header_item(
    ctx: Context, snap: JourneySnapshot, x: float, y: float, w: float, today: date
) -> Item:
    """State and project, the journey's title, then its context and goal side by side; the
    persona at the right from the top. When and from which file it was exported is in the
    foot (see `legend_item`), where it takes no height of its own.

    The persona and the text share the head's width so that the head is as short as it can
    be: a few shares are laid out and the shortest kept (a head is a handful of text blocks,
    and every line it saves goes to the cards)."""
    t = ctx.theme
    shares = tuple(0.26 + 0.04 * n for n in range(6)) if snap.persona else (0.0,)
    # on a wide poster the persona reaches its widest at every share: laid out once
    persona_widths = dict.fromkeys(min(w * share, 130 * t.small) for share in shares)
    heads = [_head(ctx, snap, x, y, w, persona_w) for persona_w in persona_widths]
    ops, height = min(heads, key=lambda head: head[1])
    bottom = y + height + 16
    ops.append(Line(x, bottom, x + w, bottom, t.ink, 1.2))
    return Item("header", snap.journey.id, Rect(x, y, w, bottom - y), tuple(ops))


def _head(
    ctx: Context, snap: JourneySnapshot, x: float, y: float, w: float, persona_w: float
) -> tuple[list[Op], float]:
    """The head's ops with the persona `persona_w` wide, and the height they take."""
    t, words = ctx.theme, ctx.words
    ops: list[Op] = []
    left_w = w - persona_w - (GAP if snap.persona else 0.0)
    state = words("future" if snap.journey.state == "future" else "current")
    pill = Badge(
        "",
        state.upper(),
        t.paper,
        boxed=True,
        fill=t.future if snap.journey.state == "future" else t.ink,
    )
    pill_h = t.line(t.label) + t.label * 0.8
    step = max(pill_h, t.line(t.eyebrow))
    draw_badge(ctx, ops, pill, x, y + (step - pill_h) / 2, pill_h)
    if snap.project.title and snap.project.title != snap.journey.title:
        px = x + badge_width(ctx, pill) + t.eyebrow * 0.8
        ctx.text(
            ops,
            snap.project.title,
            "semibold",
            t.eyebrow,
            t.ink_soft,
            px,
            y + (step - t.line(t.eyebrow)) / 2,
            x + left_w - px,
            max_lines=1,
        )
    cursor = y + step + 4
    title = snap.journey.title or "—"
    cursor += ctx.text(ops, title, "bold", t.title, t.ink, x, cursor, left_w, leading=1.1)
    cursor += 6
    columns = [
        (words("context"), snap.journey.context, 0.58),
        (words("goal"), snap.journey.goal, 0.42),
    ]
    columns = [c for c in columns if c[1].strip()]
    text_w = left_w
    heights = [cursor - y]
    cx = x
    total_share = sum(share for _, _, share in columns) or 1.0
    for label, text, share in columns:
        cw = (text_w - GAP * (len(columns) - 1)) * share / total_share
        heights.append(cursor - y + _section(ctx, ops, label, text, cx, cursor, cw))
        cx += cw + GAP
    if snap.persona:
        heights.append(_persona(ctx, ops, snap, snap.persona, x + w - persona_w, y, persona_w))
    return ops, max(heights)


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
    fields = (
        ("goals", persona.goals),
        ("frustrations", persona.frustrations),
        ("motivations", persona.motivations),
    )
    lists = [] if ctx.simplified else [(words(k), text) for k, text in fields if text.strip()]
    # on a wide head the lists stand beside who the persona is, not under: the head stays short
    beside = bool(lists) and w >= 80 * t.small
    who_w = min(w * 0.36, 36 * t.small) if beside else w
    tx = x + photo + 14
    tw = who_w - photo - 14
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
    if ctx.simplified:
        return top + used - y
    lx0, lw0 = (x + who_w + GAP, w - who_w - GAP) if beside else (x, w)
    # side by side, as many as keep a comfortable measure each, else one under the other
    per_row = max(1, min(len(lists), int((lw0 + GAP) / (18 * t.small + GAP))))
    lw = (lw0 - GAP * (per_row - 1)) / per_row
    below = 0.0 if beside else used + 6
    for start in range(0, len(lists), per_row):
        tallest = 0.0
        for index, (label, text) in enumerate(lists[start : start + per_row]):
            lx, ly = lx0 + (lw + GAP) * index, top + below
            drawn = ctx.text(ops, label, "semibold", t.small, t.ink_soft, lx, ly, lw)
            bullets = "\n".join("• " + line.strip() for line in text.splitlines() if line.strip())
            drawn += ctx.text(ops, bullets, "regular", t.small, t.ink_soft, lx, ly + drawn, lw)
            tallest = max(tallest, drawn)
        below += tallest + 6
    if persona.channels.strip():  # under the shorter column: the head stays short
        if beside and used + 6 < below:
            used += 6 + _channels(ctx, ops, persona.channels, x, top + used + 6, who_w)
        else:
            below += _channels(ctx, ops, persona.channels, lx0, top + below, lw0)
    return top + max(below, used) - y


def _channels(ctx: Context, ops: list[Op], text: str, x: float, y: float, w: float) -> float:
    """The persona's preferred channels, as the map's channel marks after their heading (the
    persona sheet prints the whole text); the text itself when it names no known channel."""
    t, words = ctx.theme, ctx.words
    label = words("channels")
    accent = t.accent("touchpoints")
    badges = [Badge("channel:" + c, words.channel(c), accent) for c in named_channels(text)]
    if not badges:
        used = ctx.text(ops, label, "semibold", t.small, t.ink_soft, x, y, w)
        said = " ".join(text.split())
        return used + ctx.text(ops, said, "regular", t.small, t.ink_soft, x, y + used, w) + 6
    label_w = ctx.measure.width(label, "semibold", t.small) + t.small * 0.8
    row_h = t.line(t.label) + t.label * 0.5
    ctx.line_text(ops, label, "semibold", t.small, t.ink_soft, x, y + (row_h - t.line(t.small)) / 2)
    return badges_row(ctx, ops, badges, x + label_w, y, w - label_w) + 6


def legend_item(
    ctx: Context,
    x: float,
    y: float,
    w: float,
    snap: JourneySnapshot | None = None,
    today: date | None = None,
) -> Item:
    """Marks and channels the map uses, each as it appears on the map, with its name, in type
    as large as the cards' text; then the export's date, file and author."""
    t, words = ctx.theme, ctx.words
    size = t.legend
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
    if "magic" in ctx.marks:
        entries.append(Badge("mark:magic", words("magic"), t.gain))
    if "quick_win" in ctx.marks:
        entries.append(Badge("mark:quick_win", words("quick_win"), t.moment))
    for kind in EFFORT_KINDS:
        if "effort:" + kind in ctx.marks:
            entries.append(Badge("effort:" + kind, words("effort_" + kind), t.pain))
    if "key" in ctx.marks:
        entries.append(Badge("mark:key", words("key_tp"), t.accent("touchpoints")))
    if "insight" in ctx.marks:
        entries.append(Badge("mark:insight", words("insight"), t.ink_soft))
    for channel in sorted(ctx.channels, key=words.channel):
        entries.append(Badge("channel:" + channel, words.channel(channel), t.accent("touchpoints")))
    ops: list[Op] = [Line(x, y, x + w, y, t.hairline, t.rule)]
    top = y + 12
    row_h = t.line(size) + size * 0.5
    label_w = ctx.line_text(
        ops, words("legend").upper(), "bold", size, t.ink, x, top + (row_h - t.line(size)) / 2
    )
    start = x + label_w + size * 1.6
    cx, cy = start, top
    k = size / 7.8  # the samples below are drawn for 7.8 pt type
    extras: list[tuple[str, list[Op]]] = []
    if "future" in ctx.marks:
        extras.append(
            (
                words("future_tp"),
                [Box(0, 0, 22 * k, 11 * k, stroke=t.future, width=1.1, dash=(4.0, 2.5), radius=2)],
            )
        )
    if ctx.marks & {"high", "low"} or "curve" in ctx.marks:
        wave = Path(
            ((0, 8 * k), (6 * k, -2 * k), (12 * k, 14 * k), (22 * k, 3 * k)),
            stroke=t.curve,
            width=2.0,
            bezier=True,
        )
        extras.append((words("curve"), [wave]))
    if "metrics" in ctx.marks:
        extras.append((words("before_after"), arrow(0, 5.5 * k, 18 * k, t.ink_soft)))
    if "connection" in ctx.marks:
        curve = ((0.0, 9 * k), (9 * k, 9 * k), (13 * k, 2 * k), (22 * k, 2 * k))
        extras.append((words("connection"), arrow_ops(curve, t.connection, t.paper)))
    for name in ("interaction", "visibility", "internal"):
        if "line:" + name in ctx.marks:
            line = line_sample(name, 22 * k, t.ink)
            extras.append((words("line_" + name), [moved(line, 0, 5.5 * k)]))
    gap = size * 1.6
    for badge in entries:
        bw = badge_width(ctx, badge, size)
        if cx > start and cx + bw > x + w:
            cx, cy = start, cy + row_h
        draw_badge(ctx, ops, badge, cx, cy, row_h, size)
        cx += bw + gap
    for text, sample in extras:
        sw = 26.0 * k
        bw = sw + ctx.measure.width(text, "semibold", size)
        if cx > start and cx + bw > x + w:
            cx, cy = start, cy + row_h
        for op in sample:
            ops.append(moved(op, cx, cy + (row_h - 11 * k) / 2))
        ctx.line_text(
            ops, text, "semibold", size, t.ink_soft, cx + sw, cy + (row_h - t.line(size)) / 2
        )
        cx += bw + gap
    bottom = cy + row_h + 6
    meta = []
    if snap is not None:
        meta = [words("exported", date=words.date(today or date.today()))]
        meta.append(words("file", name=snap.file_name))
        if snap.project.author:
            meta.append(words("by", author=snap.project.author))
    made = words("made_with")
    mw = ctx.measure.width(made, "regular", t.small)
    ctx.line_text(ops, made, "regular", t.small, t.ink_faint, x + w - mw, bottom)
    used = ctx.text(ops, " · ".join(meta), "regular", t.small, t.ink_soft, x, bottom, w - mw - GAP)
    bottom += max(used, t.line(t.small))
    return Item("legend", "", Rect(x, y, w, bottom + 2 - y), tuple(ops))
