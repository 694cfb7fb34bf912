"""Evidence in the document: photos stored once, attached to several items, reordered, undone,
saved and reopened, and nothing private or unused travelling with the saved file."""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.model import (
    Change,
    InvalidEditError,
    JourneyDocument,
    ReadOnlyDocumentError,
)
from app.model.pictures import PictureError, prepare_picture, prepare_picture_file
from app.model.queries import EvidenceUse
from app.model.schema import Asset, EvidenceLink, Stage
from tests.conftest import dump
from tests.model.test_pictures import SECRET, encoded, jpeg_with_gps, photo


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    document = JourneyDocument.new("purchase", "en")
    yield document
    document.close()


@pytest.fixture
def items(document: JourneyDocument) -> dict[str, str]:
    """A card, a second card, an emotion point, a stage, the journey and a persona."""
    journey = document.journeys()[0].id
    stages = [s.id for s in document.stages(journey)]
    lanes = {lane.kind: lane.id for lane in document.lanes(journey)}
    persona = document.add_persona("Camille").first_added
    return {
        "journey": journey,
        "stage": stages[1],
        "card": document.add_card(lanes["text"], stages[0], "Calls the bank").first_added,
        "other_card": document.add_card(lanes["touchpoints"], stages[1], "Website").first_added,
        "emotion_point": document.add_emotion_point(lanes["emotion"], stages[0], -3).first_added,
        "persona": persona,
    }


def shown_on(document: JourneyDocument, kind: str, target: str) -> list[str]:
    return [e.id for e in document.evidence_for(kind, target)]


# -- pictures stored once ---------------------------------------------------------------------


def test_the_same_photo_twice_is_one_asset(document: JourneyDocument, items) -> None:
    data = encoded(photo((640, 480)), "JPEG", quality=90)
    first = document.add_photo(data, "counter.jpg", title="Counter").first_added
    second = document.add_photo(data, "counter (copy).jpg", title="Same counter").first_added
    picture = prepare_picture(data)
    third = document.add_prepared_photo(picture, [("card", items["card"])]).first_added
    assert len({first, second, third}) == 3
    assert document.count(Asset) == 1
    assert [e.id for e in document.evidence_with_picture(picture.sha256)] == [first, second, third]
    assert document.store_picture(picture) == picture.sha256
    assert document.count(Asset) == 1
    assert document.pictures_in_use() == {picture.sha256}


def test_a_refused_picture_leaves_the_document_unchanged(document: JourneyDocument, items) -> None:
    before = dump(document)
    modified = document.modified
    for data in (b"", b"%PDF-1.4", encoded(photo(), "PNG")[:300]):
        with pytest.raises(PictureError):
            document.add_photo(data, "scan.pdf", targets=[("card", items["card"])])
    assert dump(document) == before
    assert document.modified == modified


def test_a_photo_file_is_taken_in_and_attached_in_one_step(
    document: JourneyDocument, items, tmp_path: Path
) -> None:
    path = tmp_path / "IMG_1042.jpg"
    path.write_bytes(jpeg_with_gps(orientation=6))
    heard: list[Change] = []
    document.subscribe(heard.append)
    picture = prepare_picture_file(path)  # what the editor runs on a worker thread
    change = document.add_prepared_photo(
        picture, [("card", items["card"]), ("stage", items["stage"])], title="Queue at the desk"
    )
    assert heard == [change]
    photo_id = change.first_added
    assert change.added[0] == ("evidence", photo_id)
    assert [kind for kind, _ in change.added[1:]] == ["evidence_link", "evidence_link"]
    assert change.updated == (("card", items["card"]), ("stage", items["stage"]))
    evidence = document.evidence()[0]
    assert (evidence.kind, evidence.title, evidence.asset_sha256) == (
        "photo", "Queue at the desk", picture.sha256,
    )  # fmt: skip
    asset = document.asset(picture.sha256)
    assert (asset.width, asset.height) == (240, 320)  # the EXIF rotation applied
    undo = document.delete_evidence(photo_id)
    assert set(undo.updated) == {("card", items["card"]), ("stage", items["stage"])}
    assert shown_on(document, "card", items["card"]) == []
    document.restore(undo.snapshot)
    assert shown_on(document, "stage", items["stage"]) == [photo_id]


def test_read_only_documents_refuse_photos(tmp_path: Path) -> None:
    document = JourneyDocument.new()
    document.save_as(tmp_path / "map.cjm")
    document.close()
    (tmp_path / "map.cjm").chmod(0o444)
    reopened = JourneyDocument.open(tmp_path / "map.cjm", read_only=True)
    try:
        with pytest.raises(ReadOnlyDocumentError):
            reopened.add_prepared_photo(prepare_picture(encoded(photo(), "PNG")))
        assert reopened.count(Asset) == 0
    finally:
        reopened.close()


