"""Make the sample posters of this folder again (README.md lists them), dated 13 March 2026 so
that they change only when the posters do.

    python docs/posters/make.py        # from the repository's top; needs pdftoppm (poppler-utils)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("PARCOURS_DATA_DIR", tempfile.mkdtemp())

from app.model import JourneyDocument  # noqa: E402
from app.render.export import ExportRequest, export_document  # noqa: E402
from app.render.paper import parse_paper  # noqa: E402

DAY = date(2026, 3, 13)


def export(document: JourneyDocument, name: str, fmt: str, **options: object) -> Path:
    out = HERE / name
    request = ExportRequest(output=out, format=fmt, paper=parse_paper("A0"), **options)  # type: ignore[arg-type]
    export_document(document, request, today=DAY)
    return out


def raster(pdf: Path, name: str, *flags: str) -> None:
    stem = HERE / name.removesuffix(".png")
    subprocess.run(["pdftoppm", "-png", "-singlefile", *flags, str(pdf), str(stem)], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "pret.cjm"
        made = JourneyDocument.new("sample", "fr")
        made.save_as(path)
        made.close()
        document = JourneyDocument.open(path, read_only=True)
        try:
            pdf = export(document, "sample-A0.pdf", "pdf")
            raster(pdf, "sample-A0-pdf-at-50dpi.png", "-r", "50")
            raster(pdf, "sample-A0-greyscale-at-50dpi.png", "-gray", "-r", "50")
            export(document, "sample-A0-150dpi.png", "png")
            export(document, "sample-A0.svg", "svg")
            export(document, "sample-A0-on-A4.pdf", "pdf", tile=parse_paper("A4"))
            simple = export(document, "simplified.pdf", "pdf", density="simplified")
            raster(simple, "sample-A0-simplified-pdf-at-50dpi.png", "-r", "50")
            simple.unlink()
            sheet = export(document, "persona.pdf", "pdf", persona_sheet="before")
            raster(sheet, "sample-persona-sheet.png", "-r", "60", "-f", "1", "-l", "1")
            sheet.unlink()
        finally:
            document.close()


if __name__ == "__main__":
    main()
