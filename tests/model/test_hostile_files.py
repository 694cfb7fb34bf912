"""Hostile `.cjm` files: each is refused with one clear sentence, and none is ever modified.

A map may come from anyone (DESIGN.md, "File format rules"), so every file here is a real file
on disk derived from a valid map: damaged bytes, other programs' databases, tampered schemas,
values out of range or of the wrong type, broken links. `JourneyDocument.open` must refuse each
with an `InvalidFileError` whose message is one line naming the file and what is wrong, leave
the file byte-identical and leave no working copy behind.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.model import workspace
from app.model.document import JourneyDocument
from app.model.errors import DocumentError, InvalidFileError, NewerVersionError
from app.model.fileformat import APPLICATION_ID, FORMAT_VERSION, SQLITE_HEADER
from app.model.schema import MAX_TITLE, Base

# -- the valid map every hostile file is derived from ------------------------------------------


class GoodMap:
    """The bytes of a valid map, the ids of some of its rows and where things lie in the file.

    A plain class, not a dataclass: hypothesis prints a failing example's arguments, and would
    print a dataclass field by field (the whole file); it prints this one by its `__repr__`.
    """

    def __init__(
        self, data: bytes, ids: dict[str, str], page_size: int, pages: dict[str, int]
    ) -> None:
        self.data = data
        self.ids = ids
        self.page_size = page_size
        self.pages = pages  # root page of each table (a leaf page in this small map)

    def __repr__(self) -> str:
        return f"GoodMap({len(self.data)} bytes)"

    def cells(self, page: int) -> tuple[int, int]:
        """[start, end) of the cells of a table leaf page (a vacuumed file has no gaps)."""
        start = (page - 1) * self.page_size
        header = start + (100 if page == 1 else 0)
        assert self.data[header] == 0x0D, f"page {page} is not a table leaf page"
        content = int.from_bytes(self.data[header + 5 : header + 7], "big")
        return start + content, start + self.page_size

    @property
    def regions(self) -> dict[str, tuple[int, int]]:
        """Bytes SQLite reads: the schema text of table card, the rows of card and lane."""
        schema_page = self.data.index(b"CREATE TABLE card (") // self.page_size + 1
        return {
            "schema": self.cells(schema_page),
            "card rows": self.cells(self.pages["card"]),
            "lane rows": self.cells(self.pages["lane"]),
        }


@pytest.fixture(autouse=True)
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the hostile files lie (apart from the data folder, so its listing is theirs)."""
    maps = tmp_path / "maps"
    maps.mkdir()
    return maps


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> GoodMap:
    folder = tmp_path_factory.mktemp("good")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(folder / "data"))
        return _build_good_map(folder / "good.cjm")


def _build_good_map(path: Path) -> GoodMap:
    document = JourneyDocument.new("purchase", "en")
    try:
        journey = document.journeys()[0]
        stages = document.stages(journey.id)
        lanes = {lane.kind: lane for lane in document.lanes(journey.id)}
        persona = document.add_persona("Camille", role="First-time buyer").first_added
        document.set_persona(journey.id, persona)
        touchpoint = document.add_card(
            lanes["touchpoints"].id, stages[0].id, "Sees an advert", channel="social"
        ).first_added
        search = document.add_card(
            lanes["opportunities"].id, stages[1].id, "Better search", impact=4, effort=2
        ).first_added
        document.add_connection(touchpoint, search)
        document.add_emotion_point(lanes["emotion"].id, stages[0].id, 2.0, label="Curious")
        quote = document.add_evidence("quote", text="I saw it on Instagram.").first_added
        document.attach_evidence(quote, "card", touchpoint)
        nps = document.add_metric(stages[3].id, "NPS", kind="nps", target=30.0).first_added
        document.set_metric_inputs(nps, "before", {"promoters": 4, "passives": 3, "detractors": 3})
        future = document.add_journey("Future state", state="future").first_added
        future_stage = document.add_stage(future, "Discovery").first_added
        future_lane = document.add_lane(future, "text", "Actions").first_added
        future_card = document.add_card(future_lane, future_stage, "Sees a post").first_added
        comment = document.add_comment("card", touchpoint, "Which network?", "Ana").first_added
        reply = document.reply_to_comment(comment, "Instagram, mostly.", "Bo").first_added
        second = document.reply_to_comment(comment, "And TikTok.", "Cy").first_added
        document.add_comment("stage", stages[0].id, "Rename it?", "Ana")
        ids = {
            "project": document.project().id,
            "touchpoint_lane": lanes["touchpoints"].id,
            "emotion_lane": lanes["emotion"].id,
            "card": touchpoint,
            "future_stage": future_stage,
            "future_card": future_card,
            "journey": journey.id,
            "search": search,
            "comment": comment,
            "reply": reply,
            "second_reply": second,
        }
        document.save_as(path)
    finally:
        document.close()
    data = path.read_bytes()
    connection = sqlite3.connect(path)
    try:
        pages = dict(connection.execute("SELECT name, rootpage FROM sqlite_schema"))
    finally:
        connection.close()
    return GoodMap(data, ids, int.from_bytes(data[16:18], "big"), pages)


