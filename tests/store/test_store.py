"""The DuckDB store: exact round trips, one-transaction saves, clear errors."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import duckdb
import psycopg
import pytest
from hypothesis import HealthCheck, assume, given, settings

from impactkaart.authoring.demo import demo_projects, ensure_demo
from impactkaart.core.model import Cost, parse_project
from impactkaart.store.migrations import latest
from impactkaart.store.projects import _FEW_ROWS, ProjectNotFound, Store, StoreError
from tests.strategies import projects

CONSTRAINT = (duckdb.ConstraintException, psycopg.errors.IntegrityError)  # the two engines'


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.duckdb"


def test_reopening_the_file_gives_back_exactly_what_was_saved(db):
    originals = demo_projects()
    with Store(db) as store:
        ids = [store.save_project(p) for p in originals]
    with Store(db) as store:  # a new connection: what survives a restart
        assert [store.load_project(i) for i in ids] == originals
        assert list(store.list_projects()["name"]) == [p.name for p in originals]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=projects())
def test_round_trip_of_generated_projects(tmp_path_factory, data, backend):
    # PostgreSQL text cannot hold NUL (test_a_nul_character_is_refused_in_words below).
    assume(backend == "duckdb" or "\\u0000" not in json.dumps(data))
    path = tmp_path_factory.mktemp("rt") / "rt.duckdb"
    project = parse_project(data)
    with Store(path) as store:
        project_id = store.save_project(project)
    with Store(path) as store:
        assert store.load_project(project_id) == project


@pytest.mark.parametrize("copies", [1, 30])  # few rows per table, and more than _FEW_ROWS
def test_a_project_with_many_rows_per_table_round_trips(db, copies):
    data = demo_projects()[0].to_dict()
    effects = []
    for n in range(copies):
        for effect in data["effects"]:
            quantity = effect["quantity"] + n
            effects.append({**effect, "outcome": f"{effect['outcome']} {n}", "quantity": quantity,
                            "ranges": {"quantity": {"low": quantity * 0.5, "high": quantity * 2,
                                                    "distribution": "triangular"}}})
    data["effects"] = effects
    data["costs"] = data["costs"] * copies
    data["discount_rate_range"] = {"low": 0.01, "high": 0.04, "distribution": "uniform"}
    project = parse_project(data)
    assert (copies == 1) == (len(project.effects) <= _FEW_ROWS)
    with Store(db) as store:
        project_id = store.save_project(project)
    with Store(db) as store:
        assert store.load_project(project_id) == project


def test_saving_again_replaces_the_project_and_its_rows(db):
    first, second = demo_projects()[:2]
    with Store(db) as store:
        project_id = store.save_project(first)
        store.save_project(second, project_id)
        assert store.load_project(project_id) == second
        assert len(store.list_projects()) == 1


def test_a_failed_save_leaves_the_previous_state(db):
    project = demo_projects()[0]
    with Store(db) as store:
        project_id = store.save_project(project)
        # A cost without a financier violates NOT NULL half-way through the save
        # (after the project row and the effects were written): all must roll back.
        broken = dataclasses.replace(project, name="kapot", costs=(Cost(1, None, 10.0),))
        with pytest.raises(CONSTRAINT):
            store.save_project(broken, project_id)
        with pytest.raises(CONSTRAINT):
            store.save_project(broken)
    with Store(db) as store:
        assert store.load_project(project_id) == project
        assert list(store.list_projects()["id"]) == [project_id]


def test_delete_and_missing_project(db):
    with Store(db) as store:
        project_id = store.save_project(demo_projects()[0])
        store.delete_project(project_id)
        assert store.list_projects().empty
        with pytest.raises(ProjectNotFound, match="bestaat niet"):
            store.load_project(project_id)
        cur = store.cursor()
        assert cur.execute("SELECT count(*) FROM effects").fetchone()[0] == 0


def test_schema_version_and_reference_tables(db):
    with Store(db) as store:
        cur = store.cursor()
        assert cur.execute("SELECT max(version) FROM schema_version").fetchone()[0] == latest()
        n_proxies = cur.execute("SELECT count(*) FROM ref_proxies").fetchone()[0]
        assert n_proxies == len(store.reference.proxies)
        rate = cur.execute("SELECT value FROM ref_parameters WHERE key = 'discount_rate'").fetchone()
        assert rate[0] == pytest.approx(0.0225)


@pytest.mark.duckdb_only
def test_a_database_from_a_newer_version_is_refused_and_untouched(db):
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [latest() + 1])
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="nieuwere versie"):
        Store(db)
    assert db.read_bytes() == before


@pytest.mark.duckdb_only
def test_a_file_that_is_no_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "kapot.duckdb"
    path.write_bytes(b"dit is geen database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="geen leesbare Impactkaart-database|kan niet worden geopend"):
        Store(path)
    assert path.read_bytes() == before


@pytest.mark.duckdb_only
def test_a_second_process_gets_in_gebruik(db):
    with Store(db):
        code = (
            "import sys\n"
            "from impactkaart.store.projects import Store, StoreError\n"
            "try:\n"
            f"    Store({str(db)!r})\n"
            "except StoreError as e:\n"
            "    print(e); sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "in gebruik" in proc.stdout


def test_first_run_loads_the_demos_once(db):
    with Store(db) as store:
        ensure_demo(store)
        ensure_demo(store)
        assert len(store.list_projects()) == len(demo_projects())


def test_user_text_is_stored_as_data_not_sql(db):
    nasty = "x'); DROP TABLE projects; --"
    project = dataclasses.replace(demo_projects()[0], name=nasty)
    with Store(db) as store:
        project_id = store.save_project(project)
    with Store(db) as store:
        assert store.load_project(project_id).name == nasty


def test_a_nul_character_is_refused_in_words_and_nothing_is_saved(db, backend):
    """DuckDB keeps a NUL character in text; PostgreSQL cannot: a Dutch message, no half save."""
    project = dataclasses.replace(demo_projects()[0], name="met\x00nul")
    with Store(db) as store:
        if backend == "duckdb":
            assert store.load_project(store.save_project(project)) == project
            return
        with pytest.raises(StoreError, match="NUL-teken"):
            store.save_project(project)
        assert list(store.list_projects()["id"]) == []
