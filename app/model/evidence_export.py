"""Export of a map's evidence to a folder, for reports: every photo, and one Markdown index.

Photos are written as they are stored (the normalised JPEG or PNG, no metadata), one file per
distinct picture, named after its caption; a stored picture that fails its check
(picture_check.py) is not written at all. Quotes, links and notes go to one Markdown file
with their speaker, source, date and the elements they are used on: a report pastes quotes
as a list, one file keeps their library order, opens in any text editor, and shows the
photos beside them in a Markdown viewer, where hundreds of tiny files would not.

File names come from captions the user typed, so they are made safe for every system: no
separators, no control or bidi characters, no '..', no reserved Windows names, NFC, limited
length. Nothing is ever overwritten (" (2)" is added) or written outside the folder; if
writing fails, the files this export wrote are removed and one `ExportError` says why.
`collect_evidence` reads the document (GUI thread); `write_evidence` only writes files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import select

# _reason: the phrases of a failed Save ("the disk is full"...), which the editor translates
from .document import JourneyDocument, _reason
from .errors import DocumentError, shown_name
from .picture_check import CheckedPicture, PictureRefusal, check_all
from .schema import Asset
from .text import without_bidi_controls

NAME_LIMIT = 80
"""Characters kept from a caption for a file name (and at most 160 bytes of UTF-8)."""
_NAME_BYTES = 160
_SEPARATORS = str.maketrans({"/": "-", "\\": "-"})
_FORBIDDEN = set('<>:"|?*')  # Windows refuses these in names
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
}  # fmt: skip
_ZWJ = "\u200d"  # joins emoji sequences: the one format character kept
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}
_LINKABLE = re.compile(r"(?i)^(https?://|mailto:)\S+$")

_WORDS = {
    "en": {
        "evidence": "Evidence",
        "title": "{title}: evidence",
        "quote": "Quotes",
        "photo": "Photos",
        "link": "Links",
        "note": "Notes",
        "used": "Used on: ",
        "unused": "Not used on the map.",
        "untitled photo": "Photo",
        "open": "“",
        "close": "”",
        "card": "card",
        "emotion_point": "emotion point",
        "stage": "stage",
        "persona": "persona",
        "journey": "journey",
    },
    "fr": {
        "evidence": "Éléments de preuve",
        "title": "{title}\u00a0: éléments de preuve",
        "quote": "Verbatims",
        "photo": "Photos",
        "link": "Liens",
        "note": "Notes",
        "used": "Utilisé sur\u00a0: ",
        "unused": "Non utilisé sur la carte.",
        "untitled photo": "Photo",
        "open": "«\u00a0",
        "close": "\u00a0»",
        "card": "carte",
        "emotion_point": "point d’émotion",
        "stage": "étape",
        "persona": "persona",
        "journey": "parcours",
    },
}


class ExportError(DocumentError):
    """The evidence could not be exported; the files this export had written are removed."""

    def __init__(self, folder: Path | str, reason: str) -> None:
        self.folder = Path(folder)
        self.reason = reason
        super().__init__(f"The evidence was not exported to {shown_name(self.folder)}: {reason}.")


@dataclass(frozen=True)
class ExportedEvidence:
    """One piece of evidence as the export writes it; `uses` are readable labels."""

    id: str
    kind: str
    title: str
    text: str
    speaker: str
    source: str
    date: str
    url: str
    asset_sha256: str | None
    uses: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceExport:
    """Everything `write_evidence` needs, copied out of the document (no session)."""

    title: str
    language: str
    items: tuple[ExportedEvidence, ...]
    pictures: Mapping[str, tuple[str, bytes]] = field(repr=False)  # sha256 -> (type, bytes)
    dropped: tuple[PictureRefusal, ...] = ()  # pictures that failed their check: not written


def export_evidence(document: JourneyDocument, folder: Path | str) -> list[Path]:
    """Write all photos and an index of all quotes, links and notes into `folder`.

    The folder is created if missing; returns the files written (photos, then the index).
    """
    return write_evidence(collect_evidence(document), folder)


def collect_evidence(document: JourneyDocument) -> EvidenceExport:
    """Copy the library, where each item is used and the photos' bytes out of `document`."""
    project = document.project()
    words = _WORDS.get(project.language, _WORDS["en"])
    journeys = {j.id: j.title for j in document.journeys()}
    usage = document.evidence_usage()
    items = []
    for evidence in document.evidence():
        uses = []
        for use in usage.get(evidence.id, ()):
            label = words[use.kind]
            if use.label and use.kind != "journey":
                label += f" {words['open']}{use.label}{words['close']}"
            journey = journeys.get(use.journey_id or "", "")
            if journey:
                label += f" ({journey})" if use.kind != "journey" else f" {journey}"
            uses.append(label)
        items.append(
            ExportedEvidence(
                evidence.id,
                evidence.kind,
                evidence.title,
                evidence.text,
                evidence.speaker,
                evidence.source,
                evidence.date,
                evidence.url,
                evidence.asset_sha256,
                tuple(uses),
            )
        )
    keys = {item.asset_sha256 for item in items if item.asset_sha256}
    rows = document.session.execute(
        select(
            Asset.sha256, Asset.media_type, Asset.width, Asset.height, Asset.data, Asset.thumbnail
        ).where(Asset.sha256.in_(keys))
    )
    pictures, dropped = {}, []
    for verdict in check_all(tuple(row) for row in rows):  # a stored picture is untrusted
        if isinstance(verdict, CheckedPicture):
            pictures[verdict.sha256] = (verdict.media_type, verdict.data)
        else:
            dropped.append(verdict)
    return EvidenceExport(
        project.title, project.language, tuple(items), MappingProxyType(pictures), tuple(dropped)
    )


