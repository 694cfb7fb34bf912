"""Photo intake: every picture that enters a map is decoded safely and re-encoded clean.

The bytes may come from anyone, so Pillow opens them with an explicit list of formats (never
EPS, which would start Ghostscript), refuses decompression bombs on the size the header
claims before decoding a pixel, and turns whatever goes wrong into one `PictureError` sentence
naming the file. What is stored is new: oriented upright, in sRGB, at most 2400 px on the long
side, with no metadata at all (no EXIF, GPS, XMP, ICC profile or comment travels with a shared
map), and keyed by the SHA-256 of those bytes, so the same photo is stored once.

Pure Python and Pillow, no Qt and no document: the editor runs `prepare_picture_file` on a
worker thread and hands the `Picture` to the document's verbs on the GUI thread.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DocumentError, shown_name

if TYPE_CHECKING:
    from PIL import Image, ImageFile

ACCEPTED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "GIF", "BMP", "TIFF")
"""Pillow format ids Parcours decodes; every other format is refused unread."""
_OPENERS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")
"""The Pillow openers tried (a phone's MPO comes through the JPEG opener)."""
ACCEPTED_SUFFIXES = (
    ".jpg", ".jpeg", ".jpe", ".jfif", ".mpo", ".png", ".webp", ".gif", ".bmp", ".dib", ".tif",
    ".tiff",
)  # fmt: skip
"""File name endings a file dialog may offer; the content decides, never the name."""
MAX_INPUT_BYTES = 40 * 1024 * 1024
"""Largest file taken in: a 50-megapixel phone JPEG is about 20 MB."""
MAX_INPUT_PIXELS = 80_000_000
"""Largest picture decoded (by its header): below Pillow's own bomb threshold (89.5 MP)."""
LONG_SIDE = 2400
"""Stored pictures' long side at most: 20 cm at 300 dpi, a storyboard frame on an A0 poster."""
THUMBNAIL_SIDE = 320
JPEG_QUALITY = 88
THUMBNAIL_QUALITY = 82

_ORIENTATION_TAG = 0x0112

# One sentence per way a picture is refused; "%1" is the file's name. The editor translates
# these templates (PictureError.template) and puts the name back in.
EMPTY = "%1 is empty."
TOO_LARGE = "%1 is larger than 40 MB, the most Parcours takes in for one picture."
TOO_MANY_PIXELS = "%1 has too many pixels to be a photo (more than 80 megapixels)."
DAMAGED = "%1 is damaged or incomplete and cannot be read as a picture."
NOT_A_PICTURE = "%1 is not a picture Parcours can take in (JPEG, PNG, WebP, GIF, BMP or TIFF)."
PDF = "%1 is a PDF document, not a picture; export the page as PNG or JPEG first."
POSTSCRIPT = "%1 is a PostScript or EPS drawing, which Parcours does not open for safety."
SVG = "%1 is an SVG drawing, not a photo; export it as PNG first."
HEIC = "%1 is a HEIC or AVIF photo, which Parcours cannot read; export it as JPEG first."
NOT_A_FILE = "%1 is not a file that can be read as a picture."
MISSING = "%1 no longer exists."
UNREADABLE = "%1 cannot be read (permission denied or the disk failed)."
PICTURE_MESSAGES = (
    EMPTY,
    TOO_LARGE,
    TOO_MANY_PIXELS,
    DAMAGED,
    NOT_A_PICTURE,
    PDF,
    POSTSCRIPT,
    SVG,
    HEIC,
    NOT_A_FILE,
    MISSING,
    UNREADABLE,
)
"""Every template a `PictureError` may carry (for the editor's translations)."""

_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*")
"""How files of the accepted formats begin (and WebP: RIFF....WEBP, BMP: BM....0000)."""

# Python 3.11's warnings filters are global: the one moment we change them (Pillow parsing a
# header, where it warns of bombs) is short and serialised, so that two intake threads never
# restore each other's filters.
OPEN_LOCK = threading.Lock()


class PictureError(DocumentError):
    """The bytes are not a picture Parcours can take in; nothing was stored."""

    def __init__(self, template: str, name: str) -> None:
        self.template = template
        self.name = name
        super().__init__(template.replace("%1", name))


@dataclass(frozen=True)
class Picture:
    """A picture ready to store: normalised bytes (JPEG, or PNG when transparent), thumbnail."""

    sha256: str
    media_type: str
    width: int
    height: int
    data: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)


