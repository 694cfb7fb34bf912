"""The PDF is saved object by object with its photos written as stored: the very file that
ReportLab's own `Canvas.save` writes, byte for byte, with JPEG photos, a PNG with transparency,
embedded font subsets, a form and two pages."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from app.model import JourneyDocument
from app.model.snapshot import JourneySnapshot
from app.render import pdf_file
from app.render.fit import fit_poster
from app.render.fonts import register_reportlab, reportlab_name
from app.render.paper import parse_paper, place
from app.render.pdf import _draw_form, _place_form


def _drawn(snapshot: JourneySnapshot, out: io.BytesIO) -> Canvas:
    """The poster drawn as `write_pdf` draws it, on two pages, not yet saved."""
    register_reportlab()
    poster = fit_poster(snapshot, (2384.0, 1684.0), today=date(2026, 3, 13))
    paper = parse_paper("A1")
    canvas = Canvas(out, pagesize=(paper.width, paper.height), pageCompression=1, invariant=1)
    canvas.setTitle(poster.title)
    _draw_form(canvas, poster, "poster0")
    for _ in range(2):
        at = place(poster.width, poster.height, paper, 20.0, None)
        _place_form(canvas, "poster0", poster, at, paper.height)
        canvas.setFont(reportlab_name("semibold"), 12)
        canvas.drawString(30, 30, "Assemblage : feuille 1 sur 2 — « parcours »")
        canvas.showPage()
    return canvas


def test_the_file_is_the_one_reportlab_writes(
    rich: tuple[JourneyDocument, dict[str, str]],
    rich_snapshot: JourneySnapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rl_config, "useA85", 0)
    jpegs = [a for a in rich_snapshot.assets.values() if a.media_type == "image/jpeg"]
    pngs = [a for a in rich_snapshot.assets.values() if a.media_type == "image/png"]
    assert jpegs and pngs and all(a.data for a in jpegs + pngs)

    ours, theirs = io.BytesIO(), io.BytesIO()
    canvas = _drawn(rich_snapshot, ours)
    pdf_file.save(canvas, ours)
    _drawn(rich_snapshot, theirs).save()

    assert ours.getvalue() == theirs.getvalue()
    doc = canvas._doc  # each JPEG went out as the very bytes read from the map, not a copy
    written = [pdf_file._photo_parts(doc, oid, obj) for oid, obj in doc.idToObject.items()]
    middles = [parts[1] for parts in written if parts is not None]
    assert sorted(map(id, middles)) == sorted(id(a.data) for a in jpegs)
    reader = PdfReader(ours)
    assert len(reader.pages) == 2
    form = reader.pages[0]["/Resources"]["/XObject"]
    images = [
        x.get_object()
        for poster in form.values()
        for x in poster.get_object()["/Resources"]["/XObject"].values()
        if x.get_object()["/Subtype"] == "/Image"
    ]
    passed = [image for image in images if image["/Filter"] == ["/DCTDecode"]]
    assert sorted(image.get_data() for image in passed) == sorted(a.data for a in jpegs)
    assert "Assemblage" in reader.pages[1].extract_text()


def test_a_document_it_cannot_write_faster_is_saved_by_reportlab(
    rich_snapshot: JourneySnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "useA85", 0)
    monkeypatch.setattr(rl_config, "pdfComments", 1)  # comments: not ours to place
    ours, theirs = io.BytesIO(), io.BytesIO()
    pdf_file.save(_drawn(rich_snapshot, ours), ours)
    _drawn(rich_snapshot, theirs).save()
    assert ours.getvalue() == theirs.getvalue()
    assert b": class PDFDictionary" in ours.getvalue()
