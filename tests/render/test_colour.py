"""Meaning without colour: pains and gains stay apart in greyscale and carry different shapes;
every text colour reads on the fills it is printed on (WCAG 2 contrast ratios)."""

from __future__ import annotations

import io
import statistics
from datetime import date

import pytest
from PIL import Image

from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.render.fit import fit_poster
from app.render.ops import Box, Line, Text
from app.render.paper import MM, orient, parse_paper, place
from app.render.png import PngOptions, write_png
from app.render.theme import DEFAULT_THEME as T

TODAY = date(2026, 3, 13)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    h = colour.lstrip("#")
    r, g, b = (channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


CARD_FILLS = {"card": T.card, "pain": T.pain_tint, "gain": T.gain_tint, "band": T.band}
CARD_INKS = {
    "ink": T.ink,
    "soft": T.ink_soft,
    "faint": T.ink_faint,
    "moment": T.moment,
    "channel": T.accent("touchpoints"),
}


@pytest.mark.parametrize("fill", CARD_FILLS)
@pytest.mark.parametrize("ink", CARD_INKS)
def test_text_on_every_fill_reaches_aa(fill: str, ink: str) -> None:
    assert contrast(CARD_INKS[ink], CARD_FILLS[fill]) >= 4.5


def test_marks_read_on_their_own_cards() -> None:
    assert contrast(T.pain, T.pain_tint) >= 4.5  # "Irritant" on a pain card
    assert contrast(T.gain, T.gain_tint) >= 4.5
    assert contrast(T.future, T.card) >= 4.5
    assert contrast(T.ink, T.positive_zone) >= 4.5 and contrast(T.ink, T.negative_zone) >= 4.5


def test_pains_and_gains_differ_in_lightness() -> None:
    assert contrast(T.pain_tint, T.gain_tint) >= 1.2
    assert contrast(T.positive_zone, T.negative_zone) >= 1.1


def test_the_sample_in_greyscale_keeps_pains_and_gains_apart(sample: JourneyDocument) -> None:
    """The sample printed in greyscale at 72 dpi: the pain cards are a darker grey than the gain
    cards, and the pain cards' bar is dashed where the gains' is solid."""
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    paper = orient(parse_paper("A1"), "landscape", 1, 0)
    margin = 12 * MM
    poster = fit_poster(snap, (paper.width - 2 * margin, paper.height - 2 * margin), today=TODAY)
    out = io.BytesIO()
    write_png(poster, out, PngOptions(paper, "landscape", margin, None, dpi=72))
    at = place(poster.width, poster.height, paper, margin, None)
    k = 1.0
    grey = Image.open(io.BytesIO(out.getvalue())).convert("L")
    cards = {c.id: c for cells in snap.cells.values() for c in cells}
    medians: dict[str, list[float]] = {"pain": [], "gain": []}
    for item in poster.find("card"):
        card = cards[item.ref]
        if card.sentiment not in medians or card.colour or card.moment_of_truth:
            continue
        r = item.rect
        box = tuple(
            round(v)
            for v in (
                (at.x + (r.x + 8) * at.scale) * k,
                (at.y + (r.y + 4) * at.scale) * k,
                (at.x + (r.right - 4) * at.scale) * k,
                (at.y + (r.bottom - 4) * at.scale) * k,
            )
        )
        medians[card.sentiment].append(statistics.median(grey.crop(box).tobytes()))
        bars = [op for op in item.ops if isinstance(op, Line | Box) and op is not item.ops[0]]
        bar = next(op for op in bars if not isinstance(op, Text))
        assert (card.sentiment == "pain") == (isinstance(bar, Line) and bar.dash is not None)
    assert medians["pain"] and medians["gain"]
    assert max(medians["pain"]) + 15 <= min(medians["gain"]), medians
