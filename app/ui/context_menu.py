"""The canvas's context menu: what can be done where the right button was pressed (add a metric
in a metrics cell, reorder or delete a metric, delete a connection)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu, QWidget

from .canvas.scene import point_at
from .vocabulary import metric_kinds

if TYPE_CHECKING:
    from .editor import MapEditor

translate = QCoreApplication.translate


def canvas_menu(editor: MapEditor, at: QPointF, parent: QWidget) -> QMenu | None:
    """The menu for a right-click at scene position `at` (None: nothing to offer there)."""
    if editor.document.read_only:
        return None
    menu = QMenu(parent)
    hit = point_at(editor.scene, at)
    if hit is not None and hit[0] == "metric":
        ref = hit[1]
        menu.addAction(translate("CanvasMenu", "Move earlier"), lambda: editor.move_metric(ref, -1))
        menu.addAction(translate("CanvasMenu", "Move later"), lambda: editor.move_metric(ref, 1))
        menu.addAction(
            translate("CanvasMenu", "Delete metric"),
            lambda: editor.apply(None, lambda: editor.document.delete_metric(ref)),
        )
    elif hit is not None and hit[0] == "connection":
        ref = hit[1]
        menu.addAction(
            translate("CanvasMenu", "Delete connection"),
            lambda: editor.apply(None, lambda: editor.document.delete_connections([ref])),
        )
    cell = editor.scene.grid.cell_at(at)
    if cell is not None and cell[0].kind == "metrics":
        stage_id = cell[1].stage_id
        add = menu.addMenu(translate("CanvasMenu", "Add a metric here"))
        for kind, label in metric_kinds():
            add.addAction(label, partial(editor.add_metric, stage_id, kind))
    return None if menu.isEmpty() else menu
