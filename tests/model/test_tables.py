"""Spreadsheets out and back in: CSV and XLSX exports of the sample, the formula rule, imports
row by row as one undo step, updates by id, and round trips (export then import gives the same
cards)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import JourneyDocument
from app.model.table_export import (
    FORMULA_STARTS,
    collect_sheets,
    export_tables,
    neutralise,
    unneutralise,
)
from app.model.table_fields import TABLES, table_fields
from app.model.table_import import (
    apply_import,
    guess_mapping,
    guess_table,
    plan_import,
    report_lines,
)
from app.model.table_read import read_table

COMPARED = (
    "title", "body", "colour", "channel", "direct", "physical", "touchpoint_state", "owner",
    "sentiment", "moment_of_truth", "impact", "effort", "status",
)  # fmt: skip


@pytest.fixture
def sample() -> JourneyDocument:
    document = JourneyDocument.new("sample", "fr")
    yield document
    document.close()


@pytest.fixture
def blank() -> JourneyDocument:
    document = JourneyDocument.new("blank", "fr")
    yield document
    document.close()


def cards_by_place(document: JourneyDocument) -> list[tuple[Any, ...]]:
    """Every card as (stage title, lane title, lane kind, fields...), in map order."""
    journey = document.journeys()[0].id
    stages = {s.id: s.title for s in document.stages(journey)}
    lanes = {lane.id: lane for lane in document.lanes(journey)}
    found = []
    for card in document.cards(journey):
        lane = lanes[card.lane_id]
        fields = tuple(getattr(card, name) for name in COMPARED)
        found.append((stages[card.stage_id], lane.title, lane.kind, *fields))
    return sorted(found, key=repr)


def import_file(document: JourneyDocument, path: Path, table: str = "cards", **options: Any):
    raw = read_table(path, **options)
    journey = document.journeys()[0].id
    plan = plan_import(document, journey, raw, table, guess_mapping(raw.headers, table))
    return plan


# -- export -------------------------------------------------------------------------------


def test_csv_has_a_bom_the_delimiter_and_every_card(sample: JourneyDocument, tmp_path: Path):
    target = tmp_path / "cartes.csv"
    export_tables(sample, target, ["cards"], delimiter=";")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Parcours", "Étape", "N° d’étape", "Couloir"]
    assert len(rows) - 1 == len(sample.cards(sample.journeys()[0].id))
    assert {len(row) for row in rows} == {len(table_fields("cards"))}
    assert not list(tmp_path.glob(".*"))  # no scratch left beside it


def test_english_headers_and_comma_delimiter(sample: JourneyDocument, tmp_path: Path) -> None:
    target = tmp_path / "metrics.csv"
    export_tables(sample, target, ["metrics"], language="en", delimiter=",")
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][:5] == ["Journey", "Stage", "Stage no.", "Metric", "Before"]
    assert any(row[3] == "NPS" for row in rows[1:])


def test_xlsx_has_one_sheet_per_table_typed_frozen_and_fitted(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "carte.xlsx"
    export_tables(sample, target, list(TABLES))
    workbook = load_workbook(target)
    assert workbook.sheetnames == [
        "Cartes", "Points de contact", "Plan d’actions", "Indicateurs", "Éléments de preuve",
    ]  # fmt: skip
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.b
        assert 8 <= sheet.column_dimensions["A"].width <= 60
    plan = workbook["Plan d’actions"]
    headers = [c.value for c in plan[1]]
    impact = headers.index("Impact (1-5)")
    assert all(isinstance(row[impact].value, int) for row in plan.iter_rows(min_row=2))
    metrics = workbook["Indicateurs"]
    before = [c.value for c in metrics[1]].index("Avant")
    assert any(isinstance(row[before].value, float) for row in metrics.iter_rows(min_row=2))
    cards = workbook["Cartes"]
    direct = [c.value for c in cards[1]].index("Direct")
    assert {type(row[direct].value) for row in cards.iter_rows(min_row=2)} == {bool}
    evidence = workbook["Éléments de preuve"]
    date_column = [c.value for c in evidence[1]].index("Date")
    assert any(row[date_column].is_date for row in evidence.iter_rows(min_row=2))


def test_touchpoints_and_action_plan_hold_their_lanes_only(sample: JourneyDocument) -> None:
    journey = sample.journeys()[0].id
    kinds = {lane.id: lane.kind for lane in sample.lanes(journey)}
    cards = sample.cards(journey)
    touchpoints, plan, evidence = collect_sheets(
        sample, ["touchpoints", "opportunities", "evidence"]
    )
    assert len(touchpoints.rows) == sum(kinds[c.lane_id] == "touchpoints" for c in cards)
    assert len(plan.rows) == sum(kinds[c.lane_id] == "opportunities" for c in cards)
    assert "Impact (1-5)" not in touchpoints.headers and "Canal" not in plan.headers
    assert len(evidence.rows) == len(sample.evidence())


def test_every_card_column_reaches_the_cards_table() -> None:
    from app.model.schema import Card

    names = {f.column for f in table_fields("cards") if f.column}
    assert names == {c.name for c in Card.__table__.columns} - {"lane_id", "stage_id"}


# -- the formula rule ---------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+33 1 23", "-20 %", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("text", [*FORMULAS, "'=already", "''=twice", "plain", "'quoted"])
def test_neutralise_is_undone_exactly(text: str) -> None:
    written = neutralise(text)
    assert not written.startswith(FORMULA_STARTS)
    assert unneutralise(written) == text


def test_formula_cells_are_neutralised_in_csv_and_xlsx(blank: JourneyDocument, tmp_path: Path):
    from openpyxl import load_workbook

    journey = blank.journeys()[0].id
    lane = blank.lanes(journey)[0].id
    stage = blank.stages(journey)[0].id
    for title in FORMULAS:
        blank.add_card(lane, stage, title, owner="=cmd|' /C calc'!A0")
    export_tables(blank, tmp_path / "c.csv", ["cards"])
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text("utf-8-sig"))))
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)
        assert not any(cell.startswith("-") and not cell[1:2].isdigit() for cell in row)
    export_tables(blank, tmp_path / "c.xlsx", ["cards"])
    sheet = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    title = [c.value for c in sheet[1]].index("Titre")
    cells = [row[title] for row in sheet.iter_rows(min_row=2)]
    # XML reads a carriage return as a line feed (its line-end rule): still text, not a formula
    assert [c.value for c in cells] == [t.replace("\r", "\n") for t in FORMULAS]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    # and back in: the cells come back as they were typed (titles without outer spaces)
    for name in ("c.csv", "c.xlsx"):
        other = JourneyDocument.new("blank", "fr")
        try:
            apply_import(other, import_file(other, tmp_path / name))
            cards = other.cards(other.journeys()[0].id)
            assert sorted(c.title for c in cards) == sorted(t.strip() for t in FORMULAS)
            assert {c.owner for c in cards} == {"=cmd|' /C calc'!A0"}
        finally:
            other.close()


# -- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cards.csv", "cards.xlsx"])
def test_export_then_import_gives_the_same_cards(sample: JourneyDocument, tmp_path: Path, name):
    export_tables(sample, tmp_path / name, ["cards"], delimiter=";")
    empty = JourneyDocument.new("blank", "fr")
    try:
        journey = empty.journeys()[0].id
        for stage in empty.stages(journey):
            empty.delete_stage(stage.id)
        for lane in empty.lanes(journey):
            empty.delete_lane(lane.id)
        plan = import_file(empty, tmp_path / name)
        assert not plan.refused, report_lines(plan)
        apply_import(empty, plan)
        assert cards_by_place(empty) == cards_by_place(sample)
        sample_stages = [s.title for s in sample.stages(sample.journeys()[0].id)]
        assert [s.title for s in empty.stages(journey)] == sample_stages
    finally:
        empty.close()


def test_importing_its_own_export_changes_nothing(sample: JourneyDocument, tmp_path: Path):
    export_tables(sample, tmp_path / "c.xlsx", ["cards"])
    plan = import_file(sample, tmp_path / "c.xlsx")
    assert plan.count("unchanged") == len(plan.rows) and not plan.applicable
    assert apply_import(sample, plan) is None


def test_rows_with_the_id_of_a_card_update_it(sample: JourneyDocument, tmp_path: Path):
    target = tmp_path / "plan.csv"
    export_tables(sample, target, ["opportunities"], language="en", delimiter=",")
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    header = rows[0]
    rows[1][header.index("Owner")] = "Direction commerciale"
    rows[1][header.index("Status")] = "En cours"
    rows[2][header.index("Stage")] = sample.stages(sample.journeys()[0].id)[-1].title
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    plan = import_file(sample, target, table="opportunities")
    assert (plan.count("update"), plan.count("add")) == (2, 0)
    apply_import(sample, plan)
    card = sample.card(rows[1][header.index("Id")])
    assert (card.owner, card.status) == ("Direction commerciale", "in_progress")
    moved = sample.card(rows[2][header.index("Id")])
    assert moved.stage_id == sample.stages(sample.journeys()[0].id)[-1].id


# -- imports ------------------------------------------------------------------------------


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_workshop_inventory_becomes_touchpoints_in_one_undo_step(
    blank: JourneyDocument, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "inventaire.csv",
        "Étape;Point de contact;Canal;Responsable;Direct ou indirect;Moment de vérité\n"
        "Découverte;Bouche à oreille;Autre;;Indirect;non\n"
        "Découverte;Site web de la banque;Site web;Marketing;Direct;\n"
        "Achat;Rendez-vous en agence;Agence;Réseau;direct;oui\n"
        "Usage;Appli mobile;Application;DSI;Direct;x\n",
    )
    raw = read_table(source)
    assert guess_table(raw.headers, raw.sheet) == "touchpoints"
    journey = blank.journeys()[0].id
    mapping = guess_mapping(raw.headers, "touchpoints")
    assert sorted(mapping.values()) == sorted(
        ["stage", "title", "channel", "owner", "direct", "moment_of_truth"]
    )
    before = cards_by_place(blank)
    plan = plan_import(blank, journey, raw, "touchpoints", mapping)
    assert cards_by_place(blank) == before  # planning never touches the map
    assert plan.count("add") == 4 and not plan.refused
    assert list(plan.new_stages.values()) == ["Découverte", "Achat", "Usage"]
    steps = len(blank.history())
    apply_import(blank, plan)
    assert len(blank.history()) == steps + 1
    assert blank.history()[-1].label.code == "import"
    cards = {c.title: c for c in blank.cards(journey)}
    assert cards["Rendez-vous en agence"].channel == "store"
    assert cards["Bouche à oreille"].direct is False
    assert cards["Appli mobile"].moment_of_truth is True
    lanes = {lane.id: lane.kind for lane in blank.lanes(journey)}
    assert {lanes[c.lane_id] for c in cards.values()} == {"touchpoints"}
    blank.undo()
    assert cards_by_place(blank) == before
    assert [s.title for s in blank.stages(journey)] == ["Étape 1", "Étape 2", "Étape 3"]


def test_each_bad_row_gets_its_sentence_and_the_rest_applies(
    blank: JourneyDocument, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "plan.csv",
        "Stage,Title,Impact,Effort,Status,Budget\n"
        "Étape 1,Good one,4,2,Idea,\n"
        "Étape 1,Too strong,9,2,,\n"
        "Étape 1,Odd status,3,3,Someday,\n"
        "Nowhere,Lost,3,3,,\n"
        ",No stage,3,3,,\n"
        "Étape 2,,3,3,,\n"
        "Étape 2,Bell\x07,3,3,,\n"
        f"Étape 2,{'x' * 501},3,3,,\n"
        "Étape 2,Half,2.5,3,,\n",
    )
    raw = read_table(source)
    journey = blank.journeys()[0].id
    blank.add_lane(journey, "opportunities", "Idées")
    plan = plan_import(
        blank, journey, raw, "opportunities", guess_mapping(raw.headers, "opportunities"), False
    )
    texts = [p.text for row in plan.refused for p in row.problems]
    assert texts == [
        "Row 3: Impact must be a whole number from 1 to 5, not “9”.",
        "Row 4: Status cannot be “Someday”; it takes Idée, Planifiée, En cours, Terminée.",
        "Row 5: this journey has no stage “Nowhere”.",
        "Row 6: no stage is given.",
        "Row 7: the title is empty.",
        "Row 8: Title holds an invisible control character (U+0007).",
        "Row 9: Title is longer than 500 characters.",
        "Row 10: Impact must be a whole number from 1 to 5, not “2.5”.",
    ]
    assert any("Budget" in note.text for note in plan.notes)
    assert plan.count("add") == 1
    apply_import(blank, plan)
    assert [c.title for c in blank.cards(journey)] == ["Good one"]
    assert not plan.new_stages and not plan.new_lanes


def test_cards_need_a_lane_and_never_go_to_an_emotion_lane(blank: JourneyDocument, tmp_path):
    source = write_csv(
        tmp_path / "c.csv",
        "Stage,Lane,Title\nÉtape 1,Ressenti,Sad\nÉtape 1,,Nowhere\nÉtape 1,Idées,New lane\n",
    )
    plan = import_file(blank, source)
    texts = [p.text for row in plan.refused for p in row.problems]
    assert texts == [
        "Row 2: “Ressenti” is an emotion lane, which holds emotion points, not cards.",
        "Row 3: no lane is given.",
    ]
    assert list(plan.new_lanes.values()) == [("Idées", "text")]


def test_metrics_import_with_decimal_commas(sample: JourneyDocument, tmp_path: Path) -> None:
    journey = sample.journeys()[0].id
    first = sample.stages(journey)[0]
    source = write_csv(
        tmp_path / "kpi.csv",
        f"Étape;Indicateur;Avant;Après;Cible;Unité\n{first.title};CES;3,5;2,1;2;/7\n"
        f"{first.title};Taux;abc;;;\n",
    )
    raw = read_table(source)
    assert guess_table(raw.headers) == "metrics"
    plan = plan_import(sample, journey, raw, "metrics", guess_mapping(raw.headers, "metrics"))
    assert [p.text for r in plan.refused for p in r.problems] == [
        "Row 3: Avant must be a number, not “abc”."
    ]
    apply_import(sample, plan)
    added = [m for m in sample.metrics(first.id) if m.name == "CES"]
    assert (added[-1].value_before, added[-1].value_after, added[-1].unit) == (3.5, 2.1, "/7")


def test_remembered_choices_win_over_guesses() -> None:
    headers = ["Étape", "Quoi", "Qui"]
    mapping = guess_mapping(headers, "cards", {"quoi": "title", "qui": "owner", "etape": ""})
    assert mapping == {1: "title", 2: "owner"}


def test_windows_1252_csv_reads_with_a_note(blank: JourneyDocument, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "w.csv", "Étape;Couloir;Titre\nÉtape 1;Actions;Réclamation\n", "cp1252"
    )
    plan = import_file(blank, source)
    assert [n.text for n in plan.notes][:1] == [
        "The file is not UTF-8; it was read as Windows-1252 (Western European)."
    ]
    assert plan.count("add") == 1


# -- a generated map: export then import gives the same cards ----------------------------

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn")), max_size=30
).map(str.strip)


@st.composite
def card_specs(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 12))
    specs = []
    for _ in range(count):
        specs.append(
            {
                "title": draw(TEXT.filter(bool)),
                "body": draw(st.one_of(TEXT, st.sampled_from(FORMULAS))).strip(),
                "owner": draw(TEXT),
                "channel": draw(st.sampled_from(["", "web", "store", "phone"])),
                "sentiment": draw(st.sampled_from(["neutral", "pain", "gain"])),
                "moment_of_truth": draw(st.booleans()),
                "direct": draw(st.booleans()),
                "impact": draw(st.one_of(st.none(), st.integers(1, 5))),
                "status": draw(st.sampled_from(["", "idea", "done"])),
                "cell": (draw(st.integers(0, 2)), draw(st.integers(0, 1))),
            }
        )
    return specs


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=card_specs(), fmt=st.sampled_from(["csv", "xlsx"]))
def test_generated_cards_survive_a_round_trip(specs, fmt, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("round")
    source = JourneyDocument.new("blank", "en")
    target = JourneyDocument.new("blank", "en")
    try:
        journey = source.journeys()[0].id
        stages = source.stages(journey)
        lanes = [lane for lane in source.lanes(journey) if lane.kind != "emotion"]
        for spec in specs:
            spec = dict(spec)
            stage, lane = spec.pop("cell")
            source.add_card(lanes[lane].id, stages[stage].id, **spec)
        export_tables(source, folder / f"c.{fmt}", ["cards"], delimiter=",")
        plan = import_file(target, folder / f"c.{fmt}")
        assert not plan.refused, report_lines(plan)
        apply_import(target, plan)
        assert cards_by_place(target) == cards_by_place(source)
    finally:
        source.close()
        target.close()


def test_what_the_schema_refuses_is_refused_row_by_row(blank: JourneyDocument, tmp_path):
    source = write_csv(
        tmp_path / "couleurs.csv",
        "Étape;Couloir;Titre;Couleur\nÉtape 1;Actions;Rouge;red\nÉtape 1;Actions;Bleu;#1f4e99\n",
    )
    plan = import_file(blank, source)
    assert [p.text for r in plan.refused for p in r.problems] == [
        "Row 2: the value of Couleur is not allowed (“red”)."
    ]
    assert plan.count("add") == 1
