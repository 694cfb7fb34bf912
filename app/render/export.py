"""`parcours export`: a map file to a PDF, PNG or SVG poster, from the command line or the UI.

`export_document` writes into a temporary file beside the target and renames it into place
only when the poster is complete, so a failure (bad option, full disk, interrupted run) never
leaves a partial poster behind. Every problem a user can cause becomes one `ExportError`
sentence; `run_export` prints it on one line and returns a non-zero status.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.model.errors import DocumentError

from .errors import ExportError
from .paper import MM, TILE_PAPERS, Paper, parse_paper
from .pause import without_collector

if TYPE_CHECKING:
    from app.model.document import JourneyDocument
    from app.model.snapshot import JourneySnapshot

    from .fonts import TextMeasurer
    from .layout import Poster

FORMATS = ("pdf", "png", "svg")
ORIENTATIONS = ("auto", "portrait", "landscape")
PERSONA_SHEETS = ("none", "before", "only")
A0 = parse_paper("A0")
BOMB_PIXELS = 89_478_485  # Pillow warns above this when the PNG is read back


@dataclass(frozen=True)
class ExportRequest:
    """Everything `parcours export` can be asked, already checked."""

    output: Path
    format: str
    journey: str | None = None
    all_journeys: bool = False
    paper: Paper = A0
    orientation: str = "auto"
    dpi: int = 150
    tile: Paper | None = None
    overlap_mm: float = 10.0
    margin_mm: float = 12.0
    scale: float | None = None
    transparent: bool = False
    persona_sheet: str = "none"  # none | before (the poster) | only (the sheet alone)
    density: str = "detailed"  # detailed | simplified
    svg_text: str = "embedded"  # embedded (fonts as subsets) | outlines
    bleed_mm: float = 0.0  # PDF: printed past the trim on each side, for a print shop
    crop_marks: bool = False  # PDF: marks where to cut the single poster


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    notes: tuple[str, ...] = ()


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `parcours export FILE -o OUT`; values are checked by `run_export` so that a
    mistake reads as one sentence rather than a usage block."""
    parser.add_argument("file", metavar="FILE", help="the map file (.cjm)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the poster to write; its extension chooses the format",
    )
    parser.add_argument("--format", metavar="pdf|png|svg", help="format, if not OUT's extension")
    parser.add_argument("--journey", metavar="TITLE_OR_ID", help="which journey (default: first)")
    parser.add_argument("--all", action="store_true", help="every journey, one PDF page each")
    parser.add_argument(
        "--paper",
        default="A0",
        help="A4, A3, A2, A1, A0, Letter, Legal, Tabloid or WxHmm (default A0)",
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
        "--persona-sheet",
        default="none",
        metavar="none|before|only",
        help="a one-page persona sheet before the poster (PDF), or the sheet alone",
    )


def request_from_args(args: argparse.Namespace) -> ExportRequest:
    output = Path(args.output)
    fmt = (args.format or output.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
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
    scale = None if str(args.scale).lower() == "fit" else _number(args.scale, "--scale", 0.05, 20)
    persona_sheet = str(getattr(args, "persona_sheet", "none")).lower()
    _check_persona_sheet(persona_sheet, fmt)
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
        journey=args.journey,
        all_journeys=bool(args.all),
        paper=parse_paper(args.paper),
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
    )


def run_export(args: argparse.Namespace) -> int:
    """The `parcours export` command: 0 on success; 1 with one line on stderr otherwise."""
    from app.model.document import JourneyDocument

    try:
        request = request_from_args(args)
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
    pages = f", {result.pages} pages" if result.pages > 1 else ""
    print(f"Wrote {result.path}{pages}")
    return 0


def export_document(
    document: JourneyDocument,
    request: ExportRequest,
    today: date | None = None,
    measure: TextMeasurer | None = None,
) -> ExportResult:
    """Lay out the chosen journeys for the paper and write the poster atomically.

    With a persona sheet, each persona's sheet comes just before the first chosen journey drawn
    for them (journeys keep their order in the map); `only` writes the sheets alone. The editor
    may pass the canvas's `measure`, which has met every word of the map already (measuring
    them is about a third of fitting a poster)."""
    from app.model.snapshot import journey_snapshot

    _check_persona_sheet(request.persona_sheet, request.format)
    journeys = document.journeys()
    if not journeys:
        raise ExportError(f"{document.display_name} has no journey to export.")
    if request.all_journeys:
        chosen = journeys
    elif request.journey:
        found = document.find_journey(request.journey)
        if found is None:
            titles = ", ".join(f"“{j.title}”" for j in journeys[:6])
            raise ExportError(
                f"There is no journey “{request.journey}” in {document.display_name}; "
                f"it has {titles}."
            )
        chosen = [found]
    else:
        chosen = journeys[:1]
    sheets = request.persona_sheet != "none"
    if sheets and not any(j.persona_id for j in chosen):
        if len(chosen) == 1:
            from .persona import no_persona

            raise ExportError(no_persona(chosen[0].title))
        raise ExportError(f"No journey of {document.display_name} has a persona to print.")
    posters = []
    sheet_pages: set[int] = set()  # indexes of the persona sheets among the pages
    printed: set[str] = set()
    for journey in chosen:
        snap = journey_snapshot(document, journey.id)
        if sheets and journey.persona_id and journey.persona_id not in printed:
            printed.add(journey.persona_id)
            sheet_pages.add(len(posters))
            posters.append(_sheet(document, snap, today))
        if request.persona_sheet != "only":
            posters.append(_fit(snap, request, today, measure))
    notes: list[str] = []
    with _atomic(request.output) as out:
        pages = _write(posters, out, request, notes, sheet_pages)
    return ExportResult(request.output, pages, tuple(notes))


