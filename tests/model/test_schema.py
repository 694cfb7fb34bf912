"""The frozen DDL of the current format and the ORM classes describe the same tables."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine

from app.model.fileformat import FORMAT_VERSION, ddl
from app.model.lineage_tables import HISTORY
from app.model.schema import Base


def columns(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
    return {t: connection.execute(f"PRAGMA table_xinfo({t})").fetchall() for t in sorted(tables)}


def test_frozen_ddl_matches_the_orm() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    HISTORY.create_all(engine)
    orm = columns(engine.raw_connection().driver_connection)
    frozen = sqlite3.connect(":memory:")
    frozen.executescript(ddl(FORMAT_VERSION))
    assert columns(frozen) == orm
    orm_indexes = {ix.name for table in Base.metadata.sorted_tables for ix in table.indexes}
    frozen_indexes = {
        r[0]
        for r in frozen.execute("SELECT name FROM sqlite_schema WHERE type='index'")
        if not r[0].startswith("sqlite_autoindex")
    }
    assert frozen_indexes == orm_indexes
