"""The method's indicators, computed the way it defines them, from the answers kept with them.

DOMAIN.md: NPS is the share of promoters (9-10) minus the share of detractors (0-6) of all
answers on the 0-10 scale, passives (7-8) counting in the total; CSAT is, on a 1-5 scale, the
share of 4 and 5 answers (or, as some teams prefer, the mean answer); CES is the mean effort
answer on its own scale (1-5 or 1-7, higher meaning easier, as the sample map reads it);
conversion is the share of those who went on. A metric keeps the counts its values came from
(`Metric.inputs`, JSON), so that a value can be checked, explained and computed again; typing a
value by hand drops the counts of that phase (the two never disagree).

The inputs come from a file that may come from anyone: `parse_inputs` accepts only the shape
written by `dump_inputs`, and answers `None` for anything else (the file is then refused).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .errors import InvalidEditError
from .schema import MAX_INPUTS, METRIC_KINDS

PHASES = ("before", "after")
CSAT_METHODS = ("share", "mean")
CES_SCALES = (5, 7)
MAX_COUNT = 100_000_000  # answers of one kind in one phase

Counts = Mapping[str, int]


@dataclass(frozen=True)
class MetricInputs:
    """The counts behind a metric's values, by phase, and how they are read."""

    before: Mapping[str, int] | None = None
    after: Mapping[str, int] | None = None
    method: str = "share"  # CSAT: share of 4-5 answers (%) or mean answer
    scale: int = 7  # CES: 1-5 or 1-7

    def phase(self, phase: str) -> Mapping[str, int] | None:
        return self.before if phase == "before" else self.after

    def with_phase(self, phase: str, counts: Mapping[str, int] | None) -> MetricInputs:
        kept = None if counts is None else dict(counts)
        return replace(self, before=kept) if phase == "before" else replace(self, after=kept)

    @property
    def empty(self) -> bool:
        return self.before is None and self.after is None


def keys(kind: str, inputs: MetricInputs | None = None) -> tuple[str, ...]:
    """The counts a kind of metric is computed from, in the order people give them."""
    if kind == "nps":
        return ("promoters", "passives", "detractors")
    if kind == "csat":
        return ("1", "2", "3", "4", "5")
    if kind == "ces":
        scale = inputs.scale if inputs is not None else 7
        return tuple(str(n) for n in range(1, scale + 1))
    if kind == "conversion":
        return ("converted", "total")
    return ()


# -- the formulas ----------------------------------------------------------------------------


def nps(promoters: int, passives: int, detractors: int) -> float | None:
    """% promoters − % detractors, passives counting in the total; None without answers."""
    total = promoters + passives + detractors
    if total <= 0:
        return None
    return round(100.0 * (promoters - detractors) / total, 1)


def nps_groups(answers: Iterable[int]) -> dict[str, int]:
    """Promoters (9-10), passives (7-8) and detractors (0-6) among 0-10 answers."""
    groups = {"promoters": 0, "passives": 0, "detractors": 0}
    for answer in answers:
        if not 0 <= answer <= 10:
            raise InvalidEditError("nps_answer", answer=str(answer))
        group = "promoters" if answer >= 9 else "passives" if answer >= 7 else "detractors"
        groups[group] += 1
    return groups


def distribution(answers: Iterable[int], low: int, high: int) -> dict[str, int]:
    """How many answers gave each score from `low` to `high`."""
    counts = {str(score): 0 for score in range(low, high + 1)}
    for answer in answers:
        if str(answer) not in counts:
            raise InvalidEditError("answer_range", low=str(low), high=str(high))
        counts[str(answer)] += 1
    return counts


def csat(counts: Counts, method: str = "share") -> float | None:
    """Share of 4 and 5 answers on a 1-5 scale, in % (or the mean answer)."""
    total = sum(counts.get(str(n), 0) for n in range(1, 6))
    if total <= 0:
        return None
    if method == "mean":
        return round(sum(n * counts.get(str(n), 0) for n in range(1, 6)) / total, 1)
    return round(100.0 * (counts.get("4", 0) + counts.get("5", 0)) / total, 1)


def ces(counts: Counts, scale: int = 7) -> float | None:
    """The mean answer on the effort scale (1 to `scale`)."""
    total = sum(counts.get(str(n), 0) for n in range(1, scale + 1))
    if total <= 0:
        return None
    return round(sum(n * counts.get(str(n), 0) for n in range(1, scale + 1)) / total, 1)


