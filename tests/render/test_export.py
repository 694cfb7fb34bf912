"""`parcours export` as the command line runs it: one clear line per mistake, a non-zero status,
and never a partial poster on disk."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.export import add_export_arguments, run_export
from app.model import JourneyDocument


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("maps")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(folder / "data"))
        document = JourneyDocument.new("sample", "fr")
        document.save_as(folder / "pret.cjm")
        document.close()
    return folder / "pret.cjm"


def run(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser(prog="parcours export")
    add_export_arguments(parser)
    return run_export(parser.parse_args([str(a) for a in argv]))


@pytest.mark.parametrize("suffix", ["pdf", "png", "svg"])
def test_format_from_extension(
    sample_file: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"poster.{suffix}"
    assert run(sample_file, "-o", out, "--paper", "A3", "--dpi", "72") == 0
    assert out.stat().st_size > 10_000
    assert capsys.readouterr().out.startswith("Wrote ")
    assert not list(tmp_path.glob(".*.part"))


def test_options_reach_the_poster(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    assert (
        run(
            sample_file,
            "-o",
            out,
            "--paper",
            "600x400mm",
            "--journey",
            "obtenir un prêt immobilier",
            "--margin",
            "5",
        )
        == 0
    )
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(600 / 25.4 * 72, abs=0.5)
    tiled = tmp_path / "tiles.pdf"
    assert run(sample_file, "-o", tiled, "--paper", "A1", "--tile", "A4", "--overlap", "15") == 0
    assert len(PdfReader(tiled).pages) > 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/x.doc"], "Cannot tell the format"),
        (["-o", "{tmp}/x.pdf", "--paper", "B7"], "Unknown paper"),
        (["-o", "{tmp}/x.pdf", "--journey", "Nope"], "There is no journey “Nope”"),
        (["-o", "{tmp}/x.png", "--dpi", "1200"], "--dpi must be"),
        (["-o", "{tmp}/x.png", "--dpi", "many"], "--dpi needs a number"),
        (["-o", "{tmp}/x.png", "--tile", "A4"], "Tiled printing"),
        (["-o", "{tmp}/x.pdf", "--tile", "A0"], "--tile takes"),
        (["-o", "{tmp}/x.pdf", "--orientation", "diagonal"], "--orientation"),
        (["-o", "{tmp}/x.png", "--all"], "--all puts every journey"),
        (["-o", "{tmp}/x.pdf", "--paper", "A4", "--scale", "9"], "does not fit on A4"),
        (["-o", "{tmp}/missing/x.pdf"], "does not exist"),
        (["-o", "{tmp}/file.txt/x.pdf"], "Cannot write"),
        (["-o", "{tmp}/x.png", "--paper", "A0", "--dpi", "600"], "largest that fits is"),
    ],
)
def test_user_errors_are_one_line(
    sample_file: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "file.txt").write_text("not a folder")

    def files() -> set[Path]:
        return {p for p in tmp_path.rglob("*") if "data" not in p.relative_to(tmp_path).parts}

    before = files()
    status = run(sample_file, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and err.startswith("parcours export: ") and message in err, err
    assert "Traceback" not in err
    assert files() == before  # nothing left behind


def test_a_broken_map_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_bytes(b"not a database at all" * 100)
    assert run(broken, "-o", tmp_path / "x.pdf") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.cjm cannot be opened" in err
    assert not (tmp_path / "x.pdf").exists()


def test_render_exports_without_qt(sample_file: Path, tmp_path: Path) -> None:
    code = (
        "import sys, argparse\n"
        "from app.cli.export import add_export_arguments, run_export\n"
        "p = argparse.ArgumentParser(); add_export_arguments(p)\n"
        f"assert run_export(p.parse_args([{str(sample_file)!r}, '-o', {str(tmp_path / 'q.png')!r},"
        " '--paper', 'A4', '--dpi', '72'])) == 0\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
        "assert not qt, qt\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2]
    )
