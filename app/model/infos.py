"""Read models: plain, frozen copies of the rows of a map, for everything outside the model.

The editor, the writers and the command line read these, never the ORM rows: they cannot be
changed behind the document's back (every change goes through a verb, so that it is recorded
and heard), and they can cross threads. `journey_snapshot` fills their `evidence` (and a
stage's `metrics`); the document's queries, which answer about single rows, leave those empty:
ask `evidence_for` and `metrics` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute

from .schema import Base
from .vocabulary import link_target


@dataclass(frozen=True)
class AssetData:
    """A stored picture: its normalised bytes (JPEG or PNG) and pixel size."""

    sha256: str
    media_type: str
    width: int
    height: int
    data: bytes = field(repr=False)
    thumbnail: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    position: int  # in the library
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
    id: str
    title: str
    author: str
    language: str
    notes: str


@dataclass(frozen=True)
class PersonaInfo:
    id: str
    position: int
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
    position: int
    title: str
    context: str
    goal: str
    state: str  # current | future
    persona_id: str | None
    duplicated_from: str | None = None  # the journey this one was copied from


@dataclass(frozen=True)
class MetricInfo:
    id: str
    stage_id: str
    position: int
    name: str
    value_before: float | None
    value_after: float | None
    target: float | None
    unit: str
    kind: str = "custom"  # custom | nps | csat | ces | conversion
    source: str = ""
    measured_before: str = ""  # YYYY-MM-DD or ""
    measured_after: str = ""
    inputs: str = ""  # the answer counts the values were computed from (indicators.py)


@dataclass(frozen=True)
class StageInfo:
    id: str
    journey_id: str
    position: int
    title: str
    description: str
    colour: str
    width: int
    origin_stage_id: str | None = None  # in a duplicated journey, the stage it was copied from
    metrics: tuple[MetricInfo, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True)
class LaneInfo:
    id: str
    journey_id: str
    position: int
    kind: str
    title: str
    colour: str
    height: int
    hidden: bool
    blueprint_role: str = ""  # "" | evidence | customer | frontstage | backstage | support


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
    key_touchpoint: bool = False
    effort_kind: str = ""  # a pain's: cognitive | physical | financial | emotional | time
    magic_moment: bool = False  # a gain beyond expectations
    due_date: str = ""  # an opportunity's, YYYY-MM-DD
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


@dataclass(frozen=True)
class ConnectionInfo:
    """An arrow from one card to another of the same journey."""

    id: str
    from_card_id: str
    to_card_id: str


@dataclass(frozen=True)
class LinkInfo:
    """One piece of evidence shown on one element, at a place in that element's list."""

    id: str
    evidence_id: str
    position: int
    card_id: str | None
    emotion_point_id: str | None
    stage_id: str | None
    persona_id: str | None
    journey_id: str | None

    @property
    def target(self) -> tuple[str, str]:
        """(target kind, target id) of this link."""
        return link_target(self)


NOT_COLUMNS = frozenset({"evidence", "metrics", "thumbnail"})


def columns(entity: type[Base], info: type) -> list[InstrumentedAttribute[Any]]:
    """`entity`'s columns named and ordered like the fields of the dataclass `info` (but the
    ones the rows do not hold: attached evidence, a stage's metrics), to build it from a row."""
    return [getattr(entity, f.name) for f in fields(info) if f.name not in NOT_COLUMNS]
