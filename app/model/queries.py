"""Read access to an open document: what the views, writers and command line ask of it.

Every answer is a read model (app/model/infos.py): a frozen copy of the rows, never an ORM
object, so that nothing outside the model can change a row behind the verbs' back.
"""

from __future__ import annotations

from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, null, select, union
from sqlalchemy.orm import Session

from .errors import InvalidEditError
from .infos import (
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
    columns,
)
from .schema import (
    Asset,
    Card,
    CardConnection,
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
from .vocabulary import EVIDENCE_TARGETS


class EvidenceUse(NamedTuple):
    """One element a piece of evidence is attached to, for the evidence library."""

    kind: str  # card | emotion_point | stage | persona | journey
    id: str
    label: str  # the element's title (a persona's name, a point's label); may be empty
    journey_id: str | None  # the journey it belongs to (None for a persona)


InfoT = TypeVar("InfoT")


class DocumentQueries:
    session: Session

    def _infos(self, info: type[InfoT], query: Select[Any]) -> list[InfoT]:
        self.session.flush()
        return [info(*row) for row in self.session.execute(query)]

    def _info(self, info: type[InfoT], query: Any) -> InfoT | None:
        found = self._infos(info, query.limit(1))
        return found[0] if found else None

    def project(self) -> ProjectInfo:
        found = self._info(ProjectInfo, select(*columns(Project, ProjectInfo)))
        assert found is not None, "a document always has its project"
        return found

    def personas(self) -> list[PersonaInfo]:
        query = select(*columns(Persona, PersonaInfo)).order_by(Persona.position, Persona.id)
        return self._infos(PersonaInfo, query)

    def persona(self, persona_id: str) -> PersonaInfo | None:
        query = select(*columns(Persona, PersonaInfo)).where(Persona.id == persona_id)
        return self._info(PersonaInfo, query)

    def journeys(self) -> list[JourneyInfo]:
        query = select(*columns(Journey, JourneyInfo)).order_by(Journey.position, Journey.id)
        return self._infos(JourneyInfo, query)

    def journey(self, journey_id: str) -> JourneyInfo | None:
        query = select(*columns(Journey, JourneyInfo)).where(Journey.id == journey_id)
        return self._info(JourneyInfo, query)

    def find_journey(self, title_or_id: str) -> JourneyInfo | None:
        """The journey with this id, else the first whose title matches (case-insensitive)."""
        found = self.journey(title_or_id)
        if found is not None:
            return found
        wanted = title_or_id.casefold()
        return next((j for j in self.journeys() if j.title.casefold() == wanted), None)

    def stages(self, journey_id: str) -> list[StageInfo]:
        query = select(*columns(Stage, StageInfo)).where(Stage.journey_id == journey_id)
        return self._infos(StageInfo, query.order_by(Stage.position, Stage.id))

    def stage(self, stage_id: str) -> StageInfo | None:
        return self._info(StageInfo, select(*columns(Stage, StageInfo)).where(Stage.id == stage_id))

    def lanes(self, journey_id: str) -> list[LaneInfo]:
        query = select(*columns(Lane, LaneInfo)).where(Lane.journey_id == journey_id)
        return self._infos(LaneInfo, query.order_by(Lane.position, Lane.id))

    def lane(self, lane_id: str) -> LaneInfo | None:
        return self._info(LaneInfo, select(*columns(Lane, LaneInfo)).where(Lane.id == lane_id))

    def cards(self, journey_id: str) -> list[CardInfo]:
        """Every card of a journey, ordered by lane, stage and position in the cell."""
        query = (
            select(*columns(Card, CardInfo))
            .join(Lane, Lane.id == Card.lane_id)
            .join(Stage, Stage.id == Card.stage_id)
            .where(Lane.journey_id == journey_id)
            .order_by(Lane.position, Stage.position, Card.position, Card.id)
        )
        return self._infos(CardInfo, query)

    def card(self, card_id: str) -> CardInfo | None:
        return self._info(CardInfo, select(*columns(Card, CardInfo)).where(Card.id == card_id))

    def cell(self, lane_id: str, stage_id: str) -> list[CardInfo]:
        query = select(*columns(Card, CardInfo)).where(
            Card.lane_id == lane_id, Card.stage_id == stage_id
        )
        return self._infos(CardInfo, query.order_by(Card.position, Card.id))

    def emotion_points(self, lane_id: str) -> list[EmotionPointInfo]:
        """A lane's points in curve order: stage order, then offset inside the stage."""
        query = (
            select(*columns(EmotionPoint, EmotionPointInfo))
            .join(Stage, Stage.id == EmotionPoint.stage_id)
            .where(EmotionPoint.lane_id == lane_id)
            .order_by(Stage.position, EmotionPoint.offset, EmotionPoint.id)
        )
        return self._infos(EmotionPointInfo, query)

    def emotion_point(self, point_id: str) -> EmotionPointInfo | None:
        query = select(*columns(EmotionPoint, EmotionPointInfo)).where(EmotionPoint.id == point_id)
        return self._info(EmotionPointInfo, query)

    def metrics(self, stage_id: str) -> list[MetricInfo]:
        query = select(*columns(Metric, MetricInfo)).where(Metric.stage_id == stage_id)
        return self._infos(MetricInfo, query.order_by(Metric.position, Metric.id))

    def metric(self, metric_id: str) -> MetricInfo | None:
        query = select(*columns(Metric, MetricInfo)).where(Metric.id == metric_id)
        return self._info(MetricInfo, query)

    def connections(self, journey_id: str) -> list[ConnectionInfo]:
        """Every connection between cards of a journey."""
        query = (
            select(*columns(CardConnection, ConnectionInfo))
            .join(Card, Card.id == CardConnection.from_card_id)
            .join(Lane, Lane.id == Card.lane_id)
            .where(Lane.journey_id == journey_id)
            .order_by(CardConnection.id)
        )
        return self._infos(ConnectionInfo, query)

    def connection(self, connection_id: str) -> ConnectionInfo | None:
        query = select(*columns(CardConnection, ConnectionInfo)).where(
            CardConnection.id == connection_id
        )
        return self._info(ConnectionInfo, query)

    def evidence(self) -> list[EvidenceInfo]:
        """The evidence library, in library order."""
        query = select(*columns(Evidence, EvidenceInfo)).order_by(Evidence.position, Evidence.id)
        return self._infos(EvidenceInfo, query)

    def evidence_item(self, evidence_id: str) -> EvidenceInfo | None:
        query = select(*columns(Evidence, EvidenceInfo)).where(Evidence.id == evidence_id)
        return self._info(EvidenceInfo, query)

    def evidence_for(self, target_kind: str, target_id: str) -> list[EvidenceInfo]:
        """Evidence attached to one element, in the order shown on it."""
        column = _target_column(target_kind)
        query = (
            select(*columns(Evidence, EvidenceInfo))
            .join(EvidenceLink, EvidenceLink.evidence_id == Evidence.id)
            .where(column == target_id)
            .order_by(EvidenceLink.position, EvidenceLink.id)
        )
        return self._infos(EvidenceInfo, query)

    def links(self, evidence_id: str) -> list[tuple[str, str]]:
        """(target kind, target id) of everything this evidence is attached to."""
        query = select(*columns(EvidenceLink, LinkInfo)).where(
            EvidenceLink.evidence_id == evidence_id
        )
        return [link.target for link in self._infos(LinkInfo, query.order_by(EvidenceLink.id))]

    def evidence_links(self, target_kind: str, target_id: str) -> list[LinkInfo]:
        """The links that show evidence on one element, in the order shown on it."""
        query = select(*columns(EvidenceLink, LinkInfo)).where(
            _target_column(target_kind) == target_id
        )
        return self._infos(LinkInfo, query.order_by(EvidenceLink.position, EvidenceLink.id))

    def evidence_with_picture(self, sha256: str) -> list[EvidenceInfo]:
        """Photo evidence showing this picture (a photo dropped twice is stored once)."""
        query = select(*columns(Evidence, EvidenceInfo)).where(Evidence.asset_sha256 == sha256)
        return self._infos(EvidenceInfo, query.order_by(Evidence.position, Evidence.id))

    def evidence_usage(self) -> dict[str, list[EvidenceUse]]:
        """Every evidence id, in library order, with the elements it is attached to.

        An empty list means the evidence is unused. Uses are ordered by journey, kind, label.
        """
        usage: dict[str, list[EvidenceUse]] = {
            key: []
            for key in self.session.scalars(
                select(Evidence.id).order_by(Evidence.position, Evidence.id)
            )
        }
        links = self._infos(LinkInfo, select(*columns(EvidenceLink, LinkInfo)))
        wanted: dict[str, set[str]] = {kind: set() for kind in EVIDENCE_TARGETS}
        for link in links:
            kind, key = link.target
            wanted[kind].add(key)
        labels = self._target_labels(wanted)
        journeys = {j.id: j.position for j in self.journeys()}
        for link in links:
            kind, key = link.target
            label, journey_id = labels.get((kind, key), ("", None))
            usage[link.evidence_id].append(EvidenceUse(kind, key, label, journey_id))
        order = {kind: index for index, kind in enumerate(EVIDENCE_TARGETS)}
        for uses in usage.values():
            uses.sort(
                key=lambda u: (
                    journeys.get(u.journey_id or "", -1),
                    order[u.kind],
                    u.label.casefold(),
                    u.id,
                )
            )
        return usage

    def unused_evidence(self) -> list[EvidenceInfo]:
        """Evidence in the library that no element shows, in library order."""
        used = select(EvidenceLink.evidence_id)
        query = select(*columns(Evidence, EvidenceInfo)).where(Evidence.id.not_in(used))
        return self._infos(EvidenceInfo, query.order_by(Evidence.position, Evidence.id))

    def pictures_in_use(self) -> set[str]:
        """Keys of the pictures that evidence or a persona shows (the others leave at Save)."""
        query = union(
            select(Evidence.asset_sha256).where(Evidence.asset_sha256.is_not(None)),
            select(Persona.photo_sha256).where(Persona.photo_sha256.is_not(None)),
        )
        return {key for (key,) in self.session.execute(query) if key is not None}

    def _target_labels(
        self, wanted: dict[str, set[str]]
    ) -> dict[tuple[str, str], tuple[str, str | None]]:
        """(kind, id) -> (label, journey id) for the elements named in `wanted`."""
        queries: dict[str, Any] = {
            "card": select(Card.id, Card.title, Lane.journey_id)
            .join(Lane, Lane.id == Card.lane_id)
            .where(Card.id.in_(wanted["card"])),
            "emotion_point": select(EmotionPoint.id, EmotionPoint.label, Lane.journey_id)
            .join(Lane, Lane.id == EmotionPoint.lane_id)
            .where(EmotionPoint.id.in_(wanted["emotion_point"])),
            "stage": select(Stage.id, Stage.title, Stage.journey_id).where(
                Stage.id.in_(wanted["stage"])
            ),
            "persona": select(Persona.id, Persona.name, null()).where(
                Persona.id.in_(wanted["persona"])
            ),
            "journey": select(Journey.id, Journey.title, Journey.id).where(
                Journey.id.in_(wanted["journey"])
            ),
        }
        labels = {}
        for kind, query in queries.items():
            if wanted[kind]:
                for key, label, journey_id in self.session.execute(query):
                    labels[(kind, key)] = (label, journey_id)
        return labels

    def asset(self, sha256: str) -> AssetData | None:
        """A stored picture, its bytes and its thumbnail."""
        query = select(
            Asset.sha256, Asset.media_type, Asset.width, Asset.height, Asset.data, Asset.thumbnail
        ).where(Asset.sha256 == sha256)
        return self._info(AssetData, query)

    def count(self, entity: type[Any]) -> int:
        return self.session.scalar(select(func.count()).select_from(entity)) or 0


def _target_column(target_kind: str) -> Any:
    if target_kind not in EVIDENCE_TARGETS:
        raise InvalidEditError("evidence_target", kind=target_kind)
    return getattr(EvidenceLink, f"{target_kind}_id")
