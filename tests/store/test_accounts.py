"""Organisations, members, roles and the audit trail (migration 12), on both engines."""

from __future__ import annotations

import pytest

from impactkaart.accounts import audit, members
from impactkaart.accounts.members import AccountError
from impactkaart.accounts.roles import ROLES, can_edit, can_manage
from impactkaart.accounts.scope import NotAllowed, Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.store.migrations import latest
from impactkaart.store.projects import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "accounts.duckdb") as store:
        yield store


def test_roles():
    assert ROLES == ("beheerder", "bewerker", "lezer")
    assert [can_edit(r) for r in ROLES] == [True, True, False]
    assert [can_manage(r) for r in ROLES] == [True, False, False]


def test_migration_12_is_registered(store):
    assert latest() >= 12
    assert store.scope is None
    view = store.scoped(Scope(1, "a@x.nl", "lezer"))
    assert view.scope == Scope(1, "a@x.nl", "lezer") and store.scope is None


def test_organisation_members_and_their_audit_rows(store):
    org = members.create_organisation(store, " Stichting A ")
    assert members.organisation_by_name(store, "Stichting A") == org
    assert members.organisation_by_name(store, "B") is None
    with pytest.raises(AccountError):
        members.create_organisation(store, "Stichting A")
    members.add_member(store, org, "Beheer@A.nl", "beheerder", name="Bea", by="cli")
    members.add_member(store, org, "lees@a.nl", "lezer", by="beheer@a.nl")
    with pytest.raises(AccountError):
        members.add_member(store, org, "lees@a.nl", "bewerker")
    with pytest.raises(AccountError):
        members.add_member(store, org, "geen-adres", "lezer")
    with pytest.raises(AccountError):
        members.add_member(store, org, "x@a.nl", "baas")
    assert members.memberships(store, "BEHEER@a.nl") == [
        members.Membership(org, "Stichting A", "beheerder")]
    frame = members.members(store, org)
    assert list(frame["subject"]) == ["beheer@a.nl", "lees@a.nl"]
    assert list(frame["role"]) == ["beheerder", "lezer"]
    # the last beheerder stays
    with pytest.raises(AccountError):
        members.remove_member(store, org, "beheer@a.nl")
    with pytest.raises(AccountError):
        members.set_role(store, org, "beheer@a.nl", "lezer")
    members.set_role(store, org, "lees@a.nl", "bewerker", by="beheer@a.nl")
    members.remove_member(store, org, "lees@a.nl", by="beheer@a.nl")
    members.set_benchmark_opt_in(store, org, True, by="beheer@a.nl")
    assert members.benchmark_opt_in(store, org)
    trail = audit.trail(store, org)
    assert list(trail.columns) == ["at", "subject", "action", "target", "detail"]
    assert list(trail["action"]) == ["opt_in", "remove", "role", "invite", "invite"]
    assert list(trail["target"])[1:] == ["lees@a.nl", "lees@a.nl", "lees@a.nl", "beheer@a.nl"]
    assert trail["detail"][2] == "lezer -> bewerker"


def test_leaving_a_role_is_refused_only_to_the_last_beheerder(store):
    """Removing and demoting share one rule: a member who is not there is `no_member`; the
    last beheerder may neither go nor be demoted (`last_manager`), but may keep the role,
    and once a second beheerder exists the first may be demoted."""
    org = members.create_organisation(store, "A")
    members.add_member(store, org, "een@a.nl", "beheerder")
    for change in (lambda: members.remove_member(store, org, "niemand@a.nl"),
                   lambda: members.set_role(store, org, "niemand@a.nl", "lezer")):
        with pytest.raises(AccountError) as err:
            change()
        assert err.value.code == "no_member" and err.value.values == {"email": "niemand@a.nl"}
    for change in (lambda: members.remove_member(store, org, "een@a.nl"),
                   lambda: members.set_role(store, org, "een@a.nl", "bewerker")):
        with pytest.raises(AccountError) as err:
            change()
        assert err.value.code == "last_manager"
    members.set_role(store, org, "een@a.nl", "beheerder")  # the same role: nothing changes
    assert list(audit.trail(store, org)["action"]) == ["invite"]
    members.add_member(store, org, "twee@a.nl", "beheerder")
    members.set_role(store, org, "een@a.nl", "lezer")
    assert list(members.members(store, org)["role"]) == ["lezer", "beheerder"]
    with pytest.raises(AccountError) as err:
        members.remove_member(store, org, "twee@a.nl")
    assert err.value.code == "last_manager"


