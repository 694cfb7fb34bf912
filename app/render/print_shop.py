"""What a print shop asks of a PDF: bleed, crop marks, page boxes and a colour intent.

- **Bleed and crop marks** (single poster only): the page grows by the bleed and, with marks,
  by a slug around it; the TrimBox is the paper the user chose, the BleedBox the trim plus the
  bleed. The poster's paper colour runs into the bleed, so a trim a little off leaves no white
  edge; the marks stand in the slug, clear of the bleed, at the trim's corners.
- **Output intent**: every colour we draw is sRGB (the theme's hex colours, JPEG photos), so the
  PDF says so with an sRGB output intent (ICC profile made by Pillow's littleCMS). It does not
  claim PDF/X-4: that standard wants the profile of a printing condition (an output, "prtr"
  class, usually CMYK) and sRGB is a display profile; a print shop's RIP converts sRGB to its
  press, which is what an sRGB intent asks of it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .paper import MM

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MARK = 6 * MM  # length of a crop mark
SLUG = 12 * MM  # room around the bleed for the marks
MARK_GAP = 1 * MM  # between the bleed's edge and a mark
SRGB = "sRGB IEC61966-2.1"


def around(bleed: float, crop_marks: bool) -> float:
    """How far the page reaches beyond the trim on each side."""
    return bleed + (SLUG if crop_marks else 0.0)


def set_boxes(canvas: Canvas, width: float, height: float, bleed: float, extra: float) -> None:
    """TrimBox and BleedBox of the page (the trim is `width` x `height`, `extra` in)."""
    canvas.setTrimBox([extra, extra, extra + width, extra + height])
    canvas.setBleedBox(
        [extra - bleed, extra - bleed, extra + width + bleed, extra + height + bleed]
    )


def clear_boxes(canvas: Canvas) -> None:
    canvas.setTrimBox(None)
    canvas.setBleedBox(None)


def paint_bleed(
    canvas: Canvas, width: float, height: float, bleed: float, extra: float, colour: str
) -> None:
    """The paper's colour over the trim and the bleed."""
    from reportlab.lib.colors import HexColor

    canvas.saveState()
    canvas.setFillColor(HexColor(colour))
    canvas.rect(extra - bleed, extra - bleed, width + 2 * bleed, height + 2 * bleed, 0, 1)
    canvas.restoreState()


def crop_marks(canvas: Canvas, width: float, height: float, bleed: float, extra: float) -> None:
    """Hairlines in line with the trim's edges, outside the bleed, at its four corners, in
    registration black (they print on every plate)."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.25)
    start = bleed + MARK_GAP
    for x, sx in ((extra, -1), (extra + width, 1)):
        for y, sy in ((extra, -1), (extra + height, 1)):
            canvas.line(x + sx * start, y, x + sx * (start + MARK), y)
            canvas.line(x, y + sy * start, x, y + sy * (start + MARK))
    canvas.restoreState()


def add_output_intent(canvas: Canvas) -> None:
    """An sRGB output intent in the document's catalog (ISO 32000-1, 14.11.5)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    doc = canvas._doc  # ReportLab has no public call for a catalog entry
    profile = PDFStream(PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFX"),
            "OutputCondition": PDFString(SRGB),
            "OutputConditionIdentifier": PDFString(SRGB),
            "RegistryName": PDFString("http://www.color.org"),
            "Info": PDFString(SRGB),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([doc.Reference(intent)])


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (littleCMS's, through Pillow): also written into PNG posters.

    littleCMS stamps the profile with the time it was made; that stamp is fixed here (and the
    optional profile id, a digest over it, cleared), so that the same map always exports to
    the same bytes."""
    from PIL import ImageCms

    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = PROFILE_DATE
    profile[84:100] = bytes(16)
    return bytes(profile)


PROFILE_DATE = bytes.fromhex("07e8 0001 0001 0000 0000 0000")
"""2024-01-01 00:00:00 as an ICC dateTimeNumber (six big-endian 16-bit numbers)."""
