"""The inspector's sections that are more than fields: a stage's metrics (add, reorder, delete),
a metric computed from the answers of a survey (the method's NPS, CSAT, CES or conversion, with
the counts kept), a metric's order, and a connection between two cards.

Each section is built for one element and `load`s its values again after every step that
touched it, like the inspector's fields; every change it asks for is one document step.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import indicators
from app.model.errors import InvalidEditError

from .fields import CheckedLine, NumberField, format_number, with_reason
from .vocabulary import ces_scales, count_labels, csat_methods, metric_kinds, metric_line

if TYPE_CHECKING:
    from .editor import MapEditor

translate = QCoreApplication.translate
ID = Qt.ItemDataRole.UserRole


class Section(QWidget):
    """A part of a form built by hand, for the element `ref`."""

    def __init__(self, editor: MapEditor, ref: str) -> None:
        super().__init__()
        self.editor, self.ref = editor, ref

    def load(self) -> None:
        raise NotImplementedError


class StageMetrics(Section):
    """The stage's metrics in order; add one of any kind, move, delete, or open one."""

    def __init__(self, editor: MapEditor, ref: str) -> None:
        super().__init__(editor, ref)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("InspectorSections", "Metrics of this stage"))
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._open)
        add = QToolButton()
        add.setText(translate("InspectorSections", "Add a metric"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind, label in metric_kinds():
            menu.addAction(label, partial(editor.add_metric, ref, kind))
        add.setMenu(menu)
        self.add_button = add
        row = QHBoxLayout()
        for text, tip, slot in (
            ("↑", translate("InspectorSections", "Move earlier"), lambda: self._move(-1)),
            ("↓", translate("InspectorSections", "Move later"), lambda: self._move(1)),
            (translate("InspectorSections", "Delete"), "", self._delete),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip or text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)

    def load(self) -> None:
        chosen = self._chosen()
        self.list.clear()
        for metric in self.editor.document.metrics(self.ref):
            item = QListWidgetItem(metric_line(metric))
            item.setData(ID, metric.id)
            self.list.addItem(item)
            if metric.id == chosen:
                self.list.setCurrentItem(item)

    def _chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID) if item is not None else None

    def _open(self, item: QListWidgetItem) -> None:
        self.editor.scene.select_refs([("metric", item.data(ID))])

    def _move(self, steps: int) -> None:
        chosen = self._chosen()
        if chosen:
            self.editor.move_metric(chosen, steps)

    def _delete(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.editor.apply(None, lambda: self.editor.document.delete_metric(chosen))


class MetricOrder(Section):
    """Move the metric among its stage's, or delete it."""

    def __init__(self, editor: MapEditor, ref: str) -> None:
        super().__init__(editor, ref)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            (translate("InspectorSections", "↑ Earlier"), lambda: editor.move_metric(ref, -1)),
            (translate("InspectorSections", "↓ Later"), lambda: editor.move_metric(ref, 1)),
            (
                translate("InspectorSections", "Delete"),
                lambda: editor.apply(None, lambda: editor.document.delete_metric(ref)),
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)

    def load(self) -> None:
        return


class AnswersField(CheckedLine):
    """Answers typed or pasted ("9 10 7 3…"), turned into the counts a metric keeps."""

    def __init__(self, kind: str, inputs: indicators.MetricInputs) -> None:
        super().__init__()
        self.kind, self.inputs = kind, inputs
        low, high = {"nps": (0, 10), "csat": (1, 5)}.get(kind, (1, inputs.scale))
        self.setPlaceholderText(
            translate("InspectorSections", "Paste answers %1 to %2…")
            .replace("%1", str(low))
            .replace("%2", str(high))
        )

    def parse(self, text: str) -> tuple[Any, str]:
        if not text.strip():
            return None, ""
        try:
            answers = indicators.parse_answers(text)
            return indicators.counts_from_answers(self.kind, answers, self.inputs), ""
        except InvalidEditError:
            low, high = {"nps": (0, 10), "csat": (1, 5)}.get(self.kind, (1, self.inputs.scale))
            reason = translate(
                "InspectorSections", "Answers are whole numbers from %1 to %2, apart by spaces."
            )
            return None, reason.replace("%1", str(low)).replace("%2", str(high))

    def shown(self, value: Any) -> str:
        return ""


class MetricAnswers(Section):
    """The method's computation: for each phase, the counts of answers (or the answers
    themselves, pasted), the value they give and how many answered; for CSAT whether it is
    the share of 4-5 answers or the mean, for CES its scale."""

    def __init__(self, editor: MapEditor, ref: str, kind: str, inputs: indicators.MetricInputs):
        super().__init__(editor, ref)
        self.kind, self.inputs = kind, inputs
        self.counts: dict[str, dict[str, NumberField]] = {}
        self.summaries: dict[str, QLabel] = {}
        self.forget: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reading: QComboBox | None = None
        if kind in ("csat", "ces"):
            self.reading = QComboBox()
            self.reading.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choices = csat_methods() if kind == "csat" else ces_scales()
            for value, label in choices:
                self.reading.addItem(label, value)
            self.reading.setAccessibleName(
                translate("InspectorSections", "How it is read")
                if kind == "csat"
                else translate("InspectorSections", "Scale")
            )
            self.reading.currentIndexChanged.connect(self._read_otherwise)
            heading = QLabel(self.reading.accessibleName())
            layout.addWidget(heading)
            layout.addWidget(self.reading)
        phases = (
            ("before", translate("InspectorSections", "Before the changes")),
            ("after", translate("InspectorSections", "After the changes")),
        )
        for phase, title in phases:
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            summary = QLabel()
            summary.setWordWrap(True)
            self.summaries[phase] = summary
            layout.addWidget(summary)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            self.counts[phase] = {}
            for key, label in count_labels(kind, inputs.scale):
                field = NumberField(0, indicators.MAX_COUNT, whole=True, optional=True)
                field.setAccessibleName(f"{title}: {label}")
                field.committed.connect(lambda _v, p=phase: self._counted(p))
                self.counts[phase][key] = field
                form.addRow(label, with_reason(field))
            layout.addLayout(form)
            if kind != "conversion":
                answers = AnswersField(kind, inputs)
                answers.setAccessibleName(f"{title}: " + translate("InspectorSections", "answers"))
                answers.committed.connect(lambda counts, p=phase: self._apply(p, counts))
                layout.addWidget(with_reason(answers))
            forget = QPushButton(translate("InspectorSections", "Forget the counts"))
            forget.clicked.connect(lambda _c=False, p=phase: self._apply(p, None))
            self.forget[phase] = forget
            layout.addWidget(forget, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        metric = self.editor.document.metric(self.ref)
        if metric is None:
            return
        inputs = indicators.parse_inputs(metric.kind, metric.inputs) or indicators.MetricInputs()
        self.inputs = inputs
        if self.reading is not None:
            value = inputs.method if self.kind == "csat" else inputs.scale
            self.reading.blockSignals(True)
            self.reading.setCurrentIndex(max(0, self.reading.findData(value)))
            self.reading.blockSignals(False)
        for phase, fields in self.counts.items():
            counts = inputs.phase(phase)
            for key, field in fields.items():
                field.set_value(None if counts is None else counts.get(key, 0))
            value = getattr(metric, f"value_{phase}")
            if counts is None:
                text = translate(
                    "InspectorSections", "Typed by hand; give the counts to compute it."
                )
            else:
                text = (
                    translate("InspectorSections", "Computed: %1, from %2 answers.")
                    if self.kind != "conversion"
                    else translate("InspectorSections", "Computed: %1 %, of %2 who started.")
                )
                text = text.replace("%1", format_number(value, 2)).replace(
                    "%2", str(indicators.answered(self.kind, counts))
                )
            self.summaries[phase].setText(text)
            self.forget[phase].setEnabled(counts is not None)

    def _counted(self, phase: str) -> None:
        fields = self.counts[phase]
        counts = {key: field._value or 0 for key, field in fields.items()}
        if self.kind == "conversion" and counts["converted"] > counts["total"]:
            field = fields["converted"]
            field.reason.setText(translate("InspectorSections", "More cannot go on than started."))
            field.reason.show()
            return
        self._apply(phase, counts)

    def _apply(self, phase: str, counts: dict[str, int] | None) -> None:
        if counts is None and self.inputs.phase(phase) is None:
            return
        document = self.editor.document
        self.editor.apply(None, lambda: document.set_metric_inputs(self.ref, phase, counts))

    def _read_otherwise(self, _index: int) -> None:
        assert self.reading is not None
        value = self.reading.currentData()
        document = self.editor.document
        if self.kind == "csat":
            self.editor.apply(
                None, lambda: document.set_metric_inputs(self.ref, None, method=value)
            )
        else:
            self.editor.apply(None, lambda: document.set_metric_inputs(self.ref, None, scale=value))


class ConnectionPanel(Section):
    """Which card leads to which, and the button that deletes the arrow."""

    def __init__(self, editor: MapEditor, ref: str) -> None:
        super().__init__(editor, ref)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        delete = QPushButton(translate("InspectorSections", "Delete the connection"))
        delete.clicked.connect(
            lambda: editor.apply(None, lambda: editor.document.delete_connections([ref]))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        d = self.editor.document
        link = d.connection(self.ref)
        if link is None:
            return
        start, end = d.card(link.from_card_id), d.card(link.to_card_id)
        text = translate("InspectorSections", "From “%1” to “%2”: the path the customer takes.")
        self.text.setText(
            text.replace("%1", start.title if start else "").replace("%2", end.title if end else "")
        )
