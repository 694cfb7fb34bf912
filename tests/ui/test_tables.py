"""Spreadsheets in the editor: the import dialog (guessed columns, a choice changed by hand and
remembered, the preview row by row, one undo step), the export dialog, and rows pasted from a
spreadsheet as one card per cell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.model.table_read import read_table
from app.ui.editor import MapEditor
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.table_export_dialog import TableExportDialog
from tests.ui.conftest import Journey, UndoCheck, settle

INVENTORY = (
    "Étape;Point de contact;Canal;Équipe;Moment de vérité\n"
    "Discovery;Newsletter;E-mail;Marketing;non\n"
    "Purchase;Checkout page;Site web;E-commerce;oui\n"
    "Use;Support chat;Chat;Service client;\n"
    "Loyalty;Hotline;Pigeon voyageur;;\n"
)


def dialog_for(editor: MapEditor, qtbot: QtBot, path: Path) -> ImportDialog:
    dialog = ImportDialog(editor, read_table(path))
    qtbot.addWidget(dialog)
    return dialog


def test_the_import_dialog_guesses_previews_and_applies_one_step(
    editor: MapEditor, journey: Journey, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "inventaire.csv"
    source.write_text(INVENTORY, "utf-8")
    dialog = dialog_for(editor, qtbot, source)
    assert dialog.table_key == "touchpoints"
    assert dialog.mapping() == {0: "stage", 1: "title", 2: "channel", 4: "moment_of_truth"}
    dialog.set_field("Équipe", "owner")  # not guessed: the user chooses it
    assert dialog.mapping()[3] == "owner"
    plan = dialog.plan
    assert plan is not None and (plan.count("add"), len(plan.refused)) == (3, 1)
    assert list(plan.new_stages.values()) == ["Loyalty"] or not plan.new_stages
    results = [dialog.preview.item(row, 1).text() for row in range(dialog.preview.rowCount())]
    assert results == ["Added", "Added", "Added", "Refused"]
    assert "Pigeon voyageur" in dialog.preview.item(3, 1).toolTip()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(p.startswith("Row 5: Canal cannot be “Pigeon voyageur”") for p in problems)
    assert "3 to add" in dialog.summary.text() and "1 refused" in dialog.summary.text()
    check = UndoCheck(editor)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot)
    titles = {c.title: c for c in editor.document.cards(journey.id)}
    assert titles["Checkout page"].owner == "E-commerce"
    assert titles["Checkout page"].moment_of_truth is True
    assert editor.undo_stack.text(editor.undo_stack.index() - 1) == (
        "Import 3 rows from “inventaire.csv”"
    )
    check.one_step()
    # the canvas shows the imported cards
    assert editor.scene.item_for("card", titles["Newsletter"].id) is not None


def test_column_choices_are_remembered(editor: MapEditor, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "inventaire.csv"
    source.write_text(INVENTORY, "utf-8")
    first = dialog_for(editor, qtbot, source)
    first.set_field("Équipe", "owner")
    first.set_field("Moment de vérité", "")
    first.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    second = dialog_for(editor, qtbot, source)
    assert second.mapping() == {0: "stage", 1: "title", 2: "channel", 3: "owner"}


def test_no_creation_refuses_unknown_stages(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "inventaire.csv"
    source.write_text(INVENTORY.replace("Loyalty", "Nowhere"), "utf-8")
    dialog = dialog_for(editor, qtbot, source)
    dialog.create_missing.setChecked(False)
    assert dialog.plan is not None
    assert any("no stage “Nowhere”" in p.text for r in dialog.plan.refused for p in r.problems)
    dialog.table.setCurrentIndex(3)  # metrics: no metric names, nothing to import
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert isinstance(dialog.columns.cellWidget(0, 1), QComboBox)


def test_the_export_dialog_writes_a_workbook(
    editor: MapEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    dialog = TableExportDialog(editor)
    qtbot.addWidget(dialog)
    assert not dialog.format.model().item(1).isEnabled()  # every table: workbook only
    tables, journeys, fmt, _ = dialog.request()
    assert fmt == "xlsx" and len(tables) == 5 and journeys == [editor.journey_id]
    assert dialog.write(tmp_path / "carte.xlsx", tables, journeys, ",")
    assert load_workbook(tmp_path / "carte.xlsx").sheetnames[0] == "Cards"
    dialog.table.setCurrentIndex(2)
    dialog.format.setCurrentIndex(1)
    assert dialog.request()[0] == ["touchpoints"] and dialog.delimiter.isEnabled()


def put_text(text: str, spreadsheet: bool = True) -> None:
    data = QMimeData()
    data.setText(text)
    if spreadsheet:
        data.setHtml("<table><tr><td>x</td></tr></table>")
    QGuiApplication.clipboard().setMimeData(data)


def test_a_pasted_grid_spreads_across_stages_and_lanes(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    editor.scene.select_refs([("card", journey.card("Web site"))])  # touchpoints x stage 2
    put_text('Site\tAppli\t"Agence\nrendez-vous"\r\nLit les avis\t\tCompare\r\n')
    check = UndoCheck(editor)
    window.paste_action.trigger()
    settle(qtbot)
    cells = {
        (lane, index): journey.cell(lane, index)
        for lane in ("Touchpoints", "Customer actions")
        for index in (1, 2, 3)
    }
    assert cells[("Touchpoints", 1)][-1] == "Site"
    assert cells[("Touchpoints", 2)] == ["Appli"]
    assert cells[("Touchpoints", 3)] == ["Agence"]
    assert cells[("Customer actions", 1)] == ["Lit les avis"]
    assert cells[("Customer actions", 2)] == []
    assert cells[("Customer actions", 3)] == ["Compare"]
    assert editor.document.card(journey.card("Agence")).body == "rendez-vous"
    assert editor.undo_stack.text(editor.undo_stack.index() - 1) == "Paste 5 cards"
    assert len(editor.selected("card")) == 5
    check.one_step()


def test_one_column_goes_down_the_cell_and_overflow_is_said(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    editor.scene.select_refs([("card", journey.card("Advert"))])
    put_text("Un\nDeux\nTrois\n")
    window.paste_action.trigger()
    settle(qtbot)
    assert journey.cell("Touchpoints", 0)[-3:] == ["Un", "Deux", "Trois"]
    stages = len(journey.stages())
    editor.scene.select_refs([("card", journey.card("Web site"))])
    put_text("\t".join(f"c{n}" for n in range(stages + 3)))
    messages: list[str] = []
    editor.message.connect(messages.append)
    window.paste_action.trigger()
    settle(qtbot)
    assert messages == ["4 cells outside the map: not pasted."]


def test_plain_text_still_pastes_one_card_per_paragraph(
    window: MainWindow, editor: MapEditor, journey: Journey, qtbot: QtBot
) -> None:
    editor.scene.select_refs([("card", journey.card("Advert"))])
    put_text("A first idea\nwith two lines\n\nA second idea", spreadsheet=False)
    window.paste_action.trigger()
    settle(qtbot)
    titles = journey.cell("Touchpoints", 0)
    assert "A first idea\nwith two lines" in titles and "A second idea" in titles


def test_every_import_sentence_is_translatable_and_reads_in_french(qapp) -> None:
    from app.model.table_import import IMPORT_MESSAGES, MISSING_STAGE, Problem
    from app.model.table_read import TableReadError
    from app.ui.application import install_translators
    from app.ui.messages import IMPORT_TEXTS, problem_text, user_message

    assert tuple(IMPORT_TEXTS) == IMPORT_MESSAGES
    install_translators(qapp, "fr")
    try:
        assert problem_text(Problem(MISSING_STAGE, ("3", "Achat"))) == (
            "Ligne 3 : ce parcours n’a pas d’étape « Achat »."
        )
        error = TableReadError("plan.xlsx", "it has no sheet “Budget” (its sheets: “Feuil1”)")
        assert user_message(error) == (
            "Impossible d’importer plan.xlsx : il n’a pas de feuille « Budget » "
            "(ses feuilles : “Feuil1”)."
        )
    finally:
        install_translators(qapp, "en")
