"""The one-page persona sheet: its layout holds every text of the persona, and the export puts
it before the poster or alone (PDF, PNG, SVG), with the persona's photo stored once."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from app.cli.export import add_export_arguments, run_export
from app.model import JourneyDocument
from app.model.pictures import prepare_picture
from app.model.snapshot import journey_snapshot
from app.render.errors import ExportError
from app.render.export import ExportRequest, export_document
from app.render.ops import Text
from app.render.paper import MM, parse_paper
from app.render.persona import HEIGHT, WIDTH, bullet_lines, layout_persona_sheet, named_channels

TODAY = date(2026, 3, 13)
PHOTO_SIZE = (600, 800)


def portrait_jpeg() -> bytes:
    """A real JPEG: a head and shoulders on a graded background."""
    image = Image.new("RGB", PHOTO_SIZE, (214, 196, 170))
    draw = ImageDraw.Draw(image)
    for row in range(0, PHOTO_SIZE[1], 4):
        draw.rectangle([0, row, PHOTO_SIZE[0], row + 4], fill=(200 - row // 10, 185, 170))
    draw.ellipse([190, 160, 410, 420], fill=(233, 190, 160))
    draw.rectangle([120, 470, 480, 800], fill=(40, 80, 120))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def sample_with_photo() -> JourneyDocument:
    """The sample map, its persona with a photo."""
    document = JourneyDocument.new("sample", "fr")
    sha = document.store_picture(prepare_picture(portrait_jpeg(), "camille.jpg"))
    document.update_persona(document.personas()[0].id, photo_sha256=sha)
    return document


@pytest.fixture(scope="module")
def with_photo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JourneyDocument]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        document = sample_with_photo()
        yield document
        document.close()


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    request = ExportRequest(output=out, format=fmt, **options)  # type: ignore[arg-type]
    export_document(document, request, today=TODAY)
    return out


def flat(text: str) -> str:
    """Text compared without spacing differences (line breaks, no-break spaces) or case."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " ")).casefold()


def images(reader: PdfReader, pages: list[int] | None = None) -> dict[int, object]:
    """Every image stream of the file (or of those pages), by object number, found through
    pages and forms."""
    found: dict[int, object] = {}

    def visit(resources: object) -> None:
        for ref in (resources.get("/XObject") or {}).values():  # type: ignore[attr-defined]
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found[ref.idnum] = xobject
            elif "/Resources" in xobject:
                visit(xobject["/Resources"])

    for number, page in enumerate(reader.pages):
        if pages is None or number in pages:
            visit(page["/Resources"])
    return found


def _close(colour: tuple[int, ...], wanted: tuple[int, ...], tolerance: int = 10) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, wanted, strict=True))


def size(page: object) -> tuple[float, float]:
    box = page.mediabox  # type: ignore[attr-defined]
    return float(box.width), float(box.height)


def test_sheet_before_the_poster(with_photo: JourneyDocument, tmp_path: Path) -> None:
    reader = PdfReader(export(with_photo, tmp_path / "p.pdf", persona_sheet="before"))
    assert len(reader.pages) == 2
    persona = with_photo.personas()[0]
    sheet = reader.pages[0].extract_text()
    assert flat("Camille Renaud") in flat(sheet)
    assert flat(f"« {persona.quote} »") in flat(sheet)  # French quotation marks
    for goal in bullet_lines(persona.goals):
        assert flat(goal) in flat(sheet), goal
    assert "à" in sheet and "é" in sheet and "ç" in sheet and "É" in sheet
    assert flat("Rencontrer la conseillère") in flat(reader.pages[1].extract_text())
    # the sheet is portrait, on the poster's paper (A0), the poster is landscape
    assert size(reader.pages[0]) == pytest.approx((841 * MM, 1189 * MM), abs=0.5)
    assert size(reader.pages[1]) == pytest.approx((1189 * MM, 841 * MM), abs=0.5)
    # the persona's photo heads both pages, and is stored once, as the JPEG it is
    # (the other pictures are the sample's five storyboard drawings, each stored once too)
    pictures = [o for o in images(reader).values() if int(o["/Width"]) > 10]  # type: ignore[index]
    photos = [o for o in pictures if (int(o["/Width"]), int(o["/Height"])) == PHOTO_SIZE]  # type: ignore[index]
    assert len(photos) == 1
    assert len(pictures) == 1 + 5
    assert "/DCTDecode" in str(photos[0]["/Filter"])  # type: ignore[index]
    for page in (0, 1):  # each page's drawing lists the photo in its own resources
        assert [o for o in images(reader, [page]).values() if o is photos[0]], page
    assert PdfReader(tmp_path / "p.pdf").metadata.title == "Obtenir un prêt immobilier"


