"""Thousands of seeded mutants of the sample map, on demand (CI runs 210: tests/test_fuzz.py).

    python -m bench.fuzz [--count 3000] [--seed 0] [--jobs 2] [--keep DIR]

Each mutant (tests/fuzz_maps.py: bytes flipped, pages shuffled, truncations, values planted
past STRICT and CHECK, hostile pictures) goes through `parcours check`, `info --json` and every
export in a worker process; a traceback, a hang, a crash, a refusal that is not one sentence, a
changed map or a leaked secret is reported with the mutant's seed, and the run exits 1.
`--seed N --count 1 --keep DIR` rebuilds one mutant in DIR to look at it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from tests.fuzz_maps import MisbehaviourError, make_mutant, run_mutant, sample_map

_BASE: bytes = b""
_FOLDER = Path()


def _start(folder: str) -> None:
    global _BASE, _FOLDER
    _FOLDER = Path(folder)
    os.environ["PARCOURS_DATA_DIR"] = str(_FOLDER / f"data-{os.getpid()}")
    _BASE = sample_map(_FOLDER)


def _one(seed: int) -> tuple[int, str, bool | None, str]:
    """(seed, kind, opened, problem): opened is None when the mutant misbehaved."""
    mutant = make_mutant(_BASE, seed, _FOLDER / "mutants")
    outputs = _FOLDER / f"posters-{os.getpid()}"
    outputs.mkdir(exist_ok=True)
    try:
        opened = run_mutant(mutant, outputs).opened
    except MisbehaviourError as error:
        return seed, mutant.kind, None, str(error)
    if not _KEEP:
        for path in mutant.path.parent.iterdir():
            path.unlink()
        mutant.path.parent.rmdir()
    return seed, mutant.kind, opened, ""


_KEEP = False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="keep the mutants in this folder")
    options = parser.parse_args(argv)
    global _KEEP
    _KEEP = options.keep is not None
    folder = options.keep or Path(tempfile.mkdtemp(prefix="parcours-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    sample_map(folder)  # made once, before the workers read it
    seeds = range(options.seed, options.seed + options.count)
    kinds: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    problems = []
    started = time.perf_counter()
    try:
        with ProcessPoolExecutor(options.jobs, initializer=_start, initargs=(str(folder),)) as pool:
            for done, (_seed, kind, ok, problem) in enumerate(pool.map(_one, seeds), 1):
                kinds[kind] += 1
                if ok is None:
                    problems.append(problem)
                    print(problem, file=sys.stderr)
                elif ok:
                    opened[kind] += 1
                if done % 100 == 0:
                    print(f"{done} mutants, {len(problems)} problems", file=sys.stderr)
    except BrokenProcessPool:
        problems.append("a worker died (a crash or a hang past the deadline): see its output")
        print(problems[-1], file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"{sum(kinds.values())} mutants in {seconds:.0f} s with {options.jobs} workers")
    for kind in sorted(kinds):
        print(f"  {kind:<11} {kinds[kind]:>5} mutants, {opened[kind]:>5} opened")
    print(f"{len(problems)} problems" + (f"; mutants kept in {folder}" if _KEEP else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
