"""Text every writer can carry: verbs refuse what XML, UTF-8 or a reader cannot hold, opening
refuses a file that holds it, and what is allowed survives every writer."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model import InvalidEditError, InvalidFileError, JourneyDocument
from app.model.errors import UnsafeTextError
from app.model.evidence_export import export_evidence
from app.render.export import ExportRequest, export_document
from app.render.paper import parse_paper
from tests.conftest import dump
from tests.hostile_maps import sql

REFUSED = {
    "NUL": "a\x00b",
    "bell": "ding\x07",
    "escape": "\x1b[31mred",
    "vertical tab (Word's line break)": "one\x0btwo",
    "form feed": "page\x0c",
    "unit separator": "x\x1fy",
    "U+FFFE": "\ufffe",
    "U+FFFF": "end\uffff",
    "U+FDD0": "\ufdd0",
    "U+1FFFE": "\U0001fffe",
    "U+10FFFF": "\U0010ffff",
    "lone high surrogate": "x\ud800",
    "lone low surrogate": "\udc00y",
}
KEPT = "Tab\there, CR LF\r\nand LF\n; <b>&amp;</b> «é» 🧑‍💻 \u202egnp.exe ‮ עברית"


@pytest.fixture
def document() -> Iterator[JourneyDocument]:
    made = JourneyDocument.new("purchase", "en")
    yield made
    made.close()


def verbs(document: JourneyDocument) -> dict[str, Callable[[str], object]]:
    journey = document.journeys()[0].id
    stage = document.stages(journey)[0].id
    lanes = {lane.kind: lane.id for lane in document.lanes(journey)}
    card = document.add_card(lanes["text"], stage, "A card").first_added
    return {
        "add_card": lambda t: document.add_card(lanes["text"], stage, t),
        "update_card": lambda t: document.update_card(card, body=t),
        "add_stage": lambda t: document.add_stage(journey, t),
        "add_lane": lambda t: document.add_lane(journey, "text", t),
        "add_journey": lambda t: document.add_journey(t),
        "duplicate_journey": lambda t: document.duplicate_journey(journey, t),
        "add_persona": lambda t: document.add_persona(t),
        "update_project": lambda t: document.update_project(title=t),
        "add_evidence": lambda t: document.add_evidence("quote", text=t),
        "add_emotion_point": lambda t: document.add_emotion_point(
            lanes["emotion"], stage, 1, 0.5, t
        ),
        "add_metric": lambda t: document.add_metric(stage, t),
    }  # fmt: skip


@pytest.mark.parametrize("what", sorted(REFUSED))
def test_every_verb_refuses_text_no_writer_can_carry(document: JourneyDocument, what: str) -> None:
    calls = verbs(document)
    before = dump(document)
    for name, call in calls.items():
        with pytest.raises(UnsafeTextError) as refused:
            call(REFUSED[what])
        assert isinstance(refused.value, InvalidEditError), name
        assert "U+" in str(refused.value) and "\n" not in str(refused.value)
    assert dump(document) == before


def test_tabs_newlines_and_any_printable_text_are_kept(document: JourneyDocument) -> None:
    for call in verbs(document).values():
        call(KEPT)
    assert document.project().title == KEPT


def test_a_file_holding_such_text_is_refused(document: JourneyDocument, tmp_path: Path) -> None:
    path = tmp_path / "crafted.cjm"
    document.save_as(path)
    for what, bad in REFUSED.items():
        if "surrogate" in what:
            continue  # not UTF-8 at all: refused as such (tests/model/test_hostile_files.py)
        sql(path, "UPDATE project SET notes = ?", parameters=(bad,))
        with pytest.raises(InvalidFileError, match="invisible control characters") as refused:
            JourneyDocument.open(path, read_only=True)
        assert "(table project)" in str(refused.value)


def test_what_is_kept_survives_svg_and_the_evidence_index(
    document: JourneyDocument, tmp_path: Path
) -> None:
    journey = document.journeys()[0].id
    stage = document.stages(journey)[0].id
    lane = document.lanes(journey)[0].id
    card = document.add_card(lane, stage, KEPT, body=KEPT).first_added
    document.update_project(title=KEPT)
    document.add_evidence("quote", text=KEPT, speaker="\u202eLéa", targets=[("card", card)])
    svg = tmp_path / "poster.svg"
    request = ExportRequest(output=svg, format="svg", paper=parse_paper("A3"))
    export_document(document, request)
    ET.parse(svg)  # well-formed XML
    index = export_evidence(document, tmp_path / "evidence")[-1]
    text = index.read_text("utf-8")
    assert "\u202e" not in text and "\x00" not in text
    assert "Léa" in text and "gnp.exe" in text