# -- one piece of evidence on several items ---------------------------------------------------


def test_attach_one_quote_to_several_items_then_detach(document: JourneyDocument, items) -> None:
    quote = document.add_evidence(
        "quote", text="« J’ai attendu 20 minutes »", speaker="Marie", date="2026-10-02"
    ).first_added
    targets = [(kind, items[kind]) for kind in ("card", "emotion_point", "stage", "persona")]
    change = document.attach_evidence_to(quote, targets)
    assert change.updated == tuple(targets)
    assert [kind for kind, _ in change.added] == ["evidence_link"] * 4
    assert sorted(document.links(quote)) == sorted(targets)
    for kind, target in targets:
        assert shown_on(document, kind, target) == [quote]

    again = document.attach_evidence_to(quote, [*targets, ("journey", items["journey"])])
    assert again.updated == (("journey", items["journey"]),)  # the others already showed it
    assert len(document.links(quote)) == 5

    before = dump(document)
    detached = document.detach_evidence_from(quote, targets[:2])
    assert set(detached.updated) == set(targets[:2])
    assert [table for table, _ in detached.removed] == ["evidence_link", "evidence_link"]
    assert shown_on(document, "card", items["card"]) == []
    assert shown_on(document, "stage", items["stage"]) == [quote]
    document.restore(detached.snapshot)  # undo: the same link rows, ids and positions
    assert dump(document) == before


def test_attaching_to_wrong_targets_changes_nothing(document: JourneyDocument, items) -> None:
    quote = document.add_evidence("quote", text="Ouf").first_added
    journey = document.journeys()[0].id
    lane = document.lanes(journey)[0].id
    before = dump(document)
    with pytest.raises(InvalidEditError, match="cannot be attached to a lane"):
        document.attach_evidence_to(quote, [("card", items["card"]), ("lane", lane)])
    with pytest.raises(InvalidEditError, match="no longer exists"):
        document.attach_evidence_to(quote, [("card", items["card"]), ("card", "missing")])
    with pytest.raises(InvalidEditError, match="no longer exists"):
        document.attach_evidence_to("missing", [("card", items["card"])])
    with pytest.raises(InvalidEditError, match="no longer exists"):
        document.add_evidence("quote", text="Hm", targets=[("stage", "missing")])
    with pytest.raises(InvalidEditError, match="not attached"):
        document.detach_evidence_from(quote, [("card", items["card"])])
    assert dump(document) == before


def test_a_quote_can_be_created_on_its_items(document: JourneyDocument, items) -> None:
    change = document.add_evidence(
        "quote",
        targets=[("card", items["card"]), ("card", items["card"]), ("journey", items["journey"])],
        text="Trop long",
        speaker="Marc",
        source="Interview 4",
    )
    quote = change.first_added
    assert change.updated == (("card", items["card"]), ("journey", items["journey"]))
    assert shown_on(document, "card", items["card"]) == [quote]
    assert shown_on(document, "journey", items["journey"]) == [quote]


def test_single_attach_and_detach_say_which_item_changed(document: JourneyDocument, items) -> None:
    quote = document.add_evidence("quote", text="Ouf").first_added
    heard: list[Change] = []
    document.subscribe(heard.append)
    attached = document.attach_evidence(quote, "card", items["card"])
    detached = document.detach_evidence(quote, "card", items["card"])
    assert heard == [attached, detached]
    assert attached.updated == detached.updated == (("card", items["card"]),)
    document.restore(detached.snapshot)
    assert shown_on(document, "card", items["card"]) == [quote]


def test_delete_then_restore_gives_back_the_same_rows(document: JourneyDocument, items) -> None:
    photo_id = document.add_photo(
        encoded(photo(), "JPEG"), "desk.jpg", targets=[("card", items["card"])]
    ).first_added
    quote = document.add_evidence("quote", text="Ouf").first_added
    document.attach_evidence_to(quote, [("card", items["card"]), ("persona", items["persona"])])
    before = dump(document)
    for evidence_id in (photo_id, quote):
        change = document.delete_evidence(evidence_id)
        assert ("evidence", evidence_id) in change.removed
        assert ("card", items["card"]) in change.updated
        document.restore(change.snapshot)
        assert dump(document) == before


# -- order on one item ------------------------------------------------------------------------


