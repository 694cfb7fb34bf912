"""The sample poster against a picture of it kept in the repository (the A0 PDF drawn by PDFium
at 50 dpi, as a printer driver would), so that a change of layout is seen: a moved card, a lost
lane or a wrapped title changes many pixels, a different anti-aliasing of the same poster few.

After an intended change of the poster, look at the new picture, then write it with
`PARCOURS_UPDATE_GOLDEN=1 ./dev test tests/render/test_golden.py` and commit it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops, ImageStat

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document

GOLDEN = Path(__file__).parent / "golden" / "sample-A0-50dpi.png"
TODAY = date(2026, 3, 13)


def test_the_sample_poster_looks_as_it_did(sample: JourneyDocument, tmp_path: Path) -> None:
    pdf = tmp_path / "sample.pdf"
    export_document(sample, ExportRequest(output=pdf, format="pdf"), today=TODAY)
    with pypdfium2.PdfDocument(str(pdf)) as document:
        made = document[0].render(scale=50 / 72).to_pil().convert("RGB")
    if os.environ.get("PARCOURS_UPDATE_GOLDEN"):
        made.save(GOLDEN, optimize=True)
    with Image.open(GOLDEN) as kept:
        assert made.size == kept.size
        diff = ImageChops.difference(made.convert("L"), kept.convert("L"))
        changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:])
        share = changed / (diff.width * diff.height)
        if share >= 0.002 or ImageStat.Stat(diff).mean[0] >= 1.0:
            diff.point(lambda v: 255 - min(255, v * 4)).save(tmp_path / "difference.png")
        assert share < 0.002, f"{share:.2%} of the pixels changed; see {tmp_path}"
        assert ImageStat.Stat(diff).mean[0] < 1.0