# -- how a refusal must look -------------------------------------------------------------------


def _fingerprint(path: Path) -> tuple[str, int, int] | None:
    if not path.is_file():
        return None
    status = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), status.st_size, status.st_mtime_ns


def assert_refused(path: Path, *phrases: str) -> InvalidFileError:
    """Open `path`: it must be refused cleanly, with one of `phrases` in the message."""
    before = _fingerprint(path)
    neighbours = sorted(path.parent.iterdir())
    try:
        document = JourneyDocument.open(path)
    except InvalidFileError as refused:
        error = refused
    except Exception as escaped:  # a raw sqlite3.Error, UnicodeDecodeError, ValueError...
        pytest.fail(f"{type(escaped).__name__} escaped instead of InvalidFileError: {escaped!r}")
    else:
        document.close()
        pytest.fail(f"{path.name} was opened, but it should have been refused")
    assert isinstance(error, DocumentError)
    assert not isinstance(error, sqlite3.Error | UnicodeError | ValueError)
    message = str(error)
    assert "\n" not in message and "\r" not in message, message
    assert path.name in message, message
    assert any(phrase in message for phrase in phrases), message
    assert _fingerprint(path) == before, f"{path.name} was modified by opening it"
    assert sorted(path.parent.iterdir()) == neighbours, "opening left files beside the map"
    _assert_no_working_copy()
    return error


def _assert_no_working_copy() -> None:
    working = workspace.data_dir() / "working"
    leftovers = sorted(working.iterdir()) if working.exists() else []
    assert leftovers == [], f"working copies left behind: {leftovers}"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _sql(path: Path, *statements: str) -> None:
    """Run statements on a file the way another program would, then close it cleanly."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _definition(path: Path, table: str) -> str:
    connection = sqlite3.connect(path)
    try:
        query = "SELECT sql FROM sqlite_schema WHERE name = ?"
        return connection.execute(query, (table,)).fetchone()[0]
    finally:
        connection.close()


def _set_definition(path: Path, table: str, sql: str) -> None:
    """Rewrite a table's CREATE statement in place (what a hand-crafted file can hold)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql, table))
        connection.execute("PRAGMA writable_schema = OFF")
    finally:
        connection.close()


def _replace_in_definition(path: Path, table: str, old: str, new: str) -> str:
    """Edit a table's CREATE statement; return the original one."""
    original = _definition(path, table)
    assert old in original
    _set_definition(path, table, original.replace(old, new))
    return original


# Phrases of `fileformat`'s refusals; a damaged file may meet any check first.
DAMAGED = (
    "not an SQLite database",
    "truncated or damaged",
    "the file is damaged",
    "another program",
    "format version",
    "newer version of Parcours",
    "database objects a Parcours map never has",
    "differ from those of a Parcours map",
    "tables of Parcours file format",
    "out-of-range values",
    "not valid UTF-8",
    "exactly one project",
    "links to elements that do not exist",
    "an emotion point lies outside an emotion lane",
    "an element spans two journeys",
    "the most Parcours opens",
    "invisible control characters",
    "a connection joins cards of two journeys",
    "its comments answer each other in a loop",
    "a reply to a comment",
)


