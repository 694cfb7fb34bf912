"""The layout the editing canvas asks for (no printed head or foot, evidence counted in room of
its own), and labels of the emotion curve that the curve never crosses, on posters too."""

from __future__ import annotations

from datetime import date

import pytest

from app.model import JourneyDocument
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.render.curve import curve_y_at
from app.render.layout import layout_poster
from app.render.ops import Path, Text

TODAY = date(2026, 3, 13)


def test_the_canvas_layout_leaves_out_the_sheet_and_the_poster_keeps_it(
    sample: JourneyDocument,
) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    poster = layout_poster(snap, today=TODAY)
    canvas = layout_poster(snap, today=TODAY, sheet=False)
    assert poster.find("header") and poster.find("legend")
    assert not canvas.find("header") and not canvas.find("legend")
    shift = poster.find("stage")[0].rect.y - canvas.find("stage")[0].rect.y
    assert canvas.find("stage")[0].rect.y == canvas.find("background")[0].rect.y + 30
    for before, after in zip(poster.find("card"), canvas.find("card"), strict=True):
        assert (before.ref, before.rect.x) == (after.ref, after.rect.x)
        assert before.rect.y - shift == pytest.approx(after.rect.y), "the grid is the poster's"
    assert canvas.height < poster.height


def test_evidence_counts_only_on_the_canvas(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    counted = layout_poster(rich_snapshot, today=TODAY, evidence_counts=True)
    with_evidence = {c.id for cards in rich_snapshot.cells.values() for c in cards if c.evidence}
    assert with_evidence
    for before, after in zip(poster.find("card"), counted.find("card"), strict=True):
        if before.ref in with_evidence:
            assert after.rect.h > before.rect.h, "the count takes a line of its own"
        else:
            assert after.rect.h == before.rect.h and after.ops == before.ops


def label_boxes(snap: JourneySnapshot, **options: object) -> list[tuple[str, tuple, list]]:
    """(point id, label box, curve control points) of every labelled emotion point."""
    poster = layout_poster(snap, today=TODAY, **options)  # type: ignore[arg-type]
    curves = {i.ref: i.ops[0] for i in poster.find("curve")}
    lanes = {p.id: lane for lane, points in snap.emotion_points.items() for p in points}
    found = []
    for item in poster.find("emotion-point"):
        texts = [op for op in item.absolute_ops() if isinstance(op, Text)]
        curve = curves.get(lanes[item.ref])
        if not texts or not isinstance(curve, Path):
            continue
        left = min(t.x for t in texts)
        right = max(t.x + len(t.text) * t.size * 0.5 for t in texts)
        top = min(t.y - 0.8 * t.size for t in texts)
        bottom = max(t.y + 0.25 * t.size for t in texts)
        found.append((item.ref, (left, top, right, bottom), list(curve.points)))
    return found


def test_the_curve_never_crosses_a_label(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    boxes = label_boxes(snap)
    assert len(boxes) >= 5
    for ref, (left, top, right, bottom), control in boxes:
        x = left
        while x <= right:
            y = curve_y_at(control, x)
            assert y is None or not (top - 1 <= y <= bottom + 1), f"the curve crosses {ref}'s label"
            x += 2.0


def test_a_label_moves_off_a_steep_curve() -> None:
    """A point on a steep slope: the curve would run through a label centred above it, so the
    label goes where the curve leaves room."""
    document = JourneyDocument.new("purchase", "en")
    try:
        journey = document.journeys()[0].id
        stages = [s.id for s in document.stages(journey)]
        lane = next(la.id for la in document.lanes(journey) if la.kind == "emotion")
        document.add_emotion_point(lane, stages[1], -4.0, 0.2, "")
        document.add_emotion_point(lane, stages[1], 0.5, 0.5, "Starts to trust the advisor")
        document.add_emotion_point(lane, stages[1], 5.0, 0.8, "")
        boxes = label_boxes(journey_snapshot(document, journey), sheet=False)
        assert len(boxes) == 1
        _, (left, top, right, bottom), control = boxes[0]
        for step in range(int(right - left) // 2 + 1):
            y = curve_y_at(control, left + 2 * step)
            assert y is None or not (top - 1 <= y <= bottom + 1), "the curve crosses the label"
    finally:
        document.close()
