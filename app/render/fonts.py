"""The bundled fonts, their fallback chain, and the one text measurer every writer's line breaks
come from.

Each style has a chain of faces: Open Sans first, then DejaVu Sans (arrows, ticks, more Latin,
Greek and Cyrillic, symbols), so that whatever a user types prints. A character is drawn with
the first face of its chain that has it; a character no bundled face has prints as a white
square (`MISSING`), never as "?". Widths are the faces' own advance widths (the numbers
ReportLab's `stringWidth` uses, with no kerning), so the PDF, PNG and SVG writers and the
canvas all place the same words on the same lines. Loading goes through ReportLab's TrueType
parser only; nothing here needs Qt or a display.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import cast

from app import bundled

FAMILY = "Open Sans"
"""The family name given to Qt (and, for text that is not embedded, to SVG readers)."""
FALLBACK_FAMILY = "DejaVu Sans"
"""The family Qt substitutes for characters Open Sans lacks, as the writers do."""

STYLES: dict[str, str] = {  # the first face of each style
    "regular": "OpenSans-Regular.ttf",
    "italic": "OpenSans-Italic.ttf",
    "semibold": "OpenSans-Semibold.ttf",
    "bold": "OpenSans-Bold.ttf",
}
FALLBACKS: dict[str, tuple[str, ...]] = {  # then these, in order (DejaVu has no semibold)
    "regular": ("DejaVuSans.ttf",),
    "italic": ("DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"),
    "semibold": ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"),
    "bold": ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"),
}
SVG_STYLE: dict[str, tuple[str, str]] = {  # style -> (font-weight, font-style)
    "regular": ("400", "normal"),
    "italic": ("400", "italic"),
    "semibold": ("600", "normal"),
    "bold": ("700", "normal"),
}
ASCENT = 0.765  # of the font size, from Open Sans' hhea table
DESCENT = 0.240
CAP_HEIGHT = 0.714
MISSING = "\u25a1"
"""WHITE SQUARE: what a character that no bundled face has prints as (a visible box)."""

_SUBSTITUTES = {
    "\u202f": "\u00a0",  # narrow no-break space (French typography) -> no-break space
    "\u2009": " ",
    "\t": " ",
    "\r": "",
    "\u2011": "-",
    "\u00ad": "",
}
_NO_LINE_START = frozenset("»:;?!")
"""French typography: a word starting with these never begins a line (it stays with the word
before it, as if the space before it were a no-break space); a word ending with « never ends
one."""
_JOINING = re.compile("|".join([*(" " + re.escape(mark) for mark in sorted(_NO_LINE_START)), "« "]))


def font_dir() -> Path:
    """Where the bundled font files live (resources/fonts, found through importlib.resources)."""
    return bundled.path("fonts")


def font_path(style: str) -> Path:
    """A bundled font file; a missing one is a `MissingResourceError` sentence."""
    return bundled.path("fonts", STYLES[style])


def chain(style: str) -> tuple[str, ...]:
    """The font files of `style`, the first one tried first."""
    return (STYLES[style], *FALLBACKS[style])


def all_faces() -> tuple[str, ...]:
    """Every bundled font file, each once."""
    return tuple(dict.fromkeys(face for style in STYLES for face in chain(style)))


def face_path(face: str) -> Path:
    """A bundled font file; a missing one is a `MissingResourceError` sentence."""
    return bundled.path("fonts", face)


def face_name(face: str) -> str:
    """The name a face is registered under with ReportLab."""
    return "Parcours-" + face.removesuffix(".ttf")


def reportlab_name(style: str) -> str:
    return face_name(STYLES[style])


@cache
def register_face(face: str) -> str:
    """Register one face with ReportLab once per process; return its name there."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = face_name(face)
    pdfmetrics.registerFont(TTFont(name, str(face_path(face))))
    return name


