"""The `parcours` command as a user runs it: real processes, no display, one line per error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.templates import template_names
from tests.conftest import env_without_display


def parcours(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**env_without_display(), "PARCOURS_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("template", template_names())
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_new_info_check_on_every_template(
    template: str, lang: str, tmp_path: Path, data_dir: Path
) -> None:
    target = tmp_path / f"{template}-{lang}.cjm"
    created = parcours("new", target, "--template", template, "--lang", lang, data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    checked = parcours("check", target, data_dir=data_dir)
    assert (checked.returncode, checked.stdout.strip()) == (
        0,
        f"{target.name}: a valid Parcours map.",
    )
    info = parcours("info", target, "--json", data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert set(data) == {
        "file", "format", "project", "personas", "journeys", "counts", "conflict_copies"
    }  # fmt: skip
    assert data["file"] == target.name and data["format"] == 5
    journey = data["journeys"][0]
    assert set(journey) == {
        "id",
        "title",
        "state",
        "persona",
        "stages",
        "lanes",
        "cards",
        "emotion_points",
        "statistics",
        "metrics",
        "connections",
        "duplicated_from",
    }
    assert journey["stages"] and journey["lanes"]
    assert set(journey["statistics"]) == {
        "pains", "gains", "moments_of_truth", "evidence_coverage", "opportunities", "stages",
        "highs_and_lows",
    }  # fmt: skip
    assert len(journey["statistics"]["stages"]) == len(journey["stages"])
    assert set(data["counts"]) == {
        "personas", "journeys", "stages", "lanes", "cards", "emotion_points", "evidence",
        "assets", "metrics", "connections",
    }  # fmt: skip
    expected_language = "fr" if template == "sample" else lang
    assert data["project"]["language"] == expected_language
    text = parcours("info", target, data_dir=data_dir)
    assert text.returncode == 0 and journey["title"] in text.stdout
    assert not (data_dir / "working").exists() or not any((data_dir / "working").iterdir())


def test_french_template_speaks_french(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "cgap.cjm"
    parcours("new", target, "--template", "cgap", "--lang", "fr", data_dir=data_dir)
    data = json.loads(parcours("info", target, "--json", data_dir=data_dir).stdout)
    assert data["journeys"][0]["stages"][0] == "Prise de conscience du besoin"
    assert [lane["kind"] for lane in data["journeys"][0]["lanes"]] == [
        "touchpoints",
        "text",
        "emotion",
        "pains_gains",
    ]


def test_templates_lists_every_template(data_dir: Path) -> None:
    listing = parcours("templates", data_dir=data_dir)
    assert listing.returncode == 0
    for name in template_names():
        assert name in listing.stdout


def test_new_refuses_to_overwrite(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "exists.cjm"
    target.write_bytes(b"precious")
    result = parcours("new", target, data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == "parcours: exists.cjm already exists; use --force to replace it.\n"
    assert target.read_bytes() == b"precious"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"hello, this is not a map" * 100, "not an SQLite database"),
    ],
)
def test_bad_files_get_one_line_and_a_non_zero_exit(
    content: bytes, message: str, tmp_path: Path, data_dir: Path
) -> None:
    target = tmp_path / "bad.cjm"
    target.write_bytes(content)
    for command in ("check", "info"):
        result = parcours(command, target, data_dir=data_dir)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert (
            result.stderr.startswith("parcours: bad.cjm cannot be opened:")
            and message in result.stderr
        )
    assert target.read_bytes() == content


def test_missing_file_and_unknown_template(tmp_path: Path, data_dir: Path) -> None:
    missing = parcours("info", tmp_path / "nowhere.cjm", data_dir=data_dir)
    assert missing.returncode == 1
    assert missing.stderr == "parcours: nowhere.cjm cannot be opened: the file does not exist.\n"
    unknown = parcours("new", tmp_path / "x.cjm", "--template", "kanban", data_dir=data_dir)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr


def test_the_editor_without_a_display_says_so(data_dir: Path) -> None:
    result = parcours("--sample", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == (
        "parcours: the editor needs a display; without one, use parcours info, check or export.\n"
    )


def test_info_json_gives_each_metric_before_after_and_target(
    tmp_path: Path, data_dir: Path
) -> None:
    target = tmp_path / "pret.cjm"
    parcours("new", target, "--template", "sample", data_dir=data_dir)
    data = json.loads(parcours("info", target, "--json", data_dir=data_dir).stdout)
    journey = data["journeys"][0]
    assert len(journey["metrics"]) == data["counts"]["metrics"] == 19
    nps = next(m for m in journey["metrics"] if m["kind"] == "nps")
    assert nps == {
        "stage": "Rencontrer la conseillère",
        "name": "NPS",
        "kind": "nps",
        "before": 18.0,
        "after": 32.0,
        "change": 14.0,
        "target": 35.0,
        "unit": "points",
        "source": "Enquête à chaud après rendez-vous",
        "measured": {"before": "2024-03-29", "after": "2024-10-31"},
        "counts": {
            "before": {"detractors": 48, "passives": 68, "promoters": 84},
            "after": {"detractors": 36, "passives": 64, "promoters": 100},
        },
    }
    assert journey["connections"] == data["counts"]["connections"] == 7
