"""A plain, frozen copy of one journey: everything a poster or a preview needs, and nothing live.

The poster writers read this instead of the ORM rows so that an export can run on another
thread (or after the document moved on) without touching the session, and so that the render
package depends on a handful of dataclasses rather than on SQLAlchemy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy import literal, select

from .errors import InvalidEditError
from .schema import (
    Asset,
    Card,
    EmotionPoint,
    Evidence,
    EvidenceLink,
    Journey,
    Lane,
    Metric,
    Persona,
    Project,
    Stage,
)

if TYPE_CHECKING:
    from .document import JourneyDocument

Cell = tuple[str, str]
"""(lane id, stage id) of one cell of the grid."""


@dataclass(frozen=True)
class AssetData:
    """A stored picture: its normalised bytes (JPEG or PNG) and pixel size."""

    sha256: str
    media_type: str
    width: int
    height: int
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    kind: str  # photo | quote | link | note
    text: str
    speaker: str
    source: str
    date: str
    url: str
    title: str
    asset_sha256: str | None


@dataclass(frozen=True)
class ProjectInfo:
    title: str
    author: str
    language: str
    notes: str


@dataclass(frozen=True)
class PersonaInfo:
    id: str
    name: str
    role: str
    age: int | None
    quote: str
    goals: str
    frustrations: str
    motivations: str
    channels: str
    photo_sha256: str | None
    colour: str
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True)
class JourneyInfo:
    id: str
    title: str
    context: str
    goal: str
    state: str  # current | future


@dataclass(frozen=True)
class MetricInfo:
    id: str
    stage_id: str
    name: str
    value_before: float | None
    value_after: float | None
    target: float | None
    unit: str


@dataclass(frozen=True)
class StageInfo:
    id: str
    position: int
    title: str
    description: str
    colour: str
    width: int
    metrics: tuple[MetricInfo, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True)
class LaneInfo:
    id: str
    position: int
    kind: str
    title: str
    colour: str
    height: int
    hidden: bool


@dataclass(frozen=True)
class CardInfo:
    id: str
    lane_id: str
    stage_id: str
    position: int
    title: str
    body: str
    colour: str
    channel: str
    direct: bool
    physical: bool
    touchpoint_state: str
    owner: str
    sentiment: str
    moment_of_truth: bool
    impact: int | None
    effort: int | None
    status: str
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True)
class EmotionPointInfo:
    id: str
    lane_id: str
    stage_id: str
    offset: float
    value: float
    label: str
    card_id: str | None
    evidence: tuple[EvidenceInfo, ...] = ()


_NO_CARDS: tuple[CardInfo, ...] = ()
_NO_POINTS: tuple[EmotionPointInfo, ...] = ()


@dataclass(frozen=True)
class JourneySnapshot:
    """One journey of a project, copied out of the document at one moment."""

    project: ProjectInfo
    journey: JourneyInfo
    persona: PersonaInfo | None
    stages: tuple[StageInfo, ...]
    lanes: tuple[LaneInfo, ...]
    cells: Mapping[Cell, tuple[CardInfo, ...]]
    emotion_points: Mapping[str, tuple[EmotionPointInfo, ...]]  # by lane id, in curve order
    evidence: tuple[EvidenceInfo, ...]  # attached to the journey itself
    assets: Mapping[str, AssetData]  # every picture the journey shows, by sha256
    file_name: str
    modified_at: datetime | None

    def cards(self, lane_id: str, stage_id: str) -> tuple[CardInfo, ...]:
        """The cards of one cell, in their order inside the cell."""
        return self.cells.get((lane_id, stage_id), _NO_CARDS)

    def points(self, lane_id: str) -> tuple[EmotionPointInfo, ...]:
        return self.emotion_points.get(lane_id, _NO_POINTS)

    def asset_bytes(self, sha256: str) -> bytes:
        return self.assets[sha256].data

    @property
    def card_count(self) -> int:
        return sum(len(cards) for cards in self.cells.values())


def journey_snapshot(
    document: JourneyDocument, journey_id: str, with_pictures: bool = True
) -> JourneySnapshot:
    """Copy one journey out of `document`; pictures' bytes are read only when asked for."""
    session = document.session
    journey = session.get(Journey, journey_id)
    if journey is None:
        raise InvalidEditError("That journey no longer exists in this map.")
    project = session.scalars(select(Project)).one()

    stage_rows = list(
        session.scalars(
            select(Stage).where(Stage.journey_id == journey_id).order_by(Stage.position, Stage.id)
        )
    )
    lane_rows = list(
        session.scalars(
            select(Lane).where(Lane.journey_id == journey_id).order_by(Lane.position, Lane.id)
        )
    )
    stage_ids = [s.id for s in stage_rows]
    lane_ids = [lane.id for lane in lane_rows]
    card_rows = list(
        session.scalars(
            select(Card)
            .where(Card.lane_id.in_(lane_ids), Card.stage_id.in_(stage_ids))
            .order_by(Card.position, Card.id)
        )
    )
    point_rows = list(
        session.scalars(
            select(EmotionPoint)
            .where(EmotionPoint.lane_id.in_(lane_ids), EmotionPoint.stage_id.in_(stage_ids))
            .order_by(EmotionPoint.offset, EmotionPoint.id)
        )
    )
    metric_rows = list(
        session.scalars(
            select(Metric)
            .where(Metric.stage_id.in_(stage_ids))
            .order_by(Metric.position, Metric.id)
        )
    )
    persona = session.get(Persona, journey.persona_id) if journey.persona_id else None
    evidence = _evidence_by_target(
        document,
        journey_id=journey_id,
        stage_ids=stage_ids,
        card_ids=[c.id for c in card_rows],
        point_ids=[p.id for p in point_rows],
        persona_id=persona.id if persona else None,
    )

    def attached(target_id: str) -> tuple[EvidenceInfo, ...]:
        return tuple(evidence.get(target_id, ()))

    metrics: dict[str, list[MetricInfo]] = defaultdict(list)
    for m in metric_rows:
        metrics[m.stage_id].append(
            MetricInfo(m.id, m.stage_id, m.name, m.value_before, m.value_after, m.target, m.unit)
        )
    stages = tuple(
        StageInfo(
            s.id,
            s.position,
            s.title,
            s.description,
            s.colour,
            s.width,
            tuple(metrics.get(s.id, ())),
            attached(s.id),
        )
        for s in stage_rows
    )
    lanes = tuple(
        LaneInfo(
            lane.id, lane.position, lane.kind, lane.title, lane.colour, lane.height, lane.hidden
        )
        for lane in lane_rows
    )
    cells: dict[Cell, list[CardInfo]] = defaultdict(list)
    for c in card_rows:
        cells[(c.lane_id, c.stage_id)].append(_card_info(c, attached(c.id)))
    stage_order = {sid: index for index, sid in enumerate(stage_ids)}
    points: dict[str, list[EmotionPointInfo]] = defaultdict(list)
    for p in sorted(point_rows, key=lambda p: (stage_order[p.stage_id], p.offset, p.id)):
        points[p.lane_id].append(
            EmotionPointInfo(
                p.id, p.lane_id, p.stage_id, p.offset, p.value, p.label, p.card_id, attached(p.id)
            )
        )
    persona_info = None
    if persona is not None:
        persona_info = PersonaInfo(
            persona.id,
            persona.name,
            persona.role,
            persona.age,
            persona.quote,
            persona.goals,
            persona.frustrations,
            persona.motivations,
            persona.channels,
            persona.photo_sha256,
            persona.colour,
            attached(persona.id),
        )
    journey_evidence = attached(journey_id)
    pictures = {e.asset_sha256 for items in evidence.values() for e in items if e.asset_sha256}
    if persona_info is not None and persona_info.photo_sha256:
        pictures.add(persona_info.photo_sha256)
    assets = _assets(document, pictures, with_bytes=with_pictures)
    stamps = [journey.updated_at, *(c.updated_at for c in card_rows)]
    return JourneySnapshot(
        project=ProjectInfo(project.title, project.author, project.language, project.notes),
        journey=JourneyInfo(
            journey.id, journey.title, journey.context, journey.goal, journey.state
        ),
        persona=persona_info,
        stages=stages,
        lanes=lanes,
        cells=MappingProxyType({key: tuple(value) for key, value in cells.items()}),
        emotion_points=MappingProxyType({key: tuple(value) for key, value in points.items()}),
        evidence=journey_evidence,
        assets=MappingProxyType(assets),
        file_name=document.path.name if document.path is not None else document.display_name,
        modified_at=max((s for s in stamps if s is not None), default=None),
    )


