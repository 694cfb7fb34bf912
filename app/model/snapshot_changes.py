"""A journey's snapshot brought up to date by one step's change record, not read again.

The editor keeps the snapshot of the journey it shows; after every step (an edit, an undo, a
redo, a script's verbs) it hands that snapshot and the step's `Change` here. Rows the step
wrote come from the record itself (their images after the step); only the evidence of elements
whose links or evidence changed, and pictures newly shown, are read, for those elements alone.
Unchanged cards stay the very same objects, which the layout recognises at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from datetime import datetime
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from .changes import Change
from .errors import InvalidEditError
from .infos import (
    NOT_COLUMNS,
    CardInfo,
    ConnectionInfo,
    EmotionPointInfo,
    EvidenceInfo,
    JourneyInfo,
    LaneInfo,
    MetricInfo,
    PersonaInfo,
    ProjectInfo,
    StageInfo,
)
from .journal import RowChange
from .schema import ENTITIES, Flag
from .snapshot import Cell, JourneySnapshot, evidence_by_target, read_assets

if TYPE_CHECKING:
    from .document import JourneyDocument

InfoT = TypeVar("InfoT")
_INFO_OF_TABLE: dict[str, type] = {
    "project": ProjectInfo,
    "persona": PersonaInfo,
    "journey": JourneyInfo,
    "stage": StageInfo,
    "lane": LaneInfo,
    "card": CardInfo,
    "emotion_point": EmotionPointInfo,
    "metric": MetricInfo,
    "evidence": EvidenceInfo,
    "connection": ConnectionInfo,
}


@cache
def _flags(table: str) -> frozenset[str]:
    columns = ENTITIES[table].__table__.columns
    return frozenset(c.name for c in columns if isinstance(c.type, Flag))


@cache
def _names(info: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(info) if f.name not in NOT_COLUMNS)


def info_of(table: str, image: Mapping[str, Any], **extra: Any) -> Any:
    """The read model of a row image from the journal (flags as bools, as queries give)."""
    info = _INFO_OF_TABLE[table]
    flags = _flags(table)
    values = {n: (bool(image[n]) if n in flags else image[n]) for n in _names(info)}
    return info(**values, **extra)


def changed_snapshot(
    document: JourneyDocument,
    previous: JourneySnapshot,
    change: Change,
    with_pictures: bool = False,
) -> JourneySnapshot:
    """`previous` as it is after the step `change` describes.

    Raises `InvalidEditError` when the step removed the journey itself."""
    rows = change.rows
    if not rows:
        return previous
    journey_id = previous.journey.id
    by_table: dict[str, list[RowChange]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    journey, project = previous.journey, previous.project
    for row in by_table.get("journey", ()):
        if row.key == journey_id:
            if row.removed:
                raise InvalidEditError("journey_gone")
            journey = info_of("journey", row.row)
    for row in by_table.get("project", ()):
        if not row.removed:
            project = info_of("project", row.row)
    stages = _merge(
        previous.stages, by_table.get("stage", ()), "stage", journey_id, _keep_stage_extras
    )
    lanes = _merge(previous.lanes, by_table.get("lane", ()), "lane", journey_id, None)
    stage_ids = {s.id for s in stages}
    lane_ids = {lane.id for lane in lanes}

    evidence_targets = _evidence_targets(document, by_table)
    cells = _cells(previous, by_table.get("card", ()), stage_ids, lane_ids)
    points = _points(previous, by_table.get("emotion_point", ()), stages, lane_ids)
    stages = _with_metrics(stages, by_table.get("metric", ()))
    persona = _persona(document, previous, journey, by_table.get("persona", ()))

    wanted = set(evidence_targets)
    if (
        journey.persona_id
        and persona is not None
        and persona.id != getattr(previous.persona, "id", None)
    ):
        wanted.add(persona.id)
    found = evidence_by_target(document, wanted=wanted) if wanted else {}
    if wanted:
        cells, points, stages, persona = _with_evidence(
            wanted, found, cells, points, stages, persona
        )
    journey_evidence = (
        tuple(found.get(journey_id, ())) if journey_id in wanted else previous.evidence
    )
    assets = _assets(
        document,
        previous,
        (cells, points, stages, journey_evidence),
        persona,
        bool(wanted),
        with_pictures,
    )
    stamps = [s for s in (previous.modified_at, *_update_times(rows)) if s is not None]
    moments = previous.moments
    if moments is not None and "card" in by_table:
        moments = _moments(moments, by_table["card"], stage_ids, lane_ids)
    connections = previous.connections
    if "connection" in by_table:  # a card deleted takes its connections along in the same step
        connections = _connections(connections, by_table["connection"], cells)
    return replace(
        previous,
        project=project,
        journey=journey,
        persona=persona,
        stages=stages,
        lanes=lanes,
        cells=MappingProxyType(cells),
        emotion_points=MappingProxyType(points),
        evidence=journey_evidence,
        assets=assets,
        file_name=document.path.name if document.path is not None else document.display_name,
        modified_at=max(stamps, default=None),
        moments=moments,
        connections=connections,
    )


def _connections(
    old: tuple[ConnectionInfo, ...],
    rows: Iterable[RowChange],
    cells: Mapping[Cell, tuple[CardInfo, ...]],
) -> tuple[ConnectionInfo, ...]:
    """The journey's connections after the step: those whose both cards it still shows."""
    current = {c.id: c for c in old}
    for row in rows:
        current.pop(row.key, None)
        if row.after is not None:
            current[row.key] = info_of("connection", row.after)
    if not current:
        return () if old else old
    shown = {card.id for cards in cells.values() for card in cards}
    kept = tuple(
        sorted(
            (c for c in current.values() if c.from_card_id in shown and c.to_card_id in shown),
            key=lambda c: c.id,
        )
    )
    return old if kept == old else kept


