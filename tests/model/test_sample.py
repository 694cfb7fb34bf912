"""The sample map is what a new user opens to see a finished map: it must show every part of one,
and survive a save and a reopen unchanged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import JourneyDocument
from app.model.schema import (
    LANE_KINDS,
    Card,
    EmotionPoint,
    Evidence,
    EvidenceLink,
    Lane,
    Metric,
    Persona,
    Stage,
)

COUNTED = (Persona, Stage, Lane, Card, EmotionPoint, Metric, Evidence, EvidenceLink)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JourneyDocument]:
    """One sample, built once and only read by the tests that share it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        document = JourneyDocument.new("sample", "fr")
        yield document
        document.close()


def _journey_id(document: JourneyDocument) -> str:
    (journey,) = document.journeys()
    return journey.id


def _counts(document: JourneyDocument) -> dict[str, int]:
    return {entity.__tablename__: document.count(entity) for entity in COUNTED}


def test_frame_is_complete(sample: JourneyDocument) -> None:
    project = sample.project()
    assert project.language == "fr" and project.title and project.author
    (persona,) = sample.personas()
    assert persona.name and persona.quote and persona.goals and persona.frustrations
    assert persona.age is not None and persona.colour.startswith("#")
    journey = sample.journeys()[0]
    assert journey.persona_id == persona.id and journey.state == "current"
    assert journey.context and journey.goal
    assert 6 <= len(sample.stages(journey.id)) <= 7
    kinds = Counter(lane.kind for lane in sample.lanes(journey.id))
    assert set(kinds) == set(LANE_KINDS)
    assert kinds["text"] >= 3  # actions, thoughts, backstage


def test_cards(sample: JourneyDocument) -> None:
    cards = sample.cards(_journey_id(sample))
    assert 50 <= len(cards) <= 70
    assert sum(card.moment_of_truth for card in cards) >= 2
    sentiments = Counter(card.sentiment for card in cards)
    assert sentiments["pain"] and sentiments["gain"]
    lanes = {lane.id: lane.kind for lane in sample.lanes(_journey_id(sample))}
    touchpoints = [c for c in cards if lanes[c.lane_id] == "touchpoints"]
    assert touchpoints and all(card.channel for card in touchpoints)
    ideas = [c for c in cards if lanes[c.lane_id] == "opportunities"]
    assert ideas and all(c.impact and c.effort and c.owner and c.status for c in ideas)
    assert any(c.impact >= 4 and c.effort <= 2 for c in ideas)  # quick wins
    assert any(c.impact >= 4 and c.effort >= 4 for c in ideas)  # major projects


def test_every_stage_has_cards_and_metrics(sample: JourneyDocument) -> None:
    journey_id = _journey_id(sample)
    cards = sample.cards(journey_id)
    for stage in sample.stages(journey_id):
        assert any(card.stage_id == stage.id for card in cards), stage.title
        metrics = sample.metrics(stage.id)
        assert {"CSAT", "CES"} <= {m.name for m in metrics}, stage.title
        assert all(m.value_before is not None and m.value_after is not None for m in metrics)
        assert all(m.target is not None and m.unit for m in metrics)


def test_emotion_curve_has_highs_and_lows(sample: JourneyDocument) -> None:
    (lane,) = [lane for lane in sample.lanes(_journey_id(sample)) if lane.kind == "emotion"]
    points = sample.emotion_points(lane.id)
    assert 10 <= len(points) <= 14
    values = [point.value for point in points]
    assert min(values) <= -3 and max(values) >= 3
    assert all(point.label for point in points)
    assert sum(point.card_id is not None for point in points) >= 5


def test_quotes_are_attached(sample: JourneyDocument) -> None:
    quotes = [e for e in sample.evidence() if e.kind == "quote"]
    assert 8 <= len(quotes) <= 12
    for quote in quotes:
        assert quote.text and quote.speaker and quote.source and len(quote.date) == 10
        assert sample.links(quote.id), quote.text
    targets = Counter(kind for q in quotes for kind, _ in sample.links(q.id))
    assert targets["card"] and targets["emotion_point"] and targets["stage"]
    assert any(len(sample.links(quote.id)) >= 2 for quote in quotes)
    links = [e for e in sample.evidence() if e.kind == "link"]
    assert links and all(e.url.startswith("https://") and sample.links(e.id) for e in links)


def test_french_typography(sample: JourneyDocument) -> None:
    texts = [c.title + c.body for c in sample.cards(_journey_id(sample))]
    assert not any("'" in text for text in texts)  # typographic apostrophe only
    assert not any(" ?" in text or " :" in text or "« " in text for text in texts)


def test_sample_is_not_modified_when_new(sample: JourneyDocument) -> None:
    assert not sample.modified


def test_save_and_reopen_keep_everything(tmp_path: Path) -> None:
    document = JourneyDocument.new("sample", "fr")
    before = _counts(document)
    target = tmp_path / "pret-immobilier.cjm"
    try:
        document.save_as(target)
    finally:
        document.close()
    reopened = JourneyDocument.open(target)
    try:
        assert _counts(reopened) == before
        assert reopened.project().title == "Obtenir un prêt immobilier (exemple)"
        assert len(reopened.cards(_journey_id(reopened))) == before["card"]
    finally:
        reopened.close()


def test_the_storyboard_shows_a_drawing_per_key_moment(sample: JourneyDocument) -> None:
    journey = sample.journeys()[0].id
    images = next(lane for lane in sample.lanes(journey) if lane.kind == "images")
    cards = [card for card in sample.cards(journey) if card.lane_id == images.id]
    assert len(cards) == 5
    for card in cards:
        (photo,) = sample.evidence_for("card", card.id)
        asset = sample.asset(photo.asset_sha256)
        assert photo.kind == "photo" and (asset.width, asset.height) == (1200, 800)
