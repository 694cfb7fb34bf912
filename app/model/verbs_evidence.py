"""Verbs on evidence: photos, quotes (verbatims), links and notes, and what they are attached to.

A target is `(kind, id)` with kind one of `EVIDENCE_TARGETS` (card, emotion_point, stage,
persona, journey). Every verb returns the `Change` its listeners hear; verbs that remove links
carry the snapshot that `restore` takes back, and name the targets whose evidence changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from .changes import Change, Ref, collect
from .errors import InvalidEditError
from .pictures import Picture, prepare_picture
from .schema import (
    Asset,
    Card,
    EmotionPoint,
    Evidence,
    EvidenceLink,
    Journey,
    Persona,
    Stage,
    new_id,
)
from .verbs_base import VerbBase
from .vocabulary import EVIDENCE_TARGETS

Target = tuple[str, str]
"""(target kind, target id), e.g. ("card", "5f0c...")."""

EVIDENCE_FIELDS = ("text", "speaker", "source", "date", "url", "title")
_TARGET_ENTITIES = {
    "card": Card,
    "emotion_point": EmotionPoint,
    "stage": Stage,
    "persona": Persona,
    "journey": Journey,
}


class EvidenceVerbs(VerbBase):
    """Evidence lives in the document's library; links attach it to any part of the map."""

    # -- the library ---------------------------------------------------------------------

    def store_picture(self, picture: Picture) -> str:
        """Store a prepared picture once (by content hash); return its key."""
        with self._edit() as session:
            self._store(session, picture)
        return picture.sha256

    def add_photo(
        self, data: bytes, name: str = "The picture", targets: Iterable[Target] = (), **fields: Any
    ) -> Change:
        """Take in an image file's bytes as photo evidence (see `pictures.prepare_picture`).

        Decoding takes a fifth of a second for a 12-megapixel photo: the editor prepares the
        picture on a worker thread and calls `add_prepared_photo` instead.
        """
        return self.add_prepared_photo(prepare_picture(data, name), targets, **fields)

    def add_prepared_photo(
        self, picture: Picture, targets: Iterable[Target] = (), **fields: Any
    ) -> Change:
        """Photo evidence from a prepared picture, attached to `targets`, in one step."""
        with self._edit() as session:
            self._store(session, picture)
            change = self._add(session, "photo", picture.sha256, fields, targets)
        return self._emit(change)

    def add_evidence(
        self,
        kind: str,
        asset_sha256: str | None = None,
        targets: Iterable[Target] = (),
        **fields: Any,
    ) -> Change:
        """A quote, link, note (or, with a stored picture, a photo), attached to `targets`."""
        with self._edit() as session:
            if asset_sha256 is not None:
                self._get(Asset, asset_sha256)
            change = self._add(session, kind, asset_sha256, fields, targets)
        return self._emit(change)

    def add_photos_evidence(
        self, photos: Sequence[tuple[str, dict[str, Any]]], targets: Iterable[Target] = ()
    ) -> Change:
        """Several stored pictures as photo evidence, attached to `targets`, in one transaction
        (a folder of workshop photos is one edit). `photos` are (sha256, fields) pairs; they
        go at the end of the library and of each target's evidence, in the order given."""
        targets = [self._check_target(t) for t in _unique(targets)]
        with self._edit() as session:
            library = self._ordered(Evidence)
            next_position = library[-1].position + 1 if library else 0
            link_positions = {}
            for target in targets:
                links = self._links_on(target)
                link_positions[target] = links[-1].position + 1 if links else 0
            added: list[Ref] = []
            for sha256, fields in photos:
                self._get(Asset, sha256)
                evidence = Evidence(
                    id=new_id(), kind="photo", asset_sha256=sha256, position=next_position
                )
                self._apply(evidence, fields, EVIDENCE_FIELDS)
                session.add(evidence)
                next_position += 1
                added.append(("evidence", evidence.id))
                for target in targets:
                    kind, key = target
                    link = EvidenceLink(
                        id=new_id(),
                        evidence_id=evidence.id,
                        position=link_positions[target],
                        **{f"{kind}_id": key},
                    )
                    link_positions[target] += 1
                    session.add(link)
                    added.append(("evidence_link", link.id))
        return self._emit(Change("add_photos_evidence", added=tuple(added), updated=tuple(targets)))

    def delete_evidence_items(self, evidence_ids: Sequence[str]) -> Change:
        """Remove several pieces of evidence (and their links) in one transaction."""
        with self._edit() as session:
            for evidence_id in evidence_ids:
                self._get(Evidence, evidence_id)
            snapshot = collect(session, "evidence", list(evidence_ids))
            for evidence_id in evidence_ids:
                session.delete(session.get(Evidence, evidence_id))
        return self._emit(
            Change(
                "delete_evidence",
                removed=snapshot.refs(),
                updated=_link_targets(snapshot.rows),
                snapshot=snapshot,
            )
        )

    def update_evidence(self, evidence_id: str, **fields: Any) -> Change:
        """Edit captions and details: title, text, speaker, source, date (YYYY-MM-DD), url."""
        with self._edit():
            evidence = self._get(Evidence, evidence_id)
            changed = self._apply(evidence, fields, EVIDENCE_FIELDS)
        return self._emit(Change("update_evidence", updated=(("evidence", evidence_id),) * changed))

    def delete_evidence(self, evidence_id: str) -> Change:
        """Remove evidence from the library and from everything it was attached to.

        The picture of a photo stays in the working copy (an undo needs it) and leaves the
        file at the next Save if nothing else uses it.
        """
        return self.delete_evidence_items([evidence_id])

    # -- attaching -----------------------------------------------------------------------

    def attach_evidence(
        self, evidence_id: str, target_kind: str, target_id: str, position: int | None = None
    ) -> Change:
        """Attach evidence to a card, emotion point, stage, persona or journey."""
        with self._edit() as session:
            self._get(Evidence, evidence_id)
            target = self._check_target((target_kind, target_id))
            if self._link_of(evidence_id, target) is not None:
                raise InvalidEditError("already_attached")
            link = self._new_link(session, evidence_id, target, position)
        return self._emit(
            Change("attach_evidence", added=(("evidence_link", link.id),), updated=(target,))
        )

    def attach_evidence_to(self, evidence_id: str, targets: Iterable[Target]) -> Change:
        """Attach one piece of evidence to several elements at once (a multi-selection).

        Elements that already show it are left as they are; the change lists the new links.
        """
        with self._edit() as session:
            self._get(Evidence, evidence_id)
            added: list[Ref] = []
            updated: list[Target] = []
            for target in _unique(self._check_target(t) for t in targets):
                if self._link_of(evidence_id, target) is None:
                    added.append(("evidence_link", self._new_link(session, evidence_id, target).id))
                    updated.append(target)
        return self._emit(Change("attach_evidence", added=tuple(added), updated=tuple(updated)))

    def detach_evidence(self, evidence_id: str, target_kind: str, target_id: str) -> Change:
        """Detach evidence from one element; it stays in the library (and its undo data)."""
        return self.detach_evidence_from(evidence_id, [(target_kind, target_id)])

    def detach_evidence_from(self, evidence_id: str, targets: Iterable[Target]) -> Change:
        """Detach evidence from several elements; `restore(change.snapshot)` undoes it."""
        with self._edit() as session:
            links = []
            for target in _unique(self._check_target(t, must_exist=False) for t in targets):
                link = self._link_of(evidence_id, target)
                if link is not None:
                    links.append(link)
            if not links:
                raise InvalidEditError("not_attached")
            snapshot = collect(session, "evidence_link", [link.id for link in links])
            for link in links:
                session.delete(link)
        return self._emit(
            Change(
                "detach_evidence",
                removed=snapshot.refs(),
                updated=_link_targets(snapshot.rows),
                snapshot=snapshot,
            )
        )

    # -- order on one element ------------------------------------------------------------

    def reorder_evidence(
        self, target_kind: str, target_id: str, evidence_ids: Sequence[str]
    ) -> Change:
        """Show an element's evidence in the order of `evidence_ids` (all of it, once each).

        Undo: `places("evidence_link", ...)` taken before, given back to `restore_places`.
        """
        target = self._check_target((target_kind, target_id))
        links = self._links_on(target)
        by_evidence = {link.evidence_id: link for link in links}
        if len(evidence_ids) != len(by_evidence) or set(evidence_ids) != set(by_evidence):
            raise InvalidEditError("evidence_order")
        if [link.evidence_id for link in links] == list(evidence_ids):
            return self._emit(Change("reorder_evidence"))
        moved: list[Ref] = []
        with self._edit():
            for position, evidence_id in enumerate(evidence_ids):
                link = by_evidence[evidence_id]
                if link.position != position:
                    link.position = position
                    moved.append(("evidence_link", link.id))
        updated = (target, *moved) if moved else ()
        return self._emit(Change("reorder_evidence", updated=updated))

    def places(self, table: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """As `VerbBase.places`, and for "evidence_link" the positions of links on elements."""
        if table != "evidence_link":
            return super().places(table, keys)
        links = {key: self._get(EvidenceLink, key) for key in keys}
        return {k: {"position": v.position, "updated_at": v.updated_at} for k, v in links.items()}

    def restore_places(self, table: str, places: dict[str, dict[str, Any]]) -> Change:
        """As `VerbBase.restore_places`, and for "evidence_link" (undo of `reorder_evidence`)."""
        if table != "evidence_link":
            return super().restore_places(table, places)
        targets: list[Target] = []
        with self._edit():
            for key, values in places.items():
                link = self._get(EvidenceLink, key)
                self._apply(link, values, ("position", "updated_at"))
                targets.append(link.target)
        refs = (*_unique(targets), *((table, key) for key in places))
        return self._emit(Change("restore_places", updated=refs))

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _store(session: Session, picture: Picture) -> None:
        if session.get(Asset, picture.sha256) is None:
            session.add(
                Asset(
                    sha256=picture.sha256,
                    media_type=picture.media_type,
                    width=picture.width,
                    height=picture.height,
                    data=picture.data,
                    thumbnail=picture.thumbnail,
                )
            )

    def _add(
        self,
        session: Session,
        kind: str,
        asset_sha256: str | None,
        fields: dict[str, Any],
        targets: Iterable[Target],
    ) -> Change:
        evidence = Evidence(id=new_id(), kind=kind, asset_sha256=asset_sha256)
        self._apply(evidence, fields, EVIDENCE_FIELDS)
        session.add(evidence)
        self._place(self._ordered(Evidence), evidence, None)
        checked = list(_unique(self._check_target(t) for t in targets))
        links = [self._new_link(session, evidence.id, target) for target in checked]
        return Change(
            "add_evidence",
            added=(("evidence", evidence.id), *(("evidence_link", link.id) for link in links)),
            updated=tuple(checked),
        )

    def _check_target(self, target: Target, must_exist: bool = True) -> Target:
        """`target` as a (kind, id) pair whose kind takes evidence (and, if asked, exists)."""
        if not (isinstance(target, tuple | list) and len(target) == 2):
            raise InvalidEditError("evidence_pairs")
        kind, key = target
        if kind not in EVIDENCE_TARGETS:
            raise InvalidEditError("evidence_target", kind=str(kind))
        if must_exist:
            self._get(_TARGET_ENTITIES[kind], key)
        return kind, key

    def _link_of(self, evidence_id: str, target: Target) -> EvidenceLink | None:
        query = select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id, _on(target))
        return self.session.scalars(query).first()

    def _links_on(self, target: Target) -> list[EvidenceLink]:
        return self._ordered(EvidenceLink, _on(target))

    def _new_link(
        self, session: Session, evidence_id: str, target: Target, position: int | None = None
    ) -> EvidenceLink:
        kind, key = target
        link = EvidenceLink(id=new_id(), evidence_id=evidence_id, **{f"{kind}_id": key})
        siblings = self._links_on(target)
        session.add(link)
        self._place([*siblings, link], link, position)
        return link


def _on(target: Target) -> ColumnElement[bool]:
    kind, key = target
    return getattr(EvidenceLink, f"{kind}_id") == key


def _unique(targets: Iterable[Target]) -> list[Target]:
    return list(dict.fromkeys(targets))


def _link_targets(rows: Iterable[tuple[str, dict[str, Any]]]) -> tuple[Target, ...]:
    """The elements whose evidence a delete changed (from the snapshot of its links)."""
    found: list[Target] = []
    for table, row in rows:
        if table == "evidence_link":
            found.extend(
                (kind, row[f"{kind}_id"]) for kind in EVIDENCE_TARGETS if row[f"{kind}_id"]
            )
    return tuple(_unique(found))
