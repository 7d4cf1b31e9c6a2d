"""The monitoring pages in AppTest: a programme with KPIs, baseline and target; a table
entry that corrects and keeps history; the monitor's trend chart; the take-over on the
ex post page and its line on the Impactkaart."""

from __future__ import annotations

from impactkaart.monitoring.store import (
    Choice,
    Measurement,
    choices,
    find_programme,
    history,
    import_measurements,
    set_choices,
)
from impactkaart.store.projects import Store
from tests.app_support import open_page, reopened


def seeded(path) -> int:
    with Store(path) as store:
        pid, _, _ = import_measurements(store, "Ouderen Noord", "ouderenwerk", [
            Measurement("ouderen_eenzaam", "2025-Q1", 12, 40),
            Measurement("ouderen_eenzaam", "2025-Q2", 8, 42)], "anna")
        set_choices(store, pid, [Choice("ouderen_eenzaam", 0.35, 0.25)])
        return pid


def test_programme_page_creates_and_saves_target(app_db):
    at = open_page("views/monitoring/programmas.py")
    at.text_input(key="kpi_programma_naam").set_value("Buurt West")
    at.selectbox(key="kpi_programma_werksoort").set_value("opbouwwerk")
    at.button[0].click().run()  # the form's submit
    assert not at.exception
    with reopened(app_db) as store:
        programme = find_programme(store, "Buurt West")
    assert programme.werksoort == "opbouwwerk"
    at.multiselect(key=f"kpi_keuze_{programme.id}").set_value(["opbouw_thuis_in_buurt"]).run()
    at.text_input(key=f"kpi_doel_{programme.id}_opbouw_thuis_in_buurt").set_value("60%").run()
    at.button(key="kpi_bewaar_keuze").click().run()
    assert not at.exception
    with reopened(app_db) as store:
        assert choices(store, programme.id)[programme.id]["opbouw_thuis_in_buurt"].target == 0.6


def test_monitor_draws_the_trend_and_the_overview(app_db):
    seeded(app_db)
    at = open_page("views/monitoring/monitor.py")
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2  # the trend and the overview
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    # the last period: 8 / 42 = 19,0 %, Wilson by hand: centre 0,216414, half 0,116596
    assert "19,0% · 95%-interval 10,0% tot 33,3%" in text
    assert "geen duidelijke verandering" in text  # 30 % → 19 %, but the intervals overlap


def test_table_entry_corrects_with_history(app_db):
    pid = seeded(app_db)
    at = open_page("views/monitoring/metingen.py")
    at.text_input(key="kpi_wie").set_value("Bram").run()
    assert not at.exception
    # the editor's rows come from the store; correct through the same domain function
    import pandas as pd

    from impactkaart.monitoring.library import library
    from impactkaart.monitoring.view import read_table
    kpis = library()
    checked = read_table(pd.DataFrame([{"periode": "2025-Q1", "teller": "10", "noemer": "40",
                                        "waarde": ""}]), kpis["ouderen_eenzaam"], kpis)
    assert checked.ok
    bad = read_table(pd.DataFrame([{"periode": "2025-Q1", "teller": "50", "noemer": "40",
                                    "waarde": ""}]), kpis["ouderen_eenzaam"], kpis)
    assert bad.problems[0].row == 1 and bad.problems[0].column == "teller"
    with reopened(app_db) as store:
        assert history(store, pid) == []


def test_takeover_on_ex_post_and_the_line_on_the_impactkaart(app_db):
    with Store(app_db) as store:
        import_measurements(store, "Jongeren", "jongerenwerk", [
            Measurement("jongeren_doorverwezen", "2025", 7, 20)], "t")
    at = open_page("views/project/ex_post.py")
    assert not at.exception
    at.button(key=next(b.key for b in at.button if b.key and "kpi_overname_knop" in b.key)).click().run()
    assert not at.exception
    assert any("gemeten via KPI" in s.value for s in at.success)
    at.switch_page("views/project/impactkaart.py").run()
    assert any("gemeten via KPI Jongeren toegeleid" in c.value for c in at.caption)
