"""The journey's statistics: per stage the feeling's range and mean, pains, gains and moments
of truth; the highs, lows and moments of truth with what backs them; how much of the map the
evidence covers.
"""

from __future__ import annotations

from datetime import date

from app.model.analysis import JourneyStats
from app.model.snapshot import JourneySnapshot

from ..layout import Poster
from ..ops import Box, Circle, Item, Line, Op, Rect
from ..theme import DEFAULT_THEME, Theme
from .page import HEIGHT, MARGIN, WIDTH, PageContext, foot, stamp, title_block, view_poster


def layout_statistics(
    snap: JourneySnapshot,
    stats: JourneyStats,
    file_name: str = "",
    today: date | None = None,
    theme: Theme = DEFAULT_THEME,
) -> Poster:
    language = snap.project.language
    page = PageContext.new(language, theme)
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    number = words.number
    coverage = words(
        "coverage",
        percent=number(round(stats.coverage * 100)),
        backed=stats.backed,
        total=stats.total,
    )
    head, top = title_block(page, "stats", [snap.journey], coverage)
    x0, width = MARGIN, WIDTH - 2 * MARGIN
    size = t.body * 1.05
    step = t.line(size)
    columns = [
        ("stage", 0.34),
        ("min_max_mean", 0.26),
        ("pains", 0.1),
        ("gains", 0.1),
        ("moments", 0.12),
        ("cards", 0.08),
    ]
    lefts, x = [], x0
    for _key, share in columns:
        lefts.append(x)
        x += width * share
    ops: list[Op] = [Box(x0, top, width, step + 8, fill=t.band)]
    for (key, share), left in zip(columns, lefts, strict=True):
        label = words("emotion") + " — " + words(key) if key == "min_max_mean" else words(key)
        ctx.text(ops, label, "bold", size, t.ink, left + 4, top + 4, width * share - 8)
    y = top + step + 8
    for figures in stats.stages:
        row_h = step + 8
        cells = [
            f"{figures.number}. {figures.stage.title}",
            " · ".join(
                number(v)
                for v in (figures.emotion_min, figures.emotion_max, figures.emotion_mean)
                if v is not None
            ),
            str(figures.pains),
            str(figures.gains),
            str(figures.moments_of_truth),
            str(figures.cards),
        ]
        for (key, share), left, text in zip(columns, lefts, cells, strict=True):
            colour = {"pains": t.pain, "gains": t.gain, "moments": t.moment}.get(key, t.ink)
            style = "semibold" if key in ("stage", "pains", "gains", "moments") else "regular"
            ctx.text(
                ops,
                text or words("nothing"),
                style,
                size,
                colour,
                left + 4,
                y + 4,
                width * share - 8,
                max_lines=1,
            )
        y += row_h
        ops.append(Line(x0, y, x0 + width, y, t.hairline, t.rule))
    totals = [
        "",
        "",
        str(stats.pains),
        str(stats.gains),
        str(stats.moments_of_truth),
        str(sum(f.cards for f in stats.stages)),
    ]
    ops.append(Box(x0, y, width, step + 8, fill=t.band))
    ctx.text(ops, words("total"), "bold", size, t.ink, x0 + 4, y + 4, 200)
    for (_key, share), left, text in zip(columns, lefts, totals, strict=True):
        if text:
            ctx.text(ops, text, "bold", size, t.ink, left + 4, y + 4, width * share - 8)
    y += step + 8
    table = Item("stats-table", "", Rect(x0, top, width, y - top), tuple(ops))
    items = [head, table, _landmarks(page, stats, y + 22)]
    items.append(foot(page, stamp(page, file_name, today), HEIGHT))
    return view_poster(page, items, f"{words('stats')} — {snap.journey.title}", language)


def _landmarks(page: PageContext, stats: JourneyStats, top: float) -> Item:
    """Highs, lows and moments of truth in stage order, each with its first verbatims."""
    ctx, t, words = page.ctx, page.ctx.theme, page.words
    x0, width = MARGIN, WIDTH - 2 * MARGIN
    ops: list[Op] = []
    y = top
    y += 4 + ctx.text(
        ops, words("highs_lows").upper(), "bold", t.label * 1.2, t.curve, x0, y, width
    )
    bottom = HEIGHT - MARGIN - 24
    colours = {"high": t.gain, "low": t.pain, "moment": t.moment}
    names = {"high": words("high_point"), "low": words("low_point"), "moment": words("moment")}
    size = t.body * 1.05
    for mark in stats.landmarks:
        if y + 2 * t.line(size) > bottom:
            break
        ops.append(Circle(x0 + 5, y + t.line(size) / 2, 4.5, fill=colours[mark.kind]))
        value = f" ({words.number(mark.value)})" if mark.value is not None else ""
        line = f"{names[mark.kind]} · {mark.stage.title} — {mark.label or '—'}{value}"
        y += ctx.text(ops, line, "semibold", size, t.ink, x0 + 16, y, width - 16, max_lines=2)
        said = [e for e in mark.evidence if e.kind != "photo"][:2]
        for evidence in said:
            quote = words.quoted(evidence.text or evidence.title)
            who = f" — {evidence.speaker}" if evidence.speaker else ""
            y += ctx.text(
                ops, quote + who, "italic", t.small, t.ink_soft, x0 + 16, y, width - 16, max_lines=2
            )
        if not mark.evidence:
            y += ctx.text(
                ops, words("no_evidence"), "italic", t.small, t.ink_faint, x0 + 16, y, width - 16
            )
        y += 6
    return Item("stats-landmarks", "", Rect(x0, top, width, y - top), tuple(ops))
