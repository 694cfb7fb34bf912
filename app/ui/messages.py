"""The document layer's sentences in the interface's language.

The model (no Qt) words its errors in English; the editor shows them translated. Each error
type is rebuilt from its parts, and the parts are looked up in the "DocumentError" context of
our translations (listed below so that lupdate finds them). A part still unknown (a new message,
a detail from the operating system) stays in English rather than being lost.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.model import (
    AlreadyOpenError,
    DocumentError,
    InvalidEditError,
    InvalidFileError,
    NewerVersionError,
    ReadOnlyDocumentError,
    SaveError,
)
from app.model.errors import (
    LimitError,
    LockedElsewhereError,
    SidecarError,
    shown_name,
)
from app.model.evidence_export import ExportError as EvidenceExportError
from app.model.pictures import PictureError
from app.model.steps import StepLabel
from app.model.table_export import TableExportError
from app.model.table_import import Problem
from app.model.table_read import TableReadError

CONTEXT = "DocumentError"
KNOWN_PARTS = (
    QT_TRANSLATE_NOOP("DocumentError", "the file does not exist"),
    QT_TRANSLATE_NOOP("DocumentError", "it is a folder"),
    QT_TRANSLATE_NOOP("DocumentError", "the file is empty"),
    QT_TRANSLATE_NOOP("DocumentError", "it is not a Parcours map (not an SQLite database)"),
    QT_TRANSLATE_NOOP("DocumentError", "the file is truncated or damaged"),
    QT_TRANSLATE_NOOP("DocumentError", "the file is damaged (its SQLite header is invalid)"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "it is an SQLite database of another program, not a Parcours map"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "the file is damaged (its database cannot be read)"),
    QT_TRANSLATE_NOOP("DocumentError", "the file is damaged (the database integrity check failed)"),
    QT_TRANSLATE_NOOP("DocumentError", "the file is damaged (its values cannot be read)"),
    QT_TRANSLATE_NOOP("DocumentError", "it holds out-of-range values"),
    QT_TRANSLATE_NOOP("DocumentError", "it holds text that is not valid UTF-8"),
    QT_TRANSLATE_NOOP("DocumentError", "it holds database objects a Parcours map never has"),
    QT_TRANSLATE_NOOP("DocumentError", "its database objects differ from those of a Parcours map"),
    QT_TRANSLATE_NOOP("DocumentError", "it does not describe exactly one project"),
    QT_TRANSLATE_NOOP("DocumentError", "it holds links to elements that do not exist"),
    QT_TRANSLATE_NOOP("DocumentError", "a card lies in an emotion lane"),
    QT_TRANSLATE_NOOP("DocumentError", "an emotion point refers to a card of another journey"),
    QT_TRANSLATE_NOOP("DocumentError", "an emotion point lies outside an emotion lane"),
    QT_TRANSLATE_NOOP("DocumentError", "an element spans two journeys"),
    QT_TRANSLATE_NOOP("DocumentError", "its folder is gone"),
    QT_TRANSLATE_NOOP("DocumentError", "it is a named pipe (FIFO), not a file"),
    QT_TRANSLATE_NOOP("DocumentError", "it is a device, not a file"),
    QT_TRANSLATE_NOOP("DocumentError", "it is a socket, not a file"),
    QT_TRANSLATE_NOOP("DocumentError", "it is not a regular file"),
    QT_TRANSLATE_NOOP("DocumentError", "there is no room for its working copy"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "it holds text with invisible control characters or non-characters"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "a connection joins cards of two journeys"),
    QT_TRANSLATE_NOOP("DocumentError", "its comments answer each other in a loop"),
    QT_TRANSLATE_NOOP("DocumentError", "a reply to a comment answers another reply"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "a reply to a comment lies on another element than its comment"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "the recovery data is damaged"),
    QT_TRANSLATE_NOOP("DocumentError", "it could not be upgraded to the current format"),
    QT_TRANSLATE_NOOP("DocumentError", "it cannot be read"),
    QT_TRANSLATE_NOOP("DocumentError", "the disk is full"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "the folder is read-only or you lack permission to write there"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "the folder does not exist"),
    QT_TRANSLATE_NOOP("DocumentError", "the disk could not be written"),
    QT_TRANSLATE_NOOP("DocumentError", "its folder does not exist"),
    QT_TRANSLATE_NOOP("DocumentError", "it has no file yet; use Save As"),
    QT_TRANSLATE_NOOP("DocumentError", "another Parcours window"),
    QT_TRANSLATE_NOOP("DocumentError", "Untitled map"),
    # pictures (app.model.pictures.PICTURE_MESSAGES)
    QT_TRANSLATE_NOOP("DocumentError", "%1 is empty."),
    QT_TRANSLATE_NOOP(
        "DocumentError", "%1 is larger than 40 MB, the most Parcours takes in for one picture."
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError", "%1 has too many pixels to be a photo (more than 80 megapixels)."
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError", "%1 is damaged or incomplete and cannot be read as a picture."
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "%1 is not a picture Parcours can take in (JPEG, PNG, WebP, GIF, BMP or TIFF).",
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "%1 is a PDF document, not a picture; export the page as PNG or JPEG first.",
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "%1 is a PostScript or EPS drawing, which Parcours does not open for safety.",
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError", "%1 is an SVG drawing, not a photo; export it as PNG first."
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "%1 is a HEIC or AVIF photo, which Parcours cannot read; export it as JPEG first.",
    ),
    QT_TRANSLATE_NOOP("DocumentError", "%1 is not a file that can be read as a picture."),
    QT_TRANSLATE_NOOP("DocumentError", "%1 no longer exists."),
    QT_TRANSLATE_NOOP("DocumentError", "%1 cannot be read (permission denied or the disk failed)."),
)
_DETAIL = re.compile(r"^(.*?) (\(.*\))$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _part(text: str) -> str:
    """A phrase, translated; a trailing detail in brackets is kept as it is."""
    translated = _tr(text)
    if translated != text:
        return translated
    match = _DETAIL.match(text)
    if match and _tr(match.group(1)) != match.group(1):
        return f"{_tr(match.group(1))} {match.group(2)}"
    return text


LIMIT_THINGS = {
    "journey": str(QT_TRANSLATE_NOOP("DocumentError", "journeys")),
    "persona": str(QT_TRANSLATE_NOOP("DocumentError", "personas")),
    "stage": str(QT_TRANSLATE_NOOP("DocumentError", "stages")),
    "lane": str(QT_TRANSLATE_NOOP("DocumentError", "lanes")),
    "card": str(QT_TRANSLATE_NOOP("DocumentError", "cards")),
    "emotion_point": str(QT_TRANSLATE_NOOP("DocumentError", "emotion points")),
    "metric": str(QT_TRANSLATE_NOOP("DocumentError", "metrics")),
    "evidence": str(QT_TRANSLATE_NOOP("DocumentError", "pieces of evidence")),
    "evidence_link": str(QT_TRANSLATE_NOOP("DocumentError", "evidence links")),
    "asset": str(QT_TRANSLATE_NOOP("DocumentError", "pictures")),
    "comment": str(QT_TRANSLATE_NOOP("DocumentError", "comments")),
}


def _number(value: int) -> str:
    """A count as the interface's language writes it (20,000 or 20 000)."""
    return QLocale().toString(value)


