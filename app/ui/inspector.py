"""The inspector: every field of the selected stage, lane, card, emotion point or journey.

Forms are built from field specs; each change becomes one undo step through `MapEditor.edit`
(text fields when they lose focus or on Enter, choices at once). Nothing selected shows the
journey itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model import Change
from app.model.vocabulary import CHANNELS, LANE_KINDS, OPPORTUNITY_STATUSES, SENTIMENTS

from . import colours
from .editor import MapEditor

TABLES = {"emotion-point": "emotion_point"}  # canvas kind -> table


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # line | text | colour | int | float | bool | choice
    choices: tuple[tuple[Any, str], ...] = ()
    low: float = 0
    high: float = 0


class ParagraphEdit(QPlainTextEdit):
    """A multi-line field that commits when it loses focus."""

    def __init__(self, commit: Callable[[str], None]) -> None:
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._commit(self.toPlainText())


class ColourButton(QPushButton):
    """Shows a colour; clicking opens Qt's colour dialog ('' means the theme's colour)."""

    def __init__(self, commit: Callable[[str], None]) -> None:
        super().__init__()
        self._commit = commit
        self.value = ""
        self.clicked.connect(self._choose)

    def set_value(self, value: str) -> None:
        self.value = value
        self.setText(value or self.tr("Automatic"))
        swatch = value or "#FFFFFF"
        self.setStyleSheet(f"QPushButton {{ border-left: 14px solid {swatch}; padding: 3px 8px; }}")

    def _choose(self) -> None:
        """The curated palette under the button, the full chooser behind "More colours…"."""
        colours.pop_up(self, self.mapToGlobal(self.rect().bottomLeft()), self.value, self._commit)


class Inspector(QScrollArea):
    """Shows the form of the current selection of the current editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Inspector"))
        self.editor: MapEditor | None = None
        self._target: tuple[str, str] | None = None
        self._widgets: dict[str, QWidget] = {}
        self.reloads = 0  # times the form was filled again after a step (tests count them)
        self._show_message(self.tr("Open a map to see its elements here."))

    def set_editor(self, editor: MapEditor | None) -> None:
        if self.editor is not None:
            self.editor.selection_changed.disconnect(self.refresh)
            self.editor.document.unsubscribe(self._document_changed)
        self.editor = editor
        if editor is not None:
            editor.selection_changed.connect(self.refresh)
            editor.document.subscribe(self._document_changed)
        self.refresh()

    def _document_changed(self, change: Change) -> None:
        """Reload the form only when the step changed the element it shows."""
        if self._target is None:
            return
        table = TABLES.get(self._target[0], self._target[0])
        for row in change.rows:
            if (row.table, row.key) == (table, self._target[1]):
                if row.removed:
                    self.refresh()
                else:
                    self.reloads += 1
                    self._load_values()
                return

    # -- which form ------------------------------------------------------------------------

    def refresh(self) -> None:
        editor = self.editor
        if editor is None:
            self._target = None
            self._show_message(self.tr("Open a map to see its elements here."))
            return
        refs = [ref for ref in editor.scene.selected_refs() if editor.row(*ref) is not None]
        if len(refs) > 1:
            self._target = None
            self._show_message(self.tr("%n elements selected.", "", len(refs)))
            return
        target = refs[0] if refs else ("journey", editor.journey_id)
        if target[0] not in self._forms():
            self._target = None
            self._show_message(self.tr("This element has nothing to edit here."))
            return
        self._target = target
        self._build(target[0])
        self._load_values()

    def _show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setMargin(12)
        self._widgets = {}
        self.setWidget(label)

    def _forms(self) -> dict[str, tuple[str, list[Field]]]:
        colour = Field("colour", self.tr("Colour"), "colour")
        return {
            "card": (
                self.tr("Card"),
                [
                    Field("title", self.tr("Title"), "line"),
                    Field("body", self.tr("Text"), "text"),
                    colour,
                    Field("sentiment", self.tr("Sentiment"), "choice", self._sentiments()),
                    Field("moment_of_truth", self.tr("Moment of truth"), "bool"),
                    Field("channel", self.tr("Channel"), "choice", self._channels()),
                    Field("direct", self.tr("Direct touchpoint"), "bool"),
                    Field("physical", self.tr("Physical (not digital)"), "bool"),
                    Field("touchpoint_state", self.tr("State"), "choice", self._states()),
                    Field("owner", self.tr("Owner"), "line"),
                    Field("impact", self.tr("Impact (0 = none)"), "int", low=0, high=5),
                    Field("effort", self.tr("Effort (0 = none)"), "int", low=0, high=5),
                    Field("status", self.tr("Status"), "choice", self._statuses()),
                ],
            ),
            "stage": (
                self.tr("Stage"),
                [
                    Field("title", self.tr("Title"), "line"),
                    Field("description", self.tr("Description"), "text"),
                    colour,
                    Field("width", self.tr("Width (columns)"), "int", low=1, high=8),
                ],
            ),
            "lane": (
                self.tr("Lane"),
                [
                    Field("title", self.tr("Title"), "line"),
                    Field("kind", self.tr("Kind"), "choice", self._lane_kinds()),
                    colour,
                    Field("height", self.tr("Height (rows)"), "int", low=1, high=10),
                    Field("hidden", self.tr("Hidden"), "bool"),
                ],
            ),
            "emotion-point": (
                self.tr("Emotion point"),
                [
                    Field("label", self.tr("Label"), "line"),
                    Field("value", self.tr("Feeling (-5 to +5)"), "float", low=-5, high=5),
                    Field("offset", self.tr("Place in the stage (0 to 1)"), "float", low=0, high=1),
                ],
            ),
            "journey": (
                self.tr("Journey"),
                [
                    Field("title", self.tr("Title"), "line"),
                    Field("context", self.tr("Context and scenario"), "text"),
                    Field("goal", self.tr("Customer goal"), "text"),
                    Field("state", self.tr("State"), "choice", self._states()),
                ],
            ),
        }

    # -- building and filling a form -------------------------------------------------------

    def _build(self, kind: str) -> None:
        title, fields = self._forms()[kind]
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        layout.addStretch(1)
        self._widgets = {}
        for field in fields:
            widget = self._widget(field)
            widget.setAccessibleName(field.label)
            self._widgets[field.name] = widget
            if isinstance(widget, QCheckBox):
                widget.setText(field.label)
                form.addRow(widget)
            else:
                form.addRow(field.label, widget)
        self.setWidget(page)

    def _widget(self, field: Field) -> QWidget:
        commit = lambda value, name=field.name: self._commit(name, value)  # noqa: E731
        if field.kind == "line":
            line = QLineEdit()
            line.editingFinished.connect(lambda: commit(line.text()))
            return line
        if field.kind == "text":
            return ParagraphEdit(commit)
        if field.kind == "colour":
            return ColourButton(commit)
        if field.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(commit)
            return box
        if field.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(field.low), int(field.high))
            spin.valueChanged.connect(commit)
            return spin
        if field.kind == "float":
            number = QDoubleSpinBox()
            number.setRange(field.low, field.high)
            number.setSingleStep(0.5 if field.high > 1 else 0.05)
            number.setDecimals(1 if field.high > 1 else 2)
            number.valueChanged.connect(commit)
            return number
        combo = QComboBox()
        for value, label in field.choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: commit(combo.currentData()))
        return combo

    def _load_values(self) -> None:
        if self.editor is None or self._target is None:
            return
        row = self.editor.row(*self._target)
        if row is None:
            self.refresh()
            return
        for name, widget in self._widgets.items():
            value = getattr(row, name)
            blocker = QSignalBlocker(widget)
            if isinstance(widget, QLineEdit):
                if not widget.hasFocus():
                    widget.setText(value)
                    widget.setCursorPosition(0)  # show the start of a long title
            elif isinstance(widget, QPlainTextEdit):
                if not widget.hasFocus():
                    widget.setPlainText(value)
            elif isinstance(widget, ColourButton):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(value or 0)
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            del blocker

    def shown(self) -> tuple[tuple[str, str] | None, dict[str, Any]]:
        """The element the form shows and the value each field shows (for tests, and for
        anyone asking what the inspector says)."""
        values: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, ColourButton):
                values[name] = widget.value
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
        return self._target, values

    def _commit(self, name: str, value: Any) -> None:
        if self.editor is None or self._target is None:
            return
        kind, ref = self._target
        if name in ("impact", "effort") and value == 0:
            value = None
        row = self.editor.row(kind, ref)
        if row is None or getattr(row, name) == value:
            return
        self.editor.edit(kind, ref, **{name: value})

    # -- vocabularies, in the users' words -------------------------------------------------

    def _sentiments(self) -> tuple[tuple[str, str], ...]:
        words = {"neutral": self.tr("Neutral"), "pain": self.tr("Pain"), "gain": self.tr("Gain")}
        return tuple((s, words[s]) for s in SENTIMENTS)

    def _states(self) -> tuple[tuple[str, str], ...]:
        return (("current", self.tr("Current")), ("future", self.tr("Future")))

    def _statuses(self) -> tuple[tuple[str, str], ...]:
        words = {
            "": self.tr("—"),
            "idea": self.tr("Idea"),
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
        }
        return tuple((s, words[s]) for s in OPPORTUNITY_STATUSES)

    def _channels(self) -> tuple[tuple[str, str], ...]:
        words = {
            "": self.tr("—"),
            "web": self.tr("Web site"),
            "app": self.tr("Mobile app"),
            "store": self.tr("Store, branch"),
            "advisor": self.tr("Advisor"),
            "phone": self.tr("Phone, call centre"),
            "sms": self.tr("SMS"),
            "email": self.tr("E-mail"),
            "chat": self.tr("Chat, chatbot"),
            "social": self.tr("Social media"),
            "press": self.tr("Press, influencers"),
            "reviews": self.tr("Review sites"),
            "mail": self.tr("Letter"),
            "event": self.tr("Event"),
            "other": self.tr("Other"),
        }
        return tuple((c, words[c]) for c in CHANNELS)

    def _lane_kinds(self) -> tuple[tuple[str, str], ...]:
        words = {
            "text": self.tr("Text (actions, thoughts, backstage…)"),
            "touchpoints": self.tr("Touchpoints"),
            "emotion": self.tr("Emotion curve"),
            "pains_gains": self.tr("Pains and gains"),
            "opportunities": self.tr("Opportunities"),
            "images": self.tr("Storyboard (photos)"),
            "metrics": self.tr("Metrics"),
        }
        return tuple((k, words[k]) for k in LANE_KINDS)
