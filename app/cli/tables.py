"""The command line's spreadsheets and JSON: `parcours export MAP -o FILE.csv|.xlsx|.json`,
`parcours import MAP FILE` and `parcours new MAP --from map.json`.

The sub-command table (app/cli/commands.py) hooks these in: `export` hands an output named
.csv, .xlsx or .json here, `new` hands `--from` here, and `import` is a command of its own. The
work is done by the model (table_export, table_read, table_import, map_json); this module only
reads options, prints the report and chooses the exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.model.errors import DocumentError

TABLE_FORMATS = ("csv", "xlsx", "json")
EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 3
Runner = Callable[[argparse.Namespace], int]


class OptionError(DocumentError):
    """An option's value the command cannot use; one sentence."""


# -- export -------------------------------------------------------------------------------


def add_table_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options `export` takes for spreadsheets and JSON (beside the poster's)."""
    group = parser.add_argument_group("spreadsheets (.csv, .xlsx) and JSON (.json)")
    group.add_argument(
        "--table",
        action="append",
        metavar="NAME",
        help="cards, touchpoints, opportunities, metrics or evidence (CSV: one, default "
        "cards; XLSX: any, one sheet each, default all)",
    )
    group.add_argument(
        "--delimiter",
        metavar=",|;|tab",
        help="CSV delimiter (default: ; where numbers are "
        "written with a decimal comma, as in French, else ,)",
    )
    group.add_argument("--lang", metavar="en|fr", help="headers' language (default: the map's)")
    group.add_argument(
        "--pictures-dir",
        metavar="DIR",
        type=Path,
        help="JSON: pictures as files in DIR (inside the JSON's folder), not base64",
    )


def table_format(args: argparse.Namespace) -> str | None:
    """csv, xlsx or json when `export` is asked for a table or the whole map, else None."""
    fmt = (getattr(args, "format", None) or Path(str(args.output)).suffix.lstrip(".")).lower()
    return fmt if fmt in TABLE_FORMATS else None


def export_runner(posters: Runner) -> Runner:
    """`export`: spreadsheets and JSON here, posters by `posters`."""

    def run(args: argparse.Namespace) -> int:
        view = str(getattr(args, "view", "map") or "map").lower()
        if table_format(args) is None or view != "map":  # an analysis view's CSV is its own
            return posters(args)
        try:
            return _run_table_export(args)
        except DocumentError as error:
            print(f"parcours export: {error}", file=sys.stderr)
            return EXIT_ERROR

    return run


def _run_table_export(args: argparse.Namespace) -> int:
    from app.model.document import JourneyDocument

    fmt = table_format(args)
    output = Path(str(args.output))
    if output.suffix.lower().lstrip(".") != fmt:
        raise OptionError(f"Name the output .{fmt} (it is “{output.name}”).")
    if fmt == "json":
        for option in ("table", "delimiter", "lang"):
            if getattr(args, option, None):
                raise OptionError(f"--{option} is for spreadsheets; a JSON holds the whole map.")
        if getattr(args, "journey", None) or getattr(args, "all", False):
            raise OptionError("A JSON holds the whole map, every journey.")
    elif getattr(args, "pictures_dir", None):
        raise OptionError("--pictures-dir is for JSON; spreadsheets hold no pictures.")
    document = JourneyDocument.open(Path(args.file), read_only=True)
    try:
        if fmt == "json":
            from app.model.map_json import export_map_json

            files = export_map_json(document, output, args.pictures_dir)
            extra = f" and {files} picture files in {args.pictures_dir}" if files else ""
            print(f"Wrote {output}{extra}")
            return EXIT_OK
        return _write_tables(document, args, output, fmt or "csv")
    finally:
        document.close()


def _write_tables(document: object, args: argparse.Namespace, output: Path, fmt: str) -> int:
    from app.model.table_export import DELIMITERS, export_tables
    from app.model.table_fields import TABLES

    tables = [t.strip().lower() for item in args.table or () for t in item.split(",") if t.strip()]
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise OptionError(f"There is no table “{unknown[0]}”; the tables are {', '.join(TABLES)}.")
    if fmt == "csv":
        tables = tables or ["cards"]
        if len(tables) > 1:
            raise OptionError("A CSV file holds one table; name one with --table, or use .xlsx.")
    tables = tables or list(TABLES)
    delimiter = args.delimiter or locale_delimiter()
    if delimiter not in DELIMITERS:
        raise OptionError("--delimiter takes , ; or tab.")
    language = args.lang
    if language not in (None, "en", "fr"):
        raise OptionError("--lang takes en or fr.")
    journey_ids = None
    if getattr(args, "journey", None):
        wanted = args.journey if isinstance(args.journey, list) else [args.journey]
        journey_ids = [_journey(document, title) for title in wanted]
    sheets = export_tables(document, output, tables, journey_ids, language, delimiter)  # type: ignore[arg-type]
    rows = ", ".join(f"{len(s.rows)} rows of {s.table}" for s in sheets)
    print(f"Wrote {output}: {rows}")
    return EXIT_OK


def locale_delimiter() -> str:
    """; where the locale writes numbers with a decimal comma (French Excel expects it), else ,"""
    import locale

    try:
        previous = locale.setlocale(locale.LC_NUMERIC)
        locale.setlocale(locale.LC_NUMERIC, "")
        point = locale.localeconv()["decimal_point"]
        locale.setlocale(locale.LC_NUMERIC, previous)
    except locale.Error:
        return ","
    return ";" if point == "," else ","


def _journey(document: object, wanted: str) -> str:
    found = document.find_journey(wanted)  # type: ignore[attr-defined]
    if found is None:
        titles = ", ".join(f"“{j.title}”" for j in document.journeys()[:6])  # type: ignore[attr-defined]
        raise OptionError(f"There is no journey “{wanted}” in this map; it has {titles}.")
    return str(found.id)


# -- import -------------------------------------------------------------------------------


def add_import_command(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="import cards, touchpoints, opportunities or metrics from CSV or XLSX",
        description="Import the rows of a spreadsheet into a journey of a map, as one step "
        "(one undo in the editor). Stages and lanes the file names that the journey lacks are "
        "created and listed. The report says row by row what could not be taken and why.",
    )
    parser.add_argument("map", type=Path, metavar="MAP", help="the map (.cjm), saved in place")
    parser.add_argument("source", type=Path, metavar="FILE", help="the spreadsheet (.csv, .xlsx)")
    parser.add_argument(
        "--journey", metavar="TITLE_OR_ID", help="into which journey (default: first)"
    )
    parser.add_argument(
        "--table",
        metavar="cards|touchpoints|opportunities|metrics",
        help="what the rows are (default: guessed from the sheet's name and headers)",
    )
    parser.add_argument("--sheet", metavar="NAME", help="XLSX: which sheet (default: the first)")
    parser.add_argument("--delimiter", metavar=",|;|tab", help="CSV: default found in the file")
    parser.add_argument("--dry-run", action="store_true", help="print the report, change nothing")
    parser.add_argument(
        "--no-create",
        action="store_true",
        help="refuse rows naming stages or lanes not in the journey",
    )
    parser.add_argument(
        "--strict", action="store_true", help="import nothing if any row is refused"
    )
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """0: every row taken; 3: some rows refused (the others imported, unless --strict or
    --dry-run); 1: nothing could be imported."""
    from app.model.document import JourneyDocument
    from app.model.table_export import DELIMITERS
    from app.model.table_fields import IMPORTABLE
    from app.model.table_import import (
        apply_import,
        guess_mapping,
        guess_table,
        plan_import,
        report_lines,
    )
    from app.model.table_read import read_table

    try:
        if args.table is not None and args.table not in IMPORTABLE:
            raise OptionError(f"--table takes {', '.join(IMPORTABLE)}.")
        delimiter = DELIMITERS.get(args.delimiter) if args.delimiter else None
        if args.delimiter and delimiter is None:
            raise OptionError("--delimiter takes , ; or tab.")
        raw = read_table(args.source, args.sheet, delimiter)
        document = JourneyDocument.open(args.map, read_only=args.dry_run)
    except DocumentError as error:
        print(f"parcours import: {error}", file=sys.stderr)
        return EXIT_ERROR
    try:
        journey = _journey(document, args.journey) if args.journey else document.journeys()[0].id
        table = args.table or guess_table(raw.headers, raw.sheet)
        mapping = guess_mapping(raw.headers, table)
        plan = plan_import(document, journey, raw, table, mapping, not args.no_create)
        where = f" (sheet “{raw.sheet}”)" if raw.sheet else ""
        title = document.journey(journey).title  # type: ignore[union-attr]
        print(f"{args.source.name}{where} into “{title}”, as {table}:")
        for line in report_lines(plan):
            print(f"  {line}")
        refused = bool(plan.refused)
        if args.dry_run:
            print("Dry run: the map was not changed.")
        elif not plan.applicable:
            print("Nothing was imported; the map was not changed.")
            return EXIT_ERROR
        elif refused and args.strict:
            print("Nothing was imported (--strict): some rows were refused.")
            return EXIT_PARTIAL
        else:
            apply_import(document, plan)
            document.save()
            print(f"Imported into {args.map.name}.")
        return EXIT_PARTIAL if refused else EXIT_OK
    except DocumentError as error:
        print(f"parcours import: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        document.close()


# -- new --from ---------------------------------------------------------------------------


def add_new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="from_json",
        type=Path,
        metavar="MAP.json",
        help="build the map from its JSON form (parcours export MAP -o map.json)",
    )


def new_runner(from_template: Runner) -> Runner:
    """`new`: from a JSON form here, from a template by `from_template`."""

    def run(args: argparse.Namespace) -> int:
        if getattr(args, "from_json", None) is None:
            return from_template(args)
        from app.model.map_json import build_map

        if args.template != "blank" or args.lang != "en":
            print(
                "parcours new: --from builds the map from the JSON alone; drop --template and "
                "--lang.",
                file=sys.stderr,
            )
            return EXIT_ERROR
        try:
            build_map(args.from_json, args.file, force=args.force)
        except DocumentError as error:
            print(f"parcours new: {error}", file=sys.stderr)
            return EXIT_ERROR
        print(f"Created {args.file} from {args.from_json.name}.")
        return EXIT_OK

    return run
