"""What looking for sync tools' conflict copies costs when a map opens (app/model/sync_copies.py).

`python -m bench.bench_sync_copies`: the name matching in a folder of 10,000 files (a busy
synced folder), then the whole look (listing, matching, reading the history of the one copy
whose name matches) beside the workshop map, against opening that map.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from app.model import JourneyDocument
from app.model.merge_report import element_changes
from app.model.sync_copies import conflict_copies, named_copies

from .generate import workshop_map_path


def best(run, times: int = 5) -> float:  # type: ignore[no-untyped-def]
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return min(spent)


def main() -> None:
    source = workshop_map_path()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        carte = root / "carte.cjm"
        shutil.copyfile(source, carte)
        for n in range(10_000):
            (root / f"photo-{n:05}.jpg").write_bytes(b"")
        spent = best(lambda: named_copies(carte))
        print(f"names of 10,000 files matched: {spent * 1000:.1f} ms")
        copy = root / "carte (Copie en conflit de Jean 2026-11-30).cjm"
        shutil.copyfile(carte, copy)
        theirs = JourneyDocument.open(copy)
        theirs.update_card(theirs.cards(theirs.journeys()[0].id)[0].id, title="Jean")
        theirs.save()
        theirs.close()
        start = time.perf_counter()
        document = JourneyDocument.open(carte)
        opened = time.perf_counter() - start
        try:
            mine = document.lineage()
            found: list[object] = []
            spent = best(lambda: found.append(conflict_copies(carte, mine)))
            assert found and len(found[-1]) == 1  # type: ignore[arg-type]
            print(
                f"whole look, one matching copy of the workshop map, beside 10,000 files: "
                f"{spent * 1000:.1f} ms (opening the map itself: {opened * 1000:.0f} ms)"
            )
            base = document.state()
            theirs_state = {t: dict(rows) for t, rows in base.items()}
            for key in list(theirs_state["card"])[:200]:  # 200 cards retitled on their side
                theirs_state["card"][key] = {**theirs_state["card"][key], "title": "Jean"}
            spent = best(lambda: element_changes(base, base, theirs_state, theirs_state))
            rows = sum(len(r) for r in base.values())
            print(f"what came from where, {rows:,} rows, 200 changed: {spent * 1000:.1f} ms")
        finally:
            document.close()


if __name__ == "__main__":
    main()
