"""Cards on the system clipboard, so they paste between journeys and between open documents.

The cards travel as JSON of their editable fields (and plain text for other programs); pasting
goes through `add_card`, so whatever comes from the clipboard is checked like any other edit.
Rows copied from a spreadsheet arrive as tab-separated text (`get_grid`), one card per cell.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from app.model.verbs_cards import CARD_FIELDS

CARDS_MIME = "application/x-parcours-cards"
MAX_PASTED_CARDS = 500
SPREADSHEET_FORMATS = (
    "text/csv",
    "text/tab-separated-values",
    'application/x-qt-windows-mime;value="Csv"',
    "application/vnd.oasis.opendocument.spreadsheet",
    'application/x-openoffice-embed-source-xml;windows_formatname="Star Embed Source (XML)"',
)
"""Formats a spreadsheet puts on the clipboard beside its tab-separated text."""


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


def get_grid() -> list[list[str]] | None:
    """Rows of cells copied from a spreadsheet (Excel, LibreOffice, Google Sheets, Numbers),
    or None when the clipboard holds Parcours cards or text that is not a grid. A grid is
    tab-separated text, or lines of text offered beside a spreadsheet's own format."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None or data.hasFormat(CARDS_MIME) or not data.hasText():
        return None
    text = data.text()
    spreadsheet = any(data.hasFormat(f) for f in SPREADSHEET_FORMATS) or (
        data.hasHtml() and "<table" in data.html().lower()
    )
    if "\t" not in text and not (spreadsheet and "\n" in text.strip()):
        return None
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t", strict=False))
    except csv.Error:
        return None
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows or None
