"""SVG posters for designers who finish the map in Illustrator, Inkscape or Figma.

Text stays text (one <text> per line, in a group per card so a card moves as one) in the
bundled fonts, embedded as subsets (or, on request, every glyph as an outline: see
svg_fonts.py); photos are embedded once as data URIs in <defs> and placed with <use>, and the
document is sized in millimetres with a viewBox in points, so it opens at the paper's size.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from .fonts import SVG_STYLE
from .ops import Box, Circle, Line, Op, Path, Picture, Text, placeholder
from .paper import MM, Paper, orient, place
from .svg_fonts import FONT_STACK, Outlines, font_face_rules
from .svg_fonts import svg_number as _n

if TYPE_CHECKING:
    from .layout import Poster

TEXT_MODES = ("embedded", "outlines")


@dataclass(frozen=True)
class SvgOptions:
    paper: Paper
    orientation: str = "auto"
    margin: float = 0.0
    scale: float | None = None
    text: str = "embedded"  # embedded (fonts as @font-face data) | outlines (glyphs as paths)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, even escaped: dropped, so the SVG always parses (a map
cannot hold them since text.py, but a writer does not rely on that)."""


def _xml(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def write_svg(poster: Poster, out: io.BufferedIOBase | io.BytesIO, options: SvgOptions) -> None:
    """Write the SVG document as UTF-8 bytes (photos go out as base64 without a text detour)."""
    paper = orient(options.paper, options.orientation, poster.width, poster.height)
    at = place(poster.width, poster.height, paper, options.margin, options.scale)
    outlines = Outlines() if options.text == "outlines" else None
    parts: list[str] = [
        f'<g id="poster" transform="translate({_n(at.x)} {_n(at.y)}) scale({at.scale:.6f})" '
        f'font-family={quoteattr(FONT_STACK)} style="font-kerning:none">\n'
    ]
    clip_index = 0
    for number, item in enumerate(poster.items):
        ident = f"{item.kind}-{item.ref}" if item.ref else f"{item.kind}-{number}"
        dx, dy = item.origin
        moved = f' transform="translate({_n(dx)} {_n(dy)})"' if dx or dy else ""
        parts.append(f"<g id={quoteattr(ident)}{moved}>\n")
        for op in item.ops:
            if isinstance(op, Picture):
                parts.append(_picture(op, poster, clip_index))
                clip_index += 1
            elif outlines is not None and isinstance(op, Text):
                parts.append(outlines.text(op, op.colour))
            else:
                parts.append(_op(op))
        parts.append("</g>\n")
    parts.append("</g>\n</svg>\n")
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'version="1.1" width="{_n(paper.width / MM)}mm" height="{_n(paper.height / MM)}mm" '
        f'viewBox="0 0 {_n(paper.width)} {_n(paper.height)}" xml:lang="{poster.language}">\n',
        f"<title>{_xml(poster.title)}</title>\n<desc>{_xml(poster.subject)}</desc>\n",
    ]
    if outlines is None:
        texts = (op for item in poster.items for op in item.ops if isinstance(op, Text))
        head.append(font_face_rules(texts))
    out.write("".join(head).encode("utf-8"))
    _defs(poster, out, outlines.defs if outlines else [])
    out.write("".join(parts).encode("utf-8"))


def _defs(poster: Poster, out: io.BufferedIOBase | io.BytesIO, glyphs: list[str]) -> None:
    """Each photo once, as a data URI at its own pixel size; one clip path per placement; the
    glyphs, when text goes as outlines."""
    used = {op.sha256 for item in poster.items for op in item.ops if isinstance(op, Picture)}
    out.write(b"<defs>\n")
    out.write("".join(glyphs).encode("utf-8"))
    for sha in sorted(used):
        asset = poster.assets.get(sha)
        if asset is None or asset.refusal is not None:
            continue
        out.write(
            f'<image id="photo-{sha[:16]}" width="{asset.width}" height="{asset.height}" '
            f'preserveAspectRatio="none" xlink:href="data:{asset.media_type};base64,'.encode(
                "ascii"
            )
        )
        out.write(base64.b64encode(asset.data))
        out.write(b'"/>\n')
    clips = []
    for item in poster.items:
        for op in item.ops:
            if isinstance(op, Picture):
                r = f' rx="{_n(op.radius)}"' if op.radius else ""
                clips.append(
                    f'<clipPath id="clip-{len(clips)}"><rect x="{_n(op.x)}" y="{_n(op.y)}" '
                    f'width="{_n(op.w)}" height="{_n(op.h)}"{r}/></clipPath>\n'
                )
    out.write(("".join(clips) + "</defs>\n").encode("utf-8"))


