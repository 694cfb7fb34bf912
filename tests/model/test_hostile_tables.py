"""Spreadsheets from anyone: each hostile file is built here, and each is refused in one
sentence (or row by row), quickly, with the map untouched."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.table_import import guess_mapping, plan_import
from app.model.table_read import MAX_ROWS, TableReadError, read_table


def refusal(path: Path, **options: object) -> str:
    with pytest.raises(TableReadError) as caught:
        read_table(path, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path.name} cannot be imported: ")
    return message.split(": ", 1)[1]


def test_ragged_rows_are_refused_one_by_one(tmp_path: Path) -> None:
    source = tmp_path / "ragged.csv"
    source.write_text(
        "Étape;Couloir;Titre\nÉtape 1;Actions;Bon\n"
        "Étape 1;Actions;Trop;de;cellules\nÉtape 1;Actions\n"
    )
    raw = read_table(source)
    assert list(raw.row_problems) == [3]
    document = JourneyDocument.new("blank", "fr")
    try:
        journey = document.journeys()[0].id
        plan = plan_import(document, journey, raw, "cards", guess_mapping(raw.headers, "cards"))
        texts = [p.text for row in plan.refused for p in row.problems]
        assert texts == [
            "Row 3 has 5 cells where the header has 3 (a stray delimiter or quote?).",
            "Row 4: the title is empty.",
        ]
    finally:
        document.close()


def test_text_in_no_encoding_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(b"Titre;\xc3\x28\x81\x8d;x\n")  # not UTF-8, and bytes cp1252 lacks
    assert refusal(source) == "its text is neither UTF-8 nor Windows-1252 (save it as CSV UTF-8)."


def test_a_nul_means_not_a_text_file(tmp_path: Path) -> None:
    source = tmp_path / "nul.csv"
    source.write_bytes(b"Titre;Etape\nun\x00deux;x\n")
    assert refusal(source).startswith("it holds NUL characters")


def test_an_unclosed_quote_is_named(tmp_path: Path) -> None:
    source = tmp_path / "quote.csv"
    source.write_text('Titre;Étape\n"jamais fermé;Étape 1\nautre;Étape 2\n')
    assert "never closed" in refusal(source) or "not valid CSV" in refusal(source)


def test_a_cell_too_long_for_a_card(tmp_path: Path) -> None:
    source = tmp_path / "long.csv"
    source.write_text("Titre;Étape\n" + "x" * 200_000 + ";Étape 1\n")
    assert "longer than 20,000 characters" in refusal(source)


def test_a_million_rows_stop_at_the_limit(tmp_path: Path) -> None:
    source = tmp_path / "million.csv"
    with source.open("w") as stream:
        stream.write("Titre;Étape\n")
        for number in range(1_000_000):
            stream.write(f"c{number};Étape 1\n")
    started = time.perf_counter()
    assert (
        refusal(source) == f"it has more than {MAX_ROWS:,} rows, the most Parcours imports at once."
    )
    assert time.perf_counter() - started < 30  # it stops early


def sheet_xml(rows: int, cells: str = "") -> bytes:
    body = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>c{n}</t></is></c>{cells}</row>'
        for n in range(1, rows + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>'
    ).encode()


def workbook(path: Path, sheet: bytes) -> Path:
    """A minimal XLSX whose one sheet is `sheet`."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            f'<?xml version="1.0"?><Types xmlns="{package}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{sheet_type}.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{sheet_type}.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_a_hand_made_workbook_reads(tmp_path: Path) -> None:
    raw = read_table(workbook(tmp_path / "small.xlsx", sheet_xml(3)))
    assert raw.headers == ["c1"] and [r[0] for r in raw.rows] == ["c2", "c3"]


def test_an_xlsx_that_is_not_one(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is plain text named like a workbook")
    assert refusal(fake) == "it is not an XLSX workbook (it is not even a ZIP archive)."
    other = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    assert refusal(other) == "it is a ZIP archive but not an XLSX workbook."
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert refusal(old).startswith("it is an Excel 97-2003 workbook (.xls)")
    broken = workbook(tmp_path / "broken.xlsx", b"<worksheet><sheetData><row><c")
    assert refusal(broken) == "it is damaged, or it is not an XLSX workbook."
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(workbook(tmp_path / "whole.xlsx", sheet_xml(50)).read_bytes()[:900])
    assert "damaged" in refusal(truncated)


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    # 120 MB of spaces inside the sheet, compressed to about 120 kB
    padding = b" " * (120 * 1024 * 1024)
    bomb = workbook(
        tmp_path / "bomb.xlsx", sheet_xml(2).replace(b"<sheetData>", b"<sheetData>" + padding)
    )
    assert bomb.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    assert refusal(bomb).startswith("it unpacks to far more than its size (a ZIP bomb?)")
    assert (
        time.perf_counter() - started < 10
    )  # refused from the archive's directory, unpacked never


def test_a_sheet_of_a_million_rows_stops_at_the_limit(tmp_path: Path) -> None:
    big = workbook(tmp_path / "million.xlsx", sheet_xml(1_000_000))
    started = time.perf_counter()
    assert refusal(big) == f"it has more than {MAX_ROWS:,} rows, the most Parcours imports at once."
    assert time.perf_counter() - started < 30  # it stops early (a whole parse took 75 s)


def test_an_entity_bomb_in_the_sheet_is_refused(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    assert "damaged" in refusal(workbook(tmp_path / "laughs.xlsx", laughs))


def test_an_ods_or_a_missing_sheet_is_named(tmp_path: Path) -> None:
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert refusal(ods).startswith("it is an OpenDocument spreadsheet (.ods)")
    small = workbook(tmp_path / "small.xlsx", sheet_xml(3))
    assert refusal(small, sheet="Budget") == "it has no sheet “Budget” (its sheets: “Feuil1”)."


def test_empty_and_huge_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert refusal(empty) == "the file is empty."
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        stream.truncate(60 * 1024 * 1024)
    assert refusal(huge).startswith("it is larger than 50 MB")
    assert refusal(tmp_path / "missing.csv") == "the file does not exist."
