"""One card of the grid: its marks, title, body, attached verbatims and photos, and footer.

A card grows to hold all of its text (nothing is cut); its marks pair a colour with a shape
and a word, so a pain, a gain, a moment of truth or a future touchpoint still reads in a
greyscale print. In the simplified density a card keeps its title and marks only.
`card_shape` runs the same code in shape mode, for the fit to try widths cheaply.
"""

from __future__ import annotations

from app.model.snapshot import CardInfo, EvidenceInfo

from .blocks import Badge, Context, badges_row, evidence_counts, evidence_mark
from .cache import cached_item
from .icons import icon
from .ops import Box, Circle, Item, Line, Op, Picture, Rect
from .shapes import Shape, ShapeRecorder
from .theme import ink_on, mix

PHOTO_ASPECT = (0.45, 1.0)  # the frame's height / width is kept within this range


def card_item(ctx: Context, card: CardInfo, lane_kind: str, x: float, y: float, w: float) -> Item:
    """`card` at (x, y) with width `w`; its height follows from its content. Its ops are laid
    out at (0, 0), once per look when the caller keeps a `LayoutCache`."""
    if ctx.cache is None:  # an export: nothing to keep, so no closure per card either
        return _card(ctx, card, lane_kind, x, y, w)
    return cached_item(
        ctx, card.id, (card, lane_kind, w), x, y, lambda c: _card(c, card, lane_kind, x, y, w)
    )


def card_shape(ctx: Context, card: CardInfo, lane_kind: str, w: float) -> Shape:
    """How tall `card` is at any width (recorded at width `w`); notes its legend marks."""
    recorder = ShapeRecorder(w)
    _, fixed = _card_ops(ctx.recording(recorder), card, lane_kind, w)
    return recorder.shape(fixed, minimum=ctx.theme.card_title * 2.4)


def _card(ctx: Context, card: CardInfo, lane_kind: str, x: float, y: float, w: float) -> Item:
    ops, height = _card_ops(ctx, card, lane_kind, w)
    return Item("card", card.id, Rect(x, y, w, height), ops, (x, y))


def _card_ops(
    ctx: Context, card: CardInfo, lane_kind: str, w: float
) -> tuple[tuple[Op, ...], float]:
    t = ctx.theme
    pad = t.card_pad
    body_ops: list[Op] = []
    inner_x, inner_w = pad, w - 2 * pad
    fill, ink, soft = t.card, t.ink, t.ink_soft
    bar = None
    if card.colour:
        fill = card.colour
        ink = ink_on(fill, t)
        soft = ink if ink != t.ink else t.ink_soft
    elif card.sentiment == "pain":
        fill, bar = t.pain_tint, t.pain
    elif card.sentiment == "gain":
        fill, bar = t.gain_tint, t.gain
    if bar:
        inner_x += 3
        inner_w -= 3
    cursor = pad

    photos = [e for e in card.evidence if e.kind == "photo" and e.asset_sha256 in ctx.assets]
    shown = [] if ctx.simplified else photos if lane_kind == "images" else photos[:1]
    for photo in shown:
        said = photo.title or photo.text
        caption = "" if said.strip() in (card.title.strip(), card.body.strip()) else said
        cursor += _photo(ctx, body_ops, photo, caption, inner_x, cursor, inner_w)
        cursor += t.card_gap * 0.7

    badges = _badges(ctx, card, lane_kind, ink)
    if badges:
        cursor += badges_row(ctx, body_ops, badges, inner_x, cursor, inner_w) + 2
    if card.title:
        cursor += ctx.text(
            body_ops, card.title, "semibold", t.card_title, ink, inner_x, cursor, inner_w
        )
    if ctx.simplified:
        pass  # the title and the marks say it from two metres
    elif card.body:
        cursor += 2 if card.title else 0
        cursor += ctx.text(body_ops, card.body, "regular", t.body, soft, inner_x, cursor, inner_w)
    for evidence in () if ctx.simplified else card.evidence:
        if evidence.kind != "photo":
            cursor += t.card_gap * 0.6
            cursor += evidence_block(ctx, body_ops, evidence, inner_x, cursor, inner_w, soft)
    if ctx.simplified:
        pass
    elif lane_kind == "opportunities" or card.impact or card.effort:
        cursor += _opportunity_footer(ctx, card, body_ops, inner_x, cursor + 3, inner_w, soft) + 3
    elif card.owner:
        cursor += ctx.text(
            body_ops,
            ctx.words("owner", name=card.owner),
            "regular",
            t.small,
            soft,
            inner_x,
            cursor,
            inner_w,
        )
    if ctx.evidence_counts and ctx.recorder is None:
        counts = evidence_counts(card.evidence)
        if any(counts):
            cursor += 3 + evidence_mark(ctx, body_ops, counts, inner_x + inner_w, cursor + 3, soft)
    height = max(cursor + pad, 0.0 if ctx.recorder else t.card_title * 2.4)

    future = lane_kind == "touchpoints" and card.touchpoint_state == "future"
    if future:
        ctx.marks.add("future")
    if ctx.recorder is not None:  # shape mode: the height and the marks are all it is asked
        return (), height
    ops: list[Op] = []
    stroke, width = (t.future, 1.1) if future else (mix(fill, t.ink, 0.22), t.rule)
    if card.moment_of_truth:
        stroke, width = t.moment, 1.8
    elif card.magic_moment:
        stroke, width = t.gain, 1.8
    ops.append(
        Box(
            0.0,
            0.0,
            w,
            height,
            fill=fill,
            stroke=stroke,
            width=width,
            radius=t.radius,
            dash=(4.0, 2.5) if future else None,
        )
    )
    if bar == t.pain:  # a dashed bar for a pain, a solid one for a gain: not colour alone
        x = width / 2 + 1.6
        ops.append(Line(x, t.radius, x, height - t.radius, bar, 3.2, dash=(5.0, 3.0)))
    elif bar:
        ops.append(Box(width / 2, t.radius, 3.2, height - 2 * t.radius, fill=bar))
    ops.extend(body_ops)
    return tuple(ops), height


