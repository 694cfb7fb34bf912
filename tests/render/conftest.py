"""Documents for the poster tests: the sample map, and a small map that uses every feature."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from app.model import JourneyDocument
from app.model.schema import CHANNELS
from app.model.snapshot import JourneySnapshot, journey_snapshot

MAGENTA = "#e01ee0"  # card colours no theme uses, to find those cards in rasters
CYAN = "#1ec8e0"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No working copy of a test lands in the user's home."""
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(tmp_path / "data"))


def photo(width: int = 640, height: int = 480, alpha: bool = False, seed: int = 0) -> bytes:
    """A picture with a little structure, JPEG or (with alpha) PNG."""
    image = Image.new("RGBA" if alpha else "RGB", (width, height), (40 + seed * 30, 120, 170, 255))
    draw = ImageDraw.Draw(image)
    for i in range(0, width, 40):
        draw.rectangle(
            [i, 0, i + 18, height], fill=(230, 200 - seed * 20, 90, 160 if alpha else 255)
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG" if alpha else "JPEG", quality=85)
    return buffer.getvalue()


def build_rich(document: JourneyDocument) -> dict[str, str]:
    """Every lane kind, sentiment, mark, channel and kind of evidence, in a few cards."""
    journey = document.journeys()[0]
    jid = journey.id
    stages = [s.id for s in document.stages(jid)]
    lanes = {lane.title: lane for lane in document.lanes(jid)}
    kinds = {lane.kind: lane.id for lane in lanes.values()}
    document.add_lane(jid, "images", "Éléments illustratifs")
    kinds["images"] = document.lanes(jid)[-1].id
    ids: dict[str, str] = {}
    ids["magenta"] = document.add_card(
        kinds["text"],
        stages[0],
        "Carte magenta à repérer",
        body="Elle sert au test de position.",
        colour=MAGENTA,
    ).first_added
    ids["cyan"] = document.add_card(
        kinds["text"], stages[-1], "Carte cyan à repérer", colour=CYAN
    ).first_added
    ids["long"] = document.add_card(
        kinds["text"],
        stages[1],
        "Un titre très long qui doit se couper sur plusieurs lignes",
        body=" ".join(["Œuvre, façon, élève, à côté, « guillemets », 25\u202f000\u00a0€…"] * 12),
    ).first_added
    channels = [channel for channel in CHANNELS if channel]
    for index, channel in enumerate(channels):
        document.add_card(
            kinds["touchpoints"],
            stages[index % len(stages)],
            f"Point de contact {channel}",
            channel=channel,
            direct=index % 2 == 0,
            physical=index % 3 == 0,
            touchpoint_state="future" if index % 4 == 0 else "current",
        )
    ids["pain"] = document.add_card(
        kinds["pains_gains"],
        stages[2],
        "Attente interminable",
        sentiment="pain",
        moment_of_truth=True,
    ).first_added
    document.add_card(kinds["pains_gains"], stages[3], "Conseillère disponible", sentiment="gain")
    document.add_card(
        kinds["opportunities"],
        stages[2],
        "Rappel sous 24 h",
        impact=5,
        effort=2,
        owner="Agences",
        status="planned",
    )
    document.add_card(
        kinds["opportunities"], stages[4], "Refonte du parcours", impact=4, effort=5, status="idea"
    )
    document.add_card(kinds["metrics"], stages[0], "Note de contexte sur l’indicateur")
    for index, stage in enumerate(stages):
        document.add_metric(
            stage,
            "NPS",
            value_before=10 + index,
            value_after=14 + index * 2,
            target=30,
            unit="points",
        )
    values = [2, -1, 3, -4, -5, 4, 1, 5]
    for index, value in enumerate(values):
        document.add_emotion_point(
            kinds["emotion"],
            stages[index % len(stages)],
            value,
            offset=0.25 if index < 7 else 0.75,
            label=f"Moment {index} où l’émotion vaut {value}",
            card_id=ids["pain"] if index == 3 else None,
        )
    ids["photo"] = document.add_photo(
        photo(), "vitrine.jpg", title="La vitrine de l’agence"
    ).first_added
    ids["photo2"] = document.add_photo(photo(400, 400, alpha=True, seed=1), "logo.png").first_added
    image_card = document.add_card(kinds["images"], stages[1], "Photo d’agence").first_added
    document.attach_evidence(ids["photo"], "card", image_card)
    document.attach_evidence(ids["photo"], "card", ids["pain"])  # the same photo, twice
    document.attach_evidence(ids["photo2"], "card", image_card)
    quote = document.add_evidence(
        "quote", text="J’ai attendu trois semaines.", speaker="Camille", source="Entretien 4"
    ).first_added
    document.attach_evidence(quote, "card", ids["pain"])
    stage_quote = document.add_evidence("quote", text="Tout était clair dès le début.").first_added
    document.attach_evidence(stage_quote, "stage", stages[0])
    persona = document.add_persona(
        "Camille Renaud",
        role="Cheffe de projet",
        age=34,
        quote="Je veux savoir où j’en suis.",
        goals="Acheter avant la rentrée\nGarder une épargne",
        frustrations="Le jargon",
        photo_sha256=document.store_picture(_picture(photo(300, 400, seed=2))),
    ).first_added
    document.set_persona(jid, persona)
    document.update_journey(
        jid, context="Un couple achète son premier appartement.", goal="Obtenir un prêt à temps."
    )
    return ids


def _picture(data: bytes):
    from app.model.pictures import prepare_picture

    return prepare_picture(data)


@pytest.fixture
def rich() -> Iterator[tuple[JourneyDocument, dict[str, str]]]:
    document = JourneyDocument.new("purchase", "fr")
    ids = build_rich(document)
    yield document, ids
    document.close()


@pytest.fixture
def rich_snapshot(rich: tuple[JourneyDocument, dict[str, str]]) -> JourneySnapshot:
    document, _ = rich
    return journey_snapshot(document, document.journeys()[0].id)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JourneyDocument]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        document = JourneyDocument.new("sample", "fr")
        yield document
        document.close()
