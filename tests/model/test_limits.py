"""The stated limits: a map beyond one is refused at open with one sentence naming it, before
anything costly reads it; a map within them opens; Save never writes a map beyond them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.model import JourneyDocument, SaveError
from app.model.errors import LimitError
from app.model.fileformat import open_untrusted, written_characters
from app.model.limits import LIMIT_OF, MAX_FILE_BYTES, MAX_TEXT_CHARS
from tests.hostile_maps import plant_cards, plant_stages, sql

CARDS = LIMIT_OF["card"].most


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    document = JourneyDocument.new("purchase", "en")
    path = tmp_path / "maps" / "big.cjm"
    path.parent.mkdir()
    document.save_as(path)
    document.close()
    return path


def refused_for(path: Path, what: str) -> LimitError:
    before = path.stat().st_size, path.stat().st_mtime_ns
    with pytest.raises(LimitError) as refused:
        JourneyDocument.open(path, read_only=True)
    assert refused.value.what == what
    message = str(refused.value)
    assert message.startswith(f"{path.name} cannot be opened: ") and "\n" not in message
    assert "the most Parcours opens" in message
    assert (path.stat().st_size, path.stat().st_mtime_ns) == before
    return refused.value


def test_a_map_at_the_card_limit_opens_and_one_more_is_refused(blank: Path) -> None:
    plant_cards(blank, CARDS)
    JourneyDocument.open(blank, read_only=True).close()
    plant_cards(blank, 1, start=CARDS)
    error = refused_for(blank, "card")
    assert "it holds more than 20,000 cards" in str(error)


def test_connections_beyond_the_limit_are_refused(blank: Path) -> None:
    """Format 3's arrows between cards: a million of them is a sentence, not a slow open."""
    plant_cards(blank, 1_011)
    most = LIMIT_OF["connection"].most
    plant = (
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO connection (from_card_id, to_card_id, id, created_at, updated_at) "
        "SELECT printf('%08x-0000-4000-8000-%012x', 1 + i / 1000, 1 + i / 1000), "
        "printf('%08x-0000-4000-8000-%012x', 12 + i % 1000, 12 + i % 1000), "
        "printf('%08x-0000-4000-a000-%012x', i, i), '2026-01-01T00:00:00+00:00', "
        "'2026-01-01T00:00:00+00:00' FROM n"
    )
    sql(blank, plant, parameters=(most - 1,))  # from cards 1, 2... to cards 12-1011
    JourneyDocument.open(blank, read_only=True).close()
    sql(blank, plant.replace("SELECT 0 UNION", "SELECT ? UNION"), parameters=(most, most))
    error = refused_for(blank, "connection")
    assert "it holds more than 2,000 connections between cards" in str(error)


def test_many_more_rows_are_refused_as_fast_as_one_more(blank: Path) -> None:
    """Each count stops one row past its limit, before the integrity check reads the file:
    three times the limit is refused for the same reason, whatever lies further on."""
    plant_cards(blank, 3 * CARDS)
    refused_for(blank, "card")


def test_too_many_stages_end_in_a_sentence_not_a_traceback(blank: Path) -> None:
    """(A million stages once ended in a traceback of SQLAlchemy.)"""
    plant_stages(blank, 100 - 7)  # the purchase journey has 7: now at the limit of a journey
    JourneyDocument.open(blank, read_only=True).close()
    plant_stages(blank, 1, start=100)
    error = refused_for(blank, "stage per journey")
    assert "it holds a journey of more than 100 stages" in str(error)
    plant_stages(blank, LIMIT_OF["stage"].most, start=200)
    assert "more than 1,000 stages" in str(refused_for(blank, "stage"))


def test_too_much_text_is_refused(blank: Path) -> None:
    plant_cards(blank, MAX_TEXT_CHARS // 20_000 + 1, body=20_000)
    assert f"more than {MAX_TEXT_CHARS:,} characters of text" in str(refused_for(blank, "text"))


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_copied(
    blank: Path, data_dir: Path
) -> None:
    with blank.open("r+b") as stream:  # sparse: the disk holds none of it
        stream.truncate(MAX_FILE_BYTES + 4096)
    assert f"larger than {MAX_FILE_BYTES >> 20} MB" in str(refused_for(blank, "file_size"))
    working = data_dir / "working"
    assert not working.exists() or not any(working.iterdir())


def test_save_never_writes_a_map_beyond_the_limits(blank: Path) -> None:
    plant_cards(blank, CARDS)
    document = JourneyDocument.open(blank)
    try:
        journey = document.journeys()[0].id
        lane = next(lane.id for lane in document.lanes(journey) if lane.kind == "text")
        document.add_card(lane, document.stages(journey)[0].id, "One too many")
        before = blank.read_bytes()
        with pytest.raises(SaveError, match="more than 20,000 cards, the most Parcours opens"):
            document.save()
        assert blank.read_bytes() == before
        assert not list(blank.parent.glob(".*.saving"))
        document.delete_cards([document.cards(journey)[-1].id])
        document.save()  # back within the limits: saved
    finally:
        document.close()


def test_counts_of_a_damaged_table_are_a_damaged_file(blank: Path) -> None:
    """A count over a broken tree reads as a damaged file, not as a raw error."""
    plant_cards(blank, 500, body=300)
    data = bytearray(blank.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(len(data) // 2, len(data) - page, page * 3):
        data[offset + 8 : offset + 12] = b"\xff\xff\xff\xff"
    blank.write_bytes(bytes(data))
    with pytest.raises(Exception) as refused:
        JourneyDocument.open(blank, read_only=True)
    assert type(refused.value).__module__ == "app.model.errors", repr(refused.value)
    assert os.linesep not in str(refused.value)


def test_text_exactly_at_the_limit_opens_and_saves_and_one_more_character_does_not_save(
    blank: Path,
) -> None:
    """Opening counts in Python, Save in SQL: both count the same characters."""
    connection = open_untrusted(blank)
    try:
        left = MAX_TEXT_CHARS - written_characters(connection)
    finally:
        connection.close()
    plant_cards(blank, left // 20_000 - 1, body=19_000)
    connection = open_untrusted(blank)
    try:
        left = MAX_TEXT_CHARS - written_characters(connection)
    finally:
        connection.close()
    document = JourneyDocument.open(blank)
    try:
        journey = document.journeys()[0].id
        stage = document.stages(journey)[0].id
        lane = next(lane.id for lane in document.lanes(journey) if lane.kind == "text")
        while left:
            body = "é" * min(left, 20_000)
            card = document.add_card(lane, stage, "", body=body).first_added
            left -= len(body)
        document.save()
        JourneyDocument.open(blank, read_only=True).close()  # exactly at the limit: it opens
        document.update_card(card, title="x")
        with pytest.raises(SaveError, match="characters of text, the most Parcours opens"):
            document.save()
    finally:
        document.close()
