"""PDF posters with ReportLab: vector shapes, real text in the embedded font, photos stored once.

Each poster is drawn once into a form XObject and placed on its page (scaled to fit), or on
every sheet of a tiled print clipped to that sheet's window: drawing it once is what makes an
A0 on 25 A4 sheets cost about as much as the A0 itself.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from . import pdf_file, print_shop
from .fonts import TextMeasurer, register_face, register_reportlab, reportlab_name, runs
from .paper import MM, Paper, Placement, TilePlan, orient, place, plan_tiles
from .pdf_content import ContentPainter

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
    bleed: float = 0.0  # printed past the trim on each side (single poster only)
    crop_marks: bool = False


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
    print_shop.add_output_intent(canvas)
    pages = 0
    for number, poster in enumerate(posters):
        name = f"poster{number}"
        _draw_form(canvas, poster, name)
        page = own_options.get(number, options)
        paper = orient(page.paper, page.orientation, poster.width, poster.height)
        placement = place(poster.width, poster.height, paper, page.margin, page.scale)
        if page.tile is None:
            extra = print_shop.around(page.bleed, page.crop_marks)
            canvas.setPageSize((paper.width + 2 * extra, paper.height + 2 * extra))
            if extra:
                w, h = paper.width, paper.height
                print_shop.set_boxes(canvas, w, h, page.bleed, extra)
                if page.bleed:
                    print_shop.paint_bleed(canvas, w, h, page.bleed, extra, poster.paper)
                if page.crop_marks:
                    print_shop.crop_marks(canvas, w, h, page.bleed, extra)
                canvas.translate(extra, extra)
            _place_form(canvas, name, poster, placement, paper.height)
            canvas.showPage()
            if extra:
                print_shop.clear_boxes(canvas)
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
    pdf_file.save(canvas, out)
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
    ContentPainter(canvas, poster).paint()
    content = "\n".join([canvas._preamble, *canvas._code])
    if not content.isascii():  # never, as written (strings are escaped): ReportLab's own way
        canvas.endForm()
        return
    canvas._code = []
    canvas.endForm()
    _set_form_content(canvas, name, content.encode("ascii"))


def _set_form_content(canvas: Canvas, name: str, content: bytes) -> None:
    """The form's content stream, compressed at zlib's fastest level.

    `endForm` passes the stream through ReportLab's PDFDocEncoding codec, a Python-level
    character map (0.1 s for the 3.5 MB of the workshop map, for text that is ASCII already),
    then deflates it at level 6 (0.17 s); level 1 takes a third of that, for a stream about a
    fifth larger in a file that is mostly photos."""
    from reportlab.pdfbase import pdfdoc

    form = canvas._doc.idToObject[pdfdoc.xObjectName(name)]
    stream = pdfdoc.PDFStream(content=zlib.compress(content, 1))
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    form.Contents = stream
    form.compression = 0
