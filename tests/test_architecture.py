"""Imports go ui -> render -> model only, and start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"


def imported_modules(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (APP / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update((path.name, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level:
                    parts = path.relative_to(APP.parent).with_suffix("").parts[: -node.level]
                    module = ".".join((*parts, module)) if module else ".".join(parts)
                found.add((path.name, module))
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("model", ("PySide6", "app.render", "app.ui")),
        ("render", ("PySide6.QtWidgets", "app.ui")),
    ],
)
def test_import_direction(package: str, forbidden: tuple[str, ...]) -> None:
    wrong = sorted(
        f"{name} imports {module}"
        for name, module in imported_modules(package)
        if any(module == f or module.startswith(f + ".") for f in forbidden)
    )
    assert wrong == []


def test_model_and_render_load_no_qt_at_run_time() -> None:
    code = (
        "import sys, app.model, app.cli, app.render\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_app_package_imports_nothing() -> None:
    code = "import sys, app; assert not [m for m in sys.modules if m.startswith('app.')]"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_editor_never_touches_the_session() -> None:
    """The UI reads read models and writes through verbs (the import contracts in
    pyproject.toml forbid SQLAlchemy and the ORM schema; this forbids the session itself)."""
    found = []
    for path in (APP / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("session", "_engine"):
                found.append(f"{path.relative_to(APP)}:{node.lineno} .{node.attr}")
    assert found == []
