"""`parcours export` to CSV, XLSX and JSON, `parcours import` and `parcours new --from`, as a
user runs them: real processes, no display, one sentence per error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import parcours


@pytest.fixture
def sample(tmp_path: Path, data_dir: Path) -> Path:
    target = tmp_path / "pret.cjm"
    assert parcours("new", target, "--template", "sample", data_dir=data_dir).returncode == 0
    return target


def test_json_then_new_from_gives_the_same_map_and_posters(
    sample: Path, tmp_path: Path, data_dir: Path
) -> None:
    out = parcours("export", sample, "-o", tmp_path / "pret.json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    copy = tmp_path / "copie" / "pret.cjm"
    copy.parent.mkdir()
    made = parcours("new", copy, "--from", tmp_path / "pret.json", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    infos = [parcours("info", m, "--json", data_dir=data_dir).stdout for m in (sample, copy)]
    assert json.loads(infos[0]) == json.loads(infos[1])
    from PIL import Image

    posters = []  # the pixels: an export's files carry the time they were made
    for source in (sample, copy):
        png = source.with_suffix(".png")
        args = ("--paper", "A3", "--dpi", "72")
        assert parcours("export", source, "-o", png, *args, data_dir=data_dir).returncode == 0
        with Image.open(png) as image:
            posters.append(image.convert("RGB").tobytes())
    assert posters[0] == posters[1]
    again = parcours("new", copy, "--from", tmp_path / "pret.json", data_dir=data_dir)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "parcours new: pret.json cannot be turned into a map: pret.cjm already exists; "
        "use --force to replace it."
    )


def test_pictures_dir(sample: Path, tmp_path: Path, data_dir: Path) -> None:
    out = parcours(
        "export", sample, "-o", tmp_path / "m.json", "--pictures-dir", tmp_path / "img",
        data_dir=data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "picture files in" in out.stdout and any((tmp_path / "img").iterdir())
    outside = parcours(
        "export", sample, "-o", tmp_path / "m.json", "--pictures-dir", tmp_path.parent / "x",
        data_dir=data_dir,
    )  # fmt: skip
    assert outside.returncode == 1 and "must be inside the folder" in outside.stderr


def test_spreadsheets_out(sample: Path, tmp_path: Path, data_dir: Path) -> None:
    csv_out = parcours(
        "export", sample, "-o", tmp_path / "tp.csv", "--table", "touchpoints",
        "--delimiter", ";", data_dir=data_dir,
    )  # fmt: skip
    assert csv_out.returncode == 0, csv_out.stderr
    assert (tmp_path / "tp.csv").read_bytes().startswith(b"\xef\xbb\xbfParcours;")
    xlsx = parcours("export", sample, "-o", tmp_path / "all.xlsx", data_dir=data_dir)
    assert xlsx.returncode == 0 and "rows of evidence" in xlsx.stdout
    two = parcours(
        "export", sample, "-o", tmp_path / "x.csv", "--table", "cards,metrics", data_dir=data_dir
    )
    assert (two.returncode, two.stderr.strip()) == (
        1,
        "parcours export: A CSV file holds one table; name one with --table, or use .xlsx.",
    )
    wrong = parcours("export", sample, "-o", tmp_path / "x.csv", "--table", "x", data_dir=data_dir)
    assert wrong.returncode == 1 and "There is no table “x”" in wrong.stderr


def test_import_reports_creates_and_saves(sample: Path, tmp_path: Path, data_dir: Path) -> None:
    blank = tmp_path / "vide.cjm"
    parcours("new", blank, "--lang", "fr", data_dir=data_dir)
    source = tmp_path / "inventaire.csv"
    source.write_text(
        "Étape;Point de contact;Canal;Impact\nAchat;Agence;Magasin;\nAchat;Site;Web;\n"
        "Usage;Appli;Téléphone portable;\n",
        "utf-8",
    )
    dry = parcours("import", blank, source, "--dry-run", data_dir=data_dir)
    assert dry.returncode == 3, dry.stderr
    assert "2 cards to add" in dry.stdout and "Dry run" in dry.stdout
    assert "Row 4: Canal cannot be “Téléphone portable”" in dry.stdout
    assert "New stages: “Achat”" in dry.stdout and "“Usage”" not in dry.stdout
    info = json.loads(parcours("info", blank, "--json", data_dir=data_dir).stdout)
    assert info["counts"]["cards"] == 0
    strict = parcours("import", blank, source, "--strict", data_dir=data_dir)
    assert strict.returncode == 3 and "Nothing was imported" in strict.stdout
    done = parcours("import", blank, source, data_dir=data_dir)
    assert done.returncode == 3 and "Imported into vide.cjm." in done.stdout
    info = json.loads(parcours("info", blank, "--json", data_dir=data_dir).stdout)
    assert info["counts"]["cards"] == 2
    assert "Achat" in info["journeys"][0]["stages"]
    lanes = [lane["kind"] for lane in info["journeys"][0]["lanes"]]
    assert lanes.count("touchpoints") == 1  # into the touchpoints lane the map had


def test_import_refuses_a_bad_file_in_one_sentence(sample: Path, tmp_path: Path, data_dir: Path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    out = parcours("import", sample, fake, data_dir=data_dir)
    assert (out.returncode, out.stderr.strip()) == (
        1,
        "parcours import: fake.xlsx cannot be imported: it is not an XLSX workbook "
        "(it is not even a ZIP archive).",
    )
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"kind": "parcours-map", "format": 1, "tables": ' + "[" * 5000 + "]" * 5000 + "}"
    )
    made = parcours("new", tmp_path / "x.cjm", "--from", bad, data_dir=data_dir)
    assert made.returncode == 1 and made.stderr.count("\n") == 1
    assert not (tmp_path / "x.cjm").exists()
