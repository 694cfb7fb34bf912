"""Stored pictures are untrusted: every one is checked before anything uses its bytes.

The pictures here are planted in real map files with sqlite3, the way a map built by another
program would hold them; intake would have refused or cleaned each of them.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.picture_check import (
    DROPPED_ALTERED,
    DROPPED_DAMAGED,
    DROPPED_METADATA,
    DROPPED_TOO_LARGE,
    CheckedPicture,
    PictureRefusal,
    StoredPictures,
    checked,
    dropped_pictures,
    forget_verdicts,
)
from app.model.pictures import prepare_picture
from app.model.snapshot import journey_snapshot
from tests.hostile_maps import (
    HOSTILE_PICTURES,
    clean_jpeg,
    insert_picture,
    map_with_photos,
    sha,
    show_picture,
)
from tests.model.test_pictures import jpeg_with_gps

EXPECTED = {
    "gps": DROPPED_METADATA,
    "garbage": DROPPED_DAMAGED,
    "bomb": DROPPED_TOO_LARGE,
    "huge jpeg": DROPPED_TOO_LARGE,
    "trailing": DROPPED_METADATA,
    "truncated": DROPPED_DAMAGED,
    "wrong type": DROPPED_DAMAGED,
    "wrong size": DROPPED_DAMAGED,
}


def test_what_intake_stores_passes() -> None:
    for data in (clean_jpeg(), jpeg_with_gps()):
        picture = prepare_picture(data)
        verdict = checked(
            picture.sha256,
            picture.media_type,
            picture.width,
            picture.height,
            picture.data,
            picture.thumbnail,
        )
        assert isinstance(verdict, CheckedPicture)
        assert verdict.data == picture.data and verdict.thumbnail == picture.thumbnail


@pytest.mark.parametrize("name", sorted(HOSTILE_PICTURES))
def test_each_hostile_picture_is_refused_for_what_it_is(name: str) -> None:
    data, media_type, width, height = HOSTILE_PICTURES[name]
    forget_verdicts()
    for _ in range(2):  # checked, then from the cache: the same verdict
        verdict = checked(sha(data), media_type, width, height, data, clean_jpeg((60, 40)))
        assert isinstance(verdict, PictureRefusal)
        assert verdict.template == EXPECTED[name]


def test_bytes_that_do_not_match_their_key_are_refused() -> None:
    good = prepare_picture(clean_jpeg())
    other = prepare_picture(clean_jpeg(seed=5))
    verdict = checked(
        good.sha256, "image/jpeg", good.width, good.height, other.data, good.thumbnail
    )
    assert isinstance(verdict, PictureRefusal) and verdict.template == DROPPED_ALTERED


def test_a_hostile_thumbnail_refuses_the_picture() -> None:
    good = prepare_picture(clean_jpeg())
    for thumbnail in (jpeg_with_gps((60, 40)), HOSTILE_PICTURES["garbage"][0]):
        verdict = checked(good.sha256, "image/jpeg", good.width, good.height, good.data, thumbnail)
        assert isinstance(verdict, PictureRefusal)


def test_a_snapshot_holds_only_checked_bytes_and_names_the_dropped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.cjm"
    titles = sorted(HOSTILE_PICTURES)
    evidence = map_with_photos(path, ["Clean", *titles])
    for name in titles:
        data, media_type, width, height = HOSTILE_PICTURES[name]
        key = insert_picture(path, data, media_type, width, height)
        show_picture(path, evidence[name], key)
    document = JourneyDocument.open(path)  # opening does not check pictures: it stays fast
    try:
        snap = journey_snapshot(document, document.journeys()[0].id)
    finally:
        document.close()
    refused = {k: a for k, a in snap.assets.items() if a.refusal}
    assert len(refused) == len(titles)
    assert all(a.data == b"" for a in refused.values())
    dropped = {d.title: d.sentence() for d in dropped_pictures(snap)}
    assert set(dropped) == set(titles)
    for name in titles:
        assert dropped[name] == EXPECTED[name].replace("%1", f"card “{name}”")
    kept = [a for a in snap.assets.values() if not a.refusal]
    assert len(kept) == 2 and all(a.data for a in kept)  # the clean card's and the persona's


def test_stored_pictures_are_checked_from_worker_threads(tmp_path: Path) -> None:
    path = tmp_path / "map.cjm"
    evidence = map_with_photos(path, ["Clean", "gps"])
    data, media_type, width, height = HOSTILE_PICTURES["gps"]
    show_picture(path, evidence["gps"], insert_picture(path, data, media_type, width, height))
    document = JourneyDocument.open(path)
    store = document.stored_pictures()
    try:
        results: dict[str, object] = {}
        keys = store.stored_keys()

        def work() -> None:
            for key in keys:
                results[key] = store.check(key)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        kinds = sorted(type(v).__name__ for v in results.values())
        assert kinds == ["CheckedPicture", "CheckedPicture", "PictureRefusal"]
        assert store.check("0" * 64) is None
    finally:
        store.close()
        document.close()
    assert isinstance(store, StoredPictures)
