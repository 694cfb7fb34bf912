"""Seeded mutations of the sample map, and what every command must do with each of them.

A mutant is the sample map with one kind of harm done to its bytes or rows, reproducibly from
its seed: bytes flipped, pages shuffled, the file truncated, values planted past STRICT and
CHECK (out of range, of the wrong type, NULL where none may be, dangling links), or a hostile
picture planted in the asset table. `run_mutant` then runs `parcours check`, `info --json` and
every export (PDF, tiled PDF with a persona sheet, PNG, SVG, the map as JSON, built back with
`new --from`) in this process, and fails on a traceback, a hang, a crash of the interpreter
(the run dies), a refusal that is not one line, a map file or folder changed by reading it, a
JSON that does not build back, or an output that leaks a planted secret.

Used by tests/test_fuzz.py (a few hundred mutants in CI) and bench/fuzz.py (thousands, on
demand). Reproduce one mutant: `python -m bench.fuzz --seed N --count 1 --keep DIR`.
"""

from __future__ import annotations

import base64
import contextlib
import faulthandler
import hashlib
import io
import json
import random
import signal
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.cli import main
from app.model.schema import ENTITIES
from tests.hostile_maps import HOSTILE_PICTURES, clean_jpeg, sha
from tests.model.test_pictures import SECRET, jpeg_with_gps

MUTATIONS = ("flip", "shuffle", "truncate", "value", "wrong type", "null", "picture")
HANG_SECONDS = 30  # one command on a mutant of the sample map takes well under a second


class MisbehaviourError(AssertionError):  # an AssertionError: pytest reports it as a failure
    """A mutant made a command misbehave; the message says which mutant and how."""


@dataclass(frozen=True)
class Mutant:
    seed: int
    kind: str
    detail: str
    path: Path

    def __str__(self) -> str:
        return f"mutant {self.seed} ({self.kind}: {self.detail})"


def sample_map(folder: Path) -> bytes:
    """The bytes of the sample map, as `parcours new --template sample` writes it."""
    path = folder / "sample.cjm"
    if not path.exists():
        with contextlib.redirect_stdout(io.StringIO()):
            main(["new", str(path), "--template", "sample"])
    return path.read_bytes()


def make_mutant(base: bytes, seed: int, folder: Path) -> Mutant:
    """Write mutant `seed` of `base` into its own new folder under `folder`."""
    rng = random.Random(seed)
    kind = MUTATIONS[seed % len(MUTATIONS)]
    place = folder / f"mutant-{seed}"
    place.mkdir(parents=True)
    path = place / "map.cjm"
    path.write_bytes(base)
    try:
        detail = _MUTATE[kind](rng, path)
    except sqlite3.Error as error:  # a mutation that SQLite itself would not make: flip instead
        path.write_bytes(base)
        detail = f"({error}) " + _flip(rng, path)
    return Mutant(seed, kind, detail, path)


# -- byte-level harm ------------------------------------------------------------------------------


def _flip(rng: random.Random, path: Path) -> str:
    """A few flipped bits within one page: nine times in ten a page of the map's structure
    (schema, b-trees, rows), else one of the pictures' overflow pages (more than half of the
    sample's pages, where a flip only damages a picture: the "picture" mutants cover that)."""
    structure = _structure_pages(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    offsets = []
    pages = structure if structure and rng.random() < 0.9 else range(1, len(data) // page + 1)
    start = (rng.choice(pages) - 1) * page
    for _ in range(rng.randint(1, 8)):
        offset = min(len(data) - 1, start + rng.randrange(page))
        data[offset] ^= 1 << rng.randrange(8)
        offsets.append(offset)
    path.write_bytes(bytes(data))
    return f"bytes {offsets}"


def _structure_pages(path: Path) -> list[int]:
    """Pages that are not the overflow of a picture's bytes (SQLite's dbstat table)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            query = "SELECT pageno FROM dbstat WHERE NOT (name = 'asset' AND pagetype = 'overflow')"
            return sorted(row[0] for row in db.execute(query))
    except sqlite3.Error:  # no dbstat in this SQLite: any page
        return []


def _shuffle(rng: random.Random, path: Path) -> str:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    count = len(data) // page
    a, b = rng.randrange(1, count), rng.randrange(1, count)  # page 1 holds the header
    pa, pb = data[a * page : (a + 1) * page], data[b * page : (b + 1) * page]
    swap = rng.random() < 0.5
    data[a * page : (a + 1) * page] = pb
    if swap:
        data[b * page : (b + 1) * page] = pa
    path.write_bytes(bytes(data))
    return f"pages {a + 1} and {b + 1} swapped" if swap else f"page {b + 1} copied over {a + 1}"


def _truncate(rng: random.Random, path: Path) -> str:
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    cut = rng.choice([rng.randrange(len(data)), rng.randrange(1, len(data) // page) * page])
    path.write_bytes(data[:cut])
    return f"cut at {cut} of {len(data)}"


# -- row-level harm, past STRICT and CHECK ------------------------------------------------------

_VALUES: tuple[object, ...] = (
    -1, 0, 6, 100_001, 2**31, 2**63 - 1, -(2**63), 1e308, -1e308, float("inf"), 5.000001, 1e-320,
    "", "x" * 20_001, "é" * 501, "\x00", "\x1b[2J", "\ufffe", "2024-02-31T00:00:00+00:00",
    "'; DROP TABLE card; --", '<svg onload="alert(1)">', "\u202egpj.exe", "#GGGGGG",
    b"\xff\xfe\x00", b"", "00000000-0000-4000-8000-000000000000", "ab",
)  # fmt: skip


def _row(connection: sqlite3.Connection, rng: random.Random) -> tuple[str, str, int] | None:
    """A random (table, column, rowid) of a table that has rows."""
    tables = [t for t in ENTITIES if connection.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()]
    table = rng.choice(tables)
    column = rng.choice([c.name for c in ENTITIES[table].__table__.columns])
    rowids = [r[0] for r in connection.execute(f"SELECT rowid FROM {table}")]
    return table, column, rng.choice(rowids)


@contextlib.contextmanager
def _schema_rewritten(path: Path, table: str, old: str, new: str) -> Iterator[None]:
    """Rewrite `table`'s CREATE statement for the block's edits, then put it back exactly
    (what a hand-crafted file can do: the allow-list then sees the original schema)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        original = connection.execute(
            "SELECT sql FROM sqlite_schema WHERE name = ?", (table,)
        ).fetchone()[0]
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE name = ?", (original.replace(old, new), table)
        )
    finally:
        connection.close()
    try:
        yield
    finally:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (original, table))
        finally:
            connection.close()


