"""Text on the PNG poster, set glyph by glyph at the advance widths the layout measured.

FreeType's hinted advances drift by up to 15 % at small sizes, which would push lines out of
their cards, so each glyph goes where the layout's widths put it, to a third of a pixel, and
is rasterised once per (size, third). A poster sets some 400,000 glyphs (the workshop map at
150 dpi), so the loop over them does as little as it can: one table per style and size maps
a character to its advance in pixels, and one per third of a pixel to its mask.
"""

from __future__ import annotations

from typing import Any

from .fonts import advance_widths, face_for, face_path
from .ops import Text

Glyph = tuple[Any, int, int]  # FreeType's mask (an ImagingCore), its offset from the pen


class TextSetter:
    """Sets `Text` ops on one image through its ImagingDraw (`draw.draw_bitmap`), keeping the
    glyphs it rasterised for the next lines."""

    def __init__(self, draw: Any) -> None:
        self._draw = draw
        self._fonts: dict[tuple[str, float], Any] = {}
        self._advances: dict[tuple[str, float], _Advances] = {}
        self._glyphs: dict[tuple[str, float], tuple[_Glyphs, ...]] = {}

    def text(self, op: Text, x: float, y: float, k: float, ink: Any) -> None:
        """Draw `op`, its baseline starting at pixel (x, y), at `k` pixels per point."""
        size = round(op.size * k * 4) / 4
        if size < 0.5:
            return
        scale = op.size * k / 1000
        advances = self._advances.get((op.style, scale))
        if advances is None:
            advances = self._advances[op.style, scale] = _Advances(op.style, scale)
        thirds = self._glyphs.get((op.style, size))
        if thirds is None:
            thirds = self._glyphs[op.style, size] = tuple(
                _Glyphs(self, op.style, size, phase) for phase in range(3)
            )
        bitmap = self._draw.draw_bitmap
        baseline = round(y)
        for char in op.text:
            if char != " " and char != "\u00a0":
                mask, dx, dy = thirds[int((x % 1) * 3)][char]
                if mask is not None:
                    bitmap((int(x) + dx, baseline + dy), mask, ink)
            x += advances[char]

    def font(self, face: str, size: float) -> Any:
        """FreeType's face at this pixel size, loaded once (the fallback faces only if used)."""
        font = self._fonts.get((face, size))
        if font is None:
            from PIL import ImageFont

            font = ImageFont.truetype(
                str(face_path(face)), size, layout_engine=ImageFont.Layout.BASIC
            )
            self._fonts[(face, size)] = font
        return font


class _Advances(dict[str, float]):
    """A character's advance width in pixels, in one style at `scale` pixels per 1/1000 em
    (the product the layout's widths make, computed once per character)."""

    def __init__(self, style: str, scale: float) -> None:
        super().__init__()
        self.table, self.default = advance_widths(style)
        self.scale = scale

    def __missing__(self, char: str) -> float:
        width = self[char] = self.table.get(ord(char), self.default) * self.scale
        return width


class _Glyphs(dict[str, Glyph]):
    """A character's mask in one style and pixel size, its pen `phase` thirds of a pixel right
    of a whole pixel, rasterised when first drawn; an empty mask is None."""

    def __init__(self, setter: TextSetter, style: str, size: float, phase: int) -> None:
        super().__init__()
        self.setter, self.style, self.size, self.phase = setter, style, size, phase

    def __missing__(self, char: str) -> Glyph:
        font = self.setter.font(face_for(char, self.style), self.size)
        mask, offset = font.getmask2(char, "L", anchor="ls", start=(self.phase / 3, 0))
        glyph = self[char] = (mask if mask.size[0] else None, offset[0], offset[1])
        return glyph
