"""PNG posters with Pillow, at 72 to 600 dpi, the resolution and an sRGB profile written into the
file.

Text is set at the advance widths the layout measured (png_text.py). Curves, circles and
slanted strokes are drawn 4x oversampled and reduced, since Pillow's shapes have no
anti-aliasing.
"""

from __future__ import annotations

import io
import math
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .errors import ExportError
from .ops import Box, Circle, Item, Line, Path, Picture, Text, placeholder
from .paper import Paper, orient, place
from .png_file import save_png
from .png_text import TextSetter
from .print_shop import srgb_profile

if TYPE_CHECKING:
    from PIL import Image

    from .layout import Poster

MIN_DPI, MAX_DPI = 72, 600
MEMORY_CAP = 512 * 2**20  # bytes of raster we allow ourselves (A0 RGB: up to ~339 dpi)
OVERSAMPLE = 4
DECODERS = 2  # threads decoding photos beside the drawing


@dataclass(frozen=True)
class PngOptions:
    paper: Paper
    orientation: str = "auto"
    margin: float = 0.0
    scale: float | None = None
    dpi: int = 150
    transparent: bool = False


def raster_size(paper: Paper, dpi: int) -> tuple[int, int]:
    return round(paper.width / 72 * dpi), round(paper.height / 72 * dpi)


