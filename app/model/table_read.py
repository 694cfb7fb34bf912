"""Reading a spreadsheet someone sent: a CSV or XLSX file, untrusted like a `.cjm`.

`read_table` returns the header and the rows of one sheet as text or typed cells, or raises one
`TableReadError` sentence naming the file and what is wrong with it as a whole (not a
spreadsheet, an encoding it cannot be, a ZIP bomb, too many rows); problems of single rows are
kept with the rows (`RawTable.row_problems`) for the import's report. Limits are checked before
anything costly: the file's size on disk, the declared sizes inside an XLSX archive, and the
rows as they stream in (a sheet of a million rows costs what one of 20,001 does).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .errors import DocumentError, shown_name

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest CSV or XLSX file read (a 20,000-row inventory is a few megabytes)."""
MAX_ROWS = 20_000
"""Most data rows imported at once (the most cards a map holds)."""
MAX_COLUMNS = 100
MAX_CELL_CHARS = 20_000
"""Longest cell read (the longest text a card holds)."""
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
"""What the parts of an XLSX may add up to once decompressed."""
MAX_RATIO = 200
"""Largest compression ratio of one part of an XLSX bigger than a megabyte (a ZIP bomb's is
in the thousands; a sheet of real text compresses about 10 to 1)."""
MAX_PARTS = 10_000
UNREADABLE = "it cannot be read (permission denied or the disk failed)"
ROW_TOO_WIDE = "Row %1 has %2 cells where the header has %3 (a stray delimiter or quote?)."
ROW_EXTRA = "Row %1 has cells to the right of the last titled column."
ROW_TOO_LONG = "Row %1 has a cell longer than %2 characters."
ROW_MESSAGES = (ROW_TOO_WIDE, ROW_EXTRA, ROW_TOO_LONG)
"""Templates of the problems of single rows (%1 is the row's number)."""
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), Word and other OLE files


class TableReadError(DocumentError):
    """The file cannot be read as a spreadsheet; nothing was imported."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{shown_name(self.path)} cannot be imported: {problem}.")


@dataclass
class RawTable:
    """One sheet as read: `rows[i]` is the file's row `numbers[i]` (the header is row 1 of a
    CSV, or its own row of the sheet); cells are text, or typed values from an XLSX."""

    source: Path
    sheet: str
    headers: list[str]
    rows: list[list[Any]]
    numbers: list[int]
    sheets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    row_problems: dict[int, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """A file row number -> why that row could not be read: a template of `ROW_MESSAGES` and
    its arguments after the row number."""


def read_table(
    path: Path | str, sheet: str | None = None, delimiter: str | None = None
) -> RawTable:
    """The first sheet (or `sheet`) of an XLSX, or a CSV file; decided by content, not name."""
    path = Path(path)
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    if head.startswith(_OLE):
        raise TableReadError(
            path, "it is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV UTF-8 first"
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise TableReadError(path, "it is not an XLSX workbook (it is not even a ZIP archive)")
    return _read_csv(path, delimiter)


def _head(path: Path) -> bytes:
    try:
        if not path.is_file():
            problem = "it is a folder" if path.is_dir() else "the file does not exist"
            raise TableReadError(path, problem)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TableReadError(
                path, "it is larger than 50 MB, the most Parcours imports from one file"
            )
        if size == 0:
            raise TableReadError(path, "the file is empty")
        with path.open("rb") as stream:
            return stream.read(8)
    except OSError as error:
        raise TableReadError(path, UNREADABLE) from error


# -- CSV ----------------------------------------------------------------------------------


def _read_csv(path: Path, delimiter: str | None) -> RawTable:
    try:
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as error:
        raise TableReadError(path, UNREADABLE) from error
    text, notes = _decode(path, data)
    if "\x00" in text:
        raise TableReadError(
            path, "it holds NUL characters, so it is not a text file (save it as CSV UTF-8)"
        )
    delimiter = delimiter or _sniff(text)
    csv.field_size_limit(MAX_CELL_CHARS * 4 + 16)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Any]] = []
    numbers: list[int] = []
    problems: dict[int, tuple[str, tuple[str, ...]]] = {}
    headers: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            number = line
            line = reader.line_num + 1
            if headers is None:
                if not any(c.strip() for c in cells):
                    continue
                headers = [c.strip() for c in cells]
                if len(headers) > MAX_COLUMNS:
                    raise TableReadError(path, f"it has more than {MAX_COLUMNS} columns")
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise TableReadError(path, _too_many_rows())
            if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers) :]):
                problems[number] = (ROW_TOO_WIDE, (str(len(cells)), str(len(headers))))
            rows.append(cells[: len(headers)])
            numbers.append(number)
    except csv.Error as error:
        raise TableReadError(path, _csv_problem(str(error), line)) from error
    if headers is None:
        raise TableReadError(path, "it holds no header row")
    return RawTable(path, "", headers, rows, numbers, [], notes, problems)


def _decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without its BOM), UTF-16 with its BOM (Excel's "Unicode text"), else
    Windows-1252 (what Excel writes as "CSV" on a French or English Windows), said in a note."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as error:
            raise TableReadError(path, "its UTF-16 text is damaged") from error
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise TableReadError(
            path, "it holds NUL characters, so it is not a text file (save it as CSV UTF-8)"
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise TableReadError(
            path, "its text is neither UTF-8 nor Windows-1252 (save it as CSV UTF-8)"
        ) from error
    return text, ["The file is not UTF-8; it was read as Windows-1252 (Western European)."]


def _sniff(text: str) -> str:
    """The delimiter of the first line: the most frequent of ; , and tab outside quotes."""
    counts = dict.fromkeys((",", ";", "\t"), 0)
    quoted = False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
        elif not quoted and char == "\n":
            break
    return max(counts, key=lambda c: (counts[c], c == ","))


def _csv_problem(message: str, line: int) -> str:
    if "field larger than field limit" in message:
        return f"a cell near line {line} is longer than {MAX_CELL_CHARS:,} characters"
    if "unexpected end of data" in message or "EOF" in message:
        return f"a quoted cell that starts near line {line} is never closed"
    return f"line {line} is not valid CSV ({message})"


def _too_many_rows() -> str:
    return f"it has more than {MAX_ROWS:,} rows, the most Parcours imports at once"


# -- XLSX ---------------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    _check_archive(path)
    try:
        with path.open("rb") as handle:  # closed here even if openpyxl leaves a part open
            return _read_workbook(path, handle, sheet)
    except OSError as error:
        raise TableReadError(path, UNREADABLE) from error


def _read_workbook(path: Path, handle: io.BufferedReader, sheet: str | None) -> RawTable:
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    # openpyxl sizes every sheet when it loads a workbook, and a sheet without a <dimension>
    # element is parsed to its end for that (a million rows: 75 s). Its size is of no use
    # here (rows stream and are counted), and a lying one would cut the rows short: skip it.
    sized = ReadOnlyWorksheet._get_size
    ReadOnlyWorksheet._get_size = _unsized
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many types on damaged or hostile parts
        raise TableReadError(path, "it is damaged, or it is not an XLSX workbook") from error
    finally:
        ReadOnlyWorksheet._get_size = sized
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise TableReadError(path, "the workbook has no sheet")
        if sheet is None:
            chosen = names[0]
        else:
            chosen = next((n for n in names if n.casefold() == sheet.casefold()), "")
            if not chosen:
                listed = ", ".join(f"“{n}”" for n in names[:8])
                raise TableReadError(path, f"it has no sheet “{sheet}” (its sheets: {listed})")
        worksheet = workbook[chosen]
        if not hasattr(worksheet, "iter_rows"):
            raise TableReadError(path, f"“{chosen}” is a chart, not a sheet of cells")
        table = _read_rows(path, worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1))
    except TableReadError:
        raise
    except Exception as error:
        raise TableReadError(path, "it is damaged, or it is not an XLSX workbook") from error
    finally:
        workbook.close()
    table.sheet, table.sheets = chosen, names
    return table


def _unsized(_worksheet: object) -> None:
    """In place of openpyxl's `ReadOnlyWorksheet._get_size`: no size, rows read as they come."""


