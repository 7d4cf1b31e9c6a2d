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
ELSEWHERE = {"ranges", "discount_rate_range", "costs", "effects", "qualitative", "sectors",
             "in_kind"}


def kept(dataclass) -> set[str]:
    return {f.name for f in fields(dataclass)} - ELSEWHERE


def test_every_project_field_is_a_column_of_projects():
    assert kept(model.Project) <= set(store._PROJECT_COLUMNS)


def test_every_field_of_a_child_is_a_column_of_its_table():
    tables = {"costs": model.Cost, "effects": model.Effect, "qualitative": model.Qualitative,
              "project_sectors": model.SectorFigures, "in_kind": model.InKind}
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


def test_the_inputs_fields_survive_a_save_and_a_restart(tmp_path):
    from impactkaart.core.model import parse_project
    from impactkaart.store.projects import Store

    data = {"name": "P", "project_type": "gezinswerk", "years": 2, "count_in_kind": False,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000,
                       "amount_ex_post": 1200}],
            "in_kind": [{"label": "vrijwilligers", "provider": "vrijwilligers", "hours": 100,
                         "value_per_hour": 18.8, "years": [1, 2], "source": "KH 2024"}],
            "effects": [{"outcome": "minder bijstand", "stakeholder": "gemeente",
                         "sector": None, "quantity": 2, "proxy": 1000, "duration": 1,
                         "deadweight": 0.2, "attribution": 0.1, "transfer": True,
                         "transfer_from": "deelnemer", "deadweight_ex_post": 0.3,
                         "basis": {"deadweight": "CBS: 20 % vindt zelf werk ‘binnen een jaar’"}}]}
    project = parse_project(data)
    with Store(tmp_path / "a.duckdb") as store:
        pid = store.save_project(project)
    with Store(tmp_path / "a.duckdb") as store:
        assert store.load_project(pid) == project
        assert store.load_project(pid).to_dict() == project.to_dict()
