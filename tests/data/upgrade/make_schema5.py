"""Write tests/data/upgrade/schema5.duckdb and schema5.json: a database of schema version 5.

Run once against commit cc973ea, the last commit whose store owned every migration
(flat modules: impactkaart/store.py, workshop.py, case_store.py, scenarios.py):

    git worktree add /tmp/old cc973ea
    cd /tmp/old && PYTHONPATH=/tmp/old python /path/to/make_schema5.py OUT_DIR

It holds the three demo projects, one extra project (with ranges), two cases of the
first demo project (two periods, values, sizes, assessments, investments), a saved
scenario copy and a workshop with two workspaces and designed fields. The JSON beside
it says what the file holds, as that code computed it, so tests/store/test_upgrade.py
can check that today's code opens it and gives the same results. Never regenerate it
with newer code: its point is to be made by the old one.
"""

from __future__ import annotations

# ruff: noqa: I001 (the flat modules of cc973ea: the sorter takes some for other packages)

import datetime as dt
import json
import sys
from pathlib import Path

import duckdb

from impactkaart.case_store import list_cases, save_case
from impactkaart.cases import Assessment, Case, Period, evaluate
from impactkaart.demo import demo_projects
from impactkaart.engine import compute_portfolio
from impactkaart.model import parse_project
from impactkaart.scenarios import ScenarioChanges, save_scenario
from impactkaart.store import SCHEMA_VERSION, Store
from impactkaart.workshop import (
    add_item,
    create_workshop,
    join_workshop,
    load_design,
    set_field,
    workspaces_of,
)

HELD_ON = dt.date(2026, 11, 20)
KEEP_UNTIL = dt.date(2027, 11, 19)
DURING = dt.datetime(2026, 11, 20, 10, 0)
TWO = (Period(0, "Startsituatie"), Period(1, "Eindsituatie"))


def extra_project():
    data = demo_projects()[0].to_dict()
    data["name"] = "Buurtkamer Oost (upgrade-test)"
    data["description"] = "Een extra project met bandbreedtes, voor de upgrade-test."
    data["discount_rate_range"] = {"low": 0.015, "high": 0.04}
    data["effects"][0]["ranges"] = {"quantity": {"low": 1, "high": 3 * data["effects"][0]["quantity"]}}
    return parse_project(data)


def cases() -> list[Case]:
    return [
        Case("C01", "65+", "Ik heb weer rust.", TWO,
             values={(0, "huisarts"): 12, (1, "huisarts"): 4,
                     (0, "risico_uithuiszetting"): 0.6, (1, "risico_uithuiszetting"): 0.1},
             sizes={"risico_uithuiszetting": 1.0},
             investments={"gemeente": 1500.0},
             assessments={"huisarts": Assessment(0.5, "samen besproken", True),
                          "risico_uithuiszetting": Assessment(0.4)}),
        Case("C02", "gezin", "", TWO,
             values={(0, "seh"): 3, (1, "seh"): 1, (0, "wmo_begeleiding"): 50,
                     (1, "wmo_begeleiding"): 80},
             investments={"gemeente": 800.0, "aanbieder": 200.0},
             assessments={"seh": Assessment(0.75), "wmo_begeleiding": Assessment(1.0)}),
    ]


def main(out: Path) -> None:
    assert SCHEMA_VERSION == 5, SCHEMA_VERSION
    path = out / "schema5.duckdb"
    path.unlink(missing_ok=True)
    with Store(path) as store:
        ids = [store.save_project(p) for p in [*demo_projects(), extra_project()]]
        base = ids[0]
        for case in cases():
            save_case(store, base, case)
        scenario = save_scenario(store, base, ScenarioChanges(
            "derde gezinswerker", reach=1.5, extra_cost_per_year=20000.0))
        made = create_workshop(store, "Ontwerp je eigen Impactkaart", HELD_ON, KEEP_UNTIL,
                               now=DURING)
        designed = {}
        for attendee, amount, quantity in (("Team Noord", 12000.0, 40.0),
                                           ("Team Zuid", 8000.0, 25.0)):
            workspace, _ = join_workshop(store, made.workshop.join_code, attendee, DURING)
            cost = load_design(store, workspace.id).of_kind("cost")[0].item_id
            set_field(store, workspace.id, cost, "amount", amount)
            set_field(store, workspace.id, "project", "years", 2)
            who = add_item(store, workspace.id, "stakeholder", values={"name": "gemeente"})
            add_item(store, workspace.id, "outcome", who, {
                "outcome": "Minder schulden", "indicator": "aantal dossiers",
                "quantity": quantity, "value_kind": "eigen", "own_value": 900.0,
                "own_source": "eigen schatting 2026", "duration": 2, "deadweight": 0.2,
                "attribution": 0.5})
            design = load_design(store, workspace.id)
            designed[attendee] = {
                f"{item.kind}:{item.position}:{name}": value
                for item in design.items for name, value in sorted(item.fields.items())}
        workspaces = workspaces_of(store, made.workshop.id)
        projects = store.load_all()
        result = compute_portfolio([p for _, p in projects], store.reference)
        factors = {p.name: (None if f != f else float(f))
                   for (_, p), f in zip(projects, result.summary["rendementsfactor"])}
        stored_cases = list_cases(store, base)
        case_results = evaluate(store.load_project(base), stored_cases, store.reference)
        facts = {
            "schema_version": SCHEMA_VERSION,
            "made_with": "cc973ea",
            "projects": {str(i): p.name for i, p in projects},
            "rendementsfactor": factors,
            "cases": {"project": base, "codes": [c.code for c in stored_cases],
                      "case_rendement": {row["code"]: float(row["rendementsfactor"])
                                         for _, row in case_results.summary.iterrows()}},
            "scenario": {"id": scenario, "of": base, "label": "derde gezinswerker"},
            "workshop": {"name": made.workshop.name, "join_code": made.workshop.join_code,
                         "held_on": HELD_ON.isoformat(),
                         "workspaces": {w.attendee: w.project_id for w in workspaces},
                         "designed": designed},
        }
    con = duckdb.connect(str(path))  # fold the write-ahead log into the file
    con.execute("CHECKPOINT")
    con.close()
    (out / "schema5.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
