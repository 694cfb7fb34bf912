"""The rest of the method in the document (format 3): metrics with their counts, connections
between cards, effort kinds, magic moments, key touchpoints, due dates, insights, blueprint
roles, and the origin of a duplicated journey; each survives save and reopen, and undoes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import InvalidEditError, JourneyDocument
from app.model.names import new_name
from tests.conftest import dump


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("purchase", "fr")
    yield document
    document.close()


def grid(document: JourneyDocument) -> tuple[str, list[str], dict[str, str]]:
    journey = document.journeys()[0]
    stages = [s.id for s in document.stages(journey.id)]
    lanes = {lane.kind: lane.id for lane in reversed(document.lanes(journey.id))}
    return journey.id, stages, lanes


def test_a_metric_computed_from_counts_keeps_them(document: JourneyDocument) -> None:
    _, stages, _ = grid(document)
    metric = document.add_metric(stages[0], "NPS", kind="nps", target=30.0).first_added
    document.set_metric_inputs(
        metric, "before", {"promoters": 90, "passives": 60, "detractors": 50}
    )
    document.set_metric_inputs(
        metric, "after", {"promoters": 120, "passives": 50, "detractors": 30}
    )
    row = document.metric(metric)
    assert (row.value_before, row.value_after, row.target) == (20.0, 45.0, 30.0)
    assert '"promoters":90' in row.inputs and '"promoters":120' in row.inputs

    document.update_metric(metric, value_after=44.0)  # typed by hand: its counts are dropped
    row = document.metric(metric)
    assert row.value_after == 44.0 and '"after"' not in row.inputs and '"before"' in row.inputs
    document.undo()
    assert document.metric(metric).value_after == 45.0
    assert '"after"' in document.metric(metric).inputs

    document.update_metric(metric, kind="csat")  # another kind: the counts no longer fit
    assert document.metric(metric).inputs == ""
    with pytest.raises(InvalidEditError):
        document.set_metric_inputs(metric, "before", {"promoters": 1})


def test_csat_share_or_mean_and_ces_on_its_scale(document: JourneyDocument) -> None:
    _, stages, _ = grid(document)
    csat = document.add_metric(stages[1], "CSAT", kind="csat").first_added
    counts = {"1": 1, "2": 2, "3": 1, "4": 3, "5": 3}
    document.set_metric_inputs(csat, "before", counts)
    assert document.metric(csat).value_before == 60.0
    document.set_metric_inputs(csat, "before", counts, method="mean")
    assert document.metric(csat).value_before == 3.5
    ces = document.add_metric(stages[1], "CES", kind="ces").first_added
    document.set_metric_inputs(ces, "after", {str(n): 1 for n in range(1, 6)}, scale=5)
    assert document.metric(ces).value_after == 3.0
    with pytest.raises(InvalidEditError):
        document.set_metric_inputs(ces, "after", {"6": 1})
    document.set_metric_inputs(ces, None, scale=7)  # the same answers, read on 1-7
    assert document.metric(ces).value_after == 3.0
    document.set_metric_inputs(ces, "after", {"7": 2, "1": 2})
    with pytest.raises(InvalidEditError, match="beyond that scale"):
        document.set_metric_inputs(ces, None, scale=5)
    document.set_metric_inputs(csat, None, method="share")  # only the way it is read
    assert document.metric(csat).value_before == 60.0


def test_metrics_reorder_within_their_stage(document: JourneyDocument) -> None:
    _, stages, _ = grid(document)
    first = document.add_metric(stages[0], "NPS").first_added
    second = document.add_metric(stages[0], "CSAT").first_added
    document.move_metric(second, 0)
    assert [m.name for m in document.metrics(stages[0])] == ["CSAT", "NPS"]
    document.move_metric(first, 0, stage_id=stages[1])
    assert [m.name for m in document.metrics(stages[1])] == ["NPS"]
    document.undo()
    assert [m.name for m in document.metrics(stages[0])] == ["CSAT", "NPS"]


def test_connections_join_cards_of_one_journey_and_go_with_either_end(
    document: JourneyDocument,
) -> None:
    journey, stages, lanes = grid(document)
    a = document.add_card(lanes["touchpoints"], stages[0], "Publicité").first_added
    b = document.add_card(lanes["touchpoints"], stages[1], "Site web").first_added
    c = document.add_card(lanes["touchpoints"], stages[2], "Agence").first_added
    ab = document.add_connection(a, b).first_added
    document.add_connection(b, c)
    ends = {(k.from_card_id, k.to_card_id) for k in document.connections(journey)}
    assert ends == {(a, b), (b, c)}
    with pytest.raises(InvalidEditError, match="already connected"):
        document.add_connection(a, b)
    with pytest.raises(InvalidEditError, match="itself"):
        document.add_connection(a, a)
    other = document.add_journey("Autre").first_added
    far_stage = document.add_stage(other, "Ailleurs").first_added
    far_lane = document.add_lane(other, "text", "Actions").first_added
    far = document.add_card(far_lane, far_stage, "Loin").first_added
    with pytest.raises(InvalidEditError, match="same journey"):
        document.add_connection(a, far)

    before = dump(document)
    document.delete_cards([b])
    assert document.connections(journey) == []
    document.undo()
    assert dump(document) == before
    document.delete_connections([ab])
    assert [k.from_card_id for k in document.connections(journey)] == [b]


def test_a_duplicated_journey_knows_its_origin_stage_by_stage(document: JourneyDocument) -> None:
    journey, stages, lanes = grid(document)
    a = document.add_card(lanes["touchpoints"], stages[0], "Publicité").first_added
    b = document.add_card(lanes["touchpoints"], stages[1], "Site web").first_added
    document.add_connection(a, b)
    copy = document.duplicate_journey(journey, title="État futur").first_added
    assert document.journey(copy).duplicated_from == journey
    assert [s.origin_stage_id for s in document.stages(copy)] == stages
    (link,) = document.connections(copy)
    copied = {c.id: c.title for c in document.cards(copy)}
    assert (copied[link.from_card_id], copied[link.to_card_id]) == ("Publicité", "Site web")
    document.delete_journey(journey)  # the copy forgets its origin, and nothing else
    assert document.journey(copy).duplicated_from is None
    assert all(s.origin_stage_id is None for s in document.stages(copy))
    document.undo()
    assert document.journey(copy).duplicated_from == journey


def test_the_method_survives_save_and_reopen(document: JourneyDocument, tmp_path: Path) -> None:
    _, stages, lanes = grid(document)
    pain = document.add_card(
        lanes["pains_gains"], stages[0], "Dossier", sentiment="pain", effort_kind="cognitive"
    ).first_added
    gain = document.add_card(
        lanes["pains_gains"], stages[1], "Clés", sentiment="gain", magic_moment=True
    ).first_added
    document.add_card(lanes["touchpoints"], stages[0], "Appli", key_touchpoint=True)
    document.add_card(lanes["opportunities"], stages[0], "SMS", due_date="2026-06-30")
    document.add_connection(pain, gain)
    document.update_lane(lanes["touchpoints"], blueprint_role="frontstage")
    metric = document.add_metric(
        stages[0], "NPS", kind="nps", source="Enquête", measured_before="2025-03-01"
    ).first_added
    document.set_metric_inputs(metric, "before", {"promoters": 5, "passives": 2, "detractors": 3})
    insight = document.add_evidence(
        "insight", text="Les clients abandonnent faute de nouvelles.", source="14 entretiens"
    ).first_added
    document.attach_evidence(insight, "card", pain)
    with pytest.raises(InvalidEditError):
        document.update_card(pain, effort_kind="boredom")
    with pytest.raises(InvalidEditError):
        document.update_card(gain, due_date="tomorrow")
    before = dump(document)
    path = tmp_path / "méthode.cjm"
    document.save_as(path)
    document.close()
    reopened = JourneyDocument.open(path)
    try:
        assert dump(reopened) == before
    finally:
        reopened.close()


def test_new_elements_are_named_in_the_map_language() -> None:
    assert new_name("card", "fr") == "Nouvelle carte"
    assert new_name("card", "en") == "New card"
    assert new_name("lane:pains_gains", "fr") == "Irritants et enchanteurs"
    assert new_name("metric:conversion", "fr") == "Taux de conversion"
