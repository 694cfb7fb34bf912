"""The outline of the open journey: stages, then lanes with their cards or emotion points.

It is the canvas in a tree: keyboard and screen-reader users reach every element through it,
since a QGraphicsView exposes none of its items to accessibility tools. It follows the
document through change records: a renamed card changes one line, a moved card moves one line,
and only a new journey is built from scratch. It takes its order from the canvas's snapshot,
which the editor brings up to date before the panels hear of a step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.model import Change
from app.model.snapshot import JourneySnapshot

REF = Qt.ItemDataRole.UserRole
Key = tuple[str, str]


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
        self._children: dict[str, list[str]] = {}  # lane id -> ids of its lines, in order
        self._stage_root: QTreeWidgetItem | None = None
        self.rebuilt = 0  # how many times the whole tree was built (tests count it)
        self.lines_touched = 0  # lines added, moved or renamed since it was built

    # -- building --------------------------------------------------------------------------

    def rebuild(self, snapshot: JourneySnapshot | None) -> None:
        """Everything from scratch: for a newly shown journey only."""
        self.rebuilt += 1
        self.lines_touched = 0
        self.snapshot = snapshot
        self.clear()
        self._items, self._children = {}, {}
        if snapshot is None:
            return
        self._stage_root = Line([self.tr("Stages")])
        self.addTopLevelItem(self._stage_root)
        self._fill_stages(snapshot)
        for lane in snapshot.lanes:
            self.addTopLevelItem(self._lane_item(lane.id, lane.title))
            self._fill_lane(snapshot, lane.id)
        self._stage_root.setExpanded(True)

    def _lane_item(self, lane_id: str, title: str) -> QTreeWidgetItem:
        item = Line([title or self.tr("Untitled lane")])
        item.setData(0, REF, ("lane", lane_id))
        self._items[("lane", lane_id)] = item
        return item

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
            text = stage.title or self.tr("Untitled stage")
            line = self._items.get(("stage", stage.id))
            if line is None:
                line = Line([text])
                line.setData(0, REF, ("stage", stage.id))
                self._items[("stage", stage.id)] = line
                root.insertChild(index, line)
                self.lines_touched += 1
                continue
            if root.child(index) is not line:
                root.removeChild(line)
                root.insertChild(index, line)
                self.lines_touched += 1
            if line.text(0) != text:
                line.setText(0, text)
                self.lines_touched += 1

    def _lines(self, snapshot: JourneySnapshot, lane_id: str) -> list[tuple[Key, str]]:
        """(key, text) of the lines under a lane, in the canvas's order."""
        titles = {s.id: s.title for s in snapshot.stages}
        lines: list[tuple[Key, str]] = []
        for point in snapshot.points(lane_id):
            label = f"{point.value:+.1f} {point.label}".strip()
            lines.append((("emotion-point", point.id), f"{titles[point.stage_id]} — {label}"))
        for stage in snapshot.stages:
            for card in snapshot.cards(lane_id, stage.id):
                lines.append((("card", card.id), f"{stage.title} — {card.title}"))
        return lines

    def _fill_lane(self, snapshot: JourneySnapshot, lane_id: str) -> None:
        """Make one lane's lines match the snapshot, moving and renaming rather than rebuilding."""
        parent = self._items.get(("lane", lane_id))
        if parent is None:
            return
        lines = self._lines(snapshot, lane_id)
        wanted = [key[1] for key, _ in lines]
        current = self._children.get(lane_id, [])
        if wanted != current:
            keep = set(wanted)
            for ref in current:
                if ref not in keep:
                    for kind in ("card", "emotion-point"):
                        item = self._items.get((kind, ref))
                        if item is not None and item.parent() is parent:  # not yet elsewhere
                            parent.removeChild(item)
                            del self._items[(kind, ref)]
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
            elif parent.child(index) is not item:
                parent.removeChild(item)
                parent.insertChild(index, item)
                self.lines_touched += 1
            if item.text(0) != text:
                item.setText(0, text)
                self.lines_touched += 1
        self._children[lane_id] = wanted

    # -- following the document ------------------------------------------------------------

    def apply(self, changes: list[Change], snapshot: JourneySnapshot | None) -> None:
        """Update the lines that steps changed (the snapshot is already up to date)."""
        previous, self.snapshot = self.snapshot, snapshot
        if snapshot is None or previous is None:
            self.rebuild(snapshot)
            return
        stages_changed = snapshot.stages != previous.stages
        if stages_changed:
            self._fill_stages(snapshot)
        if snapshot.lanes != previous.lanes:
            self._follow_lanes(snapshot)
        lanes: set[str] = set()
        for row in (row for change in changes for row in change.rows):
            if row.table in ("card", "emotion_point"):
                lanes.update(i["lane_id"] for i in (row.before, row.after) if i is not None)
        if stages_changed:  # stage names and order show in the cards' lines
            lanes.update(lane.id for lane in snapshot.lanes)
        for lane_id in lanes:
            self._fill_lane(snapshot, lane_id)

    def _follow_lanes(self, snapshot: JourneySnapshot) -> None:
        for lane in snapshot.lanes:
            item = self._items.get(("lane", lane.id))
            if item is None:
                item = self._lane_item(lane.id, lane.title)
                self.addTopLevelItem(item)
                self._fill_lane(snapshot, lane.id)
            elif item.text(0) != (lane.title or self.tr("Untitled lane")):
                item.setText(0, lane.title or self.tr("Untitled lane"))
        alive = {lane.id for lane in snapshot.lanes}
        for lane_id in [k[1] for k in self._items if k[0] == "lane" and k[1] not in alive]:
            item = self._items.pop(("lane", lane_id))
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
            for ref in self._children.pop(lane_id, []):
                self._items.pop(("card", ref), None)
                self._items.pop(("emotion-point", ref), None)
        for index, lane in enumerate(snapshot.lanes, start=1):  # after "Stages"
            item = self._items[("lane", lane.id)]
            if self.topLevelItem(index) is not item:
                expanded = item.isExpanded()
                self.takeTopLevelItem(self.indexOfTopLevelItem(item))
                self.insertTopLevelItem(index, item)
                item.setExpanded(expanded)

    def item_of(self, kind: str, ref: str) -> QTreeWidgetItem | None:
        return self._items.get((kind, ref))