def _limit_problem(error: LimitError) -> str:
    if error.what == "file_size":
        return QCoreApplication.translate(
            "DocumentError", "it is larger than %1 MB, the most Parcours opens"
        ).replace("%1", _number(error.most // (1024 * 1024)))
    if error.what == "text":
        return QCoreApplication.translate(
            "DocumentError", "it holds more than %1 characters of text, the most Parcours opens"
        ).replace("%1", _number(error.most))
    if error.what.endswith(" per journey"):
        things = LIMIT_THINGS.get(error.what.removesuffix(" per journey"))
        return (
            QCoreApplication.translate(
                "DocumentError", "it holds a journey of more than %1 %2, the most Parcours opens"
            )
            .replace("%1", _number(error.most))
            .replace("%2", _tr(things) if things else error.things)
        )
    things = LIMIT_THINGS.get(error.what)
    return (
        QCoreApplication.translate(
            "DocumentError", "it holds more than %1 %2, the most Parcours opens"
        )
        .replace("%1", _number(error.most))
        .replace("%2", _tr(things) if things else error.things)
    )


def _sidecar_problem(error: SidecarError) -> str:
    if error.sidecar.endswith("-journal"):
        template = QCoreApplication.translate(
            "DocumentError",
            "“%1” beside it holds an unfinished change that the map itself lacks (the program "
            "that wrote it did not close it properly)",
        )
    else:
        template = QCoreApplication.translate(
            "DocumentError",
            "“%1” beside it holds changes that the map itself lacks (the program that wrote it "
            "did not close it properly)",
        )
    return template.replace("%1", error.sidecar)


EDIT_TEXTS = {
    "gone": QT_TRANSLATE_NOOP("DocumentError", "That {element} no longer exists in this map."),
    "journey_gone": QT_TRANSLATE_NOOP(
        "DocumentError", "That journey no longer exists in this map."
    ),
    "not_editable": QT_TRANSLATE_NOOP("DocumentError", "{fields} cannot be edited here."),
    "value_not_allowed": QT_TRANSLATE_NOOP(
        "DocumentError", "That value is not allowed ({detail})."
    ),
    "different_journeys": QT_TRANSLATE_NOOP(
        "DocumentError", "That lane and that stage belong to different journeys."
    ),
    "point_card_elsewhere": QT_TRANSLATE_NOOP(
        "DocumentError", "An emotion point can only refer to a card of its own journey."
    ),
    "no_cards_in_emotion_lane": QT_TRANSLATE_NOOP(
        "DocumentError", "An emotion lane holds emotion points, not cards."
    ),
    "points_in_emotion_lane": QT_TRANSLATE_NOOP(
        "DocumentError", "Emotion points go in an emotion lane."
    ),
    "emotion_range": QT_TRANSLATE_NOOP(
        "DocumentError", "An emotion goes from -5 (worst) to +5 (best)."
    ),
    "offset_range": QT_TRANSLATE_NOOP(
        "DocumentError", "A point's place inside a stage goes from 0 (left) to 1 (right)."
    ),
    "project_exists": QT_TRANSLATE_NOOP("DocumentError", "This map already has its project."),
    "lane_kind_not_empty": QT_TRANSLATE_NOOP(
        "DocumentError", "A lane's kind can only change while the lane is empty."
    ),
    "evidence_target": QT_TRANSLATE_NOOP(
        "DocumentError", "Evidence cannot be attached to a {kind}."
    ),
    "evidence_pairs": QT_TRANSLATE_NOOP(
        "DocumentError", "Evidence is attached to (kind, id) pairs."
    ),
    "already_attached": QT_TRANSLATE_NOOP(
        "DocumentError", "That evidence is already attached there."
    ),
    "not_attached": QT_TRANSLATE_NOOP("DocumentError", "That evidence is not attached there."),
    "evidence_order": QT_TRANSLATE_NOOP(
        "DocumentError", "The new order must list each evidence shown there once."
    ),
    "no_place": QT_TRANSLATE_NOOP("DocumentError", "{table} has no place to restore."),
    "step_refused": QT_TRANSLATE_NOOP(
        "DocumentError", "An edit of this step was refused; nothing was kept."
    ),
    "step_under_way": QT_TRANSLATE_NOOP(
        "DocumentError", "Undo and redo wait for the step under way to finish."
    ),
    "history_cleared": QT_TRANSLATE_NOOP(
        "DocumentError",
        "The history no longer matches the map, so it was cleared; the map is intact.",
    ),
    "unsafe_text": QT_TRANSLATE_NOOP(
        "DocumentError",
        "That text holds a character Parcours cannot keep ({code_point}, an invisible control "
        "or non-character); remove it and try again.",
    ),
    "metric_phase": QT_TRANSLATE_NOOP(
        "DocumentError", "A metric is measured before or after the changes."
    ),
    "csat_method": QT_TRANSLATE_NOOP(
        "DocumentError", "CSAT is the share of 4 and 5 answers, or the mean."
    ),
    "ces_scale": QT_TRANSLATE_NOOP(
        "DocumentError", "CES is answered on a scale of 1 to 5 or 1 to 7."
    ),
    "metric_elsewhere": QT_TRANSLATE_NOOP(
        "DocumentError", "A metric moves only between stages of its journey."
    ),
    "self_connection": QT_TRANSLATE_NOOP("DocumentError", "A card cannot be connected to itself."),
    "connection_elsewhere": QT_TRANSLATE_NOOP(
        "DocumentError", "Only cards of the same journey can be connected."
    ),
    "already_connected": QT_TRANSLATE_NOOP(
        "DocumentError", "These two cards are already connected."
    ),
    "beyond_scale": QT_TRANSLATE_NOOP(
        "DocumentError", "Some answers lie beyond that scale; clear them first."
    ),
    "not_from_answers": QT_TRANSLATE_NOOP(
        "DocumentError", "Only NPS, CSAT and CES are computed from answers."
    ),
    "not_computed": QT_TRANSLATE_NOOP(
        "DocumentError", "Only NPS, CSAT, CES and conversion metrics are computed."
    ),
    "count_value": QT_TRANSLATE_NOOP(
        "DocumentError", "A count of answers is a whole number, 0 or more."
    ),
    "counts_kind": QT_TRANSLATE_NOOP(
        "DocumentError", "Those counts do not belong to this kind of metric."
    ),
    "more_converted": QT_TRANSLATE_NOOP("DocumentError", "More people cannot go on than started."),
    "counts_too_long": QT_TRANSLATE_NOOP("DocumentError", "Those counts are too long to keep."),
    "nps_answer": QT_TRANSLATE_NOOP(
        "DocumentError", "An NPS answer goes from 0 to 10, not {answer}."
    ),
    "answer_range": QT_TRANSLATE_NOOP(
        "DocumentError", "An answer on this scale goes from {low} to {high}."
    ),
    "not_an_answer": QT_TRANSLATE_NOOP(
        "DocumentError", "“{part}” is not an answer (a whole number)."
    ),
    "comment_target": QT_TRANSLATE_NOOP("DocumentError", "A comment cannot be put on a {kind}."),
    "comment_empty": QT_TRANSLATE_NOOP("DocumentError", "A comment needs some text."),
    "comment_too_long": QT_TRANSLATE_NOOP(
        "DocumentError", "A comment holds at most {most} characters."
    ),
}
"""Every code of `app.model.errors.EDIT_ERRORS`, translatable; {names} are its arguments."""
ELEMENTS = {
    "card": QT_TRANSLATE_NOOP("DocumentError", "card"),
    "stage": QT_TRANSLATE_NOOP("DocumentError", "stage"),
    "lane": QT_TRANSLATE_NOOP("DocumentError", "lane"),
    "emotion point": QT_TRANSLATE_NOOP("DocumentError", "emotion point"),
    "metric": QT_TRANSLATE_NOOP("DocumentError", "metric"),
    "journey": QT_TRANSLATE_NOOP("DocumentError", "journey"),
    "persona": QT_TRANSLATE_NOOP("DocumentError", "persona"),
    "evidence": QT_TRANSLATE_NOOP("DocumentError", "evidence"),
    "evidence link": QT_TRANSLATE_NOOP("DocumentError", "evidence link"),
    "asset": QT_TRANSLATE_NOOP("DocumentError", "picture"),
    "comment": QT_TRANSLATE_NOOP("DocumentError", "comment"),
}
"""The elements `{element}` and `{kind}` name."""


def edit_message(error: InvalidEditError) -> str:
    """A refused edit in the interface's language, from its code and arguments."""
    source = EDIT_TEXTS.get(error.code)
    if source is None:
        return str(error)
    params = {
        name: _tr(str(ELEMENTS[value]))
        if name in ("element", "kind") and value in ELEMENTS
        else value
        for name, value in error.params.items()
    }
    try:
        return _tr(str(source)).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def user_message(error: DocumentError) -> str:
    """The sentence to show for `error`, in the interface's language."""
    if isinstance(error, LockedElsewhereError):
        if error.host is None:
            template = QCoreApplication.translate(
                "DocumentError",
                "%1 is marked as open by a lock file Parcours cannot read; open it read-only, "
                "or take it over if nobody is editing it.",
            )
        else:
            template = (
                QCoreApplication.translate(
                    "DocumentError",
                    "%1 is open in Parcours on %2 (opened by %3 at %4), or was left open there; "
                    "open it read-only, or take it over if nobody is editing it there.",
                )
                .replace("%2", error.host)
                .replace("%3", error.user)
                .replace("%4", error.opened)
            )
        return template.replace("%1", shown_name(error.path))
    if isinstance(error, LimitError | SidecarError):
        problem = (
            _limit_problem(error) if isinstance(error, LimitError) else _sidecar_problem(error)
        )
        return (
            QCoreApplication.translate("DocumentError", "%1 cannot be opened: %2.")
            .replace("%1", shown_name(error.path))
            .replace("%2", problem)
        )
    if isinstance(error, InvalidEditError):
        return edit_message(error)
    if isinstance(error, NewerVersionError):
        return (
            QCoreApplication.translate(
                "DocumentError",
                "%1 cannot be opened: it was saved by a newer version of Parcours (file format %2, "
                "this version reads up to %3); update Parcours to open it.",
            )
            .replace("%1", shown_name(error.path))
            .replace("%2", str(error.version))
            .replace("%3", str(error.known))
        )
    if isinstance(error, InvalidFileError):
        problem = error.problem
        version = re.fullmatch(r"its format version (-?\d+) is not one Parcours wrote", problem)
        if version:
            problem = QCoreApplication.translate(
                "DocumentError", "its format version %1 is not one Parcours wrote"
            ).replace("%1", version.group(1))
        else:
            problem = _part(problem)
        return (
            QCoreApplication.translate("DocumentError", "%1 cannot be opened: %2.")
            .replace("%1", shown_name(error.path))
            .replace("%2", problem)
        )
    if isinstance(error, AlreadyOpenError):
        holder = error.holder
        window = re.fullmatch(r"another Parcours window \(process (\d+)\)", holder)
        other = re.fullmatch(r"Parcours on (.*) \(opened by (.*) at (.*)\)", holder)
        if window:
            holder = QCoreApplication.translate(
                "DocumentError", "another Parcours window (process %1)"
            ).replace("%1", window.group(1))
        elif other:
            holder = (
                QCoreApplication.translate("DocumentError", "Parcours on %1 (opened by %2 at %3)")
                .replace("%1", other.group(1))
                .replace("%2", other.group(2))
                .replace("%3", other.group(3))
            )
        else:
            holder = _part(holder)
        return (
            QCoreApplication.translate("DocumentError", "%1 is already open in %2.")
            .replace("%1", shown_name(error.path))
            .replace("%2", holder)
        )
    if isinstance(error, ReadOnlyDocumentError):
        name = (
            shown_name(error.path)
            if error.path
            else QCoreApplication.translate("DocumentError", "This map")
        )
        return QCoreApplication.translate(
            "DocumentError", "%1 is open read-only; use Save As to keep an editable copy."
        ).replace("%1", name)
    if isinstance(error, PictureError):
        return _tr(error.template).replace("%1", error.name)
    if isinstance(error, EvidenceExportError):
        return (
            QCoreApplication.translate("DocumentError", "The evidence was not exported to %1: %2.")
            .replace("%1", shown_name(error.folder))
            .replace("%2", _part(error.reason))
        )
    if isinstance(error, TableReadError):
        return (
            QCoreApplication.translate("DocumentError", "%1 cannot be imported: %2.")
            .replace("%1", shown_name(error.path))
            .replace("%2", table_problem(error.problem))
        )
    if isinstance(error, TableExportError):
        return _part(str(error))
    if isinstance(error, SaveError):
        return (
            QCoreApplication.translate(
                "DocumentError", "%1 was not saved: %2. The file on disk is unchanged."
            )
            .replace("%1", shown_name(error.path))
            .replace("%2", _part(error.reason))
        )
    return _part(str(error))


STEP_CONTEXT = "Step"
STEP_TEXTS = {
    "edit": QT_TRANSLATE_NOOP("Step", "Edit"),
    "add_card": QT_TRANSLATE_NOOP("Step", "Add card “%1”"),
    "add_cards": QT_TRANSLATE_NOOP("Step", "Add %n cards"),
    "update_card": QT_TRANSLATE_NOOP("Step", "Edit card “%1”"),
    "rename_card": QT_TRANSLATE_NOOP("Step", "Rename card “%1”"),
    "move_card": QT_TRANSLATE_NOOP("Step", "Move card “%1”"),
    "move_cards": QT_TRANSLATE_NOOP("Step", "Move %n cards"),
    "delete_cards": QT_TRANSLATE_NOOP("Step", "Delete card “%1”"),
    "delete_many_cards": QT_TRANSLATE_NOOP("Step", "Delete %n cards"),
    "delete_selection": QT_TRANSLATE_NOOP("Step", "Delete %n elements"),
    "paste": QT_TRANSLATE_NOOP("Step", "Paste %n cards"),
    "import": QT_TRANSLATE_NOOP("Step", "Import %n rows from “%1”"),
    "duplicate": QT_TRANSLATE_NOOP("Step", "Duplicate %n cards"),
    "cut": QT_TRANSLATE_NOOP("Step", "Cut %n cards"),
    "add_stage": QT_TRANSLATE_NOOP("Step", "Add stage “%1”"),
    "update_stage": QT_TRANSLATE_NOOP("Step", "Edit stage “%1”"),
    "rename_stage": QT_TRANSLATE_NOOP("Step", "Rename stage “%1”"),
    "resize_stage": QT_TRANSLATE_NOOP("Step", "Resize stage “%1”"),
    "move_stage": QT_TRANSLATE_NOOP("Step", "Move stage “%1”"),
    "delete_stage": QT_TRANSLATE_NOOP("Step", "Delete stage “%1”"),
    "add_lane": QT_TRANSLATE_NOOP("Step", "Add lane “%1”"),
    "update_lane": QT_TRANSLATE_NOOP("Step", "Edit lane “%1”"),
    "rename_lane": QT_TRANSLATE_NOOP("Step", "Rename lane “%1”"),
    "resize_lane": QT_TRANSLATE_NOOP("Step", "Resize lane “%1”"),
    "move_lane": QT_TRANSLATE_NOOP("Step", "Move lane “%1”"),
    "delete_lane": QT_TRANSLATE_NOOP("Step", "Delete lane “%1”"),
    "add_emotion_point": QT_TRANSLATE_NOOP("Step", "Add emotion point"),
    "set_emotion_value": QT_TRANSLATE_NOOP("Step", "Change feeling “%1”"),
    "move_emotion_point": QT_TRANSLATE_NOOP("Step", "Move emotion point “%1”"),
    "update_emotion_point": QT_TRANSLATE_NOOP("Step", "Edit emotion point “%1”"),
    "delete_emotion_points": QT_TRANSLATE_NOOP("Step", "Delete %n emotion points"),
    "add_metric": QT_TRANSLATE_NOOP("Step", "Add metric “%1”"),
    "update_metric": QT_TRANSLATE_NOOP("Step", "Edit metric “%1”"),
    "move_metric": QT_TRANSLATE_NOOP("Step", "Move metric “%1”"),
    "delete_metric": QT_TRANSLATE_NOOP("Step", "Delete metric “%1”"),
    "set_metric_inputs": QT_TRANSLATE_NOOP("Step", "Compute metric “%1”"),
    "add_connection": QT_TRANSLATE_NOOP("Step", "Connect two cards"),
    "delete_connections": QT_TRANSLATE_NOOP("Step", "Delete %n connections"),
    "start_project": QT_TRANSLATE_NOOP("Step", "Describe the project"),
    "update_project": QT_TRANSLATE_NOOP("Step", "Edit the project"),
    "add_persona": QT_TRANSLATE_NOOP("Step", "Add persona “%1”"),
    "update_persona": QT_TRANSLATE_NOOP("Step", "Edit persona “%1”"),
    "delete_persona": QT_TRANSLATE_NOOP("Step", "Delete persona “%1”"),
    "add_journey": QT_TRANSLATE_NOOP("Step", "Add journey “%1”"),
    "update_journey": QT_TRANSLATE_NOOP("Step", "Edit journey “%1”"),
    "move_journey": QT_TRANSLATE_NOOP("Step", "Move journey “%1”"),
    "duplicate_journey": QT_TRANSLATE_NOOP("Step", "Duplicate journey “%1”"),
    "match_stages": QT_TRANSLATE_NOOP("Step", "Match the stages of “%1”"),
    "delete_journey": QT_TRANSLATE_NOOP("Step", "Delete journey “%1”"),
    "add_evidence": QT_TRANSLATE_NOOP("Step", "Add evidence “%1”"),
    "add_quote": QT_TRANSLATE_NOOP("Step", "Add quote"),
    "add_link": QT_TRANSLATE_NOOP("Step", "Add link"),
    "add_note": QT_TRANSLATE_NOOP("Step", "Add note"),
    "add_insight": QT_TRANSLATE_NOOP("Step", "Add insight"),
    "add_photos_evidence": QT_TRANSLATE_NOOP("Step", "Add %n photos"),
    "update_evidence": QT_TRANSLATE_NOOP("Step", "Edit evidence “%1”"),
    "delete_evidence": QT_TRANSLATE_NOOP("Step", "Delete %n pieces of evidence"),
    "attach_evidence": QT_TRANSLATE_NOOP("Step", "Attach evidence"),
    "detach_evidence": QT_TRANSLATE_NOOP("Step", "Detach evidence"),
    "reorder_evidence": QT_TRANSLATE_NOOP("Step", "Reorder evidence"),
    "restore": QT_TRANSLATE_NOOP("Step", "Restore deleted elements"),
    "restore_places": QT_TRANSLATE_NOOP("Step", "Put elements back in place"),
    "merge": QT_TRANSLATE_NOOP("Step", "Merge “%1”"),
    "restore_version": QT_TRANSLATE_NOOP("Step", "Restore the version “%1”"),
    "add_journeys": QT_TRANSLATE_NOOP("Step", "Add the journeys of “%1”"),
    "add_comment": QT_TRANSLATE_NOOP("Step", "Comment “%1”"),
    "reply_to_comment": QT_TRANSLATE_NOOP("Step", "Reply “%1”"),
    "update_comment": QT_TRANSLATE_NOOP("Step", "Edit comment “%1”"),
    "resolve_comment": QT_TRANSLATE_NOOP("Step", "Resolve comment “%1”"),
    "reopen_comment": QT_TRANSLATE_NOOP("Step", "Reopen comment “%1”"),
    "delete_comment": QT_TRANSLATE_NOOP("Step", "Delete comment “%1”"),
}
"""Every step label code (app/model/steps.py) in the interface's language; %1 is the element's
title, %n a count (Qt's plural forms)."""


def step_text(label: StepLabel) -> str:
    """The name of a step of the history, in the interface's language."""
    source = STEP_TEXTS.get(label.code, STEP_TEXTS["edit"])
    count = label.args.get("count", -1)
    count = count if isinstance(count, int) and "%n" in str(source) else -1
    text = QCoreApplication.translate(STEP_CONTEXT, str(source), None, count)
    return text.replace("%1", str(label.args.get("title", "")))


IMPORT_CONTEXT = "ImportReport"
IMPORT_TEXTS = (
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: the title is empty."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: the metric has no name."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: no stage is given."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: no lane is given."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: this journey has no stage “%2”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: this journey has no lane “%2”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: this journey has no stage number %2."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: this journey has no lane number %2."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: this journey has no lane of kind “%2”."),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1: “%2” is an emotion lane, which holds emotion points, not cards."
    ),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 must be a whole number from %3 to %4, not “%5”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 must be a whole number, not “%3”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 must be a number, not “%3”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 must be less than a million million, not “%3”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 must be yes or no, not “%3”."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 cannot be “%3”; it takes %4."),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1: %2 must be a date (YYYY-MM-DD or DD/MM/YYYY), not “%3”."
    ),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 is longer than %3 characters."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: %2 holds an invisible control character (%3)."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: the value of %2 is not allowed (“%3”)."),
    QT_TRANSLATE_NOOP("ImportReport", "Column “%1” is left out (no field of Parcours matches it)."),
    QT_TRANSLATE_NOOP(
        "ImportReport", "The file is not UTF-8; it was read as Windows-1252 (Western European)."
    ),
    QT_TRANSLATE_NOOP("ImportReport", "No column holds the titles: map one to Title."),
    QT_TRANSLATE_NOOP("ImportReport", "No column holds the metric names: map one to Metric."),
    QT_TRANSLATE_NOOP("ImportReport", "No column names the stages: map one to Stage or Stage no."),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1 has %2 cells where the header has %3 (a stray delimiter or quote?)."
    ),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1 has cells to the right of the last titled column."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1 has a cell longer than %2 characters."),
    QT_TRANSLATE_NOOP(
        "ImportReport",
        "Row %1: its new stage “%2” would be one too many (a journey holds at most %3).",
    ),
    QT_TRANSLATE_NOOP(
        "ImportReport",
        "Row %1: its new lane “%2” would be one too many (a journey holds at most %3).",
    ),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1: its new stage “%2” would be one too many (a map holds at most %3)."
    ),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1: its new lane “%2” would be one too many (a map holds at most %3)."
    ),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: one card too many (a map holds at most %2)."),
    QT_TRANSLATE_NOOP("ImportReport", "Row %1: one metric too many (a map holds at most %2)."),
    QT_TRANSLATE_NOOP(
        "ImportReport", "Row %1: the map's text would pass %2 characters, the most a map holds."
    ),
)
"""The import report's sentences (app.model.table_import.IMPORT_MESSAGES), for lupdate."""


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it as it is: Qt renders a tooltip as rich text whenever
    it looks like HTML, so the text is escaped into rich text that reads as the plain one."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def problem_text(problem: Problem) -> str:
    """One sentence of an import's report, in the interface's language."""
    text = QCoreApplication.translate(IMPORT_CONTEXT, problem.template)
    for index in range(len(problem.args), 0, -1):
        text = text.replace(f"%{index}", problem.args[index - 1])
    return text


