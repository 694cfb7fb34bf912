"""What a layout can take from the previous one, so that the editor lays a 2,000-card map out
again after an edit in a few milliseconds.

A card's look depends on the card, its lane's kind, its width, the theme, the language and the
pictures at hand, never on where it stands: its ops are laid out at (0, 0) and its `Item`
carries its place as an origin. A lane row depends on its lane, its cards and the columns, not
on its top: rows are laid out at y = 0 and placed by the poster. The editor keeps one
`LayoutCache` across layouts; an unchanged card or row comes back as the very same items (a card
that only moved, as a new item around the very same ops), which the canvas recognises and
leaves alone; a row that only moved down is moved whole.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .ops import Item, Rect, moved
from .theme import Theme

if TYPE_CHECKING:
    from app.model.snapshot import JourneySnapshot

    from .blocks import Context

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Placed:
    """A card or a metric laid out, and what it adds to the legend."""

    item: Item
    marks: frozenset[str]
    channels: frozenset[str]


@dataclass(frozen=True, slots=True)
class Built:
    """Items of one layout step, the height they take, and what they add to the legend."""

    items: tuple[Item, ...]
    height: float
    marks: frozenset[str]
    channels: frozenset[str]


class Memo(Generic[T]):
    """Values by model id, each with what it was built from (its look)."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[object, T]] = {}

    def __len__(self) -> int:
        return len(self._values)

    def get(self, ref: str, look: object) -> T | None:
        """The value of `ref`, if it was built from `look` (compared with ==)."""
        entry = self._values.get(ref)
        return entry[1] if entry is not None and entry[0] == look else None

    def keep(self, ref: str, look: object, value: T) -> None:
        self._values[ref] = (look, value)

    def keep_only(self, refs: Collection[str]) -> None:
        self._values = {ref: entry for ref, entry in self._values.items() if ref in refs}


class LayoutCache:
    """Cards and rows of the journey as last laid out; kept by the caller (the canvas) from one
    layout of a journey to the next, like the `TextMeasurer`."""

    def __init__(self) -> None:
        self._look: tuple[Theme, str, frozenset[str], bool] | None = None
        self.cards: Memo[Placed] = Memo()  # cards and metrics, by id, and the head
        self.rows: Memo[Built] = Memo()  # lane rows by lane id, and the evidence row
        self.cells: Memo[Built] = Memo()  # the cards of one cell, by "lane id/stage id"
        self.placed_rows: Memo[tuple[Item, ...]] = Memo()  # rows moved to their top
        self.arrows: Memo[Item] = Memo()  # connections, by id, from where their cards stand

    def start(self, snap: JourneySnapshot, theme: Theme, evidence_counts: bool = False) -> None:
        """A new layout of `snap` begins: everything is forgotten if the theme, the language,
        the pictures at hand (which cards frame) or whether evidence is counted changed, and
        what `snap` no longer holds (deleted cards, metrics and lanes) is let go."""
        look = (theme, snap.project.language, frozenset(snap.assets), evidence_counts)
        if self._look != look:
            self._look = look
            self.cards, self.rows, self.cells, self.placed_rows = Memo(), Memo(), Memo(), Memo()
            self.arrows = Memo()
        metrics = [m.id for stage in snap.stages for m in stage.metrics]
        if len(self.cards) > snap.card_count + len(metrics) + 1:  # + 1: the head
            self.cards.keep_only(
                {c.id for cards in snap.cells.values() for c in cards}.union(metrics, {HEAD})
            )
        if len(self.rows) > len(snap.lanes) + 1:
            self.rows.keep_only({lane.id for lane in snap.lanes} | {EVIDENCE_ROW})
            self.placed_rows.keep_only({lane.id for lane in snap.lanes} | {EVIDENCE_ROW})
        if len(self.arrows) > len(snap.connections):
            self.arrows.keep_only({c.id for c in snap.connections})
        if len(self.cells) > len(snap.lanes) * len(snap.stages):
            self.cells.keep_only({f"{lane.id}/{s.id}" for lane in snap.lanes for s in snap.stages})


