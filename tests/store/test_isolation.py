"""Nobody sees another organisation's work (issue 21): two organisations A and B, each with
a project (two versions), a scenario, a case, a comment, a share link, a workshop with an
attendee, a KPI programme with measurements, an own KPI and an imported benchmark. Through
A's scoped store none of B's can be listed, loaded by id, found by name, saved over,
deleted, backed up, restored over, counted, commented on or shared; afterwards B's rows
are exactly as before (B's own back-up, compared whole). A lezer changes nothing; the
unscoped store still sees everything.

`CHECKS` has one check per public function of every store module (found by globbing
impactkaart/store/*.py and impactkaart/*/store.py) and per public method of `Store`:
`test_every_store_function_is_checked` fails for a new one that is neither checked nor
exempted with a reason. Runs on DuckDB and PostgreSQL (tests/store/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from impactkaart.accounts import members
from impactkaart.accounts import store as accounts_store
from impactkaart.accounts.scope import NotAllowed, Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.cases import store as cases_store
from impactkaart.cases.model import Assessment, Case, Period
from impactkaart.monitoring import store as kpi_store
from impactkaart.monitoring.library import Kpi
from impactkaart.monitoring.store import Choice, Measurement, ProgrammeError
from impactkaart.portfolio.view import portfolio_scope
from impactkaart.scenarios import store as scenario_store
from impactkaart.scenarios.copies import ScenarioChanges, save_scenario
from impactkaart.store import backup
from impactkaart.store import projects as project_store
from impactkaart.store.connection import StoreError
from impactkaart.store.projects import ProjectNotFound, Store
from impactkaart.versions import comments, links
from impactkaart.versions import store as version_store
from impactkaart.workshop import rooms
from impactkaart.workshop import store as workshop_store

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 6, 12)
DURING = dt.datetime(2025, 6, 12, 10, 0)
LATER = dt.datetime(2030, 1, 1)
TWO = (Period(0, "Startsituatie"), Period(1, "Eindsituatie"))


def _case(code: str) -> Case:
    return Case(code, "65+", "", TWO, values={(0, "huisarts"): 12, (1, "huisarts"): 4},
                investments={"gemeente": 1500.0}, assessments={"huisarts": Assessment(0.5)})


def _kpi(label: str) -> Kpi:
    return Kpi("eigen_tevreden", label, label, ("ouderenwerk",), "teller/noemer", "num/den",
               "share", "up", "eigen meting", own=True)


def _org(store: Store, name: str, project_name: str) -> SimpleNamespace:
    """An organisation with one of everything, made through its own scoped store."""
    org = members.create_organisation(store, name)
    view = store.scoped(Scope(org, f"wie@{name.lower()}.nl", "bewerker"))
    base = replace(demo_projects()[0], name=project_name)
    project = view.save_project(base)
    view.save_project(replace(base, description="tweede versie"), project)
    scenario = save_scenario(view, project, ScenarioChanges("meer bereik", reach=1.5))
    case = cases_store.save_case(view, project, _case("C01"))
    comment = comments.add_comment(view, project, f"opmerking van {name}", "Wie", now=DURING)
    link, token = links.create_link(view, project, TODAY + dt.timedelta(days=30),
                                    allow_comments=True, now=DURING)
    made = rooms.create_workshop(view, f"Werksessie {name}", TODAY, now=DURING)
    workspace, ws_token = rooms.join_workshop(view, made.workshop.join_code, "Anna", now=DURING)
    session_hash = f"sessie-{name}"
    rejoin = f"rejoin-{name}"

    def room_rows(cur):
        workshop_store.put_room_step(cur, made.workshop.id, 1, DURING, 10)
        workshop_store.add_failure(cur, made.workshop.id, DURING)
        workshop_store.insert_facilitator_session(cur, session_hash, made.workshop.id, DURING,
                                                  LATER)
        workshop_store.insert_rejoin(cur, rejoin, workspace.id, "geheim", DURING)

    view.write(room_rows)
    programme, _, _ = kpi_store.import_measurements(
        view, "Programma", "ouderenwerk", [Measurement("ouderen_eenzaam", "2024", 3.0, 10.0)],
        "wie", project_id=project)
    kpi_store.save_measurements(view, programme,
                                [Measurement("ouderen_eenzaam", "2024", 4.0, 10.0)], "wie")
    kpi_store.save_own_kpi(view, _kpi(f"tevreden {name}"))
    kpi_store.save_benchmarks(view, [("ouderen_eenzaam", "2024", 12, 0.2, 0.3, 0.4)],
                              f"bron {name}")
    return SimpleNamespace(
        org=org, view=view, project=project, scenario=scenario, case=case, comment=comment,
        link=link.id, link_hash=rooms.token_hash(token), link_token=token, workshop=made.workshop.id,
        join_code=made.workshop.join_code, workspace=workspace.id,
        workspace_project=workspace.project_id, ws_hash=rooms.token_hash(ws_token),
        session_hash=session_hash, rejoin=rejoin, programme=programme)


@pytest.fixture
def world(tmp_path):
    with Store(tmp_path / "twee.duckdb") as store:
        a = _org(store, "A", "Project A")
        b = _org(store, "B", "Project B")
        yield SimpleNamespace(store=store, a=a, b=b, A=a.view, B=b.view)


def fingerprint(view: Store) -> str:
    """Everything of an organisation, as its back-up holds it (without the back-up's time)."""
    data = backup.backup_data(view)
    data.pop("created_at")
    return json.dumps(data, sort_keys=True, default=str)


def hidden(run) -> bool:
    """True when a call found nothing: not found (raised) or an empty answer."""
    try:
        result = run()
    except (StoreError, KeyError, backup.BackupError):  # ProjectNotFound, NotFound: not found
        return True
    if isinstance(result, pd.DataFrame):
        return result.empty
    return result in (None, False, 0) or result == [] or result == () or result == {} \
        or result == set()


def inside(view: Store, work):
    """Run ``work(cur)`` in a write of ``view`` (its scope active)."""
    return lambda: view.write(work)


# --- the checks: one per public store function -------------------------------------------------
# Each takes the world and asserts that A's store does not reach B's rows; writes that do
# not raise are caught by the fingerprint of B compared afterwards.


def _ids(frame) -> set[int]:
    return {int(i) for i in frame["id"]}


def _own_kpi_per_organisation(w) -> bool:
    """B's key does not block another organisation; A's own key does block A."""
    with pytest.raises(ProgrammeError):
        kpi_store.save_own_kpi(w.A, _kpi("nog een"))
    other = w.store.scoped(Scope(members.create_organisation(w.store, "E"), "e@e.nl", "bewerker"))
    kpi_store.save_own_kpi(other, _kpi("van E"))
    return [k.label_nl for k in kpi_store.own_kpis(other)] == ["van E"]


def _new_project():
    return replace(demo_projects()[1], name="Nieuw van A")


CHECKS = {
    # Store
    "Store.save_project": lambda w: hidden(lambda: w.A.save_project(_new_project(), w.b.project)),
    "Store.save_if_empty": lambda w: (w.A.save_if_empty([_new_project()]) is False
                                      and w.store.scoped(Scope(members.create_organisation(
                                          w.store, "C"), "c@c.nl", "bewerker")).save_if_empty(
                                          [_new_project()]) is True),
    "Store.extra_tables": lambda w: all(
        not set(map(str, frame.astype(str).itertuples(index=False)))
        & set(map(str, w.B.extra_tables()[name].astype(str).itertuples(index=False)))
        for name, frame in w.A.extra_tables().items()) and "members" not in w.A.extra_tables(),
    "Store.replace_all": lambda w: hidden(lambda: w.A.replace_all(
        w.B.load_all(), w.B.extra_tables())),
    "Store.load_project": lambda w: hidden(lambda: w.A.load_project(w.b.project)),
    "Store.list_projects": lambda w: w.b.project not in _ids(w.A.list_projects())
    and w.a.project in _ids(w.A.list_projects()),
    "Store.find_project": lambda w: w.A.find_project("Project B") is None
    and w.A.find_project("Project A") == w.a.project,
    "Store.delete_project": lambda w: hidden(lambda: w.A.delete_project(w.b.project)),
    "Store.load_projects": lambda w: [i for i, _ in w.A.load_projects(
        [w.a.project, w.b.project, w.b.scenario])] == [w.a.project],
    "Store.load_all": lambda w: not {i for i, _ in w.A.load_all()} & _ids(w.B.list_projects()),
    "Store.write": lambda w: hidden(lambda: w.store.scoped(Scope(w.a.org, "l@a.nl", "lezer"))
                                    .write(lambda cur: 1)),
    # impactkaart/store/projects.py
    "projects.write_project": lambda w: hidden(inside(w.A, lambda cur: project_store.write_project(
        cur, _new_project(), w.b.project))),
    "projects.delete_project_rows": lambda w: hidden(inside(
        w.A, lambda cur: project_store.delete_project_rows(cur, w.b.project))),
    # impactkaart/store/backup.py
    "backup.backup_data": lambda w: {p["id"] for p in backup.backup_data(w.A)["projects"]}
    == _ids(w.A.list_projects()),
    "backup.backup_bytes": lambda w: "Project B" not in backup.backup_bytes(w.A).decode(),
    "backup.write_backup": lambda w: backup.write_backup(
        w.A, w.store.backup_folder / "a.json") == len(w.A.list_projects()),
    "backup.check_backup": lambda w: hidden(lambda: backup.check_backup(
        w.A, backup.backup_bytes(w.store))),  # the accounts' tables: unknown to a scoped store
    "backup.restore": lambda w: hidden(lambda: backup.restore(w.A, backup.backup_bytes(w.B))),
    # impactkaart/scenarios/store.py
    "scenarios.link": lambda w: hidden(inside(w.A, lambda cur: scenario_store.link(
        cur, w.a.project, w.b.project, "x"))),
    "scenarios.scenarios_of": lambda w: hidden(lambda: scenario_store.scenarios_of(w.A, w.b.project)),
    "scenarios.base_of": lambda w: hidden(lambda: scenario_store.base_of(w.A, w.b.scenario)),
    "scenarios.scenario_ids": lambda w: scenario_store.scenario_ids(w.A) == {w.a.scenario},
    # impactkaart/cases/store.py
    "cases.list_cases": lambda w: hidden(lambda: cases_store.list_cases(w.A, w.b.project)),
    "cases.save_case": lambda w: hidden(lambda: cases_store.save_case(w.A, w.b.project, _case("C09")))
    and hidden(lambda: cases_store.save_case(w.A, w.b.project,
                                             replace(_case("C01"), id=w.b.case))),
    "cases.delete_cases": lambda w: hidden(lambda: cases_store.delete_cases(w.A, w.b.project))
    and cases_store.delete_cases(w.A, w.a.project, [w.b.case]) == 0,
    # impactkaart/versions/store.py
    "versions.latest_version": lambda w: hidden(inside(
        w.A, lambda cur: version_store.latest_version(cur, w.b.project))),
    "versions.insert_version": lambda w: hidden(inside(w.A, lambda cur: version_store.insert_version(
        cur, w.b.project, 9, DURING, "A", None, "{}", "[]"))),
    "versions.version_rows": lambda w: hidden(lambda: version_store.version_rows(w.A, w.b.project)),
    "versions.snapshot": lambda w: hidden(lambda: version_store.snapshot(w.A, w.b.project, 1)),
    "versions.set_label": lambda w: hidden(inside(
        w.A, lambda cur: version_store.set_label(cur, w.b.project, 1, "gekaapt"))),
    "versions.insert_comment": lambda w: hidden(inside(w.A, lambda cur: version_store.insert_comment(
        cur, w.b.project, ("x1", None, "project", None, None, "A", "hoi", DURING, 1, None)))),
    "versions.comment_rows": lambda w: hidden(lambda: version_store.comment_rows(w.A, w.b.project)),
    "versions.comment_of": lambda w: hidden(inside(
        w.A, lambda cur: version_store.comment_of(cur, w.b.comment))),
    "versions.set_resolved": lambda w: hidden(inside(
        w.A, lambda cur: version_store.set_resolved(cur, w.b.comment, True, "A", DURING))),
    "versions.insert_link": lambda w: hidden(inside(w.A, lambda cur: version_store.insert_link(
        cur, ("l1", w.b.project, None, "", "A", DURING, LATER, False), "hash"))),
    "versions.link_by_hash": lambda w: hidden(lambda: version_store.link_by_hash(w.A, w.b.link_hash)),
    "versions.link_rows": lambda w: hidden(lambda: version_store.link_rows(w.A, w.b.project)),
    "versions.revoke": lambda w: hidden(inside(
        w.A, lambda cur: version_store.revoke(cur, w.b.link, DURING))),
    "versions.record_version": lambda w: hidden(inside(w.A, lambda cur: version_store.record_version(
        cur, w.b.project, {"name": "gekaapt"}))),
    "versions.project_organisation": lambda w: hidden(
        lambda: version_store.project_organisation(w.A, w.b.project)),
    # impactkaart/workshop/store.py
    "workshop.workshop_organisation": lambda w: hidden(
        lambda: workshop_store.workshop_organisation(w.A, w.b.workshop)),
    "workshop.workshop_row": lambda w: hidden(lambda: workshop_store.workshop_row(w.A, w.b.workshop)),
    "workshop.workshop_row_by_code": lambda w: hidden(
        lambda: workshop_store.workshop_row_by_code(w.A, w.b.join_code)),
    "workshop.facilitator_hash": lambda w: hidden(
        lambda: workshop_store.facilitator_hash(w.A, w.b.workshop)),
    "workshop.workspace_row_by_token": lambda w: hidden(
        lambda: workshop_store.workspace_row_by_token(w.A, w.b.ws_hash)),
    "workshop.workspace_rows": lambda w: hidden(lambda: workshop_store.workspace_rows(w.A, w.b.workshop)),
    "workshop.workspace_project_ids": lambda w: workshop_store.workspace_project_ids(w.A)
    == {w.a.workspace_project},
    "workshop.room_signature": lambda w: hidden(lambda: workshop_store.room_signature(w.A, w.b.workshop)),
    "workshop.read_designs": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.read_designs(cur, [w.b.workspace]))),
    "workshop.load_design": lambda w: hidden(lambda: workshop_store.load_design(w.A, w.b.workspace)),
    "workshop.load_designs": lambda w: hidden(lambda: workshop_store.load_designs(w.A, [w.b.workspace])),
    "workshop.insert_workshop": lambda w: workshop_store.workshop_organisation(
        w.store, rooms.create_workshop(w.A, "Nieuw", TODAY, now=DURING).workshop.id) == w.a.org,
    "workshop.insert_workspace": lambda w: hidden(inside(w.A, lambda cur: workshop_store.insert_workspace(
        cur, "ws-x", w.b.workshop, "Spion", "h"))),
    "workshop.put_field": lambda w: hidden(inside(w.A, lambda cur: workshop_store.put_field(
        cur, w.b.workspace, "project", "name", "gekaapt", 99))),
    "workshop.bump": lambda w: hidden(inside(w.A, lambda cur: workshop_store.bump(cur, w.b.workspace))),
    "workshop.insert_item": lambda w: hidden(inside(w.A, lambda cur: workshop_store.insert_item(
        cur, w.b.workspace, "i-x", "cost", None, 9, {}))),
    "workshop.item_kind": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.item_kind(cur, w.b.workspace, "project"))),
    "workshop.field_is_empty": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.field_is_empty(cur, w.b.workspace, "project", "sector"))),
    "workshop.delete_item": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.delete_item(cur, w.b.workspace, "project"))),
    "workshop.rebuild_row": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.rebuild_row(cur, w.b.workspace))),
    "workshop.set_project": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.set_project(cur, w.b.workspace, w.a.project))),
    "workshop.project_of": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.project_of(cur, w.b.workspace))),
    "workshop.delete_workshop_rows": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.delete_workshop_rows(cur, w.b.workshop))),
    "workshop.room_step_row": lambda w: hidden(lambda: workshop_store.room_step_row(w.A, w.b.workshop)),
    "workshop.put_room_step": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.put_room_step(cur, w.b.workshop, 3, DURING, 5))),
    "workshop.failures_since": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.failures_since(cur, w.b.workshop, DURING - dt.timedelta(1)))),
    "workshop.add_failure": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.add_failure(cur, w.b.workshop, DURING))),
    "workshop.forget_failures": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.forget_failures(cur, w.b.workshop, LATER))),
    "workshop.insert_facilitator_session": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.insert_facilitator_session(cur, "s-x", w.b.workshop,
                                                                   DURING, LATER))),
    "workshop.facilitator_session_row": lambda w: hidden(
        lambda: workshop_store.facilitator_session_row(w.A, w.b.session_hash)),
    "workshop.delete_facilitator_session": lambda w: inside(
        w.A, lambda cur: workshop_store.delete_facilitator_session(cur, w.b.session_hash))() is None,
    "workshop.delete_expired_sessions": lambda w: inside(
        w.A, lambda cur: workshop_store.delete_expired_sessions(cur, LATER + dt.timedelta(1)))() is None,
    "workshop.attendee_rows": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.attendee_rows(cur, w.b.workshop, "Anna"))),
    "workshop.insert_rejoin": lambda w: hidden(inside(w.A, lambda cur: workshop_store.insert_rejoin(
        cur, "r-x", w.b.workspace, "g", DURING))),
    "workshop.open_rejoin_rows": lambda w: hidden(
        lambda: workshop_store.open_rejoin_rows(w.A, w.b.workshop)),
    "workshop.rejoin_row": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.rejoin_row(cur, w.b.rejoin))),
    "workshop.approve_rejoin": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.approve_rejoin(cur, w.b.rejoin, w.b.workshop))),
    "workshop.delete_rejoin": lambda w: inside(
        w.A, lambda cur: workshop_store.delete_rejoin(cur, w.b.rejoin))() is None,
    "workshop.claim_rejoin": lambda w: inside(
        w.A, lambda cur: workshop_store.claim_rejoin(cur, w.b.rejoin))() is None,
    "workshop.set_token": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.set_token(cur, w.b.workspace, "nieuw"))),
    "workshop.delete_room_rows": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.delete_room_rows(cur, w.b.workshop, [w.b.workspace]))),
    "workshop.workspace_ids": lambda w: hidden(inside(
        w.A, lambda cur: workshop_store.workspace_ids(cur, w.b.workshop))),
    # impactkaart/monitoring/store.py
    "monitoring.own_kpis": lambda w: [k.label_nl for k in kpi_store.own_kpis(w.A)] == ["tevreden A"],
    "monitoring.save_own_kpi": lambda w: _own_kpi_per_organisation(w),
    "monitoring.list_programmes": lambda w: [p.id for p in kpi_store.list_programmes(w.A)]
    == [w.a.programme],
    "monitoring.find_programme": lambda w: kpi_store.find_programme(w.A, "Programma").id
    == w.a.programme,
    "monitoring.create_programme": lambda w: hidden(lambda: kpi_store.create_programme(
        w.A, "Nieuw", "ouderenwerk", w.b.project)),
    "monitoring.update_programme": lambda w: hidden(lambda: kpi_store.update_programme(
        w.A, w.b.programme, "Gekaapt", "ouderenwerk", None))
    and hidden(lambda: kpi_store.update_programme(w.A, w.a.programme, "Programma", "ouderenwerk",
                                                  w.b.project)),
    "monitoring.delete_programme": lambda w: hidden(lambda: kpi_store.delete_programme(
        w.A, w.b.programme)),
    "monitoring.choices": lambda w: hidden(lambda: kpi_store.choices(w.A, w.b.programme))
    and set(kpi_store.choices(w.A)) == {w.a.programme},
    "monitoring.set_choices": lambda w: hidden(lambda: kpi_store.set_choices(
        w.A, w.b.programme, [Choice("ouderen_eenzaam", 0.1, 0.2)])),
    "monitoring.save_measurements": lambda w: hidden(lambda: kpi_store.save_measurements(
        w.A, w.b.programme, [Measurement("ouderen_eenzaam", "2025", 1.0, 2.0)], "A")),
    "monitoring.import_measurements": lambda w: kpi_store.import_measurements(
        w.A, "Programma", "ouderenwerk", [Measurement("ouderen_eenzaam", "2025", 1.0, 2.0)],
        "A")[0] == w.a.programme,
    # Several files in one transaction: A's own "Programma" is found (B's of the same name
    # is not), and a new programme may not link to B's project.
    "monitoring.import_many": lambda w: [r[0] for r in kpi_store.import_many(w.A, [
        kpi_store.ProgrammeImport("Programma", "ouderenwerk",
                                  [Measurement("ouderen_eenzaam", "2026", 1.0, 2.0)])], "A")]
    == [w.a.programme]
    and hidden(lambda: kpi_store.import_many(w.A, [kpi_store.ProgrammeImport(
        "Nieuw", "ouderenwerk", [Measurement("ouderen_eenzaam", "2025", 1.0, 2.0)],
        w.b.project)], "A")),
    "monitoring.measurement_rows": lambda w: hidden(lambda: kpi_store.measurement_rows(
        w.A, w.b.programme)) and {r[8] for r in kpi_store.measurement_rows(w.A)} == {w.a.programme},
    "monitoring.measurement_columns": lambda w: len(kpi_store.measurement_columns(
        w.A, w.b.programme)["kpi"]) == 0
    and set(kpi_store.measurement_columns(w.A)["programme_id"]) == {w.a.programme},
    "monitoring.measurement_codes": lambda w: len(kpi_store.measurement_codes(
        w.A, w.b.programme)["programme_id"]) == 0
    and set(kpi_store.measurement_codes(w.A)["programme_id"]) == {w.a.programme},
    # Both organisations hold a "Programma" with one KPI: A's view groups one of the two.
    "monitoring.measurement_groups": lambda w: [len(kpi_store.measurement_groups(
        view, ["ouderen_eenzaam"])["kpi"]) for view in (w.A, w.B, w.store)] == [1, 1, 2],
    "monitoring.targets": lambda w: hidden(lambda: kpi_store.targets(w.A, w.b.programme))
    and {pid for pid, _ in kpi_store.targets(w.A)} == {w.a.programme},
    "monitoring.measurement_log": lambda w: hidden(lambda: kpi_store.measurement_log(w.A, w.b.programme)),
    "monitoring.history": lambda w: hidden(lambda: kpi_store.history(w.A, w.b.programme)),
    "monitoring.save_benchmarks": lambda w: kpi_store.save_benchmarks(
        w.A, [("ouderen_eenzaam", "2024", 20, 0.1, 0.2, 0.3)], "bron A2") == 1,
    "monitoring.benchmark_rows": lambda w: {r[6] for r in kpi_store.benchmark_rows(w.A)}
    in ({"bron A"}, {"bron A2"}),
    # impactkaart/accounts/store.py
    "accounts.insert_organisation": lambda w: hidden(
        lambda: accounts_store.insert_organisation(w.A, "D")),
    "accounts.organisation_rows": lambda w: [r[0] for r in accounts_store.organisation_rows(w.A)]
    == [w.a.org],
    "accounts.organisation_id_of": lambda w: accounts_store.organisation_id_of(w.A, "B") is None,
    "accounts.put_opt_in": lambda w: hidden(lambda: accounts_store.put_opt_in(w.A, w.b.org, True, "a")),
    "accounts.member_role": lambda w: hidden(inside(
        w.A, lambda cur: accounts_store.member_role(cur, w.b.org, "wie@b.nl"))),
    "accounts.count_managers": lambda w: hidden(inside(
        w.A, lambda cur: accounts_store.count_managers(cur, w.b.org))),
    "accounts.insert_member": lambda w: hidden(inside(
        w.A, lambda cur: accounts_store.insert_member(cur, w.b.org, "spion@a.nl", "", "beheerder"))),
    "accounts.update_role": lambda w: hidden(inside(
        w.A, lambda cur: accounts_store.update_role(cur, w.b.org, "wie@b.nl", "lezer"))),
    "accounts.delete_member": lambda w: hidden(inside(
        w.A, lambda cur: accounts_store.delete_member(cur, w.b.org, "wie@b.nl"))),
    "accounts.membership_rows": lambda w: hidden(
        lambda: accounts_store.membership_rows(w.A, "baas@b.nl")),
    "accounts.member_frame": lambda w: hidden(lambda: accounts_store.member_frame(w.A, w.b.org)),
    "accounts.write_audit": lambda w: hidden(lambda: accounts_store.write_audit(
        w.A, w.b.org, "a", "login", "", "")),
    "accounts.claim_unowned": lambda w: hidden(lambda: accounts_store.claim_unowned(
        w.A, w.a.org, "a")),
    "accounts.audit_frame": lambda w: hidden(lambda: accounts_store.audit_frame(w.A, w.b.org)),
}

