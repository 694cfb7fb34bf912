"""What a user can do with evidence, as undo steps: from the panel, a drop, or the clipboard.

A target is (kind, id) with kind in card, emotion_point, stage, persona, journey (the model's
names). Each action is one undo step; photos are prepared off the GUI thread first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF
from PySide6.QtGui import QImage

from app.model import DocumentError
from app.model.pictures import Picture, is_picture_name
from app.model.steps import StepLabel

from .editor import MapEditor
from .messages import user_message
from .photo_intake import PhotoIntake, take_in

Target = tuple[str, str]
CANVAS_KINDS = {"card": "card", "emotion-point": "emotion_point", "stage": "stage"}


def target_of_selection(editor: MapEditor) -> Target:
    """The selected card, point or stage; else the journey itself."""
    refs = [
        (CANVAS_KINDS[k], ref)
        for k, ref in editor.scene.selected_refs()
        if k in CANVAS_KINDS and editor.row(k, ref) is not None
    ]
    return refs[-1] if len(refs) == 1 else ("journey", editor.journey_id)


def target_at(editor: MapEditor, at: QPointF) -> Target:
    """The card, point or stage under a scene position; else the journey itself."""
    for item in editor.scene.items(at):
        kind, ref = getattr(item, "kind", ""), getattr(item, "ref", "")
        if kind in CANVAS_KINDS and ref:
            return CANVAS_KINDS[kind], ref
    return "journey", editor.journey_id


def add_quote(editor: MapEditor, target: Target, kind: str, fields: dict[str, Any]) -> None:
    """A new quote, link or note in the library, attached to `target`, as one undo step."""
    label = StepLabel.of(f"add_{kind}") if kind in ("quote", "link", "note", "insight") else None
    editor.apply(label, lambda: editor.document.add_evidence(kind, targets=[target], **fields))


def attach_stored_photos(editor: MapEditor, target: Target, photos: list[tuple[str, str]]) -> None:
    """Stored pictures ((sha256, name)) become photo evidence of `target`, as one undo step.

    The stored pictures themselves are not part of the undo: a picture nothing uses stays in
    the working copy (an undo may need it) and leaves the file at the next Save.
    """
    if not photos:
        return
    items = [(sha, {"title": Path(name).stem if name else ""}) for sha, name in photos]
    label = StepLabel.of("add_photos_evidence", count=len(photos))
    editor.apply(label, lambda: editor.document.add_photos_evidence(items, [target]))


def add_photos(
    editor: MapEditor, target: Target, sources: list[tuple[Path | bytes, str]]
) -> PhotoIntake | None:
    """Prepare and store image files (or bytes) in worker threads, then attach them all to
    `target` in one undo step on the GUI thread."""
    try:
        store = editor.document.picture_store()
    except DocumentError as error:  # a read-only map
        editor.failed.emit(user_message(error))
        return None

    def done(pictures: list[tuple[str, Picture]], refusals: list[str]) -> None:
        attach_stored_photos(editor, target, [(p.sha256, name) for name, p in pictures])
        if refusals:
            editor.failed.emit("\n".join(refusals))

    return take_in(editor, sources, done, store=store)


def files_to_take_in(paths: list[Path]) -> list[tuple[Path | bytes, str]]:
    """Dropped files and folders: a folder brings the pictures it holds (not its subfolders),
    in name order; a file is taken as it is (a refusal then names it)."""
    sources: list[tuple[Path | bytes, str]] = []
    for path in paths:
        if path.is_dir():
            pictures = sorted(p for p in path.iterdir() if p.is_file() and is_picture_name(p))
            sources += [(p, p.name) for p in pictures]
        else:
            sources.append((path, path.name))
    return sources


def add_image(editor: MapEditor, target: Target, image: QImage) -> PhotoIntake | None:
    """An image from the clipboard, as PNG bytes through the same safe intake."""
    if image.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # QIODevice overload untyped
    return add_photos(
        editor,
        target,
        [(bytes(buffer.data().data()), QCoreApplication.translate("Evidence", "Pasted image"))],
    )


def attach_existing(editor: MapEditor, target: Target, evidence_id: str) -> None:
    editor.apply(None, lambda: editor.document.attach_evidence(evidence_id, *target))


def detach(editor: MapEditor, target: Target, evidence_id: str) -> None:
    editor.apply(None, lambda: editor.document.detach_evidence(evidence_id, *target))


def edit_evidence(editor: MapEditor, evidence_id: str, values: dict[str, Any]) -> None:
    row = editor.document.evidence_item(evidence_id)
    if row is not None and any(getattr(row, name) != value for name, value in values.items()):
        editor.apply(None, lambda: editor.document.update_evidence(evidence_id, **values))


def reorder(editor: MapEditor, target: Target, order: list[str]) -> None:
    """Show the evidence of one element in a new order, as one undo step."""
    editor.apply(None, lambda: editor.document.reorder_evidence(*target, order))


def delete_evidence(editor: MapEditor, evidence_id: str) -> None:
    """Remove from the library and from everything it is attached to (undo brings all back)."""
    editor.apply(None, lambda: editor.document.delete_evidence(evidence_id))
