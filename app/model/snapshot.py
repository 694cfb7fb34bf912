"""A plain, frozen copy of one journey: everything a poster or a preview needs, and nothing live.

The poster writers read this instead of the ORM rows so that an export can run on another
thread (or after the document moved on) without touching the session, and so that the render
package depends on a handful of dataclasses rather than on SQLAlchemy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, func, literal, select, type_coerce

from .errors import InvalidEditError
from .infos import (
    NOT_COLUMNS,
    AssetData,
    CardInfo,
    ConnectionInfo,
    EmotionPointInfo,
    EvidenceInfo,
    JourneyInfo,
    LaneInfo,
    LinkInfo,
    MetricInfo,
    PersonaInfo,
    ProjectInfo,
    StageInfo,
)
from .infos import columns as _columns
from .picture_check import CheckedPicture, Verdict, check_all
from .schema import (
    Asset,
    Card,
    CardConnection,
    EmotionPoint,
    Evidence,
    EvidenceLink,
    Flag,
    Journey,
    Lane,
    Metric,
    Persona,
    Project,
    Stage,
)
from .vocabulary import EVIDENCE_TARGETS

if TYPE_CHECKING:
    from .document import JourneyDocument

__all__ = [
    "AssetData", "CardInfo", "Cell", "ConnectionInfo", "EmotionPointInfo", "EvidenceInfo",
    "JourneyInfo", "JourneySnapshot", "LaneInfo", "LinkInfo", "MetricInfo", "PersonaInfo",
    "ProjectInfo", "StageInfo", "journey_snapshot", "updated_snapshot",
]  # fmt: skip

Cell = tuple[str, str]
"""(lane id, stage id) of one cell of the grid."""


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
    moments: frozenset[str] | None = None  # ids of the cards that are moments of truth
    connections: tuple[ConnectionInfo, ...] = ()  # arrows between cards, by id

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
    document: JourneyDocument,
    journey_id: str,
    with_pictures: bool = True,
    previous: JourneySnapshot | None = None,
) -> JourneySnapshot:
    """Copy one journey out of `document`; pictures' bytes are read only when asked for.

    Rows are read as plain column tuples, not ORM objects: the editor copies its journey after
    every edit, and building 2,000 tracked `Card` objects each time was most of that cost. With
    `previous` (an earlier snapshot), cards that did not change are its very objects, which
    costs less than new ones and lets the layout recognise them at once."""
    session = document.session
    session.flush()  # the reads below go through the connection, past the ORM
    read = session.connection().execute
    journey = read(
        select(*_columns(Journey, JourneyInfo), Journey.updated_at).where(Journey.id == journey_id)
    ).first()
    if journey is None:
        raise InvalidEditError("journey_gone")
    project = read(select(*_columns(Project, ProjectInfo))).one()
    stage_rows = read(
        select(*_columns(Stage, StageInfo))
        .where(Stage.journey_id == journey_id)
        .order_by(Stage.position, Stage.id)
    ).all()
    lane_rows = read(
        select(*_columns(Lane, LaneInfo))
        .where(Lane.journey_id == journey_id)
        .order_by(Lane.position, Lane.id)
    ).all()
    stage_ids = [s.id for s in stage_rows]
    lane_ids = [lane.id for lane in lane_rows]
    in_grid = (Card.lane_id.in_(lane_ids), Card.stage_id.in_(stage_ids))
    card_rows = read(
        select(*_card_columns()).where(*in_grid).order_by(Card.position, Card.id)
    ).all()
    last_card_edit = read(
        select(Card.updated_at)
        .where(*in_grid)
        .order_by(func.julianday(Card.updated_at).desc())
        .limit(1)
    ).scalar()
    point_rows = read(
        select(*_columns(EmotionPoint, EmotionPointInfo))
        .where(EmotionPoint.lane_id.in_(lane_ids), EmotionPoint.stage_id.in_(stage_ids))
        .order_by(EmotionPoint.offset, EmotionPoint.id)
    ).all()
    connection_rows = read(
        select(*_columns(CardConnection, ConnectionInfo))
        .join(Card, Card.id == CardConnection.from_card_id)
        .where(Card.lane_id.in_(lane_ids))
        .order_by(CardConnection.id)
    ).all()
    metric_rows = read(
        select(*_columns(Metric, MetricInfo))
        .where(Metric.stage_id.in_(stage_ids))
        .order_by(Metric.position, Metric.id)
    ).all()
    persona = None
    if journey.persona_id:
        persona = read(
            select(*_columns(Persona, PersonaInfo)).where(Persona.id == journey.persona_id)
        ).first()
    wanted = {journey_id, *stage_ids, *[c[0] for c in card_rows], *[p.id for p in point_rows]}
    if persona is not None:
        wanted.add(persona.id)
    evidence = evidence_by_target(document, wanted=wanted)

    def attached(target_id: str) -> tuple[EvidenceInfo, ...]:
        return tuple(evidence.get(target_id, ()))

    metrics: dict[str, list[MetricInfo]] = defaultdict(list)
    for m in metric_rows:
        metrics[m.stage_id].append(MetricInfo(*m))
    stages = tuple(
        StageInfo(*s, metrics=tuple(metrics.get(s.id, ())), evidence=attached(s.id))  # type: ignore[misc]  # rows hold the columns
        for s in stage_rows
    )
    lanes = tuple(LaneInfo(*lane) for lane in lane_rows)
    known = {c.id: c for cards in previous.cells.values() for c in cards} if previous else {}
    cells: dict[Cell, list[CardInfo]] = defaultdict(list)
    for row in card_rows:
        card = _card(tuple(row), attached(row[0]), known)
        cells[(card.lane_id, card.stage_id)].append(card)
    stage_order = {sid: index for index, sid in enumerate(stage_ids)}
    points: dict[str, list[EmotionPointInfo]] = defaultdict(list)
    for p in sorted(point_rows, key=lambda p: (stage_order[p.stage_id], p.offset, p.id)):
        points[p.lane_id].append(EmotionPointInfo(*p, evidence=attached(p.id)))  # type: ignore[misc]  # rows hold the columns
    persona_info = PersonaInfo(*persona, evidence=attached(persona.id)) if persona else None  # type: ignore[misc]  # rows hold the columns
    pictures = {e.asset_sha256 for items in evidence.values() for e in items if e.asset_sha256}
    if persona_info is not None and persona_info.photo_sha256:
        pictures.add(persona_info.photo_sha256)
    assets = read_assets(document, pictures, with_bytes=with_pictures)
    stamps = [s for s in (journey.updated_at, last_card_edit) if s is not None]
    return JourneySnapshot(
        project=ProjectInfo(*project),
        journey=JourneyInfo(*journey[:-1]),
        persona=persona_info,
        stages=stages,
        lanes=lanes,
        cells=MappingProxyType({key: tuple(value) for key, value in cells.items()}),
        emotion_points=MappingProxyType({key: tuple(value) for key, value in points.items()}),
        evidence=attached(journey_id),
        assets=MappingProxyType(assets),
        file_name=document.path.name if document.path is not None else document.display_name,
        modified_at=max(stamps, default=None),
        moments=frozenset(c.id for cards in cells.values() for c in cards if c.moment_of_truth),
        connections=tuple(ConnectionInfo(*row) for row in connection_rows),
    )


def updated_snapshot(
    document: JourneyDocument,
    previous: JourneySnapshot,
    card_ids: Collection[str],
    with_pictures: bool = True,
) -> JourneySnapshot:
    """`previous` with the cards `card_ids` read again (edited, moved or gone), everything else
    taken from it as it is: for edits whose `Change` names cards only, the snapshot of a
    2,000-card journey costs a few rows instead of all of them."""
    session = document.session
    session.flush()
    read = session.connection().execute
    wanted = set(card_ids)
    rows = read(
        select(*_card_columns(), Card.updated_at).where(
            Card.id.in_(wanted),
            Card.lane_id.in_([lane.id for lane in previous.lanes]),
            Card.stage_id.in_([stage.id for stage in previous.stages]),
        )
    ).all()
    evidence = evidence_by_target(document, wanted=wanted, cards_only=True)
    known = {c.id: c for cards in previous.cells.values() for c in cards if c.id in wanted}
    touched = {(c.lane_id, c.stage_id) for c in known.values()}
    fresh: list[CardInfo] = []
    for row in rows:
        card = _card(tuple(row[:-1]), tuple(evidence.get(row[0], ())), known)
        fresh.append(card)
        touched.add((card.lane_id, card.stage_id))
    cells = dict(previous.cells)
    for cell in touched:
        kept = [c for c in cells.get(cell, ()) if c.id not in wanted]
        kept.extend(c for c in fresh if (c.lane_id, c.stage_id) == cell)
        kept.sort(key=lambda c: (c.position, c.id))
        if kept:
            cells[cell] = tuple(kept)
        else:
            del cells[cell]
    assets = previous.assets
    missing = {e.asset_sha256 for c in fresh for e in c.evidence if e.asset_sha256} - set(assets)
    if missing:
        assets = MappingProxyType({**assets, **read_assets(document, missing, with_pictures)})
    stamps = [s for s in (previous.modified_at, *(row[-1] for row in rows)) if s is not None]
    return replace(
        previous,
        cells=MappingProxyType(cells),
        moments=frozenset(c.id for cards in cells.values() for c in cards if c.moment_of_truth),
        assets=assets,
        file_name=document.path.name if document.path is not None else document.display_name,
        modified_at=max(stamps, default=None),
    )


_CARD_FIELDS = [f.name for f in fields(CardInfo) if f.name not in NOT_COLUMNS]
_CARD_FLAGS = [
    i for i, name in enumerate(_CARD_FIELDS) if isinstance(getattr(Card, name).type, Flag)
]
_card_values = attrgetter(*_CARD_FIELDS)


def _card_columns() -> list[Any]:
    """The card's columns for a `CardInfo`, its yes/no flags read as the stored 0 or 1: the
    rows are compared with the cards of the previous snapshot (True == 1) and most are not
    turned into new cards at all."""
    return [
        type_coerce(column, Integer) if isinstance(column.type, Flag) else column
        for column in _columns(Card, CardInfo)
    ]


def _card(
    values: tuple[Any, ...], evidence: tuple[EvidenceInfo, ...], known: Mapping[str, CardInfo]
) -> CardInfo:
    """The card of a row (read with `_card_columns`): the known card itself if unchanged."""
    card = known.get(values[0])
    if card is not None and _card_values(card) == values and card.evidence == evidence:
        return card
    row = list(values)
    for index in _CARD_FLAGS:
        row[index] = bool(row[index])
    return CardInfo(*row, evidence=evidence)  # type: ignore[misc]  # rows hold the columns


def evidence_by_target(
    document: JourneyDocument, *, wanted: set[str], cards_only: bool = False
) -> dict[str, list[EvidenceInfo]]:
    """Evidence attached to each `wanted` element, in the order shown on it (one query); with
    `cards_only`, the `wanted` elements are all cards."""
    target = func.coalesce(*(getattr(EvidenceLink, f"{kind}_id") for kind in EVIDENCE_TARGETS))
    query = (
        select(target, *_columns(Evidence, EvidenceInfo))
        .join(Evidence, Evidence.id == EvidenceLink.evidence_id)
        .order_by(EvidenceLink.position, EvidenceLink.id)
    )
    if cards_only:
        query = query.where(EvidenceLink.card_id.in_(wanted))
    rows = document.session.connection().execute(query)
    found: dict[str, list[EvidenceInfo]] = defaultdict(list)
    infos: dict[str, EvidenceInfo] = {}
    for target_id, *values in rows:
        if target_id in wanted:
            info = infos.get(values[0])
            if info is None:
                info = infos[values[0]] = EvidenceInfo(*values)
            found[target_id].append(info)
    return found


def read_assets(
    document: JourneyDocument, keys: set[str], with_bytes: bool
) -> dict[str, AssetData]:
    """Pictures' sizes always (the layout frames them); their bytes only for the writers, and
    only once checked (a stored picture is untrusted: see picture_check.py)."""
    if not keys:
        return {}
    if not with_bytes:
        rows = document.session.connection().execute(
            select(Asset.sha256, Asset.media_type, Asset.width, Asset.height, literal(b"")).where(
                Asset.sha256.in_(keys)
            )
        )
        return {row[0]: AssetData(*row) for row in rows}
    rows = document.session.connection().execute(
        select(
            Asset.sha256, Asset.media_type, Asset.width, Asset.height, Asset.data, Asset.thumbnail
        ).where(Asset.sha256.in_(keys))
    )
    return {verdict.sha256: asset_data(verdict) for verdict in check_all(tuple(r) for r in rows)}


def asset_data(verdict: Verdict) -> AssetData:
    """What a writer may use of a checked picture: its bytes, or a refusal and no bytes."""
    if isinstance(verdict, CheckedPicture):
        return AssetData(  # the thumbnail too: a raster writer draws small frames from it
            verdict.sha256,
            verdict.media_type,
            verdict.width,
            verdict.height,
            verdict.data,
            verdict.thumbnail,
        )
    # the frame keeps the row's size, as on the canvas (the layout bounds its aspect)
    return AssetData(
        verdict.sha256,
        verdict.media_type,
        verdict.width,
        verdict.height,
        b"",
        refusal=verdict.template,
    )
