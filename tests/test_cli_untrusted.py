"""`parcours check`, `info` and `export` on maps made by hand to hurt: each is refused or
handled with one sentence per problem, no traceback, no metadata leaked into a poster, and
nothing written beside the map but the poster asked for."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile_maps import (
    HOSTILE_PICTURES,
    insert_picture,
    map_with_photos,
    plant_cards,
    show_picture,
    sql,
)
from tests.model.test_pictures import SECRET
from tests.test_cli import parcours


def pictures(path: Path) -> None:
    evidence = map_with_photos(path, ["Clean", "gps", "garbage", "bomb"])
    for name in ("gps", "garbage", "bomb"):
        data, media_type, width, height = HOSTILE_PICTURES[name]
        show_picture(path, evidence[name], insert_picture(path, data, media_type, width, height))


def control_characters(path: Path) -> None:
    map_with_photos(path, ["Clean"])
    sql(path, "UPDATE journey SET title = ?", parameters=("Parcours\x1b[2J\x07\x00",))


def too_many_cards(path: Path) -> None:
    map_with_photos(path, ["Clean"])
    plant_cards(path, 20_001)


def symlinked_lock(path: Path) -> None:
    map_with_photos(path, ["Clean"])
    path.with_name(f".{path.name}.lock").symlink_to(path.parent / "victim.txt")


def foreign_lock(path: Path) -> None:
    map_with_photos(path, ["Clean"])
    lock = path.with_name(f".{path.name}.lock")
    lock.write_text(json.dumps({"host": "atelier-pc", "pid": 1, "user": "lea"}))


def wal_sidecar(path: Path) -> None:
    map_with_photos(path, ["Clean"])
    path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))


# builder, expected exit status of check, a phrase of its one sentence on stderr
MAPS: dict[str, tuple[Callable[[Path], None], int, str]] = {
    "pictures": (pictures, 0, "was left out"),
    "control characters": (control_characters, 1, "invisible control characters"),
    "too many cards": (too_many_cards, 1, "more than 20,000 cards"),
    "symlinked lock": (symlinked_lock, 0, ""),
    "foreign lock": (foreign_lock, 0, ""),
    "wal sidecar": (wal_sidecar, 1, "“map.cjm-wal” beside it holds changes"),
}


def listing(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "link"
        for p in folder.iterdir()
    }


@pytest.mark.parametrize("case", sorted(MAPS))
def test_hostile_maps_on_the_command_line(case: str, tmp_path: Path, data_dir: Path) -> None:
    build, status, phrase = MAPS[case]
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "map.cjm"
    build(path)
    before = listing(folder)
    checked = parcours("check", path, data_dir=data_dir)
    assert checked.returncode == status, checked.stderr
    assert "Traceback" not in checked.stderr
    lines = checked.stderr.splitlines()
    if status:
        assert len(lines) == 1 and phrase in lines[0], lines
    elif phrase:
        assert len(lines) == 3 and all(phrase in line for line in lines), lines  # one a picture
    else:
        assert lines == []
    info = parcours("info", path, "--json", data_dir=data_dir)
    assert info.returncode == status and "Traceback" not in info.stderr
    outputs = tmp_path / "posters"
    outputs.mkdir()
    for fmt, extra in (("pdf", ()), ("svg", ()), ("png", ("--dpi", "72"))):
        out = outputs / f"poster.{fmt}"
        exported = parcours("export", path, "-o", out, "--paper", "A3", *extra, data_dir=data_dir)
        assert exported.returncode == status, exported.stderr
        assert "Traceback" not in exported.stderr
        if status == 0:
            data = out.read_bytes()
            assert SECRET not in data and b"GPSInfo" not in data and b"Exif" not in data
    assert listing(folder) == before  # the map, its lock, its sidecars: all as they were
    assert not (folder / "victim.txt").exists()
    working = data_dir / "working"
    assert not working.exists() or not any(working.iterdir())
    assert sorted(p.name for p in outputs.iterdir()) == (
        [] if status else ["poster.pdf", "poster.png", "poster.svg"]
    )


def test_a_map_is_not_written_as_json_with_an_unchecked_picture(
    tmp_path: Path, data_dir: Path
) -> None:
    """The JSON and the picture files beside it leave the map: they carry no unchecked byte."""
    path = tmp_path / "map.cjm"
    pictures(path)
    out = tmp_path / "out"
    out.mkdir()
    for extra in ((), ("--pictures-dir", str(out / "pictures"))):
        exported = parcours("export", path, "-o", out / "map.json", *extra, data_dir=data_dir)
        assert exported.returncode == 1 and "Traceback" not in exported.stderr
        lines = exported.stderr.splitlines()
        assert (
            len(lines) == 1
            and "failed the check every stored picture passes before it leaves a map" in lines[0]
        )
        assert "remove it from the map first" in lines[0]
        assert list(out.iterdir()) == []
    clean = tmp_path / "clean.cjm"
    map_with_photos(clean, ["Clean"])
    exported = parcours("export", clean, "-o", out / "clean.json", data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
