"""PDF posters parsed back: pages and sizes, embedded fonts, searchable French text, photos once,
metadata, and tiled printing."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.paper import MM, PAPERS_MM, parse_paper

TODAY = date(2026, 3, 13)


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    export_document(document, ExportRequest(output=out, format="pdf", **options), today=TODAY)  # type: ignore[arg-type]
    return out


def _size(page: object) -> tuple[float, float]:
    box = page.mediabox  # type: ignore[attr-defined]
    return float(box.width), float(box.height)


@pytest.mark.parametrize("paper", ["A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid", "700x500mm"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_page_size_for_each_paper(
    sample: JourneyDocument, tmp_path: Path, paper: str, orientation: str
) -> None:
    out = export(sample, tmp_path / "p.pdf", paper=parse_paper(paper), orientation=orientation)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    w_mm, h_mm = PAPERS_MM.get(paper.upper(), (700.0, 500.0))
    short, long_ = sorted((w_mm * MM, h_mm * MM))
    expected = (long_, short) if orientation == "landscape" else (short, long_)
    assert _size(reader.pages[0]) == pytest.approx(expected, abs=0.5)


def test_fonts_are_embedded_and_text_is_searchable(sample: JourneyDocument, tmp_path: Path) -> None:
    reader = PdfReader(export(sample, tmp_path / "s.pdf"))
    fonts = set()

    def visit(resources: object) -> None:
        for font in (resources.get("/Font") or {}).values():  # type: ignore[attr-defined]
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
        for xobject in (resources.get("/XObject") or {}).values():  # type: ignore[attr-defined]
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"])

    visit(reader.pages[0]["/Resources"])
    assert any("OpenSans" in name for name in fonts)
    text = reader.pages[0].extract_text()
    for phrase in (
        "Obtenir un prêt immobilier",
        "Rencontrer la conseillère",
        "Irritant",
        "ÉTAT ACTUEL",
    ):
        assert phrase.replace(" ", "") in text.replace(" ", "").replace("\u00a0", ""), phrase
    assert "é" in text and "è" in text and "à" in text and "€" in text


def test_each_photo_is_stored_once(
    rich: tuple[JourneyDocument, dict[str, str]], tmp_path: Path
) -> None:
    document, _ = rich
    reader = PdfReader(export(document, tmp_path / "r.pdf"))
    images: dict[int, object] = {}

    def visit(resources: object) -> None:
        for ref in (resources.get("/XObject") or {}).values():  # type: ignore[attr-defined]
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                images[ref.idnum] = xobject
            elif "/Resources" in xobject:
                visit(xobject["/Resources"])

    visit(reader.pages[0]["/Resources"])
    sizes = sorted(
        (int(o["/Width"]), int(o["/Height"])) for o in images.values() if o["/Width"] > 10
    )
    # the shop photo shown on two cards is stored once; plus the PNG photo and the persona's
    assert sizes == sorted([(640, 480), (400, 400), (300, 400)])
    jpeg = [o for o in images.values() if int(o["/Width"]) == 640]
    assert len(jpeg) == 1 and "/DCTDecode" in str(jpeg[0]["/Filter"])  # passed through as is
    (png,) = [o for o in images.values() if (int(o["/Width"]), int(o["/Height"])) == (400, 400)]
    assert "/SMask" in png  # its half-transparent stripes keep their transparency


def test_metadata(sample: JourneyDocument, tmp_path: Path) -> None:
    meta = PdfReader(export(sample, tmp_path / "m.pdf")).metadata
    assert meta.title == "Obtenir un prêt immobilier"
    assert meta.author == "Équipe Expérience client"
    assert "Camille" in (meta.subject or "")
    assert meta.creator == "Parcours"


def test_tiled_a0_on_a4(sample: JourneyDocument, tmp_path: Path) -> None:
    out = export(
        sample,
        tmp_path / "t.pdf",
        paper=parse_paper("A0"),
        orientation="landscape",
        tile=parse_paper("A4"),
        overlap_mm=10,
    )
    reader = PdfReader(out)
    sheets = reader.pages[1:]
    # the poster is at most 1165 x 817 mm; an A4 prints 194 x 281 mm, 10 mm of it overlapping
    assert 1 + 16 <= len(reader.pages) <= 1 + 30
    for page in reader.pages:
        assert sorted(_size(page)) == pytest.approx(sorted((210 * MM, 297 * MM)), abs=0.5)
    labels = [page.extract_text() for page in sheets]
    assert "A1" in labels[0] and "ligne 1 sur" in labels[0]
    rows, columns = _grid(reader)
    assert len(sheets) == rows * columns
    assert f"Feuille {chr(64 + rows)}{columns}" in labels[-1]
    assembly = reader.pages[0].extract_text()
    assert "Plan d’assemblage" in assembly and "chevauchent de 10 mm" in assembly
    assert f"{len(sheets)} feuilles A4" in assembly
    # the poster is drawn once, as a form, and placed on every sheet
    assert out.stat().st_size < 3_000_000


def _grid(reader: PdfReader) -> tuple[int, int]:
    """Rows and columns, as the last sheet's label states them."""
    text = reader.pages[-1].extract_text().replace("\xa0", " ")
    found = re.search(r"ligne (\d+) sur (\d+), colonne (\d+) sur (\d+)", text)
    assert found, text[-300:]
    return int(found.group(2)), int(found.group(4))


def test_tile_count_follows_overlap(sample: JourneyDocument, tmp_path: Path) -> None:
    def sheets(overlap: float) -> tuple[int, tuple[int, int]]:
        reader = PdfReader(
            export(
                sample,
                tmp_path / f"{overlap}.pdf",
                paper=parse_paper("A1"),
                tile=parse_paper("A3"),
                overlap_mm=overlap,
            )
        )
        return len(reader.pages) - 1, _grid(reader)

    few, (rows, columns) = sheets(0)
    assert few == rows * columns and rows * columns >= 4
    more, (rows, columns) = sheets(60)
    assert more == rows * columns and more > few


def test_tile_plan_arithmetic() -> None:
    from app.render.paper import plan_tiles

    a4 = parse_paper("A4")
    plan = plan_tiles(1000 * MM, 700 * MM, a4, 8 * MM, 10 * MM)
    win_w, win_h = plan.window
    step_w, step_h = win_w - 10 * MM, win_h - 10 * MM
    assert plan.columns * step_w + 10 * MM >= 1000 * MM > (plan.columns - 1) * step_w + 10 * MM
    assert plan.rows * step_h + 10 * MM >= 700 * MM > (plan.rows - 1) * step_h + 10 * MM
    assert len(plan.tiles) == plan.rows * plan.columns
    assert plan.tiles[-1].label == chr(64 + plan.rows) + str(plan.columns)


def test_all_journeys_one_page_each(sample: JourneyDocument, tmp_path: Path) -> None:
    copy = sample.journeys()[0].id
    sample.duplicate_journey(copy, title="Obtenir un prêt immobilier (état futur)")
    try:
        reader = PdfReader(export(sample, tmp_path / "all.pdf", all_journeys=True))
        assert len(reader.pages) == 2
        assert "étatfutur" in reader.pages[1].extract_text().replace(" ", "")
    finally:
        sample.delete_journey(sample.journeys()[1].id)
