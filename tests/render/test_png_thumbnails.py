"""A PNG draws a small photo frame from the photo's thumbnail, a large one from the photo, and
never a thumbnail of another shape than its photo (a map from elsewhere may store any).

The map below stores a cyan photo whose thumbnail is magenta, as no intake would: which colour
a poster shows says which bytes drew the frame."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper
from tests.hostile_maps import encoded, insert_picture, map_with_photos, show_picture

CYAN, MAGENTA = (0, 255, 255), (255, 0, 255)


def _flat(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    return encoded(Image.new("RGB", size, colour), "JPEG", quality=95)


def _map(tmp_path: Path, thumbnail: tuple[int, int]) -> Path:
    path = tmp_path / "told.cjm"
    evidence = map_with_photos(path, ["Storefront"])
    key = insert_picture(
        path, _flat((1500, 1000), CYAN), "image/jpeg", 1500, 1000, _flat(thumbnail, MAGENTA)
    )
    show_picture(path, evidence["Storefront"], key)
    return path


def _pixels(path: Path, tmp_path: Path, dpi: int, paper: str) -> dict[str, int]:
    """How many pixels of the PNG are near cyan and near magenta."""
    out = tmp_path / f"poster-{dpi}.png"
    document = JourneyDocument.open(path, read_only=True)
    try:
        request = ExportRequest(output=out, format="png", paper=parse_paper(paper), dpi=dpi)
        assert not export_document(document, request, today=date(2026, 3, 1)).notes
    finally:
        document.close()
    counts = {"cyan": 0, "magenta": 0}
    with Image.open(out) as image:
        for count, colour in image.convert("RGB").getcolors(1 << 24) or []:
            for name, target in (("cyan", CYAN), ("magenta", MAGENTA)):
                if max(abs(a - b) for a, b in zip(colour, target, strict=True)) <= 12:
                    counts[name] += count
    return counts


def test_a_small_frame_is_drawn_from_the_thumbnail(tmp_path: Path) -> None:
    small = _pixels(_map(tmp_path, (300, 200)), tmp_path, 72, "A4")
    assert small["magenta"] > 100
    assert small["cyan"] == 0


def test_a_frame_larger_than_the_thumbnail_is_drawn_from_the_photo(tmp_path: Path) -> None:
    large = _pixels(_map(tmp_path, (30, 20)), tmp_path, 150, "A4")
    assert large["cyan"] > 100
    assert large["magenta"] == 0


def test_a_thumbnail_of_another_shape_is_not_used(tmp_path: Path) -> None:
    other = _pixels(_map(tmp_path, (300, 60)), tmp_path, 72, "A4")
    assert other["cyan"] > 100
    assert other["magenta"] == 0
