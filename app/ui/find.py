"""Find (Ctrl+F): every card, stage, lane, feeling, piece of evidence and persona that holds a
word, highlighted on the canvas, stepped through with Enter, Shift+Enter and F3.

The search ignores case and accents ("etape" finds "Étape", "oeuvre" finds "Œuvre"), over the
texts a user wrote, in reading order: stages, then lane by lane, each stage's cells left to
right, then the journey and the personas (which are not on the canvas: the inspector and the
outline show them).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyleOptionGraphicsItem,
    QToolButton,
    QWidget,
)

from app.model.infos import EvidenceInfo, PersonaInfo
from app.model.snapshot import JourneySnapshot

from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .icons import icon

Key = tuple[str, str]
LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "‘": "'"})
HIT_FILL = QColor(255, 213, 79, 70)
HIT_EDGE = QColor("#D19A00")
CURRENT_EDGE = QColor("#E8590C")


def fold(text: str) -> str:
    """`text` without case or accents, for matching: "Étape" and "etape" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Hit:
    """An element whose text holds the word: (kind, id) as the canvas names it, or a journey
    or a persona (kinds that are not on the canvas)."""

    kind: str
    ref: str

    @property
    def key(self) -> Key:
        return self.kind, self.ref


def _evidence_texts(evidence: tuple[EvidenceInfo, ...]) -> Iterator[str]:
    for e in evidence:
        yield from (e.text, e.speaker, e.source, e.title, e.url)


def searchable(snapshot: JourneySnapshot, personas: list[PersonaInfo]) -> list[tuple[Hit, str]]:
    """Each element with the folded text it can be found by, in reading order."""
    found: list[tuple[Hit, str]] = []

    def add(kind: str, ref: str, *texts: str) -> None:
        text = "\n".join(t for t in texts if t)
        if text:
            found.append((Hit(kind, ref), fold(text)))

    for stage in snapshot.stages:
        shown = [e for e in stage.evidence if e.kind != "photo"]  # in the evidence row
        add("stage", stage.id, stage.title, stage.description,
            *_evidence_texts(tuple(e for e in stage.evidence if e.kind == "photo")))  # fmt: skip
        for evidence in shown:
            add("evidence", evidence.id, *_evidence_texts((evidence,)))
        for metric in stage.metrics:
            add("metric", metric.id, metric.name, metric.unit)
    for lane in snapshot.lanes:
        if lane.hidden:
            continue
        add("lane", lane.id, lane.title)
        for point in snapshot.points(lane.id):
            photos = tuple(e for e in point.evidence if e.kind == "photo")
            add("emotion-point", point.id, point.label, *_evidence_texts(photos))
            for evidence in (e for e in point.evidence if e.kind != "photo"):
                add("evidence", evidence.id, *_evidence_texts((evidence,)))
        for stage in snapshot.stages:
            for card in snapshot.cards(lane.id, stage.id):
                add("card", card.id, card.title, card.body, card.owner,
                    *_evidence_texts(card.evidence))  # fmt: skip
    journey = snapshot.journey
    add("journey", journey.id, journey.title, journey.context, journey.goal,
        *_evidence_texts(snapshot.evidence))  # fmt: skip
    for persona in personas:
        add("persona", persona.id, persona.name, persona.role, persona.quote, persona.goals,
            persona.frustrations, persona.motivations, persona.channels,
            *_evidence_texts(persona.evidence))  # fmt: skip
    return found


def search(entries: list[tuple[Hit, str]], query: str) -> list[Hit]:
    """The elements holding `query` (case and accents ignored), in reading order, once each."""
    wanted = fold(query.strip())
    if not wanted:
        return []
    hits: list[Hit] = []
    for hit, text in entries:
        if wanted in text and hit not in hits:
            hits.append(hit)
    return hits