def _check_persona_sheet(value: str, fmt: str) -> None:
    if value not in PERSONA_SHEETS:
        raise ExportError("--persona-sheet takes none, before or only.")
    if value == "before" and fmt != "pdf":
        raise ExportError(
            f"A {fmt.upper()} holds one page: put the persona sheet before the poster in a PDF, "
            "or export the sheet alone with --persona-sheet only."
        )


def _sheet(document: JourneyDocument, snap: JourneySnapshot, today: date | None) -> Poster:
    """The persona sheet of `snap`'s persona, listing every journey of the map drawn for them."""
    from .persona import layout_persona_sheet

    assert snap.persona is not None
    persona_id = snap.persona.id
    journeys = [j for j in document.journeys() if j.persona_id == persona_id]
    return layout_persona_sheet(snap, today=today, journeys=journeys)


@without_collector
def _fit(
    snap: JourneySnapshot,
    request: ExportRequest,
    today: date | None,
    measure: TextMeasurer | None = None,
) -> Poster:
    """The layout for the paper; with orientation auto, landscape unless portrait prints larger
    (both are tried on the content's measured shapes; only the chosen one is laid out)."""
    from .fit import PosterFit
    from .paper import orient

    margin = request.margin_mm * MM
    fit = PosterFit(snap, today=today, density=request.density, measure=measure)

    def room(paper: Paper) -> tuple[float, float]:
        size = (paper.width - 2 * margin, paper.height - 2 * margin)
        if size[0] <= 0 or size[1] <= 0:
            raise ExportError("The margins leave no room on that paper.")
        return size

    if request.orientation != "auto" or request.paper.name.endswith("mm"):
        return fit.layout(fit.choose(room(orient(request.paper, request.orientation, 1, 0))))
    wide = fit.choose(room(request.paper.turned(True)))
    if wide.size[1] <= wide.size[0]:
        return fit.layout(wide)
    tall = fit.choose(room(request.paper.turned(False)))
    return fit.layout(tall if tall.scale > wide.scale else wide)


@without_collector
def _write(
    posters: list,
    out: io.BufferedWriter,
    request: ExportRequest,
    notes: list[str],
    sheet_pages: set[int],
) -> int:
    """Write the pages; persona sheets (`sheet_pages`) are always fitted to a portrait page."""
    margin = request.margin_mm * MM
    sheet = bool(sheet_pages)  # for PNG and SVG: the one page is the sheet
    orientation = "portrait" if sheet else request.orientation
    scale = None if sheet else request.scale
    if request.format == "pdf":
        from .pdf import PdfOptions, write_pdf

        options = PdfOptions(
            request.paper,
            request.orientation,
            margin,
            request.scale,
            request.tile,
            request.overlap_mm * MM,
            bleed=request.bleed_mm * MM,
            crop_marks=request.crop_marks,
        )
        # a sheet is one page: of the poster's paper, or of the tile paper in a tiled print
        sheet_options = (
            PdfOptions(request.paper, "portrait", margin)
            if request.tile is None
            else PdfOptions(request.tile, "portrait", options.sheet_margin)
        )
        return write_pdf(posters, out, options, dict.fromkeys(sheet_pages, sheet_options))
    if request.format == "png":
        from .png import PngOptions, write_png

        w, h = write_png(
            posters[0],
            out,
            PngOptions(
                request.paper,
                orientation,
                margin,
                scale,
                request.dpi,
                request.transparent,
            ),
        )
        if w * h > BOMB_PIXELS:
            notes.append(
                f"the PNG is {w * h / 1e6:.0f} megapixels; some programs refuse images over 89 "
                "megapixels, 150 dpi is usually enough for a wall poster."
            )
        return 1
    from .svg import SvgOptions, write_svg

    write_svg(
        posters[0],
        out,
        SvgOptions(request.paper, orientation, margin, scale, text=request.svg_text),
    )
    return 1


@contextlib.contextmanager
def _atomic(target: Path) -> Iterator[io.BufferedWriter]:
    """A file beside `target` that replaces it only if the block completes."""
    target = target.absolute()
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name for the poster.")
    if not target.parent.is_dir():
        raise ExportError(f"Cannot write {target.name}: the folder {target.parent} does not exist.")
    scratch = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        handle = scratch.open("wb")
    except OSError as error:
        raise ExportError(
            f"Cannot write {target.name} in {target.parent}: {_reason(error)}."
        ) from error
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        scratch.replace(target)
    except OSError as error:
        scratch.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {target.name}: {_reason(error)}.") from error
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise


def _reason(error: OSError) -> str:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only or you lack permission to write there"
    return (error.strerror or "the disk could not be written").lower()


def _number(text: object, option: str, low: float, high: float, whole: bool = False) -> float:
    try:
        value = float(str(text).replace(",", "."))
    except ValueError:
        raise ExportError(f"{option} needs a number, not “{text}”.") from None
    if not low <= value <= high or (whole and not value.is_integer()):
        kind = "a whole number" if whole else "a number"
        raise ExportError(f"{option} must be {kind} from {low:g} to {high:g}.")
    return value
