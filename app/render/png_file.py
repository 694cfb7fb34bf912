"""The PNG file around a drawn poster: signature, header, colour profile, resolution, and the
pixels deflated on two threads.

Written here rather than by Pillow, whose encoder tries five filters on every row and took
1.3 s for an A0 at 150 dpi: a poster is flat colour, which deflate packs as well unfiltered
(filter 0 on every row, zlib's fastest level). Deflating the 105 MB of an A0 at 150 dpi then
took 0.5 s on one core, so the rows are cut into bands of about 4 MB, each deflated on its
own (as pigz does: primed with the last 32 KB of the band before, so the file hardly grows,
and ended on a byte boundary) while the next band is read out of the image; the bands' streams
joined are one zlib stream, with the checksum of all the rows combined from the bands'.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

BAND = 2**22  # bytes of rows deflated at a time
WINDOW = 2**15  # deflate's window: what one band may refer to of the band before
DEFLATERS = 2
_ADLER_BASE = 65521


def save_png(
    image: Image.Image, out: io.BufferedIOBase | io.BytesIO, dpi: int, profile: bytes
) -> None:
    """`image` (RGB or RGBA) as a PNG with its resolution (pHYs) and colour profile (iCCP)."""
    w, h = image.size
    channels = {"RGB": 3, "RGBA": 4}[image.mode]
    out.write(b"\x89PNG\r\n\x1a\n")
    _chunk(out, b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2 if channels == 3 else 6, 0, 0, 0))
    _chunk(out, b"iCCP", b"ICC Profile\0\0" + zlib.compress(profile))
    per_metre = int(dpi / 0.0254 + 0.5)
    _chunk(out, b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
    stride = w * channels
    band = max(1, BAND // stride)  # rows per band
    checksum = 1  # Adler-32 of no bytes
    head = b"\x78\x01"  # zlib's header: deflate, 32 KB window, fastest level
    pending: deque[Future[tuple[bytes, int, int]]] = deque()
    with ThreadPoolExecutor(max_workers=DEFLATERS) as pool:
        before = b""
        for top in range(0, h, band):
            bottom = min(h, top + band)
            raw = memoryview(image.crop((0, top, w, bottom)).tobytes())
            rows: list[bytes | memoryview] = []
            for start in range(0, len(raw), stride):
                rows.append(b"\0")  # filter type 0 (none)
                rows.append(raw[start : start + stride])
            data = b"".join(rows)
            pending.append(pool.submit(_deflate, data, before, bottom == h))
            before = data[-WINDOW:]
            while len(pending) > DEFLATERS or (bottom == h and pending):
                packed, adler, length = pending.popleft().result()
                checksum = adler32_combine(checksum, adler, length)
                if not pending and bottom == h:
                    packed += struct.pack(">I", checksum)
                _chunk(out, b"IDAT", head + packed)
                head = b""
    _chunk(out, b"IEND", b"")


def _deflate(data: bytes, before: bytes, last: bool) -> tuple[bytes, int, int]:
    """`data` as raw deflate primed with `before`, ended on a byte boundary (or as the final
    block if `last`), with its Adler-32 and length."""
    packer = (
        zlib.compressobj(1, zlib.DEFLATED, -15, zdict=before)
        if before
        else zlib.compressobj(1, zlib.DEFLATED, -15)
    )
    packed = packer.compress(data) + packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
    return packed, zlib.adler32(data), len(data)


def adler32_combine(first: int, second: int, length: int) -> int:
    """The Adler-32 of two byte strings joined, from theirs and the second's length (zlib's
    adler32_combine, which Python's zlib does not offer)."""
    rem = length % _ADLER_BASE
    low = first & 0xFFFF
    high = (rem * low) % _ADLER_BASE
    low = (low + (second & 0xFFFF) + _ADLER_BASE - 1) % _ADLER_BASE
    high = (high + (first >> 16) + (second >> 16) + _ADLER_BASE - rem) % _ADLER_BASE
    return low | (high << 16)


def _chunk(out: io.BufferedIOBase | io.BytesIO, kind: bytes, data: bytes) -> None:
    out.write(struct.pack(">I", len(data)) + kind)
    out.write(data)
    out.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind))))