def write_evidence(export: EvidenceExport, folder: Path | str) -> list[Path]:
    """Write `export` into `folder` (created if missing); safe to run on a worker thread."""
    folder = Path(folder).absolute()
    if folder.exists() and not folder.is_dir():
        raise ExportError(folder, "it is a file, not a folder")
    missing: list[Path] = []
    writer = _Writer(folder)
    try:
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        folder.mkdir(parents=True, exist_ok=True)
        writer.base = folder.resolve()
        words = _WORDS.get(export.language, _WORDS["en"])
        photo_names: dict[str, str] = {}
        for item in export.items:
            if item.asset_sha256 in export.pictures and item.asset_sha256 not in photo_names:
                media_type, data = export.pictures[item.asset_sha256]
                caption = item.title or _first_line(item.text) or item.speaker
                name = writer.write(caption, words["untitled photo"], _EXTENSIONS[media_type], data)
                photo_names[item.asset_sha256] = name
        if export.items:
            index = _markdown(export, words, photo_names).encode("utf-8")
            writer.write(words["evidence"], words["evidence"], ".md", index)
    except OSError as error:
        writer.undo(missing)
        raise ExportError(folder, _reason(error)) from error
    except BaseException:
        writer.undo(missing)
        raise
    return writer.written


class _Writer:
    """Creates new files only, inside one folder, and remembers them to undo a failed export."""

    def __init__(self, folder: Path) -> None:
        self.base = folder
        self.written: list[Path] = []
        self._taken: set[str] = set()  # casefolded: "Photo.jpg" and "photo.jpg" are one on Windows

    def write(self, caption: str, fallback: str, extension: str, data: bytes) -> str:
        stem = safe_file_name(caption, fallback)
        for number in count(1):
            name = f"{stem}{extension}" if number == 1 else f"{stem} ({number}){extension}"
            if name.casefold() in self._taken:
                continue
            target = self.base / name
            if target.parent != self.base or not self._stays_inside(target):
                continue  # a symbolic link by that name points elsewhere: never follow it
            try:
                # O_EXCL: fails on any existing entry, a symbolic link included
                with target.open("xb") as file:
                    self.written.append(target)
                    file.write(data)
            except FileExistsError:
                continue
            self._taken.add(name.casefold())
            return name
        raise AssertionError("count() never ends")

    def _stays_inside(self, target: Path) -> bool:
        try:
            return target.resolve().parent == self.base
        except (OSError, RuntimeError):  # a loop of symbolic links
            return False

    def undo(self, created_folders: list[Path]) -> None:
        for path in self.written:
            with suppress(OSError):
                path.unlink()
        for folder in created_folders:  # deepest first
            with suppress(OSError):
                folder.rmdir()


def safe_file_name(text: str, fallback: str, limit: int = NAME_LIMIT) -> str:
    """A file name (without extension) from user text, valid and harmless on every system."""
    text = unicodedata.normalize("NFC", text).translate(_SEPARATORS)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in _FORBIDDEN or char.isspace() or category in ("Cc", "Cs", "Zl", "Zp"):
            kept.append(" ")
        elif category != "Cf" or char == _ZWJ:  # format characters hide bidi tricks
            kept.append(char)
    name = " ".join("".join(kept).split())
    name = re.sub(r"\.{2,}", "…", name).strip(" .")
    name = name[:limit]
    while len(name.encode("utf-8")) > _NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(_ZWJ).strip(" .")
    if not name:
        return safe_file_name(fallback, "", limit) if fallback else "_"
    first = name.split(".", 1)[0].rstrip(" ")
    if first.upper() in _RESERVED:
        name = first + "_" + name[len(first) :]
    return name


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _markdown(export: EvidenceExport, words: dict[str, str], photo_names: dict[str, str]) -> str:
    title = words["title"].format(title=_escape(export.title)) if export.title else None
    lines = [f"# {title or words['evidence']}", ""]
    for kind in ("quote", "photo", "link", "note"):
        items = [item for item in export.items if item.kind == kind]
        if not items:
            continue
        lines += [f"## {words[kind]} ({len(items)})", ""]
        for item in items:
            lines += _entry(item, words, photo_names.get(item.asset_sha256 or ""))
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(item: ExportedEvidence, words: dict[str, str], photo: str | None) -> list[str]:
    lines = []
    caption, text = item.title, item.text.strip()
    if item.kind == "photo":
        if not caption:
            caption = _first_line(text) or item.speaker or words["untitled photo"]
            text = "" if caption == text else text
        lines += [f"### {_escape(caption)}", ""]
        if photo:
            lines += [f"![{_escape(caption)}](<{photo}>)", ""]
    elif caption:
        lines += [f"**{_escape(caption)}**", ""]
    if item.kind == "link" and item.url.strip():
        url = item.url.strip()
        linkable = _LINKABLE.match(url) and not set(url) & set("<>")
        lines += [f"[{_escape(url)}](<{url}>)" if linkable else _escape(url), ""]
    if text:
        prefix = "> " if item.kind in ("quote", "note") else ""
        lines += [(prefix + _escape(line)).rstrip() for line in text.splitlines()]
        lines.append("")
    credit = ", ".join(_escape(part) for part in (item.speaker, item.source, item.date) if part)
    if credit:
        lines += [f"— {credit}", ""]
    used = "; ".join(_escape(use) for use in item.uses)
    lines += [words["used"] + used if used else words["unused"], "", ""]
    return lines


def _escape(text: str) -> str:
    """Text shown literally by Markdown (no emphasis, links, HTML or headings from it, and no
    bidirectional override turning what follows around)."""
    text = without_bidi_controls(" ".join(text.splitlines()))
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)
