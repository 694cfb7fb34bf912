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

from .vocabulary import blueprint_roles, effort_words, metric_line

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
        self._items, self._children = {}, {}
        if snapshot is None:
            return
        self._stage_root = Line([self.tr("Stages")])
        self.addTopLevelItem(self._stage_root)
        self._fill_stages(snapshot)
        for lane in snapshot.lanes:
            self.addTopLevelItem(self._lane_item(lane.id, self._lane_text(lane)))
            self._fill_lane(snapshot, lane.id)
        self._stage_root.setExpanded(True)
        self._connection_root = Line([self.tr("Connections")])
        self.addTopLevelItem(self._connection_root)
        self._fill_connections(snapshot)

    def _lane_item(self, lane_id: str, title: str) -> QTreeWidgetItem:
        item = Line([title])
        item.setData(0, REF, ("lane", lane_id))
        self._items[("lane", lane_id)] = item
        return item

    def _lane_text(self, lane: object) -> str:
        """The lane's title, and its place in a service blueprint."""
        title = lane.title or self.tr("Untitled lane")  # type: ignore[attr-defined]
        role = dict(blueprint_roles()).get(lane.blueprint_role)  # type: ignore[attr-defined]
        return f"{title} ({role})" if lane.blueprint_role and role else title  # type: ignore[attr-defined]

    def _marks(self, card: object) -> str:
        """What a card is marked as, in words (a screen reader says them)."""
        c = card
        words = []
        if c.sentiment in ("pain", "gain"):  # type: ignore[attr-defined]
            words.append(self.tr("pain") if c.sentiment == "pain" else self.tr("gain"))  # type: ignore[attr-defined]
        if c.effort_kind:  # type: ignore[attr-defined]
            words.append(effort_words().get(c.effort_kind, ""))  # type: ignore[attr-defined]
        if c.moment_of_truth:  # type: ignore[attr-defined]
            words.append(self.tr("moment of truth"))
        if c.magic_moment:  # type: ignore[attr-defined]
            words.append(self.tr("magic moment"))
        if c.key_touchpoint:  # type: ignore[attr-defined]
            words.append(self.tr("key touchpoint"))
        if any(e.kind == "insight" for e in c.evidence):  # type: ignore[attr-defined]
            words.append(self.tr("insight"))
        return f" ({', '.join(words)})" if words else ""

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
        first = next((lane.id for lane in snapshot.lanes if lane.kind == "metrics"), None)
        metrics = lane_id == first  # a stage's metrics, under the (first) metrics lane
        for stage in snapshot.stages:
            for metric in stage.metrics if metrics else ():
                lines.append((("metric", metric.id), f"{stage.title} — {metric_line(metric)}"))
            for card in snapshot.cards(lane_id, stage.id):
                text = f"{stage.title} — {card.title}{self._marks(card)}"
                lines.append((("card", card.id), text))
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
                    for kind in ("card", "emotion-point", "metric"):
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
        tables = set()
        for row in (row for change in changes for row in change.rows):
            tables.add(row.table)
            if row.table in ("card", "emotion_point"):
                lanes.update(i["lane_id"] for i in (row.before, row.after) if i is not None)
        if stages_changed or "metric" in tables:  # stage names and metrics show in the lines
            lanes.update(lane.id for lane in snapshot.lanes)
        for lane_id in lanes:
            self._fill_lane(snapshot, lane_id)
        if snapshot.connections != previous.connections or self._renamed_ends(changes):
            self._fill_connections(snapshot)

    def _follow_lanes(self, snapshot: JourneySnapshot) -> None:
        for lane in snapshot.lanes:
            item = self._items.get(("lane", lane.id))
            if item is None:
                item = self._lane_item(lane.id, self._lane_text(lane))
                self.addTopLevelItem(item)
                self._fill_lane(snapshot, lane.id)
            elif item.text(0) != self._lane_text(lane):
                item.setText(0, self._lane_text(lane))
        alive = {lane.id for lane in snapshot.lanes}
        for lane_id in [k[1] for k in self._items if k[0] == "lane" and k[1] not in alive]:
            item = self._items.pop(("lane", lane_id))
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
            for ref in self._children.pop(lane_id, []):
                for kind in ("card", "emotion-point", "metric"):
                    self._items.pop((kind, ref), None)
        for index, lane in enumerate(snapshot.lanes, start=1):  # after "Stages"
            item = self._items[("lane", lane.id)]
            if self.topLevelItem(index) is not item:
                expanded = item.isExpanded()
                self.takeTopLevelItem(self.indexOfTopLevelItem(item))
                self.insertTopLevelItem(index, item)
                item.setExpanded(expanded)

    def item_of(self, kind: str, ref: str) -> QTreeWidgetItem | None:
        return self._items.get((kind, ref))
