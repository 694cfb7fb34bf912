"""A map to a PDF, PNG or SVG poster: what the export dialog and `parcours export` both call.

`export_document` writes into a temporary file beside the target and renames it into place
only when the poster is complete, so a failure (bad option, full disk, interrupted run) never
leaves a partial poster behind. Every problem a user can cause becomes one `ExportError`
sentence. The command line's options live in `app.cli.export`.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportError
from .paper import MM, Paper, parse_paper
from .pause import without_collector
from .theme import DEFAULT_THEME

if TYPE_CHECKING:
    from app.model.document import JourneyDocument
    from app.model.snapshot import JourneySnapshot

    from .fit import PosterFit
    from .fonts import TextMeasurer
    from .layout import Poster

FORMATS = ("pdf", "png", "svg")
TABLE_FORMATS = ("csv", "xlsx")  # for the views that are tables (the plan, the inventory)
ORIENTATIONS = ("auto", "portrait", "landscape")
PERSONA_SHEETS = ("none", "before", "only")
A0 = parse_paper("A0")
PRINTED_MARGIN = 8.0  # the poster's own margin inside the paper's (layout units)
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
    view: str = "map"  # map, or an analysis view: matrix | plan | inventory | compare | stats
    journeys: tuple[str, ...] = ()  # a view's journeys, by title or id (several for compare)
    comments: bool = False  # the open comment threads: numbers on the poster and their list


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    notes: tuple[str, ...] = ()


@without_collector  # the snapshot, the fit and the writer: see pause.py
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
    from app.model.picture_check import dropped_pictures
    from app.model.snapshot import journey_snapshot

    if request.view != "map":
        return _export_view(document, request, today)
    check_persona_sheet(request.persona_sheet, request.format)
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
    notes: list[str] = []
    for journey in chosen:
        snap = journey_snapshot(document, journey.id)
        notes += [d.sentence() for d in dropped_pictures(snap) if d.sentence() not in notes]
        if sheets and journey.persona_id and journey.persona_id not in printed:
            printed.add(journey.persona_id)
            sheet_pages.add(len(posters))
            posters.append(_sheet(document, snap, today))
        if request.persona_sheet != "only":
            poster = _fit(snap, request, today, measure)
            if request.comments:  # the list's pages print like a persona sheet
                marked, *pages = _with_comments(document, poster, snap, request.format)
                posters.append(marked)
                for page in pages:
                    sheet_pages.add(len(posters))
                    posters.append(page)
            else:
                posters.append(poster)
    with _atomic(request.output) as out:
        pages = _write(posters, out, request, notes, sheet_pages)
    return ExportResult(request.output, pages, tuple(notes))


def _export_view(
    document: JourneyDocument, request: ExportRequest, today: date | None
) -> ExportResult:
    """An analysis view (app/render/views): its pages for PDF, PNG or SVG, or its table as CSV."""
    from .views.pages import view_pages

    notes: list[str] = []
    if request.format in TABLE_FORMATS:
        from app.model.table_export import write_csv, write_xlsx

        from .views.tables import view_sheet

        sheet = view_sheet(document, request.view, request.journeys)
        with _atomic(request.output) as out:
            if request.format == "xlsx":
                write_xlsx([sheet], out)
            else:
                text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
                write_csv(sheet, text, ",", document.project().language)
                text.flush()
                text.detach()
        return ExportResult(request.output, 1, ())
    pages = view_pages(document, request.view, request.journeys, today)
    if request.format != "pdf" and len(pages) > 1:
        notes.append(
            f"the {request.view} takes {len(pages)} pages; a {request.format.upper()} holds the "
            "first: export it as PDF for every page."
        )
    with _atomic(request.output) as out:
        count = _write(pages, out, request, notes, set())
    return ExportResult(request.output, count, tuple(notes))


def _with_comments(
    document: JourneyDocument, poster: Poster, snap: JourneySnapshot, fmt: str
) -> list[Poster]:
    """The poster with its open comment threads numbered on it, then their list: pages of
    their own in a PDF, a band under the poster in a PNG or an SVG (app/render/comments.py)."""
    from .comments import comment_pages, number_threads, with_list, with_marks

    numbered = number_threads(poster, document.comment_threads(snap.journey.id))
    marked = with_marks(poster, numbered)
    language = snap.project.language
    if fmt == "pdf":
        return [marked, *comment_pages(numbered, snap.journey.title, language, marked)]
    return [with_list(marked, numbered, language)]


def check_persona_sheet(value: str, fmt: str) -> None:
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
    from .paper import orient

    fit = poster_fit(snap, request, today, measure)
    if request.orientation != "auto" or request.paper.name.endswith("mm"):
        paper = orient(request.paper, request.orientation, 1, 0)
        return fit.layout(fit.choose(room_on(paper, request)))
    wide = fit.choose(room_on(request.paper.turned(True), request))
    if wide.size[1] <= wide.size[0]:
        return fit.layout(wide)
    tall = fit.choose(room_on(request.paper.turned(False), request))
    return fit.layout(tall if tall.scale > wide.scale else wide)


def poster_fit(
    snap: JourneySnapshot,
    request: ExportRequest,
    today: date | None = None,
    measure: TextMeasurer | None = None,
) -> PosterFit:
    """The journey measured for fitting, in the theme the request's margins call for."""
    from .fit import PosterFit

    # the paper's margin is white already: the poster's own margin shrinks to a hairline's
    # breathing room there, and every point it gave back goes to the type
    theme = DEFAULT_THEME
    if request.margin_mm > 0:
        theme = replace(DEFAULT_THEME, margin=PRINTED_MARGIN)
    return PosterFit(snap, theme, today=today, density=request.density, measure=measure)


def room_on(paper: Paper, request: ExportRequest) -> tuple[float, float]:
    """What `paper` leaves the poster inside the request's margins, in points."""
    margin = request.margin_mm * MM
    size = (paper.width - 2 * margin, paper.height - 2 * margin)
    if size[0] <= 0 or size[1] <= 0:
        raise ExportError("The margins leave no room on that paper.")
    return size


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
