"""`parcours merge MINE THEIRS -o OUT` and `parcours copy MAP OUT [--without-history]`: two
copies of one map merged into a new file, and a copy to send outside the team."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import EXIT_ERROR, EXIT_OK

EXIT_CONFLICTS = 3


def add_merge_commands(commands: argparse._SubParsersAction) -> None:
    merge = commands.add_parser(
        "merge",
        help="merge two copies of one map into a new file",
        description="Merge THEIRS into MINE against the latest version both copies share, "
        "field by field, and write the result to OUT; neither input is changed. Conflicts "
        "(both changed one field, or one changed what the other deleted) are settled to the "
        "preferred side and all listed. Exit status: 0 no conflict, 3 conflicts (settled), "
        "1 the copies cannot be merged.",
    )
    merge.add_argument("mine", type=Path, metavar="MINE", help="your copy (.cjm)")
    merge.add_argument("theirs", type=Path, metavar="THEIRS", help="their copy (.cjm)")
    merge.add_argument(
        "-o", "--output", type=Path, metavar="OUT", required=True, help="the merged map to write"
    )
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        default="mine",
        help="which side a conflict is settled to (default: mine)",
    )
    merge.add_argument("--author", default="", help="your name, kept with the merged version")
    merge.add_argument(
        "--add-journeys",
        action="store_true",
        help="add THEIRS' journeys (with their stages, lanes, cards, evidence and the personas "
        "they use) to MINE instead of merging: for two different maps, or a copy without "
        "history; ids MINE already has get new ones",
    )
    merge.add_argument("--json", action="store_true", help="the report as JSON (see docs)")
    merge.set_defaults(run=run_merge)

    copy = commands.add_parser(
        "copy",
        help="write a copy of a map (optionally without its version history)",
        description="Validate MAP and write a copy of it to OUT in the current file format; "
        "with --without-history the copy keeps no version history (to send it outside the "
        "team; it can then no longer be merged with other copies).",
    )
    copy.add_argument("map", type=Path, metavar="MAP", help="the map (.cjm), not changed")
    copy.add_argument("output", type=Path, metavar="OUT", help="the copy to write (.cjm)")
    copy.add_argument("--without-history", action="store_true", help="leave the history out")
    copy.set_defaults(run=run_copy)


def run_merge(args: argparse.Namespace) -> int:
    from app.model.merge_files import NoCommonVersionError, merge_files

    if args.add_journeys:
        return _run_add_journeys(args)
    try:
        report = merge_files(args.mine, args.theirs, args.output, args.prefer, args.author)
    except NoCommonVersionError as error:
        hint = "; --add-journeys adds their journeys to yours instead."
        print(f"parcours: {str(error).removesuffix('.')}{hint}", file=sys.stderr)
        return EXIT_ERROR
    data = {"mine": args.mine.name, "output": args.output.name, "prefer": args.prefer}
    data.update(report.to_json())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_report_text(data))
    return EXIT_CONFLICTS if report.conflicts else EXIT_OK


def _report_text(data: dict[str, Any]) -> str:
    common = data["common_version"]
    named = f" “{common['label']}”" if common["label"] else ""
    by = f" by {common['author']}" if common["author"] else ""
    lines = [
        f"Merged {data['theirs']} into {data['mine']} from their common version{named} "
        f"(saved {common['saved_at']}{by}); written to {data['output']}."
    ]
    for side in ("theirs", "mine", "both"):
        lines.append(f"From {_SIDE_WORDS[side]}: {_element_counts(data['from_' + side])}.")
    conflicts = data["conflicts"]
    if not conflicts:
        lines.append("No conflict.")
    else:
        lines.append(f"{len(conflicts)} conflicts, settled to {data['prefer']}:")
    for conflict in conflicts:
        where = f"{conflict['element']} {conflict['id']}"
        if conflict["field"] is None:
            lines.append(f"  {where}: {conflict['kind']}; kept {conflict['kept']}'s")
            continue
        values = ", ".join(
            f"{side} {_shown(conflict[side])}" for side in ("base", "mine", "theirs")
        )
        lines.append(f"  {where} {conflict['field']}: {values}; kept {conflict['kept']}'s")
    return "\n".join(lines)


_SIDE_WORDS = {"theirs": "theirs", "mine": "mine", "both": "both copies"}


def _element_counts(elements: list[dict[str, Any]]) -> str:
    """ "3 card added, 1 stage changed": the elements one side brought, by kind and what."""
    found: dict[tuple[str, str], int] = {}
    for element in elements:
        kind = (element["table"], element["what"])
        found[kind] = found.get(kind, 0) + 1
    words = [f"{count} {table.replace('_', ' ')} {what}" for (table, what), count in found.items()]
    return ", ".join(words) or "nothing"


def _run_add_journeys(args: argparse.Namespace) -> int:
    from app.model.add_journeys import add_journeys_to_file

    added = add_journeys_to_file(args.mine, args.theirs, args.output, args.author)
    data = {"mine": args.mine.name, "output": args.output.name, **added.to_json()}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    titles = ", ".join(f"“{title}”" for title in added.journeys)
    rows = ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in data["added"].items())
    print(
        f"Added the journeys of {added.theirs} ({titles}) to {args.mine.name}; written to "
        f"{args.output.name}. Rows added: {rows}; {added.new_ids} ids changed (already in "
        f"{args.mine.name})."
    )
    return EXIT_OK


def _shown(value: Any) -> str:
    """A value on one line, quoted if it is text."""
    if value is None:
        return "(none)"
    if isinstance(value, str):
        text = " ".join(value.split())
        text = text if len(text) <= 80 else text[:79] + "…"
        return f"“{text}”"
    return json.dumps(value)


def run_copy(args: argparse.Namespace) -> int:
    from app.model import JourneyDocument

    if args.output.absolute() == args.map.absolute():
        print(f"parcours copy: {args.map.name} cannot be copied onto itself.", file=sys.stderr)
        return EXIT_ERROR
    document = JourneyDocument.open_copy(args.map)
    try:
        if args.without_history:
            document.save_copy_without_history(args.output)
        else:
            document.save_as(args.output)
    finally:
        document.close()
    note = " without its version history" if args.without_history else ""
    print(f"Copied {args.map.name} to {args.output.name}{note}.")
    return EXIT_OK
