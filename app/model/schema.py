"""The tables of a Parcours file, as SQLAlchemy typed ORM classes.

Every table is STRICT and carries CHECK constraints for its ranges and vocabularies: the file
may come from anyone, and `fileformat.validate` re-runs these same checks on every row of a
file before it is trusted (SQLite 3.40 does not enforce them on rows written by others).
Ids are UUID text so that two copies of a map can later be merged.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    REAL,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .vocabulary import (
    BLUEPRINT_ROLES,
    CHANNELS,
    COMMENT_TARGETS,
    EFFORT_KINDS,
    EVIDENCE_KINDS,
    JOURNEY_STATES,
    LANE_KINDS,
    MAX_COMMENT,
    MAX_TITLE,
    MEDIA_TYPES,
    METRIC_KINDS,
    OPPORTUNITY_STATUSES,
    SENTIMENTS,
    link_target,
)

EMOTION_MIN, EMOTION_MAX = -5.0, 5.0
MAX_TEXT = 20_000  # characters in any one text field
MAX_INPUTS = 4000  # characters of a metric's kept inputs (answer counts, as JSON)


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join("'" + v + "'" for v in values)
    return f"{column} IN ({quoted})"


class Timestamp(TypeDecorator[datetime]):
    """UTC time stored as ISO-8601 TEXT (STRICT tables accept no DATETIME type)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else value.astimezone(UTC).isoformat(timespec="seconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Flag(TypeDecorator[bool]):
    """A yes/no stored as INTEGER 0/1 (STRICT tables accept no BOOLEAN type)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: bool | None, dialect: Any) -> int | None:
        return None if value is None else int(bool(value))

    def process_result_value(self, value: int | None, dialect: Any) -> bool | None:
        return None if value is None else bool(value)


_TS = "{0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
_DATE = "({0} = '' OR {0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"
_COLOUR = (
    "({0} = '' OR ({0} GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'))"
)


def _text_len(column: str, limit: int = MAX_TEXT) -> str:
    return f"length({column}) <= {limit}"


class Base(DeclarativeBase):
    metadata = MetaData()
    type_annotation_map: ClassVar = {str: Text, int: Integer, float: REAL, bytes: LargeBinary}


class Row(Base):
    """Columns every table has: a UUID id and creation/update times."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utc_now, onupdate=utc_now)


def _table_args(*checks: str, ordered: bool = False, **extra: Any) -> tuple[Any, ...]:
    """STRICT table options plus the CHECK constraints shared by every row."""
    constraints = [CheckConstraint(c) for c in checks]
    constraints.append(CheckConstraint(f"length(id) = 36 AND {_TS.format('created_at')}"))
    constraints.append(CheckConstraint(_TS.format("updated_at")))
    if ordered:
        constraints.append(CheckConstraint("position BETWEEN 0 AND 100000"))
    return (*constraints, *extra.pop("indexes", ()), {"sqlite_strict": True})


class Project(Row):
    """The one row describing the whole file."""

    __tablename__ = "project"
    title: Mapped[str] = mapped_column(default="")
    author: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(default="en")
    notes: Mapped[str] = mapped_column(default="")
    __table_args__ = _table_args(
        _text_len("title", MAX_TITLE),
        _text_len("author", MAX_TITLE),
        _in("language", ("en", "fr")),
        _text_len("notes"),
    )


class Asset(Base):
    """A picture stored once by content hash, however often evidence or personas use it."""

    __tablename__ = "asset"
    sha256: Mapped[str] = mapped_column(primary_key=True)
    media_type: Mapped[str]
    width: Mapped[int]
    height: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utc_now)
    # the blobs come last, so that reading the small columns never walks through the photos
    data: Mapped[bytes]
    thumbnail: Mapped[bytes]
    __table_args__ = (
        CheckConstraint("length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'"),
        CheckConstraint(_in("media_type", MEDIA_TYPES)),
        CheckConstraint("width BETWEEN 1 AND 20000 AND height BETWEEN 1 AND 20000"),
        CheckConstraint("length(data) BETWEEN 1 AND 50000000 AND length(thumbnail) >= 1"),
        CheckConstraint(_TS.format("created_at")),
        {"sqlite_strict": True},
    )