@cache
def register_reportlab() -> None:
    """Register the four styles with ReportLab once per process (each parse takes ~3 ms); the
    fallback faces are registered when a text needs them."""
    from reportlab.lib.fonts import addMapping

    for style in STYLES:
        register_face(STYLES[style])
    family = reportlab_name("regular")
    addMapping(family, 0, 0, reportlab_name("regular"))
    addMapping(family, 0, 1, reportlab_name("italic"))
    addMapping(family, 1, 0, reportlab_name("bold"))
    addMapping(family, 1, 1, reportlab_name("bold"))


@cache
def face_widths(face: str) -> tuple[dict[int, float], float]:
    """Advance widths per code point in 1/1000 em, and the width of a missing glyph."""
    from reportlab.pdfbase import pdfmetrics

    found = pdfmetrics.getFont(register_face(face)).face
    return dict(found.charWidths), float(found.defaultWidth)


@cache
def advance_widths(style: str) -> tuple[dict[int, float], float]:
    """Advance widths per code point in 1/1000 em along the style's chain (the first face that
    has a character gives its width), and the width of a missing glyph."""
    merged: dict[int, float] = {}
    for face in reversed(chain(style)):
        merged.update(face_widths(face)[0])
    return merged, face_widths(STYLES[style])[1]


@cache
def coverage(face: str) -> frozenset[str]:
    """The characters a face has."""
    return frozenset(chr(code) for code in face_widths(face)[0])


@cache
def printable() -> frozenset[str]:
    """Characters some bundled face prints in every style (the last face of each chain is
    DejaVu Sans, the widest)."""
    return frozenset.intersection(*(coverage(STYLES[s]) | coverage(chain(s)[-1]) for s in STYLES))


def runs(text: str, style: str) -> list[tuple[str, str]]:
    """`text` cut into (face, part) runs, each part drawn with the first face of the style's
    chain that has all its characters; most lines are one run of the first face."""
    faces = chain(style)
    first = coverage(faces[0])
    if first.issuperset(text):
        return [(faces[0], text)]
    out: list[tuple[str, str]] = []
    for char in text:
        face = faces[-1]
        for candidate in faces:
            if char in coverage(candidate):
                face = candidate
                break
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + char)
        else:
            out.append((face, char))
    return out


def face_for(char: str, style: str) -> str:
    """The face of `style`'s chain that draws `char`."""
    for face in chain(style):
        if char in coverage(face):
            return face
    return chain(style)[-1]


