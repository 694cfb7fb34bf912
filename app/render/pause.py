"""Python's cycle collector paused while a poster is built.

A layout makes hundreds of thousands of small objects (ops, items, tuples) and no reference
cycles; while they pile up, the collector runs its full passes again and again over
everything alive, which took 30 % of a first layout at 2,000 cards and 45 % at 20,000. Paused
for the build, it finds them once, later, as it finds any new object.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cycle collector inside the block, if it was enabled (nested blocks and
    callers who disabled it themselves are left as they were)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def without_collector(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run with the cycle collector paused."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return function(*args, **kwargs)

    return paused