class Persona(Row):
    __tablename__ = "persona"
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    age: Mapped[int | None] = mapped_column(default=None)
    quote: Mapped[str] = mapped_column(default="")
    goals: Mapped[str] = mapped_column(default="")
    frustrations: Mapped[str] = mapped_column(default="")
    motivations: Mapped[str] = mapped_column(default="")
    channels: Mapped[str] = mapped_column(default="")
    photo_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("asset.sha256", ondelete="SET NULL"), default=None
    )
    colour: Mapped[str] = mapped_column(default="")
    __table_args__ = _table_args(
        _text_len("name", MAX_TITLE),
        _text_len("role", MAX_TITLE),
        "age IS NULL OR age BETWEEN 0 AND 130",
        _text_len("quote"),
        _text_len("goals"),
        _text_len("frustrations"),
        _text_len("motivations"),
        _text_len("channels"),
        _COLOUR.format("colour"),
        ordered=True,
    )


class Journey(Row):
    __tablename__ = "journey"
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    context: Mapped[str] = mapped_column(default="")
    goal: Mapped[str] = mapped_column(default="")
    state: Mapped[str] = mapped_column(default="current")
    persona_id: Mapped[str | None] = mapped_column(
        ForeignKey("persona.id", ondelete="SET NULL"), default=None
    )
    # the journey this one was duplicated from (a future state from its current state), so
    # that the two can be compared stage by stage
    duplicated_from: Mapped[str | None] = mapped_column(
        ForeignKey("journey.id", ondelete="SET NULL"), default=None
    )
    __table_args__ = _table_args(
        _text_len("title", MAX_TITLE),
        _text_len("context"),
        _text_len("goal"),
        _in("state", JOURNEY_STATES),
        "duplicated_from IS NULL OR duplicated_from <> id",
        ordered=True,
    )


class Stage(Row):
    """A column of the map."""

    __tablename__ = "stage"
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    colour: Mapped[str] = mapped_column(default="")
    width: Mapped[int] = mapped_column(default=1)
    # in a duplicated journey, the stage of the original this one was copied from
    origin_stage_id: Mapped[str | None] = mapped_column(
        ForeignKey("stage.id", ondelete="SET NULL"), default=None
    )
    __table_args__ = _table_args(
        _text_len("title", MAX_TITLE),
        _text_len("description"),
        _COLOUR.format("colour"),
        "width BETWEEN 1 AND 8",
        "origin_stage_id IS NULL OR origin_stage_id <> id",
        ordered=True,
        indexes=(Index("ix_stage_journey", "journey_id", "position"),),
    )


class Lane(Row):
    """A row of the map; its kind decides what its cells hold."""

    __tablename__ = "lane"
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(default="text")
    title: Mapped[str] = mapped_column(default="")
    colour: Mapped[str] = mapped_column(default="")
    height: Mapped[int] = mapped_column(default=1)
    hidden: Mapped[bool] = mapped_column(Flag, default=False)
    blueprint_role: Mapped[str] = mapped_column(default="")
    __table_args__ = _table_args(
        _in("kind", LANE_KINDS),
        _text_len("title", MAX_TITLE),
        _COLOUR.format("colour"),
        "height BETWEEN 1 AND 10",
        "hidden IN (0, 1)",
        _in("blueprint_role", BLUEPRINT_ROLES),
        ordered=True,
        indexes=(Index("ix_lane_journey", "journey_id", "position"),),
    )


