"""The sub-commands that need no display: `new`, `templates`, `info`, `check` (and `export`,
in its own module; spreadsheets, JSON and `import` in tables.py), with the stable `info --json`
structure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import EXIT_ERROR, EXIT_OK, add_common_options
from .export import add_export_arguments, run_export
from .merge import add_merge_commands
from .tables import (
    add_import_command,
    add_new_arguments,
    add_table_export_arguments,
    export_runner,
    new_runner,
)


def subcommand_parser() -> argparse.ArgumentParser:
    """`parcours COMMAND ...`: every argument of every command has its help line."""
    from app.model.templates import template_names

    parser = argparse.ArgumentParser(
        prog="parcours", description="Create, inspect, check and export journey maps."
    )
    add_common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser(
        "new", help="create a map from a template", description="Create a map from a template."
    )
    new.add_argument("file", type=Path, metavar="FILE", help="the map to create (.cjm)")
    new.add_argument(
        "--template",
        default="blank",
        choices=template_names(),
        help="what the map starts with (default: blank; see parcours templates)",
    )
    new.add_argument(
        "--lang",
        default="en",
        choices=("en", "fr"),
        help="language of the template's titles (default: en; the sample is always French)",
    )
    new.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_new_arguments(new)
    new.set_defaults(run=new_runner(_run_new))

    listing = commands.add_parser(
        "templates",
        help="list the templates",
        description="List the templates, with their English and French titles.",
    )
    listing.set_defaults(run=_run_templates)

    info = commands.add_parser(
        "info",
        help="summary of a map (validates it first)",
        description="Validate a map, then print its summary. The file is never modified.",
    )
    info.add_argument("file", type=Path, metavar="FILE", help="the map (.cjm)")
    info.add_argument(
        "--json", action="store_true", help="stable JSON for scripts (see docs/command-line.md)"
    )
    info.set_defaults(run=_run_info)

    check = commands.add_parser(
        "check",
        help="validate a map; exit 0 when it is valid",
        description="Validate a map; exit status 0 when it is valid, 1 otherwise.",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the map to validate (.cjm)")
    check.set_defaults(run=_run_check)

    export = commands.add_parser(
        "export",
        help="export a poster (pdf, png, svg), a spreadsheet (csv, xlsx) or the map (json)",
        description="Export a journey of a map as a poster: PDF (vector, optionally tiled on "
        "office paper), PNG or SVG; the map's tables as a spreadsheet (CSV, XLSX); or the whole "
        "map as JSON. OUT's extension chooses.",
    )
    add_export_arguments(export)
    add_table_export_arguments(export)
    export.set_defaults(run=export_runner(run_export))
    add_import_command(commands)
    add_merge_commands(commands)
    for command in commands.choices.values():
        add_common_options(command)
    return parser


def _run_new(options: argparse.Namespace) -> int:
    from app.model import JourneyDocument

    target: Path = options.file
    if target.exists() and not options.force:
        print(
            f"parcours: {target.name} already exists; use --force to replace it.", file=sys.stderr
        )
        return EXIT_ERROR
    document = JourneyDocument.new(options.template, options.lang)
    try:
        document.save_as(target)
    finally:
        document.close()
    print(f"Created {target} from the “{options.template}” template.")
    return EXIT_OK


def _run_templates(_options: argparse.Namespace) -> int:
    from app.model.templates import SAMPLE, TEMPLATES

    for template in TEMPLATES.values():
        print(f"{template.name:<10} {template.title[0]} / {template.title[1]}")
        print(f"{'':<10} {template.description[0]}")
    print(f"{SAMPLE:<10} Sample map: a home-loan journey at a bank (French)")
    return EXIT_OK


def _run_info(options: argparse.Namespace) -> int:
    from app.model import JourneyDocument
    from app.model.sync_copies import conflict_copies

    document = JourneyDocument.open(options.file, read_only=True)
    try:
        data = summary(document)
        found = conflict_copies(options.file, document.lineage()) if document.path else []
    finally:
        document.close()
    data["conflict_copies"] = [{"file": c.path.name, "tool": c.tool} for c in found]
    if options.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_summary_text(data))
        for copy in data["conflict_copies"]:
            print(f"A conflict copy made by {copy['tool']} lies beside it: {copy['file']} "
                  "(parcours merge).")  # fmt: skip
    return EXIT_OK


def _run_check(options: argparse.Namespace) -> int:
    from app.model import JourneyDocument
    from app.model.picture_check import dropped_in_map

    document = JourneyDocument.open(options.file, read_only=True)
    try:
        upgraded = document.working.upgraded_from
        dropped = dropped_in_map(document)  # its pictures are checked too, as before any use
    finally:
        document.close()
    note = f" (format {upgraded}; it will be upgraded when saved)" if upgraded else ""
    print(f"{options.file.name}: a valid Parcours map{note}.")
    for picture in dropped:
        print(f"parcours: note: {picture.sentence()}", file=sys.stderr)
    return EXIT_OK


def summary(document: Any) -> dict[str, Any]:
    """The stable `info --json` structure (documented in docs/command-line.md)."""
    from app.model.fileformat import FORMAT_VERSION
    from app.model.schema import (
        Asset,
        Card,
        CardConnection,
        EmotionPoint,
        Evidence,
        Lane,
        Metric,
        Stage,
    )

    project = document.project()
    personas = {p.id: p for p in document.personas()}
    journeys = []
    for journey in document.journeys():
        stages = document.stages(journey.id)
        lanes = document.lanes(journey.id)
        points = sum(
            len(document.emotion_points(lane.id)) for lane in lanes if lane.kind == "emotion"
        )
        persona = personas.get(journey.persona_id) if journey.persona_id else None
        journeys.append(
            {
                "id": journey.id,
                "title": journey.title,
                "state": journey.state,
                "persona": persona.name if persona else None,
                "stages": [stage.title for stage in stages],
                "lanes": [{"kind": lane.kind, "title": lane.title} for lane in lanes],
                "cards": len(document.cards(journey.id)),
                "emotion_points": points,
                "statistics": _statistics(document, journey.id),
                "metrics": [
                    metric_summary(stage.title, metric)
                    for stage in stages
                    for metric in document.metrics(stage.id)
                ],
                "connections": len(document.connections(journey.id)),
                "duplicated_from": journey.duplicated_from,
            }
        )
    return {
        "file": document.path.name if document.path else None,
        "format": FORMAT_VERSION,
        "project": {"title": project.title, "author": project.author, "language": project.language},
        "personas": [{"id": p.id, "name": p.name, "role": p.role} for p in personas.values()],
        "journeys": journeys,
        "counts": {
            "personas": len(personas),
            "journeys": len(journeys),
            "stages": document.count(Stage),
            "lanes": document.count(Lane),
            "cards": document.count(Card),
            "emotion_points": document.count(EmotionPoint),
            "evidence": document.count(Evidence),
            "assets": document.count(Asset),
            "metrics": document.count(Metric),
            "connections": document.count(CardConnection),
        },
    }


def metric_summary(stage: str, metric: Any) -> dict[str, Any]:
    """One metric in `info --json`: its stage's title, its figures, where they come from and the
    counts of answers they were computed from (`null` when typed by hand)."""
    from app.model.indicators import PHASES, parse_inputs

    inputs = parse_inputs(metric.kind, metric.inputs)
    delta = None
    if metric.value_before is not None and metric.value_after is not None:
        delta = round(metric.value_after - metric.value_before, 6)
    return {
        "stage": stage,
        "name": metric.name,
        "kind": metric.kind,
        "before": metric.value_before,
        "after": metric.value_after,
        "change": delta,
        "target": metric.target,
        "unit": metric.unit,
        "source": metric.source,
        "measured": {
            "before": metric.measured_before or None,
            "after": metric.measured_after or None,
        },
        "counts": {
            phase: dict(counts) if inputs is not None and (counts := inputs.phase(phase)) else None
            for phase in PHASES
        },
    }


def _statistics(document: Any, journey_id: str) -> dict[str, Any]:
    """A journey's statistics (app/model/analysis.py) as plain JSON."""
    from app.model.analysis import QUADRANTS, journey_stats, opportunities
    from app.model.snapshot import journey_snapshot

    snap = journey_snapshot(document, journey_id, with_pictures=False)
    stats = journey_stats(snap)
    plan = opportunities([snap])
    return {
        "pains": stats.pains,
        "gains": stats.gains,
        "moments_of_truth": stats.moments_of_truth,
        "evidence_coverage": round(stats.coverage, 4),
        "opportunities": {q: sum(o.quadrant == q for o in plan) for q in QUADRANTS},
        "stages": [
            {
                "title": f.stage.title,
                "emotion": {"min": f.emotion_min, "max": f.emotion_max, "mean": f.emotion_mean},
                "pains": f.pains,
                "gains": f.gains,
                "moments_of_truth": f.moments_of_truth,
                "cards": f.cards,
            }
            for f in stats.stages
        ],
        "highs_and_lows": [
            {
                "kind": m.kind,
                "stage": m.stage.title,
                "label": m.label,
                "value": m.value,
                "evidence": len(m.evidence),
            }
            for m in stats.landmarks
        ],
    }


def _summary_text(data: dict[str, Any]) -> str:
    project = data["project"]
    lines = [
        f"{project['title'] or 'Untitled map'}"
        + (f" — {project['author']}" if project["author"] else "")
    ]
    lines.append(f"Language: {project['language']}   File format: {data['format']}")
    for persona in data["personas"]:
        lines.append(
            f"Persona: {persona['name']}" + (f" ({persona['role']})" if persona["role"] else "")
        )
    for journey in data["journeys"]:
        lines.append("")
        lines.append(f"Journey: {journey['title']} [{journey['state']}]")
        if journey["persona"]:
            lines.append(f"  for: {journey['persona']}")
        lines.append(f"  stages: {' → '.join(journey['stages']) or '(none)'}")
        lines.append(f"  lanes: {', '.join(lane['kind'] for lane in journey['lanes']) or '(none)'}")
        lines.append(f"  {journey['cards']} cards, {journey['emotion_points']} emotion points")
    counts = data["counts"]
    lines.append("")
    lines.append(
        f"In all: {counts['cards']} cards, {counts['emotion_points']} emotion points, "
        f"{counts['evidence']} pieces of evidence, {counts['assets']} pictures, "
        f"{counts['metrics']} metrics"
    )
    return "\n".join(lines)
