"""A database written by the code of cc973ea (schema version 5, every migration still in
store.py then) opens with today's code, where areas register their own migrations, and
holds every project, case, scenario and workshop as it did, with the same results.

tests/data/upgrade/make_schema5.py made the file and the JSON of what it holds.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from impactkaart.cases.model import evaluate
from impactkaart.cases.store import list_cases
from impactkaart.core.engine import compute_portfolio
from impactkaart.scenarios.copies import base_of, scenarios_of
from impactkaart.store import migrations
from impactkaart.store.backup import backup_data
from impactkaart.store.projects import Store
from impactkaart.workshop.rooms import (
    designed_map,
    find_workshop,
    load_design,
    open_workspace,
    token_hash,
    workspaces_of,
)
from tests.oracle import oracle

DATA = Path(__file__).resolve().parents[1] / "data" / "upgrade"
FACTS = json.loads((DATA / "schema5.json").read_text(encoding="utf-8"))
DURING = dt.datetime(2026, 11, 20, 10, 0)  # the day of the workshop in the file
pytestmark = pytest.mark.duckdb_only  # upgrading a DuckDB file in place


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "schema5.duckdb"
    shutil.copy(DATA / "schema5.duckdb", path)  # the committed file is never opened itself
    with Store(path) as store:
        yield store


def test_the_file_of_schema_5_is_upgraded_in_place_to_the_latest(store):
    # Migrations 1–5 were in the file; only the newer ones ran, each recorded once.
    cur = store.cursor()
    assert FACTS["schema_version"] == 5 < migrations.latest()
    assert cur.execute("SELECT list(version ORDER BY version) FROM schema_version").fetchone()[0] \
        == [m.version for m in migrations.registered()]


def test_every_project_is_there_with_the_same_rendementsfactor(store):
    projects = store.load_all()
    assert {str(i): p.name for i, p in projects} == FACTS["projects"]
    # The factors of 5 were those of the method then; issue 15 changed the method (one price
    # level, transfers, the demos' data), so today's engine is held to the independent oracle
    # on the very projects the file holds, and each factor stays where the file had it up to
    # what the price level can move (library prices 2012–2024: at most × 1,4).
    summary = compute_portfolio([p for _, p in projects], store.reference).summary
    ref = store.reference
    for (_, project), factor in zip(projects, summary["rendementsfactor"]):
        expected = oracle(project.to_dict(), ref.sector_figures, ref.discount_rate)
        if expected["rendementsfactor"] is None:
            assert pd.isna(factor)
            continue
        assert factor == pytest.approx(expected["rendementsfactor"], rel=1e-9)
        old = FACTS["rendementsfactor"][project.name]
        assert old / 1.5 <= factor <= old * 1.5
    extra = store.load_project(4)
    assert extra.discount_rate_range is not None and extra.effects[0].ranges  # ranges survived


def test_the_cases_are_there_with_the_same_results(store):
    base = FACTS["cases"]["project"]
    cases = list_cases(store, base)
    assert [c.code for c in cases] == FACTS["cases"]["codes"]
    first = cases[0]
    assert (first.target_group, first.own_words) == ("65+", "Ik heb weer rust.")
    assert [p.label for p in first.periods] == ["Startsituatie", "Eindsituatie"]
    assert first.values[(1, "huisarts")] == 4 and first.sizes == {"risico_uithuiszetting": 1.0}
    assert first.assessments["huisarts"].reason == "samen besproken"
    assert first.assessments["huisarts"].consensus
    assert cases[1].investments == {"aanbieder": 200.0, "gemeente": 800.0}
    # Results follow today's method (issue 15: price level, the debt proxy split by bearer);
    # what must survive the upgrade is every case, evaluated, with a factor of the same sign.
    summary = evaluate(store.load_project(base), cases, store.reference).summary
    factors = dict(zip(summary["code"], summary["rendementsfactor"]))
    assert set(factors) == set(FACTS["cases"]["case_rendement"])
    for code, old in FACTS["cases"]["case_rendement"].items():
        assert (factors[code] > 0) == (old > 0), code


def test_the_scenario_is_linked_to_its_base(store):
    scenario = FACTS["scenario"]
    links = scenarios_of(store, scenario["of"])
    assert links.to_dict("records") == [{"id": scenario["id"], "label": scenario["label"],
                                         "name": FACTS["projects"][str(scenario["id"])]}]
    assert base_of(store, scenario["id"]) == scenario["of"]


def test_the_workshop_and_its_designs_are_there(store):
    facts = FACTS["workshop"]
    workshop = find_workshop(store, facts["join_code"], now=DURING)
    assert (workshop.name, workshop.held_on.isoformat()) == (facts["name"], facts["held_on"])
    workspaces = workspaces_of(store, workshop.id)
    assert {w.attendee: w.project_id for w in workspaces} == facts["workspaces"]
    for workspace in workspaces:
        design = load_design(store, workspace.id)
        assert {f"{item.kind}:{item.position}:{name}": value for item in design.items
                for name, value in sorted(item.fields.items())} == facts["designed"][workspace.attendee]
        # the stored project is still what the design makes
        assert designed_map(design, workspace, store.reference).project == \
            store.load_project(workspace.project_id)


def test_the_upgraded_file_takes_writes_and_deletes_an_areas_rows_with_a_project(store):
    new_id = store.save_project(store.load_project(2))
    assert new_id == 8  # the sequence went on from the stored projects
    base = FACTS["cases"]["project"]
    store.delete_project(base)
    assert list_cases(store, base) == []
    assert base_of(store, FACTS["scenario"]["id"]) is None  # a scenario stays, as a project
    assert store.load_project(FACTS["scenario"]["id"]).name == FACTS["projects"]["5"]
    tables = backup_data(store)["tables"]
    assert tables["cases"] == [] and tables["case_values"] == [] and tables["scenarios"] == []
    assert len(tables["workspaces"]) == 2  # a workshop's rows go with the workshop, not here


def test_a_workspace_link_still_opens(store):
    # Tokens are stored only as hashes: give one workspace a token known to this test.
    token = "upgrade-test-token-0123456789"
    store.cursor().execute("UPDATE workspaces SET token_hash = ? WHERE attendee = 'Team Noord'",
                           [token_hash(token)])
    workspace = open_workspace(store, token, now=DURING)
    assert (workspace.attendee, workspace.project_id) == ("Team Noord", 6)
    assert workspace.workshop.join_code == FACTS["workshop"]["join_code"]


def test_the_runner_refuses_a_number_taken_by_another_migration():
    with pytest.raises(RuntimeError, match="migration 3 registered twice"):
        migrations.register(3, "elders", ["CREATE TABLE elders (id INTEGER)"])
    assert [(m.version, m.area) for m in migrations.registered()] == [
        (1, "projects"), (2, "assumption_ranges"), (3, "scenarios"), (4, "cases"),
        (5, "workshops"), (6, "project_fields"), (7, "monitoring"), (8, "versions"), (9, "workshop room"),
        (10, "cohorts"), (11, "discount_convention"), (12, "accounts")]