def _card_info(c: Card, evidence: tuple[EvidenceInfo, ...]) -> CardInfo:
    return CardInfo(
        c.id,
        c.lane_id,
        c.stage_id,
        c.position,
        c.title,
        c.body,
        c.colour,
        c.channel,
        bool(c.direct),
        bool(c.physical),
        c.touchpoint_state,
        c.owner,
        c.sentiment,
        bool(c.moment_of_truth),
        c.impact,
        c.effort,
        c.status,
        evidence,
    )


def _evidence_by_target(
    document: JourneyDocument,
    *,
    journey_id: str,
    stage_ids: list[str],
    card_ids: list[str],
    point_ids: list[str],
    persona_id: str | None,
) -> dict[str, list[EvidenceInfo]]:
    """Evidence attached to each element of the journey, in the order shown on it (one query)."""
    wanted = {journey_id, *stage_ids, *card_ids, *point_ids}
    if persona_id:
        wanted.add(persona_id)
    rows = document.session.execute(
        select(EvidenceLink, Evidence)
        .join(Evidence, Evidence.id == EvidenceLink.evidence_id)
        .order_by(EvidenceLink.position, EvidenceLink.id)
    )
    found: dict[str, list[EvidenceInfo]] = defaultdict(list)
    for link, e in rows:
        _kind, target_id = link.target
        if target_id in wanted:
            found[target_id].append(
                EvidenceInfo(
                    e.id,
                    e.kind,
                    e.text,
                    e.speaker,
                    e.source,
                    e.date,
                    e.url,
                    e.title,
                    e.asset_sha256,
                )
            )
    return found


def _assets(document: JourneyDocument, keys: set[str], with_bytes: bool) -> dict[str, AssetData]:
    """Pictures' sizes always (the layout frames them); their bytes only for the writers."""
    if not keys:
        return {}
    data = Asset.data if with_bytes else literal(b"")
    rows = document.session.execute(
        select(Asset.sha256, Asset.media_type, Asset.width, Asset.height, data).where(
            Asset.sha256.in_(keys)
        )
    )
    return {row[0]: AssetData(*row) for row in rows}