# Public functions that touch no organisation's rows, with the reason.
EXEMPT = {
    "Store.scoped": "makes the view itself",
    "Store.cursor": "the raw cursor of the store modules (each adds the scope's condition)",
    "Store.frame": "runs the store modules' SQL (each adds the scope's condition)",
    "Store.close": "closes the connection",
    "backup.automatic_backup_path": "only a file name",
    "workshop.join_code_taken": "join codes are random and global: a clash only draws another",
    "accounts.has_organisations": "only whether the database has organisations (the CLI)",
}
# Store modules of infrastructure: no rows of an organisation.
INFRASTRUCTURE = {"connection", "dialect", "lock", "migrations", "scoping", "conventions"}


def store_functions() -> set[str]:
    """'module.function' of every public function of a store module that takes a store or
    a cursor, and 'Store.method' of every public method of Store."""
    found = {f"Store.{name}" for name, member in inspect.getmembers(Store, inspect.isfunction)
             if not name.startswith("_")}
    paths = [*sorted((ROOT / "impactkaart" / "store").glob("*.py")),
             *sorted((ROOT / "impactkaart").glob("*/store.py"))]
    for path in paths:
        short = path.stem if path.parent.name == "store" else path.parent.name
        if short in INFRASTRUCTURE or short == "__init__":
            continue
        module = importlib.import_module(
            ".".join(path.relative_to(ROOT).with_suffix("").parts))
        for name, member in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or member.__module__ != module.__name__:
                continue
            parameters = set(inspect.signature(member).parameters)
            if parameters & {"store", "cur"}:
                found.add(f"{short}.{name}")
    return found


