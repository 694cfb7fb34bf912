"""Exporting from the editor: the dialog's choices reach the poster writers."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.render.paper import MM
from app.ui.editor import MapEditor
from app.ui.export_dialog import ExportDialog


def test_a_tiled_pdf_from_the_dialog(editor: MapEditor, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(editor)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentText("A2")
    dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
    assert dialog.overlap.isEnabled()
    assert dialog.export_to(tmp_path / "affiche")
    pages = PdfReader(tmp_path / "affiche.pdf").pages
    assert len(pages) > 2  # the assembly page, then the sheets
    width, height = (float(v) for v in pages[1].mediabox[2:])
    assert {round(width / MM), round(height / MM)} == {210, 297}


def test_a_png_from_the_dialog_has_its_dpi(editor: MapEditor, qtbot: QtBot, tmp_path: Path) -> None:
    from PIL import Image

    dialog = ExportDialog(editor)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.paper.setCurrentText("A4")
    dialog.dpi.setValue(96)
    assert not dialog.tile.isEnabled()
    assert dialog.export_to(tmp_path / "affiche.png")
    with Image.open(tmp_path / "affiche.png") as image:
        assert round(image.info["dpi"][0]) == 96


def test_a_refusal_is_one_sentence_and_leaves_nothing(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    dialog = ExportDialog(editor)
    qtbot.addWidget(dialog)
    dialog.persona_sheet.setCurrentIndex(dialog.persona_sheet.findData("only"))
    out = tmp_path / "posters"
    out.mkdir()
    seen = answer_modal("OK")
    assert not dialog.export_to(out / "fiche.pdf")
    assert "has no persona to print" in seen.text and "\n" not in seen.text
    assert list(out.iterdir()) == []


def test_the_action_plan_from_the_dialog_as_csv_and_pdf(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(editor)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.view.findData("map"))
    assert not dialog.format.model().item(3).isEnabled(), "no CSV of the map"
    dialog.view.setCurrentIndex(dialog.view.findData("plan"))
    assert dialog.paper.currentText() == "A3" and not dialog.density.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.export_to(tmp_path / "plan")
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.export_to(tmp_path / "plan.pdf")
    (page,) = PdfReader(tmp_path / "plan.pdf").pages
    assert "ACTION PLAN" in page.extract_text()
    dialog.view.setCurrentIndex(dialog.view.findData("inventory"))
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert dialog.svg_text.isEnabled() and not dialog.bleed.isEnabled()
    assert dialog.export_to(tmp_path / "points.svg")
    assert b"TOUCHPOINT INVENTORY" in (tmp_path / "points.svg").read_bytes()


def test_comments_reach_the_pdf_only_when_ticked(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    advert = next(c.id for c in editor.document.cards(editor.journey_id) if c.title == "Advert")
    editor.document.add_comment("card", advert, "Print or metro?", author="Ana")
    dialog = ExportDialog(editor)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentText("A3")
    assert not dialog.comments.isChecked()
    assert dialog.export_to(tmp_path / "plain.pdf")
    assert [
        p.extract_text().count("Print or metro?") for p in PdfReader(tmp_path / "plain.pdf").pages
    ] == [0]
    qtbot.mouseClick(dialog.comments, Qt.MouseButton.LeftButton)
    assert dialog.comments.isChecked()
    assert dialog.export_to(tmp_path / "reviewed.pdf")
    pages = PdfReader(tmp_path / "reviewed.pdf").pages
    assert len(pages) == 2 and "1. Card “Advert”" in pages[1].extract_text()
    dialog.view.setCurrentIndex(dialog.view.findData("plan"))
    assert not dialog.comments.isEnabled()  # the views are tables and charts, not the poster
