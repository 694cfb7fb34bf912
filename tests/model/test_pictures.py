"""Photo intake on real files: hostile and odd images built here with Pillow, each handled.

Every picture that enters a map is decoded safely (or refused in one sentence naming the
file), turned upright, put in sRGB, stripped of all metadata, downscaled and re-encoded the
same way every time. The builders below are reused by the evidence tests.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import threading
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms

from app.model import DocumentError
from app.model.pictures import (
    ACCEPTED_FORMATS,
    DAMAGED,
    EMPTY,
    HEIC,
    LONG_SIDE,
    MAX_INPUT_BYTES,
    MISSING,
    NOT_A_FILE,
    NOT_A_PICTURE,
    PDF,
    PICTURE_MESSAGES,
    POSTSCRIPT,
    SVG,
    THUMBNAIL_SIDE,
    TOO_LARGE,
    TOO_MANY_PIXELS,
    Picture,
    PictureError,
    is_picture_name,
    prepare_picture,
    prepare_picture_file,
)

SECRET = b"PARCOURS-SECRET-GPS-DATUM"
ICC_FOLDER = Path("/usr/share/color/icc/ghostscript")

# -- builders ---------------------------------------------------------------------------------


def photo(size: tuple[int, int] = (300, 200), seed: int = 0) -> Image.Image:
    """A picture that compresses like a photograph: two gradients and seeded grain."""
    rng = random.Random(seed)
    red = Image.linear_gradient("L").resize(size)
    green = Image.linear_gradient("L").rotate(90).resize(size)
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    blue = Image.blend(Image.new("L", size, rng.randrange(256)), grain, 0.3)
    return Image.merge("RGB", (red, green, blue))


def encoded(image: Image.Image, format: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **params)
    return buffer.getvalue()


def halves(size: tuple[int, int], left: str, right: str) -> Image.Image:
    """Left half one colour, right half another: shows where a rotation put them."""
    image = Image.new("RGB", size, right)
    image.paste(Image.new("RGB", (size[0] // 2, size[1]), left), (0, 0))
    return image


def jpeg_with_gps(size: tuple[int, int] = (320, 240), orientation: int = 1) -> bytes:
    """A phone-like JPEG: EXIF with GPS position, XMP, an ICC profile and a comment."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Parcours Phone"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (48.0, 51.0, 29.6)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (2.0, 17.0, 40.2)
    gps[ExifTags.GPS.GPSMapDatum] = SECRET.decode()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>48,51.5N</exif:GPSLatitude>'
    return encoded(
        photo(size, seed=7),
        "JPEG",
        quality=92,
        exif=exif.tobytes(),
        xmp=xmp + SECRET + b"</x:xmpmeta>",
        comment=b"GPS " + SECRET,
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )


