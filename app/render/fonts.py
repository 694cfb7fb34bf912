"""The bundled font family, and the one text measurer every writer's line breaks come from.

Widths are the font's own advance widths (the numbers ReportLab's `stringWidth` uses, with no
kerning), so the PDF, PNG and SVG writers all place the same words on the same lines. Loading
goes through ReportLab's TrueType parser only; nothing here needs Qt or a display.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from app import bundled

FAMILY = "Open Sans"
"""The family name written into SVG files and given to Qt."""

STYLES: dict[str, str] = {
    "regular": "OpenSans-Regular.ttf",
    "italic": "OpenSans-Italic.ttf",
    "semibold": "OpenSans-Semibold.ttf",
    "bold": "OpenSans-Bold.ttf",
}
SVG_STYLE: dict[str, tuple[str, str]] = {  # style -> (font-weight, font-style)
    "regular": ("400", "normal"),
    "italic": ("400", "italic"),
    "semibold": ("600", "normal"),
    "bold": ("700", "normal"),
}
ASCENT = 0.765  # of the font size, from the font's hhea table
DESCENT = 0.240
CAP_HEIGHT = 0.714

_SUBSTITUTES = {
    "\u202f": "\u00a0",  # narrow no-break space (French typography) -> no-break space
    "\u2009": " ",
    "\t": " ",
    "\r": "",
    "\u2011": "-",
    "\u00ad": "",
}


def font_dir() -> Path:
    """Where the bundled font files live (resources/fonts, found through importlib.resources)."""
    return bundled.path("fonts")


def font_path(style: str) -> Path:
    """A bundled font file; a missing one is a `MissingResourceError` sentence."""
    return bundled.path("fonts", STYLES[style])


def reportlab_name(style: str) -> str:
    return "Parcours-" + STYLES[style].removesuffix(".ttf")


@cache
def register_reportlab() -> None:
    """Register the four styles with ReportLab once per process (each parse takes ~20 ms)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for style in STYLES:
        pdfmetrics.registerFont(TTFont(reportlab_name(style), str(font_path(style))))
    family = reportlab_name("regular")
    addMapping(family, 0, 0, reportlab_name("regular"))
    addMapping(family, 0, 1, reportlab_name("italic"))
    addMapping(family, 1, 0, reportlab_name("bold"))
    addMapping(family, 1, 1, reportlab_name("bold"))


@cache
def advance_widths(style: str) -> tuple[dict[int, float], float]:
    """Advance widths per code point in 1/1000 em, and the width of a missing glyph."""
    from reportlab.pdfbase import pdfmetrics

    register_reportlab()
    face = pdfmetrics.getFont(reportlab_name(style)).face
    return dict(face.charWidths), float(face.defaultWidth)


class TextMeasurer:
    """Measures and wraps text in the bundled font; caches each text's words and their widths,
    since a fitted poster is laid out several times and maps repeat words."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], float] = {}
        self._words: dict[tuple[str, str], list[list[tuple[str, float]]]] = {}
        self._glyphs = frozenset(chr(code) for code in advance_widths("regular")[0]) | {"\n", " "}
        self._table = str.maketrans(_SUBSTITUTES)

    def clean(self, text: str) -> str:
        """The text as the font can print it: known substitutes, then '?' for what it lacks."""
        if text.isascii() and text.isprintable():
            return text
        text = text.translate(self._table)
        if self._glyphs.issuperset(text):
            return text
        out = []
        for char in text:
            if char in self._glyphs:
                out.append(char)
                continue
            base = unicodedata.normalize("NFKD", char)[:1]
            if base and base in self._glyphs and base.isprintable():
                out.append(base)
            elif unicodedata.category(char)[0] in "CZ":
                out.append(" " if unicodedata.category(char) == "Zs" else "")
            else:
                out.append("?")
        return "".join(out)

    def units(self, text: str, style: str) -> float:
        """Width of `text` in 1/1000 em."""
        key = (style, text)
        found = self._cache.get(key)
        if found is None:
            widths, default = advance_widths(style)
            found = sum(widths.get(ord(c), default) for c in text)
            self._cache[key] = found
        return found

    def width(self, text: str, style: str, size: float) -> float:
        return self.units(text, style) * size / 1000.0

    def _paragraphs(self, text: str, style: str) -> list[list[tuple[str, float]]]:
        key = (style, text)
        found = self._words.get(key)
        if found is None:
            units = self.units
            found = [
                [(word, units(word, style)) for word in paragraph.split(" ") if word]
                for paragraph in self.clean(text).split("\n")
            ]
            self._words[key] = found
        return found

    def wrap(self, text: str, style: str, size: float, max_width: float) -> list[str]:
        """Greedy line breaks at ordinary spaces (never at a no-break space), words split only
        when a single word is wider than the line; newlines in the text are kept."""
        limit = max_width * 1000.0 / size
        space = self.units(" ", style)
        lines: list[str] = []
        for paragraph in self._paragraphs(text, style):
            current: list[str] = []
            used = 0.0
            for word, w in paragraph:
                if w > limit:
                    if current:
                        lines.append(" ".join(current))
                    pieces = list(self._split_word(word, style, limit))
                    lines.extend(pieces[:-1])
                    current, used = [pieces[-1]], self.units(pieces[-1], style)
                elif not current:
                    current, used = [word], w
                elif used + space + w <= limit:
                    current.append(word)
                    used += space + w
                else:
                    lines.append(" ".join(current))
                    current, used = [word], w
            lines.append(" ".join(current))
        while len(lines) > 1 and not lines[-1]:
            lines.pop()
        return lines if any(lines) else []

    def _split_word(self, word: str, style: str, limit: float) -> Iterator[str]:
        widths, default = advance_widths(style)
        start, used = 0, 0.0
        for index, char in enumerate(word):
            w = widths.get(ord(char), default)
            if used + w > limit and index > start:
                yield word[start:index]
                start, used = index, 0.0
            used += w
        yield word[start:]
