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
