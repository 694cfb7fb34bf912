"""What a map answers: opportunities ranked by impact and effort, the touchpoint inventory,
journey statistics and the comparison of journeys, on the sample map and on small made-up ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.model import JourneyDocument
from app.model.analysis import (
    QUADRANTS,
    inventory,
    journey_stats,
    opportunities,
    quadrant,
)
from app.model.comparison import compare, folded, match_stages
from app.model.snapshot import journey_snapshot


@pytest.fixture
def sample() -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("sample", "fr")
    yield document
    document.close()


@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [
        (5, 1, "quick_win"),
        (3, 2, "quick_win"),
        (5, 3, "major_project"),
        (3, 3, "major_project"),
        (2, 2, "fill_in"),
        (1, 5, "thankless"),
        (2, 3, "thankless"),
        (None, 2, "unscored"),
        (4, None, "unscored"),
    ],
)
def test_quadrants_follow_the_method(impact: int | None, effort: int | None, expected: str) -> None:
    """Quick wins are high impact and low effort; a 3 is on the high side of both scales."""
    assert quadrant(impact, effort) == expected


def test_the_plan_ranks_quick_wins_first_then_by_impact_and_effort(
    sample: JourneyDocument,
) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    found = opportunities([snap])
    assert [o.priority for o in found] == list(range(1, len(found) + 1))
    order = [
        (QUADRANTS.index(o.quadrant), -(o.card.impact or 0), o.card.effort or 9) for o in found
    ]
    assert order == sorted(order)
    assert found[0].quadrant == "quick_win"
    lanes = {lane.id: lane.kind for lane in snap.lanes}
    assert all(lanes[o.card.lane_id] == "opportunities" or o.card.impact for o in found)
    assert {o.stage.id for o in found} <= {s.id for s in snap.stages}
    for opportunity in found:  # the pains and moments of truth of its stage, not itself
        assert all(c.sentiment == "pain" or c.moment_of_truth for c in opportunity.related)
        assert opportunity.card not in opportunity.related


def test_the_inventory_counts_every_touchpoint_and_flags_stages_without_any(
    sample: JourneyDocument,
) -> None:
    journey = sample.journeys()[0].id
    snap = journey_snapshot(sample, journey)
    touch = [lane.id for lane in snap.lanes if lane.kind == "touchpoints"]
    expected = sum(len(snap.cards(lane, s.id)) for lane in touch for s in snap.stages)
    found = inventory(snap)
    assert len(found.touchpoints) == expected > 0
    assert sum(found.by_channel.values()) == sum(found.by_stage.values()) == expected
    assert found.direct + found.indirect == found.physical + found.digital == expected
    assert found.current + found.future == expected
    assert found.stages_without == ()
    empty = sample.add_stage(journey, "Recommander").first_added
    found = inventory(journey_snapshot(sample, journey))
    assert [s.id for s in found.stages_without] == [empty]


def test_statistics_of_the_sample(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    stats = journey_stats(snap)
    assert len(stats.stages) == len(snap.stages)
    assert stats.pains == sum(c.sentiment == "pain" for cells in snap.cells.values() for c in cells)
    assert stats.moments_of_truth == 4
    points = [p for lane in snap.lanes for p in snap.points(lane.id)]
    for figures in stats.stages:
        here = [p.value for p in points if p.stage_id == figures.stage.id]
        if here:
            assert figures.emotion_min == min(here) and figures.emotion_max == max(here)
            assert figures.emotion_mean == pytest.approx(sum(here) / len(here), abs=0.01)
    kinds = [m.kind for m in stats.landmarks]
    assert kinds.count("moment") == 4 and "high" in kinds and "low" in kinds
    assert 0 < stats.coverage < 1
    assert stats.backed == sum(bool(c.evidence) for cells in snap.cells.values() for c in cells) + (
        sum(bool(p.evidence) for p in points)
    )


def test_a_duplicated_journey_matches_every_stage(sample: JourneyDocument) -> None:
    current = sample.journeys()[0].id
    future = sample.duplicate_journey(current, "Futur").first_added
    a, b = journey_snapshot(sample, current), journey_snapshot(sample, future)
    matched = match_stages(a, b)
    assert [matched[s.id][0] for s in b.stages] == [s.id for s in a.stages]
    found = compare([a, b])
    assert len(found.columns) == len(a.stages)
    assert all(None not in column.stages for column in found.columns)
    assert found.pains_gone == () and found.gains_new == ()
    assert [len(curve) for curve in found.curves] == [len(found.curves[0])] * 2


def test_a_copy_matches_its_original_by_origin_either_way_round(
    sample: JourneyDocument,
) -> None:
    """Renamed stages and a stage moved in the copy: the origin still matches each stage,
    whether the copy or the original is the comparison's base."""
    current = sample.journeys()[0].id
    future = sample.duplicate_journey(current, "Futur").first_added
    copied = journey_snapshot(sample, future).stages
    for stage in copied:
        sample.update_stage(stage.id, title=f"Nouvelle {stage.title}")
    sample.move_stage(copied[0].id, len(copied) - 1)
    a, b = journey_snapshot(sample, current), journey_snapshot(sample, future)
    for base, other in ((a, b), (b, a)):
        matched = match_stages(base, other)
        assert len(matched) == len(other.stages)
        assert {how for _, how in matched.values()} == {"origin"}
        for theirs, (ours, _) in matched.items():
            pair = {theirs, ours}
            assert any(s.id in pair and s.origin_stage_id in pair for s in b.stages)


def test_a_future_state_shows_pains_gone_and_gains_new(sample: JourneyDocument) -> None:
    current = sample.journeys()[0].id
    future = sample.duplicate_journey(current, "Futur").first_added
    snap = journey_snapshot(sample, future)
    pain = next(c for cells in snap.cells.values() for c in cells if c.sentiment == "pain")
    sample.delete_cards([pain.id])
    gain = sample.add_card(pain.lane_id, pain.stage_id, "Suivi en temps réel", sentiment="gain")
    found = compare([journey_snapshot(sample, current), journey_snapshot(sample, future)])
    assert [c.title for _, c in found.pains_gone] == [pain.title]
    assert [c.id for _, c in found.gains_new] == [gain.first_added]


def test_stages_match_by_title_whatever_the_accents_and_case() -> None:
    document = JourneyDocument.new("blank", "fr")
    try:
        a = document.add_journey("Nous").first_added
        b = document.add_journey("Concurrent").first_added
        for title in ("Découverte", "Achat", "Usage"):
            document.add_stage(a, title)
        for title in ("usage", "DECOUVERTE", "Recommandation"):
            document.add_stage(b, title)
        sa, sb = journey_snapshot(document, a), journey_snapshot(document, b)
        matched = match_stages(sa, sb)
        names = {s.id: s.title for s in sa.stages}
        pairs = {s.title: names[matched[s.id][0]] for s in sb.stages if s.id in matched}
        assert pairs == {"usage": "Usage", "DECOUVERTE": "Découverte"}
        assert folded("  Étape   Un ") == "etape un"
        found = compare([sa, sb])
        assert len(found.columns) == 4  # Découverte, Achat, Usage, and Recommandation alone
        assert found.columns[-1].stages[0] is None
    finally:
        document.close()
