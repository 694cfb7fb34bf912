"""Read access to an open document: what the views, writers and command line ask of it.

Rows returned here belong to the document's session: read them, never assign to them; every
change goes through a verb so that it is committed, recorded and heard by the views.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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


class DocumentQueries:
    session: Session

    def project(self) -> Project:
        return self.session.scalars(select(Project)).one()

    def personas(self) -> list[Persona]:
        return list(self.session.scalars(select(Persona).order_by(Persona.position, Persona.id)))

    def persona(self, persona_id: str) -> Persona | None:
        return self.session.get(Persona, persona_id)

    def journeys(self) -> list[Journey]:
        return list(self.session.scalars(select(Journey).order_by(Journey.position, Journey.id)))

    def journey(self, journey_id: str) -> Journey | None:
        return self.session.get(Journey, journey_id)

    def find_journey(self, title_or_id: str) -> Journey | None:
        """The journey with this id, else the first whose title matches (case-insensitive)."""
        found = self.journey(title_or_id)
        if found is not None:
            return found
        wanted = title_or_id.casefold()
        return next((j for j in self.journeys() if j.title.casefold() == wanted), None)

    def stages(self, journey_id: str) -> list[Stage]:
        query = select(Stage).where(Stage.journey_id == journey_id)
        return list(self.session.scalars(query.order_by(Stage.position, Stage.id)))

    def lanes(self, journey_id: str) -> list[Lane]:
        query = select(Lane).where(Lane.journey_id == journey_id)
        return list(self.session.scalars(query.order_by(Lane.position, Lane.id)))

    def cards(self, journey_id: str) -> list[Card]:
        """Every card of a journey, ordered by lane, stage and position in the cell."""
        query = (
            select(Card)
            .join(Lane, Lane.id == Card.lane_id)
            .join(Stage, Stage.id == Card.stage_id)
            .where(Lane.journey_id == journey_id)
            .order_by(Lane.position, Stage.position, Card.position, Card.id)
        )
        return list(self.session.scalars(query))

    def cell(self, lane_id: str, stage_id: str) -> list[Card]:
        query = select(Card).where(Card.lane_id == lane_id, Card.stage_id == stage_id)
        return list(self.session.scalars(query.order_by(Card.position, Card.id)))

    def emotion_points(self, lane_id: str) -> list[EmotionPoint]:
        """A lane's points in curve order: stage order, then offset inside the stage."""
        query = (
            select(EmotionPoint)
            .join(Stage, Stage.id == EmotionPoint.stage_id)
            .where(EmotionPoint.lane_id == lane_id)
            .order_by(Stage.position, EmotionPoint.offset, EmotionPoint.id)
        )
        return list(self.session.scalars(query))

    def metrics(self, stage_id: str) -> list[Metric]:
        query = select(Metric).where(Metric.stage_id == stage_id)
        return list(self.session.scalars(query.order_by(Metric.position, Metric.id)))

    def evidence(self) -> list[Evidence]:
        """The evidence library, in library order."""
        return list(self.session.scalars(select(Evidence).order_by(Evidence.position, Evidence.id)))

    def evidence_for(self, target_kind: str, target_id: str) -> list[Evidence]:
        """Evidence attached to one element, in the order shown on it."""
        column = getattr(EvidenceLink, f"{target_kind}_id")
        query = (
            select(Evidence)
            .join(EvidenceLink, EvidenceLink.evidence_id == Evidence.id)
            .where(column == target_id)
            .order_by(EvidenceLink.position, EvidenceLink.id)
        )
        return list(self.session.scalars(query))

    def links(self, evidence_id: str) -> list[tuple[str, str]]:
        """(target kind, target id) of everything this evidence is attached to."""
        query = select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id)
        return [link.target for link in self.session.scalars(query.order_by(EvidenceLink.id))]

    def asset(self, sha256: str) -> Asset | None:
        return self.session.get(Asset, sha256)

    def count(self, entity: type[Any]) -> int:
        return self.session.scalar(select(func.count()).select_from(entity)) or 0