def _set(path: Path, table: str, column: str, rowid: int, value: object) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
    finally:
        connection.close()


def _value(rng: random.Random, path: Path) -> str:
    """An out-of-range value, CHECK constraints ignored (SQLite 3.40 does not re-check them)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        table, column, rowid = _row(connection, rng)
    value = rng.choice([v for v in _VALUES if not isinstance(v, bytes)])
    _set(path, table, column, rowid, value)
    return f"{table}.{column} of row {rowid} = {value!r:.40}"


def _wrong_type(rng: random.Random, path: Path) -> str:
    """A value of another storage type, STRICT lifted for the write and put back."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        table, column, rowid = _row(connection, rng)
    value = rng.choice([b"\xff\xfe\x00", b"", "12abc", 3, 2.5, "x"])
    with _schema_rewritten(path, table, "\n STRICT", ""):
        _set(path, table, column, rowid, value)
    return f"{table}.{column} of row {rowid} = {value!r} (STRICT lifted)"


def _null(rng: random.Random, path: Path) -> str:
    """NULL where the schema says NOT NULL (the constraint lifted for the write)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        table, column, rowid = _row(connection, rng)
    with (
        _schema_rewritten(path, table, f"{column} TEXT NOT NULL", f"{column} TEXT"),
        _schema_rewritten(path, table, f"{column} INTEGER NOT NULL", f"{column} INTEGER"),
    ):
        _set(path, table, column, rowid, None)
    return f"{table}.{column} of row {rowid} = NULL"


def _picture(rng: random.Random, path: Path) -> str:
    """A picture that did not come through intake, shown by a photo or as a persona's face."""
    choices = {
        **{name: value[:2] for name, value in HOSTILE_PICTURES.items()},
        "random bytes": (rng.randbytes(rng.randint(1, 5000)), "image/jpeg"),
        "gps thumbnail": (clean_jpeg(), "image/jpeg"),
        "flipped jpeg": (_flipped(rng, clean_jpeg()), "image/jpeg"),
    }
    name = rng.choice(sorted(choices))
    data, media_type = choices[name]
    thumbnail = jpeg_with_gps((60, 40)) if name == "gps thumbnail" else clean_jpeg((60, 40))
    key = sha(data) if rng.random() < 0.8 else sha(data + b"lie")
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(
            "INSERT OR REPLACE INTO asset (sha256, media_type, width, height, created_at, data, "
            "thumbnail) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00+00:00', ?, ?)",
            (key, media_type, rng.choice([1, 240, 2400, 20_000]), 160, data, thumbnail),
        )
        if rng.random() < 0.5:
            connection.execute("UPDATE persona SET photo_sha256 = ?", (key,))
            where = "persona photo"
        else:
            photos = [
                r[0] for r in connection.execute("SELECT id FROM evidence WHERE kind = 'photo'")
            ]
            evidence = rng.choice(photos)
            connection.execute("UPDATE evidence SET asset_sha256 = ? WHERE id = ?", (key, evidence))
            where = f"photo {evidence[:8]}"
    finally:
        connection.close()
    return f"{name} as {where}"


def _flipped(rng: random.Random, data: bytes) -> bytes:
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return bytes(flipped)


