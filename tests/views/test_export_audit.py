"""Exports in the audit trail (issue 21 item 6): every download button of the app passes
its data through `views.components.export_audit.audited`, which writes an ``export`` row
for a signed-in user and changes nothing on the laptop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.accounts import audit, members
from impactkaart.accounts.scope import Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store
from tests.app_support import recorded_downloads
from views.components import export_audit
from views.components.export_audit import audited

ROOT = Path(__file__).resolve().parents[2]
# Empty templates to fill in (no organisation's data): not an export of anything.
NOT_EXPORTS = {("views/data/importeren.py", "sjabloon_xlsx"),
               ("views/data/importeren.py", "sjabloon_effecten"),
               ("views/data/importeren.py", "sjabloon_kosten")}


def _keyword(call: ast.Call, name: str):
    return next((k.value for k in call.keywords if k.arg == name), None)


def download_buttons():
    """(file, key, data argument) of every ``download_button(...)`` call in views/."""
    for path in sorted((ROOT / "views").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "download_button"):
                data = _keyword(node, "data") or (node.args[1] if len(node.args) > 1 else None)
                key = _keyword(node, "key")
                yield name, ast.unparse(key) if key is not None else "", data


def _is_audited(data) -> bool:
    return (isinstance(data, ast.Call) and isinstance(data.func, ast.Name)
            and data.func.id == "audited")


def test_every_download_goes_through_the_audit():
    found = list(download_buttons())
    assert len(found) >= 15  # the scan sees the app's buttons
    missing = [(name, key) for name, key, data in found
               if not _is_audited(data) and (name, key.strip("'\"")) not in NOT_EXPORTS]
    assert not missing, missing
    # An exemption that no longer matches a button is stale.
    keys = {(name, key.strip("'\"")) for name, key, _ in found}
    assert NOT_EXPORTS <= keys


# --- what `audited` does --------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "audit.duckdb") as store:
        yield store


def org_with_reader(store) -> int:
    org = members.create_organisation(store, "Stichting A")
    members.add_member(store, org, "beheer@a.nl", "beheerder", by="test")
    members.add_member(store, org, "lees@a.nl", "lezer", by="test")
    return org


def exports(store, org) -> list[tuple[str, str]]:
    trail = audit.trail(store, org)
    rows = trail.loc[trail["action"] == "export"]
    return list(zip(rows["subject"], rows["target"]))


def test_on_the_laptop_the_data_is_passed_on_and_nothing_written(store):
    data = b"%PDF-1.7"
    assert audited(data, "project.pdf", store=store) is data
    make = lambda: b"x"  # noqa: E731
    assert audited(make, "project.xlsx", store=store) is make
    assert store.frame("SELECT count(*) AS n FROM audit_log")["n"][0] == 0


def test_a_signed_in_download_writes_an_export_row(store):
    org = org_with_reader(store)
    reader = store.scoped(Scope(org, "lees@a.nl", "lezer"))  # a lezer exports too
    bytes_made = audited(b"bytes", "monitor.pdf", store=reader)
    lazily_made = audited(lambda: "text", "project.json", store=reader)
    assert exports(store, org) == []  # drawing the buttons writes nothing
    assert bytes_made() == b"bytes" and lazily_made() == "text"
    assert sorted(exports(store, org)) == [("lees@a.nl", "monitor.pdf"), ("lees@a.nl", "project.json")]
    lazily_made()  # every click is one row
    assert len(exports(store, org)) == 3


def test_a_file_that_fails_to_build_is_not_counted(store):
    org = org_with_reader(store)
    reader = store.scoped(Scope(org, "lees@a.nl", "lezer"))

    def broken():
        raise RuntimeError("no file")

    with pytest.raises(RuntimeError):
        audited(broken, "kapot.pdf", store=reader)()
    assert exports(store, org) == []


def test_the_impactkaart_pages_downloads_are_audited_for_a_signed_in_user(app_db, monkeypatch):
    """The real page: every file its download buttons make leaves one row with its name."""
    db = app_db
    made = recorded_downloads(monkeypatch)
    with Store(db) as setup:
        org = org_with_reader(setup)
        project_id = setup.scoped(Scope(org, "beheer@a.nl", "beheerder")).save_project(
            demo_projects()[0])
    from views.components import session

    # As views/components/session.get_store does when IMPACTKAART_AUTH=oidc (helper "login").
    monkeypatch.setattr(export_audit, "get_store",
                        lambda: session.get_store().scoped(Scope(org, "lees@a.nl", "lezer")))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["project_id"] = project_id
    at.run()
    assert not at.exception, at.exception
    assert {Path(n).suffix for n in made} >= {".pdf", ".html", ".xlsx", ".zip", ".png", ".svg"}
    for make in made.values():
        make()
    with Store(db) as check:
        assert sorted(t for _, t in exports(check, org)) == sorted(made)
        assert {s for s, _ in exports(check, org)} == {"lees@a.nl"}