class TextMeasurer:
    """Measures and wraps text in the bundled fonts; caches each text's words and their widths,
    since a poster and the canvas lay out the same texts again and maps repeat words.

    A text is cut into paragraphs once; each keeps its words, their widths, the paragraph as
    one line and that line's length, so that wrapping a paragraph that fits on one line (most
    titles) costs one comparison."""

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, float]] = {}  # style -> text -> width in 1/1000 em
        self._words: dict[tuple[str, str], list[_Paragraph]] = {}
        self._glyphs = printable() | {"\n", " "}

    def clean(self, text: str) -> str:
        """The text as the fonts can print it: composed (NFC), known substitutes, the base
        letter of what no face has, else a visible box (`MISSING`)."""
        if text.isascii() and text.isprintable():
            return text
        text = unicodedata.normalize("NFC", text)
        for char, substitute in _SUBSTITUTES.items():  # `in` scans at C speed; translate does not
            if char in text:
                text = text.replace(char, substitute)
        if self._glyphs.issuperset(text):
            return text
        out = []
        for char in text:
            if char in self._glyphs:
                out.append(char)
                continue
            category = unicodedata.category(char)
            base = unicodedata.normalize("NFKD", char)[:1]
            if category[0] in "CZ":
                out.append(" " if category == "Zs" else "")
            elif category in ("Mn", "Me"):  # a mark no face draws (e.g. a variation selector)
                out.append("")
            elif base and base in self._glyphs and base.isprintable() and base != " ":
                out.append(base)
            else:
                out.append(MISSING)
        return "".join(out)

    def units(self, text: str, style: str) -> float:
        """Width of `text` in 1/1000 em."""
        known = self._cache.get(style)
        if known is None:
            known = self._cache[style] = {}
        found = known.get(text)
        if found is None:
            found = known[text] = sum(map(char_widths(style).__getitem__, text))
        return found

    def width(self, text: str, style: str, size: float) -> float:
        return self.units(text, style) * size / 1000.0

    def _paragraphs(self, text: str, style: str) -> list[_Paragraph]:
        key = (style, text)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = [
                self._paragraph(paragraph, style) for paragraph in self.clean(text).split("\n")
            ]
        return found

    def _paragraph(self, paragraph: str, style: str) -> _Paragraph:
        # written for speed: an export measures some 4,000 new paragraphs, most of whose
        # words it has met already
        words = paragraph.split(" ")
        if not _FRENCH_MARKS.isdisjoint(paragraph) and _joins_words(paragraph):
            words = _unbreakable(words)
        elif "" in words:
            words = [word for word in words if word]
        known = self._cache.get(style)
        if known is None:
            known = self._cache[style] = {}
        found = list(map(known.get, words))
        if None in found:  # new words: measured as `units` does, each once
            glyphs = char_widths(style).__getitem__
            for index, width in enumerate(found):
                if width is None:
                    word = words[index]
                    width = known.get(word)
                    if width is None:
                        width = known[word] = sum(map(glyphs, word))
                    found[index] = width
        widths = cast(list[float], found)
        space = known.get(" ")
        if space is None:
            space = self.units(" ", style)
        length = sum(widths) + space * max(len(words) - 1, 0)
        return words, widths, " ".join(words), length

    def lengths(self, text: str, style: str) -> tuple[float, ...]:
        """Unwrapped length of each paragraph of `text`, in 1/1000 em (for estimates)."""
        return tuple(paragraph[3] for paragraph in self._paragraphs(text, style))

    def wrap(self, text: str, style: str, size: float, max_width: float) -> list[str]:
        """Greedy line breaks at ordinary spaces (never at a no-break space, nor before » : ; ?
        ! or after «), words split only when a single word is wider than the line; newlines
        in the text are kept."""
        limit = max_width * 1000.0 / size
        surely = limit - abs(limit) * 1e-9  # under this, the greedy loop's sums agree: one line
        lines: list[str] = []
        for words, widths, line, length in self._paragraphs(text, style):
            if length <= surely:
                lines.append(line)
            else:
                self._greedy(lines, words, widths, style, limit)
        while len(lines) > 1 and not lines[-1]:
            lines.pop()
        return lines if any(lines) else []

    def _greedy(
        self, lines: list[str], words: list[str], widths: list[float], style: str, limit: float
    ) -> None:
        space = self.units(" ", style)
        current: list[str] = []
        used = 0.0
        for word, w in zip(words, widths, strict=True):
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


_Paragraph = tuple[list[str], list[float], str, float]
"""A paragraph's words (as the line breaker may move them), their widths, the words as one
line, and that line's length (in 1/1000 em)."""
_FRENCH_MARKS = frozenset("»:;?!«")


class _Widths(dict[str, float]):
    """Advance widths by character; a character no face has takes the missing glyph's."""

    default = 0.0

    def __missing__(self, char: str) -> float:
        return self.default


@cache
def char_widths(style: str) -> _Widths:
    """`advance_widths` by character rather than code point, for summing with `map`."""
    widths, default = advance_widths(style)
    found = _Widths({chr(code): w for code, w in widths.items()})
    found.default = default
    return found


def _joins_words(paragraph: str) -> bool:
    """Whether `_unbreakable` may join words of `paragraph`: a mark after a space, or « before
    one (a narrow no-break space before a mark, as French typography sets it, joins already)."""
    return _JOINING.search(paragraph) is not None


def _unbreakable(words: list[str]) -> list[str]:
    """Words as the line breaker may move them: a word that starts with » : ; ? ! is joined to
    the one before it, and a word that ends with « to the one after it (French typography)."""
    out: list[str] = []
    for word in words:
        if not word:
            continue
        if out and (word[0] in _NO_LINE_START or out[-1].endswith("«")):
            out[-1] = out[-1] + " " + word
        else:
            out.append(word)
    return out