def test_the_good_map_opens(good: GoodMap, folder: Path) -> None:
    """The hostile files below are refused for what was done to them, not for a broken base."""
    path = _write(folder, "good.cjm", good.data)
    document = JourneyDocument.open(path)
    try:
        assert document.project().title == "Purchase journey"
        assert len(document.journeys()) == 2
        assert document.emotion_points(good.ids["emotion_lane"])[0].value == 2.0
        assert len(document.comments_on("card", good.ids["card"])) == 3
    finally:
        document.close()
    assert path.read_bytes() == good.data
    _assert_no_working_copy()


# -- files that are not whole Parcours maps ----------------------------------------------------


Maker = Callable[[GoodMap, Path], Path]


def _random_bytes(good: GoodMap, folder: Path) -> Path:
    return _write(folder, "random.cjm", random.Random(7).randbytes(len(good.data)))


def _empty(good: GoodMap, folder: Path) -> Path:
    return _write(folder, "empty.cjm", b"")


def _sqlite_header_then_noise(good: GoodMap, folder: Path) -> Path:
    noise = random.Random(8).randbytes(len(good.data) - len(SQLITE_HEADER))
    return _write(folder, "noise.cjm", SQLITE_HEADER + noise)


def _only_the_header(good: GoodMap, folder: Path) -> Path:
    return _write(folder, "header only.cjm", good.data[:60])


def _truncated_half(good: GoodMap, folder: Path) -> Path:
    half = len(good.data) // good.page_size // 2 * good.page_size
    assert half % good.page_size == 0  # this cut keeps whole pages: SQLite itself must notice
    return _write(folder, "half.cjm", good.data[:half])


def _truncated_mid_page(good: GoodMap, folder: Path) -> Path:
    cut = len(good.data) // 2 + 1234
    assert cut % good.page_size
    return _write(folder, "cut mid-page.cjm", good.data[:cut])


def _another_program(good: GoodMap, folder: Path) -> Path:
    path = folder / "notes app.db"
    _sql(
        path,
        "CREATE TABLE note (id INTEGER PRIMARY KEY, title TEXT, body TEXT)",
        "CREATE INDEX ix_note_title ON note (title)",
        "INSERT INTO note (title, body) VALUES ('Groceries', 'milk, eggs')",
    )
    return path


def _wrong_application_id(good: GoodMap, folder: Path) -> Path:
    path = _write(folder, "wrong id.cjm", good.data)
    _sql(path, f"PRAGMA application_id = {APPLICATION_ID + 1}")
    return path


def _version_zero(good: GoodMap, folder: Path) -> Path:
    path = _write(folder, "version zero.cjm", good.data)
    _sql(path, "PRAGMA user_version = 0")
    return path


NOT_A_MAP: dict[str, tuple[Maker, str]] = {
    "random bytes": (_random_bytes, "it is not a Parcours map (not an SQLite database)"),
    "empty file": (_empty, "the file is empty"),
    "SQLite header then noise": (_sqlite_header_then_noise, "the file is truncated or damaged"),
    "only the first 60 bytes": (_only_the_header, "the file is truncated or damaged"),
    "truncated to half (whole pages)": (_truncated_half, "the file is damaged"),
    "truncated mid-page": (_truncated_mid_page, "the file is truncated or damaged"),
    "another program's SQLite file": (_another_program, "an SQLite database of another program"),
    "right tables, wrong application_id": (
        _wrong_application_id,
        "an SQLite database of another program",
    ),
    "user_version 0": (_version_zero, "its format version 0 is not one Parcours wrote"),
}


@pytest.mark.parametrize("case", NOT_A_MAP, ids=list(NOT_A_MAP))
def test_a_file_that_is_not_a_whole_map_is_refused(good: GoodMap, folder: Path, case: str) -> None:
    make, phrase = NOT_A_MAP[case]
    assert_refused(make(good, folder), phrase)


