"""Conflict copies of sync tools: their names, tool by tool (French included), and the copies
offered only when they are maps of the same lineage holding work the map has not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.merge_files import merge_copy
from app.model.sync_copies import conflict_copies, named_copies, read_lineage, tool_of


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        ("carte (conflicted copy).cjm", "Dropbox"),
        ("carte (Jean's conflicted copy 2026-11-30).cjm", "Dropbox"),
        ("carte (Jean's conflicted copy 2026-11-30 (1)).cjm", "Dropbox"),
        ("carte (Copie en conflit de Jean 2026-11-30).cjm", "Dropbox"),
        ("carte (copie en conflit de Jean-Loïc 2026-11-30).CJM", "Dropbox"),
        ("carte (Copia in conflitto di Jean 2026-11-30).cjm", "Dropbox"),
        ("carte (conflicted copy 2026-11-30 101010).cjm", "Nextcloud"),
        ("carte (conflicted copy jean 2026-11-30 101010).cjm", "Nextcloud"),
        ("carte_conflict-20261130-101010.cjm", "ownCloud"),
        ("carte_conflict-jean-20261130-101010.cjm", "ownCloud"),
        ("carte.sync-conflict-20261130-101010-ABCDEFG.cjm", "Syncthing"),
        ("carte.sync-conflict-20261130-101010.cjm", "Syncthing"),
        ("carte-PCNAME.cjm", "OneDrive"),
        ("carte-PCNAME-1.cjm", "OneDrive"),
        ("carte-DESKTOP-AB12CD3.cjm", "OneDrive"),
        ("carte (1).cjm", "Google Drive"),
        ("carte (12).cjm", "Google Drive"),
    ],
)
def test_names_of_each_tool(name: str, tool: str) -> None:
    found = tool_of(name, "carte")
    assert found is not None and found[0] == tool
    assert found[1] == (tool in ("OneDrive", "Google Drive"))


@pytest.mark.parametrize(
    "name",
    [
        "carte.cjm",  # the map itself
        "carte (conflicted copy).pdf",  # not a map
        "carte (conflicted copy).cjm.bak",
        "autre (conflicted copy).cjm",  # another map's copy
        "cartes (conflicted copy).cjm",
        "carte (version finale).cjm",  # a name people choose
        "carte (Conflits entre équipes).cjm",
        "carte copie.cjm",
        "carte.sync-conflict-2026-11-30.cjm",
        "carte_conflict.cjm",
        "carte-.cjm",
        "carte-une étiquette bien trop longue.cjm",
        "carte (1234).cjm",
        "carte ().cjm",
    ],
)
def test_names_that_are_no_conflict_copy(name: str) -> None:
    assert tool_of(name, "carte") is None


def test_names_beside_the_map_are_found_by_one_listing(tmp_path: Path) -> None:
    for name in ("carte.cjm", "carte (conflicted copy).cjm", "notes.txt", "autre (1).cjm",
                 "carte.sync-conflict-20261130-101010-ABCDEFG.cjm"):  # fmt: skip
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "carte (1).cjm").mkdir()  # a folder is no copy
    found = [(c.path.name, c.tool) for c in named_copies(tmp_path / "carte.cjm")]
    assert found == [
        ("carte (conflicted copy).cjm", "Dropbox"),
        ("carte.sync-conflict-20261130-101010-ABCDEFG.cjm", "Syncthing"),
    ]
    assert named_copies(tmp_path / "missing" / "carte.cjm") == []


def saved_map(path: Path, label: str = "") -> None:
    document = JourneyDocument.new("sample", "fr")
    document.save_as(path, label=label)
    document.close()


def edit_and_save(path: Path, title: str) -> None:
    document = JourneyDocument.open(path)
    try:
        first = min(document.state()["card"])
        document.update_card(first, title=title)
        document.save()
    finally:
        document.close()


def test_only_copies_of_the_same_lineage_with_their_own_work_are_offered(tmp_path: Path) -> None:
    carte = tmp_path / "carte.cjm"
    saved_map(carte, "commun")
    dropbox = tmp_path / "carte (Copie en conflit de Jean 2026-11-30).cjm"
    syncthing = tmp_path / "carte.sync-conflict-20261130-101010-ABCDEFG.cjm"
    google = tmp_path / "carte (1).cjm"
    onedrive = tmp_path / "carte-PCNAME.cjm"
    for copy in (dropbox, syncthing, google, onedrive):
        shutil.copyfile(carte, copy)
    edit_and_save(dropbox, "Par Jean")  # their own work: offered
    edit_and_save(google, "Par Drive")  # weak name, but the same lineage and new work
    # syncthing: an identical copy (nothing the map lacks); onedrive: the map moved on past it
    edit_and_save(carte, "Le mien")
    shutil.copyfile(carte, onedrive)
    other = tmp_path / "carte (conflicted copy).cjm"
    saved_map(other)  # another map under a conflict copy's name: no common version
    (tmp_path / "carte (conflicted copy 2026-11-30 101010).cjm").write_bytes(b"not a map at all")
    mine = read_lineage(carte)
    offered = conflict_copies(carte, mine)
    assert [(c.path.name, c.tool) for c in offered] == [
        ("carte (1).cjm", "Google Drive"),
        ("carte (Copie en conflit de Jean 2026-11-30).cjm", "Dropbox"),
    ]


def test_a_copy_without_history_is_not_offered(tmp_path: Path) -> None:
    carte = tmp_path / "carte.cjm"
    saved_map(carte)
    document = JourneyDocument.open(carte)
    try:
        document.save_copy_without_history(tmp_path / "carte (conflicted copy).cjm")
    finally:
        document.close()
    assert conflict_copies(carte, read_lineage(carte)) == []


def test_a_copy_once_merged_and_saved_is_no_longer_offered(tmp_path: Path) -> None:
    carte = tmp_path / "carte.cjm"
    saved_map(carte)
    copy = tmp_path / "carte.sync-conflict-20261130-101010-ABCDEFG.cjm"
    shutil.copyfile(carte, copy)
    edit_and_save(copy, "Sur l’autre machine")
    assert [c.path for c in conflict_copies(carte, read_lineage(carte))] == [copy]
    document = JourneyDocument.open(carte)
    try:
        merge_copy(document, copy)
        document.save()
    finally:
        document.close()
    assert conflict_copies(carte, read_lineage(carte)) == []
