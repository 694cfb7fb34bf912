"""A whole map as JSON: the diffable, scriptable text form of a `.cjm` file.

Every row of every table, ids kept, in the file format's own columns: the tables and columns
come from the frozen DDL of the format (app/model/ddl), so a format that adds a table or a
column is carried without a change here, and a JSON of an older format is built as a file of
that format and then upgraded like an old `.cjm`. Pictures travel as base64, or as files in a
folder beside the JSON (`pictures_dir`). docs/map.schema.json describes the form; it is
generated from the same DDL (`json_schema`), and a test keeps the two equal.

A JSON file may come from anyone, like a `.cjm`: `build_map` checks its shape and every value
before a row is written, builds the new map beside the target, validates it exactly as opening
validates a file, checks that each picture's bytes hash to its key, and only then renames it
into place. Every problem is one `MapJsonError` sentence; nothing half-built is left behind.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import os
import re
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from . import fileformat, limits, migrations
from .errors import DocumentError, InvalidFileError, LimitError, shown_name
from .lineage_tables import HISTORY_TABLES
from .picture_check import DroppedPicture, PictureRefusal, check_all
from .schema import Base, Flag
from .text import first_unsafe

if TYPE_CHECKING:
    from .document import JourneyDocument

KIND = "parcours-map"
MAX_JSON_BYTES = 384 * 1024 * 1024
"""Largest JSON read: the largest map Parcours opens (256 MiB, limits.py), with its pictures
in base64 (a third more): the JSON of any map Parcours opens builds back."""
MAX_ROWS = 500_000
"""Most rows of one table read from a JSON (the map's own limits are checked after)."""
MAX_PICTURE_BYTES = 50_000_000
"""Largest picture file read (what the file format allows one picture)."""
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}
_TOKEN = f"@picture-{uuid.uuid4().hex}-"
"""Placeholder of a picture's base64 while the JSON is encoded (unique to this process)."""
_SIGNATURES = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}


class MapJsonError(DocumentError):
    """The JSON cannot become a map (or the map cannot be written as JSON); nothing was left."""

    def __init__(self, path: Path | str, problem: str, reading: bool = True) -> None:
        self.path = Path(path)
        self.problem = problem
        verb = "cannot be turned into a map" if reading else "was not written"
        super().__init__(f"{shown_name(self.path)} {verb}: {problem}.")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # TEXT, INTEGER, REAL or BLOB
    nullable: bool
    flag: bool  # an INTEGER 0/1 written as true/false


