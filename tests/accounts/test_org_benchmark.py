"""The benchmark across organisations as pure functions (impactkaart.accounts.benchmark):
the >= 5 rule, the percentiles against values worked out by hand, opt-in, and that
nothing returned belongs to one organisation. The SQL side is in
tests/store/test_org_benchmark_store.py (both engines)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from impactkaart.accounts.benchmark import (
    RESULT_COLUMNS,
    factor_distributions,
    kpi_distributions,
    organisation_factors,
)
from impactkaart.monitoring.benchmark import MIN_ORGANISATIONS, distribution, enough


def figures(values, opted_in=None, kpi="eenzaamheid_60plus", period="2025-Q1", first_id=1):
    n = len(values)
    return pd.DataFrame({"kpi": [kpi] * n, "period": [period] * n,
                         "organisation_id": list(range(first_id, first_id + n)),
                         "opted_in": [True] * n if opted_in is None else opted_in,
                         "figure": [float(v) for v in values]})


def test_the_rule_is_the_monitoring_benchmarks_rule():
    assert MIN_ORGANISATIONS == 5
    assert not enough(4) and enough(5)


def test_four_organisations_give_nothing_five_give_a_distribution():
    assert kpi_distributions(figures([1, 2, 3, 4])).empty
    result = kpi_distributions(figures([1, 2, 3, 4, 5]))
    assert len(result) == 1
    assert result.loc[0, "organisations"] == 5


def test_percentiles_worked_out_by_hand():
    # Five values 1..5: position (n - 1) · p = 4p; p10 → 0,4 → 1 + 0,4 · (2 - 1) = 1,4.
    row = kpi_distributions(figures([5, 1, 4, 2, 3])).iloc[0]
    assert [row[c] for c in ("p10", "p25", "p50", "p75", "p90")] == pytest.approx(
        [1.4, 2.0, 3.0, 4.0, 4.6])
    # Six values 2, 4, 4, 5, 7, 9: position 5p. p10 → 0,5 → 3; p25 → 1,25 → 4; p50 → 2,5 → 4,5;
    # p75 → 3,75 → 5 + 0,75 · 2 = 6,5; p90 → 4,5 → 7 + 0,5 · 2 = 8.
    row = kpi_distributions(figures([9, 4, 2, 7, 4, 5])).iloc[0]
    assert [row[c] for c in ("p10", "p25", "p50", "p75", "p90")] == pytest.approx(
        [3.0, 4.0, 4.5, 6.5, 8.0])
    # The quartiles are the imported benchmark's (one method for both).
    assert [row["p25"], row["p50"], row["p75"]] == pytest.approx(distribution([9, 4, 2, 7, 4, 5]))


def test_an_organisation_that_did_not_opt_in_is_not_counted():
    five_and_one_out = figures([1, 2, 3, 4, 5, 1000], opted_in=[True] * 5 + [False])
    row = kpi_distributions(five_and_one_out).iloc[0]
    assert row["organisations"] == 5 and row["p90"] == pytest.approx(4.6)
    four_and_one_out = figures([1, 2, 3, 4, 1000], opted_in=[True] * 4 + [False])
    assert kpi_distributions(four_and_one_out).empty


def test_each_organisation_counts_once():
    # Organisation 1 has three programmes: one figure (their median, 2), not three.
    frame = pd.concat([figures([1, 2, 3, 4]), figures([2, 9], first_id=1),
                       figures([7], first_id=9)], ignore_index=True)
    frame.loc[4:5, "organisation_id"] = 1
    row = kpi_distributions(frame).iloc[0]
    assert row["organisations"] == 5
    # Organisation 1: median of 1, 2, 9 = 2; the five figures 2, 2, 3, 4, 7.
    assert row["p50"] == pytest.approx(3.0)
    assert row["p25"] == pytest.approx(2.0)


def test_own_position_is_the_own_figure_only():
    frame = figures([1, 2, 3, 4, 5, 10], opted_in=[True] * 5 + [False])
    row = kpi_distributions(frame, own_organisation=6).iloc[0]
    assert row["own"] == 10 and row["place"] == "above"  # its own figure, not counted
    row = kpi_distributions(frame, own_organisation=3).iloc[0]
    assert row["own"] == 3 and row["place"] == "middle"
    row = kpi_distributions(frame, own_organisation=None).iloc[0]
    assert np.isnan(row["own"]) and row["place"] is None


def test_nothing_returned_can_be_traced_to_one_organisation():
    rng = np.random.default_rng(3)
    values = rng.uniform(0.1, 0.9, size=7)
    frame = figures(values)
    result = kpi_distributions(frame)
    assert list(result.columns) == ["kpi", "period", *RESULT_COLUMNS]  # no id, no name
    # Neither the lowest nor the highest figure is returned (they are one organisation's).
    shown = result.loc[0, ["p10", "p25", "p50", "p75", "p90"]].to_numpy(dtype=float)
    assert values.min() < shown.min() and shown.max() < values.max()
    # Which organisation has which figure does not change the answer.
    for seed in range(5):
        shuffled = frame.assign(organisation_id=np.random.default_rng(seed).permutation(
            frame["organisation_id"].to_numpy()) + 100)
        pd.testing.assert_frame_equal(kpi_distributions(shuffled), result)


def test_groups_are_judged_apart():
    frame = pd.concat([figures([1, 2, 3, 4, 5], period="2025-Q1"),
                       figures([1, 2, 3, 4], period="2025-Q2")], ignore_index=True)
    result = kpi_distributions(frame)
    assert list(result["period"]) == ["2025-Q1"]


def test_factor_per_organisation_is_its_median_project():
    projects = pd.DataFrame({
        "organisation_id": [1, 1, 2, 2, 3, 4, 5, 6],
        "opted_in": [True] * 8,
        "project_type": ["jongerenwerk"] * 7 + ["schuldhulp"],
        "rendementsfactor": [1.0, 3.0, 2.5, np.nan, 1.5, 4.0, 0.5, 9.0],
    })
    per_org = organisation_factors(projects)
    jongeren = per_org.loc[per_org["project_type"] == "jongerenwerk"].set_index("organisation_id")
    assert jongeren["figure"].to_dict() == {1: 2.0, 2: 2.5, 3: 1.5, 4: 4.0, 5: 0.5}
    result = factor_distributions(projects, own_organisation=1)
    assert list(result["project_type"]) == ["jongerenwerk"]  # schuldhulp: one organisation
    row = result.iloc[0]
    # 0,5 1,5 2 2,5 4: p10 = 0,5 + 0,4 · 1 = 0,9; p90 = 2,5 + 0,6 · 1,5 = 3,4.
    assert [row[c] for c in ("p10", "p25", "p50", "p75", "p90")] == pytest.approx(
        [0.9, 1.5, 2.0, 2.5, 3.4])
    assert row["own"] == 2.0 and row["place"] == "middle"
