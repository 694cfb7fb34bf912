"""Evidence in the editor: photos dropped from the file manager or pasted, quotes, personas."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from app.model.pictures import prepare_picture
from app.render.ops import Text
from app.ui.editor import MapEditor
from app.ui.evidence_library import EvidenceLibrary
from app.ui.evidence_panel import EvidenceForm
from app.ui.main_window import MainWindow
from app.ui.persona_editor import PersonaEditor
from tests.ui.conftest import Canvas, Journey, ModalSeen, UndoCheck, rows


def photo_file(folder: Path, name: str, colour: str, size: tuple[int, int] = (800, 600)) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path, format="JPEG")
    return path


def drop_files(canvas: Canvas, paths: list[Path], at: QPointF) -> bool:
    """What the file manager delivers: enter, move, drop, with file URLs."""
    canvas.show(at)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = canvas.to_viewport(at)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where, copy, data, left, none)
    QApplication.sendEvent(canvas.viewport, enter)
    move = QDragMoveEvent(where, copy, data, left, none)
    QApplication.sendEvent(canvas.viewport, move)
    drop = QDropEvent(QPointF(where), copy, data, left, none)
    QApplication.sendEvent(canvas.viewport, drop)
    return enter.isAccepted() and move.isAccepted() and drop.isAccepted()


def photos_on(editor: MapEditor, kind: str, ref: str) -> list[str]:
    return [e.title for e in editor.document.evidence_for(kind, ref) if e.kind == "photo"]


def test_photos_dropped_on_a_card_are_attached_in_one_step(
    editor: MapEditor, canvas: Canvas, journey: Journey, qtbot: QtBot, tmp_path: Path
) -> None:
    card = journey.card("Web site")
    files = [
        photo_file(tmp_path, f"counter-{n}.jpg", colour) for n, colour in enumerate(("red", "blue"))
    ]
    check = UndoCheck(editor, ignoring=("asset",))

    assert drop_files(canvas, files, canvas.centre("card", card))
    qtbot.waitUntil(lambda: len(photos_on(editor, "card", card)) == 2, timeout=20_000)

    assert photos_on(editor, "card", card) == ["counter-0", "counter-1"]
    check.one_step()


def test_a_file_that_is_not_a_picture_is_refused_in_one_sentence(
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    qtbot: QtBot,
    tmp_path: Path,
    answer_modal,
) -> None:
    card = journey.card("Web site")
    fake = tmp_path / "notes.jpg"
    fake.write_text("this is not a photo", encoding="utf-8")
    good = photo_file(tmp_path, "shelf.jpg", "green")
    before = rows(editor.document)["asset"]
    seen: ModalSeen = answer_modal("OK", timeout=20.0)

    assert drop_files(canvas, [fake, good], canvas.centre("card", card))
    qtbot.waitUntil(lambda: seen.text != "", timeout=20_000)

    assert seen.text.startswith("notes.jpg is not a picture Parcours can take in")
    assert "\n" not in seen.text
    assert photos_on(editor, "card", card) == ["shelf"]
    assert len(rows(editor.document)["asset"]) == len(before) + 1


@pytest.mark.parametrize("place", ["corner", "empty cell"])
def test_photos_dropped_where_nothing_takes_them_are_refused_with_a_word(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey, tmp_path: Path,
    place: str,
) -> None:  # fmt: skip
    poster = editor.scene.poster
    assert poster is not None
    row = editor.scene.grid.row_of(journey.lane("Customer actions"))
    column = editor.scene.columns[2]
    at = {
        "corner": QPointF(poster.width - 10, poster.height - 10),
        "empty cell": QPointF(column.x + column.w / 2, row.y + row.h / 2),
    }[place]
    assert not drop_files(canvas, [photo_file(tmp_path, "street.jpg", "grey")], at)
    assert window.statusBar().currentMessage() == (
        "Photos go on a card, a stage or an emotion point: drop them on one."
    )
    assert editor.document.evidence_for("journey", editor.journey_id) == []


def test_a_photo_dragged_over_a_card_highlights_it(
    editor: MapEditor, canvas: Canvas, journey: Journey, tmp_path: Path
) -> None:
    card = journey.card("Web site")
    at = canvas.centre("card", card)
    canvas.show(at)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo_file(tmp_path, "a.jpg", "red")))])
    where = canvas.to_viewport(at)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport, QDragEnterEvent(where, copy, data, left, none))
    move = QDragMoveEvent(where, copy, data, left, none)
    QApplication.sendEvent(canvas.viewport, move)
    assert move.isAccepted()
    frame = editor.view.drops.frame
    assert frame.isVisible() and frame.rect().contains(canvas.rect("card", card))
    QApplication.sendEvent(canvas.viewport, QDragLeaveEvent())
    assert not frame.isVisible()


def test_an_image_pasted_from_the_clipboard_becomes_a_photo_of_the_selection(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    card = journey.card("Advert")
    editor.scene.select_refs([("card", card)])
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)

    window.paste_action.trigger()
    qtbot.waitUntil(lambda: len(photos_on(editor, "card", card)) == 1, timeout=20_000)

    stored = editor.document.asset(editor.document.evidence_for("card", card)[-1].asset_sha256)
    with Image.open(io.BytesIO(stored.data)) as picture:
        assert picture.size == (320, 200)


def fill_form(qtbot: QtBot, values: dict[str, str]) -> None:
    """Fill the evidence form when it opens, then press OK."""

    def answer() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, EvidenceForm)
        for name, value in values.items():
            widget = form.fields[name]
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        form.accept()

    QTimer.singleShot(50, answer)


def test_a_quote_from_the_panel_is_attached_to_the_selected_card(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    card = journey.card("Search ad")
    editor.scene.select_refs([("card", card)])
    check = UndoCheck(editor)
    fill_form(qtbot, {"text": "J’ai cliqué par erreur", "speaker": "Marie", "date": "2026-10-02"})

    window.quote_action.trigger()

    quotes = [e for e in editor.document.evidence_for("card", card) if e.kind == "quote"]
    assert [(q.text, q.speaker, q.date) for q in quotes] == [
        ("J’ai cliqué par erreur", "Marie", "2026-10-02")
    ]
    qtbot.waitUntil(lambda: window.evidence.list.count() == 1)
    check.one_step()


def test_detach_from_the_panel_then_undo(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    advert = journey.card("Advert")
    editor.scene.select_refs([("card", advert)])
    qtbot.waitUntil(lambda: window.evidence.list.count() == 1)
    quote = editor.document.evidence_for("card", advert)[0].id
    check = UndoCheck(editor)

    window.evidence.list.setCurrentRow(0)
    window.evidence._detach()

    assert editor.document.evidence_for("card", advert) == []
    assert quote in [e.id for e in editor.document.evidence()]  # still in the library
    check.one_step()


def test_persona_editor_changes_every_field_in_one_step(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    persona = editor.document.add_persona("Camille").first_added
    with Image.open(photo_file(tmp_path, "camille.jpg", "orange")) as picture:
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
    photo = editor.document.store_picture(prepare_picture(buffer.getvalue(), "camille.png"))
    check = UndoCheck(editor)  # a stored picture is not undone: unused, it leaves at Save
    dialog = PersonaEditor(editor, persona)
    qtbot.addWidget(dialog)
    dialog.name.setText("Camille Martin")
    dialog.role.setText("Primo-accédante")
    dialog.age.setValue(34)
    dialog.texts["goals"].setPlainText("Acheter un deux-pièces")
    dialog.texts["channels"].setPlainText("Application, agence")
    dialog.colour = "#8a5cf6"
    dialog.photo_sha256 = photo
    dialog.accept()

    row = editor.row("persona", persona)
    assert (row.name, row.role, row.age, row.goals, row.colour) == (
        "Camille Martin", "Primo-accédante", 34, "Acheter un deux-pièces", "#8a5cf6",
    )  # fmt: skip
    assert row.photo_sha256 == dialog.photo_sha256
    check.one_step()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_library_lists_where_each_piece_is_used_and_what_is_unused(
    editor: MapEditor, qtbot: QtBot
) -> None:
    editor.document.add_evidence("quote", text="Personne ne m’a rappelé")
    library = EvidenceLibrary(editor)
    qtbot.addWidget(library)
    texts = [
        [library.table.item(r, c).text() for c in range(3)] for r in range(library.table.rowCount())
    ]
    assert ["Quote", "I saw it in the metro — Camille", "Card: Advert"] in texts
    assert ["Quote", "Personne ne m’a rappelé", "Not used"] in texts
    library.unused_only.setChecked(True)
    assert library.table.rowCount() == 1
    library.close()


def counts_shown(editor: MapEditor, kind: str, ref: str) -> list[str]:
    """The numbers an element shows beside the photo and quote marks of its evidence."""
    item = editor.scene.item_for(kind, ref)
    assert item is not None
    size = editor.scene.theme.label
    return [
        op.text
        for op in item.layout_item.ops
        if isinstance(op, Text) and op.text.isdigit() and op.size == size
    ]


def test_elements_with_evidence_show_how_much(
    editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    assert counts_shown(editor, "card", journey.card("Advert")) == ["1"]
    assert counts_shown(editor, "card", journey.card("Web site")) == []
    stage = journey.stage(1)
    editor.document.add_evidence("link", url="https://example.org", targets=[("stage", stage)])
    qtbot.waitUntil(lambda: counts_shown(editor, "stage", stage) == ["1"])


def test_a_folder_dropped_on_a_stage_brings_its_pictures(
    editor: MapEditor, canvas: Canvas, journey: Journey, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "atelier"
    folder.mkdir()
    for n, colour in enumerate(("red", "green", "blue")):
        photo_file(folder, f"mur-{n}.jpg", colour)
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    stage = journey.stage(1)
    assert drop_files(canvas, [folder], canvas.centre("stage", stage))
    qtbot.waitUntil(lambda: len(photos_on(editor, "stage", stage)) == 3, timeout=20_000)
    assert photos_on(editor, "stage", stage) == ["mur-0", "mur-1", "mur-2"]


def test_reordering_in_the_panel_is_one_undo_step(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    card = journey.card("Advert")
    second = editor.document.add_evidence("quote", text="Second", targets=[("card", card)])
    editor.scene.select_refs([("card", card)])
    qtbot.waitUntil(lambda: window.evidence.list.count() == 2)
    check = UndoCheck(editor)
    panel = window.evidence
    moved = panel.list.takeItem(1)
    panel.list.insertItem(0, moved)
    panel._reordered()
    assert editor.document.evidence_for("card", card)[0].id == second.first_added
    check.one_step()


def test_photos_dropped_on_a_read_only_map_are_refused_in_one_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer_modal
) -> None:
    from app.model import JourneyDocument
    from tests.ui.conftest import build_workshop

    made = JourneyDocument.new("purchase", "en")
    build_workshop(made)
    made.save_as(tmp_path / "shared.cjm")
    made.close()
    document = JourneyDocument.open(tmp_path / "shared.cjm", read_only=True)
    editor = window.add_document(document).editor
    canvas = Canvas(qtbot, editor)
    card = Journey(document).card("Web site")
    assert not drop_files(
        canvas, [photo_file(tmp_path, "x.jpg", "red")], canvas.centre("card", card)
    )
    assert window.statusBar().currentMessage() == (
        "This map is open read-only: use File › Save As to keep an editable copy."
    )
    assert document.evidence_for("card", card) == []


def test_persona_colour_comes_from_the_curated_palette(editor: MapEditor, qtbot: QtBot) -> None:
    persona = editor.document.add_persona("Camille").first_added
    dialog = PersonaEditor(editor, persona)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "the palette opens under the button"
        seen.extend(a.text().replace("&", "") for a in menu.actions())
        chosen = next(a for a in menu.actions() if a.text().replace("&", "") == "Mint")
        menu.close()
        chosen.trigger()

    QTimer.singleShot(50, pick)
    qtbot.mouseClick(dialog.colour_button, Qt.MouseButton.LeftButton)
    assert dialog.colour == "#D8F0E2"
    assert "More Colours…" in seen
