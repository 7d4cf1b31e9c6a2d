"""The monitoring tables: all or nothing, a programme's rows go with it, a project's
deletion unlinks it, and a back-up carries everything across."""

from __future__ import annotations

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.monitoring.store import (
    Choice,
    Measurement,
    ProgrammeError,
    choices,
    create_programme,
    delete_programme,
    history,
    import_measurements,
    list_programmes,
    measurement_rows,
    save_measurements,
    set_choices,
)
from impactkaart.store.backup import backup_bytes, restore
from impactkaart.store.projects import Store
from tests.monitoring.support import tables_of


def test_delete_programme_deletes_its_rows_only(tmp_path):
    path = tmp_path / "m.duckdb"
    with Store(path) as store:
        a = create_programme(store, "A", "ouderenwerk")
        b = create_programme(store, "B", "jongerenwerk")
        set_choices(store, a, [Choice("ouderen_eenzaam", 0.4, 0.3)])
        for pid in (a, b):
            save_measurements(store, pid, [Measurement("ouderen_eenzaam", "2025", 4, 10)], "x")
        save_measurements(store, a, [Measurement("ouderen_eenzaam", "2025", 3, 10)], "y")
        assert len(history(store, a)) == 1
        delete_programme(store, a)
        assert [p.name for p in list_programmes(store)] == ["B"]
        assert [r[0] for r in measurement_rows(store)] == ["B"]
    tables = tables_of(path)
    assert tables["kpi_history"] == [] and tables["kpi_choices"] == []


def test_a_taken_name_is_refused_and_nothing_half_saved(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        create_programme(store, "A", "ouderenwerk")
        with pytest.raises(ProgrammeError):
            create_programme(store, " A ", "opbouwwerk")
        assert len(list_programmes(store)) == 1


def test_deleting_a_project_unlinks_its_programmes(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        pid = store.save_project(demo_projects()[0])
        prog = create_programme(store, "A", "gezinswerk", pid)
        store.delete_project(pid)
        [programme] = list_programmes(store)
        assert programme.id == prog and programme.project_id is None


def test_backup_and_restore_carry_the_monitoring(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        pid, _, _ = import_measurements(store, "A", "ouderenwerk",
                                        [Measurement("ouderen_eenzaam", "2025-Q1", 12, 40)], "anna")
        set_choices(store, pid, [Choice("ouderen_eenzaam", 0.35, 0.25)])
        save_measurements(store, pid, [Measurement("ouderen_eenzaam", "2025-Q1", 11, 40)], "bram")
        saved = backup_bytes(store)
    before = tables_of(tmp_path / "a.duckdb")
    with Store(tmp_path / "b.duckdb") as other:
        restore(other, saved)
        assert choices(other)[pid]["ouderen_eenzaam"] == Choice("ouderen_eenzaam", 0.35, 0.25)
        # a new programme after the restore gets a fresh id
        assert create_programme(other, "B", "opbouwwerk") == pid + 1
    after = tables_of(tmp_path / "b.duckdb")
    assert after["kpi_history"] == before["kpi_history"] and len(after["kpi_history"]) == 1
    assert after["kpi_measurements"] == before["kpi_measurements"]
