"""What each step of the history is called, in the users' words: "Move card “Simulator”".

A label is a code and its arguments, never a finished sentence: the editor words it in the
interface's language (app/ui/messages.py), scripts and the command line read the English text
here. A step made of one verb is named after that verb and the element it touched; a grouped
step (`with document.step(label)`) carries the label its caller chose.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .journal import RowChange

ENGLISH: dict[str, str] = {
    "edit": "Edit",
    "add_card": "Add card “{title}”",
    "add_cards": "Add {count} cards",
    "update_card": "Edit card “{title}”",
    "rename_card": "Rename card “{title}”",
    "move_card": "Move card “{title}”",
    "move_cards": "Move {count} cards",
    "delete_cards": "Delete card “{title}”",
    "delete_many_cards": "Delete {count} cards",
    "paste": "Paste {count} cards",
    "import": "Import {count} rows from “{title}”",
    "duplicate": "Duplicate {count} cards",
    "cut": "Cut {count} cards",
    "add_stage": "Add stage “{title}”",
    "update_stage": "Edit stage “{title}”",
    "rename_stage": "Rename stage “{title}”",
    "resize_stage": "Resize stage “{title}”",
    "move_stage": "Move stage “{title}”",
    "delete_stage": "Delete stage “{title}”",
    "add_lane": "Add lane “{title}”",
    "update_lane": "Edit lane “{title}”",
    "rename_lane": "Rename lane “{title}”",
    "resize_lane": "Resize lane “{title}”",
    "move_lane": "Move lane “{title}”",
    "delete_lane": "Delete lane “{title}”",
    "add_emotion_point": "Add emotion point",
    "set_emotion_value": "Change feeling “{title}”",
    "move_emotion_point": "Move emotion point “{title}”",
    "update_emotion_point": "Edit emotion point “{title}”",
    "delete_emotion_points": "Delete {count} emotion points",
    "add_metric": "Add metric “{title}”",
    "update_metric": "Edit metric “{title}”",
    "move_metric": "Move metric “{title}”",
    "delete_metric": "Delete metric “{title}”",
    "set_metric_inputs": "Compute metric “{title}”",
    "add_insight": "Add insight",
    "add_connection": "Connect two cards",
    "delete_connections": "Delete {count} connections",
    "start_project": "Describe the project",
    "update_project": "Edit the project",
    "add_persona": "Add persona “{title}”",
    "update_persona": "Edit persona “{title}”",
    "delete_persona": "Delete persona “{title}”",
    "add_journey": "Add journey “{title}”",
    "update_journey": "Edit journey “{title}”",
    "move_journey": "Move journey “{title}”",
    "duplicate_journey": "Duplicate journey “{title}”",
    "match_stages": "Match the stages of “{title}”",
    "delete_journey": "Delete journey “{title}”",
    "add_evidence": "Add evidence “{title}”",
    "add_photos_evidence": "Add {count} photos",
    "update_evidence": "Edit evidence “{title}”",
    "delete_evidence": "Delete {count} pieces of evidence",
    "attach_evidence": "Attach evidence",
    "detach_evidence": "Detach evidence",
    "reorder_evidence": "Reorder evidence",
    "restore": "Restore deleted elements",
    "restore_places": "Put elements back in place",
    "merge": "Merge “{title}”",
    "restore_version": "Restore the version “{title}”",
    "add_journeys": "Add the journeys of “{title}”",
    "add_comment": "Comment “{title}”",
    "reply_to_comment": "Reply “{title}”",
    "update_comment": "Edit comment “{title}”",
    "resolve_comment": "Resolve comment “{title}”",
    "reopen_comment": "Reopen comment “{title}”",
    "delete_comment": "Delete comment “{title}”",
}
"""The English wording of every label code; `{title}` and `{count}` come from its arguments."""

_TITLE_FIELDS = {
    "persona": "name",
    "emotion_point": "label",
    "metric": "name",
}
_FIELD_VERBS = {  # an edit of only these fields has a more precise name
    ("update_card", frozenset({"title"})): "rename_card",
    ("update_stage", frozenset({"title"})): "rename_stage",
    ("update_stage", frozenset({"width"})): "resize_stage",
    ("update_lane", frozenset({"title"})): "rename_lane",
    ("update_lane", frozenset({"height"})): "resize_lane",
}
_TABLE_OF_VERB = {
    "card": "card", "stage": "stage", "lane": "lane", "emotion_point": "emotion_point",
    "metric": "metric", "persona": "persona", "journey": "journey", "evidence": "evidence",
    "project": "project", "connection": "connection", "comment": "comment",
}  # fmt: skip


@dataclass(frozen=True)
class StepLabel:
    """A step's name: a code of `ENGLISH` and its arguments (title, count...)."""

    code: str
    args: Mapping[str, Any]

    @classmethod
    def of(cls, code: str, **args: Any) -> StepLabel:
        return cls(code, dict(args))

    @classmethod
    def load(cls, code: str, args: str) -> StepLabel:
        loaded = json.loads(args)
        return cls(code, loaded if isinstance(loaded, dict) else {})

    @property
    def text(self) -> str:
        """The label in English, for scripts and logs."""
        template = ENGLISH.get(self.code, ENGLISH["edit"])
        try:
            return template.format(**{"title": "", "count": 0, **self.args})
        except (KeyError, IndexError, ValueError):
            return template

    def __hash__(self) -> int:
        return hash((self.code, json.dumps(self.args, sort_keys=True, default=str)))


def label_for(
    verb: str, rows: Sequence[RowChange], subject_ref: tuple[str, str] | None = None
) -> StepLabel:
    """The label of a one-verb step, from the verb, the element it acted on (`subject_ref`,
    the first its `Change` names) and the rows it changed."""
    table = _main_table(verb)
    mine = [row for row in rows if row.table == table] if table else []
    if verb == "delete_cards" and len(mine) > 1:
        return StepLabel.of("delete_many_cards", count=len(mine))
    wanted = subject_ref[1] if subject_ref and subject_ref[0] == table else None
    key = wanted if any(row.key == wanted for row in mine) else _first_key(verb, mine)
    subject = next((row for row in mine if row.key == key), None)
    title = _title(subject.table, subject.row) if subject else ""
    code = verb
    if subject is not None and not subject.added and not subject.removed:
        code = _FIELD_VERBS.get((verb, subject.changed() - {"updated_at"}), verb)
    if code not in ENGLISH:
        code = "edit"
    return StepLabel.of(code, title=title, count=len(mine) or len(rows))


def _main_table(verb: str) -> str | None:
    """The table a verb is about: "move_card" -> "card", "delete_emotion_points" -> ..."""
    for table in sorted(_TABLE_OF_VERB, key=len, reverse=True):
        if table in verb:
            return _TABLE_OF_VERB[table]
    return None


def _first_key(verb: str, rows: Sequence[RowChange]) -> str | None:
    """The element the verb acted on: the one added, removed, else the first updated."""
    if verb.startswith("add_") or verb.startswith("duplicate_"):
        added = [row for row in rows if row.added]
        return added[0].key if added else None
    if verb.startswith("delete_"):
        removed = [row for row in rows if row.removed]
        return removed[0].key if removed else None
    return rows[0].key if rows else None


def _title(table: str, row: Mapping[str, Any]) -> str:
    value = row.get(_TITLE_FIELDS.get(table, "title")) or row.get("text") or ""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"
