"""The fuzz suite in CI: a few hundred seeded mutants of the sample map through `parcours
check`, `info` and every export, in this process (tests/fuzz_maps.py says what must hold).

The seeds are fixed, so a failure here is reproducible: `python -m bench.fuzz --seed N
--count 1 --keep DIR` rebuilds mutant N and runs it alone. bench/fuzz.py runs thousands.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.fuzz_maps import Mutant, make_mutant, run_mutant, sample_map

MUTANTS = 210
BATCHES = 5  # pytest reports each batch of consecutive seeds; a failure names its mutant


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("sample")
        patch.setenv("PARCOURS_DATA_DIR", str(folder / "data"))
        return sample_map(folder)


@pytest.mark.slow
@pytest.mark.parametrize("batch", range(BATCHES))
def test_mutants_of_the_sample_map(base: bytes, batch: int, tmp_path: Path) -> None:
    outputs = tmp_path / "posters"
    outputs.mkdir()
    opened: Counter[str] = Counter()
    size = MUTANTS // BATCHES
    for seed in range(batch * size, (batch + 1) * size):
        mutant = make_mutant(base, seed, tmp_path / "mutants")
        if run_mutant(mutant, outputs).opened:
            opened[mutant.kind] += 1
    # each batch exercises both sides: maps refused, and maps that open with a planted harm
    assert 0 < sum(opened.values()) < size
    assert "picture" in opened


def test_the_unharmed_sample_map_passes(base: bytes, tmp_path: Path) -> None:
    path = tmp_path / "mutant-x" / "map.cjm"
    path.parent.mkdir()
    path.write_bytes(base)
    outputs = tmp_path / "posters"
    outputs.mkdir()
    assert run_mutant(Mutant(-1, "none", "the sample itself", path), outputs).opened
    assert {p.name for p in outputs.iterdir()} == {
        "poster.pdf", "tiled.pdf", "poster.png", "poster.svg", "map.json"
    }  # fmt: skip
