"""A map's tables as spreadsheets: cards, the touchpoint inventory, the action plan, the metrics
and the evidence index, to CSV or XLSX.

`collect_sheets` copies the rows out of the document (typed values, vocabulary in the map's
language); `write_csv` and `write_xlsx` only write. A spreadsheet runs a cell that starts with
=, +, -, @, a tab or a carriage return as a formula (OWASP "CSV injection"): in a CSV such a
text cell gets a leading apostrophe (which an import takes off again); in an XLSX it is a typed
text cell marked with Excel's quote prefix, which shows it as typed and never runs it. The file
is written beside the target and renamed into place only when whole.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from .errors import DocumentError, shown_name
from .schema import Card, Evidence, EvidenceLink, Lane, Metric, Stage
from .table_fields import TABLES, Field, table_fields, table_source

if TYPE_CHECKING:
    from .document import JourneyDocument

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP: CSV injection)."""
SHEET_TITLES = {
    "cards": ("Cards", "Cartes"),
    "touchpoints": ("Touchpoints", "Points de contact"),
    "opportunities": ("Action plan", "Plan d’actions"),
    "metrics": ("Metrics", "Indicateurs"),
    "evidence": ("Evidence", "Éléments de preuve"),
}
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
YES_NO = {"en": ("yes", "no"), "fr": ("oui", "non")}
_ILLEGAL_IN_XML = dict.fromkeys((*range(0, 9), 11, 12, *range(14, 32)))


class TableExportError(DocumentError):
    """The spreadsheet could not be written; nothing was left behind."""


