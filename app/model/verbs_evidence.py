"""Verbs on evidence: photos, quotes (verbatims), links and notes, and what they are attached to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from .changes import Change
from .errors import InvalidEditError
from .pictures import Picture, prepare_picture
from .schema import (
    EVIDENCE_TARGETS,
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

    def store_picture(self, picture: Picture) -> str:
        """Store a prepared picture once (by content hash); return its key."""
        with self._edit() as session:
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
        return picture.sha256

    def add_photo(self, data: bytes, name: str = "The picture", **fields: Any) -> Change:
        """Take in an image file's bytes as photo evidence (see `pictures.prepare_picture`)."""
        return self.add_evidence(
            "photo", asset_sha256=self.store_picture(prepare_picture(data, name)), **fields
        )

    def add_evidence(self, kind: str, asset_sha256: str | None = None, **fields: Any) -> Change:
        """A quote, link, note (or, with a stored picture, a photo) in the evidence library."""
        with self._edit() as session:
            if asset_sha256 is not None:
                self._get(Asset, asset_sha256)
            evidence = Evidence(id=new_id(), kind=kind, asset_sha256=asset_sha256)
            self._apply(evidence, fields, EVIDENCE_FIELDS)
            session.add(evidence)
            self._place(self._ordered(Evidence), evidence, None)
        return self._emit(Change("add_evidence", added=(("evidence", evidence.id),)))

    def update_evidence(self, evidence_id: str, **fields: Any) -> Change:
        with self._edit():
            evidence = self._get(Evidence, evidence_id)
            changed = self._apply(evidence, fields, EVIDENCE_FIELDS)
        return self._emit(Change("update_evidence", updated=(("evidence", evidence_id),) * changed))

    def delete_evidence(self, evidence_id: str) -> Change:
        """Remove evidence from the library and from everything it was attached to."""
        return self._delete("delete_evidence", "evidence", [evidence_id])

    def attach_evidence(
        self, evidence_id: str, target_kind: str, target_id: str, position: int | None = None
    ) -> Change:
        """Attach evidence to a card, emotion point, stage, persona or journey."""
        if target_kind not in EVIDENCE_TARGETS:
            raise InvalidEditError(f"Evidence cannot be attached to a {target_kind}.")
        with self._edit() as session:
            self._get(Evidence, evidence_id)
            self._get(_TARGET_ENTITIES[target_kind], target_id)
            column = getattr(EvidenceLink, f"{target_kind}_id")
            if session.scalars(
                select(EvidenceLink).where(
                    EvidenceLink.evidence_id == evidence_id, column == target_id
                )
            ).first():
                raise InvalidEditError("That evidence is already attached there.")
            link = EvidenceLink(
                id=new_id(), evidence_id=evidence_id, **{f"{target_kind}_id": target_id}
            )
            session.add(link)
            self._place(self._ordered(EvidenceLink, column == target_id), link, position)
        return self._emit(
            Change(
                "attach_evidence",
                added=(("evidence_link", link.id),),
                updated=((target_kind, target_id),),
            )
        )

    def detach_evidence(self, evidence_id: str, target_kind: str, target_id: str) -> Change:
        """Detach evidence from one element; it stays in the library (and its undo data)."""
        column = getattr(EvidenceLink, f"{target_kind}_id", None)
        if column is None:
            raise InvalidEditError(f"Evidence cannot be attached to a {target_kind}.")
        link = self.session.scalars(
            select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id, column == target_id)
        ).first()
        if link is None:
            raise InvalidEditError("That evidence is not attached there.")
        change = self._delete("detach_evidence", "evidence_link", [link.id])
        return Change(
            change.verb,
            removed=change.removed,
            updated=((target_kind, target_id),),
            snapshot=change.snapshot,
        )
