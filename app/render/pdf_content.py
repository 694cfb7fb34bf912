"""The poster's drawing as a PDF content stream, written directly.

ReportLab's canvas methods format every operator through several Python calls (state
objects, width bookkeeping for the text cursor, colour objects); for a poster of 25,000 ops
that was three times the cost of ReportLab's own lower bound. Here each op becomes its PDF
operators as one string (numbers through ReportLab's C `fp_str`), graphics state is set only
when it changes, and consecutive lines of text share one text object. ReportLab still does
everything else: fonts (subsets, embedding, through `splitString` and `getSubsetInternalName`,
its documented interface for dynamic fonts), images, forms, compression and the file.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFImageXObject, PDFObjectReference, xObjectName

from .fonts import chain, register_face, runs
from .ops import Box, Circle, Line, Path, Picture, Text, placeholder

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from app.model.snapshot import AssetData

    from .layout import Poster

KAPPA = 0.5522847498  # control-point distance of a quarter circle drawn as a cubic Bézier


class _Jpeg:
    """Hands ReportLab a stored JPEG as is: it is embedded once, without being decoded."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)


def _rgb(colour: str) -> str:
    value = colour.lstrip("#")
    return fp_str(int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


class ContentPainter:
    """Writes a poster's ops into the canvas's current content stream (a page or a form),
    flipping y (PDF's origin is bottom-left) and adding each item's origin as it goes."""

    def __init__(self, canvas: Canvas, poster: Poster) -> None:
        self.c = canvas
        self.doc = canvas._doc  # ReportLab's dynamic fonts name their subsets per document
        self.poster = poster
        self.out: list[str] = []
        self.h = poster.height
        self.dx = 0.0
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash: Any = ()
        self._font: tuple[str, float] | None = None
        self._in_text = False
        self._start: tuple[float, float] | None = None  # where the last line in this BT began
        self._leading: float | None = None  # the text leading (TL) last set
        self._fills: dict[str, str] = {}
        self._strokes: dict[str, str] = {}
        self._faces: dict[str, _FaceCodes] = {}
        self._first: dict[str, _FaceCodes] = {}  # by style: the first face of its chain
        self._shapes: dict[object, str] = {}  # circles and rounded boxes drawn at (0, 0)
        self._images: dict[str, str] = {}  # photos' image names, by the picture's SHA-256

    def paint(self) -> None:
        draw = {
            Box: self.box,
            Line: self.line,
            Circle: self.circle,
            Path: self.path,
            Picture: self.picture,
        }
        text = self.text
        for item in self.poster.items:
            self.dx, self.h = item.origin[0], self.poster.height - item.origin[1]
            for op in item.ops:
                if type(op) is Text:
                    text(op)  # type: ignore[arg-type]
                else:
                    if self._in_text:
                        self.out.append("ET")
                        self._in_text = False
                    draw[type(op)](op)  # type: ignore[index]
        self.flush()

    def flush(self) -> None:
        """Hand what was written so far to the canvas."""
        if self._in_text:
            self.out.append("ET")
            self._in_text = False
        if self.out:
            self.c.addLiteral("\n".join(self.out))
            self.out = []

    # -- state, set only on change -----------------------------------------------------------

    def _set_fill(self, colour: str) -> None:
        if colour != self._fill:
            found = self._fills.get(colour)
            if found is None:
                found = self._fills[colour] = _rgb(colour) + " rg"
            self.out.append(found)
            self._fill = colour

    def _set_stroke(self, colour: str, width: float, dash: tuple[float, ...] | None) -> None:
        out = self.out
        if colour != self._stroke:
            found = self._strokes.get(colour)
            if found is None:
                found = self._strokes[colour] = _rgb(colour) + " RG"
            out.append(found)
            self._stroke = colour
        if width != self._width:
            out.append(fp_str(width) + " w")
            self._width = width
        if dash != self._dash:
            out.append(f"[{fp_str(*dash)}] 0 d" if dash else "[] 0 d")
            self._dash = dash

    def _paint(self, fill: str | None, stroke: str | None, width: float, dash: Any) -> str:
        if fill is not None:
            self._set_fill(fill)
        if stroke is not None:
            self._set_stroke(stroke, width, dash)
            return "B" if fill is not None else "S"
        return "f"

    # -- primitives ------------------------------------------------------------------------

    def box(self, op: Box) -> None:
        if op.fill is None and op.stroke is None:
            return
        paint = self._paint(op.fill, op.stroke, op.width, op.dash)
        x, y = op.x + self.dx, self.h - op.y - op.h
        r = min(op.radius, op.w / 2, op.h / 2)
        if r > 0:
            key = (op.w, op.h, r)
            shape = self._shapes.get(key)
            if shape is None:
                shape = self._shapes[key] = _round_rect(0.0, 0.0, op.w, op.h, r)
            self.out.append(_placed(x, y, shape, paint))
        else:
            self.out.append(fp_str(x, y, op.w, op.h) + " re " + paint)

    def line(self, op: Line) -> None:
        self._set_stroke(op.stroke, op.width, op.dash)
        dx, h = self.dx, self.h
        self.out.append(
            fp_str(op.x1 + dx, h - op.y1) + " m " + fp_str(op.x2 + dx, h - op.y2) + " l S"
        )

    def circle(self, op: Circle) -> None:
        if op.fill is None and op.stroke is None:
            return
        paint = self._paint(op.fill, op.stroke, op.width, None)
        shape = self._shapes.get(op.r)
        if shape is None:
            shape = self._shapes[op.r] = _circle(op.r)
        self.out.append(_placed(op.cx + self.dx, self.h - op.cy, shape, paint))

    def path(self, op: Path) -> None:
        if op.fill is None and op.stroke is None:
            return
        paint = self._paint(op.fill, op.stroke, op.width, op.dash)
        dx, h = self.dx, self.h
        pts = op.points
        parts = [fp_str(pts[0][0] + dx, h - pts[0][1]) + " m"]
        if op.bezier:
            for k in range(1, len(pts) - 2, 3):
                (x1, y1), (x2, y2), (x3, y3) = pts[k], pts[k + 1], pts[k + 2]
                parts.append(fp_str(x1 + dx, h - y1, x2 + dx, h - y2, x3 + dx, h - y3) + " c")
        else:
            parts.extend(fp_str(x + dx, h - y) + " l" for x, y in pts[1:])
        if op.closed:
            parts.append("h")
        parts.append(paint)
        self.out.append(" ".join(parts))

    def text(self, op: Text) -> None:
        """One line: its runs of faces, each a `Tf` when the face changes and a `Tj`."""
        # written for speed (a poster has some 17,000 lines): the op unpacked once, the colour
        # compared before any call
        x, y, text, style, size, colour = op
        out = self.out
        if not self._in_text:
            out.append("BT")
            self._in_text = True
            self._font = self._start = None
        if colour != self._fill:
            self._set_fill(colour)
        x += self.dx
        y = self.h - y
        start = self._start
        if start is not None and x == start[0] and y < start[1]:
            # the next line of a paragraph: moved down by the leading (`T*`), set only when it
            # changes, instead of placing every line with six numbers
            step = start[1] - y
            out.append("T*" if step == self._leading else fp_str(step) + " TL T*")
            self._leading = step
        else:
            out.append("1 0 0 1 " + fp_str(x, y) + " Tm")
        self._start = (x, y)
        if not text:
            return
        first = self._first.get(style)
        if first is None:
            first = self._first[style] = self._codes(chain(style)[0])
        if first.single.issuperset(text):  # most lines: one face, characters seen before
            font = self._font
            if font is None or font[1] != size or font[0] != first.name:
                out.append(f"{first.name} {fp_str(size)} Tf")
                self._font = (first.name, size)
            out.append("(" + text.translate(first.table) + ") Tj")
            return
        for face, part in runs(text, style):
            for name, chunk in self._codes(face).split(part):
                if (name, size) != self._font:
                    out.append(f"{name} {fp_str(size)} Tf")
                    self._font = (name, size)
                out.append(f"({chunk}) Tj")

    def _codes(self, face: str) -> _FaceCodes:
        found = self._faces.get(face)
        if found is None:
            font = pdfmetrics.getFont(register_face(face))
            found = self._faces[face] = _FaceCodes(font, self.doc)
        return found

    def picture(self, op: Picture) -> None:
        """A photo clipped to its frame: the image object made once per picture, then placed
        with one matrix (`cm`) inside a saved state, so the colours tracked outside stay true."""
        asset = self.poster.assets.get(op.sha256)
        if asset is None:
            return
        if asset.refusal is not None:  # it failed its check: its bytes were never read
            frame, *cross = placeholder(op)
            self.box(frame)
            for line in cross:
                self.line(line)
            return
        x, y = op.x + self.dx, self.h - op.y - op.h
        r = min(op.radius, op.w / 2, op.h / 2)
        clip = _round_rect(x, y, op.w, op.h, r) if r > 0 else fp_str(x, y, op.w, op.h) + " re"
        cx, cy, cw, ch = op.crop
        full_w, full_h = op.w / cw, op.h / ch
        left = x - cx * full_w
        bottom = self.h - (op.y - cy * full_h) - full_h
        self.out.append(
            f"q {clip} W n {fp_str(full_w, 0, 0, full_h, left, bottom)} cm "
            f"/{self._image(asset)} Do Q"
        )

    def _image(self, asset: AssetData) -> str:
        """The PDF name of `asset`'s image, listed in this form's resources on first use."""
        name = self._images.get(asset.sha256)
        if name is None:
            name = self._images[asset.sha256] = _image_object(self.doc, asset)
            self.c._formsinuse.append(name)
            self.c._currentPageHasImages = 1
        return xObjectName(name)


class _FaceCodes:
    """The codes ReportLab gave one face's characters in this document, as a translation table.

    ReportLab subsets a TrueType font per document: `splitString` numbers each character the
    first time it meets it (256 to a subset) and cuts a string by subset, a Python loop over
    every character of every line. Here each new character is numbered by the same call, in
    the order of the text (so the numbers, and the file, are the same), and kept; a line of
    characters already numbered in the first subset is then one `str.translate`."""

    def __init__(self, font: Any, doc: Any) -> None:
        self.font, self.doc = font, doc
        self.single: set[str] = set()  # characters numbered in subset 0
        self.table: dict[int, str] = {}  # their codes, escaped for a PDF string
        self.codes: dict[str, tuple[int, str]] = {}  # every character: (subset, escaped code)
        self._name = ""

    @property
    def name(self) -> str:
        """The PDF name of subset 0 (asked of ReportLab when first drawn, as it would be)."""
        if not self._name:
            self._name = self.font.getSubsetInternalName(0, self.doc)
        return self._name

    def split(self, text: str) -> list[tuple[str, str]]:
        """`text` as (subset's PDF name, escaped codes) chunks, numbering new characters."""
        codes = self.codes
        chunks: list[tuple[int, list[str]]] = []
        for char in text:
            code = codes.get(char)
            if code is None:
                code = codes[char] = self._number(char)
            if chunks and chunks[-1][0] == code[0]:
                chunks[-1][1].append(code[1])
            else:
                chunks.append((code[0], [code[1]]))
        font, doc = self.font, self.doc
        return [
            (self.name if subset == 0 else font.getSubsetInternalName(subset, doc), "".join(part))
            for subset, part in chunks
        ]

    def _number(self, char: str) -> tuple[int, str]:
        ((subset, code),) = self.font.splitString(char, self.doc)
        escaped = escapePDF(code)
        if subset == 0:
            self.single.add(char)
            self.table[ord(char)] = escaped
        return subset, escaped


def _image_object(doc: Any, asset: AssetData) -> str:
    """The name of `asset`'s image object in `doc`, made and registered once per document.

    What `Canvas.drawImage` does, less one step: it also gives every new image a resource
    dictionary of every form and image drawn so far, which an image never uses (its `format`
    ignores it) and which grows with each photo (quadratic: 1,000 photos would build half a
    million entries)."""
    name = "photo-" + asset.sha256
    internal = xObjectName(name)
    if internal in doc.idToObject:  # drawn in another form of this document
        return name
    if asset.media_type == "image/jpeg":  # passed through: embedded as stored, not decoded
        image = PDFImageXObject(name, _Jpeg(asset.data))
    else:
        from reportlab.lib.utils import ImageReader

        image = PDFImageXObject(name, ImageReader(io.BytesIO(asset.data)), mask="auto")
    doc.addForm(name, image)  # registers it under `internal`
    smask = getattr(image, "_smask", None)
    if smask is not None:  # a PNG's transparency, registered as `drawImage` does
        smask_name = xObjectName(smask.name)
        image.smask = (
            PDFObjectReference(smask_name)
            if smask_name in doc.idToObject
            else doc.Reference(smask, smask_name)
        )
        del image._smask
    return name


def _placed(x: float, y: float, shape: str, paint: str) -> str:
    """A path written at (0, 0), painted with its origin moved to (x, y).

    A poster repeats a few dozen circles (badges' dots, the curve's points) and rounded boxes
    (pills, cards of equal size) thousands of times; formatting their 14 to 26 numbers each
    time was a sixth of the writer. The graphics state saved around the move (`q` ... `Q`) is
    the one just set for this shape, so the colours tracked outside stay true."""
    return "q 1 0 0 1 " + fp_str(x, y) + " cm " + shape + " " + paint + " Q"


def _circle(r: float) -> str:
    """A circle of radius `r` centred on (0, 0), as four cubic Béziers."""
    k = r * KAPPA
    return (
        f"{fp_str(r, 0)} m "
        f"{fp_str(r, k, k, r, 0, r)} c "
        f"{fp_str(-k, r, -r, k, -r, 0)} c "
        f"{fp_str(-r, -k, -k, -r, 0, -r)} c "
        f"{fp_str(k, -r, r, -k, r, 0)} c h"
    )


def _round_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A rounded rectangle's path, counter-clockwise from the bottom-left corner's end."""
    k = r * (1 - KAPPA)
    x2, y2 = x + w, y + h
    return (
        f"{fp_str(x + r, y)} m {fp_str(x2 - r, y)} l "
        f"{fp_str(x2 - k, y, x2, y + k, x2, y + r)} c {fp_str(x2, y2 - r)} l "
        f"{fp_str(x2, y2 - k, x2 - k, y2, x2 - r, y2)} c {fp_str(x + r, y2)} l "
        f"{fp_str(x + k, y2, x, y2 - k, x, y2 - r)} c {fp_str(x, y + r)} l "
        f"{fp_str(x, y + k, x + k, y, x + r, y)} c h"
    )
