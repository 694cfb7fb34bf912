"""The inspector fits the element: fields by lane kind, grouped, in a dock that never scrolls
sideways (English or French); numbers commit when editing finishes, never key by key, so that
"0.3" typed over "0.32" is 0.3; focus and scroll stay where the user is after an edit; the map's
title, author and notes are editable; new elements are named in the map's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDockWidget
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.model.snapshot import journey_snapshot
from app.render.layout import layout_poster
from app.ui.application import install_translators
from app.ui.editor import MapEditor
from app.ui.fields import NumberField
from app.ui.main_window import MainWindow
from tests.ui.conftest import Canvas, Journey, UndoCheck, open_in
from tests.ui.test_metrics import field, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_fields(window: MainWindow) -> set[str]:
    return set(window.inspector._fields)


def select(canvas: Canvas, kind: str, ref: str) -> None:
    canvas.editor.scene.select_refs([(kind, ref)])
    canvas.settle()


# -- numbers commit when editing finishes ------------------------------------------------------


DECIMAL_FIELDS: dict[str, tuple[str, str, Callable[[JourneyDocument, Journey], str]]] = {
    # field label: (canvas kind, column, the element, its value set to 0.32 first)
    "Feeling (-5 to +5)": (
        "emotion-point",
        "value",
        lambda d, j: _point(d, j, value=0.32),
    ),
    "Place in the stage (0 to 1)": (
        "emotion-point",
        "offset",
        lambda d, j: _point(d, j, offset=0.32),
    ),
    "Before": ("metric", "value_before", lambda d, j: _metric(d, j, "value_before")),
    "After": ("metric", "value_after", lambda d, j: _metric(d, j, "value_after")),
    "Target": ("metric", "target", lambda d, j: _metric(d, j, "target")),
}


def _point(document: JourneyDocument, journey: Journey, **values: float) -> str:
    point = journey.points()[1]
    if "value" in values:
        document.set_emotion_value(point.id, values["value"])
    else:
        document.move_emotion_point(point.id, point.stage_id, values["offset"])
    return point.id


def _metric(document: JourneyDocument, journey: Journey, column: str) -> str:
    return document.add_metric(journey.stage(2), "CSAT", **{column: 0.32}).first_added


@pytest.mark.parametrize("label", DECIMAL_FIELDS, ids=list(DECIMAL_FIELDS))
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["enter", "tab"])
def test_typing_0_3_over_0_32_gives_0_3_in_every_decimal_field(
    qtbot: QtBot,
    window: MainWindow,
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    label: str,
    key: Qt.Key,
) -> None:
    kind, column, make = DECIMAL_FIELDS[label]
    ref = make(editor.document, journey)
    select(canvas, kind, ref)
    number = field(window, label)
    assert isinstance(number, NumberField) and number.text() == "0.32"
    steps = editor.undo_stack.count()

    qtbot.mouseClick(number, Qt.MouseButton.LeftButton)
    qtbot.keyClick(number, Qt.Key.Key_A, CTRL)
    for typed in "0.3":  # key by key: nothing reaches the map yet
        qtbot.keyClick(number, typed)
        assert getattr(editor.row(kind, ref), column) == 0.32
        assert number.hasFocus() and field(window, label) is number
    qtbot.keyClick(number, key)
    canvas.settle()

    assert getattr(editor.row(kind, ref), column) == 0.3
    assert editor.undo_stack.count() == steps + 1
    assert field(window, label) is number and number.text() == "0.3"
    assert number.hasFocus() == (key == Qt.Key.Key_Return)  # Enter: the user is still there


def test_french_decimal_comma_and_a_refusal_in_place(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    point = journey.points()[0]
    select(canvas, "emotion-point", point.id)
    feeling = field(window, "Feeling (-5 to +5)")
    assert isinstance(feeling, NumberField)
    type_into(qtbot, feeling, "-2,5")
    assert editor.row("emotion-point", point.id).value == -2.5
    steps = editor.undo_stack.count()

    type_into(qtbot, feeling, "7")
    assert feeling.refused and feeling.reason.text() == "It goes from -5 to 5."
    assert editor.row("emotion-point", point.id).value == -2.5
    assert editor.undo_stack.count() == steps
    assert QApplication.activeModalWidget() is None


# -- fields by lane kind -----------------------------------------------------------------------


def test_each_lane_kind_shows_the_fields_of_its_cards(
    window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    d = editor.document
    cards = {
        "touchpoints": journey.card("Advert"),
        "text": journey.card("Reads reviews"),
        "pain": d.add_card(journey.lane("Pains and gains"), journey.stage(0), "Queue",
                           sentiment="pain").first_added,
        "gain": d.add_card(journey.lane("Pains and gains"), journey.stage(0), "Smile",
                           sentiment="gain").first_added,
        "opportunity": d.add_card(journey.lane("Opportunities"), journey.stage(0), "SMS",
                                  impact=4, effort=2).first_added,
    }  # fmt: skip
    base = {"title", "body", "colour"}
    expected = {
        "touchpoints": base | {"channel", "direct", "physical", "touchpoint_state", "owner",
                               "key_touchpoint", "moment_of_truth"},
        "text": base,
        "pain": base | {"sentiment", "effort_kind", "moment_of_truth"},
        "gain": base | {"sentiment", "moment_of_truth", "magic_moment"},
        "opportunity": base | {"impact", "effort", "owner", "status", "due_date"},
    }  # fmt: skip
    for name, ref in cards.items():
        select(canvas, "card", ref)
        assert shown_fields(window) == expected[name], name
    groups = [g.title for g in window.inspector._form.groups]
    assert groups == ["Card", "Opportunity"]

    d.update_card(cards["text"], channel="web")  # a mark its lane is not about still shows
    select(canvas, "card", cards["text"])
    assert shown_fields(window) == base | {"channel"}
    assert [g.title for g in window.inspector._form.groups] == ["Card", "Also on this card"]


def test_a_card_becoming_a_pain_gains_its_effort_kind_and_keeps_focus_and_scroll(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    card = editor.document.add_card(
        journey.lane("Pains and gains"), journey.stage(1), "Forms", body="Long\n" * 30
    ).first_added
    dock = window.inspector.parentWidget()
    while not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    dock.setFloating(True)
    dock.resize(320, 260)
    select(canvas, "card", card)
    bar = window.inspector.verticalScrollBar()
    sentiment = field(window, "Sentiment")
    assert isinstance(sentiment, QComboBox)
    window.inspector.ensureWidgetVisible(sentiment)
    scrolled = bar.value()
    assert scrolled > 0
    sentiment.setFocus()

    sentiment.setCurrentIndex(sentiment.findData("pain"))
    canvas.settle()

    assert "effort_kind" in shown_fields(window)
    assert bar.value() == scrolled
    assert QApplication.focusWidget() is field(window, "Sentiment")
    effort = field(window, "Kind of effort")
    check = UndoCheck(editor)
    effort.setCurrentIndex(effort.findData("emotional"))
    canvas.settle()
    assert editor.row("card", card).effort_kind == "emotional"
    check.one_step()
    item = canvas.scene.item_for("card", card)
    assert "Emotional effort" in [op.text for op in item.layout_item.ops if hasattr(op, "text")]
    dock.setFloating(False)


def test_typing_in_a_text_field_keeps_focus_and_scroll_after_the_edit(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    card = editor.document.add_card(
        journey.lane("Opportunities"), journey.stage(0), "SMS", impact=4, effort=2
    ).first_added
    window.resize(1000, 560)
    select(canvas, "card", card)
    owner = field(window, "Owner")
    window.inspector.ensureWidgetVisible(owner)
    bar = window.inspector.verticalScrollBar()
    scrolled = bar.value()

    type_into(qtbot, owner, "Agences")
    canvas.settle()
    assert editor.row("card", card).owner == "Agences"
    assert bar.value() == scrolled and QApplication.focusWidget() is field(window, "Owner")

    type_into(qtbot, owner, "Agences et siège", Qt.Key.Key_Tab)
    canvas.settle()
    assert editor.row("card", card).owner == "Agences et siège"
    assert QApplication.focusWidget() is field(window, "Status")  # Tab went on
    assert bar.value() >= scrolled  # towards the field now in use, never back to the top


@pytest.fixture
def french() -> Iterator[None]:
    install_translators(QApplication.instance(), "fr")
    yield
    install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_form_needs_a_horizontal_scrollbar(
    request: pytest.FixtureRequest,
    window: MainWindow,
    editor: MapEditor,
    canvas: Canvas,
    journey: Journey,
    language: str,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    d = editor.document
    metric = d.add_metric(journey.stage(0), "NPS", kind="ces").first_added
    targets = [
        ("card", journey.card("Advert")),
        ("card", d.add_card(journey.lane("Pains and gains"), journey.stage(0), "Queue",
                            sentiment="pain", magic_moment=True).first_added),
        ("card", d.add_card(journey.lane("Opportunities"), journey.stage(0), "SMS",
                            channel="web", direct=False).first_added),
        ("stage", journey.stage(0)),
        ("lane", journey.lane("Touchpoints")),
        ("emotion-point", journey.points()[0].id),
        ("metric", metric),
    ]  # fmt: skip
    inspector = window.inspector
    window.resizeDocks([inspector.parentWidget()], [300], Qt.Orientation.Horizontal)
    canvas.settle()
    for kind, ref in [*targets, ("journey", None)]:
        if ref is None:
            editor.scene.clearSelection()
            canvas.settle()
        else:
            select(canvas, kind, ref)
        assert (
            inspector.horizontalScrollBar().isHidden()
            or not inspector.horizontalScrollBar().isVisible()
        )
        page = inspector.widget()
        assert page.minimumSizeHint().width() <= inspector.viewport().width(), (kind, language)
        assert page.width() <= inspector.viewport().width()


# -- the map itself, and names in its language ---------------------------------------------------


def test_the_map_title_author_and_notes_are_editable(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas
) -> None:
    editor.scene.clearSelection()
    canvas.settle()
    check = UndoCheck(editor)
    type_into(qtbot, field(window, "Title of the map"), "Bank loan 2026")
    check.one_step()
    type_into(qtbot, field(window, "Author"), "CX team")
    project = editor.document.project()
    assert (project.title, project.author) == ("Bank loan 2026", "CX team")
    # the printed sheet's head says it (the canvas shows no sheet head: issue 11)
    printed = layout_poster(journey_snapshot(editor.document, editor.journey_id))
    header = next(item for item in printed.items if item.kind == "header")
    said = " ".join(op.text for op in header.ops if hasattr(op, "text"))
    assert "Bank loan 2026" in said
    assert canvas.scene.item_for("header", editor.journey_id) is None
    language = field(window, "Language of the map")
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("fr"))
    canvas.settle()
    assert editor.document.project().language == "fr"


def test_new_elements_are_named_in_the_map_language_not_the_interface(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = JourneyDocument.new("purchase", "fr")  # a French map, an English interface
    editor = open_in(window, qtbot, document)
    canvas = Canvas(qtbot, editor)
    for entry in ("stage", "lane:pains_gains", "card", "pain", "opportunity", "touchpoint"):
        editor.add_from_menu(entry)
    canvas.settle()
    journey = editor.journey_id
    titles = {c.title for c in document.cards(journey)}
    assert {"Nouvelle carte", "Nouvel irritant", "Nouvelle opportunité"} <= titles
    assert "Nouveau point de contact" in titles
    assert document.stages(journey)[-1].title == "Nouvelle étape"
    assert document.lanes(journey)[-1].title == "Irritants et enchanteurs"
    assert not any(t.startswith("New ") for t in titles)


def test_flags_and_dates_of_cards_and_the_blueprint_role_of_lanes(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, canvas: Canvas, journey: Journey
) -> None:
    d = editor.document
    gain = d.add_card(journey.lane("Pains and gains"), journey.stage(0), "Smile",
                      sentiment="gain").first_added  # fmt: skip
    select(canvas, "card", gain)
    magic = field(window, "Magic moment (beyond expectations)")
    assert isinstance(magic, QCheckBox)
    magic.click()
    assert editor.row("card", gain).magic_moment
    insight = d.add_evidence("insight", text="They smile", source="Interviews").first_added
    d.attach_evidence(insight, "card", gain)
    canvas.settle()
    line = window.outline.tree.item_of("card", gain)
    assert line is not None and line.text(0) == "Smile (gain, magic moment, insight)"
    assert line.parent() is not None and line.parent().text(0) == "Discovery"  # its stage

    idea = d.add_card(journey.lane("Opportunities"), journey.stage(0), "SMS").first_added
    select(canvas, "card", idea)
    due = field(window, "Due date")
    type_into(qtbot, due, "31/12/2026")
    assert editor.row("card", idea).due_date == "2026-12-31"
    type_into(qtbot, due, "someday")
    assert due.refused and editor.row("card", idea).due_date == "2026-12-31"  # type: ignore[attr-defined]

    select(canvas, "lane", journey.lane("Customer actions"))
    role = field(window, "Place in the blueprint")
    role.setCurrentIndex(role.findData("customer"))
    select(canvas, "lane", journey.lane("Touchpoints"))
    role = field(window, "Place in the blueprint")
    role.setCurrentIndex(role.findData("frontstage"))
    canvas.settle()
    lanes = {lane.title: lane.blueprint_role for lane in d.lanes(journey.id)}
    assert (lanes["Customer actions"], lanes["Touchpoints"]) == ("customer", "frontstage")
    # touchpoints lie above the actions: no line where the order is not a blueprint's
    assert canvas.scene.item_for("blueprint-line", journey.lane("Customer actions")) is None
    d.move_lane(journey.lane("Touchpoints"), 2)
    canvas.settle()
    assert canvas.scene.item_for("blueprint-line", journey.lane("Touchpoints")) is not None
    outline = window.outline.tree.item_of("lane", journey.lane("Touchpoints"))
    assert outline is not None and outline.text(0) == "Touchpoints (Frontstage)"
    plain = next(title for title, role in lanes.items() if not role)
    line = window.outline.tree.item_of("lane", journey.lane(plain))
    assert line is not None and line.text(0) == plain  # no role, no words about one
