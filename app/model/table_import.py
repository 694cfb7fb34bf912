"""Rows of a spreadsheet into a journey: cards, touchpoints, opportunities or metrics.

`guess_mapping` pairs the file's columns with fields from their headers (French or English);
`plan_import` reads every row against the journey and says, row by row, what it would add or
update and what it cannot take and why, without touching the map; `apply_import` then applies
what passed as one step of the document (one undo), creating the stages and lanes the file
names that the journey lacks, if asked. Every value is checked as the verbs would check it:
its kind, its range, its vocabulary and the schema's own CHECK constraints (tried on a scratch
table), so that a plan that passed applies whole.

Messages are templates with %1, %2... (`Problem`), so that the editor can translate them; the
command line prints them in English.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .fileformat import FORMAT_VERSION, ddl
from .schema import Base, Flag, Timestamp
from .steps import StepLabel
from .table_export import unneutralise
from .table_fields import LANE_OF_TABLE, Field, table_fields, table_source
from .table_read import ROW_MESSAGES, RawTable
from .table_words import CHOICE_LABELS, CHOICE_WORDS, HEADER_WORDS

if TYPE_CHECKING:
    from .changes import Change
    from .document import JourneyDocument

# One template per problem; %1 is always the row number (or the column's header for a note).
NO_TITLE = "Row %1: the title is empty."
NO_NAME = "Row %1: the metric has no name."
NO_STAGE = "Row %1: no stage is given."
NO_LANE = "Row %1: no lane is given."
MISSING_STAGE = "Row %1: this journey has no stage “%2”."
MISSING_LANE = "Row %1: this journey has no lane “%2”."
STAGE_NUMBER = "Row %1: this journey has no stage number %2."
LANE_NUMBER = "Row %1: this journey has no lane number %2."
NO_LANE_OF_KIND = "Row %1: this journey has no lane of kind “%2”."
EMOTION_LANE = "Row %1: “%2” is an emotion lane, which holds emotion points, not cards."
NOT_WHOLE = "Row %1: %2 must be a whole number from %3 to %4, not “%5”."
NOT_INTEGER = "Row %1: %2 must be a whole number, not “%3”."
NOT_NUMBER = "Row %1: %2 must be a number, not “%3”."
OUT_OF_RANGE = "Row %1: %2 must be less than a million million, not “%3”."
NOT_FLAG = "Row %1: %2 must be yes or no, not “%3”."
NOT_CHOICE = "Row %1: %2 cannot be “%3”; it takes %4."
NOT_DATE = "Row %1: %2 must be a date (YYYY-MM-DD or DD/MM/YYYY), not “%3”."
TOO_LONG = "Row %1: %2 is longer than %3 characters."
CONTROL = "Row %1: %2 holds an invisible control character (%3)."
NOT_ALLOWED = "Row %1: the value of %2 is not allowed (“%3”)."
IGNORED_COLUMN = "Column “%1” is left out (no field of Parcours matches it)."
NOT_UTF8 = "The file is not UTF-8; it was read as Windows-1252 (Western European)."
NO_TITLE_COLUMN = "No column holds the titles: map one to Title."
NO_NAME_COLUMN = "No column holds the metric names: map one to Metric."
NO_STAGE_COLUMN = "No column names the stages: map one to Stage or Stage no."
IMPORT_MESSAGES = (
    NO_TITLE, NO_NAME, NO_STAGE, NO_LANE, MISSING_STAGE, MISSING_LANE, STAGE_NUMBER, LANE_NUMBER,
    NO_LANE_OF_KIND, EMOTION_LANE, NOT_WHOLE, NOT_INTEGER, NOT_NUMBER, OUT_OF_RANGE, NOT_FLAG,
    NOT_CHOICE, NOT_DATE, TOO_LONG, CONTROL, NOT_ALLOWED, IGNORED_COLUMN,
    NOT_UTF8, NO_TITLE_COLUMN, NO_NAME_COLUMN, NO_STAGE_COLUMN, *ROW_MESSAGES,
)  # fmt: skip
"""Every template a `Problem` may carry (for the editor's translations)."""

MAX_NUMBER = 1e12
_FLAG_WORDS = {
    True: {"yes", "y", "oui", "o", "true", "vrai", "1", "x", "✓", "✔", "☑"},
    False: {"no", "n", "non", "false", "faux", "0", "-", "☐"},
}
_FIELD_FLAG_WORDS = {
    "direct": {True: {"direct", "directe"}, False: {"indirect", "indirecte"}},
    "physical": {
        True: {"physical", "physique", "offline"},
        False: {"digital", "numerique", "online", "en ligne", "virtuel"},
    },
}


@dataclass(frozen=True)
class Problem:
    """A sentence as a template and its arguments (the editor translates the template)."""

    template: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        text = self.template
        for index in range(len(self.args), 0, -1):  # %10 before %1
            text = text.replace(f"%{index}", self.args[index - 1])
        return text


@dataclass
class RowPlan:
    """What one row of the file becomes: `action` is add, update, unchanged or refused."""

    number: int
    action: str
    values: dict[str, Any] = field(default_factory=dict)
    stage: str | None = None  # a stage id, or "new:<key>" for a stage the import creates
    lane: str | None = None  # the same for lanes
    target: str | None = None  # the card or metric an update changes
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ImportPlan:
    """Everything an import would do, for the preview, the report and `apply_import`."""

    journey_id: str
    table: str
    source: str
    rows: list[RowPlan]
    new_stages: dict[str, str]  # key -> title, in the order the file names them
    new_lanes: dict[str, tuple[str, str]]  # key -> (title, kind)
    notes: list[Problem]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def refused(self) -> list[RowPlan]:
        return [row for row in self.rows if row.action == "refused"]

    @property
    def applicable(self) -> bool:
        return any(row.action in ("add", "update") for row in self.rows)


# -- columns ------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A header or a name compared loosely: no accents, case, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain.replace("’", " ")).split())


def importable_fields(table: str) -> tuple[Field, ...]:
    """The fields an import of `table` can set (what the map keeps itself is left out)."""
    source = "metrics" if table == "metrics" else "cards"
    return tuple(f for f in table_fields(source) if not f.readonly)


@cache
def _header_words(table: str) -> dict[str, str]:
    """Folded header -> field name, for every field of `table` (readonly ones included, so
    that they are recognised and said to be left out)."""
    source = "metrics" if table == "metrics" else "cards"
    words: dict[str, str] = {}
    for item in table_fields(source):
        candidates = [
            item.header("en"),
            item.header("fr"),
            item.name.replace("_", " "),
            *HEADER_WORDS.get(item.name, ()),
        ]
        for candidate in candidates:
            words.setdefault(fold(candidate), item.name)
    return words


def guess_mapping(
    headers: Sequence[str], table: str, remembered: Mapping[str, str] | None = None
) -> dict[int, str]:
    """Column index -> field name, from the headers (and what the user chose before for a
    header, `remembered`: folded header -> field name, or "" for a column left out)."""
    words = _header_words(table)
    names = {f.name for f in importable_fields(table)}
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = fold(header)
        if remembered and key in remembered:
            chosen = remembered[key]
            if chosen in names and chosen not in used:
                mapping[index] = chosen
                used.add(chosen)
            elif not chosen:
                used.add(f"-{index}")
            continue
    for index, header in enumerate(headers):
        if index in mapping or (remembered and fold(header) in remembered):
            continue
        found = _match(fold(header), words)
        if found and found in names and found not in used:
            mapping[index] = found
            used.add(found)
    return mapping


def _match(key: str, words: dict[str, str]) -> str | None:
    if not key:
        return None
    if key in words:
        return words[key]
    best = ""
    for word in words:  # "Titre de la carte" -> title, "Responsable action" -> owner
        if word and key.startswith(word + " ") and len(word) > len(best):
            best = word
    return words[best] if best else None


def guess_table(headers: Sequence[str], sheet: str = "") -> str:
    """Which kind of rows a sheet holds, from its name and headers (cards when unsure)."""
    name = fold(sheet)
    for table, words in (
        ("metrics", ("metric", "indicateur", "kpi", "mesure")),
        ("touchpoints", ("touchpoint", "point de contact", "points de contact", "canaux")),
        ("opportunities", ("opportunit", "action", "plan d action", "idee")),
        ("cards", ("card", "carte")),
    ):
        if any(word in name for word in words):
            return table
    fields = {_match(fold(h), _header_words("cards")) for h in headers}
    metric_fields = {_match(fold(h), _header_words("metrics")) for h in headers}
    if "title" not in fields and {"name", "value_before"} <= metric_fields:
        return "metrics"
    if "lane" not in fields and "channel" in fields:
        return "touchpoints"
    if "lane" not in fields and ({"impact", "effort", "status"} & fields):
        return "opportunities"
    return "cards"


# -- planning -----------------------------------------------------------------------------


def plan_import(
    document: JourneyDocument,
    journey_id: str,
    raw: RawTable,
    table: str,
    mapping: Mapping[int, str],
    create_missing: bool = True,
    language: str | None = None,
) -> ImportPlan:
    """What importing `raw` into the journey would do, row by row; the map is not touched."""
    language = language or document.project().language
    plan = ImportPlan(journey_id, table, raw.source.name, [], {}, {}, [])
    if raw.notes:
        plan.notes.append(Problem(NOT_UTF8))
    fields = {f.name: f for f in importable_fields(table)}
    words = _header_words(table)
    for index, header in enumerate(raw.headers):
        if index not in mapping and header and _match(fold(header), words) is None:
            plan.notes.append(Problem(IGNORED_COLUMN, (header,)))
    chosen = {index: fields[name] for index, name in mapping.items() if name in fields}
    names = {f.name for f in chosen.values()}
    if table == "metrics" and "name" not in names:
        plan.notes.append(Problem(NO_NAME_COLUMN))
    if table != "metrics" and "title" not in names:
        plan.notes.append(Problem(NO_TITLE_COLUMN))
    if not names & {"stage", "stage_position"}:
        plan.notes.append(Problem(NO_STAGE_COLUMN))
    place = _Places(document, journey_id, table, create_missing, language)
    checker = _SchemaCheck(table_source(table))
    headers = {f.name: raw.headers[i] or f.header(language) for i, f in chosen.items()}
    pending: list[tuple[RowPlan, dict[str, Any]]] = []
    for cells, number in zip(raw.rows, raw.numbers, strict=True):
        row = RowPlan(number, "add")
        if number in raw.row_problems:
            template, args = raw.row_problems[number]
            row.problems.append(Problem(template, (str(number), *args)))
        values: dict[str, Any] = {}
        refused: set[str] = set()
        for index, item in chosen.items():
            cell = cells[index] if index < len(cells) else None
            known = len(row.problems)
            value = _parse(item, cell, number, headers[item.name], row.problems, language)
            if value is not _EMPTY:
                values[item.name] = value
            elif len(row.problems) > known:
                refused.add(item.name)
        place.resolve(row, values, refused)
        if row.problems:
            row.action = "refused"
        else:
            pending.append((row, values))
        plan.rows.append(row)
    for (row, values), problem in zip(pending, checker.check_all(pending, headers), strict=True):
        if problem is not None:
            row.problems.append(problem)
            row.action = "refused"
        else:
            row.values = values
            place.compare(row)
    plan.new_stages, plan.new_lanes = place.new_stages, place.new_lanes
    _forget_unused(plan)
    return plan


_EMPTY = object()


def _parse(
    item: Field, cell: Any, number: int, header: str, problems: list[Problem], language: str
) -> Any:
    """The value a cell gives a field, `_EMPTY` for an empty cell, or a problem noted."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return _empty(item)
    row = str(number)
    if item.kind in ("text", "name"):
        text = unneutralise(_as_text(cell))
        if item.kind == "name" or item.name in ("title", "name"):
            text = text.strip()
        control = _control(text)
        if control:
            problems.append(Problem(CONTROL, (row, header, control)))
            return _EMPTY
        limit = item.max_length or (500 if item.kind == "name" else None)
        if limit is not None and len(text) > limit:
            problems.append(Problem(TOO_LONG, (row, header, f"{limit:,}")))
            return _EMPTY
        return text
    if item.kind == "integer":
        value = _as_number(cell)
        if value is None or not value.is_integer():
            if item.low is not None:
                args = (row, header, str(item.low), str(item.high), _shown(cell))
                problems.append(Problem(NOT_WHOLE, args))
            else:
                problems.append(Problem(NOT_INTEGER, (row, header, _shown(cell))))
            return _EMPTY
        if item.low is not None and item.high is not None and not item.low <= value <= item.high:
            problems.append(
                Problem(NOT_WHOLE, (row, header, str(item.low), str(item.high), _shown(cell)))
            )
            return _EMPTY
        return int(value)
    if item.kind == "number":
        value = _as_number(cell)
        if value is None:
            problems.append(Problem(NOT_NUMBER, (row, header, _shown(cell))))
            return _EMPTY
        if abs(value) >= MAX_NUMBER:
            problems.append(Problem(OUT_OF_RANGE, (row, header, _shown(cell))))
            return _EMPTY
        return value
    if item.kind == "flag":
        flag = _as_flag(item.name, cell)
        if flag is None:
            problems.append(Problem(NOT_FLAG, (row, header, _shown(cell))))
            return _EMPTY
        return flag
    if item.kind == "choice":
        code = _as_choice(item, cell)
        if code is None:
            problems.append(
                Problem(NOT_CHOICE, (row, header, _shown(cell), _choices(item, language)))
            )
            return _EMPTY
        return code
    if item.kind == "date":
        day = _as_date(cell)
        if day is None:
            problems.append(Problem(NOT_DATE, (row, header, _shown(cell))))
            return _EMPTY
        return day
    return _EMPTY


def _empty(item: Field) -> Any:
    """What an empty cell sets: no text, no number, no date; nothing for the rest (a title, a
    yes/no, a vocabulary without an empty choice keep their value or default)."""
    if item.name in ("title", "name") or item.kind == "name":
        return _EMPTY
    if item.kind in ("text", "date") or (item.kind == "choice" and "" in item.choices):
        return ""
    if item.kind in ("integer", "number") and item.nullable:
        return None
    return _EMPTY


def _shown(cell: Any) -> str:
    text = " ".join(_as_text(cell).split())
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= 40 else text[:39] + "…"


def _as_text(cell: Any) -> str:
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
    )
    + "]"
)


def _control(text: str) -> str:
    """The first character no map may hold (C0 controls but tab and line ends, non-characters,
    lone surrogates), as U+XXXX, or ""."""
    found = _FORBIDDEN.search(text)
    return f"U+{ord(found.group()):04X}" if found else ""


def _as_number(cell: Any) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.removesuffix("%")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def _as_flag(name: str, cell: Any) -> bool | None:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float):
        return {1: True, 0: False}.get(int(cell)) if float(cell).is_integer() else None
    word = fold(cell) or str(cell).strip()
    for value in (True, False):
        if word in _FLAG_WORDS[value] or word in _FIELD_FLAG_WORDS.get(name, {}).get(value, ()):
            return value
    return None


def _as_choice(item: Field, cell: Any) -> str | None:
    return _choice_words(item.name, item.choices).get(fold(_as_text(cell)))


@cache
def _choice_words(name: str, choices: tuple[str, ...]) -> dict[str, str]:
    """Folded word -> code, for every code of a vocabulary, its labels and other words."""
    words: dict[str, str] = {}
    for code in choices:
        labels = CHOICE_LABELS.get(name, {}).get(code, ())
        others = CHOICE_WORDS.get(name, {}).get(code, ())
        for word in (code, *labels, *others):
            words.setdefault(fold(word), code)
    return words


def _choices(item: Field, language: str) -> str:
    labels = [item.label(code, language) for code in item.choices if code]
    return ", ".join(labels)


def _as_date(cell: Any) -> str | None:
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    text = str(cell).strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


class _Places:
    """Finds (or plans to create) the stage and lane of each row."""

    def __init__(
        self, document: JourneyDocument, journey_id: str, table: str, create: bool, language: str
    ) -> None:
        self.table, self.create, self.language = table, create, language
        self.stages = document.stages(journey_id)
        self.lanes = document.lanes(journey_id)
        self.stage_by_name = {fold(s.title): s.id for s in reversed(self.stages)}
        self.lane_by_name = {fold(lane.title): lane for lane in reversed(self.lanes)}
        self.new_stages: dict[str, str] = {}
        self.new_lanes: dict[str, tuple[str, str]] = {}
        self.existing: dict[str, Any]
        if table == "metrics":
            stage_ids = [s.id for s in self.stages]
            self.existing = {m.id: m for s in stage_ids for m in document.metrics(s)}
        else:
            self.existing = {c.id: c for c in document.cards(journey_id)}

    def resolve(self, row: RowPlan, values: dict[str, Any], refused: set[str]) -> None:
        """The row's stage and lane (and the element it updates); `refused`: fields whose
        cell was already refused (no second sentence for them)."""
        number = str(row.number)
        target = values.pop("id", None)
        if target in self.existing:
            row.target = target
        row.stage = self._stage(row, values, number)
        if self.table != "metrics":
            row.lane = self._lane(row, values, number)
        if self.table == "metrics":
            if not values.get("name") and row.target is None and "name" not in refused:
                row.problems.append(Problem(NO_NAME, (number,)))
        elif not values.get("title") and row.target is None and "title" not in refused:
            row.problems.append(Problem(NO_TITLE, (number,)))

    def _stage(self, row: RowPlan, values: dict[str, Any], number: str) -> str | None:
        title = values.pop("stage", "")
        position = values.pop("stage_position", None)
        if title:
            key = fold(title)
            if key in self.stage_by_name:
                return self.stage_by_name[key]
            if self.create:
                self.new_stages.setdefault(key, title)
                return f"new:{key}"
            row.problems.append(Problem(MISSING_STAGE, (number, title)))
            return None
        if position is not None:
            if 1 <= position <= len(self.stages):
                return self.stages[position - 1].id
            row.problems.append(Problem(STAGE_NUMBER, (number, str(position))))
            return None
        if row.target is not None:
            return None  # an update that leaves the element where it is
        row.problems.append(Problem(NO_STAGE, (number,)))
        return None

    def _lane(self, row: RowPlan, values: dict[str, Any], number: str) -> str | None:
        title = values.pop("lane", "")
        position = values.pop("lane_position", None)
        kind = values.pop("lane_kind", None)
        if title:
            key = fold(title)
            lane = self.lane_by_name.get(key)
            if lane is not None:
                if lane.kind == "emotion":
                    row.problems.append(Problem(EMOTION_LANE, (number, lane.title)))
                    return None
                return lane.id
            if self.create:
                wanted = kind if kind and kind != "emotion" else LANE_OF_TABLE[self.table]
                self.new_lanes.setdefault(key, (title, wanted))
                return f"new:{key}"
            row.problems.append(Problem(MISSING_LANE, (number, title)))
            return None
        if position is not None:
            if 1 <= position <= len(self.lanes):
                lane = self.lanes[position - 1]
                if lane.kind == "emotion":
                    row.problems.append(Problem(EMOTION_LANE, (number, lane.title)))
                    return None
                return lane.id
            row.problems.append(Problem(LANE_NUMBER, (number, str(position))))
            return None
        if row.target is not None:
            return None
        wanted = kind or (LANE_OF_TABLE[self.table] if self.table != "cards" else None)
        if wanted is None or wanted == "emotion":
            row.problems.append(Problem(NO_LANE, (number,)))
            return None
        lane = next((lane for lane in self.lanes if lane.kind == wanted), None)
        if lane is not None:
            return lane.id
        if self.create:
            title = _lane_title(wanted, self.language)
            self.new_lanes.setdefault(fold(title), (title, wanted))
            return f"new:{fold(title)}"
        row.problems.append(Problem(NO_LANE_OF_KIND, (number, _lane_title(wanted, self.language))))
        return None

    def compare(self, row: RowPlan) -> None:
        """An update that changes nothing is `unchanged`; one of a missing element, an add."""
        if row.target is None:
            return
        current = self.existing[row.target]
        stage = row.stage or current.stage_id
        lane = getattr(current, "lane_id", None) if row.lane is None else row.lane
        row.stage = stage
        row.lane = lane if self.table != "metrics" else None
        same_place = self.table == "metrics" or (
            stage == current.stage_id and lane == getattr(current, "lane_id", None)
        )
        changed = {k: v for k, v in row.values.items() if getattr(current, k) != v}
        row.values = changed
        row.action = "update" if changed or not same_place else "unchanged"


def _lane_title(kind: str, language: str) -> str:
    words = CHOICE_LABELS["lane_kind"].get(kind, (kind, kind))
    return words[1] if language == "fr" else words[0]


def _forget_unused(plan: ImportPlan) -> None:
    """Stages and lanes named only by refused rows are not created."""
    used = {r.stage for r in plan.rows if r.action != "refused"}
    used |= {r.lane for r in plan.rows if r.action != "refused"}
    plan.new_stages = {k: v for k, v in plan.new_stages.items() if f"new:{k}" in used}
    plan.new_lanes = {k: v for k, v in plan.new_lanes.items() if f"new:{k}" in used}


class _SchemaCheck:
    """Tries a row's values on a scratch copy of the table (in memory, no foreign keys), so
    that whatever the schema's CHECK constraints refuse is refused here, row by row."""

    def __init__(self, source: str) -> None:
        self.table = Base.metadata.tables[source]
        self.connection = _scratch()
        self.defaults = {}
        for column in self.table.columns:
            default = column.default
            if isinstance(column.type, Timestamp):
                value: Any = "2000-01-01T00:00:00+00:00"
            elif column.name == "id" or column.name.endswith("_id"):
                value = str(uuid.UUID(int=0)) if not column.nullable else None
            elif default is not None and getattr(default, "is_scalar", False):
                value = default.arg  # type: ignore[attr-defined]
            else:
                value = None
            if isinstance(column.type, Flag) and value is not None:
                value = int(value)
            self.defaults[column.name] = value
        names = ", ".join(self.defaults)
        marks = ", ".join("?" * len(self.defaults))
        self.insert = f"INSERT INTO {self.table.name} ({names}) VALUES ({marks})"

    def check_all(
        self, rows: list[tuple[RowPlan, dict[str, Any]]], headers: dict[str, str]
    ) -> list[Problem | None]:
        """A problem (or None) for each row: all rows are tried at once, and one by one only
        when the table refuses some of them."""
        values = [self._values(number, given) for number, (_row, given) in enumerate(rows)]
        try:
            self.connection.execute("BEGIN")
            self.connection.executemany(self.insert, values)
            return [None] * len(rows)
        except sqlite3.Error:
            pass
        finally:
            self.connection.execute("ROLLBACK")
        return [
            self._check(row.number, given, value, headers)
            for (row, given), value in zip(rows, values, strict=True)
        ]

    def _values(self, number: int, given: dict[str, Any]) -> tuple[Any, ...]:
        row = dict(self.defaults)
        for name, value in given.items():
            if name in row:
                row[name] = int(value) if isinstance(value, bool) else value
        if "id" in row:
            row["id"] = str(uuid.UUID(int=number))
        return tuple(row.values())

    def _check(
        self, number: int, given: dict[str, Any], values: tuple[Any, ...], headers: dict[str, str]
    ) -> Problem | None:
        try:
            self.connection.execute("SAVEPOINT trial")
            self.connection.execute(self.insert, values)
        except sqlite3.Error as error:
            message = str(error)
            culprit = next(
                (n for n in given if re.search(rf"\b{n}\b", message)), next(iter(given), "")
            )
            header = headers.get(culprit, culprit)
            return Problem(NOT_ALLOWED, (str(number), header, _shown(given.get(culprit, ""))))
        finally:
            self.connection.execute("ROLLBACK TO trial")
            self.connection.execute("RELEASE trial")
        return None


def _scratch() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.executescript(ddl(FORMAT_VERSION))
    connection.execute("PRAGMA foreign_keys = OFF")
    return connection


# -- applying -----------------------------------------------------------------------------


def apply_import(document: JourneyDocument, plan: ImportPlan) -> Change | None:
    """Apply the rows that passed, as one step of the document (one undo): new stages and
    lanes first (at the end, in the order the file names them), then every row."""
    if not plan.applicable:
        return None
    label = StepLabel.of(
        "import", title=plan.source, count=plan.count("add") + plan.count("update")
    )
    changes: list[Change] = []
    with document.step(label):
        ids: dict[str, str] = {}
        for key, title in plan.new_stages.items():
            ids[f"new:{key}"] = document.add_stage(plan.journey_id, title).first_added
        for key, (title, kind) in plan.new_lanes.items():
            ids[f"new:{key}"] = document.add_lane(plan.journey_id, kind, title).first_added
        rows = [r for r in plan.rows if r.action in ("add", "update")]
        if plan.table == "metrics":
            for row in rows:
                stage = ids.get(row.stage or "", row.stage)
                assert stage is not None
                if row.target is None:
                    values = dict(row.values)
                    changes.append(document.add_metric(stage, values.pop("name", ""), **values))
                else:  # a metric keeps its stage; its values change
                    changes.append(document.update_metric(str(row.target), **row.values))
        else:
            added = []
            for row in rows:
                lane = ids.get(row.lane or "", row.lane)
                stage = ids.get(row.stage or "", row.stage)
                if row.target is None:
                    added.append({"lane_id": lane, "stage_id": stage, **row.values})
                else:
                    if row.values:
                        document.update_card(row.target, **row.values)
                    current = document.card(row.target)
                    if current is not None and (current.lane_id, current.stage_id) != (
                        lane,
                        stage,
                    ):
                        document.move_card(row.target, str(lane), str(stage))
            if added:
                changes.append(document.add_cards(added))
    return changes[-1] if changes else None


def report_lines(plan: ImportPlan) -> list[str]:
    """The report in English, for the command line: counts, creations, then each refusal."""
    journey_rows = plan.count("add"), plan.count("update"), plan.count("unchanged")
    noun = "metrics" if plan.table == "metrics" else "cards"
    lines = [
        f"{journey_rows[0]} {noun} to add, {journey_rows[1]} to update, "
        f"{journey_rows[2]} unchanged, {len(plan.refused)} rows refused."
    ]
    if plan.new_stages:
        lines.append("New stages: " + ", ".join(f"“{t}”" for t in plan.new_stages.values()))
    if plan.new_lanes:
        lanes = [f"“{t}” ({k})" for t, k in plan.new_lanes.values()]
        lines.append("New lanes: " + ", ".join(lanes))
    lines.extend(note.text for note in plan.notes)
    for row in plan.refused:
        lines.extend(problem.text for problem in row.problems)
    return lines
