"""Text on the PNG poster, set word by word at the advance widths the layout measured.

FreeType's hinted advances drift by up to 15 % at small sizes, which would push lines out of
their cards, so each glyph goes where the layout's widths put it, to a third of a pixel, and
is rasterised once per (size, third). A poster sets some 400,000 glyphs in 80,000 words (the
workshop map at 150 dpi), and maps repeat their words: each word is composed once per style,
size and third of a pixel its pen starts on (its glyphs at their thirds from there, so within
a third of a pixel of where a pen running glyph by glyph puts them) and drawn in one call. The
pen still moves by the word's exact advance, so nothing drifts along a line.
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
        self._glyphs: dict[tuple[str, float], tuple[_Glyphs, ...]] = {}
        self._words: dict[tuple[str, float], tuple[_Words, ...]] = {}

    def text(self, op: Text, x: float, y: float, k: float, ink: Any) -> None:
        """Draw `op`, its baseline starting at pixel (x, y), at `k` pixels per point."""
        size = round(op.size * k * 4) / 4
        if size < 0.5:
            return
        scale = op.size * k / 1000
        words = self._words.get((op.style, scale))  # the scale sets the size too
        if words is None:
            advances = _Advances(op.style, scale)
            words = self._words[op.style, scale] = tuple(
                _Words(self.glyphs(op.style, size), advances, phase) for phase in range(3)
            )
        bitmap = self._draw.draw_bitmap
        baseline = round(y)
        space = words[0].advances[" "]
        for word in op.text.split(" "):
            if word:
                mask, dx, dy, advance = words[int((x % 1) * 3)][word]
                if mask is not None:
                    bitmap((int(x) + dx, baseline + dy), mask, ink)
                x += advance
            x += space

    def glyphs(self, style: str, size: float) -> tuple[_Glyphs, ...]:
        """A style's glyph masks at this pixel size, one table per third of a pixel."""
        thirds = self._glyphs.get((style, size))
        if thirds is None:
            thirds = self._glyphs[style, size] = tuple(
                _Glyphs(self, style, size, phase) for phase in range(3)
            )
        return thirds

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


Word = tuple[Any, int, int, float]  # its mask (None if it draws nothing), offset, advance


class _Words(dict[str, Word]):
    """A word's mask in one style and pixel size, its pen starting `phase` thirds of a pixel
    right of a whole pixel: its glyphs' masks composed where a pen from there puts them."""

    def __init__(self, thirds: tuple[_Glyphs, ...], advances: _Advances, phase: int) -> None:
        super().__init__()
        self.thirds, self.advances, self.phase = thirds, advances, phase

    def __missing__(self, word: str) -> Word:
        pen, advance = self.phase / 3, 0.0
        placed = []
        left = top = 1 << 30
        right = bottom = -left
        for char in word:
            if char != "\u00a0":
                mask, dx, dy = self.thirds[int((pen % 1) * 3)][char]
                if mask is not None:
                    x = int(pen) + dx
                    w, h = mask.size
                    placed.append((x, dy, w, h, mask))
                    left, top = min(left, x), min(top, dy)
                    right, bottom = max(right, x + w), max(bottom, dy + h)
            width = self.advances[char]
            pen += width
            advance += width
        if len(placed) < 2:
            x, y, _, _, mask = placed[0] if placed else (0, 0, 0, 0, None)
            found = self[word] = (mask, x, y, advance)
            return found
        from PIL import Image

        composed = Image.core.fill("L", (right - left, bottom - top), 0)
        for x, y, w, h, mask in placed:  # as drawn one by one: coverage adds up the same way
            composed.paste(255, (x - left, y - top, x - left + w, y - top + h), mask)
        found = self[word] = (composed, left, top, advance)
        return found
