"""The store and cohorts (issue 16 item 4): the column of migration 10 through a backup,
and a migration added later, applied to a file that holds cohorts."""

from __future__ import annotations

from impactkaart.core.model import parse_project
from impactkaart.store import migrations
from impactkaart.store.backup import backup_bytes, restore
from impactkaart.store.projects import Store
from tests.core.test_cohorts import gp_project

COHORTS = [{"start_year": 1, "quantity": 200}, {"start_year": 3, "quantity": 50}]


def test_cohorts_survive_a_backup_and_restore(tmp_path):
    project = parse_project(gp_project({"cohorts": COHORTS}))
    with Store(tmp_path / "a.duckdb") as source, Store(tmp_path / "b.duckdb") as target:
        source.save_project(project)
        restore(target, backup_bytes(source))
        [(_, again)] = target.load_all()
    assert again == project
    assert [(c.start_year, c.quantity) for c in again.effects[0].cohorts] == [(1, 200), (3, 50)]


def test_a_migration_added_later_is_applied_to_a_file_with_cohorts(tmp_path, monkeypatch):
    path = tmp_path / "later.duckdb"
    with Store(path) as store:  # every migration known today, 10 (cohorts) among them
        store.save_project(parse_project(gp_project({"cohorts": COHORTS})))
    known = dict(migrations._REGISTERED)
    # the next number, as a later version of the code would register it
    free = min(set(range(1, max(known))) - set(known), default=max(known) + 1)
    late = migrations.Migration(free, "later", ("CREATE TABLE later_one (id INTEGER)",))
    monkeypatch.setattr(migrations, "_REGISTERED", {**known, free: late})
    with Store(path) as store:
        cur = store.cursor()
        versions = [r[0] for r in cur.execute(
            "SELECT version FROM schema_version ORDER BY version").fetchall()]
        assert versions == sorted([*known, free])
        assert cur.execute("SELECT count(*) FROM later_one").fetchone()[0] == 0
        assert store.load_all()[0][1].effects[0].cohorts  # the data untouched