def _badges(ctx: Context, card: CardInfo, lane_kind: str, ink: str) -> list[Badge]:
    t, words = ctx.theme, ctx.words
    badges: list[Badge] = []
    if card.channel:
        ctx.channels.add(card.channel)
        accent = t.accent("touchpoints") if ink == t.ink else ink
        badges.append(Badge("channel:" + card.channel, words.channel(card.channel), accent))
    if card.moment_of_truth:
        ctx.marks.add("moment")
        badges.append(Badge("mark:moment", words("moment"), t.moment))
    if card.sentiment in ("pain", "gain"):
        ctx.marks.add(card.sentiment)
        colour = t.pain if card.sentiment == "pain" else t.gain
        badges.append(Badge("mark:" + card.sentiment, words(card.sentiment), colour))
    if card.magic_moment:
        ctx.marks.add("magic")
        badges.append(Badge("mark:magic", words("magic"), t.gain if ink == t.ink else ink))
    if card.effort_kind:
        ctx.marks.add("effort:" + card.effort_kind)
        colour = t.pain if ink == t.ink else ink
        badges.append(
            Badge("effort:" + card.effort_kind, words("effort_" + card.effort_kind), colour)
        )
    if card.key_touchpoint:
        ctx.marks.add("key")
        accent = t.accent("touchpoints") if ink == t.ink else ink
        badges.append(Badge("mark:key", words("key_tp"), accent))
    if ctx.simplified and card.impact and card.effort and card.impact >= 4 and card.effort <= 2:
        ctx.marks.add("quick_win")
        badges.append(Badge("mark:quick_win", words("quick_win"), t.moment))
    if lane_kind == "touchpoints" or card.channel:
        if card.touchpoint_state == "future":
            badges.append(Badge("", words("future"), t.future, boxed=True))
        if not card.direct:
            badges.append(Badge("", words("indirect"), t.ink_soft, boxed=True))
        if card.physical:
            badges.append(Badge("", words("physical"), t.ink_soft, boxed=True))
    return badges


def _photo(
    ctx: Context, ops: list[Op], photo: EvidenceInfo, caption: str, x: float, y: float, w: float
) -> float:
    """A photo frame cropped to a calm aspect, as wide as the card unless that would make it
    taller than `theme.photo_max` (then narrower, centred), and its caption (none when it only
    repeats the card); returns its height."""
    t = ctx.theme
    asset = ctx.assets[photo.asset_sha256 or ""]
    aspect = min(max(asset.height / asset.width, PHOTO_ASPECT[0]), PHOTO_ASPECT[1])
    if ctx.recorder is not None:
        ctx.recorder.photo(aspect, t.photo_max, w)
        if caption:
            ctx.text(ops, caption, "regular", t.small, t.ink_soft, x, y, w)
        return 2.0 if caption else 0.0
    h = min(w * aspect, t.photo_max)
    fw = h / aspect
    fx = x + (w - fw) / 2
    crop = cover_crop(asset.width, asset.height, fw, h)
    ops.append(Picture(fx, y, fw, h, asset.sha256, crop, radius=t.radius * 0.6))
    used = h
    if caption:
        used += 2 + ctx.text(ops, caption, "regular", t.small, t.ink_soft, x, y + h + 2, w)
    return used


