"""The layout: one geometry for every writer; nothing overflows, overlaps or overshoots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.model import JourneyDocument
from app.model.schema import LANE_KINDS
from app.model.snapshot import JourneySnapshot, journey_snapshot
from app.render.curve import bezier_y_range, monotone_bezier
from app.render.emotion import plot_band
from app.render.fit import COLUMNS, PosterFit, fit_poster
from app.render.fonts import TextMeasurer
from app.render.layout import Poster, layout_poster
from app.render.ops import Path, Text

TODAY = date(2026, 3, 13)


def _text_ops(poster: Poster, kind: str) -> list[tuple[object, Text]]:
    return [
        (i, op)
        for i in poster.items
        if i.kind == kind
        for op in i.absolute_ops()
        if isinstance(op, Text)
    ]


def test_every_lane_kind_is_laid_out(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    kinds = {lane.kind for lane in rich_snapshot.lanes}
    assert kinds == set(LANE_KINDS)
    lanes = {item.ref for item in poster.find("lane")}
    assert {lane.id for lane in rich_snapshot.lanes} <= lanes
    assert len(poster.find("card")) == rich_snapshot.card_count
    assert poster.find("curve") and poster.find("metric") and poster.find("legend")


def test_an_empty_journey_still_makes_a_poster() -> None:
    document = JourneyDocument.new("blank", "en")
    try:
        journey = document.add_journey("Nothing yet").first_added
        poster = layout_poster(journey_snapshot(document, journey), today=TODAY)
        assert poster.find("empty") and poster.find("header")
        assert not poster.find("card")
    finally:
        document.close()


def test_cards_stay_in_their_cell_and_never_overlap(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    lanes = {item.ref: item.rect for item in poster.find("lane")}
    stages = {item.ref: item.rect for item in poster.find("stage")}
    cards = {c.id: c for cells in rich_snapshot.cells.values() for c in cells}
    rects = [(cards[item.ref], item.rect) for item in poster.find("card")]
    for card, rect in rects:
        lane, stage = lanes[card.lane_id], stages[card.stage_id]
        assert lane.y <= rect.y and rect.bottom <= lane.bottom + 0.01
        assert stage.x <= rect.x and rect.right <= stage.right + 0.01
    for index, (_, a) in enumerate(rects):
        for _, b in rects[index + 1 :]:
            apart = a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
            assert apart, (a, b)


def test_text_fits_inside_its_card(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    measure = TextMeasurer()
    for item, op in _text_ops(poster, "card"):
        width = measure.width(op.text, op.style, op.size)
        assert item.rect.x < op.x and op.x + width <= item.rect.right + 0.01, op.text  # type: ignore[attr-defined]
        assert item.rect.y < op.y <= item.rect.bottom  # type: ignore[attr-defined]


def test_long_text_wraps_and_grows_the_card(rich: tuple[JourneyDocument, dict[str, str]]) -> None:
    document, ids = rich
    poster = layout_poster(journey_snapshot(document, document.journeys()[0].id), today=TODAY)
    long_card = poster.find("card", ids["long"])[0]
    short_card = poster.find("card", ids["cyan"])[0]
    lines = [op for op in long_card.ops if isinstance(op, Text)]
    assert len(lines) > 15 and long_card.rect.h > 5 * short_card.rect.h
    assert any("25\u00a0000\u00a0€…" in op.text for op in lines)  # narrow no-break space printed


def test_the_curve_stays_in_the_band(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    (curve,) = poster.find("curve")
    path = curve.ops[0]
    assert isinstance(path, Path) and path.bezier
    lane = next(i for i in poster.find("lane") if i.ref == curve.ref)
    from app.render.blocks import Context
    from app.render.labels import Words
    from app.render.theme import DEFAULT_THEME

    ctx = Context(DEFAULT_THEME, Words("fr"), TextMeasurer(), {})
    top, bottom = plot_band(ctx, lane.rect.y, lane.rect.h)
    low, high = bezier_y_range(list(path.points), samples=64)
    assert top - 0.01 <= low and high <= bottom + 0.01  # y grows downwards: +5 is `top`


@pytest.mark.parametrize(
    "values", [[5, -5, 5, -5], [0, 5, 5, 0], [-5, -4.9, 5, 4.9, -5], [1, 2, 3, 4, 5], [3, 3, 3]]
)
def test_monotone_interpolation_never_overshoots(values: list[float]) -> None:
    points = [(i * 50.0 + (i % 2) * 13, v) for i, v in enumerate(values)]
    control = monotone_bezier(points)
    for k in range(0, len(control) - 1, 3):
        low, high = bezier_y_range(control[k : k + 4], samples=200)
        ends = (control[k][1], control[k + 3][1])
        assert min(ends) - 1e-9 <= low and high <= max(ends) + 1e-9


def test_highs_and_lows_and_moments_are_marked(rich_snapshot: JourneySnapshot) -> None:
    poster = layout_poster(rich_snapshot, today=TODAY)
    points = poster.find("emotion-point")
    assert len(points) == 8
    legend_text = " ".join(op.text for _, op in _text_ops(poster, "legend"))
    for word in ("Point haut", "Point bas", "Moment de vérité", "Irritant", "Enchanteur"):
        assert word in legend_text


def test_wrapping_keeps_no_break_spaces_and_splits_only_huge_words() -> None:
    measure = TextMeasurer()
    lines = measure.wrap("Question posée\u00a0: où\u00a0? " * 6, "regular", 10, 120)
    assert all(not line.startswith(("\u00a0", ":", "?")) for line in lines)
    assert all(measure.width(line, "regular", 10) <= 120 for line in lines)
    huge = measure.wrap("x" * 400, "bold", 10, 100)
    assert len(huge) > 5 and all(measure.width(line, "bold", 10) <= 100 for line in huge)
    assert measure.wrap("", "regular", 10, 100) == []


def test_fitting_matches_the_paper_shape(sample: JourneyDocument) -> None:
    snap = journey_snapshot(sample, sample.journeys()[0].id)
    wide = fit_poster(snap, (3300.0, 2300.0), today=TODAY)
    default = layout_poster(snap, today=TODAY)

    def scale(poster: Poster) -> float:
        return min(3300.0 / poster.width, 2300.0 / poster.height)

    assert scale(wide) >= scale(default)
    assert abs(wide.width / wide.height - 3300 / 2300) < 0.25


@pytest.fixture(scope="module")
def wordy() -> Iterator[JourneySnapshot]:
    """Seven stages of long cards: a poster whose height follows its column widths (the
    sample's does not much, its lanes' floors hold it)."""
    document = JourneyDocument.new("purchase", "fr")
    journey = document.journeys()[0].id
    lane = next(lane.id for lane in document.lanes(journey) if lane.kind == "text")
    body = "Le couple compare les offres, relit les conditions et rappelle la banque. " * 4
    for index, stage in enumerate(document.stages(journey)):
        for n in range(2 + index % 4):
            document.add_card(lane, stage.id, f"Étape {index + 1}, carte {n + 1}", body=body)
    yield journey_snapshot(document, journey)
    document.close()


@pytest.mark.parametrize("aspect", [0.3, 0.7, 1.0, 1.41, 3.0])
def test_the_fit_s_search_finds_what_trying_every_width_finds(
    wordy: JourneySnapshot, aspect: float
) -> None:
    """The columns the search settles on print as large as the best of 40 column widths tried
    one by one across the whole range, even and with the stages' widths balanced."""
    fit = PosterFit(wordy, today=TODAY)
    paper = (2000.0 * aspect**0.5, 2000.0 / aspect**0.5)
    choice = fit.choose(paper)
    low, high = COLUMNS
    tried = [low * (high / low) ** (n / 39) for n in range(40)]

    def scale(column: float, shares: dict[str, float] | None = None) -> float:
        width, height = fit.estimate(column, shares)
        return min(paper[0] / width, paper[1] / height)

    even = max(tried, key=scale)
    shares = fit.balance(even)
    best = max(scale(even), *(scale(column, shares) for column in tried))
    assert choice.scale >= best * 0.99
