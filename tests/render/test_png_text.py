"""Text on the PNG poster: the glyph, advance and word tables of `TextSetter` must draw what
setting each glyph on its own draws (FreeType's mask of the glyph at the third of a pixel its
pen lands on, the pen starting each word at the third of a pixel the line has reached there,
pens at the layout's advance widths), in every style, at small and large sizes, with fallback
faces and spaces that draw nothing. Where two glyphs of a word overlap, the word composed once
and drawn in one go may round its coverage differently from two draws, by a level or two."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from app.render.fonts import advance_widths, face_for, face_path
from app.render.ops import Text
from app.render.png_text import TextSetter

LINES = [
    "Crédit immobilier : de l’idée aux clés",
    "25\u00a0000\u00a0€ « guillemets » — œuvre, façon, élève",
    "Étape → suivante ✓ αβγ Ωμέγα Привет",
    "  deux  espaces, fin ",
    "iiiiillllll WWWMMM fi fl ff",
]


def _reference(
    image: Image.Image, op: Text, x: float, y: float, k: float, ink: tuple, overlaps: Image.Image
) -> None:
    """Each glyph rasterised and pasted on its own, its pen running from where its word starts
    at a third of a pixel; pixels two glyphs cover are marked in `overlaps`."""
    size = round(op.size * k * 4) / 4
    widths, default = advance_widths(op.style)
    scale = op.size * k / 1000
    draw = ImageDraw.Draw(image)
    covered = Image.new("L", image.size)
    for word in op.text.split(" "):
        if word:
            pen = int((x % 1) * 3) / 3  # from the word's whole pixel
            advance = 0.0
            for char in word:
                if char != "\u00a0":
                    font = ImageFont.truetype(
                        str(face_path(face_for(char, op.style))),
                        size,
                        layout_engine=ImageFont.Layout.BASIC,
                    )
                    phase = int((pen % 1) * 3)
                    mask, offset = font.getmask2(char, "L", anchor="ls", start=(phase / 3, 0))
                    if mask.size[0]:
                        at = (int(x) + int(pen) + offset[0], round(y) + offset[1])
                        draw.draw.draw_bitmap(at, mask, draw.draw.draw_ink(ink))
                        box = (*at, at[0] + mask.size[0], at[1] + mask.size[1])
                        glyph = Image.Image()._new(mask).point(lambda v: 255 if v else 0)
                        before = covered.crop(box)
                        both = ImageChops.darker(before, glyph)
                        overlaps.paste(ImageChops.lighter(overlaps.crop(box), both), box)
                        covered.paste(ImageChops.lighter(before, glyph), box)
                width = widths.get(ord(char), default) * scale
                pen += width
                advance += width
            x += advance
        x += widths.get(ord(" "), default) * scale


@pytest.mark.parametrize("k", [0.43, 1.0, 2.0833])
@pytest.mark.parametrize("style", ["regular", "italic", "semibold", "bold"])
def test_the_tables_draw_what_glyph_by_glyph_draws(k: float, style: str) -> None:
    made = Image.new("RGB", (int(1300 * k), int(400 * k)), (250, 248, 240))
    made.paste((40, 90, 160), (0, 0, made.width // 3, made.height))  # text over two colours
    kept = made.copy()
    overlaps = Image.new("L", made.size)
    setter = TextSetter(ImageDraw.Draw(made).draw)
    ink = (31, 42, 55)
    for repeat in range(2):  # the second time, every glyph comes from the tables
        for index, line in enumerate(LINES):
            for size in (10.0, 17.0, 26.0):
                op = Text(3.3 + index * 1.7, 0.0, line, style, size, "#1F2A37")
                x = 2.7 + repeat * 0.45 + index * 0.31
                y = (20 + index * 70 + size * 2) * k + repeat * 0.4
                setter.text(op, x, y, k, ImageDraw.Draw(made).draw.draw_ink(ink))
                _reference(kept, op, x, y, k, ink, overlaps)
    difference = ImageChops.lighter(*ImageChops.difference(made, kept).split()[:2])
    difference = ImageChops.lighter(difference, ImageChops.difference(made, kept).split()[2])
    assert ImageChops.darker(difference, ImageChops.invert(overlaps)).getbbox() is None
    assert difference.getextrema()[1] <= 2
    assert ImageChops.difference(made, Image.new("RGB", made.size)).getbbox()  # drew something


def test_text_too_small_to_see_draws_nothing() -> None:
    image = Image.new("L", (40, 20), 255)
    setter = TextSetter(ImageDraw.Draw(image).draw)
    setter.text(Text(0, 0, "minuscule", "regular", 1.0, "#000000"), 2.0, 15.0, 0.2, 0)
    assert image.getextrema() == (255, 255)
