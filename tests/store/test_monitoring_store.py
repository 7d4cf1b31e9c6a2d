"""The monitoring store's bulk paths on both engines (tests/store/conftest.py runs every
test on DuckDB and on PostgreSQL): an import in one bulk insert, a re-import that corrects
(history kept), the report and its JSON, and the overview from one grouped query, each
against values worked out by hand and against the row-by-row monitor frame."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import numpy as np
import pandas as pd
import psycopg
import pytest

from impactkaart.monitoring import report, trends
from impactkaart.monitoring.library import library
from impactkaart.monitoring.measurements import read_measurements
from impactkaart.monitoring.store import (
    Choice,
    Measurement,
    ProgrammeImport,
    choices,
    history,
    import_many,
    import_measurements,
    list_programmes,
    measurement_log,
    measurement_rows,
    set_choices,
)
from impactkaart.store.projects import Store

KPIS = library()


def _old_report(store) -> list[dict]:
    """The report as the monitor frame (every row, sorted in SQL) gives it."""
    return trends.report(report.monitor_frame(store))


def _fill(store) -> None:
    lines = ["kpi;periode;teller;noemer;waarde",
             "ouderen_eenzaam;2025-Q1;4;10;", "ouderen_eenzaam;2025-Q2;0;12;",
             "ouderen_eenzaam;2025-Q3;30;100;", "ouderen_bereik;2025;;;120",
             "ouderen_bereik;2026;;;150", "mw_zrm_gemiddeld;2025;;;3,4",
             "jongeren_vsv;2025-03;;;0,25"]
    result = read_measurements("\n".join(lines).encode(), "a.csv", KPIS)
    assert result.ok, result.texts()
    import_measurements(store, 'Buurt "Zuid" é', "ouderenwerk", result.rows, "anna")
    import_measurements(store, "alpha", "ouderenwerk",
                        [Measurement("ouderen_eenzaam", "2024", 5, 20),
                         Measurement("schuld_aanmeldingen", "2024", None, None, 7)], "bob")
    import_measurements(store, "Beta", "ouderenwerk",
                        [Measurement("mw_wachttijd", "2024", None, None, 10.0),
                         Measurement("mw_wachttijd", "2025", None, None, 8.5)], "bob")


def test_an_import_saves_every_row_and_its_kpis_and_a_reimport_corrects(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        rows = [Measurement("ouderen_eenzaam", "2025-Q1", 4, 10),
                Measurement("ouderen_bereik", "2025", None, None, 120)]
        pid, added, corrected = import_measurements(store, "Noord", "ouderenwerk", rows, "anna")
        assert (added, corrected) == (2, 0)
        again = import_measurements(store, "Noord", "ouderenwerk",
                                    [Measurement("ouderen_eenzaam", "2025-Q1", 5, 10),
                                     Measurement("ouderen_bereik", "2025", None, None, 120),
                                     Measurement("ouderen_bereik", "2026", None, None, 90)], "bob")
        assert again == (pid, 1, 1)
        assert [r[:6] for r in measurement_rows(store)] == [
            ("Noord", "ouderen_bereik", "2025", None, None, 120.0),
            ("Noord", "ouderen_bereik", "2026", None, None, 90.0),
            ("Noord", "ouderen_eenzaam", "2025-Q1", 5.0, 10.0, None)]
        old = history(store, pid)
        assert [(h[0], h[1], h[2], h[3], h[5], h[7]) for h in old] == [
            ("ouderen_eenzaam", "2025-Q1", 4.0, 10.0, "anna", "bob")]


def test_many_files_land_in_one_transaction_in_their_order(tmp_path):
    """An existing programme, two new ones, and a new one named by two files (the second
    corrects the first, with history): ids, counts, choices and rows by hand."""
    with Store(tmp_path / "m.duckdb") as store:
        old, _, _ = import_measurements(store, "Oud", "ouderenwerk",
                                        [Measurement("ouderen_eenzaam", "2025", 1, 10)], "anna")
        results = import_many(store, [
            ProgrammeImport("Oud", "ouderenwerk", [Measurement("ouderen_eenzaam", "2025", 2, 10),
                                                   Measurement("ouderen_bereik", "2025", None, None, 7)]),
            ProgrammeImport(" Nieuw A ", "jongerenwerk", [Measurement("jongeren_vsv", "2024", 3, 60)]),
            ProgrammeImport("Twee", "overig", [Measurement("ouderen_bereik", "2024", None, None, 5)]),
            ProgrammeImport("Twee", "jongerenwerk", [Measurement("ouderen_bereik", "2024", None, None, 6),
                                                     Measurement("ouderen_bereik", "2025", None, None, 8)]),
        ], "bob")
        by_name = {p.name: p for p in list_programmes(store)}
        assert set(by_name) == {"Oud", "Nieuw A", "Twee"}
        assert by_name["Twee"].werksoort == "overig"  # the first file of a programme names it
        a, twee = by_name["Nieuw A"].id, by_name["Twee"].id
        assert results == [(old, 1, 1), (a, 1, 0), (twee, 1, 0), (twee, 1, 1)]
        assert {pid: set(c) for pid, c in choices(store).items()} == {
            old: {"ouderen_eenzaam", "ouderen_bereik"}, a: {"jongeren_vsv"}, twee: {"ouderen_bereik"}}
        assert [r[:6] for r in measurement_rows(store)] == [
            ("Nieuw A", "jongeren_vsv", "2024", 3.0, 60.0, None),
            ("Oud", "ouderen_bereik", "2025", None, None, 7.0),
            ("Oud", "ouderen_eenzaam", "2025", 2.0, 10.0, None),
            ("Twee", "ouderen_bereik", "2024", None, None, 6.0),
            ("Twee", "ouderen_bereik", "2025", None, None, 8.0)]
        assert [(h[0], h[1], h[4], h[5], h[7]) for h in history(store, twee)] == [
            ("ouderen_bereik", "2024", 5.0, "bob", "bob")]
        [(*_, by, at)] = measurement_log(store, a)  # the bulk insert's who and when
        assert by == "bob" and isinstance(at, dt.datetime)
        assert abs(at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_many_files_are_all_or_nothing(tmp_path):
    """A failing file (here: a programme name that is too long) saves none of the others."""
    with Store(tmp_path / "m.duckdb") as store:
        import_measurements(store, "Oud", "ouderenwerk", [Measurement("ouderen_eenzaam", "2025", 1, 10)], "a")
        before = measurement_rows(store), list_programmes(store), choices(store)
        with pytest.raises(ValueError):
            import_many(store, [ProgrammeImport("Oud", "ouderenwerk", [Measurement("ouderen_eenzaam", "2026", 1, 10)]),
                                ProgrammeImport("x" * 201, "overig", [Measurement("ouderen_bereik", "2025", None, None, 1)])],
                        "b")
        with pytest.raises((duckdb.Error, psycopg.Error)):  # the key refuses a period twice
            import_many(store, [ProgrammeImport("Nieuw", "overig", [Measurement("ouderen_bereik", "2025", None, None, 1)]),
                                ProgrammeImport("Oud", "ouderenwerk", [Measurement("ouderen_eenzaam", "2026", 1, 10),
                                                                       Measurement("ouderen_eenzaam", "2026", 2, 10)])],
                        "b")
        assert (measurement_rows(store), list_programmes(store), choices(store)) == before


def test_the_report_by_hand_and_as_the_monitor_frame_gives_it(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        _fill(store)
        pid = next(p for p, in store.cursor().execute(
            "SELECT id FROM kpi_programmes WHERE name = 'alpha'").fetchall())
        set_choices(store, pid, [Choice("ouderen_eenzaam", 0.3, 0.2), Choice("schuld_aanmeldingen")])
        rows = report.report_rows(store)
        assert rows == _old_report(store)
        # code point order: "Beta" < 'Buurt "Zuid" é' < "alpha"
        assert [(r["programme"], r["kpi"], r["period"]) for r in rows][:3] == [
            ("Beta", "mw_wachttijd", "2024"), ("Beta", "mw_wachttijd", "2025"),
            ('Buurt "Zuid" é', "jongeren_vsv", "2025-03")]
        four = next(r for r in rows if r["period"] == "2025-Q1")
        # 4 of 10: p = 0,4; centre (0,4 + 0,19208) / 1,38416; half 1,96/1,38416·√(0,024 + 0,009604)
        assert four["value"] == pytest.approx(0.4)
        assert four["low"] == pytest.approx(0.16818, abs=1e-5)
        assert four["high"] == pytest.approx(0.68733, abs=1e-5)
        alpha = [r for r in rows if r["programme"] == "alpha"]
        assert [r["target"] for r in alpha] == [0.2, None]
        assert alpha[1]["value"] == 7.0 and alpha[1]["low"] is None
        share_as_value = next(r for r in rows if r["kpi"] == "jongeren_vsv")
        assert (share_as_value["value"], share_as_value["low"]) == (0.25, None)


def test_the_json_is_what_json_dumps_writes_of_the_rows(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        assert report.report_json(store) == json.dumps([], indent=1)
        _fill(store)
        rows = _old_report(store)
        assert report.report_json(store) == json.dumps(rows, ensure_ascii=False, indent=1)
        pid = rows[-1]  # one programme only
        only = [r for r in rows if r["programme"] == pid["programme"]]
        programme_id = store.cursor().execute(
            "SELECT id FROM kpi_programmes WHERE name = ?", [pid["programme"]]).fetchone()[0]
        assert report.report_json(store, programme_id) == json.dumps(
            only, ensure_ascii=False, indent=1)


def test_the_overview_from_one_grouped_query_is_the_overview_of_every_row(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        assert report.overview_data(store).empty
        _fill(store)
        rng = np.random.default_rng(3)
        many = []
        for key in ("ouderen_eenzaam", "ouderen_bereik", "mw_zrm_gemiddeld", "mw_wachttijd"):
            for year in range(2010, 2010 + int(rng.integers(1, 6))):
                if KPIS[key].is_share:
                    d = int(rng.integers(5, 60))
                    many.append(Measurement(key, str(year), int(rng.integers(0, d + 1)), d))
                else:
                    many.append(Measurement(key, str(year), None, None, float(rng.integers(1, 9))))
        import_measurements(store, "Gamma", "ouderenwerk", many, "c")
        new = report.overview_data(store)
        old = trends.overview(report.monitor_frame(store), KPIS)
        pd.testing.assert_frame_equal(new, old)
        by_hand = new.set_index(["programme", "kpi"])
        eenzaam = by_hand.loc[('Buurt "Zuid" é', "ouderen_eenzaam")]
        # 4/10 then 30/100: down is good, but the intervals overlap (0,17-0,69 and 0,22-0,40)
        assert (eenzaam["periods"], eenzaam["first"], eenzaam["last"]) == (3, 0.4, 0.3)
        assert eenzaam["direction"] == "unclear" and not eenzaam["small"]
        assert by_hand.loc[("Beta", "mw_wachttijd"), "direction"] == "good"  # down, 10 -> 8,5
        assert by_hand.loc[('Buurt "Zuid" é', "ouderen_bereik"), "direction"] == "good"
        assert by_hand.loc[('Buurt "Zuid" é', "mw_zrm_gemiddeld"), "direction"] == "few"
        assert bool(by_hand.loc[("alpha", "ouderen_eenzaam"), "small"])  # 5 of 20
