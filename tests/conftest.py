"""Shared fixtures: every test gets its own data folder, and documents it can compare."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import select

settings.register_profile("ci", deadline=None, print_blob=True)
settings.load_profile("ci")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Working copies go to a per-test folder, never to the user's home."""
    folder = tmp_path / "parcours-data"
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(folder))
    yield folder


def dump(document: Any) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, comparable across a save and a reopen."""
    from app.model.schema import Base

    result = {}
    for table in Base.metadata.sorted_tables:
        rows = document.session.execute(select(table)).mappings()
        key = next(iter(table.primary_key.columns)).name
        result[table.name] = sorted((dict(row) for row in rows), key=lambda row: row[key])
    return result


def env_without_display() -> dict[str, str]:
    """Environment for a subprocess that must work with no display at all."""
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return env
