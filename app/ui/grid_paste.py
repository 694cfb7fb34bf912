"""Rows copied from a spreadsheet, pasted on a cell: one card per spreadsheet cell, spreading
right across the stages and down across the lanes from that cell (or down the cell itself
when the rows have one column). Pure placement; `MapEdits.paste` makes it one step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.model.table_fields import field_named

from .clipboard import MAX_PASTED_CARDS

_TITLE = field_named("cards", "title")
MAX_TITLE = (_TITLE.max_length if _TITLE else None) or 500


@dataclass(frozen=True)
class GridPaste:
    """The cards to add (`add_cards` specs) and how many filled cells found no place."""

    cards: list[dict[str, Any]]
    outside: int


def place_grid(
    grid: list[list[str]],
    stage_ids: list[str],
    lane_ids: list[str],
    stage_id: str,
    lane_id: str,
) -> GridPaste:
    """`lane_ids`: the lanes that take cards, top to bottom (no emotion or hidden lane)."""
    if stage_id not in stage_ids or lane_id not in lane_ids:
        return GridPaste([], sum(1 for row in grid for cell in row if cell.strip()))
    one_column = max((len(row) for row in grid), default=0) <= 1
    first_stage, first_lane = stage_ids.index(stage_id), lane_ids.index(lane_id)
    cards: list[dict[str, Any]] = []
    outside = 0
    for row_number, row in enumerate(grid):
        for column_number, cell in enumerate(row):
            if not cell.strip():
                continue
            if one_column:
                stage, lane = first_stage, first_lane
            else:
                stage, lane = first_stage + column_number, first_lane + row_number
            if stage >= len(stage_ids) or lane >= len(lane_ids) or len(cards) >= MAX_PASTED_CARDS:
                outside += 1
                continue
            title, _, body = cell.strip().partition("\n")
            if len(title) > MAX_TITLE:
                title, body = title[:MAX_TITLE], (title[MAX_TITLE:] + "\n" + body).strip()
            cards.append(
                {
                    "lane_id": lane_ids[lane],
                    "stage_id": stage_ids[stage],
                    "title": title.strip(),
                    "body": body.strip(),
                }
            )
    return GridPaste(cards, outside)