def conversion(converted: int, total: int) -> float | None:
    """Those who went on, in % of those who started."""
    if total <= 0:
        return None
    return round(100.0 * converted / total, 1)


def compute(kind: str, inputs: MetricInputs, phase: str) -> float | None:
    """The value of one phase from its counts (None when it has none, or none to count)."""
    counts = inputs.phase(phase)
    if counts is None:
        return None
    if kind == "nps":
        return nps(counts["promoters"], counts["passives"], counts["detractors"])
    if kind == "csat":
        return csat(counts, inputs.method)
    if kind == "ces":
        return ces(counts, inputs.scale)
    if kind == "conversion":
        return conversion(counts["converted"], counts["total"])
    return None


def answered(kind: str, counts: Counts) -> int:
    """How many people answered (for conversion: how many started)."""
    if kind == "conversion":
        return counts.get("total", 0)
    return sum(counts.values())


def default_unit(kind: str, inputs: MetricInputs | None = None) -> str:
    """The unit a kind of metric is written with."""
    if kind == "csat":
        return "/5" if inputs is not None and inputs.method == "mean" else "%"
    if kind == "ces":
        return f"/{inputs.scale if inputs is not None else 7}"
    if kind == "conversion":
        return "%"
    return ""


def parse_answers(text: str) -> list[int]:
    """Answers typed or pasted as whole numbers separated by spaces, commas, semicolons or
    lines ("9 10 7; 3"); raises InvalidEditError naming what is not a whole number."""
    answers = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        if not part.isdigit():
            raise InvalidEditError("not_an_answer", part=part[:20])
        answers.append(int(part))
    return answers


def counts_from_answers(kind: str, answers: Iterable[int], inputs: MetricInputs) -> dict[str, int]:
    """The counts a metric keeps for these answers."""
    if kind == "nps":
        return nps_groups(answers)
    if kind == "csat":
        return distribution(answers, 1, 5)
    if kind == "ces":
        return distribution(answers, 1, inputs.scale)
    raise InvalidEditError("not_from_answers")


# -- stored form -----------------------------------------------------------------------------


def check_counts(kind: str, inputs: MetricInputs, counts: Mapping[str, object]) -> dict[str, int]:
    """`counts` as the metric keeps them, or InvalidEditError saying what is wrong."""
    wanted = keys(kind, inputs)
    if not wanted:
        raise InvalidEditError("not_computed")
    checked = {}
    for key in wanted:
        value = counts.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise InvalidEditError("count_value")
        checked[key] = value
    if set(counts) - set(wanted):
        raise InvalidEditError("counts_kind")
    if kind == "conversion" and checked["converted"] > checked["total"]:
        raise InvalidEditError("more_converted")
    return checked


def dump_inputs(inputs: MetricInputs) -> str:
    """The JSON kept in `Metric.inputs` ("" when there are no counts)."""
    if inputs.empty:
        return ""
    data: dict[str, object] = {"method": inputs.method, "scale": inputs.scale}
    for phase in PHASES:
        counts = inputs.phase(phase)
        if counts is not None:
            data[phase] = dict(counts)
    text = json.dumps(data, separators=(",", ":"), sort_keys=True)
    if len(text) > MAX_INPUTS:
        raise InvalidEditError("counts_too_long")
    return text


def parse_inputs(kind: str, text: str) -> MetricInputs | None:
    """The inputs kept as `text`, or None if they are not what `dump_inputs` writes for a
    metric of this kind (a file may come from anyone)."""
    if kind not in METRIC_KINDS:
        return None
    if not text:
        return MetricInputs()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or set(data) - {"method", "scale", *PHASES}:
        return None
    method, scale = data.get("method", "share"), data.get("scale", 7)
    if method not in CSAT_METHODS or scale not in CES_SCALES or isinstance(scale, bool):
        return None
    inputs = MetricInputs(method=method, scale=scale)
    for phase in PHASES:
        counts = data.get(phase)
        if counts is None:
            continue
        if not isinstance(counts, dict):
            return None
        try:
            inputs = inputs.with_phase(phase, check_counts(kind, inputs, counts))
        except InvalidEditError:
            return None
    return inputs
