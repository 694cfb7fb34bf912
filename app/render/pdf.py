"""PDF posters with ReportLab: vector shapes, real text in the embedded font, photos stored once.

Each poster is drawn once into a form XObject and placed on its page (scaled to fit), or on
every sheet of a tiled print clipped to that sheet's window: drawing it once is what makes an
A0 on 25 A4 sheets cost about as much as the A0 itself.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .fonts import TextMeasurer, register_face, register_reportlab, reportlab_name, runs
from .ops import Box, Circle, Line, Path, Picture, Text
from .paper import MM, Paper, Placement, TilePlan, orient, place, plan_tiles

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .layout import Poster


@dataclass(frozen=True)
class PdfOptions:
    paper: Paper
    orientation: str = "auto"  # portrait | landscape | auto
    margin: float = 12 * MM
    scale: float | None = None  # None: fit the paper
    tile: Paper | None = None  # print on sheets of this size instead
    overlap: float = 10 * MM
    sheet_margin: float = 8 * MM


class _Jpeg:
    """Hands ReportLab a stored JPEG as is: it is embedded once, without being decoded."""

    def __init__(self, sha256: str, data: bytes) -> None:
        self.sha256, self.data = sha256, data

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return "parcours-photo-" + self.sha256


def write_pdf(
    posters: Sequence[Poster],
    out: io.BufferedIOBase | io.BytesIO,
    options: PdfOptions,
    own_options: Mapping[int, PdfOptions] | None = None,
) -> int:
    """Write one page per poster (or its sheets when tiled) to `out`; return the page count.

    `own_options` gives some posters (by index) their own paper and placement, e.g. a persona
    sheet on one A4 page before a poster tiled on A4; the document's title and subject come
    from the first poster that has none."""
    import reportlab.rl_config
    from reportlab.pdfgen.canvas import Canvas

    reportlab.rl_config.useA85 = 0
    register_reportlab()
    own_options = own_options or {}
    main = [p for i, p in enumerate(posters) if i not in own_options] or list(posters)
    first = main[0]
    canvas = Canvas(
        out,
        pagesize=(options.paper.width, options.paper.height),
        pageCompression=1,
        lang=first.language,
        initialFontName=reportlab_name("regular"),
    )
    canvas.setTitle(first.title if len(main) == 1 else first.author or first.title)
    canvas.setAuthor(first.author)
    canvas.setSubject(first.subject)
    canvas.setCreator("Parcours")
    canvas.setKeywords(["customer journey map", "carte du parcours client"])
    pages = 0
    for number, poster in enumerate(posters):
        name = f"poster{number}"
        _draw_form(canvas, poster, name)
        page = own_options.get(number, options)
        paper = orient(page.paper, page.orientation, poster.width, poster.height)
        placement = place(poster.width, poster.height, paper, page.margin, page.scale)
        if page.tile is None:
            canvas.setPageSize((paper.width, paper.height))
            _place_form(canvas, name, poster, placement, paper.height)
            canvas.showPage()
            pages += 1
        else:
            from .tiles import draw_tiles

            plan = plan_tiles(
                placement.width,
                placement.height,
                page.tile,
                page.sheet_margin,
                page.overlap,
            )
            pages += draw_tiles(canvas, name, poster, placement, plan, paper)
    canvas.save()
    return pages


def draw_line(canvas: Canvas, x: float, y: float, text: str, style: str, size: float) -> float:
    """One line of text outside a poster (sheet labels, assembly page) with the same fallback
    faces as the poster; returns its width."""
    text = _measurer().clean(text)
    textobject = canvas.beginText(x, y)
    for face, part in runs(text, style):
        textobject.setFont(register_face(face), size)
        textobject.textOut(part)
    canvas.drawText(textobject)
    return _measurer().width(text, style, size)


@cache
def _measurer() -> TextMeasurer:
    return TextMeasurer()


def _place_form(canvas: Canvas, name: str, poster: Poster, at: Placement, page_h: float) -> None:
    canvas.saveState()
    canvas.translate(at.x, page_h - at.y - at.height)
    canvas.scale(at.scale, at.scale)
    canvas.doForm(name)
    canvas.restoreState()


def place_form_window(
    canvas: Canvas, name: str, poster: Poster, at: Placement, plan: TilePlan, x: float, y: float
) -> None:
    """Draw the part of the placed poster starting at (x, y) into the sheet's window."""
    win_w, win_h = plan.window
    sheet_h = plan.sheet.height
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(plan.margin, plan.margin, win_w, win_h)
    canvas.clipPath(clip, stroke=0, fill=0)
    top = sheet_h - plan.margin
    canvas.translate(plan.margin - x, top + y - at.height)
    canvas.scale(at.scale, at.scale)
    canvas.doForm(name)
    canvas.restoreState()


def _draw_form(canvas: Canvas, poster: Poster, name: str) -> None:
    canvas.beginForm(name, 0, 0, poster.width, poster.height)
    _Painter(canvas, poster).paint()
    canvas.endForm()


