"""An import stays within the map's stated limits (limits.py), row by row.

A spreadsheet may hold 20,000 rows, and its rows may name stages and lanes the journey lacks;
applied whole, it could make a map that Save refuses to write and no Parcours would open. So
the plan admits rows in the file's order while the map has room, and refuses each row past a
limit with its own sentence (like any other refused row, it is in the report and the preview):
the journey's and the map's stages and lanes, the map's cards or metrics, and the characters
of text of the whole map. A stage or lane the import would create counts once, for the first
row that needs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from . import limits
from .fileformat import free_text_columns, written_characters
from .schema import Base, Card, Lane, Metric, Stage
from .table_fields import table_source

if TYPE_CHECKING:
    from .document import JourneyDocument
    from .table_import import ImportPlan, RowPlan

STAGE_LIMIT = "Row %1: its new stage “%2” would be one too many (a journey holds at most %3)."
LANE_LIMIT = "Row %1: its new lane “%2” would be one too many (a journey holds at most %3)."
MAP_STAGE_LIMIT = "Row %1: its new stage “%2” would be one too many (a map holds at most %3)."
MAP_LANE_LIMIT = "Row %1: its new lane “%2” would be one too many (a map holds at most %3)."
CARD_LIMIT = "Row %1: one card too many (a map holds at most %2)."
METRIC_LIMIT = "Row %1: one metric too many (a map holds at most %2)."
TEXT_LIMIT = "Row %1: the map's text would pass %2 characters, the most a map holds."
LIMIT_MESSAGES = (
    STAGE_LIMIT, LANE_LIMIT, MAP_STAGE_LIMIT, MAP_LANE_LIMIT, CARD_LIMIT, METRIC_LIMIT, TEXT_LIMIT
)  # fmt: skip


def limit_plan(document: JourneyDocument, plan: ImportPlan, existing: Mapping[str, Any]) -> None:
    """Refuse the rows of `plan` that would take the map past a limit; `existing`: the
    journey's cards (or metrics) by id, as read for the plan (an update's old text)."""
    from .table_import import Problem

    session = document.session
    session.flush()

    def count(table: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(table).where(*where)) or 0)

    room = {
        "stage": limits.PER_JOURNEY[0].most - count(Stage, Stage.journey_id == plan.journey_id),
        "lane": limits.PER_JOURNEY[1].most - count(Lane, Lane.journey_id == plan.journey_id),
        "map stage": limits.LIMIT_OF["stage"].most - count(Stage),
        "map lane": limits.LIMIT_OF["lane"].most - count(Lane),
    }
    kind = "metric" if plan.table == "metrics" else "card"
    rows_left = limits.LIMIT_OF[kind].most - count(Metric if kind == "metric" else Card)
    raw = session.connection().connection.dbapi_connection
    text_left = limits.MAX_TEXT_CHARS - written_characters(raw)  # type: ignore[arg-type]
    written = free_text_columns(Base.metadata.tables[table_source(plan.table)])
    admitted: set[str] = set()
    for row in plan.rows:
        if row.action not in ("add", "update"):
            continue
        problem = _new_place(row, "stage", plan.new_stages, room, admitted)
        if problem is None and plan.table != "metrics":
            lanes = {key: title for key, (title, _kind) in plan.new_lanes.items()}
            problem = _new_place(row, "lane", lanes, room, admitted)
        if problem is None and row.action == "add" and rows_left <= 0:
            template = METRIC_LIMIT if kind == "metric" else CARD_LIMIT
            problem = (template, f"{limits.LIMIT_OF[kind].most:,}")
        old = existing.get(row.target or "")
        text = sum(
            len(value) - len(getattr(old, name, None) or "")
            for name, value in row.values.items()
            if name in written and isinstance(value, str)
        )
        if problem is None and text > text_left:
            problem = (TEXT_LIMIT, f"{limits.MAX_TEXT_CHARS:,}")
        if problem is not None:
            row.action = "refused"
            row.problems.append(Problem(problem[0], (str(row.number), *problem[1:])))
            continue
        text_left -= text
        rows_left -= row.action == "add"
        for new in (row.stage, row.lane):
            if new and new.startswith("new:") and new not in admitted:
                admitted.add(new)
                kind_of_new = "stage" if new == row.stage else "lane"
                room[kind_of_new] -= 1
                room[f"map {kind_of_new}"] -= 1


def _new_place(
    row: RowPlan,
    kind: str,
    titles: Mapping[str, str],
    room: dict[str, int],
    admitted: set[str],
) -> tuple[str, ...] | None:
    """Why the row's new stage (or lane) cannot be made, or None."""
    new = row.stage if kind == "stage" else row.lane
    if not new or not new.startswith("new:") or new in admitted:
        return None
    title = titles.get(new.removeprefix("new:"), "")
    if room[kind] <= 0:
        most = limits.PER_JOURNEY[0 if kind == "stage" else 1].most
        return (STAGE_LIMIT if kind == "stage" else LANE_LIMIT, title, f"{most:,}")
    if room[f"map {kind}"] <= 0:
        most = limits.LIMIT_OF[kind].most
        return (MAP_STAGE_LIMIT if kind == "stage" else MAP_LANE_LIMIT, title, f"{most:,}")
    return None
