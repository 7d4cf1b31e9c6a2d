"""`sensitivity`, `montecarlo` and a bad project file with ``--lang en``: English lines,
the same JSON keys, and Dutch as before without the option."""

from __future__ import annotations

import copy
import json

from impactkaart.cli.main import main
from tests.cli.test_cli_english import dutch_words
from tests.cli.test_cli_uncertainty import write
from tests.uncertainty.test_uncertainty import ONE

OUTCOME = ONE["effects"][0]["outcome"]  # the project's own (Dutch) words


def ours(out: str) -> set[str]:
    return dutch_words(out.replace(ONE["name"], "").replace(OUTCOME, ""))


def test_a_bad_range_is_named_in_english(tmp_path, capsys):
    data = copy.deepcopy(ONE)
    data["effects"][0]["ranges"]["deadweight"] = {"low": 0.3, "high": 0.5}
    path = write(tmp_path, data)
    assert main(["sensitivity", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{path}: effects[0].ranges.deadweight: ")
    assert "0.2" in err and "0.3" in err and "0.5" in err, err  # English decimal point
    assert not dutch_words(err), err


def test_a_missing_field_in_english(tmp_path, capsys):
    data = copy.deepcopy(ONE)
    del data["name"]
    path = write(tmp_path, data)
    assert main(["compute", str(path), "--english"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{path}: name: ") and not dutch_words(err), err
    assert main(["compute", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"{path}: name: ontbreekt (verplicht veld)"


def test_sensitivity_in_english(tmp_path, capsys):
    data = copy.deepcopy(ONE)
    data["effects"][0]["ranges"] = {}
    del data["discount_rate_range"]
    assert main(["sensitivity", str(write(tmp_path, data)), "--standaardbandbreedtes",
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "€\u00a03,840 → €\u00a09,375   1.54× … 3.75×" in out, out
    assert not ours(out), (ours(out), out)


def test_montecarlo_in_english(tmp_path, capsys):
    path = str(write(tmp_path, ONE))
    assert main(["montecarlo", path, "--draws", "2000", "--seed", "4", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "×" in out and not ours(out), (ours(out), out)


def test_montecarlo_json_labels_follow_the_language(tmp_path, capsys):
    path = str(write(tmp_path, ONE))
    runs = {}
    for lang in ("nl", "en"):
        assert main(["montecarlo", path, "--draws", "500", "--seed", "4", "--json",
                     "--lang", lang]) == 0
        runs[lang] = json.loads(capsys.readouterr().out)
    dutch, english = runs["nl"], runs["en"]
    assert set(dutch) == set(english)
    assert dutch["rendementsfactor"] == english["rendementsfactor"]  # same draws
    assert [set(a) for a in dutch["assumptions"]] == [set(a) for a in english["assumptions"]]
    labels = [(nl_a, en_a) for nl_a, en_a in zip(dutch["assumptions"], english["assumptions"])]
    assert labels
    for nl_a, en_a in labels:
        assert not ours(" ".join(v for v in en_a.values() if isinstance(v, str))), en_a
        assert en_a["label"].startswith(OUTCOME) == nl_a["label"].startswith(OUTCOME)
    assert any(nl_a["label"] != en_a["label"] for nl_a, en_a in labels)
