"""The Insert menu: every element of a map with a mnemonic and a shortcut, lanes in a submenu.

The keyboard way to build a map (palette entries by drag, these by keys): a card of each kind,
a stage, an emotion point and a metric in one chord each (Ctrl+Shift and a letter); lanes,
added less often, in two (Ctrl+Shift+L, then a letter). What is created is selected and ready
for typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .edits import PALETTE_ENTRIES

SHORTCUTS = {
    "stage": "Ctrl+Shift+E",
    "touchpoint": "Ctrl+Shift+T",
    "card": "Ctrl+Shift+C",
    "pain": "Ctrl+Shift+P",
    "gain": "Ctrl+Shift+G",
    "opportunity": "Ctrl+Shift+O",
    "emotion_point": "Ctrl+Shift+M",
    "metric": "Ctrl+Shift+K",
    "lane:touchpoints": "Ctrl+Shift+L, T",
    "lane:text": "Ctrl+Shift+L, X",
    "lane:emotion": "Ctrl+Shift+L, E",
    "lane:pains_gains": "Ctrl+Shift+L, P",
    "lane:opportunities": "Ctrl+Shift+L, O",
    "lane:images": "Ctrl+Shift+L, S",
    "lane:metrics": "Ctrl+Shift+L, M",
}
"""Shortcut of each palette entry (an entry without one here gets none)."""


def menu_texts() -> dict[str, str]:
    """Each entry's words in the menu, with its mnemonic (unique in English and in French)."""
    return {
        "stage": QCoreApplication.translate("InsertMenu", "&Stage"),
        "touchpoint": QCoreApplication.translate("InsertMenu", "&Touchpoint"),
        "card": QCoreApplication.translate("InsertMenu", "&Card"),
        "pain": QCoreApplication.translate("InsertMenu", "&Pain"),
        "gain": QCoreApplication.translate("InsertMenu", "&Gain"),
        "opportunity": QCoreApplication.translate("InsertMenu", "&Opportunity"),
        "emotion_point": QCoreApplication.translate("InsertMenu", "&Emotion Point"),
        "metric": QCoreApplication.translate("InsertMenu", "&Metric"),
        "lane:touchpoints": QCoreApplication.translate("InsertMenu", "&Touchpoints"),
        "lane:text": QCoreApplication.translate("InsertMenu", "Te&xt (actions, thoughts…)"),
        "lane:emotion": QCoreApplication.translate("InsertMenu", "&Emotion Curve"),
        "lane:pains_gains": QCoreApplication.translate("InsertMenu", "&Pains and Gains"),
        "lane:opportunities": QCoreApplication.translate("InsertMenu", "&Opportunities"),
        "lane:images": QCoreApplication.translate("InsertMenu", "&Storyboard"),
        "lane:metrics": QCoreApplication.translate("InsertMenu", "&Metrics"),
    }


def shortcut_text(sequence: str) -> str:
    """A shortcut as the menus write it, for tooltips and hints."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class InsertMenu(QMenu):
    """Stage, the kinds of card and the emotion point, then a Lane submenu."""

    def __init__(self, parent: QWidget, activate: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("InsertMenu", "&Insert"), parent)
        self.window_widget = parent
        self.actions_by_entry: dict[str, QAction] = {}
        texts = menu_texts()
        self.lanes = QMenu(QCoreApplication.translate("InsertMenu", "&Lane"), self)
        entries = [e for e in PALETTE_ENTRIES if e in texts]
        for entry in (e for e in entries if not e.startswith("lane:")):
            self.addAction(self._action(entry, texts[entry], activate))
            if entry == "stage":
                self.addMenu(self.lanes)
                self.addSeparator()
        for entry in (e for e in entries if e.startswith("lane:")):
            self.lanes.addAction(self._action(entry, texts[entry], activate))

    def _action(self, entry: str, text: str, activate: Callable[[str], None]) -> QAction:
        action = QAction(text, self.window_widget)
        if entry in SHORTCUTS:
            action.setShortcut(QKeySequence(SHORTCUTS[entry]))
        action.setStatusTip(text.replace("&", ""))
        action.triggered.connect(lambda _checked=False, e=entry: activate(e))
        self.actions_by_entry[entry] = action
        self.window_widget.addAction(action)  # the shortcut works with the menu closed
        return action