def test_a_folder_is_refused(folder: Path) -> None:
    target = folder / "a folder.cjm"
    target.mkdir()
    assert_refused(target, "it is a folder")
    assert target.is_dir() and not any(target.iterdir())


def test_a_missing_file_is_refused(folder: Path) -> None:
    missing = folder / "gone.cjm"
    assert_refused(missing, "the file does not exist")
    assert not missing.exists()


def test_a_newer_format_names_its_version(good: GoodMap, folder: Path) -> None:
    path = _write(folder, "from the future.cjm", good.data)
    _sql(path, f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    error = assert_refused(path, "newer version of Parcours")
    assert isinstance(error, NewerVersionError)
    assert error.version == FORMAT_VERSION + 1
    assert f"file format {FORMAT_VERSION + 1}" in str(error)


# -- damaged bytes -----------------------------------------------------------------------------

# Header fields SQLite or Parcours checks: the magic string, page size, write and read versions
# (a write version SQLite does not know makes the working copy read-only), payload fractions,
# page count, user_version, application_id. (Others, such as the change counter, are
# legitimately ignored by SQLite.)
HEADER_OFFSETS = (0, 6, 15, 16, 17, 18, 19, 21, 22, 23, 28, 31, 60, 63, 68, 71)


@pytest.mark.parametrize("offset", HEADER_OFFSETS)
def test_a_flipped_header_byte_is_refused(good: GoodMap, folder: Path, offset: int) -> None:
    data = bytearray(good.data)
    data[offset] ^= 0xFF
    assert_refused(_write(folder, f"header {offset}.cjm", bytes(data)), *DAMAGED)


@pytest.mark.parametrize("region", ["schema", "card rows", "lane rows"])
@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("flips", [1, 4])
def test_flipped_bytes_in_a_page_are_refused(
    good: GoodMap, folder: Path, region: str, seed: int, flips: int
) -> None:
    """Bytes flipped where SQLite reads (schema text, table rows) never get through."""
    start, end = good.regions[region]
    data = bytearray(good.data)
    for offset in random.Random(f"{region}/{seed}").sample(range(start, end), flips):
        data[offset] ^= 0xFF
    assert_refused(_write(folder, f"flipped {region} {seed}.cjm", bytes(data)), *DAMAGED)


# -- tampered schemas --------------------------------------------------------------------------

SCHEMA_CASES: dict[str, tuple[str, str]] = {
    "extra trigger": (
        "CREATE TRIGGER sneaky AFTER INSERT ON card BEGIN DELETE FROM project; END",
        "trigger “sneaky”",
    ),
    "extra view": ("CREATE VIEW all_cards AS SELECT * FROM card", "view “all_cards”"),
    "extra table": ("CREATE TABLE payload (data BLOB)", "table “payload”"),
    "extra index": ("CREATE INDEX ix_card_title ON card (title)", "index “ix_card_title”"),
}


@pytest.mark.parametrize("case", SCHEMA_CASES, ids=list(SCHEMA_CASES))
def test_a_foreign_schema_object_is_refused(good: GoodMap, folder: Path, case: str) -> None:
    statement, named = SCHEMA_CASES[case]
    path = _write(folder, f"{case}.cjm", good.data)
    _sql(path, statement)
    assert_refused(path, f"database objects a Parcours map never has ({named})")


def test_a_foreign_name_cannot_break_the_message(good: GoodMap, folder: Path) -> None:
    """Names come from the file: line breaks and length must not reach the message."""
    path = _write(folder, "crafted names.cjm", good.data)
    long_name = "A" * 5000
    _sql(
        path,
        'CREATE TABLE "evil\nsecond line\r\nthird" (x)',
        f'CREATE TRIGGER "{long_name}" AFTER INSERT ON card BEGIN SELECT 1; END',
    )
    error = assert_refused(path, "database objects a Parcours map never has")
    assert "evil?second line??third" in str(error)
    assert long_name not in str(error) and len(str(error)) < 300


def test_a_table_defined_differently_is_refused(good: GoodMap, folder: Path) -> None:
    path = _write(folder, "check removed.cjm", good.data)
    _replace_in_definition(path, "card", "CHECK (impact IS NULL OR impact BETWEEN 1 AND 5), ", "")
    assert_refused(path, "its database objects differ from those of a Parcours map (table “card”)")


# -- values a Parcours map never holds ---------------------------------------------------------

OUT_OF_RANGE: dict[str, tuple[str, str]] = {
    "emotion value 9": ("UPDATE emotion_point SET value = 9.0", "emotion_point"),
    "impact 7": ("UPDATE card SET impact = 7 WHERE impact IS NOT NULL", "card"),
    "unknown lane kind": ("UPDATE lane SET kind = 'spaceship' WHERE kind = 'text'", "lane"),
    "bad colour": ("UPDATE stage SET colour = 'red'", "stage"),
    "title too long": (f"UPDATE journey SET title = '{'x' * (MAX_TITLE + 1)}'", "journey"),
    # format 3: the method's missing pieces
    "unknown effort kind": ("UPDATE card SET effort_kind = 'boredom'", "card"),
    "magic moment 2": ("UPDATE card SET magic_moment = 2", "card"),
    "key touchpoint -1": ("UPDATE card SET key_touchpoint = -1", "card"),
    "due date that is no date": ("UPDATE card SET due_date = 'next week'", "card"),
    "unknown blueprint role": ("UPDATE lane SET blueprint_role = 'attic'", "lane"),
    "unknown metric kind": ("UPDATE metric SET kind = 'mood'", "metric"),
    "metric source too long": (f"UPDATE metric SET source = '{'x' * (MAX_TITLE + 1)}'", "metric"),
    "measured on no date": ("UPDATE metric SET measured_after = '31/12/2025'", "metric"),
    "metric inputs not an object": ("UPDATE metric SET inputs = '[1, 2, 3]'", "metric"),
    "metric inputs too long": (
        "UPDATE metric SET inputs = '{' || printf('%.5000c', 'x') || '}'",
        "metric",
    ),
    "negative count of answers": (
        'UPDATE metric SET inputs = \'{"before":{"promoters":-4,"passives":3,"detractors":3}}\'',
        "metric",
    ),
    "counts of another kind": (
        'UPDATE metric SET inputs = \'{"before":{"1":4,"2":3}}\' WHERE kind = \'nps\'',
        "metric",
    ),
    "counts that are no JSON": ("UPDATE metric SET inputs = '{not json}'", "metric"),
    "unknown evidence kind": ("UPDATE evidence SET kind = 'rumour'", "evidence"),
    "card connected to itself": ("UPDATE connection SET to_card_id = from_card_id", "connection"),
    "journey duplicated from itself": ("UPDATE journey SET duplicated_from = id", "journey"),
    "stage copied from itself": ("UPDATE stage SET origin_stage_id = id", "stage"),
    # format 5: comments
    "comment too long": ("UPDATE comment SET text = printf('%.5001c', 'x')", "comment"),
    "author too long": (f"UPDATE comment SET author = '{'x' * (MAX_TITLE + 1)}'", "comment"),
    "comment on two elements": (
        "UPDATE comment SET journey_id = (SELECT id FROM journey LIMIT 1)",
        "comment",
    ),
    "comment on no element": ("UPDATE comment SET card_id = NULL, stage_id = NULL", "comment"),
    "resolved reply": ("UPDATE comment SET resolved = 1 WHERE parent_id IS NOT NULL", "comment"),
    "resolved 2": ("UPDATE comment SET resolved = 2 WHERE parent_id IS NULL", "comment"),
    "comment answering itself": ("UPDATE comment SET parent_id = id", "comment"),
}


@pytest.mark.parametrize("case", OUT_OF_RANGE, ids=list(OUT_OF_RANGE))
def test_an_out_of_range_value_is_refused(good: GoodMap, folder: Path, case: str) -> None:
    statement, table = OUT_OF_RANGE[case]
    path = _write(folder, f"{case}.cjm", good.data)
    _sql(path, "PRAGMA ignore_check_constraints = ON", statement)
    assert_refused(path, f"it holds out-of-range values (table {table})")


# The CHECK on timestamps is a GLOB (digits and separators), which such values pass; the model
# reads them with `datetime.fromisoformat`, so they must be refused on opening, not on reading.
BAD_TIMESTAMPS: dict[str, tuple[str, str]] = {
    "31 February": ("card", "2026-02-31T10:00:00+00:00"),
    "hour 25": ("lane", "2026-05-04T25:00:00+00:00"),
    "garbled time zone": ("project", "2026-05-04T10:00:00+0\x1b:00"),
    "trailing junk": ("evidence", "2026-05-04T10:00:00 yesterday"),
}


@pytest.mark.parametrize("case", BAD_TIMESTAMPS, ids=list(BAD_TIMESTAMPS))
def test_a_timestamp_that_is_no_date_is_refused(good: GoodMap, folder: Path, case: str) -> None:
    table, value = BAD_TIMESTAMPS[case]
    path = _write(folder, f"{case}.cjm", good.data)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"UPDATE {table} SET updated_at = ?", (value,))
    finally:
        connection.close()
    assert_refused(path, f"out-of-range values (table {table})")


