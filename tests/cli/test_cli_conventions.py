"""The command line and the conventions of issue 15: compute --json keeps every key and adds
pv_transfers and price_year; bad values of the new fields exit 2 naming the field."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from impactkaart.cli.main import main
from tests.cli.test_cli import EXPECTED_FACTOR, VALID


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "project.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_compute_json_adds_pv_transfers_and_price_year(tmp_path, capsys):
    data = copy.deepcopy(VALID)
    # a transfer of 2 × 100 × 1 = 200 a year for 2 years: PV 200 + 200/1,1 = 381,818…
    data["effects"].append({"outcome": "minder bijstand", "stakeholder": "gemeente",
                            "quantity": 2, "proxy": 100, "duration": 2, "deadweight": 0.0,
                            "attribution": 0.0, "transfer": True})
    assert main(["compute", str(write(tmp_path, data)), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("name", "rendementsfactor", "rendementsfactor_reason", "pv_benefits", "pv_costs",
                "npv", "payback_year", "discount_rate", "discount_convention", "fte_total",
                "by_party", "by_year", "labour", "effects"):
        assert key in out  # every key of before
    assert out["rendementsfactor"] == pytest.approx(EXPECTED_FACTOR)  # the transfer is not in it
    assert out["pv_transfers"] == pytest.approx(200 + 200 / 1.1)
    assert out["price_year"] == 2024  # the last year of impactkaart/data/cpi.csv
    parties = {p["party"]: p["pv_benefits"] for p in out["by_party"]}
    assert parties["deelnemer"] == pytest.approx(-(200 + 200 / 1.1))


def test_the_summary_says_redistribution_and_price_level(tmp_path, capsys):
    data = copy.deepcopy(VALID)
    data["effects"][0]["transfer"] = True
    assert main(["compute", str(write(tmp_path, data))]) == 0
    out = capsys.readouterr().out
    assert "Herverdeling (overdrachten, niet in de baten): €\u00a0955" in out
    assert "Prijspeil:" in out and "2024" in out
    assert "Terugverdiend in projectjaar: niet terugverdiend" in out


@pytest.mark.parametrize("change, field, message", [
    ({"transfer": "ja"}, "effects[0].transfer", "moet true of false zijn"),
    ({"transfer": True, "transfer_from": "marsmannetjes"}, "effects[0].transfer_from",
     "onbekende partij 'marsmannetjes'"),
    ({"proxy_price_year": 2005}, "effects[0].proxy_price_year",
     "moet een jaar van de CPI-reeks zijn (2012 tot en met 2024"),
    ({"price_year": 2031}, "price_year", "moet een jaar van de CPI-reeks zijn"),
])
def test_bad_new_fields_exit_2_naming_the_field(change, field, message, tmp_path, capsys):
    data = copy.deepcopy(VALID)
    if "price_year" in change:
        data.update(change)
    else:
        data["effects"][0].update(change)
    path = write(tmp_path, data)
    assert main(["compute", str(path)]) == 2
    err = capsys.readouterr().err
    assert any(line.startswith(f"{path}: {field}: {message}") for line in err.splitlines()), err
