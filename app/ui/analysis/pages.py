"""The analysis tabs of a document: one page per view, laid out again when the document changes
(while the tab is shown; a hidden tab catches up when it is shown again).

Which journeys a view reads: the map's current journey, or every journey (matrix, plan); the
comparison reads the current journey and the journeys the user ticks (by default the one it
was duplicated from or into, else the next one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsSceneMouseEvent,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Change
from app.model.analysis import inventory, journey_stats, opportunities
from app.model.comparison import compare
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.render.layout import Poster
from app.render.views.comparison import layout_comparison
from app.render.views.inventory import layout_inventory
from app.render.views.matrix import layout_matrix, score_at
from app.render.views.statistics import layout_statistics

from ..canvas.items import PosterItem
from ..editor import MapEditor
from .poster_view import PageScene, PageView
from .stage_match import StageMatchDialog


class AnalysisPage(QWidget):
    """One view: a control bar, then its page; follows the document while shown."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.scene = self.make_scene()
        self.view = PageView(self.scene, self)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(8, 6, 8, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)
        self._stale = True
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        editor.document.subscribe(self._changed)
        editor.journey_changed.connect(lambda _j: self._changed(None))

    def make_scene(self) -> PageScene:
        return PageScene(self)

    def close(self) -> bool:
        self.editor.document.unsubscribe(self._changed)
        return super().close()

    def _changed(self, change: Change | None) -> None:
        self._stale = True
        if self.isVisible():
            self._pending.start()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        poster = self.poster()
        if poster is not None:
            self.scene.show_poster(poster)
            self.view.fit()

    def poster(self) -> Poster | None:
        raise NotImplementedError

    def current(self) -> JourneySnapshot:
        """The journey the map shows, from the canvas (already up to date)."""
        snapshot = self.editor.scene.snapshot
        if snapshot is None or snapshot.journey.id != self.editor.journey_id:
            snapshot = journey_snapshot(
                self.editor.document, self.editor.journey_id, with_pictures=False
            )
        return snapshot

    def file_name(self) -> str:
        document = self.editor.document
        return document.path.name if document.path is not None else document.display_name