def test_every_store_function_is_checked():
    functions = store_functions()
    unchecked = sorted(functions - set(CHECKS) - set(EXEMPT))
    assert not unchecked, f"no isolation check in tests/store/test_isolation.py for: {unchecked}"
    assert not (set(CHECKS) | set(EXEMPT)) - functions  # no stale entry


def test_through_a_scoped_store_nothing_of_another_organisation_is_reached(world):
    before = fingerprint(world.B)
    failed = [name for name, check in CHECKS.items() if not check(world)]
    assert not failed, f"reached the other organisation: {failed}"
    assert fingerprint(world.B) == before  # B's rows exactly as they were


def test_the_domain_above_the_store_keeps_to_the_organisation(world):
    w = world
    before = fingerprint(w.B)
    a_ids = _ids(w.A.list_projects())
    counted = portfolio_scope(w.A, sorted(a_ids), with_scenarios=True, with_workshop=True)
    assert set(counted.ids) == a_ids and (counted.scenarios, counted.workshop) == (1, 1)
    assert {i for i, _ in w.A.load_projects(sorted(_ids(w.store.list_projects())))} == a_ids
    with pytest.raises((StoreError, comments.VersionError)):
        comments.add_comment(w.A, w.b.project, "ik kijk mee", "A")
    with pytest.raises(ProjectNotFound):
        links.create_link(w.A, w.b.project, TODAY + dt.timedelta(days=3), now=DURING)
    with pytest.raises(links.ShareError):
        links.revoke_link(w.A, w.b.project, w.b.link)
    with pytest.raises(rooms.WorkshopError):
        rooms.find_workshop(w.A, w.b.join_code, DURING)
    with pytest.raises(rooms.WorkshopError):
        rooms.join_workshop(w.A, w.b.join_code, "Spion", DURING)
    with pytest.raises(StoreError):
        rooms.delete_workshop(w.A, w.b.workshop)
    assert rooms.workspaces_of(w.A, w.b.workshop) == []
    with pytest.raises(ProgrammeError):  # its own "Programma" exists; B's does not count
        kpi_store.create_programme(w.A, "Programma", "ouderenwerk")
    assert fingerprint(w.B) == before


