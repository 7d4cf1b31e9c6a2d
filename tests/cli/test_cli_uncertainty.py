"""`impactkaart sensitivity` and `impactkaart montecarlo`: JSON contract and bad input."""

from __future__ import annotations

import copy
import json

import pytest

from impactkaart.cli.main import main
from tests.uncertainty.test_uncertainty import ONE


def write(tmp_path, data, name="project.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_sensitivity_json_has_tornado_and_break_even(tmp_path, capsys):
    assert main(["sensitivity", str(write(tmp_path, ONE)), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"name", "rendementsfactor", "seor_benchmark", "tornado", "break_even"} <= set(out)
    assert out["tornado"][0]["assumption"] == "duration"  # largest swing (see test_uncertainty)
    assert out["tornado"][0]["factor_high"] == pytest.approx(7.2)
    assert out["break_even"][0]["fall"] == pytest.approx(1400 / 2400)
    assert out["default_ranges_note"] is None


def test_sensitivity_text_with_default_ranges_says_they_are_conventions(tmp_path, capsys):
    data = copy.deepcopy(ONE)
    data["effects"][0]["ranges"] = {}
    del data["discount_rate_range"]
    assert main(["sensitivity", str(write(tmp_path, data)), "--standaardbandbreedtes"]) == 0
    out = capsys.readouterr().out
    # One lever for quantity × value per unit (both ×/÷ 1,25): 80 × 48 = 3.840 → × 0,4 / 1.000
    # = 1,536 → 1,54×; 125 × 75 = 9.375 → 3,75×.
    assert ("minder huisartsbezoek · omvang (aantal × waarde per eenheid) (standaard): "
            "€\u00a03.840 → €\u00a09.375   1,54× … 3,75×") in out
    assert "SEOR" not in out
    assert "geen bronnen" in out
    assert "Zelfs als het effect ‘minder huisartsbezoek’ 58% kleiner is" in out


def test_montecarlo_json_is_reproducible(tmp_path, capsys):
    path = str(write(tmp_path, ONE))
    assert main(["montecarlo", path, "--draws", "2000", "--seed", "4", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["montecarlo", path, "--draws", "2000", "--seed", "4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert first["draws"] == 2000 and first["seed"] == 4
    stats = first["rendementsfactor"]
    assert {"point", "median", "p05", "p95", "p_above_1", "histogram"} <= set(stats)
    assert "p_above_seor" not in stats  # the SEOR average is no pass mark (issue 15, item 8)
    assert stats["point"] == first["deterministic"]["rendementsfactor"]
    assert first["correlation"] == {"grouping": "kind", "rho": 0.5}
    assert stats["p05"] < first["deterministic"]["rendementsfactor"] < stats["p95"]
    assert sum(b["count"] for b in stats["histogram"]) == 2000
    assert {p["party"] for p in first["by_party"]} == {"gemeente", "zorgverzekeraar"}
    assert {"fte_total", "fte_by_sector", "assumptions"} <= set(first)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--draws", "0"], "--draws: moet tussen 1 en 1.000.000 liggen"),
        (["--seed", "-1"], "--seed: moet een geheel getal van 0 of meer zijn"),
    ],
)
def test_montecarlo_bad_options_exit_2(tmp_path, capsys, args, message):
    assert main(["montecarlo", str(write(tmp_path, ONE)), *args]) == 2
    assert capsys.readouterr().err.strip() == message


@pytest.mark.parametrize("command", ["sensitivity", "montecarlo"])
def test_bad_range_exits_2_and_names_the_field(tmp_path, capsys, command):
    data = copy.deepcopy(ONE)
    data["effects"][0]["ranges"]["deadweight"] = {"low": 0.3, "high": 0.5}
    path = write(tmp_path, data)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (f"{path}: effects[0].ranges.deadweight: de basiswaarde 0,2 moet "
                           "tussen low (0,3) en high (0,5) liggen")


def test_a_probability_never_rounds_to_a_certainty_it_is_not():
    from impactkaart.uncertainty.report import chance

    assert [chance(x) for x in (0, 1, 0.9996, 0.996, 0.0004, 0.1355)] == [
        "0%", "100%", "> 99,9%", "99,6%", "< 0,1%", "13,6%"]