@dataclass(frozen=True)
class Sheet:
    """One table's rows as typed values (str, int, float, bool, date, datetime or None)."""

    table: str
    title: str
    fields: tuple[Field, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def neutralise(text: str) -> str:
    """`text` as a CSV cell no spreadsheet runs as a formula: a leading apostrophe when it
    starts like a formula (or like an already neutralised one, so that import is exact)."""
    if text.startswith(FORMULA_STARTS) or (text[:1] == "'" and _needs_quote(text[1:])):
        return "'" + text
    return text


def _needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or (text[:1] == "'" and _needs_quote(text[1:]))


def unneutralise(text: str) -> str:
    """What `neutralise` made of a text, undone."""
    if text[:1] == "'" and _needs_quote(text[1:]):
        return text[1:]
    return text


# -- reading the document -----------------------------------------------------------------


def collect_sheets(
    document: JourneyDocument,
    tables: Sequence[str],
    journey_ids: Sequence[str] | None = None,
    language: str | None = None,
) -> list[Sheet]:
    """The rows of `tables` for the journeys asked (all by default), headers and vocabulary in
    `language` (the map's by default)."""
    language = language or document.project().language
    journeys = document.journeys()
    if journey_ids is not None:
        journeys = [j for j in journeys if j.id in journey_ids]
    sheets = []
    for table in tables:
        if table not in TABLES:
            raise TableExportError(f"There is no table “{table}”; the tables are {_listed()}.")
        fields = table_fields(table)
        if table == "evidence":
            rows = _evidence_rows(document, fields, language)
        else:
            rows = _journey_rows(document, table, fields, language, journeys)
        sheets.append(
            Sheet(
                table,
                SHEET_TITLES[table][language == "fr"],
                fields,
                tuple(f.header(language) for f in fields),
                tuple(rows),
            )
        )
    return sheets


def _listed() -> str:
    return ", ".join(TABLES)


def _journey_rows(
    document: JourneyDocument,
    table: str,
    fields: tuple[Field, ...],
    language: str,
    journeys: Sequence[Any],
) -> Iterator[tuple[Any, ...]]:
    session = document.session
    session.flush()
    read = session.connection().execute
    source = table_source(table)
    for journey in journeys:
        stages = read(
            select(Stage.id, Stage.title, Stage.position)
            .where(Stage.journey_id == journey.id)
            .order_by(Stage.position, Stage.id)
        ).all()
        stage_of = {row.id: (row.title, number) for number, row in enumerate(stages, 1)}
        if source == "metric":
            query = (
                select(Metric.__table__)
                .join(Stage, Stage.id == Metric.stage_id)
                .where(Stage.journey_id == journey.id)
                .order_by(Stage.position, Stage.id, Metric.position, Metric.id)
            )
            for row in read(query).mappings():
                title, number = stage_of[row["stage_id"]]
                place = {"journey": journey.title, "stage": title, "stage_position": number}
                yield _values(fields, row, place, language)
            continue
        lanes = read(
            select(Lane.id, Lane.title, Lane.kind)
            .where(Lane.journey_id == journey.id)
            .order_by(Lane.position, Lane.id)
        ).all()
        lane_of = {row.id: (row.title, row.kind, number) for number, row in enumerate(lanes, 1)}
        wanted = [row.id for row in lanes if _lane_fits(table, row.kind)]
        query = (
            select(Card.__table__)
            .join(Lane, Lane.id == Card.lane_id)
            .join(Stage, Stage.id == Card.stage_id)
            .where(Card.lane_id.in_(wanted))
            .order_by(Lane.position, Lane.id, Stage.position, Stage.id, Card.position, Card.id)
        )
        cards = read(query).mappings().all()
        counts = _evidence_counts(read, [row["id"] for row in cards])
        for row in cards:
            title, number = stage_of[row["stage_id"]]
            lane_title, lane_kind, lane_number = lane_of[row["lane_id"]]
            place = {
                "journey": journey.title,
                "stage": title,
                "stage_position": number,
                "lane": lane_title,
                "lane_kind": lane_kind,
                "lane_position": lane_number,
                "evidence_count": counts.get(row["id"], 0),
            }
            yield _values(fields, row, place, language)


def _lane_fits(table: str, kind: str) -> bool:
    if table == "touchpoints":
        return kind == "touchpoints"
    if table == "opportunities":
        return kind == "opportunities"
    return kind != "emotion"


def _evidence_counts(read: Any, card_ids: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for start in range(0, len(card_ids), 500):
        chunk = card_ids[start : start + 500]
        query = (
            select(EvidenceLink.card_id, func.count())
            .where(EvidenceLink.card_id.in_(chunk))
            .group_by(EvidenceLink.card_id)
        )
        counts.update(dict(read(query).all()))
    return counts


def _evidence_rows(
    document: JourneyDocument, fields: tuple[Field, ...], language: str
) -> Iterator[tuple[Any, ...]]:
    from .evidence_export import collect_evidence  # it imports the document module

    exported = {item.id: item for item in collect_evidence(document).items}
    read = document.session.connection().execute
    query = select(Evidence.__table__).order_by(Evidence.position, Evidence.id)
    for row in read(query).mappings():
        uses = exported[row["id"]].uses if row["id"] in exported else ()
        place = {"used_on": "; ".join(uses), "use_count": len(uses)}
        yield _values(fields, row, place, language)


def _values(
    fields: tuple[Field, ...], row: Any, place: dict[str, Any], language: str
) -> tuple[Any, ...]:
    values = []
    for field in fields:
        value = row[field.column] if field.column else place.get(field.name)
        values.append(_typed(field, value, language))
    return tuple(values)


def _typed(field: Field, value: Any, language: str) -> Any:
    if value is None:
        return None
    if field.kind == "choice":
        return field.label(str(value), language)
    if field.kind == "flag":
        return bool(value)
    if field.kind == "date":
        return date.fromisoformat(value) if value else None
    if field.kind == "time":
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return moment.astimezone(UTC).replace(tzinfo=None)
    return value


# -- writing ------------------------------------------------------------------------------


def write_csv(sheet: Sheet, stream: io.TextIOBase, delimiter: str, language: str) -> None:
    """One table as CSV text; the caller opens `stream` with the UTF-8 BOM (`utf-8-sig`)."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in sheet.headers])
    comma = delimiter == ";"
    yes, no = YES_NO.get(language, YES_NO["en"])
    for row in sheet.rows:
        writer.writerow([_csv_cell(v, comma, yes, no) for v in row])


def _csv_cell(value: Any, comma: bool, yes: str, no: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        return text.replace(".", ",") if comma else text
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, int | date):
        return str(value)
    return neutralise(str(value))


def write_xlsx(sheets: Sequence[Sheet], stream: io.BufferedIOBase) -> None:
    """Every sheet in one workbook: typed cells, bold frozen header row, fitted columns."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.title)
        worksheet.freeze_panes = "A2"
        for index, width in enumerate(_widths(sheet), 1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        header = []
        for text in sheet.headers:
            cell = WriteOnlyCell(worksheet, _xml_text(text))
            cell.font = bold
            header.append(cell)
        worksheet.append(header)
        formats = [_number_format(f) for f in sheet.fields]
        for row in sheet.rows:
            worksheet.append(
                [_xlsx_cell(worksheet, WriteOnlyCell, v, formats[i]) for i, v in enumerate(row)]
            )
        if sheet.rows:
            last = get_column_letter(len(sheet.fields))
            worksheet.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    workbook.save(stream)


def _xlsx_cell(worksheet: Any, make: Any, value: Any, number_format: str | None) -> Any:
    if isinstance(value, str):
        text = _xml_text(value)
        if not text.startswith(FORMULA_STARTS):
            return text
        cell = make(worksheet, text)
        cell.data_type = "s"  # openpyxl takes a text starting with = for a formula
        cell.quotePrefix = True
        return cell
    if number_format is None or value is None:
        return value
    cell = make(worksheet, value)
    cell.number_format = number_format
    return cell


def _number_format(field: Field) -> str | None:
    return {"date": "yyyy-mm-dd", "time": "yyyy-mm-dd hh:mm:ss"}.get(field.kind)


def _xml_text(text: str) -> str:
    """XML 1.0 cannot hold most control characters: the workbook drops them."""
    return text.translate(_ILLEGAL_IN_XML) if not text.isprintable() else text


def _widths(sheet: Sheet) -> list[float]:
    """Column widths (in characters) from the header and the first rows' content."""
    widths = []
    for index, header in enumerate(sheet.headers):
        longest = len(header)
        for row in sheet.rows[:200]:
            value = row[index]
            if isinstance(value, datetime):
                size = 19
            elif isinstance(value, str):
                size = max((len(line) for line in value.splitlines()), default=0)
            else:
                size = len(str(value)) if value is not None else 0
            longest = max(longest, size)
        widths.append(float(min(max(longest + 2, 8), 60)))
    return widths


# -- one call: a file ---------------------------------------------------------------------


def export_tables(
    document: JourneyDocument,
    target: Path,
    tables: Sequence[str],
    journey_ids: Sequence[str] | None = None,
    language: str | None = None,
    delimiter: str = ",",
) -> list[Sheet]:
    """Write `tables` to `target` (its extension says CSV or XLSX); returns what was written.

    A CSV holds one table; an XLSX one sheet per table."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise TableExportError(
            f"Cannot tell the format of “{shown_name(target)}”: name it .csv or .xlsx."
        )
    if fmt == "csv" and len(tables) != 1:
        raise TableExportError("A CSV file holds one table: choose it with --table.")
    if delimiter not in DELIMITERS:
        raise TableExportError("The delimiter is a comma, a semicolon or tab.")
    language = language or document.project().language
    sheets = collect_sheets(document, tables, journey_ids, language)
    with atomic_file(target) as stream:
        if fmt == "csv":
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
            write_csv(sheets[0], text, DELIMITERS[delimiter], language)
            text.flush()
            text.detach()
        else:
            write_xlsx(sheets, stream)
    return sheets


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[io.BufferedWriter]:
    """A file beside `target` that replaces it only if the block completes."""
    target = target.absolute()
    name = shown_name(target)
    if target.is_dir():
        raise TableExportError(f"{name} is a folder; give a file name.")
    if not target.parent.is_dir():
        raise TableExportError(f"Cannot write {name}: its folder does not exist.")
    scratch = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        handle = scratch.open("wb")
    except OSError as error:
        raise TableExportError(f"Cannot write {name}: {_reason(error)}.") from error
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        scratch.replace(target)
    except OSError as error:
        scratch.unlink(missing_ok=True)
        raise TableExportError(f"Cannot write {name}: {_reason(error)}.") from error
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise


def _reason(error: OSError) -> str:
    from .document import _reason as reason

    return reason(error)
