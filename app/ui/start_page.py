"""What Parcours shows with no map open: the templates as a gallery, the recent maps, the sample.

A first-time user lands here instead of an empty grey window. Every picture is drawn by our own
layout (thumbnails.py); the template pictures are drawn after the page shows, one per turn of
the event loop, so the window is there at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.model import DocumentError
from app.model.templates import SAMPLE, TEMPLATES

from . import thumbnails
from .application import chosen_language, settings
from .icons import icon

ROLE = Qt.ItemDataRole.UserRole
MOST_RECENT = 8
PAGE_STYLE = """
StartPage, #start-inner { background: #F4F6F8; }
QLabel#start-title { font-size: 22pt; font-weight: 600; color: #1F2A37; }
QLabel#start-tagline { font-size: 11pt; color: #4B5867; }
QLabel[heading="true"] { font-size: 13pt; font-weight: 600; color: #1F2A37; }
QListWidget { background: transparent; border: none; }
QListWidget::item { border: 1px solid #D5DAE0; border-radius: 8px; background: #FFFFFF;
    padding: 8px 4px 4px 4px; color: #1F2A37; }
QListWidget::item:hover { border: 1px solid #2F6FDE; }
QListWidget::item:selected { border: 2px solid #2F6FDE; background: #FFFFFF; color: #1F2A37; }
QListWidget::item:disabled { color: #8A96A3; }
"""


def _language_pick(language: str) -> int:
    return 0 if language == "en" else 1


def picture_icon(picture: QPixmap) -> QIcon:
    """The same picture selected or not: the selection shows as a frame, not a tint."""
    made = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        made.addPixmap(picture, mode)
    return made


class Gallery(QListWidget):
    """Pictures with a caption in rows that wrap, as tall as its rows (the page scrolls, not
    the gallery)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSpacing(8)
        self.setIconSize(QSize(thumbnails.WIDTH, thumbnails.HEIGHT))
        self.setGridSize(QSize(thumbnails.WIDTH + 28, thumbnails.HEIGHT + 64))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_rows(self) -> None:
        per_row = max(1, self.viewport().width() // self.gridSize().width())
        rows = max(1, -(-self.count() // per_row))
        self.setFixedHeight(rows * self.gridSize().height() + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_rows()


class TemplateGallery(Gallery):
    """The templates and the sample as pictures with their names; a click chooses one."""

    chosen = Signal(str)  # template name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Templates"))
        self.language = chosen_language()
        self._pending: list[QListWidgetItem] = []
        self.itemClicked.connect(lambda item: self.chosen.emit(item.data(ROLE)))
        self.itemActivated.connect(lambda item: self.chosen.emit(item.data(ROLE)))
        self.fill(self.language)

    def fill(self, language: str) -> None:
        """The gallery in a map language (titles and pictures of the templates in it)."""
        self.language = language
        current = self.currentItem().data(ROLE) if self.currentItem() is not None else None
        self.clear()
        pick = _language_pick(language)
        entries = [(t.name, t.title[pick], t.description[pick]) for t in TEMPLATES.values()]
        entries.append(
            (
                SAMPLE,
                self.tr("Sample map: home loan (French)"),
                self.tr("A finished example map to explore: a home-loan journey at a bank."),
            )
        )
        blank = picture_icon(QPixmap.fromImage(thumbnails.placeholder()))
        for name, title, description in entries:
            item = QListWidgetItem(blank, title)
            item.setData(ROLE, name)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setSizeHint(self.gridSize() - QSize(10, 10))
            self.addItem(item)
            if name == current:
                self.setCurrentItem(item)
        self._pending = [self.item(row) for row in range(self.count())]
        self.fit_rows()
        QTimer.singleShot(0, self._draw_next)

    def _draw_next(self) -> None:
        """One picture per turn of the event loop: the window stays responsive."""
        while self._pending:
            item = self._pending.pop(0)
            try:
                name = item.data(ROLE)
            except RuntimeError:  # the gallery was filled again meanwhile
                continue
            language = "fr" if name == SAMPLE else self.language
            try:
                picture = thumbnails.template_picture(name, language)
            except DocumentError:
                continue
            item.setIcon(picture_icon(QPixmap.fromImage(picture)))
            if self._pending:
                QTimer.singleShot(0, self._draw_next)
            return

    def current(self) -> str:
        item = self.currentItem()
        return item.data(ROLE) if item is not None else "blank"

    def description(self, name: str) -> str:
        for row in range(self.count()):
            if self.item(row).data(ROLE) == name:
                return self.item(row).toolTip()
        return ""


class RecentMaps(Gallery):
    """The maps opened or saved last, as pictures with their names."""

    chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recent maps"))
        self.itemClicked.connect(lambda item: self.chosen.emit(Path(item.data(ROLE))))
        self.itemActivated.connect(lambda item: self.chosen.emit(Path(item.data(ROLE))))

    def fill(self, paths: list[str]) -> None:
        self.clear()
        blank = QPixmap.fromImage(thumbnails.placeholder())
        for entry in paths:
            path = Path(entry)
            picture = thumbnails.recent_picture(path) or blank
            item = QListWidgetItem(picture_icon(picture), f"{path.stem}\n{path.parent.name}")
            item.setData(ROLE, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(self.gridSize() - QSize(10, 10))
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("%s is no longer there.") % path)
            self.addItem(item)
        self.fit_rows()


class StartPage(QScrollArea):
    """The window's centre while no map is open."""

    template_chosen = Signal(str, str)  # template name, map language
    file_chosen = Signal(Path)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setStyleSheet(PAGE_STYLE)
        inner = QWidget()
        inner.setObjectName("start-inner")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        title = QLabel("Parcours")
        title.setObjectName("start-title")
        tagline = QLabel(
            self.tr("Customer journey maps, drawn in a workshop, printed for the wall.")
        )
        tagline.setObjectName("start-tagline")
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(12)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setAccessibleName(self.tr("Language of the new map"))
        head = QHBoxLayout()
        head.addWidget(self._heading(self.tr("Start a new map")))
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Language of the map:")))
        head.addWidget(self.language)
        layout.addLayout(head)
        self.gallery = TemplateGallery()
        self.gallery.chosen.connect(
            lambda name: self.template_chosen.emit(
                name, "fr" if name == SAMPLE else self.language.currentData()
            )
        )
        self.language.currentIndexChanged.connect(
            lambda _i: self.gallery.fill(self.language.currentData())
        )
        layout.addWidget(self.gallery)
        recent_head = QHBoxLayout()
        recent_head.addWidget(self._heading(self.tr("Recent maps")))
        recent_head.addStretch(1)
        self.open_button = QPushButton(icon("folder-open"), self.tr("Open a map…"))
        self.open_button.clicked.connect(self.open_requested)
        recent_head.addWidget(self.open_button)
        layout.addLayout(recent_head)
        self.recent = RecentMaps()
        self.recent.chosen.connect(self.file_chosen)
        self.no_recent = QLabel(
            self.tr("No recent maps yet. Start one from a template above, or open a .cjm file.")
        )
        self.no_recent.setObjectName("start-tagline")
        layout.addWidget(self.recent)
        layout.addWidget(self.no_recent)
        layout.addStretch(1)
        self.setWidget(inner)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("heading", True)
        return label

    def refresh(self) -> None:
        """The recent maps as they are now (the page shows again after a map is closed)."""
        stored = settings().value("recent", [], list)
        listed = [str(p) for p in stored] if isinstance(stored, list) else []
        recent = [p for p in listed if Path(p).is_file()]  # moved or deleted since: not offered
        self.recent.fill(recent[:MOST_RECENT])
        self.recent.setVisible(bool(recent))
        self.no_recent.setVisible(not recent)
