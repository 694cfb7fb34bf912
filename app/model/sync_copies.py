"""Conflict copies that sync tools leave beside a map, found so that they can be merged.

When two people save the same file in a synced folder before the tool has carried one save to
the other, the tool keeps both: one under the map's name, the other renamed. The names, as the
tools document them or as their users report them:

- Dropbox: "carte (conflicted copy).cjm", "carte (Jean's conflicted copy 2026-11-30).cjm";
  localized, "carte (Copie en conflit de Jean 2026-11-30).cjm" (help.dropbox.com/fr-fr
  "Qu'est-ce qu'une copie en conflit ?": « copie en conflit », the user name and the date),
  "copia in conflitto" (help.dropbox.com/it-it), and the Spanish, Portuguese, German and Dutch
  forms below.
- Nextcloud and ownCloud desktop clients since 2.5: "carte (conflicted copy 2026-11-30
  101010).cjm", optionally with the user's name before the date (owncloud/client pull request
  #6417, issue #6365; nextcloud/desktop issue #2467 shows real names); before 2.5,
  "carte_conflict-20261130-101010.cjm" (owncloud/client issue #3869).
- Syncthing: "carte.sync-conflict-20261130-101010-ABCDEFG.cjm", the last part the short id of
  the device (older versions leave it out; syncthing issues and conflict resolvers match
  `sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX`).
- OneDrive: the computer's name appended, "carte-PCNAME.cjm", then "carte-PCNAME-1.cjm"
  (abraunegg/onedrive issue #207, skilion/onedrive issue #338).
- Google Drive: "carte (1).cjm". A number in brackets is weak evidence (a browser's second
  download is named the same way), as is OneDrive's suffix ("carte-v2.cjm" matches it).

So a name is only a reason to look: a copy is offered when it is a Parcours map whose history
shares a version with the map's and holds saved work the map does not (its latest version is
not one the map already descends from). Listing the folder and matching names costs next to
nothing; only a file whose name matches is opened, read-only, for its history.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import fileformat, lineage
from .errors import InvalidFileError
from .lineage import Lineage, LineageError, common_version

SUFFIX = ".cjm"

_DROPBOX_PHRASES = (
    "conflicted copy",  # English
    "copie en conflit",  # French
    "copia in conflitto",  # Italian
    "copia en conflicto",  # Spanish
    "cópia em conflito",  # Portuguese
    "konflikt",  # German ("… in Konflikt stehende Kopie …")
    "conflicterende kopie",  # Dutch
)
_NEXTCLOUD_TIME = re.compile(r"conflicted copy (?:.+ )?\d{4}-\d{2}-\d{2} \d{6}\)$", re.IGNORECASE)


@dataclass(frozen=True)
class NamedCopy:
    """A file whose name says a sync tool made it from the map (not yet looked inside)."""

    path: Path
    tool: str  # "Dropbox", "Nextcloud", "ownCloud", "Syncthing", "OneDrive", "Google Drive"
    weak: bool  # the name alone says little (OneDrive's and Google Drive's forms)


def tool_of(name: str, stem: str) -> tuple[str, bool] | None:
    """The sync tool whose conflict copy of the map `stem` would be called `name`, and
    whether that naming is weak evidence; None when the name is no such copy."""
    if not name.lower().endswith(SUFFIX):
        return None
    rest = name[: -len(SUFFIX)]
    if not rest.startswith(stem) or rest == stem:
        return None
    tail = rest[len(stem) :]
    if re.fullmatch(r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?", tail):
        return "Syncthing", False
    if re.fullmatch(r"_conflict-(?:.+-)?\d{8}-\d{6}", tail):
        return "ownCloud", False
    bracket = re.fullmatch(r" \((.+)\)", tail)
    if bracket is not None:
        inside = bracket.group(1).casefold()
        if _NEXTCLOUD_TIME.search(tail):
            return "Nextcloud", False
        if any(phrase in inside for phrase in _DROPBOX_PHRASES):
            return "Dropbox", False
        if re.fullmatch(r"\d{1,3}", inside):
            return "Google Drive", True
        return None
    if re.fullmatch(r"-[A-Za-z0-9][A-Za-z0-9-]{0,14}(?:-\d{1,3})?", tail):
        return "OneDrive", True
    return None


def named_copies(map_path: Path) -> list[NamedCopy]:
    """The files beside `map_path` whose names are those of a sync tool's conflict copy of
    it, by name (one listing of the folder; nothing is opened)."""
    map_path = Path(map_path)
    found = []
    try:
        with os.scandir(map_path.parent) as entries:
            names = sorted(entry.name for entry in entries if entry.is_file())
    except OSError:  # the folder cannot be listed: nothing to offer
        return []
    for name in names:
        tool = tool_of(name, map_path.stem)
        if tool is not None:
            found.append(NamedCopy(map_path.parent / name, *tool))
    return found


def read_lineage(path: Path) -> Lineage:
    """The history of the file at `path`, checked as untrusted input; raises
    `InvalidFileError` or `LineageError` for a file that is not a map or whose history is
    broken. The file is read in place and not changed."""
    fileformat.validate_structure(path, in_place=True)
    try:
        with closing(fileformat.open_untrusted(path, immutable=True)) as connection:
            return lineage.load(connection.execute)
    except sqlite3.Error as error:
        raise InvalidFileError(path, "the file is damaged (its database cannot be read)") from error


def has_their_work(mine: Lineage, theirs: Lineage) -> bool:
    """The two share a version, and `theirs` holds saved work `mine` does not descend from."""
    if theirs.head is None or mine.head is None or common_version(mine, theirs) is None:
        return False
    return theirs.head not in mine.ancestors(mine.head)


def conflict_copies(map_path: Path, mine: Lineage) -> list[NamedCopy]:
    """The conflict copies beside `map_path` worth merging into the map whose history is
    `mine`: named as a sync tool names them, maps, sharing a version with it and holding work
    it has not; a file that cannot be read is passed over."""
    map_path = Path(map_path)
    offered = []
    for copy in named_copies(map_path):
        try:
            if map_path.exists() and copy.path.samefile(map_path):
                continue
            theirs = read_lineage(copy.path)
        except (OSError, InvalidFileError, LineageError):
            continue
        if has_their_work(mine, theirs):
            offered.append(copy)
    return offered