def cover_crop(pw: int, ph: int, w: float, h: float) -> tuple[float, float, float, float]:
    """The centred part (in 0..1 units) of a pw x ph picture that fills a w x h frame."""
    picture, frame = pw / ph, w / h
    if picture > frame:
        share = frame / picture
        return ((1 - share) / 2, 0.0, share, 1.0)
    share = picture / frame
    return (0.0, (1 - share) / 2, 1.0, share)


def evidence_block(
    ctx: Context, ops: list[Op], evidence: EvidenceInfo, x: float, y: float, w: float, soft: str
) -> float:
    """A verbatim in italics behind a rule, with who said it; links and notes in small type."""
    t = ctx.theme
    if evidence.kind == "quote":
        text = evidence.text.strip()
        if text[:1] not in '«“"':
            text = ctx.words.quoted(text)
        indent = 7.0
        used = ctx.text(ops, text, "italic", t.body, soft, x + indent, y, w - indent)
        who = ", ".join(part for part in (evidence.speaker, evidence.source) if part)
        if who:
            used += ctx.text(
                ops, "— " + who, "regular", t.small, t.ink_faint, x + indent, y + used, w - indent
            )
        ops.append(Line(x + 1.5, y + 2, x + 1.5, y + used - 2, mix(soft, "#FFFFFF", 0.35), 1.6))
        return used
    if evidence.kind == "insight":
        return _insight(ctx, ops, evidence, x, y, w, soft)
    text = evidence.title or evidence.text or evidence.url
    if evidence.kind == "link" and evidence.url and evidence.title:
        text = f"{evidence.title} ({evidence.url})"
    return ctx.text(ops, text, "regular", t.small, soft, x, y, w)


def _insight(
    ctx: Context, ops: list[Op], evidence: EvidenceInfo, x: float, y: float, w: float, soft: str
) -> float:
    """A finding of the research: its mark and name, the finding, then its sources."""
    t, words = ctx.theme, ctx.words
    ctx.marks.add("insight")
    used = badges_row(ctx, ops, [Badge("mark:insight", words("insight"), soft)], x, y, w)
    finding = evidence.title or evidence.text
    if evidence.title and evidence.text:
        finding = f"{evidence.title} — {evidence.text}"
    used += ctx.text(ops, finding, "semibold", t.body, soft, x, y + used, w)
    sources = " ".join(evidence.source.split())
    if sources:
        said = words("sources", text=sources)
        used += ctx.text(ops, said, "regular", t.small, t.ink_faint, x, y + used, w)
    return used


def _opportunity_footer(
    ctx: Context, card: CardInfo, ops: list[Op], x: float, y: float, w: float, soft: str
) -> float:
    """Impact and effort as five dots each, owner, status, and the quick-win mark."""
    t, words = ctx.theme, ctx.words
    size = t.label
    step = t.line(size)
    cursor = y
    for key, value in (("impact", card.impact), ("effort", card.effort)):
        if value is None:
            continue
        label_w = ctx.line_text(ops, words(key), "semibold", size, soft, x, cursor)
        dot_x = x + max(label_w, ctx.measure.width(words("impact"), "semibold", size)) + size * 0.8
        cy = cursor + step / 2
        for index in range(5):
            cx = dot_x + index * size * 1.15 + size * 0.4
            if index < value:
                ops.append(Circle(cx, cy, size * 0.36, fill=soft))
            else:
                ops.append(Circle(cx, cy, size * 0.36, stroke=soft, width=0.6))
        cursor += step
    extras: list[Badge] = []
    if card.impact and card.effort and card.impact >= 4:
        if card.effort <= 2:
            ctx.marks.add("quick_win")
            extras.append(Badge("mark:quick_win", words("quick_win"), t.moment))
        elif card.effort >= 4:
            extras.append(Badge("", words("major"), t.ink_soft, boxed=True))
    if card.status:
        extras.append(Badge("", words("status_" + card.status), soft, boxed=True))
    if extras:
        cursor += badges_row(ctx, ops, extras, x, cursor + 1, w) + 1
    if card.owner:
        cursor += ctx.text(
            ops, words("owner", name=card.owner), "regular", t.small, soft, x, cursor, w
        )
    if card.due_date:
        due = words("due", date=words.iso_date(card.due_date))
        cursor += ctx.text(ops, due, "semibold", t.small, soft, x, cursor, w)
    return cursor - y


def lane_icon(ctx: Context, kind: str, x: float, y: float, size: float, colour: str) -> list[Op]:
    return icon("lane:" + kind, x, y, size, colour, ctx.theme.paper)
