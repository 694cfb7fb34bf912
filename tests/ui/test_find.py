"""Find: Ctrl+F, a word found in cards, stages, lanes, feelings, evidence and personas, case and
accents ignored, every hit highlighted, Enter / Shift+Enter / F3 to step, and the count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.editor import MapEditor
from app.ui.find import Hit, fold, search, searchable
from app.ui.main_window import MainWindow
from tests.ui.conftest import Journey, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def find(qtbot: QtBot, window: MainWindow, word: str) -> None:
    """Ctrl+F, then the word typed in the bar, as a hand would."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)
    bar = window.current_tab().find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.line
    qtbot.keyClicks(bar.line, word)
    qtbot.waitUntil(lambda: not bar._typing.isActive())
    settle(qtbot)


def test_folding_ignores_case_accents_and_ligatures() -> None:
    assert fold("Étape") == fold("etape") == fold("ÉTAPE")
    assert fold("Œuvre cœur") == "oeuvre coeur"
    assert fold("l’offre") == fold("l'offre")


def test_ctrl_f_finds_cards_by_a_word_and_steps_through_them(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.view.setFocus()
    find(qtbot, window, "RE")  # Reads reviews, Research (a stage), Compares, ...
    bar = window.current_tab().find_bar
    hits = [h.key for h in bar.hits]
    assert ("card", journey.card("Reads reviews")) in hits
    assert ("stage", journey.stage(1)) in hits  # Research
    total = len(hits)
    assert bar.count.text() == f"1 of {total}"
    assert editor.scene.selected_refs() == [hits[0]] or hits[0][0] not in ("card", "stage")
    assert bar.highlights is not None and bar.highlights.keys == hits

    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.line, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == f"1 of {total}"
    window.find_next_action.trigger()  # F3, from anywhere in the window
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.line, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == f"1 of {total}"

    qtbot.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible() and bar.highlights is None
    assert QApplication.focusWidget() is editor.view


def test_accents_and_case_do_not_matter(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    lane = journey.lane("Customer actions")
    card = editor.document.add_card(lane, journey.stage(2), "Étape clé du dossier").first_added
    settle(qtbot)
    editor.view.setFocus()
    find(qtbot, window, "etape CLE")
    bar = window.current_tab().find_bar
    assert [h.key for h in bar.hits] == [("card", card)]
    assert bar.count.text() == "1 of 1"
    assert editor.scene.selected_refs() == [("card", card)]


def test_evidence_feelings_lanes_and_personas_are_found(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    document = editor.document
    persona = document.add_persona("Camille Durand").first_added
    document.update_persona(persona, goals="Trouver un métro direct")
    settle(qtbot)
    entries = searchable(editor.scene.snapshot, document.personas())
    found = search(entries, "metro")
    assert Hit("card", journey.card("Advert")) in found  # its quote: "I saw it in the metro"
    assert Hit("persona", persona) in found
    assert search(entries, "hopeful") == [Hit("emotion-point", journey.points()[1].id)]
    assert search(entries, "customer actions") == [Hit("lane", journey.lane("Customer actions"))]

    editor.view.setFocus()
    find(qtbot, window, "direct")
    bar = window.current_tab().find_bar
    assert [h.kind for h in bar.hits] == ["persona"]
    personas = window.outline.personas
    assert personas.currentItem() is not None and personas.currentItem().text() == (
        "Camille Durand"
    )


def test_no_match_says_so_and_the_map_follows_edits(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    editor.view.setFocus()
    find(qtbot, window, "billboard")
    bar = window.current_tab().find_bar
    assert bar.hits == [] and bar.count.text() == "No match"
    editor.edit("card", journey.card("Advert"), title="Billboard")
    settle(qtbot)
    assert bar.count.text() == "1 of 1"