def _moments(
    moments: frozenset[str], rows: Iterable[RowChange], stages: set[str], lanes: set[str]
) -> frozenset[str]:
    found = set(moments)
    for row in rows:
        after = row.after
        if (
            after
            and after["moment_of_truth"]
            and after["lane_id"] in lanes
            and after["stage_id"] in stages
        ):
            found.add(row.key)
        else:
            found.discard(row.key)
    return frozenset(found)


def _merge(
    old: tuple[Any, ...],
    rows: Iterable[RowChange],
    table: str,
    journey_id: str,
    extras: Callable[[Any | None], dict[str, Any]] | None,
) -> tuple[Any, ...]:
    """Stages or lanes after the step, in their order."""
    current = {item.id: item for item in old}
    touched = False
    for row in rows:
        if row.row.get("journey_id") != journey_id:
            continue
        touched = True
        if row.removed:
            current.pop(row.key, None)
        else:
            kept = extras(current.get(row.key)) if extras else {}
            current[row.key] = info_of(table, row.row, **kept)
    if not touched:
        return old
    return tuple(sorted(current.values(), key=lambda item: (item.position, item.id)))


def _keep_stage_extras(stage: StageInfo | None) -> dict[str, Any]:
    if stage is None:
        return {}
    return {"metrics": stage.metrics, "evidence": stage.evidence}


def _cells(
    previous: JourneySnapshot,
    rows: Iterable[RowChange],
    stage_ids: set[str],
    lane_ids: set[str],
) -> dict[Cell, tuple[CardInfo, ...]]:
    cells = {
        cell: cards
        for cell, cards in previous.cells.items()
        if cell[0] in lane_ids and cell[1] in stage_ids
    }
    touched: dict[Cell, dict[str, CardInfo]] = {}

    def cell_of(key: Cell) -> dict[str, CardInfo]:
        if key not in touched:
            touched[key] = {c.id: c for c in cells.get(key, ())}
        return touched[key]

    def old_card(row: RowChange) -> CardInfo | None:
        if row.before is None:
            return None
        cards = previous.cells.get((row.before["lane_id"], row.before["stage_id"]), ())
        return next((c for c in cards if c.id == row.key), None)

    for row in rows:
        if row.before is not None:
            cell_of((row.before["lane_id"], row.before["stage_id"])).pop(row.key, None)
        if row.after is not None:
            where = (row.after["lane_id"], row.after["stage_id"])
            if where[0] in lane_ids and where[1] in stage_ids:
                old = old_card(row)
                evidence = old.evidence if old is not None else ()
                cell_of(where)[row.key] = info_of("card", row.after, evidence=evidence)
    for key, cards in touched.items():
        if key[0] in lane_ids and key[1] in stage_ids and cards:
            cells[key] = tuple(sorted(cards.values(), key=lambda c: (c.position, c.id)))
        else:
            cells.pop(key, None)
    return cells


def _points(
    previous: JourneySnapshot,
    rows: Iterable[RowChange],
    stages: tuple[StageInfo, ...],
    lane_ids: set[str],
) -> dict[str, tuple[EmotionPointInfo, ...]]:
    order = {stage.id: index for index, stage in enumerate(stages)}
    points = {lane: pts for lane, pts in previous.emotion_points.items() if lane in lane_ids}
    touched: dict[str, dict[str, EmotionPointInfo]] = {}
    old_points = {
        p.id: p
        for lane in {r.before["lane_id"] for r in rows if r.before is not None}
        for p in previous.emotion_points.get(lane, ())
    }
    for row in rows:
        for image in (row.before, row.after):
            if image is not None and image["lane_id"] in lane_ids:
                touched.setdefault(
                    image["lane_id"], {p.id: p for p in points.get(image["lane_id"], ())}
                )
        if row.before is not None and row.before["lane_id"] in touched:
            touched[row.before["lane_id"]].pop(row.key, None)
        if row.after is not None and row.after["lane_id"] in touched:
            old = old_points.get(row.key)
            evidence = old.evidence if old is not None else ()
            touched[row.after["lane_id"]][row.key] = info_of(
                "emotion_point", row.after, evidence=evidence
            )
    stage_order_changed = tuple(s.id for s in stages) != tuple(s.id for s in previous.stages)
    for lane in list(points) if stage_order_changed else []:
        touched.setdefault(lane, {p.id: p for p in points[lane]})
    for lane, found in touched.items():
        kept = [p for p in found.values() if p.stage_id in order]
        if kept:
            points[lane] = tuple(sorted(kept, key=lambda p: (order[p.stage_id], p.offset, p.id)))
        else:
            points.pop(lane, None)
    return points


