"""What comes in through a JSON (`new --from`) or a spreadsheet (`import`) meets the rules a
map file meets at open: text every writer can carry, and the stated limits. Each hostile file
is made here, on disk; a JSON is refused in one sentence with nothing left beside the target,
and a spreadsheet's rows past a limit are refused one by one while the rest apply, so that the
map saved afterwards is one Parcours opens."""

from __future__ import annotations

import csv
import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.model import JourneyDocument
from app.model.fileformat import validate_structure, validate_values
from app.model.import_limits import (
    CARD_LIMIT,
    LANE_LIMIT,
    STAGE_LIMIT,
    TEXT_LIMIT,
)
from app.model.limits import MAX_FILE_BYTES, MAX_TEXT_CHARS
from app.model.map_json import MAX_JSON_BYTES, MapJsonError, build_map, export_map_json
from app.model.table_import import CONTROL, apply_import, guess_mapping, plan_import
from app.model.table_read import read_table
from tests.hostile_maps import plant_cards
from tests.model.test_hostile_tables import sheet_xml, workbook


@pytest.fixture
def sample_json(tmp_path: Path) -> dict[str, Any]:
    document = JourneyDocument.new("sample", "fr")
    try:
        export_map_json(document, tmp_path / "pret.json")
    finally:
        document.close()
    return json.loads((tmp_path / "pret.json").read_text("utf-8"))


def refused_json(tmp_path: Path, data: dict[str, Any]) -> str:
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(data), "utf-8")  # ensure_ascii: \\u escapes, surrogates too
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(MapJsonError) as caught:
        build_map(source, tmp_path / "out.cjm")
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing half-built
    message = str(caught.value)
    assert "\n" not in message and message.startswith("hostile.json cannot be turned into a map: ")
    return message


@pytest.mark.parametrize(
    ("column", "text", "shown"),
    [
        ("title", "Appel\x1b[2J\x07", "U+001B"),
        ("title", "A\x00B", "U+0000"),
        ("body", "fin\ufffe", "U+FFFE"),
        ("body", "\U0010ffff", "U+10FFFF"),
        ("title", "moitié \ud800", "U+D800"),  # a lone surrogate: UTF-8 cannot even hold it
        ("id", "\udfff", "U+DFFF"),
    ],
)
def test_json_text_no_writer_can_carry_is_refused(
    sample_json: dict[str, Any], tmp_path: Path, column: str, text: str, shown: str
) -> None:
    sample_json["tables"]["card"][3][column] = text
    message = refused_json(tmp_path, sample_json)
    assert (
        f"row 4 of table “card”: “{column}” holds a character no map may hold ({shown}" in message
    )


def test_a_json_beyond_the_card_limit_is_refused_before_any_row_is_read(
    sample_json: dict[str, Any], tmp_path: Path
) -> None:
    card = sample_json["tables"]["card"][0]
    sample_json["tables"]["card"] = [
        {**card, "id": str(uuid.uuid4()), "position": n % 1000} for n in range(100_000)
    ]
    started = time.perf_counter()
    message = refused_json(tmp_path, sample_json)
    assert message.endswith("it holds more than 20,000 cards, the most Parcours opens.")
    assert time.perf_counter() - started < 10  # the JSON parsed, not 100,000 rows checked


def test_a_json_journey_beyond_the_stage_limit_is_refused(
    sample_json: dict[str, Any], tmp_path: Path
) -> None:
    stage = sample_json["tables"]["stage"][0]
    sample_json["tables"]["stage"] += [
        {**stage, "id": str(uuid.uuid4()), "position": 100 + n} for n in range(100)
    ]
    message = refused_json(tmp_path, sample_json)
    assert message.endswith("it holds a journey of more than 100 stages, the most Parcours opens.")


def test_a_json_beyond_the_text_limit_is_refused(
    sample_json: dict[str, Any], tmp_path: Path
) -> None:
    card = sample_json["tables"]["card"][0]
    sample_json["tables"]["card"] += [
        {**card, "id": str(uuid.uuid4()), "position": 100 + n, "body": "x" * 2_000}
        for n in range(2_001)
    ]
    message = refused_json(tmp_path, sample_json)
    assert message.endswith(
        "it holds more than 4,000,000 characters of text, the most Parcours opens."
    )


def test_the_json_of_the_largest_map_parcours_opens_is_read() -> None:
    """Pictures in base64 take a third more than their bytes: the JSON form of any map within
    the limits (256 MiB) must stay under what `new --from` reads."""
    assert MAX_JSON_BYTES >= MAX_FILE_BYTES * 4 // 3 + 16 * 1024 * 1024


# -- spreadsheets ---------------------------------------------------------------------------


HEADER = ["Stage", "Lane", "Title", "Description"]


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def planned(document: JourneyDocument, path: Path):
    raw = read_table(path)
    journey = document.journeys()[0].id
    return plan_import(document, journey, raw, "cards", guess_mapping(raw.headers, "cards"))


