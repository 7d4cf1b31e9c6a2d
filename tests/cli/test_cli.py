"""The command line: results, Dutch errors with exit status 2, and an untouched store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from impactkaart.authoring.demo import demo_files
from impactkaart.cli.main import main
from impactkaart.core.model import parse_project
from impactkaart.store.projects import Store

VALID = {
    "name": "CLI-test",
    "project_type": "gezinswerk",
    "years": 2,
    "discount_rate": 0.1,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
    "effects": [
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "sector": None,
         "quantity": 10, "proxy": 100, "duration": 2, "deadweight": 0.5, "attribution": 0.0},
    ],
}
# By hand: 10 × 100 × 0,5 = 500 in years 1 and 2; PV = 500 + 500/1,1 = 954,545…; ÷ 1.000.
EXPECTED_FACTOR = (500 + 500 / 1.1) / 1000


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "cli.duckdb"
    monkeypatch.setenv("IMPACTKAART_DB", str(path))
    return path


def write(tmp_path: Path, content: str | dict, name: str = "project.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_compute_json_has_the_contract_keys(tmp_path, capsys):
    assert main(["compute", str(write(tmp_path, VALID)), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("rendementsfactor", "pv_benefits", "pv_costs", "npv", "payback_year",
                "discount_rate", "by_party", "by_year", "labour"):
        assert key in out
    assert out["rendementsfactor"] == pytest.approx(EXPECTED_FACTOR)
    assert out["payback_year"] is None  # 954,55 never reaches 1.000
    assert set(out["by_party"][0]) >= {"party", "pv_benefits", "pv_costs", "rendement"}
    assert set(out["by_year"][0]) >= {"year", "costs", "benefits", "costs_pv", "benefits_pv"}


def test_compute_without_json_is_a_dutch_summary(tmp_path, capsys):
    assert main(["compute", str(write(tmp_path, VALID))]) == 0
    out = capsys.readouterr().out
    assert "Rendementsfactor: 0,95×" in out
    assert "Baten (contante waarde):  € 955" in out.replace("\u00a0", " ")  # 954,55 rounded
    assert "Wie investeert, wie profiteert" in out


def bad(**changes) -> dict:
    data = json.loads(json.dumps(VALID))
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return data


BAD_CASES = {
    "share out of range": (bad(effects__0__deadweight=1.5), "effects[0].deadweight: moet tussen 0 en 1 liggen"),
    "negative attribution": (bad(effects__0__attribution=-0.1), "effects[0].attribution: moet tussen 0 en 1 liggen"),
    "negative amount": (bad(costs__0__amount=-5), "costs[0].amount: mag niet negatief zijn"),
    "negative quantity": (bad(effects__0__quantity=-1), "effects[0].quantity: mag niet negatief zijn"),
    "misspelt key": (bad(effects__0__deadwieght=0.2), "effects[0].deadwieght: onbekend veld (bedoelt u 'deadweight'?)"),
    "unknown top-level key": (bad(budget=3), "budget: onbekend veld"),
    "wrong type": (bad(effects__0__quantity="tien"), "effects[0].quantity: moet een getal zijn"),
    "boolean as number": (bad(years=True), "years: moet een geheel aantal jaren zijn"),
    "fractional years": (bad(years=2.5), "years: moet een geheel aantal jaren zijn"),
    "missing required": (bad(effects__0__proxy=KeyError), "effects[0].proxy: ontbreekt (verplicht veld)"),
    "missing name": (bad(name=KeyError), "name: ontbreekt (verplicht veld)"),
    "cost after the project": (bad(costs__0__year=3), "costs[0].year: valt buiten de looptijd (1 tot en met 2)"),
    "unknown sector": (bad(effects__0__sector="zorgg"), "effects[0].sector: onbekende sector 'zorgg' (bedoelt u 'zorg'?)"),
    "effects not a list": (bad(effects={}), "effects: moet een lijst […] zijn"),
    "bad phase": (bad(phase="achteraf"), "phase: moet 'ex_ante' of 'ex_post' zijn"),
    "not an object": ([1, 2], "project moet een object {…} zijn"),
}


@pytest.mark.parametrize("case", list(BAD_CASES), ids=list(BAD_CASES))
@pytest.mark.parametrize("command", ["compute", "import"])
def test_bad_input_exits_2_names_the_field_and_saves_nothing(case, command, tmp_path, db, capsys):
    data, message = BAD_CASES[case]
    with Store(db) as store:  # something saved before must survive
        kept = store.save_project(parse_project(VALID))
    path = write(tmp_path, data)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: {message}" in err.splitlines()
    with Store(db) as store:
        assert list(store.list_projects()["id"]) == [kept]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "het bestand is leeg"),
        ("   \n", "het bestand is leeg"),
        ('{"name": "x",', "geen geldige JSON (regel 1, kolom 14)"),
        ('{"name": NaN}', "'NaN' is geen geldig getal in een projectbestand"),
    ],
    ids=["empty", "blank", "malformed", "nan"],
)
def test_unreadable_files_exit_2(content, message, tmp_path, db, capsys):
    path = write(tmp_path, content)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and str(path) in err
    assert not db.exists() or Store(db).list_projects().empty


def test_missing_file_and_non_utf8(tmp_path, capsys):
    assert main(["compute", str(tmp_path / "nope.json")]) == 2
    assert "bestand niet gevonden" in capsys.readouterr().err
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Caf\u00e9"}'.encode("latin-1"))
    assert main(["compute", str(path)]) == 2
    assert "geen UTF-8" in capsys.readouterr().err


def test_all_errors_are_reported_at_once(tmp_path, capsys):
    data = bad(effects__0__deadweight=2, costs__0__amount=-1)
    assert main(["compute", str(write(tmp_path, data))]) == 2
    err = capsys.readouterr().err
    assert "effects[0].deadweight" in err and "costs[0].amount" in err


def test_import_list_export_round_trip(tmp_path, db, capsys):
    assert main(["import", str(write(tmp_path, VALID))]) == 0
    assert "Opgeslagen als project 1: CLI-test" in capsys.readouterr().out
    assert main(["list"]) == 0
    assert "CLI-test" in capsys.readouterr().out
    exported = tmp_path / "export.json"
    assert main(["export", "1", str(exported)]) == 0
    capsys.readouterr()
    assert main(["compute", str(exported), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rendementsfactor"] == pytest.approx(EXPECTED_FACTOR)


def test_demo_loads_every_demo_once(db, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0  # a second time adds nothing
    out = capsys.readouterr().out
    assert out.count("toegevoegd") == len(demo_files())
    assert out.count("stond er al") == len(demo_files())


def test_console_script_exit_status_from_a_real_process(tmp_path):
    """The installed `impactkaart` command, as a user runs it."""
    path = write(tmp_path, bad(effects__0__deadweight=1.5))
    env = {**os.environ, "IMPACTKAART_DB": str(tmp_path / "x.duckdb")}
    proc = subprocess.run(
        [sys.executable, "-m", "impactkaart.cli.main", "compute", str(path)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 2
    assert "effects[0].deadweight: moet tussen 0 en 1 liggen" in proc.stderr
    assert "Traceback" not in proc.stderr