def test_sheet_only(with_photo: JourneyDocument, tmp_path: Path) -> None:
    reader = PdfReader(
        export(with_photo, tmp_path / "s.pdf", persona_sheet="only", paper=parse_paper("A4"))
    )
    assert len(reader.pages) == 1
    assert size(reader.pages[0]) == pytest.approx((210 * MM, 297 * MM), abs=0.5)
    text = reader.pages[0].extract_text()
    assert flat("Ce qui guide ses décisions") in flat(text)
    assert flat("Parcours dessinés pour ce persona") in flat(text)
    assert flat("Exporté le 13 mars 2026") in flat(text)
    assert len(images(reader)) == 1
    assert reader.metadata.title == "Persona : Camille Renaud"


def test_sheet_before_a_tiled_poster_is_one_sheet(
    with_photo: JourneyDocument, tmp_path: Path
) -> None:
    reader = PdfReader(
        export(
            with_photo,
            tmp_path / "t.pdf",
            persona_sheet="before",
            tile=parse_paper("A4"),
            paper=parse_paper("A1"),
        )
    )
    a4 = pytest.approx((210 * MM, 297 * MM), abs=0.5)
    assert size(reader.pages[0]) == a4  # the sheet, on one A4, portrait
    assert "Camille" in reader.pages[0].extract_text()
    assert "Plan d’assemblage" in reader.pages[1].extract_text()
    assert len(reader.pages) > 3


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_sheet_alone_as_png_or_svg(
    with_photo: JourneyDocument, tmp_path: Path, suffix: str
) -> None:
    out = export(
        with_photo, tmp_path / f"s.{suffix}", persona_sheet="only", paper=parse_paper("A4"), dpi=72
    )
    if suffix == "png":
        with Image.open(out) as image:
            assert image.size == (595, 842)  # A4 portrait at 72 dpi
            # the photo is drawn: the shirt's blue is somewhere in the top third
            top = image.convert("RGB").crop((0, 0, 595, 280))
            near = [c for _, c in top.getcolors(1 << 20) or [] if _close(c, (40, 80, 120))]
            assert near
    else:
        svg = out.read_text(encoding="utf-8")
        assert 'width="210mm" height="297mm"' in svg
        assert "Camille Renaud" in svg and "<image" in svg
        assert "Objectifs".upper() in svg


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_sheet_before_needs_a_pdf(with_photo: JourneyDocument, tmp_path: Path, suffix: str) -> None:
    with pytest.raises(ExportError) as error:
        export(with_photo, tmp_path / f"x.{suffix}", persona_sheet="before")
    message = str(error.value)
    assert "\n" not in message and message.count(". ") == 0 and "--persona-sheet only" in message
    assert not (tmp_path / f"x.{suffix}").exists()


def test_a_journey_without_persona_is_refused(sample: JourneyDocument, tmp_path: Path) -> None:
    journey = sample.add_journey("Résilier son assurance").first_added
    try:
        with pytest.raises(ExportError) as error:
            export(sample, tmp_path / "x.pdf", journey=journey, persona_sheet="only")
        assert str(error.value) == "The journey “Résilier son assurance” has no persona to print."
        with pytest.raises(ExportError, match="has no persona to print"):
            layout_persona_sheet(journey_snapshot(sample, journey))
        assert not (tmp_path / "x.pdf").exists()
    finally:
        sample.delete_journey(journey)


def test_all_journeys_without_any_persona_are_refused(tmp_path: Path) -> None:
    document = JourneyDocument.new("blank", "fr")
    document.add_journey("Résilier son contrat")
    try:
        with pytest.raises(ExportError, match=r"^No journey of .* has a persona to print\.$"):
            export(document, tmp_path / "x.pdf", all_journeys=True, persona_sheet="before")
    finally:
        document.close()


