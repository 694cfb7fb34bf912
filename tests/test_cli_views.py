"""`parcours export MAP --view ...`: the analysis views from the command line, as posters and,
for the views that are tables, as CSV and Excel workbooks."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.test_cli import parcours


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("views")
    data = folder / "data"
    made = parcours("new", folder / "sample.cjm", "--template", "sample", data_dir=data)
    assert made.returncode == 0, made.stderr
    return folder / "sample.cjm", data


def test_the_plan_as_a_workbook_and_the_inventory_as_csv(
    sample: tuple[Path, Path], tmp_path: Path
) -> None:
    path, data = sample
    plan = tmp_path / "plan.xlsx"
    done = parcours("export", path, "--view", "plan", "-o", plan, data_dir=data)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(plan).active
    assert [c.value for c in sheet[1]][:2] == ["N°", "Opportunité"] and sheet.max_row > 1
    inventory = tmp_path / "inventory.csv"
    done = parcours("export", path, "--view", "inventory", "-o", inventory, data_dir=data)
    assert done.returncode == 0, done.stderr
    assert inventory.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_matrix_as_a_pdf_and_not_as_a_table(sample: tuple[Path, Path], tmp_path: Path) -> None:
    path, data = sample
    pdf = tmp_path / "matrix.pdf"
    done = parcours("export", path, "--view", "matrix", "-o", pdf, data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Gains rapides" in PdfReader(pdf).pages[0].extract_text()
    refused = parcours("export", path, "--view", "matrix", "-o", tmp_path / "m.xlsx", data_dir=data)
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "XLSX is for the views that are tables" in lines[0]
    assert "Traceback" not in refused.stderr and not (tmp_path / "m.xlsx").exists()
