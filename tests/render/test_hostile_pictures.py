"""Posters of a map whose stored pictures are hostile: each bad picture becomes a marked
placeholder, the user is told once per picture whose it was, and no unchecked byte (no GPS
position, no hidden payload) reaches a PDF, PNG or SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.model import JourneyDocument
from app.render.export import ExportRequest, export_document
from app.render.ops import PLACEHOLDER_FILL
from app.render.paper import parse_paper
from tests.hostile_maps import HOSTILE_PICTURES, insert_picture, map_with_photos, show_picture
from tests.model.test_pictures import SECRET

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.cjm"
    evidence = map_with_photos(path, ["Clean", *sorted(HOSTILE_PICTURES)])
    for name, (data, media_type, width, height) in HOSTILE_PICTURES.items():
        show_picture(path, evidence[name], insert_picture(path, data, media_type, width, height))
    return path


@pytest.mark.parametrize("fmt", ["pdf", "svg", "png"])
def test_hostile_pictures_become_placeholders_and_leak_nothing(
    hostile: Path, tmp_path: Path, fmt: str
) -> None:
    before = hostile.read_bytes()
    out = tmp_path / f"poster.{fmt}"
    document = JourneyDocument.open(hostile, read_only=True)
    try:
        request = ExportRequest(output=out, format=fmt, paper=parse_paper("A3"), dpi=72)
        result = export_document(document, request, today=date(2026, 3, 1))
    finally:
        document.close()
    assert hostile.read_bytes() == before
    notes = list(result.notes)
    assert len(notes) == len(HOSTILE_PICTURES)  # one sentence per dropped picture, once
    for name in HOSTILE_PICTURES:
        assert sum(f"card “{name}”" in note for note in notes) == 1, notes
    data = out.read_bytes()
    for secret in (SECRET, b"GPS", b"Parcours Phone", b"hidden archive", b"xmpmeta"):
        assert secret not in data
    if fmt == "svg":
        root = ET.fromstring(data)
        assert len(root.findall(f".//{SVG}defs/{SVG}image")) == 2  # the clean card's, persona's
        dashed = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == PLACEHOLDER_FILL]
        assert len(dashed) == len(HOSTILE_PICTURES)
    elif fmt == "pdf":
        page = PdfReader(out).pages[0]
        forms = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
        images = {
            name
            for form in forms
            for name, x in form.get("/Resources", {}).get("/XObject", {}).items()
            if x.get_object()["/Subtype"] == "/Image"
        }
        assert len(images) == 2
    else:
        with Image.open(out) as image:
            colours = {c for _, c in image.convert("RGB").getcolors(1 << 20)}
        assert (0xE3, 0xE7, 0xEB) in colours  # the placeholders' grey
