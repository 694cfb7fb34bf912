"""Comments stay off posters unless asked; asked, the open threads are numbered on their
elements and listed (PDF: pages after the poster, read back with pypdf; PNG and SVG: a band
under the poster); resolved threads stay off; `parcours export --comments` does the same."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.model import JourneyDocument
from app.render.comments import number_threads
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper
from tests.conftest import env_without_display

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def reviewed(tmp_path: Path) -> Iterator[JourneyDocument]:
    """A map with two open threads (one with a reply), one resolved, one on the journey."""
    document = JourneyDocument.new("purchase", "en")
    journey = document.journeys()[0].id
    lane = next(lane for lane in document.lanes(journey) if lane.kind == "touchpoints")
    stages = document.stages(journey)
    card = document.add_card(lane.id, stages[1].id, "Web site").first_added
    first = document.add_comment("card", card, "Which site exactly?", author="Ana").first_added
    document.reply_to_comment(first, "The shop, not the blog.", author="Bo")
    document.add_comment("stage", stages[0].id, "Split discovery in two?", author="Cy")
    done = document.add_comment("card", card, "Typo in the title", author="Ana").first_added
    document.resolve_comment(done)
    document.add_comment("journey", journey, "Check with the sales team", author="Cy")
    document.save_as(tmp_path / "reviewed.cjm")
    yield document
    document.close()


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_a_pdf_leaves_comments_out_unless_asked(reviewed: JourneyDocument, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    export_document(reviewed, ExportRequest(plain, "pdf", paper=parse_paper("A3")))
    (page,) = pdf_text(plain)
    assert "Web site" in page
    assert "Which site" not in page and "Split discovery" not in page and "Ana" not in page

    asked = tmp_path / "asked.pdf"
    result = export_document(reviewed, ExportRequest(asked, "pdf", paper=parse_paper("A3"),
                                                     comments=True))  # fmt: skip
    poster, listing = pdf_text(asked)
    assert result.pages == 2
    assert "Which site" not in poster  # on the poster, only the numbers
    assert re.search(r"Comments on “Purchase journey”", listing)
    assert "1. Stage “Discovery”" in listing and "Split discovery in two?" in listing
    assert "2. Card “Web site”" in listing and "Which site exactly?" in listing
    assert "The shop, not the blog." in listing and "Bo, " in listing
    assert "3. The journey “Purchase journey”" in listing
    assert "Typo in the title" not in listing  # resolved: settled, left out


def test_the_numbers_sit_on_their_elements_in_reading_order(
    reviewed: JourneyDocument, tmp_path: Path
) -> None:
    from app.model.snapshot import journey_snapshot
    from app.render.comments import with_marks
    from app.render.layout import layout_poster

    journey = reviewed.journeys()[0].id
    poster = layout_poster(journey_snapshot(reviewed, journey))
    numbered = number_threads(poster, reviewed.comment_threads(journey))
    assert [(n.number, n.thread.target[0], n.element is not None) for n in numbered] == [
        (1, "stage", True),
        (2, "card", True),
        (3, "journey", False),
    ]
    marked = with_marks(poster, numbered)
    marks = marked.find("comment-mark")
    assert len(marks) == 2
    for mark, entry in zip(marks, numbered[:2], strict=True):
        element = entry.element
        assert element is not None
        texts = [op.text for op in mark.ops if hasattr(op, "text")]
        assert texts == [str(entry.number)]
        assert abs(mark.rect.x + mark.rect.w - (element.rect.x + element.rect.w)) < 1


def test_svg_and_png_carry_the_list_under_the_poster_when_asked(
    reviewed: JourneyDocument, tmp_path: Path
) -> None:
    def svg_words(path: Path) -> str:
        root = ET.parse(path).getroot()
        return " ".join("".join(t.itertext()) for t in root.iter(SVG + "text"))

    plain, asked = tmp_path / "plain.svg", tmp_path / "asked.svg"
    export_document(reviewed, ExportRequest(plain, "svg", paper=parse_paper("A3")))
    export_document(reviewed, ExportRequest(asked, "svg", paper=parse_paper("A3"), comments=True))
    assert "Which site" not in svg_words(plain)
    assert "Which site exactly?" in svg_words(asked)
    assert "Typo in the title" not in svg_words(asked)
    png_plain, png_asked = tmp_path / "plain.png", tmp_path / "asked.png"
    for path, comments in ((png_plain, False), (png_asked, True)):
        export_document(reviewed, ExportRequest(path, "png", paper=parse_paper("A4"), dpi=72,
                                                comments=comments))  # fmt: skip
    with Image.open(png_plain) as one, Image.open(png_asked) as other:
        assert one.size == other.size  # the same paper
        assert one.tobytes() != other.tobytes()


def test_parcours_export_comments_on_the_command_line(
    reviewed: JourneyDocument, tmp_path: Path, data_dir: Path
) -> None:
    source = tmp_path / "reviewed.cjm"
    env = {**env_without_display(), "PARCOURS_DATA_DIR": str(data_dir)}

    def export(*extra: str) -> Path:
        out = tmp_path / f"cli{len(extra)}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "app", "export", str(source), "-o", str(out), "--paper",
             "A3", *extra],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return out

    assert len(pdf_text(export())) == 1
    pages = pdf_text(export("--comments"))
    assert len(pages) == 2 and "Split discovery in two?" in pages[1]
