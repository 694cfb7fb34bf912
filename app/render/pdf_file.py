"""Saving a ReportLab document into its file object by object, photos written as they are.

`Canvas.save` formats every object of the document, joins them into one `bytes` and writes
that: a poster's photos are most of its file (64 MB for the workshop map's 100), and each of
their bytes was copied four times on the way (into its stream, its object, the joined file,
the output), each copy of fresh memory costing about 1 ms a megabyte on a desktop. Here each
object goes to the output as soon as it is formatted, and a photo's stream is written as its
dictionary, then the stored JPEG itself: the same bytes in the same order as `Canvas.save`
writes (a test compares the two files byte for byte), with the photos never copied.

What this leaves to ReportLab is everything it decides: object numbers, dictionaries, fonts
(subset when the document is formatted), the cross-reference table and the trailer. A
document this module does not know how to write faster (encrypted, signed, with comments)
is saved by `Canvas.save` as before.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def save(canvas: Canvas, out: io.BufferedIOBase | io.BytesIO) -> None:
    """What `canvas.save()` does when the canvas was made on `out`, without the copies."""
    from reportlab import rl_config

    doc = canvas._doc
    if doc.encrypt.info() or getattr(doc, "_digiSigs", None) or rl_config.pdfComments:
        canvas.save()
        return
    if len(canvas._code):
        canvas.showPage()
    for font in doc.delayedFonts:  # as `PDFDocument.GetPDFData`, then `format`
        font.addObjects(doc)
    doc.info.invariant = doc.invariant
    doc.info.digest(doc.signature)
    doc.Reference(doc.Catalog)
    doc.Reference(doc.info)
    doc.Outlines.prepare(doc, canvas)
    if doc.Outlines.ready < 0:
        doc.Catalog.Outlines = None
    _write(doc, out)


def _write(doc: Any, out: io.BufferedIOBase | io.BytesIO) -> None:
    from reportlab.pdfbase.pdfdoc import (
        PDFCrossReferenceTable,
        PDFFile,
        PDFIndirectObject,
        PDFTrailer,
    )

    doc.encrypt.prepare(doc)
    catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
    head = b"".join(PDFFile(doc._pdfVersion).strings)
    out.write(head)
    offset = len(head)
    ids: list[str] = []
    number = 0
    while number + 1 in doc.numberToId:  # objects may add objects while they are formatted
        number += 1
        oid = doc.numberToId[number]
        doc.idToOffset[oid] = offset
        ids.append(oid)
        obj = doc.idToObject[oid]
        parts = _photo_parts(doc, oid, obj)
        if parts is None:
            parts = (PDFIndirectObject(oid, obj).format(doc),)
        for part in parts:
            out.write(part)
            offset += len(part)
    if number != len(doc.numberToId):
        raise ValueError(f"object {number + 1} of {len(doc.numberToId)} was never numbered")
    xref = PDFCrossReferenceTable()
    xref.addsection(0, ids)
    table = xref.format(doc)
    trailer = PDFTrailer(
        startxref=offset, Size=len(ids) + 1, Root=catalog, Info=info, ID=doc.ID()
    ).format(doc)
    out.write(table)
    out.write(trailer)


def _photo_parts(doc: Any, oid: str, obj: Any) -> tuple[bytes, ...] | None:
    """A JPEG passed through (`DCTDecode` alone) as the head of its object, the JPEG itself
    and the object's tail, which `PDFIndirectObject(oid, obj).format(doc)` would join; None
    for any other object.

    The head is ReportLab's own: the object formatted with an empty stream, its `/Length 0`
    then given the JPEG's length (a dictionary's keys are sorted and its layout does not
    depend on the values)."""
    from reportlab.pdfbase.pdfdoc import PDFImageXObject, pdfdocEnc

    if type(obj) is not PDFImageXObject or tuple(obj._filters) != ("DCTDecode",):
        return None
    data = obj.streamContent
    if not isinstance(data, bytes):
        return None
    n, v = doc.idToObjectNumberAndVersion[oid]
    doc.encrypt.register(n, v)
    obj.streamContent = b""
    try:
        empty = obj.format(doc)
    finally:
        obj.streamContent = data
    at, tail = empty.find(b"/Length 0"), b"endstream\n"
    if empty.count(b"/Length ") != 1 or empty[at + 9 : at + 10] not in (b"\n", b" ", b">"):
        return None
    if not empty.endswith(b"\nstream\n" + tail):
        return None
    head = empty[: at + 8] + b"%d" % len(data) + empty[at + 9 : -len(tail)]
    return (pdfdocEnc(f"{n} {v} obj\n") + head, data, tail + b"endobj\n")
