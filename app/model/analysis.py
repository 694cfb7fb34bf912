"""What a map answers: where to act first, which touchpoints there are, how each stage feels.

Pure functions of journey snapshots (no database, no Qt): the editor's analysis views, the
posters that print them and `parcours info --json` all read the same figures. The method's
words (../shared/DOMAIN.md): opportunities ranked by impact and effort (quick wins first),
100 % of the touchpoints then the key ones, highs and lows, moments of truth, evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from .infos import CardInfo, EmotionPointInfo, EvidenceInfo, JourneyInfo, StageInfo
from .snapshot import JourneySnapshot

QUADRANTS = ("quick_win", "major_project", "fill_in", "thankless", "unscored")
"""In the order of priority: high impact and low effort first, low impact and high effort
last; an opportunity without both scores comes after every scored one."""
MIDDLE = 3  # on the 1-5 scales: impact 3 or more is high; effort 3 or more is high


def quadrant(impact: int | None, effort: int | None) -> str:
    """The quadrant of the impact/effort matrix an opportunity falls in. A score of 3 sits on
    the middle line; it counts as high impact and as high effort (the cautious reading)."""
    if impact is None or effort is None:
        return "unscored"
    high_impact, high_effort = impact >= MIDDLE, effort >= MIDDLE
    if high_impact:
        return "major_project" if high_effort else "quick_win"
    return "thankless" if high_effort else "fill_in"


@dataclass(frozen=True)
class Opportunity:
    """An opportunity card and where it stands in its journey and in the plan."""

    card: CardInfo
    journey: JourneyInfo
    stage: StageInfo
    stage_number: int  # 1 for the first stage
    quadrant: str
    priority: int  # 1 = act first
    related: tuple[CardInfo, ...]  # pains and moments of truth of the same stage


def opportunities(snaps: Sequence[JourneySnapshot]) -> list[Opportunity]:
    """Every opportunity of the journeys (cards of their opportunities lanes, or scored with
    impact and effort elsewhere), in the order of the plan: by quadrant, then impact (high
    first), effort (low first), journey, stage and place."""
    found: list[tuple[tuple, CardInfo, JourneyInfo, StageInfo, int, tuple[CardInfo, ...]]] = []
    for j_index, snap in enumerate(snaps):
        kinds = {lane.id: lane.kind for lane in snap.lanes}
        for s_index, stage in enumerate(snap.stages):
            related = tuple(
                card
                for lane in snap.lanes
                for card in snap.cards(lane.id, stage.id)
                if card.sentiment == "pain" or card.moment_of_truth
            )
            for lane in snap.lanes:
                for card in snap.cards(lane.id, stage.id):
                    if not _is_opportunity(card, kinds[card.lane_id]):
                        continue
                    q = quadrant(card.impact, card.effort)
                    key = (
                        QUADRANTS.index(q),
                        -(card.impact or 0),
                        card.effort or 9,
                        j_index,
                        s_index,
                        card.position,
                        card.id,
                    )
                    mine = tuple(r for r in related if r.id != card.id)
                    found.append((key, card, snap.journey, stage, s_index + 1, mine))
    found.sort(key=lambda entry: entry[0])
    return [
        Opportunity(card, journey, stage, number, QUADRANTS[key[0]], rank, related)
        for rank, (key, card, journey, stage, number, related) in enumerate(found, start=1)
    ]


def _is_opportunity(card: CardInfo, lane_kind: str) -> bool:
    return lane_kind == "opportunities" or (card.impact is not None and card.effort is not None)


# -- touchpoints ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Touchpoint:
    card: CardInfo
    stage: StageInfo
    stage_number: int


@dataclass(frozen=True)
class Inventory:
    """Every touchpoint of a journey, and the counts the method looks at."""

    touchpoints: tuple[Touchpoint, ...]
    by_channel: dict[str, int]  # channel -> count ("" = no channel given)
    by_stage: dict[str, int]  # stage id -> count
    grid: dict[tuple[str, str], int]  # (channel, stage id) -> count
    direct: int
    indirect: int
    physical: int
    digital: int
    current: int
    future: int
    stages_without: tuple[StageInfo, ...]  # stages no touchpoint serves


def inventory(snap: JourneySnapshot) -> Inventory:
    """The touchpoints (cards of touchpoints lanes) by channel, kind and stage."""
    rows: list[Touchpoint] = []
    for number, stage in enumerate(snap.stages, start=1):
        for lane in snap.lanes:
            if lane.kind == "touchpoints":
                rows.extend(Touchpoint(c, stage, number) for c in snap.cards(lane.id, stage.id))
    cards = [row.card for row in rows]
    grid = Counter((row.card.channel, row.stage.id) for row in rows)
    by_stage = Counter(row.stage.id for row in rows)
    return Inventory(
        touchpoints=tuple(rows),
        by_channel=dict(Counter(c.channel for c in cards)),
        by_stage={stage.id: by_stage.get(stage.id, 0) for stage in snap.stages},
        grid=dict(grid),
        direct=sum(c.direct for c in cards),
        indirect=sum(not c.direct for c in cards),
        physical=sum(c.physical for c in cards),
        digital=sum(not c.physical for c in cards),
        current=sum(c.touchpoint_state == "current" for c in cards),
        future=sum(c.touchpoint_state == "future" for c in cards),
        stages_without=tuple(s for s in snap.stages if not by_stage.get(s.id)),
    )


# -- statistics ----------------------------------------------------------------------------


def classify(points: Sequence[EmotionPointInfo]) -> list[str]:
    """'high', 'low' or '' for each point of a curve, comparing it with its neighbours."""
    kinds = []
    for i, p in enumerate(points):
        neighbours = [points[j].value for j in (i - 1, i + 1) if 0 <= j < len(points)]
        if not neighbours:
            kinds.append("high" if p.value > 0 else "low" if p.value < 0 else "")
        elif p.value > 0 and all(p.value > v for v in neighbours):
            kinds.append("high")
        elif p.value < 0 and all(p.value < v for v in neighbours):
            kinds.append("low")
        else:
            kinds.append("")
    return kinds


@dataclass(frozen=True)
class StageFigures:
    stage: StageInfo
    number: int
    emotion_min: float | None
    emotion_max: float | None
    emotion_mean: float | None
    pains: int
    gains: int
    moments_of_truth: int
    cards: int


@dataclass(frozen=True)
class Landmark:
    """A high, a low or a moment of truth, with what backs it."""

    kind: str  # high | low | moment
    stage: StageInfo
    label: str  # the point's label or the card's title
    value: float | None  # the feeling, for a high or a low
    evidence: tuple[EvidenceInfo, ...]


@dataclass(frozen=True)
class JourneyStats:
    stages: tuple[StageFigures, ...]
    landmarks: tuple[Landmark, ...]
    pains: int
    gains: int
    moments_of_truth: int
    backed: int  # cards and emotion points with at least one piece of evidence
    total: int  # cards and emotion points

    @property
    def coverage(self) -> float:
        """The share of cards and emotion points backed by evidence (0 to 1)."""
        return self.backed / self.total if self.total else 0.0


def journey_stats(snap: JourneySnapshot) -> JourneyStats:
    """Per stage the feeling's range and mean, pains, gains and moments of truth; the highs,
    lows and moments of truth with their evidence; how much of the map evidence backs."""
    stage_of = {stage.id: stage for stage in snap.stages}
    points_by_stage: dict[str, list[EmotionPointInfo]] = {}
    landmarks: list[Landmark] = []
    all_points: list[EmotionPointInfo] = []
    for lane in snap.lanes:
        points = snap.points(lane.id)
        all_points.extend(points)
        for point, kind in zip(points, classify(points), strict=True):
            points_by_stage.setdefault(point.stage_id, []).append(point)
            if kind:
                landmarks.append(
                    Landmark(
                        kind, stage_of[point.stage_id], point.label, point.value, point.evidence
                    )
                )
    figures = []
    cards: list[CardInfo] = []
    for number, stage in enumerate(snap.stages, start=1):
        here = [c for lane in snap.lanes for c in snap.cards(lane.id, stage.id)]
        cards.extend(here)
        values = [p.value for p in points_by_stage.get(stage.id, [])]
        figures.append(
            StageFigures(
                stage,
                number,
                min(values) if values else None,
                max(values) if values else None,
                round(fmean(values), 2) if values else None,
                sum(c.sentiment == "pain" for c in here),
                sum(c.sentiment == "gain" for c in here),
                sum(c.moment_of_truth for c in here),
                len(here),
            )
        )
        landmarks.extend(
            Landmark("moment", stage, c.title, None, c.evidence) for c in here if c.moment_of_truth
        )
    order = {stage.id: n for n, stage in enumerate(snap.stages)}
    landmarks.sort(key=lambda m: (order[m.stage.id], ("high", "low", "moment").index(m.kind)))
    backed = sum(bool(c.evidence) for c in cards) + sum(bool(p.evidence) for p in all_points)
    return JourneyStats(
        stages=tuple(figures),
        landmarks=tuple(landmarks),
        pains=sum(f.pains for f in figures),
        gains=sum(f.gains for f in figures),
        moments_of_truth=sum(f.moments_of_truth for f in figures),
        backed=backed,
        total=len(cards) + len(all_points),
    )
