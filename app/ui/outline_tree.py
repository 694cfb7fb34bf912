"""The outline of the open journey: stages, then lanes, each with its stages and their cards or
emotion points.

It is the canvas in a tree: keyboard and screen-reader users reach every element through it,
since a QGraphicsView exposes none of its items to accessibility tools. A lane holds one line
per stage (hidden while that cell is empty), and the cell's cards hang under it: a card's line
is its title alone, so renaming a stage renames one line per lane, not every card of the map.
It follows the document through change records: a renamed card changes one line, a moved card
moves one line between two cells, and only a new journey is built from scratch. It takes its
order from the canvas's snapshot, which the editor brings up to date before the panels hear
of a step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.model import Change
from app.model.infos import CardInfo, LaneInfo
from app.model.snapshot import JourneySnapshot

from .vocabulary import blueprint_roles, effort_words, metric_line

REF = Qt.ItemDataRole.UserRole
Key = tuple[str, str]
Cell = tuple[str, str]  # lane id, stage id


class Line(QTreeWidgetItem):
    """A line of the outline; its tooltip is its whole text (a narrow dock cuts it)."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__(texts)
        self.setToolTip(0, texts[0])

    def setText(self, column: int, text: str) -> None:  # noqa: N802
        super().setText(column, text)
        self.setToolTip(column, text)