def png_claiming(width: int, height: int) -> bytes:
    """A tiny real PNG whose header claims `width` x `height` (IHDR patched, CRC right)."""
    data = encoded(Image.new("1", (1, 1)), "PNG")
    body = struct.pack(">II", width, height) + data[24:29]
    chunk = b"IHDR" + body
    return (
        data[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A tiny real JPEG whose frame header claims `width` x `height`."""
    data = bytearray(encoded(Image.new("RGB", (8, 8), "white"), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def png_16_bit_rgb(rows: list[list[tuple[int, int, int]]]) -> bytes:
    """A 48-bit RGB PNG written by hand (Pillow writes no 16-bit colour PNG)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    raw = b"".join(b"\0" + b"".join(struct.pack(">HHH", *p) for p in row) for row in rows)
    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 16, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg_markers(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's header segments (APPn, COM, DQT, SOF...), up to SOS."""
    assert data[:2] == b"\xff\xd8"
    markers, offset = [], 2
    while data[offset + 1] != 0xDA:
        assert data[offset] == 0xFF
        markers.append(data[offset + 1])
        offset += 2 + struct.unpack(">H", data[offset + 2 : offset + 4])[0]
    return markers


def png_chunks(data: bytes) -> list[bytes]:
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        chunks.append(data[offset + 4 : offset + 8])
        offset += 12 + length
    return chunks


def assert_clean(data: bytes, media_type: str) -> None:
    """No metadata at all: JFIF header and image data only, or PNG's three chunks."""
    if media_type == "image/jpeg":
        assert not set(jpeg_markers(data)) - {0xE0, 0xDB, 0xC0, 0xC4}  # no APP1-15, no COM
    else:
        assert set(png_chunks(data)) == {b"IHDR", b"IDAT", b"IEND"}
    image = Image.open(io.BytesIO(data))
    assert dict(image.getexif()) == {}
    assert not {"exif", "xmp", "icc_profile", "comment", "transparency"} & set(image.info)


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def centre(picture: Picture) -> tuple[int, ...]:
    image = opened(picture.data)
    return image.getpixel((image.width // 2, image.height // 2))  # type: ignore[return-value]


def close(colour: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


# -- what is accepted -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format", "params"),
    [
        ("JPEG", {"quality": 90}),
        ("PNG", {}),
        ("WEBP", {"quality": 90}),
        ("WEBP", {"lossless": True}),
        ("BMP", {}),
        ("TIFF", {"compression": "tiff_lzw"}),
        ("TIFF", {"compression": "jpeg"}),
        ("GIF", {}),
    ],
)
def test_each_accepted_format_becomes_a_clean_jpeg(format: str, params: dict) -> None:
    source = photo((400, 300))
    picture = prepare_picture(encoded(source, format, **params), f"photo.{format.lower()}")
    assert (picture.media_type, picture.width, picture.height) == ("image/jpeg", 400, 300)
    assert_clean(picture.data, picture.media_type)
    expected = source.getpixel((200, 150)) if format != "GIF" else None
    if expected is not None:
        assert close(centre(picture), expected, tolerance=12)  # type: ignore[arg-type]


def test_phone_mpo_keeps_its_first_frame() -> None:
    data = encoded(
        Image.new("RGB", (120, 90), "red"),
        "MPO",
        save_all=True,
        append_images=[Image.new("RGB", (120, 90), "blue")],
    )
    assert Image.open(io.BytesIO(data)).format == "MPO"
    picture = prepare_picture(data, "stereo.mpo")
    assert (picture.media_type, picture.width, picture.height) == ("image/jpeg", 120, 90)
    assert close(centre(picture), (255, 0, 0), tolerance=8)
    assert_clean(picture.data, picture.media_type)
    assert "MPO" in ACCEPTED_FORMATS


def test_animated_gif_keeps_its_first_frame() -> None:
    frames = [Image.new("RGB", (60, 40), colour) for colour in ("red", "lime", "blue")]
    data = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert Image.open(io.BytesIO(data)).n_frames == 3  # type: ignore[attr-defined]
    picture = prepare_picture(data, "animation.gif")
    assert close(centre(picture), (255, 0, 0), tolerance=8)


def test_multi_page_tiff_keeps_its_first_page() -> None:
    pages = [Image.new("RGB", (50, 50), "lime"), Image.new("RGB", (50, 50), "blue")]
    data = encoded(pages[0], "TIFF", save_all=True, append_images=pages[1:])
    assert close(centre(prepare_picture(data, "scan.tiff")), (0, 255, 0), tolerance=8)


def test_png_with_alpha_stays_png_and_keeps_its_transparency() -> None:
    image = Image.new("RGBA", (80, 60), (0, 0, 0, 0))
    image.paste(Image.new("RGBA", (40, 60), (20, 120, 220, 255)), (0, 0))
    picture = prepare_picture(encoded(image, "PNG"), "logo.png")
    assert picture.media_type == "image/png"
    assert_clean(picture.data, picture.media_type)
    stored = opened(picture.data)
    assert stored.mode == "RGBA"
    assert stored.getpixel((10, 30)) == (20, 120, 220, 255)
    assert stored.getpixel((70, 30))[3] == 0  # type: ignore[index]
    assert opened(picture.thumbnail).format == "PNG"


def test_transparent_palette_gif_and_grey_alpha_png_stay_transparent() -> None:
    palette = Image.new("P", (40, 40), 0)
    palette.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    palette.paste(1, (0, 0, 20, 40))
    gif = encoded(palette, "GIF", transparency=0)
    grey = Image.merge(
        "LA", (Image.new("L", (40, 40), 90), Image.linear_gradient("L").resize((40, 40)))
    )
    for data, name in ((gif, "sticker.gif"), (encoded(grey, "PNG"), "shadow.png")):
        picture = prepare_picture(data, name)
        assert picture.media_type == "image/png", name
        assert opened(picture.data).getchannel("A").getextrema()[0] < 8, name


def test_an_opaque_alpha_channel_is_dropped_for_jpeg() -> None:
    data = encoded(photo((200, 100)).convert("RGBA"), "PNG")
    assert prepare_picture(data, "screenshot.png").media_type == "image/jpeg"


def test_large_pictures_are_downscaled_small_ones_are_not_enlarged() -> None:
    big = prepare_picture(encoded(photo((3000, 1000)), "JPEG", quality=90), "panorama.jpg")
    assert (big.width, big.height) == (LONG_SIDE, 800)
    small = prepare_picture(encoded(photo((64, 48)), "PNG"), "icon.png")
    assert (small.width, small.height) == (64, 48)
    for picture in (big, small):
        thumb = opened(picture.thumbnail)
        assert max(thumb.size) == min(THUMBNAIL_SIDE, max(picture.width, picture.height))
        assert_clean(picture.thumbnail, picture.media_type)


def test_a_big_jpeg_is_decoded_at_reduced_size_and_still_fills_the_long_side() -> None:
    picture = prepare_picture(encoded(photo((5200, 3000)), "JPEG", quality=85), "24mp.jpg")
    assert (picture.width, picture.height) == (LONG_SIDE, 1385)


def test_same_bytes_give_the_same_picture_keyed_by_the_stored_bytes() -> None:
    data = jpeg_with_gps()
    first, second = prepare_picture(data, "a.jpg"), prepare_picture(data, "b.jpg")
    assert first == second
    assert first.sha256 == hashlib.sha256(first.data).hexdigest()
    assert prepare_picture(encoded(photo(seed=3), "PNG")).sha256 != first.sha256


# -- orientation, colour and depth ------------------------------------------------------------


@pytest.mark.parametrize(
    ("orientation", "size", "top_left", "bottom_right"),
    [
        (1, (300, 200), "red", "blue"),
        (3, (300, 200), "blue", "red"),
        (6, (200, 300), "red", "blue"),  # stored sideways: the left half ends up on top
        (8, (200, 300), "blue", "red"),
    ],
)
def test_exif_orientation_is_applied_to_the_pixels(
    orientation: int, size: tuple[int, int], top_left: str, bottom_right: str
) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    data = encoded(halves((300, 200), "red", "blue"), "JPEG", quality=95, exif=exif.tobytes())
    picture = prepare_picture(data, "portrait.jpg")
    assert (picture.width, picture.height) == size
    stored = opened(picture.data)
    assert close(stored.getpixel((10, 10)), Image.new("RGB", (1, 1), top_left).getpixel((0, 0)), 40)  # type: ignore[arg-type]
    corner = (stored.width - 10, stored.height - 10)
    assert close(
        stored.getpixel(corner), Image.new("RGB", (1, 1), bottom_right).getpixel((0, 0)), 40
    )  # type: ignore[arg-type]
    assert_clean(picture.data, picture.media_type)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_matches_pillows_exif_transpose(orientation: int) -> None:
    from PIL import ImageOps

    quadrants = Image.new("RGB", (160, 100), "red")
    for box, colour in (((80, 0), "lime"), ((0, 50), "blue"), ((80, 50), "yellow")):
        quadrants.paste(Image.new("RGB", (80, 50), colour), box)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    data = encoded(quadrants, "JPEG", quality=95, exif=exif.tobytes())
    reference = ImageOps.exif_transpose(opened(data))
    stored = opened(prepare_picture(data, "turned.jpg").data)
    assert stored.size == reference.size
    w, h = stored.size
    for point in (
        (w // 4, h // 4),
        (3 * w // 4, h // 4),
        (w // 4, 3 * h // 4),
        (3 * w // 4, 3 * h // 4),
    ):
        assert close(stored.getpixel(point), reference.getpixel(point), 12)  # type: ignore[arg-type]


def test_a_big_rotated_photo_is_downscaled_then_turned() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    data = encoded(photo((4000, 3000)), "JPEG", quality=85, exif=exif.tobytes())
    picture = prepare_picture(data, "IMG_0001.jpg")
    assert (picture.width, picture.height) == (1800, LONG_SIDE)


def test_damaged_exif_costs_the_rotation_not_the_photo() -> None:
    data = encoded(photo(), "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\xff\xff\xff\xff garbage")
    picture = prepare_picture(data, "odd.jpg")
    assert (picture.width, picture.height) == (300, 200)


def test_gps_and_all_metadata_are_absent_from_the_stored_bytes() -> None:
    data = jpeg_with_gps(orientation=6)
    source = Image.open(io.BytesIO(data))
    assert source.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the input really has a position
    latitude = struct.pack("<6I", 48, 1, 51, 1, 148, 5)  # 48° 51' 29.6", as EXIF rationals
    assert latitude in data and SECRET in data and b"GPSLatitude" in data
    picture = prepare_picture(data, "IMG_2231.jpg")
    for stored in (picture.data, picture.thumbnail):
        assert SECRET not in stored and b"GPS" not in stored and b"Parcours Phone" not in stored
        assert latitude not in stored
        assert_clean(stored, picture.media_type)
    assert (picture.width, picture.height) == (240, 320)


def test_png_text_profile_and_exif_chunks_are_dropped() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SECRET.decode())
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS</x:xmpmeta>")
    image = Image.new("RGBA", (30, 30), (200, 10, 10, 128))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Parcours Phone"
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encoded(image, "PNG", pnginfo=info, exif=exif.tobytes(), icc_profile=srgb)
    assert {b"tEXt", b"iTXt", b"eXIf", b"iCCP"} <= set(png_chunks(data))
    picture = prepare_picture(data, "badge.png")
    assert picture.media_type == "image/png" and SECRET not in picture.data
    assert_clean(picture.data, picture.media_type)


def test_cmyk_jpeg_is_stored_as_rgb() -> None:
    data = encoded(Image.new("CMYK", (64, 64), (0, 255, 255, 0)), "JPEG", quality=95)
    assert Image.open(io.BytesIO(data)).mode == "CMYK"
    picture = prepare_picture(data, "print.jpg")
    assert opened(picture.data).mode == "RGB"
    assert close(centre(picture), (255, 0, 0), tolerance=10)
    assert_clean(picture.data, picture.media_type)


@pytest.mark.skipif(not (ICC_FOLDER / "default_cmyk.icc").exists(), reason="no CMYK profile")
def test_cmyk_jpeg_with_a_profile_is_converted_through_it() -> None:
    profile = (ICC_FOLDER / "default_cmyk.icc").read_bytes()
    data = encoded(Image.new("CMYK", (64, 64), (255, 0, 0, 0)), "JPEG", icc_profile=profile)
    picture = prepare_picture(data, "brochure.jpg")
    red, green, blue = centre(picture)
    assert red < 80 and blue > 150 and (red, green, blue) != (0, 255, 255)  # printed cyan
    assert_clean(picture.data, picture.media_type)


@pytest.mark.skipif(not (ICC_FOLDER / "a98.icc").exists(), reason="no Adobe RGB profile")
def test_an_adobe_rgb_photo_is_converted_to_srgb() -> None:
    profile = (ICC_FOLDER / "a98.icc").read_bytes()
    colour = (200, 60, 40)
    data = encoded(Image.new("RGB", (64, 64), colour), "JPEG", quality=98, icc_profile=profile)
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(profile)),
        ImageCms.createProfile("sRGB"),
        outputMode="RGB",
    ).getpixel((0, 0))
    assert not close(expected, colour, tolerance=8)  # type: ignore[arg-type]
    picture = prepare_picture(data, "camera.jpg")
    assert close(centre(picture), expected, tolerance=4)  # type: ignore[arg-type]
    assert_clean(picture.data, picture.media_type)


def test_a_damaged_colour_profile_keeps_the_pixels() -> None:
    data = encoded(Image.new("RGB", (32, 32), (10, 200, 30)), "JPEG", icc_profile=b"nonsense" * 20)
    assert close(centre(prepare_picture(data, "odd-profile.jpg")), (10, 200, 30), tolerance=6)


def test_16_bit_grey_png_keeps_its_tones() -> None:
    ramp = Image.new("I", (256, 16))
    ramp.putdata([x * 257 for _ in range(16) for x in range(256)])  # black to white, left to right
    data = encoded(ramp.convert("I;16"), "PNG")
    assert Image.open(io.BytesIO(data)).mode == "I;16"
    stored = opened(prepare_picture(data, "scan16.png").data)
    assert close(stored.getpixel((128, 8)), (128, 128, 128), tolerance=6)  # not clipped white
    assert close(stored.getpixel((2, 8)), (0, 0, 0), tolerance=8)
    assert close(stored.getpixel((253, 8)), (255, 255, 255), tolerance=8)


def test_16_bit_colour_png_keeps_its_colours() -> None:
    row = [(65535, 32896, 0)] * 32
    picture = prepare_picture(png_16_bit_rgb([row] * 24), "render16.png")
    assert close(centre(picture), (255, 128, 0), tolerance=6)


# -- what is refused, in one sentence naming the file -----------------------------------------


def refusal(data: bytes, name: str) -> PictureError:
    with pytest.raises(PictureError) as caught:
        prepare_picture(data, name)
    error = caught.value
    assert isinstance(error, DocumentError)
    assert error.template in PICTURE_MESSAGES
    message = str(error)
    assert message.startswith(name) and message.count(".") <= 2 + name.count(".")
    assert "\n" not in message
    return error


@pytest.mark.parametrize(
    ("build", "name", "template"),
    [
        (lambda: b"", "empty.jpg", EMPTY),
        (lambda: jpeg_with_gps()[:5000], "truncated.jpg", DAMAGED),
        (lambda: encoded(photo(), "PNG")[:-200], "truncated.png", DAMAGED),
        (lambda: b"\xff\xd8\xff\xe0" + b"\0" * 64, "header-only.jpg", DAMAGED),
        (lambda: png_claiming(50_000, 50_000), "bomb.png", TOO_MANY_PIXELS),
        (lambda: png_claiming(9_000, 9_000), "81-megapixels.png", TOO_MANY_PIXELS),
        (lambda: jpeg_claiming(65_000, 65_000), "bomb.jpg", TOO_MANY_PIXELS),
        (lambda: b"Dear customer,\nthis is not a photo.\n" * 20, "notes.jpg", NOT_A_PICTURE),
        (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "report.pdf", PDF),
        (
            lambda: b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",
            "logo.eps",
            POSTSCRIPT,
        ),
        (
            lambda: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
            "icon.svg",
            SVG,
        ),
        (lambda: b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64, "IMG_0042.HEIC", HEIC),
        (lambda: encoded(photo((40, 40)), "ICO"), "favicon.ico", NOT_A_PICTURE),
        (lambda: encoded(photo((40, 40)), "JPEG2000"), "scan.jp2", NOT_A_PICTURE),
    ],
)
def test_hostile_and_odd_files_are_refused(build, name: str, template: str) -> None:
    assert refusal(build(), name).template == template


def test_a_png_with_a_broken_checksum_is_damaged() -> None:
    data = bytearray(encoded(photo((64, 64)), "PNG"))
    data[data.index(b"IDAT") + 20] ^= 0xFF  # one bit of the compressed pixels flipped
    assert refusal(bytes(data), "flipped.png").template == DAMAGED


def test_the_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    assert "40 MB" in TOO_LARGE and MAX_INPUT_BYTES == 40 * 2**20
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as file:
        file.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is really written or read
    with pytest.raises(PictureError) as caught:
        prepare_picture_file(huge)
    assert caught.value.template == TOO_LARGE and str(caught.value).startswith("huge.jpg is")
    assert refusal(b"\xff" * (MAX_INPUT_BYTES + 1), "in-memory.jpg").template == TOO_LARGE


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)  # reading it would block forever: refused by its type, never opened
    for path, template in (
        (tmp_path / "gone.jpg", MISSING),
        (tmp_path, NOT_A_FILE),
        (pipe, NOT_A_FILE),
    ):
        with pytest.raises(PictureError) as caught:
            prepare_picture_file(path)
        assert caught.value.template == template, path


def test_a_file_is_named_by_its_name_only(tmp_path: Path) -> None:
    path = tmp_path / "Atelier\nclient.jpg"
    path.write_bytes(b"not a picture")
    with pytest.raises(PictureError) as caught:
        prepare_picture_file(path)
    assert str(caught.value).startswith("Atelier?client.jpg is not a picture")
    assert str(tmp_path) not in str(caught.value)
    good = tmp_path / "ok.webp"
    good.write_bytes(encoded(photo(), "WEBP"))
    assert prepare_picture_file(good).media_type == "image/jpeg"


def test_accepted_file_names() -> None:
    assert all(is_picture_name(n) for n in ("a.JPG", "b.jpeg", "c.png", "d.WebP", "e.tif", "f.mpo"))
    assert not any(is_picture_name(n) for n in ("a.eps", "b.pdf", "c.svg", "d.heic", "e"))


# -- off the GUI thread -----------------------------------------------------------------------


def test_intake_runs_in_parallel_threads_and_leaves_warning_filters_alone() -> None:
    inputs = [encoded(photo((500, 400), seed=n), "JPEG", quality=90) for n in range(6)]
    inputs.append(png_claiming(50_000, 50_000))
    expected = [prepare_picture(data) if n < 6 else None for n, data in enumerate(inputs)]
    filters = list(warnings.filters)
    results: dict[int, Picture | str] = {}

    def work(index: int) -> None:
        for _ in range(3):
            try:
                results[index] = prepare_picture(inputs[index], f"{index}.jpg")
            except PictureError as error:
                results[index] = error.template

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(inputs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[n] for n in range(6)] == expected[:6]
    assert results[6] == TOO_MANY_PIXELS
    assert list(warnings.filters) == filters
