"""The PNG file the poster is written to: its pixels deflated in bands on two threads must be
one valid zlib stream (checksum included) holding every row unfiltered, whatever the number
of bands, and read back as the very image drawn."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageDraw

from app.render.png_file import BAND, adler32_combine, save_png


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The file's chunks, each CRC checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(body, zlib.crc32(kind)), kind
        chunks.append((kind, body))
        pos += 12 + length
    return chunks


def _poster_like(width: int, height: int, mode: str) -> Image.Image:
    """Flat colour, text-like speckle and a gradient, so deflate meets runs and noise."""
    image = Image.new(mode, (width, height), (250, 250, 248, 0)[: len(mode)])
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 37):
        draw.rectangle(
            [y % width, y, y % width + 90, y + 20], fill=(30, 120, y % 256, 200)[: len(mode)]
        )
        draw.text((5, y), f"ligne {y} « é »", fill=(0, 0, 0, 255)[: len(mode)])
    for x in range(width):
        draw.point((x, height - 1), fill=(x % 256, 255 - x % 256, 7, x % 256)[: len(mode)])
    return image


@pytest.mark.parametrize(
    ("width", "height", "mode"),
    [(1, 1, "RGB"), (300, 200, "RGB"), (1500, 2200, "RGB"), (1100, 2100, "RGBA")],
)
def test_the_pixels_are_one_zlib_stream_of_unfiltered_rows(
    width: int, height: int, mode: str
) -> None:
    image = _poster_like(width, height, mode)
    out = io.BytesIO()
    save_png(image, out, 150, b"profile")
    chunks = _chunks(out.getvalue())
    kinds = [kind for kind, _ in chunks]
    assert kinds[:4] == [b"IHDR", b"iCCP", b"pHYs", b"IDAT"] and kinds[-1] == b"IEND"
    idat = [body for kind, body in chunks if kind == b"IDAT"]
    stride = width * len(mode)
    bands = -(-height // max(1, BAND // stride))
    assert len(idat) == bands  # the big images are written in several bands
    raw = zlib.decompress(b"".join(idat))  # raises on a broken stream or a wrong checksum
    expected = image.tobytes()
    rows = [raw[r * (stride + 1) : (r + 1) * (stride + 1)] for r in range(height)]
    assert len(raw) == height * (stride + 1)
    assert all(row[0] == 0 for row in rows)
    assert b"".join(row[1:] for row in rows) == expected
    with Image.open(io.BytesIO(out.getvalue())) as back:
        assert back.mode == mode
        assert back.tobytes() == expected
        assert back.info["dpi"] == pytest.approx((150, 150), abs=0.05)


def test_bands_cost_the_file_almost_nothing() -> None:
    image = _poster_like(1500, 2200, "RGB")  # three bands
    out = io.BytesIO()
    save_png(image, out, 150, b"profile")
    pixels = image.tobytes()
    rows = b"".join(b"\0" + pixels[r * 4500 : (r + 1) * 4500] for r in range(image.height))
    one_stream = len(zlib.compress(rows, 1))
    idat = sum(len(body) for kind, body in _chunks(out.getvalue()) if kind == b"IDAT")
    assert idat < one_stream * 1.01


@pytest.mark.parametrize("lengths", [(0, 0), (0, 9), (9, 0), (1, 1), (70_000, 3), (5, 200_001)])
def test_adler32_of_two_parts_combined_is_that_of_the_whole(lengths: tuple[int, int]) -> None:
    first = bytes((i * 7 + 3) % 256 for i in range(lengths[0]))
    second = bytes(255 - (i * 13) % 256 for i in range(lengths[1]))
    combined = adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)
