"""The "workshop map": a large, realistic journey map that the benchmarks run on.

    python -m bench.generate OUT.cjm [--cards N] [--seed N] [--force]

It is built only through the document's public verbs (`JourneyDocument.new`, `add_stage`,
`add_card`, `add_photo`, `attach_evidence`, ... and `save_as`), as the editor would build it:
30 stages, 12 lanes (every lane kind, one emotion lane), 2,000 cards, 150 emotion points,
100 photos, 200 quotes, evidence attached to cards, stages and points, metrics on every stage
and a persona. The photos are 3000 x 2000 JPEGs drawn with Pillow (gradient, shapes, noise, so
they compress like photographs), which `add_photo` normalises to 2400 px.

The same seed gives the same content (ids and timestamps differ). Other benchmarks call
`workshop_map_path()`, which generates bench/out/workshop.cjm when it is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from app.model import JourneyDocument
from app.model.fileformat import APPLICATION_ID, FORMAT_VERSION
from app.model.pictures import prepare_picture
from app.model.schema import CHANNELS, LANE_KINDS, OPPORTUNITY_STATUSES

OUT_DIR = Path(__file__).resolve().parent / "out"
WORKSHOP_MAP = OUT_DIR / "workshop.cjm"

STAGES = 30
CARDS = 2_000
EMOTION_POINTS = 150
PHOTOS = 100
QUOTES = 200
PHOTO_SIZE = (3000, 2000)

# (kind, title, share of the cards): 12 lanes, every kind, one emotion lane (no cards).
LANES: tuple[tuple[str, str, float], ...] = (
    ("touchpoints", "Points de contact", 1.3),
    ("text", "Ce que fait le client", 1.2),
    ("text", "Pensées", 1.0),
    ("text", "Questions", 0.8),
    ("emotion", "Ressenti", 0.0),
    ("pains_gains", "Irritants et enchanteurs", 1.3),
    ("opportunities", "Opportunités", 1.1),
    ("images", "Storyboard", 0.5),
    ("touchpoints", "Front-office", 1.0),
    ("text", "Coulisses (backstage)", 0.9),
    ("text", "Processus support", 0.6),
    ("metrics", "Indicateurs", 0.3),
)

STAGE_TITLES = (
    "Prise de conscience du besoin", "Premières recherches", "Bouche-à-oreille",
    "Comparaison des offres", "Simulation en ligne", "Prise de rendez-vous",
    "Premier entretien", "Constitution du dossier", "Envoi des pièces", "Analyse du dossier",
    "Questions complémentaires", "Accord de principe", "Offre de prêt", "Délai de réflexion",
    "Signature", "Déblocage des fonds", "Emménagement", "Premières échéances",
    "Service client", "Modification du contrat", "Réclamation", "Résolution",
    "Remboursement anticipé", "Renégociation", "Recommandation", "Avis en ligne",
    "Nouveau projet", "Fidélisation", "Fin du prêt", "Bilan de la relation",
)  # fmt: skip

FRENCH = (
    "le client", "la banque", "conseiller", "dossier", "prêt", "immobilier", "taux", "crédit",
    "appel", "rendez-vous", "agence", "application", "site", "formulaire", "pièce", "justificatif",
    "délai", "réponse", "attente", "frustration", "clarté", "confiance", "sécurité", "écran",
    "étape", "échéance", "mensualité", "assurance", "notaire", "signature", "électronique",
    "très", "trop", "déjà", "encore", "après", "avant", "pendant", "où", "à", "vérifier",
    "comprendre", "envoyer", "relancer", "télécharger", "créer", "payer", "reçoit", "cherche",
    "hésite", "compare", "s’inquiète", "découvre", "éprouve", "rassuré", "déçu", "perdu",
    "satisfait", "pressé", "inquiet", "simple", "compliqué", "rapide", "lent", "clair",
    "incomplet", "personnalisé", "numérique", "papier", "courrier", "message", "notification",
    "espace client", "tableau", "coût", "frais", "300 €", "garantie", "caution", "projet",
    "famille", "logement", "maison", "appartement", "déménagement", "élève", "collègue", "œuvre",
    "cœur", "ça", "façon", "reçu", "garçon", "première", "deuxième", "fenêtre", "hôtel",
)  # fmt: skip
ENGLISH = (
    "the customer", "bank", "advisor", "file", "loan", "mortgage", "rate", "credit", "call",
    "appointment", "branch", "app", "website", "form", "document", "proof", "delay", "answer",
    "waiting", "frustration", "clarity", "trust", "security", "screen", "step", "payment",
    "monthly", "insurance", "notary", "signature", "online", "very", "too", "already", "still",
    "after", "before", "during", "where", "check", "understand", "send", "follow up",
    "download", "create", "pay", "receives", "looks for", "hesitates", "compares", "worries",
    "discovers", "feels", "reassured", "disappointed", "lost", "satisfied", "rushed", "anxious",
    "simple", "complicated", "fast", "slow", "clear", "incomplete", "personal", "digital",
    "paper", "letter", "message", "notification", "customer area", "dashboard", "cost", "fees",
    "guarantee", "project", "family", "home", "house", "flat", "moving", "colleague", "first",
    "second", "again", "never", "always", "nobody", "explains", "expects", "needs", "wants",
)  # fmt: skip
NAMES = (
    "Camille Durand", "Léa Martin", "Hugo Lefèvre", "Chloé Bernard", "Noémie Dubois",
    "Jérôme Petit", "Amélie Moreau", "François Girard", "Hélène Roux", "Zoé Fournier",
    "Sam Taylor", "Priya Shah", "Tom O’Brien", "Ana García", "Björn Larsson",
)  # fmt: skip
TEAMS = (
    "Agence", "Service client", "Back-office crédit", "Marketing", "Équipe digitale",
    "Conformité", "Direction des risques", "Partenaire notaire", "Product team", "IT",
)  # fmt: skip
COLOURS = ("", "", "", "", "#ffd966", "#f4cccc", "#d9ead3", "#cfe2f3", "#ead1dc", "#fce5cd")
METRICS = (("NPS", "", -100, 100), ("CSAT", "%", 40, 100), ("CES", "/7", 1, 7))
CUSTOM_METRICS = (
    ("Taux d’abandon", "%", 0, 60), ("Délai moyen", "jours", 1, 45),
    ("Appels entrants", "/mois", 50, 5000), ("Time to yes", "days", 1, 30),
)  # fmt: skip


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- text ------------------------------------------------------------------------------------


def words(rng: random.Random, count: int, french: bool) -> str:
    """Exactly `count` words (some vocabulary entries are two words long)."""
    vocabulary = FRENCH if french else ENGLISH
    picked: list[str] = []
    while len(picked) < count:
        picked.extend(rng.choice(vocabulary).split())
    return " ".join(picked[:count])


def title(rng: random.Random, french: bool, low: int = 2, high: int = 8) -> str:
    text = words(rng, rng.randint(low, high), french)
    return text[0].upper() + text[1:]


def sentence_text(rng: random.Random, count: int, french: bool, question: bool = False) -> str:
    """`count` words cut into sentences, with French or English punctuation."""
    parts, left = [], count
    while left > 0:
        size = min(left, rng.randint(4, 14))
        left -= size
        text = words(rng, size, french)
        end = "?" if question else rng.choice(".....!")
        if french and end in "?!":
            end = "\u202f" + end  # narrow no-break space before ? and ! in French
        parts.append(text[0].upper() + text[1:] + end)
    return " ".join(parts)


def body(rng: random.Random, french: bool, question: bool = False) -> str:
    """0 to 40 words, a third of the cards with no body at all."""
    if rng.random() < 0.3:
        return ""
    return sentence_text(rng, rng.randint(1, 40), french, question)


def quote_text(rng: random.Random, french: bool) -> str:
    text = sentence_text(rng, rng.randint(8, 60), french)
    return f"« {text} »" if french else f"“{text}”"


def date(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"


# -- pictures --------------------------------------------------------------------------------


def photo_bytes(rng: random.Random, size: tuple[int, int] = PHOTO_SIZE) -> bytes:
    """A JPEG that compresses like a photograph: gradient, shapes, then grain (quality 92)."""
    from PIL import Image, ImageDraw

    width, height = size
    colour = lambda: tuple(rng.randrange(256) for _ in range(3))  # noqa: E731
    mask = Image.linear_gradient("L")
    if rng.random() < 0.5:
        mask = mask.rotate(90)
    image = Image.composite(
        Image.new("RGB", size, colour()), Image.new("RGB", size, colour()), mask.resize(size)
    )
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(25, 60)):  # post-its, people, tables, marker lines
        x, y = rng.randrange(width), rng.randrange(height)
        box = (x, y, x + rng.randrange(40, 900), y + rng.randrange(40, 700))
        shape = rng.randrange(3)
        if shape == 0:
            draw.rectangle(box, fill=colour())
        elif shape == 1:
            draw.ellipse(box, fill=colour())
        else:
            draw.line(box, fill=colour(), width=rng.randrange(3, 40))
    half = (width // 2, height // 2)
    grain = Image.frombytes("RGB", half, rng.randbytes(half[0] * half[1] * 3))
    grain = grain.resize(size, Image.Resampling.BILINEAR)
    image = Image.blend(image, grain, rng.uniform(0.06, 0.16))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


# -- the map ---------------------------------------------------------------------------------


@contextlib.contextmanager
def scratch_data_dir() -> Iterator[None]:
    """Working copies in a temporary folder unless PARCOURS_DATA_DIR already says where."""
    if os.environ.get("PARCOURS_DATA_DIR"):
        yield
        return
    with tempfile.TemporaryDirectory(prefix="parcours-data-") as folder:
        os.environ["PARCOURS_DATA_DIR"] = folder
        try:
            yield
        finally:
            del os.environ["PARCOURS_DATA_DIR"]


def generate_workshop_map(
    path: Path | str,
    seed: int = 0,
    timings: dict[str, float] | None = None,
    cards: int = CARDS,
) -> Path:
    """Write the workshop map to `path` (replaced whole at the end); return the path.

    `timings`, if given, receives seconds per phase; "drawing photos" is the time spent making
    the input JPEGs with Pillow, which is not the program's own work.
    """
    path = Path(path).absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.stem}.{os.getpid()}.generating{path.suffix}")
    phases: dict[str, float] = {} if timings is None else timings
    started = time.perf_counter()
    with scratch_data_dir():
        document = JourneyDocument.new("blank", "fr")
        try:
            _build(document, random.Random(seed), phases, count=cards)
            mark = time.perf_counter()
            document.save_as(scratch)
            phases["save as"] = time.perf_counter() - mark
        finally:
            document.close()
    scratch.replace(path)
    phases["total"] = time.perf_counter() - started
    log(f"wrote {path} ({path.stat().st_size / 2**20:.1f} MiB) in {phases['total']:.1f} s")
    return path


def _build(
    document: JourneyDocument, rng: random.Random, phases: dict[str, float], count: int = CARDS
) -> None:
    clock = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[name] = phases.get(name, 0.0) + now - clock
        clock = now

    # The blank template's journey makes way for the workshop's own.
    for journey in document.journeys():
        document.delete_journey(journey.id)
    document.update_project(
        title="Atelier parcours client : crédit immobilier",
        author="Équipe expérience client",
        notes=sentence_text(rng, 120, True),
    )
    portrait = prepare_picture(photo_bytes(rng, (900, 1200)), "portrait")
    persona_id = document.add_persona(
        "Camille, primo-accédante",
        role="Infirmière, achète son premier appartement",
        age=34,
        quote=quote_text(rng, True),
        goals=sentence_text(rng, 30, True),
        frustrations=sentence_text(rng, 30, True),
        motivations=sentence_text(rng, 25, True),
        channels="app, site, agence, téléphone",
        photo_sha256=document.store_picture(portrait),
        colour="#cfe2f3",
    ).first_added
    journey_id = document.add_journey(
        "Crédit immobilier : de l’idée aux clés",
        context=sentence_text(rng, 40, True),
        goal="Obtenir un prêt au meilleur taux sans y passer ses soirées.",
        state="current",
        persona_id=persona_id,
    ).first_added

    stage_ids = []
    for number, stage_title in enumerate(STAGE_TITLES[:STAGES]):
        stage_ids.append(
            document.add_stage(
                journey_id,
                stage_title,
                description=body(rng, number % 3 != 0),
                colour=rng.choice(COLOURS),
                width=rng.choice((1, 1, 1, 2)),
            ).first_added
        )
    lanes = []
    for kind, lane_title, share in LANES:
        added = document.add_lane(journey_id, kind, lane_title, colour=rng.choice(COLOURS))
        lanes.append((added.first_added, kind, share))
    assert {kind for _, kind, _ in lanes} == set(LANE_KINDS)
    emotion_lane = next(lane for lane, kind, _ in lanes if kind == "emotion")
    metric_count = 0
    for stage_id in stage_ids:
        chosen = [*METRICS[: rng.randint(1, 3)], rng.choice(CUSTOM_METRICS)]
        for name, unit, low, high in chosen:
            before = round(rng.uniform(low, high), 1)
            document.add_metric(
                stage_id,
                name,
                value_before=before,
                value_after=round(min(high, before + rng.uniform(0, (high - low) / 4)), 1),
                target=round(rng.uniform(before, high), 1),
                unit=unit,
            )
            metric_count += 1
    phase("frame")
    log(f"frame: {len(stage_ids)} stages, {len(lanes)} lanes, {metric_count} metrics")

    card_lanes = [(lane, kind) for lane, kind, share in lanes if share]
    weights = [share for _, _, share in lanes if share]
    cards: list[tuple[str, str, str]] = []  # (card id, lane kind, stage id)
    for number in range(count):
        lane_id, kind = rng.choices(card_lanes, weights)[0]
        stage_id = rng.choice(stage_ids)
        french = rng.random() < 0.65
        fields = _card_fields(rng, kind, french)
        card_id = document.add_card(lane_id, stage_id, title(rng, french), **fields).first_added
        cards.append((card_id, kind, stage_id))
        if (number + 1) % 250 == 0:
            log(f"cards: {number + 1}/{count}")
    phase("cards")

    points = []
    per_stage = EMOTION_POINTS // len(stage_ids)
    extra = EMOTION_POINTS - per_stage * len(stage_ids)
    value = 1.0
    cards_by_stage: dict[str, list[str]] = {}
    for card_id, _, stage_id in cards:
        cards_by_stage.setdefault(stage_id, []).append(card_id)
    for index, stage_id in enumerate(stage_ids):
        count = per_stage + (index < extra)
        for offset in sorted(rng.uniform(0.05, 0.95) for _ in range(count)):
            value = max(-5.0, min(5.0, value + rng.choice((-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5))))
            refers = rng.random() < 0.2 and cards_by_stage.get(stage_id)
            point = document.add_emotion_point(
                emotion_lane,
                stage_id,
                value,
                offset=round(offset, 3),
                label=title(rng, rng.random() < 0.65, 1, 5) if rng.random() < 0.4 else "",
                card_id=rng.choice(refers) if refers else None,
            )
            points.append(point.first_added)
    phase("emotion points")
    log(f"emotion points: {len(points)}")

    storyboard = [card for card, kind, _ in cards if kind == "images"]
    other_cards = [card for card, kind, _ in cards if kind != "images"]
    for number in range(PHOTOS):
        data = photo_bytes(rng)
        phase("drawing photos")
        photo = document.add_photo(
            data,
            f"IMG_{4200 + number}.jpg",
            title=f"Atelier – mur {number // 10 + 1}, photo {number % 10 + 1}",
            text=body(rng, True),
            source="Atelier co-design" if number % 2 else "Observation en agence",
            date=date(rng),
        ).first_added
        phase("add_photo")
        targets = [("card", storyboard[number % len(storyboard)] if storyboard else other_cards[0])]
        if rng.random() < 0.3:
            targets.append(("stage", rng.choice(stage_ids)))
        if rng.random() < 0.2:
            targets.append(("card", rng.choice(other_cards)))
        _attach(document, photo, targets)
        phase("attach evidence")
        if (number + 1) % 10 == 0:
            log(f"photos: {number + 1}/{PHOTOS}")

    for _ in range(QUOTES):
        french = rng.random() < 0.7
        number = rng.randint(1, 24)
        quote = document.add_evidence(
            "quote",
            text=quote_text(rng, french),
            speaker=rng.choice(NAMES),
            source=f"Entretien {number}" if french else f"Interview {number}",
            date=date(rng),
        ).first_added
        targets = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            roll = rng.random()
            if roll < 0.6:
                targets.append(("card", rng.choice(other_cards)))
            elif roll < 0.85:
                targets.append(("emotion_point", rng.choice(points)))
            else:
                targets.append(("stage", rng.choice(stage_ids)))
        _attach(document, quote, targets)
    phase("quotes")
    log(f"quotes: {QUOTES}")


def _card_fields(rng: random.Random, kind: str, french: bool) -> dict[str, object]:
    fields: dict[str, object] = {
        "body": body(rng, french, question=kind == "text" and rng.random() < 0.3),
        "colour": rng.choice(COLOURS),
        "moment_of_truth": rng.random() < 0.04,
    }
    if kind == "touchpoints":
        fields.update(
            channel=rng.choice(CHANNELS[1:]),
            direct=rng.random() < 0.8,
            physical=rng.random() < 0.3,
            touchpoint_state="current" if rng.random() < 0.85 else "future",
            owner=rng.choice(TEAMS),
        )
    elif kind == "pains_gains":
        fields.update(
            sentiment="pain" if rng.random() < 0.6 else "gain",
            moment_of_truth=rng.random() < 0.12,
        )
    elif kind == "opportunities":
        fields.update(
            impact=rng.randint(1, 5),
            effort=rng.randint(1, 5),
            owner=rng.choice(TEAMS),
            status=rng.choice(OPPORTUNITY_STATUSES),
        )
    elif rng.random() < 0.15:
        fields["sentiment"] = rng.choice(("pain", "gain"))
    return fields


def _attach(document: JourneyDocument, evidence_id: str, targets: list[tuple[str, str]]) -> None:
    for target in dict.fromkeys(targets):  # the same target twice would be refused
        document.attach_evidence(evidence_id, *target)


# -- the shared copy -------------------------------------------------------------------------


def _current(path: Path) -> bool:
    """True when `path` is a Parcours file of the current format (else it would be migrated)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and int.from_bytes(header[60:64], "big") == FORMAT_VERSION
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def workshop_map_path(force: bool = False) -> Path:
    """bench/out/workshop.cjm (seed 0), generated when missing or of an older format."""
    if force or not _current(WORKSHOP_MAP):
        log(f"generating the workshop map at {WORKSHOP_MAP} (takes a minute or two)")
        generate_workshop_map(WORKSHOP_MAP, seed=0)
    return WORKSHOP_MAP


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description="Write the workshop map to a .cjm file."
    )
    parser.add_argument("out", type=Path, help="the .cjm file to write")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same content (default 0)")
    parser.add_argument(
        "--cards", type=int, default=CARDS, help=f"cards on the map (default {CARDS:,})"
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.force:
        log(f"{args.out} already exists; pass --force to replace it")
        return 0
    timings: dict[str, float] = {}
    generate_workshop_map(args.out, seed=args.seed, timings=timings, cards=args.cards)
    for name, seconds in timings.items():
        log(f"  {name:<18} {seconds:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
