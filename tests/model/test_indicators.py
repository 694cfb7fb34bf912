"""The method's indicators computed as DOMAIN.md defines them, and the counts kept with them."""

from __future__ import annotations

import json

import pytest

from app.model.errors import InvalidEditError
from app.model.indicators import (
    MetricInputs,
    ces,
    compute,
    conversion,
    counts_from_answers,
    csat,
    default_unit,
    dump_inputs,
    nps,
    nps_groups,
    parse_answers,
    parse_inputs,
)


def test_nps_is_the_share_of_promoters_minus_the_share_of_detractors() -> None:
    """The method's own definition: % promoters (9-10) − % detractors (0-6); passives (7-8)
    count in the total. 200 answers: 90 promoters (45 %), 60 passives, 50 detractors (25 %)."""
    assert nps(90, 60, 50) == 20.0
    assert nps(0, 10, 0) == 0.0  # only passives: neither good nor bad
    assert nps(0, 0, 7) == -100.0
    assert nps(0, 0, 0) is None  # no answers, no score


def test_nps_from_the_answers_on_the_0_to_10_scale() -> None:
    answers = parse_answers("10 9 9 8\n7, 6; 5 0 10 9")
    assert answers == [10, 9, 9, 8, 7, 6, 5, 0, 10, 9]
    groups = nps_groups(answers)
    assert groups == {"promoters": 5, "passives": 2, "detractors": 3}
    assert nps(**groups) == 20.0  # 50 % − 30 %
    with pytest.raises(InvalidEditError):
        nps_groups([11])
    with pytest.raises(InvalidEditError, match=r"“9\.5”"):
        parse_answers("8 9.5")


def test_csat_is_the_share_of_4_and_5_answers_or_the_mean() -> None:
    """On a 1-5 scale: 10 answers, three 5s and three 4s: 60 % satisfied; mean 3.5."""
    counts = counts_from_answers("csat", [5, 5, 5, 4, 4, 4, 3, 2, 2, 1], MetricInputs())
    assert counts == {"1": 1, "2": 2, "3": 1, "4": 3, "5": 3}
    assert csat(counts) == 60.0
    assert csat(counts, "mean") == 3.5
    assert csat({}) is None
    with pytest.raises(InvalidEditError):
        counts_from_answers("csat", [6], MetricInputs())


def test_ces_is_the_mean_on_its_scale_and_conversion_a_share() -> None:
    seven = counts_from_answers("ces", [7, 6, 5, 5, 2], MetricInputs(scale=7))
    assert ces(seven, 7) == 5.0
    assert ces(counts_from_answers("ces", [5, 4, 4], MetricInputs(scale=5)), 5) == 4.3
    with pytest.raises(InvalidEditError):
        counts_from_answers("ces", [7], MetricInputs(scale=5))
    assert conversion(17, 100) == 17.0
    assert conversion(0, 0) is None


def test_units_follow_the_kind_and_the_way_it_is_read() -> None:
    assert default_unit("nps") == ""
    assert default_unit("csat", MetricInputs(method="share")) == "%"
    assert default_unit("csat", MetricInputs(method="mean")) == "/5"
    assert default_unit("ces", MetricInputs(scale=5)) == "/5"
    assert default_unit("conversion") == "%"


def test_inputs_survive_their_stored_form_and_give_the_same_values() -> None:
    inputs = MetricInputs(
        before={"promoters": 90, "passives": 60, "detractors": 50},
        after={"promoters": 120, "passives": 50, "detractors": 30},
    )
    text = dump_inputs(inputs)
    again = parse_inputs("nps", text)
    assert again == inputs
    assert (compute("nps", again, "before"), compute("nps", again, "after")) == (20.0, 45.0)
    assert dump_inputs(MetricInputs()) == ""
    assert parse_inputs("custom", "") == MetricInputs()


@pytest.mark.parametrize(
    "kind, text",
    [
        ("nps", "not json"),
        ("nps", "[1, 2]"),
        ("nps", '{"before": {"promoters": -3, "passives": 0, "detractors": 0}}'),
        ("nps", '{"before": {"promoters": 1.5}}'),
        ("nps", '{"before": {"promoters": true}}'),
        ("nps", '{"before": {"fans": 3}}'),
        ("nps", '{"during": {}}'),
        ("csat", '{"method": "median"}'),
        ("ces", '{"scale": 11}'),
        ("conversion", '{"after": {"converted": 9, "total": 3}}'),
        ("custom", '{"before": {"1": 2}}'),
        ("spaceship", "{}"),
        ("nps", "{" * 5000),
    ],
)
def test_inputs_of_any_other_shape_are_refused(kind: str, text: str) -> None:
    assert parse_inputs(kind, text) is None


def test_a_hand_typed_count_must_be_a_whole_number() -> None:
    good = json.loads(dump_inputs(MetricInputs(before={"converted": 3, "total": 9})))
    assert parse_inputs("conversion", json.dumps(good)) is not None
