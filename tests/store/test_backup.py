"""Back-up and restore: exact round trips, checked before anything changes, one transaction."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import project_dict
from impactkaart.cli.main import main
from impactkaart.store.backup import AUTO_PREFIX, BackupError, backup_bytes, parse_backup, restore
from impactkaart.store.projects import Store


def extra_table(store: Store) -> None:
    """A table as a later migration adds one beside the projects (like scenarios)."""
    store.cursor().execute(
        "CREATE TABLE notities (project_id INTEGER NOT NULL, tekst VARCHAR, "
        "gemaakt TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    store.cursor().execute("INSERT INTO notities VALUES (2, '=1+1; DROP TABLE projects', "
                           "TIMESTAMP '2025-03-01 12:30:00'), (3, NULL, TIMESTAMP '2025-03-02 08:00:00')")


def contents(store: Store):
    notes = store.cursor().execute("SELECT * FROM notities ORDER BY project_id").fetchall() \
        if "notities" in store.extra_tables() else None
    return store.load_all(), notes


@pytest.fixture
def source(tmp_path) -> Store:
    store = Store(tmp_path / "bron.duckdb")
    for project in demo_projects():
        store.save_project(project)
    store.delete_project(1)  # ids 2 and 3 remain: a restore must keep them
    extra_table(store)
    yield store
    store.close()


@pytest.fixture
def target(tmp_path) -> Store:
    folder = tmp_path / "doel"
    folder.mkdir()
    store = Store(folder / "doel.duckdb")
    store.save_project(dataclasses.replace(demo_projects()[0], name="Wat er nu staat"))
    extra_table(store)
    yield store
    store.close()


def test_a_restore_gives_back_exactly_what_was_backed_up(source, target):
    result = restore(target, backup_bytes(source))
    assert result.projects == len(demo_projects()) - 1
    assert contents(target) == contents(source)
    assert [i for i, _ in target.load_all()] == [2, 3]
    new_id = target.save_project(demo_projects()[0])  # new ids come after the restored ones
    assert new_id == 4


def test_the_previous_contents_are_kept_as_an_automatic_backup(source, target):
    before = contents(target)
    result = restore(target, backup_bytes(source))
    kept = result.automatic_backup
    assert kept.parent == target.backup_folder and kept.name.startswith(AUTO_PREFIX)
    restore(target, kept.read_bytes())  # and it restores what was there
    assert contents(target) == before


def test_a_backup_is_readable_json_with_the_project_file_shape(source):
    data = json.loads(backup_bytes(source))
    assert data["format"] == "impactkaart-backup" and data["version"] == 1
    assert data["projects"][0] == {"id": 2, "project": project_dict(demo_projects()[1])}
    assert data["tables"]["notities"][0] == {
        "project_id": 2, "tekst": "=1+1; DROP TABLE projects", "gemaakt": "2025-03-01T12:30:00"}


def valid(source) -> dict:
    return json.loads(backup_bytes(source))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: b"niet eens json", "geen geldige JSON"),
    (lambda d: b"\xff\xfe\x00kapot", "geen UTF-8"),
    (lambda d: d["projects"][0]["project"], "het is een projectbestand"),
    (lambda d: {**d, "version": 2}, "nieuwere versie van Impactkaart"),
    (lambda d: {**d, "format": "iets anders"}, "geen back-up van Impactkaart"),
    (lambda d: {**d, "projects": [d["projects"][0], d["projects"][0]]}, "id 2 staat er dubbel in"),
    (lambda d: {**d, "projects": [{"id": 0, "project": {}}]}, "'id' moet een geheel getal"),
    (lambda d: {**d, "tables": {"bestaat_niet": []}}, "tabel 'bestaat_niet' bestaat niet"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(source, target, change, message):
    before = contents(target)
    data = change(valid(source))
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(BackupError) as caught:
        restore(target, raw)
    assert any(message in e for e in caught.value.errors), caught.value.errors
    assert contents(target) == before
    assert not list(target.backup_folder.glob(f"{AUTO_PREFIX}*"))  # checked before anything


def test_an_invalid_project_in_a_backup_names_it_and_its_field(source):
    data = valid(source)
    data["projects"][1]["project"]["effects"][0]["deadweight"] = 1.5
    with pytest.raises(BackupError) as caught:
        parse_backup(json.dumps(data).encode())
    name = demo_projects()[2].name
    assert caught.value.errors == [
        f"project 2 (id 3, '{name}'): effects[0].deadweight: moet tussen 0 en 1 liggen"]


def test_a_restore_that_fails_half_way_leaves_the_store_as_it_was(source, target):
    # Rows that DuckDB refuses only while inserting (text in a TIMESTAMP column) come after
    # every project was written: the transaction must take all of it back.
    data = valid(source)
    data["tables"]["notities"][0]["gemaakt"] = "geen tijdstip"
    before = contents(target)
    with pytest.raises(Exception, match="(?i)timestamp|conversion"):
        restore(target, json.dumps(data).encode())
    assert contents(target) == before


# --- command line ----------------------------------------------------------------------------


def test_cli_backup_and_restore(tmp_path, capsys):
    db, other = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb")
    with Store(db) as store:
        ids = [store.save_project(p) for p in demo_projects()]
    file = tmp_path / "backup.json"
    assert main(["--db", db, "backup", str(file)]) == 0
    assert f"Back-up van {len(ids)} projecten geschreven naar {file}" in capsys.readouterr().out
    assert main(["--db", other, "restore", str(file)]) == 0
    out = capsys.readouterr().out
    assert f"{len(ids)} projecten teruggezet" in out and "De vorige inhoud staat in" in out
    with Store(db) as a, Store(other) as b:
        assert a.load_all() == b.load_all()


def test_cli_restore_of_a_bad_file_exits_2_and_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "a.duckdb")
    with Store(db) as store:
        store.save_project(demo_projects()[0])
        before = store.load_all()
    bad = tmp_path / "project.json"
    bad.write_text(json.dumps(project_dict(demo_projects()[1])), encoding="utf-8")
    assert main(["--db", db, "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "het is een projectbestand" in err and "Er is niets gewijzigd." in err
    assert main(["--db", db, "restore", str(tmp_path / "weg.json")]) == 2
    with Store(db) as store:
        assert store.load_all() == before


@pytest.mark.duckdb_only
def test_a_backup_file_is_replaced_whole(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.save_project(demo_projects()[0])
    file = tmp_path / "backup.json"
    file.write_text("oud", encoding="utf-8")
    assert main(["--db", str(tmp_path / "a.duckdb"), "backup", str(file)]) == 0
    assert parse_backup(file.read_bytes()).projects[0][1] == demo_projects()[0]
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["a.duckdb", "backup.json"]
