"""The map and its analysis views, as tabs of one document (at the foot of the document)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ..editor import MapEditor
from .pages import ComparisonPage, InventoryPage, MatrixPage, StatisticsPage
from .plan_page import PlanPage


class AnalysisTabs(QTabWidget):
    """Map | Opportunity matrix | Action plan | Touchpoints | Comparison | Statistics."""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-tabs")
        self.setTabPosition(QTabWidget.TabPosition.South)
        self.setDocumentMode(True)
        self.editor = editor
        self.addTab(editor, self.tr("Map"))
        self.plan = PlanPage(editor)
        self.pages: dict[str, QWidget] = {
            "matrix": MatrixPage(editor),
            "plan": self.plan,
            "inventory": InventoryPage(editor),
            "compare": ComparisonPage(editor),
            "stats": StatisticsPage(editor),
        }
        names = {
            "matrix": self.tr("Opportunity matrix"),
            "plan": self.tr("Action plan"),
            "inventory": self.tr("Touchpoints"),
            "compare": self.tr("Comparison"),
            "stats": self.tr("Statistics"),
        }
        for key, page in self.pages.items():
            self.addTab(page, names[key])
        self.plan.card_chosen.connect(self._reveal)

    def _reveal(self, card_id: str) -> None:
        """Back to the map, on that card."""
        self.setCurrentWidget(self.editor)
        self.editor.reveal("card", card_id)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.pages.get(key, self.editor))

    def close_pages(self) -> None:
        for page in self.pages.values():
            page.close()