_MUTATE: dict[str, Callable[[random.Random, Path], str]] = {
    "flip": _flip,
    "shuffle": _shuffle,
    "truncate": _truncate,
    "value": _value,
    "wrong type": _wrong_type,
    "null": _null,
    "picture": _picture,
}


# -- what every command must do -----------------------------------------------------------------


@dataclass
class Outcome:
    opened: bool  # `check` accepted the map (the exports then ran in full)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


class _HangError(Exception):
    pass


@contextlib.contextmanager
def _deadline(mutant: Mutant, what: str) -> Iterator[None]:
    """A Python-level hang raises here; a hang inside C code is dumped and kills the run."""

    def expired(_signum: int, _frame: object) -> None:
        raise _HangError

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(HANG_SECONDS)
    faulthandler.dump_traceback_later(HANG_SECONDS * 2, exit=True)
    try:
        yield
    except _HangError:
        raise MisbehaviourError(f"{mutant}: `{what}` ran past {HANG_SECONDS} s") from None
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def command(mutant: Mutant, *args: str) -> tuple[int, str, str]:
    """Run `parcours ARGS` in this process; any exception escaping it is a failure."""
    out, err = io.StringIO(), io.StringIO()
    with _deadline(mutant, " ".join(args[:1])):
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(list(args))
        except SystemExit as exit_:
            status = int(exit_.code or 0)
        except MisbehaviourError:
            raise
        except BaseException as error:
            raise MisbehaviourError(f"{mutant}: `parcours {args[0]}` raised {error!r}") from error
    return status, out.getvalue(), err.getvalue()


EXPORTS = (
    ("poster.pdf", ("--paper", "A4")),
    ("tiled.pdf", ("--paper", "A2", "--tile", "A4", "--all", "--persona-sheet", "before")),
    ("poster.png", ("--paper", "A4", "--dpi", "72")),
    ("poster.svg", ("--paper", "A4")),
    ("map.json", ()),  # the whole map, its pictures in base64: only checked ones leave
)


def run_mutant(mutant: Mutant, outputs: Path) -> Outcome:
    """Check, summarise and export `mutant` in this process; raise `MisbehaviourError` on any
    misbehaviour."""
    folder = mutant.path.parent
    before = _fingerprint(folder)
    status, out, err = command(mutant, "check", str(mutant.path))
    _one_line_or_none(mutant, "check", status, err)
    opened = status == 0
    if opened and out != "map.cjm: a valid Parcours map.\n":
        raise MisbehaviourError(f"{mutant}: check printed {out!r:.300}")
    info_status, info, err = command(mutant, "info", str(mutant.path), "--json")
    _one_line_or_none(mutant, "info", info_status, err)
    if info_status != status:
        raise MisbehaviourError(f"{mutant}: check said {status}, info {info_status}")
    if opened:
        json.loads(info)  # the summary scripts read
    for name, options in EXPORTS:
        target = outputs / name
        target.unlink(missing_ok=True)
        status, _, err = command(mutant, "export", str(mutant.path), "-o", str(target), *options)
        if status not in (0, 1):
            raise MisbehaviourError(f"{mutant}: export {name} exited {status}: {err!r:.300}")
        if status == 1 and not err.startswith("parcours export: "):
            raise MisbehaviourError(
                f"{mutant}: export {name} refused without a sentence: {err!r:.300}"
            )
        if status == 0:
            data = target.read_bytes()
            if name.endswith(".json"):  # its pictures are base64: look inside them
                assets = json.loads(data)["tables"]["asset"]
                data += b"".join(
                    base64.b64decode(a[b]) for a in assets for b in ("data", "thumbnail")
                )
            if SECRET in data or b"Parcours Phone" in data:
                raise MisbehaviourError(f"{mutant}: {name} leaks a planted picture's metadata")
        elif target.exists():
            raise MisbehaviourError(f"{mutant}: a refused export left {name} behind")
    if (outputs / "map.json").exists():  # what Parcours wrote, it builds back
        rebuilt = outputs / "rebuilt.cjm"
        status, _, err = command(mutant, "new", str(rebuilt), "--from", str(outputs / "map.json"))
        if status != 0 or not rebuilt.is_file():
            raise MisbehaviourError(f"{mutant}: its JSON does not build back: {err!r:.300}")
        rebuilt.unlink()
    if _fingerprint(folder) != before:
        raise MisbehaviourError(f"{mutant}: reading the map changed its folder")
    return Outcome(opened)


def _one_line_or_none(mutant: Mutant, what: str, status: int, err: str) -> None:
    lines = err.splitlines()
    if status == 1 and not (len(lines) == 1 and lines[0].startswith("parcours")):
        raise MisbehaviourError(f"{mutant}: `{what}` refused without one sentence: {err!r:.300}")
    if status == 0 and any(not line.startswith("parcours: note: ") for line in lines):
        raise MisbehaviourError(f"{mutant}: `{what}` wrote {err!r:.300}")
    if status not in (0, 1):
        raise MisbehaviourError(f"{mutant}: `{what}` exited {status}: {err!r:.300}")
