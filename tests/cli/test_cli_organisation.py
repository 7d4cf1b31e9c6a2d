"""The command line on a shared database (issue 21): `organisatie maak`, and once there are
organisations every command on projects or KPIs needs --organisatie and touches only it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from impactkaart.accounts import audit, members
from impactkaart.cli.main import main
from impactkaart.store.projects import Store
from tests.cli.test_cli import VALID
from tests.monitoring.support import GOOD_CSV


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "gedeeld.duckdb"
    monkeypatch.setenv("IMPACTKAART_DB", str(path))
    return path


def project_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({**VALID, "name": name}), encoding="utf-8")
    return path


def names_listed(capsys, *args) -> list[str]:
    capsys.readouterr()
    assert main(["list", *args]) == 0
    return [line.split(None, 1)[1].split("  (")[0] for line in capsys.readouterr().out.splitlines()
            if line.strip() and line.strip()[0].isdigit()]


@pytest.fixture
def two(db, tmp_path, capsys):
    """Organisations A and B, each with one project and one KPI programme."""
    assert main(["organisatie", "maak", "Stichting A", "--beheerder", "Baas@A.nl"]) == 0
    assert "Stichting A" in capsys.readouterr().out
    assert main(["organisatie", "maak", "Stichting B", "--beheerder", "baas@b.nl"]) == 0
    for org in ("A", "B"):
        assert main(["import", str(project_file(tmp_path, f"Project {org}")),
                     "--organisatie", f"Stichting {org}"]) == 0
        csv = tmp_path / f"{org}.csv"
        csv.write_text(GOOD_CSV, encoding="utf-8")
        assert main(["kpi", "import", str(csv), "--programme", "Noord",
                     "--organisatie", f"Stichting {org}"]) == 0
    capsys.readouterr()
    return db


def test_before_any_organisation_the_cli_is_as_before(db, tmp_path, capsys):
    assert main(["import", str(project_file(tmp_path, "Laptop"))]) == 0
    assert names_listed(capsys) == ["Laptop"]
    assert main(["list", "--organisatie", "A"]) == 2  # no such organisation
    assert "--organisatie" in capsys.readouterr().err


def test_neem_over_gives_the_laptop_rows_to_the_first_organisation(db, tmp_path, capsys):
    assert main(["import", str(project_file(tmp_path, "Van voor"))]) == 0
    csv = tmp_path / "m.csv"
    csv.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["kpi", "import", str(csv), "--programme", "Noord"]) == 0
    assert main(["organisatie", "maak", "Stichting A", "--beheerder", "baas@a.nl",
                 "--neem-over"]) == 0
    assert "1 bestaande project" in capsys.readouterr().out
    assert main(["organisatie", "maak", "Stichting B", "--beheerder", "baas@b.nl"]) == 0
    assert names_listed(capsys, "--organisatie", "Stichting A") == ["Van voor"]
    assert names_listed(capsys, "--organisatie", "Stichting B") == []
    capsys.readouterr()
    assert main(["kpi", "report", "--json", "--organisatie", "Stichting B"]) == 0
    assert "Noord" not in capsys.readouterr().out
    assert main(["kpi", "report", "--json", "--organisatie", "Stichting A"]) == 0
    assert "Noord" in capsys.readouterr().out


def test_organisatie_maak_makes_the_first_beheerder(db, capsys):
    assert main(["organisatie", "maak", "Stichting A", "--beheerder", "Baas@A.nl"]) == 0
    assert "baas@a.nl" in capsys.readouterr().out
    with Store(db) as store:
        org = members.organisation_by_name(store, "Stichting A")
        assert members.memberships(store, "baas@a.nl") == [
            members.Membership(org, "Stichting A", "beheerder")]
        trail = audit.trail(store, org)
        assert list(trail["action"]) == ["invite"] and trail["subject"][0] == "cli"
    assert main(["organisatie", "maak", "Stichting A", "--beheerder", "x@a.nl"]) == 2
    assert "Stichting A" in capsys.readouterr().err
    assert main(["organisatie", "maak", "Stichting C", "--beheerder", "geen adres"]) == 2
    assert main(["organisatie", "lijst"]) == 0
    assert capsys.readouterr().out.split() == ["1", "Stichting", "A"]


@pytest.mark.parametrize("command", [
    ["list"], ["export", "1", "uit.json"], ["backup", "b.json"], ["restore", "b.json"],
    ["demo"], ["kpi", "report"],
])
def test_a_shared_database_needs_the_option(two, command, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")  # read before the store opens
    assert main(command) == 2
    err = capsys.readouterr().err
    assert "--organisatie" in err and "Stichting A" in err
    assert main([*command, "--organisatie", "Stichting Z"]) == 2
    assert "Onbekende organisatie Stichting Z bij --organisatie" in capsys.readouterr().err
    assert main([*command, "--organisatie", "Stichting Z", "--lang", "en"]) == 2
    assert "Unknown organisation" in capsys.readouterr().err


def test_each_organisation_sees_and_changes_only_its_own(two, tmp_path, capsys):
    assert names_listed(capsys, "--organisatie", "Stichting A") == ["Project A"]
    assert names_listed(capsys, "--organisatie", "Stichting B") == ["Project B"]
    with Store(two) as store:
        b_id = store.find_project("Project B")
    # B's project by id through A: not found (exit 1, as any missing project), nothing written
    assert main(["export", str(b_id), str(tmp_path / "b.json"), "--organisatie", "Stichting A"]) != 0
    assert not (tmp_path / "b.json").exists()
    # a back-up of A holds A only; restoring B's over A is refused; A's own comes back
    a_backup, b_backup = tmp_path / "a.json", tmp_path / "b-backup.json"
    assert main(["backup", str(a_backup), "--organisatie", "Stichting A"]) == 0
    assert main(["backup", str(b_backup), "--organisatie", "Stichting B"]) == 0
    held = json.loads(a_backup.read_text(encoding="utf-8"))
    assert [p["project"]["name"] for p in held["projects"]] == ["Project A"]
    assert {r["name"] for r in held["tables"]["kpi_programmes"]} == {"Noord"}
    assert len(held["tables"]["kpi_programmes"]) == 1
    capsys.readouterr()
    assert main(["restore", str(b_backup), "--organisatie", "Stichting A"]) != 0
    assert main(["restore", str(a_backup), "--organisatie", "Stichting A"]) == 0
    assert names_listed(capsys, "--organisatie", "Stichting A") == ["Project A"]
    assert names_listed(capsys, "--organisatie", "Stichting B") == ["Project B"]
    # KPI reports: each its own programme
    capsys.readouterr()
    assert main(["kpi", "report", "--json", "--organisatie", "Stichting A"]) == 0
    report = json.loads(capsys.readouterr().out)
    with Store(two) as store:
        programmes = {p.id for p in __import__("impactkaart.monitoring.store", fromlist=["x"])
                      .list_programmes(store)}
        a_org = members.organisation_by_name(store, "Stichting A")
        trail = list(audit.trail(store, a_org)["action"])
    assert len(programmes) == 2  # "Noord" twice: one per organisation
    assert json.dumps(report).count("Noord") >= 1
    assert "restore" in trail