HEAD = "header"
"""The key of the journey's head in `LayoutCache.cards` (the others are card and metric ids)."""

EVIDENCE_ROW = "evidence"
"""The key of the evidence row in `LayoutCache.rows` (the others are lane ids)."""


def cached_item(
    ctx: Context, ref: str, look: object, x: float, y: float, build: Callable[[Context], Item]
) -> Item:
    """Element `ref` with its corner at (x, y), as `build` makes it from the context it is
    given; with a cache, `build` runs only if `ref` was not laid out from `look` before."""
    if ctx.cache is None:
        return build(ctx)
    memo = ctx.cache.cards
    placed = memo.get(ref, look)
    if placed is None:
        own = ctx.own()  # to note what it adds to the legend
        placed = Placed(build(own), frozenset(own.marks), frozenset(own.channels))
        memo.keep(ref, look, placed)
    elif (placed.item.rect.x, placed.item.rect.y) != (x, y):
        placed = Placed(placed.item.at(x, y), placed.marks, placed.channels)
        memo.keep(ref, look, placed)
    _note(ctx, placed.marks, placed.channels)
    return placed.item


def cached_row(
    ctx: Context, ref: str, look: object, build: Callable[[Context], tuple[list[Item], float]]
) -> tuple[tuple[Item, ...], float]:
    """`build`'s items (laid out at y = 0) and the height they take, from the context it is
    given; with a cache, `build` runs only if `ref` was not built from `look` before."""
    return _cached(ctx, None if ctx.cache is None else ctx.cache.rows, ref, look, build)


def cached_cell(
    ctx: Context, ref: str, look: object, build: Callable[[Context], tuple[list[Item], float]]
) -> tuple[tuple[Item, ...], float]:
    """As `cached_row`, for the cards of one cell: an edit lays out one cell of its row again,
    and the row's other cells come back as the very same tuples."""
    return _cached(ctx, None if ctx.cache is None else ctx.cache.cells, ref, look, build)


def _cached(
    ctx: Context,
    memo: Memo[Built] | None,
    ref: str,
    look: object,
    build: Callable[[Context], tuple[list[Item], float]],
) -> tuple[tuple[Item, ...], float]:
    if memo is None:
        items, height = build(ctx)
        return tuple(items), height
    built = memo.get(ref, look)
    if built is None:
        own = ctx.own()
        items, height = build(own)
        built = Built(tuple(items), height, frozenset(own.marks), frozenset(own.channels))
        memo.keep(ref, look, built)
    _note(ctx, built.marks, built.channels)
    return built.items, built.height


def placed_row(ctx: Context, ref: str, items: tuple[Item, ...], y: float) -> tuple[Item, ...]:
    """A row's items (laid out at y = 0) moved down to `y`; with a cache, the very same items
    as last time when neither the row nor its place changed."""
    if ctx.cache is None:
        return tuple(_down(item, y) for item in items)
    memo = ctx.cache.placed_rows
    look = (items, y)
    found = memo.get(ref, look)
    if found is None:
        found = tuple(_down(item, y) for item in items)
        memo.keep(ref, look, found)
    return found


def _down(item: Item, y: float) -> Item:
    """`item` moved down by `y`: a card by its origin (its ops stay the very same), an item
    drawn where it stands by its ops, so that it still is."""
    if not y:
        return item
    r = item.rect
    if item.origin != (0.0, 0.0):
        return item.at(r.x, r.y + y)
    ops = tuple(moved(op, 0.0, y) for op in item.ops)
    return Item(item.kind, item.ref, Rect(r.x, r.y + y, r.w, r.h), ops)


def _note(ctx: Context, marks: frozenset[str], channels: frozenset[str]) -> None:
    if marks:
        ctx.marks.update(marks)
    if channels:
        ctx.channels.update(channels)
