"""AppTest: Back-up en herstel (download, checked upload, confirmation, automatic back-up)."""

from __future__ import annotations

import dataclasses
import json

from streamlit.testing.v1 import AppTest

from impactkaart.authoring.demo import demo_projects
from impactkaart.store.backup import AUTO_PREFIX, backup_bytes, restore
from impactkaart.store.projects import Store
from impactkaart.text.safe import md
from tests.app_support import open_page, reopened, texts
from tests.views.test_english import citations, dutch_words, page_strings

PAGE = "views/data/backup.py"


def a_backup(tmp_path) -> bytes:
    with Store(tmp_path / "elders.duckdb") as other:
        other.save_project(dataclasses.replace(demo_projects()[2], name="Uit de back-up"))
        return backup_bytes(other)


def test_the_backup_download_holds_every_project(app_db):
    at = open_page(PAGE)
    [button] = [b for b in at.get("download_button") if b.key == "backup_download"]
    assert button.label == f"Back-up downloaden ({len(demo_projects())} projecten)"


def test_a_bad_file_is_refused_and_nothing_changes(app_db):
    at = open_page(PAGE)
    with reopened(app_db) as store:
        before = store.load_all()
    at.file_uploader(key="herstel_upload").upload("project.json", json.dumps(
        {"name": "x", "effects": []}).encode(), "application/json").run()
    assert not at.exception, at.exception
    assert md("het is een projectbestand") in texts(at.error)[0]
    assert not [b for b in at.button if b.key == "herstel_terugzetten"]
    with reopened(app_db) as store:
        assert store.load_all() == before


def test_a_restore_needs_confirmation_and_keeps_the_previous_contents(app_db, tmp_path):
    at = open_page(PAGE)
    with reopened(app_db) as store:
        before = store.load_all()
    at.file_uploader(key="herstel_upload").upload("backup.json", a_backup(tmp_path),
                                                  "application/json").run()
    assert not at.exception, at.exception
    assert "Geldige back-up" in texts(at.info)[0] and "1 projecten" in texts(at.info)[0]
    assert at.button(key="herstel_terugzetten").disabled
    at.checkbox(key="herstel_bevestig").check().run()
    at.button(key="herstel_terugzetten").click().run()
    assert not at.exception, at.exception
    assert "1 projecten teruggezet" in texts(at.success)[0]
    with reopened(app_db) as store:
        assert [p.name for _, p in store.load_all()] == ["Uit de back-up"]
    [kept] = list(app_db.parent.glob(f"{AUTO_PREFIX}*.json"))
    with Store(app_db.parent / "terug.duckdb") as check:
        restore(check, kept.read_bytes())
        assert check.load_all() == before


def english_page() -> AppTest:
    return open_page(PAGE, lang="en")


def test_in_english_a_refusal_and_a_restore_say_it_in_english(app_db, tmp_path):
    at = english_page()
    at.file_uploader(key="herstel_upload").upload("project.json", json.dumps(
        {"name": "x", "effects": []}).encode(), "application/json").run()
    [error] = texts(at.error)
    assert "cannot be restored; nothing has been changed" in error and "project file" in error
    assert not dutch_words(error, [])
    at.file_uploader(key="herstel_upload").upload("backup.json", a_backup(tmp_path),
                                                  "application/json").run()
    assert "Valid backup" in texts(at.info)[0] and "1 projects" in texts(at.info)[0]
    at.checkbox(key="herstel_bevestig").check().run()
    at.button(key="herstel_terugzetten").click().run()
    assert not at.exception, at.exception
    assert "1 projects restored" in texts(at.success)[0]
    shown = [s for s in page_strings(at) if s != "Uit de back-up"]
    assert not {s: w for s in shown if (w := dutch_words(s, citations()))}