def _with_metrics(
    stages: tuple[StageInfo, ...], rows: Iterable[RowChange]
) -> tuple[StageInfo, ...]:
    changed: dict[str, dict[str, MetricInfo]] = {}
    by_id = {stage.id: stage for stage in stages}
    for row in rows:
        for image in (row.before, row.after):
            if image is not None and image["stage_id"] in by_id:
                changed.setdefault(
                    image["stage_id"], {m.id: m for m in by_id[image["stage_id"]].metrics}
                )
        if row.before is not None and row.before["stage_id"] in changed:
            changed[row.before["stage_id"]].pop(row.key, None)
        if row.after is not None and row.after["stage_id"] in changed:
            changed[row.after["stage_id"]][row.key] = info_of("metric", row.after)
    if not changed:
        return stages
    return tuple(
        replace(
            stage,
            metrics=tuple(sorted(changed[stage.id].values(), key=lambda m: (m.position, m.id))),
        )
        if stage.id in changed
        else stage
        for stage in stages
    )


def _persona(
    document: JourneyDocument,
    previous: JourneySnapshot,
    journey: JourneyInfo,
    rows: Iterable[RowChange],
) -> PersonaInfo | None:
    persona = previous.persona
    if journey.persona_id is None:
        return None
    if persona is None or persona.id != journey.persona_id:
        found = document.persona(journey.persona_id)
        return found
    for row in rows:
        if row.key == persona.id and not row.removed:
            return info_of("persona", row.row, evidence=persona.evidence)
    return persona


def _evidence_targets(document: JourneyDocument, by_table: dict[str, list[RowChange]]) -> set[str]:
    """Ids of the elements whose list of evidence the step may have changed."""
    targets: set[str] = set()
    for row in by_table.get("evidence_link", ()):
        for image in (row.before, row.after):
            if image is not None:
                targets.update(
                    image[f"{kind}_id"]
                    for kind in ("card", "emotion_point", "stage", "persona", "journey")
                    if image[f"{kind}_id"]
                )
    edited = [row.key for row in by_table.get("evidence", ()) if not row.added]
    for evidence_id in edited:
        targets.update(key for _kind, key in document.links(evidence_id))
    return targets


def _with_evidence(
    wanted: set[str],
    found: Mapping[str, list[EvidenceInfo]],
    cells: dict[Cell, tuple[CardInfo, ...]],
    points: dict[str, tuple[EmotionPointInfo, ...]],
    stages: tuple[StageInfo, ...],
    persona: PersonaInfo | None,
) -> tuple[Any, ...]:
    def fresh(key: str) -> tuple[EvidenceInfo, ...]:
        return tuple(found.get(key, ()))

    for cell, cards in cells.items():
        if any(c.id in wanted for c in cards):
            cells[cell] = tuple(
                replace(c, evidence=fresh(c.id)) if c.id in wanted else c for c in cards
            )
    for lane, pts in points.items():
        if any(p.id in wanted for p in pts):
            points[lane] = tuple(
                replace(p, evidence=fresh(p.id)) if p.id in wanted else p for p in pts
            )
    stages = tuple(replace(s, evidence=fresh(s.id)) if s.id in wanted else s for s in stages)
    if persona is not None and persona.id in wanted:
        persona = replace(persona, evidence=fresh(persona.id))
    return cells, points, stages, persona


def _assets(
    document: JourneyDocument,
    previous: JourneySnapshot,
    snapshot_parts: tuple[Any, ...],
    persona: PersonaInfo | None,
    evidence_changed: bool,
    with_pictures: bool,
) -> Mapping[str, Any]:
    """The pictures the journey shows: when evidence changed, exactly those (the layout's
    cache depends on that set); else the previous ones, and the persona's photo."""
    if not evidence_changed and (persona is None or persona.photo_sha256 in previous.assets):
        return previous.assets
    cells, points, stages, journey_evidence = snapshot_parts
    shown: set[str] = set()
    for group in (
        *(c.evidence for cards in cells.values() for c in cards),
        *(p.evidence for pts in points.values() for p in pts),
        *(s.evidence for s in stages),
        journey_evidence,
        persona.evidence if persona is not None else (),
    ):
        shown.update(e.asset_sha256 for e in group if e.asset_sha256)
    if persona is not None and persona.photo_sha256:
        shown.add(persona.photo_sha256)
    if shown == set(previous.assets):
        return previous.assets
    kept = {key: value for key, value in previous.assets.items() if key in shown}
    missing = shown - set(kept)
    if missing:
        kept.update(read_assets(document, missing, with_pictures))
    return MappingProxyType(kept)


def _update_times(rows: Iterable[RowChange]) -> Iterable[datetime]:
    for row in rows:
        if row.after is not None and row.table in ("card", "journey"):
            stamp = row.after.get("updated_at")
            if isinstance(stamp, str):
                yield datetime.fromisoformat(stamp)
