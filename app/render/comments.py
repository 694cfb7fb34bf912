"""Comments on a poster, when an export asks for them (never by default: a poster is for the
wall, its review notes are not).

The open threads of a journey are numbered in reading order (top to bottom, then left to
right, by their element's place); each element shows its numbers in small circles at its
top-right corner, and the list of the numbered threads (element, author, date, text, replies
indented) goes on pages of their own after the poster in a PDF, or in a band under the poster
in a PNG or an SVG (one page). Resolved threads stay out: they are settled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.model.comments import CommentInfo, CommentThread

from .fonts import TextMeasurer
from .labels import Words
from .layout import Poster
from .ops import Box, Circle, Item, Op, Rect, Text

CANVAS_KIND = {"card": "card", "stage": "stage", "lane": "lane", "emotion_point": "emotion-point"}
INK = "#5C4A00"
FILL = "#FFF4C2"
TEXT = "#1F2933"
MUTED = "#52606D"
PAGE_W, PAGE_H, PAGE_MARGIN = 595.0, 842.0, 42.0  # A4 portrait, in points
PAGE = Rect(0, 0, PAGE_W, PAGE_H)


@dataclass(frozen=True)
class NumberedThread:
    number: int
    thread: CommentThread
    element: Item | None  # the element's item on the poster (None: the journey, a persona...)


def number_threads(poster: Poster, threads: Sequence[CommentThread]) -> list[NumberedThread]:
    """The open threads in reading order of their elements; those without a place last."""
    placed = []
    for thread in threads:
        if thread.resolved:
            continue
        kind, ref = thread.target
        found = poster.find(CANVAS_KIND[kind], ref) if kind in CANVAS_KIND else []
        placed.append((thread, found[0] if found else None))

    def order(entry: tuple[CommentThread, Item | None]) -> tuple[float, float, object]:
        thread, item = entry
        where = (item.rect.y, item.rect.x) if item is not None else (float("inf"), 0.0)
        return (*where, thread.first.created_at)

    placed.sort(key=order)
    return [NumberedThread(n, thread, item) for n, (thread, item) in enumerate(placed, 1)]


def with_marks(poster: Poster, numbered: Sequence[NumberedThread]) -> Poster:
    """The poster with each thread's number in a circle at its element's top-right corner."""
    radius = max(7.0, min(poster.column * 0.07, 18.0))
    by_element: dict[int, list[NumberedThread]] = {}
    for entry in numbered:
        if entry.element is not None:
            by_element.setdefault(id(entry.element), []).append(entry)
    marks = []
    for entries in by_element.values():
        rect = entries[0].element.rect  # type: ignore[union-attr]
        ops: list[Op] = []
        for index, entry in enumerate(entries):
            cx = rect.x + rect.w - radius * (1 + 2.2 * index)
            cy = rect.y + radius * 0.2
            label = str(entry.number)
            size = radius * (1.1 if len(label) < 3 else 0.8)
            ops.append(Circle(cx, cy, radius, fill=FILL, stroke=INK, width=radius * 0.12))
            ops.append(
                Text(cx - size * 0.28 * len(label), cy + size * 0.35, label, "bold", size, INK)
            )
        left = rect.x + rect.w - radius * (2.2 * len(entries))
        marks.append(
            Item(
                "comment-mark",
                entries[0].thread.first.id,
                Rect(left, rect.y - radius, rect.x + rect.w - left, radius * 2.4),
                tuple(ops),
            )
        )
    return replace(poster, items=(*poster.items, *marks))


class _Writer:
    """Lines of the list, wrapped to a width, placed from a top."""

    def __init__(self, words: Words, measure: TextMeasurer, width: float, size: float) -> None:
        self.words, self.measure, self.width, self.size = words, measure, width, size

    def entry(self, entry: NumberedThread) -> list[tuple[float, Text]]:
        """The thread's lines as (height, text at x, baseline 0); x from the list's left."""
        size, lines = self.size, []
        thread = entry.thread
        label = thread.label or "—"
        heading = self.words("comment_on_" + thread.target[0], n=entry.number, title=label)
        for line in self.measure.wrap(heading, "bold", size, self.width):
            lines.append((size * 1.35, Text(0, 0, line, "bold", size, TEXT)))
        for comment in (thread.first, *thread.replies):
            indent = size * 1.5 if comment.parent_id is None else size * 3.0
            lines += self._comment(comment, indent)
        lines.append((size * 0.6, Text(0, 0, "", "regular", size, TEXT)))
        return lines

    def _comment(self, comment: CommentInfo, indent: float) -> list[tuple[float, Text]]:
        size = self.size * 0.92
        who = f"{comment.author or '—'}, {self.words.date(comment.created_at.date())}"
        found = [
            (size * 1.3, Text(indent, 0, line, "italic", size, MUTED))
            for line in self.measure.wrap(who, "italic", size, self.width - indent)
        ]
        found += [
            (size * 1.3, Text(indent, 0, line, "regular", size, TEXT))
            for line in self.measure.wrap(comment.text, "regular", size, self.width - indent)
        ]
        return found


def comment_pages(
    numbered: Sequence[NumberedThread], journey_title: str, language: str, source: Poster
) -> list[Poster]:
    """The list of the threads on A4 portrait pages of their own (PDF)."""
    if not numbered:
        return []
    words, measure = Words(language), TextMeasurer()
    width = PAGE_W - 2 * PAGE_MARGIN
    writer = _Writer(words, measure, width, 10.5)
    title = words("comments_of", title=journey_title or "—")
    pages: list[list[Op]] = [[]]
    y = PAGE_MARGIN + 18
    pages[-1].append(Text(PAGE_MARGIN, y, title, "bold", 16, TEXT))
    y += 22
    for entry in numbered:
        lines = writer.entry(entry)
        needed = sum(height for height, _ in lines)
        if y + needed > PAGE_H - PAGE_MARGIN and pages[-1]:
            pages.append([])
            y = PAGE_MARGIN
        for height, text in lines:
            y += height
            if text.text:
                pages[-1].append(text._replace(x=PAGE_MARGIN + text.x, y=y))
    return [
        replace(
            source,
            width=PAGE_W,
            height=PAGE_H,
            items=(
                Item("background", "", PAGE, (Box(0, 0, PAGE_W, PAGE_H, fill="#FFFFFF"),)),
                Item("comment-list", str(n), Rect(0, 0, PAGE_W, PAGE_H), tuple(ops)),
            ),
            assets={},
            title=title,
            rows=(),
        )
        for n, ops in enumerate(pages)
    ]


def with_list(poster: Poster, numbered: Sequence[NumberedThread], language: str) -> Poster:
    """The poster with the list of the threads in a band under it (PNG, SVG: one page)."""
    if not numbered:
        return poster
    words, measure = Words(language), TextMeasurer()
    margin = max(24.0, poster.width * 0.02)
    size = max(10.0, poster.width / 110)
    writer = _Writer(words, measure, poster.width - 2 * margin, size)
    y = poster.height + margin
    ops: list[Op] = [
        Box(0, poster.height, poster.width, 1, fill=MUTED),
        Text(margin, y + size * 1.6, words("comments_of", title=poster.title), "bold", size * 1.5,
             TEXT),
    ]  # fmt: skip
    y += size * 2.4
    for entry in numbered:
        for height, text in writer.entry(entry):
            y += height
            if text.text:
                ops.append(text._replace(x=margin + text.x, y=y))
    height = y + margin
    band = Item(
        "comment-list",
        "",
        Rect(0, poster.height, poster.width, height - poster.height),
        (Box(0, poster.height, poster.width, height - poster.height, fill="#FFFFFF"), *ops),
    )
    return replace(poster, height=height, items=(*poster.items, band))
