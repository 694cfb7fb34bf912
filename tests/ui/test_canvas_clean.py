"""A canvas with no drawing artefacts: sticky headers that leave no trace and hide what scrolls
under them, a page that stays put under the mouse, fit-to-window that follows the window, no
printed head or foot, and evidence counts in room of their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.model import JourneyDocument
from app.render.ops import Text
from app.ui.canvas.items import PosterItem
from app.ui.editor import MapEditor
from app.ui.main_window import MainWindow
from tests.ui.conftest import Journey, open_in, settle


def wheel(editor: MapEditor, notches: int, sideways: bool = False) -> None:
    """One notch of the mouse wheel (or of a tilting wheel, sideways) over the canvas."""
    viewport = editor.view.viewport()
    at = QPointF(viewport.rect().center())
    event = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(120 * notches, 0) if sideways else QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def on_screen(window: MainWindow, editor: MapEditor) -> QImage:
    """The viewport's pixels as the window shows them now (the backing store, not a repaint)."""
    viewport = editor.view.viewport()
    origin = viewport.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(
        window.winId(), origin.x(), origin.y(), viewport.width(), viewport.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        row_a, row_b = a.constScanLine(y), b.constScanLine(y)
        if bytes(row_a) != bytes(row_b):
            pa, pb = memoryview(row_a).cast("I"), memoryview(row_b).cast("I")
            count += sum(1 for x in range(a.width()) if pa[x] != pb[x])
    return count


def frame_after(qtbot: QtBot, window: MainWindow, editor: MapEditor) -> tuple[QImage, QImage]:
    """What the screen shows after the last scroll, and the same viewport painted afresh."""
    settle(qtbot)
    shown = on_screen(window, editor)
    editor.view.viewport().repaint()
    settle(qtbot)
    return shown, on_screen(window, editor)


@pytest.fixture
def sample(window: MainWindow, qtbot: QtBot) -> MapEditor:
    return open_in(window, qtbot, JourneyDocument.new("sample", "fr"))


@pytest.mark.parametrize("zoom", [1.0, 0.75])
def test_scrolling_leaves_no_trace(
    qtbot: QtBot, window: MainWindow, sample: MapEditor, zoom: float
) -> None:
    """The audit's path (twelve notches down, five up), then sideways: every frame equals a
    fresh repaint of the viewport, pixel for pixel."""
    sample.view.set_zoom(zoom)
    settle(qtbot)
    moves = [(-1, False)] * 12 + [(1, False)] * 5 + [(-1, True)] * 6 + [(1, True)]
    for step, (notches, sideways) in enumerate(moves):
        wheel(sample, notches, sideways)
        shown, fresh = frame_after(qtbot, window, sample)
        assert differing_pixels(shown, fresh) == 0, f"step {step}: the screen kept old pixels"
    assert sample.view.verticalScrollBar().value() > 0
    assert sample.view.horizontalScrollBar().value() > 0


def test_the_header_bands_hide_what_scrolls_under_them(
    qtbot: QtBot, window: MainWindow, sample: MapEditor
) -> None:
    view, scene = sample.view, sample.scene
    view.set_zoom(1.0)
    for _ in range(8):
        wheel(sample, -1)
    for _ in range(3):
        wheel(sample, -1, sideways=True)
    shown, _ = frame_after(qtbot, window, sample)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    band = max(scene.item_for("stage", c.stage_id).layout_item.rect.h for c in scene.columns)
    assert scene.columns[0].x < visible.left() and scene.rows[0].y < visible.top()
    paper = QColor("#FFFFFF").rgb()
    # between two stage headers, over the cards scrolled under the band: paper only
    header = scene.theme.margin + scene.theme.lane_header
    gap_x = next(
        (a.x + a.w + b.x) / 2
        for a, b in zip(scene.columns, scene.columns[1:], strict=False)
        if visible.left() + header < b.x < visible.right()
    )
    for y in (visible.top() + band * 0.3, visible.top() + band * 0.9):
        point = view.mapFromScene(QPointF(gap_x, y))
        assert shown.pixel(point) == paper, f"the band lets something show through at {y}"
    # the corner above the lane headers: paper only
    corner = view.mapFromScene(QPointF(visible.left() + 60, visible.top() + band * 0.5))
    assert shown.pixel(corner) == paper


def test_a_lane_that_grows_does_not_move_the_page(
    qtbot: QtBot, window: MainWindow, editor: MapEditor, journey: Journey
) -> None:
    view = editor.view
    for zoom in (1.0, 0.5, None):  # larger than the window, smaller, fitted to it
        if zoom is None:
            window.fit_action.trigger()
        else:
            view.set_zoom(zoom)
        settle(qtbot)
        advert = editor.scene.item_for("card", journey.card("Advert"))
        assert advert is not None
        before = view.mapFromScene(advert.layout_rect().topLeft())
        lane, stage = journey.lane("Customer actions"), journey.stage(2)
        for n in range(6):
            editor.document.add_card(lane, stage, f"A long note {n} " * 8)
        settle(qtbot)
        assert view.mapFromScene(advert.layout_rect().topLeft()) == before


def test_fit_follows_the_window_until_the_user_zooms(
    qtbot: QtBot, window: MainWindow, editor: MapEditor
) -> None:
    view = editor.view
    window.fit_action.trigger()
    settle(qtbot)
    fitted = view.zoom()
    window.resize(1200, 800)
    settle(qtbot)
    assert view.zoom() < fitted, "the map shrinks with the window"
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(view.sceneRect())
    window.zoom_in_action.trigger()
    zoomed = view.zoom()
    window.resize(1500, 950)
    settle(qtbot)
    assert view.zoom() == pytest.approx(zoomed), "after a zoom, the window's size is the user's"


def test_the_canvas_has_no_printed_head_or_foot(sample: MapEditor) -> None:
    scene = sample.scene
    kinds = {kind for kind, _ in scene.items_by_key}
    assert not kinds & {"header", "legend"}
    texts = [
        op.text
        for item in scene.items_by_key.values()
        for op in item.layout_item.ops
        if isinstance(op, Text)
    ]
    assert not [t for t in texts if t.startswith(("Exporté", "Fichier", "Réalisé"))]
    first = min(c.x for c in scene.columns)
    assert scene.item_for("stage", scene.columns[0].stage_id).layout_item.rect.y == pytest.approx(
        scene.theme.margin
    ), "the grid starts at the top of the canvas"
    assert first > 0


def test_evidence_counts_stand_inside_their_element(
    qtbot: QtBot, editor: MapEditor, journey: Journey
) -> None:
    """Photos and quotes are counted on a line of the element's own, never over its content
    or over a neighbour."""
    stage = journey.stage(1)
    point = journey.points()[1].id
    for target in (("stage", stage), ("emotion_point", point)):
        editor.document.add_evidence("link", url="https://example.org", targets=[target])
    settle(qtbot)
    for kind, ref in (("card", journey.card("Advert")), ("stage", stage)):
        item = editor.scene.item_for(kind, ref)
        assert isinstance(item, PosterItem)
        counted = [op for op in item.layout_item.ops if isinstance(op, Text) and op.text == "1"]
        assert counted, f"{kind} shows no count of its evidence"
        dx, dy = item.layout_item.origin
        rect = item.layout_item.rect
        bounds = QRectF(rect.x - dx, rect.y - dy, rect.w, rect.h)
        for op in counted:
            assert bounds.contains(QPointF(op.x, op.y)), f"{kind}'s count stands outside it"
        mark = counted[0]
        others = [
            o
            for o in item.layout_item.ops
            if isinstance(o, Text)
            and o not in counted
            and o.y + 0.25 * o.size > mark.y - 0.8 * mark.size
            and o.y - 0.8 * o.size < mark.y + 0.25 * mark.size
        ]
        assert not others, f"{kind}'s count shares a line with its text"
    dot = editor.scene.item_for("emotion-point", point)
    assert any(isinstance(op, Text) and op.text == "1" for op in dot.layout_item.ops)