class ScopePage(AnalysisPage):
    """A view of the current journey or of every journey (matrix, plan)."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This journey"), "current")
        self.scope.addItem(self.tr("Every journey"), "all")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bar.addWidget(QLabel(self.tr("Opportunities of")))
        self.bar.addWidget(self.scope)
        self.bar.addStretch(1)

    def snapshots(self) -> list[JourneySnapshot]:
        if self.scope.currentData() == "all":
            return [journey_snapshot(self.editor.document, j.id, with_pictures=False)
                    for j in self.editor.document.journeys()]  # fmt: skip
        return [self.current()]


class MatrixDot(PosterItem):
    """A dot of the matrix: dragged to another band, it re-scores its opportunity."""

    def __init__(self, item: object, moved: Callable[[str, QPointF], None]) -> None:
        super().__init__(item)  # type: ignore[arg-type]
        self._moved = moved
        self._press: QPointF | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(5)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._press = event.scenePos()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            r = self.layout_item.rect
            self.setPos(QPointF(r.x, r.y) + event.scenePos() - self._press)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            r = self.layout_item.rect
            self.setPos(r.x, r.y)
            self._press = None
            self._moved(self.ref, event.scenePos())


class MatrixScene(PageScene):
    def __init__(self, page: MatrixPage) -> None:
        super().__init__(page)
        self.page = page

    def dot(self, item: object) -> PosterItem:
        return MatrixDot(item, self.page.dot_dropped)


class MatrixPage(ScopePage):
    """The opportunity matrix; drag a dot to re-score impact and effort (one undo step)."""

    def make_scene(self) -> PageScene:
        return MatrixScene(self)

    def poster(self) -> Poster | None:
        snaps = self.snapshots()
        language = self.editor.document.project().language
        found = opportunities(snaps)
        self.poster_ = layout_matrix(found, [s.journey for s in snaps], language, self.file_name())
        return self.poster_

    def dot_dropped(self, card_id: str, at: QPointF) -> None:
        plot = next(i.rect for i in self.poster_.items if i.kind == "matrix-plot")
        if not (plot.x <= at.x() <= plot.right and plot.y <= at.y() <= plot.bottom):
            return
        impact, effort = score_at(plot, at.x(), at.y())
        self.editor.edit("card", card_id, impact=impact, effort=effort)


class InventoryPage(AnalysisPage):
    def poster(self) -> Poster | None:
        snap = self.current()
        return layout_inventory(snap, inventory(snap), self.file_name())


class StatisticsPage(AnalysisPage):
    def poster(self) -> Poster | None:
        snap = self.current()
        return layout_statistics(snap, journey_stats(snap), self.file_name())


class ComparisonPage(AnalysisPage):
    """The current journey compared with the ticked ones."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        self.others = QListWidget()
        super().__init__(editor, parent)
        self.bar.addWidget(QLabel(self.tr("Compare with")))
        self.others.setFlow(QListWidget.Flow.LeftToRight)
        self.others.setMaximumHeight(34)
        self.others.itemChanged.connect(lambda _i: self.refresh())
        self.bar.addWidget(self.others, 1)
        self.note = QLabel()
        self.bar.addWidget(self.note)
        self.match = QPushButton(self.tr("Match stages…"))
        self.match.setToolTip(
            self.tr("Say by hand which stages stand for each other, where titles differ")
        )
        self.match.clicked.connect(self.match_stages)
        self.bar.addWidget(self.match)
        self._chosen: list[str] = []

    def match_stages(self) -> None:
        """The matching dialog for the compared journey (asked which, when several are)."""
        document = self.editor.document
        chosen = [j for j in document.journeys() if j.id in self._chosen]
        if not chosen:
            return
        journey = chosen[0]
        if len(chosen) > 1:
            menu = QMenu(self)
            for other in chosen:
                menu.addAction(other.title or self.tr("Untitled journey")).setData(other.id)
            picked = menu.exec(self.match.mapToGlobal(self.match.rect().bottomLeft()))
            if picked is None:
                return
            journey = next(j for j in chosen if j.id == picked.data())
        snapshot = journey_snapshot(document, journey.id, with_pictures=False)
        StageMatchDialog(self.editor, self.current(), snapshot, self).exec()

    def _fill_others(self) -> list[str]:
        document, current = self.editor.document, self.editor.journey_id
        ticked = {self.others.item(n).data(Qt.ItemDataRole.UserRole)
                  for n in range(self.others.count())
                  if self.others.item(n).checkState() == Qt.CheckState.Checked}  # fmt: skip
        journeys = [j for j in document.journeys() if j.id != current]
        if not ticked & {j.id for j in journeys} and journeys:
            ticked = {journeys[0].id}
        self.others.blockSignals(True)
        self.others.clear()
        for journey in journeys:
            entry = QListWidgetItem(journey.title or self.tr("Untitled journey"))
            entry.setData(Qt.ItemDataRole.UserRole, journey.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = journey.id in ticked
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.others.addItem(entry)
        self.others.blockSignals(False)
        return [j.id for j in journeys if j.id in ticked]

    def poster(self) -> Poster | None:
        chosen = self._chosen = self._fill_others()
        self.match.setEnabled(bool(chosen) and not self.editor.document.read_only)
        if not chosen:
            self.note.setText(
                self.tr("Add a second journey (for instance Duplicate as future state) to compare.")
            )
            self.scene.clear()
            return None
        self.note.setText("")
        document = self.editor.document
        snaps = [
            self.current(),
            *(journey_snapshot(document, j, with_pictures=False) for j in chosen),
        ]
        return layout_comparison(compare(snaps), self.file_name())


def page_kinds() -> list[tuple[str, type[AnalysisPage]]]:
    return [
        ("matrix", MatrixPage),
        ("inventory", InventoryPage),
        ("compare", ComparisonPage),
        ("stats", StatisticsPage),
    ]