def check_raster(paper: Paper, dpi: int, transparent: bool) -> tuple[int, int]:
    """The pixel size, or an `ExportError` naming the largest resolution that fits in memory."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"The resolution must be between {MIN_DPI} and {MAX_DPI} dpi.")
    channels = 4 if transparent else 3
    w, h = raster_size(paper, dpi)
    if w * h * channels > MEMORY_CAP:
        area = paper.width / 72 * paper.height / 72
        best = int((MEMORY_CAP / channels / area) ** 0.5)
        while (
            best > MIN_DPI
            and raster_size(paper, best)[0] * raster_size(paper, best)[1] * channels > MEMORY_CAP
        ):
            best -= 1
        hint = f"the largest that fits is {best} dpi" if best >= MIN_DPI else "use a smaller paper"
        raise ExportError(
            f"The {paper.name} PNG at {dpi} dpi would be {w} × {h} pixels "
            f"({w * h * channels / 2**20:.0f} MB in memory): too large; {hint}."
        )
    return w, h


def write_png(
    poster: Poster, out: io.BufferedIOBase | io.BytesIO, options: PngOptions
) -> tuple[int, int]:
    """Draw `poster` on the paper at the chosen dpi and save it to `out`; return pixel size."""
    from PIL import Image

    paper = orient(options.paper, options.orientation, poster.width, poster.height)
    w, h = check_raster(paper, options.dpi, options.transparent)
    placement = place(poster.width, poster.height, paper, options.margin, options.scale)
    mode = "RGBA" if options.transparent else "RGB"
    background = (255, 255, 255, 0) if options.transparent else (255, 255, 255)
    image = Image.new(mode, (w, h), background)
    k = options.dpi / 72
    painter = _Painter(image, poster, placement.scale * k, placement.x * k, placement.y * k)
    painter.paint(skip_background=options.transparent)
    save_png(image, out, options.dpi, srgb_profile())  # our colours are sRGB: say so (iCCP)
    return w, h


def _pieces(
    points: list[tuple[float, float]], side: float = 256
) -> list[list[tuple[float, float]]]:
    """`points` cut into runs whose boxes are at most about `side` pixels, each run starting
    where the last ended."""
    dense = [points[0]]
    for (ax, ay), (bx, by) in pairwise(points):
        steps = max(1, math.ceil(max(abs(bx - ax), abs(by - ay)) / side))  # long straight runs
        dense += [
            (ax + (bx - ax) * i / steps, ay + (by - ay) * i / steps) for i in range(1, steps + 1)
        ]
    pieces, piece = [], [dense[0]]
    x0 = x1 = dense[0][0]
    y0 = y1 = dense[0][1]
    for point in dense[1:]:
        piece.append(point)
        x0, x1, y0, y1 = min(x0, point[0]), max(x1, point[0]), min(y0, point[1]), max(y1, point[1])
        if x1 - x0 > side or y1 - y0 > side:
            pieces.append(piece)
            piece = [point]
            x0 = x1 = point[0]
            y0 = y1 = point[1]
    if len(piece) > 1 or not pieces:
        pieces.append(piece)
    return pieces


class _Painter:
    def __init__(self, image: Image.Image, poster: Poster, k: float, ox: float, oy: float) -> None:
        from PIL import ImageDraw

        self.image = image
        self.poster = poster
        self.k, self.ox, self.oy = k, ox, oy  # where the current item's origin lands
        self.page = (ox, oy)  # where the poster's (0, 0) lands
        self.draw = ImageDraw.Draw(image)
        self._inks: dict[str, Any] = {}
        self._marks: dict[tuple, Any] = {}  # circles' reduced masks, by size and offset
        self.setter = TextSetter(self.draw.draw)
        self._pictures: dict[tuple[str, int, int], Image.Image | Future[Image.Image]] = {}
        self.alpha = image.mode == "RGBA"

    def paint(self, skip_background: bool) -> None:
        draw = {
            Box: self.box,
            Line: self.line,
            Circle: self.circle,
            Path: self.path,
            Text: self.text,
            Picture: self.picture,
        }
        items = self.poster.items
        if skip_background:
            items = tuple(item for item in items if item.kind != "background")
        elif items and self._blank(items[0]):
            items = items[1:]
        with ThreadPoolExecutor(max_workers=DECODERS) as pool:
            self._decode_ahead(pool)
            for item in items:
                self.ox = self.page[0] + item.origin[0] * self.k
                self.oy = self.page[1] + item.origin[1] * self.k
                for op in item.ops:
                    draw[type(op)](op)  # type: ignore[operator]

    def _blank(self, first: Item) -> bool:
        """Whether `first`, drawn on the new image, is a background that would change no pixel:
        a plain box of the image's own white (filling 35 million pixels of an A0 at 150 dpi
        with the white they already hold took 30 ms)."""
        return (
            first.kind == "background"
            and len(first.ops) == 1
            and type(box := first.ops[0]) is Box
            and box.fill is not None
            and self.rgb(box.fill) == (255, 255, 255)
            and not box.stroke
            and not box.radius
        )

    def _decode_ahead(self, pool: ThreadPoolExecutor) -> None:
        """Start decoding every photo at its frame's size in `pool` while the rest is drawn:
        decoding JPEGs was a third of the PNG's time, and Pillow decodes and resamples without
        Python's lock, so the decoders run beside the drawing (same pixels, same order of
        pasting)."""
        from PIL import Image

        Image.preinit()  # the JPEG and PNG plugins registered here, not by two threads at once
        for item in self.poster.items:
            ox = self.page[0] + item.origin[0] * self.k
            oy = self.page[1] + item.origin[1] * self.k
            for op in item.ops:
                if type(op) is not Picture:
                    continue
                asset = self.poster.assets.get(op.sha256)
                if asset is None or asset.refusal is not None:
                    continue
                _, _, w, h = self._frame(op, ox, oy)
                if (op.sha256, w, h) not in self._pictures:
                    self._pictures[op.sha256, w, h] = pool.submit(
                        _tile, asset.data, asset.thumbnail, op.crop, w, h, self.alpha
                    )

    # -- helpers ---------------------------------------------------------------------

    def rgb(self, colour: str) -> tuple[int, ...]:
        value = colour.lstrip("#")
        rgb = (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
        return (*rgb, 255) if self.alpha else rgb

    def ink(self, colour: str) -> Any:
        found = self._inks.get(colour)
        if found is None:
            found = self._inks[colour] = self.draw.draw.draw_ink(self.rgb(colour))
        return found

    def px(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.k, self.oy + y * self.k

    def stroke_px(self, width: float) -> int:
        return max(1, round(width * self.k))

    # -- primitives ------------------------------------------------------------------

    def box(self, op: Box) -> None:
        x0, y0 = self.px(op.x, op.y)
        x1, y1 = self.px(op.x + op.w, op.y + op.h)
        box = [round(x0), round(y0), max(round(x1) - 1, round(x0)), max(round(y1) - 1, round(y0))]
        radius = min(op.radius * self.k, (box[2] - box[0]) / 2, (box[3] - box[1]) / 2)
        fill = self.rgb(op.fill) if op.fill else None
        if op.dash and op.stroke:
            if fill:
                self.draw.rounded_rectangle(box, radius=max(radius, 0), fill=fill)
            for a, b in (
                ((x0, y0), (x1, y0)),
                ((x1, y0), (x1, y1)),
                ((x1, y1), (x0, y1)),
                ((x0, y1), (x0, y0)),
            ):
                self._dashed(a, b, op.stroke, op.width, op.dash)
            return
        outline = self.rgb(op.stroke) if op.stroke else None
        width = self.stroke_px(op.width) if op.stroke else 0
        if radius >= 1:
            self.draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=width)

    def line(self, op: Line) -> None:
        a, b = self.px(op.x1, op.y1), self.px(op.x2, op.y2)
        if op.dash:
            self._dashed(a, b, op.stroke, op.width, op.dash)
        elif abs(a[0] - b[0]) < 0.5 or abs(a[1] - b[1]) < 0.5:
            self.draw.line([a, b], fill=self.rgb(op.stroke), width=self.stroke_px(op.width))
        else:
            self._smooth(
                lambda d, s: d.line(
                    [s(a), s(b)], fill=255, width=round(op.width * self.k * OVERSAMPLE)
                ),
                (a, b),
                op.width,
                op.stroke,
            )

    def _dashed(
        self,
        a: tuple[float, float],
        b: tuple[float, float],
        colour: str,
        width: float,
        dash: tuple[float, ...],
    ) -> None:
        length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
        if length == 0:
            return
        on, off = dash[0] * self.k, (dash[1] if len(dash) > 1 else dash[0]) * self.k
        ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
        fill, w = self.rgb(colour), self.stroke_px(width)
        pos = 0.0
        while pos < length:
            end = min(pos + on, length)
            self.draw.line(
                [(a[0] + ux * pos, a[1] + uy * pos), (a[0] + ux * end, a[1] + uy * end)],
                fill=fill,
                width=w,
            )
            pos = end + off

    def circle(self, op: Circle) -> None:
        """A poster repeats a few sizes of dots and rings thousands of times (impact and effort,
        the curve's points): the centre is set to a quarter of a pixel, so that each size is
        drawn and reduced once per quarter and pasted from then on."""
        cx, cy = self.px(op.cx, op.cy)
        cx, cy = round(cx * OVERSAMPLE) / OVERSAMPLE, round(cy * OVERSAMPLE) / OVERSAMPLE
        r = op.r * self.k
        pts = ((cx - r, cy - r), (cx + r, cy + r))
        if op.fill:
            self._smooth(
                lambda d, s: d.ellipse([s(pts[0]), s(pts[1])], fill=255),
                pts,
                0,
                op.fill,
                ("disc", r),
            )
        if op.stroke:
            width = round(max(op.width * self.k * OVERSAMPLE, OVERSAMPLE * 0.8))
            self._smooth(
                lambda d, s: d.ellipse([s(pts[0]), s(pts[1])], outline=255, width=width),
                pts,
                op.width,
                op.stroke,
                ("ring", r, width),
            )

    def path(self, op: Path) -> None:
        from .curve import flatten

        points = [self.px(x, y) for x, y in op.points]
        if op.bezier:
            points = flatten(points, tolerance=0.25)
        if op.closed:
            points = [*points, points[0]]
        if op.fill:
            self._smooth(
                lambda d, s: d.polygon([s(p) for p in points], fill=255), points, 0, op.fill
            )
        if op.stroke:
            width = max(round(op.width * self.k * OVERSAMPLE), 1)
            # a long open stroke (an arrow across the poster) is painted piece by piece: one
            # mask of its whole box would be the poster's size, oversampled (minutes a stroke)
            for piece in _pieces(points) if not op.closed else [points]:
                self._smooth(
                    lambda d, s, piece=piece: d.line(
                        [s(p) for p in piece], fill=255, width=width, joint="curve"
                    ),
                    piece,
                    op.width,
                    op.stroke,
                )

    def _smooth(
        self, paint: Any, points: Any, width: float, colour: str, mark: tuple | None = None
    ) -> None:
        """Paint a white shape on an oversampled mask around `points`, reduce, then colour it;
        a `mark` (a circle's kind and size) keeps its reduced mask for the next of its kind at
        the same offset."""
        from PIL import Image, ImageDraw

        pad = width * self.k / 2 + 2
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, y0 = int(min(xs) - pad), int(min(ys) - pad)
        x1, y1 = int(max(xs) + pad) + 1, int(max(ys) + pad) + 1
        x0, y0 = max(x0, 0), max(y0, 0)
        x1, y1 = min(x1, self.image.width), min(y1, self.image.height)
        if x1 <= x0 or y1 <= y0:
            return
        key = None
        if mark is not None:
            key = (*mark, points[0][0] - x0, points[0][1] - y0, x1 - x0, y1 - y0)
            found = self._marks.get(key)
            if found is not None:
                self.image.paste(self.rgb(colour), (x0, y0), found)
                return
        mask = Image.new("L", ((x1 - x0) * OVERSAMPLE, (y1 - y0) * OVERSAMPLE), 0)

        def scaled(p: tuple[float, float]) -> tuple[float, float]:
            return ((p[0] - x0) * OVERSAMPLE, (p[1] - y0) * OVERSAMPLE)

        paint(ImageDraw.Draw(mask), scaled)
        reduced = mask.reduce(OVERSAMPLE)
        if key is not None:
            self._marks[key] = reduced
        self.image.paste(self.rgb(colour), (x0, y0), reduced)

    def text(self, op: Text) -> None:
        x, y = self.px(op.x, op.y)
        self.setter.text(op, x, y, self.k, self.ink(op.colour))

    def picture(self, op: Picture) -> None:
        from PIL import Image, ImageDraw

        asset = self.poster.assets.get(op.sha256)
        if asset is None:
            return
        if asset.refusal is not None:  # it failed its check: its bytes were never read
            frame, *cross = placeholder(op)
            self.box(frame)
            for line in cross:
                self.line(line)
            return
        x0, y0, w, h = self._frame(op, self.ox, self.oy)
        key = (op.sha256, w, h)
        found = self._pictures.get(key)
        if found is None:
            found = _tile(asset.data, asset.thumbnail, op.crop, w, h, self.alpha)
            self._pictures[key] = found
        tile = found.result() if isinstance(found, Future) else found
        mask = None
        if op.radius > 0:
            mask = Image.new("L", (w * OVERSAMPLE, h * OVERSAMPLE), 0)
            ImageDraw.Draw(mask).rounded_rectangle(
                [0, 0, w * OVERSAMPLE - 1, h * OVERSAMPLE - 1],
                radius=op.radius * self.k * OVERSAMPLE,
                fill=255,
            )
            mask = mask.reduce(OVERSAMPLE)
        self.image.paste(tile, (round(x0), round(y0)), mask)

    def _frame(self, op: Picture, ox: float, oy: float) -> tuple[float, float, int, int]:
        """Where a photo's frame starts on the image, and its size in whole pixels."""
        x0, y0 = ox + op.x * self.k, oy + op.y * self.k
        x1, y1 = ox + (op.x + op.w) * self.k, oy + (op.y + op.h) * self.k
        return x0, y0, max(1, round(x1) - round(x0)), max(1, round(y1) - round(y0))


def _tile(
    data: bytes,
    thumbnail: bytes,
    crop: tuple[float, float, float, float],
    w: int,
    h: int,
    alpha: bool,
) -> Image.Image:
    """A stored photo's part `crop`, decoded at about the frame's size and resampled to it.

    A frame no larger than the photo's thumbnail (320 px, checked with the photo) is drawn
    from the thumbnail: a 150 dpi A0 prints a card's photo about 80 px wide, and decoding a
    20 KB thumbnail costs a tenth of decoding the 2400 px photo even at 1/8 scale (libjpeg
    still reads every coefficient of the large one)."""
    from PIL import Image

    cx, cy, cw, ch = crop
    wanted = (max(1, round(w / cw)), max(1, round(h / ch)))  # the whole photo at this scale
    source = Image.open(io.BytesIO(data), formats=["JPEG", "PNG"])
    if thumbnail:
        small = Image.open(io.BytesIO(thumbnail), formats=["JPEG", "PNG"])
        # the same picture made smaller (a map from elsewhere might store any thumbnail: one
        # of another shape is not used), at least as large as the frame asks
        same = abs(small.width * source.height - small.height * source.width) <= (
            source.width + source.height
        )
        if same and small.width >= wanted[0] and small.height >= wanted[1]:
            source = small
    source.draft("RGB", wanted)
    source = source.convert("RGBA" if alpha else "RGB")
    box = (
        cx * source.width,
        cy * source.height,
        (cx + cw) * source.width,
        (cy + ch) * source.height,
    )
    return source.resize((w, h), Image.Resampling.LANCZOS, box=box)
