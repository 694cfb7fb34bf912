"""Comments: remarks people reviewing a map leave on its elements, in threads.

A thread is a first comment on one element (a card, an emotion point, a stage, a lane, a
persona or a journey) and its replies, one level deep as in the review tools designers know;
resolving closes the whole thread, replying to a resolved thread opens it again. Comments are
rows of the map like any other: journaled (undo, redo, versions), merged field by field with
the rest, deleted with their element (the schema's cascade) and exported in the map's JSON.
They are not part of the poster unless an export asks for them (app/render).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, null, select

from .changes import Change
from .errors import InvalidEditError
from .schema import Card, Comment, EmotionPoint, Journey, Lane, Persona, Stage, new_id
from .text import check_text
from .verbs_base import VerbBase
from .vocabulary import COMMENT_TARGETS, MAX_COMMENT

Target = tuple[str, str]
"""(element kind, element id), e.g. ("card", "5f0c...")."""

_TARGET_ENTITIES: dict[str, Any] = {
    "card": Card,
    "emotion_point": EmotionPoint,
    "stage": Stage,
    "lane": Lane,
    "persona": Persona,
    "journey": Journey,
}


@dataclass(frozen=True)
class CommentInfo:
    """One comment as the panel and the writers read it."""

    id: str
    parent_id: str | None  # the thread's first comment, for a reply
    card_id: str | None
    emotion_point_id: str | None
    stage_id: str | None
    lane_id: str | None
    persona_id: str | None
    journey_id: str | None
    author: str
    text: str
    resolved: bool
    created_at: datetime
    updated_at: datetime

    @property
    def target(self) -> Target:
        """(element kind, element id) of the element the comment is on."""
        return target_of(self)


@dataclass(frozen=True)
class CommentThread:
    """A first comment, its replies (oldest first) and the element they are on."""

    first: CommentInfo
    replies: tuple[CommentInfo, ...]
    label: str  # the element's title (a persona's name, a point's label); may be empty
    journey_id: str | None  # the journey of the element (None for a persona)

    @property
    def target(self) -> Target:
        return self.first.target

    @property
    def resolved(self) -> bool:
        return self.first.resolved


def target_of(row: Any) -> Target:
    """(kind, id) of the element a comment (a row, a read model or a row image) is on."""
    get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    for kind in COMMENT_TARGETS:
        key = get(f"{kind}_id")
        if key is not None:
            return kind, key
    raise AssertionError("a comment is always on one element")


def open_thread_counts(comments: Iterable[Any]) -> dict[Target, int]:
    """Element -> number of its threads still open, from comments or row images."""
    counts: dict[Target, int] = {}
    for comment in comments:
        get = comment.get if isinstance(comment, Mapping) else lambda n, c=comment: getattr(c, n)
        if get("parent_id") is None and not get("resolved"):
            target = target_of(comment)
            counts[target] = counts.get(target, 0) + 1
    return counts


def _comment_columns() -> list[Any]:
    return [getattr(Comment, f.name) for f in fields(CommentInfo)]


class CommentVerbs(VerbBase):
    """Add, reply, edit, resolve, reopen and delete comments; read them by thread."""

    author_name: str

    # -- verbs -----------------------------------------------------------------------------

    def add_comment(
        self, target_kind: str, target_id: str, text: str, author: str | None = None
    ) -> Change:
        """Start a thread on an element; `author` defaults to the document's author name."""
        with self._edit() as session:
            target = self._check_comment_target(target_kind, target_id)
            comment = Comment(
                id=new_id(),
                author=self._author(author),
                text=_checked(text),
                **{f"{target[0]}_id": target[1]},
            )
            session.add(comment)
        return self._emit(Change("add_comment", added=(("comment", comment.id),)))

    def reply_to_comment(self, comment_id: str, text: str, author: str | None = None) -> Change:
        """Answer a thread (replying to a reply answers its thread); a resolved thread that
        gets a reply is open again."""
        with self._edit() as session:
            first = self._thread_start(comment_id)
            reply = Comment(
                id=new_id(),
                parent_id=first.id,
                author=self._author(author),
                text=_checked(text),
                **{f"{kind}_id": key for kind, key in [target_of(first)]},
            )
            session.add(reply)
            first.resolved = False
        return self._emit(Change("reply_to_comment", added=(("comment", reply.id),)))

    def edit_comment(self, comment_id: str, text: str) -> Change:
        """Change what a comment says."""
        with self._edit():
            comment = self._get(Comment, comment_id)
            changed = self._apply(comment, {"text": _checked(text)}, ("text",))
        return self._emit(Change("update_comment", updated=(("comment", comment_id),) * changed))

    def resolve_comment(self, comment_id: str, resolved: bool = True) -> Change:
        """Resolve (or reopen) the thread a comment belongs to."""
        with self._edit():
            first = self._thread_start(comment_id)
            changed = self._apply(first, {"resolved": bool(resolved)}, ("resolved",))
        verb = "resolve_comment" if resolved else "reopen_comment"
        return self._emit(Change(verb, updated=(("comment", first.id),) * changed))

    def delete_comment(self, comment_id: str) -> Change:
        """Remove a comment; the first comment of a thread takes its replies with it."""
        return self._delete("delete_comment", "comment", [comment_id])

    # -- reading ---------------------------------------------------------------------------

    def comment(self, comment_id: str) -> CommentInfo | None:
        found = self._comment_infos(select(*_comment_columns()).where(Comment.id == comment_id))
        return found[0] if found else None

    def comments_on(self, target_kind: str, target_id: str) -> list[CommentInfo]:
        """The comments on one element, oldest thread first, each followed by its replies."""
        column = getattr(Comment, f"{self._kind(target_kind)}_id")
        return [
            c
            for thread in self._threads(select(*_comment_columns()).where(column == target_id))
            for c in (thread[0], *thread[1])
        ]

    def open_comment_counts(self) -> dict[Target, int]:
        """Element -> number of its open threads, over the whole map (the canvas markers)."""
        query = select(*_comment_columns()).where(
            Comment.parent_id.is_(None), Comment.resolved.is_(False)
        )
        return open_thread_counts(self._comment_infos(query))

    def comment_threads(self, journey_id: str | None = None) -> list[CommentThread]:
        """Every thread of the map (or of one journey, its personas' included), grouped by
        element: journeys in their order, then the journey, its stages, lanes, cards and
        emotion points, personas last; threads of one element oldest first."""
        threads = self._threads(select(*_comment_columns()))
        labels = self._element_labels({first.target for first, _ in threads})
        journeys = dict(self.session.execute(select(Journey.id, Journey.position)).all())
        persona_of = dict(self.session.execute(select(Journey.id, Journey.persona_id)).all())
        order = {kind: index for index, kind in enumerate(_PANEL_ORDER)}
        result = []
        for first, replies in threads:
            label, element_journey = labels.get(first.target, ("", None))
            persona_here = first.persona_id and first.persona_id == persona_of.get(journey_id or "")
            if journey_id is not None and element_journey != journey_id and not persona_here:
                continue
            result.append(CommentThread(first, replies, label, element_journey))
        result.sort(
            key=lambda t: (
                journeys.get(t.journey_id or "", len(journeys)),
                order[t.target[0]],
                t.label.casefold(),
                t.target[1],
                t.first.created_at,
                t.first.id,
            )
        )
        return result

    def element_label(self, target_kind: str, target_id: str) -> str | None:
        """The title of an element a comment can be on (None when it does not exist)."""
        found = self._element_labels({(self._kind(target_kind), target_id)})
        return found[(target_kind, target_id)][0] if found else None

    # -- helpers ---------------------------------------------------------------------------

    def _comment_infos(self, query: Select[Any]) -> list[CommentInfo]:
        self.session.flush()
        return [CommentInfo(*row) for row in self.session.execute(query)]

    def _threads(self, query: Select[Any]) -> list[tuple[CommentInfo, tuple[CommentInfo, ...]]]:
        comments = self._comment_infos(query.order_by(Comment.created_at, Comment.id))
        replies: dict[str, list[CommentInfo]] = {}
        for comment in comments:
            if comment.parent_id is not None:
                replies.setdefault(comment.parent_id, []).append(comment)
        return [(c, tuple(replies.get(c.id, ()))) for c in comments if c.parent_id is None]

    def _element_labels(self, wanted: set[Target]) -> dict[Target, tuple[str, str | None]]:
        """(kind, id) -> (label, journey id) of elements comments are on."""
        by_kind: dict[str, set[str]] = {}
        for kind, key in wanted:
            by_kind.setdefault(kind, set()).add(key)
        queries: dict[str, Any] = {
            "card": lambda keys: (
                select(Card.id, Card.title, Lane.journey_id)
                .join(Lane, Lane.id == Card.lane_id)
                .where(Card.id.in_(keys))
            ),
            "emotion_point": lambda keys: (
                select(EmotionPoint.id, EmotionPoint.label, Lane.journey_id)
                .join(Lane, Lane.id == EmotionPoint.lane_id)
                .where(EmotionPoint.id.in_(keys))
            ),
            "stage": lambda keys: select(Stage.id, Stage.title, Stage.journey_id).where(
                Stage.id.in_(keys)
            ),
            "lane": lambda keys: select(Lane.id, Lane.title, Lane.journey_id).where(
                Lane.id.in_(keys)
            ),
            "persona": lambda keys: select(Persona.id, Persona.name, null()).where(
                Persona.id.in_(keys)
            ),
            "journey": lambda keys: select(Journey.id, Journey.title, Journey.id).where(
                Journey.id.in_(keys)
            ),
        }
        labels: dict[Target, tuple[str, str | None]] = {}
        for kind, keys in by_kind.items():
            for key, label, journey_id in self.session.execute(queries[kind](keys)):
                labels[(kind, key)] = (label, None if kind == "persona" else journey_id)
        return labels

    def _check_comment_target(self, kind: str, key: str) -> Target:
        self._get(_TARGET_ENTITIES[self._kind(kind)], key)
        return kind, key

    @staticmethod
    def _kind(kind: str) -> str:
        if kind not in COMMENT_TARGETS:
            raise InvalidEditError("comment_target", kind=str(kind))
        return kind

    def _thread_start(self, comment_id: str) -> Comment:
        comment = self._get(Comment, comment_id)
        return comment if comment.parent_id is None else self._get(Comment, comment.parent_id)

    def _author(self, author: str | None) -> str:
        name = " ".join((self.author_name if author is None else author).split())
        return check_text(name[:500])


_PANEL_ORDER = ("journey", "stage", "lane", "card", "emotion_point", "persona")


def _checked(text: str) -> str:
    """A comment's text as kept: not empty, within its length, characters every writer has."""
    text = text.strip()
    if not text:
        raise InvalidEditError("comment_empty")
    if len(text) > MAX_COMMENT:
        raise InvalidEditError("comment_too_long", most=f"{MAX_COMMENT:,}")
    return check_text(text)