class HitHighlights(QGraphicsItem):
    """A marker around every hit on the canvas; the current one stands out."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__()
        self.setZValue(90)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._scene = scene
        self.keys: list[Key] = []
        self.current: Key | None = None
        scene.addItem(self)
        scene.laid_out.connect(self._follow)

    def _follow(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def show_hits(self, keys: list[Key], current: Key | None) -> None:
        self.keys, self.current = keys, current
        self._follow()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._scene.sceneRect().adjusted(-8, -8, 8, 8) if self.keys else QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key in self.keys:
            item = self._scene.item_for(*key)
            if item is None:
                continue
            rect = item.layout_rect().adjusted(-4, -4, 4, 4)
            if key[0] == "emotion-point":
                rect = rect.adjusted(-6, -6, 6, 6)
            edge = QPen(CURRENT_EDGE if key == self.current else HIT_EDGE)
            edge.setCosmetic(True)
            edge.setWidthF(3.0 if key == self.current else 1.5)
            painter.setPen(edge)
            painter.setBrush(QBrush(HIT_FILL))
            painter.drawRoundedRect(rect, 6, 6)

    def detach(self) -> None:
        self._scene.laid_out.disconnect(self._follow)
        self._scene.removeItem(self)


class FindLine(QLineEdit):
    """Enter finds the next, Shift+Enter the previous; Escape closes the bar."""

    step = Signal(int)
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step.emit(-1 if shift else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """The bar above a map's canvas: the word, how many elements hold it, previous, next."""

    found = Signal(str, str)  # the kind and id of the element stepped to

    def __init__(self, scene: JourneyScene, personas: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.scene = scene
        self._personas = personas  # () -> list[PersonaInfo]
        self.hits: list[Hit] = []
        self.index = -1
        self._entries: tuple[object, list[tuple[Hit, str]]] | None = None
        self.highlights: HitHighlights | None = None
        self.setObjectName("find-bar")
        self.setStyleSheet("#find-bar { background: #F4F6F8; border-bottom: 1px solid #D5DAE0; }")
        self.line = FindLine()
        self.line.setPlaceholderText(
            self.tr("Find in the map: cards, stages, lanes, feelings, evidence, personas")
        )
        self.line.setAccessibleName(self.tr("Find"))
        self.line.setClearButtonEnabled(True)
        self.line.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.count = QLabel()
        self.count.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.count)
        self.previous_button = self._button("chevron-up", self.tr("Previous (Shift+Enter)"))
        self.next_button = self._button("chevron-down", self.tr("Next (Enter, F3)"))
        self.close_button = self._button("x", self.tr("Close (Escape)"))
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.close_button.clicked.connect(self.close_bar)
        self.line.step.connect(self.go)
        self.line.closed.connect(self.close_bar)
        self._typing = QTimer(self, singleShot=True, interval=120)
        self._typing.timeout.connect(self.run)
        self.line.textChanged.connect(lambda _t: self._typing.start())
        scene.laid_out.connect(self._map_changed)
        self.hide()

    def _button(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def open(self) -> None:
        """Ctrl+F: show the bar with the word selected, ready to type over."""
        self.show()
        if self.highlights is None:
            self.highlights = HitHighlights(self.scene)
        self.line.setFocus()
        self.line.selectAll()
        self.run()

    def close_bar(self) -> None:
        self.hide()
        if self.highlights is not None:
            self.highlights.detach()
            self.highlights = None
        self.hits, self.index = [], -1
        view = self.scene.views()[0] if self.scene.views() else None
        if view is not None:
            view.setFocus()

    def _map_changed(self) -> None:
        if self.isVisible():
            current = self.hits[self.index] if 0 <= self.index < len(self.hits) else None
            self.run(keep=current)

    def _searchable(self) -> list[tuple[Hit, str]]:
        snapshot = self.scene.snapshot
        if snapshot is None:
            return []
        if self._entries is None or self._entries[0] is not snapshot:
            personas = self._personas()  # type: ignore[operator]
            self._entries = (snapshot, searchable(snapshot, personas))
        return self._entries[1]

    def run(self, keep: Hit | None = None) -> None:
        """Find the word again (it changed, or the map did)."""
        self._typing.stop()
        self.hits = search(self._searchable(), self.line.text())
        self.index = self.hits.index(keep) if keep in self.hits else (0 if self.hits else -1)
        self._show_count()
        if self.hits and keep is None:
            self._went()

    def go(self, step: int) -> None:
        """The next (1) or previous (-1) element holding the word, round the map."""
        if self._typing.isActive() or not self.isVisible():
            self.run()
            if not self.isVisible():
                self.open()
            return
        if not self.hits:
            return
        self.index = (self.index + step) % len(self.hits)
        self._show_count()
        self._went()

    def _show_count(self) -> None:
        if not self.line.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.hits)))
            )
        if self.highlights is not None:
            current = self.hits[self.index].key if self.hits else None
            self.highlights.show_hits([h.key for h in self.hits], current)
        colour = "#FDECEA" if self.line.text().strip() and not self.hits else "#FFFFFF"
        self.line.setStyleSheet(f"QLineEdit {{ background: {colour}; }}")

    def _went(self) -> None:
        hit = self.hits[self.index]
        item = self.scene.item_for(*hit.key)
        if item is not None:
            self.scene.select_refs([hit.key])
            views = self.scene.views()
            if views and isinstance(views[0], JourneyView):  # the editor's own view
                views[0].show_rect(item.layout_rect())
        elif hit.kind == "journey":
            self.scene.clearSelection()
        self.found.emit(hit.kind, hit.ref)