TABLE_PARTS = (
    QT_TRANSLATE_NOOP("DocumentError", "it cannot be read (permission denied or the disk failed)"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "it is larger than 50 MB, the most Parcours imports from one file"
    ),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "it is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV UTF-8 first",
    ),
    QT_TRANSLATE_NOOP("DocumentError", "it is not an XLSX workbook (it is not even a ZIP archive)"),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "it holds NUL characters, so it is not a text file (save it as CSV UTF-8)",
    ),
    QT_TRANSLATE_NOOP("DocumentError", "its UTF-16 text is damaged"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "its text is neither UTF-8 nor Windows-1252 (save it as CSV UTF-8)"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "it holds no header row"),
    QT_TRANSLATE_NOOP("DocumentError", "it has more than 100 columns"),
    QT_TRANSLATE_NOOP(
        "DocumentError", "it has more than 20,000 rows, the most Parcours imports at once"
    ),
    QT_TRANSLATE_NOOP("DocumentError", "it is damaged, or it is not an XLSX workbook"),
    QT_TRANSLATE_NOOP("DocumentError", "the workbook has no sheet"),
    QT_TRANSLATE_NOOP("DocumentError", "it is a damaged ZIP archive, not a workbook"),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "it is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("DocumentError", "it is a ZIP archive but not an XLSX workbook"),
    QT_TRANSLATE_NOOP("DocumentError", "it holds too many parts to be a workbook"),
    QT_TRANSLATE_NOOP(
        "DocumentError",
        "it unpacks to far more than its size (a ZIP bomb?), more than Parcours reads",
    ),
    QT_TRANSLATE_NOOP("DocumentError", "the sheet is empty"),
)
_TABLE_DETAILS = (
    (
        re.compile(r"it has no sheet “(.*)” \(its sheets: (.*)\)"),
        QT_TRANSLATE_NOOP("DocumentError", "it has no sheet “%1” (its sheets: %2)"),
    ),
    (
        re.compile(r"“(.*)” is a chart, not a sheet of cells"),
        QT_TRANSLATE_NOOP("DocumentError", "“%1” is a chart, not a sheet of cells"),
    ),
    (
        re.compile(r"a cell near line (\d+) is longer than (.*) characters"),
        QT_TRANSLATE_NOOP("DocumentError", "a cell near line %1 is longer than %2 characters"),
    ),
    (
        re.compile(r"a quoted cell that starts near line (\d+) is never closed"),
        QT_TRANSLATE_NOOP(
            "DocumentError", "a quoted cell that starts near line %1 is never closed"
        ),
    ),
    (
        re.compile(r"line (\d+) is not valid CSV \((.*)\)"),
        QT_TRANSLATE_NOOP("DocumentError", "line %1 is not valid CSV (%2)"),
    ),
)


def table_problem(problem: str) -> str:
    """Why a spreadsheet cannot be read, in the interface's language."""
    for pattern, template in _TABLE_DETAILS:
        match = pattern.fullmatch(problem)
        if match:
            text = _tr(str(template))
            for index, value in enumerate(match.groups(), 1):
                text = text.replace(f"%{index}", value)
            return text
    return _part(problem)
