"""The action plan as a table in the editor: sort by any column, filter by any word, and a
double-click shows the opportunity on the map."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from app.model.analysis import opportunities
from app.render.views.page import PageContext
from app.render.views.plan import COLUMNS, plan_cells

from ..editor import MapEditor
from .pages import ScopePage

NUMBERS = ("priority", "impact", "effort")
CARD = Qt.ItemDataRole.UserRole + 1


class PlanPage(ScopePage):
    """The plan's rows, kept in step with the map while the tab is shown."""

    card_chosen = Signal(str)  # an opportunity to show on the map

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: owner, stage, status, a word…"))
        self.filter.setClearButtonEnabled(True)
        self.bar.addWidget(QLabel(self.tr("Filter")))
        self.bar.addWidget(self.filter, 1)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._show_on_map)
        self.layout().replaceWidget(self.view, self.table)  # type: ignore[union-attr]
        self.view.hide()

    def headers(self) -> dict[str, str]:
        return {
            "priority": self.tr("#"),
            "opportunity": self.tr("Opportunity"),
            "journey": self.tr("Journey"),
            "stage": self.tr("Stage"),
            "related": self.tr("Pains and moments of truth"),
            "impact": self.tr("Impact"),
            "effort": self.tr("Effort"),
            "quadrant": self.tr("Priority"),
            "owner": self.tr("Owner"),
            "status": self.tr("Status"),
            "due": self.tr("Due"),
        }

    def refresh(self) -> None:
        self._stale = False
        snaps = self.snapshots()
        several = len(snaps) > 1
        keys = [c.key for c in COLUMNS if several or c.key != "journey"]
        page = PageContext.new(self.editor.document.project().language)
        headers = self.headers()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([headers[k] for k in keys])
        for opportunity in opportunities(snaps):
            cells = plan_cells(opportunity, page, several)
            row = []
            for key in keys:
                item = QStandardItem(cells[key])
                number = cells[key]
                item.setData(int(number) if key in NUMBERS and number else cells[key],
                             Qt.ItemDataRole.UserRole)  # fmt: skip
                item.setData(opportunity.card.id, CARD)
                row.append(item)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        for column, key in enumerate(keys):
            if key in ("opportunity", "related"):
                self.table.setColumnWidth(column, 280)
        self.table.resizeRowsToContents()

    def _show_on_map(self, index: QModelIndex) -> None:
        card = index.data(CARD)
        if card:
            self.card_chosen.emit(card)
