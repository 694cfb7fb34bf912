"""Plumbing shared by the verb mixins of `JourneyDocument`: lookups, ordering, field edits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from .changes import Change, Ref, RowSnapshot, collect, restore
from .errors import InvalidEditError
from .schema import Base, Row

T = TypeVar("T", bound=Base)


class VerbBase:
    """What every verb mixin relies on; `JourneyDocument` provides the session and `_edit`."""

    session: Session

    def _edit(self) -> AbstractContextManager[Session]:
        raise NotImplementedError

    def _emit(self, change: Change) -> Change:
        raise NotImplementedError

    def _get(self, entity: type[T], key: str) -> T:
        found = self.session.get(entity, key)
        if found is None:
            raise InvalidEditError("gone", element=_label(entity))
        return found

    def _ordered(self, entity: type[T], *where: ColumnElement[bool]) -> list[T]:
        query = select(entity).where(*where).order_by(entity.position, entity.created_at, entity.id)  # type: ignore[attr-defined]
        return list(self.session.scalars(query))

    @staticmethod
    def _place(siblings: list[Any], item: Any, position: int | None) -> list[Ref]:
        """Put `item` at `position` among `siblings` (end if None); renumber; return moved refs."""
        others = [s for s in siblings if s is not item]
        index = len(others) if position is None else max(0, min(position, len(others)))
        others.insert(index, item)
        moved = []
        for number, sibling in enumerate(others):
            if sibling.position != number:
                sibling.position = number
                if sibling is not item:
                    moved.append((sibling.__tablename__, sibling.id))
        return moved

    @staticmethod
    def _apply(row: Row, fields: dict[str, Any], editable: Iterable[str]) -> bool:
        """Set only the named editable fields; True when something really changed."""
        allowed = set(editable)
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidEditError("not_editable", fields=", ".join(sorted(unknown)))
        changed = False
        for name, value in fields.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        return changed

    def _delete(self, verb: str, table: str, keys: Sequence[str]) -> Change:
        """Delete rows and what cascades from them; the change carries the snapshot."""
        with self._edit() as session:
            entity = _entity(table)
            for key in keys:
                self._get(entity, key)
            snapshot = collect(session, table, keys)
            for key in keys:
                session.delete(session.get(entity, key))
        self.session.expire_all()  # SQLite's cascades changed rows the session still holds
        return self._emit(Change(verb, removed=snapshot.refs(), snapshot=snapshot))

    def restore_places(self, table: str, places: dict[str, dict[str, Any]]) -> Change:
        """Put elements back exactly where they were (undo of a move or a reorder).

        `places` maps an id to its position and, for cards, its lane and stage (as `places`
        gives them, with the time of their last change, which comes back too).
        """
        allowed = _PLACE_FIELDS.get(table)
        if allowed is None:
            raise InvalidEditError("no_place", table=table)
        entity = _entity(table)
        with self._edit():
            for key, values in places.items():
                self._apply(self._get(entity, key), values, (*allowed, "updated_at"))  # type: ignore[arg-type]
        return self._emit(Change("restore_places", updated=tuple((table, k) for k in places)))

    def places(self, table: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Where elements are now, in the form `restore_places` takes."""
        entity = _entity(table)
        fields = (*_PLACE_FIELDS[table], "updated_at")
        return {k: {f: getattr(self._get(entity, k), f) for f in fields} for k in keys}

    def restore(self, snapshot: RowSnapshot) -> Change:
        """Bring back deleted rows with their ids, links and positions (undo of a delete)."""
        with self._edit() as session:
            session.flush()
            restore(session, snapshot)
        return self._emit(Change("restore", added=snapshot.refs()))


_PLACE_FIELDS = {
    "card": ("lane_id", "stage_id", "position"),
    "stage": ("position",),
    "lane": ("position",),
    "journey": ("position",),
    "persona": ("position",),
    "metric": ("position",),
    "evidence": ("position",),
}


def _entity(table: str) -> type[Base]:
    from .schema import ENTITIES

    return ENTITIES[table]


def _label(entity: type[Base]) -> str:
    return entity.__tablename__.replace("_", " ")


def refs(rows: Iterable[Row]) -> Iterator[Ref]:
    for row in rows:
        yield row.__tablename__, row.id