def test_a_lezer_changes_nothing(world):
    w = world
    reader = w.store.scoped(Scope(w.a.org, "lees@a.nl", "lezer"))
    before = fingerprint(w.A)
    attempts = [
        lambda: reader.save_project(_new_project()),
        lambda: reader.save_project(_new_project(), w.a.project),
        lambda: reader.delete_project(w.a.project),
        lambda: reader.replace_all(w.A.load_all(), w.A.extra_tables()),
        lambda: backup.restore(reader, backup.backup_bytes(w.A)),
        lambda: save_scenario(reader, w.a.project, ScenarioChanges("nog meer")),
        lambda: cases_store.save_case(reader, w.a.project, _case("C02")),
        lambda: cases_store.delete_cases(reader, w.a.project),
        lambda: comments.add_comment(reader, w.a.project, "mag niet", "Lezer"),
        lambda: links.create_link(reader, w.a.project, TODAY + dt.timedelta(days=3), now=DURING),
        lambda: links.revoke_link(reader, w.a.project, w.a.link),
        lambda: rooms.create_workshop(reader, "Niet", TODAY, now=DURING),
        lambda: rooms.delete_workshop(reader, w.a.workshop),
        lambda: kpi_store.create_programme(reader, "Niet", "ouderenwerk"),
        lambda: kpi_store.delete_programme(reader, w.a.programme),
        lambda: kpi_store.save_measurements(reader, w.a.programme,
                                            [Measurement("ouderen_eenzaam", "2030", 1.0, 2.0)], "L"),
        lambda: kpi_store.save_own_kpi(reader, replace(_kpi("x"), key="ander")),
        lambda: kpi_store.save_benchmarks(reader, [("ouderen_eenzaam", "2024", 5, 0, 0, 0)], "x"),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowed):
            attempt()
    # reading is fine
    assert reader.load_project(w.a.project).name == "Project A"
    assert fingerprint(w.A) == before


