"""What a print shop checks: bleed and crop marks on the single poster, page boxes, an sRGB
output intent in the PDF, and an sRGB profile and the resolution in the PNG."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.paper import MM, parse_paper
from app.render.print_shop import MARK, SLUG

TODAY = date(2026, 3, 13)


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    request = ExportRequest(output=out, format=fmt, paper=parse_paper("A3"), **options)  # type: ignore[arg-type]
    export_document(document, request, today=TODAY)
    return out


def box(page: object, name: str) -> list[float]:
    return [float(v) for v in page[name]]  # type: ignore[index]


def test_bleed_and_crop_marks(sample: JourneyDocument, tmp_path: Path) -> None:
    out = export(
        sample, tmp_path / "shop.pdf", orientation="landscape", bleed_mm=3, crop_marks=True
    )
    page = PdfReader(out).pages[0]
    a3 = parse_paper("A3").turned(True)
    extra = 3 * MM + SLUG
    assert box(page, "/TrimBox") == pytest.approx(
        [extra, extra, extra + a3.width, extra + a3.height], abs=0.01
    )
    assert box(page, "/BleedBox") == pytest.approx(
        [SLUG, SLUG, SLUG + a3.width + 6 * MM, SLUG + a3.height + 6 * MM], abs=0.01
    )
    assert float(page.mediabox.width) == pytest.approx(a3.width + 2 * extra, abs=0.01)
    # the marks: ink in the slug, in line with the trim's edges, nowhere else in the slug
    with pypdfium2.PdfDocument(str(out)) as document:
        image = document[0].render(scale=2).to_pil().convert("L")
    k = 2
    height = float(page.mediabox.height)

    def ink(x: float, y: float) -> bool:  # PDF points, y up
        px, py = round(x * k), round((height - y) * k)
        return min(image.crop((px - 1, py - 1, px + 2, py + 2)).tobytes()) < 128

    middle = SLUG - 1 * MM - MARK / 2  # halfway along a mark, outside the bleed
    for x in (extra, extra + a3.width):
        assert ink(x, middle) and ink(x, height - middle)
    for y in (extra, extra + a3.height):
        assert ink(middle, y) and ink(float(page.mediabox.width) - middle, y)
    assert not ink(extra + a3.width / 2, middle)  # no mark mid-edge


def test_a_plain_pdf_has_no_bleed_but_an_srgb_intent(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    reader = PdfReader(export(sample, tmp_path / "plain.pdf", orientation="landscape"))
    page = reader.pages[0]
    a3 = parse_paper("A3").turned(True)
    assert float(page.mediabox.width) == pytest.approx(a3.width, abs=0.01)
    assert "/TrimBox" not in page and "/BleedBox" not in page
    (intent,) = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = ImageCms.ImageCmsProfile(io.BytesIO(intent["/DestOutputProfile"].get_data()))
    assert "sRGB" in ImageCms.getProfileDescription(profile)
    assert int(intent["/DestOutputProfile"]["/N"]) == 3


def test_bleed_is_refused_where_it_means_nothing(sample: JourneyDocument) -> None:
    import argparse

    from app.cli.export import add_export_arguments, request_from_args
    from app.render.errors import ExportError

    parser = argparse.ArgumentParser()
    add_export_arguments(parser)
    for argv in (
        ["m.cjm", "-o", "x.png", "--bleed", "3"],
        ["m.cjm", "-o", "x.pdf", "--tile", "A4", "--crop-marks"],
    ):
        args = parser.parse_args(argv)
        with pytest.raises(ExportError, match="single PDF poster"):
            request_from_args(args, Path(args.output))


def test_png_carries_srgb_and_its_resolution(sample: JourneyDocument, tmp_path: Path) -> None:
    out = export(sample, tmp_path / "p.png", dpi=96)
    with Image.open(out) as image:
        assert image.info["dpi"] == pytest.approx((96, 96), abs=0.05)
        profile = ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
        assert "sRGB" in ImageCms.getProfileDescription(profile)
