"""Cards on the system clipboard, so they paste between journeys and between open documents.

The cards travel as JSON of their editable fields (and plain text for other programs); pasting
goes through `add_card`, so whatever comes from the clipboard is checked like any other edit.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from app.model.verbs_cards import CARD_FIELDS

CARDS_MIME = "application/x-parcours-cards"
MAX_PASTED_CARDS = 500


def card_fields(cards: list[Any]) -> list[dict[str, Any]]:
    return [
        {"lane_id": c.lane_id, "stage_id": c.stage_id, **{f: getattr(c, f) for f in CARD_FIELDS}}
        for c in cards
    ]


def put_cards(cards: list[Any]) -> None:
    data = QMimeData()
    fields = card_fields(cards)
    data.setData(CARDS_MIME, json.dumps({"cards": fields}).encode("utf-8"))
    data.setText("\n\n".join(f"{c['title']}\n{c['body']}".strip() for c in fields))
    QGuiApplication.clipboard().setMimeData(data)


def get_cards() -> list[dict[str, Any]]:
    """The cards on the clipboard; plain text becomes one card per paragraph."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None:
        return []
    if data.hasFormat(CARDS_MIME):
        try:
            payload = json.loads(bytes(data.data(CARDS_MIME).data()).decode("utf-8"))
            cards = [
                {k: v for k, v in card.items() if k in (*CARD_FIELDS, "lane_id", "stage_id")}
                for card in payload["cards"][:MAX_PASTED_CARDS]
                if isinstance(card, dict)
            ]
        except (ValueError, KeyError, TypeError):
            return []
        return cards
    if data.hasText():
        paragraphs = [p.strip() for p in data.text().split("\n\n") if p.strip()]
        return [{"title": p[:500]} for p in paragraphs[:MAX_PASTED_CARDS]]
    return []
