"""The largest map the stated limits allow (app/model/limits.py), to measure what it costs.

    python -m bench.largest OUT.cjm [--seed N] [--force]

Every count at its limit at once, in the shape that costs the most: the first journey has
as many stages and lanes as a journey may, and holds the cards, emotion points, metrics and
the connections between its cards (the other journeys share the rest of the map's stages
and lanes); the text of the map fills its limit (the cards' bodies fill what the other rows
leave), and the pictures fill the file up to its size limit (500 photos of about 470 KB,
2400 x 1600, as intake stores them). Rows are written with sqlite3 straight into a new file
of the current format, the way another program could (the verbs would take hours); the file
passes every check of `parcours check`. The pictures are the workshop map's 101 photos
re-encoded, then varied by one quantisation step each (different bytes, still clean JPEGs).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sqlite3
import sys
import uuid
from pathlib import Path

from app.model.fileformat import create_file, written_characters
from app.model.limits import LIMIT_OF, MAX_FILE_BYTES, MAX_TEXT_CHARS, PER_JOURNEY
from app.model.schema import CHANNELS, SENTIMENTS

from .generate import OUT_DIR, log, workshop_map_path

LARGEST_MAP = OUT_DIR / "largest.cjm"
STAMP = "2026-01-01T00:00:00+00:00"
PICTURE_QUALITY = 76  # about 470 KB for the workshop's 2400 x 1600 photos
_WORDS = (
    "client", "agence", "conseiller", "simulateur", "crédit", "dossier", "rendez-vous", "attente",
    "appel", "signature", "offre", "taux", "assurance", "justificatif", "banque", "application",
    "notification", "courriel", "visite", "question", "doute", "confiance", "délai", "relance",
    "accord", "prêt", "maison", "notaire",
)  # fmt: skip


PER_JOURNEY_OF = {limit.table: limit for limit in PER_JOURNEY}


def most(table: str) -> int:
    return LIMIT_OF[table].most


def _id() -> str:
    return str(uuid.uuid4())


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length]


def _insert(db: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    if rows:
        names = list(rows[0])
        marks = ", ".join("?" * len(names))
        query = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
        db.executemany(query, [tuple(row[n] for n in names) for row in rows])


def _row(**fields: object) -> dict[str, object]:
    return {"id": _id(), "created_at": STAMP, "updated_at": STAMP, **fields}


def _pictures(count: int) -> list[tuple[str, int, int, bytes, bytes]]:
    """`count` distinct clean JPEGs (key, width, height, data, thumbnail)."""
    from PIL import Image

    source = sqlite3.connect(workshop_map_path())
    bases = source.execute(
        "SELECT data, thumbnail FROM asset WHERE width = 2400 ORDER BY sha256"
    ).fetchall()
    source.close()
    found = []
    for number in range(count):
        data, thumbnail = bases[number % len(bases)]
        if number < len(bases):
            with Image.open(io.BytesIO(data)) as image:
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=PICTURE_QUALITY)
                bases[number] = (buffer.getvalue(), thumbnail)
            data = bases[number][0]
        else:
            data = _varied(data, number // len(bases))
        found.append((hashlib.sha256(data).hexdigest(), 2400, 1600, data, thumbnail))
    return found


def _varied(data: bytes, step: int) -> bytes:
    """The same JPEG with its last quantisation value raised by `step` (new bytes, valid)."""
    varied = bytearray(data)
    table = varied.index(b"\xff\xdb")
    last = table + int.from_bytes(varied[table + 2 : table + 4], "big") + 1
    varied[last] = min(255, varied[last] + step)
    return bytes(varied)


def generate_largest_map(path: Path, seed: int = 0) -> Path:
    rng = random.Random(seed)
    path = Path(path).absolute()
    scratch = path.with_name(f".{path.name}.generating")
    scratch.unlink(missing_ok=True)
    create_file(scratch)
    db = sqlite3.connect(scratch)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    personas = [
        _row(
            position=n,
            name=f"Persona {n}",
            role="Client",
            age=30 + n % 40,
            quote="",
            goals=_text(rng, 200),
            frustrations="",
            motivations="",
            channels="",
            colour="",
            photo_sha256=None,
        )
        for n in range(most("persona"))
    ]
    journeys = [
        _row(
            position=n,
            title=f"Parcours {n}",
            context="",
            goal="",
            state="current",
            persona_id=personas[n % len(personas)]["id"],
        )
        for n in range(most("journey"))
    ]
    # the first journey at the limits of a journey; the others share what the map allows
    per_stage, per_lane = (PER_JOURNEY_OF[t].most for t in ("stage", "lane"))
    others = len(journeys) - 1
    other_stages = (most("stage") - per_stage) // others
    other_lanes = (most("lane") - per_lane) // others
    stages, lanes = [], []
    for number, journey in enumerate(journeys):
        count = per_stage if number == 0 else other_stages
        stages += [
            _row(
                journey_id=journey["id"],
                position=n,
                title=_text(rng, 30),
                description=_text(rng, 120) if number == 0 else "",
                colour="",
                width=1 + n % 2,
            )
            for n in range(count)
        ]
        count = per_lane if number == 0 else other_lanes
        emotions = max(1, count // 20)  # a few emotion lanes, the others hold cards
        lanes += [
            _row(
                journey_id=journey["id"],
                position=n,
                kind="emotion"
                if n < emotions
                else ("text", "touchpoints", "pains_gains", "opportunities")[n % 4],
                title=_text(rng, 25),
                colour="",
                height=1,
                hidden=0,
                blueprint_role="",
            )
            for n in range(count)
        ]
    main_lanes = [x for x in lanes if x["journey_id"] == journeys[0]["id"]]
    main_stages = [s for s in stages if s["journey_id"] == journeys[0]["id"]]
    card_lanes = [x for x in main_lanes if x["kind"] != "emotion"]
    emotion = [x for x in main_lanes if x["kind"] == "emotion"]
    cards = []
    for n in range(most("card")):
        title = _text(rng, 60)
        cards.append(
            _row(
                lane_id=rng.choice(card_lanes)["id"],
                stage_id=rng.choice(main_stages)["id"],
                position=n % 1000,
                title=title,
                body="",  # filled below, once the other rows' text is counted
                colour="",
                channel=rng.choice(CHANNELS),
                direct=1,
                physical=0,
                touchpoint_state="current",
                owner="",
                sentiment=rng.choice(SENTIMENTS),
                moment_of_truth=int(n % 25 == 0),
                impact=None,
                effort=None,
                status="",
                key_touchpoint=0,
                effort_kind="",
                magic_moment=0,
                due_date="",
            )
        )
    points = [
        _row(
            lane_id=rng.choice(emotion)["id"],
            stage_id=rng.choice(main_stages)["id"],
            offset=rng.random(),
            value=rng.uniform(-5, 5),
            label=_text(rng, 20),
            card_id=None,
        )
        for _ in range(most("emotion_point"))
    ]
    metrics = [
        _row(
            stage_id=main_stages[n % len(main_stages)]["id"],
            position=n // len(main_stages),
            name="NPS",
            value_before=rng.uniform(-50, 50),
            value_after=None,
            target=30.0,
            unit="",
            kind="nps",
            source="",
            measured_before="",
            measured_after="",
            inputs="",
        )
        for n in range(most("metric"))
    ]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < most("connection"):  # arrows between cards, each pair once
        start = rng.randrange(len(cards))
        pairs.add((start, (start + rng.randrange(1, 40)) % len(cards)))
    connections = [
        _row(from_card_id=cards[a]["id"], to_card_id=cards[b]["id"]) for a, b in sorted(pairs)
    ]
    log("pictures: re-encoding and varying the workshop's photos")
    room = MAX_FILE_BYTES - 24 * 2**20  # rows, indexes and thumbnails take about 20 MB
    pictures = _pictures(most("asset"))
    while sum(len(p[3]) + len(p[4]) for p in pictures) > room:
        pictures.pop()
    photos = [
        _row(
            position=n,
            kind="photo",
            text="",
            speaker="",
            source="",
            date="",
            url="",
            title=f"Photo {n}",
            asset_sha256=key,
        )
        for n, (key, *_rest) in enumerate(pictures)
    ]
    quotes = [
        _row(
            position=len(photos) + n,
            kind="quote",
            text=_text(rng, 60),
            speaker="Client",
            source="Entretien",
            date="2026-03-01",
            url="",
            title="",
            asset_sha256=None,
        )
        for n in range(most("evidence") - len(photos))
    ]
    evidence = photos + quotes
    targets = [("card_id", c["id"]) for c in cards] + [("stage_id", s["id"]) for s in main_stages]
    targets += [("emotion_point_id", p["id"]) for p in points]
    links = []
    for n in range(most("evidence_link")):
        kind, target = rng.choice(targets)
        link = _row(evidence_id=evidence[n % len(evidence)]["id"], position=n // len(evidence))
        link.update(
            dict.fromkeys(("card_id", "emotion_point_id", "stage_id", "persona_id", "journey_id"))
        )
        link[kind] = target
        links.append(link)
    with db:
        _insert(
            db, "project", [_row(title="La plus grande carte", author="", language="fr", notes="")]
        )
        db.executemany(
            "INSERT INTO asset (sha256, media_type, width, height, created_at, data, thumbnail) "
            "VALUES (?, 'image/jpeg', ?, ?, ?, ?, ?)",
            [(key, w, h, STAMP, data, thumb) for key, w, h, data, thumb in pictures],
        )
        for n, persona in enumerate(personas[:10]):
            persona["photo_sha256"] = pictures[n][0]
        for table, rows in (
            ("persona", personas),
            ("journey", journeys),
            ("stage", stages),
            ("lane", lanes),
            ("card", cards),
            ("emotion_point", points),
            ("metric", metrics),
            ("evidence", evidence),
            ("evidence_link", links),
            ("connection", connections),
        ):
            _insert(db, table, rows)
        left = MAX_TEXT_CHARS - written_characters(db) - 1000
        per_card = left // len(cards)
        db.executemany(
            "UPDATE card SET body = ? WHERE id = ?",
            [(_text(rng, per_card), card["id"]) for card in cards],
        )
    log(f"text: {written_characters(db):,} characters, cards' bodies {per_card} each")
    db.execute("VACUUM")
    db.close()
    scratch.replace(path)
    log(f"wrote {path} ({path.stat().st_size / 2**20:.1f} MiB, {len(pictures)} pictures)")
    return path


def largest_map_path(force: bool = False) -> Path:
    if force or not LARGEST_MAP.exists():
        generate_largest_map(LARGEST_MAP)
    return LARGEST_MAP


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.largest", description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=LARGEST_MAP)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--force", action="store_true")
    options = parser.parse_args(argv)
    if options.out.exists() and not options.force:
        print(f"{options.out} exists; use --force to replace it", file=sys.stderr)
        return 1
    generate_largest_map(options.out, options.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
