"""Fitting a poster to its paper in one layout.

The poster is laid out at the theme's sizes and scaled by the writers to fill the paper, so
the type is as large as the layout's proportions allow. What can change the proportions is
the width of the stage columns: wide columns make a wide, short poster, narrow ones a tall
one. `PosterFit` records once how tall every card, metric and verbatim is at any width (their
*shapes*, see shapes.py), then tries column widths on those shapes alone, a few arithmetic
operations per card, and finds where the poster's proportions meet the paper's. It also tries
giving wider columns to the stages that hold more, and keeps whichever prints larger. Only
then is the poster laid out, once, with lanes trimmed to their content.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from app.model.snapshot import CardInfo, JourneySnapshot, LaneInfo

from .cards import card_shape, evidence_block
from .emotion import Column, emotion_height, emotion_items
from .fonts import TextMeasurer
from .grid import cell_entries, flows_of, lane_floor, shortest, stage_evidence, stage_headers
from .header import header_item, legend_item
from .layout import (
    DETAILED,
    MIN_WIDTH,
    Poster,
    layout_poster,
    new_context,
    poster_lanes,
    stage_columns,
)
from .metrics import metric_shape
from .shapes import Shape, ShapeRecorder
from .theme import DEFAULT_THEME, Theme

COLUMNS = (150.0, 1200.0)  # narrowest and widest grid unit tried, in layout points
STAGE_SHARE = (0.8, 1.6)
BALANCE_ROUNDS = 3
SEARCH_STEPS = 10  # estimates after the first; the aspect is met within 0.5 % much sooner
ASPECT_TOLERANCE = 0.005  # of the log of the aspect: the type is within 0.5 % of its largest
SLOPE = 1.6  # how the log of the aspect follows the log of the column, before it is measured
FLAT = 1e-6  # the least slope kept: a flat stretch sends the next try to the end of the range
POSTER_MARGIN = 14.0  # a stage's width against the others', when widths follow content


@dataclass(frozen=True)
class Choice:
    """Column widths for one paper, and the scale the estimate promises there."""

    column: float
    widths: Mapping[str, float] | None
    scale: float
    size: tuple[float, float]  # estimated poster size, in layout points


def fit_poster(
    snap: JourneySnapshot,
    paper: tuple[float, float],
    theme: Theme = DEFAULT_THEME,
    today: date | None = None,
    *,
    density: str = DETAILED,
) -> Poster:
    """The layout that, scaled to fit `paper` (w, h in points), prints the largest type."""
    fit = PosterFit(snap, theme, today, density)
    return fit.layout(fit.choose(paper))


class PosterFit:
    """One journey's content measured once, to try papers and column widths cheaply."""

    def __init__(
        self,
        snap: JourneySnapshot,
        theme: Theme = DEFAULT_THEME,
        today: date | None = None,
        density: str = DETAILED,
        measure: TextMeasurer | None = None,
    ) -> None:
        self.snap, self.theme, self.today, self.density = (
            snap,
            theme,
            today or date.today(),
            density,
        )
        self.measure = measure or TextMeasurer()
        self.ctx = new_context(snap, theme, self.measure, density, trim=True)
        self._headers: dict[float, float] = {}
        self._legends: dict[float, float] = {}
        self._grid_rows: dict[tuple[Column, ...], list[tuple[float, list[float]]]] = {}

    # -- what is measured once ---------------------------------------------------------

    @cached_property
    def lanes(self) -> list[LaneInfo]:
        return poster_lanes(self.ctx, self.snap)

    @cached_property
    def cells(self) -> dict[str, list[list[Shape]]]:
        """Shapes of every card and metric, by lane id then stage."""
        ctx, w = self.ctx, self.theme.column
        out: dict[str, list[list[Shape]]] = {}
        for lane in self.lanes:
            if lane.kind == "emotion":
                continue
            out[lane.id] = [
                [
                    card_shape(ctx, entry, lane.kind, w)
                    if isinstance(entry, CardInfo)
                    else metric_shape(ctx, entry, w)
                    for entry in cell_entries(ctx, self.snap, lane, stage)
                ]
                for stage in self.snap.stages
            ]
        return out

    @cached_property
    def evidence(self) -> list[list[Shape]]:
        """Shapes of the verbatims under each stage."""
        if self.ctx.simplified:
            return []
        per_stage = stage_evidence(self.snap)
        w = self.theme.column
        shapes = []
        for stage in self.snap.stages:
            row = []
            for found in per_stage.get(stage.id, []):
                recorder = ShapeRecorder(w)
                used = evidence_block(
                    self.ctx.recording(recorder), [], found, 0, 0, w, self.theme.ink
                )
                row.append(recorder.shape(used))
            shapes.append(row)
        return shapes if any(shapes) else []

    @cached_property
    def fixed_rows(self) -> float:
        """Emotion lanes (their height does not depend on the width) and the lane floors."""
        ctx = self.ctx
        total = 0.0
        columns = stage_columns(self.snap.stages, self.theme, self.theme.column)
        for lane in self.lanes:
            if lane.kind == "emotion":
                height = emotion_height(ctx, 1)
                emotion_items(ctx, lane.id, self.snap.points(lane.id), columns, 0, height)
                ctx.marks.add("curve")
                total += height
        if any(lane.kind == "metrics" for lane in self.lanes):
            ctx.marks.add("metrics")
        return total

    @cached_property
    def floors(self) -> dict[str, float]:
        return {lane.id: lane_floor(self.ctx, lane) for lane in self.lanes}

    # -- trying widths -------------------------------------------------------------------

    def estimate(
        self, column: float, shares: Mapping[str, float] | None = None
    ) -> tuple[float, float]:
        """Estimated (width, height) of the poster with this column (times each stage's share
        of it, when given)."""
        t, ctx = self.theme, self.ctx
        widths = self._widths(column, shares) if shares else None
        columns = stage_columns(self.snap.stages, t, column, widths)
        right = columns[-1].x + columns[-1].w if columns else t.margin + t.lane_header
        width = max(right + t.margin, MIN_WIDTH)
        inner = round(width - 2 * t.margin, 1)
        height = 2 * t.margin + self._header(inner) + 18 + 16 + self._legend(inner)
        height += stage_headers(ctx, self.snap.stages, columns, 0.0)[1] if columns else 0.0
        height += self.fixed_rows + sum(row for row, _ in self._rows(columns))
        return width, height

    def _rows(self, columns: tuple[Column, ...]) -> list[tuple[float, list[float]]]:
        """Each grid row's height and the height of its cells, at these columns (kept: the
        first balancing round starts at the columns where the search met the paper)."""
        found = self._grid_rows.get(columns)
        if found is None:
            found = self._grid_rows[columns] = self._measure_rows(columns)
        return found

    def _measure_rows(self, columns: tuple[Column, ...]) -> list[tuple[float, list[float]]]:
        t, ctx = self.theme, self.ctx
        rows = []
        for lane in self.lanes:
            cells = self.cells.get(lane.id)
            if cells is None:
                continue
            crowd = max((len(shapes) for shapes in cells), default=1)
            heights = []
            pad, gap = t.cell_pad, t.card_gap
            for shapes, col in zip(cells, columns, strict=True):
                flows, fw = flows_of(ctx, col.w, crowd, lane.kind)
                if flows == 1:  # most cells: one flow, the same sums in the same order
                    bottom = pad
                    for shape in shapes:
                        bottom += shape.height(fw) + gap
                    heights.append(bottom - gap + pad)
                    continue
                if flows == 2:  # the rest at A0: `shortest` of two, spelled out
                    left = right = pad
                    for index, shape in enumerate(shapes):
                        if index == 1 or (index and left > right + 1e-6):
                            right += shape.height(fw) + gap
                        else:
                            left += shape.height(fw) + gap
                    heights.append(max(left, right) - gap + pad)
                    continue
                bottoms = [pad] * flows
                for index, shape in enumerate(shapes):
                    flow = index % flows if index < flows else shortest(bottoms)
                    bottoms[flow] += shape.height(fw) + gap
                heights.append(max(bottoms) - gap + pad)
            rows.append((max(self.floors[lane.id], *heights), heights))
        if self.evidence:
            heights = [
                t.cell_pad
                + sum(s.height(col.w - t.cell_pad) + t.card_gap for s in shapes)
                + t.cell_pad
                for shapes, col in zip(self.evidence, columns, strict=True)
            ]
            rows.append((max(t.row_unit, *heights), heights))
        return rows

    def balance(self, column: float) -> dict[str, float]:
        """Shares of the width that give more to the stages whose cells make their rows tall:
        a few rounds of widening a stage by the square root of its pressure against the
        average, where its pressure is how close its cells come to their row's height."""
        stages = self.snap.stages
        shares = {s.id: 1.0 for s in stages}
        low, high = STAGE_SHARE
        for _ in range(BALANCE_ROUNDS):
            columns = stage_columns(stages, self.theme, column, self._widths(column, shares))
            pressure = [0.0] * len(stages)
            for row, heights in self._rows(columns):
                for index, h in enumerate(heights):
                    pressure[index] += row * (h / row) ** 4
            mean = sum(pressure) / len(pressure)
            if mean <= 0:
                break
            raw = {
                s.id: min(high, max(low, shares[s.id] * math.sqrt(p / mean)))
                for s, p in zip(stages, pressure, strict=True)
            }
            units = sum(s.width for s in stages)
            norm = units / sum(raw[s.id] * s.width for s in stages)
            shares = {stage_id: share * norm for stage_id, share in raw.items()}
        return shares

    def choose(self, paper: tuple[float, float]) -> Choice:
        """The column widths whose poster, scaled to fit `paper`, prints the largest type."""
        if not self.snap.stages:
            width, height = self.estimate(self.theme.column)
            return Choice(self.theme.column, None, _scale(paper, width, height), (width, height))
        best, slope = self._search(paper, self.theme.column)
        if len(self.snap.stages) > 1:
            # balanced widths move the poster's proportions a little: start from where even
            # widths met the paper, with what the first search learnt of the slope
            other, _ = self._search(paper, best.column, slope, self.balance(best.column))
            if other.scale > best.scale * 1.01:
                best = other
        return best

    def layout(self, choice: Choice) -> Poster:
        """The one real layout, at the chosen widths."""
        return layout_poster(
            self.snap,
            self.theme,
            choice.column,
            self.today,
            self.measure,
            density=self.density,
            widths=choice.widths,
            trim=True,
        )

    def _search(
        self,
        paper: tuple[float, float],
        start: float,
        slope: float = SLOPE,
        shares: Mapping[str, float] | None = None,
    ) -> tuple[Choice, float]:
        """Where the poster's aspect meets the paper's, and the slope learnt on the way.

        Width grows with the column and height shrinks, so the miss, log(poster aspect / paper
        aspect), rises with the log of the column and crosses zero once. A secant search from
        `start`, kept inside the bracket found so far (regula falsi once both sides are known),
        meets the paper in three or four estimates; the columns stay within `COLUMNS`."""
        target = math.log(paper[0] / paper[1])

        def miss(log_column: float) -> tuple[float, Choice]:
            column = math.exp(log_column)
            width, height = self.estimate(column, shares)
            widths = self._widths(column, shares) if shares else None
            choice = Choice(column, widths, _scale(paper, width, height), (width, height))
            return math.log(width / height) - target, choice

        low, high = math.log(COLUMNS[0]), math.log(COLUMNS[1])
        x = min(max(math.log(start), low), high)
        f, best = miss(x)
        below: tuple[float, float] | None = None  # (log column, miss) known to be too tall
        above: tuple[float, float] | None = None  # known to be too wide
        for _ in range(SEARCH_STEPS):
            if abs(f) < ASPECT_TOLERANCE:
                break
            if f < 0:
                below = (x, f)
            else:
                above = (x, f)
            step = x - f / slope
            a = below[0] if below else low
            b = above[0] if above else high
            if not a < step < b:
                if below and above:  # the secant left the bracket: regula falsi inside it
                    step = (below[0] * above[1] - above[0] * below[1]) / (above[1] - below[1])
                else:  # toward the end of the range on the side not yet known
                    step = high if f < 0 else low
            if step == x:
                break  # at the end of the range and still on the same side
            next_f, choice = miss(step)
            # a flat stretch (a poster held at its narrowest width) sends the next step to the
            # end of the range, or into the bracket
            slope = max((next_f - f) / (step - x), FLAT)
            x, f = step, next_f
            if choice.scale > best.scale:
                best = choice
        return best, slope

    def _widths(self, column: float, shares: Mapping[str, float]) -> dict[str, float]:
        gap = self.theme.column_gap
        return {
            s.id: s.width * column * shares.get(s.id, 1.0) + (s.width - 1) * gap
            for s in self.snap.stages
        }

    def _header(self, inner: float) -> float:
        found = self._headers.get(inner)
        if found is None:
            t = self.theme
            item = header_item(self.ctx, self.snap, t.margin, t.margin, inner, self.today)
            found = self._headers[inner] = item.rect.h
        return found

    def _marks_seen(self) -> None:
        """Measure the cards and the curve first: the legend explains the marks they use."""
        _ = self.cells, self.fixed_rows

    def _legend(self, inner: float) -> float:
        found = self._legends.get(inner)
        if found is None:
            self._marks_seen()
            found = self._legends[inner] = legend_item(
                self.ctx, 0, 0, inner, self.snap, self.today
            ).rect.h
        return found


def _scale(paper: tuple[float, float], width: float, height: float) -> float:
    return min(paper[0] / width, paper[1] / height)
