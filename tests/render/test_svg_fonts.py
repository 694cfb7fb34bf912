"""An SVG that opens the same anywhere: its fonts travel inside it (subsets as @font-face data)
or its text goes as outlines. resvg (a Rust SVG renderer, from PyPI) draws it with no system
font at all; it does not read @font-face, so it is handed exactly the fonts decoded from the
SVG's own @font-face rules, as a browser would load them. The result is compared with the PNG
export of the same poster."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from pathlib import Path

import pytest
import resvg_py
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageStat

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper

TODAY = date(2026, 3, 13)
DPI = 100
FACES = re.compile(
    r'@font-face\{font-family:"([^"]+)";font-weight:(\d+);font-style:(\w+);'
    r"src:url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)"
)


def export(document: JourneyDocument, out: Path, **options: object) -> Path:
    fmt = out.suffix.lstrip(".")
    request = ExportRequest(
        output=out, format=fmt, paper=parse_paper("A3"), orientation="landscape", **options
    )  # type: ignore[arg-type]
    export_document(document, request, today=TODAY)
    return out


def embedded_fonts(svg: str, folder: Path) -> list[str]:
    """The SVG's own fonts, decoded from its @font-face rules into files."""
    files = []
    for index, (_, _, _, data) in enumerate(FACES.findall(svg)):
        path = folder / f"face{index}.ttf"
        path.write_bytes(base64.b64decode(data))
        files.append(str(path))
    return files


def rasterise(svg: str, fonts: list[str]) -> Image.Image:
    png = resvg_py.svg_to_bytes(
        svg_string=svg,
        skip_system_fonts=True,
        font_files=fonts or None,
        dpi=DPI,
        background="white",
    )
    return Image.open(io.BytesIO(bytes(png))).convert("L")


def difference(image: Image.Image, reference: Image.Image) -> tuple[float, int]:
    """Mean and 99th percentile of the grey difference, at a quarter of the resolution (the two
    rasterisers anti-alias differently; a misplaced or missing word still shows)."""
    assert image.size == reference.size
    diff = ImageChops.difference(image.reduce(4), reference.reduce(4))
    values = sorted(diff.tobytes())
    return ImageStat.Stat(diff).mean[0], values[int(len(values) * 0.99)]


@pytest.fixture(scope="module")
def reference(sample: JourneyDocument, tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    out = export(sample, tmp_path_factory.mktemp("png") / "poster.png", dpi=DPI)
    return Image.open(out).convert("L")


def test_embedded_fonts_draw_the_poster_as_the_png(
    sample: JourneyDocument, reference: Image.Image, tmp_path: Path
) -> None:
    svg = export(sample, tmp_path / "poster.svg").read_text(encoding="utf-8")
    faces = FACES.findall(svg)
    assert {(weight, style) for _, weight, style, _ in faces} >= {
        ("400", "normal"),
        ("400", "italic"),
        ("600", "normal"),
        ("700", "normal"),
    }
    mean, high = difference(rasterise(svg, embedded_fonts(svg, tmp_path)), reference)
    assert mean < 3 and high < 40, (mean, high)
    # the same SVG with its fonts left out is far off: the comparison sees text
    mean, high = difference(rasterise(svg, []), reference)
    assert mean > 5 and high > 60, (mean, high)


def test_text_as_outlines_needs_no_font(
    sample: JourneyDocument, reference: Image.Image, tmp_path: Path
) -> None:
    svg = export(sample, tmp_path / "outlines.svg", svg_text="outlines").read_text("utf-8")
    assert "@font-face" not in svg and "<text" not in svg
    mean, high = difference(rasterise(svg, []), reference)
    assert mean < 3 and high < 40, (mean, high)


def test_each_embedded_face_is_a_subset_holding_every_character_it_prints(
    sample: JourneyDocument, tmp_path: Path
) -> None:
    svg = export(sample, tmp_path / "poster.svg").read_text(encoding="utf-8")
    texts = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    covered: set[int] = set()
    for family, _, _, data in FACES.findall(svg):
        raw = base64.b64decode(data)
        assert len(raw) < 120_000  # a subset, not the whole face
        font = TTFont(io.BytesIO(raw))
        assert font["name"].getDebugName(1) == family
        covered |= set(font.getBestCmap())
    import html

    assert {ord(c) for c in html.unescape(texts)} - {0x20, 0xA0} <= covered


def test_each_character_goes_to_the_first_face_of_its_chain_that_has_it(
    rich: tuple[JourneyDocument, dict[str, str]], tmp_path: Path
) -> None:
    """Open Sans has ≈ but no arrow: a title with both embeds ≈ in the Open Sans subset and the
    arrow in the DejaVu one only, as the PDF and PNG draw them."""
    document, _ = rich
    journey = document.journeys()[0].id
    card = document.cards(journey)[0]
    document.update_card(card.id, title="Délai ≈ 3 jours → ensuite")
    svg = export(document, tmp_path / "poster.svg").read_text(encoding="utf-8")
    subsets: dict[tuple[str, str, str], set[int]] = {}
    for family, weight, style, data in FACES.findall(svg):
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        subsets[(family, weight, style)] = set(font.getBestCmap())
    title = subsets[("Parcours Sans", "600", "normal")]  # card titles are semibold
    fallback = subsets[("Parcours Sans Fallback", "700", "normal")]  # DejaVu's bold stands in
    assert {ord("≈"), ord("D"), ord("é")} <= title
    assert ord("→") not in title
    assert ord("→") in fallback
    assert ord("≈") not in fallback and ord("D") not in fallback