def test_text_in_an_integer_column_is_refused(good: GoodMap, folder: Path) -> None:
    """A STRICT table refuses text in an INTEGER column on insert, but a crafted file can hold
    it: drop STRICT from the definition, store the text, then put the definition back."""
    path = _write(folder, "text in integer.cjm", good.data)
    strict = _replace_in_definition(path, "lane", "\n STRICT", "")
    _sql(path, "PRAGMA ignore_check_constraints = ON", "UPDATE lane SET height = 'tall'")
    _set_definition(path, "lane", strict)
    check = sqlite3.connect(path)
    try:
        stored = check.execute("SELECT typeof(height) FROM lane LIMIT 1").fetchone()
    finally:
        check.close()
    assert stored == ("text",)
    # SQLite 3.40's quick_check already sees the type; `validate_values` would otherwise.
    assert_refused(path, "integrity check failed", "out-of-range values (table lane)")


def test_broken_utf8_in_a_title_is_refused(good: GoodMap, folder: Path) -> None:
    path = _write(folder, "broken utf-8.cjm", good.data)
    _sql(path, "UPDATE journey SET title = CAST(X'4361666ec3a9c328ff' AS TEXT)")
    assert_refused(path, "not valid UTF-8 (table journey)")


def test_a_row_that_differs_from_its_index_is_refused(good: GoodMap, folder: Path) -> None:
    """One hex digit of the project's id changed in the table but not in its primary-key index:
    every value is still valid, but the ORM would then fail to update the row it has read."""
    data = bytearray(good.data)
    start, end = good.cells(good.pages["project"])
    where = data.index(good.ids["project"].encode(), start, end)
    data[where] = ord("a") if data[where] != ord("a") else ord("b")
    assert_refused(_write(folder, "index mismatch.cjm", bytes(data)), "integrity check failed")