def test_reorder_evidence_and_undo_it(document: JourneyDocument, items) -> None:
    card = items["card"]
    ids = [
        document.add_evidence("quote", text=f"Quote {n}", targets=[("card", card)]).first_added
        for n in range(4)
    ]
    assert shown_on(document, "card", card) == ids
    document.detach_evidence(ids[1], "card", card)  # leaves a gap in the positions
    ids.pop(1)
    links = document.evidence_links("card", card)
    assert [link.evidence_id for link in links] == ids
    before = dump(document)
    places = document.places("evidence_link", [link.id for link in links])
    heard: list[Change] = []
    document.subscribe(heard.append)
    change = document.reorder_evidence("card", card, [ids[2], ids[0], ids[1]])
    assert heard == [change] and change.updated[0] == ("card", card)
    assert {table for table, _ in change.updated[1:]} == {"evidence_link"}
    assert shown_on(document, "card", card) == [ids[2], ids[0], ids[1]]
    undo = document.restore_places("evidence_link", places)
    assert ("card", card) in undo.updated
    assert shown_on(document, "card", card) == ids
    assert dump(document) == before
    assert document.reorder_evidence("card", card, ids).updated == ()  # nothing moved
    for wrong in ([ids[0], ids[1]], [*ids, ids[0]], [ids[0], ids[1], "other"]):
        with pytest.raises(InvalidEditError, match="each evidence shown there once"):
            document.reorder_evidence("card", card, wrong)
    with pytest.raises(InvalidEditError):
        document.reorder_evidence("lane", card, ids)


def test_places_of_other_tables_still_work(document: JourneyDocument, items) -> None:
    places = document.places("stage", [items["stage"]])
    document.move_stage(items["stage"], 4)
    document.restore_places("stage", places)
    assert document.session.get(Stage, items["stage"]).position == 1


# -- the library: where each piece is used ----------------------------------------------------


def test_evidence_usage_lists_every_use_and_the_unused(document: JourneyDocument, items) -> None:
    quote = document.add_evidence("quote", text="Ouf").first_added
    note = document.add_evidence("note", text="To check").first_added
    document.attach_evidence_to(
        quote,
        [("card", items["card"]), ("persona", items["persona"]), ("journey", items["journey"])],
    )
    document.update_emotion_point(items["emotion_point"], label="Relief")
    document.attach_evidence(note, "emotion_point", items["emotion_point"])
    link = document.add_evidence("link", url="https://example.org", title="Review").first_added
    usage = document.evidence_usage()
    assert list(usage) == [quote, note, link]  # library order
    journey = items["journey"]
    journey_title = document.journey(journey).title
    assert usage[quote] == [
        EvidenceUse("persona", items["persona"], "Camille", None),
        EvidenceUse("card", items["card"], "Calls the bank", journey),
        EvidenceUse("journey", journey, journey_title, journey),
    ]
    assert usage[note] == [EvidenceUse("emotion_point", items["emotion_point"], "Relief", journey)]
    assert usage[link] == []
    assert [e.id for e in document.unused_evidence()] == [link]
    document.delete_cards([items["card"]])
    assert [use.kind for use in document.evidence_usage()[quote]] == ["persona", "journey"]


def test_pictures_in_use_counts_personas_too(document: JourneyDocument, items) -> None:
    portrait = prepare_picture(encoded(photo(seed=4), "PNG"))
    document.update_persona(items["persona"], photo_sha256=document.store_picture(portrait))
    photo_id = document.add_photo(encoded(photo(seed=5), "PNG")).first_added
    shown = document.evidence()[0].asset_sha256
    assert document.pictures_in_use() == {portrait.sha256, shown}
    document.delete_evidence(photo_id)
    assert document.pictures_in_use() == {portrait.sha256}
    assert document.count(Asset) == 2  # kept for an undo until Save


# -- save and reopen --------------------------------------------------------------------------


def test_evidence_survives_save_and_reopen(
    document: JourneyDocument, items, tmp_path: Path
) -> None:
    photo_id = document.add_photo(
        jpeg_with_gps(), "IMG_1.jpg", targets=[("card", items["card"])], title="Desk"
    ).first_added
    quote = document.add_evidence(
        "quote",
        targets=[("card", items["card"]), ("stage", items["stage"])],
        text="« Trop d’attente »",
        speaker="Marie",
        source="Interview 3",
        date="2026-10-02",
    ).first_added
    document.reorder_evidence("card", items["card"], [quote, photo_id])
    before = dump(document)
    target = tmp_path / "evidence.cjm"
    document.save_as(target)
    copy = tmp_path / "sent-by-mail.cjm"
    shutil.copyfile(target, copy)
    reopened = JourneyDocument.open(copy)
    try:
        assert dump(reopened) == before
        assert shown_on(reopened, "card", items["card"]) == [quote, photo_id]
        asset = reopened.asset(reopened.evidence()[0].asset_sha256)  # the photo came first
        assert Image.open(io.BytesIO(asset.data)).size == (asset.width, asset.height)
    finally:
        reopened.close()


