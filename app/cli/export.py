"""`parcours export FILE -o OUT`: the command line's options for the poster writers.

Values are checked here, after argparse, so that a mistake reads as one sentence rather than
a usage block; the export itself is `app.render.export.export_document`, which the export
dialog calls too. `-o -` writes the finished poster to standard output, for pipes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from app.model.errors import DocumentError
from app.render.errors import ExportError
from app.render.export import (
    FORMATS,
    ORIENTATIONS,
    TABLE_FORMATS,
    ExportRequest,
    check_persona_sheet,
    export_document,
)
from app.render.paper import TILE_PAPERS, parse_paper
from app.render.views.pages import TABLE_VIEWS, VIEWS

STDOUT = "-"


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `parcours export FILE -o OUT`; values are checked by `run_export` so that a
    mistake reads as one sentence rather than a usage block."""
    parser.add_argument("file", metavar="FILE", help="the map file (.cjm)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the poster to write; its extension chooses the format; - for standard output",
    )
    parser.add_argument(
        "--format", metavar="pdf|png|svg", help="the format, when OUT's extension does not say it"
    )
    parser.add_argument(
        "--journey",
        metavar="TITLE_OR_ID",
        action="append",
        help="which journey (default: the first); a view may take several (compare: two or more)",
    )
    parser.add_argument(
        "--view",
        default="map",
        metavar="map|" + "|".join(VIEWS),
        help="the map (default), or an analysis view: the opportunity matrix, the action plan, "
        "the touchpoint inventory, a comparison of journeys, the journey's statistics",
    )
    parser.add_argument("--all", action="store_true", help="every journey, one PDF page each")
    parser.add_argument(
        "--paper",
        help="A4, A3, A2, A1, A0, Letter, Legal, Tabloid or WxHmm (default A0 for the map, A3 "
        "for a view)",
    )
    parser.add_argument(
        "--orientation",
        default="auto",
        metavar="portrait|landscape",
        help="default: follow the poster's shape",
    )
    parser.add_argument(
        "--dpi", default="150", metavar="N", help="PNG resolution, 72-600 (default 150)"
    )
    parser.add_argument(
        "--tile", metavar="A4|A3", help="PDF: print the poster on sheets of this size"
    )
    parser.add_argument(
        "--overlap", default="10", metavar="MM", help="overlap between sheets (default 10)"
    )
    parser.add_argument("--margin", default="12", metavar="MM", help="white margin (default 12)")
    parser.add_argument(
        "--scale", default="fit", metavar="fit|N", help="fit the paper, or a fixed scale"
    )
    parser.add_argument("--transparent", action="store_true", help="PNG: no white background")
    parser.add_argument(
        "--density",
        default="detailed",
        metavar="detailed|simplified",
        help="simplified keeps titles, the curve, moments of truth and key touchpoints",
    )
    parser.add_argument(
        "--svg-text",
        default="embedded",
        metavar="embedded|outlines",
        help="SVG: fonts embedded as subsets (default), or every letter as a shape",
    )
    parser.add_argument(
        "--bleed", default="0", metavar="MM", help="PDF: bleed for a print shop (3-5 mm)"
    )
    parser.add_argument(
        "--crop-marks", action="store_true", help="PDF: crop marks around the poster"
    )
    parser.add_argument(
        "--comments",
        action="store_true",
        help="the open comment threads: numbers on the poster and their list (PDF: pages after "
        "the poster; PNG, SVG: under it); left out by default",
    )
    parser.add_argument(
        "--persona-sheet",
        default="none",
        metavar="none|before|only",
        help="a one-page persona sheet before the poster (PDF), or the sheet alone",
    )


