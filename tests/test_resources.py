"""Bundled files are found through importlib.resources (the package `app.resources`), so that
they travel with the code into the wheel and the bundle; the rest of the tests prove the
checkout, tests/installed proves the installed wheel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import bundled

APP = Path(__file__).resolve().parents[1] / "app"


def test_no_module_finds_files_from_its_own_place_in_the_source_tree() -> None:
    offenders = [
        f"{path.relative_to(APP)}:{number}"
        for path in APP.rglob("*.py")
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.search(r"__file__|\.parents\[", line)
    ]
    assert offenders == []


def test_every_bundled_folder_is_found() -> None:
    for folder in ("fonts", "translations", "samples/storyboard", "icons", "licences"):
        assert bundled.path(*folder.split("/")).is_dir()
    assert bundled.path("licences", "THIRD-PARTY.md").is_file()


def test_every_licence_the_list_links_to_ships() -> None:
    listing = bundled.path("licences", "THIRD-PARTY.md").read_text("utf-8")
    links = re.findall(r"\]\(([^)]+\.txt)\)", listing)
    assert len(links) >= 10
    for link in links:
        parts = ["licences", *link.split("/")]
        if parts[1] == "..":
            parts = parts[2:]
        assert bundled.path(*parts).is_file(), link


def test_a_missing_file_is_one_sentence() -> None:
    with pytest.raises(bundled.MissingResourceError) as raised:
        bundled.path("fonts", "NoSuchFont.ttf")
    assert str(raised.value) == (
        "Parcours is missing its file fonts/NoSuchFont.ttf; the installation is damaged, "
        "reinstall Parcours."
    )
