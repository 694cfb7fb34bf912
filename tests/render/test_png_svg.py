"""PNG and SVG posters: pixel size and dpi, the memory guard, the same geometry as the PDF, and
an SVG that is XML holding every card's words."""

from __future__ import annotations

import base64
import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.render.errors import ExportError
from app.render.export import ExportRequest, export_document
from app.render.fit import fit_poster
from app.render.paper import MM, parse_paper
from app.render.png import PngOptions, check_raster, write_png

from .conftest import CYAN, MAGENTA

TODAY = date(2026, 3, 13)
SVG = "{http://www.w3.org/2000/svg}"


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    export_document(document, ExportRequest(output=out, format=fmt, **options), today=TODAY)  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(("paper", "dpi"), [("A4", 72), ("A3", 150), ("A1", 100), ("Letter", 300)])
def test_png_size_is_paper_times_dpi(
    sample: JourneyDocument, tmp_path: Path, paper: str, dpi: int
) -> None:
    out = export(
        sample, tmp_path / "p.png", paper=parse_paper(paper), orientation="landscape", dpi=dpi
    )
    with Image.open(out) as image:
        sheet = parse_paper(paper).turned(True)
        assert image.size == (round(sheet.width / 72 * dpi), round(sheet.height / 72 * dpi))
        assert image.info["dpi"] == pytest.approx((dpi, dpi), abs=0.05)
        assert image.mode == "RGB"


def test_transparent_png(sample: JourneyDocument, tmp_path: Path) -> None:
    out = export(sample, tmp_path / "t.png", paper=parse_paper("A4"), dpi=72, transparent=True)
    with Image.open(out) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((2, 2))[3] == 0  # the margin is see-through
        assert image.getchannel("A").getextrema() == (0, 255)


def test_too_large_a_png_is_refused_with_the_dpi_that_fits(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    out = tmp_path / "huge.png"
    with pytest.raises(ExportError, match=r"largest that fits is (\d+) dpi") as refused:
        export(sample, out, paper=parse_paper("A0"), dpi=600)
    assert not out.exists() and not list(tmp_path.glob(".*part"))
    best = int(refused.value.args[0].split("largest that fits is ")[1].split(" ")[0])
    check_raster(parse_paper("A0"), best, False)  # fits
    with pytest.raises(ExportError):
        check_raster(parse_paper("A0"), best + 1, False)


def _box_of(image: Image.Image, colour: str, tolerance: int = 40) -> tuple[int, int, int, int]:
    """Bounding box of the pixels close to `colour` (the card's fill)."""
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    rgb = image.convert("RGB")
    bands = [
        band.point(lambda v, t=t: 255 if abs(v - t) <= tolerance else 0)
        for band, t in zip(rgb.split(), target, strict=True)
    ]
    mask = Image.eval(bands[0], lambda v: v)
    for band in bands[1:]:
        mask = Image.composite(band, Image.new("L", mask.size, 0), mask)
    box = mask.getbbox()
    assert box, colour
    return box


def _rasterise_pdf(pdf: Path, dpi: int) -> Image.Image:
    """PDFium (the PDF engine of Chrome) draws the PDF as a printer driver would."""
    import pypdfium2

    return pypdfium2.PdfDocument(str(pdf))[0].render(scale=dpi / 72).to_pil()


def test_pdf_and_png_agree_on_where_the_cards_are(
    rich: tuple[JourneyDocument, dict[str, str]], tmp_path: Path
) -> None:
    document, _ = rich
    options = {"paper": parse_paper("A2"), "orientation": "landscape"}
    pdf = export(document, tmp_path / "r.pdf", **options)
    png = export(document, tmp_path / "r.png", dpi=72, **options)
    raster = _rasterise_pdf(pdf, 72)
    with Image.open(png) as image:
        assert raster.size == image.size
        for colour in (MAGENTA, CYAN):
            a, b = _box_of(raster, colour), _box_of(image, colour)
            worst = max(abs(p - q) for p, q in zip(a, b, strict=True))
            assert worst / 72 * 25.4 <= 1.0, (colour, a, b)


def test_svg_is_xml_with_every_card_text(
    rich: tuple[JourneyDocument, dict[str, str]], tmp_path: Path
) -> None:
    document, _ = rich
    out = export(document, tmp_path / "r.svg", paper=parse_paper("A1"), orientation="landscape")
    root = ET.parse(out).getroot()
    assert root.tag == SVG + "svg"
    assert root.get("width") == "841mm" and root.get("height") == "594mm"
    texts = list(root.iter(SVG + "text"))
    words = " ".join((t.text or "") for t in texts).replace("\u00a0", " ").split()
    for card in document.cards(document.journeys()[0].id):
        for word in (
            f"{card.title} {card.body}".replace("\u202f", " ").replace("\u00a0", " ").split()
        ):
            assert word in words, word
    assert any("Open Sans" in (g.get("font-family") or "") for g in root.iter(SVG + "g"))
    images = list(root.iter(SVG + "image"))
    assert len(images) == 3  # each photo once, placed with <use>
    for image in images:
        href = image.get("{http://www.w3.org/1999/xlink}href") or ""
        kind, data = href.split(",", 1)
        assert kind in ("data:image/jpeg;base64", "data:image/png;base64")
        assert base64.b64decode(data)[:4] in (b"\xff\xd8\xff\xe0", b"\x89PNG", b"\xff\xd8\xff\xdb")
    uses = list(root.iter(SVG + "use"))
    assert len(uses) == 4  # the shop photo on two cards, the PNG photo, the persona photo
    assert {u.get("{http://www.w3.org/1999/xlink}href") for u in uses} <= {
        "#" + i.get("id", "") for i in images
    }


def test_empty_journey_in_every_format(tmp_path: Path) -> None:
    document = JourneyDocument.new("blank", "en")
    try:
        document.add_journey("Nothing yet", position=0)
        for fmt in ("pdf", "png", "svg"):
            out = export(document, tmp_path / f"empty.{fmt}", paper=parse_paper("A4"), dpi=72)
            assert out.stat().st_size > 1000
    finally:
        document.close()


def test_svg_size_in_millimetres_matches_paper(sample: JourneyDocument, tmp_path: Path) -> None:
    out = export(sample, tmp_path / "s.svg", paper=parse_paper("A3"), orientation="portrait")
    root = ET.parse(out).getroot()
    assert root.get("width") == "297mm" and root.get("height") == "420mm"
    assert root.get("viewBox") == f"0 0 {round(297 * MM, 2):g} {round(420 * MM, 2):g}"


def test_a_white_background_left_to_the_new_image_draws_the_same(
    sample: JourneyDocument,
) -> None:
    """The PNG writer skips a first, plain white background box (the image is white already);
    drawn as any other item, it must give the same pixels."""
    paper = parse_paper("A3")
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    poster = fit_poster(snap, (paper.height, paper.width), today=TODAY)
    assert poster.items[0].kind == "background"
    assert poster.items[0].ops[0].fill.upper() == "#FFFFFF"  # type: ignore[union-attr]
    drawn = replace(poster, items=(poster.items[0]._replace(kind="paper"), *poster.items[1:]))
    images = []
    for each in (poster, drawn):
        out = io.BytesIO()
        write_png(each, out, PngOptions(paper, "landscape", 10 * MM, None, dpi=100))
        images.append(Image.open(io.BytesIO(out.getvalue())).convert("RGB"))
    assert images[0].tobytes() == images[1].tobytes()
