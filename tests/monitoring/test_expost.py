"""The take-over of an effect's ex post quantity from a KPI, and "gemeten via KPI"."""

from __future__ import annotations

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.monitoring import expost, trends
from impactkaart.monitoring.library import library
from impactkaart.monitoring.store import Measurement, import_measurements, measurement_rows
from impactkaart.store.projects import Store

KPIS = library()


@pytest.fixture
def setup(tmp_path):
    with Store(tmp_path / "e.duckdb") as store:
        import_measurements(store, "Jongeren Oost", "jongerenwerk", [
            Measurement("jongeren_doorverwezen", "2025-Q1", 7, 20),
            Measurement("jongeren_doorverwezen", "2025-Q2", 5, 18),
            Measurement("jongeren_bereik", "2025-Q1", None, None, 140),
            Measurement("mw_zrm_gemiddeld", "2025", None, None, 3.2)], "t")
        frame = trends.measurement_frame(measurement_rows(store), KPIS)
        pid = store.save_project(demo_projects()[0])
        yield store, pid, frame


def test_the_sum_of_numerators_becomes_the_quantity_and_is_saved(setup):
    store, pid, frame = setup
    project = store.load_project(pid)
    series = trends.series_of(frame, "Jongeren Oost", "jongeren_doorverwezen")
    shown = expost.preview(project, 0, "Jongeren Oost", KPIS["jongeren_doorverwezen"], series,
                           ["2025-Q1", "2025-Q2"], "total", store.reference)
    assert shown.new == 12  # 7 + 5
    assert store.load_project(pid) == project  # a preview saves nothing
    store.save_project(shown.candidate, pid)
    again = store.load_project(pid)
    assert again.effects[0].quantity_ex_post == 12
    [line] = expost.measured_via_text(again, KPIS, "nl")
    assert line == (f"{project.effects[0].outcome}: gemeten via KPI Jongeren toegeleid naar hulp "
                    "of opleiding (Jongeren Oost, 2025-Q1–2025-Q2)")
    assert "measured via KPI Young people referred" in expost.measured_via_text(again, KPIS, "en")[0]
    # the measured benefits grow by what the engine gives for the new quantity
    assert shown.after.measured.pv_benefits != shown.before.measured.pv_benefits


def test_last_period_counts_and_values(setup):
    store, pid, frame = setup
    series = trends.series_of(frame, "Jongeren Oost", "jongeren_doorverwezen")
    assert expost.quantity(KPIS["jongeren_doorverwezen"], series, ["2025-Q1", "2025-Q2"], "last") == 5
    count = trends.series_of(frame, "Jongeren Oost", "jongeren_bereik")
    assert expost.quantity(KPIS["jongeren_bereik"], count, ["2025-Q1"]) == 140


def test_a_score_and_no_periods_are_refused(setup):
    store, pid, frame = setup
    score = trends.series_of(frame, "Jongeren Oost", "mw_zrm_gemiddeld")
    with pytest.raises(expost.TakeOverError, match="score"):
        expost.quantity(KPIS["mw_zrm_gemiddeld"], score, ["2025"])
    series = trends.series_of(frame, "Jongeren Oost", "jongeren_doorverwezen")
    with pytest.raises(expost.TakeOverError, match="no_periods"):
        expost.quantity(KPIS["jongeren_doorverwezen"], series, [])
    assert ("Jongeren Oost", "mw_zrm_gemiddeld") not in expost.options(frame, KPIS, [], None)


def test_a_number_typed_over_it_is_no_longer_the_kpis(setup):
    from dataclasses import replace

    store, pid, frame = setup
    project = store.load_project(pid)
    series = trends.series_of(frame, "Jongeren Oost", "jongeren_doorverwezen")
    taken = expost.with_kpi(project, 0, "Jongeren Oost", KPIS["jongeren_doorverwezen"], series,
                            ["2025-Q1"])
    typed = replace(taken, effects=(replace(taken.effects[0], quantity_ex_post=99.0),
                                    *taken.effects[1:]))
    assert expost.measured_via_text(typed, KPIS) == []
