"""The pages of an analysis view of a map, ready for the writers (the views that are also
tables, the action plan and the touchpoint inventory, give their rows in tables.py).

`parcours export MAP --view matrix|plan|inventory|compare|stats` and the export dialog both
call `view_pages`. Which journeys: those asked for (by title or id), else the first, except
the comparison, which takes every journey when none is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from app.model.analysis import inventory, journey_stats, opportunities
from app.model.comparison import compare
from app.model.infos import JourneyInfo
from app.model.snapshot import journey_snapshot

from ..errors import ExportError
from ..layout import Poster
from .comparison import layout_comparison
from .inventory import layout_inventory
from .matrix import layout_matrix
from .plan import layout_plan
from .statistics import layout_statistics

if TYPE_CHECKING:
    from app.model.document import JourneyDocument

VIEWS = ("matrix", "plan", "inventory", "compare", "stats")
TABLE_VIEWS = ("plan", "inventory")


def chosen_journeys(
    document: JourneyDocument, asked: Sequence[str], view: str
) -> list[JourneyInfo]:
    """The journeys a view reads (see the module's docstring); a name not found is a sentence."""
    journeys = document.journeys()
    if not journeys:
        raise ExportError(f"{document.display_name} has no journey.")
    chosen = []
    for name in asked:
        found = document.find_journey(name)
        if found is None:
            titles = ", ".join(f"“{j.title}”" for j in journeys[:6])
            raise ExportError(
                f"There is no journey “{name}” in {document.display_name}; it has {titles}."
            )
        chosen.append(found)
    if not chosen:
        chosen = journeys if view == "compare" else journeys[:1]
    if view == "compare" and len(chosen) < 2:
        raise ExportError(
            "A comparison takes two journeys or more: name them with --journey, or add a "
            "future state (Duplicate as future state)."
        )
    if view in ("inventory", "stats") and len(chosen) > 1:
        raise ExportError(f"The {view} view reads one journey at a time; name one with --journey.")
    return chosen


def view_pages(
    document: JourneyDocument,
    view: str,
    asked: Sequence[str] = (),
    today: date | None = None,
) -> list[Poster]:
    """The pages of `view` for the journeys asked for."""
    if view not in VIEWS:
        raise ExportError(f"There is no view “{view}”; choose one of {', '.join(VIEWS)}.")
    journeys = chosen_journeys(document, asked, view)
    snaps = [journey_snapshot(document, j.id, with_pictures=False) for j in journeys]
    name = document.path.name if document.path is not None else document.display_name
    language = document.project().language
    if view == "matrix":
        return [layout_matrix(opportunities(snaps), journeys, language, name, today)]
    if view == "plan":
        return layout_plan(opportunities(snaps), journeys, language, name, today)
    if view == "inventory":
        return [layout_inventory(snaps[0], inventory(snaps[0]), name, today)]
    if view == "stats":
        return [layout_statistics(snaps[0], journey_stats(snaps[0]), name, today)]
    return [layout_comparison(compare(snaps), name, today)]
