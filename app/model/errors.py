"""Errors a user can meet, each carrying one sentence written for that user.

The UI shows `str(error)` in a message box and the command line prints it; neither ever
shows a traceback for these.
"""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """Base of every error of the document layer that a user can meet."""


def shown_name(path: Path | str) -> str:
    """A file's name as one line (a hostile name could hold line breaks)."""
    name = Path(path).name
    return "".join(c if c.isprintable() else "?" for c in name)


class InvalidFileError(DocumentError):
    """The file is not a whole, valid Parcours document; it was not modified."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{shown_name(self.path)} cannot be opened: {problem}.")


class SidecarError(InvalidFileError):
    """A `-wal` or `-journal` file beside the map holds data the map alone lacks; the user may
    open the map without it (`JourneyDocument.open(without_sidecars=True)`) or leave it."""

    def __init__(self, path: Path | str, sidecar: str) -> None:
        self.sidecar = shown_name(sidecar)
        what = "an unfinished change" if sidecar.endswith("-journal") else "changes"
        super().__init__(
            path,
            f"“{self.sidecar}” beside it holds {what} that the map itself lacks (the program "
            "that wrote it did not close it properly)",
        )


class NewerVersionError(InvalidFileError):
    """The file was written by a newer Parcours whose format this one does not know."""

    def __init__(self, path: Path | str, version: int, known: int) -> None:
        self.version, self.known = version, known
        super().__init__(
            path,
            f"it was saved by a newer version of Parcours (file format {version}, "
            f"this version reads up to {known}); update Parcours to open it",
        )


class AlreadyOpenError(DocumentError):
    """Another Parcours window or process holds the file."""

    def __init__(self, path: Path | str, holder: str) -> None:
        self.path = Path(path)
        self.holder = holder
        super().__init__(f"{shown_name(self.path)} is already open in {holder}.")


class LockedElsewhereError(AlreadyOpenError):
    """A lock says the map is open on another machine, or Parcours cannot judge the lock: the
    user may open the map read-only, or take it over (`JourneyDocument.open(take_over=True)`).

    `host` is None when the lock file cannot be read at all."""

    def __init__(
        self, path: Path | str, host: str | None, user: str = "?", opened: str = "?"
    ) -> None:
        self.host = _line(host) if host is not None else None
        self.user, self.opened = _line(user), _line(opened)
        if self.host is None:
            holder = "a lock file Parcours cannot read"
            sentence = (
                f"{shown_name(path)} is marked as open by a lock file Parcours cannot read; open "
                "it read-only, or take it over if nobody is editing it."
            )
        else:
            holder = f"Parcours on {self.host} (opened by {self.user} at {self.opened})"
            sentence = (
                f"{shown_name(path)} is open in {holder}, or was left open there; open it "
                "read-only, or take it over if nobody is editing it there."
            )
        super().__init__(path, holder)
        self.args = (sentence,)


def _line(text: str, limit: int = 60) -> str:
    """A name read from an untrusted file, fit for one line of a sentence."""
    shown = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


class ReadOnlyDocumentError(DocumentError):
    """An edit or a Save was attempted on a document opened read-only."""

    def __init__(self, path: Path | str | None) -> None:
        self.path = Path(path) if path else None
        name = shown_name(path) if path else "This map"
        super().__init__(f"{name} is open read-only; use Save As to keep an editable copy.")


class SaveError(DocumentError):
    """Saving failed; the file on disk is still the previous whole version."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"{shown_name(self.path)} was not saved: {reason}. The file on disk is unchanged."
        )


