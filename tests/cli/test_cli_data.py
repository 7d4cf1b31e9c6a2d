"""`impactkaart import-table`: Dutch problems with exit status 2, all rows or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.cli.main import main
from impactkaart.store.projects import Store

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "cli.duckdb"
    monkeypatch.setenv("IMPACTKAART_DB", str(path))
    with Store(path) as store:
        store.save_project(demo_projects()[0])
    return path


def snapshot(db: Path):
    with Store(db) as store:
        return store.load_all()


def test_import_table_replaces_the_effects_of_a_project_by_name(db, capsys):
    name = demo_projects()[0].name
    code = main(["import-table", str(DATA / "good" / "effecten_nl_cp1252.csv"), "--project", name])
    assert code == 0, capsys.readouterr().err
    assert f"2 effecten ingelezen in project 1: {name}" in capsys.readouterr().out
    [(_, project)] = snapshot(db)
    assert [e.proxy for e in project.effects] == [1234.5, 800.0]
    assert project.costs == demo_projects()[0].costs


def test_import_table_by_id_can_add_rows(db, capsys):
    before = len(demo_projects()[0].effects)
    path = str(DATA / "good" / "effects_en.csv")
    assert main(["import-table", path, "--project", "1", "--toevoegen"]) == 0
    [(_, project)] = snapshot(db)
    assert len(project.effects) == before + 2


def test_import_table_creates_a_new_project_only_when_asked(db, capsys):
    path = str(DATA / "good" / "werkmap_formules.xlsx")
    assert main(["import-table", path, "--project", "Buurtteam Noord"]) == 2
    assert "bestaat niet" in capsys.readouterr().err and len(snapshot(db)) == 1
    assert main(["import-table", path, "--project", "Buurtteam Noord", "--nieuw",
                 "--type", "participatie"]) == 0
    assert "nieuw project 2: Buurtteam Noord" in capsys.readouterr().out
    project = snapshot(db)[1][1]
    assert (project.project_type, project.years, project.start_year) == ("participatie", 2, 2025)
    assert len(project.effects) == 2 and len(project.costs) == 2


def test_a_bad_file_gives_every_problem_and_saves_nothing(db, capsys):
    before = snapshot(db)
    path = DATA / "bad" / "toerekening_te_groot.csv"
    assert main(["import-table", str(path), "--project", "1"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{path}: Rij 3, kolom 'Toerekening': '1,5' moet tussen 0 en 1 liggen",
                   "Er is niets opgeslagen."]
    assert snapshot(db) == before


@pytest.mark.parametrize(("argv", "message"), [
    (["import-table", "bestaat-niet.csv", "--project", "1"], "bestaat-niet.csv: Bestand niet gevonden"),
    (["import-table", str(DATA / "good" / "kosten_nl.csv"), "--project", "99"], "Project 99 bestaat niet"),
    (["import-table", str(DATA / "bad" / "zipbom.xlsx"), "--project", "1"], "zip-bom"),
])
def test_other_input_errors_exit_2(db, capsys, argv, message):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_the_decimal_mark_can_be_forced(db, capsys):
    # 1.234 in a ;-file reads as 1234 (thousands) unless told the file uses points.
    path = db.parent / "k.csv"
    path.write_text("Jaar;Financier;Bedrag\n1;gemeente;1.234\n", encoding="utf-8")
    assert main(["import-table", str(path), "--project", "1"]) == 0
    assert snapshot(db)[0][1].costs[0].amount == 1234.0
    assert main(["import-table", str(path), "--project", "1", "--decimaal", "punt"]) == 0
    assert snapshot(db)[0][1].costs[0].amount == pytest.approx(1.234)