ROW_CASES: dict[str, tuple[Callable[[GoodMap], list[str]], str]] = {
    "two project rows": (
        lambda good: [
            "INSERT INTO project SELECT title, author, language, notes, "
            f"'{uuid.uuid4()}', created_at, updated_at FROM project"
        ],
        "it does not describe exactly one project",
    ),
    "zero project rows": (
        lambda good: ["DELETE FROM project"],
        "it does not describe exactly one project",
    ),
    "dangling foreign key": (
        lambda good: [
            "PRAGMA foreign_keys = OFF",
            f"UPDATE card SET stage_id = '{uuid.uuid4()}' WHERE id = '{good.ids['card']}'",
        ],
        "it holds links to elements that do not exist",
    ),
    "emotion point in a touchpoints lane": (
        lambda good: [
            f"UPDATE emotion_point SET lane_id = '{good.ids['touchpoint_lane']}'",
        ],
        "an emotion point lies outside an emotion lane",
    ),
    "connection to a card of another journey": (
        lambda good: [f"UPDATE connection SET to_card_id = '{good.ids['future_card']}'"],
        "a connection joins cards of two journeys",
    ),
    "connection to a card that does not exist": (
        lambda good: [
            "PRAGMA foreign_keys = OFF",
            f"UPDATE connection SET to_card_id = '{uuid.uuid4()}'",
        ],
        "it holds links to elements that do not exist",
    ),
    "journey duplicated from one that does not exist": (
        lambda good: [f"UPDATE journey SET duplicated_from = '{uuid.uuid4()}'"],
        "it holds links to elements that do not exist",
    ),
    "comment on an element that does not exist": (
        lambda good: [
            "PRAGMA foreign_keys = OFF",
            f"UPDATE comment SET card_id = '{uuid.uuid4()}' WHERE card_id IS NOT NULL",
        ],
        "it holds links to elements that do not exist",
    ),
    "reply to a comment that does not exist": (
        lambda good: [
            "PRAGMA foreign_keys = OFF",
            f"UPDATE comment SET parent_id = '{uuid.uuid4()}' WHERE id = '{good.ids['reply']}'",
        ],
        "it holds links to elements that do not exist",
    ),
    "comments answering each other in a loop": (
        lambda good: [
            f"UPDATE comment SET parent_id = '{good.ids['reply']}' "
            f"WHERE id = '{good.ids['comment']}'",
        ],
        "its comments answer each other in a loop",
    ),
    "a loop of three comments": (
        lambda good: [
            f"UPDATE comment SET parent_id = '{good.ids['second_reply']}' "
            f"WHERE id = '{good.ids['comment']}'",
            f"UPDATE comment SET parent_id = '{good.ids['reply']}' "
            f"WHERE id = '{good.ids['second_reply']}'",
        ],
        "its comments answer each other in a loop",
    ),
    "reply to a reply": (
        lambda good: [
            f"UPDATE comment SET parent_id = '{good.ids['reply']}' "
            f"WHERE id = '{good.ids['second_reply']}'",
        ],
        "a reply to a comment answers another reply",
    ),
    "reply on another element than its comment": (
        lambda good: [
            f"UPDATE comment SET card_id = '{good.ids['search']}' WHERE id = '{good.ids['reply']}'",
        ],
        "a reply to a comment lies on another element than its comment",
    ),
    "card whose lane and stage are in two journeys": (
        lambda good: [
            f"UPDATE card SET stage_id = '{good.ids['future_stage']}' "
            f"WHERE id = '{good.ids['card']}'",
        ],
        "an element spans two journeys",
    ),
}