def _picture(op: Picture, poster: Poster, index: int) -> str:
    asset = poster.assets.get(op.sha256)
    if asset is None:
        return ""
    if asset.refusal is not None:  # it failed its check: its bytes were never read
        return "".join(_op(mark) for mark in placeholder(op))
    cx, cy, cw, ch = op.crop
    full_w, full_h = op.w / cw, op.h / ch
    left, top = op.x - cx * full_w, op.y - cy * full_h
    sx, sy = full_w / asset.width, full_h / asset.height
    return (
        f'<g clip-path="url(#clip-{index})"><use xlink:href="#photo-{op.sha256[:16]}" '
        f'transform="translate({_n(left)} {_n(top)}) scale({sx:.6f} {sy:.6f})"/></g>\n'
    )


def _paint(
    fill: str | None, stroke: str | None, width: float, dash: tuple[float, ...] | None
) -> str:
    text = f' fill="{fill}"' if fill else ' fill="none"'
    if stroke:
        text += f' stroke="{stroke}" stroke-width="{_n(width)}"'
        if dash:
            text += f' stroke-dasharray="{" ".join(_n(d) for d in dash)}"'
    return text


def _op(op: Op) -> str:
    if isinstance(op, Text):
        weight, style = SVG_STYLE[op.style]
        attrs = f' font-weight="{weight}"' if weight != "400" else ""
        attrs += ' font-style="italic"' if style == "italic" else ""
        return (
            f'<text x="{_n(op.x)}" y="{_n(op.y)}" font-size="{_n(op.size)}" fill="{op.colour}"'
            f'{attrs} xml:space="preserve">{_xml(op.text)}</text>\n'
        )
    if isinstance(op, Box):
        r = f' rx="{_n(min(op.radius, op.w / 2, op.h / 2))}"' if op.radius else ""
        return (
            f'<rect x="{_n(op.x)}" y="{_n(op.y)}" width="{_n(op.w)}" height="{_n(op.h)}"{r}'
            f"{_paint(op.fill, op.stroke, op.width, op.dash)}/>\n"
        )
    if isinstance(op, Line):
        return (
            f'<line x1="{_n(op.x1)}" y1="{_n(op.y1)}" x2="{_n(op.x2)}" y2="{_n(op.y2)}"'
            f"{_paint(None, op.stroke, op.width, op.dash)}/>\n"
        )
    if isinstance(op, Circle):
        return (
            f'<circle cx="{_n(op.cx)}" cy="{_n(op.cy)}" r="{_n(op.r)}"'
            f"{_paint(op.fill, op.stroke, op.width, None)}/>\n"
        )
    if isinstance(op, Path):
        pts = op.points
        d = [f"M{_n(pts[0][0])} {_n(pts[0][1])}"]
        if op.bezier:
            for k in range(1, len(pts) - 2, 3):
                d.append("C" + " ".join(f"{_n(x)} {_n(y)}" for x, y in pts[k : k + 3]))
        else:
            d.extend(f"L{_n(x)} {_n(y)}" for x, y in pts[1:])
        if op.closed:
            d.append("Z")
        extra = ' stroke-linejoin="round" stroke-linecap="round"' if op.stroke else ""
        return f'<path d="{" ".join(d)}"{_paint(op.fill, op.stroke, op.width, op.dash)}{extra}/>\n'
    return ""
