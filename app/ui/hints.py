"""The status bar's hints: what the element under the mouse does, and what is selected.

A newcomer learns the gestures where they look ("Card “Web site” — drag to move it,
double-click to edit, right-click for more"), and a keyboard user hears what the selection is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from .canvas.items import PosterItem

if TYPE_CHECKING:
    from .editor import MapEditor


def _title(editor: MapEditor, kind: str, ref: str) -> str:
    row = editor.row(kind, ref)
    field = {"emotion-point": "label", "metric": "name"}.get(kind, "title")
    text = getattr(row, field, "")
    text = " ".join(str(text).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _named(editor: MapEditor, kind: str, ref: str) -> str:
    title = _title(editor, kind, ref)
    names = {
        "card": QCoreApplication.translate("Hints", "Card “%1”"),
        "stage": QCoreApplication.translate("Hints", "Stage “%1”"),
        "lane": QCoreApplication.translate("Hints", "Lane “%1”"),
        "emotion-point": QCoreApplication.translate("Hints", "Emotion point “%1”"),
        "metric": QCoreApplication.translate("Hints", "Metric “%1”"),
        "connection": QCoreApplication.translate("Hints", "Connection"),
    }
    return names.get(kind, "%1").replace("%1", title)


def hover_hint(editor: MapEditor, at: QPointF) -> str:
    """What the element under the mouse does, or what an empty cell takes."""
    read_only = editor.document.read_only
    for item in editor.scene.items(at):
        if not isinstance(item, PosterItem) or not item.ref or item.kind not in _HOVER:
            continue
        if item.kind == "lane" and at.x() > item.layout_rect().x() + editor.scene.theme.lane_header:
            continue  # a lane takes the mouse on its header only
        what = _named(editor, item.kind, item.ref)
        if read_only:
            return what
        return f"{what} — {_HOVER[item.kind]()}"
    if read_only:
        return ""
    cell = editor.scene.grid.cell_at(at)
    if cell is not None and editor.cell_hints is not None and editor.cell_hints.cell_at(at):
        return QCoreApplication.translate(
            "Hints", "Empty cell — double-click to add here, right-click for more"
        )
    return ""


_HOVER = {
    "card": lambda: QCoreApplication.translate(
        "Hints", "drag to move it, double-click to edit, right-click for more"
    ),
    "stage": lambda: QCoreApplication.translate(
        "Hints", "drag to reorder, drag its right edge to widen, double-click to rename"
    ),
    "lane": lambda: QCoreApplication.translate(
        "Hints", "drag to reorder, drag its bottom edge to resize, double-click to rename"
    ),
    "emotion-point": lambda: QCoreApplication.translate(
        "Hints", "drag up or down to change the feeling, double-click to label"
    ),
    "metric": lambda: QCoreApplication.translate(
        "Hints", "double-click to rename, right-click for more"
    ),
    "connection": lambda: QCoreApplication.translate(
        "Hints", "click to select, Delete removes it, right-click for more"
    ),
}


def selection_hint(editor: MapEditor) -> str:
    """What is selected, and what the keyboard does with it."""
    refs = editor.scene.selected_refs()
    if not refs:
        return ""
    if len(refs) > 1:
        return QCoreApplication.translate(
            "Hints",
            "%n elements selected — Delete removes them, Ctrl+C copies the cards",
            None,
            len(refs),
        )
    kind, ref = refs[0]
    what = _named(editor, kind, ref)
    if editor.document.read_only:
        return what
    keys = {
        "card": QCoreApplication.translate(
            "Hints", "F2 to edit, arrows to go to the next card, Alt+arrows to move it"
        ),
        "stage": QCoreApplication.translate(
            "Hints", "F2 to rename, Alt+Left or Alt+Right to move it"
        ),
        "lane": QCoreApplication.translate("Hints", "F2 to rename, Alt+Up or Alt+Down to move it"),
        "emotion-point": QCoreApplication.translate(
            "Hints", "F2 to label, Alt+Up or Alt+Down to change the feeling"
        ),
        "metric": QCoreApplication.translate("Hints", "F2 to rename, Delete removes it"),
        "connection": QCoreApplication.translate("Hints", "Delete removes it"),
    }
    return f"{what} — {keys[kind]}" if kind in keys else what
