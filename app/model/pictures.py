"""Photo intake: every picture that enters a map is decoded safely and re-encoded clean.

The bytes may come from anyone, so Pillow opens them with an explicit list of formats, treats
decompression bombs as errors, applies the EXIF orientation and re-encodes without metadata
(no GPS travels with a shared map). Pictures are downscaled to a print-worthy size and keyed
by the SHA-256 of the stored bytes, so the same photo is stored once.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from .errors import DocumentError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO")
MAX_INPUT_BYTES = 40 * 1024 * 1024
MAX_INPUT_PIXELS = 80_000_000
LONG_SIDE = 2400
THUMBNAIL_SIDE = 320
JPEG_QUALITY = 88


class PictureError(DocumentError):
    """The bytes are not a picture Parcours can take in; nothing was stored."""


@dataclass(frozen=True)
class Picture:
    """A picture ready to store: normalised bytes, size and thumbnail."""

    sha256: str
    media_type: str
    width: int
    height: int
    data: bytes
    thumbnail: bytes


def prepare_picture(data: bytes, name: str = "The picture") -> Picture:
    """Decode, orient, strip and downscale `data`; raise `PictureError` with one sentence."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise PictureError(f"{name} is empty.")
    if len(data) > MAX_INPUT_BYTES:
        raise PictureError(f"{name} is larger than {MAX_INPUT_BYTES // 2**20} MB.")
    previous_limit = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
            image.draft("RGB", (LONG_SIDE, LONG_SIDE))
            image.seek(0)
            image.load()
            image = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PictureError(f"{name} has too many pixels to be a photo.") from error
    except UnidentifiedImageError as error:
        raise PictureError(f"{name} is not a picture Parcours can read.") from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise PictureError(f"{name} is damaged and cannot be read.") from error
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    stored, media_type = _encode(image, has_alpha)
    thumb = image.copy()
    thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    thumbnail, _ = _encode(thumb, has_alpha)
    return Picture(
        hashlib.sha256(stored).hexdigest(),
        media_type,
        image.width,
        image.height,
        stored,
        thumbnail,
    )


def _encode(image: object, has_alpha: bool) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if has_alpha:
        image.save(buffer, format="PNG", optimize=False)  # type: ignore[attr-defined]
        return buffer.getvalue(), "image/png"
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)  # type: ignore[attr-defined]
    return buffer.getvalue(), "image/jpeg"
