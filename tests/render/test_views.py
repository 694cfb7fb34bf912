"""The analysis views as pages: dots of the matrix never overlap and sit in their quadrant, the
action plan repeats its header on every page, every view prints, and tables export as CSV."""

from __future__ import annotations

import csv
import io
import itertools
import math
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.model import JourneyDocument
from app.model.analysis import opportunities
from app.model.snapshot import journey_snapshot
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper
from app.render.pdf import PdfOptions, write_pdf
from app.render.views.matrix import SCORES, SPLIT, dot_places, layout_matrix, score_at
from app.render.views.pages import VIEWS
from app.render.views.plan import layout_plan
from app.render.views.tables import view_sheet


@pytest.fixture
def sample() -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("sample", "fr")
    yield document
    document.close()


def crowded(count: int, seed: int = 7) -> JourneyDocument:
    """A journey with `count` opportunities, many sharing the same scores."""
    rng = random.Random(seed)
    document = JourneyDocument.new("blank", "en")
    for other in document.journeys():
        document.delete_journey(other.id)
    journey = document.add_journey("Crowded").first_added
    stages = [document.add_stage(journey, f"Stage {n}").first_added for n in range(6)]
    lane = document.add_lane(journey, "opportunities", "Opportunities").first_added
    with document.step():
        for n in range(count):
            impact, effort = rng.choice([(5, 1), (4, 2), (3, 3), (1, 5), (2, 2), (5, 5)])
            if n % 5 == 0:
                impact, effort = rng.randint(1, 5), rng.randint(1, 5)
            document.add_card(lane, rng.choice(stages), f"Idea {n}", impact=impact, effort=effort)
    return document


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_two_hundred_opportunities_with_ties_never_overlap() -> None:
    document = crowded(200)
    try:
        snap = journey_snapshot(document, document.journeys()[0].id)
        found = opportunities([snap])
        poster = layout_matrix(found, [snap.journey], "en")
        plot = next(i for i in poster.items if i.kind == "matrix-plot").rect
        dots = {i.ref: i.rect for i in poster.items if i.kind == "matrix-dot"}
        assert len(dots) == 200
        for (a, ra), (b, rb) in itertools.combinations(dots.items(), 2):
            ca = (ra.x + ra.w / 2, ra.y + ra.h / 2)
            cb = (rb.x + rb.w / 2, rb.y + rb.h / 2)
            assert math.dist(ca, cb) >= ra.w / 2 + rb.w / 2 - 1e-6, (a, b)
        for opportunity in found:  # each dot in its band, so in its quadrant
            r = dots[opportunity.card.id]
            centre = (r.x + r.w / 2, r.y + r.h / 2)
            assert score_at(plot, *centre) == (opportunity.card.impact, opportunity.card.effort)
            high_impact = centre[1] < plot.y + (SCORES - SPLIT) / SCORES * plot.h
            high_effort = centre[0] > plot.x + SPLIT / SCORES * plot.w
            expected = {
                (True, False): "quick_win",
                (True, True): "major_project",
                (False, False): "fill_in",
                (False, True): "thankless",
            }[(high_impact, high_effort)]
            assert opportunity.quadrant == expected
        again = dot_places(found, plot)
        assert again == dot_places(list(reversed(found)), plot), "placement is deterministic"
    finally:
        document.close()


