"""The good way and the overview, by hand."""

from __future__ import annotations

from impactkaart.monitoring import trends
from impactkaart.monitoring.library import library

KPIS = library()


def rows(programme, kpi, points, target=None):
    return [(programme, kpi, p, n, d, v, target, None, 1) for p, n, d, v in points]


def test_direction_and_overview_agree_by_hand():
    data = (
        # lonely share 40/100 → 20/100: intervals 0,31–0,50 and 0,13–0,29 apart, down is good
        rows("A", "ouderen_eenzaam", [("2025-Q1", 40, 100, None), ("2025-Q2", 20, 100, None)])
        # 3/10 → 2/10: the intervals overlap: no clear change (and a small denominator)
        + rows("A", "jongeren_vsv", [("2025", 3, 10, None), ("2026", 2, 10, None)])
        # a count going down where up is good
        + rows("B", "jongeren_bereik", [("2025", None, None, 120), ("2026", None, None, 90)], 150)
        # one period only
        + rows("B", "mw_zrm_gemiddeld", [("2025", None, None, 3.1)]))
    frame = trends.measurement_frame(sorted(data, key=lambda r: (r[0], r[1], r[2])), KPIS)
    over = trends.overview(frame, KPIS).set_index(["programme", "kpi"])
    expected = {("A", "jongeren_vsv"): "unclear", ("A", "ouderen_eenzaam"): "good",
                ("B", "jongeren_bereik"): "bad", ("B", "mw_zrm_gemiddeld"): "few"}
    assert over["direction"].to_dict() == expected
    for (programme, kpi), way in expected.items():
        assert trends.direction(KPIS[kpi], trends.series_of(frame, programme, kpi)) == way
    assert bool(over.loc[("A", "jongeren_vsv"), "small"]) is True
    assert over.loc[("B", "jongeren_bereik"), "target"] == 150
    assert over.loc[("A", "ouderen_eenzaam"), "last"] == 0.2
