"""The poster's look: type sizes, spacing and a calm palette that survives greyscale printing.

Sizes are in layout points at scale 1 (body text 10 pt), which is how the canvas shows them;
a poster is fitted to its paper (app/render/fit.py) and scaled by the writers, so on an A0 a
journey of up to 40 cards prints its smallest text at 14 pt or more, readable at 2 m.
Meaning never rests on colour alone: every sentiment, moment of truth, high and low also has a
shape and a word (see `legend_item` in header.py); pains are a darker tint than gains (they
differ in greyscale) and carry a dashed bar where gains have a solid one; every text colour
reaches the WCAG AA contrast (4.5:1) on the fills it is printed on (tests/render/test_colour.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Theme:
    # type (pt): no text is smaller than the body; card titles are 1.7 and stage headers 2.6
    # times it, the ratios a wall needs (14, 24 and 36 pt on an A0; see docs/posters)
    title: float = 48.0
    eyebrow: float = 15.0
    heading: float = 26.0  # stage titles
    lane_title: float = 15.0
    label: float = 10.0  # badges, section names, meta
    body: float = 10.0
    card_title: float = 17.0
    small: float = 10.0  # captions, who said a quote, owners
    legend: float = 11.5  # the legend reads like body text, not like a footnote
    metric: float = 26.0  # before -> after figures
    leading: float = 1.25  # line height as a multiple of the size

    # spacing (pt)
    margin: float = 30.0
    column: float = 230.0  # one grid unit of stage width
    column_gap: float = 10.0
    lane_header: float = 170.0
    row_unit: float = 48.0  # one grid unit of lane height
    cell_pad: float = 6.0
    card_gap: float = 7.0
    card_pad: float = 7.0
    radius: float = 4.0
    rule: float = 0.6
    emotion_min_height: float = 100.0
    photo_max: float = 90.0  # tallest photo frame in a card

    # colours
    paper: str = "#FFFFFF"
    ink: str = "#1F2A37"
    ink_soft: str = "#4B5867"
    ink_faint: str = "#56616E"
    hairline: str = "#D5DAE0"
    grid: str = "#E3E7EB"
    band: str = "#F4F6F8"
    card: str = "#FFFFFF"
    card_stroke: str = "#C9D0D8"
    pain: str = "#9E3623"
    pain_tint: str = "#F4D6CF"
    gain: str = "#2C7A52"
    gain_tint: str = "#EEF7F1"
    moment: str = "#744B00"
    moment_tint: str = "#FFF5DD"
    curve: str = "#27507C"
    positive_zone: str = "#F2F8F4"
    negative_zone: str = "#F6E4DF"
    future: str = "#6A5ACD"
    connection: str = "#3D4A5C"  # arrows between cards (the customer's path)
    lane_accents: dict[str, str] = field(
        default_factory=lambda: {
            "touchpoints": "#255478",
            "text": "#5C6B7A",
            "emotion": "#27507C",
            "pains_gains": "#8C4A3C",
            "opportunities": "#9A6500",
            "images": "#5C6B7A",
            "metrics": "#2E7D6B",
        }
    )

    def line(self, size: float) -> float:
        """Distance between baselines for text of this size."""
        return size * self.leading

    def accent(self, lane_kind: str) -> str:
        return self.lane_accents.get(lane_kind, self.ink_soft)


DEFAULT_THEME = Theme()


@cache
def mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0..1) of the way towards `other`."""
    a, b = _rgb(colour), _rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


@cache
def luminance(colour: str) -> float:
    """Relative luminance 0..1 (sRGB weights), to choose dark or light ink on a user colour."""
    r, g, b = (c / 255 for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ink_on(colour: str, theme: Theme) -> str:
    return theme.ink if luminance(colour) > 0.45 else "#FFFFFF"


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