class JourneyOutlineTree(QTreeWidget):
    """One line per element of the journey, kept in step with the canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Outline of the journey"))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.snapshot: JourneySnapshot | None = None
        self._items: dict[Key, QTreeWidgetItem] = {}
        self._cells: dict[Cell, QTreeWidgetItem] = {}  # a stage's line under a lane
        self._children: dict[Cell, list[Key]] = {}  # the lines under it, in order
        self._stage_root: QTreeWidgetItem | None = None
        self._connection_root: QTreeWidgetItem | None = None
        self.rebuilt = 0  # how many times the whole tree was built (tests count it)
        self.lines_touched = 0  # lines added, moved or renamed since it was built

    # -- building --------------------------------------------------------------------------

    def rebuild(self, snapshot: JourneySnapshot | None) -> None:
        """Everything from scratch: for a newly shown journey only."""
        self.rebuilt += 1
        self.lines_touched = 0
        self.snapshot = snapshot
        self.clear()
        self._items, self._cells, self._children = {}, {}, {}
        if snapshot is None:
            return
        self._stage_root = Line([self.tr("Stages")])
        self.addTopLevelItem(self._stage_root)
        self._fill_stages(snapshot)
        for lane in snapshot.lanes:
            self._add_lane(snapshot, lane, self.topLevelItemCount())
        self._stage_root.setExpanded(True)
        self._connection_root = Line([self.tr("Connections")])
        self.addTopLevelItem(self._connection_root)
        self._fill_connections(snapshot)

    def _stage_text(self, title: str) -> str:
        return title or self.tr("Untitled stage")

    def _lane_text(self, lane: LaneInfo) -> str:
        """The lane's title, and its place in a service blueprint."""
        title = lane.title or self.tr("Untitled lane")
        role = dict(blueprint_roles()).get(lane.blueprint_role) if lane.blueprint_role else ""
        return f"{title} ({role})" if role else title

    def _marks(self, card: CardInfo) -> str:
        """What a card is marked as, in words (a screen reader says them)."""
        words = []
        if card.sentiment in ("pain", "gain"):
            words.append(self.tr("pain") if card.sentiment == "pain" else self.tr("gain"))
        if card.effort_kind:
            words.append(effort_words().get(card.effort_kind, ""))
        if card.moment_of_truth:
            words.append(self.tr("moment of truth"))
        if card.magic_moment:
            words.append(self.tr("magic moment"))
        if card.key_touchpoint:
            words.append(self.tr("key touchpoint"))
        if any(e.kind == "insight" for e in card.evidence):
            words.append(self.tr("insight"))
        return f" ({', '.join(words)})" if words else ""

    def _add_lane(self, snapshot: JourneySnapshot, lane: LaneInfo, index: int) -> None:
        item = Line([self._lane_text(lane)])
        item.setData(0, REF, ("lane", lane.id))
        self._items[("lane", lane.id)] = item
        self.insertTopLevelItem(index, item)
        self._follow_cells(snapshot, lane.id)

    def _fill_connections(self, snapshot: JourneySnapshot) -> None:
        """One line per connection, "Simulator → Appointment", in the journey's order."""
        root = self._connection_root
        if root is None:
            return
        for index in reversed(range(root.childCount())):
            line = root.child(index)
            assert line is not None
            kind, ref = line.data(0, REF)
            self._items.pop((kind, ref), None)
            root.removeChild(line)
        titles = {c.id: c.title for cards in snapshot.cells.values() for c in cards}
        for link in snapshot.connections:
            start, end = titles.get(link.from_card_id, ""), titles.get(link.to_card_id, "")
            child = Line([f"{start} → {end}"])
            child.setData(0, REF, ("connection", link.id))
            self._items[("connection", link.id)] = child
            root.addChild(child)
        root.setHidden(not snapshot.connections)

    def _renamed_ends(self, changes: list[Change]) -> bool:
        """Whether a step renamed a card that a connection's line names."""
        if self.snapshot is None or not self.snapshot.connections:
            return False
        ends = {k.from_card_id for k in self.snapshot.connections}
        ends |= {k.to_card_id for k in self.snapshot.connections}
        return any(
            row.table == "card" and row.key in ends and "title" in row.changed()
            for change in changes
            for row in change.rows
        )

    def _fill_stages(self, snapshot: JourneySnapshot) -> None:
        """The stages' lines: renamed, moved, added or removed one by one."""
        root = self._stage_root
        assert root is not None
        alive = {stage.id for stage in snapshot.stages}
        for index in reversed(range(root.childCount())):
            line = root.child(index)
            assert line is not None
            kind, ref = line.data(0, REF)
            if ref not in alive:
                root.removeChild(line)
                self._items.pop((kind, ref), None)
                self.lines_touched += 1
        for index, stage in enumerate(snapshot.stages):
            text = self._stage_text(stage.title)
            line = self._items.get(("stage", stage.id))
            if line is None:
                line = Line([text])
                line.setData(0, REF, ("stage", stage.id))
                self._items[("stage", stage.id)] = line
                root.insertChild(index, line)
                self.lines_touched += 1
                continue
            self._place(root, line, index)
            if line.text(0) != text:
                line.setText(0, text)
                self.lines_touched += 1

    def _place(self, parent: QTreeWidgetItem, line: QTreeWidgetItem, index: int) -> None:
        """Put a line at its index under its parent, keeping whether it was open."""
        if parent.child(index) is not line:
            expanded = line.isExpanded()
            parent.removeChild(line)
            parent.insertChild(index, line)
            line.setExpanded(expanded)
            self.lines_touched += 1

    def _follow_cells(self, snapshot: JourneySnapshot, lane_id: str) -> None:
        """A lane's stage lines: one per stage, in the stages' order, named as they are."""
        lane = self._items[("lane", lane_id)]
        alive = {stage.id for stage in snapshot.stages}
        for cell in [c for c in self._cells if c[0] == lane_id and c[1] not in alive]:
            lane.removeChild(self._cells.pop(cell))
            for key in self._children.pop(cell, []):
                self._items.pop(key, None)
        for index, stage in enumerate(snapshot.stages):
            cell = (lane_id, stage.id)
            text = self._stage_text(stage.title)
            line = self._cells.get(cell)
            if line is None:
                line = Line([text])
                line.setData(0, REF, ("stage", stage.id))
                self._cells[cell] = line
                lane.insertChild(index, line)
                self._fill_cell(snapshot, cell)
                continue
            self._place(lane, line, index)
            if line.text(0) != text:
                line.setText(0, text)
                self.lines_touched += 1

    def _lines(self, snapshot: JourneySnapshot, cell: Cell) -> list[tuple[Key, str]]:
        """(key, text) of the lines of one cell, in the canvas's order: emotion points, the
        stage's metrics (under the first metrics lane), cards."""
        lane_id, stage_id = cell
        lines: list[tuple[Key, str]] = [
            (("emotion-point", point.id), f"{point.value:+.1f} {point.label}".strip())
            for point in snapshot.points(lane_id)
            if point.stage_id == stage_id
        ]
        if lane_id == next((la.id for la in snapshot.lanes if la.kind == "metrics"), None):
            stage = next(s for s in snapshot.stages if s.id == stage_id)
            lines.extend((("metric", m.id), metric_line(m)) for m in stage.metrics)
        untitled = self.tr("Untitled card")
        for card in snapshot.cards(lane_id, stage_id):
            lines.append((("card", card.id), (card.title or untitled) + self._marks(card)))
        return lines

    def _fill_cell(self, snapshot: JourneySnapshot, cell: Cell) -> None:
        """Make one cell's lines match the snapshot, moving and renaming rather than rebuilding;
        the cell's stage line shows only while the cell has something in it."""
        parent = self._cells.get(cell)
        if parent is None:
            return
        lines = self._lines(snapshot, cell)
        wanted = [key for key, _ in lines]
        current = self._children.get(cell, [])
        if wanted != current:
            keep = set(wanted)
            for key in current:
                item = self._items.get(key)
                if key not in keep and item is not None and item.parent() is parent:
                    parent.removeChild(item)  # gone, or not yet put in its new cell
                    del self._items[key]
                    self.lines_touched += 1
        for index, (key, text) in enumerate(lines):
            item = self._items.get(key)
            if item is None or item.parent() is not parent:
                holder = item.parent() if item is not None else None
                if item is not None and holder is not None:
                    holder.removeChild(item)
                item = Line([text])
                item.setData(0, REF, key)
                self._items[key] = item
                parent.insertChild(index, item)
                self.lines_touched += 1
            else:
                self._place(parent, item, index)
            if item.text(0) != text:
                item.setText(0, text)
                self.lines_touched += 1
        self._children[cell] = wanted
        parent.setHidden(not wanted)

    # -- following the document ------------------------------------------------------------

    def apply(self, changes: list[Change], snapshot: JourneySnapshot | None) -> None:
        """Update the lines that steps changed (the snapshot is already up to date)."""
        previous, self.snapshot = self.snapshot, snapshot
        if snapshot is None or previous is None:
            self.rebuild(snapshot)
            return
        if snapshot.stages != previous.stages:
            self._fill_stages(snapshot)
            for lane in snapshot.lanes:
                if ("lane", lane.id) in self._items:
                    self._follow_cells(snapshot, lane.id)
        if snapshot.lanes != previous.lanes:
            self._follow_lanes(snapshot)
        cells: set[Cell] = set()
        metrics = next((lane.id for lane in snapshot.lanes if lane.kind == "metrics"), "")
        for row in (row for change in changes for row in change.rows):
            for values in (row.before, row.after):
                if values is None:
                    continue
                if row.table in ("card", "emotion_point"):
                    cells.add((values["lane_id"], values["stage_id"]))
                elif row.table == "metric":
                    cells.add((metrics, values["stage_id"]))
        for cell in cells:
            self._fill_cell(snapshot, cell)
        if snapshot.connections != previous.connections or self._renamed_ends(changes):
            self._fill_connections(snapshot)

    def _follow_lanes(self, snapshot: JourneySnapshot) -> None:
        alive = {lane.id for lane in snapshot.lanes}
        for lane_id in [k[1] for k in self._items if k[0] == "lane" and k[1] not in alive]:
            item = self._items.pop(("lane", lane_id))
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
            for cell in [c for c in self._cells if c[0] == lane_id]:
                del self._cells[cell]
                for key in self._children.pop(cell, []):
                    self._items.pop(key, None)
        for index, lane in enumerate(snapshot.lanes, start=1):  # after "Stages"
            line = self._items.get(("lane", lane.id))
            if line is None:
                self._add_lane(snapshot, lane, index)
                continue
            if line.text(0) != self._lane_text(lane):
                line.setText(0, self._lane_text(lane))
            if self.topLevelItem(index) is not line:
                expanded = line.isExpanded()
                self.takeTopLevelItem(self.indexOfTopLevelItem(line))
                self.insertTopLevelItem(index, line)
                line.setExpanded(expanded)

    def item_of(self, kind: str, ref: str) -> QTreeWidgetItem | None:
        return self._items.get((kind, ref))