def test_scoped_management_needs_a_beheerder_of_that_organisation(store):
    a = members.create_organisation(store, "A")
    b = members.create_organisation(store, "B")
    members.add_member(store, a, "baas@a.nl", "beheerder")
    boss = store.scoped(Scope(a, "baas@a.nl", "beheerder"))
    editor = store.scoped(Scope(a, "werk@a.nl", "bewerker"))
    members.add_member(boss, a, "werk@a.nl", "bewerker")
    with pytest.raises(NotAllowed):
        members.add_member(editor, a, "nog@a.nl", "lezer")
    with pytest.raises(NotAllowed):
        members.add_member(boss, b, "spion@a.nl", "beheerder")
    with pytest.raises(NotAllowed):
        members.members(boss, b)
    with pytest.raises(NotAllowed):
        audit.trail(boss, b)
    with pytest.raises(NotAllowed):
        members.create_organisation(boss, "C")
    assert members.organisations(boss) == [(a, "A")]
    assert audit.trail(store, a)["subject"][0] == "baas@a.nl"  # who invited, from the scope


def test_record_and_trail_newest_first(store):
    a = members.create_organisation(store, "A")
    reader = store.scoped(Scope(a, "lees@a.nl", "lezer"))
    audit.record(reader, organisation_id=a, subject="lees@a.nl", action="login")
    audit.record(reader, organisation_id=a, subject="lees@a.nl", action="export", target="excel")
    with pytest.raises(ValueError):
        audit.record(reader, organisation_id=a, subject="lees@a.nl", action="hack")
    assert list(audit.trail(store, a)["action"]) == ["export", "login"]


def test_a_scoped_delete_writes_an_audit_row_and_a_lezer_cannot_write(store):
    a = members.create_organisation(store, "A")
    editor = store.scoped(Scope(a, "werk@a.nl", "bewerker"))
    reader = store.scoped(Scope(a, "lees@a.nl", "lezer"))
    project_id = editor.save_project(demo_projects()[0])
    with pytest.raises(NotAllowed):
        reader.save_project(demo_projects()[0])
    with pytest.raises(NotAllowed):
        reader.delete_project(project_id)
    editor.delete_project(project_id)
    trail = audit.trail(store, a)
    assert (trail["action"][0], trail["subject"][0], trail["target"][0]) == (
        "delete", "werk@a.nl", f"project {project_id}")


def test_every_scoped_delete_and_restore_is_in_the_audit_trail(store):
    import datetime as dt

    from impactkaart.cases.model import Case, Period
    from impactkaart.cases.store import delete_cases, save_case
    from impactkaart.monitoring.store import create_programme, delete_programme
    from impactkaart.store.backup import backup_bytes, restore
    from impactkaart.workshop.rooms import create_workshop, delete_workshop

    a = members.create_organisation(store, "A")
    editor = store.scoped(Scope(a, "werk@a.nl", "bewerker"))
    project_id = editor.save_project(demo_projects()[0])
    save_case(editor, project_id, Case("C01", periods=(Period(0, "start"), Period(1, "eind"))))
    assert delete_cases(editor, project_id) == 1
    programme = create_programme(editor, "Noord", "ouderenwerk")
    delete_programme(editor, programme)
    made = create_workshop(editor, "Sessie", dt.date(2025, 6, 12), now=dt.datetime(2025, 6, 12, 9))
    delete_workshop(editor, made.workshop.id)
    restore(editor, backup_bytes(editor))
    trail = audit.trail(store, a)
    assert list(trail["action"]) == ["restore", "delete", "delete", "delete"]
    assert list(trail["target"]) == ["1 projecten", f"workshop {made.workshop.id}",
                                     f"programma {programme}", f"project {project_id}"]
    assert set(trail["subject"]) == {"werk@a.nl"}
    # unscoped (the laptop): no audit trail at all
    other = store.save_project(demo_projects()[1])
    store.delete_project(other)
    assert len(audit.trail(store, a)) == 4
