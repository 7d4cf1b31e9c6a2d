"""Every field of the project model has a home in the store.

A field the model gains but the store does not keep is lost on the first save, silently:
the round-trip test only catches it if its generator happens to produce that field. This
test reads the dataclasses, so a new field fails here until the store keeps it."""

from __future__ import annotations

from dataclasses import fields

from impactkaart.core import model
from impactkaart.store import projects as store

# Fields kept elsewhere than a column of their own table: ranges in assumption_ranges,
# the child lists in their child tables.
ELSEWHERE = {"ranges", "discount_rate_range", "costs", "effects", "qualitative", "sectors"}


def kept(dataclass) -> set[str]:
    return {f.name for f in fields(dataclass)} - ELSEWHERE


def test_every_project_field_is_a_column_of_projects():
    assert kept(model.Project) <= set(store._PROJECT_COLUMNS)


def test_every_field_of_a_child_is_a_column_of_its_table():
    tables = {"costs": model.Cost, "effects": model.Effect, "qualitative": model.Qualitative,
              "project_sectors": model.SectorFigures}
    for table, dataclass in tables.items():
        missing = kept(dataclass) - set(store._CHILDREN[table])
        assert not missing, f"{table}: {sorted(missing)} not stored"


def test_the_plausibility_fields_survive_a_save_a_restart_and_a_backup(tmp_path):
    from impactkaart.core.model import parse_project
    from impactkaart.store.backup import backup_bytes, restore
    from impactkaart.store.projects import Store

    data = {"name": "P", "project_type": "gezinswerk", "years": 1,
            "participants_per_year": 40.0,
            "acknowledged_warnings": ["factor_high", "net_share_low:minder huisartsbezoek"]}
    project = parse_project(data)
    with Store(tmp_path / "a.duckdb") as store:
        pid = store.save_project(project)
        plain = store.save_project(parse_project({"name": "Q", "project_type": "x", "years": 1}))
    with Store(tmp_path / "a.duckdb") as store:
        again = store.load_project(pid)
        assert again == project
        assert again.acknowledged_warnings == ("factor_high",
                                               "net_share_low:minder huisartsbezoek")
        assert store.load_project(plain).acknowledged_warnings == ()
        saved = backup_bytes(store)
    with Store(tmp_path / "b.duckdb") as other:
        restore(other, saved)
        assert other.load_project(pid) == project