def test_the_unscoped_store_still_sees_everything(world):
    w = world
    every = _ids(w.store.list_projects())
    assert every == _ids(w.A.list_projects()) | _ids(w.B.list_projects())
    assert {w.a.project, w.b.project} <= {i for i, _ in w.store.load_all()}
    assert {p.id for p in kpi_store.list_programmes(w.store)} == {w.a.programme, w.b.programme}
    assert workshop_store.workshop_row(w.store, w.b.workshop) is not None
    assert len(kpi_store.own_kpis(w.store)) == 2  # the same key in two organisations


def test_a_scoped_backup_restores_only_its_organisation(world, tmp_path):
    w = world
    b_before, a_before = fingerprint(w.B), fingerprint(w.A)
    raw = backup.backup_bytes(w.A)
    data = json.loads(raw)
    assert {"organisations", "members", "audit_log"}.isdisjoint(data["tables"])
    w.A.delete_project(w.a.scenario)
    assert fingerprint(w.A) != a_before
    result = backup.restore(w.A, raw)
    assert result.projects == len(data["projects"])
    assert fingerprint(w.A) == a_before and fingerprint(w.B) == b_before
    actions = list(members_trail(w)["action"])
    assert actions[:2] == ["restore", "delete"]
    # a back-up holding B's rows cannot be restored over A, and touches nothing
    with pytest.raises(StoreError):
        backup.restore(w.A, backup.backup_bytes(w.B))
    assert fingerprint(w.A) == a_before and fingerprint(w.B) == b_before