def test_no_gps_travels_with_the_saved_file(
    document: JourneyDocument, items, tmp_path: Path
) -> None:
    data = jpeg_with_gps(orientation=6)
    assert SECRET in data
    document.add_photo(data, "IMG_2231.jpg", targets=[("card", items["card"])])
    target = tmp_path / "shared.cjm"
    document.save_as(target)
    assert SECRET not in target.read_bytes()
    with sqlite3.connect(target) as connection:
        blobs = connection.execute("SELECT data, thumbnail FROM asset").fetchall()
    assert len(blobs) == 1
    for blob in blobs[0]:
        image = Image.open(io.BytesIO(blob))
        assert dict(image.getexif()) == {}
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(image.info)
        assert b"GPS" not in blob and SECRET not in blob


def test_deleted_and_unused_pictures_leave_the_file_at_the_next_save(
    document: JourneyDocument, items, tmp_path: Path
) -> None:
    shared = encoded(photo((400, 300), seed=1), "JPEG", quality=90)
    alone = encoded(photo((400, 300), seed=2), "JPEG", quality=90)
    first = document.add_photo(shared, "a.jpg", targets=[("card", items["card"])]).first_added
    document.add_photo(shared, "a-again.jpg", targets=[("stage", items["stage"])])
    lonely = document.add_photo(alone, "b.jpg").first_added
    kept, dropped = (
        document.evidence_with_picture(prepare_picture(d).sha256) for d in (shared, alone)
    )
    kept_key, dropped_key = kept[0].asset_sha256, dropped[0].asset_sha256
    orphan = document.store_picture(prepare_picture(encoded(photo(seed=3), "PNG")))  # never used
    target = tmp_path / "photos.cjm"
    document.save_as(target)

    def stored_keys() -> set[str]:
        with sqlite3.connect(target) as connection:
            return {key for (key,) in connection.execute("SELECT sha256 FROM asset")}

    assert stored_keys() == {kept_key, dropped_key}  # the orphan never reached the file
    data = document.asset(dropped_key).data
    piece = data[len(data) // 2 : len(data) // 2 + 64]  # scan data, not the shared JPEG tables
    assert piece in target.read_bytes()
    document.delete_evidence(first)  # its picture is still shown by the other photo
    undo = document.delete_evidence(lonely)
    document.save()
    assert stored_keys() == {kept_key}
    assert piece not in target.read_bytes()
    assert orphan not in stored_keys()
    document.restore(undo.snapshot)  # undo after Save: the working copy kept the picture
    document.save()
    assert stored_keys() == {kept_key, dropped_key}
    assert document.count(EvidenceLink) == 1


def test_a_folder_of_photos_is_one_transaction_in_order() -> None:
    import io

    from PIL import Image

    from app.model import JourneyDocument
    from app.model.pictures import prepare_picture

    document = JourneyDocument.new("purchase", "en")
    try:
        journey = document.journeys()[0].id
        stage = document.stages(journey)[0].id
        document.add_evidence("quote", text="Before", targets=[("stage", stage)])
        keys = []
        for colour in ("red", "green", "blue"):
            buffer = io.BytesIO()
            Image.new("RGB", (60, 40), colour).save(buffer, format="PNG")
            keys.append(document.store_picture(prepare_picture(buffer.getvalue(), colour)))
        heard = []
        document.subscribe(heard.append)
        change = document.add_photos_evidence(
            [(key, {"title": f"p{n}"}) for n, key in enumerate(keys)], [("stage", stage)]
        )
        assert len(heard) == 1 and heard[0] is change
        assert [e.title or e.text for e in document.evidence_for("stage", stage)] == [
            "Before", "p0", "p1", "p2",
        ]  # fmt: skip
        assert [e.position for e in document.evidence()] == [0, 1, 2, 3]
        ids = [ref for table, ref in change.added if table == "evidence"]
        undo = document.delete_evidence_items(ids)
        assert [e.text for e in document.evidence_for("stage", stage)] == ["Before"]
        document.restore(undo.snapshot)
        assert len(document.evidence_for("stage", stage)) == 4
    finally:
        document.close()
