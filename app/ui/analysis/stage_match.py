"""Matching stages by hand for a comparison: when two journeys were not duplicated from each
other, their stages are matched by title, else by place, and the consultant corrects what that
got wrong ("Simulation" in ours is "Devis en ligne" in the competitor's).

A stage matched by hand records the base stage in its `origin_stage_id`, the link a duplicated
journey's stages already carry, so that the comparison, its poster and the command line all
read the same match; "Automatic" clears it. All the changes are one undoable step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model.comparison import match_stages
from app.model.snapshot import JourneySnapshot
from app.model.steps import StepLabel

from ..editor import MapEditor


class StageMatchDialog(QDialog):
    """One row per stage of the compared journey: the base stage it stands for."""

    def __init__(
        self,
        editor: MapEditor,
        base: JourneySnapshot,
        other: JourneySnapshot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.base, self.other = editor, base, other
        self.setWindowTitle(self.tr("Match the stages"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Which stage of “%1” does each stage of “%2” stand for?")
            .replace("%1", base.journey.title or self.tr("Untitled journey"))
            .replace("%2", other.journey.title or self.tr("Untitled journey"))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        automatic = match_stages(base, _without_own_links(other, base))
        numbers = {stage.id: n for n, stage in enumerate(base.stages, start=1)}
        self.choices: dict[str, QComboBox] = {}
        for number, stage in enumerate(other.stages, start=1):
            choice = QComboBox()
            guess = automatic.get(stage.id)
            guessed = f"{numbers[guess[0]]}. {_title(base, guess[0])}" if guess else self.tr("none")
            choice.addItem(self.tr("Automatic (%1)").replace("%1", guessed), None)
            for n, target in enumerate(base.stages, start=1):
                choice.addItem(f"{n}. {target.title}", target.id)
            index = choice.findData(stage.origin_stage_id) if stage.origin_stage_id else 0
            choice.setCurrentIndex(max(index, 0))
            label = QLabel(f"{number}. {stage.title}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, choice)
            self.choices[stage.id] = choice
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str | None]:
        """Stage id -> the base stage it now stands for (None: automatic), for those changed."""
        current = {stage.id: stage.origin_stage_id for stage in self.other.stages}
        chosen = {stage_id: box.currentData() for stage_id, box in self.choices.items()}
        ours = {s.id for s in self.base.stages}
        return {
            stage_id: target
            for stage_id, target in chosen.items()
            if target != (current[stage_id] if current[stage_id] in ours else None)
        }

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            document = self.editor.document
            title = self.other.journey.title

            def record() -> None:
                for stage_id, target in changes.items():
                    document.update_stage(stage_id, origin_stage_id=target)

            self.editor.apply(StepLabel.of("match_stages", title=title), record)
        super().accept()


def _title(snap: JourneySnapshot, stage_id: str) -> str:
    return next((s.title for s in snap.stages if s.id == stage_id), "")


def _without_own_links(other: JourneySnapshot, base: JourneySnapshot) -> JourneySnapshot:
    """`other` as the automatic match sees it: without the links to `base` set by hand or by
    duplication (what "Automatic" would give once cleared)."""
    ours = {s.id for s in base.stages}
    stages = tuple(
        replace(s, origin_stage_id=None) if s.origin_stage_id in ours else s for s in other.stages
    )
    return replace(other, stages=stages)