@cache
def format_tables(version: int) -> dict[str, tuple[Column, ...]]:
    """Every table of a file format and its columns, in the DDL's order."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(fileformat.ddl(version))
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid"
            )
            if row[0] not in HISTORY_TABLES  # the JSON form is the map, not its history
        ]
        tables = {}
        for name in names:
            orm = Base.metadata.tables.get(name)
            columns = []
            for _cid, column, kind, notnull, _default, _pk in connection.execute(
                f"PRAGMA table_info({name})"
            ):
                orm_column = orm.columns.get(column) if orm is not None else None
                flag = orm_column is not None and isinstance(orm_column.type, Flag)
                columns.append(Column(column, kind.upper(), not notnull, flag))
            tables[name] = tuple(columns)
        return tables
    finally:
        connection.close()


def _key(columns: tuple[Column, ...]) -> str:
    return "sha256" if any(c.name == "sha256" for c in columns) else "id"


# -- writing ------------------------------------------------------------------------------


def map_data(
    document: JourneyDocument,
    json_path: Path | None = None,
    pictures_dir: Path | None = None,
    later: dict[str, bytes] | None = None,
) -> tuple[dict[str, Any], dict[Path, bytes]]:
    """The JSON form of the document, and the picture files to write beside it (if asked).

    With `later`, a picture kept in the JSON is a placeholder string, and `later` maps it to
    the bytes, which the writer encodes straight into the file (see `export_map_json`)."""
    document.session.flush()
    read = document.session.connection().exec_driver_sql
    in_use = document.pictures_in_use()
    files: dict[Path, bytes] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, columns in format_tables(fileformat.FORMAT_VERSION).items():
        listed = ", ".join(c.name for c in columns)
        query = f"SELECT {listed} FROM {name} ORDER BY {_key(columns)}"
        rows = [dict(zip((c.name for c in columns), values, strict=True)) for values in read(query)]
        if name == "asset":
            rows = [row for row in rows if row["sha256"] in in_use]  # what a Save writes
            _check_pictures(document, rows, json_path)
            for row in rows:
                for blob in ("data", "thumbnail"):
                    row[blob] = _blob_out(row, blob, json_path, pictures_dir, files, later)
        for row in rows:
            for column in columns:
                if column.flag and row[column.name] is not None:
                    row[column.name] = bool(row[column.name])
        tables[name] = rows
    return {"kind": KIND, "format": fileformat.FORMAT_VERSION, "tables": tables}, files


def _check_pictures(
    document: JourneyDocument, rows: list[dict[str, Any]], json_path: Path | None
) -> None:
    """Only checked pictures leave a map (picture_check.py), as from every other writer: a
    JSON, or the picture files beside it, may be opened by any program and must not carry a
    stored picture's GPS position or whatever else it hides. Where a poster draws a
    placeholder, the JSON cannot leave a picture out (its photo evidence would point at
    nothing, and the JSON would no longer be the map): the map is not written, and the one
    sentence names the element whose picture failed, so that the user can remove it."""
    columns = ("sha256", "media_type", "width", "height", "data", "thumbnail")
    for verdict in check_all([tuple(row[c] for c in columns) for row in rows]):
        if isinstance(verdict, PictureRefusal):
            kind, title = document.picture_user(verdict.sha256) or ("evidence", "")
            element = DroppedPicture(verdict.sha256, verdict.template, kind, title).element()
            raise MapJsonError(
                json_path or document.display_name,
                f"the picture of {element} failed the check every stored picture passes before "
                "it leaves a map; remove it from the map first",
                reading=False,
            )


def _blob_out(
    row: dict[str, Any],
    blob: str,
    json_path: Path | None,
    pictures_dir: Path | None,
    files: dict[Path, bytes],
    later: dict[str, bytes] | None,
) -> Any:
    data: bytes = row[blob]
    if (pictures_dir is None or json_path is None) and later is not None:
        token = f"{_TOKEN}{len(later)}"
        later[token] = data
        return token
    if pictures_dir is None or json_path is None:
        return base64.b64encode(data).decode("ascii")
    suffix = _EXTENSIONS.get(row["media_type"], ".bin")
    if blob == "thumbnail":
        suffix = "-thumbnail" + (".png" if data.startswith(_SIGNATURES["image/png"]) else ".jpg")
    path = pictures_dir / f"{row['sha256']}{suffix}"
    files[path] = data
    relative = os.path.relpath(path.absolute(), json_path.absolute().parent)
    return {"file": PurePosixPath(*Path(relative).parts).as_posix()}


def export_map_json(
    document: JourneyDocument, target: Path, pictures_dir: Path | None = None
) -> int:
    """Write the whole map as JSON at `target` (pictures in `pictures_dir` if given, a folder
    inside the JSON's folder); returns the number of picture files written."""
    target = target.absolute()
    if pictures_dir is not None:
        pictures_dir = pictures_dir.absolute()
        if not pictures_dir.is_relative_to(target.parent):
            raise MapJsonError(
                target,
                "the pictures' folder must be inside the folder of the JSON file, so that the "
                "two travel together",
                reading=False,
            )
    later: dict[str, bytes] = {}
    data, files = map_data(document, target, pictures_dir, later)
    # The pictures' base64 (most of the bytes) needs no JSON escaping: it is written straight
    # in place of its placeholder, rather than scanned by the JSON encoder (0.5 s on 64 MB).
    parts = re.split(f'"({_TOKEN}\\d+)"', json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    from .table_export import TableExportError, atomic_file

    try:
        if files:
            assert pictures_dir is not None
            pictures_dir.mkdir(parents=True, exist_ok=True)
            for path, content in files.items():
                if not path.exists() or path.read_bytes() != content:
                    with atomic_file(path) as stream:
                        stream.write(content)
        with atomic_file(target) as stream:
            for index, part in enumerate(parts):
                if index % 2:
                    stream.write(b'"' + base64.b64encode(later[part]) + b'"')
                else:
                    stream.write(part.encode("utf-8"))
    except OSError as error:
        from .document import _reason

        raise MapJsonError(target, _reason(error), reading=False) from error
    except TableExportError as error:
        raise MapJsonError(target, str(error).rstrip("."), reading=False) from error
    return len(files)


# -- reading ------------------------------------------------------------------------------


def read_map_json(path: Path) -> tuple[int, dict[str, list[tuple[Any, ...]]]]:
    """The format version and the rows of every table, every value checked against the
    columns of that format; raises `MapJsonError` at the first problem."""
    data = _load(path)
    if not isinstance(data, dict):
        raise MapJsonError(path, "it is not a Parcours map in JSON (the top is not an object)")
    if data.get("kind") != KIND:
        raise MapJsonError(path, f'it is not a Parcours map in JSON (no "kind": "{KIND}")')
    extra = sorted(set(data) - {"kind", "format", "tables"})
    if extra:
        raise MapJsonError(path, f"it has an unknown key “{_short(extra[0])}” at the top")
    version = data.get("format")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MapJsonError(path, 'its "format" is not a whole number')
    if version > fileformat.FORMAT_VERSION:
        raise MapJsonError(
            path,
            f"it was written by a newer version of Parcours (file format {version}, this "
            f"version reads up to {fileformat.FORMAT_VERSION}); update Parcours to read it",
        )
    if version < 1:
        raise MapJsonError(path, f"its format {version} is not one Parcours wrote")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise MapJsonError(path, 'its "tables" is not an object')
    known = format_tables(version)
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise MapJsonError(path, f"it has a table “{_short(unknown[0])}” format {version} lacks")
    for name in known:
        listed = tables.get(name, [])
        if not isinstance(listed, list):
            raise MapJsonError(path, f"table “{name}” is not a list of rows")
        if len(listed) > MAX_ROWS:
            raise MapJsonError(path, f"table “{name}” has more than {MAX_ROWS:,} rows")
        limit = limits.LIMIT_OF.get(name)
        if limit is not None and len(listed) > limit.most:  # before any row is read
            error = LimitError(path, name, limit.most, limit.things)
            raise MapJsonError(path, error.problem)
    rows = {}
    for name, columns in known.items():
        rows[name] = [
            _row(path, name, number, row, columns)
            for number, row in enumerate(tables.get(name, []), 1)
        ]
    _check_per_journey(path, known, rows)
    return version, rows


def _check_per_journey(
    path: Path, known: dict[str, tuple[Column, ...]], rows: dict[str, list[tuple[Any, ...]]]
) -> None:
    """The limits of one journey's stages and lanes (limits.PER_JOURNEY), as opening checks."""
    for limit in limits.PER_JOURNEY:
        names = [c.name for c in known[limit.table]]
        at = names.index("journey_id")
        counts = Counter(row[at] for row in rows[limit.table])
        if counts and max(counts.values()) > limit.most:
            error = LimitError(path, f"{limit.table} per journey", limit.most, limit.things)
            raise MapJsonError(path, error.problem)


def _load(path: Path) -> Any:
    try:
        if not path.is_file():
            problem = "it is a folder" if path.is_dir() else "the file does not exist"
            raise MapJsonError(path, problem)
        if path.stat().st_size > MAX_JSON_BYTES:
            raise MapJsonError(path, "it is larger than 384 MB, the most Parcours reads")
        raw = path.read_bytes()
    except OSError as error:
        raise MapJsonError(
            path, "it cannot be read (permission denied or the disk failed)"
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MapJsonError(path, "it is not UTF-8 text") from error
    del raw  # a third of a gigabyte for the largest map: not kept while the text is parsed
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except RecursionError as error:
        raise MapJsonError(path, "it is nested far deeper than a map ever is") from error
    except _RefusedError as error:
        raise MapJsonError(path, str(error)) from error
    except json.JSONDecodeError as error:
        raise MapJsonError(
            path, f"it is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error


class _RefusedError(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _RefusedError(f"it holds {name}, which is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise _RefusedError(f"it names “{_short(twice)}” twice in one object")
    return result


def _short(text: str) -> str:
    shown = "".join(c if c.isprintable() else "?" for c in str(text))
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _row(
    path: Path, table: str, number: int, row: Any, columns: tuple[Column, ...]
) -> tuple[Any, ...]:
    where = f"row {number} of table “{table}”"
    if not isinstance(row, dict):
        raise MapJsonError(path, f"{where} is not an object")
    names = {c.name for c in columns}
    extra = sorted(set(row) - names)
    if extra:
        raise MapJsonError(path, f"{where} has a column “{_short(extra[0])}” the table lacks")
    missing = [c.name for c in columns if c.name not in row]
    if missing:
        raise MapJsonError(path, f"{where} lacks its column “{missing[0]}”")
    return tuple(_value(path, where, column, row[column.name]) for column in columns)


def _value(path: Path, where: str, column: Column, value: Any) -> Any:
    def wrong(expected: str) -> MapJsonError:
        return MapJsonError(path, f"{where}: “{column.name}” must be {expected}")

    if value is None:
        if not column.nullable:
            raise wrong("given (it cannot be null)")
        return None
    if column.type == "TEXT":
        if not isinstance(value, str):
            raise wrong("text")
        unsafe = first_unsafe(value)  # JSON's \u escapes give any of them, lone surrogates too
        if unsafe is not None:
            raise MapJsonError(
                path,
                f"{where}: “{column.name}” holds a character no map may hold (U+"
                f"{ord(unsafe):04X}: a control character, a non-character or half a surrogate)",
            )
        return value
    if column.type == "INTEGER":
        if isinstance(value, bool):
            if not column.flag:
                raise wrong("a whole number")
            return int(value)
        if not isinstance(value, int) or abs(value) >= 2**63:
            raise wrong("a whole number")
        return value
    if column.type == "REAL":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise wrong("a number")
        number = float(value)
        if not math.isfinite(number):
            raise wrong("a finite number")
        return number
    if column.type == "BLOB":
        return _Blob(value)
    raise wrong("of a known type")


@dataclass(frozen=True)
class _Blob:
    """A picture's bytes as the JSON gives them: base64 text or {"file": path}."""

    given: Any


def _blob_bytes(path: Path, where: str, blob: _Blob) -> bytes:
    given = blob.given
    if isinstance(given, str):
        try:  # not validate=True: its regex costs more than the decoding, and a damaged
            # base64 gives bytes that fail the picture's hash check anyway
            return base64.b64decode(given)
        except (binascii.Error, ValueError) as error:
            raise MapJsonError(path, f"{where}: a picture is not valid base64") from error
    if isinstance(given, dict) and set(given) == {"file"} and isinstance(given["file"], str):
        return _picture_file(path, where, given["file"])
    raise MapJsonError(path, f'{where}: a picture must be base64 text or {{"file": name}}')


def _picture_file(path: Path, where: str, name: str) -> bytes:
    """A picture file named relative to the JSON's folder, never outside it."""
    folder = path.absolute().parent
    relative = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or relative.is_absolute()
        or any(part in ("..", "") for part in relative.parts)
        or "\x00" in name
    ):
        raise MapJsonError(
            path,
            f"{where}: the picture file “{_short(name)}” is not a plain name inside the "
            "JSON's folder",
        )
    file = folder.joinpath(*relative.parts)
    try:
        resolved = file.resolve()
        if not resolved.is_relative_to(folder.resolve()):
            raise MapJsonError(
                path, f"{where}: the picture file “{_short(name)}” lies outside the JSON's folder"
            )
        if not resolved.is_file():
            raise MapJsonError(path, f"{where}: the picture file “{_short(name)}” does not exist")
        if resolved.stat().st_size > MAX_PICTURE_BYTES:
            raise MapJsonError(
                path, f"{where}: the picture file “{_short(name)}” is larger than 50 MB"
            )
        return resolved.read_bytes()
    except OSError as error:
        raise MapJsonError(
            path, f"{where}: the picture file “{_short(name)}” cannot be read"
        ) from error


# -- building a map -----------------------------------------------------------------------


def build_map(source: Path, target: Path, force: bool = False) -> None:
    """Make the map file `target` from the JSON `source`: the same map, row for row."""
    target = target.absolute()
    if target.exists() and not force:
        raise MapJsonError(
            source, f"{shown_name(target)} already exists; use --force to replace it"
        )
    if not target.parent.is_dir():
        raise MapJsonError(source, f"the folder of {shown_name(target)} does not exist")
    version, rows = read_map_json(source)
    built = target.with_name(f".{target.name}.{os.getpid()}.building")
    upgraded = built.with_name(built.name + ".current")
    try:
        _write_rows(source, built, version, rows)
        _check(source, built, upgraded, version)
        final = upgraded if version != fileformat.FORMAT_VERSION else built
        _fsync(final)
        final.replace(target)
    except OSError as error:
        from .document import _reason

        raise MapJsonError(
            source, f"{shown_name(target)} could not be written ({_reason(error)})"
        ) from error
    finally:
        for scratch in (built, upgraded):
            for leftover in _with_sidecars(scratch):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)


def _with_sidecars(path: Path) -> Iterator[Path]:
    yield path
    for suffix in ("-journal", "-wal", "-shm", ".upgrading"):
        yield path.with_name(path.name + suffix)


def _write_rows(
    source: Path, built: Path, version: int, rows: dict[str, list[tuple[Any, ...]]]
) -> None:
    built.unlink(missing_ok=True)
    fileformat.create_file(built, version)
    connection = sqlite3.connect(built, isolation_level=None)
    try:
        fileformat.harden(connection)
        connection.execute("BEGIN")
        for name, columns in format_tables(version).items():
            values = rows.get(name, [])
            if name == "asset":
                values = [
                    _asset_row(source, number, row, columns) for number, row in enumerate(values, 1)
                ]
            listed = ", ".join(c.name for c in columns)
            marks = ", ".join("?" * len(columns))
            insert = f"INSERT INTO {name} ({listed}) VALUES ({marks})"
            try:
                connection.executemany(insert, values)
            except sqlite3.Error:
                _name_the_row(source, connection, name, insert, values)
                raise
        connection.execute("COMMIT")
    finally:
        connection.close()


def _asset_row(
    source: Path, number: int, row: tuple[Any, ...], columns: tuple[Column, ...]
) -> tuple[Any, ...]:
    where = f"row {number} of table “asset”"
    values = list(row)
    names = [c.name for c in columns]
    for index, value in enumerate(values):
        if isinstance(value, _Blob):
            values[index] = _blob_bytes(source, where, value)
    record = dict(zip(names, values, strict=True))
    data = record.get("data")
    if isinstance(data, bytes):
        if hashlib.sha256(data).hexdigest() != record.get("sha256"):
            raise MapJsonError(
                source, f"{where}: the picture's bytes do not match its key (sha256)"
            )
        signature = _SIGNATURES.get(str(record.get("media_type")))
        if signature is not None and not data.startswith(signature):
            raise MapJsonError(
                source, f"{where}: the picture is not the {record['media_type']} it claims to be"
            )
    return tuple(values)


def _name_the_row(
    source: Path, connection: sqlite3.Connection, table: str, insert: str, values: list[Any]
) -> None:
    """After a refused batch: find the first refused row and say which and why."""
    connection.execute("ROLLBACK")
    connection.execute("BEGIN")
    for number, row in enumerate(values, 1):
        try:
            connection.execute(insert, row)
        except sqlite3.Error as error:
            reason = _short_reason(str(error))
            raise MapJsonError(
                source, f"row {number} of table “{table}” is refused by the file format ({reason})"
            ) from error


def _short_reason(message: str) -> str:
    if message.startswith("UNIQUE constraint failed"):
        return "its id is used twice"
    if message.startswith("CHECK constraint failed: "):
        return "a value is out of range: " + message.removeprefix("CHECK constraint failed: ")[:120]
    return message[:120]


def _check(source: Path, built: Path, upgraded: Path, version: int) -> None:
    """The built file passes what opening a `.cjm` checks (and is upgraded if it is old)."""
    try:
        fileformat.validate_structure(built, source)
        final = built
        if version != fileformat.FORMAT_VERSION:
            migrations.upgrade(built, upgraded, version)
            final = upgraded
        fileformat.validate_values(final, source)
    except InvalidFileError as error:
        raise MapJsonError(source, error.problem) from error
    except sqlite3.Error as error:
        raise MapJsonError(source, "it could not be upgraded to the current format") from error


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# -- the JSON Schema ------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the current format's JSON form, from its DDL and
    the schema's CHECK constraints (vocabularies, ranges, lengths)."""
    from .table_fields import column_fields

    tables: dict[str, Any] = {}
    for name, columns in format_tables(fileformat.FORMAT_VERSION).items():
        fields = {f.name: f for f in column_fields(name)} if name in Base.metadata.tables else {}
        properties = {}
        for column in columns:
            properties[column.name] = _column_schema(column, fields.get(column.name))
        tables[name] = {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [c.name for c in columns],
                "properties": properties,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A Parcours map (customer journey maps) in JSON",
        "description": "Written by `parcours export MAP -o map.json`, read by `parcours new MAP "
        "--from map.json`. Every row of every table of the file format, ids kept. Generated "
        "from the file format's DDL: do not edit by hand.",
        "type": "object",
        "additionalProperties": False,
        "required": ["kind", "format", "tables"],
        "properties": {
            "kind": {"const": KIND},
            "format": {"type": "integer", "minimum": 1, "maximum": fileformat.FORMAT_VERSION},
            "tables": {
                "type": "object",
                "additionalProperties": False,
                "properties": tables,
            },
        },
        "$defs": {
            "picture": {
                "oneOf": [
                    {"type": "string", "contentEncoding": "base64"},
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["file"],
                        "properties": {
                            "file": {
                                "type": "string",
                                "description": "a path relative to the JSON file's folder",
                            }
                        },
                    },
                ]
            }
        },
    }


def _column_schema(column: Column, field: Any) -> dict[str, Any]:
    if column.type == "BLOB":
        return {"$ref": "#/$defs/picture"}
    if column.flag:
        schema: dict[str, Any] = {"type": "boolean"}
    elif column.type == "INTEGER":
        schema = {"type": "integer"}
        if field is not None and field.low is not None:
            schema.update(minimum=field.low, maximum=field.high)
    elif column.type == "REAL":
        schema = {"type": "number"}
    else:
        schema = {"type": "string"}
        if field is not None and field.kind == "choice":
            schema["enum"] = list(field.choices)
        elif field is not None and field.max_length is not None:
            schema["maxLength"] = field.max_length
        elif field is not None and field.kind == "date":
            schema["pattern"] = "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    if column.nullable:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"].append(None)
    return schema


if __name__ == "__main__":  # python -m app.model.map_json > docs/map.schema.json
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
