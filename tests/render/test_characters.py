"""Every character the user types prints, in every format, with the same line breaks: arrows,
ticks, the euro and Cyrillic through the fallback face; a character no bundled face has as a
visible box, never "?"; and French typography in wrapping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.fonts import MISSING, TextMeasurer, chain, coverage, runs
from app.render.paper import parse_paper

TODAY = date(2026, 3, 13)
SVG = "{http://www.w3.org/2000/svg}"
TYPED = ("→", "✓", "€", "Жанна", "Петрова")
UNPRINTABLE = "漢"  # in no bundled face


@pytest.fixture
def typed(tmp_path: Path) -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("purchase", "fr")
    journey = document.journeys()[0].id
    stages = [s.id for s in document.stages(journey)]
    lane = next(lane for lane in document.lanes(journey) if lane.kind == "text")
    document.add_card(lane.id, stages[0], "CSAT 4,6 → 4,7 ✓", body="Frais : 12 € de moins")
    document.add_card(lane.id, stages[1], "Жанна Петрова", body="Cliente depuis 2019")
    document.add_card(lane.id, stages[2], f"Caractère {UNPRINTABLE} inconnu")
    yield document
    document.close()


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    request = ExportRequest(output=out, format=fmt, paper=parse_paper("A3"), **options)  # type: ignore[arg-type]
    export_document(document, request, today=TODAY)
    return out


def test_the_fallback_face_draws_what_open_sans_lacks() -> None:
    for char in "→✓":
        assert char not in coverage(chain("regular")[0])
        for style in ("regular", "italic", "semibold", "bold"):
            ((face, part),) = [run for run in runs(f"a {char} b", style) if char in run[1]]
            assert part == char and face.startswith("DejaVuSans") and char in coverage(face)
    assert runs("Жанна 12 €", "bold") == [("OpenSans-Bold.ttf", "Жанна 12 €")]


def test_a_character_no_face_has_is_a_box_never_a_question_mark() -> None:
    measure = TextMeasurer()
    assert measure.clean(f"a {UNPRINTABLE} b") == f"a {MISSING} b"
    assert measure.clean("4,6 → 4,7 ✓") == "4,6 → 4,7 ✓"
    assert measure.clean("e\u0301lan") == "élan"  # composed, not a lone accent
    assert "?" not in measure.clean("\U0001d400 \u2060 \ufe0f " + UNPRINTABLE)


def test_typed_characters_are_text_in_the_pdf(typed: JourneyDocument, tmp_path: Path) -> None:
    text = PdfReader(export(typed, tmp_path / "t.pdf")).pages[0].extract_text()
    for word in TYPED:
        assert word in text, word
    assert MISSING in text and UNPRINTABLE not in text
    assert "Caractère ? inconnu" not in text


def test_typed_characters_are_text_in_the_svg(typed: JourneyDocument, tmp_path: Path) -> None:
    root = ET.parse(export(typed, tmp_path / "t.svg")).getroot()
    text = " ".join(t.text or "" for t in root.iter(SVG + "text"))
    for word in TYPED:
        assert word in text, word
    assert f"Caractère {MISSING} inconnu" in text


def test_typed_characters_are_ink_in_the_png(typed: JourneyDocument, tmp_path: Path) -> None:
    """PDFium says where each character is on the PDF page; the PNG of the same page has ink
    there."""
    pdf = export(typed, tmp_path / "t.pdf")
    png = export(typed, tmp_path / "t.png", dpi=150)
    with pypdfium2.PdfDocument(str(pdf)) as document, Image.open(png) as image:
        page = document[0]
        height = page.get_height()
        textpage = page.get_textpage()
        content = textpage.get_text_range()
        grey = image.convert("L")
        for char in ("→", "✓", "€", "Ж", MISSING):
            index = content.index(char)
            left, bottom, right, top = textpage.get_charbox(index)
            k = 150 / 72
            box = (
                int(left * k),
                int((height - top) * k),
                int(right * k) + 1,
                int((height - bottom) * k) + 1,
            )
            darkest, lightest = grey.crop(box).getextrema()
            assert darkest < 128 and lightest > 128, (char, box, darkest, lightest)


def test_fallback_widths_wrap_alike_everywhere(typed: JourneyDocument, tmp_path: Path) -> None:
    """The PDF advances past an arrow by the width the layout measured for it (the fallback
    face's own advance), so the words after it stand where the layout wrapped them."""
    with pypdfium2.PdfDocument(str(export(typed, tmp_path / "w.pdf"))) as pdf:
        textpage = pdf[0].get_textpage()
        content = textpage.get_text_range()
        start = content.index("CSAT 4,6")
        four = content.index("4,6", start)
        after = content.index("4,7", four)
        x0, x4, x7 = (textpage.get_charbox(i)[0] for i in (start, four, after))
    measure = TextMeasurer()
    expected = measure.width("CSAT 4,6 → ", "semibold", 1) / measure.width("CSAT ", "semibold", 1)
    assert (x7 - x0) / (x4 - x0) == pytest.approx(expected, rel=0.02)


WORDS = st.sampled_from(["Bonjour", "le", "prêt", "taux", "4,6", "€", "«Oui", "non»", "simulé"])
MARKS = st.sampled_from(["", "", "»", ":", "?", "!", ";", "« "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, MARKS), min_size=1, max_size=30), st.integers(60, 240))
def test_french_punctuation_never_starts_a_line(pairs: list[tuple[str, str]], width: int) -> None:
    measure = TextMeasurer()
    text = " ".join(f"{word} {mark}" if mark else word for word, mark in pairs)
    lines = measure.wrap(text, "regular", 10, width)
    assert " ".join(lines).split() == text.split()  # nothing lost, nothing added
    for number, line in enumerate(lines):
        if number:
            assert line[:1] not in "»:;?!", lines
        if number < len(lines) - 1:
            assert not line.endswith("«"), lines