def request_from_args(args: argparse.Namespace, output: Path) -> ExportRequest:
    """The options checked, each mistake one sentence; `output` is where the poster goes."""
    fmt = (args.format or output.suffix.lstrip(".")).lower()
    view = str(getattr(args, "view", "map")).lower()
    if view != "map" and view not in VIEWS:
        raise ExportError(f"--view takes map, {', '.join(VIEWS)}.")
    if fmt in TABLE_FORMATS and view in TABLE_VIEWS:
        pass
    elif fmt in TABLE_FORMATS:
        raise ExportError(
            f"{fmt.upper()} is for the views that are tables: --view plan or --view inventory."
        )
    elif fmt not in FORMATS:
        if args.output == STDOUT:
            raise ExportError("With -o -, say the format: --format pdf, png or svg.")
        raise ExportError(
            f"Cannot tell the format of “{output.name}”: "
            "name it .pdf, .png or .svg, or use --format."
        )
    orientation = str(args.orientation).lower()
    if orientation not in ORIENTATIONS:
        raise ExportError("--orientation must be portrait or landscape.")
    tile = None
    if args.tile:
        if fmt != "pdf":
            raise ExportError("Tiled printing (--tile) is for PDF posters.")
        tile = parse_paper(args.tile)
        if tile.name not in TILE_PAPERS:
            raise ExportError("--tile takes A4, A3 or Letter.")
    if args.all and fmt != "pdf":
        raise ExportError("--all puts every journey in one PDF; PNG and SVG hold one journey each.")
    if args.all and args.journey:
        raise ExportError("Use either --journey or --all, not both.")
    journeys = tuple(args.journey or ())
    if view == "map" and len(journeys) > 1:
        raise ExportError("The map takes one --journey (or --all); views may take several.")
    scale = None if str(args.scale).lower() == "fit" else _number(args.scale, "--scale", 0.05, 20)
    persona_sheet = str(getattr(args, "persona_sheet", "none")).lower()
    check_persona_sheet(persona_sheet, fmt)
    density = str(getattr(args, "density", "detailed")).lower()
    if density not in ("detailed", "simplified"):
        raise ExportError("--density takes detailed or simplified.")
    svg_text = str(getattr(args, "svg_text", "embedded")).lower()
    if svg_text not in ("embedded", "outlines"):
        raise ExportError("--svg-text takes embedded or outlines.")
    bleed = _number(getattr(args, "bleed", "0"), "--bleed", 0, 10)
    crop_marks = bool(getattr(args, "crop_marks", False))
    if (bleed or crop_marks) and (fmt != "pdf" or tile is not None):
        raise ExportError("Bleed and crop marks are for a single PDF poster (not tiled).")
    return ExportRequest(
        output=output,
        format=fmt,
        journey=journeys[0] if journeys else None,
        all_journeys=bool(args.all),
        paper=parse_paper(args.paper or ("A0" if view == "map" else "A3")),
        orientation=orientation,
        dpi=int(_number(args.dpi, "--dpi", 72, 600, whole=True)),
        tile=tile,
        overlap_mm=_number(args.overlap, "--overlap", 0, 100),
        margin_mm=_number(args.margin, "--margin", 0, 200),
        scale=scale,
        transparent=bool(args.transparent),
        persona_sheet=persona_sheet,
        density=density,
        svg_text=svg_text,
        bleed_mm=bleed,
        crop_marks=crop_marks,
        view=view,
        journeys=journeys,
        comments=bool(getattr(args, "comments", False)) and view == "map",
    )


def run_export(args: argparse.Namespace) -> int:
    """The `parcours export` command: 0 on success; 1 with one line on stderr otherwise."""
    from app.model.document import JourneyDocument

    with tempfile.TemporaryDirectory(prefix="parcours-export-") as scratch:
        to_stdout = args.output == STDOUT
        output = Path(scratch) / "poster" if to_stdout else Path(args.output)
        try:
            request = request_from_args(args, output)
            if to_stdout and request.format != "svg" and sys.stdout.isatty():
                raise ExportError(
                    f"A {request.format.upper()} poster is not for a terminal: "
                    "redirect -o - to a file or a pipe."
                )
            document = JourneyDocument.open(Path(args.file), read_only=True)
            try:
                result = export_document(document, request)
            finally:
                document.close()
        except DocumentError as error:
            print(f"parcours export: {error}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("parcours export: interrupted; nothing was written.", file=sys.stderr)
            return 130
        for note in result.notes:
            print(f"parcours export: note: {note}", file=sys.stderr)
        if to_stdout:  # written whole first, so a failure never sends half a poster
            with result.path.open("rb") as poster:
                shutil.copyfileobj(poster, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return 0
    pages = f", {result.pages} pages" if result.pages > 1 else ""
    print(f"Wrote {result.path}{pages}")
    return 0


def _number(text: object, option: str, low: float, high: float, whole: bool = False) -> float:
    try:
        value = float(str(text).replace(",", "."))
    except ValueError:
        raise ExportError(f"{option} needs a number, not “{text}”.") from None
    if not low <= value <= high or (whole and not value.is_integer()):
        kind = "a whole number" if whole else "a number"
        raise ExportError(f"{option} must be {kind} from {low:g} to {high:g}.")
    return value