def prepare_picture_file(path: Path | str) -> Picture:
    """Read an image file (its size checked on disk first) and `prepare_picture` it."""
    path = Path(path)
    name = shown_name(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise PictureError(NOT_A_FILE, name)
        if status.st_size > MAX_INPUT_BYTES:
            raise PictureError(TOO_LARGE, name)
        with path.open("rb") as file:
            data = file.read(MAX_INPUT_BYTES + 1)  # the file may have grown since stat
    except FileNotFoundError as error:
        raise PictureError(MISSING, name) from error
    except IsADirectoryError as error:
        raise PictureError(NOT_A_FILE, name) from error
    except OSError as error:
        raise PictureError(UNREADABLE, name) from error
    return prepare_picture(data, name)


def prepare_picture(data: bytes, name: str = "The picture") -> Picture:
    """Decode, orient, convert to sRGB, strip, downscale and re-encode `data`.

    Thread-safe and deterministic (the same bytes give the same `Picture`); raises
    `PictureError` with one sentence naming `name`.
    """
    name = shown_name(name) or "The picture"
    if not data:
        raise PictureError(EMPTY, name)
    if len(data) > MAX_INPUT_BYTES:
        raise PictureError(TOO_LARGE, name)
    image, orientation, icc = _decode(_open(data, name), name)
    try:
        image = _to_srgb(_downscale(image, LONG_SIDE), icc)
        image = _drop_opaque_alpha(_upright(image, orientation))
        stored, media_type = _encode(image, JPEG_QUALITY)
        thumbnail, _ = _encode(_downscale(image, THUMBNAIL_SIDE), THUMBNAIL_QUALITY)
    except MemoryError as error:
        raise PictureError(TOO_MANY_PIXELS, name) from error
    return Picture(
        hashlib.sha256(stored).hexdigest(),
        media_type,
        image.width,
        image.height,
        stored,
        thumbnail,
    )


def _open(data: bytes, name: str) -> ImageFile.ImageFile:
    """Parse the header only, with our formats; refuse bombs before any pixel is decoded."""
    from PIL import Image, UnidentifiedImageError

    try:
        with OPEN_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's metadata chatter about odd headers
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(_OPENERS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PictureError(TOO_MANY_PIXELS, name) from error
    except UnidentifiedImageError as error:
        raise PictureError(_refusal(data), name) from error
    except Exception as error:  # Pillow's parsers raise many types on hostile headers
        raise PictureError(DAMAGED, name) from error
    if image.format not in ACCEPTED_FORMATS:
        raise PictureError(NOT_A_PICTURE, name)
    width, height = image.size
    if width < 1 or height < 1 or width * height > MAX_INPUT_PIXELS:
        image.close()
        raise PictureError(TOO_MANY_PIXELS if width * height else DAMAGED, name)
    return image


def _decode(image: ImageFile.ImageFile, name: str) -> tuple[Image.Image, int, bytes | None]:
    """The first frame's pixels in a mode we can resample, its EXIF orientation, its profile."""
    try:
        if image.format in ("JPEG", "MPO"):
            # decode at 1/2, 1/4 or 1/8 when that still leaves LONG_SIDE (libjpeg's DCT scaling)
            image.draft(None, _fitted(image.size, LONG_SIDE))
        image.load()
        orientation = _orientation(image)
        icc = image.info.get("icc_profile") or None
        decoded = _resamplable(image)
    except MemoryError as error:
        raise PictureError(TOO_MANY_PIXELS, name) from error
    except PictureError:
        raise
    except Exception as error:  # truncated data, bad tiles, corrupt palettes...
        raise PictureError(DAMAGED, name) from error
    return decoded, orientation, icc if isinstance(icc, bytes) else None


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 = upright); broken EXIF only loses the rotation, not the photo."""
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) else 1


def _upright(image: Image.Image, orientation: int) -> Image.Image:
    """What `ImageOps.exif_transpose` does, done after downscaling: a rotation of 12
    megapixels costs 40 ms, of the stored picture 10 ms."""
    from PIL import Image

    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    return image if method is None else image.transpose(method)


def _resamplable(image: Image.Image) -> Image.Image:
    """RGB, RGBA, L or CMYK: modes that resize well (palettes and 16-bit do not)."""
    mode = image.mode
    if "transparency" in image.info and mode in ("P", "L", "RGB", "1"):
        return image.convert("RGBA")  # a palette index or a colour keyed as transparent
    if mode in ("RGB", "RGBA", "L", "CMYK"):
        return image
    if mode.startswith("I;16") or mode in ("I", "F"):
        return _to_eight_bits(image)
    return image.convert("RGBA" if mode in ("LA", "La", "PA", "RGBa") else "RGB")


def _to_eight_bits(image: Image.Image) -> Image.Image:
    """16-bit greys scale by 1/257 (white stays white); 32-bit ints and floats stretch."""
    if image.mode.startswith("I;16"):
        low, high = 0.0, 65535.0
        image = image.convert("I")
    else:
        low, high = image.getextrema()  # type: ignore[misc]
    scale = 255.0 / (high - low) if high > low else 0.0
    return image.point(lambda v: (v - low) * scale).convert("L")


def _fitted(size: tuple[int, int], side: int) -> tuple[int, int]:
    """`size` scaled to fit a `side` x `side` square (never enlarged)."""
    width, height = size
    ratio = min(1.0, side / max(width, height))
    return max(1, round(width * ratio)), max(1, round(height * ratio))


def _downscale(image: Image.Image, side: int) -> Image.Image:
    from PIL import Image

    size = _fitted(image.size, side)
    if size == image.size:
        return image
    # BICUBIC: within a hair of LANCZOS for photos, and 30 ms (20 %) faster on 12 megapixels
    return image.resize(size, Image.Resampling.BICUBIC, reducing_gap=3.0)


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB or RGBA in sRGB: the embedded profile applied (P3 phones, Adobe RGB, CMYK prints)."""
    target = "RGBA" if image.mode == "RGBA" else "RGB"
    if icc and not _is_srgb(icc):
        try:
            from PIL import ImageCms

            converted = ImageCms.profileToProfile(
                image,
                ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                ImageCms.createProfile("sRGB"),
                renderingIntent=ImageCms.Intent.PERCEPTUAL,
                outputMode=target,
            )
        except Exception:  # a damaged or mismatched profile: keep the pixels as they are
            converted = None
        if converted is not None:
            return converted
    return image if image.mode == target else image.convert(target)


def _is_srgb(icc: bytes) -> bool:
    """Profiles that need no conversion (most cameras embed sRGB): it costs 60 ms a photo."""
    try:
        from PIL import ImageCms

        description = ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile.profile_description
    except Exception:
        return False
    return bool(description and re.search(r"\bsRGB\b", description))


def _drop_opaque_alpha(image: Image.Image) -> Image.Image:
    """Keep the alpha channel (and PNG) only when some pixel is really transparent."""
    if image.mode == "RGBA" and image.getchannel("A").getextrema()[0] == 255:  # type: ignore[index]
        return image.convert("RGB")
    return image


def _encode(image: Image.Image, quality: int) -> tuple[bytes, str]:
    """JPEG (or PNG with transparency), written from the pixels alone: no metadata at all."""
    image.info = {}  # Pillow copies a comment, ICC profile or transparency from info on save
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, format="PNG", compress_level=6)
        return buffer.getvalue(), "image/png"
    # optimize=True would save ~6 % of bytes but holds Python's lock ~60 ms per photo, which
    # stalls the editor while workers take in a folder of photos (bench/bench_evidence.py)
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue(), "image/jpeg"


def _refusal(data: bytes) -> str:
    """Why bytes no accepted format recognised are refused, for the common cases."""
    bmp = data.startswith(b"BM") and data[6:10] == b"\0\0\0\0"
    if data.startswith(_SIGNATURES) or data[8:12] == b"WEBP" or bmp:
        return DAMAGED  # it starts like a JPEG, PNG... but Pillow could not parse its header
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return PDF
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return POSTSCRIPT
    if b"<svg" in head.lower():
        return SVG
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
        return HEIC
    return NOT_A_PICTURE


def is_picture_name(path: Path | str) -> bool:
    """True when a file's name ends like an accepted picture (to filter a dropped folder)."""
    return Path(path).suffix.lower() in ACCEPTED_SUFFIXES