EDIT_ERRORS: dict[str, str] = {
    "gone": "That {element} no longer exists in this map.",
    "journey_gone": "That journey no longer exists in this map.",
    "not_editable": "{fields} cannot be edited here.",
    "value_not_allowed": "That value is not allowed ({detail}).",
    "different_journeys": "That lane and that stage belong to different journeys.",
    "point_card_elsewhere": "An emotion point can only refer to a card of its own journey.",
    "no_cards_in_emotion_lane": "An emotion lane holds emotion points, not cards.",
    "points_in_emotion_lane": "Emotion points go in an emotion lane.",
    "emotion_range": "An emotion goes from -5 (worst) to +5 (best).",
    "offset_range": "A point's place inside a stage goes from 0 (left) to 1 (right).",
    "project_exists": "This map already has its project.",
    "lane_kind_not_empty": "A lane's kind can only change while the lane is empty.",
    "evidence_target": "Evidence cannot be attached to a {kind}.",
    "evidence_pairs": "Evidence is attached to (kind, id) pairs.",
    "already_attached": "That evidence is already attached there.",
    "not_attached": "That evidence is not attached there.",
    "evidence_order": "The new order must list each evidence shown there once.",
    "no_place": "{table} has no place to restore.",
    "step_refused": "An edit of this step was refused; nothing was kept.",
    "step_under_way": "Undo and redo wait for the step under way to finish.",
    "history_cleared": (
        "The history no longer matches the map, so it was cleared; the map is intact."
    ),
    "unsafe_text": (
        "That text holds a character Parcours cannot keep ({code_point}, an invisible control "
        "or non-character); remove it and try again."
    ),
    "metric_phase": "A metric is measured before or after the changes.",
    "csat_method": "CSAT is the share of 4 and 5 answers, or the mean.",
    "ces_scale": "CES is answered on a scale of 1 to 5 or 1 to 7.",
    "metric_elsewhere": "A metric moves only between stages of its journey.",
    "self_connection": "A card cannot be connected to itself.",
    "connection_elsewhere": "Only cards of the same journey can be connected.",
    "already_connected": "These two cards are already connected.",
    "beyond_scale": "Some answers lie beyond that scale; clear them first.",
    "not_from_answers": "Only NPS, CSAT and CES are computed from answers.",
    "not_computed": "Only NPS, CSAT, CES and conversion metrics are computed.",
    "count_value": "A count of answers is a whole number, 0 or more.",
    "counts_kind": "Those counts do not belong to this kind of metric.",
    "more_converted": "More people cannot go on than started.",
    "counts_too_long": "Those counts are too long to keep.",
    "nps_answer": "An NPS answer goes from 0 to 10, not {answer}.",
    "answer_range": "An answer on this scale goes from {low} to {high}.",
    "not_an_answer": "“{part}” is not an answer (a whole number).",
    "comment_target": "A comment cannot be put on a {kind}.",
    "comment_empty": "A comment needs some text.",
    "comment_too_long": "A comment holds at most {most} characters.",
}
"""What a refused edit says, by code; the editor words each code in the interface's language
(app/ui/messages.py) with the same arguments."""


class InvalidEditError(DocumentError):
    """A verb was called with a value out of range or an element that does not exist.

    `code` (a key of `EDIT_ERRORS`) and `params` say which, so the editor translates the
    sentence rather than parsing it."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code if code in EDIT_ERRORS else "other"
        self.params = params
        text = EDIT_ERRORS[code].format(**params) if code in EDIT_ERRORS else code
        super().__init__(text)


class UnknownTemplateError(DocumentError):
    """No template has that name."""


class UnsafeTextError(InvalidEditError):
    """Text holding a character that no writer can carry (see text.py)."""

    def __init__(self, char: str) -> None:
        self.code_point = f"U+{ord(char):04X}"
        super().__init__("unsafe_text", code_point=self.code_point)


class LimitError(InvalidFileError):
    """The map is beyond one of Parcours' stated limits (limits.py); nothing of it was read.

    `what` is a table name, "TABLE per journey", "file_size" or "text"; `most` the limit;
    `things` how the sentence names a table's rows ("cards")."""

    def __init__(self, path: Path | str, what: str, most: int, things: str = "") -> None:
        self.what, self.most, self.things = what, most, things
        if what == "file_size":
            problem = f"it is larger than {most // (1024 * 1024)} MB, the most Parcours opens"
        elif what == "text":
            problem = f"it holds more than {most:,} characters of text, the most Parcours opens"
        elif what.endswith(" per journey"):
            problem = f"it holds a journey of more than {most:,} {things}, the most Parcours opens"
        else:
            problem = f"it holds more than {most:,} {things}, the most Parcours opens"
        super().__init__(path, problem)