def saved_and_valid(document: JourneyDocument, plan: Any, path: Path) -> None:
    """The plan applies and the map saves, and the saved file passes what opening checks."""
    apply_import(document, plan)
    document.save_as(path)
    validate_structure(path)
    validate_values(path)


def problems(plan: Any) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.template, p.args) for row in plan.refused for p in row.problems]


def test_spreadsheet_cells_no_writer_can_carry_are_refused_row_by_row(tmp_path: Path) -> None:
    document = JourneyDocument.new("blank", "en")
    try:
        stage, lane = document.stages(document.journeys()[0].id)[0].title, "Customer actions"
        path = write_rows(
            tmp_path / "hostile.csv",
            [
                [stage, lane, "Bell\x07", ""],
                [stage, lane, "Fine", "ends \ufdd0"],
                [stage, lane, "Plane 16", "\U0010fffe"],
                [stage, lane, "Kept", "tab\tand\nline"],
            ],
        )
        plan = planned(document, path)
        assert problems(plan) == [
            (CONTROL, ("2", "Title", "U+0007")),
            (CONTROL, ("3", "Description", "U+FDD0")),
            (CONTROL, ("4", "Description", "U+10FFFE")),
        ]
        assert plan.count("add") == 1
        saved_and_valid(document, plan, tmp_path / "map.cjm")
    finally:
        document.close()


def test_noncharacters_xml_allows_are_refused_from_an_xlsx(tmp_path: Path) -> None:
    """XML 1.0 (so XLSX) cannot hold C0 controls, but it holds U+FDD0 and U+10FFFE."""
    cell = '<c t="inlineStr"><is><t>Non\ufdd0char \U0010fffe</t></is></c>'
    path = workbook(tmp_path / "nonchar.xlsx", sheet_xml(3, cell))
    raw = read_table(path)
    assert raw.rows[0][1] == "Non\ufdd0char \U0010fffe"
    document = JourneyDocument.new("blank", "en")
    try:
        journey = document.journeys()[0].id
        plan = plan_import(document, journey, raw, "cards", {1: "title", 0: "stage"})
        control = [
            (p.args[0], p.args[2])
            for r in plan.refused
            for p in r.problems
            if p.template == CONTROL
        ]
        assert control == [("2", "U+FDD0"), ("3", "U+FDD0")]
        assert not plan.applicable
    finally:
        document.close()


def test_rows_past_the_card_limit_are_refused_and_the_rest_saves(tmp_path: Path) -> None:
    full = tmp_path / "full.cjm"
    document = JourneyDocument.new("blank", "en")
    document.save_as(full)
    document.close()
    plant_cards(full, 19_998)
    document = JourneyDocument.open(full)
    try:
        stage = document.stages(document.journeys()[0].id)[0].title
        path = write_rows(
            tmp_path / "five.csv", [[stage, "Customer actions", f"c{n}", ""] for n in range(5)]
        )
        plan = planned(document, path)
        assert plan.count("add") == 2
        assert problems(plan) == [(CARD_LIMIT, (str(n), "20,000")) for n in (4, 5, 6)]
        saved_and_valid(document, plan, tmp_path / "saved.cjm")
    finally:
        document.close()


def test_new_stages_and_lanes_stop_at_a_journeys_limits(tmp_path: Path) -> None:
    document = JourneyDocument.new("blank", "en")
    try:
        journey = document.journeys()[0].id
        stages, lanes = len(document.stages(journey)), len(document.lanes(journey))
        rows = [[f"S{n}", "Customer actions", f"s{n}", ""] for n in range(110)]
        rows += [["S0", f"L{n}", f"l{n}", ""] for n in range(60)]
        plan = planned(document, write_rows(tmp_path / "wide.csv", rows))
        assert len(plan.new_stages) == 100 - stages and len(plan.new_lanes) == 50 - lanes
        found = problems(plan)
        assert found[0] == (STAGE_LIMIT, (str(2 + 100 - stages), f"S{100 - stages}", "100"))
        assert found[-1] == (LANE_LIMIT, ("171", "L59", "50"))
        assert len(found) == (110 - 100 + stages) + (60 - 50 + lanes)
        saved_and_valid(document, plan, tmp_path / "wide.cjm")
    finally:
        document.close()


def test_rows_past_the_text_limit_are_refused(tmp_path: Path) -> None:
    document = JourneyDocument.new("blank", "en")
    try:
        stage = document.stages(document.journeys()[0].id)[0].title
        body = "x" * 1_999  # a card's description holds at most 2,000 characters
        rows = [[stage, "Customer actions", f"{n:04}", body] for n in range(2_010)]
        plan = planned(document, write_rows(tmp_path / "long.csv", rows))
        taken = plan.count("add")
        assert 1_990 < taken < 2_001 and taken * 2_003 <= MAX_TEXT_CHARS
        assert {p[0] for p in problems(plan)} == {TEXT_LIMIT}
        saved_and_valid(document, plan, tmp_path / "long.cjm")
    finally:
        document.close()
