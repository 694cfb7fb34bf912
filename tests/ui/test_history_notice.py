"""A map whose version history does not hold together opens whole, and says so once: the
history's changes are walked after the first paint, so the notice comes on the next turn."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.ui.main_window import MainWindow
from tests.ui.conftest import settle


def saved_twice(tmp_path: Path) -> tuple[Path, str, str]:
    document = JourneyDocument.new("sample", "fr")
    path = tmp_path / "carte.cjm"
    document.save_as(path)
    card = document.cards(document.journeys()[0].id)[0]
    document.update_card(card.id, title="Deuxième version")
    document.save()
    document.close()
    return path, card.id, card.title


def test_an_inconsistent_history_is_said_once_above_the_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path, card, title = saved_twice(tmp_path)
    wrong = [["card", card, {"title": title}, {"title": "pas ce que la carte dit"}]]
    with sqlite3.connect(path) as connection:
        blob = zlib.compress(json.dumps(wrong).encode())
        connection.execute("UPDATE version SET changes = ? WHERE changes IS NOT NULL", (blob,))
    tab = window.add_document(JourneyDocument.open(path))
    qtbot.waitUntil(tab.history.isVisible)
    assert tab.history.text() == (
        "“carte.cjm” was opened without its version history, which does not hold together: "
        "the map itself is whole, and its next Save starts a new history."
    )
    assert tab.editor.document.versions() == []
    titles = [c.title for c in tab.editor.document.cards(tab.editor.document.journeys()[0].id)]
    assert "Deuxième version" in titles


def test_a_sound_history_says_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path, _card, _title = saved_twice(tmp_path)
    tab = window.add_document(JourneyDocument.open(path))
    settle(qtbot)
    settle(qtbot)
    assert not tab.history.isVisible()
    assert len(tab.editor.document.versions()) == 2
