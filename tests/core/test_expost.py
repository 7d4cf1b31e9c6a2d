"""Ex ante against ex post, through the engine."""

from __future__ import annotations

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import with_measurements
from impactkaart.charts.expost import expost_chart, expost_data
from impactkaart.core.engine import compute
from impactkaart.core.expost import compare


def test_unmeasured_effects_count_as_zero_and_measured_ones_scale_linearly():
    project = demo_projects()[0]
    # Measure only effect 0, at half its expected quantity. Every factor of the
    # net value is linear in the quantity, so its measured PV is half the expected.
    values = [None] * len(project.effects)
    values[0] = project.effects[0].quantity / 2
    comparison = compare(with_measurements(project, values))
    first = comparison.effects.iloc[0]
    assert first["pv_measured"] == pytest.approx(first["pv_expected"] / 2, rel=1e-12)
    assert (comparison.effects["pv_measured"].iloc[1:] == 0).all()
    assert comparison.unmeasured == len(project.effects) - 1
    assert comparison.measured.pv_benefits == pytest.approx(first["pv_measured"], rel=1e-12)


def test_totals_are_the_engines():
    project = demo_projects()[1]
    measured = with_measurements(project, [e.quantity * 0.8 for e in project.effects])
    comparison = compare(measured)
    totals = comparison.totals().set_index("measure")
    assert totals.loc["rendementsfactor", "expected"] == compute(measured).rendementsfactor
    assert totals.loc["rendementsfactor", "measured"] == compute(
        measured, measured=True
    ).rendementsfactor
    assert comparison.effects["pv_expected"].sum() == pytest.approx(
        compute(measured).pv_benefits, rel=1e-12
    )


def test_chart_has_two_bars_per_effect_and_marks_unmeasured():
    project = demo_projects()[0]
    data = expost_data(compare(project))
    assert len(data) == 2 * len(project.effects)
    assert data.loc[data["side"] == "gemeten (ex post)", "amount_text"].str.contains(
        "niet gemeten (telt als € 0)", regex=False
    ).all()
    spec = expost_chart(data).to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","


def test_chart_words_follow_the_language():
    project = demo_projects()[0]
    data = expost_data(compare(project), "en")
    assert set(data["side"]) == {"expected (ex ante)", "measured (ex post)"}
    assert (data.loc[data["side"] == "measured (ex post)", "amount_text"]
            == "not measured (counts as € 0)").all()
    assert data["label"].iloc[0] == f"1. {project.effects[0].outcome}"
    spec = expost_chart(data, "en").to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == "."
    assert spec["layer"][0]["encoding"]["x"]["title"] == "Benefits, present value (€)"
