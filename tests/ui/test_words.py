"""The window's words: French everywhere (Qt's own file dialog too), whole sentences rather than
glued pieces, a map's own words in the map's language; status-bar hints for what is under the
mouse and what is selected; undo entries named after what they did."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.application import install_translators
from app.ui.editor import MapEditor
from app.ui.evidence_panel import EvidencePanel
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, hover, open_in, settle


def test_qts_file_dialog_speaks_french(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, "fr")
    try:
        dialog = QFileDialog(None, "Ouvrir une carte", "", "Parcours (*.cjm)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels
        assert not [t for t in labels if "Look in" in t or "Files of" in t]
    finally:
        install_translators(qapp, "en")


def test_the_evidence_panel_says_du_parcours(
    qtbot: QtBot, qapp: QApplication, editor: MapEditor
) -> None:
    install_translators(qapp, "fr")
    try:
        panel = EvidencePanel()
        qtbot.addWidget(panel)
        panel.set_editor(editor)
        assert panel.heading.text() == "Éléments illustratifs du parcours"
        panel.set_editor(None)
    finally:
        install_translators(qapp, "en")


def test_a_future_state_is_named_in_the_maps_language(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_in(window, qtbot, JourneyDocument.new("sample", "fr"))  # English interface
    source = editor.document.journeys()[0]
    window.outline.duplicate_as_future(source.id)
    settle(qtbot)
    titles = [j.title for j in editor.document.journeys()]
    assert f"{source.title} (futur)" in titles and not [t for t in titles if "(future)" in t]


def test_the_status_bar_says_what_is_under_the_mouse_and_what_is_selected(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    advert = canvas.centre("card", journey.card("Advert"))
    canvas.show(advert)
    hover(canvas.viewport, canvas.to_viewport(advert))
    assert window.hint_label.text() == (
        "Card “Advert” — drag to move it, double-click to edit, right-click for more"
    )
    stage = canvas.centre("stage", journey.stage(1))
    canvas.show(stage)
    hover(canvas.viewport, canvas.to_viewport(stage))
    assert window.hint_label.text().startswith("Stage “Research” — drag to reorder")
    editor.scene.select_refs([("card", journey.card("Compares"))])
    assert window.hint_label.text().startswith("Card “Compares” — F2 to edit")
    editor.scene.select_refs([("card", journey.card("Compares")), ("card", journey.card("Advert"))])
    assert window.hint_label.text().startswith("2 elements selected")


def test_undo_entries_name_what_they_did(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    web = journey.card("Web site")
    row = editor.scene.grid.row_of(journey.lane("Touchpoints"))
    column = editor.scene.columns[3]
    assert row is not None
    canvas.drag(canvas.centre("card", web), QPointF(column.x + 40, row.y + 20))
    assert window.undo_action.text() == "&Undo Move card “Web site”"
    editor.edit("card", web, colour="#D8F0E2")
    assert window.undo_action.text() == "&Undo Edit card “Web site”"
