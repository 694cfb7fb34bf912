"""Fonts inside an SVG poster, so that it opens the same on a machine without ours.

Two ways, chosen by the user:
- **embedded** (default): each face the poster uses is subset with fontTools to the characters
  it prints, renamed to a family of ours (so no installed "Open Sans" of another version can
  stand in for it), and written as an `@font-face` rule with the font as base64 data. The text
  stays text: a designer can still edit it in a browser-based tool or Figma.
- **outlines**: every glyph is drawn once as a path in `<defs>` and placed with `<use>`; no
  font is needed at all, which suits Inkscape and Illustrator (they ignore `@font-face`).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from .fonts import (
    FALLBACK_FAMILY,
    FAMILY,
    STYLES,
    advance_widths,
    chain,
    face_for,
    face_path,
    runs,
)
from .ops import Text

EMBEDDED_FAMILY = "Parcours Sans"
EMBEDDED_FALLBACK = "Parcours Sans Fallback"
FACE_CSS: dict[str, tuple[str, int, str]] = {  # face -> (family, weight, style)
    "OpenSans-Regular.ttf": (EMBEDDED_FAMILY, 400, "normal"),
    "OpenSans-Italic.ttf": (EMBEDDED_FAMILY, 400, "italic"),
    "OpenSans-Semibold.ttf": (EMBEDDED_FAMILY, 600, "normal"),
    "OpenSans-Bold.ttf": (EMBEDDED_FAMILY, 700, "normal"),
    "DejaVuSans.ttf": (EMBEDDED_FALLBACK, 400, "normal"),
    "DejaVuSans-Oblique.ttf": (EMBEDDED_FALLBACK, 400, "italic"),
    "DejaVuSans-Bold.ttf": (EMBEDDED_FALLBACK, 700, "normal"),
}
FONT_STACK = (
    f"'{EMBEDDED_FAMILY}', '{EMBEDDED_FALLBACK}', '{FAMILY}', '{FALLBACK_FAMILY}', sans-serif"
)
"""The font-family of the poster: our embedded faces first, then the same fonts if installed."""


def used_characters(texts: Iterable[Text]) -> dict[str, set[str]]:
    """The characters each face prints, face by face along each style's chain: each character
    goes to the first face of the chain that has it, as `runs` draws it. The characters are
    gathered by style first, then given their face once each (a poster has some 17,000 lines
    and a few hundred characters)."""
    by_style: dict[str, set[str]] = {}
    empty: set[str] = set()  # styles with an empty line, which `runs` gives their first face
    for op in texts:
        chars = by_style.get(op.style)
        if chars is None:
            chars = by_style[op.style] = set()
        chars.update(op.text)
        if not op.text:
            empty.add(op.style)
    used: dict[str, set[str]] = {chain(style)[0]: set() for style in empty}
    for style, chars in by_style.items():
        for char in chars:
            used.setdefault(face_for(char, style), set()).add(char)
    return used


def font_face_rules(texts: Iterable[Text]) -> str:
    """A <style> element with one `@font-face` per face used, each a subset as data."""
    rules = []
    for face, chars in sorted(used_characters(texts).items()):
        family, weight, style = FACE_CSS[face]
        data = base64.b64encode(subset(face, frozenset(chars))).decode("ascii")
        rules.append(
            f'@font-face{{font-family:"{family}";font-weight:{weight};font-style:{style};'
            f'src:url(data:font/ttf;base64,{data}) format("truetype")}}'
        )
    return "<style>\n" + "\n".join(rules) + "\n</style>\n" if rules else ""


@cache
def subset(face: str, chars: frozenset[str]) -> bytes:
    """The face cut down to `chars` (and the space), named as our embedded family."""
    from fontTools import subset as subsetting
    from fontTools.ttLib import TTFont

    font = TTFont(str(face_path(face)))
    options = subsetting.Options()
    options.hinting = False  # screens and printers scale these outlines; hints are dead weight
    options.layout_features = []  # the layout places each character itself (no kerning)
    options.notdef_outline = True
    # DejaVu's FontForge timestamp table: dropped on purpose, so that fontTools does not warn
    # on stderr that it cannot subset it (an export to standard output writes nothing else)
    options.drop_tables = [*options.drop_tables, "FFTM"]
    subsetter = subsetting.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)) + " \u00a0")
    subsetter.subset(font)
    family, weight, style = FACE_CSS[face]
    sub = {400: "Regular", 600: "Semibold", 700: "Bold"}[weight]
    sub = "Italic" if style == "italic" else sub
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 2, 4, 6, 16, 17):
            name.removeNames(nameID=record.nameID)
    name.setName(family, 1, 3, 1, 0x409)
    name.setName(sub, 2, 3, 1, 0x409)
    name.setName(f"{family} {sub}", 4, 3, 1, 0x409)
    name.setName(f"{family.replace(' ', '')}-{sub}", 6, 3, 1, 0x409)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


class Outlines:
    """Glyphs as SVG paths, each defined once in <defs> and placed with <use>."""

    def __init__(self) -> None:
        self.defined: dict[tuple[str, str], str] = {}  # (face, char) -> id
        self.defs: list[str] = []

    def text(self, op: Text, fill: str) -> str:
        """One line of text as a group of placed glyphs."""
        parts = []
        widths, default = advance_widths(op.style)  # the layout's own advances
        upm = _font(STYLES[op.style]).upm  # every bundled face has 2048 units per em
        x = 0.0  # in font units
        for face, part in runs(op.text, op.style):
            font = _font(face)
            for char in part:
                glyph = self._glyph(face, font, char)
                if glyph:
                    parts.append(f'<use href="#{glyph}" x="{svg_number(x)}"/>')
                x += widths.get(ord(char), default) * upm / 1000
        if not parts:
            return ""
        k = op.size / upm
        return (
            f'<g fill="{fill}" transform="translate({svg_number(op.x)} {svg_number(op.y)}) '
            f'scale({k:.6f} {-k:.6f})">{"".join(parts)}</g>\n'
        )

    def _glyph(self, face: str, font: _Face, char: str) -> str:
        key = (face, char)
        found = self.defined.get(key)
        if found is None:
            d = font.path(char)
            found = self.defined[key] = f"g{len(self.defined)}" if d else ""
            if d:
                self.defs.append(f'<path id="{found}" d="{d}"/>\n')
        return found


class _Face:
    """A font's outlines and advances, in font units."""

    def __init__(self, face: str) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(str(face_path(face)))
        self.upm = self.font["head"].unitsPerEm
        self.cmap = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()

    def path(self, char: str) -> str:
        from fontTools.pens.svgPathPen import SVGPathPen

        name = self.cmap.get(ord(char), ".notdef")
        pen: Any = SVGPathPen(self.glyphs, ntos=svg_number)
        self.glyphs[name].draw(pen)
        return str(pen.getCommands())


@cache
def _font(face: str) -> _Face:
    return _Face(face)


@lru_cache(maxsize=16384)  # a poster asks some 100,000 numbers and has about 5,000 different
def svg_number(value: float) -> str:
    """A coordinate as the SVG writes it: two decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"
