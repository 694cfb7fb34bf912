"""Merging copies that travelled, file against file: the common version comes from their own
histories, conflicts are settled to the side asked and listed with their three values, the
pictures come by hash, the merged file keeps both lines of history, and neither input changes."""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PIL import Image

from app.model import InvalidFileError, JourneyDocument
from app.model.lineage import common_version
from app.model.merge import three_way
from app.model.merge_files import MergeError, merge_copy, merge_files

from .test_merge import EDITS, apply_edits, cards, changed_fields


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def two_copies(tmp_path: Path) -> tuple[Path, Path]:
    document = JourneyDocument.new("sample", "fr")
    base = tmp_path / "carte.cjm"
    document.save_as(base, label="commun")
    document.close()
    shutil.copyfile(base, tmp_path / "mine.cjm")
    shutil.copyfile(base, tmp_path / "theirs.cjm")
    return tmp_path / "mine.cjm", tmp_path / "theirs.cjm"


def edit(path: Path, *actions: object) -> None:
    document = JourneyDocument.open(path)
    try:
        for action in actions:
            assert callable(action)
            action(document)
        document.save()
    finally:
        document.close()


def test_merging_two_files_settles_and_lists_every_conflict(tmp_path: Path) -> None:
    mine, theirs = two_copies(tmp_path)
    document = JourneyDocument.open(mine)
    first, second, third, fourth = (c.id for c in cards(document)[:4])
    document.close()
    edit(
        mine,
        lambda d: d.update_card(first, title="Le mien"),
        lambda d: d.update_card(second, body="Mon corps"),
        lambda d: d.delete_cards([third]),
    )
    edit(
        theirs,
        lambda d: d.update_card(first, title="Le leur"),
        lambda d: d.update_card(second, title="Leur titre"),
        lambda d: d.update_card(third, title="Changée par eux"),
        lambda d: d.update_card(fourth, colour="#123456"),
    )
    before = digest(mine), digest(theirs)
    out = tmp_path / "merged.cjm"
    report = merge_files(mine, theirs, out, "mine", author="Camille")
    assert (digest(mine), digest(theirs)) == before
    kinds = {(c.key, c.field, c.kind) for c in report.conflicts}
    assert kinds == {(first, "title", "both changed"), (third, None, "deleted by me")}
    title = next(c for c in report.conflicts if c.field == "title")
    assert (title.mine, title.theirs) == ("Le mien", "Le leur")
    assert title.base not in (None, "Le mien", "Le leur")
    assert report.chosen == ("mine", "mine") and report.common.label == "commun"
    merged = JourneyDocument.open(out)
    try:
        by_id = {c.id: c for c in cards(merged)}
        assert by_id[first].title == "Le mien" and third not in by_id
        assert by_id[second].title == "Leur titre" and by_id[second].body == "Mon corps"
        assert by_id[fourth].colour == "#123456"
        [merge_version] = [v for v in merged.versions() if len(v.parents) == 2]
        assert merge_version.author == "Camille" and merged.head_version == merge_version.id
        mine_doc, theirs_doc = JourneyDocument.open(mine), JourneyDocument.open(theirs)
        try:
            heads = (mine_doc.head_version, theirs_doc.head_version)
            assert merge_version.parents == heads
        finally:
            mine_doc.close()
            theirs_doc.close()
    finally:
        merged.close()
    other = tmp_path / "theirs-first.cjm"
    report = merge_files(mine, theirs, other, "theirs")
    assert report.chosen == ("theirs", "theirs")
    merged = JourneyDocument.open(other)
    try:
        by_id = {c.id: c for c in cards(merged)}
        assert by_id[first].title == "Le leur" and by_id[third].title == "Changée par eux"
    finally:
        merged.close()


def test_a_merge_into_the_open_map_is_one_undo(tmp_path: Path) -> None:
    mine, theirs = two_copies(tmp_path)
    edit(theirs, lambda d: d.update_card(cards(d)[0].id, title="D’eux"))
    document = JourneyDocument.open(mine)
    try:
        before = document.state()
        report = merge_copy(document, theirs)
        assert report.conflicts == () and report.from_theirs == {"card": 1}
        assert cards(document)[0].title == "D’eux" and document.modified
        document.undo()
        assert document.state() == before
    finally:
        document.close()


