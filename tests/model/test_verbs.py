"""Every verb of the document: what it changes, what it reports, and how deletes come back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.model import Change, InvalidEditError, JourneyDocument, ReadOnlyDocumentError
from tests.conftest import dump


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("purchase", "en")
    yield document
    document.close()


def grid(document: JourneyDocument) -> tuple[str, list[str], dict[str, str]]:
    journey = document.journeys()[0]
    stages = [s.id for s in document.stages(journey.id)]
    lanes = {lane.kind: lane.id for lane in reversed(document.lanes(journey.id))}
    return journey.id, stages, lanes


def titles(rows: list) -> list[str]:
    return [row.title for row in rows]


def test_template_builds_the_grid(document: JourneyDocument) -> None:
    _journey_id, stages, lanes = grid(document)
    assert len(stages) == 7
    assert set(lanes) == {
        "touchpoints",
        "text",
        "emotion",
        "pains_gains",
        "opportunities",
        "metrics",
    }
    assert document.project().language == "en"
    assert not document.modified


def test_listeners_hear_each_change_after_commit(document: JourneyDocument) -> None:
    heard: list[Change] = []
    document.subscribe(heard.append)
    journey_id, _, _ = grid(document)
    change = document.add_stage(journey_id, "Loyalty")
    assert heard == [change]
    assert change.added == (("stage", change.first_added),)
    assert document.modified
    document.unsubscribe(heard.append)
    document.update_stage(change.first_added, title="Fidélité")
    assert len(heard) == 1


def test_add_rename_recolour_resize_reorder_delete_stage(document: JourneyDocument) -> None:
    journey_id, stages, _ = grid(document)
    new = document.add_stage(journey_id, "Onboarding", position=1).first_added
    assert [s.id for s in document.stages(journey_id)][1] == new
    document.update_stage(new, title="Welcome", colour="#336699", width=2, description="First days")
    stage = document.stages(journey_id)[1]
    assert (stage.title, stage.colour, stage.width, stage.description) == (
        "Welcome", "#336699", 2, "First days",
    )  # fmt: skip
    change = document.move_stage(new, 5)
    assert ("stage", new) in change.updated
    assert [s.id for s in document.stages(journey_id)][5] == new
    assert [s.position for s in document.stages(journey_id)] == list(range(8))
    document.delete_stage(new)
    assert [s.id for s in document.stages(journey_id)] == stages


def test_unchanged_value_reports_nothing(document: JourneyDocument) -> None:
    _, stages, _ = grid(document)
    title = document.stage(stages[0]).title
    assert document.update_stage(stages[0], title=title).updated == ()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"width": 0}, "not allowed"),
        ({"width": 9}, "not allowed"),
        ({"colour": "red"}, "not allowed"),
        ({"title": "x" * 501}, "not allowed"),
        ({"nonsense": 1}, "cannot be edited"),
    ],
)
def test_out_of_range_edits_are_refused_and_roll_back(
    document: JourneyDocument, fields: dict, message: str
) -> None:
    _, stages, _ = grid(document)
    before = dump(document)
    with pytest.raises(InvalidEditError, match=message):
        document.update_stage(stages[0], **fields)
    assert dump(document) == before


def test_lanes_add_edit_hide_reorder_delete(document: JourneyDocument) -> None:
    journey_id, _, _lanes = grid(document)
    backstage = document.add_lane(journey_id, "text", "Backstage", position=0).first_added
    assert document.lanes(journey_id)[0].id == backstage
    document.update_lane(backstage, hidden=True, height=3, colour="#aabbcc")
    lane = document.lanes(journey_id)[0]
    assert (lane.hidden, lane.height, lane.colour) == (True, 3, "#aabbcc")
    document.move_lane(backstage, 99)
    assert document.lanes(journey_id)[-1].id == backstage
    with pytest.raises(InvalidEditError):
        document.add_lane(journey_id, "kanban", "Unknown kind")
    document.delete_lane(backstage)
    assert backstage not in [lane.id for lane in document.lanes(journey_id)]


def test_lane_kind_changes_only_while_empty(document: JourneyDocument) -> None:
    _, stages, lanes = grid(document)
    document.update_lane(lanes["opportunities"], kind="images")
    document.add_card(lanes["text"], stages[0], "Compares offers")
    with pytest.raises(InvalidEditError, match="empty"):
        document.update_lane(lanes["text"], kind="touchpoints")


def test_cards_add_edit_move_reorder_delete(document: JourneyDocument) -> None:
    _, stages, lanes = grid(document)
    lane = lanes["touchpoints"]
    a = document.add_card(lane, stages[0], "Web site", channel="web").first_added
    b = document.add_card(lane, stages[0], "Mobile app", channel="app").first_added
    c = document.add_card(
        lane, stages[0], "Branch", position=0, channel="store", physical=True
    ).first_added
    assert [card.id for card in document.cell(lane, stages[0])] == [c, a, b]
    document.update_card(a, body="Long form", moment_of_truth=True, sentiment="pain")
    card = document.cell(lane, stages[0])[1]
    assert (card.body, card.moment_of_truth, card.sentiment) == ("Long form", True, "pain")
    document.move_card(b, lane, stages[0], 0)
    assert [card.id for card in document.cell(lane, stages[0])] == [b, c, a]
    document.move_card(c, lanes["text"], stages[2], None)
    assert [card.id for card in document.cell(lanes["text"], stages[2])] == [c]
    assert [card.id for card in document.cell(lane, stages[0])] == [b, a]
    document.delete_cards([a, b])
    assert document.cell(lane, stages[0]) == []


def test_opportunity_fields_are_checked(document: JourneyDocument) -> None:
    _, stages, lanes = grid(document)
    card = document.add_card(lanes["opportunities"], stages[1], "Pre-filled form").first_added
    document.update_card(card, impact=5, effort=1, owner="Digital team", status="planned")
    for bad in ({"impact": 6}, {"effort": 0}, {"status": "someday"}, {"channel": "pigeon"}):
        with pytest.raises(InvalidEditError):
            document.update_card(card, **bad)


def test_cards_stay_out_of_emotion_lanes_and_other_journeys(document: JourneyDocument) -> None:
    _journey_id, stages, lanes = grid(document)
    with pytest.raises(InvalidEditError, match="emotion"):
        document.add_card(lanes["emotion"], stages[0], "Nope")
    other = document.add_journey("Other").first_added
    other_stage = document.add_stage(other, "Elsewhere").first_added
    with pytest.raises(InvalidEditError, match="different journeys"):
        document.add_card(lanes["text"], other_stage, "Nope")
    card = document.add_card(lanes["text"], stages[0], "Here").first_added
    with pytest.raises(InvalidEditError, match="different journeys"):
        document.move_card(card, lanes["text"], other_stage)


def test_emotion_points_add_revalue_move_delete(document: JourneyDocument) -> None:
    _, stages, lanes = grid(document)
    lane = lanes["emotion"]
    low = document.add_emotion_point(lane, stages[3], -4, offset=0.2, label="Rejected").first_added
    high = document.add_emotion_point(lane, stages[1], 4.5, label="Found it").first_added
    assert [p.id for p in document.emotion_points(lane)] == [high, low]
    document.set_emotion_value(low, -2.5)
    document.move_emotion_point(low, stages[0], 0.9)
    assert [p.id for p in document.emotion_points(lane)] == [low, high]
    assert document.emotion_points(lane)[0].value == -2.5
    for bad in (-5.5, 6):
        with pytest.raises(InvalidEditError, match="-5"):
            document.set_emotion_value(low, bad)
    with pytest.raises(InvalidEditError):
        document.move_emotion_point(low, stages[0], 1.5)
    with pytest.raises(InvalidEditError, match="emotion lane"):
        document.add_emotion_point(lanes["text"], stages[0], 1)
    document.delete_emotion_points([low, high])
    assert document.emotion_points(lane) == []


def test_metrics_per_stage(document: JourneyDocument) -> None:
    _, stages, _ = grid(document)
    nps = document.add_metric(
        stages[3], "NPS", value_before=-12, value_after=25, target=30
    ).first_added
    document.add_metric(stages[3], "CSAT", value_before=3.1, unit="/5")
    document.update_metric(nps, value_after=31)
    assert [(m.name, m.value_after) for m in document.metrics(stages[3])] == [
        ("NPS", 31),
        ("CSAT", None),
    ]
    document.delete_metric(nps)
    assert titles_of_metrics(document, stages[3]) == ["CSAT"]


def titles_of_metrics(document: JourneyDocument, stage_id: str) -> list[str]:
    return [m.name for m in document.metrics(stage_id)]


def test_personas_and_journeys(document: JourneyDocument) -> None:
    journey_id, _, _ = grid(document)
    persona = document.add_persona(
        "Camille", role="First-time buyer", age=34, colour="#8a5cf6"
    ).first_added
    document.set_persona(journey_id, persona)
    assert document.journey(journey_id).persona_id == persona
    document.update_journey(journey_id, goal="Buy a flat", context="Paris, 2026")
    document.update_project(title="Home loan", author="CX team")
    assert document.project().title == "Home loan"
    second = document.add_journey("Competitor", position=0).first_added
    assert document.journeys()[0].id == second
    document.move_journey(second, 1)
    assert document.journeys()[1].id == second
    change = document.delete_persona(persona)
    assert document.journey(journey_id).persona_id is None
    document.restore(change.snapshot)
    assert document.journey(journey_id).persona_id == persona
    with pytest.raises(InvalidEditError):
        document.update_persona(persona, age=200)


def test_duplicate_journey_as_future_state(document: JourneyDocument) -> None:
    journey_id, stages, lanes = grid(document)
    card = document.add_card(lanes["touchpoints"], stages[0], "Web").first_added
    point = document.add_emotion_point(lanes["emotion"], stages[0], 2, card_id=card).first_added
    quote = document.add_evidence("quote", text="Easy!").first_added
    document.attach_evidence(quote, "card", card)
    document.attach_evidence(quote, "emotion_point", point)
    document.add_metric(stages[0], "NPS", value_before=10)
    future = document.duplicate_journey(journey_id, title="Tomorrow").first_added
    copy = document.journey(future)
    assert (copy.title, copy.state) == ("Tomorrow", "future")
    assert titles(document.stages(future)) == titles(document.stages(journey_id))
    copied_cards = document.cards(future)
    assert titles(copied_cards) == ["Web"] and copied_cards[0].id != card
    emotion_lane = next(lane for lane in document.lanes(future) if lane.kind == "emotion")
    copied_point = document.emotion_points(emotion_lane.id)[0]
    assert copied_point.card_id == copied_cards[0].id
    assert document.evidence_for("card", copied_cards[0].id)[0].id == quote
    assert document.evidence_for("emotion_point", copied_point.id)[0].id == quote
    assert document.metrics(document.stages(future)[0].id)[0].value_before == 10
    assert [j.id for j in document.journeys()] == [journey_id, future]


def test_evidence_attach_detach_shared_between_items(document: JourneyDocument) -> None:
    journey_id, stages, lanes = grid(document)
    card = document.add_card(lanes["text"], stages[0], "Calls the bank").first_added
    quote = document.add_evidence(
        "quote", text="« J’ai attendu 20 minutes »", speaker="Marie", date="2026-10-02"
    ).first_added
    link = document.add_evidence(
        "link", url="https://example.org/review", title="Review"
    ).first_added
    document.attach_evidence(quote, "card", card)
    document.attach_evidence(link, "card", card, position=0)
    document.attach_evidence(quote, "stage", stages[0])
    document.attach_evidence(quote, "journey", journey_id)
    assert [e.id for e in document.evidence_for("card", card)] == [link, quote]
    assert sorted(document.links(quote)) == sorted(
        [("card", card), ("stage", stages[0]), ("journey", journey_id)]
    )
    with pytest.raises(InvalidEditError, match="already"):
        document.attach_evidence(quote, "card", card)
    with pytest.raises(InvalidEditError):
        document.attach_evidence(quote, "lane", lanes["text"])
    with pytest.raises(InvalidEditError):
        document.add_evidence("quote", date="yesterday")
    change = document.detach_evidence(quote, "card", card)
    assert [e.id for e in document.evidence_for("card", card)] == [link]
    document.restore(change.snapshot)
    assert [e.id for e in document.evidence_for("card", card)] == [link, quote]
    document.update_evidence(quote, speaker="Marie D.")
    document.delete_evidence(quote)
    assert document.links(quote) == [] and [e.id for e in document.evidence()] == [link]


def test_photo_evidence_is_stored_once(document: JourneyDocument) -> None:
    import io

    from PIL import Image

    from app.model.schema import Asset

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "#cc6633").save(buffer, format="PNG")
    first = document.add_photo(buffer.getvalue(), "counter.png").first_added
    second = document.add_photo(buffer.getvalue(), "counter-again.png").first_added
    assert first != second
    assert document.count(Asset) == 1
    asset = document.asset(document.evidence()[0].asset_sha256)
    assert (asset.width, asset.height, asset.media_type) == (64, 48, "image/jpeg")


@pytest.mark.parametrize(
    "delete",
    [
        lambda d, ids: d.delete_stage(ids["stage"]),
        lambda d, ids: d.delete_lane(ids["touchpoints"]),
        lambda d, ids: d.delete_cards([ids["card"], ids["other_card"]]),
        lambda d, ids: d.delete_emotion_points([ids["point"]]),
        lambda d, ids: d.delete_journey(ids["journey"]),
        lambda d, ids: d.delete_evidence(ids["quote"]),
        lambda d, ids: d.delete_persona(ids["persona"]),
        lambda d, ids: d.delete_metric(ids["metric"]),
    ],
    ids=["stage", "lane", "cards", "point", "journey", "evidence", "persona", "metric"],
)
def test_delete_then_restore_gives_back_the_same_rows(document: JourneyDocument, delete) -> None:
    journey_id, stages, lanes = grid(document)
    ids = {"journey": journey_id, "stage": stages[1], "touchpoints": lanes["touchpoints"]}
    ids["persona"] = document.add_persona("Camille").first_added
    document.set_persona(journey_id, ids["persona"])
    ids["card"] = document.add_card(lanes["touchpoints"], stages[1], "Web").first_added
    ids["other_card"] = document.add_card(lanes["text"], stages[2], "Reads").first_added
    document.add_card(lanes["touchpoints"], stages[1], "After", position=5)
    ids["point"] = document.add_emotion_point(
        lanes["emotion"], stages[2], -3, card_id=ids["card"]
    ).first_added
    ids["quote"] = document.add_evidence("quote", text="Ouf").first_added
    for kind, key in (
        ("card", "card"),
        ("emotion_point", "point"),
        ("stage", "stage"),
        ("persona", "persona"),
    ):
        document.attach_evidence(ids["quote"], kind, ids[key])
    ids["metric"] = document.add_metric(stages[1], "NPS", value_before=3).first_added
    before = dump(document)
    change = delete(document, ids)
    assert change.snapshot is not None and change.removed
    assert dump(document) != before
    document.restore(change.snapshot)
    assert dump(document) == before


def test_read_only_document_refuses_edits(tmp_path, document: JourneyDocument) -> None:
    target = tmp_path / "map.cjm"
    document.save_as(target)
    readonly = JourneyDocument.open(target, read_only=True)
    try:
        journey_id = readonly.journeys()[0].id
        with pytest.raises(ReadOnlyDocumentError, match="Save As"):
            readonly.add_stage(journey_id, "Nope")
    finally:
        readonly.close()


def test_places_are_restored_exactly_after_moves(document: JourneyDocument) -> None:
    journey_id, stages, lanes = grid(document)
    cards = [document.add_card(lanes["text"], stages[0], f"C{n}").first_added for n in range(3)]
    other = document.add_card(lanes["text"], stages[1], "Other").first_added
    document.delete_stage(stages[3])  # leaves a gap in stage positions
    before = dump(document)
    watched = [*cards, other]
    places = document.places("card", watched)
    stage_places = document.places("stage", [s.id for s in document.stages(journey_id)])
    document.move_card(cards[1], lanes["text"], stages[1], 0)
    document.move_stage(stages[0], 4)
    document.restore_places("card", places)
    document.restore_places("stage", stage_places)

    def without_times(data: dict) -> dict:
        return {
            table: [{k: v for k, v in row.items() if k != "updated_at"} for row in rows]
            for table, rows in data.items()
        }

    assert without_times(dump(document)) == without_times(before)
    with pytest.raises(InvalidEditError):
        document.restore_places("card", {cards[0]: {"title": "sneaky"}})


def test_rows_read_after_a_delete_see_what_the_cascade_changed(document: JourneyDocument) -> None:
    """Queries answer with frozen copies (read models): what a delete's cascade changed shows
    in the next answer, and the delete's change record names the row it re-pointed."""
    _, stages, lanes = grid(document)
    card = document.add_card(lanes["text"], stages[0], "Linked").first_added
    point_id = document.add_emotion_point(lanes["emotion"], stages[0], 2, card_id=card).first_added
    point = document.emotion_points(lanes["emotion"])[0]
    assert point.id == point_id and point.card_id == card
    change = document.delete_cards([card])
    point = document.emotion_points(lanes["emotion"])[0]
    assert point.card_id is None
    (cleared,) = change.rows_of("emotion_point")
    assert cleared.key == point_id and cleared.changed() >= {"card_id"}


def test_restore_keeps_the_update_times_of_rows_it_repoints(document: JourneyDocument) -> None:
    """A delete that cleared a reference and its undo a second later leave the row as it was."""
    import time

    journey_id, _, _ = grid(document)
    persona = document.add_persona("Camille").first_added
    document.set_persona(journey_id, persona)
    before = dump(document)
    change = document.delete_persona(persona)
    time.sleep(1.05)  # times are stored to the second
    document.restore(change.snapshot)
    assert dump(document) == before
