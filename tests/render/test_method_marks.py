"""The method's marks on every poster: effort kinds, magic moments, key touchpoints, due dates,
insights, metrics with their source and answers, connections as arrows and the lines of a
service blueprint, each in the layout, as text in the PDF and the SVG, as ink in the PNG, and
in the legend."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader

from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.render.connections import HEAD
from app.render.export import ExportRequest, export_document
from app.render.layout import layout_poster
from app.render.ops import Line
from app.render.ops import Path as PathOp
from app.render.paper import parse_paper, place
from app.render.pdf import PdfOptions, write_pdf
from app.render.png import PngOptions, write_png
from app.render.theme import DEFAULT_THEME

TODAY = date(2026, 3, 13)
SVG = "{http://www.w3.org/2000/svg}"
EXPECTED_WORDS = (
    "Effort cognitif",
    "Effort financier",
    "Temps perdu",
    "Moment magique",
    "Point de contact clé",
    "Échéance : 30 juin 2026",
    "Enseignement",
    "Sources : 14 entretiens",
    "Enquête à chaud · 1er mars 2026 → 1er septembre 2026 · 200 → 200 réponses",
    "Connexion : le chemin du client",
    "Ligne d’interaction",
    "Ligne de visibilité",
    "Ligne d’interaction interne",
)


@pytest.fixture
def method() -> Iterator[tuple[JourneyDocument, dict[str, str]]]:
    """A French service blueprint holding every piece of the method."""
    document = JourneyDocument.new("blueprint", "fr")
    jid = document.journeys()[0].id
    stages = [s.id for s in document.stages(jid)]
    lanes = {lane.blueprint_role: lane.id for lane in document.lanes(jid)}
    ids: dict[str, str] = {}
    pains = document.add_lane(jid, "pains_gains", "Irritants et enchanteurs").first_added
    ideas = document.add_lane(jid, "opportunities", "Opportunités").first_added
    kpi = document.add_lane(jid, "metrics", "Indicateurs").first_added
    ids["desk"] = document.add_card(
        lanes["frontstage"], stages[1], "Accueil", channel="store", key_touchpoint=True
    ).first_added
    ids["app"] = document.add_card(
        lanes["frontstage"], stages[3], "Paiement dans l’appli", channel="app"
    ).first_added
    document.add_connection(ids["desk"], ids["app"])
    for stage, kind in zip(stages, ("cognitive", "financial", "time"), strict=False):
        document.add_card(pains, stage, f"Irritant {kind}", sentiment="pain", effort_kind=kind)
    document.add_card(pains, stages[4], "Surprise", sentiment="gain", magic_moment=True)
    document.add_card(
        ideas, stages[2], "Rappel sous 24 h", impact=4, effort=2, due_date="2026-06-30"
    )
    insight = document.add_evidence(
        "insight", text="L’attente à l’accueil pèse plus que le prix.", source="14 entretiens"
    ).first_added
    document.attach_evidence(insight, "card", ids["desk"])
    nps = document.add_metric(
        stages[2],
        "NPS",
        kind="nps",
        source="Enquête à chaud",
        measured_before="2026-03-01",
        measured_after="2026-09-01",
        target=30.0,
    ).first_added
    document.set_metric_inputs(nps, "before", {"promoters": 90, "passives": 60, "detractors": 50})
    document.set_metric_inputs(nps, "after", {"promoters": 120, "passives": 50, "detractors": 30})
    ids["kpi"] = kpi
    yield document, ids
    document.close()


def _export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    request = ExportRequest(output=out, format=fmt, paper=parse_paper("A2"), **options)  # type: ignore[arg-type]
    export_document(document, request, today=TODAY)
    return out


def test_arrows_are_painted_in_the_order_of_where_their_cards_stand(
    method: tuple[JourneyDocument, dict[str, str]],
) -> None:
    """Not in the order of their random ids: the same map draws the same page, however its
    connections were made (here from the last card back to the first)."""
    document, ids = method
    jid = document.journeys()[0].id
    stages = [s.id for s in document.stages(jid)]
    lane = next(lane.id for lane in document.lanes(jid) if lane.blueprint_role == "frontstage")
    cards = [
        document.add_card(lane, stage, f"Étape {n}").first_added for n, stage in enumerate(stages)
    ]
    for first, second in reversed(list(pairwise([ids["desk"], *cards]))):
        document.add_connection(first, second)
    snap = journey_snapshot(document, jid)
    poster = layout_poster(snap, today=TODAY)

    def where(card_id: str) -> tuple[float, float]:
        rect = poster.find("card", card_id)[0].rect
        return rect.y, rect.x

    links = {link.id: link for link in snap.connections}
    by_place = sorted(
        links, key=lambda k: (*where(links[k].from_card_id), *where(links[k].to_card_id))
    )
    assert len(by_place) == 1 + len(cards)  # the fixture's arrow and one to each new card
    assert by_place != sorted(links)  # the ids' order is another one
    assert [arrow.ref for arrow in poster.find("connection")] == by_place


def test_the_layout_draws_arrows_lines_and_marks(
    method: tuple[JourneyDocument, dict[str, str]],
) -> None:
    document, ids = method
    snap = journey_snapshot(document, document.journeys()[0].id)
    poster = layout_poster(snap, today=TODAY)
    (arrow,) = poster.find("connection")
    desk, app = poster.find("card", ids["desk"])[0].rect, poster.find("card", ids["app"])[0].rect
    curve, head = (op for op in arrow.ops if isinstance(op, PathOp))
    assert curve.points[0] == pytest.approx((desk.right, desk.y + desk.h / 2))
    assert head.points[0] == pytest.approx((app.x, app.y + app.h / 2))  # the tip on the card
    assert head.fill == DEFAULT_THEME.connection and head.closed
    assert curve.points[-1][0] == pytest.approx(app.x - HEAD)
    order = [item.kind for item in poster.items]
    assert order.index("connection") < order.index("card")  # under the cards: text stays whole
    lines = poster.find("blueprint-line")
    assert len(lines) == 3  # customer|frontstage, frontstage|backstage, backstage|support
    dashes = [op.dash for item in lines for op in item.ops if isinstance(op, Line)]
    assert dashes == [None, (7.0, 4.0), (2.0, 3.0)]  # three lines, three looks, no colour needed
    lanes = {lane.blueprint_role: lane.id for lane in snap.lanes}
    assert [item.ref for item in lines] == [
        lanes["frontstage"],
        lanes["backstage"],
        lanes["support"],
    ]


def test_the_method_is_text_in_the_pdf_and_the_svg(
    method: tuple[JourneyDocument, dict[str, str]], tmp_path: Path
) -> None:
    pdf_text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(_export(*method[:1], tmp_path / "m.pdf")).pages
    )
    root = ET.parse(_export(method[0], tmp_path / "m.svg")).getroot()
    svg_text = " ".join(t.text or "" for t in root.iter(SVG + "text"))
    for words in EXPECTED_WORDS:
        assert words in pdf_text, words
        assert words in " ".join(svg_text.split()) or all(w in svg_text for w in words.split()), (
            words
        )
    assert "20" in pdf_text and "45" in pdf_text  # NPS from the counts: 45 % − 25 %, 60 % − 15 %


@pytest.mark.parametrize("writer", ["png", "pdf"])
def test_arrows_and_lines_are_ink_in_the_png_and_the_pdf(
    method: tuple[JourneyDocument, dict[str, str]], writer: str
) -> None:
    """Where the layout puts an arrowhead and the blueprint lines, the PNG (and PDFium's
    picture of the PDF) has their dark ink."""
    document, _ = method
    snap = journey_snapshot(document, document.journeys()[0].id)
    poster = layout_poster(snap, today=TODAY)
    paper = parse_paper("A2").turned(True)
    out = io.BytesIO()
    if writer == "png":
        write_png(poster, out, PngOptions(paper=paper, dpi=72))
        picture = Image.open(out)
    else:
        write_pdf([poster], out, PdfOptions(paper=paper, margin=0.0))
        with pypdfium2.PdfDocument(out.getvalue()) as pdf:
            picture = pdf[0].render(scale=1.0).to_pil()
    at = place(poster.width, poster.height, paper, 0.0, None)
    grey = picture.convert("L")

    def ink(x: float, y: float) -> int:
        return grey.getpixel((round(at.x + x * at.scale), round(at.y + y * at.scale)))

    (arrow,) = poster.find("connection")
    tip, left, right = [op for op in arrow.ops if isinstance(op, PathOp)][1].points
    assert ink((tip[0] + left[0] + right[0]) / 3, (tip[1] + left[1] + right[1]) / 3) < 120
    for item in poster.find("blueprint-line"):
        line = next(op for op in item.ops if isinstance(op, Line))
        assert ink(line.x1 + 1, line.y1) < 120, item.ref


def test_the_legend_names_every_mark_the_map_uses(
    method: tuple[JourneyDocument, dict[str, str]],
) -> None:
    document, _ = method
    snap = journey_snapshot(document, document.journeys()[0].id)
    (legend,) = layout_poster(snap, today=TODAY).find("legend")
    said = " ".join(op.text for op in legend.ops if hasattr(op, "text"))
    for words in (
        "Effort cognitif",
        "Effort financier",
        "Temps perdu",
        "Moment magique",
        "Point de contact clé",
        "Enseignement",
        "Connexion : le chemin du client",
        "Ligne d’interaction",
        "Ligne de visibilité",
        "Ligne d’interaction interne",
        "Indicateur avant, après (cible)",
    ):
        assert words in said, words
