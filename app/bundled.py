"""The files Parcours ships (fonts, translations, sample drawings, icons, licences).

They live in the top-level resources/ folder, installed as the package `app.resources`, and
are found through `importlib.resources`, never through a path relative to the source tree: the
same code then works in a checkout, an installed wheel and the standalone bundle. A file that
is missing (a damaged installation) is one `MissingResourceError` sentence, never a traceback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from app.model.errors import DocumentError

PACKAGE = "app.resources"


class MissingResourceError(DocumentError):
    """A file that ships with Parcours is not there: the installation is damaged."""

    def __init__(self, relative: str) -> None:
        self.relative = relative
        super().__init__(
            f"Parcours is missing its file {relative}; the installation is damaged, "
            "reinstall Parcours."
        )

    def meanwhile(self, consequence: str) -> str:
        """The sentence for a start-up that goes on without the file."""
        return (
            f"Parcours is missing its file {self.relative}, so {consequence}; reinstall Parcours."
        )


def root() -> Path:
    """The folder of the bundled files, as a real path (Qt and ReportLab want file names)."""
    found = resources.files(PACKAGE)
    if not isinstance(found, Path):  # e.g. imported from a zip: not a layout we ship
        raise MissingResourceError("resources")
    return found


def path(*parts: str) -> Path:
    """A bundled file or folder, e.g. `path("fonts", "OpenSans-Regular.ttf")`; it must exist."""
    found = root().joinpath(*parts)
    if not found.exists():
        raise MissingResourceError("/".join(parts))
    return found


def read_bytes(*parts: str) -> bytes:
    """The content of a bundled file."""
    try:
        return path(*parts).read_bytes()
    except OSError as error:
        raise MissingResourceError("/".join(parts)) from error