def members_trail(w):
    from impactkaart.accounts import audit

    return audit.trail(w.store, w.a.org)


def test_visitors_by_share_link_and_workshop_code_reach_only_their_one_thing(world):
    w = world
    shared = links.open_link(w.store, w.b.link_token, DURING)  # the shared page: unscoped lookup
    visitor = w.store.scoped(links.link_scope(w.store, shared))
    assert links.shared_project(visitor, shared).name == "Project B"
    assert _ids(visitor.list_projects()) == {w.b.project}
    assert hidden(lambda: visitor.load_project(w.b.scenario))
    assert kpi_store.list_programmes(visitor) == []
    with pytest.raises(NotAllowed):
        visitor.save_project(_new_project(), w.b.project)
    comments.add_comment(visitor, w.b.project, "via de link", "Gast", via_link=w.b.link)
    assert any(c.body == "via de link" for c in comments.threads(w.B, w.b.project))
    # an attendee: the workshop found by its code, then only that workshop
    workshop = rooms.find_workshop(w.store, w.a.join_code, DURING)
    attendee = w.store.scoped(rooms.workshop_scope(w.store, workshop))
    workspace, _ = rooms.join_workshop(attendee, w.a.join_code, "Bram", DURING)
    assert workshop_store.workshop_organisation(w.store, workshop.id) == w.a.org
    assert _ids(attendee.list_projects()) == {w.a.workspace_project, workspace.project_id}
    assert w.a.project not in _ids(attendee.list_projects())
    assert hidden(lambda: attendee.load_project(w.a.project))
    assert hidden(lambda: workshop_store.workshop_row(attendee, w.b.workshop))
    assert rooms.set_field(attendee, workspace.id, "project", "name", "Team Bram") is not None
    assert attendee.load_project(workspace.project_id).name == "Team Bram"
    assert workspace.project_id in _ids(w.A.list_projects())  # the organisation's project
    # on the laptop (no organisation) a share link gives no scope: nothing changes
    laptop = Store(":memory:")
    try:
        pid = laptop.save_project(demo_projects()[0])
        made, token = links.create_link(laptop, pid, TODAY + dt.timedelta(days=3), now=DURING)
        assert links.link_scope(laptop, made) is None
    finally:
        laptop.close()
