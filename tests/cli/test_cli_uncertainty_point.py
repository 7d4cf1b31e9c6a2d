"""`impactkaart montecarlo`: the point value beside the interval; no probability without ranges."""

from __future__ import annotations

import copy
import json

from impactkaart.cli.main import main
from tests.uncertainty.test_uncertainty import ONE


def write(tmp_path, data):
    path = tmp_path / "project.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_without_ranges_no_probability_is_printed(tmp_path, capsys):
    data = copy.deepcopy(ONE)
    data["effects"][0]["ranges"] = {}
    del data["discount_rate_range"]
    assert main(["montecarlo", write(tmp_path, data), "--draws", "500"]) == 0
    out = capsys.readouterr().out
    # Before: "Kans … (> 1): 100 %". Now the point value (100 × 60 × 0,8 × 0,5 / 1.000 = 2,4) only.
    assert "Rendementsfactor: 2,40×" in out
    assert "Kans" not in out and "100%" not in out and "SEOR" not in out
    assert main(["montecarlo", write(tmp_path, data), "--draws", "500", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)["rendementsfactor"]
    assert stats["p_above_1"] is None and stats["point"] == 2.4


def test_the_point_value_stands_beside_the_interval(tmp_path, capsys):
    assert main(["montecarlo", write(tmp_path, ONE), "--draws", "2000", "--seed", "4",
                 "--samenhang", "none"]) == 0
    out = capsys.readouterr().out
    assert "Rendementsfactor: 2,40× (puntschatting); mediaan " in out
    assert "aannames onafhankelijk getrokken" in out


def test_a_correlation_outside_0_1_exits_2(tmp_path, capsys):
    assert main(["montecarlo", write(tmp_path, ONE), "--correlatie", "1.5"]) == 2
    assert "--correlatie: moet tussen 0 en 1 liggen" in capsys.readouterr().err