class Card(Row):
    """A note in one cell (lane x stage): a touchpoint, an action, a pain, an opportunity..."""

    __tablename__ = "card"
    lane_id: Mapped[str] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(default="")
    colour: Mapped[str] = mapped_column(default="")
    channel: Mapped[str] = mapped_column(default="")
    direct: Mapped[bool] = mapped_column(Flag, default=True)
    physical: Mapped[bool] = mapped_column(Flag, default=False)
    touchpoint_state: Mapped[str] = mapped_column(default="current")
    owner: Mapped[str] = mapped_column(default="")
    sentiment: Mapped[str] = mapped_column(default="neutral")
    moment_of_truth: Mapped[bool] = mapped_column(Flag, default=False)
    impact: Mapped[int | None] = mapped_column(default=None)
    effort: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="")
    key_touchpoint: Mapped[bool] = mapped_column(Flag, default=False)
    effort_kind: Mapped[str] = mapped_column(default="")  # what a pain costs
    magic_moment: Mapped[bool] = mapped_column(Flag, default=False)  # a gain beyond expectations
    due_date: Mapped[str] = mapped_column(default="")  # an opportunity's, YYYY-MM-DD
    __table_args__ = _table_args(
        _text_len("title", MAX_TITLE),
        _text_len("body"),
        _COLOUR.format("colour"),
        _in("channel", CHANNELS),
        "direct IN (0, 1) AND physical IN (0, 1) AND moment_of_truth IN (0, 1)",
        _in("touchpoint_state", JOURNEY_STATES),
        _text_len("owner", MAX_TITLE),
        _in("sentiment", SENTIMENTS),
        "impact IS NULL OR impact BETWEEN 1 AND 5",
        "effort IS NULL OR effort BETWEEN 1 AND 5",
        _in("status", OPPORTUNITY_STATUSES),
        "key_touchpoint IN (0, 1) AND magic_moment IN (0, 1)",
        _in("effort_kind", EFFORT_KINDS),
        _DATE.format("due_date"),
        ordered=True,
        indexes=(Index("ix_card_cell", "lane_id", "stage_id", "position"),),
    )


class EmotionPoint(Row):
    """A point of the emotion curve: where along the journey, and how the customer feels."""

    __tablename__ = "emotion_point"
    lane_id: Mapped[str] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"))
    offset: Mapped[float] = mapped_column(default=0.5)
    value: Mapped[float] = mapped_column(default=0.0)
    label: Mapped[str] = mapped_column(default="")
    card_id: Mapped[str | None] = mapped_column(
        ForeignKey("card.id", ondelete="SET NULL"), default=None
    )
    __table_args__ = _table_args(
        "offset BETWEEN 0.0 AND 1.0",
        f"value BETWEEN {EMOTION_MIN} AND {EMOTION_MAX}",
        _text_len("label", MAX_TITLE),
        indexes=(Index("ix_emotion_lane", "lane_id", "stage_id"),),
    )


class Evidence(Row):
    """A photo, a quote (verbatim), a link or a note that makes the map credible."""

    __tablename__ = "evidence"
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(default="quote")
    text: Mapped[str] = mapped_column(default="")
    speaker: Mapped[str] = mapped_column(default="")
    source: Mapped[str] = mapped_column(default="")
    date: Mapped[str] = mapped_column(default="")
    url: Mapped[str] = mapped_column(default="")
    title: Mapped[str] = mapped_column(default="")
    asset_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("asset.sha256", ondelete="RESTRICT"), default=None
    )
    __table_args__ = _table_args(
        _in("kind", EVIDENCE_KINDS),
        _text_len("text"),
        _text_len("speaker", MAX_TITLE),
        _text_len("source", MAX_TITLE),
        "date = '' OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
        _text_len("url", 2000),
        _text_len("title", MAX_TITLE),
        "kind <> 'photo' OR asset_sha256 IS NOT NULL",
        ordered=True,
    )


class EvidenceLink(Row):
    """Links one piece of evidence to exactly one card, point, stage, persona or journey."""

    __tablename__ = "evidence_link"
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    card_id: Mapped[str | None] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), default=None
    )
    emotion_point_id: Mapped[str | None] = mapped_column(
        ForeignKey("emotion_point.id", ondelete="CASCADE"), default=None
    )
    stage_id: Mapped[str | None] = mapped_column(
        ForeignKey("stage.id", ondelete="CASCADE"), default=None
    )
    persona_id: Mapped[str | None] = mapped_column(
        ForeignKey("persona.id", ondelete="CASCADE"), default=None
    )
    journey_id: Mapped[str | None] = mapped_column(
        ForeignKey("journey.id", ondelete="CASCADE"), default=None
    )
    __table_args__ = _table_args(
        "(card_id IS NOT NULL) + (emotion_point_id IS NOT NULL) + (stage_id IS NOT NULL)"
        " + (persona_id IS NOT NULL) + (journey_id IS NOT NULL) = 1",
        ordered=True,
        indexes=(
            Index("ix_link_evidence", "evidence_id"),
            Index("ix_link_card", "card_id"),
            Index("ix_link_emotion_point", "emotion_point_id"),
            Index("ix_link_stage", "stage_id"),
            Index("ix_link_persona", "persona_id"),
            Index("ix_link_journey", "journey_id"),
        ),
    )

    @property
    def target(self) -> tuple[str, str]:
        """(target kind, target id) of this link."""
        return link_target(self)