def test_the_matrix_prints_the_quadrants_and_the_quick_wins(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    found = opportunities([snap])
    out = io.BytesIO()
    write_pdf(
        [layout_matrix(found, [snap.journey], "fr")],
        out,
        PdfOptions(parse_paper("A3"), "landscape", 20.0),
    )
    (text,) = pdf_text(out.getvalue())
    for name in ("GAINS RAPIDES", "PROJETS MAJEURS", "PETITES AMÉLIORATIONS", "CHANTIERS INGRATS"):
        assert name in text
    assert found[0].card.title in text


def test_a_long_action_plan_repeats_its_header_on_every_page() -> None:
    document = crowded(120)
    try:
        snap = journey_snapshot(document, document.journeys()[0].id)
        pages = layout_plan(opportunities([snap]), [snap.journey], "en")
        assert len(pages) > 2
        out = io.BytesIO()
        write_pdf(pages, out, PdfOptions(parse_paper("A3"), "landscape", 20.0))
        texts = pdf_text(out.getvalue())
        assert len(texts) == len(pages)
        for number, text in enumerate(texts, start=1):
            assert "Opportunity" in text and "Effort" in text and "Owner" in text
            assert f"Page {number} of {len(pages)}" in text
        listed = sum(text.count("Idea ") for text in texts)
        assert listed == 120
    finally:
        document.close()


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_exports_as_pdf_png_and_svg(
    sample: JourneyDocument, tmp_path: Path, view: str
) -> None:
    journey = sample.journeys()[0]
    asked: tuple[str, ...] = (journey.id,)
    if view == "compare":
        future = sample.duplicate_journey(journey.id, "Futur").first_added
        asked = (journey.id, future)
    for fmt in ("pdf", "png", "svg"):
        out = tmp_path / f"{view}.{fmt}"
        request = ExportRequest(
            out, fmt, paper=parse_paper("A3"), dpi=72, view=view, journeys=asked
        )
        result = export_document(sample, request)
        assert result.path.stat().st_size > 1000
    text = " ".join(pdf_text((tmp_path / f"{view}.pdf").read_bytes()))
    heading = {
        "matrix": "MATRICE DES OPPORTUNITÉS",
        "plan": "PLAN D’ACTIONS",
        "inventory": "INVENTAIRE DES POINTS DE CONTACT",
        "compare": "COMPARAISON DES PARCOURS",
        "stats": "STATISTIQUES DU PARCOURS",
    }[view]
    assert heading in text


def test_tables_export_as_csv_with_formulas_neutralised(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    journey = sample.journeys()[0].id
    snap = journey_snapshot(sample, journey)
    lane = next(lane.id for lane in snap.lanes if lane.kind == "opportunities")
    sample.add_card(lane, snap.stages[0].id, '=HYPERLINK("http://x")', impact=5, effort=1)
    sheet = view_sheet(sample, "plan")
    assert sheet.headers[:2] == ("N°", "Opportunité")
    out = tmp_path / "plan.csv"
    export_document(sample, ExportRequest(out, "csv", view="plan"))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    text = data.decode("utf-8-sig")
    assert "Opportunité" in text
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == len(sheet.rows) + 1
    inventory = view_sheet(sample, "inventory")
    assert len(inventory.rows) == sum(
        len(snap.cards(lane.id, s.id))
        for lane in snap.lanes
        if lane.kind == "touchpoints"
        for s in snap.stages
    )


def test_tables_export_as_workbooks_with_typed_cells(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    """The plan in Excel sorts by priority, impact and due date as numbers and dates, and a
    formula typed as an opportunity's title stays text."""
    journey = sample.journeys()[0].id
    snap = journey_snapshot(sample, journey)
    lane = next(lane.id for lane in snap.lanes if lane.kind == "opportunities")
    sample.add_card(lane, snap.stages[0].id, "=1+1", impact=5, effort=1)
    out = tmp_path / "plan.xlsx"
    export_document(sample, ExportRequest(out, "xlsx", view="plan"))
    with zipfile.ZipFile(out) as book:
        assert book.testzip() is None
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Plan d’actions"
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["N°", "Opportunité"] and sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and all(isinstance(row[0], int) for row in rows)
    impact = header.index("Impact")
    assert all(row[impact] is None or isinstance(row[impact], int) for row in rows)
    formula = next(c for row in sheet.iter_rows(min_row=2) for c in row if c.value == "=1+1")
    assert formula.data_type == "s"  # text, never run
    inventory = tmp_path / "inventory.xlsx"
    export_document(sample, ExportRequest(inventory, "xlsx", view="inventory"))
    touchpoints = openpyxl.load_workbook(inventory).active
    flags = [row[3:6] for row in touchpoints.iter_rows(min_row=2, values_only=True)]
    assert flags and all(isinstance(v, bool) for row in flags for v in row)
