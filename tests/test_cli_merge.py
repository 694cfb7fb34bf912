"""`parcours merge` and `parcours copy` as a user runs them: real processes, real files."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from app.model import JourneyDocument
from tests.test_cli import parcours


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copies(tmp_path: Path) -> tuple[Path, Path, str]:
    document = JourneyDocument.new("sample", "fr")
    document.save_as(tmp_path / "mine.cjm", label="avant l’atelier")
    card = document.cards(document.journeys()[0].id)[0].id
    document.close()
    shutil.copyfile(tmp_path / "mine.cjm", tmp_path / "theirs.cjm")
    return tmp_path / "mine.cjm", tmp_path / "theirs.cjm", card


def retitle(path: Path, card: str, title: str) -> None:
    document = JourneyDocument.open(path)
    document.update_card(card, title=title)
    document.save()
    document.close()


def test_merge_reports_conflicts_and_exits_3(tmp_path: Path, data_dir: Path) -> None:
    mine, theirs, card = copies(tmp_path)
    retitle(mine, card, "Le mien")
    retitle(theirs, card, "Le leur")
    before = digest(mine), digest(theirs)
    out = tmp_path / "out.cjm"
    done = parcours("merge", mine, theirs, "-o", out, "--json", data_dir=data_dir)
    assert done.returncode == 3, done.stderr
    report = json.loads(done.stdout)
    [conflict] = report["conflicts"]
    assert conflict["element"] == "card" and conflict["id"] == card
    assert conflict["field"] == "title" and conflict["kept"] == "mine"
    assert (conflict["mine"], conflict["theirs"]) == ("Le mien", "Le leur")
    assert report["common_version"]["label"] == "avant l’atelier"
    assert (digest(mine), digest(theirs)) == before
    text = parcours("merge", mine, theirs, "-o", out, "--prefer", "theirs", data_dir=data_dir)
    assert text.returncode == 3, text.stderr
    assert "1 conflicts, settled to theirs:" in text.stdout
    assert f"card {card} title: base" in text.stdout and "“Le leur”; kept theirs's" in text.stdout
    merged = JourneyDocument.open(out)
    assert merged.card(card).title == "Le leur"  # type: ignore[union-attr]
    merged.close()


def test_merge_without_conflict_exits_0_and_unrelated_maps_1(
    tmp_path: Path, data_dir: Path
) -> None:
    mine, theirs, card = copies(tmp_path)
    retitle(theirs, card, "Le leur")
    done = parcours("merge", mine, theirs, "-o", tmp_path / "out.cjm", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "No conflict." in done.stdout and "From theirs: 1 card changed." in done.stdout
    other = tmp_path / "autre.cjm"
    assert parcours("new", other, data_dir=data_dir).returncode == 0
    refused = parcours("merge", mine, other, "-o", tmp_path / "x.cjm", data_dir=data_dir)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "share no saved version" in refused.stderr
    assert "--add-journeys adds their journeys" in refused.stderr
    assert not (tmp_path / "x.cjm").exists()
    before = digest(mine), digest(other)
    added = parcours("merge", mine, other, "-o", tmp_path / "x.cjm", "--add-journeys",
                     "--json", data_dir=data_dir)  # fmt: skip
    assert added.returncode == 0, added.stderr
    report = json.loads(added.stdout)
    assert report["journeys_added"] and report["added"]["journey"] == 1
    assert (digest(mine), digest(other)) == before
    merged = JourneyDocument.open(tmp_path / "x.cjm")
    assert len(merged.journeys()) == 2
    merged.close()
    text = parcours("merge", mine, other, "-o", tmp_path / "y.cjm", "--add-journeys",
                    data_dir=data_dir)  # fmt: skip
    assert text.returncode == 0 and text.stdout.startswith("Added the journeys of autre.cjm")


def test_copy_without_history(tmp_path: Path, data_dir: Path) -> None:
    mine, _theirs, _card = copies(tmp_path)
    outside = tmp_path / "dehors.cjm"
    done = parcours("copy", mine, outside, "--without-history", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Copied mine.cjm to dehors.cjm without its version history."
    document = JourneyDocument.open(outside)
    assert document.versions() == []
    document.close()
    refused = parcours("merge", mine, outside, "-o", tmp_path / "x.cjm", data_dir=data_dir)
    assert refused.returncode == 1


def test_info_names_the_conflict_copies_beside_a_map(tmp_path: Path, data_dir: Path) -> None:
    mine, _theirs, card = copies(tmp_path)
    copy = tmp_path / "mine.sync-conflict-20261130-101010-ABCDEFG.cjm"
    shutil.copyfile(mine, copy)
    retitle(copy, card, "Sur l’autre machine")
    shutil.copyfile(mine, tmp_path / "mine (1).cjm")  # the same as the map: nothing to merge
    data = json.loads(parcours("info", mine, "--json", data_dir=data_dir).stdout)
    assert data["conflict_copies"] == [{"file": copy.name, "tool": "Syncthing"}]
    text = parcours("info", mine, data_dir=data_dir).stdout
    assert f"A conflict copy made by Syncthing lies beside it: {copy.name}" in text
