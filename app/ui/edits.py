"""What the user asks of the grid, each as one document step: add from the palette or the
Insert menu, move, delete, cut, copy, paste, duplicate.

`MapEdits` is a part of `MapEditor` (which provides the document, the scene, `apply` and the
selection); each method turns one intent into verbs inside one step, so that one gesture is one
undo, and selects what it created.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, SignalInstance
from PySide6.QtGui import QCursor

from app.model import JourneyDocument
from app.model.indicators import default_unit
from app.model.names import new_name
from app.model.steps import StepLabel

from . import clipboard
from .grid_paste import place_grid

if TYPE_CHECKING:
    from .canvas.scene import JourneyScene
    from .canvas.view import JourneyView

T = TypeVar("T")

PALETTE_ENTRIES = (
    "stage",
    "lane:touchpoints",
    "lane:text",
    "lane:emotion",
    "lane:pains_gains",
    "lane:opportunities",
    "lane:images",
    "lane:metrics",
    "touchpoint",
    "card",
    "pain",
    "gain",
    "opportunity",
    "emotion_point",
    "metric",
)
CARD_PRESETS: dict[str, dict[str, Any]] = {
    "card": {},
    "touchpoint": {"channel": "web"},
    "pain": {"sentiment": "pain"},
    "gain": {"sentiment": "gain"},
    "opportunity": {"impact": 3, "effort": 3, "status": "idea"},
}
LANE_FOR_ENTRY = {
    "touchpoint": "touchpoints",
    "pain": "pains_gains",
    "gain": "pains_gains",
    "opportunity": "opportunities",
    "card": "text",
}
ENTRY_FOR_LANE = {
    "touchpoints": "touchpoint",
    "text": "card",
    "pains_gains": "pain",
    "opportunities": "opportunity",
    "images": "card",
    "emotion": "emotion_point",
}
"""What a double-click creates in an empty cell of each kind of lane (a metrics lane's cells
take a metric of the stage: `add_metric`)."""


class MapEdits:
    """The editing intents of a `MapEditor`."""

    document: JourneyDocument
    scene: JourneyScene
    view: JourneyView
    journey_id: str
    message: SignalInstance

    def apply(
        self, label: StepLabel | None, action: Callable[[], T], merge: str | None = None
    ) -> T | None:
        raise NotImplementedError

    def row(self, kind: str, ref: str) -> Any:
        raise NotImplementedError

    def selected(self, kind: str | None = None) -> list[str]:
        raise NotImplementedError

    def edit(self, kind: str, ref: str, /, merge: bool = False, **values: Any) -> None:
        raise NotImplementedError

    def edit_in_place(self, kind: str, ref: str) -> None:
        raise NotImplementedError

    def _created(self, kind: str, ref: str) -> None:
        """A new element is selected, in view, and its title ready to be typed over."""
        self.scene.select_refs([(kind, ref)])
        item = self.scene.item_for(kind, ref)
        if item is not None:
            self.view.show_rect(item.layout_rect())
        self.edit_in_place(kind, ref)

    # -- moves from the canvas -------------------------------------------------------------

    def move_cards(self, ids: list[str], lane_id: str, stage_id: str, index: int) -> None:
        def move() -> None:
            for offset, card_id in enumerate(ids):
                self.document.move_card(card_id, lane_id, stage_id, index + offset)

        label = None if len(ids) == 1 else StepLabel.of("move_cards", count=len(ids))
        self.apply(label, move)

    def move_stage(self, stage_id: str, position: int) -> None:
        self.apply(None, lambda: self.document.move_stage(stage_id, position))

    def move_lane(self, lane_id: str, position: int) -> None:
        """`position` counts visible lanes (hidden ones are not on the canvas)."""
        lanes = self.document.lanes(self.journey_id)
        order = [lane.id for lane in lanes]
        visible = [lane.id for lane in lanes if not lane.hidden]
        target = order.index(visible[min(position, len(visible) - 1)])
        self.apply(None, lambda: self.document.move_lane(lane_id, target))

    def move_emotion_point(self, point_id: str, stage_id: str, offset: float, value: float) -> None:
        self.edit("emotion-point", point_id, stage_id=stage_id, offset=offset, value=value)

    # -- adding ----------------------------------------------------------------------------

    def drop_from_palette(self, entry: str, at: QPointF) -> None:
        """Create what the palette entry names where it was dropped."""
        grid = self.scene.grid
        if entry == "stage":
            self._add_stage(grid.stage_gap_at(at.x()))
        elif entry.startswith("lane:"):
            self._add_lane(entry.split(":", 1)[1], grid.lane_gap_at(at.y()))
        elif entry == "emotion_point":
            self._drop_emotion_point(at)
        elif entry == "metric":
            column = grid.column_at(at.x())
            if column is None:
                self.message.emit(
                    QCoreApplication.translate("MapEditor", "Drop metrics in a stage’s column.")
                )
            else:
                self.add_metric(column.stage_id, typing=True)
        elif entry in CARD_PRESETS:
            self._drop_card(entry, at)

    def add_from_menu(self, entry: str) -> None:
        """The keyboard way to add an element: next to the selection, else at the end."""
        d, journey = self.document, self.journey_id
        if entry == "stage":  # after the selection's stage (as its context menu says), else last
            selected_stage = self.stage_of_selection()
            order = [s.id for s in d.stages(journey)]
            self._add_stage(order.index(selected_stage) + 1 if selected_stage in order else None)
            return
        if entry.startswith("lane:"):
            self._add_lane(entry.split(":", 1)[1], None)
            return
        lanes = [lane for lane in d.lanes(journey) if not lane.hidden]
        selected = [c for c in (d.card(ref) for ref in self.selected("card")) if c is not None]
        stage_id = self._insert_stage()
        if stage_id is None:
            self.message.emit(QCoreApplication.translate("MapEditor", "Add a stage first."))
            return
        if entry == "metric":
            self.add_metric(stage_id, typing=True)
            return
        if entry == "emotion_point":
            lane = next((lane for lane in lanes if lane.kind == "emotion"), None)
            if lane is None:
                self.message.emit(
                    QCoreApplication.translate("MapEditor", "Add an emotion lane first.")
                )
                return
            self._add_emotion_point(lane.id, stage_id, 0.0, 0.5)
            return
        kinds = {lane.id: lane.kind for lane in lanes}
        wanted = LANE_FOR_ENTRY[entry]
        last = selected[-1] if selected else None
        if last is not None and (kinds.get(last.lane_id) == wanted or entry == "card"):
            lane_id = last.lane_id  # right after the selected card, in its lane
            cell = [c.id for c in d.cell(lane_id, stage_id)]
            index = cell.index(last.id) + 1 if last.id in cell else len(cell)
        else:
            card_lanes = [lane for lane in lanes if lane.kind not in ("emotion", "metrics")]
            clicked = self.scene.paste_target()
            lane = next((lane for lane in card_lanes if lane.kind == wanted), None)
            if clicked is not None and kinds.get(clicked[0]) == wanted:
                lane = next(lane for lane in card_lanes if lane.id == clicked[0])
            lane = lane or (card_lanes[0] if card_lanes else None)
            if lane is None:
                self.message.emit(QCoreApplication.translate("MapEditor", "Add a lane first."))
                return
            lane_id, index = lane.id, len(d.cell(lane.id, stage_id))
        self._create_card(entry, lane_id, stage_id, index)

    def language(self) -> str:
        """The map's own language: new elements are named in it, whatever the interface's."""
        return self.document.project().language

    def stage_of_selection(self) -> str | None:
        """The stage of the last selected element that has one (a stage, card, point, metric)."""
        for kind, ref in reversed(self.scene.selected_refs()):
            if kind == "stage":
                return ref
            row = self.row(kind, ref)
            stage_id = getattr(row, "stage_id", None)
            if stage_id:
                return str(stage_id)
        return None

    def add_metric(self, stage_id: str, kind: str = "custom", typing: bool = False) -> None:
        """A new metric of `kind` at the end of a stage's, in one step with a metrics lane to
        show it when the journey has none on view (a hidden one is shown again); selected, and
        with `typing` (added on the canvas) its name ready to type over."""
        d, language = self.document, self.language()
        name = new_name(f"metric:{kind}", language)

        def add() -> str:
            lanes = d.lanes(self.journey_id)
            if not any(lane.kind == "metrics" and not lane.hidden for lane in lanes):
                hidden = next((lane for lane in lanes if lane.kind == "metrics"), None)
                if hidden is not None:
                    d.update_lane(hidden.id, hidden=False)
                else:
                    d.add_lane(self.journey_id, "metrics", new_name("lane:metrics", language))
            return d.add_metric(stage_id, name, kind=kind, unit=default_unit(kind)).first_added

        created = self.apply(StepLabel.of("add_metric", title=name), add)
        if created and typing:
            self._created("metric", created)
        elif created:
            self.scene.select_refs([("metric", created)])

    def move_metric(self, metric_id: str, steps: int) -> None:
        """Move a metric earlier (-1) or later (+1) among its stage's."""
        metric = self.document.metric(metric_id)
        if metric is not None:
            position = max(0, metric.position + steps)
            self.apply(None, lambda: self.document.move_metric(metric_id, position))

    def connect_cards(self, from_card: str, to_card: str) -> None:
        """An arrow from one card to another (dragged from the first card's handle)."""
        change = self.apply(None, lambda: self.document.add_connection(from_card, to_card))
        if change is not None:
            self.scene.select_refs([("connection", change.first_added)])

    def _insert_stage(self) -> str | None:
        """The stage a new card or point goes in: the selected element's, else the cell last
        clicked, else the first."""
        d = self.document
        selected = self.stage_of_selection()
        if selected is not None:
            return selected
        clicked = self.scene.paste_target()
        if clicked is not None:
            return clicked[1]
        stages = d.stages(self.journey_id)
        return stages[0].id if stages else None

    def create_at(self, at: QPointF) -> None:
        """A double-click where no element is: the cell's own kind of element, ready to type."""
        if self.document.read_only:
            return
        target = self.scene.grid.cell_at(at)
        if target is None:
            return
        row, column = target
        if row.kind == "emotion":
            placed = self.scene.grid.stage_offset_at(at.x())
            if placed is not None:
                value = self.scene.grid.emotion_value_at(row, at.y())
                self._add_emotion_point(row.lane_id, column.stage_id, value, round(placed[1], 3))
            return
        if row.kind == "metrics":
            self.add_metric(column.stage_id, typing=True)
            return
        entry = ENTRY_FOR_LANE.get(row.kind)
        if entry is None:
            return
        index = self.scene.index_in_cell(row.lane_id, column.stage_id, at.y(), set())
        self._create_card(entry, row.lane_id, column.stage_id, index)

    def add_in_cell(self, entry: str, lane_id: str, stage_id: str) -> None:
        """A card of `entry`'s kind at the end of a cell (a context menu's "Add … here")."""
        if entry == "emotion_point":
            self._add_emotion_point(lane_id, stage_id, 0.0, 0.5)
        else:
            self._create_card(entry, lane_id, stage_id, len(self.document.cell(lane_id, stage_id)))

    def insert_stage(self, stage_id: str, after: bool) -> None:
        order = [s.id for s in self.document.stages(self.journey_id)]
        self._add_stage(order.index(stage_id) + (1 if after else 0))

    def insert_lane(self, lane_id: str, kind: str, below: bool) -> None:
        order = [lane.id for lane in self.document.lanes(self.journey_id)]
        self._add_lane(kind, order.index(lane_id) + (1 if below else 0))

    def _add_stage(self, position: int | None) -> None:
        title = new_name("stage", self.language())
        change = self.apply(None, lambda: self.document.add_stage(self.journey_id, title, position))
        if change is not None:
            self._created("stage", change.first_added)

    def _add_lane(self, kind: str, position: int | None) -> None:
        title = new_name(f"lane:{kind}", self.language())
        change = self.apply(
            None, lambda: self.document.add_lane(self.journey_id, kind, title, position)
        )
        if change is not None:
            self._created("lane", change.first_added)

    def _drop_card(self, entry: str, at: QPointF) -> None:
        target = self.scene.grid.cell_at(at)
        if target is None:
            self.message.emit(
                QCoreApplication.translate("MapEditor", "Drop cards in a cell of the grid.")
            )
            return
        row, column = target
        if row.kind == "emotion":
            self.message.emit(
                QCoreApplication.translate(
                    "MapEditor", "The emotion lane takes emotion points, not cards."
                )
            )
            return
        index = self.scene.index_in_cell(row.lane_id, column.stage_id, at.y(), set())
        self._create_card(entry, row.lane_id, column.stage_id, index)

    def _create_card(self, entry: str, lane_id: str, stage_id: str, index: int) -> None:
        fields = dict(CARD_PRESETS[entry])
        title = new_name(entry, self.language())
        change = self.apply(
            None, lambda: self.document.add_card(lane_id, stage_id, title, index, **fields)
        )
        if change is not None:
            self._created("card", change.first_added)

    def _drop_emotion_point(self, at: QPointF) -> None:
        grid = self.scene.grid
        row = grid.row_at(at.y())
        placed = grid.stage_offset_at(at.x())
        if row is None or row.kind != "emotion" or placed is None:
            self.message.emit(
                QCoreApplication.translate("MapEditor", "Drop emotion points on an emotion lane.")
            )
            return
        column, offset = placed
        value = grid.emotion_value_at(row, at.y())
        self._add_emotion_point(row.lane_id, column.stage_id, value, round(offset, 3))

    def _add_emotion_point(self, lane_id: str, stage_id: str, value: float, offset: float) -> None:
        change = self.apply(
            None, lambda: self.document.add_emotion_point(lane_id, stage_id, value, offset)
        )
        if change is not None:
            self._created("emotion-point", change.first_added)

    # -- selection, clipboard, delete ------------------------------------------------------

    def select_all(self) -> None:
        for item in self.scene.items_by_key.values():
            if item.kind in ("card", "emotion-point"):
                item.setSelected(True)

    def delete_selection(self) -> None:
        d = self.document
        cards, points = self.selected("card"), self.selected("emotion-point")
        stages, lanes = self.selected("stage"), self.selected("lane")
        metrics, links = self.selected("metric"), self.selected("connection")
        count = len(cards) + len(points) + len(stages) + len(lanes) + len(metrics) + len(links)
        if not count:
            return

        def delete() -> None:
            if links:  # before their cards, which would take them along
                d.delete_connections(links)
            for metric in metrics:
                d.delete_metric(metric)
            if cards:
                d.delete_cards(cards)
            if points:
                d.delete_emotion_points(points)
            for stage in stages:
                d.delete_stage(stage)
            for lane in lanes:
                d.delete_lane(lane)

        label = None if count == 1 else StepLabel.of("delete_selection", count=count)
        self.apply(label, delete)

    def copy(self) -> bool:
        cards = [c for c in (self.document.card(ref) for ref in self.selected("card")) if c]
        if not cards:
            return False
        clipboard.put_cards(cards)
        return True

    def cut(self) -> None:
        if self.copy():
            cards = self.selected("card")
            label = StepLabel.of("cut", count=len(cards))
            self.apply(label, lambda: self.document.delete_cards(cards))

    def paste(self) -> None:
        grid = clipboard.get_grid()
        if grid is not None:
            self._paste_grid(grid)
            return
        cards = clipboard.get_cards()
        if not cards:
            return
        target = self._paste_target(cards)
        if target is None:
            self.message.emit(
                QCoreApplication.translate(
                    "MapEditor", "Select a card where the pasted cards should go."
                )
            )
            return
        self._insert_cards(StepLabel.of("paste", count=len(cards)), cards, *target)

    def _paste_grid(self, grid: list[list[str]]) -> None:
        """Spreadsheet rows: one card per cell, from the selected card's cell (or the cell
        under the pointer) rightwards across stages and down across lanes; one step."""
        snapshot = self.scene.snapshot
        target = self._grid_target()
        if snapshot is None or target is None:
            self.message.emit(
                QCoreApplication.translate(
                    "MapEditor", "Select a card, or point at a cell, where the rows should go."
                )
            )
            return
        lanes = [lane.id for lane in snapshot.lanes if not lane.hidden and lane.kind != "emotion"]
        placed = place_grid(grid, [s.id for s in snapshot.stages], lanes, *target)
        if placed.cards:
            label = StepLabel.of("paste", count=len(placed.cards))
            change = self.apply(label, lambda: self.document.add_cards(placed.cards))
            if change is not None:
                self.scene.select_refs([ref for ref in change.added if ref[0] == "card"])
        if placed.outside:
            n = placed.outside
            left = QCoreApplication.translate(
                "MapEditor", "%n cells outside the map: not pasted.", "", n
            )
            self.message.emit(left)

    def _grid_target(self) -> tuple[str, str] | None:
        """(stage id, lane id) of the selected card, else of the cell under the pointer."""
        selected = self.selected("card")
        card = self.document.card(selected[-1]) if selected else None
        if card is not None:
            return card.stage_id, card.lane_id
        at = self.view.mapToScene(self.view.viewport().mapFromGlobal(QCursor.pos()))
        found = self.scene.grid.cell_at(at)
        if found is None or found[0].kind == "emotion":
            return None
        row, column = found
        return column.stage_id, row.lane_id

    def duplicate(self) -> None:
        rows = [c for c in (self.document.card(ref) for ref in self.selected("card")) if c]
        if rows:
            last = rows[-1]
            index = [c.id for c in self.document.cell(last.lane_id, last.stage_id)].index(last.id)
            self._insert_cards(
                StepLabel.of("duplicate", count=len(rows)),
                clipboard.card_fields(rows),
                last.lane_id,
                last.stage_id,
                index + 1,
            )

    def _paste_target(self, cards: list[dict[str, Any]]) -> tuple[str, str, int] | None:
        d = self.document
        selected = self.selected("card")
        if selected:
            card = d.card(selected[-1])
            assert card is not None
            cell = [c.id for c in d.cell(card.lane_id, card.stage_id)]
            return card.lane_id, card.stage_id, cell.index(card.id) + 1
        clicked = self.scene.paste_target()  # the cell last clicked
        if clicked is not None:
            return clicked
        lane, stage = cards[0].get("lane_id"), cards[0].get("stage_id")
        lanes = {lane.id for lane in d.lanes(self.journey_id) if lane.kind != "emotion"}
        stages = {s.id for s in d.stages(self.journey_id)}
        if lane in lanes and stage in stages:
            return lane, stage, len(d.cell(lane, stage))
        return None

    def _insert_cards(
        self, label: StepLabel, cards: list[dict[str, Any]], lane: str, stage: str, index: int
    ) -> None:
        d = self.document

        def insert() -> list[str]:
            created = []
            for offset, fields in enumerate(cards):
                values = {k: v for k, v in fields.items() if k not in ("lane_id", "stage_id")}
                title = values.pop("title", "")
                created.append(d.add_card(lane, stage, title, index + offset, **values).first_added)
            return created

        created = self.apply(label, insert)
        if created:
            self.scene.select_refs([("card", ref) for ref in created])


def cell_hint(lane_kind: str) -> str:
    """What an empty cell of a lane of this kind says it takes ("" for nothing)."""
    return {
        "touchpoints": QCoreApplication.translate("MapEditor", "Double-click to add a touchpoint"),
        "text": QCoreApplication.translate("MapEditor", "Double-click to add a card"),
        "pains_gains": QCoreApplication.translate("MapEditor", "Double-click to add a pain"),
        "opportunities": QCoreApplication.translate(
            "MapEditor", "Double-click to add an opportunity"
        ),
        "images": QCoreApplication.translate("MapEditor", "Double-click to add a card"),
        "metrics": QCoreApplication.translate("MapEditor", "Double-click to add a metric"),
        "emotion": QCoreApplication.translate(
            "MapEditor", "Double-click at the height of the feeling"
        ),
    }.get(lane_kind, "")
