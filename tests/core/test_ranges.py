"""Uncertainty ranges on assumptions: the project-file shape, its validation and the store."""

from __future__ import annotations

import copy
import json

import duckdb
import pytest

from impactkaart.authoring.demo import demo_files, demo_projects
from impactkaart.core.model import ProjectError, Range, parse_project
from impactkaart.io.project_file import parse_project_json, project_json
from impactkaart.store import migrations as store_module
from impactkaart.store.projects import Store

PROJECT = {
    "name": "Bandbreedtes",
    "project_type": "gezinswerk",
    "years": 2,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
    "effects": [
        {"outcome": "zonder bandbreedte", "stakeholder": "gemeente", "quantity": 10,
         "proxy": 100, "duration": 2, "deadweight": 0.2, "attribution": 0.1},
        {"outcome": "met bandbreedtes", "stakeholder": "zorgverzekeraar", "quantity": 10,
         "proxy": -50, "duration": 2, "deadweight": 0.2, "attribution": 0.1,
         "ranges": {
             "deadweight": {"low": 0.1, "high": 0.3},
             "proxy": {"low": -80, "high": -20, "distribution": "uniform"},
             "duration": {"low": 1, "high": 3, "distribution": "triangular", "default": True},
             "drop_off": {"distribution": "fixed"},
         }},
    ],
    "discount_rate_range": {"low": 0.015, "high": 0.04},
}


def errors_of(data: dict) -> list[str]:
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    return [str(e) for e in caught.value.errors]


def test_ranges_parse_with_defaults_for_distribution_and_flag():
    project = parse_project(PROJECT)
    assert project.effects[0].ranges == {}
    ranges = project.effects[1].ranges
    assert ranges["deadweight"] == Range(0.1, 0.3, "triangular", False)
    assert ranges["proxy"] == Range(-80, -20, "uniform", False)
    assert ranges["duration"] == Range(1, 3, "triangular", True)
    # a fixed range may leave out its bounds: they are the base value (drop_off 0)
    assert ranges["drop_off"] == Range(0.0, 0.0, "fixed", False)
    assert project.discount_rate == 0.0225  # the sourced default, inside 1,5–4 %
    assert project.discount_rate_range == Range(0.015, 0.04)
    hash(project)  # still hashable (the ranges dict is left out of the hash)


def test_project_file_round_trip_keeps_ranges_and_leaves_them_out_when_absent():
    project = parse_project(PROJECT)
    text = project_json(project)
    assert parse_project_json(text) == project
    data = json.loads(text)
    assert "ranges" not in data["effects"][0]
    assert data["effects"][1]["ranges"]["duration"] == {
        "low": 1, "high": 3, "distribution": "triangular", "default": True}
    assert "default" not in data["effects"][1]["ranges"]["deadweight"]  # false is left out


def test_old_files_without_ranges_are_unchanged():
    for path, project in zip(demo_files(), demo_projects()):
        data = project.to_dict()
        assert "discount_rate_range" not in data
        assert all("ranges" not in e for e in data["effects"])
        assert parse_project(json.loads(path.read_text(encoding="utf-8"))) == project


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda e: e["ranges"].update(deadweight={"low": 0.3, "high": 0.5}),
         "effects[1].ranges.deadweight: de basiswaarde 0,2 moet tussen low (0,3) en high (0,5) liggen"),
        (lambda e: e["ranges"].update(deadweight={"low": -0.1, "high": 0.5}),
         "effects[1].ranges.deadweight.low: moet tussen 0 en 1 liggen"),
        (lambda e: e["ranges"].update(deadwieght={"low": 0.1, "high": 0.5}),
         "effects[1].ranges.deadwieght: onbekend veld (bedoelt u 'deadweight'?)"),
        (lambda e: e["ranges"].update(quantity={"low": 5, "high": 20, "distribution": "normal"}),
         "effects[1].ranges.quantity.distribution: moet 'triangular', 'uniform', 'log_triangular' of 'fixed' zijn"),
        (lambda e: e["ranges"].update(quantity={"low": 5}),
         "effects[1].ranges.quantity.high: ontbreekt (verplicht veld)"),
        (lambda e: e["ranges"].update(quantity={"low": 20, "high": 5}),
         "effects[1].ranges.quantity: low (20) mag niet groter zijn dan high (5)"),
        (lambda e: e["ranges"].update(duration={"low": 1.5, "high": 3}),
         "effects[1].ranges.duration.low: moet een geheel aantal jaren zijn"),
        (lambda e: e["ranges"].update(quantity={"low": 5, "high": 20, "default": "ja"}),
         "effects[1].ranges.quantity.default: moet true of false zijn"),
        (lambda e: e["ranges"].update(quantity={"low": 5, "high": 20, "hoog": 30}),
         "effects[1].ranges.quantity.hoog: onbekend veld"),
        # log_triangular needs a logarithm to take, and a factor the value is multiplied by
        (lambda e: e["ranges"].update(duration={"low": 1, "high": 3, "distribution": "log_triangular"}),
         "effects[1].ranges.duration.distribution: 'log_triangular' kan alleen bij aantal, waarde "
         "per eenheid en de aandelen, met low en high aan dezelfde kant van 0 (aantal, waarde) of "
         "onder 1 (aandeel)"),
        (lambda e: e["ranges"].update(quantity={"low": 0, "high": 20, "distribution": "log_triangular"}),
         "effects[1].ranges.quantity.distribution: 'log_triangular' kan alleen bij aantal, waarde "
         "per eenheid en de aandelen, met low en high aan dezelfde kant van 0 (aantal, waarde) of "
         "onder 1 (aandeel)"),
        (lambda e: e["ranges"].update(deadweight={"low": 0.1, "high": 1, "distribution": "log_triangular"}),
         "effects[1].ranges.deadweight.distribution: 'log_triangular' kan alleen bij aantal, waarde "
         "per eenheid en de aandelen, met low en high aan dezelfde kant van 0 (aantal, waarde) of "
         "onder 1 (aandeel)"),
        (lambda e: e.update(ranges=[0.1, 0.3]),
         "effects[1].ranges: moet een object {…} zijn, bijvoorbeeld "
         '{"deadweight": {"low": 0.1, "high": 0.3}}'),
    ],
)
def test_bad_ranges_name_the_field_in_dutch(change, expected):
    data = copy.deepcopy(PROJECT)
    change(data["effects"][1])
    assert errors_of(data) == [expected]


