"""The inputs' fields (in kind, ex post costs and shares, basis) survive the store."""

from __future__ import annotations

import copy

from impactkaart.core.model import parse_project
from impactkaart.store.projects import Store
from tests.core.test_expost_costs import PROJECT as MEASURED
from tests.core.test_in_kind import PROJECT as IN_KIND


def test_new_fields_round_trip_through_save_update_and_delete(tmp_path):
    data = copy.deepcopy(IN_KIND)
    data["effects"][0].update(basis={"deadweight": "geconstrueerd: een aanname"},
                              attribution_ex_post=0.1)
    data["costs"][0]["amount_ex_post"] = 5.0
    with Store(tmp_path / "x.duckdb") as store:
        ids = []
        for item in (data, MEASURED, dict(data, count_in_kind=False)):
            project = parse_project(item)
            ids.append(store.save_project(project))
            assert store.load_project(ids[-1]).to_dict() == project.to_dict()
        # an update without the fields leaves none behind
        plain = {k: v for k, v in IN_KIND.items() if k != "in_kind"}
        store.save_project(parse_project(plain), ids[0])
        assert store.load_project(ids[0]) == parse_project(plain)
        store.delete_project(ids[1])
        assert store.cursor().execute(
            "SELECT count(*) FROM in_kind WHERE project_id = ?", [ids[1]]).fetchone()[0] == 0
        assert store.cursor().execute(
            "SELECT count(*) FROM in_kind WHERE project_id = ?", [ids[2]]).fetchone()[0] > 0
