"""Verbs on what fills the grid: cards in cells, emotion points, stage metrics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, insert, select

from . import indicators
from .changes import Change
from .errors import InvalidEditError
from .schema import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    CardConnection,
    EmotionPoint,
    Lane,
    Metric,
    Stage,
    new_id,
)
from .verbs_base import VerbBase

CARD_FIELDS = (
    "title", "body", "colour", "channel", "direct", "physical", "touchpoint_state", "owner",
    "sentiment", "moment_of_truth", "impact", "effort", "status", "key_touchpoint",
    "effort_kind", "magic_moment", "due_date",
)  # fmt: skip
EMOTION_FIELDS = ("label", "card_id")
METRIC_FIELDS = (
    "name", "value_before", "value_after", "target", "unit", "kind", "source",
    "measured_before", "measured_after",
)  # fmt: skip


class CardVerbs(VerbBase):
    """Cards move between cells (lane x stage) and within a cell; points move along the curve."""

    def _check_cell(self, lane_id: str, stage_id: str) -> Lane:
        lane, stage = self._get(Lane, lane_id), self._get(Stage, stage_id)
        if lane.journey_id != stage.journey_id:
            raise InvalidEditError("different_journeys")
        return lane

    def _check_card_in_journey(self, card_id: str, journey_id: str) -> None:
        if self._get(Lane, self._get(Card, card_id).lane_id).journey_id != journey_id:
            raise InvalidEditError("point_card_elsewhere")

    # -- cards ---------------------------------------------------------------------------

    def add_card(
        self, lane_id: str, stage_id: str, title: str, position: int | None = None, **fields: Any
    ) -> Change:
        with self._edit() as session:
            lane = self._check_cell(lane_id, stage_id)
            if lane.kind == "emotion":
                raise InvalidEditError("no_cards_in_emotion_lane")
            card = Card(id=new_id(), lane_id=lane_id, stage_id=stage_id, title=title)
            self._apply(card, fields, CARD_FIELDS)
            session.add(card)
            moved = self._place(self._cell(lane_id, stage_id), card, position)
        return self._emit(Change("add_card", added=(("card", card.id),), updated=tuple(moved)))

    def add_cards(self, cards: Sequence[dict[str, Any]]) -> Change:
        """Add many cards at once (an import, a pasted grid), each at the end of its cell.

        Each dict holds `lane_id`, `stage_id`, `title` and any of `CARD_FIELDS`. The cells are
        checked with one query, counted with one, and the rows go in with one INSERT, so 2,000
        cards cost what a few dozen added one by one do; the schema's constraints still check
        every value (and refuse the whole verb)."""
        with self._edit() as session:
            lane_ids = {spec["lane_id"] for spec in cards}
            stage_ids = {spec["stage_id"] for spec in cards}
            lane_rows = select(Lane.id, Lane.journey_id, Lane.kind).where(Lane.id.in_(lane_ids))
            lanes = {key: (journey, kind) for key, journey, kind in session.execute(lane_rows)}
            stage_rows = select(Stage.id, Stage.journey_id).where(Stage.id.in_(stage_ids))
            stages: dict[str, str] = dict(session.execute(stage_rows).all())
            ends: dict[tuple[str, str], int] = {}
            counts = select(Card.lane_id, Card.stage_id, func.max(Card.position) + 1).where(
                Card.lane_id.in_(lane_ids), Card.stage_id.in_(stage_ids)
            )
            for lane_id, stage_id, end in session.execute(
                counts.group_by(Card.lane_id, Card.stage_id)
            ):
                ends[(lane_id, stage_id)] = end
            rows = []
            for spec in cards:
                values = dict(spec)
                lane_id, stage_id = values.pop("lane_id"), values.pop("stage_id")
                if lane_id not in lanes or stage_id not in stages:
                    raise InvalidEditError("That lane or stage no longer exists in this map.")
                journey, kind = lanes[lane_id]
                if journey != stages[stage_id]:
                    raise InvalidEditError("That lane and that stage belong to different journeys.")
                if kind == "emotion":
                    raise InvalidEditError("An emotion lane holds emotion points, not cards.")
                probe = Card()  # the values pass the checks every verb's fields pass
                self._apply(probe, values, CARD_FIELDS)
                values = {name: getattr(probe, name) for name in values}
                cell = (lane_id, stage_id)
                position = ends.get(cell, 0)
                ends[cell] = position + 1
                place = {"lane_id": lane_id, "stage_id": stage_id, "position": position}
                rows.append({**_card_defaults(), **values, **place, "id": new_id()})
            if rows:
                session.execute(insert(Card), rows)
        return self._emit(Change("add_cards", added=tuple(("card", row["id"]) for row in rows)))

    def update_card(self, card_id: str, **fields: Any) -> Change:
        with self._edit():
            card = self._get(Card, card_id)
            changed = self._apply(card, fields, CARD_FIELDS)
        return self._emit(Change("update_card", updated=(("card", card_id),) if changed else ()))

    def move_card(
        self, card_id: str, lane_id: str, stage_id: str, position: int | None = None
    ) -> Change:
        """Move a card to another cell, or reorder it inside its cell (position None = last)."""
        with self._edit() as session:
            card = self._get(Card, card_id)
            lane = self._check_cell(lane_id, stage_id)
            if lane.kind == "emotion":
                raise InvalidEditError("no_cards_in_emotion_lane")
            card.lane_id, card.stage_id = lane_id, stage_id
            session.flush()
            moved = self._place(self._cell(lane_id, stage_id), card, position)
        return self._emit(Change("move_card", updated=(("card", card_id), *moved)))

    def delete_cards(self, card_ids: Sequence[str]) -> Change:
        return self._delete("delete_cards", "card", list(card_ids))

    def _cell(self, lane_id: str, stage_id: str) -> list[Card]:
        return self._ordered(Card, Card.lane_id == lane_id, Card.stage_id == stage_id)

    # -- emotion points ------------------------------------------------------------------

    def add_emotion_point(
        self,
        lane_id: str,
        stage_id: str,
        value: float,
        offset: float = 0.5,
        label: str = "",
        card_id: str | None = None,
    ) -> Change:
        with self._edit() as session:
            lane = self._check_cell(lane_id, stage_id)
            if lane.kind != "emotion":
                raise InvalidEditError("points_in_emotion_lane")
            if card_id is not None:
                self._check_card_in_journey(card_id, lane.journey_id)
            point = EmotionPoint(
                id=new_id(),
                lane_id=lane_id,
                stage_id=stage_id,
                value=_emotion(value),
                offset=_offset(offset),
                label=label,
                card_id=card_id,
            )
            session.add(point)
        return self._emit(Change("add_emotion_point", added=(("emotion_point", point.id),)))

    def set_emotion_value(self, point_id: str, value: float) -> Change:
        """How the customer feels at this point, from -5 (worst) to +5 (best)."""
        with self._edit():
            point = self._get(EmotionPoint, point_id)
            changed = self._apply(point, {"value": _emotion(value)}, ("value",))
        return self._emit(
            Change("set_emotion_value", updated=(("emotion_point", point_id),) * changed)
        )

    def move_emotion_point(self, point_id: str, stage_id: str, offset: float) -> Change:
        """Move a point along the journey: to a stage, and where inside it (0 left .. 1 right)."""
        with self._edit():
            point = self._get(EmotionPoint, point_id)
            self._check_cell(point.lane_id, stage_id)
            changed = self._apply(
                point, {"stage_id": stage_id, "offset": _offset(offset)}, ("stage_id", "offset")
            )
        return self._emit(
            Change("move_emotion_point", updated=(("emotion_point", point_id),) * changed)
        )

    def update_emotion_point(self, point_id: str, **fields: Any) -> Change:
        with self._edit():
            point = self._get(EmotionPoint, point_id)
            if fields.get("card_id") is not None:
                self._check_card_in_journey(
                    fields["card_id"], self._get(Lane, point.lane_id).journey_id
                )
            changed = self._apply(point, fields, EMOTION_FIELDS)
        return self._emit(
            Change("update_emotion_point", updated=(("emotion_point", point_id),) * changed)
        )

    def delete_emotion_points(self, point_ids: Sequence[str]) -> Change:
        return self._delete("delete_emotion_points", "emotion_point", list(point_ids))

    # -- metrics -------------------------------------------------------------------------

    def add_metric(
        self, stage_id: str, name: str, position: int | None = None, **fields: Any
    ) -> Change:
        with self._edit() as session:
            self._get(Stage, stage_id)
            metric = Metric(id=new_id(), stage_id=stage_id, name=name)
            self._apply(metric, fields, METRIC_FIELDS)
            session.add(metric)
            moved = self._place(
                self._ordered(Metric, Metric.stage_id == stage_id), metric, position
            )
        return self._emit(
            Change("add_metric", added=(("metric", metric.id),), updated=tuple(moved))
        )

    def update_metric(self, metric_id: str, **fields: Any) -> Change:
        """Edit a metric. A value typed by hand drops the counts it was computed from (they
        would disagree), and so does another kind (the counts no longer fit)."""
        with self._edit():
            metric = self._get(Metric, metric_id)
            changed = self._apply(metric, fields, METRIC_FIELDS)
            inputs = _inputs(metric)
            if "kind" in fields:
                inputs = indicators.MetricInputs()
            for phase in indicators.PHASES:
                value = getattr(metric, f"value_{phase}")
                computed = indicators.compute(metric.kind, inputs, phase)
                if inputs.phase(phase) is not None and value != computed:
                    inputs = inputs.with_phase(phase, None)
            kept = indicators.dump_inputs(inputs)
            if kept != metric.inputs:
                metric.inputs, changed = kept, True
        return self._emit(Change("update_metric", updated=(("metric", metric_id),) * changed))

    def set_metric_inputs(
        self,
        metric_id: str,
        phase: str | None,
        counts: Mapping[str, int] | None = None,
        method: str | None = None,
        scale: int | None = None,
    ) -> Change:
        """Compute a phase's value ("before" or "after") the method's way, from the counts of
        answers (`indicators.keys` names them), and keep the counts; None forgets them (the
        value stays). `method` (CSAT: share or mean) and `scale` (CES: 5 or 7) apply to both
        phases, whose values are computed again (with `phase` None, only they change)."""
        if phase is not None and phase not in indicators.PHASES:
            raise InvalidEditError("metric_phase")
        with self._edit():
            metric = self._get(Metric, metric_id)
            inputs = _inputs(metric)
            if method is not None:
                if method not in indicators.CSAT_METHODS:
                    raise InvalidEditError("csat_method")
                inputs = replace(inputs, method=method)
            if scale is not None:
                if scale not in indicators.CES_SCALES:
                    raise InvalidEditError("ces_scale")
                inputs = replace(inputs, scale=scale)
            if phase is not None:
                if counts is not None:
                    counts = indicators.check_counts(metric.kind, inputs, counts)
                inputs = inputs.with_phase(phase, counts)
            for each in indicators.PHASES:  # CES counts on another scale
                kept = inputs.phase(each)
                if kept is not None and metric.kind == "ces":
                    inputs = inputs.with_phase(each, _on_scale(kept, inputs))
            values: dict[str, Any] = {"inputs": indicators.dump_inputs(inputs)}
            for each in indicators.PHASES:
                if inputs.phase(each) is not None:
                    values[f"value_{each}"] = indicators.compute(metric.kind, inputs, each)
            changed = self._apply(metric, values, ("inputs", "value_before", "value_after"))
        return self._emit(Change("set_metric_inputs", updated=(("metric", metric_id),) * changed))

    def move_metric(self, metric_id: str, position: int, stage_id: str | None = None) -> Change:
        """Reorder a metric among its stage's (or move it to another stage of its journey)."""
        with self._edit() as session:
            metric = self._get(Metric, metric_id)
            if stage_id is not None and stage_id != metric.stage_id:
                old, new = self._get(Stage, metric.stage_id), self._get(Stage, stage_id)
                if old.journey_id != new.journey_id:
                    raise InvalidEditError("metric_elsewhere")
                metric.stage_id = stage_id
                session.flush()
            siblings = self._ordered(Metric, Metric.stage_id == metric.stage_id)
            moved = self._place(siblings, metric, position)
        return self._emit(Change("move_metric", updated=(("metric", metric_id), *moved)))

    def delete_metric(self, metric_id: str) -> Change:
        return self._delete("delete_metric", "metric", [metric_id])

    # -- connections ---------------------------------------------------------------------

    def add_connection(self, from_card_id: str, to_card_id: str) -> Change:
        """An arrow from one card to another of the same journey (the path the customer takes)."""
        with self._edit() as session:
            if from_card_id == to_card_id:
                raise InvalidEditError("self_connection")
            ends = [self._get(Lane, self._get(Card, k).lane_id) for k in (from_card_id, to_card_id)]
            if ends[0].journey_id != ends[1].journey_id:
                raise InvalidEditError("connection_elsewhere")
            existing = session.scalars(
                select(CardConnection.id).where(
                    CardConnection.from_card_id == from_card_id,
                    CardConnection.to_card_id == to_card_id,
                )
            ).first()
            if existing is not None:
                raise InvalidEditError("already_connected")
            link = CardConnection(id=new_id(), from_card_id=from_card_id, to_card_id=to_card_id)
            session.add(link)
        return self._emit(Change("add_connection", added=(("connection", link.id),)))

    def delete_connections(self, connection_ids: Sequence[str]) -> Change:
        return self._delete("delete_connections", "connection", list(connection_ids))


def _on_scale(counts: Mapping[str, int], inputs: indicators.MetricInputs) -> dict[str, int]:
    """CES counts on the current scale (1-5 or 1-7): a score the scale lacks must count none."""
    wanted = indicators.keys("ces", inputs)
    if any(count for key, count in counts.items() if key not in wanted):
        raise InvalidEditError("beyond_scale")
    return {key: counts.get(key, 0) for key in wanted}


def _inputs(metric: Metric) -> indicators.MetricInputs:
    return indicators.parse_inputs(metric.kind, metric.inputs) or indicators.MetricInputs()


def _card_defaults() -> dict[str, Any]:
    """A new card's values before its own: the schema's defaults (times of now, no id)."""
    values = {}
    for column in Card.__table__.columns:
        default = column.default
        if default is None or column.name == "id":
            continue
        arg = default.arg
        values[column.name] = arg(None) if callable(arg) else arg
    return values


def _emotion(value: float) -> float:
    if not EMOTION_MIN <= float(value) <= EMOTION_MAX:
        raise InvalidEditError("emotion_range")
    return float(value)


def _offset(offset: float) -> float:
    if not 0.0 <= float(offset) <= 1.0:
        raise InvalidEditError("offset_range")
    return float(offset)
