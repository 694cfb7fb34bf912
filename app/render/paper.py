"""Paper sizes, orientation, where the poster sits on a page, and how tiles cover it.

Everything here is arithmetic in points (1/72 in), shared by the writers so that a PDF page,
a PNG and an SVG of the same paper hold the poster at the same place and scale.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import ExportError

MM = 72.0 / 25.4
PAPERS_MM: dict[str, tuple[float, float]] = {  # portrait width x height
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "LETTER": (215.9, 279.4),
    "LEGAL": (215.9, 355.6),
    "TABLOID": (279.4, 431.8),
}
TILE_PAPERS = ("A4", "A3", "LETTER")
MAX_CUSTOM_MM = 5000.0
_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Paper:
    """A sheet in points, already turned the way it will be printed."""

    name: str
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def turned(self, landscape: bool) -> Paper:
        short, long_ = sorted((self.width, self.height))
        return Paper(self.name, long_, short) if landscape else Paper(self.name, short, long_)


def parse_paper(text: str) -> Paper:
    """'A0', 'a3', 'Letter', or custom millimetres '600x900mm' (width x height)."""
    key = text.strip().upper()
    if key in PAPERS_MM:
        w, h = PAPERS_MM[key]
        return Paper(key, w * MM, h * MM)
    match = _CUSTOM.match(text)
    if not match:
        names = ", ".join(PAPERS_MM)
        raise ExportError(f"Unknown paper “{text}”: use one of {names}, or WIDTHxHEIGHTmm.")
    w, h = (float(v.replace(",", ".")) for v in match.group(1, 2))
    if not (50 <= w <= MAX_CUSTOM_MM and 50 <= h <= MAX_CUSTOM_MM):
        raise ExportError(
            f"A custom paper must be between 50 and {MAX_CUSTOM_MM:.0f} mm on each side."
        )
    return Paper(f"{w:g}x{h:g}mm", w * MM, h * MM)


def orient(paper: Paper, orientation: str, poster_w: float, poster_h: float) -> Paper:
    """Turn the paper as asked; 'auto' follows the poster's own shape."""
    if orientation == "portrait":
        return paper.turned(False)
    if orientation == "landscape":
        return paper.turned(True)
    if paper.name.endswith("mm"):  # custom sizes are taken as given
        return paper
    return paper.turned(poster_w >= poster_h)


@dataclass(frozen=True)
class Placement:
    """The poster scaled by `scale` with its top-left corner at (x, y) on the page (y down)."""

    scale: float
    x: float
    y: float
    width: float  # of the scaled poster
    height: float


def place(
    poster_w: float, poster_h: float, paper: Paper, margin: float, scale: float | None
) -> Placement:
    """Centre the poster in the page's printable area, scaled to fit or at a fixed scale."""
    room_w, room_h = paper.width - 2 * margin, paper.height - 2 * margin
    if room_w <= 0 or room_h <= 0:
        raise ExportError("The margins leave no room on that paper.")
    fit = min(room_w / poster_w, room_h / poster_h)
    if scale is None:
        scale = fit
    elif scale > fit * 1.0001:
        raise ExportError(
            f"At scale {scale:g} the poster is {poster_w * scale / MM:.0f} × "
            f"{poster_h * scale / MM:.0f} mm and does not fit on {paper.name}; choose a larger "
            f"paper, --tile, or a scale up to {math.floor(fit * 100) / 100:g}."
        )
    w, h = poster_w * scale, poster_h * scale
    return Placement(scale, (paper.width - w) / 2, (paper.height - h) / 2, w, h)


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    x: float  # the part of the placed poster this sheet shows, in page points
    y: float

    @property
    def label(self) -> str:
        return f"{_letters(self.row)}{self.column + 1}"


@dataclass(frozen=True)
class TilePlan:
    sheet: Paper
    margin: float
    overlap: float
    rows: int
    columns: int
    tiles: tuple[Tile, ...]

    @property
    def window(self) -> tuple[float, float]:
        """Size of the poster part printed on one sheet."""
        return self.sheet.width - 2 * self.margin, self.sheet.height - 2 * self.margin


def plan_tiles(
    area_w: float, area_h: float, sheet: Paper, margin: float, overlap: float
) -> TilePlan:
    """Cover an area with as few sheets as possible, each overlapping its neighbours."""
    best: TilePlan | None = None
    for landscape in (False, True):
        turned = sheet.turned(landscape)
        win_w, win_h = turned.width - 2 * margin, turned.height - 2 * margin
        if win_w <= overlap or win_h <= overlap:
            raise ExportError("The overlap is larger than what one sheet can print.")
        columns = max(1, math.ceil((area_w - overlap) / (win_w - overlap) - 1e-9))
        rows = max(1, math.ceil((area_h - overlap) / (win_h - overlap) - 1e-9))
        if best is None or rows * columns < best.rows * best.columns:
            tiles = tuple(
                Tile(r, c, c * (win_w - overlap), r * (win_h - overlap))
                for r in range(rows)
                for c in range(columns)
            )
            best = TilePlan(turned, margin, overlap, rows, columns, tiles)
    assert best is not None
    return best


def _letters(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text