def test_all_journeys_one_sheet_per_persona(sample: JourneyDocument, tmp_path: Path) -> None:
    """Each persona's sheet comes just before the first journey drawn for them."""
    first = sample.journeys()[0]
    future = sample.duplicate_journey(first.id, title="Obtenir un prêt (état futur)").first_added
    sample.update_journey(future, state="future")
    other = sample.add_journey("Ouvrir un compte").first_added
    persona = sample.add_persona("Jules Martin", role="Étudiant", age=19).first_added
    sample.set_persona(other, persona)
    try:
        reader = PdfReader(
            export(sample, tmp_path / "all.pdf", all_journeys=True, persona_sheet="before")
        )
        texts = [flat(page.extract_text()) for page in reader.pages]
        assert len(texts) == 5  # sheet, loan, loan (future), sheet, account
        assert flat("Camille Renaud") in texts[0] and flat("Jules Martin") in texts[3]
        assert flat("Obtenir un prêt (état futur)") in texts[0]  # both loan journeys listed
        assert flat("État futur") in texts[0]
        only = PdfReader(
            export(sample, tmp_path / "o.pdf", all_journeys=True, persona_sheet="only")
        )
        assert len(only.pages) == 2
    finally:
        for journey in (future, other):
            sample.delete_journey(journey)
        sample.delete_persona(persona)


def test_every_text_of_the_persona_is_on_the_sheet(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    persona = snap.persona
    assert persona is not None
    sheet = layout_persona_sheet(snap, today=TODAY)
    assert (sheet.width, sheet.height) == (WIDTH, HEIGHT)
    printed = flat(
        " ".join(op.text for item in sheet.items for op in item.ops if isinstance(op, Text))
    )
    texts = [persona.name, persona.role, "34 ans", persona.quote, snap.journey.title]
    for field in (persona.goals, persona.frustrations, persona.motivations):
        texts.extend(bullet_lines(field))
    texts.extend(bullet_lines(persona.channels, split_semicolons=True))
    texts.extend(["Objectifs", "Frustrations", "Canaux préférés", snap.project.title])
    for text in texts:
        assert flat(text) in printed, text
    # the channels the text names, as icons, in the order it names them
    assert named_channels(persona.channels) == ["app", "web", "email", "store", "sms"]
    for item in sheet.items:
        rect = item.rect
        assert rect.x >= 0 and rect.right <= WIDTH + 0.01 and rect.bottom <= HEIGHT, item.kind


def test_long_texts_are_never_cut(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    assert snap.persona is not None
    goals = "\n".join(
        f"Objectif numéro {n} : " + "acheter sans mauvaise surprise " * 4 for n in range(30)
    )
    sheet = layout_persona_sheet(replace(snap, persona=replace(snap.persona, goals=goals)))
    assert sheet.height > HEIGHT  # the smallest type was not enough: the page grew
    printed = flat(
        " ".join(op.text for item in sheet.items for op in item.ops if isinstance(op, Text))
    )
    assert flat("Objectif numéro 29") in printed
    footer = sheet.find("footer")[0]
    assert footer.rect.y > max(i.rect.bottom for i in sheet.items if i.kind == "section")


def test_channel_words() -> None:
    assert named_channels("Email and the mobile app; the branch on Saturdays") == [
        "email",
        "app",
        "store",
    ]
    assert named_channels("Le bouche-à-oreille") == []
    assert named_channels("courrier, e-mail et tchat") == ["mail", "email", "chat"]
    assert bullet_lines("- un\n• deux ; trois\n\n", split_semicolons=True) == [
        "un",
        "deux",
        "Trois",
    ]


def test_cli_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = sample_with_photo()
    document.save_as(tmp_path / "pret.cjm")
    document.close()
    parser = argparse.ArgumentParser(prog="parcours export")
    add_export_arguments(parser)

    def run(*argv: str) -> int:
        return run_export(parser.parse_args([str(tmp_path / "pret.cjm"), *argv]))

    assert run("-o", str(tmp_path / "s.pdf"), "--persona-sheet", "before") == 0
    assert "2 pages" in capsys.readouterr().out
    assert run("-o", str(tmp_path / "s.png"), "--persona-sheet", "only", "--dpi", "72") == 0
    capsys.readouterr()
    for argv, message in (
        (["-o", str(tmp_path / "x.png"), "--persona-sheet", "before"], "A PNG holds one page"),
        (["-o", str(tmp_path / "x.pdf"), "--persona-sheet", "first"], "takes none, before or"),
    ):
        assert run(*argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err, err
