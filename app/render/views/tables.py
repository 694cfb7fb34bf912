"""The views that are tables (the action plan, the touchpoint inventory) as spreadsheet sheets.

They are written by the spreadsheet writers of app/model/table_export.py, so that a plan
exported from the analysis views and a table exported from the map share one way of writing:
typed cells in XLSX (numbers, dates, yes/no, a frozen and filtered header row), formulas made
plain text in both CSV and XLSX, the UTF-8 BOM Excel needs for accents.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from app.model.analysis import inventory, opportunities
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.model.table_export import Sheet
from app.model.table_fields import Field

from ..errors import ExportError
from .page import PageContext
from .pages import TABLE_VIEWS, chosen_journeys
from .plan import COLUMNS, plan_cells

if TYPE_CHECKING:
    from app.model.document import JourneyDocument

# worksheet names (at most 31 characters in a workbook)
SHEET_TITLES = {
    "plan": ("Action plan", "Plan d’actions"),
    "inventory": ("Touchpoints", "Points de contact"),
}
_PLAN_KINDS = {"priority": "integer", "impact": "integer", "effort": "integer", "due": "date"}
_INVENTORY = (
    ("stage", "text"),
    ("channel", "text"),
    ("touchpoint", "text"),
    ("direct_col", "flag"),
    ("physical_col", "flag"),
    ("future_col", "flag"),
    ("key_col", "flag"),
    ("owner", "text"),
)


def view_sheet(document: JourneyDocument, view: str, asked: Sequence[str] = ()) -> Sheet:
    """The plan or the inventory of the chosen journeys as one sheet, headed in the map's
    language; another view is a sentence."""
    if view not in TABLE_VIEWS:
        raise ExportError(
            f"Only the {' and the '.join(TABLE_VIEWS)} are tables; export the {view} as PDF, "
            "PNG or SVG."
        )
    journeys = chosen_journeys(document, asked, view)
    snaps = [journey_snapshot(document, j.id, with_pictures=False) for j in journeys]
    language = document.project().language
    page = PageContext.new(language)
    title = SHEET_TITLES[view][1 if language == "fr" else 0]
    if view == "plan":
        return _plan(page, snaps, title)
    return _inventory(page, snaps[0], title)


def _plan(page: PageContext, snaps: list[JourneySnapshot], title: str) -> Sheet:
    several = len(snaps) > 1
    keys = [c.key for c in COLUMNS if several or c.key != "journey"]
    fields = tuple(Field(key, _PLAN_KINDS.get(key, "text")) for key in keys)
    rows = []
    for opportunity in opportunities(snaps):
        cells = plan_cells(opportunity, page, several)
        typed: dict[str, Any] = dict(cells)
        typed["priority"] = opportunity.priority
        typed["impact"] = opportunity.card.impact
        typed["effort"] = opportunity.card.effort
        typed["due"] = _date(cells["due"])
        rows.append(tuple(typed[key] for key in keys))
    headers = tuple(page.words(key) for key in keys)
    return Sheet("plan", title, fields, headers, tuple(rows))


def _inventory(page: PageContext, snap: JourneySnapshot, title: str) -> Sheet:
    words = page.words
    rows = tuple(
        (
            f"{tp.stage_number}. {tp.stage.title}",
            words.channel(tp.card.channel) if tp.card.channel else "",
            tp.card.title,
            bool(tp.card.direct),
            bool(tp.card.physical),
            tp.card.touchpoint_state == "future",
            tp.card.key_touchpoint,
            tp.card.owner,
        )
        for tp in inventory(snap).touchpoints
    )
    fields = tuple(Field(key, kind) for key, kind in _INVENTORY)
    headers = tuple(words(key) for key, _ in _INVENTORY)
    return Sheet("inventory", title, fields, headers, rows)


def _date(text: str) -> date | str | None:
    """A due date as a date (a spreadsheet sorts and filters it); kept as written when it is
    not one, and None when there is none."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return text
