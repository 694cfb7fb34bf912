"""The inspector: the fields of the selected element, grouped, as its kind needs them.

Forms come from inspector_forms.py (a card shows what its lane is about). Each change becomes
one undo step through `MapEditor.edit`: text and numbers when the user has finished with the
field (Enter, Tab, leaving it), choices and ticks at once; a number or a date the element
cannot take is refused in place, with the reason under the field. After a step the form keeps
its widgets, their focus and the dock's scroll position; it is built again only when its shape
changes. The dock never scrolls sideways: labels stand above their fields. Nothing selected
shows the journey and the map itself (title, author, notes, language).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model import Change, indicators
from app.model.names import is_default_metric_name, new_name

from .editor import MapEditor
from .fields import CheckedLine, ColourButton, DateField, NumberField, ParagraphEdit, with_reason
from .inspector_forms import (
    Field,
    Form,
    card_form,
    connection_form,
    journey_form,
    lane_form,
    metric_form,
    point_form,
    stage_form,
)
from .inspector_sections import ConnectionPanel, MetricAnswers, MetricOrder, Section, StageMetrics

TABLES = {"emotion-point": "emotion_point"}  # canvas kind -> table


class Inspector(QScrollArea):
    """Shows the form of the current selection of the current editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Inspector"))
        self.editor: MapEditor | None = None
        self._target: tuple[str, str] | None = None
        self._form: Form | None = None
        self._widgets: dict[str, QWidget] = {}
        self._fields: dict[str, Field] = {}
        self._sections: list[Section] = []
        self.reloads = 0  # times the form was filled again after a step (tests count them)
        # a selection passes through other states while the canvas follows a step (cleared,
        # then chosen again): the form follows where it ends, on the next turn of the loop
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self._show_message(self.tr("Open a map to see its elements here."))

    def set_editor(self, editor: MapEditor | None) -> None:
        if self.editor is not None:
            self.editor.selection_changed.disconnect(self._pending.start)
            self.editor.document.unsubscribe(self._document_changed)
        self.editor = editor
        if editor is not None:
            editor.selection_changed.connect(self._pending.start)
            editor.document.subscribe(self._document_changed)
        self.refresh()

    def _document_changed(self, change: Change) -> None:
        """Load the form again only when the step changed what it shows."""
        if self._target is None or self.editor is None:
            return
        kind, ref = self._target
        table = TABLES.get(kind, kind)
        for row in change.rows:
            if (row.table, row.key) == (table, ref) and row.removed:
                self.refresh()
                return
        touched = any(
            (row.table, row.key) == (table, ref)
            or (kind == "journey" and row.table == "project")
            or (kind == "stage" and row.table == "metric" and row.row.get("stage_id") == ref)
            or (kind == "connection" and row.table == "card")
            for row in change.rows
        )
        if touched:
            self.reloads += 1
            self.refresh()

    # -- which form ------------------------------------------------------------------------

    def refresh(self) -> None:
        editor = self.editor
        if editor is None:
            self._forget()
            self._show_message(self.tr("Open a map to see its elements here."))
            return
        refs = [ref for ref in editor.scene.selected_refs() if editor.row(*ref) is not None]
        if len(refs) > 1:
            self._forget()
            self._show_message(self.tr("%n elements selected.", "", len(refs)))
            return
        target = refs[0] if refs else ("journey", editor.journey_id)
        row = editor.row(*target)
        form = self._form_of(target, row)
        if form is None:
            self._forget()
            self._show_message(self.tr("This element has nothing to edit here."))
            return
        if target != self._target or self._form is None or form.shape != self._form.shape:
            self._build(target, form)
        self._load_values()

    def _form_of(self, target: tuple[str, str], row: Any) -> Form | None:
        kind = target[0]
        if kind == "card":
            lane = self.editor.row("lane", row.lane_id) if self.editor else None
            return card_form(row, lane.kind if lane is not None else "text")
        forms = {
            "stage": stage_form,
            "lane": lane_form,
            "emotion-point": point_form,
            "journey": journey_form,
            "connection": connection_form,
        }
        if kind == "metric":
            return metric_form(row)
        return forms[kind]() if kind in forms else None

    def _forget(self) -> None:
        self._target, self._form = None, None

    def _show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setMargin(12)
        self._widgets, self._fields, self._sections = {}, {}, []
        self._replace(label)

    # -- building and filling a form -------------------------------------------------------

    def _build(self, target: tuple[str, str], form: Form) -> None:
        """The form's widgets; on the same element, the focus and the scroll stay where they
        were (a card that becomes a pain gains a field, and the user goes on typing)."""
        same = target == self._target
        focused = self._focused_key() if same else None
        scroll = self.verticalScrollBar().value() if same else 0
        self._target, self._form = target, form
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"<b>{form.title}</b>"))
        self._widgets, self._fields, self._sections = {}, {}, []
        for group in form.groups:
            box = QGroupBox(group.title)
            box.setAccessibleName(group.title)
            inner = QFormLayout(box)
            inner.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            inner.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in group.fields:
                widget = self._widget(field)
                widget.setAccessibleName(field.label)
                self._widgets[field.key] = widget
                self._fields[field.key] = field
                if isinstance(widget, QCheckBox):
                    widget.setText(field.label)
                    inner.addRow(widget)
                elif isinstance(widget, CheckedLine):
                    inner.addRow(field.label, with_reason(widget))
                else:
                    inner.addRow(field.label, widget)
            if group.extra:
                section = self._section(group.extra, target[1])
                if section is not None:
                    self._sections.append(section)
                    inner.addRow(section)
            layout.addWidget(box)
        layout.addStretch(1)
        self._replace(page)
        if scroll:
            page.adjustSize()
            self.verticalScrollBar().setValue(scroll)
            QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(scroll))
        if focused in self._widgets:
            self._widgets[focused].setFocus()

    def _replace(self, page: QWidget) -> None:
        """Show `page`; the old one goes on the next turn of the loop (a form is built again
        from inside a signal of one of its own widgets, which must outlive it)."""
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setWidget(page)

    def _section(self, extra: str, ref: str) -> Section | None:
        assert self.editor is not None
        if extra == "stage-metrics":
            return StageMetrics(self.editor, ref)
        if extra == "metric-order":
            return MetricOrder(self.editor, ref)
        if extra == "connection":
            return ConnectionPanel(self.editor, ref)
        metric = self.editor.document.metric(ref)
        if extra == "metric-answers" and metric is not None:
            inputs = indicators.parse_inputs(metric.kind, metric.inputs)
            return MetricAnswers(self.editor, ref, metric.kind, inputs or indicators.MetricInputs())
        return None

    def _focused_key(self) -> str | None:
        focus = QApplication.focusWidget()
        return next((key for key, widget in self._widgets.items() if widget is focus), None)

    def _widget(self, field: Field) -> QWidget:
        commit = lambda value, f=field: self._commit(f, value)  # noqa: E731
        if field.kind == "line":
            line = QLineEdit()
            line.setMaxLength(field.limit)
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
        if field.kind in ("int", "decimal"):
            number = NumberField(
                field.low, field.high, field.decimals, field.kind == "int", field.optional
            )
            number.committed.connect(commit)
            return number
        if field.kind == "date":
            day = DateField()
            day.committed.connect(commit)
            return day
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for value, label in field.choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: commit(combo.currentData()))
        return combo

    def _row_of(self, field: Field) -> tuple[str, str, Any] | None:
        if self.editor is None or self._target is None:
            return None
        kind, ref = ("project", "") if field.owner == "project" else self._target
        row = self.editor.row(kind, ref)
        return (kind, ref, row) if row is not None else None

    def _load_values(self) -> None:
        for key, widget in self._widgets.items():
            found = self._row_of(self._fields[key])
            if found is None:
                continue
            value = getattr(found[2], self._fields[key].name)
            blocker = QSignalBlocker(widget)
            if isinstance(widget, CheckedLine):
                widget.set_value(value)
            elif isinstance(widget, QLineEdit):
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
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            del blocker
        for section in self._sections:
            section.load()

    def shown(self) -> tuple[tuple[str, str] | None, dict[str, Any]]:
        """The element the form shows and the value each of its own fields shows (for tests,
        and for anyone asking what the inspector says); the map's fields are left out."""
        values: dict[str, Any] = {}
        for key, widget in self._widgets.items():
            field = self._fields[key]
            if field.owner:
                continue
            if isinstance(widget, CheckedLine):
                value, problem = widget.parse(widget.text())
                values[field.name] = widget.text() if problem else value
            elif isinstance(widget, QLineEdit):
                values[field.name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[field.name] = widget.toPlainText()
            elif isinstance(widget, ColourButton):
                values[field.name] = widget.value
            elif isinstance(widget, QCheckBox):
                values[field.name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[field.name] = widget.currentData()
        return self._target, values

    def _commit(self, field: Field, value: Any) -> None:
        found = self._row_of(field)
        if found is None or self.editor is None:
            return
        kind, ref, row = found
        if getattr(row, field.name) == value:
            return
        values = {field.name: value}
        if kind == "metric" and field.name == "kind":
            values.update(self._metric_kind_follows(row, value))
        self.editor.edit(kind, ref, **values)

    def _metric_kind_follows(self, metric: Any, kind: str) -> dict[str, Any]:
        """A metric of another kind takes that kind's name and unit, unless the user gave it
        their own."""
        assert self.editor is not None
        language = self.editor.language()
        values: dict[str, Any] = {}
        if is_default_metric_name(metric.name):
            values["name"] = new_name(f"metric:{kind}", language)
        old_unit = indicators.default_unit(
            metric.kind, indicators.parse_inputs(metric.kind, metric.inputs)
        )
        if metric.unit in ("", old_unit):
            values["unit"] = indicators.default_unit(kind)
        return values