def _check_archive(path: Path) -> None:
    """A real XLSX, of a sane size once unpacked, before openpyxl reads a byte of it."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise TableReadError(path, "it is a damaged ZIP archive, not a workbook") from error
    if "mimetype" in names and "content.xml" in names:
        raise TableReadError(
            path, "it is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV UTF-8"
        )
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise TableReadError(path, "it is a ZIP archive but not an XLSX workbook")
    if len(parts) > MAX_PARTS:
        raise TableReadError(path, "it holds too many parts to be a workbook")
    total = 0
    for part in parts:
        total += part.file_size
        large = part.file_size > 1024 * 1024
        if total > MAX_UNZIPPED_BYTES or (
            large and part.file_size > MAX_RATIO * max(part.compress_size, 1)
        ):
            raise TableReadError(
                path,
                "it unpacks to far more than its size (a ZIP bomb?), more than Parcours reads",
            )


def _read_rows(path: Path, rows: Any) -> RawTable:
    headers: list[str] | None = None
    data: list[list[Any]] = []
    numbers: list[int] = []
    problems: dict[int, tuple[str, tuple[str, ...]]] = {}
    read = 0
    for number, values in enumerate(rows, 1):
        read += 1
        if read > MAX_ROWS * 5:  # empty but formatted rows still cost their XML
            raise TableReadError(path, _too_many_rows())
        cells = [_cell(v) for v in values]
        if not any(c not in (None, "") for c in cells):
            continue
        if headers is None:
            if len(cells) > MAX_COLUMNS and any(c not in (None, "") for c in cells[MAX_COLUMNS:]):
                raise TableReadError(path, f"it has more than {MAX_COLUMNS} columns")
            headers = ["" if c is None else str(c).strip() for c in cells[:MAX_COLUMNS]]
            while headers and not headers[-1]:
                headers.pop()
            continue
        if len(data) >= MAX_ROWS:
            raise TableReadError(path, _too_many_rows())
        extra = cells[len(headers) :]
        if any(c not in (None, "") for c in extra):
            problems[number] = (ROW_EXTRA, ())
        too_long = next((c for c in cells if isinstance(c, str) and len(c) > MAX_CELL_CHARS), None)
        if too_long is not None:
            problems[number] = (ROW_TOO_LONG, (f"{MAX_CELL_CHARS:,}",))
        data.append(cells[: len(headers)])
        numbers.append(number)
    if headers is None:
        raise TableReadError(path, "the sheet is empty")
    return RawTable(path, "", headers, data, numbers, [], [], problems)


def _cell(value: Any) -> Any:
    """Cells as plain Python values: text, int, float, bool, date, datetime or None."""
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, str | int | float | bool | date | datetime) or value is None:
        return value
    return str(value)  # a time of day, a timedelta, an error value like #N/A
