"""A large poster printed on A4 or A3 sheets: an assembly page, then one page per sheet.

Each sheet shows its window of the poster (the one form XObject, clipped), crop marks at the
window's corners, ticks where the neighbouring sheet's overlap begins, and a label naming its
row and column, so people with an ordinary printer can build the wall poster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fonts import TextMeasurer, reportlab_name
from .labels import Words
from .paper import MM, Paper, Placement, TilePlan
from .pdf import draw_line, place_form_window

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .layout import Poster

MARK = 5 * MM  # length of a crop mark
INK = (0.12, 0.16, 0.22)
GUIDE = (0.55, 0.58, 0.62)


def draw_tiles(
    canvas: Canvas, name: str, poster: Poster, at: Placement, plan: TilePlan, paper: Paper
) -> int:
    """Assembly page plus one page per sheet; returns the number of pages written."""
    words = Words(poster.language)
    _assembly_page(canvas, name, poster, at, plan, words)
    sheet = plan.sheet
    for tile in plan.tiles:
        canvas.setPageSize((sheet.width, sheet.height))
        place_form_window(canvas, name, poster, at, plan, tile.x, tile.y)
        _crop_marks(canvas, plan)
        _overlap_ticks(canvas, plan, tile.column < plan.columns - 1, tile.row < plan.rows - 1)
        label = words(
            "sheet",
            label=tile.label,
            row=tile.row + 1,
            rows=plan.rows,
            column=tile.column + 1,
            columns=plan.columns,
            title=poster.title,
        )
        canvas.setFillColorRGB(*INK)
        fitted = _fit(label, 8, sheet.width - 2 * plan.margin - 40)
        draw_line(canvas, plan.margin, plan.margin / 2 - 3, fitted, "semibold", 8)
        canvas.setFont(reportlab_name("bold"), 16)
        canvas.drawRightString(sheet.width - plan.margin, plan.margin / 2 - 5, tile.label)
        canvas.showPage()
    return 1 + len(plan.tiles)


def _fit(text: str, size: float, width: float, style: str = "semibold") -> str:
    """`text` cut short with an ellipsis to fit `width`."""
    measure = TextMeasurer()
    text = measure.clean(text)
    while text and measure.width(text, style, size) > width:
        text = text[:-2] + "…"
    return text


def _crop_marks(canvas: Canvas, plan: TilePlan) -> None:
    """Short lines in the margin, in line with the window's edges, at its four corners."""
    m = plan.margin
    w, h = plan.window
    gap = 1.5 * MM
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.4)
    canvas.setDash([])
    for x in (m, m + w):
        for y in (m, m + h):
            sx = -1 if x == m else 1
            sy = -1 if y == m else 1
            canvas.line(x + sx * gap, y, x + sx * (gap + MARK), y)
            canvas.line(x, y + sy * gap, x, y + sy * (gap + MARK))


def _overlap_ticks(canvas: Canvas, plan: TilePlan, right: bool, below: bool) -> None:
    """Dashed ticks in the margins where the next sheet's picture starts."""
    m, o = plan.margin, plan.overlap
    w, h = plan.window
    canvas.setStrokeColorRGB(*GUIDE)
    canvas.setDash([2, 2])
    canvas.setLineWidth(0.5)
    if right:
        x = m + w - o
        canvas.line(x, 0.5 * MM, x, m - 1.5 * MM)
        canvas.line(x, m + h + 1.5 * MM, x, plan.sheet.height - 0.5 * MM)
    if below:
        y = m + o  # PDF y grows upwards: the bottom overlap starts `o` above the window's foot
        canvas.line(0.5 * MM, y, m - 1.5 * MM, y)
        canvas.line(m + w + 1.5 * MM, y, plan.sheet.width - 0.5 * MM, y)
    canvas.setDash([])


def _assembly_page(
    canvas: Canvas, name: str, poster: Poster, at: Placement, plan: TilePlan, words: Words
) -> None:
    """The whole poster in miniature with the sheet grid and labels, and how to assemble it."""
    from reportlab.lib.utils import simpleSplit

    sheet = plan.sheet
    canvas.setPageSize((sheet.width, sheet.height))
    m = 15 * MM
    canvas.setFillColorRGB(*INK)
    title = f"{words('assembly')} — {poster.title}"
    draw_line(
        canvas, m, sheet.height - m - 12, _fit(title, 16, sheet.width - 2 * m, "bold"), "bold", 16
    )
    help_text = words(
        "assembly_help",
        count=len(plan.tiles),
        sheet=sheet.name,
        rows=plan.rows,
        columns=plan.columns,
        width=round(at.width / MM),
        height=round(at.height / MM),
        overlap=round(plan.overlap / MM),
    )
    canvas.setFont(reportlab_name("regular"), 9.5)
    y = sheet.height - m - 34
    for line in simpleSplit(help_text, reportlab_name("regular"), 9.5, sheet.width - 2 * m):
        canvas.drawString(m, y, line)
        y -= 13
    step_x, step_y = plan.window[0] - plan.overlap, plan.window[1] - plan.overlap
    total_w = step_x * (plan.columns - 1) + plan.window[0]
    total_h = step_y * (plan.rows - 1) + plan.window[1]
    room_w, room_h = sheet.width - 2 * m, y - m - 10
    k = min(room_w / total_w, room_h / total_h)
    ox = m + (room_w - total_w * k) / 2
    top = y - 10
    canvas.saveState()
    canvas.translate(ox, top - at.height * k)
    canvas.scale(k * at.scale, k * at.scale)
    canvas.doForm(name)
    canvas.restoreState()
    canvas.setLineWidth(0.8)
    canvas.setStrokeColorRGB(*INK)
    size = max(7.0, min(18.0, step_y * k * 0.3))
    canvas.setFont(reportlab_name("bold"), size)
    for tile in plan.tiles:
        x0 = ox + tile.x * k
        y0 = top - tile.y * k - plan.window[1] * k
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x0, y0, plan.window[0] * k, plan.window[1] * k, stroke=1, fill=0)
        label_w = canvas.stringWidth(tile.label, reportlab_name("bold"), size)
        cx, cy = x0 + plan.window[0] * k / 2, y0 + plan.window[1] * k / 2
        canvas.rect(
            cx - label_w / 2 - 3, cy - size * 0.45, label_w + 6, size * 1.2, stroke=0, fill=1
        )
        canvas.setFillColorRGB(*INK)
        canvas.drawCentredString(cx, cy - size * 0.25, tile.label)
    canvas.showPage()
