"""Two or more journeys side by side: current vs future, persona vs persona, us vs a competitor.

The first journey is the base; each other journey's stages are matched to the base's stages:
by origin when one journey was duplicated from the other, either way (each copied stage
remembers its origin, and matching stages by hand in the comparison tab records the same
link), else by title (case and accents aside), else by place when both have as many stages. Then the
emotion curves share one axis, metrics show before → after per stage, and the pains that
disappear and the gains that appear are listed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .infos import CardInfo, MetricInfo, StageInfo
from .snapshot import JourneySnapshot


def folded(text: str) -> str:
    """`text` for matching: no case, no accents, single spaces ("Étape 1" ~ "etape 1")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class Column:
    """One stage of the comparison: the stage of each journey there (None where it has none)."""

    stages: tuple[StageInfo | None, ...]
    matched_by: str  # origin | title | place | alone

    @property
    def title(self) -> str:
        return next((s.title for s in self.stages if s is not None), "")


@dataclass(frozen=True)
class CurvePoint:
    x: float  # column index + the point's place in its stage (0..1)
    value: float
    label: str


@dataclass(frozen=True)
class MetricChange:
    column: int
    journey: int
    metric: MetricInfo

    @property
    def delta(self) -> float | None:
        before, after = self.metric.value_before, self.metric.value_after
        return None if before is None or after is None else after - before


@dataclass(frozen=True)
class Comparison:
    journeys: tuple[JourneySnapshot, ...]
    columns: tuple[Column, ...]
    curves: tuple[tuple[CurvePoint, ...], ...]  # one per journey
    metrics: tuple[MetricChange, ...]
    pains_gone: tuple[tuple[int, CardInfo], ...]  # (column, a pain of the base the other lacks)
    gains_new: tuple[tuple[int, CardInfo], ...]  # (column, a gain the other has, the base lacks)


def match_stages(base: JourneySnapshot, other: JourneySnapshot) -> dict[str, tuple[str, str]]:
    """Stage id of `other` -> (stage id of `base`, how it was matched)."""
    matched: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    base_ids = {s.id for s in base.stages}
    other_ids = {s.id for s in other.stages}
    for stage in other.stages:  # copied from (or matched by hand with) a stage of the base
        origin = stage.origin_stage_id
        if origin in base_ids and origin not in taken:
            matched[stage.id] = (origin, "origin")
            taken.add(origin)
    for stage in base.stages:  # the other way round: the base is the copy
        origin = stage.origin_stage_id
        if origin in other_ids and origin not in matched and stage.id not in taken:
            matched[origin] = (stage.id, "origin")
            taken.add(stage.id)
    titles: dict[str, list[str]] = {}
    for stage in base.stages:
        if stage.id not in taken:
            titles.setdefault(folded(stage.title), []).append(stage.id)
    for stage in other.stages:
        if stage.id in matched:
            continue
        candidates = [s for s in titles.get(folded(stage.title), []) if s not in taken]
        if candidates and folded(stage.title):
            matched[stage.id] = (candidates[0], "title")
            taken.add(candidates[0])
    if len(base.stages) == len(other.stages):
        for mine, theirs in zip(base.stages, other.stages, strict=True):
            if theirs.id not in matched and mine.id not in taken:
                matched[theirs.id] = (mine.id, "place")
                taken.add(mine.id)
    return matched


def compare(snaps: Sequence[JourneySnapshot]) -> Comparison:
    """Align `snaps` on the first one's stages (see the module's docstring)."""
    if len(snaps) < 2:
        raise ValueError("a comparison takes two journeys or more")
    base = snaps[0]
    index_of = {stage.id: n for n, stage in enumerate(base.stages)}
    columns: list[list[StageInfo | None]] = [
        [stage] + [None] * (len(snaps) - 1) for stage in base.stages
    ]
    how = ["alone"] * len(base.stages)
    place: list[dict[str, int]] = [dict(index_of)]
    for j, snap in enumerate(snaps[1:], start=1):
        matched = match_stages(base, snap)
        mine: dict[str, int] = {}
        for stage in snap.stages:
            if stage.id in matched:
                target, way = matched[stage.id]
                column = index_of[target]
                columns[column][j] = stage
                how[column] = way if how[column] in ("alone", way) else "mixed"
            else:
                column = len(columns)
                columns.append([None] * len(snaps))
                columns[column][j] = stage
                how.append("alone")
            mine[stage.id] = column
        place.append(mine)
    curves = []
    for j, snap in enumerate(snaps):
        points = [
            CurvePoint(place[j][p.stage_id] + p.offset, p.value, p.label)
            for lane in snap.lanes
            if lane.kind == "emotion"
            for p in snap.points(lane.id)
            if p.stage_id in place[j]
        ]
        curves.append(tuple(sorted(points, key=lambda p: p.x)))
    metrics = tuple(
        MetricChange(place[j][stage.id], j, metric)
        for j, snap in enumerate(snaps)
        for stage in snap.stages
        for metric in stage.metrics
    )
    gone: list[tuple[int, CardInfo]] = []
    new: list[tuple[int, CardInfo]] = []
    for j, snap in enumerate(snaps[1:], start=1):
        for column, stages in enumerate(columns):
            left, right = stages[0], stages[j]
            base_cards = _cards(base, left)
            other_cards = _cards(snap, right)
            other_pains = {folded(c.title) for c in other_cards if c.sentiment == "pain"}
            base_gains = {folded(c.title) for c in base_cards if c.sentiment == "gain"}
            gone.extend(
                (column, c)
                for c in base_cards
                if c.sentiment == "pain" and folded(c.title) not in other_pains
            )
            new.extend(
                (column, c)
                for c in other_cards
                if c.sentiment == "gain" and folded(c.title) not in base_gains
            )
    return Comparison(
        journeys=tuple(snaps),
        columns=tuple(Column(tuple(stages), way) for stages, way in zip(columns, how, strict=True)),
        curves=tuple(curves),
        metrics=metrics,
        pains_gone=tuple(dict.fromkeys(gone)),
        gains_new=tuple(dict.fromkeys(new)),
    )


def _cards(snap: JourneySnapshot, stage: StageInfo | None) -> list[CardInfo]:
    if stage is None:
        return []
    return [card for lane in snap.lanes for card in snap.cards(lane.id, stage.id)]