class _Painter:
    """Translates ops to ReportLab calls, flipping y (PDF's origin is bottom-left).

    An item's origin is added to its ops' coordinates as they are written (`dx`, and `h` that
    flips y), rather than by a transform: text runs then still span items in one text object.
    """

    def __init__(self, canvas: Canvas, poster: Poster) -> None:
        self.c = canvas
        self.poster = poster
        self.h = poster.height
        self.dx = 0.0
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash: Any = None
        self._font: tuple[str, float] | None = None
        self._colours: dict[str, Any] = {}
        self._text: Any = None

    def paint(self) -> None:
        draw = {
            Box: self.box,
            Line: self.line,
            Circle: self.circle,
            Path: self.path,
            Text: self.text,
            Picture: self.picture,
        }
        for item in self.poster.items:
            self.dx, self.h = item.origin[0], self.poster.height - item.origin[1]
            for op in item.ops:
                if type(op) is Text:
                    self.text(op)
                else:
                    self.flush_text()
                    draw[type(op)](op)  # type: ignore[operator]
        self.flush_text()

    # -- state, set only on change (keeps the content stream short) -------------------

    def _colour(self, hex_colour: str) -> Any:
        found = self._colours.get(hex_colour)
        if found is None:
            from reportlab.lib.colors import HexColor

            found = self._colours[hex_colour] = HexColor(hex_colour)
        return found

    def _set(self, fill: str | None, stroke: str | None, width: float, dash: Any) -> None:
        c = self.c
        if fill is not None and fill != self._fill:
            c.setFillColor(self._colour(fill))
            self._fill = fill
        if stroke is not None:
            if stroke != self._stroke:
                c.setStrokeColor(self._colour(stroke))
                self._stroke = stroke
            if width != self._width:
                c.setLineWidth(width)
                self._width = width
            if dash != self._dash:
                c.setDash(list(dash) if dash else [])
                self._dash = dash

    # -- primitives --------------------------------------------------------------------

    def box(self, op: Box) -> None:
        self._set(op.fill, op.stroke, op.width, op.dash)
        fill, stroke = int(op.fill is not None), int(op.stroke is not None)
        x, y = op.x + self.dx, self.h - op.y - op.h
        if op.radius > 0:
            self.c.roundRect(x, y, op.w, op.h, min(op.radius, op.w / 2, op.h / 2), stroke, fill)
        else:
            self.c.rect(x, y, op.w, op.h, stroke, fill)

    def line(self, op: Line) -> None:
        self._set(None, op.stroke, op.width, op.dash)
        dx, h = self.dx, self.h
        self.c.line(op.x1 + dx, h - op.y1, op.x2 + dx, h - op.y2)

    def circle(self, op: Circle) -> None:
        self._set(op.fill, op.stroke, op.width, None)
        self.c.circle(
            op.cx + self.dx,
            self.h - op.cy,
            op.r,
            int(op.stroke is not None),
            int(op.fill is not None),
        )

    def path(self, op: Path) -> None:
        self._set(op.fill, op.stroke, op.width, op.dash)
        p = self.c.beginPath()
        dx, h = self.dx, self.h
        pts = op.points
        p.moveTo(pts[0][0] + dx, h - pts[0][1])
        if op.bezier:
            for k in range(1, len(pts) - 2, 3):
                (x1, y1), (x2, y2), (x3, y3) = pts[k], pts[k + 1], pts[k + 2]
                p.curveTo(x1 + dx, h - y1, x2 + dx, h - y2, x3 + dx, h - y3)
        else:
            for x, y in pts[1:]:
                p.lineTo(x + dx, h - y)
        if op.closed:
            p.close()
        self.c.drawPath(p, stroke=int(op.stroke is not None), fill=int(op.fill is not None))

    def text(self, op: Text) -> None:
        """Runs of text go into one text object (BT ... ET), far cheaper than a drawString each;
        a character Open Sans lacks is drawn in the next face of its chain."""
        if self._text is None:
            self._text = self.c.beginText()
            self._font = None
        if op.colour != self._fill:
            self._text.setFillColor(self._colour(op.colour))
            self._fill = op.colour
        self._text.setTextOrigin(op.x + self.dx, self.h - op.y)
        for face, part in runs(op.text, op.style):
            font = (register_face(face), op.size)
            if font != self._font:
                self._text.setFont(*font)
                self._font = font
            self._text.textOut(part)

    def flush_text(self) -> None:
        if self._text is not None:
            self.c.drawText(self._text)
            self._text = None

    def picture(self, op: Picture) -> None:
        asset = self.poster.assets.get(op.sha256)
        if asset is None:
            return
        c = self.c
        c.saveState()
        clip = c.beginPath()
        x, y = op.x + self.dx, self.h - op.y - op.h
        if op.radius > 0:
            clip.roundRect(x, y, op.w, op.h, min(op.radius, op.w / 2, op.h / 2))
        else:
            clip.rect(x, y, op.w, op.h)
        c.clipPath(clip, stroke=0, fill=0)
        cx, cy, cw, ch = op.crop
        full_w, full_h = op.w / cw, op.h / ch
        left = x - cx * full_w
        bottom = self.h - (op.y - cy * full_h) - full_h
        if asset.media_type == "image/jpeg":
            c.drawImage(_Jpeg(asset.sha256, asset.data), left, bottom, full_w, full_h)
        else:
            from reportlab.lib.utils import ImageReader

            c.drawImage(
                ImageReader(io.BytesIO(asset.data)), left, bottom, full_w, full_h, mask="auto"
            )
        c.restoreState()
        self._fill = self._stroke = self._width = self._dash = self._font = None