def test_later_merges_start_from_the_last_merged_version(tmp_path: Path) -> None:
    mine, theirs = two_copies(tmp_path)
    edit(theirs, lambda d: d.update_card(cards(d)[0].id, title="Semaine 1 chez eux"))
    edit(mine, lambda d: d.update_card(cards(d)[1].id, title="Semaine 1 chez moi"))
    merged = tmp_path / "merged.cjm"
    merge_files(mine, theirs, merged)  # I take theirs once...
    shutil.copyfile(merged, mine)
    edit(theirs, lambda d: d.update_card(cards(d)[0].id, title="Semaine 2 chez eux"))
    edit(mine, lambda d: d.update_card(cards(d)[0].id, body="Semaine 2 chez moi"))
    mine_doc, theirs_doc = JourneyDocument.open(mine), JourneyDocument.open(theirs)
    try:  # ... so the next merge starts from their week 1, which my file now holds
        their_week_1 = theirs_doc.lineage().versions[theirs_doc.head_version or ""].parents[0]
        assert common_version(mine_doc.lineage(), theirs_doc.lineage()) == their_week_1
    finally:
        mine_doc.close()
        theirs_doc.close()
    report = merge_files(mine, theirs, tmp_path / "again.cjm")
    assert report.conflicts == ()  # the title changed once more on their side only
    again = JourneyDocument.open(tmp_path / "again.cjm")
    try:
        card = cards(again)[0]
        assert (card.title, card.body) == ("Semaine 2 chez eux", "Semaine 2 chez moi")
        assert cards(again)[1].title == "Semaine 1 chez moi"
    finally:
        again.close()


def test_pictures_come_by_hash(tmp_path: Path) -> None:
    mine, theirs = two_copies(tmp_path)
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 90)).save(picture, "PNG")
    added: list[str] = []
    edit(theirs, lambda d: added.append(d.add_photo(picture.getvalue(), "rose.png").first_added))
    out = tmp_path / "merged.cjm"
    merge_files(mine, theirs, out)
    merged = JourneyDocument.open(out)
    try:
        photo = merged.evidence_item(added[0])
        assert photo is not None and photo.asset_sha256 is not None
        assert merged.asset(photo.asset_sha256) is not None
    finally:
        merged.close()


def test_copies_that_share_no_version_are_refused_in_one_sentence(tmp_path: Path) -> None:
    mine, _theirs = two_copies(tmp_path)
    stranger = JourneyDocument.new("cgap", "fr")
    stranger.save_as(tmp_path / "autre.cjm")
    stranger.close()
    with pytest.raises(MergeError) as refused:
        merge_files(mine, tmp_path / "autre.cjm", tmp_path / "out.cjm")
    assert str(refused.value) == (
        "mine.cjm and autre.cjm share no saved version (two different maps, or a copy saved "
        "without its history); they cannot be merged."
    )
    document = JourneyDocument.open(mine)
    document.save_copy_without_history(tmp_path / "sans.cjm")
    document.close()
    with pytest.raises(MergeError):
        merge_files(mine, tmp_path / "sans.cjm", tmp_path / "out.cjm")
    assert not (tmp_path / "out.cjm").exists()


def test_a_broken_copy_is_refused_like_any_file(tmp_path: Path) -> None:
    mine, theirs = two_copies(tmp_path)
    theirs.write_bytes(b"not a map at all")
    with pytest.raises(InvalidFileError, match=r"theirs\.cjm cannot be opened"):
        merge_files(mine, theirs, tmp_path / "out.cjm")
    with pytest.raises(MergeError, match=r"cannot be written over mine\.cjm"):
        merge_files(mine, tmp_path / "x.cjm", mine)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mine_edits=EDITS, their_edits=EDITS)
def test_random_edits_on_two_files_merge_from_the_history_alone(
    mine_edits: list, their_edits: list
) -> None:
    """Two copies saved apart, each edited through the verbs and saved twice: the merge finds
    the shared version and its state from the files alone, takes every edit that did not
    conflict, reports every conflict, and gives one map whichever file is "mine" (up to the
    side chosen); the result is a valid file that reopens as merged."""
    folder = Path(tempfile.mkdtemp(prefix="parcours-merge-files-"))
    try:
        document = JourneyDocument.new("purchase", "fr")
        document.save_as(folder / "mine.cjm")
        base = document.state()
        document.close()
        shutil.copyfile(folder / "mine.cjm", folder / "theirs.cjm")
        states = {}
        for name, edits in (("mine", mine_edits), ("theirs", their_edits)):
            side = JourneyDocument.open(folder / f"{name}.cjm")
            half = len(edits) // 2
            apply_edits(side, edits[:half])
            side.save()
            apply_edits(side, edits[half:])
            side.save()
            states[name] = side.state()
            side.close()
        expected = three_way(base, states["mine"], states["theirs"], "mine")
        report = merge_files(folder / "mine.cjm", folder / "theirs.cjm", folder / "out.cjm")
        assert {(c.table, c.key, c.field) for c in report.conflicts} == {
            (c.table, c.key, c.field) for c in expected.conflicts
        }
        for (table, key, name), value in changed_fields(base, states["theirs"]).items():
            if name and key in expected.state[table]:
                took = expected.state[table][key][name] == value
                assert took or any(c.table == table and c.key == key for c in report.conflicts)
        merged = JourneyDocument.open(folder / "out.cjm")
        try:
            assert merged.state() == expected.state
        finally:
            merged.close()
        merge_files(folder / "theirs.cjm", folder / "mine.cjm", folder / "mirror.cjm", "theirs")
        mirror = JourneyDocument.open(folder / "mirror.cjm")
        try:
            assert mirror.state() == expected.state, "symmetric up to the choice of side"
        finally:
            mirror.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
