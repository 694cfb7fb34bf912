"""What the editor reuses from one layout to the next (the measurer, the layout cache, the
previous snapshot) never changes the poster: after any edit, it is the poster a fresh start
lays out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from app.model import Change, JourneyDocument
from app.model.snapshot import JourneySnapshot, journey_snapshot, updated_snapshot
from app.render.cache import LayoutCache
from app.render.fonts import TextMeasurer
from app.render.layout import layout_poster
from app.render.ops import Text

from .conftest import build_rich

TODAY = date(2026, 3, 13)
LONG = "Un titre allongé qui passe sur plusieurs lignes et fait grandir sa carte et sa ligne"

Edit = Callable[[], object]


@pytest.fixture(params=["sample", "rich"])
def document(request: pytest.FixtureRequest) -> Iterator[JourneyDocument]:
    if request.param == "rich":
        document = JourneyDocument.new("purchase", "fr")
        build_rich(document)
    else:
        document = JourneyDocument.new("sample", "fr")
    yield document
    document.close()


def card_edits(document: JourneyDocument) -> list[Edit]:
    """Edits of cards only: retitle (taller), move to another cell, reorder, mark, recolour."""
    snap = journey_snapshot(document, document.journeys()[0].id)
    cells = [cards for cards in snap.cells.values() if cards]
    first, other = cells[0][0], cells[-1][-1]
    target = next(lane for lane in snap.lanes if lane.kind not in ("emotion", first.lane_id))
    return [
        lambda: document.update_card(first.id, title=LONG),
        lambda: document.update_card(first.id, title="Court"),
        lambda: document.move_card(first.id, target.id, snap.stages[-1].id, 0),
        lambda: document.move_card(other.id, other.lane_id, other.stage_id, 0),
        lambda: document.update_card(other.id, sentiment="pain", moment_of_truth=True),
        lambda: document.update_card(first.id, colour="#1ec8e0", channel="web"),
    ]


def other_edits(document: JourneyDocument) -> list[Edit]:
    """Edits of everything else a layout reads: cards come and go, stages widen, lanes hide,
    a stage's metric and an emotion point change, the map changes language."""
    snap = journey_snapshot(document, document.journeys()[0].id)
    stage, lane = snap.stages[0], next(lane for lane in snap.lanes if lane.kind == "text")
    doomed = next(cards for cards in snap.cells.values() if cards)[0]
    points = [p for points in snap.emotion_points.values() for p in points]
    edits: list[Edit] = [
        lambda: document.add_card(lane.id, stage.id, LONG, position=0, sentiment="gain"),
        lambda: document.delete_cards([doomed.id]),
        lambda: document.update_stage(stage.id, width=2),
        lambda: document.update_stage(stage.id, title=LONG),
        lambda: document.update_lane(lane.id, hidden=True),
        lambda: document.update_lane(lane.id, hidden=False),
        lambda: document.add_metric(stage.id, "Effort", value_before=4, value_after=2),
        lambda: document.update_journey(snap.journey.id, title=LONG, context=LONG * 3),
        lambda: document.update_project(language="en"),
    ]
    if snap.persona is not None:
        persona = snap.persona.id
        edits.append(lambda: document.update_persona(persona, goals=LONG + "\n" + LONG))
    if points:
        edits.append(lambda: document.set_emotion_value(points[0].id, -points[0].value or 3))
    return edits


def test_a_kept_cache_lays_out_what_a_fresh_layout_does(document: JourneyDocument) -> None:
    journey = document.journeys()[0].id
    measure, cache = TextMeasurer(), LayoutCache()
    layout_poster(journey_snapshot(document, journey), today=TODAY, measure=measure, cache=cache)
    for edit in [*card_edits(document), *other_edits(document)]:
        edit()
        snap = journey_snapshot(document, journey)
        warm = layout_poster(snap, today=TODAY, measure=measure, cache=cache)
        assert warm == layout_poster(snap, today=TODAY)


def test_a_card_edit_keeps_the_very_head(document: JourneyDocument) -> None:
    """The head tries a few widths for the persona (header.py): laid out once, not per edit."""
    journey = document.journeys()[0].id
    cache = LayoutCache()
    before = layout_poster(journey_snapshot(document, journey), today=TODAY, cache=cache)
    document.update_card(before.find("card")[0].ref, title="Autre titre")
    after = layout_poster(journey_snapshot(document, journey), today=TODAY, cache=cache)
    assert after.find("header")[0] is before.find("header")[0]


def test_an_untouched_card_keeps_its_very_item(document: JourneyDocument) -> None:
    journey = document.journeys()[0].id
    cache = LayoutCache()
    before = layout_poster(journey_snapshot(document, journey), today=TODAY, cache=cache)
    cards = before.find("card")
    edited, untouched = cards[0], cards[-1]
    document.update_card(edited.ref, title="Autre titre")
    after = layout_poster(journey_snapshot(document, journey), today=TODAY, cache=cache)
    assert after.find("card", untouched.ref)[0] is untouched
    (changed,) = after.find("card", edited.ref)
    assert changed.ops is not edited.ops
    assert any(isinstance(op, Text) and op.text == "Autre titre" for op in changed.ops)


def test_reading_only_the_edited_cards_gives_the_whole_snapshot(
    document: JourneyDocument,
) -> None:
    journey = document.journeys()[0].id
    heard: list[Change] = []
    document.subscribe(heard.append)
    previous: JourneySnapshot = journey_snapshot(document, journey)
    for edit in card_edits(document):
        heard.clear()
        edit()
        assert not any(change.added or change.removed for change in heard)
        edited = {ref for change in heard for table, ref in change.updated if table == "card"}
        updated = updated_snapshot(document, previous, edited)
        assert updated == journey_snapshot(document, journey)
        previous = updated


def test_a_later_snapshot_reuses_the_cards_that_did_not_change(
    document: JourneyDocument,
) -> None:
    journey = document.journeys()[0].id
    before = journey_snapshot(document, journey)
    cards = [card for cards in before.cells.values() for card in cards]
    document.update_card(cards[0].id, title="Autre titre")
    after = journey_snapshot(document, journey, previous=before)
    again = {card.id: card for cards in after.cells.values() for card in cards}
    assert again[cards[0].id].title == "Autre titre"
    assert all(again[card.id] is card for card in cards[1:])
