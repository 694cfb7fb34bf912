"""Verbs on the frame of a map: the project, personas, journeys, stages and lanes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from .changes import Change
from .errors import InvalidEditError
from .schema import (
    Card,
    CardConnection,
    EmotionPoint,
    EvidenceLink,
    Journey,
    Lane,
    Metric,
    Persona,
    Project,
    Row,
    Stage,
    new_id,
)
from .verbs_base import VerbBase

PROJECT_FIELDS = ("title", "author", "language", "notes")
PERSONA_FIELDS = (
    "name", "role", "age", "quote", "goals", "frustrations", "motivations", "channels",
    "photo_sha256", "colour",
)  # fmt: skip
JOURNEY_FIELDS = ("title", "context", "goal", "state", "persona_id", "duplicated_from")
STAGE_FIELDS = ("title", "description", "colour", "width", "origin_stage_id")
LANE_FIELDS = ("kind", "title", "colour", "height", "hidden", "blueprint_role")


class StructureVerbs(VerbBase):
    """Add, edit, reorder and delete the project's personas, journeys, stages and lanes."""

    # -- project -------------------------------------------------------------------------

    def start_project(self, title: str, language: str, author: str = "") -> Change:
        """Describe a brand-new file (its one project row); used when a map is created."""
        with self._edit() as session:
            if session.scalars(select(Project)).first() is not None:
                raise InvalidEditError("project_exists")
            project = Project(id=new_id(), title=title, language=language, author=author)
            session.add(project)
        return self._emit(Change("start_project", added=(("project", project.id),)))

    def update_project(self, **fields: Any) -> Change:
        with self._edit() as session:
            project = session.scalars(select(Project)).one()
            changed = self._apply(project, fields, PROJECT_FIELDS)
        return self._emit(Change("update_project", updated=(("project", project.id),) * changed))

    # -- personas ------------------------------------------------------------------------

    def add_persona(self, name: str, position: int | None = None, **fields: Any) -> Change:
        with self._edit() as session:
            persona = Persona(id=new_id(), name=name)
            self._apply(persona, fields, PERSONA_FIELDS)
            session.add(persona)
            moved = self._place(self._ordered(Persona), persona, position)
        return self._emit(
            Change("add_persona", added=(("persona", persona.id),), updated=tuple(moved))
        )

    def update_persona(self, persona_id: str, **fields: Any) -> Change:
        return self._update("update_persona", Persona, persona_id, fields, PERSONA_FIELDS)

    def delete_persona(self, persona_id: str) -> Change:
        return self._delete("delete_persona", "persona", [persona_id])

    # -- journeys ------------------------------------------------------------------------

    def add_journey(self, title: str, position: int | None = None, **fields: Any) -> Change:
        with self._edit() as session:
            journey = Journey(id=new_id(), title=title)
            self._apply(journey, fields, JOURNEY_FIELDS)
            session.add(journey)
            moved = self._place(self._ordered(Journey), journey, position)
        return self._emit(
            Change("add_journey", added=(("journey", journey.id),), updated=tuple(moved))
        )

    def update_journey(self, journey_id: str, **fields: Any) -> Change:
        return self._update("update_journey", Journey, journey_id, fields, JOURNEY_FIELDS)

    def set_persona(self, journey_id: str, persona_id: str | None) -> Change:
        """Draw this journey for a persona (or for none)."""
        if persona_id is not None:
            self._get(Persona, persona_id)
        return self.update_journey(journey_id, persona_id=persona_id)

    def move_journey(self, journey_id: str, position: int) -> Change:
        with self._edit():
            journey = self._get(Journey, journey_id)
            moved = self._place(self._ordered(Journey), journey, position)
        return self._emit(Change("move_journey", updated=(("journey", journey_id), *moved)))

    def delete_journey(self, journey_id: str) -> Change:
        return self._delete("delete_journey", "journey", [journey_id])

    def duplicate_journey(
        self, journey_id: str, title: str | None = None, state: str | None = "future"
    ) -> Change:
        """Copy a whole journey (e.g. the current state as the start of the future state); the
        copy records its origin, and each of its stages the stage it was copied from, so that
        the two journeys can be compared stage by stage."""
        with self._edit() as session:
            source = self._get(Journey, journey_id)
            ids: dict[str, str] = {}
            copy = _clone(source, ids, position=source.position + 1, duplicated_from=journey_id)
            assert isinstance(copy, Journey)
            copy.title = title if title is not None else source.title
            copy.state = state or source.state
            session.add(copy)
            session.flush()
            for stage in self._ordered(Stage, Stage.journey_id == journey_id):
                session.add(_clone(stage, ids, journey_id=copy.id, origin_stage_id=stage.id))
            for lane in self._ordered(Lane, Lane.journey_id == journey_id):
                session.add(_clone(lane, ids, journey_id=copy.id))
            session.flush()
            stage_ids = [k for k in ids if k != journey_id]
            for column in (Card.stage_id, Metric.stage_id, EmotionPoint.stage_id):
                for row in session.scalars(select(column.class_).where(column.in_(stage_ids))):
                    session.add(_clone(row, ids))
                session.flush()
            connections = select(CardConnection).where(CardConnection.from_card_id.in_(ids))
            for arrow in session.scalars(connections):
                session.add(_clone(arrow, ids))
            links = select(EvidenceLink).where(
                EvidenceLink.journey_id.in_(ids)
                | EvidenceLink.stage_id.in_(ids)
                | EvidenceLink.card_id.in_(ids)
                | EvidenceLink.emotion_point_id.in_(ids)
            )
            for link in session.scalars(links):
                session.add(_clone(link, ids))
            self._place(self._ordered(Journey), copy, copy.position)
        return self._emit(Change("duplicate_journey", added=(("journey", copy.id),)))

    # -- stages --------------------------------------------------------------------------

    def add_stage(
        self, journey_id: str, title: str, position: int | None = None, **fields: Any
    ) -> Change:
        with self._edit() as session:
            self._get(Journey, journey_id)
            stage = Stage(id=new_id(), journey_id=journey_id, title=title)
            self._apply(stage, fields, STAGE_FIELDS)
            session.add(stage)
            moved = self._place(
                self._ordered(Stage, Stage.journey_id == journey_id), stage, position
            )
        return self._emit(Change("add_stage", added=(("stage", stage.id),), updated=tuple(moved)))

    def update_stage(self, stage_id: str, **fields: Any) -> Change:
        """Rename, describe, recolour or resize (width in grid units) a stage."""
        return self._update("update_stage", Stage, stage_id, fields, STAGE_FIELDS)

    def move_stage(self, stage_id: str, position: int) -> Change:
        with self._edit():
            stage = self._get(Stage, stage_id)
            siblings = self._ordered(Stage, Stage.journey_id == stage.journey_id)
            moved = self._place(siblings, stage, position)
        return self._emit(Change("move_stage", updated=(("stage", stage_id), *moved)))

    def delete_stage(self, stage_id: str) -> Change:
        return self._delete("delete_stage", "stage", [stage_id])

    # -- lanes ---------------------------------------------------------------------------

    def add_lane(
        self, journey_id: str, kind: str, title: str, position: int | None = None, **fields: Any
    ) -> Change:
        with self._edit() as session:
            self._get(Journey, journey_id)
            lane = Lane(id=new_id(), journey_id=journey_id, kind=kind, title=title)
            self._apply(lane, fields, LANE_FIELDS)
            session.add(lane)
            moved = self._place(self._ordered(Lane, Lane.journey_id == journey_id), lane, position)
        return self._emit(Change("add_lane", added=(("lane", lane.id),), updated=tuple(moved)))

    def update_lane(self, lane_id: str, **fields: Any) -> Change:
        """Rename, recolour, resize, hide or show a lane (its kind changes only when empty)."""
        if "kind" in fields:
            lane = self._get(Lane, lane_id)
            if fields["kind"] != lane.kind and self._lane_has_content(lane_id):
                raise InvalidEditError("lane_kind_not_empty")
        return self._update("update_lane", Lane, lane_id, fields, LANE_FIELDS)

    def move_lane(self, lane_id: str, position: int) -> Change:
        with self._edit():
            lane = self._get(Lane, lane_id)
            moved = self._place(
                self._ordered(Lane, Lane.journey_id == lane.journey_id), lane, position
            )
        return self._emit(Change("move_lane", updated=(("lane", lane_id), *moved)))

    def delete_lane(self, lane_id: str) -> Change:
        return self._delete("delete_lane", "lane", [lane_id])

    # -- shared --------------------------------------------------------------------------

    def _update(
        self,
        verb: str,
        entity: type[Row],
        key: str,
        fields: dict[str, Any],
        editable: tuple[str, ...],
    ) -> Change:
        with self._edit():
            row = self._get(entity, key)
            changed = self._apply(row, fields, editable)
        return self._emit(Change(verb, updated=((entity.__tablename__, key),) if changed else ()))

    def _lane_has_content(self, lane_id: str) -> bool:
        cards = select(Card.id).where(Card.lane_id == lane_id).limit(1)
        points = select(EmotionPoint.id).where(EmotionPoint.lane_id == lane_id).limit(1)
        return bool(self.session.scalars(cards).first() or self.session.scalars(points).first())


_REFERENCES = (
    "journey_id", "stage_id", "lane_id", "card_id", "emotion_point_id", "from_card_id",
    "to_card_id",
)  # fmt: skip


def _clone(row: Row, ids: dict[str, str], **overrides: Any) -> Row:
    """A copy of `row` with a new id, its references re-pointed through `ids`."""
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns}
    values.pop("created_at"), values.pop("updated_at")
    ids[row.id] = values["id"] = new_id()
    for name in _REFERENCES:
        if values.get(name) in ids:
            values[name] = ids[values[name]]
    values.update(overrides)
    return type(row)(**values)