def test_discount_rate_range_is_checked_against_the_rate_in_use():
    data = {**copy.deepcopy(PROJECT), "discount_rate_range": {"low": 0.03, "high": 0.04}}
    assert errors_of(data) == [
        "discount_rate_range: de basiswaarde 0,0225 moet tussen low (0,03) en high (0,04) liggen"]
    data["discount_rate"] = 0.035
    assert parse_project(data).discount_rate_range == Range(0.03, 0.04)


def test_store_round_trip_keeps_ranges_and_replaces_them_on_update(tmp_path):
    project = parse_project(PROJECT)
    with Store(tmp_path / "ranges.duckdb") as store:
        project_id = store.save_project(project)
        assert store.load_project(project_id) == project
        plain = demo_projects()[0]
        store.save_project(plain, project_id)  # an update drops the old ranges
        assert store.load_project(project_id) == plain
        store.save_project(project, project_id)
        store.delete_project(project_id)
        left = store.cursor().execute("SELECT count(*) FROM assumption_ranges").fetchone()[0]
        assert left == 0


def test_a_version_1_database_upgrades_in_place(tmp_path, monkeypatch):
    # A file as the code of migration 1 wrote it: its tables, and a project written with
    # their columns only (plain SQL here, so this test does not follow today's columns).
    path = tmp_path / "old.duckdb"
    monkeypatch.setattr(store_module, "latest", lambda: 1)  # code that knew only migration 1
    Store(path).close()
    monkeypatch.undo()
    with duckdb.connect(str(path)) as con:
        old_id = con.execute(
            "INSERT INTO projects (name, project_type, phase, years, discount_rate) "
            "VALUES ('Oud', 'gezinswerk', 'ex_ante', 2, 0.0225) RETURNING id").fetchone()[0]
        con.execute("INSERT INTO costs VALUES (?, 0, 1, 'gemeente', 5000)", [old_id])
        con.execute("INSERT INTO effects (project_id, position, outcome, stakeholder, sector, "
                    "quantity, proxy, proxy_source, start_year, duration, deadweight, "
                    "displacement, attribution, drop_off) VALUES "
                    "(?, 0, 'minder huisartsbezoek', 'zorgverzekeraar', 'zorg', 10, 30, '', "
                    "1, 2, 0.2, 0, 0.25, 0)", [old_id])
    old = parse_project({"name": "Oud", "project_type": "gezinswerk", "years": 2,
                         "discount_rate": 0.0225,
                         "costs": [{"year": 1, "financier": "gemeente", "amount": 5000}],
                         "effects": [{"outcome": "minder huisartsbezoek",
                                      "stakeholder": "zorgverzekeraar", "sector": "zorg",
                                      "quantity": 10, "proxy": 30, "duration": 2,
                                      "deadweight": 0.2, "attribution": 0.25}]})
    with Store(path) as store:
        versions = store.cursor().execute(
            "SELECT list(version ORDER BY version) FROM schema_version").fetchone()[0]
        assert versions == [m.version for m in store_module.registered()]
        assert store.load_project(old_id) == old
        new_id = store.save_project(parse_project(PROJECT))
        assert store.load_project(new_id) == parse_project(PROJECT)
