"""A one-page persona sheet: who the map is drawn for, printed alone or before the poster.

The sheet is designed on an A4 portrait page (595 x 842 pt) and, like a poster, scaled by the
writers to the paper. It reads top to bottom as people present a persona in a workshop: face,
name and role; their words; what they want, what hurts, what drives them, where to reach them;
then the journeys drawn for them. The type is as large as the page allows (110 % of the
poster's down to 72 % for long texts); beyond that the page grows longer: nothing is cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from app.model.snapshot import JourneyInfo, JourneySnapshot, PersonaInfo

from .blocks import Badge, Context, badge_width, draw_badge
from .cards import cover_crop, evidence_block
from .channel_words import bullet_lines, named_channels
from .errors import ExportError
from .fonts import TextMeasurer
from .labels import Words
from .layout import Poster
from .ops import Box, Circle, Item, Line, Op, Picture, Rect, moved
from .theme import DEFAULT_THEME, Theme, ink_on, luminance, mix

WIDTH, HEIGHT = 595.0, 842.0  # A4 portrait, in points
MARGIN = 40.0
GUTTER = 28.0
FOOTER = 64.0  # kept free at the foot of the page for the footer
PHOTO = (150.0, 176.0)
TYPE_STEPS = (1.1, 1.04, 1.0, 0.94, 0.88, 0.82, 0.77, 0.72)


def layout_persona_sheet(
    snapshot: JourneySnapshot,
    theme: Theme = DEFAULT_THEME,
    today: date | None = None,
    journeys: Sequence[JourneyInfo] = (),
) -> Poster:
    """The persona of `snapshot`'s journey on one portrait page; `journeys` are those drawn for
    this persona (default: the snapshot's own). Refuses a journey without a persona."""
    persona = snapshot.persona
    if persona is None:
        raise ExportError(no_persona(snapshot.journey.title))
    shown = tuple(journeys) or (snapshot.journey,)
    measure = TextMeasurer()
    for k in TYPE_STEPS:
        items, bottom = _Sheet(snapshot, persona, theme, k, measure).body(shown)
        if bottom <= HEIGHT - FOOTER:
            break
    height = max(HEIGHT, bottom + FOOTER)
    sheet = _Sheet(snapshot, persona, theme, k, measure)
    footer = sheet.footer(height, today or date.today())
    background = Item(
        "background", "", Rect(0, 0, WIDTH, height), (Box(0, 0, WIDTH, height, fill=theme.paper),)
    )
    words = sheet.ctx.words
    photo = snapshot.assets.get(persona.photo_sha256 or "")
    return Poster(
        width=WIDTH,
        height=height,
        items=(background, *items, footer),
        assets={photo.sha256: photo} if photo is not None else {},
        title=words("persona_sheet", name=persona.name or "—"),
        author=snapshot.project.author,
        subject=persona.role,
        language=snapshot.project.language,
        column=0.0,
    )


def no_persona(journey_title: str) -> str:
    return f"The journey “{journey_title or '—'}” has no persona to print."


class _Sheet:
    """Builds the sheet's items with every type size multiplied by `k`."""

    def __init__(
        self,
        snap: JourneySnapshot,
        persona: PersonaInfo,
        theme: Theme,
        k: float,
        measure: TextMeasurer,
    ) -> None:
        t = replace(theme, label=8.4 * k, body=10.5 * k, small=8.6 * k)
        self.ctx = Context(t, Words(snap.project.language), measure, snap.assets)
        self.snap, self.persona, self.k = snap, persona, k
        self.colour = persona.colour or theme.accent("touchpoints")  # the portrait, the band
        self.deep = (  # marks and words on white: the colour, darkened if too light to read
            self.colour if luminance(self.colour) < 0.45 else mix(self.colour, theme.ink, 0.55)
        )
        self.tint = mix(self.colour, theme.paper, 0.9)

    def body(self, journeys: Sequence[JourneyInfo]) -> tuple[list[Item], float]:
        """Everything above the footer, and where it ends."""
        items = [self.head()]
        y = items[0].rect.bottom + 30 * self.k
        if self.persona.quote.strip():
            items.append(self.quote(y))
            y = items[-1].rect.bottom + 30 * self.k
        y = self.sections(items, y)
        items.append(self.journeys(journeys, y))
        y = items[-1].rect.bottom
        said = [e for e in self.persona.evidence if e.kind != "photo"]
        if said:
            items.append(self.evidence(said, y + 24 * self.k))
            y = items[-1].rect.bottom
        return items, y

    # -- blocks ----------------------------------------------------------------------------

    def head(self) -> Item:
        """A tinted band: the photo (or initials), then who the persona is."""
        ctx, t, p, k = self.ctx, self.ctx.theme, self.persona, self.k
        pw, ph = PHOTO[0] * max(k, 0.85), PHOTO[1] * max(k, 0.85)
        ops: list[Op] = []
        self._portrait(ops, MARGIN, MARGIN, pw, ph)
        tx = MARGIN + pw + 26
        tw = WIDTH - MARGIN - tx
        text: list[Op] = []
        used = ctx.text(text, ctx.words("persona").upper(), "bold", t.label, self.deep, tx, 0, tw)
        size = t.title * k
        while size > 22 and len(ctx.measure.wrap(p.name, "bold", size, tw)) > 2:
            size -= 2
        used += 2 + ctx.text(text, p.name or "—", "bold", size, t.ink, tx, used + 2, tw)
        if p.role:
            used += 4 + ctx.text(text, p.role, "regular", 13 * k, t.ink_soft, tx, used + 4, tw)
        if p.age is not None:
            age = ctx.words("age", age=p.age)
            used += 2 + ctx.text(text, age, "semibold", 13 * k, t.ink_soft, tx, used + 2, tw)
        top = MARGIN + max(0.0, (ph - used) / 2)
        ops.extend(moved(op, 0, top) for op in text)
        bottom = max(MARGIN + ph, top + used) + 28
        band = Box(0, 0, WIDTH, bottom, fill=self.tint, radius=10)
        return Item("persona", p.id, Rect(0, 0, WIDTH, bottom), (band, *ops))

    def _portrait(self, ops: list[Op], x: float, y: float, w: float, h: float) -> None:
        t, p = self.ctx.theme, self.persona
        radius = 14.0
        asset = self.snap.assets.get(p.photo_sha256 or "")
        if asset is not None:
            ops.append(Box(x - 3, y - 3, w + 6, h + 6, fill=t.paper, radius=radius + 3))
            crop = cover_crop(asset.width, asset.height, w, h)
            ops.append(Picture(x, y, w, h, asset.sha256, crop, radius=radius))
            return
        ops.append(Box(x, y, w, h, fill=self.colour, radius=radius))
        initials = "".join(part[:1] for part in p.name.split()[:2]).upper() or "?"
        size = w * 0.34
        iw = self.ctx.measure.width(initials, "bold", size)
        self.ctx.line_text(
            ops,
            initials,
            "bold",
            size,
            ink_on(self.colour, t),
            x + (w - iw) / 2,
            y + (h - t.line(size)) / 2,
        )

    def quote(self, y: float) -> Item:
        """The persona's words, large, in italics, behind a bar of their colour."""
        ctx, t, k = self.ctx, self.ctx.theme, self.k
        ops: list[Op] = []
        x, w = MARGIN + 20, WIDTH - 2 * MARGIN - 20
        text = ctx.words.quoted(self.persona.quote.strip())
        used = ctx.text(ops, text, "italic", 17 * k, t.ink, x, y, w)
        ops.insert(0, Box(MARGIN, y + 3, 3.5, used - 6, fill=self.deep, radius=1.5))
        return Item("quote", self.persona.id, Rect(MARGIN, y, WIDTH - 2 * MARGIN, used), tuple(ops))

    def sections(self, items: list[Item], y: float) -> float:
        """Goals, frustrations, motivations and channels, two by two; returns the new bottom."""
        words, p = self.ctx.words, self.persona
        wanted = [
            ("goals", words("goals"), p.goals),
            ("frustrations", words("frustrations"), p.frustrations),
            ("motivations", words("motivations"), p.motivations),
            ("channels", words("channels"), p.channels),
        ]
        present = [s for s in wanted if s[2].strip()]
        cw = (WIDTH - 2 * MARGIN - GUTTER) / 2
        for row in range(0, len(present), 2):
            tallest = 0.0
            for column, (key, label, text) in enumerate(present[row : row + 2]):
                x = MARGIN + column * (cw + GUTTER)
                ops: list[Op] = []
                used = self._label(ops, label, x, y, cw)
                if key == "channels":
                    used += self._channels(ops, text, x, y + used, cw)
                else:
                    used += self._bullets(ops, bullet_lines(text), x, y + used, cw)
                items.append(Item("section", key, Rect(x, y, cw, used), tuple(ops)))
                tallest = max(tallest, used)
            y += tallest + 26 * self.k
        return y

    def journeys(self, journeys: Sequence[JourneyInfo], y: float) -> Item:
        """The journeys drawn for the persona: their state, then their title."""
        ctx, t = self.ctx, self.ctx.theme
        w = WIDTH - 2 * MARGIN
        ops: list[Op] = []
        used = self._label(ops, ctx.words("journeys_for"), MARGIN, y, w)
        pills = [self._state(journey) for journey in journeys]
        pill_w = max(badge_width(ctx, pill) for pill in pills)
        size = 12 * self.k
        for journey, pill in zip(journeys, pills, strict=True):
            row = max(t.line(size), t.line(t.label) + t.label * 0.8)
            draw_badge(ctx, ops, pill, MARGIN, y + used + (t.line(size) - row) / 2, row)
            tx = MARGIN + pill_w + 12
            title = journey.title or "—"
            used += ctx.text(ops, title, "semibold", size, t.ink, tx, y + used, w - pill_w - 12)
            used += 6 * self.k
        return Item("journeys", "", Rect(MARGIN, y, w, used), tuple(ops))

    def evidence(self, said: Sequence, y: float) -> Item:
        """Quotes, links and notes attached to the persona."""
        ctx, t = self.ctx, self.ctx.theme
        w = WIDTH - 2 * MARGIN
        ops: list[Op] = []
        used = self._label(ops, ctx.words("persona_evidence"), MARGIN, y, w)
        for found in said:
            used += evidence_block(ctx, ops, found, MARGIN, y + used, w, t.ink_soft) + 6 * self.k
        return Item("evidence", self.persona.id, Rect(MARGIN, y, w, used), tuple(ops))

    def footer(self, height: float, today: date) -> Item:
        """The project's title on the left, the export date on the right, under a hairline."""
        ctx, t = self.ctx, self.ctx.theme
        y = height - MARGIN - 10
        size = 8.5
        ops: list[Op] = [Line(MARGIN, y, WIDTH - MARGIN, y, t.hairline, t.rule)]
        when = ctx.words("exported", date=ctx.words.date(today))
        ww = ctx.measure.width(when, "regular", size)
        title = self.snap.project.title or self.snap.journey.title
        room = WIDTH - 2 * MARGIN - ww - 24
        ctx.text(ops, title, "semibold", size, t.ink_soft, MARGIN, y + 8, room, max_lines=1)
        ctx.line_text(ops, when, "regular", size, t.ink_faint, WIDTH - MARGIN - ww, y + 8)
        return Item("footer", "", Rect(MARGIN, y, WIDTH - 2 * MARGIN, 8 + t.line(size)), tuple(ops))

    # -- pieces ----------------------------------------------------------------------------

    def _label(self, ops: list[Op], label: str, x: float, y: float, w: float) -> float:
        """A section's name in small capitals under a hairline with a stroke of colour."""
        t = self.ctx.theme
        ops.append(Line(x, y + 1, x + w, y + 1, t.hairline, t.rule))
        ops.append(Box(x, y, 26, 2.4, fill=self.deep))
        used = 9 * self.k
        used += self.ctx.text(ops, label.upper(), "bold", t.label * 1.08, self.deep, x, y + used, w)
        return used + 6 * self.k

    def _bullets(self, ops: list[Op], lines: list[str], x: float, y: float, w: float) -> float:
        """One bullet per line, with a hanging indent; returns the height used."""
        t = self.ctx.theme
        used = 0.0
        indent = 13.0 * self.k
        for line in lines:
            ops.append(Circle(x + 3, y + used + t.line(t.body) / 2, 2.1 * self.k, fill=self.deep))
            used += self.ctx.text(
                ops, line, "regular", t.body, t.ink, x + indent, y + used, w - indent
            )
            used += 4.5 * self.k
        return max(used - 4.5 * self.k, 0.0)

    def _channels(self, ops: list[Op], text: str, x: float, y: float, w: float) -> float:
        """The known channels the text names, as icons with their names; then the text."""
        words, used = self.ctx.words, 0.0
        badges = [
            Badge(
                "channel:" + channel, words.channel(channel), self.deep, boxed=True, fill=self.tint
            )
            for channel in named_channels(text)
        ]
        if badges:
            used = self._chips(ops, badges, x, y, w) + 8 * self.k
        return used + self._bullets(ops, bullet_lines(text, split_semicolons=True), x, y + used, w)

    def _chips(self, ops: list[Op], badges: list[Badge], x: float, y: float, w: float) -> float:
        """Pills left to right, wrapping with room between the rows; returns the height used."""
        t = self.ctx.theme
        pill_h = t.line(t.label) + t.label * 0.5
        step = pill_h + 5 * self.k
        cx, cy = x, y
        for badge in badges:
            bw = badge_width(self.ctx, badge)
            if cx > x and cx + bw > x + w:
                cx, cy = x, cy + step
            draw_badge(self.ctx, ops, badge, cx, cy, pill_h)
            cx += bw + t.label * 0.8
        return cy + pill_h - y

    def _state(self, journey: JourneyInfo) -> Badge:
        t, future = self.ctx.theme, journey.state == "future"
        state = self.ctx.words("future" if future else "current")
        return Badge("", state.upper(), t.paper, boxed=True, fill=t.future if future else t.ink)