class Metric(Row):
    """An indicator of one stage (NPS, CSAT, CES, conversion or custom), before and after the
    changes, with its target, where it was measured and when; `inputs` keeps the answer counts
    a value was computed from (app/model/indicators.py), as JSON checked on opening."""

    __tablename__ = "metric"
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(default="")
    value_before: Mapped[float | None] = mapped_column(default=None)
    value_after: Mapped[float | None] = mapped_column(default=None)
    target: Mapped[float | None] = mapped_column(default=None)
    unit: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(default="custom")
    source: Mapped[str] = mapped_column(default="")
    measured_before: Mapped[str] = mapped_column(default="")
    measured_after: Mapped[str] = mapped_column(default="")
    inputs: Mapped[str] = mapped_column(default="")
    __table_args__ = _table_args(
        _text_len("name", MAX_TITLE),
        _text_len("unit", 50),
        "value_before IS NULL OR abs(value_before) < 1e12",
        "value_after IS NULL OR abs(value_after) < 1e12",
        "target IS NULL OR abs(target) < 1e12",
        _in("kind", METRIC_KINDS),
        _text_len("source", MAX_TITLE),
        _DATE.format("measured_before"),
        _DATE.format("measured_after"),
        f"inputs = '' OR (inputs GLOB '{{*}}' AND length(inputs) <= {MAX_INPUTS})",
        ordered=True,
        indexes=(Index("ix_metric_stage", "stage_id", "position"),),
    )


class CardConnection(Row):
    """An arrow from one card to another of the same journey: the path the customer takes from
    one touchpoint to the next (DOMAIN.md, "connect the touchpoints"). Deleted with either end."""

    __tablename__ = "connection"
    from_card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    to_card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    __table_args__ = _table_args(
        "from_card_id <> to_card_id",
        indexes=(
            Index("ix_connection_ends", "from_card_id", "to_card_id", unique=True),
            Index("ix_connection_to", "to_card_id"),
        ),
    )


class Comment(Row):
    """A remark on one element of the map, by someone reviewing it; a comment with a
    `parent_id` is a reply in that comment's thread (threads are one level deep, as in the
    review tools designers know: a reply answers the thread's first comment and sits on the
    same element). `resolved` belongs to a thread, so only its first comment carries it.
    Deleted with its element, and a thread's replies with its first comment."""

    __tablename__ = "comment"
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("comment.id", ondelete="CASCADE"), default=None
    )
    card_id: Mapped[str | None] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), default=None
    )
    emotion_point_id: Mapped[str | None] = mapped_column(
        ForeignKey("emotion_point.id", ondelete="CASCADE"), default=None
    )
    stage_id: Mapped[str | None] = mapped_column(
        ForeignKey("stage.id", ondelete="CASCADE"), default=None
    )
    lane_id: Mapped[str | None] = mapped_column(
        ForeignKey("lane.id", ondelete="CASCADE"), default=None
    )
    persona_id: Mapped[str | None] = mapped_column(
        ForeignKey("persona.id", ondelete="CASCADE"), default=None
    )
    journey_id: Mapped[str | None] = mapped_column(
        ForeignKey("journey.id", ondelete="CASCADE"), default=None
    )
    author: Mapped[str] = mapped_column(default="")
    text: Mapped[str] = mapped_column(default="")
    resolved: Mapped[bool] = mapped_column(Flag, default=False)
    __table_args__ = _table_args(
        " + ".join(f"({kind}_id IS NOT NULL)" for kind in COMMENT_TARGETS) + " = 1",
        "parent_id IS NULL OR parent_id <> id",
        _text_len("author", MAX_TITLE),
        _text_len("text", MAX_COMMENT),
        "resolved IN (0, 1) AND (parent_id IS NULL OR resolved = 0)",
        indexes=(
            Index("ix_comment_parent", "parent_id"),
            *(Index(f"ix_comment_{kind}", f"{kind}_id") for kind in COMMENT_TARGETS),
        ),
    )


ENTITIES: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (
        Project,
        Asset,
        Persona,
        Journey,
        Stage,
        Lane,
        Card,
        EmotionPoint,
        Evidence,
        EvidenceLink,
        Metric,
        CardConnection,
        Comment,
    )
}
"""Every table, in an order where a row's parents come before it."""