@pytest.mark.parametrize("case", ROW_CASES, ids=list(ROW_CASES))
def test_rows_that_break_the_model_are_refused(good: GoodMap, folder: Path, case: str) -> None:
    statements, phrase = ROW_CASES[case]
    path = _write(folder, f"{case}.cjm", good.data)
    _sql(path, *statements(good))
    assert_refused(path, phrase)


# -- any damage at all -------------------------------------------------------------------------


@settings(
    max_examples=100,
    deadline=None,
    # The autouse `data_dir` fixture only points PARCOURS_DATA_DIR at a folder; each example
    # must leave that folder empty, which is asserted, so sharing it between examples is sound.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    flips=st.lists(st.tuples(st.integers(0, 2**31), st.integers(1, 255)), min_size=1, max_size=8)
)
def test_randomly_flipped_bytes_never_escape_as_a_raw_error(
    good: GoodMap, tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(good.data)
    for offset, mask in flips:
        data[offset % len(data)] ^= mask
    path = _write(tmp_path_factory.mktemp("flipped"), "flipped.cjm", bytes(data))
    try:
        document = JourneyDocument.open(path)
    except InvalidFileError as error:
        message = str(error)
        assert "\n" not in message and path.name in message, message
    else:
        try:  # a file that opens must read (every row, through the model) and take an edit
            for mapper in Base.registry.mappers:
                list(document.session.scalars(select(mapper.class_)))
            for journey in document.journeys():
                document.cards(journey.id)
            document.update_project(notes="Survived a few flipped bytes.")
        finally:
            document.close()
    assert path.read_bytes() == bytes(data)
    _assert_no_working_copy()
